"""Pannier part of the generated corpus: templates CC, written blind for the next measurement.

Another part, ``pannier``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the office of a small charity
(an English registered charity, a German eingetragener Verein, a French association loi 1901)
scans the day's paper in one pile: each stream is mostly the paper of one charity and of the
donors, volunteers, foundations, banks, solicitors, suppliers and offices around it, now and
then a paper from another country. The papers: donors' letters (handwritten notes on A5
notepaper, typed letters, a firm's letter about its matched giving), sometimes with the
photocopied cheque or the remittance advice behind them; the charity's thank-you letters, with
the gift aid declaration slip, the Zuwendungsbestaetigung or the recu fiscal printed on them or
on a second page; gift aid declarations filled in by donors, Zuwendungsbestaetigungen
(sometimes a Sammelbestaetigung with the list of gifts on an Anlage page) and recus fiscaux
(Cerfa 11580) on their own; standing order and SEPA direct debit mandates; grant
applications to foundations (a cover sheet, the form with its sections, the budget table, a
floor plan or a photo sheet in the appendix) and the foundations' award or decline letters
(with the grant conditions in two columns and the acceptance form); volunteer application
forms filled in by hand (the availability grid, references, the declaration and an equal
opportunities monitoring page) and DBS / Fuehrungszeugnis / attestation forms; trustee board
papers (the agenda, the treasurer's report with the management accounts on landscape A4, the
risk register) and the minutes of the meeting with their action log; bank statements;
supplier invoices (printers, caterers, van hire, venues) with remittance slips or a terms
page; solicitors' and notaries' legacy letters with the extract of the will and a form of
receipt; event sponsorship forms on landscape A4 with a continuation sheet; returned
newsletters with the reply coupon on the back page filled in; reply coupons cut off on their
own; collection tin count sheets and the bank's paying-in slips; letters from the tax office
or the regulator (an HMRC or Charity Commission letter, a Freistellungsbescheid with its
Anlage, a rescrit fiscal or a prefecture's recepisse). Each sender writes in its own
language; page sizes range from narrow slips and A5 notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
cheque copy and the remittance advice behind a donor's letter, the receipt or declaration
printed on a second page of a thank-you letter, the Anlage listing the gifts of a
Sammelbestaetigung, the second page of a recu fiscal, the cover sheet, budget, plan and photo
pages of a grant application, the conditions and the acceptance form of an award letter, the
monitoring page of a volunteer application, the treasurer's report, accounts and risk register
behind a board agenda, the action log of the minutes, the will extract and the form of receipt
sent with a legacy letter, the Anlage of a Freistellungsbescheid, the terms page and the
remittance slip of an invoice, the continuation sheet of a sponsorship form, the pages of a
returned newsletter with its coupon all belong to their document. Related papers are
documents of their own: the charity's thank-you letter after a donor's letter, a sponsorship
form or a legacy letter; the foundation's letter after the application; the DBS / vetting form
after the volunteer's application; the paying-in slip after the count sheet; the minutes after
the board papers; and each declaration, receipt, mandate, coupon, count sheet, paying-in slip
and thank-you letter of a batch.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: gift aid declarations and receipts,
mandates, reply coupons, count sheets, paying-in slips and thank-you letters often come 2-4 in
a row from one sender with other donors, dates, numbers and amounts; and companions: a donor's
letter, a legacy letter or a sponsorship form is often followed by the charity's thank-you
letter, a grant application by the foundation's reply, a volunteer application by the vetting
form, a count sheet by the paying-in slip, the board papers by the minutes. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "pannier"`` and seeds offset by 2_800_000.

Usage: ``python benchmarks/corpus_pannier.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/pannier/pannier_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape
from reportlab.lib.units import mm

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    band,
    box,
    caption,
    close,
    columns,
    currency,
    date_text,
    day,
    fields,
    fit,
    italic_of,
    money,
    number_pages,
    pairs,
    part_generate,
    part_main,
    photo,
    running_header,
    serial,
    shrink,
    stamp,
    table,
    ticks,
    tr,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "pannier"
SEED_OFFSET = 2_800_000

# ---------------------------------------------------------------------------------------------
# Who writes: the charity of the stream and the people and firms around it
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]


@dataclass
class Charity:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    reg: str
    cause: str
    projects: list[str]
    bank: str
    account: str


CHARITIES: dict[str, list[Charity]] = {
    "en": [
        Charity(
            "Fenland Rivers Trust",
            "en",
            "The Old Granary, Station Road",
            "Ely CB7 4BS",
            "01353 662 410",
            "1098234",
            "restoring the rivers, fens and wetlands of Cambridgeshire",
            ["Lark Valley wetland scrapes", "Schools river-dipping programme", "Otter survey"],
            "Unity Trust Bank",
            "60-83-01 / 20356718",
        ),
        Charity(
            "Hope Street Kitchen",
            "en",
            "41 Hope Street",
            "Liverpool L1 9BQ",
            "0151 709 3380",
            "1154410",
            "hot meals, advice and a warm welcome for people in crisis",
            ["Saturday breakfast club", "Cookery skills for tenants", "Winter night shelter"],
            "CAF Bank",
            "40-52-40 / 00031877",
        ),
        Charity(
            "Pennine Young Carers",
            "en",
            "Unit 2, Dean Clough Mills",
            "Halifax HX3 5AX",
            "01422 341 905",
            "1120776",
            "support, respite and fun for young carers aged 8 to 18",
            ["Half-term respite trips", "Young carers in schools", "Family mentoring"],
            "Lloyds Bank",
            "30-96-17 / 01672243",
        ),
        Charity(
            "Friends of St Aldhelm's Hospice",
            "en",
            "Yeovil Road",
            "Sherborne DT9 3NL",
            "01935 812 077",
            "1009312",
            "raising funds for hospice care at home across North Dorset",
            ["Hospice at Home nurses", "Garden room refurbishment", "Bereavement support"],
            "CAF Bank",
            "40-52-40 / 00019264",
        ),
    ],
    "de": [
        Charity(
            "Kinderhospizverein Lahn-Dill e.V.",
            "de",
            "Bahnhofstrasse 18",
            "35576 Wetzlar",
            "06441 44 79 0",
            "Amtsgericht Wetzlar VR 2341",
            "Begleitung lebensverkuerzend erkrankter Kinder und ihrer Familien",
            ["Ehrenamtliche Familienbegleitung", "Geschwistertage", "Trauergruppe fuer Eltern"],
            "Sparkasse Wetzlar",
            "DE27 5155 0035 0002 3418 77",
        ),
        Charity(
            "Tafel Dortmund-Nordstadt e.V.",
            "de",
            "Muensterstrasse 112",
            "44145 Dortmund",
            "0231 81 42 66",
            "Amtsgericht Dortmund VR 5512",
            "Lebensmittel retten und an beduerftige Menschen weitergeben",
            ["Kuehlfahrzeug fuer die Abholtouren", "Kinderfruehstueck", "Ausgabestelle Hafen"],
            "Bank fuer Sozialwirtschaft",
            "DE83 3702 0500 0008 1240 00",
        ),
        Charity(
            "Freundeskreis Stadtbuecherei Bamberg e.V.",
            "de",
            "Obere Koenigstrasse 4",
            "96052 Bamberg",
            "0951 87 19 30",
            "Amtsgericht Bamberg VR 200417",
            "Lesefoerderung und die Stadtbuecherei als offenen Ort fuer alle",
            ["Vorlesepaten an Grundschulen", "Buecherbus Ortsteile", "Sommerleseclub"],
            "Sparkasse Bamberg",
            "DE61 7705 0000 0300 4412 19",
        ),
    ],
    "fr": [
        Charity(
            "Association Les Jardins Partages de la Croix-Rousse",
            "fr",
            "12 rue des Chartreux",
            "69001 Lyon",
            "04 78 28 61 90",
            "RNA W691078345",
            "jardins collectifs, insertion et lien social dans le quartier",
            ["Jardin pedagogique des ecoles", "Chantier d'insertion maraichage", "Fete des semis"],
            "Credit Cooperatif",
            "FR76 4255 9100 0008 0123 4567 890",
        ),
        Charity(
            "Secours Solidaire de la Bastide",
            "fr",
            "8 place Stalingrad",
            "33100 Bordeaux",
            "05 56 32 14 08",
            "RNA W332004815",
            "aide alimentaire, accompagnement et vestiaire solidaire",
            ["Epicerie solidaire", "Maraudes d'hiver", "Ateliers d'aide administrative"],
            "La Banque Postale",
            "FR42 2004 1010 0105 4321 0B02 234",
        ),
        Charity(
            "Association Lire Ensemble en Anjou",
            "fr",
            "5 rue Plantagenet",
            "49100 Angers",
            "02 41 87 33 50",
            "RNA W491011208",
            "lutte contre l'illettrisme et lecture partagee",
            ["Benevoles lecteurs en creche", "Cours de francais pour adultes", "Bibliobus"],
            "Credit Mutuel Anjou",
            "FR76 1027 8394 0000 0204 1130 162",
        ),
    ],
}
ROLES: dict[str, list[Firm]] = {
    "foundation": [
        ("The Linden Tree Trust", "en", "1 Lambourne Court", "Cambridge CB2 1AT", "01223 307 440"),
        ("Greater Mersey Community Foundation", "en", "Exchange Flags", "Liverpool L2 3PF", ""),
        ("The Eleanor Haigh Charitable Trust", "en", "PO Box 417", "Harrogate HG1 2XA", ""),
        ("Dorset & Wessex Community Fund", "en", "Poundbury House", "Dorchester DT1 3QY", ""),
        ("Ruhrtal-Stiftung Buergerengagement", "de", "Kronprinzenstrasse 9", "45128 Essen", ""),
        ("Elisabeth-Rothe-Stiftung", "de", "Am Kornmarkt 3", "35578 Wetzlar", "06441 30 80"),
        (
            "Oberfranken-Stiftung Kultur und Soziales",
            "de",
            "Ludwigstrasse 20",
            "95444 Bayreuth",
            "",
        ),
        ("Fondation Marguerite Delmas", "fr", "27 quai Saint-Antoine", "69002 Lyon", ""),
        ("Fondation Aquitaine Solidarites", "fr", "14 cours de l'Intendance", "33000 Bordeaux", ""),
        ("Fonds de dotation Horizon Entraide", "fr", "3 boulevard Foch", "49100 Angers", ""),
    ],
    "solicitor": [
        (
            "Hargreaves Lowe Solicitors",
            "en",
            "16 Market Hill",
            "Cambridge CB2 3NJ",
            "01223 461 200",
        ),
        ("Pemberton & Crisp LLP", "en", "Castle Chambers, 43 Castle St", "Liverpool L2 9SH", ""),
        ("Whiteley Sugden Solicitors", "en", "9 Harrison Road", "Halifax HX1 2AF", ""),
        ("Nettleship Hale & Co", "en", "Half Moon Street", "Sherborne DT9 3LN", "01935 814 466"),
        ("Notar Dr. Matthias Kessler", "de", "Schillerplatz 2", "35578 Wetzlar", "06441 90 41 0"),
        ("Rechtsanwaelte Voigt & Brandl", "de", "Ruhrallee 44", "44139 Dortmund", ""),
        ("Notariat am Maxplatz", "de", "Maximiliansplatz 7", "96047 Bamberg", ""),
        ("Office notarial Maitre Anne Delorme", "fr", "40 rue de la Republique", "69002 Lyon", ""),
        ("SCP Rivaud, Besson & Associes", "fr", "21 allees de Tourny", "33000 Bordeaux", ""),
        ("Etude de Maitre Guillaume Frenais", "fr", "2 place du Ralliement", "49100 Angers", ""),
    ],
    "bank": [
        ("Unity Trust Bank", "en", "Four Brindleyplace", "Birmingham B1 2JB", "0345 140 1000"),
        ("CAF Bank", "en", "25 Kings Hill Avenue", "West Malling ME19 4JQ", "03000 123 456"),
        ("Lloyds Bank", "en", "25 Gresham Street", "London EC2V 7HN", ""),
        ("Sparkasse", "de", "Hauptstelle", "", "0800 11 22 33"),
        ("Bank fuer Sozialwirtschaft AG", "de", "Woerthstrasse 15-17", "50668 Koeln", ""),
        ("Credit Cooperatif", "fr", "12 boulevard Pesaro", "92024 Nanterre", ""),
        ("La Banque Postale", "fr", "115 rue de Sevres", "75275 Paris Cedex 06", "3639"),
        ("Credit Mutuel", "fr", "Caisse locale", "", ""),
    ],
    "supplier": [
        ("Fenprint Ltd", "en", "Lancaster Way Business Park", "Ely CB6 3NX", "01353 669 900"),
        ("Mersey Van & Minibus Hire", "en", "Regent Road", "Liverpool L5 9SY", "0151 298 1020"),
        ("Calder Valley Catering", "en", "4 Commercial Street", "Halifax HX1 1BA", ""),
        ("The Digby Hall", "en", "Digby Road", "Sherborne DT9 3NL", "01935 816 310"),
        ("Office Essentials Direct", "en", "Unit 9, Orbital Park", "Ashford TN24 0GA", ""),
        ("Druckerei Lahnpost GmbH", "de", "Im Amtmann 11", "35578 Wetzlar", "06441 92 31 0"),
        ("Autovermietung Westfalen KG", "de", "Bornstrasse 210", "44145 Dortmund", ""),
        ("Partyservice Hofmann", "de", "Hallstadter Strasse 88", "96052 Bamberg", ""),
        ("Buerobedarf Brenner OHG", "de", "Industriestrasse 6", "35582 Wetzlar", ""),
        ("Imprimerie des Pentes", "fr", "31 montee de la Grande-Cote", "69001 Lyon", ""),
        ("Traiteur Lafargue", "fr", "66 avenue Thiers", "33100 Bordeaux", "05 56 86 20 41"),
        ("Location Utilitaires Anjou", "fr", "ZI Saint-Serge", "49100 Angers", ""),
        ("Salle des fetes municipale", "fr", "Place de la Mairie", "69004 Lyon", ""),
    ],
    "authority": [
        ("HM Revenue & Customs - Charities", "en", "BX9 1BU", "", ""),
        ("The Charity Commission for England and Wales", "en", "PO Box 211", "Bootle L20 7YX", ""),
        ("Finanzamt", "de", "", "", ""),
        ("Direction generale des Finances publiques", "fr", "", "", ""),
        ("Prefecture - Bureau des associations", "fr", "", "", ""),
    ],
    "company": [
        ("Anglia Water Engineering Ltd", "en", "Lancaster Way", "Ely CB6 3NW", ""),
        ("Merseyside Freight Forwarding Ltd", "en", "Dock Road", "Liverpool L20 8DU", ""),
        ("Beckett & Sowerby Chartered Accountants", "en", "Crossley Street", "Halifax HX1 1UG", ""),
        ("Hessische Landmaschinen GmbH", "de", "Garbenheimer Strasse 40", "35578 Wetzlar", ""),
        ("Brauerei Schleicher KG", "de", "Dominikanerstrasse 6", "96049 Bamberg", ""),
        ("Transports Garnier et Fils", "fr", "Port Edouard Herriot", "69007 Lyon", ""),
        (
            "Cabinet Dufresne Expertise Comptable",
            "fr",
            "9 rue Esprit des Lois",
            "33000 Bordeaux",
            "",
        ),
    ],
}
PEOPLE = {
    "en": [
        "Margaret Hollis",
        "Brian Ashcroft",
        "Jean Pickering",
        "David Okonjo",
        "Sheila Marsden",
        "Peter Fairbrother",
        "Anne Whitlock",
        "Graham Tolley",
        "Susan Pryor",
        "Kevin Doyle",
        "Hannah Begum",
        "Rosemary Quayle",
        "Colin Ridley",
        "Joyce Entwistle",
        "Michael Arkwright",
        "Patricia Nuttall",
        "Ian Crossley",
        "Fiona MacLeod",
    ],
    "de": [
        "Ursula Hentschel",
        "Guenter Bieber",
        "Monika Schaefer",
        "Klaus-Dieter Wenzel",
        "Brigitte Loehr",
        "Stefan Ochs",
        "Renate Kramer",
        "Thomas Weigand",
        "Heike Dittmar",
        "Juergen Stumpf",
        "Aylin Kaya",
        "Gisela Boehm",
        "Wolfgang Reuter",
        "Sabine Ortmann",
    ],
    "fr": [
        "Monique Charpentier",
        "Bernard Lemaire",
        "Francoise Guillot",
        "Jean-Pierre Masson",
        "Nathalie Roussel",
        "Alain Perrot",
        "Christine Baudin",
        "Philippe Vidal",
        "Sophie Carre",
        "Michel Fabre",
        "Fatima Benali",
        "Odile Marchand",
        "Gerard Poulain",
    ],
}
FEMALE = {
    "Margaret",
    "Jean",
    "Sheila",
    "Anne",
    "Susan",
    "Hannah",
    "Rosemary",
    "Joyce",
    "Patricia",
    "Fiona",
    "Ursula",
    "Monika",
    "Brigitte",
    "Renate",
    "Heike",
    "Aylin",
    "Gisela",
    "Sabine",
    "Monique",
    "Francoise",
    "Nathalie",
    "Christine",
    "Sophie",
    "Fatima",
    "Odile",
}
ROADS = {
    "en": [
        "Lynn Road",
        "Cambridge Road",
        "Church Lane",
        "Queens Drive",
        "Victoria Street",
        "Beech Grove",
        "The Crescent",
        "Highfield Road",
        "Mill Close",
    ],
    "de": [
        "Lindenweg",
        "Goethestrasse",
        "Am Hang",
        "Kirchgasse",
        "Friedrichstrasse",
        "Birkenallee",
        "Schulstrasse",
        "Im Wiesengrund",
    ],
    "fr": [
        "rue Victor Hugo",
        "avenue Jean Jaures",
        "impasse des Lilas",
        "rue de la Gare",
        "chemin des Vignes",
        "boulevard Pasteur",
        "rue du Moulin",
    ],
}
TOWNS = {
    "en": {
        0: ["Ely CB7 4HT", "Soham CB7 5AU", "Littleport CB6 1PX", "Cambridge CB4 2LD"],
        1: ["Liverpool L15 3HJ", "Birkenhead CH41 6ND", "Bootle L20 5DQ", "Liverpool L18 1EJ"],
        2: ["Halifax HX2 0LH", "Sowerby Bridge HX6 2AE", "Brighouse HD6 1PQ", "Hebden Bridge"],
        3: ["Sherborne DT9 4AT", "Yeovil BA21 5DJ", "Shaftesbury SP7 8JF", "Sturminster Newton"],
    },
    "de": {
        0: ["35578 Wetzlar", "35614 Asslar", "35633 Lahnau", "35745 Herborn"],
        1: ["44147 Dortmund", "44139 Dortmund", "44532 Luenen", "44357 Dortmund"],
        2: ["96047 Bamberg", "96050 Bamberg", "96117 Memmelsdorf", "96049 Bamberg"],
    },
    "fr": {
        0: ["69004 Lyon", "69300 Caluire-et-Cuire", "69001 Lyon", "69100 Villeurbanne"],
        1: ["33100 Bordeaux", "33150 Cenon", "33270 Floirac", "33000 Bordeaux"],
        2: ["49000 Angers", "49100 Angers", "49130 Les Ponts-de-Ce", "49240 Avrille"],
    },
}
TALK = {
    "en": "donation support volunteers project families community funding appeal trustees "
    "grant programme service charity year people help local work thanks members group",
    "de": "Spende Unterstuetzung Ehrenamtliche Projekt Familien Verein Foerderung Vorstand "
    "Mitglieder Angebot Jahr Menschen Hilfe Arbeit Dank Gruppe Stadt Zuschuss",
    "fr": "don soutien benevoles projet familles association financement bureau adherents "
    "subvention action annee personnes aide quartier merci activite conseil",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be all your our in we",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem im wir",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des en nous",
}
OFFICE: dict[str, object] = {"lang": "en", "index": 0, "last": "", "memo": {}}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A charity sentence in ``lang``: domain words mixed with the language's glue."""
    topic, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(topic if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 4, 2) + timedelta(days=rng.randint(0, 600))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its sender."""
    return random.Random(zlib.crc32(f"pannier/{key}/{who.name}/{who.street}/{who.city}".encode()))


def home() -> str:
    return str(OFFICE["lang"])


def charity() -> Charity:
    rows = CHARITIES[home()]
    return rows[int(str(OFFICE["index"])) % len(rows)]


def memo() -> dict[str, object]:
    m = OFFICE["memo"]
    assert isinstance(m, dict)
    return m


def region(who: Issuer, odds: float = 0.88) -> str:
    """The country of an outside sender of ``who``: mostly the charity's, sometimes another."""
    r = seeded(who, "region")
    return home() if r.random() < odds else r.choice(["en", "de", "fr"])


def person(rng: random.Random, lang: str, titled: bool = True) -> str:
    name = rng.choice(PEOPLE[lang])
    if rng.random() < 0.5:
        first = rng.choice(PEOPLE[lang]).split()[0]
        name = f"{first} {name.split()[-1]}"
    if not titled or rng.random() < 0.35:
        return name
    female = name.split()[0] in FEMALE
    return {
        "en": rng.choice(["Mrs ", "Ms ", "Miss "] if female else ["Mr ", "Dr "][:1]) + name,
        "de": ("Frau " if female else "Herrn ") + name,
        "fr": ("Madame " if female else "Monsieur ") + name,
    }[lang]


def bare(name: str) -> str:
    drop = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Frau", "Herrn", "Herr", "Madame", "Monsieur")
    return " ".join(t for t in name.split() if t not in drop)


def home_address(rng: random.Random, lang: str) -> list[str]:
    """A private postal address near the charity (or in ``lang``'s country)."""
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 140)
    k = int(str(OFFICE["index"])) if lang == home() else rng.randrange(3)
    towns = TOWNS[lang][k % len(TOWNS[lang])]
    street = f"{road} {no}" if lang == "de" else f"{no} {road}"
    if lang == "en" and rng.random() < 0.3:
        street = f"{rng.choice(['Rose', 'Ivy', 'Orchard', 'Meadow'])} Cottage, {street}"
    return [street, rng.choice(towns)]


def initials(name: str) -> str:
    ws = [x for x in name.replace("-", " ").split() if x[:1].isupper()]
    return "".join(x[0] for x in ws[:3])


# ---------------------------------------------------------------------------------------------
# Paper habits of a sender: heading, later pages, footer, page numbers
# ---------------------------------------------------------------------------------------------


@dataclass
class Head:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    role: str
    look: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    font: str
    bold: str
    size: float
    margin: float
    tagline: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}", "none", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "Page {i} sur {n}"],
}
FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = {
    "charity": ["leaf", "banner", "heart", "centred", "split"],
    "foundation": ["centred", "ruled", "monogram", "serif"],
    "solicitor": ["legal", "serif", "ruled"],
    "bank": ["bank"],
    "authority": ["civic"],
    "supplier": ["wordmark", "tinted", "monogram", "block", "ruled"],
    "company": ["wordmark", "tinted", "block", "monogram"],
}
TAGLINES = {
    "en": ["Together we make a difference", "Every gift counts", "Local people, local help"],
    "de": ["Gemeinsam helfen", "Weil jede Spende zaehlt", "Ehrenamt mit Herz"],
    "fr": ["Ensemble, agissons", "Chaque don compte", "La solidarite de proximite"],
}


def legal_lines(r: random.Random, h: Head) -> list[str]:
    """The footer of a charity, a firm or a bank: registration, bank and web."""
    name, lang = h.name, h.lang
    if h.role == "charity":
        c = charity()
        web = "www." + "".join(ch for ch in c.name.split()[0].lower() if ch.isalpha())
        return [
            tr(
                lang,
                f"Registered charity no. {c.reg}"
                + (
                    f" - a company limited by guarantee no. {r.randint(3000000, 9999999):08d}"
                    if r.random() < 0.5
                    else ""
                )
                + f" - {web}.org.uk",
                f"{c.reg} - Gemeinnuetzig anerkannt - {c.bank} IBAN {c.account} - {web}.de",
                f"Association loi 1901 - {c.reg} - SIRET {r.randint(300, 899)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10000, 99999)} - "
                f"{web}.fr",
            )
        ]
    if h.role in ("authority",):
        return []
    if h.role == "foundation":
        return [
            tr(
                lang,
                f"Registered charity no. {r.randint(200000, 1199999)}",
                "Rechtsfaehige Stiftung buergerlichen Rechts - Stiftungsaufsicht: "
                + r.choice(["RP Giessen", "Bezirksregierung Arnsberg", "Reg. Oberfranken"]),
                "Fondation reconnue d'utilite publique par decret du "
                f"{r.randint(1, 28)} {r.choice(['mars', 'juin', 'octobre'])} "
                f"{r.randint(1962, 2012)}",
            )
        ]
    if h.role == "solicitor":
        return [
            tr(
                lang,
                "Authorised and regulated by the Solicitors Regulation Authority no. "
                f"{r.randint(100000, 699999)}",
                "Notarkammer / Rechtsanwaltskammer - "
                f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
                f"Office notarial - Membre de la Chambre des notaires - TVA FR{r.randint(10, 99)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
            )
        ]
    if lang == "de":
        return [
            f"{name} - Amtsgericht {r.choice(['Wetzlar', 'Dortmund', 'Bamberg'])} HRB "
            f"{r.randint(1000, 9999)} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"Volksbank - IBAN DE{r.randint(10, 99)} 5139 0000 {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.randint(1800, 9499)}{serial(r, 'A')} - "
            f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}"
        ]
    out = [f"Registered in England and Wales No. {r.randint(2000000, 14999999):08d}"]
    if h.role == "bank":
        out = [
            f"{name} is authorised by the Prudential Regulation Authority. "
            f"Firm reference {r.randint(100000, 299999)}"
        ]
    elif r.random() < 0.8:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    return [" - ".join(out)]


def make_head(row: Firm, role: str) -> Head:
    name, lang, street, town, phone = row
    r = random.Random(zlib.crc32(f"pannier-look/{name}/{role}/{street}".encode()))
    font, bold = r.choice(FONTS)
    if role in ("solicitor", "authority", "bank") and font == "Courier":
        font, bold = "Times-Roman", "Times-Bold"
    h = Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(LOOKS[role]),
        again=r.random() < 0.25,
        foot=[],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "br"]),
        dates=r.choice(["short", "long"] + (["long", "short"] if lang == "en" else [])),
        font=font,
        bold=bold,
        size=r.choice([9, 9.5, 10, 10, 10.5]),
        margin=r.choice([46, 52, 58, 64]),
        tagline=r.choice(TAGLINES[lang]),
    )
    if r.random() < {"charity": 0.85, "authority": 0.0, "bank": 0.9}.get(role, 0.7):
        h.foot = legal_lines(r, h)
    return h


def charity_head() -> Head:
    c = charity()
    return make_head((c.name, c.lang, c.street, c.town, c.phone), "charity")


def head_of(who: Issuer, role: str, lang: str | None = None) -> Head:
    """The ``role`` sender of ``who`` as it prints (the same one for the same issuer), of the
    charity's country mostly; banks and offices are the charity's own."""
    if role == "charity":
        return charity_head()
    if role in ("bank", "authority"):
        lang = home()
    lang = lang or region(who)
    rows = [x for x in ROLES[role] if x[1] == lang] or ROLES[role]
    if role == "bank":
        c = charity()
        mine = [x for x in rows if c.bank.split()[0] in x[0]]
        rows = mine or rows
    row = seeded(who, role).choice(rows)
    if role == "bank" and not row[3]:
        row = (
            f"{charity().bank}",
            row[1],
            "Filiale " + charity().town.split()[-1],
            charity().town,
            row[4],
        )
    if role == "authority" and lang != "en":
        c = charity()
        town = c.town.split(maxsplit=1)[1]
        if lang == "de":
            row = (
                f"Finanzamt {town}",
                "de",
                "Postfach " + str(seeded(who, "pf").randint(1000, 9999)),
                c.town,
                "",
            )
        elif "Prefecture" in row[0]:
            dept = {"Lyon": "du Rhone", "Bordeaux": "de la Gironde", "Angers": "de Maine-et-Loire"}
            row = (
                f"Prefecture {dept.get(town, '')} - Bureau des associations",
                "fr",
                "Service des associations",
                c.town,
                "",
            )
        else:
            row = (
                f"Direction departementale des Finances publiques - {town}",
                "fr",
                "Service des impots des entreprises",
                c.town,
                "",
            )
    return make_head(row, role)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or h.size,
        margin=margin or h.margin,
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def leaf(p: Page, x: float, y: float, k: int) -> None:
    """A small drawn mark: a leaf, a sun or three figures, made of lines."""
    if k % 3 == 0:
        for j in range(7):
            p.line(x + 14, y + 30, x + 2 + 4 * j, y + 4 + abs(3 - j) * 4)
        p.line(x + 14, y + 30, x + 14, y + 36)
    elif k % 3 == 1:
        p.rect(x + 8, y + 8, 14, 14, fill=0.3)
        for dx, dy in ((0, -8), (0, 26), (-8, 0), (26, 0)):
            p.line(x + 15 + dx * 0.3, y + 15 + dy * 0.3, x + 15 + dx * 0.6, y + 15 + dy * 0.6)
    else:
        for j in range(3):
            p.rect(x + 2 + 9 * j, y + 10, 6, 6, fill=0.2)
            p.rect(x + 1 + 9 * j, y + 18, 8, 14, fill=0.2)


def heart(p: Page, x: float, y: float) -> None:
    p.line(x, y + 6, x + 12, y + 20)
    p.line(x + 24, y + 6, x + 12, y + 20)
    p.line(x, y + 6, x + 6, y)
    p.line(x + 6, y, x + 12, y + 6)
    p.line(x + 12, y + 6, x + 18, y)
    p.line(x + 18, y, x + 24, y + 6)


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 12, 24.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    it = italic_of(s.font)
    where = ", ".join(t for t in (h.street, h.town) if t)
    if h.look == "leaf":
        leaf(p, m, y - 16, len(h.name))
        pt = shrink(h.name, s.bold, s.size + 5, w * 0.64 - m - 38)
        p.text(m + 38, y + 2, h.name, s.bold, pt)
        p.text(m + 38, y + 14, fit(h.tagline, it, 8, w * 0.64 - m - 38), it, 8)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, t, s.font, 7.5, "right")
                yy += 9
        return y + 48
    if h.look == "banner":
        p.rect(0, 0, w, y + 18, fill=0.78)
        pt = shrink(h.name, s.bold, s.size + 5, w * 0.66 - m)
        p.text(m, y + 6, h.name, s.bold, pt)
        p.text(w - m, y + 6, fit(h.tagline, it, 8, w * 0.3), it, 8, "right")
        p.text(m, y + 34, fit(f"{where}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 56
    if h.look == "heart":
        heart(p, w / 2 - 12, y - 22)
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y + 14, h.name, s.bold, pt, "center")
        p.text(w / 2, y + 25, fit(h.tagline, it, 7.5, w - 2 * m), it, 7.5, "center")
        sub = " - ".join(t for t in (where, tel) if t)
        p.text(w / 2, y + 35, fit(sub, s.font, 7, w - 2 * m), s.font, 7, "center")
        return y + 58
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        p.line(w / 2 - 70, y + 8, w / 2 + 70, y + 8)
        sub = " - ".join(t for t in (where, tel) if t)
        p.text(w / 2, y + 18, fit(sub, s.font, 7, w - 2 * m), s.font, 7, "center")
        return y + 42
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 3, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.text(m, y + 15, fit(h.tagline, it, 7, w / 2 - m), it, 7)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 20), w - m, max(yy, y + 20))
        return max(yy, y + 20) + 22
    if h.look == "serif":
        pt = shrink(h.name.upper(), "Times-Roman", s.size + 4, w - 2 * m)
        p.text(w / 2, y + 4, h.name.upper(), "Times-Roman", pt, "center")
        p.line(m + 40, y + 11, w - m - 40, y + 11)
        sub = " - ".join(t for t in (where, tel) if t)
        p.text(
            w / 2, y + 21, fit(sub, "Times-Italic", 7.5, w - 2 * m), "Times-Italic", 7.5, "center"
        )
        return y + 46
    if h.look == "legal":
        pt = shrink(h.name, s.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 6, h.name, s.bold, pt)
        r = random.Random(zlib.crc32(h.name.encode()))
        staff = r.sample(PEOPLE[h.lang], 3)
        yy = y - 4
        for t in [*staff, h.street, h.town, tel]:
            if t:
                p.text(w - m, yy, fit(t, s.font, 6.5, w * 0.3), s.font, 6.5, "right")
                yy += 7.5
        p.line(m, y + 14, w * 0.6, y + 14)
        return max(yy, y + 14) + 24
    if h.look == "bank":
        p.rect(m, y - 12, 24, 24, fill=0.25)
        p.text(m + 12, y + 4, initials(h.name)[:1], "Helvetica-Bold", 14, "center")
        p.text(
            m + 32, y + 4, fit(h.name, "Helvetica-Bold", 12, w - 2 * m - 200), "Helvetica-Bold", 12
        )
        p.text(w - m, y, fit(where, "Helvetica", 7, 200), "Helvetica", 7, "right")
        if tel:
            p.text(w - m, y + 9, tel, "Helvetica", 7, "right")
        return y + 40
    if h.look == "civic":
        if h.lang == "fr":
            p.text(m, y, "REPUBLIQUE FRANCAISE", s.bold, 8)
            p.text(m, y + 9, "Liberte - Egalite - Fraternite", it, 6.5)
            pt = shrink(h.name, s.bold, s.size + 1, w * 0.6 - m)
            p.text(m, y + 26, h.name, s.bold, pt)
            p.text(w - m, y, h.street, s.font, 7.5, "right")
            p.text(w - m, y + 9, h.town, s.font, 7.5, "right")
            return y + 56
        if h.lang == "de":
            pt = shrink(h.name, s.bold, s.size + 4, w * 0.6 - m)
            p.text(m, y + 6, h.name, s.bold, pt)
            p.line(m, y + 12, w * 0.6, y + 12)
            p.text(m, y + 22, fit(where, s.font, 7.5, w - 2 * m), s.font, 7.5)
            return y + 48
        pt = shrink(h.name, s.bold, s.size + 6, w * 0.62 - m)
        p.text(m, y + 10, h.name, s.bold, pt)
        yy = y - 2
        for t in (h.street, h.town):
            if t:
                p.text(w - m, yy, t, s.font, 7.5, "right")
                yy += 9
        return y + 46
    if h.look == "wordmark":
        pt = shrink(h.name, s.bold, s.size + 7, w * 0.58 - m)
        p.text(m, y + 8, h.name, s.bold, pt)
        yy = y
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, t, s.font, 7, "right")
                yy += 8.5
        return y + 44
    if h.look == "ruled":
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m)
        p.text(w - m, y + 4, h.name, s.bold, pt, "right")
        line = " | ".join(t for t in (h.street, h.town, tel) if t)
        p.text(w - m, y + 15, fit(line, s.font, 7, w - 2 * m), s.font, 7, "right")
        p.line(m, y + 21, w - m, y + 21)
        p.line(m, y + 23, w - m, y + 23)
        return y + 46
    if h.look == "tinted":
        p.rect(0, 0, w, y + 16, fill=0.85)
        pt = shrink(h.name, s.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        if tel:
            p.text(w - m, y + 4, tel, s.font, 8, "right")
        p.text(m, y + 28, fit(where, s.font, 7, w - 2 * m), s.font, 7)
        return y + 52
    if h.look == "monogram":
        p.rect(m, y - 10, 30, 30, fill=0.15)
        p.text(m + 15, y + 10, initials(h.name)[:2], "Helvetica-Bold", 13, "center")
        p.rect(m + 6, y + 13, 18, 3, fill=1.0)
        pt = shrink(h.name, s.bold, s.size + 2, w - 2 * m - 40)
        p.text(m + 40, y + 2, h.name, s.bold, pt)
        sub = " - ".join(t for t in (h.street, h.town, tel) if t)
        p.text(m + 40, y + 13, fit(sub, s.font, 7, w - 2 * m - 40), s.font, 7)
        return y + 44
    p.text(m, y, fit(h.name, s.bold, s.size + 1, w / 2 - m), s.bold, s.size + 1)
    yy = y + 11
    for t in (h.street, h.town, tel):
        if t:
            p.text(m, yy, t, s.font, 7.5)
            yy += 9
    return yy + 20


class Sheets(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.5


def sheets(s: Style, h: Head | None, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""
    foot = len(h.foot) if h else 0

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top and h else s.margin - 6
        if h and h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * foot - 8, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = bare(name).split() or ["X"]
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.4, y - 3)


def received(p: Page, lines: list[str]) -> None:
    """The office's received stamp on a first page: in the blank below the text if there is
    room, else at the top right over whatever is there."""
    w, hh = p.size
    ys = [
        float(a[1])  # type: ignore[arg-type]
        for kind, a in p.items
        if kind == "text" and float(a[1]) < hh - 60  # type: ignore[arg-type]
    ]
    low = max(ys, default=0.0)
    if low + 90 < hh - 60:
        stamp(p, w * 0.55, low + 30, lines)
    else:
        stamp(p, w - 190, 16, lines)


def got(lang: str, d: date) -> list[str]:
    """The charity office's received stamp."""
    short = " ".join(charity().name.split()[:2]).upper()
    return [tr(lang, "RECEIVED", "EINGANG", "RECU LE"), date_text(d, lang, "short"), short[:26]]


def ruled(
    p: Page,
    x: float,
    y: float,
    w: float,
    n: int,
    rng: random.Random,
    lang: str,
    fill: float = 0.6,
    gap: float = 17,
) -> float:
    """``n`` ruled lines, the first ones written on by hand (``fill`` of them); the y below."""
    written = round(n * fill)
    for k in range(n):
        if k < written:
            t = words(rng, lang, rng.randint(6, 11))
            p.text(x + 3, y, fit(t, HAND, 9, w - 6), HAND, 9)
        p.line(x, y + 4, x + w, y + 4)
        y += gap
    return y


def numbered(
    f: Sheets, s: Style, items: list[str], pt: float = 0, label: str = "{k}.", start: int = 1
) -> None:
    """Numbered paragraphs with a hanging indent, numbered from ``start``."""
    w, _ = f.size
    pt = pt or s.size
    for k, t in enumerate(items, start):
        lines = wrap(t, s.font, pt, w - 2 * s.margin - 24)
        f.need(pt * 1.4 * min(3, len(lines)))
        f.page.text(s.margin, f.y, label.format(k=k), s.font, pt)
        for ln in lines:
            f.need(pt * 1.4)
            f.page.text(s.margin + 24, f.y, ln, s.font, pt)
            f.y += pt * 1.38
        f.y += pt * 0.6


def recipient(
    f: Sheets, s: Style, h: Head | None, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    show = h if h is not None and h.look not in ("tinted", "banner", "civic") else None
    below = window(f.page, s, show, y0, lines) if lines else y0
    lang = h.lang if h else "en"
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [
            *refs,
            (tr(lang, "Date", "Datum", "Date"), day(h, d) if h else date_text(d, lang, "long")),
        ],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 18


def dear(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    first, last = name.split()[0], name.split()[-1]
    if lang == "de":
        if first == "Frau":
            return f"Sehr geehrte Frau {last},"
        if first in ("Herrn", "Herr"):
            return f"Sehr geehrter Herr {last},"
        return "Sehr geehrte Damen und Herren,"
    if lang == "fr":
        return f"{first}," if first in ("Madame", "Monsieur") else "Madame, Monsieur,"
    if first in ("Mr", "Mrs", "Ms", "Miss", "Dr"):
        return f"Dear {first} {last},"
    return f"Dear {first},"


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = False) -> None:
    f.need(86)
    m = s.margin
    close_ = tr(
        lang,
        "Yours faithfully" if formal else ["Yours sincerely", "With best wishes"][len(name) % 2],
        "Mit freundlichen Gruessen",
        "Veuillez agreer, Madame, Monsieur, l'expression de nos salutations distinguees.",
    )
    f.para(m, f.size[0] - 2 * m, close_, s.font, s.size, 0.2)
    f.y += 18
    if name:
        sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def slip_rule(p: Page, x0: float, x1: float, y: float, label: str) -> None:
    """A dashed cut line with a label, for a tear-off slip."""
    x = x0
    while x < x1:
        p.line(x, y, min(x + 5, x1), y)
        x += 9
    if label:
        p.text(x0, y - 4, label, "Helvetica", 6)


def cash(v: float, lang: str) -> str:
    return f"{money(v, lang)} {currency(lang)}" if lang != "en" else f"\u00a3{money(v, lang)}"


def charity_lines(lang: str, office: str = "") -> list[str]:
    c = charity()
    return [c.name, *([office] if office else []), c.street, c.town]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def treasurer(lang: str) -> str:
    """The charity's treasurer, who signs its receipts."""
    return person(
        random.Random(zlib.crc32(f"pannier-treasurer/{charity().name}".encode())), lang, False
    )


def gift(rng: random.Random) -> float:
    return float(rng.choice([5, 10, 10, 15, 20, 25, 25, 30, 50, 50, 75, 100, 150, 250, 500]))


NUMBERS_EN = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


def in_words(v: float, lang: str) -> str:
    """A whole amount written out (as on a cheque or a receipt)."""
    n = int(v)
    units = {
        "en": NUMBERS_EN,
        "de": [
            "null",
            "ein",
            "zwei",
            "drei",
            "vier",
            "fuenf",
            "sechs",
            "sieben",
            "acht",
            "neun",
            "zehn",
            "elf",
            "zwoelf",
        ],
        "fr": [
            "zero",
            "un",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
        ],
    }[lang]
    tens = {
        "en": {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy"},
        "de": {20: "zwanzig", 30: "dreissig", 40: "vierzig", 50: "fuenfzig", 60: "sechzig"},
        "fr": {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"},
    }[lang]
    teen = {
        "en": {15: "fifteen", 25: "twenty-five", 75: "seventy-five"},
        "de": {15: "fuenfzehn", 25: "fuenfundzwanzig", 75: "fuenfundsiebzig"},
        "fr": {15: "quinze", 25: "vingt-cinq", 75: "soixante-quinze"},
    }[lang]
    hundred = {"en": "hundred", "de": "hundert", "fr": "cent"}[lang]
    thousand = {"en": "thousand", "de": "tausend", "fr": "mille"}[lang]

    def small(k: int) -> str:
        if k < 13:
            return units[k]
        if k in teen:
            return teen[k]
        if k in tens:
            return tens[k]
        return str(k)

    parts: list[str] = []
    if n >= 1000:
        parts.append(f"{small(n // 1000)} {thousand}")
        n %= 1000
    if n >= 100:
        parts.append(f"{small(n // 100)} {hundred}")
        n %= 100
    if n or not parts:
        parts.append(small(n))
    out = " ".join(parts)
    return out + tr(lang, " pounds", " Euro", " euros")


# ---------------------------------------------------------------------------------------------
# Templates CC: donors and receipts
# ---------------------------------------------------------------------------------------------


def a_donor(rng: random.Random, lang: str, amount: float | None = None) -> dict[str, object]:
    """A new donor (remembered for a thank-you letter that follows)."""
    name = person(rng, lang)
    donor: dict[str, object] = {
        "name": name,
        "lines": [name, *home_address(rng, lang)],
        "amount": amount or gift(rng),
        "lang": lang,
        "what": "gift",
        "ref": serial(rng, "99999"),
    }
    memo()["donor"] = donor
    return donor


def cheque(
    p: Page,
    rng: random.Random,
    x: float,
    y: float,
    lang: str,
    payee: str,
    amount: float,
    payer: str,
    d: date,
) -> None:
    """A cheque as photocopied: bank, date, payee, amount in words and figures, signature and
    the code line."""
    w, hh = 440.0, 190.0
    p.rect(x, y, w, hh)
    banks = {
        "en": ["Barclays Bank PLC", "NatWest", "Nationwide Building Society", "HSBC UK"],
        "fr": ["Credit Agricole Centre-Est", "Caisse d'Epargne", "LCL - Le Credit Lyonnais"],
        "de": ["Sparkasse"],
    }[lang]
    bank = rng.choice(banks)
    p.text(x + 12, y + 20, bank, "Helvetica-Bold", 10)
    p.text(
        x + 12,
        y + 31,
        rng.choice(["Market Street branch", "High Street", "Agence centre"]),
        "Helvetica",
        6.5,
    )
    p.text(x + w - 150, y + 22, tr(lang, "Date", "Datum", "A") + "  ", "Helvetica", 7)
    p.text(x + w - 120, y + 22, date_text(d, lang, "short"), HAND, 11)
    p.line(x + w - 122, y + 25, x + w - 12, y + 25)
    if lang == "fr":
        p.text(x + 12, y + 58, "Payez contre ce cheque", "Helvetica", 7)
        p.text(x + 105, y + 58, fit(in_words(amount, lang), HAND, 11, w - 230), HAND, 11)
        p.line(x + 100, y + 61, x + w - 130, y + 61)
        p.text(x + 12, y + 84, "a l'ordre de", "Helvetica", 7)
        p.text(x + 70, y + 84, fit(payee, HAND, 11, w - 200), HAND, 11)
        p.line(x + 66, y + 87, x + w - 130, y + 87)
    else:
        p.text(x + 12, y + 58, "Pay", "Helvetica", 7)
        p.text(x + 40, y + 58, fit(payee, HAND, 11, w - 190), HAND, 11)
        p.line(x + 34, y + 61, x + w - 130, y + 61)
        p.text(
            x + 40,
            y + 84,
            fit(cap(in_words(amount, lang)) + " only", HAND, 11, w - 190),
            HAND,
            11,
        )
        p.line(x + 12, y + 87, x + w - 130, y + 87)
        p.text(x + 16, y + 50, "A/C PAYEE", "Helvetica-Bold", 6)
        p.line(x + 60, y + 8, x + 90, y + hh - 60)
        p.line(x + 68, y + 8, x + 98, y + hh - 60)
    p.rect(x + w - 118, y + 66, 106, 24)
    p.text(
        x + w - 112, y + 83, ("EUR " if lang == "fr" else "\u00a3") + money(amount, lang), HAND, 12
    )
    p.text(x + w - 160, y + 130, fit(bare(payer).upper(), "Helvetica", 7, 150), "Helvetica", 7)
    sign(p, x + w - 160, y + 120, payer, 16)
    code = (
        f"{serial(rng, '999999')}  {serial(rng, '99-99-99')}  {serial(rng, '99999999')}"
        if lang == "en"
        else f"{serial(rng, '9999999')} {serial(rng, '999999999999')}"
    )
    p.text(x + 40, y + hh - 14, code, "Courier", 10)


def donor_note(
    p: Page, rng: random.Random, lang: str, donor: dict[str, object], d: date, size: float
) -> None:
    """A donor's handwritten note: the address top right, the date, a few lines, the name."""
    w, hh = p.size
    m = 34.0 if w < 460 else 56.0
    y = 44.0
    lines = [str(t) for t in donor["lines"]][1:]  # type: ignore[union-attr]
    for t in lines:
        p.text(w - m, y, t, INK, size - 1, "right")
        y += size + 2
    y += 8
    p.text(
        w - m,
        y,
        date_text(d, lang, "long" if rng.random() < 0.6 else "short"),
        INK,
        size - 1,
        "right",
    )
    y += size * 3
    amount = float(donor["amount"])  # type: ignore[arg-type]
    c = charity()
    body = {
        "en": [
            "Dear Sir or Madam," if rng.random() < 0.5 else f"Dear friends at {c.name},",
            f"Please find enclosed a cheque for \u00a3{money(amount, 'en')} towards your "
            "wonderful work. "
            + rng.choice(
                [
                    "My late husband always spoke so highly of you.",
                    "I read about you in the local paper.",
                    "This is in memory of my mother who passed away in the spring.",
                    "It is the proceeds of our coffee morning at church.",
                    "I hope it goes to where it is most needed.",
                ]
            ),
            rng.choice(
                [
                    "Please do not send me a receipt, save the stamp!",
                    "Yes, you may claim the Gift Aid, I am a taxpayer.",
                    "Please keep up the good work.",
                    "",
                ]
            ),
        ],
        "de": [
            "Liebes Team vom " + c.name.split()[0] + ",",
            f"ich habe heute {money(amount, 'de')} Euro auf Ihr Konto ueberwiesen. "
            + rng.choice(
                [
                    "Zu meinem 80. Geburtstag habe ich statt Geschenken um Spenden gebeten.",
                    "Ich habe in der Zeitung ueber Ihre Arbeit gelesen.",
                    "Zum Andenken an meinen verstorbenen Mann.",
                ]
            ),
            "Bitte schicken Sie mir eine Spendenquittung fuer das Finanzamt.",
        ],
        "fr": [
            "Madame, Monsieur,",
            f"Veuillez trouver ci-joint un cheque de {money(amount, 'fr')} euros pour votre "
            "association. "
            + rng.choice(
                [
                    "C'est peu, mais c'est de bon coeur.",
                    "En souvenir de ma soeur qui etait benevole chez vous.",
                    "J'ai lu l'article sur vos actions dans le journal.",
                ]
            ),
            "Merci de m'adresser le recu fiscal. Bien cordialement,",
        ],
    }[lang]
    for para in body:
        if not para:
            continue
        for ln in wrap(para, INK, size, w - 2 * m - 10):
            if y > hh - 60:
                break
            p.text(m + rng.uniform(0, 4), y, ln, INK, size)
            y += size * 1.55
        y += size * 0.6
    y += size
    p.text(
        m + 80,
        min(y, hh - 50),
        tr(lang, "Yours faithfully,", "Herzliche Gruesse", "Avec mes salutations,")
        if rng.random() < 0.7
        else "",
        INK,
        size,
    )
    sign(p, m + 90, min(y + size * 2.6, hh - 26), str(donor["name"]), size + 4)


def tpl_donation_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A donor's letter with a gift: a handwritten note on A5 or small notepaper, a typed
    letter on A4 or Letter, or a firm's letter about its staff collection or matched giving;
    behind it sometimes the photocopy of the cheque or the firm's remittance advice, which
    belong to the letter."""
    lg = region(who, 0.94)
    d = on(rng)
    c = charity()
    kind = rng.choices(["note", "typed", "firm"], [0.45, 0.3, 0.25])[0]
    pages: list[Page] = []
    if kind == "firm":
        h = head_of(who, "company", lg)
        lg = h.lang
        s = style_of(h, A4)
        amount = float(rng.choice([250, 500, 750, 1000, 1200, 1500, 2500]))
        donor = a_donor(rng, lg, amount)
        donor["date"] = d
        donor["name"] = h.name
        donor["lines"] = [h.name, h.street, h.town]
        f = sheets(s, h, h.name)
        recipient(
            f,
            s,
            h,
            charity_lines(lg, tr(lg, "Fundraising Team", "Vorstand", "Bureau")),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Ref."), serial(rng, "AA/99"))],
        )
        caption(
            f,
            s,
            tr(
                lg,
                rng.choice(["Staff charity of the year", "Matched giving"]),
                "Spende unserer Belegschaft",
                "Don de nos salaries",
            ),
            1.5,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"We are delighted to enclose a donation of \u00a3{money(amount, lg)}, the "
                "total of "
                "our staff fundraising this year together with the company's matched contribution. "
                + prose(rng, lg, 1, 2),
                f"wir freuen uns, Ihnen eine Spende von {money(amount, lg)} EUR "
                "zukommen zu lassen: "
                "den Erloes unserer Weihnachtsaktion, von der Geschaeftsfuehrung verdoppelt. "
                + prose(rng, lg, 1, 2),
                f"Nous avons le plaisir de vous adresser un don de {money(amount, lg)} euros, "
                "fruit de "
                "la collecte de nos salaries, abonde par l'entreprise. " + prose(rng, lg, 1, 2),
            ),
        )
        write(f, s, prose(rng, lg, 1, 3))
        regards(
            f,
            s,
            lg,
            person(rng, lg, False),
            tr(lg, "Managing Director", "Geschaeftsfuehrer", "Directeur general"),
        )
        pages = close(f.pages, s, h)
        if rng.random() < 0.5:
            p = Page(A4)
            w, _ = A4
            m = s.margin
            p.text(m, m + 6, h.name, s.bold, 11)
            p.text(
                w - m,
                m + 6,
                tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSAVIS", "AVIS DE PAIEMENT"),
                s.bold,
                12,
                "right",
            )
            yy = pairs(
                p,
                s,
                m,
                m + 40,
                [
                    (tr(lg, "Payee", "Empfaenger", "Beneficiaire"), c.name),
                    (tr(lg, "Payment date", "Zahlungsdatum", "Date de paiement"), day(h, d)),
                    (
                        tr(lg, "Payment method", "Zahlungsart", "Mode"),
                        tr(lg, "BACS", "Ueberweisung", "Virement"),
                    ),
                    (tr(lg, "Payment ref", "Referenz", "Reference"), serial(rng, "PAY999999")),
                ],
                w / 2 + 40,
            )
            f2 = Sheets(A4, 800, lambda _p, _n: yy + 20)
            f2.page = p
            f2.pages = [p]
            cols = columns(m, w - m, [(1.2, "left"), (3, "left"), (1.2, "right")])
            table(
                f2,
                cols,
                [
                    tr(lg, "Document", "Beleg", "Piece"),
                    tr(lg, "Description", "Verwendungszweck", "Libelle"),
                    tr(lg, "Amount", "Betrag", "Montant"),
                ],
                [
                    [
                        serial(rng, "DON-999"),
                        tr(lg, "Staff donations", "Spende Belegschaft", "Collecte salaries"),
                        money(amount / 2, lg),
                    ],
                    [
                        serial(rng, "MG-9999"),
                        tr(lg, "Company match", "Verdopplung", "Abondement"),
                        money(amount / 2, lg),
                    ],
                ],
                s,
                shade=0.88,
            )
            p.text(
                w - m,
                f2.y + 10,
                tr(lg, "Total ", "Summe ", "Total ") + cash(amount, lg),
                s.bold,
                10,
                "right",
            )
            pages.append(p)
        return pages
    donor = a_donor(rng, lg)
    donor["date"] = d
    if kind == "note":
        size = rng.choice([A5, A5, (148 * mm, 180 * mm), (160 * mm, 200 * mm)])
        p = Page(size)
        if rng.random() < 0.3:
            p.text(size[0] / 2, 22, rng.choice(["~ with love ~", "Notes", ""]), INK, 9, "center")
        donor_note(p, rng, lg, donor, d, rng.choice([11.5, 12.5, 13.5]))
        pages = [p]
    else:
        size = LETTER if lg == "en" and rng.random() < 0.35 else A4
        font = rng.choice(["Helvetica", "Times-Roman", "Courier"])
        s = Style(
            font,
            font + "-Bold" if font != "Times-Roman" else "Times-Bold",
            11,
            64,
            "none",
            "bottom",
            size,
            "long",
        )
        f = Sheets(size, size[1] - 60, lambda _p, _n: 70.0)
        lines = [str(t) for t in donor["lines"]]  # type: ignore[union-attr]
        w = size[0]
        y = 70.0
        for t in [bare(lines[0]), *lines[1:]]:
            f.page.text(w - 64, y, t, font, 10.5, "right")
            y += 13
        f.page.text(w - 64, y + 10, date_text(d, lg, "long"), font, 10.5, "right")
        f.y = y + 30
        for t in charity_lines(lg):
            f.page.text(64, f.y, t, font, 10.5)
            f.y += 13
        f.y += 20
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"I enclose a cheque for \u00a3{money(float(donor['amount']), lg)} "  # type: ignore[arg-type]
                + rng.choice(
                    [
                        "as my annual donation",
                        "in memory of my wife",
                        "from the collection at my father's funeral",
                    ]
                )
                + ". "
                + prose(rng, lg, 1, 2),
                f"hiermit teile ich Ihnen mit, dass ich {money(float(donor['amount']), lg)} Euro "  # type: ignore[arg-type]
                "an Ihren Verein ueberwiesen habe. " + prose(rng, lg, 1, 2),
                f"Je vous adresse ci-joint un cheque de {money(float(donor['amount']), lg)} euros. "  # type: ignore[arg-type]
                + prose(rng, lg, 1, 2),
            ),
        )
        if rng.random() < 0.5:
            write(f, s, prose(rng, lg, 1, 3))
        f.y += 10
        write(f, s, tr(lg, "Yours faithfully,", "Mit freundlichen Gruessen", "Cordialement,"))
        sign(f.page, 64, f.y + 20, bare(lines[0]))
        f.page.text(64, f.y + 40, bare(lines[0]), font, 10.5)
        pages = f.pages
    if lg != "de" and rng.random() < 0.45:
        p = Page(A4)
        cheque(p, rng, 70, 60, lg, c.name, float(donor["amount"]), str(donor["name"]), d)  # type: ignore[arg-type]
        if rng.random() < 0.5:
            p.text(
                70,
                290,
                tr(
                    lg,
                    "Copy of cheque - original paid in",
                    "",
                    "Copie du cheque - original remis en banque",
                ),
                HAND,
                9,
            )
        pages.append(p)
    if rng.random() < 0.4:
        received(pages[0], got(home(), d + timedelta(days=2)))
    return pages


def gift_aid_form(
    p: Page,
    s: Style,
    rng: random.Random,
    x: float,
    y: float,
    w: float,
    donor: dict[str, object],
    d: date,
    filled: bool = True,
) -> float:
    """An HMRC-style gift aid declaration, ticked and filled in by hand; the y below."""
    c = charity()
    p.text(x, y, "Gift Aid declaration", s.bold, 12)
    p.rect(x + w - 62, y - 13, 62, 18, fill=0.88)
    p.rect(x + w - 62, y - 13, 62, 18)
    p.text(x + w - 31, y, "giftaid it", "Helvetica-Bold", 9, "center")
    y += 16
    text = (
        f"Boost your donation by 25p of Gift Aid for every \u00a31 you donate. Gift Aid is "
        f"reclaimed by {c.name} from the tax you pay for the current tax year."
    )
    for ln in wrap(text, s.font, 7.5, w):
        p.text(x, y, ln, s.font, 7.5)
        y += 9.5
    y += 6
    amount = float(donor["amount"])  # type: ignore[arg-type]
    box_text = (
        f"I want to Gift Aid my donation of \u00a3 {money(amount, 'en') if filled else '____'}"
        f" and any donations I make in the future or have made in the past 4 years to "
        f"{c.name}."
    )

    box(p, x, y + 2, filled, 9)
    for ln in wrap(box_text, s.bold, 8, w - 20):
        p.text(x + 16, y, ln, s.bold, 8)
        y += 10
    y += 4
    decl = (
        "I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains "
        "Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my "
        "responsibility to pay any difference. Please notify us if you want to cancel this "
        "declaration, change your name or home address or no longer pay sufficient tax."
    )
    for ln in wrap(decl, s.font, 7, w):
        p.text(x, y, ln, s.font, 7)
        y += 8.6
    y += 8
    lines = [str(t) for t in donor["lines"]]  # type: ignore[union-attr]
    name = str(donor["name"])
    title = name.split()[0] if name.split()[0] in ("Mr", "Mrs", "Ms", "Miss", "Dr") else ""
    parts = bare(name).split()
    postcode = " ".join(lines[-1].split()[-2:]) if any(ch.isdigit() for ch in lines[-1]) else ""
    y = fields(
        p,
        s,
        x,
        y,
        w,
        [
            ("Title", title if filled else ""),
            ("First name or initial(s)", parts[0] if filled else ""),
            ("Surname", parts[-1] if filled else ""),
            ("Full home address", ", ".join(lines[1:]) if filled else ""),
            ("Postcode", postcode if filled else ""),
            ("Date", date_text(d, "en", "short") if filled else ""),
        ],
        per=3,
        tall=24,
    )
    p.text(x, y + 4, "Signature", s.font, 7)
    p.line(x + 40, y + 7, x + w * 0.55, y + 7)
    if filled:
        sign(p, x + 50, y + 5, name)
    return y + 18


def zuwendung_page(
    p: Page,
    s: Style,
    h: Head,
    rng: random.Random,
    donor: dict[str, object],
    d: date,
    y: float,
    sammel: bool = False,
) -> float:
    """The German Zuwendungsbestaetigung after the official model: the issuer, the donor,
    the amount in figures and words, the date, the ticks and the Freistellungsbescheid."""
    w, hh = p.size
    m = s.margin
    c = charity()
    amount = float(donor["amount"])  # type: ignore[arg-type]
    p.text(
        m,
        y,
        "Aussteller (Bezeichnung und Anschrift der steuerbeguenstigten Einrichtung)",
        s.font,
        7,
    )
    y += 11
    p.text(m, y, fit(f"{c.name}, {c.street}, {c.town}", s.font, 9, w - 2 * m), s.font, 9)
    y += 22
    title = (
        "Sammelbestaetigung ueber Geldzuwendungen"
        if sammel
        else "Bestaetigung ueber Geldzuwendungen/Mitgliedsbeitrag"
    )
    p.text(m, y, title, s.bold, 11.5)
    y += 12
    for ln in wrap(
        "im Sinne des Paragraph 10b des Einkommensteuergesetzes an eine der in Paragraph "
        "5 Abs. 1 Nr. 9 des Koerperschaftsteuergesetzes bezeichneten Koerperschaften, "
        "Personenvereinigungen oder Vermoegensmassen",
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 7.5)
        y += 9
    y += 8
    lines = [str(t) for t in donor["lines"]]  # type: ignore[union-attr]
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Name und Anschrift des Zuwendenden", ", ".join([bare(lines[0]), *lines[1:]])),
        ],
        per=1,
        tall=26,
        hand=False,
    )
    y -= 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Betrag der Zuwendung - in Ziffern -", f"*** {money(amount, 'de')} EUR ***"),
            ("- in Buchstaben -", cap(in_words(amount, "de"))),
            ("Tag der Zuwendung", "siehe Anlage" if sammel else date_text(d, "de", "short")),
        ],
        per=3,
        tall=26,
        hand=False,
    )

    p.text(m, y, "Es handelt sich um den Verzicht auf Erstattung von Aufwendungen", s.font, 8)
    box(p, w - m - 90, y, False)
    p.text(w - m - 78, y, "Ja", s.font, 8)
    box(p, w - m - 50, y, True)
    p.text(w - m - 38, y, "Nein", s.font, 8)
    y += 16
    tax_office = f"Finanzamt {c.town.split(maxsplit=1)[1]}"
    purpose = random.Random(c.name).choice(
        [
            "mildtaetiger Zwecke",
            "der Jugendhilfe",
            "der Volks- und Berufsbildung",
            "des Wohlfahrtswesens",
        ]
    )
    txt = (
        f"Wir sind wegen Foerderung {purpose} "
        f"nach dem Freistellungsbescheid bzw. nach der Anlage zum Koerperschaftsteuerbescheid "
        f"des {tax_office}, StNr. {serial(random.Random(c.name), '099/999/99999')}, vom "
        f"{date_text(date(d.year - 1, 1 + len(c.name) % 12, 3 + len(c.town)), 'de', 'short')} "
        "fuer den "
        "letzten Veranlagungszeitraum nach Paragraph 5 Abs. 1 Nr. 9 des "
        "Koerperschaftsteuergesetzes von der Koerperschaftsteuer und nach Paragraph 3 Nr. 6 "
        "des Gewerbesteuergesetzes von der Gewerbesteuer befreit."
    )
    box(p, m, y, True)
    for ln in wrap(txt, s.font, 7.5, w - 2 * m - 14):
        p.text(m + 14, y, ln, s.font, 7.5)
        y += 9
    y += 6
    for ln in wrap(
        "Es wird bestaetigt, dass die Zuwendung nur zur Foerderung der genannten Zwecke "
        "verwendet wird.",
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 7.5)
        y += 9
    y += 26
    p.line(m, y, m + 220, y)
    p.text(
        m,
        y - 4,
        f"{c.town.split(maxsplit=1)[1]}, "
        + date_text(d + timedelta(days=rng.randint(3, 40)), "de", "short"),
        HAND,
        9,
    )
    sign(p, m + 150, y - 3, treasurer("de"))
    p.text(m, y + 9, "(Ort, Datum und Unterschrift des Zuwendungsempfaengers)", s.font, 6.5)
    y += 26
    hint = (
        "Hinweis: Wer vorsaetzlich oder grob fahrlaessig eine unrichtige "
        "Zuwendungsbestaetigung erstellt oder veranlasst, dass Zuwendungen nicht zu den in der "
        "Zuwendungsbestaetigung angegebenen steuerbeguenstigten Zwecken verwendet werden, haftet "
        "fuer die entgangene Steuer (Paragraph 10b Abs. 4 EStG, Paragraph 9 Abs. 3 KStG)."
    )
    for ln in wrap(hint, s.font, 6.5, w - 2 * m):
        if y > hh - 30:
            break
        p.text(m, y, ln, s.font, 6.5)
        y += 8
    return y


def recu_page(
    p: Page,
    s: Style,
    rng: random.Random,
    donor: dict[str, object],
    d: date,
    y: float,
    part: int = 0,
) -> float:
    """The French recu fiscal (Cerfa 11580): ``part`` 0 all on one page, 1 the beneficiary
    half, 2 the donor half."""
    w, _ = p.size
    m = s.margin
    c = charity()

    if part in (0, 1):
        p.text(m, y, "Cerfa", "Helvetica-Bold", 9)
        p.text(m, y + 9, "n. 11580*04", "Helvetica", 7)
        p.text(w / 2 + 20, y + 2, "Recu au titre des dons", s.bold, 12, "center")
        p.text(w / 2 + 20, y + 15, "a certains organismes d'interet general", s.bold, 10, "center")
        p.text(
            w / 2 + 20,
            y + 27,
            "Articles 200, 238 bis et 978 du code general des impots",
            s.font,
            7,
            "center",
        )
        p.text(w - m, y, "Numero d'ordre du recu", s.font, 7, "right")
        p.text(w - m, y + 13, f"{(d.year)}-{rng.randint(1, 2400):04d}", HAND, 10, "right")
        y += 46
        y = band(p, s, y, "Beneficiaire des versements")
        y = fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                ("Nom ou denomination", c.name),
                ("Adresse", f"{c.street} {c.town}"),
                ("Objet", c.cause),
            ],
            per=1,
            tall=22,
            hand=False,
        )
        y += 6
        for k, t in enumerate(
            [
                "Association ou fondation reconnue d'utilite publique",
                "Oeuvre ou organisme d'interet general",
                "Association cultuelle ou de bienfaisance et etablissement public des cultes "
                "reconnus d'Alsace-Moselle",
            ]
        ):
            box(p, m, y, k == 1)
            p.text(m + 14, y, fit(t, s.font, 7.5, w - 2 * m - 14), s.font, 7.5)
            y += 12
        y += 8
    if part == 1:
        return y
    if part == 2:
        p.text(m, y, "Cerfa n. 11580*04 - suite", s.font, 7)
        y += 20
    amount = float(donor["amount"])  # type: ignore[arg-type]
    lines = [str(t) for t in donor["lines"]]  # type: ignore[union-attr]
    y = band(p, s, y, "Donateur")
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            ("Nom", bare(lines[0]).split()[-1].upper()),
            ("Prenoms", bare(lines[0]).split()[0]),
            ("Adresse", lines[1]),
            ("Code postal - Commune", lines[-1]),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    for ln in wrap(
        "Le beneficiaire reconnait avoir recu au titre des dons et versements ouvrant "
        "droit a reduction d'impot, la somme de :",
        s.font,
        8,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 8)
        y += 10
    p.text(m + 20, y + 6, f"*** {money(amount, 'fr')} euros ***", s.bold, 11)
    y += 22
    p.text(m, y, "Somme en toutes lettres : " + in_words(amount, "fr"), s.font, 8)
    y += 13
    p.text(m, y, "Date du versement ou du don : " + date_text(d, "fr", "short"), s.font, 8)
    y += 16
    for title, opts, on_ in [
        (
            "Forme du don :",
            ["Acte authentique", "Acte sous seing prive", "Declaration de don manuel", "Autres"],
            2,
        ),
        ("Nature du don :", ["Numeraire", "Titres de societes cotes", "Autres"], 0),
        (
            "Mode de versement :",
            ["Remise d'especes", "Cheque", "Virement, prelevement, carte bancaire"],
            rng.choice([1, 1, 2]),
        ),
    ]:
        p.text(m, y, title, s.bold, 7.5)
        y = ticks(p, s, m + 90, y, w - 2 * m - 90, opts, {on_}, pt=7.5)
    y += 10
    p.text(w - m - 200, y, "Date et signature", s.font, 7.5)
    p.text(
        w - m - 200,
        y + 14,
        date_text(d + timedelta(days=rng.randint(5, 60)), "fr", "short"),
        HAND,
        9,
    )
    sign(p, w - m - 120, y + 30, treasurer("fr"))
    p.text(w - m - 200, y + 44, tr("fr", "", "", "Le tresorier"), s.font, 7)
    return y + 50


def tpl_gift_aid(rng: random.Random, who: Issuer) -> list[Page]:
    """The tax paper of one gift: the English charity's gift aid declaration filled in by the
    donor (an A5 card, a third of A4, a full page with the charity's heading); the German
    Zuwendungsbestaetigung (office copy), now and then a Sammelbestaetigung with the year's
    gifts on an Anlage page; the French recu fiscal (Cerfa 11580), on one page or two. Each
    one of a batch is a document of its own."""
    h = charity_head()
    lg = h.lang
    d = on(rng)
    r = seeded(who, "receipt")
    donor = a_donor(rng, lg)
    if lg == "en":
        size = r.choice([A5, (210 * mm, 99 * mm), A4, (210 * mm, 140 * mm)])
        s = style_of(h, size, margin=30 if size[1] < 500 else 0, pt=8.5)
        w, hh = size
        m = s.margin
        p = Page(size)
        y = 30.0
        if size == A4:
            y = heading(p, s, h) + 10
        else:
            p.text(w - m, 20, h.name, s.bold, 7.5, "right")
            y = 38
        if size[1] < 300:
            s = style_of(h, size, margin=24, pt=8)
            m = 24
            # a slim strip: two columns, the declaration left, the donor's details right
            gift_aid_form(p, s, rng, m, 34, w - 2 * m, donor, d)
        else:
            y = gift_aid_form(p, s, rng, m, y, w - 2 * m, donor, d)
            if y < hh - 90:
                p.text(
                    m,
                    y + 10,
                    tr(lg, "Please return to: ") + ", ".join(charity_lines(lg)),
                    s.font,
                    7,
                )
                if size == A4:
                    p.text(
                        m,
                        y + 30,
                        "Office use:  Donor ID "
                        + serial(rng, "99999")
                        + "   Batch "
                        + serial(rng, "999"),
                        s.font,
                        7,
                    )
        if rng.random() < 0.3:
            p.text(m, hh - 14 if size != A4 else hh - 40, "v" + serial(rng, " AA"), HAND, 10)
        return [p]
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    if lg == "de":
        sammel = r.random() < 0.35
        p = Page(A4)
        y = heading(p, s, h) if r.random() < 0.6 else m
        if sammel:
            donor["amount"] = float(rng.choice([120, 180, 240, 360, 600]))
        zuwendung_page(p, s, h, rng, donor, d, y + 6, sammel)
        pages = [p]
        if sammel:
            a = Page(A4)
            a.text(
                m,
                m,
                "Anlage zur Sammelbestaetigung vom "
                + date_text(d + timedelta(days=30), "de", "short"),
                s.bold,
                11,
            )
            a.text(m, m + 16, "Zuwendender: " + bare(str(donor["name"])), s.font, 9)
            f = Sheets(A4, hh - 60, lambda _p, _n: m + 40)
            f.page, f.pages, f.y = a, [a], m + 44
            n = rng.choice([4, 6, 12])
            each = float(donor["amount"]) / n  # type: ignore[arg-type]
            rows = [
                [
                    date_text(date(d.year, 1 + (k * 12 // n), rng.randint(1, 28)), "de", "short"),
                    rng.choice(["Geldzuwendung", "Mitgliedsbeitrag", "Geldzuwendung"]),
                    "nein",
                    money(each, "de"),
                ]
                for k in range(n)
            ]
            cols = columns(
                m, w - m, [(1.2, "left"), (2.2, "left"), (2.4, "center"), (1.2, "right")]
            )
            table(
                f,
                cols,
                [
                    "Datum der Zuwendung",
                    "Art der Zuwendung",
                    "Verzicht auf Erstattung von Aufwendungen",
                    "Betrag EUR",
                ],
                rows,
                s,
                rules=True,
            )
            f.page.text(
                w - m,
                f.y + 6,
                "Gesamtsumme "
                + money(float(donor["amount"]), "de")  # type: ignore[arg-type]
                + " EUR",
                s.bold,
                9,
                "right",
            )
            pages.append(a)
        return close(pages, s, h, numbers="none" if not sammel else "Seite {i} von {n}")
    p = Page(A4)
    y = m - 4
    if r.random() < 0.5:
        y = heading(p, s, h) + 4
    two = r.random() < 0.4
    if not two:
        recu_page(p, s, rng, donor, d, y, 0)
        return close([p], s, h, numbers="none")
    recu_page(p, s, rng, donor, d, y, 1)
    q = Page(A4)
    recu_page(q, s, rng, donor, d, m, 2)
    p.text(w - m, hh - 30, "1/2", s.font, 8, "right")
    q.text(w - m, hh - 30, "2/2", s.font, 8, "right")
    return close([p, q], s, h, numbers="none")


def tpl_thank_you(rng: random.Random, who: Issuer) -> list[Page]:
    """The charity's thank-you letter (the office copy): to the donor of the letter before it
    or to another, to the solicitor after a legacy letter, to a fundraiser after a sponsorship
    form; the English one sometimes with a gift aid slip to tear off, the German one often with
    the Zuwendungsbestaetigung and the French one with the recu fiscal as a second page."""
    h = charity_head()
    lg = h.lang
    d = on(rng)
    last = str(OFFICE["last"])
    donor = memo().get("donor")
    fresh = not (
        isinstance(donor, dict)
        and last in ("donation_letter", "legacy_letter", "sponsorship_form", "reply_coupon")
    )
    if fresh or not isinstance(donor, dict):
        donor = a_donor(rng, lg)
    else:
        then = donor.get("date")
        if isinstance(then, date):
            d = then + timedelta(days=rng.randint(5, 30))
    what = str(donor.get("what", "gift"))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    c = charity()
    f = sheets(s, h, h.name)
    lines = [str(t) for t in donor["lines"]]  # type: ignore[union-attr]
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [
            (tr(lg, "Supporter no.", "Spendernummer", "N. donateur"), str(donor["ref"])),
        ]
        if what != "legacy"
        else [(tr(lg, "Your ref", "Ihr Zeichen", "V/Ref."), str(donor.get("their", "")))],
    )
    amount = float(donor["amount"])  # type: ignore[arg-type]
    slip = lg == "en" and what == "gift" and rng.random() < 0.35
    if what == "legacy":
        caption(
            f,
            s,
            tr(lg, "Estate of the late ", "Nachlass ", "Succession de ")
            + str(donor.get("deceased", "")),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for your letter informing us of the legacy left to "
                f"{c.name}. We were very moved to learn of this gift. Our charity details are as "
                f"follows: registered charity number {c.reg}; our bank is {c.bank}, {c.account}.",
                f"vielen Dank fuer Ihr Schreiben ueber das Vermaechtnis zugunsten unseres Vereins. "
                f"Wir sind als gemeinnuetzig anerkannt ({c.reg}). Bankverbindung: {c.bank}, IBAN "
                f"{c.account}.",
                f"Nous vous remercions de votre courrier nous informant du legs consenti a notre "
                f"association ({c.reg}). Nos coordonnees bancaires : {c.bank}, IBAN {c.account}.",
            ),
        )
        write(f, s, prose(rng, lg, 1, 3))
        regards(
            f,
            s,
            lg,
            person(rng, lg, False),
            tr(lg, "Legacy Officer", "Vorstand", "Tresoriere"),
            formal=True,
        )
        return close(f.pages, s, h)
    if what == "sponsor":
        caption(
            f,
            s,
            tr(
                lg,
                "Thank you for taking part!",
                "Danke fuer Ihren Einsatz!",
                "Merci pour votre participation !",
            ),
            1.5,
        )
    elif rng.random() < 0.6:
        caption(
            f,
            s,
            tr(
                lg,
                "Thank you for your generous gift",
                "Herzlichen Dank fuer Ihre Spende",
                "Merci pour votre don",
            ),
            1.5,
        )
    write(f, s, dear(lg, lines[0]))
    if what == "sponsor":
        event = str(donor.get("event", ""))
        write(
            f,
            s,
            tr(
                lg,
                f"Congratulations on completing the {event}, and thank you for raising "
                f"\u00a3{money(amount, lg)} in sponsorship! Your sponsorship form and the money "
                "have now been received and counted.",
                f"herzlichen Glueckwunsch zur Teilnahme am {event} und vielen Dank fuer die "
                f"gesammelten {money(amount, lg)} EUR! Ihre Sponsorenliste und das Geld sind bei "
                "uns eingegangen.",
                f"Bravo pour votre participation a la {event} et merci pour les "
                f"{money(amount, lg)} euros collectes aupres de vos parrains ! Nous avons bien "
                "recu votre bulletin et les dons.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you so much for your kind donation of \u00a3{money(amount, lg)}, which we "
                f"received on {day(h, d - timedelta(days=rng.randint(2, 12)))}. "
                f"Your support makes our work possible: {c.cause}.",
                f"herzlichen Dank fuer Ihre Spende ueber {money(amount, lg)} EUR vom "
                f"{date_text(d - timedelta(days=rng.randint(2, 12)), lg, 'short')}. "
                "Damit unterstuetzen Sie "
                f"unsere Arbeit: {c.cause}.",
                f"Nous vous remercions chaleureusement pour votre don de {money(amount, lg)} euros "
                f"recu le "
                f"{date_text(d - timedelta(days=rng.randint(2, 12)), lg, 'short')}. "
                "Grace a vous, nous "
                f"poursuivons nos actions : {c.cause}.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            "This year your gifts are helping with our ",
            "In diesem Jahr fliesst Ihre Spende in unser Projekt ",
            "Cette annee, votre don soutient le projet ",
        )
        + rng.choice(c.projects)
        + ". "
        + prose(rng, lg, 1, 3),
    )
    if rng.random() < 0.5:
        write(f, s, prose(rng, lg, 1, 2))
    regards(
        f,
        s,
        lg,
        person(rng, lg, False),
        tr(
            lg,
            rng.choice(["Chief Executive", "Supporter Care Manager", "Chair of Trustees"]),
            "Vorsitzende des Vorstands",
            "La presidente",
        ),
    )
    if slip and f.y < hh - 300:
        y = hh - 290
        slip_rule(f.page, 20, w - 20, y, "")
        gift_aid_form(
            f.page, style_of(h, A4, pt=8), rng, m, y + 28, w - 2 * m, donor, d, filled=False
        )
        f.page.text(
            m, hh - 38, "Please complete and return in the envelope provided. Thank you.", s.font, 7
        )
        return close(f.pages, s, h, numbers="none")
    pages = close(f.pages, s, h)
    if lg == "de" and what == "gift" and rng.random() < 0.6:
        p = Page(A4)
        zuwendung_page(p, s, h, rng, donor, d, m)
        pages.append(p)
    elif lg == "fr" and what == "gift" and rng.random() < 0.5:
        p = Page(A4)
        recu_page(p, s, rng, donor, d, m - 4, 0)
        pages.append(p)
    return pages


def tpl_standing_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A regular gift form filled in by a supporter: the English standing order mandate to
    the supporter's bank, the German SEPA-Lastschriftmandat of a Foerdermitgliedschaft, the
    French mandat de prelevement SEPA; A4, A5 or the bottom third of a leaflet."""
    h = charity_head()
    lg = h.lang
    d = on(rng)
    r = seeded(who, "mandate")
    size = r.choice([A4, A5, (210 * mm, 110 * mm), A4])
    small = size[1] < 700
    s = style_of(h, size, margin=26 if small else 0, pt=8 if small else 9)
    w, hh = size
    m = s.margin
    c = charity()
    donor = a_donor(rng, lg, float(rng.choice([3, 5, 5, 8, 10, 10, 15, 20, 25])))
    amount = float(donor["amount"])  # type: ignore[arg-type]
    lines = [str(t) for t in donor["lines"]]  # type: ignore[union-attr]
    name = bare(lines[0])
    p = Page(size)
    if size == A4:
        y = heading(p, s, h)
    else:
        if size[1] < 400:
            slip_rule(p, 6, w - 6, 8, "")
        p.text(m, 26, h.name, s.bold, 9)
        y = 44.0
    title = tr(
        lg,
        r.choice(["Standing Order Form", "Give monthly - standing order", "Regular giving form"]),
        r.choice(["SEPA-Lastschriftmandat", "Foerdermitgliedschaft - SEPA-Lastschrift"]),
        "Mandat de prelevement SEPA - Don regulier",
    )
    p.text(m, y, title, s.bold, 12 if not small else 10.5)
    y += 16

    opts = ["5", "10", "20", "50"]
    unit = "\u00a3" if lg == "en" else "EUR "
    p.text(
        m,
        y,
        tr(
            lg,
            "I would like to give:",
            "Ja, ich unterstuetze Sie mit:",
            "Je soutiens l'association par un don de :",
        ),
        s.font,
        s.size,
    )
    y = ticks(
        p,
        s,
        m + 130,
        y,
        w - 2 * m - 130,
        [unit + o for o in opts]
        + [
            tr(lg, "Other ", "Anderer Betrag ", "Autre ")
            + (unit + money(amount, lg) if str(int(amount)) not in opts else "")
        ],
        {opts.index(str(int(amount))) if str(int(amount)) in opts else 4},
        pt=s.size,
    )
    freq = [
        tr(lg, "monthly", "monatlich", "mensuel"),
        tr(lg, "quarterly", "vierteljaehrlich", "trimestriel"),
        tr(lg, "annually", "jaehrlich", "annuel"),
    ]
    y = ticks(p, s, m + 130, y, w - 2 * m - 130, freq, {rng.choice([0, 0, 0, 1, 2])}, pt=s.size)
    y += 4
    start = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    if lg == "en":
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Your name", name),
                ("Address", ", ".join(lines[1:])),
                (
                    "Name of your bank",
                    rng.choice(["Barclays", "NatWest", "Nationwide", "Santander", "Halifax"]),
                ),
                ("Account holder", name),
                ("Sort code", serial(rng, "99-99-99")),
                ("Account number", serial(rng, "99999999")),
            ],
            per=2,
            tall=24 if not small else 21,
        )
        txt = (
            f"To the Manager: please pay {c.bank}, sort code {c.account.split(' / ')[0]}, for "
            f"the credit of {c.name}, account {c.account.split(' / ')[-1]}, the sum shown above "
            f"starting on {date_text(start, 'en', 'short')} and thereafter on the same day until "
            "further notice. This replaces any previous instruction to the same payee."
        )
    else:
        ics = serial(random.Random(c.name), "DE99ZZZ00000999999" if lg == "de" else "FR99ZZZ999999")
        y = pairs(
            p,
            s,
            m,
            y,
            [
                (
                    tr(
                        lg,
                        "",
                        "Glaeubiger-Identifikationsnummer",
                        "ICS (identifiant creancier SEPA)",
                    ),
                    ics,
                ),
                (
                    tr(lg, "", "Mandatsreferenz", "Reference unique du mandat (RUM)"),
                    serial(rng, "FM-99999"),
                ),
            ],
            w - m,
            s.size - 0.5,
        )
        iban = serial(
            rng,
            "DE99 9999 9999 9999 9999 99" if lg == "de" else "FR76 9999 9999 9999 9999 9999 999",
        )
        y = fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (tr(lg, "", "Kontoinhaber (Vorname, Name)", "Nom, prenom du debiteur"), name),
                (tr(lg, "", "Strasse, PLZ Ort", "Adresse"), ", ".join(lines[1:])),
                ("IBAN", iban),
                ("BIC", serial(rng, "AAAAAAA9AAA")),
            ],
            per=2,
            tall=24 if not small else 21,
        )
        txt = tr(
            lg,
            "",
            f"Ich ermaechtige den {c.name}, Zahlungen von meinem Konto mittels Lastschrift "
            "einzuziehen. Zugleich weise ich mein Kreditinstitut an, die vom Verein auf mein "
            "Konto gezogenen Lastschriften einzuloesen. Hinweis: Ich kann innerhalb von acht "
            "Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages "
            "verlangen.",
            f"En signant ce formulaire de mandat, vous autorisez {c.name} a envoyer des "
            "instructions a votre banque pour debiter votre compte, et votre banque a debiter "
            "votre compte conformement aux instructions de l'association. Vous beneficiez du "
            "droit d'etre rembourse par votre banque dans les 8 semaines. Votre don ouvre droit a "
            "une reduction d'impot de 66 %.",
        )
    for ln in wrap(txt, s.font, s.size - 1.5, w - 2 * m):
        if y > hh - 60:
            break
        p.text(m, y, ln, s.font, s.size - 1.5)
        y += (s.size - 1.5) * 1.3
    y += 14
    p.text(
        m,
        y,
        tr(lg, "Signature", "Ort, Datum, Unterschrift", "Fait a ... le ... Signature"),
        s.font,
        7,
    )
    p.line(m + 70, y + 3, w * 0.62, y + 3)
    p.text(
        m + 80,
        y,
        (home_address(rng, lg)[1].split()[-1] + ", " if lg != "en" else "")
        + date_text(d, lg, "short"),
        HAND,
        9,
    )
    sign(p, m + 190, y, name)
    if lg == "en" and not small and y < hh - 110:
        p.text(m, y + 26, "Gift Aid: I am a UK taxpayer - see declaration overleaf", s.font, 7)
        box(p, m + 210, y + 26, rng.random() < 0.7)
    if small and y < hh - 20:
        p.text(
            w - m,
            hh - 10,
            tr(lg, "Please return to ", "Bitte zurueck an ", "A retourner a ") + c.name,
            s.font,
            6,
            "right",
        )
    elif not small:
        p.text(
            m,
            hh - 40,
            fit(
                tr(
                    lg,
                    "Please return this form to ",
                    "Bitte senden an: ",
                    "Merci de retourner ce mandat a ",
                )
                + ", ".join(charity_lines(lg)),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    if rng.random() < 0.3:
        stamp(p, w - 160, hh - 64 if size != A4 else y + 40, got(lg, d + timedelta(days=3)))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates CC: foundations and grants
# ---------------------------------------------------------------------------------------------

BUDGET = {
    "en": [
        "Project worker (0.5 FTE)",
        "Volunteer expenses",
        "Sessional staff",
        "Venue hire",
        "Materials and equipment",
        "Transport",
        "Training",
        "Evaluation",
        "Publicity",
        "Management and overheads",
        "Insurance",
        "Refreshments",
    ],
    "de": [
        "Personalkosten Koordination (50 %)",
        "Aufwandsentschaedigungen Ehrenamt",
        "Honorare Fachkraefte",
        "Raummiete",
        "Sachkosten und Material",
        "Fahrtkosten",
        "Schulungen",
        "Oeffentlichkeitsarbeit",
        "Verwaltungskostenpauschale",
        "Versicherung",
    ],
    "fr": [
        "Salaire coordinatrice (mi-temps)",
        "Frais des benevoles",
        "Intervenants",
        "Location de salle",
        "Materiel et fournitures",
        "Deplacements",
        "Formation",
        "Communication",
        "Frais de structure",
        "Assurance",
    ],
}


def plan_page(p: Page, rng: random.Random, lang: str, title: str) -> None:
    """A floor plan of a room or a small building, as an appendix: walls, doors, labels, a
    scale bar and a title box."""
    w, hh = p.size
    x0, y0 = 60.0, 90.0
    x1, y1 = w - 60, hh - 150
    p.text(x0, 50, title, "Helvetica-Bold", 11)
    p.rect(x0, y0, x1 - x0, y1 - y0)
    p.rect(x0 + 3, y0 + 3, x1 - x0 - 6, y1 - y0 - 6)
    cuts = sorted(rng.sample(range(1, 9), 2))
    xs = [x0 + (x1 - x0) * c / 9 for c in cuts]
    ys = y0 + (y1 - y0) * rng.uniform(0.4, 0.6)
    for x in xs:
        p.line(x, y0, x, ys)
    p.line(x0, ys, x1, ys)
    rooms = {
        "en": ["Hall", "Kitchen", "Store", "Office", "WC", "Garden room", "Lobby"],
        "de": ["Saal", "Kueche", "Lager", "Buero", "WC", "Gruppenraum", "Flur"],
        "fr": ["Salle", "Cuisine", "Reserve", "Bureau", "Sanitaires", "Atelier", "Hall"],
    }[lang]
    names = rng.sample(rooms, 4)
    centres = [
        ((x0 + xs[0]) / 2, (y0 + ys) / 2),
        ((xs[0] + xs[1]) / 2, (y0 + ys) / 2),
        ((xs[1] + x1) / 2, (y0 + ys) / 2),
        ((x0 + x1) / 2, (ys + y1) / 2),
    ]
    for (cx, cy), name in zip(centres, names, strict=True):
        p.text(cx, cy, name, "Helvetica", 8, "center")
        p.text(cx, cy + 10, f"{rng.randint(6, 60)} m2", "Helvetica", 6.5, "center")
    for _ in range(3):
        dx = rng.uniform(x0 + 20, x1 - 50)
        p.line(dx, ys, dx + 24, ys - 20)
    p.line(x0, y1 + 20, x0 + 100, y1 + 20)
    for k in range(6):
        p.line(x0 + 20 * k, y1 + 16, x0 + 20 * k, y1 + 24)
    p.text(x0, y1 + 34, "0    1    2    3    4    5 m", "Helvetica", 6)
    p.rect(w - 230, hh - 110, 170, 60)
    p.text(
        w - 222,
        hh - 96,
        tr(lang, "Proposed layout", "Grundriss Bestand/Planung", "Plan d'amenagement"),
        "Helvetica-Bold",
        7.5,
    )
    p.text(
        w - 222, hh - 84, tr(lang, "Scale 1:100 @ A4", "M 1:100", "Echelle 1/100"), "Helvetica", 7
    )
    p.text(w - 222, hh - 72, serial(rng, "DWG 99/A"), "Helvetica", 7)


def photo_sheet(p: Page, rng: random.Random, lang: str, title: str) -> None:
    w, hh = p.size
    p.text(50, 48, title, "Helvetica-Bold", 11)
    k = 0
    for row in range(3):
        for col in range(2):
            x = 50 + col * (w - 100) / 2 + (6 if col else 0)
            y = 70 + row * (hh - 130) / 3
            pw, ph = (w - 112) / 2, (hh - 130) / 3 - 28
            photo(p, x, y, pw, ph, rng)
            k += 1
            p.text(
                x,
                y + ph + 12,
                fit(
                    f"{k}. " + words(rng, lang, rng.randint(3, 7))[:-1],
                    "Helvetica-Oblique",
                    7.5,
                    pw,
                ),
                "Helvetica-Oblique",
                7.5,
            )


def a_grant(rng: random.Random, who: Issuer) -> dict[str, object]:
    lg = home()
    c = charity()
    g: dict[str, object] = {
        "project": rng.choice(c.projects),
        "amount": float(rng.choice([2500, 4800, 5000, 7500, 9950, 12000, 15000, 24000, 30000])),
        "ref": serial(rng, "AA-99999"),
        "foundation": head_of(who, "foundation", lg if rng.random() < 0.9 else None).name,
        "programme": tr(
            lg,
            rng.choice(
                [
                    "Community Grants",
                    "Small Grants Programme",
                    "Main Grants Round",
                    "Winter Support Fund",
                ]
            ),
            rng.choice(["Foerderprogramm Buergerengagement", "Kleinprojektefonds"]),
            rng.choice(["Appel a projets Solidarite", "Programme Lien social"]),
        ),
    }
    memo()["grant"] = g
    return g


def tpl_grant_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The charity's application to a foundation, as printed from the funder's portal or
    typed: sometimes a cover sheet, the form in numbered sections (the organisation, the
    project, the outcomes, the budget table, the declaration signed), now and then an appendix
    with a floor plan or a photo sheet; two to six pages."""
    h = charity_head()
    lg = h.lang
    d = on(rng)
    c = charity()
    g = a_grant(rng, who)
    g["date"] = d
    portal = rng.random() < 0.55
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    pages: list[Page] = []
    covers = 0
    title_ = tr(lg, "Grant application", "Foerderantrag", "Demande de subvention")
    if rng.random() < 0.3:
        cp = Page(A4)
        heading(cp, s, h)
        cp.text(w / 2, 280, title_.upper(), s.bold, 20, "center")
        cp.text(w / 2, 310, fit(str(g["foundation"]), s.font, 13, w - 2 * m), s.font, 13, "center")
        cp.text(w / 2, 330, str(g["programme"]), s.font, 11, "center")
        cp.text(w / 2, 380, fit(str(g["project"]), s.bold, 14, w - 2 * m), s.bold, 14, "center")
        cp.text(
            w / 2,
            404,
            tr(lg, "Amount requested: ", "Beantragte Summe: ", "Montant sollicite : ")
            + cash(float(g["amount"]), lg),
            s.font,
            11,
            "center",
        )  # type: ignore[arg-type]
        cp.text(w / 2, 430, day(h, d), s.font, 10, "center")
        pages.append(cp)
        covers = 1
    if portal:
        stamp_line = (
            f"{g['foundation']} - {tr(lg, 'Application', 'Antrag', 'Dossier')} "
            f"{g['ref']} - {tr(lg, 'printed', 'gedruckt', 'imprime le')} "
            f"{date_text(d, lg, 'short')}"
        )

        def start(p: Page, n: int) -> float:
            p.text(m, 30, fit(stamp_line, "Helvetica", 7, w - 2 * m), "Helvetica", 7)
            p.line(m, 35, w - m, 35)
            if n == 1:
                p.text(
                    m,
                    64,
                    fit(f"{g['programme']} - {title_}", "Helvetica-Bold", 14, w - 2 * m),
                    "Helvetica-Bold",
                    14,
                )
                return 92.0
            return 56.0

        f = Sheets(A4, hh - 60, start)
        fs = Style("Helvetica", "Helvetica-Bold", 9, m, "none", "bottom", A4, "short")
    else:
        f = sheets(s, h, f"{c.name} - {title_} - {g['project']}")
        fs = s
        recipient(
            f,
            s,
            h,
            [
                str(g["foundation"]),
                tr(lg, "Grants Team", "Geschaeftsstelle", "Service des programmes"),
            ],
            d,
            [(tr(lg, "Programme", "Programm", "Programme"), str(g["programme"]))],
        )
        caption(f, s, f"{title_}: {g['project']}", 1.5)

    def section(k: int, t: str) -> None:
        f.need(60)
        f.y += 4
        band(f.page, fs, f.y, f"{k}. {t}")
        f.y += 16

    section(1, tr(lg, "About your organisation", "Antragsteller", "Presentation de l'association"))
    f.y = fields(
        f.page,
        fs,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Organisation name", "Name des Vereins", "Nom de l'association"), c.name),
            (tr(lg, "Charity number", "Registernummer", "Numero RNA"), c.reg),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.street}, {c.town}"),
            (tr(lg, "Main contact", "Ansprechpartner/in", "Contact"), person(rng, lg, False)),
            (
                tr(lg, "Annual income (last accounts)", "Jahreseinnahmen", "Budget annuel"),
                cash(float(rng.randint(40, 900) * 1000), lg),
            ),
            (tr(lg, "Volunteers", "Ehrenamtliche", "Benevoles"), str(rng.randint(12, 240))),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    section(2, tr(lg, "Your project", "Das Projekt", "Le projet"))
    for q in [
        tr(lg, "What is the need?", "Ausgangslage und Bedarf", "Constat et besoins"),
        tr(lg, "What will you do?", "Ziele und Massnahmen", "Actions prevues"),
        tr(lg, "Who will benefit and how many?", "Zielgruppe", "Public vise"),
        tr(
            lg,
            "How will you involve volunteers?",
            "Einbindung von Ehrenamtlichen",
            "Place des benevoles",
        ),
        tr(
            lg,
            "How will the work continue after the grant?",
            "Nachhaltigkeit",
            "Perennite du projet",
        ),
    ][: rng.randint(3, 5)]:
        f.need(40)
        f.page.text(m, f.y, q, fs.bold, 9)
        f.y += 13
        for _ in range(rng.randint(1, 2)):
            write(f, fs, prose(rng, lg, 3, 6))
    section(3, tr(lg, "Outcomes", "Erwartete Wirkung", "Resultats attendus"))
    numbered(f, fs, [words(rng, lg, rng.randint(9, 16)) for _ in range(rng.randint(2, 5))])
    if rng.random() < 0.6:
        f.need(90)
        f.page.text(m, f.y, tr(lg, "Timetable", "Zeitplan", "Calendrier"), fs.bold, 9)
        f.y += 13
        cols = columns(m, w - m, [(1.3, "left"), (4, "left"), (1.6, "left")])
        rows = [
            [
                date_text(d + timedelta(days=60 + 45 * k), lg, "short"),
                words(rng, lg, rng.randint(4, 8))[:-1],
                rng.choice(
                    [
                        tr(lg, "Project worker", "Koordination", "Coordinatrice"),
                        tr(lg, "Volunteers", "Ehrenamtliche", "Benevoles"),
                        tr(lg, "Trustees", "Vorstand", "Bureau"),
                    ]
                ),
            ]
            for k in range(rng.randint(4, 9))
        ]
        table(
            f,
            cols,
            [
                tr(lg, "By", "Bis", "Date"),
                tr(lg, "Milestone", "Meilenstein", "Etape"),
                tr(lg, "Lead", "Zustaendig", "Responsable"),
            ],
            rows,
            fs,
            rules=True,
        )
        f.y += 6
    section(4, tr(lg, "Budget", "Kosten- und Finanzierungsplan", "Budget previsionnel"))
    items = rng.sample(BUDGET[lg], rng.randint(4, 9))
    vals = [rng.randint(3, 60) * 100 for _ in items]
    total = sum(vals)
    cols = columns(m, w - m, [(4, "left"), (1.4, "right"), (1.4, "right")])
    rows = [
        [t, money(v, lg), money(v * rng.uniform(0.4, 1), lg)]
        for t, v in zip(items, vals, strict=True)
    ]
    rows.append([tr(lg, "Total", "Gesamt", "Total"), money(total, lg), ""])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Poste"),
            tr(lg, "Total cost", "Kosten", "Cout total"),
            tr(lg, "Requested", "Beantragt", "Sollicite"),
        ],
        rows,
        fs,
        rules=True,
        shade=0.9,
    )
    f.y += 6
    section(5, tr(lg, "Declaration", "Erklaerung", "Attestation"))
    write(
        f,
        fs,
        tr(
            lg,
            "I confirm that the information in this application is true and that "
            "the organisation's governing body has approved it.",
            "Wir versichern die Richtigkeit der Angaben. Der Vorstand hat dem Antrag zugestimmt.",
            "Je soussigne(e), representant(e) legal(e) de l'association, "
            "certifie exactes les informations du present dossier.",
        ),
        pt=8.5,
    )
    f.need(50)
    signer = person(rng, lg, False)
    sign(f.page, m + 10, f.y + 18, signer)
    f.page.text(
        m,
        f.y + 32,
        f"{signer} - " + tr(lg, "Chair of Trustees", "1. Vorsitzende/r", "President(e)"),
        fs.font,
        8,
    )
    f.y += 50
    pages += f.pages
    if rng.random() < 0.4:
        p = Page(A4)
        if rng.random() < 0.5:
            plan_page(
                p,
                rng,
                lg,
                tr(
                    lg,
                    "Appendix A - plan of the premises",
                    "Anlage 1 - Grundriss",
                    "Annexe 1 - plan des locaux",
                ),
            )
        else:
            photo_sheet(
                p,
                rng,
                lg,
                tr(
                    lg,
                    "Appendix - photographs of our work",
                    "Anlage - Fotos aus dem Projekt",
                    "Annexe - photos de nos activites",
                ),
            )
        pages.append(p)
    numbers = "Page {i} of {n}" if portal and lg == "en" else h.numbers
    if portal:
        number_all = [p for p in pages[covers:]]

        number_pages(
            number_all, fs, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br"
        )
        return pages
    return close(pages, s, h, numbers=numbers, covers=covers)


def tpl_grant_award(rng: random.Random, who: Issuer) -> list[Page]:
    """A foundation's reply to an application: the award letter with the payment schedule,
    the grant conditions in two columns and the acceptance form to sign and return (all one
    document), or a short decline letter."""
    g = memo().get("grant")
    follows = isinstance(g, dict) and OFFICE["last"] == "grant_application"
    if not follows or not isinstance(g, dict):
        g = a_grant(rng, who)
    h = head_of(who, "foundation", None)
    if h.name != g["foundation"]:
        rows = [x for x in ROLES["foundation"] if x[0] == g["foundation"]]
        h = make_head(rows[0], "foundation") if rows else h
    lg = h.lang
    d = on(rng)
    then = g.get("date")
    if follows and isinstance(then, date):
        d = then + timedelta(days=rng.randint(35, 120))
    c = charity()
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, f"{h.name} - {g['ref']}")
    recipient(
        f,
        s,
        h,
        [tr(lg, "The Chair", "Vorstand", "Madame la Presidente"), *charity_lines(lg)],
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Ref."), str(g["ref"]))],
    )
    award = rng.random() < 0.75
    amount = float(g["amount"]) * (rng.choice([1, 1, 0.8, 0.6]) if award else 0)  # type: ignore[arg-type]
    caption(f, s, str(g["project"]), 1)
    write(f, s, dear(lg, None))
    if award:
        write(
            f,
            s,
            tr(
                lg,
                f"I am delighted to tell you that the Trustees have awarded {c.name} a grant of "
                f"\u00a3{money(amount, lg)} towards {g['project']}, under our {g['programme']}.",
                f"wir freuen uns, Ihnen mitteilen zu koennen, dass der Stiftungsrat "
                "Ihrem Verein fuer "
                f"das Projekt {g['project']} eine Foerderung in Hoehe von {money(amount, lg)} EUR "
                "bewilligt hat.",
                f"Nous avons le plaisir de vous informer que le conseil d'administration de la "
                f"fondation a decide d'attribuer a votre association une subvention de "
                f"{money(amount, lg)} euros pour le projet {g['project']}.",
            ),
        )
        write(f, s, prose(rng, lg, 1, 3))
        write(
            f,
            s,
            tr(
                lg,
                "Please read the conditions enclosed, sign the acceptance form and "
                "return it to us within 28 days. Payment will be made as follows:",
                "Bitte senden Sie uns die beigefuegte Annahmeerklaerung unterschrieben "
                "zurueck. Die Auszahlung erfolgt in Raten:",
                "Merci de nous retourner la convention signee. Le versement sera "
                "effectue selon l'echeancier suivant :",
            ),
        )
        n = rng.choice([1, 2, 3])
        cols = columns(m + 20, w - m - 60, [(2, "left"), (2, "left"), (1.5, "right")])
        rows = [
            [
                tr(lg, "Instalment ", "Rate ", "Versement ") + str(k + 1),
                date_text(d + timedelta(days=30 + 180 * k), lg, "short"),
                money(amount / n, lg),
            ]
            for k in range(n)
        ]
        table(
            f,
            cols,
            [tr(lg, "Payment", "Rate", "Echeance"), tr(lg, "Due", "Faellig", "Date"), currency(lg)],
            rows,
            s,
            size=8.5,
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you for your application for {g['project']}. I am sorry to tell you that "
                "on this occasion the Trustees were unable to make a grant. We received many more "
                "applications than we could fund.",
                f"vielen Dank fuer Ihren Antrag zum Projekt {g['project']}. Leider koennen wir Ihr "
                "Vorhaben in dieser Foerderrunde nicht beruecksichtigen.",
                f"Nous vous remercions pour votre demande concernant le projet {g['project']}. "
                "Nous "
                "avons le regret de vous informer qu'elle n'a pas ete retenue.",
            ),
        )
        write(f, s, prose(rng, lg, 1, 2))
    regards(
        f,
        s,
        lg,
        person(rng, lg, False),
        tr(lg, "Grants Manager", "Geschaeftsfuehrerin", "Deleguee generale"),
    )
    pages = close(f.pages, s, h)
    if not award:
        return pages
    if rng.random() < 0.8:
        p = Page(A4)
        p.text(
            m,
            m,
            tr(
                lg,
                "Conditions of grant",
                "Allgemeine Bewilligungsbedingungen",
                "Conditions generales d'attribution",
            ),
            s.bold,
            12,
        )
        cw = (w - 2 * m - 16) / 2
        x, y = m, m + 24.0
        for k in range(rng.randint(10, 16)):
            text = f"{k + 1}. " + prose(rng, lg, 1, 3)
            lines = wrap(text, s.font, 7.2, cw)
            if y + len(lines) * 8.8 > hh - 50:
                if x > m:
                    break
                x, y = m + cw + 16, m + 24.0
            for ln in lines:
                p.text(x, y, ln, s.font, 7.2)
                y += 8.8
            y += 4
        pages.append(p)
    if rng.random() < 0.75:
        p = Page(A4)
        heading(p, s, h) if rng.random() < 0.5 else None
        y = 150.0
        p.text(
            m,
            y,
            tr(lg, "ACCEPTANCE OF GRANT", "ANNAHMEERKLAERUNG", "ACCEPTATION DE LA SUBVENTION"),
            s.bold,
            13,
        )
        y += 24
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Grant ref", "Aktenzeichen", "Reference"), str(g["ref"])),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(amount, lg)),
                (tr(lg, "Organisation", "Zuwendungsempfaenger", "Beneficiaire"), c.name),
                (tr(lg, "Project", "Projekt", "Projet"), str(g["project"])),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        write_y = y
        for ln in wrap(
            tr(
                lg,
                "On behalf of the organisation we accept the grant on the "
                "conditions set out in your letter.",
                "Wir nehmen die Zuwendung zu den genannten Bedingungen an.",
                "Nous acceptons la subvention aux conditions de la convention.",
            ),
            s.font,
            9,
            w - 2 * m,
        ):
            p.text(m, write_y, ln, s.font, 9)
            write_y += 12
        y = write_y + 20
        signed = rng.random() < 0.6
        for k, cap in enumerate(
            [
                tr(lg, "Signed (trustee)", "Unterschrift Vorstand", "Signature du president"),
                tr(lg, "Signed (trustee)", "Unterschrift Vorstand", "Signature du tresorier"),
            ]
        ):
            p.text(m, y, cap, s.font, 8)
            p.line(m + 110, y + 3, m + 300, y + 3)
            if signed:
                sign(p, m + 120, y, person(rng, lg, False))
                p.text(m + 320, y, date_text(d + timedelta(days=9), lg, "short"), HAND, 9)
            y += 34 + k
        p.text(
            m,
            hh - 50,
            tr(lg, "Please return to: ", "Zurueck an: ", "A retourner a : ")
            + f"{h.name}, {h.street}, {h.town}",
            s.font,
            7,
        )
        pages.append(p)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CC: volunteers
# ---------------------------------------------------------------------------------------------

ROLES_VOL = {
    "en": [
        "Shop volunteer",
        "Driver",
        "Event helper",
        "Befriender",
        "Admin support",
        "Fundraising",
        "Kitchen",
        "Gardening",
    ],
    "de": [
        "Familienbegleitung",
        "Fahrdienst",
        "Veranstaltungen",
        "Buero",
        "Ausgabe",
        "Sortieren",
        "Vorlesen",
        "Oeffentlichkeitsarbeit",
    ],
    "fr": [
        "Accueil",
        "Distribution",
        "Animation",
        "Chauffeur",
        "Lecture",
        "Jardinage",
        "Collecte",
        "Administratif",
    ],
}


def a_volunteer(rng: random.Random, lang: str) -> dict[str, object]:
    name = person(rng, lang, False)
    v: dict[str, object] = {
        "name": name,
        "lines": [name, *home_address(rng, lang)],
        "born": date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)),
        "role": rng.choice(ROLES_VOL[lang]),
    }
    memo()["volunteer"] = v
    return v


def tpl_volunteer_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The charity's volunteer application form filled in by hand: the details, the roles
    and the availability grid ticked, the reasons on ruled lines; a second page of experience,
    references, emergency contact and the declaration; sometimes an equal opportunities
    monitoring page (a data protection and photo consent page, a charte du benevole)."""
    h = charity_head()
    lg = h.lang
    d = on(rng)
    r = seeded(who, "volform")
    size = LETTER if lg == "en" and r.random() < 0.25 else A4
    s = style_of(h, size, pt=9)
    w, hh = size
    m = s.margin
    v = a_volunteer(rng, lg)
    v["date"] = d
    lines = [str(t) for t in v["lines"]]  # type: ignore[union-attr]
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "Volunteer Application Form",
            "Bewerbung fuer ein Ehrenamt",
            "Fiche d'inscription benevole",
        ),
        s.bold,
        13,
    )
    if r.random() < 0.5:
        p.rect(w - m - 70, y - 14, 70, 86)
        p.text(w - m - 35, y + 30, tr(lg, "photo", "Foto", "photo"), s.font, 7, "center")
    y += 16
    y = band(p, s, y, tr(lg, "1  About you", "1  Persoenliche Angaben", "1  Vos coordonnees"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m - (80 if r.random() < 0.5 else 0),
        [
            (tr(lg, "Full name", "Vorname, Name", "Nom, prenom"), lines[0]),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                date_text(v["born"], lg, "short"),
            ),  # type: ignore[arg-type]
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(lines[1:])),
            (
                tr(lg, "Phone", "Telefon", "Telephone"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0170 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (
                "E-mail",
                bare(lines[0]).split()[0].lower()
                + "."
                + bare(lines[0]).split()[-1].lower()
                + rng.choice(["@gmail.com", "@outlook.com", "@web.de", "@orange.fr"]),
            ),
            (
                tr(
                    lg,
                    "How did you hear about us?",
                    "Wie sind Sie auf uns aufmerksam geworden?",
                    "Comment nous avez-vous connus ?",
                ),
                words(rng, lg, 3)[:-1],
            ),
        ],
        per=2,
        tall=25,
    )
    y = band(
        p,
        s,
        y,
        tr(lg, "2  What would you like to do?", "2  Taetigkeitsbereiche", "2  Missions souhaitees"),
    )
    roles = ROLES_VOL[lg]
    y = ticks(p, s, m, y + 10, w - 2 * m, roles, set(rng.sample(range(len(roles)), 2)), pt=8.5)
    y = band(
        p,
        s,
        y,
        tr(
            lg, "3  When are you available?", "3  Zeitliche Verfuegbarkeit", "3  Vos disponibilites"
        ),
    )
    days_ = {
        "en": "Mon Tue Wed Thu Fri Sat Sun",
        "de": "Mo Di Mi Do Fr Sa So",
        "fr": "Lun Mar Mer Jeu Ven Sam Dim",
    }[lg].split()
    parts_ = [
        tr(lg, "Morning", "Vormittag", "Matin"),
        tr(lg, "Afternoon", "Nachmittag", "Apres-midi"),
        tr(lg, "Evening", "Abend", "Soir"),
    ]

    gx = m + 80
    cw = (w - 2 * m - 80) / 7
    y += 10
    for k, dd in enumerate(days_):
        p.text(gx + cw * k + cw / 2, y, dd, s.bold, 8, "center")
    y += 14
    for part in parts_:
        p.text(m, y, part, s.font, 8)
        for k in range(7):
            box(p, gx + cw * k + cw / 2 - 4, y, rng.random() < 0.3)
        y += 14
    y += 4
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "4  Why would you like to volunteer with us?",
            "4  Warum moechten Sie sich bei uns engagieren?",
            "4  Vos motivations",
        ),
    )
    ruled(p, m, y + 16, w - 2 * m, max(2, min(9, int((hh - 60 - y - 16) / 17))), rng, lg, 0.6)
    pages = [p]
    q = Page(size)
    y = m
    if h.again:
        y = heading(q, s, h)
    y = band(
        q,
        s,
        y,
        tr(
            lg,
            "5  Skills and experience",
            "5  Erfahrungen und Kenntnisse",
            "5  Experience et competences",
        ),
    )
    y = ruled(q, m, y + 16, w - 2 * m, 5, rng, lg, 0.7) + 6
    y = band(
        q, s, y, tr(lg, "6  References (not family)", "6  Referenzen", "6  Personnes a contacter")
    )
    y = fields(
        q,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (
                tr(lg, "Referee 1: name and relationship", "Name, Beziehung", "Nom, lien"),
                person(rng, lg, False) + tr(lg, " - former manager", " - Nachbarin", " - voisine"),
            ),
            (
                tr(lg, "Referee 2: name and relationship", "Name, Beziehung", "Nom, lien"),
                person(rng, lg, False)
                + tr(lg, " - church warden", " - Lehrer", " - ancien employeur"),
            ),
            (tr(lg, "Address / e-mail", "Kontakt", "Contact"), ", ".join(home_address(rng, lg))),
            (tr(lg, "Address / e-mail", "Kontakt", "Contact"), ", ".join(home_address(rng, lg))),
        ],
        per=2,
        tall=26,
    )
    y = band(
        q,
        s,
        y,
        tr(
            lg,
            "7  Emergency contact",
            "7  Notfallkontakt",
            "7  Personne a prevenir en cas d'urgence",
        ),
    )
    y = fields(
        q,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), person(rng, lg, False)),
            (tr(lg, "Phone", "Telefon", "Telephone"), serial(rng, "07999 999999")),
        ],
        per=2,
        tall=24,
    )
    y = band(q, s, y, tr(lg, "8  Declaration", "8  Erklaerung", "8  Engagement"))
    decl = tr(
        lg,
        "Do you have any unspent criminal convictions? (Roles with children or adults "
        "at risk require a DBS check.)",
        "Fuer die Taetigkeit mit Kindern ist ein "
        "erweitertes Fuehrungszeugnis vorzulegen. Ich bin damit einverstanden.",
        "J'ai pris connaissance de la charte du benevole et m'engage a la respecter.",
    )
    for ln in wrap(decl, s.font, 8, w - 2 * m):
        y += 12
        q.text(m, y, ln, s.font, 8)
    y = ticks(q, s, m, y + 14, w - 2 * m, yes_no(lg), {1}, pt=8)
    q.text(m, y + 14, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 8)
    sign(q, m + 60, y + 14, lines[0])
    q.text(m + 260, y + 14, tr(lg, "Date ", "Datum ", "Date ") + date_text(d, lg, "short"), HAND, 9)
    y += 36
    if y < hh - 120:
        y = band(
            q,
            s,
            y,
            tr(lg, "Office use only", "Vom Verein auszufuellen", "Reserve a l'association"),
            0.7,
        )
        fields(
            q,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (
                    tr(lg, "Received", "Eingang", "Recu le"),
                    date_text(d + timedelta(days=3), lg, "short") if rng.random() < 0.7 else "",
                ),
                (tr(lg, "Interview", "Gespraech", "Entretien"), ""),
                (tr(lg, "DBS / ref checked", "FZ vorgelegt", "Attestation"), ""),
            ],
            per=3,
            tall=24,
        )
    pages.append(q)
    if rng.random() < 0.4:
        e = Page(size)
        y = m
        e.text(
            m,
            y,
            tr(
                lg,
                "Equal opportunities monitoring (optional)",
                "Einwilligung Datenschutz und Fotos",
                "Charte du benevole",
            ),
            s.bold,
            12,
        )
        y += 22
        if lg == "en":
            for qn, opts in [
                ("Age", ["16-24", "25-34", "35-49", "50-64", "65+", "Prefer not to say"]),
                ("Gender", ["Female", "Male", "Non-binary", "Prefer not to say"]),
                (
                    "Do you consider yourself to have a disability?",
                    ["Yes", "No", "Prefer not to say"],
                ),
                (
                    "Ethnic group",
                    [
                        "White British",
                        "White other",
                        "Mixed",
                        "Asian / Asian British",
                        "Black / Black British",
                        "Other",
                        "Prefer not to say",
                    ],
                ),
                (
                    "Religion or belief",
                    ["None", "Christian", "Muslim", "Hindu", "Jewish", "Sikh", "Other"],
                ),
            ]:
                e.text(m, y, qn, s.bold, 8.5)
                y = ticks(e, s, m, y + 14, w - 2 * m, opts, {rng.randrange(len(opts))}, pt=8) + 6
            write_lines = wrap(
                "This page is detached from your application on receipt and "
                "is used only for anonymous monitoring.",
                s.font,
                7.5,
                w - 2 * m,
            )
        else:
            items = [prose(rng, lg, 1, 2) for _ in range(rng.randint(4, 7))]
            for k, t in enumerate(items, 1):
                for j, ln in enumerate(wrap(t, s.font, 8.5, w - 2 * m - 20)):
                    e.text(m, y, f"{k}." if j == 0 else "", s.font, 8.5)
                    e.text(m + 20, y, ln, s.font, 8.5)
                    y += 11.5
                y += 5
            y = ticks(
                e,
                s,
                m,
                y + 10,
                w - 2 * m,
                [
                    tr(
                        lg,
                        "",
                        "Ich bin mit der Veroeffentlichung von Fotos einverstanden",
                        "Droit a l'image accepte",
                    )
                ],
                {0},
                pt=8,
            )
            write_lines = []
            sign(e, m + 60, y + 24, lines[0])
            e.text(m, y + 24, tr(lg, "", "Unterschrift", "Signature"), s.font, 8)
        for ln in write_lines:
            e.text(m, y + 8, ln, s.font, 7.5)
            y += 10
        pages.append(e)
    return close(pages, s, h, numbers=rng.choice(["none", "none", h.numbers]))


def tpl_vetting(rng: random.Random, who: Issuer) -> list[Page]:
    """The vetting paper of a volunteer: the English charity's DBS identity verification and
    consent form (documents seen ticked, level of check, both signatures), the German
    Verein's Bestaetigung for the Meldebehoerde to apply for an erweitertes
    Fuehrungszeugnis free of charge, the French attestation sur l'honneur signed by the
    volunteer; one page."""
    h = charity_head()
    lg = h.lang
    d = on(rng)
    v = memo().get("volunteer")
    if not (isinstance(v, dict) and OFFICE["last"] == "volunteer_application"):
        v = a_volunteer(rng, lg)
    then = v.get("date")
    if isinstance(then, date):
        d = then + timedelta(days=rng.randint(4, 30))
    lines = [str(t) for t in v["lines"]]  # type: ignore[union-attr]
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    c = charity()
    if lg == "en":
        y = m - 4
        p.text(m, y, c.name, s.bold, 10)
        p.text(w - m, y, "CONFIDENTIAL", "Helvetica-Bold", 9, "right")
        y += 24
        p.text(m, y, "DBS check - identity verification and applicant consent", s.bold, 12.5)
        y += 18
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Applicant surname", bare(lines[0]).split()[-1]),
                ("Forename(s)", bare(lines[0]).split()[0]),
                ("Date of birth", date_text(v["born"], "en", "short")),  # type: ignore[arg-type]
                ("Current address", ", ".join(lines[1:])),
                ("Volunteer role", str(v["role"])),
                (
                    "Level of check",
                    rng.choice(
                        [
                            "Enhanced - child workforce",
                            "Enhanced - adult workforce",
                            "Basic",
                            "Standard",
                        ]
                    ),
                ),
            ],
            per=2,
            tall=25,
        )
        y = band(p, s, y, "Documents seen (originals only) - Route 1")
        docs = [
            "Passport",
            "Photocard driving licence",
            "Birth certificate",
            "Utility bill (< 3 months)",
            "Bank statement (< 3 months)",
            "Council tax statement",
            "P60",
            "Marriage certificate",
        ]
        y = ticks(p, s, m, y + 12, w - 2 * m, docs, set(rng.sample(range(8), 3)), pt=8.5)
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Document no. (group 1)", serial(rng, "999999999")),
                ("Address history checked (5 years)", "yes"),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, "Applicant consent")
        for ln in wrap(
            "I consent to the charity submitting an application for a criminal record "
            "check to the Disclosure and Barring Service through its umbrella body and "
            "to the result being shared with the charity's safeguarding lead. I have "
            "read the charity's policy on the recruitment of ex-offenders.",
            s.font,
            8.5,
            w - 2 * m,
        ):
            y += 11.5
            p.text(m, y, ln, s.font, 8.5)
        y += 24
        p.text(m, y, "Applicant signature", s.font, 8)
        sign(p, m + 100, y, lines[0])
        p.text(w - m - 120, y, date_text(d, "en", "short"), HAND, 9)
        y += 30
        p.text(m, y, "ID verified by (name, role)", s.font, 8)
        verifier = person(rng, "en", False)
        p.text(m + 130, y, verifier + " - Volunteer Coordinator", HAND, 9)
        y += 22
        sign(p, m + 100, y, verifier)
        p.text(m, y, "Signature", s.font, 8)
        y += 30
        y = band(p, s, y, "Office use", 0.7)
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                ("E-bulk ref", serial(rng, "E99999999") if rng.random() < 0.6 else ""),
                ("Certificate no.", ""),
                ("Date issued", ""),
                ("Seen by", ""),
            ],
            per=4,
            tall=24,
        )
        return close([p], s, h, numbers="none")
    if lg == "de":
        y = heading(p, s, h)
        f = Sheets(A4, hh - 60, lambda _p, _n: y)
        f.page, f.pages, f.y = p, [p], y
        recipient(f, s, h, [lines[0], *lines[1:]], d, [("Zur Vorlage", "bei der Meldebehoerde")])
        caption(f, s, "Bestaetigung zur Beantragung eines erweiterten Fuehrungszeugnisses", 1)
        caption(f, s, "nach Paragraph 30a Abs. 2 Bundeszentralregistergesetz (BZRG)", -1)
        write(
            f,
            s,
            f"Hiermit wird bestaetigt, dass der {c.name}, {c.street}, {c.town}, "
            "entsprechend den Vorgaben des Paragraph 72a SGB VIII die persoenliche Eignung von "
            "ehrenamtlich Taetigen ueberprueft. Dazu ist die Vorlage eines erweiterten "
            "Fuehrungszeugnisses erforderlich.",
        )
        y2 = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Name, Vorname", bare(lines[0])),
                ("Geburtsdatum", date_text(v["born"], "de", "short")),  # type: ignore[arg-type]
                ("Anschrift", ", ".join(lines[1:])),
                ("Taetigkeit", str(v["role"]) + " (ehrenamtlich)"),
            ],
            per=2,
            tall=25,
            hand=False,
        )
        f.y = y2
        write(
            f,
            s,
            "Die Taetigkeit wird ehrenamtlich ausgeuebt. Es wird daher die Befreiung von "
            "der Gebuehr gemaess Paragraph 12 JVKostG beantragt.",
        )
        write(f, s, "Das Fuehrungszeugnis ist an die antragstellende Person zu senden.", pt=8.5)
        f.y += 30
        sign(f.page, m, f.y, person(rng, "de", False))
        f.page.line(m, f.y + 4, m + 200, f.y + 4)
        f.page.text(m, f.y + 14, "Unterschrift und Stempel des Traegers", s.font, 7)
        stamp(f.page, m + 250, f.y - 30, [c.name.split()[0].upper()[:18], c.town])
        return close([p], s, h, numbers="none")
    y = m
    p.text(w / 2, y + 10, "ATTESTATION SUR L'HONNEUR", s.bold, 14, "center")
    p.text(
        w / 2,
        y + 26,
        "Benevoles intervenant aupres de mineurs ou de personnes vulnerables",
        s.font,
        8.5,
        "center",
    )
    y += 60
    for lab, val in [
        ("Je soussigne(e)", lines[0]),
        ("ne(e) le", date_text(v["born"], "fr", "short")),  # type: ignore[arg-type]
        ("demeurant", ", ".join(lines[1:])),
        ("benevole au sein de", c.name),
    ]:
        p.text(m, y, lab, s.font, 10)
        p.line(m + 110, y + 3, w - m, y + 3)
        p.text(m + 116, y, fit(val, HAND, 11, w - 2 * m - 120), HAND, 11)
        y += 26
    for t in [
        "atteste sur l'honneur ne pas avoir fait l'objet d'une condamnation pour crime ou "
        "delit incompatible avec l'exercice d'une activite aupres de mineurs ;",
        "accepte que l'association verifie mon honorabilite par la consultation du fichier "
        "judiciaire automatise des auteurs d'infractions sexuelles (FIJAIS) ;",
        "m'engage a informer l'association de tout changement de situation.",
    ]:
        lines_ = wrap(t, s.font, 9.5, w - 2 * m - 16)
        p.text(m, y, "-", s.font, 9.5)
        for ln in lines_:
            p.text(m + 16, y, ln, s.font, 9.5)
            y += 13
        y += 6
    y += 20
    p.text(m, y, "Fait a", s.font, 10)
    p.text(m + 40, y, lines[-1].split(maxsplit=1)[-1], HAND, 11)
    p.text(m + 200, y, "le", s.font, 10)
    p.text(m + 220, y, date_text(d, "fr", "short"), HAND, 11)
    y += 30
    p.text(m, y, 'Signature precedee de la mention "lu et approuve"', s.font, 8)
    p.text(m + 20, y + 24, "lu et approuve", HAND, 10)
    sign(p, m + 120, y + 30, lines[0])
    if rng.random() < 0.5:
        p.text(m, hh - 60, "Piece jointe : copie de la piece d'identite (recto/verso)", s.font, 7.5)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates CC: trustees, bank and suppliers
# ---------------------------------------------------------------------------------------------


def a_meeting(rng: random.Random, lang: str) -> dict[str, object]:
    m: dict[str, object] = {
        "date": on(rng),
        "trustees": [person(rng, lang, False) for _ in range(rng.randint(5, 9))],
        "venue": tr(
            lang,
            rng.choice(
                ["the Community Room", "the charity's office", "St Mary's church hall", "Zoom"]
            ),
            rng.choice(["Vereinsraum", "Geschaeftsstelle", "Gemeindehaus St. Jakob"]),
            rng.choice(["local de l'association", "salle municipale", "visioconference"]),
        ),
    }
    memo()["meeting"] = m
    return m


AGENDA = {
    "en": [
        "Welcome and apologies",
        "Declarations of interest",
        "Minutes of the last meeting",
        "Matters arising",
        "Chief Executive's report",
        "Finance: management accounts",
        "Fundraising update",
        "Risk register review",
        "Safeguarding report",
        "Policy approvals",
        "Any other business",
        "Date of next meeting",
    ],
    "de": [
        "Begruessung und Feststellung der Beschlussfaehigkeit",
        "Protokoll der letzten Sitzung",
        "Bericht des Vorstands",
        "Kassenbericht",
        "Spendenentwicklung",
        "Ehrenamt",
        "Veranstaltungen",
        "Antraege",
        "Verschiedenes",
        "Naechster Termin",
    ],
    "fr": [
        "Approbation du proces-verbal",
        "Rapport moral",
        "Point financier",
        "Budget previsionnel",
        "Benevolat",
        "Evenements a venir",
        "Adhesions",
        "Questions diverses",
        "Date de la prochaine reunion",
    ],
}
ACCOUNTS = {
    "en": [
        "Donations",
        "Legacies",
        "Grants",
        "Gift Aid",
        "Events",
        "Trading (shop)",
        "Investment income",
        "Staff costs",
        "Premises",
        "Project costs",
        "Fundraising costs",
        "Governance",
        "Depreciation",
    ],
    "de": [
        "Spenden",
        "Mitgliedsbeitraege",
        "Zuschuesse",
        "Bussgelder",
        "Veranstaltungen",
        "Personalkosten",
        "Miete und Nebenkosten",
        "Projektkosten",
        "Fahrzeugkosten",
        "Verwaltung",
        "Versicherungen",
    ],
    "fr": [
        "Dons",
        "Cotisations",
        "Subventions",
        "Legs",
        "Manifestations",
        "Salaires et charges",
        "Loyer et charges",
        "Achats projets",
        "Deplacements",
        "Frais de gestion",
        "Assurances",
    ],
}


def tpl_board_papers(rng: random.Random, who: Issuer) -> list[Page]:
    """The pack for a trustees' meeting, sent in one go: the agenda, then one to three
    papers (the chief executive's report, the management accounts on landscape A4, the risk
    register on landscape A4), each paper headed with its number."""
    h = charity_head()
    lg = h.lang
    mt = a_meeting(rng, lg)
    d = mt["date"]
    assert isinstance(d, date)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    c = charity()
    board = tr(lg, "Board of Trustees", "Vorstandssitzung", "Conseil d'administration")
    f = sheets(s, h, f"{c.name} - {board} {day(h, d)}")
    caption(f, s, board, 3)
    f.page.text(
        m,
        f.y,
        f"{day(h, d)}, {rng.choice(['18:00', '18:30', '19:00', '10:00'])} - " + str(mt["venue"]),
        s.font,
        s.size,
    )
    f.y += 22
    caption(f, s, tr(lg, "AGENDA", "TAGESORDNUNG", "ORDRE DU JOUR"), 1)
    items = AGENDA[lg][:]
    papers = []
    for k, t in enumerate(items, 1):
        ref = ""
        if t in (AGENDA[lg][4], AGENDA[lg][5], AGENDA[lg][7]) and rng.random() < 0.8:
            papers.append(t)
            ref = tr(lg, "Paper ", "Anlage ", "Annexe ") + str(len(papers))
        f.need(16)
        f.page.text(m, f.y, f"{k}.", s.font, s.size)
        f.page.text(m + 24, f.y, t, s.font, s.size)
        if ref:
            f.page.text(w - m, f.y, ref, italic_of(s.font), s.size - 1, "right")
        f.y += s.size * 1.9
    pages = close(f.pages, s, h, numbers="none")
    if not papers:
        papers = [AGENDA[lg][5]]
    for k, t in enumerate(papers[: rng.randint(1, 3)], 1):
        label = tr(lg, "Paper ", "Anlage ", "Annexe ") + f"{k} - {t}"
        if k == 1 and t == AGENDA[lg][4]:
            g = sheets(s, None, f"{label} - {date_text(d, lg, 'short')}", top=False)
            g.page.text(w - m, g.y, label, s.bold, 9, "right")
            g.y += 20
            caption(g, s, t, 2)
            for _ in range(rng.randint(3, 6)):
                if rng.random() < 0.5:
                    g.heading(m, words(rng, lg, rng.randint(2, 4))[:-1], s.bold, s.size + 0.5)
                write(g, s, prose(rng, lg, 2, 4))
            pages += g.pages
            continue
        ls = landscape(A4)
        lw, lh = ls
        p = Page(ls)
        p.text(
            36, 36, fit(f"{c.name} - {label}", "Helvetica-Bold", 11, lw - 200), "Helvetica-Bold", 11
        )
        p.text(lw - 36, 36, date_text(d, lg, "short"), "Helvetica", 8, "right")
        ss = Style("Helvetica", "Helvetica-Bold", 8, 36, "none", "bottom", ls, "short")
        fl = Sheets(ls, lh - 40, lambda _p, _n: 60.0)
        fl.page, fl.pages, fl.y = p, [p], 64.0
        if t == AGENDA[lg][5]:
            cols = columns(36, lw - 36, [(3, "left")] + [(1, "right")] * 6)
            rows = []
            for a in rng.sample(ACCOUNTS[lg], rng.randint(8, len(ACCOUNTS[lg]))):
                b = rng.randint(2, 300) * 100
                act = b * rng.uniform(0.6, 1.3)
                rows.append(
                    [
                        a,
                        money(b, lg),
                        money(act, lg),
                        money(act - b, lg),
                        f"{(act - b) / b * 100:+.0f}%",
                        money(b * 1.5, lg),
                        money(b * 1.45, lg),
                    ]
                )
            table(
                fl,
                cols,
                [
                    tr(lg, "Income / expenditure", "Einnahmen / Ausgaben", "Produits / charges"),
                    tr(lg, "Budget YTD", "Plan lfd.", "Budget cumul"),
                    tr(lg, "Actual YTD", "Ist lfd.", "Realise"),
                    tr(lg, "Variance", "Abw.", "Ecart"),
                    "%",
                    tr(lg, "Full year", "Plan Jahr", "Budget annuel"),
                    tr(lg, "Forecast", "Prognose", "Prevision"),
                ],
                rows,
                ss,
                rules=True,
                shade=0.88,
                step=1.9,
            )
            fl.y += 10
            fl.para(
                36,
                lw - 72,
                tr(lg, "Notes: ", "Erlaeuterungen: ", "Commentaires : ") + prose(rng, lg, 1, 3),
                "Helvetica",
                8,
            )
        else:
            cols = columns(
                36,
                lw - 36,
                [
                    (0.5, "left"),
                    (3, "left"),
                    (0.6, "center"),
                    (0.6, "center"),
                    (0.6, "center"),
                    (3, "left"),
                    (1.2, "left"),
                ],
            )
            rows = []
            for j in range(rng.randint(6, 14)):
                li, im = rng.randint(1, 5), rng.randint(1, 5)
                rows.append(
                    [
                        f"R{j + 1}",
                        words(rng, lg, 5)[:-1],
                        str(li),
                        str(im),
                        str(li * im),
                        words(rng, lg, 6)[:-1],
                        person(rng, lg, False),
                    ]
                )
            table(
                fl,
                cols,
                [
                    "#",
                    tr(lg, "Risk", "Risiko", "Risque"),
                    "L",
                    "I",
                    tr(lg, "Score", "Wert", "Note"),
                    tr(lg, "Controls", "Massnahmen", "Mesures"),
                    tr(lg, "Owner", "Verantwortlich", "Responsable"),
                ],
                rows,
                ss,
                rules=True,
                shade=0.88,
                step=2.0,
            )
        pages += fl.pages
    if h.numbers != "none" and rng.random() < 0.5:
        number_pages(pages, s, "{i}", "br")
    return pages


def tpl_minutes(rng: random.Random, who: Issuer) -> list[Page]:
    """The minutes of a trustees' meeting (Protokoll der Vorstandssitzung, proces-verbal du
    conseil d'administration): who was present, numbered items with decisions, the action
    log and the chair's signature as a true record; one to four pages."""
    h = charity_head()
    lg = h.lang
    mt = memo().get("meeting")
    if not (isinstance(mt, dict) and OFFICE["last"] == "board_papers"):
        mt = a_meeting(rng, lg)
    d = mt["date"]
    assert isinstance(d, date)
    s = style_of(h, A4, pt=min(h.size, 9.5))
    w, _ = A4
    m = s.margin
    c = charity()
    top = rng.random() < 0.5
    f = sheets(
        s, h, tr(lg, "Minutes - ", "Protokoll - ", "PV - ") + date_text(d, lg, "short"), top=top
    )
    title_ = tr(
        lg,
        "Minutes of the meeting of the Board of Trustees",
        "Protokoll der Vorstandssitzung",
        "Proces-verbal de la reunion du conseil d'administration",
    )
    if not top:
        f.page.text(w / 2, f.y, c.name, s.bold, s.size + 3, "center")
        f.y += 20
    caption(f, s, title_, 2)
    f.page.text(
        m,
        f.y,
        tr(lg, "held on ", "am ", "du ")
        + day(h, d)
        + tr(lg, " at ", ", ", " - ")
        + str(mt["venue"]),
        s.font,
        s.size,
    )
    f.y += 20
    trustees = [str(t) for t in mt["trustees"]]  # type: ignore[union-attr]
    chair = trustees[0]
    write(
        f,
        s,
        tr(lg, "Present: ", "Anwesend: ", "Presents : ")
        + ", ".join(
            f"{t} ({tr(lg, 'Chair', 'Vorsitz', 'president')})" if k == 0 else t
            for k, t in enumerate(trustees[:-1])
        ),
    )
    write(f, s, tr(lg, "Apologies: ", "Entschuldigt: ", "Excuses : ") + trustees[-1])
    if rng.random() < 0.6:
        write(
            f,
            s,
            tr(lg, "In attendance: ", "Gaeste: ", "Invites : ")
            + person(rng, lg, False)
            + tr(lg, " (Chief Executive)", " (Geschaeftsfuehrung)", " (coordinatrice)"),
        )
    items = AGENDA[lg][:]
    n = rng.randint(4, len(items))
    for k, t in enumerate(items[:n], 1):
        head_ = tr(lg, f"{k}. {t}", f"TOP {k}: {t}", f"{k}. {t}")
        f.heading(m, head_, s.bold, s.size + 0.5)
        write(f, s, prose(rng, lg, 1, 3))
        if rng.random() < 0.3:
            write(
                f,
                s,
                tr(lg, "RESOLVED: ", "Beschluss: ", "Deliberation : ")
                + words(rng, lg, rng.randint(8, 14))
                + tr(lg, "", " (einstimmig)", " Adoptee a l'unanimite."),
                indent=20,
            )
    if rng.random() < 0.7:
        f.heading(m, tr(lg, "Action log", "Aufgaben", "Suivi des actions"), s.bold, s.size + 1)
        cols = columns(m, w - m, [(0.5, "left"), (4, "left"), (1.4, "left"), (1.2, "left")])
        rows = [
            [
                str(k + 1),
                words(rng, lg, rng.randint(5, 9))[:-1],
                rng.choice(trustees),
                date_text(d + timedelta(days=rng.randint(14, 90)), lg, "short"),
            ]
            for k in range(rng.randint(3, 8))
        ]
        table(
            f,
            cols,
            [
                "#",
                tr(lg, "Action", "Aufgabe", "Action"),
                tr(lg, "Who", "Wer", "Qui"),
                tr(lg, "By", "Bis", "Echeance"),
            ],
            rows,
            s,
            rules=True,
        )
    f.need(70)
    f.y += 20
    f.page.text(
        m,
        f.y,
        tr(lg, "Signed as a true record (Chair)", "Protokoll genehmigt:", "Le president"),
        s.font,
        8.5,
    )
    if rng.random() < 0.7:
        sign(f.page, m + 170, f.y, chair)
    f.page.text(w / 2 + 60, f.y, tr(lg, "Date", "Protokollfuehrung", "La secretaire"), s.font, 8.5)
    if lg != "en":
        sign(f.page, w / 2 + 140, f.y, trustees[1])
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                h.numbers,
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "{i}/{n}",
            ]
        ),
    )


BANK_TEXT = {
    "en": [
        ("BGC", "in"),
        ("SO {name}", "in"),
        ("CAF DONATE", "in"),
        ("JUSTGIVING PAYOUT", "in"),
        ("PAYPAL GIVING FUND", "in"),
        ("HMRC GIFT AID", "in"),
        ("DD NEST PENSIONS", "out"),
        ("BACS SALARIES", "out"),
        ("DD BRITISH GAS", "out"),
        ("FPO {supp}", "out"),
        ("CHQ {chq}", "out"),
        ("CARD ASDA STORES", "out"),
        ("CASH DEPOSIT", "in"),
    ],
    "de": [
        ("GUTSCHRIFT SPENDE {name}", "in"),
        ("SEPA-LASTSCHRIFTEINZUG MITGLIEDSBEITRAEGE", "in"),
        ("GUTSCHRIFT BETTERPLACE", "in"),
        ("BAREINZAHLUNG", "in"),
        ("UEBERWEISUNG {supp}", "out"),
        ("DAUERAUFTRAG MIETE", "out"),
        ("LASTSCHRIFT STADTWERKE", "out"),
        ("ENTGELT KONTO", "out"),
        ("GUTSCHRIFT BUSSGELD AG", "in"),
    ],
    "fr": [
        ("VIR RECU {name}", "in"),
        ("PRLV SEPA DONS MENSUELS", "in"),
        ("REMISE CHEQUES", "in"),
        ("VIR HELLOASSO", "in"),
        ("VERSEMENT ESPECES", "in"),
        ("PRLV URSSAF", "out"),
        ("VIR EMIS {supp}", "out"),
        ("CB CARREFOUR", "out"),
        ("FRAIS TENUE DE COMPTE", "out"),
    ],
}


def tpl_bank_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The charity's bank statement: the bank's heading on every page, the account, the
    statement number and period, the transactions with donations in and payments out, the
    balance; one to three pages, numbered by the bank."""
    h = head_of(who, "bank")
    lg = h.lang
    c = charity()
    d = on(rng)
    d = date(d.year, d.month, 1)
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    no = rng.randint(20, 240)
    title_ = tr(lg, "Statement", "Kontoauszug", "Releve de compte")
    sup = [x[0].split()[0].upper() for x in ROLES["supplier"] if x[1] == lg]

    def start(p: Page, n: int) -> float:
        y = heading(p, s, h)
        p.text(m, y, f"{title_} {tr(lg, 'no.', 'Nr.', 'n.')} {no}", s.bold, 11)
        p.text(w - m, y, c.name, s.font, 8.5, "right")
        p.text(
            w - m,
            y + 11,
            c.account
            if lg != "en"
            else f"{tr(lg, 'Sort code', '', '')} {c.account.split(' / ')[0]}  "
            f"{tr(lg, 'Account', '', '')} {c.account.split(' / ')[-1]}",
            s.font,
            8.5,
            "right",
        )
        return y + 30

    f = Sheets(A4, hh - m - 7 * len(h.foot) - 10, start)
    end = d + timedelta(days=rng.choice([27, 29, 30]))
    f.page.text(m, f.y, f"{date_text(d, lg, 'short')} - {date_text(end, lg, 'short')}", s.font, 8.5)
    f.y += 14
    if rng.random() < 0.5:
        window(
            f.page,
            s,
            None,
            f.y,
            [
                c.name,
                tr(lg, "The Treasurer", "z. Hd. Kassenwart", "A l'attention du tresorier"),
                c.street,
                c.town,
            ],
        )
        f.y += 60
    bal = float(rng.randint(2000, 60000))
    rows = [
        [
            date_text(d, lg, "short"),
            tr(lg, "Balance brought forward", "Alter Kontostand", "Ancien solde"),
            "",
            "",
            money(bal, lg),
        ]
    ]
    day_ = d
    for _ in range(rng.choice([8, 14, 22, 34, 50])):
        day_ = min(end, day_ + timedelta(days=rng.choice([0, 0, 1, 1, 2, 3])))
        t, way = rng.choice(BANK_TEXT[lg])
        t = t.format(
            name=bare(person(rng, lg, False)).upper(),
            supp=rng.choice(sup),
            chq=serial(rng, "999999"),
        )
        v = round(rng.choice([gift(rng), rng.uniform(20, 2400)]), 2)
        bal += v if way == "in" else -v
        rows.append(
            [
                date_text(day_, lg, "short"),
                t,
                money(v, lg) if way == "out" else "",
                money(v, lg) if way == "in" else "",
                money(bal, lg),
            ]
        )
    cols = columns(
        m, w - m, [(1.2, "left"), (4, "left"), (1.3, "right"), (1.3, "right"), (1.4, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Buchungstext", "Libelle"),
            tr(lg, "Paid out", "Soll", "Debit"),
            tr(lg, "Paid in", "Haben", "Credit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        shade=0.88,
        step=1.75,
    )
    f.need(30)
    f.page.line(m, f.y - 4, w - m, f.y - 4)
    f.page.text(
        m,
        f.y + 8,
        tr(lg, "Balance carried forward", "Neuer Kontostand", "Nouveau solde")
        + f"  {money(bal, lg)} {currency(lg) if lg != 'en' else 'GBP'}",
        s.bold,
        9,
    )
    numbers = tr(lg, "Page {i} of {n}", "Blatt {i} von {n}", "Page {i}/{n}")
    return close(f.pages, s, h, numbers=numbers if rng.random() < 0.85 else "none")


GOODS = {
    "en": [
        ("A5 leaflets, 4pp colour, 5000", 1, 389),
        ("Appeal letters, print and fold", 1, 612),
        ("Minibus hire (17 seat), per day", 2, 95),
        ("Mileage over 100 miles", 120, 0.35),
        ("Buffet lunch per head", 45, 8.5),
        ("Tea and coffee per head", 60, 2.2),
        ("Main hall hire, per hour", 4, 28),
        ("Copier paper A4, box", 5, 24.99),
        ("Collection tins with seals", 50, 1.85),
        ("Roller banner 850 mm", 2, 65),
    ],
    "de": [
        ("Flyer DIN lang, 4/4-farbig, 2.500 St.", 1, 186),
        ("Spendenbriefe inkl. Kuvertierung", 1, 540),
        ("Transporter Sprinter, Tagesmiete", 2, 89),
        ("Mehrkilometer", 140, 0.29),
        ("Buffet pro Person", 40, 14.5),
        ("Getraenkepauschale", 40, 6),
        ("Kopierpapier A4, Karton", 4, 26.9),
        ("Sammeldosen mit Siegel", 30, 3.4),
    ],
    "fr": [
        ("Depliants A5 quadri, 3000 ex.", 1, 245),
        ("Affiches A3", 50, 1.2),
        ("Location utilitaire 12 m3, jour", 2, 79),
        ("Kilometres supplementaires", 90, 0.3),
        ("Buffet froid par personne", 50, 12),
        ("Location salle, soiree", 1, 180),
        ("Ramettes papier A4", 10, 5.9),
        ("Troncs de collecte", 20, 4.5),
    ],
}


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's invoice to the charity (printer, caterer, van hire, hall, office
    supplies): items with VAT, the bank details, sometimes a remittance slip to tear off or
    the terms printed on a second page; the delivery note stapled behind belongs to it."""
    h = head_of(who, "supplier")
    lg = h.lang
    d = on(rng)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER, pt=9)
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["INV-99999", "99999", "RE-2024-9999", "F999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        charity_lines(lg, tr(lg, "Accounts", "Buchhaltung", "Comptabilite")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(seeded(who, "cust"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    items = rng.sample(GOODS[lg], rng.randint(1, 5))
    rate = {"en": 0.2, "de": 0.19, "fr": 0.2}[lg]
    rows = []
    net = 0.0
    for t, q, u in items:
        q = max(1, int(q * rng.uniform(0.5, 1.5))) if q > 1 else 1
        v = q * u
        net += v
        rows.append([t, str(q), money(u, lg), money(v, lg)])
    cols = columns(m, w - m, [(5, "left"), (0.8, "right"), (1.2, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit", "Einzelpreis", "P.U. HT"),
            tr(lg, "Net", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        rules=True,
    )
    vat = 0.0 if rng.random() < 0.2 else net * rate
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.55,
            f.y + 6,
            [
                (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
                (
                    tr(lg, "VAT 20%", "USt 19 %", "TVA 20 %")
                    if vat
                    else tr(
                        lg,
                        "VAT (not registered)",
                        "Kleinunternehmer, Paragraph 19 UStG",
                        "TVA non applicable, art. 293 B du CGI",
                    ),
                    money(vat, lg),
                ),
                (tr(lg, "TOTAL DUE", "Rechnungsbetrag", "TOTAL TTC"), cash(net + vat, lg)),
            ],
            w - m,
            9.5,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment within {rng.choice([14, 30])} days to ",
            f"Zahlbar innerhalb {rng.choice([10, 14, 30])} Tagen ohne Abzug. ",
            "Paiement a 30 jours. ",
        )
        + prose(rng, lg, 0, 1),
        pt=8,
    )
    pages = close(f.pages, s, h)
    last = pages[-1]
    if f.y < hh - 170 and rng.random() < 0.4:
        y = hh - 130
        slip_rule(
            last,
            20,
            w - 20,
            y,
            tr(
                lg,
                "REMITTANCE ADVICE - please return with payment",
                "Bitte abtrennen",
                "Coupon a joindre au reglement",
            ),
        )
        pairs(
            last,
            s,
            m,
            y + 22,
            [
                (tr(lg, "Customer", "Kunde", "Client"), charity().name),
                (tr(lg, "Invoice no.", "Rechnung", "Facture"), no),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(net + vat, lg)),
            ],
            w / 2,
            8.5,
        )
        last.text(
            w / 2 + 20, y + 22, tr(lg, "Paid by:  BACS / cheque", "", "Regle par :"), s.font, 8
        )
    if rng.random() < 0.3:
        p = Page(s.page_size)
        p.text(
            m,
            40,
            tr(
                lg,
                "Terms and conditions of sale",
                "Allgemeine Geschaeftsbedingungen",
                "Conditions generales de vente",
            ),
            s.bold,
            10,
        )
        cw = (w - 2 * m - 14) / 2
        x, y = m, 60.0
        for k in range(rng.randint(12, 20)):
            for ln in wrap(f"{k + 1}. " + prose(rng, lg, 1, 2), s.font, 6.5, cw):
                if y > hh - 40:
                    if x > m:
                        break
                    x, y = m + cw + 14, 60.0
                p.text(x, y, ln, s.font, 6.5)
                y += 8
            y += 3
        pages.append(p)
    elif rng.random() < 0.25:
        p = Page(A5)
        p.text(30, 40, h.name, "Helvetica-Bold", 10)
        p.text(
            30,
            62,
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
            + " "
            + serial(rng, "99999"),
            "Helvetica-Bold",
            9,
        )
        y = 90.0
        for t, _q, _u in items:
            p.text(30, y, fit(t, "Helvetica", 8, 300), "Helvetica", 8)
            p.text(A5[0] - 30, y, str(rng.randint(1, 20)), HAND, 9, "right")
            y += 14
        p.text(30, y + 30, tr(lg, "Received by", "Erhalten", "Recu par"), "Helvetica", 8)
        sign(p, 100, y + 30, person(rng, lg, False))
        pages.append(p)
    if rng.random() < 0.35:
        received(pages[0], got(home(), d + timedelta(days=4)))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CC: legacies
# ---------------------------------------------------------------------------------------------


def will_page(
    p: Page, rng: random.Random, lang: str, deceased: str, clause: int, amount: float, residue: bool
) -> None:
    """A photocopied page of a will: typed clauses in a serif face, the marginal initials, a
    certified copy stamp."""
    w, hh = p.size
    m = 80.0
    c = charity()
    y = 70.0
    title = tr(lang, "THIS IS THE LAST WILL AND TESTAMENT", "Testament", "TESTAMENT")
    p.text(
        w / 2,
        y,
        title + (f" of {deceased.upper()}" if lang == "en" else ""),
        "Times-Bold",
        12,
        "center",
    )
    y += 30
    start = max(1, clause - 2)
    for k in range(start, clause + 3):
        if k == clause:
            body = tr(
                lang,
                f"I GIVE to {c.name} (registered charity number {c.reg}) "
                + (
                    "the whole of my residuary estate"
                    if residue
                    else f"the sum of {in_words(amount, 'en').upper()} "
                    f"(\u00a3{money(amount, 'en')})"
                )
                + " for its general charitable purposes and I DECLARE that the receipt of the "
                "treasurer or other proper officer shall be a sufficient discharge to my "
                "Executors.",
                f"Dem {c.name}, {c.town}, vermache ich "
                + (
                    "ein Viertel meines Nachlasses"
                    if residue
                    else f"einen Geldbetrag von {money(amount, 'de')} EUR"
                )
                + " zur Verwendung fuer seine satzungsgemaessen Zwecke.",
                f"Je legue a l'{c.name} "
                + (
                    "la quotite disponible de mes biens"
                    if residue
                    else f"la somme de {money(amount, 'fr')} euros"
                )
                + " nette de tous frais et droits, pour ses oeuvres.",
            )
        else:
            body = tr(lang, "I GIVE ", "Ich bestimme ", "Je ") + prose(rng, lang, 1, 2)
        lines = wrap(f"{k}. {body}", "Times-Roman", 11, w - 2 * m)
        for ln in lines:
            if y > hh - 140:
                break
            p.text(m, y, ln, "Times-Roman", 11)
            y += 16
        y += 8
    p.text(w - 50, hh - 80, initials(deceased), INK, 12, "right")
    stamp(
        p,
        70,
        hh - 120,
        [
            tr(lang, "CERTIFIED TRUE COPY", "BEGLAUBIGTE ABSCHRIFT", "COPIE CERTIFIEE CONFORME"),
            tr(lang, "of the original", "", "a l'original"),
        ],
    )


def tpl_legacy_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A solicitor's or notary's letter about a legacy to the charity: the estate and the
    gift, the next steps, with the extract of the will (a photocopied page) and often a form
    of receipt / Quittung / quittance to sign and return; all one document."""
    h = head_of(who, "solicitor")
    lg = h.lang
    d = on(rng)
    c = charity()
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    deceased = bare(person(rng, lg, False))
    residue = rng.random() < 0.3
    amount = float(rng.choice([500, 1000, 2000, 2500, 5000, 10000, 25000]))
    if residue:
        amount = float(rng.randint(12, 180) * 1000)
    ref = serial(rng, "AAA/99999/9")
    memo()["donor"] = {
        "name": h.name,
        "lines": [h.name, h.street, h.town],
        "amount": amount,
        "what": "legacy",
        "date": d,
        "deceased": deceased,
        "their": ref,
        "ref": "",
    }
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        [tr(lg, "The Legacy Officer", "Vorstand", "Madame la Presidente"), *charity_lines(lg)],
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "N/Ref."), ref),
            (tr(lg, "Your ref", "Ihr Zeichen", "V/Ref."), ""),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Estate of the late {deceased} deceased",
            f"Nachlasssache {deceased}, verstorben am "
            f"{date_text(d - timedelta(days=rng.randint(60, 300)), 'de', 'short')}",
            f"Succession de {deceased}",
        ),
        1,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"We act in the administration of the estate of the above named, who died on "
            f"{date_text(d - timedelta(days=rng.randint(60, 300)), 'en', 'long')}. Probate was "
            "granted to our partner and the deceased's nephew as executors. Under clause "
            f"{rng.randint(4, 9)} of the Will, "
            + (
                "your charity is entitled to a one-quarter share of the residuary estate."
                if residue
                else f"your charity receives a pecuniary legacy of \u00a3{money(amount, 'en')}."
            ),
            "in der oben genannten Nachlasssache teilen wir Ihnen mit, dass die Erblasserin Ihren "
            "Verein in ihrem Testament bedacht hat. "
            + (
                "Ihnen steht ein Viertel des Nachlasses zu."
                if residue
                else f"Es handelt sich um ein Vermaechtnis in Hoehe von {money(amount, 'de')} EUR."
            ),
            "Nous avons l'honneur de vous informer que le defunt a, par testament olographe, "
            "consenti un legs au profit de votre association. "
            + (
                "Il s'agit d'un legs a titre universel."
                if residue
                else f"Il s'agit d'un legs particulier de {money(amount, 'fr')} euros."
            ),
        ),
    )
    write(f, s, prose(rng, lg, 1, 3))
    enclosures = [
        tr(
            lg,
            "Copy of the relevant clause of the Will",
            "Beglaubigte Abschrift (Auszug) des Testaments",
            "Extrait du testament",
        )
    ]
    receipt = rng.random() < 0.6
    if receipt:
        enclosures.append(tr(lg, "Form of receipt", "Quittung", "Quittance"))
        write(
            f,
            s,
            tr(
                lg,
                "We should be grateful if you would sign and return the enclosed form "
                "of receipt, on receipt of which we shall send the funds by bank transfer.",
                "Wir bitten Sie, die beigefuegte Quittung unterschrieben an uns zurueckzusenden.",
                "Nous vous remercions de bien vouloir nous retourner "
                "la quittance ci-jointe signee.",
            ),
        )
    regards(
        f,
        s,
        lg,
        person(rng, lg, False),
        tr(lg, "Partner, Private Client", "Notar", "Notaire"),
        formal=True,
    )
    f.need(40)
    f.page.text(m, f.y, tr(lg, "Enc.", "Anlagen", "P.J.") + "  " + "; ".join(enclosures), s.font, 8)
    f.y += 14
    pages = close(f.pages, s, h)
    p = Page(A4)
    will_page(p, rng, lg, deceased, rng.randint(3, 8), amount, residue)
    pages.append(p)
    if receipt:
        q = Page(A4)
        y = 90.0
        q.text(w / 2, y, tr(lg, "RECEIPT", "QUITTUNG", "QUITTANCE"), "Times-Bold", 16, "center")
        y += 20
        q.text(
            w / 2,
            y,
            tr(
                lg,
                f"Estate of {deceased} deceased",
                f"Nachlass {deceased}",
                f"Succession {deceased}",
            ),
            "Times-Roman",
            11,
            "center",
        )
        y += 40
        text = tr(
            lg,
            f"{c.name} (registered charity number {c.reg}) acknowledges receipt from the "
            f"executors of the estate of the late {deceased} of the sum of "
            f"\u00a3{money(amount, 'en')} in full satisfaction of "
            + ("its share of residue" if residue else "the legacy")
            + " bequeathed to it by the "
            "Will of the deceased.",
            f"Der {c.name} bestaetigt, von der Erbengemeinschaft nach {deceased} den Betrag von "
            f"{money(amount, 'de')} EUR zur Erfuellung des Vermaechtnisses erhalten zu haben.",
            f"L'{c.name} reconnait avoir recu de la succession de {deceased} la somme de "
            f"{money(amount, 'fr')} euros en delivrance du legs consenti a son profit.",
        )
        for ln in wrap(text, "Times-Roman", 11, w - 160):
            q.text(80, y, ln, "Times-Roman", 11)
            y += 16
        y += 40
        for cap in [
            tr(
                lg,
                "Signed for and on behalf of the charity",
                "Fuer den Verein",
                "Pour l'association",
            ),
            tr(lg, "Name and position", "Name, Funktion", "Nom et qualite"),
            tr(lg, "Date", "Ort, Datum", "Fait a ... le"),
        ]:
            q.text(80, y, cap, "Times-Roman", 10)
            q.line(260, y + 3, w - 80, y + 3)
            y += 34
        pages.append(q)
    if rng.random() < 0.4:
        received(pages[0], got(home(), d + timedelta(days=3)))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CC: events, coupons and cash
# ---------------------------------------------------------------------------------------------

EVENTS = {
    "en": [
        "Fen Edge 10k",
        "Sponsored Walk",
        "Great North Swim",
        "Santa Dash",
        "Big Bike Ride",
        "Abseil the Cathedral",
    ],
    "de": ["Spendenlauf", "Benefiz-Radtour", "Sponsorenwanderung", "Nikolauslauf"],
    "fr": ["Course solidaire", "Marche des Jardins", "Randonnee velo", "Foulees de la Bastide"],
}


def tpl_sponsorship_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A sponsorship form returned by a participant of the charity's event, on landscape A4:
    the participant's details, then the sponsors' names, addresses, amounts and gift aid ticks
    written by hand; long lists run onto a second sheet with the same heading."""
    h = charity_head()
    lg = h.lang
    d = on(rng)
    r = seeded(who, "event")
    event = f"{r.choice(EVENTS[lg])} {d.year}"
    ls = landscape(A4)
    w, hh = ls
    s = style_of(h, ls, margin=32, pt=8)
    m = 32.0
    runner = person(rng, lg, False)
    addr = home_address(rng, lg)
    n = rng.choice([5, 8, 11, 14, 18, 24, 30])
    rows: list[list[str]] = []
    total = 0.0
    for _ in range(n):
        nm = bare(person(rng, lg, False))
        a = home_address(rng, lg)
        v = float(rng.choice([2, 5, 5, 10, 10, 15, 20, 25, 50]))
        total += v
        rows.append(
            [
                nm,
                a[0],
                a[1],
                money(v, lg),
                date_text(d + timedelta(days=rng.randint(0, 20)), lg, "short")
                if rng.random() < 0.6
                else "",
                "x" if lg == "en" and rng.random() < 0.6 else "",
            ]
        )
    memo()["donor"] = {
        "name": runner,
        "lines": [runner, *addr],
        "amount": total,
        "what": "sponsor",
        "event": event,
        "date": d + timedelta(days=rng.randint(10, 30)),
        "ref": serial(rng, "99999"),
    }
    heads = [
        tr(lg, "Full name (first name, surname)", "Name, Vorname", "Nom, prenom"),
        tr(lg, "Home address", "Strasse", "Adresse"),
        tr(lg, "Postcode / town", "PLZ Ort", "Code postal, ville"),
        tr(lg, "Amount", "Betrag", "Montant"),
        tr(lg, "Date paid", "Bezahlt am", "Verse le"),
        tr(lg, "Gift Aid", "", ""),
    ]
    spec = [
        (2.2, "left"),
        (2.6, "left"),
        (1.6, "left"),
        (0.8, "right"),
        (1, "center"),
        (0.6, "center"),
    ]
    if lg != "en":
        heads, spec = heads[:5], spec[:5]
        rows = [row[:5] for row in rows]
    per = 13
    pages = []
    for k in range(0, len(rows), per):
        p = Page(ls)
        if k == 0:
            heading(p, s, h)
            y = 80.0
            p.text(
                m,
                y,
                tr(lg, "SPONSORSHIP FORM", "SPONSORENLISTE", "BULLETIN DE PARRAINAGE")
                + f" - {event}",
                s.bold,
                13,
            )
            y += 16
            fields(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (tr(lg, "Participant", "Teilnehmer/in", "Participant(e)"), runner),
                    (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(addr)),
                    (tr(lg, "Event date", "Datum", "Date"), date_text(d, lg, "short")),
                ],
                per=3,
                tall=24,
            )
            y += 34
            if lg == "en":
                note = (
                    "If I have ticked the box headed 'Gift Aid', I confirm that I am a UK "
                    "Income or Capital Gains taxpayer and want the charity to reclaim tax on "
                    "my donation. Only tick if you are paying your own money."
                )
                for ln in wrap(note, s.font, 6.5, w - 2 * m):
                    p.text(m, y, ln, s.font, 6.5)
                    y += 8
            y += 8
        else:
            y = 40.0
            p.text(
                m,
                y,
                fit(
                    f"{h.name} - {event} - " + tr(lg, "continuation sheet", "Fortsetzung", "suite"),
                    s.bold,
                    10,
                    w - 2 * m,
                ),
                s.bold,
                10,
            )
            p.text(w - m, y, runner, HAND, 9, "right")
            y += 22
        cols = columns(m, w - m, spec)
        for c_, t in zip(cols, heads, strict=True):
            p.text(
                c_[0]
                if c_[2] == "left"
                else (c_[0] + c_[1]) / 2
                if c_[2] == "center"
                else c_[1] - 6,
                y,
                fit(t, s.bold, 7.5, c_[1] - c_[0]),
                s.bold,
                7.5,
                c_[2],
            )
        y += 6
        p.line(m, y, w - m, y)
        for row in rows[k : k + per] + [[""] * len(heads)] * max(
            0, (per if k == 0 else per + 4) - len(rows[k : k + per])
        ):
            y += 24
            for c_, t in zip(cols, row, strict=True):
                if t:
                    x = (
                        c_[0] + 2
                        if c_[2] == "left"
                        else ((c_[0] + c_[1]) / 2 if c_[2] == "center" else c_[1] - 6)
                    )
                    p.text(x, y - 6, fit(t, HAND, 9, c_[1] - c_[0] - 4), HAND, 9, c_[2])
            p.line(m, y, w - m, y)
        for c_ in cols[1:]:
            p.line(
                c_[0] - 2,
                y
                - 24
                * (
                    min(per, len(rows) - k)
                    + max(0, (per if k == 0 else per + 4) - len(rows[k : k + per]))
                ),
                c_[0] - 2,
                y,
            )
        pages.append(p)
    last = pages[-1]
    last.text(
        w - m,
        hh - 30,
        tr(lg, "Total raised ", "Summe ", "Total collecte ") + cash(total, lg),
        HAND,
        11,
        "right",
    )
    return pages


def coupon_body(
    p: Page,
    s: Style,
    rng: random.Random,
    lg: str,
    x: float,
    y: float,
    w: float,
    appeal: str,
    donor: dict[str, object],
) -> float:
    """The reply coupon of an appeal, filled in by hand; the y below."""
    c = charity()
    p.text(
        x,
        y,
        tr(
            lg,
            f"YES, I want to help {c.name}",
            "Ja, ich helfe mit!",
            "OUI, je soutiens l'association !",
        ),
        s.bold,
        10.5,
    )
    p.text(x + w, y, tr(lg, "Appeal code ", "Aktion ", "Code ") + appeal, s.font, 6.5, "right")
    y += 16
    amount = float(donor["amount"])  # type: ignore[arg-type]
    opts = ["15", "25", "50", "100"]
    unit = "\u00a3" if lg == "en" else "EUR "
    on_ = {opts.index(str(int(amount)))} if str(int(amount)) in opts else {4}
    y = ticks(
        p,
        s,
        x,
        y,
        w,
        [unit + o for o in opts]
        + [
            tr(lg, "Other ", "anderer Betrag ", "autre ")
            + ("" if on_ != {4} else unit + money(amount, lg))
        ],
        on_,
        pt=8.5,
    )
    lines = [str(t) for t in donor["lines"]]  # type: ignore[union-attr]
    y = fields(
        p,
        s,
        x,
        y,
        w,
        [
            (tr(lg, "Name", "Name", "Nom"), lines[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(lines[1:])),
        ],
        per=2,
        tall=22,
    )
    opts2 = [
        tr(
            lg,
            "I enclose a cheque payable to the charity",
            "Ich habe ueberwiesen",
            "Je joins un cheque",
        ),
        tr(
            lg,
            "Please send me information about leaving a gift in my Will",
            "Bitte senden Sie mir Informationen zum Testament",
            "Je souhaite recevoir la brochure legs",
        ),
    ]
    if lg == "en":
        opts2.append("giftaid it - I am a UK taxpayer (see overleaf)")
    y = ticks(
        p, s, x, y, w, opts2, {0, *([2] if rng.random() < 0.6 and lg == "en" else [])}, pt=7.5
    )
    return y


def tpl_reply_coupon(rng: random.Random, who: Issuer) -> list[Page]:
    """A reply coupon cut off an appeal letter or a newsletter and sent back: a narrow strip
    or a DL card with the amount ticked and the name and address written in; each coupon of a
    batch is a document of its own."""
    h = charity_head()
    lg = h.lang
    r = seeded(who, "coupon")
    size = r.choice(
        [(210 * mm, 99 * mm), (210 * mm, 80 * mm), (200 * mm, 105 * mm), (99 * mm, 210 * mm)]
    )
    s = style_of(h, size, margin=18, pt=8)
    w, hh = size
    appeal = serial(r, "AA99A")
    donor = a_donor(rng, lg)
    p = Page(size)
    if r.random() < 0.5:
        slip_rule(p, 4, w - 4, 6, "")
    campaign = tr(
        lg,
        r.choice(["Winter Appeal", "Spring Appeal", "Christmas Appeal"]),
        r.choice(["Weihnachtsaktion", "Fruehjahrsaktion", "Spendenaufruf"]),
        r.choice(["Appel de fin d'annee", "Campagne d'hiver", "Appel a dons"]),
    )
    if w < hh:
        p.text(18, 28, fit(h.name, s.bold, 9, w - 36), s.bold, 9)
        p.text(18, 40, campaign, italic_of(s.font), 8)
        y = 60.0
    else:
        p.rect(0, 12, w, 16, fill=0.85)
        p.text(18, 24, fit(h.name, s.bold, 9, w / 2), s.bold, 9)
        p.text(w - 18, 24, campaign, italic_of(s.font), 8, "right")
        y = 44.0
    y = coupon_body(p, s, rng, lg, 18, y, w - 36, appeal, donor)
    if y < hh - 40:
        y = fields(
            p,
            s,
            18,
            y,
            w - 36,
            [
                (
                    "E-mail",
                    ""
                    if rng.random() < 0.5
                    else bare(str(donor["name"])).split()[-1].lower()
                    + rng.choice(["@gmail.com", "@orange.fr", "@web.de"]),
                ),
                (tr(lg, "Telephone", "Telefon", "Telephone"), ""),
            ],
            per=2,
            tall=20,
        )
    if lg == "en" and y < hh - 36:
        p.text(18, y, "Or please debit my Visa / Mastercard:", s.font, 7)
        for k in range(16):
            p.rect(160 + k * 11 + (k // 4) * 4, y - 8, 10, 11)
        y += 16
    if y < hh - 14:
        p.text(
            18,
            hh - 10,
            fit(
                tr(
                    lg,
                    "Please return to: Freepost ",
                    "Bitte zurueck an: ",
                    "A retourner sans affranchir : Libre reponse ",
                )
                + serial(r, "AA99999")
                + " - "
                + ", ".join(charity_lines(lg)),
                s.font,
                6,
                w - 80,
            ),
            s.font,
            6,
        )
    if rng.random() < 0.4:
        p.text(w - 40, hh - 12, serial(rng, "99999"), "Courier", 7, "right")
    if rng.random() < 0.3:
        p.text(w - 28, 34, "v", HAND, 12)
    return [p]


def tpl_newsletter_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The charity's newsletter sent back whole by a supporter, the reply coupon on the back
    page filled in: a masthead, stories in two columns with photos, dates for the diary; two
    to four pages, A4 or A5; one document."""
    h = charity_head()
    lg = h.lang
    r = seeded(who, "news")
    size = r.choice([A4, A4, A5])
    small = size == A5
    s = style_of(h, size, margin=28 if small else 38, pt=7.5 if small else 8.5)
    w, hh = size
    m = s.margin
    d = on(rng)
    issue = rng.randint(12, 90)
    title = tr(
        lg,
        r.choice(["News", "Supporter News", "Update", "Ripples"]),
        r.choice(["Rundbrief", "Vereinsnachrichten", "Mitgliederbrief"]),
        r.choice(["La Lettre", "Les Nouvelles", "Infos adherents"]),
    )
    donor = a_donor(rng, lg)
    n = rng.choice([2, 2, 3, 4])
    pages: list[Page] = []
    gap = 12
    cw = (w - 2 * m - gap) / 2
    for k in range(n):
        p = Page(size)
        if k == 0:
            band_h = 70 if small else 92
            p.rect(0, 0, w, band_h, fill=0.8)
            p.text(
                m,
                band_h * 0.42,
                fit(h.name, "Helvetica-Bold", 11, w - 2 * m),
                "Helvetica-Bold",
                10 if small else 12,
            )
            p.text(m, band_h * 0.82, title, "Times-Bold", 20 if small else 28)
            p.text(
                w - m,
                band_h * 0.82,
                tr(lg, "Issue ", "Ausgabe ", "N. ")
                + str(issue)
                + " - "
                + tr(
                    lg,
                    ["Spring", "Summer", "Autumn", "Winter"][d.month % 4],
                    ["Fruehjahr", "Sommer", "Herbst", "Winter"][d.month % 4],
                    ["Printemps", "Ete", "Automne", "Hiver"][d.month % 4],
                )
                + f" {d.year}",
                "Helvetica",
                8,
                "right",
            )
            y0 = band_h + 22
        else:
            p.text(m, 26, f"{title} {issue}", s.font, 7)
            p.text(w - m, 26, str(k + 1), s.font, 7, "right")
            p.line(m, 30, w - m, 30)
            y0 = 48.0
        lim = hh - (175 if k == n - 1 and not small else 165 if k == n - 1 else 40)
        for col in range(2):
            x = m + col * (cw + gap)
            y = y0
            while y < lim - 50:
                t = words(rng, lg, rng.randint(3, 6))[:-1]
                p.text(x, y, fit(t, s.bold, s.size + 2.5, cw), s.bold, s.size + 2.5)
                y += s.size + 8
                ph = rng.uniform(60, 130) * (0.7 if small else 1)
                if rng.random() < 0.4 and y + ph < lim - 30:
                    photo(p, x, y - 6, cw, ph, rng)
                    y += ph + 6
                for ln in wrap(prose(rng, lg, 2, 4), s.font, s.size, cw):
                    if y > lim:
                        break
                    p.text(x, y, ln, s.font, s.size)
                    y += s.size * 1.35
                y += 10
        if k == n - 1:
            y = lim + 14
            p.rect(m - 6, y - 4, w - 2 * m + 12, hh - y - 14)
            slip_rule(
                p,
                m - 6,
                w - m + 6,
                y - 8,
                tr(lg, "cut here and return", "hier abtrennen", "a decouper"),
            )
            coupon_body(
                p,
                style_of(h, size, margin=m, pt=7.5),
                rng,
                lg,
                m,
                y + 12,
                w - 2 * m,
                serial(r, "NL99"),
                donor,
            )
        pages.append(p)
    return pages


DENOMS = {
    "en": [
        "\u00a350",
        "\u00a320",
        "\u00a310",
        "\u00a35",
        "\u00a32",
        "\u00a31",
        "50p",
        "20p",
        "10p",
        "5p",
        "2p",
        "1p",
    ],
    "de": [
        "50 EUR",
        "20 EUR",
        "10 EUR",
        "5 EUR",
        "2 EUR",
        "1 EUR",
        "50 ct",
        "20 ct",
        "10 ct",
        "5 ct",
        "2 ct",
        "1 ct",
    ],
}
VALUES = [50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01]
PLACES = {
    "en": [
        "The Red Lion",
        "Co-op, Market Street",
        "Tesco Express",
        "Charity shop counter",
        "St Mary's church",
        "Village fete",
        "Christmas concert",
    ],
    "de": [
        "Baeckerei Moos",
        "Apotheke am Markt",
        "Weihnachtsmarkt",
        "Rewe Center",
        "Gemeindefest",
        "Benefizkonzert",
    ],
    "fr": [
        "Boulangerie du Plateau",
        "Marche de la Croix-Rousse",
        "Pharmacie centrale",
        "Fete de quartier",
        "Concert solidaire",
        "Vide-grenier",
    ],
}


def tpl_count_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A collection tin or bucket count sheet (Zaehlprotokoll, bordereau de comptage): the
    tin, where it stood and the seal, the coins and notes counted by denomination, the total,
    two counters' signatures; half of A4, A5 or A4; each sheet of a batch is its own."""
    h = charity_head()
    lg = h.lang
    r = seeded(who, "count")
    size = r.choice([A4, A5, (210 * mm, 148 * mm)])
    s = style_of(h, size, margin=30 if size != A4 else 0, pt=8.5)
    w, hh = size
    m = s.margin
    d = on(rng)
    p = Page(size)
    if size == A4 and r.random() < 0.6:
        y = heading(p, s, h)
    else:
        p.text(m, 30, h.name, s.bold, 9)
        y = 50.0
    p.text(
        m,
        y,
        tr(
            lg,
            "COLLECTION COUNT SHEET",
            "ZAEHLPROTOKOLL SAMMELDOSE",
            "BORDEREAU DE COMPTAGE - TRONC",
        ),
        s.bold,
        11,
    )
    y += 12
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Tin no.", "Dosen-Nr.", "Tronc n."), serial(rng, "999")),
            (tr(lg, "Location", "Standort", "Lieu"), rng.choice(PLACES[lg])),
            (tr(lg, "Seal no.", "Siegel-Nr.", "Scelle n."), serial(rng, "A99999")),
            (tr(lg, "Date counted", "Gezaehlt am", "Compte le"), date_text(d, lg, "short")),
        ],
        per=4 if w > 500 else 2,
        tall=24,
    )
    denoms = DENOMS["de" if lg == "fr" else lg]
    if lg == "fr":
        denoms = [t.replace("EUR", "EUR").replace("ct", "cts") for t in denoms]
    total = 0.0
    rows = []
    for lab, val in zip(denoms, VALUES, strict=True):
        if val >= 20:
            cnt = rng.choice([0, 0, 0, 1, 2])
        elif val >= 5:
            cnt = rng.choice([0, 1, 2, 4, 7, 11])
        else:
            cnt = rng.randint(0, 60)
        v = cnt * val
        total += v
        rows.append((lab, str(cnt) if cnt else "-", money(v, lg) if cnt else ""))
    right = w - m if w < 500 else m + 330
    cols = columns(m, right, [(1.2, "left"), (1, "right"), (1.4, "right")])
    step = 13 if hh < 500 else 15
    for c_, t in zip(
        cols,
        [
            tr(lg, "Denomination", "Stueckelung", "Valeur"),
            tr(lg, "Number", "Anzahl", "Nombre"),
            tr(lg, "Value", "Betrag", "Montant"),
        ],
        strict=True,
    ):
        p.text(c_[0] if c_[2] == "left" else c_[1], y, t, s.bold, 8, c_[2])
    y += 5
    p.line(m, y, right, y)
    for lab, cnt, val in rows:
        y += step
        p.text(cols[0][0], y, lab, s.font, 8)
        p.text(cols[1][1], y, cnt, HAND, 9, "right")
        p.text(cols[2][1], y, val, HAND, 9, "right")
        p.line(m, y + 3, right, y + 3)
        if y > hh - 70:
            break
    y += step + 2
    p.text(cols[0][0], y, tr(lg, "TOTAL", "SUMME", "TOTAL"), s.bold, 9)
    p.text(cols[2][1], y, cash(total, lg), HAND, 10, "right")
    y += 22
    if y < hh - 24:
        p.text(m, y, tr(lg, "Counted by", "Gezaehlt von", "Compte par"), s.font, 7.5)
        sign(p, m + 70, y, person(rng, lg, False), 11)
        p.text(w / 2, y, tr(lg, "Witness", "Zweite Person", "Temoin"), s.font, 7.5)
        sign(p, w / 2 + 60, y, person(rng, lg, False), 11)
    if size == A4:
        y += 30
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Banked on", "Eingezahlt am", "Depose en banque le"),
                    date_text(d + timedelta(days=rng.randint(1, 5)), lg, "short")
                    if rng.random() < 0.6
                    else "",
                ),
                (
                    tr(lg, "Paying-in slip no.", "Beleg-Nr.", "Bordereau n."),
                    serial(rng, "999999") if rng.random() < 0.5 else "",
                ),
                (
                    tr(lg, "Tin returned / re-sealed", "Dose neu versiegelt", "Tronc rescelle"),
                    rng.choice(["yes", "ja", "oui", ""]),
                ),
            ],
            per=3,
            tall=26,
        )
        p.text(m, y + 4, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.font, 8)
        ruled(p, m, y + 22, w - 2 * m, 4, rng, lg, rng.choice([0, 0.25, 0.5]))
    memo()["count"] = {"total": total, "date": d}
    return [p]


def tpl_paying_in(rng: random.Random, who: Issuer) -> list[Page]:
    """A bank paying-in slip (bank giro credit, Einzahlungsbeleg, bordereau de remise de
    cheques) on a narrow slip: the counterfoil, notes and coins by value, the cheques, the
    total and the cashier's stamp; each slip of a batch is its own."""
    h = head_of(who, "bank")
    lg = h.lang
    c = charity()
    cnt = memo().get("count")
    d = on(rng)
    total = float(rng.randint(40, 900)) + rng.choice([0, 0.5, 0.25, 0.83])
    if isinstance(cnt, dict) and OFFICE["last"] == "count_sheet":
        total = float(cnt["total"])  # type: ignore[arg-type]
        d = cnt["date"] + timedelta(days=rng.randint(1, 4))  # type: ignore[operator]
    size = seeded(who, "slip").choice(
        [(210 * mm, 95 * mm), (200 * mm, 88 * mm), (99 * mm, 210 * mm)]
    )
    w, hh = size
    p = Page(size)
    m = 12.0
    tall = hh > w
    if lg == "fr" and not tall:
        p.text(m, 20, h.name, "Helvetica-Bold", 9)
        p.text(m, 32, "BORDEREAU DE REMISE DE CHEQUES", "Helvetica-Bold", 8)
        p.text(w - m, 20, "Compte " + c.account[-14:], "Helvetica", 7, "right")
        p.text(
            w - m, 30, "Titulaire : " + fit(c.name, "Helvetica", 7, 200), "Helvetica", 7, "right"
        )
        y = 48.0
        cols = columns(m, w - m, [(2, "left"), (2.2, "left"), (1.2, "right")])
        for c_, t in zip(cols, ["Tireur", "Banque", "Montant"], strict=True):
            p.text(c_[0] if c_[2] == "left" else c_[1], y, t, "Helvetica-Bold", 7, c_[2])
        n = rng.randint(3, 9)
        vals = [gift(rng) for _ in range(n)]
        total = sum(vals)
        for v in vals:
            y += 12
            p.text(cols[0][0], y, bare(person(rng, "fr", False)).upper(), HAND, 8)
            p.text(
                cols[1][0], y, rng.choice(["CA", "CIC", "BNP", "SG", "LBP", "CE", "CM"]), HAND, 8
            )
            p.text(cols[2][1], y, money(v, "fr"), HAND, 8, "right")
            p.line(m, y + 3, w - m, y + 3)
        p.text(m, hh - 14, f"Nombre de cheques : {n}", "Helvetica", 7)
        p.text(w - m, hh - 14, f"Total : {money(total, 'fr')} EUR", HAND, 10, "right")
        return [p]
    # counterfoil on the left (or the top of a tall slip), then the credit
    cx = m if tall else 150.0
    if not tall:
        p.line(140, 6, 140, hh - 6)
        p.text(m, 22, tr(lg, "Counterfoil", "Beleg fuer", "Talon"), "Helvetica", 6.5)
        p.text(m, 22 + 10, tr(lg, "", "Einzahler", ""), "Helvetica", 6.5)
        p.text(m, 44, date_text(d, lg, "short"), HAND, 9)
        p.text(m, 60, fit(c.name, "Helvetica", 6.5, 124), "Helvetica", 6.5)
        p.text(m, 84, cash(total, lg), HAND, 10)
        top = 18.0
    else:
        p.text(
            m,
            22,
            tr(lg, "Counterfoil ", "Quittung ", "")
            + date_text(d, lg, "short")
            + "   "
            + cash(total, lg),
            HAND,
            8.5,
        )
        slip_rule(p, 6, w - 6, 36, "")
        top = 52.0
    p.text(cx, top + 2, h.name, "Helvetica-Bold", 9)
    p.text(
        w - m,
        top + 2,
        tr(lg, "bank giro credit", "Einzahlung / Bareinzahlung", "Versement especes"),
        "Helvetica-Bold",
        7.5,
        "right",
    )
    p.text(
        cx,
        top + 16,
        tr(lg, "Date", "Datum", "Date") + "  " + date_text(d, lg, "short"),
        "Helvetica",
        7,
    )
    p.text(
        cx,
        top + 28,
        fit(tr(lg, "Credit ", "Empfaenger ", "Beneficiaire ") + c.name, "Helvetica", 7, w - cx - m),
        "Helvetica",
        7,
    )
    p.text(
        cx,
        top + 40,
        fit((tr(lg, "Account ", "IBAN ", "IBAN ") + c.account), "Helvetica", 7, w - cx - m),
        "Helvetica",
        7,
    )
    y = top + 56
    notes = total * rng.uniform(0.4, 0.8) // 5 * 5
    coins = total - notes
    items = [
        (tr(lg, "Notes", "Scheine", "Billets"), notes),
        (tr(lg, "\u00a31 / \u00a32 coins", "Muenzen", "Pieces"), coins * 0.6),
        (tr(lg, "Silver", "Kleingeld", "Monnaie"), coins * 0.3),
        (tr(lg, "Bronze", "", "Centimes"), coins * 0.1),
    ]
    colw = (w - cx - m) / 2
    for k, (lab, v) in enumerate(items):
        if not lab:
            continue
        xx = cx + (k % 2) * colw
        yy = y + (k // 2) * 14
        p.text(xx, yy, lab, "Helvetica", 6.5)
        p.text(xx + colw - 8, yy, money(v, lg), HAND, 8.5, "right")
    y += 34
    p.rect(w - m - 110, y - 10, 110, 16)
    p.text(w - m - 106, y + 2, tr(lg, "Total", "Summe", "Total"), "Helvetica", 6.5)
    p.text(w - m - 4, y + 2, cash(total, lg), HAND, 10, "right")
    p.text(cx, y + 2, tr(lg, "Paid in by", "Einzahler", "Deposant"), "Helvetica", 6.5)
    sign(p, cx + 50, y + 2, person(rng, lg, False), 10)
    if rng.random() < 0.7 and y + 50 < hh:
        stamp(p, w - m - 130, y + 14, [h.name.split()[0].upper()[:14], date_text(d, lg, "short")])
    p.text(cx, hh - 10, serial(rng, "999999  99-99-99  99999999  99"), "Courier", 7)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates CC: the tax office and the regulator
# ---------------------------------------------------------------------------------------------


def tpl_authority_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A letter from the tax office or the regulator: HMRC's notice of a gift aid repayment
    with the claim table or the Charity Commission's annual return reminder; the Finanzamt's
    Freistellungsbescheid with its Anlage of notes over several pages; the French tax office's
    rescrit fiscal or the prefecture's recepisse of a change of the association's board."""
    h = head_of(who, "authority")
    lg = h.lang
    c = charity()
    d = on(rng)
    s = style_of(h, A4, pt=9.5)
    w, _ = A4
    m = s.margin
    f = sheets(s, h, h.name, top=True)
    ref = serial(
        rng, "AB99999" if lg == "en" else "099/999/99999" if lg == "de" else "2024-99-9999"
    )
    recipient(
        f,
        s,
        h,
        [tr(lg, "The Treasurer", "Vorstand", "Monsieur le President"), *charity_lines(lg)],
        d,
        [(tr(lg, "Our ref", "Steuernummer", "Reference"), ref)],
    )
    if lg == "en":
        gift_aid_notice = "HMRC" in h.name
        if gift_aid_notice:
            caption(f, s, "Gift Aid repayment claim - payment notice", 1.5)
            write(f, s, dear(lg, None))
            write(
                f,
                s,
                "We have processed your recent repayment claim. The repayment will be "
                "paid into the nominated bank account within the next 5 working days. "
                + prose(rng, lg, 1, 2),
            )
            rows = []
            tot = 0.0
            for k in range(rng.randint(1, 4)):
                v = rng.uniform(120, 4800)
                tot += v
                rows.append(
                    [
                        serial(rng, "999999999"),
                        date_text(d - timedelta(days=30 * (k + 1)), "en", "short"),
                        rng.choice(["Gift Aid", "GASDS", "Gift Aid"]),
                        money(v, "en"),
                    ]
                )
            cols = columns(m, w - m, [(1.5, "left"), (1.2, "left"), (1.2, "left"), (1.2, "right")])
            table(
                f,
                cols,
                ["Claim reference", "Claim to", "Type", "Amount \u00a3"],
                rows,
                s,
                rules=True,
            )
            f.page.text(
                w - m, f.y + 6, f"Total repayment \u00a3{money(tot, 'en')}", s.bold, 9.5, "right"
            )
            f.y += 26
            write(
                f,
                s,
                "If you have any questions please call the Charities Helpline. "
                + prose(rng, lg, 0, 1),
                pt=8.5,
            )
        else:
            caption(f, s, "Your charity's annual return is due", 1.5)
            write(f, s, dear(lg, None))
            for _ in range(rng.randint(2, 4)):
                write(f, s, prose(rng, lg, 2, 3))
            write(
                f,
                s,
                f"Charity number: {c.reg}. Financial year ending "
                f"{date_text(date(d.year, 3, 31), 'en', 'long')}. Return due by "
                f"{date_text(date(d.year + 1, 1, 31), 'en', 'long')}.",
            )
        regards(
            f,
            s,
            lg,
            "",
            "Charities, Savings & International" if gift_aid_notice else "Regulatory Services",
            formal=True,
        )
        return close(f.pages, s, h, numbers="none")
    if lg == "de":
        caption(f, s, "Bescheid fuer " + str(d.year - 1), 2)
        caption(f, s, "ueber Koerperschaftsteuer und Gewerbesteuer (Freistellungsbescheid)", -0.5)
        write(
            f,
            s,
            f"Die Koerperschaft {c.name} ist nach Paragraph 5 Abs. 1 Nr. 9 KStG von der "
            "Koerperschaftsteuer und nach Paragraph 3 Nr. 6 GewStG von der Gewerbesteuer "
            "befreit, weil sie ausschliesslich und unmittelbar steuerbeguenstigten Zwecken im "
            "Sinne der Paragraphen 51 ff. AO dient.",
        )
        write(f, s, "Die Koerperschaft foerdert folgende gemeinnuetzige Zwecke: " + c.cause + ".")
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, 2, 3))
        write(
            f,
            s,
            "Rechtsbehelfsbelehrung: Der Bescheid kann mit dem Einspruch angefochten "
            "werden. Der Einspruch ist beim Finanzamt schriftlich einzureichen oder zur "
            "Niederschrift zu erklaeren. Die Frist fuer die Einlegung des Einspruchs betraegt "
            "einen Monat.",
            pt=8.5,
        )
        f.new_page()
        caption(f, s, "Anlage zum Freistellungsbescheid - Hinweise", 1)
        numbered(f, s, [prose(rng, lg, 2, 4) for _ in range(rng.randint(5, 10))], pt=8.5)
        return close(f.pages, s, h, numbers="Seite {i} von {n}")
    if "Prefecture" in h.name:
        caption(f, s, "RECEPISSE DE DECLARATION DE MODIFICATION", 1.5)
        write(
            f,
            s,
            "Loi du 1er juillet 1901 relative au contrat d'association - Decret du 16 "
            "aout 1901, article 3",
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Numero RNA", c.reg.replace("RNA ", "")),
                ("Titre", c.name),
                (
                    "Objet de la declaration",
                    rng.choice(
                        [
                            "Changement de dirigeants",
                            "Modification des statuts",
                            "Transfert du siege social",
                        ]
                    ),
                ),
                ("Date de la declaration", date_text(d - timedelta(days=12), "fr", "short")),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        write(f, s, prose(rng, lg, 1, 2))
        regards(f, s, lg, "", "Pour le prefet et par delegation", formal=True)
        return close(f.pages, s, h, numbers="none")
    caption(f, s, "Rescrit fiscal - organisme d'interet general", 1.5)
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        "Par courrier recu le "
        + date_text(d - timedelta(days=70), "fr", "short")
        + ", vous avez sollicite l'administration afin de savoir si votre association est "
        "habilitee a delivrer des recus fiscaux au titre des articles 200 et 238 bis du code "
        "general des impots.",
    )
    for _ in range(rng.randint(3, 6)):
        write(f, s, prose(rng, lg, 2, 4))
    write(
        f,
        s,
        "En consequence, les dons consentis a l'association ouvrent droit a la reduction "
        "d'impot prevue a l'article 200 du CGI.",
    )
    regards(f, s, lg, person(rng, lg, False), "L'inspectrice des finances publiques", formal=True)
    return close(f.pages, s, h, numbers="Page {i}/{n}")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so a companion knows what came just before it."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        OFFICE["last"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


TEMPLATES_CC: dict[str, Template] = {
    name: tracked(name, tpl)
    for name, tpl in {
        "donation_letter": tpl_donation_letter,
        "thank_you": tpl_thank_you,
        "gift_aid": tpl_gift_aid,
        "standing_order": tpl_standing_order,
        "grant_application": tpl_grant_application,
        "grant_award": tpl_grant_award,
        "volunteer_application": tpl_volunteer_application,
        "vetting": tpl_vetting,
        "board_papers": tpl_board_papers,
        "minutes": tpl_minutes,
        "bank_statement": tpl_bank_statement,
        "supplier_invoice": tpl_supplier_invoice,
        "legacy_letter": tpl_legacy_letter,
        "sponsorship_form": tpl_sponsorship_form,
        "newsletter_reply": tpl_newsletter_reply,
        "reply_coupon": tpl_reply_coupon,
        "count_sheet": tpl_count_sheet,
        "paying_in": tpl_paying_in,
        "authority_letter": tpl_authority_letter,
    }.items()
}
#: One-page kinds that a day's pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "gift_aid",
    "standing_order",
    "reply_coupon",
    "count_sheet",
    "paying_in",
    "thank_you",
)
#: A kind often followed by a related paper from another sender.
FOLLOWS = {
    "donation_letter": "thank_you",
    "legacy_letter": "thank_you",
    "sponsorship_form": "thank_you",
    "grant_application": "grant_award",
    "volunteer_application": "vetting",
    "count_sheet": "paying_in",
    "board_papers": "minutes",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_pannier_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One day's pile of a charity office: ``corpus.make_stream`` with batch runs (after a run
    kind, 1-3 more of the same kind from the same sender follow with probability 0.5) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The charity (England, Germany or France) is drawn once per stream."""
    OFFICE["lang"] = rng.choice(["en", "en", "de", "fr"])
    OFFICE["index"] = rng.randrange(12)
    OFFICE["last"] = ""
    OFFICE["memo"] = {}
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_CC, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_pannier_stream, "templates CC")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Cafetiere part of the generated corpus: templates JJJJ, written blind for the next measurement.

A part of its own, ``cafetiere``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
self-storage facility with business storage and a small van hire (a site manager, two storage
assistants and a part-time accountant; in England, Germany or France) feeds through its scanner
in a month: customers' move-in forms (Mieterdatenblatt, fiche d'entrée) filled in by hand with
the tick boxes for the identification seen, the goods stored and the insurance choice, with the
photocopy of the customer's driving licence, passport, Personalausweis or carte d'identité and
now and then of a utility bill behind; the goods protection scheme's certificates of insurance
for customers' goods (Versicherungsbestätigung Lagergut, attestation d'assurance des biens
entreposés), now and then with the summary of cover behind; business storage agreements with
a cover page, the particulars, numbered clauses under a running header, the schedule of units
and charges, the inventory of the stored goods on landscape pages and a signature page; unit
transfer forms (A4 or A5); notices to vacate and move-out inspection forms, now and then with
the customer's own note behind; the facility's rate review letters to customers, some with a
tear-off reply slip; overlock and unit inspection records with the handwritten inventory and a
photo sheet; notices of intention to sell goods for unpaid charges (Androhung der Verwertung,
mise en demeure avant vente) sent by recorded delivery with the statement of arrears and the
extract from the licence terms; customers' replies to them, handwritten or typed, some with a
printed bank transfer confirmation; auctioneers' vendor statements of the sale of a defaulted
unit with the lot pages and photographs; the bank's advices of returned direct debits
(Rücklastschrift, avis de rejet de prélèvement); the broker's site insurance schedule with the
covering letter, the sections of cover, the schedule of premises on a landscape page and the
endorsements; sprinkler inspection and test reports (LPC, VdS CEA 4001, APSAD R1) with the
valve set readings and the checklist; CCTV and access control maintenance agreements with the
equipment schedule on a landscape page, the terms and the signature page; the security
engineer's job sheets for the gate, keypads and cameras (A5, filled in by hand); roller shutter
and loading door maintenance reports with the door schedule; van hire agreements with the
condition diagram, the terms page and the copy of the driving licence; van damage reports
with the photo page and the charges; the storage software's monthly occupancy and rent roll
report (a summary page, then landscape pages); and pallet racking inspection reports with the
damage schedule and the certificate. Each stream is one facility's pile: the facility
(country, name, month, staff) is drawn once per stream; its outside senders are of its country
and write in its language, except that now and then a customer, an insurance scheme or a
racking inspector is from abroad and writes in their own. Page sizes range from A5 job sheets
and notes to A4, Letter (from abroad) and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the facility files it:
the ID and utility bill copies stapled behind a move-in form (the customer handed them in with
it); the summary of cover behind a certificate; every page of a business storage agreement,
from its cover page to its inventory and signature page; the customer's own note filed with a
move-out form; the reply slip of a rate review letter; the photo sheet of an overlock record;
the statement of arrears and the terms extract of a notice of intention to sell; the transfer
confirmation a customer encloses with a reply; the lot pages of an auctioneer's statement; the
covering letter, schedule, premises page and endorsements of a site insurance schedule; the
defects page of a sprinkler report; the covering letter, terms, equipment schedule and
signature page of a maintenance agreement; the terms page and licence copy of a van hire
agreement; the photo page of a van damage report; every page of one occupancy report; the
damage schedule and certificate of a racking inspection. Related papers are documents of
their own: the insurance certificate after the move-in form of the same customer, the notice
of intention to sell after the overlock record, the customer's reply after the notice, the
damage report after the van hire agreement, the engineer's job sheet after the maintenance
agreement; and so is each certificate, transfer form, rate letter, notice, debit advice and
job sheet of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: insurance certificates, unit transfer
forms, rate review letters, notices of intention to sell, returned debit advices and engineers'
job sheets often come 2-4 in a row from one sender with other customers, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers, about
the same customer. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "cafetiere"`` and seeds offset by 8_700_000.

Usage: ``python benchmarks/corpus_cafetiere.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/cafetiere/cafetiere_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Col,
    Flow,
    band,
    box,
    caption,
    cash,
    close,
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
from corpus_kit import columns as kit_columns

PART = "cafetiere"
SEED_OFFSET = 8_700_000

MM = 72 / 25.4
CARD = (85.6 * MM, 54 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the facility and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FACILITIES: dict[str, list[Row]] = {
    "en": [
        (
            "Castlegate Self Storage Ltd",
            "Unit 2, Foundry Lane",
            "Sheffield S3 8AT",
            "0114 272 9180",
        ),
        ("Kestrel Store & Go", "Wharf Road", "Reading RG1 8BY", "0118 958 4420"),
        ("Boxwell Storage Centre", "Hampton Park Way", "Norwich NR6 6DR", "01603 418 770"),
    ],
    "de": [
        ("LagerRaum Nord GmbH", "Billbrookdeich 160", "22113 Hamburg", "040 73 67 41 0"),
        ("Boxenhaus Self-Storage", "Kruppstraße 88", "60388 Frankfurt am Main", "069 41 09 27 3"),
        ("Stauraum Leipzig GmbH & Co. KG", "Torgauer Straße 231", "04347 Leipzig", "0341 24 77 60"),
    ],
    "fr": [
        (
            "Garde-Meubles du Confluent SARL",
            "14 rue de la Navigation",
            "69002 Lyon",
            "04 78 37 52 10",
        ),
        ("Box & Stock Atlantique", "3 rue Newton, ZA de la Lande", "44800 Saint-Herblain", ""),
        (
            "Espace Stockage Provence",
            "112 chemin de la Madrague",
            "13015 Marseille",
            "04 91 58 33 07",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "scheme": {
        "en": [
            ("Storesure Customer Goods Protection", "PO Box 4471", "Chelmsford CM1 9QE", ""),
            (
                "Cargo & Contents Underwriting Agency Ltd",
                "10 Lloyd's Avenue",
                "London EC3N 3AJ",
                "",
            ),
        ],
        "de": [
            (
                "LagerSchutz Versicherungsservice GmbH",
                "Hansaring 61",
                "50670 Köln",
                "0221 16 43 80",
            ),
            ("Assekuradeur Lagergut Mannheim GmbH", "Augustaanlage 66", "68165 Mannheim", ""),
        ],
        "fr": [
            ("Assur'Box Courtage", "8 rue de Londres", "75009 Paris", "01 53 20 44 10"),
            ("Cabinet Delmas - Garantie Biens Entreposés", "27 cours Puget", "13006 Marseille", ""),
        ],
    },
    "broker": {
        "en": [
            (
                "Marsden Whitby Insurance Brokers",
                "3 Campo Lane",
                "Sheffield S1 2EF",
                "0114 275 0031",
            ),
            ("Harcourt Commercial Insurance Services", "42 Kings Road", "Reading RG1 3AR", ""),
        ],
        "de": [
            ("Nordwest Assekuranzmakler GmbH", "Ballindamm 27", "20095 Hamburg", "040 30 96 12 0"),
            ("Versicherungsbüro Kramer & Söhne", "Zeil 65", "60313 Frankfurt am Main", ""),
        ],
        "fr": [
            ("Cabinet Rivière Assurances", "42 quai Rambaud", "69002 Lyon", "04 72 41 60 00"),
            ("Ouest Courtage Entreprises", "1 rue de Strasbourg", "44000 Nantes", ""),
        ],
    },
    "sprinkler": {
        "en": [
            ("Pennine Fire Protection Ltd", "Sheaf Works, Maltravers Road", "Sheffield S2 5AB", ""),
            ("Thames Valley Sprinklers Ltd", "Unit 9, Arkwright Road", "Reading RG2 0LS", ""),
        ],
        "de": [
            ("Nordsprink Brandschutztechnik GmbH", "Pinneberger Chaussee 44", "22523 Hamburg", ""),
            ("Hessische Sprinklerbau GmbH", "Hanauer Landstraße 300", "60314 Frankfurt", ""),
        ],
        "fr": [
            ("Sprinkler Services Rhône SAS", "5 rue Jacquard", "69200 Vénissieux", ""),
            ("Atlantique Protection Incendie", "9 rue de l'Étier", "44300 Nantes", ""),
        ],
    },
    "security": {
        "en": [
            ("Sentinel Systems (Yorkshire) Ltd", "Don Valley House", "Sheffield S9 3TY", ""),
            ("Guardpoint Security Ltd", "14 Milford Road", "Reading RG1 8LG", "0118 950 3312"),
        ],
        "de": [
            ("SecurTec Videotechnik GmbH", "Wendenstraße 130", "20537 Hamburg", "040 25 49 88 0"),
            ("Zutrittswerk Sicherheitssysteme", "Borsigallee 9", "60388 Frankfurt am Main", ""),
        ],
        "fr": [
            ("Vidéo Sécurité Lyonnaise", "31 rue de Gerland", "69007 Lyon", "04 78 72 90 15"),
            ("Accès & Contrôle Ouest SARL", "6 rue de la Fonderie", "44200 Nantes", ""),
        ],
    },
    "doors": {
        "en": [
            ("Premier Roller Shutters Ltd", "Attercliffe Road", "Sheffield S4 7WZ", ""),
            ("Doorcare Industrial Services Ltd", "Unit 4, Portman Road", "Reading RG30 1EA", ""),
        ],
        "de": [
            ("Torbau Hansen GmbH", "Halskestraße 21", "22113 Hamburg", "040 78 09 51 0"),
            ("Tor- und Rolladenservice Reinhardt", "Orber Straße 12", "60386 Frankfurt", ""),
        ],
        "fr": [
            ("Fermetures Industrielles du Sud-Est", "ZI des Estroublans", "13127 Vitrolles", ""),
            ("Portes & Rideaux Métalliques Durand", "18 rue Paul Bert", "69003 Lyon", ""),
        ],
    },
    "racking": {
        "en": [
            ("RackSafe Inspections Ltd", "The Courtyard, Mill Lane", "Doncaster DN1 3JT", ""),
            ("Storage Equipment Inspection Services", "7 Barlow Road", "Leicester LE4 9GZ", ""),
        ],
        "de": [
            ("Regalprüfung Nord GmbH", "Osterbrooksweg 42", "22869 Schenefeld", ""),
            (
                "RPS Regalinspektion Dipl.-Ing. Albers",
                "Mainzer Landstraße 190",
                "60327 Frankfurt",
                "",
            ),
        ],
        "fr": [
            ("Contrôle Rayonnages Expertise", "4 allée des Erables", "69120 Vaulx-en-Velin", ""),
            ("Inspect'Rack SAS", "22 rue de Rennes", "44100 Nantes", ""),
        ],
    },
    "bank": {
        "en": [
            ("Barclays Bank UK PLC", "Business Banking, PO Box 3333", "Wolverhampton WV1 9LT", ""),
            (
                "National Westminster Bank plc",
                "Bacs Unpaids Team, PO Box 1000",
                "Edinburgh EH12",
                "",
            ),
        ],
        "de": [
            ("Hamburger Sparkasse", "Ecke Adolphsplatz / Großer Burstah", "20457 Hamburg", ""),
            ("Frankfurter Volksbank eG", "Börsenstraße 1", "60313 Frankfurt am Main", ""),
            ("Sparkasse Leipzig", "Humboldtstraße 25", "04105 Leipzig", ""),
        ],
        "fr": [
            ("Crédit Mutuel Lyon Confluence", "2 cours Charlemagne", "69002 Lyon", ""),
            (
                "Banque Populaire Grand Ouest",
                "15 boulevard de la Boutière",
                "35768 Saint-Grégoire",
                "",
            ),
            ("CIC Marseille Entreprises", "8 rue de la République", "13001 Marseille", ""),
        ],
    },
    "auction": {
        "en": [
            ("Lockerbid Online Auctions Ltd", "Suite 4, Albion House", "Leeds LS1 6JE", ""),
            ("Unitsale Auctions", "Clarendon Business Centre", "Norwich NR2 1BD", ""),
        ],
        "de": [
            (
                "Auktionshaus Brenner - Öffentlich bestellter Versteigerer",
                "Spaldingstraße 64",
                "20097 Hamburg",
                "",
            ),
            ("Versteigerungen Kühn e.K.", "Eschersheimer Landstraße 14", "60322 Frankfurt", ""),
        ],
        "fr": [
            (
                "Hôtel des Ventes Confluence - Commissaires-priseurs",
                "7 rue Seguin",
                "69002 Lyon",
                "",
            ),
            (
                "Maître Anne Lescure, commissaire de justice",
                "20 rue Paradis",
                "13001 Marseille",
                "",
            ),
        ],
    },
}
FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Craig", "Priya", "Tom", "Fiona", "Gary"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Murat", "Sabine", "Jan", "Eva", "Uwe"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Karim", "Léa", "Hugo", "Inès"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa", "Inès"}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
ROADS = {
    "en": ["Abbey Lane", "Crookes Road", "Chapel Street", "Oxford Road", "Station Road"],
    "de": ["Lindenallee", "Bahnhofstraße", "Eichenweg", "Marktstraße", "Am Stadtpark"],
    "fr": ["rue Victor Hugo", "avenue Jean Jaurès", "rue des Lilas", "boulevard Pasteur"],
}
TOWNS = {
    "en": ["Sheffield S11 8YB", "Rotherham S60 2DE", "Reading RG4 7AA", "Norwich NR3 2PL"],
    "de": ["22111 Hamburg", "21029 Hamburg", "60385 Frankfurt am Main", "04315 Leipzig"],
    "fr": ["69007 Lyon", "69100 Villeurbanne", "44000 Nantes", "13008 Marseille"],
}
FIRMS = {
    "en": [
        "Hallam Office Supplies Ltd",
        "Peak Events & Exhibitions Ltd",
        "J. Ackroyd Plumbing & Heating",
        "Bramall eCommerce Ltd",
        "Redbrick Interiors Ltd",
        "Oakwood Physiotherapy",
    ],
    "de": [
        "Kaya Eventtechnik",
        "Hanse Möbelmontage GmbH",
        "Physiopraxis am Park",
        "Bauer Onlinehandel e.K.",
        "Elbe Messebau GmbH",
        "Steuerbüro Wendt",
    ],
    "fr": [
        "Atelier Mobilier Bernard",
        "Événements Soleil SARL",
        "Cabinet Infirmier des Quais",
        "Boutique Lina Créations",
        "Plomberie Morel & Fils",
        "Archiv'Services SAS",
    ],
}

TALK = {
    "en": {
        "legal": "customer agreement charges unit goods access licence notice termination "
        "liability insurance lien default payment deposit period store rules owner",
        "tech": "camera recorder keypad controller gate motor door barrier sensor cable power "
        "firmware test fault alarm signal image storage software panel",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement arrears",
    },
    "de": {
        "legal": "Mieter Vertrag Entgelt Lagerraum Einlagerung Zugang Kündigung Haftung "
        "Versicherung Pfandrecht Verzug Zahlung Kaution Laufzeit Hausordnung Eigentum",
        "tech": "Kamera Rekorder Tastatur Steuerung Schiebetor Antrieb Rolltor Schranke Melder "
        "Kabel Netzteil Firmware Prüfung Störung Alarm Bild Speicherung Zentrale",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Rückstand",
    },
    "fr": {
        "legal": "client contrat redevance box biens accès préavis résiliation responsabilité "
        "assurance rétention défaut paiement dépôt de garantie durée règlement intérieur",
        "tech": "caméra enregistreur clavier contrôleur portail moteur porte barrière détecteur "
        "câble alimentation logiciel essai panne alarme image stockage centrale",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement arriéré",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def columns(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """``corpus_kit.columns`` with a gap after a right-aligned column, so that its figures do
    not run into the next column's text."""
    out = kit_columns(x0, x1, spec)
    return [
        (left, right - (8 if align == "right" and k < len(out) - 1 else 0), align)
        for k, (left, right, align) in enumerate(out)
    ]


def words(rng: random.Random, lang: str, topic: str = "legal", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "legal", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The facility of a stream: its country, month, staff and customers
# ---------------------------------------------------------------------------------------------

SITE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Customer:
    """A storage or van hire customer, as a companion takes them up."""

    first: str
    last: str
    female: bool
    street: str
    town: str
    lang: str
    firm: str
    unit: str
    size: float
    rate: float
    acct: str
    since: date
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def lines(self) -> list[str]:
        att = tr(self.lang, "FAO", "z. Hd.", "À l'attention de")
        top = [self.firm, f"{att} {self.name}"]
        first = top if self.firm else [mx(self.name, self.lang)]
        return [*first, self.street, self.town]


#: What the previous document was about (a companion takes up the same customer and day).
LAST: dict[str, object] = {"kind": "", "cust": None, "day": None, "extra": None}


def home() -> str:
    return str(SITE["lang"])


def month() -> date:
    m = SITE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's facility and ``key``: a run or a repeat keeps
    its sender."""
    text = f"cafetiere/{key}/{who.name}/{who.street}/{who.city}/{SITE['seed']}"
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


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def remember(cust: Customer | None, d: date, extra: object = None) -> None:
    LAST.update(cust=cust, day=d, extra=extra)


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def unit_sizes(lang: str) -> list[float]:
    return [25, 35, 50, 75, 100, 150, 200] if lang == "en" else [2, 3, 5, 7.5, 10, 15, 20]


def size_text(v: float, lang: str) -> str:
    if lang == "en":
        return f"{v:g} sq ft"
    return f"{money(v, lang).replace(',00', '')} m²"


def rate_for(size: float, lang: str, rng: random.Random) -> float:
    """The monthly (England: weekly) rate of a unit of ``size``."""
    if lang == "en":
        return round(size * rng.choice([0.52, 0.55, 0.58, 0.62]) + 4, 2)
    return round(size * rng.choice([21.0, 23.5, 26.0, 28.0]) + 9, 2)


def whole(v: float, lang: str) -> str:
    """An amount without its pence or cents ("£5,000", "5.000 €")."""
    t = cash(v, lang)
    return t[:-3] if lang == "en" else t.replace(",00 €", " €")


def per(lang: str) -> str:
    return tr(lang, "per week", "mtl.", "/ mois")


def a_unit(rng: random.Random) -> str:
    return f"{rng.choice('ABCD')}{rng.choice(['', '1', '2'])}{rng.randint(1, 148):03d}"


def a_customer(rng: random.Random, business: bool = False, lang: str = "") -> Customer:
    lg = lang or home()
    first = rng.choice(FIRSTS[lg])
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 180)
    size = rng.choice(unit_sizes(home()))
    return Customer(
        first=first,
        last=rng.choice(LASTS[lg]),
        female=first in FEMALE,
        street=f"{road} {no}" if lg == "de" else f"{no} {road}",
        town=rng.choice(TOWNS[lg]),
        lang=lg,
        firm=rng.choice(FIRMS[lg]) if business else "",
        unit=a_unit(rng),
        size=size,
        rate=rate_for(size, home(), rng),
        acct=serial(rng, {"en": "C99999", "de": "K-99999", "fr": "CL99999"}[home()]),
        since=month() - timedelta(days=rng.randint(40, 1400)),
        phone=serial(rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]),
    )


def customer_for(rng: random.Random, kinds: tuple[str, ...], business: bool = False) -> Customer:
    """The previous document's customer if it was one of ``kinds``, else a new one."""
    c = LAST["cust"]
    if isinstance(c, Customer) and after(kinds):
        return c
    return a_customer(rng, business)


def staff_name(role: str) -> str:
    """The facility's site manager, storage assistants and accountant: fixed per stream."""
    r = random.Random(zlib.crc32(f"cafetiere/staff/{role}/{SITE['seed']}".encode()))
    lg = home()
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def manager() -> str:
    return staff_name("manager")


def assistant(rng: random.Random) -> str:
    return staff_name(rng.choice(["assistant1", "assistant2"]))


def initials(name: str) -> str:
    return "".join(t[0] for t in name.replace("-", " ").split() if t[0].isalpha()).upper()


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
    look: str  # band | centred | letter | boxed | plain | side
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
TAGS = {
    "facility": (
        "Self storage - Business storage - Van hire",
        "Self-Storage - Lagerboxen - Transporter-Vermietung",
        "Garde-meubles - Self-stockage - Location d'utilitaires",
    ),
    "scheme": (
        "Customer goods insurance",
        "Lagergutversicherung",
        "Assurance des biens entreposés",
    ),
    "broker": ("Commercial insurance brokers", "Versicherungsmakler", "Courtier en assurances"),
    "sprinkler": (
        "Sprinkler installation & maintenance",
        "Sprinkleranlagen - Wartung",
        "Extinction automatique - Maintenance",
    ),
    "security": (
        "CCTV - Access control - Intruder alarms",
        "Video - Zutritt - Einbruchmeldetechnik",
        "Vidéosurveillance - Contrôle d'accès",
    ),
    "doors": (
        "Industrial doors & shutters",
        "Industrietore - Rolltore - Service",
        "Portes industrielles - Rideaux métalliques",
    ),
    "racking": (
        "Racking inspection & safety",
        "Regalinspektion nach DIN EN 15635",
        "Contrôle des rayonnages",
    ),
    "auction": ("Auctioneers & valuers", "Versteigerungen", "Ventes aux enchères"),
}


def legal_lines(r: random.Random, name: str, lang: str) -> list[str]:
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(20, 49)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Hamburg', 'Frankfurt am Main', 'Leipzig'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dirk Lammers", "Silke Otten", "Cem Aksoy", "Jörg Behrens"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            + r.choice(["5210B", "6820B", "4321A", "7120B", "6622Z"])
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Lyon', 'Nantes', 'Marseille', 'Paris'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "PLC" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"cafetiere/head/{name}/{SITE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(LOOKS),
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([48, 54, 60, 66]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'service', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def facility_head() -> Head:
    lang = home()
    return make_head(FACILITIES[lang][int(SITE["row"])], lang, "facility")  # type: ignore[call-overload]


def facility_name() -> str:
    return facility_head().name


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and facility), of the
    facility's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


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
    """A circle drawn as a polygon (round stamps, wheels)."""
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
    p.text(cx, cy + 6, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center")


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 24.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGS.get(h.role, ("", "", ""))
    tagline = tr(h.lang, *tag) if tag[0] else ""
    if w < 440:
        pt = shrink(h.name, h.bold, 10.5, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
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
        ini = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        p.text(m + 17, y + 9, ini, h.bold, 13, "center")
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
        if tagline:
            it = italic_of(h.font)
            p.text(w - m, y + 2, fit(tagline, it, 7.5, w - 2 * m - bw - 10), it, 7.5, "right")
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        it = italic_of(h.font)
        p.text(m, y + 15, fit(tagline, it, 7.5, w * 0.6 - m), it, 7.5)
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
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the facility's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                initials(rng.choice([manager(), staff_name("accounts")])),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band", "letter") else None, y0, lines)
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
            ["Yours sincerely", "Kind regards", "Yours faithfully"][len(name) % 3],
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


def person_of(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"cafetiere/person/{tag}/{h.name}/{SITE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def facility_lines(att: str = "") -> list[str]:
    h = facility_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(60)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Netto", "Total HT"), net)]
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC"), net + tax))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return net + tax


def small_print(rng: random.Random, s0: Style, lg: str, title: str, heads: list[str]) -> Page:
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
        while y < hh - m - 60 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            text = " ".join(words(rng, lg, "legal") for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge and shadow a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)
    if rng.random() < 0.5:
        p.rect(w - rng.uniform(4, 12), 0, 14, h, fill=g + 0.1)


def sign_box(p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str) -> None:
    """A signature box: caption, the scrawl (if ``name``), the name printed under a line."""
    p.rect(x, y, w, 44)
    p.text(x + 4, y + 9, fit(cap, s.font, 6.5, w - 8), s.font, 6.5)
    if name:
        scrawl(p, x + 10, y + 30, name, 12)
        p.text(x + w - 6, y + 40, fit(name, HAND, 7.5, w / 2), HAND, 7.5, "right")


FIXES = {
    "sprinkler": {
        "en": [
            "Replace heads (painted)",
            "Clear storage below heads",
            "Re-label valve set",
            "Replace gauge",
            "Service pump controller",
            "Provide spare heads cabinet",
        ],
        "de": [
            "Sprinkler tauschen (überstrichen)",
            "Lagerhöhe unter Sprinklern einhalten",
            "Beschilderung erneuern",
            "Manometer tauschen",
            "Pumpensteuerung warten",
            "Ersatzsprinklerschrank ergänzen",
        ],
        "fr": [
            "Remplacer les têtes peintes",
            "Dégager le stockage sous têtes",
            "Refaire le repérage du poste",
            "Remplacer le manomètre",
            "Réviser l'armoire de pompe",
            "Compléter la réserve de têtes",
        ],
    },
    "doors": {
        "en": [
            "Springs need re-tensioning",
            "Bottom rail damaged - replace",
            "Safety edge fault",
            "Guide runner worn",
            "Hand chain slipping",
            "Curtain slats dented",
        ],
        "de": [
            "Federn nachspannen",
            "Bodenprofil beschädigt - tauschen",
            "Schließkante defekt",
            "Führungsschiene verschlissen",
            "Haspelkette rutscht",
            "Lamellen verbeult",
        ],
        "fr": [
            "Ressorts à retendre",
            "Lame finale endommagée",
            "Barre palpeuse en défaut",
            "Coulisse usée",
            "Chaîne de manoeuvre patine",
            "Lames enfoncées",
        ],
    },
}
REMARKS = {
    "en": ["shrink-wrapped", "fragile", "top shelf", "sealed", "scratched", "for collection"],
    "de": ["foliert", "zerbrechlich", "oberes Fach", "versiegelt", "Kratzer", "zur Abholung"],
    "fr": ["filmé", "fragile", "étagère haute", "scellé", "rayé", "à enlever"],
}
TERMS_HEADS = {
    "en": [
        "Definitions",
        "Licence to store",
        "Charges and payment",
        "Deposit",
        "Access",
        "Use of the unit",
        "Prohibited goods",
        "Insurance",
        "Liability",
        "Right of entry",
        "Lien and sale of goods",
        "Termination",
        "Notices",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Mietbeginn und Laufzeit",
        "Mietzins und Zahlung",
        "Kaution",
        "Zugang und Öffnungszeiten",
        "Nutzung des Lagerraums",
        "Verbotene Güter",
        "Versicherung",
        "Haftung",
        "Betreten durch den Vermieter",
        "Vermieterpfandrecht",
        "Kündigung",
        "Mitteilungen",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Durée",
        "Redevance et paiement",
        "Dépôt de garantie",
        "Accès au site",
        "Usage du box",
        "Biens interdits",
        "Assurance",
        "Responsabilité",
        "Droit de visite",
        "Défaut de paiement et vente des biens",
        "Résiliation",
        "Notifications",
        "Données personnelles",
        "Juridiction",
    ],
}


# ---------------------------------------------------------------------------------------------
# Templates JJJJ: customers moving in, insured, moving units and moving out
# ---------------------------------------------------------------------------------------------


def mrz(parts: list[str], width: int) -> str:
    text = "<".join(t.upper().replace(" ", "<").replace("-", "<") for t in parts)
    text = "".join(c if c.isascii() and (c.isalnum() or c == "<") else "<" for c in text)
    return (text + "<" * width)[:width]


def card_face(
    p: Page,
    x: float,
    y: float,
    title: str,
    lines: list[tuple[str, str]],
    rng: random.Random,
    face: bool = True,
    mrz_lines: tuple[str, ...] = (),
) -> None:
    """One side of an identity card or photocard licence as a photocopy shows it."""
    cw, ch = CARD
    cw, ch = cw * 1.35, ch * 1.35  # copied at 135%
    p.rect(x, y, cw, ch)
    p.rect(x, y, cw, 18, fill=0.72)
    p.text(x + 6, y + 12, fit(title, "Helvetica-Bold", 7.5, cw - 12), "Helvetica-Bold", 7.5)
    tx = x + 8
    if face:
        photo(p, x + 8, y + 26, 62, 78, rng)
        tx = x + 78
        p.text(x + 10, y + 120, "".join(rng.choice("abcdefgh") for _ in range(6)), INK, 11)
    yy = y + 30
    for label, val in lines:
        if yy > y + ch - 12 - 9 * len(mrz_lines):
            break
        p.text(tx, yy, fit(label, "Helvetica", 5.5, x + cw - tx - 6), "Helvetica", 5.5)
        p.text(tx, yy + 8, fit(val, "Helvetica-Bold", 7.5, x + cw - tx - 6), "Helvetica-Bold", 7.5)
        yy += 18
    for k, t in enumerate(mrz_lines):
        p.text(x + 6, y + ch - 8 - 9 * (len(mrz_lines) - 1 - k), t[:30], "Courier", 7.6)


def id_copy(rng: random.Random, c: Customer, d: date) -> Page:
    """A photocopy of the customer's identity document, front and back on one A4 sheet, with
    the staff member's 'original seen' note now and then."""
    p = Page(A4)
    copier_edge(p, rng)
    lg = c.lang
    born = date(rng.randint(1954, 2002), rng.randint(1, 12), rng.randint(1, 28))
    until = date(d.year + rng.randint(1, 9), rng.randint(1, 12), rng.randint(1, 28))
    x0, y0 = rng.uniform(60, 150), rng.uniform(60, 110)
    kind = rng.choice(["card", "card", "passport"])
    if kind == "passport":
        pw, ph = 125 * MM * 1.25, 88 * MM * 1.25
        p.rect(x0, y0, pw, ph)
        cc = {"en": "GBR", "de": "D", "fr": "FRA"}[lg]
        p.text(
            x0 + 8,
            y0 + 14,
            tr(lg, "PASSPORT", "REISEPASS / PASSPORT", "PASSEPORT"),
            "Helvetica-Bold",
            8,
        )
        p.text(x0 + pw - 8, y0 + 14, cc, "Helvetica-Bold", 8, "right")
        photo(p, x0 + 12, y0 + 30, 110, 140, rng)
        p.text(x0 + 16, y0 + 200, "".join(rng.choice("abcdefghk") for _ in range(7)), INK, 13)
        yy = y0 + 30
        no = serial(rng, "999999999" if lg == "en" else "C9AA9A9AA")
        for lab, val in [
            (tr(lg, "Surname", "Name", "Nom"), c.last.upper()),
            (tr(lg, "Given names", "Vornamen", "Prénoms"), c.first.upper()),
            (tr(lg, "Date of birth", "Geburtstag", "Date de naissance"), short(born, "de")),
            (tr(lg, "Passport No.", "Pass-Nr.", "N° du passeport"), no),
            (
                tr(lg, "Nationality", "Staatsangehörigkeit", "Nationalité"),
                tr(lg, "BRITISH CITIZEN", "DEUTSCH", "FRANÇAISE"),
            ),
            (
                tr(
                    lg,
                    "Sex / Place of birth",
                    "Geschlecht / Geburtsort",
                    "Sexe / Lieu de naissance",
                ),
                f"{'F' if c.female else 'M'}   " + rng.choice(TOWNS[lg]).split()[-1].upper(),
            ),
            (
                tr(lg, "Date of issue", "Ausstellungsdatum", "Date de délivrance"),
                short(until - timedelta(days=3652), "de"),
            ),
            (tr(lg, "Date of expiry", "Gültig bis", "Date d'expiration"), short(until, "de")),
            (
                tr(lg, "Authority", "Behörde", "Autorité"),
                tr(lg, "HMPO", "Stadt " + TOWNS["de"][0].split()[-1], "Préfecture"),
            ),
        ]:
            p.text(x0 + 136, yy, lab, "Helvetica", 5.5)
            p.text(x0 + 136, yy + 8, val, "Helvetica-Bold", 8)
            yy += 22
        p.text(x0 + 10, y0 + ph - 20, mrz([f"P<{cc}{c.last}", "", c.first], 44), "Courier", 7.2)
        p.text(x0 + 10, y0 + ph - 10, mrz([no, cc, born.strftime("%y%m%d")], 44), "Courier", 7.2)
        ybot = y0 + ph
    else:
        if lg == "en":
            no = mrz([c.last[:5], born.strftime("%y%m%d"), serial(rng, "AA9AA")], 16)
            front = [
                ("1.", c.last.upper()),
                ("2.", c.first.upper()),
                ("3.", f"{short(born, 'de')} UNITED KINGDOM"),
                ("4a. / 4b.", f"{short(until - timedelta(days=3650), 'de')}  {short(until, 'de')}"),
                ("5.", no),
                ("8.", f"{c.street}, {c.town}".upper()),
            ]
            back = [("9.", "AM/A/B1/B/f/k/l/n/p/q"), ("12.", "01"), ("B", short(born, "de"))]
            titles = ("DRIVING LICENCE   UK", "DRIVING LICENCE   UK  (reverse)")
            mz: tuple[str, ...] = ()
        elif lg == "de":
            no = serial(rng, "L9AA99AA9")
            front = [
                ("Name / Surname", c.last.upper()),
                ("Vornamen / Given names", c.first.upper()),
                ("Geburtstag / Date of birth", short(born, "de")),
                ("Staatsangehörigkeit", "DEUTSCH"),
                ("Gültig bis / Date of expiry", short(until, "de")),
                ("Ausweis-Nr.", no),
            ]
            back = [
                ("Anschrift / Address", f"{c.town.upper()}"),
                ("", c.street.upper()),
                (
                    "Augenfarbe / Größe",
                    f"{rng.choice(['BRAUN', 'BLAU', 'GRÜN'])}  {rng.randint(158, 194)} cm",
                ),
            ]
            titles = ("BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS", "PERSONALAUSWEIS (Rückseite)")
            mz = (
                mrz([f"IDD<{no}", ""], 30),
                mrz([born.strftime("%y%m%d") + "1", until.strftime("%y%m%d") + "2", "D"], 30),
                mrz([c.last, "", c.first], 30),
            )
        else:
            no = serial(rng, "A9A9A9A99")
            front = [
                ("Nom / Surname", c.last.upper()),
                ("Prénoms / Given names", c.first),
                ("Sexe / Nationalité", f"{'F' if c.female else 'M'}   FRA"),
                ("Date de naissance", short(born, "fr")),
                ("N° du document", no),
                ("Date d'expiration", short(until, "fr")),
            ]
            back = [("Adresse / Address", c.street), ("", c.town)]
            titles = ("RÉPUBLIQUE FRANÇAISE  CARTE NATIONALE D'IDENTITÉ", "IDENTITY CARD (verso)")
            mz = (
                mrz([f"IDFRA{no}", ""], 30),
                mrz([born.strftime("%y%m%d") + ("1F" if c.female else "1M"), "FRA"], 30),
                mrz([c.last, "", c.first], 30),
            )
        card_face(p, x0, y0, titles[0], front, rng)
        y1 = y0 + CARD[1] * 1.35 + rng.uniform(20, 60)
        card_face(p, x0 + rng.uniform(-20, 20), y1, titles[1], back, rng, False, mz)
        ybot = y1 + CARD[1] * 1.35
    if rng.random() < 0.6:
        who = assistant(rng)
        hand(
            p,
            x0,
            ybot + 40,
            tr(home(), "Original seen", "Original vorgelegen", "Original vu")
            + f"  {short(d, home())}  {initials(who)}",
            10,
        )
    return p


def bill_copy(rng: random.Random, c: Customer, d: date) -> Page:
    """A photocopy of a utility bill's first page as proof of address, smaller than the sheet."""
    p = Page(A4)
    copier_edge(p, rng)
    lg = c.lang
    supplier = rng.choice(
        {
            "en": ["Yorkshire Water", "British Gas", "EDF Energy", "Octopus Energy"],
            "de": ["Vattenfall Europe Sales", "Stadtwerke Leipzig", "Mainova AG", "E.ON Energie"],
            "fr": ["EDF", "Engie", "Eau du Grand Lyon", "TotalEnergies"],
        }[lg]
    )
    x, y, bw = rng.uniform(50, 90), rng.uniform(50, 80), 430.0
    p.rect(x, y, bw, 560)
    p.text(x + 14, y + 26, supplier, "Helvetica-Bold", 13)
    yy = y + 70
    for ln in [mx(c.name, lg), c.street, c.town]:
        p.text(x + 14, yy, ln, "Helvetica", 8.5)
        yy += 11
    sd = d - timedelta(days=rng.randint(10, 70))
    yy = pairs(
        p,
        style_of(facility_head()),
        x + bw * 0.55,
        y + 70,
        [
            (tr(lg, "Bill date", "Rechnungsdatum", "Date de facture"), short(sd, lg)),
            (tr(lg, "Account no.", "Vertragskonto", "Réf. client"), serial(rng, "9999 9999 99")),
        ],
        x + bw - 14,
        7.5,
    )
    p.text(
        x + 14, y + 150, tr(lg, "Your bill", "Ihre Rechnung", "Votre facture"), "Helvetica-Bold", 11
    )
    yy = y + 172
    for _ in range(rng.randint(5, 9)):
        p.text(
            x + 14,
            yy,
            fit(words(rng, lg, "money", 6), "Helvetica", 7.5, bw * 0.6),
            "Helvetica",
            7.5,
        )
        p.text(x + bw - 14, yy, cash(rng.uniform(4, 180), lg), "Helvetica", 7.5, "right")
        yy += 12
    p.text(
        x + 14, yy + 16, tr(lg, "Amount due", "Zu zahlen", "Montant à payer"), "Helvetica-Bold", 9
    )
    p.text(x + bw - 14, yy + 16, cash(rng.uniform(60, 420), lg), "Helvetica-Bold", 9, "right")
    return p


def email(c: Customer, rng: random.Random) -> str:
    host = rng.choice(
        {
            "en": ["gmail.com", "outlook.com", "btinternet.com"],
            "de": ["web.de", "gmx.de", "t-online.de"],
            "fr": ["orange.fr", "free.fr", "gmail.com"],
        }[c.lang]
    )
    user = f"{c.first[0]}.{c.last}".lower()
    for x, y in (("è", "e"), ("é", "e"), ("ü", "ue"), ("ö", "oe"), ("ä", "ae")):
        user = user.replace(x, y)
    return f"{user}@{host}"


def tpl_move_in(rng: random.Random, who: Issuer) -> list[Page]:
    """The facility's move-in form filled in by hand at the counter, with the photocopy of the
    customer's identity document and now and then of a utility bill stapled behind."""
    h = facility_head()
    lg = h.lang
    c = a_customer(rng, business=rng.random() < 0.2)
    c.lang = lg
    c.since = some_day(rng)
    d = c.since
    s = style_of(h, A4, margin=40, pt=9)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "CUSTOMER MOVE-IN FORM", "MIETERDATENBLATT / EINZUG", "FICHE D'ENTRÉE CLIENT")
    p.text(m, y, title, s.bold, 12.5)
    p.text(
        w - m, y, f"{tr(lg, 'Account', 'Kunden-Nr.', 'N° client')} {c.acct}", s.font, 8.5, "right"
    )
    y += 16
    y = band(
        p, s, y, tr(lg, "1. Customer details", "1. Angaben zum Mieter", "1. Coordonnées du client")
    )
    born = date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom, prénom"), f"{c.last}, {c.first}"),
            (
                tr(lg, "Company (if any)", "Firma (falls gewerblich)", "Société (le cas échéant)"),
                c.firm,
            ),
            (tr(lg, "Home address", "Anschrift", "Adresse"), c.street),
            (tr(lg, "Town / postcode", "PLZ / Ort", "Code postal / ville"), c.town),
            (tr(lg, "Mobile", "Mobil", "Portable"), c.phone),
            (
                tr(lg, "Email", "E-Mail", "Courriel"),
                email(c, rng),
            ),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
            (
                tr(lg, "Alternative contact", "Notfallkontakt", "Personne à prévenir"),
                f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}" if rng.random() < 0.7 else "",
            ),
        ],
    )
    y = band(
        p, s, y, tr(lg, "2. Unit and charges", "2. Lagerraum und Miete", "2. Box et redevance")
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Unit no.", "Box-Nr.", "N° de box"), c.unit),
            (tr(lg, "Size", "Größe", "Surface"), size_text(c.size, lg)),
            (tr(lg, "Rate", "Miete", "Tarif"), f"{cash(c.rate, lg)} {per(lg)}"),
            (tr(lg, "Move-in date", "Einzugsdatum", "Date d'entrée"), short(d, lg)),
            (
                tr(lg, "Deposit", "Kaution", "Dépôt de garantie"),
                cash(c.rate * (4 if lg == "en" else 1), lg),
            ),
            (
                tr(lg, "Padlock", "Schloss", "Cadenas"),
                rng.choice([tr(lg, "own", "eigenes", "personnel"), "disc lock 70mm", "Diskus 70"]),
            ),
        ],
        per=3,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "3. Identification seen",
            "3. Vorgelegte Ausweisdokumente",
            "3. Pièces justificatives présentées",
        ),
    )
    id_labels = [
        tr(lg, "Passport", "Reisepass", "Passeport"),
        tr(lg, "Photocard driving licence", "Personalausweis", "Carte d'identité"),
        tr(lg, "Utility bill (< 3 months)", "Führerschein", "Permis de conduire"),
        tr(lg, "Bank statement", "Meldebescheinigung", "Justificatif de domicile (< 3 mois)"),
    ]
    show_bill = rng.random() < 0.45
    on = {rng.choice([0, 1])} | ({2 if lg == "en" else 3} if show_bill else set())
    y = ticks(p, s, m, y + 10, w - 2 * m, id_labels, on, 8)
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "4. Goods to be stored",
            "4. Einzulagernde Gegenstände",
            "4. Nature des biens entreposés",
        ),
    )
    goods = [
        tr(lg, "Household furniture", "Hausrat / Möbel", "Mobilier"),
        tr(lg, "Boxes / personal effects", "Kartons / persönliche Sachen", "Cartons / effets"),
        tr(lg, "Business stock", "Gewerbliche Ware", "Stock professionnel"),
        tr(lg, "Documents / archives", "Akten / Archiv", "Archives"),
        tr(lg, "Tools / equipment", "Werkzeug / Geräte", "Outillage"),
        tr(lg, "Other", "Sonstiges", "Autre"),
    ]
    y = ticks(p, s, m, y + 10, w - 2 * m, goods, set(rng.sample(range(6), rng.randint(1, 3))), 8)
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "5. Insurance of stored goods",
            "5. Versicherung des Lagerguts",
            "5. Assurance des biens",
        ),
    )
    own = rng.random() < 0.3
    y = ticks(
        p,
        s,
        m,
        y + 10,
        w - 2 * m,
        [
            tr(
                lg,
                "Customer Goods Protection through the store",
                "Lagergutversicherung über uns",
                "Garantie biens entreposés proposée par le site",
            ),
            tr(
                lg,
                "Own household insurance",
                "Eigene Hausratversicherung",
                "Assurance personnelle (attestation jointe)",
            ),
        ],
        {1 if own else 0},
        8,
    )
    value = rng.choice([2000, 3000, 5000, 7500, 10000, 15000])
    hand(
        p,
        m + 4,
        y + 2,
        f"{tr(lg, 'Value declared', 'Versicherungswert', 'Valeur déclarée')}: {whole(value, lg)}",
        9,
    )
    y += 18
    decl = tr(
        lg,
        "I confirm that the goods stored do not include any food, animals, flammable, explosive "
        "or hazardous items, cash, firearms or anything illegal, and that I own the goods or "
        "have the owner's permission. I have read and accept the storage licence terms and the "
        "site rules. The store has a lien over the goods for unpaid charges.",
        "Ich versichere, dass keine Lebensmittel, Tiere, brennbaren, explosiven oder gefährlichen "
        "Stoffe, Waffen oder illegalen Gegenstände eingelagert werden und dass ich Eigentümer "
        "der Gegenstände bin. Die Allgemeinen Mietbedingungen und die Hausordnung habe ich "
        "erhalten und erkenne sie an.",
        "Je certifie que les biens entreposés ne comprennent ni denrées, ni animaux, ni produits "
        "inflammables, explosifs ou dangereux, ni armes, et que j'en suis propriétaire. "
        "J'accepte les conditions générales et le règlement intérieur du site.",
    )
    for ln in wrap(decl, s.font, 7.5, w - 2 * m):
        p.text(m, y, ln, s.font, 7.5)
        y += 9.5
    y += 6
    bw = (w - 2 * m - 12) / 2
    y = min(y, hh - m - 50)
    sign_box(
        p,
        s,
        m,
        y,
        bw,
        tr(
            lg,
            "Customer signature / date",
            "Unterschrift Mieter / Datum",
            "Signature du client / date",
        ),
        c.name,
    )
    hand(p, m + bw - 70, y + 18, short(d, lg), 8)
    staff = assistant(rng)
    sign_box(
        p,
        s,
        m + bw + 12,
        y,
        bw,
        tr(lg, "Completed by (staff)", "Bearbeitet von", "Établi par"),
        staff,
    )
    y += 62
    if y < hh - m - 90:
        y = band(p, s, y, tr(lg, "Office use only", "Vom Büro auszufüllen", "Réservé au site"))
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (
                    tr(lg, "Gate PIN issued", "Zugangs-PIN", "Code d'accès remis"),
                    serial(rng, "9999") if rng.random() < 0.5 else "x",
                ),
                (
                    tr(lg, "Direct Debit set up", "SEPA-Mandat erfasst", "Mandat SEPA saisi"),
                    rng.choice(["x", tr(lg, "card", "bar", "CB")]),
                ),
                (
                    tr(lg, "Entered on system", "Im System angelegt", "Saisi dans le logiciel"),
                    initials(rng.choice([staff, manager()])),
                ),
                (tr(lg, "Welcome pack", "Infomappe", "Livret d'accueil"), "x"),
            ],
            per=4,
            tall=24,
        )
    pages = [p]
    pages.append(id_copy(rng, c, d))
    if show_bill and rng.random() < 0.8:
        pages.append(bill_copy(rng, c, d))
    remember(c, d, value)
    return pages


def tpl_contents_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The goods protection scheme's certificate of insurance for one customer's stored goods
    (A4 or A5), now and then with the summary of cover behind."""
    h = head_of(who, "scheme", abroad=0.1)
    lg = h.lang
    c = customer_for(rng, ("move_in",))
    ex = LAST["extra"]
    value = ex if after(("move_in",)) and isinstance(ex, int) else rng.choice([2000, 5000, 8000])
    d = last_day(rng, ("move_in",), (1, 6))
    size = keyed(who, "size").choice([A4, A4, A5])
    small = size == A5
    s = style_of(h, size, margin=34 if small else 0, pt=8 if small else 0)
    w, _ = size
    m = s.margin
    f = sheets(s, h)
    if not small or rng.random() < 0.5:
        recipient(
            f,
            s,
            h,
            c.lines(),
            d,
            [(tr(lg, "Certificate", "Nachweis-Nr.", "Attestation n°"), serial(rng, "99999999"))],
        )
    caption(
        f,
        s,
        tr(lg, "CERTIFICATE OF INSURANCE", "VERSICHERUNGSBESTÄTIGUNG", "ATTESTATION D'ASSURANCE"),
        3 if not small else 1.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Goods in self storage",
            "Einlagerungsversicherung für Lagergut",
            "Biens entreposés en garde-meubles / self-stockage",
        ),
        s.size,
    )
    rate = {"en": 0.0011, "de": 0.0015, "fr": 0.0014}[lg]
    prem = round(value * rate * (1 if lg == "en" else 4.3), 2)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), c.name),
                (tr(lg, "Storage facility", "Lagerort", "Site de stockage"), facility_name()),
                (tr(lg, "Unit", "Box", "Box n°"), c.unit),
                (tr(lg, "Sum insured", "Versicherungssumme", "Capital garanti"), cash(value, lg)),
                (
                    tr(
                        lg,
                        "Premium (collected with your rent)",
                        "Prämie (mit der Miete)",
                        "Cotisation (avec la redevance)",
                    ),
                    f"{cash(prem, lg)} {per(home())}",
                ),
                (tr(lg, "Cover starts", "Versicherungsbeginn", "Date d'effet"), day(h, d)),
                (
                    tr(lg, "Master policy", "Rahmenvertrag", "Contrat groupe n°"),
                    serial(keyed(who, "pol"), "AA/9999999"),
                ),
                (
                    tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
                    cash(100 if lg != "de" else 150, lg),
                ),
            ],
            w - m - (0 if small else w * 0.2),
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            "Cover is for loss of or damage to the goods in the unit by fire, lightning, "
            "explosion, storm, flood, escape of water, theft involving forcible entry, and "
            "vermin. Cover continues while the premium is paid and ends when the unit is vacated.",
            "Versichert sind die eingelagerten Sachen gegen Feuer, Blitzschlag, Explosion, Sturm, "
            "Hagel, Leitungswasser, Einbruchdiebstahl und Nagetierschäden. Der Schutz endet mit "
            "der Räumung des Lagerraums.",
            "La garantie couvre les biens entreposés contre l'incendie, la foudre, l'explosion, "
            "la tempête, le dégât des eaux, le vol avec effraction et les dommages causés par "
            "les rongeurs, pendant toute la durée du contrat de location du box.",
        ),
        s.size - 0.5,
    )
    f.need(90)
    f.y += 10
    scrawl(f.page, m, f.y + 20, person_of(h, "uw"))
    f.page.text(
        m,
        f.y + 32,
        tr(
            lg,
            "Signed on behalf of the insurers",
            "Für den Versicherer",
            "Pour l'assureur, par délégation",
        ),
        s.font,
        s.size - 1,
    )
    if rng.random() < 0.5:
        seal(
            f.page,
            w - m - 50,
            f.y + 20,
            30,
            h.name.split(" - ")[0][:30],
            tr(lg, "ISSUED", "AUSGESTELLT", "DÉLIVRÉ"),
        )
    pages = list(f.pages)
    if rng.random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Summary of cover - please keep with this certificate",
                    "Das Wichtigste zu Ihrer Einlagerungsversicherung",
                    "Résumé des garanties et exclusions",
                ),
                [
                    tr(lg, "What is covered", "Versicherte Gefahren", "Garanties"),
                    tr(lg, "What is not covered", "Ausschlüsse", "Exclusions"),
                    tr(lg, "Valuables", "Wertsachen", "Objets de valeur"),
                    tr(lg, "How to claim", "Im Schadenfall", "Déclaration de sinistre"),
                    tr(lg, "Cancellation", "Kündigung", "Résiliation"),
                    tr(lg, "Complaints", "Beschwerden", "Réclamations"),
                    tr(lg, "Data protection", "Datenschutz", "Données personnelles"),
                ],
            )
        )
    pages = close(pages, s, h, numbers=rng.choice(["none", "{i}/{n}", h.numbers]))
    received(rng, pages[0], d, 0.15)
    remember(c, d)
    return pages


def tpl_business_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A business storage agreement: cover page, particulars, numbered clauses under a running
    header, the schedule of units and charges, the inventory of the goods on landscape pages
    and the signature page."""
    h = facility_head()
    lg = h.lang
    c = a_customer(rng, business=True)
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    no = serial(rng, {"en": "BSA-99999", "de": "GLV-9999-99", "fr": "CSP 99999"}[lg])
    title = tr(
        lg,
        "BUSINESS STORAGE AGREEMENT",
        "LAGERVERTRAG FÜR GEWERBEKUNDEN",
        "CONTRAT DE STOCKAGE PROFESSIONNEL",
    )
    cover = Page(A4)
    heading(cover, s, h)
    y = hh * 0.32
    cover.text(w / 2, y, title, s.bold, shrink(title, s.bold, 17, w - 2 * m), "center")
    y += 40
    for t in (tr(lg, "between", "zwischen", "entre"), h.name, tr(lg, "and", "und", "et"), c.firm):
        bold = s.bold if t in (h.name, c.firm) else s.font
        cover.text(w / 2, y, t, bold, 11, "center")
        y += 22
    y += 30
    cover.text(
        w / 2,
        y,
        f"{tr(lg, 'Agreement no.', 'Vertrags-Nr.', 'Contrat n°')} {no}",
        s.font,
        9,
        "center",
    )
    cover.text(w / 2, y + 14, day(h, d), s.font, 9, "center")
    if rng.random() < 0.5:
        cover.text(
            w / 2,
            hh - m - 20,
            tr(lg, "Commercial in confidence", "Vertraulich", "Confidentiel"),
            italic_of(s.font),
            8,
            "center",
        )
    header = f"{h.name} - {title.title()} {no}"
    f = Sheets(A4, hh - s.margin - 8, lambda p, n: running_header(p, s, header))
    units = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        sz = rng.choice(unit_sizes(lg)[3:])
        units.append((a_unit(rng), sz, rate_for(sz, lg, rng)))
    caption(f, s, tr(lg, "Particulars", "Vertragsdaten", "Conditions particulières"), 2, True)
    monthly = sum(u[2] for u in units) * (52 / 12 if lg == "en" else 1)
    f.y = (
        pairs(
            f.page,
            s,
            s.margin,
            f.y,
            [
                (tr(lg, "Customer", "Mieter", "Client"), c.firm),
                (tr(lg, "Registered address", "Sitz", "Siège"), f"{c.street}, {c.town}"),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), c.name),
                (tr(lg, "Units", "Lagerräume", "Box"), ", ".join(u[0] for u in units)),
                (tr(lg, "Commencement date", "Mietbeginn", "Date d'effet"), day(h, d)),
                (
                    tr(lg, "Minimum term", "Mindestlaufzeit", "Durée minimale"),
                    tr(
                        lg,
                        f"{rng.choice([3, 6, 12])} months",
                        f"{rng.choice([3, 6, 12])} Monate",
                        f"{rng.choice([3, 6, 12])} mois",
                    ),
                ),
                (
                    tr(
                        lg,
                        "Monthly charge (excl. VAT)",
                        "Monatliche Miete (netto)",
                        "Redevance mensuelle HT",
                    ),
                    cash(monthly, lg),
                ),
                (
                    tr(lg, "Payment", "Zahlungsweise", "Paiement"),
                    tr(
                        lg,
                        "monthly in advance by Direct Debit",
                        "monatlich im Voraus per SEPA-Lastschrift",
                        "mensuel d'avance par prélèvement SEPA",
                    ),
                ),
                (
                    tr(lg, "Access", "Zugang", "Accès"),
                    rng.choice(["06:00 - 22:00", "24/7", "07:00 - 21:00"]),
                ),
                (
                    tr(
                        lg,
                        "Goods received on customer's behalf",
                        "Warenannahme für den Kunden",
                        "Réception de marchandises",
                    ),
                    yes_no(lg)[rng.randint(0, 1)],
                ),
            ],
            w - m,
        )
        + 12
    )
    heads = TERMS_HEADS[lg]
    for k, t in enumerate(heads[: rng.randint(9, 15)], 1):
        f.heading(m, f"{k}. {t}", s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            write(f, s, f"{k}.{j + 1} " + prose(rng, lg, "legal", 2, 4), s.size - 0.5, 12)
    # Schedule 1 on a page of its own
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 1 - Units and charges",
            "Anlage 1 - Lagerräume und Entgelte",
            "Annexe 1 - Box et redevances",
        ),
        1.5,
        True,
    )
    cols = columns(m, w - m, [(1, "left"), (1.2, "left"), (1.6, "left"), (1.3, "right")])
    rows = [
        [
            u,
            size_text(sz, lg),
            rng.choice(
                [
                    tr(lg, "Drive-up", "Rolltor außen", "Accès véhicule"),
                    tr(lg, "Indoor, ground floor", "Innen, EG", "Intérieur RDC"),
                    tr(lg, "Indoor, 1st floor", "Innen, 1. OG", "Intérieur 1er"),
                ]
            ),
            f"{cash(r, lg)} {per(lg)}",
        ]
        for u, sz, r in units
    ]
    extras = [
        [
            tr(lg, "Pallet storage", "Palettenstellplätze", "Emplacements palettes"),
            f"{rng.randint(4, 30)} x",
            "",
            f"{cash(rng.choice([12.0, 15.0, 18.0]), lg)} {per(lg)}",
        ],
        [
            tr(lg, "Goods-in handling", "Warenannahme", "Réception colis"),
            "",
            "",
            f"{cash(rng.choice([3.5, 5.0]), lg)} / {tr(lg, 'delivery', 'Sendung', 'colis')}",
        ],
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Unit", "Box", "Box"),
            tr(lg, "Size", "Fläche", "Surface"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Rate", "Miete", "Tarif"),
        ],
        rows + extras[: rng.randint(0, 2)],
        s,
        rules=True,
    )
    pages = [cover, *f.pages]
    # Schedule 2: inventory, landscape
    if rng.random() < 0.75:
        ls = style_of(h, landscape(A4), margin=40, pt=8)
        lw, lh = landscape(A4)
        inv_title = tr(
            lg,
            "Schedule 2 - Inventory of goods",
            "Anlage 2 - Bestandsliste",
            "Annexe 2 - Inventaire des biens",
        )

        def start(p: Page, n: int) -> float:
            p.text(40, 36, fit(f"{inv_title} - {c.firm}", ls.bold, 10, lw * 0.7), ls.bold, 10)
            p.text(lw - 40, 36, no, ls.font, 8, "right")
            p.line(40, 42, lw - 40, 42)
            return 60.0

        fi = Sheets((lw, lh), lh - 50, start)
        goods = {
            "en": [
                "Exhibition stand panels",
                "Archive boxes",
                "Office chairs",
                "Printed brochures",
                "Pallet of stock",
                "Display cabinet",
                "Banner stands",
                "Desks",
                "Filing cabinet",
                "Copper fittings",
                "Radiators",
                "Lighting rig flight case",
            ],
            "de": [
                "Messewand-Elemente",
                "Archivkartons",
                "Bürostühle",
                "Prospekte",
                "Palette Ware",
                "Vitrine",
                "Roll-up-Displays",
                "Schreibtische",
                "Aktenschrank",
                "Fittings Kupfer",
                "Heizkörper",
                "Flightcase Licht",
            ],
            "fr": [
                "Panneaux de stand",
                "Cartons d'archives",
                "Fauteuils de bureau",
                "Catalogues",
                "Palette de stock",
                "Vitrine",
                "Kakémonos",
                "Bureaux",
                "Armoire à dossiers",
                "Raccords cuivre",
                "Radiateurs",
                "Flight-case éclairage",
            ],
        }[lg]
        rows2 = []
        for k in range(rng.randint(14, 60)):
            rows2.append(
                [
                    f"{k + 1:03d}",
                    rng.choice(goods),
                    str(rng.randint(1, 40)),
                    rng.choice(["P", "C", "L", "P"]),
                    rng.choice(
                        [
                            tr(lg, "good", "gut", "bon"),
                            tr(lg, "used", "gebraucht", "usagé"),
                            tr(lg, "new", "neu", "neuf"),
                        ]
                    ),
                    rng.choice([u[0] for u in units]),
                    rng.choice(["", "", "", *REMARKS[lg]]),
                ]
            )
        table(
            fi,
            columns(
                40,
                lw - 40,
                [
                    (0.5, "left"),
                    (3, "left"),
                    (0.6, "right"),
                    (0.6, "center"),
                    (1, "left"),
                    (0.9, "left"),
                    (3, "left"),
                ],
            ),
            [
                "#",
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "P/C/L", "P/K/L", "P/C/L"),
                tr(lg, "Condition", "Zustand", "État"),
                tr(lg, "Unit", "Box", "Box"),
                tr(lg, "Remarks", "Bemerkung", "Observations"),
            ],
            rows2,
            ls,
            shade=0.85,
            rules=True,
            step=1.8,
        )
        fi.y += 6
        fi.need(20)
        fi.page.text(
            40,
            fi.y,
            tr(
                lg,
                "P = pallet, C = carton, L = loose item",
                "P = Palette, K = Karton, L = lose",
                "P = palette, C = carton, L = vrac",
            ),
            ls.font,
            7,
        )
        pages += fi.pages
    # Signature page
    sp = Page(A4)
    y = m + 10
    sp.text(m, y, tr(lg, "Signed by the parties", "Unterschriften", "Signatures"), s.bold, 11)
    y += 24
    for ln in wrap(
        tr(
            lg,
            "This agreement consists of the particulars, the terms and the "
            "schedules. Each party has received a signed copy.",
            "Dieser Vertrag besteht aus den Vertragsdaten, den Bedingungen und den "
            "Anlagen. Jede Partei erhält eine unterschriebene Ausfertigung.",
            "Le présent contrat comprend les conditions particulières, les "
            "conditions générales et les annexes. Fait en deux exemplaires.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        sp.text(m, y, ln, s.font, s.size)
        y += s.size * 1.4
    y += 30
    bw = (w - 2 * m - 20) / 2
    for k, (party, name) in enumerate([(h.name, manager()), (c.firm, c.name)]):
        x = m + k * (bw + 20)
        sp.text(x, y, tr(lg, "For and on behalf of", "Für", "Pour") + f" {party}"[:60], s.font, 8)
        scrawl(sp, x + 10, y + 40, name)
        sp.line(x, y + 46, x + bw, y + 46)
        sp.text(x, y + 58, name, s.font, 8.5)
        sp.text(x, y + 70, tr(lg, "Date", "Ort, Datum", "Fait à, le"), s.font, 8)
        hand(sp, x + 60, y + 70, short(d + timedelta(days=rng.randint(0, 4)), lg), 9)
    if rng.random() < 0.4:
        stamp(sp, m + bw + 40, y + 90, [c.firm.upper()[:28], c.street[:28], c.town[:28]])
    pages.append(sp)
    numbers = rng.choice(["Page {i} of {n}", "- {i} -", h.numbers, "{i}/{n}"])
    number_pages(pages, s, numbers if numbers != "none" else "Page {i} of {n}", "bc", 1, bottom=26)
    remember(c, d)
    return pages


def tpl_unit_transfer(rng: random.Random, who: Issuer) -> list[Page]:
    """The facility's unit transfer form (A4 or A5): the customer moves to another unit, with
    the old and new rates, the reason ticked and both signatures."""
    h = facility_head()
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    size = keyed(who, "tsize").choice([A4, A5, A5])
    small = size == A5
    s = style_of(h, size, margin=30 if small else 44, pt=8 if small else 9)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "UNIT TRANSFER FORM", "UMZUG IN EINEN ANDEREN LAGERRAUM", "TRANSFERT DE BOX")
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m - 60))
    p.text(w - m, y, serial(rng, "No 99999"), "Courier", 8, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Mieter", "Client"), c.name),
            (tr(lg, "Account", "Kunden-Nr.", "N° client"), c.acct),
        ],
        per=2,
        tall=24,
    )
    new_size = rng.choice([v for v in unit_sizes(lg) if v != c.size])
    new_rate = rate_for(new_size, lg, rng)
    new_unit = a_unit(rng)
    cw = (w - 2 * m) / 3
    y = band(p, s, y, "")
    for k, t in enumerate(
        ["", tr(lg, "From", "Bisher", "Ancien box"), tr(lg, "To", "Neu", "Nouveau box")]
    ):
        p.text(m + k * cw + 4, y - 10, t, s.bold, 8)
    for lab, a, b in [
        (tr(lg, "Unit no.", "Box-Nr.", "N° de box"), c.unit, new_unit),
        (tr(lg, "Size", "Größe", "Surface"), size_text(c.size, lg), size_text(new_size, lg)),
        (tr(lg, "Rate", "Miete", "Tarif"), f"{cash(c.rate, lg)}", f"{cash(new_rate, lg)}"),
    ]:
        y += 6
        p.text(m + 4, y + 8, lab, s.font, 8)
        p.rect(m + cw, y, cw - 4, 20)
        p.rect(m + 2 * cw, y, cw - 4, 20)
        hand(p, m + cw + 6, y + 14, a, 9, cw - 14)
        hand(p, m + 2 * cw + 6, y + 14, b, 9, cw - 14)
        y += 20
    y += 16
    p.text(m, y, tr(lg, "Reason", "Grund", "Motif"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 50,
        y,
        w - 2 * m - 50,
        [
            tr(lg, "Need more space", "Mehr Platz", "Plus grand"),
            tr(lg, "Need less space", "Weniger Platz", "Plus petit"),
            tr(lg, "Ground floor / drive-up", "Erdgeschoss / Zufahrt", "RDC / accès véhicule"),
            tr(lg, "Other", "Sonstiges", "Autre"),
        ],
        {1 if new_size < c.size else 0},
        7.5,
    )
    d2 = d + timedelta(days=rng.randint(0, 10))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Transfer date", "Umzugsdatum", "Date du transfert"), short(d2, lg)),
            (
                tr(lg, "Pro rata adjustment", "Verrechnung anteilig", "Régularisation prorata"),
                cash(round((new_rate - c.rate) * rng.uniform(0.2, 0.9), 2), lg),
            ),
            (
                tr(
                    lg,
                    "Old unit checked empty & clean",
                    "Alter Raum leer/besenrein",
                    "Ancien box vide",
                ),
                tr(lg, "yes", "ja", "oui") + f" - {initials(assistant(rng))}",
            ),
            (
                tr(lg, "Lock moved / new lock", "Schloss umgesetzt", "Cadenas déplacé"),
                rng.choice(yes_no(lg)),
            ),
        ],
        per=2,
        tall=24,
    )
    y = min(y + 4, hh - m - 50)
    bw = (w - 2 * m - 10) / 2
    sign_box(
        p, s, m, y, bw, tr(lg, "Customer", "Unterschrift Mieter", "Signature du client"), c.name
    )
    sign_box(
        p,
        s,
        m + bw + 10,
        y,
        bw,
        tr(lg, "For the store", "Für den Vermieter", "Pour le site"),
        assistant(rng),
    )
    remember(c, d)
    return [p]


def customer_note(rng: random.Random, c: Customer, d: date, text: str) -> Page:
    """A customer's short handwritten note on an A5 sheet torn from a pad."""
    p = Page(A5)
    w, hh = A5
    if rng.random() < 0.6:
        for k in range(int((hh - 60) / 18)):
            p.line(20, 50 + 18 * k, w - 20, 50 + 18 * k)
    y = 46.0
    hand(p, w - 150, y, short(d, c.lang), 10)
    y += 36
    for ln in wrap(text, HAND, 10.5, w - 70):
        hand(p, 34, y, ln, 10.5)
        y += 18
    y += 10
    scrawl(p, 40, y + 12, c.name, 14)
    hand(p, 40, y + 34, f"{c.name} ({c.unit})", 9.5)
    return p


def tpl_move_out(rng: random.Random, who: Issuer) -> list[Page]:
    """The notice to vacate and move-out inspection form: the customer's part, the store's
    inspection ticks and the refund; now and then the customer's own note behind."""
    h = facility_head()
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    s = style_of(h, A4, margin=42, pt=9)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "NOTICE TO VACATE / MOVE-OUT FORM",
        "KÜNDIGUNG UND AUSZUGSPROTOKOLL",
        "PRÉAVIS DE DÉPART ET ÉTAT DES LIEUX DE SORTIE",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m))
    y += 16
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Part A - to be completed by the customer",
            "Teil A - vom Mieter auszufüllen",
            "Partie A - à remplir par le client",
        ),
    )
    notice = d - timedelta(days=rng.randint(7, 30))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), c.name),
            (
                tr(lg, "Account / unit", "Kunden-Nr. / Box", "N° client / box"),
                f"{c.acct} / {c.unit}",
            ),
            (tr(lg, "Date notice given", "Kündigung vom", "Date du préavis"), short(notice, lg)),
            (tr(lg, "Date vacating", "Auszug am", "Date de départ"), short(d, lg)),
            (
                tr(lg, "Forwarding address", "Neue Anschrift", "Nouvelle adresse"),
                f"{rng.randint(1, 90)} {rng.choice(ROADS[lg])}"
                if lg != "de"
                else f"{rng.choice(ROADS[lg])} {rng.randint(1, 90)}",
            ),
            (tr(lg, "Town", "Ort", "Ville"), rng.choice(TOWNS[lg])),
        ],
        per=2,
    )
    p.text(m, y + 2, tr(lg, "Reason for leaving", "Grund", "Motif du départ"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 90,
        y + 2,
        w - 2 * m - 90,
        [
            tr(lg, "Moved house", "Umzug abgeschlossen", "Déménagement terminé"),
            tr(lg, "No longer needed", "Kein Bedarf mehr", "Plus besoin"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Moving away", "Wegzug", "Départ de la région"),
            tr(lg, "Other", "Sonstiges", "Autre"),
        ],
        {rng.randint(0, 4)},
        7.5,
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "Refund to (account name)",
                    "Erstattung an (Kontoinhaber)",
                    "Titulaire du compte",
                ),
                c.name,
            ),
            (
                "IBAN" if lg != "en" else "Sort code / account no.",
                serial(
                    rng,
                    {
                        "en": "99-99-99  99999999",
                        "de": "DE99 9999 9999 9999 9999 99",
                        "fr": "FR76 9999 9999 9999 9999 9999 999",
                    }[lg],
                ),
            ),
        ],
        per=2,
    )
    sign_box(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2 - 6,
        tr(lg, "Customer signature", "Unterschrift Mieter", "Signature du client"),
        c.name,
    )
    y += 58
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Part B - unit inspection (office use)",
            "Teil B - Abnahme (Büro)",
            "Partie B - contrôle du box (réservé au site)",
        ),
    )
    checks = [
        tr(lg, "Unit empty", "Raum vollständig geräumt", "Box entièrement vidé"),
        tr(lg, "Swept clean", "Besenrein", "Balayé"),
        tr(lg, "Customer's lock removed", "Schloss des Mieters entfernt", "Cadenas retiré"),
        tr(lg, "No damage to unit", "Keine Schäden", "Aucun dommage"),
        tr(lg, "Rubbish left", "Müll zurückgelassen", "Déchets laissés"),
        tr(lg, "Access PIN cancelled", "PIN gesperrt", "Code d'accès désactivé"),
    ]
    bad = rng.random() < 0.2
    yy = y + 10
    for k, t in enumerate(checks):
        yn = True
        if k == 3:
            yn = not bad
        if k == 4:
            yn = bad
        p.text(m + 4, yy, t, s.font, 8)
        box(p, m + 230, yy, yn, 8)
        p.text(m + 242, yy, yes_no(lg)[0], s.font, 7.5)
        box(p, m + 270, yy, not yn, 8)
        p.text(m + 282, yy, yes_no(lg)[1], s.font, 7.5)
        yy += 14
    if bad:
        hand(
            p,
            m + 320,
            y + 24,
            tr(lg, "2 bags + old mattress", "2 Säcke + Matratze", "2 sacs + matelas"),
            9,
            w - 2 * m - 330,
        )
    y = yy + 6
    y = band(p, s, y, tr(lg, "Part C - account", "Teil C - Abrechnung", "Partie C - solde"))
    dep = c.rate * (4 if lg == "en" else 1)
    fee = 35.0 if bad else 0.0
    refund = round(dep - fee + rng.choice([0.0, 0.0, rng.uniform(5, 40)]), 2)
    y = pairs(
        p,
        s,
        m,
        y + 12,
        [
            (tr(lg, "Deposit held", "Kaution", "Dépôt de garantie"), cash(dep, lg)),
            (
                tr(lg, "Less clearance charge", "abzgl. Räumungskosten", "Frais de débarras"),
                cash(fee, lg),
            ),
            (
                tr(lg, "Rent credit (unused days)", "Mietgutschrift anteilig", "Avoir prorata"),
                cash(refund - dep + fee, lg),
            ),
            (tr(lg, "Refund due", "Erstattungsbetrag", "Montant remboursé"), cash(refund, lg)),
        ],
        m + (w - 2 * m) * 0.6,
        8.5,
    )
    y = min(y + 8, hh - m - 48)
    sign_box(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2 - 6,
        tr(lg, "Checked by", "Abgenommen von", "Contrôlé par"),
        assistant(rng),
    )
    hand(p, m + (w - 2 * m) / 2 + 10, y + 26, short(d, lg), 10)
    pages = [p]
    if rng.random() < 0.35:
        text = tr(
            c.lang,
            f"To whom it may concern, please take this as my notice for unit {c.unit}. I will "
            f"be out by {short(d, c.lang)}. Please refund my deposit to the account I pay from. "
            "Thanks",
            f"Hiermit kündige ich den Lagerraum {c.unit} zum {short(d, c.lang)}. Bitte die "
            "Kaution auf mein Konto zurücküberweisen. Danke",
            f"Madame, Monsieur, je vous informe que je libère le box {c.unit} le "
            f"{short(d, c.lang)}. Merci de me rembourser le dépôt de garantie. Cordialement",
        )
        pages.append(customer_note(rng, c, notice, text))
    remember(c, d)
    return pages


def tpl_rate_increase(rng: random.Random, who: Issuer) -> list[Page]:
    """The facility's rate review letter to a customer with the current and new charges and
    the date they apply; now and then a tear-off reply slip."""
    h = facility_head()
    lg = h.lang
    c = a_customer(rng, business=rng.random() < 0.25)
    d = keyed(who, "rday").choice([month() + timedelta(days=k) for k in range(2, 20)])
    d += timedelta(days=rng.choice([0, 0, 1]))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h)
    recipient(f, s, h, c.lines(), d, [(tr(lg, "Account", "Kunden-Nr.", "N° client"), c.acct)])
    eff = add_months(d, 2 if lg == "en" else 1)
    caption(
        f,
        s,
        tr(
            lg,
            f"Your storage charges from {day(h, eff)}",
            f"Anpassung Ihrer Miete zum {day(h, eff)}",
            f"Révision de votre redevance au {day(h, eff)}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(c.name, lg)), s.font, s.size)
    f.y += s.size * 2
    pct = rng.choice([3.5, 4.0, 4.9, 5.0, 6.0, 7.5])
    new = round(c.rate * (1 + pct / 100), 2)
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for storing with us. We review our storage rates once a year to reflect the "
            "rising costs of running the store, in particular energy, business rates and "
            "insurance. "
            f"From {day(h, eff)} the charge for your unit will change as shown below.",
            "vielen Dank, dass Sie bei uns einlagern. Gestiegene Kosten für Energie, Grundsteuer "
            "und "
            "Versicherung machen eine Anpassung unserer Mietpreise erforderlich. Gemäß Ziffer 3.4 "
            f"unserer Mietbedingungen ändert sich Ihre Miete ab dem {day(h, eff)} wie folgt:",
            "Nous vous remercions de votre fidélité. Conformément à l'article 3 des conditions "
            "générales, votre redevance est révisée chaque année. L'augmentation des coûts de "
            "l'énergie et de la taxe foncière nous conduit à l'ajuster à compter du "
            f"{day(h, eff)} :",
        ),
    )
    cols = columns(
        m, w - m, [(1, "left"), (1.2, "left"), (1.3, "right"), (1.3, "right"), (1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Unit", "Box", "Box"),
            tr(lg, "Size", "Größe", "Surface"),
            tr(lg, "Current rate", "Bisher", "Tarif actuel"),
            tr(lg, "New rate", "Neu", "Nouveau tarif"),
            "%",
        ],
        [
            [
                c.unit,
                size_text(c.size, lg),
                f"{cash(c.rate, lg)}",
                f"{cash(new, lg)}",
                f"+{money(pct, lg)}",
            ]
        ],
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Rates shown are per week including VAT. Your Direct Debit will be "
            "adjusted automatically; you do not need to do anything.",
            "Alle Beträge monatlich inkl. USt. Die Lastschrift wird automatisch angepasst.",
            "Montants mensuels TTC. Le prélèvement sera ajusté automatiquement.",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "If you would like to discuss this, or a smaller unit would suit you "
            "better, please speak to the site team.",
            "Wenn Sie Fragen haben oder in einen kleineren Raum wechseln möchten, sprechen "
            "Sie uns gerne an.",
            "Pour toute question, ou si un box plus petit vous conviendrait mieux, "
            "l'équipe du site reste à votre disposition.",
        ),
    )
    regards(f, s, lg, manager(), tr(lg, "Store Manager", "Standortleitung", "Responsable de site"))
    if rng.random() < 0.3 and f.y < hh - 220:
        y = hh - m - 130
        p = f.page
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg, "Reply slip - please return", "Bitte zurücksenden", "Coupon-réponse à retourner"
            ),
        )
        y += 18
        p.text(m, y, f"{c.name} - {c.unit}", s.bold, 8.5)
        ticks(
            p,
            s,
            m,
            y + 16,
            w - 2 * m,
            [
                tr(
                    lg,
                    "I accept the new rate",
                    "Ich bin einverstanden",
                    "J'accepte le nouveau tarif",
                ),
                tr(
                    lg,
                    "Please call me about a smaller unit",
                    "Bitte Rückruf wegen kleinerem Raum",
                    "Merci de me rappeler (box plus petit)",
                ),
                tr(lg, "I wish to give notice", "Ich kündige", "Je donne mon préavis"),
            ],
            set(),
            8,
        )
        p.text(
            m,
            y + 56,
            tr(lg, "Signature", "Unterschrift", "Signature") + " ______________"
            "____________     " + tr(lg, "Date", "Datum", "Date") + " ____________",
            s.font,
            8,
        )
    pages = close(f.pages, s, h, numbers="none")
    remember(c, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates JJJJ: arrears, overlock, notice of sale, auction and returned debits
# ---------------------------------------------------------------------------------------------


def tpl_overlock_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The facility's overlock and unit inspection record: the unit in arrears, the store's lock
    fitted, ticks, the contents written down by hand, two signatures; often a photo sheet."""
    h = facility_head()
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    s = style_of(h, A4, margin=40, pt=9)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "OVERLOCK & UNIT INSPECTION RECORD",
        "SPERRUNG / BESTANDSAUFNAHME LAGERRAUM",
        "CONDAMNATION ET INVENTAIRE DU BOX",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m))
    y += 14
    owed = round(c.rate * rng.randint(3, 9) * (1 if lg != "en" else 4.33) + 25, 2)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Unit", "Box", "Box"), c.unit),
            (tr(lg, "Customer", "Mieter", "Client"), c.name),
            (tr(lg, "Account", "Kunden-Nr.", "N° client"), c.acct),
            (tr(lg, "Balance owed", "Rückstand", "Solde dû"), cash(owed, lg)),
            (tr(lg, "Days overdue", "Tage im Verzug", "Jours de retard"), str(rng.randint(21, 90))),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(8, 17):02d}:{rng.choice(['05', '20', '35', '50'])}",
            ),
            (tr(lg, "Overlock no.", "Sperrschloss-Nr.", "N° cadenas site"), serial(rng, "OL-999")),
            (
                tr(lg, "Customer's lock", "Schloss Mieter", "Cadenas client"),
                rng.choice(
                    [tr(lg, "intact", "intakt", "intact"), tr(lg, "cut", "aufgebrochen", "coupé")]
                ),
            ),
        ],
        per=4,
        tall=24,
    )
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "Overlock fitted", "Sperrschloss angebracht", "Cadenas de condamnation posé"),
            tr(lg, "Notice fixed to door", "Hinweis an Tür", "Avis apposé sur la porte"),
            tr(lg, "Photos taken", "Fotos gemacht", "Photos prises"),
            tr(
                lg,
                "Unit opened for inventory",
                "Raum geöffnet (Inventur)",
                "Box ouvert (inventaire)",
            ),
            tr(lg, "Hazardous items seen", "Gefahrstoffe gesehen", "Produits dangereux"),
        ],
        {0, 1, 2, 3} if rng.random() < 0.6 else {0, 1, 2},
        8,
        after=2.6,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Contents (as seen, no value implied)",
            "Inhalt (Sichtprüfung)",
            "Contenu constaté (sans estimation)",
        ),
    )
    y += 8
    things = {
        "en": [
            "sofa (grey)",
            "approx 20 boxes",
            "bike",
            "fridge freezer",
            "mattress",
            "bin bags of clothes",
            "chest of drawers",
            "TV boxed",
            "tools in crates",
            "garden furniture",
            "golf bag",
            "mirror",
            "dining chairs x4",
        ],
        "de": [
            "Sofa grau",
            "ca. 20 Kartons",
            "Fahrrad",
            "Kühlschrank",
            "Matratze",
            "Säcke Kleidung",
            "Kommode",
            "Fernseher im Karton",
            "Werkzeugkisten",
            "Gartenmöbel",
            "Spiegel",
            "4 Stühle",
            "Waschmaschine",
        ],
        "fr": [
            "canapé gris",
            "env. 20 cartons",
            "vélo",
            "réfrigérateur",
            "matelas",
            "sacs de vêtements",
            "commode",
            "TV en carton",
            "caisses à outils",
            "salon de jardin",
            "miroir",
            "4 chaises",
            "lave-linge",
        ],
    }[lg]
    items = rng.sample(things, rng.randint(5, 11))
    for k in range(14):
        p.line(m, y + 4, w - m, y + 4)
        p.text(m + 2, y, f"{k + 1}.", s.font, 7)
        if k < len(items):
            hand(p, m + 22, y, items[k], 9.5)
        y += 17
    y += 12
    bw = (w - 2 * m - 10) / 2
    y = min(y, hh - m - 50)
    sign_box(
        p, s, m, y, bw, tr(lg, "Carried out by", "Durchgeführt von", "Effectué par"), manager()
    )
    sign_box(p, s, m + bw + 10, y, bw, tr(lg, "Witness", "Zeuge", "Témoin"), assistant(rng))
    pages = [p]
    if rng.random() < 0.65:
        q = Page(A4)
        q.text(
            m,
            m,
            tr(
                lg,
                f"Photos - unit {c.unit} - {short(d, lg)}",
                f"Fotodokumentation Box {c.unit} - {short(d, lg)}",
                f"Photos box {c.unit} - {short(d, lg)}",
            ),
            s.bold,
            10,
        )
        n = rng.choice([2, 4, 4, 6])
        pw = (w - 2 * m - 16) / 2
        ph = (hh - 2 * m - 60) / (n // 2) - 26
        for k in range(n):
            x = m + (k % 2) * (pw + 16)
            yy = m + 20 + (k // 2) * (ph + 26)
            photo(q, x, yy, pw, ph, rng)
            q.text(
                x,
                yy + ph + 12,
                fit(
                    [
                        tr(lg, "Door with overlock", "Tür mit Sperrschloss", "Porte condamnée"),
                        tr(lg, "Contents front", "Inhalt vorne", "Contenu avant"),
                        tr(lg, "Contents rear", "Inhalt hinten", "Contenu fond"),
                        tr(lg, "Notice on door", "Aushang", "Avis sur porte"),
                    ][k % 4]
                    + f" ({k + 1})",
                    s.font,
                    8,
                    pw,
                ),
                s.font,
                8,
            )
        pages.append(q)
    remember(c, d, owed)
    return pages


LIEN_TITLE = {
    "en": "NOTICE OF INTENTION TO SELL GOODS",
    "de": "Androhung der Verwertung des eingelagerten Gutes",
    "fr": "MISE EN DEMEURE AVANT VENTE DES BIENS ENTREPOSÉS",
}


def tpl_lien_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The facility's notice of intention to sell the goods in a unit for unpaid charges,
    sent by recorded delivery, with the statement of arrears and now and then the extract from
    the licence terms."""
    h = facility_head()
    lg = h.lang
    c = customer_for(rng, ("overlock_record",))
    ex = LAST["extra"]
    owed = (
        ex
        if after(("overlock_record",)) and isinstance(ex, float)
        else round(c.rate * rng.randint(3, 8) * (4.33 if lg == "en" else 1) + 25, 2)
    )
    d = last_day(rng, ("overlock_record",), (1, 10))
    rows = []
    bal = 0.0
    k = 0
    start = add_months(d, -rng.randint(3, 6))
    while bal < owed - 30 and k < 14:
        dd = add_months(start, k)
        amt = round(c.rate * (4.33 if lg == "en" else 1), 2)
        bal += amt
        rows.append(
            [
                short(dd, lg),
                tr(lg, "Storage charge", "Miete", "Redevance") + f" {c.unit}",
                money(amt, lg),
                money(bal, lg),
            ]
        )
        if k % 2 == 1:
            fee = {"en": 15.0, "de": 5.0, "fr": 10.0}[lg]
            bal += fee
            rows.append(
                [
                    short(dd + timedelta(days=10), lg),
                    tr(lg, "Late payment fee", "Mahngebühr", "Frais de relance"),
                    money(fee, lg),
                    money(bal, lg),
                ]
            )
        k += 1
    rows.append(
        [
            short(d, lg),
            tr(
                lg,
                "Overlock / notice fee",
                "Sperr- und Bearbeitungsgebühr",
                "Frais de mise en demeure",
            ),
            money(25.0, lg),
            money(bal + 25, lg),
        ]
    )
    owed = round(bal + 25, 2)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    f = sheets(s, h, f"{c.name} - {c.unit}")
    f.page.text(
        m,
        f.y - 6,
        tr(
            lg,
            "BY RECORDED DELIVERY AND FIRST CLASS POST",
            "Einschreiben mit Rückschein",
            "LETTRE RECOMMANDÉE AVEC A.R.",
        ),
        s.bold,
        8,
    )
    f.y += 8
    recipient(
        f,
        s,
        h,
        c.lines(),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "N° client"), c.acct),
            (tr(lg, "Unit", "Box", "Box"), c.unit),
        ],
    )
    caption(f, s, LIEN_TITLE[lg], 1.5)
    f.page.text(m, f.y, dear(lg, mx(c.name, lg)), s.font, s.size)
    f.y += s.size * 2
    sale = d + timedelta(days=rng.choice([14, 21, 28, 30]))
    paras = {
        "en": [
            f"We wrote to you on {day(h, d - timedelta(days=rng.randint(14, 30)))} about the "
            f"charges outstanding on your account. Despite our reminders the sum of "
            f"{cash(owed, lg)} remains unpaid, and your unit has been overlocked in accordance "
            "with clause 11 of your storage licence agreement.",
            "Under the terms of your agreement the store has a lien over the goods in the unit "
            "for all sums due. This letter is notice under sections 12 and 13 of the Torts "
            "(Interference with Goods) Act 1977 that, unless the full balance is paid by "
            f"{day(h, sale)}, we intend to sell or otherwise dispose of the goods.",
            "The proceeds of sale will be applied to the charges owed and the costs of the sale "
            "and removal; any balance will be held for you. Goods of no value may be disposed "
            "of. If you wish to make a payment or discuss your account, please contact the store "
            "immediately.",
        ],
        "de": [
            "trotz unserer Zahlungserinnerung vom "
            f"{day(h, d - timedelta(days=rng.randint(14, 30)))} "
            f"und der Mahnung ist Ihr Mietkonto mit {cash(owed, lg)} im Rückstand. Der Zugang "
            "zu Ihrem Lagerraum wurde gemäß § 9 unserer Mietbedingungen gesperrt.",
            "Wegen unserer Forderungen steht uns an den eingebrachten Sachen das "
            "Vermieterpfandrecht "
            "(§§ 562 ff. BGB) zu. Wir fordern Sie hiermit letztmalig auf, den Rückstand bis zum "
            f"{day(h, sale)} auszugleichen. Nach fruchtlosem Fristablauf werden wir das Pfandgut "
            "gemäß §§ 1234 ff. BGB durch öffentliche Versteigerung verwerten lassen.",
            "Der Erlös wird mit unseren Forderungen und den Kosten der Verwertung verrechnet; ein "
            "Überschuss steht Ihnen zu. Gegenstände ohne Verkehrswert werden entsorgt.",
        ],
        "fr": [
            f"Malgré nos relances du {day(h, d - timedelta(days=rng.randint(14, 30)))}, votre "
            f"compte présente un solde impayé de {cash(owed, lg)}. Conformément à l'article 11 "
            "des conditions générales, l'accès à votre box a été suspendu.",
            f"Nous vous mettons en demeure de régler cette somme avant le {day(h, sale)}. À "
            "défaut, le contrat sera résilié de plein droit et nous solliciterons la vente aux "
            "enchères des biens entreposés, dans les conditions prévues par la loi.",
            "Le produit de la vente sera affecté au règlement des sommes dues et des frais ; le "
            "solde éventuel vous sera reversé. Les objets sans valeur marchande seront évacués.",
        ],
    }[lg]
    for t in paras:
        write(f, s, t)
    regards(f, s, lg, manager(), tr(lg, "Store Manager", "Standortleitung", "Responsable de site"))
    pages = list(f.pages)
    # Statement of arrears
    s2 = style_of(h, A4, pt=9)
    f2 = sheets(s2, h, top=rng.random() < 0.5)
    caption(
        f2,
        s2,
        tr(lg, "Statement of account", "Forderungsaufstellung", "Décompte des sommes dues"),
        2,
        True,
    )
    f2.page.text(m, f2.y, f"{c.name} - {c.acct} - {c.unit}", s2.font, 9)
    f2.y += 20
    table(
        f2,
        columns(m, w - m, [(1.2, "left"), (3.4, "left"), (1.2, "right"), (1.2, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Buchung", "Libellé"),
            tr(lg, "Amount", "Betrag", "Montant"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s2,
        rules=True,
    )
    f2.y += 10
    write(
        f2,
        s2,
        tr(
            lg,
            f"Total now due: {cash(owed, lg)}",
            f"Gesamtforderung: {cash(owed, lg)}",
            f"Total dû : {cash(owed, lg)}",
        ),
        s2.size + 1,
    )
    pages += f2.pages
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Extract from your storage licence terms",
                    "Auszug aus den Allgemeinen Mietbedingungen",
                    "Extrait des conditions générales",
                ),
                TERMS_HEADS[lg][2:13],
            )
        )
    pages = close(pages, s, h)
    remember(c, d, sale)
    return pages


def tpl_customer_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's reply to a notice or reminder: handwritten on a pad or typed, asking for
    time to pay or saying payment was made; now and then with a printed bank transfer
    confirmation behind."""
    c = customer_for(rng, ("lien_notice", "overlock_record"))
    if rng.random() < 0.15:
        lg = rng.choice([x for x in ("en", "de", "fr") if x != home()])
        no = rng.randint(2, 90)
        road = rng.choice(ROADS[lg])
        c = replace(
            c,
            lang=lg,
            town=rng.choice(TOWNS[lg]),
            street=f"{road} {no}" if lg == "de" else f"{no} {road}",
        )
    lg = c.lang
    d = last_day(rng, ("lien_notice",), (2, 9))
    amount = round(c.rate * rng.randint(2, 5), 2)
    text = {
        "en": [
            f"Dear Sir or Madam, I received your letter about unit {c.unit}. I lost my job in the "
            f"spring and fell behind. I have today paid {cash(amount, 'en')} and can pay the rest "
            "in instalments at the end of each month. Please do not sell my things, they include "
            "my late mother's furniture. I can be reached on " + c.phone + ".",
            f"Re: unit {c.unit}. I paid the full balance by bank transfer on "
            f"{short(d - timedelta(days=1), 'en')}, please see the confirmation attached. "
            "Please remove the overlock and confirm the account is clear.",
        ],
        "de": [
            f"Sehr geehrte Damen und Herren, Ihr Schreiben zum Lagerraum {c.unit} habe ich "
            f"erhalten. Ich habe heute {cash(amount, 'de')} überwiesen und bitte um Ratenzahlung "
            "für den Rest, jeweils zum Monatsende. Bitte versteigern Sie meine Sachen nicht.",
            f"Betreff Box {c.unit}: Den offenen Betrag habe ich am "
            f"{short(d - timedelta(days=1), 'de')} vollständig überwiesen (Beleg anbei). Bitte "
            "heben Sie die Sperre auf und bestätigen Sie mir den Ausgleich.",
        ],
        "fr": [
            f"Madame, Monsieur, j'ai bien reçu votre courrier concernant le box {c.unit}. J'ai "
            f"réglé ce jour {cash(amount, 'fr')} et je vous propose de régler le solde en trois "
            "mensualités. Je vous remercie de ne pas vendre mes affaires.",
            f"Objet : box {c.unit}. J'ai réglé la totalité par virement le "
            f"{short(d - timedelta(days=1), 'fr')} (voir justificatif ci-joint). Merci de "
            "rétablir mon accès au box.",
        ],
    }[lg]
    which = rng.randint(0, 1)
    pages: list[Page] = []
    if rng.random() < 0.5:
        p = customer_note(rng, c, d, text[which])
        pages.append(p)
    else:
        size = LETTER if lg != home() and rng.random() < 0.5 else A4
        s = Style(
            font="Helvetica",
            bold="Helvetica-Bold",
            size=10.5,
            margin=64,
            numbering="none",
            number_pos="bottom",
            page_size=size,
            date_style="short",
        )
        p = Page(size)
        w, _ = size
        y = 60.0
        for ln in [c.name, c.street, c.town, c.phone]:
            p.text(w - 64, y, ln, "Helvetica", 9.5, "right")
            y += 12
        y += 20
        y = window(p, s, None, y, facility_lines())
        y += 20
        p.text(64, y, short(d, lg), "Helvetica", 10)
        y += 30
        y = text_lines(p, 64, y, w - 128, text[which], "Helvetica", 10.5)
        y += 20
        p.text(
            64,
            y,
            tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Cordialement"),
            "Helvetica",
            10.5,
        )
        scrawl(p, 64, y + 34, c.name, 14)
        p.text(64, y + 48, c.name, "Helvetica", 10.5)
        pages.append(p)
    if which == 1 or rng.random() < 0.3:
        pages.append(
            transfer_print(
                rng, c, d - timedelta(days=1), amount if which == 0 else round(amount * 2.3, 2)
            )
        )
    received(rng, pages[0], d, 0.5)
    remember(c, d)
    return pages


def text_lines(p: Page, x: float, y: float, width: float, text: str, font: str, pt: float) -> float:
    for ln in wrap(text, font, pt, width):
        p.text(x, y, ln, font, pt)
        y += pt * 1.45
    return y


def transfer_print(rng: random.Random, c: Customer, d: date, amount: float) -> Page:
    """A printout of an online banking transfer confirmation (browser header and footer)."""
    lg = c.lang
    p = Page(A4)
    w, hh = A4
    bank = rng.choice(
        {
            "en": ["Santander", "Halifax", "Monzo"],
            "de": ["Sparkasse", "ING", "Postbank"],
            "fr": ["Crédit Agricole", "La Banque Postale", "Boursorama"],
        }[lg]
    )
    p.text(
        30, 20, f"{short(d, lg)} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", "Helvetica", 7
    )
    p.text(
        w / 2,
        20,
        fit(
            f"{bank} - {tr(lg, 'Online Banking', 'Online-Banking', 'Ma banque')}",
            "Helvetica",
            7,
            200,
        ),
        "Helvetica",
        7,
        "center",
    )
    p.rect(40, 50, w - 80, 40, fill=0.85)
    p.text(56, 75, bank, "Helvetica-Bold", 15)
    y = 130.0
    p.text(
        56,
        y,
        tr(
            lg,
            "Payment confirmation",
            "Auftragsbestätigung Überweisung",
            "Confirmation de virement",
        ),
        "Helvetica-Bold",
        12,
    )
    y += 26
    s = Style("Helvetica", "Helvetica-Bold", 9.5, 56, "none", "bottom", A4, "short")
    y = pairs(
        p,
        s,
        56,
        y,
        [
            (
                tr(lg, "From", "Auftraggeber", "Compte débité"),
                f"{c.name}  ****{rng.randint(1000, 9999)}",
            ),
            (tr(lg, "To", "Empfänger", "Bénéficiaire"), facility_name()),
            (tr(lg, "Reference", "Verwendungszweck", "Motif"), f"{c.acct} {c.unit}"),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(amount, home())),
            (tr(lg, "Date", "Ausführung", "Date d'exécution"), short(d, lg)),
            (tr(lg, "Status", "Status", "Statut"), tr(lg, "Sent", "Ausgeführt", "Exécuté")),
        ],
        w * 0.7,
        9.5,
    )
    p.text(
        30,
        hh - 20,
        f"https://online.{bank.lower().replace(' ', '')[:10]}.example/payments/"
        f"{serial(rng, '99999999')}",
        "Helvetica",
        6.5,
    )
    p.text(w - 30, hh - 20, "1/1", "Helvetica", 7, "right")
    return p


def tpl_auction_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The auctioneer's vendor statement for the sale of the goods in defaulted units: lots,
    hammer prices, commission and fees, the net proceeds; then the lot pages with photographs."""
    h = head_of(who, "auction")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    sale_no = serial(rng, "99/999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Sale', 'Versteigerung', 'Vente')} {sale_no}")
    recipient(
        f,
        s,
        h,
        facility_lines(tr(lg, "Store Manager", "Standortleitung", "Direction")),
        d,
        [
            (
                tr(lg, "Vendor no.", "Einlieferer-Nr.", "N° vendeur"),
                serial(keyed(who, "v"), "V9999"),
            ),
            (tr(lg, "Sale", "Versteigerung", "Vente n°"), sale_no),
        ],
    )
    caption(
        f, s, tr(lg, "VENDOR STATEMENT", "ABRECHNUNG FÜR DEN EINLIEFERER", "BORDEREAU VENDEUR"), 2
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Online timed auction closing {day(h, d - timedelta(days=3))}: contents "
            "of self storage units sold under lien.",
            f"Öffentliche Versteigerung am {day(h, d - timedelta(days=3))} gemäß §§ 1235 ff. "
            "BGB: Pfandgut aus Lagerräumen.",
            f"Vente aux enchères publiques du {day(h, d - timedelta(days=3))} : biens "
            "entreposés, après ordonnance.",
        ),
        s.size - 0.5,
    )
    n = rng.randint(1, 4)
    lots = []
    for k in range(n):
        c = a_customer(rng)
        hammer = float(rng.choice([35, 60, 85, 120, 175, 240, 310, 460, 720]))
        lots.append(
            (
                100 + k * rng.randint(1, 4),
                c.unit,
                rng.sample(
                    {
                        "en": [
                            "sofa",
                            "boxes",
                            "bike",
                            "tools",
                            "fridge",
                            "TV",
                            "wardrobe",
                            "chairs",
                        ],
                        "de": [
                            "Sofa",
                            "Kartons",
                            "Fahrrad",
                            "Werkzeug",
                            "Kühlschrank",
                            "TV",
                            "Schrank",
                        ],
                        "fr": ["canapé", "cartons", "vélo", "outillage", "frigo", "TV", "armoire"],
                    }[lg],
                    3,
                ),
                hammer,
                c,
            )
        )
    rows = [[str(lot), unit, ", ".join(desc), money(ham, lg)] for lot, unit, desc, ham, _ in lots]
    table(
        f,
        columns(m, w - m, [(0.7, "left"), (0.9, "left"), (3.5, "left"), (1.2, "right")]),
        [
            tr(lg, "Lot", "Los", "Lot"),
            tr(lg, "Unit", "Box", "Box"),
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Hammer", "Zuschlag", "Adjudication"),
        ],
        rows,
        s,
        rules=True,
    )
    gross = sum(lot[3] for lot in lots)
    comm = round(gross * rng.choice([0.15, 0.18, 0.2]), 2)
    listing = 15.0 * n
    vat = round((comm + listing) * vat_rate(lg) / 100, 2)
    f.need(90)
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y,
            [
                (tr(lg, "Total hammer", "Summe Zuschläge", "Total adjudications"), cash(gross, lg)),
                (tr(lg, "Commission", "Provision", "Frais vendeur"), "- " + cash(comm, lg)),
                (
                    tr(lg, "Listing / photography", "Katalog / Fotos", "Frais de catalogue"),
                    "- " + cash(listing, lg),
                ),
                (
                    tr(lg, "VAT on charges", "USt. auf Kosten", "TVA sur frais"),
                    "- " + cash(vat, lg),
                ),
                (
                    tr(lg, "Net proceeds", "Auszahlungsbetrag", "Produit net"),
                    cash(gross - comm - listing - vat, lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            "Net proceeds will be paid by BACS within 14 days of the sale.",
            "Der Auszahlungsbetrag wird innerhalb von 14 Tagen überwiesen.",
            "Le produit net sera viré sous quinze jours.",
        ),
        s.size - 1,
    )
    pages = list(f.pages)
    if rng.random() < 0.8:
        for lot, unit, desc, ham, _ in lots:
            q = Page(A4)
            y = m
            q.text(
                m,
                y,
                f"{tr(lg, 'Lot', 'Los', 'Lot')} {lot} - {tr(lg, 'Unit', 'Box', 'Box')} {unit}",
                s.bold,
                13,
            )
            q.text(
                w - m,
                y,
                f"{tr(lg, 'Sold', 'Zuschlag', 'Adjugé')} {cash(ham, lg)}",
                s.bold,
                11,
                "right",
            )
            y += 20
            text_lines(
                q,
                m,
                y,
                w - 2 * m,
                tr(
                    lg,
                    "Contents of unit including ",
                    "Inhalt des Lagerraums, u. a. ",
                    "Contenu du box, notamment ",
                )
                + ", ".join(desc)
                + ". "
                + tr(
                    lg,
                    "Sold as seen, buyer to clear within 48 hours.",
                    "Gekauft wie gesehen, Räumung binnen 48 Stunden.",
                    "Vendu en l'état, enlèvement sous 48 heures.",
                ),
                s.font,
                9,
            )
            photo(q, m, y + 40, w - 2 * m, 300, rng)
            k2 = rng.randint(2, 3)
            tw_ = (w - 2 * m - 10 * (k2 - 1)) / k2
            for j in range(k2):
                photo(q, m + j * (tw_ + 10), y + 356, tw_, 120, rng)
            pages.append(q)
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(lots[0][4], d)
    return pages


RETURN_CODES = {
    "en": [
        ("0", "Refer to payer"),
        ("1", "Instruction cancelled"),
        ("2", "Payer deceased"),
        ("6", "No account"),
        ("B", "Account closed"),
    ],
    "de": [
        ("AM04", "Deckung unzureichend"),
        ("MD06", "Rückgabe auf Verlangen des Zahlers"),
        ("AC04", "Konto erloschen"),
        ("MS03", "Sonstige Gründe"),
    ],
    "fr": [
        ("AM04", "Provision insuffisante"),
        ("MD06", "Contestation du débiteur"),
        ("AC04", "Compte clôturé"),
        ("MS02", "Refus du débiteur"),
    ],
}


def tpl_returned_debit(rng: random.Random, who: Issuer) -> list[Page]:
    """The bank's advice of one returned direct debit (ARUDD advice, Rücklastschrift,
    avis de rejet de prélèvement), A4 or A5."""
    h = head_of(who, "bank")
    lg = h.lang
    c = a_customer(rng, business=rng.random() < 0.15)
    d = some_day(rng)
    size = keyed(who, "dsize").choice([A4, A5, A5])
    small = size == A5
    s = style_of(h, size, margin=34 if small else 0, pt=8.5 if small else 0)
    w, hh = size
    m = s.margin
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        facility_lines(),
        d,
        [
            (tr(lg, "Account", "Konto", "Compte"), serial(keyed(who, "acc"), "****9999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Unpaid Direct Debit advice",
            "Benachrichtigung über Rücklastschrift",
            "Avis de rejet de prélèvement SEPA",
        ),
        1.5,
    )
    code, why = rng.choice(RETURN_CODES[lg])
    amt = round(c.rate * (4.33 if lg == "en" else 1), 2)
    due = d - timedelta(days=rng.randint(2, 6))
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Service user number", "Gläubiger-ID", "ICS"),
                    serial(
                        keyed(who, "sun"),
                        {"en": "999999", "de": "DE99ZZZ00000999999", "fr": "FR99ZZZ999999"}[lg],
                    ),
                ),
                (tr(lg, "Payer", "Zahlungspflichtiger", "Débiteur"), c.firm or c.name),
                (tr(lg, "Payer reference", "Mandatsreferenz", "RUM"), f"{c.acct}-{c.unit}"),
                (
                    tr(lg, "Original collection date", "Fälligkeit", "Date d'échéance"),
                    short(due, lg),
                ),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(amt, lg)),
                (tr(lg, "Reason code", "Rückgabegrund", "Motif du rejet"), f"{code} - {why}"),
                (
                    tr(lg, "Charge to you", "Rücklastschriftentgelt", "Frais de rejet"),
                    cash({"en": 0.0, "de": 3.0, "fr": 8.5}[lg] + rng.choice([0.0, 0.0, 2.5]), lg),
                ),
            ],
            w - m - (0 if small else w * 0.15),
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "The amount has been debited from your account. Please contact your "
            "customer to arrange payment. No further action is needed by the bank.",
            "Der Betrag wurde Ihrem Konto wieder belastet. Bitte setzen Sie sich mit dem "
            "Zahlungspflichtigen in Verbindung.",
            "Le montant a été débité de votre compte. Nous vous invitons à vous "
            "rapprocher de votre débiteur.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(
                lg,
                "This is a computer generated advice and is not signed.",
                "Diese Mitteilung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
                "Document établi automatiquement, sans signature.",
            ),
            s.size - 2,
        )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.4:
        hand(
            pages[0],
            m,
            hh - m - 34,
            tr(home(), "rang customer - pays Fri", "Kd. angerufen", "client relancé tél."),
            10,
        )
    remember(c, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates JJJJ: the building: insurance, sprinklers, security, doors, racking
# ---------------------------------------------------------------------------------------------


def tpl_site_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's covering letter, then the policy schedule of the store: sections of cover,
    the schedule of premises and sums insured on a landscape page, the endorsements."""
    h = head_of(who, "broker")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    pol = serial(
        keyed(who, "pol"), {"en": "SSC/999999/24", "de": "GV-99.999.999", "fr": "MR 9999999"}[lg]
    )
    insurer = keyed(who, "ins").choice(
        {
            "en": ["Aviva Insurance Ltd", "RSA Insurance Ltd", "Allianz Insurance plc"],
            "de": ["HDI Versicherung AG", "R+V Allgemeine AG", "Württembergische Versicherung AG"],
            "fr": ["AXA France IARD", "MMA IARD", "Allianz IARD"],
        }[lg]
    )
    start = add_months(d, 1)
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        facility_lines(
            tr(
                lg,
                f"FAO {manager()}",
                f"z. Hd. {mx(manager(), lg)}",
                f"À l'attention de {mx(manager(), lg)}",
            )
        ),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "Nos réf."), serial(rng, "AA/9999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Renewal of your commercial combined policy {pol}",
            f"Geschäftsversicherung {pol} - Verlängerung",
            f"Renouvellement de votre contrat multirisque {pol}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(manager(), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to enclose the renewal schedule from {insurer} for the "
            f"period starting {day(h, start)}. Please check the sums insured and the "
            "declared value of customers' goods carefully, as underinsurance may "
            "reduce any claim payment.",
            f"anbei erhalten Sie den Nachtrag des Versicherers {insurer} zur Verlängerung ab "
            f"{day(h, start)}. Bitte prüfen Sie die Versicherungssummen, insbesondere für "
            "fremde Sachen (Lagergut), um eine Unterversicherung zu vermeiden.",
            f"Veuillez trouver ci-joint les conditions particulières émises par {insurer} "
            f"pour la période débutant le {day(h, start)}. Nous vous invitons à vérifier "
            "les capitaux assurés, notamment pour les biens confiés.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "The sprinkler warranty and the requirement for annual inspection of "
            "racking remain in force (endorsements 4 and 7).",
            "Die Obliegenheiten zur Sprinklerwartung und zur jährlichen Regalprüfung "
            "gelten unverändert fort.",
            "Les clauses relatives à l'entretien du sprinkleur et à la vérification "
            "annuelle des rayonnages restent applicables.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person_of(h, "ae"),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    pages = close(f.pages, s, h, numbers="none")
    ss = style_of(h, A4, pt=9)
    title = tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES")
    fs = Sheets(
        A4,
        hh - m - 20,
        lambda p, n: running_header(p, ss, f"{insurer} - {pol}") if n > 1 else m + 18,
    )
    fs.page.text(m, m - 10, insurer, ss.bold, 13)
    caption(fs, ss, title, 2, True)
    fs.y = (
        pairs(
            fs.page,
            ss,
            m,
            fs.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (tr(lg, "The insured", "Versicherungsnehmer", "Souscripteur"), facility_name()),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Self storage operators, van hire",
                        "Self-Storage-Betrieb, Transportervermietung",
                        "Garde-meubles, location d'utilitaires",
                    ),
                ),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
                ),
                (tr(lg, "Broker", "Vermittler", "Intermédiaire"), h.name),
            ],
            w - m,
        )
        + 10
    )
    sections = [
        (tr(lg, "Buildings", "Gebäude", "Bâtiments"), rng.choice([2.4e6, 3.1e6, 4.8e6])),
        (
            tr(lg, "Contents and stock", "Inhalt / Betriebseinrichtung", "Contenu et matériel"),
            rng.choice([85000.0, 120000.0, 150000.0]),
        ),
        (
            tr(
                lg,
                "Customers' goods - legal liability",
                "Fremde Sachen - Haftung Lagerhalter",
                "Responsabilité dépositaire - biens confiés",
            ),
            rng.choice([250000.0, 500000.0]),
        ),
        (
            tr(
                lg,
                "Business interruption (24 months)",
                "Betriebsunterbrechung (24 Monate)",
                "Pertes d'exploitation (24 mois)",
            ),
            rng.choice([420000.0, 610000.0]),
        ),
        (tr(lg, "Employers' liability", "Betriebshaftpflicht", "RC exploitation"), 1e7),
        (tr(lg, "Public & products liability", "Umwelthaftpflicht", "RC après livraison"), 5e6),
        (tr(lg, "Money", "Geld / Wertsachen", "Fonds et valeurs"), 5000.0),
    ]
    prems = [round(v * rng.uniform(0.0003, 0.0012), 2) for _, v in sections]
    rows = [
        [t, cash(v, lg), cash(rng.choice([250, 500, 1000]), lg), cash(pr, lg)]
        for (t, v), pr in zip(sections, prems, strict=True)
    ]
    table(
        fs,
        columns(m, w - m, [(3, "left"), (1.4, "right"), (1, "right"), (1.1, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured / limit", "Summe / Deckung", "Capital / plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        ss,
        rules=True,
    )
    prem = sum(prems)
    fs.y += 4
    fs.y = (
        pairs(
            fs.page,
            ss,
            w * 0.5,
            fs.y,
            [
                (tr(lg, "Net premium", "Nettobeitrag", "Prime nette"), cash(prem, lg)),
                (
                    tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                    cash(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], lg),
                ),
            ],
            w - m,
        )
        + 10
    )
    schedule = list(fs.pages)
    ls = style_of(h, landscape(A4), margin=40, pt=8)
    lw, lh = landscape(A4)
    lp = Page(landscape(A4))
    running_header(lp, ls, f"{insurer} - {pol}")
    lp.text(
        40,
        60,
        tr(
            lg,
            "Schedule of premises and sums insured",
            "Versicherungsorte und Summen",
            "Situation des risques et capitaux",
        ),
        ls.bold,
        11,
    )
    f3 = Sheets((lw, lh), lh - 50, lambda p, n: 80.0)
    f3.page = lp
    f3.pages = [lp]
    f3.y = 80.0
    fac = facility_head()
    items = [
        (
            tr(
                lg,
                "Main storage building (steel frame, clad)",
                "Lagerhalle (Stahlbau)",
                "Bâtiment principal (charpente métallique)",
            ),
            rng.choice([2.1e6, 2.8e6]),
        ),
        (tr(lg, "Office and reception", "Büro / Empfang", "Accueil et bureaux"), 180000.0),
        (
            tr(
                lg,
                "Container compound (40 x 20ft)",
                "Containerfläche (40 x 20 Fuß)",
                "Zone conteneurs (40 x 20 pieds)",
            ),
            95000.0,
        ),
        (
            tr(lg, "Racking and mezzanine", "Regalanlage und Bühne", "Rayonnages et mezzanine"),
            120000.0,
        ),
        (
            tr(
                lg, "Vans (2) - own damage", "Transporter (2) - Kasko", "Utilitaires (2) - dommages"
            ),
            52000.0,
        ),
        (
            tr(
                lg, "CCTV, access control, gates", "Video, Zutritt, Tore", "Vidéo, contrôle d'accès"
            ),
            38000.0,
        ),
    ]
    table(
        f3,
        columns(
            40,
            lw - 40,
            [
                (0.4, "left"),
                (3.2, "left"),
                (2.8, "left"),
                (1.2, "left"),
                (1.3, "right"),
                (1.4, "left"),
            ],
        ),
        [
            "#",
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Situation", "Ort", "Adresse"),
            tr(lg, "Basis", "Wert", "Base"),
            tr(lg, "Sum insured", "Summe", "Capital"),
            tr(lg, "Protection", "Schutz", "Protection"),
        ],
        [
            [
                str(k + 1),
                t,
                f"{fac.street}, {fac.town}",
                rng.choice(
                    [
                        tr(lg, "Reinstatement", "Neuwert", "Valeur à neuf"),
                        tr(lg, "Indemnity", "Zeitwert", "Valeur d'usage"),
                    ]
                ),
                cash(v, lg),
                rng.choice(["SPK, IAS", "SPK", "CCTV, IAS", "-"]),
            ]
            for k, (t, v) in enumerate(items)
        ],
        ls,
        shade=0.85,
        rules=True,
        step=2,
    )
    if rng.random() < 0.75:
        schedule += f3.pages
    fe = Sheets(A4, hh - m - 20, lambda p, n: running_header(p, ss, f"{insurer} - {pol}"))
    caption(
        fe,
        ss,
        tr(lg, "Endorsements", "Klauseln und Obliegenheiten", "Clauses particulières"),
        1.5,
        True,
    )
    ends = {
        "en": [
            "Sprinkler installation warranty",
            "Intruder alarm condition",
            "Goods in trust",
            "Minimum security - roller shutters",
            "Storage operator's terms condition",
            "Racking inspection condition",
            "Unoccupied units",
            "Hazardous goods exclusion",
        ],
        "de": [
            "Sprinklerklausel",
            "Einbruchmeldeanlage VdS",
            "Fremde Sachen",
            "Mindestsicherung Rolltore",
            "Lagerbedingungen des Mieters",
            "Regalprüfung",
            "Leerstand",
            "Gefahrgutausschluss",
        ],
        "fr": [
            "Clause sprinkleur",
            "Clause alarme intrusion",
            "Biens confiés",
            "Protection des rideaux métalliques",
            "Conditions générales clients",
            "Vérification des rayonnages",
            "Box inoccupés",
            "Exclusion matières dangereuses",
        ],
    }[lg]
    for k, t in enumerate(ends[: rng.randint(4, 8)], 1):
        fe.heading(m, f"{k}. {t}", ss.bold, ss.size)
        write(fe, ss, prose(rng, lg, "legal", 2, 4), ss.size - 0.5)
    schedule += fe.pages
    number_pages(
        schedule,
        ss,
        rng.choice(
            ["Page {i} of {n}", "{i}/{n}", "Seite {i} von {n}" if lg == "de" else "Page {i} of {n}"]
        ),
        "br",
        bottom=24,
    )
    pages += schedule
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


def tpl_sprinkler_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The sprinkler contractor's inspection and test report: installation fields, valve set
    readings, a Yes/No checklist, remarks by hand and two signatures; often a defects page."""
    h = head_of(who, "sprinkler")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4, margin=40, pt=8.5)
    w, _ = A4
    m = s.margin
    f = sheets(s, h, f"{h.name} - {facility_name()}")
    title = tr(
        lg,
        "SPRINKLER INSPECTION & TEST REPORT",
        "PRÜFBERICHT SPRINKLERANLAGE",
        "RAPPORT DE VÉRIFICATION - INSTALLATION SPRINKLEUR",
    )
    caption(f, s, title, 3)
    f.page.text(
        m,
        f.y - 6,
        tr(
            lg,
            f"{rng.choice(['Quarterly', 'Half-yearly', 'Annual'])} "
            "inspection to BS EN 12845 / LPC Rules",
            f"{rng.choice(['Halbjährliche', 'Jährliche'])} Prüfung nach VdS CEA 4001",
            f"Vérification {rng.choice(['semestrielle', 'annuelle'])} - règle APSAD R1",
        ),
        s.font,
        8,
    )
    f.y += 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Premises", "Betreiber", "Site"), facility_name()),
            (tr(lg, "Date of visit", "Prüfdatum", "Date"), short(d, lg)),
            (
                tr(lg, "Installation type", "Anlagenart", "Type"),
                rng.choice(["Wet / Nass / Sous eau", "Alternate"]),
            ),
            (tr(lg, "Hazard class", "Brandgefahr", "Classe"), rng.choice(["OH3", "HHS3", "OH4"])),
            (
                tr(lg, "Water supply", "Wasserversorgung", "Alimentation"),
                rng.choice(
                    [
                        tr(lg, "Town main + pump", "Netz + Pumpe", "Réseau + pompe"),
                        tr(lg, "Tank + 2 pumps", "Behälter + 2 Pumpen", "Réserve + 2 pompes"),
                    ]
                ),
            ),
            (tr(lg, "Job no.", "Auftrags-Nr.", "N° intervention"), serial(rng, "99999")),
        ],
        per=3,
        hand=False,
        tall=24,
    )
    n = rng.randint(1, 3)
    rows = []
    for k in range(n):
        above = round(rng.uniform(5.2, 7.8), 1)
        rows.append(
            [
                f"V{k + 1}",
                rng.choice(["A", "B", "1", "2"]),
                money(above, lg),
                money(round(above - rng.uniform(0.2, 0.8), 1), lg),
                money(round(above - rng.uniform(1.5, 2.8), 1), lg),
                rng.choice(["OK", "OK", "-"]),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (1, "left"),
                (1.3, "right"),
                (1.3, "right"),
                (1.5, "right"),
                (0.8, "center"),
            ],
        ),
        [
            tr(lg, "Valve set", "Alarmventil", "Poste"),
            tr(lg, "Zone", "Gruppe", "Zone"),
            tr(lg, "Static bar", "Ruhedruck bar", "Statique bar"),
            tr(lg, "Above clapper", "Über Klappe", "Amont clapet"),
            tr(lg, "Running (drain test)", "Fließdruck", "Dynamique (essai)"),
            tr(lg, "Alarm", "Alarm", "Alarme"),
        ],
        rows,
        s,
        rules=True,
    )
    items = {
        "en": [
            "Valve sets clean, labelled and strapped open",
            "Water motor alarm gong sounded",
            "Flow switches signalled to fire panel",
            "Pump auto-start on pressure drop",
            "Diesel engine run 30 min, fuel level checked",
            "Stock of spare heads and spanner",
            "Heads free of paint, dust and obstruction",
            "Clearance below heads (500 mm)",
            "Tank level and heating",
            "Block plan displayed at valve room",
        ],
        "de": [
            "Alarmventilstation sauber, gekennzeichnet",
            "Alarmglocke (Wassermotor) geprüft",
            "Strömungsmelder auf BMZ aufgeschaltet",
            "Pumpenanlauf bei Druckabfall",
            "Dieselmotor 30 min Probelauf",
            "Ersatzsprinkler und Schlüssel vorhanden",
            "Sprinkler frei von Farbe und Staub",
            "Freiraum unter Sprinklern (0,5 m)",
            "Behälterfüllstand / Beheizung",
            "Übersichtsplan in der Zentrale",
        ],
        "fr": [
            "Postes de contrôle propres et repérés",
            "Gong hydraulique essayé",
            "Contacts de débit reportés à l'ECS",
            "Démarrage automatique des pompes",
            "Essai moteur diesel 30 min",
            "Réserve de têtes et clé",
            "Têtes exemptes de peinture et poussière",
            "Dégagement sous têtes (0,50 m)",
            "Niveau et réchauffage de la réserve",
            "Plan de l'installation affiché",
        ],
    }[lg]
    f.y += 4
    f.need(30)
    f.page.text(m, f.y, tr(lg, "Checks", "Prüfpunkte", "Points contrôlés"), s.bold, 9)
    f.page.text(w - m - 120, f.y, yes_no(lg)[0], s.bold, 8)
    f.page.text(w - m - 80, f.y, yes_no(lg)[1], s.bold, 8)
    f.page.text(w - m - 40, f.y, "N/A", s.bold, 8)
    f.y += 14
    fails = set(rng.sample(range(len(items)), rng.choice([0, 0, 1, 2])))
    for k, t in enumerate(items):
        f.need(14)
        f.page.text(m, f.y, t, s.font, 8)
        val = 1 if k in fails else (2 if (k == 4 and rng.random() < 0.4) else 0)
        for j, x in enumerate((w - m - 118, w - m - 78, w - m - 38)):
            box(f.page, x, f.y, j == val, 7.5)
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 13
    f.y += 8
    f.need(60)
    f.page.text(m, f.y, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.bold, 9)
    f.y += 14
    remark = (
        tr(
            lg,
            "Replace 2 heads bay C (painted). Pump set OK.",
            "2 Sprinkler Halle C überstrichen - tauschen.",
            "2 têtes peintes zone C à remplacer.",
        )
        if fails
        else tr(
            lg,
            "System in satisfactory condition.",
            "Anlage ohne Mängel.",
            "Installation en bon état.",
        )
    )
    hand(f.page, m + 4, f.y, remark, 10, w - 2 * m)
    f.y += 24
    f.need(60)
    bw = (w - 2 * m - 10) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y,
        bw,
        tr(lg, "Engineer", "Prüfer / Sachkundiger", "Technicien"),
        person_of(h, "eng"),
    )
    sign_box(
        f.page,
        s,
        m + bw + 10,
        f.y,
        bw,
        tr(lg, "Client representative", "Betreiber", "Représentant du site"),
        manager(),
    )
    f.y += 56
    pages = list(f.pages)
    if fails or rng.random() < 0.3:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Defects and recommendations",
                "Mängel und Empfehlungen",
                "Anomalies et préconisations",
            ),
            1.5,
            True,
        )
        drows = [
            [str(k + 1), items[i], rng.choice(["A", "B", "C"]), rng.choice(FIXES["sprinkler"][lg])]
            for k, i in enumerate(sorted(fails) or [6])
        ]
        table(
            f,
            columns(m, w - m, [(0.4, "left"), (3, "left"), (0.6, "center"), (3, "left")]),
            [
                "#",
                tr(lg, "Item", "Prüfpunkt", "Point"),
                tr(lg, "Cat.", "Kat.", "Cat."),
                tr(lg, "Action", "Maßnahme", "Action"),
            ],
            drows,
            s,
            rules=True,
        )
        write(
            f,
            s,
            tr(
                lg,
                "A = immediate action, B = within 1 month, C = advisory",
                "A = sofort, B = innerhalb 1 Monat, C = Empfehlung",
                "A = immédiat, B = sous 1 mois, C = conseil",
            ),
            7.5,
        )
        pages = list(f.pages)
    pages = close(
        pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "{i}/{n}", h.numbers]
        ),
    )
    received(rng, pages[0], d, 0.2)
    remember(None, d)
    return pages


def tpl_cctv_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The security contractor's maintenance agreement for the CCTV and access control: now and
    then a covering letter, the agreement page, the terms, the equipment schedule on a landscape
    page and the signature page."""
    h = head_of(who, "security")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    no = serial(rng, {"en": "MA-9999", "de": "WV-99-999", "fr": "CM-99999"}[lg])
    pages: list[Page] = []
    if rng.random() < 0.5:
        f0 = sheets(s, h)
        recipient(f0, s, h, facility_lines(), d, [(tr(lg, "Ref", "Zeichen", "Réf."), no)])
        caption(
            f0,
            s,
            tr(
                lg,
                "Your maintenance agreement",
                "Ihr Wartungsvertrag",
                "Votre contrat de maintenance",
            ),
            1,
        )
        f0.page.text(m, f0.y, dear(lg, mx(manager(), lg)), s.font, s.size)
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                "Following our survey of the site, please find enclosed two copies of "
                "the maintenance agreement for your CCTV, access control and gate "
                "systems. Please sign and return one copy; the first preventive visit "
                "will be booked on receipt.",
                "nach unserer Begehung übersenden wir Ihnen den Wartungsvertrag für Ihre "
                "Videoanlage, Zutrittskontrolle und Toranlage in zweifacher Ausfertigung. "
                "Bitte senden Sie uns ein Exemplar unterschrieben zurück.",
                "Suite à notre visite, vous trouverez ci-joint le contrat de maintenance "
                "de vos installations de vidéosurveillance, contrôle d'accès et portail, "
                "en deux exemplaires dont un à nous retourner signé.",
            ),
        )
        regards(
            f0,
            s,
            lg,
            person_of(h, "sales"),
            tr(lg, "Service Sales", "Vertrieb Service", "Service commercial"),
        )
        pages += close(f0.pages, s, h, numbers="none")
    f = sheets(s, h, f"{tr(lg, 'Maintenance agreement', 'Wartungsvertrag', 'Contrat')} {no}")
    caption(
        f,
        s,
        tr(
            lg,
            "MAINTENANCE AGREEMENT - CCTV & ACCESS CONTROL",
            "WARTUNGSVERTRAG VIDEO- UND ZUTRITTSTECHNIK",
            "CONTRAT DE MAINTENANCE VIDÉOSURVEILLANCE ET CONTRÔLE D'ACCÈS",
        ),
        2,
    )
    level = rng.randint(0, 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Agreement no.", "Vertrags-Nr.", "N° de contrat"), no),
            (tr(lg, "Start date", "Beginn", "Date d'effet"), short(add_months(d, 1), lg)),
            (tr(lg, "Customer", "Auftraggeber", "Client"), facility_name()),
            (tr(lg, "Site", "Standort", "Site"), facility_head().town),
            (
                tr(lg, "Preventive visits / year", "Wartungen / Jahr", "Visites / an"),
                str(level + 1),
            ),
            (
                tr(lg, "Response", "Reaktionszeit", "Délai d'intervention"),
                ["24 h", "8 h", "4 h"][level],
            ),
        ],
        per=2,
        hand=False,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            "Bronze",
            "Silver" if lg == "en" else "Silber" if lg == "de" else "Argent",
            "Gold" if lg != "fr" else "Or",
        ],
        {level},
        8,
    )
    fee = rng.choice([980.0, 1450.0, 2100.0, 2750.0]) * (1 + 0.35 * level)
    write(
        f,
        s,
        tr(
            lg,
            f"Annual charge: {cash(fee, lg)} plus VAT, invoiced quarterly in advance. "
            "Parts and call-outs outside the level of cover are charged at the rates in "
            "clause 6.",
            f"Jährliche Pauschale: {cash(fee, lg)} zzgl. USt., vierteljährlich im Voraus. "
            "Material und Einsätze außerhalb des Leistungsumfangs nach Ziffer 6.",
            f"Redevance annuelle : {cash(fee, lg)} HT, facturée trimestriellement à "
            "échoir. Pièces et interventions hors contrat selon l'article 6.",
        ),
    )
    for k, t in enumerate(
        [
            tr(lg, "Scope", "Leistungsumfang", "Objet"),
            tr(lg, "Preventive maintenance", "Inspektion und Wartung", "Maintenance préventive"),
            tr(lg, "Corrective maintenance", "Instandsetzung", "Maintenance corrective"),
            tr(lg, "Customer obligations", "Pflichten des Auftraggebers", "Obligations du client"),
            tr(lg, "Exclusions", "Ausschlüsse", "Exclusions"),
        ],
        1,
    ):
        f.heading(m, f"{k}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "tech", 2, 3), s.size - 0.5)
    pages += close(f.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "General terms of service",
                    "Allgemeine Geschäftsbedingungen Wartung",
                    "Conditions générales de maintenance",
                ),
                TERMS_HEADS[lg][2:4] + TERMS_HEADS[lg][8:15],
            )
        )
    ls = style_of(h, landscape(A4), margin=40, pt=8)
    lw, lh = landscape(A4)
    fl = Sheets(
        (lw, lh),
        lh - 40,
        lambda p, n: running_header(
            p,
            ls,
            f"{no} - "
            + tr(lg, "Schedule of equipment", "Anlagenverzeichnis", "Liste des équipements"),
        ),
    )
    caption(
        fl,
        ls,
        tr(
            lg,
            "Schedule 1 - Equipment covered",
            "Anlage 1 - Anlagenverzeichnis",
            "Annexe 1 - Équipements couverts",
        ),
        2,
    )
    equip = [
        (tr(lg, "IP bullet camera 4MP", "IP-Kamera Bullet 4MP", "Caméra IP tube 4MP"), "Hikvision"),
        (tr(lg, "IP dome camera", "IP-Dome-Kamera", "Caméra dôme IP"), "Axis"),
        (
            tr(lg, "Network video recorder 16ch", "Netzwerkrekorder 16 Kanal", "NVR 16 voies"),
            "Hikvision",
        ),
        (tr(lg, "Keypad, gate entry", "Codetastatur Tor", "Clavier portail"), "PTI"),
        (tr(lg, "Door controller 2-door", "Türsteuerung 2 Türen", "Contrôleur 2 portes"), "Paxton"),
        (
            tr(lg, "Sliding gate motor", "Schiebetorantrieb", "Motorisation portail coulissant"),
            "FAAC",
        ),
        (tr(lg, "Lift access reader", "Aufzugsleser", "Lecteur ascenseur"), "PTI"),
        (tr(lg, "Monitor 24in reception", "Monitor 24 Zoll Empfang", "Moniteur 24 pouces"), "LG"),
        (tr(lg, "Individual unit door alarm", "Türalarm Einzelbox", "Alarme porte de box"), "Noke"),
    ]
    rows = []
    k = 1
    for name, make in equip:
        for _ in range(rng.choice([1, 1, 2, 4])):
            rows.append(
                [
                    str(k),
                    name,
                    make,
                    serial(rng, "AA-99999"),
                    rng.choice(
                        [
                            tr(lg, "Gate", "Tor", "Portail"),
                            tr(lg, "Reception", "Empfang", "Accueil"),
                            tr(lg, "Block A", "Halle A", "Bât. A"),
                            tr(lg, "Yard", "Hof", "Cour"),
                            tr(lg, "Corridor 2", "Gang 2", "Couloir 2"),
                        ]
                    ),
                    str(rng.randint(2016, 2024)),
                ]
            )
            k += 1
    table(
        fl,
        columns(
            40,
            lw - 40,
            [
                (0.4, "left"),
                (3, "left"),
                (1.2, "left"),
                (1.3, "left"),
                (1.6, "left"),
                (0.7, "right"),
            ],
        ),
        [
            "#",
            tr(lg, "Equipment", "Gerät", "Équipement"),
            tr(lg, "Make", "Hersteller", "Marque"),
            tr(lg, "Serial", "Serien-Nr.", "N° série"),
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Installed", "Baujahr", "Installé"),
        ],
        rows,
        ls,
        shade=0.85,
        rules=True,
    )
    pages += fl.pages
    sp = Page(A4)
    y = m + 20
    sp.text(m, y, tr(lg, "Acceptance", "Unterschriften", "Signatures"), s.bold, 12)
    y += 24
    y = (
        text_lines(
            sp,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                f"Agreement {no} is accepted on the terms above.",
                f"Der Wartungsvertrag {no} wird zu den vorstehenden Bedingungen geschlossen.",
                f"Le contrat {no} est accepté aux conditions ci-dessus.",
            ),
            s.font,
            s.size,
        )
        + 30
    )
    bw = (w - 2 * m - 20) / 2
    sign = rng.random() < 0.6
    for j, (party, name) in enumerate(
        [(h.name, person_of(h, "dir")), (facility_name(), manager())]
    ):
        x = m + j * (bw + 20)
        sp.text(x, y, fit(party, s.bold, 9, bw), s.bold, 9)
        if sign or j == 0:
            scrawl(sp, x + 10, y + 40, name)
        sp.line(x, y + 46, x + bw, y + 46)
        sp.text(x, y + 58, name, s.font, 8.5)
    pages.append(sp)
    received(rng, pages[0], d, 0.3)
    remember(None, d, no)
    return pages


def tpl_gate_jobsheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The security engineer's job sheet (A5 carbon copy) for a call-out or service visit to the
    gate, keypads, cameras or recorder, filled in by hand and signed on site."""
    h = head_of(who, "security")
    lg = h.lang
    d = last_day(rng, ("cctv_contract", "gate_jobsheet"), (3, 20))
    s = style_of(h, A5, margin=26, pt=7.5)
    w, hh = A5
    m = s.margin
    p = Page(A5)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "ENGINEER'S JOB SHEET", "ARBEITSBERICHT / SERVICESCHEIN", "BON D'INTERVENTION"),
        s.bold,
        10,
    )
    p.text(w - m, y, serial(rng, "No 099999"), "Courier-Bold", 9, "right")
    y += 10
    arrive = rng.randint(8, 15)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer / site", "Kunde / Objekt", "Client / site"), facility_name()),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Arrived", "Ankunft", "Arrivée"), f"{arrive}:{rng.choice(['05', '20', '40'])}"),
            (
                tr(lg, "Left", "Abfahrt", "Départ"),
                f"{arrive + rng.randint(1, 3)}:{rng.choice(['10', '30', '55'])}",
            ),
        ],
        per=2,
        tall=22,
    )
    y = ticks(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            tr(lg, "Call-out", "Störung", "Dépannage"),
            tr(lg, "Service visit", "Wartung", "Visite préventive"),
            tr(lg, "Contract", "Vertrag", "Sous contrat"),
            tr(lg, "Chargeable", "Berechnung", "Facturable"),
        ],
        {rng.randint(0, 1), rng.choice([2, 3])},
        7,
    )
    faults = {
        "en": [
            "Gate not closing - safety edge fault",
            "Camera 7 no picture",
            "Keypad 2 not accepting codes",
            "NVR hard disk error",
            "Barrier arm stuck",
        ],
        "de": [
            "Tor schließt nicht - Schaltleiste defekt",
            "Kamera 7 kein Bild",
            "Tastatur 2 nimmt Codes nicht an",
            "Rekorder Festplattenfehler",
            "Schranke hängt",
        ],
        "fr": [
            "Portail ne ferme pas - barre palpeuse",
            "Caméra 7 sans image",
            "Clavier 2 refuse les codes",
            "Erreur disque NVR",
            "Barrière bloquée",
        ],
    }[lg]
    work = {
        "en": [
            "replaced safety edge, tested OK",
            "reset PoE switch port, refocused",
            "replaced keypad PCB",
            "replaced HDD 4TB, checked recording",
            "adjusted limit, lubricated",
        ],
        "de": [
            "Schaltleiste getauscht, Test i.O.",
            "PoE-Port neu gestartet",
            "Platine getauscht",
            "HDD 4TB ersetzt, Aufzeichnung geprüft",
            "Endlage eingestellt, geschmiert",
        ],
        "fr": [
            "barre palpeuse remplacée, essais OK",
            "port PoE réinitialisé",
            "carte clavier remplacée",
            "disque 4 To remplacé",
            "fin de course réglé, graissage",
        ],
    }[lg]
    k = rng.randrange(len(faults))
    for cap, text in [
        (tr(lg, "Fault reported", "Gemeldete Störung", "Panne signalée"), faults[k]),
        (tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux effectués"), work[k]),
    ]:
        p.text(m, y, cap, s.bold, 7.5)
        y += 4
        p.rect(m, y, w - 2 * m, 42)
        yy = y + 14
        for ln in wrap(text, HAND, 9, w - 2 * m - 12)[:3]:
            hand(p, m + 5, yy, ln, 9)
            yy += 12
        y += 52
    rows = (
        [[serial(rng, "AA999"), rng.choice(work).split(",")[0][:22], "1"]]
        if rng.random() < 0.6
        else []
    )
    p.text(m, y, tr(lg, "Parts used", "Material", "Pièces"), s.bold, 7.5)
    y += 4
    for j in range(3):
        p.rect(m, y + j * 14, w - 2 * m, 14)
        if j < len(rows):
            hand(p, m + 5, y + j * 14 + 10, "  ".join(rows[j]), 8.5, w - 2 * m - 10)
    y += 50
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "System left working", "Anlage betriebsbereit", "Installation opérationnelle"),
            tr(lg, "Further visit needed", "Folgeeinsatz nötig", "Retour nécessaire"),
        ],
        {0} if rng.random() < 0.8 else {1},
        7,
    )
    y = min(y, hh - m - 50)
    bw = (w - 2 * m - 8) / 2
    sign_box(p, s, m, y, bw, tr(lg, "Engineer", "Techniker", "Technicien"), person_of(h, "eng"))
    sign_box(
        p,
        s,
        m + bw + 8,
        y,
        bw,
        tr(lg, "Customer", "Kunde", "Client"),
        rng.choice([manager(), assistant(rng)]),
    )
    remember(None, d)
    return [p]


def tpl_door_service(rng: random.Random, who: Issuer) -> list[Page]:
    """The door contractor's planned maintenance report for the roller shutters and loading
    doors: the visit fields, the door schedule (landscape now and then) with condition and
    action, the remedial notes and a signature."""
    h = head_of(who, "doors")
    lg = h.lang
    d = some_day(rng)
    size = landscape(A4) if rng.random() < 0.4 else A4
    s = style_of(h, size, margin=40, pt=8.5)
    w, _ = size
    m = s.margin
    f = sheets(s, h, f"{h.name} - {facility_name()} - {short(d, lg)}")
    caption(
        f,
        s,
        tr(
            lg,
            "PLANNED MAINTENANCE REPORT - DOORS & SHUTTERS",
            "WARTUNGSPROTOKOLL TORE UND ROLLTORE",
            "RAPPORT D'ENTRETIEN - PORTES ET RIDEAUX MÉTALLIQUES",
        ),
        2.5,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Site", "Objekt", "Site"), f"{facility_name()}, {facility_head().town}"),
                (tr(lg, "Visit date", "Datum", "Date"), day(h, d)),
                (tr(lg, "Engineer", "Monteur", "Technicien"), person_of(h, "eng")),
                (tr(lg, "Visit", "Wartung", "Visite"), f"{rng.randint(1, 2)}/2"),
            ],
            min(w - m, m + 330),
        )
        + 8
    )
    kinds = [
        tr(lg, "Roller shutter (manual)", "Rolltor (Handkette)", "Rideau métallique manuel"),
        tr(lg, "Roller shutter (electric)", "Rolltor elektrisch", "Rideau électrique"),
        tr(lg, "Sectional loading door", "Sektionaltor", "Porte sectionnelle"),
        tr(lg, "Unit door (swing-up)", "Boxentür (Schwingtor)", "Porte de box basculante"),
        tr(lg, "Fire shutter", "Feuerschutzrolltor", "Rideau coupe-feu"),
    ]
    rows = []
    bad = 0
    for k in range(rng.randint(6, 28)):
        cond = rng.choices(["G", "A", "R"], [8, 3, 1])[0]
        bad += cond != "G"
        rows.append(
            [
                f"D{k + 1:02d}",
                rng.choice(kinds),
                rng.choice(
                    [
                        tr(lg, "Loading bay", "Rampe", "Quai"),
                        tr(lg, "Block A", "Halle A", "Bât. A"),
                        tr(lg, "Drive-up row", "Außenboxen", "Box extérieurs"),
                    ]
                ),
                f"{rng.choice([2.4, 3.0, 3.5, 4.0])} x {rng.choice([2.5, 3.0, 4.5])} m",
                cond,
                "" if cond == "G" else rng.choice(FIXES["doors"][lg]),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.6, "left"),
                (2.4, "left"),
                (1.5, "left"),
                (1.1, "left"),
                (0.5, "center"),
                (3, "left"),
            ],
        ),
        [
            tr(lg, "Door", "Tor", "Porte"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Location", "Lage", "Emplacement"),
            tr(lg, "Size", "Maße", "Dimensions"),
            "RAG",
            tr(lg, "Action / comments", "Maßnahme / Bemerkung", "Action / observations"),
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
            "G = serviceable, A = remedial work recommended, R = unsafe, taken out of use",
            "G = in Ordnung, A = Instandsetzung empfohlen, R = nicht betriebssicher, stillgelegt",
            "G = conforme, A = réparation conseillée, R = hors service",
        ),
        7,
    )
    if bad:
        write(
            f,
            s,
            tr(
                lg,
                f"{bad} door(s) need attention. A quotation for the remedial work will "
                "follow under separate cover.",
                f"{bad} Tor(e) mit Mängeln. Ein Angebot für die Instandsetzung folgt separat.",
                f"{bad} porte(s) à reprendre. Un devis vous sera adressé.",
            ),
        )
    f.need(60)
    f.y += 6
    bw = min(220.0, (w - 2 * m - 10) / 2)
    sign_box(
        f.page, s, m, f.y, bw, tr(lg, "Engineer", "Monteur", "Technicien"), person_of(h, "eng")
    )
    sign_box(
        f.page,
        s,
        m + bw + 10,
        f.y,
        bw,
        tr(lg, "Site contact", "Betreiber", "Site"),
        assistant(rng) if rng.random() < 0.7 else "",
    )
    pages = close(f.pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", "none"]))
    received(rng, pages[0], d, 0.2)
    remember(None, d)
    return pages


def tpl_racking_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The racking inspector's report: the summary page, the damage schedule on landscape pages
    (location, component, damage, red/amber/green, action) and now and then the certificate."""
    h = head_of(who, "racking", abroad=0.1)
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    rep = serial(rng, "RI-99999")
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(
            lg,
            "RACKING INSPECTION REPORT",
            "PRÜFBERICHT REGALINSPEKTION",
            "RAPPORT DE VÉRIFICATION DES RAYONNAGES",
        ),
        4,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Inspection in accordance with BS EN 15635 and SEMA guidance",
            "Inspektion nach DIN EN 15635 durch eine befähigte Person",
            "Vérification selon NF EN 15635 et recommandation R 4774",
        ),
        s.size,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (tr(lg, "Client", "Betreiber", "Client"), facility_name()),
                (
                    tr(lg, "Site", "Standort", "Site"),
                    f"{facility_head().street}, {facility_head().town}",
                ),
                (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), rep),
                (tr(lg, "Date of inspection", "Prüfdatum", "Date"), day(h, d)),
                (tr(lg, "Inspector", "Prüfer", "Inspecteur"), person_of(h, "insp")),
                (
                    tr(lg, "Racking", "Regalanlage", "Installation"),
                    tr(
                        lg,
                        "Adjustable pallet racking, mezzanine",
                        "Palettenregal, Bühne",
                        "Rayonnage à palettes, mezzanine",
                    ),
                ),
            ],
            w - m,
        )
        + 10
    )
    n = rng.randint(8, 46)
    rag = [rng.choices(["G", "A", "R"], [3, 4, 1])[0] for _ in range(n)]
    cols = columns(m, w - m, [(2, "left"), (1, "right")])
    table(
        f,
        cols,
        [tr(lg, "Risk", "Gefährdung", "Niveau"), tr(lg, "Items", "Anzahl", "Nombre")],
        [
            [
                tr(
                    lg,
                    "Red - unload and isolate immediately",
                    "Rot - sofort entladen und sperren",
                    "Rouge - décharger immédiatement",
                ),
                str(rag.count("R")),
            ],
            [
                tr(
                    lg,
                    "Amber - repair within 4 weeks",
                    "Gelb - Reparatur binnen 4 Wochen",
                    "Orange - réparer sous 4 semaines",
                ),
                str(rag.count("A")),
            ],
            [
                tr(lg, "Green - monitor", "Grün - beobachten", "Vert - surveiller"),
                str(rag.count("G")),
            ],
        ],
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Red items were reported to the site manager on the day and the bays offloaded. "
            "Amber items should be repaired within four weeks; the store should keep a record "
            "of weekly checks between annual inspections.",
            "Rote Mängel wurden am Prüftag der Standortleitung gemeldet, die Fächer entladen. "
            "Gelbe Mängel sind innerhalb von vier Wochen zu beheben; zwischen den jährlichen "
            "Prüfungen sind wöchentliche Sichtkontrollen zu dokumentieren.",
            "Les anomalies rouges ont été signalées le jour même et les alvéoles déchargées. Les "
            "anomalies orange doivent être traitées sous quatre semaines ; des contrôles visuels "
            "hebdomadaires sont à consigner entre deux vérifications.",
        ),
        s.size - 0.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    ls = style_of(h, landscape(A4), margin=40, pt=8)
    lw, lh = landscape(A4)
    fl = Sheets(
        (lw, lh),
        lh - 40,
        lambda p, n: running_header(
            p,
            ls,
            f"{h.name} - {rep} - "
            + tr(lg, "Damage schedule", "Mängelliste", "Relevé des anomalies"),
        ),
    )
    comps = {
        "en": [
            "Upright",
            "Beam",
            "Beam lock",
            "Baseplate",
            "Floor fixing",
            "Bracing",
            "Load sign",
            "Row end protector",
        ],
        "de": [
            "Ständer",
            "Traverse",
            "Sicherungsstift",
            "Fußplatte",
            "Bodenverankerung",
            "Diagonale",
            "Belastungsschild",
            "Anfahrschutz",
        ],
        "fr": [
            "Échelle",
            "Lisse",
            "Goupille",
            "Platine",
            "Cheville",
            "Diagonale",
            "Plaque de charge",
            "Protection d'échelle",
        ],
    }[lg]
    damage = {
        "en": [
            "dent 6 mm front face",
            "missing",
            "bent",
            "loose",
            "not fitted",
            "impact damage",
            "out of plumb 12 mm",
        ],
        "de": [
            "Beule 6 mm",
            "fehlt",
            "verbogen",
            "lose",
            "nicht montiert",
            "Anfahrschaden",
            "Schiefstellung 12 mm",
        ],
        "fr": [
            "enfoncement 6 mm",
            "manquant",
            "tordu",
            "desserré",
            "non posé",
            "choc chariot",
            "faux aplomb 12 mm",
        ],
    }[lg]
    rows = [
        [
            f"{rng.choice('ABCDEF')}{rng.randint(1, 24):02d}-{rng.randint(1, 5)}",
            rng.choice(comps),
            rng.choice(damage),
            r,
            {
                "R": tr(lg, "Offload, replace", "Entladen, tauschen", "Décharger, remplacer"),
                "A": tr(lg, "Replace", "Austauschen", "Remplacer"),
                "G": tr(lg, "Monitor", "Beobachten", "Surveiller"),
            }[r],
        ]
        for r in rag
    ]
    table(
        fl,
        columns(
            40, lw - 40, [(1, "left"), (1.6, "left"), (2.8, "left"), (0.6, "center"), (2.4, "left")]
        ),
        [
            tr(lg, "Location", "Ort", "Emplacement"),
            tr(lg, "Component", "Bauteil", "Élément"),
            tr(lg, "Damage", "Schaden", "Anomalie"),
            "RAG",
            tr(lg, "Action", "Maßnahme", "Action"),
        ],
        rows,
        ls,
        shade=0.85,
        rules=True,
        step=1.8,
    )
    pages += fl.pages
    if rng.random() < 0.5:
        c = Page(A4)
        c.rect(m - 10, m - 10, w - 2 * m + 20, hh - 2 * m + 20)
        c.rect(m - 6, m - 6, w - 2 * m + 12, hh - 2 * m + 12)
        y = hh * 0.22
        t = tr(
            lg,
            "Certificate of Racking Inspection",
            "Prüfbescheinigung Regalanlage",
            "Attestation de vérification",
        )
        c.text(w / 2, y, t, s.bold, shrink(t, s.bold, 18, w - 2 * m - 20), "center")
        y += 50
        for ln in [
            facility_name(),
            f"{facility_head().street}, {facility_head().town}",
            f"{tr(lg, 'Report', 'Bericht', 'Rapport')} {rep} - {day(h, d)}",
            tr(lg, "Next inspection due", "Nächste Prüfung", "Prochaine vérification")
            + f": {short(add_months(d, 12), lg)}",
        ]:
            c.text(w / 2, y, ln, s.font, 11, "center")
            y += 20
        scrawl(c, w / 2 - 60, y + 70, person_of(h, "insp"))
        c.text(w / 2, y + 86, person_of(h, "insp"), s.font, 9, "center")
        seal(c, w - m - 70, y + 70, 34, h.name[:32], tr(lg, "INSPECTED", "GEPRÜFT", "VÉRIFIÉ"))
        pages.append(c)
    number_pages(
        pages,
        s,
        rng.choice(
            ["Page {i} of {n}", "{i}/{n}", "Seite {i} von {n}" if lg == "de" else "Page {i}"]
        ),
        "br",
        bottom=30 + 7 * len(h.foot),
    )
    received(rng, pages[0], d, 0.2)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates JJJJ: van hire and the store's own reports
# ---------------------------------------------------------------------------------------------

VANS = {
    "en": [("Ford Transit Custom", "YX21 KTE"), ("Peugeot Boxer Luton", "SF70 BVN")],
    "de": [("Ford Transit 3,5 t", "HH-LR 412"), ("Mercedes Sprinter Koffer", "F-BX 2290")],
    "fr": [("Renault Master 12 m3", "GK-418-PL"), ("Citroën Jumper 20 m3", "FZ-927-RT")],
}


def van_outline(p: Page, x: float, y: float, w: float, marks: list[tuple[float, float]]) -> None:
    """A van seen from the side and from above, with the damage marks numbered."""
    h = w * 0.36
    p.rect(x, y + h * 0.2, w * 0.72, h * 0.6)  # load box
    p.rect(x + w * 0.72, y + h * 0.38, w * 0.22, h * 0.42)  # cab
    p.line(x + w * 0.94, y + h * 0.55, x + w, y + h * 0.62)
    p.line(x + w, y + h * 0.62, x + w, y + h * 0.8)
    p.line(x + w * 0.94, y + h * 0.8, x + w, y + h * 0.8)
    for cx in (x + w * 0.16, x + w * 0.8):
        ring(p, cx, y + h * 0.82, h * 0.12, 16)
    yy = y + h + 14
    p.rect(x, yy, w * 0.94, h * 0.55)
    p.rect(x + w * 0.72, yy + 4, w * 0.22, h * 0.55 - 8)
    for k, (fx, fy) in enumerate(marks, 1):
        side = k % 2 == 1
        mx_ = x + fx * w * (0.9 if side else 0.7)
        my_ = y + h * (0.3 + 0.45 * fy) if side else y + h + 20 + fy * h * 0.4
        p.text(mx_, my_, "X", "Helvetica-Bold", 10, "center")
        p.text(mx_ + 8, my_ - 4, str(k), HAND, 8)


def tpl_van_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """The facility's van hire agreement: hirer and licence, vehicle out and in with mileage,
    fuel ticks and the condition diagram, charges and signatures; the terms page behind and now
    and then the copy of the driving licence."""
    h = facility_head()
    lg = h.lang
    c = a_customer(rng, business=rng.random() < 0.15)
    d = some_day(rng)
    s = style_of(h, A4, margin=38, pt=8.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    no = serial(rng, "VH 99999")
    p.text(
        m,
        y,
        tr(
            lg,
            "VAN HIRE AGREEMENT",
            "MIETVERTRAG TRANSPORTER",
            "CONTRAT DE LOCATION DE VÉHICULE UTILITAIRE",
        ),
        s.bold,
        12,
    )
    p.text(w - m, y, no, "Courier-Bold", 10, "right")
    y += 12
    y = band(p, s, y + 4, tr(lg, "Hirer", "Mieter", "Locataire"))
    lic = serial(rng, {"en": "AAAAA999999AA9AA", "de": "A999AAA9999", "fr": "99AA99999"}[lg])
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), c.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.street}, {c.town}"),
            (tr(lg, "Driving licence no.", "Führerschein-Nr.", "N° de permis"), lic),
            (
                tr(lg, "DVLA check code", "Klasse / ausgestellt", "Catégorie / délivré le"),
                serial(rng, "AA9AA9A9")
                if lg == "en"
                else f"B  {short(d - timedelta(days=3000), lg)}",
            ),
            (tr(lg, "Phone", "Telefon", "Téléphone"), c.phone),
            (
                tr(lg, "Storage customer", "Lagerkunde", "Client du site"),
                c.unit if rng.random() < 0.7 else tr(lg, "no", "nein", "non"),
            ),
        ],
        per=2,
        tall=24,
    )
    van, reg = rng.choice(VANS[lg])
    y = band(p, s, y, tr(lg, "Vehicle", "Fahrzeug", "Véhicule"))
    out_km = rng.randint(18000, 140000)
    back_km = out_km + rng.randint(12, 260)
    t_out = rng.randint(8, 14)
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), van),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), reg),
            (tr(lg, "Out date / time", "Übergabe", "Départ"), f"{short(d, lg)} {t_out}:00"),
            (tr(lg, "Due back", "Rückgabe bis", "Retour prévu"), f"{short(d, lg)} {t_out + 4}:00"),
            (tr(lg, "Mileage out", "km-Stand Übergabe", "Km départ"), str(out_km)),
            (tr(lg, "Mileage in", "km-Stand Rückgabe", "Km retour"), str(back_km)),
        ],
        per=2,
        tall=24,
        hand=True,
    )
    yy = y + 4
    for k, lab in enumerate(
        [
            tr(lg, "Fuel out", "Tank Übergabe", "Carburant départ"),
            tr(lg, "Fuel in", "Tank Rückgabe", "Carburant retour"),
        ]
    ):
        p.text(m, yy + k * 16, lab, s.font, 8)
        lvl = rng.randint(2, 4) if k == 0 else rng.randint(1, 4)
        for j, t in enumerate(["E", "1/4", "1/2", "3/4", "F"]):
            box(p, m + 100 + j * 46, yy + k * 16, j == lvl, 8)
            p.text(m + 112 + j * 46, yy + k * 16, t, s.font, 7.5)
    y = yy + 40
    marks = [(rng.uniform(0.05, 0.9), rng.uniform(0.2, 0.9)) for _ in range(rng.randint(0, 3))]
    p.text(
        m,
        y,
        tr(lg, "Existing damage marked X", "Vorschäden mit X markiert", "Dommages existants (X)"),
        s.bold,
        8,
    )
    van_outline(p, m + 10, y + 10, 230, marks)
    cx = m + 270
    rate = {"en": 65.0, "de": 79.0, "fr": 69.0}[lg]
    km_free = 100
    extra = max(0, back_km - out_km - km_free) * {"en": 0.25, "de": 0.29, "fr": 0.27}[lg]
    yy = pairs(
        p,
        s,
        cx,
        y + 10,
        [
            (tr(lg, "Hire charge", "Miete", "Location"), cash(rate, lg)),
            (
                tr(
                    lg,
                    f"Excess mileage (over {km_free})",
                    f"Mehr-km (über {km_free})",
                    f"Km supplémentaires (> {km_free})",
                ),
                cash(round(extra, 2), lg),
            ),
            (
                tr(lg, "Damage waiver", "Haftungsreduzierung", "Rachat de franchise"),
                cash(rng.choice([0.0, 15.0]), lg),
            ),
            (
                tr(lg, "Deposit taken (card)", "Kaution (Karte)", "Dépôt (empreinte CB)"),
                cash(rng.choice([250.0, 300.0, 500.0]), lg),
            ),
            (tr(lg, "Excess", "Selbstbeteiligung", "Franchise"), cash(1000.0, lg)),
        ],
        w - m,
        8,
    )
    p.rect(cx - 4, y, w - m - cx + 4, yy - y + 2)
    y = max(y + 185, yy + 10)
    decl = tr(
        lg,
        "I confirm that I hold a full driving licence valid for this vehicle, that I "
        "have read the terms overleaf and that I am responsible for fines, tolls and "
        "damage during the hire.",
        "Ich bestätige, im Besitz einer gültigen Fahrerlaubnis zu sein, die umseitigen "
        "Mietbedingungen gelesen zu haben und für Bußgelder und Schäden während der Mietzeit "
        "zu haften.",
        "Je certifie être titulaire d'un permis valide, avoir pris connaissance des "
        "conditions générales au verso et être responsable des amendes et dommages pendant "
        "la location.",
    )
    y = text_lines(p, m, y, w - 2 * m, decl, s.font, 7.5) + 6
    y = min(y, hh - m - 50)
    bw = (w - 2 * m - 10) / 2
    sign_box(
        p,
        s,
        m,
        y,
        bw,
        tr(lg, "Hirer - vehicle collected", "Mieter - Übernahme", "Locataire - départ"),
        c.name,
    )
    sign_box(
        p,
        s,
        m + bw + 10,
        y,
        bw,
        tr(lg, "Returned / checked by", "Rücknahme durch", "Retour contrôlé par"),
        assistant(rng),
    )
    pages = [p]
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Van hire terms and conditions",
                "Allgemeine Mietbedingungen Transporter",
                "Conditions générales de location",
            ),
            {
                "en": [
                    "Hirer and drivers",
                    "Hire period",
                    "Fuel",
                    "Mileage",
                    "Use of the vehicle",
                    "Fines and tolls",
                    "Damage and excess",
                    "Accidents",
                    "Breakdown",
                    "Payment",
                    "Deposit",
                ],
                "de": [
                    "Mieter und Fahrer",
                    "Mietdauer",
                    "Kraftstoff",
                    "Kilometer",
                    "Nutzung",
                    "Bußgelder und Maut",
                    "Schäden",
                    "Unfall",
                    "Panne",
                    "Zahlung",
                    "Kaution",
                ],
                "fr": [
                    "Conducteurs",
                    "Durée",
                    "Carburant",
                    "Kilométrage",
                    "Utilisation",
                    "Amendes et péages",
                    "Dommages",
                    "Accident",
                    "Panne",
                    "Paiement",
                    "Dépôt de garantie",
                ],
            }[lg],
        )
    )
    if rng.random() < 0.5:
        q = Page(A4)
        copier_edge(q, rng)
        born = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
        title = tr(
            lg,
            "DRIVING LICENCE   UK",
            "FÜHRERSCHEIN  BUNDESREPUBLIK DEUTSCHLAND",
            "PERMIS DE CONDUIRE  RÉPUBLIQUE FRANÇAISE",
        )
        card_face(
            q,
            90,
            90,
            title,
            [
                ("1.", c.last.upper()),
                ("2.", c.first.upper()),
                ("3.", short(born, "de")),
                ("4b.", short(d + timedelta(days=rng.randint(300, 3000)), "de")),
                ("5.", lic),
                ("9.", "AM/B/BE"),
            ],
            rng,
        )
        card_face(
            q,
            90,
            90 + CARD[1] * 1.35 + 30,
            title + " (reverse)" if lg == "en" else title,
            [("9.", "B   " + short(born + timedelta(days=6700), "de")), ("12.", "")],
            rng,
            False,
        )
        hand(
            q,
            90,
            90 + 2 * CARD[1] * 1.35 + 80,
            tr(lg, "Licence checked", "FS geprüft", "Permis vérifié")
            + f" {initials(assistant(rng))}",
            10,
        )
        pages.append(q)
    remember(c, d, (van, reg, no))
    return pages


def tpl_van_damage(rng: random.Random, who: Issuer) -> list[Page]:
    """The facility's damage report on a returned hire van: the diagram with the new damage,
    the description, the photo page and the charges to the hirer."""
    h = facility_head()
    lg = h.lang
    c = customer_for(rng, ("van_hire",))
    ex = LAST["extra"]
    if after(("van_hire",)) and isinstance(ex, tuple):
        van, reg, no = ex
    else:
        (van, reg), no = rng.choice(VANS[lg]), serial(rng, "VH 99999")
    d = last_day(rng, ("van_hire",), (0, 1))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, f"{tr(lg, 'Damage report', 'Schadensprotokoll', 'Constat')} - {reg}")
    caption(
        f,
        s,
        tr(
            lg,
            "VEHICLE DAMAGE REPORT",
            "SCHADENSPROTOKOLL FAHRZEUG",
            "CONSTAT DE DOMMAGES AU RETOUR",
        ),
        2.5,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hire agreement", "Mietvertrag", "Contrat"), no),
            (tr(lg, "Vehicle / reg.", "Fahrzeug / Kennz.", "Véhicule / immat."), f"{van} {reg}"),
            (tr(lg, "Hirer", "Mieter", "Locataire"), c.name),
            (tr(lg, "Returned", "Rückgabe", "Retour"), short(d, lg)),
        ],
        per=2,
        tall=24,
    )
    marks = [(rng.uniform(0.05, 0.9), rng.uniform(0.2, 0.9)) for _ in range(rng.randint(1, 3))]
    van_outline(f.page, m + 20, f.y + 4, 260, marks)
    f.y += 200
    descr = {
        "en": [
            "scrape nearside rear panel approx 40cm",
            "rear step bent",
            "offside mirror glass cracked",
            "dent to roller door",
            "Luton roof corner split",
        ],
        "de": [
            "Kratzer Seitenwand links hinten ca. 40 cm",
            "Trittstufe hinten verbogen",
            "Spiegelglas rechts gerissen",
            "Delle im Rolltor",
            "Kofferecke oben aufgerissen",
        ],
        "fr": [
            "rayure flanc gauche arrière env. 40 cm",
            "marchepied arrière tordu",
            "glace de rétroviseur droit fêlée",
            "enfoncement rideau arrière",
            "angle de caisse déchiré",
        ],
    }[lg]
    lines = rng.sample(descr, len(marks))
    for k, t in enumerate(lines, 1):
        f.need(16)
        hand(f.page, m + 4, f.y, f"{k}. {t}", 10, w - 2 * m)
        f.y += 16
    f.y += 6
    cost = [round(rng.uniform(90, 650), 2) for _ in lines]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.3, "right")]),
        [tr(lg, "Charge", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        [[f"{k}. {t}", money(v, lg)] for k, (t, v) in enumerate(zip(lines, cost, strict=True), 1)]
        + [[tr(lg, "Admin fee", "Bearbeitungsgebühr", "Frais de dossier"), money(35.0, lg)]],
        s,
        rules=True,
    )
    total = min(sum(cost) + 35, 1000.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Amount charged (capped at the excess): {cash(total, lg)}. Taken from the "
            "card deposit; balance invoiced separately.",
            f"Belastung (max. Selbstbeteiligung): {cash(total, lg)}. Verrechnung mit der "
            "Kaution, Rest folgt per Rechnung.",
            f"Montant retenu (dans la limite de la franchise) : {cash(total, lg)}.",
        ),
    )
    f.need(60)
    bw = (w - 2 * m - 10) / 2
    sign_box(
        f.page, s, m, f.y, bw, tr(lg, "Checked by", "Geprüft von", "Constaté par"), assistant(rng)
    )
    sign_box(
        f.page,
        s,
        m + bw + 10,
        f.y,
        bw,
        tr(
            lg,
            "Hirer (agreed / disputed)",
            "Mieter (anerkannt / bestritten)",
            "Locataire (accepté / contesté)",
        ),
        c.name if rng.random() < 0.6 else "",
    )
    pages = list(f.pages)
    if rng.random() < 0.75:
        q = Page(A4)
        q.text(m, m, f"{tr(lg, 'Photos', 'Fotos', 'Photos')} {reg} - {short(d, lg)}", s.bold, 10)
        for k in range(len(lines) + 1):
            yy = m + 20 + k * 180
            if yy + 170 > hh - m:
                break
            photo(q, m, yy, 230, 160, rng)
            hand(
                q,
                m + 250,
                yy + 20,
                f"{k + 1}. "
                + (lines[k] if k < len(lines) else tr(lg, "overview", "Übersicht", "vue générale")),
                9,
                w - 2 * m - 260,
            )
        pages.append(q)
    pages = close(pages, s, h, numbers="none")
    remember(c, d)
    return pages


def tpl_occupancy_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The storage software's monthly occupancy and rent roll report, printed for the
    accountant: a summary page by unit size, then the rent roll on landscape pages, each with
    the report header and 'Page i of n'."""
    h = facility_head()
    lg = h.lang
    d = add_months(month(), 1) - timedelta(days=rng.randint(0, 2))
    sw = rng.choice(["StorMan", "SiteLink Web Edition", "Storeganise", "Stora"])
    stamp_ = f"{short(d, lg)} {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
    fac = facility_name()
    font = "Helvetica" if rng.random() < 0.7 else "Courier"
    s = Style(
        font,
        font + "-Bold" if font == "Courier" else "Helvetica-Bold",
        8,
        36,
        "none",
        "bottom",
        A4,
        "short",
    )

    def head(p: Page, title: str) -> float:
        pw, _ = p.size
        p.text(36, 28, fit(f"{fac} - {title}", s.bold, 10, pw * 0.6), s.bold, 10)
        p.text(
            pw - 36,
            28,
            f"{sw}  {tr(lg, 'Printed', 'Gedruckt', 'Imprimé le')} {stamp_}",
            s.font,
            7,
            "right",
        )
        p.line(36, 34, pw - 36, 34)
        return 52.0

    title = tr(lg, "Occupancy summary", "Belegungsübersicht", "Synthèse d'occupation")
    f = Sheets(A4, A4[1] - 40, lambda p, n: head(p, title))
    per_m = tr(lg, "Period", "Zeitraum", "Période")
    f.page.text(36, f.y, f"{per_m}: {short(month(), lg)} - {short(d, lg)}", s.font, 8)
    f.y += 18
    rows = []
    tot_u = tot_o = 0
    for sz in unit_sizes(lg):
        u = rng.randint(12, 70)
        o = int(u * rng.uniform(0.7, 0.97))
        tot_u += u
        tot_o += o
        r = rate_for(sz, lg, rng)
        rows.append(
            [
                size_text(sz, lg),
                str(u),
                str(o),
                str(u - o),
                f"{100 * o / u:.1f}%",
                money(sz * u, lg),
                money(r, lg),
                money(r * o, lg),
            ]
        )
    rows.append(
        [
            tr(lg, "Total", "Summe", "Total"),
            str(tot_u),
            str(tot_o),
            str(tot_u - tot_o),
            f"{100 * tot_o / tot_u:.1f}%",
            "",
            "",
            "",
        ]
    )
    table(
        f,
        columns(
            36,
            A4[0] - 36,
            [
                (1.2, "left"),
                (0.7, "right"),
                (0.8, "right"),
                (0.7, "right"),
                (0.8, "right"),
                (1, "right"),
                (1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Size", "Größe", "Taille"),
            tr(lg, "Units", "Boxen", "Box"),
            tr(lg, "Occupied", "Belegt", "Occupés"),
            tr(lg, "Vacant", "Frei", "Libres"),
            tr(lg, "Occ. %", "Quote", "Taux"),
            tr(lg, "Area", "Fläche", "Surface"),
            tr(lg, "Std rate", "Listenpreis", "Tarif"),
            tr(lg, "Rent roll", "Sollmiete", "Loyers"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 10
    for lab in [
        tr(lg, "Move-ins this period", "Einzüge im Zeitraum", "Entrées"),
        tr(lg, "Move-outs this period", "Auszüge im Zeitraum", "Sorties"),
        tr(lg, "Units overlocked", "Gesperrte Boxen", "Box condamnés"),
        tr(lg, "Debtors > 30 days", "Forderungen > 30 Tage", "Impayés > 30 jours"),
    ]:
        f.page.text(36, f.y, lab, s.font, 8)
        f.page.text(
            260,
            f.y,
            str(rng.randint(1, 24)) if "30" not in lab else cash(rng.uniform(800, 6000), lg),
            s.font,
            8,
            "right",
        )
        f.y += 12
    pages = list(f.pages)
    lw, lh = landscape(A4)
    t2 = tr(lg, "Rent roll", "Mieterliste / Sollstellung", "État locatif")
    fl = Sheets((lw, lh), lh - 40, lambda p, n: head(p, t2))
    rr = []
    for _ in range(rng.randint(30, 120)):
        c = a_customer(rng, business=rng.random() < 0.2)
        occupied = rng.random() < 0.88
        bal = rng.choice([0.0] * 6 + [round(c.rate * rng.randint(1, 4), 2)])
        rr.append(
            [
                c.unit,
                size_text(c.size, lg),
                (c.firm or f"{c.last}, {c.first}")
                if occupied
                else tr(lg, "- vacant -", "- frei -", "- libre -"),
                short(c.since, lg) if occupied else "",
                money(c.rate, lg) if occupied else "",
                short(add_months(month(), 1) - timedelta(days=1), lg) if occupied else "",
                money(bal, lg) if occupied else "",
                rng.choice(["", "", "", "DD", "DD", "INS"]) if occupied else "",
            ]
        )
    rr.sort(key=lambda r: r[0])
    table(
        fl,
        columns(
            36,
            lw - 36,
            [
                (0.8, "left"),
                (0.9, "left"),
                (3, "left"),
                (1, "left"),
                (0.9, "right"),
                (1, "left"),
                (0.9, "right"),
                (0.6, "left"),
            ],
        ),
        [
            tr(lg, "Unit", "Box", "Box"),
            tr(lg, "Size", "Größe", "Taille"),
            tr(lg, "Customer", "Mieter", "Client"),
            tr(lg, "Move-in", "Einzug", "Entrée"),
            tr(lg, "Rate", "Miete", "Tarif"),
            tr(lg, "Paid to", "Bezahlt bis", "Payé jusqu'au"),
            tr(lg, "Balance", "Saldo", "Solde"),
            tr(lg, "Flags", "Merker", "Indic."),
        ],
        rr,
        s,
        size=7,
        step=1.55,
    )
    pages += fl.pages
    number_pages(
        pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", bottom=20
    )
    if rng.random() < 0.4:
        hand(
            pages[0],
            40,
            A4[1] - 90,
            tr(lg, "for accounts - month end", "an Buchhaltung", "pour la compta"),
            10,
        )
    remember(None, d)
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
    "move_in": tpl_move_in,
    "contents_certificate": tpl_contents_certificate,
    "business_contract": tpl_business_contract,
    "unit_transfer": tpl_unit_transfer,
    "move_out": tpl_move_out,
    "rate_increase": tpl_rate_increase,
    "overlock_record": tpl_overlock_record,
    "lien_notice": tpl_lien_notice,
    "customer_reply": tpl_customer_reply,
    "auction_statement": tpl_auction_statement,
    "returned_debit": tpl_returned_debit,
    "site_schedule": tpl_site_schedule,
    "sprinkler_report": tpl_sprinkler_report,
    "cctv_contract": tpl_cctv_contract,
    "gate_jobsheet": tpl_gate_jobsheet,
    "door_service": tpl_door_service,
    "racking_inspection": tpl_racking_inspection,
    "van_hire": tpl_van_hire,
    "van_damage": tpl_van_damage,
    "occupancy_report": tpl_occupancy_report,
}
TEMPLATES_JJJJ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "contents_certificate",
    "unit_transfer",
    "rate_increase",
    "lien_notice",
    "returned_debit",
    "gate_jobsheet",
)
#: A kind often followed by a related paper about the same customer or contract.
FOLLOWS = {
    "move_in": "contents_certificate",
    "overlock_record": "lien_notice",
    "lien_notice": "customer_reply",
    "van_hire": "van_damage",
    "cctv_contract": "gate_jobsheet",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_cafetiere_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One facility's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The facility
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SITE["lang"] = lang
    SITE["row"] = r.randrange(len(FACILITIES[lang]))
    SITE["seed"] = r.getrandbits(24)
    SITE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", cust=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_JJJJ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_cafetiere_stream, "templates JJJJ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

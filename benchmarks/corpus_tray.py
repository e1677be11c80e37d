"""Tray part of the generated corpus: templates EE, written blind for the next measurement.

A part of its own, ``tray``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the accounts payable
department of a mid-size company (an engineering works, a drive-technology maker, a precision
mechanics firm: in England, Germany or France) feeds through its scanner before the invoices
are posted: supplier invoices (Rechnung, facture) with their line items running over pages and
a conditions page on the back, service providers' invoices for a month with the signed service
record (Leistungsnachweis, rapport d'intervention), carriers' freight invoices with copies of
the signed CMR consignment notes, credit notes (Gutschrift, avoir), suppliers' delivery notes
signed on receipt and the stores' goods received notes, the company's own purchase orders with
the conditions of purchase and the suppliers' order confirmations (Auftragsbestaetigung, accuse
de reception de commande, some with a fax cover sheet), statements of account with a tear-off
remittance slip, payment reminders (Zahlungserinnerung, Mahnung, relance) with copies of the
unpaid invoices, the company's remittance advices from the payment run, electricity, gas and
water bills (Jahresverbrauchsabrechnung with the Abschlagsplan, facture with the TIP slip),
telecom bills with the itemised calls per number, software subscription and licence renewal
notices with their order form and licence certificate, employees' expense claims with the
receipts taped on backing sheets, hotel bills and till slips behind them, new-supplier forms
with bank details filled in by hand and the bank confirmation, RIB or register extract the
supplier returns with them, suppliers' letters changing their bank details, internal payment
requests, the company's debit notes with photos of damaged goods, and collection agencies'
dunning letters (Inkasso, recouvrement, letter before action) with their claim breakdown and
reply form. Each stream is one company's pile: the company, its staff and its payment month
are drawn once per stream; the company's own papers are in its language, each outside sender
is from England, Germany or France (mostly the company's country) and writes in its own
language. Page sizes range from narrow till slips and A5 delivery notes, goods received notes
and payment requests to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as accounts payable files
it: the continuation pages and the conditions page of an invoice or an order confirmation,
the signed delivery note copy (proof of delivery) a supplier sends behind its invoice, the
service record behind a service invoice, the CMR copies behind a freight invoice, the
conditions of purchase of a purchase order, the fax cover sheet in front of an order
confirmation, the remittance slip of a statement, the copies of unpaid invoices enclosed with
a reminder, the consumption and instalment pages and the information sheet of a utility bill
and the covering letter in front of it, the itemised pages of a telecom bill, the order form
and licence certificate of a renewal notice, the receipts, hotel bills and till slips behind an
expense claim, the bank confirmation, RIB or register extract returned with a new-supplier
form, the photo sheet of a debit note, the claim breakdown and reply form of a dunning letter.
Related papers are documents of their own: the order confirmation after a purchase order, the
goods received note after a delivery note, the remittance advice after an invoice, the reminder
after a statement, the collection agency's letter after a reminder, the debit note after a
goods received note.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: delivery notes, goods received notes,
credit notes, remittance advices, payment requests, reminders, one supplier's invoices and one
carrier's freight invoices often come 2-4 in a row from one sender with other dates, numbers
and amounts; and companions: each related paper above often follows the document it answers.
Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "tray"`` and seeds offset by 3_000_000.

Usage: ``python benchmarks/corpus_tray.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tray/tray_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

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
    Flow,
    band,
    cell,
    columns,
    date_text,
    day,
    dear,
    fields,
    fit,
    foot_and_number,
    money,
    pairs,
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
    wrap,
    write,
)
from corpus_kit import address as window

PART = "tray"
SEED_OFFSET = 3_000_000

MM = 72 / 25.4

# ---------------------------------------------------------------------------------------------
# Who writes: the company and its outside senders by role
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Row = tuple[str, str, str, str, str]
SENDERS: dict[str, list[Row]] = {
    "buyer": [
        (
            "Harwood Engineering Components Ltd",
            "en",
            "Holbrook Works, Station Road",
            "Sheffield S20 3GD",
            "0114 251 7700",
        ),
        (
            "Penfold Fluid Systems Ltd",
            "en",
            "Unit 9, Tything Road",
            "Alcester B49 6ES",
            "01789 762 400",
        ),
        (
            "Kessler Antriebstechnik GmbH",
            "de",
            "Eckendorfer Strasse 115",
            "33609 Bielefeld",
            "0521 97 36-0",
        ),
        (
            "Brandt & Oehme Praezisionsteile GmbH",
            "de",
            "Gewerbering 14",
            "58553 Halver",
            "02353 91 44-0",
        ),
        (
            "Societe Dauphinoise de Mecanique SAS",
            "fr",
            "12 rue des Glairons",
            "38400 Saint-Martin-d'Heres",
            "04 76 44 18 20",
        ),
        (
            "Usinage Lefort et Fils SA",
            "fr",
            "ZI des Bruyeres, 3 allee des Forges",
            "25300 Pontarlier",
            "03 81 39 06 50",
        ),
    ],
    "goods": [
        (
            "Trentside Fasteners Ltd",
            "en",
            "Private Road No. 2, Colwick",
            "Nottingham NG4 2JW",
            "0115 940 1133",
        ),
        (
            "Midland Bearing & Transmission",
            "en",
            "Tyburn Road",
            "Birmingham B24 8NB",
            "0121 327 5501",
        ),
        ("Corby Packaging Supplies", "en", "Earlstrees Road", "Corby NN17 4AZ", "01536 403 990"),
        ("Pennine Industrial Gases", "en", "Canal Street", "Sheffield S4 7ZE", "0114 272 0040"),
        ("Orbis Office Supplies Ltd", "en", "Maple Cross House", "Rickmansworth WD3 9SW", ""),
        (
            "Schraubenhandel Weidner KG",
            "de",
            "Industriestrasse 40",
            "74653 Kuenzelsau",
            "07940 93 10-0",
        ),
        (
            "Kugellager Rheinland GmbH",
            "de",
            "Neusser Landstrasse 2",
            "50769 Koeln",
            "0221 70 99 41",
        ),
        ("Verpackungen Hoelscher GmbH", "de", "Am Hellweg 77", "59269 Beckum", "02521 8 22 60"),
        ("Buerobedarf Lorenz e.K.", "de", "Obernstrasse 18", "33602 Bielefeld", "0521 6 49 12"),
        ("Technische Gase Nord GmbH", "de", "Hafenweg 9", "48155 Muenster", ""),
        (
            "Visserie Rhone-Alpes SARL",
            "fr",
            "45 avenue de l'Industrie",
            "69140 Rillieux-la-Pape",
            "04 78 88 20 14",
        ),
        ("Roulements Dubreuil SA", "fr", "8 rue Ampere", "38000 Grenoble", "04 76 87 33 10"),
        ("Emballages du Doubs SAS", "fr", "ZA Les Grands Pres", "25220 Chalezeule", ""),
        ("Fournitures Bureau Vauban", "fr", "17 quai Vauban", "25000 Besancon", "03 81 81 27 44"),
    ],
    "service": [
        ("Brightwell Facilities Services Ltd", "en", "2 Riverside Way", "Leeds LS10 1AB", ""),
        (
            "Sentinel Site Security Ltd",
            "en",
            "Albion Court, Great Ancoats Street",
            "Manchester M4 6DE",
            "0161 228 4470",
        ),
        ("Gebaeudereinigung Hartmann GmbH", "de", "Herforder Strasse 210", "33609 Bielefeld", ""),
        (
            "Kalibrierdienst Ostwestfalen GmbH",
            "de",
            "Otto-Brenner-Strasse 3",
            "33607 Bielefeld",
            "0521 2 08 75 30",
        ),
        ("Proprete Alpine Services", "fr", "5 rue Lavoisier", "38330 Montbonnot", ""),
        (
            "Maintenance Industrielle Comtoise",
            "fr",
            "14 rue de Dole",
            "25000 Besancon",
            "03 81 52 60 09",
        ),
    ],
    "utility": [
        (
            "Northern Powergrid Energy Supply",
            "en",
            "PO Box 4421",
            "Sheffield S98 1AB",
            "0345 070 2000",
        ),
        ("Severn Trent Business Water", "en", "PO Box 407", "Darlington DL1 9WD", "0345 750 0500"),
        (
            "Stadtwerke Bielefeld GmbH",
            "de",
            "Schildescher Strasse 16",
            "33611 Bielefeld",
            "0521 51-0",
        ),
        ("Enervie Vertrieb GmbH", "de", "Platz der Impulse 1", "58093 Hagen", "02331 1 23-0"),
        (
            "Energie Alpes Distribution",
            "fr",
            "TSA 20012",
            "38044 Grenoble Cedex 9",
            "09 70 83 33 33",
        ),
        ("Eau du Grand Besancon", "fr", "4 rue Gabriel Plancon", "25000 Besancon", ""),
    ],
    "telecom": [
        (
            "Albion Business Telecom plc",
            "en",
            "Customer Accounts, PO Box 60",
            "Bolton BL1 9AA",
            "0800 440 221",
        ),
        (
            "Telenet Mittelstand GmbH",
            "de",
            "Postfach 10 04 21",
            "40004 Duesseldorf",
            "0800 3 30 10 00",
        ),
        (
            "Liaison Pro Telecom SA",
            "fr",
            "Service Clients Entreprises, TSA 70011",
            "92894 Nanterre Cedex 9",
            "3980",
        ),
    ],
    "software": [
        ("Ledgerline Software Ltd", "en", "3 Temple Back", "Bristol BS1 6DZ", "0117 428 1900"),
        ("CadForge Systems Ltd", "en", "The Quorum, Barnwell Road", "Cambridge CB5 8RE", ""),
        (
            "Datenwerk Business Solutions AG",
            "de",
            "Lyoner Strasse 25",
            "60528 Frankfurt am Main",
            "069 66 55 40-0",
        ),
        ("PlanWare GmbH", "de", "Leopoldstrasse 31", "80802 Muenchen", "089 3 83 02 10"),
        (
            "Logiciels Sequoia SAS",
            "fr",
            "27 rue du Colonel Pierre Avia",
            "75015 Paris",
            "01 84 17 40 00",
        ),
    ],
    "carrier": [
        ("Danby Freight Ltd", "en", "Tinsley Park Road", "Sheffield S9 5DJ", "0114 244 8100"),
        ("Spedition Klockenbrink GmbH", "de", "Hafenstrasse 51", "33602 Bielefeld", ""),
        ("Transports Mougin SARL", "fr", "RN 57, Les Vieilles Vignes", "25480 Ecole-Valentin", ""),
    ],
    "agency": [
        (
            "Crowther Debt Recovery Ltd",
            "en",
            "Dunham House, 12 Cross Street",
            "Sale M33 7AQ",
            "0161 973 5120",
        ),
        ("Northgate Credit Management", "en", "2 Whitehall Quay", "Leeds LS1 4HR", ""),
        (
            "Creditreform Bielefeld Koch KG",
            "de",
            "Niederwall 23",
            "33602 Bielefeld",
            "0521 5 60 34-0",
        ),
        ("Inkasso Westfalia GmbH", "de", "Ostenallee 46", "59063 Hamm", "02381 4 31 77 0"),
        (
            "Cabinet Recouvrement Sud-Est",
            "fr",
            "9 cours Berriat",
            "38000 Grenoble",
            "04 76 21 60 18",
        ),
        ("Recouvrance Associes", "fr", "41 rue de la Republique", "69002 Lyon", ""),
    ],
    "bank": [
        ("Lloyds Bank plc - Commercial Banking", "en", "25 Gresham Street", "London EC2V 7HN", ""),
        ("HSBC UK Bank plc", "en", "1 Centenary Square", "Birmingham B1 1HQ", ""),
        ("Sparkasse Bielefeld", "de", "Schweriner Strasse 5", "33605 Bielefeld", ""),
        ("Volksbank Hohenlohe eG", "de", "Hauptstrasse 35", "74653 Kuenzelsau", ""),
        ("Credit Agricole Sud Rhone Alpes", "fr", "15-17 rue Paul Claudel", "38100 Grenoble", ""),
        (
            "Banque Populaire Bourgogne Franche-Comte",
            "fr",
            "5 avenue de Bourgogne",
            "21800 Quetigny",
            "",
        ),
    ],
    "hotel": [
        ("The Crown & Anchor Hotel", "en", "21 Market Place", "Leicester LE1 5GF", "0116 262 0471"),
        ("Premier Lodge Birmingham Central", "en", "80 Broad Street", "Birmingham B15 1AU", ""),
        ("Hotel Am Stadtpark", "de", "Stadtparkstrasse 2", "70190 Stuttgart", "0711 2 68 90"),
        ("Hotel Lippischer Hof", "de", "Wilhelmstrasse 12", "33602 Bielefeld", ""),
        ("Hotel du Commerce", "fr", "7 place Grenette", "38000 Grenoble", "04 76 46 30 12"),
        ("Hotel Le Lyonnais", "fr", "22 rue de la Charite", "69002 Lyon", ""),
    ],
}
FIRSTS = {
    "en": "Gemma Lisa Steve Andrew Rachel Priya Martin Joanne Craig Helen Neil Aisha Tom Karen "
    "Darren Fiona Simon Claire Imran Beth",
    "de": "Sabine Thomas Petra Michael Anja Stefan Julia Markus Claudia Frank Melanie Juergen "
    "Katrin Oliver Nicole Andreas Yvonne Dirk Svetlana Mehmet",
    "fr": "Nathalie Pascal Sandrine Laurent Celine Christophe Isabelle Olivier Aurelie Franck "
    "Sylvie Julien Karima Thierry Emilie Bruno Sophie Mathieu Yasmina Didier",
}
LASTS = {
    "en": "Holt Barker Chandra Greenwood Sykes Walsh Fletcher Patel Marsden Kaur Lomax Dawson "
    "Pearce Atkinson Haigh Byrne Ingham Nolan Rees Whitaker",
    "de": "Meier Schulte Brinkmann Kowalski Hoffmann Tiemann Wessel Kruse Oezturk Lindner "
    "Borchers Kuhlmann Rehberg Vogt Sander Jaeger Pohl Niemann Hartwig Doering",
    "fr": "Girard Bonnet Faure Mercier Blanc Guerin Chevalier Roussel Lefebvre Fontaine Perrin "
    "Morel Gauthier Benali Masson Rey Colin Vidal Picard Barbier",
}
#: The company of the stream: language, which company, key for its staff, payment month.
OFFICE: dict[str, object] = {"lang": "en", "co": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the last document was about, so that a companion can refer to it.
LAST: dict[str, object] = {}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    d = OFFICE["month"]
    assert isinstance(d, date)
    return d


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the stream's company, the issuer and ``key``: a run or a companion keeps
    its supplier, account numbers and people."""
    tag = f"tray/{OFFICE['seed']}/{key}/{who.name}/{who.street}/{who.city}"
    return random.Random(zlib.crc32(tag.encode()))


def note(who: Issuer, key: str, value: object) -> None:
    """Remember ``value`` about ``who``'s last document under ``key`` (for a companion)."""
    LAST[key] = (f"{who.name}/{who.street}/{who.city}", value)


def take(who: Issuer, key: str) -> tuple[object, ...] | None:
    """What was remembered under ``key`` if it was about ``who`` (then forgotten), else None."""
    last = LAST.get(key)
    if isinstance(last, tuple) and last[0] == f"{who.name}/{who.street}/{who.city}":
        del LAST[key]
        value = last[1]
        assert isinstance(value, tuple)
        return value
    return None


def new_po(rng: random.Random) -> str:
    return serial(rng, {"en": "PO 99999", "de": "B-999999", "fr": "BC 99999"}[home()])


def ordered(rng: random.Random, who: Issuer) -> tuple[Head, str]:
    """The supplier and order number of the order ``who`` last placed or delivered, else a
    supplier drawn afresh and a new number."""
    got_ = take(who, "po")
    if got_ is not None:
        h, po = got_
        assert isinstance(h, Head) and isinstance(po, str)
        return h, po
    return any_supplier(rng, ("goods",)), new_po(rng)


def on(rng: random.Random, lo: int = -45, hi: int = 20) -> date:
    """A day around the stream's payment month."""
    return month() + timedelta(days=rng.randint(lo, hi))


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang].split())} {r.choice(LASTS[lang].split())}"


def staff(tag: str) -> str:
    """One of the company's people, the same all stream long for the same ``tag``."""
    r = random.Random(zlib.crc32(f"tray/staff/{tag}/{OFFICE['seed']}".encode()))
    return person(r, home())


def role_of(tag: str) -> str:
    lg = home()
    return {
        "ap": tr(lg, "Accounts Payable", "Kreditorenbuchhaltung", "Comptabilite fournisseurs"),
        "buyer": tr(lg, "Purchasing", "Einkauf", "Service Achats"),
        "fc": tr(lg, "Financial Controller", "Leitung Finanzen", "Responsable comptable"),
        "stores": tr(lg, "Goods In", "Wareneingang", "Reception marchandises"),
    }[tag]


TALK = {
    "en": {
        "pay": "invoice payment account balance overdue remittance settlement terms statement "
        "outstanding amount due reference credit query ledger cleared funds",
        "supply": "order delivery goods stock consignment pallet despatch supply items quantity "
        "warehouse carrier schedule batch drawing specification",
        "it": "subscription licence users renewal term support service platform seats "
        "maintenance upgrade account portal release hosting",
        "energy": "supply meter reading tariff consumption charges unit rate standing charge "
        "contract site levy network estimate",
    },
    "de": {
        "pay": "Rechnung Zahlung Konto Saldo Faelligkeit Ausgleich Betrag Forderung Gutschrift "
        "Zahlungsziel Skonto Mahnung Buchung Verrechnung Beleg",
        "supply": "Bestellung Lieferung Ware Lager Palette Versand Menge Artikel Termin Spedition "
        "Charge Zeichnung Ausfuehrung Abruf",
        "it": "Abonnement Lizenz Benutzer Verlaengerung Laufzeit Support Wartung Plattform "
        "Version Vertrag Kuendigung Portal",
        "energy": "Lieferung Zaehlerstand Tarif Verbrauch Arbeitspreis Grundpreis Netzentgelt "
        "Abschlag Abrechnung Zeitraum Umlage Vertrag",
    },
    "fr": {
        "pay": "facture reglement compte solde echeance paiement montant creance avoir "
        "relance ecriture virement delai penalites",
        "supply": "commande livraison marchandise stock palette expedition quantite article "
        "delai transporteur lot plan reference",
        "it": "abonnement licence utilisateurs renouvellement duree assistance maintenance "
        "plateforme version contrat resiliation",
        "energy": "fourniture releve index tarif consommation abonnement acheminement "
        "contribution taxe periode estimation contrat",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be to the our your we",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des nous votre",
}


def words(rng: random.Random, lang: str, topic: str = "pay", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "pay", lo: int = 1, hi: int = 3) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


def cash(v: float, lang: str) -> str:
    return f"\u00a3{money(v, lang)}" if lang == "en" else f"{money(v, lang)} EUR"


def vat_rate(lang: str) -> float:
    return {"en": 0.2, "de": 0.19, "fr": 0.2}[lang]


# ---------------------------------------------------------------------------------------------
# Paper habits of a sender: heading, later pages, footer, page numbers, typeface
# ---------------------------------------------------------------------------------------------


@dataclass
class Head:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    look: str  # bar | monogram | centred | right | rule | shaded | boxed
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    font: str
    bold: str
    size: float
    margin: float
    role: str


@dataclass
class Ids:
    """A firm's registration, tax and bank particulars (fixed by its name)."""

    reg: str
    vat: str
    iban: str
    bic: str
    bank: str
    account: str  # UK sort code and account number, else the IBAN


FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i} of {n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
BANKS = {
    "en": ["Barclays Bank plc", "Lloyds Bank plc", "NatWest", "HSBC UK Bank plc"],
    "de": ["Sparkasse Bielefeld", "Commerzbank AG", "Volksbank eG", "Deutsche Bank AG"],
    "fr": ["Credit Agricole", "BNP Paribas", "Societe Generale", "CIC Lyonnaise de Banque"],
}


def ids_of(name: str, lang: str) -> Ids:
    r = random.Random(zlib.crc32(f"tray/ids/{name}".encode()))
    bank = r.choice(BANKS[lang])
    if lang == "en":
        sort = f"{r.randint(20, 40)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
        acct = f"{r.randint(10000000, 99999999)}"
        iban = f"GB{r.randint(10, 99)} {serial(r, 'AAAA')} {sort.replace('-', '')[:4]} "
        iban += f"{sort.replace('-', '')[4:]}{acct[:2]} {acct[2:6]} {acct[6:]}"
        return Ids(
            reg=f"{r.randint(1000000, 14999999):08d}",
            vat=f"GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
            iban=iban,
            bic=serial(r, "AAAAGB99"),
            bank=bank,
            account=f"Sort code {sort}  Account {acct}",
        )
    if lang == "de":
        iban = "DE{} {} {} {} {} {}".format(
            r.randint(10, 99), *(f"{r.randint(0, 9999):04d}" for _ in range(4)), r.randint(10, 99)
        )
        return Ids(
            reg=f"HRB {r.randint(1000, 49999)}",
            vat=f"DE{r.randint(100000000, 999999999)}",
            iban=iban,
            bic=serial(r, "AAAADEAAXXX"),
            bank=bank,
            account=iban,
        )
    iban = "FR76 {} {} {} {} {} {}".format(
        *(f"{r.randint(0, 9999):04d}" for _ in range(5)), f"{r.randint(0, 999):03d}"
    )
    siren = f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)}"
    return Ids(
        reg=siren,
        vat=f"FR{r.randint(10, 99)} {siren.replace(' ', '')}",
        iban=iban,
        bic=serial(r, "AAAAFRPPAAA"),
        bank=bank,
        account=iban,
    )


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    """A registration and bank footer in the sender's country's manner."""
    i = ids_of(name, lang)
    if lang == "de":
        town = r.choice(["Bielefeld", "Stuttgart", "Koeln", "Muenster", "Hamm"])
        out = [
            f"{name} - Sitz {town} - Amtsgericht {town} {i.reg} - Geschaeftsfuehrung: "
            + person(r, "de")
            + (", " + person(r, "de") if r.random() < 0.4 else ""),
            f"{i.bank} - IBAN {i.iban} - BIC {i.bic} - USt-IdNr. {i.vat}",
        ]
        return out if r.random() < 0.8 else out[::-1]
    if lang == "fr":
        form = r.choice(["SAS au capital de", "SA au capital de", "SARL au capital de"])
        town = r.choice(["Grenoble", "Lyon", "Besancon", "Nanterre", "Paris"])
        out = [
            f"{name} - {form} {r.randint(8, 4000)} 000 EUR - RCS {town} {i.reg} - "
            f"SIRET {i.reg} {r.randint(10000, 99999)} - TVA {i.vat}"
        ]
        if role in ("goods", "service", "carrier") and r.random() < 0.6:
            out.append(f"{i.bank} - IBAN {i.iban} - BIC {i.bic}")
        return out
    out = [
        f"{name} - Registered in England and Wales No. {i.reg} - Registered office: "
        + r.choice(["as above", "1 Colmore Square, Birmingham B4 6AA", "30 Park Row, Leeds"])
    ]
    if role in ("agency",):
        out.append(f"Authorised and regulated by the Financial Conduct Authority FRN {i.reg[2:]}")
    elif r.random() < 0.7:
        out.append(f"VAT Reg. No. {i.vat}")
    return out


def make_head(row: Row, role: str, r: random.Random, looks: list[str] | None = None) -> Head:
    name, lang, street, town, phone = row
    font, bold = r.choice(FACES)
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        look=r.choice(looks or ["bar", "monogram", "centred", "right", "rule", "shaded", "boxed"]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role)
        if role not in ("hotel",) and r.random() < 0.8
        else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc", "br"]),
        dates=r.choice(["short", "long"] + (["long", "short", "iso"] if lang == "en" else [])),
        font=font,
        bold=bold,
        size=r.choice([9, 9.5, 10, 10, 10.5]),
        margin=r.choice([46, 52, 56, 62, 68]),
        role=role,
    )


def buyer() -> Head:
    """The company's own letterhead: the same all stream long."""
    rows = [x for x in SENDERS["buyer"] if x[1] == home()]
    row = rows[int(str(OFFICE["co"])) % len(rows)]
    r = random.Random(zlib.crc32(f"tray/buyer/{OFFICE['seed']}".encode()))
    return make_head(row, "buyer", r, ["bar", "monogram", "right", "rule", "centred"])


#: Roles whose sender is always of the company's country.
LOCAL = ("utility", "telecom", "agency")


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    """The ``role`` sender of ``who`` as it prints: mostly of the company's country, some from
    the other two; utilities, telecoms and collection agencies always local."""
    if role == "buyer":
        return buyer()
    r = keyed(who, role)
    lg = home()
    if role not in LOCAL and r.random() < 0.3:
        lg = r.choice([x for x in ("en", "de", "fr") if x != home()])
    rows = [x for x in SENDERS[role] if x[1] == lg] or SENDERS[role]
    return make_head(r.choice(rows), role, r, looks)


def supplier(who: Issuer) -> Head:
    """The goods or services supplier of ``who`` (the same for a run and its companions)."""
    return head_of(who, "goods" if keyed(who, "trade").random() < 0.75 else "service")


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


def monogram(name: str) -> str:
    skip = ("GmbH", "KG", "SAS", "SA", "Ltd", "plc", "SARL", "AG", "eG", "e.K.", "&", "+", "de")
    parts = [t for t in name.replace("-", " ").split() if t not in skip and t[0].isupper()]
    return "".join(t[0] for t in parts[:2]) or name[:2].upper()


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 24.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "bar":
        p.rect(m, y - 12, 5, 40, fill=0.1)
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m - 14)
        p.text(m + 12, y + 2, h.name, s.bold, pt)
        p.text(m + 12, y + 15, fit(where, s.font, 7.5, w - 2 * m - 14), s.font, 7.5)
        if tel:
            p.text(m + 12, y + 25, tel, s.font, 7.5)
        return y + 50
    if h.look == "monogram":
        p.rect(w - m - 38, y - 14, 38, 38, fill=0.2)
        p.rect(w - m - 34, y - 10, 30, 30, fill=0.9)
        p.text(w - m - 19, y + 10, monogram(h.name), "Times-Bold", 15, "center")
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m - 50)
        p.text(m, y, h.name, s.bold, pt)
        p.text(m, y + 12, fit(f"{where}   {tel}", s.font, 7.5, w - 2 * m - 50), s.font, 7.5)
        return y + 52
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 4, h.name, s.bold, pt, "center")
        line = " - ".join(t for t in (where, tel) if t)
        p.text(w / 2, y + 17, fit(line, s.font, 7.5, w - 2 * m), s.font, 7.5, "center")
        p.line(m, y + 24, w - m, y + 24)
        return y + 48
    if h.look == "right":
        pt = shrink(h.name, s.bold, s.size + 4, w / 2)
        p.text(w - m, y + 2, h.name, s.bold, pt, "right")
        yy = y + 14
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7.5, w / 2), s.font, 7.5, "right")
                yy += 9
        return yy + 26
    if h.look == "rule":
        pt = shrink(h.name.upper(), s.font, s.size + 4, w - 2 * m)
        p.text(m, y + 2, h.name.upper(), s.font, pt)
        p.rect(m, y + 7, w - 2 * m, 2.5, fill=0.0)
        line = " | ".join(t for t in (where, tel) if t)
        p.text(m, y + 19, fit(line, s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "shaded":
        p.rect(0, 0, w, y + 26, fill=0.86)
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(m, y + 2, h.name, s.bold, pt)
        p.text(m, y + 16, fit(f"{where}   {tel}", s.font, 7.5, w - 2 * m), s.font, 7.5)
        return y + 52
    bw = min(w - 2 * m, 240.0)
    p.rect(m, y - 12, bw, 42)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if tel:
        p.text(m + 6, y + 24, tel, s.font, 7)
    return y + 48


class Sheets(Flow):
    line = 1.36
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.6


def sheets(s: Style, h: Head | None, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top and h is not None else s.margin - 6
        if h is not None and h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    foot = len(h.foot) if h is not None else 0
    return Sheets((w, hh), hh - s.margin - 7 * foot - 6, start)


def close(
    pages: list[Page], s: Style, h: Head | None, numbers: str | None = None, covers: int = 0
) -> list[Page]:
    if h is None:
        return foot_and_number(pages, s, [], numbers or "none", "bc", covers)
    return foot_and_number(
        pages, s, h.foot, h.numbers if numbers is None else numbers, h.corner, covers
    )


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = name.split() or ["X"]
    p.text(x + 3, y - 2, f"{parts[0][0]}. {parts[-1]}", INK, pt)
    p.line(x, y + 2, x + 14 + len(parts[-1]) * pt * 0.45, y - 4)


def hand(p: Page, x: float, y: float, text: str, pt: float = 9.5, align: str = "left") -> None:
    p.text(x, y, text, HAND, pt, align)


def got(d: date) -> list[str]:
    """The company's received stamp."""
    lg = home()
    co = buyer().name.split()[0].upper()
    return [
        tr(lg, "RECEIVED", "EINGEGANGEN", "RECU LE"),
        date_text(d, lg, "short").upper(),
        tr(lg, f"{co} - ACCOUNTS", f"{co} - BUCHHALTUNG", f"{co} - COMPTABILITE"),
    ]


def coding_stamp(rng: random.Random, p: Page, x: float, y: float, d: date, po: str = "") -> None:
    """Accounts payable's coding stamp (Kontierungsstempel, cachet d'imputation) with the
    entries made by hand: received date, order, account, cost centre, checks and approval."""
    lg = home()
    rows = [
        (tr(lg, "Received", "Eingang", "Recu le"), short(d, lg)),
        (tr(lg, "PO No.", "Bestell-Nr.", "N. commande"), po),
        (tr(lg, "GL code", "Sachkonto", "Compte"), str(rng.choice([5000, 5010, 6100, 6300, 7200]))),
        (tr(lg, "Cost centre", "Kostenstelle", "Centre analyt."), str(rng.randint(100, 480))),
        (tr(lg, "Goods rec'd", "sachl. richtig", "Service fait"), rng.choice(["ok", "v", "OK"])),
        (tr(lg, "Approved", "Freigabe", "Bon a payer"), ""),
    ]
    bw, rh = 150.0, 12.5
    x = max(8.0, min(x, p.size[0] - bw - 10))
    y = max(8.0, min(y, p.size[1] - rh * len(rows) - 40))
    p.rect(x, y, bw, rh * len(rows) + 4)
    for k, (cap, val) in enumerate(rows):
        yy = y + 4 + rh * (k + 1)
        p.text(x + 4, yy - 3, cap, "Helvetica", 6.5)
        p.line(x + 62, yy, x + bw - 4, yy)
        if rng.random() < 0.85 and (val or k == 5):
            if k == 5:
                sign(p, x + 64, yy - 1, staff("fc"), 10)
            else:
                hand(p, x + 66, yy - 2, val, 8.5)


def received(
    rng: random.Random, pages: list[Page], d: date, po: str = "", free: float | None = None
) -> None:
    """On some first pages the received stamp (at the top or low on the page) or the coding
    stamp (in the room below the text, ``free``), as accounts payable puts them on arrival."""
    p = pages[0]
    w, hh = p.size
    r = rng.random()
    room = free is not None and free < hh - 170
    if r < 0.35 or (r < 0.7 and not room):
        if rng.random() < 0.6:
            stamp(p, w - 215 - rng.uniform(0, 110), rng.uniform(44, 96), got(d))
        else:
            stamp(p, rng.uniform(40, w - 220), hh - rng.uniform(110, 150), got(d))
    elif r < 0.7 and free is not None:
        coding_stamp(rng, p, w - 190 - rng.uniform(0, 200), free + rng.uniform(6, 40), d, po)


def company_lines(att: str = "") -> list[str]:
    co = buyer()
    return [co.name] + ([att] if att else []) + [co.street, co.town]


def firm_lines(h: Head, att: str = "") -> list[str]:
    return [h.name] + ([att] if att else []) + [h.street, h.town]


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    """The window address on the left, references and date on the right."""
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("bar", "boxed", "right") else None, y0, lines)
    yy = pairs(
        f.page,
        s,
        w * 0.55,
        y0,
        [*refs, (tr(h.lang, "Date", "Datum", "Date"), day(h, d))],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 18


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = False) -> None:
    f.need(90)
    m = s.margin
    text = tr(
        lang,
        "Yours faithfully" if formal else ["Yours sincerely", "Kind regards"][len(name) % 2],
        "Mit freundlichen Gruessen",
        "Veuillez agreer, Madame, Monsieur, l'expression de nos salutations distinguees."
        if formal
        else "Nous vous prions d'agreer nos sinceres salutations.",
    )
    f.para(m, f.size[0] - 2 * m, text, s.font, s.size, 0.2)
    f.y += 20
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def two_columns(
    p: Page, s: Style, y: float, title: str, paras: list[str], pt: float, first: int = 1
) -> int:
    """A conditions page: ``title`` over clauses numbered from ``first`` in two columns of
    small type; returns how many clauses were set in full."""
    w, hh = p.size
    m = s.margin
    p.text(w / 2, y, title, s.bold, pt + 3, "center")
    y += pt * 3
    colw = (w - 2 * m - 16) / 2
    x, yy = m, y
    for k, t in enumerate(paras):
        lines = wrap(f"{first + k}. {t}", s.font, pt, colw)
        if yy + len(lines) * pt * 1.25 > hh - m - 10:
            if x > m:
                return k
            x, yy = m + colw + 16, y
        for ln in lines:
            p.text(x, yy, ln, s.font, pt)
            yy += pt * 1.25
        yy += pt * 0.6
    return len(paras)


def clauses(rng: random.Random, lang: str, topic: str, n: int) -> list[str]:
    heads = {
        "en": [
            "Definitions.",
            "Price and payment.",
            "Delivery.",
            "Risk and title.",
            "Warranty.",
            "Liability.",
            "Force majeure.",
            "Confidentiality.",
            "Termination.",
            "Governing law.",
        ],
        "de": [
            "Geltungsbereich.",
            "Angebot und Preise.",
            "Lieferzeit.",
            "Gefahruebergang.",
            "Eigentumsvorbehalt.",
            "Gewaehrleistung.",
            "Haftung.",
            "Zahlung.",
            "Gerichtsstand.",
            "Schlussbestimmungen.",
        ],
        "fr": [
            "Objet.",
            "Commandes.",
            "Prix.",
            "Livraison.",
            "Transfert des risques.",
            "Reserve de propriete.",
            "Garantie.",
            "Paiement.",
            "Force majeure.",
            "Attribution de juridiction.",
        ],
    }[lang]
    return [f"{heads[k % len(heads)]} {prose(rng, lang, topic, 2, 6)}" for k in range(n)]


# ---------------------------------------------------------------------------------------------
# What is bought: items by trade
# ---------------------------------------------------------------------------------------------

# description (en, de, fr), unit (en, de, fr), price range
Item = tuple[tuple[str, str, str], tuple[str, str, str], float, float]
ITEMS: dict[str, list[Item]] = {
    "fix": [
        (
            (
                "Hex bolt M12x60 8.8 zinc plated",
                "Sechskantschraube M12x60 8.8 verzinkt",
                "Vis H M12x60 8.8 zinguee",
            ),
            ("box 100", "VE 100", "bte 100"),
            18,
            46,
        ),
        (
            (
                "Socket cap screw M8x25 12.9",
                "Zylinderschraube ISO 4762 M8x25 12.9",
                "Vis CHC M8x25 12.9",
            ),
            ("box 200", "VE 200", "bte 200"),
            14,
            38,
        ),
        (
            ("Nyloc nut M10 A2 stainless", "Sicherungsmutter M10 A2", "Ecrou frein M10 inox A2"),
            ("box 100", "VE 100", "bte 100"),
            9,
            24,
        ),
        (
            ("Flat washer M16 form A", "Scheibe DIN 125 M16", "Rondelle plate M16"),
            ("box 500", "VE 500", "bte 500"),
            6,
            19,
        ),
        (
            ("Threaded rod M20 x 1 m", "Gewindestange M20 x 1 m", "Tige filetee M20 x 1 m"),
            ("each", "Stk", "piece"),
            3,
            11,
        ),
        (
            ("Dowel pin 6x30 h6", "Zylinderstift ISO 8734 6x30", "Goupille 6x30 h6"),
            ("box 100", "VE 100", "bte 100"),
            11,
            29,
        ),
    ],
    "bear": [
        (
            (
                "Deep groove ball bearing 6205-2RS",
                "Rillenkugellager 6205-2RS",
                "Roulement a billes 6205-2RS",
            ),
            ("each", "Stk", "piece"),
            4,
            16,
        ),
        (
            ("Taper roller bearing 32210", "Kegelrollenlager 32210", "Roulement conique 32210"),
            ("each", "Stk", "piece"),
            18,
            55,
        ),
        (
            ("Plummer block SNL 511", "Stehlagergehaeuse SNL 511", "Palier SNL 511"),
            ("each", "Stk", "piece"),
            60,
            140,
        ),
        (
            ("V-belt SPZ 1250", "Keilriemen SPZ 1250", "Courroie SPZ 1250"),
            ("each", "Stk", "piece"),
            6,
            19,
        ),
        (
            ("Roller chain 08B-1 x 5 m", "Rollenkette 08B-1, 5 m", "Chaine a rouleaux 08B-1 5 m"),
            ("roll", "Rolle", "rouleau"),
            35,
            90,
        ),
        (
            ("Shaft seal 40x62x8", "Radialwellendichtring 40x62x8", "Joint spi 40x62x8"),
            ("each", "Stk", "piece"),
            2,
            9,
        ),
    ],
    "pack": [
        (
            (
                "Double wall carton 600x400x400",
                "Faltkarton 2-wellig 600x400x400",
                "Carton double cannelure 600x400x400",
            ),
            ("bundle 20", "Bund 20", "paquet 20"),
            18,
            40,
        ),
        (
            ("Stretch film 500 mm 23 mu", "Stretchfolie 500 mm 23 my", "Film etirable 500 mm"),
            ("roll", "Rolle", "rouleau"),
            9,
            17,
        ),
        (
            ("Euro pallet EPAL new", "Europalette EPAL neu", "Palette Europe EPAL neuve"),
            ("each", "Stk", "piece"),
            14,
            24,
        ),
        (
            ("Packing tape 50 mm brown", "Packband 50 mm braun", "Ruban adhesif 50 mm"),
            ("case 36", "Karton 36", "carton 36"),
            28,
            55,
        ),
        (
            ("VCI bag 400x600", "VCI-Beutel 400x600", "Sachet VCI 400x600"),
            ("pack 250", "Pack 250", "lot 250"),
            40,
            95,
        ),
    ],
    "gas": [
        (
            ("Argon 4.6, 50 l cylinder", "Argon 4.6, Flasche 50 l", "Argon 4.6, bouteille 50 l"),
            ("each", "Fl.", "bout."),
            60,
            110,
        ),
        (
            ("Cylinder rental", "Flaschenmiete", "Location bouteille"),
            ("days", "Tage", "jours"),
            0.3,
            0.9,
        ),
        (
            ("Oxygen technical 50 l", "Sauerstoff technisch 50 l", "Oxygene technique 50 l"),
            ("each", "Fl.", "bout."),
            40,
            85,
        ),
        (
            ("Delivery charge", "Anlieferpauschale", "Frais de livraison"),
            ("each", "psch", "forfait"),
            15,
            35,
        ),
        (
            ("Hazardous goods surcharge", "Gefahrgutzuschlag", "Supplement matieres dangereuses"),
            ("each", "psch", "forfait"),
            5,
            12,
        ),
    ],
    "office": [
        (
            ("Copier paper A4 80 g", "Kopierpapier A4 80 g", "Ramette papier A4 80 g"),
            ("box 5 reams", "Karton 5 Pack", "carton 5 rames"),
            16,
            26,
        ),
        (
            ("Toner cartridge black", "Tonerkartusche schwarz", "Cartouche toner noir"),
            ("each", "Stk", "piece"),
            45,
            160,
        ),
        (
            ("Lever arch file A4 80 mm", "Ordner A4 80 mm", "Classeur levier A4 80 mm"),
            ("pack 10", "Pack 10", "lot 10"),
            14,
            30,
        ),
        (
            ("Ballpoint pens blue", "Kugelschreiber blau", "Stylos bille bleu"),
            ("box 50", "Box 50", "boite 50"),
            8,
            22,
        ),
        (
            ("Sticky notes 76x76", "Haftnotizen 76x76", "Notes repositionnables"),
            ("pack 12", "Pack 12", "lot 12"),
            6,
            15,
        ),
    ],
    "clean": [
        (
            ("Contract cleaning - offices", "Unterhaltsreinigung Buero", "Nettoyage bureaux"),
            ("month", "Monat", "mois"),
            900,
            2600,
        ),
        (
            ("Washroom consumables", "Hygieneartikel Sanitaer", "Consommables sanitaires"),
            ("month", "Monat", "mois"),
            90,
            320,
        ),
        (
            ("Window cleaning", "Glasreinigung", "Nettoyage vitrerie"),
            ("visit", "Einsatz", "passage"),
            180,
            480,
        ),
        (
            ("Workshop floor scrubbing", "Maschinelle Bodenreinigung Halle", "Autolaveuse atelier"),
            ("hours", "Std", "heures"),
            28,
            45,
        ),
    ],
    "security": [
        (("Static guarding", "Objektschutz", "Gardiennage"), ("hours", "Std", "heures"), 17, 26),
        (("Mobile patrol", "Revierfahrt", "Ronde mobile"), ("visit", "Einsatz", "passage"), 14, 30),
        (
            ("Alarm response", "Alarmverfolgung", "Intervention sur alarme"),
            ("each", "Einsatz", "intervention"),
            45,
            90,
        ),
    ],
    "calib": [
        (
            (
                "Calibration micrometer 0-25",
                "Kalibrierung Buegelmessschraube 0-25",
                "Etalonnage micrometre 0-25",
            ),
            ("each", "Stk", "piece"),
            19,
            38,
        ),
        (
            (
                "Calibration torque wrench",
                "Kalibrierung Drehmomentschluessel",
                "Etalonnage cle dynamometrique",
            ),
            ("each", "Stk", "piece"),
            28,
            55,
        ),
        (
            (
                "Calibration certificate DAkkS/UKAS",
                "Kalibrierschein DAkkS",
                "Certificat d'etalonnage COFRAC",
            ),
            ("each", "Stk", "piece"),
            25,
            60,
        ),
        (
            ("Collection and return", "Abholung und Rueckversand", "Enlevement et retour"),
            ("each", "psch", "forfait"),
            40,
            90,
        ),
    ],
    "maint": [
        (
            ("Service visit compressor", "Wartung Kompressor", "Visite maintenance compresseur"),
            ("each", "psch", "forfait"),
            220,
            640,
        ),
        (
            ("Engineer labour", "Monteurstunden", "Main d'oeuvre technicien"),
            ("hours", "Std", "heures"),
            48,
            85,
        ),
        (("Travel time", "Fahrtzeit", "Temps de trajet"), ("hours", "Std", "heures"), 35, 60),
        (
            ("Air filter element", "Luftfilterelement", "Element filtre a air"),
            ("each", "Stk", "piece"),
            30,
            95,
        ),
        (("Oil 20 l", "Oel 20 l", "Huile 20 l"), ("each", "Kan.", "bidon"), 70, 160),
    ],
    "freight": [
        (
            ("Pallet delivery next day", "Palettentransport 24h", "Messagerie palette J+1"),
            ("pallet", "Pal.", "palette"),
            38,
            85,
        ),
        (("Fuel surcharge", "Dieselzuschlag", "Surcharge gazole"), ("%", "%", "%"), 20, 60),
        (("Tail lift", "Hebebuehne", "Hayon"), ("each", "psch", "forfait"), 10, 25),
        (
            (
                "Full load Sheffield - Bielefeld",
                "Komplettladung Bielefeld - Lyon",
                "Lot complet Besancon - Stuttgart",
            ),
            ("each", "psch", "forfait"),
            700,
            1900,
        ),
    ],
}


def trade_of(h: Head) -> str:
    n = h.name.lower()
    for keys, trade in [
        (("fasten", "schraub", "visser"), "fix"),
        (("bearing", "kugellager", "roulement"), "bear"),
        (("packag", "verpack", "emball"), "pack"),
        (("gas",), "gas"),
        (("office", "buero", "bureau"), "office"),
        (("clean", "facilit", "reinig", "proprete"), "clean"),
        (("secur",), "security"),
        (("kalibr",), "calib"),
        (("maint",), "maint"),
        (("freight", "spedition", "transport"), "freight"),
    ]:
        if any(k in n for k in keys):
            return trade
    return "maint"


def lg_index(lang: str) -> int:
    return {"en": 0, "de": 1, "fr": 2}[lang]


Line = tuple[str, str, float, str, float]  # article, description, quantity, unit, unit price


#: What tells two lines of the same item apart, by trade.
VARIANTS = {
    "fix": ["M6", "M8", "M10", "M16", "M20", "x40", "x80", "A4", "gal Zn", "DIN 933"],
    "bear": ["C3", "2Z", "-2RSH", "NR", "/P6", "SKF", "FAG", "NSK"],
    "pack": ["400x300x200", "800x600x400", "1200x800", "grey", "50 mm", "75 mm"],
    "gas": ["10 l", "20 l", "300 bar", "Bdl.", "lot 2"],
    "office": ["blue", "red", "black", "XL", "A3", "80 g", "100 g"],
    "clean": ["Hall 2", "Offices 1st floor", "Canteen", "Workshop", "Site B"],
    "security": ["nights", "weekend", "bank holiday", "Gate 2"],
    "calib": ["0-50", "50-100", "20-100 Nm", "5-25 Nm", "ID 1043", "ID 2281"],
    "maint": ["Unit 2", "Line 3", "Comp. 1", "Comp. 2", "HVAC", "Press 4"],
    "freight": ["Zone 2", "Zone 3", "Express", "ADR"],
}


def lines_for(rng: random.Random, h: Head, n: int) -> list[Line]:
    pool = ITEMS[trade_of(h)]
    k = lg_index(h.lang)
    out: list[Line] = []
    seen: set[str] = set()
    for _ in range(n):
        desc_, unit, lo, hi = rng.choice(pool)
        desc = list(desc_)
        if desc[0] in seen:
            extra = rng.choice(VARIANTS[trade_of(h)])
            desc = [f"{t} {extra}" for t in desc]
        seen.add(desc_[0])
        q = float(rng.choice([1, 1, 2, 3, 4, 5, 6, 10, 12, 20, 25, 40, 50]))
        if unit[0] in ("hours", "days"):
            q = float(rng.randint(2, 60))
        elif unit[0] in ("month", "visit"):
            q = float(rng.choice([1, 1, 1, 2, 4]))
        out.append(
            (
                serial(rng, rng.choice(["99-999-99", "AA 9999", "999999", "9999.999"])),
                desc[k],
                q,
                unit[k],
                round(rng.uniform(lo, hi), 2),
            )
        )
    return out


def qty(q: float, lang: str) -> str:
    return str(int(q)) if q == int(q) else money(q, lang)


# ---------------------------------------------------------------------------------------------
# Templates EE: invoices, credit notes, deliveries, orders
# ---------------------------------------------------------------------------------------------


INV_TITLES = {
    "invoice": ("INVOICE", "Rechnung", "FACTURE"),
    "credit": ("CREDIT NOTE", "Gutschrift", "AVOIR"),
    "debit": ("DEBIT NOTE", "Belastungsanzeige", "NOTE DE DEBIT"),
    "proforma": ("PRO FORMA INVOICE", "Proforma-Rechnung", "FACTURE PRO FORMA"),
}


@dataclass
class Billed:
    no: str
    gross: float
    po: str
    d: date
    free: float | None  # where the first page has room for a stamp, if it has


def invoice_pages(
    rng: random.Random,
    h: Head,
    d: date,
    kind: str = "invoice",
    copy: bool = False,
    po: str = "",
    n_lines: int = 0,
    to: list[str] | None = None,
    rows: list[Line] | None = None,
    period: tuple[date, date] | None = None,
    no: str = "",
    target: float = 0,
) -> tuple[list[Page], Billed]:
    """An invoice (or credit / debit note) of ``h``: references, line items (``rows``, else
    ``n_lines`` drawn for the sender's trade, priced to ``target`` gross if given) flowing over
    pages with carried-forward totals, VAT, payment terms and bank details."""
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.08 else A4)
    w, _ = s.page_size
    m = s.margin
    title = INV_TITLES[kind][lg_index(lg)]
    mask = {
        "en": ["INV-99999", "SI999999", "99999"],
        "de": ["RE 2025-9999", "9999999", "R99999"],
        "fr": ["FA99-9999", "F999999", "99999"],
    }[lg]
    no = no or serial(rng, rng.choice(mask))
    if kind == "credit":
        no = {"en": "CN", "de": "GS", "fr": "AV"}[lg] + serial(rng, "99999")
    po = po or serial(rng, {"en": "PO 99999", "de": "B-999999", "fr": "BC 99999"}[home()])
    f = sheets(s, h, f"{h.name} - {title} {no}")
    cust = serial(random.Random(zlib.crc32(f"{h.name}/{OFFICE['seed']}".encode())), "99999")
    refs = [
        (tr(lg, "Invoice No.", "Rechnungs-Nr.", "Facture n."), no)
        if kind == "invoice"
        else (tr(lg, "Number", "Nummer", "Numero"), no),
        (tr(lg, "Customer No.", "Kunden-Nr.", "Code client"), cust),
        (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), po),
    ]
    if period is not None:
        refs.append(
            (
                tr(lg, "Period", "Leistungszeitraum", "Periode"),
                f"{short(period[0], lg)} - {short(period[1], lg)}",
            )
        )
    elif kind == "invoice" and trade_of(h) not in ("clean", "security", "maint", "calib"):
        refs.append(
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), serial(rng, "999999"))
        )
    if lg == "de" and period is None:
        refs.append(("Leistungsdatum", short(d - timedelta(days=rng.randint(0, 9)), lg)))
    recipient(f, s, h, to or company_lines(role_of("ap") if rng.random() < 0.5 else ""), d, refs)
    pt = shrink(title, s.bold, s.size + 7, w - 2 * m)
    f.page.text(m, f.y, title, s.bold, pt)
    if copy:
        cp = tr(lg, "COPY", "KOPIE", "DUPLICATA")
        f.page.rect(w - m - 110, f.y - 18, 100, 26)
        f.page.text(w - m - 60, f.y, cp, "Helvetica-Bold", 16, "center")
    f.y += pt * 1.6
    if kind == "credit":
        write(
            f,
            s,
            tr(
                lg,
                "We credit your account as follows (returned goods, ref. our invoice ",
                "Wir schreiben Ihnen gut (Retoure bzw. Preisdifferenz zu Rechnung ",
                "Nous portons a votre credit (retour marchandise, facture ",
            )
            + serial(rng, "99999")
            + ").",
        )
    elif rng.random() < 0.3:
        write(
            f,
            s,
            tr(
                lg,
                "For goods supplied / services rendered as follows:",
                "Wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:",
                "Nous vous prions de trouver ci-dessous le detail de notre facture :",
            ),
        )
    rows = rows or lines_for(rng, h, n_lines or rng.choice([1, 2, 3, 4, 5, 7, 9, 14, 22, 34, 50]))
    if target:
        net = sum(q * pr for _, _, q, _, pr in rows) or 1.0
        k = target / (1 + vat_rate(lg)) / net
        rows = [(a, ds, q, u, round(pr * k, 2)) for a, ds, q, u, pr in rows]
    cols = columns(
        m,
        w - m,
        [
            (0.6, "left"),
            (1.3, "left"),
            (4.1, "left"),
            (0.9, "right"),
            (1, "center"),
            (1.2, "right"),
            (1.4, "right"),
        ],
    )
    head = [
        tr(lg, "Pos", "Pos", "Pos"),
        tr(lg, "Item", "Art.-Nr.", "Ref."),
        tr(lg, "Description", "Bezeichnung", "Designation"),
        tr(lg, "Qty", "Menge", "Qte"),
        tr(lg, "Unit", "ME", "U"),
        tr(lg, "Price", "Einzelpreis", "P.U. HT"),
        tr(lg, "Amount", "Betrag", "Montant HT"),
    ]
    pt = s.size - 1
    run = 0.0

    def draw_head() -> None:
        f.page.rect(m - 2, f.y - pt - 2, w - 2 * m + 4, pt + 7, fill=0.88)
        for c, t in zip(cols, head, strict=True):
            cell(f.page, c, f.y, t, s.bold, pt)
        f.y += pt * 2

    draw_head()
    carry = tr(lg, "Carried forward", "Uebertrag", "A reporter")
    brought = tr(lg, "Brought forward", "Uebertrag", "Report")
    for k, (art, desc, q, unit, price) in enumerate(rows, 1):
        if f.y + pt * 1.7 > f.bottom - 10:
            f.page.line(m, f.y - pt + 2, w - m, f.y - pt + 2)
            f.page.text(cols[-2][1], f.y + 2, carry, s.font, pt, "right")
            f.page.text(w - m, f.y + 2, money(run, lg), s.font, pt, "right")
            f.new_page()
            f.y += 6
            f.page.text(cols[-2][1], f.y, brought, s.font, pt, "right")
            f.page.text(w - m, f.y, money(run, lg), s.font, pt, "right")
            f.y += pt * 2
            draw_head()
        amount = round(q * price, 2)
        run += amount
        for c, t in zip(
            cols,
            [str(k), art, desc, qty(q, lg), unit, money(price, lg), money(amount, lg)],
            strict=True,
        ):
            cell(f.page, c, f.y, t, s.font, pt)
        f.y += pt * 1.65
    net = run
    rate = vat_rate(lg)
    vat = round(net * rate, 2)
    gross = net + vat
    f.need(pt * 10)
    f.page.line(w / 2, f.y - pt + 2, w - m, f.y - pt + 2)
    f.y += 4
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y,
        [
            (tr(lg, "Net total", "Nettobetrag", "Total HT"), money(net, lg)),
            (
                tr(lg, f"VAT {rate:.0%}", f"zzgl. {rate:.0%} USt.", f"TVA {rate:.0%}"),
                money(vat, lg),
            ),
        ],
        w - m,
        pt,
    )
    label = {
        "invoice": tr(lg, "TOTAL DUE", "Rechnungsbetrag", "NET A PAYER"),
        "credit": tr(lg, "TOTAL CREDIT", "Gutschriftsbetrag", "TOTAL AVOIR TTC"),
        "debit": tr(lg, "TOTAL", "Belastungsbetrag", "TOTAL TTC"),
        "proforma": tr(lg, "TOTAL", "Gesamtbetrag", "TOTAL TTC"),
    }[kind]
    f.page.rect(w / 2 - 4, f.y - pt - 3, w / 2 - m + 8, pt + 8, fill=0.9)
    f.page.text(w / 2, f.y, label, s.bold, pt + 0.5)
    f.page.text(w - m, f.y, cash(gross, lg), s.bold, pt + 0.5, "right")
    f.y += pt * 3
    if kind == "invoice":
        due = d + timedelta(days=rng.choice([14, 30, 30, 45, 60]))
        terms = tr(
            lg,
            rng.choice(
                [
                    f"Terms: strictly 30 days net. Payment due by {short(due, lg)}. Please "
                    "quote our invoice number with your remittance.",
                    f"Payment due {day(h, due)}. Interest may be charged on overdue accounts "
                    "under the Late Payment of Commercial Debts (Interest) Act 1998.",
                ]
            ),
            rng.choice(
                [
                    f"Zahlbar bis {short(due, lg)} ohne Abzug.",
                    f"Zahlbar innerhalb 10 Tagen mit 2 % Skonto, bis {short(due, lg)} netto.",
                ]
            ),
            f"Echeance : {short(due, lg)}. Paiement par virement. Pas d'escompte pour paiement "
            "anticipe. En cas de retard, penalites au taux de trois fois le taux d'interet legal "
            "et indemnite forfaitaire pour frais de recouvrement de 40 EUR (art. L441-10 C. com.).",
        )
        write(f, s, terms, s.size - 1.5)
        i = ids_of(h.name, lg)
        if rng.random() < 0.7:
            f.need(44)
            bw = w - 2 * m
            f.page.rect(m, f.y - 10, bw, 34)
            f.page.text(
                m + 6,
                f.y + 1,
                tr(lg, "Bank details", "Bankverbindung", "Coordonnees bancaires"),
                s.bold,
                7.5,
            )
            f.page.text(
                m + 6,
                f.y + 12,
                fit(f"{i.bank}  {i.account}  BIC {i.bic}", s.font, 7.5, bw - 12),
                s.font,
                7.5,
            )
            f.y += 40
    elif kind == "credit":
        write(
            f,
            s,
            tr(
                lg,
                "This credit will be offset against your next payment.",
                "Der Betrag wird mit der naechsten Zahlung verrechnet.",
                "Cet avoir sera deduit de votre prochain reglement.",
            ),
            s.size - 1.5,
        )
    free = f.y if len(f.pages) == 1 else None
    return close(f.pages, s, h), Billed(no, gross, po, d, free)


def terms_page(rng: random.Random, h: Head, kind: str = "sale", sheets_: int = 1) -> list[Page]:
    """The sender's conditions printed on ``sheets_`` pages of their own, two columns of small
    type, the clauses numbered on from page to page."""
    lg = h.lang
    s = style_of(h, A4, margin=40)
    p = Page(A4)
    title = {
        "sale": tr(
            lg,
            f"Conditions of Sale of {h.name}",
            f"Allgemeine Verkaufs- und Lieferbedingungen der {h.name}",
            f"Conditions generales de vente - {h.name}",
        ),
        "purchase": tr(
            lg,
            f"{h.name} - General Conditions of Purchase",
            f"Allgemeine Einkaufsbedingungen der {h.name}",
            f"Conditions generales d'achat - {h.name}",
        ),
        "service": tr(
            lg,
            "Terms of Service",
            "Allgemeine Geschaeftsbedingungen",
            "Conditions generales de service",
        ),
    }[kind]
    pt = rng.choice([6, 6.5, 7])
    paras = clauses(rng, lg, "supply", 40)
    pages = [p]
    done = two_columns(p, s, 46, fit(title, s.bold, pt + 3, A4[0] - 80), paras, pt)
    for _ in range(1, sheets_):
        q = Page(A4)
        more = tr(lg, " (continued)", " (Fortsetzung)", " (suite)")
        head = fit(title, s.bold, pt + 3, A4[0] - 140) + more
        done += two_columns(q, s, 46, head, paras[done:], pt, done + 1)
        pages.append(q)
    if rng.random() < 0.5:
        pages[-1].text(
            A4[0] - 40,
            A4[1] - 20,
            tr(lg, "Edition 01/2024", "Stand 01/2024", "Version janvier 2024"),
            s.font,
            6,
            "right",
        )
    return pages


def delivery_pages(rng: random.Random, h: Head, d: date, po: str, pod: bool = False) -> list[Page]:
    """A supplier's delivery note on A5 (portrait or landscape) or A4: order reference, the
    lines with ordered and delivered quantities, packages, and the goods-in signature with
    remarks by hand."""
    lg = h.lang
    size = rng.choice([A5, landscape(A5), A4, A4])
    s = style_of(h, size, margin=30 if size != A4 else 0, pt=8.5 if size != A4 else 0)
    w, _ = size
    m = s.margin
    no = serial(rng, rng.choice(["LS 999999", "DN99999", "BL 99999", "999999"]))
    title = tr(lg, "DELIVERY NOTE", "Lieferschein", "BON DE LIVRAISON")
    f = sheets(s, h, f"{title} {no}")
    if size == A4:
        recipient(
            f,
            s,
            h,
            company_lines(role_of("stores")),
            d,
            [
                (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n."), no),
                (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), po),
            ],
        )
    else:
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n."), no),
                    (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                    (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), po),
                    (
                        tr(lg, "Deliver to", "Lieferanschrift", "Livre a"),
                        f"{buyer().name}, {buyer().town}",
                    ),
                ],
                w - m,
                7.5,
            )
            + 6
        )
    f.page.text(m, f.y, title, s.bold, s.size + 4)
    f.y += 18
    rows = lines_for(rng, h, rng.choice([1, 2, 3, 4, 6, 9]))
    cols = columns(
        m, w - m, [(1.2, "left"), (4, "left"), (1, "right"), (1, "right"), (1.1, "center")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Art.-Nr.", "Ref."),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Ordered", "Bestellt", "Cde"),
            tr(lg, "Delivered", "Geliefert", "Livre"),
            tr(lg, "Unit", "ME", "Unite"),
        ],
        [
            [a, ds, qty(q, lg), qty(q if rng.random() < 0.85 else max(1, q // 2), lg), u]
            for a, ds, q, u, _ in rows
        ],
        s,
        size=s.size - 0.5,
        rules=True,
    )
    f.y += 6
    f.need(110)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Packages: {rng.randint(1, 6)}   Gross weight: {rng.randint(3, 480)} kg",
            f"Packstuecke: {rng.randint(1, 6)}   Gewicht: {rng.randint(3, 480)} kg",
            f"Colis : {rng.randint(1, 6)}   Poids brut : {rng.randint(3, 480)} kg",
        ),
        s.font,
        s.size - 1,
    )
    f.y += 16
    bw = w - 2 * m
    f.page.rect(m, f.y, bw, 62)
    f.page.text(
        m + 4,
        f.y + 9,
        tr(
            lg,
            "Goods received in good order and condition (subject to inspection)",
            "Ware vollstaendig und unbeschaedigt erhalten",
            "Marchandise recue en bon etat (sous reserve)",
        ),
        s.font,
        6.5,
    )
    signed = pod or rng.random() < 0.8
    if signed:
        sign(f.page, m + 12, f.y + 40, staff(f"store{rng.randint(1, 3)}"), 13)
        hand(
            f.page,
            m + bw - 8,
            f.y + 38,
            short(d + timedelta(days=rng.randint(0, 2)), lg),
            9,
            "right",
        )
        if rng.random() < 0.35:
            hand(
                f.page,
                m + 12,
                f.y + 55,
                rng.choice(
                    [
                        tr(lg, "1 carton damaged", "1 Karton beschaedigt", "1 carton abime"),
                        tr(lg, "short 2 boxes", "2 VE fehlen", "manque 2 boites"),
                        tr(lg, "unchecked", "unter Vorbehalt", "sous reserve de deballage"),
                    ]
                ),
                8.5,
            )
    f.page.text(
        m + 4,
        f.y + 58,
        tr(lg, "Signature / name / date", "Unterschrift / Name / Datum", "Signature / nom / date"),
        s.font,
        6,
    )
    f.y += 72
    if pod:
        stamp(
            f.page,
            m + bw * 0.42,
            f.y - 66,
            [tr(lg, "PROOF OF DELIVERY", "ABLIEFERBELEG", "PREUVE DE LIVRAISON"), f"POD {no}"],
        )
    return close(f.pages, s, h, numbers=rng.choice(["none", "none", "{i}/{n}"]))


def tpl_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A goods supplier's invoice: one to four pages of line items, at times the conditions
    page or the signed delivery note copy (proof of delivery) behind."""
    h = head_of(who, "goods")
    d = on(rng)
    pages, b = invoice_pages(rng, h, d)
    received(rng, pages, d + timedelta(days=rng.randint(1, 6)), b.po, b.free)
    note(who, "inv", (h, [b]))
    r = rng.random()
    if r < 0.18:
        pages += terms_page(rng, h, "sale")
    elif r < 0.32:
        pages += delivery_pages(rng, h, d - timedelta(days=rng.randint(1, 5)), b.po, pod=True)
    return pages


def service_report(rng: random.Random, h: Head, start: date, end: date) -> Page:
    """A service provider's signed record of the hours or visits of the period (Leistungs-
    nachweis, rapport d'intervention), a form filled in by hand."""
    lg = h.lang
    s = style_of(h, pt=8.5)
    p = Page(A4)
    w, _ = A4
    m = s.margin
    p.text(m, m, h.name, s.bold, 9)
    title = tr(lg, "SERVICE RECORD", "LEISTUNGSNACHWEIS", "RAPPORT D'INTERVENTION")
    p.text(w - m, m, title, s.bold, 12, "right")
    y = fields(
        p,
        s,
        m,
        m + 16,
        w - 2 * m,
        [
            (tr(lg, "Customer / site", "Kunde / Objekt", "Client / site"), buyer().name),
            (tr(lg, "Period", "Zeitraum", "Periode"), f"{short(start, lg)} - {short(end, lg)}"),
        ],
        per=2,
    )
    cols = columns(
        m, w - m, [(1.2, "left"), (1, "center"), (1, "center"), (3, "left"), (1.4, "left")]
    )
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "From", "von", "De"),
        tr(lg, "To", "bis", "A"),
        tr(lg, "Work done", "Taetigkeit", "Travaux realises"),
        tr(lg, "Initials", "Kuerzel", "Visa"),
    ]
    for c, t in zip(cols, heads, strict=True):
        cell(p, c, y, t, s.bold, 8)
    p.line(m, y + 4, w - m, y + 4)
    y += 18
    dd = start
    for _ in range(rng.randint(5, 18)):
        dd += timedelta(days=rng.randint(1, 3))
        if dd > end:
            break
        a = rng.randint(6, 16)
        row = [
            short(dd, lg),
            f"{a}:00",
            f"{a + rng.randint(1, 8)}:{rng.choice(['00', '30'])}",
            rng.choice(ITEMS[trade_of(h)])[0][lg_index(lg)],
            "".join(t[0] for t in staff("stores").split()),
        ]
        for c, t in zip(cols, row, strict=True):
            cell(p, c, y, t, HAND, 9)
        p.line(m, y + 5, w - m, y + 5)
        y += 18
    y += 20
    p.text(
        m,
        y,
        tr(lg, "Confirmed for the customer", "Bestaetigung Auftraggeber", "Visa client"),
        s.font,
        7.5,
    )
    sign(p, m + 120, y, staff("stores"), 12)
    p.text(
        w / 2 + 20, y, tr(lg, "Technician / supervisor", "Objektleitung", "Technicien"), s.font, 7.5
    )
    sign(p, w / 2 + 120, y, person(keyed_h(h, "tech"), lg), 12)
    return p


def tpl_service_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A service provider's invoice for a period (contract cleaning, guarding, calibration,
    maintenance), at times with its signed service record or its terms behind."""
    h = head_of(who, "service")
    d = on(rng)
    end = d.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    pages, b = invoice_pages(rng, h, d, n_lines=rng.choice([1, 2, 3, 4, 6]), period=(start, end))
    received(rng, pages, d + timedelta(days=rng.randint(1, 6)), b.po, b.free)
    note(who, "inv", (h, [b]))
    r = rng.random()
    if r < 0.35:
        pages.append(service_report(rng, h, start, end))
    elif r < 0.5:
        pages += terms_page(rng, h, "service")
    return pages


ROUTES = {
    "en": [
        "Sheffield - Birmingham",
        "Sheffield - Leeds",
        "Rotherham - Felixstowe",
        "Sheffield - Bielefeld",
    ],
    "de": ["Bielefeld - Hamburg", "Bielefeld - Muenchen", "Guetersloh - Koeln", "Bielefeld - Lyon"],
    "fr": [
        "Besancon - Lyon",
        "Pontarlier - Paris Rungis",
        "Grenoble - Marseille",
        "Besancon - Stuttgart",
    ],
}


def cmr_page(rng: random.Random, h: Head, d: date, route: str) -> Page:
    """A copy of an international consignment note (CMR) in its numbered boxes, signed at
    delivery: an enclosure of a freight invoice."""
    p = Page(A4)
    w, _ = A4
    m = 34.0
    p.text(m, 40, "CMR", "Helvetica-Bold", 22)
    p.text(
        m + 70, 32, "Internationaler Frachtbrief / Lettre de voiture internationale", "Helvetica", 7
    )
    p.text(m + 70, 42, "International consignment note", "Helvetica", 7)
    p.text(w - m, 40, serial(rng, "99 999999"), "Courier-Bold", 12, "right")
    a, b = route.split(" - ")
    boxes = [
        ("1", "Absender / Expediteur / Sender", buyer().name if rng.random() < 0.5 else h.name),
        (
            "2",
            "Empfaenger / Destinataire / Consignee",
            f"{rng.choice(['Kunde', 'Client', 'Customer'])} {b}",
        ),
        ("3", "Auslieferungsort / Lieu de livraison / Place of delivery", b),
        (
            "4",
            "Ort und Tag der Uebernahme / Lieu et date de prise en charge",
            f"{a}, {short(d, 'de')}",
        ),
        ("16", "Frachtfuehrer / Transporteur / Carrier", h.name),
        ("17", "Nachfolgende Frachtfuehrer / Successive carriers", ""),
    ]
    y = 60.0
    for k, (no, cap, val) in enumerate(boxes):
        x = m if k % 2 == 0 else w / 2
        if k % 2 == 0 and k:
            y += 48
        p.rect(x, y, w / 2 - m, 48)
        p.text(x + 3, y + 8, f"{no}  {cap}", "Helvetica", 5.5)
        if val:
            p.text(x + 8, y + 28, fit(val, "Courier", 9, w / 2 - m - 12), "Courier", 9)
    y += 60
    cols = columns(
        m + 6,
        w - m - 6,
        [(1, "left"), (1, "left"), (1.2, "left"), (3, "left"), (1, "right"), (1, "right")],
    )
    heads = [
        "6 Zeichen/Marques",
        "7 Anzahl/Nombre",
        "8 Verpackung/Emballage",
        "9 Bezeichnung/Nature",
        "11 kg",
        "12 m3",
    ]
    p.rect(m, y - 8, w - 2 * m, 150)
    for c, t in zip(cols, heads, strict=True):
        cell(p, c, y, t, "Helvetica", 5.5)
    y += 20
    for _ in range(rng.randint(1, 4)):
        row = [
            serial(rng, "AA-99"),
            str(rng.randint(1, 8)),
            rng.choice(["EUR-Pal.", "Colis", "Pallet"]),
            rng.choice(["Maschinenteile", "Pieces mecaniques", "Machine parts"]),
            str(rng.randint(40, 900)),
            f"{rng.uniform(0.5, 6):.1f}",
        ]
        for c, t in zip(cols, row, strict=True):
            cell(p, c, y, t, "Courier", 8.5)
        y += 14
    y = max(y, 0) + 110
    for k, cap in enumerate(
        [
            "22 Absender / Expediteur",
            "23 Frachtfuehrer / Transporteur",
            "24 Gut empfangen / Marchandises recues",
        ]
    ):
        x = m + k * (w - 2 * m) / 3
        p.rect(x, y, (w - 2 * m) / 3, 80)
        p.text(x + 3, y + 8, cap, "Helvetica", 5.5)
    sign(p, m + 2 * (w - 2 * m) / 3 + 14, y + 50, person(rng, rng.choice(["en", "de", "fr"])), 12)
    hand(p, w - m - 10, y + 70, short(d + timedelta(days=rng.randint(1, 3)), "de"), 8.5, "right")
    stamp(p, m + 10, y + 90, [h.name[:24].upper(), "ABHOLUNG / ENLEVEMENT"])
    return p


def tpl_freight_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A carrier's invoice for the consignments of a week or a month, one line per
    consignment with surcharges; at times the signed CMR or delivery note copies behind."""
    h = head_of(who, "carrier")
    lg = h.lang
    d = on(rng)
    lines: list[Line] = []
    routes = ROUTES[lg] + ROUTES[home()]
    dd = d - timedelta(days=rng.randint(10, 30))
    for _ in range(rng.choice([1, 2, 3, 5, 8, 14, 24])):
        dd += timedelta(days=rng.randint(0, 2))
        pal = rng.randint(1, 6)
        lines.append(
            (
                serial(rng, "99999999"),
                f"{short(dd, lg)[:5]} {rng.choice(routes)}, {pal} "
                + tr(lg, "pal.", "Pal.", "pal."),
                1.0,
                tr(lg, "cons.", "Sdg.", "exp."),
                round(rng.uniform(38, 160) * pal, 2),
            )
        )
    if rng.random() < 0.7:
        base = sum(q * pr for _, _, q, _, pr in lines)
        lines.append(
            (
                "",
                tr(lg, "Fuel surcharge", "Dieselzuschlag", "Surcharge gazole")
                + f" {rng.randint(8, 18)} %",
                1.0,
                "",
                round(base * 0.12, 2),
            )
        )
    pages, b = invoice_pages(rng, h, d, rows=lines)
    received(rng, pages, d + timedelta(days=rng.randint(1, 6)), b.po, b.free)
    note(who, "inv", (h, [b]))
    r = rng.random()
    if r < 0.3:
        for _ in range(rng.choice([1, 1, 2])):
            pages.append(
                cmr_page(rng, h, d - timedelta(days=rng.randint(3, 20)), rng.choice(routes))
            )
    return pages


def tpl_credit_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's credit note for returned goods or a price difference, one page."""
    h = supplier(who)
    d = on(rng)
    pages, b = invoice_pages(rng, h, d, "credit", n_lines=rng.choice([1, 1, 2, 3]))
    received(rng, pages, d + timedelta(days=rng.randint(1, 5)), b.po, b.free)
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's delivery note signed by goods in."""
    h = head_of(who, "goods")
    po = new_po(rng)
    note(who, "po", (h, po))
    return delivery_pages(rng, h, on(rng), po)


def tpl_grn(rng: random.Random, who: Issuer) -> list[Page]:
    """The stores' goods received note (Wareneingangsbeleg, bon de reception): a pre-printed
    form on A5 or A4 with the order and delivery note numbers, quantities and checks by hand and
    the storeman's signature."""
    co = buyer()
    lg = co.lang
    sup, po = ordered(rng, who)
    note(who, "grn", (sup,))
    size = rng.choice([landscape(A5), A5, A4])
    s = style_of(co, size, margin=28 if size != A4 else 44, pt=8.5)
    w, hh = size
    m = s.margin
    d = on(rng)
    p = Page(size)
    p.text(m, m, co.name, s.bold, 9)
    title = tr(lg, "GOODS RECEIVED NOTE", "WARENEINGANGSBELEG", "BON DE RECEPTION")
    p.text(w - m, m, title, s.bold, 11, "right")
    p.text(w - m, m + 12, "No. " + serial(rng, "99999"), s.font, 8, "right")
    y = fields(
        p,
        s,
        m,
        m + 24,
        w - 2 * m,
        [
            (tr(lg, "Supplier", "Lieferant", "Fournisseur"), sup.name),
            (tr(lg, "Date received", "Eingangsdatum", "Date de reception"), short(d, lg)),
            (tr(lg, "Purchase order", "Bestell-Nr.", "N. commande"), po),
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "N. BL"), serial(rng, "999999")),
            (
                tr(lg, "Carrier", "Spediteur", "Transporteur"),
                rng.choice(["own van", "DPD", "Dachser", "Geodis", "Danby", "Schenker", "UPS"]),
            ),
            (tr(lg, "Packages", "Packstuecke", "Colis"), str(rng.randint(1, 8))),
        ],
        per=3 if size != A5 else 2,
        tall=24,
    )
    rows = lines_for(rng, sup, rng.randint(1, 5 if size == A4 else 3))
    cols = columns(m, w - m, [(3.6, "left"), (1, "center"), (1, "center"), (1, "center")])
    heads = [
        tr(lg, "Description", "Artikel", "Designation"),
        tr(lg, "Ordered", "Bestellt", "Commande"),
        tr(lg, "Received", "Erhalten", "Recu"),
        tr(lg, "Rejected", "Abgelehnt", "Refuse"),
    ]
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        cell(p, c, y, t, s.bold, 7.5)
    y += 16
    blank = rng.randint(1, 3) if size != A4 else rng.randint(8, 16)
    for _, desc, q, _, _ in rows + [("", "", 0.0, "", 0.0)] * blank:
        if desc:
            hand(p, m + 3, y, fit(desc, HAND, 8.5, cols[0][1] - m - 6), 8.5)
            hand(p, (cols[1][0] + cols[1][1]) / 2, y, qty(q, lg), 9, "center")
            got_q = q if rng.random() < 0.85 else max(0, q - rng.randint(1, 3))
            hand(p, (cols[2][0] + cols[2][1]) / 2, y, qty(got_q, lg), 9, "center")
            if rng.random() < 0.1:
                hand(p, (cols[3][0] + cols[3][1]) / 2, y, "1", 9, "center")
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 10
    checks = [
        tr(lg, "Quantity correct", "Menge korrekt", "Quantite conforme"),
        tr(lg, "Condition OK", "Zustand einwandfrei", "Etat conforme"),
        tr(lg, "Certificate received", "Zeugnis 3.1 liegt bei", "Certificat recu"),
        tr(lg, "Damage noted on POD", "Schaden auf Frachtbrief vermerkt", "Reserves sur CMR"),
    ]
    on_ = {0, 1} if rng.random() < 0.75 else {rng.choice([0, 1]), 3}
    if rng.random() < 0.4:
        on_.add(2)
    y = ticks(p, s, m, y, w - 2 * m, checks, on_, 8)
    y += 8
    p.text(m, y + 12, tr(lg, "Received by", "Angenommen", "Receptionne par"), s.font, 7)
    sign(p, m + 70, y + 12, staff(f"store{rng.randint(1, 3)}"), 12)
    p.text(w / 2 + 20, y + 12, tr(lg, "Booked", "Gebucht", "Saisi"), s.font, 7)
    if rng.random() < 0.7:
        hand(p, w / 2 + 60, y + 12, f"{short(d, lg)[:5]} {staff('ap').split()[1][:3].upper()}")
    p.text(
        m,
        hh - 14,
        tr(
            lg,
            "White: accounts - Yellow: stores",
            "Original Buchhaltung / Kopie Lager",
            "Original comptabilite - copie magasin",
        ),
        s.font,
        5.5,
    )
    return [p]


def tpl_purchase_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's purchase order (Bestellung, bon de commande) to a supplier: delivery
    address and date, lines, total, signature, and as a rule the conditions of purchase on one
    or two further pages."""
    co = buyer()
    lg = co.lang
    sup = supplier(who)
    s = style_of(co)
    w, _ = A4
    m = s.margin
    d = on(rng, -60, 0)
    po = serial(rng, {"en": "PO 99999", "de": "B-999999", "fr": "BC 99999"}[lg])
    note(who, "po", (sup, po))
    title = tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE")
    f = sheets(s, co, f"{co.name} - {title} {po}")
    buyer_name = staff("buyer")
    recipient(
        f,
        s,
        co,
        firm_lines(sup),
        d,
        [
            (tr(lg, "Order No.", "Bestell-Nr.", "Commande n."), po),
            (tr(lg, "Supplier No.", "Lieferanten-Nr.", "Code fournisseur"), serial(rng, "70999")),
            (tr(lg, "Buyer", "Einkaeufer", "Acheteur"), buyer_name),
        ],
    )
    f.page.text(m, f.y, f"{title}  {po}", s.bold, s.size + 5)
    f.y += 22
    due = d + timedelta(days=rng.randint(7, 42))
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Delivery date", "Liefertermin", "Date de livraison"),
                    f"KW {due.isocalendar()[1]}/{due.year}" if lg == "de" else short(due, lg),
                ),
                (
                    tr(lg, "Deliver to", "Lieferanschrift", "Adresse de livraison"),
                    f"{role_of('stores')}, {co.street}, {co.town}",
                ),
                (
                    tr(lg, "Terms of payment", "Zahlungsbedingungen", "Conditions de paiement"),
                    tr(
                        lg,
                        "30 days end of month",
                        "14 Tage 2 % Skonto, 30 Tage netto",
                        "45 jours fin de mois",
                    ),
                ),
                (
                    "Incoterms 2020",
                    rng.choice(["DAP", "FCA", "EXW", "DDP"]) + " " + co.town.split()[-1],
                ),
            ],
            w * 0.75,
            s.size - 1,
        )
        + 10
    )
    rows = lines_for(rng, sup, rng.choice([1, 2, 3, 4, 6, 10, 16]))
    cols = columns(
        m, w - m, [(0.5, "left"), (4.5, "left"), (1, "right"), (1.3, "right"), (1.4, "right")]
    )
    table(
        f,
        cols,
        [
            "Pos",
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit price", "Preis", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        [
            [
                str(k * 10 if lg == "de" else k),
                f"{ds} ({a})",
                f"{qty(q, lg)} {u}",
                money(pr, lg),
                money(q * pr, lg),
            ]
            for k, (a, ds, q, u, pr) in enumerate(rows, 1)
        ],
        s,
        rules=rng.random() < 0.5,
    )
    total = sum(q * pr for _, _, q, _, pr in rows)
    f.need(30)
    f.page.text(
        w - m - 150,
        f.y + 4,
        tr(lg, "Order total (net)", "Bestellwert netto", "Total HT"),
        s.bold,
        s.size - 1,
    )
    f.page.text(w - m, f.y + 4, cash(total, lg), s.bold, s.size - 1, "right")
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            "Please acknowledge this order within 3 working days and quote the order "
            "number on all delivery notes and invoices. Our conditions of purchase "
            "apply.",
            "Bitte bestaetigen Sie diese Bestellung innerhalb von 3 Arbeitstagen. Die "
            "Bestellnummer ist auf Lieferschein und Rechnung anzugeben. Es gelten "
            "ausschliesslich unsere Einkaufsbedingungen.",
            "Merci de nous retourner l'accuse de reception sous 3 jours. Le numero de "
            "commande doit figurer sur le BL et la facture. Nos conditions generales "
            "d'achat s'appliquent.",
        ),
        s.size - 1,
    )
    regards(f, s, lg, buyer_name, role_of("buyer"))
    pages = close(f.pages, s, co)
    sheets_ = rng.choice([0, 1, 1, 1, 2])
    if sheets_:
        pages += terms_page(rng, co, "purchase", sheets_)
    return pages


def fax_header(pages: list[Page], h: Head, d: date, rng: random.Random) -> None:
    """The fax machine's transmission line along the top of every page."""
    when = short(d, "de" if h.lang == "de" else "en")
    t = f"{when} {rng.randint(7, 17):02d}:{rng.randint(10, 59)}"
    num = h.phone[:-2] + "99" if h.phone else "+49 521 0000"
    for k, p in enumerate(pages, 1):
        p.text(14, 10, f"{t}   FAX {num}   {h.name[:28].upper()}", "Courier", 7)
        p.text(
            p.size[0] - 14,
            10,
            f"S.{k:02d}/{len(pages):02d}" if h.lang == "de" else f"P.{k:03d}",
            "Courier",
            7,
            "right",
        )


def tpl_order_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's order confirmation (Auftragsbestaetigung, accuse de reception de commande)
    with confirmed delivery dates per line, at times behind a fax cover sheet, at times with
    its conditions of sale."""
    h, po = ordered(rng, who)
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = on(rng, -50, 5)
    title = tr(
        lg, "ORDER ACKNOWLEDGEMENT", "AUFTRAGSBESTAETIGUNG", "ACCUSE DE RECEPTION DE COMMANDE"
    )
    no = serial(rng, "AB 999999" if lg == "de" else "SO-99999")
    pages: list[Page] = []
    faxed = rng.random() < (0.45 if lg == "de" else 0.2)
    if faxed:
        c = Page(A4)
        y = heading(c, s, h)
        c.text(m, y + 20, "TELEFAX" if lg != "en" else "FAX MESSAGE", s.bold, 26)
        fields(
            c,
            s,
            m,
            y + 50,
            w - 2 * m,
            [
                (tr(lg, "To", "An", "A"), buyer().name),
                (tr(lg, "Attn", "z. Hd.", "A l'attention de"), staff("buyer")),
                (tr(lg, "From", "Von", "De"), person(keyed_h(h, "clerk"), lg)),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Pages incl. this", "Seiten inkl. Deckblatt", "Nb pages"), ""),
                (
                    tr(lg, "Re", "Betreff", "Objet"),
                    f"{tr(lg, 'Your order', 'Ihre Bestellung', 'Votre commande')} {po}",
                ),
            ],
            per=2,
            tall=28,
            hand=False,
        )
        write_at(c, s, m, y + 160, w - 2 * m, prose(rng, lg, "supply", 1, 2))
        pages.append(c)
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        company_lines(role_of("buyer")),
        d,
        [
            (tr(lg, "Confirmation No.", "AB-Nr.", "N. ARC"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), po),
        ],
    )
    f.page.text(m, f.y, title, s.bold, shrink(title, s.bold, s.size + 4, w - 2 * m))
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your order, which we confirm as follows:",
            "Wir danken fuer Ihren Auftrag, den wir wie folgt bestaetigen:",
            "Nous vous remercions de votre commande que nous confirmons comme suit :",
        ),
    )
    rows = lines_for(rng, h, rng.choice([1, 2, 3, 5, 8, 12]))
    cols = columns(
        m,
        w - m,
        [(0.5, "left"), (4, "left"), (1, "right"), (1.2, "right"), (1.4, "right"), (1.3, "right")],
    )
    table(
        f,
        cols,
        [
            "Pos",
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Value", "Wert", "Montant"),
            tr(lg, "Delivery", "Termin", "Delai"),
        ],
        [
            [
                str(k),
                ds,
                qty(q, lg),
                money(pr, lg),
                money(q * pr, lg),
                f"KW {(d + timedelta(days=rng.randint(5, 40))).isocalendar()[1]}"
                if lg == "de"
                else short(d + timedelta(days=rng.randint(5, 40)), lg),
            ]
            for k, (_, ds, q, _, pr) in enumerate(rows, 1)
        ],
        s,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Prices net ex works plus VAT. Our conditions of sale apply.",
            "Preise netto ab Werk zzgl. MwSt. Es gelten unsere Verkaufs- und Lieferbedingungen.",
            "Prix nets HT depart usine. Nos conditions generales de vente s'appliquent.",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "This document is computer generated and valid without signature.",
            "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
            "Document edite informatiquement, valable sans signature.",
        ),
        s.size - 2,
    )
    pages += close(f.pages, s, h)
    if rng.random() < 0.3:
        pages += terms_page(rng, h, "sale")
    if faxed:
        fax_header(pages, h, d, rng)
    return pages


def keyed_h(h: Head, key: str) -> random.Random:
    return random.Random(zlib.crc32(f"tray/{OFFICE['seed']}/{key}/{h.name}".encode()))


def write_at(p: Page, s: Style, x: float, y: float, width: float, text: str) -> float:
    for ln in wrap(text, s.font, s.size, width):
        p.text(x, y, ln, s.font, s.size)
        y += s.size * 1.4
    return y


def tpl_debit_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's debit note to a supplier for rejected goods or a price difference, at
    times with a sheet of photos of the damage."""
    co = buyer()
    lg = co.lang
    grn = take(who, "grn")
    sup = grn[0] if grn is not None and isinstance(grn[0], Head) else supplier(who)
    d = on(rng)
    why = tr(lg, "Rejected: ", "Reklamation: ", "Non conforme : ")
    rows = [
        (a, why + ds, q, u, pr)
        for a, ds, q, u, pr in lines_for(rng, replace(sup, lang=lg), rng.choice([1, 1, 2]))
    ]
    pages, _ = invoice_pages(rng, co, d, "debit", rows=rows, to=firm_lines(sup))
    if rng.random() < 0.35:
        s = style_of(co)
        p = Page(A4)
        w, hh = A4
        m = s.margin
        p.text(
            m,
            m,
            tr(
                lg,
                "Photographs - rejected goods",
                "Fotodokumentation Reklamation",
                "Photos - marchandise non conforme",
            ),
            s.bold,
            12,
        )
        p.text(
            m,
            m + 14,
            f"{sup.name} - {tr(lg, 'delivery of', 'Lieferung vom', 'livraison du')} "
            f"{short(d - timedelta(days=rng.randint(2, 9)), lg)}",
            s.font,
            8.5,
        )
        n = rng.choice([2, 4])
        ph = (hh - 2 * m - 60) / 2 - 30
        pw = (w - 2 * m - 20) / 2 if n == 4 else w - 2 * m
        for k in range(n):
            x = m + (k % 2) * (pw + 20) if n == 4 else m
            y = m + 40 + (k // 2 if n == 4 else k) * (ph + 30)
            photo(p, x, y, pw, ph, rng)
            p.text(x, y + ph + 11, f"{k + 1}: " + words(rng, lg, "supply", 5), s.font, 7.5)
        pages.append(p)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates EE: accounts, reminders, collection, payments
# ---------------------------------------------------------------------------------------------


def any_supplier(rng: random.Random, roles: tuple[str, ...] = ("goods", "service")) -> Head:
    """A supplier drawn afresh (a payment run pays many, the stores receive from many)."""
    lg = home() if rng.random() < 0.75 else rng.choice(["en", "de", "fr"])
    row = rng.choice([x for r in roles for x in SENDERS[r] if x[1] == lg])
    r = random.Random(zlib.crc32(f"tray/{OFFICE['seed']}/any/{row[0]}".encode()))
    return make_head(row, "goods", r)


def tpl_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's statement of account (Kontoauszug / Offene-Posten-Liste, releve de
    compte): open items with running balance over one to three pages, the ageing boxes and, on
    some, a tear-off remittance slip."""
    h = supplier(who)
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = on(rng, -10, 10)
    title = tr(
        lg,
        "STATEMENT OF ACCOUNT",
        rng.choice(["Kontoauszug", "Offene-Posten-Liste"]),
        "RELEVE DE COMPTE",
    )
    acct = serial(random.Random(zlib.crc32(f"{h.name}/{OFFICE['seed']}".encode())), "99999")
    f = sheets(s, h, f"{h.name} - {title} - {acct}")
    recipient(
        f,
        s,
        h,
        company_lines(role_of("ap")),
        d,
        [
            (tr(lg, "Account No.", "Kunden-Nr.", "Compte client"), acct),
            (tr(lg, "Statement date", "Stichtag", "Arrete au"), short(d, lg)),
        ],
    )
    f.page.text(m, f.y, title, s.bold, s.size + 4)
    f.y += 22
    rows = []
    bal = 0.0
    items: list[tuple[str, date, float]] = []
    dd = d - timedelta(days=rng.randint(60, 140))
    for _ in range(rng.choice([3, 5, 8, 12, 18, 30, 45])):
        dd += timedelta(days=rng.randint(1, 6))
        kind = rng.choices(["INV", "CN", "PAY"], [6, 1, 2])[0]
        amt = round(rng.uniform(40, 4800), 2)
        ref = serial(rng, "99999")
        if kind == "PAY":
            bal -= amt
            rows.append(
                [
                    short(dd, lg),
                    tr(lg, "Payment - thank you", "Zahlung", "Reglement"),
                    "",
                    "",
                    money(amt, lg),
                    money(bal, lg),
                ]
            )
            continue
        bal += amt if kind == "INV" else -amt
        typ = {
            "INV": tr(lg, "Invoice", "Rechnung", "Facture"),
            "CN": tr(lg, "Credit note", "Gutschrift", "Avoir"),
        }[kind]
        due = dd + timedelta(days=30)
        if kind == "INV":
            items.append((ref, dd, amt))
        rows.append(
            [
                short(dd, lg),
                f"{typ} {ref}",
                short(due, lg),
                money(amt, lg) if kind == "INV" else "",
                money(amt, lg) if kind == "CN" else "",
                money(bal, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (2.4, "left"),
            (1.2, "left"),
            (1.3, "right"),
            (1.3, "right"),
            (1.4, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Reference", "Beleg", "Piece"),
            tr(lg, "Due", "Faellig", "Echeance"),
            tr(lg, "Debit", "Soll", "Debit"),
            tr(lg, "Credit", "Haben", "Credit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    bal = max(bal, round(rng.uniform(300, 9000), 2))
    f.need(60)
    f.y += 6
    cells = [
        tr(lg, "Current", "nicht faellig", "Non echu"),
        tr(lg, "30 days", "1-30 Tage", "1-30 j"),
        tr(lg, "60 days", "31-60 Tage", "31-60 j"),
        tr(lg, "90+ days", "> 60 Tage", "> 60 j"),
        tr(lg, "Total due", "Gesamtsaldo", "Total du"),
    ]
    split = [rng.random() for _ in range(4)]
    parts = [bal * x / sum(split) for x in split] + [bal]
    cw = (w - 2 * m) / 5
    for k, (c, v) in enumerate(zip(cells, parts, strict=True)):
        f.page.rect(m + k * cw, f.y - 10, cw, 30, fill=0.88 if k == 4 else None)
        f.page.text(m + k * cw + 4, f.y, c, s.font, 7)
        f.page.text(
            m + (k + 1) * cw - 4, f.y + 14, money(v, lg), s.bold if k == 4 else s.font, 8.5, "right"
        )
    f.y += 36
    note(who, "due", (items[-3:] or [(serial(rng, "99999"), d, bal)],))
    if (lg == "en" and rng.random() < 0.6) or rng.random() < 0.2:
        f.need(150)
        f.y = max(f.y, f.bottom - 140)
        slip_rule(
            f.page,
            m,
            w - m,
            f.y,
            tr(
                lg,
                "please detach and return with your payment",
                "bitte abtrennen",
                "a detacher et joindre au reglement",
            ),
        )
        f.y += 18
        f.page.text(
            m, f.y, tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSBELEG", "TALON DE REGLEMENT"), s.bold, 10
        )
        f.y = pairs(
            f.page,
            s,
            m,
            f.y + 16,
            [
                (tr(lg, "Customer", "Kunde", "Client"), buyer().name),
                (tr(lg, "Account No.", "Kunden-Nr.", "Compte"), acct),
                (tr(lg, "Balance", "Saldo", "Solde"), cash(bal, lg)),
                (tr(lg, "Amount paid", "Gezahlter Betrag", "Montant regle"), "................"),
            ],
            w / 2,
            8,
        )
        i = ids_of(h.name, lg)
        f.page.text(
            w / 2 + 20, f.y - 50, fit(f"{i.bank}", s.font, 7.5, w / 2 - m - 20), s.font, 7.5
        )
        f.page.text(w / 2 + 20, f.y - 40, fit(i.account, s.font, 7.5, w / 2 - m - 20), s.font, 7.5)
    free = f.y if len(f.pages) == 1 else None
    pages = close(f.pages, s, h)
    received(rng, pages, d + timedelta(days=rng.randint(2, 5)), free=free)
    return pages


def reminder_level(rng: random.Random, lang: str) -> tuple[int, str]:
    k = rng.choice([1, 1, 1, 2, 2, 3])
    return k, {
        "en": ["Payment reminder", "Second reminder - overdue account", "FINAL DEMAND"],
        "de": ["Zahlungserinnerung", "2. Mahnung", "Letzte Mahnung"],
        "fr": ["Relance - factures echues", "Deuxieme relance", "MISE EN DEMEURE"],
    }[lang][k - 1]


def tpl_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's payment reminder (Zahlungserinnerung / Mahnung, relance / mise en demeure)
    listing the overdue invoices with fees, at times with copies of the unpaid invoices."""
    h = supplier(who)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.1 else A4)
    w, _ = s.page_size
    m = s.margin
    d = on(rng, -5, 25)
    level, title = reminder_level(rng, lg)
    due_ = take(who, "due")
    if due_ is not None and isinstance(due_[0], list):
        items = list(due_[0])
    else:
        items = [
            (
                serial(rng, "99999"),
                d - timedelta(days=rng.randint(35, 110)),
                round(rng.uniform(60, 6000), 2),
            )
            for _ in range(rng.choice([1, 1, 2, 3, 5]))
        ]
    clerk = person(keyed_h(h, "credit"), lg)
    f = sheets(s, h, f"{h.name} - {title}")
    recipient(
        f,
        s,
        h,
        company_lines(role_of("ap")),
        d,
        [
            (
                tr(lg, "Account No.", "Kunden-Nr.", "Compte client"),
                serial(random.Random(zlib.crc32(f"{h.name}/{OFFICE['seed']}".encode())), "99999"),
            ),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), clerk),
        ],
    )
    f.page.text(m, f.y, title, s.bold, s.size + 2)
    f.y += 22
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Our records show that the following invoices remain unpaid although they are now "
            "past their due date. "
            + (
                "We would be grateful if you could arrange payment within seven days."
                if level == 1
                else "Despite our previous reminder we have not received payment."
            ),
            "bei der Durchsicht unserer Konten haben wir festgestellt, dass folgende Rechnungen "
            "noch offen sind. "
            + (
                "Sicher handelt es sich um ein Versehen."
                if level == 1
                else "Leider haben Sie auf unsere Zahlungserinnerung nicht reagiert."
            ),
            "Sauf erreur de notre part, les factures ci-dessous restent impayees a ce jour. "
            + (
                "Nous vous remercions de bien vouloir proceder a leur reglement."
                if level == 1
                else "Malgre notre precedente relance, nous n'avons recu aucun reglement."
            ),
        ),
    )
    cols = columns(
        m, w - m, [(1.4, "left"), (1.3, "left"), (1.3, "left"), (1, "right"), (1.5, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Invoice", "Rechnung", "Facture"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Due", "Faellig seit", "Echeance"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [
                no,
                short(dt, lg),
                short(dt + timedelta(days=30), lg),
                str(max(1, (d - dt).days - 30)),
                money(a, lg),
            ]
            for no, dt, a in items
        ],
        s,
        rules=True,
    )
    total = sum(a for _, _, a in items)
    fee = {"en": 40.0 if total < 1000 else 70.0, "de": 5.0 * level, "fr": 40.0}[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 4,
            [
                (
                    tr(lg, "Late payment compensation", "Mahngebuehr", "Indemnite forfaitaire"),
                    money(fee, lg),
                )
                if level > 1 or lg != "de"
                else ("", ""),
                (tr(lg, "Total now due", "Gesamtbetrag", "Total du"), cash(total + fee, lg)),
            ],
            w - m,
        )
        + 10
    )
    due = d + timedelta(days=7 if level < 3 else 10)
    write(
        f,
        s,
        tr(
            lg,
            f"Please make payment by {day(h, due)}. If you have already paid, please disregard "
            "this letter. "
            + (
                "Should payment not be received we will pass the account to our "
                "collection agents without further notice."
                if level == 3
                else ""
            ),
            f"Bitte ueberweisen Sie den Betrag bis zum {day(h, due)}. Sollten Sie zwischenzeitlich "
            "bezahlt haben, betrachten Sie dieses Schreiben als gegenstandslos. "
            + (
                "Nach Fristablauf werden wir ein Inkassounternehmen beauftragen."
                if level == 3
                else ""
            ),
            f"Nous vous demandons de regler cette somme avant le {day(h, due)}. Si votre reglement "
            "nous est parvenu entre-temps, merci de ne pas tenir compte de ce courrier. "
            + (
                "A defaut, nous transmettrons le dossier a notre service contentieux."
                if level == 3
                else ""
            ),
        ),
    )
    regards(
        f,
        s,
        lg,
        clerk,
        tr(lg, "Credit Control", "Debitorenbuchhaltung", "Service recouvrement"),
        formal=level == 3,
    )
    free = f.y if len(f.pages) == 1 else None
    pages = close(f.pages, s, h)
    received(rng, pages, d + timedelta(days=2), free=free)
    note(who, "level", (h, total + fee, d))
    if rng.random() < 0.35:
        for no, dt, a in items[: rng.choice([1, 2])]:
            n = rng.choice([1, 2, 3])
            copy, _ = invoice_pages(rng, h, dt, copy=True, n_lines=n, no=no, target=a)
            pages += copy
    return pages


def tpl_dunning(rng: random.Random, who: Issuer) -> list[Page]:
    """A collection agency's letter on behalf of a supplier (Inkasso, recouvrement amiable,
    letter before action): the claim with interest and costs, the deadline and the threat of
    court; at times the claim breakdown page and a reply form behind."""
    h = head_of(who, "agency")
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    level = take(who, "level")
    if level is not None:
        creditor, principal, d = level
        assert isinstance(creditor, Head) and isinstance(principal, float)
        assert isinstance(d, date)
        d += timedelta(days=rng.randint(15, 40))
    else:
        creditor = supplier(who)
        principal, d = round(rng.uniform(180, 9000), 2), on(rng, -5, 25)
    ref = serial(rng, rng.choice(["AZ 99/99999", "999999/99", "DR-999999", "REC-99-9999"]))
    title = tr(
        lg,
        rng.choice(
            ["LETTER BEFORE ACTION", "NOTICE OF DEBT ASSIGNMENT", "Formal demand for payment"]
        ),
        rng.choice(["Zahlungsaufforderung", "Inkassomahnung", "Forderungsanmeldung"]),
        rng.choice(
            ["Mise en demeure avant poursuites", "Relance amiable", "Recouvrement de creance"]
        ),
    )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Ref', 'Az.', 'Dossier')} {ref}")
    agent = person(keyed_h(h, "agent"), lg)
    recipient(
        f,
        s,
        h,
        company_lines(
            tr(
                lg,
                "FAO Accounts Payable",
                "z. Hd. Geschaeftsfuehrung",
                "A l'attention du service comptable",
            )
        ),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "N. dossier"), ref),
            (tr(lg, "Client", "Auftraggeber", "Client"), creditor.name),
            (tr(lg, "Handled by", "Sachbearbeiter", "Gestionnaire"), agent),
        ],
    )
    f.page.text(m, f.y, title, s.bold, shrink(title, s.bold, s.size + 2, w - 2 * m))
    f.y += 20
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"We act on behalf of our above-named client, {creditor.name}, who has instructed "
            "us to recover the sum set out below, which remains unpaid despite repeated requests.",
            f"die Firma {creditor.name} hat uns mit der Einziehung ihrer nachstehend aufgefuehrten "
            "Forderung beauftragt. Eine auf uns lautende Vollmacht wird anwaltlich versichert.",
            f"Nous sommes mandates par notre client, {creditor.name}, pour le recouvrement de la "
            "creance detaillee ci-dessous, demeuree impayee malgre ses relances.",
        ),
    )
    interest = round(principal * rng.uniform(0.01, 0.04), 2)
    fees = {
        "en": 70.0 if principal < 10000 else 100.0,
        "de": round(rng.uniform(50, 160), 2),
        "fr": 40.0,
    }[lg]
    costs = round(rng.uniform(10, 90), 2)
    lines = [
        (tr(lg, "Principal debt", "Hauptforderung", "Principal"), principal),
        (tr(lg, "Statutory interest", "Verzugszinsen", "Interets de retard"), interest),
        (tr(lg, "Fixed compensation", "Mahnkosten Glaeubiger", "Indemnite forfaitaire"), fees),
        (tr(lg, "Our costs", "Inkassoverguetung (RVG)", "Frais de dossier"), costs),
    ]
    total = sum(v for _, v in lines)
    f.y = (
        pairs(
            f.page,
            s,
            m + 20,
            f.y,
            [(a, money(v, lg)) for a, v in lines]
            + [(tr(lg, "TOTAL NOW PAYABLE", "Gesamtforderung", "TOTAL A REGLER"), cash(total, lg))],
            w * 0.7,
        )
        + 8
    )
    due = d + timedelta(days=rng.choice([7, 10, 14]))
    i = ids_of(h.name, lg)
    write(
        f,
        s,
        tr(
            lg,
            f"Payment in full must reach us by {day(h, due)} to {i.bank}, {i.account}, quoting our "
            "reference. If payment is not received, our client may issue court proceedings against "
            "you without further notice, which may increase your liability for costs.",
            f"Wir fordern Sie auf, den Gesamtbetrag bis zum {day(h, due)} auf unser Konto IBAN "
            f"{i.iban} unter Angabe des Aktenzeichens zu ueberweisen. Nach fruchtlosem Fristablauf "
            "werden wir unserem Auftraggeber die Einleitung des gerichtlichen Mahnverfahrens "
            "empfehlen.",
            f"Nous vous mettons en demeure de regler la somme de {cash(total, lg)} avant le "
            f"{day(h, due)} par virement (IBAN {i.iban}). A defaut, notre client engagera une "
            "procedure d'injonction de payer, a vos frais.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "If you dispute this debt, please contact us immediately.",
            "Einwendungen gegen die Forderung teilen Sie uns bitte umgehend mit.",
            "Toute contestation doit nous etre adressee par ecrit sous huitaine.",
        ),
        s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        agent,
        tr(lg, "Collections Officer", "Inkassosachbearbeitung", "Charge de recouvrement"),
        formal=True,
    )
    free = f.y if len(f.pages) == 1 else None
    pages = close(f.pages, s, h)
    received(rng, pages, d + timedelta(days=2), free=free)
    if rng.random() < 0.5:
        g = sheets(s, h, f"{h.name} - {ref}", top=False)
        g.page.text(
            m,
            g.y + 10,
            tr(lg, "Statement of claim", "Forderungsaufstellung", "Decompte de la creance"),
            s.bold,
            s.size + 3,
        )
        g.page.text(w - m, g.y + 10, f"{tr(lg, 'Ref', 'Az.', 'Dossier')} {ref}", s.font, 8, "right")
        g.y += 34
        rows = []
        dd = d - timedelta(days=rng.randint(90, 200))
        for _ in range(rng.randint(2, 7)):
            dd += timedelta(days=rng.randint(5, 30))
            rows.append(
                [
                    short(dd, lg),
                    tr(lg, "Invoice ", "Rechnung ", "Facture ") + serial(rng, "99999"),
                    money(rng.uniform(50, 3000), lg),
                    f"{rng.choice([8, 9, 12.62, 10.5])} %",
                    money(rng.uniform(1, 90), lg),
                ]
            )
        table(
            g,
            columns(
                m,
                w - m,
                [(1.2, "left"), (2.2, "left"), (1.3, "right"), (1, "right"), (1.2, "right")],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Item", "Position", "Piece"),
                tr(lg, "Amount", "Betrag", "Montant"),
                tr(lg, "Rate", "Zinssatz", "Taux"),
                tr(lg, "Interest", "Zinsen", "Interets"),
            ],
            rows,
            s,
            rules=True,
        )
        write(g, s, prose(rng, lg, "pay", 1, 2), s.size - 1.5)
        pages += close(g.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        p = Page(A4)
        y = 60.0
        p.text(m, y, tr(lg, "REPLY FORM", "ANTWORTFORMULAR", "COUPON-REPONSE"), s.bold, 14)
        p.text(w - m, y, f"{tr(lg, 'Ref', 'Az.', 'Dossier')} {ref}", s.font, 9, "right")
        y += 30
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(
                    lg,
                    "I enclose payment in full",
                    "Ich zahle den Gesamtbetrag",
                    "Je regle la totalite",
                ),
                tr(
                    lg,
                    "I propose to pay by instalments",
                    "Ich beantrage Ratenzahlung",
                    "Je demande un echeancier",
                ),
                tr(
                    lg,
                    "I dispute the debt (reasons below)",
                    "Ich bestreite die Forderung",
                    "Je conteste la creance",
                ),
            ],
            set(),
            9,
            2.6,
        )
        for _ in range(8):
            p.line(m, y + 14, w - m, y + 14)
            y += 20
        y += 30
        p.line(m, y, m + 180, y)
        p.text(m, y + 10, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7)
        p.line(w - m - 150, y, w - m, y)
        p.text(w - m - 150, y + 10, tr(lg, "Date", "Datum", "Date"), s.font, 7)
        pages += close([p], s, h, numbers="none")
    return pages


PAYMENT_WAY = {
    "en": ["BACS", "Faster Payment", "CHAPS"],
    "de": ["SEPA-Ueberweisung"],
    "fr": ["Virement SEPA", "Virement"],
}


def tpl_remittance(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's remittance advice from the payment run (Zahlungsavis, avis de paiement):
    the supplier's invoices paid, less credits and discount, and the transfer reference."""
    co = buyer()
    lg = co.lang
    inv = take(who, "inv")
    sup = (
        inv[0]
        if inv is not None and isinstance(inv[0], Head)
        else any_supplier(rng, ("goods", "service", "carrier"))
    )
    size = rng.choice([A4, A4, landscape(A5)])
    s = style_of(co, size, margin=36 if size != A4 else 0, pt=8.5 if size != A4 else 0)
    w, _ = size
    m = s.margin
    d = month() + timedelta(days=rng.choice([0, 7, 14, 21, 25]))
    title = tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSAVIS", "AVIS DE PAIEMENT")
    f = sheets(s, co, title)
    if size == A4:
        recipient(
            f,
            s,
            co,
            firm_lines(
                sup, tr(lg, "Accounts Receivable", "Debitorenbuchhaltung", "Service clients")
            ),
            d,
            [
                (tr(lg, "Payment run", "Zahllauf", "Lot de paiement"), serial(rng, "ZL-9999")),
                (
                    tr(lg, "Our supplier no.", "Ihre Lieferanten-Nr.", "Votre code fournisseur"),
                    serial(rng, "70999"),
                ),
            ],
        )
    else:
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (tr(lg, "To", "An", "A"), sup.name),
                    (tr(lg, "Payment date", "Zahlungsdatum", "Date de paiement"), short(d, lg)),
                ],
                w * 0.6,
                8,
            )
            + 6
        )
    f.page.text(m, f.y, title, s.bold, s.size + 3)
    f.y += 20
    way = rng.choice(PAYMENT_WAY[lg])
    ids = ids_of(sup.name, sup.lang)
    write(
        f,
        s,
        tr(
            lg,
            f"We have today paid the sum below by {way} to your account {ids.account[-12:]}.",
            f"Wir haben heute folgende Belege per {way} auf Ihr Konto "
            f"...{ids.iban[-7:]} ausgeglichen:",
            f"Nous avons effectue ce jour un {way[0].lower() + way[1:]} sur votre compte "
            f"...{ids.iban[-7:]} en reglement des pieces suivantes :",
        ),
        s.size - 0.5,
    )
    paid: list[tuple[str, date, float]] = []
    if inv is not None and isinstance(inv[1], list):
        paid = [(b.no, b.d, b.gross) for b in inv[1]]
    paid += [
        (
            serial(rng, rng.choice(["INV-99999", "99999", "RE 2025-9999", "FA99-9999"])),
            d - timedelta(days=rng.randint(20, 70)),
            round(rng.uniform(30, 7000), 2),
        )
        for _ in range(rng.choice([0, 1, 1, 2, 3, 6]) if paid else rng.choice([1, 1, 2, 3, 5, 9]))
    ]
    rows, total = [], 0.0
    for no, dt, a in paid:
        disc = round(a * 0.02, 2) if lg == "de" and rng.random() < 0.4 else 0.0
        if rng.random() < 0.1:
            a = -a / 4
        total += a - disc
        rows.append(
            [no, short(dt, lg), money(a, lg), money(disc, lg) if disc else "", money(a - disc, lg)]
        )
    table(
        f,
        columns(
            m, w - m, [(1.6, "left"), (1.2, "left"), (1.3, "right"), (1, "right"), (1.3, "right")]
        ),
        [
            tr(lg, "Your reference", "Ihre Beleg-Nr.", "Votre piece"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Gross", "Brutto", "Montant TTC"),
            tr(lg, "Discount", "Skonto", "Escompte"),
            tr(lg, "Paid", "Zahlbetrag", "Regle"),
        ],
        rows,
        s,
        rules=True,
    )
    f.need(30)
    f.page.text(w - m - 160, f.y + 4, tr(lg, "Total paid", "Summe", "Total regle"), s.bold, s.size)
    f.page.text(w - m, f.y + 4, cash(total, lg), s.bold, s.size, "right")
    f.y += 28
    write(
        f,
        s,
        tr(
            lg,
            "Please direct any queries to accounts payable quoting the payment run reference.",
            "Bei Rueckfragen wenden Sie sich bitte an die Kreditorenbuchhaltung.",
            "Pour toute question, merci de contacter la comptabilite fournisseurs.",
        ),
        s.size - 1.5,
    )
    return close(f.pages, s, co, numbers="none")


REASONS = {
    "en": [
        "Trade fair stand deposit",
        "Customs duty and import VAT",
        "Conference registration",
        "Refund of customer overpayment",
        "Petty cash top-up",
        "Court fee",
        "Vehicle excise duty",
    ],
    "de": [
        "Anzahlung Messestand",
        "Zoll und Einfuhrumsatzsteuer",
        "Seminargebuehr",
        "Rueckzahlung Kundenguthaben",
        "Kassenauffuellung",
        "Gerichtskostenvorschuss",
        "Kfz-Steuer",
    ],
    "fr": [
        "Acompte stand salon",
        "Droits de douane",
        "Inscription seminaire",
        "Remboursement trop-percu client",
        "Approvisionnement caisse",
        "Frais de greffe",
        "Taxe sur les vehicules",
    ],
}


def tpl_payment_request(rng: random.Random, who: Issuer) -> list[Page]:
    """An internal payment request (Zahlungsanweisung, demande de reglement) for a payment
    without an invoice: payee, bank details and amount by hand, reason, coding and two
    signatures; A5 or A4."""
    co = buyer()
    lg = co.lang
    size = rng.choice([A5, A5, A4])
    s = style_of(co, size, margin=30 if size == A5 else 50, pt=8.5)
    w, hh = size
    m = s.margin
    d = on(rng)
    p = Page(size)
    p.text(m, m, co.name, s.bold, 8)
    title = tr(lg, "PAYMENT REQUEST", "ZAHLUNGSANWEISUNG", "DEMANDE DE REGLEMENT")
    p.text(m, m + 20, title, s.bold, 14)
    p.text(
        w - m,
        m + 20,
        tr(lg, "Form FIN-07", "Formblatt F 12", "Imprime CPT-04"),
        s.font,
        6.5,
        "right",
    )
    pr = any_supplier(rng)
    reason = rng.choice(REASONS[lg])
    amount = round(rng.uniform(40, 12000), 2)
    ids = ids_of(pr.name, pr.lang)
    y = fields(
        p,
        s,
        m,
        m + 34,
        w - 2 * m,
        [
            (tr(lg, "Payee", "Zahlungsempfaenger", "Beneficiaire"), pr.name),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(amount, lg)),
            ("IBAN", ids.iban),
            ("BIC", ids.bic),
            (tr(lg, "Reason for payment", "Verwendungszweck", "Motif"), reason),
            (
                tr(lg, "Payment by", "Zahlung bis", "A payer le"),
                short(d + timedelta(days=rng.randint(1, 10)), lg),
            ),
            (tr(lg, "Cost centre", "Kostenstelle", "Centre de cout"), str(rng.randint(100, 480))),
            (tr(lg, "GL account", "Sachkonto", "Compte general"), str(rng.randint(4000, 6999))),
        ],
        per=2,
        tall=28,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Supporting documents attached", "Belege liegen bei", "Justificatifs joints"),
            tr(lg, "Urgent", "Eilt", "Urgent"),
            tr(lg, "One-off payee", "Einmallieferant (CPD)", "Beneficiaire occasionnel"),
        ],
        {k for k in range(3) if rng.random() < 0.5},
        8,
    )
    y += 10
    cw = (w - 2 * m) / 2
    for k, (cap, tag) in enumerate(
        [
            (tr(lg, "Requested by", "Angefordert", "Demandeur"), f"req{rng.randint(1, 6)}"),
            (tr(lg, "Authorised", "Genehmigt", "Visa direction"), "fc"),
        ]
    ):
        x = m + k * cw
        p.rect(x, y, cw - 6, 44)
        p.text(x + 4, y + 9, cap, s.font, 7)
        if k == 0 or rng.random() < 0.8:
            sign(p, x + 10, y + 32, staff(tag), 12)
            hand(p, x + cw - 12, y + 38, short(d, lg)[:5], 8, "right")
    y += 56
    if y < hh - 60:
        p.text(
            m,
            y + 8,
            tr(
                lg,
                "For accounts use: posted ____  paid ____",
                "Vermerke Buchhaltung: gebucht ____  bezahlt ____",
                "Reserve comptabilite : saisi ____  paye ____",
            ),
            s.font,
            7,
        )
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates EE: utilities, telecoms, subscriptions
# ---------------------------------------------------------------------------------------------


def bars(
    p: Page, x: float, y: float, w: float, h: float, vals: list[float], labels: list[str], font: str
) -> None:
    """A bar chart of ``vals`` in a frame with ``labels`` under the bars."""
    p.rect(x, y, w, h)
    top = max(vals) or 1.0
    bw = w / len(vals)
    for k, v in enumerate(vals):
        bh = (h - 18) * v / top
        p.rect(
            x + k * bw + bw * 0.2,
            y + h - 12 - bh,
            bw * 0.6,
            bh,
            fill=0.35 if k < len(vals) - 1 else 0.1,
        )
        p.text(x + k * bw + bw / 2, y + h - 3, labels[k], font, 5.5, "center")


def utility_kind(h: Head) -> str:
    n = h.name.lower()
    if "water" in n or "eau" in n:
        return "water"
    return "gas" if keyed_h(h, "fuel").random() < 0.35 else "power"


def tpl_utility_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """An electricity, gas or water bill for one of the company's sites: the summary with the
    amount and the direct debit date (a bank giro or TIP slip on some), then the meter readings,
    charges and a consumption chart, and in Germany the instalment plan (Abschlagsplan) or an
    information page; at times a covering letter about new prices in front."""
    h = head_of(who, "utility")
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    kind = utility_kind(h)
    d = on(rng, -20, 10)
    acct = serial(keyed(who, "acct"), "9999 9999 99")
    unit = {"power": "kWh", "gas": "kWh", "water": "m3"}[kind]
    pages: list[Page] = []
    if rng.random() < 0.2:
        f0 = sheets(s, h, h.name)
        recipient(
            f0, s, h, company_lines(), d, [(tr(lg, "Account", "Vertragskonto", "Compte"), acct)]
        )
        write(
            f0,
            s,
            tr(
                lg,
                "Important: changes to your prices",
                "Preisanpassung zum " + short(month() + timedelta(days=31), lg),
                "Evolution de vos prix",
            ),
            s.size + 1,
        )
        write(f0, s, dear(lg, None))
        for _ in range(rng.randint(2, 3)):
            write(f0, s, prose(rng, lg, "energy", 2, 3))
        regards(
            f0,
            s,
            lg,
            person(keyed_h(h, "cs"), lg),
            tr(
                lg,
                "Business Customer Team",
                "Ihr Geschaeftskundenservice",
                "Service clients entreprises",
            ),
        )
        pages += close(f0.pages, s, h, numbers="none")
    title = {
        "en": {
            "power": "Your electricity bill",
            "gas": "Your gas bill",
            "water": "Water and wastewater charges",
        }[kind],
        "de": {
            "power": "Stromrechnung",
            "gas": "Jahresverbrauchsabrechnung Erdgas",
            "water": "Abrechnung Trinkwasser / Abwasser",
        }[kind],
        "fr": {
            "power": "Facture d'electricite",
            "gas": "Facture de gaz naturel",
            "water": "Facture d'eau et d'assainissement",
        }[kind],
    }[lg]
    f = sheets(s, h, f"{h.name} - {title} - {acct}")
    site = f"{buyer().street}, {buyer().town}"
    meter = serial(
        keyed(who, "meter"),
        {"en": "99 9999 9999 999", "de": "1ESY99999999", "fr": "99999999999999"}[lg],
    )
    recipient(
        f,
        s,
        h,
        company_lines(),
        d,
        [
            (tr(lg, "Account number", "Vertragskonto", "N. de compte"), acct),
            (tr(lg, "Bill number", "Rechnungsnummer", "N. de facture"), serial(rng, "999999999")),
            (
                {
                    "power": tr(lg, "MPAN", "Zaehlpunkt", "PDL"),
                    "gas": tr(lg, "MPRN", "Zaehlpunkt", "PCE"),
                    "water": tr(lg, "Meter", "Zaehler-Nr.", "Compteur"),
                }[kind],
                meter,
            ),
        ],
    )
    f.page.text(m, f.y, title, s.bold, s.size + 5)
    f.y += 16
    start = d - timedelta(days=rng.choice([30, 31, 91, 92, 365]))
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Billing period {short(start, lg)} to {short(d, lg)}",
            f"Abrechnungszeitraum {short(start, lg)} - {short(d, lg)}",
            f"Periode du {short(start, lg)} au {short(d, lg)}",
        ),
        s.font,
        s.size,
    )
    f.page.text(
        m,
        f.y + 12,
        fit(
            tr(lg, "Supply address: ", "Lieferstelle: ", "Lieu de consommation : ") + site,
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 34
    use = rng.uniform(2000, 90000) if kind != "water" else rng.uniform(80, 1500)
    rate = {"power": 0.24, "gas": 0.07, "water": 3.9}[kind] * rng.uniform(0.8, 1.25)
    days = (d - start).days
    energy = use * rate
    standing = days * rng.uniform(0.3, 2.5)
    levy = energy * rng.uniform(0.03, 0.09)
    net = energy + standing + levy
    vat = net * (0.2 if lg != "de" else 0.19) * (0.25 if kind == "water" and lg == "en" else 1)
    total = net + vat
    prev = round(rng.uniform(0, 3) * total, 2) if rng.random() < 0.5 else 0.0
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Previous balance", "Bisheriger Saldo", "Solde precedent"), money(prev, lg)),
            (
                tr(lg, "Payments received - thank you", "Geleistete Abschlaege", "Paiements recus"),
                money(-prev, lg),
            ),
            (
                tr(lg, "Charges this period (net)", "Entgelte netto", "Consommation HT"),
                money(net, lg),
            ),
            (tr(lg, "VAT", "Umsatzsteuer", "TVA"), money(vat, lg)),
        ],
        w * 0.62,
        s.size - 0.5,
    )
    f.page.rect(m, f.y - 4, w - 2 * m, 40, fill=0.88)
    f.page.text(
        m + 10,
        f.y + 14,
        tr(lg, "Amount due", "Rechnungsbetrag", "Montant a payer"),
        s.bold,
        s.size + 3,
    )
    f.page.text(w - m - 10, f.y + 14, cash(total, lg), s.bold, s.size + 5, "right")
    f.page.text(
        m + 10,
        f.y + 28,
        fit(
            tr(
                lg,
                f"To be collected by Direct Debit on or after {day(h, d + timedelta(days=14))}",
                f"Der Betrag wird am {short(d + timedelta(days=14), lg)} abgebucht.",
                f"Preleve le {short(d + timedelta(days=14), lg)} sur votre compte.",
            ),
            s.font,
            7.5,
            w - 2 * m - 20,
        ),
        s.font,
        7.5,
    )
    f.y += 56
    write(f, s, prose(rng, lg, "energy", 1, 2), s.size - 1.5)
    if (lg == "en" and rng.random() < 0.5) or (lg == "fr" and rng.random() < 0.6):
        y = hh - m - 7 * len(h.foot) - 120
        if f.y < y:
            slip_rule(f.page, m - 20, w - m + 20, y, "")
            slip = tr(lg, "bank giro credit", "", "TIP SEPA - titre interbancaire de paiement")
            f.page.text(m, y + 16, slip, s.bold, 9)
            f.page.text(m, y + 30, f"{h.name}   {tr(lg, 'Ref', 'Ref', 'Ref')} {acct}", s.font, 8)
            f.page.text(w - m, y + 30, cash(total, lg), s.bold, 10, "right")
            f.page.rect(m, y + 40, w - 2 * m, 34)
            f.page.text(
                m + 4,
                y + 66,
                "<" + acct.replace(" ", "") + "< " + serial(rng, "99999999") + "<",
                "Courier",
                10,
            )
    body = list(f.pages)
    # meter readings, charges and the chart
    g = sheets(s, h, f"{h.name} - {title} - {acct}", top=False)
    g.page.text(
        m,
        g.y + 4,
        tr(lg, "Your charges in detail", "Ihre Abrechnung im Detail", "Detail de votre facture"),
        s.bold,
        s.size + 3,
    )
    g.y += 26
    prev_read = rng.randint(10000, 900000)
    table(
        g,
        columns(
            m,
            w - m,
            [(1.8, "left"), (1.3, "right"), (1.3, "right"), (0.6, "center"), (1.2, "right")],
        ),
        [
            tr(lg, "Meter", "Zaehler", "Compteur"),
            tr(lg, "Previous", "Alter Stand", "Ancien index"),
            tr(lg, "Present", "Neuer Stand", "Nouvel index"),
            "",
            unit,
        ],
        [
            [
                meter,
                str(prev_read),
                str(prev_read + int(use)),
                rng.choice(["A", "E", "A"]),
                money(use, lg),
            ]
        ],
        s,
        rules=True,
    )
    g.y += 8
    table(
        g,
        columns(m, w - m, [(3.5, "left"), (1.2, "right"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Charge", "Position", "Rubrique"),
            tr(lg, "Quantity", "Menge", "Quantite"),
            tr(lg, "Rate", "Preis", "Prix unit."),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        [
            [
                tr(lg, "Unit charge", "Arbeitspreis", "Consommation"),
                f"{money(use, lg)} {unit}",
                money(rate, lg),
                money(energy, lg),
            ],
            [
                tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
                f"{days} " + tr(lg, "days", "Tage", "jours"),
                money(standing / days, lg),
                money(standing, lg),
            ],
            [
                tr(lg, "Climate Change Levy", "Strom-/Energiesteuer", "Accise sur l'electricite")
                if kind != "water"
                else tr(lg, "Wastewater", "Abwasser", "Assainissement"),
                "",
                "",
                money(levy, lg),
            ],
        ],
        s,
        rules=True,
    )
    g.need(200)
    g.y += 14
    g.page.text(
        m,
        g.y,
        tr(
            lg,
            "Your consumption over the last 12 months",
            "Ihr Verbrauch im Vergleich",
            "Historique de consommation",
        ),
        s.bold,
        s.size,
    )
    labels = [date_text(d - timedelta(days=30 * k), lg, "short")[3:5] for k in range(11, -1, -1)]
    bars(
        g.page,
        m,
        g.y + 10,
        w - 2 * m,
        150,
        [use * rng.uniform(0.5, 1.3) for _ in labels],
        labels,
        s.font,
    )
    g.y += 180
    write(g, s, prose(rng, lg, "energy", 2, 3), s.size - 2)
    body += g.pages
    if lg == "de" and rng.random() < 0.6:
        a = sheets(s, h, f"{h.name} - Abschlagsplan", top=False)
        a.page.text(m, a.y + 4, "Ihr Abschlagsplan", s.bold, s.size + 3)
        a.y += 26
        inst = round(total / 11, 0)
        table(
            a,
            columns(m, w - m, [(2, "left"), (2, "left"), (1.5, "right")]),
            ["Faelligkeit", "Abbuchung", "Betrag"],
            [
                [
                    short(
                        date(d.year + (d.month + k - 1) // 12, (d.month + k - 1) % 12 + 1, 15), lg
                    ),
                    "SEPA-Lastschrift",
                    money(inst, lg),
                ]
                for k in range(1, 12)
            ],
            s,
            rules=True,
        )
        write(
            a,
            s,
            "Die Abschlaege werden zu den genannten Terminen von Ihrem Konto "
            "eingezogen. " + prose(rng, lg, "energy", 1, 2),
            s.size - 1,
        )
        body += a.pages
    elif rng.random() < 0.35:
        p = Page(A4)
        two_columns(
            p,
            s,
            50,
            tr(
                lg,
                "Important information about your account",
                "Wichtige Hinweise",
                "Informations importantes",
            ),
            [prose(rng, lg, "energy", 2, 4) for _ in range(10)],
            7.5,
        )
        body.append(p)
    body = close(body, s, h)
    received(rng, body, d + timedelta(days=3))
    return pages + body


DIALLED = {
    "en": ["0114 999 9999", "07799 999999", "0121 999 9999", "0049 521 999999", "0800 999 999"],
    "de": ["0521 999999", "0171 9999999", "089 99999999", "0044 114 9999999", "0800 9999999"],
    "fr": ["04 76 99 99 99", "06 99 99 99 99", "01 99 99 99 99", "0049 521 999999", "3999"],
}
CALLS = {
    "en": ["UK landline", "UK mobile", "International", "Freephone", "Voicemail"],
    "de": ["Festnetz", "Mobilfunk", "Ausland", "Sonderrufnr.", "Mailbox"],
    "fr": ["Fixe", "Mobile", "International", "Numero special", "Messagerie"],
}


def tpl_telecom_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """A business telecom bill: the summary page, then the itemised calls and data by mobile
    number in small type over one to four pages."""
    h = head_of(who, "telecom")
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = on(rng, -25, 5)
    acct = serial(keyed(who, "tel"), "9999999999")
    no = serial(rng, "A99999999")
    title = tr(lg, "Your bill", "Ihre Rechnung", "Votre facture")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Kundenkonto', 'Compte')} {acct} - {no}")
    recipient(
        f,
        s,
        h,
        company_lines(tr(lg, "Accounts Payable", "Buchhaltung", "Comptabilite")),
        d,
        [
            (tr(lg, "Account", "Kundennummer", "N. client"), acct),
            (tr(lg, "Invoice", "Rechnungsnummer", "N. facture"), no),
        ],
    )
    f.page.text(m, f.y, title, s.bold, s.size + 6)
    f.y += 20
    users = [
        (
            serial(rng, {"en": "07799 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]),
            person(rng, home()),
        )
        for _ in range(rng.choice([2, 3, 5, 8, 12]))
    ]
    fixed = round(len(users) * rng.uniform(12, 35), 2)
    usage = round(rng.uniform(5, 60) * len(users), 2)
    once = round(rng.choice([0, 0, 0, 49, 199]), 2)
    net = fixed + usage + once
    rows = [
        [tr(lg, "Monthly charges", "Grundgebuehren", "Abonnements"), money(fixed, lg)],
        [tr(lg, "Usage charges", "Verbindungen", "Consommations"), money(usage, lg)],
        [tr(lg, "One-off charges", "Einmalige Entgelte", "Frais ponctuels"), money(once, lg)],
        [tr(lg, "VAT", "USt.", "TVA"), money(net * vat_rate(lg), lg)],
        [tr(lg, "Total", "Gesamtbetrag", "Total TTC"), cash(net * (1 + vat_rate(lg)), lg)],
    ]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.4, "right")]),
        [tr(lg, "Summary", "Uebersicht", "Recapitulatif"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We will collect this by Direct Debit on {short(d + timedelta(days=10), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} abgebucht.",
            f"Prelevement le {short(d + timedelta(days=10), lg)}.",
        ),
        s.size - 0.5,
    )
    write(f, s, prose(rng, lg, "it", 1, 2), s.size - 1.5)
    body = list(f.pages)
    g = sheets(s, h, f"{h.name} - {acct} - {no}", top=False)
    g.page.text(
        m,
        g.y + 4,
        tr(lg, "Itemised charges", "Einzelverbindungsnachweis", "Detail des communications"),
        s.bold,
        s.size + 2,
    )
    g.y += 24
    for num, user in users[: rng.randint(1, len(users))]:
        g.need(60)
        g.page.rect(m, g.y - 9, w - 2 * m, 13, fill=0.88)
        g.page.text(m + 4, g.y, f"{num}   {user}", s.bold, 8)
        g.y += 14
        calls = []
        dd = d - timedelta(days=30)
        for _ in range(rng.randint(3, 26)):
            dd += timedelta(hours=rng.randint(2, 40))
            calls.append(
                [
                    short(dd, lg),
                    f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}",
                    serial(rng, rng.choice(DIALLED[lg])),
                    rng.choice(CALLS[lg]),
                    f"{rng.randint(0, 40)}:{rng.randint(0, 59):02d}",
                    money(rng.uniform(0, 3), lg),
                ]
            )
        table(
            g,
            columns(
                m,
                w - m,
                [
                    (1.2, "left"),
                    (0.8, "left"),
                    (2, "left"),
                    (1.2, "left"),
                    (0.8, "right"),
                    (0.8, "right"),
                ],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Time", "Zeit", "Heure"),
                tr(lg, "Number", "Rufnummer", "Numero"),
                tr(lg, "Type", "Art", "Type"),
                tr(lg, "Dur.", "Dauer", "Duree"),
                tr(lg, "Cost", "Betrag", "Montant"),
            ],
            calls,
            s,
            size=7,
            step=1.45,
        )
        g.y += 6
    pages = close(body + g.pages, s, h)
    received(rng, pages, d + timedelta(days=3))
    return pages


def tpl_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """A software subscription or licence renewal notice: the letter with the products, seats,
    term and price, at times the renewal order form to sign and return and a licence
    certificate."""
    h = head_of(who, "software")
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.3 else A4)
    w, _ = s.page_size
    m = s.margin
    d = on(rng, -40, 10)
    end = d + timedelta(days=rng.choice([30, 45, 60, 90]))
    contract = serial(keyed(who, "contract"), rng.choice(["C-999999", "SUB-99999", "L9999999"]))
    f = sheets(s, h, f"{h.name} - {contract}")
    contact = person(keyed_h(h, "am"), lg)
    recipient(
        f,
        s,
        h,
        company_lines(tr(lg, "IT / Finance", "IT-Leitung", "DSI / Comptabilite")),
        d,
        [
            (tr(lg, "Contract", "Vertragsnummer", "Contrat"), contract),
            (tr(lg, "Account manager", "Ansprechpartner", "Interlocuteur"), contact),
        ],
    )
    title = tr(
        lg,
        "Renewal notice - your subscription",
        "Verlaengerung Ihrer Softwarewartung",
        "Avis de renouvellement de votre abonnement",
    )
    f.page.text(m, f.y, title, s.bold, shrink(title, s.bold, s.size + 3, w - 2 * m))
    f.y += 22
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"Your subscription is due to renew on {day(h, end)}. To ensure "
            "uninterrupted service, please review the details below.",
            f"Ihr Wartungsvertrag verlaengert sich zum {day(h, end)} um weitere zwoelf "
            "Monate, sofern er nicht fristgerecht gekuendigt wird.",
            f"Votre abonnement arrive a echeance le {day(h, end)}. Il sera renouvele "
            "par tacite reconduction pour une duree de douze mois.",
        ),
    )
    prods = [
        rng.choice(
            [
                "Finance Cloud Professional",
                "Ledgerline Payables",
                "CAD Suite Premium",
                "Planungsmodul PPS",
                "Sequoia Compta",
                "DMS Archiv",
            ]
        ),
        rng.choice(
            [
                "Additional user seats",
                "Premium support",
                "Cloud storage 500 GB",
                "Wartung und Updates",
                "Assistance premium",
            ]
        ),
    ]
    rows, total = [], 0.0
    for p_ in prods[: rng.randint(1, 2)]:
        seats = rng.choice([1, 3, 5, 10, 25, 50])
        price = round(rng.uniform(8, 90) * 12, 2)
        total += seats * price
        rows.append(
            [
                p_,
                str(seats),
                f"{short(end, lg)} - {short(end + timedelta(days=364), lg)}",
                money(price, lg),
                money(seats * price, lg),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(3, "left"), (0.7, "right"), (2.4, "left"), (1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Qty", "Anz.", "Qte"),
            tr(lg, "Term", "Laufzeit", "Periode"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Total", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total excl. VAT', 'Summe netto', 'Total HT')}  {cash(total, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    write(f, s, prose(rng, lg, "it", 2, 3))
    regards(
        f,
        s,
        lg,
        contact,
        tr(lg, "Customer Success", "Key Account Management", "Charge de clientele"),
    )
    free = f.y if len(f.pages) == 1 else None
    pages = close(f.pages, s, h)
    received(rng, pages, d + timedelta(days=2), free=free)
    if rng.random() < 0.55:
        p = Page(s.page_size)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(
                lg,
                "RENEWAL ORDER FORM",
                "BESTELLFORMULAR VERLAENGERUNG",
                "BON DE COMMANDE - RENOUVELLEMENT",
            ),
            s.bold,
            13,
        )
        y = fields(
            p,
            s,
            m,
            y + 14,
            w - 2 * m,
            [
                (tr(lg, "Customer", "Kunde", "Client"), buyer().name),
                (tr(lg, "Contract", "Vertrag", "Contrat"), contract),
                (
                    tr(lg, "Your PO number", "Ihre Bestellnummer", "Votre n. de commande"),
                    serial(rng, "PO 99999") if rng.random() < 0.6 else "",
                ),
                (
                    tr(lg, "Invoice e-mail", "Rechnungs-E-Mail", "E-mail facturation"),
                    "ap@" + buyer().name.split()[0].lower() + ".example",
                ),
            ],
            per=2,
            tall=28,
        )
        y = ticks(
            p,
            s,
            m,
            y + 6,
            w - 2 * m,
            [
                tr(
                    lg, "Renew as quoted", "Verlaengerung wie angeboten", "Renouveler a l'identique"
                ),
                tr(
                    lg,
                    "Change number of users to ____",
                    "Anzahl Benutzer aendern auf ____",
                    "Modifier le nombre d'utilisateurs : ____",
                ),
                tr(lg, "Do not renew", "Nicht verlaengern", "Ne pas renouveler"),
            ],
            {0} if rng.random() < 0.6 else set(),
            9,
            2.6,
        )
        y += 30
        p.line(m, y, m + 200, y)
        p.text(
            m,
            y + 10,
            tr(
                lg,
                "Authorised signature, name, date",
                "Unterschrift, Name, Datum",
                "Signature, nom, date",
            ),
            s.font,
            7,
        )
        if rng.random() < 0.5:
            sign(p, m + 8, y - 3, staff("fc"))
        p.text(
            m,
            y + 40,
            fit(
                tr(
                    lg,
                    "Return by e-mail to renewals@",
                    "Bitte zurueck an vertrieb@",
                    "A retourner a renouvellement@",
                )
                + h.name.split()[0].lower()
                + ".example",
                s.font,
                8,
                w - 2 * m,
            ),
            s.font,
            8,
        )
        pages += close([p], s, h, numbers="none")
    if rng.random() < 0.25:
        p = Page(landscape(A4) if rng.random() < 0.5 else A4)
        pw, ph = p.size
        p.rect(30, 30, pw - 60, ph - 60)
        p.rect(36, 36, pw - 72, ph - 72)
        p.text(
            pw / 2,
            110,
            tr(lg, "LICENCE CERTIFICATE", "LIZENZZERTIFIKAT", "CERTIFICAT DE LICENCE"),
            "Times-Bold",
            28,
            "center",
        )
        p.text(
            pw / 2,
            150,
            tr(lg, "This certifies that", "Hiermit wird bestaetigt, dass", "Nous certifions que"),
            "Times-Italic",
            13,
            "center",
        )
        p.text(pw / 2, 180, buyer().name, "Times-Bold", 18, "center")
        p.text(
            pw / 2,
            210,
            tr(
                lg,
                "is licensed to use",
                "zur Nutzung berechtigt ist:",
                "est titulaire d'une licence d'utilisation de",
            ),
            "Times-Italic",
            13,
            "center",
        )
        p.text(pw / 2, 240, prods[0], "Times-Bold", 16, "center")
        p.text(
            pw / 2,
            280,
            f"{tr(lg, 'Licence key', 'Lizenzschluessel', 'Cle')}: "
            + serial(rng, "AAAA9-99AAA-A9A99-9AAAA"),
            "Courier",
            11,
            "center",
        )
        p.text(pw / 2, ph - 80, h.name, "Helvetica-Bold", 10, "center")
        pages.append(p)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates EE: expenses, suppliers' particulars
# ---------------------------------------------------------------------------------------------

SHOPS = {
    "en": [
        ("Shell Meadowhall", "Unleaded 95", "FUEL"),
        ("Pret A Manger", "Sandwich, coffee", "FOOD"),
        ("Sheffield City Taxis", "Journey", "TAXI"),
        ("WHSmith Euston", "Stationery", "RETAIL"),
        ("NCP Car Park", "Parking 4 hrs", "PARKING"),
        ("Trainline", "Anytime return", "RAIL"),
    ],
    "de": [
        ("Aral Tankstelle", "Super E10", "KRAFTSTOFF"),
        ("Backwerk", "Belegtes Broetchen", "BEWIRTUNG"),
        ("Taxi-Zentrale", "Fahrt", "TAXI"),
        ("DB Fernverkehr", "Flexpreis", "BAHN"),
        ("Contipark", "Parken", "PARKEN"),
        ("Restaurant Ratskeller", "Speisen / Getraenke", "BEWIRTUNG"),
    ],
    "fr": [
        ("TotalEnergies Relais", "Gazole", "CARBURANT"),
        ("Brasserie du Theatre", "Menu du jour", "REPAS"),
        ("Taxi Grenoblois", "Course", "TAXI"),
        ("SNCF Voyageurs", "Aller-retour", "TRAIN"),
        ("Indigo Parking", "Stationnement", "PARKING"),
        ("Relay Gare", "Presse", "DIVERS"),
    ],
}


def receipt(
    p: Page, x: float, y: float, rng: random.Random, lang: str, d: date, width: float = 0
) -> tuple[float, float]:
    """A till receipt taped to a backing sheet (or filling a narrow page): shop, items, total
    and VAT line in monospace; returns its width and height."""
    shop, item, cat = rng.choice(SHOPS[lang])
    lines = [
        shop.upper(),
        serial(rng, "999 Aaaaa Street").replace("Aaaaa", "High")
        if lang == "en"
        else (
            "Bahnhofstr. " + str(rng.randint(1, 90))
            if lang == "de"
            else f"{rng.randint(1, 90)} av. Alsace-Lorraine"
        ),
        "",
        f"{short(d, lang)}  {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
        "",
    ]
    total = 0.0
    for _ in range(rng.randint(1, 4)):
        v = round(rng.uniform(1.2, 45), 2)
        total += v
        lines.append(f"{item[:16]:<16}{money(v, lang):>9}")
    lines += [
        "-" * 25,
        f"{tr(lang, 'TOTAL', 'SUMME', 'TOTAL TTC'):<14}{money(total, lang):>11}",
        f"{tr(lang, 'VAT 20%', 'MwSt 19%', 'TVA 20%'):<14}"
        f"{money(total / (6 if lang != 'de' else 6.26), lang):>11}",
        tr(lang, "CARD  ****", "EC-KARTE ****", "CB  ****") + serial(rng, "9999"),
        "",
        tr(lang, "THANK YOU", "VIELEN DANK", "MERCI DE VOTRE VISITE"),
        cat,
    ]
    pt = 7.0
    bw = width or 25 * pt * 0.62 + 16
    bh = len(lines) * pt * 1.35 + 14
    if not width:
        p.rect(x, y, bw, bh)
        p.rect(x + bw * 0.3, y - 6, bw * 0.4, 12, fill=0.93)  # tape
    for k, t in enumerate(lines):
        p.text(x + bw / 2, y + 14 + k * pt * 1.35, t, "Courier", pt, "center")
    return bw, bh


def hotel_bill(rng: random.Random, d: date, guest: str) -> Page:
    """A hotel's bill (folio) on its own letterhead, in the hotel's language."""
    lg = home() if rng.random() < 0.6 else rng.choice(["en", "de", "fr"])
    row = rng.choice([x for x in SENDERS["hotel"] if x[1] == lg])
    h = make_head(
        row,
        "hotel",
        keyed_h(make_head(row, "hotel", random.Random(1)), "hotel"),
        ["centred", "right", "rule"],
    )
    s = style_of(h)
    w, _ = A4
    m = s.margin
    f = sheets(s, h)
    nights = rng.randint(1, 4)
    arr = d - timedelta(days=nights)
    f.page.text(m, f.y, tr(lg, "GUEST BILL", "RECHNUNG", "FACTURE"), s.bold, s.size + 4)
    f.y += 16
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Guest", "Gast", "Client"), guest),
                (tr(lg, "Company", "Firma", "Societe"), buyer().name),
                (tr(lg, "Room", "Zimmer", "Chambre"), str(rng.randint(101, 520))),
                (
                    tr(lg, "Arrival / departure", "Anreise / Abreise", "Arrivee / depart"),
                    f"{short(arr, lg)} - {short(d, lg)}",
                ),
                (tr(lg, "Folio", "Rechnungs-Nr.", "N. facture"), serial(rng, "999999")),
            ],
            w * 0.6,
            s.size - 1,
        )
        + 8
    )
    rows, total = [], 0.0
    for k in range(nights):
        room = round(rng.uniform(79, 165), 2)
        total += room
        rows.append(
            [
                short(arr + timedelta(days=k), lg),
                tr(lg, "Accommodation", "Uebernachtung", "Hebergement"),
                money(room, lg),
            ]
        )
        if rng.random() < 0.6:
            b = round(rng.uniform(9, 22), 2)
            total += b
            rows.append(
                [
                    short(arr + timedelta(days=k + 1), lg),
                    tr(lg, "Breakfast", "Fruehstueck", "Petit-dejeuner"),
                    money(b, lg),
                ]
            )
    rows.append(
        [
            short(d, lg),
            tr(lg, "Payment Visa", "Zahlung Kreditkarte", "Reglement CB"),
            money(-total, lg),
        ]
    )
    table(
        f,
        columns(m, w - m, [(1.3, "left"), (4, "left"), (1.3, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Libelle"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    f.page.text(
        w - m,
        f.y + 6,
        f"{tr(lg, 'Balance', 'Saldo', 'Solde')} 0,00" if lg != "en" else "Balance 0.00",
        s.bold,
        s.size,
        "right",
    )
    return close(f.pages, s, h, numbers="none")[0]


TRIPS = {
    "en": [
        "Customer visit Birmingham",
        "Trade fair MACH 2024",
        "Supplier audit Leeds",
        "Service call Glasgow",
        "Training course London",
        "Site visit Rotherham",
    ],
    "de": [
        "Kundenbesuch Stuttgart",
        "Messe Hannover",
        "Lieferantenaudit Kuenzelsau",
        "Montageeinsatz Muenchen",
        "Schulung Koeln",
        "Serviceeinsatz Hamburg",
    ],
    "fr": [
        "Visite client Lyon",
        "Salon Global Industrie",
        "Audit fournisseur Besancon",
        "Intervention SAV Marseille",
        "Formation Paris",
        "Visite chantier Annecy",
    ],
}
SPENT = {
    "en": [
        ("Travel", "Train ticket"),
        ("Travel", "Taxi to customer"),
        ("Hotel", "Hotel 1 night"),
        ("Meals", "Lunch with customer"),
        ("Meals", "Evening meal"),
        ("Fuel", "Fuel hire car"),
        ("Parking", "Car park"),
        ("Sundry", "Stationery"),
    ],
    "de": [
        ("Fahrtkosten", "Bahnticket"),
        ("Fahrtkosten", "Taxi Bahnhof - Kunde"),
        ("Uebernachtung", "Hotel 1 Nacht"),
        ("Bewirtung", "Geschaeftsessen Kunde"),
        ("Verpflegung", "Verpflegungsmehraufwand"),
        ("Tanken", "Tanken Mietwagen"),
        ("Parken", "Parkhaus Messe"),
        ("Sonstiges", "Porto"),
    ],
    "fr": [
        ("Transport", "Billet de train"),
        ("Transport", "Taxi gare - client"),
        ("Hotel", "Hotel 1 nuit"),
        ("Repas", "Dejeuner client"),
        ("Repas", "Diner"),
        ("Carburant", "Carburant vehicule de location"),
        ("Parking", "Parking aeroport"),
        ("Divers", "Fournitures"),
    ],
}


def tpl_expense_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """An employee's expense claim (Reisekostenabrechnung, note de frais) on the company's form,
    portrait or landscape: items with categories, mileage, totals, the claimant's and the
    manager's signatures; behind it the receipts taped on backing sheets, a narrow till slip or
    a hotel bill."""
    co = buyer()
    lg = co.lang
    land = rng.random() < 0.5
    size = landscape(A4) if land else A4
    s = style_of(co, size, margin=36 if land else 0)
    w, _ = size
    m = s.margin
    d = on(rng, -30, 5)
    emp = staff(f"emp{rng.randint(1, 14)}")
    title = tr(lg, "EXPENSE CLAIM", "REISEKOSTENABRECHNUNG", "NOTE DE FRAIS")
    f = sheets(s, co, f"{title} - {emp}")
    f.page.text(m, f.y, title, s.bold, s.size + 5)
    f.y += 12
    f.y = (
        fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), emp),
                (tr(lg, "Employee no.", "Personal-Nr.", "Matricule"), serial(rng, "9999")),
                (
                    tr(lg, "Department", "Abteilung", "Service"),
                    rng.choice(
                        [
                            tr(lg, "Sales", "Vertrieb", "Commercial"),
                            tr(lg, "Service", "Kundendienst", "SAV"),
                            tr(lg, "Engineering", "Konstruktion", "Bureau d'etudes"),
                        ]
                    ),
                ),
                (
                    tr(lg, "Purpose / trip", "Anlass / Reiseziel", "Objet du deplacement"),
                    rng.choice(TRIPS[lg]),
                ),
            ],
            per=4 if land else 2,
            tall=26,
            hand=rng.random() < 0.4,
        )
        + 4
    )
    handwritten = rng.random() < 0.4
    items = []
    dd = d - timedelta(days=rng.randint(5, 25))
    n_rec = rng.randint(1, 8)
    total = 0.0
    for k in range(n_rec):
        dd += timedelta(days=rng.randint(0, 3))
        g = round(rng.uniform(4, 180), 2)
        total += g
        items.append(
            [
                str(k + 1),
                short(dd, lg),
                *rng.choice(SPENT[lg])[::-1],
                money(g / 1.2, lg),
                money(g - g / 1.2, lg),
                money(g, lg),
            ]
        )
    km = rng.choice([0, 0, rng.randint(20, 640)])
    rate = {"en": 0.45, "de": 0.30, "fr": 0.6}[lg]
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (1.3, "left"),
            (3.1, "left"),
            (1.4, "left"),
            (1, "right"),
            (0.9, "right"),
            (1.1, "right"),
        ],
    )
    heads = [
        "#",
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Description", "Beschreibung", "Libelle"),
        tr(lg, "Category", "Kategorie", "Categorie"),
        tr(lg, "Net", "Netto", "HT"),
        tr(lg, "VAT", "USt", "TVA"),
        tr(lg, "Gross", "Brutto", "TTC"),
    ]
    if handwritten:
        for c, t in zip(cols, heads, strict=True):
            cell(f.page, c, f.y, t, s.bold, 8)
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 16
        for row in items + [[""] * 7] * rng.randint(1, 4):
            for c, t in zip(cols, row, strict=True):
                cell(f.page, c, f.y, t, HAND, 9)
            f.page.line(m, f.y + 5, w - m, f.y + 5)
            f.y += 17
    else:
        table(f, cols, heads, items, s, rules=True, shade=0.9)
    f.need(120)
    f.y += 6
    if km:
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"Mileage: {km} miles x {rate:.2f}",
                f"Kilometergeld: {km} km x {money(rate, lg)} EUR",
                f"Indemnites kilometriques : {km} km x {money(rate, lg)}",
            ),
            HAND if handwritten else s.font,
            9,
        )
        total += km * rate
        f.y += 14
    f.y = pairs(
        f.page,
        s,
        w * 0.55,
        f.y,
        [
            (tr(lg, "Total claimed", "Gesamtbetrag", "Total"), cash(total, lg)),
            (tr(lg, "Less advance", "abzgl. Vorschuss", "Avance"), money(0, lg)),
            (tr(lg, "Due to employee", "Auszahlung", "A rembourser"), cash(total, lg)),
        ],
        w - m,
    )
    f.y += 6
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                "I confirm these expenses were incurred on company business "
                f"and {n_rec} receipts are attached.",
                f"Ich versichere die Richtigkeit der Angaben. Anzahl Belege: {n_rec}",
                f"Je certifie l'exactitude des frais. Justificatifs joints : {n_rec}",
            ),
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
    )
    f.y += 34
    sign(f.page, m + 10, f.y, emp)
    f.page.line(m, f.y + 4, m + 170, f.y + 4)
    f.page.text(m, f.y + 13, tr(lg, "Claimant", "Mitarbeiter", "Salarie"), s.font, 7)
    if rng.random() < 0.8:
        sign(f.page, w / 2 + 10, f.y, staff("mgr" + str(rng.randint(1, 3))))
    f.page.line(w / 2, f.y + 4, w / 2 + 170, f.y + 4)
    f.page.text(
        w / 2,
        f.y + 13,
        tr(lg, "Approved (line manager)", "Genehmigt Vorgesetzter", "Visa responsable"),
        s.font,
        7,
    )
    pages = close(f.pages, s, co, numbers="none")
    # the receipts
    left = n_rec
    while left > 0:
        r = rng.random()
        if r < 0.15 and len(pages) < 5:
            p = Page((80 * MM, rng.uniform(150, 230) * MM))
            receipt(p, 0, 10, rng, rng.choice([lg, lg, "en", "de", "fr"]), dd, 80 * MM)
            pages.append(p)
            left -= 1
        elif r < 0.3 and len(pages) < 5:
            pages.append(hotel_bill(rng, dd, emp))
            left -= 1
        else:
            p = Page(A4)
            first = n_rec - left + 1
            x, y, col_h = 50.0, 70.0, 0.0
            for _ in range(left if len(pages) >= 5 else min(left, rng.randint(2, 5))):
                bw = 25 * 7 * 0.62 + 16
                if x + bw > A4[0] - 30:
                    x, y = 50.0, y + col_h + 30
                    col_h = 0
                if y > A4[1] - 300:
                    break
                _, bh = receipt(
                    p, x, y + rng.uniform(0, 30), rng, rng.choice([lg, lg, "en", "de", "fr"]), dd
                )
                hand(p, x + bw / 2, y + bh + 50, str(n_rec - left + 1), 12, "center")
                col_h = max(col_h, bh + 30)
                x += bw + rng.uniform(14, 40)
                left -= 1
            label = tr(lg, "receipts", "Belege", "justificatifs")
            hand(p, 40, 40, f"{emp.split()[-1]} - {label} {first}-{n_rec - left}", 10)
            pages.append(p)
    return pages


def register_extract(rng: random.Random, sup: Head) -> Page:
    """A copy of the supplier's company register entry, as it is printed in its country."""
    lg = sup.lang
    p = Page(A4)
    w, hh = A4
    i = ids_of(sup.name, lg)
    if lg == "en":
        p.text(w / 2, 120, "CERTIFICATE OF INCORPORATION", "Times-Bold", 18, "center")
        p.text(w / 2, 140, "OF A PRIVATE LIMITED COMPANY", "Times-Bold", 12, "center")
        p.text(w / 2, 190, f"Company Number {i.reg}", "Times-Roman", 12, "center")
        y = 240.0
        for t in [
            "The Registrar of Companies for England and Wales, hereby certifies that",
            sup.name.upper(),
            "is this day incorporated under the Companies Act 2006 as a private company,",
            "that the company is limited by shares, and the situation "
            "of its registered office is in England/Wales.",
            f"Given at Companies House, Cardiff, on {rng.randint(1, 28)} "
            f"{rng.choice(['March', 'June', 'October'])} {rng.randint(1978, 2016)}",
        ]:
            for ln in wrap(t, "Times-Roman", 12, w - 160):
                p.text(w / 2, y, ln, "Times-Bold" if t.isupper() else "Times-Roman", 12, "center")
                y += 18
            y += 10
        p.rect(60, 60, w - 120, hh - 160)
        return p
    if lg == "de":
        p.text(
            60,
            70,
            f"Handelsregister B des Amtsgerichts {rng.choice(['Bielefeld', 'Stuttgart', 'Koeln'])}",
            "Helvetica-Bold",
            11,
        )
        p.text(w - 60, 70, f"Nummer der Firma: {i.reg}", "Helvetica", 9, "right")
        p.text(60, 86, "Ausdruck - Aktueller Ausdruck", "Helvetica", 9)
        p.text(w - 60, 86, f"Abruf vom {short(month(), 'de')}", "Helvetica", 9, "right")
        y = 120.0
        for k, (cap, val) in enumerate(
            [
                ("Firma", sup.name),
                ("Sitz, Niederlassung", sup.town),
                ("Gegenstand des Unternehmens", words(rng, "de", "supply", 12)),
                ("Stammkapital", f"{rng.choice([25000, 50000, 100000]):,} EUR".replace(",", ".")),
                (
                    "Allgemeine Vertretungsregelung",
                    "Ist nur ein Geschaeftsfuehrer bestellt, so "
                    "vertritt er die Gesellschaft allein.",
                ),
                (
                    "Geschaeftsfuehrer",
                    person(rng, "de") + ", *" + short(date(rng.randint(1958, 1985), 5, 3), "de"),
                ),
                ("Rechtsform", "Gesellschaft mit beschraenkter Haftung"),
            ],
            1,
        ):
            p.text(60, y, f"{k}.", "Helvetica", 9)
            p.text(80, y, cap, "Helvetica-Bold", 9)
            y += 12
            for ln in wrap(val, "Helvetica", 9, w - 160):
                p.text(80, y, ln, "Helvetica", 9)
                y += 12
            y += 8
        return p
    p.text(
        w / 2,
        70,
        f"Greffe du Tribunal de Commerce de {rng.choice(['Grenoble', 'Lyon', 'Besancon'])}",
        "Helvetica-Bold",
        11,
        "center",
    )
    p.text(w / 2, 100, "EXTRAIT Kbis", "Helvetica-Bold", 18, "center")
    p.text(
        w / 2,
        118,
        "Extrait d'immatriculation principale au registre du commerce et des societes",
        "Helvetica",
        8,
        "center",
    )
    p.text(w / 2, 130, f"a jour au {short(month(), 'fr')}", "Helvetica", 8, "center")
    y = 170.0
    for cap, val in [
        ("Immatriculation au RCS, numero", f"{i.reg} R.C.S."),
        ("Denomination ou raison sociale", sup.name),
        ("Forme juridique", "Societe par actions simplifiee"),
        ("Capital social", f"{rng.randint(10, 900)} 000,00 Euros"),
        ("Adresse du siege", f"{sup.street} {sup.town}"),
        ("Activites principales", words(rng, "fr", "supply", 10)),
        ("President", person(rng, "fr")),
    ]:
        p.text(60, y, cap, "Helvetica", 8.5)
        for ln in wrap(val, "Helvetica-Bold", 8.5, w - 300):
            p.text(250, y, ln, "Helvetica-Bold", 8.5)
            y += 11
        y += 9
    return p


def bank_letter(rng: random.Random, sup: Head) -> Page:
    """The supplier's bank confirming its account (or, from a French supplier, its RIB)."""
    i = ids_of(sup.name, sup.lang)
    lg = sup.lang
    if lg == "fr" and rng.random() < 0.7:
        p = Page(A4)
        w, _ = A4
        p.rect(50, 50, w - 100, 170)
        p.text(60, 70, "RELEVE D'IDENTITE BANCAIRE", "Helvetica-Bold", 11)
        p.text(w - 60, 70, i.bank, "Helvetica-Bold", 9, "right")
        p.text(60, 92, "Titulaire du compte", "Helvetica", 7)
        p.text(60, 104, sup.name, "Helvetica-Bold", 9)
        p.text(60, 116, f"{sup.street} {sup.town}", "Helvetica", 8)
        iban = i.iban.replace(" ", "")
        for k, (cap, val) in enumerate(
            [
                ("Code banque", iban[4:9]),
                ("Code guichet", iban[9:14]),
                ("N. de compte", iban[14:25]),
                ("Cle RIB", iban[25:27]),
            ]
        ):
            p.text(60 + k * 110, 140, cap, "Helvetica", 7)
            p.text(60 + k * 110, 152, val, "Courier-Bold", 10)
        p.text(60, 178, "IBAN", "Helvetica", 7)
        p.text(60, 190, i.iban, "Courier-Bold", 10)
        p.text(w - 200, 178, "BIC", "Helvetica", 7)
        p.text(w - 200, 190, i.bic, "Courier-Bold", 10)
        return p
    rows = [x for x in SENDERS["bank"] if x[1] == lg]
    bank = make_head(rng.choice(rows), "bank", keyed_h(sup, "bank"), ["rule", "centred", "right"])
    s = style_of(bank)
    f = sheets(s, bank)
    recipient(
        f,
        s,
        bank,
        [tr(lg, "To whom it may concern", "An die Firma", "A qui de droit")]
        + ([] if lg == "en" else firm_lines(buyer())),
        month() - timedelta(days=9),
        [],
    )
    write(
        f,
        s,
        tr(
            lg,
            "Confirmation of bank account details",
            "Bestaetigung der Bankverbindung",
            "Attestation de titularite de compte",
        ),
        s.size + 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We confirm that {sup.name} holds the following account with us:",
            f"hiermit bestaetigen wir, dass die Firma {sup.name} folgendes Konto bei uns "
            "unterhaelt:",
            f"Nous certifions que {sup.name} est titulaire du compte suivant :",
        ),
    )
    f.y = (
        pairs(
            f.page,
            s,
            s.margin + 20,
            f.y,
            [
                (tr(lg, "Account name", "Kontoinhaber", "Titulaire"), sup.name),
                ("IBAN", i.iban),
                ("BIC", i.bic),
                *([("Account", i.account)] if lg == "en" else []),
            ],
            f.size[0] * 0.8,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "This confirmation is given without responsibility on the part of the bank.",
            "Diese Auskunft erfolgt ohne Obligo.",
            "Attestation delivree pour servir et valoir ce que de droit.",
        ),
        s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        person(rng, lg),
        tr(lg, "Relationship Manager", "Firmenkundenbetreuer", "Charge d'affaires entreprises"),
    )
    return close(f.pages, s, bank, numbers="none")[0]


def iban_boxes(p: Page, s: Style, x: float, y: float, iban: str, w: float) -> None:
    """IBAN written by hand into one box per character."""
    chars = iban.replace(" ", "")
    bw = min(13.0, w / max(len(chars), 22))
    for k, c in enumerate(chars):
        p.rect(x + k * bw, y, bw, 15)
        p.text(x + k * bw + bw / 2, y + 11.5, c, HAND, 9.5, "center")


def tpl_supplier_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's new-supplier form filled in by hand by the supplier: company and tax
    details, contacts, bank details with the IBAN in boxes, tick boxes, the signature and the
    company stamp, an office-use box; sent back with the bank's confirmation, a RIB or the
    register extract."""
    co = buyer()
    lg = co.lang
    sup = supplier(who)
    s = style_of(co, pt=8.5)
    w, hh = A4
    m = s.margin
    i = ids_of(sup.name, sup.lang)
    title = tr(lg, "NEW SUPPLIER FORM", "LIEFERANTENSTAMMBLATT", "FICHE DE CREATION FOURNISSEUR")
    p = Page(A4)
    y = heading(p, s, co)
    p.text(m, y, title, s.bold, 13)
    p.text(
        w - m, y, tr(lg, "FIN-F03 rev 4", "QM-FB 7.4-02", "ACH-F12 ind. C"), s.font, 6.5, "right"
    )
    y += 10
    y = band(p, s, y + 10, tr(lg, "1. Company details", "1. Firmendaten", "1. Identification"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Registered name", "Firmenname", "Raison sociale"), sup.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{sup.street}, {sup.town}"),
            (tr(lg, "Company reg. no.", "Handelsregister", "SIREN"), i.reg),
            (tr(lg, "VAT number", "USt-IdNr.", "N. TVA intracom."), i.vat),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "2. Contacts", "2. Ansprechpartner", "2. Contacts"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Sales contact", "Vertrieb", "Commercial"),
                person(keyed_h(sup, "sales"), sup.lang),
            ),
            (tr(lg, "Telephone", "Telefon", "Telephone"), sup.phone or serial(rng, "0999 999999")),
            (
                tr(lg, "Remittance e-mail", "E-Mail Zahlungsavis", "E-mail avis de paiement"),
                "accounts@" + sup.name.split()[0].lower() + ".example",
            ),
            (
                tr(lg, "Orders e-mail", "E-Mail Bestellungen", "E-mail commandes"),
                "orders@" + sup.name.split()[0].lower() + ".example",
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "3. Bank details", "3. Bankverbindung", "3. Coordonnees bancaires"))
    y = (
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Bank", "Kreditinstitut", "Banque"), i.bank),
                (tr(lg, "Account holder", "Kontoinhaber", "Titulaire"), sup.name),
            ],
            per=2,
            tall=26,
        )
        - 4
    )
    p.text(m, y + 6, "IBAN", s.font, 7)
    iban_boxes(p, s, m + 30, y - 4, i.iban, w - 2 * m - 30)
    p.text(m, y + 30, "BIC / SWIFT", s.font, 7)
    hand(p, m + 60, y + 30, i.bic)
    if sup.lang == "en":
        hand(p, w / 2, y + 30, i.account, 9)
    y += 46
    y = band(p, s, y, tr(lg, "4. Classification", "4. Angaben", "4. Renseignements"))
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "Limited company", "GmbH / AG", "Societe (SAS, SA, SARL)"),
            tr(
                lg,
                "Sole trader / partnership",
                "Einzelunternehmen / GbR",
                "Entreprise individuelle",
            ),
            tr(lg, "VAT registered", "vorsteuerabzugsberechtigt", "Assujetti a la TVA"),
            tr(lg, "ISO 9001 certified", "ISO 9001 zertifiziert", "Certifie ISO 9001"),
            tr(lg, "SME", "KMU", "PME"),
        ],
        {0, 2} | ({3} if rng.random() < 0.5 else set()) | ({4} if rng.random() < 0.6 else set()),
        8.5,
        2.4,
    )
    y += 4
    y = band(p, s, y, tr(lg, "5. Declaration", "5. Erklaerung", "5. Declaration"))
    y = write_at(
        p,
        style_of(co, pt=7.5),
        m,
        y + 4,
        w - 2 * m,
        tr(
            lg,
            "We confirm the details above are correct and will notify any change of bank "
            "details in writing on letterhead signed by a director.",
            "Wir bestaetigen die Richtigkeit der Angaben. Aenderungen der Bankverbindung teilen "
            "wir schriftlich auf Firmenbriefbogen mit.",
            "Nous certifions l'exactitude des informations ci-dessus et signalerons par courrier "
            "signe tout changement de coordonnees bancaires.",
        ),
    )
    y += 30
    signer = person(keyed_h(sup, "director"), sup.lang)
    sign(p, m + 10, y, signer)
    p.line(m, y + 4, m + 180, y + 4)
    p.text(
        m,
        y + 13,
        tr(
            lg,
            "Signature / name / position",
            "Unterschrift / Name / Funktion",
            "Signature / nom / qualite",
        ),
        s.font,
        6.5,
    )
    hand(
        p,
        m + 2,
        y + 26,
        f"{signer}, {tr(sup.lang, 'Director', 'Geschaeftsfuehrer', 'Gerant')}",
        8.5,
    )
    stamp(p, w / 2 + 30, y - 30, [sup.name[:26].upper(), sup.street[:26], sup.town[:26]])
    y += 44
    if y < hh - 90:
        p.rect(m, y, w - 2 * m, 46, fill=0.94)
        p.text(
            m + 4,
            y + 10,
            tr(lg, "For office use only", "Nur fuer interne Zwecke", "Cadre reserve"),
            s.bold,
            7.5,
        )
        done = rng.random() < 0.6
        ap = "".join(t[0] for t in staff("ap").split())
        fields(
            p,
            s,
            m + 4,
            y + 14,
            w - 2 * m - 8,
            [
                (
                    tr(lg, "Vendor no.", "Kreditoren-Nr.", "Code fournisseur"),
                    serial(rng, "70999") if done else "",
                ),
                (
                    tr(lg, "Bank verified by phone", "Rueckruf Bank", "Contre-appel"),
                    f"{ap} {short(month(), lg)[:5]}" if done else "",
                ),
                (tr(lg, "Approved", "Freigabe", "Visa"), ap if done else ""),
            ],
            per=3,
            tall=26,
        )
    pages = close([p], s, co, numbers="none")
    r = rng.random()
    if r < 0.45:
        pages.append(bank_letter(rng, sup))
    elif r < 0.7:
        pages.append(register_extract(rng, sup))
    elif r < 0.82:
        pages += [bank_letter(rng, sup), register_extract(rng, sup)]
    return pages


def uk(account: str) -> str:
    """``Sort code 12-34-56  Account 12345678`` as ``12-34-56 / 12345678``."""
    parts = account.split()
    return f"{parts[2]} / {parts[-1]}"


def tpl_bank_change(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's letter notifying new bank details, signed by a director; on some accounts
    payable's note of the call-back check by hand; a French supplier may enclose its new RIB."""
    sup = supplier(who)
    lg = sup.lang
    s = style_of(sup)
    w, _ = A4
    m = s.margin
    d = on(rng)
    old = ids_of(sup.name + "/old", lg)
    new = ids_of(sup.name, lg)
    f = sheets(s, sup, sup.name)
    recipient(f, s, sup, company_lines(role_of("ap")), d, [])
    caption_ = tr(
        lg,
        "Change of bank details",
        "Aenderung unserer Bankverbindung",
        "Changement de coordonnees bancaires",
    )
    f.page.text(m, f.y, caption_, s.bold, s.size + 2)
    f.y += 22
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"Please note that with effect from {day(sup, d + timedelta(days=14))} "
            "our bank details have changed. Please update your records and make all "
            "future payments to the new account below.",
            f"bitte beachten Sie, dass sich unsere Bankverbindung mit Wirkung zum "
            f"{day(sup, d + timedelta(days=14))} aendert. Wir bitten Sie, Zahlungen "
            "kuenftig ausschliesslich auf das unten genannte Konto zu leisten.",
            f"Nous vous informons qu'a compter du {day(sup, d + timedelta(days=14))}, nos "
            "coordonnees bancaires changent. Merci d'effectuer desormais vos reglements "
            "sur le compte ci-dessous.",
        ),
    )
    table(
        f,
        columns(m, w - m, [(1.4, "left"), (3, "left"), (3, "left")]),
        [
            "",
            tr(lg, "Old account", "Bisher", "Ancien compte"),
            tr(lg, "New account", "Neu", "Nouveau compte"),
        ],
        [
            [tr(lg, "Bank", "Bank", "Banque"), old.bank, new.bank],
            ["IBAN", old.iban, new.iban],
            ["BIC", old.bic, new.bic],
        ]
        + ([["Sort code / account", uk(old.account), uk(new.account)]] if lg == "en" else []),
        s,
        rules=True,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Payments already scheduled to our old account will be accepted until that date. "
            "To confirm this change you may call our finance department on the number above.",
            "Zahlungen auf das bisherige Konto werden bis zu diesem Datum noch angenommen. Zur "
            "Bestaetigung koennen Sie unsere Buchhaltung unter der obigen Rufnummer erreichen.",
            "Les reglements deja emis sur l'ancien compte seront acceptes jusqu'a cette date. "
            "Notre service comptable se tient a votre disposition pour toute confirmation.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person(keyed_h(sup, "director"), lg),
        tr(lg, "Finance Director", "Geschaeftsfuehrer", "Directeur administratif et financier"),
    )
    if rng.random() < 0.5:
        f.need(40)
        hand(
            f.page,
            m + 10,
            f.y + 10,
            tr(home(), "Verified by phone with ", "Rueckruf bei ", "Contre-appel avec ")
            + person(rng, lg).split()[0]
            + f" {short(d + timedelta(days=3), home())[:5]} - "
            + "".join(t[0] for t in staff("ap").split()),
            10,
        )
    free = f.y if len(f.pages) == 1 else None
    pages = close(f.pages, s, sup)
    received(rng, pages, d + timedelta(days=2), free=free)
    if lg == "fr" and rng.random() < 0.5:
        pages.append(bank_letter(rng, sup))
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_EE: dict[str, Template] = {
    "invoice": tpl_invoice,
    "service_invoice": tpl_service_invoice,
    "freight_invoice": tpl_freight_invoice,
    "credit_note": tpl_credit_note,
    "delivery_note": tpl_delivery_note,
    "goods_received": tpl_grn,
    "purchase_order": tpl_purchase_order,
    "order_confirmation": tpl_order_confirmation,
    "debit_note": tpl_debit_note,
    "statement": tpl_statement,
    "reminder": tpl_reminder,
    "dunning_letter": tpl_dunning,
    "remittance": tpl_remittance,
    "payment_request": tpl_payment_request,
    "utility_bill": tpl_utility_bill,
    "telecom_bill": tpl_telecom_bill,
    "renewal": tpl_renewal,
    "expense_claim": tpl_expense_claim,
    "supplier_form": tpl_supplier_form,
    "bank_change": tpl_bank_change,
}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "invoice",
    "freight_invoice",
    "credit_note",
    "delivery_note",
    "goods_received",
    "remittance",
    "payment_request",
    "reminder",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "purchase_order": "order_confirmation",
    "delivery_note": "goods_received",
    "invoice": "remittance",
    "service_invoice": "remittance",
    "statement": "reminder",
    "reminder": "dunning_letter",
    "goods_received": "debit_note",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tray_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One accounts payable pile: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.5) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    company (country, letterhead, staff, payment month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    OFFICE["lang"] = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["co"] = r.randrange(2)
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.clear()
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_EE, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tray_stream, "templates EE")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

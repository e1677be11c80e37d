"""Creel part of the generated corpus: templates JJ, written blind for the next measurement.

A part of its own, ``creel``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the technical records
office of an aircraft maintenance organisation (a Part-145 maintenance organisation with its
own CAMO, in England, Germany or France) feeds through its scanner: work orders with their task
cards, certificates of release to service (Freigabebescheinigung, APRS), authorised release
certificates for parts (EASA Form 1, FAA Form 8130-3), parts suppliers' invoices and packing
lists, the stores' purchase orders, airworthiness review certificates (EASA Form 15b) with the
review report, technical log sector record pages, component shops' strip reports with photo
sheets, freight forwarders' shipping papers for engines (shipping advice, air waybill, export
declaration), calibration certificates for tools (Kalibrierschein, certificat d'étalonnage),
certification staff authorisations, the authority's audit reports with their finding forms and
the organisation's closure reports, fuel delivery receipts, hangar rental invoices, insurance
certificates, occurrence reports and the authority's letters (CAA, Luftfahrt-Bundesamt, DGAC /
OSAC). Each stream is one organisation's pile: the organisation (country, name, approval
numbers, customers' aircraft, staff, month) is drawn once per stream; its own papers and those
of the airport, the fuel company, the forwarder, the calibration laboratory, the CAMO, the
insurer and the authority are of its country and language; parts suppliers and component
shops are English, German or French and write in their own language. Page sizes range from
narrow fuel tickets and A5 certificates to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the records office files
it: the task cards behind a work order's cover sheet; the review report pages filed with an
airworthiness review certificate (before or after it); the certificate of conformity page and
the terms page of a supplier's invoice; the terms page of a purchase order; the photo sheets and
test sheet of a strip report; the air waybill copy and the export declaration behind a
forwarder's shipping advice; the results and uncertainty pages of a calibration certificate; the
scope page of a staff authorisation; the finding forms behind the authority's audit letter; the
evidence pages (attendance list, revised procedure extract) enclosed with a closure report; the
approval certificate and schedule enclosed with the authority's letter; the movement statement
of a hangar invoice; the aircraft schedule of an insurance certificate; the narrative
continuation of an occurrence report. Related papers are documents of their own: every release
certificate (a Form 1 or 8130-3 behind a packing list or a strip report, a certificate of
release to service after a work order) is filed on its own in the part's or the aircraft's
record; the packing list after an invoice, the invoice after a purchase order, the closure
report after an audit report are documents of their own; each technical log page is a serially
numbered sheet of its own, even when several follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: Form 1s, technical log pages, fuel
receipts, calibration certificates, certificates of release to service, packing lists and
staff authorisations often come 2-4 in a row from one sender with other parts, aircraft,
dates, numbers and amounts; and companions: a packing list is often followed by the Form 1 of
the part it ships (from the part's release organisation), a strip report by the shop's own
Form 1, a work order by its certificate of release to service, a purchase order by the
supplier's invoice, an audit report by the organisation's closure report, a technical log page
by an occurrence report. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "creel"`` and seeds offset by
3_500_000.

Usage: ``python benchmarks/corpus_creel.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/creel/creel_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    bar_width,
    box,
    caption,
    close,
    columns,
    date_text,
    day,
    dear,
    fields,
    fit,
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
    text_block,
    ticks,
    tr,
    wrap,
    write,
)
from corpus_kit import address as window

PART = "creel"
SEED_OFFSET = 3_500_000

MM = 72 / 25.4
TICKET = (82 * MM, 190 * MM)
HALF = (148 * MM, 105 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and country
# ---------------------------------------------------------------------------------------------

# name, street, town, telephone
Row = tuple[str, str, str, str]
SENDERS: dict[str, dict[str, list[Row]]] = {
    "mro": {
        "en": [
            (
                "Fenland Aero Engineering Ltd",
                "Hangar 4, Marshall Way",
                "Cambridge CB5 8RX",
                "01223 370 145",
            ),
            (
                "Solent Aviation Maintenance Ltd",
                "Southampton Airport, Mitchell Way",
                "Eastleigh SO18 2HG",
                "023 8061 2900",
            ),
        ],
        "de": [
            (
                "Rheinland Aero Technik GmbH",
                "Flughafenstraße 95, Halle 3",
                "41066 Mönchengladbach",
                "02161 68 92 0",
            ),
            (
                "Allgäu Flugzeugwartung GmbH",
                "Am Flughafen 35",
                "87766 Memmingerberg",
                "08331 98 44 0",
            ),
        ],
        "fr": [
            (
                "Garonne Aéro Maintenance SAS",
                "Aéroport de Francazal, Hangar H2",
                "31270 Cugnaux",
                "05 61 72 40 10",
            ),
            (
                "Atelier Aéronautique de l'Ouest",
                "Zone aéroportuaire, rue Nungesser",
                "44340 Bouguenais",
                "02 40 84 55 20",
            ),
        ],
    },
    "operator": {
        "en": [
            (
                "Skylark Regional Airways Ltd",
                "Terminal Building, Exeter Airport",
                "Exeter EX5 2BD",
                "01392 367 100",
            ),
            ("Tamar Air Charter Ltd", "Newquay Cornwall Airport", "Newquay TR8 4RQ", ""),
            ("Broadland Flying Services", "Norwich Airport, Liberator Road", "Norwich NR6 6ER", ""),
        ],
        "de": [
            ("Nordsee Regionalflug GmbH", "Flugplatz 1", "26721 Emden", "04921 89 92 0"),
            ("Bavaria Business Jet GmbH", "Flughafenstraße 18", "90411 Nürnberg", ""),
            ("Luftrettung Niederrhein gGmbH", "Am Flugplatz 7", "47589 Uedem", ""),
        ],
        "fr": [
            (
                "Air Armorique Régional",
                "Aéroport de Brest-Bretagne",
                "29490 Guipavas",
                "02 98 32 01 00",
            ),
            (
                "Aquitaine Air Services",
                "Aéroport de Bordeaux-Mérignac, bât. 42",
                "33700 Mérignac",
                "",
            ),
            ("Vendée Aviation Affaires", "Aérodrome des Ajoncs", "85000 La Roche-sur-Yon", ""),
        ],
    },
    "supplier": {
        "en": [
            (
                "Aerospares Direct Ltd",
                "Unit 7, Aviation Park West",
                "Christchurch BH23 6NW",
                "01202 573 300",
            ),
            ("Kingfisher Aviation Supplies", "Gatwick Road", "Crawley RH10 9RZ", "01293 551 880"),
        ],
        "de": [
            ("Hanseatic Aero Parts GmbH", "Hein-Saß-Weg 30", "21129 Hamburg", "040 743 82 10"),
            ("Luftfahrtbedarf Schwaben GmbH", "Flughafenstraße 32", "70629 Stuttgart", ""),
        ],
        "fr": [
            (
                "Aéro Pièces Distribution SARL",
                "7 avenue Didier Daurat",
                "31700 Blagnac",
                "05 34 60 21 90",
            ),
            ("Sud Avia Stock", "Zone d'activités de l'Aéroport", "13700 Marignane", ""),
        ],
    },
    "shop": {
        "en": [
            (
                "Wessex Component Overhaul Ltd",
                "Thruxton Aerodrome",
                "Andover SP11 8PW",
                "01264 772 410",
            ),
            (
                "Staverton Avionics Repair Centre",
                "Gloucestershire Airport",
                "Cheltenham GL51 6SP",
                "",
            ),
        ],
        "de": [
            (
                "Hydraulik Instandsetzung Lüneburg GmbH",
                "Zum Flugplatz 4",
                "21339 Lüneburg",
                "04131 2 44 90",
            ),
            ("Avionik Werkstatt Egelsbach GmbH", "Flugplatzstraße 12", "63329 Egelsbach", ""),
        ],
        "fr": [
            (
                "Ateliers Hélices et Trains SAS",
                "ZI de la Croix Verte",
                "49070 Beaucouzé",
                "02 41 73 18 60",
            ),
            ("Électro-Aéro Réparations", "12 rue Clément Ader", "64140 Lons", ""),
        ],
    },
    "forwarder": {
        "en": [
            (
                "Skyway Freight Forwarding Ltd",
                "Cargo Centre, Shoreham Road East",
                "Heathrow TW6 3UA",
                "020 8897 5544",
            )
        ],
        "de": [
            (
                "Spedition Brückner Air Cargo GmbH",
                "Cargo City Süd, Geb. 558",
                "60549 Frankfurt am Main",
                "069 690 7 33 0",
            )
        ],
        "fr": [
            (
                "Roissy Fret Express Transit",
                "Zone de fret 4, rue du Té",
                "95700 Roissy-en-France",
                "01 48 62 77 30",
            )
        ],
    },
    "callab": {
        "en": [
            (
                "Midland Calibration Services Ltd",
                "Unit 12, Pegasus Court",
                "East Midlands Airport DE74 2TZ",
                "01332 811 460",
            )
        ],
        "de": [("Kalibrierdienst Weser GmbH", "Am Fallturm 9", "28359 Bremen", "0421 22 08 60")],
        "fr": [
            (
                "Étalonnage Métrologie Sud-Ouest",
                "15 rue Marcel Dassault",
                "33700 Mérignac",
                "05 56 34 90 12",
            )
        ],
    },
    "regulator": {
        "en": [
            (
                "Civil Aviation Authority",
                "Aviation House, Beehive Ring Road",
                "Crawley RH6 0YR",
                "0330 022 1500",
            )
        ],
        "de": [
            ("Luftfahrt-Bundesamt", "Hermann-Blenk-Straße 26", "38108 Braunschweig", "0531 2355 0")
        ],
        "fr": [
            (
                "Organisme pour la Sécurité de l'Aviation Civile",
                "Aéroport du Bourget",
                "93350 Le Bourget",
                "01 49 92 70 00",
            )
        ],
    },
    "airport": {
        "en": [
            (
                "Fenmarsh Airport Operations Ltd",
                "Airport House, Newmarket Road",
                "Cambridge CB5 8RX",
                "01223 373 737",
            )
        ],
        "de": [
            (
                "Flughafen Niederrhein Betriebs GmbH",
                "Flughafenring 60",
                "41066 Mönchengladbach",
                "02161 68 90",
            )
        ],
        "fr": [
            (
                "Exploitation Aéroport de Francazal",
                "Route de Seysses",
                "31270 Cugnaux",
                "05 61 72 40 00",
            )
        ],
    },
    "fuel": {
        "en": [("Wyvern Aviation Fuels Ltd", "Fuel Farm, Airside Road", "Exeter EX5 2LJ", "")],
        "de": [("Aero Tankdienst Rhein GmbH", "Tanklager Nord", "41066 Mönchengladbach", "")],
        "fr": [("Avitaillement Sud Aviation", "Dépôt pétrolier, zone fret", "31700 Blagnac", "")],
    },
    "insurer": {
        "en": [
            (
                "Thameside Aviation Insurance Brokers Ltd",
                "40 Lime Street",
                "London EC3M 7AW",
                "020 7283 4410",
            )
        ],
        "de": [
            (
                "Deutscher Luftfahrt-Versicherungsdienst GmbH",
                "Königsallee 61",
                "40212 Düsseldorf",
                "0211 86 22 70",
            )
        ],
        "fr": [
            ("Aéro Assurances Courtage SA", "18 rue de Londres", "75009 Paris", "01 42 85 60 30")
        ],
    },
    "camo": {
        "en": [
            (
                "Horizon Continuing Airworthiness Ltd",
                "Building 210, Bournemouth Airport",
                "Christchurch BH23 6SE",
                "01202 364 800",
            )
        ],
        "de": [
            (
                "CAMO Nord Lufttüchtigkeit GmbH",
                "Lilienthalplatz 3",
                "38108 Braunschweig",
                "0531 38 76 10",
            )
        ],
        "fr": [
            (
                "Navigabilité Conseil Aéro SAS",
                "3 allée Louis Blériot",
                "31700 Blagnac",
                "05 62 11 43 80",
            )
        ],
    },
}
#: Roles whose senders come from any of the three countries (they write in their own language).
ABROAD = ("supplier", "shop")
NO_FOOT = ("regulator",)

FIRSTS = {
    "en": [
        "Gareth",
        "Helen",
        "Craig",
        "Joanne",
        "Stuart",
        "Priya",
        "Martin",
        "Leanne",
        "Ian",
        "Rachel",
        "Neil",
        "Amir",
        "Colin",
        "Fiona",
        "Dean",
        "Sophie",
    ],
    "de": [
        "Jürgen",
        "Katrin",
        "Holger",
        "Sandra",
        "Uwe",
        "Melanie",
        "Dirk",
        "Anke",
        "Stefan",
        "Yvonne",
        "Marco",
        "Tobias",
        "Heike",
        "Ralf",
    ],
    "fr": [
        "Thierry",
        "Sandrine",
        "Laurent",
        "Nathalie",
        "Pascal",
        "Céline",
        "Olivier",
        "Virginie",
        "Franck",
        "Audrey",
        "Mickaël",
        "Stéphanie",
        "Hervé",
        "Karine",
    ],
}
LASTS = {
    "en": [
        "Pearce",
        "Whitlock",
        "Naylor",
        "Okonkwo",
        "Hartley",
        "Bramwell",
        "Fairclough",
        "Dhillon",
        "Rowntree",
        "McAllister",
        "Tennant",
        "Kowalski",
        "Ashby",
        "Greenhalgh",
    ],
    "de": [
        "Brandes",
        "Kötter",
        "Weidemann",
        "Ostermann",
        "Schäfer",
        "Hülsmann",
        "Lindner",
        "Reimers",
        "Yilmaz",
        "Bauer",
        "Tiedemann",
        "Kaminski",
        "Vogt",
        "Sievers",
    ],
    "fr": [
        "Lacombe",
        "Barthe",
        "Delmas",
        "Marchand",
        "Peyrot",
        "Garnier",
        "Fabre",
        "Cazals",
        "Roussel",
        "Lemoine",
        "Bensaïd",
        "Carrère",
        "Dupuy",
        "Vidal",
    ],
}
FEMALE = {
    "Helen",
    "Joanne",
    "Priya",
    "Leanne",
    "Rachel",
    "Fiona",
    "Sophie",
    "Katrin",
    "Sandra",
    "Melanie",
    "Anke",
    "Yvonne",
    "Heike",
    "Sandrine",
    "Nathalie",
    "Céline",
    "Virginie",
    "Audrey",
    "Stéphanie",
    "Karine",
}

# manufacturer, designation, engine, engines, seats (0: private), size class
TYPES = [
    ("ATR", "ATR 72-212A (600)", "PW127M", 2, "A"),
    ("De Havilland Canada", "DHC-8-402", "PW150A", 2, "A"),
    ("Pilatus Aircraft", "PC-12/47E", "PT6A-67P", 1, "C"),
    ("Textron Aviation", "560XL Citation XLS+", "PW545C", 2, "C"),
    ("Textron Aviation", "B200 King Air", "PT6A-42", 2, "C"),
    ("Embraer", "ERJ 190-100 STD", "CF34-10E5", 2, "A"),
    ("Britten-Norman", "BN2B-20 Islander", "O-540-E4C5", 2, "G"),
    ("Diamond Aircraft", "DA 42 NG", "AE 300", 2, "G"),
]


@dataclass
class Plane:
    reg: str
    maker: str
    model: str
    engine: str
    engines: int
    msn: str
    hours: int
    cycles: int
    year: int


def reg_of(r: random.Random, lang: str, cls: str) -> str:
    if lang == "de":
        first = {"A": "A", "C": "C", "G": "G"}[cls]
        return "D-" + first + "".join(chr(65 + r.randint(0, 25)) for _ in range(3))
    if lang == "fr":
        return "F-" + r.choice("GH") + "".join(chr(65 + r.randint(0, 25)) for _ in range(3))
    return "G-" + "".join(chr(65 + r.randint(0, 25)) for _ in range(4))


def a_plane(r: random.Random, lang: str) -> Plane:
    maker, model, engine, engines, cls = r.choice(TYPES)
    year = r.randint(1998, 2021)
    age = 2025 - year
    return Plane(
        reg=reg_of(r, lang, cls),
        maker=maker,
        model=model,
        engine=engine,
        engines=engines,
        msn=str(r.randint(100, 1999)) if cls != "A" else str(r.randint(700, 19000)),
        hours=age * r.randint(300, 1900) + r.randint(0, 999),
        cycles=age * r.randint(250, 1500),
        year=year,
    )


OFFICE: dict[str, object] = {
    "lang": "en",
    "mro": 0,
    "seed": 0,
    "month": date(2025, 3, 1),
    "fleet": [],
    "approval": "",
    "camo": "",
}
#: What the previous document was about (a companion takes up the same aircraft and part).
LAST: dict[str, object] = {"kind": "", "plane": None, "part": None, "day": None, "ref": ""}


def home() -> str:
    return str(OFFICE["lang"])


def fleet() -> list[Plane]:
    return OFFICE["fleet"]  # type: ignore[return-value]


def on(rng: random.Random, lo: int = -90, hi: int = 25) -> date:
    """A day near the stream's month."""
    base: date = OFFICE["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"creel/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def the_plane(rng: random.Random, after: tuple[str, ...] = ()) -> Plane:
    """The aircraft of the previous document if it was one of ``after``, else any."""
    p = LAST["plane"]
    if LAST["kind"] in after and isinstance(p, Plane):
        return p
    return rng.choice(fleet())


def the_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(plane: Plane | None, d: date, part: object = None, ref: str = "") -> None:
    LAST.update(plane=plane, day=d, part=part, ref=ref)


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def titled(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        first, last = name.split(" ", 1)
        return f"{'Madame' if female else 'Monsieur'} {first} {last.upper()}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def cash(v: float, cur: str, lang: str) -> str:
    if cur == "GBP":
        return f"£{money(v, lang)}"
    if cur == "USD":
        return f"USD {money(v, lang)}"
    return f"{money(v, lang)} EUR"


TALK = {
    "en": {
        "maint": "aircraft inspection task card defect rectified torque panel installed "
        "removed serviceable maintenance manual reference check leak test tooling "
        "airworthiness release component certifying staff",
        "quality": "procedure exposition finding corrective action root cause audit training "
        "authorisation competence records compliance surveillance occurrence "
        "personnel approval holder tooling control",
        "trade": "order shipment delivery invoice payment parts certificate traceability "
        "condition quotation exchange core warranty carriage account",
    },
    "de": {
        "maint": "Luftfahrzeug Inspektion Arbeitskarte Beanstandung behoben Drehmoment "
        "Verkleidung eingebaut ausgebaut lufttüchtig Instandhaltungshandbuch Prüfung "
        "Dichtheit Werkzeug Freigabe Bauteil freigabeberechtigtes Personal",
        "quality": "Verfahren Handbuch Beanstandung Abstellmaßnahme Ursache Audit Schulung "
        "Berechtigung Kompetenz Aufzeichnungen Einhaltung Aufsicht Ereignis Genehmigung "
        "Personal Werkzeugüberwachung",
        "trade": "Bestellung Sendung Lieferung Rechnung Zahlung Teile Zertifikat "
        "Rückverfolgbarkeit Zustand Angebot Austausch Altteil Gewährleistung Fracht Konto",
    },
    "fr": {
        "maint": "aéronef inspection carte de travail défaut rectifié couple panneau "
        "installé déposé en état de service manuel de maintenance vérification fuite "
        "outillage navigabilité approbation équipement personnel habilité",
        "quality": "procédure manuel constat action corrective cause audit formation "
        "habilitation compétence enregistrements conformité surveillance événement "
        "agrément personnel outillage",
        "trade": "commande expédition livraison facture paiement pièces certificat "
        "traçabilité état devis échange retour garantie transport compte",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are was will be the a as",
    "de": "die der das und zu für mit auf von ist sind wurde wird bei nach den dem im",
    "fr": "le la les et de du pour avec sur par est sont a été sera au aux des une",
}


def words(rng: random.Random, lang: str, topic: str = "maint", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "maint", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


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
    look: str  # tail | band | centred | split | rule | framed | stripe
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    approval: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i} of {n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
PREFIX = {"en": "UK", "de": "DE", "fr": "FR"}


def approval_of(r: random.Random, lang: str, role: str) -> str:
    """The sender's approval reference as printed on its paper."""
    if role in ("mro", "shop"):
        return f"{PREFIX[lang]}.145.{r.randint(40, 1499):04d}"
    if role == "camo":
        return f"{PREFIX[lang]}.CAMO.{r.randint(10, 699):04d}"
    if role == "callab":
        return {
            "en": f"UKAS {r.randint(100, 9999):04d}",
            "de": f"D-K-{r.randint(15000, 19999)}-01-00",
            "fr": f"COFRAC 2-{r.randint(1000, 6999)}",
        }[lang]
    if role == "supplier":
        return r.choice(["EN 9120:2018", "ASA-100", "EN 9120 / ISO 9001"])
    return ""


def legal_lines(r: random.Random, h: Head) -> list[str]:
    lang, name, town = h.lang, h.name, h.town
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    appr = {
        "mro": tr(lang, "EASA Part-145 approval ", "Genehmigung Part-145 ", "Agrément Part-145 "),
        "shop": tr(lang, "Part-145 approval ", "Genehmigung Part-145 ", "Agrément Part-145 "),
        "camo": tr(lang, "Part-CAMO approval ", "Genehmigung Part-CAMO ", "Agrément Part-CAMO "),
        "callab": tr(lang, "Accredited laboratory ", "Akkreditiert ", "Accréditation "),
        "supplier": tr(lang, "Quality system ", "QM-System ", "Système qualité "),
    }.get(h.role, "")
    if lang == "de":
        out = [
            f"{name} - Sitz {place} - Amtsgericht {place.split()[0]} HRB {r.randint(1000, 99999)}"
            f" - Geschäftsführer: {person(r, 'de')}",
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank', 'Deutsche Bank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
    elif lang == "fr":
        out = [
            f"{name} - {r.choice(['SAS', 'SARL', 'SA'])} au capital de {r.randint(10, 900)} 000 "
            f"EUR - RCS {place} {r.randint(300, 899)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} - TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
    else:
        line = f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"
        if r.random() < 0.7:
            line += f" - VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} "
            line += f"{r.randint(10, 99)}"
        out = [line]
    if appr and h.approval:
        out.insert(0, appr + h.approval)
    return out


def make_head(row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None) -> Head:
    name, street, town, phone = row
    font, bold = r.choice(FACES if role != "regulator" else FACES[:1])
    h = Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(looks or ["tail", "band", "centred", "split", "rule", "framed", "stripe"]),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=[],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        approval=approval_of(r, lang, role),
    )
    if role == "mro":
        h.approval = str(OFFICE["approval"])
    if role not in NO_FOOT and r.random() < 0.75:
        h.foot = legal_lines(r, h)
    return h


def lang_of(who: Issuer, role: str) -> str:
    """The sender's country: the organisation's, or for suppliers and shops any of three."""
    if role in ABROAD:
        r = keyed(who, "abroad")
        if r.random() < 0.5:
            return r.choice(["en", "de", "fr"])
    return home()


def mro_head() -> Head:
    """The organisation itself: the same paper throughout the stream."""
    lang = home()
    row = SENDERS["mro"][lang][int(OFFICE["mro"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"creel/mro/{OFFICE['seed']}".encode()))
    return make_head(row, lang, "mro", r, ["tail", "split", "rule", "stripe"])


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    if role == "mro":
        return mro_head()
    lang = lang_of(who, role)
    r = keyed(who, role)
    return make_head(r.choice(SENDERS[role][lang]), lang, role, r, looks)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"creel/style/{h.name}".encode()))
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or (r.choice([9, 9.5, 10, 10.5]) if h.font != "Courier" else 9),
        margin=margin or r.choice([46, 52, 58, 64]),
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def tail_fin(p: Page, x: float, y: float, k: float) -> None:
    """A small tail-fin mark: a swept fin over a bar."""
    p.line(x, y + 14 * k, x + 9 * k, y - 12 * k)
    p.line(x + 9 * k, y - 12 * k, x + 17 * k, y - 12 * k)
    p.line(x + 17 * k, y - 12 * k, x + 15 * k, y + 14 * k)
    p.rect(x - 3 * k, y + 14 * k, 24 * k, 3 * k, fill=0.1)


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "tail":
        tail_fin(p, m + 2, y - 2, 1.0)
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m - 34)
        p.text(m + 32, y + 2, h.name, s.bold, pt)
        p.text(
            m + 32, y + 13, fit(f"{where}   {tel}".strip(), s.font, 7, w - 2 * m - 34), s.font, 7
        )
        if h.approval:
            p.text(w - m, y - 8, h.approval, s.font, 6.5, "right")
        return y + 40
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.86)
        pt = shrink(h.name, s.bold, s.size + 3, w * 0.55)
        p.text(m, y + 3, h.name, s.bold, pt)
        p.text(w - m, y - 2, fit(where, s.font, 6.5, w * 0.38), s.font, 6.5, "right")
        if tel:
            p.text(w - m, y + 6, tel, s.font, 6.5, "right")
        return y + 42
    if h.look == "centred":
        pt = shrink(h.name.upper(), s.bold, s.size + 3, w - 2 * m)
        p.text(w / 2, y + 2, h.name.upper(), s.bold, pt, "center")
        p.text(
            w / 2,
            y + 13,
            fit(f"{where} - {tel}".strip(" -"), s.font, 7, w - 2 * m),
            s.font,
            7,
            "center",
        )
        p.line(m, y + 19, w - m, y + 19)
        p.line(m, y + 21, w - m, y + 21)
        return y + 42
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        yy = y - 4
        for t in (h.street, h.town, tel, h.approval):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        return max(yy, y + 12) + 22
    if h.look == "rule":
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.rect(m, y + 9, w - 2 * m, 1.6, fill=0.0)
        p.text(m, y + 19, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7)
        return y + 42
    if h.look == "stripe":
        p.line(m, y - 12, w - m, y - 12)
        p.text(m, y + 1, fit(h.name.upper(), s.bold, s.size + 1, w * 0.6), s.bold, s.size + 1)
        p.text(w - m, y + 1, fit(h.town, s.font, 7.5, w * 0.3), s.font, 7.5, "right")
        p.line(m, y + 6, w - m, y + 6)
        p.text(m, y + 15, fit(f"{h.street}  {tel}".strip(), s.font, 6.5, w - 2 * m), s.font, 6.5)
        return y + 38
    bw = min(w - 2 * m, 250.0)
    p.rect(m, y - 12, bw, 40)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if tel:
        p.text(m + 6, y + 23, tel, s.font, 7)
    return y + 46


class Sheets(Flow):
    line = 1.35
    para_gap = 0.8
    head_lead = 0.7
    head_after = 1.5


def sheets(s: Style, h: Head, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top else s.margin - 6
        if h.again and top:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 6, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A signature: the name's initial and surname in a slanted hand, a stroke under it."""
    first, *_, last = name.split()
    text = f"{first[0]}{last[:6].lower()}"
    p.text(x + 2, y - 3, text, INK, pt)
    span = 8 + len(text) * pt * 0.38
    p.line(x, y, x + span * 0.6, y + 2)
    p.line(x + span * 0.6, y + 2, x + span, y - 5)


def auth_stamp(p: Page, x: float, y: float, code: str, lang: str) -> None:
    """A certifying staff member's personal stamp: an octagon with the stamp number."""
    r, k = 15.0, 6.2
    pts = [
        (x - k, y - r),
        (x + k, y - r),
        (x + r, y - k),
        (x + r, y + k),
        (x + k, y + r),
        (x - k, y + r),
        (x - r, y + k),
        (x - r, y - k),
    ]
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
        p.line(x1, y1, x2, y2)
    p.text(x, y - 2, tr(lang, "CRS", "FRG", "APRS"), "Helvetica-Bold", 5.5, "center")
    p.text(x, y + 6, code, "Helvetica-Bold", 6.5, "center")


def got(lang: str, d: date, who: str = "") -> list[str]:
    return [
        tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
        short(d, lang),
        who or tr(lang, "Tech Records", "Technische Dokumentation", "Documentation technique"),
    ]


def received(rng: random.Random, p: Page, d: date, odds: float = 0.4) -> None:
    """Now and then the records office's received stamp, in the organisation's language."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(165, 220),
            rng.uniform(95, 165),
            got(home(), d + timedelta(days=rng.randint(1, 6))),
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("split", "band", "stripe") else None, y0, lines)
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [*refs, (tr(h.lang, "Date", "Datum", "Date"), day(h, d))],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 18


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "Yours faithfully"][len(name) % 3],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        ),
        s.font,
        s.size,
    )
    f.y += 30
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"creel/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return person(r, h.lang)


def stamp_no(name: str) -> str:
    """A certifying staff member's stamp number, fixed by name within the stream."""
    r = random.Random(zlib.crc32(f"creel/stampno/{name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(['Q', 'C', 'B', 'QA'])}{r.randint(1, 89):02d}"


def mro_lines(att: str = "") -> list[str]:
    h = mro_head()
    out = [h.name]
    if att:
        out.append(att)
    return [*out, h.street, h.town]


def plane_pairs(a: Plane, lang: str) -> list[tuple[str, str]]:
    return [
        (tr(lang, "Registration", "Kennzeichen", "Immatriculation"), a.reg),
        (tr(lang, "Type", "Muster", "Type"), a.model),
        (tr(lang, "MSN", "Werk-Nr.", "N° de série"), a.msn),
    ]


def ruled(
    p: Page,
    x: float,
    y: float,
    w: float,
    n: int,
    rng: random.Random,
    lang: str,
    fill: float = 0.6,
    gap: float = 16,
    topic: str = "maint",
) -> float:
    """``n`` ruled lines, some written on by hand; the y below."""
    for _ in range(n):
        if rng.random() < fill:
            p.text(
                x + 3, y, fit(words(rng, lang, topic, rng.randint(5, 10)), HAND, 9, w - 6), HAND, 9
            )
        p.line(x, y + 4, x + w, y + 4)
        y += gap
    return y


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str, cols: int
) -> Page:
    """A page of numbered conditions in ``cols`` columns of small print."""
    lg = h.lang
    p = Page(s0.page_size)
    w, hh = s0.page_size
    m = min(s0.margin, 44)
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    p.text(w / 2, m, title, s0.bold, 9, "center")
    k = 0
    col_h = hh - 2 * m - 50
    per_head = col_h * cols / len(heads)
    for c in range(cols):
        x = m + c * (cw + gap)
        y = m + 20
        while k < len(heads) and y < hh - m - 40:
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s0.bold, 7, cw), s0.bold, 7)
            y += 9
            limit = y + per_head - 14
            sub = 1
            while y < limit and y < hh - m - 30:
                text = f"{k + 1}.{sub} " + prose(rng, lg, topic, 2, 3)
                for ln in wrap(text, s0.font, 6.3, cw):
                    if y > hh - m - 30:
                        break
                    p.text(x, y, ln, s0.font, 6.3)
                    y += 7.6
                y += 2
                sub += 1
            y += 4
            k += 1
    return p


# ---------------------------------------------------------------------------------------------
# Parts, conditions, certificates
# ---------------------------------------------------------------------------------------------

# English, German, French description, ATA chapter, part number mask, list price range
PARTS = [
    (
        "Starter generator",
        "Anlasser-Generator",
        "Démarreur-génératrice",
        "24",
        "23078-0AA",
        (6000, 21000),
    ),
    ("Main wheel assembly", "Hauptradbaugruppe", "Roue principale", "32", "3-1576-9", (900, 4200)),
    ("Brake assembly", "Bremsbaugruppe", "Ensemble frein", "32", "2-1577-99", (2100, 9800)),
    (
        "Fuel boost pump",
        "Kraftstoff-Förderpumpe",
        "Pompe de gavage carburant",
        "28",
        "1C12-99",
        (1800, 7400),
    ),
    (
        "Hydraulic pump, engine driven",
        "Hydraulikpumpe, triebwerksgetrieben",
        "Pompe hydraulique entraînée moteur",
        "29",
        "88999-A",
        (5200, 18800),
    ),
    (
        "Propeller governor",
        "Propellerregler",
        "Régulateur d'hélice",
        "61",
        "8210-999",
        (3100, 9900),
    ),
    (
        "Air cycle machine",
        "Kaltluftturbine",
        "Turbo-réfrigérateur",
        "21",
        "2206999-9",
        (8800, 31000),
    ),
    ("Flap actuator", "Klappenantrieb", "Vérin de volet", "27", "D23189000-9", (2600, 12400)),
    (
        "VHF COM transceiver",
        "VHF-Funkgerät",
        "Émetteur-récepteur VHF",
        "23",
        "822-1468-999",
        (3900, 11800),
    ),
    (
        "Emergency locator transmitter",
        "Notsender (ELT)",
        "Balise de détresse (ELT)",
        "25",
        "453-5999",
        (1100, 3600),
    ),
    (
        "Pitot-static probe",
        "Pitot-Statik-Sonde",
        "Sonde pitot-statique",
        "34",
        "0851HT9",
        (1400, 6200),
    ),
    (
        "Main ship battery 24V",
        "Bordbatterie 24V",
        "Batterie de bord 24V",
        "24",
        "F20/27H",
        (1900, 4800),
    ),
    ("Oil cooler", "Ölkühler", "Radiateur d'huile", "79", "3075600-9A", (2400, 8600)),
    (
        "Fuel control unit",
        "Kraftstoffregler",
        "Régulateur carburant",
        "73",
        "3244788-99",
        (9800, 42000),
    ),
    (
        "Nose gear shock strut",
        "Bugfahrwerksfederbein",
        "Amortisseur de train avant",
        "32",
        "D23910000-9",
        (7600, 26000),
    ),
    (
        "Windshield heat controller",
        "Scheibenheizungsregler",
        "Régulateur dégivrage pare-brise",
        "30",
        "9-1092-9",
        (800, 2900),
    ),
    (
        "Fire extinguisher bottle",
        "Feuerlöschbehälter",
        "Extincteur moteur",
        "26",
        "33600999",
        (1200, 3900),
    ),
    (
        "Attitude heading reference unit",
        "Lage- und Kursreferenzeinheit",
        "Centrale de cap et d'attitude",
        "34",
        "AHC-3000-99",
        (14000, 38000),
    ),
]
#: Stock items that fill a supplier's invoice around the rotable.
CONSUMABLES = [
    ("Sealant PR-1422 B2, 1/2 pint kit", "EA", (38, 95)),
    ("O-ring MS29513-235", "EA", (1, 4)),
    ("Lockwire MS20995C32, 1 lb", "RL", (22, 48)),
    ("Hydraulic filter element 01-0459", "EA", (60, 180)),
    ("Turbine oil Aeroshell 560, 1 US qt", "QT", (14, 24)),
    ("Skydrol LD-4, 1 US gal", "GL", (110, 190)),
    ("Cotter pin MS24665-132", "EA", (1, 3)),
    ("Self-locking nut NAS1291-3", "EA", (1, 6)),
    ("Packing AS3209-012", "EA", (1, 5)),
    ("Grease Aeroshell 33, 3 kg", "TN", (80, 160)),
    ("Corrosion inhibitor ACF-50, 13 oz", "EA", (18, 30)),
    ("Tyre 22x6.75-10 10PR", "EA", (320, 780)),
    ("Inner tube 6.00-6", "EA", (60, 140)),
    ("Brake lining kit 066-10600", "KT", (240, 620)),
]
COND = ["NE", "NS", "OH", "SV", "RP", "AR"]
COND_NAME = {
    "NE": ("New", "Neu", "Neuf"),
    "NS": ("New surplus", "Neu (Überbestand)", "Neuf surplus"),
    "OH": ("Overhauled", "Überholt", "Révisé"),
    "SV": ("Serviceable", "Lufttüchtig", "En état de service"),
    "RP": ("Repaired", "Repariert", "Réparé"),
    "AR": ("As removed", "Wie ausgebaut", "Tel que déposé"),
}
STATUS_WORK = {
    "NE": ("NEW", "NEU", "NEUF"),
    "OH": ("OVERHAULED", "ÜBERHOLT", "RÉVISÉ"),
    "RP": ("REPAIRED", "REPARIERT", "RÉPARÉ"),
    "SV": ("INSPECTED/TESTED", "GEPRÜFT", "INSPECTÉ/ESSAYÉ"),
    "NS": ("NEW", "NEU", "NEUF"),
    "AR": ("INSPECTED/TESTED", "GEPRÜFT", "INSPECTÉ/ESSAYÉ"),
}
LX = {"en": 0, "de": 1, "fr": 2}


@dataclass
class Part:
    name: tuple[str, str, str]
    ata: str
    pn: str
    sn: str
    price: float
    cond: str


def a_part(r: random.Random) -> Part:
    en, de, fr, ata, mask, (lo, hi) = r.choice(PARTS)
    return Part(
        name=(en, de, fr),
        ata=ata,
        pn=serial(r, mask),
        sn=serial(r, r.choice(["AA99999", "9999", "99-9999", "AAA9999", "9999999"])),
        price=round(r.uniform(lo, hi), -1),
        cond=r.choice(["OH", "OH", "RP", "SV", "NE", "NS"]),
    )


def the_part(rng: random.Random, after: tuple[str, ...] = ()) -> Part:
    p = LAST["part"]
    if LAST["kind"] in after and isinstance(p, Part):
        return p
    return a_part(rng)


def pname(part: Part, lang: str) -> str:
    return part.name[LX[lang]]


# ---------------------------------------------------------------------------------------------
# Templates JJ: certificates
# ---------------------------------------------------------------------------------------------

AUTHORITY = {
    "en": "UNITED KINGDOM - CAA",
    "de": "GERMANY / DEUTSCHLAND - LBA",
    "fr": "FRANCE - DGAC",
}


def grid_box(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    cap: str,
    val: str = "",
    font: str = "Helvetica",
    pt: float = 8.5,
) -> None:
    """A form block: the numbered caption at its top left, the entry typed below."""
    p.rect(x, y, w, h)
    p.text(x + 3, y + 7, fit(cap, "Helvetica", 5.8, w - 6), "Helvetica", 5.8)
    if val:
        p.text(x + 5, y + min(h - 5, 19), fit(val, font, pt, w - 10), font, pt)


def tpl_release_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """An authorised release certificate for one part: the EASA Form 1 (bilingual for German
    and French organisations, the UK CAA Form 1 in England) or now and then the FAA Form 8130-3
    an English repair station issues as a foreign repair station; numbered blocks 1-14, the
    remarks block and the release statement with the signature."""
    h = head_of(who, "shop")
    lg = h.lang
    faa = lg == "en" and keyed(who, "faa").random() < 0.3
    size = LETTER if faa and rng.random() < 0.6 else A4
    w, hh = size
    m = 30.0
    part = the_part(rng, ("packing_list", "shop_report"))
    d = the_day(rng, ("packing_list", "shop_report"), (-6, 0))
    p = Page(size)
    x1 = w - m
    y = m
    col = (x1 - m) / 3
    if faa:
        grid_box(
            p,
            m,
            y,
            col,
            44,
            "1. Approving Civil Aviation Authority/Country:",
            "FAA / United States",
        )
        p.rect(m + col, y, col, 44)
        p.text(
            m + col * 1.5,
            y + 14,
            "2. AUTHORIZED RELEASE CERTIFICATE",
            "Helvetica-Bold",
            8,
            "center",
        )
        p.text(m + col * 1.5, y + 25, "FAA Form 8130-3,", "Helvetica-Bold", 8, "center")
        p.text(m + col * 1.5, y + 36, "AIRWORTHINESS APPROVAL TAG", "Helvetica-Bold", 7.5, "center")
    else:
        grid_box(
            p,
            m,
            y,
            col,
            44,
            tr(
                lg,
                "1. Approving Competent Authority/Country",
                "1. Zuständige Behörde/Land / Approving Competent Authority",
                "1. Autorité compétente/Pays / Approving Competent Authority",
            ),
            AUTHORITY[lg],
        )
        p.rect(m + col, y, col, 44)
        title2 = tr(
            lg,
            "AUTHORISED RELEASE CERTIFICATE",
            "FREIGABEBESCHEINIGUNG",
            "CERTIFICAT AUTORISÉ DE REMISE EN SERVICE",
        )
        p.text(m + col * 1.5, y + 13, "2.", "Helvetica", 6, "center")
        p.text(
            m + col * 1.5,
            y + 24,
            fit(title2, "Helvetica-Bold", 8, col - 8),
            "Helvetica-Bold",
            8,
            "center",
        )
        sub = "CAA FORM 1" if lg == "en" else "EASA FORM 1"
        if lg != "en":
            p.text(
                m + col * 1.5, y + 33, "AUTHORISED RELEASE CERTIFICATE", "Helvetica", 6, "center"
            )
        p.text(m + col * 1.5, y + 41, sub, "Helvetica-Bold", 8, "center")
    track = serial(rng, keyed(who, "trackmask").choice(["99999", "AA-99999", "F1-999999"]))
    grid_box(
        p,
        m + 2 * col,
        y,
        col,
        44,
        tr(
            lg,
            "3. Form Tracking Number",
            "3. Formular-Nr. / Form Tracking Number",
            "3. N° de suivi / Form Tracking Number",
        ),
        track,
        "Helvetica-Bold",
        10,
    )
    y += 44
    addr = f"{h.name}, {h.street}, {h.town}"
    p.rect(m, y, col * 2, 52)
    p.text(
        m + 3,
        y + 7,
        tr(
            lg,
            "4. Approved Organisation Name and Address:",
            "4. Name und Anschrift des Betriebs / Organisation Name and Address",
            "4. Nom et adresse de l'organisme / Organisation Name and Address",
        ),
        "Helvetica",
        5.8,
    )
    yy = y + 20
    for ln in wrap(addr, "Helvetica", 8.5, col * 2 - 12)[:3]:
        p.text(m + 6, yy, ln, "Helvetica", 8.5)
        yy += 10
    p.text(
        m + 6,
        y + 48,
        f"{h.approval}" + (f"   FAA {serial(keyed(who, 'faano'), 'A9AA999A')}" if faa else ""),
        "Helvetica-Bold",
        7.5,
    )
    wo = serial(rng, rng.choice(["WO 99999", "SO-999999", "99999/9"]))
    grid_box(
        p,
        m + 2 * col,
        y,
        col,
        52,
        tr(
            lg,
            "5. Work Order/Contract/Invoice",
            "5. Arbeitsauftrag/Vertrag/Rechnung",
            "5. Ordre de travail/Contrat/Facture",
        ),
        wo,
    )
    y += 52
    heads = [
        ("6. Item", 0.5),
        ("7. Description", 2.0),
        ("8. Part No.", 1.5),
        ("9. Qty.", 0.5),
        ("10. Serial No.", 1.2),
        ("11. Status/Work", 1.3),
    ]
    tot = sum(k for _, k in heads)
    x = m
    desc = part.name[0].upper() if faa or lg == "en" else pname(part, lg).upper()
    cond = part.cond if part.cond in ("OH", "RP", "SV") else "SV"
    status = STATUS_WORK[cond][0 if faa else LX[lg]]
    vals = ["1", desc, part.pn, "1", part.sn, status]
    for (cap, k), v in zip(heads, vals, strict=True):
        cw = (x1 - m) * k / tot
        p.rect(x, y, cw, 92)
        p.text(x + 3, y + 7, fit(cap, "Helvetica", 5.8, cw - 6), "Helvetica", 5.8)
        for j, ln in enumerate(wrap(v, "Courier", 8, cw - 8)[:3]):
            p.text(x + 4, y + 24 + 10 * j, ln, "Courier", 8)
        x += cw
    y += 92
    p.rect(m, y, x1 - m, 190)
    p.text(
        m + 3,
        y + 7,
        tr(lg, "12. Remarks", "12. Bemerkungen / Remarks", "12. Observations / Remarks"),
        "Helvetica",
        5.8,
    )
    cmm = f"CMM {part.ata}-{rng.randint(10, 60)}-{rng.randint(1, 99):02d}"
    remark = {
        "OH": f"Overhauled IAW {cmm} Rev {rng.randint(2, 31)}.",
        "RP": f"Repaired IAW {cmm} Rev {rng.randint(2, 31)}. See shop report {wo}.",
        "SV": f"Inspected and tested IAW {cmm}. No faults found.",
    }[cond]
    lines = [remark]
    if rng.random() < 0.6:
        lines.append(
            "AD/SB status: "
            + rng.choice(
                [
                    "all applicable ADs complied with",
                    f"SB {serial(rng, '99-9999')} incorporated",
                    "no applicable ADs",
                ]
            )
            + "."
        )
    if not faa and rng.random() < 0.35:
        lines.append(
            f"Dual release: FAA 145 certificate {serial(keyed(who, 'faano'), 'A9AA999A')}"
            " - this part is eligible for installation on FAA registered aircraft."
        )
    if rng.random() < 0.4:
        lines.append(f"TSN {rng.randint(800, 22000)} FH, CSN {rng.randint(500, 30000)} - TSO 0 FH.")
    yy = y + 22
    for t in lines:
        for ln in wrap(t, "Courier", 8, x1 - m - 12):
            p.text(m + 6, yy, ln, "Courier", 8)
            yy += 10
    y += 190
    half = (x1 - m) / 2
    p.rect(m, y, half, 200)
    p.rect(m + half, y, half, 200)
    p.text(
        m + 3,
        y + 8,
        fit(
            tr(
                lg,
                "13a. Certifies that the items identified above were "
                "manufactured in conformity to:",
                "13a. Hergestellt in Übereinstimmung mit / Manufactured in conformity to:",
                "13a. Fabriqué en conformité avec / Manufactured in conformity to:",
            ),
            "Helvetica",
            5.8,
            half - 6,
        ),
        "Helvetica",
        5.8,
    )
    p.line(m, y, m + half, y + 200)
    p.line(m + half, y, m, y + 200)
    yy = y + 8
    box(p, m + half + 4, yy + 8, True, 7)
    p.text(
        m + half + 14,
        yy + 8,
        "14a. " + ("14 CFR 43.9 Return to Service" if faa else "Part-145.A.50 Release to Service"),
        "Helvetica",
        6.5,
    )
    box(p, m + half + 4, yy + 18, False, 7)
    p.text(m + half + 14, yy + 18, "Other regulation specified in block 12", "Helvetica", 6.5)
    statement = (
        "Certifies that unless otherwise specified in block 12, the work identified in block 11 "
        "and described in block 12 was accomplished in accordance with "
        + (
            "14 CFR part 43 and in respect to that work the items are approved for return to "
            "service."
            if faa
            else "Part-145 and in respect to that work the items are "
            "considered ready for release to service."
        )
    )
    yy += 30
    for ln in wrap(statement, "Helvetica", 5.8, half - 10):
        p.text(m + half + 5, yy, ln, "Helvetica", 5.8)
        yy += 7
    cs = staff(h, "cert" + str(rng.randint(0, 2)))
    sub_w = half / 2
    bx = m + half
    by = y + 146
    grid_box(p, bx, by - 28, sub_w, 28, "14b. Authorised Signature")
    sign(p, bx + 8, by - 8, cs, 12)
    grid_box(
        p,
        bx + sub_w,
        by - 28,
        sub_w,
        28,
        "14c. Certificate/Approval Ref. No.",
        h.approval if not faa else serial(keyed(who, "faano"), "A9AA999A"),
        "Courier",
        8,
    )
    grid_box(p, bx, by, sub_w, 25, "14d. Name", cs.upper(), "Courier", 8)
    grid_box(
        p,
        bx + sub_w,
        by,
        sub_w,
        25,
        "14e. Date (dd/mmm/yyyy)",
        f"{d.day:02d}/{date_text(d, 'en', 'long').split()[1][:3].upper()}/{d.year}",
        "Courier",
        8,
    )
    y += 212
    p.text(m, y, "USER/INSTALLER RESPONSIBILITIES", "Helvetica-Bold", 6.5)
    y += 9
    resp = (
        "This certificate does not automatically constitute authority to fit the item(s). "
        "Where the user/installer performs work in accordance with regulations of an "
        "airworthiness authority different than the airworthiness authority specified in "
        "block 1, it is essential that the user/installer ensures that his/her airworthiness "
        "authority accepts items from the airworthiness authority specified in block 1. "
        "Statements in blocks 13a and 14a do not constitute installation certification. In "
        "all cases aircraft maintenance records must contain an installation certification "
        "issued in accordance with the national regulations by the user/installer before the "
        "aircraft may be flown."
    )
    for ln in wrap(resp, "Helvetica", 5.8, x1 - m):
        p.text(m, y, ln, "Helvetica", 5.8)
        y += 7
    form = (
        "FAA Form 8130-3 (10-16)"
        if faa
        else "CAA Form 1 Issue 3"
        if lg == "en"
        else "EASA Form 1-MF/145 Issue 3"
    )
    p.text(m, hh - 22, form, "Helvetica", 6.5)
    if rng.random() < 0.35:
        stamp(
            p,
            m + 30,
            y + 20,
            [
                tr(home(), "GOODS INWARDS", "WARENEINGANG", "RÉCEPTION"),
                short(d + timedelta(days=rng.randint(2, 8)), home()),
                tr(home(), "Inspected", "geprüft", "contrôlé"),
            ],
        )
    note(the_plane(rng), d, part, track)
    return [p]


CHECKS = {
    "en": [
        "A-check",
        "2A check",
        "C1 check",
        "100 hour inspection",
        "Annual inspection",
        "Phase 3 inspection",
        "Defect rectification",
        "Weekly check and defects",
    ],
    "de": [
        "A-Check",
        "C-Check",
        "100-Stunden-Kontrolle",
        "Jahresnachprüfung",
        "Phase-3-Inspektion",
        "Beanstandungsbehebung",
        "Wochenkontrolle",
    ],
    "fr": [
        "Visite A",
        "Visite C",
        "Visite 100 h",
        "Visite annuelle",
        "Visite de phase 3",
        "Rectification de défauts",
        "Visite hebdomadaire",
    ],
}


def wo_number(rng: random.Random) -> str:
    r = random.Random(zlib.crc32(f"creel/womask/{OFFICE['seed']}".encode()))
    return serial(rng, r.choice(["WO-99999", "W99999", "AA99-9999", "99999"]))


def tpl_crs(rng: random.Random, who: Issuer) -> list[Page]:
    """The organisation's certificate of release to service for an aircraft (CRS,
    Freigabebescheinigung, APRS) on A4 or A5: the aircraft, the work order, the work done,
    deferred items, the release statement in a frame, signature, stamp and authorisation."""
    h = mro_head()
    lg = h.lang
    size = A5 if keyed(who, "crssize").random() < 0.4 else A4
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    a = the_plane(rng, ("work_order", "techlog"))
    d = the_day(rng, ("work_order",), (0, 3))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "CERTIFICATE OF RELEASE TO SERVICE",
        "FREIGABEBESCHEINIGUNG",
        "APPROBATION POUR REMISE EN SERVICE",
    )
    pt = shrink(title, s.bold, 13, w - 2 * m)
    p.text(w / 2, y + 4, title, s.bold, pt, "center")
    if lg != "en":
        p.text(
            w / 2,
            y + 16,
            tr(
                lg,
                "",
                "Certificate of Release to Service (CRS)",
                "Certificate of Release to Service (APRS)",
            ),
            s.font,
            7.5,
            "center",
        )
    y += 30
    wo = str(LAST["ref"]) if LAST["kind"] == "work_order" and LAST["ref"] else wo_number(rng)
    crs_no = serial(rng, "CRS 99999")
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Aircraft registration", "Kennzeichen", "Immatriculation"), a.reg),
            (tr(lg, "Aircraft type", "Muster", "Type"), a.model),
            (tr(lg, "Serial number (MSN)", "Werknummer", "N° de série"), a.msn),
            (tr(lg, "Work order", "Arbeitsauftrag", "Ordre de travail"), wo),
            (
                tr(lg, "Airframe hours / cycles", "Betriebsstunden / Zyklen", "Heures / cycles"),
                f"{a.hours} / {a.cycles}",
            ),
            (tr(lg, "Certificate no.", "Bescheinigung Nr.", "N° APRS"), crs_no),
        ],
        per=2 if size == A5 else 3,
        tall=24,
        hand=False,
    )
    p.text(
        m,
        y + 2,
        tr(lg, "Work performed", "Durchgeführte Arbeiten", "Travaux effectués"),
        s.bold,
        s.size,
    )
    y += 14
    check = rng.choice(CHECKS[lg])
    text = tr(
        lg,
        f"{check} carried out in accordance with the approved maintenance programme "
        f"{serial(rng, 'AMP-AAA-99')} Rev {rng.randint(3, 28)} and work order {wo}. "
        + words(rng, lg),
        f"{check} gemäß genehmigtem Instandhaltungsprogramm {serial(rng, 'IHP-AAA-99')} "
        f"Rev. {rng.randint(3, 28)}, Arbeitsauftrag {wo}. " + words(rng, lg),
        f"{check} effectuée selon le programme d'entretien approuvé "
        f"{serial(rng, 'PEA-AAA-99')} rév. {rng.randint(3, 28)}, ordre de travail {wo}. "
        + words(rng, lg),
    )
    y = text_block(p, s, m, y, w - 2 * m, text, s.size - 0.5)
    p.text(
        m,
        y,
        tr(
            lg,
            "Deferred defects / open items",
            "Zurückgestellte Beanstandungen",
            "Défauts reportés / travaux différés",
        ),
        s.bold,
        s.size,
    )
    y += 13
    if rng.random() < 0.6:
        p.text(m + 4, y, tr(lg, "NIL", "KEINE", "NÉANT"), HAND, 10)
        y += 14
    else:
        for _ in range(rng.randint(1, 3)):
            p.text(
                m + 4,
                y,
                fit(
                    f"ADD {serial(rng, '999')} - {words(rng, lg, n=6)[:-1]} "
                    f"(MEL {rng.randint(21, 36)}-{rng.randint(10, 60)}-"
                    f"{rng.randint(1, 9):02d})",
                    s.font,
                    s.size - 1,
                    w - 2 * m - 8,
                ),
                s.font,
                s.size - 1,
            )
            y += s.size * 1.4
    y += 6
    statement = tr(
        lg,
        "Certifies that the work specified except as otherwise specified was carried out in "
        "accordance with Part-145 and in respect to that work the aircraft is considered "
        "ready for release to service.",
        "Es wird bescheinigt, dass die angegebenen Arbeiten, soweit nicht anders angegeben, in "
        "Übereinstimmung mit Part-145 durchgeführt wurden und das Luftfahrzeug in Bezug auf "
        "diese Arbeiten als bereit zur Freigabe angesehen wird.",
        "Certifie que les travaux spécifiés, sauf indication contraire, ont été effectués "
        "conformément à la Partie 145 et que, en ce qui concerne ces travaux, l'aéronef est "
        "considéré comme prêt pour la remise en service.",
    )
    lines = wrap(statement, s.bold, s.size - 0.5, w - 2 * m - 16)
    bh = len(lines) * (s.size + 2) + 14
    p.rect(m, y, w - 2 * m, bh)
    yy = y + 14
    for ln in lines:
        p.text(m + 8, yy, ln, s.bold, s.size - 0.5)
        yy += s.size + 2
    y += bh + 12
    cs = staff(h, "cs" + str(rng.randint(0, 3)))
    code = stamp_no(cs)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Certifying staff (name)", "Freigabeberechtigter", "Personnel habilité"), cs),
            (
                tr(lg, "Authorisation no.", "Berechtigungs-Nr.", "N° d'habilitation"),
                f"{h.approval}/{code}",
            ),
            (
                tr(lg, "Date / time (UTC)", "Datum / Uhrzeit (UTC)", "Date / heure (UTC)"),
                f"{short(d, lg)}  {rng.randint(5, 22):02d}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
        ],
        per=2,
        tall=30,
        hand=True,
    )
    sign(p, m + (w - 2 * m) / 2 + 14, y - 16, cs)
    auth_stamp(p, w - m - 30, y - 26, code, lg)
    p.text(
        m,
        y + 4,
        tr(lg, f"Place: {h.town}", f"Ort: {h.town}", f"Lieu : {h.town}"),
        s.font,
        s.size - 1,
    )
    if size == A4 and rng.random() < 0.5:
        p.text(
            m,
            hh - 48,
            fit(
                tr(
                    lg,
                    "Original: aircraft technical records - Copy: customer",
                    "Original: Lfz.-Akte - Kopie: Halter",
                    "Original : dossier avion - Copie : client",
                ),
                s.font,
                6.5,
                w - 2 * m,
            ),
            s.font,
            6.5,
        )
    note(a, d, None, wo)
    return close([p], s, h, numbers="none")


def tpl_arc(rng: random.Random, who: Issuer) -> list[Page]:
    """An airworthiness review certificate (EASA Form 15b; CAA Form 15b; Bescheinigung über
    die Prüfung der Lufttüchtigkeit; certificat d'examen de navigabilité) with its extension
    side, often with the CAMO's airworthiness review report (a checklist of one or two pages)
    before or after it."""
    own = keyed(who, "camo").random() < 0.4
    h = mro_head() if own else head_of(who, "camo")
    lg = h.lang
    approval = str(OFFICE["camo"]) if own else h.approval
    s = style_of(h)
    w, hh = A4
    a = the_plane(rng)
    d = on(rng)
    ref = f"{approval}/ARC/{d.year}-{rng.randint(1, 140):03d}"
    cert = Page(A4)
    cert.rect(24, 24, w - 48, hh - 48)
    cert.rect(28, 28, w - 56, hh - 56)
    y = 66.0
    state = {
        "en": "UNITED KINGDOM",
        "de": "BUNDESREPUBLIK DEUTSCHLAND",
        "fr": "RÉPUBLIQUE FRANÇAISE",
    }[lg]
    cert.text(w / 2, y, state, "Helvetica-Bold", 11, "center")
    if lg != "en":
        cert.text(
            w / 2,
            y + 12,
            tr(
                lg,
                "",
                "Ein Mitgliedstaat der Europäischen Union",
                "Un État membre de l'Union européenne",
            ),
            "Helvetica",
            7.5,
            "center",
        )
    y += 40
    t1 = tr(
        lg,
        "AIRWORTHINESS REVIEW CERTIFICATE (ARC)",
        "BESCHEINIGUNG ÜBER DIE PRÜFUNG DER LUFTTÜCHTIGKEIT (ARC)",
        "CERTIFICAT D'EXAMEN DE NAVIGABILITÉ (CEN / ARC)",
    )
    cert.text(w / 2, y, t1, "Helvetica-Bold", shrink(t1, "Helvetica-Bold", 13, w - 90), "center")
    if lg != "en":
        cert.text(w / 2, y + 13, "Airworthiness Review Certificate", "Helvetica", 8, "center")
    y += 34
    cert.text(
        w / 2,
        y,
        f"ARC {tr(lg, 'reference', 'Referenz', 'référence')}: {ref}",
        "Helvetica-Bold",
        9,
        "center",
    )
    y += 26
    intro = tr(
        lg,
        f"Pursuant to Regulation (EU) No 1321/2014 as retained in UK law, {h.name}, approved "
        f"pursuant to Part-CAMO under reference {approval}, hereby certifies that it has "
        "performed an airworthiness review in accordance with point M.A.901 on the following "
        "aircraft:",
        f"Gemäß der Verordnung (EU) Nr. 1321/2014 bescheinigt {h.name}, genehmigt nach Anhang "
        f"Vc (Part-CAMO) unter dem Zeichen {approval}, dass an folgendem Luftfahrzeug eine "
        "Prüfung der Lufttüchtigkeit gemäß Punkt M.A.901 durchgeführt wurde:",
        f"Conformément au règlement (UE) n° 1321/2014, {h.name}, agréé au titre de l'annexe Vc "
        f"(Partie CAMO) sous la référence {approval}, certifie avoir effectué un examen de "
        "navigabilité conformément au point M.A.901 de l'aéronef suivant :",
    )
    for ln in wrap(intro, "Times-Roman", 10, w - 110):
        cert.text(55, y, ln, "Times-Roman", 10)
        y += 13
    y += 10
    rows = [
        (tr(lg, "Aircraft manufacturer", "Hersteller", "Constructeur"), a.maker),
        (tr(lg, "Manufacturer's designation", "Musterbezeichnung", "Désignation"), a.model),
        (tr(lg, "Aircraft registration", "Kennzeichen", "Immatriculation"), a.reg),
        (tr(lg, "Aircraft serial number", "Werknummer", "Numéro de série"), a.msn),
    ]
    for cap, val in rows:
        cert.text(70, y, cap + ":", "Times-Roman", 10)
        cert.text(w / 2 + 10, y, val, "Courier-Bold", 10)
        y += 18
    y += 8
    end = tr(
        lg,
        "and this aircraft is considered airworthy at the time of the review.",
        "und dieses Luftfahrzeug zum Zeitpunkt der Prüfung als lufttüchtig angesehen wird.",
        "et que cet aéronef est considéré comme navigable au moment de l'examen.",
    )
    cert.text(55, y, end, "Times-Roman", 10)
    y += 30
    exp = date(d.year + 1, d.month, min(d.day, 28))
    y = fields(
        cert,
        s,
        55,
        y,
        w - 110,
        [
            (tr(lg, "Date of issue", "Ausstellungsdatum", "Date de délivrance"), short(d, lg)),
            (tr(lg, "Date of expiry", "Gültig bis", "Date d'expiration"), short(exp, lg)),
            (
                tr(
                    lg,
                    "Airframe flight hours at date of review",
                    "Betriebsstunden Zelle",
                    "Heures de vol cellule",
                ),
                str(a.hours),
            ),
            (tr(lg, "Signed", "Unterschrift", "Signature"), ""),
            (
                tr(lg, "Authorisation no.", "Berechtigungs-Nr.", "N° d'autorisation"),
                f"ARS-{rng.randint(1, 40):02d}",
            ),
            (tr(lg, "Name", "Name", "Nom"), staff(h, "ars")),
        ],
        per=3,
        tall=30,
        hand=False,
    )
    sign(cert, 55 + (w - 110) / 3 * 0 + 12, y - 18, staff(h, "ars"))
    y += 10
    for k in (1, 2):
        cert.text(
            55,
            y,
            tr(lg, f"{k}. extension", f"{k}. Verlängerung", f"{k}e prorogation")
            + tr(
                lg,
                ": The aircraft complies with the conditions of M.A.901(c).",
                ": Das Luftfahrzeug erfüllt die Bedingungen von M.A.901(c).",
                " : l'aéronef satisfait aux conditions du M.A.901(c).",
            ),
            "Times-Roman",
            8.5,
        )
        y = fields(
            cert,
            s,
            55,
            y + 6,
            w - 110,
            [
                (tr(lg, "Date of issue", "Datum", "Date"), ""),
                (tr(lg, "Date of expiry", "Gültig bis", "Expiration"), ""),
                (tr(lg, "Signed / authorisation no.", "Unterschrift / Nr.", "Signature / n°"), ""),
            ],
            per=3,
            tall=26,
        )
    form = {
        "en": "CAA Form 15b Issue 3",
        "de": "EASA Form 15b Issue 6",
        "fr": "EASA Form 15b Issue 6",
    }[lg]
    cert.text(40, hh - 36, form, "Helvetica", 7)
    pages = [cert]
    if rng.random() < 0.55:
        pages = review_report(rng, h, s, a, d, ref) + pages
        if rng.random() < 0.4:
            pages = [pages[-1], *pages[:-1]]
    received(rng, pages[0], d)
    note(a, d)
    return pages


def review_report(rng: random.Random, h: Head, s: Style, a: Plane, d: date, ref: str) -> list[Page]:
    """The CAMO's airworthiness review report: the checklist of documents and the physical
    survey, satisfactory / not / n.a. ticked by hand."""
    lg = h.lang
    w, _ = A4
    m = s.margin
    title = tr(
        lg,
        "AIRWORTHINESS REVIEW REPORT",
        "PRÜFBERICHT LUFTTÜCHTIGKEIT",
        "RAPPORT D'EXAMEN DE NAVIGABILITÉ",
    )
    f = sheets(s, h, f"{title} - {a.reg} - {ref}")
    caption(f, s, title, 2)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                *plane_pairs(a, lg),
                (tr(lg, "Review date", "Prüfdatum", "Date de l'examen"), day(h, d)),
                ("ARC", ref),
            ],
            w - m,
        )
        + 8
    )
    items = {
        "en": [
            "Airframe, engine and propeller hours and cycles recorded",
            "Flight manual applicable to configuration, current revision",
            "Maintenance programme approved and complied with",
            "Airworthiness directives - status and records",
            "Component life limits and hard times",
            "Modifications and repairs - approved data",
            "Deferred defects - within MEL limits",
            "Mass and balance statement current",
            "Noise certificate and radio licence",
            "Last ARC and CofA on board",
            "Physical survey - placards and markings",
            "Physical survey - general condition",
        ],
        "de": [
            "Betriebszeiten Zelle, Triebwerk, Propeller nachgewiesen",
            "Flughandbuch gültig, letzter Änderungsstand",
            "Instandhaltungsprogramm genehmigt und eingehalten",
            "Lufttüchtigkeitsanweisungen - Stand und Nachweise",
            "Lebensdauerbegrenzte Teile",
            "Änderungen und Reparaturen - genehmigte Daten",
            "Zurückgestellte Beanstandungen innerhalb MEL",
            "Wägebericht aktuell",
            "Lärmzeugnis und Funkgenehmigung",
            "Letztes ARC und LTZ an Bord",
            "Begehung - Beschriftungen und Hinweisschilder",
            "Begehung - allgemeiner Zustand",
        ],
        "fr": [
            "Heures et cycles cellule, moteur, hélice enregistrés",
            "Manuel de vol applicable, dernière révision",
            "Programme d'entretien approuvé et respecté",
            "Consignes de navigabilité - état et justificatifs",
            "Pièces à vie limite",
            "Modifications et réparations - données approuvées",
            "Défauts reportés dans les limites de la LME",
            "Fiche de pesée à jour",
            "Certificat acoustique et licence radio",
            "Dernier CEN et CDN à bord",
            "Inspection physique - marquages",
            "Inspection physique - état général",
        ],
    }[lg]
    cols = columns(
        m,
        w - m,
        [
            (0.5, "left"),
            (5, "left"),
            (0.7, "center"),
            (0.7, "center"),
            (0.7, "center"),
            (2.2, "left"),
        ],
    )
    rows = [[str(k + 1), t, "", "", "", ""] for k, t in enumerate(items)]
    top = f.y
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Item", "Prüfpunkt", "Point"),
            tr(lg, "Sat", "i.O.", "OK"),
            tr(lg, "Unsat", "n.i.O.", "NOK"),
            "N/A",
            tr(lg, "Remarks", "Bemerkung", "Remarque"),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=True,
        step=2.0,
    )
    if len(f.pages) == 1:
        y = top + (s.size - 1) * 1.9
        for _ in items:
            c = cols[2] if rng.random() < 0.85 else cols[4]
            f.page.text((c[0] + c[1]) / 2, y, "X", HAND, 9, "center")
            if rng.random() < 0.15:
                f.page.text(
                    cols[5][0],
                    y,
                    fit(words(rng, lg, n=3), HAND, 8, cols[5][1] - cols[5][0]),
                    HAND,
                    8,
                )
            y += (s.size - 1) * 2.0
    f.need(80)
    f.y += 10
    write(
        f,
        s,
        tr(lg, "Recommendation / findings: ", "Feststellungen: ", "Constatations : ")
        + prose(rng, lg, "quality", 1, 2),
        s.size - 0.5,
    )
    f.y += 14
    sign(f.page, m, f.y, staff(h, "ars"))
    f.page.text(m + 140, f.y, f"{staff(h, 'ars')} - {day(h, d)}", s.font, s.size - 1)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates JJ: tools, staff, technical log, fuel
# ---------------------------------------------------------------------------------------------

# English, German, French, makers, range, unit, tolerance text
TOOLS = [
    (
        "Torque wrench",
        "Drehmomentschlüssel",
        "Clé dynamométrique",
        ["Norbar", "Stahlwille", "Facom", "Snap-on"],
        [(20, 100), (5, 25), (60, 340)],
        "N·m",
        "± 4 %",
    ),
    (
        "Torque screwdriver",
        "Drehmomentschraubendreher",
        "Tournevis dynamométrique",
        ["Wera", "Norbar", "Stahlwille"],
        [(1, 6), (0.3, 1.2)],
        "N·m",
        "± 6 %",
    ),
    (
        "Pressure gauge",
        "Manometer",
        "Manomètre",
        ["WIKA", "Budenberg", "Keller"],
        [(0, 16), (0, 250), (0, 400)],
        "bar",
        "± 1 % FS",
    ),
    (
        "Tyre pressure gauge",
        "Reifendruckprüfer",
        "Contrôleur de pression pneus",
        ["Dunlop", "Michelin", "Jonnesway"],
        [(0, 12), (0, 16)],
        "bar",
        "± 0.1 bar",
    ),
    (
        "Digital multimeter",
        "Digitalmultimeter",
        "Multimètre numérique",
        ["Fluke", "Keysight", "Metrix"],
        [(0, 600)],
        "V DC",
        "± (0.09 % + 2 dgt)",
    ),
    (
        "Cable tensiometer",
        "Seilspannungsmesser",
        "Tensiomètre de câble",
        ["Pacific Scientific", "Tritech"],
        [(10, 150)],
        "lbf",
        "± 2 %",
    ),
    (
        "Digital caliper",
        "Digitaler Messschieber",
        "Pied à coulisse numérique",
        ["Mitutoyo", "Mahr", "Tesa"],
        [(0, 150), (0, 200)],
        "mm",
        "± 0.03 mm",
    ),
]


def tpl_calibration(rng: random.Random, who: Issuer) -> list[Page]:
    """A calibration laboratory's certificate for one tool (certificate of calibration,
    Kalibrierschein, certificat d'étalonnage) with the accreditation mark, always numbered
    'page i of n': the instrument and customer, then the results (as found / as left), the
    uncertainty and the traceability statement, over one to three pages."""
    h = head_of(who, "callab", ["split", "rule", "centred", "framed"])
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    d = on(rng, -60, 5)
    tool = rng.choice(TOOLS)
    _en, _de, _fr, makers, ranges, unit, tol = tool
    lo, hi = rng.choice(ranges)
    no = serial(rng, keyed(who, "calmask").choice(["C99999", "99-99999", "K-99999-99"]))
    title = tr(lg, "CERTIFICATE OF CALIBRATION", "KALIBRIERSCHEIN", "CERTIFICAT D'ÉTALONNAGE")
    header = f"{title} {no}"
    f = sheets(s, h, header)
    p = f.page
    mark = {
        "en": ["UKAS", "CALIBRATION"],
        "de": ["DAkkS", "Deutsche", "Akkreditierungsstelle"],
        "fr": ["COFRAC", "ÉTALONNAGE", "ACCRÉDITATION"],
    }[lg]
    bw = 92.0
    p.rect(w - m - bw, f.y - 10, bw, 20 + 10 * len(mark))
    for k, t in enumerate(mark):
        p.text(
            w - m - bw / 2,
            f.y + 4 + 10 * k,
            t,
            "Helvetica-Bold" if k == 0 else "Helvetica",
            10 if k == 0 else 6.5,
            "center",
        )
    p.text(w - m - bw / 2, f.y + 10 + 10 * len(mark), h.approval, "Helvetica-Bold", 7, "center")
    p.text(m, f.y + 4, title, s.bold, 15)
    p.text(
        m,
        f.y + 20,
        f"{tr(lg, 'Certificate number', 'Kalibrierzeichen', 'N° de certificat')}: {no}",
        s.font,
        s.size,
    )
    f.y += 30 + 10 * len(mark)
    mro = mro_head()
    maker = rng.choice(makers)
    tool_id = serial(rng, random.Random(OFFICE["seed"]).choice(["TL-9999", "WZ-99999", "OUT-9999"]))
    f.y = (
        pairs(
            p,
            s,
            m,
            f.y,
            [
                (tr(lg, "Customer", "Auftraggeber", "Client"), f"{mro.name}, {mro.town}"),
                (tr(lg, "Instrument", "Gegenstand", "Instrument"), tool[LX[lg]]),
                (
                    tr(lg, "Manufacturer / model", "Hersteller / Typ", "Constructeur / modèle"),
                    f"{maker} / {serial(rng, 'AA-999')}",
                ),
                (tr(lg, "Serial number", "Fabrikat-Nr.", "N° de série"), serial(rng, "99999999")),
                (tr(lg, "Customer ID", "Inventar-Nr.", "N° d'identification"), tool_id),
                (tr(lg, "Range", "Messbereich", "Étendue"), f"{lo} - {hi} {unit}"),
                (
                    tr(lg, "Date of calibration", "Datum der Kalibrierung", "Date d'étalonnage"),
                    day(h, d),
                ),
                (
                    tr(lg, "Date of issue", "Ausstellungsdatum", "Date d'émission"),
                    day(h, d + timedelta(days=rng.randint(0, 4))),
                ),
                (
                    tr(lg, "Procedure", "Kalibrierverfahren", "Procédure"),
                    {
                        "N·m": "EN ISO 6789-2:2017",
                        "bar": "DKD-R 6-1",
                        "mm": "VDI/VDE/DGQ 2618-9.1",
                    }.get(unit, "QP-CAL-0" + str(keyed(who, "qp" + unit).randint(10, 99))),
                ),
                (
                    tr(lg, "Conditions", "Umgebungsbedingungen", "Conditions"),
                    f"{rng.uniform(19.5, 23):.1f} °C, {rng.randint(35, 60)} % rH",
                ),
            ],
            w - m - 110,
            s.size - 0.5,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            "This certificate is issued in accordance with the conditions of "
            "accreditation granted by UKAS. It provides traceability of measurement "
            "to the SI system of units and/or to units of measurement realised at the "
            "National Physical Laboratory.",
            "Dieser Kalibrierschein dokumentiert die Rückführung auf nationale Normale "
            "zur Darstellung der Einheiten in Übereinstimmung mit dem Internationalen "
            "Einheitensystem (SI). Die DAkkS ist Unterzeichner der multilateralen "
            "Übereinkommen der EA und der ILAC.",
            "Ce certificat atteste du raccordement des résultats de mesure aux étalons "
            "nationaux. L'accréditation du COFRAC atteste de la compétence du "
            "laboratoire pour les seuls étalonnages couverts par l'accréditation.",
        ),
        s.size - 1.5,
    )
    if rng.random() < 0.5:
        f.new_page()
    caption(f, s, tr(lg, "Results", "Messergebnisse", "Résultats"), 1)
    steps = [lo + (hi - lo) * k for k in (0.2, 0.6, 1.0)]
    rows = []
    for nominal in steps:
        for _ in range(rng.choice([1, 3, 5])):
            found = nominal * (1 + rng.uniform(-0.035, 0.035))
            left = nominal * (1 + rng.uniform(-0.015, 0.015))
            dev = (left - nominal) / nominal * 100 if nominal else 0
            rows.append(
                [
                    f"{nominal:.2f}",
                    f"{found:.2f}",
                    f"{left:.2f}",
                    f"{dev:+.2f} %",
                    tol,
                    tr(lg, "Pass", "i.O.", "Conforme"),
                ]
            )
    cols = columns(
        m,
        w - m,
        [(1, "right"), (1, "right"), (1, "right"), (1, "right"), (1.4, "center"), (0.9, "center")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Nominal", "Sollwert", "Nominal") + f" ({unit})",
            tr(lg, "As found", "Vorgefunden", "Avant"),
            tr(lg, "As left", "Nach Justage", "Après"),
            tr(lg, "Deviation", "Abweichung", "Écart"),
            tr(lg, "Tolerance", "Toleranz", "Tolérance"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88,
        rules=rng.random() < 0.5,
    )
    f.need(120)
    f.y += 8
    caption(
        f, s, tr(lg, "Uncertainty of measurement", "Messunsicherheit", "Incertitude de mesure"), 0
    )
    write(
        f,
        s,
        tr(
            lg,
            "The reported expanded uncertainty is based on a standard uncertainty "
            "multiplied by a coverage factor k = 2, providing a level of confidence of "
            "approximately 95 %. ",
            "Angegeben ist die erweiterte Messunsicherheit, die sich aus der "
            "Standardmessunsicherheit durch Multiplikation mit dem Erweiterungsfaktor "
            "k = 2 ergibt (Überdeckungswahrscheinlichkeit ca. 95 %). ",
            "L'incertitude élargie mentionnée est l'incertitude-type composée "
            "multipliée par un facteur d'élargissement k = 2 (niveau de confiance "
            "d'environ 95 %). ",
        )
        + f"U = {rng.uniform(0.3, 1.6):.2f} %.",
        s.size - 1.5,
    )
    f.need(70)
    f.y += 16
    who_sig = staff(h, "cal" + str(rng.randint(0, 1)))
    sign(f.page, m, f.y, who_sig)
    f.page.text(
        m,
        f.y + 12,
        f"{who_sig} - "
        + tr(
            lg, "Authorised signatory", "Leiter des Kalibrierlaboratoriums", "Responsable technique"
        ),
        s.font,
        s.size - 1,
    )
    due = d + timedelta(days=rng.choice([182, 365, 365]))
    f.page.text(
        w - m,
        f.y + 12,
        tr(lg, "Next calibration due: ", "Empfohlene Rekalibrierung: ", "Prochain étalonnage : ")
        + short(due, lg),
        s.bold,
        s.size - 1,
        "right",
    )
    pages = f.pages
    fmt = tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    out = close(pages, s, h, numbers=fmt)
    if rng.random() < 0.3:
        received(rng, out[0], d + timedelta(days=5), 1.0)
    note(None, d)
    return out


CATS = ["B1.1", "B1.3", "B2", "B1.1 / B2", "C", "A1", "B1.2"]


def tpl_authorisation(rng: random.Random, who: Issuer) -> list[Page]:
    """The quality manager's certification authorisation for one engineer (certification
    authorisation, Freigabeberechtigung, habilitation APRS): holder, stamp, licence, the scope
    by type and category, limitations, validity and both signatures; a long scope or the
    special authorisations run onto a second page."""
    h = mro_head()
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = on(rng)
    holder = person(rng, lg)
    code = stamp_no(holder)
    title = tr(
        lg,
        "CERTIFICATION AUTHORISATION",
        "FREIGABEBERECHTIGUNG",
        "HABILITATION À DÉLIVRER DES APRS",
    )
    f = sheets(s, h, f"{title} - {holder} - {code}")
    f.y += 4
    caption(f, s, title, 4)
    f.page.text(
        m,
        f.y - 6,
        tr(
            lg,
            f"issued under MOE 1.6 / 3.4 - {h.approval}",
            f"gemäß MOE 1.6 / 3.4 - {h.approval}",
            f"selon MOE 1.6 / 3.4 - {h.approval}",
        ),
        s.font,
        s.size - 1,
    )
    f.y += 10
    lic = f"{PREFIX[lg]}.66.{rng.randint(1000, 99999)}"
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Holder", "Inhaber", "Titulaire"), holder),
            (
                tr(
                    lg,
                    "Authorisation / stamp no.",
                    "Berechtigungs- / Stempel-Nr.",
                    "N° d'habilitation / tampon",
                ),
                code,
            ),
            (tr(lg, "Part-66 licence no.", "Lizenz-Nr. Part-66", "Licence Partie 66 n°"), lic),
            (tr(lg, "Valid from", "Gültig ab", "Valable du"), short(d, lg)),
            (
                tr(lg, "Valid until", "Gültig bis", "Jusqu'au"),
                short(date(d.year + 2, d.month, min(d.day, 28)), lg),
            ),
            (tr(lg, "Issue", "Ausgabe", "Édition"), str(rng.randint(1, 9))),
        ],
        per=3,
        tall=28,
        hand=False,
    )
    caption(f, s, tr(lg, "Scope", "Umfang", "Domaine"), 0)
    types = rng.sample(TYPES, k=rng.randint(2, 6))
    rows = [
        [
            t[1],
            f"{t[2]}",
            rng.choice(CATS),
            rng.choice(
                [
                    tr(lg, "None", "Keine", "Aucune"),
                    tr(lg, "Line only", "nur Line Maintenance", "Entretien en ligne uniquement"),
                    tr(
                        lg, "Excl. engine ground run", "ohne Triebwerksstandlauf", "Hors point fixe"
                    ),
                ]
            ),
        ]
        for t in types
    ]
    cols = columns(m, w - m, [(2.4, "left"), (1.2, "left"), (1, "left"), (2.4, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Aircraft type", "Luftfahrzeugmuster", "Type d'aéronef"),
            tr(lg, "Engine", "Triebwerk", "Moteur"),
            tr(lg, "Category", "Kategorie", "Catégorie"),
            tr(lg, "Limitations", "Einschränkungen", "Limitations"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    if rng.random() < 0.5:
        f.new_page()
    caption(
        f,
        s,
        tr(lg, "Special authorisations", "Sonderberechtigungen", "Habilitations particulières"),
        0,
    )
    specials = tr(
        lg,
        "Borescope inspection;Engine ground run;Compass swing;NDT (ET) level 2;"
        "Taxiing;Weight and balance",
        "Boroskopie;Triebwerksstandlauf;Kompasskompensation;ZfP (ET) Stufe 2;Rollen;Wägung",
        "Endoscopie;Point fixe moteur;Compensation compas;CND (ET) niveau 2;Roulage;Pesée",
    ).split(";")
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        specials,
        set(rng.sample(range(len(specials)), rng.randint(0, 3))),
        8.5,
    )
    f.y += 8
    write(
        f,
        s,
        tr(lg, "Conditions: ", "Bedingungen: ", "Conditions : ") + prose(rng, lg, "quality", 2, 4),
        s.size - 1,
    )
    f.need(90)
    f.y += 18
    qm = staff(h, "qm")
    sign(f.page, m, f.y, qm)
    sign(f.page, w / 2, f.y, holder)
    f.page.text(
        m,
        f.y + 12,
        f"{qm}, " + tr(lg, "Quality Manager", "Qualitätsleiter", "Responsable qualité"),
        s.font,
        s.size - 1,
    )
    f.page.text(
        w / 2,
        f.y + 12,
        tr(lg, "Holder's acknowledgement", "Kenntnisnahme Inhaber", "Visa du titulaire"),
        s.font,
        s.size - 1,
    )
    f.page.text(w / 2, f.y + 24, short(d, lg), HAND, 9)
    note(None, d)
    return close(f.pages, s, h)


def techlog_no(rng: random.Random, who: Issuer, a: Plane) -> int:
    """The page's serial number: the next one after the previous page of the same aircraft."""
    prev = LAST["ref"]
    if LAST["kind"] == "techlog" and LAST["plane"] is a and isinstance(prev, str) and prev:
        return int(prev) + 1
    return keyed(who, "tl" + a.reg).randint(1000, 89999) + rng.randint(0, 400)


AIRPORTS = {
    "en": ["EGSC", "EGTE", "EGHH", "EGSH", "EGHQ", "EGGD", "EGNX", "EGPH", "EGJJ"],
    "de": ["EDLN", "EDJA", "EDWE", "EDDN", "EDDL", "EDDH", "EDFE", "EDDK", "EDDS"],
    "fr": ["LFBF", "LFRB", "LFBD", "LFRS", "LFBO", "LFLL", "LFRN", "LFPB", "LFMN"],
}


def tpl_techlog(rng: random.Random, who: Issuer) -> list[Page]:
    """One technical log sector record page of an operator's aircraft (landscape or portrait
    A4 carbonless set): the page number, sectors flown, fuel uplift, defects reported and the
    action taken, the daily inspection and the release, all in hand, the copy colour legend
    at the foot. Each page is a document of its own."""
    h = head_of(who, "operator", ["split", "rule", "framed", "stripe"])
    lg = h.lang
    r = keyed(who, "tlsize")
    size = landscape(A4) if r.random() < 0.55 else A4
    s = style_of(h, size, margin=30, pt=8.5)
    w, hh = size
    m = 30.0
    a = the_plane(rng, ("techlog",))
    d = the_day(rng, ("techlog",), (0, 2))
    no = techlog_no(rng, who, a)
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "TECHNICAL LOG - SECTOR RECORD PAGE",
        "TECHNISCHES BORDBUCH - FLUGABSCHNITTSBLATT",
        "COMPTE RENDU MATÉRIEL - FEUILLET DE VOL",
    )
    p.text(m, y - 4, title, "Helvetica-Bold", shrink(title, "Helvetica-Bold", 11, w * 0.62))
    p.text(w - m, y - 4, f"No {no:06d}", "Courier-Bold", 14, "right")
    y += 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "A/C reg", "Kennzeichen", "Immat."), a.reg),
            (tr(lg, "Type", "Muster", "Type"), a.model),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Commander", "Kommandant", "Commandant"), person(rng, lg)),
        ],
        per=4,
        tall=24,
    )
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (0.8, "left"),
            (0.8, "left"),
            (0.8, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (0.6, "center"),
        ],
    )
    heads = [
        tr(lg, "Flight no", "Flug-Nr.", "N° vol"),
        tr(lg, "From", "Von", "De"),
        tr(lg, "To", "Nach", "À"),
        tr(lg, "Off blk", "Abblock", "Départ"),
        tr(lg, "T/O", "Start", "Décollage"),
        tr(lg, "Ldg", "Landung", "Atterr."),
        tr(lg, "On blk", "Anblock", "Arrivée"),
        tr(lg, "Flt time", "Flugzeit", "Temps vol"),
        tr(lg, "Cyc", "Zyk.", "Cyc."),
    ]
    p.rect(m, y - 9, w - 2 * m, 13, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        p.text(
            c[0] + 2 if c[2] == "left" else (c[0] + c[1]) / 2,
            y,
            fit(t, "Helvetica-Bold", 7, c[1] - c[0] - 2),
            "Helvetica-Bold",
            7,
            "left" if c[2] == "left" else "center",
        )
    y += 6
    home_ap = keyed(who, "base").choice(AIRPORTS[lg])
    here = home_ap
    n_sec = rng.randint(1, 5)
    t0 = rng.randint(6 * 60, 14 * 60)
    rows_n = 6
    for k in range(rows_n):
        p.rect(m, y, w - 2 * m, 16)
        if k < n_sec:
            there = rng.choice([x for x in AIRPORTS[lg] if x != here] + [home_ap])
            if there == here:
                there = AIRPORTS[lg][0] if here != AIRPORTS[lg][0] else AIRPORTS[lg][1]
            dur = rng.randint(35, 110)
            times = [t0, t0 + 8, t0 + 8 + dur, t0 + 14 + dur]
            vals = [
                serial(keyed(who, "flt"), "AAA") + str(rng.randint(100, 999)),
                here,
                there,
                *[f"{t // 60 % 24:02d}{t % 60:02d}" for t in times],
                f"{dur // 60}:{dur % 60:02d}",
                "1",
            ]
            for c, v in zip(cols, vals, strict=True):
                xx = c[0] + 2 if c[2] == "left" else (c[0] + c[1]) / 2
                p.text(xx, y + 12, v, HAND, 9, "left" if c[2] == "left" else "center")
            here = there
            t0 += dur + rng.randint(30, 90)
        y += 16
    y += 10
    fuel = rng.randint(400, 4200)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Fuel uplift (l)", "Getankt (l)", "Carburant avitaillé (l)"), str(fuel)),
            (
                tr(
                    lg, "Departure fuel (kg)", "Kraftstoff bei Abflug (kg)", "Carburant départ (kg)"
                ),
                str(int(fuel * 0.8) + rng.randint(200, 900)),
            ),
            (
                tr(lg, "Oil added (qt)", "Öl nachgefüllt (qt)", "Huile ajoutée (qt)"),
                f"{rng.choice(['0', '0', '1', '1/2'])} / {rng.choice(['0', '1', '1/2'])}",
            ),
            (tr(lg, "Fuel receipt no", "Tankbeleg Nr.", "N° bon carburant"), serial(rng, "999999")),
        ],
        per=4,
        tall=24,
    )
    half = (w - 2 * m) / 2
    p.rect(m, y - 9, w - 2 * m, 13, fill=0.85)
    p.text(
        m + 3,
        y,
        tr(lg, "Defect reported", "Beanstandung", "Défaut constaté"),
        "Helvetica-Bold",
        7.5,
    )
    p.text(
        m + half + 3,
        y,
        tr(lg, "Action taken", "Durchgeführte Maßnahme", "Action corrective"),
        "Helvetica-Bold",
        7.5,
    )
    y += 4
    n_rows = 2 if w > hh else 4
    row_h = max(48.0, min(90.0, (hh - y - 110) / n_rows))
    entries = rng.choice([0, 0, 1, 1, 2, 3])
    for k in range(n_rows):
        p.rect(m, y, half, row_h)
        p.rect(m + half, y, half, row_h)
        p.text(m + 3, y + 9, f"{k + 1}", "Helvetica", 6)
        if k < entries:
            ruled(p, m + 10, y + 16, half - 16, rng.randint(1, 2), rng, lg, 1.0, 14)
            if rng.random() < 0.85:
                ruled(p, m + half + 6, y + 16, half - 60, rng.randint(1, 2), rng, lg, 1.0, 14)
                fixer = person(rng, lg)
                sign(p, m + half + 10, y + row_h - 6, fixer, 10)
                auth_stamp(p, m + 2 * half - 24, y + row_h - 22, stamp_no(fixer), lg)
        elif k == 0:
            p.text(m + 12, y + 20, tr(lg, "NIL DEFECTS", "KEINE BEANSTANDUNGEN", "RAS"), HAND, 11)
        y += row_h
    y += 14
    di = tr(
        lg,
        "Daily inspection carried out",
        "Tägliche Kontrolle durchgeführt",
        "Visite journalière effectuée",
    )
    box(p, m, y, True, 8)
    p.text(m + 12, y, di, s.font, 7.5)
    p.text(m + 200, y, f"{tr(lg, 'Sign', 'Unterschrift', 'Visa')}:", s.font, 7.5)
    sign(p, m + 230, y + 2, person(rng, lg), 10)
    y += 14
    crs = tr(
        lg,
        "Certifies that the work specified was carried out in accordance with Part-145 "
        "and the aircraft is considered ready for release to service.",
        "Es wird bescheinigt, dass die angegebenen Arbeiten gemäß Part-145 durchgeführt "
        "wurden und das Luftfahrzeug bereit zur Freigabe ist.",
        "Certifie que les travaux ont été effectués conformément à la Partie 145 et que "
        "l'aéronef est prêt pour la remise en service.",
    )
    for ln in wrap(crs, s.font, 6.5, w - 2 * m):
        p.text(m, y + 2, ln, s.font, 6.5)
        y += 8
    p.text(
        m,
        hh - 18,
        tr(
            lg,
            "WHITE - Technical Records   YELLOW - Operations   GREEN - remains in book",
            "WEISS - Technik   GELB - Flugbetrieb   GRÜN - verbleibt im Bordbuch",
            "BLANC - Documentation technique   JAUNE - Exploitation   VERT - reste dans le carnet",
        ),
        "Helvetica",
        6.5,
    )
    p.text(
        w - m, hh - 18, f"{h.name} TL/{rng.choice(['03', '04', '05'])}", "Helvetica", 6.5, "right"
    )
    note(a, d, None, str(no))
    return [p]


FUELS = {"jet": "JET A-1", "avgas": "AVGAS 100LL"}


def tpl_fuel_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """An into-plane fuel delivery receipt on a narrow ticket or a half sheet: the airport,
    aircraft, product, meter readings, quantity, density and temperature in hand, the pilot's
    and the driver's signatures."""
    h = head_of(who, "fuel", ["centred", "stripe", "framed"])
    lg = h.lang
    narrow = keyed(who, "fuelsize").random() < 0.6
    size = TICKET if narrow else HALF
    s = style_of(h, size, margin=14 if narrow else 24, pt=7.5)
    w, hh = size
    m = s.margin
    a = the_plane(rng)
    d = on(rng)
    p = Page(size)
    pt = shrink(h.name, s.bold, 10, w - 2 * m)
    p.text(w / 2, m + 10, h.name, s.bold, pt, "center")
    p.text(w / 2, m + 20, fit(h.town, s.font, 6.5, w - 2 * m), s.font, 6.5, "center")
    title = tr(lg, "FUEL DELIVERY RECEIPT", "BETANKUNGSBELEG", "BON D'AVITAILLEMENT")
    p.line(m, m + 26, w - m, m + 26)
    p.text(w / 2, m + 40, title, s.bold, shrink(title, s.bold, 10, w - 2 * m), "center")
    no = serial(rng, "999999")
    p.text(w / 2, m + 52, f"No {no}", "Courier-Bold", 9, "center")
    jet = a.engine.startswith(("PW", "CF", "PT"))
    litres = rng.randint(150, 3800) if jet else rng.randint(60, 380)
    start = rng.randint(100000, 999999)
    dens = rng.uniform(0.785, 0.815) if jet else 0.72
    rows = [
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Airport", "Flughafen", "Aéroport"), keyed(who, "apt").choice(AIRPORTS[lg])),
        (tr(lg, "Aircraft", "Luftfahrzeug", "Aéronef"), a.reg),
        (tr(lg, "Flight", "Flug", "Vol"), serial(rng, "AAA999") if rng.random() < 0.5 else "-"),
        (tr(lg, "Product", "Produkt", "Produit"), FUELS["jet" if jet else "avgas"]),
        (tr(lg, "Meter start", "Zähler Anfang", "Compteur début"), str(start)),
        (tr(lg, "Meter end", "Zähler Ende", "Compteur fin"), str(start + litres)),
        (tr(lg, "Quantity (l)", "Menge (l)", "Quantité (l)"), str(litres)),
        (tr(lg, "Density @15°C", "Dichte 15°C", "Densité 15°C"), f"{dens:.3f}"),
        (tr(lg, "Fuel temp", "Temperatur", "Température"), f"{rng.randint(-2, 24)} °C"),
        (tr(lg, "Quantity (kg)", "Menge (kg)", "Quantité (kg)"), str(round(litres * dens))),
    ]
    y = m + 70
    if narrow:
        for cap, val in rows:
            p.text(m, y, cap, s.font, 7)
            p.text(w - m, y, val, HAND, 9, "right")
            p.line(m, y + 3, w - m, y + 3)
            y += 15
    else:
        y = fields(p, s, m, y - 6, w - 2 * m, rows[:8], per=4, tall=22)
        y = fields(p, s, m, y - 10, w - 2 * m, rows[8:], per=3, tall=22)
    y += 6
    box(p, m, y, True, 7)
    p.text(
        m + 10,
        y,
        fit(
            tr(lg, "Water check / sump clear", "Wassertest i.O.", "Contrôle eau OK"),
            s.font,
            6.5,
            w - 2 * m - 10,
        ),
        s.font,
        6.5,
    )
    y += 12
    acct = keyed(who, "acct" + a.reg).choice(["", "", serial(keyed(who, "card"), "9999 99")])
    p.text(
        m,
        y,
        fit(
            tr(lg, "Account / card: ", "Kunde / Karte: ", "Compte / carte : ")
            + (acct or tr(lg, "cash / card payment", "Barzahlung / Karte", "paiement comptant")),
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
    )
    y += 26
    p.line(m, y, m + (w - 2 * m) * 0.45, y)
    p.line(w - m - (w - 2 * m) * 0.45, y, w - m, y)
    sign(p, m + 4, y - 2, person(rng, lg), 10)
    sign(p, w - m - (w - 2 * m) * 0.42, y - 2, person(rng, lg), 10)
    p.text(m, y + 8, tr(lg, "Pilot / customer", "Pilot / Kunde", "Pilote / client"), s.font, 6)
    p.text(w - m, y + 8, tr(lg, "Operator", "Tankwart", "Avitailleur"), s.font, 6, "right")
    if narrow and y + 60 < hh:
        slip_rule(p, m, w - m, y + 40, tr(lg, "customer copy", "Kundenbeleg", "copie client"))
    note(a, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates JJ: parts trade
# ---------------------------------------------------------------------------------------------

VAT = {"en": 0.20, "de": 0.19, "fr": 0.20}
TERMS_HEADS = {
    "en": [
        "Definitions",
        "Orders and acceptance",
        "Prices and payment",
        "Delivery and risk",
        "Certification and traceability",
        "Exchange units and cores",
        "Warranty",
        "Returns",
        "Limitation of liability",
        "Export control",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise und Zahlung",
        "Lieferung und Gefahrübergang",
        "Zertifizierung und Rückverfolgbarkeit",
        "Austauschteile und Altteile",
        "Gewährleistung",
        "Rücksendungen",
        "Haftung",
        "Exportkontrolle",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix et paiement",
        "Livraison et transfert des risques",
        "Certification et traçabilité",
        "Échanges standard et retours de pièces",
        "Garantie",
        "Retours",
        "Responsabilité",
        "Contrôle des exportations",
        "Juridiction",
    ],
}


def order_no(rng: random.Random) -> str:
    r = random.Random(zlib.crc32(f"creel/pomask/{OFFICE['seed']}".encode()))
    return serial(rng, r.choice(["PO-99999", "P999999", "99-99999"]))


def line_items(rng: random.Random, lang: str, rotable: Part | None, n: int) -> list[list[str]]:
    """Invoice rows: P/N, description, condition, qty, unit price, amount (raw numbers kept
    in the last column as text for summing)."""
    rows = []
    if rotable is not None:
        rows.append([rotable.pn, pname(rotable, lang), rotable.cond, "1", f"{rotable.price}"])
        if rotable.cond in ("OH", "RP", "SV") and rng.random() < 0.6:
            rows.append(
                [
                    "",
                    tr(lang, "Exchange fee", "Tauschgebühr", "Frais d'échange standard"),
                    "",
                    "1",
                    f"{round(rotable.price * 0.18, -1)}",
                ]
            )
            rows.append(
                [
                    "",
                    tr(
                        lang,
                        "Core charge - credited on return of repairable core",
                        "Pfand Altteil - Gutschrift bei Rücksendung",
                        "Consigne - remboursée au retour de la pièce",
                    ),
                    "",
                    "1",
                    f"{round(rotable.price * 0.45, -1)}",
                ]
            )
    for name, unit, (lo, hi) in rng.sample(CONSUMABLES, k=min(n, len(CONSUMABLES))):
        q = rng.choice([1, 2, 4, 5, 10, 12, 20, 25, 50]) if hi < 50 else rng.choice([1, 2, 3, 4])
        rows.append(
            [
                name.split()[-1] if rng.random() < 0.2 else serial(rng, "AA9999-9"),
                name,
                "NE",
                str(q),
                f"{round(rng.uniform(lo, hi), 2)}",
                unit,
            ]
        )
    return [r[:5] for r in rows]


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A parts supplier's invoice (invoice, Rechnung, facture) in the supplier's language and
    currency (now and then US dollars): part numbers, condition codes, exchange fee and core
    charge, freight, VAT or the reverse-charge note; sometimes a certificate of conformity
    page and a terms page behind it."""
    h = head_of(who, "supplier")
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.3 else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    d = the_day(rng, ("purchase_order",), (1, 6))
    cur = "USD" if keyed(who, "usd").random() < 0.3 else ("GBP" if lg == "en" else "EUR")
    rot = the_part(rng, ("purchase_order",)) if rng.random() < 0.7 else None
    no = serial(
        rng, keyed(who, "invmask").choice(["INV-999999", "99999999", "RE 99-99999", "FA999999"])
    )
    po = str(LAST["ref"]) if LAST["kind"] == "purchase_order" else order_no(rng)
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        mro_lines(tr(lg, "Accounts Payable", "Kreditorenbuchhaltung", "Comptabilité fournisseurs")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), po),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Client n°"),
                serial(keyed(who, "cust"), "999999"),
            ),
            ("Incoterms", keyed(who, "inco").choice(["EXW", "FCA", "DAP", "CPT"])),
        ],
    )
    caption(f, s, title, 4)
    rows = line_items(rng, lg, rot, rng.choice([0, 1, 2, 3, 5, 8]) if rot else rng.randint(2, 9))
    out = []
    net = 0.0
    for k, (pn, desc, cond, q, price) in enumerate(rows):
        amount = float(price) * int(q)
        net += amount
        out.append([str(k + 1), pn, desc, cond, q, money(float(price), lg), money(amount, lg)])
    cols = columns(
        f.page.size[0] * 0 + m,
        w - m,
        [
            (0.4, "left"),
            (1.6, "left"),
            (3.6, "left"),
            (0.6, "center"),
            (0.5, "right"),
            (1.2, "right"),
            (1.3, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Part number", "Teilenummer", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Cond", "Zust.", "État"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        out,
        s,
        size=s.size - 1.5,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    freight = round(rng.uniform(35, 420), 2)
    net += freight
    foreign = lg != home()
    vat = 0.0 if foreign or cur == "USD" else net * VAT[lg]
    f.need(110)
    f.y += 6
    summ = [
        (
            tr(lg, "Freight and packing", "Fracht und Verpackung", "Port et emballage"),
            cash(freight, cur, lg),
        ),
        (tr(lg, "Net total", "Nettobetrag", "Total HT"), cash(net, cur, lg)),
        (
            tr(lg, "VAT", "USt.", "TVA") + (f" {int(VAT[lg] * 100)} %" if vat else " 0 %"),
            cash(vat, cur, lg),
        ),
        (tr(lg, "TOTAL DUE", "GESAMTBETRAG", "TOTAL TTC"), cash(net + vat, cur, lg)),
    ]
    f.y = pairs(f.page, s, w - m - 230, f.y, summ, w - m, s.size - 0.5) + 6
    if foreign:
        write(
            f,
            s,
            tr(
                lg,
                "Supply of goods to a customer outside the UK - zero rated.",
                "Innergemeinschaftliche Lieferung / Ausfuhr - steuerfrei. "
                "Steuerschuldnerschaft des Leistungsempfängers.",
                "Autoliquidation - exonération de TVA, article 262 ter I du CGI.",
            ),
            s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment terms: {rng.choice([30, 30, 45, 14])} days net. ",
            f"Zahlbar innerhalb {rng.choice([14, 30, 30])} Tagen ohne Abzug. ",
            f"Paiement à {rng.choice([30, 45])} jours fin de mois. ",
        )
        + tr(
            lg,
            "All parts supplied with release documentation as listed.",
            "Alle Teile mit Freigabedokumentation gemäß Aufstellung.",
            "Toutes les pièces sont livrées avec leur documentation libératoire.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(conformity_page(rng, h, s, rows, no, d))
    if rng.random() < 0.25:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General Terms and Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS_HEADS[lg],
                "trade",
                rng.choice([2, 3]),
            )
        )
    received(rng, pages[0], d)
    note(the_plane(rng), d, rot, no)
    return pages


def conformity_page(
    rng: random.Random, h: Head, s: Style, rows: list[list[str]], no: str, d: date
) -> Page:
    """The supplier's certificate of conformity for the goods of an invoice."""
    lg = h.lang
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    y = heading(p, s, h)
    t = tr(lg, "CERTIFICATE OF CONFORMITY", "KONFORMITÄTSBESCHEINIGUNG", "CERTIFICAT DE CONFORMITÉ")
    p.text(w / 2, y + 6, t, s.bold, 14, "center")
    y += 30
    y = text_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            f"We hereby certify that the goods supplied under our invoice {no} conform in all "
            "respects to the order and to the applicable specifications, and that documented "
            "evidence of their traceability to the manufacturer is held on file and available "
            "for inspection.",
            f"Hiermit bestätigen wir, dass die mit Rechnung {no} gelieferten Waren in jeder "
            "Hinsicht der Bestellung und den geltenden Spezifikationen entsprechen und die "
            "Rückverfolgbarkeit zum Hersteller dokumentiert ist.",
            f"Nous certifions que les marchandises livrées au titre de notre facture {no} sont "
            "conformes à la commande et aux spécifications applicables, et que leur traçabilité "
            "jusqu'au fabricant est documentée et disponible.",
        ),
        s.size,
    )
    cols = columns(m, w - m, [(1.6, "left"), (3.6, "left"), (0.6, "right"), (1.6, "left")])
    f = Flow(s.page_size, s.page_size[1] - 60, lambda pg, n: y)
    f.page = p
    f.pages = [p]
    f.y = y + 6
    table(
        f,
        cols,
        [
            tr(lg, "Part number", "Teilenummer", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Batch / lot", "Charge", "Lot"),
        ],
        [[r[0], r[1], r[3], serial(rng, "L99999")] for r in rows if r[0]],
        s,
        size=s.size - 1.5,
        rules=True,
    )
    y = f.y + 30
    qi = staff(h, "qi")
    sign(p, m, y, qi)
    p.text(
        m,
        y + 12,
        f"{qi} - " + tr(lg, "Quality Inspector", "Qualitätsprüfer", "Contrôleur qualité"),
        s.font,
        s.size - 1,
    )
    p.text(w - m, y + 12, short(d, lg), s.font, s.size - 1, "right")
    return p


def tpl_packing_list(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's packing list (packing list, Lieferschein / Packliste, bordereau de
    livraison) on A4 or landscape A5: the shipment, packages and weights, the items with part
    and serial numbers and the release document sent with each; goods inwards ticks, the
    storeman's signature and now and then a stamp."""
    h = head_of(who, "supplier", ["split", "band", "framed", "tail", "rule"])
    lg = h.lang
    size = landscape(A5) if keyed(who, "plsize").random() < 0.35 else A4
    small = size != A4
    s = style_of(h, size, margin=28 if small else 0, pt=8 if small else 0)
    w, _hh = size
    m = s.margin
    d = on(rng)
    part = a_part(rng)
    no = serial(rng, keyed(who, "plmask").choice(["DN99999", "PL-999999", "LS 9999999"]))
    f = sheets(s, h)
    p = f.page
    title = tr(lg, "PACKING LIST", "LIEFERSCHEIN / PACKLISTE", "BORDEREAU DE LIVRAISON")
    p.text(w - m, f.y - 2, title, s.bold, s.size + 4, "right")
    p.text(w - m, f.y + 11, no, "Courier-Bold", s.size + 1, "right")
    mro = mro_head()
    f.y = fields(
        p,
        s,
        m,
        f.y + 18,
        w - 2 * m,
        [
            (
                tr(lg, "Ship to", "Lieferanschrift", "Destinataire"),
                f"{mro.name}, " + tr(lg, "Stores", "Lager", "Magasin") + f", {mro.town}",
            ),
            (tr(lg, "Ship date", "Versanddatum", "Date d'expédition"), short(d, lg)),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), order_no(rng)),
            (
                tr(lg, "AWB / tracking", "Frachtbrief / Sendung", "LTA / suivi"),
                serial(rng, rng.choice(["999-99999999", "1Z99AA999999999999", "9999 9999 99"])),
            ),
            (tr(lg, "Packages", "Packstücke", "Colis"), str(rng.randint(1, 4))),
            (
                tr(lg, "Gross weight", "Bruttogewicht", "Poids brut"),
                f"{rng.uniform(0.8, 48):.1f} kg",
            ),
        ],
        per=3,
        tall=22,
        hand=False,
    )
    certs = ["EASA Form 1", "FAA 8130-3", "Dual release", "CoC", "CAA Form 1"]
    rows = [
        [
            "1",
            part.pn,
            pname(part, lg),
            part.sn,
            "1",
            part.cond,
            rng.choice(certs[:3] if lg != "en" else [certs[4], certs[1], certs[2]]),
        ]
    ]
    for k, (name, unit, _) in enumerate(
        rng.sample(CONSUMABLES, k=rng.randint(0, 4 if small else 7))
    ):
        rows.append(
            [
                str(k + 2),
                serial(rng, "AA9999-9"),
                name,
                serial(rng, "L99999"),
                str(rng.choice([1, 2, 5, 10, 20])) + f" {unit}",
                "NE",
                "CoC",
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (0.3, "left"),
            (1.5, "left"),
            (3.2, "left"),
            (1.2, "left"),
            (0.8, "right"),
            (0.5, "center"),
            (1.2, "left"),
        ],
    )
    table(
        f,
        cols,
        [
            "#",
            "P/N",
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "S/N / batch", "S/N / Charge", "N° série / lot"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Cond", "Zust.", "État"),
            tr(lg, "Release doc", "Freigabe", "Document"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
        step=1.8,
    )
    f.need(70)
    f.y += 6
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Dangerous goods", "Gefahrgut", "Marchandises dangereuses"),
            tr(lg, "No dangerous goods", "Kein Gefahrgut", "Non dangereux"),
            tr(lg, "ESD sensitive", "ESD-empfindlich", "Sensible ESD"),
        ],
        {1, 2} if rng.random() < 0.3 else {1},
        7.5,
    )
    f.y += 4
    hl = home()
    f.page.text(
        m,
        f.y + 6,
        tr(hl, "Goods inwards inspection:", "Wareneingangsprüfung:", "Contrôle à réception :"),
        s.bold,
        7.5,
    )
    f.y = ticks(
        f.page,
        s,
        m + 120,
        f.y + 6,
        w - 2 * m - 120,
        [
            tr(hl, "Accepted", "Angenommen", "Accepté"),
            tr(hl, "Quarantine", "Quarantäne", "Quarantaine"),
            tr(hl, "Documents checked", "Papiere geprüft", "Documents vérifiés"),
        ],
        {0, 2} if rng.random() < 0.85 else {1},
        7.5,
    )
    sign(f.page, m + 20, f.y + 12, staff(mro_head(), "stores"), 11)
    f.page.text(m + 130, f.y + 10, short(d + timedelta(days=rng.randint(1, 4)), hl), HAND, 9)
    if rng.random() < 0.3:
        stamp(
            f.page,
            w - m - 150,
            f.y - 40,
            [
                tr(hl, "STORES", "LAGER", "MAGASIN"),
                short(d + timedelta(days=2), hl),
                mro.name.split()[0],
            ],
        )
    note(the_plane(rng), d, part, no)
    return close(f.pages, s, h, numbers="none" if small else None)


def tpl_purchase_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The organisation's purchase order to a parts supplier (purchase order, Bestellung, bon
    de commande) in the organisation's language: priority ticks (AOG, critical, routine), the
    aircraft for an AOG, required release documents, items, delivery, the buyer's signature;
    sometimes the purchasing conditions on a second page."""
    h = mro_head()
    lg = h.lang
    sup = head_of(who, "supplier")
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = on(rng)
    no = order_no(rng)
    title = tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE")
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        [sup.name, sup.street, sup.town],
        d,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "Commande n°"), no),
            (
                tr(lg, "Supplier no.", "Lieferanten-Nr.", "Fournisseur n°"),
                serial(keyed(who, "supno"), "99999"),
            ),
            (tr(lg, "Buyer", "Einkäufer", "Acheteur"), staff(h, "buyer")),
        ],
    )
    caption(f, s, f"{title} {no}", 3)
    pri = rng.choice([0, 1, 2, 2])
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        ["AOG", tr(lg, "Critical", "Dringend", "Urgent"), tr(lg, "Routine", "Normal", "Normal")],
        {pri},
        9,
    )
    a = the_plane(rng)
    if pri == 0:
        f.page.text(
            m,
            f.y + 2,
            tr(
                lg,
                f"AIRCRAFT ON GROUND - {a.reg} ({a.model}) - ship first available flight",
                f"AOG - {a.reg} ({a.model}) - Versand mit nächstem Flug",
                f"AOG - {a.reg} ({a.model}) - expédition premier vol",
            ),
            s.bold,
            s.size,
        )
        f.y += 16
    part = a_part(rng)
    rows = [
        [
            "1",
            part.pn,
            pname(part, lg),
            "1",
            rng.choice(["OH", "SV", "NE", "OH/SV"]),
            cash(part.price, "GBP" if lg == "en" else "EUR", lg),
        ]
    ]
    for k, (name, _unit, (lo, hi)) in enumerate(rng.sample(CONSUMABLES, k=rng.randint(0, 5))):
        q = rng.choice([1, 2, 5, 10])
        rows.append(
            [
                str(k + 2),
                serial(rng, "AA9999-9"),
                name,
                str(q),
                "NE",
                cash(q * rng.uniform(lo, hi), "GBP" if lg == "en" else "EUR", lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (1.6, "left"),
            (3.6, "left"),
            (0.5, "right"),
            (0.8, "center"),
            (1.4, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Part number", "Teilenummer", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Cond.", "Zustand", "État"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=True,
    )
    f.need(120)
    f.y += 8
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Release documents required:",
            "Erforderliche Freigabedokumente:",
            "Documents libératoires exigés :",
        ),
        s.bold,
        s.size - 1,
    )
    f.y += 12
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            "EASA Form 1",
            "CAA Form 1",
            "FAA 8130-3",
            tr(lg, "Dual release", "Doppelfreigabe", "Double APRS"),
            "CoC",
        ],
        set(rng.sample(range(5), 2)),
        8.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Deliver to: Stores, {h.street}, {h.town}. ",
            f"Lieferung an: Lager, {h.street}, {h.town}. ",
            f"Livraison : magasin, {h.street}, {h.town}. ",
        )
        + tr(
            lg,
            "Quote our order number on all documents. Parts without valid release "
            "documentation will be rejected.",
            "Bitte Bestellnummer auf allen Papieren "
            "angeben. Teile ohne gültige Freigabebescheinigung werden zurückgewiesen.",
            "Rappeler notre numéro de commande sur tous les documents. Toute pièce sans "
            "document libératoire valide sera refusée.",
        ),
        s.size - 1,
    )
    f.need(60)
    f.y += 18
    sign(f.page, m, f.y, staff(h, "buyer"))
    f.page.text(
        m,
        f.y + 12,
        f"{staff(h, 'buyer')} - " + tr(lg, "Purchasing", "Einkauf", "Achats"),
        s.font,
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
                    "General Conditions of Purchase",
                    "Allgemeine Einkaufsbedingungen",
                    "Conditions générales d'achat",
                ),
                TERMS_HEADS[lg],
                "trade",
                2,
            )
        )
    note(a, d, part, no)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates JJ: the hangar's own paperwork
# ---------------------------------------------------------------------------------------------

TASKS = {
    "en": [
        ("05", "Zonal inspection - main landing gear bays"),
        ("12", "Replenish engine oil and record uplift"),
        ("32", "Main wheel and brake wear check"),
        ("32", "Lubricate landing gear"),
        ("27", "Flight control cable tension check"),
        ("28", "Fuel filter element replacement"),
        ("29", "Hydraulic reservoir level and filter DP indicator check"),
        ("30", "Propeller de-ice boot inspection"),
        ("34", "Pitot-static system leak test"),
        ("52", "Passenger door seal inspection"),
        ("61", "Propeller blade visual inspection"),
        ("71", "Engine mount bolts torque check"),
        ("72", "Borescope inspection - hot section"),
        ("25", "ELT battery expiry check"),
        ("26", "Fire bottle pressure and weight check"),
    ],
    "de": [
        ("05", "Zonenkontrolle Hauptfahrwerksschächte"),
        ("12", "Triebwerksöl auffüllen und Menge eintragen"),
        ("32", "Verschleißkontrolle Haupträder und Bremsen"),
        ("32", "Fahrwerk abschmieren"),
        ("27", "Seilspannung Steuerung prüfen"),
        ("28", "Kraftstofffilterelement wechseln"),
        ("29", "Hydraulikbehälter Füllstand und Filteranzeige prüfen"),
        ("30", "Propellerenteisung Sichtprüfung"),
        ("34", "Dichtheitsprüfung Pitot-Statik-Anlage"),
        ("52", "Türdichtung Passagiertür prüfen"),
        ("61", "Propellerblätter Sichtprüfung"),
        ("71", "Triebwerksaufhängung Anzugsmoment prüfen"),
        ("72", "Boroskopie Heißteil"),
        ("26", "Feuerlöschbehälter Druck und Gewicht prüfen"),
    ],
    "fr": [
        ("05", "Inspection de zone - logements de train principal"),
        ("12", "Complément d'huile moteur et report de la quantité"),
        ("32", "Contrôle d'usure roues et freins principaux"),
        ("32", "Graissage du train d'atterrissage"),
        ("27", "Contrôle de tension des câbles de commande"),
        ("28", "Remplacement de l'élément filtrant carburant"),
        ("29", "Niveau réservoir hydraulique et indicateur de colmatage"),
        ("30", "Inspection des boudins de dégivrage hélice"),
        ("34", "Essai d'étanchéité du circuit anémométrique"),
        ("61", "Inspection visuelle des pales d'hélice"),
        ("71", "Contrôle du couple de serrage des attaches moteur"),
        ("72", "Endoscopie des parties chaudes"),
        ("26", "Contrôle pression et pesée des extincteurs"),
    ],
}


def initials(name: str) -> str:
    parts = name.split()
    return (parts[0][0] + parts[-1][0]).upper()


def task_card(
    rng: random.Random,
    h: Head,
    s: Style,
    wo: str,
    a: Plane,
    k: int,
    n: int,
    task: tuple[str, str],
    d: date,
    crew: list[str],
) -> Page:
    """One task card: the boxed card header, the numbered steps with mechanic and inspector
    columns signed off by hand, parts used and findings."""
    lg = h.lang
    p = Page(A4)
    w, hh = A4
    m = 36.0
    ata, title = task
    p.rect(m, m - 10, w - 2 * m, 58)
    p.line(m, m + 10, w - m, m + 10)
    p.text(m + 6, m + 4, fit(h.name, "Helvetica-Bold", 9, 200), "Helvetica-Bold", 9)
    p.text(
        w / 2,
        m + 4,
        tr(lg, "TASK CARD", "ARBEITSKARTE", "CARTE DE TRAVAIL"),
        "Helvetica-Bold",
        11,
        "center",
    )
    p.text(w - m - 6, m + 4, f"{k} / {n}", "Helvetica-Bold", 9, "right")
    cells = [
        (tr(lg, "W/O", "Auftrag", "OT"), wo),
        (tr(lg, "Reg", "Kennz.", "Immat."), a.reg),
        ("ATA", ata),
        (
            tr(lg, "Ref", "Ref.", "Réf."),
            f"AMM {ata}-{rng.randint(10, 60)}-{rng.randint(0, 40):02d}",
        ),
        (tr(lg, "Est. MH", "Soll-Std.", "Heures est."), f"{rng.uniform(0.3, 6):.1f}"),
    ]
    cw = (w - 2 * m) / len(cells)
    for j, (cap, val) in enumerate(cells):
        x = m + j * cw
        if j:
            p.line(x, m + 10, x, m + 48)
        p.text(x + 4, m + 20, cap, "Helvetica", 6)
        p.text(x + 4, m + 38, fit(val, "Courier-Bold", 9, cw - 8), "Courier-Bold", 9)
    y = m + 68
    p.text(m, y, fit(title, "Helvetica-Bold", 11, w - 2 * m), "Helvetica-Bold", 11)
    y += 18
    cols = [(m, m + 26), (m + 26, w - m - 110), (w - m - 110, w - m - 55), (w - m - 55, w - m)]
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
    for (x0, _x1), t in zip(
        cols,
        [
            "#",
            tr(lg, "Step", "Arbeitsschritt", "Opération"),
            tr(lg, "Mech", "Mech.", "Méca"),
            tr(lg, "Insp", "Prüfer", "Contrôle"),
        ],
        strict=True,
    ):
        p.text(x0 + 3, y, t, "Helvetica-Bold", 7.5)
    y += 8
    mech, insp = crew[0], crew[-1]
    for st in range(rng.randint(3, 8)):
        text = words(rng, lg, "maint", rng.randint(8, 22))
        lines = wrap(text, s.font, 8, cols[1][1] - cols[1][0] - 6)
        rh = max(22, len(lines) * 10 + 8)
        if y + rh > hh - 170:
            break
        p.rect(m, y, w - 2 * m, rh)
        for x0, _ in cols[1:]:
            p.line(x0, y, x0, y + rh)
        p.text(m + 4, y + 12, f"{st + 1}.", s.font, 8)
        for j, ln in enumerate(lines):
            p.text(cols[1][0] + 3, y + 12 + 10 * j, ln, s.font, 8)
        p.text(cols[2][0] + 12, y + 14, initials(mech), HAND, 10)
        if rng.random() < 0.4:
            p.text(cols[3][0] + 12, y + 14, initials(insp), HAND, 10)
        y += rh
    y += 14
    p.text(m, y, tr(lg, "Parts used", "Verbaute Teile", "Pièces utilisées"), "Helvetica-Bold", 8)
    y += 6
    for j in range(3):
        p.rect(m, y, w - 2 * m, 15)
        if j == 0 and rng.random() < 0.5:
            part = a_part(rng)
            p.text(
                m + 4,
                y + 11,
                fit(f"{part.pn}   S/N {part.sn}   {pname(part, lg)}", HAND, 9, w - 2 * m - 8),
                HAND,
                9,
            )
        y += 15
    y += 14
    p.text(
        m,
        y,
        tr(lg, "Findings / remarks", "Befund / Bemerkungen", "Constatations"),
        "Helvetica-Bold",
        8,
    )
    y = ruled(p, m, y + 16, w - 2 * m, 3, rng, lg, 0.45, 15)
    y += 8
    p.text(m, y, tr(lg, "Task complete", "Arbeit abgeschlossen", "Tâche terminée"), s.font, 8)
    sign(p, m + 110, y, mech, 11)
    p.text(m + 230, y, short(d, lg), HAND, 9)
    auth_stamp(p, w - m - 30, y - 6, stamp_no(insp), lg)
    p.text(
        m,
        hh - 24,
        f"{h.name} - "
        + tr(lg, "Form", "Formblatt", "Formulaire")
        + f" {serial(random.Random(OFFICE['seed']), 'AA-99')} Rev "
        + str(random.Random(OFFICE["seed"]).randint(2, 9)),
        "Helvetica",
        6.5,
    )
    return p


def tpl_work_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The organisation's work order / work package for a customer's aircraft: the cover sheet
    with the aircraft, the check, the task list and the planning / production / quality
    sign-off, then one to five task cards (each 'i / n'), all filed as one work order."""
    h = mro_head()
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    a = the_plane(rng, ("techlog",))
    d = on(rng)
    wo = wo_number(rng)
    op = head_of(who, "operator")
    title = tr(lg, "WORK ORDER", "ARBEITSAUFTRAG", "ORDRE DE TRAVAIL")
    f = sheets(s, h, f"{title} {wo} - {a.reg}")
    caption(f, s, f"{title}  {wo}", 5)
    check = rng.choice(CHECKS[lg])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), op.name),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), a.reg),
            (tr(lg, "Type / MSN", "Muster / Werk-Nr.", "Type / n° série"), f"{a.model} / {a.msn}"),
            (tr(lg, "Check / work", "Ereignis", "Visite"), check),
            (tr(lg, "Input date", "Eingang", "Entrée"), short(d, lg)),
            (
                tr(lg, "Planned release", "Geplante Freigabe", "Sortie prévue"),
                short(d + timedelta(days=rng.randint(1, 12)), lg),
            ),
            (
                tr(lg, "Hours / cycles at input", "Std. / Zyklen bei Eingang", "Heures / cycles"),
                f"{a.hours} / {a.cycles}",
            ),
            (tr(lg, "Customer order", "Kundenauftrag", "Commande client"), serial(rng, "AAA-9999")),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    tasks = rng.sample(TASKS[lg], k=rng.randint(4, 12))
    n_cards = min(len(tasks), rng.choice([1, 1, 2, 2, 3, 4, 5]))
    rows = []
    for k, (ata, t) in enumerate(tasks):
        rows.append(
            [
                f"TC{k + 1:02d}",
                t,
                ata,
                f"{rng.uniform(0.3, 6):.1f}",
                tr(lg, "open", "offen", "ouvert")
                if k >= n_cards and rng.random() < 0.2
                else tr(lg, "closed", "erledigt", "soldé"),
            ]
        )
    cols = columns(
        m, w - m, [(0.8, "left"), (5, "left"), (0.6, "center"), (0.8, "right"), (1, "center")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Task", "Tätigkeit", "Tâche"),
            "ATA",
            "MH",
            tr(lg, "Status", "Status", "État"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    f.need(110)
    f.y += 10
    crew = [staff(h, f"mech{j}") for j in range(4)]
    roles = [
        tr(lg, "Planning", "Arbeitsvorbereitung", "Préparation"),
        tr(lg, "Production", "Fertigung", "Production"),
        tr(lg, "Quality / CRS", "Qualität / Freigabe", "Qualité / APRS"),
    ]
    cw = (w - 2 * m) / 3
    for j, role in enumerate(roles):
        x = m + j * cw
        f.page.rect(x, f.y, cw, 46)
        f.page.text(x + 4, f.y + 9, role, s.font, 6.5)
        sign(f.page, x + 10, f.y + 32, crew[j + 1] if j else staff(h, "planner"), 11)
        f.page.text(x + cw - 6, f.y + 42, short(d + timedelta(days=j * 2), lg), HAND, 8, "right")
    f.y += 56
    pages = close(f.pages, s, h)
    for k in range(n_cards):
        pages.append(task_card(rng, h, s, wo, a, k + 1, n_cards, tasks[k], d, rng.sample(crew, 2)))
    note(a, d, None, wo)
    return pages


REMOVAL = {
    "en": [
        "Unscheduled removal - inoperative",
        "Scheduled removal - hard time",
        "Removed for access",
        "Leaking in service",
        "Fault code reported by crew",
    ],
    "de": [
        "Außerplanmäßiger Ausbau - ohne Funktion",
        "Planmäßiger Ausbau - Laufzeit",
        "Undicht im Betrieb",
        "Fehlermeldung durch Besatzung",
    ],
    "fr": [
        "Dépose non programmée - inopérant",
        "Dépose programmée - potentiel atteint",
        "Fuite en service",
        "Message de panne signalé par l'équipage",
    ],
}
FINDS = {
    "en": [
        "Corrosion on housing flange",
        "Bearing worn beyond limits",
        "Seal deteriorated",
        "Brush wear at limit",
        "Connector pins bent",
        "Shaft spline wear within limits",
        "Internal leakage above CMM limit",
        "Contamination in filter bowl",
    ],
    "de": [
        "Korrosion am Gehäuseflansch",
        "Lager über Verschleißgrenze",
        "Dichtung spröde",
        "Kohlebürsten an Verschleißgrenze",
        "Steckerstifte verbogen",
        "Innere Leckage über CMM-Grenzwert",
        "Verschmutzung im Filtertopf",
    ],
    "fr": [
        "Corrosion sur la bride du carter",
        "Roulement usé hors tolérance",
        "Joint dégradé",
        "Balais en limite d'usure",
        "Broches de connecteur tordues",
        "Fuite interne supérieure à la limite CMM",
        "Contamination dans le bol filtre",
    ],
}


def tpl_shop_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A component shop's strip / teardown report (strip report, Befundbericht, rapport
    d'expertise) on a unit sent in by the organisation: unit data, reason for removal,
    findings, work done, parts replaced, the functional test sheet and one or two photo
    sheets; the Form 1 comes on its own."""
    h = head_of(who, "shop")
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    part = a_part(rng)
    part.cond = rng.choice(["OH", "RP", "RP", "SV"])
    d = on(rng)
    no = serial(rng, keyed(who, "srmask").choice(["SR-99999", "WO 99999", "99999/99"]))
    title = tr(lg, "COMPONENT STRIP REPORT", "BEFUNDBERICHT", "RAPPORT D'EXPERTISE")
    f = sheets(s, h, f"{title} {no} - P/N {part.pn} S/N {part.sn}")
    caption(f, s, title, 4)
    mro = mro_head()
    a = rng.choice(fleet())
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Report no.", "Bericht Nr.", "Rapport n°"), no),
                (tr(lg, "Customer", "Kunde", "Client"), mro.name),
                (tr(lg, "Customer order", "Bestellung", "Commande"), order_no(rng)),
                (tr(lg, "Unit", "Gerät", "Équipement"), pname(part, lg)),
                ("P/N - S/N", f"{part.pn} - {part.sn}"),
                (tr(lg, "Removed from", "Ausgebaut aus", "Déposé de"), f"{a.reg} ({a.model})"),
                ("TSN / CSN", f"{rng.randint(900, 24000)} / {rng.randint(600, 30000)}"),
                (
                    tr(lg, "Received", "Eingang", "Reçu le"),
                    day(h, d - timedelta(days=rng.randint(6, 30))),
                ),
            ],
            w / 2 + 80,
            s.size - 1,
        )
        + 6
    )
    caption(f, s, tr(lg, "Reason for removal", "Ausbaugrund", "Motif de dépose"), 0)
    write(f, s, rng.choice(REMOVAL[lg]) + ". " + words(rng, lg), s.size - 0.5)
    caption(f, s, tr(lg, "Findings", "Befund", "Constatations"), 0)
    for k, t in enumerate(rng.sample(FINDS[lg], k=rng.randint(2, 5))):
        write(f, s, f"{k + 1}. {t}. " + words(rng, lg), s.size - 0.5, indent=8)
    caption(f, s, tr(lg, "Work performed", "Durchgeführte Arbeiten", "Travaux effectués"), 0)
    cmm = f"CMM {part.ata}-{rng.randint(10, 60)}-{rng.randint(1, 99):02d}"
    write(
        f,
        s,
        tr(
            lg,
            f"Unit disassembled, cleaned and inspected IAW {cmm}. ",
            f"Gerät zerlegt, gereinigt und geprüft gem. {cmm}. ",
            f"Équipement démonté, nettoyé et inspecté selon {cmm}. ",
        )
        + prose(rng, lg, "maint", 1, 3),
        s.size - 0.5,
    )
    rows = []
    for _ in range(rng.randint(2, 9)):
        name, _unit, (lo, hi) = rng.choice(CONSUMABLES)
        rows.append(
            [serial(rng, "AA9999-99"), name, str(rng.randint(1, 6)), rng.choice(FINDS[lg])[:28]]
        )
    caption(f, s, tr(lg, "Parts replaced", "Ersetzte Teile", "Pièces remplacées"), 0)
    table(
        f,
        columns(m, w - m, [(1.4, "left"), (3, "left"), (0.5, "center"), (2.4, "left")]),
        [
            "P/N",
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Reason", "Grund", "Motif"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    f.need(70)
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"Conclusion: unit {STATUS_WORK[part.cond][0].lower()} and certified "
            "serviceable. Release certificate issued separately.",
            f"Ergebnis: Gerät {STATUS_WORK[part.cond][1].lower()} und lufttüchtig. "
            "Freigabebescheinigung separat.",
            f"Conclusion : équipement {STATUS_WORK[part.cond][2].lower()} et déclaré "
            "en état de service. Certificat libératoire émis séparément.",
        ),
        s.size - 0.5,
    )
    f.need(40)
    f.y += 10
    sign(f.page, m, f.y, staff(h, "insp"))
    f.page.text(
        m + 120,
        f.y,
        staff(h, "insp") + " - " + tr(lg, "Inspector", "Prüfer", "Contrôleur"),
        s.font,
        s.size - 1,
    )
    pages = list(f.pages)
    if rng.random() < 0.6:
        t = tr(lg, "FUNCTIONAL TEST RECORD", "PRÜFPROTOKOLL", "PROCÈS-VERBAL D'ESSAI")

        def test_start(pg: Page, n: int) -> float:
            y = running_header(pg, s, f"{title} {no}") + 14
            if n == 1:
                pg.text(m, y, t, s.bold, 12)
                pg.text(w - m, y, f"{cmm} - TEST {rng.randint(1, 6)}", s.font, 8, "right")
                y += 20
            return y

        ff = Flow(A4, hh - m - 30, test_start)
        trows = []
        for _ in range(rng.randint(6, 16)):
            lo = rng.uniform(1, 200)
            hi = lo * rng.uniform(1.05, 1.4)
            trows.append(
                [
                    words(rng, lg, n=3)[:-1],
                    f"{lo:.1f} - {hi:.1f}",
                    f"{rng.uniform(lo, hi):.1f}",
                    tr(lg, "PASS", "i.O.", "OK"),
                ]
            )
        table(
            ff,
            columns(m, w - m, [(3, "left"), (1.6, "center"), (1, "center"), (0.8, "center")]),
            [
                tr(lg, "Parameter", "Prüfpunkt", "Paramètre"),
                tr(lg, "Limits", "Grenzwerte", "Limites"),
                tr(lg, "Actual", "Ist", "Mesuré"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            trows,
            s,
            size=8,
            rules=True,
            step=2.0,
        )
        ff.need(40)
        sign(ff.page, m, ff.y + 24, staff(h, "tester"), 11)
        ff.page.text(
            m + 120,
            ff.y + 24,
            tr(lg, "Tested by", "Geprüft", "Essayé par") + " - " + day(h, d),
            s.font,
            8,
        )
        pages += ff.pages
    caps = rng.sample(FINDS[lg], k=min(4, len(FINDS[lg])))
    for _ in range(rng.choice([0, 1, 1, 2])):
        pages.append(
            photo_sheet(
                rng,
                s,
                h,
                tr(lg, "Photographs", "Fotodokumentation", "Photographies"),
                rng.choice([2, 4]),
                caps,
                f"{title} {no}",
            )
        )
    note(a, d, part, no)
    return close(pages, s, h)


def photo_sheet(
    rng: random.Random, s: Style, h: Head, title: str, n: int, caps: list[str], header: str
) -> Page:
    """A sheet of ``n`` photographs, two across, each with a figure caption."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    y = running_header(p, s, header) + 10
    p.text(m, y, title, s.bold, s.size + 2)
    y += 16
    per = 2
    rows = -(-n // per)
    cw = (w - 2 * m - 16) / per
    ch = min((hh - y - m - 40) / rows - 24, cw * 0.75)
    for k in range(n):
        cx = m + (k % per) * (cw + 16)
        cy = y + (k // per) * (ch + 26)
        photo(p, cx, cy, cw, ch, rng)
        p.text(
            cx,
            cy + ch + 11,
            fit(
                tr(h.lang, "Fig. ", "Abb. ", "Fig. ") + f"{k + 1} - " + caps[k % len(caps)],
                s.font,
                7.5,
                cw,
            ),
            s.font,
            7.5,
        )
    return p


# ---------------------------------------------------------------------------------------------
# Templates JJ: shipping, airport, insurance
# ---------------------------------------------------------------------------------------------

ENGINE_SHOPS = {
    "PW127M": ("Pratt & Whitney Canada - Engine Services", "Amsterdam", "NL"),
    "PW150A": ("Pratt & Whitney Canada - Engine Services", "Amsterdam", "NL"),
    "PT6A-67P": ("Pratt & Whitney Canada Service Centre", "Montreal", "CA"),
    "PT6A-42": ("Pratt & Whitney Canada Service Centre", "Montreal", "CA"),
    "PW545C": ("P&WC Service Centre", "St. Hubert", "CA"),
    "CF34-10E5": ("GE Aviation Engine Services", "Strother, KS", "US"),
    "O-540-E4C5": ("Lycoming Engines", "Williamsport, PA", "US"),
    "AE 300": ("Austro Engine GmbH", "Wiener Neustadt", "AT"),
}


def awb_page(
    rng: random.Random,
    lg: str,
    shipper: list[str],
    consignee: list[str],
    awb: str,
    pieces: int,
    kg: float,
    goods: str,
) -> Page:
    """A copy of an air waybill: the dense grid of shipper, consignee, routing, charges."""
    size = A4
    p = Page(size)
    w, hh = size
    m = 28.0
    p.text(m, m + 6, awb, "Courier-Bold", 13)
    p.text(w - m, m + 6, "Air Waybill", "Helvetica-Bold", 12, "right")
    p.text(w - m, m + 16, "Not negotiable - issued by", "Helvetica", 6.5, "right")
    p.text(
        w - m,
        m + 25,
        rng.choice(
            [
                "Lufthansa Cargo AG",
                "IAG Cargo",
                "Air France KLM Martinair Cargo",
                "Cargolux Airlines",
            ]
        ),
        "Helvetica-Bold",
        8,
        "right",
    )
    y = m + 34
    half = (w - 2 * m) / 2
    for cap, lines in [
        ("Shipper's Name and Address", shipper),
        ("Consignee's Name and Address", consignee),
    ]:
        p.rect(m, y, half, 62)
        p.text(m + 3, y + 7, cap, "Helvetica", 5.8)
        for j, ln in enumerate(lines[:4]):
            p.text(m + 6, y + 20 + 10 * j, fit(ln, "Courier", 8, half - 10), "Courier", 8)
        p.rect(m + half, y, half, 62)
        p.text(
            m + half + 3,
            y + 7,
            "Account Number" if cap.startswith("Sh") else "Handling Information",
            "Helvetica",
            5.8,
        )
        y += 62
    p.text(m + half + 6, y - 40, "SPARE AIRCRAFT ENGINE - AOG", "Courier", 8)
    cells = [
        ("Airport of Departure", {"en": "LHR", "de": "FRA", "fr": "CDG"}[lg]),
        ("To", {"NL": "AMS", "CA": "YUL", "US": "ORD", "AT": "VIE"}[consignee[-1]]),
        ("By First Carrier", "LH"),
        ("Currency", "EUR"),
        ("Declared Value for Carriage", "NVD"),
        ("Declared Value for Customs", "AS PER INV"),
    ]
    cw = (w - 2 * m) / len(cells)
    for j, (cap, val) in enumerate(cells):
        grid_box(p, m + j * cw, y, cw, 30, cap, val, "Courier", 8)
    y += 30
    heads = [
        "No. of Pieces",
        "Gross Weight",
        "kg lb",
        "Rate Class",
        "Chargeable Weight",
        "Rate / Charge",
        "Total",
        "Nature and Quantity of Goods",
    ]
    ws = [0.7, 0.9, 0.4, 0.6, 0.9, 0.8, 0.9, 2.6]
    tot = sum(ws)
    x = m
    vals = [str(pieces), f"{kg:.1f}", "K", "Q", f"{kg * 1.1:.1f}", "AS AGREED", "AS AGREED", goods]
    for cap, k, v in zip(heads, ws, vals, strict=True):
        cw = (w - 2 * m) * k / tot
        p.rect(x, y, cw, 150)
        p.text(x + 2, y + 7, fit(cap, "Helvetica", 5.5, cw - 4), "Helvetica", 5.5)
        for j, ln in enumerate(wrap(v, "Courier", 7.5, cw - 6)[:6]):
            p.text(x + 3, y + 24 + 10 * j, ln, "Courier", 7.5)
        x += cw
    y += 150
    for cap in [
        "Prepaid  Weight Charge  Collect",
        "Valuation Charge",
        "Tax",
        "Total Other Charges Due Agent",
        "Total Other Charges Due Carrier",
    ]:
        p.rect(m, y, half, 22)
        p.text(m + 3, y + 7, cap, "Helvetica", 5.8)
        y += 22
    p.rect(m + half, y - 110, half, 110)
    txt = (
        "Shipper certifies that the particulars on the face hereof are correct and that "
        "insofar as any part of the consignment contains dangerous goods, such part is "
        "properly described by name and is in proper condition for carriage by air."
    )
    for j, ln in enumerate(wrap(txt, "Helvetica", 5.8, half - 10)):
        p.text(m + half + 5, y - 100 + 7 * j, ln, "Helvetica", 5.8)
    sign(p, m + half + 20, y - 20, person(rng, lg), 11)
    p.text(m, hh - 24, "ORIGINAL 3 (FOR SHIPPER) - COPY", "Helvetica-Bold", 7)
    return p


def export_page(
    rng: random.Random,
    lg: str,
    h: Head,
    exporter: list[str],
    consignee: str,
    goods: str,
    value: float,
    kg: float,
    d: date,
) -> Page:
    """An export declaration: the EU export accompanying document with its MRN barcode, or the
    UK export declaration print."""
    p = Page(A4)
    w, hh = A4
    m = 30.0
    mrn = f"{d.year % 100}{PREFIX[lg] if lg != 'en' else 'GB'}{serial(rng, '99AAAA9999999A9')}"
    if lg == "en":
        title = "EXPORT DECLARATION - CDS"
        sub = "HM Revenue & Customs - Customs Declaration Service"
    else:
        title = tr(lg, "", "AUSFUHRBEGLEITDOKUMENT", "DOCUMENT D'ACCOMPAGNEMENT EXPORT")
        sub = "Export accompanying document (EAD)"
    p.text(m, m + 4, title, "Helvetica-Bold", 13)
    p.text(m, m + 16, sub, "Helvetica", 7.5)
    p.text(w - m, m + 4, "MRN", "Helvetica-Bold", 9, "right")
    p.text(w - m, m + 16, mrn, "Courier-Bold", 10, "right")
    p.barcode("code128", mrn, w - m - bar_width("code128", mrn), m + 30)
    y = m + 130
    boxes = [
        ("2 " + tr(lg, "Exporter", "Ausführer", "Exportateur"), ", ".join(exporter)),
        ("8 " + tr(lg, "Consignee", "Empfänger", "Destinataire"), consignee),
        ("14 " + tr(lg, "Declarant", "Anmelder/Vertreter", "Déclarant"), h.name),
        (
            "17a " + tr(lg, "Country of destination", "Bestimmungsland", "Pays de destination"),
            consignee[-3:-1],
        ),
        (
            "29 " + tr(lg, "Office of exit", "Ausgangszollstelle", "Bureau de sortie"),
            {"en": "GB000040", "de": "DE004852", "fr": "FR000730"}[lg],
        ),
        ("31 " + tr(lg, "Description of goods", "Warenbezeichnung", "Désignation"), goods),
        (
            "33 " + tr(lg, "Commodity code", "Warennummer", "Code marchandise"),
            "8411 82 80 00" if "engine" in goods.lower() or "PW" in goods else "8803 30 00 00",
        ),
        ("35 " + tr(lg, "Gross mass (kg)", "Rohmasse (kg)", "Masse brute (kg)"), f"{kg:.1f}"),
        (
            "37 " + tr(lg, "Procedure", "Verfahren", "Régime"),
            "2100 - "
            + tr(
                lg,
                "outward processing (repair)",
                "passive Veredelung (Reparatur)",
                "perfectionnement passif (réparation)",
            ),
        ),
        (
            "46 " + tr(lg, "Statistical value", "Statistischer Wert", "Valeur statistique"),
            money(value, lg),
        ),
    ]
    half = (w - 2 * m) / 2
    for k, (cap, val) in enumerate(boxes):
        x = m + (k % 2) * half
        if k % 2 == 0 and k:
            y += 40
        p.rect(x, y, half, 40)
        p.text(x + 3, y + 7, fit(cap, "Helvetica", 6, half - 6), "Helvetica", 6)
        for j, ln in enumerate(wrap(val, "Courier", 8, half - 10)[:3]):
            p.text(x + 5, y + 19 + 9 * j, ln, "Courier", 8)
    y += 56
    p.text(
        m,
        y,
        tr(lg, "Exit confirmed", "Ausgang bestätigt", "Sortie confirmée") + ":",
        "Helvetica-Bold",
        8,
    )
    if rng.random() < 0.6:
        stamp(
            p,
            m + 20,
            y + 10,
            [
                tr(lg, "HM CUSTOMS", "ZOLLAMT", "DOUANE"),
                short(d + timedelta(days=1), lg),
                {"en": "LHR CARGO", "de": "FRANKFURT FLUGHAFEN", "fr": "ROISSY FRET"}[lg],
            ],
        )
    p.text(
        m,
        hh - 24,
        tr(
            lg,
            "Printed from CDS",
            "Ausdruck ATLAS - Exemplar für den Ausführer",
            "Édité par DELTA G - exemplaire exportateur",
        ),
        "Helvetica",
        6.5,
    )
    return p


def tpl_engine_shipment(rng: random.Random, who: Issuer) -> list[Page]:
    """A freight forwarder's shipping papers for an engine sent to the engine shop for repair:
    the shipping advice (Sendungsavis, avis d'expédition), the air waybill copy and the export
    declaration with its MRN barcode, all sent in one envelope."""
    h = head_of(who, "forwarder")
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    a = the_plane(rng)
    d = on(rng)
    shop, town, ctry = ENGINE_SHOPS[a.engine]
    esn = serial(rng, rng.choice(["ED0999", "PCE-AA9999", "L-99999-48A", "999-999"]))
    goods = f"{a.engine} engine ESN {esn} on stand, for repair and return"
    awb = f"{rng.choice(['020', '125', '057', '172'])}-{rng.randint(10000000, 99999999)}"
    pieces = rng.randint(1, 3)
    kg = rng.uniform(180, 1400) if a.engine != "AE 300" else rng.uniform(180, 260)
    ref = serial(rng, "AAA99999")
    title = tr(lg, "SHIPPING ADVICE", "SENDUNGSAVIS", "AVIS D'EXPÉDITION")
    f = sheets(s, h, f"{h.name} - {ref}")
    mro = mro_head()
    recipient(
        f,
        s,
        h,
        mro_lines(tr(lg, "Logistics", "Logistik", "Logistique")),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), ref),
            ("AWB", awb),
        ],
    )
    caption(f, s, f"{title} - {a.engine} ESN {esn}", 2)
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"We confirm that the above engine was collected from your hangar and "
            f"has been booked to {shop}, {town}. Please find attached the air waybill "
            "copy and the export declaration for your records.",
            f"Wir bestätigen die Abholung des o. g. Triebwerks in Ihrer Halle und die "
            f"Buchung an {shop}, {town}. Anbei erhalten Sie die Kopie des Luftfrachtbriefs "
            "und das Ausfuhrbegleitdokument für Ihre Unterlagen.",
            f"Nous vous confirmons l'enlèvement du moteur ci-dessus dans votre hangar et "
            f"son acheminement vers {shop}, {town}. Vous trouverez ci-joint la copie de la "
            "LTA et le document d'accompagnement export.",
        ),
    )
    f.y = (
        pairs(
            f.page,
            s,
            m + 20,
            f.y,
            [
                (
                    tr(lg, "Pieces / gross weight", "Colli / Bruttogewicht", "Colis / poids brut"),
                    f"{pieces} / {kg:.1f} kg",
                ),
                (
                    tr(lg, "Flight", "Flug", "Vol"),
                    f"{rng.choice(['LH', 'BA', 'AF', 'KL'])} "
                    f"{rng.randint(100, 9999)} / {short(d + timedelta(days=1), lg)}",
                ),
                (
                    tr(lg, "Dimensions", "Abmessungen", "Dimensions"),
                    f"{rng.randint(120, 260)} x {rng.randint(90, 140)} x {rng.randint(90, 150)} cm",
                ),
                (
                    tr(lg, "Customs status", "Zollstatus", "Statut douanier"),
                    tr(
                        lg,
                        "Export - outward processing",
                        "Ausfuhr - passive Veredelung",
                        "Export - perfectionnement passif",
                    ),
                ),
                (
                    tr(lg, "Charges", "Kosten", "Frais"),
                    tr(lg, "invoiced separately", "Rechnung folgt separat", "facturés séparément"),
                ),
            ],
            w - m - 40,
            s.size - 0.5,
        )
        + 8
    )
    write(f, s, prose(rng, lg, "trade", 1, 2))
    regards(f, s, lg, staff(h, "agent"), tr(lg, "Export Operations", "Export", "Service export"))
    f.page.text(
        m,
        f.y + 6,
        tr(
            lg,
            "Enclosures: AWB copy, export declaration",
            "Anlagen: AWB-Kopie, ABD",
            "PJ : copie LTA, DAE",
        ),
        s.font,
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    shipper = [mro.name, mro.street, mro.town]
    cons = [shop, "Receiving - Engine Shop", town, ctry]
    if rng.random() < 0.85:
        pages.append(
            awb_page(
                rng, lg, shipper, cons, awb, pieces, kg, f"1 {a.engine} AIRCRAFT ENGINE ESN {esn}"
            )
        )
    if rng.random() < 0.8:
        pages.append(
            export_page(
                rng,
                lg,
                h,
                shipper,
                f"{shop}, {town} ({ctry})",
                goods,
                rng.uniform(200000, 2400000),
                kg,
                d,
            )
        )
    received(rng, pages[0], d)
    note(a, d)
    return pages


def tpl_hangar_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The airport operator's monthly invoice for hangarage and parking (hangar rental,
    Hallenmiete, redevance d'abri): the aircraft, the period, rates per night or per square
    metre, VAT; sometimes a movements statement page."""
    h = head_of(who, "airport")
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = on(rng, -40, 10)
    start = date(d.year, d.month, 1)
    no = serial(rng, keyed(who, "hmask").choice(["99999999", "SI-999999", "RE-99999"]))
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        mro_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Debitor", "Compte"), serial(keyed(who, "acct"), "99999")),
            (tr(lg, "Tax point", "Leistungsdatum", "Date de prestation"), short(start, lg)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Hangarage and parking",
            "Hallenmiete und Abstellgebühren",
            "Redevances d'abri et de stationnement",
        )
        + " - "
        + date_text(start, lg, "long").split(" ", 1)[1],
        2,
    )
    rows = []
    net = 0.0
    if rng.random() < 0.5:
        area = rng.choice([850, 1200, 1650, 2400])
        rate = rng.uniform(4.2, 9.8)
        rows.append(
            [
                tr(
                    lg,
                    f"Hangar {rng.randint(1, 6)} - lease {area} m²",
                    f"Halle {rng.randint(1, 6)} - Miete {area} m²",
                    f"Hangar {rng.randint(1, 6)} - location {area} m²",
                ),
                str(area),
                money(rate, lg),
                money(area * rate, lg),
            ]
        )
        net += area * rate
    for a in rng.sample(fleet(), k=min(len(fleet()), rng.randint(1, 4))):
        nights = rng.randint(2, 30)
        rate = rng.uniform(18, 140)
        rows.append(
            [
                tr(
                    lg,
                    f"Hangarage {a.reg} ({a.model})",
                    f"Abstellung {a.reg} ({a.model})",
                    f"Abri {a.reg} ({a.model})",
                ),
                str(nights),
                money(rate, lg),
                money(nights * rate, lg),
            ]
        )
        net += nights * rate
    if rng.random() < 0.4:
        v = rng.uniform(40, 600)
        rows.append(
            [
                tr(
                    lg,
                    "Ground power / towing",
                    "Bodenstrom / Schleppen",
                    "Groupe de parc / remorquage",
                ),
                "1",
                money(v, lg),
                money(v, lg),
            ]
        )
        net += v
    table(
        f,
        columns(m, w - m, [(5, "left"), (0.8, "right"), (1.2, "right"), (1.4, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=rng.random() < 0.5,
        shade=0.9,
    )
    cur = "GBP" if lg == "en" else "EUR"
    f.need(80)
    f.y = (
        pairs(
            f.page,
            s,
            w - m - 220,
            f.y + 8,
            [
                (tr(lg, "Net", "Netto", "Total HT"), cash(net, cur, lg)),
                (
                    tr(lg, "VAT", "USt. 19 %", "TVA 20 %") + (" 20 %" if lg == "en" else ""),
                    cash(net * VAT[lg], cur, lg),
                ),
                (tr(lg, "Total", "Gesamt", "Total TTC"), cash(net * (1 + VAT[lg]), cur, lg)),
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
            "Payment by direct debit on or after ",
            "Der Betrag wird per Lastschrift eingezogen am ",
            "Prélèvement SEPA à partir du ",
        )
        + short(d + timedelta(days=14), lg)
        + ".",
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        ls = style_of(h, landscape(A4), margin=36, pt=8.5)
        fl = Flow(
            landscape(A4),
            landscape(A4)[1] - 40,
            lambda pg, n: running_header(pg, ls, f"{h.name} - {no}") + 14,
        )
        fl.page.text(
            36,
            fl.y,
            tr(lg, "Movements statement", "Bewegungsnachweis", "Relevé des mouvements"),
            ls.bold,
            11,
        )
        fl.y += 18
        mrows = []
        for _ in range(rng.randint(8, 30)):
            a = rng.choice(fleet())
            dd = start + timedelta(days=rng.randint(0, 27))
            mrows.append(
                [
                    short(dd, lg),
                    a.reg,
                    a.model,
                    rng.choice(["IN", "OUT"]),
                    f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}",
                    rng.choice(["H1", "H2", "APRON 3", "H4"]),
                    serial(rng, "99999"),
                ]
            )
        mrows.sort()
        table(
            fl,
            columns(
                36,
                landscape(A4)[0] - 36,
                [
                    (1, "left"),
                    (1, "left"),
                    (2, "left"),
                    (0.6, "center"),
                    (0.7, "center"),
                    (1, "left"),
                    (1, "right"),
                ],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Reg", "Kennz.", "Immat."),
                tr(lg, "Type", "Muster", "Type"),
                "",
                tr(lg, "Time", "Zeit", "Heure"),
                tr(lg, "Stand", "Position", "Poste"),
                tr(lg, "Ticket", "Beleg", "Ticket"),
            ],
            mrows,
            ls,
            size=8,
            rules=True,
        )
        pages += fl.pages
    received(rng, pages[0], d)
    note(None, d)
    return pages


def tpl_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's certificate of insurance (certificate of insurance, Versicherungsbestätigung
    nach VO (EG) 785/2004, attestation d'assurance): the insured, policy, period, insurers,
    cover and limits, and the aircraft schedule, on a second page when the fleet is long."""
    h = head_of(who, "insurer", ["centred", "framed", "rule", "band"])
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    d = on(rng)
    mro_ins = rng.random() < 0.5
    insured = mro_head() if mro_ins else head_of(who, "operator")
    title = tr(
        lg, "CERTIFICATE OF INSURANCE", "VERSICHERUNGSBESTÄTIGUNG", "ATTESTATION D'ASSURANCE"
    )
    pol = serial(rng, keyed(who, "pol").choice(["AV/99/99999", "LA 9999999", "99.999.999"]))
    f = sheets(s, h, f"{title} - {pol}")
    f.y += 6
    f.page.text(w / 2, f.y, title, s.bold, shrink(title, s.bold, 16, w - 2 * m), "center")
    f.y += 16
    if not mro_ins:
        f.page.text(
            w / 2,
            f.y,
            tr(
                lg,
                "in accordance with Regulation (EC) No 785/2004",
                "gemäß Verordnung (EG) Nr. 785/2004",
                "conformément au règlement (CE) n° 785/2004",
            ),
            s.font,
            s.size - 1,
            "center",
        )
    f.y += 24
    cover = (
        tr(
            lg,
            "Aviation products, hangarkeepers' and airside liability",
            "Luftfahrt-Produkthaftpflicht, Obhuts- und Vorfeldhaftpflicht",
            "RC produits aéronautiques, garde d'aéronefs et zone côté piste",
        )
        if mro_ins
        else tr(
            lg,
            "Hull all risks and legal liability to third parties and passengers",
            "Kasko und Halterhaftpflicht einschließlich Passagiere",
            "Corps tous risques et responsabilité civile tiers et passagers",
        )
    )
    start = date(d.year, rng.choice([1, 4, 7, 10]), 1)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), insured.name),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{insured.street}, {insured.town}"),
                (tr(lg, "Policy number", "Vertragsnummer", "N° de police"), pol),
                (
                    tr(lg, "Period", "Laufzeit", "Période"),
                    f"{short(start, lg)} - "
                    + short(date(start.year + 1, start.month, 1) - timedelta(days=1), lg),
                ),
                (tr(lg, "Cover", "Deckung", "Garanties"), cover),
                (
                    tr(lg, "Limit of liability", "Deckungssumme", "Limite de garantie"),
                    rng.choice(
                        [
                            "GBP 50,000,000",
                            "USD 100,000,000",
                            "EUR 25.000.000",
                            "SDR 3,000,000",
                            "EUR 50 000 000",
                        ]
                    )
                    + tr(lg, " any one occurrence", " je Schadenereignis", " par sinistre"),
                ),
                (
                    tr(lg, "Leading insurer", "Führender Versicherer", "Apériteur"),
                    rng.choice(
                        [
                            "Lloyd's Syndicate " + str(rng.randint(1000, 5999)),
                            "Allianz Global Corporate & Specialty SE",
                            "AXA XL",
                            "La Réunion Aérienne",
                            "Global Aerospace Underwriting Managers",
                        ]
                    ),
                ),
            ],
            w - m,
            s.size - 0.5,
        )
        + 10
    )
    planes = fleet() if not mro_ins else []
    if planes:
        apart = len(planes) > 4 and rng.random() < 0.6
        if apart:
            f.page.text(
                m,
                f.y,
                tr(
                    lg,
                    "Aircraft insured: see schedule attached.",
                    "Versicherte Luftfahrzeuge: siehe Anlage.",
                    "Aéronefs assurés : voir liste jointe.",
                ),
                s.font,
                s.size - 0.5,
            )
            f.new_page()
        caption(
            f,
            s,
            tr(lg, "Schedule of aircraft", "Luftfahrzeugverzeichnis", "Liste des aéronefs"),
            1 if apart else 0,
        )
        rows = [
            [
                a.reg,
                a.model,
                a.msn,
                str(a.year),
                money(rng.randint(4, 180) * 100000, lg),
                rng.choice(["2", "4", "9", "19", "70"]),
            ]
            for a in planes
        ]
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (1, "left"),
                    (2.4, "left"),
                    (0.8, "left"),
                    (0.6, "left"),
                    (1.4, "right"),
                    (0.8, "right"),
                ],
            ),
            [
                tr(lg, "Reg", "Kennz.", "Immat."),
                tr(lg, "Type", "Muster", "Type"),
                "MSN",
                tr(lg, "Year", "Baujahr", "Année"),
                tr(lg, "Agreed value", "Versicherungswert", "Valeur agréée"),
                tr(lg, "Seats", "Sitze", "Sièges"),
            ],
            rows,
            s,
            size=s.size - 1,
            rules=True,
        )
    f.need(120)
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "This certificate is issued as a matter of information only and "
            "confers no rights upon the holder. It does not amend, extend or alter the "
            "cover afforded by the policy, which is subject to its terms, conditions "
            "and exclusions.",
            "Diese Bestätigung dient nur der Information und begründet keine Rechte. "
            "Sie ändert nicht den Umfang des Versicherungsschutzes, der sich nach den "
            "Bedingungen des Vertrags richtet.",
            "La présente attestation est délivrée à titre d'information et ne confère "
            "aucun droit à son détenteur. Elle ne modifie pas les garanties du contrat, "
            "soumises à ses conditions et exclusions.",
        ),
        s.size - 1.5,
    )
    f.y += 20
    sign(f.page, m, f.y, staff(h, "broker"))
    f.page.text(
        m,
        f.y + 12,
        f"{staff(h, 'broker')} - "
        + tr(
            lg,
            "for and on behalf of the insurers",
            "für die Versicherer",
            "pour le compte des assureurs",
        ),
        s.font,
        s.size - 1,
    )
    f.page.text(w - m, f.y + 12, f"{h.town.split()[-1]}, {day(h, d)}", s.font, s.size - 1, "right")
    note(None, d)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates JJ: the authority and quality
# ---------------------------------------------------------------------------------------------

REQS = [
    (
        "145.A.30(e)",
        "competence assessment of staff",
        "Kompetenzbewertung des Personals",
        "évaluation de la compétence du personnel",
    ),
    (
        "145.A.40(b)",
        "tool calibration control",
        "Überwachung der Werkzeugkalibrierung",
        "suivi de l'étalonnage de l'outillage",
    ),
    (
        "145.A.42(a)",
        "acceptance of components",
        "Annahme von Bauteilen",
        "acceptation des éléments",
    ),
    (
        "145.A.45(g)",
        "maintenance data revision status",
        "Änderungsstand der Instandhaltungsunterlagen",
        "état de révision des données d'entretien",
    ),
    (
        "145.A.55(c)",
        "retention of maintenance records",
        "Aufbewahrung der Aufzeichnungen",
        "conservation des enregistrements",
    ),
    ("145.A.60(b)", "occurrence reporting", "Ereignismeldungen", "comptes rendus d'événements"),
    (
        "145.A.65(c)",
        "independent quality audit programme",
        "unabhängiges Auditprogramm",
        "programme d'audit qualité indépendant",
    ),
    (
        "145.A.35(d)",
        "recurrent training of certifying staff",
        "Fortbildung des freigabeberechtigten Personals",
        "formation continue du personnel habilité",
    ),
    (
        "145.A.25(d)",
        "segregation of unserviceable components",
        "Trennung nicht lufttüchtiger Teile",
        "séparation des éléments inutilisables",
    ),
    (
        "145.A.48(b)",
        "error capturing after critical tasks",
        "Fehlererkennung nach kritischen Arbeiten",
        "détection des erreurs après tâches critiques",
    ),
]


def finding_refs(rng: random.Random, n: int) -> list[tuple[str, str, str]]:
    """``n`` findings: the reference, the requirement, the level."""
    picks = rng.sample(REQS, k=n)
    base = rng.randint(1, 60)
    yr = int(OFFICE["month"].year)  # type: ignore[attr-defined]
    return [
        (f"NC-{yr}-{base + k:03d}", req[0], rng.choice(["2", "2", "2", "1", "Obs"]))
        for k, req in enumerate(picks)
    ]


def tpl_audit_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's letter after an audit of the organisation's approval (CAA, LBA, OSAC):
    the letter with the summary of findings and the due dates, then one finding form per
    finding with the requirement, the finding, empty root cause and action boxes and the
    surveyor's signature, all one document."""
    h = head_of(who, "regulator", ["centred", "split", "rule"])
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    d = on(rng)
    mro = mro_head()
    n = rng.choice([1, 1, 2, 2, 3, 4])
    finds = finding_refs(rng, n)
    ref = serial(rng, tr(lg, "ARW/99/9999", "T99-9999-99/25", "OSAC/AAA/99-999"))
    surveyor = staff(h, "surveyor" + str(rng.randint(0, 2)))
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        [
            mro.name,
            tr(
                lg,
                "Accountable Manager",
                "z. Hd. Accountable Manager",
                "À l'attention du dirigeant responsable",
            ),
            mro.street,
            mro.town,
        ],
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Approval", "Genehmigung", "Agrément"), mro.approval),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Part-145 audit - report and findings",
            "Überprüfung des Part-145-Betriebs - Bericht und Beanstandungen",
            "Audit de surveillance Partie 145 - rapport et écarts",
        ),
        1.5,
    )
    write(f, s, dear(lg, titled(staff(mro, "am"), lg)))
    audit_day = d - timedelta(days=rng.randint(7, 30))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for the assistance given during the audit of your "
            f"organisation on {day(h, audit_day)}. The findings raised are listed "
            "below and detailed on the attached finding forms. ",
            f"wir bedanken uns für die Unterstützung bei der Überprüfung Ihres Betriebs "
            f"am {day(h, audit_day)}. Die festgestellten Beanstandungen sind unten "
            "aufgeführt und in den beigefügten Beanstandungsberichten beschrieben. ",
            f"Nous vous remercions de l'accueil réservé lors de l'audit de votre "
            f"organisme le {day(h, audit_day)}. Les écarts relevés sont listés "
            "ci-dessous et détaillés dans les fiches jointes. ",
        )
        + prose(rng, lg, "quality", 1, 2),
    )
    due = d + timedelta(days=rng.choice([30, 60, 90]))
    rows = [
        [fid, req, lvl, short(due if lvl != "1" else d + timedelta(days=7), lg)]
        for fid, req, lvl in finds
    ]
    table(
        f,
        columns(m, w - m, [(1.4, "left"), (1.4, "left"), (0.7, "center"), (1, "left")]),
        [
            tr(lg, "Finding", "Beanstandung", "Écart"),
            tr(lg, "Requirement", "Anforderung", "Exigence"),
            tr(lg, "Level", "Stufe", "Niveau"),
            tr(lg, "Due", "Frist", "Échéance"),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please submit a corrective action plan including the root cause "
            "analysis by the due dates shown.",
            "Bitte legen Sie bis zu den genannten Fristen einen Maßnahmenplan mit "
            "Ursachenanalyse vor.",
            "Nous vous demandons de transmettre un plan d'actions correctives avec "
            "l'analyse des causes avant les échéances indiquées.",
        ),
    )
    regards(
        f,
        s,
        lg,
        surveyor,
        tr(
            lg,
            "Airworthiness Surveyor",
            "Prüfer Instandhaltungsbetriebe",
            "Inspecteur de surveillance",
        ),
    )
    pages = close(f.pages, s, h)
    for fid, req, lvl in finds:
        pages.append(finding_form(rng, h, s, fid, req, lvl, surveyor, audit_day, due))
    received(rng, pages[0], d, 0.6)
    LAST["finds"] = finds
    note(None, d, None, ref)
    return pages


def finding_form(
    rng: random.Random,
    h: Head,
    s: Style,
    fid: str,
    req: str,
    lvl: str,
    surveyor: str,
    audit_day: date,
    due: date,
) -> Page:
    lg = h.lang
    p = Page(A4)
    w, hh = A4
    m = 40.0
    title = tr(lg, "FINDING FORM", "BEANSTANDUNGSBERICHT", "FICHE D'ÉCART")
    p.rect(m, m - 12, w - 2 * m, 30, fill=0.88)
    p.text(m + 8, m + 6, title, "Helvetica-Bold", 12)
    p.text(w - m - 8, m + 6, fid, "Courier-Bold", 11, "right")
    y = fields(
        p,
        s,
        m,
        m + 26,
        w - 2 * m,
        [
            (tr(lg, "Organisation", "Betrieb", "Organisme"), mro_head().name),
            (tr(lg, "Approval ref.", "Genehmigung", "Agrément"), mro_head().approval),
            (tr(lg, "Audit date", "Datum der Prüfung", "Date de l'audit"), short(audit_day, lg)),
            (tr(lg, "Requirement", "Anforderung", "Exigence"), f"Part-{req}"),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y += 6
    p.text(m, y, tr(lg, "Level", "Stufe", "Niveau") + ":", s.bold, 9)
    ticks(
        p,
        s,
        m + 50,
        y,
        w - 2 * m - 50,
        ["Level 1", "Level 2", tr(lg, "Observation", "Hinweis", "Observation")],
        {{"1": 0, "2": 1}.get(lvl, 2)},
        9,
    )
    y += 18
    p.rect(m, y, w - 2 * m, 170)
    p.text(m + 4, y + 10, tr(lg, "Finding", "Feststellung", "Constat"), s.bold, 8)
    req_text = next(r for r in REQS if r[0] == req)[1 + LX[lg]]
    body = tr(
        lg,
        f"Contrary to Part-{req} ({req_text}), ",
        f"Entgegen Part-{req} ({req_text}) ",
        f"Contrairement au Part-{req} ({req_text}), ",
    )
    more = prose(rng, lg, "quality", 2, 4)
    body += more[0].lower() + more[1:] if lg != "de" else more
    yy = y + 24
    for ln in wrap(body, s.font, 9, w - 2 * m - 12):
        p.text(m + 6, yy, ln, s.font, 9)
        yy += 12
    y += 180
    for cap in [
        tr(lg, "Root cause (organisation)", "Ursache (Betrieb)", "Cause (organisme)"),
        tr(
            lg,
            "Corrective action (organisation)",
            "Abstellmaßnahme (Betrieb)",
            "Action corrective (organisme)",
        ),
        tr(lg, "Closure (authority)", "Abschluss (Behörde)", "Clôture (autorité)"),
    ]:
        p.rect(m, y, w - 2 * m, 90)
        p.text(m + 4, y + 10, cap, s.bold, 8)
        y += 96
    y = min(y + 8, hh - 70)
    p.text(m, y, tr(lg, "Due date", "Frist", "Échéance") + f": {short(due, lg)}", s.font, 9)
    p.text(w / 2, y, tr(lg, "Surveyor", "Prüfer", "Inspecteur") + ":", s.font, 9)
    sign(p, w / 2 + 60, y, surveyor, 11)
    p.text(
        m,
        hh - 26,
        tr(
            lg,
            "CAA Form SRG 1" + str(rng.choice([718, 725])),
            "LBA Formblatt T-145-02",
            "Formulaire OSAC F-145-04",
        ),
        "Helvetica",
        6.5,
    )
    return p


def tpl_closure_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The organisation's reply to the authority closing the findings of an audit: per finding
    the root cause, the corrective and preventive action and the evidence, with the evidence
    enclosed (a training attendance list, an extract of the revised exposition procedure)."""
    h = mro_head()
    lg = h.lang
    s = style_of(h)
    m = s.margin
    d = the_day(rng, ("audit_report",), (14, 60))
    prev = LAST.get("finds")
    finds = (
        prev
        if LAST["kind"] == "audit_report" and isinstance(prev, list)
        else finding_refs(rng, rng.randint(1, 3))
    )
    reg = head_of(who, "regulator")
    qm = staff(h, "qm")
    f = sheets(
        s,
        h,
        f"{h.name} - "
        + tr(lg, "Closure of findings", "Abschluss Beanstandungen", "Clôture des écarts"),
    )
    their = str(LAST["ref"]) if LAST["kind"] == "audit_report" else serial(rng, "AAA/99/9999")
    recipient(
        f,
        s,
        h,
        [reg.name, reg.street, reg.town],
        d,
        [
            (tr(lg, "Your ref", "Ihr Zeichen", "V/réf."), their),
            (tr(lg, "Approval", "Genehmigung", "Agrément"), h.approval),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Corrective action report - closure of findings",
            "Maßnahmenbericht - Abschluss der Beanstandungen",
            "Rapport d'actions correctives - clôture des écarts",
        ),
        1.5,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Please find below our root cause analysis and the actions taken. "
            "Evidence is enclosed.",
            "nachstehend erhalten Sie unsere Ursachenanalyse "
            "und die getroffenen Maßnahmen. Nachweise liegen bei.",
            "Vous trouverez ci-dessous notre analyse des causes et les actions "
            "engagées. Les justificatifs sont joints.",
        ),
    )
    for fid, req, _lvl in finds:
        f.need(120)
        f.heading(m, f"{fid} - Part-{req}", s.bold, s.size + 0.5)
        for cap in [
            tr(lg, "Root cause", "Ursache", "Cause"),
            tr(lg, "Corrective action", "Abstellmaßnahme", "Action corrective"),
            tr(lg, "Preventive action", "Vorbeugende Maßnahme", "Action préventive"),
        ]:
            write(f, s, f"{cap}: " + prose(rng, lg, "quality", 1, 2), s.size - 1, indent=10)
    regards(f, s, lg, qm, tr(lg, "Quality Manager", "Qualitätsleiter", "Responsable qualité"))
    pages = close(f.pages, s, h)
    encl = rng.choice([0, 1, 1, 2])
    if encl >= 1:
        pages.append(attendance_list(rng, h, s, d))
    if encl >= 2 or (encl == 1 and rng.random() < 0.3):
        pages.append(moe_extract(rng, h, s))
    note(None, d)
    return pages


def attendance_list(rng: random.Random, h: Head, s: Style, d: date) -> Page:
    """A training attendance list: typed head, names and signatures by hand."""
    lg = h.lang
    p = Page(A4)
    w, hh = A4
    m = 40.0
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "TRAINING ATTENDANCE RECORD",
            "TEILNEHMERLISTE SCHULUNG",
            "FEUILLE D'ÉMARGEMENT FORMATION",
        ),
        s.bold,
        12,
    )
    y += 16
    p.text(
        m,
        y,
        fit(
            tr(lg, "Subject: ", "Thema: ", "Sujet : ") + words(rng, lg, "quality", 5),
            s.font,
            9,
            w - 2 * m,
        ),
        s.font,
        9,
    )
    p.text(w - m, y, short(d - timedelta(days=rng.randint(3, 20)), lg), s.font, 9, "right")
    y += 18
    cols = [m, m + 24, m + 200, m + 320, w - m]
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
    for x, t in zip(
        cols,
        [
            "#",
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Stamp / ID", "Stempel", "Tampon"),
            tr(lg, "Signature", "Unterschrift", "Signature"),
        ],
        strict=False,
    ):
        p.text(x + 3, y, t, "Helvetica-Bold", 8)
    y += 4
    for k in range(rng.randint(8, 22)):
        if y > hh - 70:
            break
        p.rect(m, y, w - 2 * m, 20)
        for x in cols[1:-1]:
            p.line(x, y, x, y + 20)
        p.text(m + 4, y + 14, str(k + 1), s.font, 8)
        if k < 6 or rng.random() < 0.7:
            name = person(rng, lg)
            p.text(cols[1] + 4, y + 14, name, HAND, 9.5)
            p.text(cols[2] + 4, y + 14, stamp_no(name), HAND, 9.5)
            sign(p, cols[3] + 10, y + 15, name, 10)
        y += 20
    p.text(
        m,
        y + 18,
        tr(lg, "Trainer: ", "Referent: ", "Formateur : ") + staff(h, "trainer"),
        s.font,
        9,
    )
    return p


def moe_extract(rng: random.Random, h: Head, s: Style) -> Page:
    """An extract page of the revised exposition with its revision bar and page block."""
    lg = h.lang
    p = Page(A4)
    w, hh = A4
    m = 54.0
    chap = f"{rng.randint(1, 3)}.{rng.randint(2, 24)}"
    p.rect(m, 30, w - 2 * m, 32)
    p.text(m + 6, 44, fit(h.name, s.bold, 8, 200), s.bold, 8)
    p.text(
        m + 6,
        56,
        tr(
            lg,
            "Maintenance Organisation Exposition",
            "Instandhaltungsbetriebshandbuch (MOE)",
            "Manuel des spécifications (MOE)",
        ),
        s.font,
        7,
    )
    p.text(
        w - m - 6, 44, f"{tr(lg, 'Chapter', 'Kapitel', 'Chapitre')} {chap}", s.font, 7.5, "right"
    )
    p.text(
        w - m - 6,
        56,
        f"Rev {rng.randint(8, 30)} - {tr(lg, 'Page', 'Seite', 'Page')} {rng.randint(1, 9)}",
        s.font,
        7.5,
        "right",
    )
    y = 90.0
    p.text(m, y, f"{chap} " + words(rng, lg, "quality", 4)[:-1].upper(), s.bold, 10)
    y += 20
    for k in range(rng.randint(4, 8)):
        txt = f"{chap}.{k + 1} " + prose(rng, lg, "quality", 1, 3)
        lines = wrap(txt, s.font, 9, w - 2 * m)
        if y + len(lines) * 12 > hh - 60:
            break
        if rng.random() < 0.35:
            p.rect(m - 14, y - 9, 2.5, len(lines) * 12, fill=0.0)
        for ln in lines:
            p.text(m, y, ln, s.font, 9)
            y += 12
        y += 6
    return p


def tpl_regulator_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A letter from the authority (CAA, Luftfahrt-Bundesamt, OSAC on behalf of the DGAC):
    the variation of the organisation's approval with the new approval certificate and its
    schedule enclosed, a charges notice, or the acknowledgement of an occurrence report."""
    h = head_of(who, "regulator", ["centred", "split", "rule"])
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    d = on(rng)
    mro = mro_head()
    kind = rng.choice(["variation", "variation", "charges", "mor"])
    ref = serial(rng, tr(lg, "ARW/99/9999", "T99-9999-99/25", "OSAC/AAA/99-999"))
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        [mro.name, mro.street, mro.town],
        d,
        [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)],
    )
    subj = {
        "variation": tr(
            lg,
            f"Variation of approval {mro.approval}",
            f"Änderung der Genehmigung {mro.approval}",
            f"Modification de l'agrément {mro.approval}",
        ),
        "charges": tr(
            lg,
            "Annual charges for your approval",
            "Gebührenbescheid",
            "Redevance annuelle de surveillance",
        ),
        "mor": tr(
            lg,
            "Mandatory occurrence report - acknowledgement",
            "Ereignismeldung - Eingangsbestätigung",
            "Compte rendu d'événement - accusé de réception",
        ),
    }[kind]
    caption(f, s, subj, 1.5)
    write(f, s, dear(lg, titled(staff(mro, "am"), lg)))
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "quality"))
    if kind == "charges":
        amount = rng.uniform(1800, 14000)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (
                        tr(lg, "Scheme of charges", "Gebührenordnung", "Barème"),
                        tr(lg, "ORS5 section 4", "LuftKostV Abschnitt V", "arrêté du 28/12/2005"),
                    ),
                    (
                        tr(lg, "Amount due", "Betrag", "Montant"),
                        cash(amount, "GBP" if lg == "en" else "EUR", lg),
                    ),
                    (tr(lg, "Due by", "Fällig am", "Échéance"), short(d + timedelta(days=30), lg)),
                ],
                w - m - 120,
            )
            + 8
        )
    regards(
        f,
        s,
        lg,
        staff(h, "officer"),
        tr(
            lg,
            "Airworthiness Surveyor",
            "Referat Instandhaltungsbetriebe",
            "Pôle surveillance des organismes",
        ),
    )
    if kind == "variation":
        f.page.text(
            m,
            f.y + 4,
            tr(
                lg,
                "Enclosure: approval certificate and schedule",
                "Anlage: Genehmigungsurkunde mit Anhang",
                "PJ : certificat d'agrément et annexe",
            ),
            s.font,
            s.size - 1,
        )
    pages = close(f.pages, s, h)
    if kind == "variation":
        pages += approval_certificate(rng, h, mro, d)
    received(rng, pages[0], d, 0.6)
    note(None, d)
    return pages


def approval_certificate(rng: random.Random, h: Head, mro: Head, d: date) -> list[Page]:
    """The maintenance organisation approval certificate (Form 3) and, often, its schedule of
    ratings on a second sheet."""
    lg = h.lang
    p = Page(A4)
    w, hh = A4
    p.rect(30, 30, w - 60, hh - 60)
    y = 90.0
    p.text(
        w / 2,
        y,
        {"en": "UNITED KINGDOM", "de": "BUNDESREPUBLIK DEUTSCHLAND", "fr": "RÉPUBLIQUE FRANÇAISE"}[
            lg
        ],
        "Helvetica-Bold",
        12,
        "center",
    )
    p.text(w / 2, y + 16, h.name, "Helvetica", 9, "center")
    y += 60
    p.text(
        w / 2,
        y,
        "MAINTENANCE ORGANISATION APPROVAL CERTIFICATE"
        if lg == "en"
        else tr(
            lg,
            "",
            "GENEHMIGUNGSURKUNDE FÜR INSTANDHALTUNGSBETRIEBE",
            "CERTIFICAT D'AGRÉMENT D'ORGANISME D'ENTRETIEN",
        ),
        "Helvetica-Bold",
        12,
        "center",
    )
    y += 24
    p.text(w / 2, y, f"Reference: {mro.approval}", "Courier-Bold", 11, "center")
    y += 36
    body = tr(
        lg,
        f"Pursuant to Regulation (EU) No 1321/2014 as retained, and subject to the "
        f"conditions specified below, the Civil Aviation Authority hereby certifies "
        f"{mro.name}, {mro.street}, {mro.town} as a Part-145 maintenance organisation, "
        "approved to maintain the products, parts and appliances listed in the attached "
        "approval schedule and issue related certificates of release to service.",
        f"Gemäß Verordnung (EU) Nr. 1321/2014 und vorbehaltlich der nachstehenden "
        f"Bedingungen bescheinigt das Luftfahrt-Bundesamt hiermit, dass {mro.name}, "
        f"{mro.street}, {mro.town} als Instandhaltungsbetrieb nach Part-145 genehmigt ist, "
        "die im beigefügten Genehmigungsumfang aufgeführten Erzeugnisse instand zu halten "
        "und entsprechende Freigabebescheinigungen auszustellen.",
        f"En vertu du règlement (UE) n° 1321/2014 et sous réserve des conditions "
        f"ci-dessous, la DGAC certifie que {mro.name}, {mro.street}, {mro.town} est agréé "
        "en tant qu'organisme d'entretien Partie 145, pour entretenir les produits, "
        "pièces et équipements figurant à l'annexe et délivrer les certificats "
        "d'approbation pour remise en service correspondants.",
    )
    for ln in wrap(body, "Times-Roman", 10.5, w - 130):
        p.text(65, y, ln, "Times-Roman", 10.5)
        y += 14
    y += 30
    p.text(
        65,
        y,
        tr(lg, "Date of original issue: ", "Erstausstellung: ", "Date de première délivrance : ")
        + short(date(rng.randint(2006, 2018), rng.randint(1, 12), 1), lg),
        "Times-Roman",
        10,
    )
    p.text(
        65,
        y + 16,
        tr(
            lg,
            "Date of this revision: ",
            "Datum dieser Änderung: ",
            "Date de la présente révision : ",
        )
        + short(d, lg),
        "Times-Roman",
        10,
    )
    p.text(
        65,
        y + 32,
        tr(lg, "Revision no: ", "Änderung Nr.: ", "Révision n° : ") + str(rng.randint(3, 19)),
        "Times-Roman",
        10,
    )
    sign(p, w - 220, y + 40, staff(h, "head"), 14)
    p.text(
        w - 220,
        y + 56,
        tr(
            lg,
            "For the Civil Aviation Authority",
            "Für das Luftfahrt-Bundesamt",
            "Pour le directeur général",
        ),
        "Times-Roman",
        9,
    )
    p.text(
        40,
        hh - 40,
        "EASA Form 3-145 Issue 6" if lg != "en" else "CAA Form 3-145 Issue 3",
        "Helvetica",
        7,
    )
    pages = [p]
    if rng.random() < 0.7:
        q = Page(A4)
        q.text(
            w / 2,
            60,
            tr(
                lg,
                "MAINTENANCE ORGANISATION APPROVAL SCHEDULE",
                "GENEHMIGUNGSUMFANG",
                "ANNEXE - DOMAINE D'AGRÉMENT",
            ),
            "Helvetica-Bold",
            11,
            "center",
        )
        q.text(w / 2, 76, f"{mro.name} - {mro.approval}", "Helvetica", 9, "center")
        rows = []
        for t in sorted({x[1] for x in rng.sample(TYPES, k=rng.randint(2, 5))}):
            rows.append(
                [
                    "A2"
                    if "Citation" not in t and "ERJ" not in t and "ATR" not in t and "DHC" not in t
                    else "A1",
                    t,
                    tr(lg, "Base", "Base", "Base") + " / Line",
                    mro.town.split(" ", 1)[-1],
                ]
            )
        for c in rng.sample(
            [
                "C5 Electrical power",
                "C6 Equipment",
                "C7 Engine - APU",
                "C14 Landing gear",
                "C8 Flight controls",
                "C12 Hydraulic power",
                "B3 Piston engines",
            ],
            k=rng.randint(1, 4),
        ):
            rows.append([c.split()[0], " ".join(c.split()[1:]), "-", mro.town.split(" ", 1)[-1]])
        fl = Flow(A4, hh - 60, lambda pg, n: 100.0)
        fl.pages = [q]
        fl.page = q
        fl.y = 100
        table(
            fl,
            columns(50, w - 50, [(0.6, "left"), (3, "left"), (1.3, "left"), (1.6, "left")]),
            [
                "Class/Rating",
                tr(lg, "Limitation", "Einschränkung", "Limitation"),
                tr(lg, "Base / Line", "Base / Line", "Base / Ligne"),
                tr(lg, "Location", "Standort", "Site"),
            ],
            rows,
            Style("Helvetica", "Helvetica-Bold", 9, 50, "none", "bottom", A4, "short"),
            rules=True,
            step=2.0,
        )
        q.text(
            40,
            hh - 40,
            "EASA Form 3-145 Issue 6 - Page 2 of 2"
            if lg != "en"
            else "CAA Form 3-145 Issue 3 - Page 2 of 2",
            "Helvetica",
            7,
        )
        p.text(w - 40, hh - 40, "Page 1 of 2", "Helvetica", 7, "right")
        pages += fl.pages
    return pages


OCC_KINDS = {
    "en": [
        "Maintenance error",
        "Tooling / equipment",
        "Bogus / suspect part",
        "Ground damage",
        "FOD",
        "Fluid leak",
        "Documentation",
    ],
    "de": [
        "Instandhaltungsfehler",
        "Werkzeug / Ausrüstung",
        "Verdächtiges Teil",
        "Bodenschaden",
        "FOD",
        "Leckage",
        "Dokumentation",
    ],
    "fr": [
        "Erreur de maintenance",
        "Outillage",
        "Pièce suspecte",
        "Dommage au sol",
        "FOD",
        "Fuite",
        "Documentation",
    ],
}


def tpl_occurrence(rng: random.Random, who: Issuer) -> list[Page]:
    """The organisation's internal occurrence report form, filled in by hand: reporter,
    aircraft, where and when, category ticks, the narrative on ruled lines, the quality
    department's assessment box; a long narrative continues on a second sheet."""
    h = mro_head()
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    a = the_plane(rng, ("techlog", "work_order"))
    d = the_day(rng, ("techlog",), (0, 2))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "OCCURRENCE REPORT", "EREIGNISMELDUNG", "COMPTE RENDU D'ÉVÉNEMENT")
    p.text(m, y, title, s.bold, 14)
    no = serial(rng, "OR-9999")
    p.text(
        w - m, y, tr(lg, "Quality ref: ", "QM-Nr.: ", "Réf. qualité : ") + no, s.font, 8, "right"
    )
    y += 12
    reporter = staff(h, "mech" + str(rng.randint(0, 3)))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Reported by", "Meldender", "Rédacteur"), reporter),
            (
                tr(lg, "Date / time", "Datum / Zeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Aircraft", "Luftfahrzeug", "Aéronef"), f"{a.reg} {a.model}"),
            (
                tr(lg, "Location", "Ort", "Lieu"),
                rng.choice(["Hangar 1", "Hangar 2", "Apron", "Line", "Stores"]),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "Category", "Art des Ereignisses", "Catégorie")) + 8
    y = ticks(p, s, m, y, w - 2 * m, OCC_KINDS[lg], {rng.randrange(len(OCC_KINDS[lg]))}, 8.5)
    y = band(p, s, y + 4, tr(lg, "What happened", "Beschreibung", "Description")) + 14
    long = rng.random() < 0.35
    y = ruled(p, m, y, w - 2 * m, 14 if not long else 20, rng, lg, 0.9 if long else 0.6, 16)
    pages = [p]
    if long:
        q = Page(A4)
        yy = running_header(q, s, f"{title} {no}") + 16
        q.text(
            m,
            yy,
            tr(lg, "Narrative (continued)", "Beschreibung (Fortsetzung)", "Description (suite)"),
            s.bold,
            10,
        )
        yy = ruled(q, m, yy + 18, w - 2 * m, rng.randint(5, 14), rng, lg, 0.9, 16)
        pages.append(q)
        last, yq = q, yy + 10
    else:
        last, yq = p, y + 4
    yq = (
        band(last, s, yq, tr(lg, "Quality department", "Qualitätsabteilung", "Service qualité"))
        + 10
    )
    yq = ticks(
        last,
        s,
        m,
        yq,
        w - 2 * m,
        [
            tr(lg, "Internal only", "nur intern", "Interne"),
            tr(lg, "Reportable (MOR)", "meldepflichtig", "À notifier (CRE)"),
            tr(lg, "Customer informed", "Kunde informiert", "Client informé"),
        ],
        {rng.choice([0, 1])},
        8.5,
    )
    sign(last, m + 10, min(yq + 20, hh - 50), staff(h, "qm"), 12)
    note(a, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same aircraft or part."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "work_order": tpl_work_order,
    "crs": tpl_crs,
    "release_cert": tpl_release_cert,
    "supplier_invoice": tpl_supplier_invoice,
    "packing_list": tpl_packing_list,
    "purchase_order": tpl_purchase_order,
    "arc": tpl_arc,
    "techlog": tpl_techlog,
    "shop_report": tpl_shop_report,
    "engine_shipment": tpl_engine_shipment,
    "calibration": tpl_calibration,
    "authorisation": tpl_authorisation,
    "audit_report": tpl_audit_report,
    "closure_report": tpl_closure_report,
    "fuel_receipt": tpl_fuel_receipt,
    "hangar_invoice": tpl_hangar_invoice,
    "insurance": tpl_insurance,
    "regulator_letter": tpl_regulator_letter,
    "occurrence": tpl_occurrence,
}
TEMPLATES_JJ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "release_cert",
    "techlog",
    "fuel_receipt",
    "calibration",
    "crs",
    "packing_list",
    "authorisation",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "packing_list": "release_cert",
    "shop_report": "release_cert",
    "work_order": "crs",
    "purchase_order": "supplier_invoice",
    "audit_report": "closure_report",
    "techlog": "occurrence",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_creel_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One organisation's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.5) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    organisation (country, name, approvals, customers' aircraft, month) is drawn once per
    stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["mro"] = r.randrange(2)
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    OFFICE["fleet"] = [a_plane(r, lang) for _ in range(r.randint(3, 9))]
    OFFICE["approval"] = approval_of(r, lang, "mro")
    OFFICE["camo"] = approval_of(r, lang, "camo")
    LAST.clear()
    LAST.update(kind="", plane=None, part=None, day=None, ref="")
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_JJ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_creel_stream, "templates JJ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

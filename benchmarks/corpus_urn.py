"""Urn part of the generated corpus: templates U, written blind for the next measurement.

Another part, ``urn``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as the pile the import/export desk of a
freight forwarder and customs broker (offices in Felixstowe, Hamburg and Le Havre; road, sea
and air shipments) feeds through its scanner once a day: exporters' commercial invoices with
the goods over one to three pages, packing lists (some on landscape A4), shippers' letters of
instruction (Speditionsauftrag, ordre de transport) ticked and filled in by hand with the
trading conditions printed on the back, CMR consignment notes with their numbered boxes,
ocean bills of lading with a container rider and the terms on the reverse, house air
waybills, carriers' booking confirmations printed from e-mail, arrival notices with the
charges, export accompanying documents (Ausfuhrbegleitdokument, DAE) with the MRN barcode and
continuation sheets of goods items, import duty notices (import declaration acceptance,
Einfuhrabgabenbescheid, avis de liquidation) with the duty calculation and the notes on
appeal, customs authorities' letters asking for documents, chambers of commerce certificates
of origin, cargo insurance certificates with the clauses page, weighbridge VGM tickets on
narrow slips, container terminals' equipment interchange receipts on landscape A5, hauliers'
proofs of delivery on A5 signed and stamped, the forwarder's freight invoices with a schedule
of disbursements, cargo surveyors' damage reports (some with a cover sheet) with photo
sheets, dangerous goods notes, banks' advices of letters of credit with the SWIFT MT700
printout, and bonded warehouses' goods received notes. Each sender writes in its own language
(English, German or French); page sizes range from narrow weighbridge slips, A5 and landscape
A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the desk files it under
the shipment: the container rider and the terms page of a bill of lading, the trading
conditions printed behind a letter of instruction, the goods item continuation sheets of an
export accompanying document, the calculation pages and the notes on appeal of a duty notice,
the clauses page of an insurance certificate, the MT700 printout behind a bank's covering
letter, the photo sheets and the enclosure list of a survey report, the schedule of
disbursements behind a freight invoice, the delivery instructions form behind an arrival
notice, the reply slip behind a customs letter, the continuation sheet of a dangerous goods
note, the cover sheet of a survey report and the continuation pages of an invoice or a packing
list belong to their document. The packing list beside its invoice (two documents even from
one exporter), the certificate of origin for an invoice, the arrival notice for a bill of
lading, each CMR, air waybill, VGM ticket, interchange receipt, proof of delivery and goods
received note of a batch, the survey report after a proof of delivery and the freight invoice
after a duty notice are documents of their own.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: CMR notes, house air waybills, VGM
tickets, interchange receipts, proofs of delivery and goods received notes often come 2-4 in a
row from one sender with other dates, numbers and weights; and companions: a letter of credit
advice is often followed by the exporter's commercial invoice, a commercial invoice by the
chamber's certificate of origin, a letter of instruction by the carrier's booking
confirmation, a booking confirmation by the weighbridge ticket, a bill of lading by the arrival
notice, an export accompanying document by the haulier's CMR, a proof of delivery by the
surveyor's report, a duty notice by the forwarder's freight invoice and a customs letter by
the commercial invoice asked for. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "urn"`` and
seeds offset by 2_000_000.

Usage: ``python benchmarks/corpus_urn.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/urn/urn_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    bar_width,
    box,
    caption,
    close,
    columns,
    date_text,
    day,
    fit,
    money,
    pairs,
    paper,
    part_generate,
    part_main,
    running_header,
    serial,
    shrink,
    table,
    ticks,
    tr,
    wrap,
    write,
)
from corpus_kit import address as window

PART = "urn"
SEED_OFFSET = 2_000_000


# ---------------------------------------------------------------------------------------------
# Who writes: firms by role
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
ROLES: dict[str, list[Firm]] = {
    "forwarder": [
        (
            "Larchmont Freight & Customs Ltd",
            "en",
            "Customs House, Walton Avenue",
            "Felixstowe IP11 3HG",
            "01394 670 200",
        ),
        (
            "Larchmont Spedition GmbH",
            "de",
            "Am Ballinkai 12",
            "21129 Hamburg",
            "040 740 33 60",
        ),
        (
            "Larchmont Transit SAS",
            "fr",
            "Quai de l'Europe, Bat. 4",
            "76600 Le Havre",
            "02 35 19 44 70",
        ),
    ],
    "agent": [
        ("Bexley Air & Sea Cargo Ltd", "en", "Unit 7, Polar Park", "West Drayton UB7 0EX", ""),
        ("Hanse Cargo Service GmbH", "de", "Cargo City Sued, Geb. 537", "60549 Frankfurt", ""),
        ("Transports Delaunay Transit", "fr", "Zone de Fret 2, rue du Te", "95700 Roissy", ""),
    ],
    "exporter": [
        ("Pennant Valves Ltd", "en", "Brightside Lane", "Sheffield S9 2RX", "0114 261 7730"),
        ("Ashdown Textiles Ltd", "en", "14 Frog Island", "Leicester LE3 5AG", "0116 253 0418"),
        (
            "Whitcombe Scientific Instruments",
            "en",
            "Cambridge Science Park, Unit 21",
            "Cambridge CB4 0FN",
            "01223 420 990",
        ),
        ("Wendt Maschinenbau GmbH", "de", "Eckendorfer Strasse 91", "33609 Bielefeld", ""),
        (
            "Hoyer Kunststofftechnik GmbH",
            "de",
            "Im Grund 7",
            "58515 Luedenscheid",
            "02351 98 20 0",
        ),
        ("Brauerei Adelhofen KG", "de", "Brauhausgasse 3", "97215 Uffenheim", ""),
        ("Verrerie Lambert SA", "fr", "12 rue des Moulins", "51100 Reims", "03 26 85 10 42"),
        ("Ets Marchal Outillage", "fr", "ZI du Pont de l'Ane", "42000 Saint-Etienne", ""),
        ("Cosmetiques Belrive SAS", "fr", "8 chemin du Vallon", "69130 Ecully", ""),
    ],
    "haulier": [
        ("Redgate Haulage Ltd", "en", "Thurrock Park Way", "Tilbury RM18 7HZ", "01375 851 900"),
        ("M. J. Pollard Transport", "en", "Whitfield Depot, Honeywood Rd", "Dover CT16 3EH", ""),
        ("Spedition Hollmann & Sohn", "de", "Senator-Borttscheller-Str. 8", "28197 Bremen", ""),
        ("Fuhrunternehmen Sattler GmbH", "de", "Industriepark 22", "34253 Lohfelden", ""),
        ("Transports Guerin SA", "fr", "Route du Port", "76530 Grand-Couronne", ""),
        ("Transports Lebreton", "fr", "ZA de la Croix Vaubois", "14123 Ifs", "02 31 78 40 12"),
    ],
    "line": [
        ("Blackwall Shipping Line Ltd", "en", "1 St Katharine's Way", "London E1W 1UN", ""),
        ("Hanseatic Container Line GmbH", "de", "Grosse Elbstrasse 145", "22767 Hamburg", ""),
        ("Compagnie Maritime du Ponant", "fr", "4 quai d'Arenc", "13002 Marseille", ""),
    ],
    "airline": [
        ("Albion Air Cargo Ltd", "en", "Shoreham Road East, Cargo Centre", "Heathrow TW6 3RS", ""),
        ("Nordwind Cargo Airlines", "de", "Cargo City Sued, Geb. 501", "60549 Frankfurt", ""),
        ("Air Ponant Fret", "fr", "Gare de fret, 1 rue du Bois", "95700 Roissy", ""),
    ],
    "customs": [
        (
            "HM Revenue & Customs - National Clearance Hub",
            "en",
            "Ralli Quays, 3 Stanley Street",
            "Salford M60 9LA",
            "",
        ),
        (
            "Hauptzollamt Hamburg - Zollamt Waltershof",
            "de",
            "Waltershofer Damm 6",
            "21129 Hamburg",
            "",
        ),
        (
            "Douane - Bureau du Havre Port",
            "fr",
            "Terre-plein de la Barre",
            "76600 Le Havre",
            "",
        ),
    ],
    "chamber": [
        (
            "Sheffield & Trent Chamber of Commerce",
            "en",
            "Albion House, Savile St",
            "Sheffield S4 7UD",
            "",
        ),
        (
            "Industrie- und Handelskammer Ostwestfalen",
            "de",
            "Elsa-Brandstroem-Str. 1",
            "33602 Bielefeld",
            "",
        ),
        ("CCI Marne-Ardennes", "fr", "30 rue Cesar Poulain", "51100 Reims", ""),
    ],
    "terminal": [
        ("Orwell Container Terminal", "en", "Dock Gate 2", "Felixstowe IP11 4SU", ""),
        ("Elbe Container Terminal GmbH", "de", "Am Predoehlkai 20", "21129 Hamburg", ""),
        ("Terminal Porte Oceane", "fr", "Route de l'Estuaire", "76600 Le Havre", ""),
    ],
    "weighbridge": [
        ("Trimley Weighbridge Services", "en", "Anzani Avenue", "Felixstowe IP11 3LT", ""),
        ("Waegedienst Hafen Hamburg", "de", "Kattwykdamm 3", "21129 Hamburg", ""),
        ("Pesage Portuaire Normand", "fr", "Quai Joannes Couvert", "76600 Le Havre", ""),
    ],
    "insurer": [
        ("Castlegate Marine Insurance Ltd", "en", "30 Fenchurch Avenue", "London EC3M 5AD", ""),
        ("Hanseatische Transportversicherung AG", "de", "Ballindamm 17", "20095 Hamburg", ""),
        ("Mutuelle Maritime de l'Ouest", "fr", "21 boulevard Francois 1er", "76600 Le Havre", ""),
    ],
    "surveyor": [
        (
            "Brackley & Steed Marine Surveyors",
            "en",
            "Orwell House, Ferry Lane",
            "Felixstowe IP11 3QS",
            "",
        ),
        ("Sachverstaendigenbuero Dr. Timm", "de", "Mattentwiete 5", "20457 Hamburg", ""),
        ("Cabinet Rivoal Expertises", "fr", "47 rue Jules Siegfried", "76600 Le Havre", ""),
    ],
    "bank": [
        ("Lowther Bank plc - Trade Services", "en", "5 Bishopsgate Court", "London EC2N 4AJ", ""),
        ("Norddeutsche Handelsbank AG", "de", "Neuer Wall 40", "20354 Hamburg", ""),
        ("Banque Delorme & Cie", "fr", "9 rue de la Republique", "69002 Lyon", ""),
    ],
    "warehouse": [
        ("Stourway Bonded Warehousing", "en", "Ransomes Europark", "Ipswich IP3 9SJ", ""),
        ("Lagerhaus Wilhelmsburg GmbH", "de", "Georgswerder Bogen 9", "21109 Hamburg", ""),
        ("Entrepots Portuaires du Havre", "fr", "Route Industrielle", "76700 Gonfreville", ""),
    ],
}
PEOPLE = {
    "en": [
        "Karen Tollemache",
        "Stuart Bell",
        "Nadia Hussain",
        "Gareth Pryor",
        "Michelle Okoro",
        "Dean Whitlock",
        "Harriet Mayes",
        "Raj Sandhu",
        "Lee Fairbrother",
        "Joanne Clegg",
    ],
    "de": [
        "Birgit Lohmann",
        "Sven Albers",
        "Katrin Wessels",
        "Holger Brandt",
        "Aylin Demir",
        "Jan-Ole Petersen",
        "Monika Graef",
    ],
    "fr": [
        "Sandrine Lecoq",
        "Thierry Duval",
        "Amandine Roux",
        "Yannick Le Goff",
        "Farida Mansouri",
        "Olivier Cauchois",
        "Elodie Vasseur",
    ],
}
# Buyers abroad: name, street, town, country
BUYERS = [
    ("Coastline Industrial Supply Inc", "2200 Harbor Blvd", "Long Beach, CA 90813", "USA"),
    ("Marwan Trading LLC", "Plot S20312, Jebel Ali Free Zone", "Dubai", "UAE"),
    ("Shenzhen Hengda Equipment Co Ltd", "88 Bao'an Avenue", "Shenzhen 518101", "CHINA"),
    ("Kowa Instruments KK", "3-5-1 Shiba Koen", "Tokyo 105-0011", "JAPAN"),
    ("Nordic Process AB", "Hamngatan 14", "Goeteborg 411 06", "SWEDEN"),
    ("Atlas Maroc Distribution SARL", "Km 7 Route de Rabat", "Casablanca", "MOROCCO"),
    ("Pacific Valve Supply Pty Ltd", "41 Cawarra Road", "Caringbah NSW 2229", "AUSTRALIA"),
    ("Elbridge Hospital Supplies Ltd", "Unit 3, Kyle Road", "Gateshead NE8 2YE", "UNITED KINGDOM"),
    ("Sud Ouest Emballages SARL", "5 avenue de l'Europe", "33700 Merignac", "FRANCE"),
    ("Brandt Haustechnik GmbH", "Gewerbering 4", "86899 Landsberg", "GERMANY"),
    ("Maple Ridge Distributors Ltd", "1100 Steeles Ave W", "Toronto ON M2R 3T3", "CANADA"),
    ("Sao Bento Comercial Ltda", "Rua Tabapua 1123", "Sao Paulo SP 04533", "BRAZIL"),
]
PORTS = {
    "en": ["Felixstowe", "Southampton", "London Gateway", "Tilbury"],
    "de": ["Hamburg", "Bremerhaven"],
    "fr": ["Le Havre", "Fos-sur-Mer"],
}
AIRPORTS = {"en": ["LHR London Heathrow"], "de": ["FRA Frankfurt"], "fr": ["CDG Paris CDG"]}
#: The port and airport of each buyer's country (an index into ``FAR_PORTS``).
FAR_OF = {
    "USA": 0,
    "UAE": 1,
    "CHINA": 2,
    "JAPAN": 3,
    "SWEDEN": 4,
    "MOROCCO": 5,
    "AUSTRALIA": 6,
    "BRAZIL": 7,
    "CANADA": 8,
}
FAR_PORTS = [
    ("Long Beach", "USLGB", "LAX Los Angeles"),
    ("Jebel Ali", "AEJEA", "DXB Dubai"),
    ("Shenzhen Yantian", "CNYTN", "SZX Shenzhen"),
    ("Tokyo", "JPTYO", "NRT Tokyo Narita"),
    ("Gothenburg", "SEGOT", "GOT Goeteborg"),
    ("Casablanca", "MACAS", "CMN Casablanca"),
    ("Sydney", "AUSYD", "SYD Sydney"),
    ("Santos", "BRSSZ", "GRU Sao Paulo"),
    ("Halifax", "CAHAL", "YYZ Toronto"),
]
VESSELS = [
    "BLACKWALL VENTURE",
    "HANSA EUROPA",
    "CMP LA PEROUSE",
    "NORDIC SPIRIT",
    "ELBE TRADER",
    "PONANT ATLANTIQUE",
    "MAERSK KALMAR",
    "ATLANTIC COMPASS",
]
GOODS: dict[str, list[tuple[str, str, str]]] = {
    # description in the exporter's language, HS code, unit
    "Pennant Valves Ltd": [
        ("Ball valve DN50 PN40 stainless steel", "848180", "pcs"),
        ("Gate valve DN100 cast steel flanged", "848180", "pcs"),
        ("Pressure relief valve 1/2in brass", "848140", "pcs"),
        ("Actuator, pneumatic, double acting", "841231", "pcs"),
        ("Spare seal kit DN50", "848490", "set"),
    ],
    "Ashdown Textiles Ltd": [
        ("Woven polyester fabric 150cm, navy", "540752", "m"),
        ("Knitted cotton jersey, grey marl", "600622", "m"),
        ("Workwear jacket, hi-vis, size L", "621093", "pcs"),
        ("Fleece blanket 130x170", "630140", "pcs"),
    ],
    "Whitcombe Scientific Instruments": [
        ("Laboratory balance 220g x 0.1mg", "901600", "pcs"),
        ("pH meter benchtop with electrode", "902780", "pcs"),
        ("Spectrophotometer UV-Vis", "902730", "pcs"),
        ("Calibration weight set F1", "901690", "set"),
    ],
    "Wendt Maschinenbau GmbH": [
        ("Foerderband FB-600, 4 m, komplett", "842833", "Stk"),
        ("Getriebemotor 2,2 kW", "850152", "Stk"),
        ("Schaltschrank, verdrahtet", "853720", "Stk"),
        ("Ersatzteilsatz Foerderband", "843139", "Satz"),
        ("Stahlkonstruktion Traggeruest", "730890", "kg"),
    ],
    "Hoyer Kunststofftechnik GmbH": [
        ("Spritzgussteile PA6 GF30, Gehaeuse", "392690", "Stk"),
        ("Kunststoffdeckel PP, 90 mm", "392350", "Stk"),
        ("Granulat POM natur, 25 kg Sack", "390710", "kg"),
    ],
    "Brauerei Adelhofen KG": [
        ("Bier hell 5,2 % vol, Flasche 0,5 l", "220300", "Ktn"),
        ("Weissbier 5,4 % vol, Flasche 0,5 l", "220300", "Ktn"),
        ("Bier dunkel, Fass 30 l", "220300", "Fass"),
    ],
    "Verrerie Lambert SA": [
        ("Flacon verre 50 ml extra-blanc", "701090", "u"),
        ("Bouteille champenoise 75 cl", "701090", "u"),
        ("Verre a pied cristallin 35 cl", "701328", "u"),
    ],
    "Ets Marchal Outillage": [
        ("Cle mixte 6 pans 8-22 mm, jeu", "820411", "jeu"),
        ("Tournevis isole 1000 V", "820540", "u"),
        ("Pince multiprise 250 mm", "820320", "u"),
        ("Servante d'atelier 7 tiroirs", "940320", "u"),
    ],
    "Cosmetiques Belrive SAS": [
        ("Creme hydratante 50 ml", "330499", "u"),
        ("Eau de toilette 100 ml", "330300", "u"),
        ("Shampooing doux 250 ml", "330510", "u"),
        ("Savon surgras 100 g", "340111", "u"),
    ],
}
TALK = {
    "en": "shipment consignment container vessel booking customs clearance cargo freight port "
    "delivery collection documents invoice entry release haulier terminal pallet charges",
    "de": "Sendung Container Schiff Buchung Zollabfertigung Ladung Fracht Hafen Zustellung "
    "Abholung Unterlagen Rechnung Anmeldung Freigabe Spediteur Terminal Palette Kosten",
    "fr": "expedition conteneur navire reservation dedouanement marchandise fret port livraison "
    "enlevement documents facture declaration mainlevee transporteur terminal palette frais",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the your our",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des votre",
}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A shipping desk sentence in ``lang``: trade words mixed with the language's glue."""
    trade, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(trade if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 2, 5) + timedelta(days=rng.randint(0, 700))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its shipment."""
    return random.Random(zlib.crc32(f"urn/{key}/{who.name}/{who.street}/{who.city}".encode()))


def container_no(rng: random.Random) -> str:
    return rng.choice(["BWLU", "HCLU", "CMPU", "TGHU", "MSKU", "TCNU"]) + serial(rng, "999999-9")


@dataclass
class Ship:
    """One shipment file of the desk: the office handling it, who sends what to whom, how."""

    lang: str  # the office's country
    export: bool
    exporter: Firm
    buyer: tuple[str, str, str, str]
    mode: str  # sea | air | road
    pol: str
    pod: tuple[str, str, str]
    vessel: str
    voyage: str
    boxes: list[str]
    incoterm: str
    job: str
    goods: list[tuple[str, str, str]]


def ship_of(who: Issuer) -> Ship:
    r = seeded(who, "ship")
    lang = r.choice(["en", "en", "de", "fr"])
    export = r.random() < 0.65
    if export:
        pool = [x for x in ROLES["exporter"] if x[1] == lang]
        exporter = r.choice(pool if r.random() < 0.8 else ROLES["exporter"])
        home = {"en": "UNITED KINGDOM", "de": "GERMANY", "fr": "FRANCE"}
        buyer = r.choice([b for b in BUYERS if b[3] not in (home[lang], home[exporter[1]])])
        mode = r.choice(["sea", "sea", "air"])
        if buyer[3] in ("UNITED KINGDOM", "FRANCE", "GERMANY", "SWEDEN"):
            mode = "road"
    else:
        exporter = r.choice([x for x in ROLES["exporter"] if x[1] != lang])
        buyer = {
            "en": BUYERS[7],
            "fr": BUYERS[8],
            "de": BUYERS[9],
        }[lang]
        mode = r.choice(["road", "road", "sea", "air"])
    far = FAR_PORTS[FAR_OF.get(buyer[3], 0)]
    if mode == "road" or not export:
        far = (r.choice(PORTS[exporter[1]]), "", r.choice(AIRPORTS[exporter[1]]))
    return Ship(
        lang=lang,
        export=export,
        exporter=exporter,
        buyer=buyer,
        mode=mode,
        pol=r.choice(PORTS[lang]) if export else far[0],
        pod=far if export else (r.choice(PORTS[lang]), "", AIRPORTS[lang][0]),
        vessel=r.choice(VESSELS),
        voyage=serial(r, r.choice(["999A", "99E9", "A999W"])),
        boxes=[container_no(r) for _ in range(r.choice([1, 1, 1, 2, 3, 5]))],
        incoterm=r.choice(["FCA", "FOB", "CIF", "DAP", "EXW", "CPT", "DDP"]),
        job=serial(r, r.choice(["LF9999999", "E99-99999", "I99/9999"])),
        goods=GOODS[exporter[0]],
    )


def staff(who: Issuer, key: str, lang: str) -> str:
    return seeded(who, "staff" + key).choice(PEOPLE[lang])


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
    look: str  # band | monogram | centred | split | rule
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    web: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "Seite {i}/{n}", "2:- {i} -", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
NO_FOOT = {"customs", "chamber"}


def legal_lines(r: random.Random, name: str, lang: str, role: str, seat: str) -> list[str]:
    town = seat.split(" ", 1)[-1] if seat[:1].isdigit() else seat.split()[0]
    if lang == "de":
        out = [
            f"{name} - Sitz {town} - Amtsgericht {town} HRB {r.randint(10000, 99999)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"Commerzbank {town} - IBAN DE{r.randint(10, 99)} 2004 0000 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            "COBADEFFXXX",
        ]
        if role in ("forwarder", "agent", "haulier"):
            out.append(
                "Wir arbeiten ausschliesslich auf Grundlage der Allgemeinen Deutschen "
                "Spediteurbedingungen 2017 (ADSp 2017)."
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - SAS au capital de {r.randint(40, 900)} 000 EUR - RCS "
            f"{town} {r.randint(300, 899)} "
            f"{r.randint(100, 999)} {r.randint(100, 999)} - TVA FR{r.randint(10, 99)}"
            f"{r.randint(100000000, 999999999)}"
        ]
        if role in ("forwarder", "agent", "haulier"):
            out.append(
                "Nos operations sont soumises aux conditions generales de vente de TLF "
                f"Overseas. Commissionnaire en douane agree n. {r.randint(1000, 9999)}."
            )
        return out
    out = [
        f"Registered in England and Wales No. {r.randint(1000000, 13999999):08d} - "
        f"VAT Reg. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
    ]
    if role in ("forwarder", "agent", "haulier"):
        out.append(
            "All business is transacted under the BIFA Standard Trading Conditions 2021 "
            "edition, copies available on request."
        )
    elif r.random() < 0.5:
        out.append(f"EORI GB{r.randint(100000000000, 999999999999)}")
    return out


def head_of(who: Issuer, role: str, looks: list[str] | None = None, lang: str = "") -> Head:
    """The ``role`` firm of ``who``'s shipment as it prints (the same firm for the same issuer):
    the office itself, the exporter of the shipment, or a firm of the place where the role
    acts (the office's country, or ``lang``'s)."""
    r = seeded(who, role)
    sh = ship_of(who)
    lg = lang or sh.lang
    if role == "exporter":
        name, lang_, street, town, phone = sh.exporter
    else:
        rows = [x for x in ROLES[role] if x[1] == lg] or ROLES[role]
        name, lang_, street, town, phone = r.choice(rows)
    short = next(x for x in name.split() if len(x.strip(".,&")) > 2).lower().strip(".,&")
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang_]
    return Head(
        name=name,
        lang=lang_,
        street=street,
        town=town,
        phone=phone or f"{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
        look=r.choice(looks or ["band", "monogram", "centred", "split", "rule"]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang_, role, town)
        if role not in NO_FOOT and r.random() < 0.75
        else [],
        numbers=r.choice(PAGE_NOS[lang_]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang_ == "en" else [])),
        web=f"www.{short}.{tld}" if role not in NO_FOOT else "",
    )


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.2)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        line = f"{where}   {tel}   {h.web}".strip()
        p.text(m, y + 22, fit(line, s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "monogram":
        ini = "".join(x[0] for x in h.name.replace("&", "").split()[:2]).upper()
        p.rect(m, y - 12, 30, 30, fill=0.15)
        p.text(m + 15, y + 7, ini, "Helvetica-Bold", 12, "center")
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m - 40)
        p.text(m + 38, y, h.name, s.bold, pt)
        p.text(m + 38, y + 11, fit(f"{where} - {tel}", s.font, 7, w - 2 * m - 40), s.font, 7)
        return y + 40
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        p.line(w / 2 - 60, y + 8, w / 2 + 60, y + 8)
        line = f"{where} - {tel} - {h.web}".strip(" -")
        p.text(w / 2, y + 18, fit(line, s.font, 7, w - 2 * m), s.font, 7, "center")
        return y + 40
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        yy = y - 4
        for t in (h.street, h.town, tel, h.web):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 12), w - m, max(yy, y + 12))
        return max(yy, y + 12) + 20
    pt = shrink(h.name.upper(), s.bold, s.size + 4, w - 2 * m)
    p.text(m, y + 4, h.name.upper(), s.bold, pt)
    p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
    p.text(m, y + 22, fit(f"{where}  |  {tel}", s.font, 7, w - 2 * m), s.font, 7)
    return y + 42


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
        if h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 6, start)


def letter_size(who: Issuer, lang: str) -> tuple[float, float]:
    return LETTER if lang == "en" and seeded(who, "letter").random() < 0.2 else A4


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = name.split()
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.4, y - 3)


def stamp(p: Page, x: float, y: float, lines: list[str]) -> None:
    """A rubber stamp with a double frame, its top-left at ``x``, ``y``."""
    bw = max(len(t) for t in lines) * 5.4 + 16
    bh = 12 * len(lines) + 8
    p.rect(x, y, bw, bh)
    p.rect(x + 2.5, y + 2.5, bw - 5, bh - 5)
    for k, t in enumerate(lines):
        font = "Helvetica-Bold" if k == 0 else "Helvetica"
        p.text(x + bw / 2, y + 14 + 12 * k, t, font, 8, "center")


def got(lang: str, d: date, name: str) -> list[str]:
    """The desk's received stamp."""
    return [
        tr(lang, "RECEIVED", "EINGANG", "RECU LE"),
        date_text(d, lang, "short"),
        name.split()[0].upper() + tr(lang, " - IMPORT DESK", " - ZOLL", " - DOUANE"),
    ]


def desk_stamp(rng: random.Random, p: Page, who: Issuer, d: date, x: float, y: float) -> None:
    off = head_of(who, "forwarder")
    stamp(p, x, y, got(off.lang, d + timedelta(days=rng.randint(0, 3)), off.name))


Cell = tuple[str, str, float]  # caption, entry, share of the row


def grid(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    row: list[Cell],
    tall: float = 26,
    hand: bool = False,
    pt: float = 8.5,
) -> float:
    """One row of form boxes: a small caption at the top of each, its entry below (in hand if
    ``hand``); the y under the row. An entry with line breaks runs down the box."""
    total = sum(c[2] for c in row)
    font = HAND if hand else s.font
    cx = x
    for cap, val, share in row:
        cw = w * share / total
        p.rect(cx, y, cw, tall)
        p.text(cx + 3, y + 7, fit(cap, s.font, 5.8, cw - 6), s.font, 5.8)
        for k, ln in enumerate(val.split("\n")):
            if ln and 17 + k * (pt + 1.5) < tall + 2:
                p.text(cx + 4, y + 17 + k * (pt + 1.5), fit(ln, font, pt, cw - 8), font, pt)
        cx += cw
    return y + tall


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look != "band" else None, y0, lines)
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


def dear(f: Sheets, s: Style, lang: str, name: str = "") -> None:
    if lang == "de":
        t = f"Sehr geehrte(r) {name}," if name else "Sehr geehrte Damen und Herren,"
    elif lang == "fr":
        t = "Madame, Monsieur,"
    else:
        t = f"Dear {name}," if name else "Dear Sirs,"
    write(f, s, t)


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, ink: bool = True) -> None:
    f.need(80)
    m = s.margin
    close_ = tr(
        lang,
        ["Yours faithfully", "Yours sincerely", "Kind regards", "Regards"][len(name) % 4],
        "Mit freundlichen Gruessen",
        "Nous vous prions d'agreer nos salutations distinguees.",
    )
    f.page.text(m, f.y, close_, s.font, s.size)
    f.y += 30
    if ink:
        sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def small_print(
    p: Page, x: float, y: float, w: float, bottom: float, paras: list[str], cols: int, pt: float
) -> None:
    """Conditions in small type over ``cols`` columns between ``y`` and ``bottom``."""
    gap = 12.0
    cw = (w - gap * (cols - 1)) / cols
    col, yy = 0, y
    for para in paras:
        for ln in wrap(para, "Times-Roman", pt, cw):
            if yy > bottom:
                col += 1
                yy = y
                if col >= cols:
                    return
            p.text(x + col * (cw + gap), yy, ln, "Times-Roman", pt)
            yy += pt * 1.2
        yy += pt * 0.5


def clauses(rng: random.Random, lang: str, heads: list[str], n: int) -> list[str]:
    out = []
    for k in range(n):
        title = heads[k % len(heads)]
        out.append(f"{k + 1}. {title.upper()}. " + prose(rng, lang, 2, 6))
    return out


def buyer_lines(sh: Ship) -> list[str]:
    return [sh.buyer[0], sh.buyer[1], sh.buyer[2], sh.buyer[3]]


def firm_lines(f: Firm) -> list[str]:
    country = {"en": "UNITED KINGDOM", "de": "GERMANY", "fr": "FRANCE"}[f[1]]
    return [f[0], f[2], f[3], country]


def lines_of(h: Head) -> list[str]:
    return [h.name, h.street, h.town]


def weight(rng: random.Random, lo: float = 120, hi: float = 18000) -> float:
    return round(rng.uniform(lo, hi), 1)


def kg(v: float, lang: str) -> str:
    return f"{money(v, lang)[:-1]} kg"


# ---------------------------------------------------------------------------------------------
# Templates U: the exporter's papers
# ---------------------------------------------------------------------------------------------


def seller_grid(
    p: Page, s: Style, sh: Ship, h: Head, y: float, w: float, lg: str, pt: float = 8
) -> float:
    """Seller, buyer and consignee boxes of an invoice or packing list; the y below."""
    m = s.margin
    seller = "\n".join(firm_lines(sh.exporter))
    buyer = "\n".join(buyer_lines(sh))
    return grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Seller / Exporter", "Verkaeufer / Ausfuehrer", "Vendeur / Exportateur"),
                seller,
                1,
            ),
            (
                tr(lg, "Buyer / Consignee", "Kaeufer / Empfaenger", "Acheteur / Destinataire"),
                buyer,
                1,
            ),
        ],
        tall=64,
        pt=pt,
    )


def tpl_commercial_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An exporter's commercial invoice: boxes with the parties and terms, the goods with
    commodity codes over one to three pages, totals, weights, the origin statement and the
    signature."""
    sh = ship_of(who)
    h = head_of(who, "exporter")
    lg = h.lang
    s = paper(who.style, letter_size(who, lg), pt=min(who.style.size, 10))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    no = serial(rng, seeded(who, "invno").choice(["99999", "INV-999999", "RE 99/9999", "F9999999"]))
    title = tr(
        lg, "COMMERCIAL INVOICE", "HANDELSRECHNUNG / COMMERCIAL INVOICE", "FACTURE COMMERCIALE"
    )
    f = sheets(s, h, f"{h.name} - {title.split(' / ')[0].title()} {no}")
    f.page.text(m, f.y, title, s.bold, shrink(title, s.bold, s.size + 5, w - 2 * m))
    f.y += 12
    f.y = seller_grid(f.page, s, sh, h, f.y, w, lg)
    cur = {"USA": "USD", "AUSTRALIA": "AUD", "CANADA": "CAD"}.get(
        sh.buyer[3], "EUR" if lg != "en" else "GBP"
    )
    place = sh.pol if sh.mode != "air" else sh.pod[2]
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no, 1),
            (tr(lg, "Date", "Datum", "Date"), day(h, d), 1),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                serial(rng, "PO-999999"),
                1,
            ),
            (
                tr(lg, "Incoterms 2020", "Lieferbedingung", "Incoterms 2020"),
                f"{sh.incoterm} {place}",
                1.3,
            ),
        ],
        tall=28,
    )
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Terms of payment", "Zahlungsbedingung", "Conditions de paiement"),
                rng.choice(
                    [
                        tr(lg, "30 days net", "30 Tage netto", "30 jours net"),
                        tr(lg, "Letter of credit", "Akkreditiv", "Credit documentaire"),
                        tr(
                            lg,
                            "Cash against documents",
                            "Kasse gegen Dokumente",
                            "Paiement contre documents",
                        ),
                    ]
                ),
                1.4,
            ),
            (tr(lg, "Mode of transport", "Versandart", "Mode de transport"), sh.mode.upper(), 1),
            (
                tr(lg, "Country of origin", "Ursprungsland", "Pays d'origine"),
                firm_lines(sh.exporter)[3],
                1,
            ),
            (
                "EORI",
                cc(lg) + serial(seeded(who, "eori"), "999999999999"),
                1.2,
            ),
        ],
        tall=28,
    )
    f.y += 18
    rows = []
    net = 0.0
    for k in range(rng.choice([3, 5, 8, 12, 22, 34, 48])):
        what, hs, unit = rng.choice(sh.goods)
        q = rng.choice([1, 2, 4, 5, 10, 12, 24, 50, 100, 250])
        price = round(rng.uniform(2, 900), 2)
        net += q * price
        rows.append(
            [
                str(k + 1),
                what,
                f"{hs}{rng.randint(10, 99)}",
                str(q),
                unit,
                money(price, lg),
                money(q * price, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (0.6, "left"),
            (4, "left"),
            (1.3, "left"),
            (0.7, "center"),
            (0.6, "center"),
            (1.1, "right"),
            (1.3, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Pos.", "Pos."),
            tr(lg, "Description of goods", "Warenbezeichnung", "Designation"),
            tr(lg, "Comm. code", "Warennr.", "Code SH"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit", "ME", "U"),
            tr(lg, "Unit price", "Einzelpreis", "Prix unit."),
            f"{tr(lg, 'Amount', 'Betrag', 'Montant')} {cur}",
        ],
        rows,
        s,
        size=s.size - 2,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.5,
    )
    f.need(150)
    f.y += 6
    freight = (
        round(net * rng.uniform(0.02, 0.08), 2)
        if sh.incoterm in ("CIF", "CPT", "DAP", "DDP")
        else 0.0
    )
    tot = [(tr(lg, "Net value", "Warenwert netto", "Montant net"), money(net, lg))]
    if freight:
        tot.append(
            (
                tr(lg, "Freight and insurance", "Fracht und Versicherung", "Fret et assurance"),
                money(freight, lg),
            )
        )
    tot.append((f"{tr(lg, 'Total', 'Gesamtbetrag', 'Total')} {cur}", money(net + freight, lg)))
    f.y = pairs(f.page, s, w / 2, f.y, tot, w - m, s.size - 0.5)
    gross = weight(rng, 80, 9000)
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            f"Packages: {rng.randint(1, 30)}   Gross weight: {kg(gross, lg)}   "
            f"Net weight: {kg(gross * 0.9, lg)}",
            f"Packstuecke: {rng.randint(1, 30)}   Bruttogewicht: {kg(gross, lg)}   "
            f"Nettogewicht: {kg(gross * 0.9, lg)}",
            f"Colis : {rng.randint(1, 30)}   Poids brut : {kg(gross, lg)}   "
            f"Poids net : {kg(gross * 0.9, lg)}",
        ),
        pt=s.size - 1,
    )
    if rng.random() < 0.7:
        rex = serial(seeded(who, "rex"), "999999999999")
        write(
            f,
            s,
            tr(
                lg,
                f"The exporter of the products covered by this document (Exporter Reference No "
                f"GB{rex}) declares that, except where otherwise clearly indicated, these "
                "products are of United Kingdom preferential origin.",
                f"Der Ausfuehrer (Ermaechtigter Ausfuehrer / REX-Nr. DEREX{rex}) der Waren, auf "
                "die sich dieses Handelspapier bezieht, erklaert, dass diese Waren, soweit nicht "
                "anders angegeben, praeferenzbeguenstigte EU-Ursprungswaren sind.",
                f"L'exportateur des produits couverts par le present document (numero REX "
                f"FRREX{rex}) declare que, sauf indication claire du contraire, ces produits ont "
                "l'origine preferentielle UE.",
            ),
            pt=s.size - 1.5,
        )
    f.need(60)
    f.y += 14
    name = staff(who, "export", lg)
    sign(f.page, m, f.y, name)
    f.page.text(
        m,
        f.y + 12,
        f"{name}, " + tr(lg, "Export Sales", "Exportabteilung", "Service export"),
        s.font,
        s.size - 1,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice([h.numbers, "Page {i} of {n}" if lg == "en" else h.numbers]),
    )
    if rng.random() < 0.35 and f.y < f.bottom - 50:
        desk_stamp(rng, pages[-1], who, d, w - m - 150, f.y - 8)
    return pages


def tpl_packing_list(rng: random.Random, who: Issuer) -> list[Page]:
    """The exporter's packing list, portrait or landscape A4: package by package with the
    contents, weights and dimensions, the marks and the totals."""
    sh = ship_of(who)
    h = head_of(who, "exporter", ["split", "rule", "monogram", "centred"])
    lg = h.lang
    wide = seeded(who, "plwide").random() < 0.4
    s = paper(
        who.style,
        landscape(A4) if wide else A4,
        margin=40 if wide else 0,
        pt=min(who.style.size, 9.5),
    )
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    title = tr(lg, "PACKING LIST", "PACKLISTE", "LISTE DE COLISAGE")
    inv = serial(rng, "INV-999999")
    f = sheets(s, h, f"{title} - {inv}")
    f.page.text(w - m, f.y - 4, title, s.bold, s.size + 6, "right")
    f.y += 10
    if not wide:
        f.y = seller_grid(f.page, s, sh, h, f.y, w, lg)
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Invoice no.", "Zu Rechnung", "Facture"), inv, 1),
            (tr(lg, "Date", "Datum", "Date"), day(h, d), 1),
            (tr(lg, "Consignee", "Empfaenger", "Destinataire"), sh.buyer[0], 2.2),
            (tr(lg, "Destination", "Bestimmungsort", "Destination"), sh.buyer[2], 1.5),
        ],
        tall=28,
    )
    f.y += 18
    rows = []
    tg = tn = 0.0
    kinds = tr(
        lg,
        "Pallet Crate Carton Carton",
        "Palette Kiste Karton Karton",
        "Palette Caisse Carton Carton",
    ).split()
    for k in range(rng.choice([3, 6, 12, 22, 34, 48, 70])):
        what, _, unit = rng.choice(sh.goods)
        net = weight(rng, 8, 600)
        gross = net + round(rng.uniform(1, 25), 1)
        tg += gross
        tn += net
        kind = rng.choice(kinds)
        dims = "x".join(
            str(x)
            for x in (
                rng.choice([120, 80, 60, 100]),
                rng.choice([80, 60, 40]),
                rng.randint(30, 180),
            )
        )
        rows.append(
            [
                f"{k + 1}/{'{n}'}",
                kind,
                what,
                f"{rng.randint(1, 200)} {unit}",
                money(net, lg)[:-1],
                money(gross, lg)[:-1],
                dims,
            ]
        )
    n = len(rows)
    rows = [[r[0].replace("{n}", str(n)), *r[1:]] for r in rows]
    cols = columns(
        m,
        w - m,
        [
            (0.8, "left"),
            (0.9, "left"),
            (4, "left"),
            (1.1, "right"),
            (1, "right"),
            (1, "right"),
            (1.4, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Pkg", "Nr.", "Colis"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Contents", "Inhalt", "Contenu"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Net kg", "Netto kg", "Net kg"),
            tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
            tr(lg, "L x W x H cm", "L x B x H cm", "L x l x H cm"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.6,
        step=1.7,
    )
    f.need(90)
    f.y += 8
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y,
        [
            (tr(lg, "Total packages", "Packstuecke gesamt", "Total colis"), str(n)),
            (tr(lg, "Total net weight", "Nettogewicht gesamt", "Poids net total"), kg(tn, lg)),
            (tr(lg, "Total gross weight", "Bruttogewicht gesamt", "Poids brut total"), kg(tg, lg)),
        ],
        w - m,
    )
    f.y += 8
    marks = f"{sh.buyer[0].split()[0].upper()} / {sh.pod[0].upper()} / 1-{n}"
    f.page.rect(m, f.y - 10, 220, 36)
    f.page.text(m + 4, f.y, tr(lg, "Shipping marks", "Markierung", "Marques"), s.font, 6.5)
    f.page.text(m + 4, f.y + 16, fit(marks, s.bold, 9, 212), s.bold, 9)
    f.y += 40
    return close(f.pages, s, h)


def tpl_sli(rng: random.Random, who: Issuer) -> list[Page]:
    """The exporter's letter of instruction to the forwarder (Speditionsauftrag, ordre de
    transport) on the forwarder's form: boxes filled in by hand, tick boxes for the services,
    the signature; sometimes the forwarder's trading conditions printed on the back."""
    sh = ship_of(who)
    h = head_of(who, "exporter")
    off = head_of(who, "forwarder")
    lg = h.lang
    s = paper(who.style, A4, margin=36, pt=9)
    w, hh = A4
    m = s.margin
    d = on(rng)
    p = Page(A4)
    title = tr(
        lg,
        "SHIPPER'S LETTER OF INSTRUCTION",
        "SPEDITIONSAUFTRAG",
        "ORDRE DE TRANSPORT ET INSTRUCTIONS D'EXPEDITION",
    )
    y = 46.0
    p.text(m, y, fit(off.name, "Helvetica-Bold", 9, w / 2), "Helvetica-Bold", 9)
    p.text(m, y + 10, f"{off.street}, {off.town}", "Helvetica", 7)
    p.text(
        w - m, y, title, "Helvetica-Bold", shrink(title, "Helvetica-Bold", 13, w / 2 - m), "right"
    )
    p.text(
        w - m,
        y + 12,
        tr(
            lg,
            "Please complete in block capitals",
            "Bitte in Druckbuchstaben ausfuellen",
            "A remplir en majuscules",
        ),
        "Helvetica",
        7,
        "right",
    )
    y += 24
    hand = True
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "1 Shipper (name and address)",
                    "1 Versender (Name, Anschrift)",
                    "1 Expediteur",
                ),
                "\n".join(firm_lines(sh.exporter)[:3]).upper(),
                1.2,
            ),
            (
                tr(lg, "2 Shipper's reference", "2 Referenz Versender", "2 Reference expediteur"),
                serial(rng, "SO 999999"),
                0.8,
            ),
        ],
        tall=56,
        hand=hand,
        pt=8.5,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "3 Consignee", "3 Empfaenger", "3 Destinataire"),
                "\n".join(buyer_lines(sh)).upper(),
                1.2,
            ),
            (
                tr(lg, "4 Notify party", "4 Notify-Adresse", "4 Notifier"),
                tr(lg, "SAME AS CONSIGNEE", "WIE EMPFAENGER", "IDEM DESTINATAIRE"),
                0.8,
            ),
        ],
        tall=62,
        hand=hand,
        pt=8.5,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "5 Collection from", "5 Abholadresse", "5 Enlevement a"),
                sh.exporter[3].upper(),
                1,
            ),
            (
                tr(lg, "6 Ready date", "6 Ladebereit ab", "6 Date de mise a dispo"),
                date_text(d, lg, "short"),
                0.7,
            ),
            (tr(lg, "7 Destination", "7 Bestimmungsort", "7 Destination"), sh.buyer[2].upper(), 1),
            ("8 Incoterms", sh.incoterm, 0.5),
        ],
        tall=30,
        hand=hand,
    )
    y += 16
    p.text(m, y, tr(lg, "9 Mode", "9 Verkehrstraeger", "9 Mode"), s.bold, 8)
    modes = [
        tr(lg, "Sea FCL", "See FCL", "Mer FCL"),
        tr(lg, "Sea LCL", "See LCL", "Mer LCL"),
        tr(lg, "Air", "Luft", "Aerien"),
        tr(lg, "Road", "Lkw", "Route"),
    ]
    on_ = {"sea": {rng.choice([0, 1])}, "air": {2}, "road": {3}}[sh.mode]
    y = ticks(p, s, m + 90, y, w - 2 * m - 90, modes, on_, 8)
    y += 4
    p.text(m, y, tr(lg, "10 Services", "10 Leistungen", "10 Prestations"), s.bold, 8)
    serv = [
        tr(lg, "Export customs entry", "Ausfuhranmeldung", "Declaration export"),
        tr(lg, "Cargo insurance", "Transportversicherung", "Assurance ad valorem"),
        tr(lg, "Certificate of origin", "Ursprungszeugnis", "Certificat d'origine"),
        tr(lg, "Dangerous goods", "Gefahrgut", "Marchandises dangereuses"),
        tr(lg, "Temperature control", "Temperaturfuehrung", "Sous temperature dirigee"),
    ]
    y = ticks(
        p,
        s,
        m + 90,
        y,
        w - 2 * m - 90,
        serv,
        {k for k in range(5) if rng.random() < [0.9, 0.5, 0.4, 0.15, 0.05][k]},
        8,
    )
    y += 6
    n = rng.randint(1, 24)
    what = rng.choice(sh.goods)[0]
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "11 Marks and numbers", "11 Zeichen und Nummern", "11 Marques"),
                f"{sh.buyer[0].split()[0].upper()}\n1-{n}",
                1,
            ),
            (
                tr(lg, "12 No. and kind of packages", "12 Anzahl, Art", "12 Nombre, nature"),
                f"{n} " + tr(lg, "PALLETS", "PAL", "PAL"),
                0.8,
            ),
            (tr(lg, "13 Description of goods", "13 Inhalt", "13 Designation"), what.upper(), 1.8),
            (
                tr(lg, "14 Gross kg", "14 Brutto kg", "14 Brut kg"),
                str(int(weight(rng, 100, 12000))),
                0.6,
            ),
            (tr(lg, "15 Cube m3", "15 m3", "15 Vol. m3"), f"{rng.uniform(0.5, 60):.1f}", 0.5),
        ],
        tall=60,
        hand=hand,
        pt=8,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "16 Value for customs", "16 Warenwert", "16 Valeur en douane"),
                f"{money(rng.uniform(2000, 180000), lg)} {rng.choice(['EUR', 'GBP', 'USD'])}",
                1,
            ),
            (
                tr(lg, "17 Freight payable by", "17 Frachtzahler", "17 Fret payable par"),
                rng.choice(
                    [
                        tr(lg, "Shipper", "Versender", "Expediteur"),
                        tr(lg, "Consignee", "Empfaenger", "Destinataire"),
                    ]
                ).upper(),
                1,
            ),
            (
                tr(lg, "18 Commodity code", "18 Warennummer", "18 Code SH"),
                rng.choice(sh.goods)[1] + "00",
                1,
            ),
        ],
        tall=30,
        hand=hand,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "19 Special instructions",
                    "19 Besondere Weisungen",
                    "19 Instructions particulieres",
                ),
                fit(words(rng, lg, 9), HAND, 8.5, w - 2 * m - 10).upper()
                + "\n"
                + words(rng, lg, 6).upper(),
                1,
            ),
        ],
        tall=46,
        hand=hand,
    )
    y += 14
    small = tr(
        lg,
        "We hereby certify that the above particulars are correct and that the goods are not "
        "classified as dangerous unless so declared. All business is undertaken subject to the "
        "forwarder's standard trading conditions.",
        "Wir bestaetigen die Richtigkeit der Angaben. Der Auftrag wird auf Grundlage der ADSp "
        "2017 erteilt. Gefahrgut ist gesondert anzumelden.",
        "Nous certifions l'exactitude des renseignements ci-dessus. Ordre donne aux conditions "
        "generales de vente du commissionnaire.",
    )
    for ln in wrap(small, s.font, 7, w - 2 * m):
        p.text(m, y, ln, s.font, 7)
        y += 9
    y += 14
    name = staff(who, "shipping", lg)
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), name.upper(), 1),
            (
                tr(lg, "Place and date", "Ort, Datum", "Lieu et date"),
                f"{place_of(sh.exporter[3])}, {date_text(d, lg, 'short')}",
                1,
            ),
            (tr(lg, "Signature", "Unterschrift", "Signature"), "", 1),
        ],
        tall=34,
        hand=True,
    )
    sign(p, w - m - (w - 2 * m) / 3 + 20, y - 8, name)
    pages = [p]
    if seeded(who, "slitc").random() < 0.5:
        q = Page(A4)
        heads = tr(
            lg,
            "Definitions|Application|The Company|Quotations|Customer's obligations|Dangerous "
            "goods|Insurance|Liability|Time limits|Lien|Law and jurisdiction",
            "Anwendungsbereich|Pflichten des "
            "Auftraggebers|Verpackung|Uebernahme|Zollabwicklung|Versicherung|Haftung|Verjaehrung|Pfandrecht|Gerichtsstand",
            "Objet|Definitions|Obligations du donneur "
            "d'ordre|Emballage|Douane|Assurance|Responsabilite|Prescription|Privilege|Competence",
        ).split("|")
        head = tr(
            lg,
            "STANDARD TRADING CONDITIONS",
            "ALLGEMEINE DEUTSCHE SPEDITEURBEDINGUNGEN 2017 (ADSp 2017) - AUSZUG",
            "CONDITIONS GENERALES DE VENTE - COMMISSIONNAIRE DE TRANSPORT",
        )
        q.text(w / 2, 40, head, "Times-Bold", shrink(head, "Times-Bold", 10, w - 80), "center")
        small_print(q, 36, 58, w - 72, hh - 40, clauses(rng, lg, heads, 26), 3, 5.8)
        pages.append(q)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates U: the carriers' papers
# ---------------------------------------------------------------------------------------------

CMR_CAPS = [
    (
        "1",
        "Sender (name, address, country)",
        "Absender (Name, Anschrift, Land)",
        "Expediteur (nom, adresse, pays)",
    ),
    (
        "2",
        "Consignee (name, address, country)",
        "Empfaenger (Name, Anschrift, Land)",
        "Destinataire (nom, adresse, pays)",
    ),
    (
        "3",
        "Place of delivery of the goods",
        "Auslieferungsort des Gutes",
        "Lieu prevu pour la livraison",
    ),
    (
        "4",
        "Place and date of taking over the goods",
        "Ort und Tag der Uebernahme des Gutes",
        "Lieu et date de la prise en charge",
    ),
    ("5", "Documents attached", "Beigefuegte Dokumente", "Documents annexes"),
    ("6", "Marks and Nos", "Kennzeichen und Nummern", "Marques et numeros"),
    ("7", "Number of packages", "Anzahl der Packstuecke", "Nombre des colis"),
    ("8", "Method of packing", "Art der Verpackung", "Mode d'emballage"),
    ("9", "Nature of the goods", "Bezeichnung des Gutes", "Nature de la marchandise"),
    ("10", "Statistical number", "Statistik-Nr.", "No statistique"),
    ("11", "Gross weight kg", "Bruttogewicht kg", "Poids brut kg"),
    ("12", "Volume m3", "Umfang m3", "Cubage m3"),
    ("13", "Sender's instructions", "Anweisungen des Absenders", "Instructions de l'expediteur"),
    (
        "16",
        "Carrier (name, address, country)",
        "Frachtfuehrer (Name, Anschrift, Land)",
        "Transporteur (nom, adresse, pays)",
    ),
    ("17", "Successive carriers", "Nachfolgende Frachtfuehrer", "Transporteurs successifs"),
    (
        "18",
        "Carrier's reservations and observations",
        "Vorbehalte und Bemerkungen der Frachtfuehrer",
        "Reserves et observations du transporteur",
    ),
    ("21", "Established in / on", "Ausgefertigt in / am", "Etablie a / le"),
    (
        "22",
        "Signature and stamp of the sender",
        "Unterschrift und Stempel des Absenders",
        "Signature et timbre de l'expediteur",
    ),
    (
        "23",
        "Signature and stamp of the carrier",
        "Unterschrift und Stempel des Frachtfuehrers",
        "Signature et timbre du transporteur",
    ),
    (
        "24",
        "Goods received / Signature and stamp of consignee",
        "Gut empfangen / Unterschrift und Stempel des Empfaengers",
        "Marchandises recues / Signature et timbre du destinataire",
    ),
]


def cmr_cap(no: str, lg: str) -> str:
    for k, en, de, fr in CMR_CAPS:
        if k == no:
            first = tr(lg, en, de, fr)
            other = fr if lg != "fr" else en
            return f"{k}  {first} / {other}"
    return no


def tpl_cmr(rng: random.Random, who: Issuer) -> list[Page]:
    """A haulier's CMR consignment note: the numbered boxes with captions in two languages,
    typed and hand entries, the sender's and carrier's signatures and sometimes the
    consignee's stamp in box 24."""
    sh = ship_of(who)
    h = head_of(who, "haulier")
    lg = h.lang
    s = paper(who.style, A4, margin=28, pt=8)
    w, hh = A4
    m = s.margin
    d = on(rng)
    p = Page(A4)
    copy = rng.choice(
        [
            tr(
                lg,
                "1 Copy for sender",
                "1 Exemplar fuer den Absender",
                "1 Exemplaire de l'expediteur",
            ),
            tr(
                lg,
                "2 Copy for consignee",
                "2 Exemplar fuer den Empfaenger",
                "2 Exemplaire du destinataire",
            ),
            tr(
                lg,
                "3 Copy for carrier",
                "3 Exemplar fuer den Frachtfuehrer",
                "3 Exemplaire du transporteur",
            ),
        ]
    )
    p.text(m, 30, copy, "Helvetica-Bold", 8)
    title = tr(
        lg,
        "INTERNATIONAL CONSIGNMENT NOTE",
        "INTERNATIONALER FRACHTBRIEF",
        "LETTRE DE VOITURE INTERNATIONALE",
    )
    half = (w - 2 * m) / 2
    x2 = m + half
    y = 38.0
    y1 = grid(
        p, s, m, y, half, [(cmr_cap("1", lg), "\n".join(firm_lines(sh.exporter)), 1)], tall=62
    )
    p.text(x2 + 8, y + 14, "CMR", "Helvetica-Bold", 30)
    p.text(x2 + 82, y + 4, fit(title, "Helvetica-Bold", 7.5, half - 86), "Helvetica-Bold", 7.5)
    p.text(
        x2 + 82,
        y + 14,
        fit(
            tr(
                lg,
                "This carriage is subject, notwithstanding any clause to the contrary, to the "
                "Convention on the Contract for the International Carriage of goods by road (CMR).",
                "Diese Befoerderung unterliegt trotz einer gegenteiligen Abmachung den "
                "Bestimmungen des Uebereinkommens ueber den Befoerderungsvertrag im "
                "internationalen Strassenverkehr (CMR).",
                "Ce transport est soumis, nonobstant toute clause contraire, a la Convention "
                "relative au contrat de transport international de marchandises par route (CMR).",
            ),
            "Helvetica",
            5,
            half - 86,
        ),
        "Helvetica",
        5,
    )
    p.text(x2 + 8, y + 40, f"No. {serial(rng, 'A 9999999')}", "Helvetica-Bold", 11)
    if rng.random() < 0.5:
        p.text(x2 + 8, y + 54, fit(h.name, "Helvetica", 7, half - 16), "Helvetica", 7)
    y = y1
    y1 = grid(p, s, m, y, half, [(cmr_cap("2", lg), "\n".join(buyer_lines(sh)), 1)], tall=62)
    grid(
        p, s, x2, y, half, [(cmr_cap("16", lg), "\n".join([h.name, h.street, h.town]), 1)], tall=62
    )
    y = y1
    y1 = grid(p, s, m, y, half, [(cmr_cap("3", lg), f"{sh.buyer[2]}, {sh.buyer[3]}", 1)], tall=30)
    grid(p, s, x2, y, half, [(cmr_cap("17", lg), "", 1)], tall=30)
    y = y1
    y1 = grid(
        p,
        s,
        m,
        y,
        half,
        [(cmr_cap("4", lg), f"{sh.exporter[3]}\n{date_text(d, lg, 'short')}", 1)],
        tall=38,
    )
    reserv = rng.choice(
        [
            "",
            "",
            tr(
                lg,
                "2 pallets shrinkwrap torn",
                "1 Palette Folie beschaedigt",
                "1 palette film dechire",
            ),
            tr(lg, "said to contain", "unter Vorbehalt Stueckzahl", "non verifie"),
        ]
    )
    grid(p, s, x2, y, half, [(cmr_cap("18", lg), reserv, 1)], tall=38 + 32, hand=True)
    y = y1
    y = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                cmr_cap("5", lg),
                tr(lg, "Invoice, packing list", "Rechnung, Packliste", "Facture, liste de colisage")
                + ("\nEAD / MRN" if rng.random() < 0.6 else ""),
                1,
            )
        ],
        tall=32,
    )
    n = rng.randint(1, 33)
    what = rng.choice(sh.goods)[0]
    gross = weight(rng, 300, 24000)
    rows = [
        (cmr_cap("6", lg), f"{sh.buyer[0].split()[0].upper()}\n1-{n}", 1.1),
        (cmr_cap("7", lg), str(n), 0.7),
        (cmr_cap("8", lg), tr(lg, "pallets", "Paletten", "palettes"), 0.8),
        (cmr_cap("9", lg), fit(what, s.font, 8.5, 150), 1.8),
        (cmr_cap("10", lg), rng.choice(sh.goods)[1], 0.8),
        (cmr_cap("11", lg), money(gross, lg)[:-3], 0.8),
        (cmr_cap("12", lg), f"{rng.uniform(2, 80):.1f}", 0.7),
    ]
    y = grid(p, s, m, y, w - 2 * m, rows, tall=120, pt=8)
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                cmr_cap("13", lg),
                words(rng, lg, 8)
                + "\n"
                + tr(
                    lg,
                    "Deliver Mon-Fri 07:00-15:00 only",
                    "Anlieferung Mo-Fr 7-15 Uhr",
                    "Livraison lun-ven 7h-15h",
                ),
                1.6,
            ),
            ("14 " + tr(lg, "Cash on delivery", "Rueckerstattung", "Remboursement"), "", 0.8),
            (
                "15 " + tr(lg, "Freight", "Frachtzahlung", "Prix"),
                rng.choice(["franco", "unfrei", "DAP"]),
                0.6,
            ),
        ],
        tall=46,
    )
    place = place_of(h.town)
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [(cmr_cap("21", lg), f"{place}   {date_text(d, lg, 'short')}", 1), ("19 / 20", "", 1)],
        tall=28,
    )
    top = y
    cw = (w - 2 * m) / 3
    for k, no in enumerate(("22", "23", "24")):
        p.rect(m + k * cw, top, cw, 120)
        for j, ln in enumerate(wrap(cmr_cap(no, lg), s.font, 5.8, cw - 8)[:3]):
            p.text(m + k * cw + 3, top + 7 + 7 * j, ln, s.font, 5.8)
    sign(p, m + 20, top + 80, staff(who, "shipdesk", sh.exporter[1]))
    sign(p, m + cw + 20, top + 80, rng.choice(PEOPLE[lg]))
    p.text(
        m + cw + 8,
        top + 100,
        serial(rng, "AA99 AAA" if lg == "en" else "HB-AA 999" if lg == "de" else "AA-999-AA"),
        HAND,
        9,
    )
    if rng.random() < 0.5:
        stamp(
            p,
            m + 2 * cw + 8,
            top + 34,
            [
                sh.buyer[0].split()[0].upper(),
                tr(lg, "GOODS IN", "WARENEINGANG", "RECEPTION"),
                date_text(d + timedelta(days=rng.randint(1, 4)), lg, "short"),
            ],
        )
        sign(p, m + 2 * cw + 30, top + 110, rng.choice(PEOPLE["en"]))
    p.text(
        m,
        hh - 20,
        fit(
            tr(
                lg,
                "Boxes 1-15 including 19 and 20 to be completed by the sender.",
                "Die Angaben in den umrandeten Feldern 1-15 einschliesslich 19+20 sind vom "
                "Absender auszufuellen.",
                "Les cases 1 a 15 ainsi que 19 et 20 sont a remplir par l'expediteur.",
            ),
            s.font,
            5.5,
            w - 2 * m,
        ),
        s.font,
        5.5,
    )
    return [p]


def tpl_bill_of_lading(rng: random.Random, who: Issuer) -> list[Page]:
    """A shipping line's bill of lading: the boxes of parties, vessel and ports, the cargo
    description said to contain, freight terms and the signature for the carrier; a rider with
    the containers when they do not fit, and often the terms of carriage on the reverse."""
    sh = ship_of(who)
    h = head_of(who, "line")
    lg = h.lang
    s = paper(who.style, A4, margin=30, pt=8)
    w, hh = A4
    m = s.margin
    d = on(rng)
    p = Page(A4)
    bl = serial(rng, h.name[:2].upper() + "AA9999999")
    title = tr(
        lg, "BILL OF LADING", "KONNOSSEMENT - BILL OF LADING", "CONNAISSEMENT - BILL OF LADING"
    )
    half = (w - 2 * m) / 2
    off = head_of(who, "forwarder")
    y = grid(
        p,
        s,
        m,
        36,
        half,
        [
            (
                tr(lg, "Shipper", "Ablader / Shipper", "Chargeur / Shipper"),
                "\n".join(
                    [
                        off.name,
                        off.street,
                        off.town,
                        tr(off.lang, "as agents for", "i.A.", "pour le compte de")
                        + " "
                        + sh.exporter[0],
                    ]
                    if sh.export and rng.random() < 0.5
                    else firm_lines(sh.exporter)
                ),
                1,
            )
        ],
        tall=64,
    )
    p.text(
        m + half + 10,
        52,
        fit(h.name.upper(), "Helvetica-Bold", 12, half - 20),
        "Helvetica-Bold",
        12,
    )
    p.text(
        m + half + 10, 74, title, "Helvetica-Bold", shrink(title, "Helvetica-Bold", 10, half - 20)
    )
    p.text(m + half + 10, 90, f"B/L No. {bl}", "Courier-Bold", 10)
    y2 = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                tr(lg, "Consignee", "Empfaenger / Consignee", "Destinataire / Consignee"),
                "TO ORDER\n" + "\n".join(buyer_lines(sh)[:3])
                if rng.random() < 0.4
                else "\n".join(buyer_lines(sh)),
                1,
            )
        ],
        tall=64,
    )
    grid(
        p,
        s,
        m + half,
        y,
        half,
        [
            (
                tr(lg, "Booking ref. / Export refs", "Buchungs-Nr. / Referenz", "Ref. reservation"),
                f"{serial(rng, '999999999')}\n{sh.job}",
                1,
            )
        ],
        tall=64,
    )
    y = grid(
        p,
        s,
        m,
        y2,
        half,
        [
            (
                tr(lg, "Notify party", "Meldeadresse / Notify", "Notifier / Notify"),
                tr(lg, "SAME AS CONSIGNEE", "WIE EMPFAENGER", "IDEM DESTINATAIRE"),
                1,
            )
        ],
        tall=40,
    )
    grid(
        p,
        s,
        m + half,
        y2,
        half,
        [
            (
                tr(
                    lg,
                    "For delivery please apply to",
                    "Auslieferung durch",
                    "Pour livraison s'adresser a",
                ),
                fit(f"{head_of(who, 'agent').name}", s.font, 8.5, half - 10),
                1,
            )
        ],
        tall=40,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Vessel / voyage", "Schiff / Reise", "Navire / voyage"),
                f"{sh.vessel} {sh.voyage}",
                1.2,
            ),
            (tr(lg, "Port of loading", "Ladehafen", "Port de chargement"), sh.pol.upper(), 1),
            (
                tr(lg, "Port of discharge", "Loeschhafen", "Port de dechargement"),
                sh.pod[0].upper(),
                1,
            ),
            (
                tr(lg, "Place of delivery", "Ablieferungsort", "Lieu de livraison"),
                sh.buyer[2].upper(),
                1,
            ),
        ],
        tall=28,
    )
    y += 14
    cols = columns(
        m, w - m, [(2, "left"), (1.1, "left"), (3.6, "left"), (1.1, "right"), (0.9, "right")]
    )
    heads = [
        tr(lg, "Container / seal", "Container / Plombe", "Conteneur / scelle"),
        tr(lg, "Packages", "Packstuecke", "Colis"),
        tr(
            lg,
            "Description of goods (said to contain)",
            "Warenbeschreibung (angeblich)",
            "Designation (dit contenir)",
        ),
        tr(lg, "Gross kg", "Brutto kg", "Poids kg"),
        "m3",
    ]
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y, fit(t, s.bold, 7, c[1] - c[0]), s.bold, 7)
    p.line(m, y + 4, w - m, y + 4)
    y += 16
    rider = len(sh.boxes) > 2 or rng.random() < 0.2
    p.text(cols[0][0], y, "SHIPPER'S LOAD, STOW AND COUNT", "Courier", 7.5)
    y += 12
    shown = sh.boxes[:1] if rider else sh.boxes
    for c in shown:
        p.text(cols[0][0], y, f"{c} / {serial(rng, 'SL9999999')}", "Courier", 8)
        p.text(cols[1][0], y, f"{rng.randint(4, 40)} PLT", "Courier", 8)
        p.text(
            cols[2][0],
            y,
            fit(rng.choice(sh.goods)[0].upper(), "Courier", 8, cols[2][1] - cols[2][0]),
            "Courier",
            8,
        )
        p.text(cols[3][1], y, money(weight(rng, 2000, 24000), "en")[:-3], "Courier", 8, "right")
        p.text(cols[4][1], y, f"{rng.uniform(10, 67):.1f}", "Courier", 8, "right")
        y += 12
    if rider:
        p.text(
            cols[2][0],
            y + 6,
            tr(lg, "*** SEE ATTACHED RIDER ***", "*** SIEHE ANLAGE ***", "*** VOIR ANNEXE ***"),
            "Courier-Bold",
            9,
        )
    p.text(
        cols[2][0],
        y + 22,
        f"{len(sh.boxes)} x 40'HC  "
        + tr(lg, "FREIGHT PREPAID", "FRACHT VORAUSBEZAHLT", "FRET PAYE"),
        "Courier",
        8,
    )
    p.text(cols[2][0], y + 34, f"HS {rng.choice(sh.goods)[1]}", "Courier", 8)
    y = hh - 250
    p.line(m, y - 8, w - m, y - 8)
    small = tr(
        lg,
        "RECEIVED by the Carrier from the Shipper in apparent good order and condition unless "
        "otherwise noted herein the total number of containers or packages said to contain the "
        "cargo specified above for carriage subject to all the terms hereof.",
        "Empfangen vom Ablader in aeusserlich guter Verfassung und Beschaffenheit, soweit nicht "
        "anders vermerkt, die oben genannte Anzahl Container oder Packstuecke zur Befoerderung "
        "nach Massgabe der umseitigen Bedingungen.",
        "RECU par le transporteur du chargeur en bon etat apparent, sauf indication contraire, "
        "le nombre de conteneurs ou colis indique ci-dessus pour etre transporte aux conditions "
        "figurant au verso.",
    )
    for ln in wrap(small, s.font, 6.5, w - 2 * m):
        p.text(m, y, ln, s.font, 6.5)
        y += 8
    y += 6
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Freight payable at", "Fracht zahlbar in", "Fret payable a"),
                sh.pol.upper(),
                1,
            ),
            (
                tr(lg, "Number of original B/L", "Anzahl Originale", "Nombre d'originaux"),
                "THREE (3)",
                1,
            ),
            (
                tr(
                    lg,
                    "Place and date of issue",
                    "Ort und Datum der Ausstellung",
                    "Lieu et date d'emission",
                ),
                f"{sh.pol.upper()} {date_text(d, lg, 'short')}",
                1.3,
            ),
        ],
        tall=28,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Shipped on board", "An Bord verladen", "Embarque a bord"),
                f"{date_text(d, lg, 'short')}  {sh.vessel}",
                1,
            ),
            (
                tr(lg, "Signed for the carrier", "Fuer den Verfrachter", "Pour le transporteur"),
                h.name,
                1.3,
            ),
        ],
        tall=50,
    )
    sign(p, m + (w - 2 * m) * 0.5 + 30, y - 8, rng.choice(PEOPLE[lg]))
    mark = rng.choice(["ORIGINAL", "COPY - NOT NEGOTIABLE", "COPY - NOT NEGOTIABLE", "SEAWAY BILL"])
    p.text(w / 2, hh - 24, mark, "Helvetica-Bold", 14, "center")
    pages = [p]
    if rider:
        q = Page(A4)
        q.text(
            m,
            40,
            f"{tr(lg, 'RIDER TO B/L', 'ANLAGE ZUM KONNOSSEMENT', 'ANNEXE AU CONNAISSEMENT')} {bl}",
            "Helvetica-Bold",
            11,
        )
        q.text(
            m,
            54,
            f"{sh.vessel} {sh.voyage}  {sh.pol.upper()} - {sh.pod[0].upper()}",
            "Helvetica",
            8,
        )
        yy = 80.0
        for k, c in enumerate(sh.boxes):
            q.text(
                m,
                yy,
                f"{k + 1:>2}  {c}  SEAL {serial(rng, 'SL9999999')}  40HC  {rng.randint(4, 40)} "
                f"PLT  {money(weight(rng, 2000, 24000), 'en')[:-3]} KGS",
                "Courier",
                8,
            )
            yy += 13
        q.text(m, yy + 10, f"TOTAL: {len(sh.boxes)} CONTAINER(S)", "Courier-Bold", 8)
        yy += 40
        q.text(m, yy, "DESCRIPTION OF GOODS CONTINUED:", "Courier-Bold", 8)
        for _ in range(rng.randint(3, 14)):
            yy += 12
            g = rng.choice(sh.goods)
            q.text(m + 20, yy, f"{rng.randint(1, 400)} {g[2].upper()} {g[0].upper()}", "Courier", 8)
            q.text(w - m, yy, f"HS {g[1]}", "Courier", 8, "right")
        q.text(w - m, hh - 30, bl, "Courier", 7, "right")
        pages.append(q)
    if rng.random() < 0.6:
        q = Page(A4)
        q.text(
            w / 2,
            36,
            "TERMS AND CONDITIONS OF CARRIAGE"
            + tr(lg, "", " / BEFOERDERUNGSBEDINGUNGEN", " / CONDITIONS DE TRANSPORT"),
            "Helvetica-Bold",
            8,
            "center",
        )
        heads = [
            "Definitions",
            "Carrier's tariff",
            "Warranty",
            "Sub-contracting",
            "Carrier's responsibility",
            "Sundry liability provisions",
            "Shipper-packed containers",
            "Inspection of goods",
            "Description of goods",
            "Dangerous goods",
            "Deck cargo",
            "Freight and charges",
            "Lien",
            "General average",
            "Law and jurisdiction",
        ]
        small_print(q, 24, 50, w - 48, hh - 26, clauses(rng, "en", heads, 70), 3, 5.2)
        pages.append(q)
    return pages


def tpl_air_waybill(rng: random.Random, who: Issuer) -> list[Page]:
    """A house air waybill issued by the forwarder's office as agent: shipper, consignee,
    airports, routing and flight, the rating line with pieces, weights and charges, handling
    information and the signatures; the copy named at the foot."""
    sh = ship_of(who)
    origin = sh.lang if sh.export else sh.exporter[1]
    h = head_of(who, "forwarder", lang=origin)
    lg = h.lang
    s = paper(who.style, A4, margin=26, pt=8)
    w, hh = A4
    m = s.margin
    d = on(rng)
    p = Page(A4)
    half = (w - 2 * m) / 2
    hawb = serial(rng, "LFX-9999999")
    mawb = serial(seeded(who, "mawb"), "999-9999 9999")
    p.text(m, 24, f"HAWB {hawb}", "Courier-Bold", 10)
    p.text(w - m, 24, f"MAWB {mawb}", "Courier", 9, "right")
    y = grid(
        p,
        s,
        m,
        30,
        half,
        [
            (
                tr(lg, "Shipper's name and address", "Absender / Shipper", "Expediteur / Shipper"),
                "\n".join(firm_lines(sh.exporter)),
                1,
            )
        ],
        tall=62,
    )
    p.text(
        m + half + 8,
        46,
        tr(lg, "Not negotiable", "Nicht begebbar", "Non negociable"),
        "Helvetica",
        7,
    )
    p.text(
        m + half + 8,
        62,
        tr(lg, "HOUSE AIR WAYBILL", "HAUS-LUFTFRACHTBRIEF", "LETTRE DE TRANSPORT AERIEN"),
        "Helvetica-Bold",
        11,
    )
    p.text(
        m + half + 8,
        76,
        fit(
            f"{tr(lg, 'Issued by', 'Ausgestellt von', 'Emise par')} {h.name}",
            "Helvetica",
            7.5,
            half - 16,
        ),
        "Helvetica",
        7.5,
    )
    p.text(
        m + half + 8, 86, fit(f"{h.street}, {h.town}", "Helvetica", 7, half - 16), "Helvetica", 7
    )
    y2 = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                tr(
                    lg,
                    "Consignee's name and address",
                    "Empfaenger / Consignee",
                    "Destinataire / Consignee",
                ),
                "\n".join(buyer_lines(sh)),
                1,
            )
        ],
        tall=62,
    )
    small = tr(
        lg,
        "It is agreed that the goods described herein are accepted in apparent good order and "
        "condition (except as noted) for carriage subject to the conditions of contract.",
        "Es wird vereinbart, dass die hierin beschriebenen Gueter in aeusserlich guter "
        "Verfassung zur Befoerderung angenommen werden, vorbehaltlich der Vertragsbedingungen.",
        "Il est convenu que les marchandises decrites sont acceptees en bon etat apparent pour "
        "le transport sous reserve des conditions du contrat.",
    )
    yy = y + 8
    for ln in wrap(small, s.font, 6, half - 16):
        p.text(m + half + 8, yy, ln, s.font, 6)
        yy += 7.5
    y = grid(
        p,
        s,
        m,
        y2,
        w - 2 * m,
        [
            (
                tr(lg, "Airport of departure", "Abgangsflughafen", "Aeroport de depart"),
                AIRPORTS[origin][0].upper(),
                1.4,
            ),
            (tr(lg, "To", "Nach", "A"), sh.pod[2][:3], 0.5),
            (
                tr(lg, "By first carrier", "Erster Frachtfuehrer", "1er transporteur"),
                head_of(who, "airline").name,
                1.6,
            ),
            (
                tr(lg, "Airport of destination", "Bestimmungsflughafen", "Aeroport de destination"),
                sh.pod[2].upper(),
                1.4,
            ),
            (
                tr(lg, "Flight / date", "Flug / Datum", "Vol / date"),
                f"{serial(rng, 'AA999')}/{d.day:02d}",
                0.9,
            ),
        ],
        tall=28,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(
                    lg, "Handling information", "Behandlungshinweise", "Informations de manutention"
                ),
                rng.choice(
                    [
                        "DOCS ATTACHED - NOTIFY CONSIGNEE ON ARRIVAL",
                        "KEEP DRY - DO NOT STACK",
                        "FRAGILE - THIS WAY UP",
                        "SHIPPER'S CERTIFICATION FOR NON-DG CARGO ATTACHED",
                    ]
                ),
                3,
            ),
            (tr(lg, "Currency", "Waehrung", "Devise"), "EUR" if lg != "en" else "GBP", 0.6),
            (
                tr(lg, "Declared value for customs", "Zollwert", "Valeur en douane"),
                rng.choice(["NCV", "AS PER INV"]),
                1,
            ),
        ],
        tall=30,
    )
    y += 14
    cols = columns(
        m,
        w - m,
        [
            (0.8, "right"),
            (1.2, "right"),
            (0.5, "center"),
            (0.7, "center"),
            (1.2, "right"),
            (1, "right"),
            (1.3, "right"),
            (0.2, "left"),
            (3.2, "left"),
        ],
    )
    heads = [
        tr(lg, "Pieces", "Stueck", "Colis"),
        tr(lg, "Gross wt", "Brutto", "Poids brut"),
        "kg",
        tr(lg, "Rate class", "Rate", "Classe"),
        tr(lg, "Chargeable wt", "Frachtpfl. Gew.", "Poids taxable"),
        tr(lg, "Rate", "Rate", "Tarif"),
        tr(lg, "Total", "Gesamt", "Total"),
        "",
        tr(lg, "Nature and quantity of goods", "Art und Menge der Gueter", "Nature et quantite"),
    ]
    for c, t in zip(cols, heads, strict=True):
        p.text(
            c[1] if c[2] == "right" else c[0],
            y,
            fit(t, s.bold, 6.5, c[1] - c[0]),
            s.bold,
            6.5,
            "right" if c[2] == "right" else "left",
        )
    p.line(m, y + 4, w - m, y + 4)
    y += 18
    pcs = rng.randint(1, 14)
    gw = weight(rng, 12, 1800)
    cw = max(gw, round(gw * rng.uniform(1.0, 1.6), 1))
    rate = round(rng.uniform(1.4, 6.5), 2)
    for c, t in zip(
        cols,
        [
            str(pcs),
            money(gw, lg)[:-1],
            "K",
            "Q",
            money(cw, lg)[:-1],
            money(rate, lg),
            money(cw * rate, lg),
            "",
            "CONSOLIDATION AS PER ATTACHED"
            if rng.random() < 0.2
            else rng.choice(sh.goods)[0].upper(),
        ],
        strict=True,
    ):
        p.text(
            c[1] if c[2] == "right" else c[0],
            y,
            fit(t, "Courier", 8, c[1] - c[0] - 2),
            "Courier",
            8,
            "right" if c[2] == "right" else "left",
        )
    p.text(
        cols[-1][0],
        y + 12,
        f"DIMS: {pcs} x {rng.randint(40, 120)}x{rng.randint(30, 100)}x{rng.randint(20, 160)} CM",
        "Courier",
        7.5,
    )
    p.text(cols[-1][0], y + 23, f"VOL {rng.uniform(0.1, 9):.2f} CBM", "Courier", 7.5)
    p.rect(m, y - 30, w - 2 * m, 140)
    y += 118
    charges = [
        (tr(lg, "Weight charge", "Gewichtsfracht", "Port du"), money(cw * rate, lg)),
        (tr(lg, "Valuation charge", "Wertzuschlag", "Taxe de valeur"), ""),
        (
            tr(lg, "Other charges due agent", "Sonstige Kosten Agent", "Autres frais agent"),
            money(rng.uniform(20, 120), lg),
        ),
        (
            tr(
                lg,
                "Other charges due carrier",
                "Sonstige Kosten Carrier",
                "Autres frais transporteur",
            ),
            money(rng.uniform(30, 400), lg),
        ),
        (
            tr(lg, "Total prepaid", "Gesamt Prepaid", "Total port paye"),
            money(cw * rate + rng.uniform(60, 500), lg),
        ),
    ]
    pairs(p, s, m, y, charges, m + half - 20, 7.5)
    p.rect(m + half, y - 10, half, 68)
    p.text(
        m + half + 4,
        y - 2,
        fit(
            tr(
                lg,
                "Signature of shipper or his agent",
                "Unterschrift des Absenders oder seines Agenten",
                "Signature de l'expediteur ou de son agent",
            ),
            s.font,
            6,
            half - 8,
        ),
        s.font,
        6,
    )
    sign(p, m + half + 30, y + 34, staff(who, "awb", lg))
    y += 76
    p.rect(m, y - 10, w - 2 * m, 46)
    p.text(
        m + 4,
        y - 2,
        tr(
            lg,
            "Executed on (date) at (place)  -  Signature of issuing carrier or its agent",
            "Ausgestellt am (Datum) in (Ort)  -  Unterschrift des ausstellenden Frachtfuehrers",
            "Etablie le (date) a (lieu)  -  Signature du transporteur emetteur",
        ),
        s.font,
        6,
    )
    p.text(
        m + 10, y + 22, f"{date_text(d, lg, 'short')}   {place_of(h.town).upper()}", "Courier", 9
    )
    sign(p, w - m - 160, y + 24, staff(who, "awbair", lg))
    copy = rng.choice(
        [
            tr(
                lg,
                "ORIGINAL 3 (FOR SHIPPER)",
                "ORIGINAL 3 (FUER ABSENDER)",
                "ORIGINAL 3 (POUR L'EXPEDITEUR)",
            ),
            tr(lg, "COPY 9 (FOR AGENT)", "KOPIE 9 (FUER AGENT)", "COPIE 9 (POUR L'AGENT)"),
            tr(
                lg,
                "ORIGINAL 2 (FOR CONSIGNEE)",
                "ORIGINAL 2 (FUER EMPFAENGER)",
                "ORIGINAL 2 (POUR LE DESTINATAIRE)",
            ),
        ]
    )
    p.text(w / 2, hh - 22, copy, "Helvetica-Bold", 10, "center")
    return [p]


def tpl_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A carrier's booking confirmation printed from the e-mail: the print header and footer
    of the mail program, the mail header lines, the booking in fixed type with the cut-off
    times, the signature and the disclaimer, one or two pages."""
    sh = ship_of(who)
    air = sh.mode == "air"
    h = head_of(who, "airline" if air else "line")
    off = head_of(who, "forwarder")
    lg = h.lang
    s = paper(who.style, letter_size(who, off.lang), margin=54, pt=9.5)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    bk = serial(rng, "999999999" if not air else "999-99999999")
    subj = (
        tr(lg, "Booking Confirmation", "Buchungsbestaetigung", "Confirmation de reservation")
        + f" {bk} - {sh.job}"
    )
    printed = f"{date_text(d, off.lang, 'short')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    sender_mail = f"noreply-bookings@{h.name.split()[0].lower()}.com"
    client = rng.choice(["Outlook", "Mail", "Webmail"])

    def start(pg: Page, n: int) -> float:
        pg.text(30, 20, printed, "Helvetica", 7)
        pg.text(
            w - 30,
            20,
            fit(f"{off.name} {client} - {subj}", "Helvetica", 7, w / 2),
            "Helvetica",
            7,
            "right",
        )
        if n == 1:
            pg.text(
                m,
                m,
                fit(
                    off.name.split(" ")[0] + " " + off.name.split(" ")[1],
                    "Helvetica-Bold",
                    12,
                    w - 2 * m,
                ),
                "Helvetica-Bold",
                12,
            )
            pg.line(m, m + 6, w - m, m + 6)
            yy = m + 24
            for k, v in [
                (tr(off.lang, "From:", "Von:", "De :"), f"{h.name} <{sender_mail}>"),
                (
                    tr(off.lang, "Sent:", "Gesendet:", "Envoye :"),
                    date_text(d, off.lang, "long")
                    + f" {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
                ),
                (
                    tr(off.lang, "To:", "An:", "A :"),
                    staff(who, "desk", off.lang).lower().replace(" ", ".")
                    + "@larchmont-freight.com",
                ),
                (tr(off.lang, "Subject:", "Betreff:", "Objet :"), subj),
            ]:
                pg.text(m, yy, k, "Helvetica-Bold", 9)
                pg.text(m + 70, yy, fit(v, "Helvetica", 9, w - 2 * m - 70), "Helvetica", 9)
                yy += 12
            return yy + 16
        return m - 10

    f = Sheets((w, hh), hh - 60, start)
    write(f, s, tr(lg, "Dear Customer,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your booking. Please find the details below.",
            "vielen Dank fuer Ihre Buchung. Nachstehend die Einzelheiten.",
            "Nous vous remercions de votre reservation dont voici le detail.",
        ),
    )
    items = [
        ("BOOKING NO", bk),
        ("SHIPPER REF", sh.job),
        (
            "VESSEL/VOY" if not air else "FLIGHT",
            f"{sh.vessel} / {sh.voyage}" if not air else serial(rng, "AA999 / AA999"),
        ),
        (
            "POL" if not air else "ORIGIN",
            sh.pol.upper() if not air else AIRPORTS[sh.lang][0].upper(),
        ),
        ("POD" if not air else "DEST", sh.pod[0].upper() if not air else sh.pod[2].upper()),
        ("ETD", date_text(d + timedelta(days=rng.randint(3, 12)), "en", "iso")),
        ("ETA", date_text(d + timedelta(days=rng.randint(14, 40)), "en", "iso")),
        (
            "EQUIPMENT" if not air else "PIECES/WEIGHT",
            f"{len(sh.boxes)} x 40HC"
            if not air
            else f"{rng.randint(1, 12)} PCS / {rng.randint(40, 900)} KG",
        ),
        ("COMMODITY", rng.choice(sh.goods)[0].upper()),
    ]
    if not air:
        items += [
            ("EMPTY PICK-UP", head_of(who, "terminal").name.upper()),
            ("DOC CUT-OFF", date_text(d + timedelta(days=2), "en", "iso") + " 12:00"),
            ("VGM CUT-OFF", date_text(d + timedelta(days=2), "en", "iso") + " 16:00"),
            ("FCL CUT-OFF", date_text(d + timedelta(days=3), "en", "iso") + " 10:00"),
        ]
    for k, v in items:
        f.need(12)
        f.page.text(m, f.y, f"{k:<15}: {v}", "Courier", 8.5)
        f.y += 11
    f.y += 10
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, 2, 4))
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "Please note: containers without a valid VGM will not be loaded (SOLAS VI/2).",
                "Bitte beachten: Container ohne gueltige VGM werden nicht verladen (SOLAS VI/2).",
                "Attention : les conteneurs sans VGM valide ne seront pas charges (SOLAS VI/2).",
            ),
        )
    f.y += 8
    write(f, s, tr(lg, "Best regards", "Mit freundlichen Gruessen", "Cordialement"))
    f.y += 6
    f.page.text(m, f.y, staff(who, "bk", lg), s.font, s.size)
    f.y += s.size * 1.4
    f.page.text(
        m,
        f.y,
        tr(lg, "Customer Service", "Kundenservice Export", "Service client export"),
        s.font,
        s.size,
    )
    f.y += s.size * 1.4
    f.page.text(m, f.y, h.name, s.bold, s.size - 1)
    f.y += 14
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "This e-mail and any attachments are confidential and intended solely for the "
            "addressee. If you have received it in error please notify the sender and delete it.",
            "Diese E-Mail enthaelt vertrauliche Informationen. Wenn Sie nicht der richtige "
            "Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese "
            "Mail.",
            "Ce message et ses pieces jointes sont confidentiels et etablis a l'attention "
            "exclusive de leur destinataire.",
        ),
        "Helvetica",
        6.5,
    )
    n = len(f.pages)
    for k, pg in enumerate(f.pages, 1):
        pg.text(
            30,
            hh - 20,
            fit(
                f"https://mail.larchmont-freight.com/owa/?ItemID={serial(rng, 'AAAA9999AAAA99')}",
                "Helvetica",
                6.5,
                w / 2,
            ),
            "Helvetica",
            6.5,
        )
        pg.text(w - 30, hh - 20, f"{k}/{n}", "Helvetica", 7, "right")
    return f.pages


def tpl_arrival_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The arrival notice of the destination office or agent: the shipment's particulars,
    the local charges to pay before release and the free time; one page, two with the
    charges table run on."""
    sh = ship_of(who)
    h = head_of(who, "agent" if rng.random() < 0.4 else "forwarder")
    lg = h.lang
    s = paper(who.style, letter_size(who, lg))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    title = tr(lg, "ARRIVAL NOTICE", "ANKUNFTSMELDUNG", "AVIS D'ARRIVEE")
    f = sheets(s, h, f"{h.name} - {title}")
    recipient(
        f,
        s,
        h,
        buyer_lines(sh)[:3],
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Notre ref."), serial(rng, "IMP-999999")),
            ("B/L", serial(rng, "AA999999999")),
        ],
    )
    caption(f, s, title, 4)
    mode = sh.mode
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Vessel / flight", "Schiff / Flug", "Navire / vol"),
                f"{sh.vessel} {sh.voyage}" if mode != "air" else serial(rng, "AA 999"),
                1.3,
            ),
            (tr(lg, "From", "Von", "Provenance"), sh.pol.upper(), 1),
            (
                tr(lg, "ETA", "Ankunft", "ETA"),
                date_text(d + timedelta(days=rng.randint(1, 6)), lg, "short"),
                0.8,
            ),
            (
                tr(lg, "Packages / weight", "Packstuecke / Gewicht", "Colis / poids"),
                f"{rng.randint(1, 40)} / {kg(weight(rng), lg)}",
                1.2,
            ),
        ],
        tall=28,
    )
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Shipper", "Versender", "Expediteur"), sh.exporter[0], 1.3),
            (
                tr(lg, "Container(s)", "Container", "Conteneur(s)"),
                ", ".join(sh.boxes[:2]) + (" ..." if len(sh.boxes) > 2 else ""),
                1.6,
            ),
        ],
        tall=28,
    )
    f.y += 14
    dear(f, s, lg)
    write(
        f,
        s,
        tr(
            lg,
            "We are pleased to advise the arrival of the above consignment. Release will be "
            "given against payment of the charges below and presentation of the original bill of "
            "lading.",
            "wir avisieren Ihnen die Ankunft der o.g. Sendung. Die Freistellung erfolgt nach "
            "Zahlung der nachstehenden Kosten und Vorlage des Original-Konnossements.",
            "Nous vous informons de l'arrivee de l'expedition ci-dessus. La mainlevee sera "
            "donnee contre paiement des frais ci-dessous et remise du connaissement original.",
        ),
    )
    cur = "GBP" if lg == "en" else "EUR"
    names = tr(
        lg,
        "Terminal handling|Delivery order fee|ISPS surcharge|Customs "
        "clearance|Documentation|Port security|Haulage to door|Inspection (if any)|Storage after "
        "free time",
        "THC Terminal|Freistellungsgebuehr|ISPS-Zuschlag|Zollabfertigung|Dokumentation|"
        "Hafensicherheit|Zustellung Haus|Beschau (falls)|Lagergeld ab Freizeit",
        "Manutention terminal|Frais de BAD|Surcharge ISPS|Dedouanement import|Frais de "
        "dossier|Surete portuaire|Livraison domicile|Visite douane (le cas echeant)|Magasinage",
    ).split("|")
    rows = []
    total = 0.0
    for n_ in rng.sample(names, rng.randint(4, len(names))):
        v = round(rng.uniform(15, 420), 2)
        vat = rng.choice([0, 20 if lg != "de" else 19])
        total += v * (1 + vat / 100)
        rows.append([n_, f"{vat}%", money(v, lg)])
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.5, "right")])
    table(
        f,
        cols,
        [tr(lg, "Charge", "Position", "Prestation"), tr(lg, "VAT", "MwSt", "TVA"), cur],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total incl. VAT', 'Gesamt inkl. MwSt', 'Total TTC')}  {money(total, lg)} {cur}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            f"Free time at the terminal: {rng.choice([3, 5, 7])} days from discharge. Demurrage "
            "and storage are charged thereafter.",
            f"Freie Lagerzeit: {rng.choice([3, 5, 7])} Tage ab Entladung, danach fallen Lager- "
            "und Standgeld an.",
            f"Franchise de magasinage : {rng.choice([3, 5, 7])} jours a compter du debarquement.",
        ),
        pt=s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        staff(who, "imp", lg),
        tr(lg, "Import Department", "Import", "Service import"),
        ink=rng.random() < 0.3,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.5:
        pages.append(release_form(rng, s, h, sh))
    return pages


def release_form(rng: random.Random, s: Style, h: Head, sh: Ship) -> Page:
    """The delivery instructions form behind an arrival notice, to be returned ticked and
    signed by the consignee."""
    lg = h.lang
    w, _ = s.page_size
    m = s.margin
    q = Page(s.page_size)
    y = m + 0.0
    head = tr(
        lg,
        "DELIVERY INSTRUCTIONS - please complete and return",
        "AUSLIEFERUNGSAUFTRAG - bitte ausgefuellt zurueck",
        "INSTRUCTIONS DE LIVRAISON - a nous retourner",
    )
    q.text(m, y, head, s.bold, shrink(head, s.bold, s.size + 2, w - 2 * m))
    y += 16
    q.text(
        m,
        y,
        f"{h.name} - {tr(lg, 'Fax / e-mail', 'Fax / E-Mail', 'Fax / courriel')} {h.phone}",
        s.font,
        7.5,
    )
    y += 28
    for label, opts in [
        (
            tr(lg, "Customs clearance", "Verzollung", "Dedouanement"),
            [
                tr(lg, "by you on our behalf", "durch Sie in unserem Namen", "par vos soins"),
                tr(lg, "by our own broker", "durch eigenen Zollagenten", "par notre transitaire"),
            ],
        ),
        (
            tr(lg, "Duty and VAT", "Abgaben", "Droits et taxes"),
            [
                tr(lg, "our deferment account", "unser Aufschubkonto", "notre credit d'enlevement"),
                tr(lg, "your deferment account", "Ihr Aufschubkonto", "votre credit"),
            ],
        ),
        (
            tr(lg, "Delivery", "Zustellung", "Livraison"),
            [
                tr(lg, "to our premises", "an unsere Anschrift", "a notre adresse"),
                tr(lg, "collection by us", "Selbstabholung", "enlevement par nos soins"),
            ],
        ),
    ]:
        q.text(m, y, label, s.bold, s.size - 1)
        y = ticks(q, s, m + 130, y, w - 2 * m - 130, opts, {rng.randint(0, 1)}, 8.5, 3.2)
    y += 10
    for n, label in enumerate(
        (
            tr(lg, "Delivery address", "Lieferanschrift", "Adresse de livraison"),
            tr(lg, "Opening hours / booking", "Anlieferzeiten", "Horaires de reception"),
            tr(lg, "Contact and telephone", "Ansprechpartner, Telefon", "Contact, telephone"),
            tr(lg, "EORI / VAT no.", "EORI / USt-IdNr.", "EORI / TVA"),
        )
    ):
        q.text(m, y, label, s.font, s.size - 1)
        q.line(m + 130, y + 3, w - m, y + 3)
        if rng.random() < 0.8:
            val = {
                0: f"{sh.buyer[1]}, {sh.buyer[2]}",
                1: rng.choice(["Mon-Fri 8-16", "Mo-Fr 7-15 Uhr", "8h-12h / 14h-17h"]),
                2: rng.choice(PEOPLE[lg]) + " " + serial(rng, "999 999 9999"),
                3: cc(lg) + serial(rng, "999999999999"),
            }[n]
            q.text(m + 134, y, fit(val, HAND, 9.5, w - 2 * m - 140), HAND, 9.5)
        y += 26
    y += 20
    q.text(
        m,
        y,
        tr(
            lg,
            "Date, signature and company stamp",
            "Datum, Unterschrift, Firmenstempel",
            "Date, signature et cachet",
        ),
        s.font,
        s.size - 1,
    )
    q.line(m + 200, y + 3, w - m, y + 3)
    if rng.random() < 0.7:
        sign(q, m + 220, y, rng.choice(PEOPLE[lg]))
    return q


# ---------------------------------------------------------------------------------------------
# Templates U: customs, chambers, insurers, banks
# ---------------------------------------------------------------------------------------------


COUNTRY = {
    "USA": "US",
    "UAE": "AE",
    "CHINA": "CN",
    "JAPAN": "JP",
    "SWEDEN": "SE",
    "MOROCCO": "MA",
    "AUSTRALIA": "AU",
    "UNITED KINGDOM": "GB",
    "FRANCE": "FR",
    "GERMANY": "DE",
    "CANADA": "CA",
    "BRAZIL": "BR",
}


def cc(lang: str) -> str:
    return {"en": "GB", "de": "DE", "fr": "FR"}[lang]


def mrn(rng: random.Random, lang: str, d: date) -> str:
    return f"{d.year % 100}{cc(lang)}{serial(rng, 'AAA9A99AA99999A9')}"


def tpl_export_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """The export accompanying document (Ausfuhrbegleitdokument, DAE) printed from the customs
    system: the MRN with its barcode, the boxes of the declaration, the first goods item and
    the further items on continuation sheets."""
    sh = ship_of(who)
    h = head_of(who, "customs", lang=sh.exporter[1])
    off = head_of(who, "forwarder", lang=sh.exporter[1])
    lg = h.lang
    s = paper(who.style, A4, margin=34, pt=8)
    w, hh = A4
    m = s.margin
    d = on(rng)
    no = mrn(rng, lg, d)
    title = tr(
        lg,
        "EXPORT ACCOMPANYING DOCUMENT",
        "AUSFUHRBEGLEITDOKUMENT",
        "DOCUMENT D'ACCOMPAGNEMENT EXPORT",
    )
    items = []
    for _ in range(rng.choice([1, 1, 2, 3, 5, 8, 14])):
        what, hs, _ = rng.choice(sh.goods)
        items.append(
            (
                what,
                f"{hs}{rng.randint(10, 99)}",
                weight(rng, 20, 4000),
                money(rng.uniform(300, 60000), "en"),
            )
        )
    pages: list[Page] = []
    p = Page(A4)
    pages.append(p)
    p.text(m, 36, title, "Helvetica-Bold", 13)
    p.text(m, 50, fit(h.name, "Helvetica", 7.5, w / 2), "Helvetica", 7.5)
    p.text(w - m, 36, "MRN", "Helvetica", 7, "right")
    p.text(w - m, 48, no, "Courier-Bold", 10, "right")
    if bar_width("code128", no) < w - 2 * m:
        p.barcode("code128", no, w - m - bar_width("code128", no), 58)
    y = 140.0
    half = (w - 2 * m) / 2
    y1 = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                "2  " + tr(lg, "Exporter", "Ausfuehrer", "Exportateur"),
                "\n".join(firm_lines(sh.exporter)[:3])
                + f"\nEORI {cc(sh.exporter[1])}{serial(seeded(who, 'eori'), '999999999999')}",
                1,
            )
        ],
        tall=58,
    )
    grid(
        p,
        s,
        m + half,
        y,
        half,
        [
            ("1  " + tr(lg, "Declaration", "Anmeldung", "Declaration"), "EX A", 0.6),
            (
                "3  " + tr(lg, "Forms", "Vordrucke", "Formulaires"),
                f"1 / {1 + max(0, (len(items) - 1 + 2) // 3)}",
                0.6,
            ),
            ("5  " + tr(lg, "Items", "Positionen", "Articles"), str(len(items)), 0.6),
        ],
        tall=29,
    )
    grid(
        p,
        s,
        m + half,
        y + 29,
        half,
        [("7  " + tr(lg, "Reference number", "Bezugsnummer", "Numero de reference"), sh.job, 1)],
        tall=29,
    )
    y = y1
    y1 = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                "8  " + tr(lg, "Consignee", "Empfaenger", "Destinataire"),
                "\n".join(buyer_lines(sh)),
                1,
            )
        ],
        tall=58,
    )
    grid(
        p,
        s,
        m + half,
        y,
        half,
        [
            (
                "15  " + tr(lg, "Country of dispatch", "Versendungsland", "Pays d'expedition"),
                cc(lg),
                1,
            ),
            (
                "17  " + tr(lg, "Country of destination", "Bestimmungsland", "Pays de destination"),
                COUNTRY[sh.buyer[3]],
                1,
            ),
        ],
        tall=29,
    )
    grid(
        p,
        s,
        m + half,
        y + 29,
        half,
        [
            (
                "20  " + tr(lg, "Delivery terms", "Lieferbedingung", "Conditions de livraison"),
                f"{sh.incoterm} {sh.pol}",
                1,
            )
        ],
        tall=29,
    )
    y = y1
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                "14  "
                + tr(
                    lg,
                    "Declarant / representative",
                    "Anmelder / Vertreter",
                    "Declarant / representant",
                ),
                f"{off.name}, {off.town}  "
                "("
                + tr(lg, "direct representation", "direkte Vertretung", "representation directe")
                + ")",
                2,
            ),
            (
                "18  " + tr(lg, "Means of transport", "Befoerderungsmittel", "Moyen de transport"),
                {"sea": sh.vessel, "air": "AIR", "road": serial(rng, "AA99 AAA")}[sh.mode],
                1,
            ),
        ],
        tall=28,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                "25  " + tr(lg, "Mode at border", "Verkehrszweig Grenze", "Mode a la frontiere"),
                {"sea": "1", "road": "3", "air": "4"}[sh.mode],
                0.6,
            ),
            (
                "29  " + tr(lg, "Office of exit", "Ausgangszollstelle", "Bureau de sortie"),
                f"{cc(lg)}{serial(seeded(who, 'exit'), '999999')}",
                1,
            ),
            (
                "31  " + tr(lg, "Container", "Container", "Conteneurs"),
                sh.boxes[0] if sh.mode == "sea" else "-",
                1.2,
            ),
            (
                "C  " + tr(lg, "Office of export", "Ausfuhrzollstelle", "Bureau d'export"),
                f"{cc(lg)}{serial(seeded(who, 'expo'), '999999')}",
                1,
            ),
        ],
        tall=28,
    )

    def item_box(pg: Page, y: float, k: int) -> float:
        what, hs, gross, value = items[k]
        y = grid(
            pg,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("32  " + tr(lg, "Item", "Pos.", "Article"), str(k + 1), 0.4),
                (
                    "31  "
                    + tr(
                        lg,
                        "Packages and description of goods",
                        "Packstuecke und Warenbezeichnung",
                        "Colis et designation",
                    ),
                    f"{rng.randint(1, 20)} PX  {what}",
                    3,
                ),
                ("33  " + tr(lg, "Commodity code", "Warennummer", "Code marchandise"), hs, 1),
            ],
            tall=30,
        )
        return grid(
            pg,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("34  " + tr(lg, "Origin", "Ursprung", "Origine"), cc(sh.exporter[1]), 0.5),
                (
                    "35  " + tr(lg, "Gross mass kg", "Rohmasse kg", "Masse brute kg"),
                    money(gross, lg),
                    0.9,
                ),
                ("37  " + tr(lg, "Procedure", "Verfahren", "Regime"), "1000 000", 0.7),
                (
                    "38  " + tr(lg, "Net mass kg", "Eigenmasse kg", "Masse nette kg"),
                    money(gross * 0.92, lg),
                    0.9,
                ),
                (
                    "44  " + tr(lg, "Documents", "Unterlagen", "Documents"),
                    f"N380 {serial(rng, '999999')}  N325",
                    1.4,
                ),
                (
                    "46  "
                    + tr(lg, "Statistical value", "Statistischer Wert", "Valeur statistique"),
                    value,
                    1,
                ),
            ],
            tall=30,
        )

    y = item_box(p, y + 10, 0)
    y += 20
    p.text(
        m,
        y,
        tr(
            lg,
            "Release for export granted",
            "Ueberlassung zur Ausfuhr",
            "Mainlevee export accordee",
        )
        + f": {date_text(d, lg, 'short')} {rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}",
        s.bold,
        8.5,
    )
    p.text(
        m,
        y + 12,
        tr(
            lg,
            "Exit to be confirmed electronically by the office of exit.",
            "Der Ausgang ist durch die Ausgangszollstelle elektronisch zu bestaetigen.",
            "La sortie est a confirmer electroniquement par le bureau de sortie.",
        ),
        s.font,
        7.5,
    )
    if rng.random() < 0.4:
        stamp(
            p,
            w - m - 160,
            y + 26,
            [
                tr(lg, "EXIT CONFIRMED", "AUSGANG BESTAETIGT", "SORTIE CONFIRMEE"),
                date_text(d + timedelta(days=rng.randint(1, 5)), lg, "short"),
                f"{cc(lg)}{serial(rng, '999999')}",
            ],
        )
    rest = list(range(1, len(items)))
    for k0 in range(0, len(rest), 3):
        q = Page(A4)
        pages.append(q)
        q.text(
            m,
            36,
            tr(
                lg,
                "EAD - CONTINUATION SHEET (LIST OF ITEMS)",
                "ABD - ERGAENZUNGSBLATT (WARENPOSITIONEN)",
                "DAE - FEUILLE DE CONTINUATION (ARTICLES)",
            ),
            "Helvetica-Bold",
            10,
        )
        q.text(w - m, 36, f"MRN {no}", "Courier", 8.5, "right")
        yy = 60.0
        for k in rest[k0 : k0 + 3]:
            yy = item_box(q, yy, k) + 16
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        pg.text(
            w - m,
            hh - 20,
            tr(lg, f"Page {k} of {n}", f"Blatt {k} / {n}", f"Page {k} / {n}"),
            "Helvetica",
            7,
            "right",
        )
        pg.text(
            m,
            hh - 20,
            f"{tr(lg, 'Printed', 'Druck', 'Imprime le')} {date_text(d, lg, 'short')}  {off.name}",
            "Helvetica",
            6.5,
        )
    return pages


def tpl_duty_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The customs authority's notice of import duties (import acceptance advice,
    Einfuhrabgabenbescheid, avis de liquidation) to the declarant: the letter with the amount
    due, the calculation for each goods item on the following pages and the notes on appeal
    on the last page."""
    sh = ship_of(who)
    h = head_of(who, "customs", ["rule", "split", "centred"])
    off = head_of(who, "forwarder")
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 10))
    w, _ = A4
    m = s.margin
    d = on(rng)
    no = mrn(rng, lg, d)
    importer = (
        sh.buyer[0] if not sh.export else {"en": BUYERS[7], "de": BUYERS[9], "fr": BUYERS[8]}[lg][0]
    )
    title = tr(
        lg,
        "Import declaration - notice of duties and taxes",
        "Einfuhrabgabenbescheid",
        "Avis de liquidation des droits et taxes",
    )
    f = sheets(s, h, f"{title} - MRN {no}")
    recipient(
        f,
        s,
        h,
        lines_of(off),
        d,
        [
            ("MRN", no),
            (
                tr(lg, "EORI", "EORI", "EORI"),
                f"{cc(lg)}{serial(seeded(who, 'offeori'), '999999999999')}",
            ),
        ],
    )
    caption(f, s, title, 2.5)
    items = []
    for _ in range(rng.choice([1, 2, 3, 5, 8])):
        what, hs, _ = rng.choice(sh.goods)
        val = round(rng.uniform(800, 40000), 2)
        rate = rng.choice([0, 1.7, 2.2, 2.7, 4, 6.5, 12])
        duty = round(val * rate / 100, 2)
        vat = round((val + duty) * (0.2 if lg != "de" else 0.19), 2)
        items.append((what, f"{hs}{rng.randint(1000, 9999)}", val, rate, duty, vat))
    tduty = sum(i[4] for i in items)
    tvat = sum(i[5] for i in items)
    dear(f, s, lg)
    write(
        f,
        s,
        tr(
            lg,
            f"The import declaration lodged on {day(h, d)} on behalf of {importer} has been "
            "accepted and the goods released. The duties and taxes shown below are payable from "
            "your duty deferment account.",
            f"fuer die am {day(h, d)} im Namen der Firma {importer} abgegebene Zollanmeldung "
            "werden die Einfuhrabgaben wie folgt festgesetzt. Die Waren wurden ueberlassen.",
            f"La declaration d'importation deposee le {day(h, d)} pour le compte de {importer} "
            "a ete liquidee comme suit. La mainlevee des marchandises a ete accordee.",
        ),
    )
    cur = "GBP" if lg == "en" else "EUR"
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (
                    tr(lg, "Customs duty (A00)", "Zoll (A00)", "Droits de douane (A00)"),
                    f"{money(tduty, lg)} {cur}",
                ),
                (
                    tr(
                        lg,
                        "Import VAT (B00)",
                        "Einfuhrumsatzsteuer (B00)",
                        "TVA a l'importation (B00)",
                    ),
                    f"{money(tvat, lg)} {cur}",
                ),
                (
                    tr(lg, "Total", "Gesamtbetrag", "Total a payer"),
                    f"{money(tduty + tvat, lg)} {cur}",
                ),
            ],
            w - m - 80,
            s.size,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment will be collected on {day(h, d + timedelta(days=15))}. "
            "The calculation for each item is shown overleaf.",
            f"Der Betrag ist bis zum {day(h, d + timedelta(days=10))} auf das Konto der "
            "Bundeskasse zu zahlen. Die Berechnung je Position ist in der Anlage ersichtlich.",
            f"Le montant est exigible au {day(h, d + timedelta(days=10))}. Le detail de la "
            "liquidation par article figure en annexe.",
        ),
    )
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "This notice was produced automatically and is valid without signature.",
            "Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
            "Avis etabli par traitement automatise, valable sans signature.",
        ),
        s.font,
        s.size - 1.5,
    )
    f.y += 20
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Calculation of duties and taxes",
            "Berechnungsgrundlagen",
            "Detail de la liquidation",
        ),
        1,
        rule=True,
    )
    cols = columns(
        m,
        w - m,
        [
            (0.5, "left"),
            (3, "left"),
            (1.4, "left"),
            (1.3, "right"),
            (0.8, "right"),
            (1.1, "right"),
            (1.2, "right"),
        ],
    )
    rows = [
        [
            str(k + 1),
            it[0],
            it[1],
            money(it[2], lg),
            f"{it[3]}%",
            money(it[4], lg),
            money(it[5], lg),
        ]
        for k, it in enumerate(items)
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Pos.", "Art."),
            tr(lg, "Goods", "Ware", "Marchandise"),
            tr(lg, "Commodity code", "Codenummer", "Nomenclature"),
            tr(lg, "Customs value", "Zollwert", "Valeur en douane"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Duty", "Zoll", "Droits"),
            tr(lg, "VAT", "EUSt", "TVA"),
        ],
        rows,
        s,
        size=s.size - 2,
        rules=True,
        step=1.8,
    )
    f.y += 10
    for it in items[: rng.randint(1, len(items))]:
        f.need(60)
        f.page.text(
            m, f.y, fit(f"{it[0]} - {it[1]}", s.bold, s.size - 1, w - 2 * m), s.bold, s.size - 1
        )
        f.y += 12
        f.y = (
            pairs(
                f.page,
                s,
                m + 20,
                f.y,
                [
                    (
                        tr(lg, "Invoice price", "Rechnungspreis", "Prix facture"),
                        money(it[2] * 0.94, lg),
                    ),
                    (
                        tr(
                            lg,
                            "Freight to EU/UK border",
                            "Befoerderungskosten bis Grenze",
                            "Fret jusqu'a la frontiere",
                        ),
                        money(it[2] * 0.05, lg),
                    ),
                    (tr(lg, "Insurance", "Versicherung", "Assurance"), money(it[2] * 0.01, lg)),
                    (tr(lg, "Customs value", "Zollwert", "Valeur en douane"), money(it[2], lg)),
                ],
                w - m - 120,
                s.size - 1.5,
            )
            + 6
        )
    if rng.random() < 0.5:
        f.new_page()
    f.need(200)
    f.y += 10
    caption(
        f,
        s,
        tr(
            lg,
            "Your right to a review or appeal",
            "Rechtsbehelfsbelehrung",
            "Voies et delais de recours",
        ),
        1,
    )
    for _ in range(rng.randint(2, 3)):
        write(
            f,
            s,
            tr(
                lg,
                "If you disagree with this decision you can ask for a review within 30 days of the "
                "date of this notice, or appeal to the independent tribunal. "
                + words(rng, "en", 12),
                "Gegen diesen Bescheid ist der Einspruch gegeben. Der Einspruch ist bei der oben "
                "bezeichneten Zollstelle schriftlich einzureichen oder zur Niederschrift zu "
                "erklaeren. "
                "Die Frist fuer die Einlegung betraegt einen Monat. " + words(rng, "de", 10),
                "Vous pouvez contester la presente decision dans un delai de deux mois a compter "
                "de "
                "sa notification en saisissant le directeur regional des douanes. "
                + words(rng, "fr", 10),
            ),
            pt=s.size - 1,
        )
    return close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


def tpl_customs_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A customs office's letter asking the broker for documents about a declaration (a
    post-clearance query, Anforderung von Unterlagen, demande de justificatifs) with the list
    of what to send and the deadline; sometimes a reply slip to tick behind it."""
    sh = ship_of(who)
    h = head_of(who, "customs", ["rule", "split", "centred", "monogram"])
    off = head_of(who, "forwarder")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    no = mrn(rng, lg, d - timedelta(days=rng.randint(20, 200)))
    f = sheets(s, h, h.name)
    who_ = staff(who, "officer", lg)
    recipient(
        f,
        s,
        h,
        lines_of(off),
        d,
        [
            (tr(lg, "Our ref", "Geschaeftszeichen", "Ref."), serial(rng, "A99-9999/99")),
            (tr(lg, "Officer", "Bearbeiter", "Agent"), who_),
            ("MRN", no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Request for supporting documents",
            "Anforderung von Unterlagen zur Zollanmeldung",
            "Demande de documents justificatifs",
        ),
        1.5,
    )
    dear(f, s, lg)
    write(
        f,
        s,
        tr(
            lg,
            "We are reviewing the declaration shown above, made on behalf of "
            f"{sh.buyer[0] if not sh.export else sh.exporter[0]}. "
            "Please send us copies of the following documents:",
            "im Rahmen einer Pruefung der o.g. Zollanmeldung fuer "
            f"{sh.buyer[0] if not sh.export else sh.exporter[0]} "
            "bitten wir um Vorlage folgender Unterlagen:",
            f"Dans le cadre du controle de la declaration ci-dessus, deposee pour le compte de "
            f"{sh.buyer[0] if not sh.export else sh.exporter[0]}, nous vous prions de nous "
            "adresser :",
        ),
    )
    docs = tr(
        lg,
        "the commercial invoice|the contract of sale or purchase order|proof of payment|the "
        "transport document (bill of lading, air waybill or CMR)|the freight invoice|proof of "
        "preferential origin|technical data sheets for the goods",
        "Handelsrechnung|Kaufvertrag bzw. Bestellung|Zahlungsnachweis|Befoerderungspapier "
        "(Konnossement, Luftfrachtbrief, CMR)|Frachtrechnung|Praeferenznachweis|technische "
        "Datenblaetter der Waren",
        "la facture commerciale|le contrat ou bon de commande|la preuve de paiement|le titre de "
        "transport (connaissement, LTA ou CMR)|la facture de fret|la preuve de l'origine "
        "preferentielle|les fiches techniques des marchandises",
    ).split("|")
    for k, t in enumerate(rng.sample(docs, rng.randint(3, 6)), 1):
        write(f, s, f"{k}.  {t}", indent=16)
    write(
        f,
        s,
        tr(
            lg,
            f"Please reply by {day(h, d + timedelta(days=30))}. " + prose(rng, "en", 1, 2),
            f"Bitte reichen Sie die Unterlagen bis zum {day(h, d + timedelta(days=21))} ein. "
            + prose(rng, "de", 1, 2),
            f"Merci de nous faire parvenir ces pieces avant le {day(h, d + timedelta(days=30))}. "
            + prose(rng, "fr", 1, 2),
        ),
    )
    regards(
        f,
        s,
        lg,
        who_,
        tr(lg, "Higher Officer", "Zollinspektorin", "Inspecteur des douanes"),
        ink=rng.random() < 0.5,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.5:
        q = Page(A4)
        y = m + 10.0
        q.text(
            m,
            y,
            tr(
                lg,
                "REPLY SLIP - please return with the documents",
                "RUECKANTWORT - bitte mit den Unterlagen zuruecksenden",
                "COUPON-REPONSE - a retourner avec les pieces",
            ),
            s.bold,
            s.size + 1,
        )
        y += 24
        q.text(m, y, f"MRN {no}", "Courier", 9)
        y += 24
        for t in docs:
            box(q, m, y, rng.random() < 0.6, 9)
            q.text(m + 16, y, t, s.font, s.size)
            y += 20
        y += 20
        q.text(m, y, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.font, s.size - 1)
        for k in range(4):
            q.line(m, y + 20 + 18 * k, w - m, y + 20 + 18 * k)
        q.text(m + 4, y + 16, words(rng, lg, 8), HAND, 9)
        y += 110
        q.text(
            m,
            y,
            tr(lg, "Date, signature", "Datum, Unterschrift", "Date, signature"),
            s.font,
            s.size - 1,
        )
        q.line(m + 110, y + 2, w / 2 + 60, y + 2)
        pages.append(q)
    return pages


def tpl_certificate_of_origin(rng: random.Random, who: Issuer) -> list[Page]:
    """The chamber of commerce's certificate of origin on its form: consignor, consignee,
    country of origin, transport, the goods, and the chamber's certification with stamp and
    signature."""
    sh = ship_of(who)
    lg_ex = sh.exporter[1]
    h = head_of(who, "chamber", lang=lg_ex)
    lg = h.lang
    s = paper(who.style, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    d = on(rng)
    p = Page(A4)
    half = (w - 2 * m) * 0.55
    y = grid(
        p,
        s,
        m,
        40,
        half,
        [
            (
                "1  " + tr(lg, "Consignor", "Versender", "Expediteur"),
                "\n".join(firm_lines(sh.exporter)),
                1,
            )
        ],
        tall=70,
    )
    p.text(m + half + 10, 52, f"No {serial(rng, 'A 9999999')}", "Helvetica-Bold", 10)
    p.text(m + half + 10, 72, "ORIGINAL", "Helvetica-Bold", 10)
    eu = lg != "en"
    t1 = tr(lg, "", "EUROPAEISCHE UNION", "UNION EUROPEENNE") if eu else "UNITED KINGDOM"
    t2 = tr(lg, "CERTIFICATE OF ORIGIN", "URSPRUNGSZEUGNIS", "CERTIFICAT D'ORIGINE")
    p.text(m + half + (w - m - half - m) / 2 + 5, 94, t1, "Helvetica-Bold", 10, "center")
    p.text(
        m + half + (w - m - half - m) / 2 + 5,
        110,
        t2,
        "Helvetica-Bold",
        shrink(t2, "Helvetica-Bold", 13, w - 2 * m - half - 10),
        "center",
    )
    y = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                "2  " + tr(lg, "Consignee", "Empfaenger", "Destinataire"),
                "\n".join(buyer_lines(sh)),
                1,
            )
        ],
        tall=70,
    )
    grid(
        p,
        s,
        m + half,
        120,
        w - 2 * m - half,
        [
            (
                "3  " + tr(lg, "Country of origin", "Ursprungsland", "Pays d'origine"),
                firm_lines(sh.exporter)[3]
                if lg == "en"
                else tr(lg, "", "Europaeische Union", "Union europeenne"),
                1,
            )
        ],
        tall=60,
    )
    y = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                "4  "
                + tr(
                    lg,
                    "Transport details (optional)",
                    "Angaben ueber die Befoerderung",
                    "Informations relatives au transport",
                ),
                {
                    "sea": f"{tr(lg, 'By sea', 'Seeweg', 'Voie maritime')} {sh.pol} - {sh.pod[0]}",
                    "air": tr(lg, "By air", "Luftfracht", "Voie aerienne"),
                    "road": tr(lg, "By road", "Lkw", "Voie routiere"),
                }[sh.mode],
                1,
            )
        ],
        tall=40,
    )
    grid(
        p,
        s,
        m + half,
        y - 40,
        w - 2 * m - half,
        [
            (
                "5  " + tr(lg, "Remarks", "Bemerkungen", "Remarques"),
                f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {serial(rng, '999999')}",
                1,
            )
        ],
        tall=40,
    )
    top = y
    boxh = 270
    cols = [0.12, 0.58, 0.3]
    x = m
    heads = [
        "6  "
        + tr(
            lg,
            "Item number; marks, numbers",
            "Laufende Nr.; Zeichen, Nummern",
            "N. d'ordre; marques",
        ),
        tr(
            lg,
            "Number and kind of packages; description of goods",
            "Anzahl und Art der Packstuecke; Warenbezeichnung",
            "Nombre et nature des colis; designation",
        ),
        "7  " + tr(lg, "Quantity", "Menge", "Quantite"),
    ]
    for c, t in zip(cols, heads, strict=True):
        cw = (w - 2 * m) * c
        p.rect(x, top, cw, boxh)
        for j, ln in enumerate(wrap(t, s.font, 5.8, cw - 6)[:2]):
            p.text(x + 3, top + 8 + 7 * j, ln, s.font, 5.8)
        x += cw
    yy = top + 34
    for k in range(rng.randint(1, 6)):
        what, _, unit = rng.choice(sh.goods)
        p.text(m + 4, yy, f"{k + 1}", "Courier", 8.5)
        p.text(
            m + (w - 2 * m) * 0.12 + 4,
            yy,
            fit(
                f"{rng.randint(1, 20)} {tr(lg, 'pallets', 'Paletten', 'palettes')} {what}",
                "Courier",
                8.5,
                (w - 2 * m) * 0.58 - 8,
            ),
            "Courier",
            8.5,
        )
        p.text(
            m + (w - 2 * m) * 0.7 + 4,
            yy,
            f"{rng.randint(10, 2000)} {unit} / {kg(weight(rng, 40, 3000), lg)}",
            "Courier",
            8.5,
        )
        yy += 14
    p.text(m + (w - 2 * m) * 0.12 + 4, yy + 6, "*" * 30, "Courier", 8.5)
    y = top + boxh
    grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [("8  " + tr(lg, "Certification", "Bescheinigung", "Certification"), "", 1)],
        tall=hh - 40 - y,
    )
    cert = tr(
        lg,
        "The undersigned authority certifies that the goods described above originate in the "
        "country shown in box 3.",
        "Die unterzeichnende zustaendige Stelle bescheinigt, dass die vorstehend bezeichneten "
        "Waren ihren Ursprung in dem in Feld 3 angegebenen Land haben.",
        "L'autorite soussignee certifie que les marchandises designees ci-dessus sont "
        "originaires du pays figurant dans la case 3.",
    )
    yy = y + 26
    for ln in wrap(cert, s.font, 8, w - 2 * m - 12):
        p.text(m + 6, yy, ln, s.font, 8)
        yy += 10
    p.text(m + 6, yy + 14, f"{place_of(h.town)}, {date_text(d, lg, 'short')}", s.font, 9)
    stamp(
        p,
        w / 2 - 40,
        yy + 4,
        [short_name(h.name, 30), date_text(d, lg, "short"), "*" * 10],
    )
    sign(p, w - m - 130, yy + 48, staff(who, "chamber", lg))
    p.line(w - m - 150, yy + 52, w - m - 10, yy + 52)
    p.text(
        w - m - 150,
        yy + 62,
        tr(lg, "Signature, stamp", "Unterschrift, Stempel", "Signature, cachet"),
        s.font,
        6.5,
    )
    p.text(m + 6, hh - 50, fit(h.name, s.font, 7, w - 2 * m), s.font, 7)
    return [p]


def tpl_insurance_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The cargo insurer's certificate under the exporter's open cover: insured value,
    voyage, conditions, the claims agent and what to do in case of loss; often a second page
    with the clauses and the claims procedure."""
    sh = ship_of(who)
    h = head_of(who, "insurer", lang=sh.exporter[1])
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, hh = A4
    m = s.margin
    d = on(rng)
    f = sheets(s, h, h.name)
    no = serial(rng, "MC 99999/999")
    title = tr(lg, "CERTIFICATE OF INSURANCE", "VERSICHERUNGSZERTIFIKAT", "CERTIFICAT D'ASSURANCE")
    f.page.text(w / 2, f.y, title, s.bold, s.size + 6, "center")
    f.page.text(
        w / 2,
        f.y + 14,
        f"No. {no}   "
        + tr(lg, "Open cover", "Generalpolice", "Police d'abonnement")
        + f" {serial(seeded(who, 'cover'), '99/9999')}",
        s.font,
        s.size - 1,
        "center",
    )
    f.y += 34
    cur = "EUR" if lg != "en" else "GBP"
    val = rng.uniform(5000, 250000)
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Assured", "Versicherungsnehmer", "Assure"), sh.exporter[0], 1.4),
            (
                tr(
                    lg,
                    "Insured value (CIF + 10%)",
                    "Versicherungssumme (CIF + 10%)",
                    "Valeur assuree (CAF + 10%)",
                ),
                f"{cur} {money(val, lg)}",
                1,
            ),
        ],
        tall=30,
    )
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Conveyance", "Transportmittel", "Moyen de transport"),
                {
                    "sea": sh.vessel,
                    "air": tr(lg, "Air freight", "Luftfracht", "Fret aerien"),
                    "road": tr(lg, "Truck", "Lkw", "Camion"),
                }[sh.mode],
                1,
            ),
            (tr(lg, "From", "Von", "De"), sh.exporter[3], 1),
            (tr(lg, "To", "Nach", "A"), f"{sh.buyer[2]}, {sh.buyer[3]}", 1.3),
        ],
        tall=30,
    )
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Subject-matter insured", "Gueter", "Marchandises"),
                f"{rng.randint(1, 30)} "
                + tr(lg, "packages", "Packstuecke", "colis")
                + f" {rng.choice(sh.goods)[0]}",
                2,
            ),
            (
                tr(lg, "Marks", "Markierung", "Marques"),
                f"{sh.buyer[0].split()[0].upper()} 1-{rng.randint(2, 30)}",
                1,
            ),
        ],
        tall=30,
    )
    f.y += 18
    caption(f, s, tr(lg, "Conditions", "Bedingungen", "Conditions"), 0.5)
    write(
        f,
        s,
        tr(
            lg,
            "Institute Cargo Clauses (A) 1/1/09, Institute War Clauses (Cargo) and Institute "
            "Strikes Clauses (Cargo), warehouse to warehouse.",
            "DTV-Gueterversicherungsbedingungen 2000/2011 (volle Deckung), einschliesslich "
            "Kriegs- und Streikrisiken, von Haus zu Haus.",
            'Conditions "Tous Risques" de l\'imprime FAP Sauf 2009, risques de guerre et de '
            "greves inclus, de magasin a magasin.",
        ),
        pt=s.size - 0.5,
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Claims payable at destination by",
            "Schadenregulierung durch",
            "Sinistres payables a destination par",
        ),
        0.5,
    )
    agent = rng.choice(["Hargreaves Claims Services", "Crawford Cargo Agency", "Lloyd's Agent"])
    write(f, s, f"{agent}, {sh.buyer[2]}, {sh.buyer[3]}", pt=s.size - 0.5)
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "In the event of loss or damage which may result in a claim, immediate notice must "
            "be given to the agent named above so that a survey can be held.",
            "Im Schadenfall ist unverzueglich der oben genannte Havariekommissar zu "
            "benachrichtigen und eine Schadenbesichtigung zu veranlassen.",
            "En cas d'avarie, aviser immediatement le commissaire d'avaries designe ci-dessus "
            "afin qu'il soit procede a une expertise.",
        ),
        pt=s.size - 1,
    )
    f.need(90)
    f.y += 20
    f.page.text(m, f.y, f"{place_of(h.town)}, {day(h, d)}", s.font, s.size)
    f.page.text(
        w - m - 170,
        f.y,
        tr(lg, "For and on behalf of the insurers", "Fuer die Versicherer", "Pour les assureurs"),
        s.font,
        s.size - 1,
    )
    sign(f.page, w - m - 160, f.y + 30, staff(who, "uw", lg))
    f.y += 50
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "This certificate requires endorsement in the event of assignment.",
            "Dieses Zertifikat ist an Order gestellt und durch Indossament uebertragbar.",
            "Certificat a ordre, transmissible par endossement.",
        ),
        s.font,
        7,
    )
    pages = close(f.pages, s, h)
    if seeded(who, "inscl").random() < 0.65:
        q = Page(A4)
        head = tr(
            lg,
            "IMPORTANT - PROCEDURE IN THE EVENT OF LOSS OR DAMAGE",
            "WICHTIG - VERHALTEN IM SCHADENFALL",
            "IMPORTANT - PROCEDURE EN CAS DE SINISTRE",
        )
        q.text(m, 50, head, "Helvetica-Bold", 10)
        heads = tr(
            lg,
            "Liability of carriers|Survey|Documentation of claims|Duty of assured|Notice|Sue and "
            "labour",
            "Haftung der "
            "Befoerderer|Besichtigung|Schadenunterlagen|Obliegenheiten|Anzeigepflicht|Schadenminderung",
            "Responsabilite des transporteurs|Expertise|Pieces a fournir|Obligations de "
            "l'assure|Declaration|Mesures conservatoires",
        ).split("|")
        small_print(q, m, 72, w - 2 * m, hh - 60, clauses(rng, lg, heads, 22), 2, 7.2)
        q.text(w / 2, hh - 30, no, "Helvetica", 7, "center")
        pages.append(q)
    return pages


def tpl_lc_advice(rng: random.Random, who: Issuer) -> list[Page]:
    """The advising bank's letter to the exporter about a documentary credit opened in its
    favour, with the SWIFT MT700 printout of the credit on the following pages."""
    sh = ship_of(who)
    h = head_of(who, "bank", lang=sh.exporter[1])
    lg = h.lang
    s = paper(who.style, letter_size(who, lg))
    d = on(rng)
    lc = serial(rng, "ILC9999AA99999")
    ours = serial(rng, "EA999999")
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        firm_lines(sh.exporter)[:3],
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "Notre ref."), ours)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Advice of documentary credit",
            "Avisierung eines Dokumentenakkreditivs",
            "Notification de credit documentaire",
        ),
        1.5,
    )
    dear(f, s, lg)
    cur = {"USA": "USD", "AUSTRALIA": "AUD", "CANADA": "CAD"}.get(sh.buyer[3], "USD")
    amt = rng.uniform(10000, 400000)
    issuing = rng.choice(
        [
            "EMIRATES CAPITAL BANK, DUBAI",
            "BANK OF PACIFIC COMMERCE, SHENZHEN",
            "FIRST HARBOR BANK NA, LONG BEACH",
            "BANQUE ATLANTIQUE DU MAROC, CASABLANCA",
            "BANCO PAULISTA SA, SAO PAULO",
        ]
    )
    write(
        f,
        s,
        tr(
            lg,
            f"At the request of {issuing} we advise, without any engagement on our part, the "
            f"irrevocable documentary credit no. {lc} for {cur} {money(amt, 'en')} in your favour. "
            "The full text of the credit is attached.",
            f"im Auftrag der {issuing} avisieren wir Ihnen ohne unser Obligo das unwiderrufliche "
            f"Dokumentenakkreditiv Nr. {lc} ueber {cur} {money(amt, lg)} zu Ihren Gunsten. "
            "Den vollstaendigen Wortlaut finden Sie in der Anlage.",
            f"A la demande de {issuing}, nous vous notifions sans engagement de notre part le "
            "credit "
            f"documentaire irrevocable n. {lc} d'un montant de {cur} {money(amt, lg)} en votre "
            "faveur. "
            "Vous trouverez ci-joint le texte integral.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please check the terms carefully. If they cannot be complied with, contact the "
            "applicant at once to arrange an amendment. The credit is subject to UCP 600.",
            "Bitte pruefen Sie die Bedingungen sorgfaeltig und veranlassen Sie gegebenenfalls "
            "eine Aenderung. Es gelten die ERA 600.",
            "Nous vous invitons a verifier attentivement les conditions et, le cas echeant, a "
            "demander une modification. Le credit est soumis aux RUU 600.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Our advising commission of {cur} {money(rng.choice([75, 100, 120, 150]), 'en')} has "
            "been debited to your account.",
            f"Unsere Avisierungsprovision von EUR {money(rng.choice([75, 100, 120, 150]), lg)} "
            "belasten wir Ihrem Konto.",
            f"Nos frais de notification de EUR {money(rng.choice([75, 100, 120, 150]), lg)} sont "
            "portes au debit de votre compte.",
        ),
    )
    write(f, s, tr(lg, "Enclosure: MT700", "Anlage: MT700", "P.J. : MT700"), pt=s.size - 1)
    regards(
        f,
        s,
        lg,
        staff(who, "bank", lg),
        tr(lg, "Trade Services", "Dokumentengeschaeft", "Service international"),
        ink=rng.random() < 0.6,
    )
    pages = close(f.pages, s, h, numbers="none")
    goods = rng.choice(sh.goods)[0].upper()
    fields_ = [
        ("27", "Sequence of Total", ["1/1"]),
        ("40A", "Form of Documentary Credit", ["IRREVOCABLE"]),
        ("20", "Documentary Credit Number", [lc]),
        ("31C", "Date of Issue", [f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"]),
        ("40E", "Applicable Rules", ["UCP LATEST VERSION"]),
        (
            "31D",
            "Date and Place of Expiry",
            [f"{(d + timedelta(days=90)).strftime('%y%m%d')} IN COUNTRY OF BENEFICIARY"],
        ),
        ("50", "Applicant", [sh.buyer[0].upper(), sh.buyer[1].upper(), sh.buyer[2].upper()]),
        ("59", "Beneficiary", [x.upper() for x in firm_lines(sh.exporter)[:3]]),
        (
            "32B",
            "Currency Code, Amount",
            [f"{cur}{money(amt, 'en').replace(',', '').replace('.', ',')}"],
        ),
        ("39A", "Percentage Credit Amount Tolerance", ["05/05"]),
        ("41D", "Available With ... By ...", ["ANY BANK", "BY NEGOTIATION"]),
        (
            "42C",
            "Drafts at ...",
            ["AT SIGHT"] if rng.random() < 0.5 else ["60 DAYS AFTER B/L DATE"],
        ),
        ("43P", "Partial Shipments", [rng.choice(["ALLOWED", "NOT ALLOWED"])]),
        ("43T", "Transhipment", ["ALLOWED"]),
        (
            "44E",
            "Port of Loading/Airport of Departure",
            [f"ANY PORT IN {firm_lines(sh.exporter)[3]}"],
        ),
        ("44F", "Port of Discharge/Airport of Destination", [sh.pod[0].upper()]),
        ("44C", "Latest Date of Shipment", [(d + timedelta(days=60)).strftime("%y%m%d")]),
        (
            "45A",
            "Description of Goods and/or Services",
            [
                goods,
                f"AS PER PROFORMA INVOICE NO {serial(rng, '99999')}",
                f"{sh.incoterm} {sh.pod[0].upper()} INCOTERMS 2020",
            ],
        ),
        (
            "46A",
            "Documents Required",
            [
                "+SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS AND 2 COPIES",
                "+FULL SET CLEAN ON BOARD OCEAN BILLS OF LADING MADE OUT TO THE ORDER OF",
                " ISSUING BANK MARKED FREIGHT PREPAID NOTIFY APPLICANT",
                "+PACKING LIST IN 3 COPIES",
                "+CERTIFICATE OF ORIGIN ISSUED BY CHAMBER OF COMMERCE",
                "+INSURANCE CERTIFICATE FOR 110 PCT OF INVOICE VALUE BLANK ENDORSED",
                " COVERING INSTITUTE CARGO CLAUSES (A)",
                "+BENEFICIARY'S CERTIFICATE CERTIFYING THAT ONE SET OF NON-NEGOTIABLE",
                " DOCUMENTS HAS BEEN SENT TO THE APPLICANT BY COURIER",
            ],
        ),
        (
            "47A",
            "Additional Conditions",
            [
                "+ALL DOCUMENTS MUST INDICATE THE CREDIT NUMBER",
                "+A DISCREPANCY FEE OF USD 80.00 WILL BE DEDUCTED FROM PROCEEDS",
                "+THIRD PARTY DOCUMENTS EXCEPT INVOICE ACCEPTABLE",
            ],
        ),
        (
            "71D",
            "Charges",
            ["ALL BANKING CHARGES OUTSIDE ISSUING BANK", "ARE FOR BENEFICIARY'S ACCOUNT"],
        ),
        ("48", "Period for Presentation in Days", ["21"]),
        ("49", "Confirmation Instructions", [rng.choice(["WITHOUT", "MAY ADD"])]),
    ]
    out: list[Page] = []
    at = f"{date_text(d, 'en', 'iso')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"

    def sw_page() -> tuple[Page, float]:
        q = Page(A4)
        out.append(q)
        q.text(40, 40, f"{h.name.upper()} - SWIFT PRINT", "Courier-Bold", 8)
        q.text(
            555,
            40,
            at,
            "Courier",
            8,
            "right",
        )
        q.line(40, 46, 555, 46)
        return q, 62.0

    q, y = sw_page()
    for ln in [
        "Instance Type and Transmission: Notification (Transmission) of Original received from "
        "SWIFT",
        f"Message Input Reference: {serial(rng, '9999 999999AAAAAAAAA9999999999')}",
        "------------------------- Message Header -------------------------",
        "Swift Input : FIN 700 Issue of a Documentary Credit",
        f"Sender   : {serial(rng, 'AAAAAAAAXXX')}  {issuing}",
        f"Receiver : {serial(seeded(who, 'bic'), 'AAAAAA99XXX')}  {h.name.upper()}",
        "------------------------- Message Text ---------------------------",
    ]:
        q.text(40, y, fit(ln, "Courier", 8, 515), "Courier", 8)
        y += 11
    y += 6
    for tag, name, vals in fields_:
        if y + 11 * (len(vals) + 1) > A4[1] - 50:
            q, y = sw_page()
        q.text(40, y, f"F{tag}: {name}", "Courier-Bold", 8)
        y += 11
        for v in vals:
            q.text(70, y, fit(v, "Courier", 8, 485), "Courier", 8)
            y += 11
        y += 3
    q.text(
        40,
        y + 6,
        "------------------------- Message Trailer ------------------------",
        "Courier",
        8,
    )
    q.text(40, y + 17, f"{{CHK:{serial(rng, '9A9A9A9A9A99')}}}", "Courier", 8)
    for k, pg in enumerate(out, 1):
        pg.text(297, A4[1] - 24, f"Page {k:>4}", "Courier", 8, "center")
    return pages + out


def tpl_vgm_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A weighbridge ticket with the verified gross mass of an export container on a narrow
    slip: gross, tare, net, the container and the haulier's vehicle, printed by the scale and
    signed by the weighbridge operator."""
    sh = ship_of(who)
    h = head_of(who, "weighbridge")
    lg = h.lang
    size = seeded(who, "vgmsize").choice(
        [(mm * 80, mm * 190), (mm * 100, mm * 160), (mm * 90, mm * 210)]
    )
    s = paper(who.style, size, margin=14, pt=8)
    w, hh = size
    m = s.margin
    d = on(rng)
    p = Page(size)
    y = 26.0
    for k, t in enumerate([h.name, h.street, h.town, f"Tel. {h.phone}"]):
        font = "Courier-Bold" if k == 0 else "Courier"
        p.text(w / 2, y, fit(t, font, 8 if k else 9, w - 2 * m), font, 8 if k else 9, "center")
        y += 10
    y += 4
    p.text(m, y, "-" * 60, "Courier", 8)
    y += 12
    title = tr(lg, "WEIGHBRIDGE TICKET / VGM", "WIEGESCHEIN / VGM", "TICKET DE PESEE / VGM")
    p.text(w / 2, y, title, "Courier-Bold", shrink(title, "Courier-Bold", 10, w - 2 * m), "center")
    y += 16
    gross = weight(rng, 8000, 34000)
    tare = round(rng.uniform(14000, 17500), 0) if rng.random() < 0.5 else 0.0
    ctr = rng.choice(sh.boxes) if rng.random() < 0.6 else container_no(rng)
    ct = round(rng.choice([3750, 3800, 3900, 2200, 2250]), 0)
    t1 = f"{rng.randint(6, 16):02d}:{rng.randint(0, 59):02d}"
    lines = [
        (tr(lg, "Ticket no", "Wiege-Nr", "Ticket n"), serial(rng, "999999")),
        (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
        (tr(lg, "Time in", "Zeit 1", "Heure 1"), t1),
        (tr(lg, "Vehicle", "Kennz.", "Immat."), serial(rng, "AA99 AAA")),
        (tr(lg, "Haulier", "Spediteur", "Transp."), head_of(who, "haulier").name[:18]),
        (tr(lg, "Container", "Container", "Conteneur"), ctr),
        (tr(lg, "Booking", "Buchung", "Booking"), serial(rng, "999999999")),
        (tr(lg, "Seal", "Plombe", "Scelle"), serial(rng, "SL9999999")),
    ]
    for k, v in lines:
        p.text(m, y, f"{k}", "Courier", 8)
        p.text(w - m, y, fit(v, "Courier", 8, w / 2), "Courier", 8, "right")
        y += 10.5
    y += 4
    p.text(m, y, "-" * 60, "Courier", 8)
    y += 12
    truck = tare or round(rng.uniform(7000, 9000), 0)
    wlines = [
        (tr(lg, "1st weight (gross)", "1. Waegung", "Pesee 1"), gross + truck + ct),
        (tr(lg, "2nd weight (tare)", "2. Waegung", "Pesee 2"), truck),
        (tr(lg, "Container tare", "Tara Container", "Tare conteneur"), ct),
        ("VGM", gross + ct),
    ]
    for k, v in wlines:
        bold = k == "VGM"
        font = "Courier-Bold" if bold else "Courier"
        p.text(m, y, k, font, 8.5 if bold else 8)
        p.text(w - m, y, f"{int(v):>6} kg", font, 8.5 if bold else 8, "right")
        y += 11
    y += 6
    p.text(
        m,
        y,
        fit(
            tr(lg, "SOLAS VI/2 - Method 1", "SOLAS VI/2 - Methode 1", "SOLAS VI/2 - Methode 1"),
            "Courier",
            7.5,
            w - 2 * m,
        ),
        "Courier",
        7.5,
    )
    y += 10
    p.text(
        m,
        y,
        fit(
            tr(lg, "Scale: class III, verified", "Waage geeicht Kl. III", "Bascule classe III"),
            "Courier",
            7.5,
            w - 2 * m,
        ),
        "Courier",
        7.5,
    )
    y += 24
    p.text(m, y, tr(lg, "Authorised signatory", "Waegemeister", "Peseur agree"), "Courier", 7.5)
    sign(p, m + 10, y + 22, staff(who, "weigh", lg), 12)
    p.line(m, y + 26, w - m, y + 26)
    p.text(
        m, y + 36, fit(staff(who, "weigh", lg).upper(), "Courier", 7.5, w - 2 * m), "Courier", 7.5
    )
    if y + 60 < hh:
        p.text(
            w / 2,
            hh - 20,
            "*** " + tr(lg, "THANK YOU", "DANKE", "MERCI") + " ***",
            "Courier",
            7.5,
            "center",
        )
    return [p]


def tpl_eir(rng: random.Random, who: Issuer) -> list[Page]:
    """A container terminal's equipment interchange receipt on landscape A5 at the gate: the
    container, the truck and driver, the seal, the condition marked on a drawing of the box's
    sides, and the signatures of the checker and the driver."""
    sh = ship_of(who)
    h = head_of(who, "terminal", ["band", "split", "rule"])
    lg = h.lang
    size = landscape(A5)
    s = paper(who.style, size, margin=24, pt=7.5)
    w, hh = size
    m = s.margin
    d = on(rng)
    p = Page(size)
    y = heading(p, s, h)
    gate = rng.choice(["IN", "OUT"])
    title = tr(
        lg,
        f"EQUIPMENT INTERCHANGE RECEIPT - GATE {gate}",
        f"CONTAINER-UEBERGABESCHEIN - {'EINGANG' if gate == 'IN' else 'AUSGANG'}",
        f"BON D'ECHANGE (EIR) - {'ENTREE' if gate == 'IN' else 'SORTIE'}",
    )
    p.text(m, y - 4, title, s.bold, shrink(title, s.bold, 10, w - 2 * m - 90))
    p.text(w - m, y - 4, f"EIR {serial(rng, '99999999')}", "Courier-Bold", 9, "right")
    y += 6
    ctr = rng.choice(sh.boxes) if rng.random() < 0.5 else container_no(rng)
    status = rng.choice(["FULL", "FULL", "EMPTY"])
    gross = str(int(weight(rng, 4000, 30000))) if status == "FULL" else rng.choice(["3750", "2200"])
    half = (w - 2 * m) * 0.52
    y0 = y
    y = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (tr(lg, "Container", "Container", "Conteneur"), ctr, 1.4),
            (tr(lg, "Size/type", "Typ", "Type"), rng.choice(["40HC", "20DV", "40DV", "45HC"]), 0.7),
        ],
        tall=24,
    )
    y = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (tr(lg, "Status", "Status", "Statut"), status, 0.7),
            (tr(lg, "Seal", "Plombe", "Scelle"), serial(rng, "SL9999999"), 1),
            (
                tr(lg, "Line", "Reederei", "Armateur"),
                "".join(x[0] for x in head_of(who, "line").name.split()[:3]).upper(),
                1,
            ),
        ],
        tall=24,
    )
    y = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                tr(lg, "Vessel / voyage", "Schiff / Reise", "Navire / voyage"),
                f"{sh.vessel} {sh.voyage}",
                1.5,
            ),
            (
                tr(lg, "Booking / release", "Buchung / PIN", "Booking / BAE"),
                serial(rng, "999999999"),
                1,
            ),
        ],
        tall=24,
    )
    y = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (tr(lg, "Truck", "Lkw", "Camion"), serial(rng, "AA99 AAA"), 1),
            (tr(lg, "Haulier", "Spediteur", "Transporteur"), head_of(who, "haulier").name, 1.6),
        ],
        tall=24,
    )
    y = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                tr(lg, "Date / time", "Datum / Zeit", "Date / heure"),
                f"{date_text(d, lg, 'short')} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                1.2,
            ),
            (tr(lg, "Lane", "Spur", "Voie"), str(rng.randint(1, 14)), 0.5),
            (tr(lg, "Gross kg", "Brutto kg", "Brut kg"), gross, 0.8),
        ],
        tall=24,
    )
    x0 = m + half + 16
    bw = w - m - x0
    p.text(
        x0,
        y0 + 8,
        tr(
            lg,
            "Condition (mark damage)",
            "Zustand (Schaeden markieren)",
            "Etat (marquer les avaries)",
        ),
        s.bold,
        7,
    )
    sides = [
        tr(lg, "Left", "Links", "Gauche"),
        tr(lg, "Right", "Rechts", "Droite"),
        tr(lg, "Front", "Stirn", "Avant"),
        tr(lg, "Door", "Tuer", "Portes"),
        tr(lg, "Roof", "Dach", "Toit"),
    ]
    yy = y0 + 16
    for k, t in enumerate(sides):
        long_ = k in (0, 1, 4)
        rw = bw - 40 if long_ else (bw - 40) * 0.35
        rx = x0 + 36 if long_ else x0 + 36 + (0 if k == 2 else (bw - 40) * 0.6)
        ry = yy
        p.text(x0 if k != 3 else rx - 32, ry + 12, t, s.font, 6.5)
        p.rect(rx, ry, rw, 20)
        for j in range(1, 8 if long_ else 3):
            p.line(
                rx + rw * j / (8 if long_ else 3), ry, rx + rw * j / (8 if long_ else 3), ry + 20
            )
        if rng.random() < 0.25:
            cx = rx + rng.uniform(8, rw - 8)
            p.text(cx, ry + 14, rng.choice(["X", "D", "BR", "DT"]), HAND, 10)
        if k != 2:
            yy += 26
    p.text(
        x0,
        yy + 8,
        tr(
            lg,
            "D dent  BR broken  H hole  DT dirty  X scratch",
            "D Beule  BR Bruch  H Loch  DT verschmutzt",
            "D enfonce  BR casse  H trou  DT sale",
        ),
        s.font,
        6,
    )
    y = max(y, yy + 12) + 14
    remark = rng.choice(
        [
            "",
            "",
            tr(lg, "door rubber damaged", "Tuergummi beschaedigt", "joint de porte abime"),
            tr(lg, "no remarks", "ohne Befund", "RAS"),
        ]
    )
    p.text(m, y, tr(lg, "Remarks:", "Bemerkungen:", "Observations :"), s.font, 7)
    p.text(m + 50, y, remark, HAND, 9)
    p.line(m + 48, y + 3, w - m, y + 3)
    y += 26
    p.text(m, y, tr(lg, "Checker", "Pruefer", "Pointeur"), s.font, 7)
    sign(p, m + 40, y, rng.choice(PEOPLE[lg]), 12)
    p.text(w / 2, y, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 7)
    sign(p, w / 2 + 40, y, rng.choice(PEOPLE["en" if rng.random() < 0.5 else lg]), 12)
    p.text(
        w / 2,
        hh - 12,
        fit(
            tr(
                lg,
                "The container was received/delivered in the condition noted above.",
                "Container im oben bezeichneten Zustand uebernommen/uebergeben.",
                "Conteneur recu/livre dans l'etat indique ci-dessus.",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
        "center",
    )
    return [p]


def tpl_pod(rng: random.Random, who: Issuer) -> list[Page]:
    """A haulier's delivery note signed as proof of delivery, on A5: the consignment, the
    packages delivered, the consignee's remarks by hand, stamp and signature."""
    sh = ship_of(who)
    h = head_of(who, "haulier", ["band", "split", "monogram", "centred"])
    lg = h.lang
    size = seeded(who, "podsize").choice([A5, A5, (mm * 210, mm * 148)])
    s = paper(who.style, size, margin=26, pt=8)
    w, hh = size
    m = s.margin
    d = on(rng)
    f = sheets(s, h)
    p = f.page
    title = tr(lg, "PROOF OF DELIVERY", "ABLIEFERNACHWEIS", "BORDEREAU DE LIVRAISON")
    p.text(m, f.y, title, s.bold, shrink(title, s.bold, 11, w / 2))
    p.text(w - m, f.y, serial(rng, "POD 9999999"), "Courier-Bold", 9, "right")
    f.y += 10
    to_port = sh.export and sh.mode != "road"
    dest = lines_of(head_of(who, "terminal")) if to_port else buyer_lines(sh)[:3]
    y = grid(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Deliver to", "Empfaenger", "Destinataire"), "\n".join(dest), 1.4),
            (
                tr(lg, "Consignment", "Sendung", "Expedition"),
                f"{sh.job}\n{date_text(d, lg, 'short')}",
                1,
            ),
        ],
        tall=50,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "From", "Absender", "Expediteur"), sh.exporter[0], 1.4),
            (
                tr(lg, "Vehicle / driver", "Fahrzeug / Fahrer", "Vehicule / chauffeur"),
                serial(rng, "AA99 AAA"),
                1,
            ),
        ],
        tall=24,
    )
    y += 14
    f.y = y
    cols = columns(m, w - m, [(0.8, "center"), (1, "left"), (3.5, "left"), (1, "right")])
    rows = [
        [
            str(rng.randint(1, 12)),
            tr(lg, "PLT", "Pal", "Pal"),
            rng.choice(sh.goods)[0],
            str(int(weight(rng, 50, 900))),
        ]
        for _ in range(rng.randint(1, 5))
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Qty", "Anz.", "Nb"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Description", "Inhalt", "Designation"),
            "kg",
        ],
        rows,
        s,
        size=7.5,
        rules=True,
    )
    p = f.page
    y = max(f.y + 8, hh - 150)
    p.text(
        m,
        y,
        tr(
            lg,
            "Received in good order and condition except as noted:",
            "Ware vollstaendig und ohne aeusserlich erkennbare Schaeden erhalten, ausser:",
            "Recu en bon etat sauf reserves ci-dessous :",
        ),
        s.font,
        7,
    )
    note = rng.choice(
        [
            "",
            "",
            "",
            tr(
                lg,
                "1 pallet crushed corner - accepted under reserve",
                "1 Palette Ecke eingedrueckt - unter Vorbehalt",
                "1 palette ecrasee - reserves",
            ),
            tr(lg, "2 cartons wet", "2 Kartons nass", "2 cartons mouilles"),
            tr(lg, "short 1 ctn", "1 Karton fehlt", "manque 1 carton"),
        ]
    )
    p.text(m + 4, y + 16, note, HAND, 9.5)
    p.line(m, y + 19, w - m, y + 19)
    p.line(m, y + 37, w - m, y + 37)
    y += 52
    p.text(m, y, tr(lg, "Name (capitals)", "Name (Druckbuchstaben)", "Nom (majuscules)"), s.font, 7)
    rec = rng.choice(PEOPLE[sh.lang])
    p.text(m + 80, y, rec.split()[-1].upper(), HAND, 9.5)
    p.text(m, y + 22, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7)
    sign(p, m + 80, y + 22, rec)
    p.text(m, y + 40, tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"), s.font, 7)
    p.text(
        m + 80,
        y + 40,
        f"{date_text(d + timedelta(days=rng.randint(0, 3)), lg, 'short')} "
        f"{rng.randint(7, 16)}:{rng.randint(10, 59)}",
        HAND,
        9,
    )
    if rng.random() < 0.6:
        stamp(
            p,
            w - m - 130,
            y - 12,
            [
                " ".join(dest[0].split()[:2]).upper()[:22],
                tr(sh.lang, "GOODS RECEIVED", "WARENEINGANG", "RECEPTION"),
                date_text(d + timedelta(days=1), sh.lang, "short"),
            ],
        )
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates U: the forwarder's bill, surveys, dangerous goods, the warehouse
# ---------------------------------------------------------------------------------------------


def tpl_freight_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The forwarder's invoice for the shipment: freight, handling, clearance fees and the
    duties paid out on the client's behalf, VAT and bank details; sometimes a schedule of the
    disbursements with the customs entries on a second page."""
    sh = ship_of(who)
    h = head_of(who, "forwarder")
    lg = h.lang
    s = paper(who.style, letter_size(who, lg), pt=min(who.style.size, 10))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    no = serial(rng, seeded(who, "fino").choice(["SI99999999", "RE-999999", "FA99-99999"]))
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    client = buyer_lines(sh)[:3] if not sh.export else firm_lines(sh.exporter)[:3]
    recipient(
        f,
        s,
        h,
        client,
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no),
            (tr(lg, "Job", "Auftrag", "Dossier"), sh.job),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client"), serial(seeded(who, "cust"), "99999")),
        ],
    )
    caption(f, s, title, 5)
    mode = {
        "sea": tr(lg, "Sea freight", "Seefracht", "Fret maritime"),
        "air": tr(lg, "Air freight", "Luftfracht", "Fret aerien"),
        "road": tr(lg, "Road freight", "Lkw-Transport", "Transport routier"),
    }[sh.mode]
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Shipment", "Sendung", "Expedition"), f"{mode} {sh.pol} - {sh.pod[0]}", 2),
            (
                tr(lg, "Packages / weight", "Colli / Gewicht", "Colis / poids"),
                f"{rng.randint(1, 30)} / {kg(weight(rng), lg)}",
                1,
            ),
            (
                tr(
                    lg, "Shipper / consignee", "Versender / Empfaenger", "Expediteur / destinataire"
                ),
                f"{sh.exporter[0]} / {sh.buyer[0]}",
                2.6,
            ),
        ],
        tall=28,
    )
    f.y += 18
    vat = {"en": 20, "de": 19, "fr": 20}[lg]
    names = tr(
        lg,
        "Ocean freight|Air freight|Road haulage to port|Terminal handling charges|Customs "
        "clearance (export)|Customs clearance (import)|Documentation fee|Bill of lading "
        "fee|Delivery to door|Fuel surcharge|Insurance premium|Port security (ISPS)|T1 transit "
        "guarantee",
        "Seefracht|Luftfracht|Vorlauf Lkw bis Hafen|THC "
        "Terminal|Ausfuhrabfertigung|Einfuhrabfertigung|Dokumentenpauschale|B/L-Gebuehr|Nachlauf "
        "frei Haus|Dieselzuschlag|Versicherungspraemie|ISPS-Zuschlag|T1 Versandverfahren",
        "Fret maritime|Fret aerien|Pre-acheminement routier|Manutention terminal "
        "(THC)|Dedouanement export|Dedouanement import|Frais de dossier|Frais de "
        "connaissement|Livraison domicile|Surcharge carburant|Prime d'assurance|Surete "
        "(ISPS)|Transit T1",
    ).split("|")
    rows = []
    net = taxed = 0.0
    drop = {"sea": {1}, "air": {0, 2, 7}, "road": {0, 1, 3, 7, 11}}[sh.mode]
    drop |= {5} if sh.export else {4}
    main_ = names[{"sea": 0, "air": 1, "road": 2}[sh.mode]]
    rest = [x for k, x in enumerate(names) if k not in drop and x != main_]
    for n_ in [main_, *rng.sample(rest, rng.randint(3, min(9, len(rest))))]:
        v = round(rng.uniform(25, 2400), 2)
        rate = rng.choice([0, vat]) if not sh.export else 0
        net += v
        taxed += v * rate / 100
        rows.append([n_, f"{rate}%", money(v, lg)])
    disb = []
    if not sh.export and rng.random() < 0.7:
        duty = round(rng.uniform(40, 6000), 2)
        ivat = round(rng.uniform(200, 14000), 2)
        disb = [
            (
                tr(
                    lg, "Import duty (disbursement)", "Zoll (Auslage)", "Droits de douane (debours)"
                ),
                duty,
            ),
            (
                tr(
                    lg,
                    "Import VAT (disbursement)",
                    "Einfuhrumsatzsteuer (Auslage)",
                    "TVA import (debours)",
                ),
                ivat,
            ),
        ]
        for t, v in disb:
            rows.append([t, "-", money(v, lg)])
            net += v
    cols = columns(m, w - m, [(5, "left"), (0.8, "right"), (1.5, "right")])
    cur = "GBP" if lg == "en" else "EUR"
    table(
        f,
        cols,
        [tr(lg, "Description", "Leistung", "Designation"), tr(lg, "VAT", "USt", "TVA"), cur],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.3,
    )
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y,
        [
            (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
            (tr(lg, f"VAT {vat}%", f"USt {vat}%", f"TVA {vat}%"), money(taxed, lg)),
            (
                tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"),
                f"{money(net + taxed, lg)} {cur}",
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    if sh.export:
        write(
            f,
            s,
            tr(
                lg,
                "Zero-rated: international transport (VAT Act 1994, Sch. 8 Group 7).",
                "Steuerfreie Leistung gemaess Paragraph 4 Nr. 3 UStG (grenzueberschreitende "
                "Befoerderung).",
                "Exoneration de TVA - article 262 I du CGI (transport international).",
            ),
            pt=s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due by {day(h, d + timedelta(days=30))} quoting the invoice number.",
            f"Zahlbar bis {day(h, d + timedelta(days=14))} ohne Abzug unter Angabe der "
            "Rechnungsnummer.",
            f"Payable a reception, au plus tard le {day(h, d + timedelta(days=30))}. Penalites de "
            "retard : 3 fois le taux d'interet legal ; indemnite forfaitaire pour frais de "
            "recouvrement : 40 EUR.",
        ),
        pt=s.size - 1,
    )
    pages = close(f.pages, s, h)
    if disb and rng.random() < 0.7:
        g = sheets(s, h, f"{h.name} - {title} {no}")
        caption(
            g,
            s,
            tr(
                lg,
                "Schedule of disbursements",
                "Aufstellung der verauslagten Eingangsabgaben",
                "Releve des debours",
            ),
            2,
        )
        g.page.text(
            m,
            g.y,
            f"{tr(lg, 'Invoice', 'Zu Rechnung', 'Facture')} {no} - {sh.buyer[0]}",
            s.font,
            s.size - 1,
        )
        g.y += 20
        drows = []
        for _ in range(rng.randint(1, 6)):
            drows.append(
                [
                    mrn(rng, lg, d),
                    date_text(d - timedelta(days=rng.randint(1, 9)), lg, "short"),
                    rng.choice(["A00", "B00"]),
                    money(rng.uniform(10, 4000), lg),
                ]
            )
        table(
            g,
            columns(m, w - m, [(3, "left"), (1.2, "left"), (0.8, "left"), (1.3, "right")]),
            [
                "MRN",
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Type", "Abgabe", "Taxe"),
                cur,
            ],
            drows,
            s,
            size=s.size - 1.5,
            rules=True,
        )
        g.y += 10
        write(
            g,
            s,
            tr(
                lg,
                "Paid through our duty deferment account on your behalf; the import VAT "
                "certificate (C79) will follow monthly.",
                "Die Abgaben wurden ueber unser Aufschubkonto entrichtet. Der "
                "Einfuhrabgabenbescheid liegt in Kopie bei.",
                "Droits et taxes acquittes pour votre compte via notre credit d'enlevement.",
            ),
            pt=s.size - 1,
        )
        pages += close(g.pages, s, h, numbers="none")
    return pages


def photo(p: Page, x: float, y: float, pw: float, ph: float, rng: random.Random) -> None:
    """A printed photograph: a grey frame with rough shapes of a damaged box or crate."""
    p.rect(x, y, pw, ph, fill=0.55)
    p.rect(x + 6, y + 6, pw - 12, ph - 12, fill=0.75)
    for _ in range(rng.randint(2, 4)):
        bx, by = x + rng.uniform(10, pw * 0.5), y + rng.uniform(10, ph * 0.5)
        p.rect(
            bx,
            by,
            rng.uniform(20, pw * 0.45),
            rng.uniform(15, ph * 0.4),
            fill=rng.choice([0.3, 0.45, 0.9]),
        )
    for _ in range(rng.randint(2, 5)):
        p.line(
            x + rng.uniform(0, pw),
            y + rng.uniform(0, ph),
            x + rng.uniform(0, pw),
            y + rng.uniform(0, ph),
        )


def tpl_survey_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A cargo surveyor's damage report: the report on the first page with the particulars,
    the attendance, findings and conclusions over one or two more, one or two photo sheets and
    sometimes the list of enclosures with the fee note."""
    sh = ship_of(who)
    h = head_of(who, "surveyor")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    ref = serial(rng, "S99/9999")
    title = tr(lg, "SURVEY REPORT", "HAVARIEZERTIFIKAT / SCHADENGUTACHTEN", "RAPPORT D'EXPERTISE")
    f = sheets(s, h, f"{title} {ref}")
    ins = head_of(who, "insurer")
    recipient(
        f,
        s,
        h,
        lines_of(ins),
        d,
        [
            (tr(lg, "Our ref", "Unser Az.", "Notre ref."), ref),
            (tr(lg, "Your claim", "Ihr Schaden-Nr.", "Votre sinistre"), serial(rng, "CL-99999")),
        ],
    )
    caption(f, s, title, 4)
    f.page.text(
        m,
        f.y - 6,
        tr(lg, "Issued without prejudice", "Ohne Praejudiz", "Sous toutes reserves"),
        italic_of(s),
        s.size - 1,
    )
    f.y += 10
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Consignment", "Sendung", "Marchandise"), rng.choice(sh.goods)[0]),
                (tr(lg, "Shipper", "Versender", "Expediteur"), sh.exporter[0]),
                (tr(lg, "Consignee", "Empfaenger", "Destinataire"), sh.buyer[0]),
                (
                    tr(lg, "Conveyance", "Transportmittel", "Transport"),
                    {
                        "sea": f"{sh.vessel} {sh.voyage}",
                        "air": "AIR",
                        "road": head_of(who, "haulier").name,
                    }[sh.mode],
                ),
                (
                    tr(lg, "Container", "Container", "Conteneur"),
                    sh.boxes[0] if sh.mode == "sea" else "-",
                ),
                (tr(lg, "Date of survey", "Besichtigung am", "Date de l'expertise"), day(h, d)),
                (
                    tr(lg, "Place of survey", "Ort", "Lieu"),
                    sh.buyer[2] if not sh.export else head_of(who, "warehouse").town,
                ),
            ],
            w - m - 60,
        )
        + 10
    )
    for sec in (
        tr(lg, "Attendance", "Besichtigung", "Constatations"),
        tr(lg, "Findings", "Befund", "Dommages constates"),
        tr(lg, "Cause of damage", "Schadenursache", "Cause des dommages"),
        tr(lg, "Conclusions", "Ergebnis", "Conclusions"),
    ):
        f.heading(m, sec, s.bold, s.size + 1)
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, 2, 5))
    f.need(100)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 6,
            [
                (
                    tr(lg, "Estimated loss", "Geschaetzter Schaden", "Montant estime"),
                    f"{money(rng.uniform(300, 40000), lg)} {'GBP' if lg == 'en' else 'EUR'}",
                ),
                (tr(lg, "Salvage", "Restwert", "Sauvetage"), money(rng.uniform(0, 500), lg)),
            ],
            w / 2 + 60,
        )
        + 10
    )
    regards(
        f, s, lg, staff(who, "surv", lg), tr(lg, "Surveyor", "Sachverstaendiger", "Expert maritime")
    )
    pages = f.pages
    for sheet in range(rng.choice([1, 1, 2])):
        f.new_page()
        q = f.page
        q.text(
            m,
            f.y + 4,
            tr(lg, "PHOTOGRAPHS", "FOTODOKUMENTATION", "PLANCHE PHOTOGRAPHIQUE") + f" {sheet + 1}",
            s.bold,
            s.size + 1,
        )
        y = f.y + 24
        per = rng.choice([2, 4])
        pw = (w - 2 * m - 16) / (1 if per == 2 else 2)
        ph = (f.bottom - y - 40) / 2 - 26
        for k in range(per):
            col, row = (0, k) if per == 2 else (k % 2, k // 2)
            x = m + col * (pw + 16)
            yy = y + row * (ph + 30)
            photo(q, x, yy, pw, ph, rng)
            q.text(
                x,
                yy + ph + 12,
                fit(f"{sheet * per + k + 1}. {rng.choice(SHOTS[lg])}", s.font, s.size - 1.5, pw),
                s.font,
                s.size - 1.5,
            )
    if rng.random() < 0.4:
        f.new_page()
        caption(f, s, tr(lg, "Enclosures", "Anlagen", "Pieces jointes"), 1)
        for k, t in enumerate(
            rng.sample(
                tr(
                    lg,
                    "Copy bill of lading|Copy commercial invoice|Delivery receipt with "
                    "remarks|Letter of protest to carrier|Photographs|Fee note",
                    "Kopie Konnossement|Kopie Handelsrechnung|Ablieferbeleg mit "
                    "Vermerk|Reklamation an Frachtfuehrer|Fotos|Kostennote",
                    "Copie connaissement|Copie facture|Bon de livraison avec reserves|Lettre de "
                    "reserves au transporteur|Photos|Note d'honoraires",
                ).split("|"),
                4,
            ),
            1,
        ):
            write(f, s, f"{k}. {t}", indent=12)
        f.y += 20
        caption(f, s, tr(lg, "Fee note", "Kostennote", "Note d'honoraires"), 0.5)
        fee = rng.uniform(250, 900)
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(
                        lg,
                        "Attendance and report",
                        "Besichtigung und Gutachten",
                        "Vacation et rapport",
                    ),
                    money(fee, lg),
                ),
                (tr(lg, "Travel", "Fahrtkosten", "Deplacement"), money(rng.uniform(20, 120), lg)),
            ],
            w / 2 + 60,
        )
    covers = []
    if rng.random() < 0.3:
        c = Page(A4)
        heading(c, s, h)
        c.text(w / 2, 250, title, s.bold, shrink(title, s.bold, 18, w - 2 * m), "center")
        c.text(
            w / 2,
            280,
            f"{tr(lg, 'Our ref', 'Unser Az.', 'Notre ref.')} {ref}",
            s.font,
            11,
            "center",
        )
        goods = rng.choice(sh.goods)[0]
        c.text(w / 2, 320, fit(goods, s.font, 12, w - 2 * m), s.font, 12, "center")
        c.text(w / 2, 338, f"{sh.exporter[0]} - {sh.buyer[0]}", s.font, 10, "center")
        c.text(
            w / 2, 430, tr(lg, "Prepared for", "Erstellt fuer", "Etabli pour"), s.font, 9, "center"
        )
        c.text(w / 2, 446, ins.name, s.bold, 11, "center")
        c.text(w / 2, 480, day(h, d), s.font, 10, "center")
        c.text(
            w / 2, 720, tr(lg, "CONFIDENTIAL", "VERTRAULICH", "CONFIDENTIEL"), s.bold, 9, "center"
        )
        covers = [c]
    return covers + close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [h.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )


SHOTS = {
    "en": [
        "Container doors on opening, cargo shifted",
        "Crushed corner of crate no. 4",
        "Wet staining to cartons, lower tier",
        "Broken lashing strap",
        "Pallet collapsed under load",
        "Seal number as found",
        "Damaged unit, close-up",
        "Overview of consignment in warehouse",
    ],
    "de": [
        "Containertueren bei Oeffnung, Ladung verrutscht",
        "Eingedrueckte Ecke Kiste Nr. 4",
        "Naessespuren an Kartons, untere Lage",
        "Gerissener Zurrgurt",
        "Palette unter Last gebrochen",
        "Plombe bei Ankunft",
        "Beschaedigtes Teil, Detail",
        "Uebersicht der Sendung im Lager",
    ],
    "fr": [
        "Ouverture des portes, marchandise desarrimee",
        "Angle ecrase caisse n. 4",
        "Traces d'humidite sur cartons, rang inferieur",
        "Sangle d'arrimage rompue",
        "Palette effondree",
        "Scelle a l'arrivee",
        "Piece endommagee, detail",
        "Vue d'ensemble de l'expedition en entrepot",
    ],
}


def short_name(name: str, n: int) -> str:
    """``name`` in capitals, cut after the last whole word that fits in ``n`` characters."""
    out = ""
    for x in name.upper().split():
        if len(out) + len(x) + 1 > n:
            break
        out = f"{out} {x}".strip()
    return out


def place_of(town: str) -> str:
    """The town's name without its postcode."""
    return " ".join(x for x in town.split() if not any(c.isdigit() for c in x))


def italic_of(s: Style) -> str:
    return {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}.get(
        s.font, "Courier-Oblique"
    )


UN = [
    ("UN1263", "PAINT", "3", "II", "23 C"),
    ("UN1993", "FLAMMABLE LIQUID, N.O.S. (ethanol, acetone)", "3", "II", "12 C"),
    ("UN3082", "ENVIRONMENTALLY HAZARDOUS SUBSTANCE, LIQUID, N.O.S.", "9", "III", ""),
    ("UN1950", "AEROSOLS, flammable", "2.1", "", ""),
    ("UN3480", "LITHIUM ION BATTERIES", "9", "", ""),
    ("UN1760", "CORROSIVE LIQUID, N.O.S. (phosphoric acid)", "8", "III", ""),
    ("UN1170", "ETHANOL SOLUTION", "3", "II", "18 C"),
]


def tpl_dg_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The exporter's dangerous goods note (multimodal dangerous goods form, declaration de
    marchandises dangereuses): parties, the dangerous goods lines with UN number, class and
    packing group, the shipper's declaration and the container packing certificate; a
    continuation sheet when the lines run over."""
    sh = ship_of(who)
    h = head_of(who, "exporter")
    lg = h.lang
    s = paper(who.style, A4, margin=30, pt=8)
    w, hh = A4
    m = s.margin
    d = on(rng)
    title = tr(
        lg,
        "DANGEROUS GOODS NOTE",
        "MULTIMODALES GEFAHRGUTFORMULAR",
        "DECLARATION DE MARCHANDISES DANGEREUSES",
    )
    lines = [rng.choice(UN) for _ in range(rng.choice([1, 2, 3, 5, 9, 14]))]
    pages = []
    p = Page(A4)
    pages.append(p)
    p.text(m, 34, title, "Helvetica-Bold", shrink(title, "Helvetica-Bold", 13, w - 2 * m - 100))
    p.text(w - m, 34, "IMDG / ADR / IATA", "Helvetica", 8, "right")
    half = (w - 2 * m) / 2
    y = grid(
        p,
        s,
        m,
        44,
        half,
        [
            (
                "1  " + tr(lg, "Shipper / consignor", "Versender", "Expediteur"),
                "\n".join(firm_lines(sh.exporter)[:3]),
                1,
            )
        ],
        tall=56,
    )
    grid(
        p,
        s,
        m + half,
        44,
        half,
        [
            (
                "2  "
                + tr(lg, "Transport document no.", "Befoerderungspapier Nr.", "N. du document"),
                serial(rng, "999999999"),
                1,
            ),
            ("3  " + tr(lg, "Page", "Seite", "Page"), "1", 0.4),
        ],
        tall=28,
    )
    grid(
        p,
        s,
        m + half,
        72,
        half,
        [
            ("4  " + tr(lg, "Shipper's reference", "Referenz", "Ref. expediteur"), sh.job, 1),
            (
                "5  " + tr(lg, "Forwarder's ref", "Spediteur-Ref.", "Ref. transitaire"),
                serial(rng, "LF9999999"),
                1,
            ),
        ],
        tall=28,
    )
    y = grid(
        p,
        s,
        m,
        y,
        half,
        [
            (
                "6  " + tr(lg, "Consignee", "Empfaenger", "Destinataire"),
                "\n".join(buyer_lines(sh)[:3]),
                1,
            )
        ],
        tall=56,
    )
    grid(
        p,
        s,
        m + half,
        y - 56,
        half,
        [
            (
                "7  " + tr(lg, "Carrier", "Befoerderer", "Transporteur"),
                head_of(who, "line").name if sh.mode != "air" else head_of(who, "airline").name,
                1,
            )
        ],
        tall=56,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("8  " + tr(lg, "Vessel / flight", "Schiff / Flug", "Navire / vol"), sh.vessel, 1),
            ("9  " + tr(lg, "Port of loading", "Ladehafen", "Port de chargement"), sh.pol, 1),
            (
                "10  " + tr(lg, "Port of discharge", "Loeschhafen", "Port de dechargement"),
                sh.pod[0],
                1,
            ),
        ],
        tall=28,
    )
    y += 14
    cols = columns(
        m,
        w - m,
        [
            (0.9, "left"),
            (4, "left"),
            (0.6, "center"),
            (0.6, "center"),
            (0.8, "left"),
            (1, "right"),
            (1, "right"),
        ],
    )
    heads = [
        "UN No.",
        tr(
            lg,
            "Proper shipping name, packages",
            "Offizielle Benennung, Verpackung",
            "Designation officielle, emballage",
        ),
        tr(lg, "Class", "Klasse", "Classe"),
        "PG",
        tr(lg, "Flash pt", "Flammpkt", "Pt eclair"),
        tr(lg, "Net kg", "Netto kg", "Net kg"),
        tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
    ]

    def dg_head(pg: Page, yy: float) -> float:
        for c, t in zip(cols, heads, strict=True):
            pg.text(
                c[1] if c[2] == "right" else c[0],
                yy,
                fit(t, s.bold, 7, c[1] - c[0]),
                s.bold,
                7,
                "right" if c[2] == "right" else "left",
            )
        pg.line(m, yy + 4, w - m, yy + 4)
        return yy + 16

    y = dg_head(p, y)
    first = lines[:6]
    for un in first:
        net = weight(rng, 5, 900)
        vals = [
            un[0],
            f"{rng.randint(1, 40)} x {rng.choice(['4G', '1A1', '3H1', '4GV'])} {un[1]}",
            un[2],
            un[3],
            un[4],
            money(net, "en")[:-1],
            money(net * 1.1, "en")[:-1],
        ]
        for c, t in zip(cols, vals, strict=True):
            p.text(
                c[1] if c[2] == "right" else c[0],
                y,
                fit(t, "Courier", 7.5, c[1] - c[0] - 2),
                "Courier",
                7.5,
                "right" if c[2] == "right" else "left",
            )
        y += 14
    if len(lines) > 6:
        p.text(
            cols[1][0],
            y + 4,
            tr(
                lg,
                "continued on continuation sheet",
                "Fortsetzung auf Folgeblatt",
                "suite sur feuille annexe",
            ),
            "Courier-Bold",
            7.5,
        )
    y = max(y + 20, 430.0)
    decl = tr(
        lg,
        "I hereby declare that the contents of this consignment are fully and accurately "
        "described above by the proper shipping name, and are classified, packaged, marked and "
        "labelled/placarded and are in all respects in proper condition for transport according "
        "to the applicable international and national governmental regulations.",
        "Hiermit erklaere ich, dass der Inhalt dieser Sendung mit der offiziellen Benennung "
        "vollstaendig und genau bezeichnet ist und dass er nach den geltenden internationalen "
        "und nationalen Vorschriften klassifiziert, verpackt, markiert und bezettelt ist und "
        "sich in befoerderungsfaehigem Zustand befindet.",
        "Je declare que le contenu de ce chargement est decrit ci-dessus de facon complete et "
        "exacte par la designation officielle de transport, et qu'il est classe, emballe, marque "
        "et etiquete conformement a la reglementation internationale et nationale applicable.",
    )
    half2 = (w - 2 * m) / 2
    p.rect(m, y, half2, hh - 60 - y)
    p.rect(m + half2, y, half2, hh - 60 - y)
    p.text(
        m + 4,
        y + 9,
        tr(
            lg,
            "11  Container / vehicle packing certificate",
            "11  Container-/Fahrzeugpackzertifikat",
            "11  Certificat d'empotage",
        ),
        s.bold,
        6.5,
    )
    p.text(
        m + half2 + 4,
        y + 9,
        tr(
            lg,
            "12  Shipper's declaration",
            "12  Erklaerung des Versenders",
            "12  Declaration de l'expediteur",
        ),
        s.bold,
        6.5,
    )
    yy = y + 22
    for ln in wrap(decl, s.font, 6.3, half2 - 10):
        p.text(m + half2 + 5, yy, ln, s.font, 6.3)
        yy += 7.5
    sign(p, m + half2 + 20, yy + 30, staff(who, "dgsafe", lg))
    p.text(
        m + half2 + 5,
        yy + 44,
        f"{staff(who, 'dgsafe', lg)}, {date_text(d, lg, 'short')}",
        s.font,
        7,
    )
    yy = y + 22
    for ln in wrap(
        tr(
            lg,
            "I hereby declare that the goods described above have been packed/loaded into the "
            "container identified below in accordance with the applicable provisions.",
            "Ich erklaere, dass die oben beschriebenen Gueter gemaess den geltenden Vorschriften "
            "in den nachstehend genannten Container gepackt wurden.",
            "Je certifie que les marchandises decrites ci-dessus ont ete empotees dans le "
            "conteneur identifie ci-dessous conformement aux dispositions applicables.",
        ),
        s.font,
        6.3,
        half2 - 10,
    ):
        p.text(m + 5, yy, ln, s.font, 6.3)
        yy += 7.5
    p.text(
        m + 5,
        yy + 14,
        f"{tr(lg, 'Container', 'Container', 'Conteneur')}: {sh.boxes[0]}",
        "Courier",
        8,
    )
    p.text(
        m + 5,
        yy + 26,
        f"{tr(lg, 'Seal', 'Plombe', 'Scelle')}: {serial(rng, 'SL9999999')}",
        "Courier",
        8,
    )
    if rng.random() < 0.7:
        sign(p, m + 20, yy + 56, rng.choice(PEOPLE[lg]))
    if len(lines) > 6:
        q = Page(A4)
        pages.append(q)
        q.text(
            m,
            34,
            tr(
                lg,
                "DANGEROUS GOODS NOTE - CONTINUATION SHEET",
                "GEFAHRGUTFORMULAR - FOLGEBLATT",
                "DMD - FEUILLE DE SUITE",
            ),
            "Helvetica-Bold",
            11,
        )
        q.text(w - m, 34, tr(lg, "Page 2", "Seite 2", "Page 2"), "Helvetica", 8, "right")
        yy = dg_head(q, 60)
        for un in lines[6:]:
            net = weight(rng, 5, 900)
            vals = [
                un[0],
                f"{rng.randint(1, 40)} x {rng.choice(['4G', '1A1', '3H1'])} {un[1]}",
                un[2],
                un[3],
                un[4],
                money(net, "en")[:-1],
                money(net * 1.1, "en")[:-1],
            ]
            for c, t in zip(cols, vals, strict=True):
                q.text(
                    c[1] if c[2] == "right" else c[0],
                    yy,
                    fit(t, "Courier", 7.5, c[1] - c[0] - 2),
                    "Courier",
                    7.5,
                    "right" if c[2] == "right" else "left",
                )
            yy += 14
        sign(q, w - m - 150, yy + 40, staff(who, "dgsafe", lg))
    return pages


def tpl_goods_received(rng: random.Random, who: Issuer) -> list[Page]:
    """A bonded warehouse's goods received note: the delivery, a tally of the pieces received
    by hand against the advice, condition ticks, the bay location and the warehouse keeper's
    signature."""
    sh = ship_of(who)
    h = head_of(who, "warehouse")
    lg = h.lang
    s = paper(
        who.style, A4 if seeded(who, "grnsize").random() < 0.6 else landscape(A5), margin=30, pt=8.5
    )
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    f = sheets(s, h)
    p = f.page
    title = tr(lg, "GOODS RECEIVED NOTE", "WARENEINGANGSMELDUNG", "BON DE RECEPTION")
    p.text(m, f.y, title, s.bold, 11)
    p.text(w - m, f.y, serial(rng, "GRN 999999"), "Courier-Bold", 9, "right")
    f.y += 10
    f.y = grid(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Date received", "Eingangsdatum", "Date de reception"),
                date_text(d, lg, "short"),
                1,
            ),
            (
                tr(lg, "Delivered by", "Angeliefert durch", "Livre par"),
                head_of(who, "haulier").name,
                1.6,
            ),
            (tr(lg, "Vehicle", "Fahrzeug", "Vehicule"), serial(rng, "AA99 AAA"), 0.8),
            (
                tr(lg, "Customs status", "Zollstatus", "Statut douanier"),
                rng.choice(
                    [
                        "T1",
                        tr(lg, "bonded", "Zolllager", "sous douane"),
                        tr(lg, "cleared", "verzollt", "dedouane"),
                    ]
                ),
                0.9,
            ),
        ],
        tall=26,
        hand=rng.random() < 0.5,
    )
    f.y = grid(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Depositor", "Einlagerer", "Deposant"), head_of(who, "forwarder").name, 1.6),
            (tr(lg, "Reference", "Referenz", "Reference"), sh.job, 1),
            (
                tr(lg, "Container", "Container", "Conteneur"),
                sh.boxes[0] if sh.mode == "sea" else "-",
                1,
            ),
        ],
        tall=26,
    )
    f.y += 16
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (3.2, "left"),
            (0.8, "right"),
            (0.8, "right"),
            (0.9, "center"),
            (1, "left"),
        ],
    )
    rows = []
    for _ in range(rng.randint(2, 9 if hh > 500 else 4)):
        adv = rng.randint(1, 24)
        rows.append(
            [
                f"{sh.buyer[0].split()[0].upper()} {rng.randint(1, 40)}",
                rng.choice(sh.goods)[0],
                str(adv),
                "",
                "",
                f"{rng.choice('ABCDEF')}{rng.randint(1, 40):02d}-{rng.randint(1, 5)}",
            ]
        )
    y0 = f.y
    table(
        f,
        cols,
        [
            tr(lg, "Marks", "Markierung", "Marques"),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Advised", "Avisiert", "Annonce"),
            tr(lg, "Received", "Erhalten", "Recu"),
            tr(lg, "Cond. OK", "Zustand OK", "Etat OK"),
            tr(lg, "Location", "Lagerplatz", "Emplacement"),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=2.0,
    )
    for k, r in enumerate(rows):
        yy = y0 + 8 * 1.9 + 16 * k
        got_ = int(r[2]) - (1 if rng.random() < 0.15 else 0)
        p.text(cols[3][1], yy, str(got_), HAND, 9.5, "right")
        box(p, (cols[4][0] + cols[4][1]) / 2 - 4, yy, got_ == int(r[2]), 8)
    f.y += 14
    f.need(80)
    p = f.page
    p.text(m, f.y, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.font, 7)
    p.text(m + 60, f.y, rng.choice(["", words(rng, lg, 6)]), HAND, 9)
    p.line(m + 55, f.y + 3, w - m, f.y + 3)
    f.y += 30
    p.text(m, f.y, tr(lg, "Warehouse keeper", "Lagermeister", "Magasinier"), s.font, 7)
    sign(p, m + 80, f.y, staff(who, "wh", lg))
    p.text(w / 2, f.y, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 7)
    sign(p, w / 2 + 50, f.y, rng.choice(PEOPLE["en"] + PEOPLE[lg]))
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_U: dict[str, Template] = {
    "commercial_invoice": tpl_commercial_invoice,
    "packing_list": tpl_packing_list,
    "instruction": tpl_sli,
    "cmr": tpl_cmr,
    "bill_of_lading": tpl_bill_of_lading,
    "air_waybill": tpl_air_waybill,
    "booking": tpl_booking,
    "arrival_notice": tpl_arrival_notice,
    "export_declaration": tpl_export_declaration,
    "duty_notice": tpl_duty_notice,
    "customs_letter": tpl_customs_letter,
    "origin_certificate": tpl_certificate_of_origin,
    "insurance_certificate": tpl_insurance_certificate,
    "lc_advice": tpl_lc_advice,
    "vgm_ticket": tpl_vgm_ticket,
    "interchange_receipt": tpl_eir,
    "proof_of_delivery": tpl_pod,
    "freight_invoice": tpl_freight_invoice,
    "survey_report": tpl_survey_report,
    "dg_note": tpl_dg_note,
    "goods_received": tpl_goods_received,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "cmr",
    "air_waybill",
    "vgm_ticket",
    "interchange_receipt",
    "proof_of_delivery",
    "goods_received",
)
#: A kind often followed by a related kind about the same shipment from another sender.
FOLLOWS = {
    "lc_advice": "commercial_invoice",
    "commercial_invoice": "origin_certificate",
    "instruction": "booking",
    "booking": "vgm_ticket",
    "bill_of_lading": "arrival_notice",
    "export_declaration": "cmr",
    "proof_of_delivery": "survey_report",
    "duty_notice": "freight_invoice",
    "customs_letter": "commercial_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_urn_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; a letter of credit advice is followed by the
    commercial invoice, an invoice by the certificate of origin, a letter of instruction by the
    booking confirmation, a booking by the VGM ticket, a bill of lading by the arrival notice,
    an export accompanying document by the CMR, a proof of delivery by the survey report, a
    duty notice by the freight invoice and a customs letter by the commercial invoice, each
    with probability 0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_U, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_urn_stream, "templates U")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

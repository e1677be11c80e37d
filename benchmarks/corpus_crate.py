"""Crate part of the generated corpus: templates N, written blind for the next measurement.

A fourteenth part, ``crate``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the paperwork of small farms,
charities, clubs, landlords, self-employed trades and public bodies fed through a scanner in
one go: farm subsidy payment statements (or a German Zahlungsmitteilung Agrarfoerderung, a
French avis de paiement PAC), dairy milk payment statements (or a German Milchgeldabrechnung),
cattle movement cards, bovine TB test charts, agricultural merchant invoices with their
weighbridge / delivery tickets, volunteer agreements with the role description, charity grant
award letters with conditions and an end-of-grant monitoring form, event risk assessments on
landscape A4, club trip consent forms with the kit list, club annual accounts with the
independent examiner's report, street collection permits, library / village hall room booking
confirmations, food bank referral vouchers, landlord electrical safety inspection reminders,
electrical installation condition reports with the schedule of test results, tenancy deposit
return breakdowns, pages torn from a tradesman's duplicate invoice book, party wall awards with
the schedule of condition, motor collision report forms (or a French constat amiable) and
official statistics survey letters (ONS, a German Mikrozensus, a French enquete INSEE). Some
senders write in German or French; page sizes range from A6 vouchers through A5 to A4, Letter
and landscape A4.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page kinds such as milk
statements, cattle movement cards, room bookings, food bank vouchers, safety reminders and
invoice book pages often come 2-4 in a row from one sender, and companions: a safety reminder
is often followed by the electrical report, a street collection permit by the event risk
assessment, a cattle movement card by the TB test chart, a grant award by the volunteer
agreement, a farm subsidy statement by the merchant invoice. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with
``"split": "crate"`` and seeds offset by 1_300_000.

Usage: ``python benchmarks/corpus_crate.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/crate/crate_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, A6, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    Flow,
    box,
    columns,
    date_text,
    fit,
    foot_and_number,
    italic,
    money,
    pairs,
    part_generate,
    part_main,
    running_header,
    shrink,
    table,
    text_block,
    tr,
    wrap,
)
from corpus_kit import address as envelope
from corpus_kit import currency as ccy

PART = "crate"
SEED_OFFSET = 1_300_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

# Sender rows: name, language, first address line, second address line, telephone.
Row = tuple[str, str, str, str, str]
SENDERS: dict[str, list[Row]] = {
    "paying": [
        ("Rural Payments Agency", "en", "PO Box 352", "Worksop S80 9FG", "03000 200 301"),
        (
            "Welsh Government - Rural Payments Wales",
            "en",
            "Rhodfa Padarn, Llanbadarn Fawr",
            "Aberystwyth SY23 3UR",
            "0300 062 5004",
        ),
        (
            "Landwirtschaftskammer Niedersachsen - Bewilligungsstelle",
            "de",
            "Mars-la-Tour-Strasse 1-13",
            "26121 Oldenburg",
            "0441 801-0",
        ),
        (
            "Agence de Services et de Paiement - DR Bretagne",
            "fr",
            "2 rue de la Mabilais",
            "35044 Rennes Cedex",
            "02 99 87 50 00",
        ),
    ],
    "dairy": [
        ("Vale Milk Co-operative Ltd", "en", "Creamery Lane", "Sturminster Newton DT10 1AA", ""),
        ("Cheshire Dairy Partners", "en", "Woodlands Park", "Nantwich CW5 6NT", "01270 611 400"),
        ("Molkerei Ammerland eG", "de", "Oldenburger Landstrasse 1", "26683 Saterland", ""),
    ],
    "cattle": [
        (
            "British Cattle Movement Service",
            "en",
            "Curwen Road",
            "Workington CA14 2DD",
            "0345 050 1234",
        ),
        (
            "Animal and Plant Health Agency",
            "en",
            "Woodham Lane, New Haw",
            "Addlestone KT15 3NB",
            "03000 200 301",
        ),
    ],
    "vetfarm": [
        ("Blackmore Vale Farm Vets", "en", "Station Yard", "Sherborne DT9 3NL", "01935 812 120"),
        ("Weaver Valley Livestock Vets", "en", "Beam Heath", "Nantwich CW5 6PQ", "01270 626 000"),
    ],
    "merchant": [
        (
            "Mole Valley Farmers Ltd",
            "en",
            "Station Road",
            "South Molton EX36 3BH",
            "01769 576 300",
        ),
        ("Harpers Feeds & Seeds", "en", "Mill Yard", "Gillingham SP8 4QR", "01747 822 910"),
        (
            "Raiffeisen Warengenossenschaft Weser-Ems",
            "de",
            "Hafenstrasse 8",
            "26655 Westerstede",
            "",
        ),
        (
            "Cooperative Triskalia - Depot de Landivisiau",
            "fr",
            "ZA de Kerven",
            "29400 Landivisiau",
            "",
        ),
    ],
    "charity": [
        ("Lowfield Community Larder", "en", "St Barnabas Hall, Union Street", "Oldham OL1 1DJ", ""),
        ("The Riverbank Trust", "en", "12 Water Lane", "Shrewsbury SY1 2PW", "01743 359 420"),
        ("Friends of Ashdown Common", "en", "c/o The Old Forge", "Forest Row RH18 5EY", ""),
        ("Tafel Oldenburg e.V.", "de", "Bremer Strasse 44", "26135 Oldenburg", ""),
    ],
    "funder": [
        (
            "The Hartwell Community Foundation",
            "en",
            "Unit 3, The Maltings",
            "Bury St Edmunds IP33 1BD",
            "01284 700 220",
        ),
        (
            "National Lottery Community Fund",
            "en",
            "Apex House, 3 Embassy Drive",
            "Birmingham B15 1TR",
            "0345 410 2030",
        ),
        ("Sparkassenstiftung Ammerland", "de", "Lange Strasse 5", "26655 Westerstede", ""),
    ],
    "club": [
        ("Sherborne Young Farmers' Club", "en", "c/o Kingston Farm", "Sherborne DT9 4LN", ""),
        ("1st Nantwich Scout Group", "en", "Scout Hut, Welsh Row", "Nantwich CW5 5EW", ""),
        (
            "Ashdown Striders Running Club",
            "en",
            "Clubhouse, Station Road",
            "Forest Row RH18 5DW",
            "",
        ),
        ("Turnverein Rastede von 1882 e.V.", "de", "Muehlenstrasse 20", "26180 Rastede", ""),
    ],
    "council": [
        (
            "Dorset Council - Licensing Team",
            "en",
            "County Hall, Colliton Park",
            "Dorchester DT1 1XJ",
            "01305 221 000",
        ),
        (
            "Cheshire East Council - Licensing",
            "en",
            "Municipal Buildings, Earle Street",
            "Crewe CW1 2BJ",
            "0300 123 5015",
        ),
        (
            "Wealden District Council - Licensing",
            "en",
            "Vicarage Lane",
            "Hailsham BN27 2AX",
            "01323 443 322",
        ),
    ],
    "venue": [
        ("Sherborne Library", "en", "Hound Street", "Sherborne DT9 3AA", "01935 812 683"),
        ("Forest Row Village Hall", "en", "Lewes Road", "Forest Row RH18 5ES", ""),
        ("Nantwich Civic Hall", "en", "Market Street", "Nantwich CW5 5DG", "01270 628 633"),
        ("Stadtbibliothek Oldenburg", "de", "Peterstrasse 3", "26121 Oldenburg", "0441 235-3010"),
    ],
    "landlord": [
        ("Mr & Mrs D. Penhaligon", "en", "Tregarth, Church Road", "Sherborne DT9 3PL", ""),
        ("Castlegate Lettings", "en", "18 Cheap Street", "Sherborne DT9 3PX", "01935 816 900"),
        ("Hollins Property Management", "en", "4 Hospital Street", "Nantwich CW5 5RH", ""),
        ("Weald Homes Lettings Ltd", "en", "The Square", "Forest Row RH18 5ES", "01342 822 700"),
    ],
    "electrician": [
        ("G. Trevelyan Electrical", "en", "Unit 2, Coldharbour", "Sherborne DT9 4JW", ""),
        ("Brightwire Electrical Services Ltd", "en", "9 Beam Street", "Nantwich CW5 5LY", ""),
        ("A. Okonkwo Electrical Contractor", "en", "23 Priory Road", "Forest Row RH18 5HP", ""),
    ],
    "trade": [
        ("K. Morrow - Plumbing & Heating", "en", "7 Acreman Street", "Sherborne DT9 3NX", ""),
        ("Dave Pugh Fencing & Groundwork", "en", "Hill Farm Cottages", "Wrenbury CW5 8HG", ""),
        ("S. Bhatt Decorators", "en", "41 Hartfield Road", "Forest Row RH18 5DN", ""),
        ("Malerbetrieb Henning Ahlers", "de", "Am Delfter Tor 4", "26180 Rastede", ""),
    ],
    "surveyor": [
        (
            "Pargeter & Lowe Chartered Surveyors",
            "en",
            "3 Newland",
            "Sherborne DT9 3JG",
            "01935 817 455",
        ),
        ("Weald Party Wall Consultants", "en", "Lower Road", "East Grinstead RH19 3TU", ""),
    ],
    "insurer": [
        (
            "Shire Mutual Motor Claims",
            "en",
            "PO Box 810",
            "Stoke-on-Trent ST4 4EE",
            "0345 600 4242",
        ),
        (
            "Avenir Assurances - Service Sinistres Auto",
            "fr",
            "14 boulevard de la Liberte",
            "35000 Rennes",
            "02 99 31 20 00",
        ),
        ("Dorset Police - Collision Unit", "en", "Winfrith", "Dorchester DT2 8DZ", "101"),
    ],
    "stats": [
        (
            "Office for National Statistics",
            "en",
            "Government Buildings, Cardiff Road",
            "Newport NP10 8XG",
            "0800 298 5313",
        ),
        (
            "Landesamt fuer Statistik Niedersachsen",
            "de",
            "Goettingen Chaussee 76",
            "30453 Hannover",
            "0511 9898-0",
        ),
        (
            "INSEE - Direction regionale de Bretagne",
            "fr",
            "36 place du Colombier",
            "35082 Rennes Cedex",
            "02 99 29 33 33",
        ),
    ],
}
#: Senders that print no registration footer.
NO_FOOT = {"paying", "cattle", "council", "venue", "stats", "club", "landlord", "charity"}
FOLK = {
    "en": [
        "Gwen Treloar",
        "Harry Ashby",
        "Bethan Lloyd",
        "Samuel Okoro",
        "Megan Hurst",
        "Rory McAllister",
        "Farida Begum",
        "Tom Yeoman",
        "Alison Coombes",
        "Kwame Asante",
        "Hollie Partridge",
        "Joe Brindley",
    ],
    "de": ["Hauke Janssen", "Frauke Eilers", "Deniz Kaya", "Gerd Oltmanns", "Imke Bruns"],
    "fr": ["Yann Le Goff", "Soizic Tanguy", "Malik Haddou", "Gwenaelle Morvan", "Pierre Quere"],
}
FARMS = {
    "en": [
        "Kingston Farm",
        "Higher Bagber Farm",
        "Brook House Farm",
        "Coldharbour Farm",
        "Wrenbury Heath Farm",
        "Ashdown Park Farm",
    ],
    "de": ["Hof Janssen", "Hof Oltmanns GbR", "Eilers Milchvieh KG"],
    "fr": ["GAEC de Kerhuel", "EARL du Menez", "Ferme de Lannuzel"],
}
PLACES = {
    "en": [
        ("Kingston Lane", "Sherborne DT9 4LN"),
        ("Bagber Lane", "Sturminster Newton DT10 2HA"),
        ("Welsh Row", "Nantwich CW5 5ED"),
        ("Wrenbury Road", "Wrenbury CW5 8EY"),
        ("Hartfield Road", "Forest Row RH18 5DR"),
        ("Cheap Street", "Sherborne DT9 3PU"),
    ],
    "de": [("Dorfstrasse", "26180 Rastede"), ("Am Moor", "26655 Westerstede")],
    "fr": [("Lieu-dit Kerhuel", "29400 Landivisiau"), ("rue de Brest", "29400 Landivisiau")],
}
WORDS = {
    "en": "the of and to for with on at by from this that your we our is are will be any all "
    "must may should",
    "de": "die der das und zu fuer mit auf von dass Ihre wir ist sind wird bei nach den dem",
    "fr": "le la les et de du pour avec sur par que votre nous est sont sera au aux",
}
TOPIC = {
    "farm": "payment scheme claim land parcel hectares entitlement reduction penalty inspection "
    "cross compliance eligible area year",
    "stock": "herd holding tag animal movement test reactor skin reading bovine vet keeper "
    "premises passport",
    "charity": "grant project outcomes volunteers beneficiaries trustees report funding "
    "budget monitoring evidence acknowledgement",
    "safety": "hazard risk control marshal first aid crowd route barrier weather contractor "
    "generator stewards emergency",
    "home": "tenant property inspection access landlord certificate installation circuit "
    "deposit inventory condition report",
    "law": "building owner notice surveyor works party wall foundation award costs damage "
    "adjoining access",
    "survey": "household survey interviewer questions confidential statistics sample "
    "address research answers",
}
DE_TOPIC = {
    "farm": "Antrag Bewilligung Flaeche Schlag Praemie Kuerzung Betriebsinhaber "
    "Zahlungsanspruch Auszahlung Konditionalitaet",
    "survey": "Haushalt Befragung Auskunftspflicht Interviewer Statistik Stichprobe "
    "Erhebung Angaben Datenschutz",
}
FR_TOPIC = {
    "farm": "aide paiement surface ilot demande campagne montant reduction exploitant "
    "controle droits versement",
    "survey": "enquete logement menage enqueteur statistique confidentialite reponses "
    "questionnaire obligation",
}


def line_of(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    """A made-up sentence on ``topic`` in ``lang`` (English topic words if none in ``lang``)."""
    own = {"de": DE_TOPIC, "fr": FR_TOPIC}.get(lang, {}).get(topic, TOPIC[topic]).split()
    glue = WORDS[lang if topic in {"de": DE_TOPIC, "fr": FR_TOPIC}.get(lang, TOPIC) else "en"]
    ws = [
        rng.choice(own) if rng.random() < 0.48 else rng.choice(glue.split())
        for _ in range(n or rng.randint(8, 17))
    ]
    out = " ".join(ws)
    return out[0].upper() + out[1:] + "."


def lines_of(rng: random.Random, lang: str, topic: str, k: tuple[int, int] = (2, 4)) -> str:
    return " ".join(line_of(rng, lang, topic) for _ in range(rng.randint(*k)))


#: Values that only a sender writing in that language would print.
LOCAL = {
    "Ehrenamtliche Ausgabehilfe": "de",
    "Fahrdienst Ausgabestelle": "de",
    "Do 14-18 Uhr": "de",
    "Zeltlager am Zwischenahner Meer": "de",
    "Kreisturnfest Westerstede": "de",
    "09.00 Vereinsheim": "de",
    "ca. 18 Uhr": "de",
    "Lesekreis Bloherfelde": "de",
    "Seminarraum 2": "de",
    "Gruppenraum EG": "de",
    "Reihen, 30": "de",
    "Beamer, Flipchart": "de",
    "Caritas Beratung": "de",
    "Schuldnerberatung": "de",
    "Streichen Flur": "de",
    "Material": "de",
    "Anfahrt": "de",
    "Tapezieren Wohnzimmer 6 Rollen": "de",
    "Arbeitszeit 8 Std.": "de",
    "rocade de Rennes sortie 12": "fr",
    "RN12, Landivisiau": "fr",
    "pare-choc avant": "fr",
    "portiere arriere droite": "fr",
}


def choose(rng: random.Random, lang: str, items: list[str]) -> str:
    """One of ``items`` that fits ``lang``: its own-language values if it has any."""
    own = [x for x in items if LOCAL.get(x) == lang]
    return rng.choice(own or [x for x in items if x not in LOCAL])


def someday(rng: random.Random) -> date:
    return date(2023, 3, 6) + timedelta(days=rng.randint(0, 1080))


def keyed(who: Issuer, what: str) -> random.Random:
    """A generator fixed by the issuer and ``what``, so that a run or a companion keeps its
    farm, tenant or club."""
    return random.Random(zlib.crc32(f"crate|{what}|{who.name}|{who.street}|{who.city}".encode()))


def ref(rng: random.Random, pattern: str) -> str:
    """``pattern`` with each ``#`` a digit and each ``@`` a capital letter."""
    return "".join(
        rng.choice("0123456789")
        if ch == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXY")
        if ch == "@"
        else ch
        for ch in pattern
    )


def farm_of(who: Issuer, lang: str) -> list[str]:
    r = keyed(who, "farm" + lang)
    road, town = r.choice(PLACES[lang])
    return [r.choice(FOLK[lang]), r.choice(FARMS[lang]), road, town]


def person_of(who: Issuer, lang: str, what: str = "person") -> list[str]:
    r = keyed(who, what + lang)
    road, town = r.choice(PLACES[lang])
    no = r.randint(1, 96)
    return [r.choice(FOLK[lang]), f"{road} {no}" if lang == "de" else f"{no} {road}", town]


def on_paper(s: Style, size: tuple[float, float], margin: float = 0, pt: float = 0) -> Style:
    return replace(s, page_size=size, margin=margin or s.margin, size=pt or s.size)


# ---------------------------------------------------------------------------------------------
# Senders: mastheads, later-page tops, footers
# ---------------------------------------------------------------------------------------------


@dataclass
class Sender:
    """One sender as it prints: its details and its habits."""

    name: str
    lang: str
    street: str
    town: str
    phone: str
    mast: str  # banner | boxed | caps | block | plain
    repeat: bool  # masthead on every page
    foot: list[str]
    numbering: str
    corner: str
    dstyle: str


MASTS = ["banner", "boxed", "caps", "block", "plain"]
NUMBERING = {
    "en": ["none", "none", "none", "none", "Page {i} of {n}", "{i}", "2:Page {i}", "{i} of {n}"],
    "de": ["none", "none", "Seite {i}/{n}", "2:- {i} -", "Blatt {i}"],
    "fr": ["none", "none", "{i}/{n}", "2:page {i}", "Page {i}/{n}"],
}


def sender_foot(r: random.Random, name: str, lang: str) -> list[str]:
    if lang == "de":
        return [
            f"{name} | Amtsgericht Oldenburg GnR {r.randint(100, 999)} | Vorstand: "
            + r.choice(["Jan Meyerhoff", "Anke Ruesing", "Bernd Gerdes"]),
            f"LzO Oldenburg IBAN DE{r.randint(10, 99)} 2805 0100 {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)} | USt-IdNr. "
            f"DE{r.randint(100000000, 999999999)}",
        ]
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.randint(1000, 9999)}Z - TVA FR"
            f"{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
    lines = [
        f"Bank: {r.choice(['Lloyds', 'NatWest', 'Barclays', 'HSBC'])} sort code "
        f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)} account "
        f"{r.randint(10000000, 99999999)}"
    ]
    if r.random() < 0.6:
        lines.insert(
            0, f"VAT reg. no. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if r.random() < 0.4:
        lines.append(f"Registered in England No. {r.randint(1000000, 13999999):08d}")
    return [" | ".join(lines)] if r.random() < 0.5 else lines


def sender(who: Issuer, trade: str, masts: list[str] | None = None) -> Sender:
    """The ``trade`` sender of ``who`` (always the same one for the same issuer)."""
    r = keyed(who, trade)
    name, lang, street, town, phone = r.choice(SENDERS[trade])
    return Sender(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        mast=r.choice(masts or MASTS),
        repeat=r.random() < 0.35,
        foot=[] if trade in NO_FOOT or r.random() < 0.25 else sender_foot(r, name, lang),
        numbering=r.choice(NUMBERING[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "tl"]),
        dstyle=r.choice(["long", "short"] + (["long", "iso"] if lang == "en" else [])),
    )


def dated(o: Sender, d: date) -> str:
    return date_text(d, o.lang, o.dstyle)


def masthead(p: Page, s: Style, o: Sender) -> float:
    """Print ``o``'s masthead at the top of ``p``; the y where the page's content starts."""
    w, _ = p.size
    m = s.margin
    top = max(m - 12, 24.0)
    tel = (tr(o.lang, "Tel.", "Tel.", "Tel.") + " " + o.phone) if o.phone else ""
    addr = ", ".join(x for x in (o.street, o.town) if x)
    if o.mast == "banner":
        p.rect(0, 0, w, top + 22, fill=0.82)
        pt = shrink(o.name, s.bold, s.size + 6, w - 2 * m)
        p.text(m, top + 4, o.name, s.bold, pt)
        p.text(
            m,
            top + 16,
            fit(" / ".join(x for x in (addr, tel) if x), s.font, 7, w - 2 * m),
            s.font,
            7,
        )
        return top + 48
    if o.mast == "boxed":
        bw = min(w - 2 * m, max(170.0, w * 0.42))
        p.rect(w - m - bw, top - 12, bw, 52)
        pt = shrink(o.name, s.bold, s.size + 1, bw - 10)
        p.text(w - m - bw + 6, top + 2, o.name, s.bold, pt)
        yy = top + 14
        for x in (o.street, o.town, tel):
            if x:
                p.text(w - m - bw + 6, yy, fit(x, s.font, 7, bw - 12), s.font, 7)
                yy += 8.5
        return top + 60
    if o.mast == "caps":
        pt = shrink(o.name.upper(), s.bold, s.size + 3, w - 2 * m)
        p.text(w / 2, top + 2, o.name.upper(), s.bold, pt, "center")
        p.text(w / 2, top + 14, fit(addr, s.font, 7.5, w - 2 * m), s.font, 7.5, "center")
        p.line(m, top + 20, w - m, top + 20)
        p.line(m, top + 22, w - m, top + 22)
        return top + 44
    if o.mast == "block":
        p.rect(m, top - 14, 30, 30, fill=0.2)
        p.text(
            m + 15, top + 6, "".join(x[0] for x in o.name.split()[:2]).upper(), s.bold, 12, "center"
        )
        pt = shrink(o.name, s.bold, s.size + 2, w - 2 * m - 40)
        p.text(m + 40, top - 2, o.name, s.bold, pt)
        p.text(m + 40, top + 10, fit(addr, s.font, 7, w - 2 * m - 40), s.font, 7)
        if tel:
            p.text(m + 40, top + 19, tel, s.font, 7)
        return top + 42
    p.text(m, top, fit(o.name, s.font, s.size + 1, w - 2 * m), s.font, s.size + 1)
    p.text(
        m, top + 12, fit(addr + ("  " + tel if tel else ""), s.font, 7.5, w - 2 * m), s.font, 7.5
    )
    return top + 34


def top_of_later(p: Page, s: Style, o: Sender, header: str) -> float:
    """Top of a continuation page: the masthead again, a running header with a rule, or
    nothing at all."""
    if o.repeat:
        return masthead(p, s, o)
    if not header:
        return s.margin - 4
    return running_header(p, s, header)


class Pages(Flow):
    """Line, paragraph and heading spacing of the crate pages."""

    line = 1.32
    para_gap = 0.85
    head_lead = 0.8
    head_after = 1.45


def pages_of(s: Style, o: Sender, header: str = "", mast: bool = True) -> Pages:
    def start(p: Page, n: int) -> float:
        return masthead(p, s, o) if n == 1 and mast else top_of_later(p, s, o, header)

    w, h = s.page_size
    return Pages((w, h), h - s.margin - 8 * len(o.foot), start)


def finish(
    pages: list[Page], s: Style, o: Sender, covers: int = 0, numbering: str | None = None
) -> list[Page]:
    """Footers on every page after ``covers``, then page numbers in ``o``'s manner."""
    style = o.numbering if numbering is None else numbering
    return foot_and_number(pages, s, o.foot, style, o.corner, covers)


def addressee(
    f: Pages, s: Style, o: Sender, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    """Recipient lines on the left, references and the date on the right."""
    w, _ = f.size
    m = s.margin
    y0 = f.y
    below = envelope(f.page, s, o if o.mast != "plain" else None, y0, lines)
    yy = y0
    x = w * 0.58
    for k, v in [*refs, (tr(o.lang, "Date", "Datum", "Date"), dated(o, d))]:
        f.page.text(x, yy, k + ":", s.font, s.size - 2)
        f.page.text(
            w - m, yy, fit(v, s.font, s.size - 1.5, w - m - x - 64), s.font, s.size - 1.5, "right"
        )
        yy += s.size * 1.45
    f.y = max(below, yy) + 20


def title(f: Pages, s: Style, text: str, grow: float = 2.5, under: bool = False) -> None:
    if not text:
        return
    w, _ = f.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(pt * 4)
    f.page.text(s.margin, f.y, text, s.bold, pt)
    if under:
        f.page.line(
            s.margin, f.y + 3, s.margin + min(w - 2 * s.margin, 8 + len(text) * pt * 0.52), f.y + 3
        )
    f.y += pt * 1.85


def para(f: Pages, s: Style, text: str, indent: float = 0, pt: float = 0) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, pt or s.size)


def salute(f: Pages, s: Style, lang: str, name: str = "") -> None:
    t = {
        "de": "Sehr geehrte Damen und Herren," if not name else f"Guten Tag {name},",
        "fr": "Madame, Monsieur,",
    }.get(lang, f"Dear {name}," if name else "Dear Sir or Madam,")
    f.need(s.size * 3)
    f.page.text(s.margin, f.y, t, s.font, s.size)
    f.y += s.size * 2


def signoff(f: Pages, s: Style, lang: str, name: str, role: str, ink: bool = True) -> None:
    f.need(90)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            "Yours faithfully" if not ink else "Kind regards",
            "Mit freundlichen Gruessen",
            "Veuillez agreer nos salutations distinguees.",
        ),
        s.font,
        s.size,
    )
    f.y += 14
    if ink:
        f.page.text(
            m + 4, f.y + 18, name.split()[0][0] + ". " + name.split()[-1], "Times-Italic", 15
        )
        f.y += 28
    else:
        f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def boxes(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    cells: list[tuple[str, str]],
    per_row: int = 2,
    hand: bool = True,
    h: float = 28,
) -> float:
    """Form cells with a small caption and an entry (handwritten if ``hand``); the y below."""
    cw = w / per_row
    font = "Courier-Oblique" if hand else s.font
    for k, (cap, val) in enumerate(cells):
        cx = x + (k % per_row) * cw
        cy = y + (k // per_row) * h
        p.rect(cx, cy, cw, h)
        p.text(cx + 3, cy + 8, fit(cap, s.font, 6, cw - 6), s.font, 6)
        if val:
            p.text(cx + 6, cy + h - 7, fit(val, font, 9, cw - 12), font, 9)
    return y + ((len(cells) + per_row - 1) // per_row) * h + 8


def options(
    p: Page, s: Style, x: float, y: float, w: float, opts: list[str], on_: set[int]
) -> float:
    """Tick boxes in a wrapping row; the y below."""
    xx = x
    for k, t in enumerate(opts):
        need = 16 + len(t) * 4.2
        if xx + need > x + w and xx > x:
            xx = x
            y += 14
        box(p, xx, y, k in on_, 7.5)
        p.text(xx + 11, y, t, s.font, 7.5)
        xx += need + 8
    return y + 18


def columns_of_terms(f: Pages, s: Style, items: list[tuple[str, str]], pt: float = 7) -> None:
    """Numbered conditions in two columns, continuing on new pages."""
    w, _ = f.size
    m = s.margin
    cw = (w - 2 * m - 16) / 2
    rows: list[tuple[str, str]] = []
    for k, (head, body) in enumerate(items, 1):
        rows.append((s.bold, f"{k}. {head}"))
        rows.extend((s.font, ln) for ln in wrap(body, s.font, pt, cw))
        rows.append((s.font, ""))
    col, y, y0 = 0, f.y, f.y
    for font, t in rows:
        if y > f.bottom:
            if col == 0:
                col, y = 1, y0
            else:
                f.new_page()
                col, y = 0, f.y
                y0 = f.y
        if t:
            f.page.text(m + col * (cw + 16), y, fit(t, font, pt, cw), font, pt)
        y += pt * 1.32
    f.y = (y if col == 0 else f.bottom) + 8


# ---------------------------------------------------------------------------------------------
# Templates N: farms
# ---------------------------------------------------------------------------------------------

SCHEMES = {
    "en": [
        "Sustainable Farming Incentive - actions",
        "Delinked payment",
        "Countryside Stewardship Mid Tier",
        "Basic Payment Scheme - balance",
        "Lump sum exit scheme",
        "Farming Equipment and Technology Fund",
    ],
    "de": [
        "Einkommensgrundstuetzung fuer Nachhaltigkeit",
        "Umverteilungseinkommensstuetzung",
        "Junglandwirteeinkommensstuetzung",
        "Oeko-Regelung 1 (Brache)",
        "Ausgleichszulage benachteiligte Gebiete",
    ],
    "fr": [
        "Aide de base au revenu pour un developpement durable",
        "Aide redistributive complementaire",
        "Eco-regime",
        "Aide aux bovins de plus de 16 mois",
        "ICHN",
    ],
}


def tpl_farm_subsidy(rng: random.Random, who: Issuer) -> list[Page]:
    """A paying agency's payment statement for a farm business: the covering letter with the
    total paid, then one to three pages of scheme lines and land parcels with any
    reductions (German Zahlungsmitteilung, French avis de paiement PAC)."""
    o = sender(who, "paying", ["caps", "block", "plain", "banner"])
    lg = o.lang
    s = on_paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    farm = farm_of(who, lg)
    sbi = ref(rng, rng.choice(["#########", "DE03########", "029######"]))
    d = someday(rng)
    f = pages_of(
        s, o, tr(lg, f"SBI {sbi} - payment statement", f"Betriebsnummer {sbi}", f"PACAGE {sbi}")
    )
    addressee(
        f,
        s,
        o,
        farm,
        d,
        [
            (tr(lg, "SBI", "Betriebsnr.", "N. PACAGE"), sbi),
            (tr(lg, "Scheme year", "Antragsjahr", "Campagne"), str(d.year - (d.month < 6))),
        ],
    )
    title(f, s, tr(lg, "Payment statement", "Zahlungsmitteilung", "Avis de paiement"), 3)
    lines: list[list[str]] = []
    total = 0.0
    for sch in rng.sample(SCHEMES[lg], rng.randint(2, len(SCHEMES[lg]))):
        gross = round(rng.uniform(800, 38000), 2)
        cut = round(gross * rng.choice([0, 0, 0, 0.01, 0.03, 0.05]), 2)
        total += gross - cut
        lines.append([sch, money(gross, lg), money(cut, lg), money(gross - cut, lg)])
    para(
        f,
        s,
        tr(
            lg,
            f"We have paid {money(total, lg)} {ccy(lg)} into your nominated bank account. This "
            "statement shows how the payment was worked out.",
            f"Wir haben {money(total, lg)} EUR auf Ihr Konto ueberwiesen. Die Berechnung ergibt "
            "sich aus der folgenden Aufstellung.",
            f"Un paiement de {money(total, lg)} EUR a ete verse sur votre compte. Le detail "
            "figure ci-dessous.",
        ),
    )
    table(
        f,
        columns(m, w - m, [(3.2, "left"), (1, "right"), (1, "right"), (1, "right")]),
        [
            tr(lg, "Scheme", "Massnahme", "Aide"),
            tr(lg, "Claimed", "Beantragt", "Montant"),
            tr(lg, "Reductions", "Kuerzung", "Reduction"),
            tr(lg, "Paid", "Ausgezahlt", "Verse"),
        ],
        lines,
        s,
        rules=rng.random() < 0.5,
    )
    f.y += 6
    para(f, s, lines_of(rng, lg, "farm"), pt=s.size - 1)
    if rng.random() < 0.6:
        signoff(
            f,
            s,
            lg,
            rng.choice(FOLK[lg]),
            tr(lg, "Payments Team", "Sachbearbeitung", "Service instructeur"),
            False,
        )
    f.new_page()
    title(
        f,
        s,
        tr(
            lg,
            "Land parcels used in this payment",
            "Flaechenverzeichnis",
            "Detail des surfaces par ilot",
        ),
        1,
    )
    parcels = []
    for _ in range(rng.randint(8, 70)):
        parcels.append(
            [
                ref(rng, rng.choice(["@@####", "ST####", "DENILI####"]))
                + " "
                + str(rng.randint(1000, 9999)),
                rng.choice(["PG01", "AC01", "PG02", "AB15", "WDF", "AC66", "PP"]),
                f"{rng.uniform(0.2, 24):.2f}",
                f"{rng.uniform(0.1, 24):.2f}",
                rng.choice(["", "", "", "*", "R"]),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(1.8, "left"), (1, "left"), (1, "right"), (1, "right"), (0.5, "center")]
        ),
        [
            tr(lg, "Parcel", "Schlag", "Ilot"),
            tr(lg, "Land use", "Nutzung", "Culture"),
            tr(lg, "Claimed ha", "Beantragt ha", "Declare ha"),
            tr(lg, "Found ha", "Ermittelt ha", "Retenu ha"),
            "",
        ],
        parcels,
        s,
        size=s.size - 2,
        step=1.45,
    )
    f.y += 6
    para(
        f,
        s,
        tr(
            lg,
            "* area reduced after remote sensing check.  R = parcel inspected on the ground.",
            "* Flaeche nach Fernerkundung angepasst.  R = Vor-Ort-Kontrolle.",
            "* surface corrigee apres controle par teledetection.",
        ),
        pt=s.size - 2,
    )
    return finish(f.pages, s, o)


def tpl_milk_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A dairy's monthly milk payment statement for one supplier: collections by day, the
    quality bonuses and deductions, the amount paid (German Milchgeldabrechnung); a farm's
    months come together."""
    o = sender(who, "dairy")
    lg = o.lang
    s = on_paper(who.style, rng.choice([A4, A4, A5]), pt=min(who.style.size, 9))
    w, h = s.page_size
    m = s.margin
    farm = farm_of(who, lg)
    supplier = ref(keyed(who, "milk"), "#####")
    d = someday(rng).replace(day=1)
    p = Page(s.page_size)
    y = masthead(p, s, o)
    mon = date_text(d, lg, "long").split(" ", 1)[1]
    p.text(
        m, y, tr(lg, f"Milk statement - {mon}", f"Milchgeldabrechnung {mon}"), s.bold, s.size + 2
    )
    y += 16
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Supplier no.", "Lieferanten-Nr."), supplier),
            (tr(lg, "Producer", "Erzeuger"), farm[1] + ", " + farm[0]),
        ],
        w - m,
    )
    y += 4
    litres = 0
    x = m
    rows = 0
    for day in range(1, 31, 2):
        v = rng.randint(2800, 9400)
        litres += v
        p.text(x, y + rows * 10, f"{day:02d}.{d.month:02d}", s.font, 7)
        p.text(
            x + 70,
            y + rows * 10,
            f"{v:,}".replace(",", "." if lg == "de" else ","),
            s.font,
            7,
            "right",
        )
        rows += 1
        if rows == 8:
            rows, x = 0, x + (w - 2 * m) / 2
    y += 8 * 10 + 10
    base = rng.uniform(0.33, 0.46)
    items = [
        (
            tr(
                lg,
                f"Litres collected {litres:,} x {base:.4f}",
                f"Anlieferung {litres} kg x {base:.4f}",
            ),
            litres * base,
        ),
        (tr(lg, "Butterfat adjustment", "Fettzuschlag"), rng.uniform(-300, 900)),
        (tr(lg, "Protein adjustment", "Eiweisszuschlag"), rng.uniform(-200, 700)),
        (
            tr(lg, "Hygiene / TBC bonus", "Qualitaetszuschlag S-Klasse"),
            rng.choice([0, 0, rng.uniform(20, 160)]),
        ),
        (tr(lg, "Haulage charge", "Transportkosten"), -rng.uniform(90, 420)),
        (tr(lg, "Levy / membership", "Genossenschaftsanteil"), -rng.uniform(10, 90)),
    ]
    total = 0.0
    for label, amount in items:
        total += amount
        p.text(m, y, fit(label, s.font, s.size - 1, w * 0.62), s.font, s.size - 1)
        p.text(w - m, y, money(amount, lg), s.font, s.size - 1, "right")
        y += (s.size - 1) * 1.5
    p.line(w * 0.6, y - 6, w - m, y - 6)
    p.text(m, y + 4, tr(lg, "Net payment", "Auszahlungsbetrag"), s.bold, s.size)
    p.text(w - m, y + 4, money(total, lg) + " " + ccy(lg), s.bold, s.size, "right")
    y += 22
    if y < h - 60:
        text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "Payment will reach your account on or about "
                f"{dated(o, d + timedelta(days=rng.randint(38, 48)))}.",
                f"Die Gutschrift erfolgt am {dated(o, d + timedelta(days=40))}.",
            ),
            s.size - 2,
        )
    return finish([p], s, o, numbering="none")


def tpl_cattle_movement(rng: random.Random, who: Issuer) -> list[Page]:
    """A cattle movement card / passport movement record on landscape A5: the animal's ear
    tag, breed, sex, date of birth, the holdings it moved from and to, the keeper's
    signature; a keeper's cards come together."""
    o = sender(who, "cattle", ["plain", "caps"])
    size = rng.choice([landscape(A5), landscape(A5), A5])
    s = on_paper(who.style, size, 26, 8)
    w, h = size
    m = s.margin
    farm = farm_of(who, "en")
    p = Page(size)
    p.text(m, m, fit(o.name.upper(), s.bold, 9, w * 0.6), s.bold, 9)
    p.text(w - m, m, rng.choice(["CPP52", "Movement card", "CTS/MV"]), s.bold, 9, "right")
    p.line(m, m + 6, w - m, m + 6)
    herd = ref(keyed(who, "herd"), "######")
    tag = f"UK {herd} {rng.randint(10000, 99999)}"
    y = boxes(
        p,
        s,
        m,
        m + 14,
        w - 2 * m,
        [
            ("Ear tag number", tag),
            ("Breed", rng.choice(["HOL", "LIMX", "AAX", "BBX", "SIM", "HEX"])),
            ("Sex", rng.choice(["F", "M", "F"])),
            (
                "Date of birth",
                date_text(someday(rng) - timedelta(days=rng.randint(60, 2000)), "en", "short"),
            ),
            (
                "Departure holding (CPH)",
                f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(1000, 9999)}",
            ),
            (
                "Destination holding (CPH)",
                rng.choice(
                    ["", f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(1000, 9999)}"]
                ),
            ),
            ("Date moved off", date_text(someday(rng), "en", "short")),
            ("Keeper", farm[0]),
        ],
        4 if w > h else 2,
        h=26,
    )
    options(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        ["Market", "Abattoir", "Farm to farm", "Show", "Death on farm"],
        {rng.randint(0, 4)},
    )
    p.text(m, h - m - 10, "Keeper's signature", s.font, 7)
    p.text(m + 80, h - m - 12, farm[0].split()[-1], "Times-Italic", 13)
    p.barcode("code128", tag.replace(" ", ""), w - m - 190, h - m - 62)
    return [p]


def tpl_tb_test(rng: random.Random, who: Issuer) -> list[Page]:
    """A vet practice's bovine TB test chart on landscape A4: herd and test details on the
    first page, then rows of ear tags with the avian and bovine skin readings on day 1 and
    day 3 over several pages, the vet's certificate at the end."""
    o = sender(who, "vetfarm")
    s = on_paper(who.style, landscape(A4), 36, min(who.style.size, 9))
    w, _h = s.page_size
    m = s.margin
    farm = farm_of(who, "en")
    herd = ref(keyed(who, "herd"), "######")
    d = someday(rng)
    f = pages_of(s, o, f"TB test chart - herd {herd} - {farm[1]}")
    title(
        f,
        s,
        rng.choice(
            ["TB test chart (TR/52)", "Tuberculin skin test record", "Herd test - skin readings"]
        ),
        2,
    )
    f.y = boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Herd / CPH", herd),
            ("Keeper", farm[0]),
            ("Holding", farm[1]),
            ("Test type", rng.choice(["WHT", "RHT", "CT", "Pre-movement"])),
            ("Day 1 (injection)", date_text(d, "en", "short")),
            ("Day 3 (reading)", date_text(d + timedelta(days=3), "en", "short")),
            ("Tuberculin batch A / B", f"{ref(rng, '@###')} / {ref(rng, '@###')}"),
            ("Tester", rng.choice(FOLK["en"])),
        ],
        4,
        hand=rng.random() < 0.6,
    )
    rows = []
    for k in range(rng.randint(25, 130)):
        a1, b1 = rng.randint(4, 9), rng.randint(4, 9)
        a3, b3 = a1 + rng.choice([0, 0, 1, 2]), b1 + rng.choice([0, 0, 1, 2, 3, 6])
        res = "R" if b3 - b1 - (a3 - a1) > 4 else ("IR" if b3 - b1 - (a3 - a1) > 2 else "")
        rows.append(
            [
                str(k + 1),
                f"UK {herd} {rng.randint(10000, 99999)}",
                str(rng.randint(1, 12)),
                str(a1),
                str(a3),
                str(b1),
                str(b3),
                res,
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.4, "right"),
                (2.2, "left"),
                (0.6, "right"),
                (0.7, "right"),
                (0.7, "right"),
                (0.7, "right"),
                (0.7, "right"),
                (0.6, "center"),
            ],
        ),
        ["#", "Ear tag", "Age (yrs)", "A day 1", "A day 3", "B day 1", "B day 3", "Result"],
        rows,
        s,
        size=s.size - 1,
        step=1.4,
        shade=0.88,
    )
    f.need(70)
    f.y += 10
    para(
        f,
        s,
        "I certify that I carried out the test described above in accordance with the "
        "instructions and that the results are correctly recorded.",
        pt=s.size - 1,
    )
    f.page.text(m, f.y + 10, "Signed (OV)", s.font, 8)
    f.page.text(m + 70, f.y + 8, rng.choice(FOLK["en"]).split()[-1], "Times-Italic", 14)
    f.y += 30
    return finish(f.pages, s, o, numbering=rng.choice(["Sheet {i} of {n}", "{i}", "none"]))


FEEDS = [
    ("Dairy nut 18% protein (bulk)", "t", 270, 360),
    ("Calf rearer pellets 25kg", "bag", 11, 16),
    ("Rolled barley (bulk)", "t", 190, 250),
    ("Ammonium nitrate 34.5% 600kg", "bag", 210, 330),
    ("Silage wrap 750mm x 1500m", "roll", 58, 82),
    ("Mineral bucket 22.5kg", "each", 28, 44),
    ("Red diesel (gas oil)", "litre", 0.62, 0.95),
    ("Straw, big square bales", "bale", 22, 48),
    ("Fence posts 1.8m x 75mm", "each", 3.1, 5.2),
    ("Sheep dip / pour-on 2.5L", "each", 58, 96),
]


def tpl_merchant_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An agricultural merchant's invoice to a farm listing the deliveries of the month, then
    the signed delivery tickets / weighbridge tickets themselves as enclosures (A6 or A5
    slips, each on its own page): one document of two to six pages."""
    o = sender(who, "merchant")
    lg = o.lang
    s = on_paper(who.style, rng.choice([A4, A4, LETTER]))
    w, _ = s.page_size
    m = s.margin
    farm = farm_of(who, lg)
    acct = ref(keyed(who, "acct"), "@@####")
    inv = ref(rng, "SI######")
    d = someday(rng)
    n = rng.randint(1, 5)
    dels = []
    for _ in range(n):
        name, unit, lo, hi = rng.choice(FEEDS)
        q = (
            round(rng.uniform(1, 30), 2)
            if unit == "t"
            else rng.randint(1, 60)
            if unit != "litre"
            else rng.randint(500, 2500)
        )
        dels.append(
            (
                d - timedelta(days=rng.randint(1, 28)),
                ref(rng, "D######"),
                name,
                unit,
                q,
                round(rng.uniform(lo, hi), 2),
            )
        )
    dels.sort()
    f = pages_of(s, o, f"{inv} / {acct}")
    addressee(
        f,
        s,
        o,
        farm,
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), acct),
        ],
    )
    title(f, s, tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows = []
    net = 0.0
    for dd, tick, name, unit, q, price in dels:
        net += q * price
        rows.append(
            [dated(o, dd), tick, name, f"{q} {unit}", money(price, lg), money(q * price, lg)]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [(1.1, "left"), (1, "left"), (3, "left"), (0.9, "right"), (0.9, "right"), (1, "right")],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "Lieferschein", "BL"),
            tr(lg, "Product", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Price", "Preis", "PU"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
    )
    vat = net * rng.choice([0, 0.2, 0.05]) if lg == "en" else net * (0.07 if lg == "de" else 0.1)
    f.y = pairs(
        f.page,
        s,
        w * 0.55,
        f.y + 10,
        [
            (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
            (tr(lg, "VAT", "MwSt.", "TVA"), money(vat, lg)),
            (tr(lg, "Total due", "Gesamt", "Total TTC"), money(net + vat, lg)),
        ],
        w - m,
    )
    para(
        f,
        s,
        tr(
            lg,
            "Terms: payment by the 20th of the month following invoice. Delivery tickets enclosed.",
            "Zahlbar bis zum 20. des Folgemonats. Lieferscheine anbei.",
            "Reglement a 30 jours fin de mois. Bons de livraison joints.",
        ),
        pt=s.size - 1,
    )
    pages = finish(f.pages, s, o)
    slip = rng.choice([A6, landscape(A6), A5])
    t = on_paper(who.style, slip, 20, 8)
    for dd, tick, name, unit, q, _ in dels[: rng.randint(1, n)]:
        p = Page(slip)
        sw, sh = slip
        p.text(20, 26, fit(o.name, "Courier-Bold", 8, sw - 40), "Courier-Bold", 8)
        p.text(
            sw - 20,
            40,
            tr(lg, "DELIVERY TICKET", "LIEFERSCHEIN", "BON DE LIVRAISON") + f" {tick}",
            "Courier",
            7.5,
            "right",
        )
        y = boxes(
            p,
            t,
            20,
            50,
            sw - 40,
            [
                (tr(lg, "Date", "Datum", "Date"), dated(o, dd)),
                (tr(lg, "Customer", "Kunde", "Client"), farm[1]),
                (tr(lg, "Product", "Artikel", "Article"), name),
                (tr(lg, "Quantity", "Menge", "Quantite"), f"{q} {unit}"),
                (
                    "Gross / tare kg" if unit == "t" else tr(lg, "Vehicle", "Fahrzeug", "Vehicule"),
                    f"{rng.randint(18000, 38000)} / {rng.randint(9000, 14000)}"
                    if unit == "t"
                    else ref(rng, "@@## @@@"),
                ),
            ],
            2 if sw > 300 else 1,
            hand=False,
            h=24,
        )
        if y < sh - 40:
            p.text(
                20,
                min(y + 10, sh - 30),
                tr(lg, "Received by:", "Empfangen:", "Recu par :"),
                "Courier",
                7,
            )
            p.text(90, min(y + 10, sh - 30), farm[0].split()[-1], "Times-Italic", 12)
        pages.append(p)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates N: charities, clubs and councils
# ---------------------------------------------------------------------------------------------


def tpl_volunteer_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A charity's volunteer agreement: what the charity will do, what it asks of the
    volunteer, signed by both, with a role description on the next page (and for some an
    emergency contact form); no page numbers on most."""
    o = sender(who, "charity")
    lg = o.lang
    s = who.style
    vol = person_of(who, lg, "volunteer")
    d = someday(rng)
    role = choose(
        rng,
        lg,
        [
            "Warehouse volunteer",
            "Driver (own vehicle)",
            "Front of house",
            "Conservation task day leader",
            "Befriender",
            "Fundraising helper",
            "Ehrenamtliche Ausgabehilfe",
            "Fahrdienst Ausgabestelle",
        ],
    )
    f = pages_of(s, o, "")
    title(
        f,
        s,
        rng.choice(
            [
                tr(lg, "Volunteer agreement", "Vereinbarung ueber ehrenamtliche Mitarbeit"),
                tr(lg, "Welcome - our promise to you", "Ehrenamtsvereinbarung"),
                "",
            ]
        ),
        3,
    )
    para(
        f,
        s,
        tr(
            lg,
            f"This agreement is between {o.name} and {vol[0]}. It is binding in honour only and "
            "is not intended to be a contract of employment.",
            f"Diese Vereinbarung wird zwischen {o.name} und {vol[0]} geschlossen. Sie begruendet "
            "kein Arbeitsverhaeltnis.",
        ),
    )
    title(f, s, tr(lg, "We will", "Wir sagen zu"), 1)
    for t in [
        "Provide an induction and the training you need for your role",
        "Reimburse agreed out-of-pocket expenses",
        "Insure you while you volunteer with us",
        "Give you a named contact and regular check-ins",
        "Treat you fairly and listen to your concerns",
    ][: rng.randint(3, 5)]:
        para(f, s, "- " + tr(lg, t, line_of(rng, "de", "survey", 8)), 10)
    title(f, s, tr(lg, "We ask that you", "Wir bitten Sie"), 1)
    for t in [
        "Follow our policies, including safeguarding and data protection",
        "Let us know as early as you can if you cannot come",
        "Keep confidential anything you learn about the people we help",
        "Meet the time commitment you have agreed as far as you can",
    ][: rng.randint(2, 4)]:
        para(f, s, "- " + tr(lg, t, line_of(rng, "de", "survey", 8)), 10)
    f.need(80)
    w, _ = f.size
    m = s.margin
    f.y = boxes(
        f.page,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        [
            (tr(lg, "Volunteer", "Ehrenamtliche/r"), vol[0]),
            (tr(lg, "Date", "Datum"), dated(o, d)),
            (tr(lg, "For the charity", "Fuer den Verein"), rng.choice(FOLK[lg])),
            (tr(lg, "Date", "Datum"), dated(o, d)),
        ],
        2,
        h=34,
    )
    f.new_page()
    title(
        f,
        s,
        tr(lg, f"Role description: {role}", f"Taetigkeitsbeschreibung: {role}"),
        1.5,
        under=True,
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Where", "Ort"), o.street),
            (
                tr(lg, "When", "Zeit"),
                choose(
                    rng,
                    lg,
                    [
                        "Tuesdays 9.30-12.30",
                        "One Saturday a month",
                        "Flexible, 3-4 hours a week",
                        "Do 14-18 Uhr",
                    ],
                ),
            ),
            (tr(lg, "Reports to", "Ansprechperson"), rng.choice(FOLK[lg])),
        ],
        w - m,
    )
    f.y += 6
    for head in [
        tr(lg, "Purpose", "Zweck"),
        tr(lg, "Main tasks", "Aufgaben"),
        tr(lg, "Skills and qualities", "Was Sie mitbringen"),
        tr(lg, "What you will gain", "Was Sie erwartet"),
    ]:
        title(f, s, head, 0.5)
        para(
            f,
            s,
            lines_of(rng, "en", "charity", (1, 3))
            if lg == "en"
            else lines_of(rng, lg, "survey", (1, 2)),
        )
    if rng.random() < 0.4:
        f.new_page()
        title(
            f,
            s,
            tr(lg, "Emergency contact details (confidential)", "Notfallkontakt (vertraulich)"),
            1,
        )
        f.y = boxes(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name"), rng.choice(FOLK[lg])),
                (
                    tr(lg, "Relationship", "Beziehung"),
                    rng.choice(["partner", "mother", "son", "friend"]),
                ),
                (tr(lg, "Telephone", "Telefon"), "07" + ref(rng, "### ######")),
                (
                    tr(lg, "Medical information we should know", "Medizinische Hinweise"),
                    rng.choice(["", "none", "asthma - inhaler in bag"]),
                ),
            ],
            1,
            h=32,
        )
    return finish(f.pages, s, o)


def tpl_grant_award(rng: random.Random, who: Issuer) -> list[Page]:
    """A funder's grant award letter to a small charity: the award, the payment schedule, the
    conditions of grant in two columns, the acceptance slip and, for many, the end-of-grant
    monitoring form; three to seven pages, some with a cover page."""
    o = sender(who, "funder")
    lg = o.lang
    s = who.style
    w, h = s.page_size
    m = s.margin
    r = keyed(who, "grantee")
    org = r.choice(
        [x[0] for x in SENDERS["charity"] if x[1] == lg] or [x[0] for x in SENDERS["charity"]]
    )
    contact = r.choice(FOLK[lg])
    gref = ref(rng, rng.choice(["GR-#####", "####/@@/##", "HCF######"]))
    amt = rng.choice([500, 1200, 2500, 4800, 7500, 10000, 24950, 60000])
    d = someday(rng)
    pages: list[Page] = []
    cover = rng.random() < 0.3
    if cover:
        c = Page(s.page_size)
        c.rect(0, 0, w, h * 0.35, fill=0.75)
        c.text(m, h * 0.2, o.name, s.bold, shrink(o.name, s.bold, 22, w - 2 * m))
        c.text(m, h * 0.5, tr(lg, "Grant offer pack", "Bewilligungsunterlagen"), s.bold, 18)
        c.text(m, h * 0.5 + 26, org, s.font, 12)
        c.text(m, h * 0.5 + 44, f"{tr(lg, 'Reference', 'Aktenzeichen')} {gref}", s.font, 11)
        pages.append(c)
    f = pages_of(s, o, f"{gref} - {org}")
    addressee(
        f,
        s,
        o,
        [
            contact,
            org,
            SENDERS["charity"][0][2] if lg == "en" else "Bremer Strasse 44",
            SENDERS["charity"][0][3] if lg == "en" else "26135 Oldenburg",
        ],
        d,
        [(tr(lg, "Our ref", "Az."), gref)],
    )
    salute(f, s, lg, contact.split()[0] if lg == "en" else "")
    para(
        f,
        s,
        tr(
            lg,
            f"I am delighted to tell you that the trustees have awarded {org} a grant of "
            f"{money(amt)} towards the project described in your application. "
            + lines_of(rng, "en", "charity", (1, 2)),
            "wir freuen uns, Ihnen mitteilen zu koennen, dass der Stiftungsrat Ihrem Verein eine "
            f"Zuwendung in Hoehe von {money(amt, 'de')} EUR bewilligt hat.",
        ),
    )
    para(
        f,
        s,
        tr(
            lg,
            "The grant is offered on the conditions set out overleaf. Please sign and return the "
            "acceptance slip within 28 days; we will release the first payment when we receive "
            "it.",
            "Die Zuwendung erfolgt unter den umseitigen Auflagen. Bitte senden Sie die "
            "Annahmeerklaerung innerhalb von vier Wochen zurueck.",
        ),
    )
    sched = []
    left = amt
    parts = 1 if amt < 5000 else rng.randint(2, 4)
    for k in range(parts):
        v = round(amt / parts) if k < parts - 1 else left
        left -= v
        sched.append(
            [
                str(k + 1),
                dated(o, d + timedelta(days=30 + 180 * k)),
                money(v, lg),
                tr(
                    lg,
                    "on acceptance" if k == 0 else "after progress report",
                    "nach Annahme" if k == 0 else "nach Zwischenbericht",
                ),
            ]
        )
    table(
        f,
        columns(m, w - m, [(0.4, "left"), (1.2, "left"), (1, "right"), (2, "left")]),
        ["", tr(lg, "Due", "Termin"), tr(lg, "Amount", "Betrag"), tr(lg, "Released", "Auszahlung")],
        sched,
        s,
    )
    f.y += 8
    signoff(f, s, lg, rng.choice(FOLK[lg]), tr(lg, "Grants Manager", "Stiftungsvorstand"))
    f.new_page()
    title(f, s, tr(lg, "Conditions of grant", "Nebenbestimmungen zur Zuwendung"), 1.5)
    columns_of_terms(
        f,
        s,
        [
            (t, lines_of(rng, "en", "charity", (2, 4)))
            for t in [
                "Use of the grant",
                "Payment",
                "Changes to the project",
                "Acknowledging our support",
                "Monitoring and reporting",
                "Underspend",
                "Records and audit",
                "Safeguarding",
                "Ending the grant",
                "Data protection",
            ][: rng.randint(6, 10)]
        ],
    )
    f.need(150)
    f.y += 10
    f.page.line(m, f.y, w - m, f.y)
    f.page.text(
        m,
        f.y + 14,
        "- - - " + tr(lg, "cut here and return", "hier abtrennen") + " - - -",
        s.font,
        7,
    )
    f.y += 30
    title(f, s, tr(lg, "Acceptance of grant", "Annahmeerklaerung"), 0.5)
    f.y = boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Organisation", "Verein"), org),
            ("Ref", gref),
            (tr(lg, "Signed (trustee)", "Unterschrift"), ""),
            (tr(lg, "Date", "Datum"), ""),
        ],
        2,
        h=30,
    )
    if rng.random() < 0.65:
        f.new_page()
        title(f, s, tr(lg, "End of grant monitoring form", "Verwendungsnachweis"), 2)
        f.y = boxes(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Grant reference", "Az."), gref),
                (tr(lg, "Organisation", "Verein"), org),
                (tr(lg, "Amount awarded", "Bewilligt"), money(amt, lg)),
                (tr(lg, "Amount spent", "Verausgabt"), ""),
            ],
            2,
            hand=False,
        )
        for q in [
            "1. What did the grant pay for?",
            "2. How many people benefited? Please give numbers.",
            "3. What difference did the project make?",
            "4. What did not go as planned, and what did you learn?",
            "5. Please attach receipts or a statement of expenditure.",
        ][: rng.randint(3, 5)]:
            f.need(90)
            f.page.text(m, f.y, tr(lg, q, line_of(rng, "de", "survey", 9)), s.bold, s.size - 1)
            f.page.rect(m, f.y + 6, w - 2 * m, 64)
            f.y += 84
    return finish(pages + f.pages, s, o, covers=len(pages))


def tpl_risk_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """An event risk assessment on landscape A4 (a fun run, a fete, a collection day): the
    event details, then the hazard table with who might be harmed, the controls and the
    rating before and after, over one to four pages; signed at the end."""
    o = sender(who, rng.choice(["club", "charity"]), ["plain", "caps", "block"])
    s = on_paper(who.style, landscape(rng.choice([A4, A4, LETTER])), 34, min(who.style.size, 9))
    w, _h = s.page_size
    m = s.margin
    ev = rng.choice(
        [
            "Summer Fete",
            "10k Fun Run",
            "Christmas Market Stall",
            "Bonfire Night",
            "Street Collection Day",
            "Open Farm Sunday",
            "Duck Race",
        ]
    )
    d = someday(rng)
    f = pages_of(s, o, f"Risk assessment - {ev} {d.year}")
    title(
        f,
        s,
        rng.choice(
            ["Risk Assessment", f"{ev} {d.year} - risk assessment", "EVENT RISK ASSESSMENT"]
        ),
        3,
    )
    f.y = boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Event", ev),
            ("Date", date_text(d, "en", "short")),
            (
                "Location",
                rng.choice(
                    [
                        "Recreation ground",
                        "Village hall & car park",
                        "High Street",
                        "Pageant Gardens",
                        "Farm yard and fields",
                    ]
                ),
            ),
            ("Expected numbers", str(rng.choice([80, 150, 300, 600, 1500]))),
            ("Assessed by", rng.choice(FOLK["en"])),
            ("Review date", date_text(d - timedelta(days=7), "en", "short")),
        ],
        3,
        hand=rng.random() < 0.5,
        h=26,
    )
    hazards = [
        "Slips, trips on uneven ground",
        "Vehicle movements in car park",
        "Lost child",
        "Adverse weather / heat",
        "Food hygiene at stalls",
        "Gas cylinders / BBQ",
        "Crowd surge at start line",
        "Cash handling",
        "Electrical supply / generator",
        "Manual handling of gazebos",
        "Animals and zoonoses",
        "Fire",
        "Water hazard (river)",
        "Medical emergency",
    ]
    rows: list[list[str]] = []
    cw = (w - 2 * m) * 5 / 10.3 - 8
    for hz in rng.sample(hazards, rng.randint(5, len(hazards))):
        before = rng.choice(["H", "M", "M", "L"])
        controls = wrap(lines_of(rng, "en", "safety", (1, 3)), s.font, s.size - 1, cw)
        rows.append(
            [
                hz,
                rng.choice(["Public", "Volunteers", "Runners", "Children", "All"]),
                controls[0],
                before,
                rng.choice(["L", "L", "M"]) if before != "L" else "L",
                rng.choice(FOLK["en"]).split()[0],
            ]
        )
        rows.extend(["", "", more, "", "", ""] for more in controls[1:])
        rows.append([""] * 6)
    table(
        f,
        columns(
            m,
            w - m,
            [
                (2.2, "left"),
                (1, "left"),
                (5, "left"),
                (0.6, "center"),
                (0.6, "center"),
                (0.9, "left"),
            ],
        ),
        ["Hazard", "Who at risk", "Control measures", "Before", "After", "Action by"],
        rows,
        s,
        step=1.45,
        shade=0.85,
    )
    f.need(60)
    f.y += 10
    para(
        f, s, "Risk rating: H high, M medium, L low. " + line_of(rng, "en", "safety"), pt=s.size - 1
    )
    f.page.text(m, f.y + 6, "Signed", s.font, 8)
    f.page.text(m + 50, f.y + 6, rng.choice(FOLK["en"]).split()[-1], "Times-Italic", 13)
    f.page.text(w / 2, f.y + 6, "Event organiser", s.font, 8)
    f.y += 20
    return finish(f.pages, s, o, numbering=rng.choice(["none", "{i} of {n}", "Page {i}"]))


def tpl_trip_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """A club's trip or camp letter to parents with the consent and medical form and, for
    some, the kit list on a page of its own (the kit list often on A5)."""
    o = sender(who, "club", ["caps", "block", "plain"])
    lg = o.lang
    s = who.style
    w, _ = s.page_size
    m = s.margin
    par = person_of(who, lg, "parent")
    kid = rng.choice(["Ellie", "Josh", "Maya", "Finn", "Lotta", "Ben"]) + " " + par[0].split()[-1]
    trip = choose(
        rng,
        lg,
        [
            "Kreisturnfest Westerstede",
            "Summer camp at Ferny Crag",
            "County rally weekend",
            "Cross-country relays, Brighton",
            "Stockjudging day, Bath & West",
            "Zeltlager am Zwischenahner Meer",
        ],
    )
    d = someday(rng)
    f = pages_of(s, o, "")
    f.y += 6
    f.page.text(
        w - m, f.y, dated(o, d - timedelta(days=rng.randint(20, 60))), s.font, s.size, "right"
    )
    f.y += 20
    salute(f, s, lg, "Parents and carers" if lg == "en" else "")
    title(f, s, trip, 1)
    para(
        f,
        s,
        tr(
            lg,
            f"We are looking forward to {trip.lower()} on {dated(o, d)}. "
            + lines_of(rng, "en", "safety", (1, 2)),
            f"Wir freuen uns auf unser {trip} ab dem {dated(o, d)}. "
            + lines_of(rng, "de", "survey", (1, 2)),
        ),
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Meet", "Treffpunkt"),
                choose(rng, lg, ["08.00 at the hut", "07.30 Market car park", "09.00 Vereinsheim"]),
            ),
            (
                tr(lg, "Return", "Rueckkehr"),
                choose(rng, lg, ["about 17.00", "Sunday 16.00", "ca. 18 Uhr"]),
            ),
            (
                tr(lg, "Cost", "Kosten"),
                money(rng.choice([15, 35, 60, 95, 140]), lg) + " " + ccy(lg),
            ),
        ],
        w * 0.7,
    )
    f.y += 6
    para(
        f,
        s,
        tr(
            lg,
            "Please complete the form below and return it with payment by the date shown.",
            "Bitte fuellen Sie den Abschnitt aus und geben Sie ihn mit dem Betrag ab.",
        ),
    )
    f.page.text(m, f.y, rng.choice(FOLK[lg]), s.font, s.size)
    f.page.text(m, f.y + 12, tr(lg, "Group Leader", "Jugendwart/in"), s.font, s.size - 1)
    f.y += 34
    f.need(260)
    f.page.line(m, f.y, w - m, f.y)
    f.y += 14
    title(f, s, tr(lg, "Consent and health form", "Einverstaendniserklaerung"), 0.5)
    f.y = boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Member's name", "Name des Kindes"), kid),
            (
                tr(lg, "Date of birth", "Geburtsdatum"),
                date_text(d - timedelta(days=rng.randint(3000, 6000)), lg, "short"),
            ),
            (tr(lg, "Parent / carer", "Erziehungsberechtigte/r"), par[0]),
            (tr(lg, "Mobile on the day", "Handy"), "07" + ref(rng, "### ######")),
            (
                tr(lg, "Medical conditions / medication", "Krankheiten / Medikamente"),
                rng.choice(["none", "", "hay fever - antihistamine", "nut allergy, epipen"]),
            ),
            (tr(lg, "Dietary needs", "Ernaehrung"), rng.choice(["", "vegetarian", "none"])),
        ],
        2,
    )
    f.y = options(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            tr(lg, "I consent to emergency treatment", "Notfallbehandlung erlaubt"),
            tr(lg, "Photos may be used", "Fotos erlaubt"),
            tr(lg, "Can swim 25m", "Schwimmer/in"),
        ],
        set(rng.sample(range(3), rng.randint(1, 3))),
    )
    f.page.text(m, f.y + 6, tr(lg, "Signed", "Unterschrift"), s.font, 8)
    f.page.text(m + 50, f.y + 6, par[0].split()[-1], "Times-Italic", 13)
    pages = finish(f.pages, s, o, numbering="none")
    if rng.random() < 0.55:
        ks = on_paper(s, rng.choice([A5, s.page_size]), 36)
        p = Page(ks.page_size)
        kw, _ = ks.page_size
        p.text(kw / 2, 50, tr(lg, "KIT LIST", "PACKLISTE"), ks.bold, 16, "center")
        y = 80.0
        for item in rng.sample(
            [
                "Sleeping bag",
                "Roll mat",
                "Waterproof jacket",
                "Warm jumper",
                "Torch",
                "Water bottle",
                "Packed lunch (day 1)",
                "Wellies",
                "Plate, bowl, mug, cutlery",
                "Uniform / club top",
                "Sun cream & hat",
                "Wash kit & towel",
                "Spare socks x3",
                "Pocket money (max 10)",
            ],
            rng.randint(8, 13),
        ):
            box(p, 40, y, False, 8)
            p.text(54, y, item, ks.font, ks.size)
            y += ks.size * 1.9
        p.text(
            40,
            y + 10,
            fit(
                tr(
                    lg,
                    "No electronic games, please. Mobiles handed in on arrival.",
                    "Bitte keine Spielkonsolen mitbringen.",
                ),
                ks.font,
                8,
                kw - 80,
            ),
            ks.font,
            8,
        )
        pages.append(p)
    return pages


NOTES = [
    "Basis of preparation",
    "Restricted funds",
    "Trustees' expenses",
    "Grants received",
    "Related party transactions",
    "Equipment",
    "Gift Aid",
]


def tpl_club_accounts(rng: random.Random, who: Issuer) -> list[Page]:
    """A club's or small charity's annual accounts: a title page, the treasurer's report, a
    receipts and payments account in two years' columns, the statement of assets, and the
    independent examiner's report; three to six pages, numbered by some."""
    o = sender(who, rng.choice(["club", "charity"]), ["plain", "caps"])
    lg = o.lang
    s = who.style
    w, h = s.page_size
    m = s.margin
    d = someday(rng)
    ye = date(d.year - 1, *rng.choice([(3, 31), (12, 31), (9, 30)]))
    pages: list[Page] = []
    cover = Page(s.page_size)
    cover.text(w / 2, h * 0.3, o.name, s.bold, shrink(o.name, s.bold, 18, w - 2 * m), "center")
    if lg == "en" and rng.random() < 0.5:
        cover.text(
            w / 2,
            h * 0.3 + 22,
            f"Registered charity no. {rng.randint(200000, 1199999)}",
            s.font,
            10,
            "center",
        )
    cover.text(
        w / 2,
        h * 0.45,
        tr(lg, "Annual Report and Accounts", "Kassenbericht und Jahresabschluss"),
        s.bold,
        15,
        "center",
    )
    cover.text(
        w / 2,
        h * 0.45 + 20,
        tr(lg, f"for the year ended {date_text(ye, 'en', 'long')}", f"Geschaeftsjahr {ye.year}"),
        s.font,
        11,
        "center",
    )
    if rng.random() < 0.75:
        pages.append(cover)
    f = pages_of(s, o, tr(lg, f"Accounts {ye.year}", f"Jahresabschluss {ye.year}"), not pages)
    title(f, s, tr(lg, "Treasurer's report", "Bericht des Kassenwarts"), 2)
    for _ in range(rng.randint(2, 4)):
        para(
            f, s, lines_of(rng, "en" if lg == "en" else "de", "charity" if lg == "en" else "survey")
        )
    para(f, s, rng.choice(FOLK[lg]) + ", " + tr(lg, "Hon. Treasurer", "Kassenwart"))
    f.new_page()
    title(f, s, tr(lg, "Receipts and payments account", "Einnahmen und Ausgaben"), 1.5)
    recs = [
        "Subscriptions",
        "Donations",
        "Gift Aid reclaimed",
        "Grants received",
        "Fundraising events",
        "Bank interest",
    ]
    pays = [
        "Hall hire",
        "Insurance",
        "Affiliation fees",
        "Equipment",
        "Coaching / training",
        "Printing & postage",
        "Event costs",
        "Website",
    ]
    if lg == "de":
        recs = ["Mitgliedsbeitraege", "Spenden", "Zuschuesse Gemeinde", "Veranstaltungen", "Zinsen"]
        pays = [
            "Hallenmiete",
            "Versicherung",
            "Verbandsbeitraege",
            "Sportgeraete",
            "Uebungsleiter",
            "Porto",
        ]
    rows = []
    tin = [0.0, 0.0]
    for lab in recs:
        a, b = round(rng.uniform(50, 9000), 0), round(rng.uniform(50, 9000), 0)
        tin[0] += a
        tin[1] += b
        rows.append([lab, money(a, lg), money(b, lg)])
    rows.append([tr(lg, "Total receipts", "Summe Einnahmen"), money(tin[0], lg), money(tin[1], lg)])
    rows.append(["", "", ""])
    tout = [0.0, 0.0]
    for lab in pays:
        a, b = round(rng.uniform(40, 5000), 0), round(rng.uniform(40, 5000), 0)
        tout[0] += a
        tout[1] += b
        rows.append([lab, money(a, lg), money(b, lg)])
    rows.append(
        [tr(lg, "Total payments", "Summe Ausgaben"), money(tout[0], lg), money(tout[1], lg)]
    )
    rows.append(
        [
            tr(lg, "Surplus / (deficit)", "Ueberschuss / Fehlbetrag"),
            money(tin[0] - tout[0], lg),
            money(tin[1] - tout[1], lg),
        ]
    )
    table(
        f,
        columns(m, w - m, [(3, "left"), (1, "right"), (1, "right")]),
        ["", str(ye.year), str(ye.year - 1)],
        rows,
        s,
    )
    f.y += 10
    title(f, s, tr(lg, "Statement of assets and liabilities", "Vermoegensuebersicht"), 1)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Current account", "Girokonto"), money(rng.uniform(300, 20000), lg)),
            (tr(lg, "Deposit account", "Sparkonto"), money(rng.uniform(0, 40000), lg)),
            (tr(lg, "Cash float", "Barkasse"), money(rng.uniform(0, 200), lg)),
            (tr(lg, "Creditors", "Verbindlichkeiten"), money(rng.uniform(0, 900), lg)),
        ],
        w * 0.7,
    )
    if rng.random() < 0.4:
        f.new_page()
        title(f, s, tr(lg, "Notes to the accounts", "Erlaeuterungen"), 1.5)
        for k in range(1, rng.randint(3, 7)):
            title(f, s, f"{k}. " + rng.choice(NOTES), 0)
            para(f, s, lines_of(rng, "en", "charity", (1, 3)), pt=s.size - 1)
    f.new_page()
    title(f, s, tr(lg, "Independent examiner's report", "Bericht der Kassenpruefer"), 1.5)
    for _ in range(rng.randint(2, 3)):
        para(f, s, lines_of(rng, "en", "charity") if lg == "en" else lines_of(rng, "de", "survey"))
    signoff(
        f,
        s,
        lg,
        rng.choice(FOLK[lg]),
        tr(
            lg,
            rng.choice(["Independent examiner", "ACCA, independent examiner"]),
            "Kassenpruefer/in",
        ),
        True,
    )
    return finish(
        pages + f.pages, s, o, covers=len(pages), numbering=rng.choice(["none", "{i}", "- {i} -"])
    )


def tpl_street_collection(rng: random.Random, who: Issuer) -> list[Page]:
    """A council's street collection permit for a charity: the permit itself in a ruled
    frame, then the conditions and the statement of receipts the promoter must return
    within a month; two or three pages."""
    o = sender(who, "council", ["caps", "block", "banner"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    r = keyed(who, "promoter")
    org = r.choice([x[0] for x in SENDERS["charity"] if x[1] == "en"])
    promoter = r.choice(FOLK["en"])
    d = someday(rng)
    no = ref(rng, "SC/####/##")
    f = pages_of(s, o, f"Street collection permit {no}")
    f.page.rect(m - 8, f.y - 14, w - 2 * m + 16, h * 0.5, fill=None)
    title(f, s, "STREET COLLECTION PERMIT", 4)
    f.page.text(
        m,
        f.y,
        "Police, Factories, &c. (Miscellaneous Provisions) Act 1916, section 5",
        italic(s.font),
        s.size - 1,
    )
    f.y += 22
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            ("Permit no.", no),
            ("Granted to", f"{promoter} on behalf of {org}"),
            ("Date(s) of collection", dated(o, d)),
            ("Hours", rng.choice(["09:00 - 17:00", "10:00 - 16:00", "08:00 - 18:00"])),
            (
                "Area",
                rng.choice(
                    [
                        "Cheap Street and Half Moon Street",
                        "Town centre (pedestrian zone)",
                        "High Street between the Square and the Church",
                    ]
                ),
            ),
            ("Collectors (max.)", str(rng.randint(4, 20))),
        ],
        w - m,
    )
    f.y += 8
    para(
        f,
        s,
        "This permit is granted subject to the Street Collection Regulations and the conditions "
        "attached. It must be produced on request by a police officer or an authorised officer "
        "of the Council.",
        pt=s.size - 1,
    )
    f.page.text(m, f.y + 10, rng.choice(FOLK["en"]), s.font, s.size)
    f.page.text(m, f.y + 22, "Licensing Officer, for the Council", s.font, s.size - 1)
    f.new_page()
    title(f, s, "Conditions", 1)
    columns_of_terms(
        f,
        s,
        [
            (t, lines_of(rng, "en", "safety", (1, 3)))
            for t in [
                "Collectors",
                "Age of collectors",
                "Boxes",
                "Badges",
                "Position",
                "Obstruction",
                "Counting and banking",
                "Statement of receipts",
            ]
        ],
        pt=7.5,
    )
    if rng.random() < 0.3:
        return finish(f.pages, s, o)
    f.new_page()
    title(f, s, "Statement of amounts received and expenses", 1)
    para(
        f,
        s,
        "To be returned to the Licensing Team within one month of the collection, certified by "
        f"the promoter and a qualified accountant or responsible person. Permit {no}.",
        pt=s.size - 1,
    )
    rows = [[str(k + 1), "", "", ""] for k in range(rng.randint(6, 14))]
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (2.5, "left"), (1.5, "left"), (1, "right")]),
        ["Box no.", "Collector's name", "Address", "Amount"],
        rows,
        s,
        rules=True,
        step=2.1,
    )
    f.y += 8
    f.y = boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Total collected", ""),
            ("Expenses", ""),
            ("Signed (promoter)", ""),
            ("Signed (certifier)", ""),
        ],
        2,
        hand=False,
    )
    return finish(f.pages, s, o)


def tpl_room_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A library's or village hall's room booking confirmation: the room, the date and
    hours, the layout and equipment, the charge and the deposit; one page (A4 or A5), a
    group's bookings come together (German Raumbuchung of a Stadtbibliothek)."""
    o = sender(who, "venue", ["plain", "boxed", "caps", "banner"])
    lg = o.lang
    s = on_paper(who.style, rng.choice([A4, A5, A5]), 34 if rng.random() < 0.5 else 0, 9)
    w, h = s.page_size
    m = s.margin
    r = keyed(who, "hirer")
    hirer = choose(
        r,
        lg,
        [
            "Sherborne U3A Local History",
            "Forest Row WI",
            "Nantwich Camera Club",
            "Weaver Valley Quilters",
            "Repair Cafe",
            "Lesekreis Bloherfelde",
        ],
    )
    contact = r.choice(FOLK[lg])
    d = someday(rng)
    bk = ref(rng, "BK#####")
    p = Page(s.page_size)
    y = masthead(p, s, o)
    y = envelope(p, s, None, y, [contact, hirer]) + 14
    p.text(
        m, y, tr(lg, "Booking confirmation", "Buchungsbestaetigung Raumnutzung"), s.bold, s.size + 3
    )
    y += 20
    start = rng.choice([9, 10, 13, 14, 18, 19])
    hrs = rng.choice([2, 2, 3, 4])
    rate = rng.choice([12, 15, 18.5, 22, 30, 45])
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Booking ref", "Buchungsnr."), bk),
            (
                tr(lg, "Room", "Raum"),
                choose(
                    rng,
                    lg,
                    [
                        "Gruppenraum EG",
                        "Meeting Room 1",
                        "Main Hall",
                        "Committee Room",
                        "Community Room (first floor)",
                        "Seminarraum 2",
                    ],
                ),
            ),
            (tr(lg, "Date", "Datum"), dated(o, d)),
            (tr(lg, "Time", "Uhrzeit"), f"{start:02d}:00 - {start + hrs:02d}:00"),
            (
                tr(lg, "Layout", "Bestuhlung"),
                choose(
                    rng, lg, ["Boardroom, 12", "Theatre, 40", "Cabaret, 6 tables", "Reihen, 30"]
                ),
            ),
            (
                tr(lg, "Equipment", "Technik"),
                choose(
                    rng,
                    lg,
                    ["Projector & screen", "Tea urn, crockery", "None", "Beamer, Flipchart"],
                ),
            ),
            (
                tr(lg, "Hire charge", "Entgelt"),
                f"{hrs} x {money(rate, lg)} = {money(hrs * rate, lg)} {ccy(lg)}",
            ),
            (
                tr(lg, "Deposit", "Kaution"),
                rng.choice(["not required", money(50, lg), money(25, lg)]),
            ),
        ],
        w - m,
    )
    y += 8
    if y < h - 80:
        text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "Please leave the room as you found it and return the key to the desk. "
                "Cancellations with less than 7 days' notice are charged in full.",
                "Bitte hinterlassen Sie den Raum aufgeraeumt. Eine Stornierung ist bis 7 Tage "
                "vorher kostenfrei.",
            ),
            s.size - 1.5,
        )
    return finish([p], s, o, numbering="none")


def tpl_foodbank_voucher(rng: random.Random, who: Issuer) -> list[Page]:
    """A food bank referral voucher filled in by a referral agency (A5 or A6 card): the
    client's household, the reason for referral, the collection centre; the agency's
    carbon copies come together."""
    o = sender(who, "charity", ["plain", "caps"])
    lg = o.lang
    size = rng.choice([A5, A6, landscape(A6)])
    s = on_paper(who.style, size, 20, 8)
    w, h = size
    m = s.margin
    p = Page(size)
    p.rect(m - 4, m - 16, w - 2 * m + 8, 20, fill=0.85)
    p.text(
        m,
        m - 2,
        fit(o.name + " - " + tr(lg, "Food voucher", "Berechtigungsschein"), s.bold, 9, w - 2 * m),
        s.bold,
        9,
    )
    p.text(w - m, m + 14, "No. " + str(rng.randint(100000, 999999)), "Courier-Bold", 9, "right")
    agency = choose(
        rng,
        lg,
        [
            "Citizens Advice",
            "Jobcentre Plus",
            "St Barnabas Church",
            "Health visitor team",
            "Housing Options",
            "Caritas Beratung",
            "Schuldnerberatung",
        ],
    )
    y = boxes(
        p,
        s,
        m,
        m + 22,
        w - 2 * m,
        [
            (tr(lg, "Client name", "Name"), rng.choice(FOLK[lg])),
            (tr(lg, "Postcode", "PLZ"), rng.choice(PLACES[lg])[1].split()[-1]),
            (
                tr(lg, "Adults / children", "Erw. / Kinder"),
                f"{rng.randint(1, 2)} / {rng.randint(0, 4)}",
            ),
            (tr(lg, "Referring agency", "Ausgestellt von"), agency),
        ],
        2 if w > 300 else 1,
        h=24,
    )
    if y < h - 50:
        y = options(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Benefit delay", "Leistungsverzug"),
                tr(lg, "Low income", "Niedriges Einkommen"),
                tr(lg, "Debt", "Schulden"),
                tr(lg, "Sickness", "Krankheit"),
                tr(lg, "Other", "Sonstiges"),
            ],
            {rng.randint(0, 4)},
        )
    if y < h - 24:
        p.text(
            m,
            min(y + 4, h - 16),
            fit(
                tr(
                    lg,
                    f"Valid until {date_text(someday(rng), lg, 'short')} - bring this voucher to "
                    "the centre",
                    f"Gueltig bis {date_text(someday(rng), lg, 'short')}",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    return [p]


def tpl_safety_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """A landlord's or letting agent's letter to a tenant: the electrical installation (or
    gas, or smoke alarm) check is due, the appointment, how to give access; one page, an
    agent's letters to several tenants come together."""
    o = sender(who, "landlord", ["plain", "boxed", "block", "caps"])
    s = who.style
    ten = person_of(who, "en", "tenant" + str(rng.randint(0, 5)))
    d = someday(rng)
    what = rng.choice(
        [
            "electrical installation condition report (EICR)",
            "annual gas safety check",
            "smoke and carbon monoxide alarm test",
            "EICR",
        ]
    )
    f = pages_of(s, o, "")
    addressee(f, s, o, ten, d, [("Property", ten[1])])
    title(
        f, s, rng.choice([f"Re: {ten[1]} - {what}", "Safety inspection - access required", ""]), 1
    )
    salute(f, s, "en", ten[0].split()[0] if rng.random() < 0.5 else ten[0])
    appt = d + timedelta(days=rng.randint(7, 21))
    para(
        f,
        s,
        f"As your landlord we are required by law to arrange a {what} at the property. We have "
        f"booked {rng.choice([x[0] for x in SENDERS['electrician']])} to attend on "
        f"{dated(o, appt)} between "
        f"{rng.choice(['8am and 12 noon', '12 noon and 4pm', '9am and 1pm'])}.",
    )
    para(
        f,
        s,
        "The visit usually takes "
        + rng.choice(["two to three hours", "about an hour", "half a day"])
        + ". The power "
        + rng.choice(["will need to be turned off for short periods", "may be off for a while"])
        + ". Please make sure the consumer unit and the sockets can be reached.",
    )
    if rng.random() < 0.5:
        para(
            f,
            s,
            "If the appointment is not convenient please contact us within 48 hours. If we "
            "cannot gain access we may have to use our key, with notice, as the tenancy "
            "agreement allows.",
        )
    signoff(
        f,
        s,
        "en",
        rng.choice(FOLK["en"]),
        rng.choice(["Property Manager", "Landlord", "Lettings Administrator"]),
        rng.random() < 0.6,
    )
    return finish(f.pages, s, o, numbering="none")


INSPECTED = [
    "Condition of service cable and cut-out",
    "Presence of adequate main switch",
    "Condition of consumer unit enclosure",
    "Presence of RCD for socket outlets up to 32 A",
    "Main protective bonding to water",
    "Main protective bonding to gas",
    "Supplementary bonding in bathroom",
    "Identification of conductors",
    "Cables correctly supported",
    "Condition of accessories including sockets and switches",
    "Suitability of accessories for external influences",
    "Adequacy of access to switchgear",
    "Presence of circuit chart",
    "Presence of RCD test notice",
    "Presence of alternative supply warning",
    "Protection against thermal effects",
    "Zones of a location containing a bath or shower",
    "Cables concealed in walls protected by RCD",
    "Polarity of accessories",
    "Earthing conductor size and connection",
]


def tpl_eicr_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An electrical installation condition report from an electrician: a first page with the
    client, the installation and the overall assessment, the observations with their codes,
    the schedule of inspections, the supply characteristics, and one or more landscape
    schedules of circuit details and test results; three to six pages, with a 'Page i of n'
    on each."""
    o = sender(who, "electrician", ["block", "banner", "plain"])
    s = on_paper(who.style, A4, 36, min(who.style.size, 9))
    w, _ = s.page_size
    m = s.margin
    ten = person_of(who, "en", "tenant0")
    ll = rng.choice([x[0] for x in SENDERS["landlord"]])
    d = someday(rng)
    cert = ref(rng, "EICR-######")
    f = pages_of(s, o, f"Report no. {cert} - {ten[1]}")
    title(f, s, "ELECTRICAL INSTALLATION CONDITION REPORT", 3)
    f.y = boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Report no.", cert),
            ("Date of inspection", date_text(d, "en", "short")),
            ("Client", ll),
            ("Installation address", ten[1] + ", " + ten[2]),
            ("Occupier", ten[0]),
            (
                "Purpose",
                rng.choice(["Change of tenancy", "Periodic (landlord)", "Mortgage / sale"]),
            ),
            ("Estimated age of wiring", rng.choice(["15 yrs", "30+ yrs", "8 yrs", "unknown"])),
            ("Extent of inspection", "Whole installation, 10% of accessories opened"),
        ],
        2,
        hand=rng.random() < 0.5,
    )
    good = rng.random() < 0.7
    f.page.rect(m, f.y, w - 2 * m, 40, fill=0.92)
    f.page.text(m + 8, f.y + 16, "Overall assessment of the installation:", s.bold, s.size)
    f.page.text(m + 8, f.y + 30, "SATISFACTORY" if good else "UNSATISFACTORY", s.bold, s.size + 4)
    f.y += 56
    title(f, s, "Observations and recommendations", 1)
    obs = []
    for k in range(rng.randint(1, 9)):
        obs.append(
            [
                str(k + 1),
                rng.choice(
                    [
                        "No RCD protection to socket circuits",
                        "Bonding to gas not verified",
                        "Damaged accessory - kitchen socket",
                        "No circuit chart at consumer unit",
                        "Cable not adequately supported in loft",
                        "Bathroom light fitting not IP rated",
                        "Combustible consumer unit enclosure",
                    ]
                ),
                rng.choice(["C2", "C3", "C3", "FI"] if good else ["C1", "C2", "C2", "C3"]),
            ]
        )
    table(
        f,
        columns(m, w - m, [(0.4, "left"), (5, "left"), (0.7, "center")]),
        ["Item", "Observation", "Code"],
        obs,
        s,
        rules=True,
    )
    if rng.random() < 0.8:
        f.new_page()
        title(f, s, "Schedule of inspections", 1)
        for k, item in enumerate(rng.sample(INSPECTED, rng.randint(14, len(INSPECTED))), 1):
            f.need(s.size * 1.6)
            f.page.text(m, f.y, f"{k}.", s.font, s.size - 1)
            f.page.text(m + 22, f.y, item, s.font, s.size - 1)
            mark = rng.choice(["ok", "ok", "ok", "N/A", "LIM", "C3", "C2"])
            f.page.text(w - m, f.y, mark, "Courier-Oblique", s.size, "right")
            f.y += s.size * 1.6
    f.new_page()
    title(f, s, "Supply characteristics and earthing", 1)
    f.y = boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Earthing arrangement", rng.choice(["TN-C-S", "TN-S", "TT"])),
            ("Nominal voltage", "230 V"),
            ("Ze", f"{rng.uniform(0.08, 0.8):.2f} ohm"),
            ("PFC", f"{rng.uniform(0.8, 6):.1f} kA"),
            ("Main switch rating", rng.choice(["100 A", "80 A"])),
            ("Main bonding", rng.choice(["10 mm2", "16 mm2"])),
            ("RCD type", rng.choice(["A", "AC"])),
            ("Number of ways", str(rng.randint(6, 18))),
        ],
        4,
        h=28,
    )
    para(f, s, lines_of(rng, "en", "home", (2, 4)), pt=s.size - 1)
    f.y += 8
    f.page.text(m, f.y, "Inspected and tested by", s.font, 8)
    f.page.text(m + 110, f.y, rng.choice(FOLK["en"]).split()[-1], "Times-Italic", 13)
    f.y += 20
    pages = f.pages
    ls = on_paper(s, landscape(A4), 30, 7)
    lw, lh = ls.page_size
    circuits = rng.randint(6, 34)
    k = 0
    while k < circuits:
        p = Page(ls.page_size)
        p.text(30, 30, f"Schedule of circuit details and test results - {cert}", ls.bold, 9)
        cols = columns(
            30,
            lw - 30,
            [
                (0.4, "left"),
                (2.4, "left"),
                (0.6, "center"),
                (0.6, "right"),
                (0.6, "right"),
                (0.6, "right"),
                (0.6, "right"),
                (0.7, "right"),
                (0.7, "right"),
                (0.6, "center"),
            ],
        )
        heads = [
            "Cct",
            "Description",
            "Type",
            "Rating A",
            "Cable mm2",
            "R1+R2",
            "Zs",
            "IR MOhm",
            "RCD ms",
            "Test btn",
        ]
        y = 54.0
        for c, t in zip(cols, heads, strict=True):
            p.text(
                c[0] if c[2] != "right" else c[1],
                y,
                t,
                ls.bold,
                7,
                c[2] if c[2] != "center" else "left",
            )
        p.line(30, y + 4, lw - 30, y + 4)
        y += 16
        while k < circuits and y < lh - 50:
            row = [
                str(k + 1),
                rng.choice(
                    [
                        "Sockets ground floor",
                        "Lights up",
                        "Cooker",
                        "Shower",
                        "Immersion",
                        "Smoke alarms",
                        "Sockets kitchen",
                        "Garage",
                        "Outside lights",
                        "Boiler FCU",
                    ]
                ),
                rng.choice(["B", "C"]),
                str(rng.choice([6, 10, 16, 20, 32, 40])),
                rng.choice(["1.0", "2.5", "6.0", "10"]),
                f"{rng.uniform(0.1, 1.2):.2f}",
                f"{rng.uniform(0.2, 1.5):.2f}",
                ">200",
                str(rng.randint(14, 32)),
                "ok",
            ]
            for c, t in zip(cols, row, strict=True):
                p.text(
                    c[1] if c[2] == "right" else c[0],
                    y,
                    t,
                    ls.font,
                    7,
                    "right" if c[2] == "right" else "left",
                )
            p.line(30, y + 4, lw - 30, y + 4)
            y += 15
            k += 1
        pages.append(p)
    return finish(pages, s, o, numbering="Page {i} of {n}")


def tpl_deposit_return(rng: random.Random, who: Issuer) -> list[Page]:
    """A landlord's or agent's end-of-tenancy deposit return: the letter proposing
    deductions, the breakdown against the check-out report, and for some a page of
    quotes / receipts listed as evidence; one to three pages."""
    o = sender(who, "landlord")
    s = who.style
    w, _ = s.page_size
    m = s.margin
    ten = person_of(who, "en", "tenant" + str(rng.randint(0, 5)))
    d = someday(rng)
    dep = rng.choice([650, 800, 950, 1150, 1385, 1600, 2100])
    f = pages_of(s, o, f"{ten[1]} - deposit")
    addressee(
        f,
        s,
        o,
        [
            ten[0],
            rng.choice(["Flat 2, 8 Long Street", "14 Acreman Street", "c/o 3 Bell Lane"]),
            ten[2],
        ],
        d,
        [("Scheme ref", ref(rng, "@@########"))],
    )
    title(f, s, rng.choice(["Return of tenancy deposit", f"Deposit - {ten[1]}", ""]), 1.5)
    salute(f, s, "en", ten[0])
    para(
        f,
        s,
        f"Thank you for returning the keys on {dated(o, d - timedelta(days=rng.randint(3, 10)))}. "
        "We have compared the check-out report with the inventory at the start of your tenancy "
        f"and set out below the deductions we propose from your deposit of {money(dep)}.",
    )
    items = rng.sample(
        [
            ("Professional clean (oven, kitchen)", 60, 220),
            ("Carpet clean - bedroom 2", 45, 120),
            ("Replace broken blind", 25, 80),
            ("Garden clearance", 40, 150),
            ("Missing keys / fob", 15, 60),
            ("Filling and redecoration, lounge wall", 80, 260),
            ("Unpaid rent (pro rata)", 50, 400),
            ("Removal of items left", 30, 140),
        ],
        rng.randint(0, 5),
    )
    rows = []
    tot = 0.0
    for lab, lo, hi in items:
        v = round(rng.uniform(lo, hi), 2)
        tot += v
        rows.append(
            [
                lab,
                rng.choice(
                    ["Check-out p.4", "Photo 12-15", "Quote attached", "Inventory item 3.2", ""]
                ),
                money(v),
            ]
        )
    if rows:
        table(
            f,
            columns(m, w - m, [(3, "left"), (1.5, "left"), (1, "right")]),
            ["Item", "Evidence", "Amount"],
            rows,
            s,
            rules=True,
        )
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y + 6,
        [
            ("Deposit held", money(dep)),
            ("Deductions", money(tot)),
            ("To be returned to you", money(dep - tot)),
        ],
        w - m,
        s.size,
    )
    f.y += 6
    para(
        f,
        s,
        "If you agree, please confirm through the scheme's website and the balance will be paid "
        "within 10 days. If you do not agree, you may use the scheme's free dispute resolution "
        "service.",
    )
    signoff(
        f,
        s,
        "en",
        rng.choice(FOLK["en"]),
        rng.choice(["Landlord", "Property Manager"]),
        rng.random() < 0.5,
    )
    if items and rng.random() < 0.45:
        f.new_page()
        title(f, s, "Supporting evidence", 1)
        for lab, _, _ in items:
            f.need(80)
            f.page.rect(m, f.y, 120, 70, fill=0.7)
            f.page.text(m + 130, f.y + 12, lab, s.bold, s.size - 1)
            text_block(
                f.page,
                s,
                m + 130,
                f.y + 26,
                w - 2 * m - 130,
                line_of(rng, "en", "home"),
                s.size - 2,
            )
            f.y += 82
    return finish(f.pages, s, o, numbering=rng.choice(["none", "none", "Page {i} of {n}"]))


def tpl_invoice_book(rng: random.Random, who: Issuer) -> list[Page]:
    """A page from a self-employed tradesman's duplicate invoice book (A5 or A6, printed
    boxes filled in by hand, a carbon copy): the customer, the job, the amounts, 'paid with
    thanks' for some; a tradesman's pages come several together (German Quittungsblock)."""
    o = sender(who, "trade")
    lg = o.lang
    size = rng.choice([A5, A5, landscape(A6), A6])
    s = on_paper(who.style, size, 22, 8)
    w, h = size
    m = s.margin
    p = Page(size)
    p.text(m, m - 4, fit(o.name, s.bold, 10, w * 0.7), s.bold, 10)
    p.text(
        m,
        m + 8,
        fit(", ".join(x for x in (o.street, o.town) if x), s.font, 6.5, w - 2 * m),
        s.font,
        6.5,
    )
    no = rng.randint(1, 4999)
    p.text(w - m, m - 4, f"No {no:04d}", "Courier-Bold", 11, "right")
    cust = person_of(who, lg, "customer" + str(rng.randint(0, 9)))
    y = boxes(
        p,
        s,
        m,
        m + 18,
        w - 2 * m,
        [
            (tr(lg, "To", "An"), cust[0] + ", " + cust[1]),
            (tr(lg, "Date", "Datum"), date_text(someday(rng), lg, "short")),
        ],
        2 if w > 300 else 1,
        h=24,
    )
    total = 0.0
    pool = [
        "Anfahrt",
        "Tapezieren Wohnzimmer 6 Rollen",
        "Arbeitszeit 8 Std.",
        "Labour 1 day",
        "Labour 2 days",
        "Materials",
        "Replace radiator valve",
        "Fit outside tap",
        "Post & rail fencing 30m",
        "Supply gravel 2t",
        "Paint hall & landing",
        "Callout",
        "Wallpaper 6 rolls",
        "Skip hire",
        "Streichen Flur",
        "Material",
    ]
    mine = [x for x in pool if LOCAL.get(x, "en") == ("de" if lg == "de" else "en")]
    jobs = rng.sample(mine, rng.randint(2, 4))
    for j in jobs:
        if y > h - 56:
            break
        v = round(rng.uniform(15, 480), 0)
        total += v
        p.text(m + 2, y, j, "Courier-Oblique", 8.5)
        p.text(w - m - 2, y, money(v, lg), "Courier-Oblique", 8.5, "right")
        p.line(m, y + 4, w - m, y + 4)
        y += 14
    if y < h - 26:
        p.text(w - m - 70, y + 6, tr(lg, "Total", "Summe"), s.bold, 8, "right")
        p.text(w - m - 2, y + 6, money(total, lg), "Courier-Oblique", 9.5, "right")
    if rng.random() < 0.5 and y < h - 40:
        p.text(
            m + 10,
            min(y + 26, h - 12),
            tr(lg, "Paid with thanks", "Betrag dankend erhalten"),
            "Times-Italic",
            12,
        )
    return [p]


ELEMENTS = ["Party wall", "Ceiling", "Skirting", "Chimney breast", "Window reveal", "Floor"]


def tpl_party_wall(rng: random.Random, who: Issuer) -> list[Page]:
    """A party wall award made by surveyors between a building owner and an adjoining owner:
    the award's numbered clauses, the signatures of the surveyors, then a schedule of
    condition of the adjoining property room by room with photograph references; two to
    seven pages, the schedule sometimes with its own title page."""
    o = sender(who, "surveyor", ["plain", "caps", "boxed"])
    s = who.style
    _w, _ = s.page_size
    m = s.margin
    bo = person_of(who, "en", "bo")
    ao = person_of(who, "en", "ao")
    d = someday(rng)
    f = pages_of(s, o, f"Party wall award - {bo[1]} / {ao[1]}", mast=rng.random() < 0.6)
    title(f, s, "PARTY WALL etc. ACT 1996", 2)
    title(f, s, "AWARD", 6)
    para(
        f,
        s,
        f"in the matter of the building owner {bo[0]} of {bo[1]}, {bo[2]} and the adjoining owner "
        f"{ao[0]} of {ao[1]}, {ao[2]}.",
    )
    para(f, s, "WHEREAS " + lines_of(rng, "en", "law", (1, 2)))
    for k in range(1, rng.randint(14, 30)):
        para(f, s, f"{k}. " + lines_of(rng, "en", "law", (1, 3)), 0)
    f.need(160)
    f.y += 10
    for who_ in ["Surveyor for the building owner", "Surveyor for the adjoining owner"]:
        f.page.text(m, f.y, "Signed", s.font, s.size - 1)
        f.page.text(m + 60, f.y, rng.choice(FOLK["en"]).split()[-1], "Times-Italic", 14)
        f.page.text(m + 60, f.y + 14, who_ + " MRICS", s.font, s.size - 1)
        f.y += 40
    f.page.text(m, f.y, f"Dated {dated(o, d)}", s.font, s.size)
    f.y += 20
    f.new_page()
    if rng.random() < 0.4:
        f.y += 160
        title(f, s, "SCHEDULE OF CONDITION", 6)
        para(
            f, s, f"of {ao[1]}, {ao[2]} taken on {dated(o, d - timedelta(days=rng.randint(3, 20)))}"
        )
        f.new_page()
    for room in rng.sample(
        [
            "Front elevation",
            "Rear elevation",
            "Kitchen",
            "Living room",
            "Bedroom 1",
            "Bedroom 2",
            "Stairs and landing",
            "Loft",
            "Garden wall",
            "Bathroom",
        ],
        rng.randint(4, 9),
    ):
        title(f, s, room, 1, under=True)
        for _ in range(rng.randint(3, 7)):
            para(
                f,
                s,
                f"{rng.choice(ELEMENTS)}: "
                f"{line_of(rng, 'en', 'home', 10)} (photo {rng.randint(1, 80)})",
                12,
                s.size - 1,
            )
    return finish(f.pages, s, o, numbering=rng.choice(["{i}", "Page {i} of {n}", "none"]))


def tpl_collision_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A motor collision report: an insurer's accident report form (or a French constat
    amiable with vehicles A and B side by side, or a police collision report) with the
    sketch, the circumstances ticked and the statements page; two or three pages."""
    o = sender(who, "insurer", ["plain", "banner", "block"])
    lg = o.lang
    s = on_paper(who.style, A4, 32, min(who.style.size, 9))
    w, _h = s.page_size
    m = s.margin
    d = someday(rng)
    driver = person_of(who, lg, "driver")
    other = rng.choice(FOLK[lg])
    f = pages_of(
        s, o, tr(lg, f"Claim {ref(rng, '@@######')} - {driver[0]}", "", "Constat amiable - suite")
    )
    title(
        f,
        s,
        tr(
            lg,
            rng.choice(["Motor accident report form", "Road traffic collision report"]),
            "",
            "CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE",
        ),
        3,
    )
    f.y = boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Date of accident", "", "Date de l'accident"), date_text(d, lg, "short")),
            (tr(lg, "Time", "", "Heure"), f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"),
            (
                tr(lg, "Place", "", "Lieu"),
                choose(
                    rng,
                    lg,
                    [
                        "RN12, Landivisiau",
                        "A352 near Longburton",
                        "Welsh Row / Water Lode",
                        "rocade de Rennes sortie 12",
                        "B2110, Forest Row",
                    ],
                ),
            ),
            (
                tr(lg, "Injuries", "", "Blesses"),
                rng.choice([tr(lg, "no", "", "non"), tr(lg, "yes - minor", "", "oui")]),
            ),
        ],
        4,
    )
    half = (w - 2 * m - 10) / 2
    for side, (lab, name) in enumerate(
        [
            (tr(lg, "Your vehicle", "", "Vehicule A"), driver[0]),
            (tr(lg, "Other vehicle", "", "Vehicule B"), other),
        ]
    ):
        x = m + side * (half + 10)
        f.page.rect(x, f.y, half, 16, fill=0.85)
        f.page.text(x + 4, f.y + 11, lab, s.bold, 9)
        boxes(
            f.page,
            s,
            x,
            f.y + 16,
            half,
            [
                (tr(lg, "Driver", "", "Conducteur"), name),
                (
                    tr(lg, "Registration", "", "Immatriculation"),
                    ref(rng, "@@## @@@") if lg == "en" else ref(rng, "@@-###-@@"),
                ),
                (
                    tr(lg, "Make / model", "", "Marque, type"),
                    rng.choice(
                        [
                            "Ford Focus",
                            "VW Golf",
                            "Renault Clio",
                            "Land Rover Defender",
                            "Peugeot 208",
                        ]
                    ),
                ),
                (tr(lg, "Insurer / policy", "", "Assureur / contrat"), ref(rng, "@@#######")),
                (
                    tr(lg, "Damage", "", "Degats apparents"),
                    choose(
                        rng,
                        lg,
                        [
                            "nearside front wing",
                            "rear bumper",
                            "pare-choc avant",
                            "offside mirror",
                            "portiere arriere droite",
                        ],
                    ),
                ),
            ],
            1,
            h=26,
        )
    f.y += 16 + 5 * 26 + 12
    opts = (
        [
            "parked",
            "leaving a parking space",
            "entering a car park",
            "reversing",
            "changing lanes",
            "overtaking",
            "turning right",
            "turning left",
            "at a roundabout",
            "hit from behind",
        ]
        if lg == "en"
        else [
            "en stationnement",
            "quittait un stationnement",
            "prenait un parking",
            "reculait",
            "changeait de file",
            "doublait",
            "virait a droite",
            "virait a gauche",
            "s'engageait sur un rond-point",
            "heurtait a l'arriere",
        ]
    )
    title(f, s, tr(lg, "Circumstances (tick)", "", "Circonstances (cocher)"), 0.5)
    f.y = options(
        f.page, s, m, f.y, w - 2 * m, opts, set(rng.sample(range(len(opts)), rng.randint(1, 2)))
    )
    f.need(180)
    title(f, s, tr(lg, "Sketch", "", "Croquis de l'accident"), 0.5)
    f.page.rect(m, f.y, w - 2 * m, 150)
    f.page.line(m + 10, f.y + 75, w - m - 10, f.y + 75)
    f.page.rect(m + 80, f.y + 50, 40, 18)
    f.page.rect(m + 200, f.y + 82, 40, 18)
    f.y += 160
    f.new_page()
    title(f, s, tr(lg, "Your account of what happened", "", "Observations"), 1)
    for _ in range(rng.randint(8, 16)):
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        if rng.random() < 0.7:
            f.page.text(
                m + 4,
                f.y,
                " ".join(line_of(rng, "en", "safety", 9).split()[:9]),
                "Courier-Oblique",
                9,
            )
        f.y += 18
    f.y += 10
    f.y = boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Witnesses (name, address)", "", "Temoins"),
                rng.choice(["", "none", rng.choice(FOLK[lg])]),
            ),
            (tr(lg, "Signed", "", "Signature A / B"), driver[0].split()[-1]),
        ],
        1,
        h=34,
    )
    return finish(f.pages, s, o, numbering=rng.choice(["none", "{i}/{n}"]))


def tpl_survey_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """An official statistics office's survey letter to a sampled address: the letter
    (an advance letter, or a reminder), the leaflet on confidentiality and, for some, the
    short questionnaire (ONS, German Mikrozensus with the Auskunftspflicht, French enquete
    INSEE); one to four pages."""
    o = sender(who, "stats", ["block", "caps", "banner"])
    lg = o.lang
    s = who.style
    w, _ = s.page_size
    m = s.margin
    hh = person_of(who, lg, "household")
    hh = (
        [tr(lg, "The Occupier", "An die Bewohner/innen", "Aux occupants"), *hh[1:]]
        if rng.random() < 0.6
        else hh
    )
    d = someday(rng)
    survey = tr(
        lg,
        rng.choice(
            [
                "Labour Force Survey",
                "Living Costs and Food Survey",
                "Opinions and Lifestyle Survey",
                "Wealth and Assets Survey",
            ]
        ),
        "Mikrozensus " + str(d.year),
        rng.choice(["Enquete Emploi", "Enquete Cadre de vie et securite", "Enquete Logement"]),
    )
    f = pages_of(s, o, survey)
    addressee(
        f, s, o, hh, d, [(tr(lg, "Serial", "Ordnungsnummer", "Identifiant"), ref(rng, "######-##"))]
    )
    title(f, s, survey if rng.random() < 0.6 else "", 2)
    salute(f, s, lg)
    for _ in range(rng.randint(2, 4)):
        para(f, s, lines_of(rng, lg, "survey") if lg != "en" else lines_of(rng, "en", "survey"))
    para(
        f,
        s,
        tr(
            lg,
            f"An interviewer, {rng.choice(FOLK['en'])}, will call at your address in the next few "
            "weeks. They will carry an identity card.",
            "Nach Paragraf 7 Mikrozensusgesetz besteht fuer die meisten Fragen Auskunftspflicht. "
            "Ihre Angaben werden geheim gehalten.",
            "Cette enquete est reconnue d'interet general et de qualite statistique; elle est "
            "obligatoire.",
        ),
    )
    signoff(
        f,
        s,
        lg,
        rng.choice(FOLK[lg]),
        tr(lg, "Director of Surveys", "Referatsleitung", "Le directeur regional"),
        rng.random() < 0.5,
    )
    if rng.random() < 0.6:
        f.new_page()
        title(
            f,
            s,
            tr(lg, "Your information is safe with us", "Datenschutzhinweise", "Confidentialite"),
            1.5,
            under=True,
        )
        columns_of_terms(
            f,
            s,
            [
                (t, lines_of(rng, lg, "survey", (2, 4)))
                for t in (
                    [
                        "Why we need you",
                        "How we chose your address",
                        "Confidentiality",
                        "How long the interview takes",
                        "Your rights",
                    ]
                    if lg == "en"
                    else ["Zweck", "Rechtsgrundlage", "Geheimhaltung", "Loeschung", "Ihre Rechte"]
                    if lg == "de"
                    else ["Objectif", "Confidentialite", "Vos droits"]
                )
            ],
            pt=7.5,
        )
    if rng.random() < 0.4:
        f.new_page()
        title(
            f,
            s,
            tr(lg, "Household questionnaire", "Erhebungsbogen Haushalt", "Questionnaire menage"),
            1.5,
        )
        for k in range(rng.randint(4, 8)):
            f.need(50)
            f.page.text(
                m, f.y, f"{k + 1}. " + line_of(rng, lg, "survey", 9)[:-1] + "?", s.font, s.size - 1
            )
            f.y = options(
                f.page,
                s,
                m + 14,
                f.y + 14,
                w - 2 * m - 14,
                [
                    tr(lg, "Yes", "Ja", "Oui"),
                    tr(lg, "No", "Nein", "Non"),
                    tr(lg, "Prefer not to say", "Keine Angabe", "Ne sait pas"),
                ],
                {rng.randint(0, 2)},
            )
    return finish(f.pages, s, o, numbering=rng.choice(["none", "{i}"]))


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_N: dict[str, Template] = {
    "farm_subsidy": tpl_farm_subsidy,
    "milk_statement": tpl_milk_statement,
    "cattle_movement": tpl_cattle_movement,
    "tb_test": tpl_tb_test,
    "merchant_invoice": tpl_merchant_invoice,
    "volunteer_agreement": tpl_volunteer_agreement,
    "grant_award": tpl_grant_award,
    "risk_assessment": tpl_risk_assessment,
    "trip_consent": tpl_trip_consent,
    "club_accounts": tpl_club_accounts,
    "street_collection": tpl_street_collection,
    "room_booking": tpl_room_booking,
    "foodbank_voucher": tpl_foodbank_voucher,
    "safety_reminder": tpl_safety_reminder,
    "eicr_report": tpl_eicr_report,
    "deposit_return": tpl_deposit_return,
    "invoice_book": tpl_invoice_book,
    "party_wall": tpl_party_wall,
    "collision_report": tpl_collision_report,
    "survey_letter": tpl_survey_letter,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "milk_statement",
    "cattle_movement",
    "room_booking",
    "foodbank_voucher",
    "safety_reminder",
    "invoice_book",
)
#: A kind often followed by a related kind from the same issuer.
FOLLOWS = {
    "safety_reminder": "eicr_report",
    "street_collection": "risk_assessment",
    "cattle_movement": "tb_test",
    "grant_award": "volunteer_agreement",
    "farm_subsidy": "merchant_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_crate_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; a safety reminder is followed by the
    electrical report, a street collection permit by the risk assessment, a cattle movement
    card by the TB test chart, a grant award by the volunteer agreement and a farm subsidy
    statement by the merchant invoice, each with probability 0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_N, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_crate_stream, "templates N")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

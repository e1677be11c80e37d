"""Tote part of the generated corpus: templates T, written blind for the next measurement.

Another part, ``tote``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as the post room of a residential property
management company (a managing agent, Hausverwaltung or syndic de copropriete looking after
blocks of flats and their owners' associations in England, Germany and France) scans its
incoming and outgoing paper in one pile each day: each stream is mostly the post of one
country's branch, some of another's. The papers: service charge demands with the statutory
summary of tenants' rights (a Hausgeld-Anforderung with the individual budget, an appel de
fonds with its tear-off slip), year-end service charge accounts (Hausgeldabrechnung,
regularisation des charges) with the individual statement, the expenditure account, the
reserve fund and the accountant's report, notices of the owners' meeting with the agenda and
the proxy / postal vote form, minutes of the meeting with the attendance list, arrears
reminders, the agent's works orders to contractors, contractors' invoices (with the signed job
sheet or the before / after photos) and quotations (with their terms), residents' repair
request forms filled in by hand, residents' letters (some handwritten, some with photos),
returned proxy forms, heat cost allocator reading cards and the metering firm's heating cost
statement, the block insurance renewal schedule, escape-of-water claim forms (a constat degat
des eaux, a Schadenanzeige), the loss adjuster's report with photo sheets, lift inspection
reports, communal electricity and water bills, the association's bank statements, the
cleaners' monthly checklists, key receipts and the check-in / check-out inventory of a flat.
Each sender writes in its own language; page sizes range from narrow key slips and A5 cards
to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the post room files it
under one reference: the summary of tenants' rights, the individual budget and the tear-off
slip of a demand; the individual statement, expenditure account, reserve fund page, tax
certificate and accountant's report of the year-end accounts; the agenda, the draft budget and
the blank proxy / postal vote form sent with a meeting notice; the attendance list of the
minutes; the statement of account behind an arrears reminder; the job sheet and photo page of
an invoice; the terms page of a quotation; the photos a resident encloses with a letter and
the covering note clipped to a returned proxy; the schedule, endorsements and small print of an
insurance renewal; the photo sheets of an adjuster's report; the room pages, meter readings
and photos of an inventory; the later pages of statements, bills and reports belong to their
document. Related papers are documents of their own: an owner's returned proxy after the
notice, the works order after a repair request or a quotation, the contractor's invoice after
the works order, the adjuster's report after a claim form, the heating statement after the
reading cards, the quotation after a lift inspection, the key receipt signed at an inventory,
the bank statement after the accounts and an owner's reply after an arrears reminder.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: arrears reminders, works orders,
contractors' invoices, repair request forms, returned proxies, reading cards, cleaning
checklists and key receipts often come 2-4 in a row from one sender with other dates, names,
numbers and amounts; and companions: each of the related papers above often follows the
document it answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "tote"`` and seeds offset by 1_900_000.

Usage: ``python benchmarks/corpus_tote.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tote/tote_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    currency,
    date_text,
    day,
    fields,
    fit,
    italic_of,
    money,
    pairs,
    paper,
    part_generate,
    part_main,
    running_header,
    serial,
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

PART = "tote"
SEED_OFFSET = 1_900_000

# ---------------------------------------------------------------------------------------------
# Who writes: firms by role, residents, blocks
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
ROLES: dict[str, list[Firm]] = {
    "agent": [
        (
            "Castlegate Block Management Ltd",
            "en",
            "3rd Floor, 14 Mosley Street",
            "Manchester M2 3AQ",
            "0161 834 7720",
        ),
        (
            "Pemberton Shaw Property Management",
            "en",
            "Unit 6, 21 Highbury Corner",
            "London N5 1RA",
            "020 7359 4410",
        ),
        (
            "Hausverwaltung Brauckmann GmbH",
            "de",
            "Aachener Strasse 212",
            "50931 Koeln",
            "0221 940 37-0",
        ),
        (
            "Ostermann & Partner Immobilienverwaltung",
            "de",
            "Bonner Wall 58",
            "50677 Koeln",
            "0221 37 66 12",
        ),
        (
            "Cabinet Lefort - Syndic de copropriete",
            "fr",
            "9 rue Crebillon",
            "44000 Nantes",
            "02 40 48 21 60",
        ),
        ("Gestion Immobiliere Ravel SAS", "fr", "31 bd Voltaire", "75011 Paris", "01 43 55 19 08"),
    ],
    "contractor": [
        (
            "Deansgate Plumbing & Heating Ltd",
            "en",
            "Unit 3, Elsinore Road",
            "Manchester M16 0WG",
            "",
        ),
        ("Pennine Roofing Services", "en", "42 Bury New Road", "Salford M7 2BT", "0161 792 5580"),
        ("Northern Lift Services Ltd", "en", "Trafford Park Road", "Manchester M17 1HG", ""),
        ("A. Kaur Electrical Contractors", "en", "118 Seven Sisters Road", "London N7 6AE", ""),
        ("Sanitaer Kowalski GmbH", "de", "Vitalisstrasse 67", "50827 Koeln", "0221 58 30 14"),
        ("Dachdeckerei Huesgen", "de", "Frankfurter Strasse 301", "51103 Koeln", ""),
        ("Elektro Sommerfeld e.K.", "de", "Luxemburger Strasse 410", "50354 Huerth", ""),
        ("Rheinlift Aufzugsdienst GmbH", "de", "Hansestrasse 9", "51149 Koeln", ""),
        ("Plomberie Guerin", "fr", "17 rue de la Bastille", "44000 Nantes", "02 40 35 11 72"),
        ("SARL Toitures de l'Erdre", "fr", "ZA de la Chantrerie", "44300 Nantes", ""),
        ("Atlantique Ascenseurs", "fr", "6 rue du Charron", "44800 Saint-Herblain", ""),
        ("Electricite Benhamou & Fils", "fr", "54 rue Oberkampf", "75011 Paris", ""),
    ],
    "metering": [
        ("Metrix Heat Billing Ltd", "en", "Cross Green Approach", "Leeds LS9 0SG", "0113 240 6655"),
        ("Thermocal Messdienst GmbH", "de", "Rellinghauser Strasse 93", "45128 Essen", ""),
        ("Waermedata Abrechnungsservice", "de", "Weidenpescher Strasse 11", "50735 Koeln", ""),
        ("Calorys Repartition SAS", "fr", "12 rue de Paris", "35000 Rennes", "02 99 30 44 18"),
    ],
    "insurer": [
        ("Arkwright Mutual Property Insurance", "en", "71 Fenchurch Street", "London EC3M 4BS", ""),
        (
            "Deansgate Insurance Brokers Ltd",
            "en",
            "Kings Court, Exchange St",
            "Manchester M2 7HA",
            "",
        ),
        ("Rheinland Gebaeudeversicherung AG", "de", "Gereonstrasse 18", "50670 Koeln", ""),
        ("Mutuelle Atlantique Assurances", "fr", "9 avenue de Limoges", "79000 Niort", ""),
    ],
    "adjuster": [
        ("Hartley Loss Adjusters LLP", "en", "Peter House, Oxford Street", "Manchester M1 5AN", ""),
        (
            "Sachverstaendigenbuero Dipl.-Ing. Kemper",
            "de",
            "Venloer Strasse 155",
            "50672 Koeln",
            "",
        ),
        ("Cabinet d'expertise Vidal & Associes", "fr", "3 place Graslin", "44000 Nantes", ""),
    ],
    "inspector": [
        ("Midland Engineering Inspection Ltd", "en", "Lichfield Road", "Birmingham B6 7SJ", ""),
        ("Rhein-Technik Pruefdienste GmbH", "de", "Am Grauen Stein 33", "51105 Koeln", ""),
        ("Controle Ouest Ascenseurs SAS", "fr", "2 rue Gaspard Coriolis", "44300 Nantes", ""),
    ],
    "utility": [
        ("Pennine Energy Supply Ltd", "en", "PO Box 4410", "Bradford BD1 9QZ", "0345 600 2290"),
        ("Stadtenergie Koeln GmbH", "de", "Parkguertel 24", "50823 Koeln", "0221 178 0"),
        ("Eaux de Nantes Metropole", "fr", "2 cours du Champ de Mars", "44923 Nantes", ""),
        ("Energie Ile-de-France SA", "fr", "TSA 21400", "75901 Paris Cedex 15", ""),
    ],
    "bank": [
        ("Lancaster & Mersey Bank plc", "en", "5 King Street", "Manchester M2 4LQ", ""),
        ("Sparkasse Koeln-Rhein", "de", "Hahnenstrasse 57", "50667 Koeln", ""),
        ("Credit Maritime Atlantique", "fr", "8 quai de la Fosse", "44000 Nantes", ""),
    ],
    "cleaner": [
        ("Brightstairs Communal Cleaning", "en", "Unit 9, Pollard Street", "Manchester M4 7AN", ""),
        ("Hausmeisterservice Yilmaz & Sohn", "de", "Venloer Strasse 530", "50825 Koeln", ""),
        ("Nettoyage Brillance SARL", "fr", "40 route de Vannes", "44100 Nantes", ""),
    ],
}
TAGLINE = {
    "agent": {
        "en": "Residential block & estate management",
        "de": "WEG-Verwaltung - Mietverwaltung - Sondereigentum",
        "fr": "Syndic de copropriete - Gestion locative - Transactions",
    },
    "contractor": {
        "en": "Repairs - Maintenance - 24 hour call-out",
        "de": "Meisterbetrieb - Reparatur und Wartung",
        "fr": "Depannage - Entretien - Renovation",
    },
    "cleaner": {
        "en": "Communal area cleaning & caretaking",
        "de": "Treppenhausreinigung - Winterdienst - Gartenpflege",
        "fr": "Entretien des parties communes",
    },
}
PEOPLE = {
    "en": [
        "Margaret Oyelaran",
        "Colin Birtwistle",
        "Hannah Greaves",
        "Rajesh Varma",
        "Siobhan Kelleher",
        "Tom Ashcroft",
        "Agnieszka Wrobel",
        "Derek Hollings",
        "Fatima Begum",
        "Gareth Lloyd",
        "Yvonne McAllister",
        "Ben Okonkwo",
        "Patricia Renshaw",
        "Stuart Pilling",
    ],
    "de": [
        "Brigitte Lohmar",
        "Hans-Peter Wirtz",
        "Selin Aydin",
        "Klaus Boecker",
        "Dr. Monika Esser",
        "Jan Schaefermeyer",
        "Ursula Trimborn",
        "Marco Lenzen",
        "Galina Petrova",
        "Wilfried Hamacher",
        "Nicole Froehlich",
        "Stefan Dahmen",
    ],
    "fr": [
        "Monique Le Goff",
        "Jean-Pierre Rousseau",
        "Aicha Belkacem",
        "Yannick Guillou",
        "Catherine Marchand",
        "Francois Jegou",
        "Sandrine Picard",
        "Mathieu Olivier",
        "Odile Perraud",
        "Thierry Baudry",
        "Lea Nguyen",
        "Herve Le Bihan",
    ],
}
ROADS = {
    "en": ["Wilbraham Road", "Palatine Road", "Burton Road", "Stanley Grove", "Kings Road"],
    "de": ["Zuelpicher Strasse", "Berrenrather Strasse", "Gleueler Strasse", "Neusser Strasse"],
    "fr": ["rue Mercoeur", "boulevard Guist'hau", "rue des Hauts-Paves", "rue de Rennes"],
}
TOWNS = {
    "en": ["Manchester M20 6RQ", "Stockport SK4 2AB", "Sale M33 7XP", "London N16 8EJ"],
    "de": ["50937 Koeln", "50939 Koeln", "50733 Koeln", "53119 Bonn"],
    "fr": ["44000 Nantes", "44100 Nantes", "44200 Nantes", "75011 Paris"],
}


@dataclass
class Estate:
    name: str  # the block as people call it
    body: str  # the owners' association / company that owns the common parts
    street: str
    town: str
    code: str
    units: int


ESTATES = {
    "en": [
        Estate(
            "Albion Court",
            "Albion Court RTM Company Limited",
            "Albion Street",
            "Manchester M1 5NQ",
            "ALB",
            24,
        ),
        Estate(
            "Merchants Quay",
            "Merchants Quay Management Company Ltd",
            "Ordsall Lane",
            "Salford M5 4TS",
            "MQY",
            48,
        ),
        Estate(
            "Highbury Mansions",
            "Highbury Mansions Freehold Ltd",
            "Highbury New Park",
            "London N5 2DJ",
            "HBM",
            16,
        ),
    ],
    "de": [
        Estate(
            "Lindenthaler Hof",
            "WEG Duerener Strasse 120-124",
            "Duerener Strasse 120-124",
            "50931 Koeln",
            "DUE120",
            32,
        ),
        Estate(
            "Haus am Rheinufer",
            "WEG Agrippinaufer 7",
            "Agrippinaufer 7",
            "50678 Koeln",
            "AGR7",
            14,
        ),
        Estate(
            "Suelzguertel 41",
            "WEG Suelzguertel 41/43",
            "Suelzguertel 41-43",
            "50937 Koeln",
            "SUE41",
            21,
        ),
    ],
    "fr": [
        Estate(
            "Residence Les Hortensias",
            "Syndicat des coproprietaires Residence Les Hortensias",
            "14 rue Paul Bellamy",
            "44000 Nantes",
            "HOR",
            40,
        ),
        Estate(
            "Le Clos Saint-Felix",
            "Syndicat des coproprietaires du Clos Saint-Felix",
            "5 quai de Versailles",
            "44000 Nantes",
            "CSF",
            22,
        ),
        Estate(
            "Residence Voltaire",
            "Syndicat des coproprietaires 88 rue de la Roquette",
            "88 rue de la Roquette",
            "75011 Paris",
            "ROQ",
            30,
        ),
    ],
}
TALK = {
    "en": "lease service charge block roof leak flat communal boiler lift insurance budget "
    "reserve fund leaseholder contractor inspection damp estimate entrance door residents "
    "repair works managing agent directors meeting ceiling gutter",
    "de": "Eigentuemer Wohnung Hausgeld Ruecklage Verwaltung Dach Heizung Treppenhaus Aufzug "
    "Versammlung Beschluss Abrechnung Wasserschaden Handwerker Angebot Erhaltung Beirat "
    "Sondereigentum Gemeinschaftseigentum Keller Fassade Mieter",
    "fr": "copropriete syndic coproprietaire lot charges budget travaux toiture ascenseur "
    "chauffage assemblee resolution fuite devis entretien parties communes fonds conseil "
    "syndical locataire cave facade colonne",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be that it we",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem im wir",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des dans nous",
}
#: The branch whose post the stream mostly is: drawn once per stream.
OFFICE: list[str] = ["en"]


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A property management sentence in ``lang``: trade words mixed with glue words."""
    trade, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(trade if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 2, 5) + timedelta(days=rng.randint(0, 720))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its firm and block."""
    return random.Random(zlib.crc32(f"tote/{key}/{who.name}/{who.street}/{who.city}".encode()))


def region(who: Issuer) -> str:
    """The country of ``who``'s block: mostly the branch of the stream, sometimes another."""
    r = seeded(who, "region")
    return OFFICE[0] if r.random() < 0.78 else r.choice(["en", "de", "fr"])


def estate(who: Issuer) -> Estate:
    return seeded(who, "estate").choice(ESTATES[region(who)])


def staff(who: Issuer, key: str) -> str:
    return seeded(who, "staff" + key).choice(PEOPLE[region(who)])


def person(rng: random.Random, lang: str) -> str:
    titled = rng.random() < 0.6
    name = rng.choice(PEOPLE[lang])
    if not titled or name.startswith("Dr."):
        return name
    first = name.split()[0]
    female = first[-1] in "aeinl" and first not in ("Jean-Pierre", "Yannick", "Colin")
    return {
        "en": ("Mrs " if female else "Mr ") + name,
        "de": ("Frau " if female else "Herrn ") + name,
        "fr": ("Madame " if female else "Monsieur ") + name,
    }[lang]


def flat_no(rng: random.Random, e: Estate) -> int:
    return rng.randint(1, e.units)


def unit(lang: str, n: int, long: bool = False) -> str:
    if lang == "de":
        floor = (n - 1) // 4
        side = ["links", "rechts", "Mitte links", "Mitte rechts"][(n - 1) % 4]
        return f"Whg. {n}" + (f" ({floor}. OG {side})" if floor and long else "")
    if lang == "fr":
        return f"Lot n. {n}" + (f" (appartement, {(n - 1) // 5 + 1}e etage)" if long else "")
    return f"Flat {n}"


def home(rng: random.Random, lang: str) -> list[str]:
    """An owner's own address (most owners do not live in the flat)."""
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 140)
    return [f"{road} {no}" if lang == "de" else f"{no} {road}", rng.choice(TOWNS[lang])]


def at_block(lang: str, e: Estate, n: int) -> list[str]:
    if lang == "de":
        return [f"{e.street}, {unit(lang, n)}", e.town]
    if lang == "fr":
        return [f"{e.street}, {unit(lang, n)}", e.town]
    return [f"{unit(lang, n)}, {e.name}", e.street, e.town]


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
    look: str  # wordmark | ruled | tinted | monogram | centred | block
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "Seite {i}/{n}", "2:- {i} -", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if lang == "de":
        out = [
            f"{name} - Sitz Koeln - Amtsgericht Koeln HRB {r.randint(10000, 99999)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"Bankverbindung: Sparkasse Koeln-Rhein - IBAN DE{r.randint(10, 99)} 3705 0198 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC COLSDE33",
        ]
        if role == "agent":
            out.insert(
                0, "Erlaubnis nach Par. 34c GewO - zertifizierter Verwalter nach Par. 26a WEG"
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - RCS Nantes {r.randint(300, 899)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} {r.randint(10000, 99999)} - TVA FR{r.randint(10, 99)} "
            f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
        ]
        if role == "agent":
            out.append(
                f"Carte professionnelle CPI 4401 {r.randint(2016, 2022)} 000 0{r.randint(10, 99)}"
                f" {r.randint(100, 999)} delivree par la CCI Nantes St-Nazaire - Garantie "
                f"financiere GALIAN {r.randint(1, 9)} 000 000 EUR"
            )
        return out
    out = [
        f"{name} - Registered in England and Wales No. {r.randint(2000000, 14999999):08d} - "
        f"Registered office: {r.choice(['as above', 'Peter House, Oxford Street, Manchester'])}"
    ]
    if role == "agent":
        out.append(
            r.choice(
                [
                    "Regulated by RICS - Member of The Property Ombudsman scheme",
                    "Member of the Institute of Residential Property Management (IRPM)",
                ]
            )
        )
    elif r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return out


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    """The ``role`` firm of ``who`` as it prints (the same firm for the same issuer), of the
    block's country."""
    r = seeded(who, role)
    lg = region(who)
    rows = [x for x in ROLES[role] if x[1] == lg] or ROLES[role]
    name, lang, street, town, phone = r.choice(rows)
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(looks or ["wordmark", "ruled", "tinted", "monogram", "centred", "block"]),
        again=r.random() < 0.25,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "br"]),
        dates=r.choice(["short", "long"] + (["long", "short"] if lang == "en" else [])),
    )


def initials(name: str) -> str:
    ws = [x for x in name.replace("-", " ").split() if x[0].isupper() and x not in ("GmbH", "SAS")]
    return "".join(x[0] for x in ws[:3])


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 12, 24.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    tag = TAGLINE.get(h.role, {}).get(h.lang, "")
    if h.look == "wordmark":
        pt = shrink(h.name, s.bold, s.size + 8, w * 0.58 - m)
        p.text(m, y + 8, h.name, s.bold, pt)
        if tag:
            p.text(
                m, y + 20, fit(tag, italic_of(s.font), 7.5, w * 0.55 - m), italic_of(s.font), 7.5
            )
        yy = y
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, t, s.font, 7, "right")
                yy += 8.5
        return y + 46
    if h.look == "ruled":
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m)
        p.text(w - m, y + 4, h.name, s.bold, pt, "right")
        line = " | ".join(t for t in (h.street, h.town, tel) if t)
        p.text(w - m, y + 15, fit(line, s.font, 7, w - 2 * m), s.font, 7, "right")
        p.line(m, y + 21, w - m, y + 21)
        p.line(m, y + 23, w - m, y + 23)
        return y + 46
    if h.look == "tinted":
        p.rect(0, 0, w, y + 16, fill=0.87)
        pt = shrink(h.name, s.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        if tel:
            p.text(w - m, y + 4, tel, s.font, 8, "right")
        p.text(m, y + 28, fit(f"{h.street} - {h.town}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 52
    if h.look == "monogram":
        p.rect(m, y - 10, 30, 30)
        p.rect(m + 2, y - 8, 26, 26)
        p.text(m + 15, y + 10, initials(h.name)[:2], s.bold, 13, "center")
        pt = shrink(h.name, s.bold, s.size + 2, w - 2 * m - 40)
        p.text(m + 40, y + 2, h.name, s.bold, pt)
        p.text(
            m + 40,
            y + 13,
            fit(" - ".join(t for t in (h.street, h.town, tel) if t), s.font, 7, w - 2 * m - 40),
            s.font,
            7,
        )
        return y + 44
    if h.look == "centred":
        pt = shrink(h.name.upper(), s.bold, s.size + 3, w - 2 * m)
        p.text(w / 2, y + 4, h.name.upper(), s.bold, pt, "center")
        sub = " - ".join(t for t in (tag, f"{h.street}, {h.town}", tel) if t)
        p.text(w / 2, y + 15, fit(sub, s.font, 7, w - 2 * m), s.font, 7, "center")
        p.line(w / 2 - 90, y + 20, w / 2 + 90, y + 20)
        return y + 42
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
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 8, start)


def office_size(rng: random.Random, lang: str) -> tuple[float, float]:
    return LETTER if lang == "en" and rng.random() < 0.12 else A4


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = name.replace("Dr. ", "").split()
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.4, y - 3)


def got(who: Issuer, d: date) -> list[str]:
    """The agent's received stamp."""
    lang = region(who)
    agent = head_of(who, "agent").name
    short = agent.split(" - ")[0].replace(" Ltd", "").replace(" GmbH", "").replace(" SAS", "")
    return [
        tr(lang, "RECEIVED", "EINGANG", "RECU LE"),
        date_text(d, lang, "short"),
        short[:30],
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


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look not in ("tinted", "block") else None, y0, lines)
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


def dear(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    last = name.split()[-1]
    if lang == "de":
        if name.startswith("Frau"):
            return f"Sehr geehrte Frau {last},"
        if name.startswith("Herrn"):
            return f"Sehr geehrter Herr {last},"
        return "Sehr geehrte Damen und Herren,"
    if lang == "fr":
        return (
            name.split()[0] + ","
            if name.split()[0] in ("Madame", "Monsieur")
            else "Madame, Monsieur,"
        )
    if name.split()[0] in ("Mr", "Mrs"):
        return f"Dear {name.split()[0]} {last},"
    return f"Dear {name.split()[0]},"


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, pp: str = "") -> None:
    f.need(86)
    m = s.margin
    close_ = tr(
        lang,
        ["Yours sincerely", "Kind regards", "Yours faithfully"][len(name) % 3],
        "Mit freundlichen Gruessen",
        "Nous vous prions d'agreer, Madame, Monsieur, nos salutations distinguees.",
    )
    f.page.text(m, f.y, close_, s.font, s.size)
    f.y += 14
    if pp:
        f.page.text(m, f.y, pp, s.font, s.size - 1)
        f.y += 12
    f.y += 14
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def small_print(
    f: Sheets, s: Style, paras: list[tuple[str, str]], cols: int = 2, pt: float = 6.5
) -> None:
    """Headed paragraphs of small print in ``cols`` columns, flowing onto new pages; what fits
    on the page is spread evenly over the columns."""
    w, _ = f.size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    lines: list[tuple[str, str, float]] = []
    for head, body in paras:
        if head:
            lines.append((head, s.bold, pt * 1.4))
        lines += [(t, s.font, pt * 1.3) for t in wrap(body, s.font, pt, cw)]
        lines.append(("", s.font, pt * 0.7))
    room = f.bottom - f.y
    need = sum(step for *_, step in lines)
    per_col = min(room, need / cols + pt * 2) if need < room * cols else room
    col = 0
    top = f.y
    for t, font, step in lines:
        if f.y + step > min(f.bottom, top + per_col):
            col += 1
            if col >= cols:
                f.new_page()
                col = 0
                top = f.y
                per_col = f.bottom - f.y
            f.y = top
        if t:
            f.page.text(m + col * (cw + gap), f.y, t, font, pt)
        f.y += step
    if col:
        f.y = top + per_col


def photo(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A printed photo: a grey field with a few darker and lighter shapes and a frame."""
    p.rect(x, y, w, h, fill=rng.uniform(0.45, 0.7))
    for _ in range(rng.randint(3, 6)):
        bw, bh = rng.uniform(0.12, 0.6) * w, rng.uniform(0.08, 0.5) * h
        p.rect(
            x + rng.uniform(0, w - bw),
            y + rng.uniform(0, h - bh),
            bw,
            bh,
            fill=rng.uniform(0.15, 0.9),
        )
    p.rect(x, y, w, h)


def photo_sheet(
    s: Style,
    h: Head,
    rng: random.Random,
    notes: list[str],
    title: str,
    per: int = 4,
    header: str = "",
) -> list[Page]:
    """Photos with numbered captions, ``per`` to a page (2, 4 or 6)."""
    pages: list[Page] = []
    w, hh = s.page_size
    m = s.margin
    cols = 1 if per == 2 else 2
    rows = per // cols
    for k0 in range(0, len(notes), per):
        p = Page(s.page_size)
        y0 = running_header(p, s, header) + 8 if header else m
        p.text(m, y0 + 6, title, s.bold, s.size + 1)
        gy = y0 + 20
        cw = (w - 2 * m - 14 * (cols - 1)) / cols
        ch = (hh - gy - m - 20 - 22 * rows) / rows
        for j, note in enumerate(notes[k0 : k0 + per]):
            cx = m + (j % cols) * (cw + 14)
            cy = gy + (j // cols) * (ch + 22)
            photo(p, cx, cy, cw, ch, rng)
            cap = f"{tr(h.lang, 'Photo', 'Foto', 'Photo')} {k0 + j + 1}: {note}"
            p.text(cx, cy + ch + 11, fit(cap, s.font, 7.5, cw), s.font, 7.5)
        pages.append(p)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates T: the agent's money papers
# ---------------------------------------------------------------------------------------------

COSTS = {
    "en": [
        ("Buildings insurance", "A"),
        ("Communal electricity", "A"),
        ("Cleaning of common parts", "A"),
        ("Lift maintenance contract", "B"),
        ("Door entry & CCTV maintenance", "A"),
        ("Fire alarm & emergency lighting", "A"),
        ("Gardening & grounds", "A"),
        ("General repairs & maintenance", "A"),
        ("Window cleaning (communal)", "A"),
        ("Health & safety / fire risk assessment", "A"),
        ("Accountancy & audit fee", "A"),
        ("Management fee", "A"),
        ("Bank charges", "A"),
        ("Directors & officers insurance", "A"),
    ],
    "de": [
        ("Grundsteuer", "MEA"),
        ("Gebaeudeversicherung", "MEA"),
        ("Allgemeinstrom", "MEA"),
        ("Wasser / Abwasser", "Verbrauch"),
        ("Muellabfuhr", "Einheiten"),
        ("Treppenhausreinigung", "Einheiten"),
        ("Hausmeister", "MEA"),
        ("Gartenpflege", "MEA"),
        ("Aufzug Wartung und Strom", "Einheiten"),
        ("Heizkosten lt. Thermocal", "Abrechnung"),
        ("Schornsteinfeger", "Einheiten"),
        ("Instandhaltung", "MEA"),
        ("Verwalterverguetung", "Einheiten"),
        ("Kontofuehrung", "MEA"),
    ],
    "fr": [
        ("Eau froide", "tantiemes eau"),
        ("Electricite parties communes", "charges generales"),
        ("Entretien et nettoyage", "charges generales"),
        ("Contrat ascenseur", "charges ascenseur"),
        ("Assurance multirisque immeuble", "charges generales"),
        ("Honoraires du syndic", "charges generales"),
        ("Frais postaux et affranchissement", "charges generales"),
        ("Chauffage collectif", "charges chauffage"),
        ("Entretien espaces verts", "charges generales"),
        ("Contrat d'entretien VMC", "charges generales"),
        ("Petits travaux d'entretien", "charges generales"),
    ],
}
RIGHTS = [
    (
        "",
        "This summary, which briefly sets out your rights and obligations in relation to variable "
        "service charges, must by law accompany a demand for service charges. Unless a summary is "
        "sent to you with a demand, you may withhold the service charge. The summary does not give "
        "a full interpretation of the law and if you are in any doubt about your rights and "
        "obligations you should seek independent advice.",
    ),
    (
        "Your lease and service charges",
        "Your lease sets out your obligations to pay service charges to your landlord in addition "
        "to your rent. Service charges are amounts payable for services, repairs, maintenance, "
        "improvements, insurance or the landlord's costs of management, to the extent that the "
        "costs have been reasonably incurred.",
    ),
    (
        "Your right to challenge costs",
        "You may apply to the First-tier Tribunal to decide whether a service charge is payable "
        "and, if so, by whom, to whom, the amount, the date at or by which it is payable and the "
        "manner in which it is payable. You may also apply to the Tribunal before costs are "
        "incurred. You may not apply in respect of a matter which has been agreed or admitted by "
        "you, which has been decided by a court, or which is to be referred to arbitration.",
    ),
    (
        "Consultation",
        "Where your landlord proposes to carry out qualifying works or enter into a qualifying "
        "long-term agreement, the landlord must consult you. Where the landlord does not consult "
        "you, the amount you have to pay may be limited, unless the Tribunal dispenses with the "
        "requirement to consult.",
    ),
    (
        "Information",
        "You may ask your landlord for a written summary of the costs which make up the service "
        "charges. The summary must cover the last accounting period and be certified by a "
        "qualified accountant where the charges relate to more than four dwellings. You may "
        "inspect the accounts, receipts and other documents supporting the summary within six "
        "months of receiving it.",
    ),
    (
        "Withholding and forfeiture",
        "Your landlord may not take action to forfeit the lease for failure to pay a service "
        "charge unless you have admitted it is payable or the Tribunal, a court or an arbitral "
        "tribunal has so determined, and the amount outstanding exceeds the prescribed sum or has "
        "been payable for more than three years.",
    ),
]


def owner_lines(rng: random.Random, lang: str, e: Estate, n: int) -> tuple[str, list[str]]:
    who = person(rng, lang)
    if rng.random() < 0.35:
        return who, [who, *at_block(lang, e, n)]
    return who, [who, *home(rng, lang)]


def tpl_service_charge_demand(rng: random.Random, who: Issuer) -> list[Page]:
    """The agent's half-yearly service charge demand (with the statutory summary of tenants'
    rights, sometimes the administration charges summary), a German Hausgeld-Anforderung with
    the individual budget, or a French appel de fonds with the tear-off slip."""
    h = head_of(who, "agent")
    lg = h.lang
    s = paper(who.style, office_size(rng, lg))
    w, hh = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    owner, lines = owner_lines(rng, lg, e, n)
    cur = currency(lg)
    share = rng.uniform(0.9, 4.8)
    budget = rng.randint(38, 160) * 1000
    acct = f"{e.code}/{n:03d}"
    f = sheets(s, h, f"{e.name} - {acct}")
    title_ = tr(lg, "SERVICE CHARGE DEMAND", "Hausgeld-Anforderung", "APPEL DE FONDS")
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [
            (tr(lg, "Account", "Objekt-Nr.", "Reference"), acct),
            (tr(lg, "Property", "Einheit", "Lot"), unit(lg, n)),
        ],
    )
    caption(f, s, title_ if lg != "de" else f"{title_} {d.year + (d.month > 9)}", 3)
    rows: list[list[str]] = []
    if lg == "en":
        half = "1 January - 30 June" if d.month < 7 else "1 July - 31 December"
        year = d.year if d.month < 12 else d.year + 1
        items = [
            (
                f"Service charge on account {half} {year} ({share:.3f}% of budget)",
                budget * share / 200,
            ),
            ("Reserve fund contribution", rng.randint(8, 40) * 10 * share / 2),
        ]
        if rng.random() < 0.5:
            items.append((f"Ground rent {half} {year}", rng.choice([125.0, 150.0, 250.0])))
        if rng.random() < 0.3:
            items.append(("Buildings insurance rent", rng.randint(180, 620) + 0.0))
        write(
            f,
            s,
            f"{e.body}. In accordance with the terms of your lease we set out below the sums "
            f"now due for {unit(lg, n)}, {e.name}. Payment is due on "
            f"{day(h, d + timedelta(days=28))}.",
            s.size - 1,
        )
        rows = [[t, f"{money(v)}"] for t, v in items]
        total = sum(v for _, v in items)
    elif lg == "de":
        items = [
            ("Bewirtschaftungskosten (Vorschuss)", budget * share / 1200 * 0.55),
            ("Heiz- und Warmwasserkosten (Vorschuss)", budget * share / 1200 * 0.3),
            ("Erhaltungsruecklage", budget * share / 1200 * 0.15),
        ]
        write(
            f,
            s,
            f"{dear(lg, owner)} die Eigentuemerversammlung vom "
            f"{date_text(d - timedelta(days=rng.randint(30, 120)), lg, 'short')} "
            f"hat den Wirtschaftsplan {d.year + (d.month > 9)} beschlossen. Ihr monatliches "
            "Hausgeld fuer "
            f"{unit(lg, n, True)} ({rng.randint(18, 64)},{rng.randint(10, 99)}/1.000 MEA) betraegt "
            "ab dem kommenden Monat:",
            s.size - 0.5,
        )
        rows = [[t, f"{money(v, lg)} EUR"] for t, v in items]
        total = sum(v for _, v in items)
    else:
        q = rng.choice(["1er", "2e", "3e", "4e"])
        items = [
            (f"Budget previsionnel {d.year} - {q} trimestre", budget * share / 400),
            ("Fonds de travaux (art. 14-2 loi du 10/07/1965)", budget * share / 400 * 0.05),
        ]
        if rng.random() < 0.5:
            items.append(
                ("Travaux votes AG - ravalement (appel 2/4)", rng.randint(300, 2400) + 0.0)
            )
        write(
            f,
            s,
            f"{e.body}. Conformement aux decisions de l'assemblee generale, nous vous prions de "
            "bien vouloir regler les sommes ci-dessous avant le "
            f"{date_text(d + timedelta(days=20), lg, 'short')}. "
            f"Vos tantiemes : {rng.randint(80, 480)}/10000emes.",
            s.size - 0.5,
        )
        rows = [[t, f"{money(v, lg)}"] for t, v in items]
        total = sum(v for _, v in items)
    cols = columns(m, w - m, [(5, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Position", "Libelle"),
            tr(lg, f"Amount {cur}", "monatlich", f"Montant {cur}"),
        ],
        rows,
        s,
        size=s.size - 0.5,
        shade=0.9 if rng.random() < 0.5 else None,
        step=1.8,
    )
    f.page.line(cols[1][0], f.y - 6, w - m, f.y - 6)
    f.page.text(
        cols[1][1],
        f.y + 6,
        f"{tr(lg, 'Total due', 'Summe monatlich', 'Total a regler')}  {money(total, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 30
    if lg == "en":
        bx = f.y
        f.page.rect(m, bx, w - 2 * m, 58)
        f.page.text(m + 6, bx + 12, "How to pay", s.bold, s.size - 1)
        for k, t in enumerate(
            [
                f"Bank transfer to: {h.name} Client Account - {e.name}",
                f"Sort code {serial(seeded(who, 'sc'), '99-99-99')}   Account no. "
                f"{serial(seeded(who, 'ac'), '99999999')}   Reference: {acct}",
                "Please allow three working days for payment to clear. Cheques payable to the "
                "client account above.",
            ]
        ):
            f.page.text(m + 6, bx + 25 + 11 * k, fit(t, s.font, 7.5, w - 2 * m - 12), s.font, 7.5)
        f.y += 72
        write(
            f,
            s,
            "Landlord's name and address (s.47 and s.48 Landlord and Tenant Act 1987): "
            f"{e.body}, c/o {h.name}, {h.street}, {h.town}.",
            7,
        )
    elif lg == "de":
        write(
            f,
            s,
            "Sofern Sie uns ein SEPA-Lastschriftmandat erteilt haben, ziehen wir den Betrag zum "
            "3. Werktag eines jeden Monats ein. Andernfalls ueberweisen Sie bitte unter Angabe der "
            f"Objekt-Nr. {acct} auf das Konto der Gemeinschaft. {prose(rng, lg, 1, 1)}",
            s.size - 1,
        )
        f.y += 10
        regards(f, s, lg, staff(who, "pm"), "Objektbetreuung")
    pages = list(f.pages)
    if lg == "fr":
        p = pages[-1]
        y = max(f.y + 20, hh - m - 130)
        if y + 110 > hh - 7 * len(h.foot):
            p = Page(s.page_size)
            pages.append(p)
            y = m + 20
        slip_rule(
            p, m, w - m, y, "- - - - - - - - - - - -  Partie a retourner avec votre reglement"
        )
        y += 22
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Coproprietaire", owner),
                ("Reference", acct),
                ("Montant a regler", f"{money(total, lg)} EUR"),
                ("Echeance", date_text(d + timedelta(days=20), lg, "short")),
            ],
            hand=False,
        )
        p.text(
            m, y + 4, "Cheque a l'ordre du " + fit(e.body, s.font, 7, w - 2 * m - 110), s.font, 7
        )
    if lg == "en" and rng.random() < 0.9:
        f2 = sheets(s, h, "", top=False)
        caption(f2, s, "Service Charges - Summary of tenants' rights and obligations", 1)
        small_print(f2, s, RIGHTS, cols=rng.choice([1, 2]), pt=rng.choice([7.0, 7.5]))
        if rng.random() < 0.35:
            f2.y += 16
            caption(f2, s, "Administration Charges - Summary of tenants' rights and obligations", 0)
            small_print(f2, s, RIGHTS[:1] + RIGHTS[2:3], cols=1, pt=7)
        pages += f2.pages
    if lg == "de" and rng.random() < 0.5:
        f2 = sheets(s, h, f"Einzelwirtschaftsplan {e.body} - {unit(lg, n)}")
        caption(f2, s, f"Einzelwirtschaftsplan - {unit(lg, n, True)}", 1)
        cols = columns(m, w - m, [(3, "left"), (1.3, "right"), (1.2, "left"), (1.1, "right")])
        plan = []
        for name, key in rng.sample(COSTS["de"], rng.randint(8, 13)):
            tot = rng.randint(300, 16000)
            plan.append([name, money(tot, lg), key, money(tot * share / 100, lg)])
        table(
            f2,
            cols,
            ["Kostenart", "Gesamt EUR", "Schluessel", "Ihr Anteil"],
            plan,
            s,
            size=8,
            rules=True,
        )
        pages += f2.pages
    if rng.random() < 0.15:
        stamp(pages[0], w - m - 120, hh * 0.45, [tr(lg, "COPY", "DURCHSCHRIFT", "DUPLICATA")])
    return close(pages, s, h)


def tpl_year_end_accounts(rng: random.Random, who: Issuer) -> list[Page]:
    """The agent's year-end service charge accounts: covering letter, the individual
    statement, often the expenditure account on landscape A4, the reserve fund page, the
    accountant's report (England) or the Par. 35a certificate (Germany)."""
    h = head_of(who, "agent")
    lg = h.lang
    s = paper(who.style, office_size(rng, lg))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    year = d.year - 1 if d.month < 10 else d.year
    n = flat_no(rng, e)
    owner, lines = owner_lines(rng, lg, e, n)
    share = rng.uniform(1.2, 5.5)
    title_ = tr(
        lg,
        f"Service charge accounts - year ended 31 December {year}",
        f"Hausgeldabrechnung {year}",
        f"Regularisation des charges - exercice {year}",
    )
    f = sheets(s, h, f"{e.name} - {title_}")
    recipient(f, s, h, lines, d, [(tr(lg, "Account", "Objekt", "Reference"), f"{e.code}/{n:03d}")])
    caption(f, s, title_, 1.5)
    write(f, s, dear(lg, owner))
    cost = [
        (c, k, rng.randint(400, 22000) * 1.0) for c, k in rng.sample(COSTS[lg], rng.randint(7, 11))
    ]
    yours = sum(v for *_, v in cost) * share / 100
    paid = yours * rng.uniform(0.85, 1.12)
    bal = yours - paid
    write(
        f,
        s,
        tr(
            lg,
            f"Please find enclosed the certified service charge accounts for {e.name} for the "
            f"year ended 31 December {year}, together with your individual statement. "
            + prose(rng, lg, 1, 2),
            f"anbei erhalten Sie die Hausgeldabrechnung {year} sowie Ihre Einzelabrechnung, die "
            "der Eigentuemerversammlung zur Beschlussfassung vorgelegt wird. "
            + prose(rng, lg, 1, 2),
            f"Vous trouverez ci-joint le decompte individuel des charges de l'exercice {year} "
            "approuve par l'assemblee generale. " + prose(rng, lg, 1, 2),
        ),
    )
    res = tr(
        lg,
        f"Your balancing {'charge' if bal > 0 else 'credit'}: {money(abs(bal))} GBP",
        f"{'Nachzahlung' if bal > 0 else 'Guthaben'}: {money(abs(bal), lg)} EUR",
        f"Solde {'debiteur' if bal > 0 else 'crediteur'} : {money(abs(bal), lg)} EUR",
    )
    f.page.rect(m, f.y - 2, w - 2 * m, 24, fill=0.92)
    f.page.text(m + 8, f.y + 13, res, s.bold, s.size)
    f.y += 38
    write(f, s, prose(rng, lg, 1, 3))
    regards(
        f, s, lg, staff(who, "pm"), tr(lg, "Property Manager", "Objektbetreuung", "Gestionnaire")
    )
    # the individual statement
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Individual statement", "Einzelabrechnung", "Decompte individuel de charges"),
        1,
    )
    f.page.text(
        m, f.y, fit(f"{owner} - {unit(lg, n, True)} - {e.body}", s.font, 8, w - 2 * m), s.font, 8
    )
    f.y += 16
    cols = columns(
        m, w - m, [(3, "left"), (1.2, "left"), (1.2, "right"), (0.8, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Cost heading", "Kostenart", "Nature des charges"),
            tr(lg, "Schedule", "Schluessel", "Cle"),
            tr(lg, "Total", "Gesamtkosten", "Total immeuble"),
            tr(lg, "Share", "Anteil", "Quote-part"),
            tr(lg, "Your cost", "Ihre Kosten", "Votre part"),
        ],
        [[c, k, money(v, lg), f"{share:.3f}%", money(v * share / 100, lg)] for c, k, v in cost],
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
    )
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y + 8,
        [
            (
                tr(lg, "Total your cost", "Summe Ihre Kosten", "Total de vos charges"),
                money(yours, lg),
            ),
            (
                tr(lg, "Less paid on account", "abzgl. Vorauszahlungen", "Provisions versees"),
                money(paid, lg),
            ),
            (tr(lg, "Balance", "Ergebnis", "Solde"), money(bal, lg)),
        ],
        w - m,
    )
    if rng.random() < 0.55:
        # the expenditure account on landscape A4
        ls = paper(s, landscape(A4), margin=40)
        lw, lh = ls.page_size
        g = Sheets((lw, lh), lh - 40, lambda p, k: 40.0)
        f.pages.append(g.pages[0])
        gp = g.page
        gp.text(
            40,
            g.y,
            fit(
                f"{e.body} - "
                + tr(
                    lg,
                    f"Income and expenditure account {year}",
                    f"Gesamtabrechnung {year}",
                    f"Compte de gestion general {year}",
                ),
                s.bold,
                11,
                lw - 80,
            ),
            s.bold,
            11,
        )
        g.y += 22
        gc = columns(
            40,
            lw - 40,
            [(3, "left"), (1, "right"), (1, "right"), (1, "right"), (1.2, "left"), (2.2, "left")],
        )
        rows = []
        for c, k, v in cost:
            b = v * rng.uniform(0.85, 1.2)
            rows.append(
                [
                    c,
                    money(b, lg),
                    money(v, lg),
                    money(v - b, lg),
                    k,
                    words(rng, lg, 4)[:-1] if rng.random() < 0.4 else "",
                ]
            )
        table(
            g,
            gc,
            [
                tr(lg, "Expenditure", "Kostenart", "Compte"),
                tr(lg, "Budget", "Plan", "Budget vote"),
                tr(lg, "Actual", "Ist", "Realise"),
                tr(lg, "Variance", "Abweichung", "Ecart"),
                tr(lg, "Schedule", "Schluessel", "Cle"),
                tr(lg, "Note", "Bemerkung", "Observation"),
            ],
            rows,
            ls,
            size=8,
            shade=0.88,
            rules=True,
            step=1.9,
        )
    if rng.random() < 0.45:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Reserve fund", "Entwicklung der Erhaltungsruecklage", "Fonds de travaux"),
            1,
        )
        start = rng.randint(20, 180) * 1000.0
        add = rng.randint(6, 30) * 1000.0
        out = rng.randint(0, 25) * 1000.0
        f.y = pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (
                    tr(lg, "Balance at 1 January", "Stand 01.01.", "Solde au 1er janvier"),
                    money(start, lg),
                ),
                (
                    tr(
                        lg,
                        "Contributions",
                        "Zufuehrung lt. Wirtschaftsplan",
                        "Cotisations appelees",
                    ),
                    money(add, lg),
                ),
                (tr(lg, "Interest", "Zinsertrag", "Interets"), money(start * 0.011, lg)),
                (tr(lg, "Works charged", "Entnahmen", "Travaux imputes"), "-" + money(out, lg)),
                (
                    tr(lg, "Balance at 31 December", "Stand 31.12.", "Solde au 31 decembre"),
                    money(start + add - out + start * 0.011, lg),
                ),
            ],
            w / 2 + 60,
        )
        f.y += 10
        write(f, s, prose(rng, lg, 1, 2), s.size - 1)
    if lg == "en" and rng.random() < 0.6:
        f.new_page()
        caption(f, s, f"Independent accountant's report to the lessees of {e.name}", 0.5)
        for sentence in babble_en(rng):
            write(f, s, sentence, s.size - 1)
        f.y += 10
        firm = rng.choice(["Whitlock & Barnes Chartered Accountants", "Moss Lane Accountancy LLP"])
        sign(f.page, m, f.y + 8, "K. Whitlock" if "Whit" in firm else "J. Moss")
        f.page.text(m, f.y + 22, firm, s.font, s.size - 1)
        f.page.text(
            m,
            f.y + 34,
            f"Manchester, {day(h, d - timedelta(days=rng.randint(5, 40)))}",
            s.font,
            s.size - 1,
        )
    if lg == "de" and rng.random() < 0.4:
        f.new_page()
        caption(
            f, s, "Bescheinigung ueber haushaltsnahe Dienstleistungen und Handwerkerleistungen", 0.5
        )
        write(
            f,
            s,
            f"gemaess Par. 35a EStG fuer {owner}, {unit(lg, n, True)}, Abrechnungsjahr {year}",
            s.size - 1,
        )
        cols = columns(m, w - m, [(3, "left"), (1.2, "right"), (1.2, "right")])
        table(
            f,
            cols,
            ["Leistung", "Gesamtbetrag", "Ihr Anteil"],
            [[c, money(v, lg), money(v * share / 100, lg)] for c, _, v in cost[:4]],
            s,
            size=8,
        )
        write(f, s, "Die Aufwendungen wurden unbar gezahlt. " + prose(rng, lg, 1, 1), 7.5)
    nos = (
        h.numbers
        if h.numbers != "none" or rng.random() < 0.5
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    return close(f.pages, s, h, numbers=nos)


def babble_en(rng: random.Random) -> list[str]:
    """The paragraphs of an accountant's report, in order, some left out."""
    paras = [
        "We have examined the accounting records and the supporting vouchers and explanations "
        "of the managing agent in respect of the statement of service charge expenditure.",
        "Our responsibility is to report whether the statement is a fair summary of the costs "
        "incurred and is sufficiently supported by accounts, receipts and other documents.",
        "Our work was carried out in accordance with the technical guidance of the ICAEW and "
        "RICS on the accounting for service charges.",
        "In our opinion the statement is a fair summary complying with section 21(5) of the "
        "Landlord and Tenant Act 1985 and is sufficiently supported by accounts and receipts.",
        "This report is made solely to the lessees as a body. We do not accept responsibility "
        "to anyone other than the lessees for our work or for this report.",
    ]
    return [x for k, x in enumerate(paras) if k in (0, 3) or rng.random() < 0.6]


def tpl_arrears_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """The agent's reminder about arrears (first reminder, final notice, Mahnung, relance or
    mise en demeure), sometimes with the owner's statement of account on a second page."""
    h = head_of(who, "agent")
    lg = h.lang
    s = paper(who.style, office_size(rng, lg))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    owner, lines = owner_lines(rng, lg, e, n)
    level = rng.choice([0, 0, 1, 2])
    f = sheets(s, h, f"{owner} - {e.code}/{n:03d}")
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [(tr(lg, "Account", "Objekt-Nr.", "Reference"), f"{e.code}/{n:03d}")],
    )
    if lg == "fr" and level == 2:
        f.page.text(m, f.y - 6, "Lettre recommandee avec accuse de reception", s.bold, s.size - 1)
        f.y += 8
    caption(
        f,
        s,
        tr(
            lg,
            [
                "Reminder - service charge arrears",
                "Second reminder",
                "FINAL NOTICE before legal action",
            ][level],
            ["Zahlungserinnerung", "1. Mahnung", "2. Mahnung - letzte Aufforderung"][level],
            ["Relance", "Seconde relance", "Mise en demeure"][level],
        )
        + f" - {unit(lg, n)}, {e.name}",
        1.5,
    )
    write(f, s, dear(lg, owner))
    owed = [
        (
            d - timedelta(days=30 * k + rng.randint(0, 9)),
            rng.randint(90, 1400) + rng.choice([0, 0.5, 0.25]),
        )
        for k in range(rng.randint(1, 4), 0, -1)
    ]
    total = sum(v for _, v in owed)
    write(
        f,
        s,
        tr(
            lg,
            f"Our records show that the sum of {money(total)} GBP remains unpaid on your service "
            "charge account. " + prose(rng, lg, 1, 2),
            "bei Durchsicht unserer Buchhaltung haben wir festgestellt, dass folgende "
            "Hausgeldzahlungen "
            f"in Hoehe von insgesamt {money(total, lg)} EUR noch offen sind. "
            + prose(rng, lg, 1, 1),
            "Sauf erreur de notre part, votre compte presente un solde debiteur de "
            f"{money(total, lg)} "
            "EUR. " + prose(rng, lg, 1, 1),
        ),
    )
    cols = columns(m + 20, w - m - 20, [(1.2, "left"), (3, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Due", "Faellig", "Echeance"),
            tr(lg, "Item", "Position", "Libelle"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [
                date_text(dd, lg, "short"),
                tr(
                    lg,
                    "Service charge on account",
                    f"Hausgeld {dd.month:02d}/{dd.year}",
                    "Appel de fonds provisionnel",
                ),
                money(v, lg),
            ]
            for dd, v in owed
        ],
        s,
        size=s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay the full amount by {day(h, d + timedelta(days=14))}. "
            + (
                "If payment is not received we will instruct solicitors without further notice and "
                "the costs will be charged to your account. "
                if level == 2
                else ""
            )
            + prose(rng, lg, 0, 1),
            f"Bitte ueberweisen Sie den Betrag bis zum {day(h, d + timedelta(days=10))}. "
            + (
                "Nach fruchtlosem Fristablauf werden wir ohne weitere Ankuendigung gerichtliche "
                "Schritte einleiten (Beschluss TOP 7 der Eigentuemerversammlung). "
                if level == 2
                else ""
            )
            + (f"Mahngebuehr: {money(rng.choice([5, 10, 15]), lg)} EUR. " if level else ""),
            "Nous vous remercions de bien vouloir regulariser avant le "
            f"{day(h, d + timedelta(days=8))}. "
            + (
                "A defaut, le dossier sera transmis a l'huissier conformement a l'article 19-2 de "
                "la loi du 10 juillet 1965. "
                if level == 2
                else ""
            ),
        ),
    )
    regards(
        f, s, lg, staff(who, "acc"), tr(lg, "Credit Control", "Buchhaltung", "Service comptabilite")
    )
    if rng.random() < 0.35:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Statement of account", "Kontoauszug Eigentuemerkonto", "Releve de compte"),
            1,
        )
        cols = columns(
            m, w - m, [(1.1, "left"), (3, "left"), (1, "right"), (1, "right"), (1.1, "right")]
        )
        bal = 0.0
        rows = []
        dd = d - timedelta(days=rng.randint(200, 360))
        for _ in range(rng.randint(8, 22)):
            dd += timedelta(days=rng.randint(8, 30))
            if rng.random() < 0.5:
                v = rng.randint(90, 1400) + 0.0
                bal += v
                rows.append(
                    [
                        date_text(dd, lg, "short"),
                        tr(lg, "Demand", "Sollstellung Hausgeld", "Appel"),
                        money(v, lg),
                        "",
                        money(bal, lg),
                    ]
                )
            else:
                v = rng.randint(50, 1200) + 0.0
                bal -= v
                rows.append(
                    [
                        date_text(dd, lg, "short"),
                        tr(lg, "Receipt - thank you", "Zahlungseingang", "Reglement"),
                        "",
                        money(v, lg),
                        money(bal, lg),
                    ]
                )
        table(
            f,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Details", "Buchungstext", "Libelle"),
                tr(lg, "Debit", "Soll", "Debit"),
                tr(lg, "Credit", "Haben", "Credit"),
                tr(lg, "Balance", "Saldo", "Solde"),
            ],
            rows,
            s,
            size=8,
            rules=True,
        )
    return close(f.pages, s, h)


def tpl_bank_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The owners' association's bank statement (a client account, a WEG account, the
    syndicat's account): owners' payments in, contractors out, over one to three pages."""
    h = head_of(who, "bank", ["block", "ruled", "tinted"])
    lg = h.lang
    s = paper(who.style, A4, margin=42, pt=min(who.style.size, 9.5))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    agent = head_of(who, "agent").name
    no = rng.randint(1, 12)
    iban = tr(
        lg,
        f"Sort code {serial(seeded(who, 'sc'), '99-99-99')}  Account "
        f"{serial(seeded(who, 'ac'), '99999999')}",
        f"IBAN DE{serial(seeded(who, 'ib'), '99 3705 0198 9999 9999 99')}",
        f"IBAN FR76 {serial(seeded(who, 'ib'), '9999 9999 9999 9999 9999 999')}",
    )
    holder = tr(
        lg,
        f"{agent} Client Account re {e.name}",
        f"{e.body}, vertr. d. {agent}",
        f"{e.body} - syndic {agent}",
    )
    title_ = tr(lg, "Statement", "Kontoauszug", "Releve de compte")
    f = sheets(s, h, f"{title_} {no}/{d.year} - {iban}")
    p = f.page
    window(
        p,
        s,
        None,
        f.y,
        [
            *wrap(holder, s.font, s.size, w / 2 - m)[:2],
            head_of(who, "agent").street,
            head_of(who, "agent").town,
        ],
    )
    f.y = (
        pairs(
            p,
            s,
            w * 0.56,
            f.y,
            [
                (tr(lg, "Statement no.", "Auszug Nr.", "Releve n."), f"{no}/{d.year}"),
                (
                    tr(lg, "Period", "Zeitraum", "Periode"),
                    f"{date_text(d - timedelta(days=30), lg, 'short')} - "
                    f"{date_text(d, lg, 'short')}",
                ),
                (tr(lg, "Account", "Konto", "Compte"), iban.split("  ")[-1][:34]),
            ],
            w - m,
            s.size - 1,
        )
        + 40
    )
    caption(f, s, title_, 2)
    bal = rng.randint(5000, 90000) + rng.randint(0, 99) / 100
    cols = columns(m, w - m, [(0.9, "left"), (4, "left"), (1.1, "right"), (1.1, "right")])
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Opening balance', 'Alter Saldo', 'Ancien solde')} {money(bal, lg)}",
        s.bold,
        s.size - 1,
        "right",
    )
    f.y += 16
    rows = []
    dd = d - timedelta(days=30)
    for _ in range(rng.choice([8, 14, 22, 34, 48])):
        dd += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        if rng.random() < 0.65:
            v = rng.randint(80, 900) + rng.choice([0, 0.5])
            bal += v
            nn = rng.randint(1, e.units)
            txt = tr(
                lg,
                f"BGC {person(rng, lg).split()[-1].upper()} {e.code}/{nn:03d}",
                f"Gutschrift {rng.choice(PEOPLE['de']).upper()} Hausgeld Whg {nn}",
                f"VIR {rng.choice(PEOPLE['fr']).upper()} LOT {nn}",
            )
            rows.append([date_text(dd, lg, "short")[:5], txt, "", money(v, lg)])
        else:
            c = rng.choice(
                [x for x in ROLES["contractor"] + ROLES["cleaner"] + ROLES["utility"] if x[1] == lg]
            )
            v = rng.randint(60, 6000) + rng.randint(0, 99) / 100
            bal -= v
            txt = tr(
                lg,
                f"FP {c[0].upper()} INV {rng.randint(1000, 9999)}",
                f"Ueberweisung {c[0]} RE {rng.randint(1000, 99999)}",
                f"PRLV SEPA {c[0].upper()} FACT {rng.randint(1000, 99999)}",
            )
            rows.append([date_text(dd, lg, "short")[:5], txt, money(v, lg), ""])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Buchung", "Date"),
            tr(lg, "Details", "Verwendungszweck", "Libelle"),
            tr(lg, "Paid out", "Soll", "Debit"),
            tr(lg, "Paid in", "Haben", "Credit"),
        ],
        rows,
        s,
        size=8,
        rules=rng.random() < 0.5,
        step=1.7,
    )
    f.need(40)
    f.page.line(w / 2, f.y - 4, w - m, f.y - 4)
    f.page.text(
        w - m,
        f.y + 8,
        f"{tr(lg, 'Closing balance', 'Neuer Saldo', 'Nouveau solde')} {money(bal, lg)}",
        s.bold,
        s.size,
        "right",
    )
    nos = rng.choice(
        [
            tr(lg, "Page {i} of {n}", "Blatt {i}/{n}", "Page {i}/{n}"),
            tr(lg, "Sheet {i}", "Blatt {i}", "{i}/{n}"),
        ]
    )
    return close(f.pages, s, h, numbers=nos)


# ---------------------------------------------------------------------------------------------
# Templates T: owners' meetings
# ---------------------------------------------------------------------------------------------

AGENDA = {
    "en": [
        "To receive the directors' report for the year",
        "To receive and approve the service charge accounts",
        "To appoint the accountants for the coming year",
        "To approve the service charge budget",
        "To consider the roof replacement and the section 20 consultation",
        "To re-elect the retiring directors",
        "To consider the proposed door entry upgrade",
        "Fire safety: update on the external wall assessment (EWS1)",
        "Any other business",
    ],
    "de": [
        "Genehmigung der Jahresabrechnung (Abrechnungsspitzen)",
        "Beschluss ueber den Wirtschaftsplan",
        "Entlastung des Verwaltungsbeirats",
        "Wiederbestellung der Verwaltung, Abschluss des Verwaltervertrags",
        "Sanierung der Flachdachabdichtung, Auftragsvergabe und Finanzierung",
        "Erneuerung der Gegensprechanlage",
        "Gestattung einer Wallbox in der Tiefgarage (Par. 20 Abs. 2 WEG)",
        "Aenderung der Hausordnung: Abstellen von Fahrraedern",
        "Verschiedenes (ohne Beschlussfassung)",
    ],
    "fr": [
        "Approbation des comptes de l'exercice (article 24)",
        "Quitus au syndic pour sa gestion (article 24)",
        "Designation du syndic et approbation de son contrat (article 25)",
        "Vote du budget previsionnel (article 24)",
        "Montant de la cotisation au fonds de travaux (article 25)",
        "Ravalement de la facade rue : choix de l'entreprise (article 24)",
        "Election des membres du conseil syndical (article 25)",
        "Remplacement de la porte du hall et du controle d'acces (article 24)",
        "Questions diverses (sans vote)",
    ],
}


def agenda_items(rng: random.Random, lang: str) -> list[str]:
    items = AGENDA[lang]
    k = rng.randint(4, len(items) - 1)
    picked = sorted(rng.sample(range(len(items) - 1), k - 1))
    return [items[i] for i in picked] + [items[-1]]


PROXY_NOTES = {
    "en": [
        "A member entitled to attend and vote may appoint a proxy, who need not be a member.",
        "If no instruction is given the proxy may vote or abstain at his or her discretion.",
        "A corporate member must sign under its common seal or by an authorised officer.",
        "In the case of joint holders the signature of any one holder will be sufficient.",
    ],
    "de": [
        "Die Vollmacht bedarf der Textform (Par. 25 Abs. 3 WEG).",
        "Ohne Weisung entscheidet der/die Bevollmaechtigte nach eigenem Ermessen.",
        "Die Vollmacht gilt auch fuer eine Wiederholungsversammlung.",
    ],
    "fr": [
        "Article 22 de la loi du 10 juillet 1965 : tout coproprietaire peut deleguer son droit "
        "de vote a un mandataire, coproprietaire ou non.",
        "Un mandataire ne peut recevoir plus de trois delegations de vote, sauf si le total "
        "des voix dont il dispose n'excede pas 10 % des voix du syndicat.",
        "Le formulaire de vote par correspondance doit etre recu par le syndic au plus tard "
        "trois jours francs avant la reunion (arrete du 2 juillet 2020).",
    ],
}


def proxy_form(
    rng: random.Random,
    s: Style,
    h: Head,
    e: Estate,
    meet: date,
    items: list[str],
    filled: tuple[str, str, date] | None,
) -> Page:
    """The agent's proxy / postal vote form for the meeting on ``meet``: blank, or
    ``filled`` in by hand by an owner (name, flat, date), ticked and signed."""
    lg = h.lang
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = heading(p, s, h) if rng.random() < 0.5 else m
    ftitle = tr(
        lg,
        "FORM OF PROXY",
        "VOLLMACHT zur Eigentuemerversammlung",
        rng.choice(["POUVOIR", "FORMULAIRE DE VOTE PAR CORRESPONDANCE"]),
    )
    p.text(w / 2, y + 6, ftitle, s.bold, shrink(ftitle, s.bold, s.size + 4, w - 2 * m), "center")
    p.text(
        w / 2,
        y + 22,
        fit(f"{e.body} - {date_text(meet, lg, 'long')}", s.font, s.size - 1, w - 2 * m),
        s.font,
        s.size - 1,
        "center",
    )
    owner, flat, when = filled or ("", "", meet)
    proxy = ""
    if filled:
        proxy = rng.choice(PEOPLE[lg]) if lg != "en" or rng.random() < 0.5 else "the Chair"
    y = fields(
        p,
        s,
        m,
        y + 46,
        w - 2 * m,
        [
            (tr(lg, "Name of member", "Name Eigentuemer/in", "Nom du coproprietaire"), owner),
            (tr(lg, "Flat", "Wohnung / Einheit", "Lot(s)"), flat),
            (tr(lg, "I appoint as my proxy", "bevollmaechtigt hiermit", "donne pouvoir a"), proxy),
            (
                tr(lg, "or failing him/her the chair of the meeting", "ersatzweise", "ou a defaut"),
                tr(lg, "", "die Verwaltung", ""),
            ),
        ],
        hand=filled is not None,
    )
    p.text(
        m,
        y + 2,
        tr(
            lg,
            "to vote on my behalf as follows:",
            "das Stimmrecht wie folgt auszuueben:",
            "pour voter en mon nom comme suit :",
        ),
        s.font,
        s.size - 1,
    )
    y += 14
    heads = tr(lg, "For|Against|Withheld", "Ja|Nein|Enthaltung", "Pour|Contre|Abstention")
    for k, t in enumerate(heads.split("|")):
        p.text(w - m - 146 + 52 * k, y, t, s.bold, 7, "center")
    y += 8
    for k, it in enumerate(items[:-1], 1):
        p.line(m, y + 5, w - m, y + 5)
        y += 15
        p.text(m, y, fit(f"{k}. {it}", s.font, 7.5, w - 2 * m - 170), s.font, 7.5)
        pick = -1
        if filled and rng.random() < 0.92:
            pick = rng.choice([0, 0, 0, 1, 2])
        for j in range(3):
            box(p, w - m - 150 + 52 * j, y + 1, j == pick, 8)
    p.line(m, y + 6, w - m, y + 6)
    y += 34
    p.text(
        m,
        y,
        tr(
            lg,
            "Signed ..............................   Date ..............",
            "Ort, Datum ...................   Unterschrift ..............................",
            "Fait a .............. le ..............   Signature (bon pour pouvoir)",
        ),
        s.font,
        s.size - 1,
    )
    if filled:
        at = {"en": (40, 250), "de": (250, 60), "fr": (260, 90)}[lg]
        sign(p, m + at[0], y - 4, owner, 15)
        p.text(m + at[1], y - 6, date_text(when, lg, "short"), HAND, 10)
    y += 30
    p.text(m, y, tr(lg, "Notes", "Hinweise", "Rappel"), s.bold, 7.5)
    y += 11
    for k, note in enumerate(PROXY_NOTES[lg], 1):
        for j, ln in enumerate(wrap(note, s.font, 7, w - 2 * m - 14)):
            p.text(m + 14, y, ln, s.font, 7)
            if j == 0:
                p.text(m, y, f"{k}.", s.font, 7)
            y += 9
    back = tr(
        lg,
        f"Return to {h.name}, {h.street}, {h.town} or by email.",
        "Bitte bis spaetestens 2 Tage vor der Versammlung an die Verwaltung zuruecksenden.",
        "Formulaire a retourner au syndic au plus tard trois jours francs avant la reunion.",
    )
    p.text(m, hh - m + 6, fit(back, s.font, 7, w - 2 * m), s.font, 7)
    return p


def tpl_meeting_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The agent's notice of the owners' meeting (AGM of the RTM / management company, an
    Einladung zur Eigentuemerversammlung, a convocation a l'assemblee generale), the agenda
    with the proposed resolutions, sometimes the draft budget, and the blank proxy form or
    French postal vote form as the last page."""
    h = head_of(who, "agent")
    lg = h.lang
    s = paper(who.style, office_size(rng, lg))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    meet = on(seeded(who, "meeting"))
    d = meet - timedelta(days=rng.randint(21, 35))
    n = flat_no(rng, e)
    owner, lines = owner_lines(rng, lg, e, n)
    items = agenda_items(seeded(who, "agenda"), lg)
    hour = rng.choice(["18:00", "18:30", "19:00", "17:30"])
    venue = rng.choice(
        {
            "en": [
                "the Community Room, ground floor",
                "St Peter's Church Hall",
                "Zoom (link below)",
            ],
            "de": [
                "Buergerzentrum Lindenthal, Raum 2",
                "Gaststaette Em Kruetzche, Saal",
                "Bueroraeume der Verwaltung",
            ],
            "fr": [
                "la salle du 1er etage de la Maison des Associations",
                "nos bureaux",
                "la loge de la residence",
            ],
        }[lg]
    )
    title_ = tr(
        lg,
        f"NOTICE OF ANNUAL GENERAL MEETING - {e.body.upper()}",
        "Einladung zur ordentlichen Eigentuemerversammlung",
        "CONVOCATION A L'ASSEMBLEE GENERALE ORDINAIRE",
    )
    f = sheets(
        s,
        h,
        f"{e.body} - {tr(lg, 'AGM', 'Eigentuemerversammlung', 'AG')} "
        f"{date_text(meet, lg, 'short')}",
    )
    recipient(f, s, h, lines, d, [(tr(lg, "Ref", "Objekt", "Lot"), f"{e.code}/{n:03d}")])
    if lg == "fr":
        f.page.text(
            m,
            f.y - 8,
            rng.choice(["Lettre recommandee avec AR", "Envoi par lettre recommandee electronique"]),
            s.bold,
            s.size - 1.5,
        )
        f.y += 6
    caption(f, s, title_, 1)
    write(f, s, dear(lg, owner))
    write(
        f,
        s,
        tr(
            lg,
            f"Notice is hereby given that the Annual General Meeting of {e.body} will be held on "
            f"{date_text(meet, lg, 'long')} at {hour} at {venue}, to transact the business set "
            "out in "
            "the agenda overleaf. " + prose(rng, lg, 1, 2),
            f"hiermit laden wir Sie zur ordentlichen Eigentuemerversammlung der {e.body} ein am "
            f"{date_text(meet, lg, 'long')} um {hour} Uhr, Ort: {venue}. " + prose(rng, lg, 1, 2),
            f"Nous avons l'honneur de vous convoquer a l'assemblee generale ordinaire des "
            f"coproprietaires qui se tiendra le {date_text(meet, lg, 'long')} a "
            f"{hour.replace(':', 'h')} "
            f"dans {venue}, a l'effet de deliberer sur l'ordre du jour ci-apres. "
            + prose(rng, lg, 1, 1),
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "If you are unable to attend you may appoint a proxy using the enclosed form, which "
            "must "
            "reach us no later than 48 hours before the meeting.",
            "Sollten Sie verhindert sein, koennen Sie sich mit der beigefuegten Vollmacht "
            "vertreten "
            "lassen. Die Unterlagen zu TOP 1 und 2 liegen bei.",
            "Si vous ne pouvez assister a l'assemblee, vous pouvez vous faire representer au "
            "moyen du "
            "pouvoir joint ou voter par correspondance au moyen du formulaire ci-joint.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(who, "pm"),
        tr(lg, "Company Secretary, for and on behalf of the board", "Verwaltung", "Le syndic"),
    )
    if rng.random() < 0.5:
        f.new_page()
    caption(f, s, tr(lg, "Agenda", "Tagesordnung", "Ordre du jour"), 2, rule=True)
    for k, it in enumerate(items, 1):
        lab = tr(lg, f"{k}.", f"TOP {k}", f"Resolution n. {k}")
        f.need(40)
        f.page.text(m, f.y, lab, s.bold, s.size)
        f.para(m + 62, w - 2 * m - 62, it, s.bold if lg == "fr" else s.font, s.size, 0.3)
        if rng.random() < 0.6 and not it.startswith(("Any", "Verschiedenes", "Questions")):
            f.para(
                m + 62,
                w - 2 * m - 62,
                tr(lg, "Proposed resolution: ", "Beschlussantrag: ", "Projet de resolution : ")
                + prose(rng, lg, 1, 2),
                italic_of(s.font),
                s.size - 1,
            )
        f.y += 4
    if rng.random() < 0.35:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                f"Proposed budget {meet.year + 1}",
                f"Entwurf Wirtschaftsplan {meet.year + 1}",
                f"Projet de budget previsionnel {meet.year + 1}",
            ),
            1,
        )
        cols = columns(m, w - m, [(3, "left"), (1.2, "right"), (1.2, "right")])
        table(
            f,
            cols,
            [
                tr(lg, "Heading", "Kostenart", "Poste"),
                tr(lg, "Budget this year", "Plan Vorjahr", "Budget N"),
                tr(lg, "Proposed", "Plan neu", "Budget N+1"),
            ],
            [
                [c, money(v := rng.randint(500, 20000), lg), money(v * rng.uniform(0.95, 1.15), lg)]
                for c, _ in rng.sample(COSTS[lg], rng.randint(7, 11))
            ],
            s,
            size=8.5,
            rules=True,
        )
    pages = close(f.pages, s, h)
    # the blank proxy / postal vote form: the agent's own form
    pages.append(proxy_form(rng, s, h, e, meet, items, None))
    return pages


def tpl_minutes(rng: random.Random, who: Issuer) -> list[Page]:
    """Minutes of the owners' meeting (AGM minutes, Niederschrift / Protokoll der
    Eigentuemerversammlung, proces-verbal d'assemblee generale) item by item with the
    resolutions and votes, signed, sometimes with the attendance list as the last page."""
    h = head_of(who, "agent")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    items = agenda_items(rng, lg)
    title_ = tr(
        lg,
        f"Minutes of the Annual General Meeting of {e.body}",
        f"Niederschrift ueber die ordentliche Eigentuemerversammlung der {e.body}",
        f"Proces-verbal de l'assemblee generale ordinaire - {e.body}",
    )
    f = sheets(
        s, h, f"{e.body} - {tr(lg, 'Minutes', 'Protokoll', 'PV AG')} {date_text(d, lg, 'short')}"
    )
    top = rng.random() < 0.6
    if not top:
        f = sheets(
            s,
            h,
            f"{e.body} - {tr(lg, 'Minutes', 'Protokoll', 'PV AG')} {date_text(d, lg, 'short')}",
            top=False,
        )
        f.y = s.margin + 4
    for ln in wrap(title_, s.bold, s.size + 2, w - 2 * m):
        f.page.text(
            w / 2 if not top else m, f.y, ln, s.bold, s.size + 2, "center" if not top else "left"
        )
        f.y += (s.size + 2) * 1.35
    f.y += 6
    present = rng.randint(9, 30)
    write(
        f,
        s,
        tr(
            lg,
            f"Held on {date_text(d, lg, 'long')} at {rng.choice(['18:30', '19:00'])}. Present: "
            f"{present} members in person and {rng.randint(2, 12)} by proxy; "
            f"{staff(who, 'pm')} ({h.name}) in attendance. Chair: {rng.choice(PEOPLE[lg])}.",
            f"Ort und Zeit: {date_text(d, lg, 'long')}, Beginn "
            f"{rng.choice(['18:00', '18:30', '19:00'])} Uhr. "
            f"Versammlungsleitung: {staff(who, 'pm')} ({h.name}). Anwesend oder vertreten: "
            f"{rng.randint(520, 940)},{rng.randint(10, 99)} von 1.000 MEA; die Versammlung ist "
            "beschlussfaehig.",
            f"Le {date_text(d, lg, 'long')}, les coproprietaires se sont reunis sur convocation "
            "du syndic. "
            f"Presents et representes : {rng.randint(3200, 8800)}/10000emes. President de seance : "
            f"{rng.choice(PEOPLE[lg])}. Scrutateur : {rng.choice(PEOPLE[lg])}. Secretaire : "
            f"{staff(who, 'pm')}.",
        ),
        s.size - 0.5,
    )
    for k, it in enumerate(items, 1):
        f.heading(
            m,
            fit(
                tr(lg, f"{k}. {it}", f"TOP {k}: {it}", f"Resolution n. {k} : {it}"),
                s.bold,
                s.size,
                w - 2 * m,
            ),
            s.bold,
            s.size,
        )
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, 1, 3), s.size - 0.5)
        if it.startswith(("Any", "Verschiedenes", "Questions")):
            continue
        yes, no_, abst = rng.randint(6, 30), rng.randint(0, 6), rng.randint(0, 4)
        carried = yes > no_
        write(
            f,
            s,
            tr(
                lg,
                f"Resolved: {words(rng, lg, 8)} For {yes}, against {no_}, abstained {abst}. "
                + ("Carried." if carried else "Not carried."),
                f"Beschluss: {words(rng, lg, 8)} Ja-Stimmen: {yes}, Nein-Stimmen: {no_}, "
                f"Enthaltungen: {abst}. Der Vorsitzende verkuendet: Der Beschluss ist "
                + ("angenommen." if carried else "abgelehnt."),
                f"{words(rng, lg, 8)} Votent pour : {yes * 97} tantiemes ; contre : {no_ * 97} ; "
                f"abstentions : {abst * 97}. "
                + ("Resolution adoptee." if carried else "Resolution rejetee."),
            ),
            s.size - 0.5,
            indent=14,
        )
    f.need(90)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "There being no further business the meeting closed at "
            f"{rng.randint(20, 22)}:{rng.choice(['05', '15', '40'])}.",
            f"Ende der Versammlung: {rng.randint(20, 22)}:{rng.choice(['05', '15', '40'])} Uhr.",
            "L'ordre du jour etant epuise, la seance est levee a "
            f"{rng.randint(20, 22)}h{rng.choice(['05', '15', '40'])}.",
        ),
        s.size - 0.5,
    )
    f.y += 20
    sigs = tr(
        lg,
        "Chair|Secretary",
        "Versammlungsleiter|Beiratsvorsitzende/r|Wohnungseigentuemer/in",
        "Le president de seance|Le scrutateur|Le secretaire",
    ).split("|")
    cw = (w - 2 * m) / len(sigs)
    for k, role in enumerate(sigs):
        x = m + k * cw
        if rng.random() < 0.8:
            sign(f.page, x, f.y, rng.choice(PEOPLE[lg]), 13)
        f.page.line(x, f.y + 4, x + cw - 14, f.y + 4)
        f.page.text(x, f.y + 14, role, s.font, 7.5)
    f.y += 30
    pages = f.pages
    if rng.random() < 0.4:
        p = Page(landscape(A4))
        lw, lh = landscape(A4)
        p.text(
            36,
            40,
            fit(
                tr(
                    lg,
                    "Attendance register",
                    "Teilnehmerliste / Anwesenheitsliste",
                    "Feuille de presence",
                )
                + f" - {e.body} - {date_text(d, lg, 'short')}",
                "Helvetica-Bold",
                11,
                lw - 72,
            ),
            "Helvetica-Bold",
            11,
        )
        g = Sheets((lw, lh), lh - 36, lambda pg, k: 40.0)
        g.pages[0] = p
        g.page = p
        g.y = 62
        gc = columns(
            36, lw - 36, [(0.8, "left"), (3, "left"), (1.2, "right"), (2, "left"), (2.4, "left")]
        )
        rows = []
        for _ in range(rng.randint(10, 24)):
            who_ = rng.choice(PEOPLE[lg])
            rows.append(
                [
                    unit(lg, rng.randint(1, e.units)).split()[-1],
                    who_,
                    str(rng.randint(14, 64) if lg != "fr" else rng.randint(80, 480)),
                    rng.choice(
                        [
                            "",
                            "",
                            tr(
                                lg,
                                "proxy: chair",
                                "Vollmacht Verwaltung",
                                "pouvoir a M. le president",
                            ),
                        ]
                    ),
                    "",
                ]
            )
        table(
            g,
            gc,
            [
                tr(lg, "Flat", "Whg.", "Lot"),
                tr(lg, "Name", "Eigentuemer/in", "Coproprietaire"),
                tr(lg, "Share", "MEA", "Tantiemes"),
                tr(lg, "Represented by", "vertreten durch", "Represente par"),
                tr(lg, "Signature", "Unterschrift", "Signature"),
            ],
            rows,
            paper(s, landscape(A4), margin=36),
            size=8.5,
            rules=True,
            step=2.2,
        )
        yy = 62 + 8.5 * 1.9
        for _ in rows:
            if rng.random() < 0.8:
                p.text(
                    gc[4][0] + 4,
                    yy,
                    f"{rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(PEOPLE[lg]).split()[-1]}",
                    INK,
                    10,
                )
            yy += 8.5 * 2.2
        pages = pages + g.pages
    nos = (
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
        if rng.random() < 0.6
        else h.numbers
    )
    return close(pages, s, h, numbers=nos)


def tpl_proxy_return(rng: random.Random, who: Issuer) -> list[Page]:
    """An owner's proxy / postal vote form sent back to the agent, filled in and ticked by hand
    and signed; sometimes with a short covering note on A5 clipped in front."""
    h = head_of(who, "agent")
    lg = h.lang
    s = paper(who.style, A4)
    w, hh = s.page_size
    m = s.margin
    e = estate(who)
    meet = on(seeded(who, "meeting"))
    d = meet - timedelta(days=rng.randint(2, 12))
    n = flat_no(rng, e)
    owner = rng.choice(PEOPLE[lg])
    items = agenda_items(seeded(who, "agenda"), lg)
    pages: list[Page] = []
    if rng.random() < 0.25:
        note = Page(A5)
        nw, _ = A5
        y = 50.0
        note.text(nw - 40, y, date_text(d, lg, "short"), INK, 12, "right")
        y += 40
        for ln in wrap(
            tr(
                lg,
                f"Dear Sirs, please find my proxy form for the AGM enclosed. {words(rng, lg, 10)}",
                "Sehr geehrte Damen und Herren, anbei meine Vollmacht fuer die Versammlung. "
                f"{words(rng, lg, 10)}",
                "Madame, Monsieur, veuillez trouver ci-joint mon pouvoir pour l'assemblee. "
                f"{words(rng, lg, 10)}",
            ),
            INK,
            13,
            nw - 80,
        ):
            note.text(40, y, ln, INK, 13)
            y += 20
        y += 20
        note.text(40, y, tr(lg, "Regards,", "Mit freundlichen Gruessen", "Cordialement,"), INK, 13)
        sign(note, 40, y + 30, owner, 15)
        note.text(40, y + 50, f"{owner} ({unit(lg, n)})", INK, 11)
        pages.append(note)
    p = proxy_form(rng, s, h, e, meet, items, (owner, unit(lg, n), d))
    if rng.random() < 0.6:
        stamp(p, w - m - 130, hh - m - 80, got(who, d + timedelta(days=rng.randint(1, 4))))
    pages.append(p)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates T: repairs, contractors and residents
# ---------------------------------------------------------------------------------------------

FAULTS = {
    "en": [
        "Water coming through kitchen ceiling from flat above",
        "Communal hallway light on 2nd floor not working",
        "Entrance door not closing, magnetic lock faulty",
        "Lift out of service - stuck at 3rd floor",
        "Blocked gully in rear car park, flooding after rain",
        "Slipped roof tiles above top floor flats",
        "Damp and mould on bedroom wall (external wall)",
        "Bin store door damaged, foxes getting in",
        "Intercom handset in flat not ringing",
        "Crack in stairwell window, 1st floor landing",
    ],
    "de": [
        "Wasserfleck an der Kuechendecke, vermutlich von oben",
        "Treppenhausbeleuchtung 2. OG defekt",
        "Haustuer schliesst nicht mehr richtig",
        "Aufzug steht im 3. OG, Notruf ausgeloest",
        "Kellerabfluss verstopft, Wasser im Heizungskeller",
        "Dachrinne an der Hofseite undicht",
        "Schimmel im Schlafzimmer an der Aussenwand",
        "Klingel / Gegensprechanlage ohne Funktion",
        "Heizkoerper im Bad bleibt kalt",
        "Fenster im Treppenhaus gesprungen",
    ],
    "fr": [
        "Degat des eaux au plafond de la cuisine (fuite chez le voisin du dessus)",
        "Eclairage de la cage d'escalier en panne au 2e etage",
        "Porte du hall ne se ferme plus, ventouse hors service",
        "Ascenseur en panne depuis samedi",
        "Refoulement des eaux usees en cave",
        "Tuiles deplacees sur le toit cote cour",
        "Humidite et moisissures chambre sur mur de facade",
        "Interphone sans tonalite",
        "Radiateur de la salle de bains froid (chauffage collectif)",
        "Vitre fissuree dans l'escalier",
    ],
}
WORKS = {
    "en": [
        ("Attend site, trace leak, isolate supply", "hr"),
        ("Replace section of 15mm copper pipe", "item"),
        ("Supply and fit LED bulkhead fitting", "nr"),
        ("Replace door closer and adjust maglock", "item"),
        ("Jet wash drain and CCTV survey", "item"),
        ("Re-fix slipped tiles, scaffold tower hire", "item"),
        ("Mould wash and stain block, 2 coats", "m2"),
        ("Call-out charge (out of hours)", "item"),
        ("Materials and sundries", "lot"),
        ("Labour - engineer", "hr"),
        ("Labour - mate", "hr"),
    ],
    "de": [
        ("Anfahrtspauschale", "psch"),
        ("Monteurstunde", "Std"),
        ("Helferstunde", "Std"),
        ("Leckortung mit Thermografie", "psch"),
        ("Kupferrohr 15 mm erneuern inkl. Fittings", "m"),
        ("LED-Wandleuchte liefern und montieren", "Stk"),
        ("Tuerschliesser GEZE TS 4000 erneuern", "Stk"),
        ("Rohrreinigung mit Spirale, Kamerabefahrung", "psch"),
        ("Dachziegel neu eindecken, Kleinmaterial", "m2"),
        ("Kleinmaterial", "psch"),
    ],
    "fr": [
        ("Deplacement", "forfait"),
        ("Main d'oeuvre ouvrier qualifie", "h"),
        ("Recherche de fuite non destructive", "forfait"),
        ("Remplacement tube cuivre 14/16", "ml"),
        ("Fourniture et pose hublot LED", "u"),
        ("Remplacement ferme-porte et ventouse", "u"),
        ("Curage canalisation et inspection camera", "forfait"),
        ("Remise en place de tuiles, nacelle", "forfait"),
        ("Petites fournitures", "forfait"),
    ],
}


def vat_rate(lang: str) -> float:
    return {"en": 0.20, "de": 0.19, "fr": 0.10}[lang]


def tpl_works_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The agent's works order to a contractor (Auftrag, ordre de service / bon de commande):
    block, flat, resident to contact, the fault, priority ticks and the spending limit; A4 or
    A5."""
    h = head_of(who, "agent")
    lg = h.lang
    r = seeded(who, "wosize")
    s = paper(who.style, r.choice([A4, A4, A5]), margin=r.choice([0, 34]))
    if s.page_size == A5:
        s = paper(s, A5, margin=30, pt=min(s.size, 9))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    c = head_of(who, "contractor")
    no = serial(rng, r.choice(["WO-99999", "99999", "A99-9999"]))
    f = sheets(s, h)
    p = f.page
    title_ = tr(
        lg,
        "WORKS ORDER",
        "AUFTRAG / BESTELLUNG",
        rng.choice(["ORDRE DE SERVICE", "BON DE COMMANDE"]),
    )
    p.text(w - m, f.y, title_, s.bold, s.size + 3, "right")
    p.text(w - m, f.y + 13, f"{tr(lg, 'No.', 'Nr.', 'N.')} {no}", s.font, s.size, "right")
    f.y += 4
    window(p, s, None, f.y, [c.name, c.street, c.town])
    f.y += 58
    res = rng.choice(PEOPLE[lg])
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Property", "Objekt", "Immeuble"), f"{e.name}, {e.street}"),
            (
                tr(lg, "Location", "Einheit / Ort", "Localisation"),
                rng.choice(
                    [
                        unit(lg, n, True),
                        tr(lg, "Communal areas", "Gemeinschaftseigentum", "Parties communes"),
                    ]
                ),
            ),
            (
                tr(lg, "Contact for access", "Ansprechpartner vor Ort", "Contact sur place"),
                f"{res}, {serial(rng, tr(lg, '07999 999999', '0179 9999999', '06 99 99 99 99'))}",
            ),
            (tr(lg, "Order date", "Datum", "Date"), day(h, d)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.page.text(
        m,
        f.y + 2,
        tr(lg, "Work required", "Leistungsbeschreibung", "Travaux a realiser"),
        s.bold,
        s.size,
    )
    f.y += 16
    write(f, s, rng.choice(FAULTS[lg]) + ". " + prose(rng, lg, 1, 2), s.size - 0.5)
    pri = tr(
        lg,
        "Emergency (24 h)|Urgent (3 days)|Routine (28 days)",
        "Notfall (sofort)|dringend (3 Tage)|normal (4 Wochen)",
        "Urgence (24 h)|Urgent (72 h)|Normal (15 jours)",
    ).split("|")
    f.y = ticks(f.page, s, m, f.y + 6, w - 2 * m, pri, {rng.randint(0, 2)}, pt=8.5)
    limit = rng.choice([250, 350, 500, 750, 1000])
    write(
        f,
        s,
        tr(
            lg,
            f"Do not exceed {money(limit)} GBP + VAT without written approval. Invoice to {e.body} "
            f"c/o {h.name} quoting the works order number. RAMS and gas safe / NICEIC details on "
            "file.",
            f"Kostenrahmen: max. {money(limit, lg)} EUR netto; Mehrkosten nur nach Freigabe. "
            "Rechnung an: "
            f"{e.body}, c/o {h.name}. Bitte Auftragsnummer angeben.",
            f"Montant maximum engage : {money(limit, lg)} EUR HT ; au-dela, devis prealable. "
            "Facture a "
            f"etablir au nom du {e.body}, c/o {h.name}, en rappelant le numero.",
        ),
        s.size - 1.5,
    )
    f.need(40)
    f.y += 14
    sign(f.page, m, f.y, staff(who, "pm"), 12)
    f.page.text(
        m,
        f.y + 12,
        staff(who, "pm")
        + " - "
        + tr(
            lg, "for and on behalf of the managing agent", "fuer die Verwaltung", "pour le syndic"
        ),
        s.font,
        7.5,
    )
    if rng.random() < 0.6:
        f.need(90)
        f.y += 40
        f.page.line(m, f.y - 14, w - m, f.y - 14)
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "To be completed by the contractor and returned with the invoice",
                "Vom Auftragnehmer auszufuellen und mit der Rechnung zurueckzusenden",
                "A completer par l'entreprise et a joindre a la facture",
            ),
            s.bold,
            7.5,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 8,
            w - 2 * m,
            [
                (tr(lg, "Date attended", "Ausgefuehrt am", "Date d'intervention"), ""),
                (tr(lg, "Completed", "erledigt", "Termine"), ""),
                (tr(lg, "Engineer", "Monteur", "Technicien"), ""),
                (tr(lg, "Resident's signature", "Unterschrift Bewohner", "Signature occupant"), ""),
            ],
            per=2,
            tall=24,
        )
    return close(f.pages, s, h, numbers="none")


def tpl_contractor_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A contractor's invoice to the association c/o the agent with the works order number,
    labour and materials and VAT; sometimes the job sheet signed by the resident or a page of
    before / after photos behind it."""
    h = head_of(who, "contractor")
    lg = h.lang
    s = paper(who.style, office_size(rng, lg))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    agent = head_of(who, "agent")
    no = serial(rng, seeded(who, "invno").choice(["INV-99999", "9999/99", "RE 99-9999", "F99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        [e.body, f"c/o {agent.name}", agent.street, agent.town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no),
            (tr(lg, "Your order", "Ihr Auftrag", "Votre bon"), serial(rng, "WO-99999")),
        ],
    )
    caption(f, s, tr(lg, rng.choice(["INVOICE", "Tax Invoice"]), "Rechnung", "FACTURE"), 3)
    f.page.text(
        m,
        f.y,
        fit(
            tr(lg, "Site: ", "Leistungsort: ", "Chantier : ")
            + f"{e.name}, {e.street}, {unit(lg, n)}",
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 12
    if lg == "de":
        f.page.text(
            m,
            f.y,
            f"Leistungszeitraum: {date_text(d - timedelta(days=rng.randint(2, 20)), lg, 'short')}",
            s.font,
            s.size - 1,
        )
        f.y += 12
    f.y += 8
    rows = []
    net = 0.0
    for what, u in rng.sample(WORKS[lg], rng.randint(2, 6)):
        q = rng.choice([1, 1, 1, 2, 3, 0.5, 1.5, 4])
        pr = rng.randint(12, 420) + rng.choice([0, 0.5])
        net += q * pr
        rows.append([what, f"{q:g}", u, money(pr, lg), money(q * pr, lg)])
    cols = columns(
        m, w - m, [(4.5, "left"), (0.6, "right"), (0.7, "left"), (1.1, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit", "ME", "U"),
            tr(lg, "Rate", "EP", "PU HT"),
            tr(lg, "Net", "GP", "Total HT"),
        ],
        rows,
        s,
        size=s.size - 1,
        shade=0.9 if rng.random() < 0.4 else None,
        rules=rng.random() < 0.5,
    )
    vat = net * vat_rate(lg)
    f.y = pairs(
        f.page,
        s,
        w / 2 + 20,
        f.y + 6,
        [
            (tr(lg, "Net", "Nettobetrag", "Total HT"), money(net, lg)),
            (tr(lg, "VAT 20%", "USt. 19%", "TVA 10%"), money(vat, lg)),
            (
                tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"),
                f"{money(net + vat, lg)} {currency(lg)}",
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"Payment terms: 30 days. Bank: {serial(seeded(who, 'sc'), '99-99-99')} / "
            f"{serial(seeded(who, 'ac'), '99999999')}.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Der ausgewiesene Lohnanteil betraegt "
            f"{money(net * 0.6, lg)} EUR (Par. 35a EStG).",
            "Reglement a 30 jours. TVA au taux reduit de 10 % (travaux d'entretien, local "
            "d'habitation "
            "de plus de deux ans). Penalites de retard : 3 fois le taux d'interet legal.",
        ),
        s.size - 2,
    )
    if rng.random() < 0.4:
        stamp(f.page, w - m - 120, f.y + 10, got(who, d + timedelta(days=rng.randint(2, 6))))
    pages = close(f.pages, s, h)
    extra = rng.random()
    if extra < 0.3:
        # the job sheet, on the contractor's pad, filled in by the engineer
        js = paper(s, A5 if rng.random() < 0.5 else A4, margin=28)
        jw, _ = js.page_size
        p = Page(js.page_size)
        p.text(28, 34, fit(h.name, "Helvetica-Bold", 10, jw - 56), "Helvetica-Bold", 10)
        p.text(
            jw - 28,
            34,
            tr(lg, "JOB SHEET", "ARBEITSBERICHT", "BON D'INTERVENTION"),
            "Helvetica-Bold",
            10,
            "right",
        )
        y = fields(
            p,
            js,
            28,
            46,
            jw - 56,
            [
                (tr(lg, "Job no.", "Auftrag", "N. bon"), serial(rng, "99999")),
                (
                    tr(lg, "Date", "Datum", "Date"),
                    date_text(d - timedelta(days=rng.randint(2, 12)), lg, "short"),
                ),
                (tr(lg, "Address", "Einsatzort", "Adresse"), f"{unit(lg, n)}, {e.street}"),
                (tr(lg, "Engineer", "Monteur", "Technicien"), rng.choice(PEOPLE[lg])),
                (
                    tr(lg, "Time in / out", "Beginn / Ende", "Arrivee / depart"),
                    f"{rng.randint(8, 11)}:{rng.choice(['00', '15', '30'])} / "
                    f"{rng.randint(12, 16)}:{rng.choice(['00', '20', '45'])}",
                ),
                (
                    tr(lg, "Van", "Fahrzeug", "Vehicule"),
                    serial(
                        rng, "AA99 AAA" if lg == "en" else "K-AA 999" if lg == "de" else "AA-999-AA"
                    ),
                ),
            ],
            hand=True,
            tall=24,
        )
        p.text(
            28,
            y + 2,
            tr(lg, "Work carried out", "Ausgefuehrte Arbeiten", "Travaux effectues"),
            "Helvetica-Bold",
            8,
        )
        y = ruled(p, 28, y + 20, jw - 56, rng.randint(4, 7), rng, lg, 0.7)
        p.text(28, y + 4, tr(lg, "Materials used", "Material", "Fournitures"), "Helvetica-Bold", 8)
        y = ruled(p, 28, y + 22, jw - 56, 3, rng, lg, 0.6)
        y = ticks(
            p,
            js,
            28,
            y + 6,
            jw - 56,
            tr(
                lg,
                "Job complete|Return visit needed|Quote to follow",
                "erledigt|Nacharbeit noetig|Angebot folgt",
                "Termine|A revoir|Devis a suivre",
            ).split("|"),
            {0 if rng.random() < 0.7 else rng.randint(1, 2)},
        )
        p.text(
            28,
            y + 8,
            tr(
                lg,
                "Customer signature - work completed to my satisfaction",
                "Unterschrift Kunde",
                "Signature du client",
            ),
            "Helvetica",
            7,
        )
        sign(p, 40, y + 30, rng.choice(PEOPLE[lg]))
        p.line(28, y + 34, jw / 2, y + 34)
        pages.append(p)
    elif extra < 0.45:
        pages += photo_sheet(
            s,
            h,
            rng,
            [
                rng.choice(
                    [tr(lg, "before", "vorher", "avant"), tr(lg, "after", "nachher", "apres")]
                )
                + f" - {unit(lg, n)}"
                for _ in range(rng.choice([2, 4]))
            ],
            tr(lg, "Photographs", "Fotodokumentation", "Photos") + f" - {no}",
            per=rng.choice([2, 4]),
        )
    return pages


TERMS = {
    "en": [
        (
            "Validity",
            "This quotation is valid for 60 days from the date shown and is subject to access "
            "being available on the dates agreed.",
        ),
        (
            "Exclusions",
            "Unless stated, the quotation excludes making good of decorations, asbestos surveys "
            "and removal, out of hours working and any works not described.",
        ),
        (
            "Payment",
            "Payment is due within 30 days of invoice. We reserve the right to charge interest on "
            "late payment under the Late Payment of Commercial Debts (Interest) Act 1998.",
        ),
        (
            "Variations",
            "Any additional work found necessary once works have started will be notified before "
            "it is carried out and charged at our standard rates.",
        ),
        (
            "Guarantee",
            "Workmanship is guaranteed for 12 months from completion. Manufacturers' warranties "
            "apply to materials.",
        ),
        (
            "Health and safety",
            "A risk assessment and method statement will be provided before work starts. "
            "Residents must keep clear of the working area.",
        ),
    ],
    "de": [
        (
            "Geltung",
            "Es gelten unsere Allgemeinen Geschaeftsbedingungen sowie die VOB/B in der bei "
            "Vertragsschluss gueltigen Fassung.",
        ),
        (
            "Bindefrist",
            "An dieses Angebot halten wir uns sechs Wochen gebunden. Preise verstehen sich "
            "zuzueglich der gesetzlichen Umsatzsteuer.",
        ),
        (
            "Ausfuehrung",
            "Die Ausfuehrung erfolgt nach Terminabsprache. Verzoegerungen durch Witterung oder "
            "fehlenden Zugang gehen nicht zu unseren Lasten.",
        ),
        (
            "Abrechnung",
            "Abgerechnet wird nach tatsaechlichem Aufmass. Stundenlohnarbeiten werden nach "
            "Rapport berechnet.",
        ),
        (
            "Gewaehrleistung",
            "Die Gewaehrleistung richtet sich nach Par. 13 VOB/B. Verschleissteile sind "
            "ausgenommen.",
        ),
        ("Zahlung", "Rechnungen sind innerhalb von 14 Tagen ohne Abzug zahlbar."),
    ],
    "fr": [
        ("Validite", "Le present devis est valable trois mois a compter de sa date d'emission."),
        (
            "Acompte",
            "Un acompte de 30 % est demande a la commande, le solde a la reception des travaux.",
        ),
        (
            "Execution",
            "Les travaux seront executes conformement aux regles de l'art et aux DTU en vigueur.",
        ),
        (
            "Garanties",
            "Garantie de parfait achevement d'un an ; assurance decennale souscrite aupres de la "
            "SMABTP.",
        ),
        (
            "Reserve",
            "Tout travail supplementaire fera l'objet d'un devis complementaire signe avant "
            "execution.",
        ),
        ("Litiges", "En cas de litige, competence exclusive du tribunal de commerce de Nantes."),
    ],
}


def tpl_contractor_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A contractor's quotation (Angebot, devis) for works at the block: covering text, the
    priced items, often a page of terms in small print; the devis 'bon pour accord' box."""
    h = head_of(who, "contractor")
    lg = h.lang
    s = paper(who.style, office_size(rng, lg))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    agent = head_of(who, "agent")
    no = serial(rng, rng.choice(["Q9999", "AN-99-999", "DEV9999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    recipient(
        f,
        s,
        h,
        [
            agent.name,
            tr(lg, f"re {e.name}", f"WEG {e.street}", f"Copropriete {e.name}"),
            agent.street,
            agent.town,
        ],
        d,
        [(tr(lg, "Quotation", "Angebot Nr.", "Devis n."), no)],
    )
    subject = rng.choice(FAULTS[lg])
    caption(f, s, tr(lg, "Quotation: ", "Angebot: ", "Devis : ") + subject, 1)
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Further to our site visit we are pleased to submit our quotation for the following "
            "works. " + prose(rng, lg, 1, 2),
            "vielen Dank fuer Ihre Anfrage. Gerne bieten wir Ihnen die folgenden Leistungen an. "
            + prose(rng, lg, 1, 2),
            "Suite a notre visite, nous avons le plaisir de vous adresser notre proposition. "
            + prose(rng, lg, 1, 2),
        ),
    )
    rows = []
    net = 0.0
    for k in range(rng.choice([4, 6, 9, 14, 20])):
        what, u = rng.choice(WORKS[lg])
        q = rng.choice([1, 2, 4, 6, 12, 25, 40])
        pr = rng.randint(8, 900) + 0.0
        net += q * pr
        rows.append(
            [
                f"{k + 1:02d}",
                what + (" " + words(rng, lg, 3)[:-1] if rng.random() < 0.4 else ""),
                f"{q}",
                u,
                money(pr, lg),
                money(q * pr, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [(0.5, "left"), (4.5, "left"), (0.6, "right"), (0.8, "left"), (1, "right"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Pos.", "N."),
            tr(lg, "Description", "Beschreibung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit", "ME", "U"),
            tr(lg, "Rate", "EP", "PU HT"),
            tr(lg, "Total", "GP", "Total HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    f.y = pairs(
        f.page,
        s,
        w / 2 + 20,
        f.y + 6,
        [
            (tr(lg, "Total (excl. VAT)", "Summe netto", "Total HT"), money(net, lg)),
            (tr(lg, "VAT", "zzgl. 19% USt.", "TVA 10 %"), money(net * vat_rate(lg), lg)),
            (
                tr(lg, "Total", "Angebotssumme brutto", "Total TTC"),
                money(net * (1 + vat_rate(lg)), lg),
            ),
        ],
        w - m,
        s.size,
    )
    regards(
        f, s, lg, rng.choice(PEOPLE[lg]), tr(lg, "Contracts Manager", "Geschaeftsfuehrer", "Gerant")
    )
    if lg == "fr":
        f.need(70)
        f.page.rect(w / 2, f.y, w / 2 - m, 56)
        f.page.text(w / 2 + 6, f.y + 12, "Bon pour accord - date, cachet et signature", s.font, 7.5)
        f.y += 66
    if rng.random() < 0.65:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Terms and conditions",
                "Allgemeine Geschaeftsbedingungen",
                "Conditions generales de vente",
            ),
            0,
        )
        small_print(f, s, TERMS[lg] * rng.choice([1, 2]), cols=rng.choice([1, 2]), pt=6.5)
    return close(f.pages, s, h)


def tpl_repair_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A resident's repair request / defect report on the agent's printed form, filled in by
    hand: name, flat, where, what, access ticks, signature; A4 or A5."""
    h = head_of(who, "agent")
    lg = h.lang
    r = seeded(who, "rrsize")
    size = r.choice([A4, A5])
    s = paper(who.style, size, margin=30 if size == A5 else 44, pt=min(who.style.size, 9.5))
    w, hh = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    res = rng.choice(PEOPLE[lg])
    p = Page(size)
    y = heading(p, s, h) if r.random() < 0.6 else m
    title_ = tr(lg, "REPAIR REQUEST / DEFECT REPORT", "SCHADENSMELDUNG", "DEMANDE D'INTERVENTION")
    p.text(m, y + 4, title_, s.bold, shrink(title_, s.bold, s.size + 4, w - 2 * m))
    y += 20
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), res),
            (
                tr(lg, "Block / flat", "Objekt / Wohnung", "Residence / lot"),
                f"{e.name} / {unit(lg, n).split()[-1]}",
            ),
            (
                tr(lg, "Telephone", "Telefon", "Telephone"),
                serial(
                    rng,
                    "07999 999 999"
                    if lg == "en"
                    else "0176 99999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
        ],
        tall=24,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        tr(
            lg,
            "Owner|Tenant|Kitchen|Bathroom|Bedroom|Communal area|Roof / outside",
            "Eigentuemer|Mieter|Kueche|Bad|Wohnraum|Treppenhaus|Keller|Dach / Fassade",
            "Proprietaire|Locataire|Cuisine|Salle de bains|Chambre|Parties communes|Cave",
        ).split("|"),
        {rng.randint(0, 1), rng.randint(2, 6)},
    )
    p.text(
        m,
        y + 4,
        tr(
            lg,
            "Please describe the problem",
            "Beschreibung des Schadens",
            "Description du probleme",
        ),
        s.bold,
        s.size - 1,
    )
    p.text(m + 3, y + 22, fit(rng.choice(FAULTS[lg]), HAND, 9.5, w - 2 * m - 6), HAND, 9.5)
    p.line(m, y + 26, w - m, y + 26)
    y = ruled(
        p,
        m,
        y + 43,
        w - 2 * m,
        rng.randint(3, 6) if size == A5 else rng.randint(5, 9),
        rng,
        lg,
        rng.uniform(0.3, 0.8),
    )
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        tr(
            lg,
            "Contractor may use key|Please call first|Mornings only",
            "Zugang nach Absprache|Schluessel beim Nachbarn|nur vormittags",
            "Acces libre|Appeler avant|Matin uniquement",
        ).split("|"),
        {rng.randint(0, 2)},
    )
    p.text(m, y + 10, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 8)
    sign(p, m + 60, y + 12, res)
    p.text(
        m,
        hh - 22,
        fit(
            tr(
                lg,
                f"Return to {h.name} or email repairs@ - for emergencies call "
                f"{h.phone or 'the out of hours line'}",
                "Bitte an die Verwaltung senden. Notdienst siehe Aushang im Treppenhaus.",
                "A deposer dans la boite aux lettres du syndic ou a la loge.",
            ),
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
    )
    y += 30
    if y < hh - 130 and rng.random() < 0.8:
        # the office's part of the form, sometimes filled in by the agent's staff
        p.line(m, y, w - m, y)
        p.text(
            m,
            y + 12,
            tr(lg, "FOR OFFICE USE", "VERMERKE DER VERWALTUNG", "CADRE RESERVE AU SYNDIC"),
            s.bold,
            7,
        )
        done = rng.random() < 0.6
        y = fields(
            p,
            s,
            m,
            y + 18,
            w - 2 * m,
            [
                (tr(lg, "Job no.", "Vorgang", "N. dossier"), serial(rng, "99999") if done else ""),
                (
                    tr(lg, "Contractor", "Handwerker", "Entreprise"),
                    fit(head_of(who, "contractor").name, HAND, 8.5, w / 3) if done else "",
                ),
                (tr(lg, "Order no.", "Auftrag", "Bon n."), serial(rng, "WO-99999") if done else ""),
                (
                    tr(lg, "Priority", "Dringlichkeit", "Urgence"),
                    rng.choice(["E", "U", "R"]) if done else "",
                ),
            ],
            per=4,
            tall=24,
        )
    if rng.random() < 0.4:
        stamp(p, w - m - 120, y + 6, got(who, d + timedelta(days=rng.randint(0, 3))))
    return [p]


COMPLAINTS = {
    "en": [
        "I am writing again about the leak in my bathroom ceiling which was reported six weeks "
        "ago.",
        "The bins have not been emptied for two weeks and the bin store is a health hazard.",
        "I dispute the balancing charge on my statement, which I believe includes costs that are "
        "not recoverable under my lease.",
        "Since the new tenants moved in above there has been constant noise late at night.",
        "The lift has now been out of service three times this month and my mother cannot manage "
        "the stairs.",
    ],
    "de": [
        "ich wende mich erneut wegen des Wasserschadens in meinem Bad an Sie, den ich vor sechs "
        "Wochen gemeldet habe.",
        "gegen die Hausgeldabrechnung lege ich hiermit Widerspruch ein, da die Kosten fuer den "
        "Aufzug falsch verteilt wurden.",
        "seit Wochen ist das Licht im Keller defekt, bisher ist nichts passiert.",
        "die Mieter im 3. OG stellen ihre Fahrraeder regelmaessig im Treppenhaus ab.",
        "ich bitte um Einsicht in die Belege der Jahresabrechnung gemaess Par. 18 Abs. 4 WEG.",
    ],
    "fr": [
        "je me permets de vous relancer au sujet de la fuite dans ma salle de bains signalee il y "
        "a six semaines.",
        "je conteste le montant de la regularisation de charges, qui comprend selon moi des "
        "depenses privatives.",
        "l'eclairage du parking est en panne depuis un mois malgre plusieurs signalements.",
        "des nuisances sonores repetees proviennent de l'appartement situe au-dessus du mien.",
        "je souhaite que la question du remplacement de l'interphone soit inscrite a l'ordre du "
        "jour de la prochaine assemblee.",
    ],
}


def tpl_resident_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A letter from an owner or tenant to the agent, handwritten on A5 / A4 or typed on plain
    paper with the address top right, sometimes running onto a second sheet, sometimes with
    a page of printed photos enclosed."""
    lg = region(who)
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    name = rng.choice(PEOPLE[lg])
    agent = head_of(who, "agent")
    hand = rng.random() < 0.5
    size = rng.choice([A5, A4]) if hand else rng.choice([A4, A4, LETTER] if lg == "en" else [A4])
    font, pt = (INK, 13) if hand else (rng.choice(["Helvetica", "Times-Roman", "Courier"]), 10.5)
    w, hh = size
    m = 40 if size == A5 else 62
    pages = [Page(size)]
    p = pages[0]
    y = m
    mine = at_block(lg, e, n) if rng.random() < 0.6 else home(rng, lg)
    for ln in ([name] if not hand else []) + mine:
        p.text(w - m, y, ln, font, pt - 1.5, "right")
        y += (pt - 1.5) * 1.35
    y += 14
    if not hand:
        for ln in [agent.name, agent.street, agent.town]:
            p.text(m, y, ln, font, pt - 1)
            y += (pt - 1) * 1.35
        y += 10
    p.text(w - m, y, date_text(d, lg, rng.choice(["long", "short"])), font, pt - 1, "right")
    y += 30
    if not hand or rng.random() < 0.5:
        p.text(
            m,
            y,
            tr(
                lg,
                f"Re: {unit(lg, n)}, {e.name}",
                f"Betr.: {e.street}, {unit(lg, n)}",
                f"Objet : {e.name}, {unit(lg, n)}",
            ),
            font
            if hand
            else font.replace("Roman", "Bold")
            .replace("Helvetica", "Helvetica-Bold")
            .replace("Courier", "Courier-Bold"),
            pt - 0.5,
        )
        y += pt * 2.2
    p.text(
        m,
        y,
        tr(lg, "Dear Sir/Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
        font,
        pt,
    )
    y += pt * 2
    first = rng.choice(COMPLAINTS[lg])
    if lg != "de":
        first = first[0].upper() + first[1:]
    said = [first] + [words(rng, lg) for _ in range(rng.randint(3, 16))]
    cuts = sorted(rng.sample(range(1, len(said)), min(len(said) - 1, rng.randint(1, 3))))
    paras = [" ".join(said[a:b]) for a, b in zip([0, *cuts], [*cuts, len(said)], strict=True)]
    lh = pt * (1.6 if hand else 1.4)
    for para in paras:
        for ln in wrap(para, font, pt, w - 2 * m):
            if y > hh - m - 20:
                p = Page(size)
                pages.append(p)
                y = m
                if not hand and rng.random() < 0.5:
                    p.text(w / 2, m - 20, f"- {len(pages)} -", font, 9, "center")
            p.text(m, y, ln, font, pt)
            y += lh
        y += lh * 0.6
    if y > hh - m - 70:
        p = Page(size)
        pages.append(p)
        y = m
    p.text(
        m,
        y + 10,
        tr(
            lg,
            "Yours faithfully,",
            "Mit freundlichen Gruessen",
            "Veuillez agreer mes salutations distinguees.",
        ),
        font,
        pt,
    )
    sign(p, m, y + 44, name, 16)
    if not hand:
        p.text(m, y + 60, name, font, pt - 1)
    if rng.random() < 0.5:
        stamp(pages[0], w - m - 110, hh - 95, got(who, d + timedelta(days=rng.randint(1, 5))))
    if rng.random() < 0.25:
        pages += photo_sheet(
            paper(who.style, A4, margin=40),
            head_of(who, "agent"),
            rng,
            [words(rng, lg, 4)[:-1] for _ in range(rng.choice([2, 3, 4]))],
            "",
            per=rng.choice([2, 4]),
        )
    return pages


TASKS = {
    "en": [
        "Sweep & mop stairs",
        "Vacuum corridors",
        "Clean entrance glass",
        "Wipe handrails",
        "Empty communal bins",
        "Check lighting",
        "Clean lift car",
        "Litter pick grounds",
        "Bin store wash",
    ],
    "de": [
        "Treppenhaus kehren/wischen",
        "Handlaeufe feucht",
        "Eingangstuer Glas",
        "Briefkastenanlage",
        "Aufzugskabine",
        "Kellergaenge",
        "Muelltonnen rausstellen",
        "Aussenanlage",
        "Beleuchtung pruefen",
    ],
    "fr": [
        "Balayage escaliers",
        "Lavage hall",
        "Vitres porte d'entree",
        "Rampes et poignees",
        "Sortie des conteneurs",
        "Cabine ascenseur",
        "Caves et parking",
        "Abords",
        "Controle eclairage",
    ],
}


def tpl_caretaker_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The cleaning firm's monthly checklist for a block on landscape A4: tasks by day ticked
    and initialled by hand, remarks, the supervisor's signature."""
    h = head_of(who, "cleaner", ["block", "ruled", "monogram"])
    lg = h.lang
    s = paper(who.style, landscape(A4), margin=32, pt=9)
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    p = Page(s.page_size)
    y = heading(p, s, h)
    mon = (
        date_text(d, lg, "long").split(" ", 1)[1]
        if lg != "de"
        else date_text(d, lg, "long").split(". ", 1)[1]
    )
    p.text(
        m,
        y,
        fit(
            tr(lg, "Cleaning record", "Reinigungsnachweis", "Fiche de passage")
            + f" - {e.name}, {e.street} - {mon}",
            s.bold,
            11,
            w - 2 * m,
        ),
        s.bold,
        11,
    )
    y += 16
    tasks = rng.sample(TASKS[lg], rng.randint(5, 8))
    days = 31
    x0 = m + 150
    cw = (w - m - x0 - 50) / days
    for k in range(days):
        p.text(x0 + k * cw + cw / 2, y + 8, str(k + 1), s.font, 6, "center")
    y += 14
    every, first = rng.choice([2, 3, 7]), rng.randint(0, 2)
    visit = sorted(k for k in range(days) if k >= first and (k - first) % every == 0)
    for t in tasks:
        p.rect(m, y, w - 2 * m, 22)
        p.text(m + 4, y + 14, t, s.font, 8)
        for k in range(days):
            p.line(x0 + k * cw, y, x0 + k * cw, y + 22)
            if k in visit and rng.random() < 0.9:
                p.text(x0 + k * cw + cw / 2, y + 15, rng.choice(["v", "x", "/"]), HAND, 9, "center")
        y += 22
    p.text(m, y + 16, tr(lg, "Initials", "Kuerzel", "Visa agent"), s.font, 7)
    ini = initials(rng.choice(PEOPLE[lg]))
    for k in visit:
        p.text(x0 + k * cw + cw / 2, y + 16, ini[:2], HAND, 6.5, "center")
    y += 30
    p.text(
        m,
        y,
        tr(lg, "Remarks / defects noticed", "Bemerkungen / Maengel", "Observations"),
        s.bold,
        8,
    )
    y = ruled(p, m, y + 16, w / 2, 3, rng, lg, rng.uniform(0, 0.7), gap=15)
    p.text(w / 2 + 40, y - 20, tr(lg, "Supervisor", "Objektleitung", "Chef d'equipe"), s.font, 7)
    sign(p, w / 2 + 100, y - 18, rng.choice(PEOPLE[lg]))
    return close([p], s, h, numbers="none")


def tpl_key_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """The agent's key receipt on a narrow slip or A6: keys or fobs issued, numbers, the
    receiver's signature."""
    h = head_of(who, "agent", ["block", "centred"])
    lg = h.lang
    r = seeded(who, "keysize")
    size = r.choice([(mm * 99, mm * 210), (mm * 105, mm * 148), (mm * 148, mm * 105)])
    s = paper(who.style, size, margin=20, pt=8)
    w, hh = size
    m = 20
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    p = Page(size)
    p.text(m, 28, fit(h.name, s.bold, 8.5, w - 2 * m), s.bold, 8.5)
    p.line(m, 33, w - m, 33)
    p.text(m, 48, tr(lg, "KEY RECEIPT", "SCHLUESSELQUITTUNG", "REMISE DE CLES"), s.bold, 11)
    y = 62.0
    for lab, val in [
        (tr(lg, "Property", "Objekt", "Immeuble"), f"{e.name}, {unit(lg, n)}"),
        (tr(lg, "Issued to", "Empfaenger/in", "Remis a"), rng.choice(PEOPLE[lg])),
        (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
    ]:
        p.text(m, y, lab, s.font, 6.5)
        p.text(m, y + 10, fit(val, HAND, 9, w - 2 * m), HAND, 9)
        p.line(m, y + 13, w - m, y + 13)
        y += 24
    y += 4
    kinds = tr(
        lg,
        "Front door|Flat door|Fob|Mailbox|Bin store|Garage remote",
        "Haustuer|Wohnungstuer|Transponder|Briefkasten|Keller|Tiefgarage Sender",
        "Porte d'entree|Porte palieire|Badge Vigik|Boite aux lettres|Cave|Bip parking",
    ).split("|")
    for k in rng.sample(kinds, rng.randint(2, 5)):
        p.text(m, y, fit(k, s.font, 7.5, w * 0.5), s.font, 7.5)
        p.text(w * 0.6, y, str(rng.randint(1, 3)), HAND, 9)
        p.text(w - m, y, serial(rng, "A-999"), HAND, 8, "right")
        y += 12
    y += 8
    if y + 40 < hh:
        p.text(
            m, y + 4, tr(lg, "Received by", "Unterschrift Empfaenger/in", "Signature"), s.font, 6.5
        )
        sign(p, m + 8, y + 26, rng.choice(PEOPLE[lg]), 12)
        p.line(m, y + 30, w - m, y + 30)
    return [p]


ROOMS = {
    "en": [
        "Entrance hall",
        "Living room",
        "Kitchen",
        "Bathroom",
        "Bedroom 1",
        "Bedroom 2",
        "Balcony",
        "Storage cupboard",
    ],
    "de": [
        "Flur / Diele",
        "Wohnzimmer",
        "Kueche",
        "Bad / WC",
        "Schlafzimmer",
        "Kinderzimmer",
        "Balkon",
        "Kellerraum",
    ],
    "fr": [
        "Entree",
        "Sejour",
        "Cuisine",
        "Salle d'eau / WC",
        "Chambre 1",
        "Chambre 2",
        "Balcon",
        "Cave",
    ],
}
PARTS = {
    "en": [
        "Walls",
        "Ceiling",
        "Floor",
        "Door & frame",
        "Windows",
        "Sockets & switches",
        "Radiator",
    ],
    "de": [
        "Waende",
        "Decke",
        "Boden",
        "Tuer / Zarge",
        "Fenster",
        "Steckdosen / Schalter",
        "Heizkoerper",
    ],
    "fr": [
        "Murs",
        "Plafond",
        "Sol",
        "Porte / huisserie",
        "Fenetres",
        "Prises / interrupteurs",
        "Radiateur",
    ],
}


def tpl_handover(rng: random.Random, who: Issuer) -> list[Page]:
    """The agent's check-in / check-out inventory (Wohnungsuebergabeprotokoll, etat des
    lieux): particulars, room by room condition ticks and remarks by hand, meter readings and
    keys, both parties' signatures on the last page, sometimes a photo page."""
    h = head_of(who, "agent")
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    ten = rng.choice(PEOPLE[lg])
    move = rng.random() < 0.5
    title_ = tr(
        lg,
        "CHECK-IN INVENTORY" if move else "CHECK-OUT REPORT",
        "Wohnungsuebergabeprotokoll - " + ("Einzug" if move else "Auszug"),
        "ETAT DES LIEUX " + ("D'ENTREE" if move else "DE SORTIE"),
    )
    f = sheets(s, h, f"{title_} - {e.street}, {unit(lg, n)}")
    caption(f, s, title_, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Property", "Objekt", "Adresse du logement"), f"{e.street}, {e.town}"),
            (tr(lg, "Flat", "Wohnung", "Logement"), unit(lg, n, True)),
            (tr(lg, "Tenant", "Mieter/in", "Locataire"), ten),
            (tr(lg, "Landlord", "Vermieter/in", "Bailleur"), rng.choice(PEOPLE[lg])),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
            (tr(lg, "Clerk", "fuer die Verwaltung", "Pour le mandataire"), staff(who, "lettings")),
        ],
        tall=24,
    )
    grade = tr(lg, "Good|Fair|Poor", "i.O.|Gebr.|Mangel", "Bon|Moyen|Mauvais").split("|")
    cols = columns(
        m, w - m, [(2.2, "left"), (0.6, "center"), (0.6, "center"), (0.6, "center"), (4, "left")]
    )
    for room in rng.sample(ROOMS[lg], rng.randint(4, 8)):
        f.need(120)
        caption(f, s, room, 0.5)
        top = f.y
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Bauteil", "Element"),
                *grade,
                tr(lg, "Comments", "Bemerkungen", "Observations"),
            ],
            [[pt, "", "", "", ""] for pt in rng.sample(PARTS[lg], rng.randint(4, 7))],
            s,
            size=8,
            rules=True,
            step=1.9,
        )
        yy = top + 8 * 1.9
        while yy < f.y - 4 and f.page is not None:
            g = rng.choices([0, 1, 2], [6, 3, 1])[0]
            c = cols[1 + g]
            f.page.text((c[0] + c[1]) / 2, yy, "x", HAND, 9, "center")
            if g or rng.random() < 0.2:
                f.page.text(
                    cols[4][0],
                    yy,
                    fit(words(rng, lg, 4)[:-1], HAND, 8, cols[4][1] - cols[4][0]),
                    HAND,
                    8,
                )
            yy += 8 * 1.9
        f.y += 4
    f.need(150)
    caption(
        f,
        s,
        tr(
            lg,
            "Meter readings and keys",
            "Zaehlerstaende und Schluessel",
            "Releves de compteurs et cles",
        ),
        0.5,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Electricity", "Strom", "Electricite"), f"{rng.randint(1000, 99999)} kWh"),
            (tr(lg, "Gas", "Gas", "Gaz"), f"{rng.randint(100, 9999)},{rng.randint(0, 9)} m3"),
            (
                tr(lg, "Cold water", "Kaltwasser", "Eau froide"),
                f"{rng.randint(10, 900)},{rng.randint(100, 999)} m3",
            ),
            (
                tr(lg, "Keys handed over", "Schluessel uebergeben", "Cles remises"),
                str(rng.randint(2, 6)),
            ),
        ],
        tall=24,
    )
    f.need(80)
    f.y += 20
    half = (w - 2 * m) / 2
    for k, who_ in enumerate([ten, staff(who, "lettings")]):
        x = m + k * half
        sign(f.page, x, f.y, who_)
        f.page.line(x, f.y + 4, x + half - 20, f.y + 4)
        f.page.text(
            x,
            f.y + 14,
            tr(
                lg,
                ["Tenant", "For the landlord"][k],
                ["Mieter/in", "Vermieter / Verwaltung"][k],
                ["Le locataire", "Le bailleur ou son mandataire"][k],
            ),
            s.font,
            7.5,
        )
    f.y += 30
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", h.numbers]).replace(
            "Page", tr(lg, "Page", "Seite", "Page")
        ),
    )
    if rng.random() < 0.3:
        pages += photo_sheet(
            s,
            h,
            rng,
            [
                f"{rng.choice(ROOMS[lg])} - {words(rng, lg, 3)[:-1]}"
                for _ in range(rng.choice([4, 6]))
            ],
            tr(lg, "Photographs", "Fotos", "Photos") + f" - {unit(lg, n)}",
            per=rng.choice([4, 6]),
        )
    return pages


# ---------------------------------------------------------------------------------------------
# Templates T: metering, insurance, inspections, utilities
# ---------------------------------------------------------------------------------------------


def tpl_meter_reading(rng: random.Random, who: Issuer) -> list[Page]:
    """The metering firm's reading card left in a flat (Ableseprotokoll, releve des
    repartiteurs): allocators by room with device numbers and readings written by the reader,
    the resident's signature; A5 landscape with a barcode."""
    h = head_of(who, "metering", ["block", "tinted", "monogram"])
    lg = h.lang
    s = paper(who.style, landscape(A5), margin=26, pt=8)
    w, hh = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    p = Page(s.page_size)
    y = heading(p, s, h)
    title_ = tr(lg, "METER READING RECORD", "ABLESEPROTOKOLL", "RELEVE DES REPARTITEURS")
    p.text(m, y, title_, s.bold, 10.5)
    code = serial(rng, "99999999")
    bw = bar_width("code128", code)
    if w - m - bw > w / 2:
        p.barcode("code128", code, w - m - bw, y - 22)
    y = fields(
        p,
        s,
        m,
        y + 8,
        w / 2 - m,
        [
            (tr(lg, "Property", "Liegenschaft", "Immeuble"), f"{e.street}"),
            (
                tr(lg, "Flat / user", "Nutzer / Whg.", "Lot / occupant"),
                f"{unit(lg, n)} - {rng.choice(PEOPLE[lg]).split()[-1]}",
            ),
            (tr(lg, "Reading date", "Ablesedatum", "Date du releve"), date_text(d, lg, "short")),
            (
                tr(lg, "Property no.", "Liegenschafts-Nr.", "N. immeuble"),
                serial(seeded(who, "lgno"), "999-99999"),
            ),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    cols = columns(
        m,
        w - m,
        [(1.6, "left"), (1.3, "left"), (0.7, "center"), (1, "right"), (1, "right"), (1.3, "left")],
    )
    g = Sheets((w, hh), hh - 30, lambda pg, k: m)
    g.pages[0] = p
    g.page = p
    g.y = y
    rooms = rng.sample(ROOMS[lg][:7], rng.randint(3, 6))
    table(
        g,
        cols,
        [
            tr(lg, "Room", "Raum", "Piece"),
            tr(lg, "Device no.", "Geraete-Nr.", "N. appareil"),
            tr(lg, "Scale", "Skala", "Echelle"),
            tr(lg, "Previous", "Vorjahr", "Precedent"),
            tr(lg, "Reading", "Ablesewert", "Index"),
            tr(lg, "Note", "Bem.", "Obs."),
        ],
        [
            [
                r_,
                serial(rng, "99 999 999"),
                rng.choice(["E", "U", "K1"]),
                str(rng.randint(0, 900)),
                "",
                "",
            ]
            for r_ in rooms
        ],
        s,
        size=7.5,
        rules=True,
        step=2.1,
    )
    yy = y + 7.5 * 1.9
    for _ in rooms:
        p.text(cols[4][1] - 2, yy, str(rng.randint(20, 1800)), HAND, 9.5, "right")
        if rng.random() < 0.15:
            p.text(cols[5][0], yy, rng.choice(["Sch", "abgel.", "n.z."]), HAND, 8)
        yy += 7.5 * 2.1
    y = g.y + 6
    if y < hh - 50:
        p.text(
            m,
            y + 6,
            tr(lg, "Water meters", "Wasserzaehler kalt / warm", "Compteurs eau froide / chaude"),
            s.bold,
            7.5,
        )
        p.text(
            m + 140,
            y + 6,
            f"{rng.randint(10, 400)},{rng.randint(100, 999)}  /  "
            f"{rng.randint(5, 200)},{rng.randint(100, 999)} m3",
            HAND,
            9,
        )
        y += 22
    p.text(
        m, min(y + 12, hh - 22), tr(lg, "Resident", "Unterschrift Nutzer", "Occupant"), s.font, 7
    )
    sign(p, m + 70, min(y + 14, hh - 20), rng.choice(PEOPLE[lg]), 12)
    p.text(w / 2 + 20, min(y + 12, hh - 22), tr(lg, "Reader", "Ableser", "Releveur"), s.font, 7)
    sign(p, w / 2 + 70, min(y + 14, hh - 20), rng.choice(PEOPLE[lg]), 12)
    return [p]


def tpl_heating_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The metering firm's heating and hot water cost statement for one flat
    (Heizkostenabrechnung, decompte individuel de chauffage): the result, the property's
    costs, the split into basic and consumption costs, the flat's devices, a chart comparing
    years; two to four pages, numbered."""
    h = head_of(who, "metering")
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    year = d.year - 1
    user = person(rng, lg)
    title_ = tr(
        lg,
        f"Heating and hot water bill {year}",
        f"Heiz- und Warmwasserkostenabrechnung {year}",
        f"Decompte individuel chauffage et eau chaude {year}",
    )
    f = sheets(s, h, f"{title_} - {serial(seeded(who, 'lgno'), '999-99999')}/{n:03d}")
    recipient(
        f,
        s,
        h,
        [user, *at_block(lg, e, n)],
        d,
        [
            (
                tr(lg, "Property no.", "Liegenschaft", "Immeuble"),
                serial(seeded(who, "lgno"), "999-99999"),
            ),
            (tr(lg, "User no.", "Nutzer-Nr.", "Occupant"), f"{n:03d}"),
        ],
    )
    caption(f, s, title_, 2)
    total = rng.randint(400, 2400) + rng.randint(0, 99) / 100
    adv = total * rng.uniform(0.8, 1.2)
    f.page.rect(m, f.y - 4, w - 2 * m, 44, fill=0.9)
    pairs(
        f.page,
        s,
        m + 8,
        f.y + 10,
        [
            (
                tr(
                    lg,
                    "Your heating and hot water costs",
                    "Ihre Heiz- und Warmwasserkosten",
                    "Vos frais de chauffage et d'eau chaude",
                ),
                money(total, lg),
            ),
            (
                tr(lg, "Payments on account", "Ihre Vorauszahlungen", "Provisions versees"),
                money(adv, lg),
            ),
        ],
        w - m - 8,
        s.size,
    )
    f.y += 54
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Balance', 'Nachzahlung' if total > adv else 'Guthaben', 'Solde')}: "
        f"{money(abs(total - adv), lg)} {currency(lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 24
    write(f, s, prose(rng, lg, 1, 2), s.size - 1)
    caption(
        f,
        s,
        tr(
            lg,
            "Costs for the whole building",
            "Aufstellung der Gesamtkosten",
            "Depenses de l'immeuble",
        ),
        0.5,
    )
    fuel = rng.randint(18000, 90000)
    cols = columns(m, w - m, [(3, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [tr(lg, "Cost", "Kostenart", "Poste"), currency(lg)],
        [
            [tr(lg, "Gas supply", "Brennstoffkosten Erdgas", "Combustible gaz"), money(fuel, lg)],
            [
                tr(lg, "Boiler servicing", "Wartung Heizungsanlage", "Entretien chaufferie"),
                money(fuel * 0.04, lg),
            ],
            [
                tr(lg, "Pump electricity", "Betriebsstrom", "Electricite chaufferie"),
                money(fuel * 0.02, lg),
            ],
            [
                tr(
                    lg,
                    "Meter rental and billing",
                    "Geraetemiete und Abrechnung",
                    "Location et releve",
                ),
                money(fuel * 0.05, lg),
            ],
            [
                tr(lg, "Chimney / flue inspection", "Immissionsmessung", "Ramonage"),
                money(rng.randint(80, 400), lg),
            ],
        ],
        s,
        size=8.5,
        rules=True,
    )
    f.new_page()
    caption(f, s, tr(lg, "Apportionment", "Verteilung der Kosten", "Repartition"), 0.5)
    basic = rng.choice([30, 40, 50])
    write(
        f,
        s,
        tr(
            lg,
            f"{basic}% of the heating costs are shared by floor area, {100 - basic}% by measured "
            "consumption.",
            f"Grundkosten {basic}% nach Wohnflaeche, Verbrauchskosten {100 - basic}% nach "
            "erfassten Einheiten (Par. 7 HeizkostenV).",
            f"Frais fixes {basic} % selon les tantiemes, frais variables {100 - basic} % selon "
            "les unites relevees.",
        ),
        s.size - 0.5,
    )
    area = rng.randint(45, 120)
    units = rng.randint(300, 4000)
    cols = columns(
        m, w - m, [(2.6, "left"), (1.2, "right"), (1.2, "right"), (1.2, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Kostenart", "Poste"),
            tr(lg, "Total", "Gesamt", "Total"),
            tr(lg, "Unit rate", "Preis je Einheit", "Prix unitaire"),
            tr(lg, "Your units", "Ihre Einheiten", "Vos unites"),
            tr(lg, "Your cost", "Ihr Betrag", "Votre part"),
        ],
        [
            [
                tr(lg, "Heating - floor area", "Heizung Grundkosten", "Chauffage fixe"),
                money(fuel * basic / 100 * 0.7, lg),
                f"{rng.uniform(2, 9):.4f}",
                f"{area} m2",
                money(total * 0.3, lg),
            ],
            [
                tr(lg, "Heating - consumption", "Heizung Verbrauch", "Chauffage variable"),
                money(fuel * 0.5, lg),
                f"{rng.uniform(0.5, 3):.4f}",
                str(units),
                money(total * 0.45, lg),
            ],
            [
                tr(lg, "Hot water - area", "Warmwasser Grundkosten", "Eau chaude fixe"),
                money(fuel * 0.1, lg),
                f"{rng.uniform(0.5, 2):.4f}",
                f"{area} m2",
                money(total * 0.08, lg),
            ],
            [
                tr(lg, "Hot water - metered", "Warmwasser Verbrauch", "Eau chaude variable"),
                money(fuel * 0.15, lg),
                f"{rng.uniform(4, 12):.4f}",
                f"{rng.randint(8, 60)},{rng.randint(0, 9)} m3",
                money(total * 0.17, lg),
            ],
        ],
        s,
        size=8,
        rules=True,
    )
    f.y += 10
    caption(f, s, tr(lg, "Your readings", "Ihre Ablesewerte", "Vos releves"), 0.5)
    cols = columns(
        m, w - m, [(1.5, "left"), (1.4, "left"), (1, "right"), (1, "right"), (1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Room", "Raum", "Piece"),
            tr(lg, "Device", "Geraete-Nr.", "Appareil"),
            tr(lg, "Reading", "Ablesewert", "Index"),
            tr(lg, "Factor", "Faktor", "Coef."),
            tr(lg, "Units", "Einheiten", "Unites"),
        ],
        [
            [
                r_,
                serial(rng, "99 999 999"),
                str(v := rng.randint(20, 900)),
                f"{(c := rng.choice([0.6, 0.85, 1.0, 1.2])):.2f}",
                f"{v * c:.0f}",
            ]
            for r_ in rng.sample(ROOMS[lg][:7], rng.randint(3, 7))
        ],
        s,
        size=8,
    )
    if rng.random() < 0.6:
        f.need(170)
        f.y += 14
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Your consumption compared",
                "Ihr Verbrauch im Vergleich",
                "Evolution de votre consommation",
            ),
            s.bold,
            s.size,
        )
        base = f.y + 130
        f.page.line(m, base, m + 300, base)
        for k in range(4):
            v = rng.uniform(0.3, 1.0)
            f.page.rect(m + 20 + k * 70, base - 110 * v, 36, 110 * v, fill=0.4 if k == 3 else 0.75)
            f.page.text(m + 38 + k * 70, base + 10, str(year - 3 + k), s.font, 7, "center")
        f.y = base + 24
        write(
            f,
            s,
            tr(
                lg,
                "Average flat in the building: ",
                "Durchschnitt der Liegenschaft: ",
                "Moyenne de l'immeuble : ",
            )
            + f"{rng.randint(60, 160)} kWh/m2",
            7.5,
        )
    if rng.random() < 0.3:
        f.new_page()
        caption(f, s, tr(lg, "Notes", "Erlaeuterungen zur Abrechnung", "Informations"), 0.5)
        small_print(
            f,
            s,
            [(words(rng, lg, 3)[:-1], prose(rng, lg, 2, 4)) for _ in range(rng.randint(4, 8))],
            cols=2,
            pt=7,
        )
    return close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


def tpl_insurance_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """The block insurance renewal: a covering letter from the insurer or broker, the schedule
    (insured, period, sums insured, excesses), endorsements and often important-information
    small print, usually 'Page i of n'."""
    h = head_of(who, "insurer", ["block", "ruled", "tinted", "wordmark"])
    lg = h.lang
    s = paper(who.style, office_size(rng, lg))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    agent = head_of(who, "agent")
    pol = serial(
        seeded(who, "policy"),
        seeded(who, "policymask").choice(["PBL/999999/A", "99.999.999-9", "AA 9999999"]),
    )
    title_ = tr(
        lg,
        "Property Owners Insurance - Renewal Schedule",
        "Verbundene Wohngebaeudeversicherung - Nachtrag / Beitragsrechnung",
        "Multirisque immeuble - Avis d'echeance et conditions particulieres",
    )
    f = sheets(
        s, h, f"{tr(lg, 'Policy', 'Versicherungsschein-Nr.', 'Contrat n.')} {pol} - {e.body}"
    )
    recipient(
        f,
        s,
        h,
        [f"{e.body}", f"c/o {agent.name}", agent.street, agent.town],
        d,
        [(tr(lg, "Policy no.", "Vers.-Nr.", "Contrat n."), pol)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Renewal of your policy - {e.name}",
            f"Beitragsrechnung {d.year + 1} - {e.street}",
            f"Avis d'echeance - {e.name}",
        ),
        1,
    )
    write(f, s, dear(lg, None))
    write(f, s, prose(rng, lg, 2, 4))
    prem = rng.randint(6000, 48000) + rng.randint(0, 99) / 100
    tax = prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg]
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (
                    tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime annuelle HT"),
                    money(prem, lg),
                ),
                (
                    tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19%", "Taxes"),
                    money(tax, lg),
                ),
                (
                    tr(lg, "Total payable", "Zahlbetrag", "Montant TTC"),
                    f"{money(prem + tax, lg)} {currency(lg)}",
                ),
            ],
            w / 2 + 80,
        )
        + 10
    )
    regards(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(lg, "Account Executive", "Kundenbetreuung", "Votre conseiller"),
    )
    f.new_page()
    caption(f, s, title_, 1, rule=True)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), e.body),
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N. de contrat"), pol),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Periode"),
                f"{date_text(date(d.year + 1, 1, 1), lg, 'short')} - "
                f"{date_text(date(d.year + 1, 12, 31), lg, 'short')}",
            ),
            (
                tr(lg, "Premises", "Versicherungsort", "Situation du risque"),
                f"{e.street}, {e.town}",
            ),
            (
                tr(lg, "Construction", "Bauart", "Construction"),
                tr(
                    lg,
                    "Brick, slate roof, 1904 / conversion 1998",
                    "Massiv, harte Bedachung, BJ 1962",
                    "Maconnerie, toiture tuiles, 1975",
                ),
            ),
            (tr(lg, "Units", "Wohneinheiten", "Lots principaux"), str(e.units)),
        ],
        hand=False,
        tall=24,
    )
    cols = columns(m, w - m, [(3, "left"), (1.4, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Section / cover", "Gefahr / Baustein", "Garantie"),
            tr(lg, "Sum insured", "Versicherungssumme", "Capital / plafond"),
            tr(lg, "Excess", "Selbstbehalt", "Franchise"),
        ],
        [
            [
                c,
                money(rng.randint(1, 90) * 100000, lg)
                if k == 0
                else money(rng.randint(1, 50) * 10000, lg),
                money(rng.choice([250, 500, 1000, 2500]), lg),
            ]
            for k, c in enumerate(
                tr(
                    lg,
                    "Buildings (reinstatement)|Escape of water|Subsidence|Property owners "
                    "liability|Employers liability|Loss of rent / alternative "
                    "accommodation|Terrorism",
                    "Feuer|Leitungswasser|Sturm/Hagel|Elementar|Glasbruch|Haus- und "
                    "Grundbesitzerhaftpflicht|Mietausfall",
                    "Incendie|Degats des eaux|Tempete grele neige|Bris de glaces|Vol et "
                    "vandalisme|Responsabilite civile immeuble|Catastrophes naturelles",
                ).split("|")
            )
        ],
        s,
        size=8.5,
        rules=True,
        step=1.8,
    )
    f.y += 8
    caption(f, s, tr(lg, "Endorsements", "Klauseln und Vereinbarungen", "Clauses particulieres"), 0)
    for _ in range(rng.randint(3, 8)):
        write(f, s, f"{serial(rng, 'AA99')}  " + prose(rng, lg, 1, 2), s.size - 1.5, indent=6)
    if rng.random() < 0.5:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Important information",
                "Wichtige Hinweise - Mitteilung nach Par. 19 Abs. 5 VVG",
                "Informations importantes",
            ),
            0,
        )
        small_print(
            f,
            s,
            [
                (words(rng, lg, 3)[:-1].upper(), prose(rng, lg, 2, 5))
                for _ in range(rng.randint(8, 16))
            ],
            cols=2,
            pt=6.5,
        )
    nos = (
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if rng.random() < 0.75
        else h.numbers
    )
    return close(f.pages, s, h, numbers=nos)


def tpl_claim_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's escape-of-water claim form filled in by the agent (property claim form,
    Schadenanzeige Leitungswasser, constat amiable degat des eaux): sections of printed
    captions with hand entries and ticks, a sketch box, the declaration and signature; two or
    three pages with a form code in the footer."""
    h = head_of(who, "insurer", ["block", "ruled"])
    lg = h.lang
    s = paper(who.style, A4, margin=36, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    pol = serial(
        seeded(who, "policy"),
        seeded(who, "policymask").choice(["PBL/999999/A", "99.999.999-9", "AA 9999999"]),
    )
    code = tr(
        lg,
        "CF-PROP-03 (rev. 04/23)",
        "Form. 4711 - 01.2023",
        "Constat degats des eaux - modele FFA 2018",
    )
    f = sheets(s, h)
    title_ = tr(
        lg,
        "PROPERTY CLAIM FORM - ESCAPE OF WATER",
        "SCHADENANZEIGE Leitungswasser / Gebaeude",
        "CONSTAT AMIABLE DE DEGATS DES EAUX",
    )
    caption(f, s, title_, 4)
    sect = 0

    def section(t: str) -> None:
        nonlocal sect
        sect += 1
        f.need(90)
        f.page.rect(m, f.y - 9, w - 2 * m, 13, fill=0.82)
        f.page.text(m + 4, f.y, f"{sect}. {t}", s.bold, 8.5)
        f.y += 10

    section(tr(lg, "Policyholder", "Versicherungsnehmer", "Assure / declarant"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), e.body),
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N. contrat"), pol),
            (
                tr(lg, "Contact", "Ansprechpartner", "Gestionnaire"),
                f"{staff(who, 'pm')}, {head_of(who, 'agent').name}",
            ),
            (tr(lg, "Telephone", "Telefon", "Telephone"), head_of(who, "agent").phone),
        ],
        tall=24,
    )
    section(tr(lg, "The incident", "Schadenereignis", "Circonstances"))
    when = d - timedelta(days=rng.randint(1, 20))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Date of loss", "Schadentag", "Date du sinistre"),
                date_text(when, lg, "short"),
            ),
            (tr(lg, "Where", "Schadenort", "Lieu"), f"{unit(lg, n)}, {e.street}"),
            (tr(lg, "Discovered by", "festgestellt durch", "Constate par"), rng.choice(PEOPLE[lg])),
            (
                tr(lg, "Police / fire service", "Polizei / Feuerwehr", "Pompiers"),
                tr(lg, "No", "nein", "non"),
            ),
        ],
        tall=24,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        tr(
            lg,
            "Burst pipe|Leaking appliance|Overflow|Roof / gutter|Drain backup|Unknown",
            "Rohrbruch|Geraet undicht|Ueberlauf|Dach / Rinne|Rueckstau|unbekannt",
            "Fuite canalisation|Appareil|Debordement|Toiture|Refoulement|Inconnue",
        ).split("|"),
        {rng.randint(0, 5)},
    )
    f.page.text(
        m,
        f.y + 2,
        tr(lg, "How did the damage happen?", "Schadenhergang", "Description des faits"),
        s.font,
        7,
    )
    f.y = ruled(f.page, m, f.y + 18, w - 2 * m, rng.randint(3, 5), rng, lg, 0.8)
    section(tr(lg, "Damage", "Schaeden", "Dommages"))
    cols = columns(m, w - m, [(2, "left"), (3, "left"), (1, "right")])
    rows = [[rng.choice(ROOMS[lg]), "", ""] for _ in range(rng.randint(3, 6))]
    top = f.y
    table(
        f,
        cols,
        [
            tr(lg, "Room / area", "Raum / Bauteil", "Piece"),
            tr(lg, "Damaged items", "Beschaedigung", "Dommages constates"),
            tr(lg, "Estimate", "Schaetzung", "Estimation"),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=2.0,
    )
    yy = top + 8 * 1.9
    for _ in rows:
        f.page.text(
            cols[1][0],
            yy,
            fit(words(rng, lg, 4)[:-1], HAND, 8.5, cols[1][1] - cols[1][0]),
            HAND,
            8.5,
        )
        f.page.text(cols[2][1], yy, money(rng.randint(80, 3000), lg), HAND, 8.5, "right")
        yy += 16
    if lg == "fr" or rng.random() < 0.5:
        section(
            tr(
                lg,
                "Other parties / flats affected",
                "Beteiligte / betroffene Wohnungen",
                "Voisin / tiers concerne",
            )
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), rng.choice(PEOPLE[lg])),
                (tr(lg, "Flat", "Wohnung", "Lot"), unit(lg, rng.randint(1, e.units))),
                (
                    tr(lg, "Their insurer", "Versicherer", "Son assureur"),
                    rng.choice(["", "Direct Line", "HUK-Coburg", "MAIF", "Allianz"]),
                ),
                (
                    tr(lg, "Owner / tenant", "Eigentuemer / Mieter", "Proprietaire / locataire"),
                    tr(lg, "Tenant", "Mieter", "Locataire"),
                ),
            ],
            tall=24,
        )
    if rng.random() < 0.6:
        section(tr(lg, "Sketch", "Skizze", "Croquis"))
        f.need(150)
        f.page.rect(m, f.y, w - 2 * m, 130)
        bx, by = m + 40, f.y + 20
        f.page.rect(bx, by, 160, 90)
        f.page.line(bx + 80, by, bx + 80, by + 90)
        f.page.text(bx + 10, by + 50, fit(rng.choice(ROOMS[lg]), HAND, 8, 65), HAND, 8)
        f.page.line(bx + 120, by + 10, bx + 140, by + 40)
        f.page.text(bx + 150, by + 30, tr(lg, "leak", "Leck", "fuite"), HAND, 9)
        f.y += 140
    if rng.random() < 0.5:
        f.new_page()
    section(
        tr(lg, "Repairs and emergency measures", "Sofortmassnahmen / Reparatur", "Mesures prises")
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        tr(
            lg,
            "Leak stopped|Drying company instructed|Contractor instructed|Estimate enclosed|"
            "Invoice enclosed|Alternative accommodation needed",
            "Leck beseitigt|Trocknungsfirma beauftragt|Handwerker beauftragt|"
            "Kostenvoranschlag anbei|Rechnung anbei|Ersatzunterkunft noetig",
            "Fuite reparee|Assechement commande|Entreprise missionnee|Devis joint|"
            "Facture jointe|Relogement necessaire",
        ).split("|"),
        set(rng.sample(range(6), rng.randint(1, 3))),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Repairer", "Ausfuehrende Firma", "Reparateur"),
                head_of(who, "contractor").name,
            ),
            (
                tr(lg, "Estimated total", "Geschaetzte Kosten", "Montant estime"),
                money(rng.randint(4, 80) * 100, lg),
            ),
        ],
        tall=24,
    )
    section(
        tr(
            lg,
            "Previous losses and other insurance",
            "Vorschaeden / weitere Versicherungen",
            "Antecedents",
        )
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        tr(
            lg,
            "Previous claims in the last 5 years: Yes|No|Other insurance covering the loss: Yes|No",
            "Vorschaeden in den letzten 5 Jahren: ja|nein|Anderweitig versichert: ja|nein",
            "Sinistres anterieurs (5 ans) : oui|non|Autre assurance : oui|non",
        ).split("|"),
        {rng.choice([0, 1, 1]), rng.choice([3, 3, 2])},
    )
    section(tr(lg, "Payment", "Zahlungsweg", "Reglement"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Account name", "Kontoinhaber", "Titulaire du compte"), e.body),
            (
                tr(lg, "Sort code / account", "IBAN", "IBAN"),
                tr(
                    lg,
                    f"{serial(rng, '99-99-99')}  {serial(rng, '99999999')}",
                    f"DE{serial(rng, '99 9999 9999 9999 9999 99')}",
                    f"FR76 {serial(rng, '9999 9999 9999 9999 9999 999')}",
                ),
            ),
            (
                tr(lg, "VAT registered", "Vorsteuerabzugsberechtigt", "Assujetti TVA"),
                tr(lg, "No", "nein", "non"),
            ),
        ],
        per=3,
        tall=24,
    )
    section(tr(lg, "Declaration", "Erklaerung", "Signatures"))
    write(
        f,
        s,
        tr(
            lg,
            "I declare that the information given is true and complete to the best of my "
            "knowledge. I understand that giving false information may invalidate the claim.",
            "Ich versichere, die vorstehenden Angaben nach bestem Wissen wahrheitsgemaess gemacht "
            "zu haben. Mir ist bekannt, dass falsche Angaben den Versicherungsschutz gefaehrden.",
            "Les soussignes certifient l'exactitude des renseignements portes sur le present "
            "constat.",
        ),
        7.5,
    )
    f.need(40)
    f.y += 12
    sign(f.page, m + 10, f.y, staff(who, "pm"))
    f.page.text(m + 200, f.y - 2, date_text(d, lg, "short"), HAND, 9)
    f.page.line(m, f.y + 4, w - m, f.y + 4)
    f.page.text(
        m,
        f.y + 13,
        tr(
            lg,
            "Signature                                              Date",
            "Unterschrift                                        Datum",
            "Signature(s)                                         Date",
        ),
        s.font,
        7,
    )
    pages = f.pages
    for p in pages:
        p.text(m, hh - 24 - 7 * len(h.foot), code, s.font, 6)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]).replace(
            "Page", tr(lg, "Page", "Seite", "Page")
        ),
    )


def tpl_adjuster_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The loss adjuster's report on an escape-of-water claim: references, circumstances,
    cause, damage, policy liability and reserve under headings, signed, then one or two photo
    sheets."""
    h = head_of(who, "adjuster")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    n = flat_no(rng, e)
    ins = head_of(who, "insurer")
    ref = serial(rng, "AA/99999/99")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Our ref', 'Az.', 'Ref.')} {ref}")
    recipient(
        f,
        s,
        h,
        [
            ins.name,
            tr(lg, "Property Claims", "Schadenabteilung", "Service sinistres"),
            ins.street,
            ins.town,
        ],
        d,
        [
            (tr(lg, "Our ref", "Unser Az.", "N/Ref"), ref),
            (tr(lg, "Your ref", "Ihr Zeichen", "V/Ref"), serial(rng, "CLM-9999999")),
        ],
    )
    caption(
        f, s, tr(lg, "Preliminary report", "Gutachten / Schadenbericht", "Rapport d'expertise"), 2
    )
    f.page.text(
        m,
        f.y,
        fit(
            tr(lg, "Insured: ", "VN: ", "Assure : ") + e.body + f" - {e.street}, {unit(lg, n)}",
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 20
    for head in tr(
        lg,
        "Circumstances|Cause|Damage|Policy liability|Reserve and recommendations",
        "Sachverhalt|Schadenursache|Schadenumfang|Deckung|Kostenschaetzung und Empfehlung",
        "Circonstances|Cause|Dommages|Garantie|Evaluation et conclusions",
    ).split("|"):
        f.heading(m, head, s.bold, s.size + 0.5)
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, 2, 4))
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (
                    tr(
                        lg,
                        "Reserve (building)",
                        "Schaetzung Gebaeudeschaden",
                        "Evaluation batiment",
                    ),
                    money(rng.randint(2, 40) * 500, lg),
                ),
                (
                    tr(lg, "Drying costs", "Trocknung", "Assechement"),
                    money(rng.randint(6, 30) * 100, lg),
                ),
            ],
            w / 2 + 60,
        )
        + 6
    )
    regards(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(lg, "Cert CII, Loss Adjuster", "oeffentl. best. u. vereid. Sachverstaendiger", "Expert"),
    )
    pages = close(f.pages, s, h)
    notes = [
        f"{rng.choice(ROOMS[lg])} - {words(rng, lg, 3)[:-1]}"
        for _ in range(rng.choice([2, 4, 4, 6, 8]))
    ]
    pages += photo_sheet(
        s,
        h,
        rng,
        notes,
        tr(lg, "Photographs", "Fotodokumentation", "Planche photographique") + f" - {ref}",
        per=rng.choice([2, 4, 6]),
        header=f"{h.name} - {ref}" if rng.random() < 0.5 else "",
    )
    return pages


def tpl_lift_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The inspection body's report on the passenger lift (LOLER thorough examination,
    Pruefbericht nach BetrSichV, rapport de controle technique): the particulars grid, the
    defects table with categories, the result box and the engineer's signature."""
    h = head_of(who, "inspector", ["block", "ruled", "tinted"])
    lg = h.lang
    s = paper(who.style, A4, margin=40, pt=min(who.style.size, 9))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    title_ = tr(
        lg,
        "REPORT OF THOROUGH EXAMINATION - PASSENGER LIFT",
        "PRUEFBERICHT Aufzugsanlage - wiederkehrende Pruefung",
        "RAPPORT DE CONTROLE TECHNIQUE QUINQUENNAL - ASCENSEUR",
    )
    sub = tr(
        lg,
        "Lifting Operations and Lifting Equipment Regulations 1998, Regulation 9",
        "gemaess Par. 16 BetrSichV - Hauptpruefung",
        "Articles R134-11 et suivants du Code de la construction",
    )
    rep = serial(rng, "99999999")
    f = sheets(s, h, f"{tr(lg, 'Report', 'Bericht', 'Rapport')} {rep} - {e.street}")
    caption(f, s, title_, 2)
    f.page.text(m, f.y - 4, sub, italic_of(s.font), 7.5)
    f.y += 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Employer / duty holder", "Betreiber", "Proprietaire"),
                f"{e.body} c/o {head_of(who, 'agent').name}",
            ),
            (tr(lg, "Address of premises", "Standort", "Adresse"), f"{e.street}, {e.town}"),
            (tr(lg, "Plant ID / serial", "Fabrik-Nr.", "N. de serie"), serial(rng, "AA99999")),
            (
                tr(lg, "Rated load / persons", "Nennlast / Personen", "Charge / personnes"),
                f"{rng.choice([450, 630, 800])} kg / {rng.choice([6, 8, 10])}",
            ),
            (
                tr(lg, "Date of examination", "Pruefdatum", "Date de la visite"),
                date_text(d, lg, "short"),
            ),
            (
                tr(lg, "Next examination by", "Naechste Pruefung", "Prochain controle"),
                date_text(d + timedelta(days=rng.choice([182, 365, 730])), lg, "short"),
            ),
        ],
        hand=False,
        tall=24,
    )
    cols = columns(m, w - m, [(0.6, "left"), (4.5, "left"), (0.8, "center"), (1.4, "left")])
    cats = tr(lg, "A|B|C|Obs", "gM|M|eM|H", "1|2|3|Obs").split("|")
    rows = [
        [
            f"{k + 1}",
            words(rng, lg, rng.randint(5, 12))[:-1],
            rng.choice(cats),
            rng.choice(
                [
                    tr(lg, "Immediately", "sofort", "immediat"),
                    tr(lg, "Within 6 months", "bis naechste Pruefung", "sous 6 mois"),
                    "",
                ]
            ),
        ]
        for k in range(rng.randint(0, 12))
    ]
    caption(f, s, tr(lg, "Defects", "Festgestellte Maengel", "Defauts constates"), 0.5)
    if rows:
        table(
            f,
            cols,
            [
                tr(lg, "No.", "Nr.", "N."),
                tr(lg, "Defect", "Mangel", "Observation"),
                tr(lg, "Cat.", "Einst.", "Cat."),
                tr(lg, "Timescale", "Frist", "Delai"),
            ],
            rows,
            s,
            size=8,
            rules=True,
            step=1.9,
        )
    else:
        write(
            f,
            s,
            tr(lg, "No defects found.", "Keine Maengel festgestellt.", "Aucun defaut constate."),
        )
    f.need(90)
    f.y += 6
    ok = not any(r[2] in ("A", "gM", "1") for r in rows)
    f.page.rect(m, f.y, w - 2 * m, 34)
    f.page.text(
        m + 8, f.y + 14, tr(lg, "Result:", "Pruefergebnis:", "Conclusion :"), s.bold, s.size
    )
    f.page.text(
        m + 90,
        f.y + 14,
        tr(
            lg,
            "Safe to operate" if ok else "NOT SAFE - defects of category A",
            "Keine Bedenken gegen den Weiterbetrieb"
            if ok
            else "Weiterbetrieb erst nach Maengelbeseitigung",
            "Appareil conforme" if ok else "Mise a l'arret",
        ),
        s.bold,
        s.size,
    )
    f.y += 56
    sign(f.page, m, f.y, rng.choice(PEOPLE[lg]))
    f.page.text(
        m,
        f.y + 12,
        tr(lg, "Competent person", "Sachverstaendiger (ZUeS)", "Le technicien"),
        s.font,
        7.5,
    )
    if rng.random() < 0.5:
        stamp(
            f.page,
            w - m - 140,
            f.y - 20,
            [
                tr(lg, "EXAMINED", "GEPRUEFT", "CONTROLE"),
                date_text(d, lg, "short"),
                h.name.split()[0],
            ],
        )
    if rng.random() < 0.6:
        # the parts examined, item by item, on a page of its own
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Parts examined", "Pruefumfang / Einzelbefunde", "Points de controle"),
            0.5,
        )
        cols = columns(m, w - m, [(3.6, "left"), (0.7, "center"), (0.7, "center"), (0.7, "center")])
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Baugruppe", "Element"),
                tr(lg, "OK", "i.O.", "OK"),
                tr(lg, "Defect", "Mangel", "Defaut"),
                tr(lg, "N/A", "entf.", "S.O."),
            ],
            [[x, "", "", ""] for x in LIFT_PARTS[lg]],
            s,
            size=8,
            rules=True,
            step=2.0,
        )
        yy = f.y - 8 * 2.0 * len(LIFT_PARTS[lg])
        bad = {k for k in range(len(LIFT_PARTS[lg])) if rng.random() < 0.15}
        for k in range(len(LIFT_PARTS[lg])):
            c = cols[2] if k in bad else cols[1]
            f.page.text((c[0] + c[1]) / 2, yy, "x", HAND, 9, "center")
            yy += 16
        f.y += 10
        write(
            f, s, tr(lg, "Remarks: ", "Bemerkungen: ", "Observations : ") + prose(rng, lg, 1, 2), 8
        )
    return close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


LIFT_PARTS = {
    "en": [
        "Machine room / machinery space",
        "Traction sheave and ropes",
        "Brake and brake linings",
        "Overspeed governor and safety gear",
        "Car and landing doors, interlocks",
        "Car roof and pit",
        "Buffers",
        "Alarm and two-way communication",
        "Emergency lighting in car",
        "Guide rails and fixings",
        "Controller and electrical safety devices",
        "Notices and rated load plate",
    ],
    "de": [
        "Triebwerksraum / Zugang",
        "Treibscheibe und Tragmittel",
        "Bremse",
        "Geschwindigkeitsbegrenzer und Fangvorrichtung",
        "Schacht- und Fahrkorbtueren, Verriegelungen",
        "Fahrkorbdach und Schachtgrube",
        "Puffer",
        "Notrufsystem (24 h)",
        "Notbeleuchtung Fahrkorb",
        "Fuehrungsschienen",
        "Steuerung, elektrische Sicherheitseinrichtungen",
        "Beschilderung, Nennlast",
    ],
    "fr": [
        "Local des machines",
        "Poulie de traction et cables",
        "Frein",
        "Limiteur de vitesse et parachute",
        "Portes palieres et de cabine, verrouillages",
        "Toit de cabine et cuvette",
        "Amortisseurs",
        "Telealarme",
        "Eclairage de secours cabine",
        "Guides",
        "Armoire de commande",
        "Affichage et plaque de charge",
    ],
}


def tpl_utility_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """A bill for the block's communal supply (landlord electricity, Allgemeinstrom, the
    water company's facture): summary first, the charges with meter readings next, sometimes
    a page of notes."""
    h = head_of(who, "utility", ["tinted", "wordmark", "block"])
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, _ = s.page_size
    m = s.margin
    e = estate(who)
    d = on(rng)
    agent = head_of(who, "agent")
    acct = serial(seeded(who, "uacct"), "9999 9999 99")
    water = "Eaux" in h.name
    title_ = tr(
        lg,
        "Your electricity bill - landlord supply",
        "Rechnung Allgemeinstrom",
        "Votre facture d'eau" if water else "Votre facture d'electricite - services generaux",
    )
    f = sheets(s, h, f"{tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acct}")
    recipient(
        f,
        s,
        h,
        [e.body, f"c/o {agent.name}", agent.street, agent.town],
        d,
        [
            (tr(lg, "Account no.", "Vertragskonto", "N. client"), acct),
            (tr(lg, "Bill no.", "Rechnungs-Nr.", "Facture n."), serial(rng, "9999999999")),
        ],
    )
    caption(f, s, title_, 3)
    f.page.text(
        m,
        f.y,
        fit(
            tr(lg, "Supply address: ", "Verbrauchsstelle: ", "Adresse de consommation : ")
            + f"{e.street}, {e.town} - "
            + tr(lg, "Landlord supply", "Treppenhaus / Aussenbeleuchtung", "Parties communes"),
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 20
    kwh = rng.randint(800, 14000)
    pr = rng.uniform(0.24, 0.36)
    stand = rng.randint(60, 240)
    net = kwh * pr + stand
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Previous balance", "Abschlaege gezahlt", "Solde precedent"),
                money(rng.randint(0, 800), lg),
            ),
            (
                tr(
                    lg,
                    "Charges this period",
                    "Verbrauch im Abrechnungszeitraum",
                    "Montant de la periode",
                ),
                money(net, lg),
            ),
            (
                tr(lg, "VAT 20%", "USt. 19%", "TVA"),
                money(net * {"en": 0.2, "de": 0.19, "fr": 0.055 if water else 0.2}[lg], lg),
            ),
            (tr(lg, "Amount due", "Zu zahlen", "Montant a payer"), money(net * 1.2, lg)),
        ],
        w / 2 + 80,
        s.size,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            f"We will collect this by Direct Debit on or after {day(h, d + timedelta(days=14))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=14))} per SEPA-Lastschrift eingezogen.",
            f"Prelevement le {day(h, d + timedelta(days=14))}.",
        ),
        s.size - 1,
    )
    f.need(130)
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(lg, "Your usage over the year", "Ihr Verbrauch", "Historique de consommation"),
        s.bold,
        s.size - 1,
    )
    base = f.y + 90
    for k in range(12):
        v = rng.uniform(0.2, 1)
        f.page.rect(m + k * 22, base - 70 * v, 14, 70 * v, fill=0.6)
    f.page.line(m, base, m + 12 * 22, base)
    f.y = base + 20
    if rng.random() < 0.85:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Your charges in detail", "Einzelaufstellung", "Detail de votre facture"),
            0.5,
        )
        cols = columns(
            m, w - m, [(2.4, "left"), (1.3, "left"), (1, "right"), (1, "right"), (1, "right")]
        )
        prev = rng.randint(10000, 900000)
        table(
            f,
            cols,
            [
                tr(lg, "Meter", "Zaehler", "Compteur"),
                tr(lg, "Period", "Zeitraum", "Periode"),
                tr(lg, "Previous", "alt", "Ancien index"),
                tr(lg, "Present", "neu", "Nouvel index"),
                tr(lg, "Units", "kWh", "Conso."),
            ],
            [
                [
                    serial(rng, "A99A99999"),
                    date_text(d - timedelta(days=90), lg, "short")[:5]
                    + "-"
                    + date_text(d, lg, "short")[:5],
                    str(prev),
                    str(prev + kwh),
                    str(kwh),
                ]
            ],
            s,
            size=8,
        )
        f.y += 6
        table(
            f,
            columns(m, w - m, [(3, "left"), (1.2, "right"), (1.2, "right")]),
            [
                tr(lg, "Charge", "Preisbestandteil", "Element"),
                tr(lg, "Rate", "Preis", "Prix"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [
                [
                    tr(lg, "Unit charge", "Arbeitspreis", "Consommation"),
                    f"{pr:.4f}",
                    money(kwh * pr, lg),
                ],
                [
                    tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
                    f"{stand / 90:.4f}",
                    money(stand, lg),
                ],
                [
                    tr(lg, "Climate Change Levy", "Stromsteuer", "Accise / CTA"),
                    "0.00775",
                    money(kwh * 0.00775, lg),
                ],
            ],
            s,
            size=8,
            rules=True,
        )
        if rng.random() < 0.5:
            f.y += 10
            small_print(
                f,
                s,
                [(words(rng, lg, 3)[:-1], prose(rng, lg, 2, 3)) for _ in range(rng.randint(3, 6))],
                cols=2,
                pt=6.5,
            )
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["{i}/{n}", "none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i} sur {n}")]
        ),
    )


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_T: dict[str, Template] = {
    "service_charge_demand": tpl_service_charge_demand,
    "year_end_accounts": tpl_year_end_accounts,
    "arrears_reminder": tpl_arrears_reminder,
    "bank_statement": tpl_bank_statement,
    "meeting_notice": tpl_meeting_notice,
    "minutes": tpl_minutes,
    "proxy_return": tpl_proxy_return,
    "works_order": tpl_works_order,
    "contractor_invoice": tpl_contractor_invoice,
    "contractor_quote": tpl_contractor_quote,
    "repair_report": tpl_repair_report,
    "resident_letter": tpl_resident_letter,
    "caretaker_log": tpl_caretaker_log,
    "key_receipt": tpl_key_receipt,
    "handover": tpl_handover,
    "meter_reading": tpl_meter_reading,
    "heating_statement": tpl_heating_statement,
    "insurance_renewal": tpl_insurance_renewal,
    "claim_form": tpl_claim_form,
    "adjuster_report": tpl_adjuster_report,
    "lift_inspection": tpl_lift_inspection,
    "utility_bill": tpl_utility_bill,
}
#: One-page kinds that a day's pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "arrears_reminder",
    "works_order",
    "contractor_invoice",
    "repair_report",
    "proxy_return",
    "meter_reading",
    "caretaker_log",
    "key_receipt",
)
#: A kind often followed by a related paper about the same block from another sender.
FOLLOWS = {
    "meeting_notice": "proxy_return",
    "repair_report": "works_order",
    "contractor_quote": "works_order",
    "works_order": "contractor_invoice",
    "claim_form": "adjuster_report",
    "meter_reading": "heating_statement",
    "lift_inspection": "contractor_quote",
    "handover": "key_receipt",
    "year_end_accounts": "bank_statement",
    "arrears_reminder": "resident_letter",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tote_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One day's post of the managing agent: ``corpus.make_stream`` with batch runs (after a
    run kind, 1-3 more of the same kind from the same sender follow with probability 0.5) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The branch whose post it mostly is (England, Germany or France) is drawn once per
    stream."""
    OFFICE[0] = rng.choice(["en", "en", "de", "de", "fr"])
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_T, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tote_stream, "templates T")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

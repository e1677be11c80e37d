"""Sitebox part of the generated corpus: templates S, written blind for the next measurement.

Another part, ``sitebox``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the site office of a
mid-sized building contractor (sites in England, Germany and France) feeds through its scanner:
subcontractors' interim payment applications with the measured works over several pages (an
Abschlagsrechnung, a situation de travaux), builders' merchants' delivery notes signed on
receipt, ready-mix concrete delivery tickets, plant hire off-hire notes, site diary pages (a
Bautagesbericht, a journal de chantier), drawing transmittal sheets with the list of drawings
issued, drawing prints with a title block, requests for information and the architect's
reply, architect's instructions / variation orders (Nachtragsanordnung, ordre de service),
subcontractors' quotations with their terms, weekly safety inspection checklists, toolbox talk
sign-in sheets, accident / near-miss reports, hot works permits, waste transfer notes,
labour gang timesheets on landscape A4, building control inspection records, the client's
letter with the programme on a landscape Gantt page and insurance certificates. Some senders
write in German or French; page sizes range from narrow concrete tickets and A5 delivery notes
to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the site office files it
under one reference: the reduced drawing prints stapled behind a transmittal sheet, the
measured works pages and cover sheet of a payment application, the terms page of a quotation,
the programme page of the client's letter, the sketch page of an RFI reply, the continuation
sheet of a site diary and the witness page of an accident report belong to their document. A
drawing print that arrives on its own, the reply to an RFI and the quotation priced against an
instruction are documents of their own.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: delivery notes, concrete tickets,
off-hire notes, site diary pages, waste transfer notes and timesheets often come 2-4 in a row
from one sender with other dates, numbers and quantities; and companions: a request for
information is often followed by the architect's reply, an architect's instruction by the
subcontractor's quotation, a transmittal sheet by a drawing print, an accident report by the
toolbox talk held after it, a hot works permit by the weekly safety inspection. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "sitebox"`` and seeds offset by 1_800_000.

Usage: ``python benchmarks/corpus_sitebox.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/sitebox/sitebox_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass, replace
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
    babble,
    bar_width,
    box,
    caption,
    cell,
    close,
    columns,
    currency,
    date_text,
    day,
    fields,
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

PART = "sitebox"
SEED_OFFSET = 1_800_000

# ---------------------------------------------------------------------------------------------
# Who writes: firms by role, site staff, projects
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
ROLES: dict[str, list[Firm]] = {
    "main": [
        (
            "Hallam & Rudd Construction Ltd",
            "en",
            "Site Office, Canal Wharf",
            "Leeds LS11 5QR",
            "0113 244 9870",
        ),
        (
            "Brennan Build Partnership",
            "en",
            "Site Cabin 2, Gasworks Lane",
            "Bristol BS2 0QH",
            "0117 955 3021",
        ),
        (
            "Bauunternehmung Kranefeld GmbH",
            "de",
            "Baustelle Lindenhof, Container 1",
            "40477 Duesseldorf",
            "0211 49 33 10",
        ),
        (
            "Entreprise Moreau Batiment SAS",
            "fr",
            "Base vie, 14 rue des Tanneurs",
            "69007 Lyon",
            "04 78 61 22 40",
        ),
    ],
    "sub": [
        ("Pennine Groundworks Ltd", "en", "Unit 4, Stourton Link", "Leeds LS10 1RW", ""),
        ("Avon Drylining & Ceilings", "en", "18 Feeder Road", "Bristol BS2 0SB", "0117 971 2230"),
        ("Castleford Steel Erectors Ltd", "en", "Wheldon Road", "Castleford WF10 2JT", ""),
        ("J. Ashworth Mechanical & Electrical", "en", "7 Kirkstall Road", "Leeds LS3 1HS", ""),
        ("Trockenbau Wiegand GmbH", "de", "Industriestrasse 22", "41460 Neuss", "02131 66 70 0"),
        ("Elektro Hoevelmann KG", "de", "Am Schoenenkamp 9", "40599 Duesseldorf", ""),
        ("Menuiserie Giraud Freres", "fr", "ZA des Platieres", "69390 Vourles", "04 72 31 18 05"),
        ("SARL Electricite Benali", "fr", "33 avenue Berthelot", "69007 Lyon", ""),
    ],
    "supplier": [
        ("Northgate Builders Merchants", "en", "Canal Road", "Leeds LS12 2PL", "0113 263 1144"),
        ("Severnside Timber & Sheet", "en", "Avonmouth Way", "Bristol BS11 9HX", ""),
        ("Yorkshire Plumb Centre", "en", "Sweet Street", "Leeds LS11 9DB", "0113 245 0020"),
        ("Baustoffhandel Terhorst", "de", "Fringsstrasse 40", "47119 Duisburg", ""),
        ("Holz Brinkmann GmbH", "de", "Heerdter Lohweg 80", "40549 Duesseldorf", ""),
        ("Point.M Materiaux Lyon Sud", "fr", "Chemin du Grand Revoyet", "69310 Pierre-Benite", ""),
    ],
    "concrete": [
        ("Aire Valley Ready Mix", "en", "Knostrop Depot", "Leeds LS9 0PE", "0113 248 7700"),
        ("Westcrete Concrete Ltd", "en", "St Philips Causeway", "Bristol BS2 0SP", ""),
        ("Rheinbeton Transportbeton GmbH", "de", "Hafenstrasse 3", "40213 Duesseldorf", ""),
        ("Beton Rhone Saone SA", "fr", "Port Edouard Herriot", "69007 Lyon", ""),
    ],
    "plant": [
        ("Calder Plant Hire", "en", "Thornes Lane Wharf", "Wakefield WF1 5RW", "01924 371 800"),
        ("Hirebase Bristol", "en", "Albert Road", "Bristol BS2 0XA", "0117 972 4400"),
        ("Mietpark Rhein-Ruhr GmbH", "de", "Luetticher Strasse 120", "40547 Duesseldorf", ""),
        ("Loxam Lyon Gerland", "fr", "52 avenue Tony Garnier", "69007 Lyon", "04 72 76 90 90"),
    ],
    "architect": [
        ("Pryce Okafor Architects", "en", "3 Park Square East", "Leeds LS1 2NE", "0113 243 8100"),
        ("Fenwick Marsh Design LLP", "en", "Paintworks, Bath Road", "Bristol BS4 3EH", ""),
        ("Architekturbuero Sander + Voss", "de", "Kaiserstrasse 31", "40479 Duesseldorf", ""),
        ("Atelier Chauvet Architectes", "fr", "8 quai Claude Bernard", "69007 Lyon", ""),
    ],
    "client": [
        ("Aire Living Homes Ltd", "en", "Wellington Place", "Leeds LS1 4AP", "0113 390 5500"),
        ("Harbourside Estates plc", "en", "1 Canons Way", "Bristol BS1 5LL", ""),
        ("Wohnungsbau Derendorf eG", "de", "Schlossstrasse 50", "40477 Duesseldorf", ""),
        ("Grand Lyon Habitat", "fr", "2 place de Francfort", "69003 Lyon", "04 72 74 68 00"),
    ],
    "council": [
        ("Leeds City Council - Building Control", "en", "Merrion House", "Leeds LS2 8BB", ""),
        ("Bristol City Council - Building Control", "en", "City Hall", "Bristol BS1 5TR", ""),
        (
            "Landeshauptstadt Duesseldorf - Bauaufsichtsamt",
            "de",
            "Brinckmannstrasse 5",
            "40225 Duesseldorf",
            "",
        ),
        (
            "Ville de Lyon - Service Securite Batiments",
            "fr",
            "198 avenue Jean Jaures",
            "69007 Lyon",
            "",
        ),
    ],
    "waste": [
        ("Skipco Waste Management", "en", "Cross Green Way", "Leeds LS9 0SE", "0113 249 6600"),
        ("Avonside Recycling Ltd", "en", "Kingsweston Lane", "Bristol BS11 0YS", ""),
        ("Entsorgung Niederrhein GmbH", "de", "Boeckerstrasse 12", "40472 Duesseldorf", ""),
        ("Serfim Recyclage", "fr", "Rue du Dauphine", "69960 Corbas", ""),
    ],
    "insurer": [
        ("Ridgeway Contractors Insurance", "en", "40 Lime Street", "London EC3M 7AW", ""),
        ("Baugewerbe Versicherung AG", "de", "Koenigsallee 61", "40215 Duesseldorf", ""),
        ("Mutuelle du Batiment - SMABTP", "fr", "114 avenue Emile Zola", "75015 Paris", ""),
    ],
}
PEOPLE = {
    "en": [
        "Gary Hebden",
        "Kerry Mitchell",
        "Darren Oduya",
        "Sian Pritchard",
        "Mick Flanagan",
        "Ruth Castellano",
        "Wes Barraclough",
        "Ayesha Karim",
        "Connor Dunne",
        "Paul Szymanski",
        "Lena Whitworth",
        "Tariq Mahmood",
    ],
    "de": [
        "Dirk Hoffstaedter",
        "Sabine Kuehl",
        "Murat Oezdemir",
        "Jens Pohlmann",
        "Anja Terbrack",
        "Piotr Nowak",
        "Ralf Engels",
    ],
    "fr": [
        "Cedric Faure",
        "Nadia Boukhari",
        "Julien Perrin",
        "Helene Vasseur",
        "Karim Haddad",
        "Sylvain Roux",
        "Ines Tavares",
    ],
}
PROJECTS = {
    "en": [
        ("Canal Wharf Phase 2 - 64 apartments", "Water Lane, Leeds LS11 5QR", "CW2"),
        ("Kirkstall Primary School extension", "Morris Lane, Leeds LS5 3JD", "KPS"),
        ("Temple Quay office refurbishment", "Temple Quay, Bristol BS1 6EA", "TQ4"),
        ("Gasworks Lane student housing", "Gasworks Lane, Bristol BS2 0QH", "GLS"),
    ],
    "de": [
        ("Neubau Kita Am Lindenhof", "Lindenhof 4, 40477 Duesseldorf", "KLH"),
        ("Wohnanlage Derendorfer Bogen, BA 2", "Rossstrasse 60, 40476 Duesseldorf", "DB2"),
    ],
    "fr": [
        ("Residence Les Tilleuls - 38 logements", "rue Pre-Gaudry, 69007 Lyon", "TIL"),
        ("Rehabilitation groupe scolaire Gerland", "allee Pierre de Coubertin, 69007 Lyon", "GSG"),
    ],
}
TALK = {
    "en": "site works concrete formwork scaffold drawing level slab wall foundation drainage "
    "programme crane delivery contractor access inspection revision detail steel",
    "de": "Baustelle Decke Schalung Bewehrung Geruest Plan Wand Fundament Entwaesserung Termin "
    "Kran Lieferung Abnahme Ausfuehrung Detail Stahl Nachunternehmer",
    "fr": "chantier dalle coffrage ferraillage echafaudage plan mur fondation reseau planning "
    "grue livraison reception execution detail lot entreprise",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be to the",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des",
}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A site office sentence in ``lang``: trade words mixed with the language's glue."""
    trade, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(trade if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    if lang == "en" and rng.random() < 0.3:
        return " ".join(babble(rng, TALK["en"]) for _ in range(rng.randint(lo, hi)))
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 1, 8) + timedelta(days=rng.randint(0, 760))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its firm and site."""
    return random.Random(zlib.crc32(f"sitebox/{key}/{who.name}/{who.street}/{who.city}".encode()))


def region(who: Issuer) -> str:
    return seeded(who, "region").choice(["en", "en", "en", "de", "fr"])


def project(who: Issuer) -> tuple[str, str, str]:
    return seeded(who, "project").choice(PROJECTS[region(who)])


def staff(who: Issuer, key: str) -> str:
    return seeded(who, "staff" + key).choice(PEOPLE[region(who)])


def crew(rng: random.Random, lang: str, n: int) -> list[str]:
    pool = PEOPLE[lang] + PEOPLE["en" if lang != "en" else "de"][:4]
    firsts = [p.split()[0] for p in pool]
    lasts = [p.split()[-1] for p in pool]
    return [f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(n)]


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
    look: str  # band | skyline | centred | split | framed
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i} of {n}", "none"],
    "de": ["none", "Seite {i} von {n}", "Blatt {i}/{n}", "2:- {i} -", "none"],
    "fr": ["none", "Page {i}/{n}", "{i}/{n}", "none", "2:page {i}"],
}


def legal_lines(r: random.Random, name: str, lang: str) -> list[str]:
    if lang == "de":
        return [
            f"{name} - Sitz Duesseldorf - HRB {r.randint(10000, 99999)} - Geschaeftsfuehrer: "
            + r.choice(["Uwe Kranefeld", "Martina Sander", "Thomas Brinkmann"]),
            f"Stadtsparkasse Duesseldorf - IBAN DE{r.randint(10, 99)} 3005 0110 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
    if lang == "fr":
        return [
            f"{name} - RCS Lyon {r.randint(300, 899)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} - Capital {r.randint(10, 500)} 000 EUR - "
            f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        ]
    out = [f"Registered in England and Wales no. {r.randint(2000000, 14999999):08d}"]
    if r.random() < 0.7:
        out.append(f"VAT no. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if r.random() < 0.5:
        out.append(r.choice(["CHAS accredited", "Constructionline Gold", "ISO 9001 : 2015"]))
    return [" - ".join(out)]


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    """The ``role`` firm of ``who`` as it prints (the same firm for the same issuer), of the
    site's region where the role has such a firm."""
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
        look=r.choice(looks or ["band", "skyline", "centred", "split", "framed"]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang) if role not in ("council",) and r.random() < 0.7 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
    )


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.25)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        p.text(m, y + 22, fit(f"{where}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "skyline":
        for k, bar in enumerate((26, 18, 32, 12)):
            p.rect(m + k * 7, y + 8 - bar, 5, bar, fill=0.1)
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m - 40)
        p.text(m + 34, y, h.name, s.bold, pt)
        p.text(m + 34, y + 11, fit(where, s.font, 7, w - 2 * m - 40), s.font, 7)
        return y + 36
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        p.line(w / 2 - 60, y + 8, w / 2 + 60, y + 8)
        p.text(
            w / 2,
            y + 18,
            fit(f"{where} - {tel}".strip(" -"), s.font, 7, w - 2 * m),
            s.font,
            7,
            "center",
        )
        return y + 40
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 12), w - m, max(yy, y + 12))
        return max(yy, y + 12) + 22
    bw = min(w - 2 * m, 230.0)
    p.rect(m, y - 12, bw, 40)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if tel:
        p.text(m + 6, y + 23, tel, s.font, 7)
    return y + 44


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
        p.text(
            x + bw / 2, y + 14 + 12 * k, t, "Helvetica-Bold" if k == 0 else "Helvetica", 8, "center"
        )


def got(lang: str, d: date) -> list[str]:
    return [
        tr(lang, "RECEIVED", "EINGEGANGEN", "RECU LE"),
        date_text(d, lang, "short"),
        tr(lang, "Site office", "Bauleitung", "Conduite de travaux"),
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
    """``n`` ruled lines, some written on by hand; the y below."""
    for _ in range(n):
        if rng.random() < fill:
            t = words(rng, lang, rng.randint(5, 10))
            p.text(x + 3, y, fit(t, HAND, 9, w - 6), HAND, 9)
        p.line(x, y + 4, x + w, y + 4)
        y += gap
    return y


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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            rng_close(name),
            "Mit freundlichen Gruessen",
            "Veuillez agreer nos salutations distinguees.",
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


def rng_close(name: str) -> str:
    return ["Yours faithfully", "Yours sincerely", "Kind regards", "Regards"][len(name) % 4]


def site_lines(who: Issuer, h: Head) -> list[str]:
    """The main contractor at the site, as a recipient."""
    title, where, _ = project(who)
    return [h.name, tr(h.lang, "Site: ", "Baustelle ", "Chantier ") + title, where]


# ---------------------------------------------------------------------------------------------
# Templates S: money and materials
# ---------------------------------------------------------------------------------------------

WORKS = {
    "en": [
        ("m3", "Excavate to reduce level, cart away"),
        ("m2", "Blinding concrete 50 mm"),
        ("m3", "Reinforced concrete C32/40 in ground beams"),
        ("t", "Reinforcement bar B500B, cut, bent and fixed"),
        ("m2", "Formwork to sides of ground beams"),
        ("m", "uPVC drain 110 mm in trench n.e. 1.5 m deep"),
        ("nr", "Inspection chamber 450 mm diameter"),
        ("m2", "Metal stud partition 100 mm, 2x12.5 mm board each side"),
        ("m2", "Suspended ceiling 600x600 grid"),
        ("m", "Cable tray 150 mm, fixed to soffit"),
        ("nr", "Door set FD30S, hung complete"),
        ("m2", "Blockwork 140 mm dense, in cement mortar"),
        ("item", "Preliminaries - site set-up, proportion"),
        ("m2", "DPM 1200 gauge, lapped and taped"),
    ],
    "de": [
        ("m3", "Bodenaushub Baugrube, laden und abfahren"),
        ("m2", "Sauberkeitsschicht C12/15, 5 cm"),
        ("m3", "Stahlbeton C30/37 Fundamentbalken"),
        ("t", "Betonstahl B500B liefern, biegen, verlegen"),
        ("m2", "Schalung Fundamentseiten"),
        ("m", "KG-Rohr DN 150 verlegen"),
        ("m2", "Metallstaenderwand CW 100, beidseitig 2-lagig beplankt"),
        ("m2", "Abgehaengte Decke Raster 625"),
        ("Stk", "Innentuer T30, komplett"),
        ("psch", "Baustelleneinrichtung, anteilig"),
    ],
    "fr": [
        ("m3", "Terrassement en pleine masse, evacuation"),
        ("m2", "Beton de proprete ep. 5 cm"),
        ("m3", "Beton arme C25/30 longrines"),
        ("kg", "Armatures HA FeE500 faconnees"),
        ("m2", "Cloison placostil 98/48, 2 BA13"),
        ("m2", "Faux plafond dalles 600x600"),
        ("u", "Bloc-porte CF 1/2 h"),
        ("ml", "Chemin de cables 150 mm"),
        ("ens", "Installation de chantier, quote-part"),
    ],
}


def tpl_payment_application(rng: random.Random, who: Issuer) -> list[Page]:
    """A subcontractor's interim payment application: sometimes a cover sheet, the covering
    page with the valuation summary, then the measured works over one to four pages, each
    line's quantity and value to date; English, German Abschlagsrechnung or French situation."""
    h = head_of(who, "sub")
    lg = h.lang
    s = paper(who.style, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    no = rng.randint(2, 19)
    title_, where, code = project(who)
    name = tr(lg, "Interim Payment Application", "Abschlagsrechnung", "Situation de travaux")
    label = f"{name} {tr(lg, 'No.', 'Nr.', 'n.')} {no}"
    covers = 0
    pages: list[Page] = []
    if rng.random() < 0.3:
        c = Page(s.page_size)
        heading(c, s, h)
        c.text(
            w / 2,
            300,
            label.upper(),
            s.bold,
            shrink(label.upper(), s.bold, 20, w - 2 * m),
            "center",
        )
        c.text(w / 2, 330, fit(title_, s.font, s.size + 2, w - 2 * m), s.font, s.size + 2, "center")
        c.text(w / 2, 348, where, s.font, s.size, "center")
        c.text(
            w / 2,
            380,
            tr(lg, "Valuation date ", "Stand ", "Arrete au ") + day(h, d),
            s.font,
            s.size,
            "center",
        )
        pages.append(c)
        covers = 1
    f = sheets(s, h, f"{h.name} - {label}")
    main = head_of(who, "main")
    recipient(
        f,
        s,
        h,
        site_lines(who, main),
        d,
        [
            (tr(lg, "Contract", "Auftrag", "Marche"), f"{code}/{serial(rng, '999')}"),
            (tr(lg, "Our ref", "Rechnung", "Facture"), serial(rng, "AP-9999")),
        ],
    )
    f.page.text(m, f.y, label, s.bold, s.size + 3)
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            "Please find our application for payment for works carried out to "
            f"{day(h, d)}. " + prose(rng, lg, 1, 2),
            "wir stellen Ihnen fuer die bis zum " + day(h, d) + " erbrachten Leistungen "
            "wie folgt in Rechnung. " + prose(rng, lg, 1, 2),
            "Veuillez trouver ci-joint notre situation de travaux arretee au "
            + day(h, d)
            + ". "
            + prose(rng, lg, 1, 2),
        ),
    )
    rows = []
    gross = 0.0
    for k in range(rng.choice([10, 18, 28, 40, 60])):
        unit, what = rng.choice(WORKS[lg])
        q = round(rng.uniform(1, 400), 2)
        rate = round(rng.uniform(4, 180), 2)
        pct = rng.choice([100, 100, 80, 60, 45, 25])
        val = q * rate * pct / 100
        gross += val
        rows.append(
            [
                f"{rng.randint(1, 9)}.{k + 1:02d}",
                what,
                unit,
                money(q, lg),
                money(rate, lg),
                f"{pct}%",
                money(val, lg),
            ]
        )
    prev = gross * rng.uniform(0.4, 0.85)
    ret = gross * rng.choice([0.03, 0.05])
    cur = currency(lg)
    summary = [
        (
            tr(lg, "Gross value of work to date", "Leistungsstand brutto", "Montant cumule HT"),
            f"{money(gross, lg)} {cur}",
        ),
        (
            tr(lg, "Less retention", "Sicherheitseinbehalt", "Retenue de garantie"),
            f"-{money(ret, lg)}",
        ),
        (
            tr(
                lg,
                "Less previously certified",
                "abzgl. bisherige Abschlaege",
                "Situations precedentes",
            ),
            f"-{money(prev, lg)}",
        ),
        (
            tr(
                lg,
                "Amount due this application",
                "Betrag dieser Rechnung (netto)",
                "Montant de la situation HT",
            ),
            f"{money(gross - ret - prev, lg)} {cur}",
        ),
    ]
    f.y = pairs(f.page, s, m, f.y + 4, summary, w - m - 60) + 6
    f.page.line(m, f.y - 8, w - m - 60, f.y - 8)
    if rng.random() < 0.5:
        f.new_page()
    caption(
        f,
        s,
        tr(lg, "Measured works", "Aufmass / Leistungsverzeichnis", "Detail des travaux executes"),
        1,
    )
    cols = columns(
        m,
        w - m,
        [
            (0.7, "left"),
            (4.2, "left"),
            (0.6, "left"),
            (1.1, "right"),
            (1, "right"),
            (0.7, "right"),
            (1.4, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Ref", "Pos.", "Art."),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Unit", "ME", "U"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Rate", "EP", "PU"),
            "%",
            tr(lg, "Value", "GP", "Montant"),
        ],
        rows,
        s,
        size=s.size - 2,
        shade=0.9 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    f.need(70)
    f.y += 10
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')} {money(gross, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 34
    sign(f.page, m, f.y, staff(who, "subqs"))
    f.page.text(
        m,
        f.y + 12,
        staff(who, "subqs")
        + tr(lg, ", Quantity Surveyor", ", Bauleiter", ", conducteur de travaux"),
        s.font,
        s.size - 1,
    )
    if rng.random() < 0.5:
        stamp(pages[0] if pages else f.pages[0], w - m - 110, 40, got(lg, d + timedelta(days=2)))
    return close(pages + f.pages, s, h, covers=covers)


GOODS = {
    "en": [
        ("Plasterboard 12.5mm 2400x1200", "sht"),
        ("CLS timber 38x63 2.4m", "len"),
        ("Cement 25kg OPC", "bag"),
        ("Building sand, bulk bag", "bag"),
        ("Concrete block 7N 100mm", "nr"),
        ("Drywall screws 38mm box 1000", "box"),
        ("Galv. lintel 1500", "nr"),
        ("110mm push-fit bend 87.5", "nr"),
        ("DPC 150mm x 30m", "roll"),
        ("Expanding foam 750ml", "nr"),
        ("OSB3 18mm 2440x1220", "sht"),
        ("MOT Type 1 sub-base", "t"),
    ],
    "de": [
        ("GK-Platte 12,5 mm 2000x1250", "Stk"),
        ("CW-Profil 100 / 2600", "Stk"),
        ("Zement CEM II 25 kg", "Sack"),
        ("Kalksandstein KS 11,5", "Pal"),
        ("Schnellbauschrauben 3,9x35", "Pak"),
        ("KG-Rohr DN 150 / 2 m", "Stk"),
        ("Mineralwolle 40 mm", "Pak"),
        ("Schalungsplatte 3-S 27 mm", "m2"),
    ],
    "fr": [
        ("Plaque BA13 250x120", "u"),
        ("Rail R48 3 m", "u"),
        ("Ciment CEM II 35 kg", "sac"),
        ("Parpaing 20x20x50", "pal"),
        ("Vis TTPC 25 boite 1000", "bte"),
        ("Tube PVC 100 3 m", "u"),
        ("Laine de verre 45 mm", "rlx"),
    ],
}


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A builders' merchant's delivery note on A5 (portrait or landscape) or A4: items and
    quantities, the site, the order number and the site's signature on receipt."""
    h = head_of(who, "supplier", ["split", "band", "framed", "skyline"])
    lg = h.lang
    r = seeded(who, "dnsize")
    size = r.choice([A5, landscape(A5), A4, (mm * 210, mm * 180)])
    s = paper(who.style, size, margin=r.choice([26, 30, 36]), pt=min(who.style.size, 9))
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    f = sheets(s, h)
    p = f.page
    title_ = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    p.text(w - m, f.y, title_, s.bold, s.size + 4, "right")
    p.text(
        w - m,
        f.y + 13,
        serial(rng, r.choice(["DN 999999", "99-999999", "L9999999"])),
        s.font,
        s.size,
        "right",
    )
    _, where, code = project(who)
    y = fields(
        p,
        s,
        m,
        f.y + 22,
        w - 2 * m,
        [
            (
                tr(lg, "Deliver to", "Lieferanschrift", "Adresse de livraison"),
                f"{head_of(who, 'main').name}, {where}",
            ),
            (tr(lg, "Date", "Lieferdatum", "Date"), day(h, d)),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                f"{code}-{rng.randint(100, 999)}",
            ),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(r, "AAA999")),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    cols = columns(
        m, w - m, [(1, "left"), (5, "left"), (1, "right"), (0.8, "center"), (0.7, "center")]
    )
    f.y = y
    items = rng.sample(GOODS[lg], k=min(len(GOODS[lg]), rng.randint(2, 8)))
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Ref."),
            tr(lg, "Description", "Artikel", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit", "ME", "U"),
            "OK",
        ],
        [
            [serial(rng, "999999"), g, str(rng.choice([1, 2, 4, 5, 10, 20, 40, 60])), u, ""]
            for g, u in items
        ],
        s,
        size=s.size - 1,
        rules=True,
    )
    for k in range(len(items)):
        if rng.random() < 0.8:
            f.page.text(cols[-1][0] + 6, y + (s.size - 1) * (1.9 + 1.6 * k), "v", HAND, 10)
    f.y += 8
    if f.y > hh - 110:
        f.new_page()
    p = f.page
    yb = max(f.y, hh - m - 80)
    p.text(
        m,
        yb,
        tr(
            lg,
            "Received in good condition by (print and sign):",
            "Ware vollstaendig und unbeschaedigt erhalten:",
            "Recu en bon etat (nom et signature) :",
        ),
        s.font,
        7.5,
    )
    who_got = staff(who, "storeman")
    p.text(m + 4, yb + 20, who_got.split()[-1].upper(), HAND, 10)
    sign(p, w / 2, yb + 20, who_got)
    p.line(m, yb + 24, w - m, yb + 24)
    p.text(
        m,
        yb + 36,
        tr(
            lg,
            f"Driver: {rng.choice(PEOPLE['en'])}   Vehicle: "
            f"{serial(rng, 'AA99 AAA')}   Time: {rng.randint(7, 15)}:"
            f"{rng.choice(['05', '20', '35', '50'])}",
            f"Fahrer: {rng.choice(PEOPLE['de'])}   Kfz: D-{serial(rng, 'AA 999')}",
            f"Chauffeur : {rng.choice(PEOPLE['fr'])}   Vehicule : {serial(rng, 'AA-999-AA')}",
        ),
        s.font,
        7,
    )
    return close(f.pages, s, h, numbers="none")


MIXES = [
    "C32/40 XC4 S3 20mm",
    "C25/30 S3 10mm pump",
    "C30/37 XC2 F3 16",
    "GEN1 ST2 S3 20mm",
    "C8/10 Sauberkeit",
    "C35/45 XF2 S4 20mm",
]


def tpl_concrete_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A ready-mix delivery ticket on a narrow slip: mix, load, batch time and the times and
    water added written on site, signed by the site."""
    h = head_of(who, "concrete", ["centred", "band", "split"])
    lg = h.lang
    size = seeded(who, "ticket").choice(
        [(mm * 105, mm * 210), (mm * 148, mm * 210), (mm * 102, mm * 178)]
    )
    s = paper(who.style, size, margin=18, pt=8)
    w, hh = size
    m = s.margin
    d = on(rng)
    p = Page(size)
    y = heading(p, s, replace(h, look="centred"))
    title_ = tr(lg, "DELIVERY TICKET", "LIEFERSCHEIN TRANSPORTBETON", "BON DE LIVRAISON BPE")
    p.text(w / 2, y, title_, s.bold, shrink(title_, s.bold, 11, w - 2 * m), "center")
    y += 16
    tno = serial(rng, "9999999")
    if bar_width("code128", tno) < w - 2 * m and rng.random() < 0.6:
        p.barcode("code128", tno, m, y)
        y += 82
    else:
        p.text(w / 2, y, f"No. {tno}", s.bold, 10, "center")
        y += 14
    load = round(rng.choice([6, 6, 8, 7.5, 4, 9]), 1)
    cum = load * rng.randint(1, 7)
    batch = f"{rng.randint(6, 14):02d}:{rng.randint(0, 59):02d}"
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Site", "Baustelle", "Chantier"), project(who)[1]),
            (tr(lg, "Mix / class", "Sorte / Festigkeit", "Formule / classe"), rng.choice(MIXES)),
            (tr(lg, "Load m3", "Menge m3", "Volume m3"), str(load)),
            (tr(lg, "Cumulative m3", "Gesamt m3", "Cumul m3"), str(cum)),
            (tr(lg, "Truck", "Fahrzeug", "Toupie"), serial(rng, "T99")),
            (tr(lg, "Batched", "Beladen", "Chargement"), batch),
        ],
        per=1 if w < 320 else 2,
        tall=20,
        hand=False,
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Arrived on site", "Ankunft", "Arrivee"),
                f"{rng.randint(7, 15)}:{rng.randint(10, 59)}",
            ),
            (
                tr(lg, "Discharge finished", "Entladeende", "Fin dechargement"),
                f"{rng.randint(8, 16)}:{rng.randint(10, 59)}",
            ),
            (
                tr(
                    lg,
                    "Water added (l) - at customer's risk",
                    "Wasserzugabe (l)",
                    "Ajout d'eau (l)",
                ),
                rng.choice(["0", "nil", "", "20", "40"]),
            ),
            (
                tr(lg, "Pour location", "Bauteil", "Ouvrage"),
                rng.choice(["GF slab bay 3", "Decke EG", "Voile R+1", "Pile caps 4-9"]),
            ),
        ],
        per=1,
        tall=22,
    )
    if y < hh - 50:
        p.text(m, y + 6, tr(lg, "Received by", "Empfang bestaetigt", "Receptionne par"), s.font, 7)
        sign(p, m + 50, y + 24, staff(who, "foreman"))
        p.line(m, y + 28, w - m, y + 28)
    return [p]


PLANT = {
    "en": [
        "3t forward tipping dumper",
        "1.5t mini excavator",
        "Stihl TS410 cut-off saw",
        "Plate compactor 400mm",
        "Tower light 4 x 1000W",
        "110V transformer 3kVA",
        "Podium steps",
        "Scissor lift 19ft",
        "Telehandler 14m",
    ],
    "de": [
        "Minibagger 1,8 t",
        "Ruettelplatte 90 kg",
        "Dumper 3 t",
        "Trennschleifer",
        "Bautrockner",
        "Scherenbuehne 8 m",
    ],
    "fr": [
        "Mini-pelle 1,5 t",
        "Plaque vibrante",
        "Dumper 3 t",
        "Decoupeuse thermique",
        "Nacelle ciseaux 8 m",
        "Eclairage de chantier",
    ],
}


def tpl_offhire(rng: random.Random, who: Issuer) -> list[Page]:
    """A plant hire firm's off-hire / collection note on A5: the hire contract, the items
    taken off hire with their fleet numbers, a condition tick and both signatures."""
    h = head_of(who, "plant", ["band", "framed", "split"])
    lg = h.lang
    s = paper(who.style, A5, margin=30, pt=8.5)
    w, hh = A5
    m = s.margin
    d = on(rng)
    f = sheets(s, h)
    p = f.page
    p.text(
        m,
        f.y,
        tr(lg, "OFF-HIRE CONFIRMATION", "RUECKGABESCHEIN / ABMELDUNG", "BON DE RESTITUTION"),
        s.bold,
        11,
    )
    p.text(w - m, f.y, serial(rng, "OH99999"), s.font, 9, "right")
    y = fields(
        p,
        s,
        m,
        f.y + 10,
        w - 2 * m,
        [
            (
                tr(lg, "Hire contract", "Mietvertrag", "Contrat"),
                serial(seeded(who, "hc"), "HC-999999"),
            ),
            (tr(lg, "Off-hire date", "Abmeldung am", "Fin de location"), day(h, d)),
            (tr(lg, "Site", "Einsatzort", "Chantier"), project(who)[1]),
            (tr(lg, "Called off by", "Abgemeldet durch", "Demande par"), staff(who, "foreman")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y = y
    items = rng.sample(PLANT[lg], k=rng.randint(1, 4))
    cols = columns(m, w - m, [(3, "left"), (1.2, "left"), (1.3, "left"), (1, "center")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Geraet", "Materiel"),
            tr(lg, "Fleet no", "Inv.-Nr.", "N. parc"),
            tr(lg, "On hire", "Mietbeginn", "Debut"),
            tr(lg, "Qty", "Anz.", "Qte"),
        ],
        [
            [
                t,
                serial(rng, "A9999"),
                date_text(d - timedelta(days=rng.randint(3, 90)), lg, "short"),
                "1",
            ]
            for t in items
        ],
        s,
        size=8,
        rules=True,
    )
    f.y += 6
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        [
            tr(lg, "Collected", "Abgeholt", "Enleve"),
            tr(lg, "Returned to depot", "Selbst zurueck", "Rendu au depot"),
            tr(lg, "Clean", "Sauber", "Propre"),
            tr(lg, "Damaged", "Beschaedigt", "Endommage"),
        ],
        {rng.randint(0, 1), 2 if rng.random() < 0.7 else 3},
        pt=8,
    )
    f.y = ruled(f.page, m, f.y + 8, w - 2 * m, 2, rng, lg, 0.5)
    yb = max(f.y + 10, hh - m - 50)
    f.page.text(m, yb, tr(lg, "Customer", "Kunde", "Client"), s.font, 7)
    sign(f.page, m + 10, yb + 22, staff(who, "foreman"))
    f.page.text(w / 2, yb, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 7)
    sign(f.page, w / 2 + 10, yb + 22, rng.choice(PEOPLE[lg]))
    return close(f.pages, s, h, numbers="none")


WEATHER = {
    "en": ["Dry", "Sunny", "Overcast", "Showers", "Rain", "Wind", "Frost", "Snow"],
    "de": ["trocken", "sonnig", "bewoelkt", "Schauer", "Regen", "Wind", "Frost", "Schnee"],
    "fr": ["sec", "soleil", "couvert", "averses", "pluie", "vent", "gel", "neige"],
}
TRADES = {
    "en": ["Groundworks", "Steel frame", "Brickwork", "Drylining", "M&E", "Roofing", "Scaffold"],
    "de": ["Rohbau", "Zimmerer", "Trockenbau", "Elektro", "Heizung/Sanitaer", "Dachdecker"],
    "fr": ["Gros oeuvre", "Charpente", "Platrerie", "Electricite", "Plomberie", "Couverture"],
}


def tpl_site_diary(rng: random.Random, who: Issuer) -> list[Page]:
    """One day of the site diary on the contractor's own form: weather, labour and plant on
    site, work done, visitors and delays written by hand; now and then a continuation sheet."""
    h = head_of(who, "main", ["split", "framed", "skyline"])
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    title_ = tr(lg, "SITE DIARY / DAILY REPORT", "BAUTAGESBERICHT", "JOURNAL DE CHANTIER")
    f = sheets(s, h, f"{title_} {date_text(d, lg, 'short')}")
    p = f.page
    p.text(m, f.y, title_, s.bold, s.size + 3)
    p.text(
        w - m,
        f.y,
        tr(lg, "Report no. ", "Bericht Nr. ", "Rapport n. ") + str(rng.randint(12, 380)),
        s.font,
        s.size,
        "right",
    )
    f.y = fields(
        p,
        s,
        m,
        f.y + 10,
        w - 2 * m,
        [
            (tr(lg, "Project", "Bauvorhaben", "Operation"), project(who)[0]),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "long")),
            (tr(lg, "Site manager", "Bauleiter", "Conducteur"), staff(who, "manager")),
            (
                tr(lg, "Temperature am / pm", "Temperatur", "Temperature"),
                f"{rng.randint(-3, 14)} / {rng.randint(2, 24)} C",
            ),
        ],
        per=2,
        hand=rng.random() < 0.7,
    )
    f.y = ticks(p, s, m, f.y + 4, w - 2 * m, WEATHER[lg], set(rng.sample(range(8), 2)))
    cols = columns(m, w - m, [(2, "left"), (3, "left"), (0.8, "right"), (3, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Trade", "Gewerk", "Lot"),
            tr(lg, "Firm", "Firma", "Entreprise"),
            tr(lg, "No.", "Anz.", "Nb"),
            tr(lg, "Activity", "Taetigkeit", "Activite"),
        ],
        [
            [
                t,
                fit(rng.choice(ROLES["sub"])[0], s.font, 8, 200),
                str(rng.randint(1, 12)),
                words(rng, lg, 4)[:-1],
            ]
            for t in rng.sample(TRADES[lg], rng.randint(3, 6))
        ],
        s,
        size=8,
        rules=True,
    )
    for label in [
        tr(lg, "Work carried out", "Ausgefuehrte Arbeiten", "Travaux realises"),
        tr(lg, "Deliveries / plant", "Lieferungen / Geraete", "Livraisons / materiel"),
        tr(
            lg,
            "Visitors, instructions, delays",
            "Besucher, Anordnungen, Behinderungen",
            "Visites, ordres, retards",
        ),
    ]:
        f.need(80)
        f.page.text(m, f.y + 6, label, s.bold, s.size - 1)
        f.y = ruled(f.page, m, f.y + 22, w - 2 * m, rng.randint(3, 7), rng, lg, 0.75)
    if rng.random() < 0.2:
        f.new_page()
        caption(f, s, tr(lg, "Continuation sheet", "Fortsetzungsblatt", "Feuille suite"), 1)
        f.y = ruled(f.page, m, f.y + 6, w - 2 * m, rng.randint(8, 20), rng, lg, 0.8)
    f.need(40)
    f.page.text(m, f.y + 10, tr(lg, "Signed", "Unterschrift Bauleiter", "Visa"), s.font, 8)
    sign(f.page, m + 70, f.y + 12, staff(who, "manager"))
    lg_nos = {"en": "Page {i} of {n}", "de": "Blatt {i}/{n}", "fr": "{i}/{n}"}[lg]
    return close(f.pages, s, h, numbers=lg_nos if len(f.pages) > 1 else "none")


DRAWN = {
    "en": [
        "General arrangement - ground floor",
        "Foundation layout",
        "Sections A-A and B-B",
        "Drainage layout",
        "Door schedule",
        "Stair details",
        "Roof plan",
        "Elevations north and east",
        "Reflected ceiling plan level 1",
        "Window details",
    ],
    "de": [
        "Grundriss EG",
        "Fundamentplan",
        "Schnitte A-A / B-B",
        "Entwaesserungsplan",
        "Ansichten Nord / Ost",
        "Dachaufsicht",
        "Treppendetails",
        "Tuerliste",
    ],
    "fr": [
        "Plan RDC",
        "Plan des fondations",
        "Coupes AA BB",
        "Plan des reseaux",
        "Facades nord et est",
        "Plan de toiture",
        "Details escalier",
        "Carnet de details",
    ],
}


def drawing_page(
    rng: random.Random, s: Style, h: Head, who: Issuer, no: str, name: str, rev: str, d: date
) -> Page:
    """A reduced drawing print: border, walls and dimension lines, few words, a title block."""
    size = landscape(A4)
    w, hh = size
    p = Page(size)
    p.rect(14, 14, w - 28, hh - 28)
    x0, y0 = 40.0, 40.0
    gw, gh = w - 250, hh - 110
    for _ in range(rng.randint(4, 9)):
        rx, ry = x0 + rng.uniform(0, gw * 0.6), y0 + rng.uniform(0, gh * 0.6)
        p.rect(rx, ry, rng.uniform(40, gw * 0.4), rng.uniform(30, gh * 0.4))
    for k in range(rng.randint(3, 7)):
        gx = x0 + k * gw / 6
        p.line(gx, y0 - 14, gx, y0 + gh)
        p.text(gx, y0 - 18, chr(65 + k), "Helvetica", 7, "center")
    p.line(x0, hh - 60, x0 + gw, hh - 60)
    p.text(x0 + gw / 2, hh - 63, f"{rng.randint(18, 64) * 250}", "Helvetica", 6, "center")
    for _ in range(rng.randint(1, 4)):
        p.text(
            x0 + rng.uniform(10, gw - 60),
            y0 + rng.uniform(20, gh - 20),
            rng.choice(
                ["WC", "Plant", "Store", "Flat 2", "Lobby", "Riser", "Buero", "Local", "Stair 1"]
            ),
            "Helvetica",
            6,
        )
    tb = 200.0
    bx, by = w - 14 - tb, hh - 14 - 150
    p.rect(bx, by, tb, 150)
    p.text(bx + 6, by + 14, fit(h.name, "Helvetica-Bold", 8, tb - 12), "Helvetica-Bold", 8)
    p.text(bx + 6, by + 24, fit(h.town, "Helvetica", 6, tb - 12), "Helvetica", 6)
    p.line(bx, by + 32, w - 14, by + 32)
    p.text(bx + 6, by + 44, fit(project(who)[0], "Helvetica", 7, tb - 12), "Helvetica", 7)
    p.text(bx + 6, by + 60, fit(name, "Helvetica-Bold", 9, tb - 12), "Helvetica-Bold", 9)
    p.line(bx, by + 70, w - 14, by + 70)
    for k, (cap, val) in enumerate(
        [
            ("Dwg no", no),
            ("Rev", rev),
            ("Scale", rng.choice(["1:50", "1:100", "1:20", "1:200"]) + " @ A3"),
            ("Date", date_text(d, "en", "short")),
            ("Drawn", serial(rng, "AA")),
            ("Status", rng.choice(["CONSTRUCTION", "PRELIMINARY", "TENDER"])),
        ]
    ):
        cx, cy = bx + (k % 2) * tb / 2, by + 70 + (k // 2) * 26
        p.rect(cx, cy, tb / 2, 26)
        p.text(cx + 3, cy + 7, cap, "Helvetica", 5.5)
        p.text(cx + 5, cy + 19, fit(val, "Helvetica-Bold", 8, tb / 2 - 8), "Helvetica-Bold", 8)
    if rng.random() < 0.4:
        p.text(
            bx - 8,
            by + 10,
            tr(
                h.lang,
                "Do not scale from this drawing",
                "Masse am Bau pruefen",
                "Ne pas mesurer sur le plan",
            ),
            "Helvetica",
            6,
            "right",
        )
    return p


def tpl_drawing(rng: random.Random, who: Issuer) -> list[Page]:
    """A drawing print received on its own (A3 shrunk to landscape A4), sometimes with a
    revision cloud note written on it."""
    h = head_of(who, "architect")
    lg = h.lang
    code = project(who)[2]
    p = drawing_page(
        rng,
        who.style,
        h,
        who,
        f"{code}-A-{rng.randint(100, 299)}",
        rng.choice(DRAWN[lg]),
        rng.choice(["P1", "C1", "C2", "C3", "A", "B"]),
        on(rng),
    )
    if rng.random() < 0.4:
        p.text(
            60,
            80,
            rng.choice(
                [
                    "as built - see RFI",
                    "check level!",
                    "superseded?",
                    "siehe Nachtrag 4",
                    "cf. OS n. 12",
                ]
            ),
            HAND,
            11,
        )
    return [p]


def tpl_transmittal(rng: random.Random, who: Issuer) -> list[Page]:
    """An architect's drawing transmittal sheet: recipient, purpose of issue in tick boxes and
    the list of drawings issued (over pages if long), with zero to two reduced prints stapled
    behind, which belong to the transmittal."""
    h = head_of(who, "architect")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    tno = serial(rng, "T-999")
    title_ = tr(lg, "DRAWING TRANSMITTAL", "PLANLIEFERUNG / PLANLISTE", "BORDEREAU D'ENVOI")
    f = sheets(s, h, f"{title_} {tno}")
    f.page.text(m, f.y, title_, s.bold, s.size + 4)
    f.y += 20
    main = head_of(who, "main")
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "To", "An", "Destinataire"), main.name),
            (tr(lg, "Transmittal no", "Lieferung Nr.", "Bordereau n."), tno),
            (tr(lg, "Project", "Projekt", "Operation"), project(who)[0]),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
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
            tr(lg, "For construction", "zur Ausfuehrung", "Bon pour execution"),
            tr(lg, "For information", "zur Kenntnis", "Pour information"),
            tr(lg, "For comment", "zur Pruefung", "Pour avis"),
            tr(lg, "For pricing", "zur Angebotsabgabe", "Pour chiffrage"),
        ],
        {rng.randint(0, 3)},
    )
    code = project(who)[2]
    listed = []
    for _ in range(rng.choice([3, 6, 12, 24, 40])):
        listed.append(
            [
                f"{code}-{rng.choice('ASME')}-{rng.randint(100, 399)}",
                rng.choice(DRAWN[lg]),
                rng.choice(["P2", "C1", "C2", "C4", "B", "D"]),
                rng.choice(["1:50", "1:100", "1:20", "NTS"]),
                rng.choice(["A1", "A3", "A0"]),
                str(rng.randint(1, 3)),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1.6, "left"),
            (4, "left"),
            (0.6, "center"),
            (0.8, "center"),
            (0.6, "center"),
            (0.6, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Drawing no", "Plan-Nr.", "N. plan"),
            tr(lg, "Title", "Planinhalt", "Titre"),
            tr(lg, "Rev", "Index", "Ind"),
            tr(lg, "Scale", "Massstab", "Ech."),
            tr(lg, "Size", "Format", "Fmt"),
            tr(lg, "Copies", "Anz.", "Ex."),
        ],
        listed,
        s,
        size=s.size - 2,
        rules=rng.random() < 0.5,
    )
    f.need(60)
    f.page.text(
        m,
        f.y + 14,
        tr(lg, "Issued by", "Versandt", "Emis par") + ": " + staff(who, "architect"),
        s.font,
        s.size - 1,
    )
    sign(f.page, m + 200, f.y + 14, staff(who, "architect"))
    pages = close(f.pages, s, h)
    for row in rng.sample(listed, k=min(len(listed), rng.choice([0, 1, 1, 2]))):
        pages.append(drawing_page(rng, s, h, who, row[0], row[1], row[2], d))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates S: questions, instructions, prices
# ---------------------------------------------------------------------------------------------


def tpl_rfi(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's request for information to the architect: number, subject, the
    question, the drawings referred to, a sketch box and the reply-by date, reply field empty."""
    h = head_of(who, "main")
    lg = h.lang
    s = paper(who.style, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    f = sheets(s, h)
    f.page.text(
        m,
        f.y,
        tr(lg, "REQUEST FOR INFORMATION", "TECHNISCHE RUECKFRAGE", "DEMANDE D'INFORMATION"),
        s.bold,
        s.size + 4,
    )
    f.page.text(w - m, f.y, f"RFI {rng.randint(1, 160):03d}", s.bold, s.size + 4, "right")
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 12,
        w - 2 * m,
        [
            (tr(lg, "To", "An", "A"), head_of(who, "architect").name),
            (tr(lg, "From", "Von", "De"), staff(who, "manager")),
            (tr(lg, "Project", "Bauvorhaben", "Operation"), project(who)[0]),
            (tr(lg, "Date raised", "Datum", "Date"), day(h, d)),
            (tr(lg, "Subject", "Betreff", "Objet"), words(rng, lg, 5)[:-1]),
            (
                tr(lg, "Reply required by", "Antwort bis", "Reponse souhaitee le"),
                day(h, d + timedelta(days=rng.choice([3, 5, 7, 10]))),
            ),
        ],
        per=2,
        hand=False,
    )
    caption(f, s, tr(lg, "Query", "Frage", "Question"), 0)
    write(f, s, prose(rng, lg, 2, 5))
    write(
        f,
        s,
        tr(lg, "Drawings referred to: ", "Bezug: Plaene ", "Plans concernes : ")
        + ", ".join(
            f"{project(who)[2]}-A-{rng.randint(100, 299)}" for _ in range(rng.randint(1, 3))
        ),
    )
    if rng.random() < 0.5:
        f.need(150)
        f.page.rect(m, f.y, w - 2 * m, 130)
        f.page.line(m + 30, f.y + 90, w - m - 60, f.y + 40)
        f.page.line(m + 30, f.y + 100, w - m - 60, f.y + 100)
        f.page.text(m + 40, f.y + 80, "?", HAND, 16)
        f.y += 140
    f.need(110)
    caption(f, s, tr(lg, "Response", "Antwort Planer", "Reponse de la maitrise d'oeuvre"), 0)
    f.page.rect(m, f.y - 6, w - 2 * m, 80)
    f.y += 84
    f.page.text(
        m,
        f.y + 8,
        tr(
            lg,
            "Cost / programme implication:  Yes  No",
            "Kosten / Termine betroffen:  ja  nein",
            "Incidence cout / delai :  oui  non",
        ),
        s.font,
        8,
    )
    return close(f.pages, s, h, numbers="none")


def tpl_rfi_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The architect's reply to an RFI as a letter (or a short e-mail print), sometimes with a
    sketch on a page of its own, which belongs to the reply."""
    h = head_of(who, "architect")
    lg = h.lang
    s = paper(who.style, A4)
    w, hh = A4
    m = s.margin
    d = on(rng)
    f = sheets(s, h, h.name)
    main = head_of(who, "main")
    recipient(
        f,
        s,
        h,
        site_lines(who, main),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Ref"), serial(rng, "AA/999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Response to RFI {rng.randint(1, 160):03d}",
            f"Ihre Rueckfrage Nr. {rng.randint(1, 160)}",
            f"Reponse a votre DI n. {rng.randint(1, 160)}",
        ),
        1.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Dear {staff(who, 'manager').split()[0]},",
            "Sehr geehrte Damen und Herren,",
            "Madame, Monsieur,",
        ),
    )
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg))
    regards(
        f,
        s,
        lg,
        staff(who, "architect"),
        tr(lg, "Project Architect", "Projektleitung", "Architecte"),
    )
    if rng.random() < 0.4:
        f.new_page()
        p = f.page
        p.text(
            m,
            f.y + 10,
            tr(lg, "SKETCH", "SKIZZE", "CROQUIS") + f" SK-{rng.randint(1, 40):02d}",
            s.bold,
            12,
        )
        for _ in range(rng.randint(5, 10)):
            x1, y1 = rng.uniform(m, w - m), rng.uniform(150, hh - 200)
            p.line(x1, y1, x1 + rng.uniform(-150, 150), y1 + rng.uniform(-100, 100))
        p.text(w / 2, hh - 150, words(rng, lg, 4), HAND, 10, "center")
    return close(f.pages, s, h)


def tpl_variation(rng: random.Random, who: Issuer) -> list[Page]:
    """An architect's instruction / variation order (Nachtragsanordnung, ordre de service):
    numbered instructions, the cost and time tick boxes, the distribution list, signatures."""
    h = head_of(who, "architect")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    no = rng.randint(3, 90)
    title_ = tr(
        lg, f"ARCHITECT'S INSTRUCTION No. {no}", f"ANORDNUNG NR. {no}", f"ORDRE DE SERVICE N. {no}"
    )
    f = sheets(s, h, title_)
    f.page.text(
        w / 2, f.y + 4, title_, s.bold, shrink(title_, s.bold, s.size + 5, w - 2 * m), "center"
    )
    f.y += 26
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Employer", "Bauherr", "Maitre d'ouvrage"), head_of(who, "client").name),
            (tr(lg, "Contractor", "Auftragnehmer", "Entreprise"), head_of(who, "main").name),
            (tr(lg, "Works", "Bauvorhaben", "Operation"), project(who)[0]),
            (tr(lg, "Issue date", "Datum", "Date"), day(h, d)),
        ],
        per=2,
        hand=False,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Under the terms of the above contract, I/we issue the following instructions:",
            "Gemaess VOB/B Paragraf 1 Abs. 3 ordnen wir an:",
            "Il est prescrit a l'entreprise d'executer les travaux suivants :",
        ),
    )
    for k in range(rng.randint(1, 6)):
        write(f, s, f"{no}.{k + 1}  " + prose(rng, lg, 1, 3), indent=8)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            tr(lg, "Cost estimate required", "Nachtragsangebot erforderlich", "Devis a fournir"),
            tr(lg, "No cost", "kostenneutral", "Sans incidence"),
            tr(lg, "Extension of time", "Bauzeitverlaengerung", "Prolongation de delai"),
        ],
        {rng.randint(0, 2)},
    )
    f.need(90)
    f.page.text(
        m,
        f.y + 8,
        tr(
            lg,
            "Distribution: Employer / Contractor / QS / File",
            "Verteiler: Bauherr, AN, Fachplaner, Akte",
            "Diffusion : MOA, entreprise, BET, dossier",
        ),
        s.font,
        7.5,
    )
    sign(f.page, w - m - 150, f.y + 40, staff(who, "architect"))
    f.page.text(w - m - 150, f.y + 54, staff(who, "architect"), s.font, s.size - 1)
    if rng.random() < 0.4:
        stamp(f.pages[0], w - m - 120, 30, got(lg, d + timedelta(days=1)))
    return close(f.pages, s, h)


TERMS = {
    "en": [
        "Validity",
        "Exclusions",
        "Attendance",
        "Payment",
        "Retention",
        "Programme",
        "Variations",
        "Insurance",
        "Access",
        "Disputes",
    ],
    "de": [
        "Bindefrist",
        "Ausschluesse",
        "Bauseitige Leistungen",
        "Zahlung",
        "Sicherheiten",
        "Ausfuehrungsfristen",
        "Nachtraege",
        "Gerichtsstand",
    ],
    "fr": [
        "Validite",
        "Exclusions",
        "Prestations a la charge du client",
        "Paiement",
        "Retenue de garantie",
        "Delais",
        "Avenants",
        "Litiges",
    ],
}


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """A subcontractor's quotation priced against an instruction: the priced items and the
    total, then the terms and conditions in two columns on a page of its own."""
    h = head_of(who, "sub")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    qno = serial(rng, "Q99-999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {qno}")
    recipient(
        f,
        s,
        h,
        site_lines(who, head_of(who, "main")),
        d,
        [(tr(lg, "Quotation", "Angebot Nr.", "Devis n."), qno)],
    )
    caption(
        f, s, tr(lg, "Quotation", "Nachtragsangebot", "Devis") + f" - {words(rng, lg, 4)[:-1]}", 2
    )
    write(f, s, prose(rng, lg, 1, 3))
    rows, tot = [], 0.0
    for k in range(rng.randint(3, 14)):
        unit, what = rng.choice(WORKS[lg])
        q, rate = rng.randint(1, 240), round(rng.uniform(6, 220), 2)
        tot += q * rate
        rows.append([str(k + 1), what, unit, str(q), money(rate, lg), money(q * rate, lg)])
    cols = columns(
        m,
        w - m,
        [(0.5, "left"), (4.5, "left"), (0.6, "left"), (0.8, "right"), (1, "right"), (1.3, "right")],
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Description", "Leistung", "Designation"),
            tr(lg, "Unit", "ME", "U"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Rate", "EP", "PU"),
            tr(lg, "Total", "GP", "Total"),
        ],
        rows,
        s,
        size=s.size - 1.5,
    )
    f.need(60)
    f.page.text(
        w - m,
        f.y + 6,
        f"{tr(lg, 'Total (excl. VAT)', 'Summe netto', 'Total HT')} {money(tot, lg)} {currency(lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 28
    regards(f, s, lg, staff(who, "estimator"), tr(lg, "Estimator", "Kalkulation", "Chiffrage"))
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Terms and conditions", "Allgemeine Geschaeftsbedingungen", "Conditions generales"),
        1,
        rule=True,
    )
    cw = (w - 2 * m - 18) / 2
    y0, y, col = f.y, f.y, 0
    for k, t in enumerate(TERMS[lg], 1):
        for font, ln in [
            (s.bold, f"{k}. {t}"),
            *((s.font, x) for x in wrap(prose(rng, lg, 2, 4), s.font, 7, cw)),
        ]:
            if y > f.bottom:
                if col:
                    break
                col, y = 1, y0
            f.page.text(m + col * (cw + 18), y, ln, font, 7)
            y += 9
        y += 5
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates S: safety, labour, waste, programme
# ---------------------------------------------------------------------------------------------

CHECKS = {
    "en": {
        "Access and housekeeping": [
            "Walkways clear",
            "Stairs protected",
            "Lighting adequate",
            "Waste removed daily",
        ],
        "Scaffolding": [
            "Tag current",
            "Guardrails and toe boards",
            "Ladders tied",
            "Loading bay gate",
        ],
        "Excavations": ["Edge protection", "Daily inspection recorded", "Services marked"],
        "Plant": ["Thorough examination", "Operator cards seen", "Banksman present"],
        "Welfare": ["Toilets clean", "Drying room", "First aid kit stocked"],
        "Fire": ["Extinguishers in place", "Hot works permits", "Escape routes signed"],
    },
    "de": {
        "Verkehrswege": ["Wege frei", "Treppen gesichert", "Beleuchtung"],
        "Gerueste": ["Prueffkennzeichnung", "Seitenschutz", "Leitern gesichert"],
        "Baugruben": ["Absturzsicherung", "Verbau geprueft"],
        "Maschinen": ["UVV-Pruefung", "Einweisung Fahrer"],
        "Brandschutz": ["Feuerloescher", "Erlaubnisscheine Heissarbeiten"],
    },
    "fr": {
        "Circulations": ["Acces degages", "Escaliers proteges", "Eclairage"],
        "Echafaudages": ["Reception affichee", "Garde-corps", "Echelles fixees"],
        "Fouilles": ["Protections de bord", "Blindage verifie"],
        "Engins": ["VGP a jour", "CACES presentes"],
        "Incendie": ["Extincteurs", "Permis de feu"],
    },
}


def tpl_safety_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The weekly site safety inspection on the contractor's checklist: sections of checks
    with Yes / No / N/A tick columns, remarks by hand and the actions list; one or two pages."""
    h = head_of(who, "main")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    title_ = tr(
        lg,
        "Weekly Site Safety Inspection",
        "Woechentliche Sicherheitsbegehung",
        "Visite securite hebdomadaire",
    )
    f = sheets(s, h, title_)
    caption(f, s, title_, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Site", "Baustelle", "Chantier"), project(who)[0]),
            (tr(lg, "Week ending", "KW / Datum", "Semaine du"), day(h, d)),
            (tr(lg, "Inspected by", "Begehung durch", "Realisee par"), staff(who, "safety")),
        ],
        per=3,
    )
    xs = [w - m - 84, w - m - 58, w - m - 32]
    for sec, items in CHECKS[lg].items():
        f.need(60)
        f.page.rect(m, f.y - 10, w - 2 * m, 14, fill=0.88)
        f.page.text(m + 4, f.y, sec, s.bold, s.size - 1)
        for x, t in zip(
            xs, [tr(lg, "Yes", "Ja", "Oui"), tr(lg, "No", "Nein", "Non"), "N/A"], strict=True
        ):
            f.page.text(x + 4, f.y, t, s.font, 6.5, "center")
        f.y += 16
        for it in items:
            f.need(16)
            f.page.text(m + 8, f.y, it, s.font, s.size - 1.5)
            pick = 0 if rng.random() < 0.75 else rng.choice([1, 2])
            for k, x in enumerate(xs):
                box(f.page, x, f.y, k == pick, 8)
            if pick == 1:
                f.page.text(m + 180, f.y, words(rng, lg, 4), HAND, 8)
            f.y += 15
    f.need(120)
    caption(f, s, tr(lg, "Actions", "Massnahmen", "Actions correctives"), 0)
    f.y = ruled(f.page, m, f.y + 4, w - 2 * m, rng.randint(3, 6), rng, lg, 0.6)
    sign(f.page, m, f.y + 20, staff(who, "safety"))
    return close(f.pages, s, h, numbers=rng.choice(["none", "Page {i} of {n}", h.numbers]))


TALKS = {
    "en": [
        "Working at height",
        "Manual handling",
        "Silica dust",
        "Hand-arm vibration",
        "Excavation safety",
        "Fire on site",
        "Slips trips and falls",
        "Mental health",
    ],
    "de": [
        "Absturzsicherung",
        "Heben und Tragen",
        "Staubschutz",
        "Laermschutz",
        "Baugruben und Graeben",
    ],
    "fr": [
        "Travail en hauteur",
        "Port de charges",
        "Poussieres de silice",
        "Bruit",
        "Risque incendie",
    ],
}


def tpl_toolbox_talk(rng: random.Random, who: Issuer) -> list[Page]:
    """A toolbox talk record: the topic, who gave it, the key points, then the sign-in sheet
    of attendees (name, firm, signature), continuing on a second sheet for big gangs."""
    h = head_of(who, "main", ["split", "skyline", "band"])
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    f = sheets(s, h, tr(lg, "Toolbox talk record", "Unterweisung", "Quart d'heure securite"))
    caption(
        f,
        s,
        tr(
            lg,
            "TOOLBOX TALK RECORD",
            "NACHWEIS SICHERHEITSUNTERWEISUNG",
            "QUART D'HEURE SECURITE - EMARGEMENT",
        ),
        3,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Topic", "Thema", "Theme"), rng.choice(TALKS[lg])),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{date_text(d, lg, 'short')}  07:{rng.choice(['30', '45'])}",
            ),
            (tr(lg, "Given by", "Unterweisender", "Anime par"), staff(who, "safety")),
            (tr(lg, "Site", "Baustelle", "Chantier"), project(who)[0]),
        ],
        per=2,
    )
    for _ in range(rng.randint(3, 6)):
        write(f, s, "- " + words(rng, lg), pt=s.size - 1, indent=6)
    people = crew(rng, lg, rng.randint(8, 40))
    cols = columns(m, w - m, [(0.6, "center"), (3, "left"), (3, "left"), (2.5, "left")])
    heads = [
        "#",
        tr(lg, "Name (print)", "Name", "Nom"),
        tr(lg, "Company", "Firma", "Entreprise"),
        tr(lg, "Signature", "Unterschrift", "Signature"),
    ]

    def top() -> None:
        for c, t in zip(cols, heads, strict=True):
            cell(f.page, c, f.y, t, s.bold, 8)
        f.page.line(m, f.y + 5, w - m, f.y + 5)
        f.y += 18

    f.need(80)
    top()
    for k, name in enumerate(people):
        if f.need(22):
            top()
        cell(f.page, cols[0], f.y, str(k + 1), s.font, 8)
        f.page.text(cols[1][0], f.y, name, HAND, 9)
        f.page.text(cols[2][0], f.y, fit(rng.choice(ROLES["sub"])[0], HAND, 8, 150), HAND, 8)
        sign(f.page, cols[3][0], f.y, name, 11)
        f.page.line(m, f.y + 6, w - m, f.y + 6)
        f.y += 21
    return close(f.pages, s, h, numbers=rng.choice(["none", "Sheet {i} of {n}"]))


def tpl_accident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An accident / near-miss report on the contractor's form: the type in tick boxes, the
    injured person, what happened by hand, then a page of witness statements and actions."""
    h = head_of(who, "main")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    title_ = tr(
        lg,
        "Accident / Incident / Near Miss Report",
        "Unfallmeldung / Beinaheunfall",
        "Declaration d'accident / presqu'accident",
    )
    f = sheets(s, h, title_)
    caption(f, s, title_, 3)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Near miss", "Beinaheunfall", "Presqu'accident"),
            tr(lg, "First aid", "Erste Hilfe", "Soins sur place"),
            tr(lg, "Lost time", "Arbeitsausfall", "Arret de travail"),
            tr(lg, "Reportable (RIDDOR)", "meldepflichtig (BG)", "Declaration CPAM"),
            tr(lg, "Damage only", "Sachschaden", "Degats materiels"),
        ],
        {rng.randint(0, 4)},
    )
    hurt = crew(rng, lg, 1)[0]
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Date and time", "Datum, Uhrzeit", "Date et heure"),
                f"{date_text(d, lg, 'short')} {rng.randint(7, 16)}:{rng.randint(10, 59)}",
            ),
            (tr(lg, "Location on site", "Ort", "Lieu"), words(rng, lg, 3)[:-1]),
            (tr(lg, "Person involved", "Betroffene Person", "Victime"), hurt),
            (tr(lg, "Employer", "Arbeitgeber", "Employeur"), rng.choice(ROLES["sub"])[0]),
            (
                tr(lg, "Injury / body part", "Verletzung", "Lesion / siege"),
                rng.choice(
                    ["none", "cut to left hand", "Prellung Knie", "entorse cheville", "eye"]
                ),
            ),
            (
                tr(lg, "Treatment", "Behandlung", "Soins"),
                rng.choice(["first aider", "A&E", "Arzt", "none", "infirmerie"]),
            ),
        ],
        per=2,
    )
    caption(f, s, tr(lg, "What happened", "Hergang", "Circonstances detaillees"), 0)
    f.y = ruled(f.page, m, f.y + 4, w - 2 * m, rng.randint(6, 10), rng, lg, 0.85)
    sign(f.page, m, f.y + 20, staff(who, "manager"))
    f.new_page()
    caption(f, s, tr(lg, "Witness statements", "Zeugenaussagen", "Temoignages"), 1)
    for _ in range(rng.randint(1, 2)):
        wit = crew(rng, lg, 1)[0]
        f.page.text(m, f.y, wit, HAND, 10)
        f.y = ruled(f.page, m, f.y + 18, w - 2 * m, rng.randint(4, 8), rng, lg, 0.8)
        sign(f.page, w - m - 120, f.y + 6, wit)
        f.y += 24
    caption(f, s, tr(lg, "Corrective actions", "Massnahmen", "Mesures"), 0)
    cols = columns(m, w - m, [(4, "left"), (1.6, "left"), (1.2, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Action", "Massnahme", "Action"),
            tr(lg, "By", "Wer", "Qui"),
            tr(lg, "When", "Bis", "Quand"),
        ],
        [
            [
                words(rng, lg, 6)[:-1],
                staff(who, "safety"),
                date_text(d + timedelta(days=k + 2), lg, "short"),
            ]
            for k in range(rng.randint(1, 4))
        ],
        s,
        size=8.5,
        rules=True,
    )
    return close(f.pages, s, h, numbers=rng.choice(["Page {i} of {n}", "none", h.numbers]))


def tpl_hot_works(rng: random.Random, who: Issuer) -> list[Page]:
    """A hot works permit (Erlaubnisschein fuer Heissarbeiten, permis de feu): the work and
    place, the precautions ticked, the fire watch and the issue / acceptance / close-out
    signatures in boxes."""
    h = head_of(who, "main", ["band", "framed"])
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, _ = A4
    m = s.margin
    d = on(rng)
    p = Page(A4)
    y = heading(p, s, h)
    title_ = tr(lg, "HOT WORKS PERMIT", "ERLAUBNISSCHEIN HEISSARBEITEN", "PERMIS DE FEU")
    p.rect(m, y - 14, w - 2 * m, 22, fill=0.85)
    p.text(m + 6, y + 2, title_, s.bold, 13)
    p.text(w - m - 6, y + 2, f"No. {rng.randint(100, 999)}", s.bold, 13, "right")
    y = fields(
        p,
        s,
        m,
        y + 18,
        w - 2 * m,
        [
            (tr(lg, "Location", "Arbeitsort", "Lieu"), words(rng, lg, 3)[:-1]),
            (
                tr(lg, "Date / valid", "Datum / gueltig", "Date / validite"),
                f"{date_text(d, lg, 'short')} 08:00-{rng.randint(12, 17)}:00",
            ),
            (
                tr(lg, "Work", "Arbeiten", "Travaux"),
                rng.choice(["welding", "cutting", "Trennschleifen", "soudure", "torching felt"]),
            ),
            (tr(lg, "Permit holder", "Ausfuehrender", "Executant"), crew(rng, lg, 1)[0]),
        ],
        per=2,
    )
    prec = [
        tr(lg, t, de, fr)
        for t, de, fr in [
            ("Combustibles removed 10 m", "Brennbares entfernt", "Combustibles evacues"),
            ("Extinguisher at hand", "Feuerloescher bereit", "Extincteur a proximite"),
            ("Fire blanket", "Loeschdecke", "Couverture anti-feu"),
            ("Screens erected", "Abschirmung", "Ecrans poses"),
            ("Detectors isolated", "Melder abgeschaltet", "Detection neutralisee"),
            ("Gas cylinders secured", "Gasflaschen gesichert", "Bouteilles arrimees"),
        ]
    ]
    p.text(m, y, tr(lg, "Precautions", "Schutzmassnahmen", "Mesures de prevention"), s.bold, 9)
    y = ticks(p, s, m, y + 16, w - 2 * m, prec, set(rng.sample(range(6), rng.randint(3, 6))))
    for cap in [
        tr(lg, "Issued by", "Erteilt (Bauleitung)", "Delivre par"),
        tr(lg, "Accepted by", "Ausfuehrender", "Accepte par"),
        tr(lg, "Fire watch until (60 min)", "Brandwache bis", "Surveillance jusqu'a"),
        tr(lg, "Work complete - area checked", "Abschlusskontrolle", "Fin de travaux"),
    ]:
        p.rect(m, y, w - 2 * m, 44)
        p.text(m + 4, y + 10, cap, s.font, 7.5)
        if rng.random() < 0.85:
            sign(p, m + 60, y + 34, crew(rng, lg, 1)[0])
            p.text(
                w - m - 10, y + 34, f"{rng.randint(8, 18)}:{rng.randint(10, 59)}", HAND, 10, "right"
            )
        y += 50
    p.text(
        m,
        y + 10,
        tr(
            lg,
            "Copy 1: work area - Copy 2: site file",
            "Original Baustellenakte",
            "Exemplaire chantier",
        ),
        s.font,
        6.5,
    )
    return close([p], s, h, numbers="none")


WASTES = [
    (
        "17 01 07",
        "Mixed concrete, bricks, tiles",
        "Beton, Ziegel, Fliesen (Gemisch)",
        "Melange beton, briques, tuiles",
    ),
    ("17 02 01", "Wood", "Holz", "Bois"),
    ("17 04 05", "Iron and steel", "Eisen und Stahl", "Fer et acier"),
    ("17 05 04", "Soil and stones", "Boden und Steine", "Terres et cailloux"),
    ("17 08 02", "Gypsum-based materials", "Baustoffe auf Gipsbasis", "Materiaux a base de gypse"),
    (
        "17 09 04",
        "Mixed construction waste",
        "Gemischte Bau- und Abbruchabfaelle",
        "Dechets de chantier en melange",
    ),
]


def tpl_waste_transfer(rng: random.Random, who: Issuer) -> list[Page]:
    """A waste transfer note (Wiegeschein / Entsorgungsnachweis, bordereau de suivi) in
    sections A-D: the waste with its EWC code and quantity, the holder, the carrier with the
    skip and vehicle, the transfer with both signatures."""
    h = head_of(who, "waste", ["band", "framed", "centred"])
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, _ = A4
    m = s.margin
    d = on(rng)
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "WASTE TRANSFER NOTE",
            "ENTSORGUNGSNACHWEIS / WIEGESCHEIN",
            "BORDEREAU DE SUIVI DES DECHETS",
        ),
        s.bold,
        12,
    )
    p.text(w - m, y, serial(rng, "WTN 999999"), s.font, 9, "right")
    code, *names = rng.choice(WASTES)
    what = names[{"en": 0, "de": 1, "fr": 2}[lg]]
    y += 14
    for sec, cells in [
        (
            tr(lg, "A  Description of the waste", "A  Abfall", "A  Dechet"),
            [
                (tr(lg, "EWC code", "AVV-Schluessel", "Code dechet"), code),
                (tr(lg, "Description", "Bezeichnung", "Denomination"), what),
                (
                    tr(lg, "Container", "Behaelter", "Contenant"),
                    rng.choice(["8 yd skip", "RoRo 40 yd", "Mulde 7 m3", "Benne 10 m3"]),
                ),
                (tr(lg, "Quantity", "Menge", "Quantite"), f"{rng.uniform(1.2, 14):.2f} t"),
            ],
        ),
        (
            tr(lg, "B  Current holder", "B  Abfallerzeuger", "B  Producteur"),
            [
                (tr(lg, "Name", "Name", "Nom"), head_of(who, "main").name),
                (tr(lg, "Site address", "Anfallstelle", "Adresse du chantier"), project(who)[1]),
            ],
        ),
        (
            tr(lg, "C  Carrier", "C  Befoerderer", "C  Transporteur"),
            [
                (tr(lg, "Carrier", "Befoerderer", "Transporteur"), h.name),
                (
                    tr(lg, "Licence / registration", "Befoerderernummer", "Recepisse"),
                    serial(seeded(who, "lic"), "CBDU999999"),
                ),
                (tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"), serial(rng, "AA99 AAA")),
                (tr(lg, "Destination", "Entsorgungsanlage", "Installation"), h.town),
            ],
        ),
        (
            tr(lg, "D  Transfer", "D  Uebergabe", "D  Remise"),
            [
                (
                    tr(lg, "Date and time", "Datum, Uhrzeit", "Date, heure"),
                    f"{date_text(d, lg, 'short')} {rng.randint(7, 15)}:{rng.randint(10, 59)}",
                ),
                (tr(lg, "Holder's signature", "Erzeuger", "Producteur"), ""),
                (tr(lg, "Carrier's signature", "Befoerderer", "Transporteur"), ""),
                (
                    tr(lg, "Weighbridge ticket", "Wiegeschein-Nr.", "Ticket de pesee"),
                    serial(rng, "999999"),
                ),
            ],
        ),
    ]:
        p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
        p.text(m + 4, y, sec, s.bold, 8.5)
        y = fields(p, s, m, y + 6, w - 2 * m, cells, per=2, tall=30, hand=rng.random() < 0.6)
    sign(p, m + 40, y - 14, staff(who, "foreman"))
    sign(p, w / 2 + 40, y - 14, rng.choice(PEOPLE[lg]))
    p.text(
        m,
        y + 10,
        tr(lg, "Keep this note for two years.", "Aufbewahrung 3 Jahre.", "A conserver 3 ans."),
        s.font,
        7,
    )
    return close([p], s, h, numbers="none")


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A subcontractor's labour gang timesheet for one week on landscape A4: operatives by
    day, hours by hand, totals and the site manager's signature; long gangs run on."""
    h = head_of(who, "sub", ["split", "skyline", "framed"])
    lg = h.lang
    s = paper(who.style, landscape(A4), margin=36, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    d = d - timedelta(days=d.weekday())
    title_ = tr(lg, "WEEKLY TIMESHEET", "STUNDENZETTEL / WOCHENBERICHT", "RELEVE D'HEURES")
    f = sheets(s, h, f"{title_} {date_text(d, lg, 'short')}")
    f.page.text(m, f.y, title_, s.bold, 12)
    f.page.text(
        w - m,
        f.y,
        tr(lg, "Week commencing ", "Woche ab ", "Semaine du ") + day(h, d),
        s.font,
        9,
        "right",
    )
    f.y += 12
    f.page.text(m, f.y, project(who)[0], s.font, 8)
    f.y += 16
    days = {
        "en": "Mon Tue Wed Thu Fri Sat Sun",
        "de": "Mo Di Mi Do Fr Sa So",
        "fr": "Lun Mar Mer Jeu Ven Sam Dim",
    }[lg].split()
    heads = [
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Trade", "Taetigkeit", "Qualif."),
        *days,
        tr(lg, "Total", "Summe", "Total"),
    ]
    cols = columns(m, w - m, [(3, "left"), (2, "left")] + [(0.8, "center")] * 7 + [(1, "right")])
    rows = []
    for name in crew(rng, lg, rng.randint(4, 34)):
        hrs = [rng.choice([8, 8, 9, 10, 7.5, 0]) for _ in range(5)] + [rng.choice([0, 0, 4, 6]), 0]
        rows.append(
            [name, rng.choice(TRADES[lg]), *[str(x) if x else "-" for x in hrs], str(sum(hrs))]
        )
    table(f, cols, heads, rows, s, size=8.5, rules=True, step=2.0)
    f.need(50)
    f.page.text(
        m,
        f.y + 16,
        tr(lg, "Approved (site manager)", "Bestaetigt Bauleitung", "Vise par le conducteur"),
        s.font,
        8,
    )
    sign(f.page, m + 140, f.y + 18, staff(who, "manager"))
    return close(f.pages, s, h, numbers=rng.choice(["none", "{i}/{n}"]))


def tpl_programme_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The client's letter about the programme with the revised programme enclosed on one or
    two landscape pages of bars (a Gantt chart), which belong to the letter."""
    h = head_of(who, "client")
    lg = h.lang
    s = paper(who.style, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    d = on(rng)
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        site_lines(who, head_of(who, "main")),
        d,
        [(tr(lg, "Ref", "Zeichen", "Ref."), serial(rng, "AA/99/999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Revised construction programme",
            "Fortgeschriebener Bauzeitenplan",
            "Planning previsionnel actualise",
        ),
        1.5,
    )
    write(f, s, tr(lg, "Dear Sirs,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg))
    regards(
        f,
        s,
        lg,
        staff(who, "client"),
        tr(lg, "Development Manager", "Projektsteuerung", "Responsable d'operation"),
    )
    pages = close(f.pages, s, h)
    tasks = [words(rng, lg, 3)[:-1] for _ in range(rng.randint(12, 60))]
    per = 30
    for k in range(0, len(tasks), per):
        p = Page(landscape(A4))
        w, hh = landscape(A4)
        p.text(
            30,
            30,
            fit(
                f"{project(who)[0]} - "
                + tr(lg, "Programme rev ", "Terminplan Index ", "Planning ind. ")
                + rng.choice("BCDEF"),
                "Helvetica-Bold",
                10,
                w - 60,
            ),
            "Helvetica-Bold",
            10,
        )
        x0, x1 = 200.0, w - 30
        weeks = 26
        for wk in range(weeks + 1):
            x = x0 + (x1 - x0) * wk / weeks
            p.line(x, 44, x, hh - 30)
            if wk < weeks:
                p.text(x + 2, 52, str(wk + 1), "Helvetica", 5)
        y = 70.0
        for t in tasks[k : k + per]:
            p.text(30, y, fit(t, "Helvetica", 6.5, 165), "Helvetica", 6.5)
            a = rng.randint(0, weeks - 3)
            b = min(weeks, a + rng.randint(1, 8))
            p.rect(x0 + (x1 - x0) * a / weeks, y - 6, (x1 - x0) * (b - a) / weeks, 6, fill=0.35)
            y += 16
        pages.append(p)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_S: dict[str, Template] = {
    "payment_application": tpl_payment_application,
    "delivery_note": tpl_delivery_note,
    "concrete_ticket": tpl_concrete_ticket,
    "offhire_note": tpl_offhire,
    "site_diary": tpl_site_diary,
    "drawing": tpl_drawing,
    "transmittal": tpl_transmittal,
    "rfi": tpl_rfi,
    "rfi_reply": tpl_rfi_reply,
    "variation": tpl_variation,
    "quotation": tpl_quotation,
    "safety_inspection": tpl_safety_inspection,
    "toolbox_talk": tpl_toolbox_talk,
    "accident_report": tpl_accident_report,
    "hot_works": tpl_hot_works,
    "waste_transfer": tpl_waste_transfer,
    "timesheet": tpl_timesheet,
    "programme_letter": tpl_programme_letter,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "delivery_note",
    "concrete_ticket",
    "offhire_note",
    "site_diary",
    "waste_transfer",
    "timesheet",
)
#: A kind often followed by a related kind about the same site.
FOLLOWS = {
    "rfi": "rfi_reply",
    "variation": "quotation",
    "transmittal": "drawing",
    "accident_report": "toolbox_talk",
    "hot_works": "safety_inspection",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_sitebox_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; an RFI is followed by the architect's reply,
    an instruction by the subcontractor's quotation, a transmittal by a drawing print, an
    accident report by the toolbox talk and a hot works permit by the safety inspection, each
    with probability 0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_S, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_sitebox_stream, "templates S")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Quire part of the generated corpus: templates Q, written blind for the next measurement.

Another part, ``quire``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile a personnel and
recruitment office (the HR file room of a mid-sized employer with sites in Britain, Germany
and France) feeds through its scanner: job application packs, interview evaluation sheets,
employment contracts (or a German Arbeitsvertrag, a French contrat de travail) with numbered
clauses and a signature page, contract amendment letters with the reply slip, payslips
(Verdienstabrechnung, bulletin de paie), timesheets and rotas on landscape A4, holiday request
slips on A5 or A6, sick notes (a German AU-Bescheinigung, a British fit note, a French avis
d'arret de travail), references (Arbeitszeugnis, certificat de travail), appraisal forms with
rating grids, training certificates on landscape A4, disciplinary letters with the notes of the
investigation meeting, resignation letters (handwritten or typed), leaver's forms (P45,
Arbeitsbescheinigung, attestation employeur), pension enrolment letters with the key facts
leaflet, company car agreements with the vehicle handover protocol, expense claims with the
receipts stapled behind, occupational health questionnaires, works council notices, copies of
identity and right-to-work documents and background check replies (DBS certificate,
Fuehrungszeugnis, bulletin n 3 du casier judiciaire).

Labelling rule for application packs: everything one applicant sends in one go (the cover
letter, the CV of one to three pages and the copies of certificates and former employers'
references enclosed with it) is one document, as the HR office files it as one submission;
the interview sheet written about the applicant later is a document of its own. Likewise the
receipts stapled to an expense claim, the handover protocol of a car agreement, the notes
enclosed with a disciplinary letter, the leaflet of a pension letter, the annex of a contract
and the back of an identity card belong to their document.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: payslips, timesheets, holiday
requests, sick notes and training certificates often come 2-4 in a row from one sender with
other people, periods, dates and amounts; and companions: an application is often followed by
the interview sheet, an employment contract by the company car agreement, a resignation by the
leaver's form, an identity document copy by the background check reply, an appraisal by a
training certificate. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "quire"`` and seeds offset by 1_600_000.

Usage: ``python benchmarks/corpus_quire.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/quire/quire_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    MONTHS,
    Flow,
    box,
    columns,
    date_text,
    fit,
    foot_and_number,
    money,
    pairs,
    paper,
    part_generate,
    part_main,
    running_header,
    shrink,
    table,
    text_block,
    tr,
    wrap,
)
from corpus_kit import currency as ccy
from corpus_kit import ticks as kit_ticks

PART = "quire"
SEED_OFFSET = 1_600_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
FIRMS: dict[str, list[Firm]] = {
    "employer": [
        ("Halden Precision Components Ltd", "en", "Unit 9, Canal Side", "Stockport SK4 2RH", ""),
        ("Marlow & Reith Foods plc", "en", "Eastgate Works", "Wakefield WF1 5QT", "01924 370 500"),
        ("Corvale Care Homes Ltd", "en", "14 Abbey Foregate", "Shrewsbury SY2 6AE", ""),
        ("Tannery Row Logistics Ltd", "en", "Tannery Row", "Northampton NN1 1PD", "01604 230 900"),
        ("Brenner Antriebstechnik GmbH", "de", "Industriestrasse 22", "73037 Goeppingen", ""),
        ("Hofmann & Sohn Feinkost KG", "de", "Am Gueterbahnhof 5", "97070 Wuerzburg", ""),
        ("Kliniken Lahntal gGmbH", "de", "Ketzerbach 61", "35037 Marburg", "06421 590-0"),
        ("Ateliers Mecaniques du Rhone SAS", "fr", "12 rue de l'Industrie", "69200 Venissieux", ""),
        ("Maison Garnier Traiteur SARL", "fr", "4 quai Jean Moulin", "69002 Lyon", ""),
    ],
    "doctor": [
        ("Dr. med. Ulrike Brandes, Allgemeinmedizin", "de", "Bahnhofstrasse 3", "Goeppingen", ""),
        ("Gemeinschaftspraxis Dres. Kaya & Roth", "de", "Marktplatz 8", "97070 Wuerzburg", ""),
        ("Dr Helen Marsh, Priory Medical Centre", "en", "Priory Road", "Stockport SK4 3BD", ""),
        ("Abbey Foregate Surgery", "en", "31 Abbey Foregate", "Shrewsbury SY2 6BL", ""),
        ("Dr Claire Vasseur, medecin generaliste", "fr", "9 rue Garibaldi", "69006 Lyon", ""),
    ],
    "trainer": [
        ("Northern Safety Training Ltd", "en", "Enterprise House", "Leeds LS11 5DD", ""),
        ("Skillbridge Learning", "en", "2 Temple Quay", "Bristol BS1 6DZ", ""),
        ("TUEV Akademie Suedwest", "de", "Gottlieb-Daimler-Strasse 7", "70794 Filderstadt", ""),
        ("IHK Bildungszentrum Mainfranken", "de", "Mainaustrasse 33", "97082 Wuerzburg", ""),
        ("AFPA Centre de Lyon", "fr", "17 avenue Jean Mermoz", "69008 Lyon", ""),
    ],
    "vetting": [
        ("Disclosure and Barring Service", "en", "PO Box 165", "Liverpool L69 3JD", ""),
        ("Bundesamt fuer Justiz", "de", "Adenauerallee 99-103", "53113 Bonn", ""),
        ("Casier judiciaire national", "fr", "107 rue du Landreau", "44317 Nantes Cedex 3", ""),
    ],
    "pension": [
        ("Keystone Workplace Pensions", "en", "PO Box 7721", "Peterborough PE2 6FX", ""),
        ("Hanse Pensionskasse VVaG", "de", "Ballindamm 14", "20095 Hamburg", "040 3580-0"),
        ("Prevoyance Rhone-Alpes", "fr", "25 cours Vitton", "69006 Lyon", ""),
    ],
}
NAMES = {
    "en": [
        "Rachel Dunmore",
        "Imran Qureshi",
        "Callum Fraser",
        "Jade Whitfield",
        "Oluwaseun Adeyemi",
        "Natalie Brooks",
        "Gareth Pryce",
        "Sinead Kavanagh",
        "Marcus Holt",
        "Aisha Rahman",
        "Dominic Leary",
        "Chloe Hartley",
    ],
    "de": [
        "Katrin Vogelsang",
        "Mehmet Yildiz",
        "Sabine Kuehn",
        "Florian Haas",
        "Jana Ostrowski",
        "Tobias Reinhardt",
        "Lea Brandt",
        "Uwe Kessler",
    ],
    "fr": [
        "Camille Fournier",
        "Karim Benali",
        "Elodie Marchand",
        "Julien Roussel",
        "Nadia Lefevre",
        "Thibault Gauthier",
        "Ines Moreau",
    ],
}
ROADS = {
    "en": ["Hollin Lane", "Greenway Close", "Bramley Road", "Station Terrace", "Moorside Avenue"],
    "de": ["Lindenweg", "Schillerstrasse", "Am Sonnenhang", "Gartenstrasse", "Eichendorffring"],
    "fr": ["rue des Tilleuls", "avenue Berthelot", "rue Paul Bert", "chemin des Vignes"],
}
TOWNS = {
    "en": ["Stockport SK3 8QA", "Wakefield WF2 7HD", "Shrewsbury SY3 9JP", "Northampton NN3 6BE"],
    "de": ["73033 Goeppingen", "97072 Wuerzburg", "35039 Marburg", "73035 Uhingen"],
    "fr": ["69007 Lyon", "69100 Villeurbanne", "69200 Venissieux", "69500 Bron"],
}
JOBS = {
    "en": [
        "Production Supervisor",
        "Quality Technician",
        "Senior Care Assistant",
        "Warehouse Operative",
        "Payroll Administrator",
        "Maintenance Engineer",
        "Customer Service Advisor",
        "HR Assistant",
    ],
    "de": [
        "Industriemechaniker/in",
        "Sachbearbeiter/in Lohnbuchhaltung",
        "Pflegefachkraft",
        "Lagerlogistiker/in",
        "Schichtleiter/in Produktion",
        "Elektroniker/in fuer Betriebstechnik",
    ],
    "fr": [
        "Technicien de maintenance",
        "Assistante ressources humaines",
        "Cuisinier de production",
        "Preparateur de commandes",
        "Comptable fournisseurs",
        "Chef d'equipe",
    ],
}
DEPTS = {
    "en": ["Production", "Warehouse", "Finance", "Care", "Maintenance", "Sales"],
    "de": ["Produktion", "Lager", "Verwaltung", "Pflege", "Instandhaltung", "Vertrieb"],
    "fr": ["Production", "Logistique", "Comptabilite", "Cuisine", "Maintenance", "Commercial"],
}
GLUE_OF = {
    "en": "the of and to in for with on as by your we our is are will be from at any",
    "de": "der die das und zu im fuer mit auf von bei nach den dem ist sind wird sich",
    "fr": "le la les et de du des pour avec sur par au aux est sont sera dans une",
}
SUBJECT = {
    "en": {
        "work": "duties team production shift customer quality targets training colleagues "
        "responsibility reliable initiative standards project experience",
        "terms": "employee employer salary hours holiday notice probation duties premises "
        "confidentiality termination policy entitlement clause agreement",
        "health": "symptoms treatment medication condition absence assessment adjustments "
        "duties hearing vision fitness health confidential",
        "conduct": "conduct investigation allegation hearing policy warning companion "
        "evidence statement absence procedure outcome appeal",
        "pension": "contributions scheme pension salary retirement opt out enrolment "
        "employer investment fund tax relief qualifying",
    },
    "de": {
        "work": "Aufgaben Team Leistung Arbeitsweise Kollegen Vorgesetzten zuverlaessig "
        "Verantwortung Einsatz Qualitaet Kenntnisse stets Zufriedenheit",
        "terms": "Arbeitnehmer Arbeitgeber Verguetung Arbeitszeit Urlaub Kuendigung Probezeit "
        "Taetigkeit Verschwiegenheit Vertrag Regelung Anspruch",
        "health": "Beschwerden Behandlung Medikamente Erkrankung Untersuchung Taetigkeit "
        "Belastung Arbeitsplatz Vorsorge arbeitsmedizinisch",
        "conduct": "Pflichtverletzung Arbeitsvertrag Abmahnung Verhalten Wiederholung "
        "Konsequenzen Personalakte Stellungnahme Vorfall",
        "pension": "Beitrag Entgeltumwandlung Versorgung Rente Zuschuss Anwartschaft "
        "Vertrag Leistung Arbeitgeber steuerfrei",
    },
    "fr": {
        "work": "missions equipe qualite rigueur collegues responsabilite production "
        "autonomie serieux competences encadrement satisfaction",
        "terms": "salarie employeur remuneration duree travail conges preavis periode essai "
        "fonctions confidentialite contrat convention collective",
        "health": "symptomes traitement examen aptitude poste medecin travail restrictions "
        "sante confidentiel suivi",
        "conduct": "faits entretien prealable sanction comportement reglement interieur "
        "manquement explications convocation",
        "pension": "cotisations regime retraite supplementaire adhesion salaire employeur "
        "garanties prevoyance versement",
    },
}


def prose(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    """A made-up sentence of ``n`` (else 9..18) words on ``topic`` in ``lang``."""
    own = SUBJECT[lang][topic].split()
    glue = GLUE_OF[lang].split()
    ws = [rng.choice(own) if rng.random() < 0.45 else rng.choice(glue) for _ in range(n or 0)]
    if not ws:
        ws = [rng.choice(own) if rng.random() < 0.45 else rng.choice(glue) for _ in range(12)]
        ws = ws[: rng.randint(9, 12)] + [rng.choice(own) for _ in range(rng.randint(0, 6))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose_block(rng: random.Random, lang: str, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(prose(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


def pick_day(rng: random.Random) -> date:
    return date(2022, 9, 5) + timedelta(days=rng.randint(0, 1150))


def fixed(who: Issuer, what: str) -> random.Random:
    """A generator fixed by the issuer and ``what``: a run or a companion keeps its
    employer, employee or applicant."""
    key = f"quire/{what}/{who.name}/{who.street}/{who.city}"
    return random.Random(zlib.crc32(key.encode()))


def digits(rng: random.Random, mask: str) -> str:
    """``mask`` with ``9`` a digit and ``A`` a capital letter."""
    out = []
    for ch in mask:
        if ch == "9":
            out.append(str(rng.randint(0, 9)))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class Person:
    name: str
    street: str
    town: str
    born: date
    job: str
    dept: str
    staff_no: str


def person(r: random.Random, lang: str) -> Person:
    no = r.randint(1, 120)
    road = r.choice(ROADS[lang])
    return Person(
        name=r.choice(NAMES[lang]),
        street=f"{road} {no}" if lang == "de" else f"{no} {road}",
        town=r.choice(TOWNS[lang]),
        born=date(r.randint(1962, 2003), r.randint(1, 12), r.randint(1, 28)),
        job=r.choice(JOBS[lang]),
        dept=r.choice(DEPTS[lang]),
        staff_no=digits(r, r.choice(["99999", "E9999", "PN-9999"])),
    )


def staff(who: Issuer, lang: str, what: str = "employee") -> Person:
    """The regular employee of ``who`` (the same one every time)."""
    return person(fixed(who, what + lang), lang)


def hand_over(who: Issuer, role: str, p: Person) -> Person:
    """``p``, noted on ``who`` as the ``role`` of a companion document that may follow."""
    vars(who)["quire_" + role] = p
    return p


def take(who: Issuer, role: str) -> Person | None:
    """The ``role`` person noted on ``who`` by the document just before, once: a companion
    is about the same applicant or employee, a repeat of the same kind about someone else."""
    return vars(who).pop("quire_" + role, None)


# ---------------------------------------------------------------------------------------------
# Senders: letterheads, continuation tops, footers, stamps, signatures
# ---------------------------------------------------------------------------------------------


@dataclass
class Office:
    """A sender as it prints: its details and its habits."""

    name: str
    lang: str
    street: str
    town: str
    phone: str
    head: str  # rule | centred | logo | band | column | plain
    again: bool  # letterhead on every page
    foot: list[str]
    numbering: str
    corner: str
    dstyle: str


HEADS = ["rule", "centred", "logo", "band", "column", "plain"]
NUMBERS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}", "- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "2:- {i} -", "{i}/{n}"],
}


def footer_lines(r: random.Random, name: str, lang: str) -> list[str]:
    if lang == "de":
        gf = r.choice(["Dr. Stefan Brenner", "Monika Hofmann", "Klaus-Peter Albers"])
        return [
            f"{name} | Sitz {r.choice(['Goeppingen', 'Wuerzburg', 'Marburg'])} | "
            f"Registergericht HRB {r.randint(1000, 99999)} | Geschaeftsfuehrung: {gf}",
            f"Kreissparkasse IBAN DE{r.randint(10, 99)} 6105 0000 00{r.randint(10, 99)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)} | BIC GOPSDE6GXXX",
        ]
    if lang == "fr":
        return [
            f"{name} - capital {r.choice(['50 000', '120 000', '1 000 000'])} EUR - RCS Lyon "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"SIRET {r.randint(10000, 99999)} - NAF {r.randint(1000, 9999)}Z"
        ]
    out = [f"Registered in England and Wales No. {r.randint(1000000, 12999999):08d}"]
    if r.random() < 0.5:
        out.append("Registered office: " + r.choice(["as above", "1 Castle Yard, Leeds LS1 4BQ"]))
    return [" - ".join(out)]


def office(who: Issuer, kind: str, heads: list[str] | None = None) -> Office:
    """The ``kind`` sender of ``who`` (always the same one for the same issuer)."""
    r = fixed(who, kind)
    rows = FIRMS[kind]
    if kind != "employer":  # a doctor, trainer, pension or vetting office of the same country
        own = fixed(who, "employer").choice(FIRMS["employer"])[1]
        rows = [x for x in rows if x[1] == own] or rows
    name, lang, street, town, phone = r.choice(rows)
    return Office(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        head=r.choice(heads or HEADS),
        again=r.random() < 0.3,
        foot=footer_lines(r, name, lang) if kind == "employer" and r.random() < 0.7 else [],
        numbering=r.choice(NUMBERS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dstyle=r.choice(["long", "short", "short"] + (["iso", "us"] if lang == "en" else [])),
    )


def when(o: Office, d: date) -> str:
    return date_text(d, o.lang, o.dstyle)


def letterhead(p: Page, s: Style, o: Office) -> float:
    """``o``'s letterhead at the top of ``p``; returns the y where content starts."""
    w, _ = p.size
    m = s.margin
    y0 = max(m - 10, 26.0)
    addr = f"{o.street}, {o.town}"
    tel = ("Tel. " + o.phone) if o.phone else ""
    if o.head == "rule":
        pt = shrink(o.name, s.bold, s.size + 5, (w - 2 * m) * 0.62)
        p.text(m, y0 + 4, o.name, s.bold, pt)
        p.text(w - m, y0 - 4, fit(o.street, s.font, 7, w * 0.3), s.font, 7, "right")
        p.text(w - m, y0 + 5, fit(o.town, s.font, 7, w * 0.3), s.font, 7, "right")
        if tel:
            p.text(w - m, y0 + 14, tel, s.font, 7, "right")
        p.line(m, y0 + 20, w - m, y0 + 20)
        return y0 + 44
    if o.head == "centred":
        pt = shrink(o.name, s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y0 + 2, o.name, s.bold, pt, "center")
        line = addr + (" - " + tel if tel else "")
        p.text(w / 2, y0 + 14, fit(line, s.font, 7.5, w - 2 * m), s.font, 7.5, "center")
        return y0 + 40
    if o.head == "logo":
        p.rect(w - m - 44, y0 - 16, 44, 44, fill=0.3)
        initials = "".join(x[0] for x in o.name.split()[:3] if x[0].isalpha()).upper()
        p.text(w - m - 22, y0 + 10, initials[:3], s.bold, 13, "center")
        pt = shrink(o.name, s.bold, s.size + 2, w - 2 * m - 60)
        p.text(m, y0, o.name, s.bold, pt)
        p.text(m, y0 + 12, fit(addr, s.font, 7, w - 2 * m - 60), s.font, 7)
        return y0 + 52
    if o.head == "band":
        p.rect(0, y0 - 22, w, 8, fill=0.25)
        pt = shrink(o.name.upper(), s.bold, s.size + 2, w - 2 * m)
        p.text(m, y0 + 4, o.name.upper(), s.bold, pt)
        p.text(m, y0 + 15, fit(addr, s.font, 7, w - 2 * m), s.font, 7)
        return y0 + 38
    if o.head == "column":
        x = w - m - min(150.0, w * 0.32)
        pt = shrink(o.name, s.bold, s.size + 1, w - m - x)
        p.text(x, y0, o.name, s.bold, pt)
        yy = y0 + 11
        for t in (o.street, o.town, tel):
            if t:
                p.text(x, yy, fit(t, s.font, 7, w - m - x), s.font, 7)
                yy += 9
        return yy + 14
    p.text(m, y0, fit(o.name, s.font, s.size + 1, w - 2 * m), s.font, s.size + 1)
    p.text(m, y0 + 11, fit(addr, s.font, 7.5, w - 2 * m), s.font, 7.5)
    return y0 + 30


class Sheets(Flow):
    """Spacing of the quire pages."""

    line = 1.35
    para_gap = 0.8
    head_lead = 0.7
    head_after = 1.5


def sheets(s: Style, o: Office, header: str = "", head: bool = True) -> Sheets:
    """A flow on ``s.page_size``: ``o``'s letterhead on page 1 (if ``head``), on later pages
    the letterhead again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if (n == 1 and head) or (n > 1 and o.again):
            return letterhead(p, s, o)
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 6

    w, h = s.page_size
    return Sheets((w, h), h - s.margin - 8 * len(o.foot), start)


def done(pages: list[Page], s: Style, o: Office, numbering: str | None = None) -> list[Page]:
    """``o``'s footer on every page, then its page numbers (or ``numbering``)."""
    style = o.numbering if numbering is None else numbering
    return foot_and_number(pages, s, o.foot, style, o.corner)


def to_whom(f: Sheets, s: Style, o: Office, lines: list[str], d: date, refs: list[tuple]) -> None:
    """Addressee on the left, references and the date on the right."""
    w, _ = f.size
    m = s.margin
    y = f.y
    if o.head != "plain":
        back = f"{o.name} - {o.street} - {o.town}"
        f.page.text(m, y, fit(back, s.font, 6, w * 0.45), s.font, 6)
        f.page.line(m, y + 2, m + min(w * 0.45, 6 + len(back) * 3), y + 2)
        y += 13
    for ln in lines:
        f.page.text(m, y, fit(ln, s.font, s.size, w * 0.45), s.font, s.size)
        y += s.size * 1.3
    x = w * 0.6
    yy = f.y
    items = [*refs, (tr(o.lang, "Date", "Datum", "Date"), when(o, d))]
    for k, v in items:
        f.page.text(x, yy, str(k), s.font, s.size - 2)
        f.page.text(
            w - m, yy, fit(str(v), s.font, s.size - 2, w - m - x - 58), s.font, s.size - 2, "right"
        )
        yy += (s.size - 2) * 1.5
    f.y = max(y, yy) + 22


def heading(f: Sheets, s: Style, text: str, grow: float = 2, rule: bool = False) -> None:
    w, _ = f.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(pt * 4)
    f.page.text(s.margin, f.y, text, s.bold, pt)
    if rule:
        f.page.line(s.margin, f.y + 4, w - s.margin, f.y + 4)
    f.y += pt * 1.8


def body(f: Sheets, s: Style, text: str, indent: float = 0, pt: float = 0) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, pt or s.size)


def greeting(f: Sheets, s: Style, lang: str, name: str = "") -> None:
    if lang == "de":
        t = f"Sehr geehrte/r {name}," if name else "Sehr geehrte Damen und Herren,"
    elif lang == "fr":
        t = "Madame, Monsieur,"
    else:
        t = f"Dear {name.split()[0]}," if name else "Dear Sir or Madam,"
    f.need(s.size * 3)
    f.page.text(s.margin, f.y, t, s.font, s.size)
    f.y += s.size * 2


def scrawl(p: Page, x: float, y: float, name: str, size: float = 15) -> None:
    """A signature: the name written small and slanted over a short rule."""
    parts = name.split()
    t = parts[0][0] + ". " + parts[-1] if len(parts) > 1 else name
    p.text(x + 3, y, t, "Times-Italic", size)
    p.line(x, y + 4, x + max(90.0, len(t) * size * 0.45), y + 4)


def closing(f: Sheets, s: Style, lang: str, name: str, role: str, signed: bool = True) -> None:
    f.need(95)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(lang, "Yours sincerely,", "Mit freundlichen Gruessen", "Cordialement,"),
        s.font,
        s.size,
    )
    f.y += 30
    if signed:
        scrawl(f.page, m, f.y, name)
    f.y += 14
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def received(p: Page, x: float, y: float, lang: str, d: date, what: str = "") -> None:
    """An incoming-mail stamp with the date (and a note) filled in."""
    word = tr(lang, "RECEIVED", "EINGEGANGEN", "RECU LE")
    p.rect(x, y, 104, 34)
    p.text(x + 52, y + 11, word, "Helvetica-Bold", 8, "center")
    p.text(x + 52, y + 22, date_text(d, lang, "short"), "Courier-Bold", 8, "center")
    p.text(
        x + 52,
        y + 31,
        what or tr(lang, "Personnel", "Personalabteilung", "RH"),
        "Helvetica",
        6,
        "center",
    )


def grid_boxes(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    cells: list[tuple[str, str]],
    per_row: int = 2,
    h: float = 26,
    hand: str = "Courier-Oblique",
) -> float:
    """Form fields with a small caption and an entry in ``hand`` (roman type if empty name);
    returns the y below."""
    cw = w / per_row
    for k, (cap, val) in enumerate(cells):
        cx = x + (k % per_row) * cw
        cy = y + (k // per_row) * h
        p.rect(cx, cy, cw, h)
        p.text(cx + 3, cy + 7, fit(cap, s.font, 5.8, cw - 6), s.font, 5.8)
        if val:
            p.text(cx + 5, cy + h - 6, fit(val, hand, 8.5, cw - 10), hand, 8.5)
    return y + ((len(cells) + per_row - 1) // per_row) * h + 8


def ticks(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    labels: list[str],
    on: set[int],
    pt: float = 7.5,
) -> float:
    """Tick boxes in a wrapping row (this part's size and spacing); returns the y below."""
    return kit_ticks(p, s, x, y, w, labels, on, pt, after=2.4)


def lines_by_hand(
    p: Page, x: float, y: float, w: float, n: int, texts: list[str], hand: str, step: float = 17
) -> float:
    """``n`` ruled lines, the first ones written on; returns the y below."""
    for k in range(n):
        p.line(x, y + 3, x + w, y + 3)
        if k < len(texts):
            p.text(x + 4, y, fit(texts[k], hand, 9, w - 8), hand, 9)
        y += step
    return y


def hand_of(rng: random.Random) -> str:
    return rng.choice(["Courier-Oblique", "Times-Italic", "Helvetica-Oblique"])


def short_words(rng: random.Random, lang: str, topic: str, n: int) -> str:
    return prose(rng, lang, topic, n)[:-1]


def month_name(lang: str, d: date) -> str:
    return f"{MONTHS[lang][d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------------------------
# Templates Q: recruitment
# ---------------------------------------------------------------------------------------------

SCHOOLS = {
    "en": [
        ("Manchester Metropolitan University", "BSc (Hons) Business Management"),
        ("Stockport College", "BTEC Level 3 Extended Diploma in Engineering"),
        ("University of Leeds", "BA (Hons) Human Resource Management"),
        ("Shrewsbury Sixth Form College", "GCE A Levels"),
    ],
    "de": [
        ("Hochschule Esslingen", "Bachelor of Engineering Maschinenbau"),
        ("Staedtisches Gymnasium Goeppingen", "Zeugnis der Allgemeinen Hochschulreife"),
        ("IHK Region Stuttgart", "Pruefungszeugnis Industriemechaniker"),
        ("Berufsfachschule fuer Pflege Marburg", "Examen Pflegefachfrau / Pflegefachmann"),
    ],
    "fr": [
        ("Universite Lumiere Lyon 2", "Licence professionnelle Gestion des ressources humaines"),
        ("Lycee professionnel Marcel Sembat", "Baccalaureat professionnel Maintenance"),
        ("IUT Lyon 1", "BUT Genie mecanique et productique"),
    ],
}


def cover_letter(rng: random.Random, s: Style, lg: str, a: Person, firm: Office, d: date) -> Page:
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = m - 6
    own = [a.name, a.street, a.town, digits(rng, "07999 999999" if lg == "en" else "0151 9999999")]
    right = rng.random() < 0.5
    for ln in own:
        if right:
            p.text(w - m, y, ln, s.font, s.size - 1, "right")
        else:
            p.text(m, y, ln, s.font, s.size - 1)
        y += (s.size - 1) * 1.3
    y += 18
    for ln in [
        firm.name,
        tr(lg, "Human Resources", "Personalabteilung", "Service RH"),
        firm.street,
        firm.town,
    ]:
        p.text(m, y, fit(ln, s.font, s.size, w * 0.5), s.font, s.size)
        y += s.size * 1.3
    y += 12
    p.text(w - m, y, date_text(d, lg, "long"), s.font, s.size, "right")
    y += 26
    job = a.job
    subj = tr(
        lg,
        f"Application for the post of {job}",
        f"Bewerbung als {job}",
        f"Candidature au poste de {job}",
    )
    if rng.random() < 0.5:
        subj += tr(
            lg,
            f" - ref. {digits(rng, 'HR/99/999')}",
            f" - Ihre Anzeige vom {date_text(d - timedelta(days=rng.randint(5, 30)), lg, 'short')}",
            " - votre annonce",
        )
    p.text(m, y, fit(subj, s.bold, s.size, w - 2 * m), s.bold, s.size)
    y += s.size * 2.4
    p.text(
        m,
        y,
        tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
        s.font,
        s.size,
    )
    y += s.size * 2
    for _ in range(rng.randint(3, 5)):
        y = text_block(p, s, m, y, w - 2 * m, prose_block(rng, lg, "work", 2, 3))
        if y > h - m - 120:
            break
    y = max(y, h * 0.62) if rng.random() < 0.3 else y
    p.text(
        m,
        y,
        tr(
            lg,
            "Yours faithfully,",
            "Mit freundlichen Gruessen",
            "Veuillez agreer, Madame, Monsieur, mes salutations distinguees.",
        ),
        s.font,
        s.size,
    )
    scrawl(p, m, y + 30, a.name, 16)
    p.text(m, y + 48, a.name, s.font, s.size)
    if rng.random() < 0.6:
        p.text(
            m,
            min(y + 72, h - m),
            tr(
                lg,
                "Enclosures: CV, certificates",
                "Anlagen: Lebenslauf, Zeugnisse",
                "PJ : CV, diplomes",
            ),
            s.font,
            s.size - 2,
        )
    return p


def curriculum(rng: random.Random, s: Style, lg: str, a: Person, n_pages: int) -> list[Page]:
    w, _ = s.page_size
    m = s.margin
    side = rng.random() < 0.45
    left = m + (120 if side else 0)

    def start(p: Page, n: int) -> float:
        if side:
            p.rect(0, 0, m + 105, p.size[1], fill=0.9)
        if n == 1:
            pt = shrink(a.name, s.bold, 20, w - left - m)
            p.text(left, m + 4, a.name, s.bold, pt)
            p.text(
                left,
                m + 20,
                tr(lg, "Curriculum Vitae", "Lebenslauf", "Curriculum vitae"),
                s.font,
                s.size,
            )
            return m + 50
        if rng.random() < 0.5:
            p.text(w - m, m - 16, a.name, s.font, 7.5, "right")
        return m

    f = Sheets((w, s.page_size[1]), s.page_size[1] - m, start)
    if side:
        yy = m + 60
        for k, v in [
            (tr(lg, "Address", "Anschrift", "Adresse"), a.street),
            ("", a.town),
            (tr(lg, "Born", "Geboren", "Ne(e) le"), date_text(a.born, lg, "short")),
            (
                "E-Mail",
                a.name.split()[-1].lower()
                + "@"
                + rng.choice(["gmx.de", "gmail.com", "orange.fr", "outlook.com"]),
            ),
        ]:
            if k:
                f.page.text(14, yy, k, s.bold, 7)
                yy += 9
            f.page.text(14, yy, fit(v, s.font, 7, m + 88), s.font, 7)
            yy += 12
    else:
        f.page.text(
            left,
            f.y,
            fit(
                f"{a.street}, {a.town} - {date_text(a.born, lg, 'short')}",
                s.font,
                s.size - 1,
                w - left - m,
            ),
            s.font,
            s.size - 1,
        )
        f.y += s.size * 2
    year = 2024
    sections = [
        (
            tr(lg, "Professional experience", "Berufserfahrung", "Experience professionnelle"),
            rng.randint(2, 5) * n_pages,
        ),
        (tr(lg, "Education", "Ausbildung", "Formation"), rng.randint(2, 3)),
        (tr(lg, "Skills and languages", "Kenntnisse", "Competences"), 1),
    ]
    for title, count in sections:
        f.need(60)
        f.page.text(left, f.y, title.upper() if rng.random() < 0.5 else title, s.bold, s.size + 1)
        f.page.line(left, f.y + 4, w - m, f.y + 4)
        f.y += s.size * 2
        for _ in range(count):
            span = rng.randint(1, 4 if year > 2005 else 1)
            f.need(s.size * 5)
            f.page.text(left, f.y, f"{year - span} - {year}", s.font, s.size - 1)
            year -= span
            employer = rng.choice(FIRMS["employer"])[0]
            what = rng.choice(JOBS[lg]) + ", " + employer
            f.page.text(
                left + 80, f.y, fit(what, s.bold, s.size - 1, w - m - left - 80), s.bold, s.size - 1
            )
            f.y += s.size * 1.4
            for _ in range(rng.randint(1, 2 + n_pages)):
                f.para(
                    left + 90,
                    w - m - left - 90,
                    "- " + short_words(rng, lg, "work", rng.randint(6, 12)),
                    s.font,
                    s.size - 1.5,
                    gap=0.1,
                )
            f.y += 4
    if len(f.pages) < n_pages:
        f.need(60)
        extra = tr(lg, "Projects and further training", "Projekte und Weiterbildung", "Projets")
        f.page.text(left, f.y, extra, s.bold, s.size + 1)
        f.page.line(left, f.y + 4, w - m, f.y + 4)
        f.y += s.size * 2
    for _ in range(60):
        if len(f.pages) >= n_pages:
            break
        f.need(s.size * 4)
        f.page.text(left, f.y, str(rng.randint(2008, 2024)), s.font, s.size - 1)
        f.para(
            left + 80,
            w - m - left - 80,
            short_words(rng, lg, "work", rng.randint(8, 20)),
            s.font,
            s.size - 1,
        )
    return f.pages


def certificate_copy(rng: random.Random, lg: str, a: Person) -> Page:
    school, award = rng.choice(SCHOOLS[lg])
    size = rng.choice([A4, A4, landscape(A4), LETTER])
    w, h = size
    p = Page(size)
    p.rect(24, 24, w - 48, h - 48)
    p.rect(30, 30, w - 60, h - 60)
    p.text(w / 2, 80, fit(school, "Times-Bold", 18, w - 120), "Times-Bold", 18, "center")
    p.text(w / 2, 120, fit(award, "Times-Roman", 14, w - 120), "Times-Roman", 14, "center")
    p.text(
        w / 2, 160, tr(lg, "awarded to", "erteilt an", "delivre a"), "Times-Italic", 11, "center"
    )
    p.text(w / 2, 190, a.name, "Times-Bold", 20, "center")
    y = 230
    if rng.random() < 0.6:
        for subj in rng.sample(
            [
                "Mathematics",
                "English",
                "Deutsch",
                "Physik",
                "Economics",
                "Chemie",
                "Francais",
                "Informatik",
            ],
            4,
        ):
            p.text(w / 2 - 110, y, subj, "Times-Roman", 10)
            p.text(
                w / 2 + 110,
                y,
                rng.choice(["A", "B", "2,3", "1,7", "14/20", "Merit", "gut"]),
                "Times-Roman",
                10,
                "right",
            )
            y += 15
    p.text(
        70,
        h - 90,
        date_text(
            date(rng.randint(2008, 2022), rng.choice([6, 7, 9]), rng.randint(1, 28)), lg, "long"
        ),
        "Times-Roman",
        10,
    )
    scrawl(p, w - 220, h - 90, rng.choice(NAMES[lg]))
    if rng.random() < 0.5:
        p.text(w - 50, 50, tr(lg, "COPY", "KOPIE", "COPIE"), "Helvetica-Bold", 14, "right")
    if rng.random() < 0.4:
        p.text(
            70,
            h - 60,
            tr(
                lg,
                "Certified true copy",
                "Die Uebereinstimmung mit dem Original wird beglaubigt",
                "Copie certifiee conforme",
            ),
            "Courier-Oblique",
            8,
        )
    return p


def tpl_application(rng: random.Random, who: Issuer) -> list[Page]:
    """An applicant's pack as received: the cover letter, a CV of one to three pages and,
    for most, copies of certificates or a former employer's reference; one document."""
    firm = office(who, "employer")
    lg = firm.lang
    a = hand_over(who, "applicant", person(rng, lg))
    d = pick_day(rng)
    s = paper(who.style, rng.choice([A4, A4, LETTER]) if lg == "en" else A4)
    pages = [cover_letter(rng, s, lg, a, firm, d)]
    if rng.random() < 0.6:
        received(
            pages[0], s.page_size[0] - s.margin - 110, 30, lg, d + timedelta(days=rng.randint(1, 4))
        )
    cv_style = replace(
        s,
        font=rng.choice(["Helvetica", "Times-Roman"]),
        bold=rng.choice(["Helvetica-Bold", "Times-Bold"]),
    )
    pages += curriculum(rng, cv_style, lg, a, rng.choice([1, 1, 2, 2, 3]))
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        pages.append(certificate_copy(rng, lg, a))
    return pages


CRITERIA = {
    "en": [
        "Relevant experience",
        "Technical knowledge",
        "Communication",
        "Teamwork",
        "Problem solving",
        "Motivation for the role",
        "Health & safety awareness",
        "Availability / notice",
    ],
    "de": [
        "Fachliche Qualifikation",
        "Berufserfahrung",
        "Kommunikation",
        "Teamfaehigkeit",
        "Auftreten",
        "Motivation",
        "Belastbarkeit",
        "Verfuegbarkeit",
    ],
    "fr": [
        "Experience",
        "Competences techniques",
        "Communication",
        "Travail en equipe",
        "Motivation",
        "Disponibilite",
        "Presentation",
    ],
}


def tpl_interview_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """An interview evaluation sheet filled in by hand: candidate, post, panel, a grid of
    criteria rated 1-5, notes, the recommendation and signatures; one or two pages."""
    o = office(who, "employer", ["rule", "plain", "band", "logo"])
    lg = o.lang
    a = take(who, "applicant") or person(rng, lg)
    s = paper(who.style, A4 if lg != "en" else rng.choice([A4, LETTER]), 46, 9)
    w, h = s.page_size
    m = s.margin
    hand = hand_of(rng)
    d = pick_day(rng)
    f = sheets(
        s, o, tr(lg, "Interview record", "Interviewbogen", "Grille d'entretien") + " - " + a.name
    )
    heading(
        f,
        s,
        tr(
            lg,
            "Interview evaluation form",
            "Bewertungsbogen Vorstellungsgespraech",
            "Grille d'evaluation d'entretien",
        ),
        3,
    )
    panel = rng.sample(NAMES[lg], 2)
    f.y = grid_boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Candidate", "Bewerber/in", "Candidat(e)"), a.name),
            (tr(lg, "Position", "Stelle", "Poste"), a.job),
            (tr(lg, "Date of interview", "Datum", "Date"), date_text(d, lg, "short")),
            (tr(lg, "Panel", "Gespraechsteilnehmer", "Jury"), ", ".join(panel)),
        ],
        2,
        hand=hand,
    )
    cols = [m, w - m - 150, w - m]
    f.page.rect(m, f.y, w - 2 * m, 16, fill=0.88)
    f.page.text(m + 4, f.y + 11, tr(lg, "Criterion", "Kriterium", "Critere"), s.bold, 8)
    for k in range(5):
        f.page.text(cols[1] + 15 + k * 28, f.y + 11, str(k + 1), s.bold, 8, "center")
    f.y += 16
    for crit in CRITERIA[lg]:
        f.page.rect(m, f.y, w - 2 * m, 22)
        f.page.text(m + 4, f.y + 14, crit, s.font, 8.5)
        score = rng.randint(1, 4)
        for k in range(5):
            box(f.page, cols[1] + 11 + k * 28, f.y + 15, k == score, 8)
        f.y += 22
    f.y += 14
    heading(f, s, tr(lg, "Notes", "Notizen", "Observations"), 0.5)
    f.y = lines_by_hand(
        f.page,
        m,
        f.y,
        w - 2 * m,
        rng.randint(5, 9),
        [short_words(rng, "en" if lg == "en" else lg, "work", 8) for _ in range(rng.randint(2, 6))],
        hand,
    )
    if rng.random() < 0.45 or f.y > h - 170:
        f.new_page()
        heading(
            f, s, tr(lg, "Questions asked / answers", "Fragen und Antworten", "Questions posees"), 1
        )
        for q in range(rng.randint(4, 7)):
            f.need(60)
            f.page.text(m, f.y, f"{q + 1}. " + short_words(rng, lg, "work", 9) + "?", s.font, 8.5)
            f.y = lines_by_hand(
                f.page,
                m + 12,
                f.y + 16,
                w - 2 * m - 12,
                2,
                [short_words(rng, lg, "work", 7)],
                hand,
                15,
            )
    f.need(90)
    heading(f, s, tr(lg, "Recommendation", "Empfehlung", "Avis"), 0.5)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Offer", "Einstellen", "Retenu"),
            tr(lg, "Reserve list", "Warteliste", "En reserve"),
            tr(lg, "Reject", "Absage", "Non retenu"),
        ],
        {rng.randint(0, 2)},
    )
    f.y += 16
    for k, nm in enumerate(panel):
        scrawl(f.page, m + k * (w - 2 * m) / 2, f.y, nm, 13)
        f.page.text(m + k * (w - 2 * m) / 2, f.y + 16, nm, s.font, 7.5)
    return done(f.pages, s, o, rng.choice(["none", "none", "{i}/{n}"]))


# ---------------------------------------------------------------------------------------------
# Templates Q: contracts
# ---------------------------------------------------------------------------------------------

CLAUSES = {
    "en": [
        "Commencement and continuous employment",
        "Job title and duties",
        "Place of work",
        "Probationary period",
        "Hours of work",
        "Salary",
        "Overtime",
        "Holidays",
        "Sickness absence and pay",
        "Pension",
        "Notice of termination",
        "Confidential information",
        "Data protection",
        "Disciplinary and grievance procedures",
        "Collective agreements",
        "Entire agreement",
    ],
    "de": [
        "Beginn des Arbeitsverhaeltnisses",
        "Taetigkeit",
        "Probezeit",
        "Arbeitszeit",
        "Verguetung",
        "Ueberstunden",
        "Urlaub",
        "Arbeitsverhinderung und Krankheit",
        "Nebentaetigkeit",
        "Verschwiegenheitspflicht",
        "Kuendigung",
        "Ausschlussfristen",
        "Datenschutz",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Engagement",
        "Fonctions",
        "Periode d'essai",
        "Lieu de travail",
        "Duree du travail",
        "Remuneration",
        "Conges payes",
        "Absences et maladie",
        "Confidentialite",
        "Rupture du contrat",
        "Convention collective",
        "Dispositions diverses",
    ],
}


def tpl_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """An employment contract: title and parties (sometimes on a cover page of their own),
    numbered clauses with sub-clauses over several pages, the signature page with initials,
    sometimes an annex with the job description (German Arbeitsvertrag with paragraphs,
    French contrat de travail a duree indeterminee)."""
    o = office(who, "employer")
    lg = o.lang
    e = hand_over(who, "employee", person(rng, lg))
    s = paper(who.style, who.style.page_size if lg == "en" else A4, pt=min(who.style.size, 10))
    w, h = s.page_size
    m = s.margin
    d = pick_day(rng)
    name = tr(
        lg, "Contract of Employment", "Arbeitsvertrag", "Contrat de travail a duree indeterminee"
    )
    cover = rng.random() < 0.3
    f = sheets(s, o, f"{name} - {e.name}", head=not cover)
    if cover:
        f.page.text(
            w / 2,
            h * 0.3,
            name.upper(),
            s.bold,
            shrink(name.upper(), s.bold, 20, w - 2 * m),
            "center",
        )
        f.page.text(
            w / 2, h * 0.3 + 40, tr(lg, "between", "zwischen", "entre"), s.font, s.size, "center"
        )
        f.page.text(w / 2, h * 0.3 + 62, o.name, s.bold, s.size + 2, "center")
        f.page.text(w / 2, h * 0.3 + 84, tr(lg, "and", "und", "et"), s.font, s.size, "center")
        f.page.text(w / 2, h * 0.3 + 106, e.name, s.bold, s.size + 2, "center")
        f.page.text(
            w / 2,
            h * 0.75,
            tr(lg, "Private and confidential", "Vertraulich", "Confidentiel"),
            s.font,
            s.size - 1,
            "center",
        )
        f.new_page()
    else:
        heading(f, s, name, 4)
    body(
        f,
        s,
        tr(
            lg,
            f"This contract is made between {o.name}, {o.street}, {o.town} (the Company) and "
            f"{e.name}, {e.street}, {e.town} (the Employee).",
            f"Zwischen {o.name}, {o.street}, {o.town} - nachfolgend Arbeitgeber - und "
            f"{e.name}, geb. {date_text(e.born, lg, 'short')}, {e.street}, {e.town} - "
            "nachfolgend Arbeitnehmer/in - wird folgender Vertrag geschlossen:",
            f"Entre la societe {o.name}, {o.street}, {o.town}, d'une part, et {e.name}, "
            f"demeurant {e.street}, {e.town}, d'autre part, il a ete convenu ce qui suit :",
        ),
    )
    wage = rng.randint(24, 58) * 1000
    clauses = CLAUSES[lg][:]
    for k, t in enumerate(clauses, 1):
        label = {"de": f"\u00a7 {k} {t}", "fr": f"Article {k} - {t}"}.get(lg, f"{k}. {t.upper()}")
        label = label.replace("\u00a7", "Par.") if rng.random() < 0.5 and lg == "de" else label
        heading(f, s, label, 0.5)
        subs = rng.randint(1, 4)
        for j in range(subs):
            text = prose_block(rng, lg, "terms", 1, 3)
            if k == 1 and j == 0:
                text = (
                    tr(
                        lg,
                        f"Your employment begins on {when(o, d)}. ",
                        f"Das Arbeitsverhaeltnis beginnt am {when(o, d)}. ",
                        f"Le present contrat prend effet le {when(o, d)}. ",
                    )
                    + text
                )
            if "alar" in t or "erguet" in t or "emun" in t:
                text = (
                    tr(
                        lg,
                        f"The salary is {ccy(lg)} {money(wage, lg)} a year, paid monthly in "
                        "arrears. ",
                        f"Das monatliche Bruttogehalt betraegt {money(wage / 13, lg)} EUR. ",
                        f"La remuneration mensuelle brute est fixee a {money(wage / 12, lg)} EUR. ",
                    )
                    + text
                )
            if subs > 1 and lg == "en":
                body(f, s, f"{k}.{j + 1}  {text}", indent=14)
            elif subs > 1:
                body(f, s, f"({j + 1}) {text}", indent=10)
            else:
                body(f, s, text)
    f.need(220)
    f.y += 10
    body(
        f,
        s,
        tr(
            lg,
            "Signed by the parties:",
            "Ort, Datum / Unterschriften:",
            "Fait en deux exemplaires originaux,",
        ),
    )
    f.y += 10
    half = (w - 2 * m) / 2
    for k, (who_, role) in enumerate(
        [
            (rng.choice(NAMES[lg]), tr(lg, "for the Company", "Arbeitgeber", "Pour la societe")),
            (e.name, tr(lg, "Employee", "Arbeitnehmer/in", "Le salarie")),
        ]
    ):
        x = m + k * half
        f.page.text(
            x,
            f.y,
            tr(lg, "", o.town.split()[-1] + ", " + when(o, d), "A Lyon, le " + when(o, d))
            or when(o, d),
            s.font,
            s.size - 1,
        )
        if rng.random() < 0.9:
            scrawl(f.page, x, f.y + 34, who_, 15)
        else:
            f.page.line(x, f.y + 38, x + half - 30, f.y + 38)
        f.page.text(x, f.y + 50, who_, s.font, s.size - 1)
        f.page.text(x, f.y + 62, role, s.font, s.size - 2)
    f.y += 80
    if rng.random() < 0.35:
        f.new_page()
        heading(
            f,
            s,
            tr(
                lg,
                "Annex 1 - Job description",
                "Anlage 1 - Stellenbeschreibung",
                "Annexe 1 - Fiche de poste",
            ),
            2,
            rule=True,
        )
        f.y = grid_boxes(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Job title", "Stelle", "Poste"), e.job),
                (tr(lg, "Department", "Abteilung", "Service"), e.dept),
                (tr(lg, "Reports to", "Vorgesetzte/r", "Responsable"), rng.choice(NAMES[lg])),
            ],
            3,
            hand=s.font,
        )
        for _ in range(rng.randint(6, 12)):
            body(f, s, "- " + short_words(rng, lg, "work", rng.randint(6, 14)), indent=8)
    pages = f.pages
    if rng.random() < 0.4:
        for p in pages[1 if cover else 0 : -1]:
            pw, ph = p.size
            p.text(
                pw - m,
                ph - 26,
                tr(lg, "Initials: ____  ____", "Paraphe: ____  ____", "Paraphes : ____  ____"),
                s.font,
                7,
                "right",
            )
    numbering = (
        o.numbering
        if o.numbering != "none" or rng.random() < 0.5
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    return done(pages, s, o, numbering)


def tpl_amendment(rng: random.Random, who: Issuer) -> list[Page]:
    """A letter varying an employee's contract: the changes in a small table (hours, pay,
    place, title), the effective date, and a slip to sign and return at the foot or on a
    second page (German Aenderungsvereinbarung, French avenant)."""
    o = office(who, "employer")
    lg = o.lang
    e = person(rng, lg)
    s = paper(who.style, who.style.page_size if lg == "en" else A4)
    w, h = s.page_size
    m = s.margin
    d = pick_day(rng)
    eff = d + timedelta(days=rng.randint(14, 60))
    f = sheets(s, o, e.name)
    to_whom(
        f,
        s,
        o,
        [e.name, e.street, e.town],
        d,
        [(tr(lg, "Staff no.", "Personalnr.", "Matricule"), e.staff_no)],
    )
    heading(
        f,
        s,
        tr(
            lg,
            "Variation to your terms and conditions of employment",
            "Aenderung Ihres Arbeitsvertrages",
            "Avenant a votre contrat de travail",
        ),
        1,
    )
    greeting(f, s, lg, e.name)
    body(
        f,
        s,
        tr(
            lg,
            "Further to our recent discussion, I confirm the following changes to your contract "
            f"with effect from {when(o, eff)}.",
            f"wie besprochen, aendern wir Ihren Arbeitsvertrag mit Wirkung zum {when(o, eff)} wie "
            "folgt:",
            "Suite a notre entretien, nous vous confirmons les modifications suivantes a compter "
            f"du {when(o, eff)} :",
        ),
    )
    old_h = rng.choice([37.5, 40, 39, 35, 30])
    new_h = rng.choice([h_ for h_ in (20, 25, 30, 32, 37.5, 40) if h_ != old_h])
    rate = rng.uniform(11, 26)
    rows = [
        [
            tr(lg, "Weekly hours", "Wochenarbeitszeit", "Horaire hebdomadaire"),
            f"{old_h}",
            f"{new_h}",
        ],
        [
            tr(lg, "Hourly rate", "Stundenlohn", "Taux horaire"),
            money(rate, lg),
            money(rate * rng.choice([1, 1.03, 1.05, 1.1]), lg),
        ],
    ]
    if rng.random() < 0.5:
        rows.append([tr(lg, "Job title", "Taetigkeit", "Fonction"), rng.choice(JOBS[lg]), e.job])
    if rng.random() < 0.4:
        rows.append(
            [
                tr(lg, "Place of work", "Arbeitsort", "Lieu de travail"),
                o.town,
                rng.choice(TOWNS[lg]),
            ]
        )
    cols = columns(m, w - m, [(3, "left"), (2, "left"), (2, "left")])
    table(
        f,
        cols,
        ["", tr(lg, "Current", "Bisher", "Actuel"), tr(lg, "New", "Neu", "Nouveau")],
        rows,
        s,
        shade=0.88,
        rules=True,
        step=1.9,
    )
    f.y += 10
    for _ in range(rng.randint(1, 2)):
        body(f, s, prose_block(rng, lg, "terms", 1, 3))
    body(
        f,
        s,
        tr(
            lg,
            "All other terms remain unchanged. Please sign and return the enclosed copy.",
            "Alle uebrigen Bestimmungen bleiben unveraendert. Bitte senden Sie uns die "
            "beiliegende Zweitschrift unterschrieben zurueck.",
            "Les autres clauses de votre contrat restent inchangees.",
        ),
    )
    closing(
        f, s, lg, rng.choice(NAMES[lg]), tr(lg, "HR Manager", "Personalleitung", "Responsable RH")
    )
    if f.y > h - 190 or rng.random() < 0.4:
        f.new_page()
    else:
        f.y += 6
        f.page.text(m, f.y, "- " * int((w - 2 * m) / 7), s.font, 7)
        f.y += 18
    heading(f, s, tr(lg, "Acceptance", "Einverstaendniserklaerung", "Bon pour accord"), 1)
    body(
        f,
        s,
        tr(
            lg,
            f"I, {e.name}, accept the variation to my terms and conditions set out in the letter "
            f"dated {when(o, d)}.",
            f"Ich, {e.name}, bin mit der Aenderung meines Arbeitsvertrages zum {when(o, eff)} "
            "einverstanden.",
            f"Je soussigne(e) {e.name} accepte l'avenant a mon contrat de travail prenant effet "
            f"le {when(o, eff)}.",
        ),
    )
    f.y += 24
    if rng.random() < 0.6:
        scrawl(f.page, m, f.y, e.name)
        f.page.text(
            w / 2,
            f.y,
            date_text(d + timedelta(days=rng.randint(2, 9)), lg, "short"),
            "Courier-Oblique",
            10,
        )
    else:
        f.page.line(m, f.y + 4, m + 160, f.y + 4)
        f.page.line(w / 2, f.y + 4, w / 2 + 100, f.y + 4)
    f.page.text(m, f.y + 16, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7)
    f.page.text(w / 2, f.y + 16, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    return done(f.pages, s, o, "none" if len(f.pages) == 1 else None)


# ---------------------------------------------------------------------------------------------
# Templates Q: pay, time and absence
# ---------------------------------------------------------------------------------------------


def tpl_payslip(rng: random.Random, who: Issuer) -> list[Page]:
    """A payslip for one employee and month: employer, employee and tax details, earnings
    and deductions side by side or one under the other, year-to-date figures and the net pay
    (German Verdienstabrechnung, French bulletin de paie); one page, often several months or
    employees in a row."""
    o = office(who, "employer", ["plain", "rule", "column", "band"])
    lg = o.lang
    e = staff(who, lg) if rng.random() < 0.4 else person(rng, lg)
    size = rng.choice([A4, A4, landscape(A5), LETTER if lg == "en" else A4])
    s = paper(who.style, size, 30 if size != A4 else 40, 8)
    w, h = size
    m = s.margin
    d = pick_day(rng).replace(day=1)
    p = Page(size)
    y = letterhead(p, s, o)
    t = tr(lg, "PAYSLIP", "Verdienstabrechnung", "BULLETIN DE PAIE")
    p.text(w - m, y, t + "  " + month_name(lg, d), s.bold, s.size + 3, "right")
    y += 16
    y = grid_boxes(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Employee", "Name", "Salarie"), e.name),
            (tr(lg, "Staff no.", "Pers.-Nr.", "Matricule"), e.staff_no),
            (tr(lg, "Department", "Abteilung", "Service"), e.dept),
            (
                tr(lg, "Tax code / NI no.", "StKl / Konf.", "N Securite sociale"),
                tr(
                    lg,
                    f"{rng.choice(['1257L', '1257L M1', 'BR', 'K475'])} / "
                    f"{digits(rng, 'AA 99 99 99 A')}",
                    f"{rng.choice(['I', 'III', 'IV', 'V'])} / {rng.choice(['rk', 'ev', '--'])}",
                    digits(rng, "9 99 99 99 999 999"),
                ),
            ),
        ],
        4 if w > 500 else 2,
        h=22,
        hand=s.font,
    )
    gross = rng.randint(1900, 5600) + rng.random()
    earn = [(tr(lg, "Basic pay", "Grundgehalt", "Salaire de base"), gross)]
    if rng.random() < 0.6:
        earn.append(
            (tr(lg, "Overtime 1.5", "Mehrarbeit 25%", "Heures supp. 25%"), rng.uniform(40, 420))
        )
    if rng.random() < 0.4:
        earn.append(
            (tr(lg, "Shift allowance", "Schichtzulage", "Prime d'equipe"), rng.uniform(60, 300))
        )
    if rng.random() < 0.3:
        earn.append(
            (tr(lg, "Holiday pay", "Urlaubsgeld", "Indemnite conges"), rng.uniform(200, 900))
        )
    total = sum(v for _, v in earn)
    ded = {
        "en": [("PAYE tax", 0.16), ("National Insurance", 0.08), ("Pension 5%", 0.05)],
        "de": [
            ("Lohnsteuer", 0.14),
            ("Solidaritaetszuschlag", 0.0),
            ("Kirchensteuer", 0.011),
            ("KV-Beitrag", 0.081),
            ("RV-Beitrag", 0.093),
            ("AV-Beitrag", 0.013),
            ("PV-Beitrag", 0.017),
        ],
        "fr": [
            ("CSG deductible", 0.068),
            ("CSG/CRDS non deductible", 0.029),
            ("Securite sociale plafonnee", 0.069),
            ("Retraite complementaire", 0.04),
            ("Mutuelle", 0.012),
        ],
    }[lg]
    deductions = [(k, total * v) for k, v in ded]
    if rng.random() < 0.3:
        deductions.append(
            (tr(lg, "Student loan", "VWL", "Tickets restaurant"), rng.uniform(20, 120))
        )
    net = total - sum(v for _, v in deductions)
    side = w > 500
    half = (w - 2 * m - 16) / 2 if side else w - 2 * m
    pt = s.size
    for k, (title, rows) in enumerate(
        [
            (tr(lg, "Payments", "Bezuege", "Elements de salaire"), earn),
            (tr(lg, "Deductions", "Abzuege", "Cotisations"), deductions),
        ]
    ):
        x = m + (k * (half + 16) if side else 0)
        yy = y
        p.rect(x, yy, half, 14, fill=0.85)
        p.text(x + 4, yy + 10, title, s.bold, pt)
        yy += 26
        for label, v in rows:
            p.text(x + 4, yy, fit(label, s.font, pt, half * 0.65), s.font, pt)
            p.text(x + half - 4, yy, money(v, lg), "Courier", pt, "right")
            yy += pt * 1.6
        p.rect(x, y, half, yy - y)
        if not side:
            y = yy + 8
    if side:
        y += 26 + pt * 1.6 * max(len(earn), len(deductions)) + 10
    if y < h - 80:
        ytd = [
            (
                tr(lg, "Gross to date", "Gesamtbrutto lfd. Jahr", "Brut cumule"),
                money(total * d.month, lg),
            ),
            (
                tr(lg, "Tax to date", "Steuer lfd. Jahr", "Net imposable cumule"),
                money(total * d.month * 0.15, lg),
            ),
        ]
        y = pairs(p, s, m, y + 4, ytd, w / 2)
    yb = min(y + 6, h - m - 24)
    p.rect(w - m - 180, yb, 180, 22, fill=0.9)
    p.text(w - m - 174, yb + 15, tr(lg, "NET PAY", "Auszahlung", "NET A PAYER"), s.bold, 9)
    p.text(w - m - 6, yb + 15, money(net, lg) + " " + ccy(lg), s.bold, 9, "right")
    if yb + 40 < h - 10 and rng.random() < 0.5:
        p.text(
            m,
            yb + 36,
            fit(
                tr(
                    lg,
                    f"Paid by BACS on {when(o, d + timedelta(days=27))}",
                    f"Ueberweisung auf IBAN DE** **** **** {rng.randint(1000, 9999)} "
                    f"{rng.randint(10, 99)}",
                    "Paiement par virement - conservez ce bulletin sans limitation de duree",
                ),
                s.font,
                6.5,
                w - 2 * m,
            ),
            s.font,
            6.5,
        )
    return [p]


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A timesheet or shift rota on landscape A4: either one employee's month with start,
    end, break and hours written in by hand and the supervisor's signature, or a team's
    week rota with shift codes (German Stundenzettel / Dienstplan, French feuille de temps);
    one or two pages."""
    o = office(who, "employer", ["plain", "rule", "band"])
    lg = o.lang
    size = landscape(A4) if rng.random() < 0.8 else A4
    s = paper(who.style, size, 36, 8)
    w, _ = size
    m = s.margin
    d = pick_day(rng)
    hand = hand_of(rng)
    rota = rng.random() < 0.45
    if rota:
        monday = d - timedelta(days=d.weekday())
        t = (
            tr(lg, "Shift rota", "Dienstplan", "Planning des equipes")
            + " - "
            + tr(lg, "week commencing ", "KW ", "semaine du ")
            + (
                date_text(monday, lg, "short")
                if lg != "de"
                else f"{monday.isocalendar()[1]} / {monday.year}"
            )
        )
        f = sheets(s, o, t)
        heading(f, s, t, 4)
        days = [date_text(monday + timedelta(days=k), lg, "short")[:5] for k in range(7)]
        wd = {
            "en": "Mon Tue Wed Thu Fri Sat Sun",
            "de": "Mo Di Mi Do Fr Sa So",
            "fr": "Lu Ma Me Je Ve Sa Di",
        }[lg].split()
        cols = columns(m, w - m, [(3, "left")] + [(1, "center")] * 7 + [(1, "right")])
        codes = (
            ["E", "E", "L", "L", "N", "-", "-", "OFF", "H"]
            if lg == "en"
            else ["F", "F", "S", "S", "N", "-", "-", "frei", "U"]
            if lg == "de"
            else ["M", "M", "S", "S", "N", "-", "-", "RH", "CP"]
        )
        names = [person(rng, lg).name for _ in range(rng.randint(8, 34))]
        rows = []
        for nm in names:
            shifts = [rng.choice(codes) for _ in range(7)]
            rows.append(
                [nm, *shifts, str(sum(8 for c in shifts if c in ("E", "L", "N", "F", "S", "M")))]
            )
        table(
            f,
            cols,
            [tr(lg, "Name", "Name", "Nom")]
            + [f"{a} {b}" for a, b in zip(wd, days, strict=True)]
            + [tr(lg, "Hrs", "Std", "H")],
            rows,
            s,
            size=8,
            shade=0.85,
            rules=True,
            step=2.0,
        )
        f.y += 10
        f.need(30)
        f.page.text(
            m,
            f.y,
            fit(
                tr(
                    lg,
                    "E = early 06-14  L = late 14-22  N = night 22-06  H = holiday",
                    "F = Frueh 6-14  S = Spaet 14-22  N = Nacht 22-6  U = Urlaub",
                    "M = matin  S = soir  N = nuit  RH = repos  CP = conges",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
        return done(f.pages, s, o, rng.choice(["none", "{i}/{n}"]))
    e = staff(who, lg) if rng.random() < 0.3 else person(rng, lg)
    first = d.replace(day=1)
    t = tr(lg, "Timesheet", "Stundenzettel", "Feuille de temps") + " " + month_name(lg, first)
    f = sheets(s, o, t + " - " + e.name)
    heading(f, s, t, 3)
    f.y = grid_boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), e.name),
            (tr(lg, "Staff no.", "Pers.-Nr.", "Matricule"), e.staff_no),
            (tr(lg, "Department", "Kostenstelle", "Service"), e.dept),
        ],
        3,
        h=22,
        hand=hand,
    )
    cols = columns(
        m,
        w - m,
        [(1.3, "left"), (1, "center"), (1, "center"), (1, "center"), (1, "right"), (4, "left")],
    )
    rows = []
    total = 0.0
    day = first
    while day.month == first.month:
        if day.weekday() < 5 and rng.random() < 0.93:
            a = rng.choice([6, 7, 7, 8, 9])
            b = a + rng.choice([8, 8, 9, 10, 6])
            brk = rng.choice([0.5, 0.5, 0.75, 1.0])
            hrs = b - a - brk
            total += hrs
            rows.append(
                [
                    date_text(day, lg, "short"),
                    f"{a:02d}:{rng.choice(['00', '00', '15', '30'])}",
                    f"{b:02d}:{rng.choice(['00', '00', '30', '45'])}",
                    f"{brk:.2f}",
                    f"{hrs:.2f}",
                    rng.choice(["", "", "", short_words(rng, lg, "work", 3)]),
                ]
            )
        elif day.weekday() < 5:
            rows.append(
                [
                    date_text(day, lg, "short"),
                    "",
                    "",
                    "",
                    "",
                    tr(
                        lg,
                        rng.choice(["Holiday", "Sick"]),
                        rng.choice(["Urlaub", "krank"]),
                        rng.choice(["Conges", "Maladie"]),
                    ),
                ]
            )
        day += timedelta(days=1)
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Start", "Beginn", "Debut"),
            tr(lg, "Finish", "Ende", "Fin"),
            tr(lg, "Break", "Pause", "Pause"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Notes", "Bemerkung", "Remarques"),
        ],
        rows,
        s,
        size=8,
        shade=0.88,
        rules=True,
        step=1.85,
    )
    f.need(60)
    f.y += 8
    f.page.text(
        m,
        f.y,
        tr(lg, "Total hours", "Summe Stunden", "Total heures") + f":  {total:.2f}",
        s.bold,
        9,
    )
    f.y += 26
    scrawl(f.page, m, f.y, e.name, 12)
    scrawl(f.page, w / 2, f.y, rng.choice(NAMES[lg]), 12)
    f.page.text(m, f.y + 14, tr(lg, "Employee", "Mitarbeiter/in", "Salarie"), s.font, 7)
    f.page.text(w / 2, f.y + 14, tr(lg, "Supervisor", "Vorgesetzte/r", "Responsable"), s.font, 7)
    return done(f.pages, s, o, "none")


def tpl_holiday_request(rng: random.Random, who: Issuer) -> list[Page]:
    """A holiday request slip on A5 or A6 filled in by hand: name, dates, days, the
    remaining entitlement, the manager's approval tick and signature (German Urlaubsantrag,
    French demande de conges); a department's slips come in batches."""
    o = office(who, "employer", ["plain", "centred"])
    lg = o.lang
    size = rng.choice([A5, A6, landscape(A6), landscape(A5)])
    s = paper(who.style, size, 22, 8)
    w, h = size
    m = s.margin
    hand = hand_of(rng)
    e = person(rng, lg)
    d = pick_day(rng)
    start = d + timedelta(days=rng.randint(10, 90))
    n = rng.choice([1, 2, 3, 5, 5, 10, 10, 15])
    end = start + timedelta(days=n + (n // 5) * 2 - 1)
    p = Page(size)
    p.text(m, m, fit(o.name, s.font, 7, w - 2 * m), s.font, 7)
    t = tr(lg, "Holiday request", "Urlaubsantrag", "Demande de conges")
    p.text(m, m + 16, t, s.bold, 12 if w < 320 else 14)
    if w > 320:
        p.text(
            w - m,
            m + 16,
            tr(lg, "Form HR-07", "Formular P 12", "Imprime RH 4"),
            s.font,
            6.5,
            "right",
        )
    y = grid_boxes(
        p,
        s,
        m,
        m + 26,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prenom"), e.name),
            (tr(lg, "Department", "Abteilung", "Service"), e.dept),
            (tr(lg, "From", "Vom", "Du"), date_text(start, lg, "short")),
            (tr(lg, "To (incl.)", "Bis einschl.", "Au (inclus)"), date_text(end, lg, "short")),
            (tr(lg, "Working days", "Arbeitstage", "Jours ouvres"), str(n)),
            (tr(lg, "Remaining", "Resturlaub", "Solde"), str(rng.randint(n, 30) - n)),
        ],
        2,
        h=22 if h > 320 else 19,
        hand=hand,
    )
    if y < h - 60:
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Annual leave", "Erholungsurlaub", "Conges payes"),
                tr(lg, "Unpaid", "Unbezahlt", "Sans solde"),
                tr(lg, "Special leave", "Sonderurlaub", "RTT"),
            ],
            {0 if rng.random() < 0.8 else rng.randint(1, 2)},
            7,
        )
    if y < h - 44:
        ok = rng.random() < 0.85
        y = ticks(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [tr(lg, "Approved", "Genehmigt", "Accorde"), tr(lg, "Declined", "Abgelehnt", "Refuse")],
            {0 if ok else 1},
            7,
        )
    yy = min(y + 16, h - m + 4)
    scrawl(p, m, yy, e.name, 11)
    scrawl(p, w / 2 + 4, yy, rng.choice(NAMES[lg]), 11)
    if yy + 10 < h - 6:
        p.text(m, yy + 10, date_text(d, lg, "short"), hand, 7)
    return [p]


def sick_de(rng: random.Random, who: Issuer, e: Person, d: date, follow: bool) -> Page:
    doc = office(who, "doctor")
    size = A5 if rng.random() < 0.6 else landscape(A6)
    w, h = size
    p = Page(size)
    m = 16
    p.text(m, m + 4, "Arbeitsunfaehigkeitsbescheinigung", "Helvetica-Bold", 10 if w < 400 else 12)
    if w > 380:
        p.text(w - m, m + 4, "Ausfertigung zur Vorlage beim Arbeitgeber", "Helvetica", 6, "right")
    x2 = w * 0.62
    step = 15 if w < 400 else 16
    p.rect(m, m + 12, x2 - m - 6, 5 * step + 10)
    yy = m + 22
    for cap, val in [
        (
            "Krankenkasse bzw. Kostentraeger",
            rng.choice(["AOK Baden-Wuerttemberg", "TK", "Barmer", "DAK-Gesundheit", "IKK classic"]),
        ),
        ("Name, Vorname des Versicherten", e.name),
        ("geb. am", date_text(e.born, "de", "short")),
        ("Versicherten-Nr.", digits(rng, "A999999999")),
        ("Betriebsstaetten-Nr. / Arzt-Nr.", digits(rng, "999999999  999999999")),
    ]:
        p.text(m + 3, yy, cap, "Helvetica", 5.5)
        p.text(m + 3, yy + 7, fit(val, "Courier", 7, x2 - m - 14), "Courier", 7)
        yy += step
    kinds = ["Erstbescheinigung", "Folgebescheinigung"]
    y = m + 5 * step + 36
    for k, t in enumerate(kinds):
        box(p, m + k * 100, y, (k == 1) == follow, 7)
        p.text(m + 11 + k * 100, y, t, "Helvetica", 7)
    since = d - timedelta(days=rng.randint(0, 3))
    until = d + timedelta(days=rng.randint(2, 12))
    y += 14
    for cap, val in [
        ("arbeitsunfaehig seit", date_text(since, "de", "short")),
        ("voraussichtlich arbeitsunfaehig bis einschliesslich", date_text(until, "de", "short")),
        ("festgestellt am", date_text(d, "de", "short")),
    ]:
        if y > h - 40:
            break
        p.text(m, y, cap, "Helvetica", 6.5)
        p.text(x2 - 10, y, val, "Courier-Bold", 8, "right")
        y += 13
    st = min(y + 4, h - 50)
    p.rect(x2, m + 12, w - m - x2, 60)
    for k, ln in enumerate([*doc.name.split(", "), doc.street, doc.town]):
        p.text(x2 + 4, m + 22 + k * 8, fit(ln, "Helvetica", 6, w - m - x2 - 8), "Helvetica", 6)
    p.text(x2 + 4, m + 66, "Vertragsarztstempel / Unterschrift", "Helvetica", 5)
    scrawl(p, x2 + 8, min(m + 90, st + 30), doc.name.split(",")[0].split()[-1], 12)
    if w > 380 and y < h - 30:
        p.text(
            m,
            h - 18,
            "Muster 1b (1.2023)  -  Diagnose wird dem Arbeitgeber nicht mitgeteilt",
            "Helvetica",
            5.5,
        )
    return p


def sick_en(rng: random.Random, who: Issuer, e: Person, d: date) -> Page:
    doc = office(who, "doctor")
    w, h = A5
    p = Page(A5)
    m = 24
    p.text(m, m + 6, "Statement of Fitness for Work", "Helvetica-Bold", 12)
    p.text(m, m + 18, "for social security or statutory sick pay", "Helvetica", 7)
    y = grid_boxes(
        p,
        paper(who.style, A5, m, 8),
        m,
        m + 28,
        w - 2 * m,
        [("Patient's name", e.name), ("Date of birth", date_text(e.born, "en", "short"))],
        2,
        h=22,
        hand="Courier",
    )
    p.text(m, y + 4, "I assessed your case on:  " + date_text(d, "en", "short"), "Helvetica", 7.5)
    p.text(m, y + 18, "and, because of the following condition(s):", "Helvetica", 7.5)
    p.text(
        m + 10,
        y + 32,
        rng.choice(
            [
                "Lower back pain",
                "Viral illness",
                "Stress at work",
                "Post-operative recovery",
                "Gastroenteritis",
                "Sprained ankle",
            ]
        ),
        "Courier-Oblique",
        10,
    )
    y += 46
    fit_ = rng.random() < 0.3
    for k, t in enumerate(
        [
            "you are not fit for work.",
            "you may be fit for work taking account of the following advice:",
        ]
    ):
        box(p, m, y, (k == 1) == fit_, 7)
        p.text(m + 11, y, t, "Helvetica", 7.5)
        y += 13
    if fit_:
        y = ticks(
            p,
            paper(who.style, A5, m, 8),
            m + 10,
            y,
            w - 2 * m - 10,
            ["a phased return to work", "altered hours", "amended duties", "workplace adaptations"],
            {rng.randint(0, 3)},
            6.5,
        )
    p.text(
        m,
        y + 6,
        f"This will be the case for {rng.choice(['1 week', '2 weeks', '10 days', '1 month'])}  or "
        f"from {date_text(d, 'en', 'short')} to "
        f"{date_text(d + timedelta(days=rng.randint(5, 28)), 'en', 'short')}",
        "Helvetica",
        7.5,
    )
    y += 26
    p.text(m, y, "I will / will not need to assess your fitness for work again.", "Helvetica", 7)
    y += 22
    scrawl(p, m, y, doc.name.split(",")[0].replace("Dr ", ""), 12)
    p.text(m, y + 12, "Doctor's signature", "Helvetica", 6)
    p.rect(w / 2, y - 24, w / 2 - m, 44)
    for k, ln in enumerate([doc.name, doc.street, doc.town]):
        p.text(
            w / 2 + 4, y - 14 + k * 9, fit(ln, "Helvetica", 6.5, w / 2 - m - 8), "Helvetica", 6.5
        )
    p.text(m, h - 20, "FMed 10  04/22", "Helvetica", 6)
    return p


def sick_fr(rng: random.Random, who: Issuer, e: Person, d: date) -> Page:
    doc = office(who, "doctor")
    w, h = A4
    p = Page(A4)
    m = 40
    p.rect(m, m, 110, 22, fill=0.8)
    p.text(m + 55, m + 15, "cerfa N 10170*07", "Helvetica-Bold", 8, "center")
    p.text(w / 2 + 40, m + 10, "AVIS D'ARRET DE TRAVAIL", "Helvetica-Bold", 13, "center")
    p.text(
        w / 2 + 40,
        m + 24,
        "volet 3 - a adresser par l'assure a son employeur",
        "Helvetica",
        7,
        "center",
    )
    s = paper(who.style, A4, m, 8)
    y = grid_boxes(
        p,
        s,
        m,
        m + 44,
        w - 2 * m,
        [
            ("Nom et prenom de l'assure", e.name),
            ("Numero d'immatriculation", digits(rng, "9 99 99 99 999 999 99")),
            ("Adresse", f"{e.street}, {e.town}"),
            ("Employeur", office(who, "employer").name),
        ],
        2,
        h=26,
        hand="Courier",
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        ["arret de travail initial", "prolongation", "temps partiel therapeutique"],
        {rng.randint(0, 1)},
        8,
    )
    p.text(
        m,
        y + 4,
        "Arret de travail jusqu'au "
        f"{date_text(d + timedelta(days=rng.randint(3, 21)), 'fr', 'short')} inclus",
        "Courier-Bold",
        10,
    )
    y += 26
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        ["sorties autorisees", "sorties libres", "sorties non autorisees"],
        {rng.randint(0, 2)},
        8,
    )
    y += 20
    p.rect(m, y, w - 2 * m, 70)
    p.text(m + 6, y + 12, "Identification du prescripteur", "Helvetica", 7)
    for k, ln in enumerate(
        [doc.name, doc.street + ", " + doc.town, "RPPS " + digits(rng, "99999999999")]
    ):
        p.text(m + 6, y + 26 + k * 11, ln, "Helvetica", 8)
    scrawl(p, w - m - 160, y + 50, doc.name.split(",")[0].replace("Dr ", ""), 13)
    p.text(m, y + 92, f"Fait le {date_text(d, 'fr', 'short')}", "Courier", 9)
    p.text(
        m, h - 40, "Le volet 3 est a envoyer a votre employeur dans les 48 heures.", "Helvetica", 7
    )
    return p


def tpl_sick_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A doctor's certificate of incapacity for work as handed to the employer: a German
    AU-Bescheinigung (first or follow-up certificate, A5 or A6), a British fit note, a
    French avis d'arret de travail (volet 3); one page, often several in a row."""
    lg = office(who, "employer").lang
    e = staff(who, lg) if rng.random() < 0.5 else person(rng, lg)
    d = pick_day(rng)
    if lg == "de":
        p = sick_de(rng, who, e, d, rng.random() < 0.4)
    elif lg == "fr":
        p = sick_fr(rng, who, e, d)
    else:
        p = sick_en(rng, who, e, d)
    if rng.random() < 0.5:
        w, h = p.size
        received(p, w - 126, h - 56, lg, d + timedelta(days=rng.randint(1, 5)))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates Q: performance, conduct, leaving
# ---------------------------------------------------------------------------------------------


def tpl_reference(rng: random.Random, who: Issuer) -> list[Page]:
    """A reference on letterhead: an English letter 'To whom it may concern' or to a named
    employer, a German Arbeitszeugnis (title, dates, duties, the coded assessment, the
    closing formula; one or two pages) or a French certificat de travail (short, fixed
    wording, 'libre de tout engagement')."""
    o = office(who, "employer")
    lg = o.lang
    e = person(rng, lg)
    s = paper(who.style, who.style.page_size if lg == "en" else A4)
    w, _ = s.page_size
    m = s.margin
    d = pick_day(rng)
    since = d - timedelta(days=rng.randint(400, 4000))
    f = sheets(s, o, tr(lg, "Reference", "Arbeitszeugnis", "Certificat de travail") + " " + e.name)
    if lg == "en":
        if rng.random() < 0.5:
            firm = rng.choice([x for x in FIRMS["employer"] if x[1] == "en"])
            to_whom(f, s, o, [tr(lg, "HR Department"), firm[0], firm[2], firm[3]], d, [])
            greeting(f, s, lg)
        else:
            f.page.text(w - m, f.y, when(o, d), s.font, s.size, "right")
            f.y += 30
            f.page.text(m, f.y, "TO WHOM IT MAY CONCERN", s.bold, s.size)
            f.y += 26
        heading(f, s, f"Reference: {e.name}", 0)
        body(
            f,
            s,
            f"{e.name} was employed by {o.name} from {when(o, since)} to {when(o, d)} as {e.job}.",
        )
        for _ in range(rng.randint(1, 4)):
            body(f, s, prose_block(rng, lg, "work"))
        body(
            f,
            s,
            rng.choice(
                [
                    "I would have no hesitation in recommending them.",
                    "Please do not hesitate to contact me should you require further information.",
                    "This reference is given in confidence and without liability.",
                ]
            ),
        )
        closing(
            f,
            s,
            lg,
            rng.choice(NAMES[lg]),
            rng.choice(["HR Manager", "Operations Director", "People Partner"]),
        )
        return done(f.pages, s, o, "none")
    if lg == "de":
        f.y += 30
        f.page.text(
            w / 2,
            f.y,
            rng.choice(["Arbeitszeugnis", "Qualifiziertes Arbeitszeugnis", "Zwischenzeugnis"]),
            s.bold,
            s.size + 6,
            "center",
        )
        f.y += 40
        body(
            f,
            s,
            f"Frau/Herr {e.name}, geboren am {date_text(e.born, lg, 'short')}, war vom "
            f"{when(o, since)} bis zum {when(o, d)} in unserem Unternehmen als {e.job} in der "
            f"Abteilung {e.dept} taetig.",
        )
        body(f, s, f"Die {o.name} " + prose_block(rng, lg, "work", 1, 2))
        body(f, s, "Zu den Aufgaben gehoerten insbesondere:")
        for _ in range(rng.randint(4, 8)):
            body(
                f, s, "- " + short_words(rng, lg, "work", rng.randint(5, 10)), indent=12, pt=s.size
            )
        for _ in range(rng.randint(2, 6)):
            body(f, s, prose_block(rng, lg, "work"))
        body(
            f,
            s,
            rng.choice(
                [
                    "Sie/Er erledigte die ihr/ihm uebertragenen Aufgaben stets zu unserer "
                    "vollsten Zufriedenheit.",
                    "Ihre/Seine Leistungen fanden stets unsere volle Anerkennung.",
                    "Das Verhalten gegenueber Vorgesetzten und Kollegen war stets einwandfrei.",
                ]
            ),
        )
        body(
            f,
            s,
            "Das Arbeitsverhaeltnis endet auf eigenen Wunsch. Wir bedauern diese Entscheidung, "
            "danken fuer die gute Zusammenarbeit und wuenschen fuer die Zukunft alles Gute.",
        )
        f.need(80)
        f.page.text(m, f.y + 10, f"{o.town.split()[-1]}, {when(o, d)}", s.font, s.size)
        scrawl(f.page, m, f.y + 50, rng.choice(NAMES[lg]))
        f.page.text(m, f.y + 64, "Geschaeftsfuehrung / Personalleitung", s.font, s.size - 1)
        return done(f.pages, s, o, rng.choice(["none", "2:- {i} -", "Seite {i} von {n}"]))
    f.y += 40
    f.page.text(w / 2, f.y, "CERTIFICAT DE TRAVAIL", s.bold, s.size + 6, "center")
    f.y += 50
    body(
        f,
        s,
        f"Je soussigne(e) {rng.choice(NAMES[lg])}, agissant en qualite de directeur des "
        f"ressources humaines de la societe {o.name}, {o.street}, {o.town}, certifie que :",
    )
    body(
        f,
        s,
        f"{e.name}, demeurant {e.street}, {e.town}, a ete employe(e) du {when(o, since)} au "
        f"{when(o, d)} en qualite de {e.job}.",
    )
    if rng.random() < 0.5:
        body(
            f,
            s,
            "Au cours de cette periode, il/elle a occupe successivement les emplois suivants : "
            + ", ".join(rng.sample(JOBS[lg], 2))
            + ".",
        )
    body(f, s, f"{e.name} nous quitte ce jour libre de tout engagement.")
    body(f, s, "Le present certificat est delivre pour servir et valoir ce que de droit.")
    f.y += 20
    f.page.text(w - m - 200, f.y, f"Fait a {o.town.split()[-1]}, le {when(o, d)}", s.font, s.size)
    scrawl(f.page, w - m - 200, f.y + 40, rng.choice(NAMES[lg]))
    if rng.random() < 0.6:
        f.page.rect(w - m - 150, f.y + 56, 140, 40)
        f.page.text(
            w - m - 80,
            f.y + 72,
            o.name,
            "Helvetica-Bold",
            shrink(o.name, "Helvetica-Bold", 7, 132),
            "center",
        )
        f.page.text(w - m - 80, f.y + 84, o.town, "Helvetica", 6, "center")
    return done(f.pages, s, o, "none")


COMPETENCES = {
    "en": [
        "Quality of work",
        "Productivity",
        "Job knowledge",
        "Reliability",
        "Teamwork",
        "Communication",
        "Initiative",
        "Attendance",
        "Leadership",
        "Customer focus",
    ],
    "de": [
        "Arbeitsqualitaet",
        "Arbeitsmenge",
        "Fachwissen",
        "Zuverlaessigkeit",
        "Zusammenarbeit",
        "Kommunikation",
        "Eigeninitiative",
        "Fuehrungsverhalten",
        "Kundenorientierung",
    ],
    "fr": [
        "Qualite du travail",
        "Productivite",
        "Connaissances",
        "Fiabilite",
        "Esprit d'equipe",
        "Communication",
        "Initiative",
        "Encadrement",
    ],
}


def tpl_appraisal(rng: random.Random, who: Issuer) -> list[Page]:
    """An annual appraisal form: employee and reviewer details, last year's objectives with
    a rating, a competence grid rated by tick boxes, comments by hand, next year's objectives
    and training needs, signatures; three to five pages, numbered on the form's own
    footer (German Mitarbeitergespraech, French entretien annuel d'evaluation)."""
    o = office(who, "employer", ["rule", "band", "logo", "plain"])
    lg = o.lang
    e = hand_over(who, "trainee", person(rng, lg))
    s = paper(who.style, who.style.page_size if lg == "en" else A4, 46, 9)
    w, _ = s.page_size
    m = s.margin
    hand = hand_of(rng)
    d = pick_day(rng)
    title = tr(
        lg,
        f"Performance review {d.year}",
        f"Mitarbeiterjahresgespraech {d.year}",
        f"Entretien annuel d'evaluation {d.year}",
    )
    f = sheets(s, o, title + " - " + e.name)
    heading(f, s, title, 4)
    f.y = grid_boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Employee", "Mitarbeiter/in", "Salarie(e)"), e.name),
            (tr(lg, "Staff no.", "Pers.-Nr.", "Matricule"), e.staff_no),
            (tr(lg, "Job title", "Funktion", "Poste"), e.job),
            (tr(lg, "Department", "Abteilung", "Service"), e.dept),
            (tr(lg, "Reviewer", "Fuehrungskraft", "Evaluateur"), rng.choice(NAMES[lg])),
            (
                tr(lg, "Date of meeting", "Datum des Gespraechs", "Date de l'entretien"),
                date_text(d, lg, "short"),
            ),
        ],
        2,
        hand=hand,
    )
    scale = tr(
        lg,
        "1 = below  2 = partly met  3 = met  4 = exceeded  5 = outstanding",
        "1 = nicht erfuellt ... 5 = deutlich uebertroffen",
        "1 = insuffisant ... 5 = excellent",
    )
    heading(
        f,
        s,
        tr(
            lg, "1. Objectives for the review period", "1. Zielerreichung", "1. Bilan des objectifs"
        ),
        1.5,
        rule=True,
    )
    for k in range(rng.randint(3, 5)):
        f.need(70)
        f.page.text(
            m,
            f.y,
            f"{tr(lg, 'Objective', 'Ziel', 'Objectif')} {k + 1}: "
            + short_words(rng, lg, "work", 8),
            s.font,
            s.size,
        )
        f.y = lines_by_hand(
            f.page, m + 10, f.y + 16, w - 2 * m - 70, 2, [short_words(rng, lg, "work", 8)], hand, 15
        )
        f.page.rect(w - m - 40, f.y - 34, 40, 24)
        f.page.text(w - m - 20, f.y - 17, str(rng.randint(2, 5)), hand, 11, "center")
        f.y += 4
    f.new_page()
    heading(f, s, tr(lg, "2. Competences", "2. Kompetenzen", "2. Competences"), 1.5, rule=True)
    f.page.text(m, f.y, scale, s.font, 7)
    f.y += 14
    xs = w - m - 5 * 26
    for k in range(5):
        f.page.text(xs + 13 + k * 26, f.y, str(k + 1), s.bold, 8, "center")
    f.y += 8
    for c in COMPETENCES[lg]:
        f.page.rect(m, f.y, w - 2 * m, 40)
        f.page.text(m + 4, f.y + 12, c, s.bold, 8.5)
        f.page.text(
            m + 4,
            f.y + 26,
            fit(short_words(rng, lg, "work", 10), s.font, 7, xs - m - 12),
            s.font,
            7,
        )
        v = rng.choice([2, 3, 3, 4, 4])
        for k in range(5):
            box(f.page, xs + 9 + k * 26, f.y + 24, k + 1 == v, 8)
        f.y += 40
    f.new_page()
    heading(f, s, tr(lg, "3. Comments", "3. Anmerkungen", "3. Commentaires"), 1.5, rule=True)
    for who_ in (
        tr(lg, "Reviewer", "Fuehrungskraft", "Evaluateur"),
        tr(lg, "Employee", "Mitarbeiter/in", "Salarie(e)"),
    ):
        f.page.text(m, f.y, who_ + ":", s.bold, s.size)
        f.y = lines_by_hand(
            f.page,
            m,
            f.y + 18,
            w - 2 * m,
            6,
            [short_words(rng, lg, "work", 9) for _ in range(rng.randint(1, 5))],
            hand,
        )
        f.y += 8
    heading(
        f,
        s,
        tr(
            lg,
            "4. Objectives and training for next year",
            "4. Ziele und Weiterbildung",
            "4. Objectifs et formation",
        ),
        1.5,
        rule=True,
    )
    cols = columns(m, w - m, [(5, "left"), (2, "left"), (1.2, "center")])
    rows = [
        [short_words(rng, lg, "work", 7), rng.choice(["Q1", "Q2", "Q3", "Q4", "31/12"]), ""]
        for _ in range(rng.randint(3, 6))
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Objective / measure", "Ziel / Massnahme", "Objectif / action"),
            tr(lg, "By", "Bis", "Echeance"),
            tr(lg, "Done", "Erledigt", "Fait"),
        ],
        rows,
        s,
        rules=True,
        step=2.2,
    )
    f.need(100)
    f.y += 20
    half = (w - 2 * m) / 2
    for k, nm in enumerate([rng.choice(NAMES[lg]), e.name]):
        scrawl(f.page, m + k * half, f.y + 20, nm, 13)
        f.page.text(m + k * half, f.y + 34, nm + ", " + date_text(d, lg, "short"), s.font, 7)
    return done(
        f.pages,
        s,
        o,
        rng.choice(
            [tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "{i}/{n}", "none"]
        ),
    )


def tpl_training_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A training certificate on landscape A4 (sometimes portrait): the provider, the
    participant's name large, the course, date, hours, sometimes a list of contents and a
    validity date, two signatures; little text. A course's certificates come together."""
    o = office(who, "trainer")
    lg = o.lang
    e = take(who, "trainee") or person(rng, lg)
    size = landscape(A4) if rng.random() < 0.75 else A4
    w, h = size
    p = Page(size)
    font = rng.choice(["Times", "Helvetica"])
    reg, bold, ital = (
        (f"{font}-Roman", f"{font}-Bold", f"{font}-Italic")
        if font == "Times"
        else ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    )
    if rng.random() < 0.7:
        p.rect(20, 20, w - 40, h - 40)
        if rng.random() < 0.5:
            p.rect(26, 26, w - 52, h - 52)
    p.text(w / 2, 70, fit(o.name, bold, 12, w - 120), bold, 12, "center")
    course = rng.choice(
        {
            "en": [
                "Emergency First Aid at Work",
                "Manual Handling",
                "IOSH Managing Safely",
                "Fire Marshal",
                "Counterbalance Forklift - Novice",
                "Food Hygiene Level 2",
            ],
            "de": [
                "Ersthelfer-Grundausbildung",
                "Flurfoerderzeugfuehrer (Stapler)",
                "Brandschutzhelfer",
                "Elektrofachkraft fuer festgelegte Taetigkeiten",
                "Sicherheitsbeauftragte/r",
            ],
            "fr": [
                "Sauveteur Secouriste du Travail",
                "CACES R489 categorie 3",
                "Habilitation electrique B0 H0",
                "Gestes et postures",
                "Equipier de premiere intervention",
            ],
        }[lg]
    )
    big = tr(
        lg,
        rng.choice(["CERTIFICATE", "Certificate of Attendance", "Certificate of Achievement"]),
        rng.choice(["TEILNAHMEBESCHEINIGUNG", "Zertifikat"]),
        rng.choice(["ATTESTATION DE FORMATION", "Certificat"]),
    )
    p.text(w / 2, h * 0.25, big, bold, shrink(big, bold, 30, w - 120), "center")
    p.text(
        w / 2,
        h * 0.25 + 34,
        tr(lg, "This is to certify that", "Hiermit wird bestaetigt, dass", "Nous certifions que"),
        ital,
        12,
        "center",
    )
    p.text(w / 2, h * 0.25 + 72, e.name, bold, 24, "center")
    d = pick_day(rng)
    lines = [
        tr(
            lg,
            "has successfully completed",
            "erfolgreich teilgenommen hat an",
            "a suivi avec succes la formation",
        ),
        course,
        tr(
            lg,
            f"on {date_text(d, lg, 'long')} ({rng.choice([3, 6, 7, 14, 16])} hours)",
            f"am {date_text(d, lg, 'long')} (Umfang {rng.choice([8, 9, 16, 24])} UE)",
            f"le {date_text(d, lg, 'long')} (duree {rng.choice([7, 14, 21])} heures)",
        ),
    ]
    y = h * 0.25 + 106
    for k, t in enumerate(lines):
        pt = 14 if k == 1 else 11
        p.text(
            w / 2,
            y,
            fit(t, bold if k == 1 else reg, pt, w - 120),
            bold if k == 1 else reg,
            pt,
            "center",
        )
        y += 22
    if rng.random() < 0.4:
        p.text(
            w / 2,
            y + 6,
            tr(
                lg,
                f"Valid until {date_text(d + timedelta(days=3 * 365), lg, 'short')}",
                f"Gueltig bis {date_text(d + timedelta(days=2 * 365), lg, 'short')}",
                f"Valable jusqu'au {date_text(d + timedelta(days=2 * 365), lg, 'short')}",
            ),
            reg,
            9,
            "center",
        )
    for k in range(2):
        x = w * (0.18 + 0.5 * k)
        scrawl(p, x, h - 100, rng.choice(NAMES[lg]), 14)
        p.text(
            x,
            h - 84,
            tr(
                lg,
                ["Course tutor", "Director"][k],
                ["Trainer/in", "Leitung"][k],
                ["Formateur", "Directeur"][k],
            ),
            reg,
            8,
        )
    p.text(
        w - 40,
        h - 34,
        tr(lg, "Cert. no. ", "Nr. ", "N ") + digits(rng, "99999/99"),
        reg,
        7,
        "right",
    )
    return [p]


def tpl_disciplinary(rng: random.Random, who: Issuer) -> list[Page]:
    """A disciplinary letter marked private and confidential: an invitation to a
    disciplinary hearing, a written warning, a German Abmahnung or a French convocation a un
    entretien prealable; one or two pages, sometimes with the notes of the investigation
    meeting enclosed (a question and answer record)."""
    o = office(who, "employer")
    lg = o.lang
    e = person(rng, lg)
    s = paper(who.style, who.style.page_size if lg == "en" else A4)
    w, _ = s.page_size
    m = s.margin
    d = pick_day(rng)
    f = sheets(s, o, e.name + " - " + when(o, d))
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "PRIVATE AND CONFIDENTIAL",
            "PERSOENLICH / VERTRAULICH",
            "LETTRE RECOMMANDEE AVEC AR",
        ),
        s.bold,
        s.size - 1,
    )
    f.y += 16
    to_whom(
        f,
        s,
        o,
        [e.name, e.street, e.town],
        d,
        [(tr(lg, "Our ref.", "Unser Zeichen", "Ref."), digits(rng, "HR/AA/999"))],
    )
    kind = rng.choice(["hearing", "warning"]) if lg == "en" else "warning"
    t = tr(
        lg,
        "Invitation to a disciplinary hearing" if kind == "hearing" else "First written warning",
        "Abmahnung",
        "Convocation a un entretien prealable a une sanction disciplinaire",
    )
    heading(f, s, t, 1.5)
    greeting(f, s, lg, e.name)
    incident = d - timedelta(days=rng.randint(3, 20))
    body(
        f,
        s,
        tr(
            lg,
            f"I am writing regarding the events of {when(o, incident)}. "
            + prose_block(rng, lg, "conduct", 1, 2),
            f"am {when(o, incident)} haben Sie gegen Ihre arbeitsvertraglichen Pflichten "
            "verstossen. " + prose_block(rng, lg, "conduct", 1, 2),
            "Nous vous informons que nous envisageons de prendre a votre egard une sanction "
            f"disciplinaire. Les faits du {when(o, incident)} : "
            + prose_block(rng, lg, "conduct", 1, 2),
        ),
    )
    for _ in range(rng.randint(1, 3)):
        body(f, s, prose_block(rng, lg, "conduct"))
    body(
        f,
        s,
        tr(
            lg,
            "You have the right to be accompanied by a colleague or a trade union representative.",
            "Wir fordern Sie hiermit auf, Ihre arbeitsvertraglichen Pflichten kuenftig "
            "einzuhalten. Im Wiederholungsfall muessen Sie mit einer Kuendigung rechnen. Eine "
            "Kopie dieses Schreibens wird zur Personalakte genommen.",
            f"Cet entretien aura lieu le {when(o, d + timedelta(days=8))} a 10h00. Vous pouvez "
            "vous faire assister par une personne de votre choix appartenant au personnel de "
            "l'entreprise.",
        ),
    )
    closing(
        f,
        s,
        lg,
        rng.choice(NAMES[lg]),
        tr(lg, "HR Business Partner", "Personalleitung", "Directeur des ressources humaines"),
    )
    if lg == "de" and rng.random() < 0.6:
        f.need(40)
        f.page.text(m, f.y, "Erhalten: _____________  Datum: ________", s.font, s.size - 1)
        f.y += 20
    if rng.random() < 0.35:
        f.new_page()
        heading(
            f,
            s,
            tr(lg, "Notes of investigation meeting", "Gespraechsnotiz", "Compte rendu d'entretien"),
            2,
            rule=True,
        )
        f.y = grid_boxes(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    tr(lg, "Present", "Anwesend", "Presents"),
                    ", ".join(rng.sample(NAMES[lg], 2)) + ", " + e.name,
                ),
                (
                    tr(lg, "Date", "Datum", "Date"),
                    date_text(incident + timedelta(days=2), lg, "short"),
                ),
            ],
            2,
            hand=s.font,
        )
        for _ in range(rng.randint(5, 12)):
            f.need(40)
            body(
                f,
                s,
                "Q: " + short_words(rng, lg, "conduct", rng.randint(6, 12)) + "?",
                pt=s.size - 1,
            )
            body(f, s, "A: " + prose(rng, lg, "conduct"), indent=14, pt=s.size - 1)
    return done(f.pages, s, o, "none" if len(f.pages) == 1 else None)


def tpl_resignation(rng: random.Random, who: Issuer) -> list[Page]:
    """An employee's resignation letter: short, typed or written by hand on A4, A5 or a
    pad (sometimes ruled), with the last working day; stamped on receipt."""
    lg = office(who, "employer").lang
    e = hand_over(who, "leaver", person(rng, lg))
    firm = office(who, "employer")
    handwritten = rng.random() < 0.45
    size = (
        rng.choice([A4, A5]) if handwritten else rng.choice([A4, A4, LETTER if lg == "en" else A4])
    )
    w, h = size
    m = 36 if size == A5 else 60
    font = hand_of(rng) if handwritten else rng.choice(["Helvetica", "Times-Roman"])
    pt = 11 if handwritten else 10
    p = Page(size)
    ruled = handwritten and rng.random() < 0.5
    step = 20 if ruled else pt * 1.4
    if ruled:
        for k in range(int((h - 60) / 20)):
            p.line(16, 50 + k * 20, w - 16, 50 + k * 20)
        if rng.random() < 0.5:
            p.line(m - 8, 0, m - 8, h)
    d = pick_day(rng)
    y = m
    for ln in [e.name, e.street, e.town]:
        p.text(w - m, y, ln, font, pt - 1, "right")
        y += step
    y += 14
    for ln in [firm.name, tr(lg, "Human Resources", "Personalabteilung", "Service du personnel")]:
        p.text(m, y, fit(ln, font, pt, w - 2 * m), font, pt)
        y += step
    y += 12
    p.text(w - m, y, date_text(d, lg, "long"), font, pt, "right")
    y += 30
    p.text(
        m,
        y,
        tr(lg, "Resignation", "Kuendigung meines Arbeitsverhaeltnisses", "Objet : demission"),
        font if handwritten else "Helvetica-Bold",
        pt,
    )
    y += 26
    end = d + timedelta(days=rng.choice([7, 28, 30, 31, 60, 90]))
    texts = tr(
        lg,
        "Please accept this letter as formal notice of my resignation from my position as "
        f"{e.job}. My last day of work will be {date_text(end, lg, 'long')}."
        + rng.choice(
            [
                "",
                " Thank you for the opportunities I have had during my time with the company.",
                " I am happy to help with the handover of my duties.",
            ]
        ),
        "hiermit kuendige ich mein Arbeitsverhaeltnis fristgerecht zum "
        f"{date_text(end, lg, 'long')}, hilfsweise zum naechstmoeglichen Zeitpunkt. Bitte "
        "bestaetigen Sie mir den Erhalt der Kuendigung schriftlich."
        + rng.choice(["", " Ich bitte um ein qualifiziertes Arbeitszeugnis."]),
        "Par la presente, je vous informe de ma decision de demissionner de mon poste de "
        f"{e.job}. Mon preavis prendra fin le {date_text(end, lg, 'long')}."
        + rng.choice(
            [
                "",
                " Je vous prie de bien vouloir me remettre mon certificat de travail et mon solde "
                "de tout compte.",
            ]
        ),
    )
    p.text(
        m,
        y,
        tr(
            lg,
            f"Dear {rng.choice(NAMES[lg]).split()[0]},",
            "Sehr geehrte Damen und Herren,",
            "Madame, Monsieur,",
        ),
        font,
        pt,
    )
    y += pt * 2.2
    for ln in wrap(texts, font, pt, w - 2 * m):
        p.text(m, y, ln, font, pt)
        y += 20 if ruled else pt * (1.85 if handwritten else 1.4)
    y += 20
    p.text(
        m,
        y,
        tr(
            lg,
            rng.choice(["Yours sincerely,", "Kind regards,"]),
            "Mit freundlichen Gruessen",
            "Veuillez agreer mes salutations distinguees.",
        ),
        font,
        pt,
    )
    scrawl(p, m, y + 34, e.name, 16)
    if not handwritten:
        p.text(m, y + 50, e.name, font, pt)
    if ruled:  # the writer keeps to the lines: each line of writing sits on a rule
        for k, (kind, args) in enumerate(p.items):
            if kind == "text" and args[3] == font:
                y0 = float(args[1])  # type: ignore[arg-type]
                y1 = 48 + 20 * max(0, -(-(y0 - 48) // 20))
                p.items[k] = (kind, (args[0], y1, *args[2:]))
    if rng.random() < 0.7:
        received(p, w - m - 110, min(y + 70, h - 50), lg, d + timedelta(days=rng.randint(0, 3)))
    return [p]


def tpl_leaver_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The forms for an employee who leaves: a British P45 (part 1A for the employee, often
    with parts 2 and 3 on their own pages), a German Arbeitsbescheinigung nach Par. 312 SGB
    III (numbered sections over two or three pages) or a French attestation employeur
    destinee a France Travail with the solde de tout compte."""
    o = office(who, "employer")
    lg = o.lang
    e = take(who, "leaver") or person(rng, lg)
    s = paper(who.style, A4, 36, 8)
    w, h = s.page_size
    m = s.margin
    d = pick_day(rng)
    since = d - timedelta(days=rng.randint(300, 5000))
    hand = "Courier" if rng.random() < 0.6 else hand_of(rng)
    pages: list[Page] = []
    if lg == "en":
        parts = [
            ("Part 1A", "Copy for employee"),
            ("Part 2", "Copy for new employer"),
            ("Part 3", "New employee details"),
        ]
        for part, what in parts[: rng.choice([1, 2, 3, 3])]:
            p = Page(A4)
            p.text(m, m, "P45", "Helvetica-Bold", 26)
            p.text(m + 64, m - 8, f"{part}  {what}", "Helvetica-Bold", 10)
            p.text(m + 64, m + 4, "Details of employee leaving work", "Helvetica", 9)
            p.text(w - m, m, "HM Revenue & Customs", "Helvetica-Bold", 9, "right")
            y = grid_boxes(
                p,
                s,
                m,
                m + 24,
                w - 2 * m,
                [
                    ("1 Employer PAYE reference", digits(rng, "999/AA99999")),
                    ("2 Employee's National Insurance number", digits(rng, "AA 99 99 99 A")),
                    ("3 Surname", e.name.split()[-1]),
                    ("  First name(s)", " ".join(e.name.split()[:-1])),
                    ("4 Leaving date DD MM YYYY", date_text(d, "en", "short")),
                    ("5 Student Loan deductions", rng.choice(["", "Y"])),
                    (
                        "6 Tax code at leaving date",
                        rng.choice(["1257L", "1257L W1", "BR", "S1257L"]),
                    ),
                    ("7 Total pay to date", money(rng.uniform(4000, 40000))),
                    ("  Total tax to date", money(rng.uniform(300, 7000))),
                    ("8 Works number / payroll ID", e.staff_no),
                ],
                2,
                h=30,
                hand=hand,
            )
            y = grid_boxes(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    ("Employer name and address", f"{o.name}, {o.street}, {o.town}"),
                    ("Employee's private address", f"{e.street}, {e.town}"),
                ],
                1,
                h=34,
                hand=hand,
            )
            p.text(
                m,
                y + 6,
                "I certify that the details entered in items 1 to 9 on this form are correct.",
                "Helvetica",
                7.5,
            )
            scrawl(p, m, y + 34, rng.choice(NAMES["en"]), 12)
            p.text(m, y + 48, "Signature", "Helvetica", 6.5)
            for k, t in enumerate(
                wrap(prose_block(rng, "en", "terms", 2, 4), "Helvetica", 7, w - 2 * m)
            ):
                if y + 76 + k * 9 < h - 40:
                    p.text(m, y + 76 + k * 9, t, "Helvetica", 7)
            p.text(m, h - 24, "P45(Online) Part 1A  HMRC 04/24", "Helvetica", 6)
            pages.append(p)
        return pages
    if lg == "de":
        f = sheets(s, o, "Arbeitsbescheinigung - " + e.name, head=False)
        f.page.text(m, f.y + 6, "Arbeitsbescheinigung", "Helvetica-Bold", 16)
        f.page.text(
            m, f.y + 20, "nach Par. 312 Sozialgesetzbuch Drittes Buch (SGB III)", "Helvetica", 8
        )
        f.page.text(w - m, f.y + 6, "Bundesagentur fuer Arbeit", "Helvetica-Bold", 9, "right")
        f.y += 40
        sections = [
            (
                "1 Angaben zur Person",
                [
                    ("Name, Vorname", e.name),
                    ("Geburtsdatum", date_text(e.born, "de", "short")),
                    ("Rentenversicherungsnummer", digits(rng, "99 999999 A 999")),
                    ("Anschrift", f"{e.street}, {e.town}"),
                ],
            ),
            (
                "2 Beschaeftigungsverhaeltnis",
                [
                    ("Beschaeftigt vom", date_text(since, "de", "short")),
                    ("bis", date_text(d, "de", "short")),
                    ("Taetigkeit", e.job),
                    ("Wochenarbeitszeit", rng.choice(["40,0", "38,5", "35,0", "20,0"])),
                ],
            ),
            (
                "3 Beendigung",
                [
                    (
                        "Kuendigung durch",
                        rng.choice(["Arbeitnehmer", "Arbeitgeber", "Aufhebungsvertrag"]),
                    ),
                    (
                        "Kuendigung am",
                        date_text(d - timedelta(days=rng.randint(14, 90)), "de", "short"),
                    ),
                    (
                        "Kuendigungsfrist",
                        rng.choice(
                            [
                                "4 Wochen zum 15./Monatsende",
                                "1 Monat zum Monatsende",
                                "3 Monate zum Quartalsende",
                            ]
                        ),
                    ),
                    ("Abfindung", rng.choice(["nein", "nein", "ja"])),
                ],
            ),
            ("4 Arbeitsentgelt der letzten 12 Monate", []),
        ]
        for title, cells in sections:
            f.need(80)
            f.y += 6
            f.page.rect(m, f.y - 10, w - 2 * m, 14, fill=0.85)
            f.page.text(m + 4, f.y, title, "Helvetica-Bold", 8.5)
            f.y += 8 if cells else 18
            if cells:
                f.y = grid_boxes(f.page, s, m, f.y, w - 2 * m, cells, 2, h=26, hand=hand)
            else:
                cols = columns(
                    m, w - m, [(2, "left"), (1, "right"), (1.5, "right"), (1.5, "right")]
                )
                rows = []
                mon = d.replace(day=1)
                for _ in range(12):
                    mon = (mon - timedelta(days=1)).replace(day=1)
                    rows.append(
                        [
                            f"{mon.month:02d}/{mon.year}",
                            str(rng.choice([160, 168, 173, 152])),
                            money(rng.uniform(2200, 4800), "de"),
                            "",
                        ]
                    )
                table(
                    f,
                    cols,
                    ["Abrechnungszeitraum", "Std.", "Brutto EUR", "Einmalzahlung"],
                    rows,
                    s,
                    size=8,
                    rules=True,
                    step=1.9,
                )
                f.y += 10
        f.new_page()
        heading(f, s, "5 Erklaerung des Arbeitgebers", 1)
        for _ in range(rng.randint(2, 4)):
            body(f, s, prose_block(rng, "de", "terms", 1, 3), pt=8)
        f.y += 20
        scrawl(f.page, m, f.y + 20, rng.choice(NAMES["de"]))
        f.page.text(
            m,
            f.y + 34,
            f"{o.town.split()[-1]}, {date_text(d, 'de', 'short')} - Unterschrift / Firmenstempel",
            "Helvetica",
            7,
        )
        f.page.rect(w - m - 160, f.y - 4, 160, 44)
        f.page.text(
            w - m - 80,
            f.y + 14,
            fit(o.name, "Helvetica-Bold", 7.5, 150),
            "Helvetica-Bold",
            7.5,
            "center",
        )
        f.page.text(
            w - m - 80,
            f.y + 26,
            fit(o.street + ", " + o.town, "Helvetica", 6, 150),
            "Helvetica",
            6,
            "center",
        )
        return done(f.pages, s, o, "Seite {i} von {n}" if rng.random() < 0.7 else "none")
    f = sheets(s, o, e.name)
    heading(f, s, "ATTESTATION EMPLOYEUR DESTINEE A FRANCE TRAVAIL", 3)
    f.y = grid_boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Salarie", e.name),
            ("N de securite sociale", digits(rng, "9 99 99 99 999 999 99")),
            ("Emploi occupe", e.job),
            (
                "Periode d'emploi",
                f"du {date_text(since, 'fr', 'short')} au {date_text(d, 'fr', 'short')}",
            ),
            (
                "Motif de la rupture",
                rng.choice(["Demission", "Rupture conventionnelle", "Fin de CDD", "Licenciement"]),
            ),
            ("Statut", rng.choice(["non cadre", "cadre", "agent de maitrise"])),
        ],
        2,
        h=28,
        hand=hand,
    )
    cols = columns(m, w - m, [(2, "left"), (1.5, "right"), (1, "right")])
    rows = []
    mon = d.replace(day=1)
    for _ in range(12):
        mon = (mon - timedelta(days=1)).replace(day=1)
        rows.append(
            [
                f"{MONTHS['fr'][mon.month - 1]} {mon.year}",
                money(rng.uniform(1800, 3900), "fr"),
                str(rng.choice([151, 151, 121, 104])),
            ]
        )
    table(f, cols, ["Periode", "Salaire brut", "Heures"], rows, s, size=8, rules=True)
    if rng.random() < 0.6:
        f.new_page()
        heading(f, s, "RECU POUR SOLDE DE TOUT COMPTE", 2, rule=True)
        body(
            f,
            s,
            f"Je soussigne(e) {e.name} reconnais avoir recu de la societe {o.name} la somme de "
            f"{money(rng.uniform(800, 6000), 'fr')} EUR en paiement des salaires, accessoires du "
            "salaire et indemnites de toute nature dus au titre de l'execution et de la cessation "
            "de mon contrat de travail.",
        )
        table(
            f,
            columns(m, w - m, [(3, "left"), (1, "right")]),
            ["Element", "Montant"],
            [
                ["Salaire du mois", money(rng.uniform(900, 2500), "fr")],
                ["Indemnite compensatrice de conges payes", money(rng.uniform(200, 1800), "fr")],
                ["Prorata 13e mois", money(rng.uniform(100, 900), "fr")],
            ],
            s,
            rules=True,
        )
        body(f, s, "Ce recu pourra etre denonce dans les six mois qui suivent sa signature.")
        f.y += 20
        f.page.text(m, f.y, "Bon pour solde de tout compte", "Courier-Oblique", 10)
        scrawl(f.page, m, f.y + 30, e.name)
    return done(f.pages, s, o, "none" if len(f.pages) == 1 else "{i}/{n}")


# ---------------------------------------------------------------------------------------------
# Templates Q: benefits, cars, expenses
# ---------------------------------------------------------------------------------------------


def tpl_pension(rng: random.Random, who: Issuer) -> list[Page]:
    """A pension enrolment letter to an employee: from the employer or the scheme, the
    enrolment date and contribution rates in a small table, what to do to opt out, and
    often a key facts leaflet in two columns on the following page(s) (German
    Entgeltumwandlung offer of a Pensionskasse, French adhesion au regime de retraite
    supplementaire)."""
    o = office(who, "pension" if rng.random() < 0.6 else "employer")
    lg = o.lang
    e = person(rng, lg)
    s = paper(who.style, A4 if lg != "en" else who.style.page_size)
    w, _ = s.page_size
    m = s.margin
    d = pick_day(rng)
    f = sheets(
        s,
        o,
        tr(
            lg,
            "Your workplace pension",
            "Ihre betriebliche Altersversorgung",
            "Votre retraite supplementaire",
        ),
    )
    to_whom(
        f,
        s,
        o,
        [e.name, e.street, e.town],
        d,
        [(tr(lg, "Member no.", "Vertrags-Nr.", "N adherent"), digits(rng, "A9999999"))],
    )
    heading(
        f,
        s,
        tr(
            lg,
            "We have enrolled you into a workplace pension",
            "Angebot zur Entgeltumwandlung",
            "Adhesion au contrat de retraite supplementaire",
        ),
        1.5,
    )
    greeting(f, s, lg, e.name)
    body(f, s, prose_block(rng, lg, "pension"))
    cols = columns(m, w - m, [(3, "left"), (1, "right")])
    rows = [
        [
            tr(lg, "Your contribution", "Ihr Beitrag (monatlich)", "Part salariale"),
            rng.choice(["5%", "4%", "100,00 EUR", "1,5 %"]),
        ],
        [
            tr(lg, "Employer contribution", "Arbeitgeberzuschuss", "Part patronale"),
            rng.choice(["3%", "15%", "2,5 %"]),
        ],
        [
            tr(lg, "Tax relief", "steuer- und sv-frei bis", "Deductibilite"),
            rng.choice(["1%", "584 EUR", "oui"]),
        ],
        [
            tr(lg, "Start date", "Beginn", "Date d'effet"),
            when(o, d + timedelta(days=rng.randint(10, 40))),
        ],
    ]
    table(
        f,
        cols,
        [tr(lg, "Contributions", "Beitraege", "Cotisations"), ""],
        rows,
        s,
        shade=0.9,
        rules=True,
        step=1.8,
    )
    f.y += 8
    for _ in range(rng.randint(1, 3)):
        body(f, s, prose_block(rng, lg, "pension"))
    closing(
        f,
        s,
        lg,
        rng.choice(NAMES[lg]),
        tr(lg, "Pensions team", "Kundenservice", "Service adherents"),
        rng.random() < 0.5,
    )
    if rng.random() < 0.65:
        f.new_page()
        heading(
            f,
            s,
            tr(lg, "Key facts", "Wichtige Informationen", "Notice d'information"),
            3,
            rule=True,
        )
        heads = tr(
            lg,
            "What is it?|How much goes in?|Can I opt out?|When can I take it?|What if I "
            "leave?|Charges|Complaints",
            "Was ist das?|Beitraege|Zulagen|Leistungen|Arbeitgeberwechsel|Kosten",
            "Objet|Cotisations|Garanties|Sortie|Frais|Reclamations",
        ).split("|")
        cw = (w - 2 * m - 18) / 2
        col, y0 = 0, f.y
        y = f.y
        for t in heads:
            txt = wrap(prose_block(rng, lg, "pension", 2, 5), s.font, 7.5, cw)
            need = 14 + len(txt) * 10
            if y + need > f.bottom:
                if col == 0:
                    col, y = 1, y0
                else:
                    f.new_page()
                    col, y0, y = 0, f.y, f.y
            x = m + col * (cw + 18)
            f.page.text(x, y, t, s.bold, 8.5)
            y += 13
            for ln in txt:
                f.page.text(x, y, ln, s.font, 7.5)
                y += 10
            y += 8
    return done(f.pages, s, o)


def car_outline(p: Page, x: float, y: float, w: float, marks: int, rng: random.Random) -> None:
    """A car seen from above, sides folded out, with damage crosses."""
    h = w * 0.45
    p.rect(x + w * 0.1, y, w * 0.8, h)
    p.rect(x + w * 0.25, y + h * 0.15, w * 0.5, h * 0.7)
    for cx in (0.2, 0.75):
        p.rect(x + w * cx, y - 8, w * 0.08, 8, fill=0.3)
        p.rect(x + w * cx, y + h, w * 0.08, 8, fill=0.3)
    p.line(x + w * 0.1, y + h / 2, x, y + h / 2)
    p.line(x + w * 0.9, y + h / 2, x + w, y + h / 2)
    for _ in range(marks):
        mx, my = x + rng.uniform(0.12, 0.88) * w, y + rng.uniform(0.05, 0.95) * h
        p.line(mx - 5, my - 5, mx + 5, my + 5)
        p.line(mx - 5, my + 5, mx + 5, my - 5)


def tpl_company_car(rng: random.Random, who: Issuer) -> list[Page]:
    """A company car agreement with the employee the contract is for: numbered conditions on
    one or two pages, signatures, then the vehicle handover protocol (vehicle data, mileage,
    fuel, accessories ticked, damage marked on an outline, both signatures); German
    Dienstwagenueberlassungsvertrag mit Uebergabeprotokoll, French convention de mise a
    disposition d'un vehicule de fonction."""
    o = office(who, "employer")
    lg = o.lang
    e = take(who, "employee") or person(rng, lg)
    s = paper(who.style, A4 if lg != "en" else who.style.page_size)
    w, _ = s.page_size
    m = s.margin
    d = pick_day(rng)
    model = rng.choice(
        [
            "VW Passat Variant 2.0 TDI",
            "Skoda Octavia Combi",
            "BMW 320d Touring",
            "Ford Kuga PHEV",
            "Peugeot 308 SW",
            "Audi A4 Avant",
            "Kia Niro EV",
        ]
    )
    plate = tr(lg, digits(rng, "AA99 AAA"), "GP-" + digits(rng, "AA 999"), digits(rng, "AA-999-AA"))
    title = tr(
        lg,
        "Company Car Agreement",
        "Dienstwagenueberlassungsvertrag",
        "Convention de mise a disposition d'un vehicule de fonction",
    )
    f = sheets(s, o, title + " - " + e.name)
    heading(f, s, title, 3)
    body(
        f,
        s,
        tr(
            lg,
            f"between {o.name} (the Company) and {e.name}, staff no. {e.staff_no} (the Driver).",
            f"zwischen der {o.name} und Frau/Herrn {e.name}, Pers.-Nr. {e.staff_no}.",
            f"entre la societe {o.name} et {e.name}, matricule {e.staff_no}.",
        ),
    )
    f.y = grid_boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Vehicle", "Fahrzeug", "Vehicule"), model),
            (tr(lg, "Registration", "Amtl. Kennzeichen", "Immatriculation"), plate),
            (
                tr(lg, "List price", "Bruttolistenpreis", "Prix catalogue"),
                money(rng.randint(28, 62) * 1000, lg) + " " + ccy(lg),
            ),
            (
                tr(lg, "Private use", "Privatnutzung", "Usage prive"),
                tr(lg, "permitted", "gestattet (1%-Regelung)", "autorise"),
            ),
        ],
        2,
        hand=s.font,
    )
    heads = tr(
        lg,
        "Use of the vehicle|Fuel and charging|Maintenance|Accidents and "
        "damage|Fines|Insurance|Return of the vehicle|Benefit in kind",
        "Nutzung|Kraftstoff|Wartung|Unfaelle|Bussgelder|Versicherung|Rueckgabe|Versteuerung",
        "Utilisation|Carburant|Entretien|Sinistres|Amendes|Assurance|Restitution|Avantage en "
        "nature",
    ).split("|")
    for k, t in enumerate(heads[: rng.randint(5, 8)], 1):
        heading(f, s, f"{k}. {t}", 0)
        body(f, s, prose_block(rng, lg, "terms", 1, 3))
    f.need(90)
    f.y += 10
    half = (w - 2 * m) / 2
    for k, nm in enumerate([rng.choice(NAMES[lg]), e.name]):
        scrawl(f.page, m + k * half, f.y + 24, nm, 13)
        f.page.text(m + k * half, f.y + 38, nm, s.font, 8)
    f.y += 60
    f.new_page()
    heading(
        f,
        s,
        tr(
            lg,
            "Vehicle handover protocol",
            "Fahrzeuguebergabeprotokoll",
            "Proces-verbal de remise du vehicule",
        ),
        3,
        rule=True,
    )
    hand = hand_of(rng)
    f.y = grid_boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), plate),
            (tr(lg, "Model", "Typ", "Modele"), model),
            (tr(lg, "Mileage", "km-Stand", "Kilometrage"), f"{rng.randint(5, 68000)}"),
            (
                tr(lg, "Fuel / charge", "Tankfuellung", "Niveau carburant"),
                rng.choice(["1/4", "1/2", "3/4", "full", "voll", "80 %"]),
            ),
            (tr(lg, "Handed over on", "Uebergabe am", "Remis le"), date_text(d, lg, "short")),
            (tr(lg, "Keys", "Schluessel", "Cles"), rng.choice(["2", "1 + 1 card", "2"])),
        ],
        2,
        hand=hand,
    )
    kit = tr(
        lg,
        "V5C copy|Service book|Warning triangle|First aid kit|Spare wheel|Charging cable|Fuel "
        "card|Winter tyres",
        "Fahrzeugschein|Serviceheft|Warndreieck|Verbandkasten|Warnweste|Ladekabel|Tankkarte|Winterreifen",
        "Carte grise|Carnet d'entretien|Triangle|Gilet|Roue de secours|Cable de recharge|Carte "
        "carburant",
    ).split("|")
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        kit,
        set(rng.sample(range(len(kit)), rng.randint(3, len(kit)))),
        8,
    )
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Existing damage (mark on the drawing):",
            "Vorschaeden (bitte einzeichnen):",
            "Dommages constates :",
        ),
        s.bold,
        9,
    )
    car_outline(f.page, m + 20, f.y + 20, min(w - 2 * m - 40, 360), rng.randint(0, 3), rng)
    f.y += 20 + min(w - 2 * m - 40, 360) * 0.45 + 24
    f.y = lines_by_hand(
        f.page,
        m,
        f.y,
        w - 2 * m,
        3,
        [short_words(rng, lg, "terms", 6)] if rng.random() < 0.5 else [],
        hand,
    )
    f.y += 16
    for k, nm in enumerate([rng.choice(NAMES[lg]), e.name]):
        scrawl(f.page, m + k * half, f.y + 18, nm, 13)
        f.page.text(
            m + k * half,
            f.y + 32,
            tr(
                lg,
                ["Handed over by", "Received by"][k],
                ["Uebergeben", "Uebernommen"][k],
                ["Remis par", "Recu par"][k],
            ),
            s.font,
            7,
        )
    return done(f.pages, s, o, "none" if rng.random() < 0.5 else None)


def receipt(rng: random.Random, lg: str, d: date) -> Page:
    """A shop, fuel, taxi, hotel or restaurant receipt on its own odd-sized page."""
    kind = rng.choice(["till", "till", "taxi", "hotel", "fuel"])
    if kind == "hotel":
        size = A4 if rng.random() < 0.5 else A5
    elif kind == "taxi":
        size = (rng.uniform(200, 260), rng.uniform(150, 220))
    else:
        size = (rng.choice([164.0, 204.0, 226.8]), rng.uniform(280, 560))
    w, h = size
    p = Page(size)
    m = 12 if w < 300 else 40
    font = "Courier" if w < 300 else "Helvetica"
    shop = {
        "till": rng.choice(
            ["Pret A Manger", "Boots", "Rewe", "Carrefour City", "WHSmith Travel", "Lidl"]
        ),
        "taxi": rng.choice(
            ["Streamline Taxis", "Taxi-Zentrale Stuttgart", "G7 Taxi", "Airport Cars"]
        ),
        "hotel": rng.choice(
            [
                "Premier Inn Leeds City",
                "Hotel am Schlossgarten",
                "Ibis Lyon Part-Dieu",
                "Travelodge Birmingham",
            ]
        ),
        "fuel": rng.choice(["Shell", "Aral", "TotalEnergies", "BP Connect"]),
    }[kind]
    y = m + 10
    p.text(
        w / 2,
        y,
        fit(shop, font + "-Bold", 9, w - 2 * m),
        font + "-Bold",
        9,
        "center",
    )
    y += 12
    p.text(
        w / 2,
        y,
        date_text(d, lg, "short") + f" {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
        font,
        7,
        "center",
    )
    y += 16
    total = 0.0
    if kind == "hotel":
        p.text(
            m,
            y + 10,
            tr(lg, "INVOICE", "RECHNUNG", "FACTURE") + " " + digits(rng, "99999"),
            "Helvetica-Bold",
            12,
        )
        y += 30
        nights = rng.randint(1, 3)
        for k in range(nights):
            v = rng.uniform(69, 149)
            total += v
            p.text(
                m,
                y,
                date_text(d + timedelta(days=k), lg, "short")
                + "  "
                + tr(lg, "Room", "Uebernachtung", "Chambre"),
                font,
                8,
            )
            p.text(w - m, y, money(v, lg), font, 8, "right")
            y += 12
        if rng.random() < 0.6:
            v = rng.uniform(9, 18) * nights
            total += v
            p.text(m, y, tr(lg, "Breakfast", "Fruehstueck", "Petit-dejeuner"), font, 8)
            p.text(w - m, y, money(v, lg), font, 8, "right")
            y += 12
    elif kind == "fuel":
        litres = rng.uniform(20, 60)
        price = rng.uniform(1.55, 1.95)
        total = litres * price
        for t in [
            f"{tr(lg, 'Diesel', 'Diesel', 'Gazole')} P{rng.randint(1, 8)}",
            f"{litres:.2f} L x {price:.3f}",
        ]:
            p.text(m, y, t, font, 7.5)
            y += 10
    elif kind == "taxi":
        total = rng.uniform(8, 65)
        for t in [
            tr(lg, "From: ", "Von: ", "De : ") + rng.choice(["Station", "Hbf", "Gare", "Airport"]),
            tr(lg, "To: ", "Nach: ", "A : ") + rng.choice(["Office", "Werk 2", "Client", "Hotel"]),
            tr(lg, "Driver no. ", "Fahrer-Nr. ", "Chauffeur ") + str(rng.randint(10, 999)),
        ]:
            p.text(m, y, fit(t, font, 7.5, w - 2 * m), font, 7.5)
            y += 10
    else:
        for _ in range(rng.randint(1, 6)):
            v = rng.uniform(1.2, 14)
            total += v
            item = rng.choice(
                ["Sandwich", "Coffee", "Water", "Kaffee", "Brezel", "Salade", "Notebook", "Parking"]
            )
            p.text(m, y, item, font, 7.5)
            p.text(w - m, y, money(v, lg), font, 7.5, "right")
            y += 10
    y += 6
    p.line(m, y, w - m, y)
    y += 12
    p.text(m, y, tr(lg, "TOTAL", "SUMME", "TOTAL TTC"), font + "-Bold", 9)
    p.text(w - m, y, money(total, lg), font + "-Bold", 9, "right")
    y += 12
    if y < h - 20:
        p.text(
            m,
            y,
            fit(
                tr(lg, "VAT 20% incl.", "inkl. 19% MwSt", "dont TVA 10%")
                + "  "
                + rng.choice(["VISA ****", "Mastercard ****", "EC-Karte ****", "CB ****"])
                + str(rng.randint(1000, 9999)),
                font,
                6.5,
                w - 2 * m,
            ),
            font,
            6.5,
        )
    if y + 30 < h:
        p.text(
            w / 2,
            min(h - 14, y + 30),
            tr(lg, "Thank you", "Vielen Dank", "Merci de votre visite"),
            font,
            7,
            "center",
        )
    return p


def tpl_expense_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """An employee's expense claim form (portrait or landscape A4) with the journeys and
    items in a table, mileage, totals and the manager's approval, and the receipts stapled
    behind it, each on a page of its own size (till rolls, taxi slips, hotel invoices); the
    receipts belong to the claim."""
    o = office(who, "employer", ["plain", "rule", "band"])
    lg = o.lang
    e = person(rng, lg)
    size = landscape(A4) if rng.random() < 0.4 else A4
    s = paper(who.style, size, 36, 8.5)
    w, _ = size
    m = s.margin
    hand = hand_of(rng) if rng.random() < 0.6 else s.font
    d = pick_day(rng)
    t = tr(lg, "Expense claim", "Reisekostenabrechnung", "Note de frais")
    f = sheets(s, o, t)
    heading(f, s, t, 4)
    f.y = grid_boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), e.name),
            (tr(lg, "Cost centre", "Kostenstelle", "Centre de cout"), digits(rng, "9999")),
            (tr(lg, "Period", "Zeitraum", "Periode"), month_name(lg, d)),
            (tr(lg, "Purpose", "Anlass", "Motif"), short_words(rng, lg, "work", 4)),
        ],
        4 if w > 700 else 2,
        hand=hand,
    )
    n_rec = rng.choice([1, 2, 2, 3, 4, 5])
    dates = sorted(d + timedelta(days=rng.randint(0, 25)) for _ in range(n_rec))
    rows = []
    total = 0.0
    for k, dd in enumerate(dates, 1):
        v = rng.uniform(4, 240)
        total += v
        rows.append(
            [
                str(k),
                date_text(dd, lg, "short"),
                rng.choice(
                    tr(
                        lg,
                        "Travel|Meals|Hotel|Parking|Fuel",
                        "Fahrt|Verpflegung|Hotel|Parken|Tanken",
                        "Transport|Repas|Hotel|Parking|Carburant",
                    ).split("|")
                ),
                short_words(rng, lg, "work", 4),
                money(v, lg),
            ]
        )
    if rng.random() < 0.5:
        miles = rng.randint(12, 480)
        rate = tr(lg, "0.45", "0,30", "0,60")
        v = miles * float(rate.replace(",", "."))
        total += v
        rows.append(
            [
                "",
                "",
                tr(lg, "Mileage", "Kilometergeld", "Indemnites km"),
                f"{miles} x {rate}",
                money(v, lg),
            ]
        )
    cols = columns(
        m, w - m, [(0.5, "left"), (1.3, "left"), (1.5, "left"), (4, "left"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "No", "Beleg", "N"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Type", "Art", "Nature"),
            tr(lg, "Details", "Beschreibung", "Detail"),
            ccy(lg),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
        step=2.0,
    )
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        tr(lg, "Total claimed ", "Erstattungsbetrag ", "Total a rembourser ") + money(total, lg),
        s.bold,
        10,
        "right",
    )
    f.y += 34
    f.need(50)
    half = (w - 2 * m) / 3
    for k, lab in enumerate(
        [
            tr(lg, "Claimant", "Antragsteller", "Demandeur"),
            tr(lg, "Approved", "Genehmigt", "Valide par"),
            tr(lg, "Finance", "Buchhaltung", "Comptabilite"),
        ]
    ):
        if k < 2 or rng.random() < 0.5:
            scrawl(f.page, m + k * half, f.y, e.name if k == 0 else rng.choice(NAMES[lg]), 12)
        f.page.text(m + k * half, f.y + 14, lab, s.font, 7)
    pages = done(f.pages, s, o, "none")
    for dd in dates[: rng.randint(max(1, n_rec - 1), n_rec)]:
        pages.append(receipt(rng, lg, dd))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates Q: health, notices, identity, vetting
# ---------------------------------------------------------------------------------------------

QUESTIONS = {
    "en": [
        "Do you have any condition that affects your ability to do this job?",
        "Have you had time off work because of illness in the last two years?",
        "Are you currently taking any medication?",
        "Do you have any problems with your back, neck or joints?",
        "Do you suffer from asthma, eczema or any allergy?",
        "Do you have any hearing or vision problems?",
        "Have you ever worked nights or shifts?",
        "Do you need any adjustments at work?",
        "Have you had any operations in the last five years?",
        "Do you drive as part of your work?",
        "Have you been vaccinated against hepatitis B?",
    ],
    "de": [
        "Bestehen gesundheitliche Einschraenkungen fuer die vorgesehene Taetigkeit?",
        "Nehmen Sie regelmaessig Medikamente ein?",
        "Leiden Sie an Erkrankungen der Wirbelsaeule oder Gelenke?",
        "Bestehen Allergien oder Hauterkrankungen?",
        "Tragen Sie eine Brille oder Hoergeraete?",
        "Waren Sie in den letzten 12 Monaten laenger als 6 Wochen arbeitsunfaehig?",
        "Arbeiten Sie in Nacht- oder Wechselschicht?",
        "Liegt eine Schwerbehinderung oder Gleichstellung vor?",
        "Besteht Impfschutz gegen Tetanus und Hepatitis B?",
    ],
    "fr": [
        "Avez-vous des problemes de sante genant l'exercice de votre poste ?",
        "Suivez-vous actuellement un traitement ?",
        "Avez-vous des douleurs dorsales ou articulaires ?",
        "Avez-vous des allergies ?",
        "Portez-vous des lunettes ou un appareil auditif ?",
        "Avez-vous ete hospitalise(e) au cours des cinq dernieres annees ?",
        "Travaillez-vous de nuit ?",
        "Etes-vous reconnu(e) travailleur handicape (RQTH) ?",
    ],
}


def tpl_health_questionnaire(rng: random.Random, who: Issuer) -> list[Page]:
    """An occupational health questionnaire filled in by hand: 'medical in confidence'
    header, personal details, yes/no questions with details written in, a declaration and
    signature; two or three pages, the later ones with the same header (German Fragebogen
    zur arbeitsmedizinischen Vorsorge, French questionnaire medecine du travail)."""
    o = office(who, "employer", ["plain", "centred", "rule"])
    lg = o.lang
    e = staff(who, lg, "applicant") if rng.random() < 0.4 else person(rng, lg)
    s = paper(who.style, A4 if lg != "en" else who.style.page_size, 44, 9)
    w, _ = s.page_size
    m = s.margin
    hand = hand_of(rng)
    conf = tr(
        lg,
        "MEDICAL IN CONFIDENCE",
        "VERTRAULICH - AERZTLICHE SCHWEIGEPFLICHT",
        "CONFIDENTIEL MEDICAL",
    )
    f = sheets(
        s,
        o,
        conf
        + " - "
        + tr(lg, "Health questionnaire", "Gesundheitsfragebogen", "Questionnaire de sante"),
    )
    f.page.text(w - m, f.y - 6, conf, s.bold, 8, "right")
    heading(
        f,
        s,
        tr(
            lg,
            "Pre-placement health questionnaire",
            "Fragebogen zur arbeitsmedizinischen Vorsorge",
            "Questionnaire medical - visite d'information et de prevention",
        ),
        3,
    )
    f.y = grid_boxes(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), e.name),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                date_text(e.born, lg, "short"),
            ),
            (tr(lg, "Job applied for", "Taetigkeit", "Poste"), e.job),
            (
                tr(lg, "GP / doctor", "Hausarzt", "Medecin traitant"),
                office(who, "doctor").name.split(",")[0],
            ),
        ],
        2,
        hand=hand,
    )
    qs = QUESTIONS[lg][:]
    rng.shuffle(qs)
    yes_no = [tr(lg, "Yes", "Ja", "Oui"), tr(lg, "No", "Nein", "Non")]
    for k, q in enumerate(qs[: rng.randint(6, len(qs))], 1):
        f.need(56)
        f.page.text(m, f.y, fit(f"{k}. {q}", s.font, 8.5, w - 2 * m - 90), s.font, 8.5)
        yes = rng.random() < 0.25
        ticks(f.page, s, w - m - 80, f.y, 80, yes_no, {0 if yes else 1}, 8)
        f.y += 14
        f.y = lines_by_hand(
            f.page,
            m + 14,
            f.y + 4,
            w - 2 * m - 14,
            2,
            [short_words(rng, lg, "health", 7)] if yes else [],
            hand,
            15,
        )
        f.y += 2
    f.need(150)
    f.y += 10
    heading(f, s, tr(lg, "Declaration", "Erklaerung", "Declaration"), 1)
    body(
        f,
        s,
        prose_block(rng, lg, "health", 1, 2)
        + " "
        + tr(
            lg,
            "I confirm that the information I have given is true and complete.",
            "Ich versichere die Richtigkeit meiner Angaben.",
            "Je certifie exactes les informations ci-dessus.",
        ),
        pt=8.5,
    )
    f.y += 18
    scrawl(f.page, m, f.y, e.name, 13)
    f.page.text(w / 2, f.y, date_text(pick_day(rng), lg, "short"), hand, 10)
    f.y += 30
    if rng.random() < 0.5:
        f.need(90)
        f.page.rect(m, f.y, w - 2 * m, 70, fill=0.93)
        f.page.text(
            m + 6,
            f.y + 12,
            tr(
                lg,
                "For occupational health use only",
                "Nur fuer den Betriebsarzt",
                "Reserve au medecin du travail",
            ),
            s.bold,
            8,
        )
        f.page.text(
            m + 6,
            f.y + 34,
            rng.choice(
                tr(
                    lg,
                    "Fit|Fit with adjustments|Refer",
                    "keine Bedenken|Bedenken unter Voraussetzungen|Nachuntersuchung",
                    "apte|apte avec amenagement|a revoir",
                ).split("|")
            ),
            hand,
            11,
        )
        f.y += 80
    return done(
        f.pages,
        s,
        o,
        rng.choice(["none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]),
    )


def tpl_works_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A notice of the works council or staff committee (German Betriebsrat Aushang or
    Einladung zur Betriebsversammlung, French compte rendu du CSE, British staff forum
    notice): a large title, an agenda or list, dated and signed by the chair; one or two
    pages, taken down from the notice board."""
    emp = office(who, "employer")
    lg = emp.lang
    s = paper(who.style, A4 if lg != "en" else who.style.page_size)
    w, h = s.page_size
    m = s.margin
    d = pick_day(rng)
    board = tr(lg, "Staff Forum", "Betriebsrat", "Comite social et economique")
    o = replace(
        emp,
        name=f"{board} - {emp.name}",
        head=rng.choice(["centred", "plain", "band"]),
        foot=[],
        again=False,
    )
    f = sheets(s, o, board)
    kind = rng.choice(
        tr(
            lg,
            "Notice of staff consultation|Minutes of the staff forum",
            "Einladung zur Betriebsversammlung|Information des Betriebsrats|Aushang",
            "Compte rendu de la reunion du CSE|Information du CSE",
        ).split("|")
    )
    f.y += 10
    pt = shrink(kind.upper(), s.bold, 22, w - 2 * m)
    f.page.text(w / 2, f.y + 10, kind.upper(), s.bold, pt, "center")
    f.y += 44
    meet = d + timedelta(days=rng.randint(5, 20))
    body(
        f,
        s,
        tr(
            lg,
            f"Date: {when(o, meet)}, {rng.choice(['10:00', '13:30', '14:00'])}, canteen / "
            "training room.",
            f"am {when(o, meet)} um {rng.choice(['9:00', '13:30', '14:00'])} Uhr in der Kantine "
            "findet die Betriebsversammlung statt. Die Teilnahme ist Arbeitszeit.",
            f"Reunion du {when(o, meet)} - salle de reunion du 1er etage.",
        ),
    )
    heading(f, s, tr(lg, "Agenda", "Tagesordnung", "Ordre du jour"), 2)
    items = tr(
        lg,
        "Welcome|Site update from the managing director|Shift pattern consultation|Car "
        "parking|Annual pay review|Health and safety|Any other business",
        "Begruessung|Taetigkeitsbericht des Betriebsrats|Bericht der "
        "Geschaeftsleitung|Arbeitszeitmodell 2025|Betriebliches "
        "Gesundheitsmanagement|Verschiedenes",
        "Approbation du proces-verbal|Situation economique|Organisation du temps de travail|Plan "
        "de formation|Questions diverses",
    ).split("|")
    for k, it in enumerate(items, 1):
        body(f, s, f"{k}. {it}", indent=10, pt=s.size + 1)
        if "Minutes" in kind or "Compte" in kind:
            body(f, s, prose_block(rng, lg, "terms", 1, 3), indent=22, pt=s.size - 1)
    for _ in range(rng.randint(0, 2)):
        body(f, s, prose_block(rng, lg, "terms"))
    f.need(70)
    f.y += 20
    f.page.text(m, f.y, f"{when(o, d)}", s.font, s.size)
    scrawl(f.page, w / 2, f.y + 10, rng.choice(NAMES[lg]))
    f.page.text(
        w / 2,
        f.y + 24,
        tr(lg, "Chair, Staff Forum", "Vorsitzende/r des Betriebsrats", "Secretaire du CSE"),
        s.font,
        s.size - 1,
    )
    if rng.random() < 0.4:
        f.page.text(
            w - m,
            h - 40,
            tr(
                lg,
                f"Posted {date_text(d, lg, 'short')}  Remove after {date_text(meet, lg, 'short')}",
                f"ausgehaengt am {date_text(d, lg, 'short')}",
                f"Affiche le {date_text(d, lg, 'short')}",
            ),
            "Courier-Oblique",
            8,
            "right",
        )
    return done(f.pages, s, o, "none")


def id_card(
    p: Page, x: float, y: float, w: float, lg: str, e: Person, front: bool, rng: random.Random
) -> None:
    h = w * 0.63
    p.rect(x, y, w, h)
    if front:
        p.text(
            x + 8,
            y + 14,
            tr(lg, "RESIDENCE PERMIT", "PERSONALAUSWEIS", "CARTE NATIONALE D'IDENTITE"),
            "Helvetica-Bold",
            8,
        )
        p.rect(x + 8, y + 22, w * 0.3, h * 0.6, fill=0.55)
        xx = x + w * 0.3 + 16
        for k, (cap, val) in enumerate(
            [
                (tr(lg, "Surname", "Name", "Nom"), e.name.split()[-1].upper()),
                (tr(lg, "Given names", "Vornamen", "Prenoms"), " ".join(e.name.split()[:-1])),
                (
                    tr(lg, "Date of birth", "Geburtstag", "Ne(e) le"),
                    date_text(e.born, "de" if lg == "de" else "fr", "short"),
                ),
                (
                    tr(lg, "Valid until", "Gueltig bis", "Valable jusqu'au"),
                    date_text(date(rng.randint(2026, 2034), rng.randint(1, 12), 1), "fr", "short"),
                ),
            ]
        ):
            p.text(xx, y + 30 + k * 19, cap, "Helvetica", 5)
            p.text(
                xx,
                y + 38 + k * 19,
                fit(val, "Helvetica-Bold", 7.5, x + w - xx - 6),
                "Helvetica-Bold",
                7.5,
            )
    else:
        for k in range(3):
            t = "<<".join(digits(rng, "AAAAA") for _ in range(3)) + "<<<<<<<<<<"
            p.text(x + 8, y + h - 34 + k * 11, fit(t, "Courier", 8, w - 16), "Courier", 8)
        p.text(
            x + 8,
            y + 16,
            tr(lg, "Remarks: Work permitted", "Anschrift: " + e.street, "Adresse : " + e.street),
            "Helvetica",
            6.5,
        )


def tpl_id_copy(rng: random.Random, who: Issuer) -> list[Page]:
    """A copy of an identity or right-to-work document for the personnel file: the ID card
    front and back on one page, or a passport photo page, or the card front and back on two
    pages; little text, often a hand note 'original seen' with date and initials, or the
    printout of an online right to work check."""
    lg = office(who, "employer").lang
    e = hand_over(who, "checked", person(rng, lg))
    size = A4 if lg != "en" or rng.random() < 0.5 else LETTER
    w, h = size
    hand = hand_of(rng)
    d = pick_day(rng)
    kind = rng.choice(
        ["card", "card", "passport", "share"] if lg == "en" else ["card", "card", "passport"]
    )
    pages = [Page(size)]
    p = pages[0]
    if kind == "card":
        cw = rng.uniform(230, 300)
        x = rng.uniform(50, w - cw - 50)
        id_card(p, x, rng.uniform(60, 120), cw, lg, e, True, rng)
        if rng.random() < 0.6:
            id_card(p, x, 120 + cw * 0.63 + rng.uniform(30, 90), cw, lg, e, False, rng)
        else:
            pages.append(Page(size))
            id_card(pages[1], x, rng.uniform(60, 120), cw, lg, e, False, rng)
    elif kind == "passport":
        x, y = 60, 80
        p.rect(x, y, w - 120, 300)
        p.line(x, y + 150, w - 60, y + 150)
        p.text(x + 10, y + 170, tr(lg, "PASSPORT", "REISEPASS", "PASSEPORT"), "Helvetica-Bold", 9)
        p.rect(x + 10, y + 180, 80, 100, fill=0.5)
        for k, val in enumerate(
            [
                e.name.split()[-1].upper(),
                " ".join(e.name.split()[:-1]),
                date_text(e.born, "fr", "short"),
                digits(rng, "A99999999"),
            ]
        ):
            p.text(x + 110, y + 194 + k * 18, val, "Helvetica-Bold", 8)
        p.text(
            x + 10,
            y + 292,
            fit("P<" + e.name.upper().replace(" ", "<") + "<" * 30, "Courier", 9, w - 140),
            "Courier",
            9,
        )
    else:
        p.text(60, 60, "GOV.UK", "Helvetica-Bold", 16)
        p.text(60, 100, "Employer right to work check", "Helvetica-Bold", 14)
        y = 130
        for cap, val in [
            ("Name", e.name),
            ("Share code", digits(rng, "A99 A99 A99")),
            ("Date of check", date_text(d, "en", "long")),
            (
                "Result",
                rng.choice(
                    [
                        "This person can work in the UK with no restrictions",
                        "This person can work in the UK until "
                        + date_text(d + timedelta(days=900), "en", "long"),
                    ]
                ),
            ),
            ("Reference", digits(rng, "RTW-AAAA-9999-99")),
        ]:
            p.text(60, y, cap, "Helvetica", 8)
            p.text(60, y + 12, fit(val, "Helvetica-Bold", 10, w - 120), "Helvetica-Bold", 10)
            y += 34
        p.rect(60, y + 10, 90, 110, fill=0.5)
        p.text(
            60,
            h - 30,
            f"https://right-to-work.service.gov.uk/rtw-view  {date_text(d, 'en', 'short')}",
            "Helvetica",
            6.5,
        )
    if rng.random() < 0.6:
        note = (
            tr(lg, "Original seen", "Original hat vorgelegen", "Vu l'original")
            + f" {date_text(d, lg, 'short')} "
            + "".join(x[0] for x in rng.choice(NAMES[lg]).split())
        )
        pages[-1].text(60, h - 80, note, hand, 11)
    return pages


def tpl_vetting(rng: random.Random, who: Issuer) -> list[Page]:
    """A criminal record check reply about an applicant: a DBS basic or enhanced certificate
    (certificate number, the person's details, 'None recorded' sections, continued on a
    second page for the enhanced one), a German Fuehrungszeugnis (Belegart O for an
    employer, 'Inhalt: Keine Eintragung') or a French bulletin n 3 du casier judiciaire
    ('Neant')."""
    o = office(who, "vetting")
    lg = o.lang
    e = take(who, "checked") or person(rng, lg)
    s = paper(who.style, A4, 50, 9)
    w, h = A4
    m = s.margin
    d = pick_day(rng)
    pages: list[Page] = []
    if lg == "en":
        enhanced = rng.random() < 0.5
        f = sheets(
            s,
            replace(o, head="rule", foot=[], again=False),
            "Certificate " + digits(rng, "001999999999"),
        )
        heading(f, s, ("Enhanced" if enhanced else "Basic") + " Certificate", 6)
        f.y = grid_boxes(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Certificate number", digits(rng, "00199999999")),
                ("Date of issue", date_text(d, "en", "short")),
                ("Surname", e.name.split()[-1].upper()),
                ("Forename(s)", " ".join(e.name.split()[:-1])),
                ("Date of birth", date_text(e.born, "en", "short")),
                ("Place of birth", rng.choice(["Manchester", "Leeds", "Lagos", "Cork", "Karachi"])),
                ("Employment details", e.job),
                ("Employer", office(who, "employer").name),
            ],
            2,
            h=30,
            hand="Helvetica",
        )
        sections = ["Police Records of Convictions, Cautions, Reprimands and Warnings"]
        if enhanced:
            sections += [
                "Children's Barred List information",
                "Adults' Barred List information",
                "Other relevant information disclosed at the Chief Police Officer(s) discretion",
            ]
        for t in sections:
            f.need(50)
            f.page.rect(m, f.y, w - 2 * m, 40)
            f.page.text(m + 6, f.y + 13, t, s.bold, 8)
            f.page.text(m + 6, f.y + 30, "NONE RECORDED", "Helvetica-Bold", 10)
            f.y += 48
        if enhanced:
            f.new_page()
            heading(f, s, "Continuation sheet", 2)
            for _ in range(rng.randint(3, 6)):
                body(f, s, prose_block(rng, "en", "conduct", 2, 4), pt=8)
        return done(f.pages, s, o, "Page {i} of {n}" if enhanced else "none")
    p = Page(A4)
    pages.append(p)
    if lg == "de":
        p.text(m, 60, "Bundesamt fuer Justiz", "Helvetica-Bold", 12)
        p.text(m, 74, "- Bundeszentralregister -  53094 Bonn", "Helvetica", 8)
        p.text(m, 130, office(who, "employer").name, "Helvetica", 10)
        p.text(m, 144, tr(lg, "", "Personalabteilung"), "Helvetica", 10)
        p.text(w / 2, 210, "Fuehrungszeugnis", "Helvetica-Bold", 18, "center")
        p.text(
            w / 2,
            228,
            "zur Vorlage bei einer Behoerde (Belegart O)"
            if rng.random() < 0.5
            else "erweitertes Fuehrungszeugnis nach Par. 30a BZRG",
            "Helvetica",
            9,
            "center",
        )
        y = 270
        for cap, val in [
            ("Geburtsname", e.name.split()[-1]),
            ("Familienname", e.name.split()[-1]),
            ("Vornamen", " ".join(e.name.split()[:-1])),
            ("Geburtsdatum", date_text(e.born, "de", "short")),
            ("Geburtsort", rng.choice(["Stuttgart", "Ulm", "Izmir", "Kassel"])),
            ("Staatsangehoerigkeit", rng.choice(["deutsch", "deutsch", "tuerkisch"])),
            ("Anschrift", f"{e.street}, {e.town}"),
        ]:
            p.text(m, y, cap, "Helvetica", 9)
            p.text(m + 150, y, val, "Courier-Bold", 10)
            y += 16
        p.text(m, y + 30, "Inhalt:", "Helvetica-Bold", 10)
        p.text(m + 60, y + 30, "Keine Eintragung", "Courier-Bold", 12)
        p.text(m, h - 120, f"Bonn, {date_text(d, 'de', 'short')}", "Helvetica", 9)
        p.text(
            m,
            h - 106,
            "Dieses Dokument wurde elektronisch erstellt und ist ohne Unterschrift gueltig.",
            "Helvetica",
            7,
        )
        p.text(w - m, h - 60, digits(rng, "Belegnummer 999999999999"), "Courier", 8, "right")
        return pages
    p.text(w / 2, 60, "REPUBLIQUE FRANCAISE", "Times-Bold", 10, "center")
    p.text(
        w / 2,
        74,
        "Ministere de la Justice - Casier judiciaire national",
        "Times-Roman",
        9,
        "center",
    )
    p.text(w / 2, 130, "BULLETIN N 3", "Times-Bold", 20, "center")
    y = 180
    for cap, val in [
        ("Nom", e.name.split()[-1].upper()),
        ("Prenoms", " ".join(e.name.split()[:-1])),
        ("Ne(e) le", date_text(e.born, "fr", "short")),
        ("a", rng.choice(["Lyon (69)", "Villeurbanne (69)", "Alger", "Saint-Etienne (42)"])),
        ("Adresse", f"{e.street}, {e.town}"),
    ]:
        p.text(m, y, cap, "Times-Roman", 10)
        p.text(m + 120, y, val, "Times-Bold", 11)
        y += 18
    p.rect(m, y + 20, w - 2 * m, 150)
    p.text(w / 2, y + 100, "NEANT", "Times-Bold", 28, "center")
    p.text(
        m,
        h - 110,
        f"Delivre le {date_text(d, 'fr', 'long')} - bulletin delivre a l'interesse(e) sur sa "
        "demande",
        "Times-Italic",
        8,
    )
    p.text(
        w - m, h - 60, "Ne peut etre delivre qu'a la personne concernee", "Times-Roman", 7, "right"
    )
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_Q: dict[str, Template] = {
    "application": tpl_application,
    "interview_sheet": tpl_interview_sheet,
    "contract": tpl_contract,
    "amendment": tpl_amendment,
    "payslip": tpl_payslip,
    "timesheet": tpl_timesheet,
    "holiday_request": tpl_holiday_request,
    "sick_note": tpl_sick_note,
    "reference": tpl_reference,
    "appraisal": tpl_appraisal,
    "training_cert": tpl_training_cert,
    "disciplinary": tpl_disciplinary,
    "resignation": tpl_resignation,
    "leaver_form": tpl_leaver_form,
    "pension": tpl_pension,
    "company_car": tpl_company_car,
    "expense_claim": tpl_expense_claim,
    "health_questionnaire": tpl_health_questionnaire,
    "works_notice": tpl_works_notice,
    "id_copy": tpl_id_copy,
    "vetting": tpl_vetting,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = ("payslip", "timesheet", "holiday_request", "sick_note", "training_cert")
#: A kind often followed by a related kind from the same issuer.
FOLLOWS = {
    "application": "interview_sheet",
    "contract": "company_car",
    "resignation": "leaver_form",
    "id_copy": "vetting",
    "appraisal": "training_cert",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_quire_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; an application is followed by the interview
    sheet, a contract by the company car agreement, a resignation by the leaver's form, an
    identity document copy by the background check reply and an appraisal by a training
    certificate, each with probability 0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_Q, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_quire_stream, "templates Q")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

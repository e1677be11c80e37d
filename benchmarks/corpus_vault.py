"""Vault part of the generated corpus: templates H, written blind for the next measurement.

An eighth part, ``vault``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the paperwork that piles up in a
household or small-office drawer and is scanned in one go: annual tax certificates from
employers (P60, Lohnsteuerbescheinigung), health insurance reimbursement statements, doctors'
referral letters, hearing aid quotes with an audiogram, childcare fee invoices, gym membership
contracts with small-print terms, loan amortisation schedules, motor claim acknowledgements,
home insurance policy wording booklets (A5, with cover and contents), annual energy statements
(Jahresabrechnung), water bills with a payment slip, broadband outage credit letters, removal
quotes with a room-by-room inventory, handwritten-looking handyman invoices (A5 duplicate
book), notaries' appointment letters with the draft deed enclosed, land register extracts,
birth and marriage certificate copies, visa appointment letters, university enrolment
certificates, scholarship award letters with an acceptance form, narrow pharmacy till
receipts, A5 landscape spectacle prescriptions, bank PIN mailers and vehicle mileage logs.
Many senders write in German or French.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page kinds such as tax
certificates, reimbursement statements, childcare invoices, certificate copies, enrolment
certificates, pharmacy receipts and handyman invoices often come 2-3 in a row from one
sender, and a notary's letter is often followed by a land register extract, a scholarship
award by an enrolment certificate and a referral by a hearing aid quote. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "vault"`` and seeds offset by 700_000.

Usage: ``python benchmarks/corpus_vault.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/vault/vault_{born_digital,scanned}_NNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    Col,
    Flow,
    address,
    bar_width,
    box,
    cell,
    columns,
    date_text,
    fit,
    italic,
    money,
    number_pages,
    pairs,
    part_generate,
    part_main,
    shrink,
    someone,
    table,
    text_block,
    tr,
    tw,
    wrap,
)
from corpus_kit import babble as kit_babble

PART = "vault"
SEED_OFFSET = 700_000

# ---------------------------------------------------------------------------------------------
# Senders, people and places
# ---------------------------------------------------------------------------------------------

OFFICES: dict[str, list[tuple[str, str]]] = {
    "payroll": [
        ("Wexcombe Joinery Ltd", "en"),
        ("Saltmarsh Care Homes Ltd", "en"),
        ("Brackenford District Council", "en"),
        ("Hainfelder Metallbau GmbH", "de"),
        ("Buerodienste Koenig KG", "de"),
        ("Transports Perrault SARL", "fr"),
    ],
    "health": [
        ("Westerly Health Cash Plan", "en"),
        ("Copperleaf Medical Insurance", "en"),
        ("Hanse Vita Krankenversicherung a.G.", "de"),
        ("Hainfelder Private Krankenkasse", "de"),
        ("Mutuelle du Val de Saone", "fr"),
    ],
    "surgery": [
        ("Hollins Lane Surgery", "en"),
        ("Ellery Vale Medical Practice", "en"),
        ("Gemeinschaftspraxis Dr. Vogt & Dr. Albers", "de"),
        ("Cabinet medical des Tilleuls", "fr"),
    ],
    "audiology": [
        ("Clearwave Hearing Centre", "en"),
        ("Hoerakustik Meierling", "de"),
        ("Audition Conseil Macon", "fr"),
    ],
    "nursery": [
        ("Little Acorns Day Nursery", "en"),
        ("Bramble Hill Pre-School", "en"),
        ("Kita Sonnenblume e.V.", "de"),
        ("Creche Les Petits Loups", "fr"),
    ],
    "gym": [
        ("PulseFit Wexcombe", "en"),
        ("Ironworks Leisure Club", "en"),
        ("Sportpark Hainfeld", "de"),
        ("Club Forme Montbrison", "fr"),
    ],
    "lender": [
        ("Brackenford Building Society", "en"),
        ("Saltmarsh Personal Finance", "en"),
        ("Volksbank Hainfeld eG", "de"),
        ("Caisse Fonciere de Bourgogne", "fr"),
    ],
    "motor": [
        ("Ridgeway Motor Insurance", "en"),
        ("Kite Car Insurance Services", "en"),
        ("Allmend Kfz-Versicherung AG", "de"),
        ("Assurances Auto Bourgogne", "fr"),
    ],
    "home": [
        ("Hearthstone Home Insurance", "en"),
        ("Keystone Household Cover", "en"),
        ("Wohnwert Versicherung AG", "de"),
        ("Maison Sure Assurances", "fr"),
    ],
    "power": [
        ("EVH Energie Hainfeld GmbH", "de"),
        ("Gasversorgung Leinetal", "de"),
        ("Kingfisher Energy", "en"),
        ("Energies du Maconnais", "fr"),
    ],
    "water": [
        ("Brackwater Water Services", "en"),
        ("Wasserverband Hainfeld", "de"),
        ("Eaux du Val de Saone", "fr"),
    ],
    "isp": [
        ("Hopline Broadband", "en"),
        ("Starling Fibre", "en"),
        ("NetzWelle Hainfeld", "de"),
        ("Reseau Lumiere Telecom", "fr"),
    ],
    "removals": [
        ("Hadley & Sons Removals", "en"),
        ("Greyhound Moving & Storage", "en"),
        ("Umzuege Brandt Hainfeld", "de"),
        ("Demenagements Perrin", "fr"),
    ],
    "trades": [
        ("D. Pellow Property Maintenance", "en"),
        ("Sam Oduya Plumbing & Heating", "en"),
        ("Hausmeisterservice K. Ostrowski", "de"),
        ("Multi-Services L. Bibard", "fr"),
    ],
    "notary": [
        ("Notarin Dr. Helene Kastner", "de"),
        ("Notare Albrecht & Wiese", "de"),
        ("Office notarial Maitre Girardot", "fr"),
        ("Pendry Quay Notaries", "en"),
    ],
    "registry": [
        ("Land Registry - Wexcombe Office", "en"),
        ("Amtsgericht Hainfeld - Grundbuchamt", "de"),
        ("Service de la publicite fonciere de Macon", "fr"),
    ],
    "registrar": [
        ("Wexcombe Register Office", "en"),
        ("Standesamt Hainfeld", "de"),
        ("Mairie de Montbrison - Etat civil", "fr"),
    ],
    "visa": [
        ("Visa Application Centre Wexcombe", "en"),
        ("Centre de demande de visa - Lyon", "fr"),
        ("Visastelle Konsularservice Hainfeld", "de"),
    ],
    "university": [
        ("University of Wexcombe - Student Records", "en"),
        ("Universitaet Hainfeld - Studierendensekretariat", "de"),
        ("Universite de Bourgogne-Sud - Scolarite", "fr"),
    ],
    "foundation": [
        ("Ashgrove Educational Trust", "en"),
        ("Maud Ellery Bursary Fund", "en"),
        ("Stiftung Begabtenfoerderung Hainfeld", "de"),
        ("Fondation Lumiere pour l'etude", "fr"),
    ],
    "pharmacy": [
        ("Wexcombe Late Night Pharmacy", "en"),
        ("Apotheke am Markt", "de"),
        ("Loewen-Apotheke Hainfeld", "de"),
        ("Pharmacie du Centre", "fr"),
    ],
    "optician": [
        ("Clearview Opticians", "en"),
        ("Optik Weiland", "de"),
        ("Optique Lumiere", "fr"),
    ],
    "bank": [
        ("Brackenford Building Society", "en"),
        ("Harrow & Vale Bank", "en"),
        ("Kreissparkasse Hainfeld", "de"),
        ("Banque du Val de Saone", "fr"),
    ],
    "fleet": [
        ("Wexcombe Joinery Ltd", "en"),
        ("Ellery Field Services Ltd", "en"),
        ("Hainfelder Metallbau GmbH", "de"),
        ("Transports Perrault SARL", "fr"),
    ],
}
TOWNS = {
    "en": ["Wexcombe WX3 7HN", "Saltmarsh SM2 1QT", "Brackenford BF9 4LD", "Ellery Vale EV5 6JP"],
    "de": ["37431 Hainfeld", "37434 Hainfeld-Nord", "37412 Leinetal", "34117 Kassel"],
    "fr": ["71100 Saint-Aubin", "71000 Macon", "42600 Montbrison", "69003 Lyon"],
}
ROADS = {
    "en": ["Ropewalk Lane", "Beacon Hill Road", "Tithe Barn Close", "Quarry Street", "The Strand"],
    "de": ["Bahnhofstrasse", "Am Muehlengraben", "Leinestrasse", "Schillerweg", "Ringstrasse"],
    "fr": ["rue de la Poste", "avenue de Lattre", "impasse des Saules", "quai Lamartine"],
}
FIRST = [
    "Harriet",
    "Tobias",
    "Nkechi",
    "Rosalind",
    "Benedikt",
    "Yusuf",
    "Clemence",
    "Declan",
    "Marisol",
    "Henrik",
    "Agnieszka",
    "Eliot",
    "Solveig",
    "Kwame",
    "Manon",
    "Ferdinand",
]
LAST = [
    "Whitcombe",
    "Oberlaender",
    "Eze",
    "Pargeter",
    "Kuehnel",
    "Demir",
    "Vasseur",
    "Mulcahy",
    "Quintero",
    "Sandvik",
    "Zielinska",
    "Thistlewood",
    "Haugland",
    "Asante",
    "Lefebvre",
    "Roggenkamp",
]
WORDS = {
    "en": {
        "gym": "member membership club facilities classes fees direct debit notice "
        "cancellation freeze locker induction instructor equipment opening hours guest",
        "health": "treatment patient consultation specialist symptoms examination referral "
        "history medication physiotherapy scan results clinic review follow-up pain",
        "insurance": "policy cover claim insured excess premium damage loss property "
        "conditions exclusions settlement period home contents liability",
        "money": "loan interest repayment balance instalment rate term capital account "
        "payment schedule early settlement charges borrower lender",
        "home": "meter supply consumption reading tariff service network charges account "
        "property water energy usage estimate period billing",
        "move": "removal packing crates furniture crew vehicle storage access parking "
        "insurance inventory dismantling fragile loading delivery",
        "study": "student course programme semester tuition award funding progress "
        "academic report attendance faculty bursary conditions",
        "law": "property purchase contract deed seller buyer price transfer registration "
        "charge title mortgage completion notary easement",
        "care": "child session nursery hours funded meals activities key person parents "
        "learning outdoor pickup notice fees",
    },
    "de": {
        "gym": "Mitglied Mitgliedschaft Studio Kurse Beitrag Lastschrift Kuendigung "
        "Ruhezeit Spind Trainer Geraete Oeffnungszeiten Vertrag Laufzeit Einweisung",
        "health": "Behandlung Patient Untersuchung Befund Ueberweisung Therapie Beschwerden "
        "Medikation Kontrolle Facharzt Diagnose Praxis Termin Verlauf",
        "insurance": "Versicherung Vertrag Schaden Leistung Beitrag Selbstbeteiligung "
        "Erstattung Versicherungsnehmer Wohnung Hausrat Bedingungen Fall",
        "money": "Darlehen Zins Tilgung Rate Restschuld Laufzeit Sollzins Konto Zahlung "
        "Sondertilgung Vertrag Betrag Kreditnehmer",
        "home": "Zaehler Verbrauch Ablesung Tarif Abschlag Netz Entgelt Lieferung "
        "Abrechnung Zeitraum Kunde Energie Preis Stand",
        "move": "Umzug Moebel Kartons Transport Lager Halteverbot Montage Verpackung "
        "Fahrzeug Mitarbeiter Termin Etage Aufzug",
        "study": "Studium Semester Stipendium Foerderung Hochschule Nachweis Leistung "
        "Bewerbung Studiengang Bescheid Auszahlung",
        "law": "Kaufvertrag Grundstueck Verkaeufer Kaeufer Kaufpreis Grundbuch "
        "Auflassung Vormerkung Urkunde Notar Besitz Uebergabe Belastung",
        "care": "Kind Betreuung Kita Stunden Eltern Beitrag Verpflegung Gruppe "
        "Eingewoehnung Abholung Monat Satzung",
    },
    "fr": {
        "gym": "adherent abonnement club cours cotisation prelevement resiliation "
        "suspension casier coach equipements horaires contrat duree badge",
        "health": "traitement patient consultation examen specialiste symptomes "
        "ordonnance suivi bilan douleur cabinet rendez-vous",
        "insurance": "contrat garantie sinistre assure franchise prime dommages "
        "indemnisation habitation conditions exclusion declaration",
        "money": "pret taux echeance capital interets duree remboursement anticipe "
        "emprunteur compte mensualite tableau",
        "home": "compteur consommation releve tarif abonnement reseau facture periode "
        "client energie estimation contrat",
        "move": "demenagement cartons meubles camion garde-meuble equipe emballage "
        "montage acces etage volume",
        "study": "etudiant formation semestre bourse inscription diplome resultats "
        "scolarite versement conditions",
        "law": "vente acquereur vendeur prix acte notaire propriete hypotheque "
        "servitude cadastre signature compromis",
        "care": "enfant creche accueil heures repas parents activites contrat "
        "mensualite inscription equipe",
    },
}


def a_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def a_day(rng: random.Random, lo: int = 2021, hi: int = 2026) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def home_of(rng: random.Random, lang: str) -> list[str]:
    return someone(rng, lang, a_name, ROADS, TOWNS, 140)


GLUE = {
    "de": "der die das und zu im fuer mit auf von bei wir Ihre Ihnen ist sind wird nach den",
    "fr": "le la les et de du en pour avec sur par nous votre vos est sont sera au des",
}


def words(rng: random.Random, topic: str, lang: str, n: int | None = None) -> str:
    """A sentence on ``topic`` in the sender's language (German nouns keep their capitals)."""
    if lang == "en":
        return kit_babble(rng, WORDS["en"][topic], n)
    pool = WORDS[lang][topic].split()
    n = n or rng.randint(8, 18)
    ws = [
        rng.choice(pool) if rng.random() < 0.5 else rng.choice(GLUE[lang].split()) for _ in range(n)
    ]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def chatter(rng: random.Random, topic: str, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, topic, lang) for _ in range(rng.randint(lo, hi)))


def code(rng: random.Random, prefix: str = "", digits: int = 8) -> str:
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(digits))


def plate(rng: random.Random, lang: str) -> str:
    """A vehicle registration number of the sender's country."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if lang == "de":
        return f"HF-{rng.choice('ABKLMS')}{rng.choice('ABKLMS')} {rng.randint(10, 9999)}"
    if lang == "fr":
        a, b = rng.sample(letters, 2), rng.sample(letters, 2)
        return f"{''.join(a)}-{rng.randint(100, 999)}-{''.join(b)}"
    tail = "".join(rng.choice(letters) for _ in range(3))
    return f"{rng.choice(['WX', 'BF', 'SM'])}{rng.randint(10, 74)} {tail}"


def hhmm(rng: random.Random, lo: int = 8, hi: int = 17) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.choice(['00', '10', '15', '30', '40', '45'])}"


# ---------------------------------------------------------------------------------------------
# The sender of a document and its stationery
# ---------------------------------------------------------------------------------------------

HEADS = ("masthead", "ruled", "band", "corner", "plain", "small")
PAGE_FORMATS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "{i} of {n}", "{i}", "2:Page {i}", "p{i}"],
    "de": ["none", "none", "Seite {i} von {n}", "Seite {i}/{n}", "- {i} -", "2:- {i} -"],
    "fr": ["none", "none", "Page {i} sur {n}", "{i}/{n}", "Page {i}", "2:{i}/{n}"],
}


@dataclass
class Office:
    name: str
    town: str
    street: str
    lang: str
    web: str
    phone: str
    iban: str
    head: str  # one of HEADS
    foot: bool  # contact and bank footer on every page
    again: bool  # letterhead printed on every page (preprinted stationery)
    numbers: str
    num_pos: str
    dates: str


def office(who: Issuer, sector: str, heads: tuple[str, ...] = HEADS) -> Office:
    """The sender of ``sector`` that stands for issuer ``who`` (the same on every call)."""
    r = random.Random(f"vault|{sector}|{who.name}|{who.street}|{who.city}")
    name, lang = r.choice(OFFICES[sector])
    digits = "".join(str(r.randint(0, 9)) for _ in range(18))
    if lang == "de":
        street = f"{r.choice(ROADS['de'])} {r.randint(1, 90)}"
        phone = f"05521 {r.randint(1000, 9999)}-{r.randint(0, 99)}"
        iban = f"DE{digits[:2]} {digits[2:6]} {digits[6:10]} {digits[10:14]} {digits[14:18]} 00"
    elif lang == "fr":
        street = f"{r.randint(1, 90)} {r.choice(ROADS['fr'])}"
        phone = f"03 85 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        iban = f"FR76 {digits[:4]} {digits[4:8]} {digits[8:12]} {digits[12:16]} {digits[16:]}"
    else:
        street = f"{r.randint(1, 90)} {r.choice(ROADS['en'])}"
        phone = f"01{r.randint(200, 999)} {r.randint(100000, 999999)}"
        iban = f"Sort code {digits[:2]}-{digits[2:4]}-{digits[4:6]}  Account {digits[6:14]}"
    host = "".join(ch for ch in name.lower().split(" - ")[0] if ch.isalpha())[:14]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    return Office(
        name=name,
        lang=lang,
        street=street,
        town=r.choice(TOWNS[lang]),
        phone=phone,
        web=f"www.{host}.{tld}",
        iban=iban,
        head=r.choice(heads),
        foot=r.random() < (0.6 if lang == "de" else 0.2),
        again=r.random() < 0.35,
        numbers=r.choice(PAGE_FORMATS[lang]),
        num_pos=r.choice(["bc", "bc", "br", "bl", "tr"]),
        dates=r.choice(["long", "short", "iso", "us"]) if lang == "en" else r.choice(["d", "long"]),
    )


def ds(o: Office, d: date) -> str:
    return date_text(d, o.lang, o.dates)


def dn(o: Office, d: date) -> str:
    """A date in the short numeric form used in tables."""
    return date_text(d, o.lang, "short")


def t(o: Office, en: str, de: str = "", fr: str = "") -> str:
    return tr(o.lang, en, de, fr)


def cur(o: Office, v: float) -> str:
    """An amount the way the sender writes money."""
    if o.lang == "en":
        return f"£{money(v)}" if o.name.endswith(("Ltd", "Society")) else f"GBP {money(v)}"
    return f"{money(v, o.lang)} EUR" if o.lang == "de" else f"{money(v, 'fr')} €"


def letterhead(page: Page, s: Style, o: Office, kind: str | None = None) -> float:
    """Draw the sender's stationery at the top of ``page``; returns where content may start."""
    w, h = page.size
    m = s.margin
    kind = kind or o.head
    if kind == "masthead":
        right = [o.phone, o.web]
        rw = max(tw(x, s.font, 7.5) for x in right)
        size = shrink(o.name, s.bold, s.size + 7, w - 2 * m - rw - 16)
        page.text(m, m, o.name, s.bold, size)
        for k, x in enumerate(right):
            page.text(w - m, m - 9 + 9 * k, x, s.font, 7.5, "right")
        page.line(m, m + 8, w - m, m + 8)
        page.text(m, m + 18, fit(f"{o.street}, {o.town}", s.font, 7.5, w - 2 * m), s.font, 7.5)
        return m + 38
    if kind == "ruled":
        size = shrink(o.name, s.bold, s.size + 5, w - 2 * m)
        page.text(w / 2, m, o.name, s.bold, size, "center")
        sub = fit(f"{o.street} - {o.town} - {o.phone}", s.font, 7.5, w - 2 * m)
        page.text(w / 2, m + 12, sub, s.font, 7.5, "center")
        page.line(m, m + 17, w - m, m + 17)
        page.line(m, m + 19, w - m, m + 19)
        return m + 40
    if kind == "band":
        page.rect(0, 0, 14, h, fill=0.55)
        size = shrink(o.name, s.bold, s.size + 4, w - 2 * m)
        page.text(m, m, o.name, s.bold, size)
        page.text(m, m + 12, fit(f"{o.street} | {o.town}", s.font, 8, w - 2 * m), s.font, 8)
        return m + 34
    if kind == "corner":
        bw = min(200.0, w / 2 - m)
        cx = w - m - bw
        page.rect(cx, m - 22, bw, 50)
        size = shrink(o.name, s.bold, s.size + 1, bw - 10)
        page.text(cx + 5, m - 9, o.name, s.bold, size)
        page.text(cx + 5, m + 3, fit(o.street, s.font, 7.5, bw - 10), s.font, 7.5)
        page.text(cx + 5, m + 13, fit(f"{o.town}  {o.phone}", s.font, 7.5, bw - 10), s.font, 7.5)
        return m + 40
    if kind == "small":
        line = fit(f"{o.name}  ·  {o.street}  ·  {o.town}", s.font, 7, w - 2 * m - 90)
        page.text(m, m - 4, line, s.font, 7)
        page.text(w - m, m - 4, o.phone, s.font, 7, "right")
        return m + 14
    return m


def footer(page: Page, s: Style, o: Office) -> None:
    """Three columns of sender details at the foot of the page (German business style)."""
    w, h = page.size
    m = s.margin
    y = h - m + 4
    page.line(m, y, w - m, y)
    third = (w - 2 * m) / 3
    rows = [
        [o.name, f"{o.street}, {o.town}"],
        [t(o, "Tel.", "Telefon", "Tel.") + f" {o.phone}", o.web],
        [t(o, "Bank details", "Bankverbindung", "Banque"), o.iban],
    ]
    for k, col in enumerate(rows):
        for j, x in enumerate(col):
            page.text(m + k * third, y + 10 + 8 * j, fit(x, s.font, 6.5, third - 6), s.font, 6.5)


def paper(s: Style, o: Office, running: str = "", first: bool = True) -> Flow:
    """A flow on the sender's paper: letterhead on page 1 (and later pages if ``o.again``),
    otherwise ``running`` as a small header on later pages; footer on every page if
    ``o.foot``."""
    _w, h = s.page_size
    bottom = h - s.margin - (14 if o.foot else 6)

    def start(page: Page, n: int) -> float:
        if o.foot:
            footer(page, s, o)
        if n == 1:
            return letterhead(page, s, o) if first else s.margin
        if o.again and first:
            return letterhead(page, s, o)
        if running:
            return top_line(page, s, running)
        return s.margin

    return Flow(s.page_size, bottom, start)


def top_line(page: Page, s: Style, text: str) -> float:
    w, _ = page.size
    m = s.margin
    page.text(m, m - 12, fit(text, s.font, 7.5, w - 2 * m), s.font, 7.5)
    page.line(m, m - 8, w - m, m - 8)
    return m + 10


def numbered(pages: list[Page], s: Style, o: Office, skip: int = 0, fmt: str = "") -> None:
    number_pages(pages, s, fmt or o.numbers, o.num_pos, skip, top=24, bottom=18)


def window(f: Flow, s: Style, o: Office, to: list[str], facts: list[tuple[str, str]]) -> None:
    """Recipient address on the left, reference facts on the right, of the current page."""
    w, _ = s.page_size
    m = s.margin
    y0 = f.y + 8
    yl = address(f.page, s, o if o.head != "plain" else None, y0, to)
    yr = pairs(f.page, s, w / 2 + 40, y0 + 12, facts, w - m, s.size - 1.5)
    f.y = max(yl, yr) + 20


def greet(f: Flow, s: Style, o: Office, name: str | None) -> None:
    if name is None:
        text = t(o, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    else:
        last = name.split()[-1]
        text = t(o, f"Dear {name},", f"Guten Tag {name},", f"Bonjour {name.split()[0]} {last},")
    f.page.text(s.margin, f.y, text, s.font, s.size)
    f.y += s.size * 2.1


def headline(f: Flow, s: Style, text: str, grow: float = 1) -> None:
    w, _ = s.page_size
    size = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(size * 4)
    f.page.text(s.margin, f.y, text, s.bold, size)
    f.y += size * 2


def say(f: Flow, s: Style, text: str, indent: float = 0, size: float | None = None) -> None:
    w, _ = s.page_size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, size or s.size)


def scrawl(page: Page, x: float, y: float, name: str, rng: random.Random) -> None:
    """A signature: the name in a slanted script face, a little off the line."""
    first, *_, last = name.split()
    page.text(
        x + rng.uniform(0, 14), y - rng.uniform(0, 3), f"{first[0]}. {last}", "Times-Italic", 14
    )


def sign_off(f: Flow, s: Style, o: Office, rng: random.Random, name: str, role: str) -> None:
    f.need(80)
    f.page.text(
        s.margin,
        f.y,
        t(o, "Yours sincerely,", "Mit freundlichen Gruessen", "Bien cordialement,"),
        s.font,
        s.size,
    )
    scrawl(f.page, s.margin, f.y + 28, name, rng)
    f.page.text(s.margin, f.y + 44, name, s.font, s.size)
    if role:
        f.page.text(
            s.margin,
            f.y + 44 + s.size * 1.3,
            fit(role, s.font, s.size - 1, 260),
            s.font,
            s.size - 1,
        )
    f.y += 52 + s.size * 2.4


def grid(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """``corpus_kit.columns`` with a gap where a left-aligned column follows a right-aligned
    one, so a number and the next column's text do not run together."""
    out = columns(x0, x1, spec)
    for k in range(1, len(out)):
        left, right, how = out[k]
        if how != "right" and out[k - 1][2] == "right":
            out[k] = (left + 8, right, how)
    return out


def note(page: Page, s: Style, y: float, text: str, size: float | None = None) -> float:
    """``text`` across the full measure of ``page`` from ``y``; returns the y below."""
    return text_block(page, s, s.margin, y, page.size[0] - 2 * s.margin, text, size)


def flow_on(page: Page, y: float) -> Flow:
    """A flow that goes on on ``page`` from ``y`` without breaking (tables on one-page forms)."""
    f = Flow(page.size, page.size[1] * 10, lambda _p, _n: y)
    f.pages, f.page, f.y = [page], page, y
    return f


def dashes(page: Page, x1: float, x2: float, y: float, dash: float = 4) -> None:
    x = x1
    while x < x2:
        page.line(x, y, min(x + dash, x2), y)
        x += dash * 2


def field(
    page: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    value: str,
    size: float | None = None,
) -> None:
    """A form box with a small label in its top left corner and the value below it."""
    size = size or s.size
    page.rect(x, y, w, h)
    page.text(x + 3, y + 8, fit(label, s.font, 6.5, w - 6), s.font, 6.5)
    if value:
        page.text(
            x + 4, y + min(h - 4, 9 + size + 2), fit(value, s.font, size, w - 8), s.font, size
        )


def ticks(
    page: Page, s: Style, x: float, y: float, options: list[str], chosen: int, width: float
) -> float:
    """Tick boxes in a row (wrapping to the next row); ``chosen`` is ticked. Returns y below."""
    cx = x
    size = s.size - 1
    for k, label in enumerate(options):
        need = tw(label, s.font, size) + 24
        if cx + need > x + width and cx > x:
            cx = x
            y += size * 1.8
        box(page, cx, y, k == chosen, size)
        page.text(cx + size + 4, y, fit(label, s.font, size, width - size - 6), s.font, size)
        cx += need
    return y + size * 1.8


def two_columns(
    pages: list[Page],
    s: Style,
    start: float,
    clauses: list[tuple[str, str]],
    new_page: object,
    size: float = 7,
    bottom: float | None = None,
) -> None:
    """Numbered clauses in two columns of small print, from ``start`` on the last of
    ``pages``, calling ``new_page()`` (returning the page's top y) when both columns are
    full."""
    assert callable(new_page)
    w, h = s.page_size
    m = s.margin
    gap = 16
    cw = (w - 2 * m - gap) / 2
    bottom = bottom or h - m - 8
    page = pages[-1]
    top = y = start
    col = 0
    for k, (title, text) in enumerate(clauses, 1):
        lines = [(f"{k}. {title}", s.bold)] + [(ln, s.font) for ln in wrap(text, s.font, size, cw)]
        for j, (ln, font) in enumerate(lines):
            if y + size * 1.25 > bottom or (j == 0 and y + size * 4 > bottom):
                if col == 0:
                    col = 1
                else:
                    top = new_page()
                    page = pages[-1]
                    col = 0
                y = top
            page.text(m + col * (cw + gap), y, fit(ln, font, size, cw), font, size)
            y += size * 1.25
        y += size * 0.6


# ---------------------------------------------------------------------------------------------
# Templates H
# ---------------------------------------------------------------------------------------------


def tpl_tax_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """An employer's year-end pay and tax certificate: P60, Lohnsteuerbescheinigung or the
    French annual summary; one page of boxes."""
    s = who.style
    o = office(who, "payroll", ("plain", "small", "masthead"))
    w, _h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, o)
    year = rng.randint(2020, 2025)
    emp = home_of(rng, o.lang)
    gross = rng.uniform(14000, 68000)
    tax = gross * rng.uniform(0.07, 0.21)
    full = w - 2 * m
    if o.lang == "en":
        p.text(m, y + 14, "P60 End of Year Certificate", s.bold, s.size + 6)
        p.text(w - m, y + 14, f"Tax year to 5 April {year}", s.bold, s.size, "right")
        y += 30
        y = note(
            p,
            s,
            y,
            "To the employee: Please keep this certificate in a safe place as you will need it "
            "if you have to fill in a tax return. You can also use it to check that your "
            "employer is using the correct National Insurance number.",
            s.size - 1.5,
        )
        half = full / 2
        last, first = emp[0].split()[-1], emp[0].split()[0]
        ni = f"{rng.choice('ABCEGHJKLMNPRSTWXYZ')}{rng.choice('ABCEGHJKLMNPRSTWXYZ')}"
        ni += f" {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        ni += rng.choice("ABCD")
        for k, (lab, val) in enumerate(
            [
                ("Employee's details: surname", last),
                ("Forenames or initials", first),
                ("National Insurance number", ni),
                ("Works / payroll number", code(rng, "", 5)),
            ]
        ):
            field(p, s, m + (k % 2) * half, y + (k // 2) * 28, half, 28, lab, val)
        y += 70
        p.text(m, y, "Pay and Income Tax details", s.bold, s.size)
        y += 6
        prev = rng.choice([0.0, 0.0, rng.uniform(1000, 9000)])
        ptax = prev * 0.15
        cs = grid(m, w - m, [(2.4, "left"), (1, "right"), (1, "right")])
        f = flow_on(p, y + 12)
        rows = [
            ["In previous employment(s)", money(prev), money(ptax)],
            ["In this employment *", money(gross), money(tax)],
            ["Total for year", money(gross + prev), money(tax + ptax)],
        ]
        table(f, cs, ["", "Pay £", "Tax deducted £"], rows, s, rules=True)
        y = f.y + 4
        field(p, s, m, y, half, 26, "Final tax code", rng.choice(["1257L", "1257L", "BR", "K475"]))
        p.text(
            m + half + 8,
            y + 16,
            fit("* This figure should be used in your tax return", s.font, 7.5, half - 8),
            italic(s.font),
            7.5,
        )
        y += 44
        p.text(m, y, "National Insurance contributions in this employment", s.bold, s.size)
        cs = grid(m, w - m, [(0.7, "center"), (1, "right"), (1, "right"), (1, "right")])
        f.y = y + 14
        table(
            f,
            cs,
            ["NIC letter", "Earnings at LEL", "Above LEL up to PT", "Employee's NICs"],
            [
                [
                    rng.choice("AAAJMH"),
                    money(6396 + rng.randint(0, 200)),
                    money(6300 + rng.randint(0, 300)),
                    money(max(0.0, gross - 12570) * 0.1),
                ]
            ],
            s,
            shade=0.9,
        )
        y = f.y + 6
        p.text(
            m,
            y,
            "Statutory payments included in the pay 'In this employment' figure",
            s.bold,
            s.size - 1,
        )
        y += 6
        for k, lab in enumerate(
            [
                "Statutory Maternity Pay",
                "Statutory Paternity Pay",
                "Statutory Adoption Pay",
                "Shared Parental Pay",
            ]
        ):
            val = money(rng.uniform(400, 3000)) if rng.random() < 0.08 else "0.00"
            field(p, s, m + (k % 2) * half, y + (k // 2) * 26, half, 26, lab, val, s.size - 1)
        y += 62
        p.text(m, y, "Other details", s.bold, s.size - 1)
        y += 6
        loan = money(rng.uniform(200, 2400)) if rng.random() < 0.3 else "0.00"
        field(p, s, m, y, half, 26, "Student Loan deductions in this employment", loan, s.size - 1)
        field(
            p,
            s,
            m + half,
            y,
            half,
            26,
            "Employer PAYE reference",
            f"{rng.randint(100, 999)}/{code(rng, 'A', 5)}",
        )
        field(
            p,
            s,
            m,
            y + 26,
            full,
            26,
            "Employer name and address",
            f"{o.name}, {o.street}, {o.town}",
        )
        y += 66
        note(
            p,
            s,
            y,
            "Certificate by Employer/Paying Office: This form shows your total pay for Income "
            "Tax purposes in this employment for the year. Any overtime, bonus, commission etc, "
            "Statutory Sick Pay, or Statutory Maternity Pay is included.",
            s.size - 2,
        )
        return [p]
    # German and French: numbered lines of a fixed form, with personal data on the left.
    if o.lang == "de":
        title = f"Ausdruck der elektronischen Lohnsteuerbescheinigung fuer {year}"
        lines = [
            ("1", "Dauer des Dienstverhaeltnisses", f"01.01. - 31.12.{year}"),
            ("2", "Zeitraeume ohne Anspruch auf Arbeitslohn", "-"),
            ("3", "Bruttoarbeitslohn einschl. Sachbezuege", money(gross, "de")),
            ("4", "Einbehaltene Lohnsteuer von 3.", money(tax, "de")),
            ("5", "Einbehaltener Solidaritaetszuschlag von 3.", money(0, "de")),
            (
                "6",
                "Einbehaltene Kirchensteuer des Arbeitnehmers",
                money(tax * 0.09 * rng.choice([0, 1]), "de"),
            ),
            ("15", "Kurzarbeitergeld, Zuschuss zum Mutterschaftsgeld", "-"),
            (
                "17",
                "Steuerfreie Arbeitgeberleistungen Fahrten Wohnung - Arbeitsstaette",
                money(rng.choice([0, 0, 588, 1176]), "de"),
            ),
            (
                "22a",
                "Arbeitgeberanteil zur gesetzlichen Rentenversicherung",
                money(gross * 0.093, "de"),
            ),
            (
                "23a",
                "Arbeitnehmeranteil zur gesetzlichen Rentenversicherung",
                money(gross * 0.093, "de"),
            ),
            (
                "25",
                "Arbeitnehmerbeitraege zur gesetzlichen Krankenversicherung",
                money(gross * 0.081, "de"),
            ),
            (
                "26",
                "Arbeitnehmerbeitraege zur sozialen Pflegeversicherung",
                money(gross * 0.017, "de"),
            ),
            (
                "27",
                "Arbeitnehmerbeitraege zur Arbeitslosenversicherung",
                money(gross * 0.013, "de"),
            ),
            ("33", "Ausgezahltes Kindergeld", "-"),
        ]
        facts = [
            ("Geburtsdatum", ds(o, a_day(rng, 1960, 2002))),
            ("Identifikationsnummer", code(rng, "", 11)),
            ("Personalnummer", code(rng, "", 6)),
            ("Transferticket", code(rng, "", 4) + "-" + code(rng, "", 6)),
            ("Steuerklasse / Faktor", f"{rng.choice(['1', '3', '4', '5'])} / -"),
            ("Finanzamt", f"{rng.randint(2101, 2399)} Hainfeld"),
        ]
    else:
        title = f"Recapitulatif annuel des revenus {year}"
        lines = [
            ("1", "Periode d'emploi", f"01/01/{year} - 31/12/{year}"),
            ("2", "Salaire brut cumule", money(gross, "fr")),
            ("3", "Cotisations salariales", money(gross * 0.22, "fr")),
            ("4", "Net imposable", money(gross * 0.8, "fr")),
            ("5", "Prelevement a la source retenu", money(tax * 0.5, "fr")),
            ("6", "Heures supplementaires exonerees", money(rng.choice([0, 410, 1250]), "fr")),
            ("7", "Avantages en nature", "-"),
            ("8", "Indemnites de conges payes", money(gross * 0.1, "fr")),
            ("9", "Net paye", money(gross * 0.76, "fr")),
        ]
        facts = [
            ("Date de naissance", ds(o, a_day(rng, 1960, 2002))),
            (
                "No de securite sociale",
                f"{rng.choice('12')} {code(rng, '', 2)} {code(rng, '', 2)} {code(rng, '', 5)}",
            ),
            ("Matricule", code(rng, "", 5)),
            ("Emploi", rng.choice(["Chauffeur", "Assistante", "Magasinier", "Comptable"])),
            ("SIRET employeur", code(rng, "", 14)),
        ]
    y = address(p, s, o, y + 10, emp)
    y += 14
    size = shrink(title, s.bold, s.size + 3, full)
    p.text(m, y, title, s.bold, size)
    y += 12
    y = pairs(p, s, m, y + 10, facts, m + full * 0.6, s.size - 1) + 8
    cs = grid(m, w - m, [(0.4, "left"), (4, "left"), (2, "right")])
    f = flow_on(p, y)
    table(
        f,
        cs,
        [t(o, "", "Nr.", "No"), t(o, "", "Bezeichnung", "Libelle"), t(o, "", "EUR", "EUR")],
        [list(x) for x in lines],
        s,
        rules=True,
    )
    remark = t(
        o,
        "",
        "Dieser Ausdruck entspricht den an die Finanzverwaltung uebermittelten Daten. Bitte "
        "bewahren Sie ihn fuer Ihre Einkommensteuererklaerung auf.",
        "Document a conserver sans limitation de duree. Le montant net imposable figure deja "
        "sur votre declaration de revenus preremplie.",
    )
    note(p, s, f.y + 10, remark, s.size - 2)
    return [p]


def tpl_health_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """A health insurer's reimbursement statement listing invoices and what was paid."""
    s = who.style
    o = office(who, "health")
    w, _ = s.page_size
    m = s.margin
    member = home_of(rng, o.lang)
    no = code(rng, rng.choice(["HC", "M", ""]), 9)
    f = paper(
        s,
        o,
        running=t(
            o,
            f"Statement - member {no}",
            f"Leistungsabrechnung - Vers.-Nr. {no}",
            f"Releve - adherent {no}",
        ),
    )
    d = a_day(rng)
    window(
        f,
        s,
        o,
        member,
        [
            (t(o, "Membership no.", "Versicherungsnummer", "No adherent"), no),
            (t(o, "Statement no.", "Abrechnungs-Nr.", "Releve no"), code(rng, "", 7)),
            (t(o, "Date", "Datum", "Date"), ds(o, d)),
        ],
    )
    headline(
        f,
        s,
        t(o, "Claim settlement statement", "Leistungsabrechnung", "Releve de remboursements"),
        3,
    )
    say(
        f,
        s,
        t(
            o,
            "We have assessed the claims you sent us. The table below shows what you paid, what "
            "your plan covers and what we have paid to you.",
            "wir haben die eingereichten Belege geprueft und erstatten Ihnen die unten "
            "aufgefuehrten Betraege.",
            "Nous avons le plaisir de vous adresser le detail des remboursements effectues.",
        ),
    )
    care = {
        "en": [
            "Dental check-up",
            "Physiotherapy session",
            "Optical - glasses",
            "Consultant fee",
            "Chiropody",
            "Hearing test",
            "Prescription charge",
            "Scale and polish",
            "Osteopathy",
        ],
        "de": [
            "Beratung GOAe 1",
            "Untersuchung GOAe 5",
            "Laborleistungen",
            "Krankengymnastik",
            "Professionelle Zahnreinigung",
            "Arzneimittel",
            "Brillenglaeser",
            "Ultraschall",
            "Heilpraktiker GebueH",
        ],
        "fr": [
            "Consultation generaliste",
            "Pharmacie",
            "Kinesitherapie",
            "Optique monture",
            "Detartrage",
            "Consultation specialiste",
            "Radiologie",
            "Analyses biologiques",
        ],
    }[o.lang]
    rows = []
    paid_total = 0.0
    for _ in range(rng.choice([2, 3, 4, 5, 7, 10, 16, 28])):
        day = d - timedelta(days=rng.randint(5, 120))
        billed = rng.uniform(12, 420)
        eligible = billed * rng.choice([1, 1, 0.8, 0.6])
        paid = eligible * rng.choice([1, 0.9, 0.8, 0.7, 0.5])
        paid_total += paid
        rows.append(
            [
                ds(o, day),
                f"Dr. {rng.choice(LAST)}"
                if rng.random() < 0.6
                else rng.choice(LAST) + t(o, " Clinic", " Praxis", " Cabinet"),
                rng.choice(care),
                money(billed, o.lang),
                money(eligible, o.lang),
                money(paid, o.lang),
            ]
        )
    cs = grid(
        m,
        w - m,
        [(1.1, "left"), (1.4, "left"), (2, "left"), (0.9, "right"), (0.9, "right"), (0.9, "right")],
    )
    table(
        f,
        cs,
        [
            t(o, "Date", "Datum", "Date"),
            t(o, "Provider", "Leistungserbringer", "Praticien"),
            t(o, "Treatment", "Leistung", "Acte"),
            t(o, "Charged", "Rechnung", "Depense"),
            t(o, "Eligible", "erstattungsf.", "Base"),
            t(o, "Paid", "Erstattung", "Rembourse"),
        ],
        rows,
        s,
        shade=rng.choice([None, 0.9]),
    )
    f.need(40)
    f.page.line(m, f.y - 8, w - m, f.y - 8)
    cell(
        f.page,
        cs[2],
        f.y + 2,
        t(o, "Total paid", "Erstattungsbetrag", "Total rembourse"),
        s.bold,
        s.size - 1,
    )
    cell(f.page, cs[5], f.y + 2, money(paid_total, o.lang), s.bold, s.size - 1)
    f.y += 26
    say(
        f,
        s,
        t(
            o,
            f"We paid {cur(o, paid_total)} to your bank account ending {rng.randint(1000, 9999)} "
            f"on {ds(o, d)}.",
            f"Der Betrag von {cur(o, paid_total)} wird auf Ihr Konto mit der Endung "
            f"{rng.randint(1000, 9999)} ueberwiesen.",
            f"Le montant de {cur(o, paid_total)} a ete vire sur votre compte le {ds(o, d)}.",
        ),
    )
    if rng.random() < 0.6:
        f.heading(m, t(o, "Notes", "Hinweise", "Observations"), s.bold, s.size)
        for k in range(rng.randint(1, 4)):
            say(f, s, f"({k + 1}) " + words(rng, "insurance", o.lang), 8, s.size - 1.5)
    numbered(f.pages, s, o)
    return f.pages


def tpl_referral(rng: random.Random, who: Issuer) -> list[Page]:
    """A GP's referral letter to a hospital specialist, with patient block and medication."""
    s = who.style
    o = office(who, "surgery", ("masthead", "ruled", "corner", "small"))
    w, _ = s.page_size
    m = s.margin
    pat = home_of(rng, o.lang)
    dob = ds(o, a_day(rng, 1938, 2015))
    ident = t(o, "NHS no. ", "Vers.-Nr. ", "NIR ") + code(rng, "", 10)
    f = paper(s, o, running=f"{pat[0]} - {t(o, 'DOB', 'geb.', 'ne(e) le')} {dob} - {ident}")
    spec = rng.choice(
        [
            ("ENT", "HNO-Heilkunde", "ORL"),
            ("Cardiology", "Kardiologie", "Cardiologie"),
            ("Orthopaedics", "Orthopaedie", "Orthopedie"),
            ("Dermatology", "Dermatologie", "Dermatologie"),
            ("Gastroenterology", "Gastroenterologie", "Gastro-enterologie"),
        ]
    )
    doc = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    to = [
        t(o, f"Dr {doc}", f"Dr. med. {doc}", f"Docteur {doc}"),
        t(o, f"Department of {spec[0]}", f"Klinik fuer {spec[1]}", f"Service d'{spec[2]}"),
        t(o, "Saltmarsh General Hospital", "Klinikum Hainfeld", "Centre hospitalier de Macon"),
        rng.choice(TOWNS[o.lang]),
    ]
    window(
        f,
        s,
        o,
        to,
        [
            (t(o, "Date", "Datum", "Date"), ds(o, a_day(rng))),
            (t(o, "Our ref", "Unser Zeichen", "Ref."), code(rng, "", 6)),
        ],
    )
    f.page.text(m, f.y, t(o, "Priority:", "Dringlichkeit:", "Priorite :"), s.bold, s.size - 1)
    f.y = (
        ticks(
            f.page,
            s,
            m + 70,
            f.y,
            [
                t(o, "Routine", "Regulaer", "Normale"),
                t(o, "Soon", "Zeitnah", "Rapide"),
                t(o, "Urgent", "Dringend", "Urgente"),
            ],
            rng.choice([0, 0, 1, 2]),
            w - 2 * m - 70,
        )
        + 4
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (t(o, "Patient", "Patient/in", "Patient"), pat[0]),
                (t(o, "Date of birth", "Geburtsdatum", "Date de naissance"), dob),
                (t(o, "Identifier", "Versicherung", "Securite sociale"), ident),
                (t(o, "Address", "Anschrift", "Adresse"), ", ".join(pat[1:])),
            ],
            m + (w - 2 * m) * 0.7,
            s.size - 1,
        )
        + 12
    )
    greet(f, s, o, to[0])
    say(
        f,
        s,
        t(
            o,
            f"Thank you for seeing this patient, whom I would be grateful if you could assess in "
            f"your {spec[0].lower()} clinic.",
            f"ich ueberweise Ihnen o. g. Patienten zur Mitbehandlung ({spec[1]}).",
            f"Je vous adresse ce patient pour avis specialise en {spec[2].lower()}.",
        ),
    )
    for title in [
        t(o, "Presenting complaint", "Anamnese", "Motif de consultation"),
        t(o, "Examination", "Befund", "Examen clinique"),
    ]:
        f.heading(m, title, s.bold, s.size)
        for _ in range(rng.randint(1, 3)):
            say(f, s, chatter(rng, "health", o.lang))
    f.heading(
        m, t(o, "Current medication", "Aktuelle Medikation", "Traitement en cours"), s.bold, s.size
    )
    meds = [
        "Ramipril 5 mg",
        "Atorvastatin 20 mg",
        "Metformin 500 mg",
        "Omeprazole 20 mg",
        "Levothyroxine 75 mcg",
        "Amlodipine 5 mg",
        "Salbutamol 100 mcg inhaler",
        "Sertraline 50 mg",
    ]
    for med in rng.sample(meds, rng.randint(1, 5)):
        dose = rng.choice(["once daily", "twice daily", "at night", "as required"])
        if o.lang == "de":
            dose = rng.choice(["1-0-0", "1-0-1", "0-0-1", "bei Bedarf"])
        say(f, s, f"-  {med}   {dose}", 10, s.size - 1)
    f.heading(m, t(o, "Allergies", "Allergien", "Allergies"), s.bold, s.size)
    say(
        f,
        s,
        rng.choice(
            [
                t(o, "No known drug allergies", "keine bekannt", "Aucune connue"),
                "Penicillin",
                "Codeine",
                "Elastoplast",
            ]
        ),
    )
    if rng.random() < 0.5:
        f.heading(m, t(o, "Past medical history", "Vorerkrankungen", "Antecedents"), s.bold, s.size)
        say(f, s, chatter(rng, "health", o.lang, 1, 3))
    sign_off(
        f,
        s,
        o,
        rng,
        f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        t(o, "General Practitioner", "Facharzt fuer Allgemeinmedizin", "Medecin generaliste"),
    )
    numbered(f.pages, s, o)
    return f.pages


def audiogram(
    page: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    mark: str,
    loss: list[int],
) -> None:
    """One ear's pure-tone audiogram: frequency across, hearing level (dB) down."""
    freqs = ["125", "250", "500", "1k", "2k", "4k", "8k"]
    page.text(x, y, label, s.bold, 8)
    gx, gy, gw, gh = x + 24, y + 8, w - 30, h - 24
    page.rect(gx, gy, gw, gh)
    for k in range(1, 7):
        page.line(gx + gw * k / 7, gy, gx + gw * k / 7, gy + gh)
    for k in range(0, 7):
        yy = gy + gh * k / 6
        if 0 < k < 6:
            page.line(gx, yy, gx + gw, yy)
        page.text(gx - 3, yy + 2, str(k * 20), s.font, 6, "right")
    for k, fq in enumerate(freqs):
        page.text(gx + gw * (k + 0.5) / 7, gy + gh + 9, fq, s.font, 6, "center")
    pts = [(gx + gw * (k + 0.5) / 7, gy + gh * min(v, 120) / 120) for k, v in enumerate(loss)]
    for (x1, y1), (x2, y2) in pairwise(pts):
        page.line(x1, y1, x2, y2)
    for px, py in pts:
        page.text(px, py + 3, mark, "Helvetica-Bold", 8, "center")


def tpl_hearing_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A hearing aid quotation: audiogram, priced devices and the customer's declaration."""
    s = who.style
    o = office(who, "audiology")
    w, _ = s.page_size
    m = s.margin
    cust = home_of(rng, o.lang)
    qno = code(rng, "KV-" if o.lang == "de" else "Q", 6)
    f = paper(
        s,
        o,
        running=t(
            o,
            f"Quotation {qno} - {cust[0]}",
            f"Kostenvoranschlag {qno} - {cust[0]}",
            f"Devis {qno} - {cust[0]}",
        ),
    )
    window(
        f,
        s,
        o,
        cust,
        [
            (t(o, "Quotation", "Kostenvoranschlag", "Devis no"), qno),
            (t(o, "Date", "Datum", "Date"), ds(o, a_day(rng))),
        ],
    )
    headline(
        f,
        s,
        t(
            o,
            "Quotation for hearing systems",
            "Kostenvoranschlag Hoersysteme",
            "Devis normalise - aides auditives",
        ),
        3,
    )
    say(
        f,
        s,
        t(
            o,
            "Following your hearing assessment we are pleased to quote for the hearing systems "
            "you tried. Your test results are shown below.",
            "nach Ihrer Hoeranalyse und der vergleichenden Anpassung erhalten Sie unseren "
            "Kostenvoranschlag.",
            "Suite a votre bilan auditif, veuillez trouver ci-dessous notre proposition.",
        ),
    )
    f.need(190)
    half = (w - 2 * m - 20) / 2
    base = rng.randint(10, 35)
    for k, (lab, mark) in enumerate(
        [
            (t(o, "Right ear", "Rechtes Ohr", "Oreille droite"), "O"),
            (t(o, "Left ear", "Linkes Ohr", "Oreille gauche"), "X"),
        ]
    ):
        loss = [base + rng.randint(-5, 5) + j * rng.randint(3, 10) for j in range(7)]
        audiogram(f.page, s, m + k * (half + 20), f.y + 4, half, 170, lab, mark, loss)
    f.y += 194
    say(f, s, chatter(rng, "health", o.lang, 1, 2), size=s.size - 1)
    if rng.random() < 0.7:
        f.new_page()
    headline(f, s, t(o, "Costs", "Kostenaufstellung", "Detail du devis"), 1)
    model = rng.choice(["Lumio 7 RIC", "Aurea Pro 5 BTE", "Silvan M90-R", "Tiro Nano IIC"])
    unit = rng.uniform(690, 2900)
    rows = [
        [
            "1",
            f"{model} {t(o, 'right', 'rechts', 'droite')}",
            "1",
            money(unit, o.lang),
            money(unit, o.lang),
        ],
        [
            "2",
            f"{model} {t(o, 'left', 'links', 'gauche')}",
            "1",
            money(unit, o.lang),
            money(unit, o.lang),
        ],
    ]
    extras = [
        (t(o, "Charger", "Ladegeraet", "Chargeur"), rng.uniform(90, 180)),
        (t(o, "Custom ear moulds", "Otoplastiken", "Embouts sur mesure"), rng.uniform(60, 140)),
        (
            t(
                o,
                "Fitting and aftercare (6 years)",
                "Anpassung und Nachsorge (6 Jahre)",
                "Adaptation et suivi",
            ),
            rng.uniform(300, 700),
        ),
        (
            t(
                o,
                "Loss and damage cover",
                "Verlust- und Schadenversicherung",
                "Assurance perte et casse",
            ),
            rng.uniform(80, 240),
        ),
        (t(o, "TV streamer", "TV-Adapter", "Adaptateur TV"), rng.uniform(150, 260)),
    ]
    total = 2 * unit
    for k, (name, price) in enumerate(rng.sample(extras, rng.randint(2, 5)), 3):
        qty = rng.choice([1, 1, 2])
        rows.append([str(k), name, str(qty), money(price, o.lang), money(price * qty, o.lang)])
        total += price * qty
    cs = grid(
        m, w - m, [(0.4, "left"), (3.4, "left"), (0.5, "right"), (1.1, "right"), (1.1, "right")]
    )
    table(
        f,
        cs,
        [
            t(o, "Item", "Pos.", "Ref"),
            t(o, "Description", "Artikel", "Designation"),
            t(o, "Qty", "Menge", "Qte"),
            t(o, "Unit", "Einzelpreis", "P.U."),
            t(o, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    grant = t(
        o,
        "Less insurer contribution",
        "abzgl. Festbetrag der Krankenkasse",
        "Prise en charge Secu + mutuelle",
    )
    paid = {
        "en": rng.choice([0, 500, 1000]),
        "de": 2 * 685.0,
        "fr": 2 * 400.0 + rng.choice([0, 300, 700]),
    }[o.lang]
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 8,
            [
                (t(o, "Total", "Gesamtbetrag", "Total TTC"), cur(o, total)),
                (grant, "- " + cur(o, paid)),
                (t(o, "Your share", "Ihr Eigenanteil", "Reste a charge"), cur(o, total - paid)),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    say(
        f,
        s,
        t(
            o,
            f"This quotation is valid for {rng.choice([30, 60, 90])} days. Prices include VAT "
            "where applicable.",
            "Hoersysteme sind von der Umsatzsteuer befreit. Gueltig 3 Monate.",
            "Devis valable trois mois.",
        ),
        size=s.size - 1,
    )
    if rng.random() < 0.6:
        if rng.random() < 0.6:
            f.new_page()
        else:
            f.need(200)
        headline(
            f, s, t(o, "Customer declaration", "Mehrkostenerklaerung", "Declaration du patient"), 1
        )
        for q in [
            t(
                o,
                "I was offered a device at no extra cost and tested it.",
                "Mir wurde ein aufzahlungsfreies Hoersystem angeboten und angepasst.",
                "Un equipement de classe I m'a ete propose.",
            ),
            t(
                o,
                "I have chosen the devices above for personal reasons.",
                "Ich habe mich aus persoenlichen Gruenden fuer die o. g. Versorgung entschieden.",
                "J'ai choisi l'equipement ci-dessus.",
            ),
            t(
                o,
                "I agree to my data being passed to my insurer.",
                "Ich bin mit der Datenweitergabe an die Krankenkasse einverstanden.",
                "J'accepte la transmission a ma mutuelle.",
            ),
        ]:
            f.need(s.size * 4)
            box(f.page, m, f.y, rng.random() < 0.8, s.size - 1)
            f.para(m + 16, w - 2 * m - 16, q, s.font, s.size - 1)
        f.need(70)
        f.y += 30
        for k, lab in enumerate(
            [
                t(o, "Place, date", "Ort, Datum", "Lieu, date"),
                t(o, "Signature", "Unterschrift Versicherte/r", "Signature"),
            ]
        ):
            x = m + k * (w - 2 * m) / 2
            f.page.line(x, f.y, x + (w - 2 * m) / 2 - 20, f.y)
            f.page.text(x, f.y + 10, lab, s.font, 7)
        f.y += 20
    numbered(f.pages, s, o)
    return f.pages


def tpl_childcare_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A nursery's monthly fee invoice for one child."""
    s = who.style
    o = office(who, "nursery", ("masthead", "ruled", "band", "corner"))
    w, _ = s.page_size
    m = s.margin
    parent = home_of(rng, o.lang)
    child = f"{rng.choice(FIRST)} {parent[0].split()[-1]}"
    month = a_day(rng)
    mname = date_text(month, o.lang, "long").split(" ", 1)[1]
    f = paper(s, o)
    inv = code(rng, rng.choice(["NF", "", "R"]), 5)
    window(
        f,
        s,
        o,
        parent,
        [
            (t(o, "Invoice", "Rechnung", "Facture"), inv),
            (t(o, "Child", "Kind", "Enfant"), child),
            (t(o, "Month", "Monat", "Mois"), mname),
        ],
    )
    headline(
        f,
        s,
        t(o, f"Fee invoice - {mname}", f"Beitragsrechnung {mname}", f"Facture mensuelle - {mname}"),
        2,
    )
    if o.lang == "de":
        items = [
            (
                f"Elternbeitrag lt. Satzung (Stufe {rng.randint(1, 6)}, "
                f"{rng.choice([25, 35, 45])} Std./Woche)",
                1,
                rng.uniform(90, 420),
            ),
            ("Verpflegungspauschale", 1, rng.choice([55.0, 62.0, 70.0])),
            ("Getraenkegeld", 1, 5.0),
        ]
        if rng.random() < 0.4:
            items.append(("Bastel- und Ausflugsgeld", 1, rng.choice([5.0, 8.0, 10.0])))
    elif o.lang == "fr":
        hours = rng.randint(80, 190)
        rate = rng.uniform(0.8, 3.9)
        items = [
            ("Heures d'accueil contractualisees", hours, rate),
            ("Heures complementaires", rng.randint(0, 9), rate),
            ("Repas et gouters", rng.randint(12, 22), rng.uniform(2, 4.5)),
        ]
    else:
        full = rng.randint(4, 17)
        items = [
            (
                "Full day sessions "
                f"({', '.join(rng.sample(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], 2))})",
                full,
                rng.uniform(58, 96),
            ),
            ("Morning sessions (Fri)", rng.randint(0, 5), rng.uniform(30, 50)),
            ("Lunch and tea", full, rng.uniform(3, 5)),
        ]
        if rng.random() < 0.6:
            items.append(
                (f"Funded entitlement ({rng.choice([15, 30])} hrs/week)", 1, -rng.uniform(150, 700))
            )
        if rng.random() < 0.3:
            items.append((f"Late collection {ds(o, month)}", 1, 15.0))
    rows = [[d, str(q), money(r, o.lang), money(q * r, o.lang)] for d, q, r in items]
    total = sum(q * r for _, q, r in items)
    cs = grid(m, w - m, [(3.6, "left"), (0.6, "right"), (1, "right"), (1, "right")])
    table(
        f,
        cs,
        [
            t(o, "Description", "Position", "Designation"),
            t(o, "Qty", "Anz.", "Qte"),
            t(o, "Rate", "Preis", "Tarif"),
            t(o, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=rng.choice([None, 0.92]),
        rules=True,
    )
    f.page.text(cs[2][0], f.y + 4, t(o, "Total due", "Gesamt", "Total a payer"), s.bold, s.size)
    f.page.text(w - m, f.y + 4, cur(o, max(total, 0)), s.bold, s.size, "right")
    f.y += 30
    due = month.replace(day=1) + timedelta(days=rng.choice([0, 14]))
    say(
        f,
        s,
        t(
            o,
            f"Please pay by {ds(o, due)} by standing order, quoting {inv}. Childcare vouchers and "
            "Tax-Free Childcare are accepted.",
            f"Der Betrag wird zum {ds(o, due)} per Lastschrift eingezogen.",
            f"Prelevement le {ds(o, due)}. Merci de signaler tout changement de situation a la "
            "CAF.",
        ),
        size=s.size - 1,
    )
    if rng.random() < 0.7:
        f.heading(m, t(o, "Dates for your diary", "Termine", "A noter"), s.bold, s.size)
        for _ in range(rng.randint(1, 3)):
            say(f, s, f"{ds(o, a_day(rng))} - " + words(rng, "care", o.lang, 7), 8, s.size - 1)
    numbered(f.pages, s, o)
    return f.pages


GYM_TERMS = {
    "en": [
        "Membership",
        "Fees and payment",
        "Minimum term",
        "Cancellation",
        "Freezing",
        "Club rules",
        "Personal property",
        "Health declaration",
        "Changes to facilities",
        "Data protection",
        "Guests",
        "Governing law",
    ],
    "de": [
        "Mitgliedschaft",
        "Beitraege",
        "Mindestlaufzeit",
        "Kuendigung",
        "Ruhezeiten",
        "Hausordnung",
        "Haftung",
        "Gesundheitszustand",
        "Oeffnungszeiten",
        "Datenschutz",
        "Gaeste",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Adhesion",
        "Tarifs et paiement",
        "Duree",
        "Resiliation",
        "Suspension",
        "Reglement interieur",
        "Vestiaires",
        "Certificat medical",
        "Horaires",
        "Donnees personnelles",
        "Invites",
        "Litiges",
    ],
}


def tpl_gym_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A gym membership agreement form, then two columns of terms in small print."""
    s = who.style
    o = office(who, "gym", ("masthead", "band", "ruled"))
    w, _h = s.page_size
    m = s.margin
    member = home_of(rng, o.lang)
    mno = code(rng, "", 7)
    p = Page(s.page_size)
    pages = [p]
    y = letterhead(p, s, o)
    title = t(o, "Membership Agreement", "Mitgliedschaftsvertrag", "Contrat d'abonnement")
    p.text(m, y + 12, title, s.bold, s.size + 6)
    p.text(
        w - m,
        y + 12,
        t(o, "Member no. ", "Mitglieds-Nr. ", "No membre ") + mno,
        s.font,
        s.size,
        "right",
    )
    y += 30
    full = w - 2 * m
    half = full / 2
    first, last = member[0].split()[0], member[0].split()[-1]
    grid = [
        (t(o, "Surname", "Name", "Nom"), last, 0, half),
        (t(o, "First name", "Vorname", "Prenom"), first, half, half),
        (
            t(o, "Date of birth", "Geburtsdatum", "Date de naissance"),
            ds(o, a_day(rng, 1950, 2006)),
            0,
            half,
        ),
        (
            t(o, "Mobile", "Mobil", "Portable"),
            f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            half,
            half,
        ),
        (t(o, "Address", "Anschrift", "Adresse"), ", ".join(member[1:]), 0, full),
        ("E-mail", f"{first.lower()}.{last.lower()}@example.org", 0, half),
        (t(o, "Start date", "Beginn", "Debut"), ds(o, a_day(rng)), half, half),
    ]
    row_y = y
    for k, (lab, val, x, bw) in enumerate(grid):
        if k and x == 0:
            row_y += 28
        field(p, s, m + x, row_y, bw, 28, lab, val)
    y = row_y + 46
    p.text(m, y, t(o, "Membership", "Tarif", "Formule"), s.bold, s.size)
    y = ticks(
        p,
        s,
        m + 90,
        y,
        [
            t(o, "Off-peak", "Basic", "Essentiel"),
            t(o, "Standard", "Comfort", "Confort"),
            "Premium",
            t(o, "Student", "Student/Azubi", "Etudiant"),
        ],
        rng.randint(0, 3),
        full - 90,
    )
    p.text(m, y, t(o, "Term", "Laufzeit", "Duree"), s.bold, s.size)
    y = ticks(
        p,
        s,
        m + 90,
        y,
        [
            t(o, "Monthly rolling", "monatlich", "Sans engagement"),
            t(o, "12 months", "12 Monate", "12 mois"),
            t(o, "24 months", "24 Monate", "24 mois"),
        ],
        rng.randint(0, 2),
        full - 90,
    )
    fee = rng.uniform(19, 79)
    y = pairs(
        p,
        s,
        m,
        y + 6,
        [
            (t(o, "Monthly fee", "Monatsbeitrag", "Mensualite"), cur(o, fee)),
            (
                t(o, "Joining fee", "Aufnahmegebuehr", "Frais d'inscription"),
                cur(o, rng.choice([0, 19, 29, 49])),
            ),
            (
                t(o, "Membership card", "Mitgliedskarte (Pfand)", "Carte membre"),
                cur(o, rng.choice([0, 5, 10, 15])),
            ),
        ],
        m + full * 0.6,
        s.size - 0.5,
    )
    y += 10
    p.text(
        m, y, t(o, "Payment details", "SEPA-Lastschrift", "Coordonnees bancaires"), s.bold, s.size
    )
    y += 6
    if o.lang == "en":
        acc = [
            ("Account holder", member[0], half),
            (
                "Sort code",
                f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
                half / 2,
            ),
            ("Account number", code(rng, "", 8), half / 2),
        ]
    else:
        acc = [
            (t(o, "", "Kontoinhaber", "Titulaire"), member[0], half),
            ("IBAN", ("DE" if o.lang == "de" else "FR76") + code(rng, "", 20), half),
        ]
    x = m
    for lab, val, bw in acc:
        field(p, s, x, y, bw, 28, lab, val, s.size - 1)
        x += bw
    y += 44
    y = note(
        p,
        s,
        y,
        t(
            o,
            "I have read and accept the terms and conditions overleaf and the club rules. I "
            "confirm that I am in good health and able to exercise.",
            "Ich habe die umseitigen Vertragsbedingungen und die Hausordnung gelesen und erkenne "
            "sie an.",
            "Je reconnais avoir pris connaissance des conditions generales et du reglement "
            "interieur.",
        ),
        s.size - 1.5,
    )
    y += 26
    for k, lab in enumerate(
        [
            t(
                o,
                "Member's signature / date",
                "Ort, Datum, Unterschrift Mitglied",
                "Signature de l'adherent",
            ),
            t(o, "For the club", "fuer das Studio", "Pour le club"),
        ]
    ):
        x = m + k * half
        if k == 0 or rng.random() < 0.7:
            scrawl(p, x + 4, y - 4, member[0] if k == 0 else a_name(rng), rng)
        p.line(x, y, x + half - 20, y)
        p.text(x, y + 10, lab, s.font, 7)

    def more() -> float:
        q = Page(s.page_size)
        pages.append(q)
        return top_line(
            q,
            s,
            t(
                o,
                f"Terms and conditions - {o.name}",
                f"Allgemeine Geschaeftsbedingungen - {o.name}",
                f"Conditions generales - {o.name}",
            ),
        )

    clauses = [
        (name, chatter(rng, "gym", o.lang, 3, 8))
        for name in GYM_TERMS[o.lang][: rng.randint(7, 12)]
    ]
    two_columns(pages, s, more(), clauses, more, size=rng.choice([6.5, 7, 7.5]))
    numbered(
        pages,
        s,
        o,
        fmt=rng.choice([o.numbers, t(o, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")]),
    )
    return pages


def add_months(d: date, k: int) -> date:
    y, mo = divmod(d.month - 1 + k, 12)
    return date(d.year + y, mo + 1, min(d.day, 28))


def tpl_amortisation(rng: random.Random, who: Issuer) -> list[Page]:
    """A loan repayment (amortisation) schedule: summary, then one row per instalment over as
    many pages as it takes."""
    s = who.style
    o = office(who, "lender")
    w, _ = s.page_size
    m = s.margin
    months = rng.choice([12, 24, 36, 48, 60, 84, 120, 180, 240])
    yearly = months > 84 and rng.random() < 0.4
    principal = float(rng.choice([4000, 7500, 12000, 18500, 26000, 95000, 180000, 260000]))
    rate = rng.uniform(1.9, 8.9)
    r = rate / 1200
    pay = principal * r / (1 - (1 + r) ** -months)
    loan = code(rng, "", 10)
    issued = a_day(rng)
    first = add_months(issued.replace(day=1), 1)
    running = t(
        o,
        f"Repayment schedule - loan {loan}",
        f"Tilgungsplan zum Darlehen {loan}",
        f"Tableau d'amortissement - pret {loan}",
    )
    f = paper(s, o, running=f"{running} - {ds(o, issued)}")
    borrower = home_of(rng, o.lang)
    window(
        f,
        s,
        o,
        borrower,
        [
            (t(o, "Loan account", "Darlehenskonto", "Pret no"), loan),
            (t(o, "Date", "Datum", "Date"), ds(o, issued)),
        ],
    )
    headline(f, s, t(o, "Repayment schedule", "Tilgungsplan", "Tableau d'amortissement"), 4)
    f.y = (
        pairs(
            f.page,
            s,
            s.margin,
            f.y,
            [
                (
                    t(o, "Loan amount", "Nettodarlehensbetrag", "Capital emprunte"),
                    cur(o, principal),
                ),
                (
                    t(o, "Interest rate (fixed)", "Sollzins (gebunden) p.a.", "Taux nominal"),
                    f"{money(rate, o.lang)} %",
                ),
                (t(o, "APR", "Effektiver Jahreszins", "TAEG"), f"{money(rate * 1.04, o.lang)} %"),
                (
                    t(o, "Term", "Laufzeit", "Duree"),
                    t(o, f"{months} months", f"{months} Monate", f"{months} mois"),
                ),
                (t(o, "Monthly payment", "Monatliche Rate", "Mensualite"), cur(o, pay)),
                (t(o, "First payment", "Erste Rate am", "Premiere echeance"), ds(o, first)),
            ],
            s.margin + (w - 2 * m) * 0.62,
            s.size - 0.5,
        )
        + 14
    )
    rows = []
    bal = principal
    tot_i = tot_c = 0.0
    acc_i = acc_c = acc_p = 0.0
    for k in range(1, months + 1):
        interest = bal * r
        capital = pay - interest if k < months else bal
        bal -= capital
        tot_i += interest
        tot_c += capital
        acc_i, acc_c, acc_p = acc_i + interest, acc_c + capital, acc_p + interest + capital
        due = add_months(first, k - 1)
        if not yearly:
            rows.append(
                [
                    str(k),
                    ds(o, due),
                    money(interest + capital, o.lang),
                    money(interest, o.lang),
                    money(capital, o.lang),
                    money(max(bal, 0), o.lang),
                ]
            )
        elif k % 12 == 0 or k == months:
            rows.append(
                [
                    str(due.year),
                    f"{(k - 1) // 12 + 1}",
                    money(acc_p, o.lang),
                    money(acc_i, o.lang),
                    money(acc_c, o.lang),
                    money(max(bal, 0), o.lang),
                ]
            )
            acc_i = acc_c = acc_p = 0.0
    cs = grid(
        m,
        w - m,
        [
            (0.6, "right"),
            (1.4, "right"),
            (1.2, "right"),
            (1.2, "right"),
            (1.2, "right"),
            (1.5, "right"),
        ],
    )
    head = [
        t(o, "Year" if yearly else "No.", "Jahr" if yearly else "Nr.", "Annee" if yearly else "No"),
        t(
            o,
            "Loan year" if yearly else "Due date",
            "Jahr Nr." if yearly else "Faellig am",
            "Annee no" if yearly else "Echeance",
        ),
        t(o, "Payment", "Rate", "Echeance"),
        t(o, "Interest", "Zinsen", "Interets"),
        t(o, "Capital", "Tilgung", "Capital"),
        t(o, "Balance", "Restschuld", "Capital restant"),
    ]
    table(
        f,
        cs,
        head,
        rows,
        s,
        s.size - 1.5,
        shade=rng.choice([None, 0.9]),
        step=rng.choice([1.35, 1.5]),
    )
    f.need(30)
    f.page.line(m, f.y - 6, w - m, f.y - 6)
    for c, v in zip(cs[2:5], [tot_i + tot_c, tot_i, tot_c], strict=True):
        cell(f.page, c, f.y + 4, money(v, o.lang), s.bold, s.size - 1.5)
    f.y += 24
    say(
        f,
        s,
        t(
            o,
            "This schedule assumes every payment is made in full on its due date. Early "
            "repayments or changes to the interest rate will change it; we will send you a new "
            "one.",
            "Dieser Tilgungsplan setzt die fristgerechte Zahlung aller Raten voraus. Bei "
            "Sondertilgungen erhalten Sie einen neuen Plan.",
            "Ce tableau suppose le paiement de chaque echeance a bonne date. Tout remboursement "
            "anticipe donnera lieu a un nouveau tableau.",
        ),
        size=s.size - 1.5,
    )
    numbered(
        f.pages,
        s,
        o,
        fmt=rng.choice([o.numbers, t(o, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]),
    )
    return f.pages


def tpl_claim_ack(rng: random.Random, who: Issuer) -> list[Page]:
    """A motor insurer acknowledging a new claim: claim number, next steps, what to send."""
    s = who.style
    o = office(who, "motor")
    w, _ = s.page_size
    m = s.margin
    driver = home_of(rng, o.lang)
    claim = code(rng, rng.choice(["CLM", "MC-", "S"]), 8)
    f = paper(s, o, running=t(o, f"Claim {claim}", f"Schaden-Nr. {claim}", f"Sinistre {claim}"))
    when = a_day(rng)
    window(
        f,
        s,
        o,
        driver,
        [
            (t(o, "Claim number", "Schadennummer", "No de sinistre"), claim),
            (t(o, "Policy", "Vertrag", "Contrat"), code(rng, "", 9)),
            (t(o, "Date", "Datum", "Date"), ds(o, when + timedelta(days=rng.randint(1, 9)))),
        ],
    )
    headline(
        f,
        s,
        t(
            o,
            "We have received your claim",
            "Eingangsbestaetigung Ihrer Schadenmeldung",
            "Accuse de reception de votre declaration",
        ),
        2,
    )
    greet(f, s, o, driver[0])
    reg = plate(rng, o.lang)
    say(
        f,
        s,
        t(
            o,
            f"Thank you for telling us about the incident on {ds(o, when)} involving your vehicle "
            f"{reg}. Your claim has been registered and passed to a claims handler.",
            f"vielen Dank fuer Ihre Schadenmeldung vom {ds(o, when)} zum Fahrzeug {reg}. Wir "
            "haben den Schaden unter der oben genannten Nummer angelegt.",
            f"Nous accusons reception de votre declaration du {ds(o, when)} concernant le "
            f"vehicule {reg}.",
        ),
    )
    f.need(60)
    handler = a_name(rng)
    f.page.rect(m, f.y - s.size - 4, w - 2 * m, s.size * 3.6 + 6, fill=0.93)
    inner = w - 2 * m - 20
    who_line = t(o, "Your claims handler: ", "Ihr Ansprechpartner: ", "Votre gestionnaire : ")
    hours = t(o, "  (Mon-Fri 8am-6pm)", "  (Mo-Fr 8-18 Uhr)", "  (lun.-ven. 8h-18h)")
    direct = t(o, "Direct line ", "Durchwahl ", "Ligne directe ") + o.phone + hours
    f.page.text(m + 10, f.y, fit(who_line + handler, s.bold, s.size, inner), s.bold, s.size)
    f.page.text(
        m + 10, f.y + s.size * 1.6, fit(direct, s.font, s.size - 1, inner), s.font, s.size - 1
    )
    f.y += s.size * 3.6 + 14
    f.heading(
        m, t(o, "What happens next", "So geht es weiter", "Les prochaines etapes"), s.bold, s.size
    )
    for k in range(rng.randint(3, 5)):
        say(f, s, f"{k + 1}.  " + words(rng, "insurance", o.lang), 10)
    f.heading(
        m,
        t(o, "What we need from you", "Bitte senden Sie uns", "Pieces a nous transmettre"),
        s.bold,
        s.size,
    )
    needs = [
        t(o, "Photos of the damage to your vehicle", "Fotos der Schaeden", "Photos des dommages"),
        t(
            o,
            "A repair estimate from your garage",
            "Kostenvoranschlag der Werkstatt",
            "Devis de reparation",
        ),
        t(
            o,
            "The police reference number, if any",
            "Aktenzeichen der Polizei",
            "Recepisse de depot de plainte",
        ),
        t(
            o,
            "Details of the other driver and witnesses",
            "Angaben zum Unfallgegner und Zeugen",
            "Constat amiable signe",
        ),
        t(
            o,
            "A copy of your driving licence",
            "Kopie des Fuehrerscheins",
            "Copie du permis de conduire",
        ),
    ]
    for item in rng.sample(needs, rng.randint(2, 5)):
        f.need(s.size * 2)
        box(f.page, m + 6, f.y, False, s.size - 1)
        f.page.text(m + 20, f.y, fit(item, s.font, s.size, w - 2 * m - 24), s.font, s.size)
        f.y += s.size * 1.7
    f.y += 6
    say(
        f,
        s,
        t(
            o,
            f"Please send these within 14 days, quoting claim number {claim}.",
            "Bitte senden Sie uns die Unterlagen innerhalb von 14 Tagen unter Angabe der "
            f"Schadennummer {claim}.",
            "Merci de nous faire parvenir ces documents sous 14 jours en rappelant la reference "
            f"{claim}.",
        ),
    )
    sign_off(
        f,
        s,
        o,
        rng,
        handler,
        t(o, "Claims Department", "Schadenabteilung Kraftfahrt", "Service sinistres auto"),
    )
    if rng.random() < 0.5:
        f.new_page()
        headline(
            f,
            s,
            t(o, "The details you gave us", "Ihre Angaben zum Schaden", "Votre declaration"),
            1,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (
                        t(o, "Date and time", "Datum, Uhrzeit", "Date et heure"),
                        f"{ds(o, when)} {hhmm(rng, 6, 22)}",
                    ),
                    (
                        t(o, "Location", "Ort", "Lieu"),
                        f"{rng.choice(ROADS[o.lang])}, {rng.choice(TOWNS[o.lang])}",
                    ),
                    (t(o, "Vehicle", "Fahrzeug", "Vehicule"), reg),
                    (
                        t(o, "Third party involved", "Unfallgegner", "Tiers implique"),
                        rng.choice([t(o, "Yes", "Ja", "Oui"), t(o, "No", "Nein", "Non")]),
                    ),
                    (
                        t(o, "Injuries", "Personenschaden", "Blesses"),
                        t(o, "None reported", "keine", "aucun"),
                    ),
                ],
                w - m,
                s.size - 0.5,
            )
            + 10
        )
        f.heading(m, t(o, "Your description", "Schadenhergang", "Circonstances"), s.bold, s.size)
        say(f, s, chatter(rng, "insurance", o.lang, 2, 5), size=s.size - 0.5)
        say(
            f,
            s,
            t(
                o,
                "It is a criminal offence to make a false or exaggerated claim. We share "
                "information with other insurers to prevent fraud.",
                "Wir weisen darauf hin, dass vorsaetzlich falsche Angaben zum Verlust des "
                "Versicherungsschutzes fuehren koennen.",
                "Toute fausse declaration entraine la dechéance de garantie.",
            ),
            size=s.size - 2,
        )
    numbered(f.pages, s, o)
    return f.pages


WORDING = {
    "en": [
        "Definitions",
        "Section 1 - Buildings",
        "Section 2 - Contents",
        "Section 3 - Personal possessions",
        "Section 4 - Legal expenses",
        "General conditions",
        "General exclusions",
        "How to make a claim",
        "How to make a complaint",
    ],
    "de": [
        "Begriffsbestimmungen",
        "Abschnitt A - Versicherte Sachen",
        "Abschnitt B - Versicherte Gefahren",
        "Abschnitt C - Entschaedigung",
        "Obliegenheiten",
        "Allgemeine Ausschluesse",
        "Beitrag und Vertragsdauer",
        "Schadenfall",
        "Beschwerden",
    ],
    "fr": [
        "Definitions",
        "Titre I - Biens assures",
        "Titre II - Evenements garantis",
        "Titre III - Responsabilite civile",
        "Exclusions generales",
        "Vie du contrat",
        "En cas de sinistre",
        "Reclamations",
    ],
}


def tpl_policy_wording(rng: random.Random, who: Issuer) -> list[Page]:
    """A home insurance policy wording booklet: cover, contents, numbered sections."""
    base = who.style
    o = office(who, "home")
    small = rng.random() < 0.6
    s = (
        replace(base, page_size=A5, margin=34, size=7.5)
        if small
        else replace(base, size=base.size - 1)
    )
    w, h = s.page_size
    m = s.margin
    edition = f"{rng.choice(['HH', 'HC', 'WV'])}-PW-{rng.randint(1, 12):02d}{rng.randint(21, 25)}"
    title = t(o, "Home Insurance", "Hausratversicherung", "Assurance habitation")
    sub = t(o, "Policy wording", "Versicherungsbedingungen (VHB)", "Conditions generales")
    sections = []
    for name in WORDING[o.lang][: rng.randint(5, len(WORDING[o.lang]))]:
        parts = []
        for k in range(rng.randint(2, 5)):
            parts.append((f"{k + 1}.", chatter(rng, "insurance", o.lang, 2, 5)))
        sections.append((name, parts))

    def lay(secs: list[tuple[str, list[tuple[str, str]]]]) -> tuple[list[Page], list[int]]:
        def start(page: Page, n: int) -> float:
            return top_line(page, s, f"{title} - {sub}")

        f = Flow(s.page_size, h - m - 6, start)
        at = []
        for name, parts in secs:
            f.heading(m, name, s.bold, s.size + 2)
            at.append(len(f.pages))
            for num, text in parts:
                f.need(s.size * 3)
                f.page.text(m, f.y, num, s.bold, s.size)
                f.para(m + 16, w - 2 * m - 16, text, s.font, s.size)
        return f.pages, at

    body, at = lay(sections)
    while len(body) > 6 and len(sections) > 2:
        sections.pop()
        body, at = lay(sections)
    cover = Page(s.page_size)
    cover.rect(0, 0, w, h * 0.42, fill=0.35)
    cover.rect(m, h * 0.42 - 8, w - 2 * m, 3, fill=0.1)
    size = shrink(o.name, s.bold, 16 if small else 22, w - 2 * m)
    cover.text(m, h * 0.16, o.name, s.bold, size)
    cover.text(
        m, h * 0.52, fit(title, s.bold, 22 if small else 30, w - 2 * m), s.bold, 22 if small else 30
    )
    cover.text(m, h * 0.52 + 26, fit(sub, s.font, 13, w - 2 * m), s.font, 13)
    cover.text(
        m, h - m, fit(f"{o.street}, {o.town}  -  {o.web}", s.font, 7, w - 2 * m - 60), s.font, 7
    )
    cover.text(w - m, h - m, edition, s.font, 7, "right")
    pages = [cover]
    if rng.random() < 0.8:
        toc = Page(s.page_size)
        y = top_line(toc, s, f"{title} - {sub}") + 10
        toc.text(m, y, t(o, "Contents", "Inhalt", "Sommaire"), s.bold, s.size + 4)
        y += 26
        for (name, _), n in zip(sections, at, strict=True):
            num = str(n + 2)
            toc.text(m, y, fit(name, s.font, s.size + 1, w - 2 * m - 40), s.font, s.size + 1)
            toc.text(w - m, y, num, s.font, s.size + 1, "right")
            y += (s.size + 1) * 1.9
        y += 12
        text_block(
            toc,
            s,
            m,
            y,
            w - 2 * m,
            t(
                o,
                "Please read this policy wording together with your schedule. Together they form "
                "your contract with us.",
                "Diese Bedingungen gelten zusammen mit Ihrem Versicherungsschein.",
                "Ces conditions generales forment votre contrat avec les conditions particulieres.",
            ),
        )
        pages.append(toc)
    pages += body
    numbered(
        pages,
        s,
        o,
        fmt=rng.choice(["2:{i}", "2:- {i} -", t(o, "2:Page {i}", "2:Seite {i}", "2:{i}")]),
    )
    return pages


def tpl_energy_annual(rng: random.Random, who: Issuer) -> list[Page]:
    """An annual electricity or gas statement (Jahresabrechnung): result, meter readings,
    price calculation, advance payments, consumption comparison and notices."""
    s = who.style
    o = office(who, "power")
    w, _ = s.page_size
    m = s.margin
    gas = rng.random() < 0.4
    cust = home_of(rng, o.lang)
    acct = code(rng, "", 10)
    end = a_day(rng)
    begin = end - timedelta(days=rng.choice([364, 365, 366, 330]))
    what = t(
        o,
        "gas" if gas else "electricity",
        "Erdgas" if gas else "Strom",
        "gaz" if gas else "electricite",
    )
    f = paper(
        s,
        o,
        running=t(
            o,
            f"Annual statement {what} - account {acct}",
            f"Jahresabrechnung {what} - Vertragskonto {acct}",
            f"Facture annuelle {what} - compte {acct}",
        ),
    )
    window(
        f,
        s,
        o,
        cust,
        [
            (t(o, "Customer no.", "Kundennummer", "No client"), code(rng, "", 8)),
            (t(o, "Account", "Vertragskonto", "Compte"), acct),
            (t(o, "Bill no.", "Rechnungsnummer", "Facture no"), code(rng, "", 12)),
            (t(o, "Date", "Datum", "Date"), ds(o, end + timedelta(days=rng.randint(5, 30)))),
        ],
    )
    headline(
        f,
        s,
        t(
            o,
            f"Your annual {what} statement",
            f"Ihre Jahresabrechnung {what}",
            f"Votre facture annuelle de {what}",
        ),
        4,
    )
    say(
        f,
        s,
        t(
            o,
            f"Billing period {ds(o, begin)} to {ds(o, end)}. Supply address: {cust[1]}, {cust[2]}.",
            f"Abrechnungszeitraum {ds(o, begin)} bis {ds(o, end)}, Verbrauchsstelle: {cust[1]}, "
            f"{cust[2]}.",
            f"Periode du {ds(o, begin)} au {ds(o, end)}. Adresse de consommation : {cust[1]}, "
            f"{cust[2]}.",
        ),
    )
    kwh = rng.randint(900, 5200) if not gas else rng.randint(6000, 24000)
    ap = rng.uniform(0.24, 0.42) if not gas else rng.uniform(0.08, 0.16)
    gp = rng.uniform(90, 190)
    net = kwh * ap + gp
    vat = 0.19 if o.lang == "de" else 0.2 if o.lang == "fr" else 0.05
    gross = net * (1 + vat)
    adv = round(gross / 12 * rng.uniform(0.8, 1.2))
    paid = adv * 11
    result = gross - paid
    f.need(80)
    y0 = f.y
    f.page.rect(m, y0 - 4, w - 2 * m, 66)
    f.y = (
        pairs(
            f.page,
            s,
            m + 10,
            y0 + 12,
            [
                (
                    t(o, "Your consumption", "Ihr Verbrauch", "Votre consommation"),
                    f"{kwh:,} kWh".replace(
                        ",", "." if o.lang == "de" else " " if o.lang == "fr" else ","
                    ),
                ),
                (
                    t(o, "Total cost for the period", "Gesamtbetrag brutto", "Montant total TTC"),
                    cur(o, gross),
                ),
                (
                    t(o, "Payments received", "abzgl. geleistete Abschlaege", "Acomptes verses"),
                    cur(o, paid),
                ),
                (
                    t(
                        o,
                        "Balance to pay" if result > 0 else "Credit to you",
                        "Nachzahlung" if result > 0 else "Guthaben",
                        "Reste a payer" if result > 0 else "Trop-percu",
                    ),
                    cur(o, abs(result)),
                ),
            ],
            w - m - 10,
            s.size,
        )
        + 16
    )
    new_adv = round(gross / 12 * rng.uniform(0.95, 1.1))
    say(
        f,
        s,
        t(
            o,
            f"From {ds(o, end + timedelta(days=31))} your monthly payment will be "
            f"{cur(o, new_adv)}.",
            f"Ihr neuer monatlicher Abschlag ab {ds(o, end + timedelta(days=31))}: "
            f"{cur(o, new_adv)}.",
            f"A compter du {ds(o, end + timedelta(days=31))}, votre mensualite sera de "
            f"{cur(o, new_adv)}.",
        ),
    )
    say(
        f,
        s,
        t(
            o,
            "We will collect the balance by Direct Debit; a credit is refunded to your account.",
            "Eine Nachzahlung buchen wir mit dem naechsten Abschlag ab, ein Guthaben erstatten "
            "wir auf Ihr Konto.",
            "Le solde sera preleve ou rembourse sur votre compte.",
        ),
    )
    if rng.random() < 0.5:
        sign_off(
            f,
            s,
            o,
            rng,
            a_name(rng),
            t(o, "Customer service", "Ihr Kundenservice", "Service clients"),
        )
    f.new_page()
    f.heading(
        m,
        t(
            o,
            "How we worked out your consumption",
            "Verbrauchsermittlung",
            "Calcul de la consommation",
        ),
        s.bold,
        s.size + 1,
    )
    start = rng.randint(1000, 90000)
    reasons = [
        t(o, "Customer reading", "Kundenablesung", "Releve client"),
        t(o, "Estimated", "Schaetzung", "Estimation"),
        t(o, "Meter reader", "Ableser", "Releve agent"),
        "Smart meter",
    ]
    meter = code(rng, "1ESY" if not gas else "7GMT", 8)
    factor = rng.uniform(9.8, 11.4) * rng.uniform(0.93, 0.97) if gas else 1.0
    units = kwh / factor
    rows = [
        [
            meter,
            dn(o, begin),
            dn(o, end),
            str(start),
            str(int(start + units)),
            rng.choice(reasons),
            money(factor, o.lang) if gas else "1",
            f"{kwh}",
        ]
    ]
    cs = grid(
        m,
        w - m,
        [
            (1.3, "left"),
            (1.1, "left"),
            (1.1, "left"),
            (0.9, "right"),
            (0.9, "right"),
            (1.2, "left"),
            (0.7, "right"),
            (0.8, "right"),
        ],
    )
    table(
        f,
        cs,
        [
            t(o, "Meter", "Zaehler", "Compteur"),
            t(o, "From", "von", "Du"),
            t(o, "To", "bis", "Au"),
            t(o, "Old", "Stand alt", "Index"),
            t(o, "New", "Stand neu", "Index"),
            t(o, "Reading", "Ablesegrund", "Type"),
            t(o, "Factor", "Faktor", "Coef."),
            "kWh",
        ],
        rows,
        s,
        s.size - 2,
        rules=True,
    )
    if gas:
        say(
            f,
            s,
            t(
                o,
                "Gas volume (m3) is converted to kWh using the calorific value and a correction "
                "factor.",
                "Umrechnung m3 in kWh: Zustandszahl x Brennwert (Hs).",
                "Conversion m3 en kWh : coefficient thermique.",
            ),
            size=s.size - 1.5,
        )
    f.heading(
        m, t(o, "Price calculation", "Preisberechnung", "Detail du calcul"), s.bold, s.size + 1
    )
    mid = begin + (end - begin) / 2
    k1 = int(kwh * 0.5)
    rows = [
        [
            t(o, "Unit rate", "Arbeitspreis", "Consommation"),
            f"{dn(o, begin)} - {dn(o, mid)}",
            f"{k1} kWh",
            money(ap * 0.96, o.lang),
            money(k1 * ap * 0.96, o.lang),
        ],
        [
            t(o, "Unit rate", "Arbeitspreis", "Consommation"),
            f"{dn(o, mid)} - {dn(o, end)}",
            f"{kwh - k1} kWh",
            money(ap * 1.04, o.lang),
            money((kwh - k1) * ap * 1.04, o.lang),
        ],
        [
            t(o, "Standing charge", "Grundpreis", "Abonnement"),
            f"{dn(o, begin)} - {dn(o, end)}",
            t(o, "365 days", "12 Monate", "12 mois"),
            money(gp / 12, o.lang),
            money(gp, o.lang),
        ],
    ]
    if o.lang == "de":
        rows += [
            ["davon Netzentgelte", "", "", "", money(net * 0.25, "de")],
            [
                "davon Strom-/Energiesteuer" if not gas else "davon Energiesteuer",
                "",
                "",
                "",
                money(kwh * 0.0205, "de"),
            ],
            [
                "davon CO2-Abgabe" if gas else "davon Konzessionsabgabe",
                "",
                "",
                "",
                money(kwh * 0.011, "de"),
            ],
        ]
    cs = grid(m, w - m, [(1.7, "left"), (2.1, "left"), (1, "right"), (0.9, "right"), (1, "right")])
    table(
        f,
        cs,
        [
            t(o, "Item", "Position", "Poste"),
            t(o, "Period", "Zeitraum", "Periode"),
            t(o, "Quantity", "Menge", "Quantite"),
            t(o, "Price", "Preis", "Prix"),
            t(o, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        s.size - 1.5,
    )
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 6,
            [
                (t(o, "Net total", "Summe netto", "Total HT"), cur(o, net)),
                (
                    t(
                        o,
                        f"VAT {int(vat * 100)}%",
                        f"USt. {int(vat * 100)} %",
                        f"TVA {int(vat * 100)} %",
                    ),
                    cur(o, net * vat),
                ),
                (t(o, "Total", "Gesamtbetrag brutto", "Total TTC"), cur(o, gross)),
            ],
            w - m,
            s.size - 1,
        )
        + 10
    )
    if rng.random() < 0.7:
        f.heading(
            m,
            t(o, "Payments received", "Geleistete Abschlagszahlungen", "Acomptes"),
            s.bold,
            s.size,
        )
        cs = grid(m, m + (w - 2 * m) * 0.6, [(1, "left"), (1, "right")])
        table(
            f,
            cs,
            [t(o, "Date", "Datum", "Date"), t(o, "Amount", "Betrag", "Montant")],
            [[ds(o, add_months(begin, k + 1)), money(adv, o.lang)] for k in range(11)],
            s,
            s.size - 2,
        )
    f.heading(
        m,
        t(
            o,
            "Your consumption compared",
            "Ihr Verbrauch im Vergleich",
            "Historique de consommation",
        ),
        s.bold,
        s.size + 1,
    )
    f.need(110)
    bars = [(str(end.year - k), int(kwh * rng.uniform(0.8, 1.2)) if k else kwh) for k in (2, 1, 0)]
    top = max(v for _, v in bars)
    for k, (lab, v) in enumerate(bars):
        y = f.y + k * 22
        f.page.text(m, y + 10, lab, s.font, s.size - 1)
        bw = (w - 2 * m - 140) * v / top
        f.page.rect(m + 40, y, bw, 14, fill=0.4 + 0.15 * k)
        f.page.text(m + 46 + bw, y + 10, f"{v} kWh", s.font, s.size - 1.5)
    f.y += 80
    f.heading(
        m,
        t(o, "Important information", "Wichtige Hinweise", "Informations importantes"),
        s.bold,
        s.size,
    )
    for lead in rng.sample(
        [
            t(o, "Switching supplier", "Lieferantenwechsel", "Changement de fournisseur"),
            t(o, "Complaints", "Schlichtungsstelle Energie", "Mediateur national de l'energie"),
            t(o, "Meter operator", "Messstellenbetreiber", "Gestionnaire de reseau"),
            t(o, "Energy efficiency", "Energieeffizienz", "Economies d'energie"),
        ],
        rng.randint(2, 4),
    ):
        say(f, s, f"{lead}: " + chatter(rng, "home", o.lang, 1, 3), size=s.size - 1.5)
    numbered(
        f.pages,
        s,
        o,
        fmt=rng.choice([o.numbers, t(o, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]),
    )
    return f.pages


def tpl_water_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """A water and wastewater bill with a tear-off payment slip at the foot."""
    s = who.style
    o = office(who, "water", ("masthead", "ruled", "band", "corner", "small"))
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    if o.foot:
        footer(p, s, o)
    f = flow_on(p, letterhead(p, s, o))
    cust = home_of(rng, o.lang)
    acct = code(rng, "", 9)
    end = a_day(rng)
    begin = end - timedelta(days=rng.choice([91, 182, 365]))
    window(
        f,
        s,
        o,
        cust,
        [
            (t(o, "Account number", "Kundennummer", "Reference client"), acct),
            (t(o, "Bill date", "Bescheiddatum", "Date de facture"), ds(o, end + timedelta(days=9))),
            (t(o, "Period", "Zeitraum", "Periode"), f"{ds(o, begin)} - {ds(o, end)}"),
        ],
    )
    headline(
        f,
        s,
        t(
            o,
            "Your water and sewerage bill",
            "Gebuehrenbescheid Wasser und Abwasser",
            "Votre facture d'eau",
        ),
        3,
    )
    old = rng.randint(100, 3000)
    m3 = rng.randint(12, 160)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (t(o, "Meter serial", "Zaehlernummer", "Compteur"), code(rng, "", 8)),
                (t(o, "Previous reading", "Stand alt", "Ancien index"), str(old)),
                (
                    t(o, "Current reading", "Stand neu", "Nouvel index"),
                    f"{old + m3}  {rng.choice(['A', 'E', 'C'])}",
                ),
                (t(o, "Water used", "Verbrauch", "Consommation"), f"{m3} m3"),
            ],
            m + (w - 2 * m) * 0.55,
            s.size - 1,
        )
        + 10
    )
    days = (end - begin).days
    items = [
        (
            t(o, "Water supply", "Frischwasser", "Eau potable"),
            f"{m3} m3",
            rng.uniform(1.4, 2.6) * m3,
        ),
        (
            t(o, "Wastewater", "Schmutzwasser", "Assainissement"),
            f"{m3} m3",
            rng.uniform(1.6, 3.2) * m3,
        ),
        (
            t(o, "Standing charge water", "Grundgebuehr Wasser", "Abonnement eau"),
            t(o, f"{days} days", f"{days} Tage", f"{days} jours"),
            days * rng.uniform(0.1, 0.3),
        ),
        (
            t(o, "Surface water drainage", "Niederschlagswasser", "Redevance pollution"),
            t(o, f"{days} days", f"{rng.randint(60, 240)} m2", f"{m3} m3"),
            rng.uniform(20, 90),
        ),
    ]
    rows = [[a, b, money(c, o.lang)] for a, b, c in items]
    total = sum(c for _, _, c in items)
    if o.lang != "en":
        tax = 0.07 if o.lang == "de" else 0.055
        rows.append(
            [
                t(o, "", f"USt. {tax * 100:.0f} % auf Frischwasser", "TVA 5,5 %"),
                "",
                money(items[0][2] * tax, o.lang),
            ]
        )
        total += items[0][2] * tax
    cs = grid(m, w - m, [(3, "left"), (1.4, "right"), (1.2, "right")])
    table(
        f,
        cs,
        [
            t(o, "Charge", "Gebuehr", "Rubrique"),
            t(o, "Basis", "Menge", "Base"),
            t(o, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.page.text(
        cs[1][0], f.y + 2, t(o, "Amount due", "Zu zahlen", "Montant a payer"), s.bold, s.size + 1
    )
    f.page.text(w - m, f.y + 2, cur(o, total), s.bold, s.size + 1, "right")
    f.y += 24
    due = end + timedelta(days=30)
    say(
        f,
        s,
        t(
            o,
            f"Please pay by {ds(o, due)}. You can pay in instalments - call us on {o.phone}.",
            f"Faellig am {ds(o, due)}. Bei Lastschrift ist nichts zu veranlassen.",
            f"A regler avant le {ds(o, due)}.",
        ),
        size=s.size - 1,
    )
    slip = h - m - 150 - (14 if o.foot else 0)
    if f.y < slip - 10:
        dashes(p, 10, w - 10, slip)
        p.text(
            w / 2,
            slip - 3,
            t(
                o,
                "Please detach and return with your payment",
                "Bitte abtrennen",
                "Talon a detacher",
            ),
            s.font,
            6,
            "center",
        )
        y = slip + 18
        p.text(
            m, y, t(o, "bank giro credit", "Ueberweisung / Zahlschein", "TIP SEPA"), s.bold, s.size
        )
        p.text(w - m, y, cur(o, total), s.bold, s.size + 2, "right")
        half = (w - 2 * m) / 2
        field(
            p,
            s,
            m,
            y + 8,
            half,
            26,
            t(o, "Reference", "Verwendungszweck", "Reference"),
            f"{acct}/{end.year}",
            s.size - 1,
        )
        field(
            p,
            s,
            m + half,
            y + 8,
            half,
            26,
            t(o, "Payee", "Empfaenger", "Creancier"),
            o.name,
            s.size - 1,
        )
        value = f"{acct}{int(total * 100):07d}"
        if bar_width("code128", value) < w - 2 * m:
            p.barcode("code128", value, m, y + 44)
    numbered([p], s, o, fmt="none")
    return [p]


def tpl_outage_credit(rng: random.Random, who: Issuer) -> list[Page]:
    """A broadband provider's letter about an outage and the credit applied to the account."""
    s = who.style
    o = office(who, "isp")
    w, _ = s.page_size
    m = s.margin
    cust = home_of(rng, o.lang)
    f = paper(s, o)
    acct = code(rng, rng.choice(["HB", "SF", ""]), 8)
    d = a_day(rng)
    window(
        f,
        s,
        o,
        cust,
        [
            (t(o, "Account", "Kundennummer", "Compte client"), acct),
            (t(o, "Date", "Datum", "Date"), ds(o, d)),
        ],
    )
    headline(
        f,
        s,
        t(
            o,
            "Your service interruption - credit applied",
            "Stoerung Ihres Anschlusses - Gutschrift",
            "Interruption de service - avoir",
        ),
        2,
    )
    greet(f, s, o, cust[0])
    start = d - timedelta(days=rng.randint(10, 40))
    days = rng.randint(2, 9)
    say(
        f,
        s,
        t(
            o,
            f"Between {ds(o, start)} and {ds(o, start + timedelta(days=days))} your broadband and "
            "phone service was not working because of a fault in our network. I am sorry for the "
            "inconvenience this caused.",
            f"vom {ds(o, start)} bis {ds(o, start + timedelta(days=days))} war Ihr Internet- und "
            "Telefonanschluss wegen einer Stoerung in unserem Netz nicht verfuegbar. Das tut uns "
            "leid.",
            f"Du {ds(o, start)} au {ds(o, start + timedelta(days=days))}, votre ligne a ete "
            "interrompue suite a un incident sur notre reseau.",
        ),
    )
    per_day = {"en": 9.76, "de": rng.choice([5.0, 10.0]), "fr": rng.uniform(1, 3)}[o.lang]
    f.need(70)
    cs = grid(m + 20, w - m - 20, [(3, "left"), (0.8, "right"), (1, "right")])
    table(
        f,
        cs,
        [
            t(o, "Credit", "Gutschrift", "Avoir"),
            t(o, "Days", "Tage", "Jours"),
            t(o, "Amount", "Betrag", "Montant"),
        ],
        [
            [
                t(
                    o,
                    "Automatic compensation for loss of service",
                    "Entschaedigung nach TKG",
                    "Compensation interruption",
                ),
                str(days),
                cur(o, days * per_day),
            ]
        ],
        s,
        rules=True,
    )
    f.y += 6
    say(
        f,
        s,
        t(
            o,
            "You do not need to do anything. The credit will appear on your next bill.",
            "Die Gutschrift wird mit Ihrer naechsten Rechnung verrechnet.",
            "L'avoir apparaitra sur votre prochaine facture.",
        ),
    )
    for _ in range(rng.randint(0, 2)):
        say(f, s, chatter(rng, "home", o.lang, 1, 2))
    sign_off(
        f, s, o, rng, a_name(rng), t(o, "Head of Customer Care", "Kundenservice", "Service clients")
    )
    numbered(f.pages, s, o)
    return f.pages


ROOMS = {
    "en": {
        "Lounge": ["Sofa 3-seater", "Armchair", "Coffee table", "TV and stand", "Bookcase", "Rug"],
        "Kitchen": ["Fridge freezer", "Washing machine", "Table", "Chairs", "Microwave", "Cartons"],
        "Bedroom 1": ["Double bed", "Wardrobe", "Chest of drawers", "Bedside tables", "Mirror"],
        "Bedroom 2": ["Single bed", "Desk", "Office chair", "Wardrobe", "Cartons"],
        "Garage": ["Bicycle", "Lawnmower", "Tool chest", "Garden furniture", "Storage boxes"],
        "Loft": ["Suitcases", "Christmas boxes", "Cartons", "Cot"],
    },
    "de": {
        "Wohnzimmer": [
            "Sofa 3-Sitzer",
            "Sessel",
            "Couchtisch",
            "TV-Board",
            "Buecherregal",
            "Teppich",
        ],
        "Kueche": [
            "Kuehlschrank",
            "Waschmaschine",
            "Esstisch",
            "Stuehle",
            "Mikrowelle",
            "Umzugskartons",
        ],
        "Schlafzimmer": [
            "Doppelbett",
            "Kleiderschrank 4-tuerig",
            "Kommode",
            "Nachttische",
            "Spiegel",
        ],
        "Kinderzimmer": ["Kinderbett", "Schreibtisch", "Buerostuhl", "Regal", "Umzugskartons"],
        "Keller": ["Fahrrad", "Rasenmaeher", "Werkbank", "Gartenmoebel", "Kisten"],
    },
    "fr": {
        "Salon": [
            "Canape 3 places",
            "Fauteuil",
            "Table basse",
            "Meuble TV",
            "Bibliotheque",
            "Tapis",
        ],
        "Cuisine": ["Refrigerateur", "Lave-linge", "Table", "Chaises", "Micro-ondes", "Cartons"],
        "Chambre 1": ["Lit double", "Armoire", "Commode", "Chevets", "Miroir"],
        "Chambre 2": ["Lit simple", "Bureau", "Chaise de bureau", "Etagere", "Cartons"],
        "Cave": ["Velo", "Tondeuse", "Etabli", "Salon de jardin", "Caisses"],
    },
}


def tpl_removal_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A removal company's quotation: move details, a room-by-room inventory with volumes,
    prices and an acceptance slip."""
    s = who.style
    o = office(who, "removals")
    w, _ = s.page_size
    m = s.margin
    cust = home_of(rng, o.lang)
    dest = home_of(rng, o.lang)
    qno = code(rng, rng.choice(["Q", "ANG-", "DEV"]), 5)
    f = paper(
        s,
        o,
        running=t(
            o,
            f"Quotation {qno} - {cust[0]}",
            f"Angebot {qno} - {cust[0]}",
            f"Devis {qno} - {cust[0]}",
        ),
    )
    when = a_day(rng)
    window(
        f,
        s,
        o,
        cust,
        [
            (t(o, "Quotation", "Angebot", "Devis"), qno),
            (t(o, "Survey date", "Besichtigung", "Visite"), ds(o, when)),
            (t(o, "Date", "Datum", "Date"), ds(o, when + timedelta(days=2))),
        ],
    )
    headline(
        f,
        s,
        t(o, "Quotation for your removal", "Angebot fuer Ihren Umzug", "Devis de demenagement"),
        3,
    )
    greet(f, s, o, cust[0])
    say(
        f,
        s,
        t(
            o,
            "Thank you for inviting us to survey your home. We are pleased to quote as follows.",
            "vielen Dank fuer die Besichtigung. Gerne bieten wir Ihnen Ihren Umzug wie folgt an.",
            "Suite a notre visite, nous avons le plaisir de vous remettre notre proposition.",
        ),
    )
    move = when + timedelta(days=rng.randint(14, 70))
    floors = [
        t(o, "ground floor", "EG", "RDC"),
        t(o, "1st floor, no lift", "1. OG ohne Aufzug", "1er etage sans ascenseur"),
        t(o, "3rd floor, lift", "3. OG mit Aufzug", "3e etage avec ascenseur"),
    ]
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    t(o, "Collection from", "Auszugsadresse", "Depart"),
                    f"{', '.join(cust[1:])} ({rng.choice(floors)})",
                ),
                (
                    t(o, "Delivery to", "Einzugsadresse", "Arrivee"),
                    f"{', '.join(dest[1:])} ({rng.choice(floors)})",
                ),
                (t(o, "Moving date", "Umzugstermin", "Date"), ds(o, move)),
                (
                    t(o, "Service", "Leistung", "Formule"),
                    rng.choice(
                        [
                            t(
                                o,
                                "Full packing service",
                                "Komplettservice mit Einpacken",
                                "Formule cle en main",
                            ),
                            t(
                                o,
                                "Removal only",
                                "Transport und Moebelmontage",
                                "Formule economique",
                            ),
                        ]
                    ),
                ),
            ],
            w - m,
            s.size - 0.5,
        )
        + 10
    )
    if rng.random() < 0.5:
        f.new_page()
    f.heading(m, t(o, "Inventory", "Umzugsgutliste", "Inventaire"), s.bold, s.size + 2)
    rows = []
    vol = 0.0
    for room, things in rng.sample(
        sorted(ROOMS[o.lang].items()), rng.randint(2, len(ROOMS[o.lang]))
    ):
        for thing in rng.sample(things, rng.randint(2, len(things))):
            qty = rng.choice([1, 1, 1, 2, 4]) if "arton" not in thing else rng.randint(5, 40)
            each = rng.uniform(0.1, 1.8) if "arton" not in thing else 0.1
            vol += qty * each
            rows.append([room, thing, str(qty), f"{qty * each:.1f}"])
    cs = grid(m, w - m, [(1.4, "left"), (3, "left"), (0.6, "right"), (0.8, "right")])
    table(
        f,
        cs,
        [
            t(o, "Room", "Raum", "Piece"),
            t(o, "Item", "Gegenstand", "Objet"),
            t(o, "Qty", "Anz.", "Qte"),
            "m3",
        ],
        rows,
        s,
        s.size - 1.5,
        rules=rng.random() < 0.4,
        step=1.45,
    )
    f.page.text(
        w - m,
        f.y + 2,
        t(
            o,
            f"Total volume {vol:.1f} m3",
            f"Gesamtvolumen {vol:.1f} m3",
            f"Volume total {vol:.1f} m3",
        ),
        s.bold,
        s.size - 1,
        "right",
    )
    f.y += 22
    f.heading(m, t(o, "Price", "Preis", "Prix"), s.bold, s.size + 2)
    lines = [
        (
            t(
                o,
                f"Crew of {rng.randint(2, 5)} and {rng.choice(['7.5t', '12t', 'Luton'])} vehicle",
                f"{rng.randint(2, 5)} Mitarbeiter, LKW {rng.choice(['7,5 t', '12 t'])}",
                f"Equipe de {rng.randint(2, 5)}, camion {rng.randint(20, 50)} m3",
            ),
            vol * rng.uniform(28, 45),
        ),
        (t(o, "Packing materials", "Verpackungsmaterial", "Fournitures"), rng.uniform(60, 260)),
        (
            t(o, "Dismantling and reassembly", "Moebelab- und -aufbau", "Demontage / remontage"),
            rng.uniform(80, 400),
        ),
        (
            t(o, "Parking suspension", "Halteverbotszone", "Autorisation de stationnement"),
            rng.uniform(40, 160),
        ),
        (
            t(o, "Goods in transit insurance", "Transportversicherung", "Assurance"),
            rng.uniform(30, 120),
        ),
    ]
    chosen = lines[:1] + rng.sample(lines[1:], rng.randint(1, 4))
    net = sum(v for _, v in chosen)
    items = [(a, cur(o, v)) for a, v in chosen]
    items.append(
        (
            t(o, "Total incl. VAT", "Gesamt inkl. 19 % MwSt.", "Total TTC"),
            cur(o, net * (1.2 if o.lang != "de" else 1.19)),
        )
    )
    f.need(len(items) * 16 + 10)
    f.y = pairs(f.page, s, m, f.y, items, w - m, s.size) + 10
    for _ in range(rng.randint(1, 3)):
        say(f, s, chatter(rng, "move", o.lang, 1, 3), size=s.size - 1)
    sign_off(
        f,
        s,
        o,
        rng,
        a_name(rng),
        t(o, "Removals Surveyor", "Umzugsberater", "Conseiller demenagement"),
    )
    if rng.random() < 0.6:
        f.need(120)
        f.y += 10
        dashes(f.page, m, w - m, f.y)
        f.y += 20
        f.page.text(
            m,
            f.y,
            t(o, "ACCEPTANCE - please sign and return", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
            s.bold,
            s.size,
        )
        f.y += 16
        say(
            f,
            s,
            t(
                o,
                f"I accept quotation {qno} and the conditions of carriage.",
                f"Hiermit beauftrage ich Angebot {qno} zu den umseitigen Bedingungen.",
                f"Je vous confie le demenagement selon le devis {qno}.",
            ),
            size=s.size - 1,
        )
        f.y += 20
        f.page.line(m, f.y, m + 180, f.y)
        f.page.line(w - m - 160, f.y, w - m, f.y)
        f.page.text(m, f.y + 10, t(o, "Signature", "Unterschrift", "Signature"), s.font, 7)
        f.page.text(w - m - 160, f.y + 10, t(o, "Date", "Datum", "Date"), s.font, 7)
        f.y += 20
    numbered(f.pages, s, o)
    return f.pages


def tpl_handyman_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A page from a sole trader's duplicate invoice book: printed heading and ruled lines,
    the rest filled in by hand (slanted face, lines that wander a little)."""
    base = who.style
    o = office(who, "trades")
    s = replace(base, page_size=A5, margin=30, size=9)
    w, h = s.page_size
    m = s.margin
    hand = rng.choice(["Times-Italic", "Courier-Oblique", "Helvetica-Oblique"])
    hs = 10.5 if hand != "Courier-Oblique" else 9.5
    p = Page(s.page_size)
    size = shrink(o.name, "Helvetica-Bold", 13, w - 2 * m - 70)
    p.text(m, m + 2, o.name, "Helvetica-Bold", size)
    p.text(m, m + 14, fit(f"{o.street}, {o.town}", "Helvetica", 7, w - 2 * m - 70), "Helvetica", 7)
    p.text(
        m,
        m + 23,
        fit(t(o, "Mobile ", "Mobil ", "Port. ") + o.phone, "Helvetica", 7, w - 2 * m - 70),
        "Helvetica",
        7,
    )
    no = rng.randint(100, 2999)
    p.text(w - m, m + 2, t(o, "INVOICE", "RECHNUNG", "FACTURE"), "Helvetica-Bold", 10, "right")
    p.text(w - m, m + 16, f"No {no:04d}", "Courier-Bold", 11, "right")

    def scribble(x: float, y: float, text: str, width: float, align: str = "left") -> None:
        y += rng.uniform(-1.5, 1.5)
        x += rng.uniform(-2, 3)
        txt = fit(text, hand, hs, width)
        if align == "right":
            p.text(x, y, txt, hand, hs, "right")
        else:
            p.text(x, y, txt, hand, hs)

    cust = home_of(rng, o.lang)
    y = m + 46
    for lab, val in [
        (t(o, "Date", "Datum", "Date"), ds(o, a_day(rng))),
        (t(o, "To", "An", "Client"), cust[0]),
        ("", f"{cust[1]}, {cust[2]}"),
    ]:
        p.text(m, y, lab, "Helvetica", 7.5)
        p.line(m + 30, y + 2, w - m, y + 2)
        scribble(m + 34, y - 1, val, w - 2 * m - 40)
        y += 18
    y += 6
    p.rect(m, y, w - 2 * m, 16, fill=0.85)
    amt_x = w - m - 60
    p.text(
        m + 4,
        y + 11,
        t(o, "Description of work", "Ausgefuehrte Arbeiten", "Designation"),
        "Helvetica-Bold",
        7.5,
    )
    p.text(w - m - 4, y + 11, t(o, "Amount", "Betrag", "Montant"), "Helvetica-Bold", 7.5, "right")
    y += 16
    rows = 14
    top = y
    for _ in range(rows):
        y += 18
        p.line(m, y, w - m, y)
    p.rect(m, top, w - 2 * m, y - top)
    p.line(amt_x, top, amt_x, y)
    jobs = {
        "en": [
            "Replace kitchen tap",
            "Bleed radiators",
            "Fit new toilet seat",
            "Hang two doors",
            "Repair fence panel",
            "Clear gutter",
            "Labour 3 hrs",
            "Materials (see receipt)",
            "Silicone bath",
            "Call-out charge",
        ],
        "de": [
            "Wasserhahn Kueche getauscht",
            "Heizkoerper entlueftet",
            "Tuer eingestellt",
            "Zaunelement repariert",
            "Dachrinne gereinigt",
            "Arbeitszeit 3 Std.",
            "Material lt. Beleg",
            "Silikonfuge Bad erneuert",
            "Anfahrt",
        ],
        "fr": [
            "Remplacement robinet cuisine",
            "Purge radiateurs",
            "Pose abattant WC",
            "Reglage portes",
            "Reparation cloture",
            "Nettoyage gouttieres",
            "Main d'oeuvre 3 h",
            "Fournitures",
            "Joint silicone",
            "Deplacement",
        ],
    }[o.lang]
    total = 0.0
    yy = top
    for job in rng.sample(jobs, rng.randint(2, 7)):
        yy += 18
        v = rng.choice([15, 20, 25, 35, 40, 45, 60, 75, 90, 120, 150]) + rng.choice([0, 0, 0.5])
        total += v
        scribble(m + 4, yy - 4, job, amt_x - m - 10)
        scribble(w - m - 4, yy - 4, money(v, o.lang), 56, "right")
    y += 20
    p.text(amt_x - 6, y, t(o, "TOTAL", "SUMME", "TOTAL"), "Helvetica-Bold", 8, "right")
    p.rect(amt_x, y - 11, w - m - amt_x, 16)
    scribble(w - m - 4, y, money(total, o.lang), 56, "right")
    y += 22
    p.text(
        m,
        y,
        fit(
            t(
                o,
                "Not VAT registered.",
                "Gemaess Par. 19 UStG wird keine Umsatzsteuer berechnet.",
                "TVA non applicable, art. 293 B du CGI.",
            ),
            "Helvetica",
            6.5,
            w - 2 * m,
        ),
        "Helvetica",
        6.5,
    )
    y += 10
    p.text(
        m,
        y,
        fit(t(o, "Bank: ", "Bank: ", "RIB : ") + o.iban, "Helvetica", 6.5, w - 2 * m),
        "Helvetica",
        6.5,
    )
    if rng.random() < 0.5:
        p.text(
            w / 2 + 10,
            y + 26,
            rng.choice(
                [
                    t(o, "Paid with thanks", "Betrag bar erhalten", "Acquitte"),
                    t(o, "Paid cash", "Dankend erhalten", "Regle en especes"),
                ]
            ),
            hand,
            13,
        )
    elif rng.random() < 0.5:
        scrawl(p, w / 2 + 20, y + 28, o.name if "." in o.name.split()[0] else a_name(rng), rng)
    if y + 30 > h:
        raise AssertionError("handyman invoice overflows")
    return [p]


DEED = {
    "de": [
        "Vorbemerkung, Grundbuchstand",
        "Verkauf",
        "Kaufpreis, Faelligkeit",
        "Besitzuebergang",
        "Rechte und Pflichten bei Maengeln",
        "Auflassungsvormerkung",
        "Auflassung",
        "Vollzugsvollmacht",
        "Kosten und Steuern",
        "Hinweise des Notars",
    ],
    "fr": [
        "Designation du bien",
        "Origine de propriete",
        "Prix et paiement",
        "Propriete - jouissance",
        "Charges et conditions",
        "Situation hypothecaire",
        "Diagnostics techniques",
        "Frais",
        "Election de domicile",
    ],
    "en": [
        "Parties",
        "Property",
        "Price and deposit",
        "Completion",
        "Title guarantee",
        "Vacant possession",
        "Fixtures and fittings",
        "Costs",
        "Governing law",
    ],
}


def tpl_notary_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A notary's letter fixing the signing appointment, with the draft deed enclosed."""
    s = who.style
    o = office(who, "notary", ("ruled", "masthead", "corner"))
    w, _ = s.page_size
    m = s.margin
    buyer = home_of(rng, o.lang)
    seller = a_name(rng)
    file_no = f"{rng.randint(100, 2999)}/{rng.randint(22, 26)}"
    f = paper(s, o)
    d = a_day(rng)
    window(
        f,
        s,
        o,
        buyer,
        [
            (t(o, "Our file", "Unser Zeichen", "Dossier"), file_no),
            (t(o, "Date", "Datum", "Date"), ds(o, d)),
        ],
    )
    sign_day = d + timedelta(days=rng.randint(14, 30))
    headline(
        f,
        s,
        t(
            o,
            f"Purchase of {buyer[1]} - signing appointment",
            f"Grundstueckskaufvertrag {seller} / {buyer[0]} - Beurkundungstermin",
            f"Vente {seller} / {buyer[0]} - rendez-vous de signature",
        ),
        1,
    )
    greet(f, s, o, buyer[0])
    say(
        f,
        s,
        t(
            o,
            "I enclose the draft contract for your review. The signing appointment is fixed for "
            f"{ds(o, sign_day)} at {hhmm(rng, 9, 16)} in our offices.",
            "anbei erhalten Sie den Entwurf des Kaufvertrages. Der Beurkundungstermin ist fuer "
            f"den {ds(o, sign_day)} um {hhmm(rng, 9, 16)} Uhr in unseren Amtsraeumen vorgesehen.",
            "Vous trouverez ci-joint le projet d'acte. La signature est fixee au "
            f"{ds(o, sign_day)} a {hhmm(rng, 9, 16)} en notre office.",
        ),
    )
    say(
        f,
        s,
        t(
            o,
            "Please bring a valid passport or identity card and your tax identification number.",
            "Bitte bringen Sie einen gueltigen Personalausweis oder Reisepass sowie Ihre "
            "steuerliche Identifikationsnummer mit.",
            "Merci de vous munir d'une piece d'identite en cours de validite.",
        ),
    )
    for _ in range(rng.randint(1, 2)):
        say(f, s, chatter(rng, "law", o.lang, 1, 3))
    sign_off(
        f,
        s,
        o,
        rng,
        o.name.split(" ", 1)[1] if o.name.startswith("Notarin") else a_name(rng),
        t(o, "Notary", "Notarin" if o.name.startswith("Notarin") else "Notar", "Notaire"),
    )
    f.need(30)
    f.page.text(
        m,
        f.y,
        t(o, "Enclosure: draft contract", "Anlage: Vertragsentwurf", "P.J. : projet d'acte"),
        s.font,
        s.size - 1,
    )
    letter = len(f.pages)
    stand = ds(o, d)
    deed_head = t(
        o, f"DRAFT {stand} - not for signature", f"ENTWURF - Stand {stand}", f"PROJET du {stand}"
    )

    def start(page: Page, n: int) -> float:
        return top_line(page, s, f"{deed_head}   {t(o, 'File', 'UR-Nr.', 'Dossier')} {file_no}")

    g = Flow(s.page_size, f.bottom, start)
    g.y += 10
    g.page.text(
        w / 2,
        g.y,
        t(o, "CONTRACT FOR SALE", "KAUFVERTRAG", "ACTE DE VENTE"),
        s.bold,
        s.size + 5,
        "center",
    )
    g.y += 18
    g.page.text(
        w / 2,
        g.y,
        t(o, "of residential property", "ueber Grundbesitz", "d'un bien immobilier"),
        s.font,
        s.size,
        "center",
    )
    g.y += 24
    say(
        g,
        s,
        t(
            o,
            f"Before me, the notary, appeared today: 1. {seller} (the Seller), 2. {buyer[0]} (the "
            "Buyer).",
            f"Heute, am ____________, erschienen vor mir, Notar/in in Hainfeld: 1. {seller} - "
            f"nachstehend Verkaeufer -, 2. {buyer[0]} - nachstehend Kaeufer -.",
            f"L'an ____, le ____, par-devant Maitre Girardot, ont comparu : {seller}, vendeur, et "
            f"{buyer[0]}, acquereur.",
        ),
    )
    for k, name in enumerate(DEED[o.lang][: rng.randint(5, len(DEED[o.lang]))], 1):
        title = t(o, f"{k}. {name}", f"§ {k} {name}", f"Article {k} - {name}")
        g.heading((w - tw(title, s.bold, s.size)) / 2, title, s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            say(g, s, f"({j + 1}) " + chatter(rng, "law", o.lang, 1, 4))
    g.need(60)
    g.y += 20
    g.page.text(
        m,
        g.y,
        t(
            o,
            "Signed",
            "Vorgelesen vom Notar, von den Beteiligten genehmigt und eigenhaendig unterschrieben:",
            "Dont acte",
        ),
        s.font,
        s.size - 1,
    )
    pages = f.pages + g.pages
    numbered(f.pages, s, o)
    number_pages(
        g.pages, s, rng.choice(["- {i} -", "{i}", t(o, "Page {i}", "Seite {i}", "Page {i}")]), "bc"
    )
    assert len(pages) > letter
    return pages


def tall_row(
    page: Page,
    cs: list[Col],
    y: float,
    cells: list[str],
    font: str,
    size: float,
    grid: bool = False,
) -> float:
    """One table row whose cells wrap inside their columns; returns the y below it."""
    lines = [
        wrap(c, font, size, max(20.0, r - left - 4)) or [""]
        for (left, r, _), c in zip(cs, cells, strict=True)
    ]
    tall = max(len(x) for x in lines)
    for col, ls in zip(cs, lines, strict=True):
        for k, ln in enumerate(ls):
            cell(page, col, y + k * size * 1.3, ln, font, size)
    bottom = y + (tall - 1) * size * 1.3 + size * 0.7
    if grid:
        page.line(cs[0][0] - 2, bottom, cs[-1][1] + 2, bottom)
    return bottom + size * 1.3


def tpl_land_register(rng: random.Random, who: Issuer) -> list[Page]:
    """An official copy of a land register entry (register of title, Grundbuch, fiche
    d'immeuble): its parts one after another, the title number at the top of every page."""
    s = who.style
    o = office(who, "registry", ("plain", "small", "ruled"))
    w, h = s.page_size
    m = s.margin
    owner = home_of(rng, o.lang)
    when = a_day(rng)
    bank = rng.choice(OFFICES["lender"])[0]
    if o.lang == "de":
        blatt = str(rng.randint(100, 9999))
        ident = f"Grundbuch von Hainfeld  Blatt {blatt}"
        parts = [
            (
                "Bestandsverzeichnis",
                [
                    (0.5, "Nr."),
                    (2.2, "Gemarkung, Flur, Flurstueck"),
                    (2.6, "Wirtschaftsart und Lage"),
                    (0.9, "Groesse m2"),
                ],
                [
                    [
                        str(k),
                        f"Hainfeld, Flur {rng.randint(1, 30)}, Flurstueck "
                        f"{rng.randint(10, 900)}/{rng.randint(1, 9)}",
                        f"Gebaeude- und Freiflaeche, {owner[1]}",
                        str(rng.randint(180, 1400)),
                    ]
                    for k in range(1, rng.randint(2, 4))
                ],
            ),
            (
                "Erste Abteilung - Eigentuemer",
                [
                    (0.5, "Nr."),
                    (2.6, "Eigentuemer"),
                    (0.8, "BV-Nr."),
                    (2.4, "Grundlage der Eintragung"),
                ],
                [
                    [
                        "1",
                        f"{owner[0]}, geb. {ds(o, a_day(rng, 1950, 1995))}, {owner[2]}",
                        "1",
                        f"Auflassung vom {ds(o, when)}; eingetragen am "
                        f"{ds(o, when + timedelta(days=60))}.",
                    ]
                ],
            ),
            (
                "Zweite Abteilung - Lasten und Beschraenkungen",
                [(0.5, "Nr."), (0.8, "BV-Nr."), (5, "Lasten und Beschraenkungen")],
                [[str(k), "1", words(rng, "law", "de", 24)] for k in range(1, rng.randint(2, 4))],
            ),
            (
                "Dritte Abteilung - Hypotheken, Grundschulden",
                [
                    (0.5, "Nr."),
                    (0.8, "BV-Nr."),
                    (1.2, "Betrag"),
                    (3.8, "Hypotheken, Grundschulden, Rentenschulden"),
                ],
                [
                    [
                        "1",
                        "1",
                        cur(o, rng.randint(8, 40) * 10000),
                        f"Grundschuld ohne Brief zu {cur(o, rng.randint(8, 40) * 10000)} fuer "
                        f"{bank}; 15 % Jahreszinsen; vollstreckbar nach Par. 800 ZPO. Eingetragen "
                        f"am {ds(o, when + timedelta(days=60))}.",
                    ]
                ],
            ),
        ]
        title = "Amtlicher Ausdruck"
        intro = (
            f"Amtsgericht Hainfeld - Grundbuchamt. Ausdruck vom {ds(o, a_day(rng))}. Dieser "
            "Ausdruck wurde maschinell erstellt und wird nicht unterschrieben."
        )
    elif o.lang == "fr":
        ident = f"Fiche d'immeuble - section {rng.choice('ABCDK')} no {rng.randint(10, 999)}"
        parts = [
            (
                "Designation de l'immeuble",
                [
                    (1, "Commune"),
                    (1, "Section"),
                    (1, "Numero"),
                    (2.5, "Lieu-dit / adresse"),
                    (1, "Contenance"),
                ],
                [
                    [
                        "Montbrison",
                        rng.choice("ABCDK"),
                        str(rng.randint(10, 999)),
                        ", ".join(owner[1:]),
                        f"{rng.randint(2, 14)} a {rng.randint(10, 99)} ca",
                    ]
                ],
            ),
            (
                "Formalites publiees",
                [
                    (1, "Date"),
                    (1.1, "Vol. / No"),
                    (2.2, "Nature de l'acte"),
                    (2.5, "Parties / montant"),
                ],
                [
                    [
                        ds(o, when - timedelta(days=400 * k)),
                        f"{rng.randint(2000, 2025)} P {rng.randint(100, 9999)}",
                        rng.choice(
                            [
                                "Vente",
                                "Privilege de preteur",
                                "Hypotheque conventionnelle",
                                "Attestation apres deces",
                                "Servitude de passage",
                            ]
                        ),
                        f"{a_name(rng)} / {owner[0]} - {cur(o, rng.randint(40, 400) * 1000)}",
                    ]
                    for k in range(rng.randint(2, 7))
                ],
            ),
        ]
        title = "Etat hypothecaire - copie"
        intro = f"Releve des formalites publiees au {ds(o, a_day(rng))}, certifie conforme."
    else:
        tno = f"{rng.choice(['WX', 'BF', 'SM'])}{rng.randint(100000, 999999)}"
        ident = f"Title number {tno}"
        parts = [
            (
                "A: Property Register",
                [(0.4, ""), (6, "")],
                [
                    [
                        "1",
                        f"({ds(o, when)}) The Freehold land shown edged with red on the plan of "
                        f"the above Title filed at the Registry and being {', '.join(owner[1:])}.",
                    ]
                ]
                + [[str(k), words(rng, "law", "en", 22)] for k in range(2, rng.randint(2, 4))],
            ),
            (
                "B: Proprietorship Register",
                [(0.4, ""), (6, "")],
                [
                    [
                        "",
                        "This register specifies the class of title and identifies the owner. "
                        "Title absolute.",
                    ],
                    [
                        "1",
                        f"({ds(o, when)}) PROPRIETOR: {owner[0].upper()} of "
                        f"{', '.join(owner[1:])}.",
                    ],
                    [
                        "2",
                        f"({ds(o, when)}) The price stated to have been paid on "
                        f"{ds(o, when - timedelta(days=30))} was "
                        f"{cur(o, rng.randint(120, 650) * 1000)}.",
                    ],
                    [
                        "3",
                        f"({ds(o, when)}) RESTRICTION: No disposition of the registered estate by "
                        "the proprietor is to be registered without a written consent signed by "
                        f"the proprietor of the charge dated {ds(o, when)} in favour of {bank}.",
                    ],
                ],
            ),
            (
                "C: Charges Register",
                [(0.4, ""), (6, "")],
                [
                    [
                        "",
                        "This register contains any charges and other matters that affect the "
                        "land.",
                    ],
                    ["1", f"({ds(o, when)}) REGISTERED CHARGE dated {ds(o, when)}."],
                    [
                        "2",
                        f"({ds(o, when)}) Proprietor: {bank.upper()} of "
                        f"{rng.choice(ROADS['en'])}, {rng.choice(TOWNS['en'])}.",
                    ],
                ]
                + [[str(k), words(rng, "law", "en", 20)] for k in range(3, rng.randint(3, 5))],
            ),
        ]
        title = "Official copy of register of title"
        intro = (
            "This official copy shows the entries on the register of title on "
            f"{ds(o, a_day(rng))} at {hhmm(rng)}. This date must be quoted as the 'search from "
            "date' in any official search application based on this copy."
        )

    def start(page: Page, n: int) -> float:
        y = letterhead(page, s, o) if n == 1 else m
        page.text(m, y, fit(ident, s.bold, s.size + 1, w - 2 * m), s.bold, s.size + 1)
        page.line(m, y + 5, w - m, y + 5)
        return y + 24

    f = Flow(s.page_size, h - m - 10, start)
    f.page.text(w / 2, f.y + 4, title, s.bold, s.size + 5, "center")
    f.y += 24
    say(f, s, intro, size=s.size - 1)
    size = s.size - 1
    for k, (name, spec, rows) in enumerate(parts):
        if k and (o.lang == "de" or rng.random() < 0.3):
            f.new_page()
        f.heading(m, name, s.bold, s.size + 1)
        cs = grid(m, w - m, [(a, "left") for a, _ in spec])
        if any(lab for _, lab in spec):
            for c, (_, lab) in zip(cs, spec, strict=True):
                cell(f.page, c, f.y, lab, s.bold, size)
            f.page.line(m, f.y + 4, w - m, f.y + 4)
            f.y += size * 1.9
        for row in rows:
            tall = max(
                len(wrap(x, s.font, size, max(20.0, c[1] - c[0] - 4)))
                for c, x in zip(cs, row, strict=True)
            )
            f.need(tall * size * 1.3 + 4)
            f.y = tall_row(f.page, cs, f.y, row, s.font, size, grid=o.lang == "de")
    f.need(40)
    f.y += 10
    f.page.text(
        w / 2,
        f.y,
        t(o, "End of register", "- Ende des Ausdrucks -", "Fin du releve"),
        s.bold,
        s.size,
        "center",
    )
    numbered(
        f.pages,
        s,
        o,
        fmt=rng.choice([o.numbers, t(o, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]),
    )
    return f.pages


def tpl_civil_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A certified copy of a birth or marriage entry in a double border: the English register
    row on a landscape page, the German and French extract as stacked fields."""
    s = who.style
    o = office(who, "registrar", ("plain",))
    marriage = rng.random() < 0.4
    lang = o.lang
    size = landscape(A4) if lang == "en" else rng.choice([A4, A5])
    w, h = size
    m = 40 if size != A5 else 30
    p = Page(size)
    p.rect(12, 12, w - 24, h - 24)
    p.rect(17, 17, w - 34, h - 34)
    fam = rng.choice(LAST)
    child = f"{rng.choice(FIRST)} {rng.choice(FIRST)} {fam}"
    born = a_day(rng, 1955, 2024)
    serial = f"{rng.choice(['B', 'M', 'G', 'E'])}{rng.choice('XYZ')}{rng.randint(100000, 999999)}"
    if lang == "en":
        what = "MARRIAGE" if marriage else "BIRTH"
        p.text(w / 2, m + 10, f"CERTIFIED COPY OF AN ENTRY OF {what}", "Times-Bold", 15, "center")
        p.text(w / 2, m + 26, "GIVEN AT THE GENERAL REGISTER OFFICE", "Times-Roman", 9, "center")
        p.text(w - m, m + 10, serial, "Courier-Bold", 10, "right")
        p.text(
            m,
            m + 48,
            fit(
                f"Registration district {o.town.split()[0]}    Sub-district "
                f"{rng.choice(ROADS['en'])}",
                "Times-Roman",
                9,
                w - 2 * m,
            ),
            "Times-Roman",
            9,
        )
        if marriage:
            spec = [
                (1.2, "When married"),
                (2, "Name and surname"),
                (0.6, "Age"),
                (1, "Condition"),
                (1.3, "Rank or profession"),
                (1.8, "Residence at the time of marriage"),
                (1.6, "Father's name and surname"),
                (1.3, "Rank or profession of father"),
            ]
            rows = [
                [
                    ds(o, born),
                    a_name(rng),
                    str(rng.randint(21, 45)),
                    rng.choice(["Bachelor", "Single", "Divorced"]),
                    rng.choice(["Engineer", "Teacher", "Nurse", "Carpenter"]),
                    ", ".join(home_of(rng, "en")[1:]),
                    a_name(rng),
                    rng.choice(["Farmer", "Clerk", "Retired", "Driver"]),
                ]
                for _ in range(2)
            ]
        else:
            spec = [
                (0.5, "No."),
                (1.6, "When and where born"),
                (1.5, "Name, if any"),
                (0.6, "Sex"),
                (1.5, "Name and surname of father"),
                (1.7, "Name, surname and maiden surname of mother"),
                (1.1, "Occupation of father"),
                (1.6, "Signature, description and residence of informant"),
                (1, "When registered"),
                (1.2, "Signature of registrar"),
            ]
            rows = [
                [
                    str(rng.randint(1, 400)),
                    f"{ds(o, born)} "
                    + rng.choice(
                        [
                            "Saltmarsh General Hospital",
                            "Ellery Vale Maternity Unit",
                            ", ".join(home_of(rng, "en")[1:]),
                        ]
                    ),
                    child.rsplit(" ", 1)[0],
                    rng.choice(["Boy", "Girl"]),
                    a_name(rng),
                    f"{rng.choice(FIRST)} {fam} formerly {rng.choice(LAST)}",
                    rng.choice(["Plumber", "Accountant", "Chef", "Soldier"]),
                    f"{rng.choice(FIRST)} {fam}, Mother",
                    ds(o, born + timedelta(days=rng.randint(5, 40))),
                    f"{a_name(rng)} Registrar",
                ]
            ]
        cs = grid(m, w - m, [(a, "left") for a, _ in spec])
        y: float = m + 66
        p.rect(m - 2, y - 10, w - 2 * m + 4, 34)
        for c, (_, lab) in zip(cs, spec, strict=True):
            for k, ln in enumerate(wrap(lab, "Times-Roman", 7, c[1] - c[0] - 4)[:3]):
                cell(p, c, y + k * 8, ln, "Times-Roman", 7)
        y += 34
        for row in rows:
            y = tall_row(p, cs, y, row, "Courier", 8, grid=True)
        for c in cs[1:]:
            p.line(c[0] - 2, m + 56, c[0] - 2, y - 8)
        p.rect(m - 2, m + 56, w - 2 * m + 4, y - 8 - m - 56)
        y += 14
        y = text_block(
            p,
            replace(s, font="Times-Roman"),
            m,
            y,
            w - 2 * m,
            "CERTIFIED to be a true copy of an entry in the certified copy of a Register of "
            f"{what.title()}s in the District above mentioned. Given at the GENERAL REGISTER "
            f"OFFICE, under the Seal of the said Office, the {ds(o, a_day(rng, 2020, 2026))}.",
            9,
        )
        p.rect(w - m - 90, h - m - 70, 80, 50)
        p.text(w - m - 50, h - m - 42, "SEAL", "Times-Bold", 10, "center")
        p.text(
            m,
            h - m - 10,
            fit(
                "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND "
                "USING OR POSSESSING A FALSE CERTIFICATE. CROWN COPYRIGHT",
                "Times-Bold",
                7,
                w - 2 * m - 100,
            ),
            "Times-Bold",
            7,
        )
        p.text(m, h - m, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "Times-Bold", 7)
        return [p]
    fs = 9 if size == A5 else 10.5
    title = t(
        o,
        "",
        "Eheurkunde" if marriage else "Geburtsurkunde",
        "Extrait d'acte de mariage" if marriage else "Extrait d'acte de naissance",
    )
    p.text(w / 2, m + 18, title, "Times-Bold", 16 if size == A5 else 20, "center")
    p.text(w / 2, m + 36, fit(o.name, "Times-Roman", fs, w - 2 * m), "Times-Roman", fs, "center")
    p.text(
        w - m,
        m + 54,
        t(
            o,
            "",
            f"Nr. {'E' if marriage else 'G'} {rng.randint(1, 900)}/{born.year}",
            f"Acte no {rng.randint(1, 900)}",
        ),
        "Times-Roman",
        fs,
        "right",
    )
    if marriage:
        partner = a_name(rng)
        items = [
            (t(o, "", "Ehegatte 1", "Epoux"), f"{rng.choice(FIRST)} {fam}"),
            (
                t(o, "", "Geburtstag und -ort", "Ne le"),
                f"{ds(o, a_day(rng, 1950, 2000))}, {rng.choice(TOWNS[lang])[6:]}",
            ),
            (t(o, "", "Ehegatte 2", "Epouse"), partner),
            (
                t(o, "", "Geburtstag und -ort", "Nee le"),
                f"{ds(o, a_day(rng, 1950, 2000))}, {rng.choice(TOWNS[lang])[6:]}",
            ),
            (
                t(o, "", "Tag und Ort der Eheschliessung", "Mariage celebre le"),
                f"{ds(o, born)}, {o.town[6:]}",
            ),
            (t(o, "", "Ehename", "Nom d'usage"), fam),
        ]
    else:
        items = [
            (t(o, "", "Familienname", "Nom"), fam),
            (t(o, "", "Vornamen", "Prenoms"), child.rsplit(" ", 1)[0]),
            (
                t(o, "", "Geschlecht", "Sexe"),
                rng.choice([t(o, "", "maennlich", "masculin"), t(o, "", "weiblich", "feminin")]),
            ),
            (t(o, "", "Geburtstag", "Date de naissance"), ds(o, born)),
            (t(o, "", "Geburtsort", "Lieu de naissance"), o.town[6:]),
            (
                t(o, "", "Mutter", "Mere"),
                f"{rng.choice(FIRST)} {fam}, geb. {rng.choice(LAST)}"
                if lang == "de"
                else f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            ),
            (t(o, "", "Vater", "Pere"), f"{rng.choice(FIRST)} {fam}"),
        ]
    y = m + 86.0
    lw = max(tw(a, "Times-Roman", fs) for a, _ in items) + 16
    for lab, val in items:
        p.text(m + 10, y, lab, "Times-Roman", fs)
        p.text(m + 10 + lw, y, fit(val, "Times-Bold", fs, w - 2 * m - lw - 20), "Times-Bold", fs)
        p.line(m + 10 + lw, y + 3, w - m - 10, y + 3)
        y += fs * 2.4
    y += 8
    if rng.random() < 0.6:
        p.text(
            m + 10,
            y,
            t(o, "", "Aenderungen der Eintragung:", "Mentions marginales :"),
            "Times-Italic",
            fs - 1,
        )
        marginal = t(o, "", "Aenderungen der Eintragung:", "Mentions marginales :")
        x = m + 10 + max(lw, tw(marginal, "Times-Italic", fs - 1) + 12)
        p.text(x, y, t(o, "", "keine", "Neant"), "Times-Italic", fs - 1)
        y += fs * 2.2
    p.text(m + 10, y + 10, f"{o.town[6:]}, {ds(o, a_day(rng, 2020, 2026))}", "Times-Roman", fs)
    p.rect(m + 14, y + 26, 70, 70)
    p.text(m + 49, y + 64, t(o, "", "Siegel", "Sceau"), "Times-Italic", 8, "center")
    p.text(
        w - m - 10,
        y + 30,
        t(o, "", "Der Standesbeamte", "L'officier de l'etat civil"),
        "Times-Roman",
        fs,
        "right",
    )
    scrawl(p, w - m - 140, y + 60, a_name(rng), rng)
    if y + 100 > h - m:
        raise AssertionError("certificate overflows")
    return [p]


def tpl_visa_appointment(rng: random.Random, who: Issuer) -> list[Page]:
    """A visa application centre's appointment confirmation with a QR code and the list of
    documents to bring."""
    s = who.style
    o = office(who, "visa", ("masthead", "band", "small"))
    w, _ = s.page_size
    m = s.margin
    appl = a_name(rng)
    refn = code(rng, rng.choice(["GWF", "FRA", "VIS"]), 9)
    f = paper(s, o, running=f"{t(o, 'Appointment', 'Termin', 'Rendez-vous')} {refn} - {appl}")
    f.y += 6
    f.page.text(
        m,
        f.y,
        t(o, "Appointment confirmation", "Terminbestaetigung", "Confirmation de rendez-vous"),
        s.bold,
        s.size + 6,
    )
    f.y += 24
    when = a_day(rng)
    qr = w - 2 * m >= 430
    right = w - m - (200 if qr else 0)
    y0 = f.y
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (t(o, "Applicant", "Antragsteller/in", "Demandeur"), appl),
            (
                t(o, "Passport number", "Passnummer", "No de passeport"),
                f"{rng.choice('CPKXN')}{code(rng, '', 8)}",
            ),
            (
                t(o, "Nationality", "Staatsangehoerigkeit", "Nationalite"),
                rng.choice(["Indian", "Nigerian", "Turkish", "Brazilian", "Chinese", "Colombian"]),
            ),
            (
                t(o, "Visa category", "Visumkategorie", "Type de visa"),
                rng.choice(
                    [
                        t(o, "Short stay (Schengen C)", "Schengen C", "Court sejour"),
                        t(o, "Student", "Nationales Visum D - Studium", "Long sejour etudiant"),
                        t(o, "Family visit", "Familienbesuch", "Visite familiale"),
                    ]
                ),
            ),
            (t(o, "Reference", "Vorgangsnummer", "Reference"), refn),
            (t(o, "Date", "Datum", "Date"), ds(o, when)),
            (t(o, "Time", "Uhrzeit", "Heure"), hhmm(rng, 8, 15)),
            (t(o, "Centre", "Ort", "Centre"), f"{o.street}, {o.town}"),
        ],
        right - 12,
        s.size,
    )
    if qr:
        f.page.barcode("qr", refn, w - m - 180, y0 - 10)
        f.y = max(f.y, y0 + 200)
    f.y += 14
    f.heading(
        m,
        t(o, "Please bring with you", "Bitte bringen Sie mit", "Documents a presenter"),
        s.bold,
        s.size + 1,
    )
    docs = [
        t(
            o,
            "This appointment letter, printed",
            "diese Terminbestaetigung (ausgedruckt)",
            "cette confirmation imprimee",
        ),
        t(
            o,
            "Your passport, valid for at least 3 months after your trip",
            "Reisepass (mind. 3 Monate gueltig)",
            "passeport valide 3 mois apres le retour",
        ),
        t(
            o,
            "One recent passport photograph (35 x 45 mm)",
            "ein biometrisches Passfoto",
            "une photo d'identite recente",
        ),
        t(
            o,
            "Travel medical insurance certificate",
            "Nachweis Reisekrankenversicherung",
            "attestation d'assurance voyage",
        ),
        t(
            o,
            "Bank statements for the last three months",
            "Kontoauszuege der letzten 3 Monate",
            "releves bancaires des 3 derniers mois",
        ),
        t(
            o,
            "Invitation letter or hotel booking",
            "Einladung oder Hotelbuchung",
            "lettre d'invitation ou reservation",
        ),
        t(
            o,
            "Payment receipt for the visa fee",
            "Zahlungsnachweis Visagebuehr",
            "recu de paiement des frais",
        ),
    ]
    for item in docs[: rng.randint(4, len(docs))]:
        f.need(s.size * 2)
        box(f.page, m + 4, f.y, False, s.size - 1)
        f.page.text(m + 18, f.y, fit(item, s.font, s.size, w - 2 * m - 20), s.font, s.size)
        f.y += s.size * 1.8
    f.heading(m, t(o, "Important", "Wichtige Hinweise", "Important"), s.bold, s.size + 1)
    for note in [
        t(
            o,
            "Arrive no more than 15 minutes before your appointment. Late arrivals may be asked "
            "to rebook.",
            "Bitte erscheinen Sie puenktlich. Verspaetete Antragsteller koennen nicht "
            "beruecksichtigt werden.",
            "Presentez-vous 15 minutes avant l'heure. Tout retard peut entrainer l'annulation.",
        ),
        t(
            o,
            "Large bags, food and liquids are not allowed in the centre.",
            "Grosse Taschen sind nicht erlaubt.",
            "Les bagages volumineux sont interdits.",
        ),
        t(
            o,
            "Biometric data (fingerprints and photograph) will be collected.",
            "Es werden Fingerabdruecke genommen.",
            "Vos donnees biometriques seront relevees.",
        ),
    ][: rng.randint(1, 3)]:
        say(f, s, "- " + note, 6, s.size - 1)
    say(
        f,
        s,
        t(
            o,
            "This letter is generated automatically and is valid without a signature.",
            "Dieses Schreiben wurde maschinell erstellt.",
            "Document genere automatiquement.",
        ),
        size=s.size - 2,
    )
    numbered(f.pages, s, o)
    return f.pages


def tpl_enrolment(rng: random.Random, who: Issuer) -> list[Page]:
    """A university's certificate of enrolment for one semester, sometimes with a cut-out
    student ticket at the foot."""
    s = who.style
    o = office(who, "university", ("masthead", "ruled", "corner"))
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, o) + 6
    student = home_of(rng, o.lang)
    y = address(p, s, o, y, student) + 28
    year = rng.randint(2021, 2026)
    winter = rng.random() < 0.5
    sem = t(
        o,
        f"{'Autumn' if winter else 'Spring'} term {year}",
        f"{'Wintersemester' if winter else 'Sommersemester'} "
        f"{year}{'/' + str(year + 1)[2:] if winter else ''}",
        f"Annee universitaire {year}-{year + 1}",
    )
    title = t(
        o, "Certificate of Enrolment", "Immatrikulationsbescheinigung", "Certificat de scolarite"
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, s.size + 6, w - 2 * m))
    p.text(m, y + 16, sem, s.font, s.size + 1)
    y += 40
    y = note(
        p,
        s,
        y,
        t(
            o,
            "This is to certify that the student named below is registered at the University for "
            "the period stated.",
            "Hiermit wird bescheinigt, dass die unten genannte Person an der Universitaet "
            "eingeschrieben ist.",
            "Il est certifie que l'etudiant(e) designe(e) ci-dessous est regulierement inscrit(e).",
        ),
    )
    n = rng.randint(1, 10)
    y = pairs(
        p,
        s,
        m,
        y + 6,
        [
            (t(o, "Name", "Name", "Nom"), student[0]),
            (t(o, "Date of birth", "Geburtsdatum", "Ne(e) le"), ds(o, a_day(rng, 1996, 2006))),
            (t(o, "Student number", "Matrikelnummer", "No etudiant"), code(rng, "", 7)),
            (
                t(o, "Programme", "Studiengang", "Formation"),
                rng.choice(
                    [
                        t(o, "BSc Computer Science", "Informatik (B.Sc.)", "Licence Informatique"),
                        t(o, "MA History", "Geschichte (M.A.)", "Master Histoire"),
                        t(o, "LLB Law", "Rechtswissenschaft (Staatsexamen)", "Licence Droit"),
                        t(
                            o,
                            "BEng Civil Engineering",
                            "Bauingenieurwesen (B.Eng.)",
                            "Licence Genie civil",
                        ),
                    ]
                ),
            ),
            (
                t(o, "Year of study", "Fachsemester", "Annee"),
                str((n + 1) // 2 if o.lang != "de" else n),
            ),
            (
                t(o, "Mode of study", "Hochschulsemester", "Regime"),
                t(
                    o,
                    rng.choice(["Full-time", "Part-time"]),
                    str(n + rng.randint(0, 2)),
                    "Formation initiale",
                ),
            ),
            (
                t(o, "Status", "Status", "Statut"),
                t(o, "Registered", "eingeschrieben (Vollzeit)", "Inscrit(e)"),
            ),
            (
                t(o, "Valid until", "Gueltig bis", "Valable jusqu'au"),
                ds(o, date(year + 1, 3 if winter else 9, 31 if winter else 30)),
            ),
        ],
        m + (w - 2 * m) * 0.7,
        s.size,
    )
    y += 16
    vcode = "-".join(code(rng, "", 4) for _ in range(3))
    y = note(
        p,
        s,
        y,
        t(
            o,
            f"Verification code {vcode}. This document was produced electronically and is valid "
            "without a signature.",
            f"Pruefcode {vcode}. Dieses Dokument wurde maschinell erstellt und ist ohne "
            "Unterschrift gueltig.",
            f"Code de verification {vcode}. Document edite electroniquement, valable sans "
            "signature.",
        ),
        s.size - 1.5,
    )
    if rng.random() < 0.5 and y < h - m - 140:
        cut = h - m - 110
        dashes(p, m - 10, w - m + 10, cut)
        p.rect(m, cut + 14, 230, 86, fill=0.92)
        p.text(
            m + 8,
            cut + 30,
            t(
                o,
                "STUDENT ID / TRAVEL PASS",
                "STUDIERENDENAUSWEIS / SEMESTERTICKET",
                "CARTE D'ETUDIANT",
            ),
            s.bold,
            7,
        )
        p.text(m + 8, cut + 48, fit(student[0], s.font, 9, 210), s.font, 9)
        p.text(m + 8, cut + 62, sem, s.font, 8)
        p.text(m + 8, cut + 80, fit(o.name, s.font, 6.5, 210), s.font, 6.5)
    return [p]


def tpl_scholarship(rng: random.Random, who: Issuer) -> list[Page]:
    """A scholarship award letter: amount, conditions, payment schedule and an acceptance form
    on its own page."""
    s = who.style
    o = office(who, "foundation", ("ruled", "masthead", "corner", "band"))
    w, _ = s.page_size
    m = s.margin
    stu = home_of(rng, o.lang)
    ref_no = code(rng, rng.choice(["AET/", "SB-", ""]), 5)
    f = paper(
        s,
        o,
        running=t(
            o,
            f"Award {ref_no} - {stu[0]}",
            f"Stipendium {ref_no} - {stu[0]}",
            f"Bourse {ref_no} - {stu[0]}",
        ),
    )
    d = a_day(rng)
    window(
        f,
        s,
        o,
        stu,
        [
            (t(o, "Reference", "Foerderkennzeichen", "Reference"), ref_no),
            (t(o, "Date", "Datum", "Date"), ds(o, d)),
        ],
    )
    headline(
        f,
        s,
        t(
            o,
            "Award of a scholarship",
            "Bewilligungsbescheid Stipendium",
            "Attribution d'une bourse",
        ),
        3,
    )
    greet(f, s, o, stu[0])
    monthly = rng.choice([150, 300, 450, 861, 1000])
    months = rng.choice([6, 12, 24])
    say(
        f,
        s,
        t(
            o,
            "I am delighted to tell you that the trustees have awarded you a scholarship of "
            f"{cur(o, monthly)} per month for {months} months.",
            "wir freuen uns, Ihnen mitzuteilen, dass Ihnen ein Stipendium in Hoehe von "
            f"{cur(o, monthly)} monatlich fuer {months} Monate bewilligt wurde.",
            "Nous avons le plaisir de vous informer que le jury vous attribue une bourse de "
            f"{cur(o, monthly)} par mois pendant {months} mois.",
        ),
    )
    for _ in range(rng.randint(1, 2)):
        say(f, s, chatter(rng, "study", o.lang, 1, 3))
    f.heading(m, t(o, "Conditions of the award", "Auflagen", "Conditions"), s.bold, s.size + 1)
    for k in range(rng.randint(3, 6)):
        say(f, s, f"{k + 1}.  " + words(rng, "study", o.lang), 12, s.size - 0.5)
    f.heading(m, t(o, "Payments", "Auszahlungsplan", "Versements"), s.bold, s.size + 1)
    step = rng.choice([1, 3, 6])
    first = add_months(d.replace(day=1), 1)
    rows = [
        [str(k + 1), ds(o, add_months(first, k * step)), cur(o, monthly * step)]
        for k in range(months // step)
    ]
    cs = grid(m, m + (w - 2 * m) * 0.7, [(0.5, "left"), (1.5, "left"), (1.3, "right")])
    table(
        f,
        cs,
        [
            t(o, "No.", "Nr.", "No"),
            t(o, "Payment date", "Auszahlung am", "Date"),
            t(o, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    f.y += 6
    say(
        f,
        s,
        t(
            o,
            "Please sign and return the acceptance form within 21 days.",
            "Bitte senden Sie uns die Annahmeerklaerung innerhalb von drei Wochen unterschrieben "
            "zurueck.",
            "Merci de nous retourner le formulaire d'acceptation signe sous trois semaines.",
        ),
    )
    sign_off(
        f,
        s,
        o,
        rng,
        a_name(rng),
        t(o, "Secretary to the Trustees", "Geschaeftsfuehrung", "Secretaire general"),
    )
    f.new_page()
    headline(f, s, t(o, "Acceptance form", "Annahmeerklaerung", "Formulaire d'acceptation"), 3)
    full = w - 2 * m
    for lab, val in [
        (t(o, "Full name", "Name, Vorname", "Nom, prenom"), stu[0]),
        (t(o, "Reference", "Foerderkennzeichen", "Reference"), ref_no),
        (t(o, "Place of study", "Hochschule", "Etablissement"), ""),
        (t(o, "Bank account (IBAN or sort code / account)", "IBAN", "IBAN"), ""),
        (t(o, "Email", "E-Mail", "Courriel"), ""),
    ]:
        f.need(36)
        field(f.page, s, m, f.y, full, 30, lab, val)
        f.y += 36
    f.y += 8
    for q in [
        t(
            o,
            "I accept the award on the conditions set out in the letter.",
            "Ich nehme das Stipendium zu den genannten Bedingungen an.",
            "J'accepte la bourse aux conditions indiquees.",
        ),
        t(
            o,
            "I will tell the Trust at once if my circumstances change.",
            "Aenderungen teile ich unverzueglich mit.",
            "Je signalerai tout changement de situation.",
        ),
    ]:
        f.need(s.size * 3)
        box(f.page, m, f.y, False, s.size)
        f.para(m + 16, full - 16, q, s.font, s.size)
    f.need(50)
    f.y += 30
    f.page.line(m, f.y, m + full * 0.45, f.y)
    f.page.line(m + full * 0.55, f.y, w - m, f.y)
    f.page.text(m, f.y + 10, t(o, "Signature", "Unterschrift", "Signature"), s.font, 7)
    f.page.text(m + full * 0.55, f.y + 10, t(o, "Date", "Datum", "Date"), s.font, 7)
    f.y += 20
    numbered(f.pages, s, o)
    return f.pages


def tpl_pharmacy_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A narrow thermal till receipt from a pharmacy, on a page as long as the receipt."""
    o = office(who, "pharmacy")
    font, size = "Courier", 7.5
    width = rng.choice([252.0, 264.0])  # 80 mm paper plus the receipt scanner's margins
    m = 24
    cols_ = int((width - 2 * m) / (size * 0.6))
    lines: list[tuple[str, str]] = []  # text, align (c centre, l left, b bold centre)

    def lr(a: str, b: str) -> str:
        a = a[: cols_ - len(b) - 1]
        return a + " " * (cols_ - len(a) - len(b)) + b

    lines += [
        (o.name, "b"),
        (o.street, "c"),
        (o.town, "c"),
        (t(o, "Tel ", "Tel. ", "Tel ") + o.phone, "c"),
    ]
    if o.lang == "de":
        lines.append((f"USt-IdNr. DE{code(rng, '', 9)}", "c"))
    lines.append(("", "l"))
    d = a_day(rng)
    lines.append((lr(ds(o, d), hhmm(rng, 8, 19)), "l"))
    lines.append(
        (
            lr(
                t(o, "Receipt ", "Bon-Nr. ", "Ticket ") + code(rng, "", 5),
                t(o, "Till ", "Kasse ", "Caisse ") + str(rng.randint(1, 4)),
            ),
            "l",
        )
    )
    lines.append(("-" * cols_, "l"))
    goods = {
        "en": [
            "Paracetamol 500mg 16",
            "Ibuprofen 200mg 24",
            "Cetirizine 10mg 30",
            "Plasters assorted",
            "Sun cream SPF50",
            "Throat lozenges",
            "NHS prescription item",
            "Vitamin D 1000IU",
            "Hand gel 100ml",
        ],
        "de": [
            "Ibuprofen 400 akut 20 St",
            "Nasenspray 0,1% 10ml",
            "Paracetamol 500 20 St",
            "Rezept Zuzahlung",
            "Magnesium Brause 20",
            "Pflaster Sortiment",
            "Halstabletten 24 St",
            "Wundsalbe 20g",
        ],
        "fr": [
            "Doliprane 1000mg",
            "Spray nasal",
            "Pansements x20",
            "Creme solaire",
            "Pastilles gorge",
            "Vitamine C",
            "Gel hydroalcoolique",
            "Ordonnance part mutuelle",
        ],
    }[o.lang]
    total = 0.0
    for g in rng.sample(goods, rng.randint(1, 6)):
        qty = rng.choice([1, 1, 1, 2])
        price = rng.choice([2.49, 3.95, 4.5, 5.0, 6.99, 9.35, 12.8, 14.95])
        total += qty * price
        if qty > 1:
            lines.append((g, "l"))
            lines.append((lr(f"  {qty} x {money(price, o.lang)}", money(qty * price, o.lang)), "l"))
        else:
            lines.append((lr(g, money(price, o.lang)), "l"))
        if o.lang == "de" and rng.random() < 0.5:
            lines.append((f"  PZN {code(rng, '', 8)}", "l"))
    lines.append(("-" * cols_, "l"))
    lines.append((lr(t(o, "TOTAL", "SUMME EUR", "TOTAL EUR"), money(total, o.lang)), "b"))
    pay = rng.choice([t(o, "Card", "EC-Karte", "Carte bancaire"), t(o, "Cash", "Bar", "Especes")])
    lines.append((lr(pay, money(total, o.lang)), "l"))
    rate = {"en": 20, "de": 19, "fr": 5.5}[o.lang]
    lines.append(
        (
            lr(
                t(o, f"VAT {rate}% incl.", f"MwSt {rate}% enth.", f"dont TVA {rate}%"),
                money(total * rate / (100 + rate), o.lang),
            ),
            "l",
        )
    )
    if o.lang == "de":
        lines += [
            ("", "l"),
            (f"TSE-Transaktion: {rng.randint(10000, 99999)}", "l"),
            (f"TSE-Start: {d.isoformat()}T{hhmm(rng)}:{rng.randint(10, 59)}", "l"),
            ("TSE-Signatur:", "l"),
        ]
        sig = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(cols_ * 2)
        )
        lines += [(sig[:cols_], "l"), (sig[cols_:], "l")]
    lines += [
        ("", "l"),
        (t(o, "Get well soon!", "Gute Besserung!", "Bon retablissement !"), "c"),
        (
            t(
                o,
                "Thank you for your visit",
                "Vielen Dank fuer Ihren Einkauf",
                "Merci de votre visite",
            ),
            "c",
        ),
    ]
    height = max(300.0, 40 + len(lines) * size * 1.45 + 30)
    p = Page((width, height))
    y = 30.0
    for text, how in lines:
        if how in "cb":
            fnt = "Courier-Bold" if how == "b" else font
            p.text(width / 2, y, fit(text, fnt, size, width - 2 * m), fnt, size, "center")
        else:
            p.text(m, y, fit(text, font, size, width - 2 * m), font, size)
        y += size * 1.45
    return [p]


def tpl_optician_rx(rng: random.Random, who: Issuer) -> list[Page]:
    """A spectacle prescription on an A5 landscape card: right and left eye values."""
    base = who.style
    o = office(who, "optician", ("masthead", "ruled", "small", "band"))
    s = replace(base, page_size=landscape(A5), margin=32, size=9)
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, o)
    title = t(
        o,
        "Spectacle prescription",
        "Brillenpass - Refraktionswerte",
        "Ordonnance de verres correcteurs",
    )
    p.text(m, y + 8, title, s.bold, s.size + 4)
    y += 28
    pat = a_name(rng)
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (t(o, "Patient", "Name", "Patient"), pat),
                (t(o, "Date of birth", "Geburtsdatum", "Ne(e) le"), ds(o, a_day(rng, 1940, 2015))),
                (t(o, "Date of test", "Messung am", "Date de l'examen"), ds(o, a_day(rng))),
            ],
            m + 300,
            s.size - 0.5,
        )
        + 10
    )

    def dio(v: float, sign: bool = True) -> str:
        return f"{v:+.2f}" if sign else f"{v:.2f}"

    cs = grid(
        m,
        w - m,
        [
            (0.7, "left"),
            (1, "right"),
            (1, "right"),
            (0.8, "right"),
            (0.8, "right"),
            (0.8, "right"),
            (1, "right"),
            (0.8, "right"),
        ],
    )
    head = [
        t(o, "Eye", "Auge", "Oeil"),
        "Sph",
        "Cyl",
        t(o, "Axis", "Achse", "Axe"),
        "Prism",
        "Base",
        "Add",
        t(o, "VA", "Visus", "AV"),
    ]
    f = flow_on(p, y)
    add = rng.choice([0, 0, 0.75, 1.5, 2.25])
    rows = []
    sph = rng.choice([-6, -4.5, -3, -1.75, -0.75, 0.5, 1.25, 2.5])
    for eye in (t(o, "R", "R", "OD"), t(o, "L", "L", "OG")):
        cyl = rng.choice([0, -0.25, -0.5, -0.75, -1.25])
        rows.append(
            [
                eye,
                dio(sph + rng.choice([0, 0.25, -0.25, 0.5])),
                dio(cyl) if cyl else "DS",
                str(rng.randint(1, 180)) if cyl else "-",
                "-" if rng.random() < 0.8 else f"{rng.choice([0.5, 1, 1.5])}",
                "-" if rng.random() < 0.8 else rng.choice(["IN", "OUT", "UP", "DOWN"]),
                dio(add) if add else "-",
                rng.choice(["6/6", "6/5", "6/9", "1,0", "0,8"]),
            ]
        )
    table(f, cs, head, rows, s, s.size, shade=0.9, rules=True, step=2)
    y = f.y + 6
    pd = rng.randint(56, 70)
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (t(o, "Pupillary distance", "Pupillendistanz", "Ecart pupillaire"), f"{pd} mm"),
                (
                    t(o, "Recommended retest", "Naechste Kontrolle", "Prochain controle"),
                    t(
                        o,
                        f"{rng.choice([1, 2])} years",
                        f"in {rng.choice([1, 2])} Jahren",
                        f"dans {rng.choice([1, 2])} ans",
                    ),
                ),
            ],
            m + 300,
            s.size - 0.5,
        )
        + 4
    )
    p.text(m, y + 6, t(o, "Use:", "Verwendung:", "Usage :"), s.bold, s.size - 1)
    ticks(
        p,
        s,
        m + 50,
        y + 6,
        [
            t(o, "Distance", "Ferne", "Loin"),
            t(o, "Near", "Naehe", "Pres"),
            t(o, "Varifocal", "Gleitsicht", "Progressifs"),
            t(o, "Computer", "Bildschirm", "Ecran"),
        ],
        rng.randint(0, 3),
        300,
    )
    who_ = a_name(rng)
    scrawl(p, w - m - 170, h - m - 22, who_, rng)
    p.line(w - m - 170, h - m - 16, w - m, h - m - 16)
    reg = t(
        o,
        f"{who_}, GOC 01-{rng.randint(10000, 99999)}",
        f"{who_}, Augenoptikermeister/in",
        f"{who_}, opticien(ne)",
    )
    p.text(w - m, h - m - 6, fit(reg, s.font, 7, 220), s.font, 7, "right")
    p.text(
        m,
        h - m - 6,
        fit(
            t(
                o,
                "You are entitled to a copy of your prescription.",
                "Ihre Werte gehoeren Ihnen.",
                "Valable 3 ans pour un renouvellement.",
            ),
            italic(s.font),
            7,
            w - 2 * m - 240,
        ),
        italic(s.font),
        7,
    )
    return [p]


def tpl_pin_mailer(rng: random.Random, who: Issuer) -> list[Page]:
    """A bank's PIN mailer: address window, a sealed strip holding the PIN, perforations."""
    s = who.style
    o = office(who, "bank", ("small", "plain", "masthead"))
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, o)
    cust = home_of(rng, o.lang)
    y = address(p, s, o, y + 8, cust) + 24
    p.text(w - m, m + 60, ds(o, a_day(rng)), s.font, s.size - 1, "right")
    card = rng.choice(
        ["Visa Debit", "Mastercard", "girocard", "Carte Visa Classic", "Debit Mastercard"]
    )
    ending = code(rng, "", 4)
    p.text(
        m,
        y,
        t(
            o,
            "Your Personal Identification Number (PIN)",
            "Ihre persoenliche Geheimzahl (PIN)",
            "Votre code confidentiel",
        ),
        s.bold,
        s.size + 3,
    )
    y += 18
    p.text(
        m,
        y,
        fit(
            t(
                o,
                f"For your {card} card ending {ending}",
                f"zu Ihrer {card} mit der Endnummer {ending}",
                f"pour votre {card} se terminant par {ending}",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ),
        s.font,
        s.size,
    )
    y += 28
    dashes(p, 8, w - 8, y, 3)
    p.text(
        w / 2,
        y + 10,
        t(
            o,
            "Fold and tear along the perforation",
            "Hier abtrennen",
            "Detacher selon les pointilles",
        ),
        s.font,
        6,
        "center",
    )
    y += 28
    bw = min(280.0, w - 2 * m)
    p.rect((w - bw) / 2, y, bw, 60, fill=0.78)
    for k in range(0, int(bw), 6):
        p.line(
            (w - bw) / 2 + k,
            y,
            (w - bw) / 2 + min(k + 10.0, bw),
            y + 60 if k + 10 <= bw else y + 6 * (bw - k),
        )
    p.text(
        w / 2,
        y + 76,
        t(
            o,
            "Peel back to reveal your PIN",
            "Zum Oeffnen abziehen",
            "Decoller pour decouvrir votre code",
        ),
        s.bold,
        s.size - 1,
        "center",
    )
    y += 100
    dashes(p, 8, w - 8, y, 3)
    y += 26
    for k, step in enumerate(
        [
            t(
                o,
                "Memorise your PIN, then destroy this letter.",
                "Praegen Sie sich die PIN ein und vernichten Sie dieses Schreiben.",
                "Memorisez votre code puis detruisez ce courrier.",
            ),
            t(
                o,
                "Never write your PIN down or tell it to anyone, including our staff.",
                "Notieren Sie die PIN niemals und geben Sie sie nicht weiter.",
                "Ne communiquez jamais votre code, meme a nos conseillers.",
            ),
            t(
                o,
                "You can change your PIN at any of our cash machines.",
                "Sie koennen die PIN an jedem unserer Geldautomaten aendern.",
                "Vous pouvez le modifier dans nos distributeurs.",
            ),
            t(
                o,
                "If the seal is damaged, call us straight away on " + o.phone + ".",
                "Ist das Siegel beschaedigt, rufen Sie uns sofort an: " + o.phone,
                "Si le volet est endommage, appelez le " + o.phone + ".",
            ),
        ][: rng.randint(2, 4)],
        1,
    ):
        y = text_block(p, s, m, y, w - 2 * m, f"{k}. {step}")
    p.text(m, h - m, f"PM/{code(rng, '', 4)}/{rng.randint(10, 99)}", s.font, 6)
    return [p]


def tpl_mileage_log(rng: random.Random, who: Issuer) -> list[Page]:
    """A vehicle mileage log (Fahrtenbuch) on landscape pages: one trip a row, odometer
    readings, purpose, business or private."""
    base = who.style
    o = office(who, "fleet", ("plain",))
    s = replace(base, page_size=landscape(A4), margin=36, size=8.5)
    w, h = s.page_size
    m = s.margin
    year = rng.randint(2021, 2025)
    driver = a_name(rng)
    reg = plate(rng, o.lang)
    title = t(o, f"Mileage log {year}", f"Fahrtenbuch {year}", f"Carnet de bord {year}")

    def start(page: Page, n: int) -> float:
        page.text(m, m, f"{title}  -  {reg}", s.bold, 11)
        page.text(
            w - m,
            m,
            fit(
                f"{t(o, 'Driver', 'Fahrer/in', 'Conducteur')}: {driver}  |  {o.name}",
                s.font,
                8.5,
                w / 2 - m,
            ),
            s.font,
            8.5,
            "right",
        )
        page.line(m, m + 6, w - m, m + 6)
        return m + 24

    f = Flow(s.page_size, h - m - 10, start)
    odo = rng.randint(5000, 140000)
    d = date(year, rng.randint(1, 9), 1)
    places = [x.split(" ", 1)[1] if o.lang != "en" else x.split(" ")[0] for x in TOWNS[o.lang]] + [
        rng.choice(LAST) + t(o, " Ltd", " GmbH", " SARL") for _ in range(4)
    ]
    purposes = {
        "en": [
            "Client visit",
            "Site meeting",
            "Delivery",
            "Supplier",
            "Training course",
            "Bank",
            "Private",
            "Commute",
        ],
        "de": [
            "Kundenbesuch",
            "Baustelle",
            "Auslieferung",
            "Lieferant",
            "Schulung",
            "Steuerberater",
            "Privatfahrt",
            "Wohnung - Arbeit",
        ],
        "fr": [
            "Visite client",
            "Chantier",
            "Livraison",
            "Fournisseur",
            "Formation",
            "Banque",
            "Personnel",
            "Domicile - travail",
        ],
    }[o.lang]
    rows = []
    km = {"B": 0, "P": 0, "C": 0}
    for _ in range(rng.choice([18, 30, 45, 70, 110, 150])):
        d += timedelta(days=rng.choice([0, 1, 1, 2, 3]))
        dist = rng.randint(4, 260)
        purpose = rng.choice(purposes)
        kind = "C" if purpose == purposes[-1] else "P" if purpose == purposes[-2] else "B"
        km[kind] += dist
        a, b = rng.sample(places, 2)
        rows.append(
            [
                ds(o, d),
                str(odo),
                str(odo + dist),
                str(dist),
                a,
                b,
                f"{purpose} {rng.choice(LAST)}" if kind == "B" and rng.random() < 0.5 else purpose,
                {"B": t(o, "B", "D", "Pro"), "P": t(o, "P", "P", "Perso")}.get(
                    kind, t(o, "C", "W", "Trajet")
                ),
            ]
        )
        odo += dist
    cs = grid(
        m,
        w - m,
        [
            (1, "left"),
            (0.9, "right"),
            (0.9, "right"),
            (0.6, "right"),
            (1.6, "left"),
            (1.6, "left"),
            (2.6, "left"),
            (0.6, "center"),
        ],
    )
    head = [
        t(o, "Date", "Datum", "Date"),
        t(o, "Start km", "km Beginn", "km depart"),
        t(o, "End km", "km Ende", "km arrivee"),
        "km",
        t(o, "From", "Von", "De"),
        t(o, "To", "Nach", "A"),
        t(o, "Purpose / person visited", "Zweck / besuchte Person", "Motif / personne visitee"),
        t(o, "B/P/C", "D/P/W", "Type"),
    ]
    table(f, cs, head, rows, s, s.size, shade=rng.choice([None, 0.88]), rules=rng.random() < 0.6)
    f.need(60)
    f.y += 10
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (t(o, "Business km", "Dienstlich km", "km professionnels"), str(km["B"])),
            (t(o, "Private km", "Privat km", "km personnels"), str(km["P"])),
            (t(o, "Commuting km", "Wohnung - Arbeit km", "km domicile - travail"), str(km["C"])),
        ],
        m + 260,
        s.size,
    )
    numbered(
        f.pages,
        s,
        o,
        fmt=rng.choice(
            [
                "none",
                "{i}",
                t(o, "Sheet {i}", "Blatt {i}", "Feuille {i}"),
                t(o, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"),
            ]
        ),
    )
    return f.pages


TEMPLATES_H: dict[str, Template] = {
    "tax_certificate": tpl_tax_certificate,
    "health_claim": tpl_health_claim,
    "referral": tpl_referral,
    "hearing_quote": tpl_hearing_quote,
    "childcare_invoice": tpl_childcare_invoice,
    "gym_contract": tpl_gym_contract,
    "amortisation": tpl_amortisation,
    "claim_ack": tpl_claim_ack,
    "policy_wording": tpl_policy_wording,
    "energy_annual": tpl_energy_annual,
    "water_bill": tpl_water_bill,
    "outage_credit": tpl_outage_credit,
    "removal_quote": tpl_removal_quote,
    "handyman_invoice": tpl_handyman_invoice,
    "notary_letter": tpl_notary_letter,
    "land_register": tpl_land_register,
    "civil_certificate": tpl_civil_certificate,
    "visa_appointment": tpl_visa_appointment,
    "enrolment": tpl_enrolment,
    "scholarship": tpl_scholarship,
    "pharmacy_receipt": tpl_pharmacy_receipt,
    "optician_rx": tpl_optician_rx,
    "pin_mailer": tpl_pin_mailer,
    "mileage_log": tpl_mileage_log,
}
#: One-page kinds that a batch often holds 2-3 of in a row from one sender.
RUN_KINDS = (
    "tax_certificate",
    "health_claim",
    "childcare_invoice",
    "civil_certificate",
    "enrolment",
    "pharmacy_receipt",
    "handyman_invoice",
)
#: A kind that is often followed by another kind (same batch, sender drawn from the same
#: issuer).
FOLLOWS = {
    "notary_letter": "land_register",
    "scholarship": "enrolment",
    "referral": "hearing_quote",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_vault_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-2 more of the same kind from
    the same sender follow with probability 0.45; a notary's letter, a scholarship award or a
    referral is followed by its usual companion with probability 0.5. New values each time."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.45)
    return assemble_stream(rng, TEMPLATES_H, n_docs, separators, run_odds, follows=FOLLOWS)


generate = part_generate(PART, SEED_OFFSET, make_vault_stream, "templates H")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

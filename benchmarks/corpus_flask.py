"""Flask part of the generated corpus: templates VV, written blind for the next measurement.

A part of its own, ``flask``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
translation and interpreting agency (in England, Germany or France) feeds through its scanner:
clients' translation orders and purchase orders (Bestellung, bon de commande), sometimes with
the client's purchasing terms on the back; the agency's purchase orders to freelance
translators; the agency's quotations with the CAT word count analysis (match bands, weighted
words) and an acceptance slip, now and then a terms page; freelance translators' invoices
(small-business VAT notes, reverse charge, bank details); certified translations
(beglaubigte Übersetzung, traduction certifiée conforme) with the translator's declaration
and round stamp and the copy of the source document attached behind; court interpreters' fee
claims (Antrag nach dem JVEG, mémoire de frais, HMCTS claim) with the court's attendance
certificate and travel receipts, and the court's fee assessment; non-disclosure agreements
signed by freelancers; apostilles and legalisation certificates from the authorities
(FCDO Legalisation Office, Präsident des Landgerichts, Cour d'appel), some with a covering
slip; clients' style guides with a cover sheet and version table and clients' glossaries on
landscape pages; revisers' proofreading reports (LQA) with error tables; clients' complaints
with a marked-up excerpt and the agency's reply; software licence invoices for translation
tools with a licence certificate page; office rent invoices (rent demand, Mietrechnung, avis
d'échéance); professional association membership renewals with the membership form and a
direct debit mandate; payment reminders with the open items; bank statements; conference
interpreting contracts with the meeting schedule and team on a landscape page. Each stream
is one agency's pile: the agency (country, name, month, clients, freelancers) is drawn once per
stream; its senders are of the agency's country and write in its language, except that
freelance translators, software vendors and clients are now and then from abroad and write
in their own. Page sizes range from narrow taxi receipts and A5 slips to A4, Letter and
landscape A4.

Labelling rule: what one sender issues in one go is one document, as the agency files it: the
terms page on the back of a client's order; the analysis page, terms page and acceptance slip
of a quotation; the translator's declaration and the copy of the source document behind a
certified translation (the copy shows another's paper, yet the translator attached it); the
attendance certificate and the receipts sent with a fee claim; the covering slip of an
apostille; the signature page of an NDA; the cover sheet, version table and appended glossary
pages of a style guide; the covering note of a glossary; the error table pages of a
proofreading report; the marked-up excerpt enclosed with a complaint; the licence certificate
of a software invoice; the membership form and mandate of a renewal; the schedule and team
pages of an interpreting contract; every sheet of one bank statement. Related papers are
documents of their own: the client's order after the quotation, the agency's purchase order to
a freelancer after the client's order, the freelancer's invoice after the purchase order, the
apostille after the certified translation it refers to, the court's fee assessment after the
fee claim, the agency's reply after a complaint, the glossary after a style guide and the NDA
after an interpreting contract; and so is each invoice, order, reminder and statement of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: freelancers' invoices, purchase
orders, clients' orders, rent invoices, payment reminders, bank statements, apostilles and fee
claims often come 2-4 in a row from one sender with other jobs, dates, numbers and amounts;
and companions: each related paper above often follows the document it answers, about the same
job. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "flask"`` and seeds offset by 4_700_000.

Usage: ``python benchmarks/corpus_flask.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/flask/flask_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import math
import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

import itertools

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    band,
    caption,
    cash,
    close,
    columns,
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

PART = "flask"
SEED_OFFSET = 4_700_000

MM = 72 / 25.4
SLIP = (80 * MM, 150 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the agency and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
AGENCIES: dict[str, list[Row]] = {
    "en": [
        ("Wordbridge Language Services Ltd", "14 Castle Street", "York YO1 9RY", "01904 622 187"),
        ("Meridian Translations", "Unit 5, Albion Mills", "Leeds LS1 4BR", "0113 204 3390"),
        ("Lexicon & Lynch Ltd", "2nd Floor, 31 Corn Street", "Bristol BS1 1HT", "0117 929 4410"),
    ],
    "de": [
        ("Übersetzungsbüro Sprachwerk GmbH", "Hohe Straße 52", "50667 Köln", "0221 257 43 80"),
        ("Lingua Franca Fachübersetzungen", "Königstraße 18", "70173 Stuttgart", "0711 22 49 61"),
        ("Babelwerk Sprachdienste", "Rathausmarkt 7", "20095 Hamburg", "040 32 51 77 0"),
    ],
    "fr": [
        ("Traductions Rhône-Alpes SARL", "23 rue de la République", "69002 Lyon", "04 78 42 19 66"),
        (
            "Cabinet Verbatim Traduction",
            "9 rue Sainte-Catherine",
            "33000 Bordeaux",
            "05 56 44 08 31",
        ),
        ("Interlangues Conseil", "41 boulevard Carnot", "59000 Lille", "03 20 57 12 94"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "client": {
        "en": [
            ("Harrowgate Medical Devices Ltd", "Pennine Way", "Harrogate HG1 4PR", "01423 500 800"),
            ("Brinkley & Shaw LLP Solicitors", "1 Park Row", "Leeds LS1 5AB", "0113 244 9000"),
            ("Calder Valve Engineering plc", "Brook Mills", "Huddersfield HD1 6PP", ""),
            ("Northern Rail Tours Ltd", "Station Approach", "York YO24 1AB", "01904 651 200"),
            ("Avonbrook Foods Ltd", "Severn Road", "Avonmouth BS11 9YN", "0117 982 1000"),
        ],
        "de": [
            ("Kessler Medizintechnik GmbH", "Industriestraße 40", "78532 Tuttlingen", ""),
            ("Rechtsanwälte Brandt & Yilmaz", "Neumarkt 3", "50667 Köln", "0221 92 08 40"),
            ("Hansa Pumpen AG", "Billstraße 112", "20539 Hamburg", "040 78 12 0"),
            ("Weingut Adlerhof KG", "Weinstraße 19", "67146 Deidesheim", ""),
            ("Schwabenland Reisen GmbH", "Bahnhofstraße 8", "72764 Reutlingen", ""),
        ],
        "fr": [
            ("Laboratoires Dauphiné SA", "ZI des Iles", "38100 Grenoble", "04 76 33 80 00"),
            ("SCP Mercier-Lagarde, Avocats", "12 quai Saint-Antoine", "69002 Lyon", ""),
            ("Chaudronnerie du Nord SAS", "Rue de l'Industrie", "59160 Lomme", ""),
            ("Château Haut-Ferrand", "Lieu-dit Ferrand", "33330 Saint-Émilion", ""),
            ("Voyages Vauban SAS", "3 place Rihour", "59800 Lille", "03 20 55 41 00"),
        ],
    },
    "freelancer": {
        "en": [
            ("Helen Marsh MITI", "22 Grove Road", "Harrogate HG1 5EW", "07734 118 902"),
            ("David Okonjo Translations", "Flat 3, 8 Elm Bank", "Manchester M20 2LF", ""),
            ("Rachel Fenwick BA MA MCIL", "The Old School House", "Hexham NE46 3LA", ""),
            ("Owen Pritchard", "41 Heol y Llan", "Cardiff CF14 2EE", "07812 335 610"),
        ],
        "de": [
            ("Dr. Katharina Lenz - Fachübersetzungen", "Gartenstraße 14", "79098 Freiburg", ""),
            ("Jens Hoffmeister M.A.", "Lindenallee 3", "04109 Leipzig", "0341 98 22 61"),
            ("Ayse Demir Übersetzungen", "Sonnenstraße 27", "80331 München", ""),
            ("Martin Krüger, Dipl.-Übers.", "Am Markt 6", "17489 Greifswald", ""),
        ],
        "fr": [
            ("Claire Dubois - Traductrice", "8 rue des Carmes", "35000 Rennes", "06 12 48 77 30"),
            ("Mathieu Garnier EI", "17 avenue Foch", "54000 Nancy", ""),
            ("Sophie Nguyen Traduction", "5 impasse des Lilas", "31000 Toulouse", ""),
            ("Pierre-Yves Le Gall", "Lieu-dit Kerhuel", "29000 Quimper", "06 82 15 40 09"),
        ],
    },
    "court": {
        "en": [
            (
                "HM Courts & Tribunals Service - Leeds Combined Court",
                "1 Oxford Row",
                "Leeds LS1 3BG",
                "",
            ),
            ("The Crown Court at Bristol", "Small Street", "Bristol BS1 1DA", ""),
        ],
        "de": [
            ("Amtsgericht Köln", "Luxemburger Straße 101", "50939 Köln", ""),
            ("Landgericht Stuttgart", "Urbanstraße 20", "70182 Stuttgart", ""),
            ("Amtsgericht Hamburg", "Sievekingplatz 1", "20355 Hamburg", ""),
        ],
        "fr": [
            ("Tribunal judiciaire de Lyon", "67 rue Servient", "69003 Lyon", ""),
            ("Cour d'appel de Douai", "Place Charles de Pollinchove", "59500 Douai", ""),
            ("Tribunal judiciaire de Bordeaux", "30 rue des Frères Bonie", "33000 Bordeaux", ""),
        ],
    },
    "authority": {
        "en": [("FCDO Legalisation Office", "PO Box 7656", "Milton Keynes MK11 9NS", "")],
        "de": [
            ("Der Präsident des Landgerichts Köln", "Luxemburger Straße 101", "50939 Köln", ""),
            ("Landgericht Stuttgart - Der Präsident", "Urbanstraße 20", "70182 Stuttgart", ""),
            ("Der Präsident des Landgerichts Hamburg", "Sievekingplatz 1", "20355 Hamburg", ""),
        ],
        "fr": [
            (
                "Cour d'appel de Lyon - Parquet général",
                "1 rue du Palais de Justice",
                "69005 Lyon",
                "",
            ),
            (
                "Cour d'appel de Bordeaux - Parquet général",
                "17 place de la Victoire",
                "33000 Bordeaux",
                "",
            ),
            (
                "Cour d'appel de Douai - Service des apostilles",
                "Place Charles de Pollinchove",
                "59500 Douai",
                "",
            ),
        ],
    },
    "software": {
        "en": [
            ("Phrasewise Software Ltd", "Thames Valley Park", "Reading RG6 1RB", "0118 900 4400"),
            ("TermLoom Ltd", "The Maltings, Bridge Street", "Cambridge CB2 1UW", ""),
        ],
        "de": [
            ("Satzbau Software GmbH", "Leopoldstraße 244", "80807 München", "089 36 10 55 0"),
            ("Terminus Sprachtechnologie AG", "Am Sandtorkai 41", "20457 Hamburg", ""),
        ],
        "fr": [
            ("Lexalis Logiciels SAS", "12 rue Saint-Georges", "75009 Paris", "01 44 53 90 20"),
            ("Memotrad SA", "Parc Technologique", "69800 Saint-Priest", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Castlegate Property Management", "6 Micklegate", "York YO1 6JH", "01904 611 020"),
            ("Albion Estates Ltd", "Park Square", "Leeds LS1 2ND", ""),
            ("Corn Street Holdings Ltd", "c/o Harper Dennis, 1 Broad Quay", "Bristol BS1 4DJ", ""),
        ],
        "de": [
            ("Hausverwaltung Schmitz & Partner", "Breite Straße 80", "50667 Köln", ""),
            ("Immobilien Seeger GmbH", "Calwer Straße 11", "70173 Stuttgart", ""),
            ("Alsterhaus Verwaltungs-KG", "Ballindamm 9", "20095 Hamburg", ""),
        ],
        "fr": [
            ("Foncia Lyon Presqu'île", "15 rue Grenette", "69002 Lyon", "04 72 40 33 10"),
            ("Cabinet Lamotte Gestion", "8 cours de l'Intendance", "33000 Bordeaux", ""),
            ("Nexity Lille Centre", "20 rue Nationale", "59000 Lille", ""),
        ],
    },
    "association": {
        "en": [
            (
                "Guild of Professional Translators & Interpreters",
                "Milton House, 4 Lyon Road",
                "Milton Keynes MK9 2AB",
                "",
            ),
            (
                "Chartered Linguists' Institute",
                "Dunstan House, 14a St Cross St",
                "London EC1N 8XA",
                "",
            ),
        ],
        "de": [
            ("Bundesverband Sprachmittler e.V.", "Uhlandstraße 4-5", "10623 Berlin", ""),
            (
                "Verband allgemein beeidigter Dolmetscher und Übersetzer e.V.",
                "Nymphenburger Straße 1",
                "80335 München",
                "",
            ),
        ],
        "fr": [
            (
                "Société Française des Traducteurs et Interprètes",
                "22 rue de la Pépinière",
                "75008 Paris",
                "",
            ),
            (
                "Chambre des Experts Traducteurs près les Cours d'appel",
                "4 boulevard du Palais",
                "75001 Paris",
                "",
            ),
        ],
    },
    "bank": {
        "en": [
            ("Barclays Bank UK PLC", "Business Banking, PO Box 3333", "Wolverhampton WV1 9LT", ""),
            ("Lloyds Bank plc", "Commercial Banking, 25 Gresham St", "London EC2V 7HN", ""),
        ],
        "de": [
            ("Sparkasse KölnBonn", "Hahnenstraße 57", "50667 Köln", ""),
            ("BW-Bank", "Kleiner Schlossplatz 11", "70173 Stuttgart", ""),
            ("Hamburger Volksbank eG", "Hammerbrookstraße 63", "20097 Hamburg", ""),
        ],
        "fr": [
            (
                "Banque Populaire Auvergne Rhône Alpes",
                "4 boulevard Eugène Deruelle",
                "69003 Lyon",
                "",
            ),
            ("Crédit Agricole Aquitaine", "106 quai de Bacalan", "33000 Bordeaux", ""),
            ("CIC Nord Ouest", "33 avenue Le Corbusier", "59000 Lille", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Richard", "Priya", "Tom", "Fiona"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
INTERPRETERS = {
    "en": ["Alison Greaves", "Marco Bellini", "Joanna Kowalska", "Peter Vance", "Nadia Haddad"],
    "de": ["Birgit Lorenz", "Carlos Mendes", "Irina Volkova", "Felix Brandner", "Hanna Ek"],
    "fr": ["Agnès Delorme", "Yannick Morvan", "Elena Rossi", "Karim Saïdi", "Anne Vidal"],
}
LANGS = {
    "en": ["English", "German", "French", "Spanish", "Italian", "Polish", "Turkish", "Arabic"],
    "de": [
        "Englisch",
        "Deutsch",
        "Französisch",
        "Spanisch",
        "Italienisch",
        "Polnisch",
        "Türkisch",
        "Arabisch",
    ],
    "fr": ["anglais", "allemand", "français", "espagnol", "italien", "polonais", "turc", "arabe"],
}
CODES = ["en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "pl-PL", "tr-TR", "ar-SA"]
HOME_IDX = {"en": 0, "de": 1, "fr": 2}

SUBJECTS = {
    "en": [
        "Instructions for use - infusion pump IP-40",
        "Annual report 2024 (extract)",
        "Supply agreement - distributor Benelux",
        "Website update - product pages",
        "Safety data sheets (6 SDS)",
        "Witness statement and exhibits",
        "Employee handbook, chapters 3-5",
        "Marketing brochure autumn range",
        "Patent specification EP 3 412 775",
        "Software UI strings release 7.2",
    ],
    "de": [
        "Gebrauchsanweisung Infusionspumpe IP-40",
        "Geschäftsbericht 2024 (Auszug)",
        "Liefervertrag Vertriebspartner Benelux",
        "Website-Aktualisierung Produktseiten",
        "Sicherheitsdatenblätter (6 SDB)",
        "Klageschrift nebst Anlagen K1-K7",
        "Mitarbeiterhandbuch, Kap. 3-5",
        "Katalog Herbst/Winter",
        "Patentschrift EP 3 412 775",
        "Software-Oberfläche Release 7.2",
    ],
    "fr": [
        "Notice d'utilisation pompe à perfusion IP-40",
        "Rapport annuel 2024 (extrait)",
        "Contrat de distribution Benelux",
        "Mise à jour du site - fiches produits",
        "Fiches de données de sécurité (6 FDS)",
        "Assignation et pièces 1 à 7",
        "Livret d'accueil salariés, chap. 3 à 5",
        "Brochure collection automne",
        "Brevet EP 3 412 775",
        "Chaînes d'interface logiciel v7.2",
    ],
}

TALK = {
    "en": {
        "trans": "translation source target files terminology glossary deadline delivery review "
        "proofreading client reference format layout segments memory update instructions query",
        "legal": "party agreement confidential information obligations disclosure term "
        "termination liability notice jurisdiction law breach remedy personal data",
        "quality": "terminology accuracy style consistency omission mistranslation punctuation "
        "grammar register glossary reviewer sample segment severity error score",
        "conf": "meeting interpreters booth session delegates programme simultaneous "
        "consecutive team leader travel accommodation documents preparation recording",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "trans": "Übersetzung Ausgangstext Zieltext Dateien Terminologie Glossar Liefertermin "
        "Korrektur Lektorat Kunde Referenz Format Layout Segmente Translation-Memory Rückfragen",
        "legal": "Vertragsparteien vertrauliche Informationen Pflichten Offenlegung Laufzeit "
        "Kündigung Haftung Vertragsstrafe Gerichtsstand Recht Datenschutz Auftragnehmer",
        "quality": "Terminologie Richtigkeit Stil Konsistenz Auslassung Sinnfehler Zeichensetzung "
        "Grammatik Register Glossar Prüfer Stichprobe Segment Schweregrad Fehler Bewertung",
        "conf": "Konferenz Dolmetscher Kabine Sitzung Delegierte Programm simultan konsekutiv "
        "Teamleitung Anreise Unterkunft Unterlagen Vorbereitung Aufzeichnung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "trans": "traduction source cible fichiers terminologie glossaire délai livraison "
        "relecture client référence mise en page segments mémoire consignes questions",
        "legal": "parties accord informations confidentielles obligations divulgation durée "
        "résiliation responsabilité préavis juridiction droit données personnelles prestataire",
        "quality": "terminologie exactitude style cohérence omission contresens ponctuation "
        "grammaire registre glossaire relecteur échantillon segment gravité erreur note",
        "conf": "réunion interprètes cabine séance délégués programme simultanée consécutive "
        "chef d'équipe déplacement hébergement documents préparation enregistrement",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "trans", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "trans", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The agency of a stream: its country, month, clients, freelancers and jobs
# ---------------------------------------------------------------------------------------------

AGENCY: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Job:
    """One translation job, as a companion takes it up: client, pair, subject, words."""

    ref: str
    client: Row
    client_lang: str
    src: int
    tgt: int
    subject: int
    words: int
    rate: float
    po: str
    due: date
    free: Row
    free_lang: str
    fee: float


#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(AGENCY["lang"])


def month() -> date:
    m = AGENCY["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's agency and ``key``: a run or a repeat keeps
    its sender."""
    text = f"flask/{key}/{who.name}/{who.street}/{who.city}/{AGENCY['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 58))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def lang_name(k: int, lang: str) -> str:
    return LANGS[lang][k]


def pair(job: Job, lang: str, codes: bool = False) -> str:
    if codes:
        return f"{CODES[job.src]} > {CODES[job.tgt]}"
    a, b = lang_name(job.src, lang), lang_name(job.tgt, lang)
    return {"en": f"{a} > {b}", "de": f"{a} > {b}", "fr": f"{a} > {b}"}[lang]


PO_MASKS = ["PO 4500999999", "BE-99999", "BC2025-9999", "P9999999", "45999999", "CDE-99999"]


def a_job(rng: random.Random, client: tuple[Row, str] | None = None) -> Job:
    """A new job of the stream's agency: a client of its country (now and then from abroad),
    a pair with the agency's language on one side, a freelancer for the target language."""
    lg = home()
    if client is None:
        c_lang = lg if rng.random() < 0.8 else rng.choice([x for x in HOME_IDX if x != lg])
        client = (rng.choice(SENDERS["client"][c_lang]), c_lang)
    row, c_lang = client
    here = HOME_IDX[c_lang]
    other = rng.choice([k for k in range(len(CODES)) if k != here])
    src, tgt = (here, other) if rng.random() < 0.6 else (other, here)
    t_lang = {0: "en", 1: "de", 2: "fr"}.get(tgt, lg)
    free_lang = t_lang if rng.random() < 0.8 else lg
    w = rng.choice([480, 1250, 2300, 3870, 5600, 8200, 12400, 640, 950])
    w += rng.randint(-60, 60)
    rate = {"en": 0.11, "de": 0.13, "fr": 0.12}[lg] + rng.choice([0, 0.01, 0.02, 0.03, 0.04])
    prefix = "".join(t[0] for t in str(AGENCY_NAME()).replace("&", " ").split()[:2]).upper()
    return Job(
        ref=f"{prefix}-{month().year % 100}-{rng.randint(100, 999):04d}",
        client=row,
        client_lang=c_lang,
        src=src,
        tgt=tgt,
        subject=rng.randrange(10),
        words=w,
        rate=round(rate, 3),
        po=serial(rng, PO_MASKS[zlib.crc32(row[0].encode()) % len(PO_MASKS)]),
        due=some_day(rng) + timedelta(days=rng.randint(3, 14)),
        free=rng.choice(SENDERS["freelancer"][free_lang]),
        free_lang=free_lang,
        fee=round(rng.choice([0.07, 0.08, 0.09, 0.1]) + rng.choice([0, 0.005, 0.01]), 3),
    )


def retarget(rng: random.Random, job: Job, row: Row, lang: str) -> None:
    """Give ``job`` to the freelancer ``row``, who translates into ``lang``."""
    job.free, job.free_lang = row, lang
    job.tgt = HOME_IDX[lang]
    if job.src == job.tgt:
        job.src = rng.choice([k for k in range(len(CODES)) if k != job.tgt])


def AGENCY_NAME() -> str:
    return AGENCIES[home()][int(AGENCY["row"])][0]  # type: ignore[call-overload]


def job_for(
    rng: random.Random, kinds: tuple[str, ...], client: tuple[Row, str] | None = None
) -> Job:
    """The previous document's job if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng, client)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


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
    look: str  # band | centred | letter | boxed | plain | side | official
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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("court", "authority"):
        return []
    if lang == "de":
        bank = r.choice(
            ["Sparkasse KölnBonn", "BW-Bank Stuttgart", "Hamburger Sparkasse", "GLS Bank"]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Köln', 'Stuttgart', 'Hamburg', 'München'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['7430Z', '7112B', '6910Z', '6820B', '5829C'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "LLP" in name or "PLC" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role in ("agency", "freelancer") and r.random() < 0.5:
        out.append(r.choice(["ISO 17100 certified", "Corporate member of the ATC", "ITI member"]))
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"flask/head/{name}/{AGENCY['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("court", "authority"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role == "freelancer":
        looks = ["plain", "centred", "side", "centred"]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(looks),
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([48, 54, 60, 66]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'contact', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def agency_head() -> Head:
    lang = home()
    return make_head(AGENCIES[lang][int(AGENCY["row"])], lang, "agency")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and agency), of the
    agency's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def head_row(row: Row, lang: str, role: str) -> Head:
    return make_head(row, lang, role)


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
    """A circle drawn as a polygon (seals and round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(
    p: Page, cx: float, cy: float, r: float, top: str, mid: str, font: str = "Helvetica"
) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    ring(p, cx, cy, r * 0.42, 20)
    pt = shrink(top, font, 6.5, r * 1.45)
    p.text(cx, cy - r * 0.52, fit(top, font, pt, r * 1.45), font, pt, "center")
    pt2 = shrink(mid, font, 6.5, r * 1.3)
    p.text(cx, cy + r * 0.72, fit(mid, font, pt2, r * 1.3), font, pt2, "center")
    p.text(cx, cy + 3, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "official":
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 40 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
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
        initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        p.text(m + 17, y + 9, initials, h.bold, 13, "center")
        yy = y - 4
        for t in (h.name, h.street, h.town, tel, h.mail):
            if t:
                f_, pt = (h.bold, 10) if t == h.name else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f_, pt, w - 2 * m - 50), f_, pt, "right")
                yy += 9.5 if t == h.name else 8.5
        return max(yy, y + 24) + 18
    if h.look == "boxed":
        bw = min(w - 2 * m, 260.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        p.text(
            m,
            y + 15,
            tr(
                h.lang,
                "Translation - Interpreting",
                "Übersetzen - Dolmetschen",
                "Traduction - Interprétation",
            )
            if h.role in ("agency", "freelancer")
            else "",
            italic_of(h.font),
            7.5,
        )
        x = w - m
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(x, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
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
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [t for t in parts if t not in ("Dr", "MITI", "MCIL", "BA", "MA", "M.A", "EI")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the agency's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Accounts", "PM team", "Office"],
                        "de": ["Buchhaltung", "Sekretariat", "PM"],
                        "fr": ["Comptabilité", "Secrétariat", "Projets"],
                    }[lang]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "letter", "official") else None, y0, lines
    )
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
            ["Yours sincerely", "Kind regards", "Best regards", "Yours faithfully"][len(name) % 4],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
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


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"flask/staff/{tag}/{h.name}/{AGENCY['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def owner(h: Head) -> str:
    """The person a freelancer's business is, or the agency's owner."""
    if h.role == "freelancer":
        name = h.name.split(" - ")[0].split(",")[0]
        for t in (
            " Translations",
            " Traduction",
            " Übersetzungen",
            " MITI",
            " BA MA MCIL",
            " EI",
            " M.A.",
        ):
            name = name.replace(t, "")
        return name.strip()
    return staff(h, "owner")


FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa"}


def mx(name: str, lang: str) -> str:
    """``name`` with Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return name


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def agency_lines(att: str = "") -> list[str]:
    return head_lines(agency_head(), att)


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rate: float,
    label: str = "",
    note: str = "",
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), gross)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = h.lang
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
        while y < hh - m - 70 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            text = " ".join(words(rng, lg, topic) for _ in range(rng.randint(3, 7)))
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


def client_of(who: Issuer) -> tuple[Row, str]:
    """The client ``who`` stands for: of the agency's country, now and then from abroad."""
    r = keyed(who, "client")
    lg = home()
    if r.random() < 0.2:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS["client"][lg]), lg


def free_of(who: Issuer) -> tuple[Row, str]:
    """The freelancer ``who`` stands for: mostly of the agency's country."""
    r = keyed(who, "freelancer")
    lg = home()
    if r.random() < 0.35:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS["freelancer"][lg]), lg


# ---------------------------------------------------------------------------------------------
# Templates VV: orders, quotations and invoices around a job
# ---------------------------------------------------------------------------------------------

PURCHASE_TERMS = {
    "en": [
        "Acceptance",
        "Prices",
        "Invoicing",
        "Payment",
        "Delivery",
        "Quality",
        "Confidentiality",
        "Intellectual property",
        "Data protection",
        "Liability",
        "Termination",
        "Law",
    ],
    "de": [
        "Geltungsbereich",
        "Preise",
        "Rechnungsstellung",
        "Zahlung",
        "Liefertermine",
        "Mängelansprüche",
        "Geheimhaltung",
        "Nutzungsrechte",
        "Datenschutz",
        "Haftung",
        "Rücktritt",
        "Gerichtsstand",
    ],
    "fr": [
        "Acceptation",
        "Prix",
        "Facturation",
        "Paiement",
        "Délais",
        "Conformité",
        "Confidentialité",
        "Propriété intellectuelle",
        "Données personnelles",
        "Responsabilité",
        "Résiliation",
        "Attribution de juridiction",
    ],
}


def tpl_client_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's order: a purchase order form from the client's system (line items, the PO
    number to quote, buyer, authorised signature), now and then the purchasing terms on a
    second page; or a short order letter instructing the agency."""
    job = job_for(rng, ("quote",), client_of(who))
    h = head_row(job.client, job.client_lang, "client")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "letter").random() < 0.7 else LETTER)
    w = s.page_size[0]
    m = s.margin
    d = last_day(rng, ("quote",), (2, 12))
    if not after(("quote",)):
        job.due = d + timedelta(days=rng.randint(5, 20))
    buyer = staff(h, "buyer")
    agency = agency_head()
    subject = SUBJECTS[lg][job.subject]
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Purchase order', 'Bestellung', 'Bon de commande')} {job.po}"
    )
    if keyed(who, "form").random() < 0.6:
        title = tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE")
        f.page.text(w - m, f.y, title, s.bold, s.size + 5, "right")
        f.y += 14
        below = window(f.page, s, None, f.y + 8, agency_lines())
        yy = pairs(
            f.page,
            s,
            w * 0.56,
            f.y + 8,
            [
                (tr(lg, "PO number", "Bestell-Nr.", "N° de commande"), job.po),
                (tr(lg, "Order date", "Datum", "Date"), day(h, d)),
                (
                    tr(lg, "Supplier no.", "Lieferanten-Nr.", "N° fournisseur"),
                    serial(keyed(who, "sup"), "999999"),
                ),
                (tr(lg, "Buyer", "Einkäufer/in", "Acheteur"), buyer),
                (tr(lg, "Cost centre", "Kostenstelle", "Centre de coût"), serial(rng, "9999")),
            ],
            w - m,
            s.size - 1.5,
        )
        f.y = max(below, yy) + 14
        if job.src != job.tgt:
            write(
                f,
                s,
                tr(
                    lg,
                    f"Subject: {subject}. Translation {pair(job, lg)}, your quotation of "
                    f"{short(d - timedelta(days=rng.randint(2, 9)), lg)}.",
                    f"Betreff: {subject}. Übersetzung {pair(job, lg)}, Ihr Angebot vom "
                    f"{short(d - timedelta(days=rng.randint(2, 9)), lg)}.",
                    f"Objet : {subject}. Traduction {pair(job, lg)}, votre devis du "
                    f"{short(d - timedelta(days=rng.randint(2, 9)), lg)}.",
                ),
            )
        cols = columns(
            m,
            w - m,
            [
                (0.5, "left"),
                (4, "left"),
                (1, "right"),
                (0.8, "center"),
                (1, "right"),
                (1.2, "right"),
            ],
        )
        lines = [
            (
                tr(
                    lg,
                    f"Translation {CODES[job.src]} > {CODES[job.tgt]}",
                    f"Übersetzung {CODES[job.src]} > {CODES[job.tgt]}",
                    f"Traduction {CODES[job.src]} > {CODES[job.tgt]}",
                ),
                job.words,
                tr(lg, "words", "Wörter", "mots"),
                job.rate * 1.6,
            ),
        ]
        if rng.random() < 0.6:
            lines.append(
                (
                    tr(
                        lg,
                        "Proofreading (second linguist)",
                        "Lektorat (Vier-Augen-Prinzip)",
                        "Relecture (second linguiste)",
                    ),
                    job.words,
                    tr(lg, "words", "Wörter", "mots"),
                    job.rate * 0.5,
                )
            )
        if rng.random() < 0.3:
            lines.append(
                (
                    tr(lg, "DTP / formatting", "DTP / Formatierung", "PAO / mise en page"),
                    rng.randint(2, 8),
                    tr(lg, "hrs", "Std.", "h"),
                    rng.choice([45.0, 55.0, 60.0]),
                )
            )
        if rng.random() < 0.25:
            lines.append(
                (
                    tr(lg, "Project management", "Projektmanagement", "Gestion de projet"),
                    1,
                    tr(lg, "flat", "pausch.", "forfait"),
                    rng.choice([25.0, 35.0, 50.0]),
                )
            )
        net = 0.0
        rows = []
        for k, (t, q, u, pr) in enumerate(lines):
            v = round(q * pr, 2)
            net += v
            rows.append(
                [
                    str((k + 1) * 10),
                    t,
                    f"{q:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
                    u,
                    money(pr, lg),
                    money(v, lg),
                ]
            )
        table(
            f,
            cols,
            [
                "Pos",
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Unit", "Einh.", "U."),
                tr(lg, "Price", "Preis", "P.U."),
                tr(lg, "Net", "Netto", "Montant HT"),
            ],
            rows,
            s,
            shade=0.88 if rng.random() < 0.5 else None,
            rules=rng.random() < 0.5,
        )
        f.y += 6
        f.page.text(
            w - m,
            f.y,
            f"{tr(lg, 'Order total (net)', 'Bestellwert netto', 'Total commande HT')}  "
            f"{cash(net, lg)}",
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
                f"Delivery by {day(h, job.due)}. Please quote our PO number on your invoice; "
                "invoices without a valid PO number will be returned.",
                f"Liefertermin: {day(h, job.due)}. Bitte geben Sie unsere Bestellnummer auf der "
                "Rechnung an; Rechnungen ohne Bestellnummer können nicht bearbeitet werden.",
                f"Livraison au plus tard le {day(h, job.due)}. Merci de rappeler notre numéro de "
                "commande sur votre facture.",
            ),
            s.size - 1,
        )
        f.need(60)
        f.y += 16
        f.page.text(m, f.y, tr(lg, "Authorised by", "Freigegeben", "Validé par"), s.font, 7.5)
        scrawl(f.page, m + 70, f.y + 4, staff(h, "manager"))
        f.page.text(m + 70, f.y + 16, staff(h, "manager"), s.font, 7.5)
        pages = f.pages
        if keyed(who, "terms").random() < 0.25:
            pages.append(
                small_print(
                    rng,
                    s,
                    h,
                    tr(
                        lg,
                        "General Terms and Conditions of Purchase",
                        "Allgemeine Einkaufsbedingungen",
                        "Conditions générales d'achat",
                    ),
                    PURCHASE_TERMS[lg],
                )
            )
        received(rng, pages[0], home(), d)
        remember(job, d)
        return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)
    recipient(
        f,
        s,
        h,
        agency_lines(tr(lg, "Project management", "z. Hd. Projektmanagement", "Service projets")),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), job.po)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Translation order - {subject}",
            f"Übersetzungsauftrag - {subject}",
            f"Commande de traduction - {subject}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, None if lg != "en" else agency.name), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Further to your quotation, we are pleased to instruct you to translate the attached "
            f"documents ({job.words:,} words) from {lang_name(job.src, 'en')} into "
            f"{lang_name(job.tgt, 'en')}. Please deliver by {day(h, job.due)}.",
            f"bezugnehmend auf Ihr Angebot beauftragen wir Sie hiermit mit der Übersetzung der "
            f"beigefügten Unterlagen ({job.words} Wörter) aus dem {lang_name(job.src, 'de')}en ins "
            f"{lang_name(job.tgt, 'de')}e. Liefertermin ist der {day(h, job.due)}.",
            f"Suite à votre devis, nous vous confions la traduction des documents joints "
            f"({job.words} mots) de l'{lang_name(job.src, 'fr')} vers le "
            f"{lang_name(job.tgt, 'fr')}. "
            f"Délai de livraison : {day(h, job.due)}.",
        ),
    )
    write(f, s, prose(rng, lg, "trans", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            f"Our purchase order number is {job.po}; please quote it on your invoice.",
            f"Bitte geben Sie auf Ihrer Rechnung unsere Bestellnummer {job.po} an.",
            f"Merci de rappeler notre référence {job.po} sur votre facture.",
        ),
    )
    regards(f, s, lg, buyer, tr(lg, "Procurement", "Einkauf", "Service achats"))
    received(rng, f.pages[0], home(), d)
    remember(job, d)
    return close(f.pages, s, h)


def tpl_vendor_po(rng: random.Random, who: Issuer) -> list[Page]:
    """The agency's purchase order to a freelance translator from its management system: job
    fields in a grid, files and word counts, rate and total, deadline and instructions, a
    confirmation line signed by the freelancer; now and then the vendor guidelines page."""
    job = job_for(rng, ("client_order", "quote"))
    if not after(("client_order", "quote")):
        retarget(rng, job, *free_of(who))
    h = agency_head()
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = last_day(rng, ("client_order", "quote"), (0, 2))
    if job.due <= d:
        job.due = d + timedelta(days=rng.randint(3, 12))
    pm = staff(h, "pm" + str(keyed(who, "pm").randrange(3)))
    po = f"PO-{job.ref.split('-', 1)[1]}-{rng.randint(1, 3)}"
    f = sheets(s, h, f"{tr(lg, 'Purchase order', 'Bestellung', 'Bon de commande')} {po}")
    fl = head_row(job.free, job.free_lang, "freelancer")
    title = tr(lg, "PURCHASE ORDER", "AUFTRAG / BESTELLUNG", "BON DE COMMANDE PRESTATAIRE")
    f.page.text(m, f.y, title, s.bold, s.size + 4)
    f.page.text(w - m, f.y, po, s.bold, s.size + 2, "right")
    f.y += 16
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Vendor", "Auftragnehmer/in", "Prestataire"), owner(fl)),
            (tr(lg, "Vendor address", "Anschrift", "Adresse"), f"{fl.street}, {fl.town}"),
            (tr(lg, "Project", "Projekt", "Projet"), job.ref),
            (tr(lg, "Project manager", "Projektmanager/in", "Chef de projet"), pm),
            (
                tr(lg, "Language pair", "Sprachpaar", "Combinaison"),
                f"{CODES[job.src]} > {CODES[job.tgt]}",
            ),
            (
                tr(lg, "Service", "Leistung", "Prestation"),
                rng.choice(
                    [
                        tr(lg, "Translation", "Übersetzung", "Traduction"),
                        tr(
                            lg,
                            "Translation + self-check",
                            "Übersetzung inkl. Selbstkontrolle",
                            "Traduction + autocontrôle",
                        ),
                        tr(lg, "Revision", "Revision", "Révision"),
                    ]
                ),
            ),
            (tr(lg, "Order date", "Auftragsdatum", "Date"), day(h, d)),
            (
                tr(lg, "Deadline", "Liefertermin", "Échéance"),
                f"{day(h, job.due - timedelta(days=1))} 12:00",
            ),
            (
                tr(lg, "Subject field", "Fachgebiet", "Domaine"),
                rng.choice(["Medical devices", "Legal", "Technical", "Marketing", "Finance", "IT"]),
            ),
            (
                tr(lg, "CAT tool", "CAT-Tool", "Outil TAO"),
                rng.choice(["Phrasewise Studio", "memoQ", "Satzbau TM 12", "Memotrad Cloud"]),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    bands = [
        ("Context / 101%", 0.0),
        ("Repetitions", 0.1),
        ("100%", 0.1),
        ("95-99%", 0.3),
        ("85-94%", 0.6),
        ("75-84%", 0.6),
        ("No match", 1.0),
    ]
    share = [rng.random() * (3 if k == 6 else 1) for k in range(len(bands))]
    tot = sum(share)
    counts = [int(job.words * x / tot) for x in share]
    counts[-1] += job.words - sum(counts)
    weighted = sum(c * wt for c, (_, wt) in zip(counts, bands, strict=True))
    cols = columns(m, w - m, [(3, "left"), (1.3, "right"), (1.2, "right"), (1.5, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Match band", "Trefferklasse", "Tranche"),
            tr(lg, "Words", "Wörter", "Mots"),
            tr(lg, "Weight", "Gewichtung", "Pondération"),
            tr(lg, "Weighted", "Gewichtet", "Pondérés"),
        ],
        [
            [b, str(c), f"{int(wt * 100)}%", f"{c * wt:.1f}"]
            for c, (b, wt) in zip(counts, bands, strict=True)
        ],
        s,
        size=s.size - 1.5,
        rules=True,
    )
    amount = round(weighted * job.fee, 2)
    f.y += 4
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Weighted words", "Gewichtete Wörter", "Mots pondérés"), f"{weighted:.0f}"),
            (tr(lg, "Rate per word", "Wortpreis", "Tarif au mot"), cash(job.fee, lg)),
            (tr(lg, "PO total (excl. VAT)", "Auftragswert netto", "Total HT"), cash(amount, lg)),
        ],
        w - m,
    )
    f.y += 8
    f.heading(m, tr(lg, "Instructions", "Hinweise", "Consignes"), s.bold, s.size)
    for t in rng.sample(
        [
            tr(
                lg,
                "Use the client glossary attached to the project; do not change locked segments.",
                "Kundenterminologie aus der Termbank verwenden; gesperrte Segmente nicht ändern.",
                "Respecter le glossaire client ; ne pas modifier les segments verrouillés.",
            ),
            tr(
                lg,
                "Queries via the query sheet only, not to the client directly.",
                "Rückfragen ausschließlich über das Query-Sheet.",
                "Questions uniquement via le fichier de questions.",
            ),
            tr(
                lg,
                "Run the QA check before delivery and deliver the clean bilingual file.",
                "Vor Lieferung QA-Prüfung durchführen, bereinigte Datei liefern.",
                "Lancer le contrôle qualité avant livraison.",
            ),
            tr(
                lg,
                "Numbers and units as in the source; decimal comma in the target.",
                "Zahlen und Einheiten wie im Ausgangstext.",
                "Nombres et unités conformes à la source.",
            ),
            words(rng, lg, "trans"),
        ],
        3,
    ):
        f.para(m + 10, w - 2 * m - 10, "- " + t, s.font, s.size - 1)
    f.need(70)
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Please confirm acceptance of this order by return.",
            "Bitte bestätigen Sie die Annahme des Auftrags.",
            "Merci de confirmer l'acceptation de cette commande.",
        ),
        s.font,
        s.size - 1,
    )
    f.y += 22
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Accepted (vendor):",
            "Angenommen (Auftragnehmer/in):",
            "Bon pour accord (prestataire) :",
        ),
        s.font,
        8,
    )
    if rng.random() < 0.6:
        scrawl(f.page, m + 150, f.y, owner(fl))
        hand(f.page, w - m - 90, f.y, short(d + timedelta(days=rng.randint(0, 1)), lg))
    f.page.line(m + 145, f.y + 4, w - m, f.y + 4)
    pages = f.pages
    if keyed(who, "guide").random() < 0.2:
        g = sheets(
            s,
            h,
            tr(lg, "Vendor guidelines", "Hinweise für Auftragnehmer", "Guide prestataires")
            + f" - {po}",
            top=False,
        )
        caption(
            g,
            s,
            tr(
                lg,
                "General guidelines for freelance linguists",
                "Allgemeine Hinweise für freiberufliche Übersetzer/innen",
                "Consignes générales aux traducteurs indépendants",
            ),
            2,
            rule=True,
        )
        for k in range(rng.randint(5, 8)):
            g.heading(m, f"{k + 1}. {words(rng, lg, 'trans', 3)[:-1]}", s.bold, s.size - 0.5)
            write(g, s, prose(rng, lg, "trans", 1, 3), s.size - 1)
        pages = pages + g.pages
    remember(job, d, po)
    return close(pages, s, h)


def analysis_rows(rng: random.Random, job: Job, files: int) -> list[tuple[str, list[int]]]:
    """Per file the words of each CAT match band: 101%/repetitions/100/95/85/75/50/new."""
    names = [
        "IFU_IP40_v3.docx",
        "chapter_03.docx",
        "product_pages.xlsx",
        "UI_strings_7.2.xliff",
        "annex_A.pdf",
        "SDS_set.docx",
        "exhibits_1-7.pdf",
        "brochure_aw.idml",
        "claims.docx",
    ]
    out = []
    left = job.words
    for k in range(files):
        n = left if k == files - 1 else int(left * rng.uniform(0.2, 0.6))
        left -= n
        share = [rng.random() * wt for wt in (0.5, 1, 0.8, 0.5, 0.6, 0.6, 0.4, 3)]
        t = sum(share)
        c = [int(n * x / t) for x in share]
        c[-1] += n - sum(c)
        out.append((rng.choice(names), c))
    return out


WEIGHTS = [0.0, 0.1, 0.1, 0.3, 0.5, 0.7, 1.0, 1.0]
BANDS = ["101%", "Rep.", "100%", "95-99%", "85-94%", "75-84%", "50-74%", "New"]


def tpl_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """The agency's quotation: a letter page with the services, weighted words, prices,
    validity and delivery, the CAT analysis per file under it or on a page of its own
    (sometimes landscape), an acceptance slip to sign and return, now and then the terms of
    business."""
    job = a_job(rng, client_of(who))
    h = agency_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    q = f"{tr(lg, 'Q', 'AN', 'DV')}-{month().year}-{rng.randint(100, 999)}"
    job.due = d + timedelta(days=rng.randint(6, 20))
    ch = head_row(job.client, job.client_lang, "client")
    contact = staff(ch, "contact")
    title = tr(lg, "Quotation", "Angebot", "Devis")
    f = sheets(s, h, f"{title} {q} - {ch.name}")
    recipient(
        f,
        s,
        h,
        [ch.name, contact, ch.street, ch.town],
        d,
        [
            (tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), q),
            (tr(lg, "Valid until", "Gültig bis", "Validité"), short(d + timedelta(days=30), lg)),
        ],
    )
    caption(f, s, f"{title} {q} - {SUBJECTS[lg][job.subject]}", 1.5)
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your enquiry. We are pleased to quote for the translation of your "
            f"documents from {lang_name(job.src, 'en')} into {lang_name(job.tgt, 'en')} as "
            "follows:",
            "vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen für die Übersetzung "
            f"aus dem {lang_name(job.src, 'de')}en ins {lang_name(job.tgt, 'de')}e folgendes "
            "Angebot:",
            "Nous vous remercions de votre demande et vous proposons pour la traduction de "
            f"l'{lang_name(job.src, 'fr')} vers le {lang_name(job.tgt, 'fr')} :",
        ),
    )
    files = analysis_rows(rng, job, rng.randint(1, 5))
    totals_ = [sum(c[k] for _, c in files) for k in range(8)]
    weighted = sum(t * wt for t, wt in zip(totals_, WEIGHTS, strict=True))
    rate = round(job.rate * 1.5, 3)
    items = [
        (
            tr(
                lg,
                f"Translation {CODES[job.src]} > {CODES[job.tgt]}, weighted words",
                f"Übersetzung {CODES[job.src]} > {CODES[job.tgt]}, gewichtete Wörter",
                f"Traduction {CODES[job.src]} > {CODES[job.tgt]}, mots pondérés",
            ),
            round(weighted),
            rate,
        )
    ]
    if rng.random() < 0.7:
        items.append(
            (
                tr(
                    lg,
                    "Revision by a second linguist (ISO 17100)",
                    "Revision durch zweite/n Übersetzer/in (ISO 17100)",
                    "Révision par un second linguiste (ISO 17100)",
                ),
                job.words,
                round(job.rate * 0.45, 3),
            )
        )
    if rng.random() < 0.3:
        items.append((tr(lg, "DTP, hours", "DTP, Stunden", "PAO, heures"), rng.randint(2, 6), 52.0))
    if rng.random() < 0.3:
        items.append(
            (
                tr(
                    lg,
                    "Certification (per document)",
                    "Beglaubigung (je Dokument)",
                    "Certification (par document)",
                ),
                rng.randint(1, 3),
                25.0,
            )
        )
    cols = columns(m, w - m, [(4.5, "left"), (1.1, "right"), (1, "right"), (1.3, "right")])
    net = 0.0
    rows = []
    for t, qn, pr in items:
        v = round(qn * pr, 2)
        net += v
        rows.append([t, str(qn), money(pr, lg), money(v, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9,
        rules=rng.random() < 0.4,
    )
    gross = totals(f, s, lg, round(net, 2), vat_rate(lg) if job.client_lang == lg else 0.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Delivery: {day(h, job.due)}, subject to your order by "
            f"{short(d + timedelta(days=3), lg)}. Word counts are based on the analysis overleaf.",
            f"Lieferung: {day(h, job.due)} bei Auftragserteilung bis "
            f"{short(d + timedelta(days=3), lg)}. Die Wortzahlen beruhen auf der beigefügten "
            "Analyse.",
            f"Livraison : {day(h, job.due)} sous réserve de commande avant le "
            f"{short(d + timedelta(days=3), lg)}. Volumes selon l'analyse ci-jointe.",
        ),
        s.size - 1,
    )
    regards(
        f, s, lg, staff(h, "pm0"), tr(lg, "Project Manager", "Projektmanagement", "Chef de projet")
    )
    # the analysis: on a page of its own (landscape now and then) or under the letter
    inline = len(files) <= 2 and rng.random() < 0.5
    land = not inline and rng.random() < 0.4
    s2 = s if inline else style_of(h, landscape(A4) if land else A4)
    a = (
        f
        if inline
        else sheets(s2, h, f"{title} {q} - {tr(lg, 'analysis', 'Analyse', 'analyse')}", top=False)
    )
    if inline:
        f.y += 10
    caption(
        a,
        s2,
        tr(lg, "Word count analysis", "Mengenanalyse (CAT)", "Analyse des volumes (TAO)"),
        2,
        rule=True,
    )
    a.page.text(
        s2.margin,
        a.y,
        fit(
            f"{job.ref}  -  {CODES[job.src]} > {CODES[job.tgt]}  -  "
            f"{tr(lg, 'analysed', 'analysiert', 'analysé le')} {short(d, lg)}",
            s2.font,
            8,
            a.size[0] - 2 * s2.margin,
        ),
        s2.font,
        8,
    )
    a.y += 16
    c2 = columns(s2.margin, a.size[0] - s2.margin, [(3, "left")] + [(1, "right")] * 9)
    body = [[fn] + [str(x) for x in c] + [str(sum(c))] for fn, c in files]
    body.append(
        [tr(lg, "Total", "Summe", "Total")] + [str(x) for x in totals_] + [str(sum(totals_))]
    )
    body.append(
        [tr(lg, "Weighting", "Gewichtung", "Pondération")]
        + [f"{int(wt * 100)}%" for wt in WEIGHTS]
        + [""]
    )
    body.append(
        [tr(lg, "Weighted words", "Gewichtet", "Pondérés")]
        + [f"{t * wt:.0f}" for t, wt in zip(totals_, WEIGHTS, strict=True)]
        + [f"{weighted:.0f}"]
    )
    table(
        a,
        c2,
        [tr(lg, "File", "Datei", "Fichier"), *BANDS, tr(lg, "Total", "Summe", "Total")],
        body,
        s2,
        size=7.5,
        rules=True,
        shade=0.9,
    )
    a.y += 10
    write(
        a,
        s2,
        tr(
            lg,
            "Analysis with the client's translation memory; internal and cross-file "
            "repetitions counted once.",
            "Analyse gegen das Translation-Memory des Kunden; Wiederholungen dateiübergreifend.",
            "Analyse avec la mémoire de traduction du client ; répétitions inter-fichiers.",
        ),
        7.5,
    )
    pages = f.pages if inline else f.pages + a.pages
    if rng.random() < 0.55:
        # acceptance slip
        if rng.random() < 0.5 and f.y < hh - 260:
            p, y = f.page, f.y + 20
        else:
            p = Page(A4)
            pages.append(p)
            y = s.margin + 10
        slip_rule(
            p,
            s.margin,
            w - s.margin,
            y,
            tr(lg, "please return", "bitte zurücksenden", "à retourner"),
        )
        y += 24
        p.text(
            s.margin,
            y,
            tr(lg, "ORDER CONFIRMATION", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
            s.bold,
            s.size + 1,
        )
        y += 16
        p.text(
            s.margin,
            y,
            fit(
                tr(
                    lg,
                    f"We accept quotation {q} for {cash(gross, lg)} and its terms.",
                    f"Hiermit erteilen wir den Auftrag gemäß Angebot {q} über {cash(gross, lg)}.",
                    f"Nous acceptons le devis {q} d'un montant de {cash(gross, lg)}.",
                ),
                s.font,
                s.size - 1,
                w - 2 * s.margin,
            ),
            s.font,
            s.size - 1,
        )
        y = fields(
            p,
            s,
            s.margin,
            y + 10,
            w - 2 * s.margin,
            [
                (tr(lg, "Company", "Firma", "Société"), ""),
                (tr(lg, "PO number", "Bestell-Nr.", "N° de commande"), ""),
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Date, signature", "Datum, Unterschrift", "Date, signature, cachet"), ""),
            ],
            per=2,
            tall=26,
        )
    if keyed(who, "agb").random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms of Business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                [
                    tr(lg, t, t2, t3)
                    for t, t2, t3 in [
                        ("Quotations", "Angebote", "Devis"),
                        ("Orders", "Auftragserteilung", "Commandes"),
                        ("Delivery", "Lieferfristen", "Délais"),
                        ("Fees", "Vergütung", "Honoraires"),
                        ("Complaints", "Mängelrüge", "Réclamations"),
                        ("Liability", "Haftung", "Responsabilité"),
                        ("Confidentiality", "Verschwiegenheit", "Confidentialité"),
                        ("Copyright", "Urheberrecht", "Droits d'auteur"),
                        ("Payment", "Zahlung", "Paiement"),
                        ("Law", "Gerichtsstand", "Droit applicable"),
                    ]
                ],
            )
        )
    remember(job, d, q)
    return close(pages, s, h)


def tpl_freelancer_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A freelance translator's invoice to the agency: the translator's own simple letterhead,
    the job lines by PO number, words and rate, the tax note of a small business or the
    reverse charge, bank details."""
    job = job_for(rng, ("vendor_po",))
    if after(("vendor_po",)):
        row, fl = job.free, job.free_lang
    else:
        row, fl = free_of(who)
        retarget(rng, job, row, fl)
    h = head_row(row, fl, "freelancer")
    s = style_of(h, LETTER if fl == "en" and keyed(who, "let").random() < 0.3 else A4)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("vendor_po",), (4, 20))
    po = (
        LAST["extra"]
        if after(("vendor_po",)) and isinstance(LAST["extra"], str)
        else f"PO-{month().year % 100}-{rng.randint(100, 999):04d}-1"
    )
    inv = serial(
        rng, rng.choice([f"{d.year}-099", f"R{d.year}-0099", "F-9999", f"{d.year % 100}/099"])
    )
    f = sheets(s, h, f"{owner(h)} - {tr(fl, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    agency = agency_head()
    recipient(
        f,
        s,
        h,
        [
            agency.name,
            tr(fl, "Accounts Payable", "Buchhaltung", "Comptabilité fournisseurs"),
            agency.street,
            agency.town,
        ],
        d,
        [
            (tr(fl, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(fl, "Service date", "Leistungsdatum", "Date de prestation"),
                short(d - timedelta(days=rng.randint(1, 6)), fl),
            ),
        ],
    )
    caption(f, s, tr(fl, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    lines = [
        (
            str(po),
            f"{tr(fl, 'Translation', 'Übersetzung', 'Traduction')} {CODES[job.src]} > "
            f"{CODES[job.tgt]}, {job.ref}",
            job.words,
            job.fee,
        )
    ]
    for _ in range(rng.choice([0, 0, 1, 2, 4])):
        lines.append(
            (
                f"PO-{month().year % 100}-{rng.randint(100, 999):04d}-{rng.randint(1, 3)}",
                rng.choice(
                    [
                        tr(fl, "Translation", "Übersetzung", "Traduction"),
                        tr(fl, "Revision", "Lektorat", "Relecture"),
                        tr(fl, "Post-editing (MTPE)", "Post-Editing (MTPE)", "Post-édition"),
                    ]
                )
                + f" {rng.choice(CODES[:3])} > {rng.choice(CODES)}",
                rng.randint(300, 6000),
                round(job.fee * rng.uniform(0.5, 1.1), 3),
            )
        )
    cols = columns(
        m, w - m, [(1.5, "left"), (4, "left"), (1, "right"), (1, "right"), (1.2, "right")]
    )
    net = 0.0
    rows = []
    for ref, t, n, r_ in lines:
        v = round(n * r_, 2)
        net += v
        rows.append([ref, t, str(n), money(r_, fl) if fl != "en" else f"{r_:.3f}", money(v, fl)])
    table(
        f,
        cols,
        [
            "PO",
            tr(fl, "Description", "Leistung", "Désignation"),
            tr(fl, "Words", "Wörter", "Mots"),
            tr(fl, "Rate", "Wortpreis", "Tarif"),
            tr(fl, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    r = keyed(who, "tax")
    small = r.random() < 0.45
    cross = fl != home()
    if cross:
        note = tr(
            fl,
            "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive "
            "2006/112/EC).",
            "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
            "Autoliquidation - TVA due par le preneur (art. 283-2 du CGI).",
        )
        rate = 0.0
    elif small:
        note = tr(
            fl,
            "Not VAT registered.",
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            "TVA non applicable, art. 293 B du CGI.",
        )
        rate = 0.0
    else:
        note = ""
        rate = vat_rate(fl)
    totals(f, s, fl, round(net, 2), rate, note=note)
    write(
        f,
        s,
        tr(
            fl,
            "Payment within 30 days to:",
            "Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf folgendes Konto:",
            "Règlement à 30 jours par virement :",
        ),
        s.size - 1,
    )
    iban = {
        "en": f"Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}  Account "
        f"{r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[fl]
    write(f, s, f"{owner(h)} - {iban}", s.size - 1, 10)
    if fl == "de":
        write(
            f,
            s,
            f"Steuernummer {r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}",
            s.size - 1.5,
            10,
        )
    if rng.random() < 0.4:
        f.y += 10
        f.page.text(
            m,
            f.y,
            tr(
                fl,
                "Thank you for your business.",
                "Vielen Dank für die gute Zusammenarbeit.",
                "Merci de votre confiance.",
            ),
            italic_of(s.font),
            s.size,
        )
    received(rng, f.pages[0], home(), d, 0.45)
    if rng.random() < 0.3:
        hand(
            f.pages[0],
            w - m - 120,
            hh - m - 60,
            tr(home(), f"ok {job.ref}", f"sachl. ok {job.ref}", f"ok {job.ref}"),
            10,
        )
    remember(job, d)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates VV: certified translations, apostilles and court work
# ---------------------------------------------------------------------------------------------

#: Languages a foreign original may be in: en, de, fr, es, it, pl.
ORIG = {
    "en": {
        "birth": ("CERTIFIED COPY OF AN ENTRY OF BIRTH", "General Register Office"),
        "marriage": ("CERTIFIED COPY OF AN ENTRY OF MARRIAGE", "General Register Office"),
        "fields": "Name and surname|Date of birth|Place of birth|Father|Mother|Registration "
        "district|Entry no.|Registrar",
    },
    "de": {
        "birth": ("GEBURTSURKUNDE", "Standesamt"),
        "marriage": ("EHEURKUNDE", "Standesamt"),
        "fields": "Familienname|Vornamen|Geburtstag|Geburtsort|Vater|Mutter|Registernummer"
        "|Standesbeamtin",
    },
    "fr": {
        "birth": ("EXTRAIT D'ACTE DE NAISSANCE", "Mairie"),
        "marriage": ("COPIE INTÉGRALE D'ACTE DE MARIAGE", "Mairie"),
        "fields": "Nom|Prénoms|Né(e) le|à|Père|Mère|Acte n°|L'officier de l'état civil",
    },
    "es": {
        "birth": ("CERTIFICACIÓN LITERAL DE NACIMIENTO", "Registro Civil"),
        "marriage": ("CERTIFICADO DE MATRIMONIO", "Registro Civil"),
        "fields": "Apellidos|Nombre|Fecha de nacimiento|Lugar|Padre|Madre|Tomo / Folio|El "
        "Encargado",
    },
    "it": {
        "birth": ("ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "Comune"),
        "marriage": ("ESTRATTO DELL'ATTO DI MATRIMONIO", "Comune"),
        "fields": "Cognome|Nome|Data di nascita|Luogo di nascita|Padre|Madre|Atto "
        "n.|L'Ufficiale dello Stato Civile",
    },
    "pl": {
        "birth": ("ODPIS SKRÓCONY AKTU URODZENIA", "Urzad Stanu Cywilnego"),
        "marriage": ("ODPIS SKRÓCONY AKTU MALZENSTWA", "Urzad Stanu Cywilnego"),
        "fields": "Nazwisko|Imie (imiona)|Data urodzenia|Miejsce urodzenia|Ojciec|Matka|Nr "
        "aktu|Kierownik USC",
    },
}
ORIG_NAMES = {
    "en": ["Daniel James Whitaker", "Amelia Rose Holroyd", "Aisha Begum Ahmed"],
    "de": ["Lena Marie Hartmann", "Jonas Wolff", "Elif Kaya"],
    "fr": ["Camille Anne Girard", "Hugo Benali", "Léa Fontaine"],
    "es": ["María del Carmen Ruiz Soto", "Javier Moreno Gil"],
    "it": ["Giulia Ferraro", "Marco Esposito"],
    "pl": ["Katarzyna Nowak", "Tomasz Wisniewski"],
}
ORIG_TOWNS = {
    "en": ["Sheffield", "Bradford", "Norwich"],
    "de": ["Dortmund", "Kassel", "Ulm"],
    "fr": ["Nantes", "Grenoble", "Metz"],
    "es": ["Salamanca", "Valencia"],
    "it": ["Torino", "Bari"],
    "pl": ["Kraków", "Poznan"],
}
DOC_KINDS = {
    "birth": ("Birth certificate", "Geburtsurkunde", "Acte de naissance"),
    "marriage": ("Marriage certificate", "Eheurkunde", "Acte de mariage"),
}
ADJ = {  # "from the <language>" as each target language says it
    "en": {
        "en": "English",
        "de": "German",
        "fr": "French",
        "es": "Spanish",
        "it": "Italian",
        "pl": "Polish",
    },
    "de": {
        "en": "Englischen",
        "de": "Deutschen",
        "fr": "Französischen",
        "es": "Spanischen",
        "it": "Italienischen",
        "pl": "Polnischen",
    },
    "fr": {
        "en": "anglais",
        "de": "allemand",
        "fr": "français",
        "es": "espagnol",
        "it": "italien",
        "pl": "polonais",
    },
}
ADJ_LC = {
    "en": "englischer",
    "de": "deutscher",
    "fr": "französischer",
    "es": "spanischer",
    "it": "italienischer",
    "pl": "polnischer",
}


@dataclass
class Original:
    lang: str
    kind: str
    person: str
    born: date
    town: str
    number: str
    issued: date


def an_original(rng: random.Random, lg: str) -> Original:
    src = rng.choice([x for x in ORIG if x != lg])
    return Original(
        lang=src,
        kind=rng.choice(["birth", "birth", "marriage"]),
        person=rng.choice(ORIG_NAMES[src]),
        born=date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28)),
        town=rng.choice(ORIG_TOWNS[src]),
        number=serial(rng, rng.choice(["G 999/1999", "999/19", "AB 999999", "9999-99"])),
        issued=month() - timedelta(days=rng.randint(20, 900)),
    )


def original_copy(rng: random.Random, o: Original, back: bool = False) -> Page:
    """The photocopy of the foreign original: its own layout and language, a seal and
    signature, the copier's grey edge; ``back``: its reverse with a few notes only."""
    title, office = ORIG[o.lang][o.kind]
    labels = ORIG[o.lang]["fields"].split("|")
    size = A4
    p = Page(size)
    w, h = size
    copier_edge(p, rng)
    font = rng.choice(["Times-Roman", "Helvetica", "Courier"])
    bold = {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold"}[
        font
    ]
    if back:
        p.text(
            70,
            120,
            fit(
                rng.choice(
                    [
                        "Vermerke",
                        "Notes",
                        "Mentions marginales",
                        "Adnotacje",
                        "Annotazioni",
                        "Notas marginales",
                    ]
                ),
                bold,
                10,
                w - 140,
            ),
            bold,
            10,
        )
        p.line(70, 126, w - 70, 126)
        for k in range(rng.randint(1, 3)):
            hand(
                p,
                80,
                150 + 22 * k,
                f"{short(o.issued + timedelta(days=30 * k), 'de')}  - {serial(rng, '99/9999')}",
                10,
            )
        seal(p, w - 140, 260, 34, office.upper()[:30], o.town.upper(), font)
        return p
    y = 90.0
    emblem(p, w / 2 - 11, y - 40)
    p.text(w / 2, y, fit(f"{office} {o.town}", font, 9, w - 140), font, 9, "center")
    y += 26
    p.text(w / 2, y, title, bold, shrink(title, bold, 14, w - 130), "center")
    y += 14
    p.text(w / 2, y, f"No. {o.number}", font, 9, "center")
    y += 30
    first, last = o.person.rsplit(" ", 1)
    values = [
        last,
        first,
        short(o.born, "de" if o.lang not in ("en",) else "en"),
        o.town,
        "",
        "",
        o.number,
        "",
    ]
    for k, lab in enumerate(labels[:-1]):
        p.text(80, y, lab, font, 9)
        p.rect(230, y - 11, w - 310, 16)
        v = values[k] or rng.choice(ORIG_NAMES[o.lang])
        p.text(
            236,
            y,
            fit(v, HAND if rng.random() < 0.4 else font, 10, w - 320),
            HAND if rng.random() < 0.4 else font,
            10,
        )
        y += 26
    y += 20
    for _ in range(rng.randint(2, 4)):
        t = " ".join(rng.choice(labels).lower() for _ in range(rng.randint(4, 8)))
        p.text(80, y, fit(t, font, 8.5, w - 160), font, 8.5)
        y += 12
    y += 30
    p.text(80, y, f"{o.town}, {short(o.issued, 'de')}", font, 9)
    seal(p, 170, y + 70, 38, office.upper()[:30], o.town.upper(), font)
    p.text(w - 230, y + 40, labels[-1], font, 8.5)
    scrawl(p, w - 230, y + 70, rng.choice(ORIG_NAMES[o.lang]), 15)
    if rng.random() < 0.5:
        p.barcode("qr", f"{o.number}-{o.issued.isoformat()}", w - 170, h - 250)
    return p


def tpl_certified_translation(rng: random.Random, who: Issuer) -> list[Page]:
    """A certified translation by the agency's sworn translator: the translation of a foreign
    certificate with bracketed notes for seals and signatures, the translator's declaration
    with round stamp and signature (on the last page or a page of its own), and the copy of
    the original behind it (or in front), all one document."""
    h = agency_head()
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    o = an_original(rng, lg)
    translator = owner(h) if keyed(who, "tr").random() < 0.6 else staff(h, "sworn")
    reg = f"{d.year}/{rng.randint(100, 999)}"
    kind = tr(lg, *DOC_KINDS[o.kind])
    head = tr(
        lg,
        f"Certified translation from {ADJ['en'][o.lang]}",
        f"Beglaubigte Übersetzung aus dem {ADJ['de'][o.lang]}",
        f"Traduction de l'{ADJ['fr'][o.lang]}"
        if ADJ["fr"][o.lang][0] in "aeiou"
        else f"Traduction du {ADJ['fr'][o.lang]}",
    )
    f = sheets(s, h, f"{head} - {kind} - {o.person}", top=rng.random() < 0.55)
    if f.y < 60:
        f.y = m + 10
    f.page.text(w - m, f.y, head, s.bold, s.size, "right")
    if lg == "fr":
        f.page.text(w - m, f.y + 12, f"Répertoire n° {reg}", s.font, s.size - 1, "right")
    f.y += 34
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "[Coat of arms]", "[Wappen]", "[Armoiries]"),
        italic_of(s.font),
        s.size - 1,
        "center",
    )
    f.y += 16
    office = ORIG[o.lang][o.kind][1]
    f.page.text(w / 2, f.y, f"{office} {o.town}", s.font, s.size, "center")
    f.y += 18
    tt = kind.upper()
    f.page.text(w / 2, f.y, tt, s.bold, shrink(tt, s.bold, s.size + 4, w - 2 * m), "center")
    f.y += 14
    f.page.text(w / 2, f.y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {o.number}", s.font, s.size, "center")
    f.y += 24
    first, last = o.person.rsplit(" ", 1)
    labs = {
        "en": [
            "Surname",
            "Forenames",
            "Date of birth",
            "Place of birth",
            "Father",
            "Mother",
            "Entry no.",
        ],
        "de": [
            "Familienname",
            "Vornamen",
            "Geburtsdatum",
            "Geburtsort",
            "Vater",
            "Mutter",
            "Registernummer",
        ],
        "fr": [
            "Nom",
            "Prénoms",
            "Date de naissance",
            "Lieu de naissance",
            "Père",
            "Mère",
            "Acte n°",
        ],
    }[lg]
    if o.kind == "marriage":
        labs = {
            "en": ["Spouse 1", "Spouse 2", "Date of marriage", "Place of marriage"],
            "de": ["Ehegatte 1", "Ehegatte 2", "Tag der Eheschließung", "Ort der Eheschließung"],
            "fr": ["Époux", "Épouse", "Date du mariage", "Lieu du mariage"],
        }[lg] + labs[4:]
    vals = [
        last if o.kind == "birth" else o.person,
        first if o.kind == "birth" else rng.choice(ORIG_NAMES[o.lang]),
        day(h, o.born if o.kind == "birth" else o.issued - timedelta(days=rng.randint(30, 4000))),
        o.town,
        rng.choice(ORIG_NAMES[o.lang]),
        rng.choice(ORIG_NAMES[o.lang]),
        o.number,
    ]
    f.y = pairs(f.page, s, m + 20, f.y, list(zip(labs, vals, strict=True)), w - m - 20, s.size)
    f.y += 8
    for _ in range(rng.randint(1, 3)):
        write(f, s, words(rng, lg, "legal"), s.size - 0.5, 20)
    f.y += 6
    write(f, s, f"{o.town}, {day(h, o.issued)}", s.size, 20)
    write(
        f,
        s,
        tr(
            lg,
            "[Round seal: Civil Registry Office]  [Signature illegible]",
            "[Dienstsiegel: Standesamt]  [Unterschrift unleserlich]",
            "[Sceau rond : Officier de l'état civil]  [Signature illisible]",
        ),
        s.size - 0.5,
        20,
    )
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(lg, "[QR code]", "[QR-Code]", "[Code QR]")
            + " "
            + tr(
                lg,
                "[Reverse: marginal notes, see copy]",
                "[Rückseite: Randvermerke, siehe Kopie]",
                "[Verso : mentions marginales, voir copie]",
            ),
            s.size - 0.5,
            20,
        )
    declaration = {
        "en": f"I, {translator}, a member of the Chartered Linguists' Institute, hereby "
        "certify that the foregoing is a true and accurate translation from "
        f"{ADJ['en'][o.lang]} into English of the attached copy of the original document, and "
        "that I am competent in both languages.",
        "de": "Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung der mir in "
        f"Kopie vorgelegten, in {ADJ_LC[o.lang]} Sprache abgefassten Urkunde wird hiermit "
        "bescheinigt.",
        "fr": "Traduction certifiée conforme à l'original rédigé en langue "
        f"{ADJ['fr'][o.lang]}, présenté en copie, ne varietur sous le numéro {reg} de mon "
        "répertoire.",
    }[lg]
    role = {
        "en": "Certified Translator, MCIL CL",
        "de": f"Vom Präsidenten des Landgerichts {h.town.split()[-1]} ermächtigte Übersetzerin",
        "fr": f"Traducteur expert près la Cour d'appel de {h.town.split()[-1]}",
    }[lg]
    separate = rng.random() < (0.45 if lg == "en" else 0.25)
    if separate:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Certificate of Translation", "Bestätigungsvermerk", "Certification"),
            3,
            rule=True,
        )
        f.y += 10
    else:
        f.need(180)
        f.y += 16
        f.page.line(m, f.y - 10, w - m, f.y - 10)
    write(f, s, declaration)
    f.y += 6
    write(
        f,
        s,
        f"{h.town.split(' ', 1)[-1] if lg != 'en' else h.town.split()[0]}, "
        f"{tr(lg, '', 'den ', 'le ')}{day(h, d)}",
    )
    f.need(110)
    seal(
        f.page,
        m + 60,
        f.y + 48,
        40,
        translator.upper()[:28],
        tr(lg, "CERTIFIED TRANSLATOR", "ÜBERSETZERIN", "TRADUCTEUR EXPERT"),
    )
    scrawl(f.page, m + 140, f.y + 50, translator, 15)
    f.page.text(m + 140, f.y + 66, translator, s.bold, s.size - 0.5)
    f.page.text(
        m + 140, f.y + 78, fit(role, s.font, s.size - 1.5, w - m - 150), s.font, s.size - 1.5
    )
    f.y += 100
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["none", h.numbers, "{i}/{n}" if lg != "de" else "Seite {i} von {n}"]),
    )
    copies = [original_copy(rng, o)]
    if rng.random() < 0.2:
        copies.append(original_copy(rng, o, back=True))
    if lg == "de" and rng.random() < 0.5:
        for c in copies:
            c.text(c.size[0] - 60, 40, tr(lg, "", "Kopie", ""), "Helvetica-Bold", 9, "right")
    out = pages + copies if rng.random() < 0.7 else copies + pages
    remember(None, d, o)
    return out


def tpl_apostille(rng: random.Random, who: Issuer) -> list[Page]:
    """An apostille under the Hague Convention of 5 October 1961 (or a legalisation for a
    country outside it) from the authority: the ten numbered items, the authority's seal and
    signature, now and then a QR code (e-Apostille); sometimes a covering slip or fee note
    before it."""
    h = head_of(who, "authority")
    lg = h.lang
    d = last_day(rng, ("certified_translation",), (3, 15))
    o = (
        LAST["extra"]
        if after(("certified_translation",)) and isinstance(LAST["extra"], Original)
        else None
    )
    agency = agency_head()
    signer = (o and owner(agency)) or staff(agency, "sworn")
    pages: list[Page] = []
    no = serial(rng, {"en": "APO-99999999", "de": "9999 E - 99/99", "fr": "99/9999"}[lg])
    if rng.random() < 0.25:
        s0 = style_of(h, A4 if rng.random() < 0.6 else A5)
        f = sheets(s0, h)
        recipient(
            f,
            s0,
            h,
            agency_lines(),
            d,
            [(tr(lg, "Reference", "Geschäftszeichen", "Référence"), no)],
        )
        if lg == "de" and rng.random() < 0.6:
            caption(f, s0, "Kostenrechnung", 2)
            cols = columns(s0.margin, f.size[0] - s0.margin, [(4, "left"), (1, "right")])
            n = rng.randint(1, 3)
            table(
                f,
                cols,
                ["Gegenstand", "Betrag"],
                [
                    [
                        "Apostille gem. Haager Übereinkommen, Nr. 1310 KV-JVKostG",
                        money(20.0 * n, "de"),
                    ]
                    for _ in range(n)
                ],
                s0,
                rules=True,
            )
            write(
                f,
                s0,
                f"Bitte zahlen Sie {money(20.0 * n, 'de')} EUR unter Angabe des Kassenzeichens "
                f"{serial(rng, '9999 9999 9999')} an die Landesjustizkasse.",
                s0.size - 1,
            )
        else:
            caption(
                f,
                s0,
                tr(
                    lg,
                    "Legalisation - return of documents",
                    "Rücksendung Ihrer Urkunden",
                    "Retour de vos documents",
                ),
                1.5,
            )
            write(
                f,
                s0,
                tr(
                    lg,
                    f"Please find enclosed your document(s), legalised under reference {no}. "
                    + prose(rng, lg, "legal", 1, 2),
                    "anbei erhalten Sie Ihre Urkunde(n) mit Apostille zurück. "
                    + prose(rng, lg, "legal", 1, 2),
                    "Veuillez trouver ci-joint le(s) document(s) revêtu(s) de l'apostille. "
                    + prose(rng, lg, "legal", 1, 2),
                ),
            )
            regards(
                f,
                s0,
                lg,
                staff(h, "clerk"),
                tr(lg, "Legalisation Officer", "Urkundsbeamtin der Geschäftsstelle", "Le greffier"),
            )
        pages += close(f.pages, s0, h, numbers="none")
    size = rng.choice([A4, A5]) if lg != "en" else (148 * MM, 160 * MM)
    s = style_of(h, size, margin=36 if size != A4 else 0)
    w, hh = size
    m = s.margin
    p = Page(size)
    legal = rng.random() < 0.2
    y = m + 20
    if legal:
        t = tr(lg, "CERTIFICATE OF LEGALISATION", "ÜBERBEGLAUBIGUNG", "LÉGALISATION")
        p.text(w / 2, y, t, s.bold, 15, "center")
        y += 30
        text = tr(
            lg,
            f"The signature of {signer} on the annexed document is hereby authenticated as "
            "genuine.",
            f"Die vorstehende Unterschrift von {signer}, ermächtigte Übersetzerin, sowie das "
            "Siegel werden hiermit beglaubigt.",
            f"Vu pour légalisation de la signature de {signer}, traducteur expert, apposée "
            "ci-contre.",
        )
        for ln in wrap(text, s.font, s.size, w - 2 * m):
            p.text(m, y, ln, s.font, s.size)
            y += s.size * 1.45
        y += 10
        place = h.town.split(" ", 1)[-1] if lg != "en" else "Milton Keynes"
        for ln in (
            f"{place}, {tr(lg, '', 'den ', 'le ')}{day(h, d)}",
            f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}",
            tr(lg, "Fee paid", "Gebühr: 20,00 EUR", "Timbre : néant"),
        ):
            p.text(m, y, ln, s.font, s.size)
            y += s.size * 1.45
        y += 10
    else:
        p.text(w / 2, y, "APOSTILLE", s.bold, 18, "center")
        y += 16
        p.text(w / 2, y, "(Convention de La Haye du 5 octobre 1961)", s.font, 8.5, "center")
        y += 26
        items = {
            "en": [
                "Country:",
                "This public document has been signed by",
                "acting in the capacity of",
                "bears the seal/stamp of",
                "Certified",
                "at",
                "the",
                "by",
                "Number",
                "Seal/stamp:",
                "Signature:",
            ],
            "de": [
                "Land:",
                "Diese öffentliche Urkunde ist unterschrieben von",
                "in seiner Eigenschaft als",
                "sie ist versehen mit dem Siegel/Stempel des/der",
                "Bestätigt",
                "in",
                "am",
                "durch",
                "unter Nr.",
                "Siegel/Stempel:",
                "Unterschrift:",
            ],
            "fr": [
                "Pays :",
                "Le présent acte public a été signé par",
                "agissant en qualité de",
                "est revêtu du sceau/timbre de",
                "Attesté",
                "à",
                "le",
                "par",
                "sous n°",
                "Sceau/timbre :",
                "Signature :",
            ],
        }[lg]
        country = tr(
            lg,
            "United Kingdom of Great Britain and Northern Ireland",
            "Bundesrepublik Deutschland",
            "France",
        )
        capacity = tr(lg, "Certified Translator", "ermächtigte Übersetzerin", "Traducteur expert")
        city = h.town.split(" ", 1)[-1] if lg != "en" else "Milton Keynes"
        vals = [
            country,
            signer,
            capacity,
            agency.name,
            "",
            city,
            short(d, lg),
            h.name.split(" - ")[0],
            no,
        ]
        numbered = ["1.", "2.", "3.", "4.", "", "5.", "6.", "7.", "8."]
        font = s.font
        for k in range(9):
            if k == 4:
                p.text(w / 2, y, items[4], s.bold, s.size, "center")
                y += 18
                continue
            lab = f"{numbered[k]} {items[k]}"
            lw = tw(lab, font, s.size - 0.5)
            p.text(m, y, lab, font, s.size - 0.5)
            vx = m + min(lw + 6, w * 0.55)
            if vx + 60 > w - m:
                y += 12
                vx = m + 14
            hand_v = lg == "de" and k in (2, 8) and rng.random() < 0.5
            vf = HAND if hand_v else s.bold
            p.text(vx, y, fit(vals[k], vf, s.size - 0.5, w - m - vx), vf, s.size - 0.5)
            p.line(vx, y + 3, w - m, y + 3)
            y += 17
        y += 6
        p.text(m, y, f"9. {items[9]}", font, s.size - 0.5)
        p.text(w / 2 + 10, y, f"10. {items[10]}", font, s.size - 0.5)
    seal(
        p,
        m + 70,
        y + 55,
        40,
        h.name.split(" - ")[0].upper()[:30],
        tr(lg, "LEGALISATION", "SIEGEL", "SCEAU"),
    )
    scrawl(p, w / 2 + 20, y + 60, staff(h, "officer"), 15)
    p.text(w / 2 + 20, y + 74, staff(h, "officer"), s.font, 7.5)
    if lg == "en" or rng.random() < 0.25:
        if y + 240 < hh:
            p.barcode("qr", f"https://apostille.example/{no}", w - m - 180, y + 100)
        else:
            p.text(
                w - m,
                hh - 20,
                f"{tr(lg, 'Verify at', 'Prüfung unter', 'Vérification')} e-apostille / {no}",
                s.font,
                6.5,
                "right",
            )
    p.rect(m - 10, m - 4, w - 2 * m + 20, min(y + 110, hh - m) - m + 4)
    pages.append(p)
    remember(None, d, o)
    return pages


COURT_RATE = {"en": 34.50, "de": 85.0, "fr": 42.0}
KM_RATE = {"en": 0.45, "de": 0.42, "fr": 0.37}


def tpl_fee_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """A court interpreter's fee claim by the agency's sworn interpreter (JVEG claim, mémoire
    de frais, HMCTS claim form): case, hearing, language, times, hours, mileage, parking,
    total and signature; with it, now and then, the court's attendance certificate and
    travel receipts on narrow slips, all one document."""
    h = agency_head()
    lg = h.lang
    court = head_of(who, "court")
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    interpreter = owner(h) if keyed(who, "int").random() < 0.5 else staff(h, "interp")
    case = serial(rng, {"en": "T2025999", "de": "999 Ds 99/25", "fr": "Parquet 99999.999"}[lg])
    language = rng.choice(LANGS[lg][3:])
    start = rng.randint(8, 13)
    hours = rng.choice([1.5, 2, 2.5, 3, 4, 5.5, 6])
    travel_h = rng.choice([0.5, 1, 1.5])
    km = rng.randint(8, 140)
    parking = rng.choice([0, 0, 4.5, 6.0, 8.2, 12.0])
    f = sheets(s, h, f"{tr(lg, 'Claim', 'Vergütungsantrag', 'Mémoire de frais')} {case}")
    recipient(
        f,
        s,
        h,
        [
            court.name,
            tr(
                lg,
                "Interpreter Claims",
                "Geschäftsstelle / Kostenbeamter",
                "Service des frais de justice",
            ),
            court.street,
            court.town,
        ],
        d + timedelta(days=rng.randint(1, 10)),
        [(tr(lg, "Case no.", "Aktenzeichen", "N° de procédure"), case)],
    )
    title = tr(
        lg,
        "Interpreter's claim for fees and expenses",
        "Antrag auf Vergütung nach dem JVEG (Dolmetscher/in)",
        "Mémoire de frais de justice - Interprète",
    )
    caption(f, s, title, 1.5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Interpreter", "Dolmetscher/in", "Interprète"), interpreter),
            (tr(lg, "Language", "Sprache", "Langue"), language),
            (tr(lg, "Date of hearing", "Termin am", "Date de l'audience"), day(h, d)),
            (
                tr(lg, "Court / room", "Saal", "Salle"),
                rng.choice(
                    {
                        "en": ["Court 4", "Court 11", "Court 2"],
                        "de": ["Saal 112", "Saal E 08", "Sitzungssaal 7"],
                        "fr": ["Salle 3", "Salle des audiences 1", "Chambre 6"],
                    }[lg]
                ),
            ),
            (tr(lg, "Booked by", "Geladen durch", "Requis par"), staff(court, "clerk")),
            (
                tr(lg, "Defendant / party", "Angeklagte/r", "Prévenu"),
                rng.choice(ORIG_NAMES["pl"] + ORIG_NAMES["it"] + ORIG_NAMES["es"]),
            ),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.4,
    )
    cols = columns(m, w - m, [(4, "left"), (1.2, "right"), (1.2, "right"), (1.4, "right")])
    rate = COURT_RATE[lg]
    rows = [
        [
            tr(
                lg,
                f"Attendance {start}:00 - {start + int(hours)}:{'30' if hours % 1 else '00'}",
                f"Heranziehung {start}:00 - {start + int(hours)}:{'30' if hours % 1 else '00'} "
                "Uhr (§ 9 Abs. 5 JVEG)",
                f"Vacation {start}h00 - {start + int(hours)}h{'30' if hours % 1 else '00'}",
            ),
            f"{hours:g}",
            money(rate, lg),
            money(hours * rate, lg),
        ],
        [
            tr(lg, "Travel time", "Reisezeit (§ 8 Abs. 2 JVEG)", "Temps de déplacement"),
            f"{travel_h:g}",
            money(rate, lg),
            money(travel_h * rate, lg),
        ],
        [
            tr(
                lg,
                f"Mileage ({km} x 2 {'miles' if lg == 'en' else 'km'})",
                f"Fahrtkosten {km} km x 2 (§ 5 JVEG)",
                f"Indemnités kilométriques {km} km x 2",
            ),
            str(2 * km),
            money(KM_RATE[lg], lg),
            money(2 * km * KM_RATE[lg], lg),
        ],
    ]
    total = hours * rate + travel_h * rate + 2 * km * KM_RATE[lg]
    if parking:
        rows.append(
            [
                tr(
                    lg,
                    "Parking (receipt enclosed)",
                    "Parkgebühren (Beleg anbei)",
                    "Stationnement (justificatif joint)",
                ),
                "1",
                money(parking, lg),
                money(parking, lg),
            ]
        )
        total += parking
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Poste"),
            tr(lg, "Hours/qty", "Std./Menge", "Qté"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    gross = totals(
        f, s, lg, round(total, 2), vat_rate(lg) if lg != "en" or rng.random() < 0.5 else 0.0
    )
    write(
        f,
        s,
        tr(
            lg,
            "I certify that the above claim is correct and that I have not claimed these fees "
            "elsewhere.",
            "Ich versichere die Richtigkeit der Angaben. Die Vergütung bitte ich auf das unten "
            "angegebene Konto zu überweisen.",
            "Certifié sincère et véritable. Je sollicite le paiement de la somme ci-dessus.",
        ),
        s.size - 1,
    )
    f.need(60)
    f.y += 20
    scrawl(f.page, m, f.y, interpreter)
    f.page.text(m, f.y + 12, f"{interpreter}, {day(h, d)}", s.font, s.size - 1)
    if lg == "en":
        f.y += 34
        f.y = band(f.page, s, f.y, "FOR COURT USE - certification of attendance") + 4
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Arrived", f"{start - 1}:45"),
                ("Released", f"{start + int(hours)}:{'30' if hours % 1 else '00'}"),
                ("Court officer (print)", staff(court, "usher")),
                ("Signature", ""),
            ],
            per=4,
            tall=26,
        )
        scrawl(f.page, m + 3 * (w - 2 * m) / 4 + 6, f.y - 14, staff(court, "usher"), 11)
    pages = close(f.pages, s, h)
    if lg != "en" and rng.random() < 0.45:
        s2 = style_of(court, A5)
        c = Page(A5)
        y = heading(c, s2, court)
        c.text(
            s2.margin,
            y,
            tr(lg, "", "Anwesenheitsbescheinigung", "Attestation de présence"),
            s2.bold,
            11,
        )
        y += 20
        text = tr(
            lg,
            "",
            f"Es wird bescheinigt, dass {interpreter} in der Sache {case} am {short(d, lg)} "
            f"von {start - 1}:45 Uhr bis {start + int(hours)}:{'30' if hours % 1 else '00'} "
            f"Uhr als Dolmetscher/in für die {language}e Sprache anwesend war.",
            f"Il est attesté que {interpreter}, interprète en langue {language}, était "
            f"présent(e) à l'audience du {short(d, lg)} de {start - 1}h45 à "
            f"{start + int(hours)}h{'30' if hours % 1 else '00'} (procédure {case}).",
        )
        for ln in wrap(text, s2.font, s2.size, A5[0] - 2 * s2.margin):
            c.text(s2.margin, y, ln, s2.font, s2.size)
            y += s2.size * 1.45
        seal(
            c,
            s2.margin + 50,
            y + 50,
            34,
            court.name.upper()[:28],
            tr(lg, "", "GESCHÄFTSSTELLE", "GREFFE"),
        )
        scrawl(c, A5[0] / 2, y + 55, staff(court, "clerk"))
        c.text(
            A5[0] / 2,
            y + 68,
            tr(lg, "", "Urkundsbeamter/in der Geschäftsstelle", "Le greffier"),
            s2.font,
            7,
        )
        pages.append(c)
    if parking and rng.random() < 0.5:
        pages.append(parking_slip(rng, lg, d, parking))
    remember(None, d, (case, gross, interpreter))
    return pages


def parking_slip(rng: random.Random, lg: str, d: date, amount: float) -> Page:
    """A car park's till receipt on a narrow slip."""
    size = (rng.uniform(56, 62) * MM, rng.uniform(95, 130) * MM)
    p = Page(size)
    w = size[0]
    x = w / 2
    y = 26.0
    name = rng.choice(
        {
            "en": ["NCP Car Park", "Q-Park Leeds Trinity"],
            "de": ["APCOA Parking", "Parkhaus am Justizzentrum"],
            "fr": ["Indigo Parking", "Effia Stationnement"],
        }[lg]
    )
    p.text(x, y, fit(name, "Courier-Bold", 8.5, w - 12), "Courier-Bold", 8.5, "center")
    y += 12
    for t in [
        tr(lg, "PARKING RECEIPT", "QUITTUNG", "REÇU"),
        "-" * 24,
        f"{short(d, lg)}  {rng.randint(8, 11)}:{rng.randint(10, 59)}",
        f"{tr(lg, 'Exit', 'Ausfahrt', 'Sortie')} {rng.randint(13, 17)}:{rng.randint(10, 59)}",
        f"{tr(lg, 'Ticket', 'Ticket', 'Ticket')} {serial(rng, '999999')}",
        "-" * 24,
        f"{tr(lg, 'TOTAL', 'BETRAG', 'TOTAL')}  {cash(amount, lg)}",
        tr(lg, "incl. VAT 20%", "inkl. 19% MwSt", "dont TVA 20%"),
        "",
        tr(lg, "Thank you", "Gute Fahrt", "Merci de votre visite"),
    ]:
        p.text(x, y, fit(t, "Courier", 7.5, w - 10), "Courier", 7.5, "center")
        y += 10
    return p


def tpl_court_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """The court's answer to a fee claim: a fee assessment and payment order (Festsetzung,
    ordonnance de taxe) or a remittance advice, on A4 or A5."""
    court = head_of(who, "court")
    lg = court.lang
    d = last_day(rng, ("fee_claim",), (10, 40))
    ex = LAST["extra"]
    agency = agency_head()
    if after(("fee_claim",)) and isinstance(ex, tuple):
        case, claimed, interpreter = ex
    else:
        case = serial(rng, {"en": "T2025999", "de": "999 Ds 99/25", "fr": "Parquet 99999.999"}[lg])
        claimed = round(rng.uniform(180, 900), 2)
        interpreter = owner(agency)
    allowed = (
        claimed if rng.random() < 0.7 else round(claimed - rng.choice([12.6, 25.2, 42.5, 17.0]), 2)
    )
    s = style_of(court, A5 if rng.random() < 0.35 else A4)
    f = sheets(s, court)
    recipient(
        f,
        s,
        court,
        [interpreter, agency.name, agency.street, agency.town],
        d,
        [
            (tr(lg, "Case", "Aktenzeichen", "Procédure"), case),
            (tr(lg, "Payment ref", "Kassenzeichen", "N° de paiement"), serial(rng, "9999999999")),
        ],
    )
    title = tr(
        lg,
        "Remittance advice - interpreter fees",
        "Festsetzung und Auszahlungsanordnung",
        "Ordonnance de taxe",
    )
    caption(f, s, title, 2)
    if lg == "en":
        cols = columns(s.margin, f.size[0] - s.margin, [(2, "left"), (3, "left"), (1.5, "right")])
        table(
            f,
            cols,
            ["Date", "Description", "Amount"],
            [
                [
                    short(d - timedelta(days=rng.randint(14, 40)), lg),
                    f"Interpreter attendance {case}",
                    money(allowed, lg),
                ]
            ],
            s,
            rules=True,
        )
        write(
            f, s, f"Total paid by BACS: {cash(allowed, lg)}. " + words(rng, lg, "money"), s.size - 1
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "",
                f"In der Sache {case} wird die Vergütung für die Tätigkeit als Dolmetscher/in "
                f"gemäß §§ 4, 8, 9 JVEG auf {money(allowed, lg)} EUR festgesetzt. Der Betrag "
                "wird auf das angegebene Konto angewiesen.",
                f"Nous, magistrat, taxons à la somme de {money(allowed, lg)} EUR les frais et "
                f"honoraires de l'interprète {interpreter} dans la procédure {case}.",
            ),
        )
        if allowed != claimed:
            write(
                f,
                s,
                tr(
                    lg,
                    "",
                    f"Beantragt waren {money(claimed, lg)} EUR. Die Reisezeit war nur "
                    "teilweise zu erstatten. " + words(rng, lg, "legal"),
                    f"Le mémoire s'élevait à {money(claimed, lg)} EUR ; le temps de "
                    "déplacement a été réduit. " + words(rng, lg, "legal"),
                ),
                s.size - 1,
            )
        write(
            f,
            s,
            tr(
                lg,
                "",
                "Gegen diese Festsetzung ist die Beschwerde nach § 4 Abs. 3 JVEG zulässig.",
                "La présente ordonnance peut faire l'objet d'un recours dans le délai d'un mois.",
            ),
            s.size - 1.5,
        )
    f.need(70)
    f.y += 14
    scrawl(f.page, s.margin + 120, f.y + 24, staff(court, "judge"))
    seal(
        f.page,
        s.margin + 40,
        f.y + 24,
        30,
        court.name.upper()[:26],
        tr(lg, "HMCTS", "DIENSTSIEGEL", "GREFFE"),
    )
    f.page.text(
        s.margin + 120,
        f.y + 38,
        tr(lg, "Finance Officer", "Kostenbeamter", "Le président"),
        s.font,
        7.5,
    )
    pages = close(f.pages, s, court, numbers="none")
    received(rng, pages[0], home(), d, 0.5)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates VV: agreements, clients' guides and quality
# ---------------------------------------------------------------------------------------------

NDA_CLAUSES = {
    "en": [
        "Definitions",
        "Confidential Information",
        "Obligations of the Linguist",
        "Exceptions",
        "Data protection (UK GDPR)",
        "Use of machine translation and online tools",
        "Return and deletion of materials",
        "Subcontracting",
        "Duration",
        "Remedies",
        "Governing law and jurisdiction",
    ],
    "de": [
        "Gegenstand",
        "Vertrauliche Informationen",
        "Pflichten der Auftragnehmerin / des Auftragnehmers",
        "Ausnahmen",
        "Datenschutz (Art. 28 DSGVO)",
        "Maschinelle Übersetzung und Online-Dienste",
        "Rückgabe und Löschung",
        "Unterauftragsvergabe",
        "Vertragsstrafe",
        "Laufzeit",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Informations confidentielles",
        "Obligations du prestataire",
        "Exceptions",
        "Données personnelles (RGPD)",
        "Traduction automatique et outils en ligne",
        "Restitution et destruction",
        "Sous-traitance",
        "Durée",
        "Sanctions",
        "Droit applicable et juridiction",
    ],
}


def tpl_nda(rng: random.Random, who: Issuer) -> list[Page]:
    """The agency's non-disclosure agreement signed by a freelancer: title, parties with the
    freelancer's details written in, numbered clauses over one or two pages, the signature
    page with place, date and both signatures, initials at the foot of each page."""
    h = agency_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("interpreting_contract",), (0, 3))
    ex = LAST["extra"]
    if after(("interpreting_contract",)) and isinstance(ex, str):
        name, fl = ex, lg
        fl_town = rng.choice(SENDERS["freelancer"][lg])[2]
    else:
        row, fl = free_of(who)
        fh = head_row(row, fl, "freelancer")
        name, fl_town = owner(fh), fh.town
    title = tr(
        lg,
        "Non-Disclosure and Confidentiality Agreement",
        "Vertraulichkeitsvereinbarung",
        "Accord de confidentialité",
    )
    f = sheets(s, h, f"{title} - {name}")
    caption(f, s, title, 4)
    if rng.random() < 0.5:
        f.page.text(
            m,
            f.y - 6,
            tr(
                lg,
                "(freelance linguists)",
                "(freie Übersetzer/innen und Dolmetscher/innen)",
                "(traducteurs et interprètes indépendants)",
            ),
            italic_of(s.font),
            s.size,
        )
        f.y += 10
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town}"
        + tr(lg, ' ("the Agency")', ' - nachfolgend "Agentur" -', " (ci-après « l'Agence »)"),
        indent=20,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    f.y = fields(
        f.page,
        s,
        m + 20,
        f.y,
        w - 2 * m - 20,
        [
            (tr(lg, "Name", "Name", "Nom"), name),
            (tr(lg, "Address", "Anschrift", "Adresse"), fl_town),
            (tr(lg, "Tax / VAT no.", "Steuer-Nr.", "SIRET"), serial(rng, "999 999 9999")),
            (
                tr(lg, "Languages", "Sprachen", "Langues"),
                f"{rng.choice(CODES)} > {rng.choice(CODES[:3])}",
            ),
        ],
        per=2,
        tall=24,
    )
    write(
        f,
        s,
        tr(
            lg,
            '("the Linguist")',
            '- nachfolgend "Auftragnehmer/in" -',
            "(ci-après « le Prestataire »)",
        ),
        indent=20,
    )
    brief = rng.random() < 0.35  # the short form on one page
    for k, t in enumerate(NDA_CLAUSES[lg][: rng.randint(5, 6) if brief else rng.randint(7, 11)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        for j in range(1 if brief else rng.randint(1, 3)):
            text = prose(rng, lg, "legal", 1, 1 if brief else 3)
            write(f, s, f"{k + 1}.{j + 1} " + text, s.size - 0.5, 12)
    f.need(170)
    f.y += 16
    x2 = w / 2 + 10
    f.page.text(
        m,
        f.y,
        tr(lg, "Signed for the Agency", "Für die Agentur", "Pour l'Agence"),
        s.font,
        s.size - 1,
    )
    f.page.text(
        x2,
        f.y,
        tr(lg, "Signed by the Linguist", "Auftragnehmer/in", "Le Prestataire"),
        s.font,
        s.size - 1,
    )
    f.y += 14
    hand(
        f.page,
        m,
        f.y + 10,
        f"{h.town.split()[-1] if lg != 'en' else h.town.split()[0]}, {short(d, lg)}",
    )
    hand(
        f.page,
        x2,
        f.y + 10,
        f"{fl_town.split()[-1] if lg != 'en' else fl_town.split()[0]}, "
        f"{short(d + timedelta(days=rng.randint(0, 6)), lg)}",
    )
    f.y += 46
    scrawl(f.page, m, f.y, owner(h))
    if rng.random() < 0.9:
        scrawl(f.page, x2, f.y, name)
    f.page.line(m, f.y + 4, w / 2 - 20, f.y + 4)
    f.page.line(x2, f.y + 4, w - m, f.y + 4)
    f.page.text(m, f.y + 14, owner(h), s.font, s.size - 1.5)
    f.page.text(x2, f.y + 14, name, s.font, s.size - 1.5)
    f.y += 30
    for p in f.pages[:-1]:
        if rng.random() < 0.7:
            p.text(w - m - 60, hh - 44, tr(lg, "Initials:", "Paraphe:", "Paraphe :"), s.font, 7)
            hand(p, w - m - 20, hh - 44, "".join(t[0] for t in name.split()[:2]), 9)
    remember(None, d)
    return close(f.pages, s, h)


GUIDE_SECTIONS = {
    "en": [
        "Purpose and scope",
        "Audience and tone of voice",
        "Forms of address",
        "Numbers, dates and units",
        "Punctuation and typography",
        "Terminology and glossary",
        "Product names and trademarks",
        "User interface references",
        "Abbreviations",
        "Queries and feedback",
    ],
    "de": [
        "Zweck und Geltungsbereich",
        "Zielgruppe und Tonalität",
        "Anrede (Sie/du)",
        "Zahlen, Datum, Maßeinheiten",
        "Zeichensetzung und Typografie",
        "Terminologie und Glossar",
        "Produktnamen und Marken",
        "Verweise auf die Benutzeroberfläche",
        "Abkürzungen",
        "Rückfragen",
    ],
    "fr": [
        "Objet et champ d'application",
        "Public et ton",
        "Tutoiement / vouvoiement",
        "Nombres, dates et unités",
        "Ponctuation et typographie",
        "Terminologie et glossaire",
        "Noms de produits et marques",
        "Références à l'interface",
        "Abréviations",
        "Questions et retours",
    ],
}
DOMAIN_TERMS = {
    "medical": [
        ("infusion rate", "Infusionsrate", "débit de perfusion"),
        ("occlusion alarm", "Okklusionsalarm", "alarme d'occlusion"),
        ("bolus", "Bolus", "bolus"),
        ("drug library", "Medikamentendatenbank", "bibliothèque de médicaments"),
        ("priming", "Entlüften", "amorçage"),
        ("keep vein open (KVO)", "Offenhalterate (KVO)", "garde-veine (KVO)"),
        ("intended use", "Zweckbestimmung", "destination"),
        ("contraindication", "Kontraindikation", "contre-indication"),
        ("infusion set", "Infusionsbesteck", "tubulure de perfusion"),
        ("adverse event", "unerwünschtes Ereignis", "événement indésirable"),
        ("user", "Anwender", "utilisateur"),
        ("serious incident", "schwerwiegendes Vorkommnis", "incident grave"),
        ("battery pack", "Akkupack", "bloc batterie"),
        ("service interval", "Wartungsintervall", "intervalle d'entretien"),
    ],
    "legal": [
        ("claimant", "Kläger", "demandeur"),
        ("defendant", "Beklagter", "défendeur"),
        ("statement of case", "Klageschrift", "assignation"),
        ("exhibit", "Anlage", "pièce"),
        ("witness statement", "Zeugenaussage", "attestation de témoin"),
        ("due diligence", "Due-Diligence-Prüfung", "audit préalable"),
        ("shareholder", "Gesellschafter", "associé"),
        ("managing director", "Geschäftsführer", "gérant"),
        ("limitation period", "Verjährungsfrist", "délai de prescription"),
        ("injunction", "einstweilige Verfügung", "référé"),
        ("terms and conditions", "AGB", "conditions générales"),
        ("warranty", "Gewährleistung", "garantie"),
        ("power of attorney", "Vollmacht", "procuration"),
    ],
    "engineering": [
        ("pressure relief valve", "Überdruckventil", "soupape de décharge"),
        ("seal kit", "Dichtungssatz", "kit de joints"),
        ("impeller", "Laufrad", "roue"),
        ("duty point", "Betriebspunkt", "point de fonctionnement"),
        ("mechanical seal", "Gleitringdichtung", "garniture mécanique"),
        ("flange", "Flansch", "bride"),
        ("casing", "Gehäuse", "corps de pompe"),
        ("commissioning", "Inbetriebnahme", "mise en service"),
        ("torque", "Anzugsdrehmoment", "couple de serrage"),
        ("spare parts list", "Ersatzteilliste", "liste des pièces de rechange"),
        ("nameplate", "Typenschild", "plaque signalétique"),
        ("warranty", "Gewährleistung", "garantie"),
        ("operator", "Betreiber", "exploitant"),
    ],
    "wine": [
        ("tasting notes", "Verkostungsnotiz", "notes de dégustation"),
        ("cellar door", "Hofladen", "caveau"),
        ("vintage", "Jahrgang", "millésime"),
        ("grape variety", "Rebsorte", "cépage"),
        ("barrel ageing", "Barriqueausbau", "élevage en fût"),
        ("dry", "trocken", "sec"),
        ("off-dry", "halbtrocken", "demi-sec"),
        ("estate-bottled", "Gutsabfüllung", "mis en bouteille au domaine"),
        ("harvest", "Lese", "vendanges"),
        ("vineyard", "Weinberg", "vignoble"),
        ("food pairing", "Speiseempfehlung", "accords mets-vins"),
        ("case of six", "Sechserkarton", "carton de six"),
    ],
    "travel": [
        ("booking reference", "Buchungsnummer", "référence de réservation"),
        ("terms and conditions", "Reisebedingungen", "conditions générales de vente"),
        ("package holiday", "Pauschalreise", "voyage à forfait"),
        ("half board", "Halbpension", "demi-pension"),
        ("single supplement", "Einzelzimmerzuschlag", "supplément chambre individuelle"),
        ("tour guide", "Reiseleitung", "guide accompagnateur"),
        ("departure", "Abreise", "départ"),
        ("cancellation fee", "Stornogebühr", "frais d'annulation"),
        ("travel insurance", "Reiseversicherung", "assurance voyage"),
        ("excursion", "Ausflug", "excursion"),
        ("coach", "Reisebus", "autocar"),
        ("itinerary", "Reiseverlauf", "itinéraire"),
    ],
    "software": [
        ("release notes", "Versionshinweise", "notes de version"),
        ("settings", "Einstellungen", "paramètres"),
        ("sign in", "anmelden", "se connecter"),
        ("dashboard", "Dashboard", "tableau de bord"),
        ("user account", "Benutzerkonto", "compte utilisateur"),
        ("password", "Kennwort", "mot de passe"),
        ("drop-down list", "Dropdown-Liste", "liste déroulante"),
        ("checkbox", "Kontrollkästchen", "case à cocher"),
        ("save", "speichern", "enregistrer"),
        ("error message", "Fehlermeldung", "message d'erreur"),
        ("update", "Aktualisierung", "mise à jour"),
        ("user", "Benutzer", "utilisateur"),
    ],
}
#: The field of each client (by its place in ``SENDERS["client"][lang]``).
CLIENT_FIELDS = ["medical", "legal", "engineering", "wine", "travel"]
TERMS = [t for ts in DOMAIN_TERMS.values() for t in ts]


def field_terms(row: Row, lang: str) -> list[tuple[str, str, str]]:
    """The terminology of the client ``row``'s field (software for some)."""
    k = SENDERS["client"][lang].index(row)
    field = CLIENT_FIELDS[k]
    if field == "engineering" and zlib.crc32(row[0].encode()) % 2:
        return DOMAIN_TERMS["engineering"] + DOMAIN_TERMS["software"][:6]
    return DOMAIN_TERMS[field]


def tpl_style_guide(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's translation style guide: a cover sheet with product, target locale, version
    and the version history table, numbered sections of rules with do/don't examples, now and
    then a glossary extract appended; confidential footer, 'Page i of n'."""
    row, cl = client_of(who)
    h = head_row(row, cl, "client")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "ltr").random() < 0.6 else LETTER)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(0, 300))
    target = rng.choice(
        [c for c in CODES if c != CODES[HOME_IDX[lg]]][:5] + [CODES[HOME_IDX[home()]]] * 3
    )
    title = tr(
        lg,
        f"Translation Style Guide - {target}",
        f"Styleguide für Übersetzungen - {target}",
        f"Guide de style pour la traduction - {target}",
    )
    ver = f"{rng.randint(1, 4)}.{rng.randint(0, 9)}"
    pages: list[Page] = []
    cover = rng.random() < 0.55
    if cover:
        c = Page(s.page_size)
        heading(c, s, h)
        c.rect(m, hh * 0.3, w - 2 * m, 90, fill=0.88)
        c.text(
            m + 16,
            hh * 0.3 + 36,
            fit(title, s.bold, 18, w - 2 * m - 32),
            s.bold,
            shrink(title, s.bold, 18, w - 2 * m - 32),
        )
        c.text(
            m + 16,
            hh * 0.3 + 60,
            fit(SUBJECTS[lg][rng.randrange(10)], s.font, 11, w - 2 * m - 32),
            s.font,
            11,
        )
        y = hh * 0.3 + 130
        c.text(
            m,
            y,
            tr(lg, "Version history", "Versionshistorie", "Historique des versions"),
            s.bold,
            10,
        )
        y += 8
        cols = columns(m, w - m, [(0.8, "left"), (1.4, "left"), (1.8, "left"), (4, "left")])
        fl = Flow(s.page_size, hh - m, lambda p, n: 0.0)
        fl.pages, fl.page, fl.y = [c], c, y + 10
        vers = [f"1.{k}" for k in range(rng.randint(2, 5))] + [ver]
        table(
            fl,
            cols,
            [
                "Version",
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Author", "Autor/in", "Auteur"),
                tr(lg, "Changes", "Änderungen", "Modifications"),
            ],
            [
                [
                    v,
                    short(d - timedelta(days=90 * (len(vers) - k)), lg),
                    staff(h, "loc" + str(k % 2)),
                    words(rng, lg, "trans", 5)[:-1],
                ]
                for k, v in enumerate(vers)
            ],
            s,
            size=8,
            rules=True,
        )
        c.text(
            m,
            hh - m - 30,
            tr(
                lg,
                "CONFIDENTIAL - for use by approved language service providers only",
                "VERTRAULICH - nur zur Verwendung durch beauftragte Sprachdienstleister",
                "CONFIDENTIEL - réservé aux prestataires linguistiques agréés",
            ),
            s.bold,
            7.5,
        )
        pages.append(c)
    f = sheets(s, h, f"{title} - v{ver}", top=not cover)
    if not cover:
        caption(f, s, title, 4)
        f.page.text(m, f.y - 6, f"Version {ver} - {day(h, d)}", s.font, s.size - 1)
        f.y += 10
    for k, t in enumerate(GUIDE_SECTIONS[lg][: rng.randint(4, 8)]):
        f.heading(m, f"{k + 1}  {t}", s.bold, s.size + 1.5)
        write(f, s, prose(rng, lg, "trans", 1, 3))
        if rng.random() < 0.45:
            cols = columns(m + 10, w - m, [(1, "left"), (1, "left")])
            table(
                f,
                cols,
                [tr(lg, "Do", "Richtig", "À faire"), tr(lg, "Don't", "Falsch", "À éviter")],
                [
                    [words(rng, lg, "trans", 4), words(rng, lg, "trans", 4)]
                    for _ in range(rng.randint(2, 4))
                ],
                s,
                size=8,
                shade=0.9,
                rules=True,
            )
            f.y += 4
        elif rng.random() < 0.4:
            for _ in range(rng.randint(2, 4)):
                f.para(
                    m + 14,
                    w - 2 * m - 14,
                    "- " + words(rng, lg, "trans", rng.randint(6, 11)),
                    s.font,
                    s.size - 0.5,
                    0.3,
                )
            f.y += 4
    if rng.random() < 0.25:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Appendix - Glossary extract",
                "Anhang - Glossarauszug",
                "Annexe - Extrait du glossaire",
            ),
            2,
        )
        src_i = HOME_IDX[lg]
        cols = columns(m, w - m, [(2, "left"), (2, "left"), (2.5, "left")])
        ft = field_terms(row, cl)
        tt = rng.sample(ft, min(len(ft), rng.randint(8, 20)))
        table(
            f,
            cols,
            [CODES[src_i], target, tr(lg, "Note", "Hinweis", "Remarque")],
            [
                [
                    t[src_i] if src_i < 3 else t[0],
                    t[1] if target.startswith("de") else t[2] if target.startswith("fr") else t[0],
                    rng.choice(
                        [
                            "",
                            "",
                            tr(lg, "approved", "freigegeben", "validé"),
                            tr(lg, "do not use: ", "nicht: ", "éviter : ")
                            + rng.choice(ft)[min(HOME_IDX[lg], 2)],
                        ]
                    ),
                ]
                for t in tt
            ],
            s,
            size=8,
            rules=True,
        )
    pages += f.pages
    numbers = (
        "Page {i} of {n}" if lg == "en" else "Seite {i} von {n}" if lg == "de" else "Page {i}/{n}"
    )
    foot = [
        tr(
            lg,
            f"{h.name} - internal - v{ver}",
            f"{h.name} - intern - v{ver}",
            f"{h.name} - usage interne - v{ver}",
        )
    ]
    for p in pages[1 if cover else 0 :]:
        p.text(m, hh - 24, fit(foot[0], s.font, 7, w / 2), s.font, 7)
    number_pages(pages, s, numbers, "br", skip=1 if cover else 0, bottom=24)
    received(rng, pages[0], home(), d + timedelta(days=rng.randint(100, 300)), 0.2)
    remember(None, d, (row, cl))
    return pages


def tpl_glossary(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's terminology list on landscape pages: ID, source term, target term, part of
    speech, definition or context, status and date; now and then a covering note on the
    client's letterhead before it."""
    ex = LAST["extra"]
    if after(("style_guide",)) and isinstance(ex, tuple):
        row, cl = ex
    else:
        row, cl = client_of(who)
    h = head_row(row, cl, "client")
    lg = h.lang
    d = last_day(rng, ("style_guide",), (0, 0))
    pages: list[Page] = []
    if rng.random() < 0.25:
        s0 = style_of(h, A4)
        f0 = sheets(s0, h)
        recipient(
            f0,
            s0,
            h,
            agency_lines(tr(lg, "Project management", "Projektmanagement", "Service projets")),
            d,
            [],
        )
        caption(
            f0,
            s0,
            tr(
                lg,
                "Terminology for your translations",
                "Terminologie für Ihre Übersetzungen",
                "Terminologie pour vos traductions",
            ),
            1,
        )
        f0.page.text(s0.margin, f0.y, dear(lg, None), s0.font, s0.size)
        f0.y += s0.size * 2
        write(
            f0,
            s0,
            tr(
                lg,
                "Please find attached our current glossary. Approved terms are binding; terms "
                "marked 'forbidden' must not be used. ",
                "anbei erhalten Sie unser aktuelles Glossar. Freigegebene Benennungen sind "
                "verbindlich, als 'verboten' markierte Benennungen sind zu vermeiden. ",
                "Veuillez trouver ci-joint notre glossaire à jour. Les termes validés sont "
                "obligatoires. ",
            )
            + prose(rng, lg, "trans", 1, 2),
        )
        regards(
            f0,
            s0,
            lg,
            staff(h, "loc0"),
            tr(lg, "Localisation", "Technische Redaktion", "Localisation"),
        )
        pages += close(f0.pages, s0, h, numbers="none")
    size = landscape(A4) if rng.random() < 0.75 else A4
    s = style_of(h, size, margin=40)
    w, hh = size
    m = s.margin
    src_i = HOME_IDX[lg]
    tgt_i = rng.choice([k for k in range(3) if k != src_i])
    title = tr(lg, "Glossary", "Glossar", "Glossaire") + f" {CODES[src_i]} - {CODES[tgt_i]}"

    def start(p: Page, n: int) -> float:
        p.text(m, 30, fit(f"{h.name}  |  {title}", s.bold, 9, w * 0.6), s.bold, 9)
        p.text(
            w - m,
            30,
            f"{tr(lg, 'Exported', 'Export', 'Exporté le')} {short(d, lg)}",
            s.font,
            7.5,
            "right",
        )
        p.line(m, 36, w - m, 36)
        return 54.0

    f = Sheets(size, hh - 40, start)
    cols = columns(
        m,
        w - m,
        [
            (0.6, "left"),
            (2, "left"),
            (2, "left"),
            (0.7, "left"),
            (4, "left"),
            (1, "left"),
            (0.9, "left"),
        ],
    )
    ft = field_terms(row, cl)
    terms = rng.sample(ft, min(len(ft), rng.randint(9, 16)))
    if rng.random() < 0.3:
        terms += rng.sample(DOMAIN_TERMS["software"], rng.randint(4, 12))
    rows = []
    for k, t in enumerate(terms):
        rows.append(
            [
                str(100 + k * rng.randint(1, 3)),
                t[src_i],
                t[tgt_i],
                rng.choice(["n", "n", "v", "adj"]),
                words(rng, lg, "trans", rng.randint(5, 10)),
                rng.choice(
                    [tr(lg, "approved", "freigegeben", "validé")] * 4
                    + [
                        tr(lg, "forbidden", "verboten", "interdit"),
                        tr(lg, "proposed", "Vorschlag", "proposé"),
                    ]
                ),
                short(d - timedelta(days=rng.randint(0, 700)), lg),
            ]
        )
    table(
        f,
        cols,
        [
            "ID",
            CODES[src_i],
            CODES[tgt_i],
            tr(lg, "PoS", "Wortart", "Cat."),
            tr(lg, "Definition / context", "Definition / Kontext", "Définition / contexte"),
            "Status",
            tr(lg, "Date", "Datum", "Date"),
        ],
        rows,
        s,
        size=7.5,
        shade=0.85,
        rules=True,
        step=1.9,
    )
    number_pages(f.pages, s, "{i}/{n}" if lg != "de" else "Seite {i}/{n}", "br", bottom=22)
    pages += f.pages
    remember(None, d)
    return pages


CATEGORIES = {
    "en": [
        "Accuracy",
        "Terminology",
        "Fluency",
        "Style",
        "Locale convention",
        "Omission",
        "Consistency",
    ],
    "de": [
        "Sinn/Inhalt",
        "Terminologie",
        "Grammatik",
        "Stil",
        "Lokale Konventionen",
        "Auslassung",
        "Konsistenz",
    ],
    "fr": [
        "Exactitude",
        "Terminologie",
        "Grammaire",
        "Style",
        "Conventions locales",
        "Omission",
        "Cohérence",
    ],
}
SEVER = {
    "en": ["Minor", "Major", "Critical"],
    "de": ["leicht", "schwer", "kritisch"],
    "fr": ["mineure", "majeure", "critique"],
}


def tpl_proofreading_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A reviser's proofreading / LQA report: job fields, the sample and score summary with
    pass or fail, comments, then the error table (segment, category, severity, source,
    translation, correction) over one or more pages, landscape now and then."""
    row, fl = free_of(who)
    h = head_row(row, fl, "freelancer")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    job = job_for(rng, ("vendor_po", "freelancer_invoice"))
    d = last_day(rng, ("vendor_po", "freelancer_invoice"), (1, 6))
    title = tr(
        lg,
        "Proofreading Report / LQA",
        "Korrektoratsbericht / Qualitätsbewertung",
        "Rapport de relecture / évaluation qualité",
    )
    f = sheets(s, h, f"{title} - {job.ref}")
    caption(f, s, title, 3)
    sample = min(job.words, rng.choice([1000, 1500, 2000, job.words]))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Project", "Projekt", "Projet"), job.ref),
            (
                tr(lg, "Language pair", "Sprachpaar", "Combinaison"),
                f"{CODES[job.src]} > {CODES[job.tgt]}",
            ),
            (tr(lg, "Reviser", "Prüfer/in", "Relecteur"), owner(h)),
            (
                tr(lg, "Translator", "Übersetzer/in", "Traducteur"),
                tr(lg, "ID ", "Kennung ", "ID ") + serial(rng, "T999"),
            ),
            (tr(lg, "Words reviewed", "Geprüfte Wörter", "Mots relus"), str(sample)),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    n_err = rng.choice([3, 5, 8, 12, 18, 26])
    errs = []
    pts = 0
    for _ in range(n_err):
        sev = rng.choices([0, 1, 2], [6, 3, 1])[0]
        pts += [1, 5, 10][sev]
        errs.append((rng.randint(1, 400), rng.randrange(7), sev))
    errs.sort()
    score = max(0.0, 100 - pts * 1000 / sample / 10)
    threshold = rng.choice([98.0, 97.0, 95.0])
    ok = score >= threshold
    cols = columns(m, w - m, [(3, "left"), (1, "right"), (1, "right"), (1, "right")])
    table(
        f,
        cols,
        [tr(lg, "Category", "Kategorie", "Catégorie"), SEVER[lg][0], SEVER[lg][1], SEVER[lg][2]],
        [
            [
                c,
                str(sum(1 for e in errs if e[1] == k and e[2] == 0)),
                str(sum(1 for e in errs if e[1] == k and e[2] == 1)),
                str(sum(1 for e in errs if e[1] == k and e[2] == 2)),
            ]
            for k, c in enumerate(CATEGORIES[lg])
        ],
        s,
        size=8,
        rules=True,
        shade=0.9,
    )
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Penalty points", "Fehlerpunkte", "Points de pénalité"), str(pts)),
            (tr(lg, "Quality score", "Qualitätswert", "Note qualité"), f"{score:.1f}"),
            (tr(lg, "Pass mark", "Schwelle", "Seuil"), f"{threshold:.1f}"),
        ],
        w / 2,
    )
    f.page.rect(w / 2 + 30, f.y - 46, 120, 30)
    f.page.text(
        w / 2 + 90,
        f.y - 26,
        (
            tr(lg, "PASS", "BESTANDEN", "CONFORME")
            if ok
            else tr(lg, "FAIL", "NICHT BESTANDEN", "NON CONFORME")
        ),
        s.bold,
        12 if lg != "de" else 9,
        "center",
    )
    f.heading(m, tr(lg, "Comments", "Anmerkungen", "Commentaires"), s.bold, s.size)
    write(f, s, prose(rng, lg, "quality", 2, 4))
    inline = n_err <= 12 and rng.random() < 0.7
    land = not inline and rng.random() < 0.35
    s2 = s if inline else style_of(h, landscape(A4) if land else A4)
    g = (
        f
        if inline
        else sheets(
            s2,
            h,
            f"{title} - {job.ref} - {tr(lg, 'error log', 'Fehlerliste', 'liste des erreurs')}",
            top=False,
        )
    )
    caption(g, s2, tr(lg, "Error log", "Fehlerliste", "Relevé des erreurs"), 1.5)
    c2 = columns(
        s2.margin,
        g.size[0] - s2.margin,
        [(0.6, "left"), (1.4, "left"), (0.9, "left"), (3, "left"), (3, "left"), (3, "left")],
    )
    rows = [
        [
            str(sg),
            CATEGORIES[lg][c],
            SEVER[lg][sv],
            words(rng, "en" if job.src == 0 else lg, "trans", rng.randint(4, 9)),
            words(rng, lg, "trans", rng.randint(4, 9)),
            words(rng, lg, "quality", rng.randint(3, 7)),
        ]
        for sg, c, sv in errs
    ]
    table(
        g,
        c2,
        [
            "Seg.",
            tr(lg, "Category", "Kategorie", "Catégorie"),
            tr(lg, "Severity", "Gewicht", "Gravité"),
            tr(lg, "Source", "Ausgangstext", "Source"),
            tr(lg, "Translation", "Übersetzung", "Traduction"),
            tr(lg, "Correction", "Korrektur", "Correction"),
        ],
        rows,
        s2,
        size=7,
        rules=True,
        step=2.0,
    )
    pages = f.pages if inline else f.pages + g.pages
    number_pages(
        pages,
        s,
        rng.choice(
            [
                "{i}/{n}",
                "none",
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
            ]
        ),
        "br",
        bottom=22,
    )
    remember(job, d)
    return pages


def domain_of(h: Head) -> str:
    host = "".join(c for c in h.name.split()[0].lower() if c.isalpha() and c.isascii())
    return f"{host or 'mail'}.{ {'en': 'co.uk', 'de': 'de', 'fr': 'fr'}[h.lang] }"


def address_of(name: str, h: Head) -> str:
    """A person's e-mail address at the sender ``h``."""
    first, last = name.split()[0], name.split()[-1]
    plain = "".join(
        c for c in f"{first}.{last}".lower() if c.isascii() and (c.isalpha() or c == ".")
    )
    return f"{plain}@{domain_of(h)}"


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's complaint about a translation (errors, terminology ignored, late delivery):
    a letter or a printed e-mail, now and then with a marked-up page of the delivered
    translation enclosed, corrections written on it by hand."""
    row, cl = client_of(who)
    h = head_row(row, cl, "client")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    job = a_job(rng, (row, cl))
    d = some_day(rng)
    writer = staff(h, "contact")
    agency = agency_head()
    mail = rng.random() < 0.4
    if mail:
        f = sheets(s, h, "", top=False)
        f.y = m
        f.page.text(
            m,
            f.y,
            fit(
                f"{writer} <{address_of(writer, h)}>",
                s.bold,
                9,
                w - 2 * m,
            ),
            s.bold,
            9,
        )
        f.y += 14
        for lab, val in [
            (tr(lg, "From", "Von", "De"), writer),
            (
                tr(lg, "Sent", "Gesendet", "Envoyé"),
                f"{day(h, d)} {rng.randint(8, 18)}:{rng.randint(10, 59)}",
            ),
            (tr(lg, "To", "An", "À"), agency.mail or agency.name),
            (
                tr(lg, "Subject", "Betreff", "Objet"),
                tr(
                    lg,
                    f"Complaint - job {job.ref}",
                    f"Reklamation Auftrag {job.ref}",
                    f"Réclamation - dossier {job.ref}",
                ),
            ),
        ]:
            f.page.text(m, f.y, f"{lab}:", s.bold, 8.5)
            f.page.text(m + 70, f.y, fit(val, s.font, 8.5, w - 2 * m - 70), s.font, 8.5)
            f.y += 12
        f.page.line(m, f.y, w - m, f.y)
        f.y += 18
    else:
        f = sheets(s, h, f"{h.name} - {job.ref}")
        recipient(
            f,
            s,
            h,
            agency_lines(),
            d,
            [
                (tr(lg, "Your ref", "Ihr Zeichen", "V/Réf."), job.ref),
                (tr(lg, "PO", "Bestellung", "Commande"), job.po),
            ],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Complaint - translation {SUBJECTS[lg][job.subject]}",
                f"Reklamation - Übersetzung {SUBJECTS[lg][job.subject]}",
                f"Réclamation - traduction {SUBJECTS[lg][job.subject]}",
            ),
            0.5,
        )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    reason = rng.randrange(3)
    write(
        f,
        s,
        [
            tr(
                lg,
                "We have had the translation you delivered checked by our subsidiary and "
                "regret to say that it contains a number of errors, some of them serious.",
                "leider müssen wir die von Ihnen gelieferte Übersetzung beanstanden. Unsere "
                "Niederlassung hat zahlreiche, teils sinnentstellende Fehler festgestellt.",
                "Nous avons fait relire la traduction livrée par notre filiale et constatons "
                "de nombreuses erreurs, dont certaines graves.",
            ),
            tr(
                lg,
                "Our glossary, which we sent with the order, has not been followed; the "
                "approved product terms have been replaced throughout.",
                "Unser mit dem Auftrag übersandtes Glossar wurde nicht beachtet; die "
                "freigegebenen Produktbezeichnungen wurden durchgehend ersetzt.",
                "Notre glossaire, transmis avec la commande, n'a pas été respecté.",
            ),
            tr(
                lg,
                "The translation was delivered four days after the agreed date, which delayed "
                "our print run.",
                "Die Übersetzung wurde vier Tage nach dem vereinbarten Termin geliefert; "
                "dadurch hat sich unser Drucktermin verschoben.",
                "La traduction a été livrée avec quatre jours de retard, ce qui a retardé "
                "notre impression.",
            ),
        ][reason],
    )
    write(f, s, prose(rng, lg, "quality", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "We expect a corrected version by the end of the week and a credit on your invoice.",
            "Wir erwarten eine korrigierte Fassung bis Ende der Woche sowie eine Gutschrift.",
            "Nous attendons une version corrigée d'ici la fin de la semaine ainsi qu'un avoir.",
        ),
    )
    regards(
        f,
        s,
        lg,
        writer,
        tr(
            lg, "Marketing Manager", "Leitung Technische Dokumentation", "Responsable communication"
        ),
    )
    pages = f.pages if mail else close(f.pages, s, h)
    if mail:
        for k, p in enumerate(pages):
            p.text(w - m, hh - 24, f"{k + 1}/{len(pages)}", s.font, 7, "right")
            p.text(
                m,
                hh - 24,
                fit(
                    f"https://mail.{domain_of(h)}/owa/?ItemID={serial(rng, 'AAA9AA99A9A')}",
                    s.font,
                    6.5,
                    w / 2,
                ),
                s.font,
                6.5,
            )
    if rng.random() < 0.4:
        ex = Page(A4)
        copier_edge(ex, rng)
        ex.text(
            60,
            60,
            fit(
                f"{SUBJECTS[home() if job.tgt > 2 else ['en', 'de', 'fr'][job.tgt]][job.subject]}",
                "Helvetica-Bold",
                12,
                A4[0] - 120,
            ),
            "Helvetica-Bold",
            12,
        )
        y = 90.0
        tl = ["en", "de", "fr"][job.tgt] if job.tgt < 3 else lg
        for _ in range(rng.randint(18, 30)):
            t = words(rng, tl, "trans", rng.randint(10, 14))
            ex.text(60, y, fit(t, "Times-Roman", 10, A4[0] - 130), "Times-Roman", 10)
            if rng.random() < 0.25:
                a = rng.uniform(60, 300)
                ex.line(a, y - 3, a + rng.uniform(30, 90), y - 3)
                hand(ex, a, y - 11, rng.choice(TERMS)[min(job.tgt, 2)], 8.5)
            if rng.random() < 0.15:
                hand(ex, A4[0] - 62, y, "!" if rng.random() < 0.5 else "?", 12)
            y += 22
        ex.text(A4[0] - 60, A4[1] - 40, f"{rng.randint(2, 40)}", "Times-Roman", 9, "right")
        pages.append(ex)
    received(rng, pages[0], home(), d, 0.4)
    remember(job, d, (row, cl, writer, reason))
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The agency's reply to a complaint: apology, findings of the internal review, the
    corrective action and a credit offered; one or two pages."""
    h = agency_head()
    lg = h.lang
    s = style_of(h, A4)
    ex = LAST["extra"]
    if after(("complaint",)) and isinstance(ex, tuple) and isinstance(LAST["job"], Job):
        job = LAST["job"]
        row, cl, writer, reason = ex
    else:
        row, cl = client_of(who)
        job = a_job(rng, (row, cl))
        writer, reason = staff(head_row(row, cl, "client"), "contact"), rng.randrange(3)
    ch = head_row(row, cl, "client")
    d = last_day(rng, ("complaint",), (1, 8))
    f = sheets(s, h, f"{ch.name} - {job.ref}")
    recipient(
        f,
        s,
        h,
        [ch.name, writer, ch.street, ch.town],
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), job.ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Your complaint of {short(d - timedelta(days=3), lg)}",
            f"Ihre Reklamation vom {short(d - timedelta(days=3), lg)}",
            f"Votre réclamation du {short(d - timedelta(days=3), lg)}",
        ),
        0.5,
    )
    f.page.text(s.margin, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your message, and please accept our apologies. We take every "
            "complaint seriously and have reviewed the job in line with our ISO 17100 procedures.",
            "vielen Dank für Ihre Nachricht. Wir bedauern die Unannehmlichkeiten sehr und "
            "haben den Auftrag gemäß unserem Qualitätsmanagement (ISO 17100) geprüft.",
            "Nous vous remercions de votre message et vous prions d'accepter nos excuses. Nous "
            "avons analysé le dossier conformément à nos procédures qualité (ISO 17100).",
        ),
    )
    write(
        f,
        s,
        [
            tr(
                lg,
                "Our reviser has checked the passages you marked; most of the points are "
                "justified.",
                "Unser Revisor hat die markierten Stellen geprüft; die meisten Punkte sind "
                "berechtigt.",
                "Notre réviseur a vérifié les passages signalés ; la plupart des remarques "
                "sont fondées.",
            ),
            tr(
                lg,
                "The glossary had not been loaded into the project; the terms have been corrected.",
                "Das Glossar war nicht im Projekt hinterlegt; die Benennungen wurden korrigiert.",
                "Le glossaire n'avait pas été intégré au projet ; les termes ont été corrigés.",
            ),
            tr(
                lg,
                "The delay was caused by a scheduling error on our side, not by the translator.",
                "Die Verzögerung beruhte auf einem Planungsfehler in unserem Projektmanagement.",
                "Le retard est dû à une erreur de planification de notre part.",
            ),
        ][reason]
        + " "
        + prose(rng, lg, "quality", 1, 3),
    )
    if rng.random() < 0.5:
        cols = columns(
            s.margin + 10, f.size[0] - s.margin, [(3, "left"), (1.3, "right"), (3, "left")]
        )
        table(
            f,
            cols,
            [
                tr(lg, "Point raised", "Beanstandung", "Point soulevé"),
                tr(lg, "Justified", "berechtigt", "Fondé"),
                tr(lg, "Action", "Maßnahme", "Action"),
            ],
            [
                [
                    words(rng, lg, "quality", 4)[:-1],
                    rng.choice([*yes_no(lg), tr(lg, "partly", "teilweise", "en partie")]),
                    words(rng, lg, "trans", 4)[:-1],
                ]
                for _ in range(rng.randint(2, 5))
            ],
            s,
            size=8,
            rules=True,
        )
    credit = rng.choice([10, 15, 20, 25])
    write(
        f,
        s,
        tr(
            lg,
            f"The corrected files were sent to you on {short(d, lg)}. As a gesture of goodwill "
            f"we will credit {credit}% of the invoice amount.",
            f"Die korrigierten Dateien haben wir Ihnen am {short(d, lg)} übermittelt. Aus "
            f"Kulanz schreiben wir Ihnen {credit} % des Rechnungsbetrags gut.",
            f"Les fichiers corrigés vous ont été transmis le {short(d, lg)}. À titre "
            f"commercial, nous vous accordons un avoir de {credit} %.",
        ),
    )
    regards(f, s, lg, owner(h), tr(lg, "Managing Director", "Geschäftsführung", "Gérante"))
    remember(job, d)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates VV: the office's own bills, memberships, reminders and bank
# ---------------------------------------------------------------------------------------------

PRODUCTS = {
    "Phrasewise Software Ltd": [
        "Phrasewise Studio Professional - annual subscription",
        "Phrasewise TeamServer - named user",
        "Phrasewise MT connector add-on",
    ],
    "TermLoom Ltd": [
        "TermLoom Cloud Business (5 users)",
        "TermLoom QA Checker licence",
        "Priority support plan",
    ],
    "Satzbau Software GmbH": [
        "Satzbau TM 12 Professional - Jahreslizenz",
        "Satzbau Server - Concurrent User",
        "Wartungsvertrag Premium",
    ],
    "Terminus Sprachtechnologie AG": [
        "Terminus Termbank Enterprise - Abo",
        "Terminus Lookup - Benutzer",
        "Schulung Online (halber Tag)",
    ],
    "Lexalis Logiciels SAS": [
        "Lexalis Pro - abonnement annuel",
        "Lexalis Serveur - utilisateur nommé",
        "Module d'alignement",
    ],
    "Memotrad SA": [
        "Memotrad Cloud Équipe - licence annuelle",
        "Memotrad TA neuronale - forfait 5 M caractères",
        "Support étendu",
    ],
}


def tpl_software_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A translation software vendor's invoice for licences and subscriptions (seats,
    period, unit price), the payment link or bank details, now and then a licence
    certificate page with the licence keys behind it."""
    h = head_of(who, "software", abroad=0.35)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "l").random() < 0.4 else A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    agency = agency_head()
    inv = serial(rng, rng.choice(["INV-99999999", "SI-999999", "RE2025-99999", "FA99999"]))
    cust = serial(keyed(who, "cust"), "C-999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    f.page.text(
        w - m, f.y, tr(lg, "TAX INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 6, "right"
    )
    f.y += 14
    recipient(
        f,
        s,
        h,
        agency_lines(
            tr(lg, "Attn: Accounts", "z. Hd. Buchhaltung", "À l'attention de la comptabilité")
        ),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), cust),
            (tr(lg, "Due", "Fällig", "Échéance"), short(d + timedelta(days=30), lg)),
        ],
    )
    start = d.replace(day=1)
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    rows = []
    net = 0.0
    prods = PRODUCTS[h.name]
    for pr in rng.sample(prods, rng.randint(1, len(prods))):
        q = rng.choice([1, 1, 2, 3, 5])
        up = rng.choice([199.0, 385.0, 540.0, 720.0, 89.0, 1250.0])
        net += q * up
        rows.append(
            [pr, f"{short(start, lg)} - {short(end, lg)}", str(q), money(up, lg), money(q * up, lg)]
        )
    cols = columns(
        m, w - m, [(4.2, "left"), (2.4, "left"), (0.6, "right"), (1.2, "right"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        shade=0.88,
        rules=rng.random() < 0.5,
    )
    cross = lg != home()
    totals(
        f,
        s,
        lg,
        net,
        0.0 if cross else vat_rate(lg),
        note=tr(
            lg,
            "Reverse charge applies.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation.",
        )
        if cross
        else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            "Your subscription renews automatically unless cancelled 30 days before the end of "
            "the period. Pay by card at portal or by bank transfer quoting the invoice number.",
            "Das Abonnement verlängert sich automatisch um ein Jahr, sofern es nicht 30 Tage "
            "vor Ablauf gekündigt wird.",
            "L'abonnement est reconduit tacitement sauf résiliation 30 jours avant l'échéance.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if keyed(who, "cert").random() < 0.35:
        c = sheets(s, h)
        caption(c, s, tr(lg, "Licence Certificate", "Lizenzzertifikat", "Certificat de licence"), 5)
        c.y = fields(
            c.page,
            s,
            m,
            c.y,
            w - 2 * m,
            [
                (tr(lg, "Licensee", "Lizenznehmer", "Titulaire"), agency.name),
                (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), cust),
                (tr(lg, "Valid from", "Gültig ab", "Valable du"), short(start, lg)),
                (tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"), short(end, lg)),
            ],
            per=2,
            hand=False,
        )
        cols = columns(m, w - m, [(3, "left"), (1, "right"), (4, "left")])
        table(
            c,
            cols,
            [
                tr(lg, "Product", "Produkt", "Produit"),
                tr(lg, "Seats", "Plätze", "Postes"),
                tr(lg, "Activation code", "Aktivierungscode", "Code d'activation"),
            ],
            [[r[0], r[2], serial(rng, "AAAA9-9A9AA-99AAA-A9A99-AA999")] for r in rows],
            s,
            size=8,
            rules=True,
        )
        write(c, s, prose(rng, lg, "legal", 1, 2), s.size - 2)
        pages = pages + c.pages
    received(rng, pages[0], home(), d, 0.3)
    remember(None, d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's rent invoice for the agency's office: a quarterly rent demand, a
    monthly Mietrechnung with service charge prepayment or an avis d'échéance with the
    tear-off payment slip; A4 or A5."""
    h = head_of(who, "landlord")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    step = 3 if lg == "en" else 1
    ex = LAST["extra"]
    if after(("rent_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        q0 = add_months(ex[1], step)  # the next period of a run
    else:
        q0 = add_months(month(), rng.randint(0, 2))
    d = q0 - timedelta(days=rng.randint(8, 24))
    agency = agency_head()
    unit = keyed(who, "unit").choice(
        {
            "en": ["Suite 2.04", "Unit 5", "Second floor offices", "Room 3"],
            "de": ["2. OG links", "Büro 301", "Einheit 4.2", "EG rechts"],
            "fr": ["Lot 14, 3e étage", "Bureau 21", "Lot 7, 1er étage", "Local B"],
        }[lg]
    )
    rent = keyed(who, "rent").choice([1150.0, 1480.0, 1725.0, 2100.0, 985.0])
    f = sheets(s, h)
    no = serial(rng, "999999")
    title = tr(lg, "RENT DEMAND", "MIETRECHNUNG", "AVIS D'ÉCHÉANCE")
    recipient(
        f,
        s,
        h,
        agency_lines(),
        d,
        [
            (
                tr(lg, "Tenant ref", "Mieter-Nr.", "Réf. locataire"),
                serial(keyed(who, "t"), "T99999"),
            ),
            (tr(lg, "Invoice", "Rechnung", "Avis n°"), no),
        ],
    )
    caption(f, s, title, 3)
    if lg == "en":
        period = f"{short(q0, lg)} - {short(add_months(q0, 3) - timedelta(days=1), lg)}"
        rows = [
            [tr(lg, "Rent", "", ""), period, money(rent * 3, lg)],
            ["Service charge (on account)", period, money(rent * 0.42, lg)],
            ["Insurance rent", period, money(rent * 0.08, lg)],
        ]
        net = rent * 3.5
        label = f"{tr(lg, 'Premises', '', '')}: {unit}, {agency.street}"
    else:
        period = f"{MONTHS_OF[lg][q0.month - 1]} {q0.year}"
        rows = [
            [tr(lg, "", "Grundmiete", "Loyer"), period, money(rent, lg)],
            [
                tr(lg, "", "Nebenkostenvorauszahlung", "Provision pour charges"),
                period,
                money(rent * 0.18, lg),
            ],
        ]
        if rng.random() < 0.4:
            rows.append([tr(lg, "", "Stellplatz Tiefgarage", "Parking"), period, money(85.0, lg)])
        net = sum(float(r[2].replace(".", "").replace(" ", "").replace(",", ".")) for r in rows)
        label = f"{tr(lg, '', 'Mietobjekt', 'Lot')}: {unit}, {agency.street}"
    write(f, s, label, s.size - 0.5)
    cols = columns(m, w - m, [(3, "left"), (2.4, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg) if lg != "fr" or rng.random() < 0.6 else 0.0,
        label=tr(lg, "VAT 20% (option to tax)", "USt. 19 % (Option § 9 UStG)", "TVA 20 %"),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Due in advance on {day(h, q0)}. Payment by standing order to our client account.",
            "Fällig am 3. Werktag des Monats. Bitte Zahlung per Dauerauftrag unter Angabe der "
            "Mieternummer.",
            "Payable d'avance le 1er du mois. Prélèvement automatique sur votre compte.",
        ),
        s.size - 1,
    )
    if lg == "fr" and f.y < hh - 150:
        y = hh - m - 100
        slip_rule(f.page, m, w - m, y, "Talon à joindre à votre règlement")
        fields(
            f.page,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                ("Locataire", agency.name),
                ("Avis n°", no),
                ("Montant", cash(net, lg)),
                ("Échéance", short(q0, lg)),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], home(), d, 0.35)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hh - m - 30 - (110 if lg == "fr" else 0),
            tr(
                home(),
                f"paid {short(d + timedelta(days=3), home())}",
                f"bez. {short(d + timedelta(days=3), home())}",
                f"payé le {short(d + timedelta(days=3), home())}",
            ),
            11,
        )
    remember(None, d, (h.name, q0))
    return pages


MONTHS_OF = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


def tpl_membership_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """A professional association's membership renewal: the letter with the fee due, the
    membership categories ticked, CPD declaration and direct debit mandate on a form page or
    a tear-off slip, sometimes the membership card to cut out."""
    h = head_of(who, "association")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    agency = agency_head()
    member = owner(agency)
    mno = serial(keyed(who, "mno"), "99999")
    year = d.year + (1 if d.month >= 10 else 0)
    fee = rng.choice([165.0, 210.0, 245.0, 320.0, 95.0])
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Membership', 'Mitgliedschaft', 'Adhésion')} {mno}")
    recipient(
        f,
        s,
        h,
        [member, agency.name, agency.street, agency.town],
        d,
        [(tr(lg, "Membership no.", "Mitgliedsnummer", "N° d'adhérent"), mno)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Membership renewal {year}",
            f"Mitgliedsbeitrag {year}",
            f"Renouvellement de votre adhésion {year}",
        ),
        1,
    )
    f.page.text(
        m,
        f.y,
        dear(lg, None if lg == "en" else mx(member, lg)),
        s.font,
        s.size,
    )
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Your membership is due for renewal on 1 January {year}. The subscription for "
            f"your grade is {cash(fee, lg)}. Please confirm your details and your continuing "
            "professional development (CPD) for the past year on the enclosed form.",
            f"wir bedanken uns für Ihre Mitgliedschaft. Der Jahresbeitrag {year} beträgt "
            f"{cash(fee, lg)} und wird zum 15. Januar fällig. Bitte prüfen Sie Ihre Angaben "
            "für das Mitgliederverzeichnis.",
            f"Votre adhésion arrive à échéance le 31 décembre. La cotisation {year} s'élève à "
            f"{cash(fee, lg)}. Merci de vérifier vos coordonnées pour l'annuaire.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(
        f, s, lg, staff(h, "sec"), tr(lg, "Membership Secretary", "Geschäftsstelle", "Secrétariat")
    )
    form_page = rng.random() < 0.4
    if form_page:
        f.new_page()
    else:
        f.need(260)
        slip_rule(
            f.page,
            m,
            w - m,
            f.y,
            tr(lg, "detach and return", "abtrennen und zurücksenden", "à détacher et retourner"),
        )
        f.y += 20
    caption(f, s, tr(lg, "Renewal form", "Rückmeldebogen", "Bulletin de renouvellement"), 1.5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), member),
            (tr(lg, "Membership no.", "Mitgliedsnummer", "N° d'adhérent"), mno),
            (
                tr(lg, "Languages", "Sprachen", "Langues"),
                f"{LANGS[lg][3]}, {LANGS[lg][0 if lg != 'en' else 1]}",
            ),
            (tr(lg, "E-mail", "E-Mail", "Courriel"), agency.mail),
        ],
        per=2,
        tall=24,
    )
    cats = {
        "en": ["Associate", "Qualified (MITI)", "Fellow", "Corporate"],
        "de": ["ordentliches Mitglied", "Fördermitglied", "Junior", "Firmenmitglied"],
        "fr": ["Membre titulaire", "Membre associé", "Étudiant", "Personne morale"],
    }[lg]
    f.page.text(m, f.y + 4, tr(lg, "Grade", "Mitgliedsart", "Catégorie"), s.bold, 8)
    f.y = ticks(f.page, s, m + 60, f.y + 4, w - 2 * m - 60, cats, {rng.randrange(4)}, 8) + 4
    if lg == "en":
        f.page.text(m, f.y + 4, "CPD hours completed", s.bold, 8)
        hand(f.page, m + 130, f.y + 4, str(rng.randint(12, 40)))
        f.y += 18
    if lg != "en" or rng.random() < 0.5:
        f.need(140)
        f.y = (
            band(
                f.page,
                s,
                f.y + 8,
                tr(
                    lg,
                    "Direct Debit Instruction",
                    "SEPA-Lastschriftmandat",
                    "Mandat de prélèvement SEPA",
                ),
            )
            + 4
        )
        f.page.text(
            m,
            f.y + 6,
            fit(
                tr(
                    lg,
                    "Instruction to your bank or building society to pay by Direct Debit.",
                    f"Ich ermächtige {h.name}, Zahlungen von meinem Konto mittels Lastschrift "
                    "einzuziehen.",
                    f"En signant ce mandat, vous autorisez {h.name} à envoyer des instructions "
                    "à votre banque.",
                ),
                s.font,
                7.5,
                w - 2 * m,
            ),
            s.font,
            7.5,
        )
        f.y += 14
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Account holder", "Kontoinhaber/in", "Titulaire"), member),
                ("IBAN" if lg != "en" else "Sort code / account", ""),
                (
                    tr(lg, "Creditor ID", "Gläubiger-ID", "ICS"),
                    serial(
                        keyed(who, "ci"),
                        "DE99ZZZ00000999999"
                        if lg == "de"
                        else "FR99ZZZ999999"
                        if lg == "fr"
                        else "999999",
                    ),
                ),
                (tr(lg, "Date, signature", "Datum, Unterschrift", "Date, signature"), ""),
            ],
            per=2,
            tall=26,
        )
    if rng.random() < 0.3 and f.y < f.bottom - 80:
        x, y = w - m - 180, f.y + 6
        f.page.rect(x, y, 180, 64)
        f.page.text(x + 8, y + 14, fit(h.name, s.bold, 7, 164), s.bold, 7)
        f.page.text(
            x + 8,
            y + 30,
            tr(lg, f"Member {year}", f"Mitglied {year}", f"Adhérent {year}"),
            s.font,
            8,
        )
        f.page.text(x + 8, y + 44, f"{member}  No. {mno}", s.font, 8)
        f.y += 80
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], lg, d, 0.3)
    remember(None, d)
    return pages


def tpl_payment_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """A payment reminder: mostly the agency's own to a client (friendly reminder, first or
    final reminder with late payment charges), now and then a supplier's to the agency; the
    open items in a table."""
    r = keyed(who, "from")
    own = r.random() < 0.7
    agency = agency_head()
    if own:
        h = agency
        row, cl = client_of(who)
        to = head_row(row, cl, "client")
        lines = [
            to.name,
            tr(h.lang, "Accounts Payable", "Kreditorenbuchhaltung", "Service comptabilité"),
            to.street,
            to.town,
        ]
    else:
        h = head_of(who, r.choice(["software", "landlord"]))
        lines = agency_lines()
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    level = rng.choice([0, 0, 1, 1, 2])
    title = [
        tr(lg, "Payment reminder", "Zahlungserinnerung", "Rappel de paiement"),
        tr(lg, "Second reminder", "1. Mahnung", "Relance"),
        tr(lg, "Final reminder before legal action", "Letzte Mahnung", "Mise en demeure"),
    ][level]
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "c" + str(own)), "99999"),
            )
        ],
    )
    caption(f, s, title, 2)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        [
            tr(
                lg,
                "Our records show that the following invoices are now overdue. Perhaps this "
                "has been overlooked; if you have already paid, please disregard this letter.",
                "sicher haben Sie übersehen, dass die folgenden Rechnungen noch offen sind. "
                "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses "
                "Schreiben bitte als gegenstandslos.",
                "Sauf erreur de notre part, les factures suivantes restent impayées à ce jour. "
                "Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte "
                "de ce courrier.",
            ),
            tr(
                lg,
                "Despite our reminder, the invoices below remain unpaid. Please settle the "
                "balance within 7 days.",
                "trotz unserer Zahlungserinnerung konnten wir bisher keinen Zahlungseingang "
                "feststellen. Bitte überweisen Sie den offenen Betrag innerhalb von 7 Tagen.",
                "Malgré notre précédent rappel, les factures ci-dessous restent impayées. "
                "Merci de régulariser sous 8 jours.",
            ),
            tr(
                lg,
                "We have written to you twice about the overdue invoices below. Unless payment "
                "is received within 7 days we will refer the matter for collection and claim "
                "statutory interest and compensation under the Late Payment of Commercial "
                "Debts (Interest) Act 1998.",
                "da Sie auf unsere Mahnung nicht reagiert haben, setzen wir Ihnen eine letzte "
                "Frist von 7 Tagen. Nach fruchtlosem Ablauf werden wir ohne weitere "
                "Ankündigung gerichtliche Schritte einleiten (Verzugszinsen gem. § 288 BGB, "
                "Pauschale 40 EUR).",
                "Faute de règlement sous 8 jours, nous engagerons une procédure de "
                "recouvrement. Conformément à l'article L441-10 du Code de commerce, une "
                "indemnité forfaitaire de 40 EUR sera due.",
            ),
        ][level],
    )
    cols = columns(
        m, w - m, [(1.5, "left"), (1.4, "left"), (1.4, "left"), (1, "right"), (1.4, "right")]
    )
    rows = []
    total = 0.0
    for _ in range(rng.randint(1, 5)):
        inv_d = d - timedelta(days=rng.randint(35, 120))
        amt = round(rng.uniform(120, 4200), 2)
        total += amt
        rows.append(
            [
                serial(rng, "9999-999"),
                short(inv_d, lg),
                short(inv_d + timedelta(days=30), lg),
                str((d - inv_d).days - 30),
                money(amt, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Invoice", "Rechnung", "Facture"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Due", "Fällig", "Échéance"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Open", "Offen", "Solde"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9 if rng.random() < 0.4 else None,
    )
    if level == 2:
        rows2 = [
            (
                tr(lg, "Compensation", "Mahnpauschale", "Indemnité forfaitaire"),
                40.0 if lg != "en" else 70.0,
            )
        ]
        for t, v in rows2:
            f.page.text(w * 0.5, f.y + 4, t, s.font, s.size)
            f.page.text(w - m, f.y + 4, money(v, lg), s.font, s.size, "right")
            f.y += s.size * 1.6
            total += v
    f.y += 4
    f.page.text(w * 0.5, f.y, tr(lg, "Total now due", "Gesamtbetrag", "Total dû"), s.bold, s.size)
    f.page.text(w - m, f.y, cash(total, lg), s.bold, s.size, "right")
    f.y += 24
    regards(
        f, s, lg, staff(h, "acc"), tr(lg, "Credit Control", "Buchhaltung", "Service recouvrement")
    )
    pages = close(f.pages, s, h, numbers="none")
    if not own:
        received(rng, pages[0], home(), d, 0.4)
    remember(None, d)
    return pages


def tpl_bank_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The agency's business account statement: statement and sheet number, the period,
    opening balance, the bookings (client payments, freelancers, rent, software, card) over
    one to three sheets, closing balance; German statements on landscape A5 now and then."""
    h = head_of(who, "bank")
    lg = h.lang
    r = keyed(who, "acct")
    size = A4 if lg != "de" or r.random() < 0.5 else (210 * MM, 148 * MM)
    s = style_of(h, size, margin=36 if size != A4 else 44, pt=8.5)
    w, hh = size
    m = s.margin
    agency = agency_head()
    ex = LAST["extra"]
    if after(("bank_statement",)) and isinstance(ex, tuple) and ex[0] == h.name:
        _, no, start_d, bal = ex  # the next statement of a run
        no += 1
        start_d += timedelta(days=1)
    else:
        start_d = some_day(rng)
        no = start_d.month + (rng.randint(0, 9) if lg == "de" else 0)
        bal = round(rng.uniform(-2000, 24000), 2)
    span = 30 if lg != "de" else rng.choice([7, 10, 14, 30])
    d = start_d + timedelta(days=span - 1)
    account = {
        "en": f"Sort code {r.randint(20, 40)}-{r.randint(10, 99)}-{r.randint(10, 99)}  Account "
        f"{r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(3000, 3999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]
    title = tr(
        lg,
        "Business Current Account - Statement",
        "Kontoauszug Geschäftskonto",
        "Relevé de compte courant professionnel",
    )
    n_rows = rng.choice([6, 10, 14, 22, 34, 48])
    payees = (
        [x[0] for x in SENDERS["client"][home()]]
        + [x[0] for x in SENDERS["freelancer"][home()]]
        + [x[0] for x in SENDERS["landlord"][home()][:1]]
        + [x[0] for x in SENDERS["software"][home()][:1]]
    )
    books = []
    for k in range(n_rows):
        bd = start_d + timedelta(days=int(k * span / n_rows))
        who_ = rng.choice(payees)
        v = round(rng.uniform(150, 5200), 2) * (1 if rng.random() < 0.45 else -1)
        kind = tr(
            lg,
            "BGC" if v > 0 else rng.choice(["FPO", "DD", "BP"]),
            "Gutschrift" if v > 0 else rng.choice(["Überweisung", "Lastschrift", "Dauerauftrag"]),
            "VIR SEPA RECU" if v > 0 else rng.choice(["VIR SEPA EMIS", "PRLV SEPA", "CB"]),
        )
        books.append(
            (bd, f"{kind} {who_}", v, serial(rng, "RE 9999-999" if v > 0 else "PO-99-9999"))
        )
    sheets_n = 0

    def start(p: Page, n: int) -> float:
        nonlocal sheets_n
        sheets_n = n
        y = heading(p, s, h) if n == 1 or h.again else m
        p.text(m, y, title, s.bold, s.size + 2)
        p.text(
            w - m,
            y,
            tr(
                lg,
                f"Statement {no} / sheet {n}",
                f"Auszug {no} / Blatt {n}",
                f"Relevé n° {no} - page {n}",
            ),
            s.bold,
            s.size,
            "right",
        )
        y += 13
        p.text(
            m,
            y,
            fit(f"{agency.name} - {account}", s.font, s.size - 0.5, w - 2 * m),
            s.font,
            s.size - 0.5,
        )
        y += 20
        return y

    f = Sheets(size, hh - m - 34, start)
    if True:
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (
                        tr(lg, "Period", "Zeitraum", "Période"),
                        f"{short(start_d, lg)} - {short(d, lg)}",
                    ),
                    (tr(lg, "Opening balance", "Alter Saldo", "Ancien solde"), cash(bal, lg)),
                ],
                w * 0.55,
            )
            + 6
        )
    cols = columns(
        m, w - m, [(1, "left"), (1, "left"), (5, "left"), (1.3, "right"), (1.3, "right")]
    )
    rows = []
    for bd, t, v, ref in books:
        bal += v
        rows.append(
            [
                short(bd, lg)[:5] if lg != "en" else bd.strftime("%d %b"),
                short(bd + timedelta(days=rng.randint(0, 2)), lg)[:5] if lg != "en" else "",
                f"{t} {ref}",
                money(abs(v), lg) if lg != "fr" or v < 0 else "",
                {"en": money(bal, lg), "de": "S" if v < 0 else "H", "fr": money(v, lg)}[lg]
                if lg != "fr" or v > 0
                else "",
            ]
        )
    heads = [
        tr(lg, "Date", "Buchung", "Date"),
        tr(lg, "", "Valuta", "Valeur"),
        tr(lg, "Details", "Vorgang", "Libellé"),
        tr(lg, "Amount", "Betrag EUR", "Débit"),
        tr(lg, "Balance", "S/H", "Crédit"),
    ]
    table(f, cols, heads, rows, s, size=s.size - 0.5, rules=lg != "de", step=1.7)
    f.need(40)
    f.y += 6
    f.page.line(w * 0.5, f.y - 8, w - m, f.y - 8)
    f.page.text(
        w * 0.5, f.y + 2, tr(lg, "Closing balance", "Neuer Saldo", "Nouveau solde"), s.bold, s.size
    )
    f.page.text(w - m, f.y + 2, cash(bal, lg), s.bold, s.size, "right")
    for k, p in enumerate(f.pages):
        p.text(
            m,
            hh - 22,
            fit(
                tr(
                    lg,
                    "Please check this statement. Deposits are protected up to £85,000 by the "
                    "FSCS.",
                    "Bitte erheben Sie Einwendungen gegen einzelne Buchungen unverzüglich. "
                    "Einlagensicherung nach EinSiG.",
                    "Vérifiez ce relevé ; toute réclamation doit être formulée dans un délai "
                    "de deux mois.",
                ),
                s.font,
                6,
                w - 2 * m - 60,
            ),
            s.font,
            6,
        )
        p.text(w - m, hh - 22, f"{k + 1}/{len(f.pages)}", s.font, 7, "right")
    remember(None, d, (h.name, no, d, bal))
    return f.pages


CONTRACT_CLAUSES = {
    "en": [
        "Working conditions",
        "Preparation and documents",
        "Recording and broadcasting",
        "Travel and accommodation",
        "Confidentiality",
        "Illness and force majeure",
        "Payment",
    ],
    "de": [
        "Arbeitsbedingungen",
        "Vorbereitung und Unterlagen",
        "Aufzeichnung und Übertragung",
        "Reise und Unterkunft",
        "Verschwiegenheit",
        "Krankheit und höhere Gewalt",
        "Zahlung",
    ],
    "fr": [
        "Conditions de travail",
        "Préparation et documents",
        "Enregistrement et diffusion",
        "Voyage et hébergement",
        "Secret professionnel",
        "Maladie et force majeure",
        "Paiement",
    ],
}


def tpl_interpreting_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The agency's contract with a freelance conference interpreter: parties, meeting,
    venue, dates, working languages and booth, fees per day, travel days and expenses,
    cancellation scale, numbered conditions and signatures; the meeting schedule with the
    team per session on a landscape page behind, now and then the team list and travel page."""
    h = agency_head()
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    interp = rng.choice(INTERPRETERS[lg])
    row, cl = client_of(who)
    client = head_row(row, cl, "client")
    meeting = rng.choice(
        [
            tr(
                lg,
                "European Works Council - annual plenary",
                "Europäischer Betriebsrat - Jahressitzung",
                "Comité d'entreprise européen - séance plénière",
            ),
            tr(
                lg,
                "International Distributors' Conference",
                "Internationale Händlertagung",
                "Convention internationale des distributeurs",
            ),
            tr(lg, "Medical Advisory Board", "Medizinischer Fachbeirat", "Comité scientifique"),
            tr(lg, "Shareholders' meeting", "Gesellschafterversammlung", "Assemblée générale"),
        ]
    )
    venue = rng.choice(
        {
            "en": ["Hilton Leeds City", "The Queen's Hotel, York", "Bristol Marriott City Centre"],
            "de": ["Maritim Hotel Köln", "Hamburg Messe, Saal 3", "Liederhalle Stuttgart"],
            "fr": [
                "Centre de congrès de Lyon",
                "Lille Grand Palais",
                "Palais des congrès, Bordeaux",
            ],
        }[lg]
    )
    first = d + timedelta(days=rng.randint(20, 70))
    days_n = rng.randint(1, 3)
    fee = {"en": 650.0, "de": 850.0, "fr": 780.0}[lg] + rng.choice([0, 50, 100])
    title = tr(
        lg,
        "Contract for conference interpreting services",
        "Vertrag über Konferenzdolmetschleistungen",
        "Contrat d'interprétation de conférence",
    )
    f = sheets(s, h, f"{title} - {interp}")
    caption(f, s, title, 3)
    f.page.text(
        m,
        f.y - 6,
        f"{tr(lg, 'Contract no.', 'Vertrag Nr.', 'Contrat n°')} {serial(rng, 'KD-99-999')}",
        s.font,
        s.size - 1,
    )
    f.y += 10
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Organiser (agency)", "Auftraggeber (Agentur)", "Organisateur (agence)"),
                h.name,
            ),
            (tr(lg, "Interpreter", "Dolmetscher/in", "Interprète"), interp),
            (tr(lg, "End client", "Endkunde", "Client final"), client.name),
            (tr(lg, "Meeting", "Veranstaltung", "Réunion"), meeting),
            (tr(lg, "Venue", "Ort", "Lieu"), venue),
            (
                tr(lg, "Dates", "Termin", "Dates"),
                f"{short(first, lg)} - {short(first + timedelta(days=days_n - 1), lg)}",
            ),
            (
                tr(lg, "Working languages", "Arbeitssprachen", "Langues de travail"),
                f"A: {LANGS[lg][HOME_IDX[lg]]}  B: "
                f"{LANGS[lg][rng.choice([k for k in range(5) if k != HOME_IDX[lg]])]}  C: "
                f"{LANGS[lg][rng.randint(3, 6)]}",
            ),
            (
                tr(lg, "Mode / booth", "Art / Kabine", "Mode / cabine"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "simultaneous, booth EN",
                            "simultan, Kabine DE",
                            "simultanée, cabine FR",
                        ),
                        tr(lg, "consecutive", "konsekutiv", "consécutive"),
                        tr(
                            lg,
                            "simultaneous (RSI hub)",
                            "simultan (Remote-Hub)",
                            "simultanée (hub RSI)",
                        ),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.3, "right"), (1.4, "right")])
    travel = rng.randint(0, 2)
    rows = [
        [
            tr(lg, "Working days", "Arbeitstage", "Jours de travail"),
            str(days_n),
            money(fee, lg),
            money(fee * days_n, lg),
        ]
    ]
    if travel:
        rows.append(
            [
                tr(
                    lg,
                    "Travel days (half fee)",
                    "Reisetage (halbes Honorar)",
                    "Jours de voyage (demi-tarif)",
                ),
                str(travel),
                money(fee / 2, lg),
                money(fee / 2 * travel, lg),
            ]
        )
    rows.append(
        [
            tr(lg, "Preparation / briefing", "Vorbereitung / Briefing", "Préparation / briefing"),
            "1",
            money(fee * 0.3, lg),
            money(fee * 0.3, lg),
        ]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Poste"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Total", "Summe", "Total"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            "Travel (standard class rail or economy air), accommodation and a subsistence "
            "allowance are reimbursed against receipts.",
            "Reisekosten (Bahn 2. Kl. bzw. Economy), Unterkunft und Tagegeld werden gegen "
            "Beleg erstattet.",
            "Les frais de voyage, d'hébergement et une indemnité journalière sont remboursés "
            "sur justificatifs.",
        ),
        s.size - 1,
    )
    f.heading(m, tr(lg, "Cancellation", "Stornierung", "Annulation"), s.bold, s.size)
    for t in [
        tr(
            lg,
            "more than 60 days before: no fee",
            "mehr als 60 Tage vorher: kostenfrei",
            "plus de 60 jours avant : sans frais",
        ),
        tr(
            lg,
            "30-60 days before: 50% of fees",
            "30-60 Tage vorher: 50 % des Honorars",
            "30 à 60 jours avant : 50 % des honoraires",
        ),
        tr(
            lg,
            "less than 30 days: full fees",
            "weniger als 30 Tage: volles Honorar",
            "moins de 30 jours : 100 %",
        ),
    ]:
        f.para(m + 12, w - 2 * m - 12, "- " + t, s.font, s.size - 0.5, 0.2)
    f.y += 6
    for k, t in enumerate(CONTRACT_CLAUSES[lg][: rng.randint(3, 6)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size - 0.5)
        write(f, s, prose(rng, lg, "conf", 1, 3), s.size - 0.5)
    f.need(110)
    f.y += 14
    x2 = w / 2 + 10
    hand(f.page, m, f.y, f"{short(d, lg)}")
    hand(f.page, x2, f.y, f"{short(d + timedelta(days=rng.randint(1, 7)), lg)}")
    f.y += 34
    scrawl(f.page, m, f.y, owner(h))
    if rng.random() < 0.85:
        scrawl(f.page, x2, f.y, interp)
    f.page.line(m, f.y + 4, w / 2 - 20, f.y + 4)
    f.page.line(x2, f.y + 4, w - m, f.y + 4)
    f.page.text(m, f.y + 14, f"{tr(lg, 'For', 'Für', 'Pour')} {h.name}", s.font, 7.5)
    f.page.text(x2, f.y + 14, interp, s.font, 7.5)
    pages = close(f.pages, s, h)
    # the schedule on landscape A4
    s2 = style_of(h, landscape(A4), margin=44)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 44,
        lambda p, n: (
            running_header(
                p, s2, f"{title} - {meeting} - {tr(lg, 'Annex 1', 'Anlage 1', 'Annexe 1')}"
            )
            + 8
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "Annex 1 - Meeting schedule and interpreting team",
            "Anlage 1 - Programm und Dolmetscherteam",
            "Annexe 1 - Programme et équipe d'interprètes",
        ),
        2,
    )
    team = rng.sample(INTERPRETERS[lg], 4)
    c2 = columns(
        44,
        w2 - 44,
        [(1.2, "left"), (1.3, "left"), (3.6, "left"), (1.4, "left"), (1.4, "left"), (3, "left")],
    )
    rows2 = []
    for dd in range(days_n):
        t = 9
        for _ in range(rng.randint(3, 5)):
            rows2.append(
                [
                    short(first + timedelta(days=dd), lg),
                    f"{t:02d}:00-{t + 1:02d}:30",
                    words(rng, lg, "conf", rng.randint(3, 6))[:-1],
                    rng.choice(["Plenary", "Saal A", "Salle Rhône", "Room 2", "Forum"]),
                    rng.choice(["EN/DE/FR", "DE<>EN", "FR>EN", "EN/FR"]),
                    " / ".join(rng.sample(team, 2)),
                ]
            )
            t += 2
    table(
        g,
        c2,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Horaire"),
            tr(lg, "Session", "Programmpunkt", "Séance"),
            tr(lg, "Room", "Raum", "Salle"),
            tr(lg, "Languages", "Sprachen", "Langues"),
            tr(lg, "Team", "Team", "Équipe"),
        ],
        rows2,
        s2,
        size=8,
        rules=True,
        shade=0.88,
        step=1.8,
    )
    g.y += 8
    write(
        g,
        s2,
        tr(
            lg,
            f"Team leader: {team[0]}. Documents for preparation will be sent by "
            f"{short(first - timedelta(days=7), lg)}.",
            f"Teamleitung: {team[0]}. Die Vorbereitungsunterlagen werden bis "
            f"{short(first - timedelta(days=7), lg)} zugesandt.",
            f"Chef d'équipe : {team[0]}. Documents de préparation envoyés avant le "
            f"{short(first - timedelta(days=7), lg)}.",
        ),
        8,
    )
    pages += g.pages
    if rng.random() < 0.15:
        t_ = sheets(s, h, f"{title} - {tr(lg, 'Annex 2', 'Anlage 2', 'Annexe 2')}", top=False)
        caption(
            t_,
            s,
            tr(
                lg,
                "Annex 2 - Travel and accommodation",
                "Anlage 2 - Reise und Unterkunft",
                "Annexe 2 - Voyage et hébergement",
            ),
            1.5,
        )
        t_.y = fields(
            t_.page,
            s,
            m,
            t_.y,
            w - 2 * m,
            [
                (
                    tr(lg, "Outbound", "Hinreise", "Aller"),
                    f"{short(first - timedelta(days=1), lg)} "
                    f"{rng.choice(['ICE 1023', 'LNER 1Y12', 'TGV 6611', 'AF 1245'])}",
                ),
                (
                    tr(lg, "Return", "Rückreise", "Retour"),
                    f"{short(first + timedelta(days=days_n), lg)} "
                    f"{rng.choice(['ICE 1026', 'LNER 1A45', 'TGV 6628'])}",
                ),
                (tr(lg, "Hotel", "Hotel", "Hôtel"), venue),
                (tr(lg, "Nights", "Nächte", "Nuits"), str(days_n + 1)),
                (
                    tr(lg, "Booked by", "Gebucht durch", "Réservé par"),
                    tr(lg, "Agency", "Agentur", "Agence"),
                ),
                (
                    tr(lg, "Per diem", "Tagegeld", "Per diem"),
                    cash(rng.choice([28.0, 35.0, 45.0]), lg),
                ),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        write(t_, s, prose(rng, lg, "conf", 2, 3), s.size - 0.5)
        pages += t_.pages
    remember(None, d, interp)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same job."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "client_order": tpl_client_order,
    "vendor_po": tpl_vendor_po,
    "quote": tpl_quote,
    "freelancer_invoice": tpl_freelancer_invoice,
    "certified_translation": tpl_certified_translation,
    "apostille": tpl_apostille,
    "fee_claim": tpl_fee_claim,
    "court_assessment": tpl_court_assessment,
    "nda": tpl_nda,
    "style_guide": tpl_style_guide,
    "glossary": tpl_glossary,
    "proofreading_report": tpl_proofreading_report,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "software_invoice": tpl_software_invoice,
    "rent_invoice": tpl_rent_invoice,
    "membership_renewal": tpl_membership_renewal,
    "payment_reminder": tpl_payment_reminder,
    "bank_statement": tpl_bank_statement,
    "interpreting_contract": tpl_interpreting_contract,
}
TEMPLATES_VV: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "freelancer_invoice",
    "vendor_po",
    "client_order",
    "rent_invoice",
    "payment_reminder",
    "bank_statement",
    "apostille",
    "fee_claim",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "quote": "client_order",
    "client_order": "vendor_po",
    "vendor_po": "freelancer_invoice",
    "certified_translation": "apostille",
    "fee_claim": "court_assessment",
    "complaint": "complaint_reply",
    "style_guide": "glossary",
    "interpreting_contract": "nda",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_flask_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One agency's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The agency
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    AGENCY["lang"] = lang
    AGENCY["row"] = r.randrange(len(AGENCIES[lang]))
    AGENCY["seed"] = r.getrandbits(24)
    AGENCY["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_VV, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_flask_stream, "templates VV")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Pouch part of the generated corpus: templates Y, written blind for the next measurement.

Another part, ``pouch``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as the post room of a firm of solicitors /
Rechtsanwaelte / avocats scans one day's incoming and outgoing mail in one pile: each stream is
mostly the post of the firm's office in one country (London, Manchester or Bristol; Duesseldorf,
Cologne or Frankfurt; Paris or Lyon), now and then a paper of a matter run by one of its other
offices. The papers: the courts' notices of hearing (Terminsladung, avis d'audience), orders and
judgments (Urteil, Beschluss, jugement), statements of claim (Particulars of Claim, Klageschrift,
assignation) and defences (Klageerwiderung, conclusions en defense) with their numbered exhibits
(Anlage K 1 / B 1, piece n 1), opposing counsel's letters, the firm's fee notes (Kostennote
nach RVG, note d'honoraires), powers of attorney (form of authority, Vollmacht, pouvoir)
signed by clients, witness statements (eidesstattliche Versicherung, attestation de temoin on
the cerfa form), official copies of the land register (register of title, Grundbuchauszug,
releve de formalites), company register extracts (Companies House print, Handelsregister
Ausdruck, extrait Kbis), settlement agreements (Vergleich, protocole transactionnel), the
firm's letters to clients with their enclosures, clients' letters with the copies they enclose,
acknowledgements of receipt (acknowledgment of service, Empfangsbekenntnis, avis de reception),
court fee papers (notice of issue, Gerichtskostenrechnung, recu de consignation), file notes of
telephone calls and meetings (Aktenvermerk, note au dossier), faxes with their cover sheet,
compliments slips with the copy they come with, experts' reports with their photographs, and
process servers' and bailiffs' service records (certificate of service, Zustellungsurkunde,
acte de signification). Each sender writes in its own language; page sizes range from narrow
compliments slips and postcard-sized reception cards to A5, A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the post room files it
under one matter: the exhibits behind a statement of claim or a defence (each with its exhibit
label or cover sheet, however different it looks: a copied invoice, a letter, a contract page,
photographs), the backsheet of an English pleading, the covering letter of the court in front
of an order and the notes after it, the schedule of time behind a fee note, the exhibits and the
copy of the identity card behind a witness statement, the title plan of a register of title and
every section of a Grundbuch print, the signature page and the schedules of a settlement
agreement, the terms of business, cost estimate, questionnaire or blank form enclosed with the
firm's letter to a client, the copies and photographs a client encloses with a letter, the
enclosure of opposing counsel's letter, the pages faxed behind a fax cover sheet, the copy behind
a compliments slip, the photographs of an expert's report and the second page of a bailiff's act
belong to their document. Related papers are documents of their own: the defence after the
statement of claim, the bailiff's service record after the judgment, the acknowledgement of
receipt after the court's notice, the fee note after a settlement, the file note after a
client's letter, the firm's letter to the client after opposing counsel's letter and a power of
attorney returned signed on its own.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: the court's notices, fee notes, powers
of attorney, company extracts, acknowledgements of receipt, court fee papers and file notes
often come 2-4 in a row from one sender with other matters, dates, numbers and amounts; and
companions: each of the related papers above often follows the document it answers. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "pouch"`` and seeds offset by 2_400_000.

Usage: ``python benchmarks/corpus_pouch.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/pouch/pouch_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    close,
    columns,
    date_text,
    day,
    fields,
    fit,
    foot_and_number,
    italic_of,
    money,
    pairs,
    part_generate,
    part_main,
    photo,
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

PART = "pouch"
SEED_OFFSET = 2_400_000

# ---------------------------------------------------------------------------------------------
# Who writes: the firm, opposing counsel, courts, registries, bailiffs, experts, clients
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
FIRMS: dict[str, list[Firm]] = {
    "en": [
        ("Ashdown Pryor LLP", "en", "14 Bedford Row", "London WC1R 4ED", "020 7405 3300"),
        (
            "Whitlock & Seddon Solicitors",
            "en",
            "Pall Mall Court, 61 King Street",
            "Manchester M2 4PD",
            "0161 832 7700",
        ),
        ("Carrow Fenner LLP", "en", "2 Temple Back East", "Bristol BS1 6EG", "0117 929 4410"),
    ],
    "de": [
        (
            "Brandt Oehlschlaeger Rechtsanwaelte PartGmbB",
            "de",
            "Koenigsallee 14",
            "40212 Duesseldorf",
            "0211 86 32 90",
        ),
        (
            "Dr. Hellwig & Partner Rechtsanwaelte",
            "de",
            "Kaiser-Wilhelm-Ring 22",
            "50672 Koeln",
            "0221 92 08 40",
        ),
        (
            "Lenz Ruemker Rechtsanwaelte",
            "de",
            "Bockenheimer Landstrasse 51",
            "60325 Frankfurt am Main",
            "069 71 91 33 0",
        ),
    ],
    "fr": [
        (
            "Cabinet Delorme Vasseur Avocats",
            "fr",
            "38 avenue Hoche",
            "75008 Paris",
            "01 42 25 61 10",
        ),
        (
            "SELARL Bonnefoy & Associes",
            "fr",
            "12 quai Jules Courmont",
            "69002 Lyon",
            "04 78 42 90 15",
        ),
        ("Lacroix Mercier AARPI", "fr", "5 rue de la Paix", "75002 Paris", "01 40 15 08 20"),
    ],
}
ROLES: dict[str, list[Firm]] = {
    "counsel": [
        ("Hargreaves Lund Solicitors", "en", "9 Park Place", "Leeds LS1 2RU", "0113 245 1200"),
        ("Quinnell Bright LLP", "en", "100 Cheapside", "London EC2V 6DT", "020 7600 4411"),
        ("Meredith Osei & Co", "en", "45 Spring Gardens", "Manchester M2 2BG", "0161 236 0099"),
        ("Tolland Rees Solicitors", "en", "Queen Square House", "Bristol BS1 4NH", ""),
        ("Rechtsanwaelte Kuhlmann Zapf", "de", "Graf-Adolf-Platz 15", "40213 Duesseldorf", ""),
        (
            "Sternberg Rechtsanwaelte mbB",
            "de",
            "Theodor-Heuss-Ring 7",
            "50668 Koeln",
            "0221 13 40 77",
        ),
        ("Rechtsanwalt Dr. Volker Grimm", "de", "Zeil 81", "60313 Frankfurt am Main", ""),
        ("Maitre Claire Anselme, Avocat", "fr", "21 boulevard Malesherbes", "75008 Paris", ""),
        (
            "Gaillard Roux & Associes",
            "fr",
            "7 rue de la Republique",
            "69001 Lyon",
            "04 72 10 33 90",
        ),
        ("SCP Ferrand Thibault", "fr", "64 rue de Rennes", "75006 Paris", "01 45 48 20 31"),
    ],
    "court": [
        (
            "County Court at Central London",
            "en",
            "Thomas More Building, Royal Courts of Justice, Strand",
            "London WC2A 2LL",
            "0300 123 5577",
        ),
        (
            "Manchester County Court",
            "en",
            "Civil Justice Centre, 1 Bridge Street West",
            "Manchester M60 9DJ",
            "0161 240 5000",
        ),
        (
            "Bristol County Court",
            "en",
            "Bristol Civil and Family Justice Centre, 2 Redcliff Street",
            "Bristol BS1 6GR",
            "0117 366 4800",
        ),
        ("Landgericht Duesseldorf", "de", "Werdener Strasse 1", "40227 Duesseldorf", ""),
        ("Amtsgericht Koeln", "de", "Luxemburger Strasse 101", "50939 Koeln", "0221 477 0"),
        (
            "Landgericht Frankfurt am Main",
            "de",
            "Gerichtsstrasse 2",
            "60313 Frankfurt am Main",
            "",
        ),
        ("Tribunal judiciaire de Paris", "fr", "Parvis du Tribunal de Paris", "75859 Paris", ""),
        ("Tribunal de commerce de Lyon", "fr", "44 rue de Bonnel", "69003 Lyon", ""),
        ("Tribunal judiciaire de Lyon", "fr", "67 rue Servient", "69433 Lyon Cedex 03", ""),
    ],
    "bailiff": [
        (
            "Capital Process Serving Ltd",
            "en",
            "Suite 4, 88 Gray's Inn Road",
            "London WC1X 8AL",
            "020 7242 8810",
        ),
        (
            "Pennine Enquiry & Process Agents",
            "en",
            "Carlton House, 18 Albert Square",
            "Manchester M2 5PE",
            "",
        ),
        (
            "Obergerichtsvollzieher Frank Kaminski",
            "de",
            "Muehlenstrasse 34",
            "40213 Duesseldorf",
            "0211 13 06 55",
        ),
        (
            "Gerichtsvollzieherin Petra Ohlendorf",
            "de",
            "Apostelnstrasse 9",
            "50667 Koeln",
            "",
        ),
        (
            "SCP Gautier Lemoine, Commissaires de Justice associes",
            "fr",
            "18 rue de Turbigo",
            "75002 Paris",
            "01 42 33 18 70",
        ),
        (
            "SELAS Martel Huchon, Commissaires de Justice",
            "fr",
            "3 rue Grolee",
            "69002 Lyon",
            "",
        ),
    ],
    "expert": [
        (
            "Hollis Wray Chartered Surveyors",
            "en",
            "3 St Paul's Place",
            "Birmingham B3 1RL",
            "0121 236 0404",
        ),
        (
            "Dr Anil Mehta FRICS - Building Consultancy",
            "en",
            "27 Queen Street",
            "Leeds LS1 2TW",
            "",
        ),
        (
            "Dipl.-Ing. Harald Wessels - Sachverstaendigenbuero",
            "de",
            "Am Wehrhahn 44",
            "40211 Duesseldorf",
            "0211 35 88 12",
        ),
        (
            "Ingenieurbuero Dr. Sabine Engert",
            "de",
            "Hansaring 60",
            "50670 Koeln",
            "",
        ),
        (
            "Jean-Marc Ribot, Expert pres la Cour d'appel de Paris",
            "fr",
            "11 rue Laffitte",
            "75009 Paris",
            "",
        ),
        ("Cabinet d'expertise Vidal", "fr", "40 cours Lafayette", "69003 Lyon", "04 78 60 11 02"),
    ],
    "client": [
        (
            "Thornbury Digital Ltd",
            "en",
            "Unit 7, Enterprise Park",
            "Reading RG2 0TD",
            "0118 975 4400",
        ),
        ("Kesteven Joinery Ltd", "en", "Station Road", "Sleaford NG34 7RU", ""),
        ("Larchfield Care Homes Ltd", "en", "1 Larch Avenue", "Stockport SK4 3BQ", ""),
        ("Riemann Kunststofftechnik GmbH", "de", "Industriering 12", "41751 Viersen", ""),
        ("Autohaus Pelzer GmbH & Co. KG", "de", "Aachener Strasse 220", "50931 Koeln", ""),
        ("Hausverwaltung Tillmanns", "de", "Nordstrasse 5", "40477 Duesseldorf", ""),
        ("SAS Boulangeries Perrault", "fr", "ZI des Chenes", "38070 Saint-Quentin-Fallavier", ""),
        ("Transports Maury SARL", "fr", "14 route de Lyon", "69800 Saint-Priest", ""),
        ("SCI Les Acacias", "fr", "9 rue Sainte-Helene", "69002 Lyon", ""),
    ],
}
REGISTRIES = {
    "land": {
        "en": ("HM Land Registry", "Citizen Centre, PO Box 74", "Gloucester GL14 9BB"),
        "de": ("Amtsgericht {town} - Grundbuchamt", "", ""),
        "fr": (
            "Service de la publicite fonciere de {town}",
            "Centre des finances publiques",
            "",
        ),
    },
    "company": {
        "en": ("Companies House", "Crown Way", "Cardiff CF14 3UZ"),
        "de": ("Amtsgericht {town} - Registergericht", "", ""),
        "fr": ("Greffe du Tribunal de commerce de {town}", "", ""),
    },
}
PEOPLE = {
    "en": [
        "Helen Markham",
        "Gareth Pugh",
        "Olusegun Adeyemi",
        "Rachel Tennant",
        "Simon Kaye",
        "Bethany Lowe",
        "Imran Qureshi",
        "Fiona McAllister",
        "Daniel Hurst",
        "Joanne Whitby",
    ],
    "de": [
        "Andrea Wiesmann",
        "Serkan Yildiz",
        "Uwe Rademacher",
        "Heike Sommerfeld",
        "Bernd Ostendorf",
        "Nicole Baerwald",
        "Goran Petrovic",
        "Ulrike Hansen",
    ],
    "fr": [
        "Yann Le Goff",
        "Samira Bensaid",
        "Isabelle Carre",
        "Francois Weber",
        "Mathilde Royer",
        "Eric Dumas",
        "Leila Haddad",
        "Bruno Castel",
    ],
}
#: First and last names of the lawyers of a firm.
FIRSTS = {
    "en": "James Eleanor Rupert Harriet Marcus Sarah Nikhil Catherine Oliver Zainab Patrick",
    "de": "Katrin Matthias Stefanie Jan-Philipp Claudia Tobias Monika Felix Sabine Henrik Julia",
    "fr": "Sophie Antoine Camille Nicolas Laure Olivier Pierre-Yves Helene Thomas Marion Julien",
}
LASTS = {
    "en": "Ashdown Pryor Whitlock Seddon Carrow Fenner Hargreaves Quinnell Osei Tolland Dunmore "
    "Bexley Ritchie Sandhu Maitland Crewe",
    "de": "Brandt Oehlschlaeger Hellwig Lenz Ruemker Kuhlmann Zapf Sternberg Grimm Wendland "
    "Hoffmann Albers Roeder Nolte Marquardt",
    "fr": "Delorme Vasseur Bonnefoy Mercier Lacroix Anselme Gaillard Roux Ferrand Thibault "
    "Marchal Perrot Levasseur Colin Aubert",
}
_FEMALE = (
    "Eleanor Harriet Sarah Catherine Zainab Lucy Katrin Stefanie Claudia Monika Sabine Julia "
    "Sophie Camille Laure Helene Marion Anne Claire Helen Rachel Bethany Fiona Joanne Andrea "
    "Heike Nicole Ulrike Samira Isabelle Mathilde Leila"
)
FEMALE = set(_FEMALE.split())


def lawyers(name: str, lang: str) -> list[str]:
    """The lawyers of the firm ``name`` (partners first): the people the firm is named after
    where it is, then others."""
    r = random.Random(zlib.crc32(f"pouch-lawyers/{name}".encode()))
    firsts, lasts = FIRSTS[lang].split(), LASTS[lang].split()
    own = [x for x in lasts if x in name]
    if "Claire Anselme" in name:
        out = ["Claire Anselme"]
    elif "Volker Grimm" in name:
        out = ["Dr. Volker Grimm"]
    else:
        out = [f"{r.choice(firsts)} {x}" for x in own]
    others = [x for x in lasts if x not in own]
    r.shuffle(others)
    for last in others[: 6 - len(out)]:
        out.append(f"{r.choice(firsts)} {last}")
    if lang == "de":
        out = [f"Dr. {x}" if r.random() < 0.3 and not x.startswith("Dr.") else x for x in out]
    return out


#: Private clients, opponents and witnesses.
FOLK = {
    "en": [
        "Mr Keith Ormerod",
        "Mrs Janet Sowerby",
        "Ms Aisha Bello",
        "Mr Callum Fraser",
        "Mrs Deborah Kitching",
        "Mr Rajesh Varma",
        "Ms Hannah Steele",
        "Mr Robert Ainsworth",
    ],
    "de": [
        "Herrn Klaus Doerfler",
        "Frau Ingrid Pawlak",
        "Herrn Mehmet Arslan",
        "Frau Sabine Kluth",
        "Herrn Juergen Wittkamp",
        "Frau Elena Petrova",
        "Herrn Dieter Hambloch",
    ],
    "fr": [
        "Monsieur Gerard Lemoine",
        "Madame Nathalie Ferrand",
        "Monsieur Karim Belkacem",
        "Madame Sylvie Morel",
        "Monsieur Jean-Luc Barthe",
        "Madame Agnes Poulain",
        "Monsieur Thierry Vidal",
    ],
}
COMPANIES = {
    "en": [
        "Bramwell Facilities Management Ltd",
        "Orchard Lane Developments Ltd",
        "Greyfield Logistics Ltd",
        "Stanwick Engineering plc",
        "Harcourt Retail Group Ltd",
        "Marlowe Software Solutions Ltd",
    ],
    "de": [
        "Westfalia Anlagenbau GmbH",
        "Rheinblick Immobilien GmbH",
        "Heinen Elektrotechnik GmbH",
        "Medienhaus Bergmann KG",
        "Vogt Logistik GmbH",
        "Kessler Bau AG",
    ],
    "fr": [
        "SAS Batiprim Rhone-Alpes",
        "Societe Nouvelle Garnier SARL",
        "Immobiliere du Parc SA",
        "Logistique Veron SAS",
        "Editions Blanchard SARL",
        "Groupe Sorel Distribution SAS",
    ],
}
ROADS = {
    "en": ["Ferndale Road", "Church Lane", "Westbourne Grove", "Mill Hill", "Albert Street"],
    "de": ["Luegallee", "Ahornweg", "Bonner Strasse", "Kirchfeldstrasse", "Am Rosenhuegel"],
    "fr": ["rue des Lilas", "avenue Jean Jaures", "rue du Moulin", "chemin des Vignes"],
}
TOWNS = {
    "en": ["London SE22 8LB", "Stockport SK2 6NH", "Bath BA1 3EP", "Salford M6 5FX"],
    "de": ["40545 Duesseldorf", "50733 Koeln", "41460 Neuss", "60594 Frankfurt am Main"],
    "fr": ["75011 Paris", "69006 Lyon", "92100 Boulogne-Billancourt", "69100 Villeurbanne"],
}
SUBJECTS = {
    "en": [
        ("unpaid invoices for services supplied", "debt"),
        ("defective building works at the property", "works"),
        ("breach of a commercial lease", "lease"),
        ("breach of warranty under a share purchase agreement", "spa"),
        ("termination of a distribution agreement", "contract"),
        ("boundary dispute", "land"),
    ],
    "de": [
        ("Werklohnforderung", "works"),
        ("Kaufpreisforderung", "debt"),
        ("Raeumung und Zahlung rueckstaendiger Miete", "lease"),
        ("Schadensersatz wegen mangelhafter Leistung", "works"),
        ("Kuendigung des Handelsvertretervertrages", "contract"),
        ("Kuendigungsschutz", "labour"),
    ],
    "fr": [
        ("recouvrement de factures impayees", "debt"),
        ("desordres affectant les travaux", "works"),
        ("resiliation du bail commercial", "lease"),
        ("rupture brutale des relations commerciales etablies", "contract"),
        ("garantie de passif", "spa"),
        ("licenciement sans cause reelle et serieuse", "labour"),
    ],
}
TALK = {
    "en": "claim defendant claimant contract invoice payment breach damages hearing witness "
    "evidence costs order court agreement notice settlement instructions liability interest "
    "period terms schedule disclosure correspondence works premises account",
    "de": "Klage Beklagte Klaegerin Vertrag Rechnung Zahlung Schaden Verhandlung Zeuge Beweis "
    "Kosten Beschluss Gericht Vereinbarung Frist Vergleich Mandantin Haftung Zinsen Leistung "
    "Mangel Anspruch Abnahme Schreiben Vortrag Auftrag",
    "fr": "demande defendeur demandeur contrat facture paiement prejudice audience temoin "
    "preuve frais ordonnance tribunal accord delai transaction cliente responsabilite "
    "interets prestation obligation courrier travaux mise en demeure",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be which that the a in",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem im des nicht",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des en une que",
}

#: The stream's office: its language and, by language, the firm's row.
OFFICE: dict[str, object] = {"lang": "en", "firm": {}, "calls": {}}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A legal sentence in ``lang``: domain words mixed with the language's glue."""
    trade, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(trade if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 2, 5) + timedelta(days=rng.randint(0, 640))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its sender and matter."""
    return random.Random(zlib.crc32(f"pouch/{key}/{who.name}/{who.street}/{who.city}".encode()))


def region(who: Issuer) -> str:
    """The country of ``who``'s papers: mostly the stream's office's, sometimes another."""
    r = seeded(who, "region")
    lang = str(OFFICE["lang"])
    return lang if r.random() < 0.82 else r.choice(["en", "de", "fr"])


def firm_row(lang: str) -> Firm:
    rows = OFFICE["firm"]
    assert isinstance(rows, dict)
    return rows[lang]  # type: ignore[no-any-return]


def bare(name: str) -> str:
    """A person's name without the title of address."""
    for t in ("Mr ", "Mrs ", "Ms ", "Herrn ", "Frau ", "Monsieur ", "Madame ", "Dr. "):
        name = name.removeprefix(t)
    return name


def house(rng: random.Random, lang: str) -> list[str]:
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 140)
    street = f"{road} {no}" if lang == "de" else f"{no} {road}"
    return [street, rng.choice(TOWNS[lang])]


# ---------------------------------------------------------------------------------------------
# Matters: the client, the other side, the court and the references
# ---------------------------------------------------------------------------------------------


@dataclass
class Matter:
    lang: str
    client: str
    client_lines: list[str]
    opponent: str
    opp_lines: list[str]
    ours: str  # claimant | defendant
    court: Firm
    case_no: str
    our_ref: str
    their_ref: str
    subject: str
    topic: str
    value: float
    partner: str
    counsel_name: str
    judge: str
    started: date


def case_no(r: random.Random, lang: str, court: str, d: date) -> str:
    yy = d.year % 100
    if lang == "de":
        if court.startswith("Amtsgericht"):
            return f"{r.randint(110, 148)} C {r.randint(20, 999)}/{yy}"
        return f"{r.randint(2, 16)} O {r.randint(20, 599)}/{yy}"
    if lang == "fr":
        return f"RG n. {yy}/{r.randint(100, 15999):05d}"
    if "High" in court:
        return f"BL-{d.year}-{r.randint(100, 999):06d}"
    return serial(r, "A9AA999") if r.random() < 0.6 else serial(r, "A9Q9AA99")


def our_ref(r: random.Random, lang: str, partner: str, d: date) -> str:
    ini = "".join(x[0] for x in bare(partner).replace("-", " ").split())
    if lang == "de":
        return f"{r.randint(10, 999):04d}/{d.year % 100} {ini}/{serial(r, 'AA').lower()}"
    if lang == "fr":
        return f"Dossier {d.year % 100}.{r.randint(10, 999):04d} - {ini}"
    return f"{ini}/{serial(r, 'AA')}/{r.randint(1000, 9999):06d}-{r.randint(1, 30):04d}"


def matter_of(who: Issuer, kind: str, fresh: bool = True) -> Matter:
    """The matter of a paper: a companion shares the issuer's first matter; a batch run (the
    same kind and issuer again) brings other matters unless not ``fresh``."""
    calls = OFFICE["calls"]
    assert isinstance(calls, dict)
    key = f"{who.name}/{who.street}/{who.city}/{kind}"
    n = calls.get(key, 0)
    calls[key] = n + 1
    r = seeded(who, f"matter{n if fresh else 0}")
    lang = region(who)
    d = on(r) - timedelta(days=r.randint(60, 400))
    client = r.choice(COMPANIES[lang]) if r.random() < 0.55 else r.choice(FOLK[lang])
    opponent = r.choice([c for c in COMPANIES[lang] + FOLK[lang] if c != client])
    court = r.choice([c for c in ROLES["court"] if c[1] == lang])
    subject, topic = r.choice(SUBJECTS[lang])
    partner = r.choice(lawyers(firm_row(lang)[0], lang)[:3])
    rows = [x for x in ROLES["counsel"] if x[1] == lang]
    counsel = seeded(who, "counsel").choice(rows)
    return Matter(
        lang=lang,
        client=client,
        client_lines=[client, *house(r, lang)],
        opponent=opponent,
        opp_lines=[opponent, *house(r, lang)],
        ours=r.choice(["claimant", "claimant", "defendant"]),
        court=court,
        case_no=case_no(r, lang, court[0], d),
        our_ref=our_ref(r, lang, partner, d),
        their_ref=serial(r, r.choice(["AA/999/99", "999/99-AA", "AAA.9999"])),
        subject=subject,
        topic=topic,
        value=round(r.choice([4, 8, 12, 25, 40, 85, 160, 320]) * r.uniform(900, 1300), 2),
        partner=partner,
        counsel_name=r.choice(lawyers(counsel[0], lang)[:2]),
        judge=r.choice(
            {
                "en": ["District Judge Okafor", "HHJ Pearce", "Deputy District Judge Lamb"],
                "de": ["Dr. Boettcher", "Schuermann", "Dr. Reinartz", "Kamps"],
                "fr": ["Mme Delattre", "M. Fournier", "Mme Guerin"],
            }[lang]
        ),
        started=d,
    )


def parties(m: Matter) -> tuple[str, str]:
    """(claimant, defendant) of ``m``."""
    return (m.client, m.opponent) if m.ours == "claimant" else (m.opponent, m.client)


def short_title(m: Matter) -> str:
    a, b = parties(m)
    sep = {"en": " v ", "de": " ./. ", "fr": " c/ "}[m.lang]
    return f"{bare(a)}{sep}{bare(b)}"


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
    look: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    font: str
    bold: str
    size: float
    margin: float
    names: list[str]  # partners shown in the letterhead


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:{i}", "2:Page {i}", "{i}"],
    "de": ["none", "none", "2:- {i} -", "Seite {i} von {n}", "2:Seite {i}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:- {i} -", "none"],
}
FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["wordmark", "ruled", "partners", "centred", "monogram", "tinted", "sidebar"]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    """The footer of a sender: regulator, registration, bank, opening hours."""
    if role == "court":
        return [
            tr(
                lang,
                "When corresponding with the court, please address forms or letters to the "
                "Court Manager and quote the claim number. The court office is open 10am to 4pm.",
                "Oeffnungszeiten: Mo - Fr 8.30 - 12.30 Uhr - Bankverbindung: Landeshauptkasse "
                f"IBAN DE{r.randint(10, 99)} 3005 0000 0004 0{r.randint(100, 999)} 17 - "
                "Bitte bei allen Schreiben die Geschaeftsnummer angeben",
                "",
            )
        ]
    if lang == "en":
        if role in ("firm", "counsel"):
            return [
                f"{name} is authorised and regulated by the Solicitors Regulation Authority "
                f"(SRA No. {r.randint(400000, 699999)}). "
                + (
                    f"A limited liability partnership registered in England and Wales "
                    f"(OC{r.randint(300000, 429999)}); a list of members is open to inspection "
                    "at the registered office."
                    if "LLP" in name
                    else "A list of partners is available at the above address."
                ),
                "We do not accept service by e-mail. Beware of cyber crime: we will never "
                "change our bank details by e-mail.",
            ][: r.choice([1, 2])]
        out = [f"Registered in England and Wales No. {r.randint(2000000, 14999999):08d}"]
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
        return [" - ".join(out)]
    if lang == "de":
        if role in ("firm", "counsel"):
            return [
                f"{name} - Partnerschaftsregister AG Essen PR {r.randint(1000, 4999)} - "
                f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
                f"Geschaeftskonto: Stadtsparkasse IBAN DE{r.randint(10, 99)} 3005 0110 "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
                f"Anderkonto: Deutsche Bank IBAN DE{r.randint(10, 99)} 3007 0010 "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} 00",
            ]
        return [
            f"{name} - Bankverbindung: Sparkasse IBAN DE{r.randint(10, 99)} 3705 0198 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"Steuernummer {r.randint(100, 199)}/{r.randint(1000, 9999)}/{r.randint(1000, 9999)}"
        ]
    if role in ("firm", "counsel"):
        return [
            f"Avocats au Barreau de {r.choice(['Paris', 'Lyon'])} - Toque "
            f"{serial(r, 'A999')} - {name.split(',')[0]} - SIRET {r.randint(300, 899)} "
            f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10000, 99999)} - "
            f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}",
            "Reglement des honoraires par virement ou par cheque - Membre d'une association "
            "agreee, le reglement par cheque est accepte",
        ][: r.choice([1, 2])]
    return [
        f"{name.split(',')[0]} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} "
        f"{r.randint(100, 999)} {r.randint(10000, 99999)} - APE {r.randint(6910, 6920)}Z"
    ]


def head_of(who: Issuer, role: str, lang: str | None = None) -> Head:
    """The ``role`` sender of ``who`` as it prints (the same sender for the same issuer; the
    stream's office for ``firm``), of ``who``'s country; its looks are the sender's own."""
    lang = lang or region(who)
    if role == "firm":
        name, lg, street, town, phone = firm_row(lang)
    else:
        rows = [x for x in ROLES[role] if x[1] == lang] or ROLES[role]
        name, lg, street, town, phone = seeded(who, role).choice(rows)
    r = random.Random(zlib.crc32(f"pouch-look/{name}".encode()))
    if role == "court":
        look = {"en": "crest", "de": "gericht", "fr": "marianne"}[lg]
    else:
        look = r.choice(LOOKS)
    font, bold = r.choice(FONTS)
    if role == "court" and lg == "de":
        font, bold = "Helvetica", "Helvetica-Bold"
    names = lawyers(name, lg) if role in ("firm", "counsel") else []
    return Head(
        name=name,
        lang=lg,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=look,
        again=r.random() < 0.25,
        foot=legal_lines(r, name, lg, role) if r.random() < 0.8 or role == "firm" else [],
        numbers=r.choice(PAGE_NOS[lg]) if role != "court" or lg != "de" else "2:- {i} -",
        corner=r.choice(["bc", "br", "tr", "bc", "br", "tc"]),
        dates=r.choice(["short", "long"] + (["long", "long"] if lg == "en" else [])),
        font=font,
        bold=bold,
        size=r.choice([9.5, 10, 10, 10.5, 11]),
        margin=r.choice([50, 56, 62, 68]),
        names=[n if lg != "en" else bare(n) for n in names],
    )


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


def plain(size: tuple[float, float] = A4, font: str = "Times-Roman", pt: float = 11) -> Style:
    """A private person's paper: no letterhead."""
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, "Courier-Bold")
    return Style(font, bold, pt, 60, "none", "bottom", size, "short")


def initials(name: str) -> str:
    ws = [x for x in name.replace("-", " ").replace("&", " ").split() if x[0].isupper()]
    ws = [x for x in ws if x not in ("LLP", "SCP", "SELARL", "AARPI", "PartGmbB", "Dr.")]
    return "".join(x[0] for x in ws[:3])


def crest(p: Page, x: float, y: float) -> None:
    """The royal arms, drawn small: a shield in a square with supporters' lines."""
    p.rect(x + 8, y, 22, 20)
    p.line(x + 8, y + 20, x + 19, y + 28)
    p.line(x + 30, y + 20, x + 19, y + 28)
    p.line(x + 19, y + 1, x + 19, y + 26)
    p.line(x + 9, y + 10, x + 29, y + 10)
    p.line(x, y + 4, x + 7, y + 24)
    p.line(x + 38, y + 4, x + 31, y + 24)
    p.rect(x + 12, y - 8, 14, 6, fill=0.3)


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 24.0)
    tel = f"{tr(h.lang, 'T', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    if h.look == "crest":
        crest(p, w / 2 - 19, y - 10)
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m)
        p.text(w / 2, y + 34, h.name, s.bold, pt, "center")
        p.text(
            w / 2, y + 45, fit(f"{h.street}, {h.town}", s.font, 7, w - 2 * m), s.font, 7, "center"
        )
        return y + 66
    if h.look == "gericht":
        pt = shrink(h.name, s.bold, s.size + 6, w * 0.6 - m)
        p.text(m, y + 8, h.name, s.bold, pt)
        p.line(m, y + 14, m + 150, y + 14)
        return y + 38
    if h.look == "marianne":
        p.rect(m, y - 10, 4, 26, fill=0.2)
        p.text(m + 10, y, "REPUBLIQUE FRANCAISE", s.bold, 8)
        p.text(m + 10, y + 9, "Liberte - Egalite - Fraternite", italic_of(s.font), 6.5)
        p.text(m + 10, y + 18, "AU NOM DU PEUPLE FRANCAIS", s.font, 6.5)
        pt = shrink(h.name.upper(), s.bold, s.size + 2, w * 0.55 - m)
        p.text(m, y + 38, h.name.upper(), s.bold, pt)
        p.text(m, y + 48, fit(f"{h.street} - {h.town}", s.font, 7, w * 0.55 - m), s.font, 7)
        return y + 68
    if h.look == "wordmark":
        pt = shrink(h.name, s.bold, s.size + 7, w * 0.6 - m)
        p.text(m, y + 8, h.name, s.bold, pt)
        yy = y
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, t, s.font, 7, "right")
                yy += 8.5
        return y + 44
    if h.look == "ruled":
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m)
        p.text(w - m, y + 4, h.name, s.bold, pt, "right")
        line = " | ".join(t for t in (h.street, h.town, tel) if t)
        p.text(w - m, y + 15, fit(line, s.font, 7, w - 2 * m), s.font, 7, "right")
        p.line(m, y + 21, w - m, y + 21)
        p.line(m, y + 23, w - m, y + 23)
        return y + 46
    if h.look == "partners":
        # A German or French law firm's heading: the name centred, the lawyers listed below.
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(w / 2, y + 4, h.name, s.bold, pt, "center")
        t = " - ".join(h.names[:4]) if h.names else ""
        if t:
            p.text(
                w / 2,
                y + 16,
                fit(t, italic_of(s.font), 7, w - 2 * m),
                italic_of(s.font),
                7,
                "center",
            )
        p.line(m, y + 21, w - m, y + 21)
        sub = " - ".join(x for x in (h.street, h.town, tel) if x)
        p.text(w / 2, y + 30, fit(sub, s.font, 6.5, w - 2 * m), s.font, 6.5, "center")
        return y + 50
    if h.look == "centred":
        pt = shrink(h.name.upper(), s.font, s.size + 5, w - 2 * m)
        p.text(w / 2, y + 4, h.name.upper(), s.font, pt, "center")
        sub = " - ".join(t for t in (f"{h.street}, {h.town}", tel) if t)
        p.text(w / 2, y + 15, fit(sub, s.font, 7, w - 2 * m), s.font, 7, "center")
        return y + 40
    if h.look == "monogram":
        p.rect(m, y - 10, 30, 30, fill=0.15)
        p.text(m + 15, y + 10, initials(h.name)[:2], "Times-Bold", 14, "center")
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
    if h.look == "tinted":
        p.rect(0, 0, w, y + 16, fill=0.85)
        pt = shrink(h.name, s.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        if tel:
            p.text(w - m, y + 4, tel, s.font, 8, "right")
        p.text(m, y + 28, fit(f"{h.street} - {h.town}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 52
    # sidebar: the name top right, the lawyers in a small column under it
    pt = shrink(h.name, s.bold, s.size + 2, w * 0.5 - m)
    p.text(w - m, y + 2, h.name, s.bold, pt, "right")
    yy = y + 14
    for t in [h.street, h.town, tel, *h.names[:3]]:
        if t:
            p.text(w - m, yy, fit(t, s.font, 6.5, w * 0.4), s.font, 6.5, "right")
            yy += 8
    return yy + 12


class Sheets(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.5


def sheets(s: Style, h: Head | None, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""
    foot = len(h.foot) if h else 0

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top and h else s.margin - 6
        if h and h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * foot - 8, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = bare(name).split() or ["X"]
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.4, y - 3)


def stamp(p: Page, x: float, y: float, lines: list[str], hand: list[str] | None = None) -> None:
    """A rubber stamp with a double frame, its top-left at ``x``, ``y``; ``hand``: entries
    written in by hand after the printed lines (deadline, initials)."""
    hand = hand or []
    bw = max(len(t) for t in lines + hand) * 5.2 + 18
    bh = 12 * (len(lines) + len(hand)) + 8
    x = max(8.0, min(x, p.size[0] - bw - 14))
    y = max(8.0, min(y, p.size[1] - bh - 30))
    p.rect(x, y, bw, bh)
    p.rect(x + 2.5, y + 2.5, bw - 5, bh - 5)
    for k, t in enumerate(lines):
        p.text(
            x + bw / 2, y + 14 + 12 * k, t, "Helvetica-Bold" if k == 0 else "Helvetica", 8, "center"
        )
    for k, t in enumerate(hand):
        yy = y + 14 + 12 * (len(lines) + k)
        cap, _, val = t.partition(":")
        p.text(x + 8, yy, cap + ":", "Helvetica", 7)
        p.text(x + 14 + 5 * len(cap), yy, val.strip(), HAND, 9)


def got(rng: random.Random, lang: str, d: date) -> tuple[list[str], list[str]]:
    """The firm's received stamp: the date, and the deadline and initials by hand."""
    nm = initials(firm_row(lang)[0])
    later = d + timedelta(days=rng.choice([7, 14, 14, 21, 28]))
    return (
        [tr(lang, "RECEIVED", "EINGEGANGEN", "RECU LE"), date_text(d, lang, "short"), nm],
        [
            tr(lang, "Deadline", "Frist", "Delai") + ": " + date_text(later, lang, "short"),
            tr(lang, "Diary", "notiert", "note") + ": " + serial(rng, "AA"),
        ][: rng.choice([0, 1, 2, 2])],
    )


def female(name: str) -> bool:
    return bare(name).split()[0] in FEMALE


def lawyer_title(name: str, lang: str) -> str:
    f = female(name)
    return tr(
        lang, "Solicitor", "Rechtsanwaeltin" if f else "Rechtsanwalt", "Avocate" if f else "Avocat"
    )


def received(f: Flow, rng: random.Random, lang: str, d: date) -> None:
    """The firm's received stamp on the first page of ``f``: below the text of a short letter,
    else at the top right over the letterhead."""
    w, hh = f.size
    p = f.pages[0]
    lines, hand = got(rng, lang, d + timedelta(days=rng.randint(1, 4)))
    if len(f.pages) == 1 and f.y < hh - 170 and rng.random() < 0.5:
        stamp(p, w - 230, f.y + 10, lines, hand)
    else:
        stamp(p, w * rng.uniform(0.5, 0.66), rng.uniform(8, 22), lines, hand)


def caption(f: Sheets, s: Style, text: str, grow: float = 3, center: bool = False) -> None:
    w, _ = f.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(pt * 4)
    f.y += pt * 0.35
    if center:
        f.page.text(w / 2, f.y, text, s.bold, pt, "center")
    else:
        f.page.text(s.margin, f.y, text, s.bold, pt)
    f.y += pt * 1.9


def numbered(
    f: Sheets, s: Style, items: list[str], pt: float = 0, label: str = "{k}.", start: int = 1
) -> None:
    """Numbered paragraphs with a hanging indent."""
    w, _ = f.size
    pt = pt or s.size
    for k, t in enumerate(items, start):
        lines = wrap(t, s.font, pt, w - 2 * s.margin - 26)
        f.need(pt * 1.4 * min(3, len(lines)))
        f.page.text(s.margin, f.y, label.format(k=k), s.font, pt)
        for ln in lines:
            f.need(pt * 1.4)
            f.page.text(s.margin + 26, f.y, ln, s.font, pt)
            f.y += pt * 1.38
        f.y += pt * 0.6


def recipient(
    f: Sheets,
    s: Style,
    h: Head | None,
    lines: list[str],
    d: date,
    refs: list[tuple[str, str]],
    lang: str = "",
) -> None:
    w, _ = f.size
    y0 = f.y
    show = h if h is not None and h.look not in ("tinted", "crest", "marianne") else None
    below = window(f.page, s, show, y0, lines)
    lang = lang or (h.lang if h else "en")
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [
            *refs,
            (tr(lang, "Date", "Datum", "Date"), day(h, d) if h else date_text(d, lang, "long")),
        ],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 18


def dear(lang: str, name: str | None, colleague: bool = False) -> str:
    if colleague:
        return tr(
            lang,
            "Dear Sirs,",
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,",
            "Mon Cher Confrere,",
        )
    if name is None or not any(
        name.startswith(t) for t in ("Mr", "Mrs", "Ms", "Herrn", "Frau", "Monsieur", "Madame")
    ):
        return tr(lang, "Dear Sirs,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    last = name.split()[-1]
    if lang == "de":
        return (
            f"Sehr geehrte Frau {last},"
            if name.startswith("Frau")
            else f"Sehr geehrter Herr {last},"
        )
    if lang == "fr":
        return f"{name.split()[0]},"
    return f"Dear {name.split()[0]} {last},"


def regards(
    f: Sheets, s: Style, lang: str, name: str, role: str, firm_sig: str = "", formal: bool = True
) -> None:
    f.need(90)
    m = s.margin
    close_ = tr(
        lang,
        "Yours faithfully" if formal else "Yours sincerely",
        "Mit freundlichen Gruessen" if formal else "Mit freundlichen und kollegialen Gruessen",
        "Je vous prie de croire, Madame, Monsieur, a l'assurance de mes sentiments distingues."
        if formal
        else "Votre bien devoue.",
    )
    f.para(m, f.size[0] - 2 * m, close_, s.font, s.size, 0.2)
    f.y += 22
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    if firm_sig:
        f.page.text(m, f.y, firm_sig, s.bold, s.size)
    else:
        f.page.text(m, f.y, bare(name), s.bold, s.size)
        if role:
            f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def enclosures(f: Sheets, s: Style, lang: str, items: list[str]) -> None:
    if not items:
        return
    f.need(s.size * (len(items) + 3))
    f.page.text(s.margin, f.y, tr(lang, "Enc.", "Anlagen", "PJ :"), s.bold, s.size - 1)
    f.y += s.size * 1.3
    for t in items:
        f.page.text(s.margin, f.y, f"- {t}", s.font, s.size - 1)
        f.y += s.size * 1.3
    f.y += 6


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


def fax_line(pages: list[Page], d: date, number: str, name: str, lang: str) -> None:
    """The transmitting fax machine's header line on top of every page."""
    n = len(pages)
    t = f"{d.day:02d}/{d.month:02d}/{d.year} {9 + n % 8:02d}:{17 + 3 * n:02d}"
    for k, p in enumerate(pages, 1):
        w, _ = p.size
        p.text(14, 10, f"{t}  {number}", "Courier", 7)
        p.text(w / 2, 10, fit(name, "Courier", 7, w * 0.35), "Courier", 7, "center")
        p.text(w - 14, 10, tr(lang, "P.", "S.", "P.") + f"{k:03d}/{n:03d}", "Courier", 7, "right")


def amount(lang: str, v: float) -> str:
    return tr(lang, f"GBP {money(v)}", f"{money(v, 'de')} EUR", f"{money(v, 'fr')} EUR")


# ---------------------------------------------------------------------------------------------
# Copies enclosed as exhibits: invoices, letters, contract pages, photographs, e-mails
# ---------------------------------------------------------------------------------------------


def copy_style(rng: random.Random, size: tuple[float, float] = A4) -> Style:
    font = rng.choice(["Helvetica", "Times-Roman", "Courier"])
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, "Courier-Bold")
    return Style(
        font,
        bold,
        rng.choice([9, 9.5, 10]),
        rng.choice([48, 56, 64]),
        "none",
        "bottom",
        size,
        "short",
    )


def seller(m: Matter) -> tuple[str, str]:
    """(the party who invoiced, the party invoiced)."""
    return parties(m)


def copy_invoice(rng: random.Random, m: Matter) -> list[Page]:
    lg = m.lang
    s = copy_style(rng)
    w, hh = A4
    x = s.margin
    frm, to = seller(m)
    if frm not in COMPANIES[lg]:
        frm = rng.choice([c for c in COMPANIES[lg] if c != to])
    p = Page(A4)
    p.text(x, x, bare(frm), s.bold, 15)
    p.text(
        x,
        x + 14,
        fit(f"{house(rng, lg)[0]} - {house(rng, lg)[1]}", s.font, 7.5, w / 2),
        s.font,
        7.5,
    )
    y = x + 60
    for t in [bare(to), *house(rng, lg)]:
        p.text(x, y, t, s.font, s.size)
        y += s.size * 1.3
    d = m.started - timedelta(days=rng.randint(30, 200))
    no = serial(rng, rng.choice(["RE-2024-9999", "INV 99999", "F24-999"]))
    yy = pairs(
        p,
        s,
        w * 0.58,
        x + 60,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client n."), serial(rng, "99999")),
        ],
        w - x,
    )
    y = max(y, yy) + 24
    p.text(x, y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, 13)
    y += 20
    cols = columns(
        x, w - x, [(0.6, "left"), (4, "left"), (0.9, "right"), (1.2, "right"), (1.3, "right")]
    )
    for c, t in zip(
        cols,
        [
            "Pos",
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        strict=True,
    ):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            t,
            s.bold,
            8.5,
            "left" if c[2] == "left" else "right",
        )
    p.line(x, y + 4, w - x, y + 4)
    y += 16
    net = 0.0
    for k in range(rng.randint(2, 9)):
        q = rng.randint(1, 40)
        pr = round(rng.uniform(20, 900), 2)
        net += q * pr
        desc = words(rng, lg, rng.randint(3, 6))[:-1]
        for c, t in zip(
            cols, [str(k + 1), desc, str(q), money(pr, lg), money(q * pr, lg)], strict=True
        ):
            p.text(
                c[0] if c[2] == "left" else c[1],
                y,
                fit(t, s.font, 8.5, c[1] - c[0]),
                s.font,
                8.5,
                "left" if c[2] == "left" else "right",
            )
        y += 13
    p.line(w * 0.55, y, w - x, y)
    y += 14
    rate = {"en": 0.2, "de": 0.19, "fr": 0.2}[lg]
    pairs(
        p,
        s,
        w * 0.55,
        y,
        [
            (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
            (tr(lg, "VAT", "USt.", "TVA") + f" {int(rate * 100)}%", money(net * rate, lg)),
            (tr(lg, "Total due", "Gesamtbetrag", "Total TTC"), money(net * (1 + rate), lg)),
        ],
        w - x,
    )
    p.text(
        x,
        hh - 70,
        fit(
            tr(
                lg,
                "Payment within 30 days of the invoice date.",
                "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
                "Paiement a 30 jours. Penalites de retard: 3 fois le taux legal.",
            ),
            s.font,
            7.5,
            w - 2 * x,
        ),
        s.font,
        7.5,
    )
    return [p]


def copy_letter(rng: random.Random, m: Matter) -> list[Page]:
    lg = m.lang
    s = copy_style(rng, rng.choice([A4, A4, LETTER]) if lg == "en" else A4)
    w, _ = s.page_size
    x = s.margin
    frm, to = rng.sample(parties(m), 2)
    p = Page(s.page_size)
    p.text(w - x, x, bare(frm), s.bold, 12, "right")
    p.line(x, x + 8, w - x, x + 8)
    f = Sheets(s.page_size, s.page_size[1] - x, lambda pg, n: x + 34 if n == 1 else x)
    f.pages = [p]
    f.page = p
    f.y = x + 40
    for t in [bare(to), *house(rng, lg)]:
        f.page.text(x, f.y, t, s.font, s.size)
        f.y += s.size * 1.3
    f.y += 12
    f.page.text(
        w - x,
        f.y,
        date_text(m.started - timedelta(days=rng.randint(5, 90)), lg, "long"),
        s.font,
        s.size,
        "right",
    )
    f.y += 24
    caption(
        f,
        s,
        rng.choice(
            [
                tr(lg, "Final reminder", "Letzte Mahnung", "Mise en demeure"),
                tr(lg, "Notice of defects", "Maengelanzeige", "Reclamation"),
                tr(lg, "Termination", "Kuendigung", "Resiliation"),
                tr(lg, "Your order", "Ihr Auftrag", "Votre commande"),
            ]
        ),
        1,
    )
    f.para(x, w - 2 * x, dear(lg, to), s.font, s.size)
    for _ in range(rng.randint(2, 4)):
        f.para(x, w - 2 * x, prose(rng, lg), s.font, s.size)
    f.para(
        x,
        w - 2 * x,
        tr(lg, "Yours faithfully", "Mit freundlichen Gruessen", "Salutations distinguees."),
        s.font,
        s.size,
    )
    f.y += 20
    sign(f.page, x, f.y, rng.choice(PEOPLE[lg]))
    return f.pages


def copy_contract(rng: random.Random, m: Matter) -> list[Page]:
    lg = m.lang
    s = copy_style(rng)
    w, hh = A4
    x = s.margin
    f = Sheets(A4, hh - x, lambda pg, n: x)
    caption(
        f,
        s,
        rng.choice(
            [
                tr(
                    lg,
                    "TERMS AND CONDITIONS OF SUPPLY",
                    "ALLGEMEINE GESCHAEFTSBEDINGUNGEN",
                    "CONDITIONS GENERALES DE VENTE",
                ),
                tr(lg, "SERVICES AGREEMENT", "WERKVERTRAG", "CONTRAT DE PRESTATION"),
                tr(lg, "LEASE", "MIETVERTRAG UEBER GEWERBERAEUME", "BAIL COMMERCIAL"),
            ]
        ),
        2,
        center=True,
    )
    k0 = rng.randint(1, 9)
    for k in range(k0, k0 + rng.randint(3, 6)):
        f.need(60)
        f.page.text(
            x,
            f.y,
            tr(lg, f"{k}. ", f"Paragraph {k} ", f"Article {k} - ") + words(rng, lg, 3)[:-1].title(),
            s.bold,
            s.size,
        )
        f.y += s.size * 1.6
        for j in range(rng.randint(1, 3)):
            f.para(x, w - 2 * x, f"{k}.{j + 1} " + prose(rng, lg, 1, 3), s.font, s.size - 0.5)
    if rng.random() < 0.6 and f.y < hh - 150:
        y = f.y + 20
        for k, who_ in enumerate(parties(m)):
            xx = x + k * (w - 2 * x) / 2
            p_ = f.page
            p_.line(xx, y + 30, xx + 170, y + 30)
            sign(p_, xx + 10, y + 26, rng.choice(PEOPLE[lg]))
            p_.text(xx, y + 42, fit(bare(who_), s.font, 8, 180), s.font, 8)
    return f.pages


def copy_photos(rng: random.Random, m: Matter, per: int = 0) -> list[Page]:
    lg = m.lang
    per = per or rng.choice([2, 4])
    p = Page(A4)
    w, hh = A4
    x = 50
    cols = 1 if per == 2 else 2
    rows = per // cols
    cw = (w - 2 * x - 14 * (cols - 1)) / cols
    ch = (hh - 120 - 26 * rows) / rows
    for j in range(per):
        cx = x + (j % cols) * (cw + 14)
        cy = 60 + (j // cols) * (ch + 26)
        photo(p, cx, cy, cw, ch, rng)
        if rng.random() < 0.7:
            cap = f"{tr(lg, 'Photo', 'Bild', 'Photo')} {j + 1} - {words(rng, lg, 4)[:-1]}"
            p.text(cx, cy + ch + 12, fit(cap, "Helvetica", 7.5, cw), "Helvetica", 7.5)
    return [p]


def copy_email(rng: random.Random, m: Matter) -> list[Page]:
    lg = m.lang
    s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "short")
    w, hh = A4
    x = s.margin
    a, b = rng.sample([bare(rng.choice(PEOPLE[lg])), bare(m.client), bare(m.opponent)], 2)
    f = Sheets(A4, hh - 60, lambda pg, n: 40)
    f.page.text(x, 30, fit(f"{a.split()[0]} - Outlook", "Helvetica", 7, 200), "Helvetica", 7)
    f.page.text(w - x, 30, date_text(on(rng), lg, "short") + " 16:02", "Helvetica", 7, "right")
    f.y = 60
    d = m.started - timedelta(days=rng.randint(3, 80))
    for cap, val in [
        (tr(lg, "From:", "Von:", "De :"), f"{a} <{a.split()[-1].lower()}@{serial(rng, 'aaaa')}>"),
        (
            tr(lg, "Sent:", "Gesendet:", "Envoye :"),
            date_text(d, lg, "long") + " 11:4" + str(rng.randint(0, 9)),
        ),
        (tr(lg, "To:", "An:", "A :"), b),
        (tr(lg, "Subject:", "Betreff:", "Objet :"), "RE: " + words(rng, lg, 4)[:-1]),
    ]:
        f.page.text(x, f.y, cap, s.bold, 9)
        f.page.text(
            x + 60,
            f.y,
            fit(
                val.replace("aaaa", "mail").lower() if "@" in val else val,
                s.font,
                9,
                w - 2 * x - 60,
            ),
            s.font,
            9,
        )
        f.y += 13
    f.y += 10
    f.para(x, w - 2 * x, tr(lg, "Hi,", "Hallo,", "Bonjour,"), s.font, s.size)
    for _ in range(rng.randint(2, 5)):
        f.para(x, w - 2 * x, prose(rng, lg, 1, 3), s.font, s.size)
    f.para(x, w - 2 * x, a.split()[0], s.font, s.size)
    return f.pages


COPIES = [copy_invoice, copy_letter, copy_contract, copy_photos, copy_email]


def exhibit_label(lang: str, side: str, k: int, style: str) -> str:
    if lang == "de":
        return f"Anlage {'K' if side == 'claimant' else 'B'} {k}"
    if lang == "fr":
        return f"Piece n. {k}"
    return f"{style} {k}" if style else f"Annex {k}"


def mark(p: Page, label: str, boxed: bool = True) -> None:
    """The exhibit label written or stamped at the top right of a copy."""
    w, _ = p.size
    if boxed:
        bw = len(label) * 6.2 + 14
        p.rect(w - 40 - bw, 16, bw, 18, fill=1.0)
        p.rect(w - 40 - bw, 16, bw, 18)
        p.text(w - 40 - bw / 2, 29, label, "Helvetica-Bold", 10, "center")
    else:
        p.text(w - 44, 30, label, HAND, 12, "right")


def exhibits(
    rng: random.Random, m: Matter, side: str, n: int, start: int = 1
) -> tuple[list[Page], list[str]]:
    """``n`` exhibits (copies) with their labels, and their list for the schedule."""
    pages: list[Page] = []
    names: list[str] = []
    boxed = rng.random() < 0.7
    for k in range(start, start + n):
        make = rng.choice(COPIES)
        ps = make(rng, m)[: rng.choice([1, 1, 2])]
        label = exhibit_label(m.lang, side, k, "")
        mark(ps[0], label, boxed)
        pages += ps
        names.append(
            {
                copy_invoice: tr(m.lang, "invoice", "Rechnung", "facture"),
                copy_letter: tr(m.lang, "letter", "Schreiben", "courrier"),
                copy_contract: tr(m.lang, "contract", "Vertrag", "contrat"),
                copy_photos: tr(m.lang, "photographs", "Lichtbilder", "photographies"),
                copy_email: tr(m.lang, "e-mail", "E-Mail", "courriel"),
            }[make]
        )
    return pages, names


# ---------------------------------------------------------------------------------------------
# Templates Y: the courts
# ---------------------------------------------------------------------------------------------


def court_head(who: Issuer, m: Matter) -> Head:
    """The court of ``m`` as it prints."""
    h = head_of(who, "court", m.lang)
    name, lg, street, town, phone = m.court
    h.name, h.street, h.town, h.phone = name, street, town, phone
    r = random.Random(zlib.crc32(f"pouch-court/{name}".encode()))
    h.foot = legal_lines(r, name, lg, "court") if lg != "fr" else []
    h.font, h.bold = (
        ("Helvetica", "Helvetica-Bold") if lg != "fr" else ("Times-Roman", "Times-Bold")
    )
    h.margin = 58
    h.size = 10
    h.again = False
    return h


def firm_lines(m: Matter, attn: bool = True) -> list[str]:
    name, lg, street, town, _ = firm_row(m.lang)
    out = [name]
    if attn:
        out.append(
            tr(
                lg,
                f"FAO {bare(m.partner)}",
                f"z. Hd. {m.partner}",
                f"A l'attention de Maitre {bare(m.partner)}",
            )
        )
    return [*out, street, town]


def court_info(p: Page, s: Style, h: Head, m: Matter, y: float, d: date) -> float:
    """The info column of a German court letter: Geschaeftsnummer, date, room, telephone."""
    w, _ = p.size
    x = w * 0.63
    for cap, val in [
        ("Geschaeftsnummer", m.case_no),
        ("Bitte bei allen Schreiben angeben", ""),
        ("Datum", date_text(d, "de", "short")),
        (
            "Durchwahl",
            (
                "0211 "
                f"{random.Random(m.case_no).randint(8370, 8399)}-"
                f"{random.Random(m.judge).randint(100, 899)}"
            ),
        ),
        (
            "Zimmer",
            f"{random.Random(m.case_no).randint(1, 4)}."
            f"{random.Random(m.judge).randint(100, 250):03d}",
        ),
    ]:
        p.text(x, y, cap, s.font, 6.5 if val else 6)
        if val:
            p.text(x, y + 9, val, s.bold if cap == "Geschaeftsnummer" else s.font, 8.5)
            y += 21
        else:
            y += 10
    return y


def before(rng: random.Random, d: date, lo: int, hi: int, lang: str) -> str:
    """A date ``lo``..``hi`` days before ``d``, written short."""
    return date_text(d - timedelta(days=rng.randint(lo, hi)), lang, "short")


def other_counsel(rng: random.Random, lang: str) -> str:
    return rng.choice([c[0] for c in ROLES["counsel"] if c[1] == lang])


def court_title(m: Matter) -> str:
    """The English court named as in a heading: IN THE COUNTY COURT AT BRISTOL."""
    name = m.court[0]
    if name.endswith("County Court"):
        return f"IN THE COUNTY COURT AT {name.split()[0].upper()}"
    return ("IN THE " + name).upper()


def tpl_court_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The court's notice of hearing (Terminsladung, avis d'audience / bulletin de procedure)
    to the firm: the parties, the date, time and room of the hearing, sometimes directions on a
    second page."""
    m = matter_of(who, "court_notice")
    lg = m.lang
    h = court_head(who, m)
    s = style_of(h)
    w, _ = A4
    x = s.margin
    d = on(rng)
    hear = d + timedelta(days=rng.randint(21, 120))
    hour = rng.choice(["09:30", "10:00", "10:30", "11:15", "14:00"])
    a, b = parties(m)
    f = sheets(s, h, f"{m.court[0]} - {m.case_no}")
    if lg == "de":
        top = f.y
        window(f.page, s, h, top, [firm_row("de")[0], firm_row("de")[2], firm_row("de")[3]])
        court_info(f.page, s, h, m, top - 8, d)
        f.y = top + 120
        caption(f, s, "Terminsladung" if rng.random() < 0.6 else "Ladung zum Termin", 2)
        write(f, s, f"In dem Rechtsstreit {short_title(m)}")
        write(f, s, "Sehr geehrte Damen und Herren Rechtsanwaelte,")
        write(
            f,
            s,
            (
                "in vorbezeichneter Sache wird Termin zur "
                + rng.choice(
                    [
                        "muendlichen Verhandlung",
                        "Guete- und muendlichen Verhandlung",
                        "Beweisaufnahme und muendlichen Verhandlung",
                    ]
                )
                + " "
                "bestimmt auf"
            ),
        )
        f.y += 4
        f.page.text(x + 40, f.y, f"{date_text(hear, 'de', 'long')}, {hour} Uhr", s.bold, s.size + 1)
        f.y += 16
        f.page.text(
            x + 40,
            f.y,
            f"Sitzungssaal {rng.randint(1, 3)}.{rng.randint(101, 260)}, {m.court[2]}",
            s.font,
            s.size,
        )
        f.y += 24
        if rng.random() < 0.6:
            write(
                f,
                s,
                "Das persoenliche Erscheinen der Parteien wird angeordnet (Paragraph 141 ZPO). "
                + words(rng, lg),
            )
        write(f, s, prose(rng, lg, 1, 2))
        f.y += 8
        f.page.text(x, f.y, "Auf Anordnung", s.font, s.size)
        f.page.text(
            x,
            f.y + 14,
            f"{rng.choice(['Meyer', 'Kowalski', 'Hendricks', 'Schulte'])}, Justizbeschaeftigte",
            s.font,
            s.size,
        )
        f.page.text(x, f.y + 28, "als Urkundsbeamtin der Geschaeftsstelle", s.font, s.size)
        f.y += 48
        write(
            f,
            s,
            "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
            7.5,
        )
    elif lg == "fr":
        f.page.text(w - x, f.y - 20, f"{m.case_no}", s.bold, 10, "right")
        f.page.text(
            w - x, f.y - 8, f"N. Portalis {serial(rng, '99A9-A-A9A-A9AAA')}", s.font, 7.5, "right"
        )
        recipient(
            f, s, None, [f"Maitre {bare(m.partner)}", *firm_lines(m, False)], d, [], lang="fr"
        )
        caption(
            f,
            s,
            rng.choice(["AVIS D'AUDIENCE", "BULLETIN DE PROCEDURE", "CONVOCATION A L'AUDIENCE"]),
            3,
            center=True,
        )
        f.page.text(x, f.y, f"Affaire : {short_title(m)}", s.bold, s.size)
        f.y += 16
        write(
            f,
            s,
            (
                f"Chambre : {rng.randint(1, 9)}e chambre "
                f"{rng.choice(['civile', 'commerciale', '- section 2'])}"
            ),
        )
        write(
            f,
            s,
            (
                "Nous vous informons que l'affaire est appelee a l'audience du "
                f"{date_text(hear, 'fr', 'long')} a {hour.replace(':', 'h')}, salle "
                f"{rng.randint(1, 30)}. "
            )
            + words(rng, lg),
        )
        if rng.random() < 0.5:
            write(f, s, "Le magistrat charge de la mise en etat a fixe le calendrier suivant :")
            numbered(
                f,
                s,
                [
                    f"{t} : {date_text(d + timedelta(days=rng.randint(10, 90)), 'fr', 'short')}"
                    for t in [
                        "Conclusions du defendeur",
                        "Conclusions en replique",
                        "Cloture de l'instruction",
                    ]
                ],
                label="-",
            )
        write(f, s, prose(rng, lg, 1, 2))
        f.y += 10
        f.page.text(w - x - 120, f.y, "Le greffier", s.font, s.size)
        f.y += 30
    else:
        f.page.text(w - x, f.y - 14, "Claim Number", s.font, 7, "right")
        f.page.rect(w - x - 110, f.y - 10, 110, 18)
        f.page.text(w - x - 55, f.y + 3, m.case_no, s.bold, 10, "center")
        f.y += 20
        for cap, val in [("Claimant", bare(a)), ("Defendant", bare(b))]:
            f.page.text(x, f.y, cap, s.font, 8)
            f.page.text(x + 80, f.y, fit(val, s.bold, s.size, w - 2 * x - 80), s.bold, s.size)
            f.y += 14
        f.y += 10
        window(f.page, s, None, f.y, firm_lines(m, False))
        f.y += 70
        caption(
            f,
            s,
            rng.choice(
                ["NOTICE OF HEARING", "Notice of Hearing", "NOTICE OF ALLOCATION TO THE FAST TRACK"]
            ),
            3,
        )
        write(
            f,
            s,
            (
                "TAKE NOTICE that the "
                f"{rng.choice(['claim', 'application', 'case management conference'])} will "
                "be heard by a "
                f"{rng.choice(['District Judge', 'Circuit Judge', 'Deputy District Judge'])} "
                "at"
            ),
        )
        f.page.text(x + 30, f.y, m.court[0], s.bold, s.size)
        f.page.text(
            x + 30, f.y + 13, fit(m.court[2], s.font, s.size, w - 2 * x - 30), s.font, s.size
        )
        f.page.text(x + 30, f.y + 26, m.court[3], s.font, s.size)
        f.y += 44
        pairs(
            f.page,
            s,
            x + 30,
            f.y,
            [
                ("on", date_text(hear, "en", "long")),
                ("at", hour),
                ("Time estimate", rng.choice(["30 minutes", "1 hour", "2 hours", "1 day"])),
            ],
            x + 280,
            s.size,
        )
        f.y += 56
        if rng.random() < 0.5:
            caption(f, s, "Directions", 0)
            numbered(f, s, [words(rng, lg, rng.randint(12, 24)) for _ in range(rng.randint(2, 7))])
        write(f, s, "Please note: " + words(rng, lg, 18), 8)
        f.page.text(x, f.y + 6, f"Dated {date_text(d, 'en', 'long')}", s.font, s.size)
        f.y += 20
    return close(f.pages, s, h, numbers="none" if len(f.pages) == 1 else h.numbers)


def tpl_court_order(rng: random.Random, who: Issuer) -> list[Page]:
    """An order or judgment (English order with its recitals and numbered paragraphs, German
    Urteil or Beschluss with Tenor, Tatbestand, Entscheidungsgruende and Rechtsbehelfsbelehrung,
    French jugement), sometimes behind the court's covering letter, which belongs to it."""
    m = matter_of(who, "court_order")
    lg = m.lang
    h = court_head(who, m)
    s = style_of(h)
    w, _ = A4
    x = s.margin
    d = on(rng)
    a, b = parties(m)
    pages: list[Page] = []
    if rng.random() < 0.35:
        c = sheets(s, h, "")
        if lg == "de":
            top = c.y
            window(c.page, s, h, top, [firm_row("de")[0], firm_row("de")[2], firm_row("de")[3]])
            court_info(c.page, s, h, m, top - 8, d)
            c.y = top + 120
            write(c, s, f"In dem Rechtsstreit {short_title(m)}")
            write(
                c,
                s,
                "erhalten Sie anliegend eine beglaubigte Abschrift des "
                + rng.choice(["Urteils", "Beschlusses"])
                + (
                    f" vom {date_text(d, 'de', 'short')} zur Kenntnisnahme. Zugestellt gegen "
                    "Empfangsbekenntnis."
                ),
            )
            write(c, s, "Mit freundlichen Gruessen")
            c.y += 12
            write(
                c, s, f"{rng.choice(['Brockmann', 'Yilmaz', 'Theissen'])}, Justizhauptsekretaerin"
            )
        else:
            recipient(
                c, s, None, firm_lines(m), d, [(tr(lg, "Claim No", "", "Dossier"), m.case_no)], lg
            )
            write(c, s, tr(lg, f"{short_title(m)}", "", f"Affaire : {short_title(m)}"))
            write(
                c,
                s,
                tr(
                    lg,
                    "Please find enclosed a sealed copy of the order made on "
                    f"{date_text(d, lg, 'long')}. You must serve a copy on the other parties. "
                    "If you have any queries please contact the court quoting the claim number.",
                    "",
                    "Veuillez trouver ci-joint une copie certifiee conforme du jugement rendu le "
                    f"{date_text(d, lg, 'long')}. " + words(rng, lg),
                ),
            )
            write(c, s, tr(lg, "Yours faithfully", "", "Le greffier"))
            c.y += 14
            write(c, s, tr(lg, "Civil Team", "", "Service civil"))
        pages += close(c.pages, s, h, numbers="none")
    if lg == "de":
        kind = rng.choice(["Urteil", "Urteil", "Beschluss", "Versaeumnisurteil"])
        f = sheets(s, None, "")
        f.y = x
        f.page.text(x, f.y, "Beglaubigte Abschrift", s.bold, 9)
        f.page.text(w - x, f.y, m.case_no, s.bold, 10, "right")
        f.y += 24
        crest_x = w / 2 - 19
        crest(f.page, crest_x, f.y)
        f.y += 50
        caption(f, s, m.court[0], 3, center=True)
        if kind != "Beschluss":
            caption(f, s, "IM NAMEN DES VOLKES", 1, center=True)
        caption(f, s, kind, 4, center=True)
        write(f, s, "In dem Rechtsstreit")
        for nm, role in [(a, "Klaegerin" if a in COMPANIES["de"] else "Klaeger"), (b, "Beklagte")]:
            write(f, s, f"{bare(nm)}, {house(rng, 'de')[0]}, {house(rng, 'de')[1]},", indent=30)
            write(f, s, f"- {role} -", indent=200)
            firm = (
                firm_row("de")[0]
                if nm == m.client
                else rng.choice([c[0] for c in ROLES["counsel"] if c[1] == "de"])
            )
            write(f, s, f"Prozessbevollmaechtigte: {firm}", indent=30)
            if nm == a:
                write(f, s, "gegen", indent=0)
        write(
            f,
            s,
            (
                f"hat die {rng.randint(1, 16)}. Zivilkammer des {m.court[0]} auf die "
                "muendliche Verhandlung vom "
                f"{date_text(d - timedelta(days=rng.randint(14, 40)), 'de', 'short')} durch "
                + ", ".join(
                    [
                        "den Vorsitzenden Richter am Landgericht " + m.judge,
                        "die Richterin " + rng.choice(["Dr. Stoll", "Lamberts"]),
                        "den Richter " + rng.choice(["Pauly", "Hesse"]),
                    ]
                )
                + " "
                "fuer Recht erkannt:"
            ),
        )
        tenor = [
            (
                f"Die Beklagte wird verurteilt, an die Klaegerin {money(m.value, 'de')} EUR "
                "nebst Zinsen in Hoehe von 9 Prozentpunkten ueber dem Basiszinssatz seit dem "
                f"{date_text(m.started, 'de', 'short')} zu zahlen."
            ),
            "Im Uebrigen wird die Klage abgewiesen.",
            (
                "Die Kosten des Rechtsstreits tragen die Klaegerin zu "
                f"{rng.choice([10, 20, 25, 30])} % und die Beklagte zu "
                f"{rng.choice([70, 75, 80, 90])} %."
            ),
            (
                "Das Urteil ist gegen Sicherheitsleistung in Hoehe von 110 % des jeweils zu "
                "vollstreckenden Betrages vorlaeufig vollstreckbar."
            ),
        ]
        numbered(f, s, tenor[: rng.randint(2, 4)])
        for head_, paras in [
            ("Tatbestand", rng.randint(2, 4)),
            ("Entscheidungsgruende", rng.randint(2, 5)),
        ]:
            caption(f, s, head_, 1.5, center=True)
            if head_ == "Entscheidungsgruende":
                for t in ["I.", "II.", "III."][: rng.randint(2, 3)]:
                    f.need(40)
                    f.page.text(x, f.y, t, s.bold, s.size)
                    f.y += 14
                    for _ in range(max(1, paras // 2)):
                        write(f, s, prose(rng, lg, 2, 4))
            else:
                for _ in range(paras):
                    write(f, s, prose(rng, lg, 2, 4))
        f.need(140)
        caption(f, s, "Rechtsbehelfsbelehrung:", 0)
        write(
            f,
            s,
            (
                "Gegen dieses Urteil ist das Rechtsmittel der Berufung fuer jeden zulaessig, "
                "der durch dieses Urteil in seinen Rechten benachteiligt ist, wenn der Wert "
                "des Beschwerdegegenstandes 600,00 EUR uebersteigt. "
            )
            + prose(rng, lg, 2, 3),
            7.5,
        )
        f.need(70)
        f.y += 10
        for k, nm in enumerate([m.judge, "Dr. Stoll", "Pauly"]):
            f.page.text(x + k * (w - 2 * x) / 3, f.y, nm, s.font, s.size)
        f.y += 30
        f.page.text(x, f.y, "Beglaubigt", s.font, s.size)
        sign(f.page, x, f.y + 22, "Urkundsbeamter Krings")
        f.page.text(x, f.y + 34, "Urkundsbeamter der Geschaeftsstelle", s.font, 8)
        f.page.rect(x + 200, f.y - 6, 60, 44)
        f.page.text(x + 230, f.y + 18, "Siegel", "Helvetica", 6, "center")
        f.y += 50
        pages += foot_and_number(f.pages, s, [], "2:- {i} -", "tc")
    elif lg == "fr":
        f = sheets(s, h, f"{m.case_no} - {short_title(m)}")
        f.page.text(w - x, x - 10, m.case_no, s.bold, 10, "right")
        if rng.random() < 0.5:
            stamp(
                f.page,
                w / 2 - 10,
                16,
                [
                    "COPIE EXECUTOIRE",
                    "delivree le",
                    date_text(d + timedelta(days=rng.randint(3, 20)), "fr", "short"),
                ],
            )
        caption(f, s, f"JUGEMENT rendu le {date_text(d, 'fr', 'long')}", 2, center=True)
        for cap, nm in [
            ("DEMANDERESSE" if a in COMPANIES["fr"] else "DEMANDEUR", a),
            ("DEFENDERESSE" if b in COMPANIES["fr"] else "DEFENDEUR", b),
        ]:
            f.page.text(x, f.y, cap, s.bold, s.size)
            f.y += 14
            write(f, s, f"{bare(nm)}, {', '.join(house(rng, 'fr'))}", indent=20)
            av = (
                firm_row("fr")[0]
                if nm == m.client
                else rng.choice([c[0] for c in ROLES["counsel"] if c[1] == "fr"])
            )
            write(
                f,
                s,
                f"represente(e) par {av}, avocat au barreau de {rng.choice(['Paris', 'Lyon'])}",
                indent=20,
            )
        caption(f, s, "COMPOSITION DU TRIBUNAL", 0)
        write(
            f,
            s,
            (
                f"{m.judge}, Vice-president(e), statuant en juge unique, assiste(e) de "
                f"{rng.choice(['Mme Roussel', 'M. Akli'])}, greffier."
            ),
        )
        caption(f, s, "DEBATS", 0)
        write(
            f,
            s,
            (
                "A l'audience du "
                f"{date_text(d - timedelta(days=rng.randint(20, 60)), 'fr', 'long')}, tenue "
                "en audience publique. Jugement contradictoire, en premier ressort."
            ),
        )
        for head_ in ["EXPOSE DU LITIGE", "MOTIFS DE LA DECISION"]:
            caption(f, s, head_, 1)
            for _ in range(rng.randint(2, 5)):
                write(f, s, prose(rng, lg, 2, 4))
        caption(f, s, "PAR CES MOTIFS", 1, center=True)
        write(
            f,
            s,
            (
                "Le tribunal, statuant publiquement, par jugement contradictoire et en "
                "premier ressort,"
            ),
        )
        for t in [
            (
                f"CONDAMNE {bare(b)} a payer a {bare(a)} la somme de {money(m.value, 'fr')} "
                "euros avec interets au taux legal a compter du "
                f"{date_text(m.started, 'fr', 'short')} ;"
            ),
            (
                f"CONDAMNE {bare(b)} a payer a {bare(a)} la somme de "
                f"{rng.choice([1500, 2000, 3000, 4000])} euros au titre de l'article 700 du "
                "code de procedure civile ;"
            ),
            "REJETTE le surplus des demandes ;",
            "RAPPELLE que l'execution provisoire est de droit.",
        ][: rng.randint(2, 4)]:
            write(f, s, t, indent=10)
        f.need(80)
        f.y += 8
        write(
            f,
            s,
            f"Fait et juge a {m.court[3].split()[-1].title()}, le {date_text(d, 'fr', 'long')}",
        )
        f.page.text(x, f.y + 6, "LE GREFFIER", s.bold, s.size)
        f.page.text(w - x - 120, f.y + 6, "LE PRESIDENT", s.bold, s.size)
        sign(f.page, x, f.y + 34, "C Roussel")
        sign(f.page, w - x - 120, f.y + 34, m.judge)
        f.y += 50
        pages += close(f.pages, s, h, numbers="Page {i} / {n}")
    else:
        f = sheets(s, None, "")
        f.y = x
        f.page.text(w - x, f.y, f"Claim No. {m.case_no}", s.bold, 10, "right")
        f.y += 20
        caption(f, s, court_title(m), 1, center=True)
        f.y += 6
        f.page.text(w / 2, f.y, "BETWEEN:", s.bold, s.size, "center")
        f.y += 22
        for nm, role in [(a, "Claimant"), (b, "Defendant")]:
            f.page.text(w / 2, f.y, bare(nm).upper(), s.bold, s.size, "center")
            f.page.text(w - x, f.y + 14, role, s.font, s.size, "right")
            f.y += 32
            if role == "Claimant":
                f.page.text(w / 2, f.y - 6, "- and -", s.font, s.size, "center")
                f.y += 10
        f.page.line(x + 60, f.y, w - x - 60, f.y)
        f.y += 18
        caption(f, s, rng.choice(["ORDER", "ORDER", "JUDGMENT", "CONSENT ORDER"]), 3, center=True)
        f.page.line(x + 60, f.y - 10, w - x - 60, f.y - 10)
        f.y += 8
        write(
            f,
            s,
            (
                f"BEFORE {m.judge} sitting at {m.court[0]}, {m.court[3]}, on "
                f"{date_text(d, 'en', 'long')}"
            ),
        )
        write(
            f,
            s,
            "UPON hearing "
            + rng.choice(
                [
                    "counsel for the Claimant and the Defendant in person",
                    "the solicitor for the Claimant and counsel for the Defendant",
                    "the parties' representatives",
                ]
            ),
        )
        write(f, s, "AND UPON reading " + words(rng, lg, 10))
        f.page.text(x, f.y, "IT IS ORDERED THAT:", s.bold, s.size)
        f.y += 18
        numbered(f, s, [words(rng, lg, rng.randint(14, 40)) for _ in range(rng.randint(3, 12))])
        f.need(90)
        write(f, s, "Service of this order", 0)
        write(
            f,
            s,
            "The court has provided a sealed copy of this order to the serving party: "
            + bare(firm_row("en")[0])
            + ", "
            + firm_row("en")[2]
            + ".",
            8.5,
        )
        f.page.rect(w - x - 80, f.y - 4, 70, 70)
        f.page.text(w - x - 45, f.y + 30, "SEAL", "Helvetica-Bold", 9, "center")
        f.page.text(
            w - x - 45, f.y + 42, m.court[0].split()[-1].upper()[:14], "Helvetica", 6, "center"
        )
        f.y += 80
        pages += foot_and_number(
            f.pages, s, [], rng.choice(["none", "Page {i} of {n}", "2:{i}"]), "bc"
        )
    return pages


# ---------------------------------------------------------------------------------------------
# Templates Y: pleadings with their exhibits
# ---------------------------------------------------------------------------------------------


def pleading(rng: random.Random, who: Issuer, kind: str) -> list[Page]:
    """A statement of claim or a defence with its exhibits: the author is the firm when it
    acts for that side, else the other side's lawyers."""
    m = matter_of(who, kind)
    lg = m.lang
    side = "claimant" if kind == "claim" else "defendant"
    ours = m.ours == side
    h = head_of(who, "firm" if ours else "counsel", lg)
    s = style_of(h, A4, pt=min(h.size, 10.5))
    w, hh = A4
    x = s.margin
    d = on(rng)
    a, b = parties(m)
    title_ = {
        ("en", "claim"): "PARTICULARS OF CLAIM",
        ("en", "defence"): rng.choice(["DEFENCE", "DEFENCE AND COUNTERCLAIM"]),
        ("de", "claim"): "Klage",
        ("de", "defence"): "Klageerwiderung",
        ("fr", "claim"): "ASSIGNATION DEVANT LE " + m.court[0].upper(),
        ("fr", "defence"): "CONCLUSIONS EN DEFENSE",
    }[(lg, kind)]
    n_ex = rng.choice([0, 1, 1, 2, 2, 3]) if lg != "en" else rng.choice([0, 0, 1, 2])
    ex_pages, ex_names = exhibits(rng, m, side, n_ex)
    if lg == "de":
        f = sheets(s, h, f"{short_title(m)} - {title_}")
        if kind == "claim" or rng.random() < 0.5:
            f.page.text(
                x,
                f.y - 4,
                rng.choice(["Vorab per beA", "Per beA", "Per Telefax und beA"]),
                s.bold,
                8.5,
            )
            f.y += 12
        window(
            f.page,
            s,
            h if h.look not in ("tinted",) else None,
            f.y,
            [m.court[0], m.court[2], m.court[3]],
        )
        pairs(
            f.page,
            s,
            w * 0.58,
            f.y,
            [("Unser Zeichen", m.our_ref if ours else m.their_ref), ("Datum", day(h, d))],
            w - x,
            s.size - 1.5,
        )
        f.y += 80
        if kind == "claim":
            caption(f, s, title_, 5, center=True)
            write(f, s, f"der {bare(a)}, {', '.join(house(rng, 'de'))},")
            write(f, s, "- Klaegerin -", indent=220)
            write(f, s, f"Prozessbevollmaechtigte: {h.name}, {h.street}, {h.town}", indent=20)
            write(f, s, "gegen")
            write(
                f,
                s,
                (
                    f"{bare(b)}, "
                    f"{', '.join(m.opp_lines[1:] if b == m.opponent else m.client_lines[1:])},"
                ),
            )
            write(f, s, "- Beklagte -", indent=220)
            write(f, s, f"wegen: {m.subject}")
            write(f, s, f"Streitwert (vorlaeufig): {money(m.value, 'de')} EUR")
            write(
                f,
                s,
                "Namens und in Vollmacht der Klaegerin erheben wir Klage und werden beantragen,",
            )
            numbered(
                f,
                s,
                [
                    (
                        "die Beklagte zu verurteilen, an die Klaegerin "
                        f"{money(m.value, 'de')} EUR nebst Zinsen in Hoehe von 9 "
                        "Prozentpunkten ueber dem Basiszinssatz seit dem "
                        f"{date_text(m.started, 'de', 'short')} zu zahlen;"
                    ),
                    "der Beklagten die Kosten des Rechtsstreits aufzuerlegen.",
                ][: rng.randint(1, 2)],
            )
            write(
                f,
                s,
                (
                    "Fuer den Fall der Anordnung des schriftlichen Vorverfahrens wird "
                    "bereits jetzt der Erlass eines Versaeumnisurteils beantragt."
                ),
            )
        else:
            write(f, s, f"In dem Rechtsstreit {short_title(m)}")
            write(f, s, f"Az.: {m.case_no}", indent=0)
            write(
                f,
                s,
                (
                    "zeigen wir an, dass wir die Beklagte vertreten. Namens und in Vollmacht "
                    "der Beklagten beantragen wir,"
                ),
            )
            write(f, s, "die Klage abzuweisen.", indent=40)
        caption(f, s, "Begruendung:", 1)
        k_ex = 0
        for sec in ["I.", "II.", "III.", "IV."][: rng.randint(2, 3)]:
            f.need(50)
            f.page.text(x, f.y, f"{sec} {words(rng, lg, 3)[:-1]}", s.bold, s.size)
            f.y += 16
            for _ in range(rng.randint(1, 2)):
                write(f, s, prose(rng, lg, 2, 4))
                if k_ex < n_ex and rng.random() < 0.6:
                    k_ex += 1
                    write(
                        f,
                        s,
                        (
                            f"Beweis: {ex_names[k_ex - 1]} vom "
                            + before(rng, m.started, 5, 200, "de")
                            + " "
                            f"in Kopie als {exhibit_label('de', side, k_ex, '')}"
                        ),
                        indent=40,
                    )
        write(f, s, "Beglaubigte und einfache Abschrift anbei.")
        f.need(60)
        f.y += 20
        sign(f.page, x, f.y, m.partner if ours else m.counsel_name)
        f.y += 10
        write(
            f,
            s,
            f"{bare(m.partner if ours else m.counsel_name)} - "
            + lawyer_title(m.partner if ours else m.counsel_name, "de"),
        )
    elif lg == "fr":
        f = sheets(s, None, f"{short_title(m)} - {title_.split(' DEVANT')[0]}")
        f.y = x
        f.page.text(x, f.y, m.court[0].upper(), s.bold, 10)
        if kind == "defence":
            f.page.text(w - x, f.y, m.case_no, s.bold, 10, "right")
        f.y += 40
        caption(f, s, title_, 3, center=True)
        f.y += 6
        for cap, nm, av in [
            (
                "POUR :" if kind == "defence" else "A LA REQUETE DE :",
                b if kind == "defence" else a,
                h.name,
            ),
            ("CONTRE :", a if kind == "defence" else b, ""),
        ]:
            f.page.text(x, f.y, cap, s.bold, s.size)
            f.y += 14
            write(f, s, f"{bare(nm)}, {', '.join(house(rng, 'fr'))}", indent=30)
            if av:
                write(f, s, f"Ayant pour avocat {av}, {h.street}, {h.town}", indent=30)
        if kind == "claim":
            write(
                f,
                s,
                "L'AN DEUX MILLE VINGT-"
                + rng.choice(["QUATRE", "CINQ"])
                + (
                    f" ET LE {rng.randint(1, 28)}, J'AI, commissaire de justice soussigne, "
                    f"DONNE ASSIGNATION A : {bare(b)} d'avoir a comparaitre devant le "
                    f"{m.court[0]}."
                ),
            )
        caption(f, s, "PLAISE AU TRIBUNAL", 1, center=True)
        k_ex = 0
        for sec in ["I. FAITS ET PROCEDURE", "II. DISCUSSION", "III. SUR LES FRAIS IRREPETIBLES"][
            : rng.randint(2, 3)
        ]:
            caption(f, s, sec, 0)
            for _ in range(rng.randint(1, 3)):
                write(f, s, prose(rng, lg, 2, 4))
                if k_ex < n_ex and rng.random() < 0.6:
                    k_ex += 1
                    write(f, s, f"(Piece n. {k_ex})", indent=300)
        caption(f, s, "PAR CES MOTIFS", 1, center=True)
        for t in [
            f"CONDAMNER {bare(b)} a payer la somme de {money(m.value, 'fr')} euros ;"
            if kind == "claim"
            else f"DEBOUTER {bare(a)} de l'ensemble de ses demandes ;",
            "CONDAMNER "
            + bare(b if kind == "claim" else a)
            + (
                " aux entiers depens ainsi qu'a la somme de 3 000 euros au titre de "
                "l'article 700 du code de procedure civile."
            ),
        ]:
            write(f, s, "- " + t, indent=10)
        f.need(60)
        f.page.text(w - x, f.y + 6, "SOUS TOUTES RESERVES", s.bold, s.size, "right")
        f.y += 30
        if n_ex:
            caption(f, s, "BORDEREAU DES PIECES COMMUNIQUEES", 0)
            numbered(
                f,
                s,
                [
                    (f"{t[0].upper() + t[1:]} du " + before(rng, m.started, 5, 200, "fr"))
                    for t in ex_names
                ],
                label="Piece n. {k}",
            )
    else:
        f = sheets(s, None, "")
        f.y = x
        f.page.text(w - x, f.y, f"Claim No. {m.case_no}", s.bold, 10, "right")
        f.y += 22
        caption(f, s, court_title(m), 1, center=True)
        f.page.text(w / 2, f.y, "BETWEEN:", s.bold, s.size, "center")
        f.y += 22
        for nm, role in [(a, "Claimant"), (b, "Defendant")]:
            f.page.text(w / 2, f.y, bare(nm).upper(), s.bold, s.size, "center")
            f.page.text(w - x, f.y + 14, role, s.font, s.size, "right")
            f.y += 34
        f.page.line(x + 60, f.y - 4, w - x - 60, f.y - 4)
        caption(f, s, title_, 3, center=True)
        f.page.line(x + 60, f.y - 8, w - x - 60, f.y - 8)
        f.y += 6
        k = 0
        for _ in range(rng.randint(2, 3)):
            caption(f, s, words(rng, lg, 3)[:-1].title(), 0)
            items = [prose(rng, lg, 1, 3) for _ in range(rng.randint(2, 4))]
            numbered(f, s, items, start=k + 1)
            k += len(items)
        if kind == "claim":
            f.page.text(x, f.y, "AND THE CLAIMANT CLAIMS:", s.bold, s.size)
            f.y += 16
            numbered(
                f,
                s,
                [
                    f"Damages or alternatively the sum of GBP {money(m.value)};",
                    "Interest pursuant to section 69 of the County Courts Act 1984;",
                    "Costs.",
                ],
                label="({k})",
            )
        f.need(130)
        caption(f, s, "STATEMENT OF TRUTH", 0)
        write(
            f,
            s,
            (
                f"The {side.title()} believes that the facts stated in this {title_.title()} "
                f"are true. The {side.title()} understands that proceedings for contempt of "
                "court may be brought against anyone who makes, or causes to be made, a "
                "false statement in a document verified by a statement of truth without an "
                "honest belief in its truth."
            ),
            9,
        )
        sign(f.page, x, f.y + 14, m.partner if ours else m.counsel_name)
        f.y += 24
        write(
            f,
            s,
            (
                f"{bare(m.partner if ours else m.counsel_name)}, Partner, {h.name}, "
                f"{side.title()}'s legal representative"
            ),
        )
        write(f, s, f"Dated {date_text(d, 'en', 'long')}")
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice([h.numbers, "{i}", "Page {i} of {n}"]) if lg != "de" else h.numbers,
    )
    if lg == "en" and rng.random() < 0.3:
        # The backsheet: the title of the action and the solicitors' details in a strip.
        p = Page(A4)
        bx = w * 0.55
        p.line(bx, 40, bx, hh - 40)
        yy = 70.0
        for t, font, pt in [
            (f"Claim No. {m.case_no}", s.bold, 10),
            (court_title(m), s.bold, 8),
            ("BETWEEN:", s.font, 8),
            (bare(a).upper(), s.bold, 9),
            ("Claimant", s.font, 8),
            ("- and -", s.font, 8),
            (bare(b).upper(), s.bold, 9),
            ("Defendant", s.font, 8),
            ("", s.font, 8),
            (title_, s.bold, 12),
        ]:
            p.text(bx + 12, yy, fit(t, font, pt, w - bx - 40), font, pt)
            yy += pt * 2.1
        yy = hh - 150
        for t in [
            h.name,
            h.street,
            h.town,
            f"Tel: {h.phone}",
            f"Ref: {m.our_ref if ours else m.their_ref}",
            f"Solicitors for the {side.title()}",
        ]:
            p.text(bx + 12, yy, fit(t, s.font, 8, w - bx - 40), s.font, 8)
            yy += 11
        pages.append(p)
    return pages + ex_pages


def tpl_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """A statement of claim (Particulars of Claim, Klageschrift, assignation) with its
    exhibits behind it (Annex, Anlage K, piece n) and, in England, sometimes a backsheet."""
    return pleading(rng, who, "claim")


def tpl_defence(rng: random.Random, who: Issuer) -> list[Page]:
    """A defence (Defence, Klageerwiderung, conclusions en defense) with its exhibits."""
    return pleading(rng, who, "defence")


# ---------------------------------------------------------------------------------------------
# Templates Y: letters
# ---------------------------------------------------------------------------------------------


def letter_body(
    rng: random.Random,
    f: Sheets,
    s: Style,
    h: Head,
    m: Matter,
    d: date,
    to: list[str],
    ours: bool,
    colleague: bool,
    paras: tuple[int, int],
) -> None:
    """References, subject line, salutation and paragraphs of a lawyer's letter."""
    lg = m.lang
    mine, theirs = (m.our_ref, m.their_ref) if ours else (m.their_ref, m.our_ref)
    refs = [(tr(lg, "Our ref", "Unser Zeichen", "N/Ref"), mine)]
    if colleague or rng.random() < 0.5:
        refs.append((tr(lg, "Your ref", "Ihr Zeichen", "V/Ref"), theirs))
    recipient(f, s, h, to, d, refs)
    if colleague and rng.random() < 0.4:
        f.page.text(
            s.margin,
            f.y,
            tr(
                lg,
                rng.choice(
                    ["WITHOUT PREJUDICE SAVE AS TO COSTS", "WITHOUT PREJUDICE", "OPEN LETTER"]
                ),
                "Vertraulich - nicht zur Vorlage bei Gericht",
                rng.choice(["LETTRE OFFICIELLE", "CONFIDENTIEL"]),
            ),
            s.bold,
            s.size,
        )
        f.y += 18
    subj = tr(
        lg,
        f"{short_title(m)} - {m.subject}",
        f"{short_title(m)} wegen {m.subject}",
        f"Affaire {short_title(m)}",
    )
    if m.case_no and rng.random() < 0.6:
        subj += tr(lg, f" - Claim No {m.case_no}", f" - Az. {m.case_no}", f" - {m.case_no}")
    for ln in wrap(subj, s.bold, s.size, f.size[0] - 2 * s.margin)[:2]:
        f.page.text(s.margin, f.y, ln, s.bold, s.size)
        f.y += s.size * 1.35
    f.y += 8
    write(f, s, dear(lg, to[0] if not colleague else None, colleague))
    for _ in range(rng.randint(*paras)):
        write(f, s, prose(rng, lg, 2, 4))


def tpl_counsel_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """Opposing counsel's letter to the firm, one to three pages, now and then with an
    enclosure (a draft order or agreement, a copy) behind it, which belongs to it."""
    m = matter_of(who, "counsel_letter")
    lg = m.lang
    h = head_of(who, "counsel", lg)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    d = on(rng)
    f = sheets(s, h, f"{h.name} - {short_title(m)}")
    if lg == "de" and rng.random() < 0.5:
        f.page.text(
            s.margin,
            f.y - 6,
            rng.choice(["Per beA", "Vorab per Telefax: " + firm_row("de")[4]]),
            s.font,
            8,
        )
        f.y += 8
    letter_body(rng, f, s, h, m, d, firm_lines(m), False, True, (2, 8))
    regards(
        f,
        s,
        lg,
        m.counsel_name,
        tr(
            lg,
            "Partner",
            lawyer_title(m.counsel_name, lg),
            lawyer_title(m.counsel_name, lg) + " a la Cour",
        ),
        firm_sig=h.name if lg == "en" and rng.random() < 0.6 else "",
        formal=lg != "fr",
    )
    encl: list[Page] = []
    if rng.random() < 0.3:
        what = rng.choice(["draft", "copy"])
        if what == "draft":
            c = sheets(style_of(h), None, "")
            c.page.text(
                c.size[0] - s.margin,
                s.margin - 20,
                tr(lg, "DRAFT", "ENTWURF", "PROJET"),
                "Helvetica-Bold",
                16,
                "right",
            )
            caption(
                c,
                s,
                tr(lg, "CONSENT ORDER", "Vergleichsvorschlag", "PROJET DE PROTOCOLE"),
                3,
                center=True,
            )
            numbered(c, s, [words(rng, lg, rng.randint(12, 30)) for _ in range(rng.randint(3, 8))])
            encl = c.pages
            enclosures(
                f,
                s,
                lg,
                [tr(lg, "Draft consent order", "Entwurf Vergleich", "Projet de protocole")],
            )
        else:
            encl = rng.choice(COPIES[:3])(rng, m)
            enclosures(f, s, lg, [tr(lg, "Copy letter", "Kopie", "Copie")])
    received(f, rng, lg, d)
    return close(f.pages, s, h) + encl


TERMS = {
    "en": [
        "Our charges",
        "Disbursements",
        "Estimates",
        "Payment",
        "Complaints",
        "Data protection",
        "Money laundering",
        "Storage of papers",
        "Termination",
        "Limitation of liability",
    ],
    "de": [
        "Verguetung",
        "Auslagen",
        "Vorschuss",
        "Haftungsbegrenzung",
        "Datenschutz",
        "Aufbewahrung der Handakten",
        "Kommunikation per E-Mail",
        "Gerichtsstand",
    ],
    "fr": [
        "Honoraires",
        "Frais et debours",
        "Provisions",
        "Secret professionnel",
        "Donnees personnelles",
        "Reclamations",
        "Mediation",
        "Fin de la mission",
    ],
}


def terms_pages(rng: random.Random, s: Style, lang: str, title: str) -> list[Page]:
    """Terms of business in small print over two columns, one or two pages."""
    w, hh = A4
    x = s.margin
    pages: list[Page] = []
    heads = TERMS[lang][:]
    rng.shuffle(heads)
    k = 0
    for pg in range(rng.choice([1, 1, 2])):
        p = Page(A4)
        y0 = x
        if pg == 0:
            p.text(w / 2, x, title, s.bold, 12, "center")
            y0 = x + 24
        cw = (w - 2 * x - 16) / 2
        for col in range(2):
            y = y0
            while y < hh - x - 60:
                k += 1
                p.text(x + col * (cw + 16), y, f"{k}. {heads[k % len(heads)]}", s.bold, 7)
                y += 9
                for ln in wrap(prose(rng, lang, 2, 4), s.font, 6.5, cw):
                    p.text(x + col * (cw + 16), y, ln, s.font, 6.5)
                    y += 8
                y += 5
        pages.append(p)
    return pages


def tpl_client_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's letter to a client (outgoing copy): advice or a report on the case, with the
    enclosures that go with it - terms of business, a cost estimate, a questionnaire, a power
    of attorney or a fee agreement to sign - which belong to the letter."""
    m = matter_of(who, "client_letter")
    lg = m.lang
    h = head_of(who, "firm", lg)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, hh = s.page_size
    x = s.margin
    d = on(rng)
    f = sheets(s, h, f"{bare(m.client)} - {day(h, d)}")
    if rng.random() < 0.5:
        f.page.text(
            x,
            f.y - 4,
            tr(
                lg,
                "PRIVATE AND CONFIDENTIAL",
                "Persoenlich / Vertraulich",
                "Personnel et confidentiel",
            ),
            s.bold,
            8.5,
        )
        f.y += 12
    letter_body(rng, f, s, h, m, d, m.client_lines, True, False, (1, 5))
    kinds = rng.sample(
        ["terms", "estimate", "questions", "poa", "agreement"], rng.choice([0, 0, 1, 1, 2])
    )
    names = {
        "terms": tr(lg, "Terms of business", "Mandatsbedingungen", "Conditions generales"),
        "estimate": tr(lg, "Costs estimate", "Kostenschaetzung", "Estimation des honoraires"),
        "questions": tr(lg, "Questionnaire", "Fragebogen", "Questionnaire"),
        "poa": tr(
            lg,
            "Form of authority for signature",
            "Vollmacht zur Unterzeichnung",
            "Pouvoir a signer",
        ),
        "agreement": tr(
            lg, "Fee agreement (two copies)", "Verguetungsvereinbarung", "Convention d'honoraires"
        ),
    }
    regards(
        f,
        s,
        lg,
        m.partner,
        tr(
            lg,
            "Partner",
            lawyer_title(m.partner, "de"),
            lawyer_title(m.partner, "fr") + " associe" + ("e" if female(m.partner) else ""),
        ),
        formal=False,
    )
    enclosures(f, s, lg, [names[k] for k in kinds])
    if rng.random() < 0.4:
        f.page.text(
            x, min(f.y + 4, hh - 80), "cc: " + tr(lg, "file", "Handakte", "dossier"), s.font, 8
        )
    pages = close(f.pages, s, h)
    for k in kinds:
        if k == "terms":
            pages += terms_pages(rng, style_of(h), lg, names[k].upper())
        elif k == "estimate":
            c = sheets(style_of(h), h if h.again else None, "")
            caption(c, s, names[k], 3)
            write(c, s, f"{short_title(m)} - {m.our_ref}")
            cols = columns(x, w - x, [(4, "left"), (1.2, "right"), (1.5, "right")])
            rows = []
            for _ in range(rng.randint(4, 9)):
                hrs = rng.randint(2, 40)
                rows.append(
                    [
                        words(rng, lg, 4)[:-1],
                        str(hrs),
                        money(hrs * rng.choice([180, 240, 295, 350]), lg),
                    ]
                )
            table(
                c,
                cols,
                [
                    tr(lg, "Stage", "Verfahrensabschnitt", "Etape"),
                    tr(lg, "Hours", "Std.", "Heures"),
                    tr(lg, "Estimate", "Betrag", "Montant HT"),
                ],
                rows,
                s,
                rules=True,
            )
            write(c, s, prose(rng, lg, 1, 2), 8)
            pages += c.pages
        elif k == "questions":
            c = sheets(style_of(h), None, "")
            caption(c, s, names[k], 3)
            for j in range(rng.randint(4, 7)):
                c.need(80)
                write(c, s, f"{j + 1}. {words(rng, lg, rng.randint(8, 14))[:-1]}?")
                c.y = ruled(c.page, x, c.y + 6, w - 2 * x, 3, rng, lg, fill=0) + 6
            pages += c.pages
        elif k == "poa":
            pages += poa_form(rng, m, h, blank=True)
        else:
            c = sheets(style_of(h), h, "")
            caption(c, s, names[k].split(" (")[0].upper(), 2, center=True)
            for j in range(rng.randint(4, 8)):
                c.need(40)
                c.page.text(
                    x,
                    c.y,
                    tr(lg, f"{j + 1}.", f"Paragraph {j + 1}", f"Article {j + 1}"),
                    s.bold,
                    s.size,
                )
                c.y += 14
                write(c, s, prose(rng, lg, 1, 3))
            c.need(60)
            c.y += 20
            for j, t in enumerate(
                [
                    tr(lg, "Client", "Mandant", "Le client"),
                    tr(lg, "For the firm", "Rechtsanwaelte", "L'avocat"),
                ]
            ):
                c.page.line(x + j * 240, c.y + 20, x + j * 240 + 180, c.y + 20)
                c.page.text(x + j * 240, c.y + 32, t, s.font, 8)
            c.y += 40
            pages += c.pages
    return pages


def tpl_client_mail(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's letter to the firm - a company's on its letterhead, a private client's typed
    on plain paper or handwritten on A5 - with the copies and photographs it encloses, which
    belong to it; the firm's received stamp on the first page."""
    m = matter_of(who, "client_mail")
    lg = m.lang
    d = on(rng)
    n_enc = rng.choice([0, 1, 1, 2])
    company = m.client in COMPANIES[lg]
    to = firm_lines(m)
    if company:
        h = head_of(who, "client", lg)
        h.name = m.client
        h.street, h.town = m.client_lines[1], m.client_lines[2]
        h.foot = h.foot[:1]
        s = style_of(h, A4)
        f = sheets(s, h, "")
        letter_body(rng, f, s, h, m, d, to, False, False, (1, 4))
        if n_enc:
            write(
                f,
                s,
                tr(
                    lg,
                    "Please find enclosed copies of the documents you asked for.",
                    "Anbei erhalten Sie die erbetenen Unterlagen in Kopie.",
                    "Vous trouverez ci-joint les copies des documents demandes.",
                ),
            )
        regards(
            f,
            s,
            lg,
            rng.choice(PEOPLE[lg]),
            tr(lg, "Managing Director", "Geschaeftsfuehrer", "Gerant"),
            formal=False,
        )
        pages = close(f.pages, s, h, numbers="none")
        f0 = f
    elif rng.random() < 0.45:
        # handwritten on A5 or A4 paper
        size = rng.choice([A5, A4])
        s = plain(size, "Helvetica", 10)
        w, hh = size
        p = Page(size)
        y = 40.0
        for t in m.client_lines:
            p.text(40, y, bare(t), HAND, 10)
            y += 13
        p.text(
            w - 40,
            y + 6,
            f"{m.client_lines[2].split()[-1]}, {date_text(d, lg, 'short')}",
            HAND,
            10,
            "right",
        )
        y += 34
        p.text(
            40,
            y,
            dear(lg, None)
            if rng.random() < 0.5
            else tr(
                lg,
                f"Dear {bare(m.partner).split()[0]},",
                f"Sehr geehrte(r) {m.partner},",
                "Maitre,",
            ),
            HAND,
            11,
        )
        y += 22
        lines = rng.randint(8, 26)
        f0 = None
        pages = [p]
        for _ in range(lines):
            if y > hh - 50:
                p = Page(size)
                pages.append(p)
                y = 40.0
            p.text(
                40,
                y,
                fit(words(rng, lg, rng.randint(6, 11 if size == A4 else 8)), HAND, 10.5, w - 80),
                HAND,
                10.5,
            )
            y += 17
        if y > hh - 80:
            p = Page(size)
            pages.append(p)
            y = 40.0
        sign(p, 60, y + 30, m.client, 16)
        p.text(60, y + 44, bare(m.client), HAND, 9)
        lines_, hand = got(rng, lg, d + timedelta(days=rng.randint(2, 5)))
        stamp(pages[0], size[0] - 170, 34, lines_, hand[:1])
    else:
        s = plain(
            A4 if lg != "en" or rng.random() < 0.7 else LETTER,
            rng.choice(["Times-Roman", "Helvetica"]),
            11,
        )
        f = sheets(s, None, "")
        f.y = 50
        w, _ = s.page_size
        for t in m.client_lines:
            f.page.text(w - s.margin, f.y, bare(t), s.font, 10, "right")
            f.y += 13
        f.y += 14
        recipient(f, s, None, to, d, [], lg)
        write(f, s, tr(lg, "Re: ", "Betreff: ", "Objet : ") + words(rng, lg, 5)[:-1])
        write(f, s, tr(lg, f"Dear {bare(m.partner)},", "Sehr geehrte Damen und Herren,", "Maitre,"))
        for _ in range(rng.randint(2, 6)):
            write(f, s, prose(rng, lg, 1, 4))
        write(f, s, tr(lg, "Yours sincerely", "Mit freundlichen Gruessen", "Bien cordialement,"))
        f.y += 24
        sign(f.page, s.margin, f.y, m.client)
        f.y += 10
        write(f, s, bare(m.client))
        pages = f.pages
        f0 = f
    if f0 is not None:
        received(f0, rng, lg, d)
    for _ in range(n_enc):
        make = rng.choice(
            [copy_invoice, copy_letter, copy_letter, copy_photos, copy_contract, copy_email]
        )
        got_ = make(rng, m)
        pages += got_[: rng.choice([1, 1, 2])]
    return pages


def tpl_fax(rng: random.Random, who: Issuer) -> list[Page]:
    """A fax from opposing counsel or a court office: the cover sheet with the number of pages
    and the confidentiality notice, then the faxed letter; the fax machine's header line on
    every page. One document."""
    m = matter_of(who, "fax")
    lg = m.lang
    h = head_of(who, "counsel", lg)
    s = style_of(h)
    w, hh = A4
    x = s.margin
    d = on(rng)
    c = sheets(s, h, "")
    title_ = tr(lg, rng.choice(["FAX TRANSMISSION", "Facsimile"]), "TELEFAX", "TELECOPIE")
    caption(c, s, title_, 9)
    letter = sheets(s, h, f"{h.name} - {short_title(m)}")
    letter_body(rng, letter, s, h, m, d, firm_lines(m), False, True, (2, 7))
    regards(
        letter,
        s,
        lg,
        m.counsel_name,
        tr(lg, "Partner", lawyer_title(m.counsel_name, lg), lawyer_title(m.counsel_name, lg)),
        formal=lg != "fr",
    )
    lp = close(letter.pages, s, h)
    n = len(lp) + 1
    c.y += 6
    c.y = fields(
        c.page,
        s,
        x,
        c.y,
        w - 2 * x,
        [
            (tr(lg, "To", "An", "A"), firm_row(lg)[0]),
            (tr(lg, "Attention", "z. Hd.", "A l'attention de"), bare(m.partner)),
            (tr(lg, "Fax", "Telefax", "Telecopie"), firm_row(lg)[4][:-2] + "99"),
            (tr(lg, "From", "Von", "De"), bare(m.counsel_name)),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (
                tr(
                    lg,
                    "Pages (incl. this page)",
                    "Seiten (inkl. Deckblatt)",
                    "Nombre de pages (y compris celle-ci)",
                ),
                str(n),
            ),
            (tr(lg, "Our ref", "Unser Zeichen", "N/Ref"), m.their_ref),
            (tr(lg, "Re", "Betreff", "Objet"), short_title(m)),
        ],
        per=2,
        tall=30,
        hand=False,
    )
    c.y = (
        ticks(
            c.page,
            s,
            x,
            c.y + 6,
            w - 2 * x,
            [
                tr(lg, t, de, fr)
                for t, de, fr in [
                    ("Urgent", "Eilt", "Urgent"),
                    ("For review", "Zur Kenntnis", "Pour information"),
                    ("Please reply", "Mit der Bitte um Rueckruf", "Merci de rappeler"),
                    ("Original by post", "Original folgt per Post", "Original par courrier"),
                ]
            ],
            set(rng.sample(range(4), rng.randint(1, 2))),
            9,
        )
        + 10
    )
    if rng.random() < 0.5:
        write(c, s, tr(lg, "Message:", "Nachricht:", "Message :"), 9)
        write(c, s, prose(rng, lg, 1, 2))
    c.y = max(c.y, hh - 200)
    c.page.line(x, c.y, w - x, c.y)
    c.y += 14
    write(
        c,
        s,
        tr(
            lg,
            (
                "This fax is confidential and may be legally privileged. If you have "
                "received it in error please notify us immediately by telephone and destroy "
                "it. Any use, copying or disclosure is prohibited."
            ),
            (
                "Diese Telekopie ist vertraulich und ausschliesslich fuer den Adressaten "
                "bestimmt. Sollten Sie diese Nachricht irrtuemlich erhalten haben, "
                "benachrichtigen Sie uns bitte umgehend telefonisch."
            ),
            (
                "Cette telecopie est confidentielle et couverte par le secret professionnel. "
                "Si vous l'avez recue par erreur, merci de nous en informer immediatement."
            ),
        ),
        7.5,
    )
    pages = close(c.pages, s, h, numbers="none") + lp
    fax_line(pages, d, (h.phone or "+44 20 7946 0000").replace(" ", ""), h.name, lg)
    return pages


def tpl_compliments(rng: random.Random, who: Issuer) -> list[Page]:
    """A compliments slip on a DL or A5 landscape sheet with a line or two by hand, and the
    copy it is sent with (a letter, an invoice, a contract page, photographs): one document."""
    m = matter_of(who, "compliments")
    lg = m.lang
    h = head_of(who, rng.choice(["counsel", "counsel", "expert", "client"]), lg)
    s = style_of(h, pt=9)
    size = rng.choice([(210 * mm, 99 * mm), (99 * mm, 210 * mm), landscape(A5)])
    w, hh = size
    p = Page(size)
    x = 22
    pt = shrink(h.name, s.bold, 12, w - 2 * x)
    p.text(x, 30, h.name, s.bold, pt)
    p.text(
        x,
        42,
        fit(" - ".join(t for t in (h.street, h.town, h.phone) if t), s.font, 7, w - 2 * x),
        s.font,
        7,
    )
    p.line(x, 48, w - x, 48)
    p.text(
        x,
        78,
        tr(lg, "With compliments", "Mit freundlichen Empfehlungen", "Avec nos compliments"),
        italic_of(s.font),
        15,
    )
    y = 100.0
    if w > hh or rng.random() < 0.5:
        y = ticks(
            p,
            s,
            x,
            y,
            w - 2 * x,
            [
                tr(lg, t, de, fr)
                for t, de, fr in [
                    ("for your information", "zur Kenntnis", "pour information"),
                    ("for signature", "zur Unterschrift", "pour signature"),
                    ("as requested", "wie besprochen", "comme convenu"),
                    ("please return", "mit der Bitte um Rueckgabe", "a nous retourner"),
                ]
            ],
            {rng.randint(0, 3)},
            8,
        )
    for t in [words(rng, lg, rng.randint(4, 8)), bare(rng.choice(PEOPLE[lg])).split()[0]]:
        if y < hh - 20:
            p.text(x + 6, y + 6, fit(t, HAND, 10, w - 2 * x - 10), HAND, 10)
            y += 16
    make = rng.choice([copy_letter, copy_invoice, copy_contract, copy_photos])
    copy = make(rng, m)[: rng.choice([1, 1, 2])]
    if rng.random() < 0.15:
        copy += rng.choice([copy_invoice, copy_email, copy_letter])(rng, m)[:1]
    if rng.random() < 0.5:
        copy[0].text(
            copy[0].size[0] - 40,
            copy[0].size[1] - 24,
            tr(lg, "COPY", "ABSCHRIFT", "COPIE"),
            "Helvetica-Bold",
            14,
            "right",
        )
    return [p, *copy]


# ---------------------------------------------------------------------------------------------
# Templates Y: fee notes, powers of attorney, file notes
# ---------------------------------------------------------------------------------------------


def tpl_fee_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's fee note to a client (outgoing copy): an English bill with profit costs,
    disbursements and VAT, a German Kostennote after the RVG with its fee numbers, a French
    note d'honoraires; often a schedule of time recorded or of work done behind it."""
    m = matter_of(who, "fee_note")
    lg = m.lang
    h = head_of(who, "firm", lg)
    s = style_of(h, A4)
    w, _ = A4
    x = s.margin
    d = on(rng)
    no = serial(rng, tr(lg, "99999", "2024-9999", "NH-99999"))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Note')} {no}")
    recipient(
        f,
        s,
        h,
        m.client_lines,
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Note n."), no),
            (tr(lg, "Matter", "Akte", "Dossier"), m.our_ref),
            (
                tr(lg, "VAT reg.", "USt-IdNr.", "TVA"),
                serial(
                    random.Random(h.name), tr(lg, "GB 999 9999 99", "DE999999999", "FR99 999999999")
                ),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            rng.choice(["INVOICE", "FEE NOTE", "Invoice"]),
            rng.choice(["Kostennote", "Rechnung", "Kostenrechnung"]),
            "NOTE D'HONORAIRES",
        ),
        4,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Re: {short_title(m)} - {m.subject}",
            f"In Sachen {short_title(m)} wegen {m.subject}",
            f"Affaire : {short_title(m)} - {m.subject}",
        ),
    )
    rows: list[list[str]] = []
    net = 0.0
    if lg == "de":
        gw = m.value
        write(f, s, f"Gegenstandswert: {money(gw, 'de')} EUR")
        base = round(min(gw, 500000) ** 0.62 * 1.9 + 49, 2)
        for fac, what, vv in [
            ("1,3", "Verfahrensgebuehr", "3100"),
            ("1,2", "Terminsgebuehr", "3104"),
            ("1,0", "Einigungsgebuehr", "1003"),
            ("0,65", "Geschaeftsgebuehr (anzurechnen)", "2300"),
        ][: rng.randint(1, 4)]:
            v = round(base * float(fac.replace(",", ".")), 2)
            net += v
            rows.append([f"{fac} {what}", f"Nr. {vv} VV RVG", money(v, "de")])
        rows.append(["Pauschale fuer Post und Telekommunikation", "Nr. 7002 VV RVG", "20,00"])
        net += 20
        if rng.random() < 0.4:
            rows.append(
                [
                    "Fahrtkosten / Abwesenheitsgeld",
                    "Nr. 7003, 7005 VV RVG",
                    money(rng.uniform(40, 180), "de"),
                ]
            )
            net += float(rows[-1][2].replace(".", "").replace(",", "."))
        cols = columns(x, w - x, [(4, "left"), (2, "left"), (1.4, "right")])
        table(f, cols, ["Gebuehrentatbestand", "", "EUR"], rows, s, rules=rng.random() < 0.5)
        vat = 0.19
    else:
        cols = columns(x, w - x, [(4.6, "left"), (1.4, "right")])
        profit = round(rng.uniform(600, 18000), 2)
        net = profit
        rows.append(
            [
                tr(
                    lg,
                    (
                        "To our professional charges for acting on your behalf in the above "
                        "matter for the period to "
                    )
                    + date_text(d, "en", "long"),
                    "",
                    "Honoraires pour les diligences accomplies du "
                    + date_text(m.started, "fr", "short")
                    + " au "
                    + date_text(d, "fr", "short"),
                ),
                money(profit, lg),
            ]
        )
        for t in rng.sample(
            [
                tr(lg, "Court fee", "", "Frais de greffe"),
                tr(lg, "Counsel's fee", "", "Frais de commissaire de justice"),
                tr(lg, "Courier", "", "Frais de deplacement"),
                tr(lg, "Office copy entries", "", "Frais de copie"),
            ],
            rng.randint(0, 3),
        ):
            v = round(rng.uniform(15, 1500), 2)
            net += v
            rows.append([t, money(v, lg)])
        table(
            f,
            cols,
            [tr(lg, "Description", "", "Designation"), tr(lg, "GBP", "", "EUR HT")],
            rows,
            s,
            rules=rng.random() < 0.5,
        )
        vat = 0.2
    f.need(80)
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Net", "Zwischensumme netto", "Total HT"), money(net, lg)),
            (
                tr(lg, "VAT at 20%", "19 % Umsatzsteuer, Nr. 7008 VV RVG", "TVA 20 %"),
                money(net * vat, lg),
            ),
            (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), money(net * (1 + vat), lg)),
        ],
        w - x,
        s.size,
    )
    if rng.random() < 0.5:
        paid = round(net * rng.uniform(0.2, 0.6), -2)
        f.y = pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [
                (
                    tr(lg, "Less monies on account", "abzgl. Vorschuss", "Provision recue"),
                    "- " + money(paid, lg),
                ),
                (
                    tr(lg, "Balance", "Restbetrag", "Solde a regler"),
                    money(net * (1 + vat) - paid, lg),
                ),
            ],
            w - x,
            s.size,
        )
    f.y += 12
    write(
        f,
        s,
        tr(
            lg,
            (
                "Payment is due within 30 days. Please quote the invoice number. Bank: "
                "Barclays Bank plc, sort code 20-00-00, account "
            )
            + serial(rng, "99999999")
            + ".",
            "Zahlbar sofort ohne Abzug. Bitte geben Sie bei Zahlung die Rechnungsnummer an.",
            "Payable a reception. Reglement par virement: IBAN FR76 3000 4"
            + serial(rng, "999 9999 9999 9999 999")
            + ". En cas de contestation, le Batonnier peut etre saisi.",
        ),
        8.5,
    )
    if lg == "de":
        f.y += 14
        sign(f.page, x, f.y + 10, m.partner)
        f.y += 20
        write(f, s, f"{bare(m.partner)}, {lawyer_title(m.partner, lg)}")
    pages = close(f.pages, s, h)
    if rng.random() < 0.4:
        c = sheets(s, h if h.again else None, f"{h.name} - {no}")
        caption(
            c,
            s,
            tr(lg, "Schedule of time recorded", "Taetigkeitsnachweis", "Releve des diligences"),
            2,
        )
        cols = columns(x, w - x, [(1.3, "left"), (0.8, "left"), (4.5, "left"), (0.9, "right")])
        rr = []
        dd = m.started
        ini = ["".join(t[0] for t in bare(p_).split()) for p_ in PEOPLE[lg][:4]]
        for _ in range(rng.randint(8, 45)):
            dd += timedelta(days=rng.randint(0, 9))
            rr.append(
                [
                    date_text(dd, lg, "short"),
                    rng.choice(ini),
                    words(rng, lg, rng.randint(3, 7))[:-1],
                    f"{rng.choice([0.1, 0.2, 0.3, 0.5, 0.8, 1.0, 1.5, 2.5]):.1f}",
                ]
            )
        table(
            c,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Fee earner", "Bearb.", "Interv."),
                tr(lg, "Activity", "Taetigkeit", "Diligence"),
                tr(lg, "Hours", "Std.", "Heures"),
            ],
            rr,
            s,
            size=8,
            step=1.5,
        )
        pages += close(c.pages, s, h, numbers="none")
    return pages


POWERS = [
    (
        "zur Prozessfuehrung (u.a. nach Paragraphen 81 ff. ZPO) einschliesslich der Befugnis "
        "zur Erhebung und Zuruecknahme von Widerklagen;"
    ),
    (
        "zur Antragstellung in Scheidungs- und Scheidungsfolgesachen, zum Abschluss von "
        "Vereinbarungen;"
    ),
    (
        "zur Vertretung und Verteidigung in Strafsachen und Bussgeldsachen (Paragraphen 302, "
        "374 StPO);"
    ),
    "zur Vertretung in sonstigen Verfahren und bei aussergerichtlichen Verhandlungen aller Art;",
    (
        "zur Begruendung und Aufhebung von Vertragsverhaeltnissen und zur Abgabe und "
        "Entgegennahme von einseitigen Willenserklaerungen (z. B. Kuendigungen);"
    ),
    (
        "zur Entgegennahme von Zustellungen, zur Bestellung von Vertretern, zum Abschluss "
        "von Vergleichen;"
    ),
    (
        "Geld, Wertsachen und Urkunden, insbesondere auch den Streitgegenstand und die vom "
        "Gegner, von der Justizkasse oder von sonstigen Stellen zu erstattenden Betraege "
        "entgegenzunehmen;"
    ),
]


def poa_form(rng: random.Random, m: Matter, h: Head, blank: bool = False) -> list[Page]:
    """A power of attorney: a German pre-printed Vollmacht with the list of powers, an English
    form of authority, a French pouvoir with 'bon pour pouvoir'; signed unless ``blank``."""
    lg = m.lang
    size = A4 if lg != "de" or rng.random() < 0.6 else A5
    w, hh = size
    x = 40 if size == A5 else 60
    s = Style(h.font, h.bold, 8.5 if size == A5 else 10, x, "none", "bottom", size, "short")
    headed = lg != "de" and rng.random() < 0.6
    f = sheets(s, h if headed else None, "")
    if not headed:
        f.y = x - 6
    d = on(rng)
    hand = HAND if not blank else s.font
    who_ = bare(m.client)
    company = m.client in COMPANIES[lg]
    signer = rng.choice(PEOPLE[lg]) if company else m.client
    if lg == "de":
        caption(f, s, "VOLLMACHT", 8, center=True)
        f.page.text(x, f.y, "Den Rechtsanwaelten", s.font, s.size)
        f.y += 13
        for t in [h.name, f"{h.street}, {h.town}"]:
            f.page.text(x + 20, f.y, fit(t, s.bold, s.size, w - 2 * x - 20), s.bold, s.size)
            f.y += 12
        f.y += 4
        for cap, val in [("wird hiermit in Sachen", short_title(m)), ("wegen", m.subject)]:
            f.page.text(x, f.y, cap, s.font, s.size)
            f.page.text(
                x + 110,
                f.y,
                "" if blank else fit(val, hand, s.size + 1, w - 2 * x - 110),
                hand,
                s.size + 1,
            )
            f.page.line(x + 105, f.y + 3, w - x, f.y + 3)
            f.y += 18
        write(f, s, "Vollmacht erteilt", s.size)
        numbered(f, s, POWERS[: rng.randint(5, 7)], s.size - 1.5)
        write(
            f,
            s,
            (
                "Die Vollmacht gilt fuer alle Instanzen und erstreckt sich auch auf Neben- "
                "und Folgeverfahren aller Art. Sie umfasst die Befugnis, Untervollmacht zu "
                "erteilen."
            ),
            s.size - 1.5,
        )
    elif lg == "fr":
        caption(f, s, "POUVOIR", 8, center=True)
        f.y += 10
        write(f, s, "Je soussigne(e) :")
        f.page.text(x + 20, f.y, "" if blank else who_, hand, s.size + 2)
        f.page.line(x, f.y + 4, w - x, f.y + 4)
        f.y += 24
        write(
            f,
            s,
            (
                f"donne pouvoir a Maitre {bare(m.partner)}, avocat au barreau de "
                f"{'Lyon' if 'Lyon' in h.town else 'Paris'}, {h.name}, {h.street}, {h.town},"
            ),
        )
        write(
            f,
            s,
            (
                "de me representer et d'agir en mon nom dans la procedure m'opposant a "
                f"{bare(m.opponent if m.client == who_ else m.client)}, et notamment de : "
            )
            + prose(rng, lg, 1, 2),
        )
        write(
            f,
            s,
            (
                "Ce pouvoir est valable pour toute la duree de la procedure, y compris les "
                "voies de recours."
            ),
        )
    else:
        caption(
            f,
            s,
            rng.choice(["FORM OF AUTHORITY", "LETTER OF AUTHORITY", "CLIENT AUTHORITY"]),
            6,
            center=True,
        )
        f.y += 10
        f.page.text(x, f.y, "I/We", s.font, s.size)
        f.page.text(x + 36, f.y, "" if blank else who_, hand, s.size + 2)
        f.page.line(x + 32, f.y + 3, w - x, f.y + 3)
        f.y += 20
        f.page.text(x, f.y, "of", s.font, s.size)
        f.page.text(x + 36, f.y, "" if blank else ", ".join(m.client_lines[1:]), hand, s.size + 1)
        f.page.line(x + 32, f.y + 3, w - x, f.y + 3)
        f.y += 22
        write(
            f,
            s,
            (
                f"hereby authorise {h.name} of {h.street}, {h.town} to act on my/our behalf "
                f"in connection with {m.subject} and to obtain from any person or "
                "organisation any information or documents they may require. "
            )
            + words(rng, lg),
        )
        write(f, s, "A photocopy of this authority is to be treated as valid as the original.")
    f.need(90)
    f.y += 16
    place = (m.client_lines[2].split()[-1] if lg != "en" else "") if not blank else ""
    f.page.text(x, f.y, tr(lg, "Signed", "Ort, Datum", "Fait a"), s.font, s.size)
    f.page.line(x + 55, f.y + 3, x + 220, f.y + 3)
    if not blank:
        f.page.text(x + 60, f.y, f"{place} {date_text(d, lg, 'short')}".strip(), HAND, s.size + 2)
    f.page.line(w - x - 170, f.y + 3, w - x, f.y + 3)
    if not blank:
        if lg == "fr":
            f.page.text(w - x - 165, f.y - 14, "Bon pour pouvoir", HAND, 11)
        sign(f.page, w - x - 160, f.y, signer, 15)
    f.page.text(w - x - 170, f.y + 14, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7)
    f.y += 30
    if company:
        f.page.text(
            w - x - 170,
            f.y - 6,
            fit(tr(lg, "for and on behalf of ", "fuer die ", "pour ") + who_, s.font, 7, 170),
            s.font,
            7,
        )
        if not blank and rng.random() < 0.6:
            stamp(f.page, w - x - 190, f.y + 4, [who_.upper()[:26], m.client_lines[1][:26]])
    if lg == "de" and rng.random() < 0.5:
        f.page.text(x, hh - 26, f"Form. Vollmacht {serial(rng, '9/99')} - Soldan", "Helvetica", 5.5)
    return f.pages


def tpl_power_of_attorney(rng: random.Random, who: Issuer) -> list[Page]:
    """A power of attorney returned signed by a client on its own (Vollmacht, pouvoir, form of
    authority), on A4 or A5."""
    m = matter_of(who, "power_of_attorney")
    h = head_of(who, "firm", m.lang)
    pages = poa_form(rng, m, h)
    if rng.random() < 0.5:
        lines_, _ = got(rng, m.lang, on(rng))
        stamp(pages[0], pages[0].size[0] - 160, 10, lines_, [])
    return pages


def tpl_file_note(rng: random.Random, who: Issuer) -> list[Page]:
    """An internal attendance note of a call or meeting (telephone note, Aktenvermerk, note au
    dossier) on the firm's pre-printed form, written by hand or typed; A4 or A5."""
    m = matter_of(who, "file_note")
    lg = m.lang
    h = head_of(who, "firm", lg)
    size = rng.choice([A4, A4, A5])
    w, hh = size
    x = 34 if size == A5 else 50
    s = Style(h.font, h.bold, 9, x, "none", "bottom", size, "short")
    d = on(rng)
    by_hand = rng.random() < 0.6
    p = Page(size)
    p.text(x, x - 6, fit(h.name, s.bold, 8, w - 2 * x), s.bold, 8)
    title_ = tr(
        lg,
        rng.choice(["ATTENDANCE NOTE", "TELEPHONE NOTE", "FILE NOTE"]),
        rng.choice(["Aktenvermerk", "Telefonnotiz", "Gespraechsnotiz"]),
        rng.choice(["NOTE AU DOSSIER", "COMPTE RENDU D'ENTRETIEN"]),
    )
    p.text(w - x, x - 6, title_, s.bold, 12 if size == A5 else 14, "right")
    p.line(x, x + 2, w - x, x + 2)
    y = fields(
        p,
        s,
        x,
        x + 10,
        w - 2 * x,
        [
            (tr(lg, "Client", "Mandant", "Client"), bare(m.client)),
            (tr(lg, "Matter no.", "Akte", "Dossier"), m.our_ref),
            (
                tr(lg, "Fee earner", "Bearbeiter", "Redacteur"),
                "".join(t[0] for t in bare(m.partner).split()),
            ),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
        ],
        per=2,
        tall=24,
        hand=by_hand,
    )
    y = ticks(
        p,
        s,
        x,
        y + 4,
        w - 2 * x,
        [
            tr(lg, t, de, fr)
            for t, de, fr in [
                ("Telephone in", "Anruf eingehend", "Appel recu"),
                ("Telephone out", "Anruf ausgehend", "Appel passe"),
                ("Meeting", "Besprechung", "Rendez-vous"),
                ("Court", "Termin", "Audience"),
            ]
        ],
        {rng.randint(0, 3)},
        8,
    )
    p.text(x, y + 4, tr(lg, "Attending:", "Gespraechspartner:", "Interlocuteur :"), s.font, 8)
    p.text(
        x + 80,
        y + 4,
        fit(
            bare(rng.choice([m.client, m.counsel_name, rng.choice(PEOPLE[lg])])),
            HAND if by_hand else s.font,
            9.5,
            w - 2 * x - 80,
        ),
        HAND if by_hand else s.font,
        9.5,
    )
    y += 22
    n = int((hh - y - 70) / 17)
    if by_hand:
        y = ruled(p, x, y + 8, w - 2 * x, n, rng, lg, fill=rng.uniform(0.35, 0.9))
    else:
        for ln in wrap(prose(rng, lg, 3, 8), s.font, 9, w - 2 * x)[:n]:
            p.text(x, y + 8, ln, s.font, 9)
            y += 12.5
    yy = hh - 44
    p.text(
        x, yy, tr(lg, "Time engaged (units):", "Zeitaufwand (Min.):", "Temps passe :"), s.font, 8
    )
    p.text(x + 110, yy, str(rng.choice([1, 2, 3, 4, 6, 12]) * (6 if lg == "de" else 1)), HAND, 11)
    p.text(w / 2 + 10, yy, tr(lg, "Action / diary:", "Wv.:", "Suite :"), s.font, 8)
    if rng.random() < 0.6:
        p.text(
            w / 2 + 80, yy, date_text(d + timedelta(days=rng.randint(3, 30)), lg, "short"), HAND, 11
        )
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates Y: evidence - witness statements and experts' reports
# ---------------------------------------------------------------------------------------------


def born(name: str) -> str:
    """A witness's date of birth, the same wherever it is written."""
    r = random.Random(zlib.crc32(f"pouch-born/{name}".encode()))
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1950, 2000)}"


def id_copy(rng: random.Random, name: str) -> Page:
    """A photocopy of a French identity card, front and back, on an A4 sheet."""
    p = Page(A4)
    w, _ = A4
    for k in range(2):
        x, y, cw, ch = 120, 90 + k * 230, 86 * mm, 54 * mm
        p.rect(x, y, cw, ch, fill=0.88)
        p.rect(x, y, cw, ch)
        if k == 0:
            p.text(x + 8, y + 14, "REPUBLIQUE FRANCAISE", "Helvetica-Bold", 7)
            p.text(x + 8, y + 24, "CARTE NATIONALE D'IDENTITE", "Helvetica", 6.5)
            photo(p, x + 8, y + 32, 62, 78, rng)
            yy = y + 42
            for cap, val in [
                ("Nom", bare(name).split()[-1].upper()),
                ("Prenom(s)", bare(name).split()[0]),
                (
                    "Ne(e) le",
                    born(name).replace("/", "."),
                ),
                ("N.", serial(rng, "AAA9AA9A9")),
            ]:
                p.text(x + 80, yy, cap, "Helvetica", 5.5)
                p.text(x + 80, yy + 8, val, "Helvetica-Bold", 7.5)
                yy += 20
        else:
            for j in range(3):
                p.text(
                    x + 8,
                    y + ch - 30 + 10 * j,
                    serial(rng, "IDFRA" + "A" * 9 + "<<<<" + "9" * 8),
                    "Courier",
                    7,
                )
            p.text(x + 8, y + 20, "Adresse :", "Helvetica", 6)
    p.text(w / 2, 620, "Copie certifiee conforme a l'original", HAND, 11, "center")
    sign(p, w / 2 - 30, 650, name)
    return p


def tpl_witness_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A witness statement for one side: the English statement with its corner markings,
    numbered paragraphs, statement of truth and exhibits each behind an exhibit cover sheet;
    a German eidesstattliche Versicherung; a French attestation de temoin on the cerfa form,
    written by hand, with the copy of the witness's identity card (which belongs to it)."""
    m = matter_of(who, "witness_statement")
    lg = m.lang
    d = on(rng)
    wit = rng.choice(FOLK[lg])
    side = m.ours if rng.random() < 0.7 else ("defendant" if m.ours == "claimant" else "claimant")
    a, b = parties(m)
    if lg == "fr":
        w, hh = A4
        x = 46
        s = Style("Helvetica", "Helvetica-Bold", 9, x, "none", "bottom", A4, "short")
        p = Page(A4)
        p.text(x, 40, "cerfa", "Helvetica-Bold", 14)
        p.text(x, 52, "N. 11527*03", "Helvetica", 7)
        p.text(w / 2 + 20, 44, "ATTESTATION DE TEMOIN", "Helvetica-Bold", 13, "center")
        p.text(
            w / 2 + 20,
            56,
            "(Articles 200 a 203 du code de procedure civile)",
            "Helvetica",
            7.5,
            "center",
        )
        nm = bare(wit).split()
        y = fields(
            p,
            s,
            x,
            76,
            w - 2 * x,
            [
                ("Nom", nm[-1].upper()),
                ("Prenoms", " ".join(nm[:-1])),
                (
                    "Date et lieu de naissance",
                    f"{born(wit)} a {rng.choice(['Lyon', 'Paris', 'Grenoble', 'Oran'])}",
                ),
                (
                    "Profession",
                    rng.choice(
                        ["comptable", "retraite", "chef de chantier", "assistante de direction"]
                    ),
                ),
                ("Adresse", ", ".join(house(rng, "fr"))),
                (
                    "Lien de parente, d'alliance, de subordination ou d'interet avec les parties",
                    rng.choice(["aucun", "salarie de la societe", "voisin"]),
                ),
            ],
            per=2,
            tall=28,
        )
        for t in [
            (
                "Je sais que l'attestation est etablie en vue de sa production en justice et "
                "que je m'expose a des sanctions penales en cas de fausse attestation."
            )
        ]:
            for ln in wrap(t, "Helvetica", 7.5, w - 2 * x):
                p.text(x, y, ln, "Helvetica", 7.5)
                y += 9.5
        y += 6
        p.text(x, y, "Relation des faits :", "Helvetica-Bold", 8)
        y = ruled(
            p, x, y + 18, w - 2 * x, int((hh - y - 150) / 17), rng, "fr", fill=rng.uniform(0.6, 1.0)
        )
        p.text(x, y + 10, "Fait a", "Helvetica", 8)
        p.text(
            x + 40,
            y + 10,
            f"{rng.choice(['Lyon', 'Paris', 'Villeurbanne'])}, le {date_text(d, 'fr', 'short')}",
            HAND,
            10,
        )
        p.text(w / 2 + 40, y + 10, "Signature", "Helvetica", 8)
        sign(p, w / 2 + 40, y + 36, wit, 16)
        p.text(
            x,
            hh - 30,
            (
                "Joindre une photocopie d'un document officiel justifiant de l'identite et "
                "comportant la signature."
            ),
            "Helvetica",
            6.5,
        )
        pages = [p]
        if rng.random() < 0.3:
            q = Page(A4)
            q.text(x, 40, "Suite de la relation des faits", "Helvetica", 8)
            ruled(q, x, 70, w - 2 * x, rng.randint(8, 30), rng, "fr", fill=1.0)
            pages.append(q)
        if rng.random() < 0.85:
            pages.append(id_copy(rng, wit))
        return pages
    h = head_of(who, "firm" if side == m.ours else "counsel", lg)
    s = style_of(h, A4, pt=min(h.size, 10.5))
    w, hh = A4
    x = s.margin
    f = sheets(s, None, "")
    f.y = x - 10
    ini = "".join(t[0] for t in bare(wit).split()).upper()
    if lg == "en":
        n_ex = rng.choice([0, 1, 1, 2])
        for k, t in enumerate(
            [
                f"Party: {side.title()}",
                f"Witness: {bare(wit)}",
                "Statement No: 1",
                f"Exhibits: {ini}1-{ini}{n_ex}" if n_ex else "Exhibits: none",
                f"Dated: {date_text(d, 'en', 'short')}",
            ]
        ):
            f.page.text(w - x, f.y + 11 * k, t, s.bold, 8.5, "right")
        f.y += 68
        f.page.text(w - x, f.y, f"Claim No. {m.case_no}", s.bold, 10, "right")
        f.y += 18
        caption(f, s, court_title(m), 1, center=True)
        f.page.text(w / 2, f.y, f"{bare(a).upper()}  Claimant", s.font, s.size, "center")
        f.page.text(w / 2, f.y + 14, "- and -", s.font, s.size, "center")
        f.page.text(w / 2, f.y + 28, f"{bare(b).upper()}  Defendant", s.font, s.size, "center")
        f.y += 46
        caption(f, s, f"WITNESS STATEMENT OF {bare(wit).upper()}", 2, center=True)
        write(f, s, f"I, {bare(wit)}, of {', '.join(house(rng, 'en'))}, WILL SAY as follows:")
        items = [prose(rng, lg, 1, 3) for _ in range(rng.randint(4, 13))]
        for k in range(n_ex):
            j = rng.randrange(len(items))
            items[j] += (
                f' There is now produced and shown to me marked "{ini}{k + 1}" a copy of '
                f"the {rng.choice(['e-mail', 'invoice', 'photographs', 'letter'])}."
            )
        numbered(f, s, items)
        f.need(140)
        caption(f, s, "Statement of Truth", 0)
        write(
            f,
            s,
            (
                "I believe that the facts stated in this witness statement are true. I "
                "understand that proceedings for contempt of court may be brought against "
                "anyone who makes, or causes to be made, a false statement in a document "
                "verified by a statement of truth without an honest belief in its truth."
            ),
            9,
        )
        sign(f.page, x, f.y + 16, wit)
        f.y += 26
        write(f, s, f"Signed: {bare(wit)}     Dated: {date_text(d, 'en', 'long')}")
        pages = foot_and_number(
            f.pages, s, [], rng.choice(["{i}", "Page {i} of {n}", "- {i} -"]), "bc"
        )
        for k in range(n_ex):
            c = Page(A4)
            c.text(w - x, 60, f"Claim No. {m.case_no}", s.bold, 10, "right")
            c.text(w / 2, 300, f"EXHIBIT {ini}{k + 1}", s.bold, 16, "center")
            for j, ln in enumerate(
                wrap(
                    (
                        f'This is the exhibit marked "{ini}{k + 1}" referred to in the '
                        f"witness statement of {bare(wit)} dated {date_text(d, 'en', 'long')}."
                    ),
                    s.font,
                    s.size,
                    w - 2 * x - 80,
                )
            ):
                c.text(w / 2, 340 + 14 * j, ln, s.font, s.size, "center")
            pages.append(c)
            pages += rng.choice(COPIES)(rng, m)[:1]
        return pages
    # German eidesstattliche Versicherung
    caption(f, s, "Eidesstattliche Versicherung", 5, center=True)
    f.y += 8
    write(
        f,
        s,
        (
            f"Ich, {bare(wit)}, geboren am "
            f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1950, 2000)}, "
            f"wohnhaft {', '.join(house(rng, 'de'))},"
        ),
    )
    write(
        f,
        s,
        (
            "bin ueber die Bedeutung einer eidesstattlichen Versicherung und ueber die "
            "Strafbarkeit einer falschen oder unvollstaendigen eidesstattlichen Versicherung "
            "(Paragraphen 156, 161 StGB) belehrt worden. Zur Vorlage bei Gericht in dem "
            "Verfahren "
        )
        + short_title(m)
        + " versichere ich an Eides statt:",
    )
    for _ in range(rng.randint(3, 9)):
        write(f, s, prose(rng, lg, 2, 4))
    write(
        f,
        s,
        "Die vorstehenden Angaben sind nach bestem Wissen und Gewissen richtig und vollstaendig.",
    )
    f.need(70)
    f.y += 10
    f.page.text(
        x,
        f.y,
        f"{rng.choice(['Duesseldorf', 'Koeln', 'Neuss'])}, den {date_text(d, 'de', 'short')}",
        HAND,
        11,
    )
    sign(f.page, w - x - 170, f.y, wit, 15)
    f.page.line(w - x - 180, f.y + 6, w - x, f.y + 6)
    f.page.text(w - x - 180, f.y + 16, bare(wit), s.font, 8)
    f.y += 30
    pages = f.pages
    if rng.random() < 0.4:
        pages += exhibits(rng, m, side, 1)[0]
    return pages


def tpl_expert_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An expert's report: a cover page, the report under numbered headings with a findings
    table and the expert's declaration (CPR Part 35, the court expert's oath, the expert
    judiciaire's conclusions), then pages of photographs that belong to it."""
    m = matter_of(who, "expert_report")
    lg = m.lang
    h = head_of(who, "expert", lg)
    s = style_of(h, A4)
    w, _ = A4
    x = s.margin
    d = on(rng)
    title_ = tr(
        lg,
        "EXPERT REPORT",
        "GUTACHTEN",
        rng.choice(["RAPPORT D'EXPERTISE", "NOTE AUX PARTIES N. 2"]),
    )
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.4:
        c = Page(A4)
        heading(c, s, h)
        c.text(w / 2, 260, title_, s.bold, 22, "center")
        c.text(
            w / 2,
            290,
            fit(
                tr(lg, "on the matters in dispute in ", "in dem Rechtsstreit ", "dans l'affaire ")
                + short_title(m),
                s.font,
                12,
                w - 2 * x,
            ),
            s.font,
            12,
            "center",
        )
        c.text(
            w / 2,
            310,
            tr(lg, f"Claim No. {m.case_no}", f"Az. {m.case_no}", m.case_no),
            s.font,
            11,
            "center",
        )
        yy = 420
        for t in [
            tr(
                lg,
                "Prepared for the Court on the instructions of",
                "Erstattet im Auftrag des",
                "Expert designe par ordonnance du",
            ),
            tr(
                lg,
                firm_row("en")[0] if rng.random() < 0.6 else "the parties jointly",
                m.court[0],
                m.court[0],
            ),
            "",
            tr(
                lg,
                f"Site inspection: {date_text(d - timedelta(days=30), 'en', 'long')}",
                f"Ortstermin: {date_text(d - timedelta(days=30), 'de', 'short')}",
                f"Reunion d'expertise : {date_text(d - timedelta(days=30), 'fr', 'short')}",
            ),
            tr(
                lg,
                f"Report date: {date_text(d, 'en', 'long')}",
                f"Datum: {date_text(d, 'de', 'short')}",
                f"Date : {date_text(d, 'fr', 'short')}",
            ),
        ]:
            c.text(w / 2, yy, t, s.font, 10, "center")
            yy += 16
        pages.append(c)
        covers = 1
    f = sheets(s, h if covers == 0 else None, f"{h.name} - {title_.title()} - {short_title(m)}")
    if covers:
        f.y = x
    else:
        caption(f, s, title_, 6)
        write(
            f,
            s,
            short_title(m)
            + " - "
            + tr(lg, f"Claim No. {m.case_no}", f"Az. {m.case_no}", m.case_no),
        )
    secs = tr(
        lg,
        "Introduction|Instructions|Inspection|Findings|Opinion|Conclusions",
        "Auftrag und Beweisfragen|Ortstermin|Feststellungen|Bewertung|Ergebnis",
        "Rappel de la mission|Deroulement des operations|Constatations|Analyse|Conclusions",
    ).split("|")
    for k, sec in enumerate(secs, 1):
        caption(f, s, f"{k}. {sec}", 1)
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, 2, 4))
        if k == 3 and rng.random() < 0.7:
            cols = columns(x, w - x, [(0.6, "left"), (3, "left"), (2, "left"), (1.2, "right")])
            rows = [
                [
                    str(j + 1),
                    words(rng, lg, 4)[:-1],
                    words(rng, lg, 3)[:-1],
                    money(rng.uniform(150, 9000), lg),
                ]
                for j in range(rng.randint(3, 10))
            ]
            table(
                f,
                cols,
                [
                    "Nr",
                    tr(lg, "Defect", "Mangel", "Desordre"),
                    tr(lg, "Cause", "Ursache", "Cause"),
                    tr(lg, "Cost", "Kosten", "Cout HT"),
                ],
                rows,
                s,
                rules=True,
            )
    f.need(130)
    caption(f, s, tr(lg, "Statement of truth and declaration", "Versicherung", "Serment"), 0)
    write(
        f,
        s,
        tr(
            lg,
            (
                "I confirm that I have made clear which facts and matters referred to in "
                "this report are within my own knowledge and which are not. I understand my "
                "duty to the court and I have complied with it. I am aware of the "
                "requirements of Part 35 of the Civil Procedure Rules."
            ),
            (
                "Ich versichere, dass ich das Gutachten unparteiisch und nach bestem Wissen "
                "und Gewissen erstattet habe."
            ),
            (
                "Je certifie avoir accompli personnellement la mission qui m'a ete confiee, "
                "conformement aux articles 232 et suivants du code de procedure civile."
            ),
        ),
        9,
    )
    sign(f.page, x, f.y + 16, rng.choice(PEOPLE[lg]))
    f.y += 30
    pages += close(f.pages, s, h, covers=0)
    for _ in range(rng.choice([0, 1, 1])):
        ph = copy_photos(rng, m, rng.choice([2, 4, 4]))
        ph[0].text(
            50,
            40,
            tr(
                lg,
                "Appendix - Photographs",
                "Anlage - Fotodokumentation",
                "Annexe - Planche photographique",
            ),
            s.bold,
            11,
        )
        pages += ph
    return pages


# ---------------------------------------------------------------------------------------------
# Templates Y: registers
# ---------------------------------------------------------------------------------------------


def reg_town(lang: str) -> str:
    return {
        "en": "",
        "de": firm_row("de")[3].split(" ", 1)[1],
        "fr": firm_row("fr")[3].split(" ", 1)[1],
    }[lang]


def tpl_land_register(rng: random.Random, who: Issuer) -> list[Page]:
    """An official copy of the land register: the English register of title in sections A-C
    with its title plan (a plan page with the title edged), a German Grundbuch print with the
    cover sheet, Bestandsverzeichnis and Abteilungen I-III each on its own sheet, a French
    releve des formalites publiees."""
    m = matter_of(who, "land_register")
    lg = m.lang
    d = on(rng)
    w, hh = A4
    owner = bare(rng.choice([m.client, m.opponent]))
    road, town = house(rng, lg)
    if lg == "de":
        s = Style("Courier", "Courier-Bold", 9, 50, "none", "bottom", A4, "short")
        gem = rng.choice(["Oberkassel", "Derendorf", "Bilk", "Lindenthal", "Sachsenhausen"])
        blatt = rng.randint(1000, 19999)
        amt = f"Amtsgericht {reg_town('de')}"
        pages: list[Page] = []
        c = Page(A4)
        c.text(w / 2, 160, amt, s.bold, 14, "center")
        c.text(w / 2, 200, f"Grundbuch von {gem}", s.bold, 18, "center")
        c.text(w / 2, 228, f"Blatt {blatt}", s.bold, 18, "center")
        c.text(w / 2, 300, "Amtlicher Ausdruck", s.font, 11, "center")
        c.text(
            w / 2,
            316,
            f"Abruf vom {date_text(d, 'de', 'short')} {rng.randint(8, 16)}:{rng.randint(10, 59)}",
            s.font,
            9,
            "center",
        )
        c.text(
            w / 2,
            hh - 80,
            "Dieser Ausdruck wird nicht unterschrieben und gilt als beglaubigte Abschrift.",
            s.font,
            7,
            "center",
        )
        pages.append(c)
        secs = [
            (
                "Bestandsverzeichnis",
                [
                    "Lfd. Nr.",
                    "Gemarkung, Flur, Flurstueck",
                    "Wirtschaftsart und Lage",
                    "Groesse m2",
                ],
                [
                    [
                        str(k + 1),
                        f"{gem}, Flur {rng.randint(1, 40)}, {rng.randint(10, 999)}",
                        f"Gebaeude- und Freiflaeche, {road}",
                        str(rng.randint(180, 4800)),
                    ]
                    for k in range(rng.randint(1, 3))
                ],
            ),
            (
                "Erste Abteilung",
                ["Lfd. Nr.", "Eigentuemer", "Lfd. Nr. BV", "Grundlage der Eintragung"],
                [
                    [
                        "1",
                        owner,
                        "1",
                        (
                            "Auflassung vom " + before(rng, d, 400, 6000, "de") + "; "
                            "eingetragen am " + before(rng, d, 300, 5000, "de") + "."
                        ),
                    ]
                ],
            ),
            (
                "Zweite Abteilung",
                ["Lfd. Nr.", "Lfd. Nr. BV", "Lasten und Beschraenkungen"],
                [
                    [
                        str(k + 1),
                        "1",
                        rng.choice(
                            [
                                (
                                    "Beschraenkte persoenliche Dienstbarkeit (Leitungsrecht) "
                                    "fuer Stadtwerke AG."
                                ),
                                (
                                    "Grunddienstbarkeit (Wegerecht) fuer den jeweiligen "
                                    "Eigentuemer von Flurstueck 412."
                                ),
                                "Vormerkung zur Sicherung des Anspruchs auf Eigentumsuebertragung.",
                            ]
                        ),
                    ]
                    for k in range(rng.randint(0, 3))
                ]
                or [["", "", "- keine Eintragungen -"]],
            ),
            (
                "Dritte Abteilung",
                ["Lfd. Nr.", "Lfd. Nr. BV", "Betrag", "Hypotheken, Grundschulden, Rentenschulden"],
                [
                    [
                        str(k + 1),
                        "1",
                        f"{money(rng.choice([150, 250, 380, 500, 1200]) * 1000.0, 'de')} EUR",
                        (
                            "Grundschuld ohne Brief fuer "
                            + rng.choice(["Stadtsparkasse", "Deutsche Bank AG", "Volksbank eG"])
                            + "; "
                            "15 % Zinsen jaehrlich; vollstreckbar nach Paragraph 800 ZPO."
                        ),
                    ]
                    for k in range(rng.randint(1, 3))
                ],
            ),
        ]
        for name, head, rows in secs[: rng.choice([2, 3, 4])]:
            f = Sheets(A4, hh - 60, lambda p_, n: 50.0)
            p = f.page
            p.text(50, 36, f"{amt}   Grundbuch von {gem}   Blatt {blatt}", s.font, 7.5)
            p.text(w - 50, 36, name, s.bold, 8, "right")
            p.line(50, 40, w - 50, 40)
            f.y = 64
            p.text(w / 2, f.y, name, s.bold, 12, "center")
            f.y += 24
            spec = [(0.6, "left"), (3, "left"), (1, "left"), (2.4, "left")][: len(head)]
            if len(head) == 3:
                spec = [(0.6, "left"), (0.8, "left"), (5, "left")]
            cols = columns(50, w - 50, spec)
            wide = cols[-1]
            f.page.line(50, f.y - 12, w - 50, f.y - 12)
            for c_, t in zip(cols, head, strict=True):
                f.page.text(c_[0], f.y, fit(t, s.bold, 7.5, c_[1] - c_[0]), s.bold, 7.5)
            f.page.line(50, f.y + 5, w - 50, f.y + 5)
            f.y += 18
            for row in rows:
                y0 = f.y
                for c_, t in zip(cols[:-1], row[:-1], strict=True):
                    f.page.text(c_[0], y0, fit(t, s.font, 8, c_[1] - c_[0]), s.font, 8)
                for ln in wrap(row[-1], s.font, 8, wide[1] - wide[0]):
                    f.page.text(wide[0], f.y, ln, s.font, 8)
                    f.y += 10.5
                f.y += 8
            for c_ in cols[1:]:
                f.page.line(c_[0] - 3, 52, c_[0] - 3, f.y)
            pages.append(p)
        return foot_and_number(pages, s, [], "Seite {i} von {n}", "br", covers=0)
    if lg == "fr":
        s = Style("Times-Roman", "Times-Bold", 9.5, 52, "none", "bottom", A4, "short")
        spf = REGISTRIES["land"]["fr"][0].format(town=reg_town("fr"))
        f = Sheets(A4, hh - 60, lambda p_, n: 52.0 if n > 1 else 40.0)
        f.page.text(52, f.y, "DIRECTION GENERALE DES FINANCES PUBLIQUES", s.bold, 8)
        f.page.text(52, f.y + 11, spf, s.font, 8)
        f.y += 50
        caption(f, s, "RELEVE DES FORMALITES PUBLIEES", 4, center=True)
        write(
            f,
            s,
            (
                f"Demande de renseignements n. {serial(rng, '9999P99 9999A99999')} deposee le "
                f"{date_text(d, 'fr', 'short')}"
            ),
        )
        write(
            f,
            s,
            (
                f"Immeuble : commune de {town.split(' ', 1)[1]}, {road}, cadastre section "
                f"{serial(rng, 'AA')} n. {rng.randint(10, 900)}"
            ),
        )
        write(
            f,
            s,
            (
                "Periode de certification : du "
                f"{date_text(d - timedelta(days=365 * 50), 'fr', 'short')} au "
                f"{date_text(d - timedelta(days=7), 'fr', 'short')}"
            ),
        )
        cols = columns(52, w - 52, [(1.2, "left"), (1.8, "left"), (2.2, "left"), (3, "left")])
        rows = []
        for _ in range(rng.randint(3, 16)):
            rows.append(
                [
                    date_text(d - timedelta(days=rng.randint(100, 12000)), "fr", "short"),
                    rng.choice(
                        [
                            "Vente",
                            "Hypotheque conv.",
                            "Privilege de preteur",
                            "Attestation apres deces",
                            "Servitude",
                            "Radiation",
                        ]
                    ),
                    f"Me {rng.choice(['Perrin', 'Dubois', 'Chassagne', 'Roche'])}, notaire",
                    rng.choice(
                        [owner, bare(rng.choice(FOLK["fr"])), bare(rng.choice(COMPANIES["fr"]))]
                    ),
                ]
            )
        table(
            f,
            cols,
            ["Date", "Nature de l'acte", "Redacteur", "Disposant / beneficiaire"],
            rows,
            s,
            size=8.5,
            rules=True,
        )
        write(
            f,
            s,
            "Le present certificat comporte les formalites publiees non perimees ni radiees.",
            8,
        )
        f.need(50)
        f.page.text(w - 52, f.y + 10, "Le service de la publicite fonciere", s.font, 8.5, "right")
        return foot_and_number(f.pages, s, [], "Page {i} sur {n}", "br")
    s = Style("Helvetica", "Helvetica-Bold", 9.5, 56, "none", "bottom", A4, "short")
    tno = serial(rng, rng.choice(["AA999999", "AAA999999", "AA99999"]))
    f = Sheets(A4, hh - 80, lambda p_, n: 60.0)
    f.page.text(56, 40, "HM Land Registry", s.bold, 12)
    f.page.text(w - 56, 40, f"Title number {tno}", s.bold, 10, "right")
    f.page.text(
        w - 56,
        52,
        f"Edition date {date_text(d - timedelta(days=rng.randint(20, 2000)), 'en', 'short')}",
        s.font,
        8,
        "right",
    )
    f.y = 80
    write(
        f,
        s,
        (
            "Official copy of register of title. This official copy shows the entries on the "
            f"register of title on {date_text(d, 'en', 'long')} at "
            f"{rng.randint(8, 17)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}. This date "
            "must be quoted as the 'search from date' in any official search application "
            "based on this copy."
        ),
        8,
    )
    write(
        f,
        s,
        (
            "Under s.67 of the Land Registration Act 2002 this copy is admissible in "
            "evidence to the same extent as the original. This title is dealt with by HM "
            f"Land Registry, {rng.choice(['Durham', 'Gloucester', 'Coventry', 'Nottingham'])} "
            "Office."
        ),
        8,
    )
    for sec, n in [
        ("A: Property Register", 2),
        ("B: Proprietorship Register", 3),
        ("C: Charges Register", rng.randint(1, 4)),
    ]:
        f.need(60)
        f.page.rect(56, f.y - 10, w - 112, 15, fill=0.85)
        f.page.text(w / 2, f.y, sec, s.bold, 10, "center")
        f.y += 18
        write(
            f,
            s,
            tr(
                "en",
                "This register describes the land and estate comprised in the title."
                if sec[0] == "A"
                else "This register specifies the class of title and identifies the owner."
                if sec[0] == "B"
                else "This register contains any charges and other matters that affect the land.",
            ),
            8,
        )
        for k in range(n):
            dd = d - timedelta(days=rng.randint(200, 9000))
            if sec[0] == "B" and k == 1:
                t = f"PROPRIETOR: {owner.upper()} of {road}, {town}."
            elif sec[0] == "A" and k == 0:
                t = (
                    "The Freehold land shown edged with red on the plan of the above title "
                    f"filed at the Registry and being {road}, {town}."
                )
            else:
                t = words(rng, "en", rng.randint(14, 40))
            f.need(24)
            f.page.text(56, f.y, f"{k + 1}", s.font, 8.5)
            f.page.text(70, f.y, f"({date_text(dd, 'en', 'short')})", s.font, 8.5)
            lines = wrap(t, s.font, 8.5, w - 56 - 140)
            for ln in lines:
                f.need(11)
                f.page.text(140, f.y, ln, s.font, 8.5)
                f.y += 11
            f.y += 6
    f.need(20)
    f.page.text(w / 2, f.y + 8, "End of register", s.bold, 9, "center")
    pages = foot_and_number(
        f.pages,
        s,
        [
            (
                "This is a copy of the register of the title number set out immediately "
                "below the address of HM Land Registry"
            )
        ],
        rng.choice(["{i} of {n}", "Page {i} of {n}"]),
        "br",
    )
    if rng.random() < 0.6:
        size = rng.choice([A4, landscape(A4)])
        pw, ph = size
        p = Page(size)
        p.text(40, 36, "HM Land Registry", "Helvetica-Bold", 10)
        p.text(40, 48, "Official copy of title plan", "Helvetica", 9)
        p.text(pw - 40, 36, f"Title number {tno}", "Helvetica-Bold", 9, "right")
        p.text(
            pw - 40,
            48,
            f"Ordnance Survey map reference {serial(rng, 'AA9999AA')}",
            "Helvetica",
            7,
            "right",
        )
        gx, gy, gw, gh = 40, 64, pw - 80, ph - 150
        p.rect(gx, gy, gw, gh)
        for _ in range(rng.randint(12, 22)):
            bx, by = gx + rng.uniform(10, gw - 80), gy + rng.uniform(10, gh - 60)
            p.rect(bx, by, rng.uniform(20, 70), rng.uniform(14, 50))
        ry = gy + gh * rng.uniform(0.3, 0.7)
        p.line(gx, ry, gx + gw, ry)
        p.line(gx, ry + 22, gx + gw, ry + 22)
        p.text(gx + gw * 0.3, ry + 14, road.split(" ", 1)[1].upper(), "Helvetica", 7)
        sx, sy = gx + gw * rng.uniform(0.3, 0.55), ry - 90
        for dd_ in (0, 2, 4):
            p.rect(sx - dd_, sy - dd_, 90 + 2 * dd_, 80 + 2 * dd_)
        p.text(gx + gw - 20, gy + 24, "N", "Helvetica-Bold", 10, "center")
        p.line(gx + gw - 20, gy + 28, gx + gw - 20, gy + 50)
        p.text(
            40,
            ph - 66,
            (
                f"This official copy issued on {date_text(d, 'en', 'long')} shows the state "
                f"of this title plan on {date_text(d, 'en', 'long')}."
            ),
            "Helvetica",
            6.5,
        )
        p.text(
            40,
            ph - 56,
            (
                "This title plan shows the general position of the boundaries: it does not "
                "show the exact line of the boundaries. Scale 1:1250 enlarged from 1:2500."
            ),
            "Helvetica",
            6.5,
        )
        p.text(
            40,
            ph - 46,
            (
                "Crown copyright. Produced by HMLR. Further reproduction in whole or in part "
                "is prohibited without the prior written permission of Ordnance Survey."
            ),
            "Helvetica",
            6.5,
        )
        pages.append(p)
    return pages


def tpl_company_extract(rng: random.Random, who: Issuer) -> list[Page]:
    """A company register extract: the browser print of a Companies House company page with
    its officers, a German Handelsregister 'aktueller Ausdruck' in its numbered items, a
    French extrait Kbis from the greffe."""
    m = matter_of(who, "company_extract")
    lg = m.lang
    d = on(rng)
    w, hh = A4
    comp = bare(rng.choice([c for c in COMPANIES[lg]]))
    road, town = house(rng, lg)
    people = rng.sample(PEOPLE[lg] + [bare(x) for x in FOLK[lg]], 4)
    if lg == "de":
        s = Style("Helvetica", "Helvetica-Bold", 9, 56, "none", "bottom", A4, "short")
        f = Sheets(A4, hh - 70, lambda p_, n: 56.0)
        amt = f"Amtsgericht {reg_town('de')}"
        hrb = f"HR B {rng.randint(1000, 99999)}"
        f.page.text(56, 40, f"Handelsregister B des {amt}", s.font, 8)
        f.page.text(
            w - 56,
            40,
            f"Abruf vom {date_text(d, 'de', 'short')} {rng.randint(8, 17)}:{rng.randint(10, 59)}",
            s.font,
            8,
            "right",
        )
        f.y = 70
        f.page.text(w - 56, f.y, f"Nummer der Firma: {hrb}", s.bold, 10, "right")
        f.y += 20
        caption(f, s, "Aktueller Ausdruck", 6, center=True)
        items = [
            ("1. Anzahl der bisherigen Eintragungen:", str(rng.randint(3, 40))),
            ("2. a) Firma:", comp),
            (
                "b) Sitz, Niederlassung, inlaendische Geschaeftsanschrift:",
                f"{town.split(' ', 1)[1]}; {road}, {town}",
            ),
            ("c) Gegenstand des Unternehmens:", words(rng, "de", rng.randint(10, 20))),
            (
                "3. Grund- oder Stammkapital:",
                f"{money(rng.choice([25000, 50000, 100000, 250000]), 'de')} EUR",
            ),
            (
                "4. a) Allgemeine Vertretungsregelung:",
                (
                    "Ist nur ein Geschaeftsfuehrer bestellt, so vertritt er die Gesellschaft "
                    "allein. Sind mehrere Geschaeftsfuehrer bestellt, so wird die "
                    "Gesellschaft durch zwei Geschaeftsfuehrer oder durch einen "
                    "Geschaeftsfuehrer gemeinsam mit einem Prokuristen vertreten."
                ),
            ),
            (
                "b) Vorstand, Leitungsorgan, geschaeftsfuehrende Direktoren:",
                "; ".join(
                    (
                        f"Geschaeftsfuehrer: {bare(p_)}, {town.split(' ', 1)[1]}, "
                        f"*{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}."
                        f"{rng.randint(1955, 1990)}"
                    )
                    for p_ in people[:2]
                ),
            ),
            (
                "5. Prokura:",
                f"Gesamtprokura gemeinsam mit einem Geschaeftsfuehrer: {bare(people[2])}"
                if rng.random() < 0.6
                else "-",
            ),
            (
                "6. a) Rechtsform, Beginn, Satzung oder Gesellschaftsvertrag:",
                (
                    "Gesellschaft mit beschraenkter Haftung. Gesellschaftsvertrag vom "
                    f"{date_text(d - timedelta(days=rng.randint(800, 9000)), 'de', 'short')}"
                ),
            ),
            ("b) Sonstige Rechtsverhaeltnisse:", "-"),
            (
                "7. a) Tag der letzten Eintragung:",
                date_text(d - timedelta(days=rng.randint(30, 900)), "de", "short"),
            ),
        ]
        for cap, val in items:
            f.need(30)
            f.page.text(56, f.y, cap, s.bold, 8.5)
            f.y += 12
            f.para(76, w - 132, val, s.font, 9)
        return foot_and_number(
            f.pages, s, [], "Seite {i} von {n}", "tr" if rng.random() < 0.5 else "br"
        )
    if lg == "fr":
        s = Style("Times-Roman", "Times-Bold", 9.5, 52, "none", "bottom", A4, "short")
        f = Sheets(A4, hh - 80, lambda p_, n: 52.0)
        g = REGISTRIES["company"]["fr"][0].format(town=reg_town("fr"))
        f.page.text(52, 40, g, s.bold, 9)
        f.page.text(
            w - 52, 40, f"Code de verification : {serial(rng, 'AAAAAAAAAA')}", s.font, 7.5, "right"
        )
        f.y = 70
        caption(f, s, "Extrait Kbis", 8, center=True)
        write(
            f,
            s,
            (
                "EXTRAIT D'IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES "
                f"SOCIETES a jour au {date_text(d, 'fr', 'short')}"
            ),
            9,
        )
        siren = f"{rng.randint(300, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        for sec, rows in [
            (
                "IDENTIFICATION DE LA PERSONNE MORALE",
                [
                    ("Immatriculation au RCS, numero", f"{siren} R.C.S. {reg_town('fr')}"),
                    (
                        "Date d'immatriculation",
                        date_text(d - timedelta(days=rng.randint(800, 9000)), "fr", "short"),
                    ),
                    ("Denomination ou raison sociale", comp),
                    (
                        "Forme juridique",
                        rng.choice(
                            [
                                "Societe par actions simplifiee",
                                "Societe a responsabilite limitee",
                                "Societe anonyme",
                            ]
                        ),
                    ),
                    ("Capital social", f"{money(rng.choice([10000, 37000, 150000]), 'fr')} Euros"),
                    ("Adresse du siege", f"{road} {town}"),
                    (
                        "Duree de la personne morale",
                        "Jusqu'au " + date_text(d + timedelta(days=365 * 80), "fr", "short"),
                    ),
                ],
            ),
            (
                "GESTION, DIRECTION, ADMINISTRATION, CONTROLE, ASSOCIES OU MEMBRES",
                [
                    ("President" if rng.random() < 0.5 else "Gerant", bare(people[0])),
                    (
                        "Commissaire aux comptes titulaire",
                        rng.choice(["KPMG SA", "Mazars", "Cabinet Roche Audit"]),
                    ),
                ],
            ),
            (
                "RENSEIGNEMENTS RELATIFS A L'ACTIVITE ET A L'ETABLISSEMENT PRINCIPAL",
                [
                    ("Adresse de l'etablissement", f"{road} {town}"),
                    ("Activite(s) exercee(s)", words(rng, "fr", 12)),
                    (
                        "Date de commencement d'activite",
                        date_text(d - timedelta(days=rng.randint(800, 9000)), "fr", "short"),
                    ),
                    ("Mode d'exploitation", "Exploitation directe"),
                ],
            ),
        ]:
            f.need(50)
            f.page.rect(52, f.y - 10, w - 104, 14, fill=0.85)
            f.page.text(56, f.y, sec, s.bold, 8.5)
            f.y += 18
            for cap, val in rows:
                f.page.text(56, f.y, cap, s.font, 8.5)
                for ln in wrap(val, s.bold, 8.5, w - 52 - 250):
                    f.page.text(250, f.y, ln, s.bold, 8.5)
                    f.y += 11
                f.y += 3
        f.need(60)
        f.y += 8
        write(
            f, s, f"Le Greffier - FIN DE L'EXTRAIT - Delivre le {date_text(d, 'fr', 'short')}", 8.5
        )
        return foot_and_number(
            f.pages,
            s,
            [
                (
                    "Greffe du Tribunal de commerce - extrait delivre par voie electronique, "
                    "signe electroniquement"
                )
            ],
            "Page {i}/{n}",
            "br",
        )
    s = Style("Helvetica", "Helvetica-Bold", 9.5, 50, "none", "bottom", A4, "short")
    cno = f"{rng.randint(1000000, 15999999):08d}"
    url = f"https://find-and-update.company-information.service.gov.uk/company/{cno}"
    stamp_ = f"{date_text(d, 'en', 'short')}, {rng.randint(9, 17)}:{rng.randint(10, 59)}"
    f = Sheets(A4, hh - 50, lambda p_, n: 50.0)
    f.y = 70
    f.page.rect(50, f.y - 12, w - 100, 24, fill=0.82)
    f.page.text(58, f.y + 4, "Find and update company information", "Helvetica-Bold", 10)
    f.y += 34
    caption(f, s, comp.upper(), 5)
    write(f, s, f"Company number {cno}")
    f.page.text(50, f.y, "Overview    Filing history    People    More", s.font, 9)
    f.y += 24
    for cap, val in [
        ("Registered office address", f"{road}, {town}"),
        (
            "Company status",
            rng.choice(["Active", "Active", "Active - Proposal to Strike off", "Liquidation"]),
        ),
        ("Company type", "Private limited Company"),
        ("Incorporated on", date_text(d - timedelta(days=rng.randint(800, 9000)), "en", "long")),
        ("Accounts", f"Next accounts made up to {date_text(d + timedelta(days=90), 'en', 'long')}"),
        (
            "Confirmation statement",
            (
                "Next statement date "
                f"{date_text(d + timedelta(days=rng.randint(10, 300)), 'en', 'long')}"
            ),
        ),
        ("Nature of business (SIC)", f"{rng.randint(10000, 99999)} - {words(rng, 'en', 5)[:-1]}"),
    ]:
        f.need(30)
        f.page.text(50, f.y, cap, s.bold, 9)
        f.y += 12
        f.para(50, w - 100, val, s.font, 9.5)
    if rng.random() < 0.7:
        f.new_page()
        f.y = 70
        caption(f, s, f"{comp.upper()} - Officers", 3)
        for p_ in people[: rng.randint(2, 4)]:
            f.need(70)
            f.page.text(50, f.y, bare(p_).upper(), s.bold, 10)
            f.y += 14
            for cap, val in [
                ("Role", rng.choice(["Director", "Director", "Secretary"])),
                (
                    "Appointed on",
                    date_text(d - timedelta(days=rng.randint(100, 5000)), "en", "long"),
                ),
                ("Nationality", "British"),
                ("Occupation", rng.choice(["Company Director", "Accountant", "Engineer"])),
            ]:
                f.page.text(50, f.y, cap, s.font, 8)
                f.page.text(180, f.y, val, s.font, 9)
                f.y += 12
            f.y += 12
    n = len(f.pages)
    for k, p in enumerate(f.pages, 1):
        p.text(30, 22, stamp_, "Helvetica", 7)
        p.text(
            w / 2,
            22,
            f"{comp.upper()} overview - Find and update company information - GOV.UK"[:90],
            "Helvetica",
            7,
            "center",
        )
        p.text(30, hh - 18, url, "Helvetica", 7)
        p.text(w - 30, hh - 18, f"{k}/{n}", "Helvetica", 7, "right")
    return f.pages


# ---------------------------------------------------------------------------------------------
# Templates Y: settlements, receipts, court fees and service
# ---------------------------------------------------------------------------------------------


def tpl_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """A settlement agreement (English agreement with parties, background, agreed terms, the
    signature page and a schedule with the consent order; a German Vergleichsvereinbarung in
    paragraphs; a French protocole d'accord transactionnel with its articles, initials at the
    foot of each page and 'lu et approuve' above the signatures)."""
    m = matter_of(who, "settlement")
    lg = m.lang
    h = head_of(who, rng.choice(["firm", "counsel"]), lg)
    s = style_of(h, A4, pt=min(h.size, 10))
    w, _ = A4
    x = s.margin
    d = on(rng)
    a, b = parties(m)
    sum_ = round(m.value * rng.uniform(0.35, 0.9), -2)
    ref = f"{initials(h.name)}-{serial(rng, '99999999')}-v{rng.randint(2, 9)}"
    f = sheets(
        s,
        None,
        tr(lg, "Settlement Agreement", "Vergleichsvereinbarung", "Protocole transactionnel"),
    )
    f.y = x + 10
    if lg == "en":
        caption(f, s, "DATED" + " " * 4 + date_text(d, "en", "long"), 0)
        f.y += 40
        caption(f, s, "SETTLEMENT AGREEMENT", 8, center=True)
        write(f, s, "PARTIES", 0)
        numbered(
            f,
            s,
            [
                f"{bare(a).upper()} of {', '.join(house(rng, 'en'))} (the Claimant);",
                f"{bare(b).upper()} of {', '.join(house(rng, 'en'))} (the Defendant).",
            ],
            label="({k})",
        )
        write(f, s, "BACKGROUND")
        numbered(
            f,
            s,
            [words(rng, lg, rng.randint(14, 30)) for _ in range(rng.randint(2, 4))],
            label="({k})",
        )
        write(f, s, "AGREED TERMS")
        for k, t in enumerate(
            [
                "Interpretation",
                "Settlement sum",
                "Full and final settlement",
                "Confidentiality",
                "No admission",
                "Costs",
                "Entire agreement",
                "Governing law and jurisdiction",
            ][: rng.randint(5, 8)],
            1,
        ):
            f.need(50)
            f.page.text(x, f.y, f"{k}.", s.bold, s.size)
            f.page.text(x + 26, f.y, t.upper(), s.bold, s.size)
            f.y += 15
            subs = [
                (
                    f"The Defendant shall pay the Claimant the sum of GBP {money(sum_)} "
                    "within 28 days of the date of this agreement."
                )
                if k == 2
                else prose(rng, lg, 1, 3)
                for _ in range(rng.randint(1, 3))
            ]
            numbered(f, s, subs, label=f"{k}." + "{k}")
        f.new_page()
        f.y = x + 10
        write(
            f, s, "This agreement has been entered into on the date stated at the beginning of it."
        )
        for nm in (a, b):
            f.y += 20
            co = nm in COMPANIES["en"]
            by = rng.choice(PEOPLE["en"]) if co else bare(nm)
            who_ = f" for and on behalf of {bare(nm).upper()}" if co else ""
            write(f, s, f"Signed by {by.upper() if not co else by}{who_}")
            f.y += 16
            f.page.line(x + 200, f.y, w - x, f.y)
            if rng.random() < 0.85:
                sign(f.page, x + 210, f.y - 3, by)
            f.page.text(x + 200, f.y + 10, "Director" if co else "Signature", s.font, 8)
            f.y += 24
        if rng.random() < 0.5:
            f.new_page()
            f.y = x + 10
            caption(f, s, "SCHEDULE - CONSENT ORDER", 3, center=True)
            write(f, s, f"Claim No. {m.case_no}  {court_title(m)}")
            write(
                f,
                s,
                (
                    "UPON the parties having agreed terms of settlement, BY CONSENT IT IS "
                    "ORDERED THAT:"
                ),
            )
            numbered(
                f,
                s,
                [
                    (
                        "All further proceedings in this claim be stayed upon the terms set "
                        "out in the schedule to this order, except for the purpose of "
                        "carrying such terms into effect. Liberty to apply."
                    ),
                    "No order as to costs.",
                ][: rng.randint(1, 2)],
            )
            write(f, s, "We consent to an order in the above terms:")
            for nm in ("Claimant", "Defendant"):
                f.y += 10
                f.page.line(x, f.y + 10, x + 200, f.y + 10)
                f.page.text(x, f.y + 22, f"Solicitors for the {nm}", s.font, 8)
                f.y += 34
        pages = foot_and_number(f.pages, s, [ref], "2:{i}", "bc")
    elif lg == "de":
        caption(
            f,
            s,
            rng.choice(
                [
                    "Vergleichsvereinbarung",
                    "Aussergerichtlicher Vergleich",
                    "Abfindungsvereinbarung",
                ]
            ),
            6,
            center=True,
        )
        write(f, s, "zwischen")
        write(f, s, f"{bare(a)}, {', '.join(house(rng, 'de'))}", indent=30)
        write(f, s, '- nachfolgend "Partei zu 1" -', indent=200)
        write(f, s, "und")
        write(f, s, f"{bare(b)}, {', '.join(house(rng, 'de'))}", indent=30)
        write(f, s, '- nachfolgend "Partei zu 2" -', indent=200)
        caption(f, s, "Praeambel", 1)
        write(
            f,
            s,
            prose(rng, lg, 2, 4)
            + (
                f" Der Rechtsstreit ist beim {m.court[0]} unter dem Aktenzeichen {m.case_no} "
                "anhaengig."
            ),
        )
        for k, t in enumerate(
            [
                "Zahlung",
                "Faelligkeit",
                "Abgeltung",
                "Kosten",
                "Verschwiegenheit",
                "Erledigung des Rechtsstreits",
                "Salvatorische Klausel",
            ][: rng.randint(4, 7)],
            1,
        ):
            f.need(50)
            caption(f, s, f"Paragraph {k} {t}", 0.5)
            write(
                f,
                s,
                (
                    "Die Partei zu 2 zahlt an die Partei zu 1 einen Betrag von "
                    f"{money(sum_, 'de')} EUR (in Worten: ...)."
                )
                if k == 1
                else prose(rng, lg, 1, 3),
            )
        f.need(110)
        f.y += 20
        for j, nm in enumerate((a, b)):
            xx = x + j * (w - 2 * x) / 2
            f.page.text(xx, f.y, "__________________, den __________", s.font, 8.5)
            if rng.random() < 0.85:
                f.page.text(
                    xx + 4,
                    f.y - 3,
                    (
                        f"{rng.choice(['Koeln', 'Duesseldorf'])}          "
                        f"{date_text(d, 'de', 'short')}"
                    ),
                    HAND,
                    10,
                )
                sign(f.page, xx + 10, f.y + 34, rng.choice(PEOPLE["de"]))
            f.page.line(xx, f.y + 38, xx + 190, f.y + 38)
            f.page.text(xx, f.y + 50, fit(bare(nm), s.font, 8, 190), s.font, 8)
        f.y += 60
        pages = foot_and_number(
            f.pages, s, [], rng.choice(["Seite {i} von {n}", "2:- {i} -"]), "bc"
        )
    else:
        caption(f, s, "PROTOCOLE D'ACCORD TRANSACTIONNEL", 5, center=True)
        write(f, s, "ENTRE LES SOUSSIGNES :")
        write(
            f,
            s,
            f'{bare(a)}, {", ".join(house(rng, "fr"))}, ci-apres denomme(e) "la Partie A",',
            indent=20,
        )
        write(f, s, "D'UNE PART,", indent=300)
        write(f, s, "ET")
        write(
            f,
            s,
            f'{bare(b)}, {", ".join(house(rng, "fr"))}, ci-apres denomme(e) "la Partie B",',
            indent=20,
        )
        write(f, s, "D'AUTRE PART,", indent=300)
        caption(f, s, "IL A ETE PREALABLEMENT EXPOSE CE QUI SUIT :", 0)
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, 2, 4))
        caption(f, s, "CECI EXPOSE, IL A ETE CONVENU ET ARRETE CE QUI SUIT :", 0)
        for k, t in enumerate(
            [
                "Objet",
                "Concessions reciproques",
                "Indemnite transactionnelle",
                "Renonciation",
                "Confidentialite",
                "Frais",
                "Autorite de la chose jugee",
            ][: rng.randint(4, 7)],
            1,
        ):
            f.need(50)
            caption(f, s, f"Article {k} - {t}", 0.5)
            write(
                f,
                s,
                (
                    "La Partie B versera a la Partie A une indemnite globale, forfaitaire et "
                    f"definitive de {money(sum_, 'fr')} euros."
                )
                if k == 3
                else prose(rng, lg, 1, 3)
                + (" Conformement aux articles 2044 et suivants du code civil." if k == 7 else ""),
            )
        f.need(130)
        write(
            f,
            s,
            (
                f"Fait a {rng.choice(['Paris', 'Lyon'])}, le {date_text(d, 'fr', 'long')}, en "
                "deux exemplaires originaux."
            ),
        )
        f.y += 10
        for j, nm in enumerate((a, b)):
            xx = x + j * (w - 2 * x) / 2
            f.page.text(xx, f.y, fit(bare(nm), s.bold, 8.5, 200), s.bold, 8.5)
            if rng.random() < 0.85:
                f.page.text(xx, f.y + 20, "Lu et approuve, bon pour transaction", HAND, 9)
                f.page.text(xx, f.y + 32, "et renonciation a tout recours", HAND, 9)
                sign(f.page, xx + 10, f.y + 60, rng.choice(PEOPLE["fr"]))
        f.y += 70
        pages = foot_and_number(f.pages, s, [], "{i}/{n}", "bc")
        for p in pages[:-1]:
            pw, ph = p.size
            p.text(pw - x, ph - 40, f"{initials(bare(a))}   {initials(bare(b))}", HAND, 11, "right")
    return pages


def tpl_receipt_ack(rng: random.Random, who: Issuer) -> list[Page]:
    """An acknowledgement of receipt: the German Empfangsbekenntnis returned to the court with
    the documents ticked and the lawyer's stamp, the English acknowledgment of service on the
    court form, the French postal avis de reception card."""
    m = matter_of(who, "receipt_ack")
    lg = m.lang
    d = on(rng)
    if lg == "fr":
        size = (148 * mm, 105 * mm)
        w, hh = size
        p = Page(size)
        p.rect(8, 8, w - 16, hh - 16)
        p.text(16, 24, "AVIS DE RECEPTION", "Helvetica-Bold", 11)
        p.text(w - 16, 24, "La Poste", "Helvetica-Bold", 10, "right")
        p.text(16, 36, "de lettre recommandee / colis", "Helvetica", 7)
        code = serial(rng, "1A99999999999")
        p.barcode("code128", code, w - 16 - bar_width("code128", code), hh - 94)
        p.rect(w / 2 + 4, 44, w / 2 - 20, 74)
        p.text(w / 2 + 8, 54, "Retour a :", "Helvetica", 6)
        yy = 66.0
        for t in firm_lines(m, False):
            p.text(w / 2 + 8, yy, fit(t, "Helvetica", 7.5, w / 2 - 30), "Helvetica", 7.5)
            yy += 9.5
        y = 58.0
        for cap, val in [
            ("Presente / Avise le", date_text(d, "fr", "short")),
            ("Distribue le", date_text(d + timedelta(days=rng.randint(0, 6)), "fr", "short")),
        ]:
            p.text(16, y, cap, "Helvetica", 7)
            p.text(92, y, val, HAND, 10)
            y += 16
        p.text(16, y + 4, "Signature du destinataire ou de son mandataire", "Helvetica", 6.5)
        if rng.random() < 0.9:
            sign(p, 30, y + 32, bare(rng.choice(FOLK["fr"])), 13)
        p.text(16, hh - 76, "Destinataire :", "Helvetica", 6.5)
        p.text(16, hh - 62, fit(bare(m.opponent), HAND, 9, w / 2 - 40), HAND, 9)
        p.text(16, hh - 50, fit(", ".join(m.opp_lines[1:]), HAND, 8, w / 2 - 40), HAND, 8)
        return [p]
    if lg == "de":
        size = rng.choice([A4, A5])
        w, hh = size
        x = 40 if size == A5 else 60
        s = Style(
            "Helvetica",
            "Helvetica-Bold",
            9 if size == A5 else 10,
            x,
            "none",
            "bottom",
            size,
            "short",
        )
        p = Page(size)
        p.text(x, x, m.court[0], s.bold, 10)
        p.text(w - x, x, f"Az.: {m.case_no}", s.bold, 10, "right")
        p.text(w / 2, x + 40, "Empfangsbekenntnis", s.bold, 15, "center")
        y = x + 70
        for ln in wrap(
            (
                f"In dem Rechtsstreit {short_title(m)} habe ich heute folgende Schriftstuecke "
                "erhalten:"
            ),
            s.font,
            s.size,
            w - 2 * x,
        ):
            p.text(x, y, ln, s.font, s.size)
            y += s.size * 1.4
        y += 6
        docs = [
            (
                "Beglaubigte Abschrift des Urteils vom "
                f"{date_text(d - timedelta(days=rng.randint(5, 20)), 'de', 'short')}"
            ),
            f"Beschluss vom {date_text(d - timedelta(days=rng.randint(5, 20)), 'de', 'short')}",
            "Terminsladung",
            "Schriftsatz der Gegenseite vom "
            + date_text(d - timedelta(days=rng.randint(5, 20)), "de", "short"),
            "Verfuegung",
        ]
        on_ = rng.randrange(len(docs))
        for k, t in enumerate(docs):
            box(p, x, y, k == on_, 9)
            p.text(x + 16, y, fit(t, s.font, s.size, w - 2 * x - 20), s.font, s.size)
            y += s.size * 1.9
        y += 14
        p.text(x, y, "Datum", s.font, 8)
        p.text(x, y + 20, date_text(d, "de", "short"), HAND, 12)
        p.text(w / 2, y, "Unterschrift, Stempel", s.font, 8)
        sign(p, w / 2, y + 24, m.partner, 15)
        name, _, street, town, _ = firm_row("de")
        stamp(p, w / 2 - 10, y + 34, [fit(name, "Helvetica", 8, 160)[:30], street, town])
        return [p]
    s = Style("Helvetica", "Helvetica-Bold", 9, 44, "none", "bottom", A4, "short")
    w, hh = A4
    x = 44
    p = Page(A4)
    p.text(x, 44, "Acknowledgment of service", s.bold, 16)
    p.rect(w - x - 200, 30, 200, 62)
    for k, (cap, val) in enumerate([("In the", m.court[0]), ("Claim No.", m.case_no)]):
        p.text(w - x - 194, 42 + 24 * k, cap, s.font, 7)
        p.text(w - x - 194, 53 + 24 * k, fit(val, s.bold, 9, 186), s.bold, 9)
    a, b = parties(m)
    y = fields(
        p,
        s,
        x,
        104,
        w - 2 * x,
        [
            (
                "Claimant (including ref.)",
                f"{bare(a)}  {m.our_ref if a == m.client else m.their_ref}",
            ),
            ("Defendant", bare(b)),
            (
                (
                    "Address to which documents about this claim should be sent (including "
                    "reference if appropriate)"
                ),
                firm_row("en")[0] if b == m.client else other_counsel(rng, "en"),
            ),
        ],
        per=1,
        tall=30,
        hand=rng.random() < 0.5,
    )
    p.text(x, y, "Tick the appropriate box", s.bold, 9)
    y += 16
    opts = [
        "1. I intend to defend all of this claim",
        "2. I intend to defend part of this claim",
        "3. I intend to contest jurisdiction",
    ]
    on_ = rng.choice([0, 0, 1, 2])
    for k, t in enumerate(opts):
        box(p, x, y, k == on_, 9)
        p.text(x + 16, y, t, s.font, 9)
        y += 18
    y += 6
    for ln in wrap(
        (
            "If you file an acknowledgment of service but do not file a defence within 28 "
            "days of the date of service of the claim form, or particulars of claim if "
            "served separately, judgment may be entered against you. "
        )
        + words(rng, "en", 18),
        s.font,
        7.5,
        w - 2 * x,
    ):
        p.text(x, y, ln, s.font, 7.5)
        y += 9.5
    y += 10
    p.rect(x, y, w - 2 * x, 70)
    p.text(x + 4, y + 10, "Signed", s.font, 7)
    sign(p, x + 30, y + 40, rng.choice(PEOPLE["en"]))
    p.text(x + 260, y + 10, "Position or office held", s.font, 7)
    p.text(x + 264, y + 30, rng.choice(["Partner", "Solicitor", "Director"]), HAND, 10)
    p.text(x + 260, y + 50, "Date", s.font, 7)
    p.text(x + 300, y + 50, date_text(d, "en", "short"), HAND, 10)
    p.text(x, hh - 30, "N9 Acknowledgment of service (04.24)", s.font, 6.5)
    p.text(w - x, hh - 30, "Crown copyright 2024", s.font, 6.5, "right")
    return [p]


def tpl_court_fees(rng: random.Random, who: Issuer) -> list[Page]:
    """A court fee paper: the Money Claims Centre's notice of issue with the fee table, the
    German Gerichtskasse's Kostenrechnung with the Kassenzeichen and the payment slip, the
    French regie's receipt for the expert's deposit."""
    m = matter_of(who, "court_fees")
    lg = m.lang
    d = on(rng)
    h = court_head(who, m)
    s = style_of(h)
    w, hh = A4
    x = s.margin
    a, b = parties(m)
    if lg == "de":
        h.name = f"Gerichtskasse {reg_town('de')}"
        f = sheets(s, h, "")
        top = f.y
        window(f.page, s, h, top, [firm_row("de")[0], firm_row("de")[2], firm_row("de")[3]])
        kz = serial(rng, "9999 9999 9999 9")
        pairs(
            f.page,
            s,
            w * 0.56,
            top,
            [
                ("Kassenzeichen", kz),
                ("Gericht", m.court[0]),
                ("Aktenzeichen", m.case_no),
                ("Datum", date_text(d, "de", "short")),
            ],
            w - x,
            8.5,
        )
        f.y = top + 110
        caption(f, s, "Kostenrechnung", 4)
        write(
            f,
            s,
            (
                f"In Sachen {short_title(m)} werden folgende Kosten angesetzt "
                f"(Kostenschuldner: {bare(a)}):"
            ),
        )
        gv = m.value
        fee = round(min(gv, 500000) ** 0.55 * 3.2 + 38, 2)
        rows = [
            [
                "1210",
                "Verfahren im Allgemeinen",
                f"3,0 Gebuehr, Wert {money(gv, 'de')} EUR",
                money(fee * 3, "de"),
            ]
        ]
        if rng.random() < 0.4:
            rows.append(
                ["9005", "Auslagen Zeugenentschaedigung", "", money(rng.uniform(20, 300), "de")]
            )
        if rng.random() < 0.4:
            rows.append(["9002", "Pauschale fuer Zustellungen", "", "3,50"])
        cols = columns(x, w - x, [(0.8, "left"), (3, "left"), (2.6, "left"), (1.2, "right")])
        table(f, cols, ["KV-Nr.", "Bezeichnung", "Wert / Satz", "Betrag EUR"], rows, s, rules=True)
        total = sum(float(r[3].replace(".", "").replace(",", ".")) for r in rows)
        f.y = pairs(
            f.page,
            s,
            w * 0.5,
            f.y + 4,
            [
                ("Summe", money(total, "de")),
                ("bereits gezahlt", "0,00"),
                ("Zu zahlender Betrag", money(total, "de")),
            ],
            w - x,
            s.size,
        )
        write(
            f,
            s,
            (
                "Bitte zahlen Sie den Betrag bis zum "
                f"{date_text(d + timedelta(days=14), 'de', 'short')} unter Angabe des "
                "Kassenzeichens. "
            )
            + "Diese Kostenrechnung wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
            8.5,
        )
        if rng.random() < 0.6:
            y = hh - 190
            x0 = x
            while x0 < w - x:
                f.page.line(x0, y, min(x0 + 5, w - x), y)
                x0 += 9
            f.page.text(x, y - 4, "hier abtrennen", "Helvetica", 6)
            f.y = fields(
                f.page,
                s,
                x,
                y + 10,
                w - 2 * x,
                [
                    ("Empfaenger", h.name),
                    (
                        "IBAN",
                        f"DE{rng.randint(10, 99)} 3005 0000 0001 {rng.randint(1000, 9999)} 15",
                    ),
                    ("Verwendungszweck", kz),
                    ("Betrag: Euro, Cent", money(total, "de")),
                ],
                per=2,
                tall=28,
                hand=False,
            )
        return close(f.pages, s, h, numbers="none")
    if lg == "fr":
        f = sheets(s, h, "")
        f.page.text(w - x, f.y - 20, m.case_no, s.bold, 10, "right")
        caption(f, s, "REGIE D'AVANCES ET DE RECETTES - RECU DE CONSIGNATION", 2, center=True)
        f.y = fields(
            f.page,
            s,
            x,
            f.y + 6,
            w - 2 * x,
            [
                ("Recu n.", serial(rng, "99999")),
                ("Date", date_text(d, "fr", "short")),
                ("Affaire", short_title(m)),
                ("Deposant", bare(a)),
                ("Objet", "Consignation a valoir sur la remuneration de l'expert"),
                ("Montant", f"{money(rng.choice([1500, 2000, 3000, 4500]), 'fr')} EUR"),
                ("Mode de paiement", rng.choice(["virement", "cheque CARPA", "cheque"])),
                (
                    "Ordonnance du",
                    date_text(d - timedelta(days=rng.randint(10, 40)), "fr", "short"),
                ),
            ],
            per=2,
            tall=30,
            hand=False,
        )
        write(f, s, "Le regisseur certifie avoir recu la somme ci-dessus. " + words(rng, lg), 8.5)
        f.page.text(w - x - 120, f.y + 10, "Le regisseur", s.font, s.size)
        sign(f.page, w - x - 120, f.y + 40, rng.choice(PEOPLE["fr"]))
        return close(f.pages, s, h, numbers="none")
    h.name = (
        "County Court Business Centre" if rng.random() < 0.5 else "County Court Money Claims Centre"
    )
    h.street, h.town = "PO Box 527", "Salford M5 0BY"
    f = sheets(s, h, "")
    f.page.text(w - x, f.y - 10, f"Claim Number {m.case_no}", s.bold, 10, "right")
    f.y += 8
    window(f.page, s, None, f.y, firm_lines(m, False))
    f.y += 70
    caption(f, s, "Notice of Issue (specified amount)", 3)
    write(f, s, f"{bare(a)} v {bare(b)}")
    iss = d
    write(
        f,
        s,
        (
            f"Your claim was issued on {date_text(iss, 'en', 'long')}. The court has sent the "
            "claim form to the defendant by first class post, and it will be deemed served "
            f"on {date_text(iss + timedelta(days=5), 'en', 'long')}."
        ),
    )
    court_fee = rng.choice([35, 50, 70, 80, 115, 205, 455, 0.05 * m.value])
    rows = [
        ["Amount claimed", money(m.value)],
        ["Court fee", money(min(court_fee, 10000))],
        ["Legal representative's costs", money(rng.choice([50, 70, 80, 100]))],
        ["Total amount", money(m.value + min(court_fee, 10000) + 80)],
    ]
    cols = columns(x, w - x - 150, [(3, "left"), (1.2, "right")])
    table(f, cols, ["", "GBP"], rows, s, rules=True)
    write(
        f,
        s,
        "The defendant has 14 days from the date of service to reply. " + words(rng, "en", 16),
        8.5,
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            (
                f"Fee account: PBA{rng.randint(1000000, 9999999)} - payment reference "
                f"{serial(rng, 'RC-9999-9999-9999-9999')}"
            ),
            8.5,
        )
    return close(f.pages, s, h, numbers="none")


def tpl_service_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A record of service of a court document: the process server's certificate of service,
    the German Zustellungsurkunde with its numbered ticks, the French commissaire de justice's
    acte de signification with its cost table and the 'modalites de remise' page."""
    m = matter_of(who, "service_record")
    lg = m.lang
    d = on(rng)
    h = head_of(who, "bailiff", lg)
    s = style_of(h)
    w, hh = A4
    x = s.margin
    a, b = parties(m)
    if lg == "de" and rng.random() < 0.6:
        x = 40
        s = Style("Helvetica", "Helvetica-Bold", 8, x, "none", "bottom", A4, "short")
        p = Page(A4)
        p.rect(0, 0, w, 64, fill=0.9)
        p.text(x, 30, "Zustellungsurkunde", "Helvetica-Bold", 16)
        p.text(w - x, 30, f"Aktenzeichen {m.case_no}", "Helvetica-Bold", 9, "right")
        p.text(x, 48, f"Absender: {m.court[0]}, {m.court[2]}, {m.court[3]}", s.font, 7.5)
        postman = bare(rng.choice(FOLK["de"]))
        y = fields(
            p,
            s,
            x,
            76,
            w - 2 * x,
            [("Empfaenger", bare(b)), ("Anschrift", ", ".join(house(rng, "de")))],
            per=2,
            tall=28,
        )
        opts = [
            (
                "1  Das mit umseitiger Anschrift und Aktenzeichen versehene Schriftstueck "
                "habe ich in meiner Eigenschaft als Postbediensteter zu uebergeben versucht."
            ),
            "2  Uebergeben an den Adressaten persoenlich.",
            "3  Uebergeben an einen zur Familie gehoerenden erwachsenen Hausgenossen.",
            "4  Uebergeben in den Geschaeftsraeumen an einen dort Beschaeftigten.",
            "5  Eingelegt in den zur Wohnung / zum Geschaeftsraum gehoerenden Briefkasten.",
            (
                "6  Niedergelegt bei der Postfiliale; schriftliche Mitteilung in den "
                "Briefkasten eingelegt."
            ),
            "7  Annahme verweigert; Schriftstueck in der Wohnung zurueckgelassen.",
        ]
        chosen = {0, rng.choice([1, 3, 4, 4, 5])}
        for k, t in enumerate(opts):
            box(p, x, y, k in chosen, 9)
            for j, ln in enumerate(wrap(t, s.font, 8, w - 2 * x - 20)):
                p.text(x + 16, y + 10 * j, ln, s.font, 8)
            y += 10 * len(wrap(t, s.font, 8, w - 2 * x - 20)) + 10
        y = fields(
            p,
            s,
            x,
            y + 6,
            w - 2 * x,
            [
                ("Datum", date_text(d, "de", "short")),
                ("Uhrzeit", f"{rng.randint(8, 16)}:{rng.randint(10, 59)}"),
                ("Unterschrift des Zustellers", ""),
                ("Name, Vorname des Zustellers", postman),
            ],
            per=2,
            tall=32,
        )
        sign(p, x + 30, y - 16, postman)
        p.text(
            x,
            hh - 30,
            "Deutsche Post AG - Vordruck ZU (Zustellungsurkunde) gem. Paragraph 182 ZPO",
            s.font,
            6.5,
        )
        return [p]
    f = sheets(s, h, f"{h.name} - {m.case_no}")
    if lg == "fr":
        cost = [
            ["Emolument (art. R444-3 C. com.)", money(rng.uniform(20, 60), "fr")],
            ["Transport", "9,40"],
            ["HT", money(rng.uniform(40, 90), "fr")],
            ["TVA 20 %", money(rng.uniform(8, 18), "fr")],
            ["Taxe forfaitaire", "14,89"],
            ["Total TTC", money(rng.uniform(70, 140), "fr")],
        ]
        top = f.y
        for k, (cap, val) in enumerate(cost):
            f.page.text(w - x - 150, top + 10 * k, cap, s.font, 7)
            f.page.text(w - x, top + 10 * k, val, s.font, 7, "right")
        f.page.text(x, top, f"Acte n. {serial(rng, '999999')}", s.font, 8)
        f.page.text(x, top + 10, m.case_no, s.font, 8)
        f.y = top + 70
        caption(f, s, "SIGNIFICATION D'UN JUGEMENT", 4, center=True)
        write(
            f,
            s,
            (
                f"L'AN DEUX MILLE VINGT-{rng.choice(['QUATRE', 'CINQ'])} ET LE "
                f"{date_text(d, 'fr', 'long').upper()}"
            ),
        )
        write(
            f,
            s,
            (
                f"A LA DEMANDE DE : {bare(a)}, {', '.join(house(rng, 'fr'))}, ayant pour "
                "avocat " + (firm_row("fr")[0] if a == m.client else other_counsel(rng, "fr"))
            ),
        )
        write(
            f,
            s,
            (
                f"J'ai, {bare(h.name.split(',')[0])}, commissaire de justice soussigne, "
                f"SIGNIFIE ET LAISSE COPIE A : {bare(b)}, {', '.join(house(rng, 'fr'))}"
            ),
        )
        write(
            f,
            s,
            (
                f"D'un jugement rendu par le {m.court[0]} le "
                f"{date_text(d - timedelta(days=rng.randint(10, 40)), 'fr', 'short')}. "
            )
            + prose(rng, lg, 1, 2),
        )
        write(
            f,
            s,
            (
                "TRES IMPORTANT : Vous pouvez faire appel de cette decision dans le delai "
                "d'un mois a compter de la date du present acte. "
            )
            + words(rng, lg),
            8.5,
        )
        f.new_page()
        caption(f, s, "MODALITES DE REMISE DE L'ACTE", 2, center=True)
        f.y = (
            ticks(
                f.page,
                s,
                x,
                f.y + 4,
                w - 2 * x,
                ["A personne", "A domicile", "A l'etude", "Proces-verbal de recherches"],
                {rng.randint(0, 2)},
                9,
            )
            + 6
        )
        write(f, s, prose(rng, lg, 2, 3))
        write(
            f,
            s,
            (
                "La lettre prevue par l'article 658 du code de procedure civile a ete "
                "adressee le jour meme ou au plus tard le premier jour ouvrable."
            ),
            8.5,
        )
        f.y += 10
        f.page.text(w - x - 160, f.y, "Le Commissaire de Justice", s.font, s.size)
        sign(f.page, w - x - 160, f.y + 34, h.name.split(",")[0])
        f.y += 50
        return close(f.pages, s, h, numbers="Page {i}/{n}" if rng.random() < 0.6 else "none")
    caption(f, s, tr(lg, "CERTIFICATE OF SERVICE", "Zustellungsprotokoll", ""), 4)
    write(
        f,
        s,
        tr(lg, f"Claim No. {m.case_no} - {short_title(m)}", f"Az. {m.case_no} - {short_title(m)}"),
    )
    docs = tr(
        lg,
        "Claim form, particulars of claim, response pack",
        "Vollstreckungsbescheid, Pfaendungs- und Ueberweisungsbeschluss",
    )
    c_ = rng.choice([0, 1, 2])
    f.y = fields(
        f.page,
        s,
        x,
        f.y + 4,
        w - 2 * x,
        [
            (tr(lg, "What documents did you serve?", "Zugestellte Schriftstuecke"), docs),
            (tr(lg, "On whom did you serve?", "Empfaenger"), bare(b)),
            (tr(lg, "Date of service", "Datum der Zustellung"), date_text(d, lg, "short")),
            (
                tr(lg, "Address where service effected", "Ort der Zustellung"),
                ", ".join(house(rng, lg)),
            ),
        ],
        per=1,
        tall=30,
    )
    f.y = (
        ticks(
            f.page,
            s,
            x,
            f.y,
            w - 2 * x,
            [
                tr(lg, t, de)
                for t, de in [
                    ("personally handed to", "persoenlich uebergeben"),
                    ("left at the usual place of business", "Geschaeftsraum"),
                    ("inserted through the letter box", "Briefkasten"),
                    ("first class post", "Niederlegung"),
                ]
            ],
            {c_},
            9,
        )
        + 6
    )
    write(
        f,
        s,
        tr(
            lg,
            "I believe that the facts stated in this certificate are true. " + words(rng, lg, 12),
            prose(rng, lg, 1, 2),
        ),
        9,
    )
    f.y += 16
    sign(f.page, x, f.y, rng.choice(FOLK[lg]))
    f.y += 12
    write(f, s, tr(lg, f"Process server, {h.name}", f"{h.name}"))
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_Y: dict[str, Template] = {
    "court_notice": tpl_court_notice,
    "court_order": tpl_court_order,
    "claim": tpl_claim,
    "defence": tpl_defence,
    "counsel_letter": tpl_counsel_letter,
    "client_letter": tpl_client_letter,
    "client_mail": tpl_client_mail,
    "fax": tpl_fax,
    "compliments": tpl_compliments,
    "fee_note": tpl_fee_note,
    "power_of_attorney": tpl_power_of_attorney,
    "file_note": tpl_file_note,
    "witness_statement": tpl_witness_statement,
    "expert_report": tpl_expert_report,
    "land_register": tpl_land_register,
    "company_extract": tpl_company_extract,
    "settlement": tpl_settlement,
    "receipt_ack": tpl_receipt_ack,
    "court_fees": tpl_court_fees,
    "service_record": tpl_service_record,
}
#: One-page kinds that a day's post often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "court_notice",
    "fee_note",
    "power_of_attorney",
    "company_extract",
    "receipt_ack",
    "court_fees",
    "file_note",
)
#: A kind often followed by a related paper about the same matter from another sender.
FOLLOWS = {
    "claim": "defence",
    "court_order": "service_record",
    "court_notice": "receipt_ack",
    "settlement": "fee_note",
    "client_mail": "file_note",
    "counsel_letter": "client_letter",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_pouch_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One day's post of the firm: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.5) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    office whose post it mostly is (England, Germany or France) is drawn once per stream."""
    OFFICE["lang"] = rng.choice(["en", "en", "de", "de", "fr"])
    OFFICE["firm"] = {lg: rng.choice(rows) for lg, rows in sorted(FIRMS.items())}
    OFFICE["calls"] = {}
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_Y, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_pouch_stream, "templates Y")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

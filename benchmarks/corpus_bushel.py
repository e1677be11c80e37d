"""Bushel part of the generated corpus: templates II, written blind for the next measurement.

A part of its own, ``bushel``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the back office of an IT
managed-services provider (an office in England, Germany or France) feeds through its scanner:
master service agreements (Rahmenvertrag, contrat-cadre d'infogérance) with their service
schedule and SLA schedule, data processing agreements (Auftragsverarbeitung, accord de
sous-traitance RGPD) with their annexes, order forms signed by the customer, distributors'
hardware delivery notes with serial-number lists and their invoices, RMA / returns
authorisations with the parcel label slip, credit notes, monthly support reports with ticket
tables and charts, the provider's monthly service invoices, software licence certificates,
domain and SSL certificate renewal notices, penetration test summaries, change request forms
with CAB approvals, engineers' site-visit job sheets filled in by hand, telecom carriers'
invoices with call detail pages, equipment leasing agreements with their terms pages and the
lessor's delivery and acceptance certificates, customer onboarding checklists and customers'
letters. Each stream is one office's pile: the office (country, provider, customers, month) is
drawn once per stream; its senders are of the office's country and write in its language,
except that software vendors and penetration testers now and then write from England, in
English. Page sizes range from narrow label slips and A5 job sheets to A4, Letter and
landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
cover sheet, clause pages, service schedule, SLA schedule and signatures of a service
agreement; the annexes (data categories, technical and organisational measures,
sub-processors) of a data processing agreement; the terms page on the back of an order form;
the terms page and the direct debit mandate of a leasing agreement; the serial-number
list pages of a delivery note; the returns label slip of an RMA; the cover, KPI chart page,
ticket tables and backup/patch status pages of a support report; the user breakdown page of a
service invoice; the call detail pages and the payment slip of a carrier invoice; the cover,
document control, findings table and risk matrix pages of a penetration test summary; the
approvals sheet of a change request; the continuation pages of an onboarding checklist; the
enclosed screenshot page of a customer's letter. Related papers are documents of their own,
even from the same sender: the data processing agreement after the service agreement, the
distributor's delivery note after the order form, the distributor's invoice after its
delivery note, the credit note after an RMA or a carrier invoice, the acceptance certificate
after a leasing agreement, the change request raised after a penetration test or a customer's
letter, the service invoice after a support report.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: job sheets, renewal notices, credit
notes, RMAs and licence certificates often come 2-4 in a row from one sender with other
customers, dates, numbers and amounts; and companions: each related paper above often follows
the document it answers, about the same customer. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "bushel"`` and
seeds offset by 3_400_000.

Usage: ``python benchmarks/corpus_bushel.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/bushel/bushel_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    cash,
    cell,
    close,
    columns,
    date_text,
    day,
    dear,
    fields,
    fit,
    italic_of,
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
    yes_no,
)
from corpus_kit import address as window
from corpus_kit import (
    hand as scribble,
)

PART = "bushel"
SEED_OFFSET = 3_400_000

MM = 72 / 25.4
SLIP = (100 * MM, 150 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and country
# ---------------------------------------------------------------------------------------------

# name, street, town, telephone, web
Row = tuple[str, str, str, str, str]
SENDERS: dict[str, dict[str, list[Row]]] = {
    "msp": {
        "en": [
            (
                "Lanyard IT Services Ltd",
                "Unit 7, Riverside Court, Fore Street",
                "Exeter EX4 3AN",
                "01392 447 210",
                "www.lanyard-it.co.uk",
            ),
            (
                "Corbridge Managed Networks Ltd",
                "2nd Floor, 14 Grey Street",
                "Newcastle upon Tyne NE1 6AE",
                "0191 230 8841",
                "www.corbridge-mn.co.uk",
            ),
        ],
        "de": [
            (
                "Netzwerkhaus Brückner GmbH",
                "Schwanthalerstraße 91",
                "80336 München",
                "089 54 80 22-0",
                "www.netzwerkhaus-brueckner.de",
            ),
            (
                "ITS Kappler Systemhaus GmbH & Co. KG",
                "Im Technologiepark 12",
                "48149 Münster",
                "0251 98 17 30",
                "www.kappler-its.de",
            ),
        ],
        "fr": [
            (
                "Infogérance Delorme SAS",
                "18 rue de la Villette",
                "69003 Lyon",
                "04 78 95 40 12",
                "www.delorme-infogerance.fr",
            ),
            (
                "Atlantique Réseaux & Services",
                "5 boulevard Vincent Gâche",
                "44200 Nantes",
                "02 40 48 77 30",
                "www.atlantique-rs.fr",
            ),
        ],
    },
    "customer": {
        "en": [
            ("Hartley & Moss Solicitors LLP", "3 Southernhay West", "Exeter EX1 1JG", "", ""),
            ("Brampton Dental Practice", "42 Heavitree Road", "Exeter EX1 2LF", "", ""),
            ("Tyne Valley Freight Ltd", "Unit 2, Hawthorn Road", "Hexham NE46 3JB", "", ""),
            ("St Aidan's Academy Trust", "Lindisfarne Road", "Jarrow NE32 5UX", "", ""),
            ("Okonkwo Architects Ltd", "9 Dean Street", "Newcastle upon Tyne NE1 1PQ", "", ""),
            ("Harbourside Veterinary Group", "1 Quay Terrace", "Topsham EX3 0JA", "", ""),
        ],
        "de": [
            ("Steuerkanzlei Wendler & Partner mbB", "Leopoldstraße 44", "80802 München", "", ""),
            ("Zahnarztpraxis Dr. Aydin", "Hansaring 61", "48155 Münster", "", ""),
            ("Holzbau Obermaier GmbH", "Gewerbering 3", "85551 Kirchheim", "", ""),
            ("Spedition Tönnies KG", "Hafenweg 22", "48155 Münster", "", ""),
            ("Architekturbüro Lindqvist", "Türkenstraße 19", "80333 München", "", ""),
        ],
        "fr": [
            ("Cabinet d'avocats Moreau-Vidal", "12 quai Jules Courmont", "69002 Lyon", "", ""),
            ("Clinique vétérinaire des Pentes", "7 montée de la Grande Côte", "69001 Lyon", "", ""),
            (
                "Transports Guérin & Fils",
                "ZI de la Lande, rue Nobel",
                "44800 Saint-Herblain",
                "",
                "",
            ),
            ("Cabinet comptable Bernier", "21 rue Crébillon", "44000 Nantes", "", ""),
            ("Imprimerie Loiret SARL", "3 rue de l'Industrie", "69800 Saint-Priest", "", ""),
        ],
    },
    "distributor": {
        "en": [
            (
                "Calder Technology Distribution Ltd",
                "Calder Park, Denby Dale Road",
                "Wakefield WF4 3BZ",
                "01924 200 410",
                "www.caldertd.co.uk",
            ),
            (
                "Brightlink Components plc",
                "Theale Logistics Centre",
                "Reading RG7 4SA",
                "0118 930 6600",
                "www.brightlink.co.uk",
            ),
        ],
        "de": [
            (
                "Komtek Distribution GmbH",
                "Max-Planck-Straße 8",
                "63303 Dreieich",
                "06103 80 44-0",
                "www.komtek-distribution.de",
            ),
            (
                "Ostwald IT-Großhandel AG",
                "Industriestraße 51",
                "33689 Bielefeld",
                "05205 72 90-0",
                "www.ostwald-it.de",
            ),
        ],
        "fr": [
            (
                "Distrinfo Grossiste Informatique SAS",
                "ZAC des Portes de l'Essonne",
                "91200 Athis-Mons",
                "01 69 57 31 00",
                "www.distrinfo.fr",
            ),
            (
                "Rhône Micro Distribution",
                "4 allée des Cèdres",
                "69800 Saint-Priest",
                "04 72 23 60 60",
                "www.rmd-distri.fr",
            ),
        ],
    },
    "vendor": {
        "en": [
            ("Helix Backup Software Ltd", "Cambridge Science Park", "Cambridge CB4 0WS", "", ""),
            ("Sentinel Endpoint Security Ltd", "31 Cheapside", "London EC2V 6AA", "", ""),
        ],
        "de": [
            ("Kryptos Security Software GmbH", "Am Seestern 24", "40547 Düsseldorf", "", ""),
            ("Datenwerk Archiv-Systeme AG", "Vahrenwalder Straße 7", "30165 Hannover", "", ""),
        ],
        "fr": [
            ("Logiciels Orphée SA", "92 avenue de France", "75013 Paris", "", ""),
            (
                "Sauvegarde Alpine SAS",
                "Inovallée, 11 chemin du Vieux Chêne",
                "38240 Meylan",
                "",
                "",
            ),
        ],
    },
    "registrar": {
        "en": [
            (
                "Namecrest Ltd",
                "Suite 4, Brunel House",
                "Bristol BS1 6QA",
                "0117 325 4400",
                "www.namecrest.co.uk",
            )
        ],
        "de": [
            (
                "Domainwerk GmbH",
                "Kaiserstraße 73",
                "76133 Karlsruhe",
                "0721 91 37 45-0",
                "www.domainwerk.de",
            )
        ],
        "fr": [
            (
                "Nomia Registrar SAS",
                "40 rue du Louvre",
                "75001 Paris",
                "01 84 60 22 10",
                "www.nomia.fr",
            )
        ],
    },
    "security": {
        "en": [
            ("Redgate Assurance Ltd", "Albert House, 1 Singer Street", "London EC2A 4BQ", "", ""),
            (
                "Northern Threat Labs Ltd",
                "Sunderland Software Centre",
                "Sunderland SR1 1PB",
                "",
                "",
            ),
        ],
        "de": [
            (
                "Schwarzwald Security Consulting GmbH",
                "Lörracher Straße 5",
                "79115 Freiburg",
                "",
                "",
            ),
        ],
        "fr": [
            ("Bastion Audit Sécurité SAS", "14 rue Vivienne", "75002 Paris", "", ""),
        ],
    },
    "carrier": {
        "en": [
            ("Albion Telecom plc", "PO Box 4410", "Leeds LS1 9XA", "0800 328 1200", ""),
            ("Severn Fibre Business Ltd", "Gloucester Business Park", "Gloucester GL3 4AA", "", ""),
        ],
        "de": [
            ("Rheinnet Telekommunikation GmbH", "Postfach 10 22 40", "50462 Köln", "", ""),
            ("M-Tel Business Solutions GmbH", "Landsberger Straße 155", "80687 München", "", ""),
        ],
        "fr": [
            ("Téléfibre Entreprises SA", "TSA 70011", "69134 Dardilly Cedex", "", ""),
            ("Ouest Télécom Pro", "BP 30127", "44101 Nantes Cedex 4", "", ""),
        ],
    },
    "lessor": {
        "en": [
            (
                "Sterling Technology Leasing Ltd",
                "Sterling House, Wote Street",
                "Basingstoke RG21 7NE",
                "",
                "",
            ),
        ],
        "de": [
            ("IT-Leasing Süd GmbH", "Rosenheimer Straße 143", "81671 München", "", ""),
            ("Westfalia Mietkauf & Leasing AG", "Hammer Straße 210", "48153 Münster", "", ""),
        ],
        "fr": [
            (
                "Locafi Équipements SAS",
                "Parc de l'Ile, 15 rue Jean-Jacques Rousseau",
                "92000 Nanterre",
                "",
                "",
            ),
        ],
    },
}
FIRSTS = {
    "en": [
        "Gareth",
        "Helen",
        "Priya",
        "Tom",
        "Nicola",
        "Adebayo",
        "Craig",
        "Fiona",
        "Rhys",
        "Sarah",
        "Daniel",
        "Aisha",
        "Martin",
        "Claire",
        "Owen",
        "Joanne",
    ],
    "de": [
        "Stefan",
        "Katrin",
        "Jonas",
        "Birgit",
        "Mehmet",
        "Sandra",
        "Florian",
        "Anke",
        "Tobias",
        "Ute",
        "Markus",
        "Julia",
        "Christoph",
        "Nadine",
    ],
    "fr": [
        "Julien",
        "Camille",
        "Nicolas",
        "Sandrine",
        "Mehdi",
        "Claire",
        "Thomas",
        "Aurélie",
        "Laurent",
        "Émilie",
        "Olivier",
        "Inès",
        "Romain",
        "Céline",
    ],
}
LASTS = {
    "en": [
        "Pearce",
        "Whitfield",
        "Sharma",
        "Ellison",
        "Okafor",
        "Brennan",
        "Hughes",
        "Doyle",
        "Marsden",
        "Atkinson",
        "Rowe",
        "Kaur",
        "Lister",
        "Fenwick",
        "Tremayne",
    ],
    "de": [
        "Huber",
        "Schäfer",
        "Yilmaz",
        "Wagner",
        "Brandt",
        "Kowalski",
        "Lehmann",
        "Vogt",
        "Seidel",
        "Hartmann",
        "Krüger",
        "Meier",
        "Engel",
    ],
    "fr": [
        "Lefèvre",
        "Garnier",
        "Benali",
        "Fontaine",
        "Roussel",
        "Mercier",
        "Chevalier",
        "Nguyen",
        "Perrin",
        "Marchand",
        "Dupuis",
        "Carpentier",
        "Gauthier",
    ],
}
FEMALE = {
    "Helen",
    "Priya",
    "Nicola",
    "Fiona",
    "Sarah",
    "Aisha",
    "Claire",
    "Joanne",
    "Katrin",
    "Birgit",
    "Sandra",
    "Anke",
    "Ute",
    "Julia",
    "Nadine",
    "Camille",
    "Sandrine",
    "Aurélie",
    "Émilie",
    "Inès",
    "Céline",
}


@dataclass
class Client:
    name: str
    street: str
    town: str
    contact: str
    code: str
    users: int
    domain: str


OFFICE: dict[str, object] = {"lang": "en", "msp": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same customer and items).
LAST: dict[str, object] = {"kind": "", "client": None, "day": None, "ref": "", "items": None}
CLIENTS: list[Client] = []


def home() -> str:
    return str(OFFICE["lang"])


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def mr(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        first, last = name.split(" ", 1)
        return f"{'Madame' if female else 'Monsieur'} {first} {last.upper()}"
    return name


def domain_of(name: str, lang: str) -> str:
    """A customer's web domain: the first telling word of its name."""
    plain = name.lower().translate(str.maketrans("äöüéèêàç", "aoueeeac"))
    stems = ["".join(ch for ch in w if ch.isalnum()) for w in plain.replace("-", " ").split()]
    skip = {
        "cabinet",
        "clinique",
        "transports",
        "imprimerie",
        "davocats",
        "veterinaire",
        "comptable",
        "steuerkanzlei",
        "zahnarztpraxis",
        "holzbau",
        "spedition",
        "architekturburo",
        "des",
    }
    stem = next((w for w in stems if len(w) >= 4 and w not in skip), stems[0])
    return stem + {"en": ".co.uk", "de": ".de", "fr": ".fr"}[lang]


def a_client(r: random.Random, row: Row, lang: str) -> Client:
    name, street, town, _, _ = row
    return Client(
        name=name,
        street=street,
        town=town,
        contact=person(r, lang),
        code=serial(r, "C-9999"),
        users=r.choice([8, 12, 15, 22, 30, 45, 60, 85]),
        domain=domain_of(name, lang),
    )


def on(rng: random.Random, lo: int = -75, hi: int = 20) -> date:
    """A day near the stream's month."""
    base: date = OFFICE["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its sender."""
    text = f"bushel/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def the_client(rng: random.Random, after: tuple[str, ...] = ()) -> Client:
    """The customer of the previous document if it was one of ``after``, else any."""
    c = LAST["client"]
    if LAST["kind"] in after and isinstance(c, Client):
        return c
    return rng.choice(CLIENTS)


def the_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(client: Client | None, d: date, ref: str = "", items: object = None) -> None:
    LAST.update(client=client, day=d, ref=ref, items=items)


VAT = {"en": 0.20, "de": 0.19, "fr": 0.20}

TALK = {
    "en": {
        "it": "server backup firewall network switch users mailbox patching endpoint monitoring "
        "ticket service desk licence migration cloud tenant storage replication outage alert",
        "legal": "services customer provider agreement term charges obligations liability "
        "confidentiality data notice termination schedule service levels renewal warranty",
        "sec": "vulnerability exposure host service credentials patch configuration risk "
        "remediation attacker privilege authentication encryption segment finding",
    },
    "de": {
        "it": "Server Datensicherung Firewall Netzwerk Benutzer Postfach Patches Endgeräte "
        "Überwachung Ticket Servicedesk Lizenz Migration Cloud Speicher Replikation Störung",
        "legal": "Leistungen Auftraggeber Auftragnehmer Vertrag Laufzeit Vergütung Pflichten "
        "Haftung Vertraulichkeit Daten Kündigung Anlage Servicelevel Verlängerung Gewährleistung",
        "sec": "Schwachstelle Angriffsfläche System Dienst Zugangsdaten Patch Konfiguration "
        "Risiko Behebung Angreifer Rechte Authentifizierung Verschlüsselung Segment Befund",
    },
    "fr": {
        "it": "serveur sauvegarde pare-feu réseau utilisateurs messagerie correctifs postes "
        "supervision ticket support licence migration cloud stockage réplication incident",
        "legal": "prestations client prestataire contrat durée redevances obligations "
        "responsabilité confidentialité données résiliation annexe niveaux de service garantie",
        "sec": "vulnérabilité exposition hôte service identifiants correctif configuration "
        "risque remédiation attaquant privilèges authentification chiffrement segment constat",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as any",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im eine",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une dans",
}


def words(rng: random.Random, lang: str, topic: str = "it", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "it", lo: int = 2, hi: int = 4) -> str:
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
    web: str
    look: str  # monogram | rule | right | band | centred | tag
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    tagline: str


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
TAGLINES = {
    "msp": {
        "en": ["Managed IT | Cloud | Security", "Your IT department, outsourced"],
        "de": ["IT-Systemhaus - Managed Services - Cloud", "Ihr IT-Partner im Mittelstand"],
        "fr": ["Infogérance - Cloud - Cybersécurité", "Votre DSI externalisée"],
    },
    "security": {
        "en": ["CREST accredited penetration testing", "Offensive security & assurance"],
        "de": ["Penetrationstests - IT-Forensik - ISMS", "Sicherheit durch Prüfung"],
        "fr": ["Prestataire d'audit de sécurité", "Audit - Pentest - Conseil"],
    },
}


def legal_lines(r: random.Random, name: str, lang: str, town: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    if lang == "de":
        court = place.split()[0]
        return [
            f"{name} - Sitz {place} - Amtsgericht {court} HRB {r.randint(10000, 99999)} - "
            f"Geschäftsführung: {person(r, 'de')}",
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank', 'Deutsche Bank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            f"{serial(r, 'AAAADEAAXXX')} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
    if lang == "fr":
        form = r.choice(["SAS au capital de", "SARL au capital de", "SA au capital de"])
        return [
            f"{name} - {form} {r.randint(10, 900)} 000 EUR - RCS {place} "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"APE {r.choice(['6202A', '6203Z', '6110Z', '7739Z'])}",
            f"TVA intracommunautaire FR{r.randint(10, 99)}{r.randint(100000000, 999999999)} - "
            f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
        ]
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.8:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if r.random() < 0.5:
        out.append(r.choice(["ISO 27001 certified", "Cyber Essentials Plus", "ISO 9001:2015"]))
    return [" - ".join(out)]


def make_head(row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None) -> Head:
    name, street, town, phone, web = row
    font, bold = r.choice(FACES)
    tags = TAGLINES.get(role, {}).get(lang, [])
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        web=web,
        look=r.choice(looks or ["monogram", "rule", "right", "band", "centred", "tag"]),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, town) if role != "customer" and r.random() < 0.8 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short", "long"] if lang == "en" else [])),
        tagline=r.choice(tags) if tags else "",
    )


def msp_head() -> Head:
    """The provider itself: the same paper throughout the stream."""
    lang = home()
    row = SENDERS["msp"][lang][int(OFFICE["msp"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"bushel/msp/{OFFICE['seed']}".encode()))
    return make_head(row, lang, "msp", r, ["monogram", "rule", "tag", "band"])


def lang_of(who: Issuer, role: str) -> str:
    """The sender's country: the office's, or for vendors and testers now and then England."""
    if role in ("vendor", "security") and home() != "en" and keyed(who, "abroad").random() < 0.3:
        return "en"
    return home()


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    if role == "msp":
        return msp_head()
    lang = lang_of(who, role)
    r = keyed(who, role)
    return make_head(r.choice(SENDERS[role][lang]), lang, role, r, looks)


def client_head(c: Client, lang: str) -> Head:
    r = random.Random(zlib.crc32(f"bushel/client/{c.name}/{OFFICE['seed']}".encode()))
    row = (c.name, c.street, c.town, "", "")
    return make_head(row, lang, "customer", r, ["centred", "right", "rule"])


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"bushel/style/{h.name}".encode()))
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


def initials(name: str) -> str:
    ws = [w for w in name.replace("&", " ").replace("-", " ").split() if w[0].isupper()]
    return "".join(w[0] for w in ws[:2]) or name[:2].upper()


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 12, 24.0)
    tel = f"{tr(h.lang, 'T', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = "  |  ".join(t for t in (f"{h.street}, {h.town}", tel, h.web) if t)
    if h.look == "monogram":
        p.rect(m, y - 14, 30, 30, fill=0.2)
        p.rect(m + 4, y - 10, 22, 22, fill=0.85)
        p.text(m + 15, y + 5, initials(h.name), s.bold, 10, "center")
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m - 40)
        p.text(m + 40, y, h.name, s.bold, pt)
        p.text(m + 40, y + 12, fit(where, s.font, 6.5, w - 2 * m - 40), s.font, 6.5)
        return y + 40
    if h.look == "rule":
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.rect(m, y + 10, w - 2 * m, 2, fill=0.0)
        p.text(w - m, y + 21, fit(where, s.font, 6.5, w - 2 * m), s.font, 6.5, "right")
        return y + 42
    if h.look == "right":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(w - m, y, h.name, s.bold, pt, "right")
        yy = y + 11
        for t in (h.street, h.town, tel, h.web):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        return yy + 14
    if h.look == "band":
        p.rect(0, y - 16, w, 26, fill=0.78)
        p.text(m, y + 2, fit(h.name, s.bold, 12, w * 0.6), s.bold, 12)
        if h.tagline:
            p.text(w - m, y + 1, fit(h.tagline, s.font, 7.5, w * 0.35), s.font, 7.5, "right")
        p.text(m, y + 22, fit(where, s.font, 6.5, w - 2 * m), s.font, 6.5)
        return y + 44
    if h.look == "centred":
        pt = shrink(h.name.upper(), s.bold, s.size + 3, w - 2 * m)
        p.text(w / 2, y + 2, h.name.upper(), s.bold, pt, "center")
        p.text(w / 2, y + 13, fit(where, s.font, 7, w - 2 * m), s.font, 7, "center")
        p.line(m, y + 19, w - m, y + 19)
        return y + 40
    # tag: name with an italic tagline and a thin rule under both
    pt = shrink(h.name, s.bold, s.size + 5, w * 0.62 - m)
    p.text(m, y + 2, h.name, s.bold, pt)
    if h.tagline:
        p.text(m, y + 14, h.tagline, italic_of(s.font), 8)
    yy = y - 6
    for t in (h.street, h.town, tel, h.web):
        if t:
            p.text(w - m, yy, fit(t, s.font, 6.5, w * 0.36), s.font, 6.5, "right")
            yy += 8
    yb = max(yy, y + 20)
    p.line(m, yb, w - m, yb)
    return yb + 22


class Sheets(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.8
    head_after = 1.5


def sheets(s: Style, h: Head, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top else s.margin - 4
        if h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 6, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature written over the baseline ``y``."""
    parts = name.split()
    p.text(x + 2, y - 3, f"{parts[0][0]}{parts[-1][:6].lower()}", INK, pt)
    p.line(x, y, x + 16 + len(parts[-1]) * pt * 0.38, y - 5)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.4) -> None:
    """Now and then the office's received stamp on ``p``."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(160, 220),
            rng.uniform(80, 160),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                tr(lang, "Accounts", "Buchhaltung", "Comptabilité")
                if rng.random() < 0.5
                else tr(lang, "Service desk", "Technik", "Support"),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("right", "centred") else None, y0, lines)
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
            ["Kind regards", "Yours sincerely", "Best regards"][len(name) % 3],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"bushel/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return person(r, h.lang)


def client_lines(c: Client, lang: str, att: bool = True) -> list[str]:
    out = [c.name]
    if att:
        out.append(tr(lang, "FAO ", "z. Hd. ", "À l'attention de ") + mr(c.contact, lang))
    return [*out, c.street, c.town]


def msp_lines(lang: str, att: str = "") -> list[str]:
    h = msp_head()
    out = [h.name]
    if att:
        out.append(att)
    return [*out, h.street, h.town]


def sig_pair(
    p: Page,
    s: Style,
    y: float,
    left: tuple[str, str],
    right: tuple[str, str],
    lang: str,
    signed: tuple[bool, bool] = (True, True),
    when: str = "",
) -> float:
    """Two signature blocks side by side: (party, signatory) each; the y below."""
    w, _ = p.size
    m = s.margin
    half = (w - 2 * m) / 2
    for k, (party, who) in enumerate((left, right)):
        x = m + k * half
        p.text(
            x,
            y,
            fit(tr(lang, "For ", "Für ", "Pour ") + party, s.bold, s.size - 1, half - 14),
            s.bold,
            s.size - 1,
        )
        if signed[k]:
            sign(p, x + 10, y + 34, who)
            if when:
                scribble(p, x + half - 80, y + 34, when, 8.5)
        p.line(x, y + 38, x + half - 20, y + 38)
        p.text(
            x,
            y + 48,
            tr(lang, "Signature, date", "Unterschrift, Datum", "Signature, date"),
            s.font,
            6.5,
        )
        p.text(
            x,
            y + 58,
            fit(tr(lang, "Name: ", "Name: ", "Nom : ") + who, s.font, 7.5, half - 14),
            s.font,
            7.5,
        )
    return y + 72


def terms_page(
    rng: random.Random, s: Style, h: Head, title: str, heads: list[str], pt: float = 6.5
) -> Page:
    """A page of general terms in two narrow columns of small type, numbered clauses."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = max(s.margin - 14, 28.0)
    p.text(w / 2, m, fit(title, h.bold, 10, w - 2 * m), h.bold, 10, "center")
    gap = 14
    cw = (w - 2 * m - gap) / 2
    col, y = 0, m + 20
    bottom = hh - m - 7 * len(h.foot) - 8
    for k, head in enumerate(heads, 1):
        chunks = [(f"{k}. {head}", h.bold)] + [
            (ln, h.font) for ln in wrap(prose(rng, h.lang, "legal", 4, 8), h.font, pt, cw)
        ]
        for t, font in chunks:
            if y > bottom:
                if col == 1:
                    return p
                col, y = 1, m + 20
            p.text(m + col * (cw + gap), y, fit(t, font, pt, cw), font, pt)
            y += pt * 1.3
        y += pt * 0.6
    return p


def numbered(h: Head, rng: random.Random, odds: float = 0.6) -> str:
    """Page numbers for a contract-like paper: the sender's, or more often some."""
    if h.numbers != "none" or rng.random() > odds:
        return h.numbers
    return rng.choice(
        {
            "en": ["Page {i} of {n}", "{i}", "Page {i}"],
            "de": ["Seite {i} von {n}", "- {i} -"],
            "fr": ["Page {i} sur {n}", "{i}/{n}"],
        }[h.lang]
    )


def clauses(
    f: Sheets, s: Style, rng: random.Random, lang: str, heads: list[str], sub: float = 0.5
) -> None:
    """Numbered clauses with their headings, some split into sub-clauses."""
    for k, head in enumerate(heads, 1):
        f.heading(s.margin, f"{k}.  {head}", s.bold, s.size)
        if rng.random() < sub:
            for j in range(1, rng.randint(3, 4)):
                pt = s.size - 0.5
                f.need(pt * 3)
                f.page.text(s.margin, f.y, f"{k}.{j}", s.font, pt)
                f.para(
                    s.margin + 24,
                    f.size[0] - 2 * s.margin - 24,
                    prose(rng, lang, "legal", 1, 2),
                    s.font,
                    pt,
                )
        else:
            write(f, s, prose(rng, lang, "legal", 2, 4), s.size - 0.5)


# ---------------------------------------------------------------------------------------------
# Templates II: contracts
# ---------------------------------------------------------------------------------------------

MSA_CLAUSES = {
    "en": [
        "Definitions and interpretation",
        "Commencement and term",
        "Provision of the Services",
        "Service levels and service credits",
        "Customer obligations",
        "Charges, invoicing and payment",
        "Change control",
        "Data protection",
        "Confidentiality",
        "Limitation of liability",
        "Termination",
        "Exit management",
        "Non-solicitation",
        "General",
    ],
    "de": [
        "Vertragsgegenstand",
        "Vertragsbeginn und Laufzeit",
        "Leistungsumfang",
        "Service Level und Gutschriften",
        "Mitwirkungspflichten des Auftraggebers",
        "Vergütung und Zahlungsbedingungen",
        "Änderungsverfahren",
        "Datenschutz",
        "Vertraulichkeit",
        "Haftung",
        "Kündigung",
        "Rückführung der Leistungen",
        "Abwerbeverbot",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet du contrat",
        "Prise d'effet et durée",
        "Description des prestations",
        "Niveaux de service et pénalités",
        "Obligations du client",
        "Prix, facturation et paiement",
        "Gestion des changements",
        "Protection des données personnelles",
        "Confidentialité",
        "Responsabilité",
        "Résiliation",
        "Réversibilité",
        "Non-sollicitation du personnel",
        "Dispositions diverses",
    ],
}
SERVICES = {
    "en": [
        ("Service desk", "Remote support, Mon-Fri 08:00-18:00, unlimited tickets"),
        ("Server monitoring", "24x7 monitoring of servers, alerts to on-call engineer"),
        ("Patch management", "Monthly OS and third-party patching, reboot window Sun"),
        ("Backup and recovery", "Nightly image backup, 30-day retention, quarterly test"),
        ("Microsoft 365 administration", "Users, licences, mailboxes, Teams, SharePoint"),
        ("Endpoint protection", "EDR agent on all workstations and servers"),
        ("Network management", "Firewall, switches, Wi-Fi, VPN configuration"),
        ("On-site support", "Scheduled visit, 1 day per month, extra days at day rate"),
    ],
    "de": [
        ("Servicedesk", "Fernwartung Mo-Fr 08:00-17:00, Tickets unbegrenzt"),
        ("Server-Monitoring", "24/7 Überwachung, Alarmierung Bereitschaft"),
        ("Patch-Management", "monatliche Updates Betriebssystem und Drittanbieter"),
        ("Datensicherung", "tägliche Sicherung, 30 Tage Aufbewahrung, Rücksicherungstest"),
        ("Microsoft 365 Verwaltung", "Benutzer, Lizenzen, Postfächer, Teams"),
        ("Endpoint Security", "EDR-Agent auf allen Arbeitsplätzen und Servern"),
        ("Netzwerkbetreuung", "Firewall, Switche, WLAN, VPN"),
        ("Vor-Ort-Service", "1 Tag pro Monat, weitere Einsätze nach Aufwand"),
    ],
    "fr": [
        ("Centre de services", "Support à distance, lun-ven 8h30-18h, tickets illimités"),
        ("Supervision serveurs", "Supervision 24/7, astreinte en cas d'alerte"),
        ("Gestion des correctifs", "Correctifs mensuels système et applicatifs"),
        ("Sauvegarde", "Sauvegarde quotidienne, rétention 30 jours, test trimestriel"),
        ("Administration Microsoft 365", "Comptes, licences, messagerie, Teams"),
        ("Protection des postes", "Agent EDR sur postes et serveurs"),
        ("Gestion du réseau", "Pare-feu, commutateurs, Wi-Fi, VPN"),
        ("Intervention sur site", "1 jour par mois, jours supplémentaires au tarif"),
    ],
}
PRIORITIES = {
    "en": [
        ("P1 Critical", "Service down, all users affected", "30 min", "4 h", "10%"),
        ("P2 High", "Major function impaired, several users", "1 h", "8 h", "5%"),
        ("P3 Medium", "Single user or workaround available", "4 h", "2 bus. days", "-"),
        ("P4 Low", "Request, question or change", "1 bus. day", "5 bus. days", "-"),
    ],
    "de": [
        ("P1 Kritisch", "Totalausfall, alle Benutzer betroffen", "30 Min.", "4 Std.", "10 %"),
        ("P2 Hoch", "wesentliche Funktion gestört", "1 Std.", "8 Std.", "5 %"),
        ("P3 Mittel", "einzelner Benutzer, Umgehung möglich", "4 Std.", "2 AT", "-"),
        ("P4 Niedrig", "Anfrage, Änderungswunsch", "1 AT", "5 AT", "-"),
    ],
    "fr": [
        ("P1 Critique", "Service arrêté, tous les utilisateurs", "30 min", "4 h", "10 %"),
        ("P2 Majeur", "Fonction majeure dégradée", "1 h", "8 h", "5 %"),
        ("P3 Mineur", "Un utilisateur, contournement possible", "4 h", "2 j ouvrés", "-"),
        ("P4 Demande", "Demande ou question", "1 j ouvré", "5 j ouvrés", "-"),
    ],
}


def cover_sheet(
    s: Style, h: Head, title: str, lines: list[str], rng: random.Random, mark: str = ""
) -> Page:
    """A contract or report cover: the sender's heading, the title in the middle, the parties
    or the customer below and a version or classification line at the foot."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    if rng.random() < 0.7:
        heading(p, s, h)
    y = hh * rng.uniform(0.3, 0.4)
    if rng.random() < 0.5:
        p.rect(m, y - 30, w - 2 * m, 3, fill=0.3)
    for ln in wrap(title, s.bold, 20, w - 2 * m):
        p.text(w / 2, y, ln, s.bold, 20, "center")
        y += 26
    y += 14
    for ln in lines:
        p.text(w / 2, y, fit(ln, s.font, s.size + 1, w - 2 * m), s.font, s.size + 1, "center")
        y += (s.size + 1) * 1.6
    if mark:
        p.text(w / 2, hh - m - 40, mark, s.bold, 11, "center")
    return p


def tpl_msa(rng: random.Random, who: Issuer) -> list[Page]:
    """The provider's master service agreement with a customer: sometimes a cover sheet, the
    parties and numbered clauses over one to three pages, Schedule 1 (services) and Schedule 2
    (service levels) on their own pages, signatures of both parties."""
    h = msp_head()
    lg = h.lang
    c = the_client(rng, ("onboarding_checklist",))
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    ref = serial(rng, rng.choice(["MSA-2999-999", "RV-99999", "CTR/999/99"]))
    title = tr(
        lg,
        rng.choice(["Master Services Agreement", "Managed Services Agreement"]),
        rng.choice(["Rahmenvertrag über IT-Dienstleistungen", "IT-Servicevertrag"]),
        rng.choice(["Contrat-cadre de services infogérés", "Contrat d'infogérance"]),
    )
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.35:
        pages.append(
            cover_sheet(
                s,
                h,
                title,
                [
                    tr(lg, "between", "zwischen", "entre"),
                    h.name,
                    tr(lg, "and", "und", "et"),
                    c.name,
                    "",
                    f"{tr(lg, 'Contract no.', 'Vertrags-Nr.', 'Contrat n°')} {ref}",
                ],
                rng,
                f"{tr(lg, 'Version', 'Version', 'Version')} {rng.randint(1, 4)}.{rng.randint(0, 9)}"
                f" - {day(h, d)}",
            )
        )
        covers = 1
    f = sheets(s, h, f"{title} - {c.name} - {ref}")
    caption(f, s, title, 5)
    write(
        f,
        s,
        tr(
            lg,
            f"This Agreement is dated {day(h, d)} and made between (1) {h.name}, {h.street}, "
            f"{h.town} (the Provider) and (2) {c.name}, {c.street}, {c.town} (the Customer).",
            f"zwischen der {h.name}, {h.street}, {h.town} - nachfolgend Auftragnehmer - und "
            f"{c.name}, {c.street}, {c.town} - nachfolgend Auftraggeber - wird folgender "
            "Vertrag geschlossen:",
            f"Entre les soussignés : {h.name}, {h.street}, {h.town}, ci-après le Prestataire, "
            f"et {c.name}, {c.street}, {c.town}, ci-après le Client, il a été convenu ce qui "
            "suit :",
        ),
    )
    n = rng.choice([4, 6, 8, 10])
    heads = MSA_CLAUSES[lg][:2] + sorted(
        rng.sample(MSA_CLAUSES[lg][2:], n - 2), key=MSA_CLAUSES[lg].index
    )
    clauses(f, s, rng, lg, heads, 0.3)
    sign_at_end = rng.random() < 0.5
    if not sign_at_end:
        f.need(110)
        f.y = sig_pair(
            f.page,
            s,
            f.y + 6,
            (h.name, staff(h, "md")),
            (c.name, c.contact),
            lg,
            (True, rng.random() < 0.8),
            short(d + timedelta(days=rng.randint(0, 9)), lg),
        )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 1 - Services",
            "Anlage 1 - Leistungsbeschreibung",
            "Annexe 1 - Description des prestations",
        ),
        2,
        rule=True,
    )
    svc = rng.sample(SERVICES[lg], rng.randint(4, len(SERVICES[lg])))
    rows = [
        [
            a,
            b,
            str(c.users) if k % 3 else "1",
            cash(rng.choice([4, 6, 9, 12, 18, 25]) * (1 if k % 3 else c.users), lg),
        ]
        for k, (a, b) in enumerate(svc)
    ]
    table(
        f,
        columns(m, w - m, [(2, "left"), (4.5, "left"), (0.8, "right"), (1.3, "right")]),
        [
            tr(lg, "Service", "Leistung", "Service"),
            tr(lg, "Scope", "Umfang", "Périmètre"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Monthly", "mtl.", "Mensuel"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=True,
        step=1.9,
    )
    f.y += 8
    write(f, s, prose(rng, lg, "it", 1, 3), s.size - 1)
    if rng.random() < 0.6:
        f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 2 - Service Levels",
            "Anlage 2 - Service Level Agreement",
            "Annexe 2 - Niveaux de service (SLA)",
        ),
        2,
        rule=True,
    )
    table(
        f,
        columns(
            m, w - m, [(1.4, "left"), (3.4, "left"), (1, "center"), (1.2, "center"), (1, "center")]
        ),
        [
            tr(lg, "Priority", "Priorität", "Priorité"),
            tr(lg, "Definition", "Beschreibung", "Définition"),
            tr(lg, "Response", "Reaktion", "Prise en charge"),
            tr(lg, "Restore", "Wiederherstellung", "Rétablissement"),
            tr(lg, "Credit", "Gutschrift", "Pénalité"),
        ],
        [list(r) for r in PRIORITIES[lg]],
        s,
        size=s.size - 1.5,
        rules=True,
        step=2.0,
    )
    f.y += 8
    write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
    f.y += 4
    pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Service hours", "Servicezeiten", "Heures de service"),
                tr(
                    lg,
                    "Mon-Fri 08:00-18:00 excl. bank holidays",
                    "Mo-Fr 08:00-17:00 außer Feiertage",
                    "Lun-ven 8h30-18h hors jours fériés",
                ),
            ),
            (
                tr(lg, "Availability target", "Verfügbarkeit", "Disponibilité cible"),
                rng.choice(["99.5%", "99.8%", "99.9%"]),
            ),
            (
                tr(lg, "Reporting", "Berichtswesen", "Reporting"),
                tr(lg, "monthly service report", "monatlicher Servicebericht", "rapport mensuel"),
            ),
        ],
        w - m - 120,
    )
    f.y += 50
    if sign_at_end:
        f.need(110)
        f.y = sig_pair(
            f.page,
            s,
            f.y,
            (h.name, staff(h, "md")),
            (c.name, c.contact),
            lg,
            (True, rng.random() < 0.8),
            short(d + timedelta(days=rng.randint(0, 9)), lg),
        )
    note(c, d, ref)
    return close(pages + f.pages, s, h, numbered(h, rng), covers)


DPA_SECTIONS = {
    "en": [
        "Subject matter and duration",
        "Nature and purpose of processing",
        "Obligations of the Processor",
        "Sub-processors",
        "Assistance and data subject rights",
        "Personal data breaches",
        "Deletion and return of data",
        "Audits and inspections",
    ],
    "de": [
        "Gegenstand und Dauer des Auftrags",
        "Art und Zweck der Verarbeitung",
        "Pflichten des Auftragsverarbeiters",
        "Unterauftragsverhältnisse",
        "Rechte der betroffenen Personen",
        "Meldung von Datenschutzverletzungen",
        "Löschung und Rückgabe von Daten",
        "Kontrollrechte des Verantwortlichen",
    ],
    "fr": [
        "Objet et durée",
        "Nature et finalité du traitement",
        "Obligations du sous-traitant",
        "Sous-traitance ultérieure",
        "Droits des personnes concernées",
        "Notification des violations de données",
        "Sort des données",
        "Audits",
    ],
}
DATA_KINDS = {
    "en": (
        ["Employees", "Customers", "Suppliers", "Patients", "Pupils", "Website users"],
        [
            "Contact details",
            "Email content",
            "Login data",
            "Bank details",
            "Health data",
            "IP addresses",
            "HR records",
        ],
    ),
    "de": (
        ["Beschäftigte", "Kunden", "Lieferanten", "Patienten", "Mandanten", "Interessenten"],
        [
            "Kontaktdaten",
            "E-Mail-Inhalte",
            "Zugangsdaten",
            "Bankverbindung",
            "Gesundheitsdaten",
            "IP-Adressen",
            "Personalakten",
        ],
    ),
    "fr": (
        ["Salariés", "Clients", "Fournisseurs", "Patients", "Prospects", "Usagers"],
        [
            "Coordonnées",
            "Contenu des e-mails",
            "Identifiants",
            "Coordonnées bancaires",
            "Données de santé",
            "Adresses IP",
            "Dossiers RH",
        ],
    ),
}
TOMS = {
    "en": [
        "Access control to premises (badge, CCTV)",
        "Multi-factor authentication for admins",
        "Role-based permissions, least privilege",
        "Encryption of laptops (BitLocker)",
        "Encrypted backups held off-site",
        "Logging of administrator access",
        "Patch management within 14 days",
        "Staff confidentiality undertakings",
        "Incident response procedure",
        "Annual penetration test",
    ],
    "de": [
        "Zutrittskontrolle (Transponder, Videoüberwachung)",
        "MFA für Administratoren",
        "Berechtigungskonzept nach Need-to-know",
        "Festplattenverschlüsselung (BitLocker)",
        "verschlüsselte Sicherung außer Haus",
        "Protokollierung administrativer Zugriffe",
        "Patch-Management innerhalb 14 Tagen",
        "Verpflichtung auf Vertraulichkeit",
        "Notfall- und Incident-Prozess",
        "jährlicher Penetrationstest",
    ],
    "fr": [
        "Contrôle d'accès aux locaux (badge)",
        "Authentification forte des administrateurs",
        "Gestion des habilitations",
        "Chiffrement des postes (BitLocker)",
        "Sauvegardes chiffrées externalisées",
        "Journalisation des accès administrateurs",
        "Correctifs appliqués sous 14 jours",
        "Engagement de confidentialité du personnel",
        "Procédure de gestion des incidents",
        "Test d'intrusion annuel",
    ],
}
SUBPROCESSORS = [
    ("Microsoft Ireland Operations Ltd", "IE / EU", "Microsoft 365, Azure"),
    ("Helix Backup Software Ltd", "UK", "Cloud backup storage"),
    ("Hetzner Online GmbH", "DE", "Hosting, off-site backup"),
    ("OVH SAS", "FR", "Hébergement / hosting"),
    ("Sentinel Endpoint Security Ltd", "UK", "EDR console"),
    ("Atera Networks Ltd", "IL / EU", "RMM and ticketing"),
]


def tpl_dpa(rng: random.Random, who: Issuer) -> list[Page]:
    """The data processing agreement (Art. 28 GDPR) between the customer as controller and the
    provider as processor: sections over one or two pages, annex 1 (data subjects and data,
    tick boxes), annex 2 (technical and organisational measures), annex 3 (sub-processors),
    signatures; the annexes start on a new page."""
    h = msp_head()
    lg = h.lang
    c = the_client(rng, ("msa", "onboarding_checklist"))
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = the_day(rng, ("msa",), (0, 0))
    title = tr(
        lg,
        "Data Processing Agreement",
        "Vertrag zur Auftragsverarbeitung",
        "Accord de sous-traitance de données personnelles",
    )
    f = sheets(s, h, f"{title} - {c.name}")
    caption(f, s, title, 4)
    f.page.text(
        m,
        f.y - 4,
        tr(
            lg,
            "pursuant to Article 28 UK GDPR",
            "gemäß Art. 28 DSGVO",
            "au sens de l'article 28 du RGPD",
        ),
        italic_of(s.font),
        s.size,
    )
    f.y += 14
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Controller", "Verantwortlicher", "Responsable de traitement"),
                    f"{c.name}, {c.town}",
                ),
                (
                    tr(lg, "Processor", "Auftragsverarbeiter", "Sous-traitant"),
                    f"{h.name}, {h.town}",
                ),
                (
                    tr(lg, "Main agreement", "Hauptvertrag", "Contrat principal"),
                    str(LAST["ref"]) if LAST["kind"] == "msa" else serial(rng, "MSA-2999-999"),
                ),
            ],
            w - m,
            s.size - 0.5,
        )
        + 10
    )
    clauses(f, s, rng, lg, rng.sample(DPA_SECTIONS[lg], rng.randint(4, 7)), 0.2)
    f.need(110)
    f.y = sig_pair(
        f.page,
        s,
        f.y + 6,
        (c.name, c.contact),
        (h.name, staff(h, "md")),
        lg,
        (rng.random() < 0.8, True),
        short(d, lg),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Annex 1 - Data subjects and categories of data",
            "Anlage 1 - Betroffene und Datenkategorien",
            "Annexe 1 - Personnes concernées et catégories de données",
        ),
        1.5,
        rule=True,
    )
    subjects, kinds = DATA_KINDS[lg]
    f.y = ticks(
        f.page, s, m, f.y + 4, w - 2 * m, subjects, set(rng.sample(range(len(subjects)), 3)), 8.5, 3
    )
    f.y = ticks(
        f.page, s, m, f.y + 4, w - 2 * m, kinds, set(rng.sample(range(len(kinds)), 4)), 8.5, 3
    )
    f.y += 6
    caption(
        f,
        s,
        tr(
            lg,
            "Annex 2 - Technical and organisational measures",
            "Anlage 2 - Technische und organisatorische Maßnahmen",
            "Annexe 2 - Mesures techniques et organisationnelles",
        ),
        1.5,
        rule=True,
    )
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (6, "left"), (1, "center")]),
        ["#", tr(lg, "Measure", "Maßnahme", "Mesure"), tr(lg, "In place", "umgesetzt", "En place")],
        [[str(k + 1), t, "X"] for k, t in enumerate(rng.sample(TOMS[lg], rng.randint(6, 10)))],
        s,
        rules=True,
        step=1.8,
    )
    if rng.random() < 0.5:
        f.new_page()
    f.y += 8
    caption(
        f,
        s,
        tr(
            lg,
            "Annex 3 - Approved sub-processors",
            "Anlage 3 - Genehmigte Unterauftragnehmer",
            "Annexe 3 - Sous-traitants ultérieurs autorisés",
        ),
        1.5,
        rule=True,
    )
    table(
        f,
        columns(m, w - m, [(3, "left"), (1, "left"), (3, "left")]),
        [
            tr(lg, "Sub-processor", "Unterauftragnehmer", "Sous-traitant"),
            tr(lg, "Location", "Sitz", "Pays"),
            tr(lg, "Service", "Leistung", "Prestation"),
        ],
        [list(r) for r in rng.sample(SUBPROCESSORS, rng.randint(3, 5))],
        s,
        rules=True,
        step=1.8,
    )
    note(c, d, str(LAST["ref"]))
    return close(f.pages, s, h, numbered(h, rng))


# ---------------------------------------------------------------------------------------------
# Templates II: orders, deliveries, returns, credits
# ---------------------------------------------------------------------------------------------

# code, description (en, de, fr), trade price, serial mask or ""
HARDWARE = [
    (
        "NB-14I5",
        (
            "Business notebook 14in i5 16GB 512GB",
            "Business-Notebook 14 Zoll i5 16GB",
            "PC portable 14 pouces i5 16 Go",
        ),
        749.0,
        "5CD999AAA9",
    ),
    (
        "NB-16I7",
        (
            "Notebook 16in i7 32GB 1TB",
            "Notebook 16 Zoll i7 32GB 1TB",
            "PC portable 16 pouces i7 32 Go",
        ),
        1189.0,
        "PF9AA999",
    ),
    (
        "MON-24",
        ("Monitor 24in IPS FHD USB-C", "Monitor 24 Zoll IPS USB-C", "Écran 24 pouces IPS USB-C"),
        169.0,
        "CN-99AAA9-99999",
    ),
    (
        "DOCK-C",
        ("USB-C docking station 100W", "USB-C Dockingstation 100W", "Station d'accueil USB-C 100W"),
        189.0,
        "9AAA9999",
    ),
    (
        "FW-60F",
        (
            "Firewall appliance 60F + 1yr UTM",
            "Firewall 60F inkl. 1 Jahr UTM",
            "Pare-feu 60F + UTM 1 an",
        ),
        899.0,
        "FGT60F9AA99999",
    ),
    (
        "SW-24P",
        ("Switch 24-port PoE+ managed", "Switch 24 Port PoE+ managed", "Commutateur 24 ports PoE+"),
        529.0,
        "SG99999AAAA",
    ),
    (
        "AP-W6",
        ("Wi-Fi 6 access point, ceiling", "WLAN Access Point Wi-Fi 6", "Borne Wi-Fi 6 plafond"),
        219.0,
        "A999-AAAA-9999",
    ),
    (
        "UPS-15R",
        ("UPS 1500VA rack 2U", "USV 1500VA Rack 2HE", "Onduleur 1500VA rack 2U"),
        612.0,
        "AS9999999999",
    ),
    (
        "NAS-4B",
        ("NAS 4-bay incl. 4x 8TB", "NAS 4-Bay inkl. 4x 8TB", "NAS 4 baies avec 4x 8 To"),
        1249.0,
        "99A0AAA999999",
    ),
    (
        "SRV-1U",
        (
            "Server 1U Xeon 64GB 2x 960GB SSD",
            "Server 1HE Xeon 64GB 2x 960GB SSD",
            "Serveur 1U Xeon 64 Go 2x 960 Go",
        ),
        3890.0,
        "CZ99999AAA",
    ),
    ("HS-USB", ("USB headset, stereo", "USB-Headset stereo", "Casque USB stéréo"), 49.0, ""),
    (
        "CAB-C6",
        (
            "Patch cable Cat6 2m (10 pack)",
            "Patchkabel Cat6 2m (10 Stk.)",
            "Cordon Cat6 2m (lot de 10)",
        ),
        18.5,
        "",
    ),
    ("KB-MS", ("Keyboard and mouse set", "Tastatur-Maus-Set", "Ensemble clavier souris"), 39.0, ""),
]
MONTHLY = [
    (("Managed workstation", "Managed Arbeitsplatz", "Poste infogéré"), 24.0),
    (("Managed server", "Managed Server", "Serveur infogéré"), 145.0),
    (
        (
            "Microsoft 365 Business Premium",
            "Microsoft 365 Business Premium",
            "Microsoft 365 Business Premium",
        ),
        18.1,
    ),
    (("Cloud backup per 100 GB", "Cloud-Backup je 100 GB", "Sauvegarde cloud par 100 Go"), 9.5),
    (
        (
            "Endpoint detection & response",
            "Endpoint Detection & Response",
            "Protection EDR par poste",
        ),
        5.9,
    ),
    (("Firewall management", "Firewall-Betreuung", "Gestion du pare-feu"), 39.0),
]
LI = {"en": 0, "de": 1, "fr": 2}


def hw_pick(rng: random.Random, k: int) -> list[tuple[str, str, float, str, int]]:
    """``k`` hardware lines: code, description index holder, price, serial mask, quantity."""
    out = []
    for code, names, price, mask in rng.sample(HARDWARE, k):
        q = rng.choice([1, 1, 2, 3, 5, 10]) if mask else rng.choice([2, 5, 10, 20])
        out.append((code, "|".join(names), price, mask, q))
    return out


def hw_name(line: tuple[str, str, float, str, int], lang: str) -> str:
    return line[1].split("|")[LI[lang]]


def tpl_order_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The provider's order form, signed by the customer: boxed customer fields, one-off
    hardware and monthly services, payment ticks, the customer's signature and company stamp;
    now and then the terms printed as a second page."""
    h = msp_head()
    lg = h.lang
    c = the_client(rng)
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.25 else A4)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    no = serial(rng, rng.choice(["OF-99999", "Q999999", "BE-2999-999"]))
    f = sheets(s, h)
    p = f.page
    title = tr(lg, "ORDER FORM", "AUFTRAG / BESTELLSCHEIN", "BON DE COMMANDE")
    p.text(m, f.y, title, s.bold, s.size + 6)
    p.text(w - m, f.y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, s.size + 1, "right")
    f.y += 14
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), c.name),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), c.code),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.street}, {c.town}"),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), c.contact),
            (
                tr(lg, "Start date", "Leistungsbeginn", "Date de début"),
                short(d + timedelta(days=14), lg),
            ),
            (
                tr(lg, "Minimum term", "Mindestlaufzeit", "Durée minimale"),
                rng.choice(["12", "24", "36"]) + tr(lg, " months", " Monate", " mois"),
            ),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.5,
    )
    lines = hw_pick(rng, rng.randint(1, 4))
    rows = []
    one_off = 0.0
    for ln in lines:
        price = round(ln[2] * rng.uniform(1.08, 1.25), 2)
        one_off += price * ln[4]
        rows.append(
            [ln[0], hw_name(ln, lg), str(ln[4]), money(price, lg), money(price * ln[4], lg), ""]
        )
    monthly = 0.0
    for names, price in rng.sample(MONTHLY, rng.randint(1, 4)):
        q = rng.choice([1, c.users, c.users, max(1, c.users // 10)])
        monthly += q * price
        rows.append(["SVC", names[LI[lg]], str(q), money(price, lg), "", money(q * price, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (4, "left"),
                (0.6, "right"),
                (1, "right"),
                (1.2, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Item", "Art.", "Réf."),
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Preis", "PU HT"),
            tr(lg, "One-off", "einmalig", "Unique HT"),
            tr(lg, "Monthly", "monatlich", "Mensuel HT"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.6 else None,
        rules=True,
        step=1.8,
    )
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y,
            [
                (
                    tr(lg, "One-off total (net)", "Summe einmalig netto", "Total unique HT"),
                    cash(one_off, lg),
                ),
                (
                    tr(lg, "Monthly total (net)", "Summe monatlich netto", "Total mensuel HT"),
                    cash(monthly, lg),
                ),
            ],
            w - m,
        )
        + 8
    )
    f.page.text(m, f.y, tr(lg, "Payment:", "Zahlung:", "Règlement :"), s.bold, s.size - 1)
    f.y = ticks(
        f.page,
        s,
        m + 60,
        f.y,
        w - 2 * m - 60,
        [
            tr(lg, "Direct Debit", "SEPA-Lastschrift", "Prélèvement SEPA"),
            tr(lg, "Invoice, 30 days", "Rechnung 14 Tage", "Virement à 30 jours"),
        ],
        {rng.randint(0, 1)},
        8.5,
        3,
    )
    f.y = text_block(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        tr(
            lg,
            "By signing this order form the Customer orders the items above subject to the "
            "Provider's terms and conditions overleaf and the Master Services Agreement.",
            "Mit seiner Unterschrift beauftragt der Kunde die oben genannten Leistungen zu den "
            "umseitigen Allgemeinen Geschäftsbedingungen.",
            "Le client reconnaît avoir pris connaissance des conditions générales de vente "
            "figurant au verso et les accepter sans réserve.",
        ),
        s.size - 1.5,
    )
    f.need(110)
    y = max(f.y + 10, hh - m - 7 * len(h.foot) - 110)
    f.y = sig_pair(
        f.page,
        s,
        y,
        (c.name, c.contact),
        (h.name, staff(h, "sales")),
        lg,
        (True, rng.random() < 0.6),
        short(d + timedelta(days=rng.randint(0, 6)), lg),
    )
    if rng.random() < 0.4:
        stamp(f.page, m + 40, y + 2, [c.name.upper()[:26], c.street[:26], c.town[:26]])
    pages = f.pages
    if rng.random() < 0.4:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions of Supply",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                MSA_CLAUSES[lg][2:12],
            )
        )
    note(c, d, no, lines)
    return close(pages, s, h, "none")


def serial_grid(
    f: Sheets,
    s: Style,
    lines: list[tuple[str, str, float, str, int]],
    rng: random.Random,
    lang: str,
) -> None:
    """The serial numbers of ``lines`` in columns, under each item code."""
    w, _ = f.size
    m = s.margin
    pt = 7.5
    per = 4 if w > 450 else 3
    cw = (w - 2 * m) / per
    for ln in lines:
        if not ln[3]:
            continue
        f.need(pt * 5)
        f.page.text(m, f.y, f"{ln[0]}  {hw_name(ln, lang)}  ({ln[4]})", s.bold, pt + 0.5)
        f.y += pt * 1.8
        sers = [serial(rng, ln[3]) for _ in range(ln[4])]
        for k in range(0, len(sers), per):
            f.need(pt * 1.6)
            for j, sn in enumerate(sers[k : k + per]):
                f.page.text(m + j * cw, f.y, f"{k + j + 1:>3}  {sn}", "Courier", pt)
            f.y += pt * 1.5
        f.y += pt


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A distributor's delivery note, shipped direct to the customer or to the provider: the
    order references, the items with quantities, a barcode, the serial numbers inline or on a
    list page of their own, and the receiving signature."""
    h = head_of(who, "distributor", ["right", "band", "rule", "centred"])
    lg = h.lang
    after = ("order_form",)
    c = the_client(rng, after)
    d = the_day(rng, after, (3, 12))
    items = (
        LAST["items"]
        if LAST["kind"] in after and LAST["items"]
        else hw_pick(rng, rng.randint(1, 4))
    )
    r = keyed(who, "dnsize")
    s = style_of(h, r.choice([A4, A4, landscape(A5)] + ([LETTER] if lg == "en" else [])))
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, r.choice(["DN9999999", "LS-99999999", "BL 999999"]))
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f = sheets(s, h, f"{title} {no}")
    p = f.page
    drop = rng.random() < 0.6
    y0 = f.y
    below = window(p, s, h, f.y, client_lines(c, lg, False) if drop else msp_lines(lg))
    p.text(w - m, y0, title, s.bold, s.size + 4, "right")
    yy = pairs(
        p,
        s,
        w * 0.55,
        y0 + 16,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "N° BL"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                str(LAST["ref"]) if LAST["kind"] in after else serial(rng, "PO-99999"),
            ),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "99999")),
            (tr(lg, "Parcels", "Packstücke", "Colis"), str(rng.randint(1, 6))),
        ],
        w - m,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 12
    if drop:
        f.page.text(
            m,
            f.y,
            fit(
                tr(lg, "Invoice to: ", "Rechnung an: ", "Facturation : ") + msp_head().name,
                s.font,
                s.size - 1.5,
                w - 2 * m,
            ),
            s.font,
            s.size - 1.5,
        )
        f.y += 14
    inline = sum(x[4] for x in items if x[3]) <= 6 and rng.random() < 0.6
    rows = []
    for ln in items:
        rows.append([ln[0], hw_name(ln, lg), str(ln[4]), str(ln[4])])
        if inline and ln[3]:
            rows.append(["", "S/N: " + ", ".join(serial(rng, ln[3]) for _ in range(ln[4])), "", ""])
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (5, "left"), (0.9, "right"), (0.9, "right")]),
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ordered", "bestellt", "Cdé"),
            tr(lg, "Shipped", "geliefert", "Livré"),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=rng.random() < 0.5,
    )
    f.y += 6
    f.need(80)
    f.page.barcode("code128", no.replace(" ", ""), m, f.y + 2)
    f.y += 84
    if not inline and any(x[3] for x in items):
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Serial number list", "Seriennummernliste", "Liste des numéros de série"),
            1,
            rule=True,
        )
        f.page.text(m, f.y, fit(f"{no} - {day(h, d)}", s.font, 8, w - 2 * m), s.font, 8)
        f.y += 16
        serial_grid(f, s, items, rng, lg)
    f.need(60)
    y = max(f.y + 6, hh - m - 7 * len(h.foot) - 46)
    f.page.text(
        m,
        y,
        tr(
            lg,
            "Goods received in good condition:",
            "Ware vollständig erhalten:",
            "Marchandise reçue en bon état :",
        ),
        s.font,
        7.5,
    )
    if rng.random() < 0.5:
        sign(f.page, m + 160, y + 20, c.contact if drop else staff(msp_head(), "store"))
        scribble(f.page, w - m - 90, y + 18, short(d + timedelta(days=rng.randint(1, 3)), lg), 9)
    f.page.line(m, y + 24, w - m, y + 24)
    note(c, d, no, items)
    return close(f.pages, s, h, rng.choice(["none", h.numbers]))


def tpl_hardware_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A distributor's invoice to the provider for hardware (delivered to the provider or the
    customer): references to the order and delivery note, items with trade prices, VAT, due
    date and bank details; a long order runs onto a second page."""
    h = head_of(who, "distributor", ["right", "band", "rule", "centred"])
    lg = h.lang
    after = ("delivery_note", "order_form")
    c = the_client(rng, after)
    d = the_day(rng, after, (0, 2))
    items = (
        LAST["items"]
        if LAST["kind"] in after and LAST["items"]
        else hw_pick(rng, rng.randint(1, 6))
    )
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["INV9999999", "RE 2999-99999", "FA999999"]))
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        msp_lines(lg, tr(lg, "Accounts Payable", "Kreditorenbuchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (
                tr(lg, "Delivery note", "Lieferschein", "BL"),
                str(LAST["ref"]) if LAST["kind"] == "delivery_note" else serial(rng, "DN9999999"),
            ),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "99999")),
        ],
    )
    caption(f, s, title, 5)
    f.page.text(
        s.margin,
        f.y - 6,
        fit(
            tr(lg, "Delivered to: ", "Lieferanschrift: ", "Livré à : ") + f"{c.name}, {c.town}",
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 10
    rows = []
    net = 0.0
    for ln in items:
        net += ln[2] * ln[4]
        rows.append(
            [ln[0], hw_name(ln, lg), str(ln[4]), money(ln[2], lg), money(ln[2] * ln[4], lg)]
        )
    if rng.random() < 0.5:
        rows.append(
            [
                "FRT",
                tr(lg, "Carriage", "Fracht / Versand", "Frais de port"),
                "1",
                money(12.5, lg),
                money(12.5, lg),
            ]
        )
        net += 12.5
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (5, "left"), (0.6, "right"), (1.2, "right"), (1.3, "right")]
        ),
        [
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "EP", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    f.need(90)
    f.y += 6
    vat = net * VAT[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y,
            [
                (tr(lg, "Net", "Netto", "Total HT"), cash(net, lg)),
                (
                    tr(lg, f"VAT {VAT[lg]:.0%}", f"USt. {VAT[lg]:.0%}", f"TVA {VAT[lg]:.0%}"),
                    cash(vat, lg),
                ),
                (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), cash(net + vat, lg)),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due by {short(d + timedelta(days=30), lg)}. Title to goods remains "
            "with the seller until paid in full.",
            f"Zahlbar bis {short(d + timedelta(days=14), lg)} ohne Abzug. Die Ware bleibt bis "
            "zur vollständigen Bezahlung unser Eigentum.",
            f"Échéance : {short(d + timedelta(days=30), lg)}. Pénalités de retard : 3 fois le "
            "taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 EUR.",
        ),
        s.size - 1.5,
    )
    received(rng, f.pages[0], home(), d)
    note(c, d, no, items)
    return close(f.pages, s, h)


FAULTS = {
    "en": [
        "No power, unit dead on arrival",
        "Fan noise, overheating under load",
        "Port 12-16 no link",
        "Display flickers, dead pixels",
        "Reboots randomly",
        "Battery swelling",
        "Disk 3 failed in array, SMART errors",
    ],
    "de": [
        "Gerät ohne Funktion bei Anlieferung",
        "Lüfter laut, Überhitzung",
        "Ports 12-16 ohne Link",
        "Display flackert, Pixelfehler",
        "Spontane Neustarts",
        "Akku aufgebläht",
        "Festplatte 3 im Verbund ausgefallen",
    ],
    "fr": [
        "Aucune alimentation à la livraison",
        "Ventilateur bruyant, surchauffe",
        "Ports 12 à 16 sans lien",
        "Écran qui scintille, pixels morts",
        "Redémarrages intempestifs",
        "Batterie gonflée",
        "Disque 3 en défaut dans la grappe",
    ],
}


def tpl_rma(rng: random.Random, who: Issuer) -> list[Page]:
    """A distributor's returns authorisation on one page: the RMA number with a barcode, the
    product, serial number and fault, the return instructions and, below a cut line, the
    label slip to stick on the parcel."""
    h = head_of(who, "distributor", ["right", "band", "rule", "centred"])
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "rmasize").random() < 0.7 else LETTER)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    c = the_client(rng)
    rma = serial(rng, keyed(who, "rmano").choice(["RMA-9999999", "R99999999", "RMA 99 99999"]))
    f = sheets(s, h)
    p = f.page
    title = tr(lg, "Returns Authorisation", "Rücksendegenehmigung (RMA)", "Autorisation de retour")
    p.text(m, f.y, title, s.bold, s.size + 6)
    f.y += 26
    y_top = f.y
    f.y = pairs(
        p,
        s,
        m,
        f.y,
        [
            (tr(lg, "RMA number", "RMA-Nummer", "N° de retour"), rma),
            (tr(lg, "Issued", "Ausgestellt am", "Émis le"), day(h, d)),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "99999")),
            (
                tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                day(h, d + timedelta(days=14)),
            ),
        ],
        w / 2,
        s.size,
    )
    p.barcode(
        "code128",
        rma.replace(" ", "").replace("-", ""),
        w - m - bar_width("code128", rma.replace(" ", "").replace("-", "")),
        y_top - 10,
    )
    f.y = max(f.y, y_top + 70) + 12
    ln = hw_pick(rng, 1)[0]
    sn = serial(rng, ln[3] or "AA9999999")
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Product", "Artikel", "Produit"), f"{ln[0]}  {hw_name(ln, lg)}"),
            (tr(lg, "Serial number", "Seriennummer", "N° de série"), sn),
            (
                tr(lg, "Original invoice", "Rechnung", "Facture d'origine"),
                serial(rng, "INV9999999"),
            ),
            (tr(lg, "End customer", "Endkunde", "Client final"), c.name),
            (
                tr(lg, "Reported fault", "Fehlerbeschreibung", "Panne constatée"),
                rng.choice(FAULTS[lg]),
            ),
            (
                tr(lg, "Return type", "Art der Rücksendung", "Type de retour"),
                rng.choice(
                    [
                        tr(lg, "Repair / replace", "Reparatur / Austausch", "Réparation / échange"),
                        tr(lg, "Credit", "Gutschrift", "Avoir"),
                        tr(lg, "Advance replacement", "Vorabaustausch", "Échange anticipé"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    caption(f, s, tr(lg, "How to return", "Hinweise zur Rücksendung", "Modalités de retour"), 1)
    for k in range(rng.randint(3, 5)):
        f.y = text_block(
            f.page, s, m + 12, f.y, w - 2 * m - 12, f"{k + 1}. " + words(rng, lg), s.size - 1
        )
    y = max(f.y + 10, hh - m - 7 * len(h.foot) - 170)
    slip_rule(
        p,
        m - 20,
        w - m + 20,
        y,
        tr(
            lg,
            "cut here and attach to the parcel",
            "hier abtrennen und auf das Paket kleben",
            "découper et coller sur le colis",
        ),
    )
    y += 20
    p.rect(m, y, w - 2 * m, 130)
    p.text(m + 10, y + 18, "RMA", s.bold, 22)
    p.text(m + 70, y + 18, rma, "Courier-Bold", 16)
    p.text(m + 10, y + 38, tr(lg, "RETURN TO:", "AN:", "RETOUR À :"), s.bold, 8)
    for k, t in enumerate(
        [h.name, tr(lg, "Returns Dept.", "Retourenabteilung", "Service retours"), h.street, h.town]
    ):
        p.text(m + 10, y + 52 + 11 * k, t, s.font, 9)
    code = rma.replace(" ", "").replace("-", "")
    p.barcode("code39", code, w - m - bar_width("code39", code) - 10, y + 40)
    note(c, d, rma, [ln])
    LAST["role"] = "distributor"
    return close([p], s, h, "none")


#: Reasons for a credit note by sender role.
CREDITS = {
    "carrier": {
        "en": [
            "Adjustment: line rental charged twice",
            "Credit for fault period (broadband)",
            "Refund of early termination charge",
            "Call charges misrated to mobiles",
        ],
        "de": [
            "Korrektur: doppelte Grundgebühr",
            "Gutschrift Störungszeitraum DSL",
            "Erstattung Bereitstellungsentgelt",
            "Falsch tarifierte Mobilfunkverbindungen",
        ],
        "fr": [
            "Régularisation : abonnement facturé deux fois",
            "Avoir pour interruption de service",
            "Remboursement frais de mise en service",
            "Erreur de tarification appels mobiles",
        ],
    },
    "msp": {
        "en": [
            "Service credit - P1 restore target missed",
            "Goodwill credit, email outage",
            "Duplicate billing of backup storage",
            "Leaver licences removed late",
        ],
        "de": [
            "SLA-Gutschrift Störung P1",
            "Kulanzgutschrift E-Mail-Ausfall",
            "Doppelt berechneter Backup-Speicher",
            "Lizenzen ausgeschiedener Mitarbeiter",
        ],
        "fr": [
            "Pénalité SLA - incident P1 hors délai",
            "Geste commercial panne messagerie",
            "Double facturation sauvegarde",
            "Licences de collaborateurs partis",
        ],
    },
    "distributor": {
        "en": [
            "Price protection / overcharge",
            "Returned unopened, restocking fee deducted",
            "Short delivery, 1 unit not received",
            "Promotion rebate Q3",
        ],
        "de": [
            "Preiskorrektur",
            "Rücknahme originalverpackt abzgl. Bearbeitungsgebühr",
            "Minderlieferung 1 Stück",
            "Projektpreis nachträglich",
        ],
        "fr": [
            "Remise commerciale",
            "Retour produit non ouvert, frais déduits",
            "Livraison incomplète, 1 unité manquante",
            "Remise promotionnelle T3",
        ],
    },
}


def tpl_credit_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A credit note on one page: after a returns authorisation from the distributor, after a
    carrier invoice from the carrier, otherwise from the distributor, carrier or the provider
    (to a customer); now and then on A5."""
    k = str(LAST["kind"])
    role = {"rma": "distributor", "carrier_invoice": "carrier"}.get(k) or (
        str(LAST.get("role"))
        if k == "credit_note" and LAST.get("role")
        else keyed(who, "cnrole").choice(["distributor", "carrier", "msp"])
    )
    h = head_of(who, role, ["right", "band", "rule", "centred", "monogram"])
    lg = h.lang
    c = the_client(rng, ("rma", "carrier_invoice"))
    d = the_day(rng, ("rma", "carrier_invoice"), (6, 30))
    s = style_of(h, A5 if keyed(who, "cnsize").random() < 0.3 else A4)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["CN999999", "GS-2999-9999", "AV999999"]))
    title = tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR")
    f = sheets(s, h)
    to = msp_lines(lg) if role != "msp" else client_lines(c, lg)
    ref_label = tr(lg, "Re invoice", "zu Rechnung", "Sur facture")
    recipient(
        f,
        s,
        h,
        to,
        d,
        [
            (tr(lg, "Credit note", "Gutschrift-Nr.", "Avoir n°"), no),
            (ref_label, serial(rng, "INV9999999")),
        ],
    )
    caption(f, s, title, 5)
    if k == "rma" and LAST["items"]:
        ln = LAST["items"][0]  # type: ignore[index]
        what = tr(
            lg,
            f"Credit for returned goods, RMA {LAST['ref']}: {hw_name(ln, lg)}",
            f"Gutschrift Rücksendung RMA {LAST['ref']}: {hw_name(ln, lg)}",
            f"Avoir sur retour RMA {LAST['ref']} : {hw_name(ln, lg)}",
        )
        net = ln[2]
    else:
        what = rng.choice(CREDITS[role][lg])
        net = round(rng.uniform(12, 160) if role == "carrier" else rng.uniform(25, 700), 2)
    lines = [[what, "-" + money(net, lg)]]
    if rng.random() < 0.35:
        extra = round(net * rng.uniform(0.1, 0.6), 2)
        lines.append(
            [
                rng.choice(CREDITS[role if role in CREDITS else "distributor"][lg]),
                "-" + money(extra, lg),
            ]
        )
        net += extra
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.4, "right")]),
        [tr(lg, "Description", "Bezeichnung", "Désignation"), tr(lg, "Net", "Netto", "HT")],
        lines,
        s,
        rules=True,
        step=2.2,
    )
    vat = net * VAT[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y + 6,
            [
                (tr(lg, "VAT", "USt.", "TVA"), "-" + money(vat, lg)),
                (
                    tr(lg, "Total credit", "Gutschriftsbetrag", "Total TTC"),
                    "-" + cash(net + vat, lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 12
    )
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be offset against your next invoice.",
            "Der Betrag wird mit der nächsten Rechnung verrechnet.",
            "Ce montant sera déduit de votre prochaine facture.",
        ),
        s.size - 1,
    )
    received(rng, f.page, home(), d, 0.3)
    note(c, d, no, LAST["items"])
    LAST["role"] = role
    return close(f.pages, s, h, "none")


# ---------------------------------------------------------------------------------------------
# Templates II: reporting, invoicing, licences and renewals
# ---------------------------------------------------------------------------------------------

CATEGORIES = {
    "en": [
        "Email",
        "Printing",
        "Network",
        "Hardware",
        "Access / password",
        "Software",
        "New starter",
        "Backup",
        "Phone system",
    ],
    "de": [
        "E-Mail",
        "Drucker",
        "Netzwerk",
        "Hardware",
        "Zugang / Passwort",
        "Software",
        "Neuer Mitarbeiter",
        "Datensicherung",
        "Telefonie",
    ],
    "fr": [
        "Messagerie",
        "Impression",
        "Réseau",
        "Matériel",
        "Accès / mot de passe",
        "Logiciel",
        "Arrivée collaborateur",
        "Sauvegarde",
        "Téléphonie",
    ],
}
SUBJECTS = {
    "en": [
        "Outlook not syncing",
        "Printer on 2nd floor offline",
        "VPN drops every hour",
        "New laptop for starter",
        "Password reset",
        "Shared drive access",
        "Teams audio issue",
        "Backup job failed on FS01",
        "Install accounts package",
        "Wi-Fi slow in meeting room",
        "Mailbox full",
        "Phone handset not registering",
        "Replace failed monitor",
        "Remove leaver account",
        "MFA new phone",
    ],
    "de": [
        "Outlook synchronisiert nicht",
        "Drucker 2. OG offline",
        "VPN bricht ab",
        "Notebook für neuen Mitarbeiter",
        "Passwort zurücksetzen",
        "Zugriff Laufwerk S:",
        "Teams kein Ton",
        "Sicherung FS01 fehlgeschlagen",
        "DATEV-Update installieren",
        "WLAN langsam Besprechungsraum",
        "Postfach voll",
        "Telefon meldet sich nicht an",
        "Monitor defekt tauschen",
        "Konto Austritt sperren",
        "MFA neues Handy",
    ],
    "fr": [
        "Outlook ne se synchronise pas",
        "Imprimante 2e étage hors ligne",
        "Coupures VPN",
        "PC portable nouvel arrivant",
        "Réinitialisation mot de passe",
        "Accès au partage",
        "Teams sans son",
        "Échec sauvegarde FS01",
        "Installer logiciel compta",
        "Wi-Fi lent salle de réunion",
        "Boîte aux lettres pleine",
        "Poste téléphonique non enregistré",
        "Remplacer écran",
        "Départ collaborateur",
        "MFA nouveau téléphone",
    ],
}


def bars(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    h: float,
    labels: list[str],
    values: list[int],
    title: str,
) -> float:
    """A bar chart of ``values`` with a base line, value labels and a title; the y below."""
    p.text(x, y, title, s.bold, s.size)
    y += 10
    top = max(values) or 1
    bw = w / len(values)
    base = y + h
    p.line(x, base, x + w, base)
    p.line(x, y, x, base)
    for k, (lab, v) in enumerate(zip(labels, values, strict=True)):
        bh = h * v / top
        p.rect(x + k * bw + bw * 0.18, base - bh, bw * 0.64, bh, fill=0.35 + 0.1 * (k % 3))
        p.text(x + k * bw + bw / 2, base - bh - 3, str(v), s.font, 7, "center")
        p.text(x + k * bw + bw / 2, base + 10, fit(lab, s.font, 6.5, bw - 2), s.font, 6.5, "center")
    return base + 24


def hostname(rng: random.Random, c: Client) -> str:
    pre = initials(c.name).upper()
    return rng.choice(
        [
            f"{pre}-FS01",
            f"{pre}-DC01",
            f"{pre}-PC{rng.randint(1, 60):03d}",
            f"{pre}-NB{rng.randint(1, 60):03d}",
            f"{pre}-SQL01",
            f"{pre}-APP02",
        ]
    )


def tpl_support_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The provider's monthly support report for a customer: sometimes a cover page, the
    summary with KPIs and a bar chart, the ticket list over one or two pages (on landscape A4
    for some providers), now and then a backup and patch status page."""
    h = msp_head()
    lg = h.lang
    c = the_client(rng)
    size = landscape(A4) if keyed(who, "repsize").random() < 0.25 else A4
    s = style_of(h, size)
    w, _ = s.page_size
    m = s.margin
    first = date(on(rng).year, on(rng).month, 1)
    month = first - timedelta(days=1)
    mname = date_text(month, lg, "long").split(" ", 1)[1]
    if lg == "de":
        mname = date_text(month, lg, "long").split(". ", 1)[1]
    title = tr(
        lg, "Monthly Service Report", "Monatlicher Servicebericht", "Rapport mensuel d'activité"
    )
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.45:
        pages.append(
            cover_sheet(
                s,
                h,
                title,
                [
                    c.name,
                    mname,
                    "",
                    tr(lg, "Prepared by ", "Erstellt von ", "Établi par ") + staff(h, "am"),
                ],
                rng,
                tr(lg, "Commercial in confidence", "Vertraulich", "Confidentiel"),
            )
        )
        covers = 1
    f = sheets(s, h, f"{title} - {c.name} - {mname}")
    caption(f, s, f"{title} - {mname}", 3)
    f.page.text(m, f.y - 6, c.name, s.font, s.size + 1)
    f.y += 12
    n = max(8, min(70, int(c.users * rng.uniform(0.4, 1.0))))
    cats = rng.sample(range(len(CATEGORIES[lg])), 6)
    counts = [0] * 6
    rows = []
    closed = 0
    for k in range(n):
        ci = rng.randrange(6)
        counts[ci] += 1
        pr = rng.choice(["P3", "P3", "P4", "P4", "P2", "P3"] + (["P1"] if k == 0 else []))
        st = rng.choice(
            [tr(lg, "Closed", "Geschlossen", "Clos")] * 5
            + [tr(lg, "Open", "Offen", "Ouvert"), tr(lg, "On hold", "Wartend", "En attente")]
        )
        closed += st.startswith(("C", "G"))
        opened = first - timedelta(days=rng.randint(1, 28))
        rows.append(
            [
                f"#{rng.randint(20000, 89999)}",
                short(opened, lg),
                pr,
                CATEGORIES[lg][cats[ci]],
                rng.choice(SUBJECTS[lg]),
                st,
                f"{rng.choice([0.25, 0.5, 0.75, 1, 1.5, 2, 3]):.2f}".replace(
                    ".", "," if lg != "en" else "."
                ),
            ]
        )
    rows.sort(key=lambda r: r[0])
    kpi = [
        (tr(lg, "Tickets raised", "Tickets eröffnet", "Tickets ouverts"), str(n)),
        (tr(lg, "Tickets closed", "Tickets geschlossen", "Tickets clos"), str(closed)),
        (
            tr(lg, "Response within SLA", "Reaktion im SLA", "Prise en charge dans le SLA"),
            f"{rng.uniform(91, 100):.1f}%",
        ),
        (
            tr(lg, "Average time to resolve", "Ø Lösungszeit", "Délai moyen de résolution"),
            f"{rng.uniform(2, 30):.1f} h",
        ),
        (
            tr(lg, "Backup success rate", "Erfolgreiche Sicherungen", "Sauvegardes réussies"),
            f"{rng.uniform(94, 100):.1f}%",
        ),
        (
            tr(lg, "Patch compliance", "Patch-Stand", "Conformité correctifs"),
            f"{rng.uniform(82, 99):.0f}%",
        ),
    ]
    f.y = pairs(f.page, s, m, f.y, kpi, min(w - m, m + 300), s.size) + 16
    f.y = bars(
        f.page,
        s,
        m,
        f.y,
        min(w - 2 * m, 420),
        110,
        [CATEGORIES[lg][i] for i in cats],
        counts,
        tr(lg, "Tickets by category", "Tickets nach Kategorie", "Tickets par catégorie"),
    )
    write(f, s, prose(rng, lg, "it", 2, 4), s.size - 0.5)
    if rng.random() < 0.7:
        f.new_page()
    caption(f, s, tr(lg, "Ticket list", "Ticketübersicht", "Liste des tickets"), 1, rule=True)
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.9, "left"),
                (1, "left"),
                (0.5, "center"),
                (1.5, "left"),
                (3.2, "left"),
                (1, "left"),
                (0.6, "right"),
            ],
        ),
        [
            "Ticket",
            tr(lg, "Opened", "Eröffnet", "Ouvert le"),
            "Prio",
            tr(lg, "Category", "Kategorie", "Catégorie"),
            tr(lg, "Subject", "Betreff", "Objet"),
            tr(lg, "Status", "Status", "Statut"),
            "h",
        ],
        rows,
        s,
        size=s.size - 2,
        shade=0.9 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
        step=1.55,
    )
    if rng.random() < 0.45:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Backup and patch status",
                "Datensicherung und Patch-Status",
                "État des sauvegardes et correctifs",
            ),
            1,
            rule=True,
        )
        hosts = sorted({hostname(rng, c) for _ in range(rng.randint(5, 14))})
        ok = tr(lg, "OK", "OK", "OK")
        table(
            f,
            columns(
                m,
                w - m,
                [(1.4, "left"), (1.4, "left"), (1, "center"), (1, "center"), (1.6, "left")],
            ),
            [
                tr(lg, "Device", "Gerät", "Équipement"),
                tr(lg, "Last backup", "Letzte Sicherung", "Dernière sauvegarde"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Missing patches", "fehlende Patches", "Correctifs manquants"),
                tr(lg, "Last reboot", "Letzter Neustart", "Dernier redémarrage"),
            ],
            [
                [
                    hn,
                    short(first - timedelta(days=rng.choice([1, 1, 1, 2, 6])), lg),
                    rng.choice([ok, ok, ok, tr(lg, "Warning", "Warnung", "Alerte")]),
                    str(rng.choice([0, 0, 0, 1, 2, 5])),
                    short(first - timedelta(days=rng.randint(1, 40)), lg),
                ]
                for hn in hosts
            ],
            s,
            rules=True,
            step=1.8,
        )
    note(c, first, "", None)
    return close(pages + f.pages, s, h, numbered(h, rng, 0.5), covers)


def tpl_service_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The provider's monthly invoice to a customer for managed services and extra time,
    sometimes with the per-user licence breakdown on a second page."""
    h = msp_head()
    lg = h.lang
    c = the_client(rng, ("support_report",))
    d = the_day(rng, ("support_report",), (0, 3))
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["SI-99999", "RE-2999-9999", "F2999-9999"]))
    title = tr(lg, "TAX INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{title} {no} - {c.name}")
    recipient(
        f,
        s,
        h,
        client_lines(c, lg, rng.random() < 0.5),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), c.code),
            (
                tr(lg, "Period", "Leistungszeitraum", "Période"),
                f"{short(d.replace(day=1), lg)} - {short(d.replace(day=28), lg)}",
            ),
        ],
    )
    caption(f, s, title, 5)
    rows = []
    net = 0.0
    lines = rng.sample(MONTHLY, rng.randint(2, 5))
    for names, price in lines:
        q = rng.choice([c.users, c.users, 1, max(1, c.users // 8)])
        net += q * price
        rows.append([names[LI[lg]], str(q), money(price, lg), money(q * price, lg)])
    if rng.random() < 0.5:
        hrs = rng.choice([1.5, 2, 3.25, 4, 6.5])
        rate = rng.choice([75, 85, 95, 110])
        net += hrs * rate
        rows.append(
            [
                tr(
                    lg,
                    "Additional engineer time (see report)",
                    "Zusatzaufwand Technik lt. Nachweis",
                    "Temps d'intervention supplémentaire",
                ),
                money(hrs, lg),
                money(rate, lg),
                money(hrs * rate, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(5, "left"), (0.8, "right"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "PU HT"),
            tr(lg, "Net", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.5,
        step=1.8,
    )
    vat = net * VAT[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 6,
            [
                (tr(lg, "Subtotal", "Nettobetrag", "Total HT"), cash(net, lg)),
                (tr(lg, "VAT", f"USt. {VAT[lg]:.0%}", "TVA 20 %"), cash(vat, lg)),
                (tr(lg, "Total", "Gesamtbetrag", "Total TTC"), cash(net + vat, lg)),
            ],
            w - m,
            s.size,
        )
        + 12
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment will be collected by Direct Debit on or after "
            f"{short(d + timedelta(days=10), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=7), lg)} per SEPA-Lastschrift "
            "eingezogen. Mandatsreferenz " + serial(rng, "MR-99999"),
            f"Prélèvement SEPA le {short(d + timedelta(days=10), lg)}. "
            "Pas d'escompte pour paiement anticipé.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Licence and device breakdown",
                "Aufstellung Lizenzen und Geräte",
                "Détail des licences et postes",
            ),
            1,
            rule=True,
        )
        r = random.Random(zlib.crc32(c.name.encode()))
        urows = []
        for _ in range(min(c.users, rng.randint(10, 40))):
            nm = person(r, lg)
            mail = nm.split()[0][0].lower() + "." + nm.split()[-1].lower() + "@" + c.domain
            urows.append(
                [
                    nm,
                    fit(mail, "Courier", 7.5, 200),
                    rng.choice(["M365 BP", "M365 BS", "E3"]),
                    hostname(rng, c),
                ]
            )
        table(
            f,
            columns(m, w - m, [(2, "left"), (3, "left"), (1, "left"), (1.2, "left")]),
            [
                tr(lg, "User", "Benutzer", "Utilisateur"),
                "E-Mail",
                tr(lg, "Licence", "Lizenz", "Licence"),
                tr(lg, "Device", "Gerät", "Poste"),
            ],
            urows,
            s,
            size=s.size - 2,
            step=1.5,
        )
    note(c, d, no)
    return close(f.pages, s, h)


#: Each vendor's products: name, licensed unit (en, de, fr).
PRODUCTS = {
    "Helix": [
        ("Helix Backup Server Edition", ("per server", "je Server", "par serveur")),
        ("Helix Cloud Backup for Microsoft 365", ("per user", "je Benutzer", "par utilisateur")),
    ],
    "Sentinel": [
        ("Sentinel EDR Advanced", ("per endpoint", "je Endgerät", "par poste")),
        ("Sentinel Mobile Defence", ("per device", "je Gerät", "par appareil")),
    ],
    "Kryptos": [
        ("Kryptos Mail Gateway", ("per mailbox", "je Postfach", "par boîte")),
        ("Kryptos VPN Client Enterprise", ("per user", "je Benutzer", "par utilisateur")),
    ],
    "Datenwerk": [
        ("Datenwerk Archiv Business", ("per user", "je Benutzer", "par utilisateur")),
        ("Datenwerk DMS Professional", ("concurrent user", "Concurrent User", "accès simultané")),
    ],
    "Logiciels": [
        ("Orphée Supervision Pro", ("per device", "je Gerät", "par équipement")),
        ("Orphée Inventaire", ("per site", "je Standort", "par site")),
    ],
    "Sauvegarde": [
        ("Alpine Vault NAS Agent", ("per device", "je Gerät", "par équipement")),
        ("Alpine Vault Cloud 1 To", ("per TB", "je TB", "par To")),
    ],
}


def tpl_licence_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A software vendor's licence certificate on one page (landscape or portrait): a framed
    page with the licensee, product, quantity, term, licence key and entitlement number, the
    vendor's signature and sometimes a QR code."""
    h = head_of(who, "vendor", ["centred", "rule", "monogram"])
    lg = h.lang
    r = keyed(who, "cert")
    s = style_of(h, r.choice([landscape(A4), A4, landscape(A4)]), margin=54)
    w, hh = s.page_size
    c = the_client(rng)
    d = on(rng)
    p = Page(s.page_size)
    p.rect(22, 22, w - 44, hh - 44)
    p.rect(28, 28, w - 56, hh - 56)
    y = heading(p, s, h) + 10
    title = tr(lg, "Licence Certificate", "Lizenzzertifikat", "Certificat de licence")
    p.text(w / 2, y + 10, title, s.bold, 24, "center")
    y += 44
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Nous certifions que"),
        italic_of(s.font),
        11,
        "center",
    )
    y += 22
    p.text(w / 2, y, c.name, s.bold, 15, "center")
    y += 20
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "is licensed to use",
            "zur Nutzung berechtigt ist von",
            "est titulaire d'une licence d'utilisation de",
        ),
        italic_of(s.font),
        11,
        "center",
    )
    y += 26
    prod, units = rng.choice(PRODUCTS[h.name.split()[0]])
    unit = units[LI[lg]]
    qty = rng.choice([5, 10, 25, c.users, c.users, 1, 2])
    p.text(w / 2, y, f"{qty} x {prod}", s.bold, 13, "center")
    y += 30
    start = d
    end = d + timedelta(days=rng.choice([365, 365, 730, 1095]))
    x0 = w / 2 - 170
    y = (
        pairs(
            p,
            s,
            x0,
            y,
            [
                (
                    tr(lg, "Licence type", "Lizenzart", "Type de licence"),
                    rng.choice(
                        [
                            tr(lg, "Subscription", "Abonnement", "Abonnement"),
                            tr(
                                lg,
                                "Perpetual + maintenance",
                                "Kauf + Wartung",
                                "Perpétuelle + maintenance",
                            ),
                        ]
                    ),
                ),
                (tr(lg, "Unit", "Einheit", "Unité"), unit),
                (tr(lg, "Valid from", "Gültig ab", "Valable du"), short(start, lg)),
                (tr(lg, "Valid until", "Gültig bis", "Au"), short(end, lg)),
                (
                    tr(lg, "Entitlement ID", "Berechtigungs-ID", "N° de droit"),
                    serial(rng, "ENT-9999-9999-99"),
                ),
                (tr(lg, "Reseller", "Fachhändler", "Revendeur"), msp_head().name),
            ],
            x0 + 340,
            s.size,
        )
        + 12
    )
    key = "-".join(serial(rng, "AAAA9") for _ in range(5))
    p.text(
        w / 2, y, tr(lg, "Licence key", "Lizenzschlüssel", "Clé de licence"), s.font, 8, "center"
    )
    p.rect(w / 2 - 150, y + 5, 300, 22, fill=0.92)
    p.text(w / 2, y + 20, key, "Courier-Bold", 12, "center")
    yb = hh - 90
    sign(p, 70, yb, staff(h, "ceo"), 16)
    p.line(60, yb + 4, 230, yb + 4)
    p.text(
        60,
        yb + 15,
        staff(h, "ceo") + tr(lg, ", Managing Director", ", Geschäftsführer", ", Directeur général"),
        s.font,
        7.5,
    )
    if rng.random() < 0.4:
        p.barcode("qr", key, w - 240, yb - 150)
    else:
        p.text(
            w - 60,
            yb + 15,
            f"{tr(lg, 'Issued', 'Ausgestellt', 'Émis le')} {day(h, d)}",
            s.font,
            8,
            "right",
        )
    note(c, d, key)
    return [p]


def email_print(
    s: Style, sender: str, to: str, subject: str, sent: str, lang: str
) -> tuple[Page, float]:
    """A printed email: the mail client's bold sender line over a rule, the header fields;
    returns the page and the y where the body starts."""
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    p.text(
        m, m - 10, fit(msp_head().name + " Mail - " + subject, s.font, 7, w - 2 * m - 60), s.font, 7
    )
    p.text(w - m, m - 10, sent, s.font, 7, "right")
    y = m + 14
    p.text(m, y, fit(subject, s.bold, 13, w - 2 * m), s.bold, 13)
    y += 8
    p.line(m, y, w - m, y)
    y += 16
    for lab, val in [
        (tr(lang, "From", "Von", "De"), sender),
        (tr(lang, "Sent", "Gesendet", "Envoyé"), sent),
        (tr(lang, "To", "An", "À"), to),
        (tr(lang, "Subject", "Betreff", "Objet"), subject),
    ]:
        p.text(m, y, lab + ":", s.bold, 8.5)
        p.text(m + 60, y, fit(val, s.font, 8.5, w - 2 * m - 60), s.font, 8.5)
        y += 12
    p.line(m, y, w - m, y)
    return p, y + 20


def tpl_renewal_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A registrar's renewal notice for domains or an SSL certificate, on one page: as a
    letter on the registrar's paper or as a printed email, with the expiring names, their
    dates and prices, and the date by which to renew."""
    h = head_of(who, "registrar", ["right", "rule", "band", "monogram"])
    lg = h.lang
    c = the_client(rng)
    d = on(rng)
    r = keyed(who, "renew")
    as_mail = r.random() < 0.4
    cert = rng.random() < 0.4
    s = style_of(h, A4 if lg != "en" or r.random() < 0.6 else LETTER)
    w, hh = s.page_size
    m = s.margin
    exp = d + timedelta(days=rng.choice([30, 30, 14, 60, 7]))
    if cert:
        subject = tr(
            lg,
            f"SSL certificate for www.{c.domain} expires on {short(exp, lg)}",
            f"Ihr SSL-Zertifikat für www.{c.domain} läuft am {short(exp, lg)} ab",
            f"Votre certificat SSL www.{c.domain} expire le {short(exp, lg)}",
        )
    else:
        subject = tr(
            lg,
            f"Renewal notice: {c.domain} expires {short(exp, lg)}",
            f"Verlängerung Ihrer Domain {c.domain} zum {short(exp, lg)}",
            f"Avis de renouvellement : {c.domain} expire le {short(exp, lg)}",
        )
    if as_mail:
        p, y = email_print(
            s,
            f"{h.name} <renewals@{h.web.removeprefix('www.') or 'registrar.example'}>",
            f"{msp_head().name} <billing@{msp_head().web.removeprefix('www.')}>",
            subject,
            f"{day(h, d)} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
            lg,
        )
        f = sheets(s, h)
        f.pages[0] = p
        f.page = p
        f.y = y
        f.page.text(
            m,
            f.y,
            tr(lg, "Dear customer,", "Sehr geehrte Kundin, sehr geehrter Kunde,", "Cher client,"),
            s.font,
            s.size,
        )
        f.y += 18
    else:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            msp_lines(lg),
            d,
            [
                (
                    tr(lg, "Account", "Kundennummer", "Compte"),
                    serial(keyed(who, "acct"), "NC-99999"),
                ),
            ],
        )
        caption(f, s, subject, 2)
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += 18
    write(
        f,
        s,
        tr(
            lg,
            "The following services on your reseller account are due for renewal. "
            "If auto-renew is switched off they will expire on the date shown and "
            "stop resolving.",
            "folgende Leistungen Ihres Reseller-Kontos stehen zur Verlängerung an. Ohne "
            "Verlängerung werden sie zum genannten Datum gekündigt.",
            "les services suivants de votre compte revendeur arrivent à échéance. Sans "
            "renouvellement, ils seront suspendus à la date indiquée.",
        ),
    )
    if cert:
        rows = [
            [
                f"www.{c.domain}",
                rng.choice(["DV", "OV", "OV Wildcard"]),
                f"{c.domain}, mail.{c.domain}",
                short(exp, lg),
                cash(rng.choice([49, 89, 179, 299]), lg),
            ]
        ]
        head = [
            tr(lg, "Common name", "Common Name", "Nom commun"),
            "Type",
            "SAN",
            tr(lg, "Expires", "Ablauf", "Expiration"),
            tr(lg, "Price/yr", "Preis/Jahr", "Prix/an"),
        ]
        spec = [(2.2, "left"), (1, "left"), (2.8, "left"), (1.2, "left"), (1.2, "right")]
    else:
        names = [
            c.domain,
            *rng.sample(
                [
                    c.domain.split(".")[0] + t
                    for t in (".com", ".eu", ".net", ".org", ".co.uk", ".de", ".fr")
                    if c.domain.split(".")[0] + t != c.domain
                ],
                rng.randint(0, 3),
            ),
        ]
        rows = [
            [
                nm,
                short(exp + timedelta(days=rng.choice([0, 0, 3, 11])), lg),
                tr(lg, "1 year", "12 Monate", "1 an"),
                rng.choice([tr(lg, "off", "aus", "désactivé"), tr(lg, "on", "an", "activé")]),
                cash(rng.choice([9.99, 14.5, 24.0, 32.0]), lg),
            ]
            for nm in names
        ]
        head = [
            "Domain",
            tr(lg, "Expiry", "Ablauf", "Expiration"),
            tr(lg, "Term", "Laufzeit", "Durée"),
            "Auto-renew",
            tr(lg, "Price", "Preis", "Prix HT"),
        ]
        spec = [(2.6, "left"), (1.2, "left"), (1, "left"), (1, "left"), (1, "right")]
    table(f, columns(m, w - m, spec), head, rows, s, shade=0.9, rules=True, step=1.9)
    f.y += 8
    f.need(60)
    f.page.rect(m, f.y, w - 2 * m, 34)
    f.page.text(
        m + 8, f.y + 14, tr(lg, "ACTION REQUIRED", "HANDLUNGSBEDARF", "ACTION REQUISE"), s.bold, 9
    )
    f.page.text(
        m + 8,
        f.y + 26,
        fit(
            tr(
                lg,
                f"Renew before {short(exp - timedelta(days=3), lg)} in the "
                "control panel or reply to this notice.",
                f"Bitte bis {short(exp - timedelta(days=3), lg)} im Kundenportal verlängern.",
                f"Renouvelez avant le {short(exp - timedelta(days=3), lg)} depuis "
                "votre espace client.",
            ),
            s.font,
            8.5,
            w - 2 * m - 16,
        ),
        s.font,
        8.5,
    )
    f.y += 50
    if as_mail:
        write(
            f,
            s,
            tr(
                lg,
                f"Regards, the {h.name} renewals team",
                f"Ihr Team von {h.name}",
                f"L'équipe {h.name}",
            ),
            s.size - 1,
        )
        f.page.text(w / 2, hh - 24, "1/1", s.font, 7, "center")
        if rng.random() < 0.5:
            scribble(
                f.page,
                m + 10,
                f.y + 30,
                rng.choice(
                    [
                        tr(lg, "renewed - ", "verlängert ", "renouvelé ")
                        + short(d + timedelta(days=2), lg),
                        tr(lg, "check with customer", "Kunde fragen!", "voir avec client"),
                    ]
                ),
            )
        note(c, d, c.domain)
        return f.pages
    regards(
        f,
        s,
        lg,
        staff(h, "renewals"),
        tr(lg, "Customer Accounts", "Kundenservice", "Service clients"),
    )
    note(c, d, c.domain)
    return close(f.pages, s, h, "none")


# ---------------------------------------------------------------------------------------------
# Templates II: security and change
# ---------------------------------------------------------------------------------------------

FINDINGS = {
    "en": [
        "SMBv1 enabled on file server",
        "Outdated VPN appliance firmware (known CVE)",
        "Weak password policy, no lockout",
        "Local admin password reused on workstations",
        "TLS 1.0 enabled on web portal",
        "Missing MFA on remote access",
        "Default SNMP community strings",
        "Unsupported operating system (Server 2012 R2)",
        "Kerberoastable service account",
        "Directory listing on intranet server",
        "Guest Wi-Fi not isolated from LAN",
        "Excessive share permissions (Everyone: Full)",
    ],
    "de": [
        "SMBv1 auf Dateiserver aktiviert",
        "Veraltete VPN-Firmware (bekannte CVE)",
        "Schwache Passwortrichtlinie, keine Sperre",
        "Gleiches lokales Admin-Kennwort",
        "TLS 1.0 am Webportal aktiv",
        "Fernzugriff ohne MFA",
        "SNMP-Standard-Community",
        "Nicht unterstütztes Betriebssystem (Server 2012 R2)",
        "Kerberoasting-fähiges Dienstkonto",
        "Verzeichnisauflistung auf Intranetserver",
        "Gäste-WLAN nicht vom LAN getrennt",
        "Zu weite Freigabeberechtigungen (Jeder: Vollzugriff)",
    ],
    "fr": [
        "SMBv1 actif sur le serveur de fichiers",
        "Micrologiciel VPN obsolète (CVE connue)",
        "Politique de mots de passe faible",
        "Mot de passe administrateur local réutilisé",
        "TLS 1.0 actif sur le portail web",
        "Accès distant sans MFA",
        "Communautés SNMP par défaut",
        "Système non supporté (Server 2012 R2)",
        "Compte de service vulnérable au Kerberoasting",
        "Listage de répertoires sur l'intranet",
        "Wi-Fi invité non isolé du LAN",
        "Droits de partage excessifs (Tout le monde)",
    ],
}
SEVERITY = {
    "en": ["Critical", "High", "Medium", "Low", "Info"],
    "de": ["Kritisch", "Hoch", "Mittel", "Niedrig", "Info"],
    "fr": ["Critique", "Élevée", "Moyenne", "Faible", "Info"],
}


def risk_matrix(
    p: Page,
    s: Style,
    x: float,
    y: float,
    cellw: float,
    lang: str,
    marks: dict[tuple[int, int], int],
) -> float:
    """A 5 x 5 likelihood / impact matrix, shaded by risk, the number of findings in cells."""
    for i in range(5):
        for j in range(5):
            risk = (i + 1) * (j + 1)
            p.rect(
                x + 30 + j * cellw,
                y + (4 - i) * cellw,
                cellw,
                cellw,
                fill=0.92 - min(risk, 20) * 0.03,
            )
            p.rect(x + 30 + j * cellw, y + (4 - i) * cellw, cellw, cellw)
            if (i, j) in marks:
                p.text(
                    x + 30 + j * cellw + cellw / 2,
                    y + (4 - i) * cellw + cellw / 2 + 4,
                    str(marks[(i, j)]),
                    s.bold,
                    12,
                    "center",
                )
        p.text(x + 22, y + (4 - i) * cellw + cellw / 2 + 3, str(i + 1), s.font, 8, "right")
        p.text(x + 30 + i * cellw + cellw / 2, y + 5 * cellw + 12, str(i + 1), s.font, 8, "center")
    p.text(
        x + 30 + 2.5 * cellw,
        y + 5 * cellw + 26,
        tr(lang, "Impact", "Auswirkung", "Impact"),
        s.bold,
        9,
        "center",
    )
    p.text(
        x, y - 10, tr(lang, "Likelihood", "Eintrittswahrscheinlichkeit", "Vraisemblance"), s.bold, 9
    )
    return y + 5 * cellw + 40


def tpl_pentest(rng: random.Random, who: Issuer) -> list[Page]:
    """A penetration tester's summary report: a cover page marked confidential, document
    control and scope, the management summary with a severity chart, the findings table and
    a risk matrix page; numbered pages with the classification in the footer."""
    h = head_of(who, "security", ["rule", "band", "tag", "monogram"])
    lg = h.lang
    c = the_client(rng)
    d = on(rng)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    ref = serial(rng, rng.choice(["PT-2999-999", "RT99-999", "AUD-9999"]))
    title = tr(
        lg,
        "Penetration Test - Summary Report",
        "Penetrationstest - Management Summary",
        "Test d'intrusion - Synthèse",
    )
    mark = tr(lg, "CONFIDENTIAL", "VERTRAULICH", "CONFIDENTIEL")
    cover = cover_sheet(
        s,
        h,
        title,
        [
            c.name,
            tr(
                lg,
                "Internal and external infrastructure test",
                "Interner und externer Infrastrukturtest",
                "Audit d'infrastructure interne et externe",
            ),
            "",
            f"{tr(lg, 'Report', 'Bericht', 'Rapport')} {ref}",
            day(h, d),
        ],
        rng,
        mark,
    )
    pages = [cover]
    f = sheets(s, h, f"{ref} - {c.name} - {mark}")
    caption(
        f, s, tr(lg, "Document control", "Dokumentenkontrolle", "Suivi du document"), 1, rule=True
    )
    table(
        f,
        columns(m, w - m, [(0.8, "left"), (1.4, "left"), (2, "left"), (3, "left")]),
        [
            "Version",
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Author", "Autor", "Auteur"),
            tr(lg, "Change", "Änderung", "Modification"),
        ],
        [
            [
                "0.1",
                short(d - timedelta(days=6), lg),
                staff(h, "tester"),
                tr(lg, "Draft", "Entwurf", "Brouillon"),
            ],
            [
                "1.0",
                short(d, lg),
                staff(h, "lead"),
                tr(lg, "Issued to client", "Freigabe Kunde", "Version client"),
            ],
        ],
        s,
        rules=True,
        step=1.8,
    )
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Client", "Auftraggeber", "Client"), c.name),
                (
                    tr(lg, "Testing window", "Testzeitraum", "Période de test"),
                    f"{short(d - timedelta(days=20), lg)} - {short(d - timedelta(days=16), lg)}",
                ),
                (
                    tr(lg, "Scope", "Umfang", "Périmètre"),
                    f"{rng.randint(3, 12)} {tr(lg, 'external IPs', 'externe IPs', 'IP externes')}, "
                    f"10.{rng.randint(0, 40)}.0.0/16, {c.domain}",
                ),
                (
                    tr(lg, "Method", "Methode", "Méthode"),
                    rng.choice(["Grey box", "Black box", "OWASP / PTES"]),
                ),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    caption(
        f,
        s,
        tr(lg, "Management summary", "Management Summary", "Synthèse managériale"),
        1,
        rule=True,
    )
    write(f, s, prose(rng, lg, "sec", 3, 5))
    n = rng.randint(5, 11)
    picks = rng.sample(range(len(FINDINGS[lg])), n)
    sev = sorted(rng.choices(range(5), weights=[1, 3, 4, 3, 1], k=n))
    counts = [sev.count(k) for k in range(5)]
    f.need(170)
    f.y = bars(
        f.page,
        s,
        m,
        f.y + 6,
        min(300, w - 2 * m),
        90,
        SEVERITY[lg],
        counts,
        tr(lg, "Findings by severity", "Befunde nach Schweregrad", "Constats par criticité"),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Summary of findings", "Übersicht der Befunde", "Synthèse des constats"),
        1,
        rule=True,
    )
    rows = []
    for k, (fi, sv) in enumerate(zip(picks, sev, strict=True)):
        cv = {0: 9.8, 1: 8.1, 2: 5.9, 3: 3.7, 4: 0.0}[sv] - rng.choice([0, 0.3, 0.6])
        rows.append(
            [
                f"F{k + 1:02d}",
                FINDINGS[lg][fi],
                SEVERITY[lg][sv],
                f"{max(cv, 0):.1f}",
                rng.choice(
                    [
                        tr(lg, "Open", "Offen", "Ouvert"),
                        tr(lg, "Open", "Offen", "Ouvert"),
                        tr(lg, "Fixed", "Behoben", "Corrigé"),
                    ]
                ),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(0.6, "left"), (5, "left"), (1.1, "left"), (0.7, "center"), (1, "left")]
        ),
        [
            "ID",
            tr(lg, "Finding", "Befund", "Constat"),
            tr(lg, "Severity", "Schwere", "Criticité"),
            "CVSS",
            tr(lg, "Status", "Status", "Statut"),
        ],
        rows,
        s,
        size=s.size - 1,
        shade=0.85,
        rules=True,
        step=2.0,
    )
    f.y += 8
    for k in range(min(3, n)):
        f.heading(m, f"F{k + 1:02d}  {FINDINGS[lg][picks[k]]}", s.bold, s.size - 0.5)
        write(
            f,
            s,
            tr(lg, "Recommendation: ", "Empfehlung: ", "Recommandation : ")
            + prose(rng, lg, "sec", 1, 2),
            s.size - 1,
        )
    if rng.random() < 0.6:
        f.new_page()
        caption(f, s, tr(lg, "Risk matrix", "Risikomatrix", "Matrice des risques"), 1, rule=True)
        marks: dict[tuple[int, int], int] = {}
        for sv in sev:
            key = (
                min(4, max(0, 4 - sv + rng.choice([-1, 0, 0]))),
                min(4, max(0, 4 - sv + rng.choice([0, 0, 1]))),
            )
            marks[key] = marks.get(key, 0) + 1
        f.y = risk_matrix(f.page, s, m + 40, f.y + 20, min(60, (w - 2 * m - 80) / 5), lg, marks)
        write(f, s, prose(rng, lg, "sec", 1, 2), s.size - 1)
    out = pages + f.pages
    for p in out[1:]:
        pw, _ = p.size
        p.text(pw / 2, p.size[1] - 14 - 7 * len(h.foot), mark, s.bold, 7, "center")
    note(c, d, ref)
    nos = {"de": ["Seite {i} von {n}", "{i} / {n}"], "fr": ["Page {i} sur {n}", "{i} / {n}"]}
    return close(out, s, h, rng.choice(nos.get(lg, ["Page {i} of {n}", "{i} / {n}"])), 1)


CHANGES = {
    "en": [
        "Upgrade firewall firmware to 7.2.8",
        "Disable SMBv1 on all servers",
        "Migrate file shares to SharePoint",
        "Replace core switch",
        "Enable MFA for all users",
        "Decommission Server 2012 R2 host",
        "Add guest Wi-Fi VLAN",
        "Renew SSL certificate on portal",
    ],
    "de": [
        "Firewall-Firmware auf 7.2.8 aktualisieren",
        "SMBv1 auf allen Servern deaktivieren",
        "Dateiablage nach SharePoint migrieren",
        "Core-Switch tauschen",
        "MFA für alle Benutzer",
        "Server 2012 R2 außer Betrieb nehmen",
        "Gäste-WLAN als eigenes VLAN",
        "SSL-Zertifikat Portal erneuern",
    ],
    "fr": [
        "Mise à jour du pare-feu en 7.2.8",
        "Désactivation de SMBv1 sur les serveurs",
        "Migration des partages vers SharePoint",
        "Remplacement du commutateur cœur",
        "Activation MFA pour tous",
        "Retrait du serveur 2012 R2",
        "VLAN dédié Wi-Fi invité",
        "Renouvellement du certificat SSL du portail",
    ],
}


def tpl_change_request(rng: random.Random, who: Issuer) -> list[Page]:
    """The provider's change request form: number, requester and system fields, change type,
    risk and impact ticks, description, implementation and rollback plans, and the approvals
    (customer, change manager, CAB) signed by hand; with a longer plan the approvals go onto a
    second sheet."""
    h = msp_head()
    lg = h.lang
    after = ("pentest", "customer_letter")
    c = the_client(rng, after)
    d = the_day(rng, after, (2, 15))
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["CR-99999", "RFC-2999-999", "CHG999999"]))
    f = sheets(s, h, f"{tr(lg, 'Change request', 'Änderungsantrag', 'Demande de changement')} {no}")
    p = f.page
    p.text(
        m,
        f.y,
        tr(lg, "Change Request Form", "Änderungsantrag (RFC)", "Demande de changement (RFC)"),
        s.bold,
        s.size + 6,
    )
    p.text(w - m, f.y, no, "Courier-Bold", 12, "right")
    f.y += 14
    what = rng.choice(CHANGES[lg])
    if LAST["kind"] == "pentest":
        what = tr(
            lg,
            f"Remediation of findings from report {LAST['ref']}",
            f"Behebung der Befunde aus Bericht {LAST['ref']}",
            f"Correction des constats du rapport {LAST['ref']}",
        )
    hand = rng.random() < 0.5
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), c.name),
            (
                tr(lg, "Requested by", "Antragsteller", "Demandeur"),
                c.contact if rng.random() < 0.5 else staff(h, "eng"),
            ),
            (tr(lg, "Date raised", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Planned window", "Geplantes Wartungsfenster", "Créneau prévu"),
                short(d + timedelta(days=rng.randint(3, 14)), lg)
                + rng.choice([" 18:00-20:00", " 07:00-08:00", " 21:00-23:00"]),
            ),
            (tr(lg, "Title", "Titel", "Intitulé"), what),
            (
                tr(lg, "Systems affected", "Betroffene Systeme", "Systèmes concernés"),
                ", ".join(sorted({hostname(rng, c) for _ in range(3)})),
            ),
        ],
        per=2,
        tall=26,
        hand=hand,
    )
    for lab, opts, pick in [
        (
            tr(lg, "Change type", "Art", "Type"),
            [
                tr(lg, "Standard", "Standard", "Standard"),
                tr(lg, "Normal", "Normal", "Normal"),
                tr(lg, "Emergency", "Notfall", "Urgent"),
            ],
            rng.choice([0, 1, 1, 2]),
        ),
        (
            tr(lg, "Risk", "Risiko", "Risque"),
            [
                tr(lg, "Low", "gering", "Faible"),
                tr(lg, "Medium", "mittel", "Moyen"),
                tr(lg, "High", "hoch", "Élevé"),
            ],
            rng.choice([0, 1, 1, 2]),
        ),
        (tr(lg, "Downtime", "Ausfallzeit", "Interruption"), yes_no(lg), rng.choice([0, 1])),
        (tr(lg, "Users informed", "Benutzer informiert", "Utilisateurs prévenus"), yes_no(lg), 0),
    ]:
        f.page.text(m, f.y + 2, lab, s.bold, 8.5)
        f.y = ticks(f.page, s, m + 120, f.y + 2, w - 2 * m - 120, opts, {pick}, 8.5, 2.4)
    f.y += 4
    for lab, lines in [
        (
            tr(lg, "Description and reason", "Beschreibung und Begründung", "Description et motif"),
            2,
        ),
        (
            tr(lg, "Implementation plan", "Durchführung", "Plan de mise en oeuvre"),
            rng.randint(3, 6),
        ),
        (tr(lg, "Rollback plan", "Rückfallplan", "Plan de retour arrière"), 2),
    ]:
        f.need(60)
        f.y = band(f.page, s, f.y + 8, lab) + 6
        if hand:
            for _ in range(lines):
                f.need(18)
                scribble(
                    f.page,
                    m + 4,
                    f.y + 8,
                    fit(words(rng, lg, "it", rng.randint(5, 9)), HAND, 9.5, w - 2 * m - 8),
                )
                f.page.line(m, f.y + 12, w - m, f.y + 12)
                f.y += 18
            f.y += 4
        else:
            for k in range(lines):
                write(f, s, (f"{k + 1}. " if lines > 2 else "") + words(rng, lg), s.size - 1)
    if rng.random() < 0.4:
        f.new_page()
    f.need(150)
    f.y = band(f.page, s, f.y + 8, tr(lg, "Approvals", "Freigaben", "Approbations")) + 4
    cols = columns(
        m, w - m, [(2, "left"), (2, "left"), (1.3, "left"), (1.5, "left"), (1.6, "left")]
    )
    for col, t in zip(
        cols,
        [
            tr(lg, "Role", "Rolle", "Rôle"),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Decision", "Entscheidung", "Décision"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Signature", "Unterschrift", "Signature"),
        ],
        strict=True,
    ):
        cell(f.page, col, f.y + 8, t, s.bold, 8)
    f.y += 14
    for role, name in [
        (tr(lg, "Customer", "Kunde", "Client"), c.contact),
        (tr(lg, "Change manager", "Change Manager", "Responsable changements"), staff(h, "cm")),
        ("CAB", staff(h, "cab")),
    ]:
        f.page.rect(m, f.y, w - 2 * m, 30)
        cell(f.page, cols[0], f.y + 18, role, s.font, 8.5)
        if rng.random() < 0.85:
            cell(f.page, cols[1], f.y + 18, name, HAND, 9)
            cell(
                f.page,
                cols[2],
                f.y + 18,
                rng.choice(
                    [tr(lg, "Approved", "genehmigt", "Approuvé")] * 4
                    + [tr(lg, "Deferred", "zurückgestellt", "Reporté")]
                ),
                HAND,
                9,
            )
            cell(
                f.page, cols[3], f.y + 18, short(d + timedelta(days=rng.randint(0, 3)), lg), HAND, 9
            )
            sign(f.page, cols[4][0], f.y + 22, name, 12)
        f.y += 30
    note(c, d, no)
    return close(
        f.pages, s, h, rng.choice(["none", "Page {i} of {n}" if lg == "en" else h.numbers])
    )


WORKDONE = {
    "en": [
        "Replaced failed PSU in server, tested OK",
        "Patched switch port 14, new cable run",
        "Set up new starter laptop, mailbox and printer",
        "Checked UPS, battery replaced",
        "Reseated RAM, ran diagnostics, no errors",
        "Moved AP to meeting room ceiling",
        "Installed docking stations x4 reception",
        "Swapped faulty handset",
    ],
    "de": [
        "Netzteil Server getauscht, Test OK",
        "Port 14 neu gepatcht, Kabel gezogen",
        "Notebook neuer MA eingerichtet, Postfach + Drucker",
        "USV geprüft, Akku getauscht",
        "RAM neu gesteckt, Diagnose ohne Fehler",
        "Access Point in Besprechungsraum versetzt",
        "4x Dockingstation Empfang installiert",
        "Telefon getauscht",
    ],
    "fr": [
        "Alimentation serveur remplacée, test OK",
        "Brassage port 14, câble tiré",
        "Préparation PC nouvel arrivant, messagerie, imprimante",
        "Onduleur vérifié, batterie changée",
        "Barrettes remises en place, diagnostic OK",
        "Borne Wi-Fi déplacée salle de réunion",
        "4 stations d'accueil installées à l'accueil",
        "Poste téléphonique échangé",
    ],
}


def tpl_job_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """An engineer's site-visit job sheet, a printed form filled in by hand on A5 or A4: job
    number, customer and site, times, the work carried out on ruled lines, parts used,
    resolved / follow-up ticks, the engineer's and the customer's signatures."""
    h = msp_head()
    lg = h.lang
    after = ("delivery_note", "customer_letter")
    c = the_client(rng, after)
    d = the_day(rng, after, (1, 8))
    r = keyed(who, "jobsize")
    size = r.choice([A5, A5, A4])
    s = style_of(h, size, margin=30 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = s.page_size
    m = s.margin
    eng = staff(h, "eng" + str(rng.randint(0, 2)))
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(lg, "ENGINEER JOB SHEET", "SERVICEBERICHT / ARBEITSNACHWEIS", "BON D'INTERVENTION")
    pt = shrink(title, s.bold, s.size + 4, w / 2 - m)
    p.text(m, y, title, s.bold, pt)
    p.text(
        w - m,
        y,
        f"{tr(lg, 'No.', 'Nr.', 'N°')} {serial(rng, '999999')}",
        "Courier-Bold",
        11,
        "right",
    )
    y += 10
    arr = rng.randint(8, 15)
    dur = rng.choice([1, 1.5, 2, 2.5, 3, 4])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), c.name),
            (tr(lg, "Ticket", "Ticket", "Ticket"), f"#{rng.randint(20000, 89999)}"),
            (tr(lg, "Site address", "Einsatzort", "Adresse du site"), f"{c.street}, {c.town}"),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Arrived", "Ankunft", "Arrivée"),
                f"{arr:02d}:{rng.choice(['05', '20', '35', '50'])}",
            ),
            (
                tr(lg, "Departed", "Abfahrt", "Départ"),
                f"{arr + int(dur):02d}:{rng.choice(['00', '15', '40', '55'])}",
            ),
        ],
        per=2,
        tall=24 if size == A5 else 26,
    )
    y = (
        band(p, s, y + 4, tr(lg, "Work carried out", "Durchgeführte Arbeiten", "Travaux réalisés"))
        + 6
    )
    n = 6 if size == A5 else 9
    todo = [rng.choice(WORKDONE[lg])] + [words(rng, lg, "it", rng.randint(4, 8)) for _ in range(2)]
    for k in range(n):
        if k < len(todo) and rng.random() < 0.9:
            scribble(p, m + 4, y + 10, fit(todo[k], HAND, 9.5, w - 2 * m - 8))
        p.line(m, y + 14, w - m, y + 14)
        y += 17
    y = band(p, s, y + 12, tr(lg, "Parts used", "Material", "Pièces utilisées")) + 4
    parts = hw_pick(rng, rng.randint(0, 2))
    for k in range(2):
        p.line(m, y + 14, w - m, y + 14)
        if k < len(parts):
            scribble(
                p,
                m + 4,
                y + 10,
                f"{parts[k][4] if parts[k][4] < 4 else 1} x {hw_name(parts[k], lg)}",
                9,
            )
        y += 17
    y += 12
    resolved = rng.random() < 0.75
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Resolved", "Erledigt", "Résolu"),
            tr(lg, "Follow-up needed", "Folgetermin nötig", "Suite à donner"),
            tr(lg, "Chargeable", "Berechnen", "Facturable"),
        ],
        {0} if resolved else {1} | ({2} if rng.random() < 0.5 else set()),
        8.5,
        3,
    )
    y = max(y + 8, hh - m - 70)
    half = (w - 2 * m) / 2
    for k, (lab, nm) in enumerate(
        [
            (tr(lg, "Engineer", "Techniker", "Technicien"), eng),
            (tr(lg, "Customer", "Kunde", "Client"), c.contact),
        ]
    ):
        x = m + k * half
        p.text(x, y, lab, s.font, 7)
        sign(p, x + 6, y + 28, nm, 13)
        p.line(x, y + 32, x + half - 14, y + 32)
        scribble(p, x, y + 44, nm.split()[-1].upper(), 8.5)
    note(c, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates II: carriers and leasing
# ---------------------------------------------------------------------------------------------

DESTS = {
    "en": [
        ("01392", "Exeter"),
        ("0191", "Newcastle"),
        ("020", "London"),
        ("07", "Mobile"),
        ("0800", "Freephone"),
        ("0161", "Manchester"),
        ("00353", "Ireland"),
    ],
    "de": [
        ("089", "München"),
        ("0251", "Münster"),
        ("030", "Berlin"),
        ("017", "Mobilfunk"),
        ("0800", "Service"),
        ("040", "Hamburg"),
        ("0043", "Österreich"),
    ],
    "fr": [
        ("04", "Lyon"),
        ("02", "Nantes"),
        ("01", "Paris"),
        ("06", "Mobile"),
        ("0800", "Numéro vert"),
        ("05", "Bordeaux"),
        ("0032", "Belgique"),
    ],
}


def tpl_carrier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A telecom carrier's monthly invoice to the provider: the summary page with the charges
    by type, the total and a payment slip or direct debit note, then the call detail pages in
    small type (one to three pages), one section per line number."""
    h = head_of(who, "carrier", ["band", "rule", "right", "monogram"])
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    acct = serial(keyed(who, "acct"), rng.choice(["99999999", "9-99999999", "999 999 999"]))
    no = serial(rng, "9999999999")
    title = tr(lg, "Your bill", "Ihre Rechnung", "Votre facture")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Kundenkonto', 'Compte')} {acct} - {no}")
    recipient(
        f,
        s,
        h,
        msp_lines(lg, tr(lg, "Accounts Payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Account no.", "Kundennummer", "N° de compte"), acct),
            (tr(lg, "Invoice no.", "Rechnungsnummer", "N° de facture"), no),
            (
                tr(lg, "Bill period", "Abrechnungszeitraum", "Période"),
                f"{short(d - timedelta(days=30), lg)} - {short(d - timedelta(days=1), lg)}",
            ),
        ],
    )
    caption(f, s, title, 6)
    lines = [
        f"{rng.choice(DESTS[lg][:2])[0]} {rng.randint(100000, 999999)}"
        for _ in range(rng.randint(1, 3))
    ]
    calls = []
    for _ in range(rng.choice([25, 45, 70, 110, 160])):
        pre, where = rng.choice(DESTS[lg])
        secs = rng.randint(8, 1900)
        calls.append(
            (
                rng.choice(lines),
                d - timedelta(days=rng.randint(1, 30)),
                f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                f"{pre} {rng.randint(100000, 999999)}",
                where,
                secs,
                round(secs / 60 * rng.choice([0.012, 0.02, 0.08, 0.15]), 3),
            )
        )
    call_total = sum(x[6] for x in calls)
    rental = len(lines) * rng.choice([18.5, 24.0, 32.0]) + rng.choice([45.0, 60.0, 95.0])
    oneoff = rng.choice([0.0, 0.0, 35.0, 99.0])
    net = rental + call_total + oneoff
    vat = net * VAT[lg]
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(
                        lg,
                        "Line rental and broadband",
                        "Grundgebühren und Internet",
                        "Abonnements et accès",
                    ),
                    money(rental, lg),
                ),
                (
                    tr(
                        lg,
                        "Calls (see itemised pages)",
                        "Verbindungen (siehe Einzelnachweis)",
                        "Communications (voir détail)",
                    ),
                    money(call_total, lg),
                ),
                (
                    tr(lg, "One-off charges", "Einmalige Entgelte", "Frais ponctuels"),
                    money(oneoff, lg),
                ),
                (tr(lg, "VAT", "Umsatzsteuer 19 %", "TVA 20 %"), money(vat, lg)),
            ],
            w - m - 60,
            s.size,
        )
        + 4
    )
    f.page.line(m, f.y - 6, w - m - 60, f.y - 6)
    f.page.text(
        m, f.y + 6, tr(lg, "Total to pay", "Rechnungsbetrag", "Total à payer"), s.bold, s.size + 2
    )
    f.page.text(w - m - 60, f.y + 6, cash(net + vat, lg), s.bold, s.size + 2, "right")
    f.y += 28
    write(
        f,
        s,
        tr(
            lg,
            "We will collect this by Direct Debit on or after "
            f"{short(d + timedelta(days=14), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} von Ihrem Konto abgebucht.",
            f"Montant prélevé le {short(d + timedelta(days=15), lg)}.",
        ),
        s.size - 0.5,
    )
    write(f, s, prose(rng, lg, "it", 1, 2), s.size - 1.5)
    if lg != "de" and rng.random() < 0.6:
        y = hh - m - 7 * len(h.foot) - 110
        if f.y < y - 10:
            p = f.page
            slip_rule(
                p,
                m - 20,
                w - m + 20,
                y,
                tr(
                    lg,
                    "Please detach and return with your payment",
                    "",
                    "Partie à détacher et à joindre à votre règlement",
                ),
            )
            p.text(
                m,
                y + 22,
                tr(lg, "bank giro credit", "", "TITRE INTERBANCAIRE DE PAIEMENT"),
                s.bold,
                9,
            )
            fields(
                p,
                s,
                m,
                y + 30,
                w - 2 * m,
                [
                    (tr(lg, "Account no.", "", "N° de compte"), acct),
                    (tr(lg, "Amount", "", "Montant"), cash(net + vat, lg)),
                    (tr(lg, "Reference", "", "Référence"), no),
                    (tr(lg, "Date", "", "Date"), ""),
                ],
                per=4,
                tall=26,
                hand=False,
            )
            p.text(
                m,
                y + 80,
                f"{serial(rng, '999999')}  {acct.replace(' ', '')}  {no}  <{serial(rng, '99')}>",
                "Courier",
                9,
            )
    f.new_page()
    caption(
        f, s, tr(lg, "Itemised calls", "Einzelverbindungsnachweis", "Détail des communications"), 1
    )
    cols = columns(
        m,
        w - m,
        [(1, "left"), (0.9, "left"), (1.6, "left"), (1.5, "left"), (0.9, "right"), (0.8, "right")],
    )
    for ln in lines:
        mine = sorted((x for x in calls if x[0] == ln), key=lambda x: (x[1], x[2]))
        if not mine:
            continue
        f.need(40)
        f.page.text(m, f.y, tr(lg, "Line ", "Anschluss ", "Ligne ") + ln, s.bold, 8.5)
        f.y += 12
        rows = [
            [
                short(x[1], lg),
                x[2],
                x[3][:-3] + "XXX" if lg == "de" else x[3],
                x[4],
                f"{x[5] // 60}:{x[5] % 60:02d}",
                money(x[6], lg),
            ]
            for x in mine
        ]
        table(
            f,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Time", "Uhrzeit", "Heure"),
                tr(lg, "Number", "Zielrufnummer", "Numéro"),
                tr(lg, "Destination", "Zone", "Destination"),
                tr(lg, "Duration", "Dauer", "Durée"),
                tr(lg, "Cost", "Betrag", "Montant"),
            ],
            rows,
            s,
            size=6.8,
            step=1.42,
        )
        f.y += 8
    note(None, d, no)
    nos = {
        "en": ["Page {i} of {n}", "{i}/{n}"],
        "de": ["Seite {i} von {n}", "Seite {i}/{n}"],
        "fr": ["Page {i} sur {n}", "{i}/{n}"],
    }
    return close(f.pages, s, h, rng.choice([*nos[lg], h.numbers]))


CLAUSES_LEASE = {
    "en": [
        "Definitions",
        "Lease period",
        "Rentals",
        "Delivery and acceptance",
        "Ownership",
        "Use and maintenance",
        "Insurance and risk",
        "Loss or damage",
        "Default",
        "Termination",
        "Return of equipment",
        "Assignment",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Mietzeit",
        "Leasingraten",
        "Lieferung und Übernahme",
        "Eigentum",
        "Nutzung und Wartung",
        "Versicherung und Gefahrtragung",
        "Verlust, Beschädigung",
        "Verzug",
        "Kündigung",
        "Rückgabe",
        "Abtretung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Durée",
        "Loyers",
        "Livraison et réception",
        "Propriété",
        "Utilisation et entretien",
        "Assurance et risques",
        "Perte ou dommage",
        "Défaillance",
        "Résiliation",
        "Restitution",
        "Cession",
        "Droit applicable",
    ],
}


def lease_items(rng: random.Random) -> list[tuple[str, str, float, str, int]]:
    if LAST["kind"] in ("order_form", "delivery_note") and LAST["items"]:
        return LAST["items"]  # type: ignore[return-value]
    return hw_pick(rng, rng.randint(2, 4))


def tpl_lease_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A lessor's equipment leasing agreement: the agreement page with lessee, supplier (the
    provider), equipment schedule, term and rentals and both signatures, then the general
    terms in small type, sometimes a direct debit mandate page."""
    h = head_of(who, "lessor", ["rule", "centred", "band", "right"])
    lg = h.lang
    c = the_client(rng, ("order_form",))
    d = the_day(rng, ("order_form",), (1, 10))
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["LA/999999", "LV-99-99999", "CLF99999"]))
    items = lease_items(rng)
    title = tr(lg, "Equipment Lease Agreement", "Leasingvertrag", "Contrat de location financière")
    f = sheets(s, h, f"{title} {no}")
    p = f.page
    p.text(m, f.y, title, s.bold, s.size + 5)
    p.text(w - m, f.y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, s.size + 1, "right")
    f.y += 12
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Lessee (Hirer)", "Leasingnehmer", "Locataire"),
                f"{c.name}, {c.street}, {c.town}",
            ),
            (
                tr(lg, "Supplier", "Lieferant", "Fournisseur"),
                f"{msp_head().name}, {msp_head().town}",
            ),
        ],
        per=1,
        tall=24,
        hand=False,
    )
    cost = 0.0
    rows = []
    for ln in items:
        cost += ln[2] * 1.15 * ln[4]
        rows.append([str(ln[4]), hw_name(ln, lg), ln[0], tr(lg, "new", "neu", "neuf")])
    table(
        f,
        columns(m, w - m, [(0.6, "center"), (5, "left"), (1.3, "left"), (0.8, "left")]),
        [
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Equipment", "Leasingobjekt", "Matériel"),
            tr(lg, "Model", "Typ", "Modèle"),
            tr(lg, "Cond.", "Zustand", "État"),
        ],
        rows,
        s,
        rules=True,
        step=1.8,
    )
    months = rng.choice([24, 36, 48, 60])
    rate = cost * {24: 0.046, 36: 0.032, 48: 0.026, 60: 0.021}[months]
    quarterly = rng.random() < 0.3
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        [
            (tr(lg, "Equipment cost (net)", "Anschaffungswert netto", "Valeur HT"), cash(cost, lg)),
            (
                tr(lg, "Primary period", "Grundmietzeit", "Durée irrévocable"),
                f"{months} {tr(lg, 'months', 'Monate', 'mois')}",
            ),
            (
                tr(lg, "Rental", "Leasingrate", "Loyer"),
                cash(rate * (3 if quarterly else 1), lg)
                + (
                    tr(lg, " per quarter", " / Quartal", " / trimestre")
                    if quarterly
                    else tr(lg, " per month", " / Monat", " / mois")
                ),
            ),
            (
                tr(lg, "Payment", "Zahlweise", "Paiement"),
                tr(
                    lg,
                    "Direct Debit, in advance",
                    "Lastschrift, vorschüssig",
                    "Prélèvement, terme à échoir",
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y = text_block(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        tr(
            lg,
            "The Lessee has selected the equipment and the supplier and confirms that the "
            "equipment is for business use only. This agreement is subject to the terms overleaf.",
            "Der Leasingnehmer hat Leasingobjekt und Lieferant selbst ausgewählt. Es gelten die "
            "umseitigen Allgemeinen Leasingbedingungen.",
            "Le locataire a choisi seul le matériel et le fournisseur. Le présent contrat est "
            "soumis aux conditions générales figurant au verso.",
        ),
        s.size - 1,
    )
    f.need(90)
    f.y = sig_pair(
        f.page,
        s,
        max(f.y + 8, hh - m - 7 * len(h.foot) - 90),
        (c.name, c.contact),
        (h.name, staff(h, "credit")),
        lg,
        (True, rng.random() < 0.7),
        short(d, lg),
    )
    pages = [
        *f.pages,
        terms_page(
            rng,
            s,
            h,
            tr(
                lg,
                "General Terms of Lease",
                "Allgemeine Leasingbedingungen",
                "Conditions générales de location",
            ),
            CLAUSES_LEASE[lg],
        ),
    ]
    if rng.random() < 0.35:
        q = Page(s.page_size)
        y = heading(q, s, h)
        q.text(
            m,
            y,
            tr(
                lg,
                "Instruction to your bank to pay by Direct Debit",
                "SEPA-Lastschriftmandat",
                "Mandat de prélèvement SEPA",
            ),
            s.bold,
            s.size + 3,
        )
        y += 12
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name of account holder", "Kontoinhaber", "Titulaire du compte"), c.name),
                (
                    tr(lg, "Bank / building society", "Kreditinstitut", "Banque"),
                    rng.choice(["Lloyds", "NatWest", "Barclays"])
                    if lg == "en"
                    else rng.choice(["Sparkasse", "Volksbank", "Commerzbank"])
                    if lg == "de"
                    else rng.choice(["Crédit Agricole", "BNP Paribas", "CIC"]),
                ),
                (
                    "IBAN" if lg != "en" else "Sort code / account",
                    serial(rng, "DE99 9999 9999 9999 9999 99")
                    if lg == "de"
                    else serial(rng, "FR76 9999 9999 9999 9999 9999 999")
                    if lg == "fr"
                    else serial(rng, "99-99-99  99999999"),
                ),
                (tr(lg, "Reference", "Mandatsreferenz", "Référence unique de mandat"), no),
            ],
            per=1,
            tall=26,
        )
        y = text_block(q, s, m, y, w - 2 * m, prose(rng, lg, "legal", 2, 3), s.size - 1.5)
        sign(q, m + 10, y + 30, c.contact)
        q.line(m, y + 34, m + 220, y + 34)
        scribble(q, m + 240, y + 30, short(d, lg), 9)
        pages.append(q)
    note(c, d, no, items)
    return close(
        pages, s, h, rng.choice(["none", "none", "Page {i} of {n}" if lg == "en" else "{i}/{n}"])
    )


def tpl_acceptance(rng: random.Random, who: Issuer) -> list[Page]:
    """The lessor's delivery and acceptance certificate, filled in and signed by the lessee:
    the agreement number, the equipment with serial numbers written in, acceptance ticks, the
    lessee's signature and company stamp."""
    h = head_of(who, "lessor", ["rule", "centred", "band", "right"])
    lg = h.lang
    c = the_client(rng, ("lease_agreement",))
    d = the_day(rng, ("lease_agreement",), (5, 20))
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    ref = str(LAST["ref"]) if LAST["kind"] == "lease_agreement" else serial(rng, "LA/999999")
    items = lease_items(rng) if LAST["kind"] != "lease_agreement" else LAST["items"]
    f = sheets(s, h)
    p = f.page
    title = tr(
        lg,
        "Delivery and Acceptance Certificate",
        "Übernahmebestätigung",
        "Procès-verbal de livraison et de conformité",
    )
    p.text(m, f.y, fit(title, s.bold, s.size + 5, w - 2 * m), s.bold, s.size + 5)
    f.y += 14
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Agreement no.", "Leasingvertrag Nr.", "Contrat n°"), ref),
            (tr(lg, "Lessee", "Leasingnehmer", "Locataire"), c.name),
            (tr(lg, "Supplier", "Lieferant", "Fournisseur"), msp_head().name),
            (
                tr(lg, "Installation address", "Aufstellungsort", "Lieu d'installation"),
                f"{c.street}, {c.town}",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    rows = []
    for ln in items:  # type: ignore[union-attr]
        for _ in range(min(ln[4], 3)):
            rows.append([hw_name(ln, lg), ln[0], ""])
    cols = columns(m, w - m, [(4, "left"), (1.2, "left"), (2.2, "left")])
    y0 = f.y
    table(
        f,
        cols,
        [
            tr(lg, "Equipment", "Objekt", "Matériel"),
            tr(lg, "Model", "Typ", "Modèle"),
            tr(lg, "Serial no.", "Seriennummer", "N° de série"),
        ],
        rows,
        s,
        rules=True,
        step=2.0,
    )
    yy = y0 + (s.size - 1) * 1.9
    for ln in items:  # type: ignore[union-attr]
        for _ in range(min(ln[4], 3)):
            if rng.random() < 0.9:
                scribble(p, cols[2][0], yy, serial(rng, ln[3] or "AA999999"), 8.5)
            yy += (s.size - 1) * 2.0
    f.y += 8
    for t in [
        tr(
            lg,
            "The equipment has been delivered complete and undamaged.",
            "Das Leasingobjekt wurde vollständig und mangelfrei geliefert.",
            "Le matériel a été livré complet et en bon état.",
        ),
        tr(
            lg,
            "The equipment has been installed and is working.",
            "Das Objekt ist betriebsbereit installiert.",
            "Le matériel est installé et en état de fonctionnement.",
        ),
        tr(
            lg,
            "Documentation and licences were handed over.",
            "Dokumentation und Lizenzen wurden übergeben.",
            "La documentation et les licences ont été remises.",
        ),
    ]:
        box(p, m, f.y, rng.random() < 0.92, 9)
        p.text(m + 16, f.y, t, s.font, s.size - 0.5)
        f.y += 18
    f.y = text_block(
        p,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        tr(
            lg,
            "The Lessee authorises the Lessor to pay the supplier. The primary period starts on "
            "the date of this certificate.",
            "Mit dieser Bestätigung wird der Leasinggeber zur Zahlung an den Lieferanten "
            "angewiesen. Die Grundmietzeit beginnt mit dem Übernahmedatum.",
            "Le locataire autorise le bailleur à régler le fournisseur. La durée de location court "
            "à compter de la date du présent procès-verbal.",
        ),
        s.size - 1,
    )
    y = max(f.y + 20, hh - m - 7 * len(h.foot) - 120)
    p.text(m, y, tr(lg, "Date of acceptance", "Übernahmedatum", "Date de réception"), s.font, 7.5)
    scribble(p, m, y + 18, short(d, lg))
    p.line(m, y + 22, m + 150, y + 22)
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "Signed for the Lessee",
            "Unterschrift / Stempel Leasingnehmer",
            "Signature et cachet du locataire",
        ),
        s.font,
        7.5,
    )
    sign(p, w / 2 + 10, y + 30, c.contact)
    p.line(w / 2, y + 34, w - m, y + 34)
    scribble(p, w / 2, y + 48, c.contact, 8.5)
    if rng.random() < 0.6:
        stamp(
            p,
            w / 2 + rng.uniform(10, 60),
            y + 54,
            [c.name.upper()[:28], c.street[:28], c.town[:28]],
        )
    note(c, d, ref, items)
    return close(f.pages, s, h, "none")


# ---------------------------------------------------------------------------------------------
# Templates II: onboarding and the customer's own letters
# ---------------------------------------------------------------------------------------------

ONBOARD = {
    "en": [
        (
            "Contacts and access",
            [
                "Main contact and escalation contacts recorded",
                "Authorised requesters list signed",
                "Out-of-hours contact number",
                "Site access / alarm codes",
                "Parking and visitor arrangements",
            ],
        ),
        (
            "Network and site",
            [
                "Broadband provider and circuit ID",
                "Router / firewall admin handed over",
                "Network diagram received",
                "Wi-Fi SSIDs and keys documented",
                "Comms cabinet location photographed",
                "UPS present and tested",
            ],
        ),
        (
            "Accounts and licences",
            [
                "Global admin credentials transferred to vault",
                "Microsoft 365 tenant linked to partner",
                "Licence count agreed",
                "Domain registrar access",
                "DNS records exported",
                "Line-of-business applications listed",
            ],
        ),
        (
            "Security and backup",
            [
                "RMM agent deployed to all devices",
                "EDR installed",
                "Backup configured and first job successful",
                "MFA enforced for admins",
                "Old provider's access removed",
            ],
        ),
        (
            "Handover",
            [
                "Welcome pack sent to users",
                "Service desk details communicated",
                "First monthly review booked",
            ],
        ),
    ],
    "de": [
        (
            "Ansprechpartner und Zugang",
            [
                "Hauptansprechpartner und Eskalation erfasst",
                "Liste berechtigter Auftraggeber unterschrieben",
                "Notfallnummer außerhalb der Servicezeit",
                "Zutritt / Alarmanlage",
                "Parken und Besucheranmeldung",
            ],
        ),
        (
            "Netzwerk und Standort",
            [
                "Internetanbieter und Leitungs-ID",
                "Zugang Router / Firewall",
                "Netzplan erhalten",
                "WLAN-SSIDs und Schlüssel dokumentiert",
                "Serverschrank fotografiert",
                "USV vorhanden und geprüft",
            ],
        ),
        (
            "Konten und Lizenzen",
            [
                "Admin-Zugangsdaten im Passworttresor",
                "Microsoft 365 Tenant mit Partner verknüpft",
                "Lizenzanzahl abgestimmt",
                "Zugang Domain-Registrar",
                "DNS-Einträge exportiert",
                "Fachanwendungen erfasst",
            ],
        ),
        (
            "Sicherheit und Datensicherung",
            [
                "RMM-Agent auf allen Geräten",
                "EDR installiert",
                "Sicherung eingerichtet, erster Lauf erfolgreich",
                "MFA für Administratoren",
                "Zugänge Altdienstleister entfernt",
            ],
        ),
        (
            "Übergabe",
            [
                "Willkommensinfo an Benutzer",
                "Servicedesk-Kontakt bekannt gegeben",
                "Erster Monatstermin vereinbart",
            ],
        ),
    ],
    "fr": [
        (
            "Contacts et accès",
            [
                "Contact principal et escalade renseignés",
                "Liste des demandeurs autorisés signée",
                "Numéro d'astreinte",
                "Accès au site / codes alarme",
                "Stationnement et accueil",
            ],
        ),
        (
            "Réseau et site",
            [
                "Opérateur et référence du lien",
                "Accès administrateur pare-feu",
                "Schéma réseau reçu",
                "SSID Wi-Fi et clés documentés",
                "Baie de brassage photographiée",
                "Onduleur présent et testé",
            ],
        ),
        (
            "Comptes et licences",
            [
                "Identifiants admin placés dans le coffre",
                "Tenant Microsoft 365 rattaché",
                "Nombre de licences validé",
                "Accès au registrar",
                "Zone DNS exportée",
                "Applications métier recensées",
            ],
        ),
        (
            "Sécurité et sauvegarde",
            [
                "Agent RMM déployé",
                "EDR installé",
                "Sauvegarde configurée, premier job réussi",
                "MFA imposée aux administrateurs",
                "Accès de l'ancien prestataire supprimés",
            ],
        ),
        (
            "Passation",
            [
                "Kit de bienvenue envoyé",
                "Coordonnées du support communiquées",
                "Première revue mensuelle planifiée",
            ],
        ),
    ],
}


def tpl_onboarding(rng: random.Random, who: Issuer) -> list[Page]:
    """The provider's customer onboarding checklist, filled in by hand over two or three pages:
    customer fields, sections of tasks with done ticks, initials, dates and notes, and the
    sign-off at the end."""
    h = msp_head()
    lg = h.lang
    c = the_client(rng)
    d = on(rng)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    title = tr(
        lg,
        "Customer Onboarding Checklist",
        "Checkliste Kunden-Onboarding",
        "Check-list d'intégration client",
    )
    f = sheets(s, h, f"{title} - {c.name}")
    caption(f, s, title, 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), c.name),
            (tr(lg, "Go-live date", "Startdatum", "Date de démarrage"), short(d, lg)),
            (
                tr(lg, "Users / devices", "Benutzer / Geräte", "Utilisateurs / postes"),
                f"{c.users} / {c.users + rng.randint(2, 12)}",
            ),
            (tr(lg, "Onboarding engineer", "Techniker", "Technicien"), staff(h, "eng0")),
        ],
        per=2,
        tall=24,
    )
    progress = rng.uniform(0.55, 1.0)
    eng = staff(h, "eng0")
    ini = "".join(x[0] for x in eng.split())
    cols = columns(
        m, w - m, [(0.5, "center"), (5, "left"), (0.7, "center"), (1.1, "left"), (2.2, "left")]
    )
    for sec, tasks in ONBOARD[lg]:
        f.need(60)
        f.y = band(f.page, s, f.y + 10, sec) + 8
        for t in tasks:
            f.need(20)
            done = rng.random() < progress
            box(f.page, cols[0][0] + 2, f.y + 2, done, 9)
            cell(f.page, cols[1], f.y, t, s.font, s.size - 1)
            if done:
                cell(f.page, cols[2], f.y, ini, HAND, 9)
                cell(
                    f.page,
                    cols[3],
                    f.y,
                    short(d - timedelta(days=rng.randint(0, 20)), lg)[:5],
                    HAND,
                    9,
                )
                if rng.random() < 0.2:
                    cell(f.page, cols[4], f.y, words(rng, lg, "it", 3), HAND, 8.5)
            elif rng.random() < 0.4:
                cell(
                    f.page,
                    cols[4],
                    f.y,
                    rng.choice(
                        [
                            tr(lg, "chase customer", "Kunde fragen", "relancer client"),
                            tr(lg, "wk 2", "KW 2", "sem. 2"),
                            "n/a",
                        ]
                    ),
                    HAND,
                    8.5,
                )
            f.page.line(m, f.y + 5, w - m, f.y + 5)
            f.y += 18
    f.need(120)
    f.y = band(f.page, s, f.y + 12, tr(lg, "Notes", "Notizen", "Remarques")) + 6
    for _ in range(3):
        if rng.random() < 0.5:
            scribble(
                f.page, m + 4, f.y + 10, fit(words(rng, lg, "it", 7), HAND, 9.5, w - 2 * m - 8)
            )
        f.page.line(m, f.y + 14, w - m, f.y + 14)
        f.y += 18
    f.y += 14
    if progress > 0.8:
        f.need(80)
        f.y = sig_pair(
            f.page,
            s,
            f.y,
            (h.name, eng),
            (c.name, c.contact),
            lg,
            (True, rng.random() < 0.6),
            short(d, lg),
        )
    note(c, d)
    return close(
        f.pages, s, h, rng.choice([h.numbers, "Page {i} of {n}" if lg == "en" else "{i}/{n}"])
    )


LETTER_TOPICS = {
    "en": [
        ("Repeated email outages", "complaint"),
        ("Notice of termination", "notice"),
        ("Additional users from next month", "request"),
        ("Quote for office move", "request"),
        ("Service credit for outage", "complaint"),
    ],
    "de": [
        ("Wiederholte E-Mail-Störungen", "complaint"),
        ("Kündigung des Servicevertrags", "notice"),
        ("Zusätzliche Arbeitsplätze ab nächstem Monat", "request"),
        ("Angebot für Umzug unseres Büros", "request"),
        ("Gutschrift wegen Ausfall", "complaint"),
    ],
    "fr": [
        ("Pannes répétées de la messagerie", "complaint"),
        ("Résiliation du contrat", "notice"),
        ("Postes supplémentaires le mois prochain", "request"),
        ("Devis pour notre déménagement", "request"),
        ("Pénalité suite à l'incident", "complaint"),
    ],
}


def tpl_customer_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's letter to the provider on the customer's own paper (a complaint about
    outages, a notice of termination, a request), signed, often stamped received; a complaint
    sometimes encloses a page of printed screenshots with notes."""
    lg = home()
    c = the_client(rng, ("support_report", "service_invoice"))
    h = client_head(c, lg)
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.3 else A4)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    subject, kind = rng.choice(LETTER_TOPICS[lg])
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        msp_lines(
            lg,
            tr(lg, "FAO Account Manager", "z. Hd. Vertrieb", "À l'attention du service commercial"),
        ),
        d,
        [(tr(lg, "Customer no.", "Kunden-Nr.", "Réf. client"), c.code)],
    )
    f.page.text(m, f.y, subject, s.bold, s.size + 1)
    f.y += 20
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += 18
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "legal" if kind == "notice" else "it", 2, 4))
    regards(
        f,
        s,
        lg,
        c.contact,
        rng.choice(
            [
                tr(lg, "Practice Manager", "Büroleitung", "Responsable administratif"),
                tr(lg, "Office Manager", "Geschäftsführung", "Gérant"),
            ]
        ),
    )
    received(rng, f.pages[0], lg, d, 0.6)
    pages = f.pages
    if kind == "complaint" and rng.random() < 0.45:
        q = Page(s.page_size)
        q.text(
            m,
            m,
            tr(lg, "Enclosure: screenshots", "Anlage: Bildschirmfotos", "Pièce jointe : captures"),
            s.bold,
            s.size,
        )
        y = m + 20
        for _ in range(2):
            ph = (hh - 2 * m - 80) / 2 - 20
            photo(q, m, y, w - 2 * m, ph, rng)
            q.rect(m, y, w - 2 * m, 14, fill=0.85)
            q.text(
                m + 6,
                y + 10,
                fit(
                    rng.choice(["Outlook", "Microsoft Teams", "VPN Client", "Explorer"])
                    + " - "
                    + words(rng, lg, "it", 4),
                    "Helvetica",
                    7,
                    w - 2 * m - 12,
                ),
                "Helvetica",
                7,
            )
            scribble(q, m + 10, y + ph + 14, fit(words(rng, lg, "it", 6), HAND, 9, w - 2 * m), 9)
            y += ph + 34
        pages.append(q)
    note(c, d)
    return close(pages, s, h, "none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same customer."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "msa": tpl_msa,
    "dpa": tpl_dpa,
    "order_form": tpl_order_form,
    "delivery_note": tpl_delivery_note,
    "hardware_invoice": tpl_hardware_invoice,
    "rma": tpl_rma,
    "credit_note": tpl_credit_note,
    "support_report": tpl_support_report,
    "service_invoice": tpl_service_invoice,
    "licence_certificate": tpl_licence_certificate,
    "renewal_notice": tpl_renewal_notice,
    "pentest": tpl_pentest,
    "change_request": tpl_change_request,
    "job_sheet": tpl_job_sheet,
    "carrier_invoice": tpl_carrier_invoice,
    "lease_agreement": tpl_lease_agreement,
    "acceptance_certificate": tpl_acceptance,
    "onboarding_checklist": tpl_onboarding,
    "customer_letter": tpl_customer_letter,
}
TEMPLATES_II: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = ("job_sheet", "renewal_notice", "credit_note", "rma", "licence_certificate")
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "msa": "dpa",
    "order_form": "delivery_note",
    "delivery_note": "hardware_invoice",
    "rma": "credit_note",
    "carrier_invoice": "credit_note",
    "lease_agreement": "acceptance_certificate",
    "pentest": "change_request",
    "customer_letter": "change_request",
    "support_report": "service_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_bushel_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One office's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.55) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The office
    (country, provider, customers, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["msp"] = r.randrange(2)
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    CLIENTS[:] = [a_client(r, row, lang) for row in SENDERS["customer"][lang]]
    LAST.update(kind="", client=None, day=None, ref="", items=None, role="")
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_II, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_bushel_stream, "templates II")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Hopper part of the generated corpus: templates ZZ, written blind for the next measurement.

A part of its own, ``hopper``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
commercial cleaning company (office, school and hospital contracts, about sixty staff, in
England, Germany or France) feeds through its scanner: the company's cleaning service contracts
(Reinigungsvertrag, contrat de prestations de nettoyage) with their clauses, the specification
schedule on landscape pages, the price schedule and the signature page; clients' invitations to
tender (Aufforderung zur Angebotsabgabe, règlement de la consultation) with the covering
letter, the instructions, the schedule of areas on landscape pages and the blank form of
tender; the company's tender responses with the cover sheet, the method statement, the pricing
schedule and the signed form of tender; site cleaning sign-off sheets (washroom and area
cleaning records, Reinigungsnachweis, fiche de traçabilité) filled in by hand; clients' service
failure notices (Mängelanzeige, fiche de non-conformité) with photographs or as a letter, and
the company's corrective action reports; quality audit reports with a summary page and the
room-by-room score tables; clocking system attendance exception reports; chemical suppliers'
invoices, now and then with the conditions of sale on the back; the suppliers' safety data
sheets (Sicherheitsdatenblatt, fiche de données de sécurité) in sixteen sections, sometimes
with a covering letter; the company's COSHH assessments (Betriebsanweisung nach GefStoffV,
notice de poste); floorcare engineers' repair invoices with the service report behind;
equipment hire invoices; the company's payroll input to the payroll bureau (hours return on
landscape pages, now and then behind a cover sheet); clients' works orders for periodic and
one-off cleaning, sometimes with the order conditions, and the company's job completion sheets
signed on site; toolbox talk and instruction attendance records (Unterweisungsnachweis, feuille
d'émargement) with the attendees' signatures; washroom hygiene service dockets on till-roll
slips or A6; employee liability information for a contract changing hands (TUPE,
Personalübergang nach § 613a BGB, reprise du personnel) as a letter with the staff list on
landscape pages; window cleaning subcontractors' invoices from a duplicate book or on A4. Each
stream is one company's pile: the company (country, name, month, clients and their sites,
staff) is drawn once per stream; its outside senders are of the company's country and write in
its language, except that a chemical maker, a machine maker or a supplier is now and then from
abroad and writes in its own. Page sizes range from till-roll slips, A6 and A5 to A4, Letter
and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
clauses, the specification and price schedules and the signature page of a service contract;
the covering letter, the instructions, the schedule of areas and the form of tender of an
invitation to tender; the cover sheet, the method statement, the pricing schedule and the form
of tender of a tender response; the photograph page of a service failure notice; the summary
and every score page of an audit report; every page of a clocking report; the conditions of
sale on the back of a chemical invoice; the covering letter and all sixteen sections of a
safety data sheet; the service report behind a repair invoice; the cover sheet and every page
of a payroll input; the order conditions of a works order; the handout page of an attendance
record; the covering letter and the staff list of employee liability information. Related
papers are documents of their own: the tender response after the invitation, the corrective
action report after the service failure notice, the safety data sheet after the chemical
invoice and the COSHH assessment after the safety data sheet, the completion sheet after the
works order, the employee liability information after the service contract; and so is each
sign-off sheet, audit report, chemical invoice, hire invoice, works order, attendance record,
hygiene docket and subcontractor's invoice, even when several from one sender follow each
other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: sign-off sheets, audit reports,
chemical invoices, hire invoices, works orders, attendance records, hygiene dockets and
subcontractors' invoices often come 2-4 in a row from one sender with other sites, dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers, about the same site or product. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "hopper"`` and
seeds offset by 5_100_000.

Usage: ``python benchmarks/corpus_hopper.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/hopper/hopper_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
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
    box,
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
    photo,
    running_header,
    serial,
    short,
    shrink,
    stamp,
    table,
    ticks,
    tr,
    tw,
    wrap,
    write,
)
from corpus_kit import address as window

PART = "hopper"
SEED_OFFSET = 5_100_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the cleaning company and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FIRMS: dict[str, list[Row]] = {
    "en": [
        (
            "Brightwell Cleaning Services Ltd",
            "Unit 7, Lowfields Business Park",
            "Leeds LS12 6BD",
            "0113 279 4410",
        ),
        ("Sparkle & Shine Commercial Cleaning Ltd", "42 Station Road", "Reading RG1 1LX", ""),
        (
            "ProClean Facilities (Midlands) Ltd",
            "Kingsbury House, 3 Bath Street",
            "Walsall WS1 3DE",
            "01922 611 870",
        ),
    ],
    "de": [
        (
            "Glanzwerk Gebäudereinigung GmbH",
            "Gutenbergstraße 21",
            "44139 Dortmund",
            "0231 55 70 31",
        ),
        (
            "Rheinblick Gebäudedienste GmbH & Co. KG",
            "Mainzer Straße 88",
            "65189 Wiesbaden",
            "0611 44 72 90",
        ),
        ("Sauber & Partner Reinigungsservice", "Industriestraße 5", "90765 Fürth", "0911 76 30 12"),
    ],
    "fr": [
        ("Net'Pro Services Propreté SARL", "14 rue Ampère", "31300 Toulouse", "05 61 42 77 18"),
        (
            "Clair Horizon Nettoyage SAS",
            "ZA des Portes, 6 allée des Tilleuls",
            "44300 Nantes",
            "02 40 93 18 60",
        ),
        ("Brillance Multiservices", "27 avenue Jean Jaurès", "67100 Strasbourg", "03 88 34 52 07"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "client": {
        "en": [
            (
                "Wharfe Valley Hospitals NHS Foundation Trust - Estates & Facilities",
                "Skipton Road",
                "Keighley BD20 6TD",
                "01535 652 511",
            ),
            ("St Aidan's Church of England Academy", "Hollins Lane", "Harrogate HG2 7AF", ""),
            ("Wellington Place Management Ltd", "4 Wellington Place", "Leeds LS1 4AP", ""),
            (
                "Kirkdale Borough Council - Corporate Procurement",
                "Princess Buildings, Princess St",
                "Halifax HX1 1TS",
                "",
            ),
            (
                "Harbour Mutual Insurance plc",
                "Harbour House, 60 Forbury Road",
                "Reading RG1 3EJ",
                "",
            ),
            ("Thornbury Primary School", "Thornbury Road", "Walsall WS2 8PQ", "01922 721 430"),
        ],
        "de": [
            (
                "Klinikum Nordstadt gGmbH - Abteilung Hauswirtschaft",
                "Münsterstraße 240",
                "44145 Dortmund",
                "",
            ),
            ("Stadt Wiesbaden - Hochbauamt", "Gustav-Stresemann-Ring 15", "65189 Wiesbaden", ""),
            ("Gesamtschule am Westpark", "Lindemannstraße 30", "44137 Dortmund", ""),
            ("Westfalia Versicherung AG", "Königswall 21", "44137 Dortmund", "0231 93 40"),
            ("Technologiepark Fürth Verwaltungs GmbH", "Würzburger Straße 35", "90766 Fürth", ""),
            ("Evangelisches Seniorenzentrum Talblick", "Am Kurpark 4", "65191 Wiesbaden", ""),
        ],
        "fr": [
            (
                "Centre hospitalier de Lombez-Garonne - Direction des achats",
                "Place du Dr Baylac",
                "31059 Toulouse",
                "",
            ),
            ("Lycée Anne de Kervélec", "3 rue du Bocage", "44000 Nantes", ""),
            (
                "Mairie de Rezé - Service de la commande publique",
                "Place Jean-Baptiste Daviais",
                "44400 Rezé",
                "",
            ),
            ("Mutuelle Atlantique Santé", "10 boulevard Vincent Gâche", "44200 Nantes", ""),
            ("Espace Wilson Bureaux SCI", "5 place Wilson", "31000 Toulouse", ""),
            ("Collège Jean Monnet", "9 rue de Lausanne", "67000 Strasbourg", ""),
        ],
    },
    "chemical": {
        "en": [
            (
                "Pennine Hygiene Chemicals Ltd",
                "Canal Wharf",
                "Huddersfield HD1 6QF",
                "01484 530 770",
            ),
            (
                "Clearwater Professional Products Ltd",
                "Unit 12, Hawkfield Way",
                "Bristol BS14 0BY",
                "",
            ),
            ("Swiftclean Supplies (UK) Ltd", "Whitehall Road", "Leeds LS12 5JB", "0113 263 0044"),
        ],
        "de": [
            ("Dr. Brenner Reinigungschemie GmbH", "Chemiestraße 12", "67063 Ludwigshafen", ""),
            ("Hygiena Profi-Chemie GmbH", "Im Gewerbepark 9", "33334 Gütersloh", "05241 90 12 0"),
            ("Reinex Fachgroßhandel KG", "Hafenstraße 41", "44147 Dortmund", ""),
        ],
        "fr": [
            ("Chimie Ouest Hygiène SAS", "ZI de la Lande", "44800 Saint-Herblain", ""),
            ("Laboratoires Netalis", "8 avenue de l'Europe", "31520 Ramonville", "05 62 19 44 00"),
            ("Distri-Propreté Grand Est", "12 rue du Port du Rhin", "67100 Strasbourg", ""),
        ],
    },
    "engineer": {
        "en": [
            ("Midshire Floorcare Engineering", "Unit 3, Bloxwich Lane", "Walsall WS2 8TF", ""),
            (
                "Northern Machine Services Ltd",
                "Stanningley Road",
                "Leeds LS13 3LN",
                "0113 256 9980",
            ),
        ],
        "de": [
            ("Service-Technik Wolff", "Hansastraße 77", "44137 Dortmund", "0231 72 40 66"),
            ("Reinigungsmaschinen Kuhn GmbH", "Schwabacher Straße 190", "90763 Fürth", ""),
        ],
        "fr": [
            ("SAV Autolaveuses Sud-Ouest", "21 chemin de la Salade Ponsan", "31400 Toulouse", ""),
            ("Atelier Machines Propreté 44", "Rue de l'Étier", "44300 Nantes", ""),
        ],
    },
    "hire": {
        "en": [
            ("Floorcare Hire Direct Ltd", "Howley Park Road", "Morley LS27 0BN", "0113 252 0300"),
            ("Apex Equipment Rental", "Armstrong Road", "Reading RG2 0QX", ""),
        ],
        "de": [
            ("Becker Mietpark Reinigungstechnik", "Emscherallee 14", "44149 Dortmund", ""),
            ("Mietwerk Rhein-Main GmbH", "Kasteler Straße 60", "65203 Wiesbaden", ""),
        ],
        "fr": [
            ("Loc'Nettoyage Pro", "ZA Montredon, 4 rue Hermès", "31240 L'Union", ""),
            ("Locamat Agence Nantes Est", "Route de Paris", "44300 Nantes", ""),
        ],
    },
    "bureau": {
        "en": [
            ("Payline Bureau Services Ltd", "2 Park Place", "Leeds LS1 2RU", "0113 245 1212"),
            ("Thames Valley Payroll Ltd", "14 Friar Street", "Reading RG1 1DB", ""),
        ],
        "de": [
            ("Lohnbüro Schäfer & Kollegen", "Westenhellweg 60", "44137 Dortmund", ""),
            (
                "Steuerkanzlei Dr. Mertens - Lohnbuchhaltung",
                "Wilhelmstraße 4",
                "65183 Wiesbaden",
                "",
            ),
        ],
        "fr": [
            ("Cabinet Paie Conseil Garonne", "3 allées Jean Jaurès", "31000 Toulouse", ""),
            ("Expertis Social Ouest", "1 quai de Versailles", "44000 Nantes", ""),
        ],
    },
    "hygiene": {
        "en": [
            ("FreshRoom Washroom Services Ltd", "Unit 9, Fieldhead", "Bradford BD7 1PU", ""),
            ("Hygienix UK Ltd", "Calleva Park", "Aldermaston RG7 8AA", "0118 981 2200"),
        ],
        "de": [
            ("Hygieneservice Nord GmbH", "Rheinlanddamm 199", "44139 Dortmund", ""),
            ("CleanAir Waschraumhygiene", "Biebricher Allee 100", "65187 Wiesbaden", ""),
        ],
        "fr": [
            ("Sanitaires Service Ouest", "6 rue de la Bavière", "44240 La Chapelle-sur-Erdre", ""),
            ("Hygia Sud Services", "40 route d'Espagne", "31100 Toulouse", ""),
        ],
    },
    "windows": {
        "en": [
            (
                "A. Walsh Window Cleaning",
                "17 Ashfield Crescent",
                "Pudsey LS28 9EB",
                "07788 412 905",
            ),
            ("ClearView Windows & Gutters", "3 Mill Row", "Tilehurst RG31 5AA", "07912 338 004"),
        ],
        "de": [
            ("Glasreinigung Pohl", "Kampstraße 8", "44137 Dortmund", "0172 448 31 09"),
            ("Fensterputz Yilmaz", "Dotzheimer Straße 140", "65197 Wiesbaden", ""),
        ],
        "fr": [
            (
                "Vitres Express - M. Garcia",
                "12 impasse des Pins",
                "31200 Toulouse",
                "06 71 28 40 15",
            ),
            ("Lav'Vitres Atlantique", "4 rue des Salorges", "44100 Nantes", ""),
        ],
    },
    "outgoing": {
        "en": [
            ("Crystal Contract Services Ltd", "Pacific House, Oakwood Rd", "Bradford BD3 9JJ", ""),
            ("Meridian Facilities Group plc", "1 Kings Road", "Reading RG1 3AR", ""),
        ],
        "de": [
            ("Perfekt Gebäudeservice GmbH", "Planetenfeldstraße 100", "44379 Dortmund", ""),
            ("Hessen Facility Services GmbH", "Hagenauer Straße 42", "65203 Wiesbaden", ""),
        ],
        "fr": [
            ("Azur Propreté Industrielle SAS", "85 avenue des États-Unis", "31200 Toulouse", ""),
            ("Onet Ouest Agence de Nantes", "7 rue du Chemin Rouge", "44300 Nantes", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Karen", "Gary", "Lorraine", "Mohammed", "Tracey", "Paul", "Agnieszka", "Dean", "Julie"],
    "de": ["Monika", "Ralf", "Dragana", "Sven", "Petra", "Ahmet", "Birgit", "Uwe", "Natalia"],
    "fr": ["Sylvie", "Karim", "Fatou", "Thierry", "Nadia", "Ludovic", "Maria", "Cédric", "Aline"],
}
LASTS = {
    "en": ["Hargreaves", "Kowalski", "Boyle", "Hussain", "Sutcliffe", "Pearson", "Nowak", "Lister"],
    "de": ["Krämer", "Yildiz", "Petrovic", "Schulte", "Brinkmann", "Lange", "Öztürk", "Wessel"],
    "fr": ["Diallo", "Marchand", "Da Silva", "Lemoine", "Bouzid", "Rivière", "Tessier", "Pinto"],
}
FEMALE = {
    "Karen",
    "Lorraine",
    "Tracey",
    "Agnieszka",
    "Julie",
    "Monika",
    "Dragana",
    "Petra",
    "Birgit",
    "Natalia",
    "Sylvie",
    "Fatou",
    "Nadia",
    "Maria",
    "Aline",
}

TALK = {
    "en": {
        "clean": "floors washrooms bins touch points vacuum mop dusting consumables corridors "
        "offices kitchen areas stairwells entrance matting high level surfaces spillages "
        "sanitary fittings operatives supervisor daily weekly periodic",
        "legal": "contractor client services specification term termination notice liability "
        "insurance indemnity payment variation confidentiality staff subcontract dispute",
        "quality": "audit standard score inspection monitoring elements rooms failure "
        "rectification target performance frequency report corrective action supervisor",
        "chem": "product mixture hazard exposure skin eyes ventilation gloves dilution storage "
        "container spillage disposal concentration vapour contact irritation",
        "money": "invoice payment account balance due amount reference period charges terms "
        "settlement order delivery",
        "staff": "employees hours shifts rota holiday training induction sickness overtime "
        "contract pay records pension site supervisor",
    },
    "de": {
        "clean": "Böden Sanitärräume Abfallbehälter Kontaktflächen saugen wischen Staub "
        "Verbrauchsmaterial Flure Büros Teeküchen Treppenhäuser Sauberlaufzonen Glasflächen "
        "Objektleitung Reinigungskräfte täglich wöchentlich Grundreinigung",
        "legal": "Auftragnehmer Auftraggeber Leistungen Leistungsverzeichnis Laufzeit Kündigung "
        "Haftung Versicherung Vergütung Änderungen Verschwiegenheit Personal Nachunternehmer",
        "quality": "Qualitätskontrolle Bewertung Prüfung Räume Mängel Nachbesserung Zielwert "
        "Leistungswerte Intervall Bericht Maßnahmen Objektleitung Stichprobe",
        "chem": "Produkt Gemisch Gefahr Exposition Haut Augen Lüftung Handschuhe Dosierung "
        "Lagerung Behälter Leckage Entsorgung Konzentration Dämpfe Reizung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Zeitraum Gebühren "
        "Zahlungsziel Auftrag Lieferung",
        "staff": "Mitarbeiter Stunden Schichten Einsatzplan Urlaub Unterweisung Krankheit "
        "Mehrarbeit Arbeitsvertrag Lohn Nachweise Objekt Vorarbeiterin",
    },
    "fr": {
        "clean": "sols sanitaires corbeilles points de contact aspiration lavage dépoussiérage "
        "consommables circulations bureaux offices escaliers tapis vitrerie "
        "chef d'équipe agents quotidien hebdomadaire remise en état",
        "legal": "titulaire client prestations cahier des charges durée résiliation préavis "
        "responsabilité assurance prix avenant confidentialité personnel sous-traitance litige",
        "quality": "contrôle qualité notation locaux non-conformité correction objectif "
        "indicateurs fréquence rapport actions correctives chef de site échantillon",
        "chem": "produit mélange danger exposition peau yeux ventilation gants dilution "
        "stockage récipient déversement élimination concentration vapeurs irritation",
        "money": "facture paiement compte solde échéance montant référence période frais "
        "règlement commande livraison",
        "staff": "salariés heures vacations planning congés formation absence heures "
        "complémentaires contrat paie site chef d'équipe",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as all all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im alle",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une tous",
}


def words(rng: random.Random, lang: str, topic: str = "clean", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "clean", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The company of a stream: its country, month, clients, sites and staff
# ---------------------------------------------------------------------------------------------

FIRM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same site or product).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(FIRM["lang"])


def month() -> date:
    m = FIRM["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a repeat keeps
    its sender."""
    text = f"hopper/{key}/{who.name}/{who.street}/{who.city}/{FIRM['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def firm_rng(key: str) -> random.Random:
    """Draws fixed for the stream's company (its staff, its habits)."""
    return random.Random(zlib.crc32(f"hopper/firm/{key}/{FIRM['seed']}".encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def previous(kind: str) -> object:
    """The previous document's extra if it was of ``kind``, else None."""
    return LAST["extra"] if after((kind,)) else None


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def crew(n: int) -> list[str]:
    """The first ``n`` of the company's operatives (the same all through one stream)."""
    r = firm_rng("crew")
    lg = home()
    out: list[str] = []
    while len(out) < 24:
        name = person(r, lg)
        if name not in out:
            out.append(name)
    return out[: min(n, 24)]


def names(rng: random.Random, lang: str, n: int, taken: list[str] | None = None) -> list[str]:
    """``n`` different names of people of ``lang``, none of them in ``taken``."""
    out: list[str] = []
    seen = set(taken or [])
    for _ in range(n * 20):
        nm = person(rng, lang)
        if nm not in seen:
            seen.add(nm)
            out.append(nm)
        if len(out) == n:
            break
    return out


def manager(tag: str) -> str:
    """One of the company's office staff (operations manager, area supervisor, payroll)."""
    return person(firm_rng(f"staff/{tag}"), home())


SITE_KINDS = {
    "en": ["Main Building", "Block B", "Ward Block 3", "Sports Hall", "Admin Offices", "Annexe"],
    "de": ["Hauptgebäude", "Haus B", "Bettenhaus 2", "Turnhalle", "Verwaltung", "Neubau"],
    "fr": ["Bâtiment A", "Bâtiment B", "Pavillon 3", "Gymnase", "Administration", "Annexe"],
}


@dataclass
class Site:
    client: Row
    lang: str
    name: str
    street: str
    town: str
    hours: float  # cleaning hours per week
    kind: str  # hospital | school | office


def kind_of(row: Row) -> str:
    n = row[0].lower()
    if any(t in n for t in ("hospital", "klinikum", "hospitalier", "senioren")):
        return "hospital"
    if any(t in n for t in ("school", "academy", "schule", "lycée", "collège")):
        return "school"
    return "office"


def a_site(rng: random.Random, lang: str | None = None, row: Row | None = None) -> Site:
    """A client site of the stream's company."""
    lg = lang or home()
    row = row or rng.choice(SENDERS["client"][lg])
    r = random.Random(zlib.crc32(f"hopper/site/{row[0]}/{FIRM['seed']}".encode()))
    part = rng.choice(SITE_KINDS[lg]) if rng.random() < 0.6 else ""
    base = row[0].split(" - ")[0]
    return Site(
        client=row,
        lang=lg,
        name=f"{base}, {part}" if part else base,
        street=row[1],
        town=row[2],
        hours=float(r.choice([38, 55, 72.5, 96, 140, 210, 26])),
        kind=kind_of(row),
    )


def site_for(rng: random.Random, kinds: tuple[str, ...]) -> Site:
    """The previous document's site if it was one of ``kinds``, else a new one."""
    ex = LAST["extra"]
    if after(kinds) and isinstance(ex, Site):
        return ex
    return a_site(rng)


def client_site(who: Issuer) -> Site:
    """The client site ``who`` stands for (the same for one issuer within a stream)."""
    r = keyed(who, "client")
    return a_site(r)


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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "- {i} -", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINES = {
    "firm": (
        "Contract cleaning - Offices, Schools, Healthcare",
        "Gebäudereinigung - Unterhalts-, Glas- und Sonderreinigung",
        "Propreté - Entretien de locaux - Vitrerie",
    ),
    "chemical": (
        "Professional cleaning & hygiene products",
        "Reinigungs- und Pflegemittel für Profis",
        "Produits d'hygiène professionnels",
    ),
    "engineer": (
        "Sales - Service - Repairs",
        "Verkauf - Wartung - Reparatur",
        "Vente - Maintenance - Réparation",
    ),
    "hire": ("Equipment hire", "Maschinenvermietung", "Location de matériel"),
    "hygiene": ("Washroom hygiene services", "Waschraumhygiene", "Hygiène des sanitaires"),
    "windows": (
        "Window cleaning - Reach & wash",
        "Glas- und Rahmenreinigung",
        "Nettoyage de vitres",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("client",) and r.random() < 0.6:
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Dortmund", "Wiesbadener Volksbank", "Sparkasse Fürth"])
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Dortmund', 'Wiesbaden', 'Fürth', 'Gütersloh'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dirk Schaefers", "Anja Vollmer", "Kemal Aslan", "Jutta Reimann"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['8121Z', '8122Z', '4674B', '7732Z'])}"]
        if r.random() < 0.7:
            out.append(f"TVA intracommunautaire FR{r.randint(10, 99)} {siret[:11]}")
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "PLC", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "firm":
        out.append(
            r.choice(["ISO 9001 / ISO 14001", "Member of the BCC", "SafeContractor approved"])
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"hopper/head/{name}/{FIRM['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "client" and any(
        t in name for t in ("NHS", "Council", "Stadt", "Mairie", "hospitalier", "Klinikum")
    ):
        looks = ["official"]
        font, bold = ("Helvetica", "Helvetica-Bold")
    elif role == "windows":
        looks = ["plain", "centred", "centred"]
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
        mail=f"{r.choice(['info', 'office', 'contact', 'sales'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def firm_head() -> Head:
    lang = home()
    return make_head(FIRMS[lang][int(FIRM["row"])], lang, "firm")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and company), of the
    company's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def client_head(site: Site) -> Head:
    return make_head(site.client, site.lang, "client")


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
    """A circle drawn as a polygon (round stamps, pictograms)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round company stamp: two rings, the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.3, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.45, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")


def diamond(p: Page, cx: float, cy: float, r: float, mark: str) -> None:
    """A GHS hazard pictogram: a diamond frame with its symbol letter inside."""
    for rr in (r, r - 2.5):
        p.line(cx, cy - rr, cx + rr, cy)
        p.line(cx + rr, cy, cx, cy + rr)
        p.line(cx, cy + rr, cx - rr, cy)
        p.line(cx - rr, cy, cx, cy - rr)
    p.text(cx, cy + 4, mark, "Helvetica-Bold", r * 0.55, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of a public body: a shield outline with bars."""
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
        p.text(w / 2, y, fit(h.name, h.bold, pt, w - 2 * m), h.bold, pt, "center")
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
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if contact:
            p.text(m + 32, yy + 9, fit(contact, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 36
    tag = TAGLINES.get(h.role)
    tagline = tr(h.lang, *tag) if tag else ""
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, fit(h.name.upper(), h.bold, pt, w - 2 * m), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, fit(h.name, h.bold, pt, w - 2 * m), h.bold, pt, "center")
        it = italic_of(h.font)
        line2 = f"{tagline} - {where}" if tagline else where
        p.text(w / 2, y + 15, fit(line2, it, 7.5, w - 2 * m), it, 7.5, "center")
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
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        if tagline and w - 2 * m - bw > 120:
            it = italic_of(h.font)
            p.text(w - m, y + 6, fit(tagline, it, 7.5, w - 2 * m - bw - 10), it, 7.5, "right")
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, fit(h.name, h.bold, pt, w * 0.6 - m), h.bold, pt)
        p.text(m, y + 15, fit(tagline, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 22
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.6 - m)
    p.text(m, y + 2, fit(h.name, h.bold, pt, w * 0.6 - m), h.bold, pt)
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
        if h.again and top:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 8, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[:1].isalpha())[:3].upper()


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the company's received stamp on the first page."""
    if rng.random() < odds:
        lg = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Accounts", "Operations", "Office"],
                        "de": ["Buchhaltung", "Objektleitung", "Büro"],
                        "fr": ["Comptabilité", "Exploitation", "Secrétariat"],
                    }[lg]
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
            ["Yours sincerely", "Kind regards", "Yours faithfully", "Regards"][len(name) % 4],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"hopper/staff/{tag}/{h.name}/{FIRM['seed']}".encode()))
    return person(r, h.lang)


def mx(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def firm_lines(att: str = "") -> list[str]:
    return head_lines(firm_head(), att)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "", label: str = ""
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
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Net à payer TTC"), gross))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


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


TERMS = {
    "en": [
        "Definitions",
        "Orders",
        "Prices",
        "Delivery",
        "Risk and title",
        "Payment",
        "Returns",
        "Warranty",
        "Liability",
        "Force majeure",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise",
        "Lieferung",
        "Gefahrübergang",
        "Zahlung",
        "Eigentumsvorbehalt",
        "Gewährleistung",
        "Haftung",
        "Höhere Gewalt",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix",
        "Livraison",
        "Transfert des risques",
        "Paiement",
        "Réserve de propriété",
        "Garantie",
        "Responsabilité",
        "Force majeure",
        "Données personnelles",
        "Juridiction",
    ],
}


def signature_block(
    p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str, signed: bool = True
) -> float:
    """A signature line with a caption and the printed name; the y below."""
    if signed:
        scrawl(p, x + 4, y + 22, name, 12)
    p.line(x, y + 26, x + w, y + 26)
    p.text(x, y + 36, fit(cap, s.font, 7.5, w), s.font, 7.5)
    p.text(x, y + 46, fit(name, s.font, 7.5, w), s.font, 7.5)
    return y + 56


def landscape_flow(s: Style, title: str, h: Head | None = None) -> Sheets:
    """Landscape A4 pages with ``title`` over a rule on every page (and ``h``'s name small)."""
    w, hh = LAND

    def start(p: Page, n: int) -> float:
        m = s.margin
        p.text(m, m - 10, fit(title, s.bold, 10, w * 0.7), s.bold, 10)
        if h is not None:
            p.text(w - m, m - 10, fit(h.name, s.font, 7.5, w * 0.28), s.font, 7.5, "right")
        p.line(m, m - 4, w - m, m - 4)
        return m + 12

    return Sheets((w, hh), hh - s.margin - 10, start)


# ---------------------------------------------------------------------------------------------
# Templates ZZ: contracts and tenders
# ---------------------------------------------------------------------------------------------

AREAS = {
    "en": [
        ("Entrance & reception", "Entrance matting, glass doors, reception desk"),
        ("Offices (open plan)", "Empty bins, vacuum carpets, damp wipe desks"),
        ("Meeting rooms", "Tables, chairs, whiteboards, vacuum"),
        ("Toilets & washrooms", "Clean and disinfect sanitaryware, replenish consumables"),
        ("Kitchens & tea points", "Worktops, sinks, appliances exterior, floors"),
        ("Corridors & stairs", "Vacuum / mop, handrails, touch points"),
        ("Classrooms", "Desks, chairs, floors, bins, sinks"),
        ("Sports hall & changing", "Sweep / mop floor, showers, benches"),
        ("Ward bays (FR2)", "Beds frames, lockers, floors, high touch"),
        ("Lifts", "Doors, panels, floor, mirrors"),
        ("Internal glazing", "Partitions, door glass, spot clean"),
        ("Hard floors periodic", "Scrub and polish / buff"),
    ],
    "de": [
        ("Eingang / Empfang", "Sauberlaufzone, Glastüren, Empfangstresen"),
        ("Büroräume", "Abfallbehälter leeren, Teppich saugen, Tische feucht wischen"),
        ("Besprechungsräume", "Tische, Stühle, Whiteboards, saugen"),
        ("Sanitärräume", "Sanitärobjekte reinigen und desinfizieren, Verbrauchsmaterial"),
        ("Teeküchen", "Arbeitsflächen, Spülen, Geräte außen, Boden"),
        ("Flure / Treppenhäuser", "Saugen / nass wischen, Handläufe, Kontaktflächen"),
        ("Klassenräume", "Tische, Stühle, Böden, Papierkörbe, Waschbecken"),
        ("Turnhalle / Umkleiden", "Hallenboden, Duschen, Bänke"),
        ("Patientenzimmer", "Bettgestelle, Nachttische, Böden, Kontaktflächen"),
        ("Aufzüge", "Türen, Tableau, Boden, Spiegel"),
        ("Glasflächen innen", "Trennwände, Türglas, Fleckentfernung"),
        ("Hartbeläge Grundreinigung", "Grundreinigung und Einpflege"),
    ],
    "fr": [
        ("Hall / accueil", "Tapis, portes vitrées, banque d'accueil"),
        ("Bureaux", "Vidage corbeilles, aspiration, dépoussiérage des plans"),
        ("Salles de réunion", "Tables, chaises, tableaux, aspiration"),
        ("Sanitaires", "Nettoyage et désinfection, réapprovisionnement"),
        ("Offices / cafétéria", "Plans de travail, éviers, électroménager, sols"),
        ("Circulations / escaliers", "Aspiration / lavage, rampes, points de contact"),
        ("Salles de classe", "Tables, chaises, sols, corbeilles, lavabos"),
        ("Gymnase / vestiaires", "Sol sportif, douches, bancs"),
        ("Chambres patients", "Cadres de lit, chevets, sols, points de contact"),
        ("Ascenseurs", "Portes, cabine, sol, miroirs"),
        ("Vitrerie intérieure", "Cloisons, portes vitrées, détachage"),
        ("Sols durs - remise en état", "Décapage et mise en cire / lustrage"),
    ],
}
FREQS = {
    "en": ["Daily", "2x daily", "3x weekly", "Weekly", "Monthly", "Quarterly", "Termly"],
    "de": ["täglich", "2x täglich", "3x wöchentl.", "wöchentl.", "monatl.", "vierteljährl."],
    "fr": ["quotidien", "2x / jour", "3x / sem.", "hebdo.", "mensuel", "trimestriel"],
}
CLAUSES = {
    "en": [
        "Definitions and interpretation",
        "Commencement and term",
        "The Services",
        "Standards and monitoring",
        "Contractor's staff",
        "Security and keys",
        "Health and safety",
        "Materials and equipment",
        "Charges and payment",
        "Price review",
        "Variations",
        "Insurance",
        "Termination",
        "Transfer of undertakings",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Vertragsbeginn und Laufzeit",
        "Leistungsumfang",
        "Qualitätssicherung",
        "Personal des Auftragnehmers",
        "Schlüssel und Sicherheit",
        "Arbeitsschutz",
        "Reinigungsmittel und Geräte",
        "Vergütung und Zahlung",
        "Preisanpassung (Lohnerhöhung Gebäudereiniger-Tarif)",
        "Leistungsänderungen",
        "Haftung und Versicherung",
        "Kündigung",
        "Datenschutz",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet du contrat",
        "Prise d'effet et durée",
        "Description des prestations",
        "Contrôle de la qualité",
        "Personnel du prestataire",
        "Clés et sécurité",
        "Hygiène et sécurité - plan de prévention",
        "Produits et matériels",
        "Prix et modalités de paiement",
        "Révision des prix",
        "Avenants",
        "Responsabilité et assurances",
        "Résiliation",
        "Reprise du personnel",
        "Litiges",
    ],
}


def areas_of(site: Site, lg: str) -> list[tuple[str, str]]:
    """The areas of ``AREAS`` that a site of its kind has (classrooms and a sports hall in a
    school, ward bays in a hospital)."""
    drop = {"school": {8}, "hospital": {6, 7}, "office": {6, 7, 8}}[site.kind]
    return [a for k, a in enumerate(AREAS[lg]) if k not in drop]


def some_areas(rng: random.Random, site: Site, lg: str, lo: int, hi: int) -> list[tuple[str, str]]:
    pool = areas_of(site, lg)
    return rng.sample(pool, min(rng.randint(lo, hi), len(pool)))


def spec_rows(rng: random.Random, lg: str, site: Site, n: int) -> list[list[str]]:
    pick = areas_of(site, lg)
    rows = []
    for area, task in rng.sample(pick, min(n, len(pick))):
        rows.append([area, task, rng.choice(FREQS[lg]), rng.choice(["", "", "*", "P"])])
    return rows


def spec_table(f: Sheets, s: Style, lg: str, rows: list[list[str]]) -> None:
    w, _ = f.size
    m = s.margin
    cols = columns(m, w - m, [(2.4, "left"), (5.2, "left"), (1.6, "left"), (0.8, "center")])
    table(
        f,
        cols,
        [
            tr(lg, "Area", "Bereich", "Zone"),
            tr(lg, "Task", "Leistung", "Prestation"),
            tr(lg, "Frequency", "Turnus", "Fréquence"),
            tr(lg, "Note", "Anm.", "Obs."),
        ],
        rows,
        s,
        size=8,
        rules=True,
        shade=0.87,
        step=1.9,
    )


def tpl_service_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's cleaning service contract with a client: title page with the parties,
    numbered clauses, the specification schedule on landscape pages, the price schedule and a
    signature page for both sides."""
    site = client_site(who)
    h = firm_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    start = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    no = serial(rng, rng.choice(["CSC-99999", "RV-2025-999", "C999/99", "CT-9999"]))
    title = tr(
        lg,
        "Contract for the Provision of Cleaning Services",
        "Vertrag über Unterhaltsreinigung",
        "Contrat de prestations de nettoyage",
    )
    f = sheets(s, h, f"{title} - {no}")
    f.y += 40
    pt = shrink(title.upper(), s.bold, 16, w - 2 * m)
    f.page.text(w / 2, f.y, title.upper(), s.bold, pt, "center")
    f.y += 34
    f.page.text(
        w / 2,
        f.y,
        f"{tr(lg, 'Contract No.', 'Vertrags-Nr.', 'Contrat n°')} {no}",
        s.font,
        10,
        "center",
    )
    f.y += 40
    client = client_head(site)
    for k, (cap, lines) in enumerate(
        [
            (tr(lg, "between", "zwischen", "entre"), [client.name, client.street, client.town]),
            (tr(lg, "and", "und", "et"), [h.name, h.street, h.town]),
        ]
    ):
        f.page.text(w / 2, f.y, cap, italic_of(s.font), 10, "center")
        f.y += 18
        for ln in lines:
            f.page.text(w / 2, f.y, fit(ln, s.bold, 10.5, w - 2 * m), s.bold, 10.5, "center")
            f.y += 14
        f.page.text(
            w / 2,
            f.y,
            tr(
                lg,
                ["(the Client)", "(the Contractor)"][k],
                ["- Auftraggeber -", "- Auftragnehmer -"][k],
                ["ci-après « le Client »", "ci-après « le Prestataire »"][k],
            ),
            s.font,
            9,
            "center",
        )
        f.y += 30
    f.y = max(f.y, hh * 0.62)
    f.y = fields(
        f.page,
        s,
        m + 40,
        f.y,
        w - 2 * m - 80,
        [
            (tr(lg, "Premises", "Objekt", "Site"), site.name),
            (tr(lg, "Commencement", "Vertragsbeginn", "Prise d'effet"), day(h, start)),
            (tr(lg, "Hours per week", "Stunden / Woche", "Heures / semaine"), f"{site.hours:g}"),
            (tr(lg, "Initial term", "Laufzeit", "Durée"), tr(lg, "3 years", "24 Monate", "3 ans")),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.new_page()
    heads = CLAUSES[lg]
    for k, cl in enumerate(heads[: rng.randint(9, len(heads))], 1):
        f.heading(m, f"{k}. {cl}", s.bold, s.size + 0.5)
        for j in range(rng.randint(1, 3)):
            f.para(
                m + 18,
                w - 2 * m - 18,
                f"{k}.{j + 1}  " + prose(rng, lg, "legal", 2, 4),
                s.font,
                s.size - 0.5,
            )
    pages = f.pages
    # Schedule 1: the specification on landscape pages.
    s2 = paper(s, LAND, margin=40, pt=8)
    g = landscape_flow(
        s2,
        tr(
            lg,
            f"Schedule 1 - Cleaning specification - {site.name}",
            f"Anlage 1 - Leistungsverzeichnis - {site.name}",
            f"Annexe 1 - Cahier des charges - {site.name}",
        ),
        h,
    )
    spec_table(g, s2, lg, spec_rows(rng, lg, site, rng.randint(8, 12)) * rng.choice([1, 2]))
    g.y += 6
    write(
        g,
        s2,
        tr(
            lg,
            "* = to be carried out outside occupied hours. P = periodic work, priced separately.",
            "* = außerhalb der Nutzungszeiten. P = periodische Leistung, gesondert vergütet.",
            "* = hors heures d'occupation. P = prestation périodique, chiffrée à part.",
        ),
        7.5,
    )
    pages += g.pages
    # Schedule 2: price, and the signature page.
    t = sheets(s, h, f"{title} - {no}", top=False)
    caption(
        t, s, tr(lg, "Schedule 2 - Contract price", "Anlage 2 - Vergütung", "Annexe 2 - Prix"), 1.5
    )
    rate = {"en": 17.4, "de": 24.9, "fr": 23.1}[lg] + rng.choice([0, 0.6, 1.2, 2.1])
    weekly = site.hours * rate
    rows = [
        [
            tr(lg, "Daily cleaning", "Unterhaltsreinigung", "Entretien courant"),
            f"{site.hours:g}",
            money(rate, lg),
            money(weekly * 52 / 12, lg),
        ],
        [
            tr(lg, "Consumables (pass-through)", "Verbrauchsmaterial", "Consommables"),
            "-",
            "-",
            money(rng.choice([180.0, 240.0, 410.0]), lg),
        ],
        [
            tr(lg, "Periodic works", "Grundreinigung (anteilig)", "Remise en état (lissée)"),
            "-",
            "-",
            money(rng.choice([95.0, 150.0, 260.0]), lg),
        ],
    ]
    table(
        t,
        columns(m, w - m, [(4, "left"), (1.2, "right"), (1.2, "right"), (1.6, "right")]),
        [
            tr(lg, "Item", "Leistung", "Désignation"),
            tr(lg, "Hrs/wk", "Std./Wo.", "H/sem."),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Per month", "Monatlich", "Mensuel"),
        ],
        rows,
        s,
        rules=True,
    )
    t.y += 8
    write(t, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    t.y += 10
    t.need(200)
    caption(
        t,
        s,
        tr(
            lg,
            "Signed for and on behalf of the parties",
            "Unterschriften",
            "Signatures des parties",
        ),
        1,
    )
    place = h.town.split()[-1] if lg != "en" else ""
    half = (w - 2 * m - 30) / 2
    y = t.y + 6
    sign = client.name.split(" - ")[0]
    signed = rng.random() < 0.7
    signature_block(
        t.page,
        s,
        m,
        y,
        half,
        f"{tr(lg, 'For the Client', 'Für den Auftraggeber', 'Pour le Client')}: {sign}",
        staff(client, "signatory"),
        signed,
    )
    yy = signature_block(
        t.page,
        s,
        m + half + 30,
        y,
        half,
        f"{tr(lg, 'For the Contractor', 'Für den Auftragnehmer', 'Pour le Prestataire')}",
        manager("director"),
    )
    t.page.text(
        m,
        yy + 10,
        fit(
            f"{place}{', ' if place else ''}{tr(lg, 'Date', 'den', 'le')} {day(h, d)}",
            s.font,
            s.size,
            w - 2 * m,
        ),
        s.font,
        s.size,
    )
    if rng.random() < 0.6:
        seal(t.page, m + half + 30 + half * 0.7, yy + 40, 30, h.name[:28], h.town)
    pages += t.pages
    pages = close(pages, s, h)
    remember(d, site)
    return pages


def tpl_tender_invitation(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's invitation to tender for cleaning: the covering letter, the instructions to
    tenderers, the schedule of areas on landscape pages and the blank form of tender."""
    site = client_site(who)
    h = client_head(site)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, rng.choice(["ITT/FM/99/999", "VG-2025-999", "AO-2025-99", "RFQ-9999"]))
    due = d + timedelta(days=rng.randint(21, 40))
    f = sheets(s, h, f"{ref}")
    recipient(
        f,
        s,
        h,
        firm_lines(
            tr(
                lg,
                "FAO Bids Manager",
                "z. Hd. Angebotsabteilung",
                "À l'attention du service commercial",
            )
        ),
        d,
        [(tr(lg, "Our ref", "Vergabe-Nr.", "Réf. consultation"), ref)],
    )
    subject = tr(
        lg,
        f"Invitation to Tender - Cleaning Services, {site.name}",
        f"Aufforderung zur Angebotsabgabe - Unterhaltsreinigung {site.name}",
        f"Consultation - marché de nettoyage des locaux, {site.name}",
    )
    caption(f, s, subject, 0.5)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "You are invited to submit a tender for the cleaning services described in the "
            f"enclosed documents. Tenders must be returned by 12:00 noon on {day(h, due)}.",
            "wir fordern Sie auf, ein Angebot für die in den beigefügten Unterlagen "
            f"beschriebenen Reinigungsleistungen abzugeben. Angebotsfrist: {day(h, due)}, 12:00 "
            "Uhr.",
            "Nous vous invitons à remettre une offre pour les prestations décrites dans le "
            f"dossier ci-joint. Date limite de remise des offres : {day(h, due)} à 12h00.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 3))
    write(f, s, tr(lg, "Enclosures:", "Anlagen:", "Pièces jointes :"), s.size)
    encl = [
        tr(
            lg,
            "1. Instructions to tenderers",
            "1. Bewerbungsbedingungen",
            "1. Règlement de la consultation",
        ),
        tr(
            lg,
            "2. Schedule of areas and frequencies",
            "2. Leistungsverzeichnis / Raumbuch",
            "2. Bordereau des surfaces et fréquences",
        ),
        tr(lg, "3. Form of tender", "3. Angebotsschreiben", "3. Acte d'engagement"),
    ]
    for e in encl:
        write(f, s, e, s.size - 0.5, 14)
    regards(
        f,
        s,
        lg,
        staff(h, "buyer"),
        tr(lg, "Procurement Officer", "Zentrale Vergabestelle", "Service de la commande publique"),
    )
    pages = f.pages
    g = sheets(
        s,
        h,
        f"{ref} - "
        + tr(
            lg, "Instructions to tenderers", "Bewerbungsbedingungen", "Règlement de la consultation"
        ),
        top=False,
    )
    caption(
        g,
        s,
        tr(
            lg, "Instructions to tenderers", "Bewerbungsbedingungen", "Règlement de la consultation"
        ),
        2,
        rule=True,
    )
    for k, t in enumerate(
        [
            tr(lg, "Scope of the contract", "Gegenstand der Vergabe", "Objet de la consultation"),
            tr(lg, "Site visits", "Ortsbesichtigung", "Visite obligatoire des locaux"),
            tr(lg, "Clarification questions", "Bieterfragen", "Questions des candidats"),
            tr(lg, "Evaluation criteria", "Zuschlagskriterien", "Critères de jugement des offres"),
            tr(lg, "TUPE and staff information", "Personalübernahme", "Reprise du personnel"),
            tr(lg, "Submission of tenders", "Form und Frist der Angebote", "Remise des offres"),
        ],
        1,
    ):
        g.heading(m, f"{k}. {t}", s.bold, s.size)
        write(g, s, prose(rng, lg, "legal", 2, 4), s.size - 0.5, 14)
        if k == 4:
            write(
                g,
                s,
                tr(
                    lg,
                    "Quality 60% - Price 40%",
                    "Preis 60 % - Qualität 40 %",
                    "Valeur technique 60 % - Prix 40 %",
                ),
                s.size - 0.5,
                28,
            )
    pages += g.pages
    s2 = paper(s, LAND, margin=40, pt=8)
    lf = landscape_flow(
        s2,
        tr(
            lg,
            f"Schedule of areas - {site.name}",
            f"Raumbuch / Leistungsverzeichnis - {site.name}",
            f"Bordereau des surfaces - {site.name}",
        ),
        h,
    )
    rows = []
    for k in range(rng.randint(18, 55)):
        area, _task = rng.choice(areas_of(site, lg))
        rows.append(
            [
                f"{rng.choice(['G', '1', '2', '3', 'E', 'U'])}.{k + 1:03d}",
                area,
                rng.choice(
                    [
                        "Carpet",
                        "Vinyl",
                        "Tiles",
                        "Teppich",
                        "PVC",
                        "Fliesen",
                        "moquette",
                        "carrelage",
                    ]
                ),
                f"{rng.randint(8, 240)}",
                rng.choice(FREQS[lg]),
                "",
            ]
        )
    table(
        lf,
        columns(
            40,
            LAND[0] - 40,
            [
                (0.9, "left"),
                (3, "left"),
                (1.4, "left"),
                (0.9, "center"),
                (1.5, "left"),
                (2, "left"),
            ],
        ),
        [
            tr(lg, "Room", "Raum-Nr.", "Local"),
            tr(lg, "Use", "Nutzung", "Affectation"),
            tr(lg, "Floor", "Belag", "Revêtement"),
            "m²",
            tr(lg, "Frequency", "Turnus", "Fréquence"),
            tr(lg, "Tenderer's remarks", "Bemerkung Bieter", "Observations"),
        ],
        rows,
        s2,
        size=8,
        rules=True,
        step=1.85,
    )
    pages += lf.pages
    fp = sheets(s, h, "", top=False)
    caption(fp, s, tr(lg, "Form of Tender", "Angebotsschreiben", "Acte d'engagement"), 4)
    write(
        fp,
        s,
        tr(
            lg,
            f"To: {h.name}. Contract: {subject.split(' - ', 1)[-1]}.",
            f"An: {h.name}. Vergabe-Nr. {ref}.",
            f"Pouvoir adjudicateur : {h.name}. Consultation n° {ref}.",
        ),
    )
    write(fp, s, prose(rng, lg, "legal", 2, 3), s.size - 0.5)
    fp.y = fields(
        fp.page,
        s,
        m,
        fp.y + 6,
        w - 2 * m,
        [
            (tr(lg, "Name of tenderer", "Name des Bieters", "Raison sociale"), ""),
            (tr(lg, "Registered address", "Anschrift", "Adresse"), ""),
            (
                tr(
                    lg,
                    "Annual price (excl. VAT)",
                    "Angebotssumme netto / Jahr",
                    "Montant annuel HT",
                ),
                "",
            ),
            (tr(lg, "Contact / telephone", "Ansprechpartner / Telefon", "Contact / téléphone"), ""),
            (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
            (tr(lg, "Date", "Datum", "Date"), ""),
        ],
        per=2,
        tall=34,
    )
    pages += fp.pages
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.4)
    remember(d, (site, ref, due))
    return pages


def tpl_tender_response(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's tender response: a cover sheet, contents, the method statement, the
    pricing schedule on a landscape page and the signed form of tender."""
    ex = previous("tender_invitation")
    if isinstance(ex, tuple):
        site, ref, due = ex
        d = due - timedelta(days=rng.randint(1, 6))
    else:
        site = client_site(who)
        ref = serial(rng, "ITT/99/999")
        d = some_day(rng)
    h = firm_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    client = client_head(site)
    cover = Page(A4)
    heading(cover, s, h)
    cover.rect(m, hh * 0.28, w - 2 * m, 160, fill=0.9)
    y = hh * 0.28 + 40
    title = tr(lg, "TENDER SUBMISSION", "ANGEBOT", "OFFRE TECHNIQUE ET FINANCIÈRE")
    cover.text(w / 2, y, title, s.bold, shrink(title, s.bold, 22, w - 2 * m - 20), "center")
    y += 30
    what = tr(
        lg,
        f"Cleaning Services - {site.name}",
        f"Unterhaltsreinigung - {site.name}",
        f"Prestations de nettoyage - {site.name}",
    )
    cover.text(w / 2, y, fit(what, s.font, 11, w - 2 * m - 20), s.font, 11, "center")
    y += 18
    cover.text(
        w / 2, y, fit(f"{client.name} - {ref}", s.font, 9, w - 2 * m - 20), s.font, 9, "center"
    )
    y += 40
    cover.text(
        w / 2, y, tr(lg, "Submitted by", "Bieter", "Candidat"), italic_of(s.font), 9, "center"
    )
    cover.text(w / 2, y + 14, h.name, s.bold, 11, "center")
    cover.text(w / 2, hh * 0.75, day(h, d), s.font, 10, "center")
    cover.text(
        w / 2,
        hh * 0.75 + 30,
        tr(lg, "COMMERCIAL IN CONFIDENCE", "VERTRAULICH", "CONFIDENTIEL"),
        s.bold,
        9,
        "center",
    )
    pages = [cover]
    f = sheets(s, h, f"{h.name} - {what}", top=False)
    sections = [
        tr(lg, "Company profile", "Unternehmensprofil", "Présentation de l'entreprise"),
        tr(lg, "Mobilisation plan", "Einarbeitung und Übernahme", "Plan de démarrage"),
        tr(
            lg,
            "Staffing and supervision",
            "Personaleinsatz und Objektleitung",
            "Organisation et encadrement",
        ),
        tr(lg, "Quality management", "Qualitätssicherung", "Contrôle qualité"),
        tr(
            lg,
            "Health, safety and COSHH",
            "Arbeitsschutz und Gefahrstoffe",
            "Hygiène, sécurité et produits",
        ),
        tr(lg, "Environmental commitments", "Umweltschutz", "Démarche environnementale"),
    ]
    caption(f, s, tr(lg, "Contents", "Inhalt", "Sommaire"), 2)
    for k, t in enumerate(sections, 1):
        f.page.text(m + 10, f.y, f"{k}.  {t}", s.font, s.size)
        f.page.text(w - m, f.y, str(k + 2), s.font, s.size, "right")
        f.y += s.size * 1.7
    f.y += 14
    for k, t in enumerate(sections, 1):
        f.heading(m, f"{k}. {t}", s.bold, s.size + 1.5)
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, rng.choice(["clean", "quality", "staff"]), 2, 4))
        if k == 2:
            tbl = [
                [tr(lg, f"Week {j}", f"Woche {j}", f"Semaine {j}"), words(rng, lg, "staff", 6)[:-1]]
                for j in range(-2, 3)
            ]
            table(
                f,
                columns(m + 14, w - m, [(1, "left"), (5, "left")]),
                [tr(lg, "When", "Wann", "Quand"), tr(lg, "Action", "Maßnahme", "Action")],
                tbl,
                s,
                rules=True,
            )
            f.y += 6
    pages += f.pages
    s2 = paper(s, LAND, margin=40, pt=8.5)
    lf = landscape_flow(
        s2,
        tr(
            lg,
            "Pricing schedule",
            "Preisblatt",
            "Décomposition du prix global et forfaitaire (DPGF)",
        ),
        h,
    )
    rate = {"en": 18.1, "de": 25.6, "fr": 23.8}[lg] + rng.choice([0, 0.4, 0.9])
    rows = []
    tot = 0.0
    for area, _task in some_areas(rng, site, lg, 6, 10):
        hrs = round(rng.uniform(2, 30), 1)
        yearly = hrs * rate * 52
        tot += yearly
        rows.append([area, rng.choice(FREQS[lg]), f"{hrs:g}", money(rate, lg), money(yearly, lg)])
    rows.append(
        [
            tr(lg, "Consumables", "Verbrauchsmaterial", "Consommables"),
            "",
            "",
            "",
            money(rng.choice([2400.0, 3600.0, 5100.0]), lg),
        ]
    )
    table(
        lf,
        columns(
            40,
            LAND[0] - 40,
            [(4, "left"), (1.6, "left"), (1.2, "right"), (1.2, "right"), (1.6, "right")],
        ),
        [
            tr(lg, "Area", "Bereich", "Zone"),
            tr(lg, "Frequency", "Turnus", "Fréquence"),
            tr(lg, "Hours / week", "Std. / Woche", "H / semaine"),
            tr(lg, "Rate", "Stundensatz", "Taux horaire"),
            tr(lg, "Annual", "Jährlich", "Annuel HT"),
        ],
        rows,
        s2,
        size=8.5,
        rules=True,
        step=2,
    )
    lf.y += 6
    lf.page.text(
        LAND[0] - 40,
        lf.y,
        f"{tr(lg, 'Total per annum', 'Summe netto p. a.', 'Total annuel HT')}: {cash(tot, lg)}",
        s2.bold,
        9.5,
        "right",
    )
    pages += lf.pages
    fp = sheets(s, h, "", top=False)
    caption(fp, s, tr(lg, "Form of Tender", "Angebotsschreiben", "Acte d'engagement"), 4)
    write(fp, s, prose(rng, lg, "legal", 2, 3), s.size - 0.5)
    fp.y = fields(
        fp.page,
        s,
        m,
        fp.y + 6,
        w - 2 * m,
        [
            (tr(lg, "Name of tenderer", "Name des Bieters", "Raison sociale"), h.name),
            (tr(lg, "Registered address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (
                tr(
                    lg,
                    "Annual price (excl. VAT)",
                    "Angebotssumme netto / Jahr",
                    "Montant annuel HT",
                ),
                cash(tot, lg),
            ),
            (
                tr(lg, "Contact / telephone", "Ansprechpartner / Telefon", "Contact / téléphone"),
                f"{manager('director')} {h.phone}",
            ),
            (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=34,
    )
    scrawl(fp.page, m + 10, fp.y - 16, manager("director"))
    pages += fp.pages
    number_pages(pages, s, h.numbers if h.numbers != "none" else "{i}", h.corner, skip=1)
    remember(d, site)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates ZZ: on site - sign-off sheets, complaints, corrective action, audits, clocking
# ---------------------------------------------------------------------------------------------


def tpl_signoff_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A site cleaning sign-off sheet as it hangs on the washroom or area door and comes back
    filled in by hand: a week grid of tasks against days on landscape A4, or a day's time slots
    with the operative's and the checker's initials on portrait A4."""
    ex = previous("signoff_sheet")
    site = ex[0] if isinstance(ex, tuple) else client_site(who)
    h = firm_head()
    lg = h.lang
    team = crew(14)
    ops = keyed(who, "ops").sample(team, 3)
    if isinstance(ex, tuple):
        d = ex[1] + timedelta(days=7)
    else:
        d = some_day(rng)
        d -= timedelta(days=d.weekday())
    area = rng.choice(areas_of(site, lg))[0]
    wide = keyed(who, "wide").random() < 0.55
    s = style_of(h, LAND if wide else A4, margin=34, pt=8)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    title = tr(lg, "CLEANING RECORD", "REINIGUNGSNACHWEIS", "FICHE DE TRAÇABILITÉ DU NETTOYAGE")
    p.text(m, m, title, s.bold, 14)
    p.text(w - m, m - 4, fit(h.name, s.bold, 8, w * 0.4), s.bold, 8, "right")
    p.text(w - m, m + 6, fit(h.phone or h.town, s.font, 7, w * 0.4), s.font, 7, "right")
    y = fields(
        p,
        s,
        m,
        m + 12,
        w - 2 * m,
        [
            (tr(lg, "Site", "Objekt", "Site"), site.name),
            (tr(lg, "Area / room", "Bereich / Raum", "Zone / local"), area),
            (tr(lg, "Week commencing", "Woche ab", "Semaine du"), short(d, lg)),
        ],
        per=3,
        tall=24,
    )
    days = [
        tr(lg, t[0], t[1], t[2])
        for t in (
            ("Mon", "Mo", "Lun"),
            ("Tue", "Di", "Mar"),
            ("Wed", "Mi", "Mer"),
            ("Thu", "Do", "Jeu"),
            ("Fri", "Fr", "Ven"),
            ("Sat", "Sa", "Sam"),
            ("Sun", "So", "Dim"),
        )
    ]
    if wide:
        tasks = [a[1] for a in some_areas(rng, site, lg, 7, 11)]
        lw = w * 0.36
        cw = (w - 2 * m - lw) / 7
        p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
        p.text(m + 3, y, tr(lg, "Task", "Tätigkeit", "Tâche"), s.bold, 8)
        for k, dd in enumerate(days):
            p.text(
                m + lw + k * cw + cw / 2,
                y,
                f"{dd} {(d + timedelta(days=k)).day}",
                s.bold,
                8,
                "center",
            )
        y += 6
        rh = min(26.0, (hh - y - 120) / len(tasks))
        for t in tasks:
            p.rect(m, y, lw, rh)
            p.text(m + 3, y + rh / 2 + 3, fit(t, s.font, 7.5, lw - 6), s.font, 7.5)
            for k in range(7):
                p.rect(m + lw + k * cw, y, cw, rh)
                if (k < 5 or site.kind == "hospital") and rng.random() < 0.93:
                    hand(
                        p,
                        m + lw + k * cw + cw / 2 - 8,
                        y + rh / 2 + 3,
                        initials(rng.choice(ops)),
                        8.5,
                    )
            y += rh
        y += 16
        p.text(
            m,
            y,
            tr(
                lg,
                "Supervisor check (initials / date)",
                "Kontrolle Objektleitung (Kürzel / Datum)",
                "Contrôle chef d'équipe (visa / date)",
            ),
            s.bold,
            8,
        )
        y += 6
        for k in range(7):
            p.rect(m + lw + k * cw, y - 12, cw, 18)
        p.rect(m, y - 12, lw, 18)
        for k in rng.sample(range(5), rng.randint(1, 3)):
            hand(
                p,
                m + lw + k * cw + 4,
                y + 2,
                f"{initials(manager('supervisor'))} {(d + timedelta(days=k)).day}/{d.month}",
                7,
            )
    else:
        slots = [f"{hr:02d}:00" for hr in range(6, 21, rng.choice([1, 1, 2]))]
        cols = [
            (tr(lg, "Time", "Uhrzeit", "Heure"), 0.9),
            (tr(lg, "Cleaned by", "Gereinigt von", "Nettoyé par"), 1.6),
            (tr(lg, "Consumables", "Nachgefüllt", "Réassort"), 1.1),
            (tr(lg, "Checked by", "Kontrolle", "Contrôlé par"), 1.4),
            (tr(lg, "Comments", "Bemerkungen", "Observations"), 2.6),
        ]
        tot_w = sum(c[1] for c in cols)
        xs = [m]
        for _, cw in cols:
            xs.append(xs[-1] + (w - 2 * m) * cw / tot_w)
        p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
        for k, (cap, _) in enumerate(cols):
            p.text(xs[k] + 3, y, fit(cap, s.bold, 8, xs[k + 1] - xs[k] - 6), s.bold, 8)
        y += 6
        rh = min(40.0, (hh - y - 110) / len(slots))
        for slot in slots:
            for k in range(len(cols)):
                p.rect(xs[k], y, xs[k + 1] - xs[k], rh)
            p.text(xs[0] + 3, y + rh / 2 + 3, slot, s.font, 8)
            if rng.random() < 0.9:
                hand(
                    p,
                    xs[1] + 4,
                    y + rh / 2 + 3,
                    f"{initials(rng.choice(ops))} {slot[:2]}:{rng.randint(0, 59):02d}",
                    8.5,
                )
                box(p, xs[2] + 12, y + rh / 2 + 4, rng.random() < 0.8)
                if rng.random() < 0.4:
                    hand(p, xs[3] + 4, y + rh / 2 + 3, initials(manager("supervisor")), 8.5)
                if rng.random() < 0.12:
                    hand(
                        p,
                        xs[4] + 4,
                        y + rh / 2 + 3,
                        rng.choice(
                            [
                                "no paper towels",
                                "Seife leer",
                                "fuite WC 2",
                                "blocked sink",
                                "Spiegel defekt",
                                "plus de savon",
                            ]
                        ),
                        7.5,
                        xs[5] - xs[4] - 8,
                    )
            y += rh
    foot = tr(
        lg,
        "Please report any problem to the supervisor. This record is kept for 12 months.",
        "Mängel bitte sofort der Objektleitung melden. Aufbewahrung 12 Monate.",
        "Signaler toute anomalie au chef d'équipe. Fiche conservée 12 mois.",
    )
    p.text(m, hh - m + 10, fit(foot, s.font, 7, w - 2 * m), s.font, 7)
    remember(d, (site, d))
    return [p]


DEFECTS = {
    "en": [
        "Missed clean",
        "Bins not emptied",
        "Washroom consumables",
        "Floors / spillage",
        "Dust / high level",
        "Keys / security",
        "Staff conduct",
        "Late start",
    ],
    "de": [
        "Leistung nicht erbracht",
        "Abfall nicht entsorgt",
        "Verbrauchsmaterial",
        "Böden / Flecken",
        "Staub / Hochbereich",
        "Schlüssel / Sicherheit",
        "Verhalten Personal",
        "Verspätung",
    ],
    "fr": [
        "Prestation non réalisée",
        "Corbeilles non vidées",
        "Consommables",
        "Sols / taches",
        "Poussière en hauteur",
        "Clés / sécurité",
        "Comportement du personnel",
        "Retard",
    ],
}


def tpl_defect_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's service failure notice: a facilities form with the category ticks, the
    description, the rectification deadline and the deduction, sometimes a page of photographs;
    or a school business manager's letter of complaint."""
    site = client_site(who)
    h = client_head(site)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["SFN-9999", "MA-25-999", "NC-999", "HD999999"]))
    cats = set(rng.sample(range(len(DEFECTS[lg])), rng.randint(1, 2)))
    floor = rng.choice(["G", "1", "2", "E", "OG1"])
    where = f"{rng.choice(areas_of(site, lg))[0]} - {floor}.{rng.randint(1, 40):02d}"
    if site.kind == "school" and rng.random() < 0.5:
        f = sheets(s, h, "")
        recipient(f, s, h, firm_lines(), d, [(tr(lg, "Ref", "Zeichen", "Réf."), no)])
        caption(
            f,
            s,
            tr(
                lg,
                "Standard of cleaning",
                "Reinigungsleistung - Beanstandung",
                "Qualité du nettoyage",
            ),
            0.5,
        )
        f.page.text(m, f.y, dear(lg, mx(manager("area"), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"I am writing again about the cleaning of {where}. ",
                f"leider müssen wir erneut die Reinigung in {where} beanstanden. ",
                f"Nous sommes contraints de vous signaler à nouveau l'état de {where}. ",
            )
            + prose(rng, lg, "quality", 2, 4),
        )
        write(
            f,
            s,
            ", ".join(DEFECTS[lg][k] for k in sorted(cats)) + ". " + prose(rng, lg, "clean", 1, 2),
        )
        write(
            f,
            s,
            tr(
                lg,
                "Please can you let me have your proposals within five working days.",
                "Wir bitten um Stellungnahme innerhalb von fünf Arbeitstagen.",
                "Merci de nous faire part de vos mesures sous cinq jours ouvrés.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "bm"),
            tr(lg, "School Business Manager", "Schulleitung", "Gestionnaire"),
        )
        pages = close(f.pages, s, h)
    else:
        f = sheets(s, h, f"{no}")
        caption(
            f,
            s,
            tr(lg, "SERVICE FAILURE NOTICE", "MÄNGELANZEIGE REINIGUNG", "FICHE DE NON-CONFORMITÉ"),
            4,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Notice no.", "Nr.", "N° fiche"), no),
                (tr(lg, "Contractor", "Auftragnehmer", "Titulaire"), firm_head().name),
                (tr(lg, "Site", "Objekt", "Site"), site.name),
                (tr(lg, "Location", "Ort / Raum", "Localisation"), where),
                (
                    tr(lg, "Date / time observed", "Festgestellt am / um", "Constaté le / à"),
                    f"{short(d, lg)} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
                ),
                (tr(lg, "Reported by", "Gemeldet von", "Signalé par"), staff(h, "fm")),
            ],
            per=2,
            tall=26,
            hand=rng.random() < 0.5,
        )
        f.page.text(m, f.y, tr(lg, "Category", "Art des Mangels", "Nature"), s.bold, 9)
        f.y = ticks(f.page, s, m, f.y + 14, w - 2 * m, DEFECTS[lg], cats, 8)
        f.y += 6
        f.page.text(m, f.y, tr(lg, "Description", "Beschreibung", "Description"), s.bold, 9)
        f.y += 8
        top = f.y
        f.page.rect(m, top, w - 2 * m, 110)
        yy = top + 16
        for ln in wrap(prose(rng, lg, "quality", 2, 3), HAND, 9, w - 2 * m - 12)[:6]:
            hand(f.page, m + 6, yy, ln, 9)
            yy += 15
        f.y = top + 128
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    tr(lg, "Rectify by", "Nachbesserung bis", "Correction avant le"),
                    short(d + timedelta(days=rng.choice([1, 2, 3])), lg),
                ),
                (
                    tr(lg, "Performance points", "Minderung", "Pénalité"),
                    rng.choice(["5", "10", "15", "-", cash(rng.choice([75.0, 150.0]), lg)]),
                ),
                (tr(lg, "Signed (client)", "Unterschrift AG", "Visa client"), ""),
                (tr(lg, "Contractor's acknowledgement", "Kenntnisnahme AN", "Visa titulaire"), ""),
            ],
            per=2,
            tall=30,
        )
        scrawl(f.page, m + 6, f.y - 18, staff(h, "fm"), 11)
        pages = [*f.pages]
        if rng.random() < 0.4:
            ph = sheets(
                s, h, f"{no} - {tr(lg, 'Photographs', 'Fotodokumentation', 'Photos')}", top=False
            )
            caption(ph, s, tr(lg, "Photographs", "Fotodokumentation", "Photos"), 1)
            pw = (w - 2 * m - 16) / 2
            for k in range(rng.choice([2, 4])):
                x = m + (k % 2) * (pw + 16)
                yy = ph.y + (k // 2) * (pw * 0.75 + 34)
                photo(ph.page, x, yy, pw, pw * 0.75, rng)
                ph.page.text(x, yy + pw * 0.75 + 12, f"{k + 1}. {where}", s.font, 7.5)
            pages += ph.pages
        pages = close(pages, s, h)
    received(rng, pages[0], d, 0.4)
    remember(d, (site, no, where, cats))
    return pages


def tpl_rectification_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's corrective action report on a service failure: what was found, the root
    cause, the actions with owners and dates, before / after photographs now and then, the
    client's acknowledgement box."""
    ex = previous("defect_notice")
    h = firm_head()
    lg = h.lang
    if isinstance(ex, tuple):
        site, no, where, cats = ex
        d = last_day(rng, ("defect_notice",), (1, 4))
    else:
        site = client_site(who)
        no = serial(rng, "SFN-9999")
        where = rng.choice(areas_of(site, lg))[0]
        cats = {rng.randrange(len(DEFECTS[lg]))}
        d = some_day(rng)
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    ref = serial(rng, "CAR-999")
    label = tr(lg, "Corrective action report", "Maßnahmenbericht", "Rapport d'actions correctives")
    f = sheets(s, h, f"{label} {ref}")
    caption(
        f,
        s,
        tr(
            lg,
            "Corrective Action Report",
            "Stellungnahme und Maßnahmenbericht",
            "Rapport d'actions correctives",
        ),
        3,
        rule=True,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (tr(lg, "Report no.", "Bericht-Nr.", "N° rapport"), ref),
            (tr(lg, "Client notice", "Ihre Mängelanzeige", "Fiche client"), no),
            (tr(lg, "Site / location", "Objekt / Ort", "Site / local"), f"{site.name} - {where}"),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    for t, topic in [
        (tr(lg, "Findings", "Feststellung", "Constat"), "quality"),
        (tr(lg, "Root cause", "Ursache", "Cause"), "staff"),
    ]:
        f.heading(m, t, s.bold, s.size + 0.5)
        write(
            f,
            s,
            ", ".join(DEFECTS[lg][k] for k in sorted(cats)) + ". " + prose(rng, lg, topic, 1, 3)
            if topic == "quality"
            else prose(rng, lg, topic, 1, 3),
        )
    f.heading(m, tr(lg, "Actions", "Maßnahmen", "Actions engagées"), s.bold, s.size + 0.5)
    rows = [
        [
            str(k + 1),
            words(rng, lg, rng.choice(["clean", "staff"]), rng.randint(5, 9))[:-1],
            initials(manager(rng.choice(["area", "supervisor"]))),
            short(d + timedelta(days=k * 2), lg),
            rng.choice([tr(lg, "Done", "erledigt", "fait"), tr(lg, "Open", "offen", "en cours")]),
        ]
        for k in range(rng.randint(3, 6))
    ]
    table(
        f,
        columns(m, w - m, [(0.4, "left"), (5, "left"), (0.8, "left"), (1.2, "left"), (1, "left")]),
        [
            "#",
            tr(lg, "Action", "Maßnahme", "Action"),
            tr(lg, "Owner", "Verantw.", "Resp."),
            tr(lg, "Due", "Termin", "Échéance"),
            tr(lg, "Status", "Status", "État"),
        ],
        rows,
        s,
        rules=True,
    )
    if rng.random() < 0.35:
        f.y += 8
        pw = (w - 2 * m - 16) / 2
        f.need(pw * 0.7 + 30)
        for k, cap in enumerate(
            [tr(lg, "Before", "Vorher", "Avant"), tr(lg, "After", "Nachher", "Après")]
        ):
            photo(f.page, m + k * (pw + 16), f.y, pw, pw * 0.65, rng)
            f.page.text(m + k * (pw + 16), f.y + pw * 0.65 + 11, cap, s.bold, 8)
        f.y += pw * 0.65 + 26
    f.y += 10
    f.need(100)
    half = (w - 2 * m - 30) / 2
    signature_block(
        f.page,
        s,
        m,
        f.y,
        half,
        tr(lg, "Area manager", "Objektleitung", "Responsable de secteur"),
        manager("area"),
    )
    signature_block(
        f.page,
        s,
        m + half + 30,
        f.y,
        half,
        tr(lg, "Client acknowledgement", "Kenntnisnahme Auftraggeber", "Visa du client"),
        staff(client_head(site), "fm"),
        rng.random() < 0.3,
    )
    f.y += 60
    pages = close(f.pages, s, h)
    remember(d, site)
    return pages


ELEMENTS = {
    "en": ["Floor", "Skirting", "Surfaces", "Furniture", "Bins", "Glass", "Sinks", "Fixtures"],
    "de": ["Boden", "Leisten", "Flächen", "Möbel", "Abfall", "Glas", "Becken", "Armaturen"],
    "fr": [
        "Sol",
        "Plinthes",
        "Surfaces",
        "Mobilier",
        "Corbeilles",
        "Vitres",
        "Lavabos",
        "Robinets",
    ],
}


def tpl_quality_audit(rng: random.Random, who: Issuer) -> list[Page]:
    """A cleaning quality audit report: a summary page with the overall score against the
    target and the result box, then the room-by-room score tables (elements passed or failed),
    signed by the auditor and the client's representative."""
    ex = previous("quality_audit")
    site = a_site(rng) if isinstance(ex, Site) else client_site(who)
    h = firm_head()
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, rng.choice(["QA-99999", "AUD/99/999", "QK-9999"]))
    target = {"hospital": 95, "school": 85, "office": 85}[site.kind] + rng.choice([0, 0, 3])
    els = ELEMENTS[lg]
    rooms = []
    for k in range(rng.randint(10, 34) + (rng.randint(0, 40) if site.kind == "hospital" else 0)):
        area = rng.choice(areas_of(site, lg))[0]
        marks = ["Y" if rng.random() < 0.9 else "X" for _ in els]
        marks = [m_ if rng.random() < 0.85 else "n/a" for m_ in marks]
        good = sum(1 for x in marks if x == "Y")
        total = sum(1 for x in marks if x != "n/a") or 1
        rooms.append(
            [
                f"{rng.choice(['G', '1', '2', '3'])}.{k + 1:02d}",
                area,
                *marks,
                f"{100 * good / total:.0f}%",
            ]
        )
    score = sum(float(r[-1][:-1]) for r in rooms) / len(rooms)
    title = tr(
        lg, "Cleaning Quality Audit", "Qualitätskontrolle Reinigung", "Rapport de contrôle qualité"
    )
    f = sheets(s, h, f"{title} - {site.name} - {short(d, lg)}")
    caption(f, s, title, 5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Site", "Objekt", "Site"), site.name),
            (tr(lg, "Audit ref", "Prüf-Nr.", "Réf. contrôle"), ref),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Auditor", "Prüfer/in", "Contrôleur"), manager("area")),
            (tr(lg, "Rooms inspected", "Geprüfte Räume", "Locaux contrôlés"), str(len(rooms))),
            (
                tr(lg, "Client representative", "Vertreter AG", "Représentant client"),
                staff(client_head(site), "fm"),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    passed = score >= target
    bw = 200
    f.page.rect(m, f.y, bw, 58, fill=0.9)
    f.page.text(
        m + 10, f.y + 20, tr(lg, "Overall score", "Gesamtergebnis", "Note globale"), s.font, 9
    )
    f.page.text(m + 10, f.y + 44, f"{score:.1f}%", s.bold, 20)
    f.page.text(
        m + bw + 20, f.y + 20, f"{tr(lg, 'Target', 'Zielwert', 'Objectif')}: {target}%", s.font, 9
    )
    f.page.rect(m + bw + 20, f.y + 30, 90, 24)
    f.page.text(
        m + bw + 65,
        f.y + 47,
        tr(
            lg,
            "PASS" if passed else "FAIL",
            "BESTANDEN" if passed else "NICHT BEST.",
            "CONFORME" if passed else "NON CONFORME",
        ),
        s.bold,
        9,
        "center",
    )
    f.y += 80
    f.heading(m, tr(lg, "Summary", "Zusammenfassung", "Synthèse"), s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "quality", 2, 4))
    if rng.random() < 0.6:
        f.heading(
            m,
            tr(lg, "Scores by area type", "Ergebnis nach Bereich", "Résultats par zone"),
            s.bold,
            s.size + 1,
        )
        by = {}
        for r in rooms:
            by.setdefault(r[1], []).append(float(r[-1][:-1]))
        table(
            f,
            columns(m, w * 0.7, [(3, "left"), (1, "right"), (1, "right")]),
            [tr(lg, "Area", "Bereich", "Zone"), tr(lg, "Rooms", "Räume", "Locaux"), "%"],
            [[k, str(len(v)), f"{sum(v) / len(v):.0f}"] for k, v in sorted(by.items())],
            s,
            rules=True,
        )
    f.new_page()
    caption(f, s, tr(lg, "Room scores", "Raumbewertung", "Détail par local"), 1.5)
    cols = columns(
        m, w - m, [(0.8, "left"), (2.6, "left")] + [(0.75, "center")] * len(els) + [(0.8, "right")]
    )
    table(
        f,
        cols,
        [tr(lg, "Room", "Raum", "Local"), tr(lg, "Area", "Bereich", "Zone"), *els, "%"],
        rooms,
        s,
        size=7.5,
        rules=True,
        step=1.9,
    )
    f.y += 10
    f.need(100)
    half = (w - 2 * m - 30) / 2
    signature_block(
        f.page, s, m, f.y, half, tr(lg, "Auditor", "Prüfer/in", "Contrôleur"), manager("area")
    )
    signature_block(
        f.page,
        s,
        m + half + 30,
        f.y,
        half,
        tr(lg, "Client representative", "Auftraggeber", "Client"),
        staff(client_head(site), "fm"),
        rng.random() < 0.5,
    )
    f.y += 60
    pages = close(f.pages, s, h)
    remember(d, site)
    return pages


def tpl_clocking_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An attendance exception report printed from the clocking system (telephone and app
    clocking at the sites): the selection on top, a table of shifts with the scheduled and
    clocked times and the exception, printed on every page with the print date and "page i of
    n", now and then with the manager's ticks and notes by hand."""
    h = firm_head()
    lg = h.lang
    size = LETTER if firm_rng("letter").random() < 0.3 else A4
    s = Style("Courier", "Courier-Bold", 8, 36, "none", "bottom", size, "iso")
    w, hh = size
    m = 36
    d0 = some_day(rng)
    d1 = d0 + timedelta(days=rng.choice([6, 13]))
    system = firm_rng("clock").choice(
        ["TimeGate Cloud 4.2", "ClockIn Pro", "Zeitwerk T&A", "Pointeuse Kelio"]
    )
    printed = (
        f"{(d1 + timedelta(days=1)).isoformat()} {rng.randint(7, 10):02d}:{rng.randint(10, 59)}"
    )
    title = tr(
        lg,
        "ATTENDANCE EXCEPTION REPORT",
        "AUSNAHMEBERICHT ZEITERFASSUNG",
        "RAPPORT D'ANOMALIES DE POINTAGE",
    )

    def start(p: Page, n: int) -> float:
        p.text(
            m, m - 6, fit(f"{system} - {firm_head().name}", "Courier", 7.5, w * 0.6), "Courier", 7.5
        )
        p.text(
            w - m,
            m - 6,
            f"{tr(lg, 'Printed', 'Gedruckt', 'Imprimé')}: {printed}",
            "Courier",
            7.5,
            "right",
        )
        p.text(m, m + 8, title, "Courier-Bold", 10)
        p.line(m, m + 13, w - m, m + 13)
        return m + 28

    f = Sheets((w, hh), hh - m - 16, start)
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Period', 'Zeitraum', 'Période')}: {d0.isoformat()} - {d1.isoformat()}   "
        f"{tr(lg, 'Sites', 'Objekte', 'Sites')}: {tr(lg, 'ALL', 'ALLE', 'TOUS')}   "
        f"{tr(lg, 'Filter', 'Filter', 'Filtre')}: "
        f"{tr(lg, 'exceptions only', 'nur Abweichungen', 'anomalies seules')}",
        "Courier",
        7.5,
    )
    f.y += 16
    team = crew(20)
    sites = [a_site(firm_rng(f"s{k}")) for k in range(4)]
    codes = tr(
        lg,
        "LATE|NO OUT|NO IN|EARLY|WRONG LOC|NO SHOW",
        "VERSPÄTET|KEIN GEHEN|KEIN KOMMEN|FRÜH|FALSCHER ORT|FEHLT",
        "RETARD|PAS SORTIE|PAS ENTRÉE|DÉPART ANT.|LIEU ERRONÉ|ABSENT",
    ).split("|")
    rows = []
    for _ in range(rng.randint(20, 90)):
        dd = d0 + timedelta(days=rng.randint(0, (d1 - d0).days))
        st = rng.choice([6, 6, 17, 18, 5, 16])
        ln = rng.choice([2, 3, 3.5, 4])
        code = rng.choice(codes)
        cin = "--:--" if code in codes[2:3] + codes[5:6] else f"{st:02d}:{rng.randint(0, 25):02d}"
        cout = (
            "--:--"
            if code in codes[1:2] + codes[5:6]
            else f"{int(st + ln):02d}:{rng.randint(0, 40):02d}"
        )
        rows.append(
            [
                dd.strftime("%d/%m"),
                fit(rng.choice(sites).name, "Courier", 7, 150),
                rng.choice(team),
                f"{st:02d}:00-{int(st + ln):02d}:{'30' if ln % 1 else '00'}",
                cin,
                cout,
                code,
            ]
        )
    rows.sort()
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.7, "left"),
                (2.6, "left"),
                (2.2, "left"),
                (1.5, "left"),
                (0.8, "left"),
                (0.8, "left"),
                (1.4, "left"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Site", "Objekt", "Site"),
            tr(lg, "Employee", "Mitarbeiter", "Salarié"),
            tr(lg, "Shift", "Schicht", "Vacation"),
            tr(lg, "In", "Kommen", "Entrée"),
            tr(lg, "Out", "Gehen", "Sortie"),
            tr(lg, "Exception", "Abweichung", "Anomalie"),
        ],
        rows,
        s,
        size=7,
        step=1.7,
    )
    f.y += 8
    f.need(20)
    f.page.text(
        m,
        f.y,
        f"{len(rows)} {tr(lg, 'exceptions', 'Abweichungen', 'anomalies')} - *** "
        f"{tr(lg, 'END OF REPORT', 'ENDE DES BERICHTS', 'FIN DU RAPPORT')} "
        "***",
        "Courier",
        7.5,
    )
    pages = f.pages
    number_pages(
        pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", bottom=22
    )
    if rng.random() < 0.5:
        for p in pages:
            for _ in range(rng.randint(1, 4)):
                hand(
                    p,
                    w - m - 60,
                    rng.uniform(120, hh - 80),
                    rng.choice(
                        [
                            "ok",
                            "v",
                            "sick",
                            "holiday",
                            "krank",
                            "Urlaub",
                            "ok AM",
                            "congé",
                            "rappel",
                        ]
                    ),
                    8,
                )
        hand(
            pages[-1],
            m,
            hh - 60,
            f"{tr(lg, 'checked', 'geprüft', 'vérifié')} {initials(manager('payroll'))} "
            f"{short(d1 + timedelta(days=2), lg)}",
            10,
        )
    remember(d1, None)
    return pages


@dataclass
class Product:
    code: str
    name: str
    pack: str
    price: float
    signal: str  # Danger | Warning | ""
    ghs: str  # pictogram letters: C (corrosive), ! (irritant), F (flame), E (environment)
    use: str


PRODUCTS = {
    "en": [
        Product(
            "HS-210",
            "Sanitiser Plus Multi-Surface",
            "2 x 5 L",
            14.2,
            "Warning",
            "!",
            "Surface sanitiser",
        ),
        Product(
            "WC-45",
            "Heavy Duty Toilet Cleaner",
            "12 x 750 ml",
            11.9,
            "Danger",
            "C",
            "Acid toilet cleaner",
        ),
        Product("FL-08", "Neutral Floor Maintainer", "2 x 5 L", 18.5, "", "", "Floor cleaner"),
        Product("GL-30", "Glass & Stainless RTU", "6 x 750 ml", 9.8, "", "", "Glass cleaner"),
        Product(
            "DG-99", "Kitchen Degreaser Concentrate", "2 x 5 L", 24.6, "Danger", "C", "Degreaser"
        ),
        Product(
            "CH-12",
            "Chlorine Release Tablets",
            "1 x 200 tabs",
            21.3,
            "Danger",
            "!E",
            "Disinfectant",
        ),
        Product("HW-50", "Antibacterial Hand Wash", "4 x 5 L", 22.0, "", "", "Hand soap"),
        Product(
            "ST-70", "Floor Stripper Low Odour", "2 x 5 L", 29.4, "Danger", "C", "Floor stripper"
        ),
    ],
    "de": [
        Product(
            "A-310", "Sanitärreiniger sauer", "12 x 1 l", 28.4, "Gefahr", "C", "Sanitärreiniger"
        ),
        Product(
            "B-120", "Neutralreiniger Konzentrat", "2 x 10 l", 31.9, "", "", "Unterhaltsreiniger"
        ),
        Product("C-45", "Glasreiniger gebrauchsfertig", "6 x 1 l", 12.6, "", "", "Glasreiniger"),
        Product(
            "D-800", "Flächendesinfektion VAH", "2 x 5 l", 46.8, "Achtung", "!", "Desinfektion"
        ),
        Product(
            "E-77", "Grundreiniger stark alkalisch", "10 l", 39.5, "Gefahr", "C", "Grundreiniger"
        ),
        Product("F-15", "Waschlotion mild", "6 x 1 l", 18.2, "", "", "Handwaschlotion"),
        Product("G-260", "Küchenentfetter", "2 x 5 l", 27.7, "Gefahr", "C", "Fettlöser"),
    ],
    "fr": [
        Product(
            "NP-110", "Détartrant sanitaire 4 en 1", "6 x 1 L", 16.9, "Danger", "C", "Détartrant"
        ),
        Product("NP-205", "Détergent neutre sols", "2 x 5 L", 19.4, "", "", "Détergent"),
        Product(
            "NP-320",
            "Désinfectant surfaces EN 1276",
            "4 x 5 L",
            48.2,
            "Attention",
            "!",
            "Désinfectant",
        ),
        Product(
            "NP-040",
            "Nettoyant vitres prêt à l'emploi",
            "12 x 750 ml",
            21.1,
            "",
            "",
            "Nettoyant vitres",
        ),
        Product("NP-501", "Décapant sols forte alcalinité", "5 L", 24.8, "Danger", "C", "Décapant"),
        Product("NP-610", "Dégraissant cuisine", "2 x 5 L", 26.3, "Danger", "C", "Dégraissant"),
        Product("NP-090", "Crème lavante mains", "6 x 500 ml", 14.7, "", "", "Savon mains"),
    ],
}
SUNDRIES = {
    "en": [
        ("BG-90", "Black refuse sacks 90 L (200)", 16.4),
        ("RL-2", "Centrefeed blue roll (6)", 13.9),
        ("TT-4", "Toilet tissue 2-ply (36)", 17.5),
        ("GV-M", "Nitrile gloves M (100)", 5.2),
        ("MP-R", "Kentucky mop heads red (10)", 19.0),
    ],
    "de": [
        ("MS-60", "Müllsäcke 60 l (250)", 18.9),
        ("PH-2", "Papierhandtücher Z-Falz (3750)", 29.9),
        ("TP-3", "Toilettenpapier 3-lagig (72)", 24.5),
        ("HS-M", "Nitrilhandschuhe M (100)", 6.9),
        ("MB-50", "Wischmopp Baumwolle 50 cm (10)", 34.0),
    ],
    "fr": [
        ("SP-50", "Sacs poubelle 50 L (500)", 27.5),
        ("ES-2", "Essuie-mains enchevêtrés (3750)", 31.2),
        ("PH-6", "Papier hygiénique (96)", 29.9),
        ("GN-M", "Gants nitrile M (100)", 6.4),
        ("FR-40", "Franges microfibre 40 cm (10)", 36.0),
    ],
}


def products_of(lang: str) -> list[Product]:
    return PRODUCTS[lang]


def tpl_chemical_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A cleaning chemicals and janitorial supplier's invoice: product codes, pack sizes,
    quantities and prices, carriage, VAT, the delivery address of a site, now and then the
    conditions of sale printed on the back."""
    h = head_of(who, "chemical", abroad=0.12)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "paper").random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    ex = previous("chemical_invoice")
    d = ex[0] + timedelta(days=rng.randint(4, 12)) if isinstance(ex, tuple) else some_day(rng)
    no = (
        str(int(ex[1]) + rng.randint(3, 60))
        if isinstance(ex, tuple)
        else str(rng.randint(210000, 489999))
    )
    site = a_site(rng)
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    acct = serial(keyed(who, "acct"), "C99999")
    recipient(
        f,
        s,
        h,
        firm_lines(tr(lg, "Accounts Payable", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), acct),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                serial(rng, rng.choice(["PO9999", "99999", "BC-9999"])),
            ),
        ],
    )
    caption(f, s, tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        f"{tr(lg, 'Delivered to', 'Lieferanschrift', 'Livré à')}: {site.name}, {site.street}, "
        f"{site.town}",
        s.size - 1,
    )
    pool = products_of(lg)
    lines = rng.sample(pool, rng.randint(2, min(6, len(pool)))) + rng.sample(
        SUNDRIES[lg], rng.randint(0, 3)
    )  # type: ignore[operator]
    rows = []
    net = 0.0
    bought: list[Product] = []
    for it in lines:
        q = rng.choice([1, 2, 2, 3, 4, 6, 10])
        if isinstance(it, Product):
            code, name, pack, price = it.code, it.name, it.pack, it.price
            bought.append(it)
        else:
            code, name, price = it
            pack = tr(lg, "case", "Karton", "carton")
        price *= keyed(who, "prices").uniform(0.9, 1.15)
        net += q * round(price, 2)
        rows.append([code, name, pack, str(q), money(price, lg), money(q * round(price, 2), lg)])
    carriage = rng.choice([0.0, 0.0, 8.95, 12.5])
    if carriage:
        rows.append(
            [
                "",
                tr(lg, "Carriage", "Fracht / Versand", "Frais de port"),
                "",
                "1",
                money(carriage, lg),
                money(carriage, lg),
            ]
        )
        net += carriage
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.9, "left"),
                (3.4, "left"),
                (1.2, "left"),
                (0.5, "right"),
                (1, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Pack", "VE", "Cond."),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    note = tr(
        lg,
        "Payment terms: 30 days end of month. Goods remain our property until paid in full.",
        "Zahlbar innerhalb 14 Tagen mit 2 % Skonto, 30 Tage netto. Es gelten unsere AGB.",
        "Règlement à 45 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt légal. "
        "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg), note)
    pages = f.pages
    if keyed(who, "terms").random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS[lg],
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    LAST["day"] = d
    LAST["extra"] = (d, no, bought or [rng.choice(pool)], h)
    return pages


SDS_SECTIONS = {
    "en": [
        "Identification of the substance/mixture and of the company/undertaking",
        "Hazards identification",
        "Composition/information on ingredients",
        "First aid measures",
        "Firefighting measures",
        "Accidental release measures",
        "Handling and storage",
        "Exposure controls/personal protection",
        "Physical and chemical properties",
        "Stability and reactivity",
        "Toxicological information",
        "Ecological information",
        "Disposal considerations",
        "Transport information",
        "Regulatory information",
        "Other information",
    ],
    "de": [
        "Bezeichnung des Stoffs bzw. des Gemischs und des Unternehmens",
        "Mögliche Gefahren",
        "Zusammensetzung/Angaben zu Bestandteilen",
        "Erste-Hilfe-Maßnahmen",
        "Maßnahmen zur Brandbekämpfung",
        "Maßnahmen bei unbeabsichtigter Freisetzung",
        "Handhabung und Lagerung",
        "Begrenzung und Überwachung der Exposition/Persönliche Schutzausrüstungen",
        "Physikalische und chemische Eigenschaften",
        "Stabilität und Reaktivität",
        "Toxikologische Angaben",
        "Umweltbezogene Angaben",
        "Hinweise zur Entsorgung",
        "Angaben zum Transport",
        "Rechtsvorschriften",
        "Sonstige Angaben",
    ],
    "fr": [
        "Identification de la substance/du mélange et de la société/l'entreprise",
        "Identification des dangers",
        "Composition/informations sur les composants",
        "Premiers secours",
        "Mesures de lutte contre l'incendie",
        "Mesures à prendre en cas de dispersion accidentelle",
        "Manipulation et stockage",
        "Contrôles de l'exposition/protection individuelle",
        "Propriétés physiques et chimiques",
        "Stabilité et réactivité",
        "Informations toxicologiques",
        "Informations écologiques",
        "Considérations relatives à l'élimination",
        "Informations relatives au transport",
        "Informations relatives à la réglementation",
        "Autres informations",
    ],
}
H_PHRASES = {
    "C": ["H314", "H290"],
    "!": ["H315", "H319"],
    "E": ["H400", "H411"],
}
INGREDIENTS = [
    "Sodium hydroxide",
    "Alcohols C12-14 ethoxylated",
    "Citric acid",
    "Didecyldimethylammonium chloride",
    "Sulphamic acid",
    "2-Butoxyethanol",
    "Sodium hypochlorite",
    "Phosphoric acid",
    "Ethanol",
    "Tetrasodium EDTA",
]


def tpl_sds(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's safety data sheet for one product: the sixteen REACH sections with the
    product name, revision date and "page i of n" on every page, the pictograms, the
    ingredients table; now and then behind a short covering letter ("updated safety data
    sheets for the products you buy")."""
    ex = previous("chemical_invoice")
    if isinstance(ex, tuple):
        prod = rng.choice(ex[2])
        h = ex[3]
        d = ex[0]
    else:
        h = head_of(who, "chemical", abroad=0.12)
        prod = rng.choice(products_of(h.lang))
        d = some_day(rng)
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8)
    w, hh = s.page_size
    m = s.margin
    rev = d - timedelta(days=rng.randint(60, 900))
    ver = f"{rng.randint(1, 9)}.{rng.randint(0, 4)}"
    hdr = (
        tr(lg, "SAFETY DATA SHEET", "SICHERHEITSDATENBLATT", "FICHE DE DONNÉES DE SÉCURITÉ")
        + f" - {prod.name} - {tr(lg, 'Revision', 'Überarbeitet am', 'Révision')}: "
        f"{short(rev, lg)} - Version {ver}"
    )
    pages: list[Page] = []
    if rng.random() < 0.3:
        c = sheets(style_of(h, A4), h)
        cs = style_of(h, A4)
        recipient(
            c,
            cs,
            h,
            firm_lines(tr(lg, "Health & Safety", "Arbeitssicherheit", "Service QHSE")),
            d,
            [],
        )
        caption(
            c,
            cs,
            tr(
                lg,
                "Safety data sheets - updated versions",
                "Aktualisierte Sicherheitsdatenblätter",
                "Mise à jour des fiches de données de sécurité",
            ),
            0.5,
        )
        c.page.text(cs.margin, c.y, dear(lg, None), cs.font, cs.size)
        c.y += cs.size * 2
        write(
            c,
            cs,
            tr(
                lg,
                "Please find enclosed the current safety data sheet for the product listed "
                "below, which you have purchased from us in the last twelve months. Please make "
                "it available to your staff and replace previous versions.",
                "in der Anlage erhalten Sie das aktuelle Sicherheitsdatenblatt für das unten "
                "genannte Produkt, das Sie in den letzten zwölf Monaten bei uns bezogen haben. "
                "Bitte stellen Sie es Ihren Mitarbeitern zur Verfügung.",
                "Veuillez trouver ci-joint la fiche de données de sécurité à jour du produit "
                "ci-dessous, acheté chez nous au cours des douze derniers mois. Merci de la "
                "mettre à disposition de votre personnel.",
            ),
        )
        write(c, cs, f"{prod.code}  {prod.name}", cs.size, 20)
        regards(
            c,
            cs,
            lg,
            staff(h, "reg"),
            tr(lg, "Regulatory Affairs", "Produktsicherheit", "Affaires réglementaires"),
        )
        pages += close(c.pages, cs, h, numbers="none")

    def start(p: Page, n: int) -> float:
        p.text(m, m - 16, fit(hdr, s.font, 7, w - 2 * m), s.font, 7)
        p.line(m, m - 11, w - m, m - 11)
        return m + 2

    f = Sheets((w, hh), hh - m - 20, start)
    title = tr(lg, "SAFETY DATA SHEET", "SICHERHEITSDATENBLATT", "FICHE DE DONNÉES DE SÉCURITÉ")
    f.page.text(w / 2, f.y + 8, title, s.bold, 15, "center")
    f.page.text(
        w / 2,
        f.y + 22,
        tr(
            lg,
            "according to Regulation (EC) No 1907/2006 (REACH) as amended / UK REACH",
            "gemäß Verordnung (EG) Nr. 1907/2006 (REACH), Anhang II",
            "conformément au règlement (CE) n° 1907/2006 (REACH), annexe II",
        ),
        s.font,
        7.5,
        "center",
    )
    f.y += 42
    for k, sec in enumerate(SDS_SECTIONS[lg], 1):
        f.need(40)
        f.page.rect(m, f.y - 9, w - 2 * m, 13, fill=0.85)
        f.page.text(
            m + 4,
            f.y,
            fit(
                f"{tr(lg, 'SECTION', 'ABSCHNITT', 'RUBRIQUE')} {k}: {sec}",
                s.bold,
                8.5,
                w - 2 * m - 8,
            ),
            s.bold,
            8.5,
        )
        f.y += 14
        if k == 1:
            for lab, val in [
                ("1.1 " + tr(lg, "Product name", "Handelsname", "Nom du produit"), prod.name),
                (tr(lg, "Product code", "Artikelnummer", "Code produit"), prod.code),
                (
                    "1.2 " + tr(lg, "Use", "Verwendung", "Utilisation"),
                    tr(
                        lg,
                        f"{prod.use}, professional use only",
                        f"{prod.use}, nur für gewerbliche Anwender",
                        f"{prod.use}, usage professionnel",
                    ),
                ),
                (
                    "1.3 " + tr(lg, "Supplier", "Lieferant", "Fournisseur"),
                    f"{h.name}, {h.street}, {h.town}",
                ),
                (
                    "1.4 " + tr(lg, "Emergency telephone", "Notrufnummer", "Numéro d'urgence"),
                    tr(
                        lg,
                        "+44 (0)1865 407333 (24 h)",
                        "Giftnotruf +49 (0)551 19240",
                        "ORFILA +33 (0)1 45 42 59 59",
                    ),
                ),
            ]:
                f.page.text(m + 4, f.y, lab, s.font, 8)
                f.page.text(m + 150, f.y, fit(val, s.font, 8, w - 2 * m - 154), s.font, 8)
                f.y += 11
        elif k == 2:
            if prod.ghs:
                f.need(50)
                for j, g in enumerate(prod.ghs):
                    diamond(
                        f.page,
                        m + 22 + j * 48,
                        f.y + 18,
                        18,
                        {"C": "CORR", "!": "!", "E": "ENV", "F": "FLAM"}[g],
                    )
                f.page.text(
                    m + 40 + 48 * len(prod.ghs),
                    f.y + 12,
                    tr(lg, "Signal word", "Signalwort", "Mention d'avertissement")
                    + f": {prod.signal}",
                    s.bold,
                    8.5,
                )
                codes = [c for g in prod.ghs for c in H_PHRASES[g]]
                f.page.text(
                    m + 40 + 48 * len(prod.ghs),
                    f.y + 24,
                    fit(
                        ", ".join(codes) + "  P280, P305+P351+P338, P310",
                        s.font,
                        8,
                        w - 2 * m - 100,
                    ),
                    s.font,
                    8,
                )
                f.y += 46
            else:
                write(
                    f,
                    s,
                    tr(
                        lg,
                        "The mixture is not classified as hazardous according to Regulation (EC) "
                        "No 1272/2008 [CLP].",
                        "Das Gemisch ist nach Verordnung (EG) Nr. 1272/2008 [CLP] nicht als "
                        "gefährlich eingestuft.",
                        "Le mélange n'est pas classé comme dangereux selon le règlement (CE) n° "
                        "1272/2008 [CLP].",
                    ),
                    8,
                )
        elif k == 3:
            rows = [
                [
                    ing,
                    f"{rng.randint(200, 699)}-{rng.randint(100, 999)}-{rng.randint(1, 9)}",
                    f"01-21194{rng.randint(10000, 99999)}-xx",
                    rng.choice(["1-<5 %", "<1 %", "5-<10 %", "10-<15 %"]),
                    rng.choice(
                        ["Skin Corr. 1A; H314", "Eye Irrit. 2; H319", "Acute Tox. 4; H302", "-"]
                    ),
                ]
                for ing in rng.sample(INGREDIENTS, rng.randint(2, 4))
            ]
            table(
                f,
                columns(
                    m,
                    w - m,
                    [(2.6, "left"), (1.1, "left"), (1.6, "left"), (0.9, "left"), (1.8, "left")],
                ),
                [tr(lg, "Substance", "Stoff", "Substance"), "EC", "REACH", "%", "CLP"],
                rows,
                s,
                size=7,
                rules=True,
            )
        elif k == 9:
            for lab, val in [
                (
                    tr(lg, "Appearance", "Aussehen", "Aspect"),
                    rng.choice(
                        ["liquid, blue", "liquid, colourless", "flüssig, grün", "liquide, rose"]
                    ),
                ),
                ("pH", f"{rng.choice([1.5, 2, 7, 8.5, 12.5, 13])}"),
                (tr(lg, "Density", "Dichte", "Densité"), f"{rng.uniform(1.0, 1.2):.2f} g/cm³"),
                (tr(lg, "Flash point", "Flammpunkt", "Point d'éclair"), "> 100 °C"),
            ]:
                f.page.text(m + 4, f.y, lab, s.font, 8)
                f.page.text(m + 150, f.y, val, s.font, 8)
                f.y += 11
        elif k == 14:
            un = rng.choice(["1719", "1760", "3266", "2586"])
            write(
                f,
                s,
                tr(
                    lg,
                    f"UN {un}, class 8, packing group II, limited quantity."
                    if prod.ghs.startswith("C")
                    else "Not regulated for transport.",
                    "Kein Gefahrgut im Sinne der Transportvorschriften."
                    if not prod.ghs.startswith("C")
                    else f"UN {un}, Klasse 8, VG II, begrenzte Menge (LQ).",
                    "Non soumis à la réglementation transport."
                    if not prod.ghs.startswith("C")
                    else f"UN {un}, classe 8, GE II, quantité limitée.",
                ),
                8,
            )
        else:
            for j in range(1, rng.randint(2, 6)):
                f.para(
                    m + 4, w - 2 * m - 8, f"{k}.{j} " + prose(rng, lg, "chem", 2, 5), s.font, 8, 0.5
                )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "The information in this safety data sheet corresponds to our present state of "
            "knowledge.",
            "Die Angaben stützen sich auf den heutigen Stand unserer Kenntnisse.",
            "Les informations de cette fiche correspondent à l'état actuel de nos connaissances.",
        ),
        7,
    )
    body = f.pages
    number_pages(
        body, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", bottom=24
    )
    pages += body
    remember(d, (prod, h))
    return pages


def tpl_coshh(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's own hazardous substance assessment for a product: an English COSHH risk
    assessment form with tick boxes and the assessor's signature, a German Betriebsanweisung
    nach § 14 GefStoffV in its banded layout, a French notice de poste."""
    ex = previous("sds")
    h = firm_head()
    lg = h.lang
    if isinstance(ex, tuple):
        prod = ex[0]
        d = last_day(rng, ("sds",), (2, 20))
    else:
        prod = rng.choice(products_of(lg))
        d = some_day(rng)
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    if lg == "de":
        p.rect(m, y - 4, w - 2 * m, 44, fill=0.8)
        p.text(w / 2, y + 12, "BETRIEBSANWEISUNG gem. § 14 GefStoffV", s.bold, 13, "center")
        p.text(
            w / 2,
            y + 30,
            fit(
                f"Arbeitsbereich: Unterhaltsreinigung - Tätigkeit: {prod.use}",
                s.font,
                8.5,
                w - 2 * m,
            ),
            s.font,
            8.5,
            "center",
        )
        y += 54
        secs = [
            "GEFAHRSTOFFBEZEICHNUNG",
            "GEFAHREN FÜR MENSCH UND UMWELT",
            "SCHUTZMASSNAHMEN UND VERHALTENSREGELN",
            "VERHALTEN IM GEFAHRFALL",
            "ERSTE HILFE",
            "SACHGERECHTE ENTSORGUNG",
        ]
        per = (hh - y - 80) / len(secs)
        for k, t in enumerate(secs):
            p.rect(m, y, w - 2 * m, 14, fill=0.55)
            p.text(w / 2, y + 10, t, s.bold, 9, "center")
            p.rect(m, y + 14, w - 2 * m, per - 18)
            if prod.ghs and k in (1, 2):
                diamond(
                    p,
                    m + 26,
                    y + 14 + (per - 18) / 2,
                    17,
                    {"C": "CORR", "!": "!", "E": "ENV"}[prod.ghs[0]] if k == 1 else "PSA",
                )
            yy = y + 28
            text = f"{prod.name} ({prod.code})" if k == 0 else prose(rng, lg, "chem", 1, 3)
            for ln in wrap(text, s.font, 8, w - 2 * m - 70)[: int((per - 26) / 10)]:
                p.text(m + 58, yy, ln, s.font, 8)
                yy += 10
            y += per
        p.text(m, hh - 60, f"Datum: {short(d, lg)}", s.font, 8.5)
        p.text(w / 2, hh - 60, "Unterschrift:", s.font, 8.5)
        scrawl(p, w / 2 + 60, hh - 58, manager("director"), 11)
        p.text(
            m,
            hh - 46,
            "Nächster Überprüfungstermin: " + short(d + timedelta(days=365), lg),
            s.font,
            7.5,
        )
    else:
        title = tr(lg, "COSHH RISK ASSESSMENT", "", "NOTICE DE POSTE - PRODUIT CHIMIQUE")
        p.text(m, y + 6, title, s.bold, 14)
        y = fields(
            p,
            s,
            m,
            y + 16,
            w - 2 * m,
            [
                (tr(lg, "Product", "", "Produit"), f"{prod.name} ({prod.code})"),
                (tr(lg, "Supplier", "", "Fournisseur"), rng.choice(SENDERS["chemical"][lg])[0]),
                (tr(lg, "Task / use", "", "Tâche"), prod.use),
                (
                    tr(lg, "Who is exposed", "", "Personnel exposé"),
                    tr(lg, "Cleaning operatives", "", "Agents de service"),
                ),
                (
                    tr(lg, "Route of exposure", "", "Voie d'exposition"),
                    tr(lg, "Skin, eyes, inhalation of mist", "", "Peau, yeux, inhalation"),
                ),
                (
                    tr(lg, "SDS held", "", "FDS disponible"),
                    tr(lg, "Yes - site COSHH file", "", "Oui - classeur site"),
                ),
            ],
            per=2,
            tall=28,
        )
        y = band(p, s, y, tr(lg, "Hazard classification", "", "Classification"))
        y = ticks(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            tr(
                lg,
                "Corrosive|Irritant|Harmful|Toxic|Flammable|Environment|Not classified",
                "",
                "Corrosif|Irritant|Nocif|Toxique|Inflammable|Environnement|Non classé",
            ).split("|"),
            {{"C": 0, "!": 1, "E": 5}.get(prod.ghs[:1], 6)},
            8,
        )
        y = band(p, s, y + 4, tr(lg, "Control measures / PPE", "", "Mesures de prévention / EPI"))
        y = ticks(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            tr(
                lg,
                "Gloves|Goggles|Apron|Mask|Ventilation|Dilution system|Signage",
                "",
                "Gants|Lunettes|Tablier|Masque|Aération|Centrale de dilution|Balisage",
            ).split("|"),
            set(rng.sample(range(7), rng.randint(2, 4))),
            8,
        )
        y = band(
            p, s, y + 4, tr(lg, "First aid and spillage", "", "Premiers secours et déversement")
        )
        y += 8
        for ln in wrap(prose(rng, lg, "chem", 2, 4), s.font, 8, w - 2 * m)[:8]:
            p.text(m, y, ln, s.font, 8)
            y += 10
        y = band(p, s, y + 6, tr(lg, "Risk rating", "", "Niveau de risque"))
        y = ticks(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            tr(lg, "Low|Medium|High", "", "Faible|Moyen|Élevé").split("|"),
            {rng.choice([0, 0, 1]) if prod.ghs else 0},
            8,
        )
        y = fields(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "Assessed by", "", "Établi par"), manager("area")),
                (tr(lg, "Date", "", "Date"), short(d, lg)),
                (tr(lg, "Signature", "", "Signature"), ""),
                (tr(lg, "Review date", "", "Révision"), short(d + timedelta(days=365), lg)),
            ],
            per=4,
            tall=30,
        )
        scrawl(p, m + (w - 2 * m) / 2 + 6, y - 16, manager("area"), 10)
    pages = close([p], s, h, numbers="none")
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates ZZ: machines, hire, payroll
# ---------------------------------------------------------------------------------------------

MACHINES = [
    (
        "Scrubber dryer",
        "Scheuersaugmaschine",
        "autolaveuse",
        ["Numatic TTB 4055", "Nilfisk SC450", "Taski swingo 455"],
    ),
    (
        "Tub vacuum",
        "Trockensauger",
        "aspirateur",
        ["Numatic NRV 240", "Sprintus T15", "Nilfisk VP300"],
    ),
    (
        "Carpet extractor",
        "Sprühextraktionsgerät",
        "injecteur-extracteur",
        ["Prochem Steempro", "Kärcher Puzzi 10/2", "Santoemma Sw"],
    ),
    (
        "Rotary floor machine",
        "Einscheibenmaschine",
        "monobrosse",
        ["Victor Sprite 400", "Taski ergodisc 165", "Numatic NRT1530"],
    ),
    (
        "Pressure washer",
        "Hochdruckreiniger",
        "nettoyeur haute pression",
        ["Kränzle K1152", "Nilfisk MC 2C"],
    ),
]


def machine(rng: random.Random, lg: str) -> tuple[str, str]:
    en, de, fr, models = rng.choice(MACHINES)
    return tr(lg, en, de, fr), rng.choice(models)


def tpl_repair_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A floorcare engineer's invoice for a machine repair, with the engineer's service report
    (job sheet) behind it: the machine and serial number, fault, work done, parts, the
    electrical safety tick boxes and the signatures taken on site."""
    h = head_of(who, "engineer", abroad=0.05)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    job_day = d - timedelta(days=rng.randint(1, 9))
    mach, model = machine(rng, lg)
    sn = serial(rng, rng.choice(["AA9999999", "99999-999", "SN99999999"]))
    job = serial(rng, "J99999")
    no = serial(rng, rng.choice(["SI-99999", "RE 2025-999", "FA999999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Job no.", "Auftrag", "Intervention"), job),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        f"{mach} {model}, S/N {sn} - {tr(lg, 'repair on', 'Reparatur am', 'réparation du')} "
        f"{day(h, job_day)}",
        s.size - 0.5,
    )
    parts = [
        (
            serial(rng, "99-999-999"),
            rng.choice(
                [
                    "Squeegee blade set",
                    "Brush motor carbon brushes",
                    "Vacuum motor 240V",
                    "Drive belt",
                    "Solution valve",
                    "Battery charger",
                    "Kabel 15 m H07RN-F",
                    "Saugmotor",
                    "Lippensatz",
                    "Bürstenantrieb",
                    "Kit bavettes",
                    "Moteur d'aspiration",
                    "Électrovanne",
                ]
            ),
            rng.randint(1, 2),
            rng.choice([12.5, 24.9, 38.0, 86.4, 145.0, 212.0]),
        )
        for _ in range(rng.randint(1, 4))
    ]
    labour = rng.choice([0.75, 1, 1.5, 2])
    lrate = {"en": 58.0, "de": 72.0, "fr": 65.0}[lg]
    rows = [[c, n, str(q), money(p, lg), money(q * p, lg)] for c, n, q, p in parts]
    rows.append(
        [
            "",
            tr(
                lg,
                f"Labour {labour:g} h",
                f"Arbeitszeit {labour:g} Std.",
                f"Main d'oeuvre {labour:g} h",
            ),
            "1",
            money(labour * lrate, lg),
            money(labour * lrate, lg),
        ]
    )
    rows.append(
        [
            "",
            tr(lg, "Call-out / travel", "Anfahrtspauschale", "Déplacement"),
            "1",
            money(35.0, lg),
            money(35.0, lg),
        ]
    )
    net = sum(q * p for _, _, q, p in parts) + labour * lrate + 35.0
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (3.6, "left"), (0.5, "right"), (1, "right"), (1, "right")]
        ),
        [
            tr(lg, "Part no.", "Teile-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
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
        vat_rate(lg),
        tr(
            lg,
            "Payment due within 30 days. Service report attached.",
            "Zahlbar sofort ohne Abzug. Arbeitsbericht anbei.",
            "Paiement à réception. Rapport d'intervention joint.",
        ),
    )
    pages = close(f.pages, s, h)
    # The service report, a different form of the engineer's firm.
    p = Page(A4)
    ss = style_of(h, A4, margin=40, pt=8.5)
    y = heading(p, ss, h)
    p.text(
        m - 8,
        y + 4,
        tr(lg, "SERVICE REPORT", "ARBEITSBERICHT / SERVICEBERICHT", "RAPPORT D'INTERVENTION"),
        ss.bold,
        13,
    )
    p.text(w - 40, y + 4, f"No. {job}", ss.bold, 11, "right")
    y = fields(
        p,
        ss,
        40,
        y + 14,
        w - 80,
        [
            (tr(lg, "Customer", "Kunde", "Client"), firm_head().name),
            (tr(lg, "Date", "Datum", "Date"), short(job_day, lg)),
            (tr(lg, "Machine", "Gerät", "Machine"), f"{mach} {model}"),
            (tr(lg, "Serial no.", "Seriennummer", "N° de série"), sn),
            (
                tr(lg, "Fault reported", "Fehlerbeschreibung", "Panne signalée"),
                rng.choice(
                    tr(
                        lg,
                        "not picking up water|no suction|brush not turning|cuts out",
                        "saugt nicht|läuft nicht an|Bürste dreht nicht|Wasser läuft aus",
                        "fuite solution|ne démarre pas|n'aspire plus|brosse bloquée",
                    ).split("|")
                ),
            ),
            (tr(lg, "Hours meter", "Betriebsstunden", "Compteur"), str(rng.randint(120, 2400))),
        ],
        per=2,
        tall=26,
    )
    y = band(p, ss, y, tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux effectués"))
    yy = y + 14
    for ln in wrap(prose(rng, lg, "clean", 1, 2), HAND, 9, w - 90)[:4]:
        hand(p, 44, yy, ln, 9)
        yy += 15
    y = band(p, ss, yy + 10, tr(lg, "Checks", "Prüfungen", "Contrôles"))
    y = ticks(
        p,
        ss,
        40,
        y + 12,
        w - 80,
        tr(
            lg,
            "PAT tested|Earth continuity|Insulation|Cable & plug|Safe to use|Quote required",
            "Prüfung DIN VDE 0701-0702|Schutzleiter|Isolation|Kabel / Stecker|Betriebssicher|KVA "
            "nötig",
            "Contrôle électrique|Continuité terre|Isolement|Câble / prise|Apte|Devis à faire",
        ).split("|"),
        set(range(5)) if rng.random() < 0.8 else {0, 1, 2, 5},
        8,
    )
    y = fields(
        p,
        ss,
        40,
        y + 14,
        w - 80,
        [
            (
                tr(lg, "Arrived / left", "Ankunft / Abfahrt", "Arrivée / départ"),
                f"{rng.randint(8, 14):02d}:{rng.randint(0, 59):02d} / "
                f"{rng.randint(14, 17):02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Engineer", "Techniker", "Technicien"), staff(h, "eng")),
            (tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"), ""),
            (tr(lg, "Print name", "Name in Druckschrift", "Nom"), manager("supervisor").upper()),
        ],
        per=2,
        tall=32,
    )
    scrawl(p, 46, y - 16, manager("supervisor"), 11)
    pages.append(p)
    received(rng, pages[0], d)
    remember(d, None)
    return pages


def tpl_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment hire company's invoice for a hire period: the contract number, the machine
    and its fleet number, the on-hire date and the period charged, damage waiver, delivery and
    collection; runs of consecutive periods."""
    h = head_of(who, "hire")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    ex = previous("hire_invoice")
    contract = serial(keyed(who, "contract"), "HC999999")
    mach, model = machine(keyed(who, "machine"), lg)
    fleet = serial(keyed(who, "fleet"), "F99999")
    weeks = 4 if lg == "en" else 2
    if isinstance(ex, tuple):
        p0 = ex[0] + timedelta(days=7 * weeks)
        no = str(int(ex[1]) + rng.randint(40, 400))
    else:
        p0 = some_day(rng)
        no = str(rng.randint(1000000, 1999999))
    p1 = p0 + timedelta(days=7 * weeks - 1)
    d = p1 + timedelta(days=rng.randint(0, 3))
    site = client_site(who)
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Contract", "Mietvertrag", "Contrat"), contract),
        ],
    )
    caption(f, s, tr(lg, "HIRE INVOICE", "MIETRECHNUNG", "FACTURE DE LOCATION"), 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Site", "Einsatzort", "Chantier"), f"{site.name}, {site.town}"),
            (
                tr(lg, "On hire", "Mietbeginn", "Début de location"),
                short(p0 - timedelta(days=rng.choice([0, 7, 28])), lg),
            ),
            (
                tr(lg, "Period charged", "Abrechnungszeitraum", "Période facturée"),
                f"{short(p0, lg)} - {short(p1, lg)}",
            ),
            (tr(lg, "Ordered by", "Besteller", "Commandé par"), manager("area")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    rate = rng.choice([65.0, 85.0, 120.0, 145.0])
    rows = [
        [
            fleet,
            f"{mach} {model}",
            tr(lg, f"{weeks} weeks", f"{weeks} Wochen", f"{weeks} semaines"),
            money(rate, lg),
            money(rate * weeks, lg),
        ]
    ]
    net = rate * weeks
    dw = round(rate * weeks * 0.1, 2)
    rows.append(
        [
            "",
            tr(lg, "Damage waiver 10%", "Haftungsbegrenzung 10 %", "Garantie casse 10 %"),
            "",
            "",
            money(dw, lg),
        ]
    )
    net += dw
    if not isinstance(ex, tuple) and rng.random() < 0.7:
        rows.append(["", tr(lg, "Delivery", "Anlieferung", "Livraison"), "", "", money(45.0, lg)])
        net += 45.0
    if rng.random() < 0.3:
        rows.append(
            [
                "",
                tr(lg, "Consumable pads / brushes", "Pads / Bürsten", "Disques / brosses"),
                "2",
                money(9.5, lg),
                money(19.0, lg),
            ]
        )
        net += 19.0
    table(
        f,
        columns(m, w - m, [(1, "left"), (3.4, "left"), (1.2, "left"), (1, "right"), (1, "right")]),
        [
            tr(lg, "Fleet no.", "Inv.-Nr.", "N° parc"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Period", "Dauer", "Durée"),
            tr(lg, "Rate", "Satz", "Tarif"),
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
        vat_rate(lg),
        tr(
            lg,
            "Equipment remains on hire until an off-hire number is issued. Hire continues to be "
            "charged.",
            "Die Mietzeit endet erst mit Rückgabe bzw. Abholung des Geräts.",
            "La location court jusqu'à la restitution du matériel.",
        ),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.3)
    LAST["day"] = d
    LAST["extra"] = (p0, no)
    return pages


def tpl_payroll_input(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's payroll input to its payroll bureau for the month: now and then a cover
    sheet ("payroll input - n pages"), then the hours return on landscape pages (payroll number,
    site, contracted and worked hours, overtime, sickness, holiday, notes), totals and the
    manager's authorisation."""
    h = firm_head()
    lg = h.lang
    bureau = head_of(who, "bureau")
    d = month() + timedelta(days=rng.randint(18, 24))
    period = f"{d.month:02d}/{d.year}"
    s2 = Style(h.font, h.bold, 8, 36, "none", "bottom", LAND, h.dates)
    title = tr(
        lg,
        f"Payroll input - period {period} - hours return",
        f"Stundenmeldung Lohnabrechnung {period}",
        f"Éléments variables de paie - {period}",
    )
    lf = landscape_flow(s2, title, h)
    team = crew(rng.randint(24, 24))
    extra = names(rng, lg, rng.randint(10, 30), team)
    sites = [a_site(firm_rng(f"s{k}")).name for k in range(5)]
    rows = []
    tot = [0.0, 0.0, 0.0, 0.0, 0.0]
    for k, nm in enumerate(team + extra):
        con = rng.choice([10, 12.5, 15, 17.5, 20, 25, 30, 37.5])
        wk = con * 4.33 + rng.choice([0, 0, 0, -2, 3.5, 6])
        ot = rng.choice([0, 0, 0, 2, 4, 7.5])
        sick = rng.choice([0, 0, 0, 0, 1, 3])
        hol = rng.choice([0, 0, 0, 1, 2, 5])
        note = rng.choice(
            [
                "",
                "",
                "",
                "",
                tr(lg, "starter", "Eintritt", "entrée"),
                tr(lg, "leaver", "Austritt", "sortie"),
                tr(lg, "SSP", "AU", "arrêt"),
                tr(lg, "advance £50", "Vorschuss 100 €", "acompte 100 €"),
            ]
        )
        for j, v in enumerate([con, wk, ot, sick, hol]):
            tot[j] += v
        rows.append(
            [
                f"{1000 + 7 * k + rng.randint(0, 6)}",
                nm,
                rng.choice(sites),
                f"{con:g}",
                f"{wk:.2f}",
                f"{ot:g}" if ot else "",
                str(sick) if sick else "",
                str(hol) if hol else "",
                note,
            ]
        )
    rows.append(
        [
            "",
            tr(lg, "TOTAL", "SUMME", "TOTAL"),
            "",
            f"{tot[0]:g}",
            f"{tot[1]:.2f}",
            f"{tot[2]:g}",
            f"{tot[3]:g}",
            f"{tot[4]:g}",
            "",
        ]
    )
    table(
        lf,
        columns(
            36,
            LAND[0] - 36,
            [
                (0.7, "left"),
                (2.2, "left"),
                (3, "left"),
                (0.8, "right"),
                (0.9, "right"),
                (0.8, "right"),
                (0.7, "right"),
                (0.7, "center"),
                (1.6, "left"),
            ],
        ),
        [
            tr(lg, "Payroll no.", "Pers.-Nr.", "Matricule"),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Site", "Objekt", "Site"),
            tr(lg, "Contr. h/wk", "Soll Std./Wo.", "H contrat"),
            tr(lg, "Hours worked", "Ist-Std.", "H réalisées"),
            tr(lg, "OT", "Mehrarb.", "H compl."),
            tr(lg, "Sick days", "AU-Tage", "Absence"),
            tr(lg, "Hol. days", "Urlaub", "Congés"),
            tr(lg, "Notes", "Bemerkung", "Observations"),
        ],
        rows,
        s2,
        size=7.5,
        rules=True,
        step=1.75,
    )
    lf.y += 10
    lf.need(50)
    lf.page.text(36, lf.y + 8, tr(lg, "Authorised:", "Freigabe:", "Validé par :"), s2.font, 8.5)
    scrawl(lf.page, 100, lf.y + 10, manager("director"), 12)
    lf.page.text(260, lf.y + 8, f"{manager('director')} - {short(d, lg)}", s2.font, 8.5)
    body = lf.pages
    number_pages(body, s2, "{i}/{n}", "br", bottom=20)
    pages: list[Page] = []
    if rng.random() < 0.45:
        s = style_of(h, A4)
        w, _hh = A4
        m = s.margin
        c = Page(A4)
        y = heading(c, s, h)
        c.text(
            m,
            y + 20,
            tr(
                lg,
                "PAYROLL INPUT - COVER SHEET",
                "DECKBLATT LOHNUNTERLAGEN",
                "BORDEREAU D'ENVOI - ÉLÉMENTS DE PAIE",
            ),
            s.bold,
            14,
        )
        y = fields(
            c,
            s,
            m,
            y + 40,
            w - 2 * m,
            [
                (tr(lg, "To", "An", "Destinataire"), bureau.name),
                (
                    tr(lg, "Client code", "Mandanten-Nr.", "Code dossier"),
                    serial(keyed(who, "client"), "99999"),
                ),
                (tr(lg, "Period", "Abrechnungsmonat", "Période"), period),
                (
                    tr(lg, "Pages (incl. this one)", "Seiten (inkl. Deckblatt)", "Nombre de pages"),
                    str(len(body) + 1),
                ),
                (tr(lg, "From", "Von", "Expéditeur"), manager("payroll")),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            ],
            per=2,
            tall=30,
        )
        c.text(m, y + 10, tr(lg, "Enclosed:", "Anlagen:", "Pièces jointes :"), s.bold, s.size)
        y = ticks(
            c,
            s,
            m,
            y + 28,
            w - 2 * m,
            tr(
                lg,
                "Hours return|Starter forms|Leaver details|Sick notes|Holiday changes",
                "Stundenmeldung|Personalfragebögen|Austritte|AU-Bescheinigungen|Urlaubsänderungen",
                "Relevé d'heures|Entrées|Sorties|Arrêts de travail|Congés",
            ).split("|"),
            {0} | set(rng.sample(range(1, 5), rng.randint(0, 2))),
            9,
        )
        for ln in wrap(prose(rng, lg, "staff", 1, 2), HAND, 9.5, w - 2 * m)[:4]:
            hand(c, m, y + 20, ln, 9.5)
            y += 16
        pages.append(c)
    pages += body
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates ZZ: works orders, completion sheets, training, hygiene, TUPE, subcontractors
# ---------------------------------------------------------------------------------------------

WORKS = {
    "en": [
        "Summer holiday deep clean - classrooms and corridors",
        "Carpet shampoo, first floor offices",
        "Builders' clean after refurbishment, Block B",
        "Strip and reseal vinyl floors, ward corridor",
        "External window clean, all elevations",
        "Kitchen deep clean incl. extraction canopy",
        "Sanitise after flood, basement store",
    ],
    "de": [
        "Grundreinigung Sommerferien - Klassenräume und Flure",
        "Teppichreinigung 1. OG (Sprühextraktion)",
        "Bauendreinigung nach Umbau Haus B",
        "Grundreinigung und Einpflege PVC, Stationsflur",
        "Glasreinigung außen, alle Fassaden",
        "Küchengrundreinigung inkl. Dunstabzugshaube",
        "Reinigung und Desinfektion nach Wasserschaden, Keller",
    ],
    "fr": [
        "Remise en état estivale - salles et circulations",
        "Shampooing moquette 1er étage",
        "Nettoyage de fin de chantier, bâtiment B",
        "Décapage et mise en cire des sols, couloir",
        "Vitrerie extérieure, toutes façades",
        "Nettoyage approfondi cuisine et hotte",
        "Désinfection après dégât des eaux, sous-sol",
    ],
}


def tpl_works_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's works order (purchase order) for periodic or one-off cleaning: the order
    number to quote, the site, the work, access times, the agreed price, now and then the
    order conditions on a second page."""
    site = client_site(who)
    h = client_head(site)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    ex = previous("works_order")
    d = ex[0] + timedelta(days=rng.randint(0, 5)) if isinstance(ex, tuple) else some_day(rng)
    no = serial(
        rng, keyed(who, "mask").choice(["4500999999", "WO-999999", "BC 2025-9999", "BE99999"])
    )
    work = rng.choice(WORKS[lg])
    price = rng.choice([380.0, 640.0, 1250.0, 2180.0, 3900.0, 860.0])
    when = d + timedelta(days=rng.randint(5, 30))
    f = sheets(s, h, f"{tr(lg, 'Works order', 'Bestellung', 'Bon de commande')} {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(),
        d,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "N° commande"), no),
            (
                tr(lg, "Supplier no.", "Lieferanten-Nr.", "N° fournisseur"),
                serial(keyed(who, "sup"), "999999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "WORKS ORDER", "BESTELLUNG / AUFTRAG", "BON DE COMMANDE"), 4)
    rows = [["10", work, "1", tr(lg, "job", "psch.", "forfait"), money(price, lg)]]
    if rng.random() < 0.3:
        extra = rng.choice([150.0, 220.0, 95.0])
        rows.append(
            [
                "20",
                tr(
                    lg,
                    "Out-of-hours supplement",
                    "Zuschlag Wochenendarbeit",
                    "Majoration travail de nuit",
                ),
                "1",
                tr(lg, "job", "psch.", "forfait"),
                money(extra, lg),
            ]
        )
        price += extra
    table(
        f,
        columns(
            m, w - m, [(0.5, "left"), (4.6, "left"), (0.5, "center"), (0.8, "left"), (1.1, "right")]
        ),
        [
            tr(lg, "Line", "Pos.", "Ligne"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [(tr(lg, "Order value (net)", "Bestellwert netto", "Montant HT"), cash(price, lg))],
        w - m,
        s.size,
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
                tr(lg, "Site / delivery address", "Leistungsort", "Lieu d'exécution"),
                f"{site.name}, {site.street}",
            ),
            (
                tr(lg, "Required on / by", "Ausführung am / bis", "Date d'intervention"),
                short(when, lg),
            ),
            (
                tr(lg, "Access", "Zugang", "Accès"),
                rng.choice(
                    [
                        tr(lg, "Caretaker 07:00-18:00", "Hausmeister 7-16 Uhr", "Gardien 7h-18h"),
                        tr(lg, "Security desk, sign in", "Pforte, Anmeldung", "Accueil sécurité"),
                    ]
                ),
            ),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(h, "fm")),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Invoices must quote the order number and be sent to accounts payable. Orders "
            "without a number will not be paid.",
            "Rechnungen bitte unter Angabe der Bestellnummer an die Kreditorenbuchhaltung. Es "
            "gelten unsere Einkaufsbedingungen.",
            "Les factures doivent rappeler le numéro de commande. Conditions générales d'achat "
            "au verso.",
        ),
        s.size - 1.5,
    )
    f.y += 10
    f.need(60)
    scrawl(f.page, m, f.y + 20, staff(h, "buyer"))
    f.page.text(
        m,
        f.y + 34,
        f"{staff(h, 'buyer')} - {tr(lg, 'Authorised signatory', 'Einkauf', 'Acheteur')}",
        s.font,
        8,
    )
    f.y += 50
    pages = f.pages
    if keyed(who, "terms").random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of Purchase",
                    "Allgemeine Einkaufsbedingungen",
                    "Conditions générales d'achat",
                ),
                TERMS[lg][:10],
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    LAST["day"] = d
    LAST["extra"] = (d, no, site, work, when)
    return pages


def tpl_completion_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's job completion sheet for a works order, filled in on site and signed by the
    client: what was done, times, operatives, the satisfaction ticks and comments; mostly A5."""
    ex = previous("works_order")
    h = firm_head()
    lg = h.lang
    if isinstance(ex, tuple):
        _, no, site, work, when = ex
    else:
        site = client_site(who)
        no = serial(rng, "WO-999999")
        work = rng.choice(WORKS[lg])
        when = some_day(rng)
    size = A5 if firm_rng("a5").random() < 0.7 else A4
    s = style_of(h, size, margin=30 if size == A5 else 0, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y + 4,
        tr(
            lg,
            "JOB COMPLETION SHEET",
            "LEISTUNGSNACHWEIS / ABNAHME",
            "BON D'INTERVENTION / PV DE RÉCEPTION",
        ),
        s.bold,
        11,
    )
    p.text(w - m, y + 4, serial(rng, "No. 99999"), "Helvetica-Bold", 10, "right")
    ops = rng.sample(crew(14), rng.randint(2, 4))
    y = fields(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        [
            (tr(lg, "Client order no.", "Bestell-Nr.", "N° commande"), no),
            (tr(lg, "Date", "Datum", "Date"), short(when, lg)),
            (tr(lg, "Site", "Objekt", "Site"), site.name),
            (
                tr(lg, "Start / finish", "Beginn / Ende", "Début / fin"),
                f"{rng.randint(6, 9):02d}:00 / {rng.randint(13, 20):02d}:30",
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "Work carried out", "Ausgeführte Leistung", "Travaux réalisés"))
    yy = y + 14
    for ln in wrap(work + ". " + words(rng, lg, "clean", 8), HAND, 9, w - 2 * m)[:3]:
        hand(p, m + 2, yy, ln, 9)
        yy += 14
    yy += 4
    p.text(m, yy, f"{tr(lg, 'Operatives', 'Mitarbeiter', 'Intervenants')}:", s.font, 8)
    hand(p, m + 70, yy, ", ".join(ops), 8.5, w - 2 * m - 70)
    y = band(
        p,
        s,
        yy + 18,
        tr(lg, "Client satisfaction", "Abnahme durch den Auftraggeber", "Appréciation du client"),
    )
    y = ticks(
        p,
        s,
        m,
        y + 12,
        w - 2 * m,
        tr(
            lg,
            "Excellent|Good|Satisfactory|Poor",
            "sehr gut|gut|befriedigend|mangelhaft",
            "Très satisfait|Satisfait|Moyen|Insatisfait",
        ).split("|"),
        {rng.choice([0, 1, 1, 2])},
        8,
    )
    p.text(m, y + 2, tr(lg, "Comments", "Bemerkungen", "Observations"), s.font, 8)
    p.rect(m, y + 6, w - 2 * m, 40)
    if rng.random() < 0.5:
        hand(
            p,
            m + 4,
            y + 22,
            fit(
                rng.choice(
                    [
                        "all fine thank you",
                        "marks left on corridor 2",
                        "sehr sauber, danke",
                        "Restflecken Raum 104",
                        "RAS",
                        "reprise à prévoir salle 12",
                    ]
                ),
                HAND,
                9,
                w - 2 * m - 8,
            ),
            9,
        )
    y += 56
    half = (w - 2 * m - 16) / 2
    signature_block(
        p,
        s,
        m,
        y,
        half,
        tr(lg, "Supervisor", "Vorarbeiter/in", "Chef d'équipe"),
        manager("supervisor"),
    )
    signature_block(
        p,
        s,
        m + half + 16,
        y,
        half,
        tr(lg, "Client (print and sign)", "Auftraggeber", "Client (nom et signature)"),
        staff(client_head(site), "fm"),
        rng.random() < 0.85,
    )
    p.text(
        m,
        hh - 22,
        tr(
            lg,
            "White copy: client - Yellow copy: office",
            "Original: Kunde - Durchschlag: Büro",
            "Original : client - Copie : agence",
        ),
        s.font,
        6.5,
    )
    remember(when, site)
    return [p]


TOPICS_TRAINING = {
    "en": [
        "Safe use of chemicals (COSHH)",
        "Manual handling",
        "Colour coding and cross-contamination",
        "Slips, trips and wet floor signs",
        "Needle-stick and sharps",
        "Lone working and keys",
        "Scrubber dryer operation",
    ],
    "de": [
        "Umgang mit Gefahrstoffen (Betriebsanweisung)",
        "Heben und Tragen",
        "Farbsystem und Hygiene",
        "Rutschgefahr und Warnschilder",
        "Nadelstichverletzungen",
        "Alleinarbeit und Schlüssel",
        "Bedienung Scheuersaugmaschine",
    ],
    "fr": [
        "Utilisation des produits chimiques",
        "Gestes et postures",
        "Code couleur et contamination croisée",
        "Risque de chute et signalisation",
        "Accident d'exposition au sang",
        "Travail isolé et clés",
        "Utilisation de l'autolaveuse",
    ],
}


def tpl_toolbox_talk(rng: random.Random, who: Issuer) -> list[Page]:
    """A toolbox talk or safety instruction attendance record: topic, trainer, duration, the
    points covered, the attendees' names with their signatures, the trainer's signature; now and
    then the handout of the points covered as a second page."""
    h = firm_head()
    lg = h.lang
    ex = previous("toolbox_talk")
    site = a_site(rng) if isinstance(ex, Site) or rng.random() < 0.5 else client_site(who)
    d = some_day(rng)
    topic = rng.choice(TOPICS_TRAINING[lg])
    s = style_of(h, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, h, "")
    caption(
        f,
        s,
        tr(
            lg,
            "Training / Toolbox Talk Attendance Record",
            "Unterweisungsnachweis nach § 12 ArbSchG",
            "Feuille d'émargement - formation sécurité",
        ),
        3,
    )
    trainer = manager(rng.choice(["area", "hs"]))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Topic", "Thema", "Thème"), topic),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Site / venue", "Objekt / Ort", "Lieu"), site.name),
            (
                tr(lg, "Duration", "Dauer", "Durée"),
                rng.choice(["20 min", "30 min", "45 min", "1 h"]),
            ),
            (tr(lg, "Trainer", "Unterweisende/r", "Formateur"), trainer),
            (
                tr(lg, "Language(s)", "Sprache(n)", "Langue(s)"),
                rng.choice(
                    [
                        tr(lg, "English", "Deutsch", "français"),
                        tr(lg, "English / Polish", "Deutsch / Türkisch", "français / portugais"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    f.page.text(m, f.y, tr(lg, "Points covered:", "Inhalte:", "Points abordés :"), s.bold, s.size)
    f.y += 12
    for _ in range(rng.randint(3, 5)):
        f.para(
            m + 14,
            w - 2 * m - 14,
            "- " + words(rng, lg, rng.choice(["chem", "clean", "staff"]), rng.randint(6, 11)),
            s.font,
            s.size - 0.5,
            0.2,
        )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "By signing below I confirm that I have attended and understood this training.",
            "Mit meiner Unterschrift bestätige ich die Teilnahme und dass ich die Inhalte "
            "verstanden habe.",
            "Je certifie avoir assisté à cette formation et en avoir compris le contenu.",
        ),
        s.size - 1,
    )
    people = rng.sample(crew(24), rng.randint(5, 16))
    cols = columns(m, w - m, [(0.4, "left"), (2.6, "left"), (1.4, "left"), (2.4, "left")])
    head = [
        "#",
        tr(lg, "Name (print)", "Name", "Nom"),
        tr(lg, "Payroll no.", "Pers.-Nr.", "Matricule"),
        tr(lg, "Signature", "Unterschrift", "Signature"),
    ]
    rows = [[str(k + 1), "", "", ""] for k in range(len(people) + rng.randint(1, 4))]
    y0 = f.y
    table(f, cols, head, rows, s, rules=True, step=2.6)
    # Hand entries over the empty rows (on the page the table started on).
    size = s.size - 1
    yy = y0 + size * 1.9
    pg = f.pages[-1] if len(f.pages) == 1 else f.pages[0]
    for nm in people:
        if yy > hh - m - 30:
            break
        hand(
            pg,
            cols[1][0],
            yy,
            nm.upper() if rng.random() < 0.5 else nm,
            8.5,
            cols[1][1] - cols[1][0],
        )
        hand(pg, cols[2][0], yy, str(rng.randint(1000, 1200)), 8.5)
        scrawl(pg, cols[3][0], yy, nm, 10)
        yy += size * 2.6
    f.y += 14
    f.need(60)
    signature_block(
        f.page,
        s,
        m,
        f.y,
        (w - 2 * m) / 2,
        tr(lg, "Trainer", "Unterweisende/r", "Formateur"),
        trainer,
    )
    f.y += 60
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        g = Page(A4)
        y = m
        g.text(m, y, topic, s.bold, 13)
        y += 24
        for k in range(rng.randint(5, 8)):
            g.text(m, y, f"{k + 1}.", s.bold, 10)
            for ln in wrap(prose(rng, lg, "chem", 1, 2), s.font, 9.5, w - 2 * m - 20):
                g.text(m + 20, y, ln, s.font, 9.5)
                y += 13
            y += 8
            if y > hh - m - 60:
                break
        g.rect(m, hh - m - 50, w - 2 * m, 40, fill=0.9)
        g.text(
            m + 10,
            hh - m - 26,
            fit(
                tr(
                    lg,
                    "If in doubt - stop and ask your supervisor.",
                    "Im Zweifel: Arbeit unterbrechen und Objektleitung fragen.",
                    "En cas de doute : arrêtez et demandez à votre chef d'équipe.",
                ),
                s.bold,
                10,
                w - 2 * m - 20,
            ),
            s.bold,
            10,
        )
        pages.append(g)
    remember(d, site)
    return pages


def tpl_hygiene_docket(rng: random.Random, who: Issuer) -> list[Page]:
    """A washroom hygiene service visit docket left at a site: the units serviced (sanitary
    bins, nappy bins, air fresheners, hand dryers), the waste collected with its code, the
    technician and the site contact's signature; a till-roll slip from the handheld printer
    or an A6 carbon copy."""
    h = head_of(who, "hygiene")
    lg = h.lang
    ex = previous("hygiene_docket")
    site = a_site(rng) if isinstance(ex, Site) else client_site(who)
    d = some_day(rng)
    slip = keyed(who, "slip").random() < 0.6
    size = SLIP if slip else A6
    font = "Courier" if slip else h.font
    bold = "Courier-Bold" if slip else h.bold
    s = Style(font, bold, 7.5, 14 if slip else 18, "none", "bottom", size, h.dates)
    w, _hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h, top=20)
    p.text(
        w / 2, y, tr(lg, "SERVICE DOCKET", "SERVICENACHWEIS", "BON DE PASSAGE"), bold, 9, "center"
    )
    y += 14
    no = serial(rng, "99999999")
    for lab, val in [
        (tr(lg, "Docket", "Beleg", "Bon"), no),
        (
            tr(lg, "Date", "Datum", "Date"),
            f"{short(d, lg)} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}",
        ),
        (tr(lg, "Customer", "Kunde", "Client"), firm_head().name),
        (tr(lg, "Site", "Standort", "Site"), site.name),
        (tr(lg, "Route", "Tour", "Tournée"), serial(keyed(who, "route"), "R99")),
    ]:
        p.text(m, y, f"{lab}:", font, 7)
        p.text(w - m, y, fit(val, font, 7, w - 2 * m - 40), font, 7, "right")
        y += 9
    p.line(m, y, w - m, y)
    y += 10
    items = tr(
        lg,
        "Sanitary bin exchange|Nappy bin|Air freshener refill|Hand dryer check|Sharps box|Urinal "
        "sanitiser",
        "Damenhygienebehälter Tausch|Windeleimer|Duftspender nachfüllen|Händetrockner "
        "Prüfung|Kanülenbox|Urinal-Sanitizer",
        "Échange conteneur hygiène féminine|Conteneur couches|Recharge diffuseur|Contrôle "
        "sèche-mains|Boîte à aiguilles|Désodorisant urinoir",
    ).split("|")
    for it in rng.sample(items, rng.randint(2, 5)):
        q = rng.randint(1, 14)
        p.text(m, y, fit(it, font, 7, w - 2 * m - 24), font, 7)
        p.text(w - m, y, str(q), font, 7, "right")
        y += 9
    p.line(m, y, w - m, y)
    y += 10
    p.text(
        m,
        y,
        fit(
            f"{tr(lg, 'Waste', 'Abfall', 'Déchets')}: EWC 18 01 04 / 20 01 99 - "
            f"{rng.uniform(1.5, 22):.1f} kg",
            font,
            6.5,
            w - 2 * m,
        ),
        font,
        6.5,
    )
    y += 9
    p.text(
        m,
        y,
        fit(
            f"{tr(lg, 'Technician', 'Techniker', 'Technicien')}: {staff(h, 'tech')}",
            font,
            7,
            w - 2 * m,
        ),
        font,
        7,
    )
    y += 16
    p.text(
        m, y, tr(lg, "Customer signature:", "Unterschrift Kunde:", "Signature client :"), font, 7
    )
    y += 20
    if rng.random() < 0.8:
        scrawl(p, m + 10, y, person(rng, home()), 10)
    else:
        p.text(
            m + 10,
            y,
            tr(
                lg,
                "NO SIGNATURE - LEFT WITH RECEPTION",
                "KEINE UNTERSCHRIFT - AN EMPFANG",
                "NON SIGNÉ - REMIS À L'ACCUEIL",
            ),
            font,
            6,
        )
    p.line(m, y + 3, w - m, y + 3)
    y += 16
    for ln in wrap(
        tr(
            lg,
            "Thank you. Next visit in 28 days. Any queries please call customer service.",
            "Vielen Dank. Nächster Service in 4 Wochen.",
            "Merci. Prochain passage dans 4 semaines.",
        ),
        font,
        6.5,
        w - 2 * m,
    ):
        p.text(w / 2, y, ln, font, 6.5, "center")
        y += 8
    if slip:
        p.size = (w, max(y + 24, 90 * MM))  # the printer cuts the roll after the last line
    remember(d, site)
    return [p]


def tpl_tupe_list(rng: random.Random, who: Issuer) -> list[Page]:
    """Employee liability information for a cleaning contract changing hands: the outgoing
    contractor's (or the client's) letter, then the list of staff assigned to the contract on
    landscape pages (start date, hours, pay, holiday, notes), with a running header."""
    site = site_for(rng, ("service_contract",))
    h = head_of(who, "outgoing")
    lg = h.lang
    s = style_of(h, A4)
    _w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("service_contract",), (3, 20))
    when = date(d.year + (d.month >= 11), (d.month + 1) % 12 + 1, 1)
    f = sheets(s, h, "")
    recipient(
        f,
        s,
        h,
        firm_lines(tr(lg, "FAO HR Manager", "Personalabteilung", "Service RH")),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "HR/99/999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Employee liability information - {site.name}",
            f"Betriebsübergang nach § 613a BGB - {site.name}",
            f"Reprise du personnel - marché {site.name}",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Further to the award of the cleaning contract at the above site to your company "
            f"with effect from {day(h, when)}, we enclose the employee liability information "
            "required under regulation 11 of the Transfer of Undertakings (Protection of "
            "Employment) Regulations 2006.",
            "im Hinblick auf die Übernahme der Reinigungsleistungen im o. g. Objekt durch Ihr "
            f"Unternehmen zum {day(h, when)} übersenden wir Ihnen die Liste der in diesem Objekt "
            "eingesetzten Mitarbeiterinnen und Mitarbeiter.",
            "Suite à l'attribution du marché de nettoyage du site ci-dessus à votre entreprise "
            f"à compter du {day(h, when)}, nous vous adressons, conformément à l'article 7 de la "
            "convention collective nationale des entreprises de propreté, la liste du personnel "
            "transférable.",
        ),
    )
    write(f, s, prose(rng, lg, "staff", 1, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "hr"),
        tr(lg, "HR Business Partner", "Personalleitung", "Responsable des ressources humaines"),
    )
    pages = close(f.pages, s, h, numbers="none")
    s2 = Style(h.font, h.bold, 8, 36, "none", "bottom", LAND, h.dates)
    title = tr(
        lg,
        f"Annex - staff assigned to {site.name}",
        f"Anlage - Personalliste {site.name}",
        f"Annexe - liste du personnel affecté au site {site.name}",
    )
    lf = landscape_flow(s2, title, h)
    rows = []
    for k, nm in enumerate(names(rng, lg, rng.randint(6, 30))):
        st = date(rng.randint(2004, 2024), rng.randint(1, 12), rng.randint(1, 28))
        rows.append(
            [
                f"{k + 1}",
                nm,
                rng.choice(
                    [
                        tr(lg, "Cleaner", "Reinigungskraft", "Agent de service"),
                        tr(lg, "Supervisor", "Vorarbeiterin", "Chef d'équipe"),
                        tr(lg, "Cleaner", "Reinigungskraft", "Agent de service"),
                    ]
                ),
                short(st, lg),
                f"{rng.choice([10, 12.5, 15, 20, 25, 30])}",
                money(
                    {"en": 12.21, "de": 14.25, "fr": 12.02}[lg] + rng.choice([0, 0, 0.3, 0.85]), lg
                ),
                rng.choice(["28", "30", "25"]),
                rng.choice(
                    [
                        "",
                        "",
                        "",
                        tr(lg, "maternity leave", "Elternzeit", "congé maternité"),
                        tr(lg, "written warning (expired)", "Abmahnung 2023", "avertissement"),
                        tr(lg, "long-term sick", "langzeiterkrankt", "arrêt longue durée"),
                    ]
                ),
            ]
        )
    table(
        lf,
        columns(
            36,
            LAND[0] - 36,
            [
                (0.3, "left"),
                (2.2, "left"),
                (1.7, "left"),
                (1.1, "left"),
                (0.9, "right"),
                (1, "right"),
                (0.8, "center"),
                (2.4, "left"),
            ],
        ),
        [
            "#",
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Job title", "Tätigkeit", "Emploi"),
            tr(lg, "Cont. service", "Eintritt", "Ancienneté"),
            tr(lg, "Hrs / wk", "Std. / Wo.", "H / sem."),
            tr(lg, "Rate / h", "Lohn / Std.", "Taux horaire"),
            tr(lg, "Hol. days", "Urlaub", "Congés"),
            tr(lg, "Notes", "Bemerkungen", "Observations"),
        ],
        rows,
        s2,
        size=8,
        rules=True,
        step=1.9,
    )
    lf.y += 8
    write(
        lf,
        s2,
        tr(
            lg,
            "Pension: all staff are enrolled in the company's auto-enrolment scheme (3% "
            "employer). Information correct at the date of this letter.",
            "Alle Angaben nach bestem Wissen, Stand: Datum dieses Schreibens. Tarifvertrag "
            "Gebäudereinigerhandwerk.",
            "Informations arrêtées à la date du présent courrier. Convention collective "
            "nationale des entreprises de propreté (IDCC 3043).",
        ),
        7.5,
    )
    body = lf.pages
    number_pages(
        body,
        s2,
        tr(lg, "Annex page {i} of {n}", "Anlage Seite {i} von {n}", "Annexe page {i}/{n}"),
        "bc",
        bottom=20,
    )
    pages += body
    received(rng, pages[0], d)
    remember(d, site)
    return pages


def tpl_subcontractor_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A window cleaning subcontractor's invoice: a page from a duplicate invoice book (A5, the
    printed number and the hand entries) or a typed A4 invoice for the month's rounds at the
    company's sites."""
    h = head_of(who, "windows")
    lg = h.lang
    ex = previous("subcontractor_invoice")
    d = ex[0] + timedelta(days=rng.randint(1, 10)) if isinstance(ex, tuple) else some_day(rng)
    no = int(ex[1]) + rng.randint(1, 12) if isinstance(ex, tuple) else rng.randint(120, 960)
    book = keyed(who, "book").random() < 0.5
    sites = [a_site(firm_rng(f"s{k}")) for k in range(5)]
    if book:
        s = Style("Helvetica", "Helvetica-Bold", 8, 26, "none", "bottom", A5, h.dates)
        w, hh = A5
        m = 26
        p = Page(A5)
        p.text(m, 34, fit(h.name, "Helvetica-Bold", 12, w * 0.62), "Helvetica-Bold", 12)
        p.text(m, 46, fit(f"{h.street}, {h.town}", "Helvetica", 7, w * 0.62), "Helvetica", 7)
        if h.phone:
            p.text(m, 55, f"{tr(lg, 'Tel', 'Tel.', 'Tél.')} {h.phone}", "Helvetica", 7)
        p.text(w - m, 34, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), "Helvetica-Bold", 11, "right")
        p.text(w - m, 50, f"No {no:04d}", "Courier-Bold", 12, "right")
        y = 74
        p.text(m, y, tr(lg, "To:", "An:", "Client :"), "Helvetica", 8)
        hand(p, m + 30, y, firm_head().name, 9.5, w - 2 * m - 30)
        y += 16
        p.text(m, y, tr(lg, "Date:", "Datum:", "Date :"), "Helvetica", 8)
        hand(p, m + 30, y, short(d, lg), 9.5)
        y += 14
        p.rect(m, y, w - 2 * m, 14, fill=0.85)
        p.text(m + 4, y + 10, tr(lg, "Description", "Leistung", "Désignation"), "Helvetica-Bold", 8)
        p.text(
            w - m - 4, y + 10, tr(lg, "Amount", "Betrag", "Montant"), "Helvetica-Bold", 8, "right"
        )
        y += 14
        total = 0.0
        lines = rng.sample(sites, rng.randint(1, 4))
        for k in range(11):
            p.line(m, y + 18, w - m, y + 18)
            if k < len(lines):
                v = rng.choice([25.0, 35.0, 45.0, 60.0, 85.0, 120.0])
                total += v
                hand(
                    p,
                    m + 4,
                    y + 14,
                    f"{tr(lg, 'Windows', 'Fenster', 'Vitres')} {lines[k].name}",
                    9,
                    w - 2 * m - 70,
                )
                hand(p, w - m - 50, y + 14, money(v, lg), 9)
            y += 18
        p.line(w - m - 60, y - 18 * 11, w - m - 60, y)
        y += 14
        p.text(w - m - 66, y, tr(lg, "TOTAL", "SUMME", "TOTAL"), "Helvetica-Bold", 9, "right")
        hand(p, w - m - 50, y, money(total, lg), 10)
        y += 20
        p.text(
            m,
            y,
            fit(
                tr(
                    lg,
                    "Not VAT registered. Cheques payable to the above or bank transfer.",
                    "Gem. § 19 UStG wird keine Umsatzsteuer berechnet.",
                    "TVA non applicable, art. 293 B du CGI.",
                ),
                "Helvetica",
                6.5,
                w - 2 * m,
            ),
            "Helvetica",
            6.5,
        )
        if rng.random() < 0.4:
            hand(
                p,
                m + 20,
                hh - 60,
                tr(home(), "PAID", "BEZAHLT", "PAYÉ") + f" {short(d + timedelta(days=9), home())}",
                13,
            )
        pages = [p]
    else:
        s = style_of(h, A4)
        w, hh = A4
        m = s.margin
        f = sheets(s, h, "")
        recipient(
            f, s, h, firm_lines(), d, [(tr(lg, "Invoice", "Rechnung", "Facture"), f"{no:04d}")]
        )
        caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
        rows = []
        net = 0.0
        for st in rng.sample(sites, rng.randint(2, 5)):
            for _ in range(rng.randint(1, 2)):
                v = rng.choice([30.0, 45.0, 55.0, 90.0, 140.0])
                net += v
                rows.append(
                    [
                        short(d - timedelta(days=rng.randint(2, 28)), lg),
                        st.name,
                        rng.choice(
                            [
                                tr(lg, "internal & external", "innen und außen", "int. et ext."),
                                tr(lg, "external", "außen", "ext."),
                                tr(lg, "reach & wash", "Rahmen und Glas", "perche à eau"),
                            ]
                        ),
                        money(v, lg),
                    ]
                )
        rows.sort()
        table(
            f,
            columns(m, w - m, [(1, "left"), (3.4, "left"), (1.6, "left"), (1, "right")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Site", "Objekt", "Site"),
                tr(lg, "Work", "Leistung", "Prestation"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            rules=True,
        )
        small = keyed(who, "vat").random() < 0.6
        totals(
            f,
            s,
            lg,
            net,
            0.0 if small else vat_rate(lg),
            tr(
                lg,
                "Not VAT registered." if small else "Payment within 14 days please.",
                "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."
                if small
                else "Zahlbar innerhalb 14 Tagen.",
                "TVA non applicable, art. 293 B du CGI." if small else "Paiement à 30 jours.",
            ),
        )
        pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    LAST["day"] = d
    LAST["extra"] = (d, no)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion or a run can take up the same site."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "service_contract": tpl_service_contract,
    "tender_invitation": tpl_tender_invitation,
    "tender_response": tpl_tender_response,
    "signoff_sheet": tpl_signoff_sheet,
    "defect_notice": tpl_defect_notice,
    "rectification_report": tpl_rectification_report,
    "quality_audit": tpl_quality_audit,
    "clocking_report": tpl_clocking_report,
    "chemical_invoice": tpl_chemical_invoice,
    "sds": tpl_sds,
    "coshh": tpl_coshh,
    "repair_invoice": tpl_repair_invoice,
    "hire_invoice": tpl_hire_invoice,
    "payroll_input": tpl_payroll_input,
    "works_order": tpl_works_order,
    "completion_cert": tpl_completion_cert,
    "toolbox_talk": tpl_toolbox_talk,
    "hygiene_docket": tpl_hygiene_docket,
    "tupe_list": tpl_tupe_list,
    "subcontractor_invoice": tpl_subcontractor_invoice,
}
TEMPLATES_ZZ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "signoff_sheet",
    "quality_audit",
    "chemical_invoice",
    "hire_invoice",
    "works_order",
    "toolbox_talk",
    "hygiene_docket",
    "subcontractor_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "tender_invitation": "tender_response",
    "defect_notice": "rectification_report",
    "chemical_invoice": "sds",
    "sds": "coshh",
    "works_order": "completion_cert",
    "service_contract": "tupe_list",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_hopper_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One cleaning company's pile: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.5) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    company (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FIRM["lang"] = lang
    FIRM["row"] = r.randrange(len(FIRMS[lang]))
    FIRM["seed"] = r.getrandbits(24)
    FIRM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_ZZ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_hopper_stream, "templates ZZ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Hutch part of the generated corpus: templates X, written blind for the next measurement.

Another part, ``hutch``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as the registry clerk of a local council's
planning and building control office (a district council's Development Management and Building
Control teams in England, a Bauaufsichtsamt / Bauordnungsamt in Germany, the service
urbanisme of a French mairie) scans the day's incoming and outgoing paper in one pile: each
stream is mostly the post of one authority, now and then a paper of another country's. The
papers: planning applications as submitted (the agent's covering letter, the application form
- a Planning Portal print, a Bauantrag, a cerfa - and the location plan), amended plans sent
on their own, the council's acknowledgement or invalid-application letter (Eingangsbestaetigung,
recepisse / demande de pieces), neighbour notification letters, site notices (Bekanntmachung,
avis de depot), statutory consultees' responses (highways, Environment Agency, fire service,
Denkmalpflege, Architecte des Batiments de France), neighbours' representations (handwritten,
typed or an online comment print) and petitions with their signature sheets, the delegated
officer report (Pruefvermerk, rapport d'instruction), decision notices (Baugenehmigung, arrete)
with their notes, fee invoices with remittance slips (Gebuehrenbescheid, avis des sommes a
payer), structural calculations (Statik, note de calculs), commencement notices (Baubeginnsanzeige,
declaration d'ouverture de chantier), building control site inspection records, completion
certificates, breach reports from the public, enforcement officers' site visit notes with photo
sheets, enforcement notices (Ordnungsverfuegung, arrete interruptif), appeal papers (Planning
Inspectorate start letters, a lawyer's Widerspruch, a recours gracieux), printed e-mails and
conveyancers' search requests (CON29, Baulastenauskunft, certificat d'urbanisme). Each sender
writes in its own language; page sizes range from narrow inspection slips and A5 cards to A4,
Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the registry files it
under one reference: the covering letter, the form pages and the location / block plans of an
application as submitted; the notes page, the conditions, the fee page and the site sign card
of a decision notice; the remittance slip of an invoice; the cover and the calculation sheets
of structural calculations; all signature sheets of a petition; the photos a neighbour encloses
with a letter or a breach report; the consent slip sent with a German neighbour letter; the photo
sheets of a site visit note or an officer report; the annex, plan and notes of an
enforcement notice; the questionnaire sent with an appeal start letter and the power of
attorney enclosed with a lawyer's letter; the quoted earlier messages of a printed e-mail; the
later pages of reports, forms and responses belong to their document. Related papers are
documents of their own: the council's acknowledgement after an application, a neighbour's
representation after the notification letter, the decision after the officer report, the
appeal after the decision, the site visit note after a breach report and the enforcement
notice after the visit, the inspection record after a commencement notice and the completion
certificate after the inspection, an amended plan after the agent's e-mail.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: acknowledgements, neighbour letters
(one application, other neighbours), fee invoices, commencement notices, inspection records,
completion certificates and search requests often come 2-4 in a row from one sender with
other dates, names, numbers and amounts; and companions: each of the related papers above
often follows the document it answers. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "hutch"`` and
seeds offset by 2_300_000.

Usage: ``python benchmarks/corpus_hutch.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/hutch/hutch_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    box,
    close,
    columns,
    currency,
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
    shrink,
    slip_rule,
    stamp,
    table,
    ticks,
    tr,
    tw,
    wrap,
    write,
)
from corpus_kit import address as window

PART = "hutch"
SEED_OFFSET = 2_300_000

# ---------------------------------------------------------------------------------------------
# Who writes: the authority, agents, consultees, engineers, builders, lawyers, conveyancers
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
COUNCILS: dict[str, list[Firm]] = {
    "en": [
        (
            "Westmere District Council",
            "en",
            "Civic Centre, Bridge Street",
            "Westmere WM1 1HQ",
            "01632 960 410",
        ),
        (
            "Harrowfield Borough Council",
            "en",
            "Town Hall, Market Place",
            "Harrowfield HF2 7AA",
            "01632 961 200",
        ),
        (
            "Ashbury City Council",
            "en",
            "Guildhall Offices, 2 Quay Street",
            "Ashbury AB1 2QS",
            "0300 123 5588",
        ),
    ],
    "de": [
        ("Stadt Ratingen", "de", "Minoritenstrasse 2-6", "40878 Ratingen", "02102 550-0"),
        ("Kreisstadt Mettmann", "de", "Neanderstrasse 85", "40822 Mettmann", "02104 980-0"),
        ("Stadt Hilden", "de", "Am Rathaus 1", "40721 Hilden", "02103 72-0"),
    ],
    "fr": [
        (
            "Mairie de Villeurbanne",
            "fr",
            "Place Lazare Goujon",
            "69100 Villeurbanne",
            "04 78 03 67 67",
        ),
        (
            "Commune de Caluire-et-Cuire",
            "fr",
            "Place du Docteur Dugoujon",
            "69300 Caluire-et-Cuire",
            "04 78 98 80 80",
        ),
        ("Mairie de Bron", "fr", "Place de Weingarten", "69500 Bron", "04 72 36 13 13"),
    ],
}
#: The team of the authority a paper comes from: (en, de, fr).
TEAMS = {
    "planning": (
        "Planning Services - Development Management",
        "Amt fuer Stadtplanung und Bauaufsicht",
        "Direction de l'Urbanisme - Autorisations du droit des sols",
    ),
    "bc": (
        "Building Control",
        "Bauaufsicht - Bauordnung",
        "Service Urbanisme - Controle des travaux",
    ),
    "enforce": (
        "Planning Enforcement Team",
        "Bauaufsicht - Ordnungsbehoerdliche Verfahren",
        "Police de l'urbanisme",
    ),
    "finance": (
        "Finance - Income Section",
        "Stadtkasse",
        "Tresorerie municipale",
    ),
}
ROLES: dict[str, list[Firm]] = {
    "agent": [
        ("Hartley Cole Planning Ltd", "en", "14 Sheaf Street", "Westmere WM2 4BD", "01632 960 733"),
        (
            "Studio Ninebarrow Architects",
            "en",
            "The Old Forge, Mill Lane",
            "Harrowfield HF4 1JS",
            "",
        ),
        (
            "J. R. Plumley Architectural Services",
            "en",
            "27 Lark Rise",
            "Ashbury AB3 9EN",
            "07700 900 418",
        ),
        ("Pennant & Rowe Chartered Surveyors", "en", "6 Castle Row", "Ashbury AB1 3LT", ""),
        (
            "Architekturbuero Dipl.-Ing. Katrin Wessel",
            "de",
            "Bechemer Strasse 41",
            "40878 Ratingen",
            "02102 84 41 20",
        ),
        ("Planungsgruppe Angerland GbR", "de", "Hauptstrasse 112", "40885 Ratingen", ""),
        ("Bauplanung Yilmaz + Hecker", "de", "Mittelstrasse 9", "40721 Hilden", "02103 33 91 0"),
        (
            "Atelier d'architecture Mathieu Garnier",
            "fr",
            "18 rue Pierre Baratin",
            "69100 Villeurbanne",
            "04 78 84 12 40",
        ),
        ("Cabinet Delorme, Geometre-Expert", "fr", "3 montee des Forts", "69300 Caluire", ""),
        (
            "Dessin Habitat - Maitrise d'oeuvre",
            "fr",
            "61 avenue Franklin Roosevelt",
            "69500 Bron",
            "",
        ),
    ],
    "consultee": [
        (
            "Westshire County Council - Highways Development Control",
            "en",
            "County Hall, Shire Road",
            "Westmere WM1 2QF",
            "",
        ),
        (
            "Environment Agency - Sustainable Places",
            "en",
            "Riverside House, Quay Road",
            "Ashbury AB2 1EA",
            "",
        ),
        ("Severn Vale Water - Developer Services", "en", "PO Box 3371", "Harrowfield HF1 9WW", ""),
        (
            "Feuerwehr - Abteilung Vorbeugender Brandschutz",
            "de",
            "Sandstrasse 29",
            "40878 Ratingen",
            "",
        ),
        (
            "Kreis Mettmann - Untere Wasserbehoerde",
            "de",
            "Duesseldorfer Strasse 26",
            "40822 Mettmann",
            "",
        ),
        (
            "LVR-Amt fuer Denkmalpflege im Rheinland",
            "de",
            "Ehrenfriedstrasse 19",
            "50259 Pulheim",
            "",
        ),
        (
            "Unite departementale de l'architecture et du patrimoine du Rhone",
            "fr",
            "6 quai Saint-Vincent",
            "69001 Lyon",
            "",
        ),
        ("SDIS du Rhone - Groupement Prevision", "fr", "17 rue Rabelais", "69003 Lyon", ""),
        ("Metropole de Lyon - Direction de la Voirie", "fr", "20 rue du Lac", "69003 Lyon", ""),
    ],
    "engineer": [
        ("Corbel Structural Design Ltd", "en", "9 Abbey Yard", "Westmere WM3 2AH", "01632 960 255"),
        ("M. A. Fenwick BEng CEng MIStructE", "en", "42 Hollins Road", "Harrowfield HF3 6DL", ""),
        (
            "Ingenieurbuero Dr.-Ing. Lutz Behrens - Tragwerksplanung",
            "de",
            "Kaiserswerther Strasse 70",
            "40878 Ratingen",
            "",
        ),
        ("Statikbuero Kessler", "de", "Walder Strasse 8", "40724 Hilden", ""),
        ("BET Structure Ardouin", "fr", "25 rue Francis de Pressense", "69100 Villeurbanne", ""),
        ("Rhone Beton Arme - Bureau d'etudes", "fr", "8 chemin de Crepieux", "69300 Caluire", ""),
    ],
    "builder": [
        ("Coulson & Daughters Builders", "en", "Unit 3, Tanyard Estate", "Westmere WM4 8TY", ""),
        ("K. Marsh Building Contractors", "en", "88 Beech Avenue", "Harrowfield HF2 3PP", ""),
        ("Ashbury Loft Conversions Ltd", "en", "Station Yard", "Ashbury AB4 7RL", "01632 960 882"),
        ("Bauunternehmung Heinrichs GmbH", "de", "Am Roemerhof 12", "40880 Ratingen", ""),
        ("Hochbau Kaya GmbH", "de", "Gerresheimer Strasse 130", "40721 Hilden", ""),
        ("SARL Bati Renov 69", "fr", "14 rue Alexandre Boutin", "69100 Villeurbanne", ""),
        ("Maconnerie Perret & Fils", "fr", "2 impasse des Glycines", "69300 Caluire", ""),
    ],
    "appeal": [
        (
            "The Planning Inspectorate",
            "en",
            "Temple Quay House, 2 The Square",
            "Bristol BS1 6PN",
            "0303 444 5000",
        ),
        (
            "Rechtsanwaelte Dr. Brauer & Kollegen",
            "de",
            "Koenigsallee 14",
            "40212 Duesseldorf",
            "0211 86 32 90",
        ),
        ("Lindner Oezcan Rechtsanwaelte PartG", "de", "Oberstrasse 3", "40878 Ratingen", ""),
        (
            "SCP Aubry-Lenoir, Avocats au Barreau de Lyon",
            "fr",
            "40 rue de la Republique",
            "69002 Lyon",
            "04 78 42 19 60",
        ),
    ],
    "searcher": [
        ("Kendrick Lowe Solicitors", "en", "3 Chapel Walk", "Westmere WM1 4JJ", "01632 960 690"),
        ("PropSearch Direct Ltd", "en", "Suite 5, Enterprise House", "Ashbury AB2 8NX", ""),
        ("Notar Dr. Matthias Roehl", "de", "Duesseldorfer Strasse 21", "40878 Ratingen", ""),
        ("Sachverstaendigenbuero Wendt", "de", "Benrather Strasse 44", "40721 Hilden", ""),
        (
            "Office notarial Bressand & Meunier",
            "fr",
            "9 cours Emile Zola",
            "69100 Villeurbanne",
            "",
        ),
        ("SCP Fayolle, Notaires associes", "fr", "5 grande rue", "69300 Caluire-et-Cuire", ""),
    ],
}
PEOPLE = {
    "en": [
        "Margaret Holloway",
        "Keith Barnard",
        "Priya Chaudhry",
        "Declan Foley",
        "Susan Whitlock",
        "Graham Pickering",
        "Joanne Ellery",
        "Nathan Osei",
        "Hilary Stanton",
        "Robert Nuttall",
        "Eileen Marsden",
        "Tom Ackroyd",
        "Fiona Gray",
        "Imran Saddiq",
    ],
    "de": [
        "Ursula Brenner",
        "Klaus-Dieter Pohl",
        "Aylin Demir",
        "Hans Wierzbicki",
        "Monika Schaefer",
        "Frank Oberdieck",
        "Birgit Lammers",
        "Stefan Krupp",
        "Elke Vogelsang",
        "Tobias Hennig",
    ],
    "fr": [
        "Monique Charpentier",
        "Jean-Luc Besson",
        "Fatima Belkacem",
        "Gerard Vial",
        "Nathalie Roussel",
        "Olivier Brun",
        "Sandrine Mercier",
        "Patrick Dumont",
        "Chantal Lefevre",
        "Mehdi Ouali",
    ],
}
#: Officers of the authority, by language.
OFFICERS = {
    "en": [
        "Rachel Dunmore",
        "Simon Okafor",
        "Alison Brereton",
        "Mark Tillotson",
        "Gemma Howarth",
        "Stuart Lyle",
    ],
    "de": ["Frau Hoelscher", "Herr Ruebsam", "Frau Yildirim", "Herr Dr. Lenz", "Frau Kasprzak"],
    "fr": ["Mme Perrier", "M. Guillot", "Mme Haddad", "M. Sarrazin", "Mme Bonnefoy"],
}
ROADS = {
    "en": [
        "Orchard Close",
        "Station Road",
        "Mill Lane",
        "The Crescent",
        "Church Street",
        "Beech Avenue",
        "Wellington Road",
        "Ferndale Drive",
        "Parkside",
        "Hollins Lane",
        "Rectory Gardens",
        "Cromwell Terrace",
    ],
    "de": [
        "Lintorfer Strasse",
        "Am Sandbach",
        "Bahnstrasse",
        "Eichendorffweg",
        "Hoeseler Weg",
        "Kirchgasse",
        "Am Schimmerbusch",
        "Talstrasse",
        "Lindenallee",
        "Hochdahler Strasse",
    ],
    "fr": [
        "rue Francis de Pressense",
        "cours Tolstoi",
        "rue du 4 Aout 1789",
        "avenue Roger Salengro",
        "chemin de Crepieux",
        "rue Pasteur",
        "rue des Charmettes",
        "impasse des Lilas",
        "avenue Pierre Brossolette",
        "rue Jean Jaures",
    ],
}
#: (application type, description of the proposal) by language.
PROPOSALS = {
    "en": [
        ("HOU", "Single storey rear extension and replacement detached garage"),
        ("HOU", "Two storey side extension and new front porch"),
        ("FUL", "Erection of detached dwelling with associated parking and new access"),
        ("FUL", "Change of use of ground floor from shop (Class E) to two self-contained flats"),
        ("LBC", "Replacement of timber sash windows to front elevation (listed building)"),
        ("HOU", "Loft conversion with rear dormer and three front rooflights"),
        ("ADV", "Display of two internally illuminated fascia signs and one projecting sign"),
        ("TPO", "Crown reduction by 2 m of one oak (T3) protected by TPO 14/1998"),
        ("FUL", "Demolition of garage and erection of a pair of semi-detached houses"),
        ("PA", "Prior approval: single storey rear extension projecting 6.0 m"),
        ("FUL", "Installation of air source heat pump and acoustic enclosure"),
    ],
    "de": [
        ("BA", "Neubau eines Einfamilienhauses mit Doppelgarage"),
        ("BA", "Anbau eines Wintergartens an das bestehende Wohnhaus"),
        ("NA", "Nutzungsaenderung eines Ladenlokals in eine Gaststaette"),
        ("BA", "Errichtung einer Dachgaube und Ausbau des Dachgeschosses"),
        ("BA", "Abbruch einer Scheune und Neubau eines Mehrfamilienhauses mit 6 WE"),
        ("BA", "Errichtung eines Carports und einer Einfriedungsmauer"),
        ("BA", "Aufstockung des Buerogebaeudes um ein Staffelgeschoss"),
        ("VB", "Bauvoranfrage: Bebaubarkeit des Grundstuecks mit einem Doppelhaus"),
    ],
    "fr": [
        ("PC", "Construction d'une maison individuelle R+1 avec garage accole"),
        ("DP", "Extension d'une habitation existante (18 m2) et creation d'une terrasse"),
        ("DP", "Ravalement de facade et remplacement des menuiseries exterieures"),
        ("DP", "Pose de panneaux photovoltaiques en toiture (24 m2)"),
        ("PA", "Division fonciere en vue de construire (2 lots)"),
        ("PC", "Surelevation d'un immeuble et creation de deux logements"),
        ("DP", "Edification d'une cloture et d'un portail coulissant"),
        ("PC", "Changement de destination d'un local commercial en logement"),
    ],
}
TALK = {
    "en": "application proposal site dwelling extension boundary neighbour amenity design "
    "character policy parking access highway privacy outlook daylight drainage materials "
    "conservation area scale massing elevation plan condition permission development",
    "de": "Bauvorhaben Grundstueck Nachbar Abstandflaeche Baugrenze Bebauungsplan Stellplatz "
    "Zufahrt Gebaeude Geschoss Dach Fassade Genehmigung Auflage Bauvorlagen Entwaesserung "
    "Brandschutz Erschliessung Umgebung Einfuegen Nutzung",
    "fr": "projet terrain construction voisin limite separative hauteur facade toiture "
    "stationnement acces voirie reglement zone PLU emprise insertion paysagere materiaux "
    "permis prescription autorisation travaux habitation",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be which that the a",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem im des",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des en une",
}

#: The stream's authority: its language and, by language, the council's row.
OFFICE: dict[str, object] = {"lang": "en", "council": {}, "calls": {}}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A planning sentence in ``lang``: domain words mixed with the language's glue."""
    trade, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(trade if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 3, 4) + timedelta(days=rng.randint(0, 700))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its sender and case."""
    return random.Random(zlib.crc32(f"hutch/{key}/{who.name}/{who.street}/{who.city}".encode()))


def region(who: Issuer) -> str:
    """The country of ``who``'s papers: mostly the stream's authority's, sometimes another."""
    r = seeded(who, "region")
    lang = str(OFFICE["lang"])
    return lang if r.random() < 0.85 else r.choice(["en", "de", "fr"])


def council_row(lang: str) -> Firm:
    rows = OFFICE["council"]
    assert isinstance(rows, dict)
    return rows[lang]  # type: ignore[no-any-return]


def person(rng: random.Random, lang: str, titled: bool = True) -> str:
    name = rng.choice(PEOPLE[lang])
    if not titled or rng.random() < 0.4:
        return name
    first = name.split()[0]
    female = first[-1] in "aeiny" or first in ("Margaret", "Elke", "Birgit", "Chantal", "Monique")
    female = female and first not in ("Gerard", "Tobias", "Mehdi", "Jean-Luc", "Stefan")
    return {
        "en": ("Mrs " if female else "Mr ") + name,
        "de": ("Frau " if female else "Herrn ") + name,
        "fr": ("Madame " if female else "Monsieur ") + name,
    }[lang]


def town_of(lang: str) -> str:
    return council_row(lang)[3]


def house(rng: random.Random, lang: str) -> str:
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 96)
    if lang == "de":
        return f"{road} {no}{rng.choice(['', '', '', 'a'])}"
    if lang == "fr":
        return f"{no}{rng.choice(['', '', ' bis'])} {road}"
    return f"{no} {road}"


@dataclass
class Case:
    ref: str
    code: str
    proposal: str
    site: str  # street and number
    town: str
    applicant: str
    received: date
    officer: str
    parcel: str  # cadastral parcel / title


def case_ref(r: random.Random, lang: str, code: str, d: date) -> str:
    yy = d.year % 100
    if lang == "de":
        return f"63/{r.randint(1, 3)}-{code}-{r.randint(100, 1999):04d}/{yy}"
    if lang == "fr":
        insee = {"Villeurbanne": "266", "Caluire": "034", "Bron": "029"}
        t = next((v for k, v in insee.items() if k in town_of("fr")), "266")
        return f"{code} 069 {t} {yy} {r.randint(1, 999):05d}"
    return f"{yy}/{r.randint(100, 4999):05d}/{code}"


def case_of(who: Issuer, kind: str, fresh: bool = True) -> Case:
    """The case of a paper: a companion shares the issuer's first case; a batch run (the same
    kind and issuer again) brings other cases unless not ``fresh``."""
    calls = OFFICE["calls"]
    assert isinstance(calls, dict)
    key = f"{who.name}/{who.street}/{who.city}/{kind}"
    n = calls.get(key, 0)
    calls[key] = n + 1
    r = seeded(who, f"case{n if fresh else 0}")
    lang = region(who)
    code, proposal = r.choice(PROPOSALS[lang])
    d = on(r)
    parcel = {
        "en": f"Title {serial(r, 'AA999999')}",
        "de": f"Gemarkung {town_of('de').split()[-1]}, Flur {r.randint(1, 40)}, "
        f"Flurstueck {r.randint(10, 999)}",
        "fr": f"Section {serial(r, 'AA')} n. {r.randint(10, 400)}",
    }[lang]
    return Case(
        ref=case_ref(r, lang, code, d),
        code=code,
        proposal=proposal,
        site=house(r, lang),
        town=town_of(lang),
        applicant=person(r, lang),
        received=d,
        officer=r.choice(OFFICERS[lang]),
        parcel=parcel,
    )


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
    team: str
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


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    """The footer of a firm or authority: registration, bank, opening hours."""
    if role == "council":
        return [
            tr(
                lang,
                "Customer services: Monday to Friday 9.00 - 17.00 - www."
                + name.split()[0].lower()
                + ".gov.uk/planning - Please quote the reference on all correspondence",
                f"Sprechzeiten: Mo, Di, Do 8.30 - 12.00 Uhr, Do 14.00 - 17.30 Uhr - "
                f"Bankverbindung: Sparkasse HRV IBAN DE{r.randint(10, 99)} 3345 0000 "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} 00",
                "Accueil du public : lundi, mercredi, vendredi 8h30 - 12h00 - "
                "Toute correspondance doit etre adressee a Monsieur le Maire",
            )
        ]
    if lang == "de":
        if role in ("appeal", "searcher", "engineer"):
            return [
                f"{name} - Bankverbindung: Stadtsparkasse Duesseldorf IBAN DE{r.randint(10, 99)} "
                f"3005 0110 {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
                f" - USt-IdNr. DE{r.randint(100000000, 999999999)}"
            ]
        return [
            f"{name} - Amtsgericht Duesseldorf HRB {r.randint(10000, 99999)} - "
            f"Geschaeftsfuehrung: {r.choice(PEOPLE['de'])}",
            f"Kreissparkasse Duesseldorf - IBAN DE{r.randint(10, 99)} 3015 0200 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            "WELADED1KSD",
        ]
    if lang == "fr":
        if role == "appeal":
            return ["Toque 712 - Membre d'une association agreee - Palais de justice de Lyon"]
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.randint(4100, 7490)}{serial(r, 'A')} - "
            f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}"
        ]
    if role == "appeal":
        return ["www.gov.uk/planning-inspectorate - Customer Service Team 0303 444 5000"]
    out = [f"Registered in England and Wales No. {r.randint(2000000, 14999999):08d}"]
    if role == "agent":
        out.append(r.choice(["RIBA Chartered Practice", "Member of the RTPI", "RICS Regulated"]))
    elif role == "searcher" and "Solicitors" in name:
        out = [
            "Authorised and regulated by the Solicitors Regulation Authority (SRA "
            f"{r.randint(100000, 699999)})"
        ]
    elif r.random() < 0.6:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    return [" - ".join(out)]


LOOKS = {
    "council": ["crest", "civic", "amt", "marianne"],
    "firm": ["wordmark", "ruled", "tinted", "monogram", "centred", "block"],
}


def head_of(who: Issuer, role: str, team: str = "planning") -> Head:
    """The ``role`` sender of ``who`` as it prints (the same sender for the same issuer; the
    stream's authority for ``council``), of ``who``'s country; its looks are the sender's own."""
    lang = region(who)
    if role == "council":
        name, lg, street, town, phone = council_row(lang)
    else:
        rows = [x for x in ROLES[role] if x[1] == lang] or ROLES[role]
        name, lg, street, town, phone = seeded(who, role).choice(rows)
    r = random.Random(zlib.crc32(f"hutch-look/{name}/{team}".encode()))
    if role == "council":
        look = {"en": r.choice(["crest", "civic"]), "de": "amt", "fr": "marianne"}[lg]
    else:
        look = r.choice(LOOKS["firm"])
    font, bold = r.choice(FONTS)
    return Head(
        name=name,
        lang=lg,
        street=street,
        town=town,
        phone=phone,
        role=role,
        team=tr(lg, *TEAMS[team]) if role == "council" else "",
        look=look,
        again=r.random() < 0.25,
        foot=legal_lines(r, name, lg, role) if role == "council" or r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lg]),
        corner=r.choice(["bc", "br", "tr", "bc", "br"]),
        dates=r.choice(["short", "long"] + (["long", "short"] if lg == "en" else [])),
        font=font,
        bold=bold,
        size=r.choice([9, 9.5, 10, 10, 10.5]),
        margin=r.choice([48, 54, 60, 66]),
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


def plain(lang: str, size: tuple[float, float] = A4, font: str = "Times-Roman") -> Style:
    """A private person's paper: no letterhead."""
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, "Courier-Bold")
    return Style(font, bold, 11, 62, "none", "bottom", size, "short")


def initials(name: str) -> str:
    ws = [x for x in name.replace("-", " ").split() if x[0].isupper() and x not in ("GmbH", "SAS")]
    return "".join(x[0] for x in ws[:3])


def emblem(p: Page, x: float, y: float, k: int) -> None:
    """A council's arms, drawn small: a shield with a device."""
    p.line(x, y, x + 26, y)
    p.line(x, y, x, y + 18)
    p.line(x + 26, y, x + 26, y + 18)
    p.line(x, y + 18, x + 13, y + 30)
    p.line(x + 26, y + 18, x + 13, y + 30)
    if k % 3 == 0:
        p.line(x + 13, y + 2, x + 13, y + 27)
        p.line(x + 2, y + 10, x + 24, y + 10)
    elif k % 3 == 1:
        p.rect(x + 7, y + 5, 12, 9, fill=0.2)
        p.line(x + 4, y + 19, x + 22, y + 19)
    else:
        for j in range(3):
            p.line(x + 2, y + 5 + 5 * j, x + 24, y + 9 + 5 * j)


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 12, 24.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    if h.look == "crest":
        emblem(p, m, y - 12, len(h.name))
        pt = shrink(h.name, s.bold, s.size + 5, w * 0.6 - m)
        p.text(m + 36, y + 2, h.name, s.bold, pt)
        p.text(m + 36, y + 14, h.team, s.font, 8)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, t, s.font, 7.5, "right")
                yy += 9
        return y + 50
    if h.look == "civic":
        pt = shrink(h.name.upper(), s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y + 2, h.name.upper(), s.bold, pt, "center")
        p.line(m, y + 8, w - m, y + 8)
        p.line(m, y + 10, w - m, y + 10)
        sub = " - ".join(t for t in (h.team, f"{h.street}, {h.town}", tel) if t)
        p.text(w / 2, y + 21, fit(sub, s.font, 7, w - 2 * m), s.font, 7, "center")
        return y + 44
    if h.look == "amt":
        # German authority: the town top left, the office below, an info column on the right.
        pt = shrink(h.name, s.bold, s.size + 7, w * 0.55 - m)
        p.text(m, y + 6, h.name, s.bold, pt)
        p.text(m, y + 19, tr(h.lang, "", "Der Buergermeister", ""), s.font, 8.5)
        p.text(m, y + 30, h.team, s.font, 8.5)
        emblem(p, w - m - 26, y - 10, len(h.name))
        return y + 52
    if h.look == "marianne":
        p.text(m, y, "REPUBLIQUE FRANCAISE", s.bold, 8)
        p.text(m, y + 9, "Liberte - Egalite - Fraternite", italic_of(s.font), 6.5)
        pt = shrink(h.name.upper(), s.bold, s.size + 3, w * 0.5 - m)
        p.text(m, y + 28, h.name.upper(), s.bold, pt)
        p.text(m, y + 39, fit(h.team, s.font, 7.5, w * 0.5 - m), s.font, 7.5)
        p.text(w - m, y, h.street, s.font, 7.5, "right")
        p.text(w - m, y + 9, h.town, s.font, 7.5, "right")
        if tel:
            p.text(w - m, y + 18, tel, s.font, 7.5, "right")
        return y + 60
    if h.look == "wordmark":
        pt = shrink(h.name, s.bold, s.size + 7, w * 0.58 - m)
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
    if h.look == "tinted":
        p.rect(0, 0, w, y + 16, fill=0.85)
        pt = shrink(h.name, s.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        if tel:
            p.text(w - m, y + 4, tel, s.font, 8, "right")
        p.text(m, y + 28, fit(f"{h.street} - {h.town}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 52
    if h.look == "monogram":
        p.rect(m, y - 10, 30, 30, fill=0.15)
        p.text(m + 15, y + 10, initials(h.name)[:2], "Helvetica-Bold", 13, "center")
        p.rect(m + 6, y + 13, 18, 3, fill=1.0)
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
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y + 4, h.name, s.bold, pt, "center")
        sub = " - ".join(t for t in (f"{h.street}, {h.town}", tel) if t)
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


def info_column(p: Page, s: Style, h: Head, y: float, items: list[tuple[str, str]]) -> float:
    """The contact column of an authority's letter on the right: small caption and value."""
    w, _ = p.size
    x = w * 0.64
    for cap, val in items:
        if not val:
            continue
        p.text(x, y, cap, s.font, 6.5)
        p.text(x, y + 8.5, fit(val, s.font, 8, w - s.margin - x), s.font, 8)
        y += 20
    return y


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
    parts = [t for t in name.split() if t not in ("Mr", "Mrs", "Frau", "Herrn", "Herr", "Dr.")]
    parts = [t for t in parts if t not in ("Madame", "Monsieur", "Mme", "M.")] or ["X"]
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.4, y - 3)


def got(lang: str, d: date, team: str = "planning") -> list[str]:
    """The authority's received stamp."""
    name = council_row(lang)[0].replace("Mairie de ", "").replace("Commune de ", "")
    third = {
        "planning": ("PLANNING SERVICES", "Bauaufsicht", f"MAIRIE DE {name.upper()}"),
        "bc": ("BUILDING CONTROL", "Bauaufsicht", "SERVICE URBANISME"),
        "enforce": ("ENFORCEMENT", "Bauaufsicht", "SERVICE URBANISME"),
        "finance": ("INCOME SECTION", "Stadtkasse", "TRESORERIE"),
    }[team]
    return [
        tr(lang, "RECEIVED", "EINGANG", "ARRIVE LE"),
        date_text(d, lang, "short"),
        tr(lang, *third)[:28],
    ]


def received(f: Flow, lines: list[str]) -> None:
    """A received stamp on the first page of ``f``: below the text of a short letter, else
    at the top right over the letterhead."""
    w, hh = f.size
    p = f.pages[0]
    if len(f.pages) == 1 and f.y < hh - 170:
        stamp(p, w - 230, f.y + 10, lines)
    else:
        stamp(p, w - 200, 22, lines)


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


def caption(f: Sheets, s: Style, text: str, grow: float = 3, rule: bool = False) -> None:
    w, _ = f.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(pt * 4)
    f.y += pt * 0.35
    f.page.text(s.margin, f.y, text, s.bold, pt)
    if rule:
        f.page.line(s.margin, f.y + 4, w - s.margin, f.y + 4)
    f.y += pt * 1.9


def numbered(f: Sheets, s: Style, items: list[str], pt: float = 0, label: str = "{k}.") -> None:
    """Numbered paragraphs with a hanging indent."""
    w, _ = f.size
    pt = pt or s.size
    for k, t in enumerate(items, 1):
        lines = wrap(t, s.font, pt, w - 2 * s.margin - 22)
        f.need(pt * 1.4 * min(3, len(lines)))
        f.page.text(s.margin, f.y, label.format(k=k), s.font, pt)
        for ln in lines:
            f.need(pt * 1.4)
            f.page.text(s.margin + 22, f.y, ln, s.font, pt)
            f.y += pt * 1.38
        f.y += pt * 0.6


def recipient(
    f: Sheets, s: Style, h: Head | None, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    show = h if h is not None and h.look not in ("tinted", "civic") else None
    below = window(f.page, s, show, y0, lines)
    lang = h.lang if h else "en"
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


def regards(
    f: Sheets, s: Style, lang: str, name: str, role: str, pp: str = "", formal: bool = True
) -> None:
    f.need(86)
    m = s.margin
    close_ = tr(
        lang,
        "Yours faithfully" if formal else ["Yours sincerely", "Kind regards"][len(name) % 2],
        "Mit freundlichen Gruessen",
        "Je vous prie d'agreer, Madame, Monsieur, l'expression de mes salutations distinguees.",
    )
    f.para(m, f.size[0] - 2 * m, close_, s.font, s.size, 0.2)
    if pp:
        f.page.text(m, f.y, pp, s.font, s.size - 1)
        f.y += 12
    f.y += 18
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def small_print(
    f: Sheets, s: Style, paras: list[tuple[str, str]], cols: int = 2, pt: float = 6.5
) -> None:
    """Headed paragraphs of small print in ``cols`` columns, flowing onto new pages."""
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


def photo_sheet(
    s: Style,
    lang: str,
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
            cap = f"{tr(lang, 'Photo', 'Foto', 'Photo')} {k0 + j + 1}: {note}"
            p.text(cx, cy + ch + 11, fit(cap, s.font, 7.5, cw), s.font, 7.5)
        pages.append(p)
    return pages


def site_plan(
    p: Page, rng: random.Random, x: float, y: float, w: float, h: float, road: str
) -> None:
    """A location plan: plots and houses along a road, the site edged in a heavy double
    line, a north arrow and a scale bar."""
    p.rect(x, y, w, h)
    ry = y + h * rng.uniform(0.55, 0.7)
    p.line(x, ry, x + w, ry)
    p.line(x, ry + 26, x + w, ry + 26)
    p.text(x + w * 0.4, ry + 16, road.upper(), "Helvetica", 7)
    n = rng.randint(5, 9)
    pw = w / n
    site = rng.randint(1, n - 2)
    for k in range(n):
        px = x + k * pw
        p.line(px, y + 8, px, ry - 2)
        bx = px + pw * rng.uniform(0.12, 0.25)
        bw = pw * rng.uniform(0.45, 0.65)
        by = ry - 2 - h * rng.uniform(0.18, 0.32)
        p.rect(bx, by, bw, h * rng.uniform(0.12, 0.2), fill=0.6 if k != site else 0.4)
        p.text(bx + bw / 2, by - 4, str(2 * k + rng.randint(1, 2) + 10), "Helvetica", 6, "center")
        if k == site:
            for d in (0, 2.5):
                p.rect(px + 2 + d, y + 10 + d, pw - 4 - 2 * d, ry - y - 14 - 2 * d)
    for k in range(n):
        px = x + k * pw
        p.line(px, ry + 28, px, y + h - 6)
        if rng.random() < 0.7:
            p.rect(px + pw * 0.2, ry + 40, pw * 0.55, min(h * 0.18, y + h - ry - 50), fill=0.65)
    nx, ny = x + w - 30, y + 16
    p.line(nx, ny + 26, nx, ny)
    p.line(nx, ny, nx - 6, ny + 10)
    p.line(nx, ny, nx + 6, ny + 10)
    p.text(nx, ny - 3, "N", "Helvetica-Bold", 9, "center")
    sx, sy = x + 12, y + h - 14
    for k in range(4):
        p.rect(sx + k * 20, sy, 20, 4, fill=0.0 if k % 2 == 0 else 1.0)
    p.rect(sx, sy, 80, 4)
    p.text(sx, sy - 3, "0", "Helvetica", 5)
    p.text(sx + 80, sy - 3, "50 m", "Helvetica", 5)


# ---------------------------------------------------------------------------------------------
# Templates X: applications and plans
# ---------------------------------------------------------------------------------------------


def council_lines(lang: str, team: str = "planning") -> list[str]:
    name, _, street, town, _ = council_row(lang)
    return [name, tr(lang, *TEAMS[team]), street, town]


def form_section(p: Page, s: Style, y: float, w: float, title: str, shade: float = 0.82) -> float:
    m = s.margin
    p.rect(m, y - 9, w - 2 * m, 13, fill=shade)
    p.text(m + 4, y, title, s.bold, 8.5)
    return y + 10


def application_form(
    rng: random.Random, lang: str, c: Case, agent: Head, portal: bool, d: date
) -> list[Page]:
    """The application form as printed: a Planning Portal print, a Bauantrag form or a cerfa,
    in numbered sections with ticks and entries (typed when printed from the portal)."""
    font = "Helvetica" if portal or lang != "en" else "Times-Roman"
    s = Style(
        font,
        font + "-Bold" if font == "Helvetica" else "Times-Bold",
        9,
        42,
        "none",
        "b",
        A4,
        "short",
    )
    w, hh = A4
    m = s.margin
    hand = not portal
    pp = serial(rng, "PP-99999999")
    cerfa = rng.choice(["13406*12", "13409*10", "13703*09"])
    top_line = tr(
        lang,
        f"Planning Portal Reference: {pp}" if portal else "Application for Planning Permission",
        "Bauantrag / Antrag auf Vorbescheid - Anlage I/1 zur VV BauPrueffVO",
        f"cerfa N. {cerfa}",
    )

    def start(p: Page, n: int) -> float:
        p.text(m, 26, top_line, s.font, 7)
        if lang == "fr":
            p.rect(w - m - 48, 14, 48, 16)
            p.text(w - m - 24, 26, "cerfa", "Helvetica-Bold", 10, "center")
        p.line(m, 31, w - m, 31)
        if n > 1:
            return 48
        title = tr(
            lang,
            "Application for planning permission. Town and Country Planning Act 1990",
            "Antrag auf Baugenehmigung",
            "Demande de permis de construire ou de declaration prealable",
        )
        p.text(m, 50, fit(title, s.bold, 12, w - 2 * m), s.bold, 12)
        sub = tr(
            lang,
            "Publication of applications on planning authority websites: information provided "
            "on this form and in supporting documents may be published.",
            "Verfahren: [ ] Baugenehmigungsverfahren (Par. 64 BauO NRW)  [ ] vereinfachtes "
            "Verfahren (Par. 64)  [ ] Vorbescheid (Par. 77)",
            "Ministere charge de l'urbanisme - Vous realisez des travaux ou changez la "
            "destination d'une construction existante.",
        )
        yy = 64.0
        for ln in wrap(sub, s.font, 7.5, w - 2 * m):
            p.text(m, yy, ln, s.font, 7.5)
            yy += 9.5
        return yy + 10

    f = Sheets(A4, hh - 50, start)
    secs_en = [
        (
            "1. Site Address Details",
            [
                ("Number", c.site.split()[0]),
                ("Street", " ".join(c.site.split()[1:])),
                ("Town", c.town.split()[0]),
                ("Postcode", c.town.split(" ", 1)[-1]),
            ],
        ),
        (
            "2. Applicant Details",
            [
                ("Name", c.applicant),
                ("Address", house(rng, lang)),
                ("Telephone", serial(rng, "07999 999999")),
                ("Email", ""),
            ],
        ),
        (
            "3. Agent Details",
            [
                ("Company", agent.name),
                ("Address", f"{agent.street}, {agent.town}"),
                ("Telephone", agent.phone),
                ("Reference", serial(rng, "999/AA")),
            ],
        ),
        (
            "4. Description of the Proposal",
            [("Description", c.proposal), ("Has the work already started?", "No")],
        ),
        (
            "5. Materials",
            [
                ("Walls - existing", rng.choice(["Red brick", "Render", "Buff brick"])),
                ("Walls - proposed", "To match existing"),
                (
                    "Roof - existing",
                    rng.choice(
                        ["Concrete interlocking tiles", "Natural slate", "Clay plain tiles"]
                    ),
                ),
                ("Roof - proposed", "To match existing"),
                (
                    "Windows - proposed",
                    rng.choice(["White uPVC", "Grey aluminium", "Painted timber"]),
                ),
                ("Boundary treatments", "No change"),
            ],
        ),
        (
            "6. Vehicle Parking",
            [
                ("Existing spaces", str(rng.randint(0, 3))),
                ("Proposed spaces", str(rng.randint(1, 3))),
            ],
        ),
        (
            "7. Trees and Hedges",
            [
                ("Trees on the site or adjacent?", rng.choice(["Yes", "No"])),
                ("Trees to be removed?", "No"),
            ],
        ),
        (
            "8. Pre-application Advice",
            [("Advice sought?", rng.choice(["No", "Yes"])), ("Officer / date", "")],
        ),
        (
            "9. Neighbour and Community Consultation",
            [("Consulted neighbours?", rng.choice(["Yes", "No"])), ("Details", "")],
        ),
        (
            "10. Ownership Certificate",
            [
                ("Certificate", rng.choice(["A", "A", "B"])),
                ("Signed by", c.applicant if hand else agent.name),
            ],
        ),
    ]
    secs_de = [
        (
            "1. Bauherrschaft",
            [
                ("Name, Vorname", c.applicant.replace("Herrn ", "").replace("Frau ", "")),
                ("Anschrift", house(rng, lang)),
                ("Telefon", serial(rng, "0210 99 99 99")),
                ("E-Mail", ""),
            ],
        ),
        (
            "2. Entwurfsverfasserin / Entwurfsverfasser",
            [
                ("Name", agent.name),
                ("Anschrift", f"{agent.street}, {agent.town}"),
                ("Bauvorlageberechtigung", serial(rng, "AKNW 99999")),
                ("Telefon", agent.phone),
            ],
        ),
        (
            "3. Baugrundstueck",
            [
                ("Strasse, Hausnummer", c.site),
                ("Ort", c.town),
                ("Gemarkung / Flur / Flurstueck", c.parcel),
                (
                    "Bebauungsplan",
                    rng.choice(["Nr. R 123", "nicht vorhanden (Par. 34 BauGB)", "Nr. 47/2"]),
                ),
            ],
        ),
        (
            "4. Bezeichnung des Vorhabens",
            [("Vorhaben", c.proposal), ("Gebaeudeklasse", str(rng.randint(1, 4)))],
        ),
        (
            "5. Angaben zum Vorhaben",
            [
                ("Brutto-Grundflaeche m2", str(rng.randint(40, 600))),
                ("Brutto-Rauminhalt m3", str(rng.randint(120, 2400))),
                ("Vollgeschosse", str(rng.randint(1, 4))),
                ("Stellplaetze", str(rng.randint(1, 8))),
            ],
        ),
        (
            "6. Beigefuegte Bauvorlagen",
            [
                ("Lageplan", "ja"),
                ("Bauzeichnungen", "ja"),
                ("Baubeschreibung", "ja"),
                ("Standsicherheitsnachweis", rng.choice(["ja", "wird nachgereicht"])),
            ],
        ),
    ]
    secs_fr = [
        (
            "1 - Identite du demandeur",
            [
                ("Nom", c.applicant.split()[-1].upper()),
                ("Prenom", c.applicant.split()[-2] if len(c.applicant.split()) > 1 else ""),
                (
                    "Date de naissance",
                    f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 1995)}",
                ),
                ("Commune de naissance", rng.choice(["Lyon", "Vienne", "Oran", "Grenoble"])),
            ],
        ),
        (
            "2 - Coordonnees du demandeur",
            [
                ("Adresse", house(rng, lang)),
                ("Localite", c.town),
                ("Telephone", serial(rng, "06 99 99 99 99")),
                ("Courriel", ""),
            ],
        ),
        (
            "3 - Le terrain",
            [
                ("Adresse du terrain", c.site),
                ("References cadastrales", c.parcel),
                ("Superficie du terrain (m2)", str(rng.randint(180, 1800))),
                ("Zone du PLU-H", rng.choice(["URm2", "URi1", "UCe3", "N2"])),
            ],
        ),
        (
            "4 - Le projet",
            [("Nature des travaux", c.proposal), ("Architecte / maitre d'oeuvre", agent.name)],
        ),
        (
            "5 - Surfaces de plancher (m2)",
            [
                ("Existante", str(rng.randint(0, 160))),
                ("Creee", str(rng.randint(10, 160))),
                ("Supprimee", "0"),
                ("Nombre de logements", str(rng.randint(1, 3))),
            ],
        ),
        (
            "6 - Engagement du demandeur",
            [("A", c.town.split(" ", 1)[-1]), ("Le", date_text(d, lang, "short"))],
        ),
    ]
    secs = {"en": secs_en, "de": secs_de, "fr": secs_fr}[lang]
    for title, cells in secs:
        f.need(30 + 26 * ((len(cells) + 1) // 2))
        f.y = form_section(f.page, s, f.y, w, title)
        long = any(len(v) > 38 for _, v in cells)
        f.y = fields(f.page, s, m, f.y, w - 2 * m, cells, per=1 if long else 2, tall=24, hand=hand)
        if rng.random() < 0.25:
            opts = tr(lang, "Yes|No|Don't know", "ja|nein", "Oui|Non").split("|")
            f.need(20)
            f.page.text(m, f.y, fit(words(rng, lang, 8)[:-1] + "?", s.font, 8, w * 0.55), s.font, 8)
            ticks(f.page, s, w * 0.62, f.y, w * 0.3, opts, {rng.randint(0, len(opts) - 1)})
            f.y += 16
    f.need(90)
    f.y = form_section(
        f.page, s, f.y + 4, w, tr(lang, "Declaration", "Unterschriften", "Signature")
    )
    f.y += 4
    f.para(
        m,
        w - 2 * m,
        tr(
            lang,
            "I / we hereby apply for planning permission as described in this form and the "
            "accompanying plans and drawings. I / we confirm that, to the best of my / our "
            "knowledge, "
            "any facts stated are true and accurate.",
            "Die Bauherrschaft und die Entwurfsverfasserin / der Entwurfsverfasser versichern die "
            "Richtigkeit der Angaben. Die Bauvorlagen sind beigefuegt.",
            "J'atteste avoir qualite pour demander la presente autorisation et je certifie exacts "
            "les renseignements fournis.",
        ),
        s.font,
        8,
    )
    sig_y = f.y + 22
    if hand or lang != "en":
        sign(f.page, m + 10, sig_y, c.applicant)
        if lang == "de":
            sign(f.page, w / 2 + 10, sig_y, rng.choice(PEOPLE["de"]))
    else:
        f.page.text(m, sig_y, f"Signed - {tr(lang, 'Agent')}: {agent.name}", s.font, 8.5)
    f.page.line(m, sig_y + 4, m + 180, sig_y + 4)
    f.page.line(w / 2, sig_y + 4, w / 2 + 180, sig_y + 4)
    f.page.text(
        m, sig_y + 13, tr(lang, "Signature", "Bauherrschaft", "Signature du demandeur"), s.font, 6.5
    )
    f.page.text(
        w / 2,
        sig_y + 13,
        tr(lang, "Date: " + date_text(d, lang, "short"), "Entwurfsverfasser/in", "Date"),
        s.font,
        6.5,
    )
    pages = f.pages
    n = len(pages)
    fmt = tr(lang, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
    for k, p in enumerate(pages, 1):
        p.text(w - m, hh - 26, fmt.format(i=k, n=n), s.font, 7, "right")
    return pages


def tpl_application(rng: random.Random, who: Issuer) -> list[Page]:
    """A planning application as the agent submits it: often a covering letter, the form
    pages, and the location plan (sometimes a block plan or elevations page) behind."""
    c = case_of(who, "application")
    h = head_of(who, "agent")
    lg = h.lang
    d = c.received - timedelta(days=rng.randint(1, 6))
    pages: list[Page] = []
    portal = lg == "en" and rng.random() < 0.7
    if rng.random() < 0.6:
        s = style_of(h, LETTER if lg == "en" and rng.random() < 0.1 else A4)
        f = sheets(s, h, h.name)
        recipient(
            f,
            s,
            h,
            council_lines(lg),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Ref"), serial(rng, "999/AA"))],
        )
        caption(
            f,
            s,
            tr(lg, "Planning application", "Bauantrag", "Depot de demande")
            + f": {c.site}, {c.town}",
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"On behalf of our client, {c.applicant}, we enclose an application for: "
                f"{c.proposal}. "
                + (
                    "The application has been submitted via the Planning "
                    "Portal and the fee has been paid online."
                    if portal
                    else "A cheque for the application fee is enclosed."
                ),
                f"namens und in Vollmacht unserer Bauherrschaft, {c.applicant}, reichen wir den "
                f"Bauantrag fuer das Vorhaben '{c.proposal}' ein.",
                f"Pour le compte de {c.applicant}, nous vous adressons la demande relative au "
                f"projet suivant : {c.proposal}.",
            ),
        )
        caption(f, s, tr(lg, "Enclosures", "Anlagen", "Pieces jointes"), 0)
        encl = tr(
            lg,
            "Application form|Location plan 1:1250|Block plan 1:500|Existing and proposed "
            "elevations|Existing and proposed floor plans|Design and access statement|"
            "Ownership certificate A",
            "Bauantragsformular (3-fach)|Auszug aus der Liegenschaftskarte|Amtlicher Lageplan "
            "1:500|Bauzeichnungen 1:100|Baubeschreibung|Berechnung des Brutto-Rauminhalts|"
            "Nachweis der Stellplaetze",
            "Formulaire cerfa|PCMI1 plan de situation|PCMI2 plan de masse|PCMI3 plan en coupe|"
            "PCMI4 notice descriptive|PCMI5 plan des facades|PCMI6 document graphique",
        ).split("|")
        for t in rng.sample(encl, rng.randint(3, len(encl))):
            f.para(s.margin + 12, f.size[0] - 2 * s.margin, "- " + t, s.font, s.size, 0.1)
        f.y += 8
        write(f, s, prose(rng, lg, 1, 2))
        regards(
            f, s, lg, rng.choice(PEOPLE[lg]), say(lg, "for and on behalf of " + h.name, "", h.name)
        )
        pages += close(f.pages, s, h, numbers="none")
    form = application_form(rng, lg, c, h, portal, d)
    pages += form
    if rng.random() < 0.5:
        stamp(pages[0], pages[0].size[0] - 190, 110, got(lg, c.received))
    plans = rng.choice([1, 1, 1, 2])
    for k in range(plans):
        size = landscape(A4) if rng.random() < 0.6 else A4
        p = Page(size)
        w, hh = size
        title = [
            tr(
                lg,
                "Location Plan 1:1250",
                "Auszug aus der Liegenschaftskarte 1:1000",
                "PCMI1 - Plan de situation",
            ),
            tr(lg, "Block Plan 1:500", "Amtlicher Lageplan 1:500", "PCMI2 - Plan de masse"),
        ][k]
        site_plan(
            p,
            rng,
            36,
            36,
            w - 72,
            hh - 140,
            c.site.split(" ", 1)[-1] if lg != "de" else c.site.rsplit(" ", 1)[0],
        )
        p.rect(w - 276, hh - 96, 240, 60)
        p.text(w - 270, hh - 82, fit(title, "Helvetica-Bold", 9, 228), "Helvetica-Bold", 9)
        p.text(w - 270, hh - 70, fit(f"{c.site}, {c.town}", "Helvetica", 7, 228), "Helvetica", 7)
        p.text(w - 270, hh - 60, fit(h.name, "Helvetica", 7, 228), "Helvetica", 7)
        p.text(
            w - 270,
            hh - 48,
            f"{tr(lg, 'Scale', 'Massstab', 'Echelle')} "
            f"{title.split()[-1] if ':' in title else '1:1000'} @ A4",
            "Helvetica",
            6.5,
        )
        p.text(
            36,
            hh - 82,
            tr(
                lg,
                f"(c) Crown copyright and database rights {c.received.year} OS 100019980",
                "Quelle: Geobasisdaten Kreis Mettmann",
                "Source : cadastre.gouv.fr - DGFiP",
            ),
            "Helvetica",
            6,
        )
        pages.append(p)
    return pages


def tpl_plan_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """An agent's drawing sent on its own (an amended or additional plan): elevations or a
    floor plan on landscape A4 (A3 reduced) with a title block and a revision box."""
    c = case_of(who, "application", fresh=False)
    h = head_of(who, "agent")
    lg = h.lang
    size = landscape(A4) if rng.random() < 0.8 else A4
    p = Page(size)
    w, hh = size
    p.rect(18, 18, w - 36, hh - 36)
    kind = rng.choice(["elev", "plan"])
    bx, by = 40, 50
    if kind == "elev":
        for j in range(2):
            x0 = bx + j * (w - 250) / 2
            ww = (w - 300) / 2
            base = hh - 140
            p.line(x0 - 10, base, x0 + ww + 10, base)
            p.rect(x0, base - 150, ww, 150)
            p.line(x0, base - 150, x0 + ww / 2, base - 230)
            p.line(x0 + ww, base - 150, x0 + ww / 2, base - 230)
            for r in range(2):
                for q in range(3):
                    if r == 1 and q == 1:
                        continue
                    p.rect(x0 + 18 + q * ww / 3, base - 130 + r * 70, ww / 3 - 36, 42)
            p.rect(x0 + ww / 2 - 14, base - 56, 28, 56, fill=0.7)
            label = [
                tr(lg, "FRONT ELEVATION (PROPOSED)", "ANSICHT NORD", "FACADE NORD"),
                tr(lg, "REAR ELEVATION (PROPOSED)", "ANSICHT SUED", "FACADE SUD"),
            ][j]
            p.text(x0 + ww / 2, base + 18, label, "Helvetica-Bold", 8, "center")
    else:
        x0, y0 = bx + 20, by + 20
        ww, hh2 = w - 340, hh - 200
        p.rect(x0, y0, ww, hh2)
        p.rect(x0 + 3, y0 + 3, ww - 6, hh2 - 6)
        cut = x0 + ww * rng.uniform(0.35, 0.6)
        p.line(cut, y0, cut, y0 + hh2)
        mid = y0 + hh2 * rng.uniform(0.4, 0.6)
        p.line(x0, mid, cut, mid)
        for t, (xx, yy) in zip(
            tr(
                lg,
                "KITCHEN|LIVING|BED 1|BATH",
                "KUECHE|WOHNEN|SCHLAFEN|BAD",
                "CUISINE|SEJOUR|CHAMBRE|SDB",
            ).split("|"),
            [(x0 + 40, y0 + 40), (cut + 40, y0 + 40), (x0 + 40, mid + 40), (cut + 40, mid + 60)],
            strict=True,
        ):
            p.text(xx, yy, t, "Helvetica", 7)
        p.line(x0, y0 + hh2 + 20, x0 + ww, y0 + hh2 + 20)
        p.text(
            x0 + ww / 2,
            y0 + hh2 + 16,
            f"{rng.randint(6, 14)}{rng.randint(100, 950)}",
            "Helvetica",
            6.5,
            "center",
        )
    tx = w - 230
    p.rect(tx, hh - 210, 212, 192)
    rows = [
        (h.name, "Helvetica-Bold", 8),
        (f"{h.street}, {h.town}", "Helvetica", 6),
        (tr(lg, "Project", "Bauvorhaben", "Projet"), "Helvetica", 5.5),
        (c.site + ", " + c.town, "Helvetica", 7),
        (tr(lg, "Drawing", "Planinhalt", "Plan"), "Helvetica", 5.5),
        (
            tr(
                lg,
                "Proposed elevations" if kind == "elev" else "Proposed ground floor plan",
                "Ansichten" if kind == "elev" else "Grundriss Erdgeschoss",
                "Facades" if kind == "elev" else "Plan du rez-de-chaussee",
            ),
            "Helvetica-Bold",
            9,
        ),
        (
            f"{tr(lg, 'Scale', 'Massstab', 'Echelle')} 1:100 @ A3   "
            f"{tr(lg, 'Date', 'Datum', 'Date')} {date_text(c.received, lg, 'short')}",
            "Helvetica",
            6.5,
        ),
        (
            f"{tr(lg, 'Drg no.', 'Plan-Nr.', 'N.')} {serial(rng, '9999-99')}   Rev "
            f"{rng.choice('ABCD')}",
            "Helvetica-Bold",
            8,
        ),
    ]
    y = hh - 196
    for t, fnt, pt in rows:
        p.text(tx + 6, y, fit(t, fnt, pt, 200), fnt, pt)
        y += pt + 7
    p.line(tx, hh - 62, tx + 212, hh - 62)
    p.text(
        tx + 6,
        hh - 50,
        fit(f"Rev {rng.choice('ABC')} - " + words(rng, lg, 5), "Helvetica", 6, 200),
        "Helvetica",
        6,
    )
    p.text(
        tx + 6,
        hh - 40,
        tr(
            lg,
            "Do not scale from this drawing.",
            "Masse am Bau pruefen.",
            "Ne pas mesurer sur le plan.",
        ),
        "Helvetica",
        6,
    )
    if rng.random() < 0.6:
        stamp(
            p,
            40,
            30,
            [
                tr(lg, "AMENDED PLAN RECEIVED", "EINGANG (Tektur)", "PIECE COMPLEMENTAIRE"),
                date_text(c.received + timedelta(days=rng.randint(20, 60)), lg, "short"),
                c.ref,
            ],
        )
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates X: the authority's letters and notices
# ---------------------------------------------------------------------------------------------


def authority_letter(
    rng: random.Random,
    who: Issuer,
    h: Head,
    c: Case,
    to: list[str],
    d: date,
    size: tuple[float, float] = A4,
) -> tuple[Sheets, Style]:
    """The first page of a letter of the authority: heading, window address, references
    (a German authority's info column on the right)."""
    s = style_of(h, size)
    lg = h.lang
    f = sheets(s, h, f"{h.name} - {c.ref}")
    if lg == "de":
        y0 = f.y
        below = window(f.page, s, h, y0, to)
        yy = info_column(
            f.page,
            s,
            h,
            y0 - 8,
            [
                ("Aktenzeichen", c.ref),
                ("Auskunft erteilt", c.officer),
                ("Zimmer", f"{rng.randint(1, 4)}.{rng.randint(1, 40):02d}"),
                ("Telefon", h.phone.replace("-0", f"-{rng.randint(200, 499)}")),
                ("Datum", day(h, d)),
            ],
        )
        f.y = max(below, yy) + 14
    else:
        refs = [
            (tr(lg, "Our ref", "", "N/Ref"), c.ref),
            (tr(lg, "Case officer", "", "Dossier suivi par"), c.officer),
        ]
        if lg == "en" and rng.random() < 0.6:
            refs.append(("Direct line", h.phone[:-3] + str(rng.randint(100, 999))))
        recipient(f, s, h, to, d, refs)
    return f, s


def addressee(rng: random.Random, lang: str, c: Case) -> tuple[str, list[str]]:
    """An applicant, or the agent on their behalf."""
    name = c.applicant
    return name, [name, house(rng, lang), c.town]


def tpl_acknowledgement(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's acknowledgement of a valid application with its details and target
    date, or its letter that the application is invalid with the items still missing."""
    c = case_of(who, "acknowledgement")
    h = head_of(who, "council")
    lg = h.lang
    d = c.received + timedelta(days=rng.randint(2, 12))
    valid = rng.random() < 0.6
    ag = head_of(who, "agent")
    to = [ag.name, ag.street, ag.town] if rng.random() < 0.6 else addressee(rng, lg, c)[1]
    f, s = authority_letter(rng, who, h, c, to, d)
    w = f.size[0]
    m = s.margin
    if valid:
        caption(
            f,
            s,
            tr(
                lg,
                "Acknowledgement of a valid application",
                "Eingangsbestaetigung Ihres Bauantrags",
                "Recepisse de depot d'une demande de permis",
            ),
            1.5,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Your application described below was made valid on "
                f"{day(h, c.received)}. Please quote the application number in all "
                "correspondence.",
                f"Ihr Bauantrag ist am {day(h, c.received)} bei der unteren Bauaufsichtsbehoerde "
                "eingegangen. Die Pruefung auf Vollstaendigkeit hat ergeben, dass die "
                "Bauvorlagen vollstaendig sind.",
                f"Le maire atteste avoir recu le {day(h, c.received)} une demande de permis "
                "presentee par le demandeur ci-dessous.",
            ),
        )
        rows = [
            (tr(lg, "Application number", "Aktenzeichen", "Numero de dossier"), c.ref),
            (tr(lg, "Site", "Grundstueck", "Terrain"), f"{c.site}, {c.town}"),
            (tr(lg, "Proposal", "Vorhaben", "Projet"), c.proposal),
            (tr(lg, "Applicant", "Bauherr/in", "Demandeur"), c.applicant),
            (
                tr(lg, "Date valid", "Eingang", "Date de depot"),
                date_text(c.received, lg, "short"),
            ),
            (
                tr(lg, "Determination date", "Frist (Par. 64 Abs. 3)", "Delai d'instruction"),
                date_text(c.received + timedelta(days=56), lg, "short")
                if lg != "fr"
                else rng.choice(["2 mois", "3 mois", "1 mois"]),
            ),
            (tr(lg, "Case officer", "Sachbearbeitung", "Instructeur"), c.officer),
        ]
        f.need(20 * len(rows))
        for cap, val in rows:
            f.page.text(m, f.y, cap, s.bold, s.size - 0.5)
            lines = wrap(val, s.font, s.size - 0.5, w - 2 * m - 150)
            for ln in lines:
                f.page.text(m + 150, f.y, ln, s.font, s.size - 0.5)
                f.y += s.size * 1.35
            f.y += 3
        f.y += 6
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, 1, 3))
    else:
        caption(
            f,
            s,
            tr(
                lg,
                "Invalid application - further information required",
                "Anforderung fehlender Bauvorlagen (Par. 71 Abs. 1 BauO NRW)",
                "Demande de pieces complementaires",
            ),
            1.5,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"Application {c.ref}: {c.proposal}, {c.site}. The application cannot be "
                "registered until the following has been received:",
                f"zu Ihrem Antrag vom {day(h, c.received)} fehlen noch folgende Unterlagen:",
                f"Apres examen des pieces de votre dossier {c.ref} depose le "
                f"{day(h, c.received)}, il apparait que les pieces suivantes sont manquantes :",
            ),
        )
        pool = tr(
            lg,
            "A location plan at 1:1250 with the site edged in red|The correct fee of "
            "{fee}|Ownership certificate signed and dated|Existing floor plans|"
            "Proposed elevations showing the neighbouring buildings|A flood risk "
            "assessment|Biodiversity net gain statement|A tree survey (BS 5837)",
            "Amtlicher Lageplan (Par. 3 BauPrueffVO)|Standsicherheitsnachweis|Nachweis der "
            "Stellplaetze|Berechnung der Abstandflaechen|Entwaesserungsplan|Unterschrift der "
            "Bauherrschaft auf allen Bauzeichnungen|Erklaerung zum Waermeschutz",
            "PCMI2 plan de masse cote dans les trois dimensions|PCMI3 plan en coupe du terrain|"
            "PCMI6 document graphique d'insertion|PCMI7 et PCMI8 photographies|Attestation RE2020|"
            "Notice descriptive PCMI4 completee|Signature du formulaire",
        ).replace("{fee}", f"{currency(lg)} {money(rng.choice([258, 578, 1156]), lg)}")
        items = rng.sample(pool.split("|"), rng.randint(2, 5))
        numbered(f, s, items)
        write(
            f,
            s,
            tr(
                lg,
                "If the information is not received within 21 days the application may be "
                "returned.",
                "Sollten die Unterlagen nicht innerhalb eines Monats eingehen, gilt der Antrag "
                "als zurueckgenommen (Par. 71 Abs. 1 Satz 2 BauO NRW).",
                "Le delai d'instruction ne courra qu'a compter de la reception des pieces "
                "manquantes. A defaut de production dans un delai de trois mois, la demande "
                "fera l'objet d'une decision tacite de rejet.",
            ),
        )
    regards(
        f,
        s,
        lg,
        c.officer if lg != "de" else "i. A. " + c.officer.split()[-1],
        say(lg, "Planning Officer", "", "Pour le Maire, l'adjoint delegue a l'urbanisme"),
    )
    return close(f.pages, s, h)


def tpl_neighbour_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's notification of an application to a neighbour (Angrenzerbenachrichtigung,
    information des riverains), sometimes with a small plan and a reply slip; a batch goes
    out for one application to several neighbours."""
    c = case_of(who, "neighbour_letter", fresh=False)
    h = head_of(who, "council")
    lg = h.lang
    d = c.received + timedelta(days=rng.randint(5, 14))
    road = c.site.split(" ", 1)[1] if lg != "de" else c.site.rsplit(" ", 1)[0]
    no = rng.randint(1, 90)
    occ = (
        tr(lg, "The Owner/Occupier", "", "")
        if lg == "en" and rng.random() < 0.6
        else person(rng, lg)
    )
    to = [occ, f"{road} {no}" if lg == "de" else f"{no} {road}", c.town]
    f, s = authority_letter(rng, who, h, c, to, d)
    w = f.size[0]
    m = s.margin
    caption(
        f,
        s,
        tr(
            lg,
            "Notification of planning application",
            "Beteiligung der Angrenzer gemaess Par. 72 BauO NRW",
            "Information des riverains - demande d'autorisation d'urbanisme",
        ),
        1.5,
    )
    if lg == "en":
        f.page.text(
            m,
            f.y,
            "Town and Country Planning (Development Management Procedure) (England) Order 2015",
            italic_of(s.font),
            s.size - 1.5,
        )
        f.y += 16
    write(f, s, dear(lg, occ if occ != "The Owner/Occupier" else None))
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Application no.", "Aktenzeichen", "Dossier"), c.ref),
                (tr(lg, "Site", "Grundstueck", "Adresse"), f"{c.site}, {c.town}"),
                (tr(lg, "Applicant", "Bauherrschaft", "Demandeur"), c.applicant),
            ],
            w - m,
        )
        + 2
    )
    f.para(
        m, w - 2 * m, tr(lg, "Proposal: ", "Vorhaben: ", "Projet : ") + c.proposal, s.bold, s.size
    )
    write(
        f,
        s,
        tr(
            lg,
            "The plans and documents can be viewed online on the Council's planning register. "
            "If you wish to comment, please do so in writing or online by "
            f"{day(h, d + timedelta(days=21))}. Comments cannot be treated as confidential.",
            "Sie erhalten Gelegenheit, sich innerhalb eines Monats nach Zugang dieses Schreibens "
            "zu dem Vorhaben zu aeussern. Die Bauvorlagen koennen waehrend der Sprechzeiten "
            "eingesehen werden.",
            "Le dossier est consultable en mairie aux heures d'ouverture du public. Vos "
            "observations peuvent etre adressees par ecrit avant le "
            f"{day(h, d + timedelta(days=30))}.",
        ),
    )
    if rng.random() < 0.5:
        write(f, s, prose(rng, lg, 1, 2))
    if rng.random() < 0.45:
        f.need(200)
        site_plan(f.page, rng, m, f.y, min(300.0, w - 2 * m), 170, road)
        f.y += 182
    regards(
        f,
        s,
        lg,
        c.officer if lg != "de" else "i. A. " + c.officer.split()[-1],
        say(lg, "Development Management", "", "Service urbanisme"),
    )
    pages = close(f.pages, s, h)
    if lg == "de" and rng.random() < 0.5:
        # the consent slip (Zustimmungserklaerung) on a page of its own
        s2 = style_of(h)
        p = Page(A4)
        y = 70.0
        p.text(s2.margin, y, "Zustimmungserklaerung der Angrenzerin / des Angrenzers", s2.bold, 12)
        y += 24
        for ln in wrap(
            f"Ich habe die Bauvorlagen zum Vorhaben {c.proposal}, Grundstueck "
            f"{c.site}, Az. {c.ref}, eingesehen und stimme dem Vorhaben zu.",
            s2.font,
            10,
            w - 2 * s2.margin,
        ):
            p.text(s2.margin, y, ln, s2.font, 10)
            y += 14
        y = fields(
            p,
            s2,
            s2.margin,
            y + 16,
            w - 2 * s2.margin,
            [
                ("Name, Vorname", ""),
                ("Anschrift", ""),
                ("Flurstueck", ""),
                ("Ort, Datum", ""),
                ("Unterschrift", ""),
            ],
            per=1,
            tall=30,
        )
        pages.append(p)
    return pages


def tpl_site_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The site notice / public notice of an application as displayed (Bekanntmachung, avis
    de depot): a poster page in large type."""
    c = case_of(who, "site_notice")
    h = head_of(who, "council")
    lg = h.lang
    d = c.received + timedelta(days=rng.randint(5, 15))
    s = style_of(h, A4, margin=50)
    w, hh = A4
    m = 50
    p = Page(A4)
    emblem(p, w / 2 - 13, 40, len(h.name))
    p.text(
        w / 2, 92, h.name.upper(), s.bold, shrink(h.name.upper(), s.bold, 14, w - 2 * m), "center"
    )
    p.rect(m, 108, w - 2 * m, 44, fill=0.0)
    big = tr(lg, "PUBLIC NOTICE", "BEKANNTMACHUNG", "AVIS DE DEPOT")
    p.rect(m + 3, 111, w - 2 * m - 6, 38, fill=1.0)
    p.text(w / 2, 140, big, "Helvetica-Bold", 26, "center")
    y = 178.0
    law = tr(
        lg,
        "Town and Country Planning Act 1990 - Planning (Listed Buildings and Conservation "
        "Areas) Act 1990 - Notice under Article 15 of the Development Management Procedure "
        "Order 2015",
        "Oeffentliche Bekanntmachung gemaess Par. 72 Abs. 2 BauO NRW ueber die Erteilung einer "
        "Baugenehmigung / den Eingang eines Bauantrags",
        "Demande de permis deposee le " + date_text(c.received, lg, "short") + " - Affichage "
        "en mairie (article R. 423-6 du code de l'urbanisme)",
    )
    for ln in wrap(law, s.font, 10, w - 2 * m):
        p.text(w / 2, y, ln, s.font, 10, "center")
        y += 13
    y += 16
    for cap, val in [
        (tr(lg, "Application No", "Aktenzeichen", "Numero"), c.ref),
        (tr(lg, "Proposal", "Vorhaben", "Nature des travaux"), c.proposal),
        (tr(lg, "Location", "Grundstueck", "Adresse du terrain"), f"{c.site}, {c.town}"),
        (tr(lg, "Applicant", "Bauherrschaft", "Demandeur"), c.applicant),
    ]:
        p.text(m, y, cap, s.bold, 12)
        y += 16
        for ln in wrap(val, s.font, 14, w - 2 * m):
            p.text(m + 10, y, ln, s.font, 14)
            y += 18
        y += 8
    y += 8
    for ln in wrap(
        tr(
            lg,
            "Anyone who wishes to make representations about this application should write to "
            f"the Council by {day(h, d + timedelta(days=21))} quoting the reference above. "
            "Representations will be published on the Council's website.",
            "Die Bauvorlagen liegen in der Zeit vom "
            f"{day(h, d)} bis {day(h, d + timedelta(days=30))} im Rathaus zur Einsicht aus. "
            "Einwendungen koennen waehrend dieser Frist schriftlich erhoben werden.",
            "Le dossier peut etre consulte en mairie aux heures d'ouverture. Le present avis "
            "est affiche pendant toute la duree de l'instruction.",
        ),
        s.font,
        11,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 11)
        y += 15
    p.text(
        m,
        hh - 110,
        tr(lg, "Date of display: ", "Ausgehaengt am: ", "Affiche le : ") + day(h, d),
        s.font,
        10,
    )
    p.text(m, hh - 94, tr(lg, "Signed: ", "Im Auftrag: ", "Le Maire, ") + c.officer, s.font, 10)
    p.rect(m, hh - 76, w - 2 * m, 26)
    p.text(
        w / 2,
        hh - 59,
        tr(
            lg,
            "PLEASE DO NOT REMOVE OR DEFACE THIS NOTICE",
            "ABNAHME NICHT VOR DEM " + day(h, d + timedelta(days=31)),
            "NE PAS RETIRER AVANT LA FIN DE L'INSTRUCTION",
        ),
        "Helvetica-Bold",
        10,
        "center",
    )
    return [p]


CONDITIONS = {
    "en": [
        "Prior to first occupation, the access shall be laid out with visibility splays of 2.4 m "
        "x 43 m in both directions and retained thereafter.",
        "The parking spaces shown on the approved plan shall be surfaced in a bound porous "
        "material and kept available for parking at all times.",
        "No surface water shall discharge onto the public highway.",
        "Development shall not begin until a scheme for the disposal of foul and surface water "
        "has been submitted to and approved in writing by the Local Planning Authority.",
        "A construction management plan shall be submitted before works start, showing "
        "contractors' parking, wheel washing and delivery times.",
        "Finished floor levels shall be set no lower than 300 mm above existing ground level.",
        "The existing drop kerb shall be reinstated as full height kerb within one month of the "
        "new access being brought into use.",
    ],
    "de": [
        "Die Zufahrt fuer die Feuerwehr ist nach der Muster-Richtlinie ueber Flaechen fuer die "
        "Feuerwehr herzustellen und dauerhaft freizuhalten.",
        "Es sind Rauchwarnmelder in allen Schlafraeumen, Kinderzimmern und Fluren einzubauen.",
        "Das Niederschlagswasser ist auf dem Grundstueck zu versickern; die Anlage bedarf einer "
        "wasserrechtlichen Erlaubnis.",
        "Bei Erdarbeiten zutage tretende Bodendenkmaeler sind unverzueglich der Unteren "
        "Denkmalbehoerde anzuzeigen.",
        "Der zweite Rettungsweg ist ueber anleiterbare Stellen sicherzustellen.",
        "Die Loeschwasserversorgung von 48 m3/h ueber zwei Stunden ist nachzuweisen.",
    ],
    "fr": [
        "Les menuiseries exterieures seront en bois peint, teinte a soumettre a l'ABF.",
        "La toiture sera realisee en tuiles canal de terre cuite de teinte rouge nuancee.",
        "Les enduits seront a la chaux, finition talochee fin, teinte ocre clair.",
        "L'acces des engins de secours devra etre garanti par une voie de 3 m de largeur.",
        "Les eaux pluviales seront gerees a la parcelle, sans rejet au reseau public.",
        "Le portail sera implante en retrait de 5 m de l'alignement de la voie.",
    ],
}


def tpl_consultee_response(rng: random.Random, who: Issuer) -> list[Page]:
    """A statutory consultee's response to the authority: no objection subject to conditions,
    or an objection, with numbered conditions and notes; one to three pages."""
    c = case_of(who, "consultee_response")
    h = head_of(who, "consultee")
    lg = h.lang
    s = style_of(h)
    d = c.received + timedelta(days=rng.randint(10, 35))
    f = sheets(s, h, f"{h.name} - {c.ref}")
    recipient(
        f,
        s,
        h,
        council_lines(lg),
        d,
        [
            (tr(lg, "Your ref", "Ihr Zeichen", "V/Ref"), c.ref),
            (
                tr(lg, "Our ref", "Unser Zeichen", "N/Ref"),
                serial(rng, rng.choice(["AA/9999/99999", "99-999/99", "9999-AA"])),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Consultation response", "Stellungnahme", "Avis") + f": {c.site}, {c.town}",
        1,
    )
    f.para(s.margin, f.size[0] - 2 * s.margin, c.proposal, italic_of(s.font), s.size)
    verdict = rng.choice(
        [
            tr(
                lg,
                "No objection subject to conditions",
                "Keine Bedenken unter Auflagen",
                "Avis favorable assorti de prescriptions",
            ),
            tr(lg, "No objection", "Keine Bedenken", "Avis favorable"),
            tr(lg, "Objection", "Bedenken", "Avis defavorable"),
        ]
    )
    f.need(40)
    f.page.rect(s.margin, f.y - 11, f.size[0] - 2 * s.margin, 18)
    f.page.text(
        s.margin + 6,
        f.y + 1,
        tr(lg, "Recommendation: ", "Ergebnis: ", "Avis : ") + verdict,
        s.bold,
        s.size,
    )
    f.y += 22
    write(f, s, dear(lg, None))
    for _ in range(rng.choice([1, 2, 3, 5, 7])):
        write(f, s, prose(rng, lg, 2, 5))
    conds = rng.sample(CONDITIONS[lg], rng.randint(2, min(6, len(CONDITIONS[lg]))))
    caption(f, s, tr(lg, "Recommended conditions", "Nebenbestimmungen", "Prescriptions"), 0.5)
    numbered(
        f,
        s,
        [
            t
            + (
                " " + tr(lg, "Reason: ", "Begruendung: ", "Motif : ") + words(rng, lg)
                if lg == "en"
                else ""
            )
            for t in conds
        ],
    )
    if rng.random() < 0.5:
        caption(f, s, tr(lg, "Informatives", "Hinweise", "Observations"), 0.5)
        numbered(
            f, s, [prose(rng, lg, 1, 2) for _ in range(rng.randint(1, 4))], s.size - 1, "({k})"
        )
    regards(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(
            lg,
            "Planning Liaison Officer",
            "Sachgebiet Stellungnahmen",
            "Pour l'architecte des batiments de France",
        ),
    )
    if rng.random() < 0.4:
        received(f, got(lg, d + timedelta(days=rng.randint(1, 4))))
    return close(f.pages, s, h)


def say(lang: str, en: str, de: str, fr: str) -> str:
    """``en``, ``de`` or ``fr`` by ``lang`` (an empty one stays empty)."""
    return {"en": en, "de": de, "fr": fr}[lang]


# ---------------------------------------------------------------------------------------------
# Templates X: what neighbours and the public send
# ---------------------------------------------------------------------------------------------

OBJECTIONS = {
    "en": [
        "The extension would overshadow our kitchen and garden for most of the afternoon.",
        "The dormer would look directly into our bedroom and rear garden.",
        "Parking in the road is already very difficult and two more flats will make it worse.",
        "The design is out of keeping with the rest of the street and the conservation area.",
        "There is no room for construction vehicles and the road is used by children walking "
        "to school.",
        "The oak tree is a landmark and is home to bats and owls.",
        "We have had flooding in the back gardens twice and this will add more hard surface.",
        "The plans do not show our extension, so the drawings are misleading.",
    ],
    "de": [
        "Durch den Anbau wird unser Garten ab mittags vollstaendig verschattet.",
        "Die Abstandflaechen zu unserem Grundstueck werden nicht eingehalten.",
        "Die Gaube ermoeglicht den direkten Einblick in unser Schlafzimmer.",
        "Schon heute fehlen in der Strasse Parkplaetze; weitere Wohnungen verschaerfen das.",
        "Das Vorhaben fuegt sich nicht in die Eigenart der naeheren Umgebung ein.",
        "Wir befuerchten Laermbelaestigung durch den Gaststaettenbetrieb bis in die Nacht.",
    ],
    "fr": [
        "La construction projetee supprimera l'ensoleillement de notre jardin.",
        "La hauteur du projet ne respecte pas les regles du PLU en limite separative.",
        "Les fenetres prevues creent des vues directes sur notre terrasse.",
        "Le stationnement dans la rue est deja sature.",
        "Le projet denature le caractere pavillonnaire du quartier.",
        "Le portail prevu empiete sur le trottoir et genera la circulation des pietons.",
    ],
}


def hand_lines(
    p: Page, rng: random.Random, x: float, y: float, width: float, text: str, pt: float
) -> float:
    """``text`` in a writing hand: wrapped, each line a little off the margin."""
    for ln in wrap(text, INK, pt, width):
        p.text(x + rng.uniform(-2, 3), y, ln, INK, pt)
        y += pt * 1.55
    return y + pt * 0.5


def tpl_representation(rng: random.Random, who: Issuer) -> list[Page]:
    """A neighbour's representation on an application: a handwritten letter on A5 or A4, a
    typed letter on plain paper (sometimes two pages, sometimes with photos from the garden)
    or, in England, the print of a comment made online."""
    c = case_of(who, "application", fresh=False)
    lg = region(who)
    writer = person(rng, lg, titled=False)
    road = c.site.split(" ", 1)[1] if lg != "de" else c.site.rsplit(" ", 1)[0]
    their = f"{road} {rng.randint(1, 90)}" if lg == "de" else f"{rng.randint(1, 90)} {road}"
    d = c.received + timedelta(days=rng.randint(6, 30))
    reasons = rng.sample(OBJECTIONS[lg], rng.randint(2, 4))
    style = rng.choice(["hand", "typed", "typed", "online"] if lg == "en" else ["hand", "typed"])
    if style == "online":
        s = Style("Helvetica", "Helvetica-Bold", 9, 44, "none", "b", A4, "short")
        w, hh = A4
        m = 44.0

        def start(p: Page, n: int) -> float:
            p.text(
                m,
                22,
                f"{date_text(d, 'en', 'short')} {rng.randint(8, 22)}:{rng.randint(10, 59)}",
                s.font,
                7,
            )
            p.text(w / 2, 22, f"Comments for Planning Application {c.ref}", s.font, 7, "center")
            return 50

        f = Sheets(A4, hh - 40, start)
        caption(f, s, f"Comments for Planning Application {c.ref}", 4)
        caption(f, s, "Application Summary", 1, rule=True)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Application Number:", c.ref),
                    ("Address:", f"{c.site} {c.town}"),
                    ("Case Officer:", c.officer),
                ],
                w - m,
            )
            + 2
        )
        f.para(m, w - 2 * m, "Proposal: " + c.proposal, s.font, 8.5)
        caption(f, s, "Customer Details", 1, rule=True)
        f.y = (
            pairs(f.page, s, m, f.y, [("Name:", writer), ("Address:", f"{their}, {c.town}")], w - m)
            + 2
        )
        caption(f, s, "Comment Details", 1, rule=True)
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Commenter Type:", "Neighbour"),
                (
                    "Stance:",
                    rng.choice(
                        [
                            "Customer objects to the Planning Application",
                            "Customer made comments neither objecting to or supporting the "
                            "Planning "
                            "Application",
                            "Customer objects to the Planning Application",
                        ]
                    ),
                ),
                ("Comment Reasons:", ""),
            ],
            w - m,
        )
        for t in rng.sample(
            [
                "- Loss of Light",
                "- Overlooking / Privacy",
                "- Parking",
                "- Design / Appearance",
                "- Traffic or Highways",
                "- Trees",
            ],
            3,
        ):
            f.page.text(m + 120, f.y, t, s.font, 8.5)
            f.y += 12
        f.y += 6
        f.page.text(m, f.y, "Comment:", s.bold, 9)
        f.y += 14
        for t in reasons:
            f.para(m, w - 2 * m, t + " " + prose(rng, lg, 1, 3), s.font, 9)
        pages = f.pages
        for k, p in enumerate(pages, 1):
            p.text(w - m, hh - 20, f"Page {k} of {len(pages)}", s.font, 7, "right")
        return pages
    if style == "hand":
        size = rng.choice([A5, A4, A5])
        w, hh = size
        m = 36.0 if size == A5 else 56.0
        p = Page(size)
        pages = [p]
        pt = 11 if size == A5 else 12.5
        y = m + 6
        for t in [writer.split(" ", 1)[-1] if rng.random() < 0.5 else writer, their, c.town]:
            p.text(w - m, y, t, INK, pt, "right")
            y += pt * 1.4
        p.text(w - m, y + 6, date_text(d, lg, "long" if lg == "en" else "short"), INK, pt, "right")
        y += pt * 3.2
        p.text(m, y, tr(lg, "Ref: ", "Betr.: Az. ", "Objet : dossier ") + c.ref, INK, pt)
        y += pt * 2.2
        p.text(m, y, dear(lg, None), INK, pt)
        y += pt * 1.8
        body = [
            tr(
                lg,
                f"I am writing to object to the application at {c.site}.",
                f"hiermit erhebe ich Einwendungen gegen das Bauvorhaben {c.site}.",
                f"Je souhaite faire part de mon opposition au projet situe {c.site}.",
            ),
            *reasons,
            tr(
                lg,
                "I would ask the council to refuse this application.",
                "Ich bitte Sie, den Bauantrag abzulehnen.",
                "Je vous demande de refuser ce projet.",
            ),
        ]
        for t in body:
            if y > hh - m - 40:
                p = Page(size)
                pages.append(p)
                y = m + 10
                p.text(w / 2, y - 14, "- 2 -" if lg == "de" else "(2)", INK, pt, "center")
            y = hand_lines(p, rng, m, y, w - 2 * m, t, pt)
        if y > hh - m - 50:
            p = Page(size)
            pages.append(p)
            y = m + 10
        p.text(
            m,
            y + 6,
            tr(
                lg,
                "Yours faithfully",
                "Mit freundlichen Gruessen",
                "Veuillez agreer mes salutations.",
            ),
            INK,
            pt,
        )
        sign(p, m, y + 34, writer, pt + 4)
        return pages
    s = plain(lg, A4, rng.choice(["Times-Roman", "Helvetica"]))
    f = sheets(s, None)
    w = f.size[0]
    m = s.margin
    for t in [writer, their, c.town]:
        f.page.text(w - m, f.y, t, s.font, s.size, "right")
        f.y += s.size * 1.35
    f.y += 10
    f.y = window(f.page, s, None, f.y, council_lines(lg)) + 10
    f.page.text(w - m, f.y, date_text(d, lg, "long"), s.font, s.size, "right")
    f.y += 26
    caption(
        f,
        s,
        tr(
            lg,
            "Objection to planning application ",
            "Einwendung gegen den Bauantrag Az. ",
            "Observations sur la demande n. ",
        )
        + c.ref,
        0,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"We live at {their}, next to the application site, and wish to object "
            f"to the proposal ({c.proposal}) for the following reasons.",
            f"als Eigentuemer des Nachbargrundstuecks {their} erheben wir gegen das "
            f"Vorhaben ({c.proposal}) folgende Einwendungen:",
            f"Proprietaires de la parcelle voisine ({their}), nous formulons les "
            f"observations suivantes sur le projet ({c.proposal}) :",
        ),
    )
    numbered(f, s, [t + " " + prose(rng, lg, 1, 3) for t in reasons])
    if rng.random() < 0.4:
        write(f, s, prose(rng, lg, 2, 4))
    photos = rng.random() < 0.3
    if photos:
        write(
            f,
            s,
            tr(
                lg,
                "I enclose photographs taken from our garden.",
                "Fotos aus unserem Garten lege ich bei.",
                "Je joins des photographies prises depuis notre jardin.",
            ),
        )
    regards(f, s, lg, writer, "", formal=True)
    pages = f.pages
    if photos:
        notes = [
            tr(lg, "view from rear garden", "Blick aus dem Garten", "vue depuis le jardin"),
            tr(lg, "boundary fence", "Grundstuecksgrenze", "limite separative"),
            tr(lg, "parking in the road", "parkende Autos", "stationnement"),
            tr(lg, "kitchen window", "Kuechenfenster", "fenetre de cuisine"),
        ]
        pages += photo_sheet(s, lg, rng, notes[: rng.choice([2, 4])], "", per=rng.choice([2, 4]))
    return pages


def tpl_petition(rng: random.Random, who: Issuer) -> list[Page]:
    """A residents' petition against an application: the statement and the signature sheets
    with names, addresses and signatures by hand; each sheet repeats the statement."""
    c = case_of(who, "petition")
    lg = region(who)
    size = A4 if rng.random() < 0.7 else landscape(A4)
    w, hh = size
    m = 40
    road = c.site.split(" ", 1)[1] if lg != "de" else c.site.rsplit(" ", 1)[0]
    statement = tr(
        lg,
        f"We, the undersigned residents of {road} and the surrounding streets, object to "
        f"planning application {c.ref} ({c.proposal}) and ask the Planning Committee to refuse it.",
        f"Wir, die Unterzeichnenden, wenden uns gegen das Bauvorhaben {c.site} (Az. {c.ref}: "
        f"{c.proposal}) und bitten die Stadt, den Antrag abzulehnen.",
        f"Nous, soussignes, habitants du quartier, nous opposons a la demande {c.ref} "
        f"({c.proposal}) et demandons au Maire de la refuser.",
    )
    title = tr(lg, "PETITION", "UNTERSCHRIFTENLISTE", "PETITION")
    per = 16 if size == A4 else 11
    n = rng.randint(6, per * rng.choice([1, 1, 2, 3, 4]))
    firsts = [x.split()[0] for x in PEOPLE[lg]]
    lasts = [x.split()[-1] for x in PEOPLE[lg]]
    pages: list[Page] = []
    repeat = rng.random() < 0.6
    sheet_no = 0
    k = 0
    while k < n or not pages:
        sheet_no += 1
        p = Page(size)
        y = 44.0
        if sheet_no == 1 or repeat:
            p.text(w / 2, y, title, "Helvetica-Bold", 16, "center")
            y += 20
            for ln in wrap(statement, "Helvetica", 9, w - 2 * m):
                p.text(m, y, ln, "Helvetica", 9)
                y += 12
            y += 6
        if sheet_no == 1 and rng.random() < 0.6:
            for ln in wrap(
                tr(lg, "Organiser: ", "Initiator/in: ", "Contact : ")
                + person(rng, lg)
                + ", "
                + house(rng, lg),
                "Helvetica",
                8,
                w - 2 * m,
            ):
                p.text(m, y, ln, "Helvetica", 8)
                y += 11
        cols = columns(
            m,
            w - m,
            [(0.4, "left"), (2.2, "left"), (3, "left"), (2, "left")]
            + ([(1.2, "left")] if size != A4 else []),
        )
        heads = [
            "",
            tr(lg, "Name", "Name, Vorname", "Nom, prenom"),
            tr(lg, "Address", "Anschrift", "Adresse"),
            tr(lg, "Signature", "Unterschrift", "Signature"),
        ] + ([tr(lg, "Date", "Datum", "Date")] if size != A4 else [])
        y += 8
        for col, t in zip(cols, heads, strict=True):
            p.text(col[0], y, t, "Helvetica-Bold", 8)
        row_h = min(32.0, (hh - y - 50) / per)
        p.line(m, y + 5, w - m, y + 5)
        y += 5
        for r in range(per):
            top = y + r * row_h
            p.line(m, top + row_h, w - m, top + row_h)
            p.text(m + 2, top + row_h - 7, str((sheet_no - 1) * per + r + 1), "Helvetica", 7)
            if k < n and r < per:
                nm = f"{rng.choice(firsts)} {rng.choice(lasts)}"
                p.text(
                    cols[1][0], top + row_h - 8, fit(nm, INK, 11, cols[1][1] - cols[1][0]), INK, 11
                )
                addr = (
                    f"{road} {rng.randint(1, 90)}" if lg == "de" else f"{rng.randint(1, 90)} {road}"
                )
                p.text(
                    cols[2][0],
                    top + row_h - 8,
                    fit(addr, INK, 10.5, cols[2][1] - cols[2][0]),
                    INK,
                    10.5,
                )
                sign(p, cols[3][0], top + row_h - 7, nm, 12)
                if len(cols) > 4:
                    p.text(
                        cols[4][0],
                        top + row_h - 8,
                        date_text(c.received + timedelta(days=rng.randint(3, 20)), lg, "short"),
                        INK,
                        10,
                    )
                k += 1
        for col in cols[1:]:
            p.line(col[0] - 3, y - 14, col[0] - 3, y + per * row_h)
        p.text(
            w - m,
            hh - 24,
            tr(lg, f"Sheet {sheet_no}", f"Blatt {sheet_no}", f"Feuille {sheet_no}"),
            "Helvetica",
            7,
            "right",
        )
        pages.append(p)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates X: reports and decisions
# ---------------------------------------------------------------------------------------------

POLICIES = {
    "en": [
        "NPPF (2023) Chapter 12 - Achieving well-designed places",
        "Core Strategy CS1 - Spatial strategy",
        "Local Plan DM2 - Design of new development",
        "Local Plan DM7 - Residential amenity",
        "Local Plan T4 - Parking standards",
        "Householder Design Guide SPD (2019)",
        "Local Plan HE3 - Conservation areas",
    ],
    "de": [
        "Par. 34 BauGB - Zulaessigkeit im unbeplanten Innenbereich",
        "Par. 30 BauGB i. V. m. Bebauungsplan",
        "Par. 6 BauO NRW - Abstandflaechen",
        "Par. 48 BauO NRW - Stellplaetze",
        "Stellplatzsatzung der Stadt",
        "Gestaltungssatzung Altstadt",
    ],
    "fr": [
        "PLU-H zone URm2 - article 2 (implantation)",
        "PLU-H - article 4 (hauteur)",
        "PLU-H - article 6 (stationnement)",
        "Code de l'urbanisme, articles R. 421-14 et suivants",
        "Perimetre delimite des abords (monument historique)",
    ],
}


def tpl_officer_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The case officer's delegated report (Pruefvermerk, rapport d'instruction): a details
    box, site, history, consultations table, representations, policies, assessment under
    headings, the recommendation and the sign-off boxes; two to five pages."""
    c = case_of(who, "officer_report")
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    title = tr(
        lg,
        "DELEGATED REPORT",
        "PRUEFVERMERK - Bauplanungsrechtliche Beurteilung",
        "RAPPORT D'INSTRUCTION",
    )
    f = sheets(s, h, f"{c.ref} - {title}", top=rng.random() < 0.5)
    f.page.text(m, f.y + 4, title, s.bold, s.size + 4)
    f.y += 22
    rec = rng.choice(
        [
            tr(
                lg,
                "GRANT subject to conditions",
                "Genehmigung unter Auflagen",
                "Favorable avec prescriptions",
            ),
            tr(lg, "REFUSE", "Ablehnung", "Defavorable"),
            tr(lg, "GRANT", "Genehmigung", "Favorable"),
        ]
    )
    rows = [
        (tr(lg, "Application No", "Aktenzeichen", "Dossier"), c.ref),
        (tr(lg, "Site", "Grundstueck", "Terrain"), f"{c.site}, {c.town}"),
        (tr(lg, "Proposal", "Vorhaben", "Projet"), c.proposal),
        (tr(lg, "Applicant", "Bauherrschaft", "Demandeur"), c.applicant),
        (tr(lg, "Case Officer", "Sachbearbeitung", "Instructeur"), c.officer),
        (
            tr(lg, "Expiry date", "Fristablauf", "Date limite"),
            date_text(c.received + timedelta(days=56), lg, "short"),
        ),
        (tr(lg, "Recommendation", "Ergebnis", "Proposition"), rec),
    ]
    f.y = fields(f.page, s, m, f.y, w - 2 * m, rows, per=1, tall=22, hand=False)
    sections = [
        tr(
            lg,
            "1. Site and surroundings",
            "1. Grundstueck und Umgebung",
            "1. Terrain et environnement",
        ),
        tr(lg, "2. Relevant planning history", "2. Vorgaenge", "2. Antecedents"),
        tr(lg, "3. Consultations", "3. Beteiligungen", "3. Consultations"),
        tr(lg, "4. Representations", "4. Nachbarbeteiligung", "4. Observations du public"),
        tr(lg, "5. Policies", "5. Rechtsgrundlagen", "5. Regles applicables"),
        tr(lg, "6. Assessment", "6. Beurteilung", "6. Analyse du projet"),
    ]
    for k, sec in enumerate(sections):
        caption(f, s, sec, 1, rule=rng.random() < 0.5)
        if k == 1:
            hist = [
                [
                    f"{c.received.year - rng.randint(2, 30) % 100:02d}/{rng.randint(100, 999):05d}/"
                    f"{rng.choice(['FUL', 'HOU', 'BA', 'DP'])}",
                    words(rng, lg, 6)[:-1],
                    rng.choice(
                        [
                            tr(lg, "Granted", "genehmigt", "accorde"),
                            tr(lg, "Refused", "abgelehnt", "refuse"),
                            tr(lg, "Withdrawn", "zurueckgenommen", "retire"),
                        ]
                    ),
                ]
                for _ in range(rng.randint(0, 4))
            ]
            if not hist:
                write(f, s, tr(lg, "None relevant.", "Keine.", "Neant."))
                continue
            table(
                f,
                columns(m, w - m, [(1.4, "left"), (4, "left"), (1.2, "left")]),
                [
                    tr(lg, "Ref", "Az.", "Ref."),
                    tr(lg, "Proposal", "Vorhaben", "Objet"),
                    tr(lg, "Decision", "Entscheidung", "Decision"),
                ],
                hist,
                s,
                rules=True,
            )
            f.y += 8
        elif k == 2:
            cons = [
                [
                    n,
                    rng.choice(
                        [
                            tr(lg, "No objection", "keine Bedenken", "favorable"),
                            tr(lg, "Conditions", "Auflagen", "prescriptions"),
                            tr(lg, "No response", "keine Antwort", "sans reponse"),
                        ]
                    ),
                ]
                for n in rng.sample(
                    [x[0] for x in ROLES["consultee"] if x[1] == lg]
                    + [
                        tr(
                            lg,
                            "Tree Officer",
                            "Gruenflaechenamt",
                            "Service espaces verts",
                        ),
                        tr(lg, "Parish Council", "Tiefbauamt", "Service assainissement"),
                    ],
                    3,
                )
            ]
            table(
                f,
                columns(m, w - m, [(4, "left"), (1.6, "left")]),
                [
                    tr(lg, "Consultee", "Stelle", "Service consulte"),
                    tr(lg, "Response", "Ergebnis", "Avis"),
                ],
                cons,
                s,
            )
            f.y += 8
        elif k == 4:
            for t in rng.sample(POLICIES[lg], rng.randint(2, 4)):
                f.para(m + 10, w - 2 * m - 10, "- " + t, s.font, s.size - 0.5, 0.1)
            f.y += 6
        elif k == 5:
            for sub in rng.sample(
                tr(
                    lg,
                    "Principle|Design and character|Residential amenity|Highways and parking|"
                    "Trees|Flood "
                    "risk",
                    "Art der baulichen Nutzung|Mass der baulichen Nutzung|Bauweise|"
                    "Erschliessung|Abstandflaechen",
                    "Implantation|Hauteur|Aspect exterieur|Stationnement|Reseaux",
                ).split("|"),
                rng.randint(2, 5),
            ):
                f.heading(m, sub, italic_of(s.font) if s.font != "Courier" else s.bold, s.size)
                for _ in range(rng.randint(1, 3)):
                    write(f, s, prose(rng, lg, 2, 5))
        else:
            write(f, s, prose(rng, lg, 2, 4))
    caption(f, s, tr(lg, "7. Recommendation", "7. Ergebnis", "7. Proposition"), 1)
    write(f, s, rec + ". " + prose(rng, lg, 1, 2))
    if rec != tr(lg, "REFUSE", "Ablehnung", "Defavorable") and rng.random() < 0.6:
        caption(f, s, tr(lg, "Conditions", "Nebenbestimmungen", "Prescriptions"), 0.5)
        numbered(f, s, rng.sample(CONDITIONS[lg], rng.randint(2, 5)), s.size - 0.5)
    f.need(90)
    f.y += 6
    half = (w - 2 * m) / 2
    for j, (cap, who_) in enumerate(
        [
            (tr(lg, "Case officer", "Sachbearbeitung", "Instructeur"), c.officer),
            (
                tr(lg, "Authorised officer", "Abteilungsleitung", "Vise du responsable"),
                rng.choice([o for o in OFFICERS[lg] if o != c.officer]),
            ),
        ]
    ):
        x = m + j * half
        f.page.rect(x, f.y, half - 6, 56)
        f.page.text(x + 4, f.y + 10, cap, s.font, 7)
        sign(f.page, x + 10, f.y + 34, who_, 13)
        f.page.text(
            x + 4,
            f.y + 50,
            f"{who_}   {date_text(c.received + timedelta(days=rng.randint(30, 55)), lg, 'short')}",
            s.font,
            7,
        )
    f.y += 64
    if rng.random() < 0.35:
        notes = [
            tr(lg, "Front of site", "Ansicht von der Strasse", "Vue depuis la voie"),
            tr(lg, "Rear garden", "Gartenseite", "Fond de parcelle"),
            tr(lg, "Neighbouring property", "Nachbargebaeude", "Construction voisine"),
            tr(lg, "Street scene", "Strassenbild", "Vue de la rue"),
        ]
        f.pages += photo_sheet(
            s,
            lg,
            rng,
            notes,
            tr(lg, "Site photographs", "Ortsbesichtigung - Fotos", "Photos"),
            per=4,
            header=f"{c.ref} - {title}",
        )
    return close(
        f.pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
        if rng.random() < 0.6
        else None,
    )


def tpl_decision_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The decision on an application: an English decision notice with numbered conditions
    and reasons, then the notes on appeals; a German Baugenehmigung (Bescheid) with
    conditions, fees and the Rechtsbehelfsbelehrung, sometimes the site sign card; a French
    arrete with its 'Vu' and articles and the information page."""
    c = case_of(who, "decision_notice")
    h = head_of(who, "council")
    lg = h.lang
    d = c.received + timedelta(days=rng.randint(40, 70))
    granted = rng.random() < 0.75
    ag = head_of(who, "agent")
    to = (
        [ag.name, ag.street, ag.town]
        if rng.random() < 0.6
        else [c.applicant, house(rng, lg), c.town]
    )
    f, s = authority_letter(rng, who, h, c, to, d)
    w, _ = f.size
    m = s.margin
    conds = rng.sample(CONDITIONS[lg], rng.randint(2, 5))
    if lg == "en":
        f.page.text(w / 2, f.y, "TOWN AND COUNTRY PLANNING ACT 1990", s.bold, s.size + 1, "center")
        f.y += 16
        t = (
            "NOTICE OF GRANT OF PLANNING PERMISSION"
            if granted
            else "REFUSAL OF PLANNING PERMISSION"
        )
        f.page.text(w / 2, f.y, t, s.bold, shrink(t, s.bold, s.size + 3, w - 2 * m), "center")
        f.y += 22
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Application No:", c.ref),
                    ("Applicant:", c.applicant),
                    ("Location:", f"{c.site}, {c.town}"),
                ],
                w - m,
            )
            + 2
        )
        f.para(m, w - 2 * m, "Proposal: " + c.proposal, s.font, s.size)
        write(
            f,
            s,
            f"{h.name} hereby "
            + (
                "GRANTS permission for the development described "
                "above in accordance with the application and plans submitted, subject to the "
                "following conditions:"
                if granted
                else "REFUSES permission for the development "
                "described above for the following reasons:"
            ),
        )
        if granted:
            items = [
                "The development hereby permitted shall be begun before the expiration of "
                "three years from the date of this permission. Reason: To comply with Section "
                "91 of the Town and Country Planning Act 1990.",
                "The development shall be carried out in accordance with the approved plans: "
                + ", ".join(serial(rng, "9999-99 A") for _ in range(rng.randint(2, 4)))
                + ".",
            ]
            items += [t + " Reason: " + words(rng, lg) for t in conds]
        else:
            items = [
                words(rng, lg, 14) + " " + rng.choice(POLICIES["en"]) + "."
                for _ in range(rng.randint(1, 3))
            ]
        numbered(f, s, items)
        if rng.random() < 0.6:
            caption(f, s, "Informatives", 0.5)
            numbered(f, s, [prose(rng, lg, 1, 2) for _ in range(rng.randint(1, 3))], s.size - 1)
        f.need(70)
        f.y += 10
        sign(f.page, m, f.y + 16, rng.choice(OFFICERS["en"]))
        f.y += 26
        f.page.text(m, f.y, "Head of Planning and Building Control", s.bold, s.size)
        f.page.text(m, f.y + 12, f"Date: {day(h, d)}", s.font, s.size)
        f.y += 30
        f.new_page()
        caption(f, s, "NOTES - APPEALS TO THE SECRETARY OF STATE", 1)
        small_print(
            f,
            s,
            [
                (
                    "Appeals",
                    "If you are aggrieved by the decision of your local planning authority "
                    "to refuse permission or to grant it subject to conditions, then you can "
                    "appeal "
                    "to "
                    "the Secretary of State under section 78 of the Town and Country Planning Act "
                    "1990. " + prose(rng, lg, 2, 3),
                ),
                (
                    "Time limits",
                    "If you want to appeal, then you must do so within 12 weeks of the "
                    "date of this notice for householder applications and within six months for "
                    "other applications. " + prose(rng, lg, 1, 3),
                ),
                ("Purchase notices", prose(rng, lg, 2, 4)),
                (
                    "Building Regulations",
                    "This permission does not remove the need to obtain any "
                    "other consents that may be necessary, such as Building Regulations approval. "
                    + prose(rng, lg, 1, 2),
                ),
                ("Compliance", prose(rng, lg, 2, 4)),
            ],
            cols=rng.choice([1, 2]),
            pt=rng.choice([7, 7.5, 8]),
        )
        return close(f.pages, s, h)
    if lg == "de":
        t = "Baugenehmigung" if granted else "Ablehnungsbescheid"
        f.page.text(m, f.y, t, s.bold, s.size + 5)
        f.y += 18
        f.page.text(m, f.y, tr(lg, "", "Vorhaben: ", "") + c.proposal, s.bold, s.size)
        f.y += 14
        f.page.text(m, f.y, f"Grundstueck: {c.site}, {c.town} - {c.parcel}", s.font, s.size - 1)
        f.y += 20
        write(f, s, dear(lg, c.applicant))
        write(
            f,
            s,
            f"auf Ihren Antrag vom {day(h, c.received)} wird Ihnen nach Par. 74 BauO NRW "
            "die Baugenehmigung fuer das oben genannte Vorhaben nach Massgabe der mit "
            "Zugehoerigkeitsvermerk versehenen Bauvorlagen erteilt."
            if granted
            else f"Ihr Antrag vom {day(h, c.received)} wird abgelehnt. " + prose(rng, lg, 1, 2),
        )
        caption(f, s, "I. Nebenbestimmungen" if granted else "I. Begruendung", 0.5)
        numbered(f, s, conds if granted else [prose(rng, lg, 2, 3) for _ in range(3)])
        caption(f, s, "II. Hinweise", 0.5)
        numbered(f, s, [prose(rng, lg, 1, 2) for _ in range(rng.randint(2, 4))], s.size - 0.5)
        caption(f, s, "III. Gebuehrenfestsetzung", 0.5)
        fee = rng.uniform(180, 4800)
        table(
            f,
            columns(m, w - m, [(1.2, "left"), (4, "left"), (1.4, "right")]),
            ["Tarifstelle", "Gegenstand", "Betrag EUR"],
            [
                ["2.4.1.1", "Baugenehmigung, Rohbauwert " + money(fee * 100, lg), money(fee, lg)],
                ["2.4.10", "Pruefung Standsicherheitsnachweis", money(fee * 0.3, lg)],
                ["", "Summe", money(fee * 1.3, lg)],
            ],
            s,
        )
        write(
            f,
            s,
            f"Bitte ueberweisen Sie den Betrag innerhalb eines Monats unter Angabe des "
            f"Kassenzeichens {serial(rng, '9999.9999.9999')}.",
            s.size - 0.5,
        )
        caption(f, s, "Rechtsbehelfsbelehrung", 0.5)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
            "erhoben werden. Die Klage ist bei dem Verwaltungsgericht Duesseldorf, "
            "Bastionstrasse 39, 40213 Duesseldorf, schriftlich oder zur Niederschrift des "
            "Urkundsbeamten der Geschaeftsstelle zu erheben. " + prose(rng, lg, 1, 2),
            s.size - 1,
        )
        f.need(60)
        f.page.text(m, f.y + 4, "Im Auftrag", s.font, s.size)
        sign(f.page, m, f.y + 30, c.officer)
        f.page.text(
            m, f.y + 42, c.officer.replace("Frau ", "").replace("Herr ", ""), s.font, s.size
        )
        f.y += 56
        pages = close(f.pages, s, h, numbers="Seite {i} von {n}" if rng.random() < 0.6 else None)
        if granted and rng.random() < 0.5:
            p = Page(landscape(A5))
            pw, ph = landscape(A5)
            p.rect(14, 14, pw - 28, ph - 28)
            p.rect(18, 18, pw - 36, ph - 36)
            p.text(pw / 2, 56, "BAUSCHILD", "Helvetica-Bold", 22, "center")
            p.text(pw / 2, 76, "(an der Baustelle sichtbar anzubringen)", "Helvetica", 8, "center")
            yy = 110.0
            for cap, val in [
                ("Bauvorhaben", c.proposal),
                ("Grundstueck", c.site),
                ("Bauherrschaft", c.applicant),
                ("Entwurfsverfasser/in", ag.name),
                ("Genehmigt am / Az.", f"{day(h, d)} / {c.ref}"),
            ]:
                p.text(36, yy, cap, "Helvetica", 8)
                p.text(160, yy, fit(val, HAND, 10, pw - 200), HAND, 10)
                p.line(158, yy + 3, pw - 36, yy + 3)
                yy += 26
            p.text(pw - 36, ph - 30, h.name, "Helvetica-Bold", 9, "right")
            pages.append(p)
        return pages
    # French arrete
    f.page.text(w / 2, f.y, f"ARRETE N. {c.ref}", s.bold, s.size + 3, "center")
    f.y += 16
    f.page.text(
        w / 2,
        f.y,
        ("accordant" if granted else "refusant") + " un permis au nom de la commune",
        s.font,
        s.size,
        "center",
    )
    f.y += 24
    f.page.text(m, f.y, "Le Maire,", s.bold, s.size)
    f.y += 16
    vus = [
        f"Vu la demande presentee le {day(h, c.received)} par {c.applicant}",
        f"Vu l'objet de la demande : {c.proposal}, sur un terrain situe {c.site} ({c.parcel})",
        "Vu le code de l'urbanisme, notamment ses articles L. 421-1 et suivants et R. 421-1 et "
        "suivants",
        "Vu le Plan Local d'Urbanisme et de l'Habitat de la Metropole de Lyon approuve le 13 mai "
        "2019",
        rng.choice(
            [
                "Vu l'avis de l'Architecte des Batiments de France",
                "Vu l'avis du SDIS du Rhone",
                "Vu l'avis de la Direction de la Voirie",
            ]
        )
        + f" en date du {day(h, c.received + timedelta(days=20))}",
    ]
    for t in vus:
        f.para(m, w - 2 * m, t + ",", s.font, s.size - 0.5, 0.3)
    f.para(
        m, w - 2 * m, "Considerant que " + words(rng, lg, 14)[:-1] + ",", s.font, s.size - 0.5, 0.3
    )
    f.y += 8
    f.page.text(w / 2, f.y, "ARRETE", s.bold, s.size + 2, "center")
    f.y += 20
    arts = [
        (
            "Article 1",
            (
                "Le permis est ACCORDE pour le projet decrit dans la demande susvisee, sous "
                "reserve du respect des prescriptions mentionnees a l'article 2."
            )
            if granted
            else "Le permis est REFUSE pour les motifs suivants : " + prose(rng, lg, 1, 2),
        )
    ]
    if granted:
        arts.append(("Article 2", " ".join(conds)))
    arts.append(
        (
            f"Article {len(arts) + 1}",
            "Le Directeur general des services est charge de l'execution du present arrete.",
        )
    )
    for head_, body in arts:
        f.heading(m, head_, s.bold, s.size)
        write(f, s, body)
    f.need(70)
    f.page.text(
        w - m - 180, f.y + 6, f"Fait a {h.town.split(' ', 1)[-1]}, le {day(h, d)}", s.font, s.size
    )
    f.page.text(w - m - 180, f.y + 20, "Pour le Maire, l'Adjoint delegue", s.font, s.size - 1)
    sign(f.page, w - m - 170, f.y + 46, rng.choice(PEOPLE["fr"]))
    f.y += 60
    f.new_page()
    caption(f, s, "INFORMATIONS - A LIRE ATTENTIVEMENT", 1)
    small_print(
        f,
        s,
        [
            (
                "Commencement des travaux et affichage",
                "Les travaux peuvent demarrer des que "
                "l'autorisation est executoire. L'autorisation doit etre affichee sur le terrain "
                "de "
                "maniere visible depuis la voie publique pendant toute la duree du chantier. "
                + prose(rng, lg, 1, 2),
            ),
            (
                "Duree de validite",
                "L'autorisation est perimee si les travaux ne sont pas entrepris dans "
                "le delai de trois ans a compter de sa notification. " + prose(rng, lg, 1, 2),
            ),
            ("Droits des tiers", prose(rng, lg, 2, 3)),
            (
                "Delais et voies de recours",
                "Le beneficiaire d'une autorisation qui desire la contester "
                "peut saisir le tribunal administratif competent d'un recours contentieux dans les "
                "deux "
                "mois a partir de sa notification. " + prose(rng, lg, 1, 2),
            ),
            ("Assurance dommages-ouvrages", prose(rng, lg, 1, 3)),
        ],
        cols=rng.choice([1, 2]),
        pt=7.5,
    )
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates X: fees and building control
# ---------------------------------------------------------------------------------------------


def tpl_fee_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's invoice for a building control or planning charge with a tear-off
    remittance slip (England), a Gebuehrenbescheid of the town's cash office (Germany) or an
    avis des sommes a payer with its payment slip (France); sometimes a 'how to pay' page."""
    c = case_of(who, "fee_invoice")
    h = head_of(who, "council", "finance")
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    d = c.received + timedelta(days=rng.randint(1, 30))
    cur = currency(lg)
    inv = serial(rng, {"en": "99999999", "de": "9999.9999.9999", "fr": "9999-99-99999"}[lg])
    f = sheets(s, h, h.name)
    to = [c.applicant, house(rng, lg), c.town]
    if lg == "de":
        y0 = f.y
        below = window(f.page, s, h, y0, to)
        yy = info_column(
            f.page,
            s,
            h,
            y0 - 8,
            [
                ("Kassenzeichen", inv),
                ("Aktenzeichen", c.ref),
                ("Datum", day(h, d)),
                ("Faellig am", day(h, d + timedelta(days=30))),
            ],
        )
        f.y = max(below, yy) + 14
    else:
        recipient(
            f,
            s,
            h,
            to,
            d,
            [
                (tr(lg, "Invoice no.", "", "Titre n."), inv),
                (tr(lg, "Customer no.", "", "Bordereau n."), serial(rng, "999999")),
                (tr(lg, "Due date", "", "Date limite"), day(h, d + timedelta(days=30))),
            ],
        )
    title = say(lg, "INVOICE", "Gebuehrenbescheid", "AVIS DES SOMMES A PAYER")
    f.page.text(m, f.y, title, s.bold, s.size + 5)
    f.y += 22
    items: list[tuple[str, float]]
    if lg == "en":
        bc = rng.random() < 0.6
        items = (
            [
                (
                    "Building Regulations plan charge - "
                    + c.ref.replace("/HOU", "/FP").replace("/FUL", "/FP"),
                    rng.choice([325.0, 410.0, 560.0]),
                ),
                ("Building Regulations inspection charge", rng.choice([390.0, 520.0, 700.0])),
            ]
            if bc
            else [("Pre-application advice - householder", 150.0)]
            if rng.random() < 0.3
            else [("Discharge of conditions request", 145.0)]
        )
        items = items[: rng.randint(1, len(items))]
        net = sum(v for _, v in items)
        rows = [[t, money(v, lg), "20%", money(v * 1.2, lg)] for t, v in items]
        table(
            f,
            columns(m, w - m, [(5, "left"), (1.2, "right"), (0.7, "right"), (1.3, "right")]),
            ["Description", "Net", "VAT", "Total"],
            rows,
            s,
            rules=True,
        )
        f.y += 6
        f.y = pairs(
            f.page,
            s,
            w / 2,
            f.y,
            [
                ("Net", money(net, lg)),
                ("VAT @ 20%", money(net * 0.2, lg)),
                (f"Total due {cur}", money(net * 1.2, lg)),
            ],
            w - m,
        )
        total = net * 1.2
    elif lg == "de":
        total = rng.choice([45.0, 120.0, 260.0, 380.0, 1450.0])
        write(f, s, f"{dear(lg, c.applicant)}")
        write(
            f,
            s,
            "fuer die Amtshandlung "
            f"'{rng.choice(AMTSHANDLUNGEN)}' "
            f"({c.ref}, {c.site}) wird nach dem Gebuehrengesetz NRW in Verbindung mit der "
            "Allgemeinen Verwaltungsgebuehrenordnung eine Gebuehr festgesetzt:",
        )
        table(
            f,
            columns(m, w - m, [(1.3, "left"), (4, "left"), (1.5, "right")]),
            ["Tarifstelle", "Gegenstand", "Betrag EUR"],
            [[f"2.4.{rng.randint(1, 12)}.{rng.randint(1, 9)}", "Gebuehr", money(total, lg)]],
            s,
        )
        f.y += 6
        write(
            f,
            s,
            f"Bitte zahlen Sie den Betrag von {money(total, lg)} EUR bis zum "
            f"{day(h, d + timedelta(days=30))} unter Angabe des Kassenzeichens {inv}.",
        )
        write(
            f,
            s,
            "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach "
            "Bekanntgabe Klage beim Verwaltungsgericht Duesseldorf erhoben werden.",
            s.size - 1,
        )
    else:
        total = rng.choice([38.5, 96.0, 210.0, 455.0])
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (
                        "Objet",
                        rng.choice(
                            [
                                "Redevance d'occupation du domaine public - echafaudage",
                                "Droit de place - benne sur voirie",
                                "Frais de reproduction de dossier",
                            ]
                        ),
                    ),
                    ("Reference", c.ref),
                    (
                        "Periode",
                        f"du {day(h, d)} au {day(h, d + timedelta(days=rng.randint(7, 60)))}",
                    ),
                    ("Montant a payer", f"{money(total, lg)} EUR"),
                ],
                w - m,
            )
            + 8
        )
        write(
            f,
            s,
            "Le present titre est executoire en application de l'article L. 252 A du livre "
            "des procedures fiscales. " + prose(rng, lg, 1, 2),
            s.size - 1,
        )
    f.y += 6
    pages = f.pages
    last = pages[-1]
    sy = hh - 200
    if f.y < sy - 10:
        slip_rule(
            last,
            m,
            w - m,
            sy,
            tr(
                lg,
                "Please detach and return with your payment",
                "Zahlschein - bitte abtrennen",
                "Talon a joindre a votre reglement",
            ),
        )
        yy = sy + 22
        last.text(
            m,
            yy,
            say(lg, "REMITTANCE ADVICE", "UEBERWEISUNG / ZAHLSCHEIN", "TALON DE PAIEMENT"),
            s.bold,
            10,
        )
        yy += 16
        for cap, val in [
            (tr(lg, "Invoice no.", "Kassenzeichen", "Reference"), inv),
            (tr(lg, "Amount", "Betrag EUR", "Montant"), money(total, lg)),
            (tr(lg, "Payee", "Empfaenger", "Beneficiaire"), h.name),
            (
                say(
                    lg,
                    "Sort code 30-99-50  Account 12345678",
                    f"IBAN DE{rng.randint(10, 99)} 3345 0000 0000 {rng.randint(1000, 9999)} 00",
                    f"Tresor Public - IBAN FR76 1007 1690 0000 0020 0{rng.randint(10, 99)} 12",
                ),
                "",
            ),
        ]:
            last.text(m, yy, cap, s.font, 8)
            last.text(m + 130, yy, val, "Courier", 9)
            yy += 13
        if lg == "fr":
            last.text(
                m,
                hh - 50,
                f"<{serial(rng, '9999999999999999999')}> {serial(rng, '999999999999')}< "
                f"{money(total, lg).replace(',', '')}+",
                "Courier",
                9,
            )
    if rng.random() < 0.3:
        f2 = sheets(s, h, h.name, top=False)
        caption(f2, s, tr(lg, "How to pay", "Zahlungsmoeglichkeiten", "Comment payer"), 2)
        for head_, body in [
            (tr(lg, "Online", "Ueberweisung", "Par internet"), prose(rng, lg, 1, 2)),
            (tr(lg, "By telephone", "Lastschrift", "Par carte bancaire"), prose(rng, lg, 1, 2)),
            (tr(lg, "By cheque", "Barzahlung", "Par cheque"), prose(rng, lg, 1, 2)),
            (
                tr(lg, "Difficulty paying?", "Stundung", "Difficultes de paiement"),
                prose(rng, lg, 1, 3),
            ),
        ]:
            f2.heading(s.margin, head_, s.bold, s.size + 1)
            write(f2, s, body)
        pages += f2.pages
    return close(pages, s, h, numbers="none")


AMTSHANDLUNGEN = [
    "Bauzustandsbesichtigung",
    "Schlussabnahme",
    "Auskunft aus dem Baulastenverzeichnis",
    "Pruefung bautechnischer Nachweise",
]
SECTIONS = [
    "203x133x25 UB",
    "178x102x19 UB",
    "HEB 160",
    "IPE 200",
    "47x195 C24 @ 400",
    "2/75x225 GL24h",
    "b/h = 24/30 cm",
]
CALCS = {
    "en": [
        ("Steel beam over new opening", "UB"),
        ("Timber floor joists", "C24"),
        ("Roof rafters and purlin", "C24"),
        ("Padstone under beam bearing", "PAD"),
        ("Strip foundation", "FDN"),
        ("Lintel over rear doors", "LIN"),
    ],
    "de": [
        ("Pos. 1 Dachsparren", "C24"),
        ("Pos. 2 Pfette", "GL24h"),
        ("Pos. 3 Stahltraeger Wandoeffnung", "HEB"),
        ("Pos. 4 Decke ueber EG", "C25/30"),
        ("Pos. 5 Streifenfundament", "FDN"),
    ],
    "fr": [
        ("Poutre P1 - ouverture mur porteur", "IPE"),
        ("Solivage plancher haut", "C24"),
        ("Linteau L1", "BA"),
        ("Semelle filante S1", "FDN"),
        ("Chevrons et panne", "C24"),
    ],
}


def tpl_structural_calcs(rng: random.Random, who: Issuer) -> list[Page]:
    """An engineer's structural calculations for building control: a cover sheet, then
    calculation sheets with the job box at the top of each, references on the left, working
    in the middle and results on the right."""
    c = case_of(who, "structural_calcs")
    h = head_of(who, "engineer")
    lg = h.lang
    s = style_of(h, A4, margin=40)
    w, hh = A4
    m = 40
    job = serial(rng, rng.choice(["9999", "C99-999", "99/999"]))
    pages: list[Page] = []
    d = c.received + timedelta(days=rng.randint(40, 120))
    if rng.random() < 0.8:
        p = Page(A4)
        heading(p, s, h)
        t = tr(lg, "STRUCTURAL CALCULATIONS", "STATISCHE BERECHNUNG", "NOTE DE CALCULS")
        p.text(w / 2, 250, t, s.bold, 22, "center")
        p.text(
            w / 2,
            276,
            tr(
                lg,
                "for Building Regulations approval",
                "Standsicherheitsnachweis",
                "Structure - dimensionnement des elements porteurs",
            ),
            s.font,
            11,
            "center",
        )
        yy = 330.0
        for cap, val in [
            (tr(lg, "Project", "Bauvorhaben", "Projet"), c.proposal),
            (tr(lg, "Address", "Grundstueck", "Adresse"), f"{c.site}, {c.town}"),
            (tr(lg, "Client", "Bauherr", "Maitre d'ouvrage"), c.applicant),
            (tr(lg, "Job no.", "Projekt-Nr.", "Affaire n."), job),
            (
                tr(lg, "Issue", "Stand", "Indice"),
                f"{rng.choice(['A', 'B', '01', '02'])} - {date_text(d, lg, 'short')}",
            ),
        ]:
            p.text(m + 40, yy, cap, s.bold, 10)
            for ln in wrap(val, s.font, 10, w - 2 * m - 170):
                p.text(m + 160, yy, ln, s.font, 10)
                yy += 14
            yy += 6
        p.rect(m + 30, hh - 200, w - 2 * m - 60, 70)
        for j, cap in enumerate(
            [tr(lg, "Prepared", "Aufgestellt", "Etabli"), tr(lg, "Checked", "Geprueft", "Verifie")]
        ):
            x = m + 40 + j * (w - 2 * m - 80) / 2
            p.text(x, hh - 180, cap, s.font, 8)
            sign(p, x + 10, hh - 150, rng.choice(PEOPLE[lg]), 13)
        pages.append(p)
    n_sheets = rng.randint(2, 5)
    pos = rng.sample(CALCS[lg], min(len(CALCS[lg]), n_sheets + 1))
    k = 0
    for sh in range(1, n_sheets + 1):
        p = Page(A4)
        p.rect(m, 24, w - 2 * m, 44)
        p.line(m, 46, w - m, 46)
        for x in (w * 0.45, w * 0.62, w * 0.8):
            p.line(x, 24, x, 68)
        p.text(m + 4, 33, tr(lg, "Job title", "Bauvorhaben", "Affaire"), "Helvetica", 5.5)
        p.text(
            m + 4, 42, fit(c.site + ", " + c.town, "Helvetica", 8, w * 0.45 - m - 8), "Helvetica", 8
        )
        p.text(w * 0.45 + 4, 33, tr(lg, "Job no.", "Proj.-Nr.", "N."), "Helvetica", 5.5)
        p.text(w * 0.45 + 4, 42, job, "Helvetica", 8)
        p.text(w * 0.62 + 4, 33, tr(lg, "Sheet no.", "Blatt", "Page"), "Helvetica", 5.5)
        p.text(w * 0.62 + 4, 42, str(sh), "Helvetica-Bold", 9)
        p.text(w * 0.8 + 4, 33, tr(lg, "Rev", "Index", "Ind."), "Helvetica", 5.5)
        p.text(w * 0.8 + 4, 42, "A", "Helvetica", 8)
        p.text(m + 4, 55, tr(lg, "Made by", "Bearb.", "Par"), "Helvetica", 5.5)
        p.text(m + 4, 64, initials(h.name) + "  " + date_text(d, lg, "short"), "Helvetica", 8)
        p.text(w * 0.45 + 4, 55, tr(lg, "Checked", "Gepr.", "Verif."), "Helvetica", 5.5)
        p.text(w * 0.62 + 4, 55, h.name.split()[0], "Helvetica", 7)
        p.line(m + 70, 76, m + 70, hh - 40)
        p.line(w - m - 90, 76, w - m - 90, hh - 40)
        y = 92.0
        while y < hh - 110 and k < len(pos) * 3:
            title, mat = pos[k % len(pos)]
            k += 1
            p.text(m + 78, y, title, "Courier-Bold", 9)
            p.line(m + 78, y + 2, m + 78 + tw(title, "Courier-Bold", 9), y + 2)
            y += 16
            span = rng.uniform(2.4, 6.2)
            gk, qk = rng.uniform(0.6, 4.5), rng.uniform(1.5, 3.0)
            wd = 1.35 * gk + 1.5 * qk
            mom = wd * span * span / 8
            lines = [
                ("", f"{tr(lg, 'Span', 'Stuetzweite', 'Portee')} L = {span:.2f} m"),
                (
                    "BS EN 1991-1-1" if lg == "en" else "DIN EN 1991" if lg == "de" else "EC1",
                    f"gk = {gk:.2f} kN/m   qk = {qk:.2f} kN/m",
                ),
                ("", f"w = 1.35 x {gk:.2f} + 1.5 x {qk:.2f} = {wd:.2f} kN/m"),
                ("", f"M = wL^2/8 = {mom:.2f} kNm"),
                ("", f"V = wL/2 = {wd * span / 2:.2f} kN"),
                (
                    "BS EN 1993"
                    if mat in ("UB", "HEB", "IPE")
                    else "BS EN 1995"
                    if mat in ("C24", "GL24h")
                    else "BS EN 1992",
                    f"{tr(lg, 'Try', 'Gewaehlt', 'Choix')} {rng.choice(SECTIONS)}",
                ),
                (
                    "",
                    f"{tr(lg, 'Utilisation', 'Ausnutzung', 'Taux de travail')} = "
                    f"{rng.uniform(0.42, 0.96):.2f} "
                    "< 1.0",
                ),
            ]
            for ref, t in lines[: rng.randint(4, len(lines))]:
                if ref:
                    p.text(m + 2, y, fit(ref, "Helvetica", 6.5, 66), "Helvetica", 6.5)
                p.text(m + 84, y, t, "Courier", 8.5)
                y += 13
            p.text(w - m - 84, y - 13, "OK", "Courier-Bold", 9)
            if rng.random() < 0.35:
                bx = m + 120
                p.line(bx, y + 14, bx + 200, y + 14)
                p.line(bx, y + 14, bx + 6, y + 22)
                p.line(bx + 200, y + 14, bx + 194, y + 22)
                for q in range(9):
                    p.line(bx + q * 25, y + 2, bx + q * 25, y + 12)
                p.text(bx + 100, y + 34, f"L = {span:.2f} m", "Courier", 7.5, "center")
                y += 44
            y += 14
        pages.append(p)
    return pages


def tpl_commencement_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A commencement / inspection request notice sent in to building control (Baubeginnsanzeige,
    declaration d'ouverture de chantier): a printed form filled in by hand, A4 or A5."""
    c = case_of(who, "commencement_notice")
    h = head_of(who, "builder")
    lg = h.lang
    ch = head_of(who, "council", "bc")
    size = A5 if rng.random() < 0.4 else A4
    s = style_of(ch, size, margin=30 if size == A5 else 44, pt=8.5 if size == A5 else 9.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = 30.0
    if lg == "fr":
        p.text(m, y, "REPUBLIQUE FRANCAISE", s.bold, 7)
        p.rect(w - m - 44, y - 10, 44, 14)
        p.text(w - m - 22, y, "cerfa", "Helvetica-Bold", 9, "center")
        p.text(w - m - 22, y + 12, "N. 13407*06", "Helvetica", 6, "center")
        y += 26
        t = "Declaration d'ouverture de chantier"
    else:
        p.text(m, y, ch.name, s.bold, s.size + 1)
        p.text(m, y + 11, ch.team, s.font, 7)
        y += 30
        t = tr(
            lg,
            "Building Regulations - Commencement Notice / Inspection Request",
            "Baubeginnsanzeige (Par. 74 Abs. 9 BauO NRW)",
            "",
        )
    p.text(
        m,
        y,
        fit(t, s.bold, s.size + 4, w - 2 * m),
        s.bold,
        shrink(t, s.bold, s.size + 4, w - 2 * m),
    )
    y += 20
    d = c.received + timedelta(days=rng.randint(60, 200))
    start_ = d + timedelta(days=rng.randint(2, 10))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "Application / reference no.",
                    "Aktenzeichen der Baugenehmigung",
                    "Numero du permis",
                ),
                c.ref,
            ),
            (
                tr(lg, "Site address", "Baugrundstueck", "Adresse du terrain"),
                f"{c.site}, {c.town.split(' ', 1)[-1]}",
            ),
            (tr(lg, "Owner", "Bauherrschaft", "Beneficiaire"), c.applicant),
            (tr(lg, "Builder", "Bauleiter/in", "Entreprise"), h.name),
            (
                tr(lg, "Contact telephone", "Telefon", "Telephone"),
                h.phone
                or serial(
                    rng, {"en": "07999 999999", "de": "0172 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(
                    lg,
                    "Works will start on",
                    "Beginn der Bauarbeiten am",
                    "Le chantier a ete ouvert le",
                ),
                date_text(start_, lg, "short"),
            ),
        ],
        per=1 if size == A5 else 2,
        tall=24,
    )
    y += 4
    p.text(
        m,
        y,
        tr(
            lg,
            "Stage ready for inspection (tick one)",
            "Folgende Nachweise liegen vor:",
            "Le chantier concerne :",
        ),
        s.bold,
        s.size,
    )
    y += 14
    opts = tr(
        lg,
        "Commencement|Excavation for foundations|Foundation concrete|Oversite|Damp proof course|"
        "Drains|Drains "
        "test|Pre-plaster|Completion",
        "Standsicherheitsnachweis geprueft|Waermeschutznachweis|Bauleiter benannt|Absteckung "
        "erfolgt|Schallschutznachweis",
        "la totalite des travaux|une tranche des travaux|Surface de plancher de la tranche",
    ).split("|")
    on_ = set(rng.sample(range(len(opts)), 1 if lg == "en" else rng.randint(1, len(opts))))
    y = ticks(p, s, m, y, w - 2 * m, opts, on_, pt=8)
    y += 8
    if lg == "en":
        p.text(m, y, "Date/time required:", s.font, 8)
        p.text(
            m + 100,
            y,
            f"{date_text(start_, lg, 'short')}  {rng.choice(['am', 'pm', 'a.m.', 'after 1pm'])}",
            HAND,
            10,
        )
        y += 18
    y = ruled(p, m, y + 4, w - 2 * m, 2 if size == A5 else 3, rng, lg, fill=rng.choice([0.0, 0.5]))
    y += 8
    p.text(
        m, y, tr(lg, "Signed", "Unterschrift Bauherrschaft", "Signature du declarant"), s.font, 8
    )
    sign(p, m + 110, y, c.applicant if lg != "en" else rng.choice(PEOPLE[lg]))
    p.text(
        w / 2 + 20, y, tr(lg, "Date", "Datum", "Date") + "  " + date_text(d, lg, "short"), HAND, 9
    )
    if rng.random() < 0.5:
        stamp(p, w - m - 140, hh - 110, got(lg, d + timedelta(days=1), "bc"))
    p.text(
        m,
        hh - 18,
        tr(
            lg,
            f"Form BC{rng.randint(1, 9)} ({c.received.year - 2})",
            "Vordruck Anlage I/9 VV BauPrueffVO",
            "Articles R. 424-16 du code de l'urbanisme",
        ),
        s.font,
        6,
    )
    return [p]


STAGES = {
    "en": [
        "Excavation for foundations",
        "Foundation concrete",
        "Damp proof course",
        "Drains test",
        "Oversite",
        "Steel beams",
        "Pre-plaster / insulation",
        "Completion",
    ],
    "de": [
        "Rohbauabnahme",
        "Bauzustandsbesichtigung Fundamente",
        "Dachstuhl",
        "Schlussabnahme",
        "Pruefung Brandschutz",
    ],
    "fr": [
        "Visite de recolement",
        "Controle implantation",
        "Controle des reseaux",
        "Visite de fin de chantier",
    ],
}


def tpl_inspection_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The building control surveyor's site inspection record, the copy left on site: a
    narrow slip, an A5 card or an A4 sheet with the stage, the result ticks, notes by hand
    and the surveyor's signature."""
    c = case_of(who, "inspection_record")
    h = head_of(who, "council", "bc")
    lg = h.lang
    size = rng.choice([(mm * 105, mm * 240), A5, landscape(A5), A4])
    narrow = size[0] < 320
    s = style_of(h, size, margin=18 if narrow else 30, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = 26.0
    p.text(m, y, fit(h.name, s.bold, 9, w - 2 * m), s.bold, 9)
    y += 10
    p.text(m, y, fit(h.team, s.font, 7, w - 2 * m), s.font, 7)
    y += 16
    t = tr(
        lg, "SITE INSPECTION RECORD", "PROTOKOLL BAUZUSTANDSBESICHTIGUNG", "PROCES-VERBAL DE VISITE"
    )
    p.text(m, y, t, s.bold, shrink(t, s.bold, 11, w - 2 * m))
    p.text(w - m, y + 12, tr(lg, "No. ", "Nr. ", "N. ") + serial(rng, "99999"), s.font, 7, "right")
    y += 18
    d = c.received + timedelta(days=rng.randint(90, 300))
    stage = rng.choice(STAGES[lg])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Ref", "Az.", "Dossier"), c.ref),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{date_text(d, lg, 'short')} "
                f"{rng.randint(8, 15)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (tr(lg, "Site", "Baustelle", "Adresse"), c.site),
            (tr(lg, "Stage", "Gegenstand", "Objet de la visite"), stage),
        ],
        per=1 if narrow else 2,
        tall=24,
    )
    p.text(m, y, tr(lg, "Result", "Ergebnis", "Resultat"), s.bold, 8)
    y += 12
    res = tr(
        lg,
        "Satisfactory|Not satisfactory|Re-inspection required",
        "ohne Maengel|Maengel - Nachbesichtigung|Baueinstellung",
        "Conforme|Non conforme|Nouvelle visite",
    ).split("|")
    y = ticks(p, s, m, y, w - 2 * m, res, {rng.choice([0, 0, 0, 1, 2])}, pt=7.5)
    p.text(m, y + 4, tr(lg, "Comments", "Bemerkungen", "Observations"), s.bold, 8)
    lines = max(3, int((hh - y - 110) / 16))
    y = ruled(p, m, y + 18, w - 2 * m, min(lines, 12), rng, lg, fill=rng.uniform(0.3, 0.8), gap=16)
    y += 6
    p.text(m, y, tr(lg, "Surveyor", "Bauaufsicht", "Agent"), s.font, 7)
    sign(p, m + 50, y, c.officer)
    y += 16
    p.text(m, y, tr(lg, "Received on site by", "Bauleiter/in", "Pour le beneficiaire"), s.font, 7)
    if rng.random() < 0.6:
        sign(p, m + 90, y, rng.choice(PEOPLE[lg]), 12)
    p.text(
        w / 2,
        hh - 14,
        tr(lg, "SITE COPY", "Durchschrift Baustelle", "Exemplaire chantier"),
        s.font,
        6,
        "center",
    )
    return [p]


def tpl_completion_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A completion certificate (England), Schlussabnahmeschein (Germany) or attestation de
    non-contestation de la conformite (France): one framed page."""
    c = case_of(who, "completion_certificate")
    h = head_of(who, "council", "bc")
    lg = h.lang
    s = style_of(h, A4, margin=64)
    w, hh = A4
    m = 64
    p = Page(A4)
    p.rect(28, 28, w - 56, hh - 56)
    p.rect(32, 32, w - 64, hh - 64)
    emblem(p, w / 2 - 13, 50, len(h.name))
    p.text(w / 2, 100, h.name, s.bold, shrink(h.name, s.bold, 14, w - 2 * m), "center")
    p.text(w / 2, 114, h.team, s.font, 8, "center")
    law = tr(
        lg,
        "BUILDING ACT 1984 - THE BUILDING REGULATIONS 2010",
        "Bauordnung fuer das Land Nordrhein-Westfalen",
        "Code de l'urbanisme - articles L. 462-2 et R. 462-10",
    )
    p.text(w / 2, 150, law, s.font, 9, "center")
    t = tr(
        lg,
        "COMPLETION CERTIFICATE",
        "SCHLUSSABNAHMESCHEIN",
        "ATTESTATION DE NON-CONTESTATION DE LA CONFORMITE",
    )
    p.text(w / 2, 184, t, s.bold, shrink(t, s.bold, 18, w - 2 * m), "center")
    d = c.received + timedelta(days=rng.randint(200, 500))
    y = 226.0
    for cap, val in [
        (
            tr(lg, "Certificate no.", "Bescheinigung Nr.", "Attestation n."),
            serial(rng, "BC/99999/99"),
        ),
        (tr(lg, "Application ref.", "Aktenzeichen", "Permis n."), c.ref),
        (tr(lg, "Location", "Grundstueck", "Terrain"), f"{c.site}, {c.town}"),
        (tr(lg, "Description of work", "Vorhaben", "Travaux"), c.proposal),
        (tr(lg, "Owner", "Bauherrschaft", "Beneficiaire"), c.applicant),
    ]:
        p.text(m, y, cap, s.bold, 9.5)
        for ln in wrap(val, s.font, 10, w - 2 * m - 140):
            p.text(m + 140, y, ln, s.font, 10)
            y += 13
        y += 9
    y += 10
    body = tr(
        lg,
        "The Council certifies that, so far as it has been able to ascertain after taking all "
        "reasonable steps, the relevant requirements of Schedule 1 and regulations 4 and 7 "
        "of the Building Regulations 2010, specified in the approval, have been satisfied. "
        "This certificate is evidence (but not conclusive evidence) that the requirements "
        "specified in the certificate have been complied with.",
        "Die abschliessende Fertigstellung wurde angezeigt. Bei der Schlussabnahme am "
        f"{day(h, d - timedelta(days=3))} wurden keine Maengel festgestellt, die einer Nutzung "
        "entgegenstehen. Die bauliche Anlage darf benutzt werden.",
        f"Le Maire atteste que la conformite des travaux ayant fait l'objet de la declaration "
        f"attestant l'achevement deposee le {day(h, d - timedelta(days=95))} n'a pas ete "
        "contestee dans le delai de trois mois.",
    )
    for ln in wrap(body, s.font, 10, w - 2 * m):
        p.text(m, y, ln, s.font, 10)
        y += 14
    y += 40
    p.text(m, y, tr(lg, "Date of issue: ", "Datum: ", "Fait le ") + day(h, d), s.font, 10)
    sign(p, w - m - 170, y, rng.choice(OFFICERS[lg]), 15)
    p.line(w - m - 180, y + 6, w - m, y + 6)
    p.text(
        w - m - 180,
        y + 18,
        tr(lg, "Building Control Manager", "Im Auftrag", "Pour le Maire"),
        s.font,
        8,
    )
    if lg == "en":
        p.text(
            w / 2,
            hh - 70,
            "Please keep this certificate with the deeds of the property.",
            italic_of(s.font),
            8,
            "center",
        )
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates X: enforcement
# ---------------------------------------------------------------------------------------------

BREACHES = {
    "en": [
        "Building works without planning permission",
        "Change of use of land or buildings",
        "Untidy land or buildings",
        "Advertisement / signs",
        "Works to a protected tree",
        "Not complying with conditions",
        "Works to a listed building",
    ],
    "de": [
        "Bauen ohne Genehmigung",
        "Abweichung von der Baugenehmigung",
        "Ungenehmigte Nutzungsaenderung",
        "Werbeanlage",
        "Gefahr durch baulichen Zustand",
    ],
    "fr": [
        "Travaux sans autorisation",
        "Non-respect de l'autorisation",
        "Changement de destination",
        "Depot de materiaux / epaves",
        "Cloture ou abri non declare",
    ],
}
WHAT = {
    "en": [
        "A large outbuilding has been built at the bottom of the garden and is being used as a "
        "separate dwelling.",
        "The front garden has been concreted over and a business is repairing cars on the drive.",
        "A two storey extension is going up which looks much bigger than the approved plans.",
        "Hoardings and banners have been put up along the boundary.",
    ],
    "de": [
        "Im hinteren Gartenbereich wurde ein Gartenhaus mit ca. 40 m2 errichtet, das bewohnt wird.",
        "Die Garage wird offenbar als Werkstatt genutzt, taeglich Laerm bis 22 Uhr.",
        "Der Anbau ist deutlich hoeher als auf dem ausgehaengten Bauschild angegeben.",
    ],
    "fr": [
        "Un abri de jardin d'environ 25 m2 a ete construit en limite de propriete.",
        "Une cloture de plus de 2 m en plaques beton a ete posee sans declaration.",
        "Le garage a ete transforme en logement loue.",
    ],
}


def tpl_breach_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A member of the public's report of a suspected breach: the authority's printed form
    filled in by hand (or typed, printed from the website), with ticks; one or two pages."""
    c = case_of(who, "breach_report")
    lg = region(who)
    ch = head_of(who, "council", "enforce")
    s = style_of(ch, A4, margin=44, pt=9)
    w, hh = A4
    m = 44
    hand = rng.random() < 0.6
    reporter = person(rng, lg)
    d = c.received + timedelta(days=rng.randint(100, 400))

    def start(p: Page, n: int) -> float:
        if n > 1:
            return 44
        p.text(m, 40, ch.name, s.bold, 12)
        p.text(m, 52, ch.team, s.font, 8)
        emblem(p, w - m - 26, 24, len(ch.name))
        t = tr(
            lg,
            "Report a suspected breach of planning control",
            "Hinweis auf einen baurechtswidrigen Zustand",
            "Signalement d'une infraction au code de l'urbanisme",
        )
        p.text(m, 80, t, s.bold, shrink(t, s.bold, 14, w - 2 * m))
        return 104

    f = Sheets(A4, hh - 50, start)
    sections = [
        (
            tr(lg, "1. Your details", "1. Angaben zur meldenden Person", "1. Vos coordonnees"),
            [
                (tr(lg, "Name", "Name", "Nom"), reporter),
                (tr(lg, "Address", "Anschrift", "Adresse"), house(rng, lg)),
                (
                    tr(lg, "Telephone", "Telefon", "Telephone"),
                    serial(rng, "07999 999999") if lg == "en" else serial(rng, "0999 9999999"),
                ),
                (tr(lg, "Email", "E-Mail", "Courriel"), ""),
            ],
        ),
        (
            tr(
                lg,
                "2. Where is the suspected breach?",
                "2. Betroffenes Grundstueck",
                "2. Lieu de l'infraction presumee",
            ),
            [
                (
                    tr(lg, "Address / location", "Strasse, Hausnummer", "Adresse"),
                    f"{c.site}, {c.town}",
                ),
                (
                    tr(
                        lg,
                        "Owner / occupier if known",
                        "Eigentuemer (falls bekannt)",
                        "Proprietaire (si connu)",
                    ),
                    rng.choice(["", c.applicant, tr(lg, "don't know", "unbekannt", "inconnu")]),
                ),
            ],
        ),
    ]
    for title, cells in sections:
        f.y = form_section(f.page, s, f.y, w, title)
        f.y = fields(f.page, s, m, f.y, w - 2 * m, cells, per=2, tall=26, hand=hand)
    f.y = form_section(
        f.page,
        s,
        f.y,
        w,
        tr(
            lg,
            "3. What is happening? (tick all that apply)",
            "3. Art des Verstosses",
            "3. Nature des faits",
        ),
    )
    f.y += 6
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        BREACHES[lg],
        set(rng.sample(range(len(BREACHES[lg])), rng.randint(1, 2))),
        pt=8,
    )
    f.y += 4
    f.page.text(m, f.y, tr(lg, "When did it start?", "Seit wann?", "Depuis quand ?"), s.font, 8)
    f.page.text(
        m + 120,
        f.y,
        date_text(d - timedelta(days=rng.randint(10, 90)), lg, "short")
        if rng.random() < 0.6
        else tr(lg, "about 2 months ago", "seit ca. 6 Wochen", "depuis l'ete"),
        HAND,
        10,
    )
    f.y += 18
    f.y = form_section(
        f.page,
        s,
        f.y,
        w,
        tr(lg, "4. Please describe the problem", "4. Beschreibung", "4. Description des faits"),
    )
    f.y += 8
    text = rng.choice(WHAT[lg]) + " " + prose(rng, lg, 1, 3)
    if hand:
        f.y = ruled(f.page, m, f.y + 6, w - 2 * m, 3, rng, lg, fill=0.0)
        yy = f.y - 3 * 17
        for ln in wrap(text, HAND, 9.5, w - 2 * m - 6)[:3]:
            f.page.text(m + 3, yy, ln, HAND, 9.5)
            yy += 17
        f.y = ruled(
            f.page, m, f.y, w - 2 * m, rng.randint(2, 9), rng, lg, fill=rng.uniform(0.2, 0.9)
        )
    else:
        write(f, s, text)
    f.need(120)
    f.y = form_section(
        f.page,
        s,
        f.y + 4,
        w,
        tr(lg, "5. Confidentiality", "5. Vertraulichkeit", "5. Confidentialite"),
    )
    f.y += 6
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "Your details will be kept confidential. We do not investigate anonymous complaints.",
            "Ihre Angaben werden vertraulich behandelt. Anonyme Hinweise koennen nur "
            "eingeschraenkt "
            "verfolgt werden.",
            "Vos coordonnees ne seront pas communiquees au contrevenant.",
        ),
        s.font,
        8,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(
                lg,
                "I agree to give evidence if required",
                "Ich bin bereit, als Zeuge auszusagen",
                "J'accepte d'etre contacte",
            )
        ],
        {0} if rng.random() < 0.5 else set(),
        pt=8,
    )
    f.y += 10
    f.page.text(m, f.y, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 8)
    if hand:
        sign(f.page, m + 60, f.y, reporter)
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "Date ", "Datum ", "Date ") + date_text(d, lg, "short"),
        HAND if hand else s.font,
        9,
    )
    f.y += 20
    f.page.rect(m, f.y, w - 2 * m, 40, fill=0.93)
    f.page.text(
        m + 4,
        f.y + 10,
        tr(
            lg,
            "OFFICE USE ONLY  Case no.",
            "Nur fuer den Dienstgebrauch  Vorgang",
            "CADRE RESERVE A L'ADMINISTRATION  Dossier",
        ),
        s.font,
        7,
    )
    if rng.random() < 0.5:
        f.page.text(m + 200, f.y + 12, serial(rng, "ENF/99/9999"), HAND, 10)
    f.y += 48
    if rng.random() < 0.3:
        notes = [
            tr(lg, "taken from my garden", "aus meinem Garten", "depuis mon jardin"),
            tr(lg, "the building works", "die Baustelle", "les travaux"),
        ]
        f.pages += photo_sheet(plain(lg), lg, rng, notes, "", per=2)
    return f.pages


def tpl_site_visit(rng: random.Random, who: Issuer) -> list[Page]:
    """The enforcement officer's site visit note: the case box, persons present, what was
    seen (by hand or typed), measurements, then one or two photo sheets."""
    c = case_of(who, "site_visit")
    h = head_of(who, "council", "enforce")
    lg = h.lang
    s = style_of(h, A4, margin=46)
    w, _ = A4
    m = 46
    d = c.received + timedelta(days=rng.randint(110, 420))
    case_no = serial(
        random.Random(zlib.crc32(c.ref.encode())),
        {"en": "ENF/99/9999", "de": "63/4-OV-999/99", "fr": "PV-99-999"}[lg],
    )
    t = tr(lg, "SITE VISIT RECORD", "ORTSBESICHTIGUNG - Vermerk", "CONSTAT - Visite sur place")
    f = sheets(s, h, f"{t} - {case_no}")
    f.page.text(m, f.y, t, s.bold, s.size + 4)
    f.y += 18
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Case no.", "Vorgang", "Dossier"), case_no),
            (
                tr(lg, "Date and time of visit", "Datum / Uhrzeit", "Date et heure"),
                f"{date_text(d, lg, 'short')} "
                f"{rng.randint(9, 16)}:{rng.choice(['05', '20', '40'])}",
            ),
            (tr(lg, "Site", "Ort", "Adresse"), f"{c.site}, {c.town}"),
            (tr(lg, "Officer(s)", "Bedienstete", "Agent(s) assermente(s)"), c.officer),
            (
                tr(lg, "Persons present", "Anwesend", "Personnes presentes"),
                rng.choice(
                    [c.applicant, "-", tr(lg, "nobody in", "niemand angetroffen", "personne")]
                ),
            ),
            (
                tr(lg, "Access", "Zutritt", "Acces"),
                rng.choice(
                    [
                        tr(lg, "from road only", "vom Gehweg aus", "depuis la voie publique"),
                        tr(
                            lg,
                            "invited in by owner",
                            "durch Eigentuemer gewaehrt",
                            "autorise par le proprietaire",
                        ),
                    ]
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.5,
    )
    caption(f, s, tr(lg, "Observations", "Feststellungen", "Constatations"), 1)
    if rng.random() < 0.5:
        f.y = ruled(
            f.page, m, f.y + 4, w - 2 * m, rng.randint(8, 16), rng, lg, fill=rng.uniform(0.5, 0.9)
        )
    else:
        write(f, s, rng.choice(WHAT[lg]) + " " + prose(rng, lg, 2, 4))
        for _ in range(rng.randint(0, 2)):
            write(f, s, prose(rng, lg, 2, 4))
    caption(f, s, tr(lg, "Measurements", "Abmessungen", "Mesures"), 0.5)
    for _ in range(rng.randint(2, 4)):
        f.para(
            m + 10,
            w - 2 * m,
            f"{words(rng, lg, 3)[:-1]}: {rng.uniform(1.2, 12):.2f} m",
            "Courier",
            9,
            0.1,
        )
    f.y += 8
    f.need(40)
    f.page.text(m, f.y, tr(lg, "Officer", "Bedienstete/r", "L'agent"), s.font, 8)
    sign(f.page, m + 60, f.y, c.officer)
    f.y += 20
    pages = f.pages
    notes = [
        tr(lg, "view from road", "Ansicht von der Strasse", "vue depuis la rue"),
        tr(lg, "side elevation", "seitliche Ansicht", "facade laterale"),
        tr(lg, "rear garden", "Gartenbereich", "fond de parcelle"),
        tr(lg, "boundary with no. ", "Grenze zu Nr. ", "limite avec le n. ")
        + str(rng.randint(1, 60)),
        tr(lg, "close-up of works", "Detail", "detail des travaux"),
        tr(lg, "measuring height", "Hoehenmessung", "mesure de hauteur"),
    ]
    per = rng.choice([2, 4, 6])
    pages += photo_sheet(
        s,
        lg,
        rng,
        notes[: rng.choice([2, 4, 6]) if per > 2 else 2],
        tr(lg, "Photographs", "Lichtbilder", "Planche photographique"),
        per=per,
        header=f"{case_no} - {date_text(d, lg, 'short')}",
    )
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            ["none", "none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")]
        ),
    )


def tpl_enforcement_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A formal enforcement notice (England: sections 1-8, then the annex on appeals and the
    plan), an Ordnungsverfuegung (Germany: Anordnung, Zwangsgeldandrohung, Begruendung,
    Rechtsbehelfsbelehrung) or an arrete interruptif de travaux (France); three to six pages."""
    c = case_of(who, "enforcement_notice")
    h = head_of(who, "council", "enforce")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = c.received + timedelta(days=rng.randint(150, 500))
    what = rng.choice(WHAT[lg])
    numbers = tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
    if lg == "en":
        f = sheets(s, h, "Enforcement Notice - " + f"{c.site}, {c.town}", top=False)
        f.page.text(
            w / 2,
            f.y + 10,
            "IMPORTANT - THIS COMMUNICATION AFFECTS YOUR PROPERTY",
            s.bold,
            s.size + 1,
            "center",
        )
        f.y += 36
        for t in [
            "TOWN AND COUNTRY PLANNING ACT 1990",
            "(as amended by the Planning and Compensation Act 1991)",
            "ENFORCEMENT NOTICE - "
            + rng.choice(["OPERATIONAL DEVELOPMENT", "MATERIAL CHANGE OF USE"]),
            f"ISSUED BY: {h.name.upper()}",
        ]:
            f.page.text(w / 2, f.y, t, s.bold if t.isupper() else s.font, s.size, "center")
            f.y += 16
        f.y += 10
        secs = [
            (
                "1. THIS IS A FORMAL NOTICE",
                "which is issued by the Council because it appears to "
                "them that there has been a breach of planning control, under Section 171A(1)(a) "
                "of the "
                "above Act, at the land described below. They consider that it is expedient to "
                "issue "
                "this notice, having regard to the provisions of the development plan and to other "
                "material planning considerations.",
            ),
            (
                "2. THE LAND TO WHICH THE NOTICE RELATES",
                f"Land at {c.site}, {c.town} shown edged red on the attached plan.",
            ),
            (
                "3. THE MATTERS WHICH APPEAR TO CONSTITUTE THE BREACH OF PLANNING CONTROL",
                "Without planning permission: " + what,
            ),
            (
                "4. REASONS FOR ISSUING THIS NOTICE",
                prose(rng, lg, 2, 4) + " " + rng.choice(POLICIES["en"]) + ".",
            ),
            (
                "5. WHAT YOU ARE REQUIRED TO DO",
                " ".join(f"({k}) {words(rng, lg, 12)}" for k in "iii"[: rng.randint(1, 3)]),
            ),
            (
                "6. TIME FOR COMPLIANCE",
                f"{rng.choice(['Three', 'Six', 'Four'])} months after this notice takes effect.",
            ),
            (
                "7. WHEN THIS NOTICE TAKES EFFECT",
                f"This notice takes effect on {day(h, d + timedelta(days=35))}, "
                "unless an appeal is made against it beforehand.",
            ),
        ]
        for head_, body in secs:
            f.heading(m, head_, s.bold, s.size)
            write(f, s, body)
        f.need(80)
        f.page.text(m, f.y, f"Dated: {day(h, d)}", s.font, s.size)
        sign(f.page, m, f.y + 30, rng.choice(OFFICERS["en"]))
        f.page.text(
            m,
            f.y + 44,
            "Head of Legal and Democratic Services, on behalf of the Council",
            s.font,
            s.size - 1,
        )
        f.y += 60
        f.new_page()
        caption(f, s, "ANNEX - YOUR RIGHT OF APPEAL", 1)
        small_print(
            f,
            s,
            [
                (
                    "",
                    "You can appeal against this notice, but any appeal must be received, "
                    "or posted in time to be received, by the Planning Inspectorate before the "
                    "date specified in paragraph 7 of the notice. " + prose(rng, lg, 2, 4),
                ),
                ("WHAT HAPPENS IF YOU DO NOT APPEAL", prose(rng, lg, 2, 4)),
                (
                    "PERSONS SERVED",
                    "; ".join([c.applicant, "The Owner/Occupier", rng.choice(PEOPLE["en"])]),
                ),
            ],
            cols=1,
            pt=8.5,
        )
        pages = f.pages
    elif lg == "de":
        f, s = authority_letter(rng, who, h, c, [c.applicant, house(rng, lg), c.town], d)
        f.page.text(m, f.y, "Ordnungsverfuegung", s.bold, s.size + 5)
        f.y += 16
        f.page.text(
            m,
            f.y,
            rng.choice(
                ["Nutzungsuntersagung", "Beseitigungsanordnung", "Stilllegung der Bauarbeiten"]
            )
            + f" - {c.site}",
            s.bold,
            s.size,
        )
        f.y += 14
        f.page.text(m, f.y, "Zustellung mit Postzustellungsurkunde", italic_of(s.font), s.size - 1)
        f.y += 20
        write(f, s, dear(lg, c.applicant))
        write(
            f,
            s,
            f"bei einer Ortsbesichtigung am {day(h, d - timedelta(days=rng.randint(10, 40)))} "
            "wurde "
            f"festgestellt: {what}",
        )
        caption(f, s, "I. Anordnung", 0.5)
        numbered(f, s, [prose(rng, lg, 1, 2) for _ in range(rng.randint(1, 3))])
        caption(f, s, "II. Anordnung der sofortigen Vollziehung", 0.5)
        write(
            f,
            s,
            "Gemaess Par. 80 Abs. 2 Nr. 4 VwGO ordne ich die sofortige Vollziehung an. "
            + prose(rng, lg, 1, 2),
        )
        caption(f, s, "III. Zwangsgeldandrohung", 0.5)
        write(
            f,
            s,
            f"Fuer den Fall, dass Sie der Anordnung nicht fristgerecht nachkommen, drohe ich "
            f"Ihnen ein Zwangsgeld in Hoehe von {money(rng.choice([500, 1000, 2500, 5000]), lg)} "
            "EUR an (Par. 60, 63 VwVG NRW).",
        )
        caption(f, s, "Begruendung", 0.5)
        for _ in range(rng.randint(2, 5)):
            write(f, s, prose(rng, lg, 2, 4))
        caption(f, s, "Rechtsbehelfsbelehrung", 0.5)
        write(
            f,
            s,
            "Gegen diese Ordnungsverfuegung kann innerhalb eines Monats nach Zustellung Klage "
            "beim Verwaltungsgericht Duesseldorf erhoben werden. " + prose(rng, lg, 1, 2),
            s.size - 1,
        )
        f.need(60)
        f.page.text(m, f.y + 4, "Im Auftrag", s.font, s.size)
        sign(f.page, m, f.y + 30, c.officer)
        f.y += 50
        pages = f.pages
    else:
        f, s = authority_letter(rng, who, h, c, [c.applicant, house(rng, lg), c.town], d)
        f.page.text(
            w / 2,
            f.y,
            f"ARRETE INTERRUPTIF DE TRAVAUX N. {serial(rng, '9999-999')}",
            s.bold,
            s.size + 1,
            "center",
        )
        f.y += 24
        f.page.text(m, f.y, "Le Maire de la commune,", s.bold, s.size)
        f.y += 16
        for t in [
            "Vu le code de l'urbanisme et notamment ses articles L. 480-1 a L. 480-9",
            f"Vu le proces-verbal d'infraction n. {serial(rng, 'PV-99-999')} dresse le "
            f"{day(h, d - timedelta(days=12))}",
            f"Considerant que {what[0].lower() + what[1:-1]}",
            "Considerant que ces travaux ont ete entrepris sans autorisation",
        ]:
            f.para(m, w - 2 * m, t + ",", s.font, s.size - 0.5, 0.3)
        f.y += 6
        f.page.text(w / 2, f.y, "ARRETE", s.bold, s.size + 2, "center")
        f.y += 20
        for k, body in enumerate(
            [
                "Il est ordonne a "
                + c.applicant
                + " l'interruption immediate des travaux en cours.",
                prose(rng, lg, 1, 3),
                "Copie du present arrete sera transmise sans delai au Procureur de la Republique.",
                "Le present arrete peut faire l'objet d'un recours devant le tribunal "
                "administratif "
                "de Lyon dans un delai de deux mois.",
            ],
            1,
        ):
            f.heading(m, f"Article {k}", s.bold, s.size)
            write(f, s, body)
        f.need(60)
        f.page.text(
            w - m - 160,
            f.y + 4,
            f"Fait a {h.town.split(' ', 1)[-1]}, le {day(h, d)}",
            s.font,
            s.size,
        )
        f.page.text(w - m - 160, f.y + 18, "Le Maire", s.font, s.size)
        sign(f.page, w - m - 150, f.y + 42, rng.choice(PEOPLE["fr"]))
        f.y += 56
        pages = f.pages
    if rng.random() < 0.7:
        size = A4 if rng.random() < 0.5 else landscape(A4)
        p = Page(size)
        pw, ph = size
        p.text(
            36,
            34,
            tr(
                lg, "PLAN - Enforcement Notice", "Anlage 1 - Lageplan", "Annexe - Plan de situation"
            ),
            "Helvetica-Bold",
            10,
        )
        p.text(36, 46, f"{c.site}, {c.town}", "Helvetica", 8)
        site_plan(
            p,
            rng,
            36,
            60,
            pw - 72,
            ph - 120,
            c.site.split(" ", 1)[-1] if lg != "de" else c.site.rsplit(" ", 1)[0],
        )
        p.text(
            36,
            ph - 40,
            tr(
                lg,
                f"Scale 1:1250   (c) Crown copyright {d.year}",
                "Massstab 1:1000",
                "Echelle 1/1000",
            ),
            "Helvetica",
            7,
        )
        pages.append(p)
    return close(pages, s, h, numbers=numbers if rng.random() < 0.7 else "none")


# ---------------------------------------------------------------------------------------------
# Templates X: appeals, e-mails and searches
# ---------------------------------------------------------------------------------------------


def tpl_appeal(rng: random.Random, who: Issuer) -> list[Page]:
    """An appeal against a decision: the Planning Inspectorate's start letter with the
    timetable (sometimes the blank questionnaire for the authority behind it), a lawyer's
    Widerspruch with the power of attorney enclosed, or a recours gracieux."""
    c = case_of(who, "appeal")
    h = head_of(who, "appeal")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = c.received + timedelta(days=rng.randint(80, 200))
    f = sheets(s, h, f"{h.name} - {c.ref}")
    if lg == "en":
        appref = (
            f"APP/{serial(rng, 'A9999')}/{rng.choice(['D', 'W', 'C'])}/{d.year % 100}/"
            f"{rng.randint(3300000, 3399999)}"
        )
        recipient(f, s, h, council_lines(lg), d, [("Appeal Ref", appref), ("Your Ref", c.ref)])
        caption(
            f,
            s,
            "Appeal start letter - "
            + rng.choice(
                ["Householder Appeal Service", "Written Representations", "Enforcement appeal"]
            ),
            1,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [("Appeal by", c.applicant), ("Site address", f"{c.site}, {c.town}")],
                w - m,
            )
            + 4
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            f"I have received an appeal against your Council's decision on the above "
            f"application. The appeal is valid and the start date is {day(h, d)}. "
            + prose(rng, lg, 1, 2),
        )
        table(
            f,
            columns(m, w - m, [(4, "left"), (1.6, "left")]),
            ["What", "Deadline"],
            [
                ["Questionnaire and documents", day(h, d + timedelta(days=7))],
                ["Statement of case", day(h, d + timedelta(days=35))],
                ["Comments on statements", day(h, d + timedelta(days=49))],
            ],
            s,
            rules=True,
        )
        f.y += 8
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, 1, 3))
        regards(f, s, lg, rng.choice(PEOPLE["en"]), "Case Officer, Appeals Casework", formal=False)
        pages = close(f.pages, s, h)
        if rng.random() < 0.5:
            f2 = sheets(s, h, f"{appref} - Questionnaire", top=False)
            caption(
                f2, s, "Appeal Questionnaire - to be completed by the local planning authority", 1
            )
            for q in [
                "Is the appeal site within a conservation area?",
                "Does the proposal affect the setting of a listed building?",
                "Is the site in a Green Belt?",
                "Were there any representations?",
                "Is a site visit necessary?",
                "Does the proposal require an Environmental Impact Assessment?",
                "Have you enclosed the officer report?",
            ]:
                f2.need(20)
                f2.page.text(m, f2.y, q, s.font, s.size - 0.5)
                ticks(f2.page, s, w - m - 90, f2.y, 90, ["Yes", "No"], set())
                f2.y += 20
            f2.y = fields(
                f2.page,
                s,
                m,
                f2.y + 8,
                w - 2 * m,
                [("Completed by", ""), ("Date", ""), ("LPA reference", c.ref), ("Telephone", "")],
                hand=False,
            )
            pages += close(f2.pages, s, h)
        return pages
    client = c.applicant if rng.random() < 0.5 else person(rng, lg)
    recipient(
        f,
        s,
        h,
        council_lines(lg),
        d,
        [(tr(lg, "", "Unser Zeichen", "N/Ref"), serial(rng, "999/99 AA"))],
    )
    if lg == "de":
        caption(f, s, f"Widerspruch / Einwendungen - {c.site}, Az. {c.ref}", 0.5)
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            f"hiermit zeigen wir an, dass wir {client} anwaltlich vertreten. Eine auf uns lautende "
            "Vollmacht fuegen wir bei.",
        )
        write(
            f,
            s,
            "Namens und in Vollmacht unserer Mandantschaft erheben wir gegen die Baugenehmigung "
            f"vom {day(h, d - timedelta(days=20))} Einwendungen und beantragen Akteneinsicht.",
        )
    else:
        f.page.text(m, f.y, "LETTRE RECOMMANDEE AVEC ACCUSE DE RECEPTION", s.bold, s.size - 1)
        f.y += 16
        caption(f, s, f"Objet : Recours gracieux contre l'arrete {c.ref}", 0.5)
        write(f, s, "Monsieur le Maire,")
        write(
            f,
            s,
            f"Nous intervenons en qualite de conseil de {client}, proprietaire d'une maison "
            "voisine "
            f"du terrain situe {c.site}.",
        )
        write(
            f,
            s,
            "Par la presente, nous formons un recours gracieux contre l'arrete du "
            f"{day(h, d - timedelta(days=40))} "
            "et vous demandons de bien vouloir le retirer.",
        )
    for head_ in tr(
        lg,
        "",
        "I. Sachverhalt|II. Rechtliche Wuerdigung|III. Antrag",
        "I. Les faits|II. Discussion|III. Demande",
    ).split("|"):
        f.heading(m, head_, s.bold, s.size + 0.5)
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, 2, 5))
    regards(f, s, lg, rng.choice(PEOPLE[lg]), tr(lg, "", "Rechtsanwalt", "Avocat associe"))
    pages = close(f.pages, s, h, numbers=tr(lg, "", "2:- {i} -", "{i}/{n}"))
    if rng.random() < 0.6:
        p = Page(A4)
        y = 80.0
        t = tr(lg, "", "VOLLMACHT", "POUVOIR")
        p.text(w / 2, y, t, "Times-Bold", 18, "center")
        y += 40
        body = tr(
            lg,
            "",
            f"Hiermit wird {h.name} in Sachen {c.site} (Baugenehmigung Az. {c.ref}) Vollmacht "
            "erteilt "
            "zur Vertretung in allen Verfahren vor Behoerden und Gerichten, zur Akteneinsicht, "
            "zur Einlegung und Ruecknahme von Rechtsmitteln sowie zur Entgegennahme von "
            "Zustellungen.",
            f"Je soussigne(e), {client}, donne pouvoir a {h.name} pour me representer dans le "
            "cadre "
            "du recours "
            f"contre l'autorisation {c.ref} et accomplir toutes les formalites necessaires.",
        )
        for ln in wrap(body, "Times-Roman", 11, w - 140):
            p.text(70, y, ln, "Times-Roman", 11)
            y += 16
        y += 40
        p.text(
            70,
            y,
            f"{h.town.split(' ', 1)[-1]}, "
            f"{date_text(d - timedelta(days=rng.randint(1, 9)), lg, 'short')}",
            HAND,
            11,
        )
        sign(p, 320, y, client, 16)
        p.line(310, y + 6, w - 70, y + 6)
        p.text(
            310,
            y + 18,
            tr(lg, "", "Unterschrift", "Signature, precedee de la mention 'bon pour pouvoir'"),
            "Times-Roman",
            8,
        )
        pages.append(p)
    return pages


def tpl_email_printout(rng: random.Random, who: Issuer) -> list[Page]:
    """An e-mail printed from the mail client: the print header, From / Sent / To / Subject,
    the message, the sender's signature block and the quoted earlier messages; one or two
    pages, A4 or Letter."""
    c = case_of(who, "email_printout")
    lg = region(who)
    ag = head_of(who, "agent")
    size = LETTER if rng.random() < 0.3 else A4
    s = Style(
        "Helvetica" if rng.random() < 0.6 else "Times-Roman",
        "Helvetica-Bold",
        10,
        50,
        "none",
        "b",
        size,
        "short",
    )
    if s.font == "Times-Roman":
        s = replace(s, bold="Times-Bold", size=11)
    w, hh = size
    m = 50
    d = c.received + timedelta(days=rng.randint(5, 80))
    officer = rng.choice(OFFICERS[lg])
    me = officer if lg == "en" else officer.split()[-1]
    sender = rng.choice(PEOPLE[lg])
    dom = (
        ag.name.split()[0].lower().replace(".", "") + {"en": ".co.uk", "de": ".de", "fr": ".fr"}[lg]
    )
    council = council_row(lg)[0]
    cdom = (
        council.split()[-2 if lg == "en" else -1].lower().replace("-", "")
        + {"en": ".gov.uk", "de": ".de", "fr": ".fr"}[lg]
    )
    printed = (
        f"{date_text(d + timedelta(days=rng.randint(0, 3)), lg, 'short')} "
        f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    )
    client = rng.choice(["Outlook", "Thunderbird", "Webmail"])

    def start(p: Page, n: int) -> float:
        if client == "Webmail":
            p.text(m - 20, 20, printed, "Helvetica", 7)
            p.text(w / 2, 20, f"Mail - {me} - {council}", "Helvetica", 7, "center")
            return 44
        if n == 1:
            p.text(m, 40, me, s.bold, 11)
            p.line(m, 46, w - m, 46)
            p.line(m, 48, w - m, 48)
            return 66
        return 44

    f = Sheets(size, hh - 44, start)
    subj = (
        tr(lg, "RE: ", "AW: ", "RE : ")
        + tr(lg, "Application ", "Bauantrag ", "Dossier ")
        + f"{c.ref} - {c.site}"
    )
    hdr = [
        (tr(lg, "From:", "Von:", "De :"), f"{sender} <{sender.split()[0].lower()}@{dom}>"),
        (
            tr(lg, "Sent:", "Gesendet:", "Envoye :"),
            f"{date_text(d, lg, 'long')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
        ),
        (tr(lg, "To:", "An:", "A :"), f"{me} <planning@{cdom}>"),
        (tr(lg, "Subject:", "Betreff:", "Objet :"), subj),
    ]
    if rng.random() < 0.5:
        hdr.append(
            (
                tr(lg, "Attachments:", "Anlagen:", "Pieces jointes :"),
                f"{serial(rng, '9999')}-{rng.randint(10, 30)} "
                f"{tr(lg, 'Proposed plans', 'Ansichten', 'Plans')} "
                f"Rev {rng.choice('BCD')}.pdf",
            )
        )
    for cap, val in hdr:
        f.page.text(m, f.y, cap, s.bold, 9.5)
        f.page.text(m + 80, f.y, fit(val, s.font, 9.5, w - 2 * m - 80), s.font, 9.5)
        f.y += 13
    f.y += 12
    write(f, s, say(lg, f"Hi {me.split()[0]},", dear(lg, officer), "Bonjour,"))
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, 1, 3))
    write(f, s, tr(lg, "Kind regards", "Mit freundlichen Gruessen", "Cordialement"))
    for t in [sender, ag.name, f"{ag.street}, {ag.town}", ag.phone]:
        if t:
            f.para(m, w - 2 * m, t, s.font, 9, 0.05)
    f.y += 10
    for _ in range(rng.choice([1, 1, 2, 3, 4])):
        f.need(60)
        f.page.line(m, f.y, w - m, f.y)
        f.y += 14
        for cap, val in [
            (tr(lg, "From:", "Von:", "De :"), f"{me} <planning@{cdom}>"),
            (
                tr(lg, "Sent:", "Gesendet:", "Envoye :"),
                date_text(d - timedelta(days=rng.randint(2, 20)), lg, "long"),
            ),
            (
                tr(lg, "Subject:", "Betreff:", "Objet :"),
                subj[4:] if subj.startswith(("RE:", "AW:")) else subj,
            ),
        ]:
            f.page.text(m, f.y, cap, s.bold, 9)
            f.page.text(m + 70, f.y, fit(val, s.font, 9, w - 2 * m - 70), s.font, 9)
            f.y += 12
        f.y += 8
        for _ in range(rng.randint(1, 3)):
            f.para(m, w - 2 * m, prose(rng, lg, 1, 3), s.font, s.size - 1)
    pages = f.pages
    if client == "Webmail" or rng.random() < 0.4:
        for k, p in enumerate(pages, 1):
            p.text(
                w - m + 20,
                hh - 18,
                f"{k}/{len(pages)}" if client == "Webmail" else f"Page {k}",
                "Helvetica",
                7,
                "right",
            )
    return pages


def tpl_search_request(rng: random.Random, who: Issuer) -> list[Page]:
    """A conveyancer's search request: an LLC1 / CON29 requisition with the optional
    enquiries ticked (England), a notary's request for an extract of the Baulastenverzeichnis
    (Germany) or for a certificat d'urbanisme / note de renseignements (France)."""
    h = head_of(who, "searcher")
    lg = h.lang
    c = case_of(who, "search_request")
    d = c.received + timedelta(days=rng.randint(100, 600))
    if lg == "en":
        s = Style("Helvetica", "Helvetica-Bold", 8.5, 40, "none", "b", A4, "short")
        w, hh = A4
        m = 40.0
        p = Page(A4)
        p.text(m, 36, "CON29R", "Helvetica-Bold", 14)
        p.text(m + 70, 36, "Enquiries of Local Authority (2016)", "Helvetica-Bold", 11)
        p.text(w - m, 36, "Form CON29 Part I / LLC1", "Helvetica", 7, "right")
        y = 60.0
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    "A. Local authority name and address",
                    f"{council_row('en')[0]}, {council_row('en')[2]}",
                ),
                ("B. Address of the land", f"{house(rng, 'en')}, {c.town}"),
                ("C. Optional enquiries (see overleaf)", ""),
                ("D. Names of those involved", ""),
                ("E. Other roadways, footpaths and footways", ""),
                (
                    "F. Fees: "
                    + currency("en")
                    + " "
                    + money(rng.choice([98.0, 138.5, 175.0]), "en")
                    + " is enclosed / paid by BACS",
                    "",
                ),
                ("G. Reply to", f"{h.name}, {h.street}, {h.town}"),
                ("H. Reference", serial(rng, "AA/99999/9")),
            ],
            per=2,
            tall=32,
            hand=rng.random() < 0.3,
        )
        p.text(m, y, "Optional enquiries (CON29O) - tick as required", "Helvetica-Bold", 9)
        y += 14
        opts = [
            "4. Road proposals by private bodies",
            "5. Advertisements",
            "6. Completion notices",
            "7. Parks and countryside",
            "8. Pipelines",
            "9. Houses in multiple occupation",
            "10. Noise abatement",
            "11. Urban development areas",
            "12. Enterprise zones",
            "13. Inner urban improvement areas",
            "14. Simplified planning zones",
            "15. Land maintenance notices",
            "16. Mineral consultation areas",
            "17. Hazardous substance consents",
            "18. Environmental and pollution notices",
            "19. Food safety notices",
            "20. Hedgerow notices",
            "21. Flood defence and land drainage consents",
            "22. Common land, town and village greens",
        ]
        chosen = set(rng.sample(range(len(opts)), rng.randint(0, 5)))
        cw = (w - 2 * m) / 2
        for k, t in enumerate(opts):
            xx = m + (k % 2) * cw
            yy = y + (k // 2) * 13
            box(p, xx, yy, k in chosen, 7)
            p.text(xx + 12, yy, t, "Helvetica", 7.5)
        y += (len(opts) + 1) // 2 * 13 + 14
        p.text(m, y, "Signature", "Helvetica", 7)
        sign(p, m + 60, y + 4, rng.choice(PEOPLE["en"]))
        p.text(w / 2, y, f"Date {date_text(d, 'en', 'short')}", "Helvetica", 8)
        y += 20
        p.text(
            m,
            y,
            "Telephone "
            + (h.phone or serial(rng, "01632 999 999"))
            + "   Email searches@"
            + h.name.split()[0].lower()
            + ".co.uk",
            "Helvetica",
            7,
        )
        p.text(w / 2, hh - 24, "(c) The Law Society 2016", "Helvetica", 6, "center")
        if rng.random() < 0.5:
            stamp(p, w - m - 150, hh - 150, got(lg, d + timedelta(days=2), "planning"))
        return [p]
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        council_lines(lg),
        d,
        [
            (
                tr(lg, "", "Urkundenrolle Nr.", "N/Ref"),
                serial(rng, "999/99") if lg == "de" else serial(rng, "AA/99999"),
            )
        ],
    )
    if lg == "de":
        caption(f, s, "Antrag auf Auskunft aus dem Baulastenverzeichnis", 1)
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            "im Rahmen der Vorbereitung eines Grundstueckskaufvertrages bitten wir um Auskunft, ob "
            "fuer das nachstehend bezeichnete Grundstueck Baulasten eingetragen sind.",
        )
        f.y = fields(
            f.page,
            s,
            s.margin,
            f.y,
            w - 2 * m,
            [
                ("Lage", f"{house(rng, lg)}, {c.town}"),
                ("Gemarkung / Flur / Flurstueck", c.parcel),
                ("Eigentuemer/in", person(rng, lg)),
                (
                    "Verwendungszweck",
                    rng.choice(["Kaufvertrag", "Beleihung", "Verkehrswertgutachten"]),
                ),
            ],
            per=1,
            tall=26,
            hand=False,
        )
        write(
            f,
            s,
            "Die Gebuehr nach Tarifstelle 2.5.4 AVwGebO NRW wird nach Rechnungsstellung beglichen. "
            + prose(rng, lg, 0, 1),
        )
    else:
        caption(
            f,
            s,
            rng.choice(
                [
                    "Demande de certificat d'urbanisme d'information (CUa)",
                    "Demande de note de renseignements d'urbanisme",
                ]
            ),
            1,
        )
        write(f, s, "Monsieur le Maire,")
        write(
            f,
            s,
            "Dans le cadre de la vente d'un bien immobilier, nous vous serions obliges de bien "
            "vouloir "
            "nous delivrer les renseignements d'urbanisme concernant l'immeuble suivant :",
        )
        f.y = fields(
            f.page,
            s,
            s.margin,
            f.y,
            w - 2 * m,
            [
                ("Adresse", f"{house(rng, lg)}, {c.town}"),
                ("Cadastre", c.parcel),
                ("Vendeur", person(rng, lg)),
                ("Superficie", f"{rng.randint(200, 2400)} m2"),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        write(
            f,
            s,
            "Nous vous remercions de nous preciser egalement si le bien est situe dans le "
            "perimetre "
            "d'un droit de preemption urbain. " + prose(rng, lg, 0, 1),
        )
    regards(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(lg, "", "Notar" if "Notar" in h.name else "Sachverstaendiger", "Notaire"),
    )
    if rng.random() < 0.5:
        received(f, got(lg, d + timedelta(days=2), "planning"))
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_X: dict[str, Template] = {
    "application": tpl_application,
    "plan_sheet": tpl_plan_sheet,
    "acknowledgement": tpl_acknowledgement,
    "neighbour_letter": tpl_neighbour_letter,
    "site_notice": tpl_site_notice,
    "consultee_response": tpl_consultee_response,
    "representation": tpl_representation,
    "petition": tpl_petition,
    "officer_report": tpl_officer_report,
    "decision_notice": tpl_decision_notice,
    "fee_invoice": tpl_fee_invoice,
    "structural_calcs": tpl_structural_calcs,
    "commencement_notice": tpl_commencement_notice,
    "inspection_record": tpl_inspection_record,
    "completion_certificate": tpl_completion_certificate,
    "breach_report": tpl_breach_report,
    "site_visit": tpl_site_visit,
    "enforcement_notice": tpl_enforcement_notice,
    "appeal": tpl_appeal,
    "email_printout": tpl_email_printout,
    "search_request": tpl_search_request,
}
#: One-page kinds that a day's pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "acknowledgement",
    "neighbour_letter",
    "fee_invoice",
    "commencement_notice",
    "inspection_record",
    "completion_certificate",
    "search_request",
)
#: A kind often followed by a related paper about the same case from another sender.
FOLLOWS = {
    "application": "acknowledgement",
    "neighbour_letter": "representation",
    "officer_report": "decision_notice",
    "decision_notice": "appeal",
    "breach_report": "site_visit",
    "site_visit": "enforcement_notice",
    "commencement_notice": "inspection_record",
    "inspection_record": "completion_certificate",
    "email_printout": "plan_sheet",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_hutch_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One day's pile of the registry: ``corpus.make_stream`` with batch runs (after a run
    kind, 1-3 more of the same kind from the same sender follow with probability 0.5) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The authority whose post it mostly is (England, Germany or France) is drawn once
    per stream."""
    OFFICE["lang"] = rng.choice(["en", "en", "de", "de", "fr"])
    OFFICE["council"] = {lg: rng.choice(rows) for lg, rows in sorted(COUNCILS.items())}
    OFFICE["calls"] = {}
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_X, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_hutch_stream, "templates X")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

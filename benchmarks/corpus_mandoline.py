"""Mandoline part of the generated corpus: templates ZZZZ, written blind for the next measurement.

A part of its own, ``mandoline``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
security company (in England, Germany or France) feeds through its scanner in a month. The
company provides manned guarding, key holding and alarm response: two directors, an operations
manager, a control room and about twenty security officers. Its pile holds: guarding contracts
with clients (Bewachungsvertrag, contrat de prestations de surveillance) with the schedule of
services and charges on a landscape page and a signature page; site assignment instructions
(Dienstanweisung, consignes de poste) with a cover sheet, revision table, contacts, duties,
patrol route and the officers' signed acknowledgement sheet; licensing notices about officers
from the regulator (SIA licence decision, Bewacherregister / Ordnungsamt notice on the
reliability check, CNAPS carte professionnelle), sometimes with the card's notice on a second
page; officers' qualification certificates from awarding bodies (Level 2 Award, IHK
Sachkundeprüfung § 34a GewO, CQP APS / SSIAP), now and then with the record of achievement
behind; the monthly duty roster on landscape pages; weekly site timesheets signed off by the
client's site manager with hand entries and stamp; photocopied pages of a site's daily
occurrence book; mobile patrol reports printed from the guard tour system; incident report
forms with tick boxes, narrative, continuation sheets or CCTV stills; alarm response reports on
A5; key holding agreements with the key schedule and terms; key receipts on slips or A5;
uniform and equipment suppliers' invoices, sometimes with the delivery note behind; patrol
vehicle lease (contract hire) agreements with terms and the vehicle condition report; the
company's monthly invoices to clients with an hours breakdown annex; statements of account
with a remittance slip; insurance schedules (public and employers' liability, key holders'
cover, wrongful arrest) with the broker's covering letter and endorsements; subcontract
agreements with another guarding firm with the rates appendix and a copy of the
subcontractor's approval or licence; clients' complaints about the service, sometimes with a
still or signing-in sheet enclosed; the company's replies; and regulator or certification body
inspection letters with their findings and the list of documents to provide.

Each stream is one company's pile: the company (country among England, Germany and France,
name, month, officers) is drawn once per stream; its outside senders are of the company's
country and write in its language, except that uniform suppliers, vehicle lessors and clients
are now and then from abroad and write in their own. Page sizes range from key receipt slips
and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the company files it: the
schedule and signature pages of a contract; the cover sheet, sections and acknowledgement sheet
of assignment instructions; the card notice of a licence letter; the record of achievement
behind a certificate; every page of one roster, one week's timesheet, one site's occurrence
book copies and one patrol report; the continuation sheet and CCTV stills of an incident
report; the key schedule and terms of a key holding agreement; the delivery note sent with an
invoice; the terms page and condition report of a vehicle lease; the hours annex of the
company's invoice; the remittance slip of a statement; the broker's covering letter, the
schedule and the endorsements of an insurance; the appendix and the enclosed licence copy of a
subcontract agreement; the enclosure of a complaint; the document list of an inspection letter.
Related papers are documents of their own: the assignment instructions after the contract, the
key receipt after the key holding agreement, the incident report after an alarm response, the
reply after a complaint, the invoice after the week's timesheet, the licence notice after the
qualification certificate; and so is each notice, certificate, timesheet, report, invoice and
statement of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: licence notices, certificates,
timesheets, patrol reports, alarm response reports, uniform invoices, the company's invoices and
statements often come 2-4 in a row from one sender with other officers, weeks, numbers, dates
and amounts; and companions: each related paper above often follows the document it answers.
Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "mandoline"`` and seeds offset by 10_300_000.

Usage: ``python benchmarks/corpus_mandoline.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/mandoline/mandoline_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    MONTH_NAMES,
    Flow,
    band,
    box,
    caption,
    cash,
    cell,
    close,
    columns,
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
from corpus_kit import day as day_of

PART = "mandoline"
SEED_OFFSET = 10_300_000

MM = 72 / 25.4
SLIP = (90 * MM, 140 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the company and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[Row]] = {
    "en": [
        (
            "Sentinel Guarding Services Ltd",
            "Unit 7, Calder Park",
            "Wakefield WF2 7AA",
            "01924 250 410",
        ),
        (
            "Bastion Security (Midlands) Ltd",
            "44 Sherlock Street",
            "Birmingham B5 6LT",
            "0121 622 8093",
        ),
        (
            "Keystone Patrol & Guarding Ltd",
            "3 Dock Office Yard",
            "Gloucester GL1 2EH",
            "01452 311 776",
        ),
    ],
    "de": [
        ("Wachschutz Nordring GmbH", "Nordring 112", "90409 Nürnberg", "0911 37 66 20"),
        ("Objektschutz Brandt & Keller GmbH", "Hafenstraße 9", "28217 Bremen", "0421 69 44 10"),
        ("Rheinwacht Sicherheitsdienst GmbH", "Deutzer Freiheit 61", "50679 Köln", "0221 88 31 07"),
    ],
    "fr": [
        ("Vigilance Atlantique SARL", "14 rue de la Garenne", "44100 Nantes", "02 40 58 31 90"),
        ("Protectis Sécurité Privée SAS", "27 avenue Jean Jaurès", "69007 Lyon", "04 72 71 44 08"),
        (
            "Garde Est Services SARL",
            "5 rue du Faubourg National",
            "67000 Strasbourg",
            "03 88 22 61 40",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "client": {
        "en": [
            (
                "Westgate Retail Park Management Ltd",
                "Management Suite, Westgate",
                "Wakefield WF1 2TR",
                "01924 300 120",
            ),
            ("Hollins Cold Storage Ltd", "Canal Road", "Leeds LS12 2PL", "0113 263 7000"),
            ("St Aidan's Academy Trust", "Moor Lane", "Huddersfield HD4 7BW", ""),
            ("Parkfield Construction plc", "Site Office, Quay Street", "Birmingham B4 6NA", ""),
            (
                "Greyfriars Medical Centre",
                "12 Greyfriars Walk",
                "Gloucester GL1 1TS",
                "01452 526 300",
            ),
        ],
        "de": [
            ("Fränkische Logistik Center GmbH", "Hafenstraße 40", "90451 Nürnberg", "0911 64 40 0"),
            ("Wohnungsbau Weserufer eG", "Am Deich 22", "28199 Bremen", "0421 50 77 30"),
            ("Klinikum Am Rosengarten gGmbH", "Rosengartenweg 1", "90402 Nürnberg", ""),
            ("Baustelle Quartier Deutz - ARGE Hochbau", "Siegburger Straße 229", "50679 Köln", ""),
            ("Möbelhaus Kranich KG", "Gewerbepark Süd 5", "50997 Köln", "02236 96 41 0"),
        ],
        "fr": [
            (
                "Centre Commercial Les Salorges",
                "Boulevard de Cardiff",
                "44100 Nantes",
                "02 40 69 12 00",
            ),
            ("Entrepôts Ligériens SAS", "ZI de Cheviré", "44100 Nantes", ""),
            ("Résidence Les Tilleuls - Syndic Foncia", "3 place Bellecour", "69002 Lyon", ""),
            ("Clinique du Parc SA", "155 boulevard Stalingrad", "69006 Lyon", "04 72 43 80 00"),
            ("Chantier Presqu'île - Bouygues Bâtiment", "Quai Perrache", "69002 Lyon", ""),
        ],
    },
    "regulator": {
        "en": [
            ("Security Industry Authority", "PO Box 74957", "London E14 1UG", "0300 123 9988"),
        ],
        "de": [
            (
                "Stadt Nürnberg - Ordnungsamt, Gewerbeangelegenheiten",
                "Lorenzer Straße 30",
                "90402 Nürnberg",
                "",
            ),
            ("Stadtamt Bremen - Gewerbeangelegenheiten", "Stresemannstraße 48", "28207 Bremen", ""),
            ("Stadt Köln - Amt für öffentliche Ordnung", "Ottmar-Pohl-Platz 1", "51103 Köln", ""),
        ],
        "fr": [
            ("CNAPS - Délégation territoriale Ouest", "2 rue de la Mabilais", "35000 Rennes", ""),
            ("CNAPS - Délégation territoriale Sud-Est", "10 rue Servient", "69003 Lyon", ""),
            (
                "CNAPS - Délégation territoriale Est",
                "4 rue de la Division Leclerc",
                "67000 Strasbourg",
                "",
            ),
        ],
    },
    "certifier": {
        "en": [
            (
                "NSI - National Security Inspectorate",
                "Sentinel House, 5 Reform Road",
                "Maidenhead SL6 8BY",
                "",
            ),
            ("SSAIB", "7-11 Earsdon Road", "Whitley Bay NE25 9SX", "0191 296 3242"),
        ],
        "de": [
            (
                "DQS GmbH - Zertifizierung DIN 77200",
                "August-Schanz-Straße 21",
                "60433 Frankfurt am Main",
                "",
            ),
            ("TÜV Rheinland Cert GmbH", "Am Grauen Stein", "51105 Köln", ""),
        ],
        "fr": [
            (
                "AFNOR Certification",
                "11 rue Francis de Pressensé",
                "93571 La Plaine Saint-Denis",
                "",
            ),
            (
                "Bureau Veritas Certification",
                "Immeuble Le Guillaumet",
                "92046 Paris La Défense",
                "",
            ),
        ],
    },
    "awarding": {
        "en": [
            (
                "Highfield Qualifications",
                "Highfield ICT Campus, Heavens Walk",
                "Doncaster DN4 5HZ",
                "",
            ),
            ("Pearson BTEC - Security Awards", "190 High Holborn", "London WC1V 7BH", ""),
            ("Northern Security Training Centre", "22 Kirkgate", "Wakefield WF1 1HT", ""),
        ],
        "de": [
            ("IHK Nürnberg für Mittelfranken", "Hauptmarkt 25/27", "90403 Nürnberg", ""),
            (
                "Handelskammer Bremen - IHK für Bremen und Bremerhaven",
                "Am Markt 13",
                "28195 Bremen",
                "",
            ),
            ("IHK Köln", "Unter Sachsenhausen 10-26", "50667 Köln", ""),
        ],
        "fr": [
            ("Centre de Formation Sécurité Atlantique", "8 rue Paul Bellamy", "44000 Nantes", ""),
            (
                "Institut de Formation aux Métiers de la Sécurité",
                "40 rue de Marseille",
                "69007 Lyon",
                "",
            ),
            ("SSIAP Formation Alsace", "12 route du Rhin", "67100 Strasbourg", ""),
        ],
    },
    "supplier": {
        "en": [
            ("Guardwear Uniforms Ltd", "Unit 12, Orbital Way", "Cannock WS11 8XW", "01543 577 200"),
            ("Patrol Kit Direct", "18 Enterprise Court", "Rotherham S63 5DB", "01709 898 120"),
            ("Securitex Workwear", "Mill 3, Pennine Business Park", "Bradford BD4 6JD", ""),
        ],
        "de": [
            (
                "Securitas Textil Vertrieb GmbH",
                "Industriestraße 18",
                "72461 Albstadt",
                "07431 93 40 0",
            ),
            ("Wachdienst-Ausrüstung Hellmann", "Gewerbering 4", "33602 Bielefeld", ""),
            ("Dienstkleidung Kaiser KG", "Lindenstraße 77", "45127 Essen", ""),
        ],
        "fr": [
            ("Tenues Pro Sécurité SARL", "ZA du Moulin", "49300 Cholet", "02 41 75 12 30"),
            ("Équipements Vigiles de France", "17 rue Lavoisier", "93100 Montreuil", ""),
            ("Uniformes Delorme", "2 allée des Tisserands", "59100 Roubaix", ""),
        ],
    },
    "lessor": {
        "en": [
            (
                "Lex Fleet Contract Hire",
                "Heathside Park Road",
                "Stockport SK3 0RB",
                "0344 879 6633",
            ),
            ("Northgate Vehicle Hire", "Norflex House, Allington Way", "Darlington DL1 4DY", ""),
        ],
        "de": [
            ("ALD AutoLeasing D GmbH", "Nedderfeld 95", "22529 Hamburg", "040 47 104 0"),
            ("Sixt Leasing Flottenservice", "Zugspitzstraße 1", "82049 Pullach", ""),
        ],
        "fr": [
            ("Arval Service Lease", "22 rue des Deux Gares", "92500 Rueil-Malmaison", ""),
            ("Leasys France Location Longue Durée", "6 rue Nicolas Copernic", "78190 Trappes", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Towergate Security Insurance",
                "Towergate House, Eclipse Park",
                "Maidstone ME14 3EN",
                "",
            ),
            (
                "Hiscox Specialist Commercial",
                "The Hiscox Building, Peasholme Green",
                "York YO1 7PR",
                "",
            ),
        ],
        "de": [
            ("R+V Allgemeine Versicherung AG", "Raiffeisenplatz 1", "65189 Wiesbaden", ""),
            ("HDI Versicherung AG - Bewachungshaftpflicht", "HDI-Platz 1", "30659 Hannover", ""),
        ],
        "fr": [
            (
                "MMA IARD - Agence Sécurité Privée",
                "14 boulevard Marie et Alexandre Oyon",
                "72030 Le Mans",
                "",
            ),
            ("Groupama Centre-Atlantique", "2 avenue de Limoges", "79044 Niort", ""),
        ],
    },
    "broker": {
        "en": [
            ("Ashworth Insurance Brokers Ltd", "9 Westgate", "Wakefield WF1 1JY", "01924 371 550"),
            (
                "Calloway & Reeve Insurance Services",
                "Victoria House, 2 Station Street",
                "Birmingham B5 4DY",
                "",
            ),
        ],
        "de": [
            ("Versicherungsmakler Jansen & Partner", "Obstmarkt 3", "90403 Nürnberg", ""),
            ("Makler-Kontor Weser GmbH", "Langenstraße 11", "28195 Bremen", ""),
        ],
        "fr": [
            ("Cabinet Lemoine Courtage", "3 cours Olivier de Clisson", "44000 Nantes", ""),
            ("Rhône Assurances Conseil", "60 rue Servient", "69003 Lyon", ""),
        ],
    },
    "subcontractor": {
        "en": [
            ("Ironside Event Security Ltd", "2 Foundry Lane", "Sheffield S3 8AB", "0114 276 3300"),
            ("Redline Guarding Solutions Ltd", "Suite 4, Brunswick House", "Coventry CV1 2DN", ""),
        ],
        "de": [
            ("Sicherheitsdienst Yilmaz e.K.", "Fürther Straße 212", "90429 Nürnberg", ""),
            ("Hansa Objektschutz GmbH", "Überseering 7", "22297 Hamburg", ""),
        ],
        "fr": [
            ("Sécurité Océane SARL", "41 rue des Olivettes", "44000 Nantes", ""),
            ("Alpha Gardiennage Rhône SAS", "9 rue Garibaldi", "69006 Lyon", ""),
        ],
    },
}
FIRSTS = {
    "en": [
        "Daniel",
        "Kwame",
        "Sarah",
        "Jason",
        "Marek",
        "Priya",
        "Liam",
        "Tariq",
        "Gemma",
        "Stuart",
        "Olu",
        "Craig",
        "Nadia",
        "Ryan",
        "Imran",
        "Kelly",
        "Paul",
        "Joanne",
    ],
    "de": [
        "Mehmet",
        "Sven",
        "Katrin",
        "Dennis",
        "Oleksandr",
        "Julia",
        "Marco",
        "Ayhan",
        "Sabine",
        "Tobias",
        "Dragan",
        "Nicole",
        "Patrick",
        "Emre",
        "Jana",
        "Uwe",
    ],
    "fr": [
        "Karim",
        "Sébastien",
        "Nadia",
        "Mamadou",
        "Julien",
        "Sandrine",
        "Youssef",
        "Thomas",
        "Aurélie",
        "Moussa",
        "Cédric",
        "Fatou",
        "Kevin",
        "Laetitia",
        "Rachid",
        "Pascal",
    ],
}
LASTS = {
    "en": [
        "Hughes",
        "Mensah",
        "Clarke",
        "Nowak",
        "Hussain",
        "Walsh",
        "Begum",
        "Robson",
        "Adeyemi",
        "Price",
        "Kaur",
        "Dobson",
        "Fletcher",
        "Malik",
        "Shaw",
        "Tierney",
    ],
    "de": [
        "Yildiz",
        "Krause",
        "Schulte",
        "Kowalski",
        "Bauer",
        "Petrenko",
        "Hoffmann",
        "Demir",
        "Lange",
        "Jovanovic",
        "Wagner",
        "Öztürk",
        "Zimmermann",
        "Berisha",
    ],
    "fr": [
        "Benali",
        "Moreau",
        "Diallo",
        "Lefèvre",
        "Traoré",
        "Garnier",
        "Haddad",
        "Rousseau",
        "Mercier",
        "Koné",
        "Fontaine",
        "Boucher",
        "Ndiaye",
        "Perrin",
        "Chevalier",
    ],
}
FEMALE = {
    "Sarah",
    "Priya",
    "Gemma",
    "Nadia",
    "Kelly",
    "Joanne",
    "Katrin",
    "Julia",
    "Sabine",
    "Nicole",
    "Jana",
    "Sandrine",
    "Aurélie",
    "Fatou",
    "Laetitia",
}

SITES = {
    "en": [
        "Main Distribution Centre",
        "Retail Park car park",
        "North Gate compound",
        "Block C plant room",
        "Academy main building",
        "Phase 2 site compound",
        "Surgery premises",
        "Unit 4 warehouse",
    ],
    "de": [
        "Logistikzentrum Halle 3",
        "Tiefgarage und Außengelände",
        "Baustelle Los 2",
        "Verwaltungsgebäude Haupteingang",
        "Wohnanlage Weserblick",
        "Ausstellungshalle Süd",
        "Notaufnahme und Pforte",
        "Zentrallager Tor 5",
    ],
    "fr": [
        "Entrepôt principal",
        "Galerie marchande et parkings",
        "Base vie du chantier",
        "Bâtiment administratif",
        "Résidence Les Tilleuls",
        "Accueil et PC sécurité",
        "Plateforme logistique quai 4",
        "Parking souterrain niveau -2",
    ],
}
TALK = {
    "en": {
        "duty": "patrol perimeter gate barrier visitor pass vehicle checkpoint fire alarm panel "
        "CCTV monitor keyholder control room radio check lock unlock log entry escort delivery "
        "contractor permit lighting fence door shutter",
        "legal": "agreement party services charges notice termination liability insurance "
        "indemnity confidentiality clause schedule period invoice payment law officer licence "
        "subcontract variation breach",
        "incident": "officer noticed suspicious male vehicle fence damage police attended "
        "alarm activated area searched CCTV reviewed door insecure no entry gained reported "
        "control room keyholder informed crime reference",
        "complaint": "officer late arrival post unattended uniform standard reception lock-up "
        "missed patrol visitors log staff concern expectation contract manager response",
        "insure": "insured policy limit indemnity excess section endorsement period premium "
        "claims wrongful arrest keys loss employers public liability cover territory",
    },
    "de": {
        "duty": "Kontrollgang Streife Tor Schranke Besucher Ausweis Fahrzeug Kontrollpunkt "
        "Brandmeldezentrale Videoüberwachung Leitstelle Funk Wachbuch Schließung Öffnung "
        "Anlieferung Fremdfirma Beleuchtung Zaun Rolltor Schlüssel",
        "legal": "Vertrag Auftraggeber Auftragnehmer Leistung Vergütung Kündigung Haftung "
        "Versicherung Verschwiegenheit Anlage Laufzeit Rechnung Zahlung Bewachungsverordnung "
        "Sicherheitsmitarbeiter Nachunternehmer Änderung",
        "incident": "Mitarbeiter bemerkte verdächtige Person Fahrzeug Zaun beschädigt Polizei "
        "verständigt Alarm ausgelöst Objekt abgesucht Videoaufzeichnung Tür unverschlossen "
        "Leitstelle informiert Schlüsselhalter Vorgangsnummer",
        "complaint": "Mitarbeiter verspätet Posten unbesetzt Dienstkleidung Empfang Schließrunde "
        "Kontrollgang versäumt Besucherliste Beanstandung Objektleiter Stellungnahme",
        "insure": "Versicherungsnehmer Police Deckungssumme Selbstbeteiligung Risiko Klausel "
        "Versicherungszeitraum Beitrag Schlüsselverlust Bewachungshaftpflicht Tätigkeit",
    },
    "fr": {
        "duty": "ronde périmètre portail barrière visiteur badge véhicule point de contrôle "
        "SSI vidéosurveillance PC sécurité radio main courante fermeture ouverture livraison "
        "entreprise extérieure éclairage clôture porte rideau clés",
        "legal": "contrat parties prestations prix résiliation responsabilité assurance "
        "confidentialité article annexe durée facture paiement agent carte professionnelle "
        "sous-traitance avenant manquement",
        "incident": "agent constaté individu suspect véhicule clôture endommagée police "
        "intervenue alarme déclenchée site vérifié vidéo consultée porte non verrouillée PC "
        "informé responsable main courante plainte",
        "complaint": "agent retard poste inoccupé tenue accueil fermeture ronde oubliée "
        "registre visiteurs personnel mécontentement responsable de site réponse",
        "insure": "assuré police plafond garantie franchise chapitre clause période prime "
        "sinistre perte de clés responsabilité civile exploitation activité",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all was",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre wurde",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos a été",
}


def words(rng: random.Random, lang: str, topic: str = "duty", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "duty", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The company of a stream: its country, month, officers and sites
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Site:
    """One client site, as a companion takes it up."""

    client: Row
    lang: str
    name: str
    ref: str
    rate: float
    hours: int
    officers: list[str] = field(default_factory=list)


#: What the previous document was about (a companion takes up the same site and day).
LAST: dict[str, object] = {"kind": "", "site": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a repeat keeps
    its sender."""
    text = f"mandoline/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(site: Site | None, d: date, extra: object = None) -> None:
    LAST.update(site=site, day=d, extra=extra)


def officers() -> list[str]:
    """The company's security officers, the same all through one stream."""
    lg = home()
    r = random.Random(zlib.crc32(f"mandoline/officers/{OFFICE['seed']}".encode()))
    names: list[str] = []
    while len(names) < 20:
        n = f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"
        if n not in names:
            names.append(n)
    return names


def licence_no(name: str) -> str:
    """The officer's licence or register number as the company's country writes it."""
    r = random.Random(zlib.crc32(f"mandoline/lic/{name}/{OFFICE['seed']}".encode()))
    lg = home()
    if lg == "en":
        return serial(r, "1019 9999 9999 9999")
    if lg == "de":
        return serial(r, "BWR-99999999")
    return serial(r, "CAR-0AA-2029-09-19-2019999999").replace("0AA", f"0{r.randint(10, 99)}")


def staff_name(tag: str) -> str:
    r = random.Random(zlib.crc32(f"mandoline/staff/{tag}/{OFFICE['seed']}".encode()))
    lg = home()
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def ops_manager() -> str:
    return staff_name("ops")


def director() -> str:
    return staff_name("dir1")


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def office_row() -> Row:
    return OFFICES[home()][int(OFFICE["row"])]  # type: ignore[call-overload]


def a_site(rng: random.Random, client: tuple[Row, str] | None = None) -> Site:
    lg = home()
    if client is None:
        c_lang = (
            lg if rng.random() < 0.9 else rng.choice([x for x in ("en", "de", "fr") if x != lg])
        )
        client = (rng.choice(SENDERS["client"][c_lang]), c_lang)
    row, c_lang = client
    r = random.Random(zlib.crc32(f"mandoline/site/{row[0]}/{OFFICE['seed']}".encode()))
    rate = {"en": 17.40, "de": 24.90, "fr": 23.50}[lg] + r.choice([0, 0.6, 1.2, 2.1, 3.0])
    return Site(
        client=row,
        lang=c_lang,
        name=r.choice(SITES[lg]),
        ref=serial(r, {"en": "SGC-9999", "de": "BV-99-999", "fr": "CT99-999"}[lg]),
        rate=round(rate, 2),
        hours=r.choice([40, 56, 84, 112, 168]),
        officers=r.sample(officers(), r.randint(2, 5)),
    )


def site_for(rng: random.Random, kinds: tuple[str, ...], who: Issuer | None = None) -> Site:
    """The previous document's site if it was one of ``kinds``, else the site ``who`` stands
    for (or a new one)."""
    s = LAST["site"]
    if isinstance(s, Site) and after(kinds):
        return s
    if who is not None:
        return a_site(keyed(who, "site"), client_of(who))
    return a_site(rng)


def client_of(who: Issuer) -> tuple[Row, str]:
    """The client ``who`` stands for: of the company's country, now and then from abroad."""
    r = keyed(who, "client")
    lg = home()
    if r.random() < 0.12:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS["client"][lg]), lg


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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:- {i} -", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINE = {
    "office": (
        "Manned Guarding - Key Holding - Alarm Response",
        "Objektschutz - Revierdienst - Alarmverfolgung",
        "Surveillance humaine - Rondes - Intervention sur alarme",
    ),
    "subcontractor": (
        "Event and Static Security",
        "Bewachung - Veranstaltungsschutz",
        "Gardiennage - Sécurité événementielle",
    ),
    "supplier": (
        "Uniforms - Workwear - Equipment",
        "Dienstkleidung - Ausrüstung",
        "Tenues - Équipements",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("regulator", "awarding", "certifier"):
        return []
    if lang == "de":
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)}"
            + (
                f" - Bewachungserlaubnis § 34a GewO Az. {r.randint(30, 39)}-{r.randint(100, 999)}"
                if role in ("office", "subcontractor")
                else ""
            ),
            r.choice(["Sparkasse Nürnberg", "Die Sparkasse Bremen", "Sparkasse KölnBonn"])
            + f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Nürnberg', 'Bremen', 'Köln', 'Hamburg'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Jörg Brandt", "Michael Keller", "Sabine Wolters", "Frank Rehm"]),
            )
        return out
    if lang == "fr":
        siret = serial(r, "999 999 999 99999")
        out = [f"{name} - SIRET {siret} - APE {r.choice(['8010Z', '7711B', '1413Z', '6512Z'])}"]
        if role in ("office", "subcontractor"):
            out.append(
                f"Autorisation d'exercice CNAPS AUT-0{r.randint(10, 99)}-2{r.randint(100, 130)}-"
                f"{r.randint(10, 12):02d}-{r.randint(10, 28)}-{r.randint(10**9, 10**10 - 1)} - "
                "L'autorisation ne confère aucune prérogative de puissance publique"
            )
        elif r.random() < 0.6:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role in ("office", "subcontractor") and r.random() < 0.7:
        out.append("SIA Approved Contractor")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"mandoline/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("regulator", "certifier"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
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
        foot=legal_lines(r, name, lang, role) if r.random() < 0.8 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'ops', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def office_head() -> Head:
    return make_head(office_row(), home(), "office")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and company), of the
    company's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


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


def day(h: Head, d: date) -> str:
    return day_of(h, d)


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    """A circle drawn as a polygon (round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.55, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


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
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
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
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        if h.role in TAGLINE:
            p.text(m, y + 15, tr(h.lang, *TAGLINE[h.role]), italic_of(h.font), 7.5)
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
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the company's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lang = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lang),
                rng.choice(
                    {
                        "en": ["Accounts", "Ops", "Office"],
                        "de": ["Buchhaltung", "Einsatzleitung", "GF"],
                        "fr": ["Comptabilité", "Exploitation", "Direction"],
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
            ["Yours sincerely", "Kind regards", "Yours faithfully", "Regards"][len(name) % 4],
            "Mit freundlichen Grüßen",
            "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
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


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def office_lines(att: str = "") -> list[str]:
    return head_lines(office_head(), att)


def client_head(site: Site) -> Head:
    return make_head(site.client, site.lang, "client")


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "", note: str = ""
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
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), gross))
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


def sign_block(
    p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str, signed: bool
) -> None:
    """A signature line with a caption above and the printed name below."""
    p.text(x, y, cap, s.bold, s.size - 1)
    if signed:
        scrawl(p, x + 4, y + 30, name, 12)
    p.line(x, y + 34, x + w, y + 34)
    p.text(x, y + 44, fit(name, s.font, s.size - 1.5, w), s.font, s.size - 1.5)


def company_stamp(p: Page, x: float, y: float, h: Head) -> None:
    """The sender's rectangular company stamp."""
    lines = [h.name[:34], h.street[:34], h.town[:34]]
    if h.phone:
        lines.append(f"Tel. {h.phone}")
    stamp(p, x, y, lines)


def hhmm(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def hours_txt(v: float, lg: str) -> str:
    return money(v, lg)


# ---------------------------------------------------------------------------------------------
# Templates ZZZZ: contracts and the paper of a site
# ---------------------------------------------------------------------------------------------

CONTRACT_HEADS = {
    "en": [
        "Definitions",
        "Provision of the Services",
        "Assignment Instructions",
        "Officers, Screening and Licensing",
        "Charges and Payment",
        "Variation of Hours",
        "Keys and Client Property",
        "Liability and Insurance",
        "Non-solicitation of Staff",
        "Term and Termination",
        "TUPE",
        "Confidentiality and Data",
        "Complaints",
        "Governing Law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Leistungsumfang",
        "Dienstanweisung",
        "Personal und Qualifikation (§ 34a GewO, BewachV)",
        "Vergütung und Zahlung",
        "Mehr- und Minderstunden",
        "Schlüssel und Eigentum des Auftraggebers",
        "Haftung und Versicherung",
        "Abwerbeverbot",
        "Laufzeit und Kündigung",
        "Datenschutz",
        "Verschwiegenheit",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Nature des prestations",
        "Consignes de poste",
        "Personnel et carte professionnelle",
        "Prix et conditions de paiement",
        "Modification des vacations",
        "Remise des clés",
        "Responsabilité et assurances",
        "Non-sollicitation du personnel",
        "Durée et résiliation",
        "Sous-traitance",
        "Confidentialité",
        "Litiges et droit applicable",
    ],
}
SERVICES = {
    "en": [
        "Static guarding (night)",
        "Static guarding (day)",
        "Mobile patrol - 3 visits",
        "Lock and unlock service",
        "Key holding and alarm response",
        "Concierge / reception",
    ],
    "de": [
        "Objektbewachung (Nacht)",
        "Objektbewachung (Tag)",
        "Revierdienst - 3 Kontrollen",
        "Schließdienst",
        "Schlüsselverwahrung und Alarmverfolgung",
        "Empfangsdienst",
    ],
    "fr": [
        "Surveillance humaine (nuit)",
        "Surveillance humaine (jour)",
        "Rondes - 3 passages",
        "Ouverture / fermeture",
        "Détention des clés et levée de doute",
        "Accueil / filtrage",
    ],
}


def title_line(f: Sheets, s: Style, text: str, grow: float = 5) -> None:
    w, _ = f.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.page.text(w / 2, f.y + 4, text, s.bold, pt, "center")
    f.y += pt * 2.4


def tpl_guarding_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's guarding contract with a client: parties, numbered clauses, the schedule
    of services, hours and charges on a landscape page, and a signature page."""
    site = a_site(keyed(who, "site"), client_of(who))
    h = office_head()
    lg = h.lang
    ch = client_head(site)
    s = style_of(h, LETTER if lg == "en" and keyed(who, "p").random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h, f"{tr(lg, 'Contract', 'Vertrag Nr.', 'Contrat n°')} {site.ref} - {ch.name}")
    title_line(
        f,
        s,
        tr(
            lg,
            "AGREEMENT FOR THE PROVISION OF SECURITY SERVICES",
            "BEWACHUNGSVERTRAG",
            "CONTRAT DE PRESTATIONS DE SURVEILLANCE HUMAINE",
        ),
    )
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    for k, (row, role) in enumerate(
        [
            (
                (h.name, h.street, h.town),
                tr(lg, '("the Company")', "- Auftragnehmer -", "ci-après « le Prestataire »"),
            ),
            (
                (ch.name, ch.street, ch.town),
                tr(lg, '("the Client")', "- Auftraggeber -", "ci-après « le Client »"),
            ),
        ]
    ):
        f.page.text(m + 20, f.y, f"({k + 1}) {row[0]}", s.bold, s.size)
        f.page.text(m + 20, f.y + s.size * 1.3, f"{row[1]}, {row[2]}", s.font, s.size - 0.5)
        f.page.text(m + 20, f.y + s.size * 2.6, role, italic_of(s.font), s.size - 0.5)
        f.y += s.size * 4.4
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Contract No.", "Vertragsnummer", "N° de contrat"), site.ref),
                (tr(lg, "Site", "Objekt", "Site"), f"{site.name}, {ch.town}"),
                (
                    tr(lg, "Commencement", "Vertragsbeginn", "Date d'effet"),
                    day(h, d + timedelta(days=rng.randint(7, 30))),
                ),
            ],
            w * 0.7,
        )
        + 8
    )
    heads = CONTRACT_HEADS[lg][: rng.randint(8, len(CONTRACT_HEADS[lg]))]
    for k, t in enumerate(heads):
        f.heading(m, f"{k + 1}. {t}" if lg != "de" else f"§ {k + 1} {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    pages = f.pages
    # Schedule 1 on a landscape page
    sl = paper(s, A4L, margin=44, pt=8.5)
    sched = Sheets(A4L, A4L[1] - 60, lambda p, n: 50.0)
    sched.page.text(
        44,
        sched.y,
        tr(
            lg,
            "SCHEDULE 1 - SERVICES, HOURS AND CHARGES",
            "ANLAGE 1 - LEISTUNGSVERZEICHNIS UND PREISBLATT",
            "ANNEXE 1 - DESCRIPTIF DES PRESTATIONS ET BORDEREAU DE PRIX",
        ),
        s.bold,
        11,
    )
    sched.page.text(44, sched.y + 14, f"{site.name} - {ch.name} - {site.ref}", s.font, 8.5)
    sched.y += 36
    rows = []
    for k in rng.sample(range(len(SERVICES[lg])), rng.randint(2, 5)):
        hrs = rng.choice([12, 24, 36, 60, 84]) if k < 2 else rng.choice([2, 3, 5, 7])
        rate = site.rate * (1.0 if k < 2 else rng.choice([1.2, 1.5]))
        rows.append(
            [
                SERVICES[lg][k],
                rng.choice(
                    [
                        tr(lg, "Mon-Fri", "Mo-Fr", "lun.-ven."),
                        tr(lg, "Daily", "täglich", "tous les jours"),
                        tr(lg, "Sat-Sun", "Sa-So", "sam.-dim."),
                    ]
                ),
                rng.choice(["18:00-06:00", "06:00-18:00", "19:00-07:00", "07:00-15:00", "-"]),
                str(rng.randint(1, 2)),
                str(hrs),
                money(rate, lg),
                money(rate * hrs, lg),
            ]
        )
    table(
        sched,
        columns(
            44,
            A4L[0] - 44,
            [
                (4, "left"),
                (1.4, "left"),
                (1.6, "left"),
                (1, "right"),
                (1.2, "right"),
                (1.3, "right"),
                (1.5, "right"),
            ],
        ),
        [
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Hours", "Zeiten", "Horaires"),
            tr(lg, "Officers", "MA", "Agents"),
            tr(lg, "Hrs/week", "Std./Wo.", "H/sem."),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Weekly", "Wöchentlich", "Hebdo."),
        ],
        rows,
        sl,
        size=8.5,
        shade=0.85,
        rules=True,
        step=2.0,
    )
    sched.y += 10
    for t in [
        tr(
            lg,
            f"Bank holidays are charged at {rng.choice([1.5, 2.0])} x the hourly rate.",
            "Feiertagszuschlag 100 %, Nachtzuschlag 25 % sind im Satz enthalten.",
            "Les jours fériés sont majorés de 100 %.",
        ),
        tr(
            lg,
            "Rates exclude VAT and are reviewed annually in line with the National Living Wage.",
            "Alle Preise zzgl. gesetzlicher Umsatzsteuer; Anpassung bei Änderung des "
            "Mindestlohn-TV.",
            "Prix HT, révisables annuellement selon l'indice de la convention collective.",
        ),
    ]:
        write(sched, sl, t, 8.5)
    pages += sched.pages
    # signature page
    sig = Page(s.page_size)
    y = m + 20
    sig.text(
        m,
        y,
        tr(lg, "Signed by the parties", "Unterschriften", "Fait en deux exemplaires originaux"),
        s.bold,
        s.size + 1,
    )
    y += 40
    town = h.town.split()[-1] if lg != "en" else ""
    for k, (who_, nm) in enumerate(
        [(h.name, director()), (ch.name, person(keyed(who, "signer"), site.lang))]
    ):
        x = m + k * (w - 2 * m) / 2
        sig.text(
            x,
            y,
            tr(lg, f"For and on behalf of {who_}", f"Für {who_}", f"Pour {who_}")[:48],
            s.font,
            s.size - 1,
        )
        if lg != "en":
            hand(
                sig,
                x,
                y + 26,
                f"{town}, {short(d + timedelta(days=k * rng.randint(0, 6)), lg)}",
                9.5,
                (w - 2 * m) / 2 - 12,
            )
        if lg == "fr":
            hand(sig, x, y + 44, "Lu et approuvé", 9.5)
        signed = k == 0 or rng.random() < 0.75
        sign_block(
            sig,
            s,
            x,
            y + 60,
            (w - 2 * m) / 2 - 30,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            nm,
            signed,
        )
        if k == 1 and signed and rng.random() < 0.6:
            company_stamp(sig, x, y + 120, ch)
    pages.append(sig)
    pages = close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [
                h.numbers,
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
            ]
        ),
    )
    remember(site, d)
    return pages


def tpl_assignment_instructions(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's assignment instructions for a site: a cover sheet with the revision table,
    numbered sections (contacts, hours, timed duties, patrol route, emergencies, keys) under
    a running header, and the officers' signed acknowledgement sheet."""
    site = site_for(rng, ("guarding_contract",), who)
    h = office_head()
    lg = h.lang
    ch = client_head(site)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("guarding_contract",), (2, 12))
    rev = rng.randint(1, 6)
    ref = f"{tr(lg, 'AI', 'DA', 'CP')}-{site.ref}"
    cover = Page(A4)
    y = heading(cover, s, h) + 80
    t = tr(lg, "ASSIGNMENT INSTRUCTIONS", "DIENSTANWEISUNG", "CONSIGNES DE POSTE")
    cover.text(w / 2, y, t, s.bold, 22, "center")
    y += 34
    for ln in (site.name, ch.name, ch.town):
        cover.text(w / 2, y, ln, s.font, 13, "center")
        y += 18
    y += 20
    cover.rect(w / 2 - 120, y, 240, 30)
    cover.text(
        w / 2,
        y + 19,
        tr(
            lg,
            "CONFIDENTIAL - NOT TO LEAVE SITE",
            "VERTRAULICH - VERBLEIBT IM OBJEKT",
            "CONFIDENTIEL - NE PAS SORTIR DU SITE",
        ),
        s.bold,
        9,
        "center",
    )
    y += 70
    cover.text(
        m, y, tr(lg, "Document control", "Änderungsstand", "Suivi des versions"), s.bold, s.size
    )
    y += 16
    cols = columns(m, w - m, [(0.7, "left"), (1.3, "left"), (4, "left"), (1.6, "left")])
    hdr = [
        tr(lg, "Rev", "Rev.", "Ind."),
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Change", "Änderung", "Modification"),
        tr(lg, "Approved", "Freigabe", "Validé"),
    ]
    for c, tx in zip(cols, hdr, strict=True):
        cell(cover, c, y, tx, s.bold, 8)
    cover.line(m, y + 4, w - m, y + 4)
    y += 14
    for r in range(1, rev + 1):
        dd = d - timedelta(days=(rev - r) * rng.randint(40, 200))
        for c, tx in zip(
            cols,
            [
                str(r),
                short(dd, lg),
                words(rng, lg, "duty", 5)[:-1]
                if r > 1
                else tr(lg, "First issue", "Erstausgabe", "Création"),
                ops_manager(),
            ],
            strict=True,
        ):
            cell(cover, c, y, tx, s.font, 8)
        y += 12
    conf = tr(lg, "Confidential", "Vertraulich", "Confidentiel")
    header = f"{ref}  Rev {rev}  -  {site.name}  -  {conf}"
    body = Sheets(A4, hh - m - 7 * len(h.foot) - 8, lambda p, n: running_header(p, s, header) + 6)
    sec = [
        tr(lg, "Site description", "Objektbeschreibung", "Description du site"),
        tr(lg, "Contacts", "Ansprechpartner", "Contacts"),
        tr(lg, "Hours of cover", "Dienstzeiten", "Horaires des vacations"),
        tr(lg, "Duties", "Tätigkeiten", "Missions"),
        tr(lg, "Patrol route", "Kontrollgang", "Parcours de ronde"),
        tr(lg, "Emergency procedures", "Notfallmaßnahmen", "Conduite à tenir en cas d'urgence"),
        tr(lg, "Key control", "Schlüsselverwaltung", "Gestion des clés"),
    ]
    for k, t in enumerate(sec):
        body.heading(m, f"{k + 1}. {t}", s.bold, s.size + 1)
        if k == 1:
            rows = [
                [
                    person(rng, site.lang),
                    tr(lg, "Site manager", "Objektleiter", "Responsable de site"),
                    serial(
                        rng,
                        "07999 999999"
                        if lg == "en"
                        else "0171 9999999"
                        if lg == "de"
                        else "06 99 99 99 99",
                    ),
                ],
                [
                    person(rng, site.lang),
                    tr(lg, "Facilities", "Haustechnik", "Services généraux"),
                    serial(
                        rng,
                        "01999 999999"
                        if lg == "en"
                        else "0911 99 99 99"
                        if lg == "de"
                        else "02 99 99 99 99",
                    ),
                ],
                [
                    tr(
                        lg,
                        "Control room (24 h)",
                        "Leitstelle (24 h)",
                        "PC de télésurveillance (24 h)",
                    ),
                    h.name[:30],
                    h.phone or "-",
                ],
                [
                    ops_manager(),
                    tr(lg, "Operations manager", "Einsatzleiter", "Responsable d'exploitation"),
                    serial(
                        rng,
                        "07999 999999"
                        if lg == "en"
                        else "0160 9999999"
                        if lg == "de"
                        else "06 99 99 99 99",
                    ),
                ],
                [
                    tr(lg, "Police (non-emergency)", "Polizei", "Police / Gendarmerie"),
                    "-",
                    tr(lg, "101", "110", "17"),
                ],
            ]
            table(
                body,
                columns(m, w - m, [(2, "left"), (2, "left"), (1.6, "left")]),
                [
                    tr(lg, "Name", "Name", "Nom"),
                    tr(lg, "Role", "Funktion", "Fonction"),
                    tr(lg, "Telephone", "Telefon", "Téléphone"),
                ],
                rows,
                s,
                rules=True,
            )
            body.y += 6
        elif k == 3:
            t0 = rng.choice([18 * 60, 19 * 60, 6 * 60])
            rows = []
            for _ in range(rng.randint(6, 12)):
                rows.append([hhmm(t0), words(rng, lg, "duty", rng.randint(6, 12))])
                t0 += rng.choice([30, 60, 60, 90])
            table(
                body,
                columns(m, w - m, [(0.8, "left"), (6, "left")]),
                [tr(lg, "Time", "Uhrzeit", "Heure"), tr(lg, "Duty", "Tätigkeit", "Mission")],
                rows,
                s,
                step=1.7,
            )
            body.y += 6
        elif k == 4:
            rows = [
                [f"CP{j + 1:02d}", words(rng, lg, "duty", 4)[:-1], rng.choice(["2 h", "4 h", "1x"])]
                for j in range(rng.randint(5, 10))
            ]
            table(
                body,
                columns(m, w - m, [(0.8, "left"), (5, "left"), (1, "left")]),
                [
                    tr(lg, "Tag", "Punkt", "Point"),
                    tr(lg, "Location", "Ort", "Emplacement"),
                    tr(lg, "Frequency", "Intervall", "Fréquence"),
                ],
                rows,
                s,
                rules=True,
            )
            body.y += 6
        else:
            write(body, s, prose(rng, lg, "duty", 2, 5))
    ack = Page(A4)
    y = running_header(ack, s, header) + 20
    ack.text(
        m,
        y,
        tr(
            lg,
            "OFFICER ACKNOWLEDGEMENT",
            "KENNTNISNAHME DER DIENSTANWEISUNG",
            "ÉMARGEMENT DES AGENTS",
        ),
        s.bold,
        12,
    )
    y += 20
    for ln in wrap(
        tr(
            lg,
            "I have read and understood these assignment instructions and will comply with them.",
            "Ich habe die Dienstanweisung gelesen und verstanden und verpflichte mich, sie "
            "einzuhalten.",
            "Je reconnais avoir pris connaissance des présentes consignes et m'engage à les "
            "respecter.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        ack.text(m, y, ln, s.font, s.size)
        y += s.size * 1.4
    y += 10
    cols = columns(m, w - m, [(2.5, "left"), (2.2, "left"), (2, "left"), (1.2, "left")])
    for c, tx in zip(
        cols,
        [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Licence no.", "Bewacher-ID", "N° carte pro."),
            tr(lg, "Signature", "Unterschrift", "Signature"),
            tr(lg, "Date", "Datum", "Date"),
        ],
        strict=True,
    ):
        cell(ack, c, y, tx, s.bold, 8)
    y += 6
    for j in range(16):
        ack.line(m, y, w - m, y)
        ack.line(m, y, m, y + 24)
        for c in cols[1:]:
            ack.line(c[0] - 2, y, c[0] - 2, y + 24)
        ack.line(w - m, y, w - m, y + 24)
        if j < len(site.officers):
            nm = site.officers[j]
            hand(ack, cols[0][0] + 2, y + 16, nm, 9, cols[0][1] - cols[0][0] - 4)
            hand(ack, cols[1][0] + 2, y + 16, licence_no(nm), 8, cols[1][1] - cols[1][0] - 4)
            scrawl(ack, cols[2][0] + 4, y + 17, nm, 10)
            hand(ack, cols[3][0] + 2, y + 16, short(d + timedelta(days=rng.randint(0, 9)), lg), 8)
        y += 24
    ack.line(m, y, w - m, y)
    pages = close(
        [cover, *body.pages, ack],
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if rng.random() < 0.7
        else "none",
        covers=1,
    )
    remember(site, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates ZZZZ: officers' licences, certificates, rosters and timesheets
# ---------------------------------------------------------------------------------------------


def officer_for(rng: random.Random, kinds: tuple[str, ...]) -> str:
    ex = LAST["extra"]
    if after(kinds) and isinstance(ex, str):
        return ex
    return rng.choice(officers())


def home_address(rng: random.Random, lg: str) -> list[str]:
    road = rng.choice(
        {
            "en": ["Elm Grove", "Station Road", "Victoria Street", "Belle Vue Road"],
            "de": ["Gartenstraße", "Wiesenweg", "Schillerstraße", "Am Anger"],
            "fr": ["rue des Lilas", "avenue de la Gare", "rue Pasteur", "allée des Peupliers"],
        }[lg]
    )
    no = rng.randint(2, 140)
    town = office_row()[2].split()[-1] if lg == "en" else office_row()[2]
    pc = serial(rng, "AA9 9AA") if lg == "en" else ""
    return [f"{road} {no}" if lg == "de" else f"{no} {road}", f"{town} {pc}".strip()]


def tpl_licence_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The regulator's notice about an officer's licence: the SIA's licence decision, the
    Ordnungsamt's result of the Bewacherregister reliability check, or the CNAPS notice of a
    carte professionnelle; sometimes the card notice or the fee and appeal notes on a second
    page, and the company's 'copy seen' stamp."""
    lg = home()
    h = make_head(
        SENDERS["regulator"][lg][int(OFFICE["row"]) % len(SENDERS["regulator"][lg])],
        lg,
        "regulator",
    )
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    name = officer_for(rng, ("qualification_certificate",))
    d = last_day(rng, ("qualification_certificate",), (10, 40))
    lic = licence_no(name)
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {lic}")
    to_company = lg == "de" or rng.random() < 0.3
    lines = office_lines() if to_company else [mx(name, lg), *home_address(rng, lg)]
    refs = [
        (
            tr(lg, "Our ref", "Aktenzeichen", "Réf."),
            serial(rng, {"en": "LIC/9999999", "de": "32-99/9999", "fr": "DT-9999-99999"}[lg]),
        )
    ]
    recipient(f, s, h, lines, d, refs)
    valid = d + timedelta(days=365 * (3 if lg == "en" else 5))
    if lg == "en":
        caption(
            f,
            s,
            rng.choice(
                [
                    "Your SIA licence application - decision",
                    "Licence granted: Security Guarding",
                    "Your licence renewal",
                ]
            ),
            1,
        )
        f.page.text(m, f.y, dear(lg, mx(name, lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            "We are pleased to tell you that we have granted your application for a front line "
            "licence. Your licence card will be sent to you separately; you must wear it where "
            "it can be seen whenever you are working.",
        )
        items = [
            ("Licence holder", name),
            ("Licence number", lic),
            (
                "Sector",
                rng.choice(
                    [
                        "Security Guarding",
                        "Door Supervision",
                        "Key Holding",
                        "Public Space Surveillance (CCTV)",
                    ]
                ),
            ),
            ("Role", "Front line"),
            ("Expiry date", short(valid, lg)),
        ]
    elif lg == "de":
        caption(
            f,
            s,
            "Bewacherregister - Ergebnis der Zuverlässigkeitsüberprüfung nach § 34a Abs. 1a GewO",
            0.5,
        )
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            "für den von Ihnen im Bewacherregister angemeldeten Wachmitarbeiter wurde die "
            "Zuverlässigkeit nach § 34a Abs. 1a Satz 2 GewO überprüft. Gegen die Beschäftigung "
            f"von {mx(name, lg).replace('Herr ', 'Herrn ')} bestehen keine Bedenken.",
        )
        items = [
            ("Name, Vorname", ", ".join(reversed(name.split(" ", 1)))),
            ("Bewacher-ID", lic),
            (
                "Geburtsdatum",
                short(date(rng.randint(1965, 2002), rng.randint(1, 12), rng.randint(1, 28)), lg),
            ),
            (
                "Tätigkeit",
                rng.choice(
                    ["Objektschutz", "Revierdienst", "Empfangsdienst", "Veranstaltungsschutz"]
                ),
            ),
            ("Ergebnis", "zuverlässig"),
            ("Nächste Regelüberprüfung", short(valid, lg)),
        ]
    else:
        caption(f, s, "Notification de délivrance de la carte professionnelle", 1)
        f.page.text(m, f.y, dear(lg, mx(name, lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            "Par décision de la commission locale d'agrément et de contrôle, une carte "
            "professionnelle vous est délivrée pour l'exercice de l'activité mentionnée "
            "ci-dessous, conformément à l'article L. 612-20 du code de la sécurité intérieure.",
        )
        items = [
            ("Titulaire", f"{name.split()[-1].upper()} {name.split()[0]}"),
            ("N° de carte professionnelle", lic),
            ("Activité", "Surveillance humaine ou gardiennage"),
            ("Date de délivrance", short(d, lg)),
            ("Valable jusqu'au", short(valid, lg)),
        ]
    f.need(len(items) * 16 + 20)
    top = f.y
    bottom = pairs(f.page, s, m + 8, top + 4, items, w - m - 8, s.size - 0.5)
    f.page.rect(m, top - 10, w - 2 * m, bottom - top + 4)
    f.y = bottom + 22
    write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    regards(
        f,
        s,
        lg,
        person(keyed(who, "sig"), lg),
        tr(
            lg,
            "Licensing Operations",
            "Sachbearbeitung Gewerbeangelegenheiten",
            "Pour le directeur, le délégué territorial",
        ),
    )
    pages = f.pages
    if rng.random() < 0.5:
        p2 = Page(A4)
        y = m
        if lg == "en":
            p2.text(m, y, "Your licence card", s.bold, 12)
            y += 24
            cw, chh = 243, 153
            p2.rect(m, y, cw, chh)
            photo(p2, m + 10, y + 12, 62, 78, rng)
            p2.text(m + 82, y + 22, "SIA  Security Guarding", s.bold, 9)
            p2.text(m + 82, y + 40, name.upper(), s.font, 8.5)
            p2.text(m + 82, y + 56, lic, "Courier", 8.5)
            p2.text(m + 82, y + 72, f"Expires {short(valid, lg)}", s.font, 8)
            y += chh + 24
            for ln in wrap(prose(rng, lg, "legal", 3, 5), s.font, s.size - 1, w - 2 * m):
                p2.text(m, y, ln, s.font, s.size - 1)
                y += s.size * 1.35
        else:
            p2.text(
                m,
                y,
                tr(
                    lg,
                    "",
                    "Kostenfestsetzung und Rechtsbehelfsbelehrung",
                    "Voies et délais de recours",
                ),
                s.bold,
                11,
            )
            y += 22
            if lg == "de":
                y = (
                    pairs(
                        p2,
                        s,
                        m,
                        y,
                        [
                            ("Verwaltungsgebühr (Tarif-Nr. 5.III.5/1)", cash(35.0, lg)),
                            ("Auslagen", cash(0.0, lg)),
                            ("Zahlbar bis", short(d + timedelta(days=30), lg)),
                        ],
                        w - m,
                    )
                    + 10
                )
            for ln in wrap(prose(rng, lg, "legal", 5, 9), s.font, s.size - 1, w - 2 * m):
                p2.text(m, y, ln, s.font, s.size - 1)
                y += s.size * 1.35
        pages.append(p2)
    pages = close(pages, s, h)
    if rng.random() < 0.5:
        stamp(
            pages[0],
            w - 200,
            hh - 190,
            [
                tr(lg, "COPY SEEN - ORIGINAL", "ORIGINAL GESEHEN", "VU ORIGINAL"),
                short(d + timedelta(days=rng.randint(2, 9)), lg),
                ops_manager().split()[-1][:14],
            ],
        )
    remember(None, d, name)
    return pages


UNITS = {
    "en": [
        "Principles of Working in the Private Security Industry",
        "Principles of Working as a Security Officer",
        "Application of Conflict Management in the Private Security Industry",
        "Emergency First Aid at Work",
        "Principles of Terror Threat Awareness",
    ],
    "de": [
        "Recht der öffentlichen Sicherheit und Ordnung",
        "Gewerberecht",
        "Datenschutzrecht",
        "Bürgerliches Gesetzbuch",
        "Straf- und Strafverfahrensrecht, Umgang mit Waffen",
        "Unfallverhütungsvorschrift Wach- und Sicherungsdienste",
        "Umgang mit Menschen",
        "Grundzüge der Sicherheitstechnik",
    ],
    "fr": [
        "Environnement juridique de la sécurité privée",
        "Gestion des conflits",
        "Prévention des risques incendie",
        "Palpation de sécurité et inspection des bagages",
        "Sauveteur secouriste du travail (SST)",
        "Sensibilisation au risque terroriste",
        "Surveillance par moyens électroniques",
    ],
}


def tpl_qualification_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """An awarding body's certificate for an officer (Level 2 Award, IHK Sachkundeprüfung
    § 34a GewO, CQP APS / SSIAP) inside a border, with signatures and seal; sometimes the
    record of achievement with the units on a portrait page behind."""
    h = head_of(who, "awarding")
    lg = h.lang
    size = A4L if keyed(who, "or").random() < 0.6 else A4
    w, hh = size
    name = rng.choice(officers())
    d = some_day(rng) - timedelta(days=rng.randint(5, 40))
    p = Page(size)
    p.rect(18, 18, w - 36, hh - 36)
    p.rect(24, 24, w - 48, hh - 48)
    p.rect(27, 27, w - 54, hh - 54)
    y = 70
    p.text(w / 2, y, h.name, h.bold, shrink(h.name, h.bold, 15, w - 120), "center")
    y += 50
    title = tr(lg, "Certificate", "Bescheinigung", "Certificat")
    p.text(w / 2, y, title, "Times-Bold", 34, "center")
    y += 36
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "This is to certify that",
            "über die Sachkundeprüfung nach § 34a Abs. 1 Satz 3 Nr. 3 GewO. Es wird "
            "bescheinigt, dass",
            "Nous certifions que",
        ),
        "Times-Italic",
        12,
        "center",
    )
    y += 42
    p.text(w / 2, y, name, "Times-Bold", 24, "center")
    y += 34
    qual = tr(
        lg,
        rng.choice(
            [
                "Highfield Level 2 Award for Security Officers in the Private Security Industry "
                "(RQF)",
                "Level 2 Award for Door Supervisors in the Private Security Industry",
                "Level 2 Award in CCTV Operations (Public Space Surveillance)",
            ]
        ),
        "die Prüfung vor der Industrie- und Handelskammer bestanden hat.",
        rng.choice(
            [
                "a obtenu le Certificat de Qualification Professionnelle Agent de Prévention et "
                "de Sécurité (CQP APS)",
                "a obtenu le diplôme SSIAP 1 - Agent de service de sécurité incendie",
            ]
        ),
    )
    for ln in wrap(qual, "Times-Roman", 13, w - 160):
        p.text(w / 2, y, ln, "Times-Roman", 13, "center")
        y += 17
    y += 16
    p.text(
        w / 2,
        y,
        tr(lg, "Date of award", "Prüfungsdatum", "Date d'obtention") + f": {day(h, d)}",
        "Times-Roman",
        11,
        "center",
    )
    cert = serial(rng, {"en": "9999999999/AA", "de": "SK-99-99999", "fr": "CQP-2099-99999"}[lg])
    p.text(
        w / 2,
        y + 16,
        f"{tr(lg, 'Certificate No.', 'Nr.', 'N°')} {cert}",
        "Times-Roman",
        10,
        "center",
    )
    yb = hh - 110
    for k, cap in enumerate(
        [
            tr(lg, "Chief Executive", "Hauptgeschäftsführer/in", "Le Directeur"),
            tr(lg, "Responsible Officer", "Prüfungsausschuss, Vorsitz", "Le Président du jury"),
        ]
    ):
        x = 90 + k * (w - 300)
        scrawl(p, x, yb, person(keyed(who, f"s{k}"), lg), 13)
        p.line(x, yb + 4, x + 150, yb + 4)
        p.text(x, yb + 16, cap, "Times-Roman", 9)
    seal(p, w / 2, yb - 10, 34, h.name.split(" - ")[0][:26], tr(lg, "AWARD", "IHK", "DIPLÔME"))
    if lg == "en":
        p.rect(w - 150, 46, 90, 30, fill=0.85)
        p.text(w - 105, 65, "Ofqual", "Helvetica-Bold", 11, "center")
        p.text(
            w / 2,
            hh - 40,
            f"Qualification number {serial(rng, '603/9999/9')}",
            "Helvetica",
            7,
            "center",
        )
    pages = [p]
    if rng.random() < 0.45:
        q = Page(A4)
        s2 = style_of(h, A4)
        m = s2.margin
        yy = heading(q, s2, h)
        q.text(
            m,
            yy,
            tr(
                lg,
                "Record of Achievement",
                "Ergebnisse der Prüfungsbereiche",
                "Relevé des modules validés",
            ),
            h.bold,
            13,
        )
        yy += 20
        yy = (
            pairs(
                q,
                s2,
                m,
                yy,
                [
                    (tr(lg, "Learner", "Prüfling", "Candidat"), name),
                    (tr(lg, "Certificate No.", "Bescheinigungs-Nr.", "N° de certificat"), cert),
                ],
                A4[0] * 0.7,
            )
            + 10
        )
        rows = UNITS[lg]
        cols = columns(m, A4[0] - m, [(0.6, "left"), (5, "left"), (1.2, "center"), (1.2, "left")])
        for c, tx in zip(
            cols,
            [
                "#",
                tr(lg, "Unit", "Prüfungsbereich", "Module"),
                tr(lg, "GLH", "Punkte", "Heures"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            strict=True,
        ):
            cell(q, c, yy, tx, h.bold, 8.5)
        yy += 6
        q.line(m, yy, A4[0] - m, yy)
        yy += 12
        for k, u in enumerate(rows):
            vals = [
                str(k + 1),
                u,
                str(rng.randint(6, 30)) if lg != "de" else str(rng.randint(5, 20)),
                tr(lg, "Pass", "bestanden", "Acquis"),
            ]
            for c, tx in zip(cols, vals, strict=True):
                cell(q, c, yy, tx, h.font, 8.5)
            yy += 15
        pages.append(q)
    remember(None, d, name)
    return pages


SHIFT_CODES = {
    "en": ("D", "N", "E", "L", "-", "H", "S"),
    "de": ("T", "N", "F", "S", "-", "U", "K"),
    "fr": ("J", "N", "M", "S", "-", "CP", "AM"),
}


def tpl_guard_roster(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's monthly duty roster on landscape A4: officers by day with shift codes,
    hand changes, hours and the legend; now and then a second page with the on-call key
    holding rota and the changes list."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4L, margin=34, pt=8)
    w, hh = A4L
    m = 34
    mo = month()
    ndays = ((mo.replace(day=28) + timedelta(days=4)).replace(day=1) - mo).days
    p = Page(A4L)
    p.text(m, 40, h.name, h.bold, 11)
    t = tr(lg, "DUTY ROSTER", "DIENSTPLAN", "PLANNING DE SERVICE")
    p.text(w / 2, 40, f"{t}  {MONTH_NAMES[lg][mo.month - 1]} {mo.year}", h.bold, 13, "center")
    p.text(
        w - m,
        40,
        f"{tr(lg, 'Issued', 'Stand', 'Édité le')}: "
        f"{short(mo - timedelta(days=rng.randint(3, 12)), lg)}",
        h.font,
        8,
        "right",
    )
    x0, y0 = m, 62
    name_w, tot_w = 118, 34
    cw = (w - 2 * m - name_w - tot_w) / ndays
    codes = SHIFT_CODES[lg]
    p.rect(x0, y0, w - 2 * m, 14, fill=0.85)
    p.text(x0 + 3, y0 + 10, tr(lg, "Officer", "Mitarbeiter", "Agent"), h.bold, 7.5)
    wd = tr(lg, "MTWTFSS", "MDMDFSS", "LMMJVSD")
    for k in range(ndays):
        dd = mo + timedelta(days=k)
        x = x0 + name_w + k * cw
        if dd.weekday() >= 5:
            p.rect(x, y0 + 14, cw, 21 * 13, fill=0.93)
        p.text(x + cw / 2, y0 + 6, wd[dd.weekday()], h.font, 5.5, "center")
        p.text(x + cw / 2, y0 + 12.5, str(k + 1), h.bold, 6.5, "center")
    p.text(w - m - 3, y0 + 10, tr(lg, "Hrs", "Std.", "H"), h.bold, 7.5, "right")
    y = y0 + 14
    names = officers()[: rng.randint(16, 20)]
    for nm in names:
        hrs = 0
        p.line(x0, y, w - m, y)
        p.text(x0 + 3, y + 9.5, fit(nm, h.font, 7.5, name_w - 6), h.font, 7.5)
        pattern = rng.choice([(0, 0, 0, 0, 4, 4, 4), (1, 1, 1, 4, 4, 4, 4), (2, 2, 3, 3, 4, 4, 0)])
        off = rng.randint(0, 6)
        leave = rng.randint(0, ndays) if rng.random() < 0.3 else -99
        for k in range(ndays):
            c = codes[pattern[(k + off) % 7]]
            if leave <= k < leave + rng.choice([3, 5, 7]):
                c = codes[5]
            elif rng.random() < 0.015:
                c = codes[6]
            x = x0 + name_w + k * cw
            if rng.random() < 0.02 and c != codes[4]:
                p.text(x + cw / 2, y + 9.5, c, h.font, 6.5, "center")
                p.line(x + 2, y + 11, x + cw - 2, y + 3)
                hand(p, x + 1, y + 12.5, codes[4], 6)
                continue
            p.text(x + cw / 2, y + 9.5, c, h.font, 6.5, "center")
            hrs += 12 if c in (codes[0], codes[1]) else 8 if c in (codes[2], codes[3]) else 0
        p.text(w - m - 3, y + 9.5, str(hrs), h.font, 7.5, "right")
        y += 13
    p.line(x0, y, w - m, y)
    for x in [x0, x0 + name_w, w - m - tot_w, w - m]:
        p.line(x, y0, x, y)
    for k in range(1, ndays):
        xx = x0 + name_w + k * cw
        p.line(xx, y0 + 14, xx, y)
    y += 16
    legend = tr(
        lg,
        "D = Day 06:00-18:00   N = Night 18:00-06:00   E = Early 06:00-14:00   L = Late "
        "14:00-22:00   H = Holiday   S = Sick   - = Rest day",
        "T = Tag 06-18 Uhr   N = Nacht 18-06 Uhr   F = Früh 06-14 Uhr   S = Spät 14-22 Uhr   U "
        "= Urlaub   K = krank   - = frei",
        "J = Jour 6h-18h   N = Nuit 18h-6h   M = Matin 6h-14h   S = Soir 14h-22h   CP = Congés "
        "payés   AM = Arrêt maladie   - = Repos",
    )
    p.text(m, y, fit(legend, h.font, 7, w - 2 * m), h.font, 7)
    y += 14
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Changes to be agreed with the operations manager. Swaps must be entered in the "
                "control room log.",
                "Änderungen nur nach Absprache mit der Einsatzleitung. Diensttausch ist im "
                "Wachbuch der Leitstelle einzutragen.",
                "Toute modification doit être validée par le responsable d'exploitation. Les "
                "échanges sont notés sur la main courante du PC.",
            ),
            h.font,
            7,
            w - 2 * m,
        ),
        h.font,
        7,
    )
    hand(
        p,
        w - m - 170,
        hh - 40,
        f"{tr(lg, 'approved', 'freigegeben', 'validé')} {ops_manager().split()[-1]}",
        9.5,
    )
    pages = [p]
    if rng.random() < 0.4:
        q = Page(A4L)
        q.text(
            m,
            40,
            tr(
                lg,
                "Key holding / alarm response on-call rota",
                "Rufbereitschaft Alarmverfolgung / Schlüsseldienst",
                "Astreinte intervention sur alarme",
            )
            + f" - {MONTH_NAMES[lg][mo.month - 1]} {mo.year}",
            h.bold,
            11,
        )
        fl = Sheets(A4L, hh - 40, lambda pg, n: 60.0)
        fl.page = q
        fl.pages = [q]
        fl.y = 62
        rows = []
        for k in range(0, ndays, 7):
            a, b = rng.sample(officers(), 2)
            rows.append(
                [
                    f"{short(mo + timedelta(days=k), lg)} - "
                    f"{short(mo + timedelta(days=min(k + 6, ndays - 1)), lg)}",
                    a,
                    b,
                    serial(
                        rng,
                        "07999 999999"
                        if lg == "en"
                        else "0171 9999999"
                        if lg == "de"
                        else "06 99 99 99 99",
                    ),
                    rng.choice(["PV 1", "PV 2", "PV 3"]),
                ]
            )
        table(
            fl,
            columns(
                m, w - m, [(2.4, "left"), (2, "left"), (2, "left"), (1.6, "left"), (1, "left")]
            ),
            [
                tr(lg, "Week", "Woche", "Semaine"),
                tr(lg, "Response officer", "Interventionskraft", "Agent d'intervention"),
                tr(lg, "Standby", "Vertretung", "Suppléant"),
                tr(lg, "Duty phone", "Diensthandy", "Téléphone"),
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
            ],
            rows,
            s,
            size=9,
            rules=True,
            step=2.2,
        )
        fl.y += 20
        fl.page.text(m, fl.y, tr(lg, "Changes", "Änderungen", "Modifications"), h.bold, 10)
        fl.y += 14
        for _ in range(rng.randint(2, 5)):
            hand(
                fl.page,
                m + 6,
                fl.y,
                fit(
                    f"{short(mo + timedelta(days=rng.randint(0, ndays - 1)), lg)} "
                    f"{words(rng, lg, 'duty', 6)}",
                    HAND,
                    9,
                    w - 2 * m - 20,
                ),
                9,
            )
            fl.y += 16
        pages.append(q)
    number_pages(pages, s, "{i}/{n}" if len(pages) > 1 else "none", "br", bottom=22)
    return pages


def tpl_hours_signoff(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's weekly site timesheet: officers, start, finish, breaks and hours per day
    by hand, the officer's initials, and the client's site manager's confirmation with
    signature and stamp. A run covers consecutive weeks of one site."""
    site = site_for(rng, (), who)
    h = office_head()
    lg = h.lang
    size = A4 if keyed(who, "or").random() < 0.7 else A4L
    s = style_of(h, size, margin=40, pt=8.5)
    w, hh = size
    m = 40
    ex = LAST["extra"]
    if after(("hours_signoff",)) and isinstance(ex, tuple) and ex[0] == site.ref:
        start = ex[1] + timedelta(days=7)
    else:
        start = month() + timedelta(days=(7 - month().weekday()) % 7)
    ch = client_head(site)
    p = Page(size)
    p.text(m, 44, h.name, h.bold, 10)
    p.text(
        w - m,
        44,
        tr(lg, "WEEKLY TIMESHEET", "STUNDENNACHWEIS", "FEUILLE D'HEURES HEBDOMADAIRE"),
        h.bold,
        13,
        "right",
    )
    y = fields(
        p,
        s,
        m,
        58,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), ch.name),
            (tr(lg, "Site", "Objekt", "Site"), site.name),
            (tr(lg, "Week commencing", "Woche ab", "Semaine du"), short(start, lg)),
            (tr(lg, "Contract No.", "Vertrags-Nr.", "N° contrat"), site.ref),
        ],
        per=2,
        tall=24,
    )
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (2.6, "left"),
            (0.9, "center"),
            (0.9, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (1.4, "left"),
        ],
    )
    hdr = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Officer", "Mitarbeiter", "Agent"),
        tr(lg, "Start", "Beginn", "Début"),
        tr(lg, "Finish", "Ende", "Fin"),
        tr(lg, "Break", "Pause", "Pause"),
        tr(lg, "Hours", "Std.", "Heures"),
        tr(lg, "Initials", "Kürzel", "Visa"),
    ]
    p.rect(m, y - 2, w - 2 * m, 14, fill=0.85)
    for c, t in zip(cols, hdr, strict=True):
        cell(p, c, y + 8, t, h.bold, 7.5)
    y += 12
    total = 0.0
    rows_max = 18 if size == A4 else 12
    n = 0
    for k in range(7):
        dd = start + timedelta(days=k)
        for nm in rng.sample(site.officers, min(len(site.officers), rng.choice([1, 1, 2]))):
            if n >= rows_max:
                break
            st = rng.choice([6 * 60, 18 * 60, 19 * 60, 7 * 60]) + rng.choice([0, 0, 0, 5, -5, 15])
            dur = rng.choice([8 * 60, 12 * 60, 12 * 60, 10 * 60])
            brk = rng.choice([0, 30, 45, 60])
            hrs = (dur - brk) / 60
            total += hrs
            y += 17
            p.line(m, y + 4, w - m, y + 4)
            vals = [short(dd, lg)[:5], nm, hhmm(st), hhmm(st + dur), str(brk), hours_txt(hrs, lg)]
            for c, t in zip(cols[:6], vals, strict=True):
                cell(p, c, y, t, HAND, 8.5)
            initials = "".join(x[0] for x in nm.split())
            p.text(cols[6][0] + 4, y, initials, INK, 10)
            n += 1
    for _ in range(rows_max - n):
        y += 17
        p.line(m, y + 4, w - m, y + 4)
    for c in cols[1:]:
        p.line(c[0] - 3, y - 17 * rows_max - 8, c[0] - 3, y + 4)
    y += 20
    p.text(cols[4][0], y, tr(lg, "Total", "Summe", "Total"), h.bold, 9)
    hand(p, cols[5][0] + 4, y, hours_txt(total, lg), 10)
    y += 26
    p.text(
        m,
        y,
        tr(
            lg,
            "Client confirmation: I confirm that the above hours were worked.",
            "Bestätigung des Auftraggebers: Die obigen Stunden wurden geleistet.",
            "Visa du client : je certifie l'exactitude des heures ci-dessus.",
        ),
        h.font,
        8.5,
    )
    y += 34
    mgr = person(keyed(who, "mgr"), site.lang)
    hand(p, m, y, mgr, 10)
    p.line(m, y + 4, m + 150, y + 4)
    p.text(m, y + 14, tr(lg, "Name", "Name", "Nom"), h.font, 7)
    if rng.random() < 0.85:
        scrawl(p, m + 190, y, mgr, 12)
    p.line(m + 180, y + 4, m + 330, y + 4)
    p.text(m + 180, y + 14, tr(lg, "Signature", "Unterschrift", "Signature"), h.font, 7)
    if rng.random() < 0.5:
        company_stamp(p, w - m - 200, y - 30, ch)
    if size == A4:
        p.text(
            m,
            hh - 30,
            tr(
                lg,
                "White copy: client - Yellow: office - Pink: site file",
                "Original: Auftraggeber - Kopie: Büro",
                "Original : client - Copie : bureau",
            ),
            h.font,
            6.5,
        )
    remember(site, start + timedelta(days=7), (site.ref, start))
    return [p]


DOB_LINES = {
    "en": [
        "On duty, took over from {o}. Keys {k} sets checked, radio checked OK.",
        "Patrol of perimeter complete, all secure.",
        "Delivery driver arrived, sent to goods in, vehicle reg {r}.",
        "Fire alarm panel checked - normal.",
        "Contractor {c} signed in for {w}.",
        "Lights out in yard area, reported to facilities by e-mail.",
        "Intruder alarm set, code {n}.",
        "Handed over to {o}. Nothing further to report.",
    ],
    "de": [
        "Dienstbeginn, Übergabe von {o}. Schlüssel {k} Bund vollständig, Funkprobe i.O.",
        "Kontrollgang Außengelände, keine Vorkommnisse.",
        "Anlieferung Spedition, Kennz. {r}, an Tor 5 verwiesen.",
        "BMZ geprüft - Normalbetrieb.",
        "Fremdfirma {c} angemeldet für {w}.",
        "Beleuchtung Hof ausgefallen, Meldung an Haustechnik.",
        "EMA scharf geschaltet.",
        "Übergabe an {o}. Keine besonderen Vorkommnisse.",
    ],
    "fr": [
        "Prise de poste, relève de {o}. Clés {k} trousseaux vérifiés, essai radio OK.",
        "Ronde extérieure effectuée, RAS.",
        "Livraison transporteur, immat. {r}, orienté quai 4.",
        "Contrôle SSI - fonctionnement normal.",
        "Entreprise {c} enregistrée pour {w}.",
        "Éclairage parking HS, signalé aux services généraux.",
        "Mise en service alarme intrusion.",
        "Relève par {o}. RAS.",
    ],
}


def tpl_occurrence_log(rng: random.Random, who: Issuer) -> list[Page]:
    """Photocopied pages of a site's daily occurrence book (Wachbuch, main courante): the
    printed ruled page with site, date and page number, entries by hand with times and
    initials; the copies of one site's book sent in together."""
    site = site_for(rng, (), who)
    lg = home()
    size = A4
    w, hh = size
    m = 44
    no = rng.randint(12, 180)
    d = some_day(rng)
    pages = []
    for k in range(rng.randint(2, 4)):
        p = Page(size)
        copier_edge(p, rng)
        p.text(
            m + 10,
            50,
            tr(lg, "DAILY OCCURRENCE BOOK", "WACHBUCH", "MAIN COURANTE"),
            "Helvetica-Bold",
            12,
        )
        p.text(
            w - m,
            50,
            f"{tr(lg, 'Page No.', 'Blatt', 'Folio')} {no + k:03d}",
            "Helvetica",
            9,
            "right",
        )
        p.text(m + 10, 68, tr(lg, "Site:", "Objekt:", "Site :"), "Helvetica", 8)
        hand(p, m + 45, 68, site.name, 9.5)
        p.text(w / 2 + 40, 68, tr(lg, "Date:", "Datum:", "Date :"), "Helvetica", 8)
        hand(p, w / 2 + 75, 68, short(d + timedelta(days=k), lg), 9.5)
        y = 84
        p.rect(m + 10, y, w - 2 * m - 10, hh - y - 50)
        p.line(m + 60, y, m + 60, hh - 50)
        p.line(w - m - 50, y, w - m - 50, hh - 50)
        p.text(m + 14, y + 10, tr(lg, "Time", "Zeit", "Heure"), "Helvetica-Bold", 7.5)
        p.text(
            m + 66, y + 10, tr(lg, "Occurrence", "Vorkommnis", "Événement"), "Helvetica-Bold", 7.5
        )
        p.text(w - m - 46, y + 10, tr(lg, "Sign", "Hz.", "Visa"), "Helvetica-Bold", 7.5)
        yy = y + 14
        while yy < hh - 60:
            p.line(m + 10, yy, w - m, yy)
            yy += 17
        t = rng.choice([18 * 60, 19 * 60, 6 * 60])
        yy = y + 28
        who_on = rng.choice(site.officers)
        t_end = t + 12 * 60
        first = True
        stop = hh - 80 - rng.randint(0, 300)
        while yy < stop:
            last = t > t_end - 40 or yy > stop - 40
            pick = DOB_LINES[lg][0] if first else DOB_LINES[lg][-1] if last else ""
            first = False
            txt = (pick or rng.choice(DOB_LINES[lg][1:-1])).format(
                o=rng.choice(officers()).split()[-1],
                k=rng.randint(4, 16),
                r=serial(
                    rng, "AA99 AAA" if lg == "en" else "N-AA 999" if lg == "de" else "AA-999-AA"
                ),
                c=rng.choice(["Kone", "Otis", "Chubb", "Engie", "Dalkia", "Bilfinger"]),
                w=words(rng, lg, "duty", 3)[:-1].lower(),
                n=rng.randint(1, 9),
            )
            lines = wrap(txt, HAND, 9, w - 2 * m - 130)
            hand(p, m + 14, yy - 3, hhmm(t), 9)
            for ln in lines:
                if yy > hh - 62:
                    break
                hand(p, m + 66, yy - 3, ln, 9)
                yy += 17
            p.text(w - m - 44, yy - 20, "".join(x[0] for x in who_on.split()), INK, 10)
            t += rng.randint(15, 75)
            if last:
                break
        pages.append(p)
    remember(site, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates ZZZZ: patrols, incidents, alarms and keys
# ---------------------------------------------------------------------------------------------


def tpl_patrol_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A mobile patrol report printed from the guard tour system for one client and one week:
    the visits with arrival, departure, officer and checkpoints scanned, then the checkpoint
    detail of each visit; running header and 'Page i/n' on every page."""
    site = site_for(rng, (), who)
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    s = Style("Helvetica", "Helvetica-Bold", 8.5, 40, "none", "bottom", A4, h.dates)
    w, hh = A4
    m = 40
    ch = client_head(site)
    ex = LAST["extra"]
    if after(("patrol_report",)) and isinstance(ex, tuple) and ex[0] == site.ref:
        start = ex[1] + timedelta(days=7)
    else:
        start = month() + timedelta(days=rng.randint(0, 20))
    end = start + timedelta(days=6)
    system = rng.choice(["GuardTour Pro", "TrackTik", "Patrol Manager 5", "SiteLog"])
    what = tr(lg, "Patrol report", "Revierbericht", "Rapport de rondes")
    header = f"{system} - {what} - {ch.name} - {short(start, lg)} - {short(end, lg)}"

    def start_page(p: Page, n: int) -> float:
        if n == 1:
            p.text(m, 40, system, "Helvetica-Bold", 14)
            p.text(w - m, 40, h.name, "Helvetica", 8, "right")
            p.line(m, 48, w - m, 48)
            return 66.0
        return running_header(p, s, header) + 4

    f = Sheets(A4, hh - 50, start_page)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Mobile patrol report",
            "Revierdienst - Kontrollbericht",
            "Rapport de rondes mobiles",
        ),
        "Helvetica-Bold",
        12,
    )
    f.y += 18
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Customer", "Kunde", "Client"), ch.name),
                (tr(lg, "Site", "Objekt", "Site"), site.name),
                (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start, lg)} - {short(end, lg)}"),
                (
                    tr(lg, "Printed", "Gedruckt", "Imprimé le"),
                    f"{short(end + timedelta(days=1), lg)} {hhmm(rng.randint(400, 700))}",
                ),
            ],
            w * 0.6,
        )
        + 10
    )
    cps = rng.randint(5, 10)
    visits = []
    for k in range(7):
        for _ in range(rng.choice([2, 3, 3])):
            a = rng.randint(19 * 60, 29 * 60)
            visits.append(
                (
                    start + timedelta(days=k),
                    a,
                    a + rng.randint(8, 25),
                    rng.choice(site.officers),
                    cps - (1 if rng.random() < 0.12 else 0),
                )
            )
    rows = [
        [
            short(d, lg),
            hhmm(a),
            hhmm(b),
            nm,
            f"{c}/{cps}",
            tr(
                lg,
                "Missed tag" if c < cps else "OK",
                "Punkt fehlt" if c < cps else "i.O.",
                "Point manqué" if c < cps else "OK",
            ),
        ]
        for d, a, b, nm, c in visits
    ]
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (0.8, "left"),
                (0.8, "left"),
                (2.4, "left"),
                (0.8, "center"),
                (1.4, "left"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Arrive", "Ankunft", "Arrivée"),
            tr(lg, "Depart", "Abfahrt", "Départ"),
            tr(lg, "Officer", "Mitarbeiter", "Agent"),
            tr(lg, "Tags", "Punkte", "Points"),
            tr(lg, "Status", "Status", "Statut"),
        ],
        rows,
        s,
        size=8,
        shade=0.88,
        step=1.55,
    )
    if rng.random() < 0.7:
        f.heading(
            m,
            tr(
                lg,
                "Checkpoint detail",
                "Kontrollpunkte im Einzelnen",
                "Détail des points de contrôle",
            ),
            "Helvetica-Bold",
            10,
        )
        names = [words(rng, lg, "duty", 3)[:-1] for _ in range(cps)]
        for d, a, _b, nm, c in visits[: rng.randint(3, len(visits))]:
            f.need(60)
            f.page.text(m, f.y, f"{short(d, lg)} {hhmm(a)} - {nm}", "Helvetica-Bold", 8)
            f.y += 11
            for j in range(c):
                f.need(10)
                f.page.text(m + 14, f.y, f"CP{j + 1:02d}", "Courier", 7.5)
                f.page.text(m + 60, f.y, fit(names[j], "Helvetica", 7.5, 260), "Helvetica", 7.5)
                f.page.text(m + 340, f.y, hhmm(a + j * 2 + rng.randint(0, 1)), "Courier", 7.5)
                f.page.text(m + 390, f.y, "NFC", "Helvetica", 7)
                f.y += 9.5
            f.y += 5
    number_pages(f.pages, s, "Page {i}/{n}" if lg != "de" else "Seite {i}/{n}", "br", bottom=26)
    remember(site, end, (site.ref, start))
    return f.pages


INCIDENT_TYPES = {
    "en": [
        "Theft",
        "Criminal damage",
        "Trespass",
        "Suspicious activity",
        "Fire alarm",
        "Injury / first aid",
        "Anti-social behaviour",
        "Other",
    ],
    "de": [
        "Diebstahl",
        "Sachbeschädigung",
        "Hausfriedensbruch",
        "Verdächtige Person",
        "Brandalarm",
        "Verletzung / Erste Hilfe",
        "Belästigung",
        "Sonstiges",
    ],
    "fr": [
        "Vol",
        "Dégradation",
        "Intrusion",
        "Comportement suspect",
        "Alarme incendie",
        "Blessure / secours",
        "Incivilités",
        "Autre",
    ],
}


def tpl_security_incident(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's incident report form: the report grid, incident type ticks, police and
    crime reference, the narrative by hand or typed, action taken and the supervisor's
    review; a continuation sheet or a page of CCTV stills behind it now and then."""
    site = site_for(rng, ("alarm_activation",), who)
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=9)
    w, _ = A4
    m = 44
    d = last_day(rng, ("alarm_activation",), (0, 1))
    ex = LAST["extra"]
    officer = (
        ex if after(("alarm_activation",)) and isinstance(ex, str) else rng.choice(site.officers)
    )
    ch = client_head(site)
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        w / 2,
        y,
        tr(lg, "INCIDENT REPORT", "EREIGNISMELDUNG", "RAPPORT D'INCIDENT"),
        h.bold,
        14,
        "center",
    )
    y += 18
    no = serial(rng, "IR-99999")
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Report No.", "Meldungs-Nr.", "N° rapport"), no),
            (
                tr(lg, "Date / time of incident", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)}  {hhmm(rng.randint(0, 1439))}",
            ),
            (
                tr(lg, "Client / site", "Kunde / Objekt", "Client / site"),
                f"{ch.name[:24]} / {site.name}",
            ),
            (tr(lg, "Exact location", "Ort", "Lieu précis"), words(rng, lg, "duty", 3)[:-1]),
            (tr(lg, "Reporting officer", "Meldender Mitarbeiter", "Agent rédacteur"), officer),
            (tr(lg, "Licence No.", "Bewacher-ID", "N° carte pro."), licence_no(officer)),
        ],
    )
    y = band(p, s, y, tr(lg, "Type of incident", "Art des Ereignisses", "Nature de l'incident")) + 4
    y = ticks(p, s, m + 4, y + 4, w - 2 * m - 8, INCIDENT_TYPES[lg], {rng.randrange(8)})
    police = rng.random() < 0.45
    p.text(
        m + 4,
        y + 4,
        tr(lg, "Police informed?", "Polizei verständigt?", "Police prévenue ?"),
        h.font,
        8,
    )
    y = ticks(p, s, m + 120, y + 4, 120, yes_no(lg), {0 if police else 1})
    if police:
        p.text(m + 260, y - 14, tr(lg, "Crime ref.:", "Vorgangs-Nr.:", "N° PV :"), h.font, 8)
        hand(
            p,
            m + 320,
            y - 14,
            serial(
                rng,
                "99/99999/25" if lg == "en" else "ST/9999999/2025" if lg == "de" else "2025/999999",
            ),
            9,
        )
    y = (
        band(p, s, y + 4, tr(lg, "Account of the incident", "Sachverhalt", "Description des faits"))
        + 6
    )
    typed = rng.random() < 0.4
    text = prose(rng, lg, "incident", 4, 8)
    width = w - 2 * m - 10
    lines = wrap(text, s.font if typed else HAND, 9, width)
    over = []
    for k in range(14):
        p.line(m + 4, y + 4, w - m - 4, y + 4)
        if k < len(lines):
            p.text(m + 6, y, lines[k], s.font if typed else HAND, 9)
        y += 16
    over = lines[14:]
    y = band(p, s, y + 6, tr(lg, "Action taken", "Getroffene Maßnahmen", "Mesures prises")) + 6
    for ln in wrap(words(rng, lg, "incident", 14), HAND, 9, width)[:3]:
        hand(p, m + 6, y + 4, ln, 9)
        y += 15
    y += 10
    sign_block(p, s, m, y, 160, tr(lg, "Officer", "Mitarbeiter", "Agent"), officer, True)
    sign_block(
        p,
        s,
        w / 2,
        y,
        160,
        tr(lg, "Reviewed by (supervisor)", "Geprüft (Einsatzleitung)", "Visa du responsable"),
        ops_manager(),
        rng.random() < 0.7,
    )
    pages = [p]
    if over or rng.random() < 0.25:
        q = Page(A4)
        q.text(
            m, 50, tr(lg, "CONTINUATION SHEET", "FORTSETZUNGSBLATT", "FEUILLE DE SUITE"), h.bold, 11
        )
        q.text(
            w - m,
            50,
            f"{tr(lg, 'Report No.', 'Meldungs-Nr.', 'N° rapport')} {no}",
            h.font,
            8,
            "right",
        )
        yy = 80.0
        rest = over or wrap(prose(rng, lg, "incident", 2, 4), HAND, 9, width)
        for k in range(40):
            q.line(m, yy + 4, w - m, yy + 4)
            if k < len(rest):
                q.text(m + 4, yy, rest[k], s.font if typed else HAND, 9)
            yy += 17
        pages.append(q)
    if rng.random() < 0.35:
        q = Page(A4)
        q.text(
            m,
            50,
            tr(lg, "CCTV stills", "Standbilder Videoaufzeichnung", "Captures vidéo"),
            h.bold,
            11,
        )
        for k in range(rng.choice([2, 4])):
            x = m + (k % 2) * ((w - 2 * m) / 2 + 6)
            yy = 70 + (k // 2) * 250
            photo(q, x, yy, (w - 2 * m) / 2 - 6, 200, rng)
            q.text(
                x + 4,
                yy + 12,
                f"CAM {rng.randint(1, 16):02d}  {short(d, lg)} "
                f"{hhmm(rng.randint(0, 1439))}:{rng.randint(0, 59):02d}",
                "Courier-Bold",
                8,
            )
            q.text(x, yy + 214, words(rng, lg, "incident", 5), h.font, 8)
        pages.append(q)
    pages = close(pages, s, h, numbers="none")
    remember(site, d)
    return pages


def tpl_alarm_activation(rng: random.Random, who: Issuer) -> list[Page]:
    """An alarm response report on A5: the alarm receiving centre's reference, signal type,
    times received, on site and cleared, areas checked by tick, premises secure, reset and
    the response officer's signature."""
    site = site_for(rng, (), who)
    h = office_head()
    lg = h.lang
    size = A5 if keyed(who, "sz").random() < 0.7 else A4
    s = style_of(h, size, margin=30 if size == A5 else 44, pt=8)
    w, _ = size
    m = s.margin
    ch = client_head(site)
    d = some_day(rng)
    officer = rng.choice(officers())
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "ALARM RESPONSE REPORT",
            "ALARMVERFOLGUNG - EINSATZBERICHT",
            "RAPPORT D'INTERVENTION SUR ALARME",
        ),
        h.bold,
        11,
        "center",
    )
    y += 14
    t0 = rng.randint(0, 1439)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Kunde", "Client"), ch.name),
            (
                tr(lg, "ARC ref.", "NSL-Ereignis-Nr.", "Réf. télésurveilleur"),
                serial(rng, "9999999"),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Key tag", "Schlüssel-Nr.", "N° clé"), serial(keyed(who, "tag"), "K-999")),
            (tr(lg, "Signal received", "Alarm eingegangen", "Alarme reçue"), hhmm(t0)),
            (tr(lg, "On site", "Vor Ort", "Sur site"), hhmm(t0 + rng.randint(12, 38))),
            (tr(lg, "Cleared", "Beendet", "Fin d'intervention"), hhmm(t0 + rng.randint(45, 110))),
            (tr(lg, "Response officer", "Interventionskraft", "Agent"), officer),
        ],
        per=2,
        tall=22,
    )
    p.text(m, y, tr(lg, "Signal type", "Alarmart", "Type d'alarme"), h.bold, 8)
    y = ticks(
        p,
        s,
        m,
        y + 12,
        w - 2 * m,
        tr(
            lg,
            "Intruder|Hold-up/PA|Fire|Tamper|Set fail|Power",
            "Einbruch|Überfall|Brand|Sabotage|Scharfschaltung|Netz",
            "Intrusion|Agression|Incendie|Autoprotection|Défaut MES|Secteur",
        ).split("|"),
        {rng.choice([0, 0, 0, 2, 3, 4])},
        pt=7,
    )
    p.text(m, y, tr(lg, "Areas checked", "Kontrollierte Bereiche", "Zones vérifiées"), h.bold, 8)
    y = ticks(
        p,
        s,
        m,
        y + 12,
        w - 2 * m,
        tr(
            lg,
            "Perimeter|Doors|Windows|Roof|Internal|Yard",
            "Außenhaut|Türen|Fenster|Dach|Innen|Hof",
            "Périmètre|Portes|Fenêtres|Toiture|Intérieur|Cour",
        ).split("|"),
        set(rng.sample(range(6), rng.randint(2, 6))),
        pt=7,
    )
    secure = rng.random() < 0.8
    p.text(
        m,
        y,
        tr(
            lg,
            "Premises secure on departure",
            "Objekt bei Abfahrt gesichert",
            "Site sécurisé au départ",
        ),
        h.font,
        8,
    )
    y = ticks(p, s, m + 150, y, 100, yes_no(lg), {0 if secure else 1}, pt=7)
    p.text(m, y, tr(lg, "Observations", "Feststellungen", "Observations"), h.bold, 8)
    y += 12
    for ln in wrap(words(rng, lg, "incident", rng.randint(10, 26)), HAND, 8.5, w - 2 * m)[:4]:
        hand(p, m, y, ln, 8.5)
        p.line(m, y + 3, w - m, y + 3)
        y += 13
    y += 8
    sign_block(p, s, m, y, 120, tr(lg, "Officer", "Mitarbeiter", "Agent"), officer, True)
    if rng.random() < 0.5:
        sign_block(
            p,
            s,
            w / 2 + 10,
            y,
            110,
            tr(lg, "Keyholder / client", "Kunde", "Client"),
            person(rng, site.lang),
            True,
        )
    remember(site, d, officer)
    return [p]


KEY_TERMS = {
    "en": [
        "Keys and codes",
        "Alarm response",
        "Attendance times",
        "Charges",
        "Client obligations",
        "Limitation of liability",
        "Termination",
        "Data protection",
    ],
    "de": [
        "Schlüssel und Codes",
        "Alarmverfolgung",
        "Interventionszeiten",
        "Vergütung",
        "Pflichten des Kunden",
        "Haftung",
        "Kündigung",
        "Datenschutz",
    ],
    "fr": [
        "Clés et codes",
        "Levée de doute",
        "Délais d'intervention",
        "Tarifs",
        "Obligations du client",
        "Responsabilité",
        "Résiliation",
        "Données personnelles",
    ],
}


def key_rows(rng: random.Random, lg: str) -> list[list[str]]:
    items = tr(
        lg,
        "Front door|Rear fire exit|Roller shutter (key switch)|Alarm fob|Gate padlock|Office "
        "suite|Plant room",
        "Haupteingang|Notausgang hinten|Rolltor Schlüsselschalter|EMA-Transponder|Tor "
        "Vorhängeschloss|Büroetage|Technikraum",
        "Porte principale|Issue de secours|Rideau métallique (contacteur)|Badge alarme|Cadenas "
        "portail|Bureaux|Local technique",
    ).split("|")
    return [
        [f"{k + 1}", it, str(rng.choice([1, 1, 2])), serial(rng, "AA-999")]
        for k, it in enumerate(rng.sample(items, rng.randint(3, 6)))
    ]


def tpl_keyholding_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's key holding and alarm response agreement with a client: client and
    premises fields, services by tick, charges, the key schedule, a terms page in small
    print and the two signatures."""
    site = a_site(keyed(who, "site"), client_of(who))
    h = office_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    ch = client_head(site)
    d = some_day(rng)
    f = sheets(
        s,
        h,
        tr(
            lg,
            "Key holding agreement",
            "Schlüsselverwahrungsvertrag",
            "Contrat de détention de clés",
        )
        + f" - {ch.name}",
    )
    title_line(
        f,
        s,
        tr(
            lg,
            "KEY HOLDING AND ALARM RESPONSE AGREEMENT",
            "VERTRAG ÜBER SCHLÜSSELVERWAHRUNG UND ALARMVERFOLGUNG",
            "CONTRAT DE DÉTENTION DE CLÉS ET D'INTERVENTION SUR ALARME",
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
            (tr(lg, "Client", "Kunde", "Client"), ch.name),
            (tr(lg, "Premises", "Objekt", "Site"), f"{ch.street}, {ch.town}"),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), person(keyed(who, "c"), site.lang)),
            (
                tr(lg, "Alarm company / ARC", "Errichter / NSL", "Télésurveilleur"),
                rng.choice(
                    [
                        "Chubb Fire & Security",
                        "ADT",
                        "Securitas Direct",
                        "Bosch Sicherheitssysteme",
                        "Verisure",
                        "Protection 24",
                    ]
                ),
            ),
            (tr(lg, "Agreement No.", "Vertrags-Nr.", "N° contrat"), serial(rng, "KH-9999")),
            (tr(lg, "Start date", "Beginn", "Date d'effet"), short(d + timedelta(days=7), lg)),
        ],
        hand=rng.random() < 0.5,
    )
    f.page.text(m, f.y, tr(lg, "Services", "Leistungen", "Prestations"), s.bold, s.size)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 14,
        w - 2 * m,
        tr(
            lg,
            "Key holding|Alarm response|Lock / unlock|Void property checks|Escort of contractors",
            "Schlüsselverwahrung|Alarmverfolgung|Öffnen / "
            "Schließen|Leerstandskontrolle|Begleitung Fremdfirmen",
            "Détention des clés|Intervention sur alarme|Ouverture / fermeture|Contrôle de "
            "locaux vides|Accompagnement d'entreprises",
        ).split("|"),
        set(rng.sample(range(5), rng.randint(2, 4))),
    )
    rows = [
        [
            tr(
                lg,
                "Annual key holding fee",
                "Jahrespauschale Schlüsselverwahrung",
                "Forfait annuel détention de clés",
            ),
            cash(rng.choice([180.0, 240.0, 300.0, 360.0]), lg),
        ],
        [
            tr(
                lg,
                "Alarm response per attendance (first hour)",
                "Alarmverfolgung je Einsatz (1. Std.)",
                "Intervention (1re heure)",
            ),
            cash(rng.choice([45.0, 55.0, 65.0, 79.0]), lg),
        ],
        [
            tr(
                lg,
                "Each further 30 minutes",
                "jede weitere halbe Stunde",
                "Par demi-heure supplémentaire",
            ),
            cash(rng.choice([12.5, 15.0, 18.0]), lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.5, "right")]),
        [tr(lg, "Charges (excl. VAT)", "Preise (netto)", "Tarifs HT"), ""],
        rows,
        s,
        rules=True,
    )
    f.heading(
        m, tr(lg, "Key schedule", "Schlüsselverzeichnis", "Inventaire des clés"), s.bold, s.size + 1
    )
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (4, "left"), (0.8, "center"), (1.5, "left")]),
        [
            "#",
            tr(lg, "Key / door", "Schlüssel / Tür", "Clé / porte"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Tag No.", "Anhänger", "N° étiquette"),
        ],
        key_rows(rng, lg),
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Keys are held coded, without the client's address, in our monitored key safe. "
            "Alarm codes are not recorded on this form.",
            "Die Schlüssel werden codiert, ohne Anschrift, im überwachten Schlüsseltresor "
            "verwahrt. Alarmcodes werden nicht auf diesem Formular vermerkt.",
            "Les clés sont conservées codées, sans adresse, dans notre coffre sécurisé. Les "
            "codes d'alarme ne figurent pas sur ce document.",
        ),
        s.size - 1,
    )
    pages = list(f.pages)
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Terms and conditions of key holding",
                "Allgemeine Geschäftsbedingungen Schlüsselverwahrung",
                "Conditions générales",
            ),
            KEY_TERMS[lg],
        )
    )
    sigp = pages[-1]
    y = hh - 150
    for k, nm in enumerate([director(), person(keyed(who, "c"), site.lang)]):
        x = 44 + k * (w - 88) / 2
        sign_block(
            sigp,
            s,
            x,
            y,
            180,
            tr(
                lg,
                "For the Company" if k == 0 else "For the Client",
                "Auftragnehmer" if k == 0 else "Kunde",
                "Le Prestataire" if k == 0 else "Le Client",
            ),
            nm,
            k == 0 or rng.random() < 0.8,
        )
    pages = close(pages, s, h)
    remember(site, d, key_rows(random.Random(zlib.crc32(site.ref.encode())), lg))
    return pages


def tpl_key_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A key receipt on a slip, A5 landscape or A4: the keys handed over with tag numbers and
    quantities, handed over by / received by with signatures, date and time."""
    site = site_for(rng, ("keyholding_agreement",), who)
    h = office_head()
    lg = h.lang
    size = keyed(who, "sz").choice([SLIP, A5L, A5L, A4])
    s = style_of(h, size, margin=24 if size == SLIP else 34, pt=8)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("keyholding_agreement",), (3, 12))
    ch = client_head(site)
    p = Page(size)
    y = heading(p, s, h)
    no = serial(rng, "999999")
    p.text(
        m,
        y,
        tr(lg, "KEY RECEIPT", "SCHLÜSSELÜBERGABEPROTOKOLL", "REÇU DE REMISE DE CLÉS"),
        h.bold,
        11 if size != SLIP else 9.5,
    )
    p.text(w - m, y, f"No. {no}", "Courier-Bold", 9, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Kunde", "Client"), ch.name),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {hhmm(rng.randint(480, 1080))}",
            ),
        ],
        per=1 if size == SLIP else 2,
        tall=22,
    )
    ex = LAST["extra"]
    rows = ex if after(("keyholding_agreement",)) and isinstance(ex, list) else key_rows(rng, lg)
    fl = Flow(size, hh - 20, lambda pg, n: 30.0)
    fl.page, fl.pages, fl.y = p, [p], y
    table(
        fl,
        columns(m, w - m, [(0.4, "left"), (3, "left"), (0.6, "center"), (1.2, "left")]),
        [
            "#",
            tr(lg, "Key", "Schlüssel", "Clé"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Tag", "Nr.", "Étiq."),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
    )
    y = fl.y + 6
    pp = fl.pages[-1]
    half = (w - 2 * m) / (1 if size == SLIP else 2)
    for k, (cap, nm) in enumerate(
        [
            (
                tr(lg, "Handed over by", "Übergeben", "Remis par"),
                person(keyed(who, "c"), site.lang),
            ),
            (tr(lg, "Received by", "Übernommen", "Reçu par"), rng.choice(officers())),
        ]
    ):
        x = m + (0 if size == SLIP else k * half)
        yy = y + (k * 56 if size == SLIP else 0)
        sign_block(pp, s, x, yy, half - 20, cap, nm, True)
    pages = fl.pages
    remember(site, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates ZZZZ: suppliers, vehicles, invoices and statements
# ---------------------------------------------------------------------------------------------

KIT = {
    "en": [
        ("Security shirt, white, epaulettes", 14.50),
        ("Patrol trousers, black", 21.00),
        ("Hi-vis jacket EN ISO 20471 Cl. 3", 32.00),
        ("Fleece jacket, SECURITY print", 24.00),
        ("Safety boots S3", 48.00),
        ("Stab vest KR1 / covert", 189.00),
        ("Clip-on tie", 3.20),
        ("SIA licence holder armband", 4.80),
        ("Body-worn camera mount", 11.50),
        ("LED torch, rechargeable", 36.00),
        ("Two-way radio earpiece", 14.90),
    ],
    "de": [
        ("Diensthemd weiß, Schulterklappen", 19.90),
        ("Diensthose schwarz", 34.50),
        ("Warnschutzjacke EN ISO 20471 Kl. 3", 42.00),
        ("Softshelljacke Aufdruck SECURITY", 49.00),
        ("Sicherheitsschuh S3", 69.00),
        ("Stichschutzweste SK1", 229.00),
        ("Clip-Krawatte", 4.50),
        ("Ausweishülle mit Clip", 2.90),
        ("Bodycam-Halterung", 14.00),
        ("Taschenlampe LED, Akku", 39.00),
        ("Funk-Hörsprechgarnitur", 24.90),
    ],
    "fr": [
        ("Chemise blanche à épaulettes", 18.50),
        ("Pantalon de service noir", 29.00),
        ("Parka haute visibilité classe 3", 45.00),
        ("Polaire brodée SÉCURITÉ", 27.00),
        ("Chaussures de sécurité S3", 59.00),
        ("Gilet pare-lame", 210.00),
        ("Cravate à clip", 3.90),
        ("Porte-carte professionnelle", 3.50),
        ("Support caméra piéton", 12.00),
        ("Lampe torche LED rechargeable", 34.00),
        ("Oreillette radio", 19.90),
    ],
}
SIZES = ["S", "M", "L", "XL", "XXL", "40", "42", "44", "46", "48", "52"]


def tpl_uniform_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A uniform and equipment supplier's invoice: items with sizes and the officer each is
    for, totals with VAT (reverse charge from abroad), bank details; now and then the
    delivery note with packed and checked ticks behind it."""
    h = head_of(who, "supplier", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, keyed(who, "mask").choice(["INV-99999", "RE2099999", "FA-99-9999", "99999"]))
    acct = serial(keyed(who, "acct"), "C99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice No.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), acct),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO9999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    kit = KIT[lg]
    rows = []
    net = 0.0
    for _ in range(rng.randint(3, 14)):
        item, price = rng.choice(kit)
        q = rng.choice([1, 1, 2, 2, 3, 5, 10])
        price *= {"en": 1.0, "de": 1.0, "fr": 1.0}[lg]
        net += q * price
        rows.append(
            [
                serial(rng, "AA-9999"),
                item,
                rng.choice(SIZES),
                rng.choice(officers()).split()[-1] if rng.random() < 0.6 else "-",
                str(q),
                money(price, lg),
                money(q * price, lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (3.6, "left"),
                (0.6, "center"),
                (1.3, "left"),
                (0.5, "right"),
                (1, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Size", "Gr.", "Taille"),
            tr(lg, "Wearer", "Träger", "Agent"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    foreign = lg != home()
    if rng.random() < 0.4:
        rows2 = [
            [
                tr(
                    lg,
                    "Embroidery / logo set-up",
                    "Einrichtung Logostick",
                    "Frais de broderie logo",
                ),
                money(35.0, lg),
            ],
            [tr(lg, "Carriage", "Versandkosten", "Frais de port"), money(9.95, lg)],
        ]
        net += 44.95
        table(f, columns(m, w - m, [(7, "left"), (1.2, "right")]), ["", ""], rows2, s, size=8)
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if foreign else vat_rate(lg),
        note=tr(
            lg,
            "Reverse charge: VAT to be accounted for by the recipient."
            if foreign
            else "Payment due within 30 days to account "
            + serial(keyed(who, "bank"), "99-99-99 99999999"),
            "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)."
            if foreign
            else "Zahlbar innerhalb 14 Tagen ohne Abzug.",
            "Autoliquidation - art. 283-2 du CGI."
            if foreign
            else "Paiement à 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal ; "
            "indemnité forfaitaire 40 €.",
        ),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.4)
    if rng.random() < 0.35:
        q = Page(A4)
        y = heading(q, s, h)
        q.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), h.bold, 14)
        y += 20
        y = (
            pairs(
                q,
                s,
                m,
                y,
                [
                    (tr(lg, "Delivery No.", "Lieferschein-Nr.", "BL n°"), serial(rng, "D999999")),
                    (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                    (
                        tr(lg, "Despatched", "Versand", "Expédié le"),
                        short(d - timedelta(days=1), lg),
                    ),
                ],
                w * 0.6,
            )
            + 10
        )
        fl = Flow(A4, hh - 60, lambda pg, n: 50.0)
        fl.page, fl.pages, fl.y = q, [q], y
        table(
            fl,
            columns(
                m,
                w - m,
                [(1, "left"), (4, "left"), (0.7, "center"), (0.6, "right"), (0.8, "center")],
            ),
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Size", "Gr.", "Taille"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Checked", "geprüft", "Vérifié"),
            ],
            [[r[0], r[1], r[2], r[4], ""] for r in rows],
            s,
            size=8,
            rules=True,
        )
        for k in range(len(rows)):
            if rng.random() < 0.9:
                hand(q, w - m - 30, y + 8 * 1.9 + k * 8 * 1.6 + 0, "v", 9)
        yy = min(fl.y + 30, hh - 100)
        q.text(
            m,
            yy,
            tr(
                lg,
                "Received in good condition:",
                "Ware vollständig erhalten:",
                "Reçu en bon état :",
            ),
            s.font,
            8.5,
        )
        scrawl(q, m + 150, yy + 2, rng.choice(officers()), 11)
        pages.append(q)
    return pages


def tpl_fleet_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """A patrol vehicle contract hire (Leasingvertrag, contrat de location longue durée):
    the agreement page with the vehicle, term, mileage and rentals and signatures; the terms
    page in small print; and the vehicle delivery and condition report with marks by hand."""
    h = head_of(who, "lessor", abroad=0.08)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    car = rng.choice(
        [
            "Skoda Octavia Estate 2.0 TDI SE",
            "Ford Transit Custom 2.0 EcoBlue",
            "Dacia Duster 1.5 dCi",
            "VW Caddy Cargo 2.0 TDI",
            "Peugeot 308 SW BlueHDi",
            "Vauxhall Vivaro L1",
        ]
    )
    reg = serial(
        rng,
        {"en": "AA74 AAA", "de": "N-AA 9999", "fr": "AA-999-AA"}[lg if lg == home() else home()],
    )
    term = rng.choice([36, 48, 60])
    rent = rng.choice([289.0, 329.0, 365.0, 412.0, 447.0])
    f = sheets(s, h, f"{h.name} - {reg}")
    title_line(
        f,
        s,
        tr(
            lg,
            "VEHICLE CONTRACT HIRE AGREEMENT",
            "LEASINGVERTRAG (KILOMETERVERTRAG)",
            "CONTRAT DE LOCATION LONGUE DURÉE",
        ),
        4,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Agreement No.", "Vertrags-Nr.", "N° de contrat"), serial(rng, "99999999")),
            (tr(lg, "Hirer", "Leasingnehmer", "Locataire"), office_row()[0]),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), car),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), reg),
            (tr(lg, "VIN", "FIN", "VIN"), serial(rng, "AAA9999999A999999")),
            (
                tr(lg, "Colour / livery", "Farbe / Beschriftung", "Couleur / marquage"),
                tr(
                    lg,
                    "White, patrol livery",
                    "weiß, Beschriftung Sicherheitsdienst",
                    "blanc, marquage sécurité",
                ),
            ),
            (tr(lg, "Term (months)", "Laufzeit (Monate)", "Durée (mois)"), str(term)),
            (
                tr(lg, "Annual mileage", "Jahresfahrleistung", "Kilométrage annuel"),
                f"{rng.choice([25, 30, 40, 50])},000"
                if lg == "en"
                else f"{rng.choice([30, 40, 50, 60])}.000 km",
            ),
        ],
        hand=False,
    )
    rows = [
        [
            tr(lg, "Initial rental", "Sonderzahlung", "Premier loyer majoré"),
            cash(rent * rng.choice([3, 6]), lg),
        ],
        [
            tr(
                lg,
                "Monthly rental (excl. VAT)",
                "Monatliche Leasingrate (netto)",
                "Loyer mensuel HT",
            ),
            cash(rent, lg),
        ],
        [
            tr(lg, "Maintenance package", "Wartung und Verschleiß", "Prestation entretien"),
            cash(rng.choice([28.0, 35.0, 42.0]), lg),
        ],
        [
            tr(lg, "Excess mileage charge", "Mehrkilometer", "Kilomètre supplémentaire"),
            tr(
                lg,
                f"{rng.choice([6, 8, 9])}p per mile",
                f"{rng.choice([4, 6, 7])},5 ct/km",
                f"0,0{rng.choice([5, 6, 8])} €/km",
            ),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(5, "left"), (2, "right")]),
        [tr(lg, "Rentals", "Leasingentgelte", "Loyers"), ""],
        rows,
        s,
        rules=True,
    )
    write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
    f.need(90)
    y = f.y + 6
    for k, (cap, nm) in enumerate(
        [
            (tr(lg, "Signed for the Hirer", "Leasingnehmer", "Le Locataire"), director()),
            (
                tr(lg, "Signed for the Owner", "Leasinggeber", "Le Loueur"),
                person(keyed(who, "sig"), lg),
            ),
        ]
    ):
        sign_block(f.page, s, m + k * (w - 2 * m) / 2, y, 170, cap, nm, True)
    pages = list(f.pages)
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Terms and Conditions of Contract Hire",
                "Allgemeine Leasingbedingungen",
                "Conditions générales de location",
            ),
            CONTRACT_HEADS["en" if lg == "en" else lg][:12],
        )
    )
    q = Page(A4)
    y = m
    q.text(
        m,
        y,
        tr(
            lg,
            "VEHICLE DELIVERY AND CONDITION REPORT",
            "ÜBERGABEPROTOKOLL",
            "PROCÈS-VERBAL DE LIVRAISON",
        ),
        h.bold,
        12,
    )
    y += 16
    y = fields(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), reg),
            (tr(lg, "Odometer", "Kilometerstand", "Compteur"), str(rng.randint(5, 60))),
            (tr(lg, "Fuel", "Tank", "Carburant"), rng.choice(["1/4", "1/2", "3/4", "F"])),
            (
                tr(lg, "Delivered", "Übergabe am", "Livré le"),
                short(d + timedelta(days=rng.randint(5, 20)), lg),
            ),
        ],
        per=4,
    )
    bx, by, bw, bh = m + 60, y + 10, w - 2 * m - 120, 200
    q.rect(bx + bw * 0.15, by, bw * 0.7, bh)
    q.rect(bx + bw * 0.22, by + 20, bw * 0.56, 40)
    q.rect(bx + bw * 0.22, by + bh - 60, bw * 0.56, 40)
    for cx, cy in [
        (bx + bw * 0.1, by + 30),
        (bx + bw * 0.9 - 12, by + 30),
        (bx + bw * 0.1, by + bh - 60),
        (bx + bw * 0.9 - 12, by + bh - 60),
    ]:
        q.rect(cx, cy, 12, 34, fill=0.3)
    for _ in range(rng.randint(0, 4)):
        hand(
            q,
            bx + rng.uniform(bw * 0.2, bw * 0.75),
            by + rng.uniform(20, bh - 20),
            rng.choice(["X", "S", "D", "C"]),
            11,
        )
    y = by + bh + 20
    q.text(
        m,
        y,
        tr(
            lg,
            "Key: S = scratch  D = dent  C = chip  X = other",
            "S = Kratzer  D = Delle  C = Steinschlag  X = Sonstiges",
            "S = rayure  D = bosse  C = impact  X = autre",
        ),
        s.font,
        8,
    )
    y += 16
    y = (
        ticks(
            q,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "Spare wheel/kit|Locking wheel nut|Warning triangle|First aid kit|V5C copy|Two "
                "keys",
                "Reserverad/Kit|Felgenschloss|Warndreieck|Verbandkasten|Zulassung Teil I|Zwei "
                "Schlüssel",
                "Roue/kit|Antivol de roue|Triangle|Trousse de secours|Certificat "
                "d'immatriculation|Deux clés",
            ).split("|"),
            set(rng.sample(range(6), rng.randint(4, 6))),
        )
        + 20
    )
    for k, (cap, nm) in enumerate(
        [
            (tr(lg, "Driver (delivery)", "Fahrer", "Livreur"), person(rng, lg)),
            (tr(lg, "Received by", "Übernommen von", "Réceptionné par"), ops_manager()),
        ]
    ):
        sign_block(q, s, m + k * (w - 2 * m) / 2, y, 170, cap, nm, True)
    pages.append(q)
    pages = close(pages, s, h)
    remember(None, d)
    return pages


def tpl_guarding_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's monthly invoice to a client: a summary by service with the contract and
    PO numbers, totals and bank details, and an annex with the hours by date and officer
    (portrait or landscape). A run is the month's invoices to several clients."""
    site = site_for(rng, ("hours_signoff",), None)
    h = office_head()
    lg = h.lang
    ch = client_head(site)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    mo = month()
    d = (
        last_day(rng, ("hours_signoff",), (1, 5))
        if after(("hours_signoff",))
        else mo + timedelta(days=rng.randint(28, 34))
    )
    no = serial(rng, {"en": "SI-99999", "de": "R-2099-9999", "fr": "FA99-9999"}[lg])
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        head_lines(
            ch,
            tr(
                lg, "Accounts Payable", "Kreditorenbuchhaltung", "Service comptabilité fournisseurs"
            ),
        ),
        d,
        [
            (tr(lg, "Invoice No.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Contract", "Vertrag", "Contrat"), site.ref),
            (
                tr(lg, "PO No.", "Bestell-Nr.", "N° commande"),
                serial(random.Random(zlib.crc32(site.ref.encode())), "4500999999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Security services at {site.name} for {MONTH_NAMES[lg][mo.month - 1]} {mo.year}",
            f"Sicherheitsdienstleistungen im Objekt {site.name}, Leistungszeitraum "
            f"{MONTH_NAMES[lg][mo.month - 1]} {mo.year}",
            f"Prestations de surveillance sur le site {site.name} - période : "
            f"{MONTH_NAMES[lg][mo.month - 1]} {mo.year}",
        ),
    )
    hrs = site.hours * 4 + rng.randint(-12, 24)
    rows = [[SERVICES[lg][0], hours_txt(hrs, lg), money(site.rate, lg), money(hrs * site.rate, lg)]]
    net = hrs * site.rate
    if rng.random() < 0.5:
        extra = rng.randint(4, 24)
        rows.append(
            [
                tr(
                    lg,
                    "Additional hours (requested)",
                    "Zusatzstunden (auf Anforderung)",
                    "Heures supplémentaires (à la demande)",
                ),
                hours_txt(extra, lg),
                money(site.rate, lg),
                money(extra * site.rate, lg),
            ]
        )
        net += extra * site.rate
    if rng.random() < 0.5:
        n = rng.randint(1, 4)
        rows.append(
            [
                tr(
                    lg,
                    "Alarm response attendances",
                    "Alarmverfolgungen",
                    "Interventions sur alarme",
                ),
                str(n),
                money(55.0, lg),
                money(n * 55.0, lg),
            ]
        )
        net += n * 55.0
    table(
        f,
        columns(m, w - m, [(4, "left"), (1, "right"), (1, "right"), (1.3, "right")]),
        [
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Rate", "Satz", "Taux"),
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
        note=tr(
            lg,
            "Payment terms: 30 days from invoice date. Please quote the invoice number.",
            "Zahlbar innerhalb von 30 Tagen ohne Abzug unter Angabe der Rechnungsnummer.",
            "Règlement à 30 jours date de facture. Escompte pour paiement anticipé : néant.",
        ),
    )
    pages = list(f.pages)
    if rng.random() < 0.75:
        size = A4L if rng.random() < 0.4 else A4
        sa = paper(s, size, margin=40, pt=8)
        g = Sheets(
            size,
            size[1] - 50,
            lambda p, n: (
                running_header(
                    p,
                    sa,
                    f"{tr(lg, 'Annex to invoice', 'Anlage zur Rechnung', 'Annexe à la facture')} "
                    f"{no} - {ch.name}",
                )
                + 8
            ),
        )
        g.page.text(
            40,
            g.y,
            tr(lg, "Hours breakdown", "Stundenaufstellung", "Détail des heures"),
            s.bold,
            11,
        )
        g.y += 18
        rows = []
        for k in range(rng.randint(14, 31)):
            dd = mo + timedelta(days=k)
            for nm in rng.sample(
                site.officers, 1 if rng.random() < 0.7 else min(2, len(site.officers))
            ):
                a = rng.choice([6 * 60, 18 * 60, 19 * 60])
                rows.append(
                    [
                        short(dd, lg),
                        nm,
                        hhmm(a),
                        hhmm(a + 720),
                        hours_txt(12, lg),
                        money(12 * site.rate, lg),
                    ]
                )
        table(
            g,
            columns(
                40,
                size[0] - 40,
                [
                    (1.2, "left"),
                    (2.5, "left"),
                    (0.8, "center"),
                    (0.8, "center"),
                    (0.8, "right"),
                    (1.2, "right"),
                ],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Officer", "Mitarbeiter", "Agent"),
                tr(lg, "From", "von", "De"),
                tr(lg, "To", "bis", "À"),
                tr(lg, "Hours", "Std.", "H"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            sa,
            size=7.5,
            step=1.5,
        )
        pages += g.pages
    pages = close(pages, s, h)
    remember(site, d, no)
    return pages


def tpl_client_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's statement of account to a client: invoices, credit notes and payments
    with a running balance, the aged debt boxes and a remittance slip to tear off."""
    site = site_for(rng, ("guarding_invoice",), None)
    h = office_head()
    lg = h.lang
    ch = client_head(site)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = month() + timedelta(days=rng.randint(30, 36))
    acct = serial(random.Random(zlib.crc32(site.ref.encode())), "C9999")
    f = sheets(s, h, "")
    recipient(
        f, s, h, head_lines(ch), d, [(tr(lg, "Account", "Kunden-Nr.", "Compte client"), acct)]
    )
    caption(
        f, s, tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVÉ DE COMPTE"), 3
    )
    bal = 0.0
    rows = []
    for _ in range(rng.randint(3, 12)):
        dd = d - timedelta(days=rng.randint(5, 120))
        if rng.random() < 0.65:
            amt = round(rng.uniform(800, 9000), 2)
            ref = serial(rng, {"en": "SI-99999", "de": "R-2099-9999", "fr": "FA99-9999"}[lg])
            typ = tr(lg, "Invoice", "Rechnung", "Facture")
        elif rng.random() < 0.8:
            amt = -round(rng.uniform(800, 9000), 2)
            ref = "BACS" if lg == "en" else "Überweisung" if lg == "de" else "Virement"
            typ = tr(lg, "Payment", "Zahlung", "Règlement")
        else:
            amt = -round(rng.uniform(40, 400), 2)
            ref = serial(rng, "CN-9999")
            typ = tr(lg, "Credit note", "Gutschrift", "Avoir")
        rows.append((dd, typ, ref, amt))
    rows.sort()
    out = []
    for dd, typ, ref, amt in rows:
        bal += amt
        out.append(
            [
                short(dd, lg),
                typ,
                ref,
                money(amt, lg) if amt > 0 else "",
                money(-amt, lg) if amt < 0 else "",
                money(bal, lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (1.3, "left"),
                (1.4, "left"),
                (1.1, "right"),
                (1.1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Ref.", "Beleg", "Réf."),
            tr(lg, "Debit", "Soll", "Débit"),
            tr(lg, "Credit", "Haben", "Crédit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        out,
        s,
        rules=True,
    )
    f.need(60)
    bw = (w - 2 * m) / 5
    for k, lab in enumerate(
        tr(
            lg,
            "Current|30 days|60 days|90+ days|Total due",
            "aktuell|30 Tage|60 Tage|90+ Tage|Gesamt",
            "Non échu|30 jours|60 jours|90 jours et +|Total dû",
        ).split("|")
    ):
        x = m + k * bw
        f.page.rect(x, f.y, bw, 30)
        f.page.text(x + 4, f.y + 9, lab, s.font, 7)
        v = max(bal, 0) * ([0.6, 0.3, 0.1, 0.0, 1.0][k])
        f.page.text(x + bw - 4, f.y + 24, money(v, lg), s.bold if k == 4 else s.font, 8.5, "right")
    f.y += 50
    p = f.pages[-1]
    if f.y < hh - 170:
        y = hh - 150
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg,
                "REMITTANCE ADVICE - please return with your payment",
                "Bitte abtrennen und mit der Zahlung zurücksenden",
                "Talon à joindre à votre règlement",
            ),
        )
        fields(
            p,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
                (tr(lg, "Customer", "Kunde", "Client"), ch.name),
                (tr(lg, "Amount paid", "Betrag", "Montant réglé"), ""),
                (tr(lg, "Date paid", "Datum", "Date"), ""),
            ],
            per=2,
            tall=24,
        )
    pages = close(f.pages, s, h, numbers="none")
    remember(site, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates ZZZZ: insurance, subcontracting, complaints and inspections
# ---------------------------------------------------------------------------------------------


def tpl_liability_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's liability insurance as the broker sends it: often a covering letter, then
    the insurer's policy schedule (insured, business description, period, sections with
    limits and excesses) and an endorsements page."""
    ins = head_of(who, "insurer")
    lg = ins.lang
    d = some_day(rng)
    start = d + timedelta(days=rng.randint(3, 20))
    pol = serial(rng, keyed(who, "pol").choice(["SEC/999999/25", "99.999.999-9", "AA99999999"]))
    prem = rng.uniform(4200, 14500)
    pages: list[Page] = []
    if rng.random() < 0.65:
        br = head_of(who, "broker")
        sb = style_of(br, A4)
        f = sheets(sb, br)
        recipient(
            f,
            sb,
            br,
            office_lines(mx(director(), lg)),
            d,
            [(tr(lg, "Policy", "Vertrag", "Police"), pol)],
        )
        caption(
            f,
            sb,
            tr(
                lg,
                "Your liability insurance - renewal documents",
                "Ihre Betriebshaftpflichtversicherung - Verlängerung",
                "Votre assurance responsabilité civile - renouvellement",
            ),
            1,
        )
        f.page.text(sb.margin, f.y, dear(lg, mx(director(), lg)), sb.font, sb.size)
        f.y += sb.size * 2
        write(
            f,
            sb,
            tr(
                lg,
                "Please find enclosed the renewal schedule for your policy, effective "
                f"{short(start, lg)}. The annual premium is {cash(prem, lg)} including Insurance "
                "Premium Tax.",
                "anbei erhalten Sie den Versicherungsschein zur Verlängerung Ihres Vertrags ab "
                f"{short(start, lg)}. Der Jahresbeitrag beträgt {cash(prem, lg)} inkl. "
                "Versicherungsteuer.",
                "Veuillez trouver ci-joint les conditions particulières de votre contrat à "
                f"effet du {short(start, lg)}. La prime annuelle s'élève à {cash(prem, lg)} TTC.",
            ),
        )
        write(f, sb, prose(rng, lg, "insure", 1, 3))
        regards(
            f,
            sb,
            lg,
            person(keyed(who, "br"), lg),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, sb, br)
    s = style_of(ins, A4, pt=9)
    w, _ = A4
    m = s.margin
    f = sheets(s, ins, f"{ins.name} - {tr(lg, 'Policy', 'Versicherungsschein', 'Police')} {pol}")
    title_line(
        f,
        s,
        tr(
            lg,
            "POLICY SCHEDULE - SECURITY SERVICES LIABILITY",
            "VERSICHERUNGSSCHEIN - BEWACHUNGSHAFTPFLICHT",
            "CONDITIONS PARTICULIÈRES - RC PROFESSIONNELLE SÉCURITÉ PRIVÉE",
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
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de police"), pol),
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), office_row()[0]),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(start + timedelta(days=364), lg)}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Manned guarding, key holding, alarm response, mobile patrols",
                    "Bewachungsgewerbe § 34a GewO, Revier- und Interventionsdienst",
                    "Surveillance humaine, rondes, intervention sur alarme",
                ),
            ),
            (
                tr(lg, "Wageroll / turnover", "Jahresumsatz", "Chiffre d'affaires"),
                cash(rng.choice([850000, 1200000, 1650000]), lg),
            ),
            (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle TTC"), cash(prem, lg)),
        ],
        hand=False,
    )
    rows = [
        [
            tr(lg, "Public liability", "Personen- und Sachschäden", "RC exploitation"),
            cash(rng.choice([5e6, 10e6]), lg),
            cash(rng.choice([250.0, 500.0]), lg),
        ],
        [
            tr(lg, "Employers' liability", "Vermögensschäden", "RC professionnelle"),
            cash(10e6 if lg == "en" else 250000, lg),
            cash(0.0, lg),
        ],
        [
            tr(lg, "Loss of keys", "Schlüsselverlust", "Perte de clés"),
            cash(rng.choice([50000.0, 100000.0]), lg),
            cash(250.0, lg),
        ],
        [
            tr(lg, "Wrongful arrest", "Abhandenkommen bewachter Sachen", "Biens confiés"),
            cash(rng.choice([250000.0, 500000.0]), lg),
            cash(500.0, lg),
        ],
        [
            tr(lg, "Professional indemnity", "Tätigkeitsschäden", "Défense et recours"),
            cash(rng.choice([1e6, 2e6]), lg),
            cash(1000.0, lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(3, "left"), (1.6, "right"), (1.2, "right")]),
        [
            tr(lg, "Section", "Deckung", "Garantie"),
            tr(lg, "Limit of indemnity", "Versicherungssumme", "Plafond"),
            tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
        ],
        rows,
        s,
        shade=0.85,
        rules=True,
        step=1.9,
    )
    write(f, s, prose(rng, lg, "insure", 2, 3), s.size - 1)
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Endorsements", "Besondere Vereinbarungen und Klauseln", "Clauses particulières"),
        2,
        rule=True,
    )
    for k in range(rng.randint(4, 8)):
        clause_no = tr(lg, serial(rng, "A99"), f"Klausel {k + 1}", f"Clause {k + 1}")
        f.heading(
            m,
            f"{clause_no}  {words(rng, lg, 'insure', 4)[:-1]}",
            s.bold,
            s.size,
        )
        write(f, s, prose(rng, lg, "insure", 1, 2), s.size - 1)
    sch = close(
        f.pages, s, ins, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    pages += sch
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


def tpl_subcontract_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's subcontract agreement with another guarding firm: clauses, the rates
    appendix, a photocopy of the subcontractor's approval or licence, and signatures."""
    sub = head_of(who, "subcontractor")
    h = office_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    f = sheets(
        s,
        h,
        tr(lg, "Subcontract agreement", "Nachunternehmervertrag", "Contrat de sous-traitance")
        + f" - {sub.name}",
    )
    title_line(
        f,
        s,
        tr(
            lg,
            "SUBCONTRACT AGREEMENT - SECURITY SERVICES",
            "NACHUNTERNEHMERVERTRAG BEWACHUNG",
            "CONTRAT DE SOUS-TRAITANCE - SÉCURITÉ PRIVÉE",
        ),
        4,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"This agreement is made on {short(d, lg)} between {h.name} (the Contractor) and "
            f"{sub.name}, {sub.street}, {sub.town} (the Subcontractor).",
            f"Zwischen {h.name} (Auftraggeber) und {sub.name}, {sub.street}, {sub.town} "
            f"(Nachunternehmer) wird am {short(d, lg)} folgender Vertrag geschlossen.",
            f"Entre {h.name} (l'entreprise principale) et {sub.name}, {sub.street}, {sub.town} "
            f"(le sous-traitant), il est convenu ce qui suit, le {short(d, lg)}.",
        ),
    )
    for k, t in enumerate(CONTRACT_HEADS[lg][: rng.randint(7, 11)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Appendix A - Charge rates", "Anlage A - Verrechnungssätze", "Annexe A - Tarifs"),
        2,
        rule=True,
    )
    rate = {"en": 15.90, "de": 22.40, "fr": 21.10}[lg]
    rows = [
        [t, money(rate * fct, lg)]
        for t, fct in zip(
            tr(
                lg,
                "Security officer (static)|Door supervisor|Event steward|Supervisor|Bank "
                "holiday (all grades)",
                "Sicherheitsmitarbeiter Objektschutz|Veranstaltungsordner|Schichtführer|Sonn- "
                "und Feiertag|Nachtzuschlag",
                "Agent de sécurité|Agent cynophile|Chef de poste|Dimanche et jours "
                "fériés|Majoration nuit",
            ).split("|"),
            [1.0, 1.08, 1.2, 1.5, 1.25],
            strict=True,
        )
    ]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.2, "right")]),
        [
            tr(lg, "Grade", "Tätigkeit", "Qualification"),
            tr(lg, "Per hour (excl. VAT)", "je Std. netto", "HT / heure"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    f.need(120)
    y = f.y + 20
    for k, (cap, nm) in enumerate(
        [(h.name, director()), (sub.name, person(keyed(who, "sub"), lg))]
    ):
        sign_block(
            f.page, s, m + k * (w - 2 * m) / 2, y, 180, fit(cap, s.bold, s.size - 1, 200), nm, True
        )
    pages = close(f.pages, s, h)
    c = Page(A4)
    copier_edge(c, rng)
    cm = 80
    c.rect(cm, 90, w - 2 * cm, 380)
    if lg == "en":
        c.text(w / 2, 130, "Security Industry Authority", "Helvetica-Bold", 14, "center")
        c.text(w / 2, 160, "APPROVED CONTRACTOR SCHEME", "Helvetica-Bold", 18, "center")
        c.text(w / 2, 200, "This is to certify that", "Helvetica", 10, "center")
        c.text(w / 2, 225, sub.name, "Helvetica-Bold", 13, "center")
        c.text(
            w / 2, 250, "is an Approved Contractor for Security Guarding", "Helvetica", 10, "center"
        )
    elif lg == "de":
        c.text(w / 2, 130, "Erlaubnis nach § 34a Gewerbeordnung", "Helvetica-Bold", 14, "center")
        c.text(w / 2, 170, f"{sub.name}", "Helvetica-Bold", 13, "center")
        c.text(w / 2, 195, f"{sub.street}, {sub.town}", "Helvetica", 10, "center")
        for k, ln in enumerate(
            wrap(
                "wird die Erlaubnis erteilt, gewerbsmäßig Leben oder Eigentum fremder Personen "
                "zu bewachen (Bewachungsgewerbe).",
                "Helvetica",
                10,
                w - 2 * cm - 40,
            )
        ):
            c.text(w / 2, 225 + 14 * k, ln, "Helvetica", 10, "center")
    else:
        c.text(
            w / 2,
            130,
            "CONSEIL NATIONAL DES ACTIVITÉS PRIVÉES DE SÉCURITÉ",
            "Helvetica-Bold",
            11,
            "center",
        )
        c.text(w / 2, 160, "AUTORISATION D'EXERCICE", "Helvetica-Bold", 16, "center")
        c.text(w / 2, 195, sub.name, "Helvetica-Bold", 13, "center")
        c.text(
            w / 2, 220, "Activité : surveillance humaine ou gardiennage", "Helvetica", 10, "center"
        )
    c.text(
        w / 2,
        300,
        f"{tr(lg, 'Reference', 'Az.', 'N°')} "
        f"{serial(rng, 'AUT-999-2099-99-99-9999999999' if lg == 'fr' else '99999999')}",
        "Courier",
        9,
        "center",
    )
    c.text(
        w / 2,
        320,
        tr(lg, "Valid until", "gültig bis", "Valable jusqu'au")
        + f" {short(d + timedelta(days=rng.randint(100, 900)), lg)}",
        "Helvetica",
        9,
        "center",
    )
    seal(
        c,
        w - cm - 70,
        420,
        32,
        tr(lg, "SIA ACS", "Ordnungsamt", "CNAPS"),
        tr(lg, "APPROVED", "Siegel", "CLAC"),
    )
    hand(
        c,
        cm,
        520,
        tr(
            lg,
            "Certified true copy",
            "Kopie stimmt mit Original überein",
            "Copie certifiée conforme",
        ),
        10,
    )
    scrawl(c, cm, 545, person(keyed(who, "sub"), lg), 12)
    pages.append(c)
    remember(None, d)
    return pages


def tpl_service_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's complaint about the service (officer late, post left unattended, patrol
    missed, uniform standard) as a letter or a printed e-mail; now and then a CCTV still or a
    copy of the signing-in sheet enclosed."""
    site = a_site(keyed(who, "site"), client_of(who))
    ch = client_head(site)
    lg = ch.lang
    d = some_day(rng)
    writer = person(keyed(who, "writer"), lg)
    officer = rng.choice(site.officers)
    reason = rng.randrange(4)
    gripe = [
        tr(
            lg,
            f"On {short(d - timedelta(days=2), lg)} the night officer arrived "
            f"{rng.randint(35, 90)} minutes late and the site was left unguarded.",
            f"Am {short(d - timedelta(days=2), lg)} trat der Nachtdienst {rng.randint(35, 90)} "
            "Minuten verspätet an; das Objekt war in dieser Zeit unbewacht.",
            f"Le {short(d - timedelta(days=2), lg)}, l'agent de nuit est arrivé avec "
            f"{rng.randint(35, 90)} minutes de retard ; le site est resté sans surveillance.",
        ),
        tr(
            lg,
            "Our staff found the gatehouse empty for a long period and visitors were not signed "
            "in.",
            "Unsere Mitarbeiter fanden die Pforte längere Zeit unbesetzt vor; Besucher wurden "
            "nicht erfasst.",
            "Nos équipes ont trouvé le poste d'accueil vide et les visiteurs n'ont pas été "
            "enregistrés.",
        ),
        tr(
            lg,
            "The patrol report shows visits that our CCTV does not confirm.",
            "Der Revierbericht weist Kontrollen aus, die unsere Videoaufzeichnung nicht bestätigt.",
            "Le rapport de rondes mentionne des passages que notre vidéosurveillance ne "
            "confirme pas.",
        ),
        tr(
            lg,
            "The officer on duty was not in uniform and was not wearing his licence.",
            "Der eingesetzte Mitarbeiter trug keine Dienstkleidung und keinen Dienstausweis.",
            "L'agent en poste ne portait ni tenue ni carte professionnelle visible.",
        ),
    ][reason]
    pages: list[Page] = []
    if rng.random() < 0.4:
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "short")
        w, hh = A4
        m = 54
        f = Sheets(A4, hh - 60, lambda p, n: 50.0)
        dom = "".join(c for c in ch.name.lower().split()[0] if c.isalpha() and c.isascii())
        tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lg]
        f.page.text(m, f.y, writer, "Helvetica-Bold", 11)
        f.y += 10
        f.page.line(m, f.y, w - m, f.y)
        f.y += 16
        for lab, val in [
            (
                tr(lg, "From:", "Von:", "De :"),
                f"{writer} <{writer.split()[0].lower()}.{writer.split()[-1].lower()}@{dom}.{tld}>",
            ),
            (
                tr(lg, "Sent:", "Gesendet:", "Envoyé :"),
                f"{day_of(s_head(lg), d)} {hhmm(rng.randint(420, 1260))}",
            ),
            (tr(lg, "To:", "An:", "À :"), f"{ops_manager()}"),
            (
                tr(lg, "Subject:", "Betreff:", "Objet :"),
                tr(
                    lg,
                    f"Complaint - {site.name}",
                    f"Beschwerde - {site.name}",
                    f"Réclamation - {site.name}",
                ),
            ),
        ]:
            f.page.text(m, f.y, lab, "Helvetica-Bold", 9)
            f.page.text(m + 70, f.y, fit(val, "Helvetica", 9, w - 2 * m - 70), "Helvetica", 9)
            f.y += 13
        f.y += 12
        write(
            f,
            s,
            tr(
                lg,
                f"Dear {ops_manager().split()[0]},",
                f"Hallo {mx(ops_manager(), lg)},",
                "Bonjour,",
            ),
        )
        write(f, s, gripe)
        write(f, s, prose(rng, lg, "complaint", 2, 4))
        write(
            f,
            s,
            tr(
                lg,
                "I expect a written explanation by the end of the week.",
                "Ich erwarte bis Ende der Woche Ihre schriftliche Stellungnahme.",
                "Je vous remercie de me faire parvenir une réponse écrite sous huitaine.",
            ),
        )
        write(f, s, f"{writer}\n{ch.name}")
        number_pages(f.pages, s, "1/1" if len(f.pages) == 1 else "{i}/{n}", "tr", top=24)
        pages += f.pages
    else:
        s = style_of(ch, A4)
        f = sheets(s, ch)
        recipient(
            f,
            s,
            ch,
            office_lines(mx(ops_manager(), lg)),
            d,
            [(tr(lg, "Contract", "Vertrag", "Contrat"), site.ref)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Security at {site.name} - formal complaint",
                f"Bewachung {site.name} - Beschwerde",
                f"Surveillance du site {site.name} - réclamation",
            ),
            0.5,
        )
        f.page.text(s.margin, f.y, dear(lg, mx(ops_manager(), lg)), s.font, s.size)
        f.y += s.size * 2
        write(f, s, gripe)
        write(f, s, prose(rng, lg, "complaint", 2, 4))
        write(
            f,
            s,
            tr(
                lg,
                "Please investigate and let us have your response. We reserve our rights under "
                "the contract.",
                "Wir bitten um Prüfung und Stellungnahme und behalten uns vertragliche Schritte "
                "vor.",
                "Nous vous demandons de bien vouloir nous faire part de vos explications et "
                "nous réservons nos droits au titre du contrat.",
            ),
        )
        regards(f, s, lg, writer, tr(lg, "Site Manager", "Objektleitung", "Responsable de site"))
        pages += close(f.pages, s, ch)
    received(rng, pages[0], d, 0.4)
    if rng.random() < 0.35:
        q = Page(A4)
        w, hh = A4
        q.text(54, 50, tr(lg, "Enclosure", "Anlage", "Pièce jointe"), "Helvetica-Bold", 10)
        if reason in (1, 2):
            photo(q, 54, 70, w - 108, 300, rng)
            q.text(
                60,
                86,
                f"CAM {rng.randint(1, 9):02d}  {short(d - timedelta(days=2), lg)} "
                f"{hhmm(rng.randint(0, 1439))}",
                "Courier-Bold",
                9,
            )
        else:
            copier_edge(q, rng)
            q.text(
                70,
                80,
                tr(lg, "SIGNING-IN SHEET", "ANWESENHEITSLISTE", "REGISTRE DE PRÉSENCE"),
                "Helvetica-Bold",
                11,
            )
            y = 100
            for k in range(14):
                q.line(70, y + 4, w - 70, y + 4)
                if k < rng.randint(4, 10):
                    hand(
                        q,
                        74,
                        y,
                        f"{short(d - timedelta(days=2 + k // 2), lg)[:5]}   "
                        f"{rng.choice(site.officers)}   {hhmm(rng.randint(1080, 1260))}",
                        9,
                    )
                y += 18
        pages.append(q)
    remember(site, d, (writer, reason, officer))
    return pages


def s_head(lg: str) -> Head:
    return make_head(("x", "", "", ""), lg, "client")


def tpl_complaint_response(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's reply to a client's complaint: the investigation, the officer's account,
    a table of actions taken and a credit offered."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4)
    ex = LAST["extra"]
    if after(("service_complaint",)) and isinstance(ex, tuple) and isinstance(LAST["site"], Site):
        site = LAST["site"]
        writer, reason, officer = ex
    else:
        site = a_site(keyed(who, "site"), client_of(who))
        writer, reason, officer = (
            person(keyed(who, "writer"), site.lang),
            rng.randrange(4),
            rng.choice(site.officers),
        )
    ch = client_head(site)
    d = last_day(rng, ("service_complaint",), (2, 9))
    f = sheets(s, h, f"{ch.name} - {site.ref}")
    recipient(
        f,
        s,
        h,
        [ch.name, mx(writer, lg), ch.street, ch.town],
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), f"{site.ref}/{serial(rng, 'C99')}")],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Your complaint - {site.name}",
            f"Ihre Beschwerde - {site.name}",
            f"Votre réclamation - {site.name}",
        ),
        0.5,
    )
    f.page.text(s.margin, f.y, dear(lg, mx(writer, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for bringing this to our attention, and please accept our apologies. We "
            "have investigated the matter fully.",
            "vielen Dank für Ihren Hinweis; wir bedauern den Vorfall sehr und haben den "
            "Sachverhalt umgehend geprüft.",
            "Nous vous remercions de votre signalement et vous prions de nous excuser. Nous "
            "avons mené une enquête interne.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "We have reviewed the control room log, the patrol system and the statement of the "
            f"officer, {officer}.",
            "Wir haben das Leitstellenprotokoll, die Kontrolldaten und die Stellungnahme des "
            f"Mitarbeiters {officer} ausgewertet.",
            "Nous avons analysé la main courante du PC, les données de rondes et le compte "
            f"rendu de l'agent {officer}.",
        )
        + " "
        + prose(rng, lg, "complaint", 1, 3),
    )
    if rng.random() < 0.7:
        rows = [
            [
                words(rng, lg, "complaint", 5)[:-1],
                short(d + timedelta(days=rng.randint(0, 14)), lg),
                rng.choice([ops_manager(), director()]),
            ]
            for _ in range(rng.randint(2, 4))
        ]
        table(
            f,
            columns(s.margin, f.size[0] - s.margin, [(4, "left"), (1.2, "left"), (1.8, "left")]),
            [
                tr(lg, "Action", "Maßnahme", "Action"),
                tr(lg, "By", "bis", "Échéance"),
                tr(lg, "Owner", "Verantwortlich", "Responsable"),
            ],
            rows,
            s,
            rules=True,
        )
    write(
        f,
        s,
        [
            tr(
                lg,
                "The late relief was caused by a vehicle breakdown; the control room should "
                "have told you and did not.",
                "Die verspätete Ablösung ging auf eine Fahrzeugpanne zurück; die Leitstelle hätte "
                "Sie informieren müssen.",
                "Le retard de la relève est dû à une panne de véhicule ; le PC aurait dû vous "
                "prévenir.",
            ),
            tr(
                lg,
                "The officer had left the gatehouse to deal with a delivery without radioing "
                "for cover.",
                "Der Mitarbeiter hatte die Pforte für eine Anlieferung verlassen, ohne Ablösung "
                "anzufordern.",
                "L'agent avait quitté le poste pour une livraison sans demander de relève.",
            ),
            tr(
                lg,
                "Two checkpoint tags had been moved during building works; the patrol data "
                "has been corrected.",
                "Zwei Kontrollpunkte waren bei Bauarbeiten versetzt worden; die Daten wurden "
                "berichtigt.",
                "Deux points de contrôle avaient été déplacés pendant des travaux ; les "
                "données ont été corrigées.",
            ),
            tr(
                lg,
                "The officer has been reminded of the uniform and licence display standard "
                "and issued with new kit.",
                "Der Mitarbeiter wurde belehrt und mit neuer Dienstkleidung ausgestattet.",
                "L'agent a fait l'objet d'un rappel sur la tenue et le port de la carte "
                "professionnelle.",
            ),
        ][reason],
    )
    credit = rng.choice([0, 0, 12, 24])
    if credit:
        write(
            f,
            s,
            tr(
                lg,
                f"As a gesture of goodwill we will credit {credit} hours on this month's invoice.",
                f"Aus Kulanz schreiben wir Ihnen {credit} Stunden auf der Monatsrechnung gut.",
                f"À titre commercial, nous vous accordons un avoir de {credit} heures sur la "
                "facture du mois.",
            ),
        )
    regards(
        f,
        s,
        lg,
        ops_manager(),
        tr(lg, "Operations Manager", "Einsatzleiter", "Responsable d'exploitation"),
    )
    pages = close(f.pages, s, h)
    remember(site, d)
    return pages


def tpl_licensing_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """An inspection letter to the company: the SIA's compliance visit or the certification
    body's ACS / DIN 77200 / APSAD assessment, the Ordnungsamt's review under § 34a GewO with
    a request for documents, or the CNAPS control notice; findings with actions and
    deadlines, and the list of documents to provide with tick boxes on a page of its own."""
    lg = home()
    role = "regulator" if rng.random() < 0.6 else "certifier"
    r = keyed(who, role)
    h = make_head(r.choice(SENDERS[role][lg]), lg, role)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, {"en": "CI/99999", "de": "32.4-99/99", "fr": "CTRL-2099-9999"}[lg])
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "The Directors", "Geschäftsführung", "À l'attention du gérant")),
        d,
        [(tr(lg, "Reference", "Aktenzeichen", "Référence"), ref)],
    )
    if role == "certifier":
        subj = tr(
            lg,
            "Approved Contractor Scheme - annual assessment report",
            "Überwachungsaudit DIN 77200-1 - Ergebnisbericht",
            "Audit de surveillance APSAD / ISO 9001 - rapport",
        )
    else:
        subj = tr(
            lg,
            "Compliance inspection visit - outcome",
            "Überprüfung Ihres Bewachungsgewerbes nach § 34a GewO i.V.m. BewachV - Anhörung",
            "Contrôle de votre entreprise par le CNAPS - observations",
        )
    caption(f, s, subj, 0.5)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Following our visit to your premises on "
            f"{short(d - timedelta(days=rng.randint(5, 20)), lg)}, we set out below our findings.",
            "im Rahmen der Überwachung nach § 34a GewO haben wir am "
            f"{short(d - timedelta(days=rng.randint(5, 20)), lg)} Ihre Geschäftsräume überprüft. "
            "Das Ergebnis teilen wir Ihnen nachfolgend mit.",
            "À la suite du contrôle effectué dans vos locaux le "
            f"{short(d - timedelta(days=rng.randint(5, 20)), lg)}, nous vous faisons part des "
            "constats suivants.",
        ),
    )
    items = tr(
        lg,
        "Screening files (BS 7858)|Licence checks on the register|Assignment "
        "instructions|Training records|Complaints log|Vehicle checks|Key control "
        "procedure|Insurance certificates",
        "Beschäftigtenliste "
        "Bewacherregister|Unterrichtungsnachweise|Dienstanweisungen|Haftpflichtversicherung § "
        "14 BewachV|Aufzeichnungen § 21 BewachV|Dienstkleidung und "
        "Ausweise|Schlüsselverwaltung|Nachunternehmer",
        "Cartes professionnelles des agents|Registre unique du personnel|Consignes de "
        "poste|Attestations d'assurance|Contrats de sous-traitance|Formations MAC|Tenues et "
        "signes distinctifs|Main courante",
    ).split("|")
    rows = [
        [
            it,
            rng.choice(
                [tr(lg, "Compliant", "erfüllt", "Conforme")] * 3
                + [
                    tr(lg, "Minor NC", "Mangel", "Non-conformité mineure"),
                    tr(lg, "Observation", "Hinweis", "Observation"),
                ]
            ),
            short(d + timedelta(days=rng.choice([14, 28, 42])), lg),
        ]
        for it in rng.sample(items, rng.randint(4, 7))
    ]
    table(
        f,
        columns(m, w - m, [(3.6, "left"), (1.8, "left"), (1.2, "left")]),
        [
            tr(lg, "Area", "Prüfpunkt", "Point contrôlé"),
            tr(lg, "Finding", "Ergebnis", "Constat"),
            tr(lg, "Action by", "Frist", "Délai"),
        ],
        rows,
        s,
        rules=True,
        step=1.8,
    )
    write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 0.5)
    regards(
        f,
        s,
        lg,
        person(keyed(who, "insp"), lg),
        tr(
            lg,
            "Compliance Inspector" if role == "regulator" else "Lead Assessor",
            "Sachbearbeitung" if role == "regulator" else "Auditor",
            "Contrôleur" if role == "regulator" else "Auditeur",
        ),
    )
    pages = list(f.pages)
    if rng.random() < 0.6:
        q = Page(A4)
        y = m + 10
        q.text(
            m,
            y,
            tr(
                lg,
                "Documents to be provided",
                "Vorzulegende Unterlagen",
                "Liste des pièces à fournir",
            ),
            s.bold,
            12,
        )
        q.text(w - m, y, ref, s.font, 8, "right")
        y += 24
        for ln in wrap(
            tr(
                lg,
                "Please return copies of the documents ticked below by "
                f"{short(d + timedelta(days=21), lg)}.",
                "Bitte reichen Sie die angekreuzten Unterlagen bis zum "
                f"{short(d + timedelta(days=21), lg)} ein.",
                "Merci de nous adresser les pièces cochées avant le "
                f"{short(d + timedelta(days=21), lg)}.",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ):
            q.text(m, y, ln, s.font, s.size)
            y += s.size * 1.4
        y += 10
        for it in items:
            box(q, m, y, rng.random() < 0.6, 9)
            q.text(m + 16, y, it, s.font, s.size)
            y += 20
        y += 20
        slip_rule(q, m, w - m, y, tr(lg, "Return slip", "Rücklaufzettel", "Coupon réponse"))
        fields(
            q,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                (tr(lg, "Company", "Firma", "Entreprise"), ""),
                (tr(lg, "Signed", "Unterschrift", "Signature"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
            ],
            per=3,
            tall=30,
        )
        pages.append(q)
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.5)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same site or officer."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "guarding_contract": tpl_guarding_contract,
    "assignment_instructions": tpl_assignment_instructions,
    "licence_notice": tpl_licence_notice,
    "qualification_certificate": tpl_qualification_certificate,
    "guard_roster": tpl_guard_roster,
    "hours_signoff": tpl_hours_signoff,
    "occurrence_log": tpl_occurrence_log,
    "patrol_report": tpl_patrol_report,
    "security_incident": tpl_security_incident,
    "alarm_activation": tpl_alarm_activation,
    "keyholding_agreement": tpl_keyholding_agreement,
    "key_receipt": tpl_key_receipt,
    "uniform_invoice": tpl_uniform_invoice,
    "fleet_lease": tpl_fleet_lease,
    "guarding_invoice": tpl_guarding_invoice,
    "client_statement": tpl_client_statement,
    "liability_schedule": tpl_liability_schedule,
    "subcontract_agreement": tpl_subcontract_agreement,
    "service_complaint": tpl_service_complaint,
    "complaint_response": tpl_complaint_response,
    "licensing_inspection": tpl_licensing_inspection,
}
TEMPLATES_ZZZZ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "licence_notice",
    "qualification_certificate",
    "hours_signoff",
    "patrol_report",
    "alarm_activation",
    "uniform_invoice",
    "guarding_invoice",
    "client_statement",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "guarding_contract": "assignment_instructions",
    "keyholding_agreement": "key_receipt",
    "alarm_activation": "security_incident",
    "service_complaint": "complaint_response",
    "hours_signoff": "guarding_invoice",
    "qualification_certificate": "licence_notice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_mandoline_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One security company's pile: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.6) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The company (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", site=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_ZZZZ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_mandoline_stream, "templates ZZZZ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Thermos part of the generated corpus: templates WWW, written blind for the next measurement.

A part of its own, ``thermos``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
locksmith and security systems installer (the owner, two engineers and an office
administrator; in England, Germany or France) feeds through its scanner in a month: the
engineers' emergency call-out job sheets from the carbonless pad (Einsatzbericht Notdienst, bon
d'intervention) with tick boxes, times, parts and the customer's signature in hand, now and then
with the call-out terms printed on the back; the office's call-out invoices, sometimes with the
card terminal's merchant slip stapled behind; customers' authorisations to open a door (proof
of residence declaration, Auftrag zur Türöffnung, attestation sur l'honneur) with the ticks of
the identity seen and the photocopy of a utility bill or identity card behind; cylinder
manufacturers' master-key system plans (Schließplan, organigramme) with the cover sheet, the
key hierarchy and the door/key matrix on landscape pages; the office's key registers for a
client's system with the signed key issue receipts behind; alarm and CCTV installation
quotations (Angebot Einbruchmeldeanlage, devis alarme NF&A2P) with a covering letter, the
equipment schedule, the terms page and an acceptance slip; installation and commissioning
certificates (Errichterbescheinigung and Abnahmeprotokoll, procès-verbal de réception) with the
zone test table and the handover signatures; maintenance contracts with landlords and shops
(Wartungsvertrag, contrat de maintenance) with the equipment schedule, the small-print terms
and the signature page; the engineers' preventive maintenance visit reports with the checklist
and readings; police-response applications (URN application to a police alarms unit, Antrag
auf Aufschaltung einer ÜEA, demande d'autorisation de vidéoprotection) with the office's
covering letter and the keyholder list, and the police's or préfecture's reply (the URN letter,
the Aufschaltbestätigung, the arrêté préfectoral); insurers' letters asking a policyholder for
lock upgrades with the schedule of requirements and a compliance form for the locksmith;
lock, safe and cylinder wholesalers' invoices whose lines run over pages and their delivery
notes signed on receipt; safe opening reports with the ownership declaration and a photo page;
access control handover packs (cover sheet, system description, landscape door table, the
credentials issued, the training sign-off); vehicle tracker subscription invoices for the
vans, sometimes with the trip summary; trade association certificates (MLA approved company,
VdS/BHE Anerkennung, certificat APSAD) now and then behind a covering letter, and the
association's surveillance audit reports with the findings table and the corrective action
form; the office's credit control reminders (first, second, final) with the open items. Each
stream is one office's pile: the office (country, name, month, engineers) is drawn once per
stream; its senders are of the office's country and write in its language, except that
wholesalers, cylinder manufacturers and the tracker company are now and then from abroad and
write in their own. Page sizes range from narrow till slips, A6 receipts and A5 pads to A4,
Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms on the back of a job sheet; the merchant slip stapled behind a call-out invoice; the copy
of the proof of residence behind a door-opening authorisation (another's paper, yet the
customer handed it over with the form); the cover sheet, key hierarchy and matrix pages of a
master-key plan; the register pages and the signed key issue receipts of a key register; the
covering letter, schedule, terms page and acceptance slip of a quotation; the zone table and
handover page of a commissioning certificate; the schedule, terms and signature page of a
maintenance contract; the covering letter, form and keyholder list of a police application;
the requirements schedule and compliance form of an insurer's letter; the terms page of a
wholesaler's invoice; the photo page of a safe opening report; every page of a handover pack;
the trip summary of a tracker invoice; the covering letter of a certificate; the corrective
action form of an audit report; the statement behind a reminder. Related papers are documents
of their own: the job sheet after the door-opening authorisation, the invoice after the job
sheet, the key register after the master-key plan, the police's reply after the application,
the quotation after the insurer's letter, the commissioning certificate after the quotation, the
wholesaler's invoice after its delivery note, the certificate after the audit report; and so is
each job sheet, invoice, delivery note, visit report and reminder of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: job sheets, call-out invoices,
wholesalers' invoices and delivery notes, maintenance visit reports, tracker invoices and
reminders often come 2-4 in a row from one sender with other customers, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers,
about the same customer or job. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan``
and labelled exactly like ``corpus.generate`` with ``"split": "thermos"`` and seeds offset by
7_400_000.

Usage: ``python benchmarks/corpus_thermos.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/thermos/thermos_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    slip_rule,
    stamp,
    table,
    text_block,
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "thermos"
SEED_OFFSET = 7_400_000

MM = 72 / 25.4
SLIP = (80 * MM, 165 * MM)
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the office and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[Row]] = {
    "en": [
        ("Keyworth Locks & Security Ltd", "14 Chapel Walk", "Sheffield S1 2PD", "0114 272 9061"),
        ("Castle Gate Locksmiths", "Unit 3, Mill Yard, Lenton Lane", "Nottingham NG7 2PW", ""),
        ("Bramley Lock & Alarm Co.", "27 Lower Bridge Street", "Chester CH1 1RS", "01244 318 775"),
    ],
    "de": [
        ("Brenner Sicherheitstechnik GmbH", "Bergheimer Straße 41", "69115 Heidelberg", ""),
        ("Riegel & Sohn Schlüsseldienst", "Lange Reihe 17", "20099 Hamburg", "040 24 87 61"),
        ("Sicherheitstechnik Albrecht e.K.", "Ludwigstraße 9", "93047 Regensburg", ""),
    ],
    "fr": [
        ("Serrurerie Martin & Fils", "18 rue Monge", "21000 Dijon", "03 80 43 27 19"),
        ("Atelier Clé Sécurité SARL", "5 rue Jean Jaurès", "44000 Nantes", "02 40 48 61 33"),
        ("Serrurerie Dubreuil", "62 cours Gambetta", "69007 Lyon", "04 78 72 90 14"),
    ],
}
OFFICE_PHONES = {"en": "0114 272 9061", "de": "06221 43 82 10", "fr": "03 80 43 27 19"}
#: The towns a customer of each office lives in.
TOWNS: dict[str, list[list[str]]] = {
    "en": [
        ["Sheffield S10 2HF", "Sheffield S7 1FD", "Rotherham S60 2DY", "Sheffield S11 8YA"],
        ["Nottingham NG5 1AS", "Beeston NG9 2JL", "West Bridgford NG2 6AP", "Arnold NG5 7EL"],
        ["Chester CH2 3AE", "Hoole CH2 3NX", "Ellesmere Port CH65 0AP", "Chester CH4 7QH"],
    ],
    "de": [
        ["69117 Heidelberg", "69123 Heidelberg", "69168 Wiesloch", "68165 Mannheim"],
        ["22089 Hamburg", "20257 Hamburg", "22765 Hamburg", "21029 Hamburg"],
        ["93051 Regensburg", "93055 Regensburg", "93073 Neutraubling", "93133 Burglengenfeld"],
    ],
    "fr": [
        ["21000 Dijon", "21121 Fontaine-lès-Dijon", "21800 Quetigny", "21300 Chenôve"],
        ["44100 Nantes", "44300 Nantes", "44400 Rezé", "44800 Saint-Herblain"],
        ["69003 Lyon", "69100 Villeurbanne", "69008 Lyon", "69500 Bron"],
    ],
}
ROADS = {
    "en": [
        "Ecclesall Road",
        "Abbey Lane",
        "Victoria Street",
        "Church Walk",
        "Park Avenue",
        "Hawthorn Close",
        "Station Road",
        "Queens Drive",
        "Mill Lane",
        "Granville Terrace",
    ],
    "de": [
        "Rohrbacher Straße",
        "Lindenweg",
        "Bahnhofstraße",
        "Schillerstraße",
        "Kirchgasse",
        "Am Anger",
        "Mühlenweg",
        "Goethestraße",
        "Hauptstraße",
        "Rosenstraße",
    ],
    "fr": [
        "rue de la Liberté",
        "avenue Victor Hugo",
        "rue des Tanneurs",
        "place du Marché",
        "rue Pasteur",
        "boulevard de Strasbourg",
        "impasse des Acacias",
        "rue du Moulin",
        "chemin des Vignes",
        "rue Carnot",
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "wholesaler": {
        "en": [
            (
                "Midland Lock & Hardware Wholesale Ltd",
                "Tame Valley Industrial Estate",
                "Tamworth B77 5DQ",
                "01827 280 400",
            ),
            ("Securikey Trade Counter Ltd", "Unit 9, Aston Fields", "Bromsgrove B60 3EX", ""),
            ("Pennine Locks Distribution", "Canal Wharf", "Huddersfield HD1 6RX", "01484 512 990"),
        ],
        "de": [
            (
                "Sicherheitstechnik Großhandel Weber GmbH",
                "Industriestraße 22",
                "42551 Velbert",
                "02051 60 88 0",
            ),
            ("Beschlag-Center Nord GmbH", "Billbrookdeich 140", "22113 Hamburg", ""),
            ("Tresor- und Schlosshandel Süd KG", "Gewerbering 5", "85570 Markt Schwaben", ""),
        ],
        "fr": [
            (
                "Quincaillerie Pro Rhône SAS",
                "ZI Mi-Plaine, 12 rue Jean Bart",
                "69800 Saint-Priest",
                "04 72 47 30 00",
            ),
            ("Distrisûreté Ouest", "ZA de la Lande", "44470 Carquefou", ""),
            ("Comptoir du Vimeu SARL", "Rue de la Bresle", "80390 Fressenneville", ""),
        ],
    },
    "maker": {
        "en": [
            ("Albion Cylinder Works Ltd", "Bloxwich Road", "Willenhall WV13 1BA", "01902 635 100"),
            ("Keyplan Systems UK", "Unit 2, Moat Way", "Wednesbury WS10 7QL", ""),
        ],
        "de": [
            ("Zylinderwerk Velbert GmbH", "Friedrichstraße 88", "42551 Velbert", ""),
            ("Schließanlagen Heiligenhaus AG", "Westfalenstraße 31", "42579 Heiligenhaus", ""),
        ],
        "fr": [
            ("Cylindres de Picardie SA", "Route de Dargnies", "80390 Fressenneville", ""),
            ("Serrures du Vimeu SAS", "12 rue Aristide Briand", "80130 Friville-Escarbotin", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Pennine Mutual Insurance plc",
                "Commercial Lines, Wellington House",
                "Leeds LS1 4JP",
                "0345 601 2200",
            ),
            (
                "Sentinel Home & Business Insurance",
                "Risk Services, PO Box 411",
                "Norwich NR1 3NS",
                "",
            ),
        ],
        "de": [
            ("Rheinische Sachversicherung AG", "Kaiser-Wilhelm-Ring 20", "50672 Köln", ""),
            ("Hanse Assekuranz VVaG", "Ballindamm 40", "20095 Hamburg", "040 30 96 40"),
        ],
        "fr": [
            (
                "Mutuelle des Artisans de l'Ouest",
                "Service Prévention, 3 rue Racine",
                "44000 Nantes",
                "",
            ),
            ("Garantie Habitation Centre-Est SA", "27 avenue de Champagne", "21000 Dijon", ""),
        ],
    },
    "police": {
        "en": [
            (
                "South Yorkshire Police - Alarms Administration Unit",
                "Carbrook House",
                "Sheffield S9 2EH",
                "",
            ),
            ("Nottinghamshire Police - Alarms Office", "Sherwood Lodge", "Arnold NG5 8PP", ""),
            ("Cheshire Constabulary - Alarms Management", "Clemonds Hey", "Winsford CW7 2UA", ""),
        ],
        "de": [
            (
                "Polizeipräsidium Mannheim - Fachstelle Überfall- und Einbruchmeldeanlagen",
                "Collinistraße 1",
                "68161 Mannheim",
                "",
            ),
            (
                "Polizei Hamburg - Zentrale Alarmierungsstelle",
                "Bruno-Georges-Platz 1",
                "22297 Hamburg",
                "",
            ),
            (
                "Polizeipräsidium Oberpfalz - Sachgebiet Technik",
                "Bajuwarenstraße 2",
                "93053 Regensburg",
                "",
            ),
        ],
        "fr": [
            (
                "Préfecture de la Côte-d'Or - Cabinet du Préfet",
                "53 rue de la Préfecture",
                "21000 Dijon",
                "",
            ),
            (
                "Préfecture de la Loire-Atlantique - Bureau de la sécurité",
                "6 quai Ceineray",
                "44000 Nantes",
                "",
            ),
            (
                "Préfecture du Rhône - Service de la vidéoprotection",
                "18 rue de Bonnel",
                "69003 Lyon",
                "",
            ),
        ],
    },
    "association": {
        "en": [("Master Locksmiths Association", "5D Great Central Way", "Daventry NN11 8PF", "")],
        "de": [
            (
                "VdS Schadenverhütung GmbH - Zertifizierungsstelle",
                "Amsterdamer Straße 174",
                "50735 Köln",
                "",
            ),
            ("BHE Bundesverband Sicherheitstechnik e.V.", "Feldstraße 28", "66904 Brücken", ""),
        ],
        "fr": [
            (
                "CNPP Cert. - Certification APSAD",
                "Route de la Chapelle Réanville",
                "27950 Saint-Marcel",
                "",
            )
        ],
    },
    "tracker": {
        "en": [
            (
                "FleetBeacon Telematics Ltd",
                "Pure Offices, Lake View Drive",
                "Nottingham NG15 0DT",
                "0330 122 4410",
            )
        ],
        "de": [("Ortungsdienst Telematik GmbH", "Am Seestern 8", "40547 Düsseldorf", "")],
        "fr": [("GéoFlotte SAS", "Parc Technopolis, 3 avenue du Canada", "91940 Les Ulis", "")],
    },
}
SHOPS: dict[str, list[str]] = {
    "en": [
        "Hallam News & Post Office",
        "The Corner Pharmacy",
        "Greenhill Dental Practice",
        "Bellavista Trattoria",
        "Fairway Estate Agents",
        "St Anne's Primary School",
        "Oakwood Vets",
        "Riverside Jewellers",
    ],
    "de": [
        "Apotheke am Markt",
        "Bäckerei Kühn",
        "Juwelier Seidel",
        "Zahnarztpraxis Dr. Ott",
        "Kiosk Yildiz",
        "Kita Sonnenschein",
        "Optik Hartmann",
        "Weinhandlung Roos",
    ],
    "fr": [
        "Pharmacie du Centre",
        "Boulangerie Morel",
        "Bijouterie Lenoir",
        "Cabinet dentaire Vasseur",
        "Tabac-Presse du Port",
        "École Jules Ferry",
        "Optique Delattre",
        "Cave des Ducs",
    ],
}
LANDLORDS: dict[str, list[str]] = {
    "en": [
        "Sheaf Residential Lettings",
        "Meadowcroft Housing Association",
        "Hargreaves Property Management",
        "Northgate Block Management Ltd",
    ],
    "de": [
        "Hausverwaltung Kaiser & Partner",
        "Wohnbau Neckar eG",
        "WEG-Verwaltung Lorenz",
        "Immobilien Franke GmbH",
    ],
    "fr": [
        "Cabinet Gestion Lamartine",
        "Habitat Bourgogne OPH",
        "Syndic Foncier Dupuis",
        "Agence Immobilière des Halles",
    ],
}
FIRSTS = {
    "en": [
        "Sarah",
        "Gary",
        "Joanne",
        "Darren",
        "Helen",
        "Mark",
        "Leanne",
        "Craig",
        "Anita",
        "Paul",
        "Rebecca",
        "Imran",
    ],
    "de": [
        "Sabine",
        "Jürgen",
        "Claudia",
        "Markus",
        "Petra",
        "Dirk",
        "Nicole",
        "Sven",
        "Aylin",
        "Frank",
        "Monika",
        "Tobias",
    ],
    "fr": [
        "Sandrine",
        "Laurent",
        "Nathalie",
        "Cédric",
        "Isabelle",
        "Franck",
        "Céline",
        "Yann",
        "Karima",
        "Pascal",
        "Émilie",
        "Thierry",
    ],
}
LASTS = {
    "en": [
        "Hudson",
        "Marsden",
        "Kaur",
        "Whitworth",
        "Gregory",
        "Barlow",
        "Dunne",
        "Ashworth",
        "Clegg",
        "Shepherd",
    ],
    "de": [
        "Krämer",
        "Lehmann",
        "Schulte",
        "Wagner",
        "Öztürk",
        "Brandt",
        "Seidel",
        "Vogt",
        "Hofmann",
        "Pohl",
    ],
    "fr": [
        "Mercier",
        "Gauthier",
        "Renard",
        "Bonnet",
        "Haddad",
        "Lambert",
        "Rolland",
        "Marchand",
        "Collin",
        "Barbier",
    ],
}
FEMALE = {
    "Sarah",
    "Joanne",
    "Helen",
    "Leanne",
    "Anita",
    "Rebecca",
    "Sabine",
    "Claudia",
    "Petra",
    "Nicole",
    "Aylin",
    "Monika",
    "Sandrine",
    "Nathalie",
    "Isabelle",
    "Céline",
    "Karima",
    "Émilie",
}

TALK = {
    "en": {
        "lock": "cylinder mortice deadlock sashlock keep strike escutcheon euro profile "
        "anti-snap lever door frame hinge bolts keys cut restricted master key latch",
        "alarm": "detector control panel sounder zone keypad signalling receiving centre "
        "confirmation engineer setting unsetting tamper battery grade notification",
        "legal": "agreement customer company equipment visits charges term termination notice "
        "liability access premises obligations payment renewal",
        "money": "invoice payment account balance due amount reference overdue statement "
        "charges terms settlement remittance credit",
        "insure": "policy premises requirement security doors windows insurer cover theft "
        "claim compliance condition surveyor renewal locks",
        "audit": "procedure records competence training vetting document control complaint "
        "corrective sample installation maintenance evidence review",
    },
    "de": {
        "lock": "Zylinder Einsteckschloss Schließblech Rosette Profil Ziehschutz Tür Rahmen "
        "Bänder Riegel Schlüssel Schließanlage Sicherungskarte Falle Beschlag",
        "alarm": "Melder Zentrale Signalgeber Meldergruppe Bedienteil Übertragung Leitstelle "
        "Scharfschaltung Unscharfschaltung Sabotage Akku Klasse Alarmierung",
        "legal": "Vertrag Auftraggeber Auftragnehmer Anlage Wartung Vergütung Laufzeit "
        "Kündigung Haftung Zutritt Pflichten Zahlung Verlängerung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck offen Mahnung "
        "Gebühren Zahlungsziel Ausgleich Gutschrift",
        "insure": "Versicherungsschein Risiko Sicherungsauflage Türen Fenster Versicherer "
        "Einbruchdiebstahl Schaden Obliegenheit Besichtigung Verlängerung Schlösser",
        "audit": "Verfahren Aufzeichnungen Qualifikation Schulung Lenkung Dokumente Reklamation "
        "Korrekturmaßnahme Stichprobe Errichtung Instandhaltung Nachweis Bewertung",
    },
    "fr": {
        "lock": "cylindre serrure multipoints gâche rosace profil anti-arrachement porte "
        "bâti paumelles pênes clés organigramme carte de propriété béquille",
        "alarm": "détecteur centrale sirène zone clavier transmission télésurveillance "
        "mise en service marche arrêt autoprotection batterie grade levée de doute",
        "legal": "contrat client prestataire installation visites redevance durée résiliation "
        "préavis responsabilité accès obligations paiement reconduction",
        "money": "facture paiement compte solde échéance montant référence impayé relevé frais "
        "règlement relance avoir",
        "insure": "police contrat risque mesures de prévention portes fenêtres assureur vol "
        "sinistre garantie visite échéance serrures",
        "audit": "procédure enregistrements compétences formation maîtrise documentaire "
        "réclamation action corrective échantillon installation maintenance preuve revue",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "lock", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "lock", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The office of a stream: its country, month, people and jobs
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Job:
    """One customer's job, as a companion takes it up."""

    no: str
    name: str  # the customer: a person or a firm
    contact: str  # the person who signs
    lines: list[str]  # street, town
    business: bool
    day: date
    engineer: str
    reason: int


#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def oseed() -> int:
    return int(OFFICE["seed"])  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's office and ``key``: a run or a repeat keeps
    its sender."""
    text = f"thermos/{key}/{who.name}/{who.street}/{who.city}/{oseed()}"
    return random.Random(zlib.crc32(text.encode()))


def office_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"thermos/office/{key}/{oseed()}".encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Herr/Frau or Monsieur/Madame before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name.split()[0]} {name.split()[-1].upper()}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def engineers() -> list[str]:
    r = office_rng("eng")
    lg = home()
    return [person(r, lg), person(r, lg)]


def owner_name() -> str:
    return person(office_rng("owner"), home())


def admin_name() -> str:
    return person(office_rng("admin"), home())


def vans() -> list[str]:
    """The office's three vans' registration numbers."""
    r = office_rng("vans")
    lg = home()
    if lg == "de":
        town = ["HD", "HH", "R"][int(OFFICE["row"])]  # type: ignore[call-overload]
        return [f"{town}-{serial(r, 'AA 999')}" for _ in range(3)]
    mask = {"en": "AA99 AAA", "fr": "AA-999-AA"}[lg]
    return [serial(r, mask) for _ in range(3)]


def a_job(rng: random.Random, business: bool | None = None) -> Job:
    """A new customer job of the stream's office: a household, a shop or a landlord."""
    lg = home()
    row = int(OFFICE["row"])  # type: ignore[call-overload]
    if business is None:
        business = rng.random() < 0.45
    contact = person(rng, lg)
    name = rng.choice(SHOPS[lg] + LANDLORDS[lg]) if business else mx(contact, lg)
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 180)
    street = f"{road} {no}" if lg == "de" else f"{no}{',' if lg == 'fr' else ''} {road}"
    if lg == "en" and rng.random() < 0.3:
        street = f"Flat {rng.randint(1, 24)}, {street}"
    prefix = {"en": "J", "de": "A", "fr": "BI"}[lg]
    return Job(
        no=f"{prefix}{month().year % 100}{rng.randint(1000, 4999)}",
        name=name,
        contact=contact,
        lines=[street, rng.choice(TOWNS[lg][row])],
        business=business,
        day=some_day(rng),
        engineer=rng.choice(engineers()),
        reason=rng.randrange(7),
    )


def job_for(rng: random.Random, kinds: tuple[str, ...], business: bool | None = None) -> Job:
    """The previous document's job if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng, business)


def job_lines(job: Job) -> list[str]:
    if job.business:
        return [job.name, job.contact, *job.lines]
    return [job.name, *job.lines]


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
TAGLINES = {
    "office": (
        "Locksmiths - Alarms - CCTV - Access Control",
        "Schlüsseldienst - Einbruchmeldetechnik - Video - Zutritt",
        "Serrurerie - Alarme - Vidéoprotection - Contrôle d'accès",
    ),
    "wholesaler": (
        "Trade locks, safes & security hardware",
        "Großhandel für Schloss, Beschlag und Tresor",
        "Distribution quincaillerie, serrurerie et coffres-forts",
    ),
    "maker": (
        "Cylinders - Master key systems - Registered profiles",
        "Schließzylinder - Schließanlagen - Patentprofile",
        "Cylindres - Organigrammes - Profils brevetés",
    ),
    "tracker": (
        "Vehicle tracking & fleet telematics",
        "Fahrzeugortung und Flottenmanagement",
        "Géolocalisation et gestion de flotte",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("police", "association"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Heidelberg", "Haspa", "Volksbank Regensburg", "Commerzbank"])
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.7 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if any(t in name for t in ("GmbH", "AG", "KG", "e.K.", "VVaG")):
            out.insert(
                0,
                "Amtsgericht "
                f"{r.choice(['Mannheim', 'Hamburg', 'Regensburg', 'Wuppertal', 'Köln'])}"
                f" HR{'A' if 'e.K.' in name or 'KG' in name else 'B'} {r.randint(1000, 99999)}"
                " - Geschäftsführer: "
                + r.choice(["Thomas Brenner", "Ute Rieger", "Holger Weber", "Birgit Sander"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SARL au capital de {r.choice(['7 500', '15 000', '30 000', '50 000'])} € - "
            f"SIRET {siret} - APE {r.choice(['4332B', '8020Z', '4669B', '4652Z', '2572Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Dijon', 'Nantes', 'Lyon', 'Amiens'])}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "office" and r.random() < 0.7:
        out.append(
            r.choice(["MLA Approved Company", "NSI Bronze", "SSAIB registered", "DBS checked"])
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"thermos/head/{name}/{oseed()}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("police", "association"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone or (OFFICE_PHONES[lang] if role == "office" else ""),
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
        mail=f"{r.choice(['info', 'office', 'accounts', 'service'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def office_head() -> Head:
    lang = home()
    return make_head(OFFICES[lang][int(OFFICE["row"])], lang, "office")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and office), of the
    office's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role == "police":
        return make_head(rows[int(OFFICE["row"]) % len(rows)], lang, role)  # type: ignore[call-overload]
    return make_head(r.choice(rows), lang, role)


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


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.5, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
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


def key_logo(p: Page, x: float, y: float, size: float = 1.0) -> None:
    """A locksmith's key emblem: a ring bow, a shank and two bits."""
    ring(p, x + 8 * size, y + 8 * size, 7 * size, 20)
    ring(p, x + 8 * size, y + 8 * size, 3 * size, 12)
    p.rect(x + 15 * size, y + 6.5 * size, 24 * size, 3 * size, fill=0.1)
    p.rect(x + 31 * size, y + 9.5 * size, 3 * size, 5 * size, fill=0.1)
    p.rect(x + 36 * size, y + 9.5 * size, 3 * size, 7 * size, fill=0.1)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINES.get(h.role)
    tagline = tr(h.lang, *tag) if tag else ""
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
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.62 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        if tagline:
            p.text(m, y + 33, fit(tagline, italic_of(h.font), 7, w - 2 * m), italic_of(h.font), 7)
            return y + 54
        return y + 46
    if h.look == "centred":
        if h.role == "office":
            key_logo(p, w / 2 - 20, y - 26, 1.0)
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if tagline else contact
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
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
            p.text(
                w - m,
                y + 8,
                fit(tagline, italic_of(h.font), 7, w - 2 * m - bw - 10),
                italic_of(h.font),
                7,
                "right",
            )
        return y + 46
    if h.look == "side":
        if h.role == "office":
            key_logo(p, m, y - 6, 0.8)
            x0 = m + 40
        else:
            x0 = m
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - x0)
        p.text(x0, y + 4, h.name, h.bold, pt)
        p.text(
            x0, y + 15, fit(tagline, italic_of(h.font), 7.5, w * 0.6 - x0), italic_of(h.font), 7.5
        )
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = [t for t in parts if t not in ("Mr", "Mrs", "Herr", "Frau", "Madame", "Monsieur", "Dr")]
    parts = parts or ["X"]
    text = f"{parts[0][0]}.{parts[-1][:8].capitalize()}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Accounts", "Office", "Workshop"],
                        "de": ["Buchhaltung", "Büro", "Werkstatt"],
                        "fr": ["Comptabilité", "Secrétariat", "Atelier"],
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
            "Nous vous prions d'agréer nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"thermos/staff/{tag}/{h.name}/{oseed()}".encode()))
    return person(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def office_lines(att: str = "") -> list[str]:
    return head_lines(office_head(), att)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "", paid: float = 0.0
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(80)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Subtotal", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT @ {rate:g}%", f"zzgl. {rate:g} % USt.", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC"), gross))
    if paid:
        rows.append((tr(lg, "Paid by card", "Bezahlt (EC-Karte)", "Réglé par CB"), -paid))
        rows.append((tr(lg, "Balance due", "Restbetrag", "Reste dû"), gross - paid))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 or (not paid and k == 2) else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def small_print(
    rng: random.Random, s0: Style, lg: str, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
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


def sign_box(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    cap: str,
    name: str,
    signed: bool = True,
    when: str = "",
) -> None:
    """A signature box: caption, the signature (if ``signed``), the name and date under it."""
    p.rect(x, y, w, 46)
    p.text(x + 4, y + 8, fit(cap, s.font, 6.5, w - 8), s.font, 6.5)
    if signed:
        scrawl(p, x + 8, y + 30, name, 12)
    p.text(x + 4, y + 42, fit(name + (f"   {when}" if when else ""), HAND, 7.5, w - 8), HAND, 7.5)


def hand_lines(
    p: Page, s: Style, x: float, y: float, w: float, n: int, text: str, pt: float = 9
) -> float:
    """``n`` ruled lines from ``y``, the first ones written on in hand with ``text``."""
    lines = wrap(text, HAND, pt, w - 6)
    for k in range(n):
        yy = y + 15 * k
        p.line(x, yy + 3, x + w, yy + 3)
        if k < len(lines):
            p.text(x + 3, yy, lines[k], HAND, pt)
    return y + 15 * n + 6


# ---------------------------------------------------------------------------------------------
# Templates WWW: call-outs, invoices and door openings
# ---------------------------------------------------------------------------------------------

REASONS = {
    "en": [
        "Locked out",
        "Lost / stolen keys",
        "Burglary repair",
        "Lock change (new tenant)",
        "Key snapped in lock",
        "uPVC door mechanism failed",
        "Board-up",
    ],
    "de": [
        "Tür zugefallen",
        "Schlüssel verloren",
        "Einbruchschaden",
        "Schlosswechsel Mieter",
        "Schlüssel abgebrochen",
        "Mehrfachverriegelung defekt",
        "Notverschluss",
    ],
    "fr": [
        "Porte claquée",
        "Perte / vol de clés",
        "Effraction",
        "Changement de serrure",
        "Clé cassée",
        "Multipoints bloquée",
        "Mise en sécurité",
    ],
}
WORK = {
    "en": [
        "Gained entry non-destructively via letterbox tool. ID checked, auth. form signed.",
        "Cylinder changed to anti-snap 3 star, 5 keys handed to customer. Tested ok.",
        "Frame split at keep. Fitted new keep + reinforcing plate, new sashlock BS3621.",
        "Changed both cylinders front + back, keyed alike, old keys collected.",
        "Extracted broken key, cylinder worn - replaced. Customer advised re spare keys.",
        "Gearbox seized - replaced multipoint gearbox 35mm backset. Door adjusted.",
        "Boarded rear door + kitchen window 18mm ply, hasp and staple, padlock fitted.",
    ],
    "de": [
        "Tür zerstörungsfrei geöffnet (Falle). Ausweis geprüft, Auftrag unterschrieben.",
        "Profilzylinder getauscht, 5 Schlüssel übergeben, Funktion geprüft.",
        "Schließblech ausgerissen, neues Schließblech + Einsteckschloss montiert.",
        "Beide Zylinder gleichschließend getauscht, alte Schlüssel eingezogen.",
        "Schlüsselrest entfernt, Zylinder verschlissen -> erneuert.",
        "Getriebe der Mehrfachverriegelung getauscht, Tür nachgestellt.",
        "Notverschluss Hintertür mit Platte 18 mm, Überfalle + Vorhängeschloss.",
    ],
    "fr": [
        "Ouverture fine (radio) sans dégât. Pièce d'identité vérifiée, autorisation signée.",
        "Remplacement cylindre A2P 1*, 5 clés remises au client, essais ok.",
        "Gâche arrachée : pose gâche renforcée + serrure en applique 3 points.",
        "Remplacement des 2 cylindres s'entrouvrant, anciennes clés récupérées.",
        "Extraction clé cassée, cylindre usé remplacé.",
        "Boîtier multipoints bloqué remplacé, réglage de la porte.",
        "Condamnation provisoire porte arrière : contreplaqué 18 mm + moraillon + cadenas.",
    ],
}
PARTS: list[tuple[str, str, str, float]] = [
    (
        "Euro cylinder 35/45 anti-snap TS007 3*",
        "Profilzylinder 30/35 Not- und Gefahrenfunktion",
        "Cylindre européen 30x40 A2P*",
        48.0,
    ),
    (
        "5-lever mortice sashlock BS3621 3in",
        "Einsteckschloss PZ 55 mm Dornmaß",
        "Serrure en applique 3 points A2P*",
        62.0,
    ),
    (
        "Multipoint gearbox 35mm backset",
        "Getriebe Mehrfachverriegelung 35 mm",
        "Boîtier de crémone multipoints",
        54.0,
    ),
    ("Keep reinforcing plate 600mm", "Schließblech verstärkt 600 mm", "Gâche renforcée", 22.0),
    ("Key-operated window lock", "Fenstergriff abschließbar", "Poignée de fenêtre à clé", 14.5),
    ("Keys cut (each)", "Schlüssel nachgefertigt (Stk.)", "Reproduction de clé (unité)", 6.5),
    ("Closed shackle padlock + hasp", "Vorhängeschloss + Überfalle", "Cadenas + moraillon", 28.0),
    (
        "18mm plywood sheet (cut to size)",
        "Sperrholzplatte 18 mm (Zuschnitt)",
        "Contreplaqué 18 mm (découpe)",
        39.0,
    ),
    ("Door chain heavy duty", "Sperrbügel Edelstahl", "Entrebâilleur renforcé", 18.0),
    ("Letterbox restrictor", "Briefkastenschlitz-Sperre", "Protection boîte aux lettres", 16.0),
]


def part_name(k: int, lg: str) -> str:
    return PARTS[k][{"en": 0, "de": 1, "fr": 2}[lg]]


def job_parts(rng: random.Random, job: Job) -> list[tuple[int, int]]:
    """The parts (index, quantity) a call-out used, after its reason."""
    base = {0: [], 1: [0, 5], 2: [3, 1], 3: [0, 0], 4: [0], 5: [2], 6: [7, 6]}[job.reason]
    out: dict[int, int] = {}
    for k in base:
        out[k] = out.get(k, 0) + 1
    if 5 in out:
        out[5] = rng.choice([2, 3, 4])
    if rng.random() < 0.3:
        extra = rng.choice([4, 8, 9, 5])
        out[extra] = out.get(extra, 0) + 1
    return sorted(out.items())


def out_of_hours(job: Job) -> bool:
    return zlib.crc32(job.no.encode()) % 3 != 0


def job_times(job: Job) -> tuple[str, str, str, float]:
    r = random.Random(zlib.crc32(f"t/{job.no}".encode()))
    call = r.choice([6, 7, 17, 18, 19, 21, 22, 23, 1, 9, 13]) * 60 + r.randrange(0, 60, 5)
    arrive = call + r.randint(25, 70)
    hours = r.choice([0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5])
    leave = arrive + int(hours * 60)

    def hm(t: int) -> str:
        return f"{(t // 60) % 24:02d}:{t % 60:02d}"

    return hm(call), hm(arrive), hm(leave), hours


def tpl_callout_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """An engineer's emergency call-out job sheet from the carbonless pad: pre-printed
    number, boxes for customer, site and times, reason ticks, the work done and the parts in
    hand, the payment ticks and the customer's signature; A5 or A4, now and then the call-out
    terms printed on the back."""
    oh = office_head()
    lg = oh.lang
    job = job_for(rng, ("door_authorisation",))
    if not after(("door_authorisation",)):
        job.day = some_day(rng)
    pad = keyed(who, "pad")
    size = pad.choice([A5, A5, A4])
    s = style_of(oh, size, margin=28 if size == A5 else 40, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = m
    p.text(m, y, fit(oh.name, oh.bold, 10, w * 0.6), oh.bold, 10)
    p.text(m, y + 9, fit(f"{oh.street}, {oh.town}  {oh.phone}", oh.font, 6, w * 0.62), oh.font, 6)
    no = f"{pad.randint(1, 9)}{rng.randint(1000, 9999):04d}"
    p.text(w - m, y, tr(lg, "No.", "Nr.", "N°"), oh.font, 7, "right")
    p.text(w - m, y + 11, no, "Courier-Bold", 12, "right")
    y += 26
    title = tr(lg, "EMERGENCY CALL-OUT JOB SHEET", "EINSATZBERICHT NOTDIENST", "BON D'INTERVENTION")
    p.rect(m, y - 9, w - 2 * m, 13, fill=0.78)
    p.text(w / 2, y, title, oh.bold, 9, "center")
    y += 12
    call, arrive, leave, _ = job_times(job)
    y = (
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Customer", "Auftraggeber", "Client"),
                    job.name if not job.business else f"{job.name} ({job.contact})",
                ),
                (
                    tr(lg, "Tel.", "Telefon", "Tél."),
                    serial(
                        rng,
                        {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg],
                    ),
                ),
                (
                    tr(lg, "Site address", "Einsatzort", "Adresse d'intervention"),
                    ", ".join(job.lines),
                ),
                (tr(lg, "Date", "Datum", "Date"), short(job.day, lg)),
                (tr(lg, "Time called", "Anruf", "Appel"), call),
                (tr(lg, "Arrived", "Ankunft", "Arrivée"), arrive),
                (tr(lg, "Left", "Ende", "Départ"), leave),
                (tr(lg, "Engineer", "Monteur", "Technicien"), job.engineer),
            ],
            per=2,
            tall=22,
        )
        - 2
    )
    y += 4
    p.text(m, y, tr(lg, "Reason for call-out", "Grund des Einsatzes", "Motif"), s.bold, 7.5)
    y += 11
    y = ticks(p, s, m, y, w - 2 * m, REASONS[lg], {job.reason}, 7.5, after=2.0)
    p.text(
        m, y, tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux réalisés"), s.bold, 7.5
    )
    y += 14
    y = hand_lines(p, s, m, y, w - 2 * m, 4 if size == A5 else 6, WORK[lg][job.reason], 8.5)
    cols = columns(m, w - m, [(0.6, "right"), (4, "left"), (1.1, "right")])
    rows = job_parts(rng, job)
    p.text(m, y, tr(lg, "Materials", "Material", "Fournitures"), s.bold, 7.5)
    y += 4
    for k in range(max(4, len(rows))):
        p.rect(m, y, w - 2 * m, 14)
        if k < len(rows):
            idx, q = rows[k]
            p.text(cols[0][1], y + 10, str(q), HAND, 8.5, "right")
            p.text(
                cols[1][0] + 4,
                y + 10,
                fit(part_name(idx, lg), HAND, 8.5, cols[1][1] - cols[1][0] - 6),
                HAND,
                8.5,
            )
            p.text(cols[2][1], y + 10, money(PARTS[idx][3] * q, lg), HAND, 8.5, "right")
        y += 14
    y += 14
    p.text(m, y, tr(lg, "Payment", "Zahlung", "Règlement"), s.bold, 7.5)
    pay = [
        tr(lg, "Card", "EC-Karte", "CB"),
        tr(lg, "Cash", "Bar", "Espèces"),
        tr(lg, "Invoice", "Rechnung", "Facture"),
        tr(lg, "Account", "Hausverwaltung", "Syndic"),
    ]
    paid = 3 if job.business and rng.random() < 0.6 else rng.choice([0, 0, 1, 2])
    y = ticks(p, s, m + 50, y, w - 2 * m - 50, pay, {paid}, 7.5, after=2.4)
    if out_of_hours(job):
        box(p, m, y, True, 7.5)
        p.text(
            m + 12,
            y,
            tr(lg, "Out of hours rate applies", "Notdienstzuschlag", "Majoration nuit / week-end"),
            s.font,
            7.5,
        )
        y += 14
    decl = tr(
        lg,
        "I confirm the work above has been completed to my satisfaction and that I am "
        "entitled to authorise it.",
        "Die Arbeiten wurden ordnungsgemäß ausgeführt. Ich bin zur Beauftragung berechtigt.",
        "Je certifie être habilité(e) à commander ces travaux, réalisés à ma satisfaction.",
    )
    y = text_block(p, s, m, y + 2, w - 2 * m, decl, 6.5)
    bw = (w - 2 * m - 8) / 2
    yb = min(y, hh - m - 60)
    sign_box(
        p,
        s,
        m,
        yb,
        bw,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
        job.contact,
    )
    sign_box(p, s, m + bw + 8, yb, bw, tr(lg, "Engineer", "Monteur", "Technicien"), job.engineer)
    p.text(
        w / 2,
        hh - 12,
        tr(
            lg,
            "White: customer   Yellow: office   Pink: book",
            "Weiß: Kunde   Gelb: Büro   Rosa: Block",
            "Blanc : client   Jaune : bureau   Rose : souche",
        ),
        s.font,
        6,
        "center",
    )
    pages = [p]
    if pad.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms of call-out",
                    "Bedingungen für Notdiensteinsätze",
                    "Conditions générales d'intervention",
                ),
                [tr(lg, t, g, f) for t, g, f in TERMS_CALLOUT],
            )
        )
    remember(job, job.day, no)
    return pages


TERMS_CALLOUT = [
    ("Call-out charge", "Anfahrt", "Déplacement"),
    ("Out of hours", "Notdienstzuschlag", "Majorations"),
    ("Proof of entitlement", "Nachweis der Berechtigung", "Justificatif de domicile"),
    ("Damage on entry", "Schäden bei Öffnung", "Dommages à l'ouverture"),
    ("Payment", "Zahlung", "Paiement"),
    ("Guarantee", "Gewährleistung", "Garantie"),
    ("Cancellation", "Stornierung", "Annulation"),
    ("Complaints", "Beschwerden", "Réclamations"),
    ("Data protection", "Datenschutz", "Données personnelles"),
]


def card_slip(rng: random.Random, name: str, town: str, lg: str, d: date, amount: float) -> Page:
    """The card terminal's merchant copy on a narrow till roll."""
    w, _hh = SLIP
    p = Page(SLIP)
    y = 30.0
    f = "Courier"
    for t in (name.upper(), town.upper()):
        p.text(w / 2, y, fit(t, f, 7.5, w - 20), f, 7.5, "center")
        y += 10
    y += 8
    rows = [
        (tr(lg, "MERCHANT COPY", "HÄNDLERBELEG", "TICKET COMMERÇANT"), ""),
        ("TID", serial(rng, "99999999")),
        ("MID", serial(rng, "9999999999")),
        (short(d, lg), f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}"),
        (rng.choice(["VISA DEBIT", "MASTERCARD", "GIROCARD", "CB"]), ""),
        ("************" + serial(rng, "9999"), ""),
        (tr(lg, "SALE", "ZAHLUNG", "DEBIT"), ""),
        (tr(lg, "AMOUNT", "BETRAG", "MONTANT"), cash(amount, lg)),
        ("", ""),
        (tr(lg, "PIN VERIFIED", "PIN OK", "CODE VERIFIE"), ""),
        ("AUTH", serial(rng, "999999")),
        (tr(lg, "APPROVED", "GENEHMIGT", "ACCEPTE"), ""),
    ]
    for a, b in rows:
        p.text(14, y, a, f, 7.5)
        if b:
            p.text(w - 14, y, b, f, 7.5, "right")
        y += 11
    p.text(
        w / 2, y + 12, tr(lg, "PLEASE RETAIN", "BITTE AUFBEWAHREN", "A CONSERVER"), f, 7, "center"
    )
    return p


def tpl_callout_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's invoice for a call-out: customer, job number, call-out charge, labour,
    parts, VAT and total, a paid stamp or the payment terms; now and then the card terminal's
    merchant slip stapled behind."""
    oh = office_head()
    lg = oh.lang
    job = job_for(rng, ("callout_sheet",))
    d = job.day + timedelta(days=rng.choice([0, 0, 1, 2, 3]))
    size = LETTER if lg == "en" and keyed(who, "let").random() < 0.15 else A4
    s = style_of(oh, size)
    w, _hh = size
    m = s.margin
    inv = f"{tr(lg, 'INV', 'RE', 'FA')}-{d.year % 100}{rng.randint(100, 999):04d}"
    f = sheets(s, oh, f"{oh.name} - {inv}")
    recipient(
        f,
        s,
        oh,
        job_lines(job),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Job no.", "Auftrag", "Intervention"), job.no),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Site: {', '.join(job.lines)} - attended {day(oh, job.day)} by {job.engineer}",
            f"Einsatzort: {', '.join(job.lines)} - Einsatz am {day(oh, job.day)}, Monteur "
            f"{job.engineer}",
            f"Lieu d'intervention : {', '.join(job.lines)} - le {day(oh, job.day)}, technicien "
            f"{job.engineer}",
        ),
        s.size - 1,
    )
    _, _, _, hours = job_times(job)
    ooh = out_of_hours(job)
    rates = {"en": (95.0, 55.0), "de": (59.0, 78.0), "fr": (49.0, 65.0)}[lg]
    rows: list[list[str]] = []
    net = 0.0

    def add(desc: str, q: float, unit: float) -> None:
        nonlocal net
        v = round(q * unit, 2)
        net += v
        rows.append([desc, f"{q:g}", money(unit, lg), money(v, lg)])

    add(
        tr(
            lg,
            "Call-out charge" + (" (out of hours)" if ooh else ""),
            "Anfahrtspauschale",
            "Déplacement et diagnostic",
        ),
        1,
        rates[0] * (1.5 if ooh and lg == "en" else 1),
    )
    if ooh and lg != "en":
        add(
            tr(lg, "", "Notdienstzuschlag Nacht/Wochenende", "Majoration nuit / dimanche"),
            1,
            rates[0],
        )
    add(tr(lg, "Labour (hours)", "Arbeitszeit (Std.)", "Main d'oeuvre (h)"), hours, rates[1])
    for idx, q in job_parts(rng, job):
        add(part_name(idx, lg), q, PARTS[idx][3])
    cols = columns(m, w - m, [(4.5, "left"), (0.8, "right"), (1.2, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
        shade=0.9 if rng.random() < 0.4 else None,
    )
    card = rng.random() < 0.5 and not job.business
    gross = round(net * (1 + vat_rate(lg) / 100), 2)
    totals(f, s, lg, round(net, 2), vat_rate(lg), paid=gross if card else 0.0)
    if card:
        stamp(
            f.page,
            w - m - 160,
            f.y + 6,
            [tr(lg, "PAID WITH THANKS", "BEZAHLT", "ACQUITTÉE"), short(job.day, lg)],
        )
        f.y += 50
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"Payment due within 14 days. Please quote {inv}.",
                f"Zahlbar innerhalb von 10 Tagen ohne Abzug. Bitte geben Sie {inv} an.",
                "Paiement à réception. Pénalités de retard : 3 fois le taux d'intérêt légal. "
                "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
            ),
            s.size - 1,
        )
    if lg == "fr" and rng.random() < 0.5:
        write(
            f,
            s,
            "Garantie pièces et main d'oeuvre : 1 an. TVA 10 % applicable aux travaux "
            "dans les locaux d'habitation de plus de deux ans (attestation jointe).",
            s.size - 2,
        )
    pages = close(f.pages, s, oh)
    if card and rng.random() < 0.55:
        pages.append(card_slip(rng, oh.name, oh.town, lg, job.day, gross))
    remember(job, d)
    return pages


PROOFS = {
    "en": [
        "Passport",
        "Driving licence",
        "Utility bill",
        "Tenancy agreement",
        "Council tax bill",
        "Bank statement",
    ],
    "de": [
        "Personalausweis",
        "Reisepass",
        "Mietvertrag",
        "Meldebescheinigung",
        "Nachbar bestätigt",
        "Post mit Anschrift",
    ],
    "fr": [
        "Carte d'identité",
        "Passeport",
        "Facture EDF / eau",
        "Bail",
        "Avis de taxe d'habitation",
        "Témoin voisin",
    ],
}


def proof_copy(rng: random.Random, job: Job, lg: str) -> Page:
    """A photocopy of the proof of residence the customer showed: a utility bill or an identity
    card, in its own layout, with the copier's grey edge."""
    p = Page(A4)
    _w, hh = A4
    copier_edge(p, rng)
    if rng.random() < 0.5:
        # identity card, both sides on one copy
        for k in range(2):
            x, y = 120.0, 110.0 + k * 190
            p.rect(x, y, 250, 158)
            if k == 0:
                p.text(
                    x + 10,
                    y + 16,
                    tr(lg, "DRIVING LICENCE", "BUNDESREPUBLIK DEUTSCHLAND", "RÉPUBLIQUE FRANÇAISE"),
                    "Helvetica-Bold",
                    8,
                )
                p.text(
                    x + 10,
                    y + 26,
                    tr(lg, "UK", "PERSONALAUSWEIS", "CARTE NATIONALE D'IDENTITÉ"),
                    "Helvetica",
                    6.5,
                )
                photo(p, x + 10, y + 36, 62, 80, rng)
                yy = y + 44
                for t in (
                    job.contact.split()[-1].upper(),
                    job.contact.split()[0],
                    short(
                        date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)), lg
                    ),
                    serial(rng, "AA9999999"),
                ):
                    p.text(x + 84, yy, t, "Helvetica", 7.5)
                    yy += 14
                scrawl(p, x + 84, y + 140, job.contact, 10)
            else:
                yy = y + 22
                for t in (
                    job.lines[0],
                    job.lines[1],
                    serial(rng, "IDD<<9999999999<<<<<<<"),
                    serial(rng, "9999999A9999999<<<<<<<<<<<9"),
                ):
                    p.text(x + 12, yy, fit(t, "Courier", 8, 226), "Courier", 8)
                    yy += 16
        p.text(60, hh - 60, tr(lg, "copy", "Kopie", "copie"), HAND, 10)
        return p
    # utility bill first page, copied
    supplier = {
        "en": ["Yorkshire Water", "E.ON Next", "Severn Trent Water", "British Gas"],
        "de": ["Stadtwerke Heidelberg", "Hamburg Energie", "REWAG Regensburg", "Vattenfall"],
        "fr": ["EDF", "Engie", "Eau du Grand Lyon", "Nantes Métropole - Eau"],
    }[lg]
    name = rng.choice(supplier)
    p.text(70, 70, name, "Helvetica-Bold", 16)
    p.rect(70, 80, 455, 3, fill=0.3)
    y = 120.0
    for t in [job.name if not job.business else job.contact, *job.lines]:
        p.text(70, y, t, "Helvetica", 10)
        y += 13
    p.text(360, 120, tr(lg, "Account number", "Kundennummer", "Réf. client"), "Helvetica", 8)
    p.text(360, 132, serial(rng, "9999 9999 99"), "Helvetica-Bold", 10)
    p.text(360, 150, tr(lg, "Bill date", "Rechnungsdatum", "Date de facture"), "Helvetica", 8)
    p.text(360, 162, short(job.day - timedelta(days=rng.randint(20, 80)), lg), "Helvetica-Bold", 10)
    y = 230.0
    p.text(
        70, y, tr(lg, "Your bill", "Ihre Jahresabrechnung", "Votre facture"), "Helvetica-Bold", 13
    )
    y += 24
    for _ in range(rng.randint(5, 8)):
        p.text(70, y, fit(words(rng, lg, "money", 6), "Helvetica", 9, 300), "Helvetica", 9)
        p.text(525, y, cash(rng.uniform(8, 220), lg), "Helvetica", 9, "right")
        y += 15
    p.rect(70, y + 10, 455, 60, fill=0.88)
    p.text(80, y + 32, tr(lg, "Amount due", "Zu zahlen", "Montant à payer"), "Helvetica-Bold", 11)
    p.text(515, y + 32, cash(rng.uniform(60, 420), lg), "Helvetica-Bold", 11, "right")
    p.barcode("code128", serial(rng, "99999999999999"), 70, hh - 200)
    return p


def tpl_door_authorisation(rng: random.Random, who: Issuer) -> list[Page]:
    """The customer's authorisation to open a door (proof of residence declaration): the
    office's form with the property, the customer's relation to it, the identity seen, the
    declaration and the signatures; often the copy of the proof of residence behind."""
    oh = office_head()
    lg = oh.lang
    job = a_job(rng, business=False)
    job.reason = 0
    size = keyed(who, "size").choice([A4, A5, A4])
    s = style_of(oh, size, margin=30 if size == A5 else 46, pt=8.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, oh)
    title = tr(
        lg, "AUTHORITY TO GAIN ENTRY", "AUFTRAG ZUR TÜRÖFFNUNG", "AUTORISATION D'OUVERTURE DE PORTE"
    )
    sub = tr(
        lg,
        "Proof of residence declaration",
        "Erklärung des Auftraggebers",
        "Attestation sur l'honneur",
    )
    p.text(w / 2, y, title, s.bold, 12 if size == A4 else 10, "center")
    p.text(w / 2, y + 13, sub, italic_of(s.font), 8, "center")
    y += 28
    y = band(p, s, y, tr(lg, "1. Property", "1. Objekt", "1. Logement")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(job.lines)),
            (
                tr(lg, "Door / floor", "Tür / Etage", "Porte / étage"),
                rng.choice(["front door", "back door", "flat door"])
                if lg == "en"
                else rng.choice(["Wohnungstür 2. OG", "Haustür", "Kellertür"])
                if lg == "de"
                else rng.choice(["porte palière 3e", "porte d'entrée", "porte de garage"]),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(job.day, lg)),
            (tr(lg, "Time", "Uhrzeit", "Heure"), job_times(job)[1]),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "2. Person requesting entry", "2. Auftraggeber", "2. Demandeur")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom, prénom"), job.contact),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28)), lg),
            ),
            (tr(lg, "Phone", "Telefon", "Téléphone"), serial(rng, "07999 999999")),
            (
                tr(
                    lg,
                    "Current address (if different)",
                    "Wohnanschrift (falls abweichend)",
                    "Adresse (si différente)",
                ),
                "",
            ),
        ],
        per=2,
        tall=24,
    )
    rel = [
        tr(lg, "Owner", "Eigentümer", "Propriétaire"),
        tr(lg, "Tenant", "Mieter", "Locataire"),
        tr(lg, "Agent", "Verwalter", "Mandataire"),
        tr(lg, "Other", "Sonstiges", "Autre"),
    ]
    p.text(m, y, tr(lg, "Relation to property:", "Berechtigung:", "Qualité :"), s.font, 7.5)
    y = ticks(p, s, m + 90, y, w - 2 * m - 90, rel, {rng.choice([0, 1, 1])}, 7.5, after=2.2)
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "3. Identification seen",
                "3. Vorgelegte Nachweise",
                "3. Justificatifs présentés",
            ),
        )
        + 12
    )
    seen = set(rng.sample(range(6), rng.choice([1, 2, 2, 3])))
    y = ticks(p, s, m, y, w - 2 * m, PROOFS[lg], seen, 7.5, after=2.2)
    p.text(m, y, tr(lg, "Document no.:", "Ausweis-Nr.:", "N° de pièce :"), s.font, 7.5)
    hand(p, m + 70, y, serial(rng, "AA9999999"), 9)
    y += 16
    decl = tr(
        lg,
        "I declare that I am the occupier of / entitled to enter the above property and "
        "authorise the locksmith to gain entry. I accept responsibility for any damage "
        "necessarily caused and for the charges. I understand that giving false "
        "information may be a criminal offence.",
        "Ich versichere, zum Betreten der o.g. Räume berechtigt zu sein, und beauftrage die "
        "Öffnung. Für notwendige Schäden und die Kosten komme ich auf. Falsche Angaben "
        "können strafrechtlich verfolgt werden.",
        "Je soussigné(e) certifie sur l'honneur être l'occupant légitime du logement "
        "ci-dessus et autorise l'ouverture de la porte. Je m'engage à régler la prestation "
        "et décharge l'entreprise de toute responsabilité en cas de fausse déclaration.",
    )
    y = text_block(p, s, m, y, w - 2 * m, decl, 7.5)
    bw = (w - 2 * m - 8) / 2
    yb = min(y + 4, hh - m - 70)
    sign_box(
        p,
        s,
        m,
        yb,
        bw,
        tr(lg, "Signature of customer", "Unterschrift Auftraggeber", "Signature du demandeur"),
        job.contact,
        when=short(job.day, lg),
    )
    sign_box(p, s, m + bw + 8, yb, bw, tr(lg, "Locksmith", "Monteur", "Technicien"), job.engineer)
    if rng.random() < 0.25:
        hand(
            p,
            m,
            yb + 62,
            tr(lg, "Police present - PC 4471", "Polizei vor Ort (POK Weiß)", "Police présente"),
            9,
        )
    pages = [p]
    if rng.random() < 0.6:
        cp = proof_copy(rng, job, lg)
        if rng.random() < 0.2:
            pages.insert(0, cp)
        else:
            pages.append(cp)
    remember(job, job.day)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates WWW: master-key systems and key registers
# ---------------------------------------------------------------------------------------------

DOOR_NAMES = {
    "en": [
        "Main entrance",
        "Rear fire exit",
        "Reception",
        "Office 1",
        "Office 2",
        "Store room",
        "Plant room",
        "Kitchen",
        "Meeting room",
        "Stock room",
        "Staff WC",
        "Bin store",
        "Cleaner's cupboard",
        "Server room",
        "Manager's office",
        "Roof access",
        "Car park gate",
        "Flat 1",
        "Flat 2",
        "Flat 3",
        "Flat 4",
        "Cellar",
    ],
    "de": [
        "Haupteingang",
        "Notausgang hinten",
        "Empfang",
        "Büro 1",
        "Büro 2",
        "Lager",
        "Technikraum",
        "Küche",
        "Besprechung",
        "Archiv",
        "WC Personal",
        "Müllraum",
        "Putzraum",
        "Serverraum",
        "Chefbüro",
        "Dachausstieg",
        "Tiefgarage",
        "Whg. 1",
        "Whg. 2",
        "Whg. 3",
        "Whg. 4",
        "Keller",
    ],
    "fr": [
        "Entrée principale",
        "Issue de secours",
        "Accueil",
        "Bureau 1",
        "Bureau 2",
        "Réserve",
        "Local technique",
        "Cuisine",
        "Salle de réunion",
        "Archives",
        "Sanitaires",
        "Local poubelles",
        "Local ménage",
        "Baie informatique",
        "Bureau direction",
        "Accès toiture",
        "Portail parking",
        "Logt 1",
        "Logt 2",
        "Logt 3",
        "Logt 4",
        "Cave",
    ],
}


@dataclass
class KeySystem:
    no: str
    site: str
    profile: str
    doors: list[tuple[str, str, str]]  # door no., location, cylinder
    keys: list[str]  # key names: GMK, MK.., K1..
    marks: list[set[int]]  # per door, the keys that open it


def key_system(rng: random.Random, job: Job, lg: str) -> KeySystem:
    n = rng.choice([8, 12, 16, 22])
    locs = rng.sample(DOOR_NAMES[lg], min(n, len(DOOR_NAMES[lg])))
    cyl = {
        "en": [
            "Euro DC 35/35",
            "Euro DC 40/50",
            "Euro thumbturn 35/35",
            "Rim cylinder",
            "Padlock 50",
        ],
        "de": ["PZ 30/30", "PZ 35/40", "KZ 30/10", "Knaufzyl. 30/30", "Vorhängeschloss 50"],
        "fr": ["Cyl. 30x30", "Cyl. 35x40", "Cyl. bouton 30x30", "Demi-cyl. 30x10", "Cadenas 50"],
    }[lg]
    doors = [(f"{k + 1:03d}", loc, rng.choice(cyl)) for k, loc in enumerate(locs)]
    groups = rng.choice([2, 3, 4])
    keys = ["GMK"] + [f"MK{chr(65 + g)}" for g in range(groups)]
    singles = [f"{chr(65 + k % groups)}{k // groups + 1}" for k in range(min(n, 14))]
    keys += singles
    marks: list[set[int]] = []
    for k in range(len(doors)):
        g = k % groups
        opened = {0, 1 + g}
        if k < len(singles):
            opened.add(1 + groups + k)
        if rng.random() < 0.15:
            opened.discard(1 + g)
        marks.append(opened)
    return KeySystem(
        no=serial(rng, rng.choice(["S9-99999", "99 999 99", "AA 9999", "999999"])),
        site=f"{job.name}, {job.lines[0]}, {job.lines[1]}",
        profile=rng.choice(["TX-5", "KP 7.2", "Sigma Plus", "Vario 6", "Delta K", "PX 24"]),
        doors=doors,
        keys=keys,
        marks=marks,
    )


def tpl_masterkey_plan(rng: random.Random, who: Issuer) -> list[Page]:
    """A cylinder manufacturer's master-key system plan (Schließplan, organigramme): a cover
    sheet with the system number, the profile, the site and the security-card notice and the
    key hierarchy; the door/key matrix with crosses on landscape pages; page numbers."""
    h = head_of(who, "maker", abroad=0.2)
    lg = h.lang
    job = a_job(rng, business=True)
    d = some_day(rng)
    ks = key_system(rng, job, lg)
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h) + 10
    title = tr(
        lg, "MASTER KEY SYSTEM - KEYING SCHEDULE", "SCHLIESSPLAN", "ORGANIGRAMME DE COMBINAISONS"
    )
    p.text(w / 2, y, fit(title, s.bold, 15, w - 2 * m), s.bold, 15, "center")
    y += 30
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "System no.", "Anlagen-Nr.", "N° d'organigramme"), ks.no),
            (tr(lg, "Profile", "Profil", "Profil"), ks.profile),
            (tr(lg, "Site", "Objekt", "Site"), ks.site),
            (tr(lg, "Ordered by", "Besteller", "Commandé par"), office_head().name),
            (
                tr(lg, "Order date", "Bestelldatum", "Date de commande"),
                short(d - timedelta(days=rng.randint(10, 30)), lg),
            ),
            (
                tr(lg, "Issue / revision", "Ausgabe / Stand", "Indice"),
                f"{rng.choice(['A', 'B', '1', '2'])} - {short(d, lg)}",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y += 6
    p.text(m, y, tr(lg, "Key hierarchy", "Schlüsselhierarchie", "Hiérarchie des clés"), s.bold, 10)
    y += 18
    groups = [k for k in ks.keys if k.startswith("MK")]
    p.text(
        w / 2,
        y,
        f"GMK  ({tr(lg, 'grand master', 'Generalhauptschlüssel', 'passe général')})",
        s.bold,
        9,
        "center",
    )
    y += 8
    p.line(w / 2, y, w / 2, y + 12)
    y += 12
    gx = [m + (w - 2 * m) * (k + 0.5) / len(groups) for k in range(len(groups))]
    p.line(gx[0], y, gx[-1], y)
    for k, g in enumerate(groups):
        p.line(gx[k], y, gx[k], y + 10)
        p.rect(gx[k] - 22, y + 10, 44, 16)
        p.text(gx[k], y + 21, g, s.bold, 8.5, "center")
        subs = [x for x in ks.keys if x[0] == chr(65 + k) and x[1:].isdigit()]
        yy = y + 40
        for sk in subs[:6]:
            p.text(gx[k], yy, sk, s.font, 8, "center")
            yy += 11
    y += 120
    notice = tr(
        lg,
        "This is a registered system. Keys and cylinders will only be supplied against "
        "presentation of the security card and the signature of an authorised person. "
        "Keep this schedule confidential.",
        "Die Schließanlage ist durch Sicherungskarte geschützt. Nachbestellungen von "
        "Schlüsseln und Zylindern nur gegen Vorlage der Sicherungskarte. Schließplan "
        "vertraulich behandeln.",
        "Organigramme protégé par carte de propriété. Toute reproduction de clé ou "
        "commande de cylindre se fait uniquement sur présentation de la carte. Document "
        "confidentiel.",
    )
    p.rect(m, y - 10, w - 2 * m, 52, fill=0.92)
    text_block(p, s, m + 6, y + 2, w - 2 * m - 12, notice, 8)
    pages = [p]
    # matrix pages, landscape
    ls = style_of(h, LAND, margin=36, pt=7)
    lw, lh = LAND
    key_w = 24.0
    per_page = 26
    for start in range(0, len(ks.doors), per_page):
        q = Page(LAND)
        yy = 40.0
        q.text(36, yy, fit(f"{h.name} - {title} {ks.no}", ls.bold, 9, lw * 0.7), ls.bold, 9)
        q.text(lw - 36, yy, short(d, lg), ls.font, 8, "right")
        yy += 24
        x_keys = 36 + 250
        for k, kn in enumerate(ks.keys):
            q.text(x_keys + k * key_w + key_w / 2, yy, kn, ls.bold, 6.5, "center")
        q.text(36, yy, tr(lg, "Door", "Tür", "Porte"), ls.bold, 7)
        q.text(70, yy, tr(lg, "Location", "Raum", "Emplacement"), ls.bold, 7)
        q.text(180, yy, tr(lg, "Cylinder", "Zylinder", "Cylindre"), ls.bold, 7)
        yy += 6
        q.line(36, yy, x_keys + len(ks.keys) * key_w, yy)
        for k in range(len(ks.keys) + 1):
            q.line(
                x_keys + k * key_w,
                yy - 16,
                x_keys + k * key_w,
                yy + 16 * min(per_page, len(ks.doors) - start),
            )
        yy += 11
        for di in range(start, min(start + per_page, len(ks.doors))):
            no, loc, cyl = ks.doors[di]
            q.text(36, yy, no, ls.font, 7)
            q.text(70, yy, fit(loc, ls.font, 7, 105), ls.font, 7)
            q.text(180, yy, fit(cyl, ls.font, 7, 100), ls.font, 7)
            for k in ks.marks[di]:
                q.text(x_keys + k * key_w + key_w / 2, yy, "X", ls.bold, 7.5, "center")
            q.line(36, yy + 5, x_keys + len(ks.keys) * key_w, yy + 5)
            yy += 16
        yy += 10
        q.text(
            36,
            min(yy, lh - 60),
            tr(
                lg,
                "Keys per number: see order. X = key opens cylinder. Total cylinders: "
                f"{len(ks.doors)}",
                f"X = Schlüssel schließt. Zylinder gesamt: {len(ks.doors)}",
                f"X = la clé ouvre le cylindre. Nombre de cylindres : {len(ks.doors)}",
            ),
            ls.font,
            7,
        )
        pages.append(q)
    number_pages(
        pages,
        s,
        tr(lg, "Sheet {i} of {n}", "Blatt {i} von {n}", "Feuille {i}/{n}"),
        "br",
        bottom=26,
    )
    remember(job, d, ks)
    return pages


def tpl_key_register(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's key register for a client's master-key system: the system, the keys cut
    and to whom each was issued, signatures in the register; behind it, now and then, the
    signed key issue receipts (A5) of the key holders."""
    oh = office_head()
    lg = oh.lang
    ex = LAST["extra"]
    job = job_for(rng, ("masterkey_plan",), business=True)
    if after(("masterkey_plan",)) and isinstance(ex, KeySystem):
        ks = ex
    else:
        ks = key_system(rng, job, lg)
    d = last_day(rng, ("masterkey_plan",), (6, 20))
    land = keyed(who, "land").random() < 0.5
    size = LAND if land else A4
    s = style_of(oh, size, margin=40 if land else 0, pt=8.5)
    w, _hh = size
    m = s.margin
    f = sheets(
        s, oh, f"{tr(lg, 'Key register', 'Schlüsselverzeichnis', 'Registre des clés')} {ks.no}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "KEY REGISTER",
            "SCHLÜSSELVERZEICHNIS / AUSGABEPROTOKOLL",
            "REGISTRE DE REMISE DES CLÉS",
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
            (tr(lg, "Client", "Kunde", "Client"), job.name),
            (tr(lg, "System no.", "Anlagen-Nr.", "Organigramme"), f"{ks.no} ({ks.profile})"),
            (tr(lg, "Site", "Objekt", "Site"), ", ".join(job.lines)),
            (tr(lg, "Responsible person", "Verantwortlich", "Responsable"), job.contact),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    holders = [person(rng, lg) for _ in range(rng.randint(6, 15 if land else 18))]
    rows = []
    for k, hn in enumerate(holders):
        kn = rng.choice(ks.keys[1:]) if k else "GMK"
        n = f"{kn}-{rng.randint(1, 9):02d}"
        iss = d + timedelta(days=rng.randint(0, 6))
        ret = short(iss + timedelta(days=rng.randint(20, 60)), lg) if rng.random() < 0.1 else ""
        rows.append(
            [n, kn, hn, rng.choice(DOOR_NAMES[lg][:6]) if land else "", short(iss, lg), ret, ""]
        )
    spec = [
        (1, "left"),
        (0.8, "left"),
        (2.2, "left"),
        (1.8, "left"),
        (1.2, "left"),
        (1.2, "left"),
        (1.8, "left"),
    ]
    heads = [
        tr(lg, "Key no.", "Schl.-Nr.", "N° clé"),
        tr(lg, "Type", "Typ", "Type"),
        tr(lg, "Issued to", "Empfänger", "Remise à"),
        tr(lg, "Dept.", "Abteilung", "Service"),
        tr(lg, "Issued", "Ausgabe", "Remise"),
        tr(lg, "Returned", "Rückgabe", "Retour"),
        tr(lg, "Signature", "Unterschrift", "Signature"),
    ]
    if not land:
        spec.pop(3)
        heads.pop(3)
        rows = [r[:3] + r[4:] for r in rows]
    cols = columns(m, w - m, spec)
    pg = len(f.pages)
    start_y = f.y
    table(f, cols, heads, rows, s, rules=True, step=2.4)
    # signatures in the register: one per row on the page where it was drawn (approximate)
    sig_x = cols[-1][0] + 2
    if len(f.pages) == pg:
        rs = s.size - 1
        yy = start_y + rs * 1.9
        for r in rows:
            if not r[-2] or rng.random() < 0.5:
                scrawl(f.page, sig_x, yy + 1, r[2], 8.5)
            yy += rs * 2.4
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "Lost keys must be reported to the client immediately. Additional keys only "
            "via the authorised person against the security card.",
            "Verlust ist unverzüglich zu melden. Nachschlüssel nur über die berechtigte "
            "Person gegen Sicherungskarte.",
            "Toute perte de clé doit être signalée sans délai. Reproduction uniquement sur "
            "présentation de la carte de propriété.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, oh)
    if rng.random() < 0.55:
        for hn in rng.sample(holders, rng.randint(1, 3)):
            pages.append(key_receipt(rng, oh, job, ks, hn, d))
    remember(job, d, ks)
    return pages


def key_receipt(
    rng: random.Random, oh: Head, job: Job, ks: KeySystem, holder: str, d: date
) -> Page:
    lg = oh.lang
    s = style_of(oh, A5, margin=34, pt=8.5)
    w, _hh = A5
    m = s.margin
    p = Page(A5)
    y = heading(p, s, oh)
    p.text(
        w / 2,
        y,
        tr(lg, "KEY ISSUE RECEIPT", "SCHLÜSSELQUITTUNG", "REÇU DE REMISE DE CLÉ"),
        s.bold,
        11,
        "center",
    )
    y += 20
    kn = rng.choice(ks.keys[1:])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Key holder", "Empfänger", "Détenteur"), holder),
            (tr(lg, "Client", "Kunde", "Client"), job.name),
            (tr(lg, "Key no.", "Schlüssel-Nr.", "N° de clé"), f"{kn}-{rng.randint(1, 9):02d}"),
            (tr(lg, "Quantity", "Anzahl", "Quantité"), str(rng.choice([1, 1, 2]))),
            (tr(lg, "System", "Anlage", "Organigramme"), ks.no),
            (tr(lg, "Date", "Datum", "Date"), short(d + timedelta(days=rng.randint(0, 5)), lg)),
        ],
        per=2,
        tall=24,
    )
    text = tr(
        lg,
        "I acknowledge receipt of the key(s) above. I will not copy or lend them, will "
        "report a loss at once and return them when asked or when I leave.",
        "Ich bestätige den Empfang. Ich werde die Schlüssel nicht weitergeben oder kopieren "
        "lassen, einen Verlust sofort melden und sie bei Aufforderung zurückgeben.",
        "Je reconnais avoir reçu la/les clé(s) ci-dessus. Je m'engage à ne pas les prêter ni "
        "les reproduire, à signaler toute perte et à les restituer sur demande.",
    )
    y = text_block(p, s, m, y, w - 2 * m, text, 8)
    bw = (w - 2 * m - 8) / 2
    sign_box(
        p,
        s,
        m,
        y + 6,
        bw,
        tr(lg, "Signature key holder", "Unterschrift Empfänger", "Signature"),
        holder,
    )
    sign_box(
        p,
        s,
        m + bw + 8,
        y + 6,
        bw,
        tr(lg, "Issued by", "Ausgegeben durch", "Remis par"),
        job.contact,
    )
    return p


# ---------------------------------------------------------------------------------------------
# Templates WWW: alarm and CCTV installations
# ---------------------------------------------------------------------------------------------

EQUIPMENT: list[tuple[str, str, str, float]] = [
    (
        "Control panel, 8-32 zones, Grade 2, with PSU and battery",
        "Einbruchmelderzentrale VdS Klasse A, 8 Meldergruppen, mit Netzteil und Akku",
        "Centrale d'alarme NF&A2P type 2, 8 zones, alimentation et batterie",
        420.0,
    ),
    (
        "Remote keypad with proximity reader",
        "Bedienteil mit Transponderleser",
        "Clavier déporté avec lecteur de badges",
        145.0,
    ),
    (
        "Dual-tech PIR detector (Grade 2)",
        "Bewegungsmelder Dual (PIR/Radar), VdS Klasse A",
        "Détecteur double technologie NF&A2P",
        48.0,
    ),
    (
        "Door contact, surface mounted",
        "Magnetkontakt Aufputz",
        "Contact d'ouverture en applique",
        12.0,
    ),
    ("Shock sensor for windows", "Glasbruchmelder passiv", "Détecteur de chocs", 26.0),
    (
        "External sounder with strobe, self-actuating",
        "Außensignalgeber mit Blitzleuchte",
        "Sirène extérieure flash autoalimentée",
        118.0,
    ),
    (
        "Dual path communicator (IP/4G) to ARC",
        "Übertragungsgerät IP/LTE zur Notruf- und Service-Leitstelle",
        "Transmetteur IP/4G vers télésurveilleur",
        265.0,
    ),
    (
        "4MP turret camera, 2.8mm, IR 30m",
        "Dome-Kamera 4 MP, 2,8 mm, IR 30 m",
        "Caméra dôme 4 MP, 2,8 mm, IR 30 m",
        135.0,
    ),
    (
        "8-channel NVR, 2TB, PoE",
        "NVR 8 Kanal, 2 TB, PoE",
        "Enregistreur NVR 8 voies, 2 To, PoE",
        380.0,
    ),
    (
        "Cabling, containment and sundries",
        "Verkabelung, Leitungsführung, Kleinmaterial",
        "Câblage, goulottes et petites fournitures",
        160.0,
    ),
    (
        "Installation labour (engineer days)",
        "Montage (Monteurtage)",
        "Main d'oeuvre installation (jours)",
        340.0,
    ),
    (
        "Commissioning, handover and user training",
        "Inbetriebnahme, Einweisung, Dokumentation",
        "Mise en service, formation et dossier",
        180.0,
    ),
]


def equip(k: int, lg: str) -> str:
    return EQUIPMENT[k][{"en": 0, "de": 1, "fr": 2}[lg]]


def grade(lg: str) -> str:
    return tr(
        lg,
        "Grade 2, Environmental Class II, PD 6662:2017 / BS EN 50131",
        "VdS-Klasse A, Umweltklasse II, DIN VDE 0833-1/-3",
        "NF&A2P type 2, classe d'environnement II, EN 50131",
    )


def system_lines(rng: random.Random, cctv: bool) -> list[tuple[int, int]]:
    out = [(0, 1), (1, rng.choice([1, 1, 2])), (2, rng.randint(3, 9)), (3, rng.randint(1, 6))]
    if rng.random() < 0.4:
        out.append((4, rng.randint(1, 4)))
    out += [(5, 1), (6, 1)]
    if cctv:
        out += [(7, rng.randint(2, 8)), (8, 1)]
    out += [(9, 1), (10, rng.choice([1, 2, 2, 3])), (11, 1)]
    return out


def tpl_alarm_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's quotation for an intruder alarm or CCTV system (or the security upgrades
    an insurer asked for): a covering letter, the quotation with the system specification and
    the equipment schedule, totals, the annual maintenance option, validity; the terms page and
    an acceptance slip now and then."""
    oh = office_head()
    lg = oh.lang
    after_ins = after(("insurer_letter",))
    job = job_for(rng, ("insurer_letter",))
    d = last_day(rng, ("insurer_letter",), (5, 18))
    s = style_of(oh)
    w, _hh = A4
    m = s.margin
    qno = f"{tr(lg, 'Q', 'AN', 'DV')}{d.year % 100}-{rng.randint(100, 999)}"
    cctv = rng.random() < 0.4
    pages: list[Page] = []
    owner = owner_name()
    if rng.random() < 0.6:
        f = sheets(s, oh)
        recipient(f, s, oh, job_lines(job), d, [(tr(lg, "Our ref.", "Unser Zeichen", "Réf."), qno)])
        write(f, s, dear(lg, mx(job.contact, lg)))
        if after_ins:
            write(
                f,
                s,
                tr(
                    lg,
                    "Further to your insurer's letter, please find our quotation for the "
                    "security works they have asked for.",
                    "Bezugnehmend auf das Schreiben Ihres Versicherers erhalten Sie unser Angebot "
                    "für die geforderten Sicherungsmaßnahmen.",
                    "Suite au courrier de votre assureur, veuillez trouver ci-joint notre devis "
                    "pour les travaux de mise en conformité demandés.",
                ),
            )
        else:
            write(
                f,
                s,
                tr(
                    lg,
                    f"Thank you for inviting us to survey {', '.join(job.lines)}. "
                    "Please find our quotation enclosed.",
                    f"Vielen Dank für die Besichtigung in {', '.join(job.lines)}. Anbei unser "
                    "Angebot.",
                    f"Suite à notre visite au {', '.join(job.lines)}, veuillez trouver notre "
                    "devis.",
                ),
            )
        write(f, s, prose(rng, lg, "alarm", 2, 4))
        write(f, s, prose(rng, lg, "alarm", 1, 3))
        regards(f, s, lg, owner, tr(lg, "Director", "Geschäftsführer", "Gérant"))
        pages += close(f.pages, s, oh, numbers="none")
    f = sheets(s, oh, f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {qno} - {job.name}")
    if not pages:
        recipient(
            f,
            s,
            oh,
            job_lines(job),
            d,
            [(tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), qno)],
        )
    caption(f, s, tr(lg, f"QUOTATION {qno}", f"ANGEBOT {qno}", f"DEVIS N° {qno}"), 3)
    if after_ins:
        what = tr(
            lg,
            "Security upgrades required by insurer",
            "Mechanische Sicherungen nach Auflage des Versicherers",
            "Mise en conformité demandée par l'assureur",
        )
    else:
        what = tr(
            lg,
            "Intruder alarm system" + (" and CCTV" if cctv else ""),
            "Einbruchmeldeanlage" + (" und Videoüberwachung" if cctv else ""),
            "Système d'alarme intrusion" + (" et vidéoprotection" if cctv else ""),
        )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Project", "Projekt", "Objet"), what),
                (tr(lg, "Site", "Objekt", "Lieu"), ", ".join(job.lines)),
                (
                    tr(lg, "Specification", "Ausführung", "Référentiel"),
                    grade(lg)
                    if not after_ins
                    else "BS 3621 / PAS 24"
                    if lg == "en"
                    else "DIN 18104 / VdS 2536"
                    if lg == "de"
                    else "A2P / NF",
                ),
                (
                    tr(lg, "Surveyed by", "Besichtigung", "Visite technique"),
                    f"{rng.choice(engineers())}, "
                    f"{short(d - timedelta(days=rng.randint(2, 9)), lg)}",
                ),
            ],
            w - m,
        )
        + 8
    )
    if after_ins:
        lines = [
            (1, rng.randint(1, 3)),
            (3, rng.randint(1, 3)),
            (4, rng.randint(2, 8)),
            (8, rng.randint(0, 2)),
            (0, 2),
        ]
        rows = []
        net = 0.0
        for k, q in lines:
            if q:
                v = PARTS[k][3] * q
                net += v
                rows.append([part_name(k, lg), str(q), money(PARTS[k][3], lg), money(v, lg)])
        lab = rng.choice([2, 3, 4, 6]) * 55.0
        net += lab
        rows.append(
            [tr(lg, "Labour", "Montage", "Main d'oeuvre"), "1", money(lab, lg), money(lab, lg)]
        )
    else:
        write(f, s, prose(rng, lg, "alarm", 1, 2), s.size - 0.5)
        rows = []
        net = 0.0
        for k, q in system_lines(rng, cctv):
            v = EQUIPMENT[k][3] * q
            net += v
            rows.append([equip(k, lg), str(q), money(EQUIPMENT[k][3], lg), money(v, lg)])
    cols = columns(m, w - m, [(5, "left"), (0.7, "right"), (1.2, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "P.U. HT"),
            tr(lg, "Total", "GP", "Total HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    if not after_ins:
        caption(f, s, tr(lg, "Options", "Optionen", "Options"), 1)
        write(
            f,
            s,
            tr(
                lg,
                f"Annual maintenance (2 visits, 24h call-out): {cash(round(net * 0.09, 0), lg)} + "
                "VAT",
                f"Wartungsvertrag (2 Inspektionen/Jahr): {cash(round(net * 0.09, 0), lg)} netto "
                "p.a.",
                f"Contrat de maintenance (2 visites/an) : {cash(round(net * 0.09, 0), lg)} HT/an",
            ),
            s.size - 0.5,
        )
        write(
            f,
            s,
            tr(
                lg,
                "Alarm receiving centre monitoring: "
                f"{cash(rng.choice([180.0, 240.0, 300.0]), lg)} per year",
                "Aufschaltung Notruf- und Serviceleitstelle: "
                f"{cash(rng.choice([19.9, 24.9, 29.9]), lg)} mtl.",
                f"Télésurveillance : {cash(rng.choice([29.0, 35.0, 39.0]), lg)} HT par mois",
            ),
            s.size - 0.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            "This quotation is valid for 30 days. 50% deposit on acceptance, balance on "
            "completion.",
            "Angebot gültig 4 Wochen. Zahlung: 30 % bei Auftrag, Rest nach Abnahme.",
            "Devis valable 1 mois. Acompte de 30 % à la commande, solde à la réception des "
            "travaux.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.55:
        f.need(150)
        f.y += 10
        slip_rule(
            f.page,
            m,
            w - m,
            f.y,
            tr(
                lg,
                "Acceptance - please sign and return",
                "Auftragserteilung - bitte unterschrieben zurück",
                "Bon pour accord - à retourner signé",
            ),
        )
        f.y += 14
        write(
            f,
            s,
            tr(
                lg,
                f"I accept quotation {qno} and the terms of business.",
                f"Hiermit erteile ich den Auftrag gemäß Angebot {qno}.",
                f"Devis n° {qno} reçu avant l'exécution des travaux. Bon pour accord.",
            ),
            s.size - 0.5,
        )
        bw = (w - 2 * m - 8) / 2
        sign_box(
            f.page,
            s,
            m,
            f.y,
            bw,
            tr(lg, "Signed", "Unterschrift", "Signature"),
            job.contact,
            signed=False,
        )
        sign_box(f.page, s, m + bw + 8, f.y, bw, tr(lg, "Date", "Datum", "Date"), "", signed=False)
        f.y += 56
    qpages = f.pages
    if rng.random() < 0.35:
        qpages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and conditions of business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                [tr(lg, *t) for t in TERMS_QUOTE],
                "legal",
            )
        )
    qpages = close(qpages, s, oh, covers=0)
    pages += qpages
    remember(job, d, qno)
    return pages


TERMS_QUOTE = [
    ("Definitions", "Geltungsbereich", "Objet"),
    ("Quotations", "Angebote", "Devis"),
    ("Deposits and payment", "Zahlung", "Acompte et paiement"),
    ("Ownership of goods", "Eigentumsvorbehalt", "Réserve de propriété"),
    ("Access and working hours", "Zugang", "Accès au chantier"),
    ("Alarm signalling and police response", "Alarmübertragung", "Télésurveillance"),
    ("False alarms", "Falschalarme", "Fausses alarmes"),
    ("Warranty", "Gewährleistung", "Garantie"),
    ("Limitation of liability", "Haftung", "Responsabilité"),
    ("Cancellation", "Rücktritt", "Annulation"),
    ("Consumer rights", "Widerrufsbelehrung", "Droit de rétractation"),
    ("Governing law", "Gerichtsstand", "Juridiction"),
]


def zone_rows(rng: random.Random, lg: str, n: int) -> list[list[str]]:
    dev = [
        equip(2, lg),
        equip(3, lg),
        equip(4, lg),
        tr(lg, "Keypad tamper", "Sabotage Bedienteil", "Autoprotection clavier"),
    ]
    rows = []
    for z in range(1, n + 1):
        rows.append(
            [
                f"{z:02d}",
                fit(rng.choice(DOOR_NAMES[lg]), "Helvetica", 7, 120),
                fit(rng.choice(dev), "Helvetica", 7, 170),
                rng.choice(
                    [
                        tr(lg, "Final exit", "Scharf/Unscharf", "Sortie"),
                        tr(lg, "Entry route", "Eingang", "Accès"),
                        tr(lg, "Intruder", "Einbruch", "Intrusion"),
                        tr(lg, "24h tamper", "Sabotage 24h", "Autoprot. 24h"),
                    ]
                ),
                "ok",
                tr(lg, "Yes", "Ja", "Oui"),
            ]
        )
    return rows


def tpl_commissioning_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's certificate of installation and commissioning of an alarm system
    (Errichterbescheinigung with Abnahmeprotokoll, procès-verbal de réception): the system
    particulars in boxes, the zone test table on a page of its own, the handover page signed
    by the engineer and the client; 'Page i of n'."""
    oh = office_head()
    lg = oh.lang
    job = job_for(rng, ("alarm_quote",), business=rng.random() < 0.6)
    d = last_day(rng, ("alarm_quote",), (14, 40))
    s = style_of(oh, pt=8.5)
    w, hh = A4
    m = s.margin
    no = f"{tr(lg, 'CERT', 'EB', 'PV')}-{d.year}-{rng.randint(10, 399):03d}"
    title = tr(
        lg,
        "CERTIFICATE OF INSTALLATION AND COMMISSIONING",
        "ERRICHTERBESCHEINIGUNG / ABNAHMEPROTOKOLL",
        "PROCÈS-VERBAL DE RÉCEPTION ET DE MISE EN SERVICE",
    )
    f = sheets(s, oh, f"{title} - {no}")
    caption(f, s, title, 2.5, rule=True)
    write(
        f,
        s,
        tr(
            lg,
            "Intruder and hold-up alarm system",
            "Einbruch- und Überfallmeldeanlage",
            "Système de détection d'intrusion",
        ),
        s.size,
    )
    p = f.page
    y = (
        band(
            p,
            s,
            f.y,
            tr(lg, "A. Premises and client", "A. Objekt und Betreiber", "A. Site et client"),
        )
        + 4
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Betreiber", "Client"), job.name),
            (tr(lg, "Certificate no.", "Bescheinigungs-Nr.", "N° PV"), no),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(job.lines)),
            (tr(lg, "Date of completion", "Datum der Abnahme", "Date de réception"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "B. System", "B. Anlage", "B. Installation")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Standard / grade", "Richtlinie / Klasse", "Référentiel"), grade(lg)),
            (
                tr(lg, "Control panel", "Zentrale", "Centrale"),
                rng.choice(
                    [
                        "Texecom Premier Elite 24",
                        "Pyronix Enforcer",
                        "Telenot complex 400H",
                        "Honeywell Galaxy Flex 50",
                        "Risco LightSYS+",
                    ]
                ),
            ),
            (
                tr(lg, "Notification", "Alarmierung", "Transmission"),
                rng.choice(
                    [
                        "Option C - dual path (ATS 4)",
                        "Option A",
                        "ÜG IP/LTE an NSL",
                        "Télésurveillance IP/GPRS",
                    ]
                ),
            ),
            (
                tr(
                    lg, "Alarm receiving centre", "Notruf- und Serviceleitstelle", "Télésurveilleur"
                ),
                rng.choice(
                    [
                        "Custodian Monitoring",
                        "Securitas Alert Services",
                        "ADS Leitstelle Süd",
                        "Sécurité Vigilance Centre",
                    ]
                ),
            ),
            (
                tr(lg, "Setting method", "Scharfschaltung", "Mise en service"),
                rng.choice(
                    [
                        tr(lg, "Prox tag at keypad", "Blockschloss", "Badge"),
                        tr(lg, "Code + final door", "Bedienteil + Code", "Code clavier"),
                    ]
                ),
            ),
            (
                tr(lg, "Standby battery", "Akku", "Batterie"),
                f"12V {rng.choice(['7', '17', '18'])}Ah - {rng.choice(['24', '30', '60'])}h",
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "C. Tests", "C. Prüfungen", "C. Essais")) + 12
    checks = [
        tr(lg, "Walk test all detectors", "Begehtest aller Melder", "Essai de tous les détecteurs"),
        tr(lg, "Tamper circuits", "Sabotageüberwachung", "Autoprotections"),
        tr(lg, "Sounders / strobe", "Signalgeber", "Sirènes"),
        tr(lg, "Signalling to ARC", "Übertragung zur NSL", "Transmission au PC"),
        tr(lg, "Mains failure / battery", "Netzausfall / Akku", "Coupure secteur / batterie"),
        tr(lg, "User codes set", "Benutzercodes", "Codes utilisateurs"),
    ]
    for c in checks:
        p.text(m, y, c, s.font, 8)
        ticks(p, s, w - m - 110, y, 110, [*yes_no(lg), "n/a"], {0}, 8)
        y += 14
    f.y = y + 8
    write(
        f,
        s,
        tr(
            lg,
            "Detection zones and devices: see schedule overleaf.",
            "Meldergruppen und Melder: siehe Anlage.",
            "Zones et détecteurs : voir tableau ci-après.",
        ),
        s.size - 0.5,
    )
    f.new_page()
    caption(f, s, tr(lg, "Zone schedule", "Meldergruppenverzeichnis", "Tableau des zones"), 1)
    cols = columns(
        m,
        w - m,
        [
            (0.6, "left"),
            (2.2, "left"),
            (3, "left"),
            (1.4, "left"),
            (0.7, "center"),
            (0.9, "center"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Zone", "MG", "Zone"),
            tr(lg, "Location", "Ort", "Emplacement"),
            tr(lg, "Device", "Melder", "Détecteur"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Test", "Test", "Essai"),
            tr(lg, "Tamper", "Sabotage", "AP"),
        ],
        zone_rows(rng, lg, rng.randint(6, 22)),
        s,
        rules=True,
        size=7.5,
    )
    f.y += 20
    if f.y > hh - 320 or rng.random() < 0.5:
        f.new_page()
    caption(f, s, tr(lg, "Handover", "Übergabe", "Réception"), 1)
    write(
        f,
        s,
        tr(
            lg,
            "The system has been installed, commissioned and tested in accordance with the "
            "standards above. The user has been instructed in its operation and has received "
            "the user manual, the log book and the keyholder responsibilities.",
            "Die Anlage wurde gemäß den o.g. Richtlinien errichtet, in Betrieb genommen und "
            "geprüft. Der Betreiber wurde eingewiesen und hat Bedienungsanleitung und "
            "Betriebsbuch erhalten.",
            "L'installation a été réalisée et mise en service conformément au référentiel. "
            "L'utilisateur a été formé et a reçu la notice et le registre de maintenance.",
        ),
    )
    write(f, s, tr(lg, "Reservations:", "Vorbehalte / Mängel:", "Réserves :"), s.size, 0)
    f.y = hand_lines(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        3,
        rng.choice(
            [
                "",
                "",
                tr(lg, "none", "keine", "néant"),
                tr(
                    lg,
                    "Sounder cover to be replaced",
                    "Deckel AS wird nachgeliefert",
                    "capot sirène à remplacer",
                ),
            ]
        ),
    )
    bw = (w - 2 * m - 8) / 2
    f.need(60)
    sign_box(
        f.page,
        s,
        m,
        f.y,
        bw,
        tr(lg, "Engineer", "Errichter", "Installateur"),
        job.engineer,
        when=short(d, lg),
    )
    sign_box(
        f.page,
        s,
        m + bw + 8,
        f.y,
        bw,
        tr(lg, "Client", "Betreiber", "Client"),
        job.contact,
        when=short(d, lg),
    )
    f.y += 60
    if rng.random() < 0.5:
        stamp(f.page, m + 20, f.y + 10, [oh.name[:26].upper(), oh.town.upper()[:26]])
    pages = close(
        f.pages, s, oh, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    remember(job, d, no)
    return pages


def tpl_maintenance_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's maintenance agreement with a landlord or a shop: the parties and
    particulars, numbered clauses, the schedule of equipment, the small-print terms and a
    signature page signed by both."""
    oh = office_head()
    lg = oh.lang
    job = a_job(rng, business=True)
    d = some_day(rng)
    s = style_of(oh)
    w, _hh = A4
    m = s.margin
    no = f"{tr(lg, 'MA', 'WV', 'CM')}-{rng.randint(100, 999)}"
    title = tr(
        lg,
        "MAINTENANCE AGREEMENT - SECURITY SYSTEMS",
        "WARTUNGSVERTRAG SICHERHEITSTECHNIK",
        "CONTRAT DE MAINTENANCE - SYSTÈMES DE SÛRETÉ",
    )
    f = sheets(s, oh, f"{title} {no}")
    caption(f, s, title, 3)
    write(
        f, s, tr(lg, f"Agreement no. {no}", f"Vertrags-Nr. {no}", f"Contrat n° {no}"), s.size - 0.5
    )
    write(f, s, tr(lg, "between", "zwischen", "entre"), s.size)
    write(
        f,
        s,
        f"{oh.name}, {oh.street}, {oh.town} "
        + tr(lg, "(the Company)", "(Auftragnehmer)", "(le Prestataire)"),
        s.size,
        12,
    )
    write(f, s, tr(lg, "and", "und", "et"), s.size)
    write(
        f,
        s,
        f"{job.name}, {', '.join(job.lines)} "
        + tr(lg, "(the Client)", "(Auftraggeber)", "(le Client)"),
        s.size,
        12,
    )
    visits = rng.choice([1, 2, 2, 4])
    fee = rng.choice([180.0, 240.0, 295.0, 360.0, 480.0, 650.0])
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Premises", "Objekt", "Site"), ", ".join(job.lines)),
                (
                    tr(lg, "Systems covered", "Anlagen", "Équipements"),
                    tr(
                        lg,
                        "Intruder alarm, CCTV, door entry, master key system",
                        "EMA, Video, Türsprechanlage, Schließanlage",
                        "Alarme, vidéo, interphonie, organigramme",
                    ),
                ),
                (
                    tr(
                        lg,
                        "Preventive visits per year",
                        "Inspektionen pro Jahr",
                        "Visites préventives par an",
                    ),
                    str(visits),
                ),
                (
                    tr(lg, "Response time", "Reaktionszeit", "Délai d'intervention"),
                    rng.choice(["4h", "8h", "24h"]),
                ),
                (
                    tr(
                        lg,
                        "Annual charge (excl. VAT)",
                        "Jahrespauschale netto",
                        "Redevance annuelle HT",
                    ),
                    cash(fee, lg),
                ),
                (tr(lg, "Start date", "Vertragsbeginn", "Date d'effet"), day(oh, d.replace(day=1))),
                (
                    tr(lg, "Term", "Laufzeit", "Durée"),
                    tr(
                        lg,
                        "12 months, then rolling",
                        "12 Monate, Verlängerung um je 1 Jahr",
                        "1 an, reconductible tacitement",
                    ),
                ),
            ],
            w - m,
        )
        + 10
    )
    heads = {
        "en": [
            "Scope",
            "Preventive maintenance",
            "Corrective call-outs",
            "Parts",
            "Client's duties",
            "Charges and payment",
            "Exclusions",
            "Term and termination",
        ],
        "de": [
            "Gegenstand",
            "Inspektion",
            "Störungsbeseitigung",
            "Ersatzteile",
            "Pflichten des Auftraggebers",
            "Vergütung",
            "Ausschlüsse",
            "Laufzeit und Kündigung",
        ],
        "fr": [
            "Objet",
            "Maintenance préventive",
            "Maintenance corrective",
            "Pièces",
            "Obligations du client",
            "Prix et paiement",
            "Exclusions",
            "Durée et résiliation",
        ],
    }[lg]
    for k, t in enumerate(heads[: rng.randint(5, 8)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    # schedule of equipment
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 1 - Equipment",
            "Anlage 1 - Anlagenverzeichnis",
            "Annexe 1 - Liste des équipements",
        ),
        2,
    )
    rows = []
    for k in rng.sample(range(9), rng.randint(4, 8)):
        rows.append(
            [
                equip(k, lg),
                str(rng.randint(1, 8)),
                rng.choice(DOOR_NAMES[lg]),
                str(rng.randint(2012, 2024)),
            ]
        )
    cols = columns(m, w - m, [(4.5, "left"), (0.6, "center"), (2, "left"), (0.8, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Equipment", "Gerät", "Équipement"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Location", "Ort", "Emplacement"),
            tr(lg, "Year", "Baujahr", "Année"),
        ],
        rows,
        s,
        rules=True,
    )
    pages = list(f.pages)
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "General terms of maintenance",
                    "Allgemeine Wartungsbedingungen",
                    "Conditions générales de maintenance",
                ),
                [tr(lg, *t) for t in TERMS_QUOTE],
                "legal",
            )
        )
    sp = Page(A4)
    y = heading(sp, s, oh) if oh.again else m
    sp.text(
        m,
        y,
        tr(
            lg,
            "Signed for and on behalf of the parties",
            "Unterschriften",
            "Signatures des parties",
        ),
        s.bold,
        s.size + 1,
    )
    y += 30
    bw = (w - 2 * m - 20) / 2
    for k, (cap, nm) in enumerate(
        [
            (tr(lg, "For the Company", "Auftragnehmer", "Pour le Prestataire"), owner_name()),
            (tr(lg, "For the Client", "Auftraggeber", "Pour le Client"), job.contact),
        ]
    ):
        x = m + k * (bw + 20)
        sp.text(x, y, cap, s.bold, s.size)
        sp.text(x, y + 20, tr(lg, "Name:", "Name:", "Nom :"), s.font, s.size)
        sp.text(x + 50, y + 20, nm, HAND, 10)
        sp.text(x, y + 44, tr(lg, "Signature:", "Unterschrift:", "Signature :"), s.font, s.size)
        if k == 0 or rng.random() < 0.85:
            scrawl(sp, x + 58, y + 46, nm)
        sp.text(x, y + 70, tr(lg, "Date:", "Ort, Datum:", "Fait à, le :"), s.font, s.size)
        sp.text(x + 60, y + 70, short(d + timedelta(days=k * rng.randint(0, 9)), lg), HAND, 10)
    if lg == "fr":
        sp.text(m, y + 110, "Précédé de la mention « lu et approuvé »", italic_of(s.font), 8)
        hand(sp, m + bw + 20, y + 100, "lu et approuvé", 10)
    pages.append(sp)
    numbers = rng.choice(
        [oh.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "- {i} -"]
    )
    pages = close(pages, s, oh, numbers=numbers)
    remember(job, d, no)
    return pages


def tpl_service_visit(rng: random.Random, who: Issuer) -> list[Page]:
    """An engineer's preventive maintenance visit report for one site: the checklist with
    pass/fail ticks, battery and signalling readings, remarks in hand, the next visit and the
    client's signature."""
    oh = office_head()
    lg = oh.lang
    job = a_job(rng, business=rng.random() < 0.7)
    d = some_day(rng)
    s = style_of(oh, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, oh)
    title = tr(
        lg,
        "PREVENTIVE MAINTENANCE VISIT REPORT",
        "INSPEKTIONS- UND WARTUNGSPROTOKOLL",
        "RAPPORT DE VISITE DE MAINTENANCE",
    )
    p.text(m, y, title, s.bold, 12)
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {serial(rng, '99999')}", s.font, 9, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Client / site", "Betreiber / Objekt", "Client / site"),
                f"{job.name}, {job.lines[0]}",
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "System", "Anlage", "Système"),
                rng.choice(
                    [
                        tr(lg, "Intruder alarm", "EMA", "Alarme intrusion"),
                        "CCTV",
                        tr(lg, "Access control", "Zutrittskontrolle", "Contrôle d'accès"),
                    ]
                ),
            ),
            (tr(lg, "Engineer", "Techniker", "Technicien"), job.engineer),
            (tr(lg, "Visit", "Wartung", "Visite"), rng.choice(["1/2", "2/2", "1/1", "3/4"])),
            (
                tr(lg, "Time on / off site", "Ankunft / Ende", "Arrivée / départ"),
                f"{rng.randint(8, 14):02d}:{rng.randrange(0, 60, 5):02d} / "
                f"{rng.randint(14, 17):02d}:{rng.randrange(0, 60, 5):02d}",
            ),
        ],
        per=2,
        tall=24,
    )
    checks = [
        tr(
            lg,
            "Log book checked, events since last visit",
            "Betriebsbuch / Ereignisspeicher geprüft",
            "Registre et historique consultés",
        ),
        tr(
            lg,
            "Control panel: fixings, wiring, tamper",
            "Zentrale: Befestigung, Verdrahtung, Sabotage",
            "Centrale : fixation, câblage, AP",
        ),
        tr(lg, "Mains supply and fuse", "Netzversorgung", "Alimentation secteur"),
        tr(lg, "Standby battery load test", "Akku-Belastungstest", "Test de charge batterie"),
        tr(lg, "All detectors walk tested", "Alle Melder begangen", "Tous détecteurs testés"),
        tr(
            lg,
            "Door contacts / shock sensors",
            "Magnetkontakte / Glasbruch",
            "Contacts / détecteurs de chocs",
        ),
        tr(
            lg,
            "Internal and external sounders",
            "Innen- und Außensignalgeber",
            "Sirènes intérieure et extérieure",
        ),
        tr(
            lg,
            "Signalling test to ARC (path 1 / path 2)",
            "Übertragung zur NSL (Weg 1 / 2)",
            "Transmission télésurveilleur (voie 1 / 2)",
        ),
        tr(lg, "Hold-up / PA devices", "Überfallmelder", "Boutons d'agression"),
        tr(
            lg,
            "CCTV images, recording, time/date",
            "Video: Bild, Aufzeichnung, Uhrzeit",
            "Vidéo : images, enregistrement, horodatage",
        ),
        tr(
            lg,
            "User codes / fobs reviewed",
            "Benutzer / Transponder geprüft",
            "Codes / badges vérifiés",
        ),
    ]
    y += 2
    p.text(m, y, tr(lg, "Checklist", "Prüfpunkte", "Points de contrôle"), s.bold, 9)
    labels = [tr(lg, "Pass", "i.O.", "OK"), tr(lg, "Fail", "n.i.O.", "NOK"), "n/a"]
    for k, t in enumerate(labels):
        p.text(w - m - 118 + k * 42, y, t, s.bold, 7.5)
    y += 12
    for k, c in enumerate(checks):
        if k % 2 == 0:
            p.rect(m, y - 9, w - 2 * m, 13, fill=0.93)
        p.text(m + 4, y, fit(c, s.font, 8, w - 2 * m - 140), s.font, 8)
        mark = 0 if rng.random() < 0.85 else rng.choice([1, 2])
        for j in range(3):
            box(p, w - m - 112 + j * 42, y, j == mark, 7.5)
        y += 13
    y += 10
    p.text(m, y, tr(lg, "Readings", "Messwerte", "Mesures"), s.bold, 9)
    y += 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Battery V (mains off)", "Akku V (Netz aus)", "Batterie V (sans secteur)"),
                f"{rng.uniform(12.3, 13.6):.2f} V",
            ),
            (
                tr(lg, "Charge current", "Ladestrom", "Courant de charge"),
                f"{rng.uniform(0.2, 0.9):.2f} A",
            ),
            (
                tr(lg, "Battery date", "Akku-Datum", "Date batterie"),
                f"{rng.randint(1, 12):02d}/{rng.randint(2020, 2025)}",
            ),
            (tr(lg, "ARC test ref.", "NSL-Quittung", "Réf. essai PC"), serial(rng, "A99999")),
        ],
        per=4,
        tall=24,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "Remarks / recommendations",
            "Bemerkungen / Empfehlungen",
            "Observations / préconisations",
        ),
        s.bold,
        9,
    )
    y += 14
    remark = rng.choice(
        [
            tr(
                lg,
                "Battery 4 yrs old - recommend replacement next visit.",
                "Akku 4 Jahre alt, Tausch empfohlen.",
                "Batterie de 4 ans, remplacement conseillé.",
            ),
            tr(
                lg,
                "PIR in stock room masked by shelving - customer to move stock.",
                "BWM Lager durch Regal verdeckt.",
                "Détecteur réserve masqué par rayonnage.",
            ),
            tr(lg, "All ok. No faults found.", "Alles i.O., keine Mängel.", "RAS."),
            tr(
                lg,
                "Ext. sounder lid cracked, quote to follow.",
                "Deckel Außensirene gerissen, Angebot folgt.",
                "Capot sirène fêlé, devis à suivre.",
            ),
        ]
    )
    y = hand_lines(p, s, m, y, w - 2 * m, 4, remark, 9)
    p.text(m, y, tr(lg, "Next visit due:", "Nächste Wartung:", "Prochaine visite :"), s.font, 8.5)
    hand(p, m + 90, y, short(d + timedelta(days=rng.choice([91, 182, 365])), lg), 9.5)
    y += 18
    bw = (w - 2 * m - 8) / 2
    yb = min(y, hh - m - 60)
    sign_box(p, s, m, yb, bw, tr(lg, "Engineer", "Techniker", "Technicien"), job.engineer)
    sign_box(
        p,
        s,
        m + bw + 8,
        yb,
        bw,
        tr(lg, "Client representative", "Betreiber", "Représentant du client"),
        job.contact,
        signed=rng.random() < 0.8,
    )
    pages = close([p], s, oh, numbers="none")
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates WWW: police response, insurers
# ---------------------------------------------------------------------------------------------


def keyholders(rng: random.Random, lg: str, n: int) -> list[list[str]]:
    out = []
    for _ in range(n):
        nm = person(rng, lg)
        out.append(
            [
                nm,
                serial(
                    rng, {"en": "07999 999999", "de": "0171 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
                rng.choice(["10", "15", "20", "20"]) + " min",
                rng.choice(yes_no(lg)),
            ]
        )
    return out


def tpl_urn_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's application for police response to an alarm (URN application to a police
    alarms unit; Antrag auf Aufschaltung einer ÜEA; in France the demande d'autorisation d'un
    système de vidéoprotection to the préfecture, after the cerfa): a covering letter, the
    form with tick boxes and the keyholder list."""
    oh = office_head()
    lg = oh.lang
    ph = head_of(who, "police")
    job = a_job(rng, business=rng.random() < 0.7)
    d = some_day(rng)
    s = style_of(oh)
    w, hh = A4
    m = s.margin
    pages: list[Page] = []
    f = sheets(s, oh)
    recipient(f, s, oh, head_lines(ph), d, [(tr(lg, "Our ref.", "Unser Zeichen", "Réf."), job.no)])
    subj = tr(
        lg,
        f"Application for police response - {job.name}, {job.lines[0]}",
        f"Antrag auf Aufschaltung einer Überfall-/Einbruchmeldeanlage - {job.name}",
        f"Demande d'autorisation de système de vidéoprotection - {job.name}",
    )
    f.page.text(m, f.y, fit(subj, s.bold, s.size, w - 2 * m), s.bold, s.size)
    f.y += s.size * 2.2
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Please find enclosed an application for a Unique Reference Number for the "
            "above premises, where we have installed a Grade 2 system with dual path "
            "signalling to a Category II ARC in accordance with the NPCC policy.",
            "anbei übersenden wir den Antrag auf Aufschaltung der von uns errichteten "
            "Anlage (VdS-Klasse A) mit Errichterbescheinigung und Objektbeschreibung.",
            "Veuillez trouver ci-joint le dossier de demande d'autorisation pour le système "
            "de vidéoprotection installé par nos soins, établi pour le compte de notre client.",
        ),
    )
    write(f, s, prose(rng, lg, "alarm", 1, 3))
    if lg == "en":
        write(
            f,
            s,
            "Our compliance certificate and the keyholder details are attached. Please "
            "invoice the administration fee to us.",
        )
    regards(
        f, s, lg, admin_name(), tr(lg, "Office administrator", "Büro", "Assistante administrative")
    )
    write(
        f,
        s,
        tr(
            lg,
            "Enc.: application form, keyholder list",
            "Anlagen: Antrag, Objektblatt",
            "P.J. : formulaire, plan de masse, notice",
        ),
        s.size - 1,
    )
    pages += close(f.pages, s, oh, numbers="none")
    # the form
    fs = style_of(oh, pt=8)
    q = Page(A4)
    y = 46.0
    form_t = tr(
        lg,
        "APPLICATION FOR POLICE RESPONSE TO AN ALARM SYSTEM (URN)",
        "ANTRAG AUF AUFSCHALTUNG EINER ÜEA BEI DER POLIZEI",
        "DEMANDE D'AUTORISATION D'UN SYSTÈME DE VIDÉOPROTECTION",
    )
    if lg == "fr":
        q.text(m, y, "cerfa", "Helvetica-Bold", 14)
        q.text(m, y + 10, "N° 13806*03", "Helvetica", 7)
    else:
        emblem(q, m, y - 14)
    q.text(w / 2 + 20, y, fit(form_t, fs.bold, 10, w - 2 * m - 90), fs.bold, 10, "center")
    q.text(w / 2 + 20, y + 13, fit(ph.name, fs.font, 7.5, w - 2 * m - 90), fs.font, 7.5, "center")
    y += 36
    y = band(q, fs, y, tr(lg, "1. Premises", "1. Objekt", "1. Lieu d'implantation")) + 4
    y = fields(
        q,
        fs,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name of premises", "Objektbezeichnung", "Dénomination"), job.name),
            (
                tr(lg, "Type", "Nutzung", "Activité"),
                tr(
                    lg,
                    "Retail" if job.business else "Domestic",
                    "Gewerbe" if job.business else "Wohnung",
                    "Commerce" if job.business else "Habitation",
                ),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(job.lines)),
            (tr(lg, "Contact", "Ansprechpartner", "Responsable"), job.contact),
        ],
        per=2,
        tall=24,
    )
    y = band(q, fs, y, tr(lg, "2. System", "2. Anlage", "2. Système")) + 12
    if lg == "fr":
        y = ticks(
            q,
            fs,
            m,
            y,
            w - 2 * m,
            ["Installation nouvelle", "Modification", "Renouvellement"],
            {0},
            8,
        )
        y = ticks(
            q,
            fs,
            m,
            y,
            w - 2 * m,
            ["Voie publique", "Lieu ouvert au public", "Établissement"],
            {1},
            8,
        )
        y = fields(
            q,
            fs,
            m,
            y,
            w - 2 * m,
            [
                ("Nombre de caméras intérieures", str(rng.randint(2, 8))),
                ("Nombre de caméras extérieures", str(rng.randint(0, 3))),
                ("Durée de conservation des images", f"{rng.choice([15, 20, 30])} jours"),
                (
                    "Finalités",
                    rng.choice(
                        [
                            "prévention des vols",
                            "sécurité des personnes",
                            "prévention des vols, agressions",
                        ]
                    ),
                ),
            ],
            per=2,
            tall=24,
        )
    else:
        y = ticks(
            q,
            fs,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Intruder", "Einbruch", ""),
                tr(lg, "Hold-up (PA)", "Überfall", ""),
                tr(lg, "Combined", "Kombiniert", ""),
            ],
            {rng.choice([0, 2])},
            8,
        )
        y = fields(
            q,
            fs,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Grade", "Klasse", ""), tr(lg, "2", "A", "")),
                (
                    tr(lg, "Notification option", "Übertragungsweg", ""),
                    rng.choice(["C", "B", "IP/LTE"]),
                ),
                (
                    tr(lg, "ARC / URN of ARC", "NSL", ""),
                    rng.choice(["Custodian ARC 2231", "Securitas NSL Süd", "ADS Leitstelle"]),
                ),
                (
                    tr(lg, "Installer (NSI/SSAIB no.)", "Errichter (VdS-Nr.)", ""),
                    f"{oh.name} / {serial(rng, '9999')}",
                ),
            ],
            per=2,
            tall=24,
        )
    y = (
        band(
            q,
            fs,
            y,
            tr(
                lg,
                "3. Keyholders (min. 2, 20 min response)",
                "3. Schlüsselträger / Interventionskräfte",
                "3. Responsable de l'accès aux images",
            ),
        )
        + 4
    )
    kh = keyholders(rng, lg, rng.randint(2, 4))
    cw = (w - 2 * m) / 4
    for k, hd in enumerate(
        [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Telephone", "Telefon", "Téléphone"),
            tr(lg, "Response", "Eintreffzeit", "Délai"),
            tr(lg, "Vehicle", "Kfz", "Astreinte"),
        ]
    ):
        q.text(m + k * cw + 3, y + 8, hd, fs.bold, 7.5)
    y += 12
    for r in kh:
        for k, v in enumerate(r):
            q.rect(m + k * cw, y, cw, 18)
            q.text(m + k * cw + 4, y + 13, fit(v, HAND, 8.5, cw - 8), HAND, 8.5)
        y += 18
    y += 14
    y = band(q, fs, y, tr(lg, "4. Declaration", "4. Erklärung", "4. Engagement")) + 4
    y = text_block(q, fs, m, y + 6, w - 2 * m, prose(rng, lg, "alarm", 1, 2), 7.5)
    bw = (w - 2 * m - 8) / 2
    y = min(y, hh - 110)
    sign_box(
        q,
        fs,
        m,
        y,
        bw,
        tr(lg, "Installer", "Errichter", "Le demandeur"),
        owner_name(),
        when=short(d, lg),
    )
    sign_box(
        q,
        fs,
        m + bw + 8,
        y,
        bw,
        tr(lg, "Customer", "Betreiber", "Visa du gérant"),
        job.contact,
        when=short(d, lg),
    )
    pages.append(q)
    remember(job, d, ph)
    return pages


def tpl_police_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The police's or the préfecture's reply to an application: the URN letter with the
    conditions of response and the administration fee, the Aufschaltbestätigung, or an arrêté
    préfectoral with its numbered articles over two pages."""
    ex = LAST["extra"]
    ph = ex if after(("urn_application",)) and isinstance(ex, Head) else head_of(who, "police")
    lg = ph.lang
    job = job_for(rng, ("urn_application",), business=True)
    d = last_day(rng, ("urn_application",), (10, 35))
    s = style_of(ph)
    w, _hh = A4
    m = s.margin
    ref = {
        "en": f"{serial(rng, 'AA')}/{rng.randint(1000, 9999)}/{d.year % 100}",
        "de": f"ÜEA-{rng.randint(100, 999)}-{d.year}",
        "fr": f"{d.year}/{rng.randint(100, 999)}",
    }[lg]
    f = sheets(s, ph, f"{ph.name.split(' - ')[0]} - {ref}")
    oh = office_head()
    recipient(f, s, ph, head_lines(oh), d, [(tr(lg, "URN", "Aktenzeichen", "Dossier n°"), ref)])
    if lg == "fr":
        caption(f, s, "ARRÊTÉ PRÉFECTORAL", 3)
        write(
            f,
            s,
            f"portant autorisation d'un système de vidéoprotection - {job.name}, "
            f"{', '.join(job.lines)}",
        )
        for t in (
            "VU le code de la sécurité intérieure, notamment ses articles L.251-1 à L.255-1 et "
            "R.251-1 à R.253-4 ;",
            f"VU la demande présentée le {short(d - timedelta(days=30), lg)} par {job.contact} ;",
            "VU l'avis émis par la commission départementale de vidéoprotection ;",
        ):
            write(f, s, t, s.size - 0.5)
        f.heading(w / 2 - 30, "ARRÊTE", s.bold, s.size + 1)
        for k in range(1, rng.randint(6, 10)):
            f.heading(m, f"Article {k}", s.bold, s.size)
            write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 0.5)
        regards_official(f, s, lg, d)
    else:
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"Intruder alarm - {job.name}, {', '.join(job.lines)}",
                f"Aufschaltung ÜEA - {job.name}, {', '.join(job.lines)}",
            ),
            s.size,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"I can confirm that police response has been granted to the above system and "
                f"that the unique reference number {ref} has been allocated. Please pass this "
                "number to the alarm receiving centre.",
                f"Die Aufschaltung der o.g. Anlage auf die Polizei wurde unter dem Aktenzeichen "
                f"{ref} genehmigt. Bitte teilen Sie dieses der Leitstelle mit.",
            ),
        )
        caption(f, s, tr(lg, "Conditions of response", "Auflagen", ""), 1)
        for k in range(rng.randint(3, 6)):
            write(
                f, s, f"{k + 1}. " + words(rng, lg, "alarm", rng.randint(14, 26)), s.size - 0.5, 10
            )
        write(
            f,
            s,
            tr(
                lg,
                "Response will be withdrawn after three false alarms in a rolling twelve "
                "month period.",
                "Nach wiederholten Falschalarmen werden Gebühren nach der Polizeikostenverordnung "
                "erhoben.",
            ),
            s.size - 0.5,
        )
        if lg == "en":
            write(
                f,
                s,
                f"An administration fee of {cash(54.0, lg)} (inc. VAT) is payable; an invoice "
                "will follow.",
            )
        regards(
            f, s, lg, staff(ph, "clerk"), tr(lg, "Alarms Administrator", "Sachbearbeitung ÜEA", "")
        )
    pages = close(f.pages, s, ph, numbers=ph.numbers if lg != "fr" else "Page {i}/{n}")
    received(rng, pages[0], d, 0.4)
    remember(job, d, ref)
    return pages


def regards_official(f: Sheets, s: Style, lg: str, d: date) -> None:
    f.need(110)
    w, _ = f.size
    x = w - s.margin - 200
    f.y += 10
    f.page.text(
        x,
        f.y,
        f"Fait à {office_head().town.split()[-1]}, le {day(office_head(), d)}",
        s.font,
        s.size,
    )
    f.y += 16
    f.page.text(x, f.y, "Pour le Préfet et par délégation,", s.font, s.size)
    f.y += 14
    f.page.text(x, f.y, "le Directeur de Cabinet", s.font, s.size)
    f.y += 34
    scrawl(f.page, x + 10, f.y, "Jean Vautrin")
    seal(f.page, x - 50, f.y - 10, 32, "PRÉFECTURE", "RÉPUBLIQUE FRANÇAISE")
    f.y += 20


REQUIREMENTS = {
    "en": [
        ("Front and back doors", "5-lever mortice deadlock to BS3621 (kitemarked)"),
        ("uPVC / composite doors", "Anti-snap cylinder TS007 3 star or SS312 Diamond"),
        ("Ground floor and accessible windows", "Key-operated window locks"),
        ("French / patio doors", "Additional key-operated bolts top and bottom"),
        ("Outbuildings and garage", "Closed shackle padlock with hasp, CEN Grade 4"),
        ("Intruder alarm", "Maintained under contract, NSI or SSAIB installer"),
        ("Safe", "Anchored, cash rating not less than stated in the schedule"),
        ("Shop front", "Roller shutter to LPS 1175 SR2 or laminated glazing"),
    ],
    "de": [
        ("Eingangstür", "Einbruchhemmung RC 2 nach DIN EN 1627 oder Nachrüstung DIN 18104"),
        ("Profilzylinder", "mit Zieh- und Bohrschutz nach DIN 18252, Klasse 21-BZ"),
        ("Fenster Erdgeschoss", "abschließbare Fenstergriffe und Pilzkopfverriegelung"),
        ("Terrassentür", "Zusatzsicherung nach DIN 18104-1, VdS-anerkannt"),
        ("Kellerlichtschächte", "Gitterrostsicherung"),
        ("Einbruchmeldeanlage", "VdS-Klasse A, errichtet durch VdS-anerkannten Errichter"),
        ("Wertbehältnis", "Widerstandsgrad I nach EN 1143-1, verankert"),
        ("Schaufenster", "Rollgitter oder Verglasung P4A"),
    ],
    "fr": [
        ("Porte d'entrée", "Serrure 3 points certifiée A2P 2 étoiles"),
        ("Cylindres", "Cylindres A2P* minimum avec carte de propriété"),
        ("Fenêtres du rez-de-chaussée", "Volets ou barreaux scellés"),
        ("Porte-fenêtre", "Verrous complémentaires haut et bas"),
        ("Garage et dépendances", "Cadenas haute sécurité et moraillon"),
        ("Alarme", "Système certifié NF&A2P type 2 avec télésurveillance"),
        ("Coffre-fort", "Coffre ancré, classe EN 1143-1 niveau I"),
        ("Vitrine", "Rideau métallique ou vitrage anti-effraction P5A"),
    ],
}


def tpl_insurer_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's letter to a policyholder asking for lock upgrades (security requirements
    after a survey or a claim; Sicherungsauflagen; mesures de prévention): the letter, the
    schedule of requirements in a table, and a confirmation of compliance to be completed by
    the locksmith; the customer brought it to the office."""
    h = head_of(who, "insurer")
    lg = h.lang
    job = a_job(rng)
    d = some_day(rng) - timedelta(days=rng.randint(5, 20))
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    pol = serial(rng, rng.choice(["AA/999999/99", "99.999.999-9", "A99 999 9999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Policy', 'Vertrag', 'Contrat')} {pol}")
    recipient(
        f,
        s,
        h,
        job_lines(job),
        d,
        [
            (tr(lg, "Policy no.", "Versicherungsschein-Nr.", "Contrat n°"), pol),
            (tr(lg, "Our ref.", "Unser Zeichen", "Nos réf."), serial(rng, "AAA/99")),
        ],
    )
    subj = tr(
        lg,
        "Security requirements - action required",
        "Sicherungsauflagen - Ihre Mitwirkung",
        "Mesures de prévention à mettre en oeuvre",
    )
    f.page.text(m, f.y, subj, s.bold, s.size + 0.5)
    f.y += s.size * 2.2
    write(f, s, dear(lg, mx(job.contact, lg)) if not job.business else dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Following our surveyor's visit, cover for theft is subject to the security "
            "requirements in the attached schedule. Please arrange for the work to be "
            f"completed by {day(h, d + timedelta(days=30))} and return the confirmation.",
            "nach der Risikobesichtigung ist der Versicherungsschutz gegen Einbruchdiebstahl an "
            "die in der Anlage genannten Sicherungen gebunden. Bitte lassen Sie diese bis zum "
            f"{day(h, d + timedelta(days=30))} durch einen Fachbetrieb einbauen.",
            "suite à la visite de notre inspecteur, la garantie vol est subordonnée aux mesures "
            "de prévention listées en annexe, à réaliser avant le "
            f"{day(h, d + timedelta(days=30))} par un professionnel.",
        ),
    )
    write(f, s, prose(rng, lg, "insure", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "If the requirements are not met, we may not pay a claim for theft.",
            "Bei Nichterfüllung kann der Versicherer leistungsfrei sein (Obliegenheitsverletzung).",
            "À défaut, la garantie vol pourra être suspendue.",
        ),
        s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "surveyor"),
        tr(lg, "Risk Surveyor", "Risikoberatung", "Service prévention"),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule of security requirements",
            "Anlage - Sicherungsauflagen",
            "Annexe - Mesures de prévention",
        ),
        2,
    )
    req = rng.sample(REQUIREMENTS[lg], rng.randint(3, 7))
    cols = columns(m, w - m, [(0.4, "left"), (2.2, "left"), (4.5, "left"), (1.2, "left")])
    rows = [[str(k + 1), a, b, short(d + timedelta(days=30), lg)] for k, (a, b) in enumerate(req)]
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Location", "Bereich", "Emplacement"),
            tr(lg, "Requirement", "Auflage", "Exigence"),
            tr(lg, "By", "Frist", "Délai"),
        ],
        rows,
        s,
        rules=True,
        step=2.2,
    )
    pages = list(f.pages)
    if rng.random() < 0.65:
        c = Page(A4)
        y = m + 10.0
        c.text(
            m,
            y,
            tr(
                lg,
                "CONFIRMATION OF COMPLIANCE",
                "BESTÄTIGUNG DES FACHBETRIEBS",
                "ATTESTATION DE CONFORMITÉ",
            ),
            s.bold,
            12,
        )
        c.text(
            m,
            y + 14,
            tr(
                lg,
                "To be completed by the locksmith / installer",
                "vom Errichter auszufüllen",
                "à compléter par l'installateur",
            ),
            italic_of(s.font),
            8,
        )
        y += 36
        y = fields(
            c,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Policy no.", "Versicherungsschein", "Contrat"), pol),
                (tr(lg, "Policyholder", "VN", "Assuré"), job.name),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        for k, (a, b) in enumerate(req):
            c.text(m, y, fit(f"{k + 1}. {a}: {b}", s.font, 8, w - 2 * m - 80), s.font, 8)
            ticks(c, s, w - m - 70, y, 70, yes_no(lg), set(), 8)
            y += 16
        y += 14
        for cap in (
            tr(lg, "Company", "Fachbetrieb", "Entreprise"),
            tr(lg, "Signature and stamp", "Unterschrift/Stempel", "Cachet et signature"),
            tr(lg, "Date", "Datum", "Date"),
        ):
            c.text(m, y, cap, s.font, 8.5)
            c.line(m + 110, y + 2, w - m, y + 2)
            y += 24
        pages.append(c)
    pages = close(pages, s, h)
    remember(job, d, pol)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates WWW: wholesalers, deliveries, the vans
# ---------------------------------------------------------------------------------------------

STOCK: list[tuple[str, str, str, str, float]] = [
    (
        "EC3535NP",
        "Euro cyl. 35/35 anti-snap 3* nickel",
        "PZ 30/30 Not-/Gefahrenfkt. NI",
        "Cylindre 30x30 A2P* nickel",
        27.40,
    ),
    (
        "EC4050BR",
        "Euro cyl. 40/50 anti-snap 3* brass",
        "PZ 35/40 mit Ziehschutz MS",
        "Cylindre 35x40 laiton",
        31.85,
    ),
    ("EC-TT35", "Euro thumbturn cyl. 35/35", "Knaufzylinder 30/30", "Cylindre bouton 30x30", 24.10),
    (
        "ML5BS64",
        "5-lever mortice deadlock BS3621 64mm",
        "Einsteckschloss PZ 55/72 Kl. 3",
        "Serrure à larder 3 pts A2P*",
        38.60,
    ),
    (
        "ML5SL76",
        "5-lever sashlock BS3621 76mm",
        "Rohrrahmenschloss 35/92",
        "Serrure en applique 5 pts",
        41.20,
    ),
    ("MPG-35", "Multipoint gearbox 35/92", "Getriebe MFV 35/92", "Boîtier crémone 35/92", 33.50),
    (
        "NB-KEY",
        "Key blanks UL050 (box 50)",
        "Schlüsselrohlinge BKS (50 Stk.)",
        "Ébauches de clés (boîte 50)",
        22.00,
    ),
    (
        "PL-CEN4",
        "Closed shackle padlock CEN4",
        "Vorhangschloss Kl. 4 geschl. Bügel",
        "Cadenas anse protégée",
        46.90,
    ),
    ("HP-1050", "Hasp and staple 250mm", "Überfalle 250 mm gehärtet", "Moraillon 250 mm", 15.30),
    (
        "WL-KO",
        "Window lock key-operated (pack 4)",
        "Fenstergriff abschließbar (4 Stk.)",
        "Poignées à clé (lot de 4)",
        28.80,
    ),
    ("DC-HD", "Door chain heavy duty", "Sperrbügel Edelstahl", "Entrebâilleur", 9.70),
    (
        "SF-G0",
        "Deposit safe Grade 0, 40L, key lock",
        "Wertschutzschrank Grad 0, 40 l",
        "Coffre-fort niveau 0, 40 l",
        312.00,
    ),
    (
        "SF-G1E",
        "Safe Grade I, electronic lock, 65L",
        "Tresor Grad I EN 1143-1, E-Schloss",
        "Coffre-fort niveau I, serrure électr.",
        689.00,
    ),
    (
        "KS-20",
        "Key cabinet 20 hooks",
        "Schlüsselkasten 20 Haken",
        "Armoire à clés 20 crochets",
        54.20,
    ),
    ("LB-RES", "Letterbox restrictor", "Briefschlitzsperre", "Protection boîte aux lettres", 11.60),
    ("DR-COB", "Cobalt drill bit set", "Kobaltbohrer-Satz", "Jeu de forets cobalt", 38.00),
    (
        "SN-PLT",
        "Snap-secure cylinder guard",
        "Schutzbeschlag ES1 mit ZA",
        "Rosace de protection",
        49.50,
    ),
    (
        "ACC-RDR",
        "Proximity reader 13.56MHz",
        "Leser Mifare Desfire",
        "Lecteur de badges 13,56 MHz",
        118.00,
    ),
    ("ACC-FOB", "Proximity fobs (pack 10)", "Transponder (10 Stk.)", "Badges (lot de 10)", 32.00),
    (
        "MAG-600",
        "Maglock 600lb with bracket",
        "Haftmagnet 300 kg mit Winkel",
        "Ventouse 300 kg",
        64.00,
    ),
]


def stock(k: int, lg: str) -> str:
    return STOCK[k][{"en": 1, "de": 2, "fr": 3}[lg]]


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A lock, safe and cylinder wholesaler's invoice to the office: account number, order and
    delivery note references, product codes, quantities, trade prices and discount; lines
    running over pages with the head repeated; now and then the terms of sale behind."""
    h = head_of(who, "wholesaler", abroad=0.15)
    lg = h.lang
    d = last_day(rng, ("delivery_note",), (0, 4))
    ex = LAST["extra"]
    s = style_of(h, pt=8.5)
    w, hh = A4
    m = s.margin
    inv = serial(rng, rng.choice(["SI999999", "RE-99999", "FA99999", "99999999"]))
    acct = serial(keyed(who, "acct"), "AAA999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    refs = [
        (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
        (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
    ]
    if after(("delivery_note",)) and isinstance(ex, tuple):
        lines = list(ex[1])
        refs.append((tr(lg, "Delivery note", "Lieferschein", "BL"), str(ex[0])))
    else:
        lines = [
            (rng.randrange(len(STOCK)), rng.choice([1, 2, 2, 3, 5, 10, 20]))
            for _ in range(rng.choice([3, 6, 9, 14, 24, 38]))
        ]
        refs.append(
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO9999"))
        )
    recipient(f, s, h, office_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")), d, refs)
    caption(f, s, tr(lg, "TAX INVOICE", "RECHNUNG", "FACTURE"), 4)
    disc = keyed(who, "disc").choice([0, 10, 15, 20, 25])
    rows = []
    net = 0.0
    for k, q in lines:
        unit = STOCK[k][4]
        v = round(q * unit * (1 - disc / 100), 2)
        net += v
        rows.append(
            [
                STOCK[k][0],
                stock(k, lg),
                str(q),
                money(unit, lg),
                f"{disc}%" if disc else "",
                money(v, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (4.2, "left"),
            (0.6, "right"),
            (1.1, "right"),
            (0.7, "right"),
            (1.2, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Disc", "Rab.", "Rem."),
            tr(lg, "Net", "Netto", "Montant"),
        ],
        rows,
        s,
        shade=0.88 if keyed(who, "shade").random() < 0.5 else None,
        rules=keyed(who, "rules").random() < 0.5,
    )
    if rng.random() < 0.4:
        net += 9.95
        write(f, s, tr(lg, "Carriage 9.95", "Versandkosten 9,95", "Frais de port 9,95"), s.size - 1)
    cross = lg != home()
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if cross else vat_rate(lg),
        note=tr(
            lg,
            "Zero-rated intra-community supply / reverse charge."
            if cross
            else "Payment 30 days end of month.",
            "Innergemeinschaftliche Lieferung, steuerfrei."
            if cross
            else "Zahlbar innerhalb 30 Tagen netto, 10 Tage 2 % Skonto.",
            "Autoliquidation." if cross else "Paiement à 45 jours fin de mois. Pas d'escompte.",
        ),
    )
    pages = list(f.pages)
    if keyed(who, "terms").random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                [tr(lg, *t) for t in TERMS_QUOTE[:10]],
                "legal",
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.35)
    if rng.random() < 0.35:
        hand(
            pages[0],
            m + 6,
            hh - m - 40,
            tr(home(), "checked vs DN - ok", "mit LS geprüft", "pointé BL ok"),
            10,
        )
    remember(None, d)
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's delivery note (despatch note, Lieferschein, bon de livraison): A4 or
    landscape A5, the lines ordered and delivered with backorders, the consignment number and
    the office's signature on receipt."""
    h = head_of(who, "wholesaler", abroad=0.15)
    lg = h.lang
    d = some_day(rng)
    size = keyed(who, "dn").choice([A4, landscape(A5)])
    s = style_of(h, size, margin=32 if size != A4 else 0, pt=8)
    w, _hh = size
    m = s.margin
    no = serial(rng, rng.choice(["DN999999", "LS-999999", "BL999999"]))
    f = sheets(s, h)
    if size == A4:
        recipient(
            f,
            s,
            h,
            office_lines(),
            d,
            [
                (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), no),
                (tr(lg, "Consignment", "Sendung", "Expédition"), serial(rng, "9999999999")),
            ],
        )
    else:
        f.page.text(m, f.y, fit(" - ".join(office_lines()), s.font, 8, w * 0.6), s.font, 8)
        f.page.text(w - m, f.y, f"{no}  {short(d, lg)}", s.bold, 9, "right")
        f.y += 16
    caption(f, s, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 3)
    lines = [
        (rng.randrange(len(STOCK)), rng.choice([1, 2, 3, 5, 10]))
        for _ in range(rng.randint(2, 9 if size == A4 else 6))
    ]
    rows = []
    for k, q in lines:
        back = q - rng.randint(0, q) if rng.random() < 0.15 else 0
        rows.append([STOCK[k][0], stock(k, lg), str(q), str(q - back), str(back) if back else ""])
    cols = columns(
        m, w - m, [(1.2, "left"), (4.4, "left"), (0.9, "right"), (0.9, "right"), (0.9, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Del.", "Geliefert", "Livré"),
            tr(lg, "B/O", "Rückstand", "Reliquat"),
        ],
        rows,
        s,
        rules=True,
    )
    f.need(70)
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Received in good condition:",
            "Ware vollständig und unbeschädigt erhalten:",
            "Reçu en bon état :",
        ),
        s.font,
        8.5,
    )
    f.y += 26
    scrawl(f.page, m + 10, f.y, rng.choice([admin_name(), *engineers()]), 12)
    f.page.line(m, f.y + 4, m + 180, f.y + 4)
    hand(f.page, m + 200, f.y, short(d, lg), 9)
    pages = close(f.pages, s, h, numbers="none")
    remember(None, d, (no, lines))
    return pages


def tpl_safe_opening_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's safe opening report: the customer and the proof of ownership, the safe
    (make, grade, lock), the method and the time it took, the repair, signatures; a page of
    photographs before, during and after."""
    oh = office_head()
    lg = oh.lang
    job = a_job(rng)
    d = job.day
    s = style_of(oh, pt=8.5)
    w, _hh = A4
    m = s.margin
    f = sheets(
        s,
        oh,
        f"{tr(lg, 'Safe opening report', 'Tresoröffnungsprotokoll', 'Rapport d ouverture')} "
        f"{job.no}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "SAFE OPENING REPORT",
            "TRESORÖFFNUNGSPROTOKOLL",
            "RAPPORT D'OUVERTURE DE COFFRE-FORT",
        ),
        3,
    )
    p = f.page
    y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Auftraggeber", "Client"), job.name),
            (tr(lg, "Job no.", "Auftrag", "N° intervention"), job.no),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(job.lines)),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Proof of ownership / authority",
                "Nachweis der Berechtigung",
                "Justificatif de propriété",
            ),
        )
        + 12
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Purchase invoice", "Kaufbeleg", "Facture d'achat"),
            tr(lg, "Photo ID + address", "Ausweis + Anschrift", "Pièce d'identité"),
            tr(lg, "Executor / solicitor letter", "Erbschein / Vollmacht", "Acte notarié"),
            tr(lg, "Company authority", "Firmenvollmacht", "Pouvoir société"),
        ],
        {rng.randrange(4)},
        8,
    )
    y = band(p, s, y, tr(lg, "Safe", "Wertbehältnis", "Coffre")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Make / model", "Hersteller / Modell", "Marque / modèle"),
                rng.choice(
                    [
                        "Chubbsafes Trident",
                        "Burg-Wächter Magno",
                        "Fichet-Bauche Kubio",
                        "Phoenix Fortress",
                        "Format Gigant",
                        "Hartmann Tresore HT",
                    ]
                ),
            ),
            (
                tr(lg, "Grade / cash rating", "Widerstandsgrad", "Classe"),
                rng.choice(["EN 1143-1 Grade I", "Grade 0", "S2 (EN 14450)", "Grade II"]),
            ),
            (
                tr(lg, "Lock", "Schloss", "Serrure"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "Mechanical combination",
                            "Zahlenkombination mech.",
                            "Combinaison mécanique",
                        ),
                        tr(lg, "Electronic", "Elektronik", "Électronique"),
                        tr(lg, "Double bitted key", "Doppelbartschlüssel", "Clé à double panneton"),
                    ]
                ),
            ),
            (
                tr(lg, "Fault", "Störung", "Problème"),
                rng.choice(
                    [
                        tr(lg, "Code lost", "Code vergessen", "Code perdu"),
                        tr(lg, "Key lost", "Schlüssel verloren", "Clé perdue"),
                        tr(lg, "Electronic failure", "Elektronik defekt", "Panne électronique"),
                        tr(lg, "Lockout after wrong codes", "Sperrzeit", "Blocage"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "Method", "Öffnungsmethode", "Méthode")) + 12
    meth = rng.randrange(4)
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Manipulation", "Manipulation", "Manipulation"),
            tr(lg, "Drilled (scope)", "Bohrung (Endoskop)", "Perçage"),
            tr(lg, "Bypass", "Umgehung", "Contournement"),
            tr(lg, "Override key", "Notöffnung", "Clé de secours"),
        ],
        {meth},
        8,
    )
    f.y = y
    write(f, s, tr(lg, "Notes:", "Bemerkungen:", "Observations :"), s.size, 0)
    f.y = hand_lines(
        p,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        4,
        rng.choice(
            [
                tr(
                    lg,
                    "Drilled 6mm at 2 o'clock, relocker not triggered. Lock replaced, new code "
                    "set with customer.",
                    "Bohrung 6 mm, Relocker nicht ausgelöst. Schloss erneuert, neuer Code mit "
                    "Kunde.",
                    "Perçage 6 mm, reverrouilleur non déclenché. Serrure remplacée, nouveau code.",
                ),
                tr(
                    lg,
                    "Opened by manipulation in 2h 10m, no damage. Combination changed.",
                    "Manipulation 2 Std. 10 Min., keine Beschädigung. Kombination neu.",
                    "Ouverture par manipulation en 2h10, sans dégât.",
                ),
            ]
        ),
    )
    f.y = (
        pairs(
            p,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Time on job", "Arbeitszeit", "Temps passé"),
                    f"{rng.randint(1, 5)}h {rng.randrange(0, 60, 5)}m",
                ),
                (
                    tr(
                        lg,
                        "Contents inspected by engineer",
                        "Inhalt durch Monteur eingesehen",
                        "Contenu vu par le technicien",
                    ),
                    tr(lg, "No", "Nein", "Non"),
                ),
            ],
            w / 2,
        )
        + 10
    )
    bw = (w - 2 * m - 8) / 2
    f.need(60)
    sign_box(
        f.page,
        s,
        m,
        f.y,
        bw,
        tr(lg, "Customer", "Auftraggeber", "Client"),
        job.contact,
        when=short(d, lg),
    )
    sign_box(
        f.page,
        s,
        m + bw + 8,
        f.y,
        bw,
        tr(lg, "Safe engineer", "Tresortechniker", "Technicien"),
        job.engineer,
    )
    pages = list(f.pages)
    if rng.random() < 0.75:
        q = Page(A4)
        yy = m - 4
        if oh.again:
            yy = heading(q, s, oh)
        q.text(
            m,
            yy,
            tr(
                lg,
                f"Photographs - job {job.no}",
                f"Fotodokumentation - Auftrag {job.no}",
                f"Photos - intervention {job.no}",
            ),
            s.bold,
            11,
        )
        yy += 16
        pw = (w - 2 * m - 14) / 2
        caps = [
            tr(lg, "Before", "Vorher", "Avant"),
            tr(lg, "Drill point", "Bohrpunkt", "Point de perçage"),
            tr(lg, "Lock removed", "Schloss ausgebaut", "Serrure déposée"),
            tr(lg, "After repair", "Nachher", "Après"),
        ]
        for k in range(rng.choice([2, 4, 4])):
            x = m + (k % 2) * (pw + 14)
            py = yy + (k // 2) * (pw * 0.75 + 30)
            photo(q, x, py, pw, pw * 0.75, rng)
            q.text(x, py + pw * 0.75 + 12, caps[k], s.font, 8)
        pages.append(q)
    pages = close(
        pages,
        s,
        oh,
        numbers=rng.choice(["none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")]),
    )
    remember(job, d)
    return pages


def tpl_access_handover(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's access control handover pack: a cover sheet with the contents, the system
    description, the door and controller table on a landscape page, the credentials issued,
    and the training and acceptance sign-off; running header and 'Page i of n'."""
    oh = office_head()
    lg = oh.lang
    job = a_job(rng, business=True)
    d = some_day(rng)
    s = style_of(oh)
    w, hh = A4
    m = s.margin
    proj = f"P{d.year % 100}-{rng.randint(10, 99)}"
    title = tr(
        lg,
        "ACCESS CONTROL SYSTEM - HANDOVER DOCUMENTATION",
        "ZUTRITTSKONTROLLE - ÜBERGABEDOKUMENTATION",
        "CONTRÔLE D'ACCÈS - DOSSIER DES OUVRAGES EXÉCUTÉS",
    )
    cover = Page(A4)
    y = heading(cover, s, oh) + 120
    cover.text(w / 2, y, fit(title, s.bold, 15, w - 2 * m), s.bold, 15, "center")
    y += 40
    for t in (
        job.name,
        ", ".join(job.lines),
        f"{tr(lg, 'Project', 'Projekt', 'Affaire')} {proj}",
        day(oh, d),
    ):
        cover.text(w / 2, y, fit(t, s.font, 12, w - 2 * m), s.font, 12, "center")
        y += 18
    y += 40
    cover.text(m + 40, y, tr(lg, "Contents", "Inhalt", "Sommaire"), s.bold, 11)
    y += 18
    secs = [
        tr(lg, "System description", "Anlagenbeschreibung", "Description du système"),
        tr(lg, "Doors and controllers", "Türen und Controller", "Portes et contrôleurs"),
        tr(lg, "Credentials issued", "Ausgegebene Medien", "Badges remis"),
        tr(lg, "Training and acceptance", "Einweisung und Abnahme", "Formation et réception"),
    ]
    for k, t in enumerate(secs):
        cover.text(m + 50, y, f"{k + 1}.  {t}", s.font, 10)
        y += 15
    pages = [cover]
    f = sheets(s, oh, f"{title} - {proj}", top=False)
    f.heading(m, f"1. {secs[0]}", s.bold, s.size + 2)
    ctl = rng.choice(
        [
            "Paxton Net2",
            "Salto Space",
            "Interflex IF-6040",
            "dormakaba exos",
            "Vauban Systems",
            "Synchronic",
        ]
    )
    write(
        f,
        s,
        tr(
            lg,
            f"The system is based on {ctl} with networked door controllers, proximity readers "
            "on the controlled doors and a management PC in the office.",
            f"Die Anlage basiert auf {ctl} mit vernetzten Türcontrollern und Lesern an den "
            "gesteuerten Türen; Verwaltung über den PC im Büro.",
            f"Le système repose sur {ctl}, centrales de porte en réseau et lecteurs de badges, "
            "administration depuis le poste du bureau.",
        ),
    )
    write(f, s, prose(rng, lg, "alarm", 2, 4))
    write(f, s, prose(rng, lg, "alarm", 1, 3))
    pages += f.pages
    land = Page(LAND)
    lw, lh = LAND
    ls = style_of(oh, LAND, margin=40, pt=8)
    land.text(40, 34, fit(f"{title} - {proj}", ls.font, 7.5, lw - 80), ls.font, 7.5)
    land.line(40, 39, lw - 40, 39)
    land.text(40, 62, f"2. {secs[1]}", ls.bold, 11)
    lf = Sheets(LAND, lh - 40, lambda pg, n: 80.0)
    lf.page = land
    lf.pages = [land]
    lf.y = 84
    doors = rng.sample(DOOR_NAMES[lg], rng.randint(4, 14))
    rows = []
    for k, dn in enumerate(doors):
        rows.append(
            [
                f"D{k + 1:02d}",
                dn,
                f"ACU-{k // 4 + 1}",
                rng.choice(["Maglock 600lb", "Fail-safe strike", "Motor lock", "Salto XS4"]),
                rng.choice(["Reader in / REX out", "Reader in/out", "Keypad + reader"]),
                rng.choice(["07:00-19:00", "24/7", "Mo-Fr 08-18"]),
                rng.choice(yes_no(lg)),
            ]
        )
    cols = columns(
        40,
        lw - 40,
        [
            (0.6, "left"),
            (2, "left"),
            (0.9, "left"),
            (1.7, "left"),
            (1.8, "left"),
            (1.3, "left"),
            (1, "left"),
        ],
    )
    table(
        lf,
        cols,
        [
            tr(lg, "Door", "Tür", "Porte"),
            tr(lg, "Location", "Ort", "Emplacement"),
            "Controller",
            tr(lg, "Locking", "Verriegelung", "Verrouillage"),
            tr(lg, "Reader", "Leser", "Lecteur"),
            tr(lg, "Time zone", "Zeitprofil", "Plage horaire"),
            tr(lg, "Fire release", "Brandfallsteuerung", "Déverrouillage incendie"),
        ],
        rows,
        ls,
        rules=True,
        step=2.0,
    )
    pages += lf.pages
    f2 = sheets(s, oh, f"{title} - {proj}", top=False)
    f2.heading(m, f"3. {secs[2]}", s.bold, s.size + 2)
    users = [
        [
            serial(rng, "99999999"),
            person(rng, lg),
            rng.choice(["All doors", "Staff", "Office only", "Cleaners 06-09"])
            if lg == "en"
            else rng.choice(["Alle Türen", "Mitarbeiter", "Büro", "Reinigung"])
            if lg == "de"
            else rng.choice(["Toutes portes", "Personnel", "Bureaux", "Ménage"]),
            short(d, lg),
        ]
        for _ in range(rng.randint(5, 26))
    ]
    cols = columns(m, w - m, [(1.4, "left"), (2.4, "left"), (2.2, "left"), (1.2, "left")])
    table(
        f2,
        cols,
        [
            tr(lg, "Card no.", "Medium-Nr.", "N° badge"),
            tr(lg, "User", "Benutzer", "Utilisateur"),
            tr(lg, "Access level", "Berechtigung", "Profil"),
            tr(lg, "Issued", "Ausgabe", "Remis le"),
        ],
        users,
        s,
        rules=True,
    )
    if f2.y > hh - 280:
        f2.new_page()
    f2.y += 10
    f2.heading(m, f"4. {secs[3]}", s.bold, s.size + 2)
    write(
        f2,
        s,
        tr(
            lg,
            "The client's representatives have been trained in adding and deleting users, "
            "time zones, reports and emergency release. The system is accepted.",
            "Die Betreiber wurden in Benutzerverwaltung, Zeitprofilen, Protokollen und Notfreigabe "
            "eingewiesen. Die Anlage wird abgenommen.",
            "Les représentants du client ont été formés. L'installation est réceptionnée sans "
            "réserve.",
        ),
    )
    bw = (w - 2 * m - 8) / 2
    f2.need(70)
    sign_box(
        f2.page,
        s,
        m,
        f2.y,
        bw,
        tr(lg, "Installer", "Errichter", "Installateur"),
        rng.choice(engineers()),
        when=short(d, lg),
    )
    sign_box(
        f2.page,
        s,
        m + bw + 8,
        f2.y,
        bw,
        tr(lg, "Client", "Betreiber", "Client"),
        job.contact,
        when=short(d, lg),
    )
    pages += f2.pages
    pages = close(
        pages,
        s,
        oh,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
        covers=1,
    )
    remember(job, d, proj)
    return pages


def tpl_tracker_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The vehicle tracker company's monthly invoice for the office's vans: the subscription
    per vehicle and unit serial, the period, VAT and the direct debit date; now and then the
    month's trip summary behind."""
    h = head_of(who, "tracker", abroad=0.15)
    lg = h.lang
    ex = LAST["extra"]
    if after(("tracker_invoice",)) and isinstance(ex, date):
        period = (ex - timedelta(days=1)).replace(day=1)  # a run: the month before
    else:
        period = month()
    d = period + timedelta(days=rng.randint(0, 4))
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    inv = serial(rng, "INV-99999999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "cust"), "C999999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    end = (period + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    write(
        f,
        s,
        tr(
            lg,
            f"Period: {short(period, lg)} - {short(end, lg)}",
            f"Leistungszeitraum: {short(period, lg)} - {short(end, lg)}",
            f"Période : du {short(period, lg)} au {short(end, lg)}",
        ),
    )
    rows = []
    net = 0.0
    fee = keyed(who, "fee").choice([12.5, 14.99, 17.5, 19.0])
    for v in vans():
        rows.append(
            [
                v,
                serial(keyed(who, v), "TK9999999"),
                tr(
                    lg,
                    "Tracking Pro subscription",
                    "Ortung Pro Monatsgebühr",
                    "Abonnement suivi Pro",
                ),
                money(fee, lg),
            ]
        )
        net += fee
    if rng.random() < 0.3:
        rows.append(
            [
                "",
                "",
                tr(lg, "Driver ID fobs (3)", "Fahrer-ID-Schlüssel (3)", "Badges conducteurs (3)"),
                money(18.0, lg),
            ]
        )
        net += 18.0
    cols = columns(m, w - m, [(1.3, "left"), (1.4, "left"), (3.4, "left"), (1.1, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
            tr(lg, "Unit", "Gerät", "Boîtier"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), 0.0 if lg != home() else vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Will be collected by Direct Debit on or after {short(d + timedelta(days=10), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} per SEPA-Lastschrift "
            f"eingezogen (Mandat {serial(keyed(who, 'm'), 'M99999')}).",
            f"Prélèvement SEPA le {short(d + timedelta(days=10), lg)}.",
        ),
        s.size - 1,
    )
    pages = list(f.pages)
    if keyed(who, "trips").random() < 0.45:
        t = sheets(s, h, f"{h.name} - {inv}")
        caption(t, s, tr(lg, "Trip summary", "Fahrtenübersicht", "Synthèse des trajets"), 2)
        trows = []
        for v in vans():
            for _ in range(rng.randint(2, 5)):
                dd = period + timedelta(days=rng.randint(0, 27))
                trows.append(
                    [
                        v,
                        short(dd, lg),
                        f"{rng.randint(6, 19):02d}:{rng.randint(0, 59):02d}",
                        rng.choice(TOWNS[home()][int(OFFICE["row"])]),
                        f"{rng.uniform(3, 95):.1f}",  # type: ignore[call-overload]
                        f"{rng.randint(0, 2)}",
                    ]
                )
        trows.sort(key=lambda r: (r[0], r[1]))
        cols = columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (1, "left"),
                (0.7, "left"),
                (2.4, "left"),
                (0.8, "right"),
                (0.9, "right"),
            ],
        )
        table(
            t,
            cols,
            [
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Start", "Start", "Départ"),
                tr(lg, "Destination", "Ziel", "Destination"),
                "km",
                tr(lg, "Speeding", "Tempo", "Excès"),
            ],
            trows,
            s,
            size=7.5,
        )
        pages += t.pages
    pages = close(pages, s, h)
    remember(None, d, period)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates WWW: the trade association, credit control
# ---------------------------------------------------------------------------------------------

SCHEMES = {
    "en": (
        "MLA Approved Company",
        "Master Locksmiths Association",
        "has been inspected and is approved by the Master Locksmiths Association as meeting "
        "its standards for locksmithing services, vetting and workmanship",
    ),
    "de": (
        "VdS-anerkannte Errichterfirma für Einbruchmeldeanlagen",
        "Zertifizierungsstelle",
        "erfüllt die Anforderungen der Richtlinien VdS 2133 an Errichterfirmen für "
        "Einbruchmeldeanlagen und ist berechtigt, Anlagen der Klassen A und B zu errichten",
    ),
    "fr": (
        "Certificat APSAD de service d'installation et de maintenance",
        "CNPP Cert.",
        "satisfait aux exigences du référentiel APSAD R81 / I81 pour l'installation et la "
        "maintenance de systèmes de détection d'intrusion",
    ),
}


def tpl_association_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """The trade association's or certification body's certificate for the office (MLA
    approved company, VdS Anerkennung, certificat APSAD): a framed certificate, landscape or
    portrait, with the number, scope, validity, signature and seal; now and then a covering
    letter in front."""
    h = head_of(who, "association")
    lg = h.lang
    oh = office_head()
    d = last_day(rng, ("audit_report",), (20, 50))
    title, body_by, body = SCHEMES[lg]
    rc = keyed(who, "certno")
    no = {
        "en": f"MLA/{rc.randint(1000, 4999)}",
        "de": f"G {rc.randint(100000, 199999)}",
        "fr": f"{rc.randint(10, 99)}.{rc.randint(10, 99)}.{rc.randint(100, 999)}",
    }[lg]
    pages: list[Page] = []
    s = style_of(h)
    if rng.random() < 0.45:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            office_lines(owner_name()),
            d,
            [(tr(lg, "Member no.", "Anerkennungs-Nr.", "N° certificat"), no)],
        )
        write(f, s, dear(lg, mx(owner_name(), lg)))
        write(
            f,
            s,
            tr(
                lg,
                "Following your recent surveillance inspection we are pleased to enclose your "
                "approved company certificate for the coming year.",
                "nach erfolgreicher Überprüfung übersenden wir Ihnen anbei die Urkunde über die "
                "Verlängerung Ihrer Anerkennung.",
                "Suite à l'audit de surveillance, nous avons le plaisir de vous adresser votre "
                "certificat pour la période à venir.",
            ),
        )
        write(f, s, prose(rng, lg, "audit", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "cert"),
            tr(lg, "Membership Services", "Zertifizierungsstelle", "Service certification"),
        )
        pages += close(f.pages, s, h, numbers="none")
    size = LAND if rng.random() < 0.6 else A4
    w, hh = size
    p = Page(size)
    p.rect(24, 24, w - 48, hh - 48)
    p.rect(30, 30, w - 60, hh - 60)
    p.rect(34, 34, w - 68, hh - 68)
    y = 80.0 if size == LAND else 110.0
    p.text(w / 2, y, fit(h.name.split(" - ")[0], h.bold, 14, w - 120), h.bold, 14, "center")
    y += 40
    p.text(w / 2, y, tr(lg, "CERTIFICATE", "URKUNDE", "CERTIFICAT"), "Times-Bold", 30, "center")
    y += 34
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Il est certifié que"),
        "Times-Italic",
        12,
        "center",
    )
    y += 30
    p.text(w / 2, y, fit(oh.name, "Times-Bold", 20, w - 120), "Times-Bold", 20, "center")
    y += 18
    p.text(w / 2, y, f"{oh.street}, {oh.town}", "Times-Roman", 10, "center")
    y += 28
    for ln in wrap(body, "Times-Roman", 12, w - 200):
        p.text(w / 2, y, ln, "Times-Roman", 12, "center")
        y += 16
    y += 10
    p.text(w / 2, y, fit(title, "Times-Bold", 13, w - 120), "Times-Bold", 13, "center")
    y += 34
    valid = d.replace(day=1) + timedelta(days=365)
    p.text(
        w / 2,
        y,
        tr(
            lg,
            f"Certificate no. {no}   -   Valid until {day(h, valid)}",
            f"Anerkennungs-Nr. {no}   -   gültig bis {day(h, valid)}",
            f"Certificat n° {no}   -   valable jusqu'au {day(h, valid)}",
        ),
        "Times-Roman",
        10,
        "center",
    )
    yb = hh - 110
    scrawl(p, 90, yb, staff(h, "ceo"), 14)
    p.line(80, yb + 6, 260, yb + 6)
    p.text(80, yb + 18, staff(h, "ceo"), "Times-Roman", 9)
    p.text(
        80,
        yb + 29,
        tr(
            lg,
            "Chief Executive",
            "Leiter der Zertifizierungsstelle",
            "Directeur de la certification",
        ),
        "Times-Italic",
        8,
    )
    seal(p, w - 130, yb - 10, 40, body_by[:26].upper(), tr(lg, "APPROVED", "ANERKANNT", "CERTIFIÉ"))
    p.text(
        w / 2,
        hh - 50,
        tr(
            lg,
            "This certificate remains the property of the Association.",
            "Diese Urkunde bleibt Eigentum der Zertifizierungsstelle.",
            "Ce certificat reste la propriété de l'organisme certificateur.",
        ),
        "Times-Italic",
        7,
        "center",
    )
    pages.append(p)
    remember(None, d, no)
    return pages


FINDINGS = {
    "en": [
        "Key control records incomplete for two master key systems",
        "Staff vetting file for one engineer lacks the 5-year history",
        "Calibration of the battery tester overdue",
        "Complaint log not reviewed at management review",
        "Two commissioning certificates without client signature",
        "Insurance certificate on file expired",
        "Training records up to date",
        "Subcontractor approval not documented",
    ],
    "de": [
        "Schlüsselverwaltung für zwei Schließanlagen unvollständig dokumentiert",
        "Nachweis der Zuverlässigkeitsprüfung eines Monteurs fehlt",
        "Prüfmittelüberwachung Akkutester überfällig",
        "Reklamationen nicht in der Managementbewertung behandelt",
        "Zwei Abnahmeprotokolle ohne Unterschrift des Betreibers",
        "Nachweis Betriebshaftpflicht abgelaufen",
        "Schulungsnachweise aktuell",
        "Freigabe Nachunternehmer nicht dokumentiert",
    ],
    "fr": [
        "Traçabilité des clés incomplète pour deux organigrammes",
        "Dossier d'habilitation d'un technicien incomplet",
        "Vérification du testeur de batteries non réalisée",
        "Réclamations non revues en revue de direction",
        "Deux PV de réception non signés par le client",
        "Attestation d'assurance périmée",
        "Enregistrements de formation à jour",
        "Agrément des sous-traitants non formalisé",
    ],
}


def tpl_audit_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The association's or certification body's surveillance audit report on the office:
    audit details, scope, sites and jobs sampled, the findings table with grades and due
    dates, the conclusion, the auditor's signature; now and then the corrective action form
    to return on a page of its own."""
    h = head_of(who, "association")
    lg = h.lang
    oh = office_head()
    d = some_day(rng) - timedelta(days=rng.randint(10, 30))
    s = style_of(h, pt=8.5)
    w, hh = A4
    m = s.margin
    ref = serial(rng, "AR-99999")
    title = tr(
        lg,
        "SURVEILLANCE AUDIT REPORT",
        "BERICHT ÜBER DIE ÜBERWACHUNGSPRÜFUNG",
        "RAPPORT D'AUDIT DE SURVEILLANCE",
    )
    f = sheets(s, h, f"{title} - {oh.name} - {ref}")
    caption(f, s, title, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Company", "Unternehmen", "Entreprise"), oh.name),
            (tr(lg, "Report ref.", "Bericht-Nr.", "Réf. rapport"), ref),
            (tr(lg, "Audit date", "Prüfdatum", "Date d'audit"), short(d, lg)),
            (tr(lg, "Auditor", "Auditor", "Auditeur"), staff(h, "auditor")),
            (
                tr(lg, "Scope", "Geltungsbereich", "Périmètre"),
                tr(lg, "Locksmithing, intruder alarm, CCTV", "EMA Klassen A/B", "Intrusion I81"),
            ),
            (
                tr(lg, "Persons present", "Anwesend", "Personnes présentes"),
                f"{owner_name()}, {admin_name()}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.heading(m, tr(lg, "1. Summary", "1. Zusammenfassung", "1. Synthèse"), s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "audit", 2, 4))
    f.heading(
        m,
        tr(lg, "2. Jobs sampled", "2. Geprüfte Anlagen", "2. Installations échantillonnées"),
        s.bold,
        s.size + 1,
    )
    for _ in range(rng.randint(2, 4)):
        j = a_job(rng)
        write(f, s, f"- {j.name}, {j.lines[0]} ({j.no})", s.size - 0.5, 10)
    f.heading(m, tr(lg, "3. Findings", "3. Feststellungen", "3. Constats"), s.bold, s.size + 1)
    fnd = rng.sample(FINDINGS[lg], rng.randint(2, 6))
    rows = []
    grades = [
        tr(lg, "Minor NC", "Abweichung", "Écart mineur"),
        tr(lg, "Observation", "Hinweis", "Remarque"),
        tr(lg, "Major NC", "Wesentl. Abw.", "Écart majeur"),
    ]
    for k, t in enumerate(fnd):
        g = rng.choices(grades, [5, 4, 1])[0]
        rows.append(
            [
                str(k + 1),
                rng.choice(["4.2", "5.1", "6.3", "7.4", "8.2", "9.1"]),
                t,
                g,
                short(d + timedelta(days=rng.choice([30, 60, 90])), lg),
            ]
        )
    cols = columns(
        m, w - m, [(0.3, "left"), (0.6, "left"), (5, "left"), (1.3, "left"), (1.1, "left")]
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Clause", "Abschn.", "Art."),
            tr(lg, "Finding", "Feststellung", "Constat"),
            tr(lg, "Grade", "Bewertung", "Type"),
            tr(lg, "Due", "Frist", "Échéance"),
        ],
        rows,
        s,
        rules=True,
        step=2.2,
        size=7.5,
    )
    f.heading(m, tr(lg, "4. Conclusion", "4. Ergebnis", "4. Conclusion"), s.bold, s.size + 1)
    write(
        f,
        s,
        tr(
            lg,
            "Approval is recommended to continue subject to the closure of the findings above.",
            "Die Anerkennung kann aufrechterhalten werden, sofern die Abweichungen fristgerecht "
            "behoben werden.",
            "Le maintien de la certification est proposé sous réserve de la levée des écarts.",
        ),
    )
    regards(f, s, lg, staff(h, "auditor"), tr(lg, "Auditor", "Auditor", "Auditeur"))
    pages = list(f.pages)
    if rng.random() < 0.5:
        c = Page(A4)
        y = m + 6.0
        c.text(
            m,
            y,
            tr(lg, "CORRECTIVE ACTION RESPONSE", "MASSNAHMENPLAN", "PLAN D'ACTIONS CORRECTIVES"),
            s.bold,
            12,
        )
        c.text(w - m, y, ref, s.font, 8, "right")
        y += 14
        c.text(
            m,
            y,
            tr(
                lg,
                "Return within 28 days of the audit",
                "Bitte innerhalb von 4 Wochen zurücksenden",
                "À retourner sous 30 jours",
            ),
            italic_of(s.font),
            8,
        )
        y += 20
        for k, t in enumerate(fnd):
            c.rect(m, y, w - 2 * m, 76)
            c.text(m + 4, y + 10, fit(f"{k + 1}. {t}", s.bold, 8, w - 2 * m - 8), s.bold, 8)
            c.text(
                m + 4,
                y + 24,
                tr(lg, "Root cause / action taken:", "Ursache / Maßnahme:", "Cause / action :"),
                s.font,
                7.5,
            )
            c.text(
                m + 4,
                y + 64,
                tr(lg, "Completed (date):", "Erledigt am:", "Réalisé le :"),
                s.font,
                7.5,
            )
            y += 82
            if y > hh - 140:
                break
        c.text(
            m,
            hh - m - 40,
            tr(lg, "Signed for the company:", "Für das Unternehmen:", "Pour l'entreprise :"),
            s.font,
            8.5,
        )
        c.line(m + 120, hh - m - 38, m + 320, hh - m - 38)
        pages.append(c)
    pages = close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    received(rng, pages[0], d + timedelta(days=7), 0.3)
    remember(None, d, ref)
    return pages


def tpl_credit_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's credit control reminder to a customer (first reminder, second reminder,
    final notice; Zahlungserinnerung to letzte Mahnung; relance to mise en demeure) with the
    open invoices; now and then the statement of account behind."""
    oh = office_head()
    lg = oh.lang
    job = a_job(rng, business=rng.random() < 0.7)
    d = some_day(rng)
    level = rng.choice([1, 1, 2, 3])
    s = style_of(oh)
    w, _hh = A4
    m = s.margin
    f = sheets(s, oh)
    acct = serial(rng, "C9999")
    recipient(
        f, s, oh, job_lines(job), d, [(tr(lg, "Account", "Kunden-Nr.", "Compte client"), acct)]
    )
    subj = {
        "en": [
            "Payment reminder",
            "Second reminder - overdue account",
            "FINAL NOTICE before legal action",
        ],
        "de": ["Zahlungserinnerung", "2. Mahnung", "Letzte Mahnung"],
        "fr": ["Relance - facture impayée", "Deuxième relance", "Mise en demeure de payer"],
    }[lg][level - 1]
    f.page.text(m, f.y, subj, s.bold, s.size + 1)
    f.y += s.size * 2.4
    write(f, s, dear(lg, mx(job.contact, lg)) if job.business else dear(lg, job.name))
    items = []
    total = 0.0
    for _ in range(rng.choice([1, 1, 2, 3])):
        dd = d - timedelta(days=rng.randint(20, 90))
        amt = round(rng.uniform(85, 1400), 2)
        total += amt
        items.append(
            [
                f"{tr(lg, 'INV', 'RE', 'FA')}-{dd.year % 100}{rng.randint(100, 999):04d}",
                short(dd, lg),
                short(dd + timedelta(days=14), lg),
                money(amt, lg),
            ]
        )
    write(
        f,
        s,
        tr(
            lg,
            "Our records show that the following invoices remain unpaid:",
            "bei Durchsicht unserer Konten haben wir festgestellt, dass folgende Rechnungen noch "
            "offen sind:",
            "Sauf erreur de notre part, les factures suivantes restent impayées :",
        ),
    )
    cols = columns(m, w - m, [(1.5, "left"), (1.2, "left"), (1.2, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Invoice", "Rechnung", "Facture"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Due", "Fällig", "Échéance"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        items,
        s,
        rules=True,
    )
    fee = {1: 0.0, 2: 5.0 if lg == "de" else 0.0, 3: 40.0 if lg in ("en", "fr") else 10.0}[level]
    f.page.text(
        w - m,
        f.y + 4,
        f"{tr(lg, 'Total', 'Summe', 'Total')} {cash(total + fee, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 24
    if fee:
        write(
            f,
            s,
            tr(
                lg,
                f"A late payment fee of {cash(fee, lg)} has been added (Late Payment of "
                "Commercial Debts Act).",
                f"Mahngebühr: {cash(fee, lg)}.",
                f"Indemnité forfaitaire pour frais de recouvrement : {cash(fee, lg)} (art. "
                "L441-10 C. com.).",
            ),
            s.size - 0.5,
        )
    write(
        f,
        s,
        [
            tr(
                lg,
                "If you have already paid, please ignore this letter.",
                "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses "
                "Schreiben als gegenstandslos.",
                "Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de "
                "ce courrier.",
            ),
            tr(
                lg,
                "Please pay within 7 days.",
                "Bitte überweisen Sie den Betrag innerhalb von 7 Tagen.",
                "Nous vous remercions de régulariser sous 8 jours.",
            ),
            tr(
                lg,
                "Unless payment is received within 7 days we will issue a claim in the County "
                "Court without further notice.",
                "Sollte der Betrag nicht bis zum genannten Termin eingehen, übergeben wir die "
                "Forderung ohne weitere Ankündigung an ein Inkassobüro.",
                "À défaut de paiement sous 8 jours, nous engagerons une procédure d'injonction de "
                "payer.",
            ),
        ][level - 1],
    )
    rb = office_rng("bank")
    bank = {
        "en": f"Sort code {rb.randint(10, 99)}-{rb.randint(10, 99)}-{rb.randint(10, 99)}  "
        f"Account {rb.randint(10000000, 99999999)}",
        "de": f"IBAN DE{rb.randint(10, 99)} {rb.randint(1000, 9999)} {rb.randint(1000, 9999)} "
        f"{rb.randint(1000, 9999)} {rb.randint(1000, 9999)} {rb.randint(10, 99)}",
        "fr": f"IBAN FR76 {rb.randint(1000, 9999)} {rb.randint(1000, 9999)} "
        f"{rb.randint(1000, 9999)} {rb.randint(1000, 9999)} {rb.randint(100, 999)}",
    }[lg]
    write(f, s, f"{tr(lg, 'Bank', 'Bankverbindung', 'Coordonnées bancaires')}: {bank}", s.size - 1)
    regards(f, s, lg, admin_name(), tr(lg, "Accounts", "Buchhaltung", "Service comptabilité"))
    pages = list(f.pages)
    if rng.random() < 0.3:
        t = sheets(s, oh)
        caption(
            t,
            s,
            tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVÉ DE COMPTE"),
            2,
        )
        t.y = (
            pairs(
                t.page,
                s,
                m,
                t.y,
                [
                    (tr(lg, "Customer", "Kunde", "Client"), job.name),
                    (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
                    (tr(lg, "Statement date", "Stichtag", "Date"), short(d, lg)),
                ],
                w - m,
            )
            + 10
        )
        bal = 0.0
        srows = []
        for it in items:
            amt = float(it[3].replace(",", "").replace(".", "").replace(" ", "")) / 100
            bal += amt
            srows.append(
                [it[1], it[0], tr(lg, "Invoice", "Rechnung", "Facture"), it[3], "", money(bal, lg)]
            )
        cols = columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (1.3, "left"),
                (1.6, "left"),
                (1, "right"),
                (1, "right"),
                (1.1, "right"),
            ],
        )
        table(
            t,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Ref.", "Beleg", "Pièce"),
                tr(lg, "Type", "Art", "Libellé"),
                tr(lg, "Debit", "Soll", "Débit"),
                tr(lg, "Credit", "Haben", "Crédit"),
                tr(lg, "Balance", "Saldo", "Solde"),
            ],
            srows,
            s,
            rules=True,
        )
        pages += t.pages
    pages = close(pages, s, oh, numbers="none")
    remember(job, d, level)
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
    "callout_sheet": tpl_callout_sheet,
    "callout_invoice": tpl_callout_invoice,
    "door_authorisation": tpl_door_authorisation,
    "masterkey_plan": tpl_masterkey_plan,
    "key_register": tpl_key_register,
    "alarm_quote": tpl_alarm_quote,
    "commissioning_cert": tpl_commissioning_cert,
    "maintenance_contract": tpl_maintenance_contract,
    "service_visit": tpl_service_visit,
    "urn_application": tpl_urn_application,
    "police_letter": tpl_police_letter,
    "insurer_letter": tpl_insurer_letter,
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "safe_opening_report": tpl_safe_opening_report,
    "access_handover": tpl_access_handover,
    "tracker_invoice": tpl_tracker_invoice,
    "association_cert": tpl_association_cert,
    "audit_report": tpl_audit_report,
    "credit_reminder": tpl_credit_reminder,
}
TEMPLATES_WWW: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "callout_sheet",
    "callout_invoice",
    "supplier_invoice",
    "delivery_note",
    "service_visit",
    "tracker_invoice",
    "credit_reminder",
)
#: A kind often followed by a related paper about the same customer or job.
FOLLOWS = {
    "door_authorisation": "callout_sheet",
    "callout_sheet": "callout_invoice",
    "masterkey_plan": "key_register",
    "urn_application": "police_letter",
    "insurer_letter": "alarm_quote",
    "delivery_note": "supplier_invoice",
    "audit_report": "association_cert",
    "alarm_quote": "commissioning_cert",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_thermos_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One office's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The office
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_WWW, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_thermos_stream, "templates WWW")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

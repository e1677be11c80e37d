"""Coffer part of the generated corpus: templates Z, written blind for the next measurement.

Another part, ``coffer``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as the post room of an insurance company's
claims department (a motor and household insurer's claims centre in England, a
Schadenabteilung in Germany, a service sinistres in France) scans the day's claim papers in one
pile: each stream is mostly the post of one insurer, now and then a claim from another country.
The papers: claim forms filled in by hand (motor claim form, Schadenanzeige, declaration de
sinistre) with the policyholder's enclosures, European accident statements (constat amiable,
Europaeischer Unfallbericht), the insurer's acknowledgements with the list of papers still
needed, loss adjusters' reports with their photo sheets and schedules of loss, motor engineers'
assessments (Kfz-Gutachten, rapport d'expertise) with the damage diagram, the cost calculation
and photos, garages' repair estimates (Kostenvoranschlag, devis), garages' and builders' repair
invoices, builders' schedules of works for household claims, recovery / towing slips on narrow
paper, police papers (collision report, crime reference letter, Anzeigenbestaetigung,
recepisse de plainte), doctors' certificates on A5 or A4, witness statements typed or written by
hand, the policyholder's own photos of the damage, policy schedules with their certificate and
terms pages, renewal notices (Beitragsrechnung, avis d'echeance), settlement letters with their
calculation (Abrechnung, lettre d'indemnisation), signed discharge forms (Abfindungserklaerung,
quittance), claim payment advices, brokers' letters and third parties' letters (a solicitor's
letter of claim, an Anwaltsschreiben, the other side's insurer's recovery claim). Each sender
writes in its own language; page sizes range from narrow towing slips and A5 certificates to A4,
Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the claims handler files
it under one claim: the later form pages of a claim form and the accident statement, photo
page or receipts the policyholder sends with it; the cover sheet, photo sheets and schedule of
loss of an adjuster's report; the calculation and photo pages of an engineer's assessment; the
covering letter, the certificate of motor insurance and the terms pages sent with a policy
schedule; the blank discharge form enclosed with a settlement letter; the direct debit mandate
or information page of a renewal notice; the copy estimate or invoice a broker encloses; the
schedule of special damages behind a solicitor's letter; the terms page of an estimate; the
continuation sheet of a witness statement; later pages of letters, reports and invoices belong to
their document. Related papers are documents of their own: the insurer's acknowledgement after a
claim form, the engineer's assessment after the garage's estimate and the repair invoice after
the assessment, the garage's estimate after the towing slip, the settlement letter after the
adjuster's report, the signed discharge form returned after the settlement letter, a witness
statement after the police report, an accident statement sent after a third party's letter, the
policyholder's photos sent after a builder's schedule of works and the claim form after a
broker's letter.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: acknowledgements, renewal notices,
payment advices, repair invoices and towing slips often come 2-4 in a row from one sender with
other claims, names, dates, numbers and amounts; and companions: each of the related papers
above often follows the document it answers. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "coffer"`` and
seeds offset by 2_500_000.

Usage: ``python benchmarks/corpus_coffer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/coffer/coffer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import math
import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    box,
    cell,
    close,
    columns,
    currency,
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
    stamp,
    table,
    ticks,
    tr,
    wrap,
    write,
)
from corpus_kit import address as window

PART = "coffer"
SEED_OFFSET = 2_500_000

MM = 72 / 25.4

# ---------------------------------------------------------------------------------------------
# Who writes: the insurer, the firms around a claim, policyholders
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
INSURERS: dict[str, list[Firm]] = {
    "en": [
        (
            "Harrowgate Mutual Insurance plc",
            "en",
            "Claims Centre, Mercia House, 22 Colmore Row",
            "Birmingham B3 2BJ",
            "0345 602 7710",
        ),
        (
            "Albion Counties General Insurance Ltd",
            "en",
            "Claims Department, 5 Temple Back",
            "Bristol BS1 6FL",
            "0330 123 4410",
        ),
    ],
    "de": [
        (
            "Westfalia Allgemeine Versicherung AG",
            "de",
            "Schadenservice, Kolde-Ring 21",
            "48151 Muenster",
            "0251 7020-0",
        ),
        (
            "Hanseatische Sach- und Kraftfahrtversicherung AG",
            "de",
            "Schadenabteilung, Ballindamm 14",
            "20095 Hamburg",
            "040 30992-0",
        ),
    ],
    "fr": [
        (
            "Mutuelle Centre-Loire Assurances",
            "fr",
            "Service Sinistres, 12 rue du Faubourg Bannier",
            "45000 Orleans",
            "02 38 77 41 00",
        ),
        (
            "La Sauvegarde du Rhone IARD",
            "fr",
            "Gestion Sinistres, 41 cours Lafayette",
            "69003 Lyon",
            "04 72 60 33 10",
        ),
    ],
}
ROLES: dict[str, list[Firm]] = {
    "broker": [
        ("Pembridge Insurance Brokers Ltd", "en", "14 Newhall Street", "Birmingham B3 3LX", ""),
        ("Kestrel & Lowe Insurance Services", "en", "2 Queen Square", "Bristol BS1 4JQ", ""),
        ("Duvenbeck Versicherungsmakler GmbH", "de", "Ludgeristrasse 56", "48143 Muenster", ""),
        ("Assekuranzkontor Ritter & Soehne", "de", "Grosse Bleichen 8", "20354 Hamburg", ""),
        ("Cabinet Delorme Courtage", "fr", "7 rue Jeanne d'Arc", "45000 Orleans", ""),
        ("Agence Vasseur - Agent general", "fr", "18 rue de la Republique", "69002 Lyon", ""),
    ],
    "adjuster": [
        (
            "Hartley Boyce Loss Adjusters",
            "en",
            "Edmund House, 12 Newhall St",
            "Birmingham B3 3AS",
            "",
        ),
        ("Cunningham Reade Claims Solutions", "en", "Aztec West 1000", "Bristol BS32 4SY", ""),
        ("Schadenregulierung Kessler & Partner", "de", "Hafenweg 24", "48155 Muenster", ""),
        ("Sachverstaendigenbuero Dr. Brandes", "de", "Winterhuder Weg 29", "22085 Hamburg", ""),
        ("Cabinet Roux Expertises", "fr", "22 boulevard Alexandre Martin", "45000 Orleans", ""),
        ("Polyexpertise Rhone-Alpes", "fr", "9 rue de la Villette", "69003 Lyon", ""),
    ],
    "engineer": [
        ("Midland Vehicle Assessors Ltd", "en", "Unit 7, Tyburn Road", "Birmingham B24 8HJ", ""),
        ("AutoEng Assessing Services", "en", "Cribbs Causeway", "Bristol BS10 7TU", ""),
        ("Kfz-Sachverstaendigenbuero Lammers", "de", "Weseler Strasse 110", "48151 Muenster", ""),
        ("Ingenieurbuero Hoeft Kfz-Gutachten", "de", "Billstrasse 88", "20539 Hamburg", ""),
        ("Cabinet Girard Expertise Automobile", "fr", "45 rue de Bourgogne", "45000 Orleans", ""),
        ("BCA Expertise Lyon Est", "fr", "112 route de Genas", "69003 Lyon", ""),
    ],
    "garage": [
        (
            "Castle Bromwich Body Repairs",
            "en",
            "Chester Road",
            "Birmingham B36 9DA",
            "0121 747 2031",
        ),
        ("Avon Accident Repair Centre", "en", "Feeder Road", "Bristol BS2 0SB", "0117 971 5522"),
        ("Selly Oak Motors Ltd", "en", "Bristol Road", "Birmingham B29 6BD", "0121 472 0190"),
        ("Autohaus Terfloth GmbH", "de", "Robert-Bosch-Strasse 5", "48153 Muenster", ""),
        ("Karosserie & Lack Wienker", "de", "Am Hawerkamp 12", "48155 Muenster", "0251 66 14 20"),
        ("Kfz-Meisterbetrieb Oezkan", "de", "Wendenstrasse 130", "20537 Hamburg", "040 25 49 33 0"),
        ("Carrosserie Moulin", "fr", "ZA des Montees", "45100 Orleans", "02 38 56 20 14"),
        ("Garage du Val de Loire SARL", "fr", "140 route d'Olivet", "45100 Orleans", ""),
        ("Carrosserie Lyonnaise Benoit", "fr", "27 rue Paul Bert", "69003 Lyon", "04 78 60 12 98"),
    ],
    "builder": [
        ("R. Okonjo Building & Restoration", "en", "40 Cape Hill", "Smethwick B66 4SF", ""),
        ("Hallmark Property Repairs Ltd", "en", "Unit 3, Bath Road", "Bristol BS4 3EX", ""),
        ("Sanierung Brockmeyer GmbH", "de", "Gremmendorfer Weg 9", "48167 Muenster", ""),
        (
            "Malerbetrieb & Trockenbau Schepers",
            "de",
            "Wandsbeker Chaussee 201",
            "22089 Hamburg",
            "",
        ),
        ("SARL Renov'Habitat Pelletier", "fr", "3 rue des Murlins", "45000 Orleans", ""),
        ("Entreprise Marchand Batiment", "fr", "61 rue Servient", "69003 Lyon", ""),
    ],
    "police": [
        ("West Midlands Police", "en", "Lloyd House, Colmore Circus", "Birmingham B4 6NQ", "101"),
        (
            "Avon and Somerset Constabulary",
            "en",
            "PO Box 37, Valley Road",
            "Portishead BS20 8QJ",
            "101",
        ),
        ("Polizeipraesidium Muenster", "de", "Friesenring 43", "48147 Muenster", "0251 275-0"),
        ("Polizei Hamburg - Polizeikommissariat 11", "de", "Steindamm 82", "20099 Hamburg", ""),
        (
            "Commissariat de police d'Orleans",
            "fr",
            "63 rue du Faubourg Saint-Jean",
            "45000 Orleans",
            "",
        ),
        (
            "Gendarmerie nationale - Brigade de Villeurbanne",
            "fr",
            "2 rue Gervais",
            "69100 Villeurbanne",
            "",
        ),
    ],
    "doctor": [
        ("Moseley Road Surgery", "en", "121 Moseley Road", "Birmingham B12 0JH", "0121 446 4001"),
        ("Priory Medical Centre", "en", "Wells Road", "Bristol BS4 2SE", "0117 977 1021"),
        ("Dr. med. Kathrin Oelmann", "de", "Hammer Strasse 38", "48153 Muenster", "0251 79 44 10"),
        (
            "Gemeinschaftspraxis Dr. Wessels / Dr. Amiri",
            "de",
            "Mundsburger Damm 6",
            "22087 Hamburg",
            "",
        ),
        ("Docteur Philippe Garnier", "fr", "5 place du Martroi", "45000 Orleans", "02 38 53 17 60"),
        ("Centre medical des Brotteaux", "fr", "80 boulevard des Belges", "69006 Lyon", ""),
    ],
    "solicitor": [
        (
            "Brindley Chase Solicitors",
            "en",
            "Waterfront House, Brindleyplace",
            "Birmingham B1 2JB",
            "",
        ),
        ("Northfield Accident Claims LLP", "en", "1 Victoria Street", "Bristol BS1 6AA", ""),
        ("Rechtsanwaelte Hollmann & Voigt", "de", "Salzstrasse 21", "48143 Muenster", ""),
        ("Kanzlei Dr. Siebert", "de", "Jungfernstieg 30", "20354 Hamburg", ""),
        ("Maitre Claire Fontaine, Avocat", "fr", "11 rue de la Bretonnerie", "45000 Orleans", ""),
        ("SCP Bernard & Lemoine, Avocats", "fr", "24 rue Moliere", "69006 Lyon", ""),
    ],
    "other_insurer": [
        (
            "Severn Vale Insurance Company Ltd",
            "en",
            "Recoveries Unit, 3 Friargate",
            "Derby DE1 1BU",
            "",
        ),
        (
            "Pennant Direct Motor Insurance",
            "en",
            "Subrogation Team, Pennant House",
            "Leeds LS1 4DL",
            "",
        ),
        (
            "Nordstern Kraftfahrtversicherung AG",
            "de",
            "Regress, Marienplatz 2",
            "80331 Muenchen",
            "",
        ),
        ("Rheintreu Versicherung AG", "de", "Schaden-Regress, Ubierring 9", "50678 Koeln", ""),
        (
            "Assurances Mutuelles de l'Ouest",
            "fr",
            "Service Recours, 8 bd Guist'hau",
            "44000 Nantes",
            "",
        ),
        (
            "Garantie Mutuelle Atlantique",
            "fr",
            "Service Recours, 14 quai de Rive Neuve",
            "13007 Marseille",
            "",
        ),
    ],
    "towing": [
        (
            "M6 Recovery Services Ltd",
            "en",
            "Junction 6 Depot, Tyburn Road",
            "Birmingham B24 8NB",
            "0121 327 9944",
        ),
        ("Bristol Breakdown & Recovery", "en", "Days Road", "Bristol BS2 0QS", "0117 955 0606"),
        (
            "Abschleppdienst Huelsmann 24h",
            "de",
            "Industrieweg 70",
            "48155 Muenster",
            "0251 61 22 22",
        ),
        (
            "Bergungs- und Abschleppdienst Nord",
            "de",
            "Halskestrasse 18",
            "22113 Hamburg",
            "040 73 12 00",
        ),
        (
            "Depannage Remorquage Loiret 24/24",
            "fr",
            "rue de la Bergeresse",
            "45160 Olivet",
            "02 38 63 00 45",
        ),
        (
            "Lyon Depannage Express",
            "fr",
            "8 rue de l'Industrie",
            "69200 Venissieux",
            "04 78 70 22 22",
        ),
    ],
}
#: Who signs for each practice.
DOCTORS = {
    "Moseley Road Surgery": ["Dr Aisha Raman", "Dr Peter Colley", "Dr Fiona McBride"],
    "Priory Medical Centre": ["Dr Samuel Ortiz", "Dr Helen Garside"],
    "Dr. med. Kathrin Oelmann": ["Dr. med. Kathrin Oelmann"],
    "Gemeinschaftspraxis Dr. Wessels / Dr. Amiri": ["Dr. med. Jan Wessels", "Dr. med. Leyla Amiri"],
    "Docteur Philippe Garnier": ["Dr Philippe Garnier"],
    "Centre medical des Brotteaux": ["Dr Claire Vidal", "Dr Hugo Marchetti"],
}
PEOPLE = {
    "en": [
        "Sarah Whitcombe",
        "Daniel Osei",
        "Margaret Lowther",
        "Imran Chaudhry",
        "Rebecca Haines",
        "Thomas Doyle",
        "Kelly Marsden",
        "Andrew Pryce",
        "Joanne Kaur",
        "Graham Fielding",
        "Natalie Brooks",
        "Owen Price",
        "Hannah Clough",
        "Michael Adeyemi",
    ],
    "de": [
        "Birgit Hoelscher",
        "Markus Wienhold",
        "Elke Baumgartner",
        "Stefan Kruse",
        "Yasemin Arslan",
        "Tobias Lindemann",
        "Sandra Petersen",
        "Juergen Vahle",
        "Nadine Schroeder",
        "Oliver Kamp",
        "Monika Reuter",
    ],
    "fr": [
        "Sophie Lemaire",
        "Julien Carpentier",
        "Monique Barbier",
        "Mehdi Benali",
        "Chantal Rousseau",
        "Nicolas Guerin",
        "Aurelie Fabre",
        "Jean-Luc Morel",
        "Sandrine Colin",
        "Thierry Masson",
        "Ines Dumont",
    ],
}
HANDLERS = {
    "en": ["Lisa Tranter", "Craig Bennett", "Priya Shah", "Mark Ellwood", "Gemma Holt"],
    "de": ["Frank Terhoeven", "Claudia Menke", "Dennis Brueggemann", "Anke Sievers"],
    "fr": ["Valerie Lenoir", "Stephane Hubert", "Karima Ait-Ali", "Pascal Renaud"],
}
ROADS = {
    "en": [
        "Wake Green Road",
        "Harborne Lane",
        "Church Road",
        "Station Road",
        "Gloucester Road",
        "Coronation Road",
        "Victoria Park Road",
        "The Crescent",
    ],
    "de": [
        "Warendorfer Strasse",
        "Kanalstrasse",
        "Grevener Strasse",
        "Hammer Strasse",
        "Eppendorfer Weg",
        "Bramfelder Chaussee",
        "Am Kreuztor",
    ],
    "fr": [
        "rue de Bourgogne",
        "avenue Dauphine",
        "rue du Colombier",
        "boulevard Jean Jaures",
        "rue Garibaldi",
        "chemin des Vignes",
        "allee des Tilleuls",
    ],
}
TOWNS = {
    "en": [
        "Birmingham B13 9RX",
        "Solihull B91 3QD",
        "Bristol BS7 8PL",
        "Sutton Coldfield B73 5TE",
        "Bristol BS3 4LY",
        "Halesowen B63 4AH",
    ],
    "de": ["48145 Muenster", "48161 Muenster", "48268 Greven", "22083 Hamburg", "22297 Hamburg"],
    "fr": [
        "45000 Orleans",
        "45160 Olivet",
        "45140 Saint-Jean-de-la-Ruelle",
        "69003 Lyon",
        "69100 Villeurbanne",
    ],
}
VEHICLES = {
    "en": [
        ("Ford Focus Titanium 1.0 EcoBoost", "AA99 AAA"),
        ("Vauxhall Corsa SE 1.2", "AA99 AAA"),
        ("Nissan Qashqai N-Connecta DIG-T", "AA99 AAA"),
        ("Toyota Yaris Icon Hybrid", "AA99 AAA"),
        ("Volkswagen Polo Match TSI", "AA99 AAA"),
        ("Kia Sportage 2 CRDi", "AA99 AAA"),
    ],
    "de": [
        ("VW Golf VIII 1.5 eTSI Life", "MS-AA 999"),
        ("Opel Astra K 1.2 Turbo", "MS-A 9999"),
        ("BMW 320d Touring", "HH-AA 999"),
        ("Skoda Octavia Combi 2.0 TDI", "HH-A 9999"),
        ("Mercedes-Benz A 180", "ST-AA 999"),
        ("Ford Fiesta 1.0 EcoBoost", "MS-AA 99"),
    ],
    "fr": [
        ("Peugeot 308 PureTech 130", "AA-999-AA"),
        ("Renault Clio V TCe 90", "AA-999-AA"),
        ("Citroen C3 Aircross", "AA-999-AA"),
        ("Dacia Sandero Stepway", "AA-999-AA"),
        ("Toyota Yaris Hybride", "AA-999-AA"),
        ("Volkswagen T-Roc 1.5 TSI", "AA-999-AA"),
    ],
}
PERILS = {
    "motor": {
        "en": [
            "Rear-end collision at traffic lights",
            "Collision with third party vehicle at roundabout",
            "Damage while parked - third party unknown",
            "Reversing collision in supermarket car park",
            "Collision with kerb and lamp post in icy conditions",
        ],
        "de": [
            "Auffahrunfall an Lichtzeichenanlage",
            "Vorfahrtsverletzung im Kreuzungsbereich",
            "Parkschaden - Verursacher unbekannt",
            "Zusammenstoss beim Rueckwaertsausparken",
            "Wildunfall auf der L 555",
        ],
        "fr": [
            "Choc arriere au feu rouge",
            "Refus de priorite a un carrefour",
            "Accrochage en stationnement - tiers non identifie",
            "Collision en marche arriere sur un parking",
            "Sortie de route sur chaussee verglacee",
        ],
    },
    "home": {
        "en": [
            "Escape of water from burst pipe in loft",
            "Storm damage to roof and chimney",
            "Burglary - rear door forced",
            "Kitchen fire - pan left unattended",
            "Leak from washing machine to ceiling below",
        ],
        "de": [
            "Leitungswasserschaden - Rohrbruch im Bad",
            "Sturmschaden am Dach",
            "Einbruchdiebstahl - Terrassentuer aufgehebelt",
            "Kuechenbrand",
            "Wasserschaden durch Waschmaschine",
        ],
        "fr": [
            "Degat des eaux - fuite de canalisation",
            "Tempete - toiture endommagee",
            "Cambriolage - porte fracturee",
            "Incendie de cuisine",
            "Infiltration par la terrasse",
        ],
    },
}
#: The sections of cover of a motor and of a household policy.
COVERS = {
    "motor": {
        "en": "Third party liability|Fire and theft|Accidental damage|Windscreen|Personal "
        "accident|Legal expenses|Breakdown assistance|Courtesy car|Personal belongings",
        "de": "Kfz-Haftpflicht|Vollkasko|Teilkasko|Schutzbrief|Insassenunfall|"
        "Verkehrsrechtsschutz|Rabattschutz|Fahrerschutz",
        "fr": "Responsabilite civile|Dommages tous accidents|Vol incendie|Bris de glace|"
        "Protection juridique|Assistance 0 km|Garantie du conducteur|Vehicule de pret",
    },
    "home": {
        "en": "Buildings|Contents|Accidental damage|Personal possessions|Home emergency|Legal "
        "expenses|Garden cover|Freezer contents",
        "de": "Wohngebaeude|Hausrat|Glasversicherung|Elementarschaeden|Fahrraddiebstahl|"
        "Privathaftpflicht|Ueberspannungsschaeden",
        "fr": "Responsabilite civile vie privee|Incendie|Degats des eaux|Vol et vandalisme|Bris "
        "de glace|Catastrophes naturelles|Mobilier|Objets de valeur|Protection juridique",
    },
}
TALK = {
    "en": "claim damage policy repair vehicle property loss insured cover excess inspection "
    "report estimate invoice liability settlement water ceiling bumper panel cause date",
    "de": "Schaden Versicherungsnehmer Fahrzeug Reparatur Gutachten Deckung Selbstbeteiligung "
    "Besichtigung Kosten Rechnung Haftung Regulierung Wasser Decke Stossfaenger Ursache",
    "fr": "sinistre assure vehicule reparation expertise garantie franchise dommages devis "
    "facture responsabilite indemnisation eau plafond pare-chocs cause constat",
}
GLUES = {
    "en": "the of and to for with on at by from this is was were will be has the a",
    "de": "die der das und zu fuer mit auf von ist wurde sind wird bei nach den dem im",
    "fr": "le la les et de du pour avec sur par est a ete sont sera au aux des dans",
}
#: The claims office the stream is the post of: its country, its insurer by country, and how
#: often each issuer's kinds have been drawn (for fresh claims in a batch run).
OFFICE: dict[str, object] = {"lang": "en", "insurer": {}, "calls": {}, "last": {}}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A claims sentence in ``lang``: domain words mixed with the language's glue."""
    trade, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(trade if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its sender."""
    return random.Random(zlib.crc32(f"coffer/{key}/{who.name}/{who.street}/{who.city}".encode()))


def region(who: Issuer) -> str:
    """The country of ``who``'s claim: mostly the office's, sometimes another."""
    r = seeded(who, "region")
    lang = str(OFFICE["lang"])
    return lang if r.random() < 0.85 else r.choice(["en", "de", "fr"])


def insurer_row(lang: str) -> Firm:
    rows = OFFICE["insurer"]
    assert isinstance(rows, dict)
    return rows[lang]  # type: ignore[no-any-return]


def person(rng: random.Random, lang: str, titled: bool = True) -> str:
    name = rng.choice(PEOPLE[lang])
    if not titled or rng.random() < 0.35:
        return name
    first = name.split()[0]
    female = first in [
        "Sarah",
        "Margaret",
        "Rebecca",
        "Kelly",
        "Joanne",
        "Natalie",
        "Hannah",
        "Birgit",
        "Elke",
        "Yasemin",
        "Sandra",
        "Nadine",
        "Monika",
        "Sophie",
        "Monique",
        "Chantal",
        "Aurelie",
        "Sandrine",
        "Ines",
    ]
    return {
        "en": ("Mrs " if female else "Mr ") + name,
        "de": ("Frau " if female else "Herrn ") + name,
        "fr": ("Madame " if female else "Monsieur ") + name,
    }[lang]


def bare(name: str) -> str:
    """``name`` without its title."""
    for t in ("Mr ", "Mrs ", "Frau ", "Herrn ", "Madame ", "Monsieur "):
        name = name.removeprefix(t)
    return name


def house(rng: random.Random, lang: str) -> str:
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 140)
    if lang == "de":
        return f"{road} {no}{rng.choice(['', '', '', 'a'])}"
    if lang == "fr":
        return f"{no}{rng.choice(['', '', ' bis'])} {road}"
    return f"{no} {road}"


@dataclass
class Case:
    lang: str
    domain: str  # motor | home
    ref: str  # the insurer's claim number
    policy: str
    holder: str
    street: str
    town: str
    loss: date
    peril: str
    vehicle: str
    reg: str
    handler: str
    third: str  # the other party
    paid: float = 0.0  # the settlement offered, once a settlement letter has been written


def claim_ref(r: random.Random, lang: str, domain: str, d: date) -> str:
    yy = d.year % 100
    if lang == "de":
        kh = "KH" if domain == "motor" else "SA"
        return f"{yy}-{kh}-{r.randint(100, 999)} {r.randint(100, 999)}-{r.randint(1, 9)}"
    if lang == "fr":
        return f"{d.year} {'AU' if domain == 'motor' else 'MR'} {r.randint(100000, 999999)}"
    return f"CL{yy}{r.randint(1000000, 9999999)}"


def policy_no(r: random.Random, lang: str, domain: str) -> str:
    if lang == "de":
        return f"{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}.{r.randint(1, 9)}"
    if lang == "fr":
        return f"{'AUT' if domain == 'motor' else 'MRH'} {serial(r, '999 999 99')}"
    return serial(r, "AAA/" + ("MT" if domain == "motor" else "HH") + "/9999999")


def new_case(r: random.Random, lang: str, domain: str) -> Case:
    d = date(2024, 1, 15) + timedelta(days=r.randint(0, 600))
    vehicle, mask = r.choice(VEHICLES[lang])
    return Case(
        lang=lang,
        domain=domain,
        ref=claim_ref(r, lang, domain, d),
        policy=policy_no(r, lang, domain),
        holder=person(r, lang),
        street=house(r, lang),
        town=r.choice(TOWNS[lang]),
        loss=d,
        peril=r.choice(PERILS[domain][lang]),
        vehicle=vehicle,
        reg=serial(r, mask),
        handler=r.choice(HANDLERS[lang]),
        third=person(r, lang, titled=False),
    )


def case_of(who: Issuer, kind: str, force: str = "") -> Case:
    """The claim of a paper: a companion (the first paper of its kind from the issuer) carries
    on the issuer's last claim; a batch run (the same kind and issuer again) brings other
    claims. ``force``: the paper is only of motor or only of household claims."""
    calls, last = OFFICE["calls"], OFFICE["last"]
    assert isinstance(calls, dict) and isinstance(last, dict)
    me = f"{who.name}/{who.street}/{who.city}"
    n = calls.get(f"{me}/{kind}", 0)
    calls[f"{me}/{kind}"] = n + 1
    prev = last.get(me)
    if n == 0 and prev is not None and (not force or prev.domain == force):
        last[f"{me}/{kind}"] = prev
        return prev  # type: ignore[no-any-return]
    first = last.get(f"{me}/{kind}")
    if n > 0 and not force and first is not None:
        force = first.domain  # a batch run stays with one kind of claim (and one sender)
    r = seeded(who, f"case/{kind}/{n}")
    lang = region(who)
    domain = force or r.choice(["motor", "motor", "home"])
    c = new_case(r, lang, domain)
    last[me] = c
    last.setdefault(f"{me}/{kind}", c)
    return c


def on_after(c: Case, rng: random.Random, lo: int, hi: int) -> date:
    return c.loss + timedelta(days=rng.randint(lo, hi))


def holder_lines(c: Case) -> list[str]:
    return [c.holder, c.street, c.town]


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
LOOKS = {
    "insurer": ["umbrella", "tinted", "ruled", "wordmark"],
    "police": ["crest"],
    "doctor": ["plate"],
    "firm": ["wordmark", "ruled", "tinted", "monogram", "centred", "block"],
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    """The footer of a sender: regulation, registration, bank."""
    if role == "insurer":
        return [
            tr(
                lang,
                f"{name} is authorised by the Prudential Regulation Authority and regulated by "
                "the Financial Conduct Authority and the Prudential Regulation Authority (FRN "
                f"{r.randint(100000, 299999)}).",
                f"{name} - Sitz der Gesellschaft: {name.split()[0]} - Registergericht HRB "
                f"{r.randint(1000, 9999)} - Vorsitzender des Aufsichtsrats: "
                f"{r.choice(PEOPLE['de'])}",
                f"{name} - Entreprise regie par le Code des assurances - Societe d'assurance "
                f"mutuelle a cotisations variables - SIREN {r.randint(300, 799)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)}",
            ),
            tr(
                lang,
                f"Registered in England and Wales No. {r.randint(100000, 9999999):08d}. "
                "Calls may be recorded for training and monitoring purposes.",
                f"Vorstand: {r.choice(PEOPLE['de'])} (Vors.), {r.choice(PEOPLE['de'])} - "
                f"USt-IdNr. DE{r.randint(100000000, 999999999)} - VersSt-Nr. "
                f"{r.randint(800, 899)}/V{r.randint(10000, 99999)}",
                "Controlee par l'Autorite de controle prudentiel et de resolution (ACPR), "
                "4 place de Budapest, CS 92459, 75436 Paris Cedex 09",
            ),
        ]
    if role in ("police", "doctor"):
        return []
    if role == "broker":
        return [
            tr(
                lang,
                f"{name} is authorised and regulated by the Financial Conduct Authority, FRN "
                f"{r.randint(300000, 999999)}.",
                f"Versicherungsmakler mit Erlaubnis nach Par. 34d Abs. 1 GewO - Register-Nr. "
                f"D-{serial(r, 'AAAA-AAAAA-99')}",
                f"Courtier en assurances - ORIAS n. {r.randint(7000000, 23000000):08d} "
                "(www.orias.fr) - Garantie financiere et RC professionnelle conformes",
            )
        ]
    if lang == "de":
        return [
            f"{name} - Amtsgericht "
            f"{'Muenster' if 'Muenster' in name or r.random() < 0.5 else 'Hamburg'}"
            f" HRB {r.randint(10000, 99999)} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"Sparkasse Muensterland Ost - IBAN DE{r.randint(10, 99)} 4005 0150 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            "WELADED1MST",
        ]
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.randint(4100, 7490)}{serial(r, 'A')} - "
            f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}"
        ]
    out = [f"Registered in England No. {r.randint(2000000, 14999999):08d}"]
    if role == "solicitor":
        out = [
            "Authorised and regulated by the Solicitors Regulation Authority (SRA "
            f"{r.randint(100000, 699999)})"
        ]
    elif role == "garage":
        out.append(r.choice(["PAS 125 approved repairer", "Thatcham accredited", "BS 10125"]))
    elif r.random() < 0.6:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    return [" - ".join(out)]


def head_row(row: Firm, role: str) -> Head:
    name, lg, street, town, phone = row
    r = random.Random(zlib.crc32(f"coffer-look/{name}".encode()))
    look = r.choice(LOOKS.get(role, LOOKS["firm"]))
    font, bold = r.choice(FONTS)
    return Head(
        name=name,
        lang=lg,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=look,
        again=r.random() < 0.25,
        foot=legal_lines(r, name, lg, role) if role == "insurer" or r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lg]),
        corner=r.choice(["bc", "br", "tr", "bc", "br"]),
        dates=r.choice(["short", "long"] + (["long", "short"] if lg == "en" else [])),
        font=font,
        bold=bold,
        size=r.choice([9, 9.5, 10, 10, 10.5]),
        margin=r.choice([48, 54, 60, 66]),
    )


def head_of(who: Issuer, role: str, lang: str = "") -> Head:
    """The ``role`` sender of ``who`` as it prints (the same sender for the same issuer; the
    office's insurer of the claim's country for ``insurer``), of the claim's country."""
    lang = lang or region(who)
    if role == "insurer":
        return head_row(insurer_row(lang), role)
    rows = [x for x in ROLES[role] if x[1] == lang] or ROLES[role]
    return head_row(seeded(who, role).choice(rows), role)


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
    return Style(font, bold, pt, 62, "none", "bottom", size, "short")


def initials(name: str) -> str:
    ws = [x for x in name.replace("-", " ").split() if x[0].isupper() and x not in ("AG", "IARD")]
    return "".join(x[0] for x in ws[:3])


def emblem(p: Page, x: float, y: float, k: int) -> None:
    """A small badge: a shield (police) with a device."""
    p.line(x, y, x + 26, y)
    p.line(x, y, x, y + 18)
    p.line(x + 26, y, x + 26, y + 18)
    p.line(x, y + 18, x + 13, y + 30)
    p.line(x + 26, y + 18, x + 13, y + 30)
    if k % 2 == 0:
        for j in range(5):
            p.line(x + 13, y + 15, x + 3 + 5 * j, y + 3)
    else:
        p.rect(x + 7, y + 5, 12, 9, fill=0.2)
        p.line(x + 4, y + 19, x + 22, y + 19)


def umbrella(p: Page, x: float, y: float, r: float) -> None:
    """An insurer's mark: an umbrella over a house line, ``x``, ``y`` its top-left."""
    cx, cy = x + r, y + r
    pts = [
        (cx - r * math.cos(math.pi * k / 12), cy - r * math.sin(math.pi * k / 12))
        for k in range(13)
    ]
    for (x1, y1), (x2, y2) in pairwise(pts):
        p.line(x1, y1, x2, y2)
    for k in (0, 3, 6, 9, 12):
        p.line(cx, cy - r, pts[k][0], pts[k][1])
    p.line(cx - r, cy, cx + r, cy)
    p.line(cx, cy, cx, cy + r * 0.8)
    p.line(cx, cy + r * 0.8, cx - r * 0.25, cy + r * 0.8)


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 12, 24.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    if h.look == "umbrella":
        umbrella(p, m, y - 12, 14)
        pt = shrink(h.name, s.bold, s.size + 5, w * 0.62 - m - 36)
        p.text(m + 36, y + 2, h.name, s.bold, pt)
        p.text(m + 36, y + 13, fit(h.street, s.font, 7.5, w * 0.62 - m - 36), s.font, 7.5)
        yy = y - 4
        for t in (h.town, tel):
            if t:
                p.text(w - m, yy, t, s.font, 7.5, "right")
                yy += 9
        return y + 46
    if h.look == "crest":
        emblem(p, m, y - 12, len(h.name))
        pt = shrink(h.name.upper(), s.bold, s.size + 3, w - 2 * m - 40)
        p.text(m + 36, y + 2, h.name.upper(), s.bold, pt)
        p.text(
            m + 36, y + 13, fit(f"{h.street}, {h.town}", s.font, 7.5, w - 2 * m - 40), s.font, 7.5
        )
        p.line(m, y + 24, w - m, y + 24)
        return y + 46
    if h.look == "plate":
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        sub = tr(
            h.lang,
            "General Practitioners - NHS",
            "Fachaerztin fuer Orthopaedie und Unfallchirurgie"
            if "Oelmann" in h.name
            else "Fachaerzte fuer Allgemeinmedizin",
            "Medecine generale - Conventionne secteur 1",
        )
        p.text(
            w / 2, y + 13, fit(sub, italic_of(s.font), 8, w - 2 * m), italic_of(s.font), 8, "center"
        )
        line = " - ".join(t for t in (h.street, h.town, tel) if t)
        p.text(w / 2, y + 23, fit(line, s.font, 7, w - 2 * m), s.font, 7, "center")
        p.line(m, y + 28, w - m, y + 28)
        return y + 48
    if h.look == "wordmark":
        pt = shrink(h.name, s.bold, s.size + 7, w * 0.58 - m)
        p.text(m, y + 8, h.name, s.bold, pt)
        yy = y
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w * 0.38 - m), s.font, 7, "right")
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
            p.text(m, yy, fit(t, s.font, 7.5, w / 2 - m), s.font, 7.5)
            yy += 9
    return yy + 20


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
    parts = [x for x in bare(name).split() if x not in ("Dr", "Dr.", "med.")] or ["X"]
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.4, y - 3)


def got(lang: str, d: date) -> list[str]:
    """The claims office's received stamp."""
    return [
        tr(lang, "RECEIVED", "EINGANG", "RECU LE"),
        date_text(d, lang, "short"),
        tr(lang, "CLAIMS - POST ROOM", "Schaden / Posteingang", "SERVICE SINISTRES"),
    ]


def received(f: Flow | list[Page], lines: list[str]) -> None:
    """A received stamp on the first page: below the text of a short letter, else at the top
    right over the letterhead."""
    if isinstance(f, Flow):
        w, hh = f.size
        p = f.pages[0]
        if len(f.pages) == 1 and f.y < hh - 170:
            stamp(p, w - 230, f.y + 10, lines)
            return
    else:
        p = f[0]
        w, hh = p.size
    stamp(p, w - 190, 22, lines)


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
    text: str = "",
) -> float:
    """``n`` ruled lines, the first ones written on by hand (``text``, else made-up words, on
    ``fill`` of them); the y below."""
    lines = wrap(text, HAND, 9, w - 6) if text else []
    written = len(lines) if text else round(n * fill)
    for k in range(n):
        if k < written:
            t = lines[k] if text else words(rng, lang, rng.randint(6, 11))
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
    show = h if h is not None and h.look not in ("tinted", "plate") else None
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


def dear(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    last = name.split()[-1]
    first = name.split()[0]
    if lang == "de":
        if first == "Frau":
            return f"Sehr geehrte Frau {last},"
        if first == "Herrn":
            return f"Sehr geehrter Herr {last},"
        return "Sehr geehrte Damen und Herren,"
    if lang == "fr":
        return f"{first}," if first in ("Madame", "Monsieur") else "Madame, Monsieur,"
    if first in ("Mr", "Mrs"):
        return f"Dear {first} {last},"
    return f"Dear {first},"


def regards(
    f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = True, ink: bool = True
) -> None:
    f.need(86)
    m = s.margin
    close_ = tr(
        lang,
        "Yours faithfully" if formal else ["Yours sincerely", "Kind regards"][len(name) % 2],
        "Mit freundlichen Gruessen",
        "Veuillez agreer, Madame, Monsieur, l'expression de nos salutations distinguees.",
    )
    f.para(m, f.size[0] - 2 * m, close_, s.font, s.size, 0.2)
    f.y += 18
    if ink:
        sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(
            m,
            f.y + s.size * 1.3,
            fit(role, s.font, s.size - 1, f.size[0] - 2 * m),
            s.font,
            s.size - 1,
        )
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


def terms(rng: random.Random, lang: str, n: int) -> list[tuple[str, str]]:
    heads = tr(
        lang,
        "Definitions|Cover|Exclusions|Excess|Claims conditions|Cancellation|Fraud|Complaints|"
        "Data protection|Law applicable|Payment|Validity",
        "Begriffsbestimmungen|Umfang des Versicherungsschutzes|Ausschluesse|Selbstbeteiligung|"
        "Obliegenheiten im Schadenfall|Kuendigung|Beitragszahlung|Beschwerden|Datenschutz|"
        "Anwendbares Recht|Zahlungsbedingungen|Gueltigkeit",
        "Definitions|Objet de la garantie|Exclusions|Franchise|Obligations en cas de sinistre|"
        "Resiliation|Cotisation|Reclamations|Protection des donnees|Loi applicable|"
        "Conditions de paiement|Validite",
    ).split("|")
    return [
        (
            f"{k + 1}. {rng.choice(heads)}",
            " ".join(words(rng, lang) for _ in range(rng.randint(3, 7))),
        )
        for k in range(n)
    ]


def photo_pages(
    s: Style,
    lang: str,
    rng: random.Random,
    notes: list[str],
    title: str,
    per: int = 4,
    header: str = "",
    hand: bool = False,
) -> list[Page]:
    """Photos with numbered captions, ``per`` to a page (2, 4 or 6); ``hand``: captions
    written by hand and no title."""
    pages: list[Page] = []
    w, hh = s.page_size
    m = s.margin
    cols = 1 if per == 2 and w < hh else 2
    rows = max(1, per // cols)
    for k0 in range(0, len(notes), per):
        p = Page(s.page_size)
        y0 = running_header(p, s, header) + 8 if header else m
        if title:
            p.text(m, y0 + 6, title, s.bold, s.size + 1)
        gy = y0 + (20 if title else 0)
        cw = (w - 2 * m - 14 * (cols - 1)) / cols
        ch = (hh - gy - m - 20 - 22 * rows) / rows
        for j, note in enumerate(notes[k0 : k0 + per]):
            cx = m + (j % cols) * (cw + 14)
            cy = gy + (j // cols) * (ch + 22)
            photo(p, cx, cy, cw, ch, rng)
            if hand:
                p.text(cx + 4, cy + ch + 13, fit(note, HAND, 9, cw), HAND, 9)
            else:
                cap = f"{tr(lang, 'Photo', 'Foto', 'Photo')} {k0 + j + 1}: {note}"
                p.text(cx, cy + ch + 11, fit(cap, s.font, 7.5, cw), s.font, 7.5)
        pages.append(p)
    return pages


def car(p: Page, x: float, y: float, w: float, h: float, hits: list[int], label: str = "") -> None:
    """A car seen from above in a ``w`` x ``h`` box (nose up) with an arrow and a cross at the
    points of impact ``hits`` (0..7 clockwise from the front)."""
    bx, by, bw, bh = x + w * 0.3, y + h * 0.08, w * 0.4, h * 0.84
    p.rect(bx, by, bw, bh)
    p.line(bx, by + bh * 0.12, bx + bw, by + bh * 0.12)
    p.rect(bx + bw * 0.12, by + bh * 0.25, bw * 0.76, bh * 0.15)
    p.rect(bx + bw * 0.12, by + bh * 0.62, bw * 0.76, bh * 0.12)
    p.line(bx, by + bh * 0.88, bx + bw, by + bh * 0.88)
    for wx in (bx - 4, bx + bw):
        for wy in (by + bh * 0.16, by + bh * 0.72):
            p.rect(wx, wy, 4, bh * 0.12, fill=0.2)
    spots = [
        (bx + bw / 2, by - 2),
        (bx + bw + 2, by + bh * 0.1),
        (bx + bw + 2, by + bh * 0.5),
        (bx + bw + 2, by + bh * 0.9),
        (bx + bw / 2, by + bh + 2),
        (bx - 2, by + bh * 0.9),
        (bx - 2, by + bh * 0.5),
        (bx - 2, by + bh * 0.1),
    ]
    for k in hits:
        sx, sy = spots[k % 8]
        dx = -1 if sx < bx + bw / 2 - 1 else (1 if sx > bx + bw / 2 + 1 else 0)
        dy = -1 if sy < by + bh / 2 - 20 else (1 if sy > by + bh / 2 + 20 else 0)
        p.line(sx + dx * 22, sy + dy * 22, sx + dx * 4, sy + dy * 4)
        p.line(sx - 4, sy - 4, sx + 4, sy + 4)
        p.line(sx - 4, sy + 4, sx + 4, sy - 4)
    if label:
        p.text(x + w / 2, y + h + 8, label, "Helvetica", 7, "center")


def sketch(p: Page, rng: random.Random, x: float, y: float, w: float, h: float) -> None:
    """A hand sketch of a road junction with two cars and arrows."""
    p.rect(x, y, w, h)
    ry = y + h * rng.uniform(0.4, 0.6)
    p.line(x + 4, ry - 16, x + w - 4, ry - 16)
    p.line(x + 4, ry + 16, x + w * 0.45, ry + 16)
    p.line(x + w * 0.45 + 34, ry + 16, x + w - 4, ry + 16)
    p.line(x + w * 0.45, ry + 16, x + w * 0.45, y + h - 4)
    p.line(x + w * 0.45 + 34, ry + 16, x + w * 0.45 + 34, y + h - 4)
    ax = x + w * rng.uniform(0.2, 0.35)
    p.rect(ax, ry - 10, 24, 11)
    p.text(ax + 12, ry - 1, "A", "Helvetica-Bold", 8, "center")
    p.line(ax - 26, ry - 5, ax - 2, ry - 5)
    p.line(ax - 8, ry - 9, ax - 2, ry - 5)
    p.line(ax - 8, ry - 1, ax - 2, ry - 5)
    bx = x + w * 0.45 + 11
    p.rect(bx, ry + 6, 12, 22)
    p.text(bx + 6, ry + 20, "B", "Helvetica-Bold", 8, "center")
    p.line(bx + 6, ry + 56, bx + 6, ry + 32)
    p.text(x + w - 30, y + 14, "N", "Helvetica-Bold", 8)
    p.line(x + w - 27, y + 18, x + w - 27, y + 34)


# ---------------------------------------------------------------------------------------------
# Forms: sections, cells, the accident statement
# ---------------------------------------------------------------------------------------------


def insurer_lines(lang: str) -> list[str]:
    name, _, street, town, _ = insurer_row(lang)
    return [name, *street.split(", ", 1), town]


def section(f: Sheets, s: Style, title: str, shade: float = 0.82, room: float = 70) -> None:
    w, _ = f.size
    m = s.margin
    f.need(room)
    f.y += 5
    f.page.rect(m, f.y - 9, w - 2 * m, 13, fill=shade)
    f.page.text(m + 4, f.y, fit(title, s.bold, 8.5, w - 2 * m - 8), s.bold, 8.5)
    f.y += 12


def cells(
    f: Sheets,
    s: Style,
    items: list[tuple[str, str]],
    per: int = 2,
    tall: float = 26,
    hand: bool = True,
) -> None:
    w, _ = f.size
    f.need(-(-len(items) // per) * tall + 6)
    f.y = fields(f.page, s, s.margin, f.y, w - 2 * s.margin, items, per, tall, hand)


def tick_row(f: Sheets, s: Style, label: str, options: list[str], on: set[int]) -> None:
    w, _ = f.size
    f.need(26)
    f.page.text(s.margin, f.y, label, s.font, 8)
    x = s.margin + min(200.0, w * 0.36)
    f.y = ticks(f.page, s, x, f.y, w - s.margin - x, options, on, 8, 1.6) + 6


def hand_tick(p: Page, x: float, y: float, size: float = 8) -> None:
    """A box crossed by hand (a little off the box)."""
    p.rect(x, y - size + 1.5, size, size)
    p.text(x - 0.5, y + 0.5, "X", HAND, size + 2)


def mark(p: Page, x: float, y: float, on: bool) -> None:
    """A form's tick box, crossed by hand if ``on``."""
    if on:
        hand_tick(p, x, y)
    else:
        box(p, x, y, False)


def signature_line(f: Sheets, s: Style, lang: str, name: str, d: date, signed: bool = True) -> None:
    w, _ = f.size
    m = s.margin
    f.need(60)
    f.y += 22
    if signed:
        sign(f.page, m + 70, f.y, name)
        f.page.text(w * 0.6 + 40, f.y - 2, date_text(d, lang, "short"), HAND, 9.5)
    f.page.line(m + 64, f.y + 3, w * 0.5, f.y + 3)
    f.page.line(w * 0.6 + 34, f.y + 3, w - m, f.y + 3)
    f.page.text(m, f.y, tr(lang, "Signed", "Unterschrift", "Signature"), s.font, 8)
    f.page.text(w * 0.6, f.y, tr(lang, "Date", "Datum", "Date"), s.font, 8)
    f.y += 20


CIRCUMSTANCES = {
    "en": "parked / stationary|leaving a parking place / opening a door|entering a parking "
    "place|emerging from a car park, private ground, track|entering a car park, private ground, "
    "track|entering a roundabout|circulating a roundabout|striking the rear of the other vehicle "
    "in the same lane|going in the same direction but in a different lane|changing lanes|"
    "overtaking|turning to the right|turning to the left|reversing|encroaching on the lane for "
    "opposite traffic|coming from the right (at a junction)|had not observed a priority sign or "
    "a red light",
    "de": "parkte / hielt|verliess einen Parkplatz / oeffnete eine Wagentuer|fuhr in einen "
    "Parkplatz ein|verliess einen Parkplatz, ein Grundstueck, einen Feldweg|bog in einen "
    "Parkplatz, ein Grundstueck, einen Feldweg ein|fuhr in einen Kreisverkehr ein|fuhr im "
    "Kreisverkehr|prallte auf das vorausfahrende Fahrzeug, gleiche Spur|fuhr in gleicher "
    "Richtung, aber andere Spur|wechselte die Spur|ueberholte|bog rechts ab|bog links ab|setzte "
    "zurueck|geriet auf die Gegenfahrbahn|kam von rechts (Kreuzung)|beachtete Vorfahrtzeichen "
    "oder rote Ampel nicht",
    "fr": "en stationnement / a l'arret|quittait un stationnement / ouvrait une portiere|prenait "
    "un stationnement|sortait d'un parking, d'un lieu prive, d'un chemin de terre|s'engageait dans "
    "un parking, un lieu prive, un chemin de terre|s'engageait sur une place a sens giratoire|"
    "roulait sur une place a sens giratoire|heurtait a l'arriere, meme sens, meme file|roulait "
    "dans le meme sens et sur une file differente|changeait de file|doublait|virait a droite|"
    "virait a gauche|reculait|empietait sur la voie en sens inverse|venait de droite (dans un "
    "carrefour)|n'avait pas observe un signal de priorite ou un feu rouge",
}


def accident_statement(rng: random.Random, c: Case, back: bool) -> list[Page]:
    """The European accident statement both drivers fill in at the scene (the insurers'
    common form, in the claim's language), sometimes with the driver's notes on its back."""
    lg = c.lang
    size = A4
    w, hh = size
    p = Page(size)
    m = 22.0
    font, bold = "Helvetica", "Helvetica-Bold"
    title = tr(
        lg,
        "EUROPEAN ACCIDENT STATEMENT",
        "EUROPAEISCHER UNFALLBERICHT",
        "CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE",
    )
    p.text(w / 2, 30, title, bold, 13, "center")
    p.text(
        w / 2,
        41,
        tr(
            lg,
            "Does not constitute an admission of liability, but a summary of identities and facts",
            "Keine Schuldanerkenntnis, sondern Feststellung der Personalien und des Sachverhalts",
            "Ne constitue pas une reconnaissance de responsabilite, mais un releve des identites "
            "et des faits",
        ),
        italic_of(font),
        6.5,
        "center",
    )
    y = 52.0
    bw = (w - 2 * m) / 5
    tops = [
        (
            tr(lg, "1. Date / time", "1. Datum / Uhrzeit", "1. Date / heure"),
            f"{date_text(c.loss, lg, 'short')} "
            f"{rng.randint(7, 21)}:{rng.choice(['05', '20', '35', '50'])}",
        ),
        (
            tr(lg, "2. Location", "2. Unfallort", "2. Lieu"),
            c.town.split(" ", 1)[-1] if lg != "en" else c.town.rsplit(" ", 2)[0],
        ),
        (
            tr(lg, "3. Injuries", "3. Verletzte", "3. Blesses"),
            tr(lg, "no", "nein", "non") if rng.random() < 0.75 else tr(lg, "yes", "ja", "oui"),
        ),
        (
            tr(lg, "4. Other damage", "4. Andere Schaeden", "4. Autres degats"),
            tr(lg, "no", "nein", "non"),
        ),
        (
            tr(lg, "5. Witnesses", "5. Zeugen", "5. Temoins"),
            person(rng, lg, False) if rng.random() < 0.4 else "-",
        ),
    ]
    for k, (cap, val) in enumerate(tops):
        p.rect(m + k * bw, y, bw, 28)
        p.text(m + k * bw + 3, y + 7, fit(cap, font, 6, bw - 6), font, 6)
        p.text(m + k * bw + 4, y + 22, fit(val, HAND, 8.5, bw - 8), HAND, 8.5)
    y += 36
    mid = 150.0
    cw = (w - 2 * m - mid - 8) / 2
    xa, xm, xb = m, m + cw + 4, m + cw + mid + 8
    p.rect(xa, y, cw, 14, fill=0.8)
    p.text(xa + cw / 2, y + 10, tr(lg, "VEHICLE A", "FAHRZEUG A", "VEHICULE A"), bold, 9, "center")
    p.rect(xb, y, cw, 14, fill=0.6)
    p.text(xb + cw / 2, y + 10, tr(lg, "VEHICLE B", "FAHRZEUG B", "VEHICULE B"), bold, 9, "center")
    other_ins = rng.choice([x for x in ROLES["other_insurer"] if x[1] == lg])[0]
    mine, _, _, _, _ = insurer_row(lg)
    va, _ = rng.choice(VEHICLES[lg])
    sides = [
        (xa, bare(c.holder), f"{c.street}, {c.town}", c.vehicle, c.reg, mine, c.policy),
        (
            xb,
            c.third,
            f"{house(rng, lg)}, {rng.choice(TOWNS[lg])}",
            va,
            serial(rng, rng.choice(VEHICLES[lg])[1]),
            other_ins,
            serial(rng, "99 999 999"),
        ),
    ]
    labels = [
        tr(
            lg,
            "6. Policyholder (name, address)",
            "6. Versicherungsnehmer",
            "6. Preneur d'assurance",
        ),
        tr(
            lg,
            "7. Vehicle (make, registration)",
            "7. Fahrzeug (Marke, Kennzeichen)",
            "7. Vehicule (marque, immatriculation)",
        ),
        tr(
            lg,
            "8. Insurance company, policy no.",
            "8. Versicherer, Vers.-Schein-Nr.",
            "8. Societe d'assurance, n. contrat",
        ),
        tr(lg, "9. Driver", "9. Fahrer", "9. Conducteur"),
    ]
    for x, name, addr, veh, reg, ins, pol in sides:
        yy = y + 20
        vals = [
            (name, addr),
            (veh, reg),
            (ins, pol),
            (name, tr(lg, "Licence no. ", "Fuehrerschein ", "Permis n. ") + serial(rng, "9999999")),
        ]
        for cap, (v1, v2) in zip(labels, vals, strict=True):
            p.rect(x, yy, cw, 42)
            p.text(x + 3, yy + 8, fit(cap, font, 6, cw - 6), font, 6)
            p.text(x + 5, yy + 22, fit(v1, HAND, 8.5, cw - 10), HAND, 8.5)
            p.text(x + 5, yy + 35, fit(v2, HAND, 8.5, cw - 10), HAND, 8.5)
            yy += 46
        p.rect(x, yy, cw, 92)
        p.text(
            x + 3,
            yy + 8,
            tr(
                lg,
                "10. Point of initial impact",
                "10. Urspruenglicher Anstoss",
                "10. Point de choc initial",
            ),
            font,
            6,
        )
        car(p, x + 4, yy + 12, cw - 8, 74, [rng.randint(0, 7)])
        yy += 96
        p.rect(x, yy, cw, 34)
        p.text(
            x + 3,
            yy + 8,
            tr(lg, "11. Visible damage", "11. Sichtbare Schaeden", "11. Degats apparents"),
            font,
            6,
        )
        p.text(x + 5, yy + 24, fit(words(rng, lg, 5), HAND, 8.5, cw - 10), HAND, 8.5)
        yy += 38
    cy = y
    p.rect(xm, cy, mid, 14)
    p.text(
        xm + mid / 2,
        cy + 10,
        tr(lg, "12. CIRCUMSTANCES", "12. UMSTAENDE", "12. CIRCONSTANCES"),
        bold,
        7.5,
        "center",
    )
    cy += 20
    items = CIRCUMSTANCES[lg].split("|")
    marked_a = set(rng.sample(range(17), rng.randint(1, 2)))
    marked_b = set(rng.sample(range(17), rng.randint(0, 2)))
    step = (yy - cy - 30) / 17
    for k, t in enumerate(items):
        ty = cy + k * step + 8
        mark(p, xm, ty, k in marked_a)
        mark(p, xm + mid - 8, ty, k in marked_b)
        p.text(xm + 11, ty - 3, f"{k + 1}", bold, 5.5)
        for j, ln in enumerate(wrap(t, font, 5, mid - 34)[:2]):
            p.text(xm + 20, ty - 3 + j * 5.5, ln, font, 5)
    p.text(
        xm + mid / 2,
        yy - 12,
        tr(lg, "number of boxes marked", "Anzahl Kreuze", "nombre de cases marquees"),
        font,
        5.5,
        "center",
    )
    p.rect(xm + 4, yy - 9, 14, 12)
    p.text(xm + 8, yy + 1, str(len(marked_a)), HAND, 9)
    p.rect(xm + mid - 18, yy - 9, 14, 12)
    p.text(xm + mid - 14, yy + 1, str(len(marked_b)), HAND, 9)
    y = yy + 10
    p.text(
        m,
        y + 6,
        tr(
            lg,
            "13. Sketch of the accident at the time of impact",
            "13. Skizze des Unfalls",
            "13. Croquis de l'accident au moment du choc",
        ),
        font,
        6.5,
    )
    tall = min(250.0, hh - y - 130)
    sketch(p, rng, m, y + 10, w - 2 * m, tall)
    y += tall + 16
    half = (w - 2 * m - 8) / 2
    for k, (x, who) in enumerate(((m, bare(c.holder)), (m + half + 8, c.third))):
        p.rect(x, y, half, 60)
        p.text(
            x + 3,
            y + 8,
            tr(lg, "14. My remarks", "14. Bemerkungen", "14. Mes observations"),
            font,
            6,
        )
        if rng.random() < 0.6:
            p.text(x + 5, y + 22, fit(words(rng, lg, 6), HAND, 8.5, half - 10), HAND, 8.5)
        p.text(
            x + 3,
            y + 40,
            tr(
                lg,
                "15. Signature of the driver",
                "15. Unterschrift Fahrer",
                "15. Signature des conducteurs",
            ),
            font,
            6,
        )
        sign(p, x + 20, y + 54, who, 12)
        _ = k
    pages = [p]
    if back:
        q = Page(size)
        q.text(
            m + 10,
            36,
            tr(
                lg,
                "Information for your insurer (to be completed by driver A)",
                "Angaben fuer Ihren Versicherer (von Fahrer A auszufuellen)",
                "Declaration de l'assure (verso, a remplir par le conducteur A)",
            ),
            bold,
            10,
        )
        qs = tr(
            lg,
            "Where can the vehicle be inspected?|Was the vehicle towed? By whom?|Name of "
            "repairer|Were the police called? Station and reference|Describe what happened in "
            "your own words|Is the driver the usual driver of the vehicle?",
            "Wo kann das Fahrzeug besichtigt werden?|Wurde das Fahrzeug abgeschleppt? Von "
            "wem?|Name der Werkstatt|Wurde die Polizei hinzugezogen? Dienststelle, "
            "Tagebuch-Nr.|Schilderung des Unfallhergangs|Ist der Fahrer staendiger Nutzer?",
            "Ou le vehicule peut-il etre examine ?|Le vehicule a-t-il ete remorque ? Par "
            "qui ?|Nom du reparateur|La police est-elle intervenue ? Service et "
            "reference|Description de l'accident|Le conducteur est-il le conducteur habituel ?",
        ).split("|")
        yq = 62.0
        for k, qt in enumerate(qs):
            q.text(m + 10, yq, f"{k + 1}. {qt}", font, 8.5)
            n = 5 if k == 4 else 2
            yq = ruled(q, m + 20, yq + 18, w - 2 * m - 30, n, rng, lg, 0.8 if k != 3 else 0.5) + 6
        sign(q, m + 30, yq + 24, c.holder)
        q.line(m + 20, yq + 27, m + 200, yq + 27)
        pages.append(q)
    return pages


def receipts_page(rng: random.Random, lang: str) -> Page:
    """Copies of till receipts taped to a sheet, as a policyholder encloses them."""
    p = Page(A4)
    w, hh = A4
    x, y = 50.0, 60.0
    for _ in range(rng.randint(2, 4)):
        sw, sh = rng.uniform(120, 160), rng.uniform(180, 300)
        if x + sw > w - 40:
            x, y = 50.0, y + 320
        if y + sh > hh - 40:
            break
        p.rect(x, y, sw, sh)
        shop = rng.choice(
            ["CURRYS", "ARGOS", "JOHN LEWIS", "MEDIAMARKT", "SATURN", "DARTY", "FNAC", "IKEA"]
        )
        p.text(x + sw / 2, y + 16, shop, "Courier-Bold", 9, "center")
        yy = y + 32
        total = 0.0
        for _ in range(rng.randint(2, 6)):
            v = rng.uniform(4, 420)
            total += v
            p.text(
                x + 6, yy, fit(serial(rng, "AAAAA AAAA"), "Courier", 6.5, sw - 50), "Courier", 6.5
            )
            p.text(x + sw - 6, yy, money(v, lang), "Courier", 6.5, "right")
            yy += 9
        p.text(x + 6, yy + 6, tr(lang, "TOTAL", "SUMME", "TOTAL"), "Courier-Bold", 7)
        p.text(x + sw - 6, yy + 6, money(total, lang), "Courier-Bold", 7, "right")
        p.text(
            x + 6,
            yy + 20,
            date_text(date(2023, rng.randint(1, 12), rng.randint(1, 28)), lang, "short"),
            "Courier",
            6.5,
        )
        p.line(x + 4, y + sh - 10, x + sw - 4, y + sh - 10)
        x += sw + 30
    p.text(
        50,
        hh - 40,
        fit(
            tr(
                lang,
                "copies of receipts - items stolen / damaged",
                "Kopien Kaufbelege",
                "copies des factures d'achat",
            ),
            HAND,
            10,
            w - 100,
        ),
        HAND,
        10,
    )
    return p


# ---------------------------------------------------------------------------------------------
# Templates Z: what the policyholder sends
# ---------------------------------------------------------------------------------------------


def tpl_claim_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's claim form as the policyholder returns it, filled in by hand over two to
    four printed pages (numbered), with what the policyholder puts behind it: the accident
    statement, a photo page or copies of receipts."""
    c = case_of(who, "claim_form")
    ih = head_of(who, "insurer", c.lang)
    lg = c.lang
    s = style_of(ih, A4, margin=42, pt=9)
    w, _ = s.page_size
    m = s.margin
    motor = c.domain == "motor"
    title = (
        tr(
            lg,
            "Motor Claim Form",
            "Schadenanzeige Kraftfahrtversicherung",
            "Declaration de sinistre automobile",
        )
        if motor
        else tr(
            lg,
            "Home Insurance Claim Form",
            "Schadenanzeige Hausrat / Wohngebaeude",
            "Declaration de sinistre habitation",
        )
    )
    code = serial(
        random.Random(zlib.crc32(f"{ih.name}/{motor}".encode())),
        tr(lg, "Form AA99 (99/23)", "Vordruck 999-99", "Imp. AA 999"),
    )
    f = sheets(s, ih, f"{title} - {code}")
    f.page.text(m, f.y, title, s.bold, s.size + 6)
    f.page.text(w - m, f.y, code, s.font, 7, "right")
    f.y += 14
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "Please complete in BLOCK CAPITALS and return to us as soon as possible. Failure to "
            "answer "
            "all questions fully and truthfully may affect your claim.",
            "Bitte vollstaendig und wahrheitsgemaess ausfuellen und unverzueglich zuruecksenden. "
            "Unrichtige Angaben koennen zum Verlust des Versicherungsschutzes fuehren.",
            "Merci de remplir ce formulaire en lettres capitales et de nous le retourner dans les "
            "cinq jours ouvres suivant le sinistre.",
        ),
        s.font,
        7.5,
    )
    d = on_after(c, rng, 1, 9)
    phone = serial(rng, tr(lg, "07999 999999", "0179 9999999", "06 99 99 99 99"))
    section(f, s, tr(lg, "1. Policyholder", "1. Versicherungsnehmer", "1. Assure"))
    cells(
        f,
        s,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prenom"), bare(c.holder).upper()),
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N. de contrat"), c.policy),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.street}, {c.town}".upper()),
            (tr(lg, "Telephone", "Telefon", "Telephone"), phone),
        ],
    )
    if motor:
        section(f, s, tr(lg, "2. Your vehicle", "2. Versichertes Fahrzeug", "2. Votre vehicule"))
        cells(
            f,
            s,
            [
                (tr(lg, "Registration", "Amtl. Kennzeichen", "Immatriculation"), c.reg),
                (tr(lg, "Make and model", "Hersteller, Typ", "Marque, modele"), c.vehicle.upper()),
                (
                    tr(lg, "Mileage", "Kilometerstand", "Kilometrage"),
                    f"{rng.randint(8, 140)} {rng.randint(100, 999)}",
                ),
                (
                    tr(
                        lg,
                        "Where can it be inspected?",
                        "Besichtigungsort",
                        "Lieu ou le vehicule est visible",
                    ),
                    rng.choice(["AT HOME", "GARAGE", tr(lg, "AT HOME", "ZUHAUSE", "DOMICILE")]),
                ),
            ],
        )
        tick_row(
            f,
            s,
            tr(lg, "Use at the time", "Verwendung", "Usage"),
            tr(
                lg,
                "Social|Commuting|Business",
                "privat|Arbeitsweg|geschaeftlich",
                "prive|trajet travail|professionnel",
            ).split("|"),
            {rng.randint(0, 2)},
        )
        section(f, s, tr(lg, "3. Driver", "3. Fahrer", "3. Conducteur"))
        drv = bare(c.holder) if rng.random() < 0.7 else person(rng, lg, False)
        cells(
            f,
            s,
            [
                (tr(lg, "Name of driver", "Name des Fahrers", "Nom du conducteur"), drv.upper()),
                (
                    tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                    date_text(
                        date(rng.randint(1952, 2001), rng.randint(1, 12), rng.randint(1, 28)),
                        lg,
                        "short",
                    ),
                ),
                (
                    tr(lg, "Licence held since", "Fuehrerschein seit", "Permis depuis"),
                    str(rng.randint(1972, 2019)),
                ),
                (
                    tr(lg, "Licence number", "Fuehrerschein-Nr.", "N. de permis"),
                    serial(rng, "AAAAA999999AA9AA"),
                ),
            ],
        )
    section(
        f,
        s,
        tr(lg, "4. The incident", "4. Schadenereignis", "4. Le sinistre")
        if motor
        else tr(lg, "2. The loss", "2. Schadenereignis", "2. Le sinistre"),
    )
    cells(
        f,
        s,
        [
            (tr(lg, "Date", "Schadentag", "Date"), date_text(c.loss, lg, "short")),
            (
                tr(lg, "Time", "Uhrzeit", "Heure"),
                f"{rng.randint(6, 22)}.{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Place", "Schadenort", "Lieu"),
                (house(rng, lg) if motor else c.street).upper(),
            ),
            (
                tr(
                    lg,
                    "Speed / discovered by",
                    "Geschwindigkeit / bemerkt von",
                    "Vitesse / constate par",
                ),
                f"{rng.randint(5, 45)} {tr(lg, 'mph', 'km/h', 'km/h')}"
                if motor
                else bare(c.holder).upper(),
            ),
        ],
        per=4,
    )
    if not motor:
        tick_row(
            f,
            s,
            tr(lg, "Cause", "Ursache", "Cause"),
            tr(
                lg,
                "Escape of water|Storm|Fire|Theft|Accidental damage|Other",
                "Leitungswasser|Sturm/Hagel|Feuer|Einbruchdiebstahl|Glasbruch|Sonstiges",
                "Degat des eaux|Tempete|Incendie|Vol|Bris de glace|Autre",
            ).split("|"),
            {rng.randint(0, 5)},
        )
    f.need(40)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Describe fully what happened:",
            "Schilderung des Hergangs:",
            "Circonstances detaillees :",
        ),
        s.font,
        8,
    )
    f.y += 16
    story = (
        c.peril
        + ". "
        + words(rng, lg, rng.randint(18, 30))
        + " "
        + words(rng, lg, rng.randint(8, 16))
    )
    n = rng.randint(5, 8)
    f.need(n * 17)
    f.y = (
        ruled(
            f.page,
            m,
            f.y,
            w - 2 * m,
            n,
            rng,
            lg,
            text=story.upper() if rng.random() < 0.5 else story,
        )
        + 4
    )
    if motor:
        if rng.random() < 0.6:
            f.need(190)
            f.page.text(
                m,
                f.y,
                tr(
                    lg,
                    "5. Sketch (show road names, direction of vehicles)",
                    "5. Unfallskizze",
                    "5. Croquis",
                ),
                s.bold,
                8.5,
            )
            sketch(f.page, rng, m, f.y + 6, w - 2 * m, 170)
            f.y += 190
        section(f, s, tr(lg, "6. Other party", "6. Unfallgegner", "6. Tiers implique"))
        cells(
            f,
            s,
            [
                (tr(lg, "Name", "Name", "Nom"), c.third.upper()),
                (
                    tr(lg, "Registration", "Kennzeichen", "Immatriculation"),
                    serial(rng, rng.choice(VEHICLES[lg])[1]),
                ),
                (
                    tr(lg, "Address", "Anschrift", "Adresse"),
                    f"{house(rng, lg)}, {rng.choice(TOWNS[lg])}".upper(),
                ),
                (
                    tr(lg, "Their insurer", "Versicherer", "Assureur"),
                    rng.choice([x for x in ROLES["other_insurer"] if x[1] == lg])[0].upper(),
                ),
            ],
        )
        tick_row(
            f,
            s,
            tr(lg, "Police attended?", "Polizei hinzugezogen?", "Intervention police ?"),
            tr(lg, "Yes|No", "ja|nein", "oui|non").split("|"),
            {rng.randint(0, 1)},
        )
    else:
        section(
            f,
            s,
            tr(
                lg,
                "3. Items damaged or stolen",
                "3. Beschaedigte / entwendete Sachen",
                "3. Biens endommages ou voles",
            ),
            room=120,
        )
        cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right"), (1.2, "right")])
        rows = []
        for _ in range(rng.randint(3, 9)):
            v = rng.uniform(40, 2400)
            rows.append(
                [
                    words(rng, lg, 3)[:-1].upper(),
                    f"{rng.randint(1, 12)} {tr(lg, 'yrs', 'J.', 'ans')}",
                    money(v * 1.2, lg),
                    money(v, lg),
                ]
            )
        f.need(20 + 16 * len(rows))
        for k, head in enumerate(
            [
                tr(lg, "Item", "Gegenstand", "Objet"),
                tr(lg, "Age", "Alter", "Age"),
                tr(lg, "Cost new", "Neupreis", "Prix d'achat"),
                tr(lg, "Claimed", "Forderung", "Reclame"),
            ]
        ):
            cell(f.page, cols[k], f.y, head, s.bold, 8)
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 16
        for row in rows:
            for k, t in enumerate(row):
                cell(f.page, cols[k], f.y, t, HAND, 8.5)
            f.page.line(m, f.y + 4, w - m, f.y + 4)
            f.y += 16
        f.y += 8
        tick_row(
            f,
            s,
            tr(lg, "Reported to police?", "Polizeilich gemeldet?", "Plainte deposee ?"),
            tr(lg, "Yes|No", "ja|nein", "oui|non").split("|"),
            {rng.randint(0, 1)},
        )
    tick_row(
        f,
        s,
        tr(lg, "Any other insurance?", "Weitere Versicherungen?", "Autres assurances ?"),
        tr(lg, "Yes|No", "ja|nein", "oui|non").split("|"),
        {1},
    )
    section(f, s, tr(lg, "Declaration", "Erklaerung", "Declaration"), room=130)
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "I declare that the information given on this form is true and complete to the best "
            "of my "
            "knowledge. I understand that giving false information may make my policy void.",
            "Ich versichere, die vorstehenden Fragen wahrheitsgemaess und vollstaendig "
            "beantwortet zu "
            "haben. Mir ist bekannt, dass vorsaetzlich falsche Angaben zum Verlust des "
            "Versicherungsschutzes fuehren.",
            "Je certifie sinceres et veritables les renseignements ci-dessus. Toute fausse "
            "declaration "
            "intentionnelle entraine la decheance de garantie (art. L 113-8 du Code des "
            "assurances).",
        ),
        s.font,
        7.5,
    )
    signature_line(f, s, lg, c.holder, d)
    pages = foot_and_number(
        f.pages,
        s,
        ih.foot[:1],
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"),
        "br",
    )
    if rng.random() < 0.5:
        lines = got(lg, d + timedelta(days=rng.randint(1, 4)))
        if f.y < f.bottom - 70:
            stamp(pages[-1], w - 210, f.y + 12, lines)
        else:
            stamp(pages[0], w - 200, 18, lines)
    r = rng.random()
    if motor and r < 0.3:
        pages += accident_statement(rng, c, rng.random() < 0.3)
    elif r < 0.5:
        notes = [words(rng, lg, 4)[:-1] for _ in range(rng.choice([2, 4]))]
        pages += photo_pages(plain(A4), lg, rng, notes, "", per=len(notes), hand=True)
    elif not motor and r < 0.7:
        pages.append(receipts_page(rng, lg))
    return pages


def tpl_accident_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A European accident statement sent on its own (by the policyholder or passed on by the
    other side's insurer), sometimes with its back page of notes."""
    c = case_of(who, "accident_statement", "motor")
    return accident_statement(rng, c, rng.random() < 0.35)


def tpl_witness_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A witness's statement on plain paper: typed with a statement of truth, or written by
    hand on ruled lines, over one or two pages, signed."""
    c = case_of(who, "witness_statement")
    lg = c.lang
    name = person(rng, lg, False)
    d = on_after(c, rng, 3, 30)
    typed = rng.random() < 0.55
    s = plain(
        A4,
        rng.choice(["Times-Roman", "Helvetica", "Courier"]) if typed else "Helvetica",
        11 if typed else 9,
    )
    w, hh = s.page_size
    m = s.margin
    title = tr(lg, "WITNESS STATEMENT", "Zeugenaussage / Zeugenfragebogen", "ATTESTATION DE TEMOIN")
    if typed:
        f = Sheets(
            (w, hh),
            hh - m,
            lambda p, n: (
                m
                if n == 1
                else running_header(
                    p, s, f"{name} - {tr(lg, 'statement', 'Aussage', 'attestation')}"
                )
            ),
        )
        f.page.text(w / 2, f.y, title, s.bold, 14, "center")
        f.y += 26
        for cap, val in [
            (tr(lg, "Name", "Name", "Nom"), name),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{house(rng, lg)}, {rng.choice(TOWNS[lg])}",
            ),
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre ref."), c.ref),
            (
                tr(lg, "Incident", "Ereignis", "Evenement"),
                f"{date_text(c.loss, lg, 'long')} - {c.peril}",
            ),
        ]:
            f.page.text(m, f.y, f"{cap}:", s.bold, s.size - 1)
            f.page.text(
                m + 90, f.y, fit(val, s.font, s.size - 1, w - 2 * m - 90), s.font, s.size - 1
            )
            f.y += s.size * 1.5
        f.y += 10
        for k in range(rng.randint(4, 10)):
            numbered_para = f"{k + 1}. " + prose(rng, lg, 2, 4)
            f.para(m, w - 2 * m, numbered_para, s.font, s.size)
        f.need(100)
        f.para(
            m,
            w - 2 * m,
            tr(
                lg,
                "I believe that the facts stated in this witness statement are true.",
                "Ich versichere die Richtigkeit meiner Angaben.",
                "Je sais que l'attestation sera utilisee en justice et qu'une fausse attestation "
                "de "
                "ma part m'expose a des sanctions penales (art. 441-7 du code penal).",
            ),
            italic_of(s.font),
            s.size,
        )
        f.y += 26
        sign(f.page, m, f.y, name)
        f.page.text(m, f.y + 14, f"{name}, {date_text(d, lg, 'long')}", s.font, s.size - 1)
        return f.pages
    pages = []
    p = Page(A4)
    p.text(w / 2, 50, title, "Helvetica-Bold", 13, "center")
    y = 72.0
    for cap, val in [
        (tr(lg, "Full name", "Name, Vorname", "Nom, prenom"), name.upper()),
        (tr(lg, "Address", "Anschrift", "Adresse"), f"{house(rng, lg)}, {rng.choice(TOWNS[lg])}"),
        (
            tr(lg, "Date and place of incident", "Datum und Ort", "Date et lieu des faits"),
            f"{date_text(c.loss, lg, 'short')}, {c.town}",
        ),
    ]:
        p.text(m, y, cap, "Helvetica", 8)
        p.text(m + 150, y, fit(val, HAND, 10, w - m - 150 - m), HAND, 10)
        p.line(m + 146, y + 3, w - m, y + 3)
        y += 22
    p.text(
        m,
        y + 6,
        tr(
            lg,
            "What did you see? (continue overleaf if necessary)",
            "Was haben Sie beobachtet?",
            "Relation des faits dont vous avez ete temoin :",
        ),
        "Helvetica-Bold",
        9,
    )
    y += 26
    two = rng.random() < 0.35
    said = wrap(prose(rng, lg, 30, 44) if two else prose(rng, lg, 6, 12), HAND, 9, w - 2 * m - 6)
    y = ruled(p, m, y, w - 2 * m, 26, rng, lg, gap=20, text=" ".join(said[:26]))
    pages.append(p)
    if two and len(said) > 26:
        q = Page(A4)
        q.text(w - m, 40, f"{tr(lg, 'page', 'Seite', 'page')} 2", HAND, 9, "right")
        y = ruled(q, m, 60, w - 2 * m, 30, rng, lg, gap=20, text=" ".join(said[26:]))
        pages.append(q)
    last = pages[-1]
    sign(last, m + 80, y + 30, name)
    last.text(m, y + 30, tr(lg, "Signed", "Unterschrift", "Signature"), "Helvetica", 8)
    last.text(w - m - 120, y + 30, date_text(d, lg, "short"), HAND, 10)
    return pages


def tpl_damage_photos(rng: random.Random, who: Issuer) -> list[Page]:
    """The policyholder's own photos of the damage, printed at home: one to three pages of two
    to six photos with handwritten captions, the claim number written on the first."""
    c = case_of(who, "damage_photos")
    lg = c.lang
    land = rng.random() < 0.3
    s = plain(landscape(A4) if land else A4, "Helvetica", 9)
    s.margin = 40
    per = rng.choice([2, 4, 4, 6]) if not land else rng.choice([2, 4])
    notes = [
        words(rng, lg, rng.randint(3, 6))[:-1]
        for _ in range(per * rng.choice([1, 1, 2, 3]) - rng.randint(0, 1))
    ]
    pages = photo_pages(s, lg, rng, notes, "", per=per, hand=True)
    pages[0].text(
        40,
        26,
        fit(
            f"{tr(lg, 'Claim', 'Schaden-Nr.', 'Sinistre')} {c.ref} - {bare(c.holder)}",
            HAND,
            11,
            500,
        ),
        HAND,
        11,
    )
    return pages


def tpl_discharge_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's discharge form as the claimant returns it: signed, dated, sometimes
    witnessed, with the insurer's received stamp."""
    c = case_of(who, "discharge_form")
    pages = discharge(rng, c, True)
    if rng.random() < 0.6:
        d = on_after(c, rng, 30, 90)
        w, hh = pages[0].size
        stamp(pages[0], w - 210, hh - 180, got(c.lang, d))
    return pages


def discharge(rng: random.Random, c: Case, signed: bool) -> list[Page]:
    lg = c.lang
    ih = head_row(insurer_row(lg), "insurer")
    s = style_of(ih, A4)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, ih)
    amount = rng.uniform(300, 9000) if c.domain == "motor" else rng.uniform(800, 24000)
    amount = c.paid or amount
    caption(f, s, tr(lg, "FORM OF DISCHARGE", "ABFINDUNGSERKLAERUNG", "QUITTANCE D'INDEMNITE"), 5)
    cells(
        f,
        s,
        [
            (tr(lg, "Claim number", "Schaden-Nr.", "N. de sinistre"), c.ref),
            (tr(lg, "Policy number", "Vers.-Schein-Nr.", "N. de contrat"), c.policy),
            (tr(lg, "Claimant", "Anspruchsteller", "Beneficiaire"), bare(c.holder)),
            (
                tr(lg, "Date of loss", "Schadentag", "Date du sinistre"),
                date_text(c.loss, lg, "short"),
            ),
        ],
        hand=False,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"I/We accept the sum of {currency(lg)} {money(amount, lg)} in full and final "
            "settlement of "
            "all claims arising from the above incident, and I/we discharge the insurer and its "
            "policyholder from all further liability in respect of it.",
            f"Gegen Zahlung von {money(amount, lg)} EUR erklaere ich mich wegen aller Ansprueche "
            "aus dem "
            "oben bezeichneten Schadenereignis fuer endgueltig abgefunden. Dies gilt auch fuer "
            "zukuenftige, derzeit nicht vorhersehbare Schaeden.",
            f"Je soussigne(e) reconnais avoir recu la somme de {money(amount, lg)} EUR a titre "
            "d'indemnite definitive et forfaitaire pour le sinistre ci-dessus, et subroge "
            "l'assureur "
            "dans tous mes droits et actions contre le tiers responsable.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment will be made by bank transfer to the account below within 10 working days of "
            "receipt of this signed form.",
            "Die Zahlung erfolgt auf das nachstehende Konto.",
            "Le reglement sera effectue par virement sur le compte ci-dessous.",
        ),
    )
    cells(
        f,
        s,
        [
            (
                tr(lg, "Account holder", "Kontoinhaber", "Titulaire du compte"),
                bare(c.holder).upper() if signed else "",
            ),
            (
                "IBAN" if lg != "en" else "Sort code / Account no.",
                (
                    serial(rng, "DE99 9999 9999 9999 9999 99")
                    if lg == "de"
                    else serial(rng, "FR76 9999 9999 9999 9999 9999 999")
                    if lg == "fr"
                    else serial(rng, "99-99-99 / 99999999")
                )
                if signed
                else "",
            ),
        ],
        per=1,
    )
    signature_line(f, s, lg, c.holder, on_after(c, rng, 25, 80), signed)
    if rng.random() < 0.4:
        f.page.text(
            m, f.y, tr(lg, "Witness (name, address, signature)", "Zeuge", "Temoin"), s.font, 8
        )
        if signed:
            f.page.text(m + 150, f.y, person(rng, lg, False), HAND, 9.5)
        f.page.line(m + 146, f.y + 3, w - m, f.y + 3)
        f.y += 20
    _ = hh
    return close(f.pages, s, ih, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates Z: what the insurer writes
# ---------------------------------------------------------------------------------------------


def claim_refs(lg: str, c: Case, handler: bool = True) -> list[tuple[str, str]]:
    out = [
        (tr(lg, "Claim number", "Schaden-Nr.", "N. sinistre"), c.ref),
        (tr(lg, "Policy number", "Vers.-Schein-Nr.", "N. contrat"), c.policy),
    ]
    if handler:
        out.append((tr(lg, "Claims handler", "Sachbearbeiter/in", "Gestionnaire"), c.handler))
    return out


def tpl_acknowledgement(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's acknowledgement of a new claim: the claim number, the handler, and a
    ticked list of the papers still needed; one page."""
    c = case_of(who, "acknowledgement")
    lg = c.lang
    h = head_of(who, "insurer", lg)
    s = style_of(h, A4)
    _ = s.page_size
    m = s.margin
    d = on_after(c, rng, 2, 14)
    f = sheets(s, h)
    recipient(f, s, h, holder_lines(c), d, claim_refs(lg, c))
    caption(
        f,
        s,
        tr(lg, "Your claim - ", "Ihr Schaden vom ", "Votre sinistre du ")
        + date_text(c.loss, lg, "long"),
        1,
    )
    write(f, s, dear(lg, c.holder))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for reporting your claim ({c.peril.lower()}). We have registered it under "
            "the "
            "claim number above; please quote it whenever you contact us.",
            f"wir bestaetigen den Eingang Ihrer Schadenmeldung ({c.peril}). Bitte geben Sie bei "
            "Rueckfragen stets die oben genannte Schadennummer an.",
            f"Nous accusons reception de votre declaration ({c.peril.lower()}). Votre dossier est "
            "enregistre sous la reference ci-dessus, a rappeler dans toute correspondance.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "To deal with your claim we need the following:",
            "Zur weiteren Bearbeitung benoetigen wir noch:",
            "Afin d'instruire votre dossier, merci de nous adresser :",
        ),
    )
    need = tr(
        lg,
        "the completed and signed claim form|two repair estimates|photographs of the damage|the "
        "police crime reference number|proof of ownership (receipts, bank statements)|the "
        "other driver's details|a copy of your driving licence|the V5C registration certificate",
        "die ausgefuellte Schadenanzeige|einen Kostenvoranschlag|Fotos der Schaeden|die "
        "polizeiliche Anzeigenbestaetigung|Kaufbelege der entwendeten Gegenstaende|die Daten des "
        "Unfallgegners|eine Kopie des Fuehrerscheins|die Zulassungsbescheinigung Teil I",
        "le constat amiable signe|un devis de reparation|des photographies des dommages|le "
        "recepisse de depot de plainte|les factures d'achat des biens|les coordonnees du tiers|"
        "la copie du permis de conduire|la copie de la carte grise",
    ).split("|")
    on_ = set(rng.sample(range(len(need)), rng.randint(2, 5)))
    for k, t in enumerate(need):
        f.need(14)
        box(f.page, m + 10, f.y, k in on_)
        f.page.text(m + 24, f.y, t, s.font, s.size - 0.5)
        f.y += s.size * 1.5
    f.y += 6
    write(f, s, prose(rng, lg, 1, 2))
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                f"Your policy excess for this claim is {currency(lg)} "
                f"{rng.choice([100, 150, 250, 350, 500])}.",
                "Ihre vertragliche Selbstbeteiligung betraegt "
                f"{rng.choice([150, 300, 500, 1000])} EUR.",
                "La franchise contractuelle applicable est de "
                f"{rng.choice([150, 230, 380, 500])} EUR.",
            ),
        )
    regards(
        f,
        s,
        lg,
        c.handler,
        tr(lg, "Claims Handler", "Schadenservice", "Gestionnaire sinistres"),
        formal=False,
        ink=rng.random() < 0.3,
    )
    return close(f.pages, s, h)


def tpl_settlement_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's settlement letter: the calculation (claimed, deductions, excess, paid),
    the reasons, over one or two pages; sometimes the blank discharge form to sign and return
    behind it."""
    c = case_of(who, "settlement_letter")
    lg = c.lang
    h = head_of(who, "insurer", lg)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = on_after(c, rng, 20, 90)
    f = sheets(s, h, f"{h.name} - {c.ref}")
    recipient(f, s, h, holder_lines(c), d, claim_refs(lg, c))
    caption(
        f,
        s,
        tr(
            lg,
            "Settlement of your claim",
            "Regulierung Ihres Schadens",
            "Indemnisation de votre sinistre",
        ),
        1.5,
    )
    write(f, s, dear(lg, c.holder))
    write(
        f,
        s,
        tr(
            lg,
            "We have now received the report of our adjuster and are pleased to confirm the "
            "settlement of your claim as follows.",
            "nach Pruefung der uns vorliegenden Unterlagen und des Gutachtens rechnen wir Ihren "
            "Schaden wie folgt ab:",
            "Au vu du rapport d'expertise, nous avons le plaisir de vous confirmer le montant de "
            "l'indemnite qui vous revient :",
        ),
    )
    heads = tr(
        lg,
        "Repair costs as agreed|Contents replacement|Alternative accommodation|Drying and "
        "strip-out|"
        "Courtesy car|Recovery and storage|Decoration",
        "Reparaturkosten lt. Gutachten|Wiederbeschaffung Hausrat|Hotelkosten|Trocknung|"
        "Mietwagen|Abschleppkosten|Malerarbeiten",
        "Reparations selon expertise|Remplacement du mobilier|Frais de relogement|Assechement|"
        "Vehicule de remplacement|Remorquage et gardiennage|Embellissements",
    ).split("|")
    rows: list[tuple[str, str]] = []
    tot = 0.0
    for t in rng.sample(heads, rng.randint(2, 5)):
        v = rng.uniform(90, 6000)
        tot += v
        rows.append((t, money(v, lg)))
    ded = tot * rng.choice([0, 0, 0.1, 0.15])
    exc = rng.choice([100, 150, 250, 300, 500])
    if ded:
        rows.append(
            (
                tr(lg, "Less betterment / wear and tear", "abzgl. Neu fuer Alt", "Vetuste deduite"),
                f"-{money(ded, lg)}",
            )
        )
    rows.append(
        (
            tr(lg, "Less policy excess", "abzgl. Selbstbeteiligung", "Franchise"),
            f"-{money(exc, lg)}",
        )
    )
    f.need(20 + 14 * len(rows))
    f.y = pairs(f.page, s, m + 20, f.y, rows, w - m - 40) + 2
    f.page.line(m + 20, f.y - 8, w - m - 40, f.y - 8)
    f.page.text(
        m + 20,
        f.y + 4,
        tr(lg, "Amount payable", "Auszahlungsbetrag", "Net a regler"),
        s.bold,
        s.size,
    )
    f.page.text(
        w - m - 40, f.y + 4, f"{currency(lg)} {money(tot - ded - exc, lg)}", s.bold, s.size, "right"
    )
    f.y += 26
    c.paid = tot - ded - exc
    for _ in range(rng.randint(1, 4)):
        write(f, s, prose(rng, lg, 2, 4))
    enclosed = rng.random() < 0.45
    if enclosed:
        write(
            f,
            s,
            tr(
                lg,
                "Please sign and return the enclosed form of discharge; payment will follow on "
                "receipt.",
                "Bitte senden Sie uns die beigefuegte Abfindungserklaerung unterschrieben zurueck.",
                "Nous vous remercions de nous retourner la quittance ci-jointe, datee et signee.",
            ),
        )
    regards(
        f,
        s,
        lg,
        c.handler,
        tr(lg, "Senior Claims Handler", "Schadenregulierung", "Gestionnaire sinistres"),
        formal=False,
        ink=rng.random() < 0.5,
    )
    if enclosed:
        f.page.text(
            m,
            f.y,
            tr(lg, "Enc.: form of discharge", "Anlage: Abfindungserklaerung", "P.J. : quittance"),
            s.font,
            s.size - 1,
        )
    pages = close(f.pages, s, h)
    if enclosed:
        pages += discharge(rng, c, False)
    return pages


def tpl_payment_advice(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's claim payment advice: payee, claim, amount and bank, printed by the
    payment run on A4 with a perforated tear-off or on a short A5 landscape sheet."""
    c = case_of(who, "payment_advice")
    lg = c.lang
    h = head_of(who, "insurer", lg)
    small = seeded(who, "advice-size").random() < 0.5
    size = landscape(A5) if small else A4
    s = style_of(h, size, margin=34 if small else 0, pt=9 if small else 0)
    w, hh = size
    m = s.margin
    d = on_after(c, rng, 25, 120)
    payee_firm = rng.random() < 0.5
    payee = (
        head_of(who, "garage" if c.domain == "motor" else "builder", lg).name
        if payee_firm
        else bare(c.holder)
    )
    f = sheets(s, h)
    p = f.page
    p.text(
        w - m,
        f.y - 6,
        tr(lg, "PAYMENT ADVICE", "ZAHLUNGSMITTEILUNG", "AVIS DE REGLEMENT"),
        s.bold,
        s.size + 3,
        "right",
    )
    f.y += 6
    if not small:
        recipient(
            f,
            s,
            h,
            [payee, *(holder_lines(c)[1:] if not payee_firm else ["", ""])],
            d,
            claim_refs(lg, c, False),
        )
    amount = rng.uniform(150, 9000)
    cols = columns(m, w - m, [(1.3, "left"), (2.6, "left"), (1.4, "left"), (1.3, "right")])
    rows = [[date_text(d, lg, "short"), fit(c.peril, s.font, 8, 200), c.ref, money(amount, lg)]]
    if rng.random() < 0.3:
        extra = rng.uniform(50, 400)
        rows.append(
            [
                date_text(d, lg, "short"),
                tr(lg, "Interest / hire", "Nutzungsausfall", "Frais annexes"),
                c.ref,
                money(extra, lg),
            ]
        )
        amount += extra
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Details", "Verwendungszweck", "Libelle"),
            tr(lg, "Claim", "Schaden", "Sinistre"),
            currency(lg),
        ],
        rows,
        s,
        shade=0.88,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total paid', 'Gesamtbetrag', 'Total regle')}: {currency(lg)} "
        f"{money(amount, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 18
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                f"Paid by BACS to {payee}, account ending {rng.randint(1000, 9999)}. Funds "
                "should reach the account within three working days.",
                f"Ueberweisung an {payee}, IBAN DE** **** **** **** **{rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}, Valuta {date_text(d + timedelta(days=2), lg, 'short')}.",
                f"Virement au profit de {payee}, compte FR76 **** **** "
                f"**{rng.randint(100, 999)}, date de valeur "
                f"{date_text(d + timedelta(days=2), lg, 'short')}.",
            ),
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 16
    if not small and rng.random() < 0.6:
        y = hh - 200
        x = m
        while x < w - m:
            f.page.line(x, y, min(x + 5, w - m), y)
            x += 9
        f.page.text(
            m,
            y - 4,
            tr(lg, "Please retain for your records", "Bitte aufbewahren", "A conserver"),
            "Helvetica",
            6,
        )
        f.y = y + 20
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Payee", "Empfaenger", "Beneficiaire"), payee),
                (tr(lg, "Claim", "Schaden", "Sinistre"), c.ref),
                (tr(lg, "Amount", "Betrag", "Montant"), f"{currency(lg)} {money(amount, lg)}"),
                (
                    tr(lg, "Payment ref", "Zahlungsreferenz", "Ref. paiement"),
                    serial(rng, "PAY99999999"),
                ),
            ],
            w * 0.6,
        )
    return close(f.pages, s, h, numbers="none")


def tpl_renewal_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's renewal invitation or premium notice: the cover, this year's and next
    year's premium, how to pay; sometimes a direct debit mandate or an information page."""
    c = case_of(who, "renewal_notice")
    lg = c.lang
    h = head_of(who, "insurer", lg)
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    due = c.loss + timedelta(days=rng.randint(60, 300))
    d = due - timedelta(days=rng.randint(21, 35))
    f = sheets(s, h, f"{h.name} - {c.policy}")
    recipient(
        f,
        s,
        h,
        holder_lines(c),
        d,
        [
            (tr(lg, "Policy number", "Vers.-Schein-Nr.", "N. contrat"), c.policy),
            (tr(lg, "Renewal date", "Hauptfaelligkeit", "Echeance"), date_text(due, lg, "short")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your motor insurance renewal"
            if c.domain == "motor"
            else "Your home insurance renewal",
            "Beitragsrechnung zur Hauptfaelligkeit",
            "Avis d'echeance",
        ),
        2,
    )
    write(f, s, dear(lg, c.holder))
    write(
        f,
        s,
        tr(
            lg,
            f"Your policy is due for renewal on {date_text(due, lg, 'long')}. Please check the "
            "details "
            "below carefully and tell us if anything has changed.",
            "zum Ablauf der Versicherungsperiode erhalten Sie Ihre Beitragsrechnung. Bitte "
            "pruefen Sie "
            "die Angaben und teilen Sie uns Aenderungen mit.",
            "Votre contrat arrive a echeance. Vous trouverez ci-dessous le montant de votre "
            "cotisation pour la periode a venir.",
        ),
    )
    old = rng.uniform(180, 1100)
    new = old * rng.uniform(1.02, 1.35)
    cols = columns(m, w - m, [(3, "left"), (1.2, "right"), (1.2, "right")])
    cover = COVERS[c.domain][lg].split("|")
    rows = []
    for t in rng.sample(cover, rng.randint(2, 5)):
        a = rng.uniform(20, 500)
        rows.append([t, money(a, lg), money(a * new / old, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Cover", "Sparte", "Garantie"),
            tr(lg, "Last year", "bisher", "Annee N-1"),
            tr(lg, "This year", "neu", "Annee N"),
        ],
        rows,
        s,
        shade=0.9,
        rules=rng.random() < 0.5,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total premium (incl. IPT)', 'Jahresbeitrag inkl. VersSt', 'Cotisation TTC')}: "
        f"{currency(lg)} {money(new, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 22
    write(f, s, prose(rng, lg, 1, 3))
    regards(
        f,
        s,
        lg,
        rng.choice(HANDLERS[lg]),
        tr(lg, "Customer Services", "Kundenservice", "Service clients"),
        formal=False,
        ink=False,
    )
    pages = close(f.pages, s, h)
    r = rng.random()
    if r < 0.35:
        q = Page(A4)
        y = heading(q, s, h)
        q.text(
            m,
            y,
            tr(
                lg,
                "Instruction to your bank or building society to pay by Direct Debit",
                "SEPA-Lastschriftmandat",
                "Mandat de prelevement SEPA",
            ),
            s.bold,
            s.size + 2,
        )
        y += 20
        y = text_lines(
            q,
            s,
            y,
            w - 2 * m,
            tr(
                lg,
                "Please pay the insurer Direct Debits from the account detailed in this "
                "instruction "
                "subject to the safeguards assured by the Direct Debit Guarantee.",
                f"Ich ermaechtige die {h.name}, Zahlungen von meinem Konto mittels Lastschrift "
                "einzuziehen. "
                "Zugleich weise ich mein Kreditinstitut an, die Lastschriften einzuloesen. "
                "Glaeubiger-ID "
                f"DE{rng.randint(10, 99)}ZZZ0000{rng.randint(1000000, 9999999)}",
                f"En signant ce mandat, vous autorisez {h.name} a envoyer des instructions a votre "
                "banque pour debiter votre compte. ICS FR"
                + str(rng.randint(10, 99))
                + "ZZZ"
                + str(rng.randint(100000, 999999)),
            ),
        )
        ff = Sheets(A4, hh - m, lambda pg, n: y)
        ff.pages = [q]
        ff.page = q
        ff.y = y + 6
        cells(
            ff,
            s,
            [
                (
                    tr(lg, "Name(s) of account holder(s)", "Kontoinhaber", "Nom du titulaire"),
                    bare(c.holder).upper(),
                ),
                (
                    tr(lg, "Bank / building society", "Kreditinstitut", "Banque"),
                    rng.choice(
                        [
                            "LLOYDS",
                            "NATWEST",
                            "SPARKASSE",
                            "VOLKSBANK",
                            "CREDIT AGRICOLE",
                            "LA BANQUE POSTALE",
                        ]
                    ),
                ),
                (
                    "IBAN" if lg != "en" else "Account number",
                    serial(
                        rng,
                        "DE99 9999 9999 9999 9999 99"
                        if lg == "de"
                        else "FR76 9999 9999 9999 9999 999"
                        if lg == "fr"
                        else "99999999",
                    ),
                ),
                (
                    "BIC" if lg != "en" else "Sort code",
                    serial(rng, "AAAAAA9A" if lg != "en" else "99-99-99"),
                ),
            ],
        )
        signature_line(
            ff, s, lg, c.holder, d + timedelta(days=rng.randint(3, 12)), rng.random() < 0.6
        )
        pages += close([q], s, h, numbers="none")
    elif r < 0.6:
        ff = sheets(
            s,
            h,
            f"{h.name} - "
            f"{tr(lg, 'Important information', 'Wichtige Hinweise', 'Informations importantes')}",
            top=False,
        )
        caption(
            ff,
            s,
            tr(
                lg,
                "Important information about your policy",
                "Wichtige Hinweise zu Ihrem Vertrag",
                "Informations importantes",
            ),
            1,
        )
        small_print(ff, s, terms(rng, lg, rng.randint(6, 12)))
        pages += close(ff.pages, s, h, numbers="none")
    return pages


def text_lines(p: Page, s: Style, y: float, width: float, text: str, pt: float = 0) -> float:
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, width):
        p.text(s.margin, y, ln, s.font, pt)
        y += pt * 1.38
    return y + pt * 0.6


def tpl_policy_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's policy documents sent in one go: sometimes a covering letter, the
    schedule (cover, sums insured, excesses, premium, endorsements), the certificate of motor
    insurance (England) and one or two pages of terms in two columns."""
    c = case_of(who, "policy_schedule")
    lg = c.lang
    h = head_of(who, "insurer", lg)
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    start = c.loss - timedelta(days=rng.randint(30, 300))
    pages: list[Page] = []
    title = tr(lg, "Policy Schedule", "Versicherungsschein", "Conditions particulieres")
    if rng.random() < 0.4:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            holder_lines(c),
            start - timedelta(days=rng.randint(3, 14)),
            [(tr(lg, "Policy number", "Vers.-Schein-Nr.", "N. contrat"), c.policy)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your policy documents",
                "Ihr neuer Versicherungsschein",
                "Vos documents contractuels",
            ),
            1,
        )
        write(f, s, dear(lg, c.holder))
        write(f, s, prose(rng, lg, 2, 4))
        write(
            f,
            s,
            tr(
                lg,
                "Please keep these documents in a safe place.",
                "Bitte bewahren Sie diese Unterlagen sorgfaeltig auf.",
                "Nous vous invitons a conserver ces documents.",
            ),
        )
        regards(
            f,
            s,
            lg,
            rng.choice(HANDLERS[lg]),
            tr(lg, "Policy Services", "Vertragsservice", "Service contrats"),
            formal=False,
            ink=False,
        )
        pages += close(f.pages, s, h, numbers="none")
    f = sheets(s, h, f"{title} {c.policy}")
    caption(f, s, title.upper(), 5, rule=True)
    cells(
        f,
        s,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N. de contrat"), c.policy),
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), bare(c.holder)),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Periode"),
                f"{date_text(start, lg, 'short')} - "
                f"{date_text(start + timedelta(days=364), lg, 'short')}",
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.street}, {c.town}"),
            (
                tr(
                    lg,
                    "Vehicle / risk address",
                    "Fahrzeug / Risikoort",
                    "Vehicule / lieu du risque",
                ),
                f"{c.vehicle} {c.reg}" if c.domain == "motor" else c.street,
            ),
            (
                tr(lg, "Reason for issue", "Anlass", "Motif d'emission"),
                tr(
                    lg,
                    "New business|Renewal|Mid-term adjustment",
                    "Neuabschluss|Nachtrag|Beitragsanpassung",
                    "Affaire nouvelle|Avenant|Renouvellement",
                ).split("|")[rng.randint(0, 2)],
            ),
        ],
        hand=False,
        tall=24,
    )
    caption(f, s, tr(lg, "Cover", "Versicherungsumfang", "Garanties souscrites"), 1)
    cols = columns(m, w - m, [(3, "left"), (1.5, "right"), (1.1, "right"), (1.1, "right")])
    items = COVERS[c.domain][lg].split("|")
    rows = []
    tot = 0.0
    for t in rng.sample(items, rng.randint(4, min(8, len(items)))):
        prem = rng.uniform(12, 380)
        tot += prem
        rows.append(
            [
                t,
                rng.choice(
                    [
                        tr(lg, "Unlimited", "unbegrenzt", "illimite"),
                        money(rng.choice([5000, 25000, 50000, 100000, 250000]), lg),
                    ]
                ),
                money(rng.choice([0, 100, 150, 250, 500]), lg),
                money(prem, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured", "Versicherungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Cotisation"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y,
            [
                (tr(lg, "Net premium", "Nettobeitrag", "Prime nette"), money(tot, lg)),
                (
                    tr(lg, "Insurance Premium Tax", "Versicherungsteuer 19 %", "Taxes"),
                    money(tot * 0.12, lg),
                ),
                (
                    tr(lg, "Total annual premium", "Jahresbeitrag", "Cotisation annuelle TTC"),
                    f"{currency(lg)} {money(tot * 1.12, lg)}",
                ),
            ],
            w - m,
        )
        + 6
    )
    caption(
        f,
        s,
        tr(lg, "Endorsements", "Besondere Vereinbarungen / Klauseln", "Clauses particulieres"),
        1,
    )
    numbered(
        f,
        s,
        [words(rng, lg, rng.randint(10, 24)) for _ in range(rng.randint(2, 6))],
        s.size - 1,
        label=tr(lg, "E{k}", "K {k}", "C{k}"),
    )
    pages += close(f.pages, s, h, covers=0)
    if lg == "en" and c.domain == "motor" and rng.random() < 0.6:
        q = Page(A4)
        q.rect(40, 40, w - 80, hh / 2 - 40)
        q.text(w / 2, 66, "CERTIFICATE OF MOTOR INSURANCE", "Helvetica-Bold", 13, "center")
        q.text(
            w / 2, 80, f"Certificate number {serial(rng, 'AA99999999')}", "Helvetica", 8, "center"
        )
        y = 104.0
        for k, (cap, val) in enumerate(
            [
                ("1. Registration mark of vehicle", c.reg),
                ("2. Name of policyholder", bare(c.holder).upper()),
                (
                    "3. Effective date of the commencement of insurance",
                    date_text(start, lg, "short"),
                ),
                (
                    "4. Date of expiry of insurance",
                    date_text(start + timedelta(days=364), lg, "short"),
                ),
                (
                    "5. Persons or classes of persons entitled to drive",
                    "The policyholder and any person named below, provided they hold a licence "
                    "to drive the vehicle.",
                ),
                (
                    "6. Limitations as to use",
                    "Use for social, domestic and pleasure purposes and commuting. Excluding "
                    "use for hire or reward.",
                ),
            ]
        ):
            q.text(56, y, cap, "Helvetica-Bold", 8)
            for ln in wrap(val, "Helvetica", 8.5, w - 360):
                q.text(300, y, ln, "Helvetica", 8.5)
                y += 11
            y += 8
            _ = k
        q.text(
            56,
            y + 10,
            "I hereby certify that the policy to which this certificate relates satisfies the "
            "requirements of the relevant law",
            "Helvetica",
            6.5,
        )
        q.text(
            56,
            y + 18,
            "applicable in Great Britain, the Isle of Man, the Island of Guernsey, the Island "
            "of Jersey and the Island of Alderney.",
            "Helvetica",
            6.5,
        )
        sign(q, 320, y + 44, rng.choice(["David Harrow", "Susan Albright"]))
        q.text(320, y + 56, f"Authorised insurer: {h.name}", "Helvetica", 7)
        pages.append(q)
    if rng.random() < 0.7:
        ff = sheets(
            s,
            None,
            f"{h.name} - "
            + tr(
                lg, "Policy wording", "Allgemeine Versicherungsbedingungen", "Conditions generales"
            ),
        )
        caption(
            ff,
            s,
            tr(
                lg,
                "Policy wording (extract)",
                "Allgemeine Versicherungsbedingungen (Auszug)",
                "Conditions generales (extrait)",
            ),
            1,
        )
        small_print(ff, s, terms(rng, lg, rng.randint(10, 24)), pt=6.2)
        pages += close(
            ff.pages, s, h, numbers=rng.choice(["none", tr(lg, "{i}", "AVB {i}", "CG {i}")])
        )
    return pages


# ---------------------------------------------------------------------------------------------
# Templates Z: adjusters, engineers, garages, builders, recovery
# ---------------------------------------------------------------------------------------------


def report_cover(s: Style, h: Head, c: Case, kind: str, ours: str, d: date) -> Page:
    """The cover sheet of a report: the firm, the title, the insured and the references."""
    p = Page(s.page_size)
    w, hh = s.page_size
    heading(p, s, h)
    lg = c.lang
    y = hh * 0.3
    p.text(
        w / 2, y, kind.upper(), s.bold, shrink(kind.upper(), s.bold, 22, w - 2 * s.margin), "center"
    )
    y += 40
    for cap, val in [
        (tr(lg, "Insured", "Versicherungsnehmer", "Assure"), bare(c.holder)),
        (tr(lg, "Loss address", "Schadenort", "Lieu du sinistre"), f"{c.street}, {c.town}"),
        (tr(lg, "Insurer", "Versicherer", "Compagnie"), insurer_row(lg)[0]),
        (tr(lg, "Claim number", "Schaden-Nr.", "N. sinistre"), c.ref),
        (tr(lg, "Our reference", "Unser Zeichen", "N/Ref"), ours),
        (tr(lg, "Date", "Datum", "Date"), day(h, d)),
    ]:
        p.text(w / 2 - 10, y, cap, s.font, s.size, "right")
        p.text(w / 2 + 10, y, fit(val, s.bold, s.size, w / 2 - s.margin - 10), s.bold, s.size)
        y += s.size * 2
    p.text(
        w / 2,
        hh - 140,
        tr(lg, "PRIVATE AND CONFIDENTIAL", "VERTRAULICH", "CONFIDENTIEL"),
        s.bold,
        s.size + 1,
        "center",
    )
    return p


def tpl_adjuster_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A loss adjuster's report to the insurer: the reference block, numbered sections
    (instructions, circumstances, cause, cover, quantum with a table, reserve,
    recommendation), signed; then the photo sheets and sometimes a schedule of loss."""
    c = case_of(who, "adjuster_report")
    lg = c.lang
    h = head_of(who, "adjuster", lg)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = on_after(c, rng, 10, 45)
    ours = serial(rng, tr(lg, "HB/AA/99999", "KP-99-9999", "RX 99/9999"))
    kind = rng.choice(
        tr(
            lg,
            "Preliminary Report|Final Report|Report",
            "Erstbericht|Schlussbericht|Besichtigungsbericht",
            "Rapport preliminaire|Rapport definitif|Rapport d'expertise",
        ).split("|")
    )
    f = sheets(s, h, f"{kind} - {bare(c.holder)} - {c.ref}")
    recipient(
        f,
        s,
        h,
        insurer_lines(lg),
        d,
        [
            (tr(lg, "Your ref", "Ihr Zeichen", "V/Ref"), c.ref),
            (tr(lg, "Our ref", "Unser Zeichen", "N/Ref"), ours),
        ],
    )
    caption(f, s, kind.upper(), 3, rule=rng.random() < 0.5)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Insured", "Versicherungsnehmer", "Assure"), bare(c.holder)),
                (tr(lg, "Risk address", "Risikoort", "Adresse du risque"), f"{c.street}, {c.town}"),
                (tr(lg, "Policy", "Vertrag", "Contrat"), c.policy),
                (
                    tr(lg, "Date of loss", "Schadentag", "Date du sinistre"),
                    date_text(c.loss, lg, "short"),
                ),
                (
                    tr(lg, "Date of visit", "Besichtigung", "Date de l'expertise"),
                    date_text(d - timedelta(days=rng.randint(2, 8)), lg, "short"),
                ),
                (tr(lg, "Peril", "Gefahr", "Evenement"), c.peril),
            ],
            w * 0.7,
        )
        + 8
    )
    secs = tr(
        lg,
        "Instructions|Circumstances|Cause|Policy liability|Quantum|Reserve|Recommendations",
        "Auftrag|Schadenhergang|Ursache|Deckung|Schadenhoehe|Reserve|Empfehlung",
        "Mission|Circonstances|Causes et origine|Garanties|Evaluation des "
        "dommages|Provision|Conclusions",
    ).split("|")
    claimed = 0.0
    agreed = 0.0
    for k, t in enumerate(secs):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size + 0.5)
        if k == 4:
            cols = columns(m, w - m, [(3, "left"), (1.2, "right"), (1.2, "right")])
            rows = []
            for _ in range(rng.randint(3, 9)):
                a = rng.uniform(80, 5000)
                b = a * rng.choice([1, 1, 0.9, 0.75, 0.6])
                claimed += a
                agreed += b
                rows.append([words(rng, lg, 4)[:-1], money(a, lg), money(b, lg)])
            rows.append([tr(lg, "Total", "Summe", "Total"), money(claimed, lg), money(agreed, lg)])
            table(
                f,
                cols,
                [
                    tr(lg, "Head of claim", "Position", "Poste"),
                    tr(lg, "Claimed", "gefordert", "Reclame"),
                    tr(lg, "Agreed", "anerkannt", "Retenu"),
                ],
                rows,
                s,
                rules=True,
            )
            f.y += 6
        elif k == 5:
            write(
                f,
                s,
                tr(
                    lg,
                    f"We recommend a reserve of {currency(lg)} {money(agreed * 1.1, lg)}.",
                    f"Wir empfehlen eine Reserve von {money(agreed * 1.1, lg)} EUR.",
                    f"Nous preconisons une provision de {money(agreed * 1.1, lg)} EUR.",
                ),
            )
        else:
            for _ in range(rng.randint(1, 3 if k in (1, 2) else 2)):
                write(f, s, prose(rng, lg, 2, 5))
    name = rng.choice(PEOPLE[lg])
    regards(
        f,
        s,
        lg,
        name,
        tr(lg, "Cert CII, Loss Adjuster", "Schadenregulierer", "Expert"),
        formal=False,
    )
    if rng.random() < 0.3:
        pages = close([report_cover(s, h, c, kind, ours, d), *f.pages], s, h, covers=1)
    else:
        pages = close(f.pages, s, h)
    if rng.random() < 0.75:
        per = rng.choice([2, 4, 6])
        land = per == 4 and rng.random() < 0.3
        ps = style_of(h, landscape(A4) if land else A4)
        notes = [
            words(rng, lg, rng.randint(3, 7))[:-1]
            for _ in range(per * rng.choice([1, 1, 2]) - rng.randint(0, 1))
        ]
        pics = photo_pages(
            ps,
            lg,
            rng,
            notes,
            tr(
                lg, "Appendix A - Photographs", "Anlage 1 - Lichtbilder", "Annexe 1 - Photographies"
            ),
            per,
            header=f"{h.name} - {ours}",
        )
        pages += close(pics, ps, h, numbers="none")
    if rng.random() < 0.3:
        ff = sheets(s, None, f"{h.name} - {ours}")
        caption(
            ff,
            s,
            tr(
                lg,
                "Appendix B - Schedule of loss",
                "Anlage 2 - Schadenaufstellung",
                "Annexe 2 - Etat des pertes",
            ),
            1,
        )
        cols = columns(
            m, w - m, [(0.5, "left"), (3, "left"), (0.8, "right"), (1.1, "right"), (1.1, "right")]
        )
        rows = []
        for k in range(rng.randint(10, 40)):
            v = rng.uniform(5, 900)
            rows.append(
                [
                    str(k + 1),
                    words(rng, lg, 3)[:-1],
                    f"{rng.randint(1, 15)}",
                    money(v, lg),
                    money(v * rng.uniform(0.5, 1), lg),
                ]
            )
        table(
            ff,
            cols,
            [
                "#",
                tr(lg, "Item", "Gegenstand", "Designation"),
                tr(lg, "Age", "Alter", "Age"),
                tr(lg, "Claimed", "Forderung", "Reclame"),
                tr(lg, "Allowed", "anerkannt", "Retenu"),
            ],
            rows,
            s,
            size=s.size - 2,
        )
        pages += close(ff.pages, s, h, numbers="none")
    return pages


def tpl_engineer_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A motor engineer's assessment: vehicle data, a damage diagram, the repair cost
    calculation (parts, labour, paint), values and the repairable / total loss decision,
    then one or two pages of photos."""
    c = case_of(who, "engineer_report", "motor")
    lg = c.lang
    h = head_of(who, "engineer", lg)
    s = style_of(h, A4, pt=min(9.5, style_of(h).size))
    w, _ = s.page_size
    m = s.margin
    d = on_after(c, rng, 4, 20)
    no = serial(rng, tr(lg, "MVA-999999", "G-99/9999", "EXP 999999"))
    title = tr(lg, "Engineer's Report", "Kfz-Schadengutachten", "Rapport d'expertise automobile")
    f = sheets(s, h, f"{title} {no} - {c.reg}")
    f.page.text(m, f.y, title, s.bold, s.size + 6)
    f.page.text(w - m, f.y, f"{tr(lg, 'No.', 'Nr.', 'N.')} {no}", s.font, s.size, "right")
    f.y += 20
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Instructed by", "Auftraggeber", "Mandant"), insurer_row(lg)[0]),
                (tr(lg, "Claim number", "Schaden-Nr.", "N. sinistre"), c.ref),
                (
                    tr(lg, "Date of inspection", "Besichtigung am", "Date d'examen"),
                    date_text(d, lg, "short"),
                ),
                (
                    tr(lg, "Place of inspection", "Besichtigungsort", "Lieu d'examen"),
                    head_of(who, "garage", lg).name,
                ),
            ],
            w * 0.62,
        )
        + 6
    )
    section(f, s, tr(lg, "Vehicle", "Fahrzeugdaten", "Vehicule"))
    cells(
        f,
        s,
        [
            (tr(lg, "Make / model", "Hersteller / Typ", "Marque / modele"), c.vehicle),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), c.reg),
            ("VIN" if lg != "de" else "FIN", serial(rng, "AAA99999999999999")),
            (
                tr(lg, "First registered", "Erstzulassung", "1re mise en circulation"),
                date_text(
                    date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28)),
                    lg,
                    "short",
                ),
            ),
            (
                tr(lg, "Mileage", "Laufleistung", "Kilometrage"),
                f"{rng.randint(9, 190)} {rng.randint(100, 999)} {'miles' if lg == 'en' else 'km'}",
            ),
            (
                tr(lg, "Colour / paint code", "Farbe / Lackcode", "Teinte / code"),
                serial(rng, "AAA9"),
            ),
        ],
        per=3,
        hand=False,
        tall=24,
    )
    f.need(170)
    f.page.text(
        m, f.y, tr(lg, "Damage (shaded areas)", "Schadenbereiche", "Zones de choc"), s.bold, s.size
    )
    hits = rng.sample(range(8), rng.randint(1, 3))
    car(f.page, m, f.y + 6, 180, 150, hits)
    yy = f.y + 14
    for t in [words(rng, lg, rng.randint(4, 8)) for _ in range(rng.randint(4, 7))]:
        for ln in wrap("- " + t, s.font, s.size - 1, w - 2 * m - 200):
            f.page.text(m + 200, yy, ln, s.font, s.size - 1)
            yy += (s.size - 1) * 1.4
    f.y += 170
    if rng.random() < 0.6:
        f.new_page()
    caption(
        f,
        s,
        tr(
            lg, "Repair cost calculation", "Reparaturkostenkalkulation", "Chiffrage des reparations"
        ),
        1,
    )
    parts = tr(
        lg,
        "Front bumper cover|Headlamp unit RH|Bonnet|Wing LH|Radiator support|Door shell RR|Tail "
        "lamp|Rear bumper|Boot lid|Parking sensor|Grille|Clips and fixings",
        "Stossfaenger vorn|Scheinwerfer rechts|Motorhaube|Kotfluegel "
        "links|Schlossquertraeger|Tuer hinten rechts|Heckleuchte|Stossfaenger "
        "hinten|Heckklappe|PDC-Sensor|Kuehlergrill|Kleinteile",
        "Bouclier AV|Projecteur D|Capot|Aile AVG|Traverse AV|Porte ARD|Feu AR|Bouclier "
        "AR|Hayon|Capteur radar|Calandre|Petites fournitures",
    ).split("|")
    cols = columns(m, w - m, [(1.2, "left"), (3, "left"), (0.6, "right"), (1.1, "right")])
    rows = []
    ptot = 0.0
    for t in rng.sample(parts, rng.randint(4, 10)):
        v = rng.uniform(8, 900)
        ptot += v
        rows.append([serial(rng, "9A9 999 999 A"), t, "1", money(v, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Part no.", "Teile-Nr.", "Reference"),
            tr(lg, "Parts", "Ersatzteile", "Pieces"),
            tr(lg, "Qty", "Anz.", "Qte"),
            currency(lg),
        ],
        rows,
        s,
        size=s.size - 1.5,
    )
    hours = rng.uniform(3, 22)
    rate = rng.uniform(55, 150)
    paint = rng.uniform(200, 1400)
    net = ptot + hours * rate + paint
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.4,
            f.y,
            [
                (tr(lg, "Parts", "Ersatzteile", "Pieces"), money(ptot, lg)),
                (
                    tr(
                        lg,
                        f"Labour {hours:.1f} h at {rate:.2f}",
                        f"Arbeitslohn {hours:.1f} Std.",
                        f"Main d'oeuvre {hours:.1f} h",
                    ),
                    money(hours * rate, lg),
                ),
                (
                    tr(
                        lg,
                        "Paint and materials",
                        "Lackierung inkl. Material",
                        "Peinture et ingredients",
                    ),
                    money(paint, lg),
                ),
                (tr(lg, "Total net", "Summe netto", "Total HT"), money(net, lg)),
                (
                    tr(lg, "VAT 20%", "MwSt. 19 %", "TVA 20 %"),
                    money(net * (0.19 if lg == "de" else 0.2), lg),
                ),
                (
                    tr(lg, "Total repair cost", "Reparaturkosten brutto", "Total TTC"),
                    f"{currency(lg)} {money(net * 1.2, lg)}",
                ),
            ],
            w - m,
        )
        + 8
    )
    value = net * rng.uniform(0.9, 4)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(
                        lg, "Pre-accident value", "Wiederbeschaffungswert", "Valeur de remplacement"
                    ),
                    money(value, lg),
                ),
                (
                    tr(lg, "Salvage value", "Restwert", "Valeur de sauvetage"),
                    money(value * 0.25, lg),
                ),
                (
                    tr(lg, "Repair time", "Reparaturdauer", "Duree d'immobilisation"),
                    f"{rng.randint(2, 12)} {tr(lg, 'working days', 'Arbeitstage', 'jours ouvres')}",
                ),
            ],
            w * 0.55,
        )
        + 6
    )
    tick_row(
        f,
        s,
        tr(lg, "Assessment", "Ergebnis", "Conclusion"),
        tr(
            lg,
            "Repairable|Total loss (Cat S)|Total loss (Cat N)",
            "reparaturwuerdig|wirtschaftlicher Totalschaden",
            "reparable|VEI - vehicule economiquement irreparable",
        ).split("|"),
        {0 if value > net * 1.3 else 1},
    )
    for _ in range(rng.randint(0, 2)):
        write(f, s, prose(rng, lg, 1, 3))
    regards(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(
            lg,
            "IMI Accredited Engineer",
            "Dipl.-Ing., oeffentlich bestellter Sachverstaendiger",
            "Expert en automobile agree",
        ),
        formal=False,
    )
    notes = [words(rng, lg, rng.randint(2, 5))[:-1] for _ in range(rng.choice([2, 4, 6, 8]))]
    per = rng.choice([4, 6])
    pics = photo_pages(
        s,
        lg,
        rng,
        notes,
        tr(lg, "Photographs", "Lichtbilder", "Photos"),
        per,
        header=f"{no} - {c.reg}",
    )
    return close(f.pages + pics, s, h)


PARTS_LABOUR = {
    "en": [
        "Remove and refit",
        "Repair",
        "Replace",
        "Paint",
        "Align",
        "Diagnostic check",
        "Recalibrate camera",
    ],
    "de": [
        "Aus- und Einbau",
        "Instandsetzen",
        "Erneuern",
        "Lackieren",
        "Vermessen",
        "Fehlerspeicher auslesen",
        "Kamera kalibrieren",
    ],
    "fr": [
        "Depose / repose",
        "Reparation",
        "Remplacement",
        "Peinture",
        "Controle geometrie",
        "Diagnostic",
        "Calibrage camera",
    ],
}


def garage_doc(rng: random.Random, who: Issuer, c: Case, invoice: bool) -> list[Page]:
    """A garage's estimate or invoice: parts and labour lines, totals, terms."""
    lg = c.lang
    h = head_of(who, "garage", lg)
    s = style_of(h, LETTER if lg == "en" and seeded(who, "letter").random() < 0.25 else A4)
    w, _ = s.page_size
    m = s.margin
    d = on_after(c, rng, 3 if not invoice else 15, 20 if not invoice else 60)
    title = tr(
        lg,
        "INVOICE" if invoice else "ESTIMATE",
        "RECHNUNG" if invoice else "KOSTENVORANSCHLAG",
        "FACTURE" if invoice else "DEVIS",
    )
    no = serial(
        rng,
        tr(lg, "99999", "RE-2499999", "F2499999")
        if invoice
        else tr(lg, "E9999", "KV 99999", "D-99999"),
    )
    f = sheets(s, h, f"{h.name} - {title.title()} {no}")
    bill_to = insurer_lines(lg) if invoice and rng.random() < 0.5 else holder_lines(c)
    recipient(
        f,
        s,
        h,
        bill_to,
        d,
        [
            (tr(lg, "No.", "Nr.", "N."), no),
            (tr(lg, "Vehicle", "Fahrzeug", "Vehicule"), c.reg),
            (tr(lg, "Claim", "Schaden-Nr.", "Sinistre"), c.ref),
        ],
    )
    f.page.text(m, f.y, title, s.bold, s.size + 5)
    f.y += 14
    f.page.text(
        m,
        f.y,
        fit(
            f"{c.vehicle} - {c.reg} - {tr(lg, 'Mileage', 'km-Stand', 'Km')} "
            f"{rng.randint(9, 190)}{rng.randint(100, 999)}",
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 18
    cols = columns(
        m, w - m, [(1.1, "left"), (3.4, "left"), (0.7, "right"), (1, "right"), (1.1, "right")]
    )
    rows = []
    net = 0.0
    for _ in range(rng.choice([4, 7, 10, 16, 26])):
        if rng.random() < 0.45:
            t = f"{rng.choice(PARTS_LABOUR[lg])} {words(rng, lg, 2)[:-1].lower()}"
            q = round(rng.uniform(0.3, 4), 1)
            pr = rng.uniform(55, 140)
            code = tr(lg, "LAB", "AW", "MO")
        else:
            t = words(rng, lg, 3)[:-1]
            q = float(rng.randint(1, 4))
            pr = rng.uniform(4, 600)
            code = serial(rng, "99999AA")
        net += q * pr
        rows.append([code, t, f"{q:g}", money(pr, lg), money(q * pr, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Ref."),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty/Hrs", "Menge", "Qte"),
            tr(lg, "Unit", "EP", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    vat = 0.19 if lg == "de" else 0.2
    f.need(90)
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [
                (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
                (tr(lg, "VAT 20%", "MwSt. 19 %", "TVA 20 %"), money(net * vat, lg)),
                (
                    tr(lg, "Total", "Gesamtbetrag", "Total TTC"),
                    f"{currency(lg)} {money(net * (1 + vat), lg)}",
                ),
            ],
            w - m,
        )
        + 6
    )
    if invoice:
        exc = rng.choice([0, 0, 100, 250, 300])
        if exc:
            write(
                f,
                s,
                tr(
                    lg,
                    f"Policy excess of {currency(lg)} {money(exc, lg)} paid by customer on "
                    "collection.",
                    f"Selbstbeteiligung {money(exc, lg)} EUR wurde vom Kunden bezahlt.",
                    f"Franchise de {money(exc, lg)} EUR reglee par le client.",
                ),
                0,
            )
        write(
            f,
            s,
            tr(
                lg,
                "Payment due within 30 days. Please quote the invoice number.",
                "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
                "Paiement a reception. Penalites de retard au taux legal, indemnite forfaitaire "
                "de 40 EUR.",
            ),
            s.size - 1,
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "This estimate is valid for 30 days and subject to hidden damage found on "
                "strip-down.",
                "Kostenvoranschlag unverbindlich; verdeckte Schaeden vorbehalten.",
                "Devis valable 3 mois, sous reserve de dommages caches au demontage. Bon pour "
                "accord :",
            ),
            s.size - 1,
        )
        if lg == "fr" and rng.random() < 0.5:
            f.need(40)
            f.y += 20
            sign(f.page, m + 20, f.y, c.holder)
            f.y += 20
    pages = close(f.pages, s, h)
    if rng.random() < 0.25:
        ff = sheets(
            s,
            None,
            f"{h.name} - "
            + tr(lg, "Terms and conditions", "Allgemeine Geschaeftsbedingungen", "CGV"),
        )
        caption(
            ff,
            s,
            tr(
                lg,
                "Terms and conditions of business",
                "Allgemeine Geschaeftsbedingungen",
                "Conditions generales de vente et de reparation",
            ),
            0.5,
        )
        small_print(ff, s, terms(rng, lg, rng.randint(8, 16)), cols=rng.choice([2, 3]), pt=6)
        pages += close(ff.pages, s, h, numbers="none")
    return pages


def tpl_repair_estimate(rng: random.Random, who: Issuer) -> list[Page]:
    """A garage's repair estimate for a damaged car, one or two pages, sometimes with its terms."""
    c = case_of(who, "repair_estimate", "motor")
    return garage_doc(rng, who, c, False)


def tpl_repair_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A garage's invoice for a car repaired under a claim, or a builder's invoice for the
    repair of a home."""
    c = case_of(who, "repair_invoice")
    if c.domain == "motor":
        return garage_doc(rng, who, c, True)
    return builder_doc(rng, who, c, True)


def builder_doc(rng: random.Random, who: Issuer, c: Case, invoice: bool) -> list[Page]:
    """A builder's schedule of works and estimate (room by room) or invoice for a household
    claim; the estimate sometimes with a terms page."""
    lg = c.lang
    h = head_of(who, "builder", lg)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = on_after(c, rng, 5 if not invoice else 30, 25 if not invoice else 120)
    no = serial(rng, "9999") if invoice else serial(rng, "Q-999")
    title = tr(
        lg,
        "Invoice" if invoice else "Schedule of Works and Estimate",
        "Rechnung" if invoice else "Angebot / Kostenschaetzung",
        "Facture" if invoice else "Devis descriptif et estimatif",
    )
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        holder_lines(c) if rng.random() < 0.6 else insurer_lines(lg),
        d,
        [
            (tr(lg, "Ref", "Nr.", "N."), no),
            (tr(lg, "Claim", "Schaden-Nr.", "Sinistre"), c.ref),
            (tr(lg, "Site", "Objekt", "Chantier"), c.street),
        ],
    )
    caption(f, s, title, 2)
    if not invoice:
        write(
            f,
            s,
            tr(
                lg,
                "Further to our visit, we are pleased to quote for the reinstatement works "
                f"following the {c.peril.lower()}.",
                "Bezugnehmend auf unsere Besichtigung bieten wir Ihnen die Sanierung nach "
                f"{c.peril} wie folgt an:",
                "Suite a notre visite, veuillez trouver notre devis pour la remise en etat "
                f"apres sinistre ({c.peril.lower()}).",
            ),
        )
    rooms = tr(
        lg,
        "Kitchen|Hallway|Bathroom|Lounge|Bedroom 1|Landing|Ceiling below|Roof",
        "Kueche|Flur|Bad|Wohnzimmer|Schlafzimmer|Treppenhaus|Decke EG|Dach",
        "Cuisine|Entree|Salle de bains|Sejour|Chambre 1|Palier|Plafond|Toiture",
    ).split("|")
    cols = columns(
        m,
        w - m,
        [(0.6, "left"), (4, "left"), (0.8, "right"), (0.6, "left"), (1, "right"), (1.1, "right")],
    )
    net = 0.0
    k = 0
    for room in rng.sample(rooms, rng.randint(1, 4) if invoice else rng.randint(2, 5)):
        f.heading(m, room, s.bold, s.size)
        rows = []
        for _ in range(rng.randint(2, 7)):
            k += 1
            q = round(rng.uniform(1, 40), 1)
            pr = rng.uniform(6, 95)
            net += q * pr
            rows.append(
                [
                    f"{k}",
                    words(rng, lg, rng.randint(4, 8))[:-1],
                    f"{q:g}",
                    rng.choice(
                        ["m2", "m", tr(lg, "nr", "Stk", "u"), tr(lg, "item", "psch", "ens")]
                    ),
                    money(pr, lg),
                    money(q * pr, lg),
                ]
            )
        table(
            f,
            cols,
            [
                "",
                tr(lg, "Description", "Leistung", "Designation"),
                tr(lg, "Qty", "Menge", "Qte"),
                "",
                tr(lg, "Rate", "EP", "PU"),
                tr(lg, "Total", "GP", "Total"),
            ],
            rows,
            s,
            size=s.size - 1.5,
        )
    vat = 0.19 if lg == "de" else (0.1 if lg == "fr" else 0.2)
    f.need(70)
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [
                (tr(lg, "Subtotal", "Netto", "Total HT"), money(net, lg)),
                (tr(lg, "VAT 20%", "MwSt. 19 %", "TVA 10 %"), money(net * vat, lg)),
                (
                    tr(lg, "Total", "Gesamt", "Total TTC"),
                    f"{currency(lg)} {money(net * (1 + vat), lg)}",
                ),
            ],
            w - m,
        )
        + 6
    )
    write(f, s, prose(rng, lg, 1, 2), s.size - 1)
    pages = close(f.pages, s, h)
    if not invoice and rng.random() < 0.35:
        ff = sheets(s, None, f"{h.name} - {tr(lg, 'Terms', 'AGB', 'CGV')}")
        caption(
            ff,
            s,
            tr(
                lg,
                "Terms and conditions",
                "Allgemeine Geschaeftsbedingungen",
                "Conditions generales",
            ),
            0.5,
        )
        small_print(ff, s, terms(rng, lg, rng.randint(8, 14)), pt=6.2)
        pages += close(ff.pages, s, h, numbers="none")
    return pages


def tpl_builder_estimate(rng: random.Random, who: Issuer) -> list[Page]:
    """A builder's schedule of works and estimate for the repair of a home after a claim,
    room by room, sometimes with its terms page."""
    c = case_of(who, "builder_estimate", "home")
    return builder_doc(rng, who, c, False)


def tpl_towing_slip(rng: random.Random, who: Issuer) -> list[Page]:
    """A recovery firm's job sheet / receipt on a narrow slip or A5: job number, vehicle, from
    and to, charges, the driver's and customer's signatures."""
    c = case_of(who, "towing_slip", "motor")
    lg = c.lang
    h = head_of(who, "towing", lg)
    r = seeded(who, "slip")
    size = r.choice([(80 * MM, 200 * MM), (100 * MM, 210 * MM), A5])
    w, hh = size
    s = style_of(h, size, margin=14 if w < 300 else 26, pt=7.5)
    m = s.margin
    p = Page(size)
    y = 24.0
    pt = shrink(h.name, "Helvetica-Bold", 10, w - 2 * m)
    p.text(w / 2, y, h.name, "Helvetica-Bold", pt, "center")
    p.text(
        w / 2,
        y + 10,
        fit(f"{h.street}, {h.town}", "Helvetica", 6, w - 2 * m),
        "Helvetica",
        6,
        "center",
    )
    p.text(w / 2, y + 18, f"24h: {h.phone}", "Helvetica-Bold", 7, "center")
    p.line(m, y + 24, w - m, y + 24)
    y += 40
    p.text(
        m,
        y,
        tr(lg, "RECOVERY JOB SHEET", "ABSCHLEPPAUFTRAG / QUITTUNG", "BON DE REMORQUAGE"),
        "Helvetica-Bold",
        9,
    )
    p.text(w - m, y, serial(rng, "N. 99999"), "Courier-Bold", 9, "right")
    y += 14
    items = [
        (tr(lg, "Date", "Datum", "Date"), date_text(c.loss, lg, "short")),
        (tr(lg, "Called", "Auftrag", "Appel"), f"{rng.randint(6, 23)}:{rng.randint(0, 59):02d}"),
        (tr(lg, "Reg", "Kennz.", "Immat."), c.reg),
        (tr(lg, "Make", "Fabrikat", "Marque"), c.vehicle.split()[0]),
        (tr(lg, "From", "Von", "De"), house(rng, lg)),
        (tr(lg, "To", "Nach", "A"), head_of(who, "garage", lg).name),
        (tr(lg, "Miles", "km", "km"), str(rng.randint(3, 45))),
        (tr(lg, "Police ref", "Polizei", "PV"), serial(rng, "9999") if rng.random() < 0.4 else ""),
    ]
    per = 1 if w < 300 else 2
    y = fields(p, s, m, y, w - 2 * m, items, per=per, tall=22)
    lines = [
        (tr(lg, "Call-out", "Anfahrt", "Deplacement"), rng.uniform(60, 150)),
        (tr(lg, "Recovery", "Abschleppen", "Remorquage"), rng.uniform(90, 260)),
        (tr(lg, "Storage (days)", "Standgeld", "Gardiennage"), rng.uniform(0, 120)),
    ]
    tot = 0.0
    for t, v in lines:
        p.text(m, y, t, "Helvetica", 7.5)
        p.text(w - m, y, money(v, lg), HAND, 9, "right")
        tot += v
        y += 13
    p.line(m, y - 6, w - m, y - 6)
    p.text(
        m, y + 4, tr(lg, "TOTAL incl. VAT", "GESAMT inkl. MwSt.", "TOTAL TTC"), "Helvetica-Bold", 8
    )
    p.text(w - m, y + 4, money(tot, lg), HAND, 10, "right")
    y += 22
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Cash|Card|Account|Insurer",
            "bar|EC|Rechnung|Versicherung",
            "especes|CB|compte|assurance",
        ).split("|"),
        {rng.randint(0, 3)},
        7,
    )
    y += 34
    for lab, nm in (
        (tr(lg, "Driver", "Fahrer", "Chauffeur"), rng.choice(PEOPLE[lg])),
        (tr(lg, "Customer", "Kunde", "Client"), c.holder),
    ):
        sign(p, m + 4, y, nm, 11)
        p.line(m, y + 3, w - m, y + 3)
        p.text(m, y + 11, lab, "Helvetica", 6)
        y += 34
    if hh - y > 40:
        p.text(
            w / 2,
            hh - 16,
            fit(
                tr(
                    lg,
                    "Vehicles are carried at owner's risk.",
                    "Es gelten unsere AGB.",
                    "Conditions au verso.",
                ),
                "Helvetica",
                5.5,
                w - 2 * m,
            ),
            "Helvetica",
            5.5,
            "center",
        )
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates Z: police, doctors, brokers, third parties
# ---------------------------------------------------------------------------------------------


def tpl_police_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A police paper: a collision report extract or a crime reference letter (England), a
    Bescheinigung ueber die Aufnahme eines Verkehrsunfalls or an Anzeigenbestaetigung
    (Germany), a recepisse de depot de plainte or a proces-verbal extract (France); one or
    two pages, the later one a table of the parties involved."""
    c = case_of(who, "police_report")
    lg = c.lang
    h = head_of(who, "police", lg)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = on_after(c, rng, 0, 20)
    motor = c.domain == "motor"
    ref = serial(
        rng,
        tr(
            lg,
            "99/AAAAA/99 [99]" if not motor else "AAA/99/999999",
            "Tgb.-Nr. 999999/99",
            "PV n. 99999/00999/2024",
        ),
    )
    officer = f"{serial(rng, '9999')} {rng.choice(PEOPLE[lg]).split()[-1]}"
    if lg == "en":
        officer = f"{rng.choice(['PC', 'DC', 'PS'])} {officer}"
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        holder_lines(c),
        d,
        [
            (tr(lg, "Reference", "Vorgangsnummer", "Reference"), ref),
            (
                tr(lg, "Officer", "Sachbearbeitung", "Agent"),
                officer,
            ),
        ],
    )
    if motor:
        title = tr(
            lg,
            "Road Traffic Collision - Report Extract",
            "Bescheinigung ueber die Aufnahme eines Verkehrsunfalls",
            "Extrait de proces-verbal d'accident de la circulation",
        )
    else:
        title = tr(
            lg,
            "Crime Reference Number - Confirmation",
            "Anzeigenbestaetigung",
            "Recepisse de depot de plainte",
        )
    caption(f, s, title, 2)
    if motor:
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (
                        tr(lg, "Date and time", "Unfallzeit", "Date et heure"),
                        f"{date_text(c.loss, lg, 'short')} "
                        f"{rng.randint(6, 22)}:{rng.randint(0, 59):02d}",
                    ),
                    (tr(lg, "Location", "Unfallort", "Lieu"), f"{house(rng, lg)}, {c.town}"),
                    (
                        tr(lg, "Injuries", "Verletzte", "Blesses"),
                        tr(lg, "None reported", "keine", "neant")
                        if rng.random() < 0.7
                        else tr(lg, "Slight", "leicht verletzt: 1", "1 blesse leger"),
                    ),
                ],
                w * 0.75,
            )
            + 6
        )
        write(
            f,
            s,
            tr(
                lg,
                "The following details are released to the parties involved and their insurers "
                "under "
                "the Road Traffic Act 1988 s.170 and the Data Protection Act 2018.",
                "Die nachstehenden Angaben werden den Beteiligten zur Geltendmachung "
                "zivilrechtlicher "
                "Ansprueche mitgeteilt (Par. 34 Abs. 1 Nr. 1 StVO).",
                "Extrait delivre aux parties et a leurs assureurs en application de l'article R. "
                "155 du "
                "code de procedure penale.",
            ),
        )
        table_needed = True
    else:
        write(
            f,
            s,
            tr(
                lg,
                "This letter confirms that you reported a crime to West Midlands Police on "
                f"{date_text(d, lg, 'long')}. Please quote the reference number in any dealings "
                "with us or your insurer.",
                f"Hiermit wird bestaetigt, dass am {date_text(d, lg, 'short')} folgende "
                "Strafanzeige erstattet wurde: Einbruchdiebstahl / Sachbeschaedigung, Tatort "
                f"{c.street}, {c.town}, Tatzeit {date_text(c.loss, lg, 'short')}.",
                f"Nous soussigne, officier de police judiciaire, certifions que {bare(c.holder)} "
                f"a depose plainte le {date_text(d, lg, 'short')} pour des faits de vol par "
                f"effraction commis a {c.street}, {c.town}.",
            ),
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (
                        tr(lg, "Offence", "Delikt", "Infraction"),
                        tr(
                            lg,
                            "Burglary dwelling",
                            "Wohnungseinbruchdiebstahl (Par. 244 StGB)",
                            "Vol avec effraction",
                        ),
                    ),
                    (tr(lg, "Victim", "Geschaedigte/r", "Victime"), bare(c.holder)),
                    (
                        tr(lg, "Stolen property listed", "Stehlgut", "Objets declares"),
                        str(rng.randint(2, 14)),
                    ),
                ],
                w * 0.75,
            )
            + 6
        )
        table_needed = rng.random() < 0.3
    for _ in range(rng.randint(0, 2)):
        write(f, s, prose(rng, lg, 1, 3))
    if table_needed:
        if rng.random() < 0.5:
            f.new_page()
        caption(f, s, tr(lg, "Parties involved", "Beteiligte", "Parties en cause"), 1)
        cols = columns(
            m, w - m, [(0.5, "left"), (2, "left"), (2.4, "left"), (1.3, "left"), (2, "left")]
        )
        rows = []
        for k, nm in enumerate(
            [bare(c.holder), c.third, *([person(rng, lg, False)] if rng.random() < 0.4 else [])]
        ):
            rows.append(
                [
                    str(k + 1),
                    nm,
                    f"{house(rng, lg)}, {rng.choice(TOWNS[lg]).split(' ', 1)[-1]}",
                    serial(rng, rng.choice(VEHICLES[lg])[1]) if motor else "-",
                    rng.choice([x for x in ROLES["other_insurer"] if x[1] == lg])[0]
                    if motor
                    else "-",
                ]
            )
        table(
            f,
            cols,
            [
                "",
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Address", "Anschrift", "Adresse"),
                tr(lg, "Vehicle", "Kennz.", "Immat."),
                tr(lg, "Insurer", "Versicherer", "Assureur"),
            ],
            rows,
            s,
            size=s.size - 1.5,
            rules=True,
            step=2.2,
        )
    f.need(100)
    f.y += 44
    sign(f.page, m, f.y, rng.choice(PEOPLE[lg]))
    f.y += 12
    f.page.text(
        m,
        f.y,
        tr(lg, "for the Chief Constable", "Im Auftrag", "L'officier de police judiciaire"),
        s.font,
        s.size - 1,
    )
    if lg != "en":
        ww = 90
        f.page.rect(m + 190, f.y - 46, ww, ww * 0.6)
        f.page.rect(m + 193, f.y - 43, ww - 6, ww * 0.6 - 6)
        f.page.text(
            m + 190 + ww / 2,
            f.y - 16,
            tr(lg, "", "DIENSTSIEGEL", "CACHET"),
            "Helvetica-Bold",
            7,
            "center",
        )
    return close(f.pages, s, h)


def tpl_medical_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A doctor's certificate for an injured claimant on A5 or A4: findings, incapacity for
    work, the practice stamp and signature; the French certificat medical initial with its
    ITT."""
    c = case_of(who, "medical_certificate")
    lg = c.lang
    h = head_of(who, "doctor", lg)
    size = seeded(who, "med").choice([A5, A5, A4])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=9 if size == A5 else 0)
    w, _ = size
    m = s.margin
    d = on_after(c, rng, 0, 10)
    patient = c.third if rng.random() < 0.4 else bare(c.holder)
    f = sheets(s, h)
    caption(
        f, s, tr(lg, "MEDICAL CERTIFICATE", "AERZTLICHES ATTEST", "CERTIFICAT MEDICAL INITIAL"), 3
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Patient", "Patient/in", "Patient"), patient),
                (
                    tr(lg, "Date of birth", "geb. am", "Ne(e) le"),
                    date_text(
                        date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)),
                        lg,
                        "short",
                    ),
                ),
                (tr(lg, "Seen on", "Untersuchung am", "Examine le"), date_text(d, lg, "short")),
            ],
            w - m,
        )
        + 6
    )
    write(
        f,
        s,
        tr(
            lg,
            "I examined the above patient, who states that they were injured in an incident on "
            f"{date_text(c.loss, lg, 'long')}.",
            f"Der/die oben Genannte stellte sich am {date_text(d, lg, 'short')} in meiner Praxis "
            f"vor. Nach eigenen Angaben Unfall am {date_text(c.loss, lg, 'short')}.",
            "Je soussigne, docteur en medecine, certifie avoir examine ce jour le patient "
            "susnomme qui declare avoir ete victime d'un accident le "
            f"{date_text(c.loss, lg, 'short')}.",
        ),
    )
    findings = tr(
        lg,
        "Whiplash-associated disorder grade II|Contusion of left shoulder|Soft tissue injury "
        "lumbar spine|Abrasions to right forearm|Sprain of right wrist",
        "HWS-Distorsion (S13.4)|Prellung linke Schulter (S40.0)|Schuerfwunden Unterarm "
        "rechts|Distorsion Handgelenk rechts (S63.5)|LWS-Prellung (S30.0)",
        "Entorse cervicale benigne|Contusion de l'epaule gauche|Dermabrasions de l'avant-bras "
        "droit|Entorse du poignet droit|Lombalgies post-traumatiques",
    ).split("|")
    typed = rng.random() < 0.6
    for t in rng.sample(findings, rng.randint(1, 3)):
        f.need(14)
        f.page.text(
            m + 10, f.y, "- " + t, s.font if typed else HAND, s.size if typed else s.size + 0.5
        )
        f.y += s.size * 1.5
    f.y += 6
    days = rng.choice([3, 5, 7, 10, 14, 21])
    write(
        f,
        s,
        tr(
            lg,
            f"In my opinion the patient is unfit for work for {days} days from the date above.",
            "Arbeitsunfaehig voraussichtlich bis "
            f"{date_text(d + timedelta(days=days), lg, 'short')}. Das Attest wird auf Wunsch des "
            "Patienten zur Vorlage bei der Versicherung ausgestellt.",
            f"L'incapacite totale de travail (ITT) est fixee a {days} jours, sous reserve de "
            "complications. Certificat remis en main propre a l'interesse pour faire valoir ce "
            "que de droit.",
        ),
    )
    f.need(90)
    f.y += 10
    stamp_lines = [h.name[:30], h.street[:30], h.town[:30]]
    stamp(f.page, w - m - 170, f.y, stamp_lines)
    f.y += 34
    doc = rng.choice(DOCTORS[h.name])
    sign(f.page, m, f.y, doc)
    f.page.text(m, f.y + 12, f"{doc}, {date_text(d, lg, 'short')}", s.font, s.size - 1)
    return close(f.pages, s, h, numbers="none")


def tpl_broker_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A broker's letter to the claims department about a client's claim (notifying, chasing,
    disputing an offer), one or two pages, sometimes with a copy of a garage's estimate or a
    builder's invoice stapled behind it."""
    c = case_of(who, "broker_letter")
    lg = c.lang
    h = head_of(who, "broker", lg)
    s = style_of(h, LETTER if lg == "en" and seeded(who, "bl").random() < 0.3 else A4)
    _ = s.page_size
    m = s.margin
    d = on_after(c, rng, 2, 60)
    f = sheets(s, h, f"{h.name} - {bare(c.holder)}")
    recipient(
        f,
        s,
        h,
        insurer_lines(lg),
        d,
        [
            (tr(lg, "Your ref", "Ihr Zeichen", "V/Ref"), c.ref),
            (tr(lg, "Our ref", "Unser Zeichen", "N/Ref"), serial(rng, "AAA/9999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Our client: ", "Unser Mandant: ", "Notre client : ")
        + f"{bare(c.holder)} - {tr(lg, 'Policy', 'VS-Nr.', 'Contrat')} {c.policy}",
        1,
    )
    write(
        f,
        s,
        dear(lg, None)
        if rng.random() < 0.5
        else tr(
            lg, f"Dear {c.handler.split()[0]},", f"Guten Tag {c.handler},", "Madame, Monsieur,"
        ),
    )
    for _ in range(rng.randint(2, 6)):
        write(f, s, prose(rng, lg, 2, 5))
    copy = rng.random() < 0.35
    if copy:
        write(
            f,
            s,
            tr(
                lg,
                "We enclose a copy for your attention.",
                "Eine Kopie fuegen wir bei.",
                "Vous trouverez ci-joint copie de la piece.",
            ),
        )
    regards(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(lg, "Account Executive", "Kundenbetreuung Schaden", "Charge de clientele"),
        formal=False,
    )
    if copy:
        f.page.text(m, f.y, tr(lg, "Enc.", "Anlage", "P.J."), s.font, s.size - 1)
    pages = close(f.pages, s, h)
    if copy:
        extra = (
            garage_doc(rng, who, c, rng.random() < 0.4)
            if c.domain == "motor"
            else builder_doc(rng, who, c, rng.random() < 0.4)
        )
        extra = extra[: rng.randint(1, len(extra))]
        for p in extra:
            p.text(
                p.size[0] - 60,
                18,
                "COPY" if lg == "en" else tr(lg, "", "KOPIE", "COPIE"),
                "Helvetica-Bold",
                12,
            )
        pages += extra
    return pages


def tpl_third_party_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A third party's claim against the policyholder: a solicitor's letter of claim (with a
    schedule of special damages behind it now and then), or the other side's insurer's
    recovery claim with its outlay table."""
    c = case_of(who, "third_party_letter")
    lg = c.lang
    solicitor = rng.random() < 0.55
    h = head_of(who, "solicitor" if solicitor else "other_insurer", lg)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = on_after(c, rng, 10, 120)
    ours = serial(rng, tr(lg, "AAA/99999/9", "999/24 AA", "99.999/AA"))
    f = sheets(s, h, f"{h.name} - {ours}")
    recipient(
        f,
        s,
        h,
        insurer_lines(lg),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "N/Ref"), ours),
            (tr(lg, "Your insured", "Ihr VN", "Votre assure"), bare(c.holder)),
            (tr(lg, "Your ref", "Ihr Zeichen", "V/Ref"), c.ref if rng.random() < 0.6 else ""),
        ],
    )
    if solicitor:
        caption(
            f,
            s,
            tr(
                lg,
                f"Our client: {c.third} - Letter of Claim",
                f"Unfallsache {c.third} ./. {bare(c.holder)}",
                f"Affaire {c.third} c/ {bare(c.holder)}",
            ),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "We are instructed by the above named in connection with an accident on "
                f"{date_text(c.loss, lg, 'long')} caused by your insured. We hold your insured "
                "wholly responsible.",
                f"wir zeigen an, dass wir {c.third} anwaltlich vertreten. Ihr "
                f"Versicherungsnehmer hat den Unfall vom {date_text(c.loss, lg, 'short')} allein "
                "verschuldet; Vollmacht liegt bei.",
                f"J'interviens pour le compte de {c.third}, victime de l'accident du "
                f"{date_text(c.loss, lg, 'short')} dont votre assure est entierement responsable.",
            ),
        )
    else:
        caption(
            f,
            s,
            tr(lg, "Recovery of outlay", "Regressforderung", "Recours - demande de remboursement"),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"We have indemnified our policyholder {c.third} for the damage sustained on "
                f"{date_text(c.loss, lg, 'long')} and now seek recovery of our outlay from you.",
                f"wir haben unseren Versicherungsnehmer {c.third} fuer den Schaden vom "
                f"{date_text(c.loss, lg, 'short')} entschaedigt und nehmen Sie aus "
                "uebergegangenem Recht in Anspruch.",
                f"Nous avons indemnise notre assure {c.third} a la suite du sinistre du "
                f"{date_text(c.loss, lg, 'short')} et exercons notre recours a votre encontre.",
            ),
        )
    for _ in range(rng.randint(1, 4)):
        write(f, s, prose(rng, lg, 2, 4))
    heads = tr(
        lg,
        "Vehicle repairs|Hire charges|Recovery and storage|Loss of earnings|Medical "
        "expenses|Travel costs|Excess",
        "Reparaturkosten|Mietwagen|Abschleppkosten|Verdienstausfall|Heilbehandlung|Fahrtkosten|Kostenpauschale",
        "Reparations|Vehicule de location|Remorquage|Perte de revenus|Frais medicaux|Frais de "
        "deplacement|Franchise",
    ).split("|")
    rows = []
    tot = 0.0
    for t in rng.sample(heads, rng.randint(2, 6)):
        v = rng.uniform(25, 4800)
        tot += v
        rows.append([t, money(v, lg)])
    schedule = solicitor and rng.random() < 0.45
    if not schedule:
        cols = columns(m + 20, w - m - 40, [(3, "left"), (1, "right")])
        table(
            f,
            cols,
            [tr(lg, "Head of claim", "Position", "Poste"), currency(lg)],
            [*rows, [tr(lg, "Total", "Summe", "Total"), money(tot, lg)]],
            s,
            rules=True,
        )
        f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Please acknowledge receipt within 21 days and confirm your position on liability "
            "within three months, failing which proceedings may be issued without further "
            "notice.",
            f"Wir haben Sie zur Zahlung von {money(tot, lg)} EUR bis zum "
            f"{date_text(d + timedelta(days=14), lg, 'short')} aufzufordern.",
            "Nous vous remercions de nous faire connaitre votre position sous quinzaine, et au "
            f"plus tard le {date_text(d + timedelta(days=15), lg, 'short')}.",
        ),
    )
    regards(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(
            lg,
            "Solicitor" if solicitor else "Recoveries Officer",
            "Rechtsanwalt" if solicitor else "Regressabteilung",
            "Avocat au Barreau" if solicitor else "Service Recours",
        ),
    )
    pages = close(f.pages, s, h)
    if schedule:
        ff = sheets(
            s,
            None,
            f"{c.third} - "
            + tr(lg, "Schedule of special damages", "Forderungsaufstellung", "Etat des prejudices"),
        )
        caption(
            ff,
            s,
            tr(lg, "SCHEDULE OF SPECIAL DAMAGES", "FORDERUNGSAUFSTELLUNG", "ETAT DES PREJUDICES"),
            2,
            rule=True,
        )
        ff.y = (
            pairs(
                ff.page,
                s,
                m,
                ff.y,
                [
                    (tr(lg, "Claimant", "Anspruchsteller", "Victime"), c.third),
                    (tr(lg, "Defendant", "Anspruchsgegner", "Responsable"), bare(c.holder)),
                    (
                        tr(lg, "Date of accident", "Unfalltag", "Date de l'accident"),
                        date_text(c.loss, lg, "short"),
                    ),
                ],
                w * 0.7,
            )
            + 8
        )
        cols = columns(m, w - m, [(1.3, "left"), (3.5, "left"), (1.2, "right")])
        detail = []
        for t, v in rows:
            for _ in range(rng.randint(1, 5)):
                detail.append(
                    [
                        date_text(c.loss + timedelta(days=rng.randint(0, 60)), lg, "short"),
                        f"{t} - {words(rng, lg, 3)[:-1].lower()}",
                        money(
                            float(v.replace(",", "").replace(".", "").replace(" ", ""))
                            / 100
                            / rng.randint(1, 4),
                            lg,
                        ),
                    ]
                )
        table(
            ff,
            cols,
            [tr(lg, "Date", "Datum", "Date"), tr(lg, "Item", "Position", "Poste"), currency(lg)],
            detail,
            s,
            size=s.size - 1.5,
        )
        ff.y += 10
        truth = tr(
            lg,
            "Statement of truth: the claimant believes the facts stated in this schedule are true.",
            "Die Belege werden im Original nachgereicht.",
            "Justificatifs en annexe.",
        )
        ff.page.text(m, ff.y, truth, s.font, s.size - 1.5)
        pages += close(ff.pages, s, h, numbers="none")
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_Z: dict[str, Template] = {
    "claim_form": tpl_claim_form,
    "accident_statement": tpl_accident_statement,
    "witness_statement": tpl_witness_statement,
    "damage_photos": tpl_damage_photos,
    "discharge_form": tpl_discharge_form,
    "acknowledgement": tpl_acknowledgement,
    "settlement_letter": tpl_settlement_letter,
    "payment_advice": tpl_payment_advice,
    "renewal_notice": tpl_renewal_notice,
    "policy_schedule": tpl_policy_schedule,
    "adjuster_report": tpl_adjuster_report,
    "engineer_report": tpl_engineer_report,
    "repair_estimate": tpl_repair_estimate,
    "repair_invoice": tpl_repair_invoice,
    "builder_estimate": tpl_builder_estimate,
    "towing_slip": tpl_towing_slip,
    "police_report": tpl_police_report,
    "medical_certificate": tpl_medical_certificate,
    "broker_letter": tpl_broker_letter,
    "third_party_letter": tpl_third_party_letter,
}
#: One-page kinds that a day's post often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "acknowledgement",
    "renewal_notice",
    "payment_advice",
    "repair_invoice",
    "towing_slip",
)
#: A kind often followed by a related paper about the same claim from another sender.
FOLLOWS = {
    "claim_form": "acknowledgement",
    "towing_slip": "repair_estimate",
    "repair_estimate": "engineer_report",
    "engineer_report": "repair_invoice",
    "adjuster_report": "settlement_letter",
    "settlement_letter": "discharge_form",
    "police_report": "witness_statement",
    "third_party_letter": "accident_statement",
    "builder_estimate": "damage_photos",
    "broker_letter": "claim_form",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_coffer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One day's claims post: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.5) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    country of the claims office (England, Germany or France) and its insurer are drawn once
    per stream."""
    OFFICE["lang"] = rng.choice(["en", "en", "de", "de", "fr"])
    OFFICE["insurer"] = {lg: rng.choice(rows) for lg, rows in sorted(INSURERS.items())}
    OFFICE["calls"] = {}
    OFFICE["last"] = {}
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_Z, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_coffer_stream, "templates Z")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

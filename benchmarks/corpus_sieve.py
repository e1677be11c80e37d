"""Sieve part of the generated corpus: templates CCCC, written blind for the next measurement.

A part of its own, ``sieve``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
pest control company (the owner, four technicians and an office administrator, four vans; in
England, Germany or France) feeds through its scanner in a month: the company's service
contracts with restaurants, food factories and housing associations (Dienstleistungsvertrag
Schädlingsmonitoring, contrat de prestation 3D) with the site schedule, the numbered
conditions, a landscape visit calendar now and then and the signature page, returned signed;
its site survey reports with the pest risk assessment matrix and a photo sheet; its routine
visit reports with the bait station table, the station map of the site and now and then a
landscape trend table; its emergency call-out job sheets, A5 carbon sets filled in by hand;
its treatment certificates (bed bug heat treatment, cockroach treatment, Bescheinigung über
die durchgeführte Schädlingsbekämpfung, attestation de désinsectisation) for the flats of a
housing association's block; its quotations for bird proofing, wasp nest removal and proofing
works with the specification, the terms and an acceptance slip; the customers' acceptances (the
returned slip, a purchase order or a printed e-mail); the company's completion reports of
proofing works with before and after photographs; rodenticide and insecticide suppliers'
invoices and their delivery notes with the manufacturers' safety data sheets behind; the
training bodies' certificates for the technicians (RSPH / BPCA Level 2 Award, CRRU rodenticide
certificate, Sachkundenachweis nach GefStoffV, Certibiocide), landscape, now and then behind
a covering letter; the fleet insurer's renewal with the schedule, the vehicle list and the
certificate of motor insurance; fuel card invoices with the transactions per card; hazardous
waste consignment notes (HWCN, Übernahmeschein, BSDD Cerfa 12571); local authority contracts
for pest control in public buildings (call-off contract, Vertrag der Stadt, marché public with
the acte d'engagement and the bordereau des prix); local authorities' notices requiring rodent
treatment (Prevention of Damage by Pests Act notice, ordnungsbehördliche Verfügung, arrêté
municipal) with the covering letter and the appeal information; tenants' complaint letters,
some forwarded by their housing association with a compliments slip, and the company's
replies; food factories' supplier approval questionnaires filled in by the company; the
company's credit control reminders with the open items. Each stream is one company's pile:
the company (country, name, month) is drawn once per stream; its outside senders are of the
company's country and write in its language, except that suppliers, training bodies and
food factory customers are now and then from abroad and write in their own. Page sizes range
from compliments slips and A5 job sheets to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
site schedule, conditions, visit calendar and signature page of a service contract; the risk
matrix and the photo sheet of a survey report; the station map and trend table of a visit
report; the terms printed on the back of a job sheet; the specification, terms and acceptance
slip of a quotation; the photo page of a completion report; the manufacturers' safety data
sheets that came with a delivery note (they are another firm's paper, yet they came in the
same envelope and are filed with it); the covering letter of a technician's certificate (with
the first certificate it covers); the covering letter, schedule, vehicle list and certificate
of a fleet insurance renewal; every page of a fuel card invoice; the continuation sheet of a
consignment note; the schedules and signature pages of a council contract; the covering letter
and the appeal page of a council notice; the compliments slip that forwards a tenant's letter
with that letter; every page of a questionnaire; the open items list of a reminder. Related
papers are documents of their own: the service contract after the survey report, the
customer's acceptance after the quotation, the completion report after the acceptance, the
supplier's invoice after the delivery note, the company's reply after a complaint, the
quotation after a council notice, the treatment certificate after a call-out job sheet; and so
is each visit report, job sheet, invoice, certificate, consignment note and reminder of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: visit reports, call-out job sheets,
supplier invoices, technicians' certificates, consignment notes, reminders, fuel card invoices
and treatment certificates often come 2-4 in a row from one sender with other customers,
dates, numbers and amounts; and companions: each related paper above often follows the
document it answers, about the same customer and job. Drawn with ``corpus.draw_pdf``, scanned
with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "sieve"``
and seeds offset by 8_000_000.

Usage: ``python benchmarks/corpus_sieve.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/sieve/sieve_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    Flow,
    band,
    box,
    caption,
    cash,
    columns,
    dear,
    fields,
    fit,
    foot_and_number,
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
from corpus_kit import date_text as kit_date

PART = "sieve"
SEED_OFFSET = 8_000_000

MM = 72 / 25.4
A5L = landscape(A5)
A4L = landscape(A4)
COMP_SLIP = (210 * MM, 99 * MM)  # a DL compliments slip

# ---------------------------------------------------------------------------------------------
# Who writes: the company and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[Row]] = {
    "en": [
        ("Hawkshaw Pest Control Ltd", "Unit 4, Tanners Yard", "Wakefield WF1 2TP", "01924 377 410"),
        ("Greenfield Pest Solutions", "12 Station Road", "Swindon SN1 1EG", "01793 610 255"),
        (
            "Castle Environmental Services Ltd",
            "Unit 9, Riverside Park",
            "Norwich NR1 1SQ",
            "01603 763 900",
        ),
    ],
    "de": [
        (
            "Schädlingsbekämpfung Keller GmbH",
            "Gewerbering 14",
            "45478 Mülheim an der Ruhr",
            "0208 59 41 70",
        ),
        ("Hygieneschutz Brandt e.K.", "Am Bahnhof 7", "93047 Regensburg", "0941 46 38 20"),
        (
            "Nordschutz Schädlingsmanagement GmbH",
            "Grapengießerstraße 22",
            "23552 Lübeck",
            "0451 70 29 88",
        ),
    ],
    "fr": [
        ("Hygiène Services Dauphiné SARL", "14 rue des Alliés", "38100 Grenoble", "04 76 09 22 41"),
        (
            "Ouest 3D Dératisation",
            "ZA de la Lande, 5 rue Gutenberg",
            "44800 Saint-Herblain",
            "02 40 63 18 90",
        ),
        ("Anjou Nuisibles SAS", "22 boulevard Foch", "49100 Angers", "02 41 88 53 07"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "restaurant": {
        "en": [
            ("The Old Bell Inn", "Market Place", "Pontefract WF8 1AX", "01977 702 118"),
            ("Mumtaz Tandoori Restaurant", "88 Westgate", "Wakefield WF1 1XR", ""),
            ("Luigi's Trattoria", "5 Regent Street", "Swindon SN1 1JL", "01793 522 940"),
            ("The Riverside Kitchen", "Quayside", "Norwich NR1 1QA", ""),
            ("Golden Dragon Cantonese", "17 Prince of Wales Rd", "Norwich NR1 1BD", ""),
        ],
        "de": [
            ("Gasthaus Zur Linde", "Kirchplatz 3", "45468 Mülheim an der Ruhr", "0208 38 11 02"),
            ("Ristorante Da Marco", "Schloßstraße 19", "45468 Mülheim an der Ruhr", ""),
            ("Brauereigaststätte Kneitinger", "Arnulfsplatz 3", "93047 Regensburg", ""),
            ("Asia-Restaurant Lotus", "Holstenstraße 40", "23552 Lübeck", "0451 79 60 31"),
            ("Fischhaus am Hafen", "An der Untertrave 66", "23552 Lübeck", ""),
        ],
        "fr": [
            ("Brasserie du Lycée", "3 place Grenette", "38000 Grenoble", "04 76 46 08 12"),
            ("Restaurant Le Petit Bouchon", "12 rue Saint-Laurent", "38000 Grenoble", ""),
            ("Crêperie La Bigoudène", "7 rue de la Juiverie", "44000 Nantes", ""),
            ("Le Relais d'Anjou", "41 rue Plantagenêt", "49100 Angers", "02 41 87 33 61"),
            ("Sushi Kyo", "9 rue Lenepveu", "49100 Angers", ""),
        ],
    },
    "factory": {
        "en": [
            ("Yorkshire Crisp Company Ltd", "Calder Park", "Wakefield WF2 7AA", "01924 250 600"),
            ("Pennine Bakeries Ltd", "Bradford Road", "Batley WF17 5LW", "01924 440 020"),
            ("Wiltshire Cured Meats Ltd", "Bath Road Industrial Estate", "Chippenham SN14 0AB", ""),
            ("Broadland Grain & Feeds Ltd", "Mill Lane", "Acle NR13 3AS", "01493 750 400"),
        ],
        "de": [
            ("Ruhrtal Backwaren GmbH", "Weseler Straße 210", "45478 Mülheim an der Ruhr", ""),
            ("Donau Teigwaren KG", "Straubinger Straße 55", "93055 Regensburg", "0941 79 90 0"),
            ("Hanse Feinkost GmbH & Co. KG", "Roggenhorster Straße 7", "23556 Lübeck", ""),
            ("Mühle Obermaier GmbH", "Mühlweg 2", "93128 Regenstauf", "09402 93 80 0"),
        ],
        "fr": [
            ("Biscuiterie des Alpes SAS", "ZI de Saint-Martin", "38400 Saint-Martin-d'Hères", ""),
            ("Conserverie Atlantique SA", "Quai de la Fosse", "44000 Nantes", "02 40 73 11 50"),
            ("Minoterie Bodin", "Route de Saumur", "49400 Distré", ""),
            ("Charcuterie Dauphinoise SARL", "ZA des Iles", "38120 Saint-Égrève", ""),
        ],
    },
    "housing": {
        "en": [
            ("Calder Valley Homes", "Trinity House, Teall Street", "Wakefield WF1 1QL", ""),
            ("Moorside Housing Trust", "2 Kirkgate", "Wakefield WF1 1HT", "0345 601 0000"),
            ("Thamesdown Housing Association", "Euclid Street", "Swindon SN1 2JW", ""),
            ("Broadland Homes Partnership", "Carrow House", "Norwich NR1 2DD", ""),
        ],
        "de": [
            ("SWB Service- und Wohnungsbau GmbH", "Bahnstraße 29", "45468 Mülheim", ""),
            ("Stadtbau-GmbH Regensburg", "Johann-Hösl-Straße 11", "93053 Regensburg", ""),
            (
                "Neue Lübecker Wohnungsbaugenossenschaft eG",
                "Fackenburger Allee 11",
                "23554 Lübeck",
                "",
            ),
            ("Wohnungsgenossenschaft Ruhrblick eG", "Eppinghofer Straße 50", "45468 Mülheim", ""),
        ],
        "fr": [
            ("Grenoble Habitat", "4 rue Frédéric Taulier", "38000 Grenoble", ""),
            ("Nantes Métropole Habitat", "26 place Rosa Parks", "44000 Nantes", ""),
            ("Angers Loire Habitat", "4 rue de la Rame", "49100 Angers", "02 41 81 68 00"),
            (
                "Syndic Foncia Isère - Résidence Les Tilleuls",
                "8 cours Berriat",
                "38000 Grenoble",
                "",
            ),
        ],
    },
    "supplier": {
        "en": [
            (
                "Barrett Pest Supplies Ltd",
                "Trinity Park, Gelderd Road",
                "Leeds LS11 9BZ",
                "0113 277 0011",
            ),
            ("PestPro Distribution Ltd", "Unit 12, Hellaby Park", "Rotherham S66 8HR", ""),
            ("Agrivet Professional Products", "Station Yard", "Diss IP22 4HN", "01379 650 300"),
        ],
        "de": [
            ("Hygienebedarf Sauer GmbH", "Otto-Hahn-Straße 8", "59423 Unna", "02303 25 40 0"),
            ("Biozid-Handel Rhein-Main GmbH", "Hanauer Landstraße 291", "60314 Frankfurt", ""),
            ("SBV Schädlingsbekämpfungsbedarf Süd", "Industriestraße 17", "85551 Kirchheim", ""),
        ],
        "fr": [
            (
                "Hygiena Distribution SAS",
                "ZAC du Parc, 2 allée Lavoisier",
                "69800 Saint-Priest",
                "",
            ),
            ("Biocidal Ouest SARL", "11 rue de l'Océan", "44470 Carquefou", "02 40 52 77 10"),
            ("Pro-Nuisibles Diffusion", "ZI Les Milans", "13700 Marignane", ""),
        ],
    },
    "maker": {
        "en": [("Corvex Biocides plc", "Birchwood Science Park", "Warrington WA3 7QH", "")],
        "de": [("Rodentis Chemie GmbH", "Chemiepark, Tor 4", "06749 Bitterfeld-Wolfen", "")],
        "fr": [("Laboratoires Nuisitec SA", "Parc d'activités du Forum", "31400 Toulouse", "")],
    },
    "trainer": {
        "en": [
            ("Pest Management Academy", "Lakeside House, Mere Way", "Derby DE74 2NS", ""),
            ("Northern Pest Training Centre", "Innovation Centre", "Sheffield S1 4DP", ""),
        ],
        "de": [
            ("Akademie Schädlingsbekämpfung Nord e.V.", "Rennbahnstraße 31", "22111 Hamburg", ""),
            ("IHK-Bildungszentrum Schädlingsbekämpfung", "Ludwigstraße 2", "93047 Regensburg", ""),
        ],
        "fr": [
            ("Centre de Formation Nuisibles et Hygiène", "6 rue Paul Bert", "69003 Lyon", ""),
            ("Institut des Métiers de la 3D", "18 avenue Jean Jaurès", "49000 Angers", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Ridgeway Fleet Insurance Brokers Ltd", "40 Bank Street", "Sheffield S1 2DS", ""),
            ("Harbour Mutual Motor", "Harbour House, The Quay", "Bristol BS1 4HQ", ""),
        ],
        "de": [
            ("Westfälische Provinzial Versicherung AG", "Provinzial-Allee 1", "48159 Münster", ""),
            ("HANSA Kfz-Versicherungsdienst", "Große Burgstraße 4", "23552 Lübeck", ""),
        ],
        "fr": [
            ("Mutuelle de l'Artisan - Flottes", "12 rue de la Gare", "38000 Grenoble", ""),
            ("Cabinet Rivière Courtage", "3 quai de Versailles", "44000 Nantes", ""),
        ],
    },
    "fuel": {
        "en": [("Keyfuels Fleet Cards Ltd", "PO Box 44", "Chester CH1 4LT", "0345 070 0600")],
        "de": [("TankPlus Flottenkarten GmbH", "Balcke-Dürr-Allee 2", "40882 Ratingen", "")],
        "fr": [("Carte Pro Carburant SAS", "Tour Europa, 92 bd Pasteur", "75015 Paris", "")],
    },
    "waste": {
        "en": [
            ("Yorkshire Hazwaste Ltd", "Navigation Road", "Castleford WF10 5PB", "01977 552 900"),
            ("Anglia Chemical Waste Services", "Hethel Road", "Norwich NR14 8FB", ""),
        ],
        "de": [
            ("Remondis Industrie Service GmbH", "Brunnenstraße 138", "44536 Lünen", ""),
            ("Sonderabfall Süd GmbH", "Hafenstraße 20", "93055 Regensburg", ""),
        ],
        "fr": [
            ("Sarp Industries Ouest", "Route du Port", "44550 Montoir-de-Bretagne", ""),
            ("Alpes Déchets Spéciaux SARL", "ZI de l'Argentière", "38170 Seyssinet", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Wakefield Council - Environmental Health",
                "Town Hall, Wood Street",
                "Wakefield WF1 2HQ",
                "",
            ),
            (
                "Swindon Borough Council - Public Protection",
                "Civic Offices, Euclid St",
                "Swindon SN1 2JH",
                "",
            ),
            (
                "Norwich City Council - Environmental Protection",
                "City Hall, St Peters St",
                "Norwich NR2 1NH",
                "",
            ),
        ],
        "de": [
            ("Stadt Mülheim an der Ruhr - Ordnungsamt", "Ruhrstraße 32-34", "45468 Mülheim", ""),
            (
                "Stadt Regensburg - Amt für öffentliche Ordnung",
                "D.-Martin-Luther-Str. 1",
                "93047 Regensburg",
                "",
            ),
            ("Hansestadt Lübeck - Bereich Gesundheit", "Sophienstraße 2-8", "23560 Lübeck", ""),
        ],
        "fr": [
            (
                "Ville de Grenoble - Service communal d'hygiène et de santé",
                "11 bd Jean Pain",
                "38000 Grenoble",
                "",
            ),
            (
                "Ville de Nantes - Direction de la santé publique",
                "2 rue de l'Hôtel de Ville",
                "44000 Nantes",
                "",
            ),
            (
                "Ville d'Angers - Service santé environnement",
                "Boulevard de la Résistance",
                "49100 Angers",
                "",
            ),
        ],
    },
}
CUSTOMER_ROLES = ("restaurant", "factory", "housing")

FIRSTS = {
    "en": [
        "Gary",
        "Karen",
        "Darren",
        "Michelle",
        "Stuart",
        "Joanne",
        "Lee",
        "Amanda",
        "Paul",
        "Dean",
        "Claire",
        "Wayne",
        "Lisa",
        "Craig",
        "Rachel",
        "Shaun",
    ],
    "de": [
        "Jürgen",
        "Sabine",
        "Dirk",
        "Petra",
        "Frank",
        "Nicole",
        "Sven",
        "Anja",
        "Ralf",
        "Heike",
        "Timo",
        "Claudia",
        "Marco",
        "Birgit",
        "Holger",
        "Tanja",
    ],
    "fr": [
        "Thierry",
        "Sylvie",
        "Pascal",
        "Isabelle",
        "Franck",
        "Nadia",
        "Cédric",
        "Laure",
        "Karim",
        "Valérie",
        "Ludovic",
        "Sandrine",
        "Yannick",
        "Céline",
        "Mickaël",
    ],
}
LASTS = {
    "en": [
        "Barraclough",
        "Sutcliffe",
        "Hussain",
        "Greenwood",
        "Atkinson",
        "Pickles",
        "Doyle",
        "Firth",
        "Kaur",
        "Walsh",
        "Hebden",
        "Marsden",
        "Lodge",
        "Begum",
        "Crowther",
    ],
    "de": [
        "Krause",
        "Wagner",
        "Schulte",
        "Özdemir",
        "Brinkmann",
        "Hoffmann",
        "Lange",
        "Pohl",
        "Kaminski",
        "Thiele",
        "Huber",
        "Gruber",
        "Petersen",
        "Winkler",
        "Arslan",
    ],
    "fr": [
        "Bertrand",
        "Michaud",
        "Guillot",
        "Lemoine",
        "Haddad",
        "Carré",
        "Renaud",
        "Blanc",
        "Le Goff",
        "Garnier",
        "Boyer",
        "Mercier",
        "Ferreira",
        "Cordier",
        "Brunet",
    ],
}
FEMALE = {"Karen", "Michelle", "Joanne", "Amanda", "Claire", "Lisa", "Rachel"}
FEMALE |= {"Sabine", "Petra", "Nicole", "Anja", "Heike", "Claudia", "Birgit", "Tanja"}
FEMALE |= {"Sylvie", "Isabelle", "Nadia", "Laure", "Valérie", "Sandrine", "Céline"}
ROADS = {
    "en": ["Chantry Close", "Elm Tree Court", "Priory Walk", "Orchard House", "Canal View"],
    "de": ["Eppinghofer Straße", "Hans-Sachs-Ring", "Kaiserstraße", "Moislinger Allee"],
    "fr": ["rue des Eaux-Claires", "avenue Jean Perrot", "rue de la Mutualité", "allée Bouin"],
}

PESTS = {
    "en": ["Rats", "Mice", "Cockroaches", "Bed bugs", "Wasps", "Flies", "Birds", "Ants", "SPI"],
    "de": [
        "Ratten",
        "Mäuse",
        "Schaben",
        "Bettwanzen",
        "Wespen",
        "Fliegen",
        "Tauben",
        "Ameisen",
        "Vorratsschädlinge",
    ],
    "fr": [
        "Rats",
        "Souris",
        "Blattes",
        "Punaises de lit",
        "Guêpes",
        "Mouches",
        "Pigeons",
        "Fourmis",
        "Insectes des denrées",
    ],
}

TALK = {
    "en": {
        "pest": "rodent activity droppings gnawing bait stations monitoring proofing gaps "
        "door seals drains harbourage hygiene waste storage infestation treatment inspection "
        "trap insect screening",
        "legal": "contractor client services agreement term notice termination liability "
        "insurance schedule visits charges invoice access premises obligations records",
        "money": "invoice payment account balance due amount reference remittance overdue "
        "statement credit terms settlement",
        "safety": "exposure ventilation gloves eye protection skin contact inhalation ingestion "
        "first aid spillage disposal storage container label precautionary",
    },
    "de": {
        "pest": "Befall Nagerspuren Kot Fraßspuren Köderstationen Monitoring Abdichtung Spalten "
        "Türdichtungen Abwasser Unterschlupf Hygiene Abfall Bekämpfung Kontrolle Falle Gitter",
        "legal": "Auftragnehmer Auftraggeber Leistungen Vertrag Laufzeit Kündigung Haftung "
        "Versicherung Leistungsverzeichnis Kontrollen Vergütung Rechnung Zutritt Pflichten",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "offen Mahnung Gutschrift Zahlungsziel Ausgleich",
        "safety": "Exposition Lüftung Schutzhandschuhe Augenschutz Hautkontakt Einatmen "
        "Verschlucken Erste Hilfe Verschüttung Entsorgung Lagerung Behälter Kennzeichnung",
    },
    "fr": {
        "pest": "activité rongeurs déjections traces postes d'appâtage surveillance calfeutrage "
        "joints portes siphons hygiène déchets infestation traitement contrôle piège grillage",
        "legal": "prestataire client prestations contrat durée résiliation préavis "
        "responsabilité assurance annexe passages tarifs facture accès locaux obligations",
        "money": "facture paiement compte solde échéance montant référence virement impayé "
        "relevé avoir règlement pénalités",
        "safety": "exposition ventilation gants protection oculaire contact cutané inhalation "
        "ingestion premiers secours déversement élimination stockage récipient étiquetage",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "pest", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "pest", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The company of a stream, and what the previous document was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Job:
    """A customer's job as a companion takes it up: customer, site, pest, reference, price."""

    cust: Row
    lang: str
    role: str
    site: str
    pest: int
    ref: str
    price: float
    tech: str
    extra: dict[str, object] = field(default_factory=dict)


LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a repeat keeps its
    sender."""
    text = f"sieve/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    while d.weekday() > 5:
        d += timedelta(days=1)
    return d


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def office_row() -> Row:
    return OFFICES[home()][int(OFFICE["row"])]  # type: ignore[call-overload]


def office_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"sieve/office/{key}/{OFFICE['seed']}".encode()))


def technicians() -> list[str]:
    r = office_rng("techs")
    lg = home()
    firsts = r.sample(FIRSTS[lg], 4)
    return [f"{f} {r.choice(LASTS[lg])}" for f in firsts]


def boss() -> str:
    r = office_rng("boss")
    return f"{r.choice(FIRSTS[home()])} {r.choice(LASTS[home()])}"


def admin() -> str:
    r = office_rng("admin")
    lg = home()
    return f"{r.choice([x for x in FIRSTS[lg] if x in FEMALE])} {r.choice(LASTS[lg])}"


def vans(n: int = 4) -> list[str]:
    r = office_rng("vans")
    lg = home()
    out = []
    for _ in range(n):
        if lg == "en":
            out.append(serial(r, "AA99 AAA").replace(" ", " "))
        elif lg == "de":
            town = {"M": "MH", "R": "R", "L": "HL"}.get(office_row()[2].split()[1][0], "MH")
            out.append(f"{town}-{serial(r, 'AA')} {r.randint(100, 9999)}")
        else:
            out.append(serial(r, "AA-999-AA"))
    return out


def a_customer(rng: random.Random, roles: tuple[str, ...] = CUSTOMER_ROLES) -> tuple[Row, str, str]:
    """A customer of the company: a restaurant, food factory or housing association of its
    country (a food factory now and then from abroad)."""
    role = rng.choice(roles)
    lg = home()
    if role == "factory" and rng.random() < 0.15:
        lg = rng.choice([x for x in ("en", "de", "fr") if x != lg])
    return rng.choice(SENDERS[role][lg]), lg, role


def flat_address(rng: random.Random, lang: str, town: str) -> str:
    road = rng.choice(ROADS[lang])
    no = rng.randint(1, 80)
    flat = rng.randint(1, 40)
    if lang == "de":
        return f"{road} {no}, Whg. {flat}, {town}"
    if lang == "fr":
        return f"Bât. {rng.choice('ABCD')}, apt {flat}, {no} {road}, {town}"
    return f"Flat {flat}, {rng.choice(['Chantry', 'Priory', 'Orchard', 'Canal'])} House, {town}"


def a_job(rng: random.Random, roles: tuple[str, ...] = CUSTOMER_ROLES) -> Job:
    cust, lg, role = a_customer(rng, roles)
    site = cust[1] + ", " + cust[2]
    if role == "housing":
        site = flat_address(rng, lg, cust[2].split(maxsplit=1)[-1])
    pest = {
        "restaurant": rng.choice([0, 1, 1, 2, 5, 7]),
        "factory": rng.choice([0, 1, 5, 6, 8, 8]),
        "housing": rng.choice([0, 1, 2, 3, 3, 4, 6]),
    }[role]
    prefix = "".join(t[0] for t in office_row()[0].replace("-", " ").split()[:2]).upper()
    return Job(
        cust=cust,
        lang=lg,
        role=role,
        site=site,
        pest=pest,
        ref=f"{prefix}{month().year % 100}-{rng.randint(1000, 9999)}",
        price=round(rng.choice([85, 120, 165, 240, 380, 560, 890, 1450]) * rng.uniform(0.9, 1.2)),
        tech=rng.choice(technicians()),
    )


def job_for(
    rng: random.Random, kinds: tuple[str, ...], roles: tuple[str, ...] = CUSTOMER_ROLES
) -> Job:
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng, roles)


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
    again: bool
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    mail: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TRADE = {
    "office": (
        "Pest control - Proofing - Hygiene",
        "Schädlingsbekämpfung - Hygiene",
        "Dératisation - Désinsectisation - Désinfection",
    ),
    "supplier": (
        "Professional pest control products",
        "Fachhandel für Schädlingsbekämpfer",
        "Produits professionnels 3D",
    ),
    "trainer": ("Training & certification", "Aus- und Weiterbildung", "Formation professionnelle"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council",):
        return []
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Mülheim", "Sparkasse Regensburg", "Volksbank Lübeck", "Postbank"]
        )
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Duisburg', 'Regensburg', 'Lübeck', 'Frankfurt'])} HRB "
                f"{r.randint(1000, 29999)} - Geschäftsführer: "
                + r.choice(["Uwe Keller", "Dr. Henrike Sauer", "Markus Brandt", "Olaf Jensen"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['8129A', '4675Z', '6512Z', '3822Z'])}"]
        if role in ("office",):
            out.append(f"Certificat Certibiocide entreprise n° {r.randint(10000, 99999)} - RC Pro")
        elif r.random() < 0.6:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if role == "office":
        out.append(
            r.choice(
                [
                    "BPCA Member",
                    "Full Member of the British Pest Control Association",
                    "NPTA member",
                ]
            )
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"sieve/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "council":
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
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
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
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


def cust_head(job: Job) -> Head:
    return make_head(job.cust, job.lang, job.role)


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
    return kit_date(d, h.lang, h.dates)


def close(
    pages: list[Page], s: Style, h: Head, numbers: str | None = None, covers: int = 0
) -> list[Page]:
    return foot_and_number(
        pages, s, h.foot, h.numbers if numbers is None else numbers, h.corner, covers
    )


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    """A circle drawn as a polygon (round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings, the wording inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.6, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of a town: a shield outline with a tower."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    p.rect(x + 7, y + 5, 8, 12, fill=0.25)
    p.rect(x + 5, y + 3, 3, 3, fill=0.25)
    p.rect(x + 14, y + 3, 3, 3, fill=0.25)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    trade = TRADE.get(h.role)
    motto = tr(h.lang, *trade) if trade else ""
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
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(motto or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if motto else contact
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
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        if motto:
            p.text(
                m, y + 15, fit(motto, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
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
    parts = name.replace("-", " ").replace(".", " ").split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the company's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(120, 260),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Ops"],
                        "de": ["Büro", "Buchhaltung", "Dispo"],
                        "fr": ["Secrétariat", "Comptabilité", "Planning"],
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
    r = random.Random(zlib.crc32(f"sieve/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def office_lines(att: str = "") -> list[str]:
    return head_lines(office_head(), att)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
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


def mail_head(f: Sheets, s: Style, lg: str, frm: str, to: str, sent: str, subject: str) -> None:
    """The header block of a printed e-mail."""
    w, _ = f.size
    m = s.margin
    f.page.text(m, f.y, fit(frm, s.bold, 10, w - 2 * m), s.bold, 10)
    f.y += 15
    for lab, val in [
        (tr(lg, "From", "Von", "De"), frm),
        (tr(lg, "Sent", "Gesendet", "Envoyé"), sent),
        (tr(lg, "To", "An", "À"), to),
        (tr(lg, "Subject", "Betreff", "Objet"), subject),
    ]:
        f.page.text(m, f.y, f"{lab}:", s.bold, 8.5)
        f.page.text(m + 70, f.y, fit(val, s.font, 8.5, w - 2 * m - 70), s.font, 8.5)
        f.y += 12
    f.page.line(m, f.y, w - m, f.y)
    f.y += 18


def email_of(name: str, h: Head) -> str:
    first = [x for x in h.name.split() if x.lower() not in ("the", "le", "la", "les", "l'", "de")]
    word = (first or h.name.split())[0].lower()
    host = "".join(c for c in word if c.isalpha() and c.isascii()) or "mail"
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[h.lang]
    plain = "".join(
        c for c in name.lower().replace(" ", ".") if c.isascii() and (c.isalpha() or c == ".")
    )
    return f"{plain}@{host}.{tld}"


def qty(v: float, lg: str) -> str:
    s = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"
    if lg == "de":
        return s.replace(",", "_").replace(".", ",").replace("_", ".")
    if lg == "fr":
        return s.replace(",", " ").replace(".", ",")
    return s


def sign_box(
    p: Page, s: Style, x: float, y: float, w: float, label: str, name: str, signed: bool = True
) -> None:
    """A signature box with a caption, a hand signature and the printed name under it."""
    p.rect(x, y, w, 46)
    p.text(x + 3, y + 8, fit(label, s.font, 6.5, w - 6), s.font, 6.5)
    if signed and name:
        scrawl(p, x + 10, y + 30, name, 12)
        p.text(x + 3, y + 42, fit(name, s.font, 7, w - 6), s.font, 7)


# ---------------------------------------------------------------------------------------------
# Templates CCCC: the company's own paper on its customers' sites
# ---------------------------------------------------------------------------------------------

CONTRACT_CLAUSES = {
    "en": [
        "Definitions",
        "Scope of the Services",
        "Routine visits and call-outs",
        "Access to the premises",
        "Client's obligations (hygiene and proofing)",
        "Use of pesticides and records",
        "Charges and payment",
        "Price review",
        "Liability and insurance",
        "Term and termination",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Leistungsumfang (Befallsmonitoring)",
        "Kontrollintervalle und Sondereinsätze",
        "Zutritt zu den Objekten",
        "Mitwirkungspflichten des Auftraggebers",
        "Einsatz von Bioziden, Dokumentation",
        "Vergütung und Zahlung",
        "Preisanpassung",
        "Haftung und Versicherung",
        "Laufzeit und Kündigung",
        "Datenschutz",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet du contrat",
        "Nature des prestations",
        "Fréquence des passages et interventions",
        "Accès aux locaux",
        "Obligations du client",
        "Produits biocides et registre",
        "Prix et modalités de paiement",
        "Révision des prix",
        "Responsabilité et assurances",
        "Durée et résiliation",
        "Données personnelles",
        "Litiges",
    ],
}


def tpl_service_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's service agreement with a customer, returned signed: the front page with
    the parties, the site schedule and the annual charge; the numbered conditions over one or
    two pages; now and then a landscape visit calendar; the signature page with both
    signatures and the customer's stamp."""
    job = job_for(rng, ("site_survey",))
    h = office_head()
    lg = h.lang
    cl = cust_head(job)
    s = style_of(h, A4 if lg != "en" or keyed(who, "paper").random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("site_survey",), (4, 15))
    no = f"{tr(lg, 'SA', 'V', 'CT')}-{d.year}-{rng.randint(10, 480):03d}"
    title = tr(
        lg,
        "PEST CONTROL SERVICE AGREEMENT",
        "DIENSTLEISTUNGSVERTRAG SCHÄDLINGSMONITORING",
        "CONTRAT DE PRESTATIONS 3D",
    )
    f = sheets(s, h, f"{h.name} - {title.title()} {no}")
    caption(f, s, title, 3)
    f.page.text(
        m, f.y, f"{tr(lg, 'Agreement no.', 'Vertrags-Nr.', 'Contrat n°')} {no}", s.font, s.size
    )
    f.y += 22
    band(f.page, s, f.y, tr(lg, "1. The parties", "1. Vertragsparteien", "1. Les parties"))
    f.y += 14
    half = (w - 2 * m) / 2
    for k, (lab, lines) in enumerate(
        [
            (tr(lg, "Contractor", "Auftragnehmer", "Le prestataire"), office_lines()),
            (tr(lg, "Client", "Auftraggeber", "Le client"), head_lines(cl)),
        ]
    ):
        x = m + k * half
        f.page.text(x, f.y, lab, s.bold, s.size - 1)
        for j, t in enumerate(lines):
            f.page.text(
                x, f.y + 12 + j * 11, fit(t, s.font, s.size - 1, half - 10), s.font, s.size - 1
            )
    f.y += 66
    band(
        f.page,
        s,
        f.y,
        tr(lg, "2. Schedule of sites", "2. Objekte und Leistungen", "2. Sites et prestations"),
    )
    f.y += 16
    n_sites = rng.choice([1, 1, 2, 3, 5]) if job.role != "restaurant" else 1
    visits = rng.choice([4, 6, 8, 12])
    rows = []
    annual = 0.0
    for k in range(n_sites):
        site = (
            job.site
            if k == 0 or job.role != "housing"
            else flat_address(rng, lg, cl.town.split(maxsplit=1)[-1]).split(", ", 1)[-1]
        )
        pests = ", ".join(rng.sample(PESTS[lg][:3] + PESTS[lg][5:7], 2))
        st = rng.randint(6, 40)
        fee = round(visits * (45 + st * 2.5), 0)
        annual += fee
        rows.append(
            [
                str(k + 1),
                site
                if job.role != "factory"
                else f"{cl.street}, {tr(lg, 'Building', 'Halle', 'Bât.')} {k + 1}",
                pests,
                str(visits),
                str(st),
                money(fee, lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (4, "left"),
                (2.4, "left"),
                (0.9, "right"),
                (1, "right"),
                (1.3, "right"),
            ],
        ),
        [
            "#",
            tr(lg, "Site", "Objekt", "Site"),
            tr(lg, "Pests covered", "Schädlinge", "Nuisibles"),
            tr(lg, "Visits/yr", "Kontr./J.", "Passages/an"),
            tr(lg, "Stations", "Köderst.", "Postes"),
            tr(lg, "Annual", "Jährlich", "Annuel HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=True,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Annual charge (net)', 'Jahrespauschale netto', 'Forfait annuel HT')}: "
        f"{cash(annual, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 22
    write(
        f,
        s,
        tr(
            lg,
            f"The Services start on {day(h, d + timedelta(days=14))} for an initial term "
            "of twelve months and continue thereafter until terminated by either party "
            "on three months' written notice. Call-outs outside routine visits are charged "
            f"at {cash(rng.choice([65, 75, 85]), lg)} per hour.",
            f"Der Vertrag beginnt am {day(h, d + timedelta(days=14))} und läuft zunächst "
            "zwölf Monate; er verlängert sich jeweils um ein Jahr, wenn er nicht mit "
            "einer Frist von drei Monaten gekündigt wird. Sondereinsätze werden mit "
            f"{cash(rng.choice([65, 75, 85]), lg)} "
            "je Stunde berechnet.",
            f"Le contrat prend effet le {day(h, d + timedelta(days=14))} pour une durée "
            "de douze mois, reconductible tacitement, sauf dénonciation par lettre recommandée "
            "trois mois avant l'échéance. Les interventions supplémentaires sont facturées "
            f"{cash(rng.choice([65, 75, 85]), lg)} HT de l'heure.",
        ),
        s.size - 0.5,
    )
    pages = f.pages
    # Conditions, flowing over one or two pages.
    fc = sheets(s, h, f"{h.name} - {title.title()} {no}", top=False)
    fc.y = m
    caption(
        fc,
        s,
        tr(lg, "Terms and Conditions", "Allgemeine Vertragsbedingungen", "Conditions générales"),
        1,
        rule=True,
    )
    for k, t in enumerate(CONTRACT_CLAUSES[lg][: rng.randint(8, 12)]):
        fc.heading(m, f"{k + 1}. {t}", s.bold, s.size - 0.5)
        for j in range(rng.randint(1, 3)):
            write(fc, s, f"{k + 1}.{j + 1} " + prose(rng, lg, "legal", 1, 3), s.size - 1.5)
    pages += fc.pages
    if rng.random() < 0.35:
        cal = Page(A4L)
        cs = paper(s, A4L, margin=40)
        cw, ch = A4L
        y = heading(cal, cs, h)
        cal.text(
            40,
            y,
            tr(
                lg,
                "Annex A - Visit calendar",
                "Anlage A - Kontrollplan",
                "Annexe A - Calendrier des passages",
            ),
            s.bold,
            12,
        )
        y += 20
        months = [kit_date(date(2000, k, 1), lg, "long").split()[1][:3] for k in range(1, 13)]
        cols = columns(40, cw - 40, [(3.6, "left")] + [(1, "center")] * 12)
        fl = Flow(A4L, ch - 40, lambda p, n: y)
        fl.pages = [cal]
        fl.page = cal
        fl.y = y
        step = 12 // visits if visits <= 12 else 1
        crows = []
        for r_ in rows:
            off = rng.randrange(max(step, 1))
            crows.append(
                [r_[1]] + ["X" if (k - off) % max(step, 1) == 0 else "" for k in range(12)]
            )
        table(fl, cols, [tr(lg, "Site", "Objekt", "Site"), *months], crows, s, rules=True, step=2.2)
        fl.y += 10
        write(fl, cs, prose(rng, lg, "pest", 1, 2), s.size - 1.5)
        pages.append(cal)
    sp = Page(s.page_size)
    y = m + 10
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
    for t in wrap(prose(rng, lg, "legal", 1, 2), s.font, s.size - 1, w - 2 * m):
        sp.text(m, y, t, s.font, s.size - 1)
        y += 12
    y += 20
    bw = (w - 2 * m - 20) / 2
    cust_signer = staff(cl, "manager")
    for k, (lab, nm, place) in enumerate(
        [
            (
                tr(lg, "For the Contractor", "Für den Auftragnehmer", "Pour le prestataire"),
                boss(),
                h.town.split(maxsplit=1)[-1],
            ),
            (
                tr(lg, "For the Client", "Für den Auftraggeber", "Pour le client"),
                cust_signer,
                cl.town.split(maxsplit=1)[-1],
            ),
        ]
    ):
        x = m + k * (bw + 20)
        sp.text(x, y, lab, s.bold, s.size - 1)
        sp.text(x, y + 20, f"{tr(lg, 'Place, date', 'Ort, Datum', 'Fait à, le')}:", s.font, 7.5)
        hand(
            sp,
            x + 60,
            y + 20,
            f"{place}, {short(d + timedelta(days=k * rng.randint(1, 9)), lg)}",
            9,
            bw - 62,
        )
        sp.line(x, y + 70, x + bw, y + 70)
        scrawl(sp, x + 8, y + 64, nm)
        sp.text(x, y + 82, nm, s.font, 8)
        sp.text(
            x,
            y + 93,
            tr(
                lg,
                "Director" if k == 0 else "Authorised signatory",
                "Geschäftsführung" if k == 0 else "Objektleitung",
                "Gérant" if k == 0 else "Le responsable",
            ),
            s.font,
            7.5,
        )
    if rng.random() < 0.6:
        stamp(sp, m + bw + 30, y + 110, [cl.name[:34], cl.street[:34], cl.town[:34]])
    if lg == "fr":
        hand(sp, m + bw + 20, y + 48, "Lu et approuvé", 9)
    pages.append(sp)
    received(rng, pages[0], d + timedelta(days=10), 0.3)
    remember(job, d, no)
    return close(pages, s, h)


def tpl_site_survey(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's site survey report and pest risk assessment: a front block with the
    customer, site and surveyor; site description, findings table, the 5 x 5 risk matrix and
    the numbered recommendations; a photo sheet with captions."""
    job = job_for(rng, ())
    h = office_head()
    lg = h.lang
    cl = cust_head(job)
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = f"{tr(lg, 'SR', 'BA', 'DIAG')}-{rng.randint(1000, 9999)}"
    title = tr(
        lg,
        "Site Survey & Pest Risk Assessment",
        "Befallsanalyse und Gefährdungsbeurteilung",
        "Diagnostic et évaluation des risques nuisibles",
    )
    f = sheets(s, h, f"{title} - {cl.name} - {no}")
    caption(f, s, title, 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), cl.name),
            (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), no),
            (tr(lg, "Site address", "Objektadresse", "Adresse du site"), job.site),
            (tr(lg, "Date of survey", "Datum der Begehung", "Date de la visite"), short(d, lg)),
            (tr(lg, "Surveyor", "Begehung durch", "Technicien"), job.tech),
            (tr(lg, "Client contact", "Ansprechpartner", "Interlocuteur"), staff(cl, "manager")),
        ],
        hand=False,
    )
    areas = {
        "restaurant": ["Kitchen", "Dry store", "Cellar", "Bin store", "Dining area", "Yard"],
        "factory": [
            "Goods in",
            "Raw materials store",
            "Production hall",
            "Packing",
            "Despatch",
            "Perimeter",
        ],
        "housing": [
            "Bin chamber",
            "Basement",
            "Stairwell",
            "Flat interior",
            "Communal garden",
            "Drains",
        ],
    }[job.role]
    areas_t = {
        "de": {
            "Kitchen": "Küche",
            "Dry store": "Trockenlager",
            "Cellar": "Keller",
            "Bin store": "Müllplatz",
            "Dining area": "Gastraum",
            "Yard": "Hof",
            "Goods in": "Wareneingang",
            "Raw materials store": "Rohwarenlager",
            "Production hall": "Produktion",
            "Packing": "Verpackung",
            "Despatch": "Versand",
            "Perimeter": "Außengelände",
            "Bin chamber": "Müllraum",
            "Basement": "Kellergang",
            "Stairwell": "Treppenhaus",
            "Flat interior": "Wohnung",
            "Communal garden": "Außenanlage",
            "Drains": "Kanal",
        },
        "fr": {
            "Kitchen": "Cuisine",
            "Dry store": "Réserve sèche",
            "Cellar": "Cave",
            "Bin store": "Local poubelles",
            "Dining area": "Salle",
            "Yard": "Cour",
            "Goods in": "Réception",
            "Raw materials store": "Stock matières",
            "Production hall": "Atelier production",
            "Packing": "Conditionnement",
            "Despatch": "Expédition",
            "Perimeter": "Extérieurs",
            "Bin chamber": "Local OM",
            "Basement": "Sous-sol",
            "Stairwell": "Cage d'escalier",
            "Flat interior": "Logement",
            "Communal garden": "Espaces verts",
            "Drains": "Réseaux",
        },
    }

    def area(a: str) -> str:
        return areas_t[lg][a] if lg in areas_t else a

    f.heading(
        m,
        tr(lg, "1. Site description", "1. Objektbeschreibung", "1. Description du site"),
        s.bold,
        s.size + 1,
    )
    write(f, s, prose(rng, lg, "pest", 2, 4))
    f.heading(m, tr(lg, "2. Findings", "2. Feststellungen", "2. Constats"), s.bold, s.size + 1)
    risk = {
        "L": tr(lg, "Low", "Gering", "Faible"),
        "M": tr(lg, "Medium", "Mittel", "Moyen"),
        "H": tr(lg, "High", "Hoch", "Élevé"),
    }
    rows = []
    for a in rng.sample(areas, rng.randint(4, 6)):
        rows.append(
            [
                area(a),
                words(rng, lg, "pest", rng.randint(6, 10)),
                PESTS[lg][rng.choice([job.pest, job.pest, 0, 1, 5])],
                risk[rng.choice("LMMH")],
            ]
        )
    table(
        f,
        columns(m, w - m, [(1.6, "left"), (4.6, "left"), (1.4, "left"), (1, "left")]),
        [
            tr(lg, "Area", "Bereich", "Zone"),
            tr(lg, "Observation", "Feststellung", "Observation"),
            tr(lg, "Pest", "Schädling", "Nuisible"),
            tr(lg, "Risk", "Risiko", "Risque"),
        ],
        rows,
        s,
        shade=0.87,
        rules=True,
        step=1.9,
    )
    f.heading(
        m,
        tr(lg, "3. Risk assessment", "3. Gefährdungsbeurteilung", "3. Évaluation du risque"),
        s.bold,
        s.size + 1,
    )
    f.need(190)
    cx, cy, c = m + 70, f.y + 6, 26
    f.page.text(m, cy + 2.5 * c, tr(lg, "Likelihood", "Wahrscheinl.", "Probabilité"), s.font, 7)
    for i in range(5):
        for j in range(5):
            score = (i + 1) * (5 - j)
            f.page.rect(
                cx + i * c, cy + j * c, c, c, fill=0.95 if score < 5 else 0.8 if score < 12 else 0.6
            )
            f.page.rect(cx + i * c, cy + j * c, c, c)
            f.page.text(cx + i * c + c / 2, cy + j * c + c / 2 + 3, str(score), s.font, 7, "center")
    li, se = rng.randint(1, 4), rng.randint(2, 5)
    f.page.text(
        cx + (se - 1) * c + c / 2,
        cy + (5 - li) * c + c / 2 + 11,
        "X",
        "Helvetica-Bold",
        10,
        "center",
    )
    f.page.text(
        cx + 2.5 * c,
        cy + 5 * c + 12,
        tr(lg, "Severity", "Schadensausmaß", "Gravité"),
        s.font,
        7,
        "center",
    )
    ly = cy
    lx = cx + 5 * c + 30
    for t in [
        tr(
            lg,
            f"Likelihood {li} x severity {se} = {li * se}",
            f"Wahrscheinlichkeit {li} x Ausmaß {se} = {li * se}",
            f"Probabilité {li} x gravité {se} = {li * se}",
        ),
        tr(
            lg, "1-4 low: routine monitoring", "1-4 gering: Monitoring", "1-4 faible : surveillance"
        ),
        tr(
            lg,
            "5-11 medium: action within 28 days",
            "5-11 mittel: Maßnahmen binnen 4 Wochen",
            "5-11 moyen : action sous 28 jours",
        ),
        tr(
            lg,
            "12-25 high: immediate action",
            "12-25 hoch: sofortige Maßnahmen",
            "12-25 élevé : action immédiate",
        ),
    ]:
        f.page.text(lx, ly + 8, fit(t, s.font, 8, w - m - lx), s.font, 8)
        ly += 14
    f.y = cy + 5 * c + 30
    f.heading(
        m, tr(lg, "4. Recommendations", "4. Empfehlungen", "4. Préconisations"), s.bold, s.size + 1
    )
    for k in range(rng.randint(3, 6)):
        write(f, s, f"{k + 1}. " + words(rng, lg, "pest", rng.randint(10, 22)), indent=8)
    f.y += 10
    f.need(36)
    f.page.text(m, f.y, tr(lg, "Surveyed by", "Erstellt von", "Établi par"), s.font, 8)
    scrawl(f.page, m + 70, f.y + 4, job.tech)
    f.page.text(m + 70, f.y + 16, job.tech, s.font, 8)
    pages = f.pages
    if rng.random() < 0.7:
        ph = Page(s.page_size)
        y = running_header(ph, s, f"{title} - {cl.name} - {no}") + 6
        ph.text(
            m,
            y,
            tr(lg, "Photographs", "Fotodokumentation", "Reportage photographique"),
            s.bold,
            s.size + 2,
        )
        y += 16
        pw, phh = (w - 2 * m - 14) / 2, 150
        for k in range(rng.choice([2, 4, 4, 6])):
            x = m + (k % 2) * (pw + 14)
            yy = y + (k // 2) * (phh + 34)
            if yy + phh > hh - m - 40:
                break
            photo(ph, x, yy, pw, phh, rng)
            ph.text(
                x,
                yy + phh + 11,
                fit(
                    f"{k + 1}. {area(rng.choice(areas))}: {words(rng, lg, 'pest', 5)}",
                    s.font,
                    7.5,
                    pw,
                ),
                s.font,
                7.5,
            )
        pages.append(ph)
    remember(job, d, no)
    return close(pages, s, h)


VISIT_TYPES = {
    "en": ["Routine", "Follow-up", "Call-out", "Survey"],
    "de": ["Routinekontrolle", "Nachkontrolle", "Sondereinsatz", "Begehung"],
    "fr": ["Passage contrat", "Contre-visite", "Intervention urgente", "Diagnostic"],
}
PRODUCTS = [
    # en, de, fr, active, unit price, hazardous
    (
        "Rodenticide wax block 10 kg",
        "Rodentizid Wachsblock 10 kg",
        "Bloc rodenticide 10 kg",
        "Brodifacoum 0.0025%",
        58.0,
        True,
    ),
    (
        "Paste bait sachets 5 kg",
        "Pastenköder 5 kg",
        "Pâte appât 5 kg",
        "Difenacoum 0.005%",
        46.5,
        True,
    ),
    (
        "Grain bait 3 kg",
        "Getreideköder 3 kg",
        "Céréales appât 3 kg",
        "Bromadiolone 0.005%",
        22.9,
        True,
    ),
    (
        "Mouse bait alphachloralose 1 kg",
        "Mäuseköder Alphachloralose 1 kg",
        "Appât souris alphachloralose 1 kg",
        "Alphachloralose 4%",
        18.4,
        True,
    ),
    (
        "Cockroach gel 4 x 30 g",
        "Schabengel 4 x 30 g",
        "Gel anti-blattes 4 x 30 g",
        "Imidacloprid 2.15%",
        39.0,
        True,
    ),
    (
        "Residual insecticide 1 L",
        "Kontaktinsektizid 1 L",
        "Insecticide rémanent 1 L",
        "Cypermethrin 10%",
        44.0,
        True,
    ),
    (
        "Insecticide dust 400 g",
        "Stäubemittel 400 g",
        "Poudre insecticide 400 g",
        "Permethrin 0.5%",
        12.6,
        True,
    ),
    (
        "Wasp nest foam 500 ml",
        "Wespenschaum 500 ml",
        "Mousse anti-guêpes 500 ml",
        "Tetramethrin 0.2%",
        9.8,
        True,
    ),
    (
        "Lockable rat bait box x 12",
        "Köderstation Ratte abschließbar x 12",
        "Poste sécurisé rat x 12",
        "",
        52.0,
        False,
    ),
    ("Mouse bait station x 24", "Köderbox Maus x 24", "Boîte appât souris x 24", "", 38.0, False),
    (
        "Glue boards for fly units x 50",
        "Klebefolien UV-Geräte x 50",
        "Plaques glu désinsectiseur x 50",
        "",
        27.5,
        False,
    ),
    (
        "UV tube 18 W shatterproof",
        "UV-Röhre 18 W splittergeschützt",
        "Tube UV 18 W gainé",
        "",
        14.2,
        False,
    ),
    (
        "Bird spikes stainless 50 cm x 100",
        "Taubenspikes Edelstahl 50 cm x 100",
        "Picots anti-pigeons inox 50 cm x 100",
        "",
        96.0,
        False,
    ),
    (
        "Bird netting 19 mm 10 x 10 m",
        "Taubenabwehrnetz 19 mm 10 x 10 m",
        "Filet anti-oiseaux 19 mm 10 x 10 m",
        "",
        71.0,
        False,
    ),
    ("Snap traps (rat) x 10", "Schlagfallen Ratte x 10", "Tapettes rats x 10", "", 23.0, False),
    (
        "Nitrile gloves box 100",
        "Nitrilhandschuhe 100 St.",
        "Gants nitrile boîte 100",
        "",
        8.9,
        False,
    ),
    ("Insect monitors x 50", "Insektenmonitore x 50", "Pièges à insectes x 50", "", 19.5, False),
]


#: The products (indices into ``PRODUCTS``) a technician uses against each of ``PESTS``.
PEST_PRODUCTS = {
    0: [0, 1, 2],
    1: [1, 3, 0],
    2: [4, 5, 6],
    3: [5, 6],
    4: [7, 6],
    5: [5],
    6: [],
    7: [4, 6],
    8: [5, 6],
}


def product(k: int, lg: str) -> str:
    return PRODUCTS[k][{"en": 0, "de": 1, "fr": 2}[lg]]


def station_map(
    p: Page, s: Style, rng: random.Random, x: float, y: float, w: float, h_: float, n: int, lg: str
) -> None:
    """A site plan: the building outline with rooms, doors and numbered bait stations around
    the walls and the perimeter, a legend and a north arrow."""
    p.rect(x, y, w, h_)
    bx, by, bw, bh = x + 30, y + 30, w - 60, h_ - 60
    p.rect(bx, by, bw, bh)
    # rooms
    cols = rng.randint(2, 4)
    for k in range(1, cols):
        xx = bx + bw * k / cols
        p.line(xx, by, xx, by + bh * rng.uniform(0.5, 1))
    p.line(bx, by + bh * 0.55, bx + bw * rng.uniform(0.4, 0.9), by + bh * 0.55)
    for k in range(cols):
        p.text(
            bx + bw * (k + 0.5) / cols,
            by + 20,
            fit(words(rng, lg, "pest", 1)[:-1], s.font, 6.5, bw / cols - 6),
            s.font,
            6.5,
            "center",
        )
    # stations
    per = 2 * (bw + bh)
    for k in range(n):
        t = per * (k + 0.5) / n
        if t < bw:
            sx, sy = bx + t, by - 14
        elif t < bw + bh:
            sx, sy = bx + bw + 14, by + t - bw
        elif t < 2 * bw + bh:
            sx, sy = bx + bw - (t - bw - bh), by + bh + 14
        else:
            sx, sy = bx - 14, by + bh - (t - 2 * bw - bh)
        internal = rng.random() < 0.3
        if internal:
            sx = min(max(sx, bx + 12), bx + bw - 12)
            sy = min(max(sy, by + 12), by + bh - 12)
        p.rect(sx - 5, sy - 5, 10, 10, fill=0.2 if not internal else 0.85)
        p.text(sx, sy - 7, str(k + 1), "Helvetica", 6, "center")
    p.text(x + w - 20, y + 18, "N", "Helvetica-Bold", 9, "center")
    p.line(x + w - 20, y + 22, x + w - 20, y + 40)
    p.line(x + w - 20, y + 22, x + w - 24, y + 28)
    p.line(x + w - 20, y + 22, x + w - 16, y + 28)
    ly = y + h_ + 14
    p.rect(x, ly - 7, 8, 8, fill=0.2)
    p.text(
        x + 12,
        ly,
        tr(
            lg, "External bait station (rat)", "Köderstation außen (Ratte)", "Poste extérieur (rat)"
        ),
        s.font,
        7,
    )
    p.rect(x + 170, ly - 7, 8, 8, fill=0.85)
    p.text(
        x + 182,
        ly,
        tr(
            lg,
            "Internal monitor (mouse/insect)",
            "Monitor innen (Maus/Insekt)",
            "Poste intérieur (souris/insectes)",
        ),
        s.font,
        7,
    )


LOCATIONS = {
    "restaurant": {
        "en": [
            "Kitchen, under sink",
            "Dry store, rear wall",
            "Cellar steps",
            "Bin store",
            "Behind fryers",
            "Yard gate",
            "Bar, under counter",
            "Boiler cupboard",
        ],
        "de": [
            "Küche unter Spüle",
            "Trockenlager Rückwand",
            "Kellertreppe",
            "Müllplatz",
            "Hinter Fritteuse",
            "Hoftor",
            "Theke unten",
            "Heizungsraum",
        ],
        "fr": [
            "Cuisine sous plonge",
            "Réserve mur du fond",
            "Escalier cave",
            "Local poubelles",
            "Derrière friteuses",
            "Portail cour",
            "Sous comptoir bar",
            "Local chaudière",
        ],
    },
    "factory": {
        "en": [
            "Goods-in door L",
            "Goods-in door R",
            "Raw store aisle 3",
            "Perimeter fence N",
            "Perimeter fence E",
            "Despatch bay 2",
            "Canteen",
            "Compactor area",
            "Boiler house",
            "Packing line 1",
        ],
        "de": [
            "Wareneingang Tor links",
            "Wareneingang Tor rechts",
            "Rohwarenlager Gang 3",
            "Zaun Nord",
            "Zaun Ost",
            "Versand Rampe 2",
            "Kantine",
            "Presscontainer",
            "Heizhaus",
            "Verpackungslinie 1",
        ],
        "fr": [
            "Quai réception G",
            "Quai réception D",
            "Stock MP allée 3",
            "Clôture nord",
            "Clôture est",
            "Quai expédition 2",
            "Réfectoire",
            "Zone compacteur",
            "Chaufferie",
            "Ligne conditionnement 1",
        ],
    },
    "housing": {
        "en": [
            "Bin chamber",
            "Basement corridor",
            "Meter cupboard",
            "Stairwell ground floor",
            "Drain inspection chamber",
            "Communal garden",
            "Lift motor room",
            "Bike store",
        ],
        "de": [
            "Müllraum",
            "Kellergang",
            "Zählerschrank",
            "Treppenhaus EG",
            "Revisionsschacht",
            "Außenanlage",
            "Aufzugsmaschinenraum",
            "Fahrradkeller",
        ],
        "fr": [
            "Local OM",
            "Couloir sous-sol",
            "Gaine technique",
            "Hall RDC",
            "Regard de visite",
            "Espaces verts",
            "Local machinerie",
            "Local vélos",
        ],
    },
}


def location(rng: random.Random, lg: str, role: str) -> str:
    return rng.choice(LOCATIONS[role][lg])


def tpl_visit_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's routine visit report as the technician leaves it on site and the office
    files its copy: visit form with tick boxes, the bait station table, products used and the
    customer's signature; often the station map of the site; now and then a landscape trend
    table of the year's visits."""
    job = a_job(rng)
    h = office_head()
    lg = h.lang
    cl = cust_head(job)
    s = style_of(h, A4, margin=40, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, "99999")
    f = sheets(
        s, h, f"{tr(lg, 'Visit report', 'Kontrollbericht', 'Rapport de passage')} {no} - {cl.name}"
    )
    title = tr(
        lg, "SERVICE VISIT REPORT", "KONTROLLBERICHT / ARBEITSNACHWEIS", "RAPPORT D'INTERVENTION"
    )
    f.page.text(m, f.y, title, s.bold, 13)
    f.page.text(w - m, f.y, f"No. {no}", s.bold, 11, "right")
    f.y += 14
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), cl.name),
            (tr(lg, "Site", "Objekt", "Site"), job.site),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Time in / out", "Ankunft / Ende", "Arrivée / départ"),
                f"{rng.randint(7, 14)}:{rng.choice(['05', '20', '35', '50'])} / "
                f"{rng.randint(15, 17)}:{rng.choice(['00', '15', '40'])}",
            ),
            (tr(lg, "Technician", "Techniker", "Technicien"), job.tech),
            (
                tr(lg, "Contract no.", "Vertrag", "Contrat"),
                f"{tr(lg, 'SA', 'V', 'CT')}-{d.year - rng.randint(0, 3)}-"
                f"{rng.randint(10, 480):03d}",
            ),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.5,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        VISIT_TYPES[lg],
        {0 if rng.random() < 0.8 else rng.randint(1, 2)},
    )
    f.page.text(
        m,
        f.y,
        tr(lg, "Pest activity found:", "Befall festgestellt:", "Activité constatée :"),
        s.bold,
        8,
    )
    f.y += 12
    act = {job.pest} if rng.random() < 0.6 else set()
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [*PESTS[lg][:8], tr(lg, "None", "Kein Befall", "Aucune")],
        act or {8},
    )
    n = rng.choice([6, 8, 10, 12, 16, 20, 24])
    activity = [
        tr(lg, "None", "Kein", "Aucune"),
        tr(lg, "Partial", "Anfraß", "Partielle"),
        tr(lg, "Taken", "Vollfraß", "Totale"),
    ]
    rows = []
    for k in range(n):
        a = rng.choices([0, 1, 2], [8, 2, 1] if act else [1, 0, 0])[0]
        rows.append(
            [
                str(k + 1),
                location(rng, lg, job.role),
                rng.choice(["RB", "MB", "ST", "IM"]),
                activity[a],
                rng.choice(yes_no(lg)) if a else yes_no(lg)[1],
                rng.choice(
                    [
                        "",
                        "",
                        "OK",
                        tr(lg, "moved", "versetzt", "déplacé"),
                        tr(lg, "damaged", "beschädigt", "abîmé"),
                    ]
                ),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.5, "center"),
                (3.4, "left"),
                (0.7, "center"),
                (1.2, "left"),
                (1, "center"),
                (1.6, "left"),
            ],
        ),
        [
            tr(lg, "Stn", "Nr.", "N°"),
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Activity", "Befall", "Consommation"),
            tr(lg, "Rebaited", "Nachgel.", "Réappâté"),
            tr(lg, "Remarks", "Bemerkung", "Remarques"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
        step=1.55,
    )
    f.y += 4
    f.page.text(
        m, f.y, tr(lg, "Products used", "Eingesetzte Mittel", "Produits utilisés"), s.bold, 8.5
    )
    f.y += 12
    pool = PEST_PRODUCTS[job.pest] or PEST_PRODUCTS[rng.choice([0, 1])]
    used = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
    table(
        f,
        columns(m, w - m, [(3, "left"), (2, "left"), (1.2, "left"), (1, "right")]),
        [
            tr(lg, "Product", "Mittel", "Produit"),
            tr(lg, "Active ingredient", "Wirkstoff", "Substance active"),
            tr(lg, "Batch", "Charge", "Lot"),
            tr(lg, "Qty", "Menge", "Qté"),
        ],
        [
            [
                product(k, lg).rsplit(" ", 2)[0],
                PRODUCTS[k][3],
                serial(rng, "A99999"),
                f"{rng.randint(1, 30) * 10} g",
            ]
            for k in used
        ],
        s,
        size=7.5,
    )
    f.y += 4
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Recommendations / hygiene and proofing",
            "Empfehlungen / Hygiene und bauliche Mängel",
            "Préconisations / hygiène et calfeutrage",
        ),
        s.bold,
        8.5,
    )
    f.y += 12
    for _ in range(rng.randint(1, 3)):
        write(f, s, words(rng, lg, "pest", rng.randint(8, 16)), 8)
    f.need(64)
    f.y += 4
    bw = (w - 2 * m - 10) / 2
    sign_box(f.page, s, m, f.y, bw, tr(lg, "Technician", "Techniker", "Technicien"), job.tech)
    sign_box(
        f.page,
        s,
        m + bw + 10,
        f.y,
        bw,
        tr(
            lg,
            "Customer (name and signature)",
            "Kunde (Name, Unterschrift)",
            "Client (nom et signature)",
        ),
        staff(cl, "site"),
        rng.random() < 0.85,
    )
    f.y += 56
    pages = f.pages
    if rng.random() < 0.6:
        mp = Page(A4 if rng.random() < 0.6 else A4L)
        ms = paper(s, mp.size)
        mw, mh = mp.size
        y = running_header(mp, ms, f"{cl.name} - {job.site}") + 8
        mp.text(
            m,
            y,
            tr(
                lg, "Bait station plan", "Lageplan Köderstationen", "Plan d'implantation des postes"
            ),
            s.bold,
            12,
        )
        mp.text(
            mw - m,
            y,
            f"{tr(lg, 'Rev.', 'Stand', 'Version')} "
            f"{short(d - timedelta(days=rng.randint(30, 400)), lg)}",
            s.font,
            8,
            "right",
        )
        station_map(mp, ms, rng, m, y + 16, mw - 2 * m, min(mh - y - 110, 560), n, lg)
        pages.append(mp)
    if rng.random() < 0.3:
        tp = Page(A4L)
        ts = paper(s, A4L, margin=36)
        tw_, th = A4L
        y = (
            running_header(
                tp,
                ts,
                f"{h.name} - {tr(lg, 'Trend analysis', 'Trendanalyse', 'Analyse de tendance')} "
                f"- {cl.name}",
            )
            + 8
        )
        tp.text(
            36,
            y,
            tr(
                lg,
                "Activity trend - last 12 visits",
                "Befallsentwicklung - letzte 12 Kontrollen",
                "Évolution des consommations - 12 derniers passages",
            ),
            ts.bold,
            11,
        )
        y += 16
        fl = Flow(A4L, th - 36, lambda p, n_: 40.0)
        fl.pages, fl.page, fl.y = [tp], tp, y
        visits = [short(d - timedelta(days=30 * k), lg)[:5] for k in range(11, -1, -1)]
        trows = []
        for k in range(min(n, 20)):
            trows.append(
                [str(k + 1)] + [rng.choice(["0", "0", "0", "0", "1", "2", "-"]) for _ in visits]
            )
        table(
            fl,
            columns(36, tw_ - 36, [(0.8, "right")] + [(1, "center")] * 12),
            [tr(lg, "Stn", "Nr.", "N°"), *visits],
            trows,
            ts,
            size=7.5,
            rules=True,
            step=1.7,
        )
        fl.y += 6
        tp.text(
            36,
            fl.y,
            tr(
                lg,
                "0 = no activity, 1 = partial, 2 = taken, - = not accessed",
                "0 = kein Befall, 1 = Anfraß, 2 = Vollfraß, - = nicht zugänglich",
                "0 = aucune, 1 = partielle, 2 = totale, - = inaccessible",
            ),
            ts.font,
            7,
        )
        pages.append(tp)
    remember(job, d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


def tpl_callout_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """An emergency call-out job sheet from the company's carbon pad: A5, printed boxes filled
    in by hand (caller, address, times, pest ticked, treatment, products, charge and how paid,
    the customer's signature); now and then the terms printed on the back."""
    job = a_job(rng, ("restaurant", "housing", "housing"))
    if job.pest in (6, 8):
        job.pest = rng.choice([0, 1, 3, 4, 4])
    h = office_head()
    lg = h.lang
    size = A5 if rng.random() < 0.75 else A5L
    s = style_of(h, size, margin=28, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    p = Page(size)
    p.text(m, m - 4, fit(h.name, h.bold, 11, w * 0.62 - m), h.bold, 11)
    p.text(
        m, m + 7, fit(f"{h.street}, {h.town}  {h.phone}", h.font, 6.5, w * 0.62 - m), h.font, 6.5
    )
    p.text(
        w - m,
        m - 4,
        tr(lg, "JOB SHEET", "EINSATZBERICHT", "BON D'INTERVENTION"),
        s.bold,
        11,
        "right",
    )
    no = f"{rng.randint(1, 9999):05d}"
    p.text(w - m, m + 9, f"No {no}", "Courier-Bold", 11, "right")
    y = m + 20
    caller = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), caller if job.role == "housing" else job.cust[0]),
            (
                tr(lg, "Tel", "Telefon", "Tél."),
                f"0{rng.randint(7000, 7999)} {rng.randint(100000, 999999)}",
            ),
            (tr(lg, "Address", "Adresse", "Adresse"), job.site),
            (
                tr(lg, "Billing", "Rechnung an", "Facturer à"),
                job.cust[0] if rng.random() < 0.7 else "",
            ),
            (
                tr(lg, "Called", "Anruf", "Appel"),
                f"{short(d, lg)[:5]} {rng.randint(7, 20)}:{rng.randint(10, 59)}",
            ),
            (
                tr(lg, "Arrived / left", "Ankunft / Ende", "Arrivée / départ"),
                f"{rng.randint(8, 21)}:{rng.randint(10, 59)} / {rng.randint(9, 22)}:"
                f"{rng.randint(10, 59)}",
            ),
        ],
        per=2,
        tall=24,
    )
    pests = PESTS[lg][:8]
    y = ticks(p, s, m, y, w - 2 * m, pests, {job.pest}, pt=7)
    p.text(
        m,
        y,
        tr(lg, "Work carried out:", "Durchgeführte Arbeiten:", "Travaux réalisés :"),
        s.bold,
        7.5,
    )
    y += 12
    lines = max(3, int((hh - y - 140) / 15))
    for k in range(lines):
        p.line(m, y + 3, w - m, y + 3)
        if k < rng.randint(2, lines):
            hand(p, m + 2, y, words(rng, lg, "pest", rng.randint(5, 9)), 8.5, w - 2 * m - 4)
        y += 15
    used = rng.choice(PEST_PRODUCTS[job.pest] or [12])
    y += 4
    p.text(m, y, tr(lg, "Product / qty:", "Mittel / Menge:", "Produit / qté :"), s.font, 7)
    hand(
        p,
        m + 70,
        y,
        f"{product(used, lg).rsplit(' ', 2)[0]} {rng.randint(1, 8) * 10}g",
        8.5,
        w - 2 * m - 72,
    )
    y += 16
    charge = rng.choice([75, 85, 95, 120, 145, 165])
    p.text(m, y, tr(lg, "Charge:", "Betrag:", "Montant :"), s.font, 7)
    hand(p, m + 44, y, cash(charge, lg), 9.5)
    ticks(
        p,
        s,
        w / 2 - 20,
        y,
        w / 2 - m + 20,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "Karte", "CB"),
            tr(lg, "Invoice", "Rechnung", "Facture"),
        ],
        {rng.randrange(3)},
        pt=7,
    )
    y += 20
    bw = (w - 2 * m - 8) / 2
    sign_box(p, s, m, y, bw, tr(lg, "Technician", "Techniker", "Technicien"), job.tech)
    sign_box(
        p, s, m + bw + 8, y, bw, tr(lg, "Customer", "Kunde", "Client"), caller, rng.random() < 0.9
    )
    p.text(
        w / 2,
        hh - 14,
        tr(
            lg,
            "WHITE - customer   YELLOW - office   PINK - book",
            "WEISS - Kunde   GELB - Büro   ROSA - Block",
            "BLANC - client   JAUNE - bureau   ROSE - souche",
        ),
        s.font,
        6,
        "center",
    )
    pages = [p]
    if rng.random() < 0.25:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms of business",
                    "Geschäftsbedingungen",
                    "Conditions générales d'intervention",
                ),
                CONTRACT_CLAUSES[lg][4:10],
            )
        )
    remember(job, d, (no, charge))
    return pages


def tpl_treatment_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's certificate of treatment for one flat or premises (bed bug heat
    treatment, cockroach gel treatment, rodent treatment), as a housing association or a
    syndic asks for it: the certificate wording, the products with their authorisation
    numbers, the safety advice for the occupants, the company stamp and signature."""
    prev = LAST["job"]
    if after(("callout_sheet",)) and isinstance(prev, Job):
        job = prev
    else:
        job = a_job(rng, ("housing",))
        if after(("treatment_certificate",)) and isinstance(prev, Job):
            job.cust, job.lang, job.role = prev.cust, prev.lang, prev.role
            job.site = flat_address(rng, job.lang, job.cust[2].split(maxsplit=1)[-1])
            job.pest = prev.pest
    if job.pest in (4, 5, 6, 8):
        job.pest = rng.choice([0, 1, 2, 3, 3])
    h = office_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("callout_sheet",), (0, 10))
    f = sheets(s, h)
    pest = PESTS[lg][job.pest]
    title = tr(
        lg,
        "CERTIFICATE OF TREATMENT",
        "BESCHEINIGUNG ÜBER DIE DURCHGEFÜHRTE SCHÄDLINGSBEKÄMPFUNG",
        "ATTESTATION D'INTERVENTION",
    )
    f.y += 10
    pt = shrink(title, s.bold, 15, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 28
    no = f"{d.year}/{rng.randint(100, 1999)}"
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Certificate no.", "Bescheinigung Nr.", "Attestation n°"), no),
                (tr(lg, "Premises", "Objekt", "Lieu d'intervention"), job.site),
                (
                    tr(
                        lg,
                        "Owner / managing agent",
                        "Eigentümer / Verwaltung",
                        "Propriétaire / bailleur",
                    ),
                    job.cust[0],
                ),
                (tr(lg, "Target pest", "Schädling", "Nuisible traité"), pest),
                (
                    tr(lg, "Date(s) of treatment", "Behandlungsdatum", "Date(s) d'intervention"),
                    short(d, lg)
                    + (f", {short(d + timedelta(days=14), lg)}" if rng.random() < 0.5 else ""),
                ),
                (tr(lg, "Technician", "Ausführender", "Technicien applicateur"), job.tech),
            ],
            w - m,
            s.size,
        )
        + 14
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We certify that the above premises have been treated against {pest.lower()} "
            "by our company in accordance with the BPCA codes of practice and the product "
            "labels. Occupiers were given written preparation and aftercare advice.",
            "Hiermit bestätigen wir, dass in dem oben genannten Objekt eine Bekämpfung "
            f"von {pest} fachgerecht nach den Vorgaben der Gefahrstoffverordnung und der "
            "Gebrauchsanweisung der eingesetzten Mittel durchgeführt wurde.",
            "Nous attestons avoir réalisé dans les locaux désignés ci-dessus un traitement "
            f"contre les {pest.lower()}, conformément à la réglementation biocides et "
            "aux préconisations des fabricants.",
        ),
    )
    used = rng.sample(PEST_PRODUCTS[job.pest], min(2, len(PEST_PRODUCTS[job.pest])))
    table(
        f,
        columns(m, w - m, [(3, "left"), (2.2, "left"), (1.8, "left")]),
        [
            tr(lg, "Product", "Präparat", "Produit"),
            tr(lg, "Active substance", "Wirkstoff", "Substance active"),
            tr(lg, "Authorisation no.", "Zulassungs-Nr.", "N° AMM"),
        ],
        [
            [
                product(k, lg).rsplit(" ", 2)[0],
                PRODUCTS[k][3],
                serial(
                    rng, {"en": "UK-2019-9999", "de": "DE-0099999-14", "fr": "FR-2020-9999"}[lg]
                ),
            ]
            for k in used
        ],
        s,
        rules=True,
    )
    f.y += 6
    f.heading(
        m,
        tr(lg, "Advice to occupiers", "Hinweise für die Bewohner", "Consignes aux occupants"),
        s.bold,
        s.size,
    )
    for _k in range(rng.randint(2, 4)):
        write(f, s, f"- {words(rng, lg, 'safety', rng.randint(8, 14))}", s.size - 1, indent=6)
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "A follow-up visit is booked for",
                "Eine Nachkontrolle ist vorgesehen am",
                "Un second passage est prévu le",
            )
            + f" {day(h, d + timedelta(days=rng.choice([10, 14, 21])))}.",
        )
    f.need(110)
    f.y += 20
    f.page.text(m, f.y, f"{h.town.split(maxsplit=1)[-1]}, {day(h, d)}", s.font, s.size)
    scrawl(f.page, m, f.y + 40, boss() if rng.random() < 0.5 else job.tech)
    seal(f.page, m + 210, f.y + 36, 32, h.name.upper()[:30], h.town.split(maxsplit=1)[-1].upper())
    f.y += 60
    received(rng, f.pages[0], d, 0.0)
    remember(job, d, no)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates CCCC: quotations, acceptances and works
# ---------------------------------------------------------------------------------------------

WORKS = {
    # en, de, fr, unit, price
    "birds": [
        (
            "Supply and fix stainless steel bird spikes to ledges",
            "Lieferung und Montage Edelstahl-Taubenspikes auf Simsen",
            "Fourniture et pose de picots inox sur corniches",
            "m",
            18.5,
        ),
        (
            "Install 19 mm bird netting to light well / canopy",
            "Montage Taubenabwehrnetz 19 mm im Lichthof",
            "Pose de filet anti-pigeons 19 mm sur courette",
            "m2",
            24.0,
        ),
        (
            "Post and wire system to parapet",
            "Spanndrahtsystem auf Attika",
            "Système à fils tendus sur acrotère",
            "m",
            21.0,
        ),
        (
            "Removal of guano, disinfection, bagging and disposal",
            "Entfernung Taubenkot, Desinfektion, Entsorgung",
            "Nettoyage des fientes, désinfection, évacuation",
            "h",
            48.0,
        ),
        (
            "Hire of mobile elevating work platform (per day)",
            "Hubarbeitsbühne (je Tag)",
            "Location nacelle élévatrice (par jour)",
            "day",
            285.0,
        ),
    ],
    "wasps": [
        (
            "Treatment of wasp nest (first nest)",
            "Bekämpfung Wespennest (erstes Nest)",
            "Destruction nid de guêpes (premier nid)",
            "item",
            65.0,
        ),
        (
            "Each additional nest same visit",
            "Jedes weitere Nest beim selben Einsatz",
            "Nid supplémentaire même passage",
            "item",
            20.0,
        ),
        (
            "Removal of nest from roof void after treatment",
            "Entfernung des Nestes aus dem Dachboden",
            "Retrait du nid en combles après traitement",
            "item",
            45.0,
        ),
        (
            "Ladder access / height surcharge",
            "Zuschlag Leiter / Höhe",
            "Supplément accès en hauteur",
            "item",
            25.0,
        ),
    ],
    "proofing": [
        (
            "Seal pipe penetrations with steel wool and mortar",
            "Rohrdurchführungen mit Stahlwolle und Mörtel abdichten",
            "Calfeutrage des passages de gaines (laine d'acier et mortier)",
            "item",
            14.0,
        ),
        (
            "Fit brush strips to external doors",
            "Bürstendichtungen an Außentüren",
            "Pose de bas de porte brosse",
            "item",
            38.0,
        ),
        (
            "Fit rodent mesh to air bricks",
            "Nagergitter vor Lüftungsöffnungen",
            "Grilles anti-rongeurs sur aérations",
            "item",
            12.5,
        ),
        (
            "Install non-return valve to drain (rat blocker)",
            "Rückstauklappe / Rattensperre im Kanal",
            "Clapet anti-retour sur canalisation",
            "item",
            240.0,
        ),
        (
            "CCTV drain survey",
            "Kanal-TV-Inspektion",
            "Inspection caméra des réseaux",
            "item",
            195.0,
        ),
    ],
}


def work_rows(rng: random.Random, kind: str, lg: str) -> list[tuple[str, str, float, float]]:
    li = {"en": 0, "de": 1, "fr": 2}[lg]
    units = {
        "m": "m",
        "m2": "m²",
        "h": tr(lg, "hr", "Std.", "h"),
        "day": tr(lg, "day", "Tag", "jour"),
        "item": tr(lg, "no.", "Stk.", "u"),
    }
    out = []
    for row in rng.sample(WORKS[kind], rng.randint(2, len(WORKS[kind]))):
        q = {
            "m": rng.randint(6, 60),
            "m2": rng.randint(10, 90),
            "h": rng.randint(2, 8),
            "day": rng.randint(1, 2),
            "item": rng.randint(1, 3) if kind == "wasps" else rng.randint(1, 12),
        }[row[3]]
        out.append((row[li], units[row[3]], float(q), row[4] * rng.uniform(0.95, 1.1)))
    return out


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's quotation for bird proofing, wasp nest removal or proofing works: the
    covering letter, the specification and price table, the terms page now and then, and the
    acceptance slip to sign and return, at the foot of the prices or on a page of its own."""
    job = job_for(rng, ("eho_notice",), ("restaurant", "factory", "housing"))
    h = office_head()
    lg = h.lang
    cl = cust_head(job)
    s = style_of(h, A4 if lg != "en" or keyed(who, "paper").random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("eho_notice",), (2, 9))
    kind = (
        "proofing"
        if after(("eho_notice",))
        else rng.choice(["birds", "birds", "wasps", "proofing"])
    )
    no = f"{tr(lg, 'Q', 'AN', 'DV')}{d.year % 100}{rng.randint(100, 999)}"
    subject = {
        "birds": tr(
            lg,
            "Bird proofing works",
            "Taubenabwehr",
            "Travaux d'effarouchement et de protection anti-pigeons",
        ),
        "wasps": tr(
            lg,
            "Wasp nest treatment and removal",
            "Wespennestbekämpfung",
            "Destruction de nids de guêpes",
        ),
        "proofing": tr(
            lg,
            "Rodent proofing works",
            "Bauliche Maßnahmen gegen Nager",
            "Travaux de calfeutrage anti-rongeurs",
        ),
    }[kind]
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    contact = staff(cl, "manager")
    recipient(
        f,
        s,
        h,
        head_lines(cl, mx(contact, lg) if lg != "fr" else f"À l'attention de {mx(contact, lg)}"),
        d,
        [(tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), no)],
    )
    caption(f, s, f"{tr(lg, 'Quotation', 'Angebot', 'Devis')}: {subject} - {job.site}", 1)
    f.page.text(m, f.y, dear(lg, mx(contact, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for asking us to inspect the above property. Following our survey "
            f"on {day(h, d - timedelta(days=rng.randint(1, 6)))} we are pleased to quote "
            "as follows.",
            "vielen Dank für Ihre Anfrage. Nach der Besichtigung am "
            f"{day(h, d - timedelta(days=rng.randint(1, 6)))} "
            "bieten wir Ihnen die folgenden Leistungen an.",
            f"Suite à notre visite du {day(h, d - timedelta(days=rng.randint(1, 6)))}, "
            "nous avons le plaisir de vous adresser notre proposition.",
        ),
    )
    write(f, s, prose(rng, lg, "pest", 1, 3))
    f.heading(
        m,
        tr(lg, "Specification and prices", "Leistungsverzeichnis", "Détail des prestations"),
        s.bold,
        s.size + 0.5,
    )
    rows = work_rows(rng, kind, lg)
    net = 0.0
    trows = []
    for k, (t, u, q, pr) in enumerate(rows):
        v = round(q * pr, 2)
        net += v
        trows.append([str(k + 1), t, qty(q, lg), u, money(pr, lg), money(v, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (5, "left"),
                (0.8, "right"),
                (0.6, "center"),
                (1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            "#",
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U."),
            tr(lg, "Rate", "EP", "PU HT"),
            tr(lg, "Amount", "GP", "Total HT"),
        ],
        trows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.5,
    )
    gross = totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "This quotation is valid for 60 days. Works carry a 12 month guarantee; access "
            "equipment is included where stated.",
            "Dieses Angebot ist 60 Tage gültig. Auf die Montagearbeiten gewähren wir "
            "12 Monate Gewährleistung.",
            "Devis valable 60 jours. Acompte de 30 % à la commande, solde à réception des travaux.",
        ),
        s.size - 1,
    )
    regards(f, s, lg, boss(), tr(lg, "Managing Director", "Inhaber", "Gérant"))
    pages = list(f.pages)
    terms = rng.random() < 0.35
    if terms:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and conditions for works",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                CONTRACT_CLAUSES[lg][3:12],
            )
        )
    slip_head = tr(lg, "ACCEPTANCE", "AUFTRAGSERTEILUNG", "BON POUR ACCORD")
    slip_lines = [
        tr(
            lg,
            f"I/We accept quotation {no} for {cash(gross, lg)} incl. VAT and ask you to "
            "carry out the works.",
            f"Hiermit beauftragen wir Sie gemäß Angebot {no} über {cash(gross, lg)} brutto.",
            f"Je soussigné accepte le devis {no} d'un montant de {cash(gross, lg)} TTC.",
        ),
        tr(
            lg,
            "Name: ______________________  Position: _______________  PO no.: __________",
            "Name: ______________________  Funktion: ______________  Bestell-Nr.: ________",
            "Nom : ______________________  Qualité : ______________  N° commande : ______",
        ),
        tr(
            lg,
            "Signature: _________________________________  Date: ______________",
            "Unterschrift: _______________________________  Datum: _____________",
            "Signature : _______________________________  Date : ______________",
        ),
    ]
    if rng.random() < 0.5 and f.y < hh - m - 150 and not terms:
        p = f.pages[-1]
        y = hh - m - 120
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg,
                "cut here and return",
                "bitte abtrennen und zurücksenden",
                "à découper et à retourner",
            ),
        )
        y += 20
        p.text(m, y, slip_head, s.bold, s.size + 1)
        y += 16
        for t in slip_lines:
            p.text(m, y, fit(t, s.font, s.size - 1, w - 2 * m), s.font, s.size - 1)
            y += 18
    else:
        ap = Page(s.page_size)
        y = heading(ap, s, h)
        ap.text(m, y + 10, slip_head, s.bold, s.size + 4)
        y += 40
        for t in slip_lines:
            for ln in wrap(t, s.font, s.size, w - 2 * m):
                ap.text(m, y, ln, s.font, s.size)
                y += 16
            y += 18
        ap.text(
            m,
            y,
            tr(lg, "Preferred start date:", "Gewünschter Ausführungstermin:", "Date souhaitée :"),
            s.font,
            s.size,
        )
        pages.append(ap)
    remember(job, d, (no, kind, gross))
    return close(pages, s, h)


def tpl_acceptance(rng: random.Random, who: Issuer) -> list[Page]:
    """The customer's acceptance of a quotation: the company's acceptance form returned
    signed, the customer's own purchase order, or a printed e-mail."""
    job = job_for(rng, ("quotation",), ("restaurant", "factory", "housing"))
    ex = LAST["extra"]
    if after(("quotation",)) and isinstance(ex, tuple):
        qno, kind, gross = ex
    else:
        qno, kind, gross = (
            f"Q{rng.randint(10000, 99999)}",
            rng.choice(list(WORKS)),
            float(rng.randint(300, 4000)),
        )
    cl = cust_head(job)
    lg = cl.lang
    oh = office_head()
    d = last_day(rng, ("quotation",), (3, 20))
    signer = staff(cl, "manager")
    mode = (
        rng.choice(["form", "po", "mail"])
        if job.role != "restaurant"
        else rng.choice(["form", "mail"])
    )
    s = style_of(cl, A4)
    w, hh = s.page_size
    m = s.margin
    if mode == "form":
        h = oh
        s = style_of(h, A4)
        p = Page(A4)
        y = heading(p, s, h)
        p.text(
            m,
            y + 10,
            tr(h.lang, "ACCEPTANCE", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
            s.bold,
            s.size + 4,
        )
        y += 40
        p.text(
            m,
            y,
            f"{tr(h.lang, 'Quotation', 'Angebot', 'Devis')} {qno} - {cash(gross, h.lang)}",
            s.font,
            s.size,
        )
        y += 30
        for lab, val in [
            (tr(h.lang, "Name", "Name", "Nom"), signer),
            (
                tr(h.lang, "Position", "Funktion", "Qualité"),
                tr(h.lang, "Facilities manager", "Objektleitung", "Responsable technique"),
            ),
            (
                tr(h.lang, "Order no.", "Bestell-Nr.", "N° commande"),
                serial(rng, "PO-99999") if rng.random() < 0.6 else "",
            ),
            (tr(h.lang, "Date", "Datum", "Date"), short(d, h.lang)),
        ]:
            p.text(m, y, f"{lab}:", s.font, s.size)
            p.line(m + 90, y + 2, w - m, y + 2)
            if val:
                hand(p, m + 94, y - 1, val, 10)
            y += 26
        p.text(m, y, tr(h.lang, "Signature:", "Unterschrift:", "Signature :"), s.font, s.size)
        scrawl(p, m + 96, y, signer, 15)
        if rng.random() < 0.6:
            stamp(p, w - m - 180, y + 30, [cl.name[:32], cl.street[:32], cl.town[:32]])
        if h.lang == "fr":
            hand(p, m + 96, y + 30, "Bon pour accord", 11)
        pages = [p]
    elif mode == "po":
        f = sheets(s, cl)
        title = tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE")
        f.page.text(w - m, f.y, title, s.bold, s.size + 5, "right")
        f.y += 14
        po = serial(rng, rng.choice(["4500999999", "PO-99999", "BC99-9999"]))
        below = window(f.page, s, None, f.y + 8, office_lines())
        yy = pairs(
            f.page,
            s,
            w * 0.56,
            f.y + 8,
            [
                (tr(lg, "Order no.", "Bestell-Nr.", "N° de commande"), po),
                (tr(lg, "Date", "Datum", "Date"), day(cl, d)),
                (tr(lg, "Your quotation", "Ihr Angebot", "Votre devis"), qno),
                (tr(lg, "Buyer", "Einkauf", "Acheteur"), signer),
            ],
            w - m,
            s.size - 1.5,
        )
        f.y = max(below, yy) + 14
        net = round(gross / (1 + vat_rate(lg) / 100), 2)
        table(
            f,
            columns(m, w - m, [(0.5, "left"), (5, "left"), (1.3, "right")]),
            [
                "Pos",
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Net", "Netto", "HT"),
            ],
            [
                [
                    "10",
                    tr(
                        lg,
                        "Works as per quotation",
                        "Leistungen gemäß Angebot",
                        "Travaux selon devis",
                    )
                    + f" {qno}",
                    money(net, lg),
                ]
            ],
            s,
            rules=True,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Site: {job.site}. Please quote the order number on your invoice.",
                f"Leistungsort: {job.site}. Bitte die Bestellnummer auf der Rechnung angeben.",
                f"Lieu : {job.site}. Merci de rappeler le numéro de commande sur votre facture.",
            ),
            s.size - 1,
        )
        f.need(50)
        f.y += 10
        scrawl(f.page, m, f.y + 10, signer)
        f.page.text(m, f.y + 22, signer, s.font, 8)
        pages = close(f.pages, s, cl, numbers="none")
    else:
        f = sheets(s, cl, "", top=False)
        f.y = m
        mail_head(
            f,
            s,
            lg,
            f"{signer} <{email_of(signer, cl)}>",
            oh.mail or oh.name,
            f"{day(cl, d)} {rng.randint(8, 17)}:{rng.randint(10, 59):02d}",
            f"{tr(lg, 'RE: Quotation', 'AW: Angebot', 'RE : Devis')} {qno}",
        )
        f.page.text(
            m,
            f.y,
            dear(lg, None) if lg != "en" else f"Hi {rng.choice([boss(), admin()]).split()[0]},",
            s.font,
            s.size,
        )
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Thanks for the quote ({qno}). We are happy to go ahead - please book "
                "the work in as soon as you can and let us know the date so we can arrange "
                "access.",
                f"vielen Dank für Ihr Angebot {qno}. Hiermit erteilen wir Ihnen den Auftrag. "
                "Bitte stimmen Sie den Termin mit unserem Hausmeister ab.",
                f"Merci pour votre devis {qno}. Nous vous donnons notre accord pour les "
                "travaux ; merci de convenir d'une date avec le gardien.",
            ),
        )
        write(f, s, words(rng, lg, "pest", rng.randint(8, 14)))
        f.page.text(m, f.y, signer, s.font, s.size)
        f.page.text(m, f.y + 12, cl.name, s.font, s.size - 1)
        f.y += 40
        if rng.random() < 0.6:
            sender = rng.choice([boss(), admin()])
            for lab, val in [
                (tr(lg, "From", "Von", "De"), f"{sender} <{oh.mail or 'info'}>"),
                (
                    tr(lg, "Sent", "Gesendet", "Envoyé"),
                    f"{short(d - timedelta(days=rng.randint(2, 9)), lg)}",
                ),
                (
                    tr(lg, "Subject", "Betreff", "Objet"),
                    f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {qno}",
                ),
            ]:
                f.need(12)
                f.page.text(m, f.y, f"{lab}: {val}", s.font, s.size - 1)
                f.y += 11
            f.y += 6
            for para in [
                dear(lg, None),
                tr(
                    lg,
                    f"Please find attached our quotation {qno} for the works discussed. "
                    "Let us know if you would like to go ahead.",
                    f"anbei erhalten Sie unser Angebot {qno}. Für Rückfragen stehen wir gern "
                    "zur Verfügung.",
                    f"Veuillez trouver ci-joint notre devis {qno}. Nous restons à votre "
                    "disposition.",
                ),
                sender,
            ]:
                for ln in wrap(para, s.font, s.size - 1, w - 2 * m - 12):
                    f.need(12)
                    f.page.text(m + 12, f.y, ln, s.font, s.size - 1)
                    f.page.line(m + 4, f.y - 8, m + 4, f.y + 3)
                    f.y += 11
                f.y += 4
        pages = f.pages
        for k, p in enumerate(pages):
            p.text(w - m, hh - 24, f"{k + 1}/{len(pages)}", s.font, 7, "right")
    received(rng, pages[0], d, 0.25)
    remember(job, d, (qno, kind, gross))
    return pages


def tpl_works_completion(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's completion report for proofing or bird works: the works done, materials,
    the guarantee, the customer's sign-off; a page of before and after photographs."""
    job = job_for(rng, ("acceptance", "quotation"))
    ex = LAST["extra"]
    kind = (
        ex[1]
        if after(("acceptance", "quotation")) and isinstance(ex, tuple)
        else rng.choice(["birds", "proofing"])
    )
    if kind == "wasps":
        kind = "proofing"
    h = office_head()
    lg = h.lang
    cl = cust_head(job)
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("acceptance", "quotation"), (7, 25))
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Completion report', 'Abnahmeprotokoll', 'Procès-verbal de fin de travaux')} "
        f"- {job.site}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Works Completion Report",
            "Abnahmeprotokoll / Leistungsnachweis",
            "Procès-verbal de réception des travaux",
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
            (tr(lg, "Client", "Auftraggeber", "Client"), cl.name),
            (tr(lg, "Site", "Objekt", "Site"), job.site),
            (
                tr(lg, "Works started", "Beginn", "Début"),
                short(d - timedelta(days=rng.randint(1, 3)), lg),
            ),
            (tr(lg, "Completed", "Fertigstellung", "Fin"), short(d, lg)),
            (tr(lg, "Team", "Monteure", "Équipe"), " / ".join(rng.sample(technicians(), 2))),
            (
                tr(lg, "Guarantee", "Gewährleistung", "Garantie"),
                tr(lg, "12 months", "12 Monate", "12 mois"),
            ),
        ],
        hand=False,
    )
    f.heading(
        m,
        tr(lg, "Works carried out", "Ausgeführte Arbeiten", "Travaux réalisés"),
        s.bold,
        s.size + 0.5,
    )
    for t, u, q, _ in work_rows(rng, kind, lg):
        write(f, s, f"- {t}: {qty(q, lg)} {u}", indent=6)
    write(f, s, prose(rng, lg, "pest", 1, 2), s.size - 0.5)
    f.heading(m, tr(lg, "Handover", "Abnahme", "Réception"), s.bold, s.size + 0.5)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Accepted without reservation", "Abnahme ohne Mängel", "Réception sans réserve"),
            tr(
                lg,
                "Accepted with snags listed",
                "Abnahme mit Restpunkten",
                "Réception avec réserves",
            ),
        ],
        {0 if rng.random() < 0.8 else 1},
    )
    f.need(70)
    bw = (w - 2 * m - 10) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y,
        bw,
        tr(lg, "For the company", "Auftragnehmer", "L'entreprise"),
        rng.choice(technicians()),
    )
    sign_box(
        f.page,
        s,
        m + bw + 10,
        f.y,
        bw,
        tr(lg, "For the client", "Auftraggeber", "Le client"),
        staff(cl, "site"),
        rng.random() < 0.8,
    )
    f.y += 56
    pages = f.pages
    if rng.random() < 0.75:
        ph = Page(A4)
        y = running_header(ph, s, f"{cl.name} - {job.site}") + 8
        ph.text(m, y, tr(lg, "Before / after", "Vorher / nachher", "Avant / après"), s.bold, 12)
        y += 16
        pw = (w - 2 * m - 14) / 2
        for k in range(rng.choice([2, 3])):
            for j, lab in enumerate(
                [tr(lg, "Before", "Vorher", "Avant"), tr(lg, "After", "Nachher", "Après")]
            ):
                x = m + j * (pw + 14)
                photo(ph, x, y, pw, 170, rng)
                ph.text(x, y + 182, f"{k + 1}{'ab'[j]} - {lab}", s.font, 8)
            y += 205
        pages.append(ph)
    remember(job, d)
    return close(pages, s, h)


def tpl_tenant_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A tenant's complaint about an infestation or about the company's visits: a letter
    handwritten on lined A5 or typed, now and then forwarded by the housing association with a
    compliments slip on top."""
    job = a_job(rng, ("housing",))
    lg = job.lang
    ha = cust_head(job)
    d = some_day(rng)
    first, last = rng.choice(FIRSTS[lg]), rng.choice(LASTS[lg])
    tenant = f"{first} {last}"
    pages: list[Page] = []
    if rng.random() < 0.35:
        cp = Page(COMP_SLIP)
        cs = style_of(ha, COMP_SLIP, margin=26, pt=8)
        cw, ch = COMP_SLIP
        y = heading(cp, cs, ha)
        cp.text(
            cw / 2,
            y + 4,
            tr(lg, "With compliments", "Mit freundlichen Empfehlungen", "Avec nos compliments"),
            italic_of(ha.font),
            12,
            "center",
        )
        hand(
            cp,
            30,
            y + 28,
            tr(
                lg,
                f"For your attention - please call the tenant. {staff(ha, 'officer').split()[0]}",
                f"Zur Kenntnis und Erledigung - {staff(ha, 'officer')}",
                f"Pour suite à donner - {staff(ha, 'officer')}",
            ),
            9,
            cw - 60,
        )
        cp.text(
            cw / 2,
            ch - 12,
            fit(f"{ha.street}, {ha.town}  {ha.phone}", cs.font, 6.5, cw - 40),
            cs.font,
            6.5,
            "center",
        )
        pages.append(cp)
    handwritten = rng.random() < 0.5
    pest = PESTS[lg][job.pest].lower() if lg != "de" else PESTS[lg][job.pest]
    body = [
        tr(
            lg,
            f"I am writing to complain about the {pest} in my flat which still have not "
            "gone after your man came three times.",
            f"ich beschwere mich hiermit über die {pest} in meiner Wohnung. Ihr Techniker "
            "war schon dreimal da und es hat sich nichts gebessert.",
            f"Je vous écris pour me plaindre des {pest} dans mon logement. Votre technicien "
            "est passé trois fois et le problème n'est toujours pas réglé.",
        ),
        tr(
            lg,
            "Nobody turned up for the appointment and I had taken the day off work.",
            "Zum vereinbarten Termin ist niemand gekommen, obwohl ich mir extra frei "
            "genommen habe.",
            "Personne n'est venu au rendez-vous alors que j'avais pris un jour de congé.",
        ),
        tr(
            lg,
            "My children are scared and the smell from the bait boxes in the bin store is awful.",
            "Meine Kinder haben Angst und im Müllraum riecht es unerträglich.",
            "Mes enfants ont peur et l'odeur dans le local poubelles est insupportable.",
        ),
        tr(
            lg,
            "I want to know what you are going to do about it and when.",
            "Ich erwarte eine Antwort, was Sie jetzt unternehmen.",
            "Je souhaite savoir ce que vous comptez faire et dans quel délai.",
        ),
    ]
    if handwritten:
        p = Page(A5)
        w, hh = A5
        y = 40.0
        for t in [tenant, job.site.split(", ")[0], *job.site.split(", ")[1:]]:
            hand(p, w - 170, y, t, 9, 150)
            y += 13
        hand(p, w - 170, y + 6, short(d, lg), 9)
        y += 36
        for _k in range(int((hh - y - 30) / 17)):
            p.line(30, y + 3, w - 30, y + 3)
            y += 17
        y = 40 + 13 * 4 + 36
        paras = [
            [dear(lg, None)],
            [" ".join(rng.sample(body, 2))],
            [rng.choice(body)],
            [tr(lg, "Yours", "Mit freundlichen Grüßen", "Salutations")],
        ]
        for para in paras:
            for ln in wrap(" ".join(para), HAND, 9.5, w - 70):
                if y > hh - 58:
                    break
                hand(p, 34, y, ln, 9.5)
                y += 17
        scrawl(p, 40, min(y + 4, hh - 36), tenant)
        pages.append(p)
    else:
        h = Head(
            tenant,
            lg,
            job.site.split(", ")[0],
            ", ".join(job.site.split(", ")[1:]),
            "",
            "tenant",
            "plain",
            "Helvetica",
            "Helvetica-Bold",
            10,
            60,
            False,
            [],
            "none",
            "bc",
            "short",
            "",
        )
        s = style_of(h, A4)
        w, hh = A4
        p = Page(A4)
        y = 60.0
        for t in [tenant, h.street, h.town]:
            p.text(w - 60, y, fit(t, s.font, 10, 200), s.font, 10, "right")
            y += 13
        y += 20
        for t in office_lines():
            p.text(60, y, t, s.font, 10)
            y += 13
        y += 16
        p.text(w - 60, y, day(h, d), s.font, 10, "right")
        y += 26
        p.text(60, y, tr(lg, "Complaint - pest problem", "Beschwerde", "Réclamation"), s.bold, 10)
        y += 22
        for t in [
            dear(lg, None),
            *rng.sample(body, rng.randint(2, 4)),
            prose(rng, lg, "pest", 1, 1),
        ]:
            y = _para(p, 60, y, w - 120, t, s.font, 10)
        y += 10
        p.text(
            60,
            y,
            tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Salutations distinguées"),
            s.font,
            10,
        )
        scrawl(p, 60, y + 34, tenant)
        p.text(60, y + 46, tenant, s.font, 10)
        if rng.random() < 0.4:
            p.text(
                60,
                y + 66,
                tr(lg, f"cc {ha.name}", f"Kopie: {ha.name}", f"Copie : {ha.name}"),
                s.font,
                8,
            )
        pages.append(p)
    received(rng, pages[-1], d, 0.4)
    remember(job, d, tenant)
    return pages


def _para(p: Page, x: float, y: float, w: float, text: str, font: str, pt: float) -> float:
    for ln in wrap(text, font, pt, w):
        p.text(x, y, ln, font, pt)
        y += pt * 1.4
    return y + pt * 0.7


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's reply to a tenant's complaint, copied to the housing association: the
    visits made, what was found, what will be done next; one or two pages."""
    job = job_for(rng, ("tenant_complaint",), ("housing",))
    ex = LAST["extra"]
    tenant = (
        ex
        if after(("tenant_complaint",)) and isinstance(ex, str)
        else f"{rng.choice(FIRSTS[job.lang])} {rng.choice(LASTS[job.lang])}"
    )
    h = office_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("tenant_complaint",), (3, 12))
    f = sheets(s, h, f"{h.name} - {tenant}")
    recipient(
        f,
        s,
        h,
        [mx(tenant, lg), *job.site.split(", ")],
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), job.ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Your letter of {short(d - timedelta(days=rng.randint(4, 10)), lg)}",
            f"Ihr Schreiben vom {short(d - timedelta(days=rng.randint(4, 10)), lg)}",
            f"Votre courrier du {short(d - timedelta(days=rng.randint(4, 10)), lg)}",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, mx(tenant, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your letter, and I am sorry to hear of the continuing problem "
            "in your home.",
            "vielen Dank für Ihr Schreiben. Es tut uns leid, dass das Problem in Ihrer "
            "Wohnung weiterhin besteht.",
            "Nous avons bien reçu votre courrier et regrettons les désagréments que vous subissez.",
        ),
    )
    f.heading(m, tr(lg, "Our visits", "Unsere Einsätze", "Nos interventions"), s.bold, s.size)
    rows = []
    for k in range(rng.randint(2, 4)):
        dd = d - timedelta(days=7 * (k + 1) + rng.randint(0, 3))
        rows.append(
            [short(dd, lg), rng.choice(technicians()), words(rng, lg, "pest", rng.randint(4, 7))]
        )
    table(
        f,
        columns(m, w - m, [(1.1, "left"), (1.6, "left"), (4.5, "left")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Technician", "Techniker", "Technicien"),
            tr(lg, "Outcome", "Ergebnis", "Résultat"),
        ],
        list(reversed(rows)),
        s,
        rules=True,
    )
    write(f, s, prose(rng, lg, "pest", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            f"We will call again on {day(h, d + timedelta(days=rng.randint(3, 9)))} and "
            f"have asked {job.cust[0]} to carry out the proofing works we recommended.",
            f"Wir kommen am {day(h, d + timedelta(days=rng.randint(3, 9)))} erneut und "
            f"haben die {job.cust[0]} gebeten, die empfohlenen baulichen Maßnahmen umzusetzen.",
            f"Nous repasserons le {day(h, d + timedelta(days=rng.randint(3, 9)))} et avons "
            f"demandé à {job.cust[0]} de réaliser les travaux de calfeutrage préconisés.",
        ),
    )
    regards(
        f,
        s,
        lg,
        boss() if rng.random() < 0.5 else admin(),
        tr(lg, "Operations", "Betriebsleitung", "Responsable d'exploitation"),
    )
    f.page.text(m, f.y, f"cc: {job.cust[0]}", s.font, s.size - 1.5)
    f.y += 12
    remember(job, d)
    return close(f.pages, s, h)


BILLED = {
    "en": [
        "Quarterly contract charge",
        "Call-out - rodent treatment",
        "Wasp nest treatment",
        "Bird proofing works",
        "Follow-up visit",
        "Bed bug heat treatment",
        "Proofing works (doors)",
    ],
    "de": [
        "Quartalspauschale Monitoring",
        "Sondereinsatz Rattenbekämpfung",
        "Wespennestbekämpfung",
        "Taubenabwehr Montage",
        "Nachkontrolle",
        "Bettwanzenbehandlung",
        "Abdichtungsarbeiten",
    ],
    "fr": [
        "Forfait trimestriel 3D",
        "Intervention dératisation",
        "Destruction nid de guêpes",
        "Pose de picots anti-pigeons",
        "Contre-visite",
        "Traitement punaises de lit",
        "Travaux de calfeutrage",
    ],
}


def tpl_credit_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's payment reminder to a customer (first, second or final), with the open
    items, the statutory interest or fee in Germany and France, and a remittance slip."""
    h = office_head()
    lg = h.lang
    job = a_job(rng)
    ex = LAST["extra"]
    level = 1
    if after(("credit_reminder",)) and isinstance(ex, int) and rng.random() < 0.4:
        level = min(3, ex + 1)
    else:
        level = rng.choice([1, 1, 2, 3])
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    cl = cust_head(job)
    f = sheets(s, h, f"{h.name} - {cl.name}")
    acct = serial(keyed(who, cl.name), "C9999")
    recipient(
        f,
        s,
        h,
        head_lines(
            cl,
            tr(
                lg, "Accounts Payable", "Kreditorenbuchhaltung", "Service comptabilité fournisseurs"
            ),
        ),
        d,
        [(tr(lg, "Account", "Kunden-Nr.", "Compte client"), acct)],
    )
    title = {
        1: tr(lg, "Payment reminder", "Zahlungserinnerung", "Relance amiable"),
        2: tr(lg, "Second reminder", "2. Mahnung", "Deuxième relance"),
        3: tr(lg, "Final notice before legal action", "Letzte Mahnung", "Mise en demeure de payer"),
    }[level]
    caption(f, s, title, 2)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "According to our records the following invoices remain unpaid. If you have "
            "already paid, please ignore this letter.",
            "bei der Durchsicht unserer Konten haben wir festgestellt, dass folgende "
            "Rechnungen noch offen sind. Sollten Sie inzwischen gezahlt haben, betrachten "
            "Sie dieses Schreiben bitte als gegenstandslos.",
            "Sauf erreur de notre part, les factures suivantes restent impayées à ce jour.",
        ),
    )
    rows = []
    total = 0.0
    for _k in range(rng.randint(1, 6)):
        inv_d = d - timedelta(days=rng.randint(35, 120))
        v = round(rng.uniform(60, 1400), 2)
        total += v
        rows.append(
            [
                f"{rng.randint(10000, 29999)}",
                short(inv_d, lg),
                short(inv_d + timedelta(days=30), lg),
                rng.choice(BILLED[lg]),
                money(v, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(1, "left"), (1.1, "left"), (1.1, "left"), (3, "left"), (1.2, "right")]),
        [
            tr(lg, "Invoice", "Rechnung", "Facture"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Due", "Fällig", "Échéance"),
            tr(lg, "Details", "Leistung", "Objet"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    fee = (
        {1: 0.0, 2: 5.0, 3: 40.0 if lg != "de" else 10.0}[level]
        if lg != "en"
        else {1: 0.0, 2: 0.0, 3: 40.0}[level]
    )
    if fee:
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Late payment compensation",
                "Mahngebühr",
                "Indemnité forfaitaire de recouvrement",
            ),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(fee, lg), s.font, s.size - 1, "right")
        f.y += 14
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total outstanding', 'Gesamtbetrag', 'Total dû')}: {cash(total + fee, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 22
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(f, s, lg, admin(), tr(lg, "Credit Control", "Buchhaltung", "Service comptabilité"))
    if level < 3 and f.y < hh - m - 130:
        p = f.page
        y = hh - m - 100
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Zahlungsabschnitt",
                "Talon à joindre à votre règlement",
            ),
        )
        y += 20
        y = pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(total + fee, lg)),
                (tr(lg, "Amount enclosed", "Überwiesen", "Montant réglé"), ""),
            ],
            w / 2,
        )
    remember(job, d, level)
    return close(f.pages, s, h)


QUESTIONS = {
    "en": [
        "Do you hold a current BPCA or NPTA membership?",
        "Are all technicians qualified to RSPH/BPCA Level 2 or above?",
        "Do technicians hold CRRU-approved rodenticide certification?",
        "Is public liability insurance of at least 5 million in place?",
        "Do you hold a documented pesticide risk assessment (COSHH)?",
        "Are bait stations tamper-resistant and secured?",
        "Are toxic baits excluded from production areas?",
        "Do you provide trend analysis at least quarterly?",
        "Is an electronic reporting system used?",
        "Do you operate a 24 hour call-out service?",
        "Do you have a documented complaints procedure?",
        "Are vehicles and stores audited for pesticide storage?",
    ],
    "de": [
        "Ist Ihr Unternehmen Mitglied im DSV oder einem Fachverband?",
        "Verfügen alle Techniker über eine Sachkunde nach GefStoffV?",
        "Liegt eine Betriebshaftpflicht (mind. 5 Mio. EUR) vor?",
        "Gibt es Gefährdungsbeurteilungen für eingesetzte Biozide?",
        "Sind alle Köderstationen manipulationssicher und fixiert?",
        "Wird auf toxische Köder in Produktionsbereichen verzichtet?",
        "Erhalten wir mindestens quartalsweise eine Trendanalyse?",
        "Wird eine elektronische Dokumentation eingesetzt?",
        "Bieten Sie einen 24-Stunden-Notdienst an?",
        "Gibt es ein dokumentiertes Reklamationsverfahren?",
        "Arbeiten Sie nach IFS/BRCGS-Anforderungen?",
        "Werden Fahrzeuge und Lager regelmäßig geprüft?",
    ],
    "fr": [
        "L'entreprise est-elle titulaire du Certibiocide entreprise ?",
        "Tous les techniciens ont-ils le Certibiocide individuel ?",
        "Disposez-vous d'une RC professionnelle d'au moins 5 M EUR ?",
        "Les fiches de données de sécurité sont-elles fournies ?",
        "Les postes d'appâtage sont-ils sécurisés et fixés ?",
        "Les appâts toxiques sont-ils exclus des zones de production ?",
        "Une analyse de tendance est-elle remise chaque trimestre ?",
        "Utilisez-vous un système de rapport électronique ?",
        "Assurez-vous un service d'urgence 24 h/24 ?",
        "Existe-t-il une procédure de réclamation écrite ?",
        "Travaillez-vous selon les exigences IFS/BRCGS ?",
        "Le stockage des produits est-il contrôlé ?",
    ],
}


HSE = {
    "en": [
        "Do you have a written health and safety policy?",
        "Have there been any RIDDOR reportable incidents in 3 years?",
        "Are method statements and risk assessments issued per site?",
        "Do you hold ISO 9001 or ISO 14001 certification?",
        "Is hazardous waste removed by a licensed carrier?",
        "Are vehicles fitted with spill kits?",
        "Do staff receive food safety / hygiene training?",
        "Have you been subject to enforcement action?",
    ],
    "de": [
        "Liegt eine schriftliche Arbeitsschutzorganisation vor?",
        "Gab es meldepflichtige Arbeitsunfälle in den letzten 3 Jahren?",
        "Werden objektbezogene Gefährdungsbeurteilungen erstellt?",
        "Sind Sie nach ISO 9001 oder ISO 14001 zertifiziert?",
        "Erfolgt die Entsorgung über zugelassene Entsorger?",
        "Sind die Fahrzeuge mit Bindemitteln ausgestattet?",
        "Erhalten Mitarbeiter eine Hygieneschulung (IfSG)?",
        "Gab es behördliche Beanstandungen?",
    ],
    "fr": [
        "Disposez-vous d'un document unique d'évaluation des risques ?",
        "Des accidents du travail ont-ils eu lieu ces 3 dernières années ?",
        "Un plan de prévention est-il établi par site ?",
        "Êtes-vous certifié ISO 9001 ou ISO 14001 ?",
        "Les déchets dangereux sont-ils éliminés par une filière agréée ?",
        "Les véhicules sont-ils équipés de kits antipollution ?",
        "Le personnel est-il formé à l'hygiène alimentaire ?",
        "Avez-vous fait l'objet d'une mise en demeure ?",
    ],
}


def tpl_supplier_questionnaire(rng: random.Random, who: Issuer) -> list[Page]:
    """A food factory's supplier approval questionnaire, filled in by the company and kept as
    returned: the factory's form with a document reference and issue in a header on every
    page, company details, sections of yes/no questions with comments, insurance and
    qualifications, the declaration signed by the company."""
    job = a_job(rng, ("factory",))
    cl = cust_head(job)
    lg = cl.lang
    oh = office_head()
    s = style_of(cl, A4, margin=46, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = (
        f"{serial(keyed(who, cl.name), 'QF-999')} {tr(lg, 'Issue', 'Ausgabe', 'Version')} "
        f"{rng.randint(2, 9)}"
    )
    title = tr(
        lg,
        "Supplier Approval Questionnaire - Services",
        "Lieferantenselbstauskunft Dienstleister",
        "Questionnaire d'évaluation fournisseur - prestataires",
    )

    def start(p: Page, n: int) -> float:
        p.rect(m, 24, w - 2 * m, 30)
        p.line(m + 150, 24, m + 150, 54)
        p.line(w - m - 120, 24, w - m - 120, 54)
        p.text(m + 5, 42, fit(cl.name, s.bold, 8.5, 140), s.bold, 8.5)
        p.text(m + 155, 42, fit(title, s.bold, 9, w - 2 * m - 280), s.bold, 9)
        p.text(w - m - 115, 35, ref, s.font, 7)
        p.text(
            w - m - 115, 47, tr(lg, "Quality Dept.", "QM-Abteilung", "Service qualité"), s.font, 7
        )
        return 76.0

    f = Sheets((w, hh), hh - m - 14, start)
    hnd = rng.random() < 0.55
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(
                lg,
                "Section A - Supplier details",
                "Teil A - Angaben zum Lieferanten",
                "Partie A - Identification du fournisseur",
            ),
        )
        + 6
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Company name", "Firma", "Raison sociale"), oh.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{oh.street}, {oh.town}"),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), boss()),
            (tr(lg, "Telephone / e-mail", "Telefon / E-Mail", "Téléphone / e-mail"), oh.phone),
            (tr(lg, "Number of employees", "Mitarbeiter", "Effectif"), "6"),
            (
                tr(lg, "Service supplied", "Leistung", "Prestation"),
                tr(lg, "Pest control", "Schädlingsbekämpfung", "Prestations 3D"),
            ),
        ],
        hand=hnd,
    )
    if rng.random() < 0.6:
        f.need(80)
        f.y = band(f.page, s, f.y, tr(lg, "Insurance", "Versicherungen", "Assurances")) + 6
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    tr(lg, "Public liability insurer", "Haftpflichtversicherer", "Assureur RC"),
                    rng.choice(["Aviva", "Allianz", "AXA", "Zurich", "Gothaer", "MMA"]),
                ),
                (tr(lg, "Policy no.", "Police-Nr.", "N° de police"), serial(rng, "AA9999999")),
                (
                    tr(lg, "Limit of indemnity", "Deckungssumme", "Montant garanti"),
                    cash(rng.choice([5, 10]) * 1_000_000, lg),
                ),
                (
                    tr(lg, "Expiry", "Ablauf", "Échéance"),
                    short(d + timedelta(days=rng.randint(30, 300)), lg),
                ),
            ],
            hand=hnd,
        )
    qs = QUESTIONS[lg]
    secs = [
        (
            tr(
                lg,
                "Section B - Qualifications and insurance",
                "Teil B - Qualifikation und Versicherung",
                "Partie B - Qualifications et assurances",
            ),
            qs[:4],
        ),
        (
            tr(
                lg,
                "Section C - Service and records",
                "Teil C - Leistung und Dokumentation",
                "Partie C - Prestation et traçabilité",
            ),
            qs[4:],
        ),
    ]
    if rng.random() < 0.7:
        secs.append(
            (
                tr(
                    lg,
                    "Section D - Health, safety and environment",
                    "Teil D - Arbeitsschutz und Umwelt",
                    "Partie D - Santé, sécurité et environnement",
                ),
                HSE[lg][: rng.randint(4, len(HSE[lg]))],
            )
        )
    for title_, items in secs:
        f.need(60)
        f.y = band(f.page, s, f.y, title_) + 8
        for q in items:
            f.need(34)
            lines = wrap(q, s.font, s.size, w * 0.55 - m)
            for k, ln in enumerate(lines):
                f.page.text(m, f.y + k * 10, ln, s.font, s.size)
            yes = rng.random() < 0.85
            box(f.page, w * 0.58, f.y, yes)
            f.page.text(w * 0.58 + 11, f.y, yes_no(lg)[0], s.font, 7.5)
            box(f.page, w * 0.58 + 40, f.y, not yes)
            f.page.text(w * 0.58 + 51, f.y, yes_no(lg)[1], s.font, 7.5)
            f.page.line(w * 0.58 + 80, f.y + 3, w - m, f.y + 3)
            if rng.random() < 0.35:
                t = words(rng, lg, "pest", rng.randint(3, 6))
                if hnd:
                    hand(f.page, w * 0.58 + 82, f.y, t, 8, w - m - w * 0.58 - 84)
                else:
                    f.page.text(
                        w * 0.58 + 82, f.y, fit(t, s.font, 7.5, w - m - w * 0.58 - 84), s.font, 7.5
                    )
            f.y += max(len(lines), 1) * 10 + 14
    f.need(150)
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(lg, "Section D - Declaration", "Teil D - Erklärung", "Partie D - Déclaration"),
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            "I confirm that the information given is correct and that we will inform "
            "you of any change. Copies of certificates and insurance are attached.",
            "Wir bestätigen die Richtigkeit der Angaben und informieren Sie unverzüglich "
            "über Änderungen.",
            "Je certifie l'exactitude des renseignements fournis et m'engage à signaler "
            "toute modification.",
        ),
        s.size,
    )
    f.need(60)
    sign_box(
        f.page,
        s,
        m,
        f.y,
        (w - 2 * m) / 2,
        tr(
            lg,
            "Signed / position / date",
            "Unterschrift / Funktion / Datum",
            "Signature / fonction / date",
        ),
        boss(),
    )
    hand(f.page, m + (w - 2 * m) / 2 + 14, f.y + 28, short(d, lg), 10)
    f.y += 60
    if rng.random() < 0.4:
        f.need(70)
        f.y = (
            band(
                f.page,
                s,
                f.y,
                tr(lg, "For office use", "Nur für interne Zwecke", "Réservé au service qualité"),
            )
            + 8
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Approved", "Freigabe", "Validé"), ""),
                (tr(lg, "Review date", "Wiedervorlage", "Révision"), ""),
            ],
            per=2,
            hand=False,
        )
    number_pages(
        f.pages,
        s,
        rng.choice(
            [
                "Page {i} of {n}",
                "{i}/{n}",
                tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i} sur {n}"),
            ]
        ),
        "br",
        bottom=26,
    )
    remember(job, d)
    return f.pages


# ---------------------------------------------------------------------------------------------
# Templates CCCC: suppliers, training bodies, fleet and waste
# ---------------------------------------------------------------------------------------------

SALE_TERMS = {
    "en": [
        "Orders",
        "Prices",
        "Delivery",
        "Risk and title",
        "Returns",
        "Hazardous goods",
        "Payment",
        "Liability",
    ],
    "de": [
        "Geltungsbereich",
        "Preise",
        "Lieferung",
        "Eigentumsvorbehalt",
        "Rücksendungen",
        "Gefahrstoffe",
        "Zahlung",
        "Haftung",
    ],
    "fr": [
        "Commandes",
        "Prix",
        "Livraison",
        "Réserve de propriété",
        "Retours",
        "Produits dangereux",
        "Paiement",
        "Responsabilité",
    ],
}


def supplier_lines(rng: random.Random, lg: str, n: int) -> list[tuple[int, str, float, float]]:
    out = []
    picks = rng.sample(range(len(PRODUCTS)), min(n, len(PRODUCTS)))
    picks += rng.choices(range(len(PRODUCTS)), k=max(0, n - len(picks)))
    for k in picks:
        out.append(
            (
                k,
                f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                float(rng.choice([1, 1, 2, 3, 4, 6, 10, 12])),
                PRODUCTS[k][4],
            )
        )
    return out


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A rodenticide and insecticide supplier's invoice: the invoice block, the delivery
    address, product lines with codes and batch, running over pages with a running header for
    a big order, the totals and bank details; now and then the terms of sale behind."""
    h = head_of(who, "supplier", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "paper").random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("delivery_note",)) and isinstance(ex, dict) and ex.get("supplier") == h.name:
        lines = ex["lines"]  # type: ignore[assignment]
        dn = str(ex["no"])
        d = last_day(rng, ("delivery_note",), (0, 3))
    else:
        lines = supplier_lines(rng, lg, rng.choice([2, 3, 5, 8, 12, 16, 24, 34]))
        dn = serial(rng, "LS999999")
        d = some_day(rng)
    no = serial(rng, rng.choice(["SI-999999", "RE2599999", "FA99-99999"]))
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title.title()} {no}")
    office_head()
    f.page.text(w - m, f.y, title, s.bold, s.size + 6, "right")
    f.y += 12
    below = window(f.page, s, h if h.look in ("plain", "band") else None, f.y + 6, office_lines())
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        f.y + 6,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Invoice date", "Rechnungsdatum", "Date"), day(h, d)),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
                serial(keyed(who, "cust"), "K99999"),
            ),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), dn),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                f"{tr(lg, 'tel.', 'tel.', 'tél.')} {boss().split()[0]}",
            ),
        ],
        w - m,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 14
    rows = []
    net = 0.0
    for k, code, q, pr in lines:
        v = round(q * pr, 2)
        net += v
        rows.append([code, product(k, lg), qty(q, lg), money(pr, lg), money(v, lg)])
    table(
        f,
        columns(
            m, w - m, [(1.1, "left"), (5, "left"), (0.7, "right"), (1.1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU HT"),
            tr(lg, "Net", "Netto", "Total HT"),
        ],
        rows,
        s,
        shade=0.88 if keyed(who, "shade").random() < 0.5 else None,
        rules=keyed(who, "rules").random() < 0.5,
    )
    carriage = rng.choice([0.0, 0.0, 9.95, 12.5])
    if carriage:
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Carriage (ADR limited quantities)",
                "Versandkosten (Gefahrgut LQ)",
                "Frais de port (matières dangereuses QL)",
            ),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(carriage, lg), s.font, s.size - 1, "right")
        f.y += 14
        net += carriage
    abroad = lg != home()
    note = ""
    if abroad:
        note = tr(
            lg,
            "Reverse charge: customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation - article 283-2 du CGI.",
        )
    totals(f, s, lg, round(net, 2), 0.0 if abroad else vat_rate(lg), note)
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due within 30 days of invoice date ({day(h, d + timedelta(days=30))}).",
            f"Zahlbar bis {day(h, d + timedelta(days=14))} abzüglich 2 % Skonto oder bis "
            f"{day(h, d + timedelta(days=30))} netto.",
            f"Règlement à 30 jours, soit le {day(h, d + timedelta(days=30))}. Pénalités "
            "de retard : 3 fois le taux d'intérêt légal.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if keyed(who, "terms").random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                SALE_TERMS[lg],
            )
        )
    received(rng, pages[0], d)
    remember(None, d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


SDS_SECTIONS = {
    "en": [
        "Identification of the substance/mixture and of the company",
        "Hazards identification",
        "Composition/information on ingredients",
        "First-aid measures",
        "Fire-fighting measures",
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
        "Begrenzung und Überwachung der Exposition",
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
        "Identification de la substance/du mélange et de la société",
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


def safety_data_sheet(rng: random.Random, k: int, lg: str) -> list[Page]:
    """A manufacturer's safety data sheet for product ``k``: its own header on every page, the
    16 numbered sections in shaded bars, its own "Page i of n"."""
    maker = make_head(SENDERS["maker"][lg][0], lg, "maker")
    s = Style("Helvetica", "Helvetica-Bold", 7.5, 40, "none", "bottom", A4, "short")
    w, hh = A4
    m = 40
    name = product(k, lg).rsplit(" ", 2)[0]
    rev = short(month() - timedelta(days=rng.randint(100, 900)), lg)
    ver = f"{rng.randint(2, 9)}.{rng.randint(0, 3)}"
    title = tr(lg, "SAFETY DATA SHEET", "SICHERHEITSDATENBLATT", "FICHE DE DONNÉES DE SÉCURITÉ")
    reg = tr(
        lg,
        "according to Regulation (EC) No 1907/2006 (REACH), Annex II",
        "gemäß Verordnung (EG) Nr. 1907/2006 (REACH), Anhang II",
        "conforme au règlement (CE) n° 1907/2006 (REACH), annexe II",
    )

    def start(p: Page, n: int) -> float:
        p.text(m, 34, title, "Helvetica-Bold", 12 if n == 1 else 9)
        p.text(m, 46, reg, "Helvetica", 7)
        p.text(w - m, 34, fit(maker.name, "Helvetica-Bold", 8, 200), "Helvetica-Bold", 8, "right")
        p.text(
            w - m,
            46,
            f"{tr(lg, 'Trade name', 'Handelsname', 'Nom commercial')}: {name}"[:60],
            "Helvetica",
            7,
            "right",
        )
        p.text(
            w - m,
            56,
            f"{tr(lg, 'Revision', 'Überarbeitet am', 'Révision')}: {rev}  "
            f"{tr(lg, 'Version', 'Version', 'Version')} "
            f"{ver}",
            "Helvetica",
            7,
            "right",
        )
        p.line(m, 62, w - m, 62)
        return 80.0

    f = Sheets(A4, hh - 50, start)
    secs = SDS_SECTIONS[lg][: rng.choice([6, 8, 16, 16])]
    for j, t in enumerate(secs):
        f.need(40)
        f.page.rect(m, f.y - 9, w - 2 * m, 12, fill=0.82)
        f.page.text(
            m + 3,
            f.y,
            fit(
                f"{tr(lg, 'SECTION', 'ABSCHNITT', 'RUBRIQUE')} {j + 1}: {t}",
                "Helvetica-Bold",
                8,
                w - 2 * m - 6,
            ),
            "Helvetica-Bold",
            8,
        )
        f.y += 14
        if j == 0:
            for lab, val in [
                ("1.1", name),
                (
                    "1.2",
                    tr(
                        lg,
                        "Biocidal product, PT14 rodenticide / PT18 insecticide, professional use",
                        "Biozidprodukt PT14/PT18, nur für berufsmäßige Verwender",
                        "Produit biocide TP14/TP18, usage professionnel",
                    ),
                ),
                ("1.3", f"{maker.name}, {maker.street}, {maker.town}"),
                (
                    "1.4",
                    tr(
                        lg,
                        "Emergency: +44 1865 407333",
                        "Giftnotruf: +49 30 30686 700",
                        "ORFILA : +33 1 45 42 59 59",
                    ),
                ),
            ]:
                f.page.text(m + 4, f.y, lab, "Helvetica-Bold", 7.5)
                f.page.text(
                    m + 30, f.y, fit(val, "Helvetica", 7.5, w - 2 * m - 34), "Helvetica", 7.5
                )
                f.y += 10
            f.y += 4
            continue
        for q in range(rng.randint(2, 4)):
            f.para(
                m + 4,
                w - 2 * m - 8,
                f"{j + 1}.{q + 1} " + prose(rng, lg, "safety", 1, 3),
                "Helvetica",
                7.5,
                0.4,
            )
    f.y += 6
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "The information in this safety data sheet corresponds to our present knowledge.",
            "Die Angaben stützen sich auf den heutigen Stand unserer Kenntnisse.",
            "Ces informations reposent sur l'état actuel de nos connaissances.",
        ),
        "Helvetica-Oblique",
        7,
    )
    number_pages(
        f.pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", bottom=26
    )
    return f.pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's delivery note (A4 or landscape A5) with the items, batch numbers and the
    goods-received signature, and behind it the manufacturers' safety data sheets for the
    hazardous products, as they came in the parcel."""
    h = head_of(who, "supplier", abroad=0.15)
    lg = h.lang
    size = A4 if rng.random() < 0.6 else A5L
    s = style_of(h, size, margin=40 if size == A5L else 0, pt=8.5 if size == A5L else 0)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    lines = supplier_lines(rng, lg, rng.choice([2, 3, 4, 6]))
    no = serial(rng, "LS999999")
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}"
    )
    f.page.text(
        w - m,
        f.y,
        tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
        s.bold,
        s.size + 4,
        "right",
    )
    f.y += 10
    below = window(f.page, s, None, f.y + 6, office_lines())
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        f.y + 6,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (
                tr(lg, "Carrier", "Versand", "Transporteur"),
                rng.choice(
                    ["DPD", "DHL", "UPS", "GEODIS", tr(lg, "Own van", "Eigener Lkw", "Nos soins")]
                ),
            ),
            (tr(lg, "Parcels", "Packstücke", "Colis"), str(rng.randint(1, 4))),
        ],
        w - m,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 10
    table(
        f,
        columns(
            m, w - m, [(1.1, "left"), (5, "left"), (1.2, "left"), (0.7, "right"), (0.7, "center")]
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Batch", "Charge", "Lot"),
            tr(lg, "Qty", "Menge", "Qté"),
            "ADR",
        ],
        [
            [
                c,
                product(k, lg),
                serial(rng, "A9999-99"),
                qty(q, lg),
                "LQ" if PRODUCTS[k][5] and rng.random() < 0.5 else "",
            ]
            for k, c, q, _ in lines
        ],
        s,
        rules=True,
    )
    f.need(60)
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Goods received in good condition:",
            "Ware vollständig und unbeschädigt erhalten:",
            "Marchandise reçue en bon état :",
        ),
        s.font,
        s.size - 1,
    )
    rcv = rng.choice([admin(), *technicians()])
    scrawl(f.page, m + 190, f.y + 2, rcv)
    hand(f.page, m + 300, f.y, short(d + timedelta(days=1), lg), 9)
    f.y += 20
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "Safety data sheets enclosed for hazardous products.",
                "Sicherheitsdatenblätter für Gefahrstoffe liegen bei.",
                "FDS jointes pour les produits dangereux.",
            ),
            s.size - 1,
        )
    pages = close(f.pages, s, h, numbers="none")
    haz = [k for k, _, _, _ in lines if PRODUCTS[k][5]]
    for k in haz[: rng.choice([1, 1, 2])]:
        if rng.random() < 0.75:
            pages += safety_data_sheet(rng, k, lg)
    remember(None, d, {"supplier": h.name, "lines": lines, "no": no})
    return pages


CERTS = {
    "en": [
        (
            "RSPH Level 2 Award in Pest Management",
            "Royal Society for Public Health - Regulated Qualification",
        ),
        (
            "Certificate of Competence - Using Rodenticides Safely",
            "CRRU UK Code of Best Practice approved qualification",
        ),
        ("BPCA Registered - CPD Certificate", "Continuing professional development - 20 points"),
        ("Working at Height and Safe Use of Ladders", "Attendance certificate"),
    ],
    "de": [
        ("Sachkundenachweis", "gemäß Anhang I Nummer 3 der Gefahrstoffverordnung (GefStoffV)"),
        ("Fortbildungsbescheinigung", "Erhalt der Sachkunde nach Anhang I Nr. 3.4 GefStoffV"),
        ("Teilnahmebescheinigung Begasung", "Sachkunde für Begasungen nach TRGS 512"),
        (
            "Zertifikat Rodentizide",
            "Sachkunde Antikoagulanzien (Nager) - Risikominderungsmaßnahmen",
        ),
    ],
    "fr": [
        (
            "Certificat individuel Certibiocide",
            "Utilisation professionnelle de produits biocides (TP14, TP18)",
        ),
        (
            "Attestation de formation Certibiocide",
            "Arrêté du 9 octobre 2013 - formation de trois jours",
        ),
        ("Attestation de formation travail en hauteur", "Utilisation des nacelles PEMP"),
        ("Attestation de stage - punaises de lit", "Traitement par la chaleur et le froid"),
    ],
}


def tpl_technician_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A training body's certificate for one of the company's technicians, on landscape A4
    with a border, the qualification, the candidate, number, dates and signatures; the first
    of a batch now and then behind the covering letter that came with it."""
    h = head_of(who, "trainer", abroad=0.05)
    lg = h.lang
    in_run = after(("technician_certificate",)) and LAST["extra"] == h.name
    cert, sub = CERTS[lg][keyed(who, "cert").randrange(len(CERTS[lg]))]
    d = last_day(rng, ("technician_certificate",), (0, 0)) if in_run else some_day(rng)
    techs = technicians()
    tech = rng.choice(techs)
    pages: list[Page] = []
    if not in_run and rng.random() < 0.4:
        s = style_of(h, A4)
        f = sheets(s, h)
        recipient(f, s, h, office_lines(mx(boss(), lg)), d, [])
        caption(f, s, f"{cert}", 1)
        f.page.text(s.margin, f.y, dear(lg, mx(boss(), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "Please find enclosed the certificates for your staff who attended the "
                f"course on {day(h, d - timedelta(days=rng.randint(14, 40)))}. Certificates "
                "are valid for five years.",
                "anbei erhalten Sie die Bescheinigungen Ihrer Mitarbeiter, die am Lehrgang "
                f"vom {day(h, d - timedelta(days=rng.randint(14, 40)))} erfolgreich teilgenommen "
                "haben.",
                "Veuillez trouver ci-joint les attestations de vos salariés ayant suivi "
                f"la formation du {day(h, d - timedelta(days=rng.randint(14, 40)))}.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "registrar"),
            tr(lg, "Course administrator", "Lehrgangsverwaltung", "Service formation"),
        )
        write(f, s, tr(lg, "Enc.", "Anlagen", "P.J."), s.size - 1)
        pages += close(f.pages, s, h, numbers="none")
    p = Page(A4L)
    w, hh = A4L
    font, bold = (
        ("Times-Roman", "Times-Bold")
        if keyed(who, "face").random() < 0.6
        else ("Helvetica", "Helvetica-Bold")
    )
    p.rect(24, 24, w - 48, hh - 48)
    p.rect(30, 30, w - 60, hh - 60)
    p.text(w / 2, 80, fit(h.name.upper(), bold, 13, w - 120), bold, 13, "center")
    p.text(
        w / 2,
        130,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Il est certifié que"),
        italic_of(font),
        13,
        "center",
    )
    p.text(w / 2, 170, mx(tech, lg) if lg != "en" else tech, bold, 24, "center")
    p.line(w / 2 - 180, 178, w / 2 + 180, 178)
    p.text(
        w / 2,
        210,
        tr(
            lg,
            "has successfully completed",
            "die Prüfung erfolgreich abgelegt hat:",
            "a suivi avec succès la formation",
        ),
        italic_of(font),
        12,
        "center",
    )
    pt = shrink(cert, bold, 20, w - 140)
    p.text(w / 2, 245, cert, bold, pt, "center")
    p.text(w / 2, 268, fit(sub, font, 11, w - 140), font, 11, "center")
    y = 320
    for k, (lab, val) in enumerate(
        [
            (tr(lg, "Certificate no.", "Nummer", "N° de certificat"), serial(rng, "99999/99")),
            (tr(lg, "Date of award", "Ausgestellt am", "Délivré le"), kit_date(d, lg, "long")),
            (
                tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                kit_date(d.replace(year=d.year + 5), lg, "long") if "CPD" not in cert else "-",
            ),
        ]
    ):
        x = 90 + k * (w - 180) / 3
        p.text(x, y, lab, font, 8)
        p.text(x, y + 14, val, bold, 10)
    for k, role in enumerate(
        [
            tr(lg, "Chief Examiner", "Prüfungsausschuss", "Le formateur"),
            tr(lg, "Director", "Leitung", "Le directeur"),
        ]
    ):
        x = 110 + k * (w - 400)
        scrawl(p, x, hh - 96, staff(h, f"sig{k}"))
        p.line(x, hh - 90, x + 170, hh - 90)
        p.text(x, hh - 78, role, font, 8)
    if keyed(who, "seal").random() < 0.7:
        seal(p, w / 2, hh - 100, 36, h.name.upper()[:28], str(d.year))
    pages.append(p)
    remember(None, d, h.name)
    return pages


def tpl_fleet_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The fleet insurer's or broker's renewal: a covering letter, the schedule with the cover
    and excesses, the vehicle list, and the certificate of motor insurance (Versicherungs-
    bestätigung, attestation d'assurance) on a page of its own."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    start_d = d + timedelta(days=rng.randint(14, 30))
    pol = serial(keyed(who, "pol"), rng.choice(["FLT/999999/99", "KF-99-999999", "FL999999999"]))
    oh = office_head()
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Policy', 'Versicherungsschein', 'Police')} {pol}")
    recipient(f, s, h, office_lines(), d, [(tr(lg, "Policy no.", "Vers.-Nr.", "Police n°"), pol)])
    caption(
        f,
        s,
        tr(
            lg,
            "Your motor fleet insurance renewal",
            "Ihre Kfz-Flottenversicherung - Beitragsrechnung zur Hauptfälligkeit",
            "Renouvellement de votre contrat flotte automobile",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(boss(), lg)), s.font, s.size)
    f.y += s.size * 2
    prem = round(rng.uniform(2400, 6800), 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Your policy renews on {day(h, start_d)}. The annual premium including Insurance "
            f"Premium Tax is {cash(prem, lg)}, payable by ten monthly instalments.",
            f"Ihr Vertrag verlängert sich zum {day(h, start_d)}. Der Jahresbeitrag einschließlich "
            f"Versicherungsteuer beträgt {cash(prem, lg)}.",
            f"Votre contrat est reconduit au {day(h, start_d)}. La prime annuelle TTC "
            f"s'élève à {cash(prem, lg)}.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "handler"),
        tr(lg, "Account Handler", "Kundenbetreuung", "Chargé de clientèle"),
    )
    pages = close(f.pages, s, h, numbers="none") if rng.random() < 0.8 else []
    # The schedule with the vehicle list.
    sc = sheets(
        s,
        h,
        f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
        top=True,
    )
    caption(sc, s, tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 3)
    sc.y = (
        pairs(
            sc.page,
            s,
            m,
            sc.y,
            [
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), oh.name),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start_d, lg)} - "
                    f"{short(start_d.replace(year=start_d.year + 1) - timedelta(days=1), lg)}",
                ),
                (
                    tr(lg, "Cover", "Deckung", "Garanties"),
                    tr(
                        lg,
                        "Comprehensive, business use incl. carriage of own goods",
                        "Haftpflicht, Vollkasko SB 500 / Teilkasko SB 150",
                        "Tous risques, usage professionnel",
                    ),
                ),
                (
                    tr(lg, "Drivers", "Fahrer", "Conducteurs"),
                    tr(
                        lg,
                        "Any driver aged 25 or over",
                        "Beliebige Fahrer ab 23 Jahre",
                        "Tout conducteur désigné",
                    ),
                ),
                (tr(lg, "Premium", "Beitrag", "Prime TTC"), cash(prem, lg)),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    rows = []
    makes = [
        "Ford Transit Custom",
        "Vauxhall Vivaro",
        "Renault Trafic",
        "VW Caddy",
        "Citroën Berlingo",
        "Peugeot Partner",
    ]
    for reg in vans(rng.choice([4, 4, 4, 5, 6, 7])):
        rows.append(
            [
                reg,
                rng.choice(makes),
                str(rng.randint(2017, 2024)),
                cash(rng.randint(9, 32) * 1000, lg),
                tr(lg, "Class 1 business", "WKZ 251", "Usage pro"),
            ]
        )
    table(
        sc,
        columns(
            m,
            w - m,
            [(1.3, "left"), (2.2, "left"), (0.7, "right"), (1.3, "right"), (1.4, "center")],
        ),
        [
            tr(lg, "Registration", "Kennzeichen", "Immatriculation"),
            tr(lg, "Make / model", "Fahrzeug", "Marque / modèle"),
            tr(lg, "Year", "Baujahr", "Année"),
            tr(lg, "Value", "Wert", "Valeur"),
            tr(lg, "Use", "Verwendung", "Usage"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    sc.heading(
        m, tr(lg, "Endorsements", "Besondere Bedingungen", "Clauses particulières"), s.bold, s.size
    )
    for _k in range(rng.randint(2, 5)):
        write(
            sc,
            s,
            f"{tr(lg, 'E', 'K', 'C')}{rng.randint(10, 99)} "
            + words(rng, lg, "legal", rng.randint(10, 18)),
            s.size - 1,
        )
    pages += close(sc.pages, s, h)
    # The certificate.
    cp = Page(A4)
    y = 60.0
    ctitle = tr(
        lg,
        "CERTIFICATE OF MOTOR INSURANCE",
        "VERSICHERUNGSBESTÄTIGUNG FÜR KRAFTFAHRZEUGE",
        "ATTESTATION D'ASSURANCE - FLOTTE",
    )
    cp.text(
        w / 2, y, ctitle, "Helvetica-Bold", shrink(ctitle, "Helvetica-Bold", 14, w - 120), "center"
    )
    y += 14
    cp.text(w / 2, y, fit(h.name, "Helvetica", 9, w - 120), "Helvetica", 9, "center")
    y += 26
    items = [
        (
            tr(lg, "1. Registration mark of vehicle", "1. Kennzeichen", "1. Véhicules"),
            tr(
                lg,
                "Any motor vehicle owned by the policyholder",
                "siehe Fahrzeugliste",
                "selon liste jointe",
            ),
        ),
        (tr(lg, "2. Name of policyholder", "2. Versicherungsnehmer", "2. Souscripteur"), oh.name),
        (
            tr(lg, "3. Effective date of commencement", "3. Beginn", "3. Date d'effet"),
            short(start_d, lg),
        ),
        (
            tr(lg, "4. Date of expiry", "4. Ablauf", "4. Date d'échéance"),
            short(start_d.replace(year=start_d.year + 1) - timedelta(days=1), lg),
        ),
        (
            tr(
                lg,
                "5. Persons entitled to drive",
                "5. Berechtigte Fahrer",
                "5. Conducteurs autorisés",
            ),
            tr(
                lg,
                "Any person holding a licence",
                "jeder berechtigte Fahrer",
                "tout titulaire du permis",
            ),
        ),
        (
            tr(lg, "6. Limitations as to use", "6. Verwendungszweck", "6. Usage"),
            tr(lg, "Social, domestic, pleasure and business use", "gewerblich", "professionnel"),
        ),
    ]
    for lab, val in items:
        cp.rect(50, y - 11, w - 100, 36)
        cp.text(56, y, lab, "Helvetica-Bold", 8)
        cp.text(56, y + 16, fit(val, "Helvetica", 9, w - 120), "Helvetica", 9)
        y += 42
    y += 10
    for ln in wrap(
        tr(
            lg,
            "I hereby certify that the policy to which this certificate relates satisfies "
            "the requirements of the relevant law applicable in Great Britain, Northern "
            "Ireland, the Isle of Man, the Island of Guernsey, the Island of Jersey and "
            "the Island of Alderney.",
            "Diese Bestätigung gilt als Nachweis des Versicherungsschutzes nach dem "
            "Pflichtversicherungsgesetz.",
            "La présente attestation ne constitue qu'une présomption de garantie.",
        ),
        "Helvetica",
        8.5,
        w - 100,
    ):
        cp.text(50, y, ln, "Helvetica", 8.5)
        y += 12
    scrawl(cp, 50, y + 40, staff(h, "underwriter"))
    cp.text(
        50, y + 52, tr(lg, "Authorised Insurer", "Der Versicherer", "L'assureur"), "Helvetica", 8
    )
    if rng.random() < 0.75:
        pages.append(cp)
    received(rng, pages[0], d)
    remember(None, d)
    return pages


BRANDS = {
    "en": ["Shell", "BP", "Esso", "Texaco", "Tesco", "Morrisons", "Gulf"],
    "de": ["Aral", "Shell", "Esso", "JET", "Star", "TotalEnergies", "Westfalen"],
    "fr": ["TotalEnergies", "Intermarché", "Leclerc", "Esso", "Avia", "Carrefour"],
}
STATION_TOWNS = {
    "en": [
        "Wakefield",
        "Leeds Rd",
        "M62 J30",
        "Swindon",
        "Chippenham",
        "Norwich",
        "Diss",
        "A1 Ferrybridge",
    ],
    "de": [
        "Mülheim",
        "Duisburg",
        "Essen",
        "Regensburg",
        "Straubing",
        "Lübeck",
        "A1 Reinfeld",
        "Oberhausen",
    ],
    "fr": [
        "Grenoble",
        "Échirolles",
        "Voiron",
        "Nantes",
        "Saint-Herblain",
        "Angers",
        "Cholet",
        "A11 Ancenis",
    ],
}


def tpl_fuel_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The fuel card company's invoice: the summary with the totals per card, then every
    transaction by card (site, date, litres, price), over as many pages as it needs, each with
    the account and invoice number in a header and "Page i of n"."""
    h = head_of(who, "fuel")
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8)
    w, hh = A4
    m = 40
    d = some_day(rng)
    acct = serial(keyed(who, "acct"), "9999999")
    no = serial(rng, "99999999")
    office_head()

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h)
        p.text(m, 34, fit(h.name, s.bold, 9, 200), s.bold, 9)
        p.text(
            w - m,
            34,
            f"{tr(lg, 'Account', 'Kunden-Nr.', 'Compte')} {acct}  "
            f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} "
            f"{no}",
            s.font,
            8,
            "right",
        )
        p.line(m, 40, w - m, 40)
        return 58.0

    f = Sheets(A4, hh - 50, start)
    below = window(f.page, s, h, f.y, office_lines())
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        f.y,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Invoice date", "Rechnungsdatum", "Date"), short(d, lg)),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(d - timedelta(days=14), lg)} - {short(d - timedelta(days=1), lg)}",
            ),
        ],
        w - m,
        8,
    )
    f.y = max(below, yy) + 14
    caption(f, s, tr(lg, "Fuel card invoice", "Tankkartenabrechnung", "Facture carte carburant"), 3)
    price = {"en": 1.45, "de": 1.69, "fr": 1.72}[lg]
    cards = vans()[: rng.randint(2, 4)]
    busy = rng.choice([6, 9, 14, 22])
    txs = []
    for c in cards:
        for _ in range(rng.randint(2, busy)):
            litres = round(rng.uniform(25, 72), 2)
            pr = round(price * rng.uniform(0.95, 1.06), 3)
            txs.append(
                (
                    c,
                    d - timedelta(days=rng.randint(1, 14)),
                    f"{rng.choice(BRANDS[lg])} {rng.choice(STATION_TOWNS[lg])}",
                    litres,
                    pr,
                )
            )
    summ = []
    total = 0.0
    for c in cards:
        ct = [t for t in txs if t[0] == c]
        v = round(sum(t[3] * t[4] for t in ct), 2)
        total += v
        summ.append([c, str(len(ct)), qty(round(sum(t[3] for t in ct)), lg), money(v, lg)])
    table(
        f,
        columns(m, w - m, [(2, "left"), (1, "right"), (1.2, "right"), (1.4, "right")]),
        [
            tr(lg, "Card / vehicle", "Karte / Kfz", "Carte / véhicule"),
            tr(lg, "Transactions", "Vorgänge", "Transactions"),
            tr(lg, "Litres", "Liter", "Litres"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        summ,
        s,
        shade=0.88,
    )
    net = round(total / (1 + vat_rate(lg) / 100), 2)
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg),
        tr(
            lg,
            f"Direct debit on {short(d + timedelta(days=10), lg)}.",
            f"Lastschrifteinzug am {short(d + timedelta(days=10), lg)}.",
            f"Prélèvement le {short(d + timedelta(days=10), lg)}.",
        ),
    )
    if rng.random() < 0.5 or len(txs) > 12:
        f.new_page()
    f.heading(m, tr(lg, "Transactions", "Einzelnachweis", "Détail des transactions"), s.bold, 10)
    rows = [
        [
            c,
            short(dd, lg),
            site,
            qty(li, lg),
            f"{pr:.3f}".replace(".", "," if lg != "en" else "."),
            money(round(li * pr, 2), lg),
        ]
        for c, dd, site, li, pr in sorted(txs, key=lambda t: (t[0], t[1]))
    ]
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.3, "left"),
                (1, "left"),
                (2.4, "left"),
                (0.8, "right"),
                (0.8, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Site", "Station", "Station"),
            "L",
            tr(lg, "Price/L", "Preis/L", "Prix/L"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=7.5,
        step=1.5,
    )
    number_pages(
        f.pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", bottom=24
    )
    remember(None, d)
    return f.pages


EWC = [
    ("20 01 19*", "Pesticides", "Pestizide", "Pesticides"),
    (
        "15 01 10*",
        "Packaging containing residues of hazardous substances",
        "Verpackungen mit Rückständen gefährlicher Stoffe",
        "Emballages contenant des résidus de substances dangereuses",
    ),
    (
        "18 01 03*",
        "Carcasses (rodent), infectious",
        "Tierkörper (Nager), infektiös",
        "Cadavres de rongeurs",
    ),
    (
        "16 05 06*",
        "Laboratory chemicals / expired products",
        "Laborchemikalien / abgelaufene Produkte",
        "Produits chimiques périmés",
    ),
]


def tpl_waste_consignment(rng: random.Random, who: Issuer) -> list[Page]:
    """A hazardous waste consignment note for the company's waste pesticides, packaging and
    carcasses, as the carrier leaves the producer's copy: the numbered parts of the English
    HWCN, the German Übernahmeschein or the French BSDD (Cerfa 12571), filled in partly by
    hand, with the signatures; now and then a continuation sheet."""
    h = head_of(who, "waste")
    lg = h.lang
    s = style_of(h, A4, margin=30, pt=7.5)
    w, hh = A4
    m = 30
    d = (
        last_day(rng, ("waste_consignment",), (0, 0))
        if after(("waste_consignment",))
        else some_day(rng)
    )
    oh = office_head()
    code = f"{oh.name[:3].upper()}{rng.randint(100, 999)}/{serial(rng, 'AA99A')}"
    p = Page(A4)
    title = tr(
        lg,
        "HAZARDOUS WASTE CONSIGNMENT NOTE",
        "ÜBERNAHMESCHEIN",
        "BORDEREAU DE SUIVI DES DÉCHETS DANGEREUX",
    )
    sub = tr(
        lg,
        "Hazardous Waste (England and Wales) Regulations 2005 - HWCN01",
        "nach § 12 NachwV - Sammelentsorgung",
        "Cerfa n° 12571*01 - Art. R. 541-45 du code de l'environnement",
    )
    p.text(m, 34, title, "Helvetica-Bold", 12)
    p.text(m, 46, sub, "Helvetica", 7)
    p.text(
        w - m,
        34,
        tr(lg, "Consignment note code", "Nummer", "N° de bordereau"),
        "Helvetica",
        7,
        "right",
    )
    p.text(w - m, 48, code, "Courier-Bold", 11, "right")
    y = 66.0
    parts = (
        [
            ("A", "Notification details"),
            ("B", "Description of the waste"),
            ("C", "Carrier's certificate"),
            ("D", "Consignor's certificate"),
            ("E", "Consignee's certificate"),
        ]
        if lg == "en"
        else [
            ("1", "Erzeuger / Abfallbesitzer"),
            ("2", "Abfallbezeichnung"),
            ("3", "Beförderer"),
            ("4", "Übernahme"),
            ("5", "Entsorger"),
        ]
        if lg == "de"
        else [
            ("1", "Émetteur du bordereau"),
            ("3-4", "Dénomination du déchet"),
            ("8", "Collecteur-transporteur"),
            ("9", "Déclaration de l'émetteur"),
            ("10-11", "Réception / traitement"),
        ]
    )
    waste = rng.sample(EWC, rng.randint(1, 3))
    li = {"en": 1, "de": 2, "fr": 3}[lg]
    for k, (no, lab) in enumerate(parts):
        p.rect(m, y, w - 2 * m, 14, fill=0.85)
        p.text(m + 4, y + 10, f"{tr(lg, 'PART', 'Feld', 'Cadre')} {no}  {lab}", "Helvetica-Bold", 8)
        y += 18
        if k == 0:
            y = fields(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (
                        tr(lg, "Producer / premises", "Erzeuger", "Émetteur"),
                        f"{oh.name}, {oh.street}, {oh.town}",
                    ),
                    (
                        tr(lg, "Premises code", "Erzeugernummer", "SIRET"),
                        serial(rng, "A99999") if lg != "fr" else serial(rng, "999 999 999 99999"),
                    ),
                    (
                        tr(lg, "Process giving rise to the waste", "Herkunft", "Origine"),
                        tr(
                            lg,
                            "Pest control - expired and unused products",
                            "Schädlingsbekämpfung",
                            "Activité 3D - produits non utilisés",
                        ),
                    ),
                    (tr(lg, "SIC / activity", "Branche", "Code NAF"), "81.29"),
                ],
                per=2,
                tall=24,
                hand=False,
            )
        elif k == 1:
            rows = []
            for c in waste:
                rows.append(
                    [
                        c[0],
                        c[li],
                        tr(lg, "Solid", "fest", "Solide"),
                        f"{rng.randint(5, 120)} kg",
                        rng.choice(["HP6, HP14", "HP6", "HP9"]),
                        rng.choice(
                            [tr(lg, "Drum", "Fass", "Fût"), tr(lg, "Box", "Karton", "Carton")]
                        ),
                    ]
                )
            cols = columns(
                m,
                w - m,
                [
                    (0.9, "left"),
                    (3.6, "left"),
                    (0.8, "left"),
                    (0.8, "right"),
                    (0.9, "left"),
                    (0.8, "left"),
                ],
            )
            for c_, t in zip(
                cols,
                [
                    tr(lg, "EWC code", "AVV", "Code déchet"),
                    tr(lg, "Description", "Bezeichnung", "Dénomination"),
                    tr(lg, "Form", "Form", "État"),
                    tr(lg, "Quantity", "Menge", "Quantité"),
                    tr(lg, "Hazard", "HP", "HP"),
                    tr(lg, "Container", "Gebinde", "Cond."),
                ],
                strict=True,
            ):
                p.text(c_[0], y + 2, t, "Helvetica-Bold", 7)
            y += 12
            for r in rows:
                for j, (c_, t) in enumerate(zip(cols, r, strict=True)):
                    font = HAND if j in (3,) else "Helvetica"
                    p.text(c_[0], y, fit(t, font, 7.5, c_[1] - c_[0] - 2), font, 7.5)
                p.line(m, y + 3, w - m, y + 3)
                y += 13
            y += 8
        else:
            who_ = [boss(), h.name, oh.name, h.name][k - 1] if k > 1 else ""
            name = staff(h, "driver") if k == 2 else staff(h, "plant") if k == 4 else boss()
            vals = [
                (tr(lg, "Name", "Name", "Nom"), name),
                (tr(lg, "On behalf of", "Firma", "Pour le compte de"), who_),
                (
                    tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"),
                    serial(rng, {"en": "AA99 AAA", "de": "AA-AA 999", "fr": "AA-999-AA"}[lg])
                    if k == 2
                    else "",
                ),
                (
                    tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                    f"{short(d + timedelta(days=2 if k == 4 else 0), lg)} {rng.randint(8, 16)}:"
                    f"{rng.randint(10, 59)}",
                ),
            ]
            y = fields(p, s, m, y, w - 2 * m - 130, vals, per=2, tall=22)
            p.rect(w - m - 120, y - 54, 120, 44)
            p.text(
                w - m - 116,
                y - 46,
                tr(lg, "Signature", "Unterschrift", "Signature"),
                "Helvetica",
                6,
            )
            if k < 4 or rng.random() < 0.8:
                scrawl(p, w - m - 110, y - 20, name, 11)
            y += 2
        if y > hh - 70:
            break
    p.text(
        m,
        hh - 24,
        tr(
            lg,
            "Copy for the producer / consignor - retain for 3 years",
            "Ausfertigung für den Erzeuger (weiß)",
            "Exemplaire n° 1 - à conserver par l'émetteur",
        ),
        "Helvetica",
        6.5,
    )
    pages = [p]
    if rng.random() < 0.2:
        cp = Page(A4)
        cp.text(
            m,
            34,
            tr(lg, "CONTINUATION SHEET", "FORTSETZUNGSBLATT", "ANNEXE AU BORDEREAU"),
            "Helvetica-Bold",
            11,
        )
        cp.text(w - m, 34, code, "Courier-Bold", 10, "right")
        y = 60
        for _ in range(rng.randint(4, 10)):
            c = rng.choice(EWC)
            cp.text(m, y, c[0], "Helvetica", 8)
            cp.text(m + 70, y, fit(c[li], "Helvetica", 8, 300), "Helvetica", 8)
            hand(cp, w - m - 80, y, f"{rng.randint(1, 40)} kg", 8.5)
            cp.line(m, y + 3, w - m, y + 3)
            y += 16
        pages.append(cp)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CCCC: the local authority
# ---------------------------------------------------------------------------------------------

BUILDINGS = {
    "en": [
        "Town Hall",
        "Central Library",
        "Leisure Centre",
        "Depot",
        "Crematorium",
        "Primary School",
        "Market Hall",
        "Museum",
        "Civic Offices",
        "Community Centre",
    ],
    "de": [
        "Rathaus",
        "Stadtbibliothek",
        "Hallenbad",
        "Betriebshof",
        "Friedhofsverwaltung",
        "Grundschule",
        "Markthalle",
        "Museum",
        "Bürgeramt",
        "Jugendzentrum",
    ],
    "fr": [
        "Hôtel de ville",
        "Médiathèque",
        "Piscine municipale",
        "Centre technique",
        "Cimetière",
        "École élémentaire",
        "Halles",
        "Musée",
        "Mairie annexe",
        "Maison de quartier",
    ],
}


def tpl_council_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A local authority's contract for pest control in its public buildings, as sent back
    signed: the cover page with the crest and contract reference, the form of agreement
    (acte d'engagement, Vertrag), the schedule of buildings on a landscape page, the priced
    schedule of rates and the signature page."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, {"en": "PROC/99/999", "de": "VgSt 99/2025-999", "fr": "MAPA 2025-99"}[lg])
    oh = office_head()
    cover = Page(A4)
    emblem(cover, w / 2 - 11, 90)
    cover.text(w / 2, 140, fit(h.name.split(" - ")[0], h.bold, 16, w - 120), h.bold, 16, "center")
    t1 = tr(lg, "CONTRACT FOR THE PROVISION OF", "VERTRAG ÜBER", "MARCHÉ PUBLIC DE SERVICES")
    t2 = tr(
        lg,
        "PEST CONTROL SERVICES TO COUNCIL BUILDINGS",
        "SCHÄDLINGSBEKÄMPFUNG IN STÄDTISCHEN LIEGENSCHAFTEN",
        "PRESTATIONS DE DÉRATISATION ET DÉSINSECTISATION",
    )
    cover.text(w / 2, 260, t1, h.bold, 14, "center")
    cover.text(w / 2, 282, t2, h.bold, shrink(t2, h.bold, 14, w - 100), "center")
    cover.text(
        w / 2,
        330,
        f"{tr(lg, 'Contract reference', 'Vergabe-Nr.', 'Référence')}: {ref}",
        h.font,
        11,
        "center",
    )
    cover.text(
        w / 2,
        350,
        f"{tr(lg, 'Contract period', 'Laufzeit', 'Durée')}: {short(d + timedelta(days=30), lg)} "
        f"- {short((d + timedelta(days=30)).replace(year=d.year + 3), lg)}",
        h.font,
        11,
        "center",
    )
    cover.text(w / 2, 420, tr(lg, "between", "zwischen", "entre"), italic_of(h.font), 11, "center")
    cover.text(w / 2, 444, fit(h.name, h.font, 11, w - 120), h.font, 11, "center")
    cover.text(w / 2, 468, tr(lg, "and", "und", "et"), italic_of(h.font), 11, "center")
    cover.text(w / 2, 492, oh.name, h.font, 11, "center")
    has_cover = rng.random() < 0.75
    pages = [cover] if has_cover else []
    f = sheets(s, h, f"{ref} - {t2.title()}", top=False)
    f.y = m
    caption(
        f, s, tr(lg, "Form of Agreement", "Vertrag", "Acte d'engagement (ATTRI1)"), 2, rule=True
    )
    for k in range(rng.randint(6, 16)):
        write(f, s, f"{k + 1}. " + prose(rng, lg, "legal", 1, 4), s.size - 0.5)
    pages += f.pages
    sched = Page(A4L)
    ls = paper(s, A4L, margin=40)
    lw, lh = A4L
    y = (
        running_header(
            sched,
            ls,
            f"{ref} - "
            + tr(
                lg, "Schedule 1: Buildings", "Anlage 1: Objektliste", "Annexe 1 : liste des sites"
            ),
        )
        + 8
    )
    sched.text(
        40,
        y,
        tr(
            lg,
            "Schedule 1 - Buildings and visit frequency",
            "Anlage 1 - Objekte und Kontrollintervalle",
            "Annexe 1 - Sites et fréquence des passages",
        ),
        ls.bold,
        11,
    )
    fl = Flow(A4L, lh - 40, lambda p, n: 50.0)
    fl.pages, fl.page, fl.y = [sched], sched, y + 18
    brows = []
    for k, b in enumerate(rng.sample(BUILDINGS[lg], rng.randint(5, 10))):
        brows.append(
            [
                f"{k + 1:02d}",
                b,
                f"{rng.randint(1, 120)} {rng.choice(ROADS[lg])}",
                rng.choice(["4", "6", "8", "12"]),
                ", ".join(rng.sample(PESTS[lg][:3] + PESTS[lg][5:7], 2)),
                rng.choice(
                    [
                        tr(lg, "Caretaker", "Hausmeister", "Gardien"),
                        tr(lg, "Reception", "Pforte", "Accueil"),
                    ]
                ),
            ]
        )
    table(
        fl,
        columns(
            40,
            lw - 40,
            [
                (0.4, "left"),
                (2, "left"),
                (2.4, "left"),
                (0.8, "center"),
                (2.2, "left"),
                (1.2, "left"),
            ],
        ),
        [
            "#",
            tr(lg, "Building", "Objekt", "Site"),
            tr(lg, "Address", "Adresse", "Adresse"),
            tr(lg, "Visits/yr", "Kontr./J.", "Passages/an"),
            tr(lg, "Pests", "Schädlinge", "Nuisibles"),
            tr(lg, "Key holder", "Schlüssel", "Clés"),
        ],
        brows,
        ls,
        shade=0.88,
        rules=True,
        step=2.0,
    )
    pages += fl.pages
    pr = sheets(
        s,
        h,
        f"{ref} - {tr(lg, 'Schedule of rates', 'Preisblatt', 'Bordereau des prix unitaires')}",
        top=False,
    )
    pr.y = m
    caption(
        pr,
        s,
        tr(
            lg,
            "Schedule 2 - Schedule of rates",
            "Anlage 2 - Preisblatt",
            "Bordereau des prix unitaires (BPU)",
        ),
        1,
        rule=True,
    )
    rrows = []
    for k, (t, u, _, p_) in enumerate(work_rows(rng, "proofing", lg) + work_rows(rng, "wasps", lg)):
        rrows.append([f"{k + 1}", t, u, money(p_, lg)])
    rrows.insert(
        0,
        [
            "0",
            tr(
                lg,
                "Routine inspection visit per building",
                "Routinekontrolle je Objekt",
                "Passage de contrôle par site",
            ),
            tr(lg, "visit", "Kontrolle", "passage"),
            money(rng.uniform(38, 65), lg),
        ],
    )
    table(
        pr,
        columns(m, w - m, [(0.4, "left"), (5, "left"), (0.9, "left"), (1.1, "right")]),
        [
            "#",
            tr(lg, "Item", "Leistung", "Désignation"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Rate (net)", "EP netto", "PU HT"),
        ],
        rrows,
        s,
        rules=True,
    )
    pages += pr.pages
    sp = Page(A4)
    y = m + 10
    sp.text(
        m,
        y,
        tr(lg, "Signed for the Council and the Contractor", "Unterschriften", "Signatures"),
        s.bold,
        s.size + 1,
    )
    y += 40
    for k, (lab, nm, org) in enumerate(
        [
            (
                tr(lg, "For the Council", "Für die Stadt", "Le pouvoir adjudicateur"),
                staff(h, "officer"),
                h.name,
            ),
            (
                tr(lg, "For the Contractor", "Für den Auftragnehmer", "Le titulaire"),
                boss(),
                oh.name,
            ),
        ]
    ):
        sp.text(m, y, lab, s.bold, s.size)
        sp.text(m, y + 14, fit(org, s.font, s.size - 1, w - 2 * m), s.font, s.size - 1)
        sp.line(m, y + 60, m + 220, y + 60)
        scrawl(sp, m + 6, y + 54, nm)
        sp.text(m, y + 72, nm, s.font, 8)
        hand(sp, m + 260, y + 58, short(d + timedelta(days=k * rng.randint(2, 8)), lg), 9.5)
        if k == 0 and rng.random() < 0.6:
            seal(
                sp,
                w - m - 60,
                y + 40,
                34,
                h.name.split(" - ")[0].upper()[:30],
                tr(lg, "COMMON SEAL", "DIENSTSIEGEL", "LE MAIRE"),
            )
        y += 130
    pages.append(sp)
    number_pages(
        pages,
        s,
        h.numbers if h.numbers != "none" else "- {i} -",
        "bc",
        skip=int(has_cover),
        bottom=28,
    )
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


def tpl_eho_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A local authority's notice requiring rodent treatment at a property, sent to the company
    as the owner's contractor: the covering letter, the notice itself with the schedule of
    works and the time allowed, and the appeal information (Rechtsbehelfsbelehrung, voies et
    délais de recours) on a page of its own."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    job = a_job(rng, ("restaurant", "housing"))
    owner = job.cust[0]
    ref = serial(rng, {"en": "EP/99999/PDP", "de": "32.9-999/25", "fr": "SCHS-2025-999"}[lg])
    officer = staff(h, "officer")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Officer", "Sachbearbeitung", "Dossier suivi par"), officer),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Rodent infestation - {job.site}",
            f"Rattenbefall - {job.site}",
            f"Infestation de rongeurs - {job.site}",
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
            f"{owner} has told us that your company will carry out the works required "
            "by the enclosed notice. Please let me have a copy of your treatment records "
            "once the works are complete.",
            f"die {owner} hat uns mitgeteilt, dass Ihr Unternehmen mit der Bekämpfung "
            "beauftragt ist. Wir übersenden Ihnen daher eine Abschrift der Verfügung "
            "mit der Bitte um Vorlage des Bekämpfungsnachweises.",
            f"{owner} nous a informés que votre entreprise est chargée des travaux prescrits "
            "par l'arrêté ci-joint. Nous vous remercions de nous transmettre l'attestation "
            "d'intervention.",
        ),
    )
    regards(
        f,
        s,
        lg,
        officer,
        tr(lg, "Environmental Health Officer", "Ordnungsamt", "Inspecteur de salubrité"),
    )
    pages = close(f.pages, s, h, numbers="none")
    nf = sheets(s, h, f"{ref}", top=True)
    title = tr(
        lg,
        "NOTICE UNDER SECTION 4 OF THE PREVENTION OF DAMAGE BY PESTS ACT 1949",
        "ORDNUNGSBEHÖRDLICHE VERFÜGUNG",
        "ARRÊTÉ MUNICIPAL PRESCRIVANT LA DÉRATISATION",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m)
    nf.page.text(w / 2, nf.y, title, s.bold, pt, "center")
    nf.y += 24
    nf.y = (
        pairs(
            nf.page,
            s,
            m,
            nf.y,
            [
                (tr(lg, "To", "An", "Destinataire"), owner),
                (tr(lg, "Premises", "Grundstück", "Immeuble"), job.site),
                (
                    tr(lg, "Date of service", "Zustellung", "Notifié le"),
                    short(d - timedelta(days=rng.randint(1, 5)), lg),
                ),
            ],
            w - m,
        )
        + 10
    )
    write(nf, s, prose(rng, lg, "legal", 2, 3))
    nf.heading(
        m,
        tr(lg, "Schedule of works", "Es wird angeordnet:", "Article 1 - Travaux prescrits"),
        s.bold,
        s.size,
    )
    for k in range(rng.randint(3, 6)):
        write(nf, s, f"{k + 1}. " + words(rng, lg, "pest", rng.randint(10, 18)), indent=8)
    days = rng.choice([7, 14, 21, 28])
    write(
        nf,
        s,
        tr(
            lg,
            f"The works must be completed within {days} days of the date of service of "
            "this notice.",
            f"Die Maßnahmen sind innerhalb von {days} Tagen nach Zustellung durchzuführen. "
            "Die sofortige Vollziehung wird angeordnet.",
            f"Article 2 - Les travaux seront exécutés dans un délai de {days} jours à "
            "compter de la notification.",
        ),
    )
    nf.need(80)
    nf.y += 10
    nf.page.text(
        m,
        nf.y,
        f"{tr(lg, 'Dated', 'Im Auftrag', 'Fait le')} "
        f"{day(h, d - timedelta(days=rng.randint(1, 5)))}",
        s.font,
        s.size,
    )
    scrawl(nf.page, m, nf.y + 34, staff(h, "head"))
    nf.page.text(m, nf.y + 46, staff(h, "head"), s.font, s.size - 1)
    if rng.random() < 0.5:
        seal(
            nf.page,
            m + 260,
            nf.y + 30,
            30,
            h.name.split(" - ")[0].upper()[:28],
            tr(lg, "ENV. HEALTH", "SIEGEL", "LE MAIRE"),
        )
    nf.y += 60
    pages += close(nf.pages, s, h)
    if lg != "en" or rng.random() < 0.5:
        ap = Page(A4)
        y = m + 4
        t = tr(lg, "Your right of appeal", "Rechtsbehelfsbelehrung", "Voies et délais de recours")
        ap.text(m, y, t, s.bold, s.size + 2)
        y += 24
        for _ in range(rng.randint(2, 4)):
            y = _para(ap, m, y, w - 2 * m, prose(rng, lg, "legal", 2, 3), s.font, s.size - 0.5)
        pages.append(ap)
    received(rng, pages[0], d, 0.4)
    remember(job, d)
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
    "service_contract": tpl_service_contract,
    "site_survey": tpl_site_survey,
    "visit_report": tpl_visit_report,
    "callout_sheet": tpl_callout_sheet,
    "treatment_certificate": tpl_treatment_certificate,
    "quotation": tpl_quotation,
    "acceptance": tpl_acceptance,
    "works_completion": tpl_works_completion,
    "tenant_complaint": tpl_tenant_complaint,
    "complaint_reply": tpl_complaint_reply,
    "credit_reminder": tpl_credit_reminder,
    "supplier_questionnaire": tpl_supplier_questionnaire,
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "technician_certificate": tpl_technician_certificate,
    "fleet_insurance": tpl_fleet_insurance,
    "fuel_invoice": tpl_fuel_invoice,
    "waste_consignment": tpl_waste_consignment,
    "council_contract": tpl_council_contract,
    "eho_notice": tpl_eho_notice,
}
TEMPLATES_CCCC: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "visit_report",
    "callout_sheet",
    "supplier_invoice",
    "technician_certificate",
    "waste_consignment",
    "credit_reminder",
    "fuel_invoice",
    "treatment_certificate",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "site_survey": "service_contract",
    "quotation": "acceptance",
    "acceptance": "works_completion",
    "delivery_note": "supplier_invoice",
    "tenant_complaint": "complaint_reply",
    "eho_notice": "quotation",
    "callout_sheet": "treatment_certificate",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_sieve_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One company's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The company
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
        rng, TEMPLATES_CCCC, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_sieve_stream, "templates CCCC")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

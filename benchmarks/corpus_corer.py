"""Corer part of the generated corpus: templates JJJJJ, written blind for the next measurement.

A part of its own, ``corer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a thatching
and heritage roofing contractor (a master thatcher, two thatchers, an apprentice and an office
manager; listed cottages, barns and churches; in England, Germany or France) feeds through its
scanner in a month: homeowners' and churchwardens' enquiries (a printed e-mail, now and then
with the photos printed behind it, a handwritten letter on A5 note paper, a website contact
form print); the firm's site survey reports with the property fields, the condition table by
roof element, the recommendations and one or two photo sheets behind; its quotations with a
covering letter now and then, the priced schedule, the written specification by numbered
clauses, sometimes the terms in small print and a tear-off acceptance slip; listed building
consent decisions (Notice of Decision with its conditions and the notes to the applicant,
denkmalrechtliche Genehmigung with Nebenbestimmungen and Rechtsbehelfsbelehrung, arrêté with
the avis de l'Architecte des Bâtiments de France), some behind a covering letter; conservation
officers' letters after a site visit, now and then with a ridge pattern sketch enclosed; water
reed importers' invoices (bundles by length, origin, pallets and freight; foreign suppliers
writing in their own language, reverse charge) and their delivery notes on slips or landscape
A5 with the bundle count and the driver's and receiver's signatures; wheat and rye straw
growers' invoices, typed or from a carbon invoice book; scaffolding hire invoices by hire
period and the scaffolders' handover certificates with the inspection ticks and the weekly
inspection record behind; fire retardant treatment certificates with the product and test
page behind; the firm's stage payment invoices and the customers' payments (a covering note
with the cheque copied below, a printed transfer confirmation); the firm's final accounts
with the variations on a landscape page; the guarantee certificates with the maintenance
schedule and the care notes; insurers' policy schedules with the endorsements, some behind
a broker's covering letter; the trade association's letters (National Society of Master
Thatchers, Reetdachdecker-Innung, a fédération of chaumiers) with an agenda, a form or a
notice page behind; apprenticeship papers (the apprenticeship agreement with the commitment
statement, the Berufsausbildungsvertrag with the Ausbildungsplan, the contrat d'apprentissage
with the convention de formation, or a progress review); the crew's weekly timesheets filled
in by hand; waste transfer notes and weighbridge tickets for the old thatch. Each stream is one
firm's pile: the firm (country, name, month, crew) is drawn once per stream; its outside
senders are of the firm's country and write in its language, except that reed importers and
now and then an insurer or a customer are from abroad and write in their own. Page sizes range
from narrow delivery slips and A5 notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the firm files it: the
photos printed behind an enquiry; the photo sheets of a survey report; the covering letter,
specification, terms and acceptance slip of a quotation; the covering letter, conditions and
notes to the applicant of a consent decision; the sketch enclosed with a conservation
officer's letter; every page of one supplier invoice; the inspection record behind a scaffold
handover certificate; the product and test page of a fire retardant certificate; the cheque
copy under a customer's covering note; the variations page of a final account; the maintenance
schedule and care notes behind a guarantee certificate; the covering letter and endorsements
of an insurance schedule; the agenda, form or notice behind an association letter; the
commitment statement, training plan or convention of an apprenticeship agreement. Related
papers are documents of their own: the survey report after the enquiry it answers, the
quotation after the survey report, the conservation officer's letter after the consent
decision, the supplier's invoice after its delivery note, the scaffold hire invoice after the
handover certificate, the customer's payment after a stage invoice and the guarantee after the
final account; and so is each invoice, delivery note, certificate, timesheet and waste note of
a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: reed and straw invoices, delivery
notes, scaffold hire invoices, stage payment invoices, fire retardant certificates, timesheets
and waste notes often come 2-4 in a row from one sender with other jobs, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers, about
the same job. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "corer"`` and seeds offset by 11_300_000.

Usage: ``python benchmarks/corpus_corer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/corer/corer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

# ruff: noqa: E501  (long German/French label strings kept on one line)
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
    MONTH_NAMES,
    Flow,
    band,
    caption,
    cash,
    cell,
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
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "corer"
SEED_OFFSET = 11_300_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the firm and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FIRMS: dict[str, list[Row]] = {
    "en": [
        (
            "Wessex Thatching Ltd",
            "Manor Farm Barns, Church Lane",
            "Tisbury SP3 6NA",
            "01747 871 204",
        ),
        (
            "J. Pennington & Son, Master Thatchers",
            "Rook Cottage, The Street",
            "Lavenham CO10 9RA",
            "01787 248 113",
        ),
        ("Dartmoor Reed & Thatch", "Higher Barton Yard", "Chagford TQ13 8EU", "01647 433 920"),
    ],
    "de": [
        ("Reetdachdeckerei Claußen GmbH", "Dorfstraße 14", "25845 Nordstrand", "04842 90 31 7"),
        ("Reetdachdeckermeister Jan Petersen", "Am Deich 3", "18374 Zingst", "038232 155 40"),
        ("Hinrichs Reet & Dach GmbH & Co. KG", "Moorweg 22", "27721 Ritterhude", "04292 81 66 0"),
    ],
    "fr": [
        (
            "Chaumières de Brière SARL",
            "12 route de Kerhinet",
            "44410 Saint-Lyphard",
            "02 40 91 33 58",
        ),
        ("Le Chaume Normand", "La Vallée", "27500 Pont-Audemer", "02 32 41 07 62"),
        (
            "Couverture Chaume Dufresne",
            "3 chemin des Roselières",
            "80120 Rue",
            "03 22 25 19 84",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "council": {
        "en": [
            ("Wiltshire Council - Development Services", "County Hall", "Trowbridge BA14 8JN", ""),
            ("Babergh District Council - Planning", "Endeavour House", "Ipswich IP1 2BX", ""),
            ("Dartmoor National Park Authority", "Parke, Haytor Road", "Bovey Tracey TQ13 9JQ", ""),
        ],
        "de": [
            (
                "Kreis Nordfriesland - Untere Denkmalschutzbehörde",
                "Marktstraße 6",
                "25813 Husum",
                "",
            ),
            (
                "Landkreis Vorpommern-Rügen - Untere Denkmalschutzbehörde",
                "Carl-Heydemann-Ring 67",
                "18437 Stralsund",
                "",
            ),
            ("Landkreis Osterholz - Denkmalschutz", "Osterholzer Str. 23", "27711 Osterholz", ""),
        ],
        "fr": [
            ("Mairie de Saint-Lyphard - Urbanisme", "Place de l'Église", "44410 Saint-Lyphard", ""),
            (
                "Mairie de Pont-Audemer - Service urbanisme",
                "Place de Verdun",
                "27500 Pont-Audemer",
                "",
            ),
            ("Mairie de Rue - Urbanisme", "Place Anatole Gosselin", "80120 Rue", ""),
        ],
    },
    "conservation": {
        "en": [
            ("Wiltshire Council - Conservation & Design", "County Hall", "Trowbridge BA14 8JN", ""),
            ("Babergh District Council - Heritage Team", "Endeavour House", "Ipswich IP1 2BX", ""),
            (
                "Dartmoor National Park Authority - Historic Environment",
                "Parke, Haytor Road",
                "Bovey Tracey TQ13 9JQ",
                "",
            ),
        ],
        "de": [
            (
                "Kreis Nordfriesland - Untere Denkmalschutzbehörde",
                "Marktstraße 6",
                "25813 Husum",
                "",
            ),
            ("Landesamt für Denkmalpflege Schleswig-Holstein", "Wall 47/51", "24103 Kiel", ""),
            (
                "Landesamt für Kultur und Denkmalpflege M-V",
                "Domhof 4/5",
                "19055 Schwerin",
                "",
            ),
        ],
        "fr": [
            ("UDAP de la Loire-Atlantique", "1 rue Stanislas Baudry", "44000 Nantes", ""),
            ("UDAP de l'Eure", "2 rue de Verdun", "27000 Évreux", ""),
            ("UDAP de la Somme", "5 rue Henri Daussy", "80000 Amiens", ""),
        ],
    },
    "reed": {
        "en": [
            ("Anglia Reed Imports Ltd", "Unit 4, Quay Road", "Great Yarmouth NR31 0LL", ""),
            (
                "Thatchers' Supply Co. (UK) Ltd",
                "Moor Lane Industrial Estate",
                "Langport TA10 9RS",
                "",
            ),
            ("Danube Reed Trading Kft", "Kikötő utca 9", "H-7100 Szekszard", "+36 74 511 220"),
        ],
        "de": [
            ("Reethandel Ostsee GmbH", "Hafenstraße 41", "17438 Wolgast", "03836 27 44 0"),
            ("Schilfrohr-Import Brandt KG", "Industriestraße 7", "26954 Nordenham", ""),
            ("Trzcina Pomorze Sp. z o.o.", "ul. Portowa 7", "PL 72-600 Swinoujscie", ""),
        ],
        "fr": [
            ("Roselières de Camargue SARL", "Mas de la Tour", "13200 Arles", "04 90 97 22 61"),
            ("Sagne & Roseau Import", "ZA du Port", "44480 Donges", ""),
            ("Rietcentrale Zeeland B.V.", "Havenweg 18", "NL 4501 Breskens", ""),
        ],
    },
    "straw": {
        "en": [
            ("Home Farm Thatching Straw", "Home Farm, Fosse Way", "Shepton Mallet BA4 6RR", ""),
            ("R. & A. Dyer, Growers", "Lower Combe Farm", "Crediton EX17 4HP", "01363 772 501"),
        ],
        "de": [
            ("Hof Meinders - Dachstroh", "Lange Straße 9", "26835 Hesel", ""),
            ("Biolandhof Kröger", "Feldweg 2", "23795 Bad Segeberg", ""),
        ],
        "fr": [
            ("EARL de la Grande Noë", "La Grande Noë", "44530 Drefféac", ""),
            ("GAEC Lemoine - paille de seigle", "Le Bourg", "27210 Beuzeville", ""),
        ],
    },
    "scaffold": {
        "en": [
            ("Avon Access Scaffolding Ltd", "Station Yard", "Warminster BA12 9BR", "01985 217 640"),
            ("Stour Valley Scaffolding", "Unit 9, Chilton Ind. Est.", "Sudbury CO10 2XD", ""),
            ("Moorland Scaffold Services", "Pottery Road", "Bovey Tracey TQ13 9DS", ""),
        ],
        "de": [
            ("Gerüstbau Thomsen GmbH", "Gewerbering 12", "25813 Husum", "04841 77 20 0"),
            ("Küsten-Gerüstbau Harms", "Barther Straße 88", "18311 Ribnitz", ""),
            ("Weser-Gerüst GmbH", "Industriestraße 15", "28217 Bremen", ""),
        ],
        "fr": [
            ("Échafaudages de l'Atlantique", "ZI de Brais", "44600 Saint-Nazaire", ""),
            ("Normandie Échafaudage SAS", "Rue des Artisans", "27500 Pont-Audemer", ""),
            ("Picardie Levage Échafaudage", "ZA des Deux Vallées", "80100 Abbeville", ""),
        ],
    },
    "fire": {
        "en": [
            ("Thatchguard Fire Protection Ltd", "Brook Farm", "Bridport DT6 5LA", "01308 459 011"),
            ("Heritage Fire Retardants", "2 Mill Yard", "Marlborough SN8 1PD", ""),
        ],
        "de": [
            ("Brandschutz Nord Reetdach GmbH", "Am Hafen 4", "25761 Büsum", ""),
            ("Flammschutz-Technik Lüders", "Kieler Straße 190", "24536 Neumünster", ""),
        ],
        "fr": [
            ("Ignifuge Ouest SARL", "4 rue du Commerce", "44600 Saint-Nazaire", ""),
            ("Protec Chaume", "Parc d'activités", "14600 Honfleur", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Heritage Trades Insurance Brokers", "21 High Street", "Devizes SN10 1AT", ""),
            (
                "Countryside Mutual Insurance plc",
                "Mutual House, Parkway",
                "Cheltenham GL53 7AA",
                "",
            ),
        ],
        "de": [
            ("Provinzial Nord Brandkasse AG", "Sophienblatt 33", "24114 Kiel", ""),
            ("Handwerker-Versicherungsdienst Jessen", "Norderstraße 50", "25813 Husum", ""),
        ],
        "fr": [
            ("SMABTP - Agence de Nantes", "1 rue Arthur III", "44200 Nantes", ""),
            ("Cabinet Leroux Assurances", "18 place Carnot", "27500 Pont-Audemer", ""),
        ],
    },
    "association": {
        "en": [
            ("National Society of Master Thatchers", "PO Box 104", "Whitchurch RG28 7WU", ""),
            ("Thatching Advisory Guild", "The Barn, Upper Street", "Dorchester DT2 8QP", ""),
        ],
        "de": [
            ("Reetdachdecker-Innung Schleswig-Holstein", "Hopfenstraße 2e", "24114 Kiel", ""),
            ("Bundesverband der Reetdachdecker e.V.", "Dorfstraße 1", "21629 Neu Wulmstorf", ""),
        ],
        "fr": [
            (
                "Fédération des Chaumiers de France",
                "Maison de l'Artisanat",
                "44600 Saint-Nazaire",
                "",
            ),
            (
                "Association des Couvreurs Chaumiers de Normandie",
                "Le Bourg",
                "27210 Fatouville",
                "",
            ),
        ],
    },
    "college": {
        "en": [
            ("Kingston Maurward College", "Dorchester", "Dorset DT2 8PY", "01305 215 000"),
            ("Heritage Crafts Training Partnership", "Unit 2, Old Dairy", "Newbury RG14 2ND", ""),
        ],
        "de": [
            ("Handwerkskammer Flensburg", "Johanniskirchhof 1-7", "24937 Flensburg", ""),
            ("Handwerkskammer Schwerin", "Friedensstraße 4a", "19053 Schwerin", ""),
        ],
        "fr": [
            ("CFA du Bâtiment de Loire-Atlantique", "Boulevard de l'Europe", "44200 Nantes", ""),
            ("BTP CFA Normandie", "Rue Ampère", "27000 Évreux", ""),
        ],
    },
    "waste": {
        "en": [
            ("Greenway Composting Ltd", "Lower Hill Farm", "Mere BA12 6LA", ""),
            ("Suffolk Green Waste Recycling", "Hill Farm", "Stowmarket IP14 5BB", ""),
        ],
        "de": [
            ("Kompostwerk Husum GmbH", "Siemensstraße 17", "25813 Husum", ""),
            ("Entsorgung Osterholz", "Am Schleusenweg 3", "27711 Osterholz", ""),
        ],
        "fr": [
            ("SEDE Compostage Ouest", "Lieu-dit La Prée", "44260 Savenay", ""),
            ("Déchetterie professionnelle Sévaux", "ZA du Moulin", "27500 Pont-Audemer", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "Martin", "Helen", "Giles", "Rosemary", "Peter", "Alison", "Tom", "Judith"],
    "de": ["Birgit", "Hauke", "Anke", "Jens", "Silke", "Ole", "Maren", "Uwe", "Kerstin"],
    "fr": ["Martine", "Yann", "Claire", "Loïc", "Sylvie", "Gaël", "Nathalie", "Hervé", "Annick"],
}
LASTS = {
    "en": ["Hollis", "Pearce", "Lovell", "Greenslade", "Ashworth", "Tapper", "Cundy", "Spurway"],
    "de": ["Jessen", "Hansen", "Brodersen", "Carstens", "Lorenzen", "Boysen", "Ketelsen", "Möller"],
    "fr": ["Guérin", "Le Bihan", "Mahé", "Lebrun", "Hamon", "Durand", "Poulain", "Leclerc"],
}
FEMALE = {
    "Sarah",
    "Helen",
    "Rosemary",
    "Alison",
    "Judith",
    "Birgit",
    "Anke",
    "Silke",
    "Maren",
    "Kerstin",
    "Martine",
    "Claire",
    "Sylvie",
    "Nathalie",
    "Annick",
}
ROADS = {
    "en": ["The Street", "Church Lane", "Mill Lane", "High Street", "Back Lane", "Water Lane"],
    "de": ["Dorfstraße", "Kirchweg", "Am Deich", "Süderstraße", "Mühlenweg", "Osterende"],
    "fr": ["rue de l'Église", "chemin du Marais", "route de la Mer", "impasse du Moulin"],
}
#: The villages around each firm of ``FIRMS`` (same order): its customers' properties.
VILLAGES = {
    "en": [
        ["Chilmark SP3 5AR", "East Knoyle SP3 6AJ", "Fonthill Bishop SP3 5SH", "Teffont SP3 5RP"],
        ["Kersey IP7 6EG", "Cavendish CO10 8BA", "Monks Eleigh IP7 7AU", "Chelsworth IP7 7HU"],
        [
            "Lustleigh TQ13 9TJ",
            "North Bovey TQ13 8RA",
            "Drewsteignton EX6 6QN",
            "Belstone EX20 1QZ",
        ],
    ],
    "de": [
        ["25845 Elisabeth-Sophien-Koog", "25826 St. Peter-Ording", "25938 Nieblum", "25869 Gröde"],
        ["18347 Ahrenshoop", "18375 Prerow", "18374 Zingst", "18375 Wieck a. Darß"],
        ["27726 Worpswede", "27729 Hambergen", "27711 Osterholz-Scharmbeck", "28865 Lilienthal"],
    ],
    "fr": [
        [
            "44410 Kerhinet",
            "44720 Saint-Joachim",
            "44530 Sainte-Reine-de-Bretagne",
            "44410 Herbignac",
        ],
        ["27210 Fatouville-Grestain", "27680 Vieux-Port", "27500 Aizier", "27210 Conteville"],
        ["80120 Saint-Quentin-en-Tourmont", "80550 Le Crotoy", "80120 Fort-Mahon", "80120 Quend"],
    ],
}
HOUSES = {
    "en": [
        "Rose Cottage",
        "Old Forge Cottage",
        "Thatched Barn, Manor Farm",
        "Church of St Mary the Virgin",
        "Yew Tree Cottage",
        "The Old Bakehouse",
        "Church of St Michael and All Angels",
        "Pound Cottage",
    ],
    "de": [
        "Reetdachhaus Friesenhof",
        "Ev.-luth. Kirche St. Nikolai",
        "Haubarg Osterhof",
        "Fischerkate",
        "Kapitänshaus",
        "Dorfkirche St. Johannis",
        "Altes Pastorat",
        "Heuerhaus am Moor",
    ],
    "fr": [
        "Chaumière de la Noë",
        "Chapelle Sainte-Anne",
        "Longère du Marais",
        "Chaumière des Iris",
        "Maison du Garde",
        "Église Saint-Martin",
        "Grange dîmière",
        "Chaumière du Vieux Four",
    ],
}
MATERIALS = {
    "en": ["water reed", "combed wheat reed", "long straw"],
    "de": ["Reet (Wasserschilf)", "Roggenstroh", "Weizenstroh"],
    "fr": ["roseau", "paille de seigle", "paille de blé"],
}
RIDGES = {
    "en": ["block-cut ridge with scallops", "flush ridge in sedge", "patterned straw ridge"],
    "de": ["Heidefirst", "Sodenfirst", "Kupferfirst"],
    "fr": ["faîtage en argile planté d'iris", "faîtage en bruyère", "faîtage maçonné"],
}
GRADES = {
    "en": ["Grade II", "Grade II*", "Grade II", "unlisted, conservation area"],
    "de": ["Kulturdenkmal", "Kulturdenkmal (Ensemble)", "Kulturdenkmal", "kein Denkmal"],
    "fr": [
        "monument inscrit",
        "site patrimonial remarquable",
        "abords de monument historique",
        "PNR, hors protection",
    ],
}
ORIGINS = {
    "en": ["Turkey", "Hungary", "Poland", "Romania", "Ukraine", "China", "Norfolk (UK)"],
    "de": ["Türkei", "Ungarn", "Polen", "Rumänien", "Ukraine", "China", "Deutschland"],
    "fr": ["Turquie", "Hongrie", "Pologne", "Roumanie", "Ukraine", "Chine", "Camargue (France)"],
}

TALK = {
    "en": {
        "roof": "thatch coat ridge eaves verge gable slope rafters battens fixings hazel spars "
        "liggers sways netting moss decay depth chimney flashing valley dormer weathering",
        "plan": "listed building consent conservation officer heritage significance historic "
        "fabric materials sample approval condition details scheme proposal appearance",
        "money": "invoice payment account balance due amount stage contract retention variation "
        "deposit transfer reference period terms",
        "trade": "members thatchers standards training apprentices meeting committee insurance "
        "materials supply reed straw fire safety guidance council",
    },
    "de": {
        "roof": "Reetdach Dachhaut First Traufe Ortgang Giebel Dachfläche Sparren Lattung "
        "Bindedraht Schächer Verschnürung Moos Fäulnis Dicke Schornstein Anschluss Kehle Gaube",
        "plan": "denkmalrechtliche Genehmigung Denkmalpflege Erhaltung historische Substanz "
        "Material Muster Abstimmung Auflage Ausführung Antrag Erscheinungsbild",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Abschlag Auftrag Einbehalt Nachtrag "
        "Anzahlung Überweisung Verwendungszweck Zeitraum",
        "trade": "Mitglieder Reetdachdecker Fachregeln Ausbildung Lehrlinge Versammlung Vorstand "
        "Versicherung Material Reet Stroh Brandschutz Merkblatt Innung",
    },
    "fr": {
        "roof": "chaume couverture faîtage égout rive pignon versant chevrons liteaux ligatures "
        "fil inox mousse pourrissement épaisseur cheminée solin noue lucarne usure",
        "plan": "autorisation travaux architecte des bâtiments de France patrimoine matériaux "
        "échantillon prescription avis dossier aspect conservation",
        "money": "facture paiement compte solde échéance montant situation acompte marché "
        "retenue avenant virement référence période règlement",
        "trade": "adhérents chaumiers règles de l'art formation apprentis assemblée bureau "
        "assurance matériaux roseau paille sécurité incendie fiche",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "roof", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "roof", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The firm of a stream: its country, month, crew and jobs
# ---------------------------------------------------------------------------------------------

FIRM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Job:
    """One roof, as a companion takes it up: the customer, the property and the contract."""

    ref: str
    client: str
    female: bool
    house: str
    street: str
    town: str
    church: bool
    grade: int
    area: int
    material: int
    ridge: int
    total: float
    stages: int
    start: date


#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(FIRM["lang"])


def month() -> date:
    m = FIRM["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's firm and ``key``: a run or a repeat keeps its
    sender."""
    text = f"corer/{key}/{who.name}/{who.street}/{who.city}/{FIRM['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 29))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def firm_row() -> Row:
    return FIRMS[home()][int(FIRM["row"])]  # type: ignore[call-overload]


def crew(tag: str) -> str:
    """A member of the firm's crew (``master``, ``thatcher1``, ``thatcher2``, ``apprentice``,
    ``office``), the same all through one stream."""
    lg = home()
    r = random.Random(zlib.crc32(f"corer/crew/{tag}/{FIRM['seed']}".encode()))
    name = firm_row()[0]
    if tag == "master" and ("Petersen" in name or "Pennington" in name or "Dufresne" in name):
        last = "Petersen" if "Petersen" in name else "Pennington" if "Pennington" in name else ""
        return f"{r.choice(FIRSTS[lg])} {last or 'Dufresne'}"
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def a_job(rng: random.Random) -> Job:
    """A new roof of the stream's firm: a cottage, barn or church in its area."""
    lg = home()
    hk = rng.randrange(len(HOUSES[lg]))
    house = HOUSES[lg][hk]
    church = any(t in house for t in ("Church", "Kirche", "Chapelle", "Église"))
    first, last = rng.choice(FIRSTS[lg]), rng.choice(LASTS[lg])
    if church:
        client = tr(
            lg,
            f"The Churchwardens, PCC of {house.replace('Church of ', '')}",
            f"Kirchengemeinderat, z. Hd. {first} {last}",
            f"Commune, représentée par {first} {last.upper()}",
        )
    else:
        client = f"{first} {last}"
    area = rng.choice([45, 62, 80, 95, 120, 140, 165, 210, 260])
    rate = {"en": 165.0, "de": 175.0, "fr": 160.0}[lg] * rng.uniform(0.85, 1.25)
    prefix = "".join(t[0] for t in firm_row()[0].replace("&", " ").split()[:2]).upper()
    return Job(
        ref=f"{prefix}/{month().year % 100}/{rng.randint(10, 240):03d}",
        client=client,
        female=first in FEMALE,
        house=house,
        street=f"{rng.randint(1, 40)} {rng.choice(ROADS[lg])}"
        if lg != "de"
        else f"{rng.choice(ROADS[lg])} {rng.randint(1, 40)}",
        town=rng.choice(VILLAGES[lg][int(FIRM["row"])]),  # type: ignore[call-overload]
        church=church,
        grade=rng.randrange(4),
        area=area,
        material=rng.choice([0, 0, 0, 1, 2]) if lg != "de" else rng.choice([0, 0, 0, 0, 1]),
        ridge=rng.randrange(3),
        total=round(area * rate / 10) * 10,
        stages=rng.choice([2, 3, 3, 4]),
        start=some_day(rng) - timedelta(days=rng.randint(0, 70)),
    )


def job_for(rng: random.Random, kinds: tuple[str, ...]) -> Job:
    """The previous document's job if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def client_lines(job: Job) -> list[str]:
    lg = home()
    name = job.client
    if not job.church:
        name = mr(job.client, lg)
    return [name, job.house, job.street, job.town] if job.house[0].isupper() else [name]


def site(job: Job) -> str:
    return f"{job.house}, {job.street}, {job.town}"


def mr(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def vat_rate(lang: str, reduced: bool = False) -> float:
    if lang == "fr":
        return 10.0 if reduced else 20.0
    return {"en": 20.0, "de": 19.0}[lang]


def qty(v: float, lang: str, dec: int = 0) -> str:
    s = f"{v:,.{dec}f}"
    if lang == "de":
        return s.replace(",", "_").replace(".", ",").replace("_", ".")
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",")
    return s


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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINES = {
    "firm": ("Master Thatchers - Heritage Roofing", "Reetdachdeckerei", "Couverture en chaume"),
    "reed": ("Thatching reed - import & wholesale", "Reet - Import und Großhandel", "Roseau"),
    "straw": ("Thatching straw growers", "Dachstroh aus eigenem Anbau", "Paille de couverture"),
    "scaffold": ("Scaffolding - hire & erection", "Gerüstbau - Vermietung", "Échafaudages"),
    "fire": ("Fire retardant treatments", "Brandschutzimprägnierung", "Traitement ignifuge"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "college", "conservation"):
        return []
    if lang == "de":
        bank = r.choice(["Nord-Ostsee Sparkasse", "VR Bank Westküste", "Sparkasse Vorpommern"])
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "KG" in name or "AG" in name:
            out.insert(
                0,
                f"Amtsgericht Flensburg HRB {r.randint(1000, 19999)} - Geschäftsführer: "
                + r.choice(["Hauke Claußen", "Jens Hinrichs", "Anke Thomsen"]),
            )
        return out
    if lang == "fr":
        siret = f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10000, 99999)}"
        out = [f"{name} - SIRET {siret} - APE {r.choice(['4391A', '4391B', '4399C', '6622Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - Assurance décennale n° {r.randint(100000, 999999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "Kft" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "firm" and r.random() < 0.6:
        out.append("Member of the National Society of Master Thatchers")
    if role == "insurer":
        out.append(
            f"Authorised and regulated by the Financial Conduct Authority FRN {r.randint(100000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"corer/head/{name}/{FIRM['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    if "Kft" in name:
        tld = "hu"
    elif "Sp. z o.o." in name:
        tld = "pl"
    elif "B.V." in name:
        tld = "nl"
    looks = LOOKS
    if role in ("council", "college", "conservation"):
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
        mail=f"{r.choice(['info', 'office', 'mail', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def firm_head() -> Head:
    return make_head(firm_row(), home(), "firm")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and firm), of the firm's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if lang == home() and role in LOCAL:
        # The authority of the firm's area; local trades mostly from nearby.
        near = rows[int(FIRM["row"]) % len(rows)]  # type: ignore[call-overload]
        if role in ("council", "conservation") or r.random() < 0.8:
            return make_head(near, lang, role)
    return make_head(r.choice(rows), lang, role)


#: Senders that are (mostly) of the firm's own area.
LOCAL = ("council", "conservation", "scaffold", "waste")


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
    """A round rubber stamp: two rings, the wording inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def crest(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def roof_mark(p: Page, x: float, y: float, w: float) -> None:
    """A small thatched-roof logo: a steep roof outline with a ridge band and a chimney."""
    h = w * 0.55
    p.line(x, y + h, x + w / 2, y)
    p.line(x + w / 2, y, x + w, y + h)
    p.line(x + w * 0.12, y + h, x + w * 0.5, y + h * 0.22)
    p.line(x + w * 0.5, y + h * 0.22, x + w * 0.88, y + h)
    p.rect(x + w * 0.66, y + h * 0.05, w * 0.08, h * 0.3, fill=0.3)
    p.line(x, y + h, x + w, y + h)


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
    line2 = tr(h.lang, *tag) if tag else ""
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "official":
        crest(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        low = "   ".join(t for t in (where, contact) if t)
        p.text(m, y + 24, fit(low, h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        if h.role == "firm":
            roof_mark(p, w / 2 - 18, y - 30, 36)
            y += 4
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(line2 or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        low = "  ".join(t for t in ((where if line2 else ""), contact) if t)
        if low:
            p.text(w / 2, y + 24, fit(low, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        p.text(m + 17, y + 9, initials, h.bold, 13, "center")
        yy = y - 4
        for t in (h.name, line2, h.street, h.town, tel, h.mail):
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
        if line2:
            p.text(
                w - m,
                y + 2,
                fit(line2, italic_of(h.font), 8, w - 2 * m - bw - 10),
                italic_of(h.font),
                8,
                "right",
            )
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        p.text(m, y + 15, line2, italic_of(h.font), 7.5)
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
    parts = name.replace("-", " ").replace(".", " ").replace(",", " ").split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the firm's received stamp on the first page."""
    if rng.random() < odds:
        lang = home()
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
                        "en": ["Office", "Paid", "Job file"],
                        "de": ["Büro", "erledigt"],
                        "fr": ["Bureau", "Compta"],
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, faithfully: bool = False) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    closing = (
        "Yours faithfully" if faithfully else ["Yours sincerely", "Kind regards"][len(name) % 2]
    )
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            closing,
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
        f.page.text(
            m,
            f.y + s.size * 1.3,
            fit(role, s.font, s.size - 1, f.size[0] - 2 * m),
            s.font,
            s.size - 1,
        )
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"corer/staff/{tag}/{h.name}/{FIRM['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def firm_lines(att: str = "") -> list[str]:
    return head_lines(firm_head(), att)


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "", note: str = ""
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 12
    f.page.line(w * 0.55, f.y - 10, w - m, f.y - 10)
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


def small_print(
    rng: random.Random, s0: Style, lg: str, title: str, heads: list[str], topic: str = "money"
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


def bank_line(h: Head) -> str:
    r = random.Random(zlib.crc32(f"corer/bank/{h.name}".encode()))
    if h.lang == "en":
        return (
            f"Bank: {r.choice(['Lloyds Bank', 'NatWest', 'Barclays'])} - Sort code "
            f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)} - Account "
            f"{r.randint(10000000, 99999999)}"
        )
    cc = "DE" if h.lang == "de" else "FR76"
    return (
        f"IBAN {cc}{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} - BIC {serial(r, 'AAAAAA9A')}"
    )


# ---------------------------------------------------------------------------------------------
# Templates JJJJJ: customers' enquiries, the firm's surveys and quotations
# ---------------------------------------------------------------------------------------------


def tpl_enquiry(rng: random.Random, who: Issuer) -> list[Page]:
    """A homeowner's or churchwarden's enquiry: a printed e-mail (now and then with its photos
    printed on a page behind), a handwritten letter on A5 note paper or the print of the
    firm's website contact form."""
    job = a_job(rng)
    lg = home()
    r = keyed(who, "customer")
    if r.random() < 0.12:
        lg = r.choice([x for x in ("en", "de", "fr") if x != home()])
    d = some_day(rng)
    firm = firm_head()
    name = job.client
    person = name.split(", ")[-1].replace("z. Hd. ", "").replace("représentée par ", "")
    person = (
        person
        if len(person.split()) >= 2 and "PCC" not in person
        else (f"{rng.choice(FIRSTS[home()])} {rng.choice(LASTS[home()])}")
    )
    form = rng.random()
    issue = rng.choice(
        [
            tr(
                lg,
                "the ridge is badly worn and there is moss on the north slope",
                "der First ist stark verwittert und auf der Nordseite wächst Moos",
                "le faîtage est très abîmé et le versant nord est couvert de mousse",
            ),
            tr(
                lg,
                "we have a leak over the bedroom window after the last storm",
                "nach dem letzten Sturm tropft es über dem Schlafzimmerfenster",
                "nous avons une fuite au-dessus de la fenêtre de la chambre depuis la tempête",
            ),
            tr(
                lg,
                "we have just bought the house and the survey says the thatch needs attention",
                "wir haben das Haus gerade gekauft und der Gutachter empfiehlt eine Prüfung des Daches",
                "nous venons d'acheter la maison et le diagnostic signale un chaume à reprendre",
            ),
            tr(
                lg,
                "birds have pulled out the netting along the eaves",
                "Vögel haben das Drahtgeflecht an der Traufe aufgerissen",
                "les oiseaux ont arraché le grillage le long de l'égout",
            ),
        ]
    )
    body = [
        tr(
            lg,
            f"We live at {job.house}, {job.town} (thatched, {GRADES['en'][job.grade]}), "
            f"and {issue}. Could you come and have a look and give us a price for the work?",
            f"wir wohnen im {job.house} in {job.town} (Reetdach, {GRADES['de'][job.grade]}) und {issue}. "
            "Könnten Sie sich das Dach einmal ansehen und uns ein Angebot machen?",
            f"Nous habitons {job.house} à {job.town} (toit de chaume, {GRADES['fr'][job.grade]}) et "
            f"{issue}. Pourriez-vous passer voir la toiture et nous faire un devis ?",
        ),
        tr(
            lg,
            f"The roof is roughly {job.area} square metres. " + words(rng, lg),
            f"Die Dachfläche beträgt etwa {job.area} m². " + words(rng, lg),
            f"La surface est d'environ {job.area} m². " + words(rng, lg),
        ),
        tr(
            lg,
            "We are usually at home in the mornings; my mobile number is below.",
            "Vormittags sind wir meistens zu Hause, meine Handynummer steht unten.",
            "Nous sommes généralement là le matin, mon portable est indiqué ci-dessous.",
        ),
    ]
    phone = {"en": "07", "de": "0171 ", "fr": "06 "}[lg] + serial(rng, "99 999 9999")
    if form < 0.45:
        size = LETTER if rng.random() < 0.3 else A4
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", size, "short")
        w, hh = size
        m = s.margin
        p = Page(size)
        p.text(
            m,
            30,
            fit(f"{tr(lg, 'Gmail', 'GMX FreeMail', 'Orange Mail')} - {person}", s.font, 7.5, w / 2),
            s.font,
            7.5,
        )
        p.text(
            w - m,
            30,
            f"{short(d, lg)} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
            s.font,
            7.5,
            "right",
        )
        y = 70.0
        subj = tr(
            lg,
            f"Thatch repair enquiry - {job.house}",
            f"Anfrage Reetdach - {job.house}",
            f"Demande de devis chaume - {job.house}",
        )
        p.text(m, y, subj, s.bold, 13)
        y += 24
        host = person.split()[-1].lower().replace("é", "e").replace("ö", "oe").replace("ü", "ue")
        for lab, val in [
            (
                tr(lg, "From", "Von", "De"),
                f"{person} <{person.split()[0].lower()}.{host}@"
                f"{rng.choice(['gmail.com', 'btinternet.com', 'web.de', 'orange.fr', 'gmx.de'])}>",
            ),
            (tr(lg, "To", "An", "À"), firm.mail or f"info@{firm.name.split()[0].lower()}.co.uk"),
            (tr(lg, "Date", "Datum", "Date"), day(make_head(firm_row(), lg, "x"), d)),
        ]:
            p.text(m, y, f"{lab}:", s.bold, 8.5)
            p.text(m + 50, y, fit(val, s.font, 8.5, w - 2 * m - 50), s.font, 8.5)
            y += 12
        pics = rng.random() < 0.5
        if pics:
            p.text(
                m,
                y,
                f"{rng.randint(2, 4)} {tr(lg, 'attachments', 'Anhänge', 'pièces jointes')}",
                italic_of(s.font),
                8,
            )
            y += 12
        p.line(m, y, w - m, y)
        y += 22
        p.text(m, y, dear(lg, None), s.font, s.size)
        y += 20
        for para in body:
            for ln in wrap(para, s.font, s.size, w - 2 * m):
                p.text(m, y, ln, s.font, s.size)
                y += s.size * 1.45
            y += 8
        y += 8
        p.text(m, y, tr(lg, "Many thanks,", "Viele Grüße", "Cordialement,"), s.font, s.size)
        p.text(m, y + 16, person, s.font, s.size)
        p.text(m, y + 30, phone, s.font, s.size)
        pages = [p]
        if pics:
            q = Page(size)
            q.text(m, 30, fit(subj, s.font, 7.5, w / 2), s.font, 7.5)
            n = rng.choice([2, 3, 4])
            ph = (hh - 120) / n - 24 if n > 2 else 280
            yy = 60.0
            for k in range(n):
                pw = w - 2 * m if n <= 2 else (w - 2 * m) * 0.8
                photo(q, m, yy, pw, ph, rng)
                q.text(m, yy + ph + 12, f"IMG_{rng.randint(1000, 9999)}.jpg", s.font, 7.5)
                yy += ph + 26
                if k == n - 1:
                    break
            pages.append(q)
        number_pages(pages, s, "{i}/{n}", "br", bottom=22)
        for q in pages:
            q.text(
                m,
                q.size[1] - 22,
                fit(
                    f"https://mail.{rng.choice(['google.com', 'gmx.net', 'orange.fr'])}/"
                    f"#inbox/{serial(rng, 'AAA9A9AA9AA9A9')}",
                    s.font,
                    7,
                    w / 2,
                ),
                s.font,
                7,
            )
        received(rng, pages[0], d, 0.25)
        remember(job, d)
        return pages
    if form < 0.8:
        size = A5
        w, hh = size
        m = 40.0
        p = Page(size)
        if rng.random() < 0.4:
            p.rect(0, 0, w, 16, fill=0.85)
        y = 48.0
        for t in [job.house, job.street, job.town, phone]:
            p.text(w - m, y, fit(t, HAND, 8.5, w / 2), HAND, 8.5, "right")
            y += 12
        y += 8
        p.text(w - m, y, short(d, lg), HAND, 8.5, "right")
        y += 24
        p.text(m, y, dear(lg, None), HAND, 9)
        y += 18
        text = " ".join(body)
        for ln in wrap(text, HAND, 9, w - 2 * m):
            if y > hh - 70:
                break
            p.text(m, y, ln, HAND, 9)
            y += 14
        y = min(y + 12, hh - 50)
        p.text(
            m,
            y,
            tr(lg, "Yours sincerely,", "Mit freundlichen Grüßen", "Bien cordialement,"),
            HAND,
            9,
        )
        scrawl(p, m, y + 26, person, 12)
        received(rng, p, d, 0.3)
        remember(job, d)
        return [p]
    size = A4
    s = Style("Helvetica", "Helvetica-Bold", 9, 48, "none", "bottom", size, "short")
    w, hh = size
    m = s.margin
    p = Page(size)
    p.text(
        m,
        26,
        fit(f"{firm.name} | {tr(lg, 'Contact us', 'Kontakt', 'Contact')}", s.font, 7, w / 2),
        s.font,
        7,
    )
    p.text(
        w - m,
        26,
        f"{short(d, lg)}, {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
        s.font,
        7,
        "right",
    )
    y = 60.0
    p.text(m, y, tr(lg, "Website enquiry", "Kontaktformular", "Formulaire de contact"), s.bold, 14)
    y += 26
    items = [
        (tr(lg, "Name", "Name", "Nom"), person),
        (tr(lg, "Telephone", "Telefon", "Téléphone"), phone),
        (tr(lg, "Property address", "Objektadresse", "Adresse du bien"), site(job)),
        (
            tr(lg, "Type of work", "Art der Arbeiten", "Nature des travaux"),
            rng.choice(
                [
                    tr(lg, "Re-ridging", "Neuer First", "Réfection du faîtage"),
                    tr(lg, "Full rethatch", "Neueindeckung", "Réfection complète"),
                    tr(lg, "Repair", "Reparatur", "Réparation"),
                ]
            ),
        ),
        (tr(lg, "Listed?", "Denkmalschutz?", "Bâtiment protégé ?"), GRADES[lg][job.grade]),
        (
            tr(
                lg,
                "How did you hear of us?",
                "Wie haben Sie von uns erfahren?",
                "Comment nous avez-vous connus ?",
            ),
            rng.choice(["Google", tr(lg, "Neighbour", "Nachbarn", "Voisins"), "NSMT", "Facebook"]),
        ),
    ]
    for lab, val in items:
        p.text(m, y, lab, s.bold, 8.5)
        p.text(m + 150, y, fit(val, s.font, 9, w - 2 * m - 150), s.font, 9)
        p.line(m, y + 6, w - m, y + 6)
        y += 20
    y += 10
    p.text(m, y, tr(lg, "Message", "Nachricht", "Message"), s.bold, 8.5)
    y += 14
    for ln in wrap(" ".join(body), s.font, 9, w - 2 * m - 10):
        p.text(m + 6, y, ln, s.font, 9)
        y += 13
    p.rect(
        m,
        y - 13 * 0 - 13 * len(wrap(" ".join(body), s.font, 9, w - 2 * m - 10)) - 12,
        w - 2 * m,
        13 * len(wrap(" ".join(body), s.font, 9, w - 2 * m - 10)) + 10,
    )
    p.text(
        m,
        hh - 24,
        f"https://www.{firm.name.split()[0].lower().strip('.,')}.{ {'en': 'co.uk', 'de': 'de', 'fr': 'fr'}[home()] }/contact",
        s.font,
        7,
    )
    p.text(w - m, hh - 24, "1/1", s.font, 7, "right")
    remember(job, d)
    return [p]


CONDITION = {
    "en": ["Good", "Fair", "Poor", "Failed"],
    "de": ["gut", "mittel", "schlecht", "defekt"],
    "fr": ["bon", "moyen", "mauvais", "hors d'usage"],
}
ELEMENTS = {
    "en": [
        "Ridge",
        "Main coat - front slope",
        "Main coat - rear slope",
        "Eaves",
        "Gables / verges",
        "Chimney and flashings",
        "Dormers / eyebrows",
        "Valleys",
        "Wire netting",
        "Roof timbers (visible)",
    ],
    "de": [
        "First",
        "Dachfläche Straßenseite",
        "Dachfläche Gartenseite",
        "Traufe",
        "Ortgang / Giebel",
        "Schornstein und Anschlüsse",
        "Gauben / Fledermausgauben",
        "Kehlen",
        "Drahtgeflecht",
        "Dachstuhl (sichtbar)",
    ],
    "fr": [
        "Faîtage",
        "Versant avant",
        "Versant arrière",
        "Égout",
        "Rives / pignons",
        "Cheminée et solins",
        "Lucarnes / chiens-assis",
        "Noues",
        "Grillage",
        "Charpente (visible)",
    ],
}


def tpl_survey_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's site survey report: the property and survey fields in a grid, the condition
    table by roof element with the thatch depth measured, the findings and recommendations and
    one or two sheets of photos with captions behind, numbered throughout."""
    job = job_for(rng, ("enquiry",))
    lg = home()
    h = firm_head()
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("enquiry",), (4, 16))
    master = crew("master")
    title = tr(
        lg,
        "Thatch Survey Report",
        "Zustandsbericht Reetdach",
        "Rapport de visite - toiture en chaume",
    )
    f = sheets(s, h, f"{title} - {job.house} - {job.ref}")
    caption(f, s, title, 5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Property", "Objekt", "Bien"), job.house),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{job.street}, {job.town}"),
            (tr(lg, "Client", "Auftraggeber", "Client"), job.client),
            (tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), job.ref),
            (tr(lg, "Date of visit", "Ortstermin", "Date de visite"), short(d, lg)),
            (tr(lg, "Surveyed by", "Aufgenommen von", "Visite effectuée par"), master),
            (tr(lg, "Listing", "Denkmalstatus", "Protection"), GRADES[lg][job.grade]),
            (tr(lg, "Roof area (approx.)", "Dachfläche (ca.)", "Surface (env.)"), f"{job.area} m²"),
            (
                tr(lg, "Existing material", "Vorhandenes Material", "Matériau existant"),
                MATERIALS[lg][job.material],
            ),
            (
                tr(lg, "Weather", "Wetter", "Météo"),
                rng.choice(
                    [
                        tr(lg, "dry, overcast", "trocken, bewölkt", "sec, couvert"),
                        tr(lg, "light rain", "Nieselregen", "bruine"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y += 4
    f.heading(
        m,
        tr(
            lg, "1. Condition of the roof", "1. Zustand der Dachdeckung", "1. État de la couverture"
        ),
        s.bold,
        s.size + 1,
    )
    cols = columns(m, w - m, [(3, "left"), (1.2, "center"), (1.1, "right"), (4, "left")])
    rows = []
    for el in rng.sample(ELEMENTS[lg], rng.randint(6, 10)):
        c = rng.choices(range(4), weights=[2, 4, 3, 1])[0]
        depth = "" if rng.random() < 0.3 else f"{rng.randint(8, 35)} cm"
        rows.append([el, CONDITION[lg][c], depth, words(rng, lg, "roof", rng.randint(4, 7))[:-1]])
    table(
        f,
        cols,
        [
            tr(lg, "Element", "Bauteil", "Élément"),
            tr(lg, "Condition", "Zustand", "État"),
            tr(lg, "Depth", "Stärke", "Épaisseur"),
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 8
    f.heading(m, tr(lg, "2. Findings", "2. Befund", "2. Constat"), s.bold, s.size + 1)
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "roof", 2, 4))
    f.heading(
        m, tr(lg, "3. Recommendations", "3. Empfehlung", "3. Préconisations"), s.bold, s.size + 1
    )
    recs = [
        tr(
            lg,
            f"Re-ridge in {RIDGES[lg][job.ridge]}",
            f"Neuer {RIDGES[lg][job.ridge]}",
            f"Réfection du {RIDGES[lg][job.ridge]}",
        ),
        tr(
            lg,
            "Spar coat the rear slope to a depth of 300 mm",
            "Nachdecken der Gartenseite auf 30 cm",
            "Recharge du versant arrière sur 30 cm",
        ),
        tr(
            lg,
            "Replace wire netting throughout",
            "Drahtgeflecht vollständig erneuern",
            "Remplacement complet du grillage",
        ),
        tr(
            lg,
            "Rebuild the chimney flashing in lead",
            "Schornsteinanschluss in Blei neu herstellen",
            "Reprise du solin de cheminée en plomb",
        ),
        tr(
            lg,
            "Full strip and rethatch in " + MATERIALS[lg][job.material],
            "Abdecken und Neueindeckung in " + MATERIALS[lg][job.material],
            "Dépose totale et réfection en " + MATERIALS[lg][job.material],
        ),
    ]
    for k, t in enumerate(rng.sample(recs, rng.randint(2, 4))):
        write(f, s, f"3.{k + 1}  {t}. {words(rng, lg, 'roof', rng.randint(6, 12))}")
    if job.grade < 3:
        write(
            f,
            s,
            tr(
                lg,
                "As the building is listed, listed building consent is likely to be required "
                "before the ridge pattern or material is changed.",
                "Da das Gebäude unter Denkmalschutz steht, ist vor einer Änderung von Material oder "
                "Firstausbildung eine denkmalrechtliche Genehmigung einzuholen.",
                "Le bâtiment étant protégé, l'avis de l'Architecte des Bâtiments de France sera "
                "nécessaire avant tout changement de matériau ou de faîtage.",
            ),
            s.size - 0.5,
        )
    f.need(60)
    f.y += 10
    f.page.text(m, f.y, tr(lg, "Surveyor", "Aufgenommen", "Le chaumier"), s.font, 8)
    scrawl(f.page, m + 70, f.y + 4, master)
    f.page.text(
        m + 70,
        f.y + 16,
        f"{master}, {tr(lg, 'Master Thatcher', 'Reetdachdeckermeister', 'artisan chaumier')}",
        s.font,
        8,
    )
    pages = f.pages
    n_ph = rng.choice([1, 1, 2])
    k = 1
    for _ in range(n_ph):
        q = Page(s.page_size)
        y0 = running_header(
            q, s, f"{title} - {job.house} - {tr(lg, 'Photographs', 'Fotodokumentation', 'Photos')}"
        )
        pw = (w - 2 * m - 14) / 2
        ph = pw * 0.72
        y = y0 + 6
        while y + ph + 30 < hh - m - 10:
            for c in range(2):
                photo(q, m + c * (pw + 14), y, pw, ph, rng)
                cap = f"{tr(lg, 'Photo', 'Foto', 'Photo')} {k}: {rng.choice(ELEMENTS[lg])}"
                q.text(m + c * (pw + 14), y + ph + 11, fit(cap, s.font, 7.5, pw), s.font, 7.5)
                k += 1
            y += ph + 28
        pages.append(q)
    remember(job, d)
    return close(
        pages,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else h.numbers
        if h.numbers != "none"
        else "{i}/{n}",
    )


SPEC = {
    "en": [
        "Scaffolding and protection",
        "Stripping",
        "Preparation of the roof",
        "Materials",
        "Thatching of the main coat",
        "Eaves and verges",
        "Ridge",
        "Netting",
        "Chimney",
        "Clearing away",
        "Fire precautions",
    ],
    "de": [
        "Gerüst und Schutzmaßnahmen",
        "Abdecken",
        "Vorbereitung der Unterkonstruktion",
        "Material",
        "Eindeckung der Dachfläche",
        "Traufe und Ortgang",
        "First",
        "Drahtgeflecht",
        "Schornsteinanschluss",
        "Entsorgung",
        "Brandschutz",
    ],
    "fr": [
        "Échafaudage et protections",
        "Dépose",
        "Préparation du support",
        "Matériaux",
        "Couverture en chaume",
        "Égout et rives",
        "Faîtage",
        "Grillage",
        "Cheminée",
        "Nettoyage et évacuation",
        "Sécurité incendie",
    ],
}
TERMS = {
    "en": [
        "Acceptance",
        "Deposit and stage payments",
        "Programme and weather",
        "Materials",
        "Variations",
        "Access",
        "Listed building consent",
        "Insurance",
        "Guarantee",
        "Disputes",
    ],
    "de": [
        "Geltung",
        "Abschlagszahlungen",
        "Ausführungszeit und Witterung",
        "Material",
        "Nachträge",
        "Zufahrt",
        "Genehmigungen",
        "Versicherung",
        "Gewährleistung (VOB/B)",
        "Gerichtsstand",
    ],
    "fr": [
        "Validité",
        "Acompte et situations",
        "Délais et intempéries",
        "Matériaux",
        "Travaux supplémentaires",
        "Accès au chantier",
        "Autorisations",
        "Assurance décennale",
        "Garanties",
        "Litiges",
    ],
}


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's quotation: now and then a covering letter on the letterhead first; the
    priced schedule (items, quantities, rates), the written specification by numbered
    clauses, sometimes the terms in small print, and a tear-off acceptance slip or an
    acceptance page to sign and return."""
    job = job_for(rng, ("survey_report", "enquiry"))
    lg = home()
    h = firm_head()
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("survey_report", "enquiry"), (3, 12))
    master = crew("master")
    no = f"Q{month().year % 100}{rng.randint(100, 999)}"
    title = tr(lg, "QUOTATION", "ANGEBOT", "DEVIS")
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.45:
        c = sheets(s, h)
        recipient(
            c, s, h, client_lines(job), d, [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), job.ref)]
        )
        caption(
            c, s, tr(lg, f"Re: {job.house}", f"Ihr Reetdach {job.house}", f"Objet : {job.house}"), 1
        )
        c.page.text(m, c.y, dear(lg, None if job.church else mr(job.client, lg)), s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                f"Thank you for showing me round on my recent visit. Please find enclosed our "
                f"quotation no. {no} with the specification of the work.",
                f"vielen Dank für den Ortstermin. Anbei erhalten Sie unser Angebot Nr. {no} mit der "
                "Leistungsbeschreibung.",
                f"Suite à notre visite, veuillez trouver ci-joint notre devis n° {no} accompagné du "
                "descriptif des travaux.",
            ),
        )
        write(c, s, prose(rng, lg, "roof", 2, 3))
        write(
            c,
            s,
            tr(
                lg,
                "We are currently booking work for "
                + MONTH_NAMES[lg][add_months(d, rng.randint(3, 8)).month - 1]
                + ". If you would like to go ahead, please sign and return the acceptance slip.",
                "Wir könnten die Arbeiten ab "
                + MONTH_NAMES[lg][add_months(d, rng.randint(3, 8)).month - 1]
                + " ausführen. Bei Auftragserteilung senden Sie uns bitte die Auftragsbestätigung unterschrieben zurück.",
                "Nous pourrions intervenir à partir de "
                + MONTH_NAMES[lg][add_months(d, rng.randint(3, 8)).month - 1]
                + ". En cas d'accord, merci de nous retourner le devis signé avec la mention « bon pour accord ».",
            ),
        )
        regards(
            c, s, lg, master, tr(lg, "Master Thatcher", "Reetdachdeckermeister", "Artisan chaumier")
        )
        pages += c.pages
        covers = len(c.pages)
    f = sheets(s, h, f"{title} {no} - {job.house}")
    f.page.text(w - m, f.y, title, s.bold, s.size + 7, "right")
    f.y += 16
    below = window(f.page, s, None, f.y + 6, client_lines(job))
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        f.y + 6,
        [
            (tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Job ref", "Bauvorhaben", "Chantier"), job.ref),
            (tr(lg, "Valid until", "Gültig bis", "Validité"), day(h, d + timedelta(days=90))),
        ],
        w - m,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 12
    write(
        f,
        s,
        tr(lg, f"Site: {site(job)}", f"Bauvorhaben: {site(job)}", f"Chantier : {site(job)}"),
        s.size,
        0,
    )
    cols = columns(
        m,
        w - m,
        [(0.5, "left"), (5, "left"), (1, "right"), (0.7, "center"), (1.1, "right"), (1.3, "right")],
    )
    lines = []
    area = job.area
    mat = MATERIALS[lg][job.material]
    full = rng.random() < 0.5
    items = [
        (
            tr(
                lg,
                "Scaffolding, erect and dismantle",
                "Gerüst stellen und abbauen",
                "Échafaudage, montage et démontage",
            ),
            1,
            tr(lg, "item", "psch", "ens"),
            rng.choice([850.0, 1200.0, 1650.0, 2400.0]),
        ),
        (
            tr(
                lg,
                f"Strip existing thatch to sound base, {mat}",
                "Altdeckung abnehmen bis tragfähigen Grund",
                "Dépose de l'ancien chaume jusqu'au support sain",
            ),
            area,
            "m²",
            rng.choice([18.0, 24.0, 30.0]),
        ),
        (
            tr(
                lg,
                f"Thatch in {mat}, 300 mm, fixed with hazel spars/crooks",
                f"Eindeckung {mat}, 30 cm, genäht/geschraubt",
                f"Couverture en {mat}, 30 cm, ligaturée",
            ),
            area,
            "m²",
            rng.choice([120.0, 135.0, 150.0, 165.0]),
        ),
        (
            tr(
                lg,
                f"New {RIDGES[lg][job.ridge]}",
                f"{RIDGES[lg][job.ridge]} neu",
                f"{RIDGES[lg][job.ridge]} neuf",
            ),
            rng.randint(8, 22),
            "m",
            rng.choice([85.0, 110.0, 140.0]),
        ),
        (
            tr(lg, "Galvanised wire netting", "Drahtgeflecht verzinkt", "Grillage galvanisé"),
            area,
            "m²",
            6.5,
        ),
        (
            tr(lg, "Lead flashing to chimney", "Bleianschluss Schornstein", "Solin plomb cheminée"),
            1,
            tr(lg, "item", "psch", "ens"),
            rng.choice([380.0, 520.0, 640.0]),
        ),
        (
            tr(
                lg,
                "Removal of old thatch to licensed site",
                "Entsorgung Altreet",
                "Évacuation des déchets",
            ),
            rng.randint(2, 6),
            "t",
            rng.choice([95.0, 120.0]),
        ),
    ]
    if not full:
        items = [items[0], items[3], items[4], *rng.sample(items[5:], 1)]
    net = 0.0
    for k, (t, q, u, pr) in enumerate(items):
        v = round(q * pr, 2)
        net += v
        lines.append([str(k + 1), t, qty(q, lg), u, money(pr, lg), money(v, lg)])
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U."),
            tr(lg, "Rate", "EP", "P.U."),
            tr(lg, "Amount", "GP", "Total HT"),
        ],
        lines,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.5,
    )
    job.total = round(net, 2)
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg, reduced=True)
        if lg == "fr"
        else (0.0 if lg == "en" and h.foot == [] else vat_rate(lg)),
        note=tr(
            lg,
            f"Payment in {job.stages} stages as set out in our terms.",
            f"Zahlung in {job.stages} Abschlägen nach Baufortschritt.",
            f"Règlement : acompte de 30 % à la commande, solde en {job.stages - 1} situations.",
        ),
    )
    f.new_page() if rng.random() < 0.5 else f.need(200)
    f.heading(
        m,
        tr(lg, "SPECIFICATION OF WORK", "LEISTUNGSBESCHREIBUNG", "DESCRIPTIF DES TRAVAUX"),
        s.bold,
        s.size + 2,
    )
    for k, t in enumerate(rng.sample(SPEC[lg], rng.randint(6, 11))):
        f.need(s.size * 6)
        f.page.text(m, f.y, f"{k + 1}.", s.bold, s.size)
        f.page.text(m + 20, f.y, t, s.bold, s.size)
        f.y += s.size * 1.5
        f.para(m + 20, w - 2 * m - 20, prose(rng, lg, "roof", 1, 3), s.font, s.size - 0.5)
    pages += f.pages
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and Conditions",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS[lg],
            )
        )
    last = pages[-1]
    if rng.random() < 0.55:
        acc = Page(s.page_size) if rng.random() < 0.5 or last is not f.pages[-1] else None
        p = acc or last
        y = m + 30 if acc else max(f.y + 20, hh - m - 170)
        if acc is None and y > hh - m - 140:
            acc = Page(s.page_size)
            p = acc
            y = m + 30
        if acc is None:
            slip_rule(
                p,
                m,
                w - m,
                y,
                tr(lg, "cut here and return", "hier abtrennen", "à découper et retourner"),
            )
            y += 18
        p.text(
            m,
            y,
            tr(lg, "ACCEPTANCE OF QUOTATION", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
            s.bold,
            s.size + 2,
        )
        y += 18
        for t in wrap(
            tr(
                lg,
                f"I/We accept quotation no. {no} for the work at {job.house} and agree to the terms.",
                f"Hiermit beauftrage(n) ich/wir Sie gemäß Angebot Nr. {no} für das Bauvorhaben {job.house}.",
                f"Je soussigné(e) accepte le devis n° {no} pour le chantier {job.house}.",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ):
            p.text(m, y, t, s.font, s.size)
            y += s.size * 1.4
        y += 10
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
                (tr(lg, "Preferred start", "Gewünschter Beginn", "Début souhaité"), ""),
            ],
            per=2,
            tall=28,
            hand=True,
        )
        if acc is not None:
            pages.append(acc)
    remember(job, d, no)
    return close(
        pages, s, h, numbers=h.numbers if len(pages) > covers + 1 else "none", covers=covers
    )


# ---------------------------------------------------------------------------------------------
# Templates JJJJJ: consent and the conservation officer
# ---------------------------------------------------------------------------------------------

CONDITIONS = {
    "en": [
        "The works hereby permitted shall be begun before the expiration of three years from the date of this consent.",
        "The roof shall be thatched in {mat} to match the existing in appearance, thickness and detailing.",
        "No work shall commence on the ridge until a sample or drawing of the ridge pattern has been submitted to and approved in writing by the Local Planning Authority.",
        "The existing eaves and verge profiles shall be retained and reinstated.",
        "Any historic smoke-blackened thatch encountered shall be retained in situ and the Conservation Officer notified.",
        "Wire netting, if used, shall be confined to the ridge only.",
    ],
    "de": [
        "Die Eindeckung ist in {mat} in handwerklicher Ausführung entsprechend dem Bestand herzustellen.",
        "Die Ausbildung des Firstes ist vor Ausführung mit der Unteren Denkmalschutzbehörde abzustimmen.",
        "Traufe und Ortgang sind in Form und Überstand wie im Bestand auszubilden.",
        "Historische Bauteile, die bei den Arbeiten zutage treten, sind der Behörde unverzüglich anzuzeigen.",
        "Beginn und Abschluss der Arbeiten sind der Behörde schriftlich mitzuteilen.",
        "Die Genehmigung erlischt, wenn nicht innerhalb von drei Jahren mit der Ausführung begonnen wird.",
    ],
    "fr": [
        "La couverture sera réalisée en {mat}, à l'identique de l'existant (épaisseur, pentes, débords).",
        "Le faîtage sera réalisé selon la tradition locale ; un échantillon sera soumis à l'Architecte des Bâtiments de France.",
        "Les rives et l'égout conserveront leur profil arrondi actuel.",
        "Les souches de cheminée seront conservées et rejointoyées à la chaux.",
        "Le grillage de protection est proscrit en partie courante.",
        "Les travaux devront débuter dans un délai de trois ans à compter de la notification.",
    ],
}


def tpl_lbc_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """A consent decision for rethatching a listed building: the Notice of Decision on listed
    building consent with the numbered conditions and reasons, the informatives and a page of
    notes to the applicant (appeals); a German Bescheid (denkmalrechtliche Genehmigung) with
    Nebenbestimmungen, Begründung, Kosten and Rechtsbehelfsbelehrung; a French arrêté of the
    mairie with the avis of the Architecte des Bâtiments de France attached. Sometimes behind a
    short covering letter."""
    job = job_for(rng, ("quotation", "survey_report"))
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("quotation", "survey_report"), (20, 60))
    officer = staff(h, "officer")
    appno = {
        "en": f"{month().year % 100}/{rng.randint(10000, 99999)}/LBC",
        "de": f"63.{rng.randint(10, 99)}-{rng.randint(100, 999)}/{month().year}",
        "fr": f"DP 0{rng.randint(10, 99)} {rng.randint(100, 999)} {month().year % 100} {serial(rng, 'A9999')}",
    }[lg]
    mat = MATERIALS[lg][job.material]
    agent = firm_lines()
    applicant = job.client
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.35:
        c = sheets(s, h)
        recipient(c, s, h, agent, d, [(tr(lg, "Application", "Aktenzeichen", "Dossier"), appno)])
        c.page.text(m, c.y, dear(lg, None), s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                f"Please find enclosed the decision notice for the above application at {site(job)}. "
                "Please read the conditions carefully; some must be discharged before work begins.",
                f"in der Anlage übersende ich Ihnen den Bescheid zu Ihrem Antrag für {site(job)}. "
                "Bitte beachten Sie die Nebenbestimmungen.",
                f"Veuillez trouver ci-joint l'arrêté relatif à votre déclaration pour {site(job)}, "
                "ainsi que l'avis de l'Architecte des Bâtiments de France.",
            ),
        )
        regards(
            c,
            s,
            lg,
            officer,
            tr(lg, "Planning Support", "Sachbearbeitung", "Service urbanisme"),
            faithfully=True,
        )
        pages += c.pages
        covers = len(c.pages)
    f = sheets(s, h, f"{appno}")
    if lg == "en":
        f.page.text(
            w / 2,
            f.y,
            "Planning (Listed Buildings and Conservation Areas) Act 1990",
            s.font,
            s.size - 1,
            "center",
        )
        f.y += 16
        f.page.text(w / 2, f.y, "LISTED BUILDING CONSENT", s.bold, s.size + 5, "center")
        f.y += 16
        f.page.text(w / 2, f.y, "NOTICE OF DECISION", s.bold, s.size + 1, "center")
        f.y += 24
        y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Application No:", appno),
                ("Applicant:", applicant),
                ("Agent:", agent[0]),
                ("Site:", site(job)),
                ("Proposal:", f"Rethatching in {mat}, new {RIDGES['en'][job.ridge]}"),
                ("Date valid:", day(h, d - timedelta(days=rng.randint(40, 70)))),
            ],
            w - m - 120,
            s.size - 0.5,
        )
        f.y = y + 10
        write(
            f,
            s,
            "The Council, in pursuance of its powers under the above Act, hereby GRANTS listed building "
            "consent for the works described above in accordance with the application and plans "
            "submitted, subject to the following conditions:",
        )
        for k, c_ in enumerate(rng.sample(CONDITIONS["en"], rng.randint(3, 6))):
            f.need(60)
            f.page.text(m, f.y, f"{k + 1}.", s.bold, s.size)
            f.para(m + 18, w - 2 * m - 18, c_.format(mat=mat), s.font, s.size)
            f.page.text(m + 18, f.y, "Reason:", italic_of(s.font), s.size - 1)
            f.para(m + 62, w - 2 * m - 62, words(rng, "en", "plan"), s.font, s.size - 1)
        f.heading(m, "Informatives", s.bold, s.size)
        write(f, s, prose(rng, "en", "plan", 1, 2), s.size - 1)
        f.need(80)
        f.y += 10
        scrawl(f.page, m, f.y + 14, officer)
        f.page.text(m, f.y + 28, officer, s.bold, s.size)
        f.page.text(m, f.y + 40, "Head of Development Management", s.font, s.size - 1)
        f.page.text(w - m, f.y + 28, f"Date of decision: {day(h, d)}", s.font, s.size - 1, "right")
        f.y += 60
        pages += f.pages
        if rng.random() < 0.8:
            q = Page(s.page_size)
            q.text(m, m, "NOTES TO APPLICANT", s.bold, 11)
            y = m + 22.0
            for t in [
                "Appeals to the Secretary of State",
                "Purchase notices",
                "Compensation",
                "Discharge of conditions",
                "Building Regulations",
            ]:
                q.text(m, y, t, s.bold, 8.5)
                y += 12
                for ln in wrap(prose(rng, "en", "plan", 2, 4), s.font, 8, w - 2 * m):
                    q.text(m, y, ln, s.font, 8)
                    y += 10.5
                y += 8
            pages.append(q)
    elif lg == "de":
        f.y = max(f.y, m + 40)
        recipient(f, s, h, agent, d, [("Aktenzeichen", appno), ("Sachbearbeitung", officer)])
        caption(f, s, "Denkmalrechtliche Genehmigung", 3)
        write(
            f,
            s,
            f"Bauvorhaben: Neueindeckung des Reetdaches mit {mat}, {RIDGES['de'][job.ridge]}",
            s.size,
            0,
        )
        write(f, s, f"Grundstück: {site(job)}; Bauherr: {applicant}")
        write(f, s, dear("de", None))
        write(f, s, "auf Ihren Antrag ergeht folgender")
        f.heading(m, "Bescheid", s.bold, s.size + 2)
        write(
            f,
            s,
            "1. Die denkmalrechtliche Genehmigung für die oben genannte Maßnahme wird unter den "
            "nachstehenden Nebenbestimmungen erteilt.",
        )
        write(
            f,
            s,
            f"2. Für diesen Bescheid wird eine Verwaltungsgebühr in Höhe von {cash(rng.choice([50, 75, 120, 150]), 'de')} festgesetzt.",
        )
        f.heading(m, "Nebenbestimmungen", s.bold, s.size + 1)
        for k, c_ in enumerate(rng.sample(CONDITIONS["de"], rng.randint(3, 6))):
            f.need(40)
            f.page.text(m, f.y, f"{k + 1}.", s.bold, s.size)
            f.para(m + 18, w - 2 * m - 18, c_.format(mat=mat), s.font, s.size)
        f.heading(m, "Begründung", s.bold, s.size + 1)
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, "de", "plan", 2, 4))
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size + 1)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. "
            f"Der Widerspruch ist schriftlich oder zur Niederschrift bei der {h.name.split(' - ')[0]}, "
            f"{h.street}, {h.town} einzulegen.",
            s.size - 0.5,
        )
        f.need(90)
        f.y += 10
        f.page.text(m, f.y, "Im Auftrag", s.font, s.size)
        scrawl(f.page, m, f.y + 26, officer)
        f.page.text(m, f.y + 40, officer, s.font, s.size)
        seal(f.page, m + 220, f.y + 18, 28, h.name.split(" - ")[0], "Siegel")
        f.y += 60
        pages += f.pages
    else:
        f.page.text(w / 2, f.y, "RÉPUBLIQUE FRANÇAISE", s.bold, s.size, "center")
        f.y += 14
        f.page.text(w / 2, f.y, f"Commune de {h.town.split(' ', 1)[1]}", s.font, s.size, "center")
        f.y += 24
        caption(f, s, f"ARRÊTÉ N° {appno}", 2)
        write(f, s, "de non-opposition à une déclaration préalable au nom de la commune", s.size, 0)
        y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Demandeur :", applicant),
                ("Adresse des travaux :", site(job)),
                ("Nature des travaux :", f"réfection de la couverture en {mat}"),
                ("Déposée le :", day(h, d - timedelta(days=rng.randint(30, 60)))),
            ],
            w - m - 80,
            s.size - 0.5,
        )
        f.y = y + 8
        f.para(m, w - 2 * m, "Le Maire,", s.bold, s.size)
        for t in [
            "Vu le code de l'urbanisme, notamment ses articles L.421-1 et suivants ;",
            "Vu le code du patrimoine, notamment son article L.621-32 ;",
            f"Vu l'avis de l'Architecte des Bâtiments de France en date du {day(h, d - timedelta(days=rng.randint(5, 20)))} ;",
        ]:
            write(f, s, t, s.size - 0.5)
        f.heading(m, "ARRÊTE", s.bold, s.size + 1)
        write(f, s, "Article 1 : Il n'est pas fait opposition à la déclaration préalable susvisée.")
        write(
            f,
            s,
            "Article 2 : Les prescriptions de l'Architecte des Bâtiments de France seront strictement respectées :",
        )
        for c_ in rng.sample(CONDITIONS["fr"], rng.randint(2, 4)):
            f.para(m + 18, w - 2 * m - 18, "- " + c_.format(mat=mat), s.font, s.size - 0.5)
        f.need(80)
        f.y += 8
        f.page.text(
            w - m - 160, f.y, f"Fait à {h.town.split(' ', 1)[1]}, le {day(h, d)}", s.font, s.size
        )
        f.page.text(w - m - 160, f.y + 14, "Le Maire,", s.font, s.size)
        scrawl(f.page, w - m - 150, f.y + 40, staff(h, "maire"))
        seal(f.page, w - m - 220, f.y + 34, 26, f"Mairie de {h.town.split(' ', 1)[1]}", "Le Maire")
        f.y += 60
        write(
            f,
            s,
            "Le présent arrêté est transmis au représentant de l'État. Délais et voies de recours : "
            + prose(rng, "fr", "plan", 1, 2),
            s.size - 1.5,
        )
        pages += f.pages
        q = Page(s.page_size)
        q.text(m, m, "Unité départementale de l'architecture et du patrimoine", "Helvetica-Bold", 9)
        q.text(m, m + 12, "Ministère de la Culture", "Helvetica", 8)
        q.text(
            w / 2,
            m + 50,
            "AVIS DE L'ARCHITECTE DES BÂTIMENTS DE FRANCE",
            "Helvetica-Bold",
            11,
            "center",
        )
        y = m + 78.0
        for lab, val in [
            ("Dossier", appno),
            ("Adresse", site(job)),
            ("Protection", GRADES["fr"][job.grade]),
            ("Avis", "favorable assorti de prescriptions"),
        ]:
            q.text(m, y, lab, "Helvetica-Bold", 8.5)
            q.text(m + 90, y, fit(val, "Helvetica", 8.5, w - 2 * m - 90), "Helvetica", 8.5)
            y += 14
        y += 10
        for c_ in CONDITIONS["fr"][: rng.randint(3, 5)]:
            for ln in wrap("- " + c_.format(mat=mat), "Helvetica", 8.5, w - 2 * m):
                q.text(m, y, ln, "Helvetica", 8.5)
                y += 11.5
            y += 4
        y += 20
        q.text(w - m - 170, y, "L'Architecte des Bâtiments de France", "Helvetica", 8)
        scrawl(q, w - m - 160, y + 28, staff(h, "abf"))
        pages.append(q)
    remember(job, d, appno)
    return close(pages, s, h, covers=covers)


def ridge_sketch(rng: random.Random, s: Style, lg: str, title: str) -> Page:
    """A sketch of a ridge pattern: the ridge outline with points and liggers, dimensions."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    p.text(m, m, title, s.bold, 11)
    x0, x1 = m + 20, w - m - 20
    y0 = m + 120
    p.line(x0, y0, x1, y0)
    p.line(x0, y0 + 50, x1, y0 + 50)
    n = rng.randint(6, 11)
    step = (x1 - x0) / n
    for k in range(n):
        xa = x0 + k * step
        p.line(xa, y0 + 50, xa + step / 2, y0 + 50 + rng.choice([18, 24, 30]))
        p.line(xa + step / 2, y0 + 50 + 24, xa + step, y0 + 50)
    for yy in (y0 + 10, y0 + 22, y0 + 34):
        p.line(x0, yy, x1, yy)
    p.line(x0, y0 - 18, x0, y0 - 8)
    p.line(x1, y0 - 18, x1, y0 - 8)
    p.line(x0, y0 - 13, x1, y0 - 13)
    p.text((x0 + x1) / 2, y0 - 18, f"{rng.randint(8, 20)},{rng.randint(0, 9)} m", HAND, 9, "center")
    p.text(x1 + 4, y0 + 25, "300", HAND, 8)
    p.text(
        m,
        y0 + 120,
        tr(
            lg,
            "Section through ridge (not to scale)",
            "Schnitt First (o. M.)",
            "Coupe faîtage (sans échelle)",
        ),
        italic_of(s.font),
        9,
    )
    cx, cy = w / 2, y0 + 230
    p.line(cx - 150, cy + 80, cx, cy)
    p.line(cx, cy, cx + 150, cy + 80)
    p.line(cx - 120, cy + 80, cx, cy + 18)
    p.line(cx, cy + 18, cx + 120, cy + 80)
    p.rect(cx - 30, cy - 8, 60, 22)
    for k, t in enumerate(
        rng.sample(
            [
                tr(lg, "hazel liggers", "Haselstöcke", "gaulettes"),
                tr(lg, "spars at 150 mm", "Schächer 15 cm", "broches 15 cm"),
                tr(lg, "sedge capping", "Heidesoden", "iris"),
                tr(lg, "no netting", "kein Draht", "sans grillage"),
            ],
            3,
        )
    ):
        p.text(cx + 90, cy - 10 + k * 14, t, HAND, 8.5)
    p.text(m, hh - m - 30, words(rng, lg, "plan", 10), HAND, 8.5)
    return p


def tpl_conservation_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The conservation officer's letter after a site visit or about a condition: the ridge
    pattern, the sample panel, the material to be used; now and then with a sketch of the
    ridge enclosed on a page of its own."""
    job = job_for(rng, ("lbc_decision",))
    h = head_of(who, "conservation")
    lg = h.lang
    s = style_of(h)
    m = s.margin
    d = last_day(rng, ("lbc_decision",), (6, 30))
    officer = staff(h, "conservation")
    app = (
        LAST["extra"]
        if after(("lbc_decision",)) and isinstance(LAST["extra"], str)
        else serial(rng, "99/99999/LBC")
    )
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {app}")
    recipient(
        f,
        s,
        h,
        firm_lines(
            tr(
                lg,
                f"FAO {crew('master')}",
                f"z. Hd. {crew('master')}",
                f"à l'attention de {crew('master')}",
            )
        ),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), app),
            (tr(lg, "Officer", "Bearbeiter/in", "Dossier suivi par"), officer),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"{job.house} - rethatching, discharge of condition {rng.randint(2, 4)}",
            f"{job.house} - Neueindeckung Reetdach, Abstimmung First",
            f"{job.house} - réfection de la couverture, visite de chantier",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for meeting me on site on {day(h, d - timedelta(days=rng.randint(2, 9)))}. "
            "I write to confirm what was agreed.",
            f"vielen Dank für den Ortstermin am {day(h, d - timedelta(days=rng.randint(2, 9)))}. "
            "Hiermit bestätige ich die getroffenen Absprachen.",
            f"Suite à notre rencontre sur le chantier le {day(h, d - timedelta(days=rng.randint(2, 9)))}, "
            "je vous confirme les points convenus.",
        ),
    )
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "plan", 2, 4))
    sketch = rng.random() < 0.4
    if sketch:
        write(
            f,
            s,
            tr(
                lg,
                "A sketch of the agreed ridge detail is enclosed.",
                "Eine Skizze der Firstausbildung liegt bei.",
                "Vous trouverez ci-joint un croquis du faîtage retenu.",
            ),
        )
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Conservation Officer",
            "Gebietsreferent/in Denkmalpflege",
            "Architecte des Bâtiments de France",
        ),
    )
    if sketch:
        f.page.text(m, f.y, tr(lg, "Enc.", "Anlage", "P.J."), s.font, s.size - 1)
    pages = f.pages
    if sketch:
        pages.append(
            ridge_sketch(
                rng,
                s,
                lg,
                tr(
                    lg,
                    f"{job.house} - agreed ridge detail",
                    f"{job.house} - Firstausbildung",
                    f"{job.house} - détail du faîtage",
                ),
            )
        )
    received(rng, pages[0], d)
    remember(job, d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates JJJJJ: reed and straw
# ---------------------------------------------------------------------------------------------

REED_LINES = {
    "en": [
        "Water reed {o}, {l}, bundles 60 cm circ.",
        "Water reed {o}, fine, {l}",
        "Dutch combed reed {l}",
        "Ridging sedge (Cladium), bundles",
        'Hazel spars 30" (bundle of 250)',
        "Stainless thatching screws 250 mm (box 500)",
        "Tarred twine, 2 kg",
        "Liggers, hazel, 6 ft (bundle of 50)",
    ],
    "de": [
        "Reet {o}, {l}, Bund 60 cm Umfang",
        "Reet {o}, fein, {l}",
        "Firstreet {l}",
        "Heidesoden für First",
        "Schächer Hasel 75 cm (Bund 250)",
        "Reetschrauben Edelstahl 250 mm (500 St.)",
        "Bindedraht Edelstahl 1,2 mm, Rolle",
        "Reetnadeln, Stück",
    ],
    "fr": [
        "Roseau {o}, {l}, botte 60 cm",
        "Roseau {o}, fin, {l}",
        "Roseau de faîtage {l}",
        "Bruyère de faîtage (botte)",
        "Broches en châtaignier (botte de 250)",
        "Vis inox pour chaume 250 mm (boîte 500)",
        "Fil inox 1,2 mm, bobine",
        "Argile de faîtage, big-bag",
    ],
}
LENGTHS = ["1,40-1,60 m", "1,60-1,80 m", "1,80-2,00 m", "3-4 ft", "4-5 ft", "5-6 ft"]


def tpl_reed_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A water reed importer's or merchant's invoice: the bundles by origin and length, the
    ridging materials and fixings, pallets, freight and pallet deposit; reverse charge for a
    supplier abroad, the delivery note number and the bundle count; lines running over pages."""
    h = head_of(who, "reed", abroad=0.3)
    lg = h.lang
    foreign = lg != home()
    s = style_of(h, A4 if keyed(who, "size").random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    follows = after(("delivery_note",))
    d = last_day(rng, ("delivery_note",), (0, 6))
    no = f"{keyed(who, 'pre').choice(['INV', 'RE', 'F', 'FA', ''])}{month().year % 100}{rng.randint(1000, 9999)}"
    dn = (
        LAST["extra"]
        if follows and isinstance(LAST["extra"], str)
        else f"LS{rng.randint(10000, 99999)}"
    )
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    cust = f"{keyed(who, 'cust').randint(10000, 99999)}"
    recipient(
        f,
        s,
        h,
        firm_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client n°"), cust),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), dn),
        ],
    )
    caption(f, s, f"{title} {no}", 4)
    origin_k = keyed(who, "origin").randrange(len(ORIGINS[lg]) - 1)
    o = ORIGINS[lg][origin_k]
    n_lines = rng.choice([2, 3, 4, 6, 9, 14, 24, 34])
    rows = []
    net = 0.0
    bundles = 0
    cols = columns(
        m,
        w - m,
        [(0.5, "left"), (1.2, "left"), (5, "left"), (1, "right"), (1, "right"), (1.3, "right")],
    )
    for k in range(n_lines):
        pick = 0 if k == 0 else rng.randrange(len(REED_LINES[lg]))
        reed = pick < 2
        t = REED_LINES[lg][pick].format(o=o, l=rng.choice(LENGTHS))
        if reed:
            q = rng.choice([100, 200, 300, 400, 600, 800, 1000, 1200])
            bundles += q
            pr = rng.uniform(2.6, 4.2)
        else:
            q = rng.randint(1, 40)
            pr = rng.uniform(3, 90)
        v = round(q * pr, 2)
        net += v
        rows.append([str(k + 1), serial(rng, "A-9999"), t, qty(q, lg), money(pr, lg), money(v, lg)])
        if rng.random() < 0.15:
            rows.append(
                [
                    "",
                    "",
                    fit(
                        f"   {tr(lg, 'Pallets', 'Paletten', 'Palettes')}: {rng.randint(2, 16)} x {rng.choice([50, 60, 80])}",
                        s.font,
                        8,
                        300,
                    ),
                    "",
                    "",
                    "",
                ]
            )
    fr_ = rng.choice([180.0, 240.0, 385.0, 520.0, 760.0])
    rows.append(
        [
            str(n_lines + 1),
            "FRT",
            tr(
                lg,
                f"Freight {o} - site / yard",
                "Fracht frei Baustelle",
                "Transport franco chantier",
            ),
            "1",
            money(fr_, lg),
            money(fr_, lg),
        ]
    )
    net += fr_
    table(
        f,
        cols,
        [
            "Pos",
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.85 if rng.random() < 0.6 else None,
        rules=rng.random() < 0.4,
    )
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            f"Total bundles delivered: {bundles}. Country of origin: {o}.",
            f"Gelieferte Bunde gesamt: {bundles}. Ursprungsland: {o}.",
            f"Nombre total de bottes : {bundles}. Origine : {o}.",
        ),
        s.size - 1,
    )
    if foreign:
        totals(
            f,
            s,
            lg,
            net,
            0.0,
            note=tr(
                lg,
                "Reverse charge: VAT to be accounted for by the recipient.",
                "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
                "Autoliquidation - TVA due par le preneur (art. 283-2 du CGI).",
            ),
        )
    else:
        totals(f, s, lg, net, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment terms: {rng.choice([14, 30])} days net. {bank_line(h)}",
            f"Zahlbar innerhalb von {rng.choice([14, 30])} Tagen ohne Abzug. {bank_line(h)}",
            f"Paiement à {rng.choice([30, 45])} jours. {bank_line(h)}",
        ),
        s.size - 1.5,
    )
    received(rng, f.pages[0], d, 0.35)
    remember(None, d, no)
    return close(f.pages, s, h)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A reed or straw delivery note: a narrow slip or a landscape A5 carbon copy with the
    bundles or bales counted on the lorry, pallets, the site, the driver's and the receiver's
    signatures in hand and now and then a remark on damaged bundles."""
    h = head_of(who, "reed", abroad=0.3)
    lg = h.lang
    d = some_day(rng)
    dn = f"{keyed(who, 'dnp').choice(['LS', 'DN', 'BL', ''])}{rng.randint(10000, 99999)}"
    o = ORIGINS[lg][keyed(who, "origin").randrange(len(ORIGINS[lg]) - 1)]
    n = rng.choice([200, 300, 400, 500, 600, 800, 1000])
    job = a_job(rng)
    dest = site(job) if rng.random() < 0.6 else f"{firm_row()[0]}, {firm_row()[1]}"
    rows = [
        (
            tr(lg, f"Water reed {o}", f"Reet {o}", f"Roseau {o}"),
            n,
            tr(lg, "bundles", "Bund", "bottes"),
        ),
    ]
    if rng.random() < 0.5:
        rows.append(
            (
                tr(lg, "Hazel spars", "Schächer", "Broches"),
                rng.randint(2, 10),
                tr(lg, "bundles", "Bund", "bottes"),
            )
        )
    if rng.random() < 0.4:
        rows.append(
            (
                tr(lg, "Pallets", "Paletten", "Palettes"),
                rng.randint(4, 18),
                tr(lg, "pcs", "St.", "u."),
            )
        )
    if keyed(who, "slip").random() < 0.5:
        s = style_of(h, SLIP, margin=16, pt=8)
        w, hh = SLIP
        m = 16.0
        p = Page(SLIP)
        y = heading(p, s, h)
        p.text(
            w / 2,
            y,
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            s.bold,
            11,
            "center",
        )
        y += 16
        for lab, val in [
            (tr(lg, "No.", "Nr.", "N°"), dn),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                serial(rng, "AA99 AAA") if lg == "en" else serial(rng, "AA-A 999"),
            ),
        ]:
            p.text(m, y, lab, s.font, 7.5)
            p.text(w - m, y, val, s.font, 7.5, "right")
            y += 10
        y += 4
        p.text(m, y, tr(lg, "Deliver to:", "Lieferanschrift:", "Livrer à :"), s.bold, 7.5)
        y += 10
        for ln in wrap(f"{firm_row()[0]} - {dest}", s.font, 7.5, w - 2 * m)[:4]:
            p.text(m, y, ln, s.font, 7.5)
            y += 9
        y += 6
        p.line(m, y, w - m, y)
        y += 12
        for t, q, u in rows:
            p.text(m, y, fit(t, s.font, 8, w - 2 * m - 60), s.font, 8)
            p.text(w - m, y, f"{q} {u}", s.font, 8, "right")
            y += 12
            hand(p, w - m - 50, y, str(q if rng.random() < 0.85 else q - rng.randint(2, 20)), 8.5)
            y += 12
        p.line(m, y, w - m, y)
        y += 14
        if rng.random() < 0.3:
            hand(
                p,
                m,
                y,
                tr(
                    lg,
                    f"{rng.randint(2, 8)} bundles wet",
                    f"{rng.randint(2, 8)} Bund nass",
                    f"{rng.randint(2, 8)} bottes mouillées",
                ),
                8.5,
            )
            y += 14
        y += 16
        for lab, nm in [
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), staff(h, "driver")),
            (
                tr(lg, "Received by", "Empfangen", "Reçu par"),
                crew(rng.choice(["thatcher1", "thatcher2", "master"])),
            ),
        ]:
            p.line(m, y, w - m, y)
            p.text(m, y + 8, lab, s.font, 6.5)
            scrawl(p, m + 30, y - 3, nm, 10)
            y += 30
        return [p]
    s = style_of(h, A5L, margin=30, pt=8.5)
    w, hh = A5L
    m = 30.0
    p = Page(A5L)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 12)
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {dn}   {short(d, lg)}", s.bold, 9, "right")
    y += 10
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), firm_row()[0]),
            (tr(lg, "Delivery address", "Lieferadresse", "Adresse de livraison"), dest),
            (
                tr(lg, "Vehicle / driver", "Fahrzeug / Fahrer", "Véhicule / chauffeur"),
                staff(h, "driver"),
            ),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                f"{rng.randint(100, 999)} / {crew('office')}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(5, "left"), (1.3, "right"), (1, "left"), (1.5, "center")])
    x0 = cols[0][0]
    for c, t in zip(
        cols,
        [
            tr(lg, "Goods", "Ware", "Marchandise"),
            tr(lg, "Qty", "Menge", "Qté"),
            "",
            tr(lg, "Counted", "gezählt", "Compté"),
        ],
        strict=True,
    ):
        p.text(
            c[0] if c[2] != "right" else c[1],
            y,
            t,
            s.bold,
            8.5,
            "left" if c[2] != "right" else "right",
        )
    p.line(x0, y + 4, w - m, y + 4)
    y += 16
    for t, q, u in rows:
        p.text(cols[0][0], y, t, s.font, 8.5)
        p.text(cols[1][1], y, str(q), s.font, 8.5, "right")
        p.text(cols[2][0], y, u, s.font, 8.5)
        hand(p, cols[3][0] + 20, y, str(q if rng.random() < 0.85 else q - rng.randint(2, 20)), 9)
        p.line(x0, y + 5, w - m, y + 5)
        y += 16
    y += 6
    p.text(
        m,
        y,
        tr(
            lg,
            "Goods remain our property until paid in full.",
            "Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
            "Réserve de propriété jusqu'au paiement intégral.",
        ),
        italic_of(s.font),
        7,
    )
    y = hh - 46
    for k, (lab, nm) in enumerate(
        [
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), staff(h, "driver")),
            (
                tr(lg, "Received in good order", "Ware erhalten", "Reçu en bon état"),
                crew(rng.choice(["thatcher1", "thatcher2", "apprentice"])),
            ),
        ]
    ):
        x = m + k * (w / 2)
        p.line(x, y, x + w / 2 - m - 20, y)
        p.text(x, y + 9, lab, s.font, 7)
        scrawl(p, x + 10, y - 3, nm, 11)
    p.text(
        w - m,
        hh - 14,
        tr(lg, "Customer copy", "Kundenexemplar", "Exemplaire client"),
        s.font,
        6.5,
        "right",
    )
    remember(None, d, dn)
    return [p]


def tpl_straw_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A thatching straw grower's invoice: typed on the farm's letterhead, or a page from a
    carbon invoice book filled in by hand on A5, for combed wheat reed or long straw (rye straw
    in Germany and France) by the bundle or tonne, with the variety and harvest year."""
    h = head_of(who, "straw")
    lg = h.lang
    d = some_day(rng)
    no = str(keyed(who, "book").randint(200, 900) + rng.randint(0, 60))
    var = rng.choice(
        {
            "en": ["Maris Widgeon", "Maris Huntsman", "Squareheads Master"],
            "de": ["Roggen 'Dukato'", "Roggen, alte Landsorte", "Weizen 'Probus'"],
            "fr": ["seigle de pays", "seigle 'Elias'", "blé ancien"],
        }[lg]
    )
    n = rng.choice([300, 450, 600, 800, 1200])
    unit = rng.choice([1.9, 2.2, 2.5, 2.8])
    lines = [
        (
            tr(
                lg,
                f"Combed wheat reed, {var}, {month().year - 1} harvest",
                f"Dachstroh {var}, Ernte {month().year - 1}",
                f"Paille de couverture, {var}, récolte {month().year - 1}",
            ),
            n,
            tr(lg, "bundles", "Bund", "bottes"),
            unit,
        )
    ]
    if rng.random() < 0.4:
        lines.append(
            (tr(lg, "Delivery", "Anfuhr", "Livraison"), 1, "", rng.choice([60.0, 90.0, 120.0]))
        )
    net = sum(round(q * pr, 2) for _, q, _, pr in lines)
    job = a_job(rng)
    if keyed(who, "book").random() < 0.55:
        s = style_of(h, A5, margin=30, pt=8.5)
        w, hh = A5
        m = 30.0
        p = Page(A5)
        p.text(m, 34, h.name, "Helvetica-Bold", 10)
        p.text(m, 45, f"{h.street}, {h.town}", "Helvetica", 7)
        p.text(w - m, 34, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), "Helvetica-Bold", 11, "right")
        p.text(w - m, 50, "No.", "Helvetica", 8, "right")
        p.text(w - m - 22, 50, no, "Courier-Bold", 10, "right")
        y = 72.0
        for lab, val in [
            (tr(lg, "To", "An", "Doit"), firm_row()[0]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "For", "Für", "Chantier"), job.house),
        ]:
            p.text(m, y, lab, "Helvetica", 8)
            p.line(m + 40, y + 3, w - m, y + 3)
            hand(p, m + 44, y, val, 9.5, w - 2 * m - 50)
            y += 20
        y += 6
        p.rect(m, y, w - 2 * m, 200)
        p.line(w - m - 70, y, w - m - 70, y + 200)
        p.line(m, y + 16, w - m, y + 16)
        p.text(m + 4, y + 11, tr(lg, "Particulars", "Bezeichnung", "Désignation"), "Helvetica", 7.5)
        p.text(w - m - 4, y + 11, tr(lg, "£", "€", "€"), "Helvetica", 7.5, "right")
        yy = y + 34
        for t, q, u, pr in lines:
            for ln in wrap(f"{q} {u} {t} @ {money(pr, lg)}" if u else t, HAND, 9, w - 2 * m - 80)[
                :3
            ]:
                hand(p, m + 6, yy, ln, 9)
                yy += 14
            hand(p, w - m - 64, yy - 14, money(round(q * pr, 2), lg), 9)
            yy += 4
        rate = 0.0 if lg == "en" else vat_rate(lg) if lg == "de" else 10.0
        tax = round(net * rate / 100, 2)
        y += 200
        for lab, v in [
            (tr(lg, "VAT", "MwSt.", "TVA"), tax),
            (tr(lg, "TOTAL", "SUMME", "TOTAL"), net + tax),
        ]:
            p.text(w - m - 76, y + 14, lab, "Helvetica-Bold", 8, "right")
            hand(p, w - m - 64, y + 14, money(v, lg), 9.5)
            y += 16
        if lg == "en":
            p.text(m, y + 14, "Zero-rated / not VAT registered", "Helvetica", 6.5)
        if lg == "de":
            p.text(m, y + 14, "Durchschnittssatz § 24 UStG", "Helvetica", 6.5)
        if rng.random() < 0.4:
            hand(p, m, hh - 40, tr(lg, "Paid with thanks", "Betrag erhalten", "Acquitté"), 10)
            scrawl(p, m + 120, hh - 38, staff(h, "farmer"), 11)
        remember(None, d, no)
        return [p]
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h)
    recipient(f, s, h, firm_lines(), d, [(tr(lg, "Invoice", "Rechnung", "Facture"), no)])
    caption(f, s, tr(lg, f"Invoice {no}", f"Rechnung Nr. {no}", f"Facture n° {no}"), 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Delivered to {job.house}, {job.town}.",
            f"Lieferung an Baustelle {job.house}, {job.town}.",
            f"Livré sur le chantier {job.house}, {job.town}.",
        ),
    )
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1, "left"), (1, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            "",
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[t, str(q), u, money(pr, lg), money(round(q * pr, 2), lg)] for t, q, u, pr in lines],
        s,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        net,
        0.0 if lg == "en" else 10.7 if lg == "de" else 10.0,
        label=tr(lg, "VAT", "USt. 10,7 % (§ 24 UStG)", "TVA 10 %"),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay within 28 days. {bank_line(h)}",
            f"Bitte überweisen Sie innerhalb von 14 Tagen. {bank_line(h)}",
            f"Règlement à réception. {bank_line(h)}",
        ),
        s.size - 1.5,
    )
    remember(None, d, no)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates JJJJJ: scaffolding and fire retardant
# ---------------------------------------------------------------------------------------------


def tpl_scaffold_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A scaffolding contractor's hire invoice: the contract and site, the erection charge or
    the weekly hire for the period, extra lifts, loading bays, roof edge protection and a
    temporary roof, VAT and the terms of hire on a page behind now and then."""
    h = head_of(who, "scaffold")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    follows = after(("scaffold_handover",))
    job = job_for(rng, ("scaffold_handover",))
    d = last_day(rng, ("scaffold_handover",), (1, 20))
    no = f"{keyed(who, 'pre').choice(['SI', 'INV', 'R', ''])}{rng.randint(10000, 99999)}"
    contract = (
        LAST["extra"]
        if follows and isinstance(LAST["extra"], str)
        else serial(keyed(who, "c" + job.ref), "C9999")
    )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Contract", "Auftrag", "Contrat"), contract),
            (tr(lg, "Tax point", "Leistungsdatum", "Date de prestation"), short(d, lg)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg, "Scaffold Hire Invoice", "Rechnung Gerüstvorhaltung", "Facture location échafaudage"
        ),
        3,
    )
    write(
        f,
        s,
        tr(lg, f"Site: {site(job)}", f"Baustelle: {site(job)}", f"Chantier : {site(job)}"),
        s.size,
        0,
    )
    start = d - timedelta(days=rng.choice([14, 21, 28, 35]))
    weeks = rng.randint(2, 6)
    first = rng.random() < 0.4
    items = []
    if first:
        items.append(
            (
                tr(
                    lg,
                    "Erect and dismantle scaffold incl. first 4 weeks' hire",
                    "Gerüst auf- und abbauen inkl. 4 Wochen Grundstandzeit",
                    "Montage et démontage, 4 semaines de location incluses",
                ),
                1,
                rng.choice([1450.0, 1980.0, 2650.0, 3400.0]),
            )
        )
        if rng.random() < 0.6:
            items.append(
                (
                    tr(
                        lg,
                        "Roof edge protection / catch fan",
                        "Dachfanggerüst / Schutzwand",
                        "Garde-corps de protection en rive",
                    ),
                    1,
                    rng.choice([240.0, 380.0, 450.0]),
                )
            )
        if rng.random() < 0.3:
            items.append(
                (
                    tr(
                        lg,
                        "Temporary roof (tin hat), sheeted",
                        "Notdach / Wetterschutzdach",
                        "Parapluie / toiture provisoire",
                    ),
                    1,
                    rng.choice([1800.0, 2600.0]),
                )
            )
    else:
        items.append(
            (
                tr(
                    lg,
                    f"Weekly hire {short(start, lg)} - {short(start + timedelta(days=7 * weeks - 1), lg)}",
                    f"Gerüstvorhaltung {short(start, lg)} - {short(start + timedelta(days=7 * weeks - 1), lg)}",
                    f"Location du {short(start, lg)} au {short(start + timedelta(days=7 * weeks - 1), lg)}",
                ),
                weeks,
                rng.choice([65.0, 85.0, 120.0, 145.0]),
            )
        )
        if rng.random() < 0.4:
            items.append(
                (
                    tr(
                        lg,
                        "Adaptation: extra lift at gable",
                        "Umbau: zusätzliche Lage Giebel",
                        "Modification : niveau supplémentaire",
                    ),
                    1,
                    rng.choice([180.0, 260.0]),
                )
            )
    cols = columns(m, w - m, [(6, "left"), (1, "right"), (1.3, "right"), (1.4, "right")])
    rows = [[t, str(q), money(pr, lg), money(q * pr, lg)] for t, q, pr in items]
    net = sum(q * pr for _, q, pr in items)
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty/wks", "Menge/Wo.", "Qté/sem."),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.86 if rng.random() < 0.5 else None,
    )
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg),
        note=tr(
            lg,
            "Hire continues to be charged weekly until the scaffold is struck. Please notify off-hire in writing.",
            "Die Vorhaltung wird bis zur schriftlichen Abmeldung wöchentlich berechnet.",
            "La location court jusqu'à la demande écrite de démontage.",
        ),
    )
    write(f, s, bank_line(h), s.size - 1.5)
    pages = f.pages
    if keyed(who, "terms").random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of Hire",
                    "Miet- und Vorhaltebedingungen",
                    "Conditions de location",
                ),
                TERMS[lg][:6] + TERMS[lg][7:],
            )
        )
    received(rng, pages[0], d)
    remember(job, d, no)
    return close(pages, s, h)


def tpl_scaffold_handover(rng: random.Random, who: Issuer) -> list[Page]:
    """The scaffolders' handover certificate: the site and scaffold described, load class, the
    inspection ticks, the safe-to-use statement and both signatures in hand; now and then the
    weekly inspection record on a page behind (landscape in some firms)."""
    h = head_of(who, "scaffold")
    lg = h.lang
    job = a_job(rng)
    d = some_day(rng)
    size = A4 if keyed(who, "ho").random() < 0.7 else A5
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, _ = size
    m = s.margin
    contract = serial(keyed(who, "c" + job.ref), "C9999")
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "SCAFFOLD HANDOVER CERTIFICATE",
        "ÜBERGABEPROTOKOLL GERÜST",
        "PROCÈS-VERBAL DE RÉCEPTION D'ÉCHAFAUDAGE",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    y += 8
    if lg == "de":
        p.text(w - m, y + 4, "nach DIN EN 12811 / DGUV I 201-011", s.font, 7, "right")
    y = fields(
        p,
        s,
        m,
        y + 10,
        w - 2 * m,
        [
            (tr(lg, "Contract no.", "Auftrags-Nr.", "Contrat n°"), contract),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(7, 16)}:{rng.choice(['00', '15', '30'])}",
            ),
            (tr(lg, "Client", "Auftraggeber", "Client"), firm_row()[0]),
            (tr(lg, "Site", "Baustelle", "Chantier"), site(job)),
            (
                tr(lg, "Scaffold type", "Gerüstart", "Type"),
                rng.choice(
                    [
                        tr(lg, "Independent tied", "Fassadengerüst", "Échafaudage de façade"),
                        tr(lg, "Birdcage", "Raumgerüst", "Échafaudage multidirectionnel"),
                    ]
                ),
            ),
            (
                tr(lg, "Load class", "Lastklasse", "Classe de charge"),
                rng.choice(["2 (150 kg/m²)", "3 (200 kg/m²)", "4 (300 kg/m²)"]),
            ),
            (
                tr(lg, "Elevations", "Seiten", "Façades"),
                rng.choice(["N, S", "N, S, E", tr(lg, "all", "umlaufend", "toutes")]),
            ),
            (
                tr(lg, "Lifts / height", "Lagen / Höhe", "Niveaux / hauteur"),
                f"{rng.randint(2, 4)} / {rng.randint(4, 9)}{'.' if lg == 'en' else ','}{rng.randint(0, 9)} m",
            ),
        ],
        per=2,
        tall=24 if size == A4 else 22,
    )
    y = band(p, s, y, tr(lg, "Inspection", "Prüfung", "Vérifications"))
    checks = {
        "en": [
            "Base plates and sole boards",
            "Standards plumb",
            "Ledgers and transoms",
            "Ties and anchors",
            "Bracing",
            "Boards / platforms fully boarded",
            "Guard rails and toe boards",
            "Ladder access secured",
            "Roof edge protection",
            "Loading bay gate",
            "Sheeting / netting secure",
            "Scaff-tag fixed",
        ],
        "de": [
            "Fußplatten / Unterlagen",
            "Ständer lotrecht",
            "Längs- und Querriegel",
            "Verankerung",
            "Diagonalen",
            "Beläge vollständig",
            "Seitenschutz / Bordbretter",
            "Aufstieg gesichert",
            "Dachfangschutz",
            "Materialtor",
            "Netze / Planen befestigt",
            "Kennzeichnung angebracht",
        ],
        "fr": [
            "Socles et calages",
            "Montants d'aplomb",
            "Lisses et traverses",
            "Amarrages",
            "Diagonales",
            "Planchers complets",
            "Garde-corps et plinthes",
            "Accès sécurisé",
            "Protection en rive de toit",
            "Portillon de reprise",
            "Filets / bâches fixés",
            "Panneau de signalisation",
        ],
    }[lg]
    yn = yes_no(lg)
    cw = (w - 2 * m) / 2
    for k, t in enumerate(checks):
        x = m + (k % 2) * cw
        yy = y + (k // 2) * 14 + 10
        p.text(x, yy, fit(t, s.font, 7.5, cw - 70), s.font, 7.5)
        ok = rng.random() < 0.93
        ticks(p, s, x + cw - 66, yy, 70, yn, {0 if ok else 1}, pt=7)
    y += (len(checks) + 1) // 2 * 14 + 22
    txt = tr(
        lg,
        "The scaffold described above has been erected in accordance with the design / TG20 and is safe to use. "
        "It must not be altered except by the scaffold contractor.",
        "Das oben beschriebene Gerüst wurde ordnungsgemäß erstellt und ist zur Benutzung freigegeben. "
        "Änderungen dürfen nur durch den Gerüstersteller erfolgen.",
        "L'échafaudage décrit ci-dessus est conforme et peut être utilisé. Toute modification est réservée à l'entreprise de montage.",
    )
    for ln in wrap(txt, s.font, s.size - 0.5, w - 2 * m):
        p.text(m, y, ln, s.font, s.size - 0.5)
        y += (s.size - 0.5) * 1.4
    if rng.random() < 0.3:
        hand(
            p,
            m,
            y + 6,
            tr(
                lg,
                "No access to rear lift until ties fixed",
                "Giebelseite erst nach Verankerung freigegeben",
                "Niveau 3 interdit jusqu'à amarrage",
            ),
            8.5,
            w - 2 * m,
        )
        y += 16
    y += 26
    for k, (lab, nm) in enumerate(
        [
            (
                tr(
                    lg,
                    "Handed over by (scaffolder)",
                    "Übergeben (Gerüstbauer)",
                    "Remis par (monteur)",
                ),
                staff(h, "chargehand"),
            ),
            (
                tr(lg, "Accepted by (user)", "Übernommen (Nutzer)", "Reçu par (utilisateur)"),
                crew("master"),
            ),
        ]
    ):
        x = m + k * cw
        p.line(x, y, x + cw - 16, y)
        p.text(x, y + 9, lab, s.font, 7)
        scrawl(p, x + 8, y - 3, nm, 12)
        hand(p, x + 8, y + 22, nm, 8)
    pages = [p]
    if rng.random() < 0.45:
        sz = A4L if size == A4 and rng.random() < 0.5 else size
        q = Page(sz)
        ww, qh = sz
        q.text(
            m,
            m,
            tr(
                lg,
                "Scaffold inspection record (7-day)",
                "Prüfprotokoll Gerüst (wöchentlich)",
                "Registre de vérification journalière / hebdomadaire",
            ),
            s.bold,
            11,
        )
        q.text(ww - m, m, f"{contract} - {job.house}", s.font, 8, "right")
        heads = [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Inspected by", "Geprüft von", "Vérifié par"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Action taken", "Maßnahme", "Action"),
            tr(lg, "Signature", "Unterschrift", "Signature"),
        ]
        cols = columns(
            m, ww - m, [(1, "left"), (1.6, "left"), (1, "left"), (3, "left"), (1.4, "left")]
        )
        y = m + 30
        for c, t in zip(cols, heads, strict=True):
            q.text(c[0], y, t, s.bold, 8)
        q.line(m, y + 5, ww - m, y + 5)
        y += 20
        dd = d
        n_rows = int((qh - m - 40 - y) / 20)
        filled = rng.randint(1, min(5, n_rows))
        for k in range(n_rows):
            q.line(m, y + 6, ww - m, y + 6)
            if k < filled:
                dd = dd + timedelta(days=7)
                nm = crew("master")
                hand(q, cols[0][0], y, short(dd, lg), 8)
                hand(q, cols[1][0], y, nm, 8, cols[1][1] - cols[1][0])
                hand(
                    q,
                    cols[2][0],
                    y,
                    "OK" if rng.random() < 0.85 else tr(lg, "tie loose", "Anker lose", "amarrage"),
                    8,
                )
                scrawl(q, cols[4][0], y, nm, 9)
            y += 20
        pages.append(q)
    remember(job, d, contract)
    return close(pages, s, h)


def tpl_fire_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A fire retardant treatment certificate for a thatched roof: the certificate number,
    property, product and batch, area and application rate, the date and the re-treatment due,
    the applicator's signature and stamp; often the product and test classification page
    (BS 476-3 / EN 13501-5, DIN 4102) behind."""
    h = head_of(who, "fire")
    lg = h.lang
    job = a_job(rng)
    d = some_day(rng)
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    product = keyed(who, "prod").choice(
        ["Flamex TR-30", "Pyrostop Thatch", "Reetschutz FS 2", "Ignistop C"]
    )
    cert = f"{keyed(who, 'cp').choice(['FRT', 'BS', 'CT'])}-{month().year}-{rng.randint(100, 999)}"
    p = Page(s.page_size)
    y = heading(p, s, h)
    p.rect(m - 8, y - 4, w - 2 * m + 16, hh - y - m - 20)
    p.rect(m - 5, y - 1, w - 2 * m + 10, hh - y - m - 26)
    title = tr(
        lg,
        "CERTIFICATE OF FIRE RETARDANT TREATMENT",
        "BESCHEINIGUNG ÜBER DIE BRANDSCHUTZIMPRÄGNIERUNG",
        "CERTIFICAT DE TRAITEMENT IGNIFUGE",
    )
    pt = shrink(title, s.bold, 13, w - 2 * m - 20)
    p.text(w / 2, y + 26, title, s.bold, pt, "center")
    p.text(w / 2, y + 42, f"{tr(lg, 'Certificate no.', 'Nr.', 'N°')} {cert}", s.font, 9, "center")
    y += 70
    y = pairs(
        p,
        s,
        m + 20,
        y,
        [
            (tr(lg, "Property", "Objekt", "Bâtiment"), job.house),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{job.street}, {job.town}"),
            (tr(lg, "Owner", "Eigentümer", "Propriétaire"), job.client),
            (tr(lg, "Thatching contractor", "Reetdachdecker", "Chaumier"), firm_row()[0]),
            (tr(lg, "Thatch material", "Material", "Matériau"), MATERIALS[lg][job.material]),
            (tr(lg, "Area treated", "Behandelte Fläche", "Surface traitée"), f"{job.area} m²"),
            (tr(lg, "Product", "Mittel", "Produit"), product),
            (tr(lg, "Batch no.", "Charge", "Lot"), serial(rng, "99A999")),
            (
                tr(lg, "Application rate", "Auftragsmenge", "Dosage"),
                f"{rng.choice([0.5, 0.6, 0.75, 1.0])} l/m²",
            ),
            (
                tr(lg, "Date of treatment", "Datum der Behandlung", "Date du traitement"),
                short(d, lg),
            ),
            (
                tr(lg, "Re-treatment due", "Nachbehandlung fällig", "Renouvellement"),
                short(d.replace(year=d.year + rng.choice([3, 5, 7])), lg),
            ),
        ],
        w - m - 20,
        s.size,
    )
    y += 14
    for ln in wrap(
        tr(
            lg,
            "We certify that the thatched roof described above has been sprayed with the product named, "
            "applied in accordance with the manufacturer's instructions. " + words(rng, lg, "roof"),
            "Hiermit wird bescheinigt, dass die oben genannte Reetdachfläche mit dem angegebenen Mittel "
            "gemäß Herstellerangaben behandelt wurde. " + words(rng, lg, "roof"),
            "Nous certifions que la couverture désignée ci-dessus a été traitée avec le produit indiqué, "
            "conformément aux prescriptions du fabricant. " + words(rng, lg, "roof"),
        ),
        s.font,
        s.size - 0.5,
        w - 2 * m - 40,
    ):
        p.text(m + 20, y, ln, s.font, s.size - 0.5)
        y += (s.size - 0.5) * 1.45
    y = max(y + 40, hh - m - 130)
    op = staff(h, "applicator")
    scrawl(p, m + 20, y, op)
    p.line(m + 20, y + 4, m + 200, y + 4)
    p.text(m + 20, y + 14, f"{op}, {tr(lg, 'Applicator', 'Verarbeiter', 'Applicateur')}", s.font, 8)
    seal(p, w - m - 80, y - 6, 34, h.name, tr(lg, "CERTIFIED", "GEPRÜFT", "CERTIFIÉ"))
    pages = [p]
    if keyed(who, "data").random() < 0.6:
        q = Page(s.page_size)
        yq = m + 4.0
        q.text(
            m,
            yq,
            f"{product} - {tr(lg, 'Technical data and test classification', 'Technisches Merkblatt und Prüfzeugnis', 'Fiche technique et classement')}",
            s.bold,
            10,
        )
        yq += 24
        cols = columns(m, w - m, [(2.5, "left"), (4, "left")])
        data = [
            (
                tr(lg, "Type", "Art", "Type"),
                tr(
                    lg,
                    "Water-based intumescent spray",
                    "Wasserbasiertes Flammschutzmittel",
                    "Produit en phase aqueuse",
                ),
            ),
            (
                tr(lg, "Test standard", "Prüfnorm", "Norme d'essai"),
                {
                    "en": "BS 476-3:2004 / EN 13501-5",
                    "de": "DIN 4102-7 / EN 13501-5",
                    "fr": "EN 13501-5, Broof(t3)",
                }[lg],
            ),
            (
                tr(lg, "Classification", "Klassifizierung", "Classement"),
                rng.choice(["AA (BS 476-3)", "Broof(t1)", "B1 (schwer entflammbar)"]),
            ),
            (tr(lg, "Test report", "Prüfbericht", "Rapport d'essai"), serial(rng, "AAA 99-9999")),
            (tr(lg, "Coverage", "Ergiebigkeit", "Rendement"), "1-2 m²/l"),
            (
                tr(lg, "Appearance", "Aussehen", "Aspect"),
                tr(lg, "clear, no discolouration", "farblos", "incolore"),
            ),
        ]
        for a, b in data:
            cell(q, cols[0], yq, a, s.bold, 8.5)
            for ln in wrap(b, s.font, 8.5, cols[1][1] - cols[1][0]):
                q.text(cols[1][0], yq, ln, s.font, 8.5)
                yq += 12
            q.line(m, yq - 7, w - m, yq - 7)
            yq += 4
        yq += 10
        for ln in wrap(prose(rng, lg, "roof", 4, 6), s.font, 8, w - 2 * m):
            q.text(m, yq, ln, s.font, 8)
            yq += 11
        pages.append(q)
    remember(job, d, cert)
    return close(pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates JJJJJ: the firm's invoices, customers' payments, final accounts and guarantees
# ---------------------------------------------------------------------------------------------

STAGES = {
    "en": [
        "Deposit on acceptance",
        "Scaffold up, stripping complete",
        "Main coat complete",
        "Ridge complete, scaffold struck",
        "Completion",
    ],
    "de": [
        "Anzahlung bei Auftrag",
        "Gerüst gestellt, Altdeckung abgenommen",
        "Dachfläche eingedeckt",
        "First fertiggestellt, Gerüst abgebaut",
        "Fertigstellung",
    ],
    "fr": [
        "Acompte à la commande",
        "Échafaudage posé, dépose terminée",
        "Couverture courante réalisée",
        "Faîtage réalisé, échafaudage déposé",
        "Réception des travaux",
    ],
}


def tpl_stage_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's stage payment invoice (Abschlagsrechnung, facture de situation): the contract
    sum, the stages with the one now due, what was invoiced before, VAT and the bank details."""
    job = a_job(rng)
    lg = home()
    h = firm_head()
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    k = rng.randint(1, job.stages)
    no = f"{month().year % 100}{rng.randint(100, 999)}"
    title = tr(
        lg, f"STAGE PAYMENT INVOICE {k}", f"{k}. ABSCHLAGSRECHNUNG", f"FACTURE DE SITUATION N° {k}"
    )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        client_lines(job),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Job", "Bauvorhaben", "Chantier"), job.ref),
        ],
    )
    caption(f, s, title, 3)
    write(
        f,
        s,
        tr(
            lg,
            f"Rethatching of {job.house}, {job.town}, in {MATERIALS[lg][job.material]} - our quotation "
            f"and your acceptance of {short(job.start, lg)}.",
            f"Neueindeckung {job.house}, {job.town}, in {MATERIALS[lg][job.material]} - unser Angebot "
            f"vom {short(job.start, lg)}.",
            f"Réfection de la couverture de {job.house}, {job.town}, en {MATERIALS[lg][job.material]} - "
            f"devis accepté le {short(job.start, lg)}.",
        ),
    )
    shares = {2: [50, 50], 3: [30, 40, 30], 4: [25, 25, 30, 20]}[job.stages]
    names = [STAGES[lg][0], *STAGES[lg][1 : job.stages - 1], STAGES[lg][-1]]
    cols = columns(
        m, w - m, [(0.4, "left"), (4.4, "left"), (0.7, "right"), (1.5, "right"), (1.9, "center")]
    )
    rows = []
    for i, (nm, sh) in enumerate(zip(names, shares, strict=True)):
        state = (
            tr(lg, "invoiced", "berechnet", "facturé")
            if i < k - 1
            else (tr(lg, "THIS INVOICE", "DIESE RECHNUNG", "PRÉSENTE") if i == k - 1 else "")
        )
        rows.append([str(i + 1), nm, f"{sh}%", money(job.total * sh / 100, lg), state])
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Stage", "Leistungsstand", "Étape"),
            "%",
            tr(lg, "Amount", "Betrag netto", "Montant HT"),
            tr(lg, "Status", "Status", "État"),
        ],
        rows,
        s,
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
                (
                    tr(lg, "Contract sum (net)", "Auftragssumme netto", "Montant du marché HT"),
                    cash(job.total, lg),
                )
            ],
            w - m,
        )
        + 6
    )
    net = round(job.total * shares[k - 1] / 100, 2)
    rate = vat_rate(lg, reduced=True) if lg == "fr" else vat_rate(lg)
    totals(f, s, lg, net, rate)
    write(
        f,
        s,
        tr(
            lg,
            f"Payment is due within 14 days. Please quote {no} as reference. {bank_line(h)}",
            f"Zahlbar innerhalb von 10 Tagen ohne Abzug. Verwendungszweck: {no}. {bank_line(h)}",
            f"Règlement à 15 jours. Merci de rappeler la référence {no}. {bank_line(h)}",
        ),
        s.size - 1,
    )
    if lg == "fr":
        write(
            f,
            s,
            "TVA au taux réduit de 10 % - attestation simplifiée remise par le client (travaux sur logement "
            "de plus de deux ans).",
            s.size - 2,
        )
    remember(job, d, (no, net + round(net * rate / 100, 2)))
    return close(f.pages, s, h)


def cheque(
    p: Page,
    x: float,
    y: float,
    w: float,
    lg: str,
    payee: str,
    amount: float,
    d: date,
    drawer: str,
    rng: random.Random,
) -> None:
    """A photocopied cheque: the bank, payee line, amount box, date and signature."""
    hgt = w * 0.42
    p.rect(x, y, w, hgt, fill=0.9)
    p.rect(x, y, w, hgt)
    bank = rng.choice(
        {
            "en": ["Lloyds Bank", "NatWest", "Nationwide"],
            "de": ["Sparkasse", "Volksbank"],
            "fr": ["Crédit Agricole", "Banque Populaire", "La Banque Postale"],
        }[lg]
    )
    p.text(x + 10, y + 16, bank, "Helvetica-Bold", 10)
    p.text(x + w - 10, y + 16, short(d, lg), HAND, 10, "right")
    p.text(x + 10, y + 40, tr(lg, "Pay", "Zahlen Sie", "Payez"), "Helvetica", 7)
    hand(p, x + 40, y + 40, payee, 10, w - 60)
    p.line(x + 38, y + 43, x + w - 10, y + 43)
    hand(
        p,
        x + 40,
        y + 60,
        tr(lg, "the sum of", "Betrag in Worten", "la somme de")
        + f" {int(amount)} "
        + tr(lg, "pounds only", "Euro", "euros"),
        9,
        w * 0.6,
    )
    p.line(x + 38, y + 63, x + w * 0.68, y + 63)
    p.rect(x + w * 0.7, y + 48, w * 0.27, 20)
    hand(p, x + w * 0.72, y + 62, cash(amount, lg), 10)
    scrawl(p, x + w * 0.62, y + hgt - 20, drawer, 12)
    p.text(
        x + 10,
        y + hgt - 8,
        f"{serial(rng, '999999')}  {serial(rng, '99-99-99')}  {serial(rng, '99999999')}",
        "Courier",
        8,
    )


def tpl_customer_payment(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's payment: a short covering note (handwritten on A5 or typed) with the cheque
    photocopied below or on a sheet behind, or the print of an online banking transfer
    confirmation."""
    job = job_for(rng, ("stage_invoice", "final_account"))
    lg = home()
    d = last_day(rng, ("stage_invoice", "final_account"), (5, 20))
    ex = LAST["extra"]
    if after(("stage_invoice", "final_account")) and isinstance(ex, tuple):
        inv, amount = str(ex[0]), float(ex[1])
    else:
        inv, amount = (
            f"{month().year % 100}{rng.randint(100, 999)}",
            round(job.total * rng.choice([0.25, 0.3, 0.4]), 2),
        )
    person = job.client if not job.church else f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    if "," in person:
        person = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    payee = firm_row()[0]
    kind = rng.random()
    if kind < 0.35 and lg != "de":
        size = A5 if rng.random() < 0.6 else A4
        w, hh = size
        m = 40.0
        p = Page(size)
        y = 50.0
        for t in [job.house, job.town]:
            p.text(w - m, y, t, HAND, 9, "right")
            y += 13
        p.text(w - m, y, short(d, lg), HAND, 9, "right")
        y += 28
        p.text(
            m,
            y,
            dear(lg, None)
            if rng.random() < 0.5
            else tr(lg, f"Dear {crew('master').split()[0]},", "", "Bonjour,"),
            HAND,
            9.5,
        )
        y += 20
        for ln in wrap(
            tr(
                lg,
                f"Please find enclosed our cheque for {cash(amount, lg)} in payment of your invoice {inv}. "
                "We are delighted with the roof so far.",
                "",
                f"Veuillez trouver ci-joint notre chèque de {cash(amount, lg)} en règlement de votre facture {inv}. "
                "Nous sommes ravis du travail.",
            ),
            HAND,
            9.5,
            w - 2 * m,
        ):
            p.text(m, y, ln, HAND, 9.5)
            y += 15
        y += 8
        p.text(m, y, tr(lg, "Best wishes,", "", "Bien cordialement,"), HAND, 9.5)
        scrawl(p, m, y + 28, person, 12)
        pages = [p]
        if size == A5:
            q = Page(A4)
            cheque(q, 60, 80, A4[0] - 120, lg, payee, amount, d, person, rng)
            q.rect(0, 0, 14, A4[1], fill=0.55)
            pages.append(q)
        else:
            cheque(p, m, hh - 260, w - 2 * m, lg, payee, amount, d, person, rng)
        received(rng, pages[0], d, 0.5)
        remember(job, d)
        return pages
    s = Style("Helvetica", "Helvetica-Bold", 9, 50, "none", "bottom", A4, "short")
    w, hh = A4
    m = 50.0
    p = Page(A4)
    bank = rng.choice(
        {
            "en": ["Barclays", "HSBC UK", "Santander", "Nationwide"],
            "de": ["Sparkasse", "Volksbank", "ING", "Postbank"],
            "fr": ["Crédit Agricole", "Crédit Mutuel", "BNP Paribas", "La Banque Postale"],
        }[lg]
    )
    p.text(
        m,
        30,
        fit(
            f"{bank} - {tr(lg, 'Online Banking', 'Online-Banking', 'Banque en ligne')}",
            s.font,
            7.5,
            w / 2,
        ),
        s.font,
        7.5,
    )
    p.text(
        w - m,
        30,
        f"{short(d, lg)} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}",
        s.font,
        7.5,
        "right",
    )
    p.rect(m, 56, w - 2 * m, 30, fill=0.85)
    p.text(m + 10, 76, bank, "Helvetica-Bold", 14)
    y = 120.0
    p.text(
        m,
        y,
        tr(lg, "Payment confirmation", "Überweisungsbestätigung", "Confirmation de virement"),
        s.bold,
        13,
    )
    y += 26
    items = [
        (
            tr(lg, "From account", "Auftraggeber", "Compte débité"),
            f"{person}  ****{rng.randint(1000, 9999)}",
        ),
        (tr(lg, "Payee", "Empfänger", "Bénéficiaire"), payee),
        (
            tr(lg, "Account / IBAN", "IBAN", "IBAN"),
            bank_line(firm_head()).split(" - ")[-1]
            if lg == "en"
            else bank_line(firm_head()).split(" - ")[0],
        ),
        (tr(lg, "Amount", "Betrag", "Montant"), cash(amount, lg)),
        (
            tr(lg, "Reference", "Verwendungszweck", "Libellé"),
            f"{tr(lg, 'INV', 'RE', 'FACT')} {inv} {job.house.split(',')[0]}",
        ),
        (tr(lg, "Payment date", "Ausführungsdatum", "Date d'exécution"), short(d, lg)),
        (tr(lg, "Status", "Status", "Statut"), tr(lg, "Sent", "ausgeführt", "exécuté")),
    ]
    for lab, val in items:
        p.text(m, y, lab, s.font, 9)
        p.text(m + 160, y, fit(val, s.bold, 9, w - 2 * m - 160), s.bold, 9)
        p.line(m, y + 6, w - m, y + 6)
        y += 22
    y += 14
    for ln in wrap(
        tr(
            lg,
            "Payments to new payees may be held for security checks. Keep this confirmation for your records.",
            "Bitte bewahren Sie diese Bestätigung für Ihre Unterlagen auf. Dies ist kein Kontoauszug.",
            "Ce document ne constitue pas un relevé de compte. Conservez-le pour vos archives.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 7.5)
        y += 10
    if rng.random() < 0.5:
        hand(
            p,
            m,
            y + 30,
            tr(
                lg,
                f"Stage {rng.randint(2, 4)} - thank you! {person.split()[0]}",
                f"Danke! {person.split()[0]}",
                f"Merci ! {person.split()[0]}",
            ),
            10,
        )
    p.text(m, hh - 22, "1/1", s.font, 7)
    received(rng, p, d, 0.3)
    remember(job, d)
    return [p]


def tpl_final_account(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's final account: the contract sum, the variations added and omitted (listed on
    a landscape page when there are many), the stage payments received, the balance due and a
    box for the customer to sign the account as agreed."""
    job = a_job(rng)
    lg = home()
    h = firm_head()
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = f"{month().year % 100}{rng.randint(100, 999)}"
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Final account', 'Schlussrechnung', 'Décompte définitif')} {job.ref}",
    )
    recipient(
        f,
        s,
        h,
        client_lines(job),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Job", "Bauvorhaben", "Chantier"), job.ref),
        ],
    )
    caption(f, s, tr(lg, "FINAL ACCOUNT", "SCHLUSSRECHNUNG", "DÉCOMPTE GÉNÉRAL DÉFINITIF"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"{job.house}, {job.town} - rethatching in {MATERIALS[lg][job.material]}, completed "
            f"{short(d - timedelta(days=rng.randint(3, 20)), lg)}.",
            f"{job.house}, {job.town} - Neueindeckung in {MATERIALS[lg][job.material]}, Abnahme am "
            f"{short(d - timedelta(days=rng.randint(3, 20)), lg)}.",
            f"{job.house}, {job.town} - réfection en {MATERIALS[lg][job.material]}, réception le "
            f"{short(d - timedelta(days=rng.randint(3, 20)), lg)}.",
        ),
    )
    var_texts = {
        "en": [
            "Additional area of rear slope stripped to rafters",
            "Replace decayed battens",
            "Extra eyebrow over landing window",
            "Omit chimney flashing (by others)",
            "Additional ridge pattern, scallops and points",
            "Bird netting to gable ends",
            "Extra week scaffold hire (weather)",
            "Replace two rafters, oak",
            "Omit fire retardant (client to arrange)",
            "Stainless fixings in lieu of hazel crooks",
        ],
        "de": [
            "Mehrfläche Gartenseite bis auf Sparren abgedeckt",
            "Lattung erneuert",
            "Zusätzliche Fledermausgaube",
            "Schornsteinanschluss entfällt (bauseits)",
            "Firstverzierung zusätzlich",
            "Drahtgeflecht Giebel",
            "Gerüst 1 Woche zusätzlich (Witterung)",
            "Zwei Sparren Eiche ersetzt",
            "Brandschutz entfällt",
            "Edelstahlschrauben statt Bindedraht",
        ],
        "fr": [
            "Dépose supplémentaire versant arrière",
            "Remplacement de liteaux",
            "Lucarne supplémentaire",
            "Solin de cheminée supprimé (autre corps d'état)",
            "Décor de faîtage supplémentaire",
            "Grillage en pignons",
            "Semaine de location d'échafaudage supplémentaire",
            "Remplacement de deux chevrons chêne",
            "Traitement ignifuge supprimé",
            "Vis inox au lieu de ligatures",
        ],
    }[lg]
    n_var = rng.randint(2, 10)
    variations = []
    for k in range(n_var):
        t = rng.choice(var_texts)
        sign = -1 if any(x in t for x in ("Omit", "entfällt", "supprimé")) else 1
        variations.append((f"V{k + 1}", t, sign * round(rng.uniform(80, 1800), 2)))
    var_sum = sum(v for _, _, v in variations)
    paid = [
        round(job.total * sh / 100, 2) for sh in {2: [50], 3: [30, 40], 4: [25, 25, 30]}[job.stages]
    ]
    summary = [
        (tr(lg, "Contract sum", "Auftragssumme", "Montant du marché"), job.total),
        (
            tr(
                lg,
                f"Variations ({n_var} items, see schedule)",
                f"Nachträge ({n_var} Pos., s. Aufstellung)",
                f"Travaux modificatifs ({n_var} postes, voir annexe)",
            ),
            var_sum,
        ),
        (
            tr(lg, "Adjusted contract sum", "Abgerechnete Summe", "Montant révisé"),
            job.total + var_sum,
        ),
    ]
    for i, v in enumerate(paid):
        summary.append(
            (
                tr(
                    lg,
                    f"Less stage payment {i + 1}",
                    f"abzgl. {i + 1}. Abschlag",
                    f"Moins situation n° {i + 1}",
                ),
                -v,
            )
        )
    cols = columns(m, w - m, [(5, "left"), (1.5, "right")])
    table(
        f,
        cols,
        [tr(lg, "Summary", "Zusammenstellung", "Récapitulatif"), tr(lg, "Net", "Netto", "HT")],
        [[a, money(b, lg)] for a, b in summary],
        s,
        rules=True,
    )
    net = job.total + var_sum - sum(paid)
    rate = vat_rate(lg, reduced=True) if lg == "fr" else vat_rate(lg)
    gross = totals(f, s, lg, net, rate)
    landscape_sched = n_var > 5 or rng.random() < 0.3
    if not landscape_sched:
        f.heading(
            m,
            tr(
                lg,
                "Schedule of variations",
                "Aufstellung der Nachträge",
                "Détail des travaux modificatifs",
            ),
            s.bold,
            s.size + 1,
        )
        table(
            f,
            columns(m, w - m, [(0.6, "left"), (5, "left"), (1.4, "right")]),
            [
                "No.",
                tr(lg, "Description", "Beschreibung", "Désignation"),
                tr(lg, "Add/omit", "Mehr/Minder", "+/-"),
            ],
            [[a, b, money(c, lg)] for a, b, c in variations],
            s,
        )
    if lg == "de":
        write(
            f,
            s,
            "Gewährleistung gemäß VOB/B § 13: vier Jahre ab Abnahme. " + bank_line(h),
            s.size - 1.5,
        )
    else:
        write(f, s, bank_line(h), s.size - 1.5)
    f.need(80)
    f.y += 10
    f.page.rect(m, f.y, w - 2 * m, 60)
    f.page.text(
        m + 6,
        f.y + 12,
        tr(
            lg,
            "Final account agreed (client)",
            "Schlussrechnung anerkannt (Bauherr)",
            "Décompte accepté (maître d'ouvrage)",
        ),
        s.bold,
        8,
    )
    f.page.text(
        m + 6,
        f.y + 50,
        tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date"),
        s.font,
        7,
    )
    pages = f.pages
    if landscape_sched:
        ws = paper(s, A4L)
        qw, qh = A4L
        head = tr(
            lg,
            f"Schedule of variations - {job.house} - {job.ref}",
            f"Aufstellung der Nachträge - {job.house}",
            f"Annexe - travaux modificatifs - {job.house}",
        )

        def start(pg: Page, n: int) -> float:
            pg.text(m, m - 10, head + (f" ({n})" if n > 1 else ""), s.bold, 11)
            return m + 14

        fl = Flow(A4L, qh - m - 20, start)
        table(
            fl,
            columns(
                m,
                qw - m,
                [(0.5, "left"), (1.2, "left"), (5, "left"), (1.4, "left"), (1.2, "right")],
            ),
            [
                "No.",
                tr(lg, "Instructed", "Beauftragt", "Ordre"),
                tr(lg, "Description", "Beschreibung", "Désignation"),
                tr(lg, "Instructed by", "durch", "Par"),
                tr(lg, "Add/omit", "Mehr/Minder", "+/-"),
            ],
            [
                [
                    a,
                    short(d - timedelta(days=rng.randint(10, 60)), lg),
                    b,
                    rng.choice([job.client.split(",")[0], crew("master")]),
                    money(c, lg),
                ]
                for a, b, c in variations
            ],
            ws,
            shade=0.88,
        )
        fl.y += 8
        fl.page.text(
            qw - m,
            fl.y,
            f"{tr(lg, 'Total', 'Summe', 'Total')}  {money(var_sum, lg)}",
            s.bold,
            s.size,
            "right",
        )
        pages += fl.pages
    remember(job, d, (no, gross))
    return close(pages, s, h)


CARE = {
    "en": [
        ("Annually", "Visual check from the ground; clear moss and debris from the eaves"),
        ("Every 2-3 years", "Inspection by a thatcher; check netting and ridge fixings"),
        ("Every 10-15 years", "Re-ridge"),
        ("Every 5 years", "Sweep chimney twice a year; check spark arrestor and flue liner"),
        ("As needed", "Trim overhanging trees; keep gutters and drains clear"),
        ("After storms", "Check for lifted spars, loose netting or bird damage"),
    ],
    "de": [
        ("jährlich", "Sichtkontrolle vom Boden; Moos und Laub an der Traufe entfernen"),
        ("alle 2-3 Jahre", "Kontrolle durch den Reetdachdecker; Draht und Firstbefestigung prüfen"),
        ("alle 10-15 Jahre", "First erneuern"),
        ("halbjährlich", "Schornsteinfeger; Funkenschutz prüfen"),
        ("nach Bedarf", "Überhängende Äste zurückschneiden"),
        ("nach Sturm", "Auf gelöste Schächer, Draht und Vogelschäden prüfen"),
    ],
    "fr": [
        ("chaque année", "Contrôle visuel depuis le sol ; nettoyage de l'égout"),
        ("tous les 2-3 ans", "Visite du chaumier ; contrôle du grillage et du faîtage"),
        ("tous les 10-15 ans", "Réfection du faîtage"),
        ("deux fois par an", "Ramonage ; contrôle du pare-étincelles"),
        ("selon besoin", "Élagage des arbres en surplomb"),
        ("après tempête", "Vérifier broches, grillage et dégâts d'oiseaux"),
    ],
}


def tpl_guarantee(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's guarantee issued to the customer: a bordered certificate page (sometimes
    landscape) with the property, the work, the period and the master thatcher's signature,
    followed by the maintenance schedule by year and the care notes for a thatched roof."""
    job = job_for(rng, ("final_account",))
    lg = home()
    h = firm_head()
    d = last_day(rng, ("final_account",), (0, 10))
    size = A4L if rng.random() < 0.35 else A4
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    master = crew("master")
    years = rng.choice([5, 10, 10, 15])
    no = f"G-{month().year}-{rng.randint(10, 299):03d}"
    p = Page(size)
    p.rect(24, 24, w - 48, hh - 48)
    p.rect(30, 30, w - 60, hh - 60)
    roof_mark(p, w / 2 - 24, 50, 48)
    p.text(w / 2, 100, h.name, h.bold, shrink(h.name, h.bold, 14, w - 120), "center")
    title = tr(lg, "CERTIFICATE OF GUARANTEE", "GEWÄHRLEISTUNGSURKUNDE", "CERTIFICAT DE GARANTIE")
    p.text(w / 2, 134, title, h.bold, shrink(title, h.bold, 20, w - 120), "center")
    p.text(w / 2, 152, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", h.font, 9, "center")
    y = 190.0
    text = tr(
        lg,
        f"This is to certify that the thatching work carried out at {site(job)} for {job.client} in "
        f"{MATERIALS[lg][job.material]}, with a {RIDGES[lg][job.ridge]}, completed on {day(h, d)}, is guaranteed "
        f"against defects in materials and workmanship for a period of {years} years from the date of completion, "
        "subject to the conditions and the maintenance schedule overleaf.",
        f"Hiermit bestätigen wir, dass die Reetdacharbeiten am Objekt {site(job)} für {job.client} in "
        f"{MATERIALS[lg][job.material]} mit {RIDGES[lg][job.ridge]}, abgenommen am {day(h, d)}, fachgerecht nach den "
        f"Fachregeln für Dachdeckungen mit Reet ausgeführt wurden. Wir gewähren eine Gewährleistung von {years} Jahren "
        "ab Abnahme unter den umseitigen Bedingungen.",
        f"Nous certifions que les travaux de couverture en {MATERIALS[lg][job.material]} réalisés à {site(job)} pour "
        f"{job.client}, réceptionnés le {day(h, d)}, sont garantis {years} ans à compter de la réception, sous réserve "
        "du respect du programme d'entretien ci-joint, sans préjudice de la garantie décennale.",
    )
    for ln in wrap(text, italic_of(h.font), 11, w - 180):
        p.text(w / 2, y, ln, italic_of(h.font), 11, "center")
        y += 17
    y = max(y + 30, hh - 150)
    scrawl(p, w / 2 - 190, y, master, 14)
    p.line(w / 2 - 200, y + 6, w / 2 - 40, y + 6)
    p.text(w / 2 - 120, y + 18, f"{master}", h.font, 8.5, "center")
    p.text(
        w / 2 - 120,
        y + 29,
        tr(lg, "Master Thatcher", "Reetdachdeckermeister", "Artisan chaumier"),
        h.font,
        8,
        "center",
    )
    p.text(w / 2 + 120, y + 18, day(h, d), h.font, 9, "center")
    p.line(w / 2 + 40, y + 6, w / 2 + 200, y + 6)
    seal(p, w / 2 + 120, y - 30, 26, h.name, tr(lg, "MASTER THATCHER", "MEISTERBETRIEB", "ARTISAN"))
    pages = [p]
    s2 = style_of(h)
    f = sheets(s2, h, f"{title} {no} - {job.house}", top=False)
    caption(
        f, s2, tr(lg, "Maintenance schedule", "Wartungsplan", "Programme d'entretien"), 3, rule=True
    )
    ww = s2.page_size[0]
    rows = []
    for when, what in CARE[lg][: rng.randint(4, 6)]:
        rows.append([when, what, ""])
    table(
        f,
        columns(m, ww - m, [(1.9, "left"), (5, "left"), (1.2, "left")]),
        [
            tr(lg, "When", "Wann", "Quand"),
            tr(lg, "What", "Was", "Quoi"),
            tr(lg, "Done", "Erledigt", "Fait le"),
        ],
        rows,
        s2,
        rules=True,
        step=2.2,
    )
    f.y += 10
    caption(f, s2, tr(lg, "Conditions of guarantee", "Bedingungen", "Conditions de la garantie"), 1)
    for k in range(rng.randint(4, 7)):
        f.need(30)
        f.page.text(m, f.y, f"{k + 1}.", s2.bold, s2.size - 0.5)
        f.para(m + 16, ww - 2 * m - 16, prose(rng, lg, "roof", 1, 2), s2.font, s2.size - 0.5)
    if rng.random() < 0.5:
        f.new_page()
        caption(
            f,
            s2,
            tr(
                lg,
                "Living under thatch - care notes",
                "Merkblatt für Reetdachbesitzer",
                "Vivre sous le chaume - conseils",
            ),
            2,
        )
        for t in [
            tr(lg, "Fire safety", "Brandschutz", "Sécurité incendie"),
            tr(lg, "Chimneys and stoves", "Schornstein und Kamin", "Cheminées et poêles"),
            tr(lg, "Birds and vermin", "Vögel und Nager", "Oiseaux et rongeurs"),
            tr(lg, "Insurance", "Versicherung", "Assurance"),
        ]:
            f.heading(m, t, s2.bold, s2.size)
            write(f, s2, prose(rng, lg, "roof", 2, 4), s2.size - 0.5)
    pages += f.pages
    remember(job, d, no)
    return close(pages, s2, h, numbers="none", covers=1)


# ---------------------------------------------------------------------------------------------
# Templates JJJJJ: insurance, the trade association and apprenticeship
# ---------------------------------------------------------------------------------------------

SECTIONS = {
    "en": [
        ("Employers' Liability", "£10,000,000"),
        ("Public Liability", "£5,000,000"),
        ("Contract Works (own and hired-in plant)", "£250,000"),
        ("Tools and Equipment", "£15,000"),
        ("Hired-in Scaffolding", "£50,000"),
        ("Goods in Transit", "£20,000"),
        ("Legal Expenses", "£100,000"),
    ],
    "de": [
        ("Betriebshaftpflicht", "5.000.000 €"),
        ("Bearbeitungsschäden", "500.000 €"),
        ("Bauleistungsversicherung", "250.000 €"),
        ("Werkzeug und Geräte", "20.000 €"),
        ("Umweltschaden", "1.000.000 €"),
        ("Elektronik", "10.000 €"),
    ],
    "fr": [
        ("Responsabilité civile professionnelle", "3 000 000 €"),
        ("Garantie décennale", "selon marché"),
        ("Dommages aux existants", "300 000 €"),
        ("Outillage et matériel", "15 000 €"),
        ("Protection juridique", "50 000 €"),
        ("Marchandises transportées", "10 000 €"),
    ],
}
ENDORSE = {
    "en": [
        "Heat Application Condition",
        "Height Limitation (12 m)",
        "Thatched Roof Works Clause",
        "Waste Disposal Exclusion",
        "Scaffolding Inspection Condition",
        "Subcontractors' Clause",
        "Fire Extinguisher Condition",
    ],
    "de": [
        "Ausschluss Heißarbeiten",
        "Höhenbegrenzung 12 m",
        "Klausel Reetdacharbeiten",
        "Subunternehmerklausel",
        "Obliegenheit Feuerlöscher auf der Baustelle",
        "Gerüstklausel",
    ],
    "fr": [
        "Exclusion travaux par points chauds",
        "Limitation de hauteur 12 m",
        "Clause couverture en chaume",
        "Clause sous-traitance",
        "Obligation d'extincteur sur chantier",
        "Clause échafaudages",
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's policy schedule at renewal: now and then behind a broker's covering letter;
    the policy and insured fields, the business description, the sections with limits and
    excesses, the premium with insurance premium tax, and the endorsements in smaller type on
    the following pages, 'Page i of n'."""
    h = head_of(who, "insurer", abroad=0.08)
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(
        keyed(who, "pol"),
        keyed(who, "mask").choice(["AA/999999/99", "99.999.999.9", "AAA 9999999"]),
    )
    start = add_months(d, 1)
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.45:
        c = sheets(s, h)
        recipient(
            c, s, h, firm_lines(), d, [(tr(lg, "Policy", "Versicherungsschein", "Contrat"), pol)]
        )
        caption(
            c,
            s,
            tr(lg, "Your renewal", "Ihre Vertragsverlängerung", "Renouvellement de votre contrat"),
            1,
        )
        c.page.text(m, c.y, dear(lg, mr(crew("master"), lg)), s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                f"We enclose the renewal schedule for your policy, which renews on {day(h, start)}. "
                "Please check the details, in particular the declared turnover and the heat application condition.",
                f"anbei erhalten Sie den Nachtrag zu Ihrem Versicherungsvertrag zum {day(h, start)}. "
                "Bitte prüfen Sie die Angaben zu Umsatz und Mitarbeiterzahl.",
                f"Nous vous adressons les conditions particulières de votre contrat au {day(h, start)}. "
                "Merci de vérifier les informations déclarées.",
            ),
        )
        write(c, s, prose(rng, lg, "trade", 1, 3))
        regards(
            c,
            s,
            lg,
            staff(h, "account"),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += c.pages
        covers = len(c.pages)
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
    )
    title = tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES")
    caption(f, s, title, 4, rule=True)
    turnover = rng.choice([180000, 240000, 320000, 450000])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Vertragsnummer", "N° de contrat"), pol),
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), firm_row()[0]),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(start.replace(year=start.year + 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Thatching and heritage roofing contractors",
                    "Reetdachdeckerei",
                    "Couverture en chaume et matériaux traditionnels",
                ),
            ),
            (
                tr(lg, "Employees", "Mitarbeiter", "Effectif"),
                tr(lg, "5 (incl. 1 apprentice)", "5 (davon 1 Azubi)", "5 (dont 1 apprenti)"),
            ),
            (tr(lg, "Declared turnover", "Umsatz", "Chiffre d'affaires"), cash(turnover, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(4, "left"), (1.6, "right"), (1.2, "right"), (1.2, "right")])
    rows = []
    prem = 0.0
    for name, limit in rng.sample(SECTIONS[lg], rng.randint(4, len(SECTIONS[lg]))):
        pr = round(rng.uniform(120, 2400), 2)
        prem += pr
        rows.append([name, limit, cash(rng.choice([250, 500, 1000, 2500]), lg), money(pr, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Limit", "Deckungssumme", "Plafond"),
            tr(lg, "Excess", "Selbstbehalt", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        shade=0.88,
    )
    tax = round(prem * (0.12 if lg == "en" else 0.19 if lg == "de" else 0.09), 2)
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y + 6,
            [
                (tr(lg, "Total premium", "Nettobeitrag", "Prime nette"), cash(prem, lg)),
                (
                    tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes"),
                    cash(tax, lg),
                ),
                (tr(lg, "Total payable", "Jahresbeitrag", "Prime TTC"), cash(prem + tax, lg)),
            ],
            w - m,
        )
        + 10
    )
    f.heading(
        m,
        tr(lg, "Endorsements applying", "Besondere Vereinbarungen", "Clauses particulières"),
        s.bold,
        s.size + 1,
    )
    ends = rng.sample(ENDORSE[lg], rng.randint(3, len(ENDORSE[lg])))
    write(f, s, ", ".join(ends), s.size - 1)
    f.new_page()
    for k, e in enumerate(ends):
        f.heading(
            m, f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {k + 1} - {e}", s.bold, s.size - 0.5
        )
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "trade", 2, 4), s.size - 1.5)
    f.need(60)
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(lg, "Signed on behalf of the insurers", "Für den Versicherer", "Pour l'assureur"),
        s.font,
        8,
    )
    scrawl(f.page, m, f.y + 26, staff(h, "under"))
    pages += f.pages
    received(rng, pages[0], d)
    return close(
        pages,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "Page {i}/{n}",
        covers=covers,
    )


def tpl_association_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The trade association's letter to its members: a notice of the general meeting with the
    agenda on a page behind and a reply slip, a subscription renewal with the membership form,
    or a technical circular with a notice page on fire safety or materials."""
    h = head_of(who, "association")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    sec = staff(h, "secretary")
    kind = rng.choice(["agm", "subs", "circular"])
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        firm_lines(tr(lg, crew("master"), crew("master"), crew("master"))),
        d,
        [(tr(lg, "Member no.", "Mitglieds-Nr.", "Adhérent n°"), serial(keyed(who, "mem"), "9999"))],
    )
    pages: list[Page] = []
    if kind == "agm":
        meet = d + timedelta(days=rng.randint(21, 45))
        caption(
            f,
            s,
            tr(
                lg,
                "Notice of Annual General Meeting",
                "Einladung zur Innungsversammlung",
                "Convocation à l'assemblée générale",
            ),
            1,
        )
        f.page.text(
            m,
            f.y,
            tr(lg, "Dear Member,", "Sehr geehrte Innungsmitglieder,", "Chers adhérents,"),
            s.font,
            s.size,
        )
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Notice is hereby given that the Annual General Meeting will be held on {day(h, meet)} at "
                f"{rng.choice(['10.30 am', '2 pm', '7 pm'])} at {rng.choice(['the Red Lion, Avebury', 'the Village Hall, Cerne Abbas', 'the Bell Inn, Lavenham'])}.",
                f"hiermit laden wir Sie zur ordentlichen Innungsversammlung am {day(h, meet)}, {rng.randint(10, 18)}.00 Uhr, "
                f"in {rng.choice(['Husum, Hotel Thomas', 'Rendsburg, Conventgarten', 'Kappeln, Gasthof am Hafen'])} ein.",
                f"Vous êtes convoqués à l'assemblée générale le {day(h, meet)} à {rng.randint(9, 18)} h, "
                f"{rng.choice(['salle des fêtes de Saint-Lyphard', 'maison du Parc de Brière', 'salle municipale de Honfleur'])}.",
            ),
        )
        write(f, s, prose(rng, lg, "trade", 2, 4))
        write(
            f,
            s,
            tr(
                lg,
                "The agenda is enclosed. Please return the reply slip by the date shown.",
                "Die Tagesordnung liegt bei. Bitte senden Sie die Rückmeldung bis zum angegebenen Termin zurück.",
                "L'ordre du jour est joint. Merci de retourner le coupon-réponse.",
            ),
        )
        regards(f, s, lg, sec, tr(lg, "Hon. Secretary", "Obermeister", "Secrétaire"))
        pages += f.pages
        q = Page(s.page_size)
        q.text(m, m, tr(lg, "AGENDA", "TAGESORDNUNG", "ORDRE DU JOUR"), s.bold, 13)
        y = m + 26.0
        items = {
            "en": [
                "Apologies for absence",
                "Minutes of the last AGM",
                "Chairman's report",
                "Treasurer's report and accounts",
                "Election of officers",
                "Training and apprenticeships",
                "Water reed supply and quality",
                "Fire safety in thatched buildings",
                "Any other business",
            ],
            "de": [
                "Begrüßung und Feststellung der Beschlussfähigkeit",
                "Genehmigung des Protokolls",
                "Bericht des Obermeisters",
                "Kassenbericht und Entlastung",
                "Haushaltsplan und Beiträge",
                "Lehrlingswesen und Gesellenprüfung",
                "Reetqualität und Importe",
                "Brandschutz",
                "Verschiedenes",
            ],
            "fr": [
                "Approbation du procès-verbal",
                "Rapport moral du président",
                "Rapport financier",
                "Cotisations",
                "Renouvellement du bureau",
                "Formation et apprentissage",
                "Qualité du roseau importé",
                "Sécurité incendie",
                "Questions diverses",
            ],
        }[lg]
        for k, t in enumerate(items):
            q.text(m, y, f"{k + 1}.", s.bold, s.size)
            q.text(m + 22, y, t, s.font, s.size)
            y += s.size * 2
        slip_rule(q, m, w - m, y + 30, tr(lg, "reply slip", "Rückmeldung", "coupon-réponse"))
        y += 56
        ticks(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "I will attend", "Ich nehme teil", "Je serai présent"),
                tr(lg, "I cannot attend", "Ich nehme nicht teil", "Je serai absent"),
                tr(lg, "I will stay for lunch", "mit Essen", "Je participerai au repas"),
            ],
            set(),
            9,
        )
        y += 30
        fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [(tr(lg, "Name", "Name", "Nom"), ""), (tr(lg, "Firm", "Betrieb", "Entreprise"), "")],
            per=2,
            tall=26,
        )
        pages.append(q)
    elif kind == "subs":
        fee = rng.choice([185.0, 240.0, 320.0, 410.0])
        caption(
            f,
            s,
            tr(
                lg,
                f"Membership subscription {month().year + 1}",
                f"Innungsbeitrag {month().year + 1}",
                f"Cotisation {month().year + 1}",
            ),
            1,
        )
        f.page.text(
            m,
            f.y,
            tr(lg, "Dear Member,", "Sehr geehrte Damen und Herren,", "Chers adhérents,"),
            s.font,
            s.size,
        )
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Your annual subscription of {cash(fee, lg)} is now due. "
                + words(rng, lg, "trade"),
                f"der Grundbeitrag für das Jahr {month().year + 1} beträgt {cash(fee, lg)}. "
                + words(rng, lg, "trade"),
                f"La cotisation annuelle s'élève à {cash(fee, lg)}. " + words(rng, lg, "trade"),
            ),
        )
        write(f, s, prose(rng, lg, "trade", 1, 3))
        regards(f, s, lg, sec, tr(lg, "Membership Secretary", "Geschäftsführung", "Trésorier"))
        pages += f.pages
        q = Page(s.page_size)
        q.text(
            m,
            m,
            tr(
                lg,
                "MEMBERSHIP RENEWAL FORM",
                "MITGLIEDERDATEN / SEPA-LASTSCHRIFTMANDAT",
                "BULLETIN D'ADHÉSION",
            ),
            s.bold,
            12,
        )
        y = fields(
            q,
            s,
            m,
            m + 16,
            w - 2 * m,
            [
                (tr(lg, "Firm", "Betrieb", "Entreprise"), firm_row()[0]),
                (tr(lg, "Principal", "Inhaber", "Responsable"), crew("master")),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{firm_row()[1]}, {firm_row()[2]}"),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), firm_row()[3]),
                (tr(lg, "Number of thatchers", "Beschäftigte", "Nombre de chaumiers"), "3"),
                (tr(lg, "Apprentices", "Auszubildende", "Apprentis"), "1"),
            ],
            per=2,
            tall=28,
            hand=rng.random() < 0.6,
        )
        y = band(q, s, y, tr(lg, "Category", "Beitragsklasse", "Catégorie"))
        y = ticks(
            q,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                tr(lg, "Master Thatcher", "Meisterbetrieb", "Artisan"),
                tr(lg, "Thatcher", "Geselle", "Compagnon"),
                tr(lg, "Associate", "Fördermitglied", "Membre associé"),
            ],
            {0},
            9,
        )
        if lg != "fr":
            y = band(
                q,
                s,
                y + 6,
                tr(lg, "Direct Debit Instruction", "SEPA-Lastschriftmandat", "Mandat SEPA"),
            )
            y += 10
            for ln in wrap(prose(rng, lg, "money", 1, 2), s.font, 7.5, w - 2 * m):
                q.text(m, y, ln, s.font, 7.5)
                y += 10
            fields(
                q,
                s,
                m,
                y + 6,
                w - 2 * m,
                [("IBAN", ""), (tr(lg, "Signature", "Unterschrift", "Signature"), "")],
                per=2,
                tall=28,
            )
        pages.append(q)
    else:
        topic = rng.choice(
            [
                tr(
                    lg,
                    "Fire safety in thatched properties",
                    "Brandschutz bei Reetdächern",
                    "Sécurité incendie des chaumières",
                ),
                tr(
                    lg,
                    "Quality of imported water reed",
                    "Qualität von Importreet",
                    "Qualité du roseau importé",
                ),
                tr(
                    lg,
                    "Working at height - new guidance",
                    "Arbeiten auf Dächern - neue DGUV-Information",
                    "Travail en hauteur - nouvelle recommandation",
                ),
            ]
        )
        caption(f, s, topic, 1)
        f.page.text(
            m,
            f.y,
            tr(lg, "Dear Member,", "Liebe Kolleginnen und Kollegen,", "Chers collègues,"),
            s.font,
            s.size,
        )
        f.y += s.size * 2
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "trade", 2, 4))
        regards(
            f,
            s,
            lg,
            sec,
            tr(lg, "Technical Committee", "Technischer Ausschuss", "Commission technique"),
        )
        pages += f.pages
        if rng.random() < 0.6:
            q = Page(s.page_size)
            q.rect(m, m - 10, w - 2 * m, 28, fill=0.82)
            q.text(m + 10, m + 8, fit(topic.upper(), s.bold, 11, w - 2 * m - 20), s.bold, 11)
            y = m + 44.0
            for _ in range(rng.randint(5, 8)):
                q.rect(m, y - 8, 8, 8, fill=0.4)
                for ln in wrap(
                    words(rng, lg, "trade", rng.randint(10, 22)), s.font, 9, w - 2 * m - 18
                ):
                    q.text(m + 16, y, ln, s.font, 9)
                    y += 12
                y += 8
            q.text(
                m,
                hh - m,
                tr(
                    lg,
                    f"Information sheet {rng.randint(1, 30)}/{month().year}",
                    f"Merkblatt {rng.randint(1, 30)}/{month().year}",
                    f"Fiche technique n° {rng.randint(1, 30)}",
                ),
                s.font,
                7,
            )
            pages.append(q)
    return close(pages, s, h)


def tpl_apprenticeship(rng: random.Random, who: Issuer) -> list[Page]:
    """Apprenticeship papers for the firm's apprentice: the apprenticeship agreement with the
    commitment statement (England), the Berufsausbildungsvertrag with the sachliche und
    zeitliche Gliederung on a page behind (Germany), the contrat d'apprentissage with the
    convention de formation (France); or the training provider's progress review form."""
    h = head_of(who, "college")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    app = crew("apprentice")
    master = crew("master")
    born = date(d.year - rng.randint(16, 22), rng.randint(1, 12), rng.randint(1, 28))
    start = date(d.year, 9, 1) if d.month < 9 and rng.random() < 0.7 else d
    if rng.random() < 0.35:
        f = sheets(s, h, f"{h.name} - {app}")
        caption(
            f,
            s,
            tr(
                lg,
                "Apprentice Progress Review",
                "Ausbildungsnachweis - Bewertung",
                "Livret d'apprentissage - bilan",
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
                (tr(lg, "Apprentice", "Auszubildende/r", "Apprenti"), app),
                (tr(lg, "Employer", "Ausbildungsbetrieb", "Employeur"), firm_row()[0]),
                (
                    tr(lg, "Programme", "Beruf", "Diplôme"),
                    tr(
                        lg,
                        "Roofer (Thatcher) Level 2",
                        "Dachdecker/in - Reetdachtechnik",
                        "CAP Couvreur - option chaume",
                    ),
                ),
                (tr(lg, "Review date", "Datum", "Date"), short(d, lg)),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        cols = columns(
            m, w - m, [(4, "left"), (1, "center"), (1, "center"), (1, "center"), (1, "center")]
        )
        rows = []
        units = {
            "en": [
                "Health & safety at height",
                "Stripping and preparation",
                "Laying courses",
                "Dressing and finishing",
                "Ridges and patterns",
                "Tools and materials",
                "Customer care",
            ],
            "de": [
                "Arbeitssicherheit",
                "Abdecken und Vorbereiten",
                "Reet legen und nähen",
                "Klopfen und Richten",
                "Firstausbildung",
                "Werkzeug und Material",
                "Kundenkontakt",
            ],
            "fr": [
                "Sécurité en hauteur",
                "Dépose et préparation",
                "Pose des couches",
                "Battage et finition",
                "Faîtages",
                "Outils et matériaux",
                "Relation client",
            ],
        }[lg]
        for u in units:
            k = rng.choices(range(4), weights=[1, 3, 4, 2])[0]
            rows.append([u] + ["X" if i == k else "" for i in range(4)])
        table(
            f,
            cols,
            [
                tr(lg, "Unit", "Lernfeld", "Compétence"),
                tr(lg, "Not yet", "offen", "NA"),
                tr(lg, "Developing", "teilw.", "ECA"),
                tr(lg, "Competent", "erreicht", "A"),
                tr(lg, "Exceeds", "sehr gut", "A+"),
            ],
            rows,
            s,
            rules=True,
            step=1.9,
        )
        f.heading(m, tr(lg, "Comments", "Bemerkungen", "Observations"), s.bold, s.size)
        for ln in wrap(words(rng, lg, "roof", rng.randint(14, 26)), HAND, 9, w - 2 * m):
            f.need(14)
            hand(f.page, m, f.y, ln, 9)
            f.y += 14
        f.y += 16
        f.need(60)
        for k, (lab, nm) in enumerate(
            [
                (tr(lg, "Apprentice", "Auszubildende/r", "Apprenti"), app),
                (tr(lg, "Employer", "Ausbilder", "Maître d'apprentissage"), master),
                (tr(lg, "Tutor", "Berater/in", "Formateur CFA"), staff(h, "tutor")),
            ]
        ):
            x = m + k * (w - 2 * m) / 3
            f.page.line(x, f.y, x + (w - 2 * m) / 3 - 14, f.y)
            f.page.text(x, f.y + 9, lab, s.font, 7)
            scrawl(f.page, x + 4, f.y - 3, nm, 11)
        f.y += 20
        return close(f.pages, s, h)
    f = sheets(s, h, f"{h.name} - {app}")
    title = tr(
        lg, "APPRENTICESHIP AGREEMENT", "BERUFSAUSBILDUNGSVERTRAG", "CONTRAT D'APPRENTISSAGE"
    )
    caption(f, s, title, 5)
    if lg == "de":
        write(
            f,
            s,
            "(§§ 10, 11 Berufsbildungsgesetz - BBiG) - Eintragung in das Verzeichnis der Berufsausbildungsverhältnisse",
            s.size - 1.5,
        )
    if lg == "fr":
        write(
            f,
            s,
            "Cerfa n° 10103*10 - Articles L.6221-1 et suivants du code du travail",
            s.size - 1.5,
        )
    f.y = band(f.page, s, f.y, tr(lg, "Employer", "Ausbildende/r", "L'employeur")) + 10
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Betrieb", "Dénomination"), firm_row()[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{firm_row()[1]}, {firm_row()[2]}"),
            (tr(lg, "Trainer", "Ausbilder/in", "Maître d'apprentissage"), master),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), firm_row()[3]),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.y = band(f.page, s, f.y, tr(lg, "Apprentice", "Auszubildende/r", "L'apprenti(e)")) + 10
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), app),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 60)} {rng.choice(ROADS[lg])}, {rng.choice(VILLAGES[lg][int(FIRM['row'])])}",
            ),
            (
                tr(lg, "ULN / ID", "Schulabschluss", "Dernier diplôme"),
                serial(rng, "9999999999")
                if lg == "en"
                else tr(lg, "", "Realschulabschluss", "3e / brevet"),
            ),
        ],
        per=2,
        tall=26,
        hand=True,
    )
    f.y = band(f.page, s, f.y, tr(lg, "Training", "Ausbildung", "La formation")) + 10
    pay = {
        "en": "£7.55 per hour",
        "de": f"1. Jahr {cash(1010, 'de')}, 2. Jahr {cash(1180, 'de')}, 3. Jahr {cash(1350, 'de')}",
        "fr": "43 % du SMIC (1re année)",
    }[lg]
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Occupation / standard", "Ausbildungsberuf", "Diplôme préparé"),
                tr(
                    lg,
                    "Roofer (Thatcher) ST0xxx Level 2",
                    "Dachdecker/in, Fachrichtung Reetdachtechnik",
                    "CAP Couvreur",
                ),
            ),
            (
                tr(lg, "Start / end", "Beginn / Ende", "Début / fin"),
                f"{short(start, lg)} - {short(start.replace(year=start.year + (2 if lg != 'de' else 3)), lg)}",
            ),
            (tr(lg, "Training provider", "Berufsschule", "CFA"), h.name),
            (
                tr(lg, "Probation", "Probezeit", "Période d'essai"),
                tr(lg, "n/a", "4 Monate", "45 jours"),
            ),
            (
                tr(lg, "Weekly hours", "Wochenarbeitszeit", "Durée hebdomadaire"),
                "39" if lg != "fr" else "35",
            ),
            (tr(lg, "Pay", "Vergütung", "Rémunération"), pay),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    write(f, s, prose(rng, lg, "trade", 2, 3), s.size - 1)
    f.need(90)
    f.y += 14
    sigs = [
        (tr(lg, "Employer", "Ausbildende/r", "L'employeur"), master),
        (tr(lg, "Apprentice", "Auszubildende/r", "L'apprenti"), app),
    ]
    if lg == "de" and rng.random() < 0.5:
        sigs.append(("gesetzl. Vertreter", f"{rng.choice(FIRSTS['de'])} {app.split()[-1]}"))
    cw = (w - 2 * m) / len(sigs)
    for k, (lab, nm) in enumerate(sigs):
        x = m + k * cw
        f.page.line(x, f.y + 20, x + cw - 14, f.y + 20)
        f.page.text(x, f.y + 29, lab, s.font, 7)
        scrawl(f.page, x + 4, f.y + 17, nm, 12)
    f.y += 40
    if lg == "de":
        seal(f.page, w - m - 50, f.y + 30, 26, h.name, "eingetragen")
        f.page.text(
            m,
            f.y + 30,
            f"Eingetragen am {short(d, 'de')} unter Nr. {serial(rng, '99/9999')}",
            s.font,
            8,
        )
        f.y += 60
    pages = f.pages
    q = Sheets(s.page_size, hh - m, lambda pg, n: m)
    q_title = tr(
        lg,
        "Commitment Statement",
        "Sachliche und zeitliche Gliederung der Berufsausbildung (Ausbildungsplan)",
        "Convention de formation",
    )
    caption(q, s, q_title, 1, rule=True)
    if lg == "de":
        cols = columns(m, w - m, [(5, "left"), (1, "center"), (1, "center"), (1, "center")])
        rows = []
        for t in [
            "Berufsbildung, Arbeits- und Tarifrecht",
            "Sicherheit und Gesundheitsschutz",
            "Einrichten von Baustellen",
            "Herstellen von Reetdeckungen",
            "Firstausbildung und Anschlüsse",
            "Instandhaltung und Reparatur",
            "Brandschutz an Reetdächern",
            "Kundenorientierung",
        ]:
            rows.append(
                [t] + [f"{rng.randint(2, 16)} Wo." if rng.random() < 0.6 else "" for _ in range(3)]
            )
        table(
            q,
            cols,
            ["Ausbildungsinhalt", "1. Jahr", "2. Jahr", "3. Jahr"],
            rows,
            s,
            rules=True,
            step=2.0,
        )
    else:
        for t in [
            tr(lg, "Roles and responsibilities", "", "Objet"),
            tr(lg, "Off-the-job training", "", "Organisation de la formation"),
            tr(lg, "Planned schedule", "", "Calendrier"),
            tr(lg, "Complaints", "", "Coût et financement (OPCO)"),
        ]:
            q.heading(m, t, s.bold, s.size)
            write(q, s, prose(rng, lg, "trade", 2, 4), s.size - 1)
    q.need(50)
    q.y += 20
    q.page.text(m, q.y, f"{tr(lg, 'Signed', 'Unterschrift', 'Signé')}:", s.font, 8)
    scrawl(q.page, m + 50, q.y, staff(h, "tutor"), 11)
    pages += q.pages
    received(rng, pages[0], d, 0.3)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates JJJJJ: the crew's timesheets and the waste notes
# ---------------------------------------------------------------------------------------------


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A crew member's weekly timesheet on the firm's printed form (A4 landscape or A5),
    filled in by hand: days, job, start and finish, hours, travel, materials used, signed by
    the thatcher and countersigned by the master thatcher."""
    lg = home()
    h = firm_head()
    tag = keyed(who, "crew").choice(["thatcher1", "thatcher2", "apprentice", "master"])
    person = crew(tag)
    week = month() + timedelta(days=7 * rng.randint(0, 3) - month().weekday())
    size = A4L if keyed(who, "ts").random() < 0.6 else A5
    s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = 30.0
    p = Page(size)
    p.text(m, 36, h.name, s.bold, 10)
    title = tr(lg, "WEEKLY TIMESHEET", "WOCHENSTUNDENZETTEL", "FEUILLE D'HEURES HEBDOMADAIRE")
    p.text(w - m, 36, title, s.bold, shrink(title, s.bold, 12, w / 2 - m), "right")
    p.text(m, 58, tr(lg, "Name", "Name", "Nom"), s.font, 7.5)
    hand(p, m + 40, 58, person, 10)
    p.text(w / 2, 58, tr(lg, "Week commencing", "Woche ab", "Semaine du"), s.font, 7.5)
    hand(p, w / 2 + 80, 58, short(week, lg), 10)
    jobs = [a_job(rng) for _ in range(rng.randint(1, 3))]
    days = {
        "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa"],
        "fr": ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam"],
    }[lg]
    wide = size == A4L
    spec = [
        (0.7, "left"),
        (3.2, "left"),
        (0.8, "center"),
        (0.8, "center"),
        (0.7, "center"),
        (0.8, "center"),
    ]
    heads = [
        tr(lg, "Day", "Tag", "Jour"),
        tr(lg, "Job / site", "Baustelle", "Chantier"),
        tr(lg, "Start", "Beginn", "Début"),
        tr(lg, "Finish", "Ende", "Fin"),
        tr(lg, "Hrs", "Std.", "H"),
        tr(lg, "Travel", "Fahrt", "Trajet"),
    ]
    if wide:
        spec += [(3, "left")]
        heads += [
            tr(lg, "Materials used / notes", "Material / Bemerkung", "Matériaux / observations")
        ]
    cols = columns(m, w - m, spec)
    y = 84.0
    p.rect(m - 2, y - 11, w - 2 * m + 4, 16, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        cell(p, c, y, t, s.bold, 7.5)
    y += 10
    total = 0.0
    row_h = (hh - y - 110) / len(days)
    for k, dname in enumerate(days):
        p.line(m - 2, y + row_h, w - m + 2, y + row_h)
        yy = y + row_h * 0.65
        cell(p, cols[0], yy, f"{dname} {(week + timedelta(days=k)).day}", s.font, 8)
        if k < 5 or rng.random() < 0.3:
            if rng.random() < 0.1:
                hand(
                    p,
                    cols[1][0],
                    yy,
                    tr(lg, "rain - yard, splitting spars", "Regen - Werkstatt", "pluie - atelier"),
                    8.5,
                    cols[1][1] - cols[1][0],
                )
                hrs = rng.choice([4.0, 6.0])
            else:
                j = rng.choice(jobs)
                hand(p, cols[1][0], yy, j.house, 8.5, cols[1][1] - cols[1][0])
                hrs = rng.choice([7.5, 8.0, 8.5, 9.0, 9.5])
            st = rng.choice([7, 7.5, 8])
            hand(p, cols[2][0] + 4, yy, f"{int(st)}:{'30' if st % 1 else '00'}", 8.5)
            en = st + hrs + 0.5
            hand(p, cols[3][0] + 4, yy, f"{int(en)}:{'30' if en % 1 else '00'}", 8.5)
            hand(p, cols[4][0] + 4, yy, f"{hrs:g}", 8.5)
            hand(p, cols[5][0] + 4, yy, f"{rng.choice([0.5, 1, 1.5]):g}", 8.5)
            total += hrs
            if wide and rng.random() < 0.6:
                hand(
                    p,
                    cols[6][0],
                    yy,
                    rng.choice(
                        [
                            f"{rng.randint(40, 180)} {tr(lg, 'bundles', 'Bund', 'bottes')}",
                            tr(lg, "spars, netting", "Schächer, Draht", "broches, grillage"),
                            tr(lg, "ridge", "First", "faîtage"),
                        ]
                    ),
                    8.5,
                    cols[6][1] - cols[6][0],
                )
        y += row_h
    for c in cols[1:]:
        p.line(c[0] - 3, 74, c[0] - 3, y)
    p.rect(m - 2, 74, w - 2 * m + 4, y - 74)
    y += 16
    p.text(cols[3][0], y, tr(lg, "TOTAL", "SUMME", "TOTAL"), s.bold, 8)
    hand(p, cols[4][0] + 4, y, f"{total:g}", 9.5)
    y += 26
    for k, (lab, nm) in enumerate(
        [
            (tr(lg, "Signed", "Unterschrift", "Signature"), person),
            (
                tr(lg, "Checked", "Geprüft", "Visa"),
                crew("master") if tag != "master" else crew("office"),
            ),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        p.text(x, y, lab, s.font, 7.5)
        p.line(x + 50, y + 2, x + (w - 2 * m) / 2 - 20, y + 2)
        scrawl(p, x + 56, y, nm, 11)
    remember(None, week)
    return [p]


def tpl_waste_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A waste transfer note or weighbridge ticket for the old thatch taken off a roof: the
    narrow ticket printed at the weighbridge with gross, tare and net, or the A4 duty of care
    note (Übernahmeschein, bon de dépôt) with the waste code, holder and carrier sections
    ticked and signed."""
    h = head_of(who, "waste")
    lg = h.lang
    d = some_day(rng)
    job = a_job(rng)
    reg = (
        serial(rng, "AA99 AAA")
        if lg == "en"
        else serial(rng, "AA-AA 999")
        if lg == "de"
        else serial(rng, "AA-999-AA")
    )
    gross = rng.randint(5200, 11800)
    tare = rng.randint(3100, gross - 800)
    net = gross - tare
    tno = f"{rng.randint(100000, 999999)}"
    if keyed(who, "ticket").random() < 0.5:
        ticket = (SLIP[0], 118 * MM)
        s = style_of(h, ticket, margin=14, pt=8)
        w, hh = ticket
        m = 14.0
        p = Page(ticket)
        y = 34.0
        p.text(
            w / 2, y, h.name, "Courier-Bold", shrink(h.name, "Courier-Bold", 9, w - 2 * m), "center"
        )
        y += 11
        p.text(w / 2, y, fit(h.town, "Courier", 7.5, w - 2 * m), "Courier", 7.5, "center")
        y += 18
        p.text(
            w / 2,
            y,
            tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "BON DE PESÉE"),
            "Courier-Bold",
            9,
            "center",
        )
        y += 16
        for lab, val in [
            (tr(lg, "Ticket", "Nr.", "N°"), tno),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Vehicle", "Kennz.", "Immat."), reg),
            (tr(lg, "Customer", "Kunde", "Client"), firm_row()[0]),
            (
                tr(lg, "Material", "Material", "Déchet"),
                tr(
                    lg,
                    "Old thatch (green waste)",
                    "Altreet (Grüngut)",
                    "Vieux chaume (déchets verts)",
                ),
            ),
            ("EWC" if lg != "de" else "AVV", "20 02 01"),
            (tr(lg, "Origin", "Herkunft", "Provenance"), job.town),
        ]:
            p.text(m, y, fit(f"{lab}:", "Courier", 7.5, 60), "Courier", 7.5)
            p.text(w - m, y, fit(val, "Courier", 7.5, w - 2 * m - 56), "Courier", 7.5, "right")
            y += 10
        y += 8
        for lab, val, t in [
            (tr(lg, "GROSS", "BRUTTO", "BRUT"), gross, d),
            (tr(lg, "TARE", "TARA", "TARE"), tare, d),
            (tr(lg, "NET", "NETTO", "NET"), net, None),
        ]:
            p.text(m, y, lab, "Courier-Bold", 8.5)
            p.text(w - m, y, f"{qty(val, lg)} kg", "Courier-Bold", 8.5, "right")
            if t:
                p.text(
                    m + 48, y, f"{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}", "Courier", 7
                )
            y += 12
        y += 8
        price = rng.choice([38.0, 45.0, 52.0, 64.0])
        amt = round(net / 1000 * price, 2)
        p.text(m, y, f"{money(price, lg)}/t", "Courier", 7.5)
        p.text(w - m, y, cash(amt, lg), "Courier-Bold", 8.5, "right")
        y += 12
        p.text(m, y, tr(lg, "Account customer", "Rechnung folgt", "Sur compte"), "Courier", 7)
        y += 24
        p.line(m, y, w - m, y)
        p.text(m, y + 8, tr(lg, "Driver", "Fahrer", "Chauffeur"), "Courier", 6.5)
        scrawl(p, m + 20, y - 3, crew(rng.choice(["thatcher1", "thatcher2", "apprentice"])), 10)
        remember(job, d)
        return [p]
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg, "WASTE TRANSFER NOTE", "ÜBERNAHMESCHEIN / ANNAHMEBELEG", "BON DE DÉPÔT - DÉCHETS VERTS"
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 13, w - 2 * m - 100))
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {tno}", s.bold, 9, "right")
    y += 16
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Section A - Description of the waste",
                "A - Abfallbeschreibung",
                "A - Nature du déchet",
            ),
        )
        + 10
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(
                    lg,
                    "Old thatch, water reed and straw, with hazel spars",
                    "Altreet mit Haselstöcken",
                    "Vieux chaume et broches",
                ),
            ),
            (tr(lg, "EWC code", "AVV-Schlüssel", "Code déchet"), "20 02 01"),
            (
                tr(lg, "How contained", "Verpackung", "Conditionnement"),
                tr(lg, "Loose, tipper", "lose, Kipper", "vrac, benne"),
            ),
            (tr(lg, "Quantity", "Menge", "Quantité"), f"{qty(net / 1000, lg, 2)} t"),
        ],
        per=2,
        tall=26,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(lg, "Section B - Current holder", "B - Abfallerzeuger / Besitzer", "B - Producteur"),
        )
        + 10
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), firm_row()[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{firm_row()[1]}, {firm_row()[2]}"),
            (tr(lg, "Site of production", "Anfallstelle", "Chantier d'origine"), site(job)),
            (
                "SIC 2007" if lg == "en" else tr(lg, "", "Erzeugernummer", "SIRET"),
                "43910" if lg == "en" else serial(rng, "A99999999"),
            ),
        ],
        per=2,
        tall=26,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Producer of the waste", "Erzeuger", "Producteur"),
            tr(lg, "Waste collection authority", "Sammler", "Collecteur"),
            tr(lg, "Holder of an environmental permit", "Entsorger", "Installation autorisée"),
        ],
        {0},
        8,
    )
    y = (
        band(
            p,
            s,
            y + 4,
            tr(
                lg,
                "Section C - Person receiving the waste",
                "C - Abfallannahme",
                "C - Installation de réception",
            ),
        )
        + 10
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), h.name),
            (
                tr(lg, "Permit no.", "Genehmigung", "Arrêté ICPE"),
                serial(keyed(who, "perm"), "AA9999AA"),
            ),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), reg),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(7, 16)}:{rng.randint(10, 59)}",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "Section D - Transfer", "D - Übergabe", "D - Remise")) + 14
    for k, (lab, nm) in enumerate(
        [
            (
                tr(lg, "Transferor", "Übergeben", "Remis par"),
                crew(rng.choice(["thatcher1", "master"])),
            ),
            (tr(lg, "Transferee", "Übernommen", "Reçu par"), staff(h, "gate")),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        p.line(x, y + 20, x + (w - 2 * m) / 2 - 14, y + 20)
        p.text(x, y + 29, lab, s.font, 7)
        scrawl(p, x + 6, y + 17, nm, 12)
    if lg == "en":
        p.text(
            m,
            hh - m,
            "Keep this note for two years (Environmental Protection Act 1990, s.34).",
            s.font,
            7,
        )
    remember(job, d)
    return close([p], s, h, numbers="none")


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
    "enquiry": tpl_enquiry,
    "survey_report": tpl_survey_report,
    "quotation": tpl_quotation,
    "lbc_decision": tpl_lbc_decision,
    "conservation_letter": tpl_conservation_letter,
    "reed_invoice": tpl_reed_invoice,
    "delivery_note": tpl_delivery_note,
    "straw_invoice": tpl_straw_invoice,
    "scaffold_invoice": tpl_scaffold_invoice,
    "scaffold_handover": tpl_scaffold_handover,
    "fire_certificate": tpl_fire_certificate,
    "stage_invoice": tpl_stage_invoice,
    "customer_payment": tpl_customer_payment,
    "final_account": tpl_final_account,
    "guarantee": tpl_guarantee,
    "insurance_schedule": tpl_insurance_schedule,
    "association_letter": tpl_association_letter,
    "apprenticeship": tpl_apprenticeship,
    "timesheet": tpl_timesheet,
    "waste_note": tpl_waste_note,
}
TEMPLATES_JJJJJ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "reed_invoice",
    "delivery_note",
    "straw_invoice",
    "scaffold_invoice",
    "stage_invoice",
    "fire_certificate",
    "timesheet",
    "waste_note",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "enquiry": "survey_report",
    "survey_report": "quotation",
    "lbc_decision": "conservation_letter",
    "delivery_note": "reed_invoice",
    "scaffold_handover": "scaffold_invoice",
    "stage_invoice": "customer_payment",
    "final_account": "guarantee",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_corer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One thatching firm's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The firm
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FIRM["lang"] = lang
    FIRM["row"] = r.randrange(len(FIRMS[lang]))
    FIRM["seed"] = r.getrandbits(24)
    FIRM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_JJJJJ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_corer_stream, "templates JJJJJ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

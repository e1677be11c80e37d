"""Kist part of the generated corpus: templates NN, written blind for the next measurement.

A part of its own, ``kist``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the back office of a
community pharmacy (an independent pharmacy in England, an Apotheke in Germany or a pharmacie
d'officine in France) feeds through its scanner: prescriptions (NHS FP10 forms and dispensing
tokens with the practice's repeat slip, Kassenrezepte Muster 16, Privatrezepte and
BtM-Rezepte, ordonnances and ordonnances bizone with the pharmacy's stamp on the back), the
wholesaler's invoices with their terms page, delivery notes and credit notes, controlled drugs
register pages (Betäubungsmittelkartei, registre des stupéfiants) and the controlled drugs
order forms sent to the supplier, the payer's claim statements (NHSBSA schedule of payments,
Apothekenrechenzentrum Abrechnung, CPAM relevé de paiement) and remittances (council
remittance advice, Krankenkasse Retaxation, mutuelle décompte), drug recall notices and
safety letters (MHRA drug alert, Rote-Hand-Brief, lettre aux professionnels de santé), locum
pharmacists' invoices, staff rotas, training certificates, the pharmacy regulator's
inspection report (GPhC, Bezirksregierung, ARS), equipment service and calibration reports,
fridge temperature logs, patient consent forms, rent invoices (rent demand, Mietrechnung,
avis d'échéance), sharps and clinical waste collection notes (consignment note,
Übernahmeschein, bordereau DASRI) and suppliers' price-change letters. Each stream is one
pharmacy's pile: the pharmacy (country, name, staff, patients, month) is drawn once per
stream; its own papers and those of the surgeries, the wholesaler, the payer, the regulator,
the landlord and the waste carrier are of its country and language; manufacturers, training
providers and equipment service firms are now and then of a neighbouring country and write in
their own language. Page sizes range from narrow prescription forms, A6 Kassenrezepte and A5
ordonnances to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the pharmacy files it:
the repeat slip torn off with its prescription; the back of an ordonnance with the pharmacy's
delivery stamp; the continuation and terms pages of a wholesaler's invoice; the continuation
sheet of one drug's page in the controlled drugs register; the breakdown pages of a claim
statement; the objection form enclosed with a Retaxation; the stock response / return form of
a recall notice; the annex with the changed product information of a safety letter; the price
list pages behind a price-change letter; the covering letter, the findings pages and the
annex of an inspection report; the calibration certificate stapled behind a service report;
the signed timesheet behind a locum's invoice; the screening page of a consent form; the
service charge page of a rent demand. Related papers are documents of
their own: the wholesaler's delivery note after a controlled drugs order, the wholesaler's
credit note after a recall notice or a delivery note, the remittance after a claim statement,
the fridge log after the fridge's service report; each prescription, each drug's register
page, each month's fridge log, each week's rota, each person's certificate and each patient's
consent form is a document of its own, even when several follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: prescriptions, delivery notes,
register pages, fridge logs, consent forms, certificates, rotas, sharps notes and locum
invoices often come 2-4 in a row from one sender with other patients, drugs, dates, numbers
and amounts; and companions: a controlled drugs order is often followed by the wholesaler's
delivery note, a recall notice or a delivery note by the wholesaler's credit note, a claim
statement by a remittance, a service report by the fridge log. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "kist"`` and seeds offset by 3_900_000.

Usage: ``python benchmarks/corpus_kist.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/kist/kist_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "kist"
SEED_OFFSET = 3_900_000

MM = 72 / 25.4
FP10 = (110 * MM, 210 * MM)  # NHS prescription form, torn off
SLIP = (100 * MM, 210 * MM)  # the practice's repeat slip
A6L = (148 * MM, 105 * MM)  # Muster 16 Kassenrezept
CARD = (148 * MM, 210 * MM)  # register card (A5 portrait)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and language
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SENDERS: dict[str, dict[str, list[Row]]] = {
    "pharmacy": {
        "en": [
            ("Kirkgate Pharmacy", "14 Kirkgate", "Otley LS21 3HJ", "01943 462 118"),
            ("Hollins Chemist", "212 Chapeltown Road", "Leeds LS7 3DX", "0113 262 4419"),
            ("Meadowbank Pharmacy", "3 Meadowbank Parade", "Bristol BS7 9QR", "0117 942 3360"),
        ],
        "de": [
            ("Linden-Apotheke", "Lindenstraße 42", "40233 Düsseldorf", "0211 73 45 12"),
            ("Apotheke am Markt", "Markt 7", "45127 Essen", "0201 22 61 08"),
            ("Stern-Apotheke", "Bahnhofstraße 18", "47051 Duisburg", "0203 28 40 77"),
        ],
        "fr": [
            ("Pharmacie du Parc", "12 avenue Jean Jaurès", "69007 Lyon", "04 78 72 41 09"),
            ("Pharmacie des Halles", "3 place des Halles", "38000 Grenoble", "04 76 46 20 13"),
            ("Grande Pharmacie Saint-Michel", "45 cours Victor Hugo", "33000 Bordeaux", ""),
        ],
    },
    "surgery": {
        "en": [
            ("Wharfedale Medical Practice", "Bridge Street", "Otley LS21 1BQ", "01943 465 406"),
            ("Chapeltown Health Centre", "Spencer Place", "Leeds LS7 4BB", "0113 295 1400"),
            ("Horfield Road Surgery", "171 Horfield Road", "Bristol BS7 8EZ", "0117 942 5522"),
            ("Dr Anand & Partners", "The Surgery, Mill Lane", "Leeds LS13 3HE", "0113 256 9822"),
        ],
        "de": [
            ("Dr. med. Katrin Wessel", "Lindenstraße 30", "40233 Düsseldorf", "0211 66 23 40"),
            ("Gemeinschaftspraxis Dr. Arslan / Dr. Becker", "Kölner Str. 112", "45127 Essen", ""),
            ("Dr. med. Holger Pietsch", "Friedrich-Wilhelm-Str. 4", "47051 Duisburg", ""),
            ("MVZ Rhein-Ruhr Innere Medizin", "Königsallee 80", "40212 Düsseldorf", ""),
        ],
        "fr": [
            ("Dr Claire Morel", "8 rue de Marseille", "69007 Lyon", "04 78 58 12 90"),
            ("Dr Karim Benaïssa", "21 avenue Alsace-Lorraine", "38000 Grenoble", ""),
            ("Cabinet médical des Chartrons", "56 rue Notre-Dame", "33000 Bordeaux", ""),
            ("Dr Philippe Garnier", "2 place Jean Macé", "69007 Lyon", "04 72 71 08 33"),
        ],
    },
    "wholesaler": {
        "en": [
            ("Pennine Pharmaceutical Wholesale Ltd", "Unit 9, Gelderd Road", "Leeds LS12 6NB", ""),
            ("Meridian Healthcare Distribution", "Avonbank Industrial Estate", "Bristol BS11", ""),
        ],
        "de": [
            ("Rhein-Pharma Großhandlung GmbH", "Heerdter Landstraße 120", "40549 Düsseldorf", ""),
            ("NORDAPO Pharmagroßhandel eG", "Am Hafen 5", "47119 Duisburg", "0203 80 55 0"),
        ],
        "fr": [
            ("Répartition Pharmaceutique Rhône-Alpes", "ZI de Corbas", "69960 Corbas", ""),
            ("Coopérative Pharmaceutique de l'Ouest", "Parc d'activités", "33520 Bruges", ""),
        ],
    },
    "payer": {
        "en": [
            (
                "NHS Business Services Authority",
                "Prescription Services, Bridge House",
                "Newcastle upon Tyne NE1 6SN",
                "0300 330 1349",
            ),
        ],
        "de": [
            ("Rechenzentrum für Apotheken Nordrhein", "Graf-Adolf-Str. 41", "40210 Düsseldorf", ""),
            ("Westdeutsches Apothekenrechenzentrum", "Huyssenallee 20", "45128 Essen", ""),
        ],
        "fr": [
            ("Caisse Primaire d'Assurance Maladie du Rhône", "276 cours Émile Zola", "69100", ""),
            ("CPAM de l'Isère", "2 rue des Alliés", "38045 Grenoble Cedex 9", ""),
            ("CPAM de la Gironde", "Place de l'Europe", "33085 Bordeaux Cedex", ""),
        ],
    },
    "remitter": {
        "en": [
            ("Leeds City Council - Public Health", "Merrion House", "Leeds LS2 8BB", ""),
            ("Bristol City Council - Public Health", "City Hall, College Green", "Bristol BS1", ""),
            ("West Yorkshire Integrated Care Board", "White Rose House", "Wakefield WF1 1LT", ""),
        ],
        "de": [
            ("AOK Rheinland/Hamburg", "Kasernenstraße 61", "40213 Düsseldorf", ""),
            ("BKK Rhein-Ruhr", "Friedrichstraße 9", "45128 Essen", ""),
            ("IKK Westfalen-Niederrhein", "Mülheimer Str. 40", "47057 Duisburg", ""),
        ],
        "fr": [
            ("Mutuelle Rhodanienne de Santé", "14 rue de la République", "69002 Lyon", ""),
            ("Harmonie des Alpes Mutuelle", "9 boulevard Gambetta", "38000 Grenoble", ""),
            ("Mutuelle Girondine", "31 allées de Tourny", "33000 Bordeaux", ""),
        ],
    },
    "regulator": {
        "en": [
            ("General Pharmaceutical Council", "One Cabot Square", "London E14 4QJ", ""),
        ],
        "de": [
            ("Bezirksregierung Düsseldorf", "Dezernat 24 - Pharmazie", "40408 Düsseldorf", ""),
        ],
        "fr": [
            ("Agence Régionale de Santé", "241 rue Garibaldi", "69003 Lyon", ""),
        ],
    },
    "agency": {
        "en": [
            (
                "Medicines and Healthcare products Regulatory Agency",
                "10 South Colonnade",
                "London E14 4PU",
                "",
            ),
        ],
        "de": [
            ("Arzneimittelkommission der Deutschen Apotheker", "Heidestraße 7", "10557 Berlin", ""),
        ],
        "fr": [
            ("ANSM", "143-147 boulevard Anatole France", "93285 Saint-Denis Cedex", ""),
        ],
    },
    "maker": {
        "en": [
            ("Calder Generics UK Ltd", "Wakefield Road", "Huddersfield HD5 9AA", "01484 430 600"),
            ("Harlow Pharma Ltd", "Edinburgh Way", "Harlow CM20 2NP", ""),
            ("Thamesbridge Healthcare plc", "Riverside Park", "Reading RG2 0FL", ""),
        ],
        "de": [
            ("Rhenapharm GmbH", "Industriestraße 14", "51373 Leverkusen", "0214 86 30 0"),
            ("Isarmed Arzneimittel GmbH", "Lise-Meitner-Str. 3", "85737 Ismaning", ""),
        ],
        "fr": [
            ("Laboratoires Delmas-Ferrand", "ZA du Moulin", "45800 Saint-Jean-de-Braye", ""),
            ("Pharmalys France SAS", "18 rue de Presbourg", "92800 Puteaux", ""),
        ],
    },
    "locum": {
        "en": [
            ("Ravinder Sandhu MPharm", "27 Cavendish Road", "Leeds LS6 2JB", "07712 448 301"),
            ("Chloe Adeyemi MPharm", "9 Redland Grove", "Bristol BS6 6PR", "07845 910 227"),
            ("Locumline Pharmacy Staffing Ltd", "Suite 4, Park House", "Harrogate HG1 5AH", ""),
        ],
        "de": [
            ("Apothekerin Dr. Silke Hartung", "Weststraße 11", "40597 Düsseldorf", ""),
            ("Apotheker Jan Mertens", "Rüttenscheider Str. 180", "45131 Essen", ""),
        ],
        "fr": [
            ("Pharma Intérim Services", "22 rue Servient", "69003 Lyon", "04 72 60 11 45"),
            ("Officine Remplacement Conseil", "7 cours de l'Intendance", "33000 Bordeaux", ""),
        ],
    },
    "trainer": {
        "en": [
            ("Centre for Pharmacy Postgraduate Education", "1st Floor, Stopford", "Manchester", ""),
            ("Pharmacy Skills Academy", "Innovation Centre", "York YO10 5DG", ""),
        ],
        "de": [
            ("Apothekerkammer Nordrhein - Fortbildung", "Poststraße 4", "40213 Düsseldorf", ""),
            ("Akademie für Pharmazeutische Praxis", "Bunsenstraße 2", "45136 Essen", ""),
        ],
        "fr": [
            ("Formapharm DPC", "40 rue Paul Bert", "69003 Lyon", ""),
            ("Institut de Formation Officinale", "5 quai des Chartrons", "33000 Bordeaux", ""),
        ],
    },
    "service": {
        "en": [
            ("Medicool Refrigeration Services", "Unit 2, Sheaf Street", "Leeds LS10 1HD", ""),
            ("Precision Balance & Calibration Ltd", "Albion Trading Estate", "Bristol BS2", ""),
        ],
        "de": [
            ("Kältetechnik Brandt GmbH", "Hansastraße 55", "47058 Duisburg", "0203 31 29 90"),
            ("Waagen-Service Kessler", "Am Bauhof 8", "45143 Essen", ""),
        ],
        "fr": [
            ("Froid Médical Services", "12 rue de l'Industrie", "69200 Vénissieux", ""),
            ("Métrologie Pesage Sud-Ouest", "ZI Bersol", "33600 Pessac", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Harcourt Estates Ltd", "4 Park Row", "Leeds LS1 5HD", "0113 243 0077"),
            ("Redland Property Management", "28 Whiteladies Road", "Bristol BS8 2LG", ""),
        ],
        "de": [
            ("Hausverwaltung Stein & Partner", "Kaiserswerther Str. 21", "40477 Düsseldorf", ""),
            ("Immobilien Kaya GbR", "Huyssenallee 58", "45128 Essen", ""),
        ],
        "fr": [
            ("Cabinet Giraudet Gestion", "18 rue Tronchet", "69006 Lyon", "04 78 24 55 10"),
            ("SCI Les Chartrons", "c/o Foncia, 7 rue Esprit des Lois", "33000 Bordeaux", ""),
        ],
    },
    "waste": {
        "en": [
            ("Clinicare Waste Services", "Stourton Industrial Estate", "Leeds LS10 1SF", ""),
            ("Severn Healthcare Waste Ltd", "Avonmouth Dock", "Bristol BS11 9BN", ""),
        ],
        "de": [
            ("MediEntsorgung West GmbH", "Emscherstraße 200", "47137 Duisburg", ""),
        ],
        "fr": [
            ("DASRI Collecte Sud-Est", "Chemin de Saint-Priest", "69800 Saint-Priest", ""),
            ("Aquitaine Déchets de Soins", "Avenue de Magudas", "33700 Mérignac", ""),
        ],
    },
}
#: Roles whose senders are now and then of a neighbouring country.
ABROAD = ("maker", "trainer", "service")
NO_FOOT = ("pharmacy", "surgery", "locum", "regulator", "agency", "payer", "remitter")

FIRSTS = {
    "en": [
        "Aisha",
        "Ben",
        "Callum",
        "Daniel",
        "Eleanor",
        "Farah",
        "Grace",
        "Harry",
        "Imran",
        "Jack",
        "Kate",
        "Lewis",
        "Megan",
        "Nathan",
        "Olivia",
        "Priya",
        "Rachel",
        "Sam",
        "Tom",
        "Yasmin",
        "Zoe",
        "Joan",
        "Keith",
        "Brenda",
        "Dennis",
        "Margaret",
    ],
    "de": [
        "Andrea",
        "Bernd",
        "Claudia",
        "Dieter",
        "Elke",
        "Frank",
        "Gisela",
        "Hans",
        "Ingrid",
        "Jürgen",
        "Karin",
        "Lena",
        "Marco",
        "Nadine",
        "Oliver",
        "Petra",
        "Ralf",
        "Sabine",
        "Tobias",
        "Ursula",
        "Volker",
        "Waltraud",
        "Yusuf",
        "Zeynep",
    ],
    "fr": [
        "Alain",
        "Brigitte",
        "Camille",
        "Denis",
        "Élodie",
        "François",
        "Gisèle",
        "Hugo",
        "Isabelle",
        "Jacques",
        "Karine",
        "Laurent",
        "Manon",
        "Nicolas",
        "Odile",
        "Pascal",
        "Rachida",
        "Sophie",
        "Thierry",
        "Valérie",
        "Yannick",
    ],
}
LASTS = {
    "en": [
        "Ahmed",
        "Barker",
        "Clarke",
        "Dawson",
        "Evans",
        "Fletcher",
        "Greenwood",
        "Hussain",
        "Iqbal",
        "Jackson",
        "Kaur",
        "Lister",
        "Moran",
        "Nolan",
        "Oakes",
        "Patel",
        "Quinn",
        "Robinson",
        "Shaw",
        "Turner",
        "Walsh",
        "Wood",
    ],
    "de": [
        "Albers",
        "Bauer",
        "Demir",
        "Engel",
        "Fischer",
        "Gerlach",
        "Hoffmann",
        "Jansen",
        "Krüger",
        "Lehmann",
        "Maier",
        "Neumann",
        "Otto",
        "Pohl",
        "Richter",
        "Schulte",
        "Thiel",
        "Vogt",
        "Wagner",
        "Yilmaz",
        "Zimmermann",
    ],
    "fr": [
        "Arnaud",
        "Bertrand",
        "Chevalier",
        "Dubois",
        "Fabre",
        "Garcia",
        "Henry",
        "Lambert",
        "Martin",
        "Mercier",
        "Nicolas",
        "Perrin",
        "Roux",
        "Simon",
        "Vidal",
        "Bonnet",
        "Faure",
        "Girard",
        "Laurent",
        "Moreau",
    ],
}
FEMALE = set(
    [
        "Aisha",
        "Eleanor",
        "Farah",
        "Grace",
        "Kate",
        "Megan",
        "Olivia",
        "Priya",
        "Rachel",
        "Yasmin",
        "Zoe",
        "Joan",
        "Brenda",
        "Margaret",
        "Andrea",
        "Claudia",
        "Elke",
        "Gisela",
        "Ingrid",
        "Karin",
        "Lena",
        "Nadine",
        "Petra",
        "Sabine",
        "Ursula",
        "Waltraud",
        "Zeynep",
        "Brigitte",
        "Camille",
        "Élodie",
        "Gisèle",
        "Isabelle",
        "Karine",
        "Manon",
        "Odile",
        "Rachida",
        "Sophie",
        "Valérie",
    ]
)
ROADS = {
    "en": ["Bradford Road", "Westbourne Avenue", "Station Road", "Chapel Street", "Elm Grove"],
    "de": ["Kirchstraße", "Gartenweg", "Schillerstraße", "Am Stadtpark", "Feldstraße"],
    "fr": ["rue Pasteur", "avenue de la Gare", "rue des Lilas", "impasse du Moulin", "rue Victor"],
}

# ---------------------------------------------------------------------------------------------
# The pharmacy of the stream, its patients and staff
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    born: date
    street: str
    town: str
    number: str  # NHS number, Versichertennummer or NIR
    fund: str  # Krankenkasse / caisse; empty in England

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def female(self) -> bool:
        return self.first in FEMALE


FUNDS = {
    "de": ["AOK Rheinland/Hamburg", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK"],
    "fr": ["CPAM", "MSA", "CPAM", "CPAM", "SLM"],
}


def a_person(r: random.Random, lang: str, town: str) -> Person:
    first, last = r.choice(FIRSTS[lang]), r.choice(LASTS[lang])
    born = date(r.randint(1932, 2006), r.randint(1, 12), r.randint(1, 28))
    road = r.choice(ROADS[lang])
    no = r.randint(1, 140)
    if lang == "en":
        number = f"{r.randint(400, 499)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    elif lang == "de":
        number = f"{chr(65 + r.randint(0, 25))}{r.randint(100000000, 999999999)}"
    else:
        sex = 2 if first in FEMALE else 1
        number = (
            f"{sex} {born.year % 100:02d} {born.month:02d} {r.randint(1, 95):02d} "
            f"{r.randint(1, 999):03d} {r.randint(1, 999):03d} {r.randint(1, 97):02d}"
        )
    return Person(
        first,
        last,
        born,
        f"{road} {no}" if lang == "de" else f"{no} {road}",
        town,
        number,
        r.choice(FUNDS.get(lang, [""])),
    )


SHOP: dict[str, object] = {
    "lang": "en",
    "idx": 0,
    "seed": 0,
    "month": date(2025, 3, 1),
    "patients": [],
    "staff": [],
}
#: What the previous document was about (a companion takes up the same day and goods).
LAST: dict[str, object] = {"kind": "", "day": None, "ref": "", "items": None}


def home() -> str:
    return str(SHOP["lang"])


def patients() -> list[Person]:
    return SHOP["patients"]  # type: ignore[return-value]


def team() -> list[tuple[str, str]]:
    """The pharmacy's staff: (name, role)."""
    return SHOP["staff"]  # type: ignore[return-value]


def pharmacists() -> list[str]:
    return [n for n, r in team() if r in ("pharmacist", "Apotheker", "pharmacien")]


def on(rng: random.Random, lo: int = -70, hi: int = 20) -> date:
    """A day near the stream's month."""
    base: date = SHOP["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"kist/{key}/{who.name}/{who.street}/{who.city}/{SHOP['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def after(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    """The previous document's day plus ``lag`` days if it was one of ``kinds``, else any."""
    d = LAST["day"]
    if LAST["kind"] in kinds and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(d: date, ref: str = "", items: object = None) -> None:
    LAST.update(day=d, ref=ref, items=items)


def mr(p: Person, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lang == "fr":
        return f"{'Mme' if p.female else 'M.'} {p.last.upper()} {p.first}"
    return f"{'Mrs' if p.female else 'Mr'} {p.name}"


def a_name(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


TALK = {
    "en": {
        "rx": "patient medicine dose prescription pharmacy dispensing supply stock review "
        "pharmacist counselling record batch expiry pack label interaction",
        "admin": "contract payment service claim submission standards records premises staff "
        "training procedures governance audit period schedule invoice",
        "safety": "risk adverse reaction patients dose monitoring product batch healthcare "
        "professionals treatment contraindication report label quality",
    },
    "de": {
        "rx": "Patient Arzneimittel Dosierung Verordnung Apotheke Abgabe Rezept Lagerung "
        "Beratung Dokumentation Charge Verfall Packung Wechselwirkung",
        "admin": "Vertrag Abrechnung Zahlung Leistung Frist Unterlagen Betriebsräume Personal "
        "Schulung Verfahren Qualitätsmanagement Zeitraum Rechnung",
        "safety": "Risiko Nebenwirkung Patienten Dosis Überwachung Arzneimittel Charge "
        "Fachkreise Behandlung Gegenanzeige Meldung Fachinformation Qualität",
    },
    "fr": {
        "rx": "patient médicament posologie ordonnance officine délivrance stock conseil "
        "pharmacien dossier lot péremption boîte interaction traitement",
        "admin": "convention paiement facturation prestation délai dossier locaux personnel "
        "formation procédures qualité période règlement facture",
        "safety": "risque effet indésirable patients dose surveillance spécialité lot "
        "professionnels de santé traitement contre-indication déclaration notice",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as all any",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im ein eine",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une un en",
}


def words(rng: random.Random, lang: str, topic: str = "rx", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "rx", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# Medicines
# ---------------------------------------------------------------------------------------------

# name, pack size, price (trade / AEP / PFHT)
MEDS: dict[str, list[tuple[str, int, float]]] = {
    "en": [
        ("Amlodipine 5mg tablets", 28, 0.92),
        ("Atorvastatin 20mg tablets", 28, 1.05),
        ("Metformin 500mg tablets", 84, 1.60),
        ("Omeprazole 20mg gastro-resistant capsules", 28, 1.21),
        ("Ramipril 5mg capsules", 28, 1.14),
        ("Levothyroxine sodium 50microgram tablets", 28, 1.39),
        ("Salbutamol 100micrograms/dose inhaler CFC free", 1, 1.50),
        ("Sertraline 50mg tablets", 28, 1.02),
        ("Lansoprazole 30mg gastro-resistant capsules", 28, 1.32),
        ("Bisoprolol fumarate 2.5mg tablets", 28, 0.88),
        ("Co-codamol 30mg/500mg tablets", 100, 3.87),
        ("Amoxicillin 500mg capsules", 21, 1.43),
        ("Citalopram 20mg tablets", 28, 0.97),
        ("Clopidogrel 75mg tablets", 28, 1.22),
        ("Mirtazapine 15mg tablets", 28, 1.60),
        ("Naproxen 500mg tablets", 56, 2.34),
        ("Gabapentin 300mg capsules", 100, 2.18),
        ("Apixaban 5mg tablets", 56, 53.20),
        ("Fostair 100/6 inhaler", 1, 29.32),
        ("Sodium alginate oral suspension 500ml", 1, 3.28),
    ],
    "de": [
        ("Ramipril 5 mg Tabletten N3", 100, 13.86),
        ("Metformin 1000 mg Filmtabletten N3", 180, 17.25),
        ("Pantoprazol 40 mg magensaftres. Tabl. N3", 100, 18.62),
        ("Ibuprofen 600 mg Filmtabletten N1", 20, 11.58),
        ("L-Thyroxin 75 µg Tabletten N3", 100, 13.01),
        ("Simvastatin 20 mg Filmtabletten N3", 100, 13.77),
        ("Amlodipin 5 mg Tabletten N3", 100, 13.62),
        ("Bisoprolol 5 mg Filmtabletten N3", 100, 13.58),
        ("Metoprololsuccinat 47,5 mg Retardtabl. N3", 100, 15.40),
        ("Salbutamol Dosieraerosol 200 Hub", 1, 12.47),
        ("Candesartan 16 mg Tabletten N3", 98, 16.91),
        ("Torasemid 10 mg Tabletten N3", 100, 14.23),
        ("Novaminsulfon 500 mg Filmtabletten N2", 50, 12.39),
        ("Amoxicillin 1000 mg Filmtabletten N2", 20, 13.45),
        ("Apixaban 5 mg Filmtabletten N3", 200, 257.14),
        ("Diclofenac Gel 1 % 100 g", 1, 6.95),
        ("Insulin glargin 100 E/ml Fertigpen 10x3 ml", 10, 87.66),
    ],
    "fr": [
        ("PARACETAMOL 1 g cp B/8", 8, 1.16),
        ("AMLODIPINE 5 mg gél B/30", 30, 2.31),
        ("ATORVASTATINE 20 mg cp B/90", 90, 8.64),
        ("LEVOTHYROX 75 µg cp B/30", 30, 2.18),
        ("METFORMINE 1000 mg cp B/90", 90, 5.37),
        ("OMEPRAZOLE 20 mg gél B/28", 28, 3.47),
        ("RAMIPRIL 5 mg cp B/90", 90, 6.12),
        ("AMOXICILLINE 1 g cp disp B/6", 6, 2.04),
        ("SALBUTAMOL 100 µg susp inhal fl/200 doses", 1, 3.10),
        ("BISOPROLOL 2,5 mg cp B/30", 30, 2.89),
        ("TRAMADOL 50 mg gél B/30", 30, 2.75),
        ("ESOMEPRAZOLE 40 mg gél B/28", 28, 4.10),
        ("KETOPROFENE 100 mg cp LP B/30", 30, 3.64),
        ("APIXABAN 5 mg cp B/60", 60, 49.83),
        ("KARDEGIC 75 mg pdre sach B/30", 30, 2.28),
        ("INSULINE GLARGINE 100 U/ml stylo B/5", 5, 48.02),
    ],
}
CDS = {
    "en": [
        ("Morphine sulfate 10mg/5ml oral solution", "Oramorph", "100ml"),
        ("Oxycodone 5mg capsules", "Shortec", "56"),
        ("Methadone 1mg/ml oral solution sugar free", "Methadose", "500ml"),
        ("Fentanyl 25micrograms/hour transdermal patches", "Matrifen", "5"),
        ("Morphine sulfate 10mg modified-release tablets", "Zomorph", "60"),
        ("Methylphenidate 18mg modified-release tablets", "Xaggitin XL", "30"),
        ("Buprenorphine 8mg sublingual tablets", "Subutex", "7"),
        ("Tapentadol 50mg modified-release tablets", "Palexia SR", "56"),
    ],
    "de": [
        ("Oxycodon-HCl 10 mg Retardtabletten", "Oxygesic", "100 St"),
        ("Fentanyl 25 µg/h Matrixpflaster", "Fentanyl-ratiopharm", "10 St"),
        ("Methylphenidat-HCl 10 mg Tabletten", "Medikinet", "50 St"),
        ("Morphinsulfat 30 mg Retardtabletten", "MST", "100 St"),
        ("Levomethadon-HCl 5 mg/ml Lösung", "L-Polamidon", "500 ml"),
        ("Hydromorphon-HCl 4 mg Retardkapseln", "Palladon", "100 St"),
        ("Tilidin-Naloxon Tropfen 50/4 mg", "Valoron N", "50 ml"),
    ],
    "fr": [
        ("Morphine sulfate 10 mg gél LP", "SKENAN LP", "B/14"),
        ("Oxycodone 10 mg cp LP", "OXYCONTIN LP", "B/28"),
        ("Fentanyl 25 µg/h dispositif transdermique", "DUROGESIC", "B/5"),
        ("Méthadone 40 mg gél", "METHADONE AP-HP", "B/7"),
        ("Méthylphénidate 10 mg cp", "RITALINE", "B/30"),
        ("Hydromorphone 4 mg gél LP", "SOPHIDONE LP", "B/14"),
    ],
}
DOSES = {
    "en": [
        "ONE to be taken each day",
        "ONE to be taken twice a day",
        "TWO to be taken four times a day when required",
        "ONE to be taken at night",
        "TWO puffs to be inhaled when required",
        "ONE to be taken three times a day for 7 days",
        "Apply as directed",
        "As directed",
    ],
    "de": [
        "1-0-0",
        "1-0-1",
        "0-0-1",
        "1-1-1",
        "bei Bedarf 1 Tabl., max. 3x tgl.",
        "1x tgl. 2 Hübe",
        "nach Anweisung",
        "1/2-0-1/2",
    ],
    "fr": [
        "1 comprimé le matin",
        "1 comprimé matin et soir",
        "1 gélule le soir au coucher",
        "1 comprimé 3 fois par jour pendant 7 jours",
        "2 bouffées si gêne respiratoire",
        "1 sachet par jour à midi",
        "selon glycémie, 12 UI le soir",
        "1 comprimé si douleur, max 3 par jour",
    ],
}


def pip(r: random.Random, lang: str) -> str:
    """A product code: PIP code, PZN or CIP13."""
    if lang == "en":
        return f"{r.randint(1000000, 9999999)}"
    if lang == "de":
        return f"{r.randint(1000000, 19999999):08d}"
    return f"34009{r.randint(30000000, 39999999)}"


def code_of(name: str, lang: str) -> str:
    return pip(random.Random(zlib.crc32(f"kist/code/{name}".encode())), lang)


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
    look: str  # cross | band | centred | split | rule | framed | crest
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    extra: str  # a registration line under the heading (ODS code, IK, FINESS ...)


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


def legal_lines(r: random.Random, name: str, lang: str, town: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    if lang == "de":
        return [
            f"{name} - Sitz {place} - Amtsgericht {place.split()[0]} HRB {r.randint(10000, 99999)}"
            f" - Geschäftsführung: {a_name(r, 'de')}",
            f"{r.choice(['Stadtsparkasse', 'Deutsche Apotheker- und Ärztebank', 'Volksbank'])}"
            f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
    if lang == "fr":
        return [
            f"{name} - SAS au capital de {r.randint(10, 900)} 000 € - RCS {place} "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)]


def extra_line(r: random.Random, role: str, lang: str) -> str:
    if role == "pharmacy":
        return tr(
            lang,
            f"ODS code F{serial(r, 'A99')}  -  GPhC reg. {r.randint(1030000, 1129999)}",
            f"IK {r.randint(300000000, 309999999)}  -  Inhaber: {a_name(r, 'de')} e.K.",
            f"N° FINESS {r.randint(690000000, 699999999)}  -  Licence n° {r.randint(100, 999)}",
        )
    if role == "wholesaler":
        return tr(
            lang,
            "WDA(H) " + str(r.randint(1000, 9999)),
            "Großhandelserlaubnis nach § 52a AMG",
            "Établissement pharmaceutique autorisé ANSM",
        )
    if role == "surgery":
        return tr(lang, f"Practice code {serial(r, 'B99999')}", "", "")
    return ""


def make_head(
    row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None = None
) -> Head:
    name, street, town, phone = row
    font, bold = r.choice(FACES if role not in ("regulator", "agency", "payer") else FACES[:2])
    public = role in ("regulator", "agency", "payer", "remitter")
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(
            looks
            or (["crest", "rule", "split"] if public else ["band", "centred", "split", "rule"])
        ),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, town) if role not in NO_FOOT and r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        extra=extra_line(r, role, lang),
    )


def shop_head() -> Head:
    """The pharmacy itself: the same paper throughout the stream."""
    lang = home()
    row = SENDERS["pharmacy"][lang][int(SHOP["idx"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"kist/pharmacy/{SHOP['seed']}".encode()))
    return make_head(row, lang, "pharmacy", r, ["cross", "cross", "centred", "split"])


def lang_of(who: Issuer, role: str) -> str:
    if role in ABROAD:
        r = keyed(who, "abroad")
        if r.random() < 0.15:
            return r.choice([x for x in ("en", "de", "fr") if x != home()])
    return home()


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    if role == "pharmacy":
        return shop_head()
    lang = lang_of(who, role)
    r = keyed(who, role)
    return make_head(r.choice(SENDERS[role][lang]), lang, role, r, looks)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"kist/style/{h.name}".encode()))
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


def paper_of(h: Head, lg: str) -> tuple[float, float]:
    """A4, or now and then Letter for an English sender."""
    r = random.Random(zlib.crc32(f"kist/paper/{h.name}".encode()))
    return LETTER if lg == "en" and r.random() < 0.25 else A4


def cross(p: Page, x: float, y: float, size: float, fill: float = 0.35) -> None:
    """A pharmacy cross, its centre at ``x``, ``y``."""
    a = size / 3
    p.rect(x - a / 2, y - size / 2, a, size, fill=fill)
    p.rect(x - size / 2, y - a / 2, size, a, fill=fill)


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "cross":
        cross(p, m + 14, y + 2, 26)
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m - 40)
        p.text(m + 36, y + 4, h.name, s.bold, pt)
        p.text(
            m + 36, y + 15, fit(f"{where}  {tel}".strip(), s.font, 7.5, w - 2 * m - 40), s.font, 7.5
        )
        if h.extra:
            p.text(m + 36, y + 24, fit(h.extra, s.font, 6.5, w - 2 * m - 40), s.font, 6.5)
        return y + 46
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.72)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        p.text(m, y + 22, fit(f"{where}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        if h.extra:
            p.text(w - m, y + 22, fit(h.extra, s.font, 6.5, w / 2 - m), s.font, 6.5, "right")
        return y + 44
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        p.text(
            w / 2,
            y + 14,
            fit(f"{where} - {tel}".strip(" -"), s.font, 7, w - 2 * m),
            s.font,
            7,
            "center",
        )
        if h.extra:
            p.text(w / 2, y + 23, fit(h.extra, s.font, 6.5, w - 2 * m), s.font, 6.5, "center")
        p.line(w / 2 - 80, y + 28, w / 2 + 80, y + 28)
        return y + 48
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        if h.extra:
            p.text(m, y + 14, fit(h.extra, s.font, 6.5, w / 2 - m), s.font, 6.5)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 18), w - m, max(yy, y + 18))
        return max(yy, y + 18) + 22
    if h.look == "rule":
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
        p.text(
            w - m, y + 22, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7, "right"
        )
        return y + 44
    if h.look == "crest":
        # A public body: an emblem block on the right, the name and department on the left.
        p.rect(w - m - 46, y - 14, 46, 22, fill=0.15)
        p.rect(w - m - 42, y - 10, 38, 14, fill=0.85)
        tag = {"General Pharmaceutical Council": "GPhC", "NHS Business Services Authority": "NHS"}
        p.text(w - m - 23, y + 1, tag.get(h.name, emblem(h.name)), "Helvetica-Bold", 8, "center")
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m - 60)
        p.text(m, y + 2, h.name, s.bold, pt)
        p.text(m, y + 13, fit(where, s.font, 7, w - 2 * m - 60), s.font, 7)
        return y + 40
    bw = min(w - 2 * m, 240.0)
    p.rect(m, y - 12, bw, 40)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if tel:
        p.text(m + 6, y + 23, tel, s.font, 7)
    return y + 44


def emblem(name: str) -> str:
    """The initials a public body prints in its emblem: "ARS", "BRD", "CPAM" ..."""
    caps = [w[0] for w in name.replace("-", " ").split() if w[0].isupper()]
    return "".join(caps[:4])


class Sheets(Flow):
    line = 1.35
    para_gap = 0.8
    head_lead = 0.7
    head_after = 1.5


def sheets(s: Style, h: Head, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top else s.margin - 6
        if h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 6, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = name.split()
    p.text(x + 3, y - 2, f"{parts[0][0]}. {parts[-1]}"[: 4 + len(parts[-1])], INK, pt)
    p.line(x + 2, y + 1, x + 12 + len(parts[-1]) * pt * 0.42, y - 4)


def initials(name: str) -> str:
    return "".join(x[0] for x in name.split()[:2]).upper()


def got(lang: str, d: date) -> list[str]:
    h = shop_head()
    return [
        tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
        short(d, lang),
        fit(h.name.upper(), "Helvetica", 8, 150),
    ]


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.4) -> None:
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(170, 230),
            rng.uniform(95, 170),
            got(lang, d + timedelta(days=rng.randint(1, 5))),
        )


def shop_stamp(p: Page, x: float, y: float, lang: str) -> None:
    """The pharmacy's rubber stamp (name, address, telephone)."""
    h = shop_head()
    lines = [h.name.upper(), h.street, h.town]
    if h.phone:
        lines.append(f"{tr(lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}")
    stamp(p, x, y, lines)


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("split", "rule") else None, y0, lines)
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
            ["Yours sincerely", "Kind regards", "Yours faithfully"][len(name) % 3],
            "Mit freundlichen Grüßen",
            "Veuillez agréer nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"kist/staff/{tag}/{h.name}/{SHOP['seed']}".encode()))
    return a_name(r, h.lang)


def shop_lines(lang: str, att: str = "") -> list[str]:
    h = shop_head()
    out = [h.name]
    if att:
        out.append(att)
    return [*out, h.street, h.town]


def account_no(h: Head) -> str:
    r = random.Random(zlib.crc32(f"kist/acct/{h.name}/{SHOP['seed']}".encode()))
    return str(r.randint(100000, 999999))


def hand(p: Page, x: float, y: float, text: str, pt: float = 9.5, align: str = "left") -> None:
    p.text(x, y, text, HAND, pt, align)


def doctor(h: Head) -> str:
    """The prescriber: the sender's name if it is a doctor, else one of the practice."""
    if h.name.startswith("Dr ") and "&" not in h.name:
        return h.name.removeprefix("Dr ")
    if h.name.startswith("Dr. med. "):
        return h.name.removeprefix("Dr. med. ")
    r = random.Random(zlib.crc32(f"kist/doctor/{h.name}/{SHOP['seed']}".encode()))
    return a_name(r, h.lang)


# ---------------------------------------------------------------------------------------------
# Templates NN: prescriptions
# ---------------------------------------------------------------------------------------------


def rx_items(rng: random.Random, lang: str, n: int) -> list[tuple[str, int, str]]:
    picks = rng.sample(MEDS[lang], n)
    return [
        (name, pack * rng.choice([1, 1, 1, 2]), dose_for(rng, name, lang))
        for name, pack, _ in picks
    ]


def dose_for(rng: random.Random, name: str, lang: str) -> str:
    """A dosage that suits the medicine's form."""
    low = f" {name.lower()} "
    k = {"en": 0, "de": 1, "fr": 2}[lang]
    if "inhal" in low or "aerosol" in low:
        return DOSES[lang][(4, 5, 4)[k]]
    if "insulin" in low:
        return (DOSES["en"][7], DOSES["de"][6], DOSES["fr"][6])[k]
    if " gel " in low:
        return ("Apply three times a day", DOSES["de"][6], DOSES["fr"][0])[k]
    if "sach" in low:
        return DOSES["fr"][5]
    if "suspension" in low:
        return "10ml to be taken after meals and at bedtime"
    pool = {"en": [0, 1, 2, 3, 5, 7], "de": [0, 1, 2, 3, 4, 7], "fr": [0, 1, 2, 3, 7]}[lang]
    return DOSES[lang][rng.choice(pool)]


def bars(p: Page, x: float, y: float, w: float, h: float, value: str) -> None:
    """A linear barcode of ``value`` drawn as bars to fill the width ``w`` (the printed
    token's own barcode, narrower than ``corpus.draw_barcode``'s)."""
    r = random.Random(zlib.crc32(value.encode()))
    widths = [r.choice([1, 1, 2, 3]) for _ in range(int(w / 1.6))]
    unit = w / sum(widths)
    xx = x
    for k, bw in enumerate(widths):
        if k % 2 == 0:
            p.rect(xx, y, bw * unit, h, fill=0.0)
        xx += bw * unit


def fp10_page(rng: random.Random, h: Head, pt: Person, d: date, token: bool) -> Page:
    """An NHS prescription form (or an electronic prescription's dispensing token) as the
    surgery printed it, with the pharmacy's stamp and endorsements added by hand."""
    p = Page(FP10)
    w, hh = FP10
    x0, x1 = 14.0, w - 14
    p.rect(6, 6, w - 12, hh - 12, fill=0.93)
    y = 22.0
    if token:
        p.text(x0, y + 4, "NHS", "Helvetica-BoldOblique", 13)
        p.text(x0 + 36, y + 4, "Dispensing token", "Helvetica-Bold", 9)
        rid = serial(rng, "9A9A9A-A99999-99999A")
        bars(p, x0, y + 14, x1 - x0, 46, rid)
        p.text(x0, y + 72, rid, "Courier", 9)
        y += 90
    p.rect(x0, y, (x1 - x0) * 0.58, 62, fill=0.99)
    p.text(x0 + 3, y + 8, "Pharmacy Stamp", "Helvetica", 5.5)
    if rng.random() < 0.8:
        r = shop_head()
        p.text(
            x0 + 8,
            y + 22,
            fit(r.name.upper(), "Helvetica-Bold", 7, (x1 - x0) * 0.55),
            "Helvetica-Bold",
            7,
        )
        p.text(x0 + 8, y + 31, fit(r.street, "Helvetica", 6.5, 150), "Helvetica", 6.5)
        p.text(x0 + 8, y + 39, fit(r.town, "Helvetica", 6.5, 150), "Helvetica", 6.5)
        p.text(x0 + 8, y + 48, fit(r.extra.split("  -")[0], "Helvetica", 6, 150), "Helvetica", 6)
    ax = x0 + (x1 - x0) * 0.62
    age = (d - pt.born).days // 365
    p.rect(ax, y, x1 - ax, 28, fill=0.99)
    p.text(ax + 3, y + 8, "Age", "Helvetica", 5.5)
    p.text(ax + 10, y + 22, f"{age}y", "Courier-Bold", 9)
    p.rect(ax, y + 32, x1 - ax, 30, fill=0.99)
    p.text(ax + 3, y + 40, "D.o.B", "Helvetica", 5.5)
    p.text(ax + 6, y + 55, short(pt.born, "en"), "Courier-Bold", 8)
    y += 70
    p.rect(x0, y, x1 - x0, 70, fill=0.99)
    p.text(x0 + 3, y + 8, "Title, Forename, Surname & Address", "Helvetica", 5.5)
    for k, t in enumerate([mr(pt, "en").upper(), pt.street.upper(), pt.town.upper()]):
        p.text(x0 + 8, y + 22 + 10 * k, fit(t, "Courier-Bold", 8, x1 - x0 - 12), "Courier-Bold", 8)
    p.text(x0 + 8, y + 62, f"NHS Number: {pt.number}", "Courier", 7.5)
    y += 76
    p.text(x0, y + 6, "Number of days' treatment  N.B. Ensure dose is stated", "Helvetica", 5.5)
    p.rect(x1 - 30, y - 2, 30, 12, fill=0.99)
    y += 16
    ex = x0 + 44
    tall = 250 if not token else 150
    p.rect(x0, y, x1 - x0, tall, fill=0.99)
    p.line(ex, y, ex, y + tall)
    p.text(x0 + 3, y + 8, "Endorsements", "Helvetica", 5)
    yy = y + 18
    items = rx_items(rng, "en", rng.choice([1, 1, 2, 2, 3, 4] if not token else [1, 1, 2, 3]))
    for name, qty, dose in items:
        unit = (
            "inhaler"
            if "inhaler" in name
            else "ml"
            if name.endswith("ml")
            else "tablets"
            if "tablet" in name
            else "capsules"
        )
        p.text(ex + 5, yy, fit(name, "Courier-Bold", 7.5, x1 - ex - 8), "Courier-Bold", 7.5)
        p.text(
            ex + 5,
            yy + 9,
            "Supply 1 inhaler"
            if unit == "inhaler"
            else f"Supply {qty} x {name.split()[-1]}"
            if unit == "ml"
            else f"Supply {qty} {unit}",
            "Courier",
            7.5,
        )
        for ln in wrap(dose, "Courier", 7.5, x1 - ex - 10):
            p.text(ex + 5, yy + 18, ln, "Courier", 7.5)
            yy += 9
        if rng.random() < 0.5:
            hand(p, x0 + 3, yy + 2, rng.choice(["PC", "NCSO", "ED", "SP", "BB"]), 8)
        yy += 26
    p.text(
        ex + 5,
        yy,
        "---------- " + f"{len(items)} item{'s' if len(items) > 1 else ''} ----------",
        "Courier",
        7,
    )
    y += tall + 6
    p.rect(x0, y, (x1 - x0) * 0.62, 30, fill=0.99)
    p.text(x0 + 3, y + 7, "Signature of Prescriber", "Helvetica", 5.5)
    doc = doctor(h)
    if not token:
        sign(p, x0 + 10, y + 24, doc, 12)
    else:
        p.text(x0 + 8, y + 22, "Electronically signed", "Courier", 7)
    p.rect(x0 + (x1 - x0) * 0.65, y, (x1 - x0) * 0.35, 30, fill=0.99)
    p.text(x0 + (x1 - x0) * 0.65 + 3, y + 7, "Date", "Helvetica", 5.5)
    p.text(x0 + (x1 - x0) * 0.65 + 6, y + 22, short(d, "en"), "Courier-Bold", 8)
    y += 36
    p.text(x0, y + 6, "For dispenser  No. of Prescns. on form", "Helvetica", 5.5)
    p.rect(x1 - 24, y - 2, 24, 12, fill=0.99)
    y += 18
    for k, t in enumerate([f"DR {doc.upper()}", h.name.upper(), h.street.upper(), h.town.upper()]):
        p.text(x0, y + 9 * k, fit(t, "Courier", 7, x1 - x0), "Courier", 7)
    y += 40
    p.text(x0, y, h.extra.upper() + (f"   TEL {h.phone}" if h.phone else ""), "Courier", 7)
    p.text(x0, hh - 20, "NHS", "Helvetica-BoldOblique", 11)
    p.text(
        x1,
        hh - 20,
        ("FP10DT" if token else "FP10SS") + f" {serial(rng, '9999999999')}",
        "Helvetica",
        6.5,
        "right",
    )
    if rng.random() < 0.6:
        hand(p, x1 - 10, y - 20, initials(rng.choice(pharmacists() or ["A B"])), 10, "right")
    return p


def repeat_slip(rng: random.Random, h: Head, pt: Person, d: date) -> Page:
    """The practice's repeat medication slip, torn off the prescription."""
    p = Page(SLIP)
    w, hh = SLIP
    x0, x1 = 14.0, w - 14
    y = 26.0
    p.text(x0, y, "REPEAT MEDICATION", "Helvetica-Bold", 10)
    p.text(x0, y + 11, fit(h.name, "Helvetica", 7, x1 - x0), "Helvetica", 7)
    p.line(x0, y + 16, x1, y + 16)
    y += 30
    for t in [mr(pt, "en"), f"DOB {short(pt.born, 'en')}   NHS No {pt.number}"]:
        p.text(x0, y, fit(t, "Courier", 7.5, x1 - x0), "Courier", 7.5)
        y += 10
    y += 6
    y = text_block(
        p,
        paper_style(),
        x0,
        y,
        x1 - x0,
        "Please tick the items you need and hand this slip to the surgery or your nominated "
        "pharmacy. Allow two working days.",
        6.5,
    )
    p.text(x0 + 14, y, "Medication", "Helvetica-Bold", 6.5)
    p.text(x1, y, "Last issued", "Helvetica-Bold", 6.5, "right")
    y += 4
    p.line(x0, y, x1, y)
    y += 12
    meds = rx_items(rng, "en", rng.randint(3, 8))
    for name, qty, dose in meds:
        box(p, x0, y, rng.random() < 0.3, 7)
        p.text(x0 + 14, y, fit(name, "Courier", 6.8, x1 - x0 - 62), "Courier", 6.8)
        last = d - timedelta(days=rng.choice([0, 0, 28, 56, 84]))
        p.text(x1, y, short(last, "en"), "Courier", 6.8, "right")
        p.text(x0 + 14, y + 8, fit(f"{dose} - {qty}", "Courier", 6, x1 - x0 - 20), "Courier", 6)
        p.text(x1, y + 8, f"{rng.randint(0, 5)} of 6 issues", "Courier", 6, "right")
        y += 22
    y += 6
    p.text(
        x0,
        y,
        f"Medication review due: {short(d + timedelta(days=rng.randint(20, 300)), 'en')}",
        "Courier-Bold",
        7,
    )
    y += 12
    nom = shop_head().name
    p.text(x0, y, fit(f"Nominated pharmacy: {nom}", "Courier", 7, x1 - x0), "Courier", 7)
    y += 12
    p.text(
        x0,
        y,
        fit(f"Repeat requests: {h.phone or 'online via the NHS App'}", "Courier", 7, x1 - x0),
        "Courier",
        7,
    )
    p.text(
        x0,
        hh - 24,
        "Please keep this slip - it lists your repeat medicines.",
        "Helvetica-Oblique",
        6,
    )
    return p


def paper_style() -> Style:
    return Style("Helvetica", "Helvetica-Bold", 7, 14, "none", "bottom", SLIP, "short")


def kassenrezept(rng: random.Random, h: Head, pt: Person, d: date, kind: str) -> Page:
    """A Muster 16 form (kind "gkv"), a yellow BtM-Rezept (kind "btm") on A6 landscape, printed
    by the practice, with the pharmacy's imprint (PZN, factor, price) on the right."""
    p = Page(A6L)
    w, hh = A6L
    p.rect(4, 4, w - 8, hh - 8, fill=0.92 if kind == "gkv" else 0.95)
    f, b = "Helvetica", "Helvetica-Bold"
    x0 = 12.0
    lw = w * 0.56
    p.rect(x0 + 34, 12, lw - 34, 24, fill=0.99)
    p.text(x0 + 36, 18, "Krankenkasse bzw. Kostenträger", f, 4.5)
    p.text(x0 + 38, 30, fit(pt.fund, "Courier-Bold", 7.5, lw - 42), "Courier-Bold", 7.5)
    p.rect(x0 + 34, 38, lw - 34, 46, fill=0.99)
    p.text(x0 + 36, 44, "Name, Vorname des Versicherten", f, 4.5)
    p.text(
        x0 + 38,
        55,
        fit(f"{pt.last}, {pt.first}", "Courier-Bold", 7.5, lw - 90),
        "Courier-Bold",
        7.5,
    )
    p.text(lw - 4, 55, f"geb. am {pt.born.strftime('%d.%m.%y')}", "Courier", 6.5, "right")
    p.text(x0 + 38, 65, fit(pt.street, "Courier", 7, lw - 42), "Courier", 7)
    p.text(x0 + 38, 74, fit(pt.town, "Courier", 7, lw - 42), "Courier", 7)
    cells = [
        ("Kostenträgerkennung", str(random.Random(pt.fund).randint(101000000, 109999999))),
        ("Versicherten-Nr.", pt.number),
        ("Status", rng.choice(["1000000", "3000000", "5000000"])),
    ]
    cw = (lw - 34) / 3
    for k, (cap, val) in enumerate(cells):
        p.rect(x0 + 34 + k * cw, 86, cw, 18, fill=0.99)
        p.text(x0 + 36 + k * cw, 91, cap, f, 4.5)
        p.text(x0 + 38 + k * cw, 101, val, "Courier", 6.5)
    cells = [
        ("Betriebsstätten-Nr.", f"{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}"),
        ("Arzt-Nr.", f"{rng.randint(100000000, 999999999)}"),
        ("Datum", d.strftime("%d.%m.%y")),
    ]
    for k, (cap, val) in enumerate(cells):
        p.rect(x0 + 34 + k * cw, 106, cw, 18, fill=0.99)
        p.text(x0 + 36 + k * cw, 111, cap, f, 4.5)
        p.text(x0 + 38 + k * cw, 121, val, "Courier", 6.5)
    for k, t in enumerate(
        ["Gebühr frei", "Geb.-pfl.", "noctu", "Sonstige", "Unfall", "Arbeits-unfall"]
    ):
        yy = 22 + 16 * k
        box(p, x0, yy, (k == 1 and rng.random() < 0.7) or (k == 0 and rng.random() < 0.2), 7)
        p.text(x0 + 9, yy, t[:9], f, 4.5)
    rx = w * 0.6
    p.rect(rx, 12, w - rx - 10, 26, fill=0.99)
    p.text(rx + 2, 18, "Apotheken-Nummer / IK", f, 4.5)
    p.text(
        rx + 4,
        32,
        shop_head().extra.split()[1]
        if shop_head().extra.startswith("IK")
        else str(rng.randint(300000000, 309999999)),
        "Courier",
        7,
    )
    p.rect(rx, 40, (w - rx - 10) / 2, 20, fill=0.99)
    p.text(rx + 2, 46, "Zuzahlung", f, 4.5)
    p.rect(rx + (w - rx - 10) / 2, 40, (w - rx - 10) / 2, 20, fill=0.99)
    p.text(rx + (w - rx - 10) / 2 + 2, 46, "Gesamt-Brutto", f, 4.5)
    items = rx_items(rng, "de", rng.choice([1, 1, 2, 3]))
    if kind == "btm":
        name, brand, pack = rng.choice(CDS["de"])
        items = [(f"{brand} {name.split(' ', 1)[1]} {pack}", 1, rng.choice(DOSES["de"][:4]))]
    prices = [
        round(
            next((x[2] for x in MEDS["de"] if x[0] == n), rng.uniform(20, 140))
            * rng.uniform(1.2, 1.4),
            2,
        )
        for n, _, _ in items
    ]
    stamped = rng.random() < 0.85
    if stamped:
        p.text(
            rx + 4,
            56,
            money(min(10.0, max(5.0, sum(prices) * 0.1)) if rng.random() < 0.7 else 0, "de"),
            "Courier",
            7,
        )
        p.text(rx + (w - rx - 10) / 2 + 4, 56, money(sum(prices), "de"), "Courier", 7)
    p.text(rx + 2, 68, "Arzneimittel-/Hilfsmittel-Nr.      Faktor      Taxe", f, 4.5)
    for k in range(3):
        p.rect(rx, 72 + 14 * k, w - rx - 10, 14, fill=0.99)
        if stamped and k < len(items):
            p.text(
                rx + 4,
                82 + 14 * k,
                f"{code_of(items[k][0], 'de')}   1   {money(prices[k], 'de')}",
                "Courier",
                6.5,
            )
    y = 138.0
    p.text(x0, y, "Rp. (Bitte Leerräume durchstreichen)", b, 6)
    y += 12
    for name, _, dose in items:
        p.text(x0, y, "aut idem", f, 4.5)
        box(p, x0 + 2, y + 8, rng.random() < 0.1, 7)
        p.text(
            x0 + 28, y + 4, fit(f"{name} >> {dose} <<", "Courier", 7, w * 0.6 - 40), "Courier", 7
        )
        y += 20
    p.line(x0 + 28, y - 6, w * 0.58, y + 30)
    if kind == "btm":
        p.text(x0, hh - 30, f"BtM-Rezept Teil I - Rezept-Nr. {serial(rng, '99999999 9')}", b, 6)
    sx, sy = w * 0.6, 120.0
    doc = doctor(h)
    p.text(sx, sy, "Vertragsarztstempel / Unterschrift des Arztes", f, 4.5)
    for k, t in enumerate(
        [
            f"Dr. med. {doc}",
            "Fachärztin f. Allgemeinmedizin"
            if doc.split()[0] in FEMALE
            else "Facharzt f. Allgemeinmedizin",
            h.street,
            h.town,
        ]
    ):
        p.text(sx + 4, sy + 12 + 9 * k, fit(t, "Helvetica", 6.5, w - sx - 14), "Helvetica", 6.5)
    sign(p, sx + 20, sy + 66, doc, 13)
    p.text(
        w - 12,
        hh - 10,
        "Muster 16 (7.2020)" if kind == "gkv" else "BtM-Rezept - Bundesopiumstelle",
        f,
        4.5,
        "right",
    )
    return p


def privatrezept(rng: random.Random, h: Head, pt: Person, d: date) -> Page:
    """A doctor's private prescription on A5 / A6 letterhead."""
    size = rng.choice([A5, A6L])
    s = style_of(h, size, margin=28, pt=8.5)
    p = Page(size)
    w, hh = size
    m = s.margin
    doc = doctor(h)
    p.text(m, m, f"Dr. med. {doc}", s.bold, 10)
    p.text(m, m + 11, fit(f"{h.street} - {h.town}", s.font, 7, w - 2 * m), s.font, 7)
    p.line(m, m + 16, w - m, m + 16)
    p.text(w - m, m + 30, f"{h.town.split()[-1]}, {short(d, 'de')}", s.font, 8, "right")
    p.text(m, m + 30, "Privatrezept", s.bold, 11)
    y = m + 50
    p.text(m, y, f"für {mr(pt, 'de')}, geb. {short(pt.born, 'de')}", s.font, 8)
    p.text(m, y + 10, fit(f"{pt.street}, {pt.town}", s.font, 7.5, w - 2 * m), s.font, 7.5)
    y += 30
    p.text(m, y, "Rp.", s.bold, 11)
    y += 16
    for name, _, dose in rx_items(rng, "de", rng.choice([1, 2, 3])):
        hand(p, m + 12, y, fit(name, HAND, 9, w - 2 * m - 12), 9)
        hand(p, m + 20, y + 11, f"S. {dose}", 8.5)
        y += 28
    sign(p, w - m - 90, hh - m - 10, doc)
    p.line(w - m - 110, hh - m - 6, w - m, hh - m - 6)
    p.text(w - m, hh - m + 2, "Unterschrift", s.font, 6, "right")
    return p


def ordonnance(rng: random.Random, h: Head, pt: Person, d: date, bizone: bool) -> list[Page]:
    """A French prescription on A5 (an ordonnance bizone for a patient in ALD), and now and
    then its back with the pharmacy's delivery stamp."""
    s = style_of(h, A5, margin=30, pt=8.5)
    p = Page(A5)
    w, hh = A5
    m = s.margin
    doc = doctor(h)
    fem = doc.split()[0] in FEMALE
    y = m
    for k, t in enumerate(
        [
            f"Docteur {doc.split()[0]} {doc.split()[-1].upper()}",
            "Médecin généraliste",
            f"Diplômé{'e' if fem else ''} de la Faculté de Médecine de "
            f"{rng.choice(['Lyon', 'Grenoble', 'Bordeaux'])}",
            f"RPPS {rng.randint(10000000000, 10099999999)}",
            f"N° AM {rng.randint(10, 99)} 1 {rng.randint(10000, 99999)} {rng.randint(0, 9)}",
        ]
    ):
        p.text(m, y + 10 * k, t, s.bold if k == 0 else s.font, 9 if k == 0 else 7)
    for k, t in enumerate(
        [h.street, h.town, f"Tél. {h.phone}" if h.phone else "", "Sur rendez-vous"]
    ):
        if t:
            p.text(w - m, y + 10 * k, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
    y += 66
    if bizone:
        p.text(w / 2, y - 8, "cerfa N° 12708*02", s.font, 5.5, "center")
    town = h.town.split(" ", 1)[-1].split(" Cedex")[0]
    p.text(w - m, y + 6, f"{town}, le {date_text(d, 'fr', 'long')}", s.font, 8, "right")
    y += 24
    p.text(m, y, mr(pt, "fr"), s.bold, 9)
    if rng.random() < 0.5:
        p.text(m + 170, y, f"Poids : {rng.randint(48, 104)} kg", s.font, 8)
    y += 24
    meds = rx_items(rng, "fr", rng.choice([1, 2, 2, 3, 4]))

    def write_meds(y: float, chosen: list[tuple[str, int, str]]) -> float:
        for name, _, dose in chosen:
            p.text(m + 10, y, fit(name, s.bold, 8.5, w - 2 * m - 10), s.bold, 8.5)
            p.text(m + 20, y + 11, fit(dose, s.font, 8, w - 2 * m - 20), s.font, 8)
            y += 28
        return y

    if bizone:
        split = max(1, len(meds) - rng.randint(0, 1))
        p.rect(m - 6, y - 12, w - 2 * m + 12, 14, fill=0.9)
        p.text(
            m - 2,
            y - 2,
            "Prescriptions relatives au traitement de l'affection de longue durée",
            s.font,
            6.5,
        )
        y = write_meds(y + 16, meds[:split])
        p.line(m - 6, y, w - m + 6, y)
        y += 14
        p.rect(m - 6, y - 12, w - 2 * m + 12, 14, fill=0.9)
        p.text(
            m - 2, y - 2, "Prescriptions SANS RAPPORT avec l'affection de longue durée", s.font, 6.5
        )
        y = write_meds(y + 16, meds[split:])
    else:
        y = write_meds(y, meds)
    if rng.random() < 0.6:
        p.text(
            m + 10,
            y + 6,
            rng.choice(
                [
                    "QSP 3 mois",
                    "Traitement pour 1 mois, à renouveler 2 fois",
                    "QSP 1 mois",
                    "À renouveler 3 fois",
                ]
            ),
            s.bold,
            8.5,
        )
    sign(p, w - m - 110, hh - 80, doc)
    p.text(w / 2, hh - 22, "En cas d'urgence, composez le 15", s.font, 6, "center")
    out = [p]
    if rng.random() < 0.45:
        back = Page(A5)
        r = shop_head()
        bx, by = rng.uniform(40, 200), rng.uniform(60, 300)
        stamp(
            back,
            bx,
            by,
            [
                r.name.upper(),
                r.street,
                r.town,
                f"Délivré le {short(d + timedelta(days=rng.randint(0, 3)), 'fr')}",
            ],
        )
        hand(back, bx + 8, by + 74, f"Fact. n° {rng.randint(100000, 999999)}", 9)
        if rng.random() < 0.5:
            stamp(
                back,
                bx + rng.uniform(-20, 40),
                by + 110,
                [
                    r.name.upper(),
                    "1er renouvellement",
                    f"le {short(d + timedelta(days=rng.randint(28, 33)), 'fr')}",
                ],
            )
        out.append(back)
    return out


def tpl_prescription(rng: random.Random, who: Issuer) -> list[Page]:
    """A prescription for one patient from a surgery: an FP10 form or dispensing token, now
    and then with the repeat slip torn off it; a Kassenrezept, Privatrezept or BtM-Rezept; an
    ordonnance or ordonnance bizone, now and then with its stamped back."""
    h = head_of(who, "surgery")
    lg = h.lang
    d = on(rng)
    pt = rng.choice(patients())
    note(d, pt.name)
    if lg == "en":
        pages = [fp10_page(rng, h, pt, d, rng.random() < 0.35)]
        if rng.random() < 0.4:
            pages.append(repeat_slip(rng, h, pt, d))
        return pages
    if lg == "de":
        r = rng.random()
        if r < 0.65:
            return [kassenrezept(rng, h, pt, d, "gkv")]
        if r < 0.85:
            return [privatrezept(rng, h, pt, d)]
        return [kassenrezept(rng, h, pt, d, "btm")]
    return ordonnance(rng, h, pt, d, rng.random() < 0.35)


# ---------------------------------------------------------------------------------------------
# Templates NN: the wholesaler
# ---------------------------------------------------------------------------------------------

VAT = {
    "en": [("S", 20.0), ("Z", 0.0)],
    "de": [("1", 19.0), ("2", 7.0)],
    "fr": [("2", 2.1), ("5", 5.5), ("7", 10.0), ("9", 20.0)],
}


def goods(rng: random.Random, lang: str, n: int) -> list[tuple[str, str, int, float, str]]:
    """``n`` order lines: code, name, quantity, unit price, VAT code."""
    out = []
    for _ in range(n):
        name, _, price = rng.choice(MEDS[lang])
        vat = (
            VAT[lang][0 if rng.random() < 0.75 else 1][0] if lang != "fr" else rng.choice("2222579")
        )
        out.append(
            (
                code_of(name, lang),
                name,
                rng.choice([1, 1, 1, 2, 2, 3, 5, 10]),
                round(price * rng.uniform(0.9, 1.1), 2),
                vat,
            )
        )
    return out


TERMS = {
    "en": [
        "Title to the goods remains with the Company until payment in full has been received.",
        "Claims for shortages or damage must be notified within 24 hours of delivery.",
        "Returns are accepted only with a returns authorisation number and in original packs.",
        "Cold chain products cannot be returned once they have left the Company's control.",
        "Payment is due by the 20th of the month following the date of the invoice.",
        "Controlled drugs are supplied only against a signed order from the pharmacist.",
        "Prices are subject to change without notice in line with manufacturers' lists.",
        "Interest is charged on overdue accounts under the Late Payment of Commercial Debts Act.",
    ],
    "de": [
        "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
        "Beanstandungen sind unverzüglich, spätestens binnen 24 Stunden, anzuzeigen.",
        "Retouren nur nach Absprache und in unversehrten Originalpackungen.",
        "Kühlartikel und Betäubungsmittel sind von der Rücknahme ausgeschlossen.",
        "Zahlung per Lastschrift zum 10. des Folgemonats ohne Abzug.",
        "Es gelten die jeweils gültigen Preise der Lauer-Taxe.",
        "Gerichtsstand ist der Sitz der Gesellschaft.",
    ],
    "fr": [
        "Les marchandises restent notre propriété jusqu'au paiement intégral du prix.",
        "Toute réclamation doit être formulée dans les 48 heures suivant la livraison.",
        "Les retours ne sont acceptés qu'après accord préalable et en emballage d'origine.",
        "Les produits de la chaîne du froid ne sont ni repris ni échangés.",
        "Règlement par prélèvement à 30 jours fin de mois.",
        "Pénalités de retard : trois fois le taux d'intérêt légal ; indemnité forfaitaire 40 €.",
        "Tribunal de commerce compétent : celui du siège social.",
    ],
}


def terms_page(rng: random.Random, s: Style, h: Head) -> Page:
    """The conditions of sale printed on the back: two columns of small numbered clauses."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    title = tr(
        h.lang,
        "CONDITIONS OF SALE",
        "ALLGEMEINE GESCHÄFTSBEDINGUNGEN",
        "CONDITIONS GÉNÉRALES DE VENTE",
    )
    p.text(w / 2, m, title, s.bold, 10, "center")
    colw = (w - 2 * m - 16) / 2
    x, y = m, m + 22.0
    for k in range(rng.randint(14, 22)):
        clause = f"{k + 1}. " + rng.choice(TERMS[h.lang]) + " " + words(rng, h.lang, "admin")
        lines = wrap(clause, s.font, 6.5, colw)
        if y + 8 * len(lines) > hh - m:
            if x > m:
                break
            x, y = m + colw + 16, m + 22.0
        for ln in lines:
            p.text(x, y, ln, s.font, 6.5)
            y += 8
        y += 4
    return p


def tpl_wholesaler_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The wholesaler's invoice (Sammelrechnung, facture) for a period's deliveries: product
    codes, quantities, prices, discount and VAT code over one to four pages, the VAT analysis
    and total on the last, now and then the conditions of sale on the back."""
    h = head_of(who, "wholesaler")
    lg = h.lang
    s = style_of(h, paper_of(h, lg), pt=9)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    no = serial(rng, "99999999")
    title = tr(lg, "INVOICE", "Rechnung", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(lg),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "N° client"), account_no(h)),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(d - timedelta(days=9), lg)} - {short(d, lg)}",
            ),
        ],
    )
    caption(f, s, title if lg != "de" else f"Sammelrechnung Nr. {no}", 3)
    rows = []
    net = {}
    for code, name, qty, price, vat in goods(rng, lg, rng.choice([8, 16, 28, 40, 55, 75])):
        disc = rng.choice([0, 0, 2.5, 3, 5, 10]) if lg != "en" or rng.random() < 0.5 else 0
        val = qty * price * (1 - disc / 100)
        net[vat] = net.get(vat, 0.0) + val
        rows.append(
            [
                code,
                name,
                str(qty),
                money(price, lg),
                f"{disc:g}%" if disc else "",
                vat,
                money(val, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (4.2, "left"),
            (0.6, "right"),
            (1, "right"),
            (0.8, "right"),
            (0.5, "center"),
            (1.2, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "PIP code", "PZN", "CIP 13"),
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "AEP", "PFHT"),
            tr(lg, "Disc.", "Rabatt", "Remise"),
            tr(lg, "VAT", "MwSt", "TVA"),
            tr(lg, "Net", "Betrag", "Total HT"),
        ],
        rows,
        s,
        size=7.5,
        step=1.55,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    f.need(40 + 12 * len(net))
    f.y += 8
    f.page.line(w / 2, f.y - 8, w - m, f.y - 8)
    tax = {c: net[c] * dict(VAT[lg])[c] / 100 for c in net}
    items = [
        (
            f"{tr(lg, 'VAT', 'MwSt', 'TVA')} {c} ({dict(VAT[lg])[c]:g}%) "
            f"{tr(lg, 'on', 'auf', 'sur')} {money(net[c], lg)}",
            money(tax[c], lg),
        )
        for c in sorted(net)
    ]
    items.append((tr(lg, "Total net", "Summe netto", "Total HT"), money(sum(net.values()), lg)))
    items.append(
        (
            tr(lg, "TOTAL DUE", "Rechnungsbetrag", "TOTAL TTC"),
            cash(sum(net.values()) + sum(tax.values()), lg),
        )
    )
    f.y = pairs(f.page, s, w / 2, f.y, items, w - m, 8.5)
    f.need(30)
    write(
        f,
        s,
        tr(
            lg,
            f"Payment will be collected by direct debit on {short(d + timedelta(days=20), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=15), lg)} per SEPA-Lastschrift "
            "eingezogen.",
            f"Prélèvement le {short(d + timedelta(days=30), lg)}. Pas d'escompte pour paiement "
            "anticipé.",
        ),
        7.5,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                h.numbers,
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i}/{n}"
                if lg == "de"
                else "Page {i}/{n}",
            ]
        ),
    )
    if rng.random() < 0.3:
        pages.append(terms_page(rng, s, h))
    note(d, no)
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The wholesaler's delivery note packed in the tote: route and tote numbers, the lines
    delivered, the lines not supplied (owings), fridge lines flagged, the barcode and the
    signature on receipt; A5, A4 or a narrow slip."""
    h = head_of(who, "wholesaler")
    lg = h.lang
    size = keyed(who, "dnsize").choice([A5, A4, (105 * MM, 250 * MM)])
    s = style_of(h, size, margin=26 if size != A4 else 40, pt=7.5)
    w, hh = size
    m = s.margin
    d = after(rng, ("cd_order",), (1, 2))
    p = Page(size)
    y = m
    p.text(m, y, fit(h.name, s.bold, 9.5, w - 2 * m), s.bold, 9.5)
    p.text(m, y + 10, fit(f"{h.street}, {h.town}", s.font, 6.5, w - 2 * m), s.font, 6.5)
    y += 28
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    p.rect(m, y - 10, w - 2 * m, 15, fill=0.8)
    p.text(m + 4, y, title, s.bold, 10)
    no = serial(rng, "99999999")
    p.text(w - m - 4, y, no, s.bold, 9, "right")
    y += 14
    tote = rng.randint(1, 6)
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Customer", "Kunde", "Client"), f"{account_no(h)} {shop_head().name}"),
            (
                tr(lg, "Date / time", "Datum / Zeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "Route / drop", "Tour / Stopp", "Tournée"),
                f"{rng.randint(1, 30)} / {rng.randint(1, 40)}",
            ),
            (
                tr(lg, "Tote", "Wanne", "Bac"),
                f"{rng.randint(1, tote)} {tr(lg, 'of', 'von', 'sur')} {tote}",
            ),
        ],
        w - m,
        7,
    )
    y += 4
    cd = LAST["items"] if LAST["kind"] == "cd_order" and isinstance(LAST["items"], list) else None
    lines = goods(rng, lg, rng.randint(3, 16))
    rows = [[c, n, str(q)] for c, n, q, _, _ in lines]
    if cd:
        rows = [[code_of(n, lg), n, str(q)] for n, q in cd] + rows[: rng.randint(0, 3)]
    cols = columns(m, w - m, [(1.5, "left"), (5, "left"), (0.7, "right")])
    f = Flow(size, hh - m - 70, lambda pg, n: m)
    f.page = p
    f.pages = [p]
    f.y = y + 6
    table(
        f,
        cols,
        [
            tr(lg, "Code", "PZN", "CIP"),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Qty", "Menge", "Qté"),
        ],
        rows[: int((hh - y - 160) / 11)],
        s,
        size=7,
        step=1.5,
    )
    pg = f.pages[-1]
    y = f.y + 4
    if rng.random() < 0.6:
        pg.text(
            m,
            y,
            tr(lg, "NOT SUPPLIED - OWING", "NICHT LIEFERBAR (DEFEKT)", "MANQUANTS"),
            s.bold,
            7.5,
        )
        y += 10
        for c, n, q, _, _ in goods(rng, lg, rng.randint(1, 3)):
            pg.text(m, y, fit(f"{c}  {n}  x{q}", s.font, 7, w - 2 * m), s.font, 7)
            y += 9
    if rng.random() < 0.3 or cd:
        pg.text(
            m,
            y + 4,
            tr(
                lg,
                "*** FRIDGE LINES PACKED SEPARATELY ***",
                "*** KÜHLWARE SEPARAT ***",
                "*** PRODUITS FROIDS EN BAC ISOTHERME ***",
            )
            if not cd
            else tr(
                lg,
                "*** CONTROLLED DRUGS - SIGNATURE REQUIRED ***",
                "*** BETÄUBUNGSMITTEL - EMPFANG QUITTIEREN ***",
                "*** STUPÉFIANTS - SIGNATURE OBLIGATOIRE ***",
            ),
            s.bold,
            7,
        )
    by = hh - m - 60
    kind = rng.choice(["code128", "code39"])
    if bar_width(kind, no) < w - 2 * m:
        pg.barcode(kind, no, m, by)
    else:
        pg.text(m, by + 30, f"|| {no} ||", "Courier", 8)
    pg.text(w - m, by + 48, tr(lg, "Received by", "Empfangen", "Reçu par"), s.font, 6.5, "right")
    if rng.random() < 0.75:
        sign(pg, w - m - 80, by + 40, rng.choice(team())[0], 11)
    note(d, no)
    return f.pages


def tpl_credit_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The wholesaler's credit note for returned goods (recalled batches, short-dated, damaged
    or sent in error), with the returns authorisation number."""
    h = head_of(who, "wholesaler")
    lg = h.lang
    s = style_of(h, paper_of(h, lg), pt=9)
    w, _ = s.page_size
    m = s.margin
    d = after(rng, ("recall_notice", "delivery_note"), (4, 20))
    f = sheets(s, h, h.name)
    no = serial(rng, "C9999999")
    recipient(
        f,
        s,
        h,
        shop_lines(lg),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "N° client"), account_no(h)),
            (tr(lg, "Credit note", "Gutschrift-Nr.", "N° avoir"), no),
            (tr(lg, "Returns no.", "Retoure-Nr.", "N° retour"), serial(rng, "RA999999")),
        ],
    )
    caption(f, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), 4)
    recall = LAST["kind"] == "recall_notice" and isinstance(LAST["items"], tuple)
    reason = (
        tr(lg, "Manufacturer's recall", "Chargenrückruf", "Rappel de lot")
        if recall
        else rng.choice(
            [
                tr(lg, "Damaged in transit", "Transportschaden", "Casse transport"),
                tr(lg, "Short dated", "Kurzes Verfalldatum", "Péremption courte"),
                tr(lg, "Ordered in error", "Fehlbestellung", "Erreur de commande"),
                tr(lg, "Not ordered", "Nicht bestellt", "Non commandé"),
            ]
        )
    )
    lines = goods(rng, lg, rng.randint(1, 5))
    if recall:
        name, batch = LAST["items"]  # type: ignore[misc]
        lines = [
            (
                code_of(name, lg),
                f"{name} Ch./Lot {batch}",
                rng.randint(1, 6),
                rng.uniform(2, 40),
                lines[0][4],
            )
        ]
    rows = []
    total = 0.0
    for c, n, q, pr, _ in lines:
        total += q * pr
        rows.append([c, n, reason, str(q), money(pr, lg), money(q * pr, lg)])
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (3.6, "left"),
            (1.8, "left"),
            (0.5, "right"),
            (0.9, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "PZN", "CIP"),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Reason", "Grund", "Motif"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU HT"),
            tr(lg, "Credit", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=1.9,
    )
    f.y += 10
    vat = dict(VAT[lg])[lines[0][4]]
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y,
        [
            (tr(lg, "Net", "Netto", "Total HT"), money(total, lg)),
            (f"{tr(lg, 'VAT', 'MwSt', 'TVA')} {vat:g}%", money(total * vat / 100, lg)),
            (
                tr(lg, "Total credit", "Gutschriftsbetrag", "Total avoir TTC"),
                cash(total * (1 + vat / 100), lg),
            ),
        ],
        w - m,
        9,
    )
    write(
        f,
        s,
        tr(
            lg,
            "This credit will be set against your next statement.",
            "Der Betrag wird mit der nächsten Rechnung verrechnet.",
            "Ce montant sera déduit de votre prochain relevé.",
        ),
        8,
    )
    note(d, no)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates NN: controlled drugs
# ---------------------------------------------------------------------------------------------


def tpl_cd_register(rng: random.Random, who: Issuer) -> list[Page]:
    """A page of the pharmacy's controlled drugs register for one drug (a CD register page on
    landscape A4, a Betäubungsmittel card on A5 or A4, a page of the registre des stupéfiants):
    printed columns, hand entries of receipts and supplies with a running balance, the book's
    own folio number; now and then a continuation sheet of the same drug."""
    h = shop_head()
    lg = h.lang
    name, brand, pack = rng.choice(CDS[lg])
    d = on(rng, -90, 0)
    size = LAND if lg == "en" else rng.choice([CARD, A4]) if lg == "de" else LAND
    s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = s.margin
    folio = rng.randint(3, 180)
    bal = rng.randint(0, 12) * (5 if "ml" in pack else 1) * 10
    pages: list[Page] = []
    if lg == "en":
        heads = [
            "Date supply received / made",
            "Name, address of supplier / patient",
            "Quantity received",
            "Quantity supplied",
            "Prescriber name & address",
            "Collected by (patient / rep)",
            "ID asked / seen",
            "Person supplying (initials)",
            "Balance",
        ]
        spec = [
            (1, "left"),
            (3, "left"),
            (0.9, "right"),
            (0.9, "right"),
            (2.2, "left"),
            (1.4, "left"),
            (0.9, "center"),
            (0.9, "center"),
            (0.9, "right"),
        ]
    elif lg == "de":
        heads = [
            "Datum",
            "Lieferant / Name, Anschrift des Arztes",
            "Zugang",
            "Abgang",
            "Rezept / Lieferschein",
            "Bestand",
            "Prüfung",
        ]
        spec = [
            (1, "left"),
            (3.2, "left"),
            (0.8, "right"),
            (0.8, "right"),
            (1.4, "left"),
            (0.8, "right"),
            (1, "left"),
        ]
    else:
        heads = [
            "Date",
            "Entrées : fournisseur, n° facture",
            "Sorties : n° ordonnancier, prescripteur, patient",
            "Entrée",
            "Sortie",
            "Stock",
            "Visa",
        ]
        spec = [
            (0.9, "left"),
            (2.2, "left"),
            (3.2, "left"),
            (0.7, "right"),
            (0.7, "right"),
            (0.7, "right"),
            (0.7, "center"),
        ]
    cols = columns(m, w - m, spec)
    n_sheets = 2 if rng.random() < 0.2 else 1
    supplier = SENDERS["wholesaler"][lg][0][0]
    for k in range(n_sheets):
        p = Page(size)
        pages.append(p)
        y = m
        title = tr(
            lg, "CONTROLLED DRUGS REGISTER", "Betäubungsmittelkartei", "REGISTRE DES STUPÉFIANTS"
        )
        p.text(m, y, title, s.bold, 11)
        p.text(
            w - m,
            y,
            tr(
                lg,
                f"Page {folio + k}",
                f"Karteikarte Nr. {folio}{'/' + str(k + 1) if k else ''}",
                f"Folio {folio + k}",
            ),
            s.bold,
            10,
            "right",
        )
        y += 16
        if lg == "en":
            p.text(
                m,
                y,
                "Part 1: Schedule 2 controlled drugs - Entries to be made in case of obtaining "
                "and supply",
                s.font,
                7,
            )
            y += 14
        cells = [
            (tr(lg, "Drug / class", "Bezeichnung des Betäubungsmittels", "Dénomination"), name),
            (tr(lg, "Brand", "Handelsname", "Spécialité"), brand),
            (tr(lg, "Strength / form", "Packung / Einheit", "Conditionnement"), pack),
        ]
        y = fields(
            p, s, m, y, w - 2 * m, cells, per=3, tall=24, hand=lg != "en" or rng.random() < 0.4
        )
        if k:
            hand(
                p,
                m,
                y,
                tr(
                    lg,
                    f"Carried forward from page {folio}",
                    f"Übertrag von Karte {folio}",
                    f"Report du folio {folio}",
                ),
                9,
            )
            y += 14
        f = Flow(size, hh - m - 10, lambda pg, n: m)
        f.pages = [p]
        f.page = p
        f.y = y + 4
        rows = []
        when = d + timedelta(days=30 * k)
        n_rows = int((hh - y - m - 40) / 15)
        fill = n_rows if k < n_sheets - 1 else rng.randint(2, n_rows)
        for _ in range(fill):
            when += timedelta(days=rng.randint(0, 3))
            incoming = rng.random() < 0.2 or bal < 20
            q = (
                rng.choice([1, 2, 3])
                * (10 if incoming else 1)
                * (5 if "ml" in pack else 1)
                * (2 if incoming else rng.randint(1, 4))
            )
            pt = rng.choice(patients())
            doc = a_name(rng, lg)
            if incoming:
                bal += q
            else:
                q = min(q, bal) or q
                bal = max(0, bal - q)
            if lg == "en":
                rows.append(
                    [
                        short(when, "en"),
                        supplier + " " + serial(rng, "999999")
                        if incoming
                        else f"{pt.name}, {pt.street}",
                        str(q) if incoming else "",
                        "" if incoming else str(q),
                        "" if incoming else f"Dr {doc}",
                        "" if incoming else rng.choice(["Patient", "Patient", "Rep", "Carer"]),
                        "" if incoming else rng.choice(["Y/Y", "Y/N", "Y/Y"]),
                        initials(rng.choice(pharmacists() or ["A B"])),
                        str(bal),
                    ]
                )
            elif lg == "de":
                rows.append(
                    [
                        when.strftime("%d.%m."),
                        f"{supplier}" if incoming else f"Dr. {doc}, {pt.town.split()[-1]}",
                        str(q) if incoming else "",
                        "" if incoming else str(q),
                        serial(rng, "LS 999999") if incoming else serial(rng, "9999999"),
                        str(bal),
                        "",
                    ]
                )
            else:
                rows.append(
                    [
                        when.strftime("%d/%m"),
                        f"{supplier[:22]} F{rng.randint(10000, 99999)}" if incoming else "",
                        ""
                        if incoming
                        else f"{rng.randint(1000, 9999)} Dr {doc.split()[-1]} - {pt.last.upper()}",
                        str(q) if incoming else "",
                        "" if incoming else str(q),
                        str(bal),
                        initials(rng.choice(pharmacists() or ["A B"])),
                    ]
                )
        x0, x1 = cols[0][0] - 2, cols[-1][1] + 2
        for c, t in zip(cols, heads, strict=True):
            for j, ln in enumerate(wrap(t, s.bold, 6, c[1] - c[0] - 2)[:3]):
                p.text(c[0], f.y + 7 * j, ln, s.bold, 6)
        f.y += 22
        p.line(x0, f.y - 10, x1, f.y - 10)
        for row in rows:
            for c, t in zip(cols, row, strict=True):
                if t:
                    txt = fit(t, HAND, 8, c[1] - c[0] - 3)
                    if c[2] == "right":
                        p.text(c[1] - 5, f.y, txt, HAND, 8, "right")
                    elif c[2] == "center":
                        p.text((c[0] + c[1]) / 2, f.y, txt, HAND, 8, "center")
                    else:
                        p.text(c[0] + 1, f.y, txt, HAND, 8)
            p.line(x0, f.y + 4, x1, f.y + 4)
            f.y += 15
        for _ in range(int((hh - m - 20 - f.y) / 15)):
            p.line(x0, f.y + 4, x1, f.y + 4)
            f.y += 15
        for c in cols[1:]:
            p.line(c[0] - 2, y + 4, c[0] - 2, f.y - 11)
        if lg == "de" and k == n_sheets - 1 and rng.random() < 0.6:
            hand(p, m, hh - m - 4, f"geprüft {short(when, 'de')}", 9)
            sign(p, m + 130, hh - m - 4, rng.choice(pharmacists() or ["A B"]), 11)
    note(d, name)
    return pages


def tpl_cd_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The pharmacy's order for controlled drugs to the wholesaler on the supplier's printed
    form (a CD order / requisition, a Betäubungsmittel-Anforderungsschein, a bon de commande de
    stupéfiants from the carnet à souches): the drugs and quantities entered by hand, the
    pharmacist's signature and registration, a box for the supplier's use."""
    h = shop_head()
    lg = h.lang
    wh = SENDERS["wholesaler"][lg][
        keyed(who, "wholesaler").randrange(len(SENDERS["wholesaler"][lg]))
    ][0]
    size = A4 if lg != "fr" else A5
    s = style_of(h, size, margin=36 if size == A4 else 28, pt=8.5)
    w, hh = size
    m = s.margin
    d = on(rng)
    p = Page(size)
    y = m
    p.text(m, y, fit(wh, s.bold, 9, w - 2 * m - 100), s.bold, 9)
    p.text(
        w - m, y, f"{tr(lg, 'Form', 'Formblatt', 'Bon')} {serial(rng, 'CD-99')}", s.font, 7, "right"
    )
    y += 18
    title = tr(
        lg,
        "CONTROLLED DRUGS ORDER / REQUISITION",
        "BETÄUBUNGSMITTEL-ANFORDERUNGSSCHEIN",
        "BON DE COMMANDE DE STUPÉFIANTS",
    )
    p.text(w / 2, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m), "center")
    y += 10
    if lg == "en":
        p.text(
            w / 2,
            y + 2,
            "Schedule 2 and 3 controlled drugs - to be signed by the pharmacist",
            s.font,
            7,
            "center",
        )
    elif lg == "de":
        p.text(
            w / 2,
            y + 2,
            "gemäß § 3 BtMBinHV - Lieferung nur an die bezeichnete Apotheke",
            s.font,
            7,
            "center",
        )
    else:
        p.text(
            w / 2,
            y + 2,
            "Art. R. 5132-27 du Code de la santé publique - souche à conserver 3 ans",
            s.font,
            6.5,
            "center",
        )
    y += 16
    serial_no = serial(rng, "9999999")
    p.text(w - m, y, f"N° {serial_no}", "Courier-Bold", 10, "right")
    y += 10
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Pharmacy", "Apotheke", "Officine"), h.name),
            (
                tr(lg, "Account no.", "Kunden-Nr.", "N° client"),
                account_no(head_of(who, "wholesaler")),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=26,
    )
    items = []
    rows = []
    for name, brand, pack in rng.sample(CDS[lg], rng.randint(1, 4)):
        q = rng.choice([1, 1, 2, 3, 5])
        items.append((f"{brand} {name}", q))
        rows.append((name, brand, pack, q))
    cols = columns(
        m, w - m, [(3.2, "left"), (1.6, "left"), (0.9, "left"), (1.5, "left"), (0.8, "right")]
    )
    heads = [
        tr(
            lg,
            "Drug, strength, form",
            "Bezeichnung, Stärke, Darreichungsform",
            "Dénomination, dosage, forme",
        ),
        tr(lg, "Brand", "Handelsname", "Spécialité"),
        tr(lg, "Pack", "Packung", "Cdt"),
        tr(lg, "Qty (words)", "Menge", "Qté"),
        tr(lg, "Supplied", "Geliefert", "Livré"),
    ]
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y, fit(t, s.bold, 6.5, c[1] - c[0]), s.bold, 6.5)
    y += 6
    p.line(m, y, w - m, y)
    num = {1: "one", 2: "two", 3: "three", 5: "five"}
    numde = {1: "eins", 2: "zwei", 3: "drei", 5: "fünf"}
    numfr = {1: "un", 2: "deux", 3: "trois", 5: "cinq"}
    for k in range(6):
        y += 18
        if k < len(rows):
            name, brand, pack, q = rows[k]
            qw = tr(lg, num[q], numde[q], numfr[q])
            for c, t in zip(cols, [name, brand, pack, f"{q} ({qw})", ""], strict=True):
                hand(
                    p,
                    c[0] if c[2] == "left" else c[1],
                    y,
                    fit(t, HAND, 8.5, c[1] - c[0] - 2),
                    8.5,
                    "left" if c[2] == "left" else "right",
                )
            if rng.random() < 0.5:
                hand(p, cols[-1][1], y, str(q), 8.5, "right")
        p.line(m, y + 4, w - m, y + 4)
    y += 24
    p.text(
        m,
        y,
        tr(
            lg,
            "Purpose: for dispensing against prescriptions in the course of pharmacy business",
            "Verwendungszweck: Abgabe auf ärztliche Verschreibung",
            "Usage : délivrance sur prescription médicale",
        ),
        s.font,
        7,
    )
    y += 22
    ph = rng.choice(pharmacists() or [a_name(rng, lg)])
    regno = tr(
        lg, str(rng.randint(2030000, 2099999)), "", str(rng.randint(10000000000, 10099999999))
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "Signature of pharmacist",
            "Unterschrift des Apothekenleiters",
            "Signature du pharmacien titulaire",
        ),
        s.font,
        7,
    )
    sign(p, m + 10, y + 22, ph)
    p.text(
        w / 2 + 10,
        y,
        tr(lg, "Name and registration no.", "Name (Druckschrift)", "Nom, n° RPPS"),
        s.font,
        7,
    )
    hand(
        p,
        w / 2 + 14,
        y + 18,
        f"{ph}  {regno}".strip(),
        9,
    )
    y += 40
    p.rect(m, y, w - 2 * m, 56)
    p.text(
        m + 4,
        y + 9,
        tr(
            lg,
            "FOR SUPPLIER'S USE ONLY",
            "VOM LIEFERANTEN AUSZUFÜLLEN",
            "CADRE RÉSERVÉ AU FOURNISSEUR",
        ),
        s.bold,
        7,
    )
    p.text(m + 4, y + 22, tr(lg, "Date supplied:", "Liefertag:", "Livré le :"), s.font, 7)
    p.text(m + 4, y + 36, tr(lg, "Checked by:", "Geprüft:", "Contrôlé par :"), s.font, 7)
    if rng.random() < 0.5:
        hand(p, m + 90, y + 22, short(d + timedelta(days=1), lg), 9)
    p.text(
        m,
        hh - m + 8,
        tr(
            lg,
            "Top copy to supplier - retain carbon copy for 2 years",
            "Teil I an Lieferanten - Teil II verbleibt in der Apotheke",
            "Original au fournisseur - souche conservée 3 ans",
        ),
        s.font,
        6,
    )
    note(d, serial_no, items)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates NN: the payer
# ---------------------------------------------------------------------------------------------


def month_name(d: date, lang: str) -> str:
    return date_text(date(d.year, d.month, 1), lang, "long").split(" ", 1)[1]


def tpl_claim_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The payer's statement for a dispensing month: the NHSBSA schedule of payments with the
    fees and the breakdown pages, the Apothekenrechenzentrum's Abrechnung with the list of
    Krankenkassen, the CPAM's relevé de paiement with the invoices paid and rejected; two to
    four pages."""
    h = head_of(who, "payer")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    disp = (date(d.year, d.month, 1) - timedelta(days=40)).replace(day=1)
    mon = month_name(disp, lg)
    title = tr(
        lg,
        f"FP34 Schedule of Payments - dispensing month {mon}",
        f"Abrechnung Monat {mon}",
        f"Relevé de paiement tiers payant - {mon}",
    )
    f = sheets(s, h, f"{h.name} - {title}")
    shop = shop_head()
    recipient(
        f,
        s,
        h,
        shop_lines(lg, tr(lg, "The Contractor", "Apothekenleitung", "M. le Pharmacien titulaire")),
        d,
        [
            (
                tr(lg, "Contractor code", "Apotheken-IK", "N° FINESS"),
                shop.extra.split()[2] if lg != "de" else shop.extra.split()[1],
            ),
            (
                tr(lg, "Payment date", "Valuta", "Date de virement"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
            ),
        ],
    )
    caption(f, s, title, 2)
    cols = columns(m, w - m, [(4, "left"), (1.2, "right"), (1.6, "right")])
    total = 0.0
    if lg == "en":
        items = rng.randint(3500, 9800)
        lines = [
            (
                "Total drug and appliance costs (basic price)",
                str(items),
                items * rng.uniform(7.5, 9.5),
            ),
            ("Discount deduction", "", -items * rng.uniform(0.4, 0.7)),
            ("Single activity fee", str(items), items * 1.46),
            ("Out of pocket expenses", str(rng.randint(5, 60)), rng.uniform(20, 160)),
            (
                "Pharmacy First clinical pathway consultations",
                str(rng.randint(10, 160)),
                rng.uniform(200, 2400),
            ),
            ("New Medicine Service", str(rng.randint(5, 60)), rng.uniform(100, 1500)),
            ("Hypertension case-finding service", str(rng.randint(0, 40)), rng.uniform(0, 900)),
            ("Establishment / transitional payment", "", rng.uniform(800, 1600)),
            (
                "Prescription charges collected",
                str(rng.randint(200, 900)),
                -rng.uniform(1500, 7000),
            ),
            ("Advance payment made (month -2)", "", -rng.uniform(20000, 60000)),
        ]
        heads = ["Description", "Items", "Amount £"]
    elif lg == "de":
        lines = []
        for fund in [
            "AOK Rheinland/Hamburg",
            "Techniker Krankenkasse",
            "BARMER",
            "DAK-Gesundheit",
            "IKK classic",
            "BKK Dachverband",
            "KKH",
            "Knappschaft",
            "HEK",
            "Sozialamt Stadt",
        ]:
            n = rng.randint(20, 900)
            lines.append(
                (
                    f"{fund} (IK {rng.randint(101000000, 109999999)})",
                    str(n),
                    n * rng.uniform(40, 90),
                )
            )
        lines += [
            ("abzgl. Zuzahlungen der Versicherten", "", -rng.uniform(2000, 6000)),
            ("abzgl. Apothekenabschlag § 130 SGB V", "", -rng.uniform(1500, 5000)),
            ("abzgl. Abschlagszahlungen", "", -rng.uniform(40000, 90000)),
            ("Gebühr Rechenzentrum", "", -rng.uniform(150, 400)),
        ]
        heads = ["Kostenträger", "Rezepte", "Betrag EUR"]
    else:
        lines = []
        for _ in range(rng.randint(12, 30)):
            lines.append(
                (
                    f"Lot {rng.randint(100, 999)} - facture {rng.randint(100000, 999999)} - "
                    f"{short(d - timedelta(days=rng.randint(5, 40)), 'fr')}",
                    rng.choice(["AMO", "AMO", "AMO+AMC", "ALD 100%"]),
                    rng.uniform(8, 260),
                )
            )
        heads = ["Référence", "Part", "Montant €"]
    rows = []
    for label, n, v in lines:
        total += v
        rows.append([label, n, money(v, lg)])
    table(f, cols, heads, rows, s, size=8, rules=lg != "fr", step=1.8 if lg != "fr" else 1.5)
    f.need(30)
    f.y += 6
    f.page.text(m, f.y, tr(lg, "NET PAYMENT", "AUSZAHLUNGSBETRAG", "TOTAL VIRÉ"), s.bold, 9.5)
    f.page.text(w - m, f.y, cash(abs(total), lg), s.bold, 9.5, "right")
    f.y += 24
    if lg == "fr" and rng.random() < 0.7:
        caption(f, s, "Factures rejetées", 1)
        rej = [
            [
                f"Facture {rng.randint(100000, 999999)}",
                rng.choice(
                    [
                        "Droits non ouverts",
                        "NIR inconnu",
                        "Prescripteur non identifié",
                        "Date de soins hors délai",
                    ]
                ),
                money(rng.uniform(5, 90), "fr"),
            ]
            for _ in range(rng.randint(1, 6))
        ]
        table(
            f,
            columns(m, w - m, [(2, "left"), (3, "left"), (1.2, "right")]),
            ["Référence", "Motif du rejet", "Montant"],
            rej,
            s,
            size=8,
        )
    if rng.random() < 0.75:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Breakdown by exemption category",
                "Statistik nach Rezeptart",
                "Répartition par régime",
            ),
            1,
        )
        cats = tr(
            lg,
            "Age 60+|Under 16|Maternity exemption|Medical exemption|Prepayment "
            "certificate|Income support|Paid",
            "Normal|gebührenfrei|BtM|T-Rezept|Hilfsmittel|Rezeptur|Sprechstundenbedarf",
            "Régime général|ALD|Maternité|AT/MP|CMU-C / CSS|AME|Tiers payant intégral",
        ).split("|")
        table(
            f,
            columns(m, w - m, [(3, "left"), (1, "right"), (1, "right"), (1.4, "right")]),
            [
                tr(lg, "Category", "Kategorie", "Régime"),
                tr(lg, "Forms", "Blätter", "Factures"),
                tr(lg, "Items", "Positionen", "Lignes"),
                tr(lg, "Value", "Wert", "Montant"),
            ],
            [
                [
                    c,
                    str(rng.randint(20, 900)),
                    str(rng.randint(40, 2000)),
                    money(rng.uniform(400, 30000), lg),
                ]
                for c in cats
            ],
            s,
            size=8,
            rules=True,
            step=1.8,
        )
        f.y += 10
        write(f, s, prose(rng, lg, "admin", 1, 2), 7.5)
    note(d, mon)
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "{i}/{n}",
                h.numbers,
            ]
        ),
    )


def tpl_remittance(rng: random.Random, who: Issuer) -> list[Page]:
    """A remittance: the council's or ICB's remittance advice for locally commissioned services,
    a Krankenkasse's Retaxation (a cut on prescriptions, with the objection form enclosed), a
    mutuelle's décompte of the complementary share paid."""
    h = head_of(who, "remitter")
    lg = h.lang
    s = style_of(h, paper_of(h, lg), pt=9)
    w, _ = s.page_size
    m = s.margin
    d = after(rng, ("claim_statement",), (3, 15))
    f = sheets(s, h, h.name)
    ref = serial(rng, "999999")
    recipient(
        f,
        s,
        h,
        shop_lines(lg),
        d,
        [
            (tr(lg, "Supplier no.", "Unser Zeichen", "N° adhérent"), ref),
            (tr(lg, "Payment ref.", "Aktenzeichen", "N° décompte"), serial(rng, "AA99999")),
        ],
    )
    pages: list[Page]
    if lg == "en":
        caption(f, s, "REMITTANCE ADVICE", 3)
        write(
            f,
            s,
            "The following payment has been made by BACS to your nominated bank account. Please "
            "allow three working days for the funds to clear.",
            8.5,
        )
        services = [
            "Emergency hormonal contraception",
            "Stop smoking - quit at 4 weeks",
            "Supervised consumption",
            "Needle and syringe programme",
            "Minor ailments scheme",
            "Chlamydia screening kits",
        ]
        rows = []
        tot = 0.0
        for _ in range(rng.randint(2, 9)):
            v = rng.uniform(15, 900)
            tot += v
            rows.append(
                [
                    f"INV-{rng.randint(1000, 9999)}",
                    short(d - timedelta(days=rng.randint(20, 90)), "en"),
                    rng.choice(services),
                    money(v, "en"),
                ]
            )
        table(
            f,
            columns(m, w - m, [(1.1, "left"), (1, "left"), (3.5, "left"), (1, "right")]),
            ["Invoice", "Date", "Description", "Amount"],
            rows,
            s,
            size=8.5,
            rules=True,
            step=1.9,
        )
        f.y += 6
        f.y = pairs(
            f.page,
            s,
            w / 2,
            f.y,
            [("Total paid", cash(tot, "en")), ("Payment date", short(d, "en"))],
            w - m,
            9,
        )
        write(f, s, f"Queries: Accounts Payable, quoting supplier number {ref}.", 7.5)
        pages = close(f.pages, s, h, numbers="none")
    elif lg == "de":
        caption(f, s, "Rechnungskürzung (Retaxation) gemäß Arzneiversorgungsvertrag", 1.5)
        write(f, s, dear("de", None))
        write(
            f,
            s,
            "bei der Prüfung Ihrer Abrechnung für den Monat "
            f"{month_name(d - timedelta(days=60), 'de')} haben wir folgende Verordnungen "
            "beanstandet. Der Betrag wird mit der nächsten Zahlung verrechnet. "
            + prose(rng, "de", "admin", 1, 2),
        )
        grounds = [
            "Abgabe eines nicht rabattbegünstigten Arzneimittels",
            "Fehlende Arztunterschrift",
            "Belieferung nach Ablauf der Gültigkeit",
            "Dosierangabe fehlt",
            "Abweichende Packungsgröße",
            "Sonder-PZN fehlt",
        ]
        rows = []
        tot = 0.0
        for _ in range(rng.randint(1, 6)):
            v = rng.uniform(8, 180)
            tot += v
            rows.append(
                [
                    serial(rng, "9999999999"),
                    short(d - timedelta(days=rng.randint(50, 100)), "de"),
                    rng.choice(grounds),
                    money(v, "de"),
                ]
            )
        table(
            f,
            columns(m, w - m, [(1.4, "left"), (1, "left"), (3.6, "left"), (1, "right")]),
            ["Rezept-ID", "Abgabe", "Beanstandung", "Kürzung"],
            rows,
            s,
            size=8,
            rules=True,
            step=1.9,
        )
        f.y = pairs(
            f.page, s, w / 2, f.y + 6, [("Kürzungsbetrag gesamt", cash(tot, "de"))], w - m, 9
        )
        write(
            f,
            s,
            "Einspruch kann innerhalb von 12 Monaten nach Zugang schriftlich eingelegt werden. "
            "Bitte verwenden Sie den beigefügten Vordruck.",
            8.5,
        )
        regards(f, s, "de", staff(h, "retax"), "Arzneimittelabrechnung")
        pages = close(f.pages, s, h)
        if rng.random() < 0.55:
            p = Page(s.page_size)
            y = m
            p.text(m, y, "Einspruch gegen Rechnungskürzung", s.bold, 12)
            p.text(w - m, y, f"an: {h.name}", s.font, 7.5, "right")
            y += 24
            y = fields(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    ("Apotheke / IK", shop_head().name),
                    ("Ihr Zeichen", ref),
                    ("Rezept-ID", ""),
                    ("Kürzungsbetrag", ""),
                ],
                per=2,
                tall=28,
                hand=True,
            )
            p.text(m, y + 4, "Begründung:", s.bold, 9)
            y += 20
            for _ in range(12):
                if rng.random() < 0.35:
                    hand(p, m + 4, y, fit(words(rng, "de", "rx"), HAND, 9, w - 2 * m - 8))
                p.line(m, y + 4, w - m, y + 4)
                y += 18
            p.text(m, y + 20, "Ort, Datum, Stempel und Unterschrift der Apotheke", s.font, 7)
            pages.append(p)
    else:
        caption(f, s, "Décompte de paiement - part complémentaire", 2)
        rows = []
        tot = 0.0
        for _ in range(rng.randint(4, 18)):
            pt = rng.choice(patients())
            v = rng.uniform(1, 60)
            tot += v
            rows.append(
                [
                    short(d - timedelta(days=rng.randint(10, 60)), "fr"),
                    f"{pt.last.upper()} {pt.first[0]}.",
                    f"{rng.randint(100000, 999999)}",
                    money(v * 3, "fr"),
                    money(v, "fr"),
                ]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [(1, "left"), (2.2, "left"), (1.2, "left"), (1.2, "right"), (1.2, "right")],
            ),
            ["Date", "Bénéficiaire", "N° facture", "Dépense", "Part AMC"],
            rows,
            s,
            size=8,
            step=1.6,
        )
        f.y = pairs(
            f.page,
            s,
            w / 2,
            f.y + 6,
            [("Total réglé", cash(tot, "fr")), ("Virement du", short(d, "fr"))],
            w - m,
            9,
        )
        write(
            f,
            s,
            "Pour toute réclamation, contactez le service tiers payant en rappelant la référence "
            "du décompte.",
            7.5,
        )
        pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], home(), d)
    note(d, ref)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates NN: manufacturers and the medicines agency
# ---------------------------------------------------------------------------------------------

DEFECTS = {
    "en": [
        "out of specification results for dissolution",
        "a labelling error on the outer carton",
        "the presence of particulate matter",
        "a nitrosamine impurity above the acceptable intake",
        "incorrect strength printed on the blister foil",
        "a crack in the container closure",
    ],
    "de": [
        "Out-of-Specification-Ergebnis bei der Wirkstofffreisetzung",
        "fehlerhafte Kennzeichnung der Faltschachtel",
        "Partikel in der Lösung",
        "Nitrosamin-Verunreinigung oberhalb des Grenzwerts",
        "falsche Stärkeangabe auf der Blisterfolie",
    ],
    "fr": [
        "un résultat hors spécification de dissolution",
        "une erreur d'étiquetage sur l'étui",
        "la présence de particules",
        "une impureté nitrosamine au-delà de la limite",
        "une erreur de dosage sur le blister",
    ],
}


def tpl_recall_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A batch recall: the MHRA's drug alert (class 2 medicines recall, action within 48
    hours), the AMK's or the manufacturer's Chargenrückruf, the ANSM's or the laboratoire's
    rappel de lot: the product table with batches and expiry, the reason and the advice; now
    and then the stock response / return form on a page of its own."""
    agency = rng.random() < 0.5
    h = head_of(who, "agency" if agency else "maker")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    name, pack, _ = rng.choice(MEDS[lg])
    maker = (
        SENDERS["maker"][lg][keyed(who, "mk").randrange(len(SENDERS["maker"][lg]))][0]
        if agency
        else h.name
    )
    batches = [
        serial(rng, rng.choice(["A99999", "9999999", "AA9999A"])) for _ in range(rng.randint(1, 4))
    ]
    f = sheets(s, h, h.name)
    if lg == "en" and agency:
        f.page.rect(m, f.y - 12, w - 2 * m, 34, fill=0.8)
        f.page.text(m + 6, f.y + 2, "CLASS 2 MEDICINES RECALL", s.bold, 13)
        f.page.text(
            m + 6,
            f.y + 16,
            "Action Within 48 Hours - Pharmacy and Wholesaler Level Recall",
            s.bold,
            8.5,
        )
        f.y += 38
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Date", day(h, d)),
                ("EL", f"({d.year % 100})A/{rng.randint(1, 60):02d}"),
                ("Our ref", f"MDR {rng.randint(10, 99)}-{rng.randint(1, 12):02d}/{d.year % 100}"),
            ],
            w / 2,
            8.5,
        )
        f.y += 6
    else:
        window(
            f.page,
            s,
            None,
            f.y,
            shop_lines(lg, tr(lg, "The Pharmacist", "Apothekenleitung", "Pharmacien titulaire")),
        )
        f.page.text(w - m, f.y, day(h, d), s.font, s.size, "right")
        f.y += 56
        caption(
            f,
            s,
            tr(
                lg,
                "URGENT: MEDICINE RECALL",
                "Chargenrückruf - dringende Information",
                "INFORMATION URGENTE - RAPPEL DE LOTS",
            ),
            3,
        )
    caption(
        f,
        s,
        tr(lg, "Company name: ", "Pharmazeutischer Unternehmer: ", "Laboratoire : ") + maker,
        0,
    )
    cols = columns(
        m, w - m, [(3.2, "left"), (1.3, "left"), (1, "left"), (0.8, "right"), (1.2, "left")]
    )
    rows = [
        [
            name,
            b,
            short(d + timedelta(days=rng.randint(200, 900)), lg)[3:],
            str(rng.choice([28, 30, 56, 100]) if pack > 1 else 1),
            short(d - timedelta(days=rng.randint(30, 300)), lg),
        ]
        for b in batches
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Product", "Arzneimittel", "Spécialité"),
            tr(lg, "Batch", "Ch.-B.", "N° de lot"),
            tr(lg, "Expiry", "Verfall", "Péremption"),
            tr(lg, "Pack", "Packung", "Boîte"),
            tr(lg, "First distributed", "Erstauslieferung", "1re distribution"),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=1.9,
        shade=0.88,
    )
    f.y += 4
    caption(
        f,
        s,
        tr(lg, "Brief description of the problem", "Grund des Rückrufs", "Motif du rappel"),
        0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"{maker} is recalling the above batches as a precautionary measure due to "
            f"{rng.choice(DEFECTS['en'])}. ",
            f"Wegen {rng.choice(DEFECTS['de'])} ruft {maker} die oben genannten Chargen "
            "vorsorglich zurück. ",
            f"Par mesure de précaution, {maker} procède au rappel des lots cités en raison de "
            f"{rng.choice(DEFECTS['fr'])}. ",
        )
        + prose(rng, lg, "safety", 1, 2),
    )
    caption(
        f, s, tr(lg, "Advice for healthcare professionals", "Maßnahmen", "Conduite à tenir"), 0.5
    )
    write(
        f,
        s,
        tr(
            lg,
            "Stop supplying the above batches immediately. Quarantine all remaining stock and "
            "return it to your supplier using your supplier's approved process. ",
            "Bitte prüfen Sie Ihre Lagerbestände und senden Sie betroffene Packungen an den "
            "Lieferanten zurück. ",
            "Cesser immédiatement toute délivrance des lots concernés et les retourner au "
            "grossiste-répartiteur. ",
        )
        + prose(rng, lg, "safety", 1, 2),
    )
    if rng.random() < 0.6:
        caption(
            f, s, tr(lg, "Further information", "Rückfragen", "Informations complémentaires"), 0.5
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Medical information: {h.phone or serial(rng, '0800 999 9999')}. "
                "Recipients: pharmacies, wholesalers, dispensing GPs.",
                "Bei Rückfragen wenden Sie sich bitte an unsere Qualitätssicherung.",
                "Pour toute question, contactez notre service pharmacovigilance.",
            ),
            8.5,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.45:
        p = Page(A4)
        y = m
        title = tr(
            lg,
            "RECALL RESPONSE FORM",
            "Rückmeldeformular / Rücksendeschein",
            "BON DE RETOUR - ACCUSÉ DE RÉCEPTION",
        )
        p.text(m, y, title, s.bold, 12)
        p.text(
            w - m,
            y,
            tr(lg, "Please return by fax or email", "Bitte per Fax zurück", "À retourner par fax"),
            s.font,
            7.5,
            "right",
        )
        y += 20
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Pharmacy", "Apotheke", "Officine"), shop_head().name),
                (tr(lg, "Account no.", "Kunden-Nr.", "N° client"), serial(rng, "999999")),
                (tr(lg, "Product", "Arzneimittel", "Produit"), name),
                (tr(lg, "Batches", "Chargen", "Lots"), ", ".join(batches)),
            ],
            per=2,
            tall=28,
        )
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "No stock held", "Kein Bestand", "Pas de stock"),
                tr(lg, "Stock quarantined and returned", "Ware zurückgesandt", "Stock retourné"),
            ],
            {rng.randint(0, 1)},
            9,
        )
        y += 30
        cols2 = columns(m, w - m, [(2, "left"), (1, "right"), (2, "left")])
        for c, t in zip(
            cols2,
            [
                tr(lg, "Batch", "Charge", "Lot"),
                tr(lg, "Packs returned", "Anzahl Packungen", "Nb boîtes"),
                tr(lg, "Comments", "Bemerkung", "Observations"),
            ],
            strict=True,
        ):
            p.text(c[0], y, t, s.bold, 8)
        y += 6
        for b in [*batches, "", ""]:
            y += 18
            if b:
                hand(p, cols2[0][0], y, b)
                hand(p, cols2[1][1], y, str(rng.randint(0, 6)), 9.5, "right")
            p.line(m, y + 4, w - m, y + 4)
        y += 40
        p.text(m, y, tr(lg, "Signed", "Unterschrift / Stempel", "Signature / cachet"), s.font, 8)
        sign(p, m + 60, y, rng.choice(pharmacists() or ["A B"]))
        pages.append(p)
    received(rng, pages[0], home(), d, 0.3)
    note(d, batches[0], (name, batches[0]))
    return pages


def tpl_safety_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A manufacturer's direct healthcare professional communication (Rote-Hand-Brief,
    lettre aux professionnels de santé) on a new risk: the summary box, background,
    recommendations and the call for reporting over two or three numbered pages."""
    h = head_of(who, "maker")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    name = rng.choice(MEDS[lg])[0].split()[0].capitalize()
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'DHPC', 'Rote-Hand-Brief', 'Lettre aux professionnels de santé')} "
        f"{name}",
    )
    if lg == "de":
        f.page.rect(m, f.y - 14, 20, 20, fill=0.3)
        f.page.text(m + 28, f.y, "Rote-Hand-Brief", s.bold, 14)
        f.y += 20
    f.page.text(w - m, f.y, day(h, d), s.font, s.size, "right")
    f.y += 10
    title = tr(
        lg,
        f"Direct Healthcare Professional Communication: {name} - "
        f"{words(rng, 'en', 'safety', 5)[:-1].lower()}",
        f"{name}: {words(rng, 'de', 'safety', 6)[:-1]}",
        f"{name} : {words(rng, 'fr', 'safety', 6)[:-1].lower()}",
    )
    for ln in wrap(title, s.bold, 11, w - 2 * m):
        f.page.text(m, f.y + 6, ln, s.bold, 11)
        f.y += 14
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "Dear Healthcare Professional,",
            "Sehr geehrte Damen und Herren,",
            "Madame, Monsieur, Cher confrère,",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"{h.name} in agreement with the Medicines and Healthcare products Regulatory Agency "
            "would like to inform you of the following:",
            f"{h.name} möchte Sie in Abstimmung mit dem BfArM über Folgendes informieren:",
            f"En accord avec l'ANSM, {h.name} souhaite vous informer de ce qui suit :",
        ),
    )
    caption(f, s, tr(lg, "Summary", "Zusammenfassung", "Résumé"), 0.5)
    y0 = f.y - 12
    for _ in range(rng.randint(2, 4)):
        write(f, s, "- " + words(rng, lg, "safety"), indent=10)
    f.page.rect(m - 4, y0, w - 2 * m + 8, f.y - y0 - 4)
    f.y += 10
    for sec in [
        tr(lg, "Background on the safety concern", "Hintergrund", "Informations sur le risque"),
        tr(lg, "Advice for healthcare professionals", "Empfehlungen", "Recommandations"),
        tr(
            lg,
            "Call for reporting",
            "Aufforderung zur Meldung",
            "Déclaration des effets indésirables",
        ),
    ]:
        caption(f, s, sec, 0.5)
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "safety", 3, 6))
    write(
        f,
        s,
        tr(
            lg,
            "Please report suspected adverse drug reactions via the Yellow Card scheme.",
            "Verdachtsfälle von Nebenwirkungen sind dem BfArM oder der AkdÄ zu melden.",
            "Déclarez tout effet indésirable sur signalement-sante.gouv.fr.",
        ),
        8.5,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "qppv"),
        tr(lg, "Medical Director", "Stufenplanbeauftragte(r)", "Pharmacien responsable"),
    )
    if rng.random() < 0.4:
        # The annex: the changed wording of the product information, old and new side by side.
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Annex: changes to the Summary of Product Characteristics",
                "Anlage: Änderungen der Fach- und Gebrauchsinformation",
                "Annexe : modifications du RCP et de la notice",
            ),
            1,
        )
        rows = []
        for sec in rng.sample(["4.2", "4.3", "4.4", "4.5", "4.8", "5.2"], rng.randint(2, 4)):
            rows.append([sec, words(rng, lg, "safety", 8)[:-1], words(rng, lg, "safety", 10)[:-1]])
        table(
            f,
            columns(m, w - m, [(0.5, "left"), (3, "left"), (3, "left")]),
            [
                tr(lg, "Section", "Abschnitt", "Rubrique"),
                tr(lg, "Current text", "Bisheriger Text", "Texte actuel"),
                tr(lg, "New text (underlined)", "Neuer Text", "Nouveau texte"),
            ],
            rows,
            s,
            size=7.5,
            rules=True,
            step=2.2,
        )
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "safety", 3, 5), 8.5)
    return close(f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))


def tpl_price_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's letter announcing price changes from a date, with the list of products,
    old and new prices on one to three pages behind it."""
    h = head_of(who, "maker")
    lg = h.lang
    s = style_of(h, paper_of(h, lg), pt=9)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    eff = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Price list', 'Preisliste', 'Tarifs')} {short(eff, lg)}")
    recipient(
        f,
        s,
        h,
        shop_lines(lg),
        d,
        [(tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), serial(rng, "999999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Price changes effective {day(h, eff)}",
            f"Preisänderung zum {short(eff, 'de')}",
            f"Évolution de nos tarifs au {short(eff, 'fr')}",
        ),
        1.5,
    )
    write(f, s, dear(lg, None) if lg != "en" else "Dear Customer,")
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "admin", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "The new prices are listed overleaf. Orders received before the effective date will "
            "be invoiced at current prices.",
            "Die neuen Preise entnehmen Sie bitte der beiliegenden Liste.",
            "Vous trouverez ci-après la liste des nouveaux prix.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "sales"),
        tr(lg, "Head of Customer Services", "Vertriebsleitung", "Directeur commercial"),
    )
    f.new_page()
    caption(f, s, tr(lg, "Price list", "Preisliste", "Liste des prix") + f" - {short(eff, lg)}", 1)
    rows = []
    for name, pack, price in rng.sample(MEDS[lg], min(len(MEDS[lg]), rng.randint(8, 16))):
        for size in [1, 2, 3][: rng.randint(1, 3) if pack > 1 else 1]:
            old = price * size * 0.96 ** (size - 1)
            new = old * rng.uniform(0.85, 1.35)
            rows.append(
                [
                    code_of(name + str(size), lg),
                    name,
                    str(pack * size),
                    money(old, lg),
                    money(new, lg),
                    f"{(new / old - 1) * 100:+.1f}%",
                ]
            )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (4, "left"),
                (0.6, "right"),
                (1, "right"),
                (1, "right"),
                (0.8, "right"),
            ],
        ),
        [
            tr(lg, "Code", "PZN", "CIP"),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Pack", "St.", "Cdt"),
            tr(lg, "Old price", "AEP alt", "Ancien PFHT"),
            tr(lg, "New price", "AEP neu", "Nouveau PFHT"),
            tr(lg, "Change", "Änd.", "Var."),
        ],
        rows,
        s,
        size=7.5,
        step=1.55,
        shade=0.9,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d, 0.25)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates NN: staff
# ---------------------------------------------------------------------------------------------


def tpl_locum_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A locum pharmacist's invoice (a self-employed locum's or an agency's; a
    Vertretungsapotheker's Honorarrechnung; an agence d'intérim's facture): days worked with
    hours, rate and mileage, bank details; now and then the timesheet signed by the pharmacy
    behind it."""
    h = head_of(who, "locum", ["split", "rule", "centred"])
    lg = h.lang
    agency = not any(t in h.name for t in ("MPharm", "Apotheker"))
    s = style_of(h, paper_of(h, lg), pt=9.5)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    no = serial(rng, "L-9999") if not agency else serial(rng, "99999")
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        shop_lines(lg),
        d,
        [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no)]
        + (
            [(tr(lg, "GPhC no.", "Approbation", "RPPS"), str(rng.randint(2030000, 2099999)))]
            if not agency
            else []
        ),
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE",
            "Honorarrechnung Apothekenvertretung",
            "FACTURE - Mise à disposition de personnel",
        ),
        2.5,
    )
    rate = (
        rng.choice([24, 26, 28, 30, 32, 35, 38, 42]) if lg != "fr" else rng.choice([38, 42, 45, 48])
    )
    rows = []
    tot = 0.0
    dd = d - timedelta(days=rng.randint(10, 30))
    worked = []
    for _ in range(rng.randint(1, 9)):
        dd += timedelta(days=rng.randint(1, 4))
        hrs = rng.choice([4, 7.5, 8, 8.5, 9, 9, 10])
        miles = rng.choice([0, 0, 18, 24, 36, 52])
        v = hrs * rate + miles * (0.45 if lg == "en" else 0.30)
        tot += v
        worked.append((dd, hrs))
        rows.append(
            [short(dd, lg), f"{hrs:g}", money(rate, lg), str(miles) if miles else "-", money(v, lg)]
        )
    cols = columns(
        m, w - m, [(1.4, "left"), (0.8, "right"), (1, "right"), (1, "right"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Rate/hr", "Satz", "Taux"),
            tr(lg, "Miles", "km", "km"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=8.5,
        rules=True,
        step=1.9,
    )
    f.y += 6
    vat = 0.0 if not agency or lg == "de" else 0.2
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y,
        [
            (tr(lg, "Subtotal", "Zwischensumme", "Total HT"), money(tot, lg)),
            (tr(lg, "VAT", "USt.", "TVA 20 %"), money(tot * vat, lg)),
            (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), cash(tot * (1 + vat), lg)),
        ],
        w - m,
        9,
    )
    if not vat:
        write(
            f,
            s,
            tr(
                lg,
                "Not VAT registered.",
                "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
                "TVA non applicable, art. 293 B du CGI.",
            ),
            8,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Please pay within 14 days to sort code "
            f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}, account "
            f"{rng.randint(10000000, 99999999)}.",
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf IBAN "
            f"DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
            f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}.",
            f"Règlement à réception par virement - IBAN FR76 {rng.randint(1000, 9999)} "
            f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}.",
        ),
        8.5,
    )
    if not agency:
        f.y += 10
        sign(
            f.page,
            m,
            f.y + 6,
            h.name.replace(" MPharm", "")
            .replace("Apothekerin ", "")
            .replace("Apotheker ", "")
            .replace("Dr. ", ""),
        )
        f.y += 20
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.35:
        p = Page(A4)
        sa = style_of(shop_head(), A4, pt=9)
        y = heading(p, sa, shop_head()) if rng.random() < 0.5 else sa.margin
        p.text(
            sa.margin,
            y,
            tr(
                lg,
                "LOCUM TIMESHEET",
                "Arbeitszeitnachweis Vertretung",
                "Relevé d'heures - intérimaire",
            ),
            sa.bold,
            12,
        )
        y += 20
        cols = columns(
            sa.margin,
            595 - sa.margin,
            [(1.4, "left"), (1, "center"), (1, "center"), (1, "center"), (1.6, "left")],
        )
        for c, t in zip(
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "Finish", "Ende", "Fin"),
                tr(lg, "Break", "Pause", "Pause"),
                tr(lg, "Signed (pharmacy)", "Bestätigt", "Visa officine"),
            ],
            strict=True,
        ):
            p.text(c[0], y, t, sa.bold, 8)
        y += 6
        for dd, hrs in worked:
            y += 20
            start = rng.choice([8, 8.5, 9])
            vals = [
                short(dd, lg),
                f"{int(start):02d}:{'30' if start % 1 else '00'}",
                f"{int(start + hrs + 0.5):02d}:{'00' if start % 1 else '30'}",
                "30 min",
            ]
            for c, t in zip(cols[:4], vals, strict=True):
                hand(
                    p,
                    (c[0] + c[1]) / 2 if c[2] == "center" else c[0],
                    y,
                    t,
                    9,
                    c[2] if c[2] == "center" else "left",
                )
            sign(p, cols[4][0], y, rng.choice(pharmacists() or ["A B"]), 10)
            p.line(sa.margin, y + 5, 595 - sa.margin, y + 5)
        pages.append(p)
    note(d, no)
    return pages


SHIFTS = [
    "08:30-13:00",
    "08:30-17:30",
    "09:00-18:00",
    "13:00-18:30",
    "09:00-13:00",
    "14:00-19:00",
    "08:00-16:30",
]


def tpl_staff_rota(rng: random.Random, who: Issuer) -> list[Page]:
    """The pharmacy's weekly staff rota on landscape A4: staff by role, shifts by day, the
    responsible pharmacist marked, night duty or late opening, changes written in by hand."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, LAND, margin=32, pt=8.5)
    w, hh = LAND
    m = s.margin
    d = on(rng)
    d -= timedelta(days=d.weekday())
    p = Page(LAND)
    y = m
    wk = d.isocalendar()[1]
    p.text(
        m,
        y,
        tr(
            lg,
            f"STAFF ROTA - week commencing {day(h, d)}",
            f"Dienstplan KW {wk} ({short(d, 'de')} - {short(d + timedelta(days=6), 'de')})",
            f"PLANNING DU PERSONNEL - semaine {wk}",
        ),
        s.bold,
        12,
    )
    p.text(w - m, y, h.name, s.font, 8, "right")
    y += 20
    days = tr(
        lg, "Mon Tue Wed Thu Fri Sat Sun", "Mo Di Mi Do Fr Sa So", "Lun Mar Mer Jeu Ven Sam Dim"
    ).split()
    cols = columns(
        m, w - m, [(2.2, "left"), (1.3, "left")] + [(1.2, "center")] * 7 + [(0.7, "right")]
    )
    heads = (
        [tr(lg, "Name", "Name", "Nom"), tr(lg, "Role", "Funktion", "Fonction")]
        + [f"{dn} {(d + timedelta(days=k)).day}" for k, dn in enumerate(days)]
        + [tr(lg, "Hrs", "Std", "H")]
    )
    p.rect(m - 2, y - 10, w - 2 * m + 4, 15, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        p.text(
            (c[0] + c[1]) / 2 if c[2] == "center" else c[0] if c[2] == "left" else c[1],
            y,
            t,
            s.bold,
            8,
            c[2],
        )
    y += 8
    rp_day = {k: rng.choice(pharmacists() or ["-"]) for k in range(7)}
    for name, role in team():
        y += 20
        tot = 0.0
        row = [name, role]
        for k in range(7):
            if k == 6 or (k == 5 and rng.random() < 0.5) or rng.random() < 0.2:
                row.append("-")
                continue
            sh = rng.choice(SHIFTS if k < 5 else ["09:00-13:00", "09:00-17:00"])
            a, b = sh.split("-")
            tot += (
                int(b[:2])
                + int(b[3:]) / 60
                - int(a[:2])
                - int(a[3:]) / 60
                - (0.5 if int(b[:2]) - int(a[:2]) > 6 else 0)
            )
            row.append(sh + (" RP" if rp_day[k] == name else ""))
        row.append(f"{tot:g}")
        for c, t in zip(cols, row, strict=True):
            x = (c[0] + c[1]) / 2 if c[2] == "center" else c[0] if c[2] == "left" else c[1]
            p.text(x, y, fit(t, s.font, 7.5, c[1] - c[0] - 2), s.font, 7.5, c[2])
        p.line(m, y + 6, w - m, y + 6)
    y += 26
    if lg == "de" and rng.random() < 0.6:
        k = rng.randint(0, 6)
        p.text(
            m,
            y,
            f"Notdienst: {days[k]} {short(d + timedelta(days=k), 'de')} 08:30 bis Folgetag 08:30 "
            f"- {rp_day[k]}",
            s.bold,
            8.5,
        )
        y += 14
    if lg == "fr" and rng.random() < 0.5:
        p.text(
            m,
            y,
            f"Garde : dimanche {short(d + timedelta(days=6), 'fr')} 9h-20h - "
            f"{rng.choice(pharmacists() or ['-'])}",
            s.bold,
            8.5,
        )
        y += 14
    p.text(
        m,
        y,
        tr(
            lg,
            "RP = Responsible Pharmacist. Changes must be agreed with the manager and initialled.",
            "Änderungen nur nach Absprache mit der Apothekenleitung.",
            "Toute modification doit être validée par le titulaire.",
        ),
        s.font,
        7.5,
    )
    for _ in range(rng.randint(0, 3)):
        hand(
            p,
            rng.uniform(m + 180, w - m - 160),
            rng.uniform(m + 40, y - 30),
            rng.choice(
                [
                    "swap",
                    "off sick",
                    "holiday",
                    "→ 13:00",
                    "tauscht",
                    "Urlaub",
                    "krank",
                    "congé",
                    "échange",
                ]
            ),
            9,
        )
    sign(p, w - m - 140, hh - m - 10, rng.choice(pharmacists() or [a_name(rng, lg)]), 12)
    note(d, str(wk))
    return [p]


COURSES = {
    "en": [
        "Safeguarding children and vulnerable adults Level 2",
        "Anaphylaxis and basic life support",
        "Inhaler technique for health professionals",
        "Consultation skills for pharmacy practice",
        "Pharmacy First: clinical pathways",
        "Information governance and data security",
        "Controlled drugs: safe and secure handling",
    ],
    "de": [
        "Impfen in der Apotheke - Grippeschutzimpfung",
        "Erweiterte Medikationsberatung bei Polymedikation",
        "Inhalative Arzneimittel richtig anwenden",
        "Notfallmanagement in der Apotheke",
        "Pharmazeutische Betreuung von Krebspatienten",
        "Blutdruckmessung als pharmazeutische Dienstleistung",
    ],
    "fr": [
        "Vaccination antigrippale à l'officine",
        "Entretiens pharmaceutiques : anticoagulants oraux",
        "Bilan partagé de médication",
        "Gestes et soins d'urgence niveau 2",
        "Dépistage de l'angine : TROD",
        "Accompagnement du patient asthmatique",
    ],
}


def tpl_training_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A training certificate for one member of staff (certificate of completion, Fortbildungs-
    zertifikat with the points, attestation DPC): the provider's emblem, the name large, the
    course, date and hours, signature and certificate number; landscape or portrait A4."""
    h = head_of(who, "trainer")
    lg = h.lang
    size = keyed(who, "certsize").choice([LAND, LAND, A4])
    s = style_of(h, size, margin=50, pt=10)
    w, hh = size
    m = s.margin
    d = on(rng)
    name = rng.choice(team())[0] if h.lang == home() or rng.random() < 0.7 else a_name(rng, lg)
    p = Page(size)
    p.rect(20, 20, w - 40, hh - 40)
    p.rect(26, 26, w - 52, hh - 52)
    y = 70.0
    look = keyed(who, "certlook").random()
    if look < 0.5:
        p.rect(w / 2 - 20, y - 26, 40, 40, fill=0.3)
        p.rect(w / 2 - 12, y - 18, 24, 24, fill=0.9)
        y += 30
    p.text(w / 2, y, h.name, s.bold, shrink(h.name, s.bold, 12, w - 120), "center")
    y += hh * 0.1
    title = tr(
        lg, "Certificate of Completion", "Fortbildungszertifikat", "Attestation de formation"
    )
    p.text(w / 2, y, title, "Times-Bold" if look < 0.7 else s.bold, 26, "center")
    y += 40
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Nous certifions que"),
        italic_of(s.font),
        11,
        "center",
    )
    y += 36
    p.text(w / 2, y, name, "Times-BoldItalic", 22, "center")
    p.line(w / 2 - 150, y + 6, w / 2 + 150, y + 6)
    y += 30
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "has successfully completed",
            "erfolgreich teilgenommen hat an der Fortbildung",
            "a suivi avec succès la formation",
        ),
        italic_of(s.font),
        11,
        "center",
    )
    y += 26
    course = rng.choice(COURSES[lg])
    for ln in wrap(course, s.bold, 14, w - 160):
        p.text(w / 2, y, ln, s.bold, 14, "center")
        y += 18
    y += 10
    info = tr(
        lg,
        f"Completed on {day(h, d)} - {rng.choice([1, 2, 3, 4, 6])} CPD hours",
        f"am {short(d, 'de')} - {rng.choice([2, 4, 6, 8])} Fortbildungspunkte (Kategorie "
        f"{rng.choice([1, 2, 7])})",
        f"le {short(d, 'fr')} - durée {rng.choice([3, 7, 14])} heures - action DPC n° "
        f"{rng.randint(10000000000, 99999999999)}",
    )
    p.text(w / 2, y, info, s.font, 10, "center")
    sy = hh - 100
    sign(p, m + 40, sy, staff(h, "director"))
    p.line(m + 30, sy + 6, m + 220, sy + 6)
    p.text(m + 30, sy + 18, staff(h, "director"), s.font, 8)
    p.text(
        m + 30, sy + 28, tr(lg, "Director", "Präsident(in)", "Responsable pédagogique"), s.font, 8
    )
    p.text(
        w - m - 30,
        sy + 18,
        tr(lg, "Certificate no. ", "Zertifikat-Nr. ", "N° ") + serial(rng, "AA-99999"),
        s.font,
        8,
        "right",
    )
    if lg == "de" and rng.random() < 0.5:
        stamp(
            p, w - m - 200, sy - 60, [h.name.split(" - ")[0][:28].upper(), "Fortbildung anerkannt"]
        )
    note(d, name)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates NN: the regulator
# ---------------------------------------------------------------------------------------------

PRINCIPLES = {
    "en": [
        "Governance",
        "Staff",
        "Services, including medicines management",
        "Premises",
        "Equipment and facilities",
    ],
    "de": [
        "Betriebsräume und Ausstattung",
        "Herstellung und Prüfung (Rezeptur, Defektur)",
        "Lagerung und Kühlkette",
        "Betäubungsmittelverkehr",
        "Qualitätsmanagementsystem",
        "Dokumentation und Personal",
    ],
    "fr": [
        "Locaux et équipements",
        "Personnel et qualifications",
        "Préparations magistrales",
        "Stupéfiants",
        "Dispensation et conseil",
        "Gestion des produits thermosensibles",
    ],
}
OUTCOMES = {
    "en": ["Standards met", "Standards met", "Good practice", "Standards not all met"],
    "de": ["ohne Beanstandung", "geringfügiger Mangel", "Mangel", "ohne Beanstandung"],
    "fr": ["conforme", "remarque", "écart", "conforme"],
}


def tpl_inspection_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The regulator's inspection report (GPhC inspection report, Niederschrift über die
    Besichtigung der Apotheke, rapport d'inspection de l'ARS): often a covering letter, the
    report's first page with the pharmacy's details and the overall outcome, the findings by
    principle or area, the list of actions to take and an annex on what the outcomes mean;
    three to six pages."""
    h = head_of(who, "regulator", ["crest"])
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    insp = staff(h, "inspector")
    shop = shop_head()
    ref = serial(rng, "9999999")
    f = sheets(
        s,
        h,
        tr(
            lg,
            f"Registered pharmacy inspection report - {shop.name}",
            f"Besichtigungsbericht {shop.name}",
            f"Rapport d'inspection - {shop.name}",
        ),
    )
    letter = rng.random() < 0.6
    if letter:
        recipient(
            f,
            s,
            h,
            shop_lines(
                lg,
                tr(
                    lg,
                    "The Superintendent Pharmacist",
                    "Apothekenleitung",
                    "M. le Pharmacien titulaire",
                ),
            ),
            d + timedelta(days=rng.randint(10, 30)),
            [
                (
                    tr(lg, "Our ref", "Aktenzeichen", "Référence"),
                    f"{tr(lg, 'INS', '24.', 'ARS/INSP/')}{ref}",
                )
            ],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your inspection report",
                f"Besichtigung Ihrer Apotheke am {short(d, 'de')}",
                f"Inspection de votre officine du {short(d, 'fr')}",
            ),
            1,
        )
        write(f, s, dear(lg, None) if lg != "en" else "Dear Pharmacist,")
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "admin", 2, 3))
        write(
            f,
            s,
            tr(
                lg,
                "The report will be published on our website after 28 days.",
                "Wir bitten Sie, die festgestellten Mängel bis zum "
                f"{short(d + timedelta(days=42), 'de')} zu beseitigen und uns hierüber "
                "schriftlich zu berichten.",
                f"Vous disposez d'un délai de {rng.choice([15, 30])} jours pour nous faire part "
                "de vos observations et des mesures correctives engagées.",
            ),
        )
        regards(
            f,
            s,
            lg,
            insp,
            tr(lg, "Inspector", "Pharmaziedirektor(in)", "Pharmacien inspecteur de santé publique"),
        )
        f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Registered pharmacy inspection report",
            "Niederschrift über die Besichtigung der Apotheke gemäß § 64 AMG",
            "Rapport d'inspection d'officine",
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
            (tr(lg, "Pharmacy name", "Apotheke", "Officine"), shop.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop.street}, {shop.town}"),
            (
                tr(lg, "Pharmacy reference", "Betriebserlaubnis", "Licence"),
                shop.extra.split("  -  ")[-1],
            ),
            (
                tr(lg, "Type of pharmacy", "Art der Besichtigung", "Type d'inspection"),
                tr(lg, "Community", "Regelbesichtigung", "Inspection programmée"),
            ),
            (tr(lg, "Date of inspection", "Datum", "Date de l'inspection"), short(d, lg)),
            (tr(lg, "Inspector", "Besichtigt durch", "Inspecteur"), insp),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    outcomes = [rng.choice(OUTCOMES[lg]) for _ in PRINCIPLES[lg]]
    if lg == "en":
        overall = (
            "Standards not all met" if "Standards not all met" in outcomes else "Standards met"
        )
        f.page.rect(m, f.y - 4, w - 2 * m, 22, fill=0.85)
        f.page.text(m + 6, f.y + 10, f"Overall inspection outcome:  {overall}", s.bold, 10)
        f.y += 34
        caption(f, s, "Summary of notable practice and areas for improvement", 0.5)
        write(f, s, prose(rng, lg, "admin", 2, 4))
        cols = columns(m, w - m, [(3, "left"), (2, "left"), (1.5, "left")])
        table(
            f,
            cols,
            ["Principle", "Principle finding", "Exception standard reference"],
            [
                [f"{k + 1}. {pr}", o, "" if "not" not in o else f"{k + 1}.{rng.randint(1, 5)}"]
                for k, (pr, o) in enumerate(zip(PRINCIPLES[lg], outcomes, strict=True))
            ],
            s,
            size=8.5,
            rules=True,
            step=2.0,
        )
    else:
        caption(f, s, tr(lg, "", "Ergebnis", "Synthèse"), 0.5)
        cols = columns(m, w - m, [(4, "left"), (2, "left")])
        table(
            f,
            cols,
            [tr(lg, "", "Bereich", "Domaine"), tr(lg, "", "Bewertung", "Constat")],
            [[pr, o] for pr, o in zip(PRINCIPLES[lg], outcomes, strict=True)],
            s,
            size=8.5,
            rules=True,
            step=2.0,
        )
    for pr, o in zip(PRINCIPLES[lg], outcomes, strict=True):
        caption(f, s, pr + (f" - {o}" if lg == "en" else ""), 1)
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, rng.choice(["admin", "rx"]), 2, 5))
    bad = [
        pr
        for pr, o in zip(PRINCIPLES[lg], outcomes, strict=True)
        if o in ("Standards not all met", "Mangel", "geringfügiger Mangel", "écart", "remarque")
    ]
    if bad:
        caption(
            f,
            s,
            tr(lg, "Improvement action plan", "Mängelliste", "Liste des écarts et remarques"),
            1,
        )
        rows = [
            [
                f"{k + 1}",
                pr,
                words(rng, lg, "admin", 8)[:-1],
                short(d + timedelta(days=rng.choice([14, 28, 42, 60])), lg),
            ]
            for k, pr in enumerate(bad)
        ]
        table(
            f,
            columns(m, w - m, [(0.4, "left"), (2, "left"), (4, "left"), (1.2, "left")]),
            [
                "Nr." if lg == "de" else "N°" if lg == "fr" else "No.",
                tr(lg, "Area", "Bereich", "Domaine"),
                tr(lg, "Action required", "Mangel / Auflage", "Écart / mesure attendue"),
                tr(lg, "By", "Frist", "Délai"),
            ],
            rows,
            s,
            size=8,
            rules=True,
            step=2.0,
        )
    if lg == "en" and rng.random() < 0.6:
        f.new_page()
        caption(f, s, "What do the summary outcomes for each principle mean?", 1)
        for o, t in [
            (
                "Excellent practice",
                "The pharmacy demonstrates innovation in the way it delivers pharmacy services "
                "which benefit patients and the public.",
            ),
            (
                "Good practice",
                "The pharmacy demonstrates positive outcomes for patients and the public and "
                "continually improves.",
            ),
            ("Standards met", "The pharmacy meets all the standards."),
            ("Standards not all met", "The pharmacy has not met one or more standards."),
        ]:
            f.page.text(m, f.y, o, s.bold, 9)
            f.y += 12
            write(f, s, t, 8.5)
    else:
        f.need(60)
        f.y += 10
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "",
                "Die Niederschrift wurde mit der Apothekenleitung besprochen.",
                "Le présent rapport a été établi contradictoirement.",
            ),
            s.font,
            8,
        )
        sign(f.page, m + 10, f.y + 34, insp)
        sign(f.page, w / 2 + 10, f.y + 34, rng.choice(pharmacists() or [a_name(rng, lg)]))
        f.y += 50
    pages = close(
        f.pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
        covers=int(letter),
    )
    received(rng, pages[0], lg, d + timedelta(days=20), 0.35)
    note(d, ref)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates NN: equipment, premises and waste
# ---------------------------------------------------------------------------------------------


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An engineer's service report for the pharmacy fridge or dispensing balance (Wartungs-
    protokoll, rapport d'intervention): the equipment, the checks ticked, readings, remarks,
    the engineer's and the customer's signatures; often the calibration certificate of the
    thermometer or balance stapled behind it, with a readings table and traceability."""
    h = head_of(who, "service")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    d = on(rng)
    fridge = rng.random() < 0.65
    kind = (
        tr(lg, "Pharmacy refrigerator", "Arzneimittelkühlschrank", "Réfrigérateur pharmaceutique")
        if fridge
        else tr(lg, "Dispensing balance", "Rezepturwaage", "Balance de préparation")
    )
    model = rng.choice(
        ["Lec PE207C", "Liebherr MKv 3910", "Labcold RLDF1019", "Dometic HC502"]
        if fridge
        else ["Sartorius Entris 224", "Kern EW 620-3NM", "Mettler ME204"]
    )
    sn = serial(rng, "9999999")
    f = sheets(s, h, h.name)
    no = serial(rng, "SR-99999")
    f.page.text(
        m,
        f.y,
        tr(lg, "SERVICE REPORT", "WARTUNGS- UND PRÜFPROTOKOLL", "RAPPORT D'INTERVENTION"),
        s.bold,
        13,
    )
    f.page.text(w - m, f.y, no, s.bold, 10, "right")
    f.y += 16
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), shop_head().name),
            (tr(lg, "Date of visit", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Equipment", "Gerät", "Appareil"), kind),
            (tr(lg, "Make / model", "Hersteller / Typ", "Marque / modèle"), model),
            (tr(lg, "Serial no.", "Serien-Nr.", "N° de série"), sn),
            (
                tr(lg, "Location", "Standort", "Emplacement"),
                tr(lg, "Dispensary", "Offizin / Rezeptur", "Préparatoire"),
            ),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.5,
    )
    checks = (
        [
            tr(lg, a, b, c)
            for a, b, c in [
                ("Door seal", "Türdichtung", "Joint de porte"),
                ("Condenser cleaned", "Verflüssiger gereinigt", "Condenseur nettoyé"),
                ("Thermostat", "Thermostat", "Thermostat"),
                ("Alarm test", "Alarmtest", "Test alarme"),
                ("Lock and key", "Schloss", "Serrure"),
                ("Min/max thermometer", "Min/Max-Thermometer", "Thermomètre mini/maxi"),
                ("Electrical safety (PAT)", "Elektrische Sicherheit", "Sécurité électrique"),
            ]
        ]
        if fridge
        else [
            tr(lg, a, b, c)
            for a, b, c in [
                ("Levelling", "Nivellierung", "Mise à niveau"),
                ("Repeatability", "Wiederholbarkeit", "Répétabilité"),
                ("Eccentric loading", "Ecklast", "Excentration"),
                ("Linearity", "Linearität", "Linéarité"),
                ("Display and keys", "Anzeige / Tasten", "Affichage"),
            ]
        ]
    )
    f.page.text(
        m, f.y, tr(lg, "Checks carried out", "Prüfpunkte", "Contrôles effectués"), s.bold, 9
    )
    f.y += 14
    for c in checks:
        ok = rng.random() < 0.9
        box(f.page, m, f.y, ok, 8)
        f.page.text(m + 14, f.y, c, s.font, 8.5)
        box(f.page, m + 230, f.y, not ok, 8)
        f.page.text(m + 244, f.y, tr(lg, "action required", "Mangel", "à reprendre"), s.font, 7.5)
        f.y += 14
    f.y += 6
    if fridge:
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"Readings: set point 5.0 °C, probe {rng.uniform(3.8, 6.2):.1f} °C, ambient "
                f"{rng.uniform(18, 26):.1f} °C",
                f"Messwerte: Sollwert 5,0 °C, Fühler {rng.uniform(3.8, 6.2):.1f} °C".replace(
                    ".", ","
                ),
                f"Relevés : consigne 5,0 °C, sonde {rng.uniform(3.8, 6.2):.1f} °C".replace(
                    ".", ","
                ),
            ),
            s.font,
            8.5,
        )
        f.y += 16
    f.page.text(
        m, f.y, tr(lg, "Engineer's remarks", "Bemerkungen", "Observations du technicien"), s.bold, 9
    )
    f.y += 14
    for _ in range(4):
        if rng.random() < 0.6:
            hand(
                f.page,
                m + 2,
                f.y,
                fit(words(rng, lg, "admin", rng.randint(5, 9)), HAND, 9, w - 2 * m),
            )
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 17
    f.y += 16
    eng = staff(h, "engineer")
    f.page.text(m, f.y, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, 8)
    sign(f.page, m + 60, f.y, eng)
    f.page.text(w / 2, f.y, tr(lg, "Customer signature", "Kunde", "Client"), s.font, 8)
    sign(f.page, w / 2 + 105, f.y, rng.choice(team())[0])
    f.page.text(
        m,
        f.y + 14,
        tr(
            lg,
            f"Time on site {rng.randint(1, 3)}h {rng.choice([0, 15, 30, 45])}m   Next service "
            f"due {month_name(d + timedelta(days=365), lg)}",
            f"Arbeitszeit {rng.randint(1, 3)} Std.  Nächste Wartung "
            f"{month_name(d + timedelta(days=365), lg)}",
            f"Durée {rng.randint(1, 3)} h - prochaine visite "
            f"{month_name(d + timedelta(days=365), lg)}",
        ),
        s.font,
        7.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.55:
        p = Page(A4)
        y = heading(p, s, h)
        p.text(
            w / 2,
            y + 4,
            tr(lg, "CERTIFICATE OF CALIBRATION", "KALIBRIERSCHEIN", "CERTIFICAT D'ÉTALONNAGE"),
            s.bold,
            14,
            "center",
        )
        y += 24
        y = pairs(
            p,
            s,
            m,
            y,
            [
                (
                    tr(lg, "Certificate no.", "Kalibrierschein-Nr.", "N° certificat"),
                    serial(rng, "C99999"),
                ),
                (
                    tr(lg, "Instrument", "Gegenstand", "Instrument"),
                    "Digital min/max thermometer"
                    if fridge and lg == "en"
                    else "Datenlogger / Thermometer"
                    if fridge and lg == "de"
                    else "Thermomètre mini/maxi"
                    if fridge
                    else model,
                ),
                (
                    tr(lg, "Serial no.", "Serien-Nr.", "N° de série"),
                    serial(rng, "99999") if fridge else sn,
                ),
                (
                    tr(lg, "Date of calibration", "Kalibrierdatum", "Date d'étalonnage"),
                    short(d, lg),
                ),
                (tr(lg, "Procedure", "Verfahren", "Méthode"), serial(rng, "WI-99")),
            ],
            w - m,
            8.5,
        )
        y += 10
        cols = columns(
            m, w - m, [(1, "right"), (1, "right"), (1, "right"), (1, "right"), (0.8, "center")]
        )
        unit = "°C" if fridge else "g"
        pts = [2.0, 5.0, 8.0, 20.0] if fridge else [0.1, 1.0, 10.0, 50.0, 100.0, 200.0]
        for c, t in zip(
            cols,
            [
                tr(lg, "Reference", "Sollwert", "Référence") + f" ({unit})",
                tr(lg, "Indicated", "Istwert", "Lu"),
                tr(lg, "Error", "Abweichung", "Écart"),
                tr(lg, "Uncertainty", "Messunsicherheit", "Incertitude"),
                tr(lg, "Pass", "i.O.", "Conforme"),
            ],
            strict=True,
        ):
            p.text(c[1] if c[2] == "right" else (c[0] + c[1]) / 2, y, t, s.bold, 8, c[2])
        y += 6
        p.line(m, y, w - m, y)
        for v in pts:
            y += 15
            e = rng.uniform(-0.3, 0.3) if fridge else rng.uniform(-0.002, 0.002) * v
            vals = [
                f"{v:.3f}" if not fridge else f"{v:.1f}",
                f"{v + e:.3f}" if not fridge else f"{v + e:.1f}",
                f"{e:+.3f}" if not fridge else f"{e:+.1f}",
                "0.2" if fridge else "0.001",
                tr(lg, "Yes", "ja", "oui"),
            ]
            for c, t in zip(cols, vals, strict=True):
                p.text(
                    c[1] if c[2] == "right" else (c[0] + c[1]) / 2,
                    y,
                    t.replace(".", ",") if lg != "en" else t,
                    s.font,
                    8.5,
                    c[2],
                )
        y += 24
        y = text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "The reported expanded uncertainty is based on a standard uncertainty multiplied "
                "by a coverage factor k = 2, providing a coverage probability of approximately "
                "95 %. Measurements are traceable to national standards (UKAS).",
                "Die angegebene erweiterte Messunsicherheit ergibt sich aus der "
                "Standardmessunsicherheit durch Multiplikation mit dem Erweiterungsfaktor k = 2. "
                "Rückführung auf nationale Normale (DAkkS).",
                "L'incertitude élargie est obtenue en multipliant l'incertitude type par le "
                "facteur d'élargissement k = 2. Raccordement aux étalons nationaux (COFRAC).",
            ),
            8,
        )
        sign(p, m + 20, y + 30, eng)
        p.text(
            m,
            y + 44,
            tr(lg, "Calibrated by", "Kalibriert von", "Étalonné par") + f" {eng}",
            s.font,
            8,
        )
        pages.append(close([p], s, h, numbers="none")[0])
    note(d, no, "fridge" if fridge else "balance")
    return pages


def tpl_fridge_log(rng: random.Random, who: Issuer) -> list[Page]:
    """A month's fridge temperature record kept by the pharmacy: one row per working day with
    current, minimum and maximum temperature, reset tick and initials by hand, the action
    taken on an excursion; now and then a chart page instead of a table."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, _ = A4
    m = s.margin
    d = after(rng, ("service_report",), (1, 20))
    first = date(d.year, d.month, 1)
    fno = rng.choice(["1", "1", "2"])
    p = Page(A4)
    y = m
    p.text(
        m,
        y,
        tr(
            lg,
            "REFRIGERATOR TEMPERATURE RECORD",
            "Temperaturprotokoll Arzneimittelkühlschrank",
            "RELEVÉ DES TEMPÉRATURES DU RÉFRIGÉRATEUR",
        ),
        s.bold,
        12,
    )
    y += 16
    p.text(
        m,
        y,
        tr(
            lg,
            f"Fridge {fno} - {rng.choice(['Dispensary', 'Consultation room'])}    Month: "
            f"{month_name(first, 'en')}",
            f"Kühlschrank {fno}    Monat: {month_name(first, 'de')}",
            f"Réfrigérateur n° {fno}    Mois : {month_name(first, 'fr')}",
        ),
        s.font,
        9,
    )
    p.text(
        w - m,
        y,
        tr(
            lg,
            "Acceptable range +2 °C to +8 °C",
            "Sollbereich +2 °C bis +8 °C",
            "Plage +2 °C à +8 °C",
        ),
        s.bold,
        8.5,
        "right",
    )
    y += 18
    chart = rng.random() < 0.2
    if chart:
        x0, x1, y0, y1 = m + 30, w - m, y + 10, y + 330
        for t in range(0, 13, 2):
            yy = y1 - (y1 - y0) * t / 12
            p.line(x0, yy, x1, yy)
            p.text(x0 - 6, yy + 3, f"{t}", s.font, 7, "right")
        for k in range(31):
            xx = x0 + (x1 - x0) * k / 30
            p.line(xx, y0, xx, y1)
            p.text(xx, y1 + 10, str(k + 1), s.font, 5.5, "center")
        for k in range(31):
            if (first + timedelta(days=k)).month != first.month or (
                first + timedelta(days=k)
            ).weekday() == 6:
                continue
            xx = x0 + (x1 - x0) * k / 30
            lo, hi = rng.uniform(2.5, 4.5), rng.uniform(5.0, 7.8)
            p.rect(xx - 1.5, y1 - (y1 - y0) * hi / 12, 3, (y1 - y0) * (hi - lo) / 12, fill=0.2)
        p.rect(x0, y1 - (y1 - y0) * 8 / 12, x1 - x0, 1.2, fill=0.0)
        p.rect(x0, y1 - (y1 - y0) * 2 / 12, x1 - x0, 1.2, fill=0.0)
        y = y1 + 30
    else:
        cols = columns(
            m,
            w - m,
            [
                (0.8, "left"),
                (0.9, "center"),
                (1, "center"),
                (1, "center"),
                (1, "center"),
                (0.8, "center"),
                (0.8, "center"),
                (3, "left"),
            ],
        )
        heads = [
            tr(lg, "Date", "Tag", "Jour"),
            tr(lg, "Time", "Uhrzeit", "Heure"),
            tr(lg, "Current", "Aktuell", "Actuelle"),
            tr(lg, "Min", "Min", "Mini"),
            tr(lg, "Max", "Max", "Maxi"),
            tr(lg, "Reset", "Reset", "RAZ"),
            tr(lg, "Init.", "Kürzel", "Visa"),
            tr(lg, "Action if out of range", "Maßnahme bei Abweichung", "Action corrective"),
        ]
        p.rect(m - 2, y - 9, w - 2 * m + 4, 13, fill=0.85)
        for c, t in zip(cols, heads, strict=True):
            p.text((c[0] + c[1]) / 2 if c[2] == "center" else c[0], y, t, s.bold, 7, c[2])
        y += 6
        for k in range(31):
            dd = first + timedelta(days=k)
            if dd.month != first.month:
                break
            y += 16.5
            p.line(m, y + 4, w - m, y + 4)
            p.text(cols[0][0], y, f"{dd.day:2d}", s.font, 8)
            if (
                dd.weekday() == 6
                or (dd.weekday() == 5 and lg != "en" and rng.random() < 0.5)
                or rng.random() < 0.04
            ):
                continue
            lo, hi = rng.uniform(2.4, 4.8), rng.uniform(5.0, 7.9)
            out = rng.random() < 0.05
            if out:
                hi = rng.uniform(8.2, 11.5)
            cur = rng.uniform(lo, min(hi, 7.5))
            fmt = (lambda v: f"{v:.1f}") if lg == "en" else (lambda v: f"{v:.1f}".replace(".", ","))
            vals = [
                f"{rng.randint(8, 9)}:{rng.randint(0, 59):02d}",
                fmt(cur),
                fmt(lo),
                fmt(hi),
                "x",
                initials(rng.choice(team())[0]),
            ]
            for c, t in zip(cols[1:7], vals, strict=True):
                hand(p, (c[0] + c[1]) / 2, y, t, 8.5, "center")
            if out:
                hand(
                    p,
                    cols[7][0],
                    y,
                    fit(
                        tr(
                            lg,
                            "door left open - stock checked, rang MI",
                            "Tür offen - Ware geprüft",
                            "porte ouverte - stock vérifié",
                        ),
                        HAND,
                        8,
                        cols[7][1] - cols[7][0],
                    ),
                    8,
                )
        y += 24
    p.text(
        m,
        y,
        tr(
            lg,
            "Record the temperature at the same time each working day. Report any reading "
            "outside 2-8 °C to the pharmacist immediately.",
            "Täglich zur gleichen Zeit ablesen und eintragen. Abweichungen sofort der "
            "Apothekenleitung melden.",
            "Relever chaque jour ouvré à heure fixe. Signaler tout écart au pharmacien.",
        ),
        s.font,
        7,
    )
    y += 20
    p.text(m, y, tr(lg, "Checked by pharmacist:", "Geprüft:", "Vérifié par :"), s.font, 8)
    if rng.random() < 0.7:
        sign(p, m + 110, y, rng.choice(pharmacists() or [a_name(rng, lg)]), 11)
    note(d, fno)
    return [p]


def tpl_consent_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A patient's consent form kept by the pharmacy (flu vaccination or New Medicine Service
    consent, Einwilligungserklärung Grippeschutzimpfung, consentement à la vaccination ou à
    l'entretien pharmaceutique): patient details, screening questions with Yes/No ticks, the
    consent and signature, the vaccination record; now and then the screening questions on a
    second page."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=9)
    w, _ = A4
    m = s.margin
    d = on(rng, -120, 10)
    pt = rng.choice(patients())
    vacc = rng.random() < 0.7
    title = (
        tr(
            lg,
            "Seasonal influenza vaccination - consent form",
            "Einwilligungserklärung zur Grippeschutzimpfung in der Apotheke",
            "Vaccination antigrippale à l'officine - recueil du consentement",
        )
        if vacc
        else tr(
            lg,
            "New Medicine Service - patient consent",
            "Einwilligung Erweiterte Medikationsberatung bei Polymedikation",
            "Entretien pharmaceutique - consentement du patient",
        )
    )
    p = Page(A4)
    y = heading(p, s, h) if rng.random() < 0.6 else m
    for ln in wrap(title, s.bold, 12, w - 2 * m):
        p.text(m, y, ln, s.bold, 12)
        y += 15
    y += 6
    y = band(p, s, y, tr(lg, "Patient details", "Angaben zur Person", "Identité du patient")) + 8
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Name", "Name, Vorname", "Nom, prénom"),
                pt.name if lg != "fr" else f"{pt.last.upper()} {pt.first}",
            ),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(pt.born, lg)),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{pt.street}, {pt.town}"),
            (
                tr(lg, "NHS number", "Krankenkasse / Vers.-Nr.", "N° de sécurité sociale"),
                pt.number if lg != "de" else f"{pt.fund} / {pt.number}",
            ),
            (
                tr(lg, "GP practice", "Hausarzt", "Médecin traitant"),
                SENDERS["surgery"][lg][rng.randrange(4)][0],
            ),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                f"0{rng.randint(7000, 7999)} {rng.randint(100000, 999999)}",
            ),
        ],
        per=2,
        tall=26,
    )
    qs = (
        [
            tr(lg, a, b, c)
            for a, b, c in [
                (
                    "Have you had a severe reaction to a flu vaccine before?",
                    "Hatten Sie schon einmal eine schwere Reaktion auf eine Impfung?",
                    "Avez-vous déjà eu une réaction grave à un vaccin ?",
                ),
                (
                    "Are you allergic to eggs, latex or any antibiotic?",
                    "Besteht eine Allergie gegen Hühnereiweiß oder Antibiotika?",
                    "Êtes-vous allergique à l'oeuf ou à un antibiotique ?",
                ),
                (
                    "Are you unwell today or do you have a fever?",
                    "Haben Sie heute Fieber oder einen akuten Infekt?",
                    "Avez-vous de la fièvre aujourd'hui ?",
                ),
                (
                    "Do you take anticoagulants or have a bleeding disorder?",
                    "Nehmen Sie gerinnungshemmende Medikamente?",
                    "Prenez-vous un traitement anticoagulant ?",
                ),
                ("Are you pregnant?", "Sind Sie schwanger?", "Êtes-vous enceinte ?"),
            ]
        ]
        if vacc
        else [
            tr(lg, a, b, c)
            for a, b, c in [
                (
                    "Have you started a new medicine in the last two weeks?",
                    "Nehmen Sie dauerhaft fünf oder mehr Arzneimittel ein?",
                    "Prenez-vous un traitement au long cours ?",
                ),
                (
                    "May we share information with your GP?",
                    "Dürfen wir Ihren Hausarzt informieren?",
                    "Acceptez-vous que votre médecin soit informé ?",
                ),
                (
                    "May we contact you by telephone for the follow-up?",
                    "Dürfen wir Sie telefonisch kontaktieren?",
                    "Acceptez-vous un suivi par téléphone ?",
                ),
            ]
        ]
    )
    second = rng.random() < 0.3
    pages = [p]
    q = p
    qy = y
    if second:
        q = Page(A4)
        pages.append(q)
        qy = m
    qy = (
        band(
            q,
            s,
            qy,
            tr(
                lg,
                "Screening questions",
                "Fragen vor der Impfung" if vacc else "Fragen",
                "Questionnaire préalable",
            ),
        )
        + 12
    )
    yn = yes_no(lg)
    for text in qs:
        lines = wrap(text, s.font, 8.5, w - 2 * m - 110)
        for k, ln in enumerate(lines):
            q.text(m, qy + 11 * k, ln, s.font, 8.5)
        yes = rng.random() < 0.12
        box(q, w - m - 96, qy, yes, 8)
        q.text(w - m - 84, qy, yn[0], s.font, 8)
        box(q, w - m - 46, qy, not yes, 8)
        q.text(w - m - 34, qy, yn[1], s.font, 8)
        qy += 11 * len(lines) + 8
    if second:
        qy += 10
        q.text(m, qy, tr(lg, "Notes", "Anmerkungen", "Remarques"), s.bold, 9)
        for _ in range(5):
            qy += 17
            q.line(m, qy + 4, w - m, qy + 4)
        y += 10
    else:
        y = qy + 6
    y = band(p, s, y, tr(lg, "Consent", "Einwilligung", "Consentement")) + 12
    y = text_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I have read the information provided, I have had the opportunity to ask questions "
            "and I consent to receive the service described above. I understand that a record "
            "will be kept and shared with my GP.",
            "Ich wurde über Nutzen und Risiken aufgeklärt, hatte Gelegenheit Fragen zu stellen "
            "und willige in die Durchführung ein. Die Einwilligung kann jederzeit widerrufen "
            "werden.",
            "J'ai reçu une information claire, j'ai pu poser mes questions et je consens à la "
            "réalisation de l'acte. Je peux retirer mon consentement à tout moment.",
        ),
        8.5,
    )
    p.text(
        m, y + 10, tr(lg, "Patient signature", "Unterschrift", "Signature du patient"), s.font, 8
    )
    sign(p, m + 90, y + 12, pt.name)
    p.text(w / 2 + 40, y + 10, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    hand(p, w / 2 + 80, y + 10, short(d, lg))
    y += 30
    if vacc:
        y = (
            band(
                p,
                s,
                y,
                tr(
                    lg,
                    "Vaccination record (pharmacist)",
                    "Dokumentation der Impfung",
                    "Traçabilité de la vaccination",
                ),
            )
            + 8
        )
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Vaccine", "Impfstoff", "Vaccin"),
                    rng.choice(["QIVe", "aTIV", "Influvac Tetra", "Vaxigrip Tetra", "Efluelda"]),
                ),
                (
                    tr(lg, "Batch / expiry", "Ch.-B. / Verfall", "Lot / péremption"),
                    f"{serial(rng, 'A9999A')} / {short(d + timedelta(days=200), lg)[3:]}",
                ),
                (
                    tr(lg, "Site", "Injektionsstelle", "Site"),
                    rng.choice(
                        [
                            tr(lg, "L deltoid", "li. Oberarm", "deltoïde G"),
                            tr(lg, "R deltoid", "re. Oberarm", "deltoïde D"),
                        ]
                    ),
                ),
                (
                    tr(lg, "Vaccinator", "Impfende(r)", "Vaccinateur"),
                    rng.choice(pharmacists() or ["-"]),
                ),
            ],
            per=4,
            tall=26,
        )
    note(d, pt.name)
    return pages


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's rent invoice for the shop: a quarterly rent demand with the service
    charge and insurance rent, a Mietrechnung with the Nebenkostenvorauszahlung and VAT, an
    avis d'échéance with the tear-off quittance slip; now and then the service charge budget
    or the Nebenkosten breakdown on a second page."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, paper_of(h, lg), pt=9.5)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    shop = shop_head()
    f = sheets(s, h, h.name)
    no = serial(rng, "99999")
    quarter = {"en": ["25 March", "24 June", "29 September", "25 December"]}
    period = tr(
        lg,
        f"Quarter commencing {rng.choice(quarter['en'])} {d.year}",
        f"Monat {month_name(d, 'de')}",
        f"Trimestre du {short(d.replace(day=1), 'fr')} au {short(quarter_end(d), 'fr')}",
    )
    recipient(
        f,
        s,
        h,
        [tr(lg, f"{shop.name} (Tenant)", shop.name, shop.name), shop.street, shop.town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Avis n°"), no),
            (
                tr(lg, "Tenant ref.", "Mieter-Nr.", "Locataire"),
                serial(keyed(who, "tenant"), "T9999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "RENT DEMAND", "Mietrechnung", "AVIS D'ÉCHÉANCE"), 2.5)
    f.page.text(
        s.margin,
        f.y,
        tr(lg, "Premises: ", "Mietobjekt: ", "Lieux loués : ")
        + f"{shop.street}, {shop.town} - {period}",
        s.font,
        8.5,
    )
    f.y += 20
    base = keyed(who, "rent").randint(1800, 6500) * (3 if lg != "de" else 1)
    lines = [
        (tr(lg, "Rent", "Grundmiete Gewerbefläche", "Loyer commercial"), base),
        (
            tr(
                lg,
                "Service charge (on account)",
                "Nebenkostenvorauszahlung",
                "Provision sur charges",
            ),
            base * rng.uniform(0.08, 0.18),
        ),
        (
            tr(lg, "Insurance rent", "Heizkostenvorauszahlung", "Taxe foncière (quote-part)"),
            base * rng.uniform(0.03, 0.08),
        ),
    ]
    net = sum(v for _, v in lines)
    rate = 0.2 if lg != "de" else 0.19
    rows = [[t, money(v, lg)] for t, v in lines] + [
        [tr(lg, "VAT at 20%", "zzgl. 19 % USt.", "TVA 20 %"), money(net * rate, lg)]
    ]
    table(
        f,
        columns(s.margin, w - s.margin, [(5, "left"), (1.4, "right")]),
        [tr(lg, "Description", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        size=9,
        rules=True,
        step=2.0,
    )
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y + 6,
        [
            (tr(lg, "TOTAL DUE", "Gesamtbetrag", "TOTAL À PAYER"), cash(net * (1 + rate), lg)),
            (
                tr(lg, "Due date", "Fällig am", "Échéance"),
                short(d + timedelta(days=rng.choice([0, 3, 5])), lg),
            ),
        ],
        w - s.margin,
        9.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment by standing order to the landlord's client account quoting the tenant "
            "reference.",
            "Bitte überweisen Sie den Betrag bis zum 3. Werktag des Monats unter Angabe der "
            "Mieter-Nr.",
            "Règlement par prélèvement automatique. En cas de paiement par chèque, joindre le "
            "talon ci-dessous.",
        ),
        8,
    )
    if lg == "fr" and rng.random() < 0.8:
        y = max(f.y + 20, hh - 200)
        slip_rule(f.page, m, w - m, y, "Talon à joindre à votre règlement")
        f.page.text(m, y + 24, "QUITTANCE / TALON DE PAIEMENT", s.bold, 10)
        pairs(
            f.page,
            s,
            m,
            y + 42,
            [("Locataire", shop.name), ("Avis n°", no), ("Montant", cash(net * (1 + rate), lg))],
            w / 2,
            8.5,
        )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        p = Page(s.page_size)
        y = m
        p.text(
            m,
            y,
            tr(
                lg,
                f"Service charge budget {d.year}/{d.year + 1}",
                f"Aufstellung Nebenkosten {d.year}",
                f"Budget prévisionnel des charges {d.year}",
            ),
            s.bold,
            11,
        )
        y += 20
        heads = tr(
            lg,
            "Cleaning of common parts|Lighting|Buildings insurance|Lift maintenance|Refuse "
            "collection|Management fee|Sinking fund",
            "Grundsteuer|Wasser/Abwasser|Müllabfuhr|Gebäudereinigung|Hausmeister|Versicherung|Aufzug",
            "Nettoyage parties communes|Électricité|Assurance immeuble|Entretien "
            "ascenseur|Honoraires de gestion|Eau|Espaces verts",
        ).split("|")
        for t in heads:
            y += 16
            p.text(m, y, t, s.font, 9)
            p.text(w - m, y, money(rng.uniform(200, 6000), lg), s.font, 9, "right")
            p.line(m, y + 4, w - m, y + 4)
        y += 20
        p.text(
            m,
            y,
            tr(lg, "Tenant's proportion: ", "Anteil Mieter: ", "Quote-part du locataire : ")
            + f"{rng.uniform(4, 22):.2f}%".replace(".", "," if lg != "en" else "."),
            s.bold,
            9,
        )
        pages.append(close([p], s, h, numbers="none")[0])
    received(rng, pages[0], lg, d, 0.25)
    note(d, no)
    return pages


BINS = {
    "en": ["1 L", "5 L", "7 L", "11.5 L", "22 L"],
    "de": ["1 L", "5 L", "7 L", "11,5 L", "22 L"],
    "fr": ["1 L", "5 L", "7 L", "11,5 L", "22 L"],
}


def quarter_end(d: date) -> date:
    """The last day of the three months from the first of ``d``'s month."""
    first = d.replace(day=1)
    return (first + timedelta(days=92)).replace(day=1) - timedelta(days=1)


def tpl_sharps_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A collection note for sharps and pharmaceutical waste: a hazardous waste consignment
    note in parts A-E, an Übernahmeschein with the waste codes, a bordereau de suivi DASRI
    (cerfa 11351) with its numbered boxes; containers, codes and quantities by hand, the
    collector's and the pharmacy's signatures."""
    h = head_of(who, "waste")
    lg = h.lang
    s = style_of(h, A4, margin=36, pt=8.5)
    w, _ = A4
    m = s.margin
    d = on(rng)
    shop = shop_head()
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "HAZARDOUS WASTE CONSIGNMENT NOTE",
        "ÜBERNAHMESCHEIN - Entsorgung von Abfällen aus dem Gesundheitsdienst",
        "BORDEREAU DE SUIVI DES DASRI",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 11, w - 2 * m - 120))
    no = serial(rng, tr(lg, "AAAAA9/99999", "9999999999", "99999999"))
    p.text(w - m, y, no, "Courier-Bold", 9, "right")
    if lg == "fr":
        p.text(w - m, y + 10, "cerfa n° 11351*04", s.font, 6.5, "right")
    y += 16
    codes = [
        (
            "18 01 03*",
            tr(
                lg,
                "Sharps - infectious",
                "Spitze und scharfe Gegenstände, infektiös",
                "Piquants coupants tranchants",
            ),
        ),
        (
            "18 01 09",
            tr(
                lg,
                "Medicines other than cytotoxic",
                "Arzneimittel (nicht zytotoxisch)",
                "Médicaments non cytotoxiques",
            ),
        ),
        (
            "18 01 08*",
            tr(
                lg,
                "Cytotoxic and cytostatic medicines",
                "Zytotoxische Arzneimittel",
                "Médicaments cytotoxiques",
            ),
        ),
    ]
    chosen = codes[: rng.randint(1, 3)]
    secs = [
        (
            tr(
                lg,
                "Part A  Notification / producer",
                "1  Erzeuger / Abfallbesitzer",
                "Cadre 1  Producteur",
            ),
            [
                (tr(lg, "Premises", "Anfallstelle", "Établissement"), shop.name),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop.street}, {shop.town}"),
            ],
        ),
        (
            tr(
                lg,
                "Part B  Description of the waste",
                "2  Abfallart und Menge",
                "Cadre 2  Désignation des déchets",
            ),
            [
                (
                    f"{c}  {t}",
                    f"{rng.randint(1, 6)} x {rng.choice(BINS[lg])}",
                )
                for c, t in chosen
            ],
        ),
        (
            tr(lg, "Part C  Carrier", "3  Beförderer", "Cadre 3  Collecteur / transporteur"),
            [
                (tr(lg, "Carrier", "Beförderer", "Transporteur"), h.name),
                (
                    tr(lg, "Vehicle", "Kennzeichen", "Véhicule"),
                    serial(rng, "AA99 AAA")
                    if lg == "en"
                    else serial(rng, "DU-AA 999")
                    if lg == "de"
                    else serial(rng, "AA-999-AA"),
                ),
            ],
        ),
        (
            tr(lg, "Part D  Consignor's certificate", "4  Übergabe", "Cadre 4  Remise"),
            [
                (
                    tr(
                        lg,
                        "Date / time of collection",
                        "Datum / Uhrzeit",
                        "Date / heure d'enlèvement",
                    ),
                    f"{short(d, lg)} {rng.randint(9, 17)}:{rng.randint(0, 59):02d}",
                ),
                (
                    tr(lg, "Consignor signature", "Unterschrift Apotheke", "Signature producteur"),
                    "",
                ),
                (tr(lg, "Carrier signature", "Unterschrift Fahrer", "Signature collecteur"), ""),
            ],
        ),
        (
            tr(
                lg,
                "Part E  Consignee's certificate",
                "5  Entsorgungsanlage",
                "Cadre 5  Installation de destination",
            ),
            [
                (
                    tr(lg, "Received at", "Anlage", "Installation"),
                    tr(
                        lg,
                        "High temperature incinerator",
                        "Sonderabfallverbrennungsanlage",
                        "Usine d'incinération",
                    ),
                ),
                (
                    tr(lg, "Quantity received (kg)", "Menge (kg)", "Poids (kg)"),
                    f"{rng.uniform(1, 25):.1f}",
                ),
            ],
        ),
    ]
    third = (w - 2 * m) / 3
    for title_, cells in secs:
        y = band(p, s, y + 4, title_) + 6
        if len(cells) == 3:
            sign(p, m + third + 20, y + 25, rng.choice(pharmacists() or [a_name(rng, lg)]), 11)
            sign(p, m + 2 * third + 20, y + 25, staff(h, "driver"), 11)
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            cells,
            per=len(cells) if len(cells) == 3 else 2,
            tall=30,
            hand=rng.random() < 0.7,
        )
    p.text(
        m,
        y + 6,
        tr(
            lg,
            "Copy 1 producer - copy 2 carrier - copy 3 consignee. Keep for three years.",
            "Durchschlag verbleibt beim Erzeuger. Aufbewahrung 3 Jahre.",
            "Exemplaire 1 : producteur - à conserver 3 ans.",
        ),
        s.font,
        6.5,
    )
    note(d, no)
    return close([p], s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same day and goods."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "prescription": tpl_prescription,
    "wholesaler_invoice": tpl_wholesaler_invoice,
    "delivery_note": tpl_delivery_note,
    "credit_note": tpl_credit_note,
    "cd_register": tpl_cd_register,
    "cd_order": tpl_cd_order,
    "claim_statement": tpl_claim_statement,
    "remittance": tpl_remittance,
    "recall_notice": tpl_recall_notice,
    "safety_letter": tpl_safety_letter,
    "price_letter": tpl_price_letter,
    "locum_invoice": tpl_locum_invoice,
    "staff_rota": tpl_staff_rota,
    "training_certificate": tpl_training_certificate,
    "inspection_report": tpl_inspection_report,
    "service_report": tpl_service_report,
    "fridge_log": tpl_fridge_log,
    "consent_form": tpl_consent_form,
    "rent_invoice": tpl_rent_invoice,
    "sharps_note": tpl_sharps_note,
}
TEMPLATES_NN: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "prescription",
    "delivery_note",
    "cd_register",
    "fridge_log",
    "consent_form",
    "training_certificate",
    "staff_rota",
    "sharps_note",
    "locum_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "cd_order": "delivery_note",
    "recall_notice": "credit_note",
    "delivery_note": "credit_note",
    "claim_statement": "remittance",
    "service_report": "fridge_log",
}

ROLES_OF_STAFF = {
    "en": [
        "pharmacist",
        "pharmacist",
        "pharmacy technician",
        "dispenser",
        "dispenser",
        "counter assistant",
        "delivery driver",
    ],
    "de": ["Apotheker", "Apotheker", "PTA", "PTA", "PKA", "PKA", "Bote"],
    "fr": [
        "pharmacien",
        "pharmacien",
        "préparateur",
        "préparateur",
        "préparateur",
        "apprenti",
        "rayonniste",
    ],
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_kist_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One pharmacy's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.5) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The pharmacy
    (country, name, staff, patients, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SHOP["lang"] = lang
    SHOP["idx"] = r.randrange(len(SENDERS["pharmacy"][lang]))
    SHOP["seed"] = r.getrandbits(24)
    SHOP["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    town = SENDERS["pharmacy"][lang][int(SHOP["idx"])][2]
    SHOP["patients"] = [a_person(r, lang, town) for _ in range(r.randint(30, 60))]
    roles = ROLES_OF_STAFF[lang][: r.randint(4, 7)]
    SHOP["staff"] = [(a_name(r, lang), role) for role in roles]
    LAST.update(kind="", day=None, ref="", items=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_NN, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_kist_stream, "templates NN")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

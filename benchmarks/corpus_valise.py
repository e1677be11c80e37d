"""Valise part of the generated corpus: templates V, written blind for the next measurement.

Another part, ``valise``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the administrator of a
car dealership group with its own service workshop and body shop (branches in England, Germany
and France: new and used car sales, finance and leasing, servicing, repairs, warranty and
insurance work) feeds through the scanner at the end of each day: the dealer's vehicle order
forms (a verbindliche Bestellung, a bon de commande) with the terms of sale on the back, the
finance houses' hire purchase, loan and lease agreements (Darlehens- or Leasingvertrag, offre
de location avec option d'achat) with the pre-contract information, the terms and the direct
debit mandate, the finance houses' settlement figure letters for a part-exchange with a
remittance slip, registration certificates (V5C, Zulassungsbescheinigung Teil I, certificat
d'immatriculation), workshop job cards with the car's damage plan, fuel gauge ticks and the
technicians' clockings written by hand, workshop invoices with labour and parts over one to
three pages, vehicle health checks in red / amber / green, MOT certificates, HU reports and
proces-verbaux de controle technique with the list of defects, parts distributors' delivery
notes on A5 and landscape A5, parts suppliers' statements of account with a remittance slip,
the body shop's repair estimates with the calculation pages and a photo sheet, insurers'
repair authorisations with a satisfaction note, independent engineers' reports (a
Schadengutachten, a rapport d'expertise; some with a cover sheet) with photo sheets,
warranty claim forms, the manufacturer's warranty credit notes with the claims list on
landscape A4, vehicle sales invoices (some under the margin scheme) with the specification
sheet behind, part-exchange appraisals with the damage plan, handover checklists, car
transporters' delivery receipts on landscape A4, courtesy car agreements with the conditions
on the back, vehicle history checks printed from a web browser and card terminal slips on a
narrow strip. Each sender writes in its own language (English, German or French); page sizes
range from narrow terminal slips, A5 and landscape A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the administrator files
it under the car or the deal: the terms of sale behind an order form, the pre-contract
information, terms pages and direct debit mandate of a finance agreement, the remittance slip
page of a settlement letter, the second page of a registration certificate, the technician's
notes sheet of a job card, the photo page of a health check, the continuation pages of an
invoice, a statement, a credit note or a history check, the second page of an MOT certificate
or a controle technique, the
calculation pages and the photo sheet of an estimate, the satisfaction note behind an
insurer's authorisation, the cover sheet, calculation and photo sheets of an engineer's
report, the photo page of an appraisal, the specification sheet behind a sales invoice and
the conditions on the back of a courtesy car agreement belong to their document. The finance
agreement for an order, the settlement letter for a part-exchange, the insurer's
authorisation for an estimate, the engineer's report asked for by an insurer, the MOT
certificate for a car in the workshop, the registration certificate of a car just invoiced,
the credit note for a warranty claim and the appraisal after a history check are documents of
their own, and so is each delivery note, health check, warranty claim, handover checklist,
transporter's receipt, courtesy car agreement and terminal slip of a batch.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: parts delivery notes, health
checks, warranty claims, handover checklists, transporters' receipts, courtesy car
agreements and terminal slips often come 2-4 in a row from one sender with other dates,
numbers, cars and amounts; and companions: an order form is often followed by the finance
agreement, an appraisal by the settlement letter, an estimate by the insurer's authorisation,
an authorisation by the engineer's report, a job card by the MOT certificate, a sales invoice
by the registration certificate, a history check by the appraisal and a warranty claim by the
manufacturer's credit note. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "valise"`` and seeds offset by
2_100_000.

Usage: ``python benchmarks/corpus_valise.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/valise/valise_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    caption,
    cell,
    close,
    columns,
    currency,
    date_text,
    day,
    fit,
    money,
    pairs,
    paper,
    part_generate,
    part_main,
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

PART = "valise"
SEED_OFFSET = 2_100_000

# ---------------------------------------------------------------------------------------------
# Who writes: firms by role, staff, customers, cars
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
ROLES: dict[str, list[Firm]] = {
    "dealer": [
        ("Halden Motors Ltd", "en", "Bath Road", "Reading RG30 2EU", "0118 957 3300"),
        ("Halden Motors Newbury", "en", "London Road", "Newbury RG14 2BP", "01635 552 810"),
        (
            "Autohaus Halden GmbH",
            "de",
            "Aachener Strasse 1040",
            "50858 Koeln",
            "0221 94 86 50-0",
        ),
        (
            "Autohaus Halden GmbH - Filiale Bruehl",
            "de",
            "Roemerstrasse 88",
            "50321 Bruehl",
            "02232 70 41 0",
        ),
        (
            "Halden Automobiles SAS",
            "fr",
            "212 avenue de la Marne",
            "59700 Marcq-en-Baroeul",
            "03 20 89 44 10",
        ),
        (
            "Halden Automobiles - site de Douai",
            "fr",
            "45 route de Lille",
            "59500 Douai",
            "03 27 94 12 00",
        ),
    ],
    "bodyshop": [
        (
            "Halden Accident Repair Centre",
            "en",
            "Unit 6, Portman Road",
            "Reading RG30 1EA",
            "0118 950 2244",
        ),
        (
            "Halden Karosserie- und Lackzentrum",
            "de",
            "Max-Planck-Strasse 9",
            "50354 Huerth",
            "02233 39 78 0",
        ),
        (
            "Halden Carrosserie Peinture",
            "fr",
            "12 rue Jules Guesde",
            "59650 Villeneuve-d'Ascq",
            "03 20 47 61 30",
        ),
    ],
    "finance": [
        (
            "Kingsmead Motor Finance Ltd",
            "en",
            "Kingsmead House, Oxford Road",
            "Bournemouth BH8 8EZ",
            "0344 824 6610",
        ),
        (
            "Norvik Financial Services UK",
            "en",
            "Delta Park, Caxton Way",
            "Watford WD18 8UA",
            "0370 600 4420",
        ),
        ("Norvik Bank GmbH", "de", "Hammfelddamm 6", "41460 Neuss", "02131 52 90 0"),
        ("Rheinland Autokredit AG", "de", "Theodor-Heuss-Ring 19", "50668 Koeln", "0221 160 77 0"),
        (
            "Norvik Financement SA",
            "fr",
            "3 avenue de l'Europe",
            "78117 Toussus-le-Noble",
            "09 69 32 11 50",
        ),
        ("Credit Auto du Nord", "fr", "18 rue Nationale", "59000 Lille", "03 20 12 58 00"),
    ],
    "insurer": [
        (
            "Albion Direct Motor Insurance",
            "en",
            "Albion House, Temple Way",
            "Bristol BS1 6HG",
            "0345 602 9911",
        ),
        (
            "Wessex Mutual Insurance",
            "en",
            "Wessex Court, Grange Road",
            "Swindon SN3 4HT",
            "0330 123 7080",
        ),
        (
            "Colonia-Rhein Versicherung AG",
            "de",
            "Riehler Strasse 90",
            "50668 Koeln",
            "0221 148 200",
        ),
        ("Westfaelische Kraftfahrt VVaG", "de", "Kolde-Ring 21", "48151 Muenster", "0251 70 20"),
        ("Mutuelle Automobile du Nord", "fr", "9 rue Faidherbe", "59000 Lille", "03 20 06 60 60"),
        ("Assurances Flandre-Artois", "fr", "27 boulevard Vauban", "62000 Arras", "03 21 71 40 00"),
    ],
    "assessor": [
        (
            "Thornbury Vehicle Assessors Ltd",
            "en",
            "2 Station Approach",
            "Thatcham RG19 4QP",
            "01635 867 100",
        ),
        (
            "P. Delaney & Co Motor Engineers",
            "en",
            "41 Castle Street",
            "Reading RG1 7SN",
            "0118 959 1812",
        ),
        (
            "Ingenieurbuero Kruse Kfz-Sachverstaendige",
            "de",
            "Widdersdorfer Strasse 190",
            "50825 Koeln",
            "0221 54 77 31",
        ),
        (
            "Sachverstaendigenbuero Dr. Lenz",
            "de",
            "Luxemburger Strasse 300",
            "50354 Huerth",
            "02233 94 30 6",
        ),
        (
            "Cabinet d'Expertise Vandamme",
            "fr",
            "5 place du General de Gaulle",
            "59000 Lille",
            "03 20 55 18 70",
        ),
        (
            "Expertise Auto Hauts-de-France",
            "fr",
            "ZA du Moulin, 3 rue Pasteur",
            "59270 Bailleul",
            "03 28 41 05 22",
        ),
    ],
    "maker": [
        (
            "Norvik Motors UK Ltd",
            "en",
            "Norvik House, Stirling Drive",
            "Milton Keynes MK14 6LA",
            "0800 917 4400",
        ),
        (
            "Norvik Automobile Deutschland GmbH",
            "de",
            "Norvik-Allee 1",
            "41460 Neuss",
            "02131 52 80 0",
        ),
        ("Norvik France SAS", "fr", "1 avenue du Golf", "78280 Guyancourt", "01 30 48 90 00"),
    ],
    "parts": [
        (
            "Thames Valley Motor Factors",
            "en",
            "Unit 12, Cradock Road",
            "Reading RG2 0JT",
            "0118 975 6040",
        ),
        (
            "Norvik Parts Distribution Centre",
            "en",
            "Magna Park, Lutterworth",
            "Leicester LE17 4XN",
            "0345 301 2090",
        ),
        ("Teile-Center West GmbH", "de", "Robert-Bosch-Strasse 14", "50769 Koeln", "0221 970 55 0"),
        ("Autoteile Kaiser KG", "de", "Gewerbestrasse 3", "50389 Wesseling", "02236 84 91 0"),
        (
            "Distri-Pieces Nord",
            "fr",
            "Parc d'activites de la Haute Borne",
            "59650 Villeneuve-d'Ascq",
            "03 20 67 12 12",
        ),
        (
            "Norvik Pieces Logistique",
            "fr",
            "ZI Paris Nord 2, 33 rue des Vanesses",
            "95700 Roissy",
            "01 48 63 90 00",
        ),
    ],
    "tester": [
        (
            "Calcot MOT & Test Centre",
            "en",
            "Unit 3, Calcot Business Park",
            "Reading RG31 7SD",
            "0118 941 0080",
        ),
        ("Halden Motors Ltd - MOT bay", "en", "Bath Road", "Reading RG30 2EU", "0118 957 3300"),
        (
            "DEKRA Automobil GmbH - Niederlassung Koeln",
            "de",
            "Ulmenallee 8",
            "50999 Koeln",
            "0221 35 00 50",
        ),
        (
            "GTUe Pruefstelle Ing.-Buero Sommer",
            "de",
            "Industriestrasse 161",
            "50999 Koeln",
            "02236 6 11 70",
        ),
        (
            "Autosur Lille-Hellemmes",
            "fr",
            "150 rue Roger Salengro",
            "59260 Hellemmes",
            "03 20 04 61 61",
        ),
        (
            "Securitest Marcq-en-Baroeul",
            "fr",
            "2 rue de la Briqueterie",
            "59700 Marcq-en-Baroeul",
            "03 20 72 31 31",
        ),
    ],
    "authority": [
        ("DVLA", "en", "Longview Road", "Swansea SA99 1BA", ""),
        ("Stadt Koeln - Kfz-Zulassungsstelle", "de", "Max-Glomsda-Strasse 4", "51105 Koeln", ""),
        (
            "Ministere de l'Interieur - ANTS",
            "fr",
            "Certificat d'immatriculation",
            "Imprimerie Nationale",
            "",
        ),
    ],
    "carrier": [
        (
            "Chiltern Vehicle Logistics Ltd",
            "en",
            "Hangar 4, Membury Airfield",
            "Hungerford RG17 7TJ",
            "01488 72 6600",
        ),
        (
            "Autotrans Rhein-Sieg GmbH",
            "de",
            "Industriepark Nord 22",
            "53567 Buchholz",
            "02683 94 26 0",
        ),
        (
            "Transauto Nord SAS",
            "fr",
            "Zone portuaire, quai de Flandre",
            "59140 Dunkerque",
            "03 28 58 44 10",
        ),
    ],
    "history": [
        ("VehicleFacts.co.uk", "en", "vehiclefacts.co.uk", "", ""),
        ("Fahrzeughistorie24.de", "de", "fahrzeughistorie24.de", "", ""),
        ("Histovec - Ministere de l'Interieur", "fr", "histovec.interieur.gouv.fr", "", ""),
    ],
}
PEOPLE = {
    "en": [
        "Craig Pennington",
        "Amy Rushton",
        "Dev Sharma",
        "Sally Overton",
        "Marcus Bell",
        "Joanne Kelsall",
        "Lee Hutchinson",
        "Farah Qureshi",
        "Tom Ashdown",
        "Gemma Whitlock",
        "Ryan O'Connell",
        "Kath Beddoes",
    ],
    "de": [
        "Stefan Lohmar",
        "Katrin Buescher",
        "Emre Yilmaz",
        "Andreas Wolters",
        "Nicole Thelen",
        "Bernd Schuetz",
        "Lisa Kaminski",
        "Oliver Reuter",
    ],
    "fr": [
        "Mathieu Delattre",
        "Sandrine Leroy",
        "Yassine Benali",
        "Aurelie Dhainaut",
        "Francois Cuvelier",
        "Celine Vanhove",
        "Nicolas Demarque",
        "Laetitia Carpentier",
    ],
}
CUSTOMERS = {
    "en": [
        "Mr Peter Haworth",
        "Mrs Janet Dowling",
        "Ms Olivia Sterling",
        "Mr Rajesh Nair",
        "Dr Helen Crossley",
        "Mr Gareth Pugh",
        "Mrs Susan Okoro",
        "Mr Daniel Fairbrother",
        "Thames Water Fleet Services",
        "Berkshire Care Homes Ltd",
    ],
    "de": [
        "Herr Juergen Brandt",
        "Frau Petra Esser",
        "Herr Mehmet Kaya",
        "Frau Dr. Ute Schaefer",
        "Herr Tobias Lindner",
        "Frau Sarah Hennes",
        "Pflegedienst Rheinaue GmbH",
        "Elektro Pohl GmbH & Co. KG",
    ],
    "fr": [
        "M. Jean-Pierre Lefebvre",
        "Mme Christine Dubois",
        "M. Karim Mansouri",
        "Mme Elodie Caron",
        "M. Patrick Wattebled",
        "Mme Sophie Baert",
        "SARL Boulangerie Delcourt",
        "Transports Lemaire SAS",
    ],
}
ROADS = {
    "en": [
        "Tilehurst Road",
        "Kennet Walk",
        "Chapel Hill",
        "Wokingham Road",
        "Bath Road",
        "Elm Grove",
    ],
    "de": ["Venloer Strasse", "Frechener Weg", "Bonner Strasse", "Am Rosengarten", "Kirchweg"],
    "fr": ["rue de Paris", "rue Gambetta", "avenue Foch", "rue du Moulin", "chemin des Pres"],
}
TOWNS = {
    "en": [
        "Reading RG4 7AB",
        "Wokingham RG40 2BU",
        "Newbury RG14 7EX",
        "Theale RG7 5AH",
        "Woodley RG5 3JP",
    ],
    "de": ["50825 Koeln", "50226 Frechen", "50321 Bruehl", "50374 Erftstadt", "50996 Koeln"],
    "fr": ["59000 Lille", "59100 Roubaix", "59500 Douai", "59130 Lambersart", "59800 Lille"],
}
# make, model, engine / trim, price range (thousands)
MODELS = [
    ("Norvik", "Corsan", "1.0 T-GDi 100 SE", 19, 24),
    ("Norvik", "Corsan", "1.2 Hybrid 130 Premium", 23, 28),
    ("Norvik", "Veyra", "1.6 CRDi 136 Sport", 28, 36),
    ("Norvik", "Veyra", "Plug-in Hybrid 225 Ultimate", 39, 47),
    ("Norvik", "Tessa", "e-Drive 64 kWh Advance", 34, 42),
    ("Norvik", "Kamaro", "2.0 CRDi 4x4 200 Premium", 41, 52),
    ("Volkswagen", "Golf", "1.5 TSI Life", 14, 22),
    ("Ford", "Focus", "1.0 EcoBoost Titanium", 11, 18),
    ("Renault", "Clio", "TCe 90 Evolution", 10, 16),
    ("Peugeot", "308", "1.2 PureTech 130 Allure", 13, 21),
    ("BMW", "320d", "M Sport Touring", 17, 29),
    ("Toyota", "Yaris", "1.5 Hybrid Design", 13, 19),
    ("Opel", "Astra", "1.2 Turbo Elegance", 11, 17),
    ("Skoda", "Octavia", "2.0 TDI SE L Estate", 15, 23),
    ("Dacia", "Sandero", "Stepway TCe 110", 9, 14),
    ("Mercedes-Benz", "A 180", "Progressive", 16, 25),
]
COLOURS = {
    "en": ["Polar White", "Phantom Black metallic", "Moonstone Grey", "Atlantic Blue", "Flame Red"],
    "de": ["Polarweiss", "Phantomschwarz metallic", "Mondsteingrau", "Atlantikblau", "Flammenrot"],
    "fr": [
        "Blanc Polaire",
        "Noir Phantom metallise",
        "Gris Lunaire",
        "Bleu Atlantique",
        "Rouge Flamme",
    ],
}
TALK = {
    "en": "vehicle customer service repair warranty finance mileage registration inspection "
    "bodywork paint labour parts agreement payment insurance claim delivery workshop",
    "de": "Fahrzeug Kunde Wartung Reparatur Garantie Finanzierung Kilometerstand Zulassung "
    "Pruefung Karosserie Lack Arbeitszeit Teile Vertrag Zahlung Versicherung Schaden Werkstatt",
    "fr": "vehicule client entretien reparation garantie financement kilometrage immatriculation "
    "controle carrosserie peinture main-d'oeuvre pieces contrat paiement assurance sinistre "
    "atelier",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the your our",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des votre",
}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A dealership sentence in ``lang``: trade words mixed with the language's glue."""
    trade, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(trade if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 1, 15) + timedelta(days=rng.randint(0, 720))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its branch and car."""
    return random.Random(zlib.crc32(f"valise/{key}/{who.name}/{who.street}/{who.city}".encode()))


def region(who: Issuer) -> str:
    return seeded(who, "region").choice(["en", "en", "en", "de", "de", "fr", "fr"])


@dataclass
class Car:
    make: str
    model: str
    trim: str
    colour: str
    reg: str
    vin: str
    first: date
    miles: int
    price: float
    owner: str
    street: str
    town: str
    new: bool


def plate(rng: random.Random, lang: str) -> str:
    if lang == "de":
        town = rng.choice(["K", "BM", "SU", "BN", "GL"])
        return f"{town}-{serial(rng, rng.choice(['AA', 'A']))} {rng.randint(10, 9999)}"
    if lang == "fr":
        return serial(rng, "AA-999-AA")
    return serial(rng, "AA99 AAA")


def a_car(rng: random.Random, lang: str, new: bool | None = None) -> Car:
    make, model, trim, lo, hi = rng.choice(MODELS)
    if new is None:
        new = make == "Norvik" and rng.random() < 0.5
    if new:
        make, model, trim, lo, hi = rng.choice([x for x in MODELS if x[0] == "Norvik"])
    first = date(2024, 1, 1) - timedelta(days=0 if new else rng.randint(200, 3600))
    age = (date(2025, 1, 1) - first).days / 365
    miles = 0 if new else int(age * rng.randint(5000, 13000))
    name = rng.choice(CUSTOMERS[lang])
    road = rng.choice(ROADS[lang])
    no = rng.randint(1, 140)
    return Car(
        make=make,
        model=model,
        trim=trim,
        colour=rng.choice(COLOURS[lang]),
        reg="" if new else plate(rng, lang),
        vin=("NVK" if make == "Norvik" else serial(rng, "AA9"))
        + serial(rng, "AA9A9A99A9999999")[:14],
        first=first,
        miles=miles,
        price=round(rng.uniform(lo, hi) * 1000 / 10) * 10 - (0 if new else 5),
        owner=name,
        street=f"{road} {no}"
        if lang == "de"
        else f"{no} {road}"
        if lang == "en"
        else f"{no}, {road}",
        town=rng.choice(TOWNS[lang]),
        new=new,
    )


def car_of(who: Issuer, used: bool = False) -> Car:
    """The car the issuer's deal or repair is about (the same one for a companion); with
    ``used``, a car already on the road (the workshop's and the body shop's)."""
    c = a_car(seeded(who, "car"), region(who))
    if used and c.new:
        c = a_car(seeded(who, "usedcar"), region(who), new=False)
        first = a_car(seeded(who, "car"), region(who))
        c.owner, c.street, c.town = first.owner, first.street, first.town
    return c


def dist(lang: str, v: int) -> str:
    return (
        f"{v:,} miles" if lang == "en" else f"{v:,} km".replace(",", "." if lang == "de" else " ")
    )


def staff(who: Issuer, key: str, lang: str) -> str:
    return seeded(who, "staff" + key).choice(PEOPLE[lang])


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
    look: str  # band | badge | centred | split | rule
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    web: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "Seite {i}/{n}", "2:- {i} -", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
NO_FOOT = {"authority", "history"}


def legal_lines(r: random.Random, name: str, lang: str, role: str, town: str) -> list[str]:
    place = town.split(" ", 1)[-1] if town[:1].isdigit() else town.split()[0]
    if lang == "de":
        out = [
            f"{name.split(' - ')[0]} - Sitz {place} - Amtsgericht {place} HRB "
            f"{r.randint(10000, 99999)} - Geschaeftsfuehrer: "
            + r.choice(["Ralf Halden", "Dr. Claudia Meurer", "Jens Borchert", "Petra Adams"])
            + f" - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{r.choice(['Sparkasse KoelnBonn', 'Kreissparkasse Koeln', 'Deutsche Bank Koeln'])}"
            f" - IBAN DE{r.randint(10, 99)} 3705 0198 {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)} - BIC COLSDE33XXX",
        ]
        if role in ("finance",):
            out.append("Aufsicht: Bundesanstalt fuer Finanzdienstleistungsaufsicht (BaFin)")
        return out
    if lang == "fr":
        out = [
            f"{name.split(' - ')[0]} - SAS au capital de {r.randint(40, 900)} 000 EUR - RCS "
            f"{place} {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"Code APE {r.choice(['4511Z', '4520A', '6619B', '4531Z'])} - TVA FR"
            f"{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
        if role in ("dealer", "bodyshop"):
            out.append(
                "Intermediaire en operations de banque - ORIAS n. "
                f"{r.randint(10000000, 19999999)} - Garantie financiere et RCP conformes."
            )
        if role == "finance":
            out.append("Etablissement de credit agree par l'ACPR - 4 place de Budapest, Paris")
        return out
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.8:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    lines = [" - ".join(out)]
    if role in ("dealer", "finance"):
        lines.append(
            f"{name} is authorised and regulated by the Financial Conduct Authority "
            f"(FRN {r.randint(300000, 999999)})."
            + (" We act as a credit broker, not a lender." if role == "dealer" else "")
        )
    return lines


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    """The ``role`` firm of ``who`` as it prints (the same firm for the same issuer), of the
    branch's country."""
    r = seeded(who, role)
    lg = region(who)
    rows = [x for x in ROLES[role] if x[1] == lg] or ROLES[role]
    name, lang, street, town, phone = r.choice(rows)
    short = "".join(c for c in name.split(" - ")[0].split()[0].lower() if c.isalpha())
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        look=r.choice(looks or ["band", "badge", "centred", "split", "rule"]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role, town)
        if role not in NO_FOOT and r.random() < 0.75
        else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        web=f"www.{short}.{tld}" if role not in NO_FOOT else "",
    )


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.82)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        line = f"{where}   {tel}   {h.web}".strip()
        p.text(m, y + 22, fit(line, s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "badge":
        ini = "".join(x[0] for x in h.name.replace("&", "").replace("-", " ").split()[:2]).upper()
        p.rect(m, y - 14, 34, 34, fill=0.2)
        p.rect(m + 3, y - 11, 28, 28, fill=0.92)
        p.text(m + 17, y + 8, ini, "Helvetica-Bold", 12, "center")
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m - 44)
        p.text(m + 42, y + 1, h.name, s.bold, pt)
        p.text(
            m + 42,
            y + 13,
            fit(f"{where} - {tel}".strip(" -"), s.font, 7, w - 2 * m - 44),
            s.font,
            7,
        )
        return y + 42
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        p.line(w / 2 - 60, y + 8, w / 2 + 60, y + 8)
        line = f"{where} - {tel} - {h.web}".strip(" -")
        p.text(w / 2, y + 18, fit(line, s.font, 7, w - 2 * m), s.font, 7, "center")
        return y + 40
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        yy = y - 4
        for t in (h.street, h.town, tel, h.web):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 12), w - m, max(yy, y + 12))
        return max(yy, y + 12) + 20
    pt = shrink(h.name.upper(), s.bold, s.size + 4, w - 2 * m)
    p.text(m, y + 4, h.name.upper(), s.bold, pt)
    p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
    p.text(m, y + 22, fit(f"{where}  |  {tel}".strip(" |"), s.font, 7, w - 2 * m), s.font, 7)
    return y + 42


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


def letter_size(who: Issuer, lang: str, key: str = "letter") -> tuple[float, float]:
    return LETTER if lang == "en" and seeded(who, key).random() < 0.2 else A4


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = name.replace("Mr ", "").replace("Mrs ", "").replace("M. ", "").split()
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.4, y - 3)


def stamp(p: Page, x: float, y: float, lines: list[str]) -> None:
    """A rubber stamp with a double frame, its top-left at ``x``, ``y``."""
    bw = max(len(t) for t in lines) * 5.4 + 16
    bh = 12 * len(lines) + 8
    p.rect(x, y, bw, bh)
    p.rect(x + 2.5, y + 2.5, bw - 5, bh - 5)
    for k, t in enumerate(lines):
        font = "Helvetica-Bold" if k == 0 else "Helvetica"
        p.text(x + bw / 2, y + 14 + 12 * k, t, font, 8, "center")


def got(lang: str, d: date, what: str = "") -> list[str]:
    """The back office's received stamp."""
    return [
        tr(lang, "RECEIVED", "EINGEGANGEN", "RECU LE"),
        date_text(d, lang, "short"),
        what or tr(lang, "ADMIN / ACCOUNTS", "BUCHHALTUNG", "ADMINISTRATION"),
    ]


def office_stamp(rng: random.Random, p: Page, lang: str, d: date, x: float, y: float) -> None:
    stamp(p, x, y, got(lang, d + timedelta(days=rng.randint(0, 4))))


Cell = tuple[str, str, float]  # caption, entry, share of the row


def grid(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    row: list[Cell],
    tall: float = 26,
    hand: bool = False,
    pt: float = 8.5,
) -> float:
    """One row of form boxes: a small caption at the top of each, its entry below (in hand if
    ``hand``); the y under the row."""
    total = sum(c[2] for c in row)
    font = HAND if hand else s.font
    cx = x
    for cap, val, share in row:
        cw = w * share / total
        p.rect(cx, y, cw, tall)
        p.text(cx + 3, y + 7, fit(cap, s.font, 5.8, cw - 6), s.font, 5.8)
        for k, ln in enumerate(val.split("\n")):
            if ln and 17 + k * (pt + 1.5) < tall + 2:
                p.text(cx + 4, y + 17 + k * (pt + 1.5), fit(ln, font, pt, cw - 8), font, pt)
        cx += cw
    return y + tall


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look != "band" else None, y0, lines)
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


def dear(f: Sheets, s: Style, lang: str, name: str = "") -> None:
    if lang == "de":
        t = "Sehr geehrte Damen und Herren,"
    elif lang == "fr":
        t = "Madame, Monsieur,"
    else:
        t = f"Dear {name}," if name else "Dear Sir or Madam,"
    write(f, s, t)


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, ink: bool = True) -> None:
    f.need(80)
    m = s.margin
    close_ = tr(
        lang,
        ["Yours faithfully", "Yours sincerely", "Kind regards", "Regards"][len(name) % 4],
        "Mit freundlichen Gruessen",
        "Nous vous prions d'agreer nos salutations distinguees.",
    )
    f.page.text(m, f.y, close_, s.font, s.size)
    f.y += 30
    if ink:
        sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def small_print(
    p: Page, x: float, y: float, w: float, bottom: float, paras: list[str], cols: int, pt: float
) -> float:
    """Conditions in small type over ``cols`` columns between ``y`` and ``bottom``; the y
    reached in the last column."""
    gap = 12.0
    cw = (w - gap * (cols - 1)) / cols
    col, yy = 0, y
    for para in paras:
        for ln in wrap(para, "Times-Roman", pt, cw):
            if yy > bottom:
                col += 1
                yy = y
                if col >= cols:
                    return yy
            p.text(x + col * (cw + gap), yy, ln, "Times-Roman", pt)
            yy += pt * 1.2
        yy += pt * 0.5
    return yy


def clauses(rng: random.Random, lang: str, heads: list[str], n: int) -> list[str]:
    out = []
    for k in range(n):
        title = heads[k % len(heads)]
        out.append(f"{k + 1}. {title.upper()}. " + prose(rng, lang, 2, 6))
    return out


def lines_of(h: Head) -> list[str]:
    return [h.name, h.street, h.town]


def owner_lines(c: Car) -> list[str]:
    return [c.owner, c.street, c.town]


def car_name(c: Car) -> str:
    return f"{c.make} {c.model} {c.trim}"


def vat_rate(lang: str) -> float:
    return {"en": 0.20, "de": 0.19, "fr": 0.20}[lang]


def vat_name(lang: str) -> str:
    return tr(lang, "VAT", "MwSt.", "TVA")


def plan(
    p: Page, x: float, y: float, w: float, rng: random.Random, marks: int, keys: str = "SSDDCX"
) -> float:
    """A car seen from above with the body panels outlined, damage marks written on it by hand
    (S scratch, D dent, C chip, X broken); the y below it."""
    h = w * 0.45
    p.rect(x, y, w, h)
    p.rect(x + w * 0.28, y + h * 0.12, w * 0.42, h * 0.76)
    p.line(x + w * 0.28, y + h * 0.12, x + w * 0.2, y + h * 0.05)
    p.line(x + w * 0.28, y + h * 0.88, x + w * 0.2, y + h * 0.95)
    p.line(x + w * 0.7, y + h * 0.12, x + w * 0.8, y + h * 0.05)
    p.line(x + w * 0.7, y + h * 0.88, x + w * 0.8, y + h * 0.95)
    p.line(x + w * 0.5, y, x + w * 0.5, y + h * 0.12)
    p.line(x + w * 0.5, y + h * 0.88, x + w * 0.5, y + h)
    for wx in (0.12, 0.78):
        p.rect(x + w * wx, y - 5, w * 0.1, 5, fill=0.2)
        p.rect(x + w * wx, y + h, w * 0.1, 5, fill=0.2)
    for _ in range(marks):
        mx, my = x + rng.uniform(0.04, 0.94) * w, y + rng.uniform(0.08, 0.95) * h
        p.text(mx, my, rng.choice(keys), HAND, 11)
        p.line(mx - 2, my + 3, mx + 9, my + 3)
    return y + h + 14


def photo(p: Page, x: float, y: float, pw: float, ph: float, rng: random.Random) -> None:
    """A printed photograph of a car, near or far: a grey frame with the rough shapes of the
    body, wheels and the damaged panel."""
    p.rect(x, y, pw, ph, fill=rng.choice([0.45, 0.55, 0.62]))
    p.rect(x + 4, y + ph * 0.62, pw - 8, ph * 0.38 - 4, fill=0.35)
    bx, bw = x + pw * rng.uniform(0.05, 0.2), pw * rng.uniform(0.6, 0.8)
    p.rect(bx, y + ph * 0.35, bw, ph * 0.3, fill=rng.choice([0.8, 0.88, 0.15]))
    p.rect(bx + bw * 0.2, y + ph * 0.2, bw * 0.55, ph * 0.17, fill=0.7)
    for wx in (0.12, 0.7):
        p.rect(bx + bw * wx, y + ph * 0.58, bw * 0.16, ph * 0.14, fill=0.05)
    for _ in range(rng.randint(2, 5)):
        p.line(
            bx + bw * rng.uniform(0.3, 0.7),
            y + ph * rng.uniform(0.38, 0.6),
            bx + bw * rng.uniform(0.3, 0.7),
            y + ph * rng.uniform(0.38, 0.6),
        )


def photo_sheet(
    rng: random.Random,
    s: Style,
    title: str,
    caps: list[str],
    per: int,
    top: float,
    first_no: int = 1,
) -> Page:
    """A sheet of ``per`` printed photographs (2 or 4 or 6) with numbered captions."""
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(m, top, title, s.bold, s.size + 1)
    p.line(m, top + 5, w - m, top + 5)
    cols = 1 if per == 2 else 2
    rows = per // cols
    gw = (w - 2 * m - 14 * (cols - 1)) / cols
    gh = (hh - top - m - 40 - 26 * rows) / rows
    for k in range(per):
        cx = m + (k % cols) * (gw + 14)
        cy = top + 18 + (k // cols) * (gh + 26)
        photo(p, cx, cy, gw, gh, rng)
        p.text(
            cx,
            cy + gh + 11,
            fit(f"{first_no + k}  {caps[k % len(caps)]}", s.font, 7.5, gw),
            s.font,
            7.5,
        )
    return p


# ---------------------------------------------------------------------------------------------
# Templates V: sales and finance
# ---------------------------------------------------------------------------------------------

OPTIONS = {
    "en": [
        "Metallic paint",
        "Winter pack (heated seats and steering wheel)",
        "Panoramic sunroof",
        "Tow bar, detachable",
        "Rubber mats set",
        "Park assist with rear camera",
        "Paint and fabric protection",
        "Extended warranty 2 years",
        "Delivery, number plates and first registration fee",
        "Vehicle Excise Duty 12 months",
    ],
    "de": [
        "Metallic-Lackierung",
        "Winterpaket (Sitzheizung, Lenkradheizung)",
        "Panorama-Glasdach",
        "Anhaengerkupplung abnehmbar",
        "Gummifussmatten",
        "Einparkhilfe mit Rueckfahrkamera",
        "Ueberfuehrung und Zulassung",
        "Anschlussgarantie 24 Monate",
        "Kompletraeder Winter 17 Zoll",
    ],
    "fr": [
        "Peinture metallisee",
        "Pack hiver (sieges et volant chauffants)",
        "Toit panoramique",
        "Attelage demontable",
        "Tapis de sol",
        "Aide au stationnement avec camera",
        "Frais de mise a la route",
        "Extension de garantie 24 mois",
        "Carte grise (estimation)",
    ],
}
TERMS_HEADS = {
    "en": [
        "Definitions",
        "Price",
        "Deposit",
        "Delivery",
        "Part exchange",
        "Cancellation",
        "Title and risk",
        "Warranty",
        "Complaints",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Vertragsabschluss",
        "Preise",
        "Zahlung",
        "Lieferung und Lieferverzug",
        "Abnahme",
        "Eigentumsvorbehalt",
        "Sachmangel",
        "Haftung",
        "Gebrauchtfahrzeug in Zahlung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Prix",
        "Acompte",
        "Livraison",
        "Reprise",
        "Retractation",
        "Transfert de propriete",
        "Garantie legale de conformite",
        "Reclamations et mediation",
        "Donnees personnelles",
    ],
}


def terms_page(
    rng: random.Random, s: Style, lang: str, title: str, heads: list[str], pt: float, cols: int = 2
) -> Page:
    """A page of conditions in small print in ``cols`` columns under a centred title."""
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(w / 2, m, title, s.bold, shrink(title, s.bold, s.size + 1, w - 2 * m), "center")
    small_print(p, m, m + 20, w - 2 * m, hh - m - 30, clauses(rng, lang, heads, 40), cols, pt)
    return p


def tpl_vehicle_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The dealer's order form for a new or used car: buyer, vehicle, options and the price
    calculation with part-exchange and deposit, payment ticks and two signatures; the terms of
    sale on the back (one or two pages)."""
    h = head_of(who, "dealer", ["band", "badge", "rule", "split"])
    lg = h.lang
    s = paper(who.style, letter_size(who, lg), pt=min(who.style.size, 9.5))
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who)
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = (
        tr(
            lg,
            "ORDER FORM - NEW VEHICLE",
            "Verbindliche Bestellung eines Neufahrzeugs",
            "BON DE COMMANDE - VEHICULE NEUF",
        )
        if c.new
        else tr(
            lg,
            "ORDER FORM - USED VEHICLE",
            "Verbindliche Bestellung eines Gebrauchtfahrzeugs",
            "BON DE COMMANDE - VEHICULE D'OCCASION",
        )
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, s.size + 4, w - 2 * m - 120))
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Order No.', 'Auftrags-Nr.', 'N. de commande')} {serial(rng, '99999')}",
        s.font,
        s.size - 1,
        "right",
    )
    y += 14
    sp = staff(who, "sales", lg)
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kaeufer", "Client"), f"{c.owner}\n{c.street}, {c.town}", 3),
            (
                tr(lg, "Telephone", "Telefon", "Telephone"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0179 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
                1.4,
            ),
            (tr(lg, "Sales executive", "Verkaeufer", "Vendeur"), sp, 1.4),
        ],
        tall=40,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Make / model", "Marke / Typ", "Marque / modele"), f"{c.make} {c.model}", 2),
            (tr(lg, "Derivative", "Ausfuehrung", "Version"), c.trim, 2.4),
            (tr(lg, "Colour", "Farbe", "Teinte"), c.colour, 1.6),
        ],
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), c.reg or "-", 1.3),
            (tr(lg, "VIN / chassis", "FIN", "VIN"), c.vin, 2.2),
            (
                tr(lg, "Mileage", "Km-Stand", "Kilometrage"),
                dist(lg, c.miles) if c.miles else "-",
                1.2,
            ),
            (
                tr(lg, "Est. delivery", "Liefertermin ca.", "Livraison prevue"),
                date_text(d + timedelta(days=rng.randint(10, 120)), lg, "short"),
                1.3,
            ),
        ],
    )
    y += 14
    rows: list[tuple[str, float]] = [
        (tr(lg, "Vehicle price (list)", "Fahrzeugpreis lt. Preisliste", "Prix catalogue"), c.price)
    ]
    for o in rng.sample(OPTIONS[lg], rng.randint(1, 5)):
        rows.append((o, float(rng.choice([65, 150, 275, 395, 590, 800, 1150]))))
    disc = round(c.price * rng.choice([0, 0.03, 0.05, 0.08]), -1)
    if disc:
        rows.append((tr(lg, "Less discount", "abzgl. Nachlass", "Remise"), -disc))
    total = sum(v for _, v in rows)
    cur = currency(lg)
    for t, v in rows:
        p.text(m + 4, y, fit(t, s.font, s.size - 0.5, w * 0.6), s.font, s.size - 0.5)
        p.text(w - m - 4, y, money(v, lg), s.font, s.size - 0.5, "right")
        p.line(m, y + 4, w - m, y + 4)
        y += s.size * 1.65
    p.text(
        m + 4,
        y + 4,
        tr(lg, "Total cash price", "Gesamtpreis inkl. MwSt.", "Prix total TTC"),
        s.bold,
        s.size,
    )
    p.text(w - m - 4, y + 4, f"{money(total, lg)} {cur}", s.bold, s.size, "right")
    y += 22
    px = round(rng.uniform(1500, 9000), -1) if rng.random() < 0.6 else 0
    dep = float(rng.choice([250, 500, 1000, 2000]))
    y = pairs(
        p,
        s,
        m + 4,
        y,
        [
            (
                tr(lg, "Part-exchange allowance", "Inzahlungnahme Gebrauchtwagen", "Reprise"),
                money(px, lg) if px else "-",
            ),
            (
                tr(
                    lg,
                    "Settlement of outstanding finance",
                    "Abloese Restschuld",
                    "Solde credit en cours",
                ),
                money(round(px * rng.uniform(0.2, 0.7), 2), lg)
                if px and rng.random() < 0.5
                else "-",
            ),
            (tr(lg, "Deposit paid", "Anzahlung", "Acompte verse"), money(dep, lg)),
            (
                tr(lg, "Balance to pay", "Restbetrag", "Solde a payer"),
                f"{money(total - px - dep, lg)} {cur}",
            ),
        ],
        w - m - 4,
    )
    if px:
        pxc = a_car(seeded(who, "pxcar"), lg, new=False)
        y = grid(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                (tr(lg, "Part-exchange vehicle", "Altfahrzeug", "Vehicule repris"), pxc.reg, 1),
                (tr(lg, "Make / model", "Marke / Typ", "Marque / modele"), pxc.model, 1.4),
                (tr(lg, "Mileage", "Km-Stand", "Km"), str(pxc.miles), 1),
                (
                    tr(lg, "Finance with", "Finanziert bei", "Organisme preteur"),
                    head_of(who, "finance").name if rng.random() < 0.5 else "-",
                    2,
                ),
            ],
            tall=24,
            hand=True,
            pt=9,
        )
    y += 12
    p.text(m, y, tr(lg, "Method of payment:", "Zahlungsweise:", "Mode de reglement :"), s.bold, 8)
    y = (
        ticks(
            p,
            s,
            m + 100,
            y,
            w - 2 * m - 100,
            [
                tr(lg, "Cash / transfer", "Bar / Ueberweisung", "Comptant"),
                tr(lg, "Hire purchase", "Finanzierung", "Credit classique"),
                tr(lg, "PCP", "Ballonfinanzierung", "LOA"),
                tr(lg, "Contract hire", "Leasing", "LLD"),
            ],
            {rng.randint(0, 3)},
        )
        + 6
    )
    if y < hh - m - 150:
        p.text(m, y, tr(lg, "Remarks:", "Sondervereinbarungen:", "Observations :"), s.font, 8)
        p.text(m + 70, y, fit(words(rng, lg, 8), HAND, 9, w - 2 * m - 80), HAND, 9)
        p.line(m + 66, y + 3, w - m, y + 3)
        y += 20
    yb = hh - m - 96
    p.text(
        m,
        yb,
        fit(
            tr(
                lg,
                "The customer confirms having read the terms of sale overleaf, which form part "
                "of this order.",
                "Der Kaeufer bestaetigt, die umseitigen Verkaufsbedingungen erhalten zu haben; "
                "sie sind "
                "Bestandteil dieser Bestellung.",
                "Le client reconnait avoir pris connaissance des conditions generales de vente "
                "au verso.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    for k, (lab, name) in enumerate(
        [
            (
                tr(
                    lg,
                    "Customer's signature",
                    "Unterschrift Kaeufer",
                    "Signature du client (bon pour commande)",
                ),
                c.owner,
            ),
            (
                tr(
                    lg,
                    "For and on behalf of the dealer",
                    "Unterschrift Verkaeufer",
                    "Pour le vendeur",
                ),
                sp,
            ),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        sign(p, x + 10, yb + 40, name)
        p.line(x, yb + 44, x + (w - 2 * m) / 2 - 20, yb + 44)
        p.text(x, yb + 54, lab, s.font, 7)
        p.text(x, yb + 63, date_text(d, lg, "short"), HAND, 8)
    pages = [p]
    form = tr(lg, "Form", "Formular", "Imprime")
    form += f" {serial(seeded(who, 'form'), 'AA-99')}/{rng.choice(['2023', '2024'])}"
    p.text(w - m, 14, form, s.font, 5.5, "right")
    if rng.random() < 0.85:
        for _ in range(1 if rng.random() < 0.75 else 2):
            pages.append(
                terms_page(
                    rng,
                    s,
                    lg,
                    tr(
                        lg,
                        "TERMS AND CONDITIONS OF SALE",
                        "Allgemeine Geschaeftsbedingungen fuer den Verkauf von Kraftfahrzeugen",
                        "CONDITIONS GENERALES DE VENTE",
                    ),
                    TERMS_HEADS[lg],
                    6.3,
                    rng.choice([2, 3]),
                )
            )
    if rng.random() < 0.4:
        office_stamp(rng, pages[0], lg, d, w - m - 120, 95)
    return close(pages, s, h, numbers="none")


FIN_HEADS = {
    "en": [
        "Ownership",
        "Payments",
        "Late payment",
        "Your right to withdraw",
        "Early settlement",
        "Voluntary termination",
        "Insurance and care of the goods",
        "Default",
        "Repossession",
        "Assignment",
        "Complaints",
    ],
    "de": [
        "Darlehensgewaehrung",
        "Sicherungsuebereignung",
        "Zahlungsweise",
        "Verzug",
        "Widerrufsrecht",
        "Vorzeitige Rueckzahlung",
        "Versicherungspflicht",
        "Kuendigung",
        "Verwertung",
        "SCHUFA-Klausel",
    ],
    "fr": [
        "Objet du contrat",
        "Loyers",
        "Retard de paiement",
        "Droit de retractation",
        "Option d'achat",
        "Restitution du vehicule",
        "Assurance",
        "Resiliation",
        "Defaillance",
        "Mediation",
    ],
}


def tpl_finance_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A finance house's agreement for the car ordered: hire purchase, PCP, loan or lease
    (Darlehensvertrag, Leasingvertrag, location avec option d'achat): parties, vehicle and the
    financial details, signature boxes; then the pre-contract information or the terms over one
    to three pages, and the direct debit mandate. Numbered on every page, as such forms are."""
    h = head_of(who, "finance", ["band", "rule", "split", "badge"])
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who)
    kind = rng.choice(["hp", "pcp", "lease"])
    title = {
        "hp": tr(
            lg,
            "Hire Purchase Agreement regulated by the Consumer Credit Act 1974",
            "Darlehensvertrag zur Finanzierung eines Kraftfahrzeugs",
            "Offre de contrat de credit affecte",
        ),
        "pcp": tr(
            lg,
            "Conditional Sale / PCP Agreement regulated by the Consumer Credit Act 1974",
            "Darlehensvertrag mit Schlussrate (3-Wege-Finanzierung)",
            "Offre prealable de location avec option d'achat (LOA)",
        ),
        "lease": tr(
            lg,
            "Contract Hire Agreement",
            "Leasingvertrag (Kilometervertrag)",
            "Contrat de location longue duree (LLD)",
        ),
    }[kind]
    agr = serial(rng, rng.choice(["99999999", "AA-9999999", "9999/99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Agreement No.', 'Vertrags-Nr.', 'Contrat n.')} {agr}")
    caption(f, s, title, 2)
    p = f.page
    y = grid(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Agreement number", "Vertragsnummer", "Numero de contrat"), agr, 1),
            (
                tr(lg, "Dealer / introducer", "Vermittler", "Intermediaire"),
                head_of(who, "dealer").name,
                2,
            ),
        ],
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Customer (hirer)", "Darlehensnehmer", "Emprunteur / locataire"),
                f"{c.owner}\n{c.street}, {c.town}",
                3,
            ),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Ne(e) le"),
                date_text(
                    date(rng.randint(1955, 2001), rng.randint(1, 12), rng.randint(1, 28)),
                    lg,
                    "short",
                ),
                1,
            ),
        ],
        tall=38,
    )
    y = (
        grid(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Goods", "Fahrzeug", "Vehicule"), car_name(c), 3),
                (tr(lg, "VIN", "FIN", "N. de serie"), c.vin, 2),
                (
                    tr(lg, "New / used", "Neu / gebraucht", "Neuf / occasion"),
                    tr(lg, "New", "Neu", "Neuf")
                    if c.new
                    else tr(lg, "Used", "Gebraucht", "Occasion"),
                    1,
                ),
            ],
        )
        + 14
    )
    cash = c.price + rng.choice([0, 450, 900])
    dep = round(cash * rng.uniform(0.05, 0.3), -1)
    credit = cash - dep
    months = rng.choice([24, 36, 36, 48, 48, 60])
    apr = rng.choice([4.9, 5.9, 6.9, 7.9, 8.9, 9.9, 10.9])
    interest = round(credit * apr / 100 * months / 24, 2)
    balloon = round(cash * rng.uniform(0.3, 0.45), -1) if kind == "pcp" else 0.0
    inst = round((credit + interest - balloon) / months, 2)
    cur = currency(lg)
    f.y = y
    caption(
        f,
        s,
        tr(lg, "Financial details", "Finanzierungsdaten", "Caracteristiques du financement"),
        0.5,
        True,
    )
    rows = [
        (tr(lg, "Cash price", "Barzahlungspreis", "Prix au comptant"), money(cash, lg)),
        (
            tr(
                lg,
                "Less deposit (incl. part-exchange)",
                "Anzahlung",
                "Apport / premier loyer majore",
            ),
            money(dep, lg),
        ),
        (
            tr(lg, "Amount of credit", "Nettodarlehensbetrag", "Montant du credit"),
            money(credit, lg),
        ),
        (tr(lg, "Interest charges", "Zinsen", "Cout des interets"), money(interest, lg)),
        (
            tr(
                lg,
                "Fees (acceptance / option to purchase)",
                "Bearbeitungsgebuehr",
                "Frais de dossier",
            ),
            money(rng.choice([0, 10, 95, 199]), lg),
        ),
        (
            tr(lg, "Total amount payable", "Gesamtbetrag", "Montant total du"),
            money(cash + interest, lg),
        ),
        (
            tr(lg, "Duration", "Laufzeit", "Duree"),
            tr(lg, f"{months} months", f"{months} Monate", f"{months} mois"),
        ),
        (
            tr(lg, "Monthly payments", "Monatliche Rate", "Mensualites"),
            f"{months - (1 if balloon else 0)} x {money(inst, lg)} {cur}",
        ),
        (
            tr(lg, "Optional final payment", "Schlussrate", "Option d'achat finale"),
            money(balloon, lg) if balloon else "-",
        ),
        (
            tr(
                lg,
                "Rate of interest (fixed) / APR",
                "Sollzins gebunden / effektiver Jahreszins",
                "Taux debiteur fixe / TAEG",
            ),
            f"{apr - 0.4:.2f} % / {apr:.1f} %".replace(".", "," if lg != "en" else "."),
        ),
    ]
    if kind == "lease":
        rows[6:8] = [
            (
                tr(lg, "Annual mileage", "Jahresfahrleistung", "Kilometrage annuel"),
                dist(lg, rng.choice([8000, 10000, 15000, 20000])),
            ),
            (
                tr(lg, "Rentals", "Leasingraten", "Loyers"),
                f"{months} x {money(inst * 0.8, lg)} {cur}",
            ),
        ]
    f.y = pairs(f.page, s, m + 4, f.y, rows, w * 0.78) + 8
    write(
        f,
        s,
        tr(
            lg,
            "This is a credit agreement. Sign it only if you want to be legally bound by its "
            "terms. " + prose(rng, lg, 1, 2),
            "Mit seiner Unterschrift beantragt der Darlehensnehmer den Abschluss des Vertrages "
            "zu den "
            "nachstehenden Bedingungen. " + prose(rng, lg, 1, 2),
            "L'emprunteur reconnait avoir recu un exemplaire de la presente offre et de la fiche "
            "d'informations precontractuelles europeennes normalisees. " + prose(rng, lg, 1, 2),
        ),
        8,
    )
    f.need(90)
    y = f.y + 6
    half = (w - 2 * m) / 2
    for k, (lab, name) in enumerate(
        [
            (
                tr(
                    lg,
                    "Signature of customer",
                    "Unterschrift Darlehensnehmer",
                    "Signature de l'emprunteur",
                ),
                c.owner,
            ),
            (
                tr(lg, "Signed on behalf of the creditor", "Fuer die Bank", "Pour le preteur"),
                staff(who, "fin", lg),
            ),
        ]
    ):
        f.page.rect(m + k * half, y, half - 6, 58)
        f.page.text(m + k * half + 4, y + 9, lab, s.font, 6.5)
        sign(f.page, m + k * half + 16, y + 40, name)
        f.page.text(
            m + k * half + 4,
            y + 53,
            f"{tr(lg, 'Date', 'Datum', 'Date')}: {date_text(d, lg, 'short')}",
            HAND,
            8,
        )
    f.y = y + 70
    sig_y = y if len(f.pages) == 1 else m
    for _ in range(rng.choice([1, 1, 2, 3])):
        f.new_page()
        yy = small_print(
            f.page,
            m,
            f.y + 6,
            w - 2 * m,
            f.bottom - 10,
            clauses(rng, lg, FIN_HEADS[lg], 30),
            2,
            6.6,
        )
        f.y = max(f.y, yy)
    if rng.random() < 0.75:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Instruction to your bank or building society to pay by Direct Debit",
                "SEPA-Lastschriftmandat",
                "Mandat de prelevement SEPA",
            ),
            1,
        )
        pp = f.page
        yy = f.y
        for row in [
            [
                (
                    tr(lg, "Name(s) of account holder(s)", "Kontoinhaber", "Nom du titulaire"),
                    c.owner.split(" ", 1)[-1],
                    1,
                )
            ],
            [
                (
                    tr(lg, "Bank / building society account number", "IBAN", "IBAN"),
                    serial(rng, "99999999")
                    if lg == "en"
                    else serial(
                        rng,
                        (
                            "DE99 9999 9999 9999 9999 99"
                            if lg == "de"
                            else "FR76 9999 9999 9999 9999 9999 999"
                        ),
                    ),
                    2,
                ),
                (
                    tr(lg, "Branch sort code", "BIC", "BIC"),
                    serial(rng, "99-99-99") if lg == "en" else serial(rng, "AAAAAAAAXXX"),
                    1,
                ),
            ],
            [
                (tr(lg, "Reference", "Mandatsreferenz", "Reference unique du mandat"), agr, 1),
                (
                    tr(lg, "Service user number", "Glaeubiger-ID", "ICS"),
                    serial(rng, "999999")
                    if lg == "en"
                    else serial(rng, "DE99ZZZ00000999999" if lg == "de" else "FR99ZZZ999999"),
                    1,
                ),
            ],
        ]:
            yy = grid(pp, s, m, yy, w - 2 * m, row, tall=30, hand=True, pt=10)
        f.y = yy + 14
        write(
            f,
            s,
            tr(
                lg,
                "Please pay the creditor Direct Debits from the account detailed in this "
                "Instruction "
                "subject to the safeguards assured by the Direct Debit Guarantee.",
                "Ich ermaechtige den Zahlungsempfaenger, Zahlungen von meinem Konto mittels "
                "Lastschrift "
                "einzuziehen. Zugleich weise ich mein Kreditinstitut an, die Lastschriften "
                "einzuloesen.",
                "En signant ce formulaire de mandat, vous autorisez le creancier a envoyer des "
                "instructions a votre banque pour debiter votre compte.",
            ),
            8,
        )
        sign(pp, m + 20, f.y + 24, c.owner)
        pp.line(m, f.y + 28, m + 200, f.y + 28)
        pp.text(
            m, f.y + 38, tr(lg, "Signature", "Ort, Datum, Unterschrift", "Signature"), s.font, 7
        )
    if rng.random() < 0.35:
        office_stamp(rng, f.pages[0], lg, d, w - m - 130, min(sig_y + 80, f.bottom - 60))
    num = (
        rng.choice(["Page {i} of {n}", "{i}/{n}"])
        if lg == "en"
        else rng.choice(
            ["Seite {i} von {n}", "Seite {i}/{n}"] if lg == "de" else ["Page {i}/{n}", "{i}/{n}"]
        )
    )
    return close(f.pages, s, h, numbers=num)


def tpl_settlement_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A finance house's settlement figure letter for the customer's part-exchange car with
    outstanding finance (Abloesebestaetigung, decompte de remboursement anticipe), valid to a
    date; sometimes the remittance slip on a second page."""
    h = head_of(who, "finance", ["centred", "split", "rule"])
    lg = h.lang
    s = paper(who.style, letter_size(who, lg, "settle"))
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    c = a_car(seeded(who, "pxcar"), lg, new=False)
    agr = serial(rng, rng.choice(["99999999", "AA9999999"]))
    f = sheets(s, h, h.name)
    dl = head_of(who, "dealer")
    recipient(
        f,
        s,
        h,
        lines_of(dl),
        d,
        [
            (tr(lg, "Agreement", "Vertrag", "Contrat"), agr),
            (tr(lg, "Our ref", "Unser Zeichen", "Notre ref."), serial(rng, "AAA/999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Settlement figure", "Abloesebestaetigung", "Decompte de remboursement anticipe"),
        1.5,
    )
    dear(f, s, lg)
    valid = d + timedelta(days=rng.choice([7, 10, 14, 28]))
    write(
        f,
        s,
        tr(
            lg,
            f"Re: {c.owner} - {c.make} {c.model} {c.reg}. As requested, the amount required to "
            "settle "
            "the above agreement in full is shown below. This figure is valid until "
            f"{day(h, valid)}.",
            f"Betreff: {c.owner}, {c.make} {c.model}, amtl. Kennzeichen {c.reg}. Wie gewuenscht "
            "teilen wir Ihnen den Abloesebetrag fuer den o. g. Vertrag mit, gueltig bis "
            f"{day(h, valid)}.",
            f"Objet : {c.owner} - {c.make} {c.model} {c.reg}. Suite a votre demande, nous vous "
            f"communiquons le montant du remboursement anticipe, valable jusqu'au {day(h, valid)}.",
        ),
    )
    bal = round(rng.uniform(2500, 19000), 2)
    reb = round(bal * rng.uniform(0.01, 0.06), 2)
    f.y = (
        pairs(
            f.page,
            s,
            m + 20,
            f.y + 4,
            [
                (
                    tr(lg, "Outstanding balance", "Restforderung", "Capital restant du"),
                    money(bal, lg),
                ),
                (
                    tr(
                        lg,
                        "Less rebate of interest",
                        "abzgl. Zinsrueckverguetung",
                        "Interets non echus",
                    ),
                    "-" + money(reb, lg),
                ),
                (
                    tr(lg, "Arrears / fees", "Rueckstaende / Gebuehren", "Indemnite"),
                    money(rng.choice([0, 0, 25, 60]), lg),
                ),
                (
                    tr(lg, "Settlement figure", "Abloesebetrag", "Montant a regler"),
                    f"{money(bal - reb, lg)} {currency(lg)}",
                ),
            ],
            w * 0.72,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            "On receipt of cleared funds title to the vehicle will pass and we will release our "
            "interest. " + prose(rng, lg, 1, 2),
            "Nach Zahlungseingang senden wir Ihnen die Zulassungsbescheinigung Teil II zu. "
            + prose(rng, lg, 1, 2),
            "Des reception des fonds, nous leverons le gage et vous adresserons le certificat de "
            "non-gage. " + prose(rng, lg, 1, 2),
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(who, "settle", lg),
        tr(lg, "Settlements Team", "Kundenservice", "Service clients"),
        ink=rng.random() < 0.4,
    )
    if rng.random() < 0.45:
        f.new_page()
        p = f.page
        y = max(f.y, hh * 0.55)
        for x in range(int(m), int(w - m), 9):
            p.line(x, y - 18, x + 4, y - 18)
        p.text(
            m,
            y,
            tr(
                lg,
                "Settlement remittance - please return with your payment",
                "Zahlungsabschnitt - bitte mit der Zahlung zurueck",
                "Coupon a joindre a votre reglement",
            ),
            s.bold,
            s.size,
        )
        y = grid(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "Agreement", "Vertrag", "Contrat"), agr, 1),
                (tr(lg, "Amount", "Betrag", "Montant"), money(bal - reb, lg), 1),
                (tr(lg, "Valid until", "Gueltig bis", "Valable jusqu'au"), day(h, valid), 1),
            ],
        )
        pairs(
            p,
            s,
            m,
            y + 12,
            [
                (tr(lg, "Payee", "Empfaenger", "Beneficiaire"), h.name),
                (
                    tr(lg, "Sort code / account", "IBAN", "IBAN"),
                    serial(rng, "99-99-99  99999999")
                    if lg == "en"
                    else serial(
                        rng,
                        "DE99 9999 9999 9999 9999 99"
                        if lg == "de"
                        else "FR76 9999 9999 9999 9999 9999 999",
                    ),
                ),
                (tr(lg, "Reference", "Verwendungszweck", "Reference"), agr),
            ],
            w - m,
        )
    if rng.random() < 0.5:
        office_stamp(rng, f.pages[0], dl.lang, d, w - m - 120, m + 10)
    return close(f.pages, s, h)


def tpl_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """The registration certificate of a car (V5C with the keeper's page, Zulassungsbescheinigung
    Teil I on a landscape sheet, certificat d'immatriculation with its detachable coupon): boxes
    with the harmonised codes A, B, C.1, D.1 ... and almost no sentences."""
    h = head_of(who, "authority")
    lg = h.lang
    c = car_of(who)
    reg = c.reg or plate(rng, lg)
    d = on(rng)
    first = c.first if not c.new else d
    codes = [
        (
            "A",
            tr(lg, "Registration number", "Amtliches Kennzeichen", "Numero d'immatriculation"),
            reg,
        ),
        (
            "B",
            tr(
                lg,
                "Date of first registration",
                "Datum der Erstzulassung",
                "Date de 1re immatriculation",
            ),
            date_text(first, lg, "short"),
        ),
        ("D.1", tr(lg, "Make", "Marke", "Marque"), c.make.upper()),
        ("D.3", tr(lg, "Model", "Handelsbezeichnung", "Denomination commerciale"), c.model.upper()),
        (
            "E",
            tr(
                lg,
                "VIN / chassis / frame no.",
                "Fahrzeug-Identifizierungsnummer",
                "Numero d'identification",
            ),
            c.vin,
        ),
        (
            "F.1",
            tr(lg, "Maximum permissible mass", "Techn. zul. Gesamtmasse kg", "PTAC"),
            str(rng.randint(1500, 2500)),
        ),
        (
            "G",
            tr(lg, "Mass in service", "Masse im fahrbereiten Zustand", "Poids a vide"),
            str(rng.randint(1050, 1800)),
        ),
        ("J", tr(lg, "Vehicle category", "Fahrzeugklasse", "Categorie"), "M1"),
        (
            "P.1",
            tr(lg, "Cylinder capacity (cc)", "Hubraum cm3", "Cylindree"),
            str(rng.choice([999, 1197, 1498, 1598, 1968])),
        ),
        (
            "P.3",
            tr(lg, "Type of fuel", "Kraftstoffart", "Energie"),
            rng.choice(["PETROL", "DIESEL", "HYBRID", "ELECTRIC"])
            if lg == "en"
            else rng.choice(["Benzin", "Diesel", "Hybr. Benzin/E"])
            if lg == "de"
            else rng.choice(["ES", "GO", "EH"]),
        ),
        ("R", tr(lg, "Colour", "Farbe", "Couleur"), c.colour.split()[0].upper()),
        ("S.1", tr(lg, "Number of seats", "Sitzplaetze", "Places assises"), "5"),
        ("V.7", "CO2 (g/km)", str(rng.randint(0, 160))),
    ]
    if lg == "de":
        s = paper(who.style, landscape(A4), margin=30, pt=8)
        w, hh = s.page_size
        p = Page(s.page_size)
        p.text(40, 40, "Bundesrepublik Deutschland", "Helvetica-Bold", 9)
        p.text(40, 56, "Zulassungsbescheinigung Teil I (Fahrzeugschein)", "Helvetica-Bold", 12)
        p.text(40, 70, f"{h.name} - {h.street}, {h.town}", "Helvetica", 7)
        p.text(w - 40, 56, serial(rng, "AA9999999"), "Courier-Bold", 12, "right")
        half = (w - 80) / 2
        for k, (code, cap, val) in enumerate(codes):
            col, row = divmod(k, 7)
            x, y = 40 + col * (half + 10), 90 + row * 34
            p.rect(x, y, half - 10, 30)
            p.text(x + 3, y + 8, f"{code}  {cap}", "Helvetica", 6)
            p.text(x + 10, y + 23, fit(val, "Courier-Bold", 10, half - 26), "Courier-Bold", 10)
        y = 90 + 7 * 34 + 10
        p.text(40, y, "C.1.1 / C.1.2 / C.1.3  Name, Vorname, Anschrift des Halters", "Helvetica", 6)
        p.text(
            50,
            y + 14,
            f"{c.owner.replace('Herr ', '').replace('Frau ', '').upper()}",
            "Courier-Bold",
            10,
        )
        p.text(50, y + 27, f"{c.street.upper()}, {c.town.upper()}", "Courier-Bold", 10)
        p.rect(w - 200, y - 6, 150, 80)
        p.text(w - 125, y + 10, "Zulassungsbehoerde", "Helvetica", 6, "center")
        p.text(w - 125, y + 34, "Stadt Koeln", "Helvetica-Bold", 9, "center")
        p.text(w - 125, y + 48, date_text(d, lg, "short"), "Courier-Bold", 9, "center")
        sign(p, w - 170, y + 66, rng.choice(PEOPLE["de"]), 11)
        p.text(
            40,
            hh - 40,
            "Dieses Dokument ist bei Fahrten mitzufuehren und zustaendigen Personen auf "
            "Verlangen auszuhaendigen.",
            "Helvetica",
            6.5,
        )
        return [p]
    s = paper(who.style, A4, margin=40, pt=9)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    if lg == "en":
        p.text(m, 50, "Vehicle Registration Certificate", "Helvetica-Bold", 16)
        p.text(m, 66, "V5C - Issued by DVLA, Swansea SA99 1BA", "Helvetica", 8)
        p.text(
            w - m,
            50,
            f"Document reference number {serial(rng, '99999999999')}",
            "Helvetica",
            8,
            "right",
        )
    else:
        p.text(m, 50, "REPUBLIQUE FRANCAISE", "Helvetica-Bold", 10)
        p.text(m, 66, "CERTIFICAT D'IMMATRICULATION", "Helvetica-Bold", 15)
        p.text(w - m, 50, f"N. de formule {serial(rng, '9999AA99999')}", "Helvetica", 8, "right")
    y = 88.0
    half = (w - 2 * m) / 2
    for k, (code, cap, val) in enumerate(codes):
        x = m + (k % 2) * half
        if k % 2 == 0 and k:
            y += 32
        p.rect(x, y, half - 4, 28)
        p.text(x + 3, y + 8, f"{code}  {cap}", "Helvetica", 6.5)
        p.text(x + 8, y + 22, fit(val, "Courier-Bold", 10, half - 20), "Courier-Bold", 10)
    y += 44
    p.text(
        m,
        y,
        tr(lg, "C.1  Registered keeper", "", "C.1  Titulaire du certificat"),
        "Helvetica-Bold",
        8,
    )
    p.text(m + 10, y + 14, c.owner.upper(), "Courier-Bold", 10)
    p.text(m + 10, y + 27, f"{c.street.upper()}, {c.town.upper()}", "Courier-Bold", 10)
    y += 48
    p.text(
        m,
        y,
        tr(lg, "Previous registered keepers: ", "", "Situation administrative : ")
        + (str(rng.randint(0, 3)) if lg == "en" else rng.choice(["neant", "pas de gage"])),
        "Helvetica",
        8,
    )
    if lg == "fr":
        y = max(y + 30, hh - 190)
        for x in range(int(m), int(w - m), 9):
            p.line(x, y, x + 4, y)
        p.text(
            m,
            y + 16,
            "COUPON DETACHABLE - A remplir en cas de cession du vehicule",
            "Helvetica-Bold",
            8,
        )
        grid(
            p,
            s,
            m,
            y + 24,
            w - 2 * m,
            [
                ("Date et heure de cession", "", 1),
                ("Nom de l'acquereur", "", 2),
                ("Kilometrage", "", 1),
            ],
            tall=30,
        )
        p.text(
            m,
            hh - 60,
            "Le certificat d'immatriculation doit etre presente a toute requisition "
            "des agents de l'autorite competente.",
            "Helvetica",
            6.5,
        )
        return [p]
    p.text(
        m,
        hh - 50,
        "This document is not proof of ownership. The registered keeper is the "
        "person responsible for registering and taxing the vehicle.",
        "Helvetica",
        6.5,
    )
    pages = [p]
    if rng.random() < 0.8:
        q = Page(s.page_size)
        q.text(m, 50, "Registered keeper and notes", "Helvetica-Bold", 12)
        yy = 72.0
        for t in [
            "Tell us about changes. You must tell DVLA if any of the details shown are wrong.",
            "Selling or transferring your vehicle to a motor trader: fill in section 4 below and "
            "give the green slip to the motor trader.",
            "Selling or transferring to a private individual: fill in section 2, sign the "
            "declaration and give the new keeper slip to the buyer.",
            "If you have scrapped the vehicle you must give this certificate to an authorised "
            "treatment facility.",
        ]:
            for ln in wrap(t, "Helvetica", 8.5, w - 2 * m):
                q.text(m, yy, ln, "Helvetica", 8.5)
                yy += 11
            yy += 6
        yy += 10
        q.text(m, yy, "4  Selling or transferring to a motor trader", "Helvetica-Bold", 9)
        yy = (
            grid(
                q,
                s,
                m,
                yy + 8,
                w - 2 * m,
                [
                    ("Trader's name", head_of(who, "dealer").name, 2),
                    ("Date of transfer", date_text(d, lg, "short"), 1),
                    ("Mileage", dist(lg, c.miles), 1),
                ],
                tall=30,
                hand=True,
            )
            + 12
        )
        q.text(m, yy, "6  Declaration", "Helvetica-Bold", 9)
        sign(q, m + 30, yy + 34, c.owner)
        q.line(m, yy + 38, m + 220, yy + 38)
        q.text(m, yy + 48, "Signature of registered keeper", "Helvetica", 7)
        q.text(
            w - m,
            hh - 40,
            f"V5C/2 Rev. {rng.choice(['0323', '1123', '0424'])}",
            "Helvetica",
            6,
            "right",
        )
        pages.append(q)
    return pages


JOBS = {
    "en": [
        "Carry out annual service as per schedule",
        "Customer reports knocking noise from front nearside over bumps",
        "Replace front brake pads and discs",
        "Warning light on dash - engine management - diagnose",
        "Check and re-gas air conditioning",
        "Supply and fit 2 x front tyres 205/55 R16",
        "Wipers smearing - replace blades",
        "MOT test and advise",
        "Software update per campaign notice",
        "Investigate water ingress rear footwell",
    ],
    "de": [
        "Inspektion nach Herstellervorgabe durchfuehren",
        "Kunde meldet Klopfgeraeusch vorne links",
        "Bremsbelaege und Scheiben vorne erneuern",
        "Motorkontrollleuchte an - Fehlerspeicher auslesen",
        "Klimaanlage pruefen und befuellen",
        "Reifenwechsel Sommer auf Winter, einlagern",
        "Hauptuntersuchung / AU vorfuehren",
        "Software-Update lt. Rueckrufaktion",
        "Wassereintritt Fussraum hinten pruefen",
    ],
    "fr": [
        "Revision selon preconisations constructeur",
        "Client signale un bruit au train avant gauche",
        "Remplacement plaquettes et disques AV",
        "Voyant moteur allume - diagnostic",
        "Recharge climatisation",
        "Montage 2 pneus AV 205/55 R16",
        "Passage au controle technique",
        "Mise a jour calculateur (campagne)",
        "Infiltration d'eau plancher arriere",
    ],
}


def tpl_repair_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's job card: customer and car, mileage and fuel on arrival, the work asked
    for, a plan of the car with the existing damage marked, the technicians' clockings and notes
    written by hand, the customer's signature; sometimes a second sheet of technician's notes."""
    h = head_of(who, "dealer", ["split", "rule", "band", "badge", "centred"])
    lg = h.lang
    s = paper(who.style, letter_size(who, lg, "jobcard"), margin=36, pt=min(who.style.size, 9))
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who, used=True)
    reg = c.reg or plate(rng, lg)
    jno = serial(rng, rng.choice(["W99999", "99999", "AO-999999"]))
    p = Page(s.page_size)
    y = heading(p, s, h)
    t = tr(lg, "JOB CARD / REPAIR ORDER", "WERKSTATTAUFTRAG", "ORDRE DE REPARATION")
    p.text(m, y, t, s.bold, s.size + 4)
    p.text(w - m, y, f"No. {jno}", "Courier-Bold", 12, "right")
    y += 10
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), f"{c.owner}\n{c.street}, {c.town}", 3),
            (
                tr(lg, "Date in", "Annahme", "Date d'entree"),
                f"{date_text(d, lg, 'short')} "
                f"{rng.randint(7, 10)}:{rng.choice(['00', '15', '30', '45'])}",
                1.2,
            ),
            (
                tr(lg, "Promised", "Fertig bis", "Restitution prevue"),
                f"{date_text(d + timedelta(days=rng.randint(0, 3)), lg, 'short')} 17:00",
                1.2,
            ),
        ],
        tall=38,
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immat."), reg, 1),
            (tr(lg, "Vehicle", "Fahrzeug", "Vehicule"), f"{c.make} {c.model}", 1.6),
            (tr(lg, "VIN", "FIN", "VIN"), c.vin, 1.8),
            (tr(lg, "Mileage in", "Km-Stand", "Km"), str(c.miles + rng.randint(100, 9000)), 0.9),
        ],
        hand=rng.random() < 0.3,
    )
    y += 10
    p.text(m, y, tr(lg, "Fuel:", "Tank:", "Carburant :"), s.font, 8)
    ticks(p, s, m + 40, y, 200, ["E", "1/4", "1/2", "3/4", "F"], {rng.randint(0, 4)})
    p.text(
        w / 2,
        y,
        tr(lg, "Waiting / courtesy car:", "Wartet / Ersatzwagen:", "Attend / vehicule de pret :"),
        s.font,
        8,
    )
    ticks(
        p,
        s,
        w / 2 + 120,
        y,
        w / 2 - m - 120,
        [tr(lg, "Wait", "Wartet", "Attend"), tr(lg, "Loan car", "Ersatzwagen", "Pret")],
        {rng.randint(0, 1)},
    )
    y += 18
    p.text(m, y, tr(lg, "Work requested", "Auftragsumfang", "Travaux demandes"), s.bold, s.size)
    y += 4
    jobs = rng.sample(JOBS[lg], rng.randint(2, 5))
    cols = columns(m, w - m, [(0.4, "left"), (5, "left"), (1, "left"), (0.8, "right")])
    yy = y + 12
    for k, j in enumerate(jobs):
        cell(p, cols[0], yy, f"{k + 1}", s.font, s.size - 0.5)
        cell(p, cols[1], yy, j, s.font, s.size - 0.5)
        cell(
            p,
            cols[2],
            yy,
            serial(rng, "99AA99") if rng.random() < 0.6 else "",
            s.font,
            s.size - 0.5,
        )
        p.text(cols[3][1], yy, f"{rng.choice([0.3, 0.5, 0.8, 1.0, 1.5, 2.2])}", HAND, 9, "right")
        p.line(m, yy + 4, w - m, yy + 4)
        yy += 16
    for _ in range(rng.randint(1, 3)):
        p.text(
            cols[1][0],
            yy,
            fit(words(rng, lg, rng.randint(4, 8)), HAND, 9, cols[1][1] - cols[1][0]),
            HAND,
            9,
        )
        p.line(m, yy + 4, w - m, yy + 4)
        yy += 16
    y = yy + 12
    pw = min(230.0, (w - 2 * m) / 2 - 10)
    p.text(m, y, tr(lg, "Existing damage", "Vorschaeden", "Dommages constates"), s.bold, 8)
    plan(p, m, y + 10, pw, rng, rng.randint(0, 4))
    x2 = m + pw + 20
    p.text(
        x2,
        y,
        tr(lg, "Technician clockings", "Stempelzeiten Monteur", "Pointages technicien"),
        s.bold,
        8,
    )
    ty = y + 14
    heads = [
        tr(lg, "Tech", "Monteur", "Tech."),
        tr(lg, "On", "Start", "Debut"),
        tr(lg, "Off", "Ende", "Fin"),
        tr(lg, "Hrs", "Std.", "H"),
    ]
    for dx, lab in zip((0, 70, 120, 170), heads, strict=True):
        p.text(x2 + dx, ty, lab, s.font, 7)
    ty += 6
    for _ in range(6):
        ty += 15
        p.line(x2, ty + 3, w - m, ty + 3)
        if rng.random() < 0.6:
            a = rng.randint(8, 15)
            p.text(x2, ty, rng.choice(PEOPLE[lg]).split()[0][:6], HAND, 9)
            p.text(x2 + 70, ty, f"{a}:{rng.choice(['05', '20', '40'])}", HAND, 9)
            p.text(x2 + 120, ty, f"{a + 1}:{rng.choice(['10', '35', '55'])}", HAND, 9)
            p.text(x2 + 170, ty, f"{rng.choice([0.8, 1.2, 1.5, 2.0])}", HAND, 9)
    yb = hh - m - 56
    p.text(
        m,
        yb,
        fit(
            tr(
                lg,
                "I authorise the work above and agree to the workshop terms displayed at "
                "reception. "
                "Vehicles left at the owner's risk.",
                "Ich erteile den Auftrag zu den Bedingungen fuer die Ausfuehrung von Arbeiten an "
                "Kraftfahrzeugen (Aushang).",
                "Je reconnais avoir pris connaissance des conditions generales de reparation "
                "affichees.",
            ),
            s.font,
            6.8,
            w - 2 * m,
        ),
        s.font,
        6.8,
    )
    sign(p, m + 20, yb + 30, c.owner)
    p.line(m, yb + 34, m + 200, yb + 34)
    p.text(
        m,
        yb + 44,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
        s.font,
        7,
    )
    p.text(
        w - m,
        yb + 34,
        f"{tr(lg, 'Service advisor', 'Serviceberater', 'Conseiller')}: {staff(who, 'sa', lg)}",
        s.font,
        8,
        "right",
    )
    pages = [p]
    if rng.random() < 0.3:
        q = Page(s.page_size)
        q.text(
            m,
            m,
            tr(
                lg,
                "Technician's report / parts used",
                "Monteurbericht / Materialentnahme",
                "Compte rendu technicien / pieces",
            ),
            s.bold,
            s.size + 1,
        )
        q.text(w - m, m, f"{jno}   {reg}", "Courier", 9, "right")
        yq = m + 22
        for _ in range(rng.randint(14, 30)):
            if rng.random() < 0.7:
                q.text(
                    m + 4,
                    yq,
                    fit(words(rng, lg, rng.randint(4, 10)), HAND, 9.5, w - 2 * m - 8),
                    HAND,
                    9.5,
                )
            q.line(m, yq + 4, w - m, yq + 4)
            yq += 18
        pages.append(q)
    return pages


PARTS = {
    "en": [
        ("Oil filter", "26300-35505"),
        ("Engine oil 5W-30 (litres)", "OIL-5W30-L"),
        ("Air filter element", "28113-F2000"),
        ("Pollen filter", "97133-D4000"),
        ("Brake pad set front", "58101-G4A00"),
        ("Brake disc front", "51712-G4000"),
        ("Wiper blade set", "98350-ZZ650"),
        ("Spark plug", "18849-10060"),
        ("Drain plug washer", "21513-23001"),
        ("Anti-roll bar drop link", "54830-F2000"),
        ("Screenwash concentrate", "SCW-1L"),
        ("Tyre 205/55 R16 91V", "TYR-2055516"),
    ],
    "de": [
        ("Oelfilter", "26300-35505"),
        ("Motoroel 5W-30 (Liter)", "OIL-5W30-L"),
        ("Luftfilter", "28113-F2000"),
        ("Innenraumfilter", "97133-D4000"),
        ("Bremsbelagsatz vorne", "58101-G4A00"),
        ("Bremsscheibe vorne", "51712-G4000"),
        ("Wischblattsatz", "98350-ZZ650"),
        ("Zuendkerze", "18849-10060"),
        ("Dichtring Oelablass", "21513-23001"),
        ("Koppelstange", "54830-F2000"),
        ("Altoelentsorgung", "ENTS-01"),
    ],
    "fr": [
        ("Filtre a huile", "26300-35505"),
        ("Huile moteur 5W-30 (litres)", "OIL-5W30-L"),
        ("Filtre a air", "28113-F2000"),
        ("Filtre habitacle", "97133-D4000"),
        ("Jeu de plaquettes AV", "58101-G4A00"),
        ("Disque de frein AV", "51712-G4000"),
        ("Balais d'essuie-glace", "98350-ZZ650"),
        ("Bougie d'allumage", "18849-10060"),
        ("Joint de vidange", "21513-23001"),
        ("Biellette de barre stabilisatrice", "54830-F2000"),
        ("Ingredients et petites fournitures", "ING-01"),
    ],
}


def tpl_workshop_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's invoice for a service or repair: the car, then for each job the labour
    and the parts, the VAT summary and how it was paid; one to three pages."""
    h = head_of(who, "dealer", ["split", "rule", "band", "badge", "centred"])
    lg = h.lang
    s = paper(who.style, letter_size(who, lg, "wsinv"), pt=min(who.style.size, 9.5))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who, used=True) if rng.random() < 0.6 else a_car(rng, lg, new=False)
    no = serial(rng, rng.choice(["SI999999", "9999999", "FA-99-99999"]))
    lab_inv = tr(lg, "Invoice", "Rechnung", "Facture")
    f = sheets(s, h, f"{h.name} - {lab_inv} {no} - {c.reg}")
    recipient(
        f,
        s,
        h,
        owner_lines(c),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no),
            (tr(lg, "Job no.", "Auftrags-Nr.", "OR n."), serial(rng, "W99999")),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(rng, "999999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    f.y = (
        grid(
            f.page,
            s,
            m,
            f.y - 6,
            w - 2 * m,
            [
                (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), c.reg, 1),
                (tr(lg, "Vehicle", "Fahrzeug", "Vehicule"), f"{c.make} {c.model} {c.trim}", 2.5),
                (tr(lg, "VIN", "FIN", "VIN"), c.vin, 1.8),
                (tr(lg, "Mileage", "Km-Stand", "Km"), dist(lg, c.miles), 1),
            ],
        )
        + 14
    )
    cols = columns(
        m, w - m, [(1.3, "left"), (4.5, "left"), (0.8, "right"), (1, "right"), (1.1, "right")]
    )
    rows = []
    net = 0.0
    rate = {"en": 145.0, "de": 158.0, "fr": 92.0}[lg]
    for j in rng.sample(JOBS[lg], rng.choice([1, 2, 2, 3, 4, 6, 8])):
        rows.append(["", j.upper() if rng.random() < 0.5 else j, "", "", ""])
        hrs = rng.choice([0.3, 0.5, 0.8, 1.0, 1.2, 1.8, 2.5])
        rows.append(
            [
                serial(rng, "99AA99"),
                tr(lg, "Labour", "Arbeitslohn", "Main-d'oeuvre"),
                f"{hrs}",
                money(rate, lg),
                money(hrs * rate, lg),
            ]
        )
        net += hrs * rate
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 3)):
                rows.append(["", "  " + words(rng, lg, rng.randint(5, 9)), "", "", ""])
        for name, pn in rng.sample(PARTS[lg], rng.randint(0, 6)):
            q = rng.choice([1, 1, 2, 4, 5])
            pr = round(rng.uniform(3, 180), 2)
            rows.append([pn, name, str(q), money(pr, lg), money(q * pr, lg)])
            net += q * pr
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Pos./Teile-Nr.", "Ref."),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty/Hrs", "Menge/AW", "Qte"),
            tr(lg, "Unit", "Einzelpreis", "PU HT"),
            tr(lg, "Net", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.3,
    )
    f.need(90)
    vat = net * vat_rate(lg)
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.55,
            f.y + 8,
            [
                (tr(lg, "Total net", "Summe netto", "Total HT"), money(net, lg)),
                (f"{vat_name(lg)} {int(vat_rate(lg) * 100)}%", money(vat, lg)),
                (
                    tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"),
                    f"{money(net + vat, lg)} {currency(lg)}",
                ),
            ],
            w - m,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Paid with thanks by {rng.choice(['Visa debit', 'Mastercard', 'BACS', 'cash'])} on "
            f"{day(h, d)}. Labour guaranteed 12 months. " + words(rng, lg),
            f"Betrag dankend erhalten ({rng.choice(['EC-Karte', 'Ueberweisung', 'bar'])}). "
            "Zahlbar sofort ohne Abzug. Leistungsdatum entspricht Rechnungsdatum.",
            f"Reglement recu le {day(h, d)} par "
            f"{rng.choice(['carte bancaire', 'cheque', 'virement'])}. "
            "Pas d'escompte pour paiement anticipe. Penalites de retard : 3 fois le taux legal.",
        ),
        7.5,
    )
    if rng.random() < 0.3:
        office_stamp(rng, f.pages[0], lg, d, w - m - 120, m + 60)
    return close(f.pages, s, h)


VHC_ITEMS = {
    "en": [
        "Lights and indicators",
        "Horn",
        "Wipers and washers",
        "Windscreen",
        "Battery condition",
        "Coolant level",
        "Brake fluid",
        "Power steering fluid",
        "Drive belts",
        "Exhaust system",
        "Shock absorbers",
        "Suspension joints",
        "Steering rack gaiters",
        "CV boots",
        "Brake hoses and pipes",
        "Handbrake operation",
        "Oil leaks",
        "Number plates",
        "Seat belts",
        "Spare wheel / repair kit",
    ],
    "de": [
        "Beleuchtung",
        "Hupe",
        "Scheibenwischer / Waschanlage",
        "Frontscheibe",
        "Batterie",
        "Kuehlmittelstand",
        "Bremsfluessigkeit",
        "Keilrippenriemen",
        "Abgasanlage",
        "Stossdaempfer",
        "Achsgelenke",
        "Lenkungsmanschetten",
        "Antriebswellenmanschetten",
        "Bremsleitungen",
        "Feststellbremse",
        "Oelverlust",
        "Sicherheitsgurte",
        "Reifenreparaturset",
    ],
    "fr": [
        "Eclairage / signalisation",
        "Avertisseur",
        "Essuie-glaces / lave-glace",
        "Pare-brise",
        "Batterie",
        "Niveau liquide de refroidissement",
        "Liquide de frein",
        "Courroie d'accessoires",
        "Echappement",
        "Amortisseurs",
        "Rotules / silentblocs",
        "Soufflets de direction",
        "Soufflets de cardan",
        "Flexibles de frein",
        "Frein de stationnement",
        "Fuites d'huile",
        "Ceintures de securite",
        "Kit anti-crevaison",
    ],
}


def tpl_health_check(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's vehicle health check: each item ticked green, amber or red, the tyre tread
    depths and brake wear on a small plan of the four wheels, the technician's remarks by hand
    and the customer's decision on the amber and red items; one page, a few with a second."""
    h = head_of(who, "dealer", ["split", "rule", "badge"])
    lg = h.lang
    s = paper(who.style, A4, margin=34, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    c = a_car(rng, lg, new=False)
    p = Page(s.page_size)
    y = heading(p, s, h)
    t = tr(lg, "Vehicle Health Check", "Fahrzeug-Check / Sichtpruefung", "Controle 30 points")
    p.text(m, y, t, s.bold, 14)
    p.text(w - m, y, f"{c.reg}   {dist(lg, c.miles)}", "Courier-Bold", 10, "right")
    y += 8
    y = (
        grid(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Customer", "Kunde", "Client"), c.owner, 2),
                (tr(lg, "Vehicle", "Fahrzeug", "Vehicule"), f"{c.make} {c.model}", 2),
                (tr(lg, "Job no.", "Auftrag", "OR"), serial(rng, "W99999"), 1),
                (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short"), 1),
            ],
        )
        + 16
    )
    items = VHC_ITEMS[lg]
    colw = (w - 2 * m - 20) / 2
    heads = [
        tr(lg, "Green", "i.O.", "OK"),
        tr(lg, "Amber", "bald", "A prevoir"),
        tr(lg, "Red", "sofort", "Urgent"),
    ]
    for k in range(2):
        x = m + k * (colw + 20)
        for j, hd in enumerate(heads):
            p.text(x + colw - 88 + j * 34, y, hd, s.bold, 6.5)
    y += 14
    rows = (len(items) + 1) // 2
    for k, it in enumerate(items):
        x = m + (k // rows) * (colw + 20)
        yy = y + (k % rows) * 15
        p.text(x, yy, fit(it, s.font, 8, colw - 100), s.font, 8)
        pick = rng.choices([0, 1, 2], [0.8, 0.15, 0.05])[0]
        for j in range(3):
            box(p, x + colw - 82 + j * 34, yy, j == pick, 8)
        p.line(x, yy + 4, x + colw, yy + 4)
    y += rows * 15 + 16
    p.text(
        m,
        y,
        tr(
            lg,
            "Tyres (mm) and brakes (%)",
            "Reifenprofil (mm) und Bremsen (%)",
            "Pneus (mm) et freins (%)",
        ),
        s.bold,
        9,
    )
    y += 10
    bw = (w - 2 * m - 30) / 4
    for k, pos in enumerate(
        [
            tr(lg, x, y_, z)
            for x, y_, z in [
                ("OSF", "VR", "AVD"),
                ("NSF", "VL", "AVG"),
                ("OSR", "HR", "ARD"),
                ("NSR", "HL", "ARG"),
            ]
        ]
    ):
        x = m + k * (bw + 10)
        p.rect(x, y, bw, 46)
        p.text(x + 4, y + 10, pos, s.bold, 8)
        p.text(x + 4, y + 26, f"{tr(lg, 'Tread', 'Profil', 'Usure')}:", s.font, 7)
        p.text(x + 50, y + 26, f"{rng.choice([1.8, 2.5, 3.1, 4.0, 5.2, 6.5, 7.0])}", HAND, 10)
        p.text(x + 4, y + 40, f"{tr(lg, 'Brake', 'Bremse', 'Frein')}:", s.font, 7)
        p.text(x + 50, y + 40, f"{rng.choice([20, 30, 50, 70, 80])}%", HAND, 10)
    y += 64
    p.text(
        m,
        y,
        tr(lg, "Technician's comments", "Bemerkungen Monteur", "Observations du technicien"),
        s.bold,
        9,
    )
    y += 16
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.7:
            p.text(
                m + 4,
                y,
                fit(words(rng, lg, rng.randint(4, 10)), HAND, 9.5, w - 2 * m - 8),
                HAND,
                9.5,
            )
        p.line(m, y + 4, w - m, y + 4)
        y += 17
    y += 10
    p.text(
        m,
        y,
        tr(
            lg,
            "Customer decision on amber / red items:",
            "Kundenentscheidung:",
            "Decision du client :",
        ),
        s.font,
        8,
    )
    ticks(
        p,
        s,
        m + 180,
        y,
        w - 2 * m - 180,
        [
            tr(lg, "Authorised", "Beauftragt", "Accepte"),
            tr(lg, "Declined", "Abgelehnt", "Refuse"),
            tr(lg, "Call back", "Rueckruf", "A rappeler"),
        ],
        {rng.randint(0, 2)},
    )
    yb = min(y + 50, hh - m - 30)
    sign(p, m + 10, yb, staff(who, "tech", lg), 12)
    p.line(m, yb + 4, m + 180, yb + 4)
    p.text(m, yb + 13, tr(lg, "Technician", "Monteur", "Technicien"), s.font, 7)
    pages = [p]
    if rng.random() < 0.15:
        q = Page(s.page_size)
        q.text(m, m, tr(lg, "Video / photo notes", "Fotodokumentation", "Photos"), s.bold, 11)
        for k in range(2):
            photo(q, m, m + 20 + k * 330, w - 2 * m, 300, rng)
        pages.append(q)
    return close(pages, s, h, numbers="none")


DEFECTS = {
    "en": [
        "Nearside front tyre worn close to legal limit (5.2.3 (e))",
        "Offside rear brake disc slightly pitted (1.1.14 (a) (ii))",
        "Oil leak, but not excessive (8.4.1 (a) (i))",
        "Front suspension arm rubber bush deteriorated (5.3.4 (b) (i))",
        "Windscreen damaged but not adversely affecting the driver's view (3.2 (a) (i))",
        "Exhaust has a minor leak of exhaust gases (6.1.2 (a))",
        "Registration plate lamp inoperative (4.7.1 (b) (ii))",
        "Parking brake efficiency only just met (1.4.2 (a) (ii))",
    ],
    "de": [
        "Reifen vorne links Profiltiefe nahe Mindestmass (Hinweis)",
        "Bremsscheibe hinten rechts leicht riefig (geringer Mangel)",
        "Motor leicht oelfeucht (Hinweis)",
        "Querlenkerlager vorne links ausgeschlagen (erheblicher Mangel)",
        "Kennzeichenbeleuchtung ohne Funktion (geringer Mangel)",
        "Abgasanlage undicht (erheblicher Mangel)",
        "Scheinwerfereinstellung fehlerhaft (geringer Mangel)",
    ],
    "fr": [
        "1.1.14.a.1 Disque de frein AR D : usure prononcee (defaillance mineure)",
        "5.2.3.e.1 Pneumatique AV G : usure proche du temoin (defaillance mineure)",
        "8.4.1.a.1 Fuite de liquide moteur (defaillance mineure)",
        "4.1.2.a.2 Feu de croisement : mauvais reglage (defaillance majeure)",
        "6.1.2.a.1 Echappement : fuite (defaillance majeure)",
        "5.3.4.b.1 Silentbloc de triangle AV G deteriore (defaillance mineure)",
    ],
}


def tpl_mot_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The roadworthiness test of a car: an MOT test certificate (pass with advisories or fail
    with the dangerous / major / minor defects), a HU-Pruefbericht with the new sticker date,
    or a proces-verbal de controle technique (result A, S or R) with the defects listed; one
    page, often a second with the defects or the notes."""
    h = head_of(who, "tester")
    lg = h.lang
    s = paper(who.style, A4, margin=40, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who, used=True)
    reg = c.reg or plate(rng, lg)
    ok = rng.random() < 0.7
    found = rng.sample(DEFECTS[lg], rng.randint(0 if ok else 2, 3 if ok else 6))
    p = Page(s.page_size)
    if lg == "en":
        p.text(
            m,
            52,
            "MOT test certificate" if ok else "Refusal of an MOT test certificate",
            "Helvetica-Bold",
            18,
        )
        p.text(m, 68, "Driver & Vehicle Standards Agency", "Helvetica", 8)
        p.text(w - m, 52, "PASS" if ok else "FAIL", "Helvetica-Bold", 18, "right")
        y = 92.0
        for row in [
            [
                ("Registration number", reg, 1),
                ("Make", c.make.upper(), 1),
                ("Model", c.model.upper(), 1),
            ],
            [("Vehicle identification number", c.vin, 2), ("Colour", c.colour.upper(), 1)],
            [
                ("Mileage", f"{c.miles:,} mi", 1),
                ("Date of test", date_text(d, lg, "long"), 1),
                (
                    "Expiry date",
                    date_text(d.replace(year=d.year + 1) - timedelta(days=1), lg, "long")
                    if ok
                    else "-",
                    1,
                ),
            ],
            [
                ("MOT test number", serial(rng, "9999 9999 9999"), 1),
                ("Testing location", h.name, 2),
            ],
        ]:
            y = grid(p, s, m, y, w - 2 * m, row, tall=30, pt=10)
        y += 20
        p.text(
            m,
            y,
            "Repair immediately (major defects)"
            if not ok
            else "Monitor and repair if necessary (advisories)",
            "Helvetica-Bold",
            10,
        )
        y += 16
    elif lg == "de":
        p.text(m, 52, "Untersuchungsbericht", "Helvetica-Bold", 16)
        p.text(m, 68, "Hauptuntersuchung nach Paragraph 29 StVZO", "Helvetica", 9)
        p.text(w - m, 52, h.name.split(" - ")[0], "Helvetica-Bold", 11, "right")
        p.rect(w - m - 70, 74, 70, 70)
        p.text(w - m - 35, 104, f"{(d.month % 12) + 1:02d}", "Helvetica-Bold", 16, "center")
        p.text(w - m - 35, 124, f"{d.year + 2}", "Helvetica", 10, "center")
        y = 150.0
        for row in [
            [("Amtl. Kennzeichen", reg, 1), ("Hersteller", c.make, 1), ("Typ", c.model, 1)],
            [("Fahrzeug-Ident.-Nr.", c.vin, 2), ("Km-Stand", f"{c.miles:,}".replace(",", "."), 1)],
            [
                ("Pruefdatum", date_text(d, lg, "short"), 1),
                ("Naechste HU", f"{(d.month % 12) + 1:02d}/{d.year + 2}" if ok else "-", 1),
                ("Pruefbericht-Nr.", serial(rng, "9999999999"), 1),
            ],
        ]:
            y = grid(p, s, m, y, w - 2 * m, row, tall=30, pt=10)
        y += 16
        res = (
            "Ohne festgestellte Maengel"
            if not found
            else (
                "Geringe Maengel"
                if ok
                else "Erhebliche Maengel - Wiedervorfuehrung binnen eines Monats"
            )
        )
        p.text(m, y, f"Ergebnis: {res}", "Helvetica-Bold", 10)
        y += 18
    else:
        p.text(m, 52, "PROCES-VERBAL DE CONTROLE TECHNIQUE", "Helvetica-Bold", 14)
        p.text(m, 68, f"Centre agree n. S{serial(rng, '999A999')} - {h.name}", "Helvetica", 8)
        y = 88.0
        for row in [
            [
                ("Immatriculation", reg, 1),
                ("Marque", c.make.upper(), 1),
                ("Denomination", c.model.upper(), 1),
            ],
            [("N. d'identification", c.vin, 2), ("Kilometrage", f"{c.miles} km", 1)],
            [
                ("Date du controle", date_text(d, lg, "short"), 1),
                ("Resultat", "A" if ok else "S", 1),
                ("Avant le", date_text(d + timedelta(days=730 if ok else 60), lg, "short"), 1),
            ],
        ]:
            y = grid(p, s, m, y, w - 2 * m, row, tall=30, pt=10)
        y += 16
        p.text(m, y, "Defaillances constatees", "Helvetica-Bold", 10)
        y += 16
    more = rng.random() < 0.4
    shown = found if not more else found[:1]
    for t in shown or [tr(lg, "None", "Keine", "Neant")]:
        for ln in wrap(t, "Helvetica", 9, w - 2 * m - 12):
            p.text(m + 8, y, ln, "Helvetica", 9)
            y += 12
        y += 4
    if lg == "en":
        p.text(
            m,
            hh - 90,
            f"Tester: {staff(who, 'tester', lg)}   Vehicle testing station: "
            f"{serial(rng, 'A99999')}",
            "Helvetica",
            8,
        )
        p.text(
            m,
            hh - 70,
            "Check the MOT history of this vehicle and get reminders at "
            "www.gov.uk/check-mot-history",
            "Helvetica",
            7,
        )
    else:
        sign(p, m + 20, hh - 90, staff(who, "tester", lg), 12)
        p.line(m, hh - 86, m + 200, hh - 86)
        p.text(m, hh - 76, tr(lg, "", "Pruefingenieur", "Controleur"), "Helvetica", 7)
        p.rect(w - m - 120, hh - 130, 110, 60)
        p.text(
            w - m - 65,
            hh - 100,
            h.name.split(" - ")[0].split()[0].upper(),
            "Helvetica-Bold",
            9,
            "center",
        )
    pages = [p]
    if more or rng.random() < 0.3:
        q = Page(s.page_size)
        q.text(
            m,
            52,
            tr(
                lg,
                "Defects and advisories (continued)",
                "Festgestellte Maengel und Hinweise",
                "Detail des defaillances et observations",
            ),
            "Helvetica-Bold",
            12,
        )
        q.text(w - m, 52, reg, "Courier-Bold", 11, "right")
        yy = 80.0
        for t in found[1:] if more else [words(rng, lg) for _ in range(rng.randint(1, 3))]:
            for ln in wrap(t, "Helvetica", 9, w - 2 * m - 12):
                q.text(m + 8, yy, ln, "Helvetica", 9)
                yy += 12
            yy += 4
        yy += 20
        for t in [prose(rng, lg, 2, 3), prose(rng, lg, 1, 3)]:
            for ln in wrap(t, "Helvetica", 7.5, w - 2 * m):
                q.text(m, yy, ln, "Helvetica", 7.5)
                yy += 10
            yy += 8
        pages.append(q)
    if lg != "en":
        number_all(pages, "Page {i}/{n}" if lg == "fr" else "Seite {i} von {n}", m, hh)
    return pages


def number_all(pages: list[Page], fmt: str, m: float, hh: float) -> None:
    for k, pg in enumerate(pages, 1):
        pg.text(pg.size[0] - m, hh - 30, fmt.format(i=k, n=len(pages)), "Helvetica", 7, "right")


def tpl_parts_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A parts distributor's delivery note / picking list on A5, landscape A5 or a cut sheet:
    the parts with bin, ordered, supplied and back-ordered, the driver's time and the stores'
    signature on receipt."""
    h = head_of(who, "parts", ["split", "band", "rule"])
    lg = h.lang
    r = seeded(who, "dnsize")
    size = r.choice([A5, landscape(A5), (mm * 210, mm * 150), A4])
    s = paper(who.style, size, margin=r.choice([24, 28, 34]), pt=min(who.style.size, 8.5))
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    f = sheets(s, h)
    p = f.page
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    p.text(w - m, f.y, title, s.bold, s.size + 3, "right")
    p.text(
        w - m,
        f.y + 12,
        serial(rng, r.choice(["DN9999999", "99-999999", "BL 9999999"])),
        "Courier",
        9,
        "right",
    )
    dl = head_of(who, "dealer")
    p.text(
        m,
        f.y,
        fit(tr(lg, "Deliver to: ", "Lieferung an: ", "Livre a : ") + dl.name, s.font, 8, w / 2),
        s.font,
        8,
    )
    p.text(m, f.y + 10, fit(f"{dl.street}, {dl.town}", s.font, 8, w / 2), s.font, 8)
    f.y += 26
    f.y = (
        grid(
            p,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short"), 1),
                (
                    tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                    serial(rng, rng.choice(["PO99999", "W99999 / 9"])),
                    1.3,
                ),
                (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(r, "AA9999"), 1),
                (
                    tr(lg, "Route / van", "Tour", "Tournee"),
                    f"{rng.randint(1, 12)}/{rng.choice('ABC')}",
                    0.8,
                ),
            ],
            tall=22,
        )
        + 10
    )
    cols = columns(
        m,
        w - m,
        [
            (1.6, "left"),
            (3.6, "left"),
            (0.8, "left"),
            (0.7, "right"),
            (0.7, "right"),
            (0.7, "right"),
        ],
    )
    rows = []
    for name, pn in rng.sample(PARTS[lg], rng.randint(2, 7)):
        q = rng.choice([1, 1, 2, 4, 5, 10])
        sup = q if rng.random() < 0.85 else max(0, q - rng.randint(1, q))
        rows.append(
            [pn, name, serial(rng, "A99-9"), str(q), str(sup), str(q - sup) if q - sup else ""]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Part no.", "Teile-Nr.", "Reference"),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Bin", "Lagerort", "Empl."),
            tr(lg, "Ord", "Best.", "Cde"),
            tr(lg, "Sup", "Gel.", "Livre"),
            tr(lg, "B/O", "Rueckst.", "Reliq."),
        ],
        rows,
        s,
        size=s.size - 0.5,
        rules=True,
    )
    f.y += 8
    if f.y > hh - 70:
        f.new_page()
    p = f.page
    yb = max(f.y, hh - m - 54)
    p.text(
        m,
        yb,
        tr(
            lg,
            "Received by (print / sign):",
            "Ware erhalten (Name / Unterschrift):",
            "Recu par (nom / signature) :",
        ),
        s.font,
        7,
    )
    rec = staff(who, "stores", dl.lang)
    p.text(m + 4, yb + 18, rec.split()[-1].upper(), HAND, 10)
    sign(p, w / 2, yb + 18, rec)
    p.line(m, yb + 22, w - m, yb + 22)
    p.text(
        m,
        yb + 33,
        tr(
            lg,
            f"Driver {rng.choice(PEOPLE['en']).split()[0]} - time "
            f"{rng.randint(7, 16)}:{rng.choice(['05', '25', '40', '55'])}",
            f"Fahrer {rng.choice(PEOPLE['de']).split()[0]} - Uhrzeit "
            f"{rng.randint(7, 16)}:{rng.choice(['05', '25', '40'])}",
            f"Chauffeur {rng.choice(PEOPLE['fr']).split()[0]} - heure "
            f"{rng.randint(7, 16)}h{rng.choice(['05', '25', '40'])}",
        ),
        s.font,
        7,
    )
    return close(f.pages, s, h, numbers="none")


def tpl_supplier_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A parts supplier's monthly statement of account: invoices and credits of the month with
    the balance, the ageing, and the remittance advice to cut off at the foot of the last page;
    one to three pages."""
    h = head_of(who, "parts", ["centred", "split", "band", "badge"])
    lg = h.lang
    s = paper(who.style, letter_size(who, lg, "stmt"), pt=min(who.style.size, 9))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    d = date(d.year, d.month, 28)
    acct = serial(seeded(who, "acct"), "AA9999")
    name = tr(lg, "Statement", "Kontoauszug", "Releve de compte")
    f = sheets(s, h, f"{h.name} - {name} {acct}")
    recipient(
        f,
        s,
        h,
        lines_of(head_of(who, "dealer")),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
            (
                tr(lg, "Terms", "Zahlungsziel", "Echeance"),
                tr(lg, "30 days EOM", "30 Tage netto", "30 jours fin de mois"),
            ),
        ],
    )
    caption(
        f, s, tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVE DE COMPTE"), 3
    )
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (0.7, "left"),
            (1.5, "left"),
            (2, "left"),
            (1.2, "right"),
            (1.2, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    bal = round(rng.uniform(0, 3000), 2)
    rows.append(
        [
            "",
            "",
            "",
            tr(lg, "Balance brought forward", "Saldovortrag", "Report solde"),
            "",
            "",
            money(bal, lg),
        ]
    )
    for _ in range(rng.choice([6, 12, 20, 35, 55, 80, 120])):
        dd = date(d.year, d.month, rng.randint(1, 28))
        if rng.random() < 0.85:
            v = round(rng.uniform(8, 900), 2)
            bal += v
            rows.append(
                [
                    date_text(dd, lg, "short"),
                    "INV",
                    serial(rng, "9999999"),
                    serial(rng, "PO99999"),
                    money(v, lg),
                    "",
                    money(bal, lg),
                ]
            )
        else:
            v = round(rng.uniform(8, 400), 2)
            bal -= v
            rows.append(
                [
                    date_text(dd, lg, "short"),
                    rng.choice(["CRN", "PAY"]),
                    serial(rng, "9999999"),
                    tr(lg, "Credit / return", "Gutschrift", "Avoir"),
                    "",
                    money(v, lg),
                    money(bal, lg),
                ]
            )
    rows.sort(key=lambda r: (r[0][-4:], r[0][3:5], r[0][:2]) if r[0] else ("",))
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Number", "Beleg", "Piece"),
            tr(lg, "Reference", "Referenz", "Reference"),
            tr(lg, "Debit", "Soll", "Debit"),
            tr(lg, "Credit", "Haben", "Credit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        step=1.5,
    )
    f.need(140)
    f.y += 8
    ages = [bal * 0.6, bal * 0.25, bal * 0.1, bal * 0.05]
    f.y = (
        grid(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Current", "Aktuell", "Non echu"), money(ages[0], lg), 1),
                (tr(lg, "30 days", "30 Tage", "30 jours"), money(ages[1], lg), 1),
                (tr(lg, "60 days", "60 Tage", "60 jours"), money(ages[2], lg), 1),
                (tr(lg, "90+ days", "90+ Tage", "90 jours et +"), money(ages[3], lg), 1),
                (
                    tr(lg, "Total due", "Gesamt", "Total du"),
                    f"{money(bal, lg)} {currency(lg)}",
                    1.3,
                ),
            ],
        )
        + 22
    )
    p = f.page
    for x in range(int(m), int(w - m), 9):
        p.line(x, f.y - 10, x + 4, f.y - 10)
    p.text(
        m,
        f.y + 4,
        tr(
            lg,
            "REMITTANCE ADVICE - please return with your payment",
            "ZAHLUNGSAVIS",
            "TALON A JOINDRE A VOTRE REGLEMENT",
        ),
        s.bold,
        8,
    )
    pairs(
        p,
        s,
        m,
        f.y + 18,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
            (tr(lg, "Statement date", "Datum", "Date du releve"), day(h, d)),
            (tr(lg, "Amount paid", "Betrag", "Montant regle"), ""),
        ],
        w / 2,
    )
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates V: body shop, insurance and warranty
# ---------------------------------------------------------------------------------------------

PANELS = {
    "en": [
        "Front bumper cover",
        "Bonnet",
        "Front wing LH",
        "Front wing RH",
        "Headlamp unit LH",
        "Front door shell LH",
        "Rear door shell RH",
        "Rear bumper cover",
        "Tailgate",
        "Door mirror glass RH",
        "Radiator support panel",
        "Parking sensor",
        "Wheel arch liner",
        "Sill panel outer LH",
    ],
    "de": [
        "Stossfaenger vorn",
        "Motorhaube",
        "Kotfluegel vorn links",
        "Kotfluegel vorn rechts",
        "Scheinwerfer links",
        "Tuer vorn links",
        "Tuer hinten rechts",
        "Stossfaenger hinten",
        "Heckklappe",
        "Spiegelglas rechts",
        "Schlosstraeger",
        "Einparksensor",
        "Radhausschale",
        "Schweller links",
    ],
    "fr": [
        "Bouclier AV",
        "Capot",
        "Aile AV G",
        "Aile AV D",
        "Projecteur G",
        "Porte AV G",
        "Porte AR D",
        "Bouclier AR",
        "Hayon",
        "Glace de retroviseur D",
        "Face avant",
        "Capteur de stationnement",
        "Pare-boue",
        "Bas de caisse G",
    ],
}


FITTINGS = {
    "en": [
        "R&I bumper mouldings",
        "R&I headlamp washer jet",
        "R&I number plate and plinth",
        "R&I wheel arch trim",
        "R&I door trim panel",
        "R&I door mirror",
        "R&I door handle",
        "Clips and fixings",
        "Wheel alignment check",
        "Calibrate ADAS front camera",
        "Corrosion protection / wax",
        "Valet after repair",
    ],
    "de": [
        "A+E Zierleisten Stossfaenger",
        "A+E Scheinwerferreinigungsduese",
        "A+E Kennzeichen mit Halter",
        "A+E Radlaufverkleidung",
        "A+E Tuerverkleidung",
        "A+E Aussenspiegel",
        "Kleinteile / Clipse",
        "Achsvermessung",
        "Kalibrierung Frontkamera",
        "Hohlraumkonservierung",
        "Fahrzeugreinigung",
    ],
    "fr": [
        "D-P baguettes de bouclier",
        "D-P gicleur lave-phare",
        "D-P plaque et support",
        "D-P enjoliveur de passage de roue",
        "D-P garniture de porte",
        "D-P retroviseur",
        "Agrafes et petites fournitures",
        "Controle de geometrie",
        "Calibrage camera AV",
        "Protection anticorrosion",
        "Nettoyage apres travaux",
    ],
}


def tpl_bodyshop_estimate(rng: random.Random, who: Issuer) -> list[Page]:
    """The body shop's repair estimate, printed from the estimating system: the car, insurer
    and claim, then the calculation pages (replace / repair / paint operations, parts with
    numbers, paint materials), the summary, and a photo sheet of the damage."""
    h = head_of(who, "bodyshop", ["split", "rule", "band"])
    lg = h.lang
    s = paper(who.style, A4, margin=40, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who, used=True)
    reg = c.reg or plate(rng, lg)
    ins = head_of(who, "insurer")
    claim = serial(seeded(who, "claim"), rng.choice(["AA9999999", "99-999999-99", "9999999A"]))
    est = serial(rng, "E99999")
    title = tr(lg, "REPAIR ESTIMATE", "REPARATURKOSTEN-KALKULATION", "DEVIS DE REPARATION")
    f = sheets(s, h, f"{title} {est} - {reg}")
    caption(f, s, title, 4)
    p = f.page
    y = grid(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Estimate no.", "Kalkulations-Nr.", "Devis n."), est, 1),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short"), 1),
            (tr(lg, "Insurer", "Versicherung", "Assureur"), ins.name, 2),
            (tr(lg, "Claim no.", "Schaden-Nr.", "N. de sinistre"), claim, 1.3),
        ],
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Owner", "Halter", "Proprietaire"), c.owner, 2),
            (tr(lg, "Registration", "Kennzeichen", "Immat."), reg, 1),
            (tr(lg, "Vehicle", "Fahrzeug", "Vehicule"), f"{c.make} {c.model} {c.trim}", 2.4),
            (tr(lg, "Paint code", "Farbcode", "Code peinture"), serial(rng, "AA9"), 0.8),
        ],
    )
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "VIN", "FIN", "VIN"), c.vin, 2),
            (tr(lg, "Mileage", "Km-Stand", "Km"), dist(lg, c.miles), 1),
            (
                tr(lg, "Labour rate", "Stundenverrechnungssatz", "Taux horaire T1/T2/T3"),
                f"{money(rng.choice([48, 52, 58, 62]), lg)} / "
                f"{money(rng.choice([55, 60, 68]), lg)}",
                1.5,
            ),
        ],
    )
    f.y = y + 14
    panels = rng.sample(PANELS[lg], rng.randint(3, 12))
    sections = [
        (
            tr(lg, "Replace", "Erneuern", "Remplacement"),
            [pn for pn in panels if rng.random() < 0.5],
        ),
        (
            tr(lg, "Repair / R&I", "Instandsetzen / A+E", "Reparation / D-P"),
            panels + rng.sample(FITTINGS[lg], rng.randint(0, len(FITTINGS[lg]))),
        ),
        (tr(lg, "Paint", "Lackierung", "Peinture"), [pn for pn in panels if rng.random() < 0.8]),
    ]
    cols = columns(
        m, w - m, [(1.2, "left"), (4, "left"), (1.6, "left"), (0.8, "right"), (1.1, "right")]
    )
    lab = paint = parts = 0.0
    for title_, items in sections:
        if not items:
            continue
        rows = []
        for it in items:
            hrs = round(rng.uniform(0.2, 3.5), 1)
            cost = round(rng.uniform(40, 620), 2) if title_ == sections[0][0] else 0.0
            if cost:
                parts += cost
            elif title_ == sections[2][0]:
                paint += hrs * 60
            else:
                lab += hrs * 55
            rows.append(
                [
                    serial(rng, "9999"),
                    it,
                    serial(rng, "99999-AA999") if cost else "",
                    f"{hrs}",
                    money(cost, lg) if cost else "",
                ]
            )
        f.heading(m, title_.upper(), s.bold, s.size)
        table(
            f,
            cols,
            [
                tr(lg, "Op", "Pos.", "Op."),
                tr(lg, "Description", "Bezeichnung", "Libelle"),
                tr(lg, "Part no.", "Teile-Nr.", "Reference"),
                tr(lg, "Hrs", "AW", "Temps"),
                tr(lg, "Price", "Preis", "Prix"),
            ],
            rows,
            s,
            size=s.size - 1,
            rules=True,
        )
        f.y += 6
    if rng.random() < 0.5:
        f.new_page()
    caption(f, s, tr(lg, "Summary", "Zusammenfassung", "Recapitulatif"), 1.5, True)
    mat = paint * rng.uniform(0.4, 0.8)
    net = lab + paint + parts + mat
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Labour (body)", "Arbeitslohn Karosserie", "Main-d'oeuvre tolerie"),
                    money(lab, lg),
                ),
                (
                    tr(lg, "Labour (paint)", "Arbeitslohn Lack", "Main-d'oeuvre peinture"),
                    money(paint, lg),
                ),
                (tr(lg, "Paint materials", "Lackmaterial", "Ingredients peinture"), money(mat, lg)),
                (tr(lg, "Parts", "Ersatzteile", "Pieces"), money(parts, lg)),
                (tr(lg, "Total net", "Summe netto", "Total HT"), money(net, lg)),
                (vat_name(lg), money(net * vat_rate(lg), lg)),
                (
                    tr(lg, "Total incl. VAT", "Gesamt brutto", "Total TTC"),
                    f"{money(net * (1 + vat_rate(lg)), lg)} {currency(lg)}",
                ),
            ],
            w - m - 120,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "Estimate valid for 30 days. Hidden damage may become apparent during repair and "
            "will be "
            "reported to the insurer before any additional work is carried out.",
            "Die Kalkulation gilt vorbehaltlich verdeckter Schaeden. Reparaturdauer ca. "
            f"{rng.randint(3, 9)} Arbeitstage.",
            "Devis valable 30 jours, sous reserve de dommages non apparents. Immobilisation "
            "estimee "
            f"a {rng.randint(3, 9)} jours.",
        ),
        7.5,
    )
    f.y += 10
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Estimator', 'Kalkuliert von', 'Etabli par')}: {staff(who, 'est', lg)}",
        s.font,
        8,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", "none"]) if lg == "en" else None,
    )
    if rng.random() < 0.7:
        caps = [
            tr(lg, x, y_, z)
            for x, y_, z in [
                ("Overview front", "Uebersicht vorn", "Vue generale AV"),
                ("Damage close-up", "Schadensdetail", "Detail du choc"),
                ("Registration plate", "Kennzeichen", "Plaque"),
                ("Odometer", "Tacho", "Compteur"),
                ("Damage rear three-quarter", "Schaden hinten schraeg", "Choc 3/4 AR"),
                ("VIN plate", "Typschild", "Plaque constructeur"),
            ]
        ]
        sh_title = fit(
            f"{h.name} - {tr(lg, 'Photographs', 'Fotos', 'Photos')} {est} / {reg}",
            s.bold,
            s.size + 1,
            w - 2 * m,
        )
        sh = photo_sheet(
            rng,
            s,
            sh_title,
            caps,
            rng.choice([4, 6]),
            m,
        )
        pages.append(sh)
        if rng.random() < 0.3:
            pages.append(photo_sheet(rng, s, sh_title, caps, rng.choice([2, 4]), m, 7))
    return pages


def tpl_insurance_authorisation(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's repair authorisation to the body shop: the claim, the agreed amount, the
    excess the shop must collect, the engineer appointed and the instructions; sometimes the
    satisfaction note for the customer to sign on a second page."""
    h = head_of(who, "insurer", ["band", "centred", "badge", "rule"])
    lg = h.lang
    s = paper(who.style, letter_size(who, lg, "auth"))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who, used=True)
    reg = c.reg or plate(rng, lg)
    bs = head_of(who, "bodyshop")
    claim = serial(seeded(who, "claim"), rng.choice(["AA9999999", "99-999999-99", "9999999A"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Claim', 'Schaden', 'Sinistre')} {claim}")
    recipient(
        f,
        s,
        h,
        lines_of(bs),
        d,
        [
            (tr(lg, "Claim number", "Schadennummer", "N. de sinistre"), claim),
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Assure"), c.owner),
            (tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"), reg),
        ],
    )
    caption(
        f, s, tr(lg, "Authority to repair", "Reparaturfreigabe", "Accord de prise en charge"), 2
    )
    dear(f, s, lg)
    amount = round(rng.uniform(900, 7800), 2)
    exc = float(rng.choice([100, 150, 250, 300, 500]))
    write(
        f,
        s,
        tr(
            lg,
            f"We confirm that repairs to the above vehicle may proceed in line with your estimate, "
            f"agreed at {money(amount, lg)} plus VAT. The policy excess of {money(exc, lg)} is to "
            "be "
            "collected from our policyholder on completion.",
            "wir erteilen Ihnen hiermit die Freigabe fuer die Instandsetzung des o. g. Fahrzeugs "
            "auf "
            f"Basis Ihrer Kalkulation in Hoehe von {money(amount, lg)} EUR netto. Die "
            f"Selbstbeteiligung von {money(exc, lg)} EUR ist vom Versicherungsnehmer zu erheben.",
            f"Nous vous confirmons notre accord pour la remise en etat du vehicule sur la base de "
            f"votre devis, soit {money(amount, lg)} EUR HT. La franchise de {money(exc, lg)} EUR "
            "reste a la charge de notre assure.",
        ),
    )
    for _ in range(rng.randint(1, 2)):
        write(f, s, prose(rng, lg))
    if rng.random() < 0.6:
        ex = head_of(who, "assessor")
        write(
            f,
            s,
            tr(
                lg,
                f"{ex.name} has been instructed to inspect the vehicle. Please retain all replaced "
                "parts until the engineer's report has been received.",
                f"Mit der Begutachtung haben wir {ex.name} beauftragt. Bitte bewahren Sie die "
                "Altteile bis zum Eingang des Gutachtens auf.",
                f"L'expertise a ete confiee au {ex.name}. Merci de conserver les pieces remplacees "
                "jusqu'au depot du rapport.",
            ),
        )
    regards(
        f,
        s,
        lg,
        staff(who, "claims", lg),
        tr(
            lg,
            "Motor Claims Handler",
            "Schadenregulierung Kraftfahrt",
            "Gestionnaire sinistres auto",
        ),
        ink=rng.random() < 0.3,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        q = Page(s.page_size)
        y = heading(q, s, h)
        q.text(
            m,
            y,
            tr(
                lg,
                "Satisfaction note",
                "Reparaturbestaetigung",
                "Attestation de bonne fin de travaux",
            ),
            s.bold,
            s.size + 3,
        )
        y += 24
        y = (
            grid(
                q,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (tr(lg, "Claim", "Schaden", "Sinistre"), claim, 1),
                    (tr(lg, "Registration", "Kennzeichen", "Immat."), reg, 1),
                    (tr(lg, "Repairer", "Werkstatt", "Reparateur"), bs.name, 2),
                ],
            )
            + 18
        )
        for t in [
            tr(
                lg,
                "I confirm that the repairs to my vehicle have been completed to my satisfaction.",
                "Ich bestaetige, dass die Reparatur ordnungsgemaess ausgefuehrt wurde.",
                "Je certifie que les travaux ont ete realises a ma satisfaction.",
            ),
            tr(
                lg,
                "I have paid the excess shown above to the repairer.",
                "Die Selbstbeteiligung habe ich an die Werkstatt gezahlt.",
                "J'ai regle la franchise au reparateur.",
            ),
        ]:
            box(q, m, y, rng.random() < 0.5, 9)
            q.text(m + 16, y, fit(t, s.font, s.size, w - 2 * m - 16), s.font, s.size)
            y += 22
        y += 30
        q.line(m, y, m + 200, y)
        q.text(
            m,
            y + 10,
            tr(
                lg,
                "Signature of policyholder",
                "Unterschrift Versicherungsnehmer",
                "Signature de l'assure",
            ),
            s.font,
            7,
        )
        q.line(w - m - 150, y, w - m, y)
        q.text(w - m - 150, y + 10, tr(lg, "Date", "Datum", "Date"), s.font, 7)
        pages.append(q)
    if rng.random() < 0.4:
        office_stamp(rng, pages[0], bs.lang, d, w - m - 120, m + 20)
    return pages


def tpl_engineer_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An independent motor engineer's report for the insurer (Schadengutachten, rapport
    d'expertise): sometimes a cover sheet; the particulars and the circumstances, the damage
    found, the repair cost calculation, the valuation (diminution in value, pre-accident and
    salvage value) over two or three pages, then one or two photo sheets."""
    h = head_of(who, "assessor", ["centred", "split", "rule", "badge"])
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who, used=True)
    reg = c.reg or plate(rng, lg)
    ins = head_of(who, "insurer")
    ref = serial(rng, rng.choice(["TVA/99/9999", "G-9999-99", "99AA9999"]))
    title = tr(lg, "ENGINEER'S REPORT", "GUTACHTEN", "RAPPORT D'EXPERTISE")
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.35:
        cv = Page(s.page_size)
        heading(cv, s, h)
        cv.text(w / 2, 300, title, s.bold, 22, "center")
        cv.text(
            w / 2,
            330,
            tr(
                lg,
                "Vehicle damage assessment",
                "zur Schadenhoehe am Kraftfahrzeug",
                "Vehicule endommage",
            ),
            s.font,
            s.size + 2,
            "center",
        )
        cv.text(w / 2, 370, f"{c.make} {c.model} - {reg}", s.bold, s.size + 2, "center")
        cv.text(
            w / 2,
            390,
            f"{tr(lg, 'Our reference', 'Gutachten-Nr.', 'Notre reference')}: {ref}",
            s.font,
            s.size,
            "center",
        )
        cv.text(
            w / 2,
            406,
            f"{tr(lg, 'Prepared for', 'Auftraggeber', 'Mandant')}: {ins.name}",
            s.font,
            s.size,
            "center",
        )
        cv.text(w / 2, 422, day(h, d), s.font, s.size, "center")
        pages.append(cv)
        covers = 1
    f = sheets(s, h, f"{title} {ref} - {reg}")
    if not covers:
        recipient(
            f,
            s,
            h,
            lines_of(ins),
            d,
            [
                (tr(lg, "Our ref", "Gutachten-Nr.", "Ref. cabinet"), ref),
                (
                    tr(lg, "Claim", "Schaden-Nr.", "Sinistre"),
                    serial(
                        seeded(who, "claim"), rng.choice(["AA9999999", "99-999999-99", "9999999A"])
                    ),
                ),
            ],
        )
        caption(f, s, title, 4)
    caption(
        f, s, tr(lg, "1. Particulars", "1. Fahrzeugdaten", "1. Identification du vehicule"), 1, True
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Registration", "Amtl. Kennzeichen", "Immatriculation"), reg),
                (tr(lg, "Make / model", "Hersteller / Typ", "Marque / modele"), car_name(c)),
                (tr(lg, "VIN", "Fahrzeug-Ident.-Nr.", "VIN"), c.vin),
                (
                    tr(lg, "First registered", "Erstzulassung", "1re mise en circulation"),
                    day(h, c.first),
                ),
                (
                    tr(lg, "Odometer reading", "Km-Stand abgelesen", "Kilometrage releve"),
                    dist(lg, c.miles),
                ),
                (
                    tr(lg, "Inspected at", "Besichtigungsort", "Lieu d'examen"),
                    head_of(who, "bodyshop").name,
                ),
                (
                    tr(lg, "Date of inspection", "Besichtigung am", "Date d'examen"),
                    day(h, d - timedelta(days=rng.randint(1, 6))),
                ),
            ],
            w * 0.75,
        )
        + 8
    )
    caption(
        f,
        s,
        tr(
            lg,
            "2. Circumstances and damage",
            "2. Schadenhergang und Schadenbeschreibung",
            "2. Circonstances et dommages",
        ),
        1,
        True,
    )
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, 2, 5))
    caption(
        f,
        s,
        tr(lg, "3. Repair costs", "3. Reparaturkosten", "3. Chiffrage des reparations"),
        1,
        True,
    )
    lab, parts = round(rng.uniform(400, 3000), 2), round(rng.uniform(300, 5000), 2)
    paint = round(rng.uniform(250, 1800), 2)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Labour", "Arbeitslohn", "Main-d'oeuvre"), money(lab, lg)),
                (
                    tr(lg, "Paint and materials", "Lackierung", "Peinture et ingredients"),
                    money(paint, lg),
                ),
                (tr(lg, "Parts", "Ersatzteile", "Pieces"), money(parts, lg)),
                (
                    tr(lg, "Total net", "Reparaturkosten netto", "Total HT"),
                    money(lab + parts + paint, lg),
                ),
            ],
            w * 0.75,
        )
        + 8
    )
    caption(f, s, tr(lg, "4. Valuation", "4. Wertermittlung", "4. Valeurs"), 1, True)
    pre = round(c.price * rng.uniform(0.5, 0.9), -1)
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
                        "Pre-accident value",
                        "Wiederbeschaffungswert",
                        "Valeur de remplacement (VRADE)",
                    ),
                    money(pre, lg),
                ),
                (
                    tr(lg, "Salvage value", "Restwert", "Valeur de sauvetage"),
                    money(round(pre * rng.uniform(0.1, 0.3), -1), lg),
                ),
                (
                    tr(lg, "Diminution in value", "Merkantile Wertminderung", "Moins-value"),
                    money(rng.choice([0, 250, 400, 600]), lg),
                ),
                (
                    tr(lg, "Repair time", "Reparaturdauer", "Duree d'immobilisation"),
                    tr(
                        lg,
                        f"{rng.randint(3, 12)} working days",
                        f"{rng.randint(3, 12)} Arbeitstage",
                        f"{rng.randint(3, 12)} jours ouvres",
                    ),
                ),
            ],
            w * 0.75,
        )
        + 8
    )
    for _ in range(rng.randint(0, 3)):
        write(f, s, prose(rng, lg, 2, 4))
    caption(f, s, tr(lg, "5. Conclusion", "5. Ergebnis", "5. Conclusions"), 1, True)
    write(f, s, prose(rng, lg, 1, 3))
    regards(
        f,
        s,
        lg,
        staff(who, "eng", lg),
        tr(lg, "Eng Tech AMIMI", "Kfz-Sachverstaendiger", "Expert en automobile"),
    )
    pages += f.pages
    caps = [
        tr(lg, x, y_, z)
        for x, y_, z in [
            ("General view", "Gesamtansicht", "Vue d'ensemble"),
            ("Impact area", "Anstossstelle", "Zone de choc"),
            ("Detail", "Detail", "Detail"),
            ("Odometer", "Tachostand", "Compteur"),
            ("Interior", "Innenraum", "Habitacle"),
            ("Opposite side", "Gegenseite", "Cote oppose"),
        ]
    ]
    for k in range(rng.choice([1, 1, 2])):
        pages.append(
            photo_sheet(
                rng,
                s,
                f"{tr(lg, 'Photographs', 'Lichtbilder', 'Photographies')} - {ref}",
                caps,
                rng.choice([4, 6]),
                m + 10,
                1 + 6 * k,
            )
        )
    return close(
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
        covers=covers,
    )


FAULTS = {
    "en": [
        "Infotainment screen freezes intermittently",
        "Rattle from dashboard passenger side",
        "Water leak from tailgate seal",
        "Engine warning light, P0171 lean mixture",
        "Electric window regulator failed RH front",
        "Air con not cooling, compressor clutch",
        "Paint defect bonnet leading edge",
    ],
    "de": [
        "Infotainment friert sporadisch ein",
        "Klappern Armaturentafel Beifahrerseite",
        "Wassereintritt Heckklappendichtung",
        "Motorkontrollleuchte, Fehler P0171",
        "Fensterheber vorne rechts defekt",
        "Klimakompressor Magnetkupplung defekt",
    ],
    "fr": [
        "Ecran multimedia fige par intermittence",
        "Bruit de planche de bord cote passager",
        "Infiltration joint de hayon",
        "Voyant moteur, code P0171",
        "Leve-vitre AV D hors service",
        "Compresseur de climatisation defectueux",
    ],
}


def tpl_warranty_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The dealer's warranty claim form to the manufacturer: claim type ticks, the car, the
    customer's complaint, cause and correction written by the technician, the labour operation
    codes and the causal part; one page, several filled in on one day."""
    h = head_of(who, "dealer", ["rule", "split"])
    mk = head_of(who, "maker")
    lg = h.lang
    s = paper(who.style, A4, margin=34, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    c = a_car(rng, lg, new=True)
    c.reg = plate(rng, lg)
    c.miles = rng.randint(800, 60000)
    p = Page(s.page_size)
    p.text(m, 44, mk.name.upper(), "Helvetica-Bold", 11)
    t = tr(lg, "WARRANTY CLAIM", "GARANTIEANTRAG", "DEMANDE DE PRISE EN GARANTIE")
    p.text(m, 64, t, "Helvetica-Bold", 15)
    p.text(
        w - m,
        44,
        f"{tr(lg, 'Dealer code', 'Haendler-Nr.', 'Code RRA')} "
        f"{serial(seeded(who, 'dcode'), '99999')}",
        "Courier",
        9,
        "right",
    )
    p.text(w - m, 58, h.name, "Helvetica", 8, "right")
    p.text(
        w - m,
        70,
        f"{tr(lg, 'Claim no.', 'Antrag-Nr.', 'N. demande')} {serial(rng, '999999')}",
        "Courier-Bold",
        10,
        "right",
    )
    y = 84.0
    y = (
        ticks(
            p,
            s,
            m,
            y + 8,
            w - 2 * m,
            [
                tr(lg, "New vehicle warranty", "Neuwagengarantie", "Garantie contractuelle"),
                tr(lg, "Parts warranty", "Teilegarantie", "Garantie pieces"),
                tr(lg, "Campaign / recall", "Rueckrufaktion", "Campagne"),
                tr(lg, "Goodwill", "Kulanz", "Geste commercial"),
                tr(lg, "Transit damage", "Transportschaden", "Avarie transport"),
            ],
            {rng.choice([0, 0, 0, 1, 2, 3, 4])},
        )
        + 4
    )
    for row in [
        [
            (tr(lg, "VIN", "FIN", "VIN"), c.vin, 2),
            (tr(lg, "Registration", "Kennzeichen", "Immat."), c.reg, 1),
            (tr(lg, "Model", "Modell", "Modele"), f"{c.model} {c.trim}", 2),
        ],
        [
            (
                tr(lg, "Warranty start", "Garantiebeginn", "Debut garantie"),
                date_text(d - timedelta(days=rng.randint(60, 1000)), lg, "short"),
                1,
            ),
            (
                tr(lg, "Repair date", "Reparaturdatum", "Date reparation"),
                date_text(d, lg, "short"),
                1,
            ),
            (tr(lg, "Mileage", "Km-Stand", "Km"), str(c.miles), 1),
            (tr(lg, "RO no.", "Auftrags-Nr.", "OR n."), serial(rng, "W99999"), 1),
        ],
    ]:
        y = grid(p, s, m, y, w - 2 * m, row, tall=28, pt=9)
    y += 14
    for cap, n in [
        (tr(lg, "Customer complaint", "Kundenbeanstandung", "Symptome client"), 2),
        (tr(lg, "Cause (technician's diagnosis)", "Ursache / Diagnose", "Cause / diagnostic"), 3),
        (tr(lg, "Correction", "Abhilfe", "Reparation effectuee"), 2),
    ]:
        p.text(m, y, cap, "Helvetica-Bold", 8)
        y += 14
        first = rng.choice(FAULTS[lg])
        for k in range(n):
            txt = (
                first
                if k == 0 and cap.startswith(("Customer", "Kunden", "Sympt"))
                else words(rng, lg, rng.randint(5, 10))
            )
            if k == 0 or rng.random() < 0.7:
                p.text(m + 4, y, fit(txt, HAND, 9.5, w - 2 * m - 8), HAND, 9.5)
            p.line(m, y + 4, w - m, y + 4)
            y += 16
        y += 8
    cols = columns(m, w - m, [(1.4, "left"), (4, "left"), (1, "right"), (1.2, "right")])
    rows = [
        [
            serial(rng, "99999A99"),
            rng.choice(JOBS[lg]),
            f"{rng.choice([0.4, 0.6, 0.9, 1.3, 2.1])}",
            "",
        ]
        for _ in range(rng.randint(1, 3))
    ]
    for name, pn in rng.sample(PARTS[lg], rng.randint(1, 3)):
        rows.append([pn, name, str(rng.choice([1, 1, 2])), money(rng.uniform(10, 400), lg)])
    ff = Flow((w, hh), hh - m, lambda pg, n: y)
    ff.page = p
    ff.pages = [p]
    ff.y = y
    table(
        ff,
        cols,
        [
            tr(lg, "Op code / part", "Arbeitspos. / Teil", "Code op. / piece"),
            tr(lg, "Description", "Bezeichnung", "Libelle"),
            tr(lg, "Time / qty", "AW / Menge", "Temps / qte"),
            tr(lg, "Net", "Netto", "Montant"),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    y = ff.y + 10
    p.text(
        m,
        y,
        f"{tr(lg, 'Causal part', 'Schadensverursachendes Teil', 'Piece causale')}: {rows[-1][0]}",
        "Helvetica",
        8,
    )
    p.text(
        w / 2,
        y,
        f"{tr(lg, 'Fault code', 'Schadenscode', 'Code defaut')}: {serial(rng, 'A99 99')}",
        "Helvetica",
        8,
    )
    yb = hh - m - 40
    sign(p, m + 10, yb, staff(who, "tech", lg), 12)
    p.line(m, yb + 4, m + 170, yb + 4)
    p.text(m, yb + 13, tr(lg, "Technician", "Monteur", "Technicien"), "Helvetica", 7)
    sign(p, w / 2 + 10, yb, staff(who, "wty", lg), 12)
    p.line(w / 2, yb + 4, w / 2 + 170, yb + 4)
    p.text(
        w / 2,
        yb + 13,
        tr(lg, "Warranty administrator", "Garantiesachbearbeiter", "Gestionnaire garantie"),
        "Helvetica",
        7,
    )
    p.text(
        w - m,
        hh - 16,
        f"{mk.name.split()[0]} WTY-{rng.choice(['01', '02'])}/{rng.choice(['2022', '2024'])}",
        "Helvetica",
        5.5,
        "right",
    )
    return [p]


def tpl_warranty_credit(rng: random.Random, who: Issuer) -> list[Page]:
    """The manufacturer's warranty credit note to the dealer: the claims settled in the period
    on landscape or portrait A4 (accepted, reduced or rejected with a reason code), the total
    credited and the reason codes; one to three pages."""
    h = head_of(who, "maker", ["band", "rule", "centred"])
    lg = h.lang
    land = seeded(who, "wcland").random() < 0.6
    s = paper(who.style, landscape(A4) if land else A4, margin=36, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    dl = head_of(who, "dealer")
    no = serial(rng, "GC99999999")
    t = tr(lg, "WARRANTY CREDIT NOTE", "GARANTIE-GUTSCHRIFT", "AVOIR GARANTIE")
    f = sheets(s, h, f"{h.name} - {t} {no}")
    p = f.page
    p.text(m, f.y, t, s.bold, s.size + 5)
    f.y += 12
    f.y = (
        grid(
            p,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Dealer", "Haendler", "Distributeur"), f"{dl.name}, {dl.town}", 3),
                (
                    tr(lg, "Dealer code", "Haendler-Nr.", "Code"),
                    serial(seeded(who, "dcode"), "99999"),
                    1,
                ),
                (tr(lg, "Credit note", "Gutschrift-Nr.", "Avoir n."), no, 1.3),
                (tr(lg, "Date", "Datum", "Date"), day(h, d), 1),
            ],
        )
        + 14
    )
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (2, "left"),
            (1.1, "left"),
            (2.4, "left"),
            (1, "right"),
            (1, "right"),
            (0.9, "center"),
            (1.1, "right"),
        ]
        if land
        else [
            (1, "left"),
            (2.1, "left"),
            (2.2, "left"),
            (1, "right"),
            (0.7, "center"),
            (1.1, "right"),
        ],
    )
    rows = []
    tot = 0.0
    for _ in range(rng.choice([3, 6, 10, 18, 30, 45])):
        lab, par = round(rng.uniform(20, 400), 2), round(rng.uniform(0, 700), 2)
        st = rng.choices(["A", "R", "X"], [0.8, 0.12, 0.08])[0]
        cr = 0.0 if st == "X" else (lab + par) * (rng.uniform(0.5, 0.9) if st == "R" else 1)
        tot += cr
        vin = "NVK" + serial(rng, "AA9A99A999999")[:14]
        if land:
            rows.append(
                [
                    serial(rng, "999999"),
                    vin,
                    serial(rng, "W99999"),
                    rng.choice(FAULTS[lg]),
                    money(lab, lg),
                    money(par, lg),
                    st,
                    money(cr, lg),
                ]
            )
        else:
            rows.append(
                [
                    serial(rng, "999999"),
                    vin,
                    rng.choice(FAULTS[lg]),
                    money(lab + par, lg),
                    st,
                    money(cr, lg),
                ]
            )
    heads = [
        tr(lg, "Claim", "Antrag", "Demande"),
        "VIN",
        tr(lg, "RO", "Auftrag", "OR"),
        tr(lg, "Fault", "Schaden", "Defaut"),
        tr(lg, "Labour", "Lohn", "MO"),
        tr(lg, "Parts", "Teile", "Pieces"),
        "St.",
        tr(lg, "Credited", "Gutschrift", "Credite"),
    ]
    if not land:
        heads = [
            heads[0],
            heads[1],
            heads[3],
            tr(lg, "Claimed", "Beantragt", "Demande"),
            "St.",
            heads[7],
        ]
    table(f, cols, heads, rows, s, size=7.5, shade=0.9 if rng.random() < 0.5 else None, step=1.55)
    f.need(80)
    f.y += 8
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total credited (net)', 'Gutschrift gesamt netto', 'Total credite HT')}: "
        f"{money(tot, lg)} {currency(lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "Status: A accepted, R reduced, X rejected - reason codes on the portal. ",
            "Status: A anerkannt, R gekuerzt, X abgelehnt. ",
            "Statut : A accepte, R reduit, X refuse. ",
        )
        + prose(rng, lg, 1, 2),
        7.5,
    )
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"])
        if lg == "en"
        else rng.choice(["Seite {i} von {n}", "Blatt {i}/{n}"])
        if lg == "de"
        else "Page {i}/{n}",
    )


# ---------------------------------------------------------------------------------------------
# Templates V: the sales floor and the yard
# ---------------------------------------------------------------------------------------------

EQUIP = {
    "en": "Alloy wheels 17in|LED headlights|Adaptive cruise control|Lane keep assist|"
    "Apple CarPlay / Android Auto|Rear parking sensors|Reversing camera|Heated front seats|"
    "Dual-zone climate control|Keyless entry and start|Auto-dimming mirror|Rain sensing wipers|"
    "Electric folding mirrors|Privacy glass|Wireless phone charger|Cloth / leatherette trim|"
    "Tyre pressure monitoring|Emergency brake assist|Traffic sign recognition|Tyre repair kit",
    "de": "Leichtmetallraeder 17 Zoll|LED-Scheinwerfer|Abstandsregeltempomat|Spurhalteassistent|"
    "Smartphone-Integration|Einparkhilfe hinten|Rueckfahrkamera|Sitzheizung vorn|"
    "2-Zonen-Klimaautomatik|Keyless Go|Automatisch abblendender Innenspiegel|Regensensor|"
    "Elektr. anklappbare Aussenspiegel|Privacy-Verglasung|Induktive Ladeschale|"
    "Reifendruckkontrolle|Notbremsassistent|Verkehrszeichenerkennung|Reifenreparaturset",
    "fr": "Jantes alliage 17 pouces|Projecteurs LED|Regulateur adaptatif|Aide au maintien de voie|"
    "Android Auto / Apple CarPlay|Radar de recul|Camera de recul|Sieges AV chauffants|"
    "Climatisation bi-zone|Acces et demarrage mains libres|Retroviseur electrochrome|"
    "Essuie-glaces automatiques|Retroviseurs rabattables|Vitres surteintees|"
    "Chargeur a induction|Detection de sous-gonflage|Freinage d'urgence|Kit anti-crevaison",
}


def tpl_vehicle_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The dealer's sales invoice for a car: buyer, the car with VIN and registration, the price
    (VAT qualifying, or under the margin scheme with no VAT shown), the deposit and finance
    settled; often the vehicle specification sheet behind it."""
    h = head_of(who, "dealer", ["band", "badge", "rule", "centred", "split"])
    lg = h.lang
    s = paper(who.style, letter_size(who, lg, "vinv"))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who)
    no = serial(rng, rng.choice(["VS99999", "99999999", "FV-99-9999"]))
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        owner_lines(c),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no),
            (tr(lg, "Sales executive", "Verkaeufer", "Vendeur"), staff(who, "sales", lg)),
            (tr(lg, "Tax point", "Liefer-/Leistungsdatum", "Date de livraison"), day(h, d)),
        ],
    )
    caption(f, s, tr(lg, "VEHICLE SALES INVOICE", "FAHRZEUGRECHNUNG", "FACTURE DE VENTE"), 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Vehicle", "Fahrzeug", "Vehicule"), car_name(c)),
                (tr(lg, "Colour", "Farbe", "Couleur"), c.colour),
                (tr(lg, "VIN", "Fahrgestell-Nr.", "N. de serie (VIN)"), c.vin),
                (
                    tr(lg, "Registration", "Kennzeichen", "Immatriculation"),
                    c.reg or tr(lg, "to be registered", "wird zugelassen", "en cours (W garage)"),
                ),
                (
                    tr(
                        lg, "Date of first registration", "Erstzulassung", "1re mise en circulation"
                    ),
                    day(h, c.first) if not c.new else "-",
                ),
                (
                    tr(lg, "Recorded mileage", "Km-Stand", "Kilometrage"),
                    dist(lg, c.miles)
                    if c.miles
                    else tr(lg, "delivery mileage", "Ueberfuehrung", "0 km"),
                ),
            ],
            w - m,
            s.size,
        )
        + 12
    )
    margin_scheme = not c.new and rng.random() < 0.6
    price = c.price
    rows: list[tuple[str, str]] = []
    if margin_scheme:
        rows.append(
            (tr(lg, "Vehicle price", "Fahrzeugpreis", "Prix du vehicule"), money(price, lg))
        )
    else:
        net = price / (1 + vat_rate(lg))
        rows += [
            (tr(lg, "Vehicle price (net)", "Fahrzeugpreis netto", "Prix HT"), money(net, lg)),
            (f"{vat_name(lg)} {int(vat_rate(lg) * 100)}%", money(price - net, lg)),
        ]
    if lg == "en" and c.new:
        rows += [
            ("First registration fee", money(55, lg)),
            ("Vehicle Excise Duty", money(rng.choice([10, 190, 270]), lg)),
        ]
    rows.append(
        (
            tr(lg, "Total", "Gesamtbetrag", "Total TTC"),
            f"{money(price + (65 if lg == 'en' and c.new else 0), lg)} {currency(lg)}",
        )
    )
    dep = float(rng.choice([250, 500, 1000]))
    rows += [
        (tr(lg, "Less deposit", "abzgl. Anzahlung", "Acompte recu"), "-" + money(dep, lg)),
        (
            tr(lg, "Less part-exchange", "abzgl. Inzahlungnahme", "Reprise"),
            "-" + money(round(rng.uniform(0, 6000), -1), lg) if rng.random() < 0.5 else "-",
        ),
        (
            tr(lg, "Paid by finance company", "Finanzierung durch Bank", "Finance par organisme"),
            head_of(who, "finance").name if rng.random() < 0.5 else "-",
        ),
    ]
    f.y = pairs(f.page, s, w * 0.4, f.y, rows, w - m) + 10
    write(
        f,
        s,
        tr(
            lg,
            "Second-hand goods - margin scheme. VAT is not shown separately and cannot be "
            "reclaimed."
            if margin_scheme
            else "All prices include VAT at the standard rate where applicable. " + words(rng, lg),
            "Gebrauchtgegenstaende / Sonderregelung nach Paragraph 25a UStG. Die Umsatzsteuer "
            "wird nicht gesondert ausgewiesen."
            if margin_scheme
            else "Das Fahrzeug bleibt bis zur vollstaendigen Bezahlung Eigentum des Verkaeufers.",
            "Regime particulier - biens d'occasion (article 297 A du CGI). TVA non recuperable."
            if margin_scheme
            else "Clause de reserve de propriete : le vehicule reste notre propriete "
            "jusqu'au paiement integral.",
        ),
        7.5,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.55:
        q = Page(s.page_size)
        q.text(
            m,
            m,
            tr(lg, "Vehicle specification", "Ausstattungsliste", "Fiche d'equipements"),
            s.bold,
            s.size + 5,
        )
        q.text(m, m + 18, f"{car_name(c)} - {c.vin}", s.font, s.size)
        q.line(m, m + 24, w - m, m + 24)
        eq = EQUIP[lg].split("|")
        items = rng.sample(eq, rng.randint(10, len(eq)))
        half = (w - 2 * m) / 2
        for k, it in enumerate(items):
            x = m + (k % 2) * half
            yy = m + 44 + (k // 2) * 16
            q.text(x, yy, "-  " + it, s.font, s.size - 0.5)
        yy = m + 60 + ((len(items) + 1) // 2) * 16
        for lab, val in [
            (
                tr(lg, "Combined fuel consumption", "Verbrauch kombiniert", "Consommation mixte"),
                f"{rng.uniform(3.8, 7.4):.1f} l/100 km",
            ),
            (
                tr(lg, "CO2 emissions", "CO2-Emissionen", "Emissions de CO2"),
                f"{rng.randint(0, 170)} g/km",
            ),
            (
                tr(lg, "Power", "Leistung", "Puissance"),
                f"{rng.choice([74, 88, 96, 110, 132, 165])} kW",
            ),
        ]:
            q.text(m, yy, lab, s.bold, s.size - 0.5)
            q.text(m + 200, yy, val, s.font, s.size - 0.5)
            yy += 15
        pages.append(q)
    return pages


def tpl_appraisal(rng: random.Random, who: Issuer) -> list[Page]:
    """The used car buyer's part-exchange appraisal: the car offered, condition ticks, the
    damage plan marked by hand, tyres, service history and keys, the trade value and the
    customer's declaration; a few with a photo page."""
    h = head_of(who, "dealer", ["rule", "split", "badge"])
    lg = h.lang
    s = paper(who.style, A4, margin=36, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who)
    px = a_car(seeded(who, "pxcar"), lg, new=False)
    px.owner = c.owner
    p = Page(s.page_size)
    y = heading(p, s, h)
    t = tr(
        lg,
        "PART-EXCHANGE APPRAISAL",
        "Ankaufsbewertung / Inzahlungnahme",
        "FICHE D'EXPERTISE REPRISE",
    )
    p.text(m, y, t, s.bold, shrink(t, s.bold, 14, w - 2 * m - 100))
    p.text(w - m, y, serial(rng, "APP-99999"), "Courier", 9, "right")
    y += 10
    for row in [
        [
            (tr(lg, "Customer", "Kunde", "Client"), px.owner, 2),
            (tr(lg, "Appraiser", "Bewerter", "Estimateur"), staff(who, "buyer", lg), 1.4),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short"), 1),
        ],
        [
            (tr(lg, "Registration", "Kennzeichen", "Immat."), px.reg, 1),
            (
                tr(lg, "Make / model", "Marke / Modell", "Marque / modele"),
                f"{px.make} {px.model} {px.trim}",
                2.6,
            ),
            (tr(lg, "Colour", "Farbe", "Couleur"), px.colour, 1.2),
        ],
        [
            (tr(lg, "VIN", "FIN", "VIN"), px.vin, 2),
            (tr(lg, "First reg.", "EZ", "MEC"), date_text(px.first, lg, "short"), 1),
            (tr(lg, "Mileage", "Km-Stand", "Km"), str(px.miles), 1),
            (tr(lg, "Owners", "Vorbesitzer", "Proprietaires"), str(rng.randint(1, 4)), 0.8),
        ],
    ]:
        y = grid(p, s, m, y, w - 2 * m, row, tall=26, hand=True, pt=9.5)
    y += 16
    pw = (w - 2 * m) * 0.5
    p.text(
        m,
        y,
        tr(
            lg,
            "Bodywork (S scratch, D dent, C chip, X broken)",
            "Karosserie (K Kratzer, D Delle, S Steinschlag)",
            "Carrosserie (R rayure, E enfoncement, I impact)",
        ),
        s.bold,
        7.5,
    )
    keys = {"en": "SSDDCX", "de": "KKDDSX", "fr": "RREEIX"}[lg]
    yy = plan(p, m, y + 12, pw, rng, rng.randint(1, 7), keys)
    x2 = m + pw + 20
    cy = y
    for cap, opts in [
        (
            tr(lg, "Service history", "Scheckheft", "Carnet d'entretien"),
            [
                tr(lg, "Full", "lueckenlos", "complet"),
                tr(lg, "Part", "teilweise", "partiel"),
                tr(lg, "None", "keins", "aucun"),
            ],
        ),
        (tr(lg, "Keys", "Schluessel", "Cles"), ["1", "2", "3"]),
        (
            tr(lg, "V5C / docs", "ZB I + II", "Carte grise"),
            [tr(lg, "Seen", "vorhanden", "vue"), tr(lg, "Missing", "fehlt", "manquante")],
        ),
        (
            tr(lg, "Interior", "Innenraum", "Interieur"),
            [
                tr(lg, "Good", "gut", "bon"),
                tr(lg, "Fair", "mittel", "moyen"),
                tr(lg, "Poor", "schlecht", "mauvais"),
            ],
        ),
        (
            tr(lg, "Mechanical", "Technik", "Mecanique"),
            [
                tr(lg, "Good", "gut", "bon"),
                tr(lg, "Fair", "mittel", "moyen"),
                tr(lg, "Poor", "schlecht", "mauvais"),
            ],
        ),
        (
            tr(lg, "Outstanding finance", "Restschuld", "Credit en cours"),
            [tr(lg, "Yes", "ja", "oui"), tr(lg, "No", "nein", "non")],
        ),
    ]:
        p.text(x2, cy + 8, cap, s.font, 7.5)
        ticks(p, s, x2 + 90, cy + 8, w - m - x2 - 90, opts, {rng.randrange(len(opts))}, pt=7)
        cy += 18
    y = max(yy, cy) + 10
    p.text(m, y, tr(lg, "Tyres (mm)", "Reifen (mm)", "Pneus (mm)"), s.bold, 7.5)
    for k, pos in enumerate(
        ["OSF", "NSF", "OSR", "NSR"]
        if lg == "en"
        else ["VL", "VR", "HL", "HR"]
        if lg == "de"
        else ["AVG", "AVD", "ARG", "ARD"]
    ):
        p.text(m + 70 + k * 70, y, f"{pos}:", s.font, 7.5)
        p.text(m + 95 + k * 70, y, f"{rng.choice([2, 3, 4, 5, 6])}", HAND, 10)
    y += 22
    p.text(
        m,
        y,
        tr(lg, "Reconditioning notes", "Aufbereitung / Reparaturbedarf", "Frais de remise en etat"),
        s.bold,
        7.5,
    )
    y += 14
    for _ in range(3):
        if rng.random() < 0.7:
            p.text(
                m + 4,
                y,
                fit(words(rng, lg, rng.randint(4, 8)), HAND, 9.5, w - 2 * m - 70),
                HAND,
                9.5,
            )
            p.text(w - m, y, money(rng.choice([45, 90, 150, 240, 380]), lg), HAND, 9.5, "right")
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    y += 10
    val = round(px.price * rng.uniform(0.45, 0.8), -1)
    y = (
        grid(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "CAP / guide value", "DAT-Wert", "Cote Argus"), money(val * 1.1, lg), 1),
                (tr(lg, "Recon. cost", "Aufbereitung", "Remise en etat"), money(val * 0.05, lg), 1),
                (
                    tr(lg, "Trade value offered", "Ankaufspreis", "Valeur de reprise"),
                    f"{money(val, lg)} {currency(lg)}",
                    1.3,
                ),
                (
                    tr(lg, "Valid until", "Gueltig bis", "Valable jusqu'au"),
                    date_text(d + timedelta(days=7), lg, "short"),
                    1,
                ),
            ],
            tall=28,
            hand=True,
            pt=10,
        )
        + 16
    )
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "I declare that I am the owner of this vehicle, that the mileage is correct and "
                "that I have disclosed any outstanding finance.",
                "Ich versichere, dass das Fahrzeug mein Eigentum ist, der Km-Stand korrekt ist "
                "und keine Unfallschaeden verschwiegen wurden.",
                "Je certifie etre proprietaire du vehicule et que le kilometrage est reel.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    sign(p, m + 20, y + 34, px.owner)
    p.line(m, y + 38, m + 200, y + 38)
    p.text(m, y + 48, tr(lg, "Customer", "Kunde", "Client"), s.font, 7)
    pages = [p]
    if rng.random() < 0.25:
        caps = [
            tr(lg, "Front", "Front", "Avant"),
            tr(lg, "Rear", "Heck", "Arriere"),
            tr(lg, "Damage", "Schaden", "Dommage"),
            tr(lg, "Odometer", "Tacho", "Compteur"),
        ]
        pages.append(
            photo_sheet(rng, s, f"{px.reg} - {tr(lg, 'photos', 'Fotos', 'photos')}", caps, 4, m)
        )
    return close(pages, s, h, numbers="none")


HANDOVER = {
    "en": [
        "Vehicle clean inside and out",
        "Fuel / charge level checked",
        "Number plates fitted",
        "Service book and handbook",
        "Spare keys handed over",
        "Locking wheel nut key",
        "Phone paired / app set up",
        "Controls and warning lights explained",
        "Warranty and breakdown cover explained",
        "First service interval explained",
        "Finance documents signed",
        "Part-exchange V5C received",
        "Customer introduced to service team",
        "Mats and accessories fitted",
    ],
    "de": [
        "Fahrzeug innen und aussen gereinigt",
        "Tankfuellung geprueft",
        "Kennzeichen montiert",
        "Bordbuch und Serviceheft",
        "Zweitschluessel uebergeben",
        "Felgenschloss-Adapter",
        "Smartphone gekoppelt",
        "Bedienelemente erklaert",
        "Garantie und Mobilitaetsgarantie erklaert",
        "Erste Inspektion erklaert",
        "ZB I ausgehaendigt",
        "Fussmatten / Zubehoer montiert",
        "Serviceberater vorgestellt",
    ],
    "fr": [
        "Vehicule prepare et nettoye",
        "Niveau de carburant verifie",
        "Plaques posees",
        "Carnet d'entretien et notice",
        "Double des cles remis",
        "Cle antivol de roue",
        "Telephone appaire",
        "Commandes et voyants expliques",
        "Garantie et assistance expliquees",
        "Premiere revision expliquee",
        "Certificat d'immatriculation remis",
        "Tapis et accessoires poses",
        "Presentation du service apres-vente",
    ],
}


def tpl_handover(rng: random.Random, who: Issuer) -> list[Page]:
    """The sales executive's handover checklist for a car collected by its buyer: ticked items,
    mileage and fuel at handover and both signatures; one page, several on a busy day."""
    h = head_of(who, "dealer", ["centred", "badge", "band"])
    lg = h.lang
    s = paper(who.style, letter_size(who, lg, "handover"), margin=44)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    c = a_car(rng, lg)
    c.reg = c.reg or plate(rng, lg)
    p = Page(s.page_size)
    y = heading(p, s, h)
    t = tr(
        lg, "Vehicle Handover Checklist", "Fahrzeuguebergabeprotokoll", "Proces-verbal de livraison"
    )
    p.text(w / 2, y + 6, t, s.bold, s.size + 6, "center")
    y += 30
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), c.owner, 2),
            (tr(lg, "Vehicle", "Fahrzeug", "Vehicule"), f"{c.make} {c.model}", 2),
            (tr(lg, "Registration", "Kennzeichen", "Immat."), c.reg, 1),
        ],
    )
    y = (
        grid(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Handover date", "Uebergabedatum", "Date de livraison"),
                    date_text(d, lg, "short"),
                    1,
                ),
                (tr(lg, "Mileage", "Km-Stand", "Km"), str(c.miles + rng.randint(3, 40)), 1),
                (tr(lg, "Sales executive", "Verkaeufer", "Vendeur"), staff(who, "sales", lg), 2),
            ],
            hand=True,
        )
        + 20
    )
    for it in rng.sample(HANDOVER[lg], rng.randint(9, len(HANDOVER[lg]))):
        box(p, m, y, rng.random() < 0.92, 9)
        p.text(m + 18, y, it, s.font, s.size)
        p.line(m + 18, y + 4, w - m, y + 4)
        y += s.size * 2
    y += 10
    p.text(m, y, tr(lg, "Customer comments:", "Anmerkungen:", "Remarques :"), s.font, s.size)
    if rng.random() < 0.5:
        p.text(m + 110, y, fit(words(rng, lg, 7), HAND, 10, w - 2 * m - 110), HAND, 10)
    p.line(m + 100, y + 4, w - m, y + 4)
    yb = max(y + 60, hh - m - 70)
    for k, (lab, name) in enumerate(
        [
            (tr(lg, "Customer", "Kunde", "Client"), c.owner),
            (tr(lg, "Sales executive", "Verkaeufer", "Vendeur"), staff(who, "sales", lg)),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        sign(p, x + 10, yb, name)
        p.line(x, yb + 4, x + 190, yb + 4)
        p.text(x, yb + 14, lab, s.font, 7)
    return close([p], s, h, numbers="none")


def tpl_transport_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A car transporter's delivery receipt for the new cars unloaded at the branch, on
    landscape A4: load number, truck, each car's VIN and model with the damage codes noted at
    unloading, the driver's and the receiver's signatures and the branch's stamp."""
    h = head_of(who, "carrier", ["rule", "band", "split"])
    lg = h.lang
    s = paper(who.style, landscape(A4), margin=34, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    dl = head_of(who, "dealer")
    p = Page(s.page_size)
    y = heading(p, s, h)
    t = tr(
        lg,
        "VEHICLE DELIVERY RECEIPT",
        "Fahrzeug-Uebernahmeprotokoll / Lieferschein",
        "LETTRE DE VOITURE - PV DE LIVRAISON",
    )
    p.text(m, y, t, s.bold, s.size + 4)
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Load no.', 'Ladung', 'Chargement')} {serial(rng, '9999999')}",
        "Courier-Bold",
        11,
        "right",
    )
    y += 10
    y = (
        grid(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Consignee", "Empfaenger", "Destinataire"),
                    f"{dl.name}, {dl.street}, {dl.town}",
                    3,
                ),
                (
                    tr(lg, "Collected from", "Abholort", "Enleve a"),
                    rng.choice(
                        [
                            "Portbury Dock",
                            "Sheerness",
                            "Bremerhaven",
                            "Emden",
                            "Zeebrugge",
                            "Le Havre",
                        ]
                    ),
                    1.3,
                ),
                (
                    tr(lg, "Truck / trailer", "Zugmaschine / Auflieger", "Tracteur / semi"),
                    serial(rng, "AA99 AAA / 999") if lg == "en" else serial(rng, "AA-AA 999"),
                    1.3,
                ),
                (
                    tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                    f"{date_text(d, lg, 'short')} "
                    f"{rng.randint(6, 18)}:{rng.choice(['10', '35', '50'])}",
                    1.3,
                ),
            ],
            tall=28,
        )
        + 16
    )
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (2.2, "left"),
            (2.6, "left"),
            (1.3, "left"),
            (2.2, "left"),
            (1.3, "center"),
        ],
    )
    f = Flow((w, hh), hh - m, lambda pg, n: m)
    f.page = p
    f.pages = [p]
    f.y = y
    rows = []
    for k in range(rng.randint(1, 8)):
        c = a_car(rng, lg, new=True)
        dmg = (
            ""
            if rng.random() < 0.75
            else f"{rng.randint(10, 99)}-{rng.randint(10, 40)}-{rng.randint(1, 4)}"
        )
        rows.append([str(k + 1), "NVK" + c.vin[3:], f"{c.model} {c.trim}", c.colour, dmg, ""])
    table(
        f,
        cols,
        [
            "#",
            "VIN",
            tr(lg, "Model", "Modell", "Modele"),
            tr(lg, "Colour", "Farbe", "Teinte"),
            tr(
                lg,
                "Damage (area-type-severity)",
                "Schaden (Ort-Art-Grad)",
                "Dommages (zone-type-gravite)",
            ),
            tr(lg, "Keys / docs", "Schluessel / Papiere", "Cles / docs"),
        ],
        rows,
        s,
        size=8.5,
        rules=True,
        step=2.0,
    )
    for k, r in enumerate(rows):
        yy = y + 8.5 * 1.9 + k * 8.5 * 2.0
        p.text(cols[5][0] + 20, yy, "2 / v", HAND, 9)
        if r[4] and rng.random() < 0.5:
            p.text(cols[4][0] + 70, yy, tr(lg, "scratch", "Kratzer", "rayure"), HAND, 8)
    y = f.y + 12
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Vehicles received subject to inspection. Damage not noted at delivery must be "
                "reported within 24 hours.",
                "Fahrzeuge unter Vorbehalt uebernommen. Verdeckte Schaeden sind binnen 24 "
                "Stunden zu melden.",
                "Vehicules recus sous reserve. Reserves a confirmer sous 48 heures par lettre "
                "recommandee.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    yb = hh - m - 26
    sign(p, m + 10, yb, rng.choice(PEOPLE[lg]))
    p.line(m, yb + 4, m + 200, yb + 4)
    p.text(m, yb + 13, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 7)
    sign(p, w / 2, yb, staff(who, "yard", dl.lang))
    p.line(w / 2 - 10, yb + 4, w / 2 + 190, yb + 4)
    p.text(
        w / 2 - 10,
        yb + 13,
        tr(
            lg,
            "Received by (print and sign)",
            "Empfangen (Name, Unterschrift)",
            "Recu par (nom, signature)",
        ),
        s.font,
        7,
    )
    if rng.random() < 0.6:
        stamp(
            p,
            w - m - 150,
            yb - 50,
            [
                dl.name.split(" - ")[0].upper()[:24],
                date_text(d, dl.lang, "short"),
                tr(dl.lang, "VEHICLES IN", "WARENEINGANG", "RECEPTION VN"),
            ],
        )
    return [p]


LOAN_TERMS = {
    "en": [
        "Use of the vehicle",
        "Insurance",
        "Fuel",
        "Penalty charges and fines",
        "Damage and excess",
        "Return of the vehicle",
        "Smoking and pets",
        "Data",
    ],
    "de": [
        "Nutzung",
        "Versicherung und Selbstbeteiligung",
        "Kraftstoff",
        "Verwarnungs- und Bussgelder",
        "Schaeden",
        "Rueckgabe",
        "Rauchverbot",
        "Datenschutz",
    ],
    "fr": [
        "Utilisation",
        "Assurance et franchise",
        "Carburant",
        "Contraventions",
        "Dommages",
        "Restitution",
        "Interdiction de fumer",
        "Donnees personnelles",
    ],
}


def tpl_courtesy_car(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's courtesy car agreement: the loan car, the driver and licence, mileage
    and fuel out and in, the damage plan checked at both ends and the signatures; the
    conditions of loan printed on the back."""
    h = head_of(who, "dealer", ["split", "rule", "band"])
    lg = h.lang
    s = paper(who.style, A4, margin=36, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    cust = a_car(rng, lg, new=False)
    loan = a_car(seeded(who, f"loan{rng.randint(0, 5)}"), lg, new=True)
    loan.reg = plate(seeded(who, f"loanreg{loan.vin}"), lg)
    p = Page(s.page_size)
    y = heading(p, s, h)
    t = tr(
        lg,
        "COURTESY CAR AGREEMENT",
        "Ersatzfahrzeug-Ueberlassungsvertrag",
        "CONTRAT DE PRET DE VEHICULE",
    )
    p.text(m, y, t, s.bold, shrink(t, s.bold, 14, w - 2 * m - 100))
    p.text(w - m, y, serial(rng, "CC-99999"), "Courier", 9, "right")
    y += 10
    for row in [
        [
            (tr(lg, "Driver", "Fahrer", "Conducteur"), cust.owner, 2),
            (
                tr(lg, "Licence no.", "Fuehrerschein-Nr.", "Permis n."),
                serial(rng, "AAAAA999999AA9AA") if lg == "en" else serial(rng, "A999AAA9999"),
                2,
            ),
            (
                tr(lg, "Expiry", "gueltig bis", "Validite"),
                date_text(d + timedelta(days=rng.randint(300, 3000)), lg, "short"),
                1,
            ),
        ],
        [
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{cust.street}, {cust.town}", 3),
            (
                tr(lg, "Own vehicle / job", "Eigenes Fzg. / Auftrag", "Vehicule client / OR"),
                f"{cust.reg} / {serial(rng, 'W99999')}",
                2,
            ),
        ],
        [
            (
                tr(lg, "Loan vehicle", "Ersatzfahrzeug", "Vehicule prete"),
                f"{loan.make} {loan.model}",
                2,
            ),
            (tr(lg, "Registration", "Kennzeichen", "Immat."), loan.reg, 1),
            (
                tr(lg, "Out", "Ausgabe", "Depart"),
                f"{date_text(d, lg, 'short')} {rng.randint(7, 10)}:{rng.choice(['00', '30'])}",
                1.4,
            ),
            (
                tr(lg, "Due back", "Rueckgabe", "Retour prevu"),
                date_text(d + timedelta(days=rng.randint(0, 4)), lg, "short"),
                1.2,
            ),
        ],
    ]:
        y = grid(p, s, m, y, w - 2 * m, row, tall=26, hand=True, pt=9.5)
    y += 18
    miles = rng.randint(1500, 24000)
    back = rng.random() < 0.6
    for k, lab in enumerate(
        [tr(lg, "OUT", "AUSGABE", "DEPART"), tr(lg, "IN", "RUECKGABE", "RETOUR")]
    ):
        x = m + k * (w - 2 * m) / 2
        p.text(x, y, lab, s.bold, 9)
        p.text(x, y + 16, tr(lg, "Mileage", "Km", "Km"), s.font, 8)
        if k == 0 or back:
            p.text(x + 50, y + 16, str(miles + (rng.randint(12, 160) if k else 0)), HAND, 10)
        p.line(x + 46, y + 19, x + 140, y + 19)
        p.text(x, y + 34, tr(lg, "Fuel", "Tank", "Carb."), s.font, 8)
        ticks(
            p,
            s,
            x + 46,
            y + 34,
            200,
            ["E", "1/4", "1/2", "3/4", "F"],
            {rng.randint(2, 4)} if k == 0 or back else set(),
            pt=7,
        )
        plan(p, x, y + 50, (w - 2 * m) / 2 - 20, rng, rng.randint(0, 3) if k == 0 or back else 0)
    y += 50 + ((w - 2 * m) / 2 - 20) * 0.45 + 26
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "The driver accepts the conditions of loan overleaf and is liable for the first "
                "500.00 of any damage, fuel used and any fines.",
                "Der Fahrer erkennt die umseitigen Bedingungen an und haftet fuer Schaeden bis "
                "500 EUR, Kraftstoff und Bussgelder.",
                "Le conducteur accepte les conditions au verso ; franchise de 500 EUR en cas de "
                "dommage, carburant et amendes a sa charge.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    yb = y + 44
    for k, (lab, name) in enumerate(
        [
            (tr(lg, "Driver", "Fahrer", "Conducteur"), cust.owner),
            (tr(lg, "Issued by", "Ausgegeben von", "Remis par"), staff(who, "sa", lg)),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        sign(p, x + 10, yb, name)
        p.line(x, yb + 4, x + 190, yb + 4)
        p.text(x, yb + 14, lab, s.font, 7)
    pages = [p]
    if rng.random() < 0.85:
        pages.append(
            terms_page(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of loan",
                    "Bedingungen fuer die Ueberlassung eines Ersatzfahrzeugs",
                    "Conditions generales du pret",
                ),
                LOAN_TERMS[lg],
                7,
                rng.choice([1, 2]),
            )
        )
    return close(pages, s, h, numbers="none")


def tpl_history_check(rng: random.Random, who: Issuer) -> list[Page]:
    """A vehicle history check printed from a web browser: the browser's date and page title
    at the top and the address and page count at the foot of every page; the summary of
    checks (finance, stolen, written off, mileage, keepers), the mileage history and MOT /
    inspection records; one to three pages, some on Letter because of the browser's default."""
    h = head_of(who, "history")
    lg = h.lang
    s = paper(who.style, LETTER if rng.random() < 0.3 else A4, margin=40, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    c = car_of(who) if rng.random() < 0.5 else a_car(seeded(who, "pxcar"), lg, new=False)
    c.reg = c.reg or plate(rng, lg)
    stamp_t = f"{date_text(d, lg, 'short')}, {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    ptitle = tr(
        lg,
        f"Vehicle check report - {c.reg} | {h.name}",
        f"Fahrzeughistorie {c.vin} - {h.name}",
        f"HistoVec - Rapport {c.reg}",
    )
    url = f"https://{h.street}/{tr(lg, 'report', 'bericht', 'rapport')}"
    url += f"?id={serial(rng, '9999AA99AA99')}"

    def start(pg: Page, n: int) -> float:
        pg.text(20, 18, stamp_t, "Helvetica", 7)
        pg.text(
            pg.size[0] / 2,
            18,
            fit(ptitle, "Helvetica", 7, pg.size[0] / 2),
            "Helvetica",
            7,
            "center",
        )
        if n == 1:
            pg.rect(m, 34, w - 2 * m, 30, fill=0.9)
            pg.text(m + 10, 54, h.name, "Helvetica-Bold", 13)
            pg.text(
                w - m - 10,
                54,
                tr(lg, "Full check", "Premium-Bericht", "Rapport complet"),
                "Helvetica",
                9,
                "right",
            )
            return 90
        return 44

    f = Flow((w, hh), hh - 40, start)
    p = f.page
    p.text(m, f.y, f"{c.reg}  -  {c.make} {c.model}", "Helvetica-Bold", 16)
    f.y += 16
    p.text(
        m,
        f.y,
        f"{c.trim}, {c.colour}, {tr(lg, 'first registered', 'EZ', 'mise en circulation')} "
        f"{date_text(c.first, lg, 'short')}",
        "Helvetica",
        9,
    )
    f.y += 24
    checks = [
        tr(lg, "Outstanding finance", "Offene Finanzierung", "Gage / opposition"),
        tr(lg, "Stolen", "Als gestohlen gemeldet", "Vol"),
        tr(lg, "Insurance write-off", "Totalschaden", "Vehicule endommage (VE/VGA)"),
        tr(lg, "Mileage discrepancy", "Tachomanipulation", "Incoherence kilometrique"),
        tr(lg, "Number of previous keepers", "Anzahl Halter", "Nombre de titulaires"),
        tr(lg, "Plate changes", "Kennzeichenwechsel", "Changements d'immatriculation"),
        tr(lg, "Imported / exported", "Import / Export", "Importe"),
        tr(lg, "Scrapped", "Verschrottet", "Detruit"),
    ]
    for k, ck in enumerate(checks):
        bad = rng.random() < 0.08
        f.need(22)
        f.page.rect(m, f.y - 12, w - 2 * m, 20, fill=0.95 if k % 2 else None)
        f.page.text(m + 8, f.y + 1, ck, "Helvetica", 9.5)
        val = (
            str(rng.randint(1, 4))
            if k in (4, 5)
            else (
                tr(lg, "RECORD FOUND", "EINTRAG", "OUI")
                if bad
                else tr(lg, "No record", "Kein Eintrag", "Non")
            )
        )
        f.page.text(w - m - 8, f.y + 1, val, "Helvetica-Bold", 9.5, "right")
        f.y += 22
    f.y += 10
    f.heading(
        m,
        tr(lg, "Mileage history", "Kilometerhistorie", "Historique kilometrique"),
        "Helvetica-Bold",
        12,
    )
    cols = columns(
        m, w - m, [(1, "left"), (1.5, "left"), (1, "right"), (0.3, "left"), (1.6, "left")]
    )
    rows = []
    tests = []
    yr = c.first.year
    km = 0
    for _ in range(rng.randint(3, 12)):
        yr += 1
        km += rng.randint(4000, 14000)
        src = rng.choice(
            [
                tr(lg, "MOT test", "HU", "Controle technique"),
                tr(lg, "Service", "Inspektion", "Entretien"),
            ]
        )
        note = rng.choice(["", "", tr(lg, "advisories", "Hinweise", "defaillances mineures")])
        rows.append([str(yr), src, f"{km:,}", "", note])
        if note:
            tests.append((yr, km))
    web = replace(s, font="Helvetica", bold="Helvetica-Bold")
    head = [
        tr(lg, "Year", "Jahr", "Annee"),
        tr(lg, "Source", "Quelle", "Source"),
        tr(lg, "Reading", "Stand", "Releve"),
        "",
        tr(lg, "Note", "Hinweis", "Note"),
    ]
    table(f, cols, head, rows, web, size=8.5, rules=True, step=1.8)
    if tests:
        f.heading(
            m,
            tr(lg, "Test history details", "Pruefhistorie", "Detail des controles"),
            "Helvetica-Bold",
            12,
        )
        for yr_, km_ in tests:
            f.para(
                m,
                w - 2 * m,
                f"{yr_} - {dist(lg, km_)} - " + tr(lg, "PASS", "ohne erhebliche Maengel", "A"),
                "Helvetica-Bold",
                9,
                0.3,
            )
            for d_ in rng.sample(DEFECTS[lg], rng.randint(1, 4)):
                f.para(m + 12, w - 2 * m - 12, "- " + d_, "Helvetica", 8.5, 0.2)
            f.y += 6
    if rng.random() < 0.5:
        f.heading(
            m,
            tr(lg, "Keeper history", "Halterwechsel", "Titulaires successifs"),
            "Helvetica-Bold",
            12,
        )
        for k in range(rng.randint(2, 5)):
            f.para(
                m,
                w - 2 * m,
                date_text(date(rng.randint(2016, 2024), rng.randint(1, 12), 1 + k), lg, "long")
                + " - "
                + words(rng, lg, 6),
                "Helvetica",
                9,
            )
    f.heading(
        m, tr(lg, "About this report", "Hinweise", "A propos de ce rapport"), "Helvetica-Bold", 10
    )
    for _ in range(rng.randint(1, 4)):
        f.para(m, w - 2 * m, prose(rng, lg, 2, 4), "Helvetica", 7.5)
    n = len(f.pages)
    for k, pg in enumerate(f.pages, 1):
        pg.text(20, hh - 16, fit(url, "Helvetica", 7, w - 80), "Helvetica", 7)
        pg.text(w - 20, hh - 16, f"{k}/{n}", "Helvetica", 7, "right")
    return f.pages


def tpl_card_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A card terminal slip on a narrow strip of till roll (merchant or customer copy) for a
    deposit or a workshop bill: merchant, terminal and merchant ids, card, amount, the
    authorisation code and, now and then, the customer's signature."""
    h = head_of(who, "dealer")
    lg = h.lang
    r = seeded(who, "till")
    wid = r.choice([58, 72, 80]) * mm
    ln_ = rng.randint(27, 34)
    size = (wid, ln_ * 11.0 + 40)
    w, hh = size
    p = Page(size)
    font = r.choice(["Courier", "Courier-Bold", "Helvetica"])
    d = on(rng)
    amt = rng.choice([250, 500, 1000, round(rng.uniform(40, 900), 2)])
    ins = r.choice([True, False])
    lines = [
        ("c", h.name.split(" - ")[0].upper()),
        ("c", h.street),
        ("c", h.town),
        ("", ""),
        ("l", f"TID: {serial(r, '99999999')}"),
        ("l", f"MID: {serial(r, '***9999')}"),
        ("l", f"{date_text(d, lg, 'short')}  {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"),
        ("", ""),
        (
            "c",
            rng.choice(["VISA DEBIT", "MASTERCARD", "VISA", "MAESTRO"])
            if lg == "en"
            else rng.choice(["GIROCARD", "VISA", "MASTERCARD"])
            if lg == "de"
            else rng.choice(["CB", "VISA", "MASTERCARD"]),
        ),
        ("l", f"************{rng.randint(1000, 9999)}"),
        (
            "l",
            f"{tr(lg, 'App', 'App', 'AID')}: A0000000{rng.choice(['031010', '041010', '043060'])}",
        ),
        ("", ""),
        ("c", tr(lg, "SALE", "ZAHLUNG", "DEBIT")),
        ("l", f"{tr(lg, 'AMOUNT', 'BETRAG', 'MONTANT')}  {currency(lg)} {money(amt, lg)}"),
        ("", ""),
        (
            "c",
            tr(lg, "PIN VERIFIED", "PIN VERIFIZIERT", "CODE CONFIDENTIEL VERIFIE")
            if not ins
            else tr(lg, "PLEASE SIGN BELOW", "BITTE UNTERSCHREIBEN", "SIGNATURE DU PORTEUR"),
        ),
        ("l", f"AUTH: {serial(rng, '999999')}"),
        ("l", f"{tr(lg, 'Ref', 'Beleg-Nr.', 'N. transaction')}: {serial(rng, '9999')}"),
        ("", ""),
        (
            "c",
            tr(lg, "MERCHANT COPY", "HAENDLERBELEG", "TICKET COMMERCANT")
            if rng.random() < 0.6
            else tr(lg, "CUSTOMER COPY", "KUNDENBELEG", "TICKET CLIENT"),
        ),
        ("c", tr(lg, "PLEASE RETAIN RECEIPT", "BITTE BELEG AUFBEWAHREN", "A CONSERVER")),
        ("c", tr(lg, "THANK YOU", "VIELEN DANK", "MERCI")),
    ]
    y = 22.0
    for al, t in lines:
        if t:
            pt = shrink(t, font, 7.5, w - 14)
            if al == "c":
                p.text(w / 2, y, t, font, pt, "center")
            else:
                p.text(7, y, t, font, pt)
        y += 11
    if ins:
        sign(p, 12, y + 8, rng.choice(CUSTOMERS[lg]).split(" ", 1)[-1], 11)
        p.line(7, y + 12, w - 7, y + 12)
    if rng.random() < 0.4:
        p.text(
            8,
            hh - 10,
            fit(
                f"{tr(lg, 'deposit', 'Anzahlung', 'acompte')} {serial(rng, '99999')}",
                HAND,
                9,
                w - 14,
            ),
            HAND,
            9,
        )
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_V: dict[str, Template] = {
    "vehicle_order": tpl_vehicle_order,
    "finance_agreement": tpl_finance_agreement,
    "settlement_letter": tpl_settlement_letter,
    "registration": tpl_registration,
    "repair_order": tpl_repair_order,
    "workshop_invoice": tpl_workshop_invoice,
    "health_check": tpl_health_check,
    "mot_certificate": tpl_mot_certificate,
    "parts_delivery": tpl_parts_delivery,
    "supplier_statement": tpl_supplier_statement,
    "bodyshop_estimate": tpl_bodyshop_estimate,
    "insurance_authorisation": tpl_insurance_authorisation,
    "engineer_report": tpl_engineer_report,
    "warranty_claim": tpl_warranty_claim,
    "warranty_credit": tpl_warranty_credit,
    "vehicle_invoice": tpl_vehicle_invoice,
    "appraisal": tpl_appraisal,
    "handover": tpl_handover,
    "transport_note": tpl_transport_note,
    "courtesy_car": tpl_courtesy_car,
    "history_check": tpl_history_check,
    "card_receipt": tpl_card_receipt,
}
#: One-page kinds (a courtesy car agreement with its back) that a batch often holds 2-4 of in
#: a row from one sender.
RUN_KINDS = (
    "parts_delivery",
    "health_check",
    "warranty_claim",
    "handover",
    "transport_note",
    "courtesy_car",
    "card_receipt",
)
#: A kind often followed by a related kind from another sender about the same car or deal.
FOLLOWS = {
    "vehicle_order": "finance_agreement",
    "appraisal": "settlement_letter",
    "bodyshop_estimate": "insurance_authorisation",
    "insurance_authorisation": "engineer_report",
    "repair_order": "mot_certificate",
    "vehicle_invoice": "registration",
    "history_check": "appraisal",
    "warranty_claim": "warranty_credit",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_valise_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; otherwise a kind in ``FOLLOWS`` is followed,
    with probability 0.5, by its companion from another sender about the same car or deal."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_V, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_valise_stream, "templates V")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

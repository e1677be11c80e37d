"""Muddler part of the generated corpus: templates RRRRR, written blind for the next measurement.

A part of its own, ``muddler``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
commercial mushroom farm (in England, Germany or France) feeds through its scanner. The farm
grows button, chestnut, oyster and shiitake mushrooms in climate-controlled growing rooms; the
owner, the growing manager, the packhouse supervisor and the office administrator sign its
papers. Its pile holds: the compost yard's weighbridge delivery tickets for Phase II/III
compost and casing soil (narrow slips and A5, written on by the driver and the grower); the
compost yard's monthly invoices listing the deliveries, now and then with the batch analysis
page; spawn makers' invoices for the strains sown, with the spawn batch certificate behind;
supermarkets' purchase orders printed from their ordering systems on landscape A4 (per depot
and delivery day); the farm's own delivery notes, signed and stamped back by the depot's goods
in; the supermarkets' product rejection notices with photographs; remittance advices with
their deductions; wholesale market agents' account sales (Verkaufsabrechnung, compte de vente)
for the consignments sold on commission; food safety audit reports of the certification body
(BRCGS Food Safety, IFS Food) with a covering letter, the site and scope page, the
non-conformity table on landscape pages and the auditor's narrative, and the audit
certificate; laboratory test reports (product microbiology, environmental Listeria swabs,
irrigation and humidifier water, pesticide residues) with the accreditation mark; climate
control engineers' service reports for the growing rooms (sensor calibration per room, tick
boxes, hand readings, two signatures); refrigeration engineers' job sheets with the F-gas leak
check record for the cold store and the vacuum cooler, and their invoices; the picking
agency's weekly timesheets for the pickers, signed by the farm, and the agency's invoices;
electricity invoices for the half-hourly metered supply with the charges page and the
consumption chart; the environmental regulator's letters about the farm's permit (odour,
compost yard runoff) with their compliance assessment form, conditions annex or inspection
report; packaging suppliers' invoices for punnets, film, labels and crates, now and then with
the copy of the signed delivery note behind; the insurance broker's renewal with the covering
letter, the schedule by section, the endorsements and the important notice page. Each stream
is one farm's pile of a month: the farm (country, name, people, month) is drawn once per
stream; its outside senders are of the farm's country and write in its language, except that
a spawn maker, a packaging supplier, a laboratory or a climate engineer is now and then from
abroad and writes in its own. Page sizes range from narrow weighbridge tickets and A5 notes to
A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
analysis page of a compost invoice; the batch certificate behind a spawn invoice; every page of
a purchase order; the photographs page of a rejection notice; every page of a remittance
advice and of an account sales; the covering letter, the scope page, the non-conformity table
pages and the narrative pages of an audit report; the second page of a laboratory report; the
room readings page of a climate service report; the F-gas record page of a refrigeration job
sheet; the breakdown page of an agency invoice; the charges page and consumption chart of an
energy invoice; the assessment form, conditions annex or inspection report enclosed with a
regulator's letter; the delivery note copy behind a packaging invoice; the covering letter,
schedule, endorsements and notice page of an insurance renewal. Related papers are documents of
their own: the compost invoice after the delivery tickets, the farm's delivery note after the
supermarket's order, the rejection notice after the delivery note, the audit certificate after
the audit report, the engineer's invoice after the refrigeration job sheet, the agency's
invoice after the timesheet, the remittance after the rejection notice; and so is each ticket,
order, delivery note, laboratory report, timesheet, account sales, remittance and packaging
invoice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: compost tickets, purchase orders,
delivery notes, remittances, account sales, laboratory reports, timesheets and packaging
invoices often come 2-4 in a row from one sender with other numbers, dates and amounts; and
companions: each related paper above often follows the document it answers. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "muddler"`` and seeds offset by 12_100_000.

Usage: ``python benchmarks/corpus_muddler.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/muddler/muddler_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    cell,
    close,
    columns,
    date_text,
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
    yes_no,
)
from corpus_kit import address as window

PART = "muddler"
SEED_OFFSET = 12_100_000

MM = 72 / 25.4
TICKET = (80 * MM, 170 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the farm and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FARMS: dict[str, list[Row]] = {
    "en": [
        ("Oakhurst Mushrooms Ltd", "Marden Road", "Staplehurst, Kent TN12 0JH", "01580 893 410"),
        ("Pennine Valley Mushrooms Ltd", "Low Mill Lane", "Keighley BD21 5QY", "01535 604 227"),
        ("Severnside Fungi Ltd", "Walton Lane, Harvington", "Evesham WR11 8NR", "01386 871 540"),
    ],
    "de": [
        ("Champignonkulturen Havelland GmbH", "Am Gutshof 4", "14641 Nauen", "03321 45 88 0"),
        ("Pilzgut Niederrhein GmbH & Co. KG", "Kevelaerer Str. 118", "47623 Kevelaer", ""),
        ("Edelpilzzucht Lindner", "Mühlweg 9", "84137 Vilsbiburg", "08741 96 02 11"),
    ],
    "fr": [
        ("Champignonnières de Saumur SAS", "Route de Montsoreau", "49400 Saumur", "02 41 50 27 84"),
        ("SCEA Les Pleurotes du Val", "Lieu-dit La Chesnaie", "37420 Avoine", "02 47 58 13 09"),
        ("Champignons Bonnard SARL", "ZA Les Gravières", "62136 Lestrem", "03 21 61 40 72"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "compost": {
        "en": [
            ("Ashfield Substrates Ltd", "Ashfield Farm, Lower Road", "Hadlow TN11 0AT", ""),
            ("Midland Mushroom Compost Ltd", "Station Yard", "Market Rasen LN8 3BJ", ""),
        ],
        "de": [
            ("Substratwerk Emsland GmbH", "Industriestraße 12", "49733 Haren (Ems)", ""),
            ("Kompostierung Heidemoor GmbH", "Moorweg 30", "29664 Walsrode", "05161 77 40 0"),
        ],
        "fr": [
            ("Compost du Val de Loire SAS", "Les Grandes Varennes", "49730 Montsoreau", ""),
            ("Substrats de l'Artois SARL", "Chemin de la Sucrerie", "62290 Noeux-les-Mines", ""),
        ],
    },
    "spawn": {
        "en": [
            ("Brightwell Spawn Laboratories Ltd", "Unit 3, Tern Valley", "Market Drayton", ""),
            ("Mycelia Supplies UK Ltd", "Old Dairy Buildings", "Spalding PE11 3TX", ""),
        ],
        "de": [
            ("Pilzbrut Weiland GmbH", "Gewerbepark 7", "86899 Landsberg am Lech", ""),
            ("Myzelwerk Süd KG", "Lange Gasse 21", "97070 Würzburg", "0931 35 47 20"),
        ],
        "fr": [
            ("Mycéliums Rhodaniens SA", "ZI Les Plantées", "84300 Cavaillon", "04 90 78 12 33"),
            ("Blanc de Champignon Touraine", "3 rue des Caves", "37500 Chinon", ""),
        ],
    },
    "retailer": {
        "en": [
            ("Harvest Fare Supermarkets plc", "Fresh Produce Buying, Kingsgate", "Leeds LS11", ""),
            ("Brookmoor Stores Ltd", "Brookmoor House, Pond Lane", "Northampton NN3 8RQ", ""),
        ],
        "de": [
            ("Frischkauf Handels GmbH & Co. KG", "Zentraleinkauf O+G", "30453 Hannover", ""),
            ("Marktkorb Warenhandel AG", "Im Rheinpark 5", "41460 Neuss", "02131 51 80 0"),
        ],
        "fr": [
            ("Centrale d'achats Primeval SAS", "Direction Fruits et Légumes", "91300 Massy", ""),
            ("Hyperfrais Distribution SA", "Parc d'activités Ouest", "44800 Saint-Herblain", ""),
        ],
    },
    "wholesaler": {
        "en": [
            ("J. Pellow & Sons", "Stand 14, Fruit & Vegetable Market", "London SW8 5EE", ""),
            ("Northgate Produce Ltd", "Unit 22, Wholesale Market", "Manchester M11 2WJ", ""),
        ],
        "de": [
            ("Fruchthof Kranz OHG", "Großmarkt, Halle 3", "13353 Berlin", "030 45 30 61 0"),
            ("Hansen & Co. Obst und Gemüse", "Großmarkt Hamburg, Stand 40", "20097 Hamburg", ""),
        ],
        "fr": [
            ("Établissements Marais Primeurs", "MIN de Rungis, bât. D3", "94150 Rungis", ""),
            ("Primeurs du MIN SARL", "MIN de Nantes, 71 bd Alfred Nobel", "44400 Rezé", ""),
        ],
    },
    "certbody": {
        "en": [("Certa Assurance UK Ltd", "Kings Court, 4 Market Place", "Reading RG1 2DP", "")],
        "de": [("QualiZert Lebensmittel GmbH", "Hafenstraße 31", "28217 Bremen", "")],
        "fr": [("Bureau Certalim SAS", "14 avenue de l'Europe", "69140 Rillieux-la-Pape", "")],
    },
    "lab": {
        "en": [
            ("Fenwick Analytical Laboratories Ltd", "Unit 7, Quay Park", "Hull HU1 2AB", ""),
            ("Micron Food Labs Ltd", "Colworth Enterprise Park", "Sharnbrook MK44", ""),
        ],
        "de": [
            ("Labor Dr. Hillmann GmbH", "Wissenschaftspark 3", "48149 Münster", ""),
            ("Analytik Weser GmbH", "Am Speicher 8", "27568 Bremerhaven", "0471 30 90 20"),
        ],
        "fr": [
            ("Laboratoire Analys'Ouest SAS", "2 rue de la Chalotais", "35000 Rennes", ""),
            ("Inovalys Conseil Labo", "Route de Gaubert", "72000 Le Mans", ""),
        ],
    },
    "climate": {
        "en": [("ClimaGrow Controls Ltd", "Unit 11, Riverside Way", "Boston PE21 7SR", "")],
        "de": [("Klimatechnik Reuter GmbH", "Siemensstraße 6", "47574 Goch", "02823 97 61 0")],
        "fr": [("Climatisation Agricole Bernier SARL", "ZA du Bocage", "49300 Cholet", "")],
    },
    "fridge": {
        "en": [
            ("Polar Cold Engineering Ltd", "Unit 2, Hop Gardens", "Paddock Wood TN12", ""),
            ("Dales Refrigeration Services", "Mill Road", "Skipton BD23 1HA", "01756 795 330"),
        ],
        "de": [
            ("Kälte Schumacher GmbH", "Borsigstraße 17", "14624 Dallgow-Döberitz", ""),
            ("Kältetechnik Aumann e.K.", "Dieselstraße 2", "84030 Ergolding", ""),
        ],
        "fr": [
            ("Froid Service Atlantique", "12 rue de l'Industrie", "49000 Angers", ""),
            ("Frigo Nord Maintenance SARL", "Rue Pasteur", "62400 Béthune", "03 21 57 30 44"),
        ],
    },
    "staffing": {
        "en": [
            ("FieldForce Recruitment Ltd", "2 Sessions House", "Maidstone ME14 1XQ", ""),
            ("Harvest Hands Staffing Ltd", "14 Market Street", "Bradford BD1 1LH", ""),
        ],
        "de": [
            ("Agrar-Personal Service GmbH", "Bahnhofstraße 40", "14612 Falkensee", ""),
            ("Saisonkraft Zeitarbeit GmbH", "Landshuter Str. 12", "84130 Dingolfing", ""),
        ],
        "fr": [
            ("Agrintérim Pays de Loire SAS", "8 place Bilange", "49400 Saumur", ""),
            ("Intérim Agri Emploi", "22 rue Nationale", "62400 Béthune", "03 21 01 22 90"),
        ],
    },
    "energy": {
        "en": [("Northern Power Business Energy Ltd", "PO Box 810", "Sunderland SR9 9AX", "")],
        "de": [("Energieversorgung Nordland AG", "Geschäftskunden, Postfach 1120", "Potsdam", "")],
        "fr": [
            ("Électricité Verte Entreprises SAS", "Service clients pro", "92050 La Défense", "")
        ],
    },
    "regulator": {
        "en": [
            ("Environment Agency", "Permitting & Compliance, Quadrant 2", "Sheffield S9 4WF", "")
        ],
        "de": [
            (
                "Landkreis - Untere Immissionsschutzbehörde",
                "Platz der Einheit 1",
                "Kreisverwaltung",
                "",
            )
        ],
        "fr": [
            (
                "Préfecture - Inspection des installations classées",
                "DDPP, Cité administrative",
                "Service environnement",
                "",
            )
        ],
    },
    "packaging": {
        "en": [
            ("Punnetpak Ltd", "Unit 4, Fenland Way", "Wisbech PE13 2RQ", "01945 588 120"),
            ("Crestline Labels & Film Ltd", "Carr Lane Industrial Estate", "Hull HU1 5PT", ""),
        ],
        "de": [
            ("Verpackung Grünhoff GmbH", "Hafenweg 3", "26789 Leer", "0491 92 55 0"),
            ("Etiketten Maurer KG", "Ringstraße 44", "72555 Metzingen", ""),
        ],
        "fr": [
            ("Emballages Barquette Loire SAS", "ZI de la Saulaie", "49124 Saint-Barthélemy", ""),
            ("Étiquettes et Films du Nord", "Rue du Marais", "59160 Lomme", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Weald Rural Insurance Brokers Ltd", "The Old Bank, High St", "Cranbrook TN17", "")
        ],
        "de": [("Agrarversicherung Nordwest VVaG", "Kaiserstraße 61", "49080 Osnabrück", "")],
        "fr": [("Mutuelle Agricole du Centre-Ouest", "Agence entreprises", "86000 Poitiers", "")],
    },
}

FIRSTS = {
    "en": ["Sarah", "Gareth", "Emma", "Daniel", "Joanne", "Richard", "Priya", "Tom", "Fiona"],
    "de": ["Andrea", "Thomas", "Jana", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Monika"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
PICKERS = [
    "Ana Popescu",
    "Marius Ionescu",
    "Kasia Nowak",
    "Tomasz Wójcik",
    "Elena Dimitrova",
    "Ivan Petrov",
    "Raluca Stan",
    "Jurgita Kazlauskaite",
    "Andrei Rusu",
    "Mihaela Georgescu",
    "Lukas Kowalczyk",
    "Daniela Marin",
    "Vasil Todorov",
    "Agnieszka Zielinska",
    "Florin Dobre",
    "Oksana Melnyk",
]

#: The farm's products, the same index in each language.
PRODUCTS = {
    "en": [
        "Closed cup white 250g punnet",
        "Chestnut closed cup 250g",
        "Baby button 200g",
        "Flat mushrooms 400g",
        "Oyster mushrooms 150g",
        "Shiitake 150g",
        "Closed cup loose 3kg tray",
        "Sliced white 300g",
    ],
    "de": [
        "Champignons weiß 250 g Schale",
        "Champignons braun 250 g",
        "Mini-Champignons 200 g",
        "Riesenchampignons 400 g",
        "Austernpilze 150 g",
        "Shiitake 150 g",
        "Champignons lose 3 kg Steige",
        "Champignons geschnitten 300 g",
    ],
    "fr": [
        "Champignon de Paris blanc 250 g",
        "Champignon brun 250 g",
        "Petits boutons 200 g",
        "Champignon ouvert 400 g",
        "Pleurotes barquette 150 g",
        "Shiitakés barquette 150 g",
        "Champignon blanc vrac plateau 3 kg",
        "Champignon émincé 300 g",
    ],
}
CASE_UNITS = [8, 8, 8, 6, 6, 6, 1, 8]
CASE_KG = [2.0, 2.0, 1.6, 2.4, 0.9, 0.9, 3.0, 2.4]
CASE_PRICE = [6.40, 7.10, 6.20, 6.90, 7.80, 8.60, 6.30, 7.50]

TALK = {
    "en": {
        "grow": "compost casing spawn flush room humidity temperature carbon dioxide pinning "
        "crop yield picking trays shelves airflow watering hygiene",
        "food": "hazard control traceability hygiene allergen product supplier procedure "
        "record training verification corrective action site packing cleaning monitoring",
        "env": "permit odour emissions runoff yard drainage compost bunker water management "
        "plan inspection condition monitoring complaint abatement storage",
        "tech": "controller sensor probe damper fan coil valve actuator compressor refrigerant "
        "evaporator condenser alarm setpoint calibration filter",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
        "cover": "policy cover insured sum premium renewal excess period schedule risk "
        "property liability endorsement claims survey",
    },
    "de": {
        "grow": "Kompost Deckerde Brut Welle Zelle Luftfeuchte Temperatur Kohlendioxid "
        "Fruchtkörperbildung Ernte Ertrag Pflücken Regale Belüftung Bewässerung Hygiene",
        "food": "Gefahr Lenkung Rückverfolgbarkeit Hygiene Allergen Produkt Lieferant Verfahren "
        "Dokumentation Schulung Verifizierung Korrekturmaßnahme Standort Verpackung Reinigung",
        "env": "Genehmigung Geruch Emissionen Sickerwasser Hof Entwässerung Kompost Bunker "
        "Wasser Auflage Überwachung Beschwerde Minderung Lagerung Anlage",
        "tech": "Regler Fühler Sonde Klappe Ventilator Register Ventil Stellantrieb Verdichter "
        "Kältemittel Verdampfer Verflüssiger Alarm Sollwert Kalibrierung Filter",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
        "cover": "Versicherung Deckung Versicherungssumme Beitrag Verlängerung Selbstbeteiligung "
        "Zeitraum Risiko Gebäude Haftpflicht Nachtrag Schaden Besichtigung",
    },
    "fr": {
        "grow": "compost gobetage lardage volée cellule hygrométrie température gaz carbonique "
        "induction récolte rendement cueillette étagères ventilation arrosage hygiène",
        "food": "danger maîtrise traçabilité hygiène allergène produit fournisseur procédure "
        "enregistrement formation vérification action corrective site conditionnement",
        "env": "arrêté odeurs émissions lixiviats aire drainage compost stockage eau "
        "prescription contrôle plainte réduction installation surveillance",
        "tech": "régulateur sonde capteur volet ventilateur batterie vanne servomoteur "
        "compresseur fluide évaporateur condenseur alarme consigne étalonnage filtre",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
        "cover": "contrat garantie assuré capital cotisation renouvellement franchise période "
        "risque bâtiments responsabilité avenant sinistre visite",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "grow", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "grow", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The farm of a stream, and what the previous document was about
# ---------------------------------------------------------------------------------------------

FARM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(FARM["lang"])


def month() -> date:
    m = FARM["month"]
    assert isinstance(m, date)
    return m


def farm_row() -> Row:
    return FARMS[home()][int(FARM["row"])]  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's farm and ``key``: a run or a repeat keeps its
    sender."""
    text = f"muddler/{key}/{who.name}/{who.street}/{who.city}/{FARM['seed']}"
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


def last_extra(kinds: tuple[str, ...]) -> object:
    return LAST["extra"] if after(kinds) else None


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def person(tag: str, lang: str | None = None) -> str:
    """A person of the farm (owner, grower, packhouse, office) or of a sender: fixed per
    stream and ``tag``."""
    lg = lang or home()
    r = random.Random(zlib.crc32(f"muddler/person/{tag}/{FARM['seed']}".encode()))
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def farm_people(role: str) -> str:
    return person(f"farm/{role}")


def role_title(role: str, lang: str) -> str:
    return {
        "owner": tr(lang, "Managing Director", "Geschäftsführer/in", "Gérant(e)"),
        "grower": tr(lang, "Growing Manager", "Anbauleitung", "Responsable de culture"),
        "pack": tr(
            lang, "Packhouse Supervisor", "Leitung Packstation", "Chef d'atelier conditionnement"
        ),
        "office": tr(
            lang, "Office Administrator", "Büro / Verwaltung", "Assistante administrative"
        ),
    }[role]


def rooms(lang: str) -> list[str]:
    word = tr(lang, "Room", "Zelle", "Cellule")
    return [f"{word} {k}" for k in range(1, 15)]


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
    "farm": ("Mushroom growers", "Champignon- und Edelpilzanbau", "Champignonniste - producteur"),
    "compost": ("Mushroom compost & casing", "Pilzsubstrate", "Substrats pour champignonnières"),
    "spawn": ("Mushroom spawn", "Pilzbrut", "Blanc de champignon"),
    "climate": ("Climate control for growers", "Klimatechnik", "Climatisation agricole"),
    "fridge": ("Refrigeration & air conditioning", "Kälte- und Klimatechnik", "Froid industriel"),
    "staffing": ("Agricultural recruitment", "Personaldienstleistungen", "Travail temporaire"),
    "packaging": ("Fresh produce packaging", "Verpackungen", "Emballages alimentaires"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("regulator",):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{r.choice(['Sparkasse', 'Volksbank', 'Raiffeisenbank', 'Commerzbank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                "Registergericht Amtsgericht "
                f"{r.choice(['Potsdam', 'Kleve', 'Landshut', 'Bremen'])}"
                f" HRB {r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['0113Z', '2229A', '7120B', '4322B', '3821Z', '7830Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Angers', 'Tours', 'Arras', 'Nanterre'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"muddler/head/{name}/{FARM['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "regulator":
        looks = ["official"]
        font, bold = "Helvetica", "Helvetica-Bold"
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
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def farm_head() -> Head:
    return make_head(farm_row(), home(), "farm")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and farm), of the farm's
    country or, with odds ``abroad``, of another."""
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


def when(h: Head, d: date) -> str:
    return date_text(d, h.lang, h.dates)


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
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def leaf(p: Page, x: float, y: float, size: float = 22) -> None:
    """A small mushroom logo: a cap and a stem."""
    steps = 14
    pts = [
        (
            x + size / 2 + size / 2 * math.cos(math.pi * k / steps),
            y - size / 2 * math.sin(math.pi * k / steps),
        )
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)
    p.line(x, y, x + size, y)
    p.rect(x + size * 0.38, y, size * 0.24, size * 0.45, fill=0.3)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    trade = TRADE.get(h.role)
    line2 = tr(h.lang, *trade) if trade else ""
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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 40 - m), f_, pt)
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
        p.text(w / 2, y + 15, fit(line2 or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        p.text(
            w / 2,
            y + 24,
            fit(f"{where}  {contact}" if line2 else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if h.role == "farm":
            leaf(p, m + 4, y + 6, 26)
        else:
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
        if line2:
            p.text(
                m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
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
    """Now and then the farm office's received stamp on the first page."""
    if rng.random() < odds:
        w, hh = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 230),
            rng.uniform(hh * 0.55, hh * 0.72),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Growing"],
                        "de": ["Büro", "Buchhaltung", "Anbau"],
                        "fr": ["Bureau", "Compta", "Culture"],
                    }[lg]
                ),
            ],
        )


def ok_mark(rng: random.Random, p: Page, odds: float = 0.3) -> None:
    """The office's hand note that an invoice was checked and passed for payment."""
    if rng.random() < odds:
        w, hh = p.size
        lg = home()
        x, y = rng.uniform(w * 0.55, w - 140), rng.uniform(hh * 0.55, hh - 120)
        hand(p, x, y, tr(lg, "OK to pay", "sachl. richtig", "Bon à payer"), 10)
        hand(
            p,
            x,
            y + 13,
            f"{short(some_day(rng), lg)[:5]}  {farm_people('office').split()[0][0]}.",
            9,
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
        [*refs, (tr(h.lang, "Date", "Datum", "Date"), when(h, d))],
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
            ["Yours sincerely", "Kind regards", "Yours faithfully"][len(name) % 3],
            "Mit freundlichen Grüßen",
            "Veuillez agréer nos salutations distinguées.",
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


def fao(lang: str, name: str) -> str:
    title = tr(lang, "FAO", "z. Hd.", "À l'attention de")
    return f"{title} {name}"


def farm_lines(att: str = "") -> list[str]:
    name, street, town, _ = farm_row()
    return [name, *([att] if att else []), street, town]


def vat_rate(lang: str, reduced: bool = False) -> float:
    if reduced:
        return {"en": 0.0, "de": 7.0, "fr": 5.5}[lang]
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
    rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
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


def pay_terms(h: Head, d: date, days: int) -> str:
    lg = h.lang
    due = when(h, d + timedelta(days=days))
    return tr(
        lg,
        f"Payment due by {due} ({days} days net). Please quote the invoice number with your "
        "payment.",
        f"Zahlbar bis {due} ({days} Tage netto) ohne Abzug. Bitte Rechnungsnummer angeben.",
        f"Règlement à {days} jours, soit le {due}. Pénalités de retard au taux légal ; indemnité "
        "forfaitaire pour frais de recouvrement : 40 €.",
    )


def invoice_top(
    f: Sheets,
    s: Style,
    h: Head,
    title: str,
    number: str,
    d: date,
    refs: list[tuple[str, str]],
    att: str = "",
) -> None:
    """The usual first page of an invoice: the farm in the window, the invoice data on the
    right, the title over the table."""
    lg = h.lang
    recipient(
        f,
        s,
        h,
        farm_lines(att),
        d,
        [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), number), *refs],
    )
    caption(f, s, title, 3)


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str
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
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def grid_lines(p: Page, cols: list[tuple[float, float, str]], y0: float, y1: float) -> None:
    """Vertical rules between table columns from ``y0`` to ``y1``, and the outer frame."""
    x0, x1 = cols[0][0] - 3, cols[-1][1] + 3
    p.rect(x0, y0, x1 - x0, y1 - y0)
    for c in cols[1:]:
        p.line(c[0] - 3, y0, c[0] - 3, y1)


def qty(v: float, lang: str, dec: int = 0) -> str:
    s = f"{v:,.{dec}f}"
    if lang == "de":
        return s.replace(",", "_").replace(".", ",").replace("_", ".")
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",")
    return s


def whole(v: float, lang: str) -> str:
    """A whole amount with its currency ("£4,850,000", "4.850.000 €")."""
    return f"£{qty(v, lang)}" if lang == "en" else f"{qty(v, lang)} €"


def dec(v: float, lang: str, n: int = 1) -> str:
    s = f"{v:.{n}f}"
    return s.replace(".", ",") if lang in ("de", "fr") else s


# ---------------------------------------------------------------------------------------------
# Templates RRRRR: compost, spawn and the crop's inputs
# ---------------------------------------------------------------------------------------------

COMPOST = {
    "en": [
        "Phase III spawn-run compost (A15)",
        "Phase III spawn-run compost (brown)",
        "Phase II compost, pasteurised",
        "Casing soil, black peat/lime",
        "Casing soil with CACing",
    ],
    "de": [
        "Phase-III-Substrat durchwachsen (weiß)",
        "Phase-III-Substrat durchwachsen (braun)",
        "Phase-II-Kompost pasteurisiert",
        "Deckerde Schwarztorf/Kalk",
        "Deckerde mit Myzelzusatz",
    ],
    "fr": [
        "Compost phase III incubé (blanc)",
        "Compost phase III incubé (brun)",
        "Compost phase II pasteurisé",
        "Terre de gobetage tourbe noire/calcaire",
        "Terre de gobetage ensemencée",
    ],
}
COMPOST_PRICE = {"en": [62.0, 66.0, 41.0, 38.0, 52.0], "de": [68.0, 72.0, 45.0, 42.0, 58.0]}
COMPOST_PRICE["fr"] = COMPOST_PRICE["de"]


@dataclass
class Load:
    ticket: str
    day: date
    product: int
    net: float  # tonnes
    room: str


def a_load(rng: random.Random, lg: str, d: date, prefix: str) -> Load:
    product = rng.choice([0, 0, 0, 1, 2, 3, 3, 4])
    net = round(rng.uniform(22.0, 28.6), 2) if product < 3 else round(rng.uniform(14.0, 19.5), 2)
    return Load(
        ticket=f"{prefix}{rng.randint(10000, 99999)}",
        day=d,
        product=product,
        net=net,
        room=rng.choice(rooms(lg)),
    )


def tpl_compost_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """The compost yard's weighbridge delivery ticket for one load: printed on a narrow slip
    or an A5 form, gross, tare and net weight, vehicle, the room filled, the compost
    temperature at discharge written in by the driver, signed by the grower who took it."""
    h = head_of(who, "compost")
    lg = h.lang
    kr = keyed(who, "ticket")
    slip = kr.random() < 0.55
    size = TICKET if slip else A5
    s = style_of(h, size, margin=16 if slip else 30, pt=7.5 if slip else 8.5)
    w, hh = size
    m = s.margin
    prev = last_extra(("compost_ticket",))
    d = last_day(rng, ("compost_ticket",), (0, 4)) if isinstance(prev, list) else some_day(rng)
    load = a_load(rng, home(), d, serial(kr, "A") + ("-" if kr.random() < 0.5 else ""))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "DELIVERY TICKET", "WIEGESCHEIN / LIEFERSCHEIN", "BON DE PESÉE / LIVRAISON")
    pt = shrink(title, s.bold, 11, w - 2 * m)
    p.text(w / 2 if slip else m, y, title, s.bold, pt, "center" if slip else "left")
    y += 16
    font = "Courier" if slip or kr.random() < 0.5 else s.font
    t_in = f"{rng.randint(5, 13):02d}:{rng.randint(0, 59):02d}"
    t_out = f"{int(t_in[:2]) + rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}"
    gross = round(load.net + rng.uniform(14.2, 16.8), 2)
    tare = round(gross - load.net, 2)
    items = [
        (tr(lg, "Ticket no.", "Schein-Nr.", "N° bon"), load.ticket),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Time in / out", "Einfahrt / Ausfahrt", "Entrée / sortie"), f"{t_in} / {t_out}"),
        (tr(lg, "Customer", "Kunde", "Client"), farm_row()[0]),
        (
            tr(lg, "Vehicle", "Kennzeichen", "Véhicule"),
            serial(rng, "AA99 AAA" if lg == "en" else "AA-AA 999"),
        ),
        (tr(lg, "Product", "Produkt", "Produit"), COMPOST[lg][load.product]),
        (
            tr(lg, "Batch / tunnel", "Charge / Tunnel", "Lot / tunnel"),
            f"T{rng.randint(1, 12)}-{rng.randint(100, 999)}",
        ),
    ]
    if slip:
        for lab, val in items:
            p.text(m, y, lab, s.font, 6.5)
            y += 8
            p.text(m + 6, y, fit(val, font, 8, w - 2 * m - 6), font, 8)
            y += 11
        y += 4
        p.line(m, y - 6, w - m, y - 6)
        for lab, v in (
            (tr(lg, "GROSS", "BRUTTO", "BRUT"), gross),
            (tr(lg, "TARE", "TARA", "TARE"), tare),
            (tr(lg, "NET", "NETTO", "NET"), load.net),
        ):
            p.text(m, y + 4, lab, "Courier-Bold", 9)
            p.text(w - m, y + 4, f"{qty(v * 1000, lg)} kg", "Courier-Bold", 9, "right")
            y += 14
        p.line(m, y - 4, w - m, y - 4)
        y += 8
    else:
        y = fields(p, s, m, y, w - 2 * m, items[:4], per=2, hand=False)
        y = fields(p, s, m, y - 6, w - 2 * m, [items[4], items[6]], per=2, hand=False)
        y = fields(p, s, m, y - 6, w - 2 * m, [items[5]], per=1, hand=False)
        cols = columns(m, w - m, [(2, "left"), (1, "right")])
        for lab, v in (
            (tr(lg, "Gross weight", "Bruttogewicht", "Poids brut"), gross),
            (tr(lg, "Tare", "Tara", "Tare"), tare),
            (tr(lg, "Net weight", "Nettogewicht", "Poids net"), load.net),
        ):
            cell(p, cols[0], y, lab, s.bold if v == load.net else s.font, 9)
            cell(p, cols[1], y, f"{qty(v * 1000, lg)} kg", "Courier-Bold", 9.5)
            y += 13
        y += 8
    p.text(m, y, tr(lg, "Filled into:", "Befüllt:", "Remplissage :"), s.font, 7.5)
    hand(p, m + 58, y, load.room, 10, w - 2 * m - 58)
    y += 14
    if load.product < 3:
        p.text(
            m,
            y,
            tr(lg, "Temp. at discharge (°C):", "Temp. bei Entladung (°C):", "T° au déchargement :"),
            s.font,
            7.5,
        )
        hand(p, w - m - 40, y, dec(rng.uniform(24.5, 29.0), lg), 10)
        y += 14
    if rng.random() < 0.5:
        hand(
            p,
            m,
            y,
            rng.choice(
                {
                    "en": [
                        "slightly wet at back",
                        "filled 2 loads split",
                        "good run, white",
                        "late, 40 min wait",
                    ],
                    "de": [
                        "hinten etwas nass",
                        "gut durchwachsen",
                        "40 Min. Wartezeit",
                        "Rest in Zelle 4",
                    ],
                    "fr": ["un peu humide", "bien envahi", "attente 40 min", "reste en cellule 4"],
                }[lg]
            ),
            9,
            w - 2 * m,
        )
        y += 14
    y = max(y + 10, hh - m - 56)
    half = (w - 2 * m) / 2
    p.line(m, y, m + half - 8, y)
    p.line(m + half + 8, y, w - m, y)
    p.text(m, y + 8, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 6.5)
    p.text(m + half + 8, y + 8, tr(lg, "Received by", "Empfangen", "Reçu par"), s.font, 6.5)
    scrawl(p, m + 2, y - 3, person(f"driver/{h.name}/{rng.randint(0, 2)}", lg), 10)
    scrawl(p, m + half + 10, y - 3, farm_people(rng.choice(["grower", "grower", "owner"])), 10)
    if not slip:
        p.text(
            w / 2,
            hh - 18,
            fit(
                tr(
                    lg,
                    "Goods remain our property until paid in full. Claims within 24 hours.",
                    "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
                    "Clause de réserve de propriété. Réclamations sous 24 heures.",
                ),
                s.font,
                6,
                w - 2 * m,
            ),
            s.font,
            6,
            "center",
        )
    loads = prev if isinstance(prev, list) else []
    remember(d, [*loads, load])
    return [p]


def tpl_compost_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The compost yard's invoice for the loads of a month: each load by ticket number,
    product, tonnes and price, haulage and a fuel surcharge; now and then the batch analysis
    of the compost on a second page (dry matter, nitrogen, ash, pH, ammonia)."""
    h = head_of(who, "compost")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    prev = last_extra(("compost_ticket",))
    d = last_day(rng, ("compost_ticket",), (2, 10))
    loads = list(prev) if isinstance(prev, list) else []
    if not loads:
        for _ in range(rng.randint(3, 9)):
            loads.append(a_load(rng, home(), month() + timedelta(days=rng.randint(0, 27)), "D"))
        loads.sort(key=lambda ld: ld.day)
    number = serial(
        rng, keyed(who, "inv").choice(["SI-999999", "99999", "RE 2025-9999", "FA99999"])
    )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {number}")
    invoice_top(
        f,
        s,
        h,
        tr(lg, "Invoice", "Rechnung", "Facture"),
        number,
        d,
        [(tr(lg, "Account", "Kunden-Nr.", "Compte client"), serial(keyed(who, "acc"), "99999"))],
    )
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (1.3, "left"),
            (4, "left"),
            (1.2, "left"),
            (1.1, "right"),
            (1, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    net = 0.0
    prices = COMPOST_PRICE[lg]
    for ld in loads:
        v = round(ld.net * prices[ld.product], 2)
        net += v
        rows.append(
            [
                short(ld.day, lg),
                ld.ticket,
                COMPOST[lg][ld.product],
                ld.room,
                dec(ld.net, lg, 2),
                money(prices[ld.product], lg),
                money(v, lg),
            ]
        )
    haul = round(len(loads) * rng.choice([85.0, 95.0, 110.0]), 2)
    rows.append(
        [
            "",
            "",
            tr(
                lg,
                f"Haulage, {len(loads)} loads",
                f"Frachtkosten, {len(loads)} Fuhren",
                f"Transport, {len(loads)} rotations",
            ),
            "",
            "",
            "",
            money(haul, lg),
        ]
    )
    net += haul
    if rng.random() < 0.5:
        fuel = round(haul * 0.065, 2)
        rows.append(
            [
                "",
                "",
                tr(lg, "Fuel surcharge 6.5%", "Dieselzuschlag 6,5 %", "Surcharge gazole 6,5 %"),
                "",
                "",
                "",
                money(fuel, lg),
            ]
        )
        net += fuel
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "Schein", "Bon"),
            tr(lg, "Product", "Artikel", "Désignation"),
            tr(lg, "Room", "Zelle", "Cellule"),
            "t",
            tr(lg, "£/t", "€/t", "€/t"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88 if keyed(who, "shade").random() < 0.5 else None,
        rules=keyed(who, "rules").random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg, reduced=True), pay_terms(h, d, 30))
    pages = f.pages
    if rng.random() < 0.4:
        s2 = style_of(h, A4)
        p = Page(A4)
        y = heading(p, s2, h)
        p.text(
            m,
            y,
            tr(
                lg,
                "Compost analysis by batch",
                "Substratanalyse je Charge",
                "Analyse du compost par lot",
            ),
            s2.bold,
            12,
        )
        y += 22
        cols2 = columns(
            m,
            w - m,
            [
                (1.4, "left"),
                (1.4, "left"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1.2, "right"),
            ],
        )
        heads = [
            tr(lg, "Batch", "Charge", "Lot"),
            tr(lg, "Filled", "Abgefüllt", "Sortie"),
            tr(lg, "DM %", "TS %", "MS %"),
            "N %",
            tr(lg, "Ash %", "Asche %", "Cendres %"),
            "pH",
            "NH3 ppm",
        ]
        for c, t in zip(cols2, heads, strict=True):
            cell(p, c, y, t, s2.bold, 8)
        p.line(m, y + 5, w - m, y + 5)
        y0 = y - 12
        for ld in loads[:18]:
            y += 15
            vals = [
                f"T{rng.randint(1, 12)}-{rng.randint(100, 999)}",
                short(ld.day, lg),
                dec(rng.uniform(30, 36), lg),
                dec(rng.uniform(2.0, 2.5), lg, 2),
                dec(rng.uniform(24, 31), lg),
                dec(rng.uniform(6.8, 7.6), lg),
                str(rng.choice([0, 0, 5, 10])),
            ]
            for c, t in zip(cols2, vals, strict=True):
                cell(p, c, y, t, "Courier", 8)
        grid_lines(p, cols2, y0, y + 8)
        y += 30
        for ln in wrap(prose(rng, lg, "grow", 1, 2), s2.font, 8, w - 2 * m):
            p.text(m, y, ln, s2.font, 8)
            y += 11
        p.text(
            m,
            y + 14,
            tr(lg, "Quality control", "Qualitätssicherung", "Contrôle qualité"),
            s2.font,
            8,
        )
        scrawl(p, m, y + 34, person(f"qc/{h.name}", lg), 11)
        pages.append(p)
    received(rng, pages[0], d)
    ok_mark(rng, pages[0])
    remember(d)
    return close(pages, s, h)


STRAINS = {
    "en": [
        "White A15",
        "Heirloom white",
        "Brown 800 (chestnut)",
        "Oyster HK35",
        "Shiitake 3782",
        "Off-white U3",
    ],
    "de": [
        "Weiß A15",
        "Heirloom weiß",
        "Braun 800",
        "Austernpilz HK35",
        "Shiitake 3782",
        "Cremeweiß U3",
    ],
    "fr": ["Blanc A15", "Heirloom blanc", "Brun 800", "Pleurote HK35", "Shiitaké 3782", "Crème U3"],
}


def tpl_spawn_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A spawn maker's invoice for the grain spawn of the month's fillings (strain, grain,
    litres or bags, batch), often with the spawn batch certificate behind it (production and
    expiry dates, grain, purity checks, QA signature)."""
    h = head_of(who, "spawn", abroad=0.3)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "letter").random() < 0.3 else A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    number = serial(rng, keyed(who, "no").choice(["INV-99999", "9999999", "F-2025-99999"]))
    f = sheets(s, h, f"{h.name} - {number}")
    invoice_top(
        f,
        s,
        h,
        tr(lg, "Invoice", "Rechnung", "Facture"),
        number,
        d,
        [
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), serial(keyed(who, "c"), "K9999")),
            (
                tr(lg, "Delivery", "Lieferung", "Livraison"),
                short(d - timedelta(days=rng.randint(0, 6)), lg),
            ),
        ],
    )
    cols = columns(
        m,
        w - m,
        [(3.2, "left"), (1.3, "left"), (1.2, "left"), (1, "right"), (1, "right"), (1.2, "right")],
    )
    rows = []
    net = 0.0
    batches = []
    for k in rng.sample(range(len(STRAINS[lg])), rng.randint(1, 4)):
        grain = tr(
            lg,
            *rng.choice(
                [
                    ("rye", "Roggen", "seigle"),
                    ("millet", "Hirse", "millet"),
                    ("sorghum", "Sorghum", "sorgho"),
                ]
            ),
        )
        batch = serial(rng, "99A999")
        batches.append((k, grain, batch))
        n = rng.choice([40, 60, 80, 120, 160, 200])
        price = rng.choice([3.4, 3.6, 3.9, 4.2]) + (1.5 if k >= 3 else 0)
        v = round(n * price, 2)
        net += v
        rows.append(
            [
                f"{STRAINS[lg][k]} - {grain}",
                batch,
                tr(lg, "10 L bag", "Sack 10 L", "sac 10 L"),
                str(n),
                money(price, lg),
                money(v, lg),
            ]
        )
    if rng.random() < 0.6:
        rows.append(
            [
                tr(lg, "Chilled transport", "Kühltransport", "Transport frigorifique"),
                "",
                "",
                "1",
                money(95.0, lg),
                money(95.0, lg),
            ]
        )
        net += 95.0
    table(
        f,
        cols,
        [
            tr(lg, "Strain / carrier", "Sorte / Träger", "Souche / support"),
            tr(lg, "Batch", "Charge", "Lot"),
            tr(lg, "Pack", "Gebinde", "Cond."),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        shade=0.9,
    )
    rate = vat_rate(lg) if h.lang == home() else 0.0
    note = pay_terms(h, d, 30)
    if h.lang != home():
        note = (
            tr(
                lg,
                "Intra-community supply / reverse charge: VAT to be accounted for by the "
                "customer. ",
                "Steuerfreie innergemeinschaftliche Lieferung / Reverse Charge. ",
                "Autoliquidation - livraison intracommunautaire exonérée. ",
            )
            + note
        )
    totals(f, s, lg, round(net, 2), rate, note)
    write(
        f,
        s,
        tr(
            lg,
            "Store spawn at 2-4 °C. Use within 8 weeks of production. Do not stack bags more "
            "than four high.",
            "Brut bei 2-4 °C lagern, innerhalb von 8 Wochen nach Herstellung verwenden.",
            "Conserver le blanc entre 2 et 4 °C ; utiliser dans les 8 semaines suivant la "
            "fabrication.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if keyed(who, "cert").random() < 0.65:
        p = Page(A4)
        W, HH = A4
        mm = 56
        p.rect(mm - 14, mm - 14, W - 2 * mm + 28, HH - 2 * mm + 28)
        yy = mm + 6
        p.text(W / 2, yy, h.name, h.bold, 12, "center")
        yy += 30
        p.text(
            W / 2,
            yy,
            tr(lg, "SPAWN BATCH CERTIFICATE", "BRUTZERTIFIKAT", "CERTIFICAT DE LOT - BLANC"),
            "Helvetica-Bold",
            15,
            "center",
        )
        yy += 14
        p.text(
            W / 2,
            yy,
            tr(
                lg,
                "Quality Assurance - Release of batch",
                "Qualitätssicherung - Chargenfreigabe",
                "Assurance qualité - libération de lot",
            ),
            "Helvetica",
            9,
            "center",
        )
        yy += 30
        cols2 = columns(
            mm, W - mm, [(2, "left"), (1.2, "left"), (1, "left"), (1.2, "left"), (1.2, "left")]
        )
        heads = [
            tr(lg, "Strain", "Sorte", "Souche"),
            tr(lg, "Batch", "Charge", "Lot"),
            tr(lg, "Carrier", "Träger", "Support"),
            tr(lg, "Produced", "Hergestellt", "Fabriqué le"),
            tr(lg, "Use by", "Verwendbar bis", "À utiliser avant"),
        ]
        for c, t in zip(cols2, heads, strict=True):
            cell(p, c, yy, t, "Helvetica-Bold", 8.5)
        p.line(mm, yy + 5, W - mm, yy + 5)
        for k, grain, batch in batches:
            yy += 16
            prod = d - timedelta(days=rng.randint(14, 30))
            for c, t in zip(
                cols2,
                [
                    STRAINS[lg][k],
                    batch,
                    grain,
                    short(prod, lg),
                    short(prod + timedelta(days=56), lg),
                ],
                strict=True,
            ):
                cell(p, c, yy, t, "Helvetica", 8.5)
        yy += 34
        checks = [
            tr(
                lg,
                "Visual check of colonisation",
                "Sichtprüfung Durchwachsung",
                "Contrôle visuel de l'envahissement",
            ),
            tr(
                lg,
                "Bacterial contamination (agar plates)",
                "Bakterielle Kontamination (Agar)",
                "Contamination bactérienne (gélose)",
            ),
            tr(lg, "Trichoderma / moulds", "Trichoderma / Schimmel", "Trichoderma / moisissures"),
            tr(
                lg,
                "Virus (dsRNA) screening of mother culture",
                "Virus-Screening Mutterkultur",
                "Dépistage viral de la souche mère",
            ),
            tr(lg, "Moisture content", "Feuchtegehalt", "Taux d'humidité"),
        ]
        for t in checks:
            p.text(mm + 4, yy, t, "Helvetica", 9)
            p.text(
                W - mm - 4,
                yy,
                tr(lg, "passed", "bestanden", "conforme"),
                "Helvetica-Bold",
                9,
                "right",
            )
            p.line(mm, yy + 5, W - mm, yy + 5)
            yy += 18
        yy += 20
        for ln in wrap(prose(rng, lg, "grow", 2, 3), "Helvetica", 8.5, W - 2 * mm):
            p.text(mm, yy, ln, "Helvetica", 8.5)
            yy += 12
        yy = HH - mm - 90
        p.text(mm, yy, tr(lg, "Released by", "Freigegeben durch", "Libéré par"), "Helvetica", 8)
        qa = person(f"qa/{h.name}", lg)
        scrawl(p, mm, yy + 28, qa, 13)
        p.text(mm, yy + 42, f"{qa}, QA", "Helvetica", 8)
        seal(p, W - mm - 70, yy + 20, 36, h.name.split()[0].upper(), "QA")
        pages.append(p)
    received(rng, pages[0], d)
    remember(d)
    return close(pages, s, h, covers=0)


# ---------------------------------------------------------------------------------------------
# Templates RRRRR: customers, deliveries and money in
# ---------------------------------------------------------------------------------------------

DEPOTS = {
    "en": ["Avonmouth RDC", "Thurrock RDC", "Daventry NDC", "Doncaster RDC", "Crick DC"],
    "de": ["Lager Hannover-Nord", "Lager Hamm", "Zentrallager Ludwigsfelde", "Lager Kassel"],
    "fr": ["Entrepôt Vendin-le-Vieil", "Entrepôt Carquefou", "Base Chilly-Mazarin", "Base Cestas"],
}


@dataclass
class Order:
    po: str
    depot: str
    due: date
    lines: list[tuple[int, int]]  # product index, cases
    retailer: Row


def tpl_customer_po(rng: random.Random, who: Issuer) -> list[Page]:
    """A supermarket's purchase order as its ordering system prints it on landscape A4 in a
    fixed-pitch face: order and supplier numbers, depot and booking slot, lines of product
    code, description, case size, cases and price; continued pages repeat the head. Or a
    single order on portrait A4."""
    h = head_of(who, "retailer")
    lg = h.lang
    kr = keyed(who, "po")
    land = kr.random() < 0.7
    size = LAND if land else A4
    s = style_of(h, size, margin=36 if land else 48, pt=8.5)
    font, bold = ("Courier", "Courier-Bold") if kr.random() < 0.6 else (s.font, s.bold)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    due = d + timedelta(days=rng.randint(1, 3))
    po = serial(rng, kr.choice(["4500999999", "PO99999999", "C99-999999"]))
    depot = rng.choice(DEPOTS[lg])
    lines = [
        (k, rng.choice([24, 36, 48, 60, 72, 96, 120, 144, 180]))
        for k in sorted(rng.sample(range(8), rng.randint(2, 7)))
    ]
    supplier_no = serial(keyed(who, "sup"), "999999")
    title = tr(
        lg,
        "PURCHASE ORDER - FRESH PRODUCE",
        "BESTELLUNG - OBST UND GEMÜSE",
        "COMMANDE FOURNISSEUR - FRUITS ET LÉGUMES",
    )

    def start(p: Page, n: int) -> float:
        y = float(m)
        p.text(m, y, h.name, bold, 11)
        p.text(w - m, y, title, bold, 10, "right")
        y += 12
        p.text(m, y, fit(f"{h.street}, {h.town}", font, 7.5, w / 2), font, 7.5)
        p.text(
            w - m,
            y,
            f"{tr(lg, 'Order no', 'Bestell-Nr.', 'N° commande')}: {po}",
            font,
            8.5,
            "right",
        )
        y += 8
        p.line(m, y, w - m, y)
        return y + 16

    f = Sheets(size, hh - m - 10, start)
    p = f.page
    y = f.y
    bw = (w - 2 * m - 20) / 2
    p.rect(m, y - 10, bw, 62)
    p.rect(m + bw + 20, y - 10, bw, 62)
    p.text(m + 4, y, tr(lg, "SUPPLIER", "LIEFERANT", "FOURNISSEUR"), bold, 7.5)
    p.text(m + bw + 24, y, tr(lg, "DELIVER TO", "LIEFERANSCHRIFT", "LIVRER À"), bold, 7.5)
    for k, t in enumerate([f"{supplier_no}  {farm_row()[0]}", farm_row()[1], farm_row()[2]]):
        p.text(m + 4, y + 12 + 11 * k, fit(t, font, 8.5, bw - 8), font, 8.5)
    for k, t in enumerate(
        [
            depot,
            tr(lg, "Goods in - chilled", "Wareneingang Kühlware", "Réception produits frais"),
            f"{tr(lg, 'Slot', 'Zeitfenster', 'Créneau')} {rng.randint(4, 14):02d}:00 - "
            f"{tr(lg, 'Bay', 'Tor', 'Quai')} {rng.randint(1, 40)}",
        ]
    ):
        p.text(m + bw + 24, y + 12 + 11 * k, fit(t, font, 8.5, bw - 8), font, 8.5)
    y += 66
    for k, (lab, val) in enumerate(
        [
            (tr(lg, "Order date", "Bestelldatum", "Date commande"), short(d, lg)),
            (tr(lg, "Delivery date", "Liefertermin", "Date livraison"), short(due, lg)),
            (tr(lg, "Buyer", "Disponent", "Approvisionneur"), person(f"buyer/{h.name}", lg)),
            (tr(lg, "Currency", "Währung", "Devise"), "GBP" if lg == "en" else "EUR"),
        ]
    ):
        p.text(m + k * (w - 2 * m) / 4, y, f"{lab}: {val}", font, 8)
    f.y = y + 20
    cols = columns(
        m,
        w - m,
        [
            (0.6, "left"),
            (1.3, "left"),
            (1.3, "left"),
            (4.5, "left"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1.2, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    tot_cases = 0
    net = 0.0
    for k, (pi, cases) in enumerate(lines):
        price = CASE_PRICE[pi] + rng.choice([-0.2, 0, 0.1])
        v = round(price * cases, 2)
        net += v
        tot_cases += cases
        rows.append(
            [
                f"{k + 1:03d}",
                serial(rng, "999999"),
                f"50{serial(rng, '99999999999')}",
                PRODUCTS[lg][pi].upper() if font == "Courier" else PRODUCTS[lg][pi],
                f"{CASE_UNITS[pi]}",
                str(cases),
                str(cases // rng.choice([60, 72, 90]) + 1),
                money(price, lg),
                money(v, lg),
            ]
        )
    from_style = Style(font, bold, 8.5, m, "none", "bottom", size, "short")
    table(
        f,
        cols,
        [
            tr(lg, "Ln", "Pos", "Lg"),
            tr(lg, "Item", "Art.-Nr.", "Code"),
            "EAN/GTIN",
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Units", "Inhalt", "UVC/colis"),
            tr(lg, "Cases", "Kolli", "Colis"),
            tr(lg, "Pallets", "Paletten", "Palettes"),
            tr(lg, "Cost", "EK", "PA"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        rows,
        from_style,
        size=8,
        rules=True,
    )
    f.need(80)
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total cases', 'Summe Kolli', 'Total colis')}: {tot_cases}    "
        f"{tr(lg, 'Order value', 'Bestellwert', 'Valeur commande')}: {cash(net, lg)}",
        bold,
        9,
        "right",
    )
    f.y += 20
    notes = tr(
        lg,
        "Product must be delivered at 2-5 °C with a minimum of 4 days shelf life remaining. Late "
        "or short deliveries will be charged per the Supplier Manual. Quote the order number on "
        "all delivery notes and invoices.",
        "Anlieferung bei 2-5 °C, Mindestrestlaufzeit 4 Tage. Bei Verspätung oder Fehlmengen gelten "
        "die Vertragsstrafen gemäß Lieferantenhandbuch. Bestellnummer auf Lieferschein und "
        "Rechnung "
        "angeben.",
        "Livraison entre 2 et 5 °C, DLC résiduelle minimale 4 jours. Les retards et manquants sont "
        "pénalisés selon le cahier des charges fournisseur. Rappeler le numéro de commande sur BL "
        "et facture.",
    )
    for ln in wrap(notes, font, 7.5, w - 2 * m):
        f.need(12)
        f.page.text(m, f.y, ln, font, 7.5)
        f.y += 10
    pages = f.pages
    number_pages(
        pages,
        from_style,
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
        "tr",
        top=m - 14,
    )
    if rng.random() < 0.25:
        hand(
            pages[0],
            w - m - 170,
            hh - m - 30,
            tr(lg, "entered", "erfasst", "saisi") + f" {farm_people('office').split()[0]}",
            10,
        )
    order = Order(po, depot, due, lines, (h.name, h.street, h.town, h.phone))
    remember(d, order)
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm's own delivery note as it comes back from the depot: printed on A5 or A4 with
    the order number, lines with lot codes (room and picking date), pallets and despatch
    temperature; signed and stamped by goods in, the arrival temperature and any shortfall
    written in by hand."""
    h = farm_head()
    lg = h.lang
    prev = last_extra(("customer_po",))
    order = prev if isinstance(prev, Order) else None
    if order is None:
        rr = keyed(who, "retailer")
        row = rr.choice(SENDERS["retailer"][lg])
        order = Order(
            serial(rng, "4500999999"),
            rng.choice(DEPOTS[lg]),
            some_day(rng),
            [
                (k, rng.choice([36, 48, 60, 96]))
                for k in sorted(rng.sample(range(8), rng.randint(2, 5)))
            ],
            row,
        )
    a5 = keyed(who, "dnsize").random() < 0.5
    size = landscape(A5) if a5 else A4
    s = style_of(h, size, margin=30 if a5 else 48, pt=8.5)
    w, hh = size
    m = s.margin
    d = order.due - timedelta(days=1)
    p = Page(size)
    y = heading(p, s, h)
    no = serial(rng, "DN99999")
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 12)
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, 11, "right")
    y += 14
    left = [order.retailer[0], order.depot, order.retailer[2]]
    for k, t in enumerate(left):
        p.text(m, y + 10 * k, fit(t, s.font, 8.5, w / 2 - m), s.font, 8.5)
    pairs(
        p,
        s,
        w * 0.55,
        y,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "N° commande"), order.po),
            (
                tr(lg, "Despatch", "Versand", "Expédition"),
                f"{short(d, lg)} 22:{rng.randint(10, 59)}",
            ),
            (tr(lg, "Delivery", "Anlieferung", "Livraison"), short(order.due, lg)),
            (
                tr(lg, "Haulier", "Spedition", "Transporteur"),
                rng.choice(
                    {
                        "en": ["Kent Chilled Ltd", "Fowler Cold Chain", "own vehicle"],
                        "de": ["Kühltrans Nord GmbH", "Spedition Höfer", "eigenes Fzg."],
                        "fr": ["Transports Froid 49", "STEF", "véhicule propre"],
                    }[lg]
                ),
            ),
        ],
        w - m,
        8,
    )
    y += 50
    cols = columns(m, w - m, [(4, "left"), (1.6, "left"), (1, "right"), (1, "right"), (1, "right")])
    heads = [
        tr(lg, "Product", "Artikel", "Produit"),
        tr(lg, "Lot code", "Los", "N° lot"),
        tr(lg, "Cases", "Kolli", "Colis"),
        "kg",
        tr(lg, "Received", "Erhalten", "Reçu"),
    ]
    p.rect(m - 2, y - 10, w - 2 * m + 4, 14, fill=0.88)
    for c, t in zip(cols, heads, strict=True):
        cell(p, c, y, t, s.bold, 8)
    y0 = y - 10
    short_line = rng.randrange(len(order.lines)) if rng.random() < 0.3 else -1
    for k, (pi, cases) in enumerate(order.lines):
        y += 14
        room = rng.randint(1, 14)
        lot = f"R{room:02d}-{(d - timedelta(days=rng.randint(0, 1))).strftime('%y%m%d')}"
        for c, t in zip(
            cols[:4], [PRODUCTS[lg][pi], lot, str(cases), dec(cases * CASE_KG[pi], lg)], strict=True
        ):
            cell(p, c, y, t, s.font, 8)
        got = cases - rng.randint(2, 12) if k == short_line else cases
        cell(p, cols[4], y, str(got) if k == short_line else "ok", HAND, 9)
    grid_lines(p, cols, y0, y + 6)
    y += 22
    pal = sum(c for _, c in order.lines) // 60 + 1
    p.text(
        m,
        y,
        f"{tr(lg, 'Pallets', 'Paletten', 'Palettes')}: {pal}   "
        f"{tr(lg, 'Despatch temp.', 'Versandtemp.', 'T° expédition')}: "
        f"{dec(rng.uniform(2.0, 4.0), lg)} °C",
        s.font,
        8,
    )
    y += 14
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Pallets exchanged", "Paletten getauscht", "Palettes échangées"),
            tr(lg, "Seal intact", "Plombe intakt", "Scellé intact"),
            tr(lg, "Crates returned", "Kisten zurück", "Caisses rendues"),
        ],
        set(rng.sample(range(3), rng.randint(0, 2))),
    )
    y = max(y + 22, hh - m - 58)
    p.text(
        m,
        y,
        tr(
            lg,
            "Goods received in good condition - arrival temp.",
            "Ware einwandfrei erhalten - Ankunftstemp.",
            "Marchandise reçue en bon état - T° arrivée",
        ),
        s.font,
        7.5,
    )
    hand(
        p,
        m
        + tw(
            tr(
                lg,
                "Goods received in good condition - arrival temp.",
                "Ware einwandfrei erhalten - Ankunftstemp.",
                "Marchandise reçue en bon état - T° arrivée",
            ),
            s.font,
            7.5,
        )
        + 6,
        y,
        f"{rng.uniform(2.5, 5.5):.1f}°",
        10,
    )
    y += 26
    p.line(m, y, m + 150, y)
    scrawl(p, m + 4, y - 3, person(f"goodsin/{order.depot}", lg), 11)
    p.text(
        m,
        y + 9,
        tr(lg, "Name / signature goods in", "Name / Unterschrift WE", "Nom / signature réception"),
        s.font,
        6.5,
    )
    if short_line >= 0:
        hand(
            p,
            m + 170,
            y - 4,
            tr(lg, "short - see GRN", "Fehlmenge lt. WE-Beleg", "manquant cf. réserve"),
            9,
        )
    stamp(
        p,
        w - m - 150,
        y - 44,
        [
            order.retailer[0].split()[0].upper(),
            tr(lg, "GOODS IN", "WARENEINGANG", "RÉCEPTION"),
            order.depot[:24],
            short(order.due, lg),
        ],
    )
    remember(order.due, (order, no, short_line))
    return [p]


REASONS = {
    "en": [
        "Open veils / over-mature",
        "Bruising / brown marks",
        "Discolouration",
        "Temperature out of spec",
        "Underweight packs",
        "Mould / wet patches",
        "Label / date code error",
        "Damaged packaging",
    ],
    "de": [
        "Offene Hüte / überreif",
        "Druckstellen",
        "Verfärbung",
        "Temperatur außerhalb Toleranz",
        "Untergewicht",
        "Schimmel / nasse Stellen",
        "Etikett / MHD fehlerhaft",
        "Verpackung beschädigt",
    ],
    "fr": [
        "Voiles ouverts / trop mûrs",
        "Meurtrissures / taches",
        "Brunissement",
        "Température non conforme",
        "Poids insuffisant",
        "Moisissures / zones humides",
        "Erreur étiquette / DLC",
        "Emballage endommagé",
    ],
}


def tpl_quality_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The supermarket's product rejection notice from the depot's quality team: a form with
    the delivery, the product and lot, cases checked and rejected, reasons ticked, the
    inspector's comment and the credit claimed; often a page of photographs behind it."""
    prev = last_extra(("delivery_note",))
    lg = home()
    if isinstance(prev, tuple):
        order, dn, _ = prev
        row = order.retailer
        depot, po = order.depot, order.po
        pi = rng.choice(order.lines)[0]
    else:
        row = keyed(who, "retailer").choice(SENDERS["retailer"][lg])
        depot, po, dn = rng.choice(DEPOTS[lg]), serial(rng, "4500999999"), serial(rng, "DN99999")
        pi = rng.randrange(8)
    h = make_head(row, lg, "retailer")
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("delivery_note",), (0, 1))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "PRODUCT REJECTION NOTICE",
        "REKLAMATION WARENEINGANG",
        "FICHE DE NON-CONFORMITÉ PRODUIT",
    )
    p.rect(m, y - 12, w - 2 * m, 18, fill=0.82)
    p.rect(m, y - 12, w - 2 * m, 18)
    p.text(w / 2, y + 1, title, "Helvetica-Bold", 11, "center")
    y += 22
    claim = serial(rng, "QC-999999")
    y = band(p, s, y, tr(lg, "1. Delivery", "1. Lieferung", "1. Livraison"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Supplier", "Lieferant", "Fournisseur"), farm_row()[0]),
            (tr(lg, "Depot", "Lager", "Entrepôt"), depot),
            (tr(lg, "Order no.", "Bestell-Nr.", "N° commande"), po),
            (tr(lg, "Delivery note", "Lieferschein", "BL"), dn),
            (tr(lg, "Product", "Artikel", "Produit"), PRODUCTS[lg][pi]),
            (tr(lg, "Claim ref.", "Reklamations-Nr.", "Réf. réclamation"), claim),
        ],
        per=2,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "2. Inspection", "2. Prüfung", "2. Contrôle"))
    cases = rng.choice([36, 48, 60, 96])
    rej = rng.randint(4, cases)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Cases delivered", "Kolli geliefert", "Colis livrés"), str(cases)),
            (tr(lg, "Cases checked", "Kolli geprüft", "Colis contrôlés"), str(rng.randint(3, 8))),
            (tr(lg, "Cases rejected", "Kolli abgelehnt", "Colis refusés"), str(rej)),
            (
                tr(lg, "Core temp. °C", "Kerntemp. °C", "T° à cœur °C"),
                f"{rng.uniform(3.0, 9.5):.1f}",
            ),
            (tr(lg, "Lot code", "Los", "Lot"), f"R{rng.randint(1, 14):02d}-{d.strftime('%y%m%d')}"),
            (
                tr(lg, "Inspected at", "Geprüft um", "Contrôlé à"),
                f"{rng.randint(3, 11):02d}:{rng.randint(0, 59):02d}",
            ),
        ],
        per=3,
    )
    p.text(m, y, tr(lg, "Reason(s):", "Grund:", "Motif(s) :"), s.bold, 8.5)
    y = ticks(
        p, s, m + 60, y, w - 2 * m - 60, REASONS[lg], set(rng.sample(range(8), rng.randint(1, 3)))
    )
    y += 6
    p.text(
        m,
        y,
        tr(lg, "Inspector's comments", "Bemerkungen Prüfer", "Commentaires du contrôleur"),
        s.font,
        7.5,
    )
    y += 14
    for ln in wrap(words(rng, lg, "food", 16), HAND, 9.5, w - 2 * m)[:3]:
        hand(p, m + 4, y, ln, 9.5)
        p.line(m, y + 3, w - m, y + 3)
        y += 16
    y += 8
    y = band(p, s, y, tr(lg, "3. Outcome", "3. Entscheidung", "3. Décision"))
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(
                lg,
                "Rejected - returned on vehicle",
                "Abgelehnt - Rückgabe an Fahrer",
                "Refusé - retour transporteur",
            ),
            tr(
                lg,
                "Rejected - destroyed on site",
                "Abgelehnt - vor Ort entsorgt",
                "Refusé - détruit sur place",
            ),
            tr(
                lg, "Accepted with concession", "Angenommen unter Vorbehalt", "Accepté sous réserve"
            ),
        ],
        {rng.randrange(3)},
    )
    credit = round(rej * CASE_PRICE[pi] + rng.choice([0, 0, 25.0, 40.0]), 2)
    p.text(
        m,
        y + 6,
        f"{tr(lg, 'Credit claimed', 'Gutschrift gefordert', 'Avoir demandé')}: {cash(credit, lg)}",
        s.bold,
        9.5,
    )
    y += 40
    p.line(m, y, m + 160, y)
    scrawl(p, m + 4, y - 3, person(f"qc/{depot}", lg), 11)
    p.text(m, y + 9, tr(lg, "QC inspector", "Qualitätsprüfer/in", "Contrôleur qualité"), s.font, 7)
    p.line(w - m - 160, y, w - m, y)
    p.text(
        w - m - 160,
        y + 9,
        tr(lg, "Driver (if present)", "Fahrer (falls anwesend)", "Chauffeur (si présent)"),
        s.font,
        7,
    )
    pages = [p]
    if rng.random() < 0.55:
        q = Page(A4)
        yy = heading(q, s, h)
        q.text(
            m, yy, f"{tr(lg, 'Photographs', 'Fotodokumentation', 'Photos')} - {claim}", s.bold, 11
        )
        yy += 16
        n = rng.choice([2, 4, 4, 6])
        pw = (w - 2 * m - 16) / 2
        ph = pw * 0.72
        for k in range(n):
            x = m + (k % 2) * (pw + 16)
            yk = yy + (k // 2) * (ph + 26)
            if yk + ph > hh - m - 30:
                break
            photo(q, x, yk, pw, ph, rng)
            q.text(x, yk + ph + 10, f"IMG_{rng.randint(1000, 9999)}.jpg  {short(d, lg)}", s.font, 7)
        pages.append(q)
    received(rng, pages[0], d, 0.3)
    remember(d, (row, claim, credit))
    return close(pages, s, h)


def tpl_remittance(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's remittance advice from its payables system: the farm's invoices paid in
    one payment run, with deductions (quality claims, late delivery charges, promotional
    contributions), the payment date and amount; long runs continue on further pages."""
    prev = last_extra(("quality_claim",))
    lg = home()
    kr = keyed(who, "remit")
    role = "retailer" if kr.random() < 0.7 else "wholesaler"
    if isinstance(prev, tuple):
        row, claim, credit = prev
        role = "retailer"
    else:
        row, claim, credit = kr.choice(SENDERS[role][lg]), None, 0.0
    h = make_head(row, lg, role)
    s = style_of(h, LETTER if lg == "en" and kr.random() < 0.25 else A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("quality_claim",), (14, 40))
    run = serial(rng, "9999999")
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Remittance advice', 'Zahlungsavis', 'Avis de paiement')} {run}"
    )
    recipient(
        f,
        s,
        h,
        farm_lines(tr(lg, "Accounts receivable", "Debitorenbuchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Payment no.", "Zahlungs-Nr.", "N° règlement"), run),
            (
                tr(lg, "Supplier no.", "Lieferanten-Nr.", "N° fournisseur"),
                serial(keyed(who, "sup"), "999999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSAVIS", "AVIS DE PAIEMENT"), 3)
    cols = columns(
        m,
        w - m,
        [
            (1.4, "left"),
            (1.4, "left"),
            (3.2, "left"),
            (1.3, "right"),
            (1.2, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    total = 0.0
    n = rng.choice([3, 5, 8, 12, 20, 34])
    base = rng.randint(4000, 9000)
    for k in range(n):
        gross = round(rng.uniform(300, 4800), 2)
        ded = 0.0
        text = tr(lg, "Invoice", "Rechnung", "Facture")
        if rng.random() < 0.15:
            ded = round(gross * rng.choice([0.02, 0.03]), 2)
            text = tr(
                lg,
                "Invoice - promo contribution",
                "Rechnung - WKZ",
                "Facture - participation promo",
            )
        rows.append(
            [
                short(d - timedelta(days=rng.randint(20, 50)), lg),
                f"{base + k}",
                text,
                money(gross, lg),
                money(ded, lg) if ded else "",
                money(gross - ded, lg),
            ]
        )
        total += gross - ded
    if claim:
        rows.append(
            [
                short(d - timedelta(days=rng.randint(10, 30)), lg),
                claim,
                tr(
                    lg, "Quality claim - debit", "Reklamation - Belastung", "Litige qualité - débit"
                ),
                "",
                money(credit, lg),
                money(-credit, lg),
            ]
        )
        total -= credit
    if rng.random() < 0.3:
        c = round(rng.uniform(50, 250), 2)
        rows.append(
            [
                short(d - timedelta(days=9), lg),
                serial(rng, "LD-99999"),
                tr(lg, "Late delivery charge", "Vertragsstrafe Verspätung", "Pénalité de retard"),
                "",
                money(c, lg),
                money(-c, lg),
            ]
        )
        total -= c
    table(
        f,
        cols,
        [
            tr(lg, "Doc. date", "Belegdatum", "Date pièce"),
            tr(lg, "Your ref.", "Ihre Nr.", "Votre réf."),
            tr(lg, "Text", "Text", "Libellé"),
            tr(lg, "Gross", "Brutto", "Montant"),
            tr(lg, "Deduction", "Abzug", "Déduction"),
            tr(lg, "Paid", "Gezahlt", "Réglé"),
        ],
        rows,
        s,
        size=8,
        shade=0.9 if kr.random() < 0.5 else None,
    )
    f.need(50)
    f.y += 8
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    f.page.text(w * 0.56, f.y, tr(lg, "Amount paid", "Zahlbetrag", "Montant réglé"), s.bold, 9.5)
    f.page.text(w - m, f.y, cash(total, lg), s.bold, 9.5, "right")
    f.y += 22
    write(
        f,
        s,
        tr(
            lg,
            f"This amount has been paid by BACS on {when(h, d)} to your account ending "
            f"{rng.randint(1000, 9999)}. Queries to our Accounts Payable helpdesk within 30 days.",
            f"Der Betrag wurde am {when(h, d)} per SEPA-Überweisung auf Ihr Konto "
            f"...{rng.randint(1000, 9999)} angewiesen. Rückfragen bitte innerhalb von 30 Tagen.",
            f"Ce montant a été viré le {when(h, d)} sur votre compte se terminant par "
            f"{rng.randint(1000, 9999)}. Toute contestation sous 30 jours.",
        ),
        8,
    )
    pages = f.pages
    received(rng, pages[0], d, 0.2)
    remember(d)
    return close(pages, s, h, numbers=h.numbers if len(pages) > 1 else "none")


def tpl_account_sales(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesale market agent's account sales for the week's consignments sold on
    commission: boxes received and sold by product and day, price range, gross proceeds,
    commission, market charges and carriage deducted, net to the grower."""
    h = head_of(who, "wholesaler")
    lg = h.lang
    kr = keyed(who, "as")
    land = kr.random() < 0.4
    size = LAND if land else A4
    s = style_of(h, size, pt=8.5, margin=40 if land else 0)
    w, _ = size
    m = s.margin
    d = some_day(rng)
    wk_end = d - timedelta(days=(d.weekday() + 2) % 7)
    no = serial(rng, "AS 99999")
    title = tr(
        lg, "ACCOUNT SALES", "VERKAUFSABRECHNUNG (KOMMISSION)", "COMPTE DE VENTE (COMMISSION)"
    )
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Account sales no.", "Abrechnungs-Nr.", "N° compte de vente"), no),
            (
                tr(lg, "Grower no.", "Erzeuger-Nr.", "N° producteur"),
                serial(keyed(who, "grower"), "G999"),
            ),
            (tr(lg, "Week ending", "Woche bis", "Semaine au"), short(wk_end, lg)),
        ],
    )
    caption(f, s, title, 2)
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (3.4, "left"),
            (0.9, "right"),
            (0.9, "right"),
            (1.5, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    gross = 0.0
    for _k in range(rng.randint(4, 14)):
        pi = rng.choice([0, 1, 2, 3, 4, 5, 6])
        boxes = rng.choice([10, 20, 30, 40, 60, 80])
        sold = boxes - rng.choice([0, 0, 0, 2, 5])
        lo = CASE_PRICE[pi] * rng.uniform(0.8, 1.0)
        hi = lo * rng.uniform(1.0, 1.25)
        v = round(sold * (lo + hi) / 2, 2)
        gross += v
        rows.append(
            [
                short(wk_end - timedelta(days=rng.randint(0, 5)), lg),
                PRODUCTS[lg][pi],
                str(boxes),
                str(sold),
                f"{money(lo, lg)}-{money(hi, lg)}",
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Produce", "Ware", "Produit"),
            tr(lg, "Recd", "Erh.", "Reçu"),
            tr(lg, "Sold", "Verk.", "Vendu"),
            tr(lg, "Price range", "Preisspanne", "Fourchette"),
            tr(lg, "Proceeds", "Erlös", "Produit brut"),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    f.need(110)
    f.y += 6
    comm = round(gross * kr.choice([0.08, 0.1, 0.12]), 2)
    market = round(rng.uniform(15, 60), 2)
    carriage = round(rng.uniform(60, 240), 2)
    x0 = w * 0.5
    for lab, v, b in [
        (tr(lg, "Gross proceeds", "Bruttoerlös", "Produit brut"), gross, False),
        (
            tr(
                lg,
                f"Commission {comm / gross * 100:.0f}%",
                f"Provision {comm / gross * 100:.0f} %",
                f"Commission {comm / gross * 100:.0f} %",
            ),
            -comm,
            False,
        ),
        (
            tr(
                lg,
                "Market tolls & porterage",
                "Marktgebühren / Platzmiete",
                "Droits de place / manutention",
            ),
            -market,
            False,
        ),
        (tr(lg, "Carriage", "Fracht", "Transport"), -carriage, False),
        (
            tr(
                lg, "Net proceeds to grower", "Auszahlung an Erzeuger", "Net revenant au producteur"
            ),
            gross - comm - market - carriage,
            True,
        ),
    ]:
        f.page.text(x0, f.y, lab, s.bold if b else s.font, 8.5)
        shown = cash(abs(v), lg) if v >= 0 else f"- {cash(-v, lg)}"
        f.page.text(w - m, f.y, shown, s.bold if b else s.font, 8.5, "right")
        f.y += 12.5
    f.y += 10
    write(f, s, words(rng, lg, "money", 14), 8)
    pages = f.pages
    received(rng, pages[0], d, 0.25)
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates RRRRR: audits and laboratory reports
# ---------------------------------------------------------------------------------------------

CLAUSES = {
    "brc": [
        ("1.1.2", "Food safety and quality culture plan"),
        ("2.7.1", "HACCP - monitoring of critical control points"),
        ("3.4.1", "Internal audit programme"),
        ("3.5.1.2", "Supplier approval - compost and casing suppliers"),
        ("3.9.2", "Traceability test within 4 hours"),
        ("4.4.1", "Building fabric - packhouse ceiling"),
        ("4.6.1", "Equipment suitable for food contact"),
        ("4.9.3.1", "Glass and brittle plastics register"),
        ("4.11.1", "Cleaning schedules - grading line"),
        ("4.14.1", "Pest management - bait station plan"),
        ("5.3.1", "Environmental monitoring - Listeria swabbing"),
        ("6.3.1", "Quantity control - pack weights"),
        ("7.1.2", "Training records - agency pickers"),
        ("7.2.2", "Protective clothing - changing facilities"),
    ],
    "ifs": [
        ("1.2.1", "Management commitment and food safety culture"),
        ("2.3.9.1", "HACCP - monitoring system for each CCP"),
        ("3.2.1", "Personal hygiene requirements"),
        ("3.3.1", "Training and instruction - temporary staff"),
        ("4.4.1", "Purchasing - supplier approval"),
        ("4.9.2.1", "Walls and ceilings"),
        ("4.10.1", "Cleaning and disinfection"),
        ("4.12.1", "Foreign material risk mitigation"),
        ("4.13.1", "Pest monitoring"),
        ("4.18.1", "Traceability system"),
        ("5.4.1", "Quantity control monitoring"),
        ("5.6.1", "Product analysis plan"),
    ],
}


def cert_scheme(who: Issuer) -> str:
    lg = home()
    r = keyed(who, "scheme")
    if lg == "en":
        return "brc" if r.random() < 0.85 else "ifs"
    return "ifs" if r.random() < 0.7 else "brc"


def tpl_audit_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The certification body's food safety audit report: often a covering letter, then the
    report's cover page (standard, site, audit dates, grade or score, decision), the site and
    scope page, the non-conformity summary on landscape pages (clause, finding, grade,
    correction and root cause, evidence accepted) and the auditor's narrative by section."""
    h = head_of(who, "certbody")
    lg = h.lang
    scheme = cert_scheme(who)
    std = "BRCGS Global Standard Food Safety Issue 9" if scheme == "brc" else "IFS Food Version 8"
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    audit_day = d - timedelta(days=rng.randint(20, 40))
    auditor = person(f"auditor/{h.name}/{rng.randint(0, 2)}", lg)
    site = serial(keyed(who, "site"), "9999999")
    ref = serial(rng, "AR-99999")
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.55:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            farm_lines(fao(lg, farm_people("owner"))),
            d,
            [(tr(lg, "Our ref.", "Unser Zeichen", "N/Réf."), ref)],
        )
        caption(
            f0,
            s,
            tr(lg, f"Audit report - {std}", f"Auditbericht - {std}", f"Rapport d'audit - {std}"),
            1,
        )
        f0.page.text(m, f0.y, dear(lg, None), s.font, s.size)
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                "Please find enclosed the report of the audit carried out at your site on "
                f"{when(h, audit_day)}. "
                "Evidence of corrective action for the non-conformities listed has been "
                "reviewed and accepted.",
                "anbei erhalten Sie den Bericht über das Audit an Ihrem Standort am "
                f"{when(h, audit_day)}. "
                "Die Nachweise zu den Korrekturmaßnahmen wurden geprüft und akzeptiert.",
                "Veuillez trouver ci-joint le rapport de l'audit réalisé sur votre site le "
                f"{when(h, audit_day)}. "
                "Les preuves des actions correctives ont été examinées et acceptées.",
            ),
        )
        write(f0, s, prose(rng, lg, "food", 1, 3))
        regards(
            f0,
            s,
            lg,
            person(f"cert/{h.name}", lg),
            tr(lg, "Certification Manager", "Zertifizierungsstelle", "Responsable certification"),
        )
        pages.extend(f0.pages)
        covers = len(pages)
    # cover page of the report
    p = Page(A4)
    y = heading(p, s, h)
    y += 30
    p.text(
        w / 2,
        y,
        tr(lg, "AUDIT REPORT", "AUDITBERICHT", "RAPPORT D'AUDIT"),
        "Helvetica-Bold",
        20,
        "center",
    )
    y += 22
    p.text(w / 2, y, std, "Helvetica", 12, "center")
    y += 40
    grade = (
        rng.choice(["AA", "A", "A", "B"])
        if scheme == "brc"
        else rng.choice(["Higher Level", "Higher Level", "Foundation Level"])
    )
    score = f"{rng.uniform(91, 99):.2f} %" if scheme == "ifs" else ""
    nc = rng.randint(2, 9)
    items = [
        (tr(lg, "Company", "Unternehmen", "Société"), farm_row()[0]),
        (
            tr(lg, "Site address", "Standort", "Adresse du site"),
            f"{farm_row()[1]}, {farm_row()[2]}",
        ),
        (tr(lg, "Site code / COID", "Standort-Nr. / COID", "N° site / COID"), site),
        (
            tr(lg, "Audit date(s)", "Audittermin(e)", "Date(s) d'audit"),
            f"{short(audit_day, lg)} - {short(audit_day + timedelta(days=1), lg)}",
        ),
        (
            tr(lg, "Audit type", "Auditart", "Type d'audit"),
            rng.choice(
                [
                    tr(lg, "Announced", "Angekündigt", "Annoncé"),
                    tr(lg, "Unannounced", "Unangekündigt", "Inopiné"),
                ]
            ),
        ),
        (tr(lg, "Auditor", "Auditor/in", "Auditeur"), auditor),
        (tr(lg, "Grade / result", "Ergebnis", "Résultat"), f"{grade} {score}".strip()),
        (
            tr(lg, "Non-conformities", "Abweichungen", "Non-conformités"),
            f"{nc} ({tr(lg, 'minor', 'geringfügig', 'mineures')})",
        ),
        (
            tr(
                lg,
                "Certification decision",
                "Zertifizierungsentscheidung",
                "Décision de certification",
            ),
            short(d - timedelta(days=rng.randint(1, 6)), lg),
        ),
    ]
    for lab, val in items:
        p.text(m + 20, y, lab, s.bold, 9.5)
        p.text(m + 200, y, fit(val, s.font, 9.5, w - m - 220), s.font, 9.5)
        p.line(m + 20, y + 6, w - m - 20, y + 6)
        y += 22
    p.rect(m + 20, y + 20, w - 2 * m - 40, 70)
    p.text(m + 30, y + 36, tr(lg, "Scope", "Geltungsbereich", "Périmètre"), s.bold, 9)
    scope = tr(
        lg,
        "Growing, harvesting, grading and packing of fresh mushrooms (white and chestnut button, "
        "oyster, shiitake) in punnets, trays and flow-wrap for retail and wholesale.",
        "Anbau, Ernte, Sortierung und Verpackung frischer Pilze (Champignons weiß und braun, "
        "Austernpilze, Shiitake) in Schalen und Steigen für LEH und Großhandel.",
        "Culture, récolte, calibrage et conditionnement de champignons frais (blanc et brun, "
        "pleurotes, shiitakés) en barquettes et plateaux pour la GMS et le commerce de gros.",
    )
    yy = y + 50
    for ln in wrap(scope, s.font, 8.5, w - 2 * m - 60):
        p.text(m + 30, yy, ln, s.font, 8.5)
        yy += 11
    pages.append(p)
    # site and scope details
    f = sheets(
        s,
        h,
        f"{farm_row()[0]} - {std} - {tr(lg, 'audit', 'Audit', 'audit')} {short(audit_day, lg)}",
        top=False,
    )
    f.y = running_header(f.page, s, f"{farm_row()[0]} - {std} - {short(audit_day, lg)}")
    caption(
        f,
        s,
        tr(lg, "1. Site details", "1. Angaben zum Standort", "1. Description du site"),
        1,
        rule=True,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Site size (m²)", "Fläche (m²)", "Surface (m²)"),
                qty(rng.choice([8200, 12500, 18000, 26000]), lg),
            ),
            (
                tr(lg, "Growing rooms", "Kulturräume", "Cellules de culture"),
                str(rng.randint(8, 24)),
            ),
            (
                tr(
                    lg,
                    "Employees (incl. agency)",
                    "Beschäftigte (inkl. Leiharbeit)",
                    "Effectif (dont intérim)",
                ),
                str(rng.randint(40, 160)),
            ),
            (tr(lg, "Shifts", "Schichten", "Équipes"), rng.choice(["1", "2"])),
            (
                tr(lg, "Product categories", "Produktkategorien", "Catégories"),
                "02 - Fresh produce" if scheme == "brc" else "3 - Obst, Gemüse",
            ),
            (tr(lg, "Exclusions", "Ausschlüsse", "Exclusions"), tr(lg, "None", "Keine", "Aucune")),
        ],
        per=2,
        hand=False,
    )
    for sec in (
        tr(lg, "Company profile", "Unternehmensprofil", "Présentation de l'entreprise"),
        tr(lg, "Process flow", "Prozessablauf", "Diagramme de fabrication"),
    ):
        f.heading(m, sec, s.bold, s.size + 0.5)
        write(f, s, prose(rng, lg, "grow", 3, 5))
        write(f, s, prose(rng, lg, "food", 2, 4))
    pages.extend(f.pages)
    # non-conformity summary, landscape
    sl = style_of(h, LAND, margin=40, pt=8)
    lw, lh = LAND
    fl = Sheets(
        LAND,
        lh - 50,
        lambda q, n: (
            running_header(
                q,
                sl,
                f"{farm_row()[0]} - {std} - "
                + tr(
                    lg,
                    "Non-conformity summary",
                    "Übersicht Abweichungen",
                    "Synthèse des non-conformités",
                ),
            )
            + 6
        ),
    )
    fl.page.text(
        40,
        fl.y,
        tr(
            lg,
            "2. Non-conformity summary",
            "2. Übersicht der Abweichungen",
            "2. Synthèse des non-conformités",
        ),
        sl.bold,
        11,
    )
    fl.y += 20
    cols = columns(
        40,
        lw - 40,
        [
            (0.5, "left"),
            (0.8, "left"),
            (2.4, "left"),
            (3.4, "left"),
            (0.8, "left"),
            (3.0, "left"),
            (1.0, "left"),
        ],
    )
    heads = [
        "No",
        tr(lg, "Clause", "Anf.", "Exig."),
        tr(lg, "Requirement", "Anforderung", "Exigence"),
        tr(lg, "Details of non-conformity", "Feststellung", "Constat"),
        tr(lg, "Grade", "Bewertung", "Niveau"),
        tr(
            lg,
            "Correction / root cause / action",
            "Korrektur / Ursache / Maßnahme",
            "Correction / cause / action",
        ),
        tr(lg, "Accepted", "Akzeptiert", "Acceptée"),
    ]
    chosen = rng.sample(CLAUSES[scheme], min(nc, len(CLAUSES[scheme])))

    def head_row() -> None:
        fl.page.rect(38, fl.y - 9, lw - 76, 13, fill=0.85)
        for c, t in zip(cols, heads, strict=True):
            cell(fl.page, c, fl.y, t, sl.bold, 7.5)
        fl.y += 12

    head_row()
    for k, (cl, req) in enumerate(chosen):
        finding = wrap(
            words(rng, lg, "food", rng.randint(14, 30)), sl.font, 7, cols[3][1] - cols[3][0] - 2
        )
        action = wrap(
            words(rng, lg, "food", rng.randint(12, 26)), sl.font, 7, cols[5][1] - cols[5][0] - 2
        )
        reqw = wrap(req, sl.font, 7, cols[2][1] - cols[2][0] - 2)
        hgt = max(len(finding), len(action), len(reqw)) * 8.5 + 8
        if fl.need(hgt):
            head_row()
        y0 = fl.y
        cell(fl.page, cols[0], y0, str(k + 1), sl.font, 7.5)
        cell(fl.page, cols[1], y0, cl, sl.font, 7.5)
        for j, ln in enumerate(reqw):
            fl.page.text(cols[2][0], y0 + j * 8.5, ln, sl.font, 7)
        for j, ln in enumerate(finding):
            fl.page.text(cols[3][0], y0 + j * 8.5, ln, sl.font, 7)
        cell(
            fl.page,
            cols[4],
            y0,
            tr(lg, "Minor", "B", "Mineure") if scheme == "brc" or lg != "de" else "C",
            sl.font,
            7.5,
        )
        for j, ln in enumerate(action):
            fl.page.text(cols[5][0], y0 + j * 8.5, ln, sl.font, 7)
        cell(
            fl.page,
            cols[6],
            y0,
            short(audit_day + timedelta(days=rng.randint(7, 27)), lg),
            sl.font,
            7.5,
        )
        fl.y += hgt
        fl.page.line(38, fl.y - 8, lw - 38, fl.y - 8)
    pages.extend(fl.pages)
    # narrative
    f2 = sheets(s, h, f"{farm_row()[0]} - {std} - {short(audit_day, lg)}", top=False)
    f2.y = running_header(f2.page, s, f"{farm_row()[0]} - {std} - {short(audit_day, lg)}")
    caption(
        f2,
        s,
        tr(
            lg,
            "3. Audit findings by section",
            "3. Feststellungen nach Kapiteln",
            "3. Constats par chapitre",
        ),
        1,
        rule=True,
    )
    secs = {
        "brc": [
            "Senior management commitment",
            "The food safety plan - HACCP",
            "Food safety and quality management system",
            "Site standards",
            "Product control",
            "Process control",
            "Personnel",
        ],
        "ifs": [
            "Governance and commitment",
            "Food safety and quality management system",
            "Resource management",
            "Operational processes",
            "Measurements, analyses, improvements",
        ],
    }[scheme]
    for k, sec in enumerate(secs[: rng.randint(3, len(secs))]):
        f2.heading(m, f"3.{k + 1} {sec}", s.bold, s.size + 0.5)
        for _ in range(rng.randint(1, 3)):
            write(f2, s, prose(rng, lg, rng.choice(["food", "grow"]), 2, 4))
    f2.y += 10
    f2.need(60)
    f2.page.text(m, f2.y, f"{tr(lg, 'Auditor', 'Auditor/in', 'Auditeur')}: {auditor}", s.font, 9)
    scrawl(f2.page, m + 150, f2.y + 2, auditor, 12)
    pages.extend(f2.pages)
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, std, grade, site, audit_day, scheme))
    foot_pages = pages[covers:]
    number_pages(
        foot_pages,
        s,
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
        "br",
        bottom=22,
    )
    for q in foot_pages:
        qw, qh = q.size
        q.text(40 if qw > w else m, qh - 22, fit(f"{ref} - {h.name}", s.font, 7, qw / 2), s.font, 7)
    return pages


def tpl_audit_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The certificate the certification body issues after the audit: framed A4, the farm's
    name and address, the standard, scope, grade, dates of issue and expiry, the site code,
    the accreditation mark and the signature."""
    prev = last_extra(("audit_report",))
    h = head_of(who, "certbody")
    lg = h.lang
    if isinstance(prev, tuple):
        _, std, grade, site, audit_day, scheme = prev
    else:
        scheme = cert_scheme(who)
        std = (
            "BRCGS Global Standard Food Safety Issue 9" if scheme == "brc" else "IFS Food Version 8"
        )
        grade = rng.choice(["AA", "A"]) if scheme == "brc" else "Higher Level"
        site = serial(keyed(who, "site"), "9999999")
        audit_day = some_day(rng) - timedelta(days=30)
    d = last_day(rng, ("audit_report",), (0, 3))
    land = keyed(who, "certland").random() < 0.3
    size = LAND if land else A4
    w, hh = size
    p = Page(size)
    for inset, g in ((18, None), (24, None)):
        p.rect(inset, inset, w - 2 * inset, hh - 2 * inset, fill=g)
    y = 70.0
    p.text(w / 2, y, h.name, "Helvetica-Bold", 13, "center")
    y += 40 if not land else 30
    p.text(w / 2, y, tr(lg, "CERTIFICATE", "ZERTIFIKAT", "CERTIFICAT"), "Times-Bold", 28, "center")
    y += 30
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Nous certifions que"),
        "Times-Italic",
        12,
        "center",
    )
    y += 30
    p.text(w / 2, y, farm_row()[0], "Times-Bold", 18, "center")
    y += 18
    p.text(w / 2, y, f"{farm_row()[1]}, {farm_row()[2]}", "Times-Roman", 11, "center")
    y += 30
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "has been audited and found to meet the requirements of",
            "die Anforderungen erfüllt von",
            "satisfait aux exigences du référentiel",
        ),
        "Times-Italic",
        11,
        "center",
    )
    y += 22
    p.text(w / 2, y, std, "Times-Bold", 14, "center")
    y += 28
    scope = tr(
        lg,
        "Growing, harvesting, grading and packing of fresh mushrooms",
        "Anbau, Ernte, Sortierung und Verpackung frischer Pilze",
        "Culture, récolte, calibrage et conditionnement de champignons frais",
    )
    p.text(
        w / 2,
        y,
        f"{tr(lg, 'Scope', 'Geltungsbereich', 'Périmètre')}: {scope}",
        "Times-Roman",
        10,
        "center",
    )
    y += 34
    rows = [
        (tr(lg, "Grade", "Ergebnis", "Niveau"), grade),
        (tr(lg, "Site code", "Standort-Nr.", "N° site"), site),
        (tr(lg, "Audit date", "Auditdatum", "Date d'audit"), short(audit_day, lg)),
        (tr(lg, "Date of issue", "Ausstellungsdatum", "Date d'émission"), short(d, lg)),
        (
            tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
            short(audit_day + timedelta(days=365 + 42), lg),
        ),
        (tr(lg, "Certificate no.", "Zertifikat-Nr.", "N° certificat"), serial(rng, "CB-99999-A")),
    ]
    for lab, val in rows:
        p.text(w / 2 - 10, y, lab, "Times-Roman", 10, "right")
        p.text(w / 2 + 10, y, val, "Times-Bold", 10)
        y += 15
    y = hh - 120
    signer = person(f"cert/{h.name}", lg)
    p.line(80, y, 240, y)
    scrawl(p, 84, y - 3, signer, 13)
    p.text(
        80,
        y + 12,
        f"{signer}, {tr(lg, 'for and on behalf of', 'für', 'pour')} {h.name}",
        "Times-Roman",
        8,
    )
    seal(
        p,
        w - 140,
        y - 20,
        38,
        tr(lg, "ACCREDITED", "AKKREDITIERT", "ACCRÉDITÉ"),
        tr(lg, "UKAS 0123", "DAkkS", "COFRAC 5-0042"),
    )
    p.text(
        w / 2,
        hh - 40,
        fit(
            tr(
                lg,
                "This certificate remains the property of the certification body. Validity "
                "can be checked in the scheme directory.",
                "Dieses Zertifikat bleibt Eigentum der Zertifizierungsstelle. Gültigkeit im "
                "Datenbankportal prüfbar.",
                "Ce certificat reste la propriété de l'organisme. Validité consultable sur la "
                "base du référentiel.",
            ),
            "Helvetica",
            6.5,
            w - 80,
        ),
        "Helvetica",
        6.5,
        "center",
    )
    remember(d)
    return [p]


LAB_SETS = {
    "product": [
        ("Listeria monocytogenes", "ISO 11290-1", "not detected /25 g", "not detected"),
        ("Salmonella spp.", "ISO 6579-1", "not detected /25 g", "not detected"),
        ("E. coli (beta-glucuronidase pos.)", "ISO 16649-2", "<10 cfu/g", "<100"),
        ("Total viable count 30 °C", "ISO 4833-1", "cfu/g", "-"),
        ("Pseudomonas spp.", "ISO 13720", "cfu/g", "-"),
    ],
    "water": [
        ("Coliform bacteria", "ISO 9308-1", "0 /100 ml", "0"),
        ("E. coli", "ISO 9308-1", "0 /100 ml", "0"),
        ("Enterococci", "ISO 7899-2", "0 /100 ml", "0"),
        ("Legionella spp.", "ISO 11731", "<100 cfu/l", "<1000"),
        ("Colony count 22 °C", "ISO 6222", "cfu/ml", "100"),
    ],
    "residue": [
        ("Chlormequat", "QuEChERS LC-MS/MS", "<0.010 mg/kg", "0.9"),
        ("Prochloraz", "LC-MS/MS", "<0.010 mg/kg", "3"),
        ("Metrafenone", "LC-MS/MS", "<0.010 mg/kg", "0.5"),
        ("Spinosad", "LC-MS/MS", "<0.010 mg/kg", "0.02"),
        ("Multi-residue screen (500+)", "GC/LC-MS/MS", "none >LOQ", "-"),
    ],
}
SWAB_SITES = {
    "en": [
        "Grading line belt",
        "Packhouse drain 1",
        "Packhouse drain 2",
        "Chiller floor",
        "Picking trolley",
        "Weigh scale",
        "Wash basin",
        "Cold store door seal",
        "Flow-wrap jaws",
        "Crate washer",
    ],
    "de": [
        "Sortierband",
        "Ablauf Packhalle 1",
        "Ablauf Packhalle 2",
        "Boden Kühlraum",
        "Erntewagen",
        "Waage",
        "Handwaschbecken",
        "Türdichtung Kühlraum",
        "Schlauchbeutelmaschine",
        "Kistenwaschanlage",
    ],
    "fr": [
        "Tapis de calibrage",
        "Siphon conditionnement 1",
        "Siphon conditionnement 2",
        "Sol chambre froide",
        "Chariot de cueillette",
        "Balance",
        "Lave-mains",
        "Joint porte chambre froide",
        "Mâchoires ensacheuse",
        "Laveuse de caisses",
    ],
}


def tpl_lab_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory's test report for one submission: sample details, a results table with
    methods, units and limits (product microbiology, irrigation or humidifier water,
    pesticide residues) or environmental swab results by location; the accreditation mark,
    remarks and the authorised signatory. Long reports continue on a second page."""
    h = head_of(who, "lab", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("lab_certificate",), (0, 5))
    kind = rng.choice(["product", "product", "water", "residue", "swabs", "swabs"])
    no = serial(rng, keyed(who, "no").choice(["AR-25-999999-01", "9999999", "RE-999999/25"]))
    title = tr(lg, "CERTIFICATE OF ANALYSIS", "PRÜFBERICHT", "RAPPORT D'ESSAI")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    accr = tr(
        lg,
        f"UKAS Testing {rng.randint(1000, 9999)}",
        f"DAkkS D-PL-{rng.randint(10000, 19999)}-01-00",
        f"COFRAC Essais 1-{rng.randint(1000, 6999)}",
    )
    f.page.text(w - m, f.y - 6, accr, s.bold, 8, "right")
    f.page.rect(w - m - tw(accr, s.bold, 8) - 8, f.y - 16, tw(accr, s.bold, 8) + 12, 14)
    f.y += 10
    caption(f, s, f"{title} {no}", 2)
    recd = d - timedelta(days=rng.randint(2, 6))
    sample_desc = {
        "product": rng.choice(PRODUCTS[lg][:6]),
        "water": tr(
            lg,
            "Water - humidifier / irrigation tank",
            "Wasser - Befeuchtung / Gießwassertank",
            "Eau - humidification / cuve d'arrosage",
        ),
        "residue": rng.choice(PRODUCTS[lg][:6]),
        "swabs": tr(
            lg,
            f"Environmental swabs ({rng.randint(6, 10)}) - packhouse",
            "Umgebungstupfer - Packhalle",
            "Écouvillons d'environnement - atelier",
        ),
    }[kind]
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Auftraggeber", "Client"), farm_row()[0]),
            (tr(lg, "Sample", "Probe", "Échantillon"), sample_desc),
            (
                tr(lg, "Sampled by / on", "Probenahme durch / am", "Prélevé par / le"),
                f"{tr(lg, 'customer', 'Kunde', 'client')} / {short(recd - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Received", "Eingang", "Réception"),
                f"{short(recd, lg)} {rng.uniform(2, 7):.1f} °C",
            ),
            (
                tr(lg, "Analysis period", "Prüfzeitraum", "Période d'analyse"),
                f"{short(recd, lg)} - {short(d, lg)}",
            ),
            (
                tr(lg, "Customer ref.", "Kundenreferenz", "Réf. client"),
                rng.choice(["", f"R{rng.randint(1, 14):02d}-{recd.strftime('%y%m%d')}", "routine"]),
            ),
        ],
        per=2,
        hand=False,
    )
    f.y += 4
    if kind == "swabs":
        cols = columns(
            m, w - m, [(0.6, "left"), (3.2, "left"), (2.2, "left"), (1.6, "left"), (1.4, "left")]
        )
        rows = []
        for k, site in enumerate(rng.sample(SWAB_SITES[lg], rng.randint(6, 10))):
            pos = rng.random() < 0.08
            rows.append(
                [
                    str(k + 1),
                    site,
                    "Listeria spp.",
                    tr(lg, "DETECTED", "NACHGEWIESEN", "DÉTECTÉ")
                    if pos
                    else tr(lg, "not detected", "n. n.", "non détecté"),
                    "ISO 11290-1",
                ]
            )
        heads = [
            "#",
            tr(lg, "Location", "Entnahmestelle", "Point de prélèvement"),
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Result /swab", "Ergebnis", "Résultat"),
            tr(lg, "Method", "Methode", "Méthode"),
        ]
    else:
        cols = columns(
            m, w - m, [(3, "left"), (1.8, "left"), (1.6, "right"), (1.2, "right"), (1.1, "center")]
        )
        rows = []
        for name, method, result, limit in LAB_SETS[kind]:
            if result == "cfu/g":
                result = f"{rng.choice([2, 4, 8, 15, 31])}x10^{rng.randint(4, 6)} cfu/g"
            elif result == "cfu/ml":
                result = f"{rng.randint(0, 80)} cfu/ml"
            rows.append([name, method, result, limit, "ok" if "^" not in result else "-"])
        heads = [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Method", "Methode", "Méthode"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Limit", "Grenzwert", "Limite"),
            tr(lg, "Assessment", "Bewertung", "Avis"),
        ]
    table(f, cols, heads, rows, s, size=8, shade=0.88, rules=True)
    f.y += 8
    f.heading(m, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.bold, 9)
    write(f, s, prose(rng, lg, "food", 1, 2), 8)
    if rng.random() < 0.4:
        write(f, s, prose(rng, lg, "food", 2, 4), 8)
    write(
        f,
        s,
        tr(
            lg,
            "Results relate only to the items tested. This report shall not be reproduced "
            "except in full without the written approval of the laboratory. Tests marked * "
            "are not UKAS accredited.",
            "Die Ergebnisse beziehen sich ausschließlich auf die untersuchten Proben. "
            "Auszugsweise Vervielfältigung nur mit Genehmigung des Labors. Mit * "
            "gekennzeichnete Verfahren sind nicht akkreditiert.",
            "Les résultats ne concernent que les objets soumis à l'essai. La reproduction de "
            "ce rapport n'est autorisée que sous sa forme intégrale. Les essais marqués * ne "
            "sont pas couverts par l'accréditation.",
        ),
        7,
    )
    f.need(60)
    f.y += 14
    signer = person(f"lab/{h.name}/{rng.randint(0, 1)}", lg)
    scrawl(f.page, m, f.y, signer, 12)
    f.page.text(
        m,
        f.y + 12,
        f"{signer} - {tr(lg, 'Authorised signatory', 'Prüfleitung', 'Responsable technique')}",
        s.font,
        8,
    )
    pages = f.pages
    received(rng, pages[0], d, 0.2)
    remember(d)
    return close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


# ---------------------------------------------------------------------------------------------
# Templates RRRRR: engineers in the growing rooms and the cold store
# ---------------------------------------------------------------------------------------------


def tpl_climate_service(rng: random.Random, who: Issuer) -> list[Page]:
    """A climate control engineer's service report for the growing rooms: the visit's fields,
    a table of rooms with the air temperature, humidity and CO2 sensors checked against the
    reference instrument (hand readings), a checklist of fans, dampers, valves and alarms with
    tick boxes, remarks, hours on site and the engineer's and grower's signatures; now and
    then a landscape page of the controller's room readings behind it."""
    h = head_of(who, "climate", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    p = Page(A4)
    y = heading(p, s, h)
    job = serial(rng, "SR-99999")
    p.text(
        m,
        y,
        tr(
            lg,
            "SERVICE REPORT - CLIMATE CONTROL",
            "SERVICEBERICHT KLIMATECHNIK",
            "RAPPORT D'INTERVENTION - CLIMATISATION",
        ),
        s.bold,
        11,
    )
    p.text(w - m, y, job, "Courier-Bold", 11, "right")
    y += 12
    engineer = person(f"eng/{h.name}/{rng.randint(0, 1)}", lg)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), farm_row()[0]),
            (tr(lg, "Date of visit", "Einsatzdatum", "Date d'intervention"), short(d, lg)),
            (
                tr(lg, "Controller", "Regler", "Régulateur"),
                rng.choice(["GrowMaster GC-600", "ClimaLogic CL-4", "Mycoclim 3000"]),
            ),
            (
                tr(lg, "Visit type", "Art", "Type"),
                rng.choice(
                    [
                        tr(lg, "Annual service", "Jahreswartung", "Entretien annuel"),
                        tr(lg, "Breakdown", "Störung", "Dépannage"),
                    ]
                ),
            ),
            (tr(lg, "Engineer", "Techniker", "Technicien"), engineer),
            (
                tr(lg, "Arrived / left", "Ankunft / Abfahrt", "Arrivée / départ"),
                f"{rng.randint(7, 10)}:{rng.choice(['00', '15', '30'])} / "
                f"{rng.randint(13, 17)}:{rng.choice(['00', '30', '45'])}",
            ),
        ],
        per=2,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Sensor check per room (controller / reference)",
            "Fühlerkontrolle je Zelle (Regler / Referenz)",
            "Contrôle des sondes par cellule (régulateur / référence)",
        ),
    )
    y += 6
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (1.4, "center"),
            (1.4, "center"),
            (1.5, "center"),
            (1.2, "center"),
            (2.2, "left"),
        ],
    )
    heads = [
        tr(lg, "Room", "Zelle", "Cellule"),
        tr(lg, "Air °C", "Luft °C", "Air °C"),
        tr(lg, "RH %", "rF %", "HR %"),
        "CO2 ppm",
        tr(lg, "Adjusted", "Justiert", "Réglé"),
        tr(lg, "Phase / note", "Phase / Bemerkung", "Stade / remarque"),
    ]
    for c, t in zip(cols, heads, strict=True):
        cell(p, c, y, t, s.bold, 7.5)
    y0 = y - 10
    phases = {
        "en": ["spawn run", "casing", "1st flush", "2nd flush", "3rd flush", "cook-out", "empty"],
        "de": [
            "Durchwachsen",
            "Deckerde",
            "1. Welle",
            "2. Welle",
            "3. Welle",
            "Ausdämpfen",
            "leer",
        ],
        "fr": [
            "incubation",
            "gobetage",
            "1re volée",
            "2e volée",
            "3e volée",
            "vaporisation",
            "vide",
        ],
    }[lg]
    nrooms = rng.randint(6, 12)
    for k in range(nrooms):
        y += 15
        t_set = rng.uniform(16.5, 24.5)
        dt = rng.choice([0, 0, 0.1, -0.2, 0.3, -0.6])
        cell(p, cols[0], y, rooms(lg)[k], s.font, 8)
        cell(p, cols[1], y, f"{t_set:.1f} / {t_set - dt:.1f}", HAND, 8.5)
        rh = rng.randint(84, 95)
        cell(p, cols[2], y, f"{rh} / {rh + rng.choice([0, 1, -1, -3])}", HAND, 8.5)
        co = rng.choice([900, 1100, 1200, 1400, 3500, 6000])
        cell(p, cols[3], y, f"{co} / {co + rng.choice([0, 50, -100, 200])}", HAND, 8.5)
        box(p, (cols[4][0] + cols[4][1]) / 2 - 4, y, abs(dt) > 0.25, 8)
        cell(p, cols[5], y, rng.choice(phases), HAND, 8.5)
        p.line(m - 2, y + 5, w - m + 2, y + 5)
    grid_lines(p, cols, y0, y + 5)
    y += 22
    y = band(p, s, y, tr(lg, "Checklist", "Prüfliste", "Points de contrôle"))
    y += 6
    items = [
        tr(
            lg, "Supply fans / belts", "Zuluftventilatoren / Keilriemen", "Ventilateurs / courroies"
        ),
        tr(
            lg,
            "Fresh air dampers & actuators",
            "Frischluftklappen / Stellmotoren",
            "Volets d'air neuf / servomoteurs",
        ),
        tr(lg, "Heating / cooling valves", "Heiz- / Kühlventile", "Vannes chaud / froid"),
        tr(lg, "Steam humidifier nozzles", "Dampfbefeuchter Düsen", "Buses d'humidification"),
        tr(lg, "Filters (F7) replaced", "Filter (F7) getauscht", "Filtres (F7) remplacés"),
        tr(lg, "Alarm dial-out tested", "Alarmweiterleitung getestet", "Report d'alarme testé"),
        tr(lg, "Controller backup taken", "Datensicherung Regler", "Sauvegarde régulateur"),
        tr(lg, "Software updated", "Software aktualisiert", "Logiciel mis à jour"),
    ]
    cw = (w - 2 * m) / 2
    for k, t in enumerate(items):
        x = m + (k % 2) * cw
        yy = y + (k // 2) * 14
        p.text(x, yy, fit(t, s.font, 8, cw - 90), s.font, 8)
        for j, lab in enumerate([*yes_no(lg), "n/a"]):
            bx = x + cw - 86 + j * 28
            box(p, bx, yy, j == (0 if rng.random() < 0.85 else rng.choice([1, 2])), 7)
            p.text(bx + 9, yy, lab, s.font, 6)
    y += 14 * (len(items) // 2) + 12
    p.text(
        m,
        y,
        tr(
            lg,
            "Work carried out / remarks",
            "Ausgeführte Arbeiten / Bemerkungen",
            "Travaux réalisés / observations",
        ),
        s.bold,
        8,
    )
    y += 14
    for ln in wrap(words(rng, lg, "tech", rng.randint(18, 34)), HAND, 9, w - 2 * m)[:4]:
        hand(p, m + 2, y, ln, 9)
        p.line(m, y + 3, w - m, y + 3)
        y += 15
    y = max(y + 20, hh - m - 60)
    half = (w - 2 * m) / 2
    p.line(m, y, m + half - 20, y)
    p.line(m + half + 20, y, w - m, y)
    scrawl(p, m + 4, y - 3, engineer, 12)
    scrawl(p, m + half + 24, y - 3, farm_people("grower"), 12)
    p.text(m, y + 9, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, 7)
    p.text(
        m + half + 20,
        y + 9,
        f"{tr(lg, 'Customer', 'Kunde', 'Client')}: {farm_people('grower')}",
        s.font,
        7,
    )
    pages = [p]
    if rng.random() < 0.4:
        lw, lh = LAND
        q = Page(LAND)
        yy = 40.0
        q.text(
            36,
            yy,
            f"{rng.choice(['GrowMaster', 'ClimaLogic', 'Mycoclim'])} - "
            f"{tr(lg, 'Room overview', 'Zellenübersicht', 'Vue des cellules')}  {short(d, lg)} "
            f"{rng.randint(8, 15)}:{rng.randint(10, 59)}",
            "Courier-Bold",
            9,
        )
        yy += 18
        cols2 = columns(36, lw - 36, [(1.2, "left")] + [(1, "right")] * 10)
        heads2 = [
            tr(lg, "Room", "Zelle", "Cellule"),
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Air set", "Luft Soll", "Air cons."),
            tr(lg, "Air act", "Luft Ist", "Air mes."),
            tr(lg, "Comp.", "Kompost", "Compost"),
            "RH %",
            "CO2",
            tr(lg, "Fresh %", "Frischl. %", "Air neuf %"),
            tr(lg, "Fan %", "Vent. %", "Vent. %"),
            tr(lg, "Heat %", "Heiz. %", "Chauf. %"),
            tr(lg, "Cool %", "Kühl. %", "Froid %"),
        ]
        for c, t in zip(cols2, heads2, strict=True):
            cell(q, c, yy, t, "Courier-Bold", 7.5)
        q.line(36, yy + 4, lw - 36, yy + 4)
        for k in range(nrooms):
            yy += 13
            at = rng.uniform(16.5, 24.5)
            vals = [
                rooms(lg)[k],
                str(rng.randint(1, 42)),
                f"{at:.1f}",
                f"{at + rng.uniform(-0.3, 0.3):.1f}",
                f"{at + rng.uniform(0.5, 4):.1f}",
                str(rng.randint(84, 96)),
                str(rng.choice([950, 1200, 1500, 4200, 7000])),
                str(rng.randint(0, 100)),
                str(rng.randint(30, 100)),
                str(rng.randint(0, 60)),
                str(rng.randint(0, 80)),
            ]
            for c, t in zip(cols2, vals, strict=True):
                cell(q, c, yy, t, "Courier", 7.5)
        q.text(
            36,
            lh - 30,
            tr(
                lg,
                "Printed from controller PC",
                "Ausdruck Regler-PC",
                "Impression PC de supervision",
            ),
            "Courier",
            7,
        )
        pages.append(q)
    remember(d)
    return close(pages, s, h, numbers="none")


REFRIGERANTS = [("R449A", 1397), ("R404A", 3922), ("R134a", 1430), ("R407F", 1825), ("R452A", 2140)]


def tpl_refrigeration_service(rng: random.Random, who: Issuer) -> list[Page]:
    """A refrigeration engineer's job sheet in a carbonless book: job number, customer,
    equipment attended (cold store, vacuum cooler, despatch chiller), fault and work done by
    hand, parts used, refrigerant added, signatures; often with the F-gas leak check record
    page for the systems (refrigerant, charge, CO2 equivalent, method, result, next check)."""
    h = head_of(who, "fridge")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    job = serial(rng, "99999")
    engineer = person(f"fridge/{h.name}/{rng.randint(0, 2)}", lg)
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "JOB SHEET", "ARBEITSNACHWEIS / MONTAGEBERICHT", "BON D'INTERVENTION"),
        s.bold,
        13,
    )
    p.text(w - m, y, f"N° {job}", "Courier-Bold", 13, "right")
    y += 10
    equip = rng.sample(
        [
            tr(
                lg,
                "Cold store 1 (finished product)",
                "Kühlraum 1 (Fertigware)",
                "Chambre froide 1 (produits finis)",
            ),
            tr(lg, "Vacuum cooler", "Vakuumkühler", "Refroidisseur sous vide"),
            tr(lg, "Despatch chiller", "Kühlraum Versand", "Quai expédition réfrigéré"),
            tr(lg, "Packhouse air conditioning", "Klimaanlage Packhalle", "Climatisation atelier"),
            tr(
                lg,
                "Room chiller unit (growing)",
                "Kaltwassersatz Kulturräume",
                "Groupe d'eau glacée cellules",
            ),
        ],
        rng.randint(1, 3),
    )
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), farm_row()[0]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Equipment", "Anlage", "Équipement"), ", ".join(equip)),
            (
                tr(lg, "Call type", "Auftragsart", "Type d'appel"),
                rng.choice(
                    [
                        tr(lg, "Breakdown", "Störung", "Panne"),
                        tr(lg, "PPM service", "Wartung", "Maintenance préventive"),
                        tr(lg, "Leak check", "Dichtheitsprüfung", "Contrôle d'étanchéité"),
                    ]
                ),
            ),
            (
                tr(lg, "Reported by", "Gemeldet von", "Signalé par"),
                farm_people(rng.choice(["pack", "grower"])),
            ),
            (
                tr(lg, "Order no.", "Bestell-Nr.", "N° commande"),
                rng.choice(["", "", serial(rng, "PO9999")]),
            ),
        ],
        per=2,
    )
    for lab, n in (
        (tr(lg, "Fault reported", "Störungsmeldung", "Panne signalée"), 2),
        (tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux effectués"), 5),
    ):
        p.text(m, y, lab, s.bold, 8)
        y += 14
        text = wrap(words(rng, lg, "tech", rng.randint(10 * n, 14 * n)), HAND, 9, w - 2 * m - 6)
        for k in range(n + 1):
            p.line(m, y + 3, w - m, y + 3)
            if k < len(text):
                hand(p, m + 3, y, text[k], 9)
            y += 15
        y += 4
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "left")])
    p.text(m, y, tr(lg, "Parts / materials", "Material", "Pièces / fournitures"), s.bold, 8)
    y += 14
    y0 = y - 10
    for c, t in zip(
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "From van / stores", "Lager / Fzg.", "Stock / véhicule"),
        ],
        strict=True,
    ):
        cell(p, c, y, t, s.bold, 7.5)
    p.line(m - 2, y + 4, w - m + 2, y + 4)
    y += 14
    parts = rng.sample(
        [
            tr(lg, "Contactor 3-pole 25A", "Schütz 3-polig 25 A", "Contacteur tripolaire 25 A"),
            tr(lg, "Fan motor 230V 120W", "Lüftermotor 230 V 120 W", "Moteur ventilateur 230 V"),
            tr(lg, "Filter drier 3/8", "Filtertrockner 3/8", "Déshydrateur 3/8"),
            tr(lg, "Door heater cable", "Türrahmenheizung", "Cordon chauffant de porte"),
            tr(lg, "Solenoid valve coil", "Magnetventilspule", "Bobine électrovanne"),
            tr(lg, "Door seal 2.1 m", "Türdichtung 2,1 m", "Joint de porte 2,1 m"),
        ],
        rng.randint(0, 3),
    )
    gas = rng.choice(REFRIGERANTS)
    added = rng.choice([0, 0, 0, 1.5, 2.0, 4.5])
    rows = [(pt_, "1", rng.choice(["van", "van", "stores"])) for pt_ in parts]
    if added:
        rows.append(
            (
                f"{tr(lg, 'Refrigerant', 'Kältemittel', 'Fluide')} {gas[0]}",
                f"{dec(added, lg)} kg",
                "van",
            )
        )
    for t, q, src in rows or [("-", "", "")]:
        cell(p, cols[0], y, t, HAND, 9)
        cell(p, cols[1], y, q, HAND, 9)
        cell(p, cols[2], y, src, HAND, 9)
        p.line(m - 2, y + 4, w - m + 2, y + 4)
        y += 14
    grid_lines(p, cols, y0, y - 10)
    y += 8
    p.text(m, y, tr(lg, "Hours", "Stunden", "Heures"), s.font, 8)
    hours = rng.choice([1.5, 2, 2.5, 3, 4, 6])
    hand(p, m + 40, y, dec(hours, lg), 10)
    p.text(m + 90, y, tr(lg, "Travel", "Fahrzeit", "Déplacement"), s.font, 8)
    hand(p, m + 140, y, dec(rng.choice([0.5, 1, 1.5]), lg), 10)
    y += 16
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Job complete", "Erledigt", "Terminé"),
            tr(lg, "Return visit required", "Folgeeinsatz nötig", "Retour nécessaire"),
            tr(lg, "Quote to follow", "Angebot folgt", "Devis à suivre"),
        ],
        {0} if rng.random() < 0.7 else {1, 2},
    )
    y = max(y + 20, hh - m - 50)
    half = (w - 2 * m) / 2
    p.line(m, y, m + half - 20, y)
    p.line(m + half + 20, y, w - m, y)
    scrawl(p, m + 4, y - 3, engineer, 12)
    scrawl(p, m + half + 24, y - 3, farm_people("pack"), 12)
    p.text(m, y + 9, f"{tr(lg, 'Engineer', 'Monteur', 'Technicien')}: {engineer}", s.font, 7)
    p.text(
        m + half + 20,
        y + 9,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
        s.font,
        7,
    )
    pages = [p]
    if keyed(who, "fgas").random() < 0.6:
        q = Page(A4)
        yy = heading(q, s, h)
        q.text(
            m,
            yy,
            tr(
                lg,
                "F-GAS LEAK CHECK RECORD",
                "KÄLTEMITTEL-LOGBUCH / DICHTHEITSPRÜFUNG",
                "FICHE D'INTERVENTION - FLUIDES FRIGORIGÈNES",
            ),
            s.bold,
            11,
        )
        yy += 6
        q.text(
            m,
            yy + 10,
            tr(
                lg,
                "Regulation (EU) 2024/573 / retained F-gas Regulation",
                "gemäß Verordnung (EU) 2024/573",
                "selon règlement (UE) 2024/573 - Cerfa 15497",
            ),
            s.font,
            7,
        )
        yy += 26
        cols2 = columns(
            m,
            w - m,
            [
                (2.6, "left"),
                (1, "left"),
                (0.9, "right"),
                (1, "right"),
                (1.4, "left"),
                (1, "left"),
                (1.2, "left"),
            ],
        )
        heads2 = [
            tr(lg, "System", "Anlage", "Équipement"),
            tr(lg, "Gas", "Kältemittel", "Fluide"),
            tr(lg, "Charge kg", "Füllm. kg", "Charge kg"),
            "t CO2e",
            tr(lg, "Method", "Methode", "Méthode"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Next check", "Nächste Prüfung", "Prochain contrôle"),
        ]
        q.rect(m - 2, yy - 10, w - 2 * m + 4, 14, fill=0.88)
        for c, t in zip(cols2, heads2, strict=True):
            cell(q, c, yy, t, s.bold, 7.5)
        y0 = yy - 10
        for e in equip:
            g = rng.choice(REFRIGERANTS)
            charge = rng.choice([4.5, 8.0, 12.5, 18.0, 24.0, 36.0])
            co2e = charge * g[1] / 1000
            yy += 16
            vals = [
                e,
                g[0],
                dec(charge, lg),
                dec(co2e, lg),
                tr(lg, "direct (detector)", "direkt (Lecksucher)", "directe (détecteur)"),
                tr(lg, "no leak", "dicht", "étanche")
                if rng.random() < 0.85
                else tr(lg, "leak found", "undicht", "fuite"),
                short(d + timedelta(days=182 if co2e >= 50 else 365), lg),
            ]
            for c, t in zip(cols2, vals, strict=True):
                cell(q, c, yy, t, s.font, 7.5)
            q.line(m - 2, yy + 5, w - m + 2, yy + 5)
        grid_lines(q, cols2, y0, yy + 5)
        yy += 30
        q.text(
            m,
            yy,
            tr(lg, "Technician certificate no.", "Sachkundenachweis Nr.", "Attestation n°")
            + f" {serial(rng, 'AA99999')}",
            s.font,
            8,
        )
        yy += 14
        q.text(
            m,
            yy,
            f"{tr(lg, 'Detector', 'Lecksuchgerät', 'Détecteur')}: "
            f"{rng.choice(['D-TEK Select', 'Inficon', 'Testo 316'])}  "
            f"{tr(lg, 'calibrated', 'kalibriert', 'étalonné le')} "
            f"{short(d - timedelta(days=rng.randint(30, 200)), lg)}",
            s.font,
            8,
        )
        yy += 40
        scrawl(q, m, yy, engineer, 12)
        q.text(m, yy + 12, engineer, s.font, 8)
        pages.append(q)
    remember(d, (job, equip, hours, parts, gas[0], added))
    return close(pages, s, h, numbers="none")


def tpl_service_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The refrigeration firm's invoice for a job: labour, travel, call-out, parts and
    refrigerant, the job sheet number and the farm's order number."""
    h = head_of(who, "fridge")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    prev = last_extra(("refrigeration_service",))
    if isinstance(prev, tuple):
        job, equip, hours, parts, gas, added = prev
    else:
        job, equip, hours, parts, gas, added = (
            serial(rng, "99999"),
            [tr(lg, "Cold store", "Kühlraum", "Chambre froide")],
            3.0,
            [],
            "R449A",
            0.0,
        )
    d = last_day(rng, ("refrigeration_service",), (2, 14))
    number = serial(rng, "99999")
    f = sheets(s, h, f"{h.name} - {number}")
    invoice_top(
        f,
        s,
        h,
        tr(lg, "Invoice", "Rechnung", "Facture"),
        number,
        d,
        [(tr(lg, "Job sheet", "Arbeitsnachweis", "Bon d'intervention"), str(job))],
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Attendance to: {', '.join(equip)}",
            f"Einsatz: {', '.join(equip)}",
            f"Intervention : {', '.join(equip)}",
        ),
        s.size,
    )
    rate = {"en": 68.0, "de": 78.0, "fr": 72.0}[lg]
    lines = [
        (tr(lg, "Labour (engineer)", "Monteurstunden", "Main d'oeuvre technicien"), hours, rate),
        (tr(lg, "Travel time", "Fahrzeit", "Temps de trajet"), rng.choice([0.5, 1.0, 1.5]), rate),
    ]
    if rng.random() < 0.4:
        lines.append(
            (
                tr(lg, "Call-out charge (out of hours)", "Notdienstpauschale", "Forfait astreinte"),
                1,
                rng.choice([95.0, 120.0, 150.0]),
            )
        )
    for pt_ in parts:
        lines.append((pt_, 1, rng.choice([28.5, 46.0, 88.0, 142.0, 210.0])))
    if added:
        lines.append(
            (
                f"{tr(lg, 'Refrigerant', 'Kältemittel', 'Fluide frigorigène')} {gas} (kg)",
                added,
                rng.choice([48.0, 62.0, 75.0]),
            )
        )
    rows = []
    net = 0.0
    for t, q, pr in lines:
        v = round(q * pr, 2)
        net += v
        rows.append([t, dec(q, lg, 1), money(pr, lg), money(v, lg)])
    table(
        f,
        columns(m, w - m, [(5, "left"), (1, "right"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg), pay_terms(h, d, 30))
    pages = f.pages
    received(rng, pages[0], d)
    ok_mark(rng, pages[0])
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates RRRRR: pickers, power, the regulator, packaging and insurance
# ---------------------------------------------------------------------------------------------


def tpl_picking_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The picking agency's weekly timesheet on its own landscape form, filled in by hand at
    the farm: each picker's start, finish and break by day, total hours and kilos picked;
    signed off by the growing manager or packhouse supervisor."""
    h = head_of(who, "staffing")
    lg = h.lang
    s = style_of(h, LAND, margin=32, pt=8)
    w, hh = LAND
    m = s.margin
    prev = LAST["extra"] if after(("picking_timesheet",)) else None
    if isinstance(prev, dict) and "week" in prev:
        wk = prev["week"] + timedelta(days=7)  # type: ignore[operator]
    else:
        d0 = some_day(rng)
        wk = d0 - timedelta(days=d0.weekday())
    p = Page(LAND)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "WEEKLY TIMESHEET - PICKING STAFF",
            "STUNDENZETTEL ERNTEHELFER (WOCHE)",
            "RELEVÉ D'HEURES HEBDOMADAIRE - CUEILLEURS",
        ),
        s.bold,
        11,
    )
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Week commencing', 'Woche ab', 'Semaine du')} {short(wk, lg)}   "
        f"{tr(lg, 'Client', 'Kunde', 'Client')}: {farm_row()[0]}",
        s.font,
        8.5,
        "right",
    )
    y += 16
    days = tr(
        lg, "Mon Tue Wed Thu Fri Sat Sun", "Mo Di Mi Do Fr Sa So", "Lun Mar Mer Jeu Ven Sam Dim"
    ).split()
    spec = (
        [(2.6, "left"), (1.0, "left")] + [(1.05, "center")] * 7 + [(0.8, "right"), (0.9, "right")]
    )
    cols = columns(m, w - m, spec)
    heads = [
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "ID", "Pers.-Nr.", "Matricule"),
        *days,
        tr(lg, "Hours", "Std.", "Heures"),
        "kg",
    ]
    p.rect(m - 3, y - 10, w - 2 * m + 6, 14, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        cell(p, c, y, t, s.bold, 7.5)
    y0 = y - 10
    names = rng.sample(PICKERS, rng.randint(6, 14))
    total = 0.0
    rows_hours = []
    for nm in names:
        y += 20
        cell(p, cols[0], y - 4, nm, s.font, 8)
        cell(p, cols[1], y - 4, serial(keyed(who, nm), "99999"), s.font, 7.5)
        hrs = 0.0
        for k in range(7):
            works = rng.random() < (0.85 if k < 5 else 0.45)
            if works:
                st = rng.choice([6, 6, 7, 7, 8])
                fin = st + rng.choice([6, 7, 8, 8.5, 9])
                hrs += fin - st - 0.5
                cell(
                    p,
                    cols[2 + k],
                    y - 8,
                    f"{st:02d}:00-{int(fin):02d}:{'30' if fin % 1 else '00'}",
                    HAND,
                    7,
                )
                cell(p, cols[2 + k], y + 1, "0:30", HAND, 6.5)
            else:
                cell(p, cols[2 + k], y - 4, "-", HAND, 8)
        cell(p, cols[9], y - 4, dec(hrs, lg), HAND, 9)
        cell(p, cols[10], y - 4, qty(hrs * rng.uniform(18, 30), lg), HAND, 8.5)
        total += hrs
        rows_hours.append((nm, hrs))
        p.line(m - 3, y + 5, w - m + 3, y + 5)
    grid_lines(p, cols, y0, y + 5)
    y += 18
    p.text(cols[8][1], y, tr(lg, "Total", "Summe", "Total"), s.bold, 8.5, "right")
    hand(p, cols[9][0] + 4, y, dec(total, lg), 10)
    y += 24
    y = min(y, hh - 80)
    p.text(
        m,
        y,
        tr(
            lg,
            "I confirm the hours above are correct.",
            "Die obigen Stunden werden bestätigt.",
            "Je certifie l'exactitude des heures ci-dessus.",
        ),
        s.font,
        8,
    )
    y += 30
    signer = farm_people(rng.choice(["grower", "pack"]))
    p.line(m, y, m + 200, y)
    scrawl(p, m + 4, y - 3, signer, 12)
    p.text(
        m,
        y + 9,
        tr(lg, "Client signature / name", "Unterschrift Kunde / Name", "Signature / nom du client")
        + f": {signer}",
        s.font,
        7,
    )
    p.line(w / 2, y, w / 2 + 200, y)
    p.text(
        w / 2,
        y + 9,
        tr(lg, "Agency supervisor", "Objektbetreuer/in", "Responsable agence"),
        s.font,
        7,
    )
    if rng.random() < 0.7:
        scrawl(p, w / 2 + 4, y - 3, person(f"sup/{h.name}", lg), 11)
    p.text(
        w - m,
        hh - 18,
        tr(
            lg,
            "White copy: agency - yellow: client",
            "Original: Agentur - Kopie: Kunde",
            "Original : agence - copie : client",
        ),
        s.font,
        6.5,
        "right",
    )
    remember(wk + timedelta(days=7), {"week": wk, "hours": rows_hours})
    return [p]


def tpl_agency_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The picking agency's invoice for a week: hours by picker at the charge rate (standard
    and overtime), the timesheet reference; now and then the breakdown by day on a second
    page."""
    h = head_of(who, "staffing")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    prev = last_extra(("picking_timesheet",))
    if isinstance(prev, dict):
        wk = prev["week"]
        hours = list(prev["hours"])
    else:
        d0 = some_day(rng)
        wk = d0 - timedelta(days=d0.weekday() + 7)
        hours = [
            (nm, float(rng.choice([24, 32, 38, 40, 45, 48])))
            for nm in rng.sample(PICKERS, rng.randint(5, 12))
        ]
    assert isinstance(wk, date)
    d = wk + timedelta(days=rng.randint(7, 10))
    number = serial(rng, keyed(who, "mask").choice(["INV99999", "R-2025-9999", "FA-99999"]))
    f = sheets(s, h, f"{h.name} - {number}")
    invoice_top(
        f,
        s,
        h,
        tr(
            lg,
            "Invoice - temporary labour",
            "Rechnung Arbeitnehmerüberlassung",
            "Facture - mise à disposition de personnel",
        ),
        number,
        d,
        [(tr(lg, "Week commencing", "KW ab", "Semaine du"), short(wk, lg))],
    )
    rate = {"en": 15.84, "de": 22.60, "fr": 21.90}[lg] + rng.choice([0, 0.25, 0.5])
    rows = []
    net = 0.0
    for nm, hrs in hours:
        std_h = min(hrs, 40.0)
        ot = max(0.0, hrs - 40.0)
        v = round(std_h * rate + ot * rate * 1.25, 2)
        net += v
        rows.append([nm, dec(std_h, lg, 2), dec(ot, lg, 2), money(rate, lg), money(v, lg)])
    table(
        f,
        columns(
            m, w - m, [(3.5, "left"), (1, "right"), (1, "right"), (1.1, "right"), (1.3, "right")]
        ),
        [
            tr(lg, "Worker", "Mitarbeiter/in", "Intérimaire"),
            tr(lg, "Std hrs", "Std.", "H norm."),
            tr(lg, "O/T hrs", "Überst.", "H sup."),
            tr(lg, "Charge rate", "Verrechnungssatz", "Taux"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg), pay_terms(h, d, 14))
    if lg == "en":
        write(
            f,
            s,
            "Charge rate includes holiday pay, employer's NI, pension auto-enrolment and the "
            "Apprenticeship Levy.",
            7.5,
        )
    elif lg == "de":
        write(
            f,
            s,
            "Überlassung gemäß AÜG; Equal-Pay-Regelungen werden eingehalten. Die "
            "Stundennachweise liegen Ihnen vor.",
            7.5,
        )
    else:
        write(
            f,
            s,
            "Mise à disposition conformément au contrat commercial ; indemnités de fin de "
            "mission et congés payés inclus.",
            7.5,
        )
    pages = f.pages
    if rng.random() < 0.35:
        s2 = style_of(h, A4, pt=8)
        q = Page(A4)
        yy = heading(q, s2, h)
        q.text(
            m,
            yy,
            f"{tr(lg, 'Breakdown by day', 'Aufstellung nach Tagen', 'Détail par jour')} - {number}",
            s2.bold,
            10,
        )
        yy += 18
        days = tr(
            lg, "Mon Tue Wed Thu Fri Sat Sun", "Mo Di Mi Do Fr Sa So", "Lun Mar Mer Jeu Ven Sam Dim"
        ).split()
        cols = columns(m, w - m, [(3, "left")] + [(1, "right")] * 8)
        for c, t in zip(cols, ["", *days, tr(lg, "Total", "Summe", "Total")], strict=True):
            cell(q, c, yy, t, s2.bold, 7.5)
        q.line(m, yy + 4, w - m, yy + 4)
        for nm, hrs in hours:
            yy += 13
            split = [0.0] * 7
            left = hrs
            for k in range(7):
                if left <= 0:
                    break
                v = min(left, rng.choice([7.5, 8.0, 8.5, 9.0]))
                split[k] = v
                left -= v
            for c, t in zip(
                cols, [nm, *[dec(v, lg) if v else "-" for v in split], dec(hrs, lg)], strict=True
            ):
                cell(q, c, yy, t, s2.font, 7.5)
        pages.append(q)
    received(rng, pages[0], d)
    ok_mark(rng, pages[0], 0.4)
    remember(d)
    return close(pages, s, h)


def tpl_energy_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The electricity supplier's invoice for the half-hourly metered supply: a summary page
    (account, supply point number, period, amount and direct debit date), a charges page
    (day and night units, capacity, network and metering charges, levies and VAT) and a page
    with the month's consumption as a bar chart by day."""
    h = head_of(who, "energy")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    start = (month() - timedelta(days=1)).replace(day=1)
    end = month() - timedelta(days=1)
    acct = serial(keyed(who, "acct"), "9999999999")
    mpan = {
        "en": serial(keyed(who, "mpan"), "00 845 999 12 9999 9999 999"),
        "de": serial(keyed(who, "mpan"), "DE0009999999999999999999999999999"),
        "fr": serial(keyed(who, "mpan"), "PRM 99999999999999"),
    }[lg]
    number = serial(rng, "9999999999")
    day_kwh = rng.randint(60000, 180000)
    night_kwh = int(day_kwh * rng.uniform(0.35, 0.6))
    day_p, night_p = (0.241, 0.176) if lg == "en" else (0.228, 0.171)
    kva = rng.choice([250, 315, 400, 500])
    lines = [
        (
            tr(lg, "Day units", "Arbeitspreis HT", "Énergie heures pleines"),
            f"{qty(day_kwh, lg)} kWh",
            day_kwh * day_p,
        ),
        (
            tr(lg, "Night units", "Arbeitspreis NT", "Énergie heures creuses"),
            f"{qty(night_kwh, lg)} kWh",
            night_kwh * night_p,
        ),
        (
            tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
            f"{(end - start).days + 1} d",
            ((end - start).days + 1) * 4.2,
        ),
        (
            tr(lg, "Capacity charge", "Leistungspreis", "Puissance souscrite"),
            f"{kva} kVA",
            kva * 3.1,
        ),
        (
            tr(lg, "Network charges (DUoS/TNUoS)", "Netzentgelte", "Acheminement (TURPE)"),
            "",
            (day_kwh + night_kwh) * 0.031,
        ),
        (tr(lg, "Metering (HH)", "Messstellenbetrieb", "Comptage"), "", 38.0),
        (
            tr(lg, "Climate Change Levy", "Stromsteuer", "Accise sur l'électricité"),
            f"{qty(day_kwh + night_kwh, lg)} kWh",
            (day_kwh + night_kwh) * (0.00775 if lg == "en" else 0.0205),
        ),
    ]
    net = round(sum(v for *_, v in lines), 2)
    rate = {"en": 20.0, "de": 19.0, "fr": 20.0}[lg]
    gross = round(net * (1 + rate / 100), 2)
    # page 1: summary
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        farm_lines(tr(lg, "Accounts payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Account no.", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), number),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Your electricity bill", "Ihre Stromrechnung", "Votre facture d'électricité"),
        5,
    )
    f.page.rect(m, f.y - 4, w - 2 * m, 92, fill=0.93)
    yy = f.y + 12
    for lab, val in [
        (
            tr(lg, "Billing period", "Abrechnungszeitraum", "Période"),
            f"{short(start, lg)} - {short(end, lg)}",
        ),
        (tr(lg, "Supply point", "Zählpunkt", "Point de livraison"), mpan),
        (tr(lg, "Supply address", "Lieferstelle", "Site"), f"{farm_row()[1]}, {farm_row()[2]}"),
        (
            tr(lg, "Total consumption", "Verbrauch gesamt", "Consommation totale"),
            f"{qty(day_kwh + night_kwh, lg)} kWh",
        ),
    ]:
        f.page.text(m + 10, yy, lab, s.font, 9)
        f.page.text(m + 170, yy, fit(val, s.font, 9, w - 2 * m - 180), s.font, 9)
        yy += 15
    f.y += 110
    f.page.text(m, f.y, tr(lg, "Amount due", "Rechnungsbetrag", "Montant à payer"), s.bold, 14)
    f.page.text(w - m, f.y, cash(gross, lg), s.bold, 16, "right")
    f.y += 26
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be collected by Direct Debit on or after "
            f"{when(h, d + timedelta(days=14))}. You do not need to do anything.",
            f"Der Betrag wird am {when(h, d + timedelta(days=14))} per SEPA-Lastschrift von "
            "Ihrem Konto eingezogen.",
            f"Ce montant sera prélevé le {when(h, d + timedelta(days=14))} sur votre compte.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2), 8)
    pages = f.pages
    # page 2: charges
    f2 = sheets(
        s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {number} - {acct}", top=False
    )
    f2.y = running_header(
        f2.page, s, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {number} - {acct}"
    )
    caption(
        f2,
        s,
        tr(lg, "Charges in detail", "Abrechnung im Detail", "Détail de la facture"),
        2,
        rule=True,
    )
    rows = [[t, q, money(v, lg)] for t, q, v in lines]
    table(
        f2,
        columns(m, w - m, [(4, "left"), (1.5, "right"), (1.3, "right")]),
        [
            tr(lg, "Charge", "Position", "Rubrique"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f2, s, lg, net, rate)
    f2.heading(m, tr(lg, "Meter readings", "Zählerstände", "Relevés"), s.bold, 9)
    for t in (
        f"{tr(lg, 'Meter', 'Zähler', 'Compteur')} {serial(keyed(who, 'meter'), 'A99A99999')}  "
        f"{short(start, lg)}: {qty(rng.randint(1000000, 9000000), lg)}  {short(end, lg)}: "
        f"{tr(lg, 'actual (HH data)', 'Ist (RLM)', 'réel (courbe de charge)')}",
        f"{tr(lg, 'Maximum demand', 'Höchstleistung', 'Puissance max. atteinte')}: "
        f"{rng.randint(int(kva * 0.5), kva)} kVA",
    ):
        write(f2, s, t, 8)
    pages.extend(f2.pages)
    # page 3: chart
    if rng.random() < 0.75:
        q = Page(A4)
        yy = running_header(q, s, f"{h.name} - {acct}") + 10
        q.text(
            m,
            yy,
            tr(
                lg,
                "Your daily consumption (kWh)",
                "Ihr Tagesverbrauch (kWh)",
                "Votre consommation journalière (kWh)",
            ),
            s.bold,
            10,
        )
        yy += 20
        ch = 240.0
        x0, x1 = m + 30, w - m
        q.line(x0, yy, x0, yy + ch)
        q.line(x0, yy + ch, x1, yy + ch)
        ndays = (end - start).days + 1
        daily = (day_kwh + night_kwh) / ndays
        top = daily * 1.5
        for k in range(5):
            v = top * k / 4
            q.text(x0 - 4, yy + ch - ch * k / 4 + 3, qty(v, lg), s.font, 6, "right")
            q.line(x0 - 2, yy + ch - ch * k / 4, x0, yy + ch - ch * k / 4)
        bw = (x1 - x0) / ndays
        for k in range(ndays):
            v = (
                daily
                * rng.uniform(0.75, 1.25)
                * (0.8 if (start + timedelta(days=k)).weekday() >= 5 else 1)
            )
            bh = ch * v / top
            q.rect(x0 + k * bw + 1, yy + ch - bh, bw - 2, bh, fill=0.45)
            if k % 5 == 0:
                q.text(x0 + k * bw + bw / 2, yy + ch + 10, str(k + 1), s.font, 6, "center")
        yy += ch + 40
        for t in (prose(rng, lg, "money", 1, 2), words(rng, lg, "money", 12)):
            for ln in wrap(t, s.font, 8, w - 2 * m):
                q.text(m, yy, ln, s.font, 8)
                yy += 11
        pages.append(q)
    received(rng, pages[0], d, 0.2)
    remember(d)
    return close(pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))


def tpl_permit_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The environmental regulator's letter about the farm's permit (compost yard odour,
    dirty water and runoff, a complaint, an inspection, a variation): an official letter of
    one or two pages, often with an enclosure: the compliance assessment form with its
    tick boxes, the annex of conditions, or the inspection report."""
    h = head_of(who, "regulator")
    lg = h.lang
    s = style_of(h, A4, pt=9.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    ref = {
        "en": serial(rng, "EPR/AB9999AA"),
        "de": serial(rng, "Az. 63.1-999/25"),
        "fr": serial(rng, "Réf. : ICPE/2025-999"),
    }[lg]
    officer = person(f"officer/{h.name}", lg)
    topic = rng.choice(["odour", "runoff", "inspection", "variation"])
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        farm_lines(fao(lg, farm_people("owner"))),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Nos réf."), ref),
            (tr(lg, "Contact", "Sachbearbeitung", "Dossier suivi par"), officer),
        ],
    )
    subj = {
        "odour": tr(
            lg,
            "Odour complaints - compost handling",
            "Geruchsbeschwerden - Umgang mit Kompost",
            "Plaintes pour odeurs - manipulation du compost",
        ),
        "runoff": tr(
            lg,
            "Dirty water from the compost yard",
            "Sickerwasser Kompostlagerfläche",
            "Eaux de ruissellement de l'aire de compost",
        ),
        "inspection": tr(
            lg,
            "Compliance inspection of your site",
            "Überwachung Ihrer Anlage nach § 52 BImSchG",
            "Inspection des installations classées",
        ),
        "variation": tr(
            lg,
            "Application to vary your environmental permit",
            "Antrag auf Änderungsgenehmigung",
            "Demande de modification de l'arrêté préfectoral",
        ),
    }[topic]
    caption(f, s, subj, 1)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(f, s, prose(rng, lg, "env", 2, 4))
    write(f, s, prose(rng, lg, "env", 2, 4))
    if rng.random() < 0.5:
        write(f, s, prose(rng, lg, "env", 3, 5))
    write(
        f,
        s,
        tr(
            lg,
            "Please let us have your response, with a revised management plan where relevant, "
            f"by {when(h, d + timedelta(days=28))}.",
            f"Bitte nehmen Sie bis zum {when(h, d + timedelta(days=28))} Stellung und legen "
            "Sie ggf. einen überarbeiteten Maßnahmenplan vor.",
            "Je vous invite à me faire part de vos observations avant le "
            f"{when(h, d + timedelta(days=28))}.",
        ),
    )
    encl = rng.choice(["", "car", "annex", "report"])
    if encl:
        write(
            f,
            s,
            tr(lg, "Enclosure", "Anlage", "PJ")
            + ": "
            + {
                "car": tr(lg, "Compliance Assessment Report", "Prüfbogen", "Fiche de constat"),
                "annex": tr(
                    lg, "Schedule of conditions", "Nebenbestimmungen", "Prescriptions techniques"
                ),
                "report": tr(
                    lg, "Inspection report", "Überwachungsbericht", "Rapport de l'inspection"
                ),
            }[encl],
            s.size - 1,
        )
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Environment Officer",
            "Sachbearbeiter/in Immissionsschutz",
            "Inspecteur de l'environnement",
        ),
    )
    pages = f.pages
    if encl == "car":
        p = Page(A4)
        y = float(m)
        p.text(
            m,
            y,
            tr(
                lg,
                "Compliance Assessment Report (CAR)",
                "Prüfbogen Anlagenüberwachung",
                "Fiche de constat d'inspection",
            ),
            s.bold,
            12,
        )
        p.text(w - m, y, ref, s.font, 8, "right")
        y += 16
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Operator", "Betreiber", "Exploitant"), farm_row()[0]),
                (
                    tr(lg, "Permit no.", "Genehmigung", "Arrêté n°"),
                    serial(keyed(who, "permit"), "AB9999AA"),
                ),
                (
                    tr(lg, "Date of assessment", "Datum", "Date"),
                    short(d - timedelta(days=rng.randint(3, 15)), lg),
                ),
                (tr(lg, "Officer", "Prüfer/in", "Inspecteur"), officer),
            ],
            hand=False,
        )
        conds = [
            tr(
                lg,
                "Odour management plan implemented",
                "Geruchsminderungsplan umgesetzt",
                "Plan de gestion des odeurs appliqué",
            ),
            tr(
                lg,
                "Compost stored on impermeable surface",
                "Lagerung auf befestigter Fläche",
                "Stockage sur aire étanche",
            ),
            tr(
                lg,
                "Sealed drainage to dirty water tank",
                "Geschlossene Entwässerung",
                "Réseau de collecte étanche",
            ),
            tr(
                lg,
                "Records of deliveries and spent compost",
                "Aufzeichnungen Anlieferung / Abgabe",
                "Registre entrées / sorties",
            ),
            tr(lg, "Complaints log kept", "Beschwerdebuch geführt", "Registre des plaintes tenu"),
            tr(
                lg,
                "Bunker doors kept closed",
                "Bunkertore geschlossen",
                "Portes des bunkers fermées",
            ),
        ]
        p.text(m, y, tr(lg, "Condition", "Auflage", "Prescription"), s.bold, 8.5)
        for j, lab in enumerate(
            tr(
                lg,
                "Compliant|Non-compliant|Not assessed",
                "erfüllt|nicht erfüllt|nicht geprüft",
                "Conforme|Non conforme|Non vérifié",
            ).split("|")
        ):
            p.text(w - m - 210 + j * 72, y, lab, s.bold, 7)
        y += 14
        for c in conds:
            p.text(m, y, fit(c, s.font, 8.5, w - 2 * m - 220), s.font, 8.5)
            pick = 0 if rng.random() < 0.75 else rng.choice([1, 2])
            for j in range(3):
                box(p, w - m - 200 + j * 72, y, j == pick, 8)
            p.line(m, y + 5, w - m, y + 5)
            y += 17
        y += 10
        p.text(m, y, tr(lg, "Officer's notes", "Bemerkungen", "Observations"), s.bold, 8.5)
        y += 14
        for ln in wrap(words(rng, lg, "env", 30), HAND, 9, w - 2 * m)[:4]:
            hand(p, m, y, ln, 9)
            y += 14
        pages.append(p)
    elif encl in ("annex", "report"):
        fa = sheets(s, h, f"{ref} - {tr(lg, 'Annex', 'Anlage', 'Annexe')}", top=False)
        caption(
            fa,
            s,
            tr(
                lg,
                "Schedule of conditions",
                "Anlage: Nebenbestimmungen",
                "Annexe : prescriptions techniques",
            )
            if encl == "annex"
            else tr(
                lg,
                "Inspection report",
                "Überwachungsbericht",
                "Rapport de l'inspection des installations classées",
            ),
            1,
            rule=True,
        )
        for k in range(rng.randint(4, 9)):
            fa.heading(m, f"{k + 1}.", s.bold, s.size)
            fa.y -= s.size * 1.55
            fa.para(m + 24, w - 2 * m - 24, prose(rng, lg, "env", 1, 3), s.font, s.size - 0.5)
        pages.extend(fa.pages)
    received(rng, pages[0], d, 0.4)
    remember(d)
    return close(pages, s, h, numbers="2:- {i} -" if lg == "de" else h.numbers)


PACKAGING = {
    "en": [
        ("PP punnet 250g clear, 1000/case", 1000, 0.031),
        ("rPET punnet 400g, 800/case", 800, 0.045),
        ("Flow-wrap film 400mm x 2000m", 1, 96.0),
        ("Perforated lidding film 290mm", 1, 118.0),
        ("Labels 60x40 printed 'Closed Cup', roll 2000", 2000, 0.009),
        ("Cardboard tray 8 x 250g, printed", 1, 0.38),
        ("Green plastic crate 3kg (returnable)", 1, 2.65),
        ("Pulp punnet 150g (oyster/shiitake)", 600, 0.058),
    ],
    "de": [
        ("PP-Schale 250 g klar, 1000 St./Karton", 1000, 0.034),
        ("rPET-Schale 400 g, 800 St./Karton", 800, 0.049),
        ("Schlauchbeutelfolie 400 mm x 2000 m", 1, 104.0),
        ("Deckelfolie perforiert 290 mm", 1, 126.0),
        ("Etiketten 60x40 bedruckt, Rolle 2000", 2000, 0.010),
        ("Kartonsteige 8 x 250 g, bedruckt", 1, 0.41),
        ("Mehrwegsteige grün 3 kg", 1, 2.85),
        ("Faserschale 150 g (Edelpilze)", 600, 0.062),
    ],
    "fr": [
        ("Barquette PP 250 g cristal, carton 1000", 1000, 0.033),
        ("Barquette rPET 400 g, carton 800", 800, 0.048),
        ("Film flow-pack 400 mm x 2000 m", 1, 101.0),
        ("Film d'operculage micro-perforé 290 mm", 1, 122.0),
        ("Étiquettes 60x40 imprimées, rouleau 2000", 2000, 0.010),
        ("Plateau carton 8 x 250 g imprimé", 1, 0.40),
        ("Caisse plastique verte 3 kg (consignée)", 1, 2.80),
        ("Barquette cellulose 150 g (pleurotes)", 600, 0.061),
    ],
}


def tpl_packaging_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A packaging supplier's invoice for punnets, films, labels and trays: order and
    delivery references, lines by article with pack quantities, pallet charge; now and then
    the photocopy of the signed delivery note stapled behind it."""
    h = head_of(who, "packaging", abroad=0.15)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "size").random() < 0.3 else A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("packaging_invoice",), (1, 9))
    number = serial(rng, keyed(who, "no").choice(["99999", "SI-999999", "RE99999", "F999999"]))
    dn = serial(rng, "LS999999" if lg == "de" else "BL999999" if lg == "fr" else "DN999999")
    f = sheets(s, h, f"{h.name} - {number}")
    invoice_top(
        f,
        s,
        h,
        tr(lg, "Invoice", "Rechnung", "Facture"),
        number,
        d,
        [
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice([farm_people("pack").split()[0], serial(rng, "PO-9999")]),
            ),
            (tr(lg, "Delivery note", "Lieferschein", "BL"), dn),
        ],
    )
    items = rng.sample(range(len(PACKAGING[lg])), rng.randint(1, 5))
    rows = []
    net = 0.0
    lines = []
    for k in items:
        name, per, price = PACKAGING[lg][k]
        if per > 1:
            cases = rng.choice([4, 6, 10, 20, 40])
            n = cases * per
            label = f"{cases} x {per}"
        else:
            n = rng.choice([6, 10, 24, 500, 1000, 2000]) if price < 5 else rng.choice([2, 4, 6, 10])
            label = str(n)
        v = round(n * price, 2)
        net += v
        art = serial(rng, "999-9999")
        rows.append(
            [
                art,
                name,
                label,
                money(price, lg)
                if price >= 0.1
                else f"{price:.3f}".replace(".", "," if lg != "en" else "."),
                money(v, lg),
            ]
        )
        lines.append((art, name, label))
    pal = rng.choice([0, 1, 2, 3])
    if pal:
        rows.append(
            [
                "",
                tr(lg, "Pallet charge (returnable)", "Palettenpfand", "Consigne palette"),
                str(pal),
                money(12.0, lg),
                money(pal * 12.0, lg),
            ]
        )
        net += pal * 12.0
    table(
        f,
        columns(
            m, w - m, [(1.1, "left"), (4.2, "left"), (1.2, "right"), (1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9 if keyed(who, "shade").random() < 0.5 else None,
    )
    rate = vat_rate(lg) if lg == home() else 0.0
    note = pay_terms(h, d, 30 if lg != "de" else 14)
    if lg == "en":
        note += (
            " Plastic Packaging Tax: the plastic packaging components contain at least 30%"
            " recycled plastic."
        )
    totals(f, s, lg, round(net, 2), rate, note)
    pages = f.pages
    if rng.random() < 0.35:
        q = Page(A4)
        copier_edge(q, rng)
        bx, by, bw, bh = 60.0, 70.0, A5[0] * 1.05, A5[1] * 0.95
        q.rect(bx, by, bw, bh)
        yy = by + 22
        q.text(bx + 12, yy, h.name, h.bold, 11)
        q.text(
            bx + bw - 12,
            yy,
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            h.bold,
            10,
            "right",
        )
        yy += 14
        q.text(bx + 12, yy, f"{dn}   {short(d - timedelta(days=rng.randint(0, 3)), lg)}", h.font, 8)
        yy += 12
        q.text(bx + 12, yy, fit(" / ".join(farm_lines()), h.font, 8, bw - 24), h.font, 8)
        yy += 20
        for art, name, label in lines:
            q.text(bx + 12, yy, art, "Courier", 8)
            q.text(bx + 70, yy, fit(name, h.font, 8, bw - 150), h.font, 8)
            q.text(bx + bw - 12, yy, label, "Courier", 8, "right")
            q.line(bx + 10, yy + 4, bx + bw - 10, yy + 4)
            yy += 14
        yy = by + bh - 50
        q.text(
            bx + 12,
            yy,
            tr(
                lg,
                "Received complete and undamaged",
                "Ware vollständig und unbeschädigt erhalten",
                "Reçu complet et en bon état",
            ),
            h.font,
            7.5,
        )
        scrawl(q, bx + 14, yy + 26, farm_people("pack"), 12)
        q.line(bx + 12, yy + 28, bx + 170, yy + 28)
        hand(q, bx + 190, yy + 24, short(d, lg), 10)
        pages.append(q)
    received(rng, pages[0], d)
    ok_mark(rng, pages[0])
    remember(d)
    return close(pages, s, h, covers=0)


SECTIONS = {
    "en": [
        ("Buildings (growing rooms, packhouse, offices)", 4_850_000, 2500),
        ("Plant & machinery incl. climate control", 1_620_000, 1000),
        ("Growing crop and compost in rooms", 480_000, 5000),
        ("Stock in cold store - deterioration", 95_000, 2500),
        ("Business interruption (gross profit, 18 months)", 2_200_000, 0),
        ("Employers' liability", 10_000_000, 0),
        ("Public and products liability", 5_000_000, 1000),
        ("Goods in transit", 50_000, 500),
    ],
    "de": [
        ("Gebäude (Kulturräume, Packhalle, Büro)", 4_850_000, 2500),
        ("Technische Anlagen inkl. Klimatechnik", 1_620_000, 1000),
        ("Kultur und Substrat in den Zellen", 480_000, 5000),
        ("Kühlgut - Verderb durch Ausfall der Kühlung", 95_000, 2500),
        ("Betriebsunterbrechung (12 Monate)", 2_200_000, 0),
        ("Betriebshaftpflicht", 10_000_000, 1000),
        ("Produkthaftpflicht / Rückruf", 5_000_000, 2500),
        ("Transportversicherung", 50_000, 500),
    ],
    "fr": [
        ("Bâtiments (cellules, atelier, bureaux)", 4_850_000, 2500),
        ("Matériel et installations de climatisation", 1_620_000, 1000),
        ("Cultures en place et compost", 480_000, 5000),
        ("Marchandises en chambre froide - perte de froid", 95_000, 2500),
        ("Perte d'exploitation (12 mois)", 2_200_000, 0),
        ("Responsabilité civile exploitation", 10_000_000, 1000),
        ("Responsabilité civile produits / retrait", 5_000_000, 2500),
        ("Marchandises transportées", 50_000, 500),
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurance broker's renewal pack as it arrives: the covering letter, the policy
    schedule (insured, period, premises, sections with sums insured and excesses, premium),
    the endorsements page, and often the important notice page in small print."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    start = (month().replace(day=1) + timedelta(days=32)).replace(day=1)
    pol = serial(
        keyed(who, "pol"),
        {"en": "AGR/999999/AA", "de": "AV-99.999.999", "fr": "MACO 9999999 A"}[lg],
    )
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        farm_lines(farm_people("owner")),
        d,
        [(tr(lg, "Policy no.", "Vers.-Schein-Nr.", "Contrat n°"), pol)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Renewal of your Agricultural Combined policy",
            "Verlängerung Ihrer Betriebsversicherung",
            "Renouvellement de votre contrat multirisque agricole",
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
            f"Your policy is due for renewal on {when(h, start)}. We enclose the renewal "
            "schedule and endorsements. Please check the sums insured carefully, in "
            "particular for the growing crop and stock in cold store.",
            f"Ihr Vertrag verlängert sich zum {when(h, start)}. Anbei erhalten Sie den "
            "Nachtrag mit den neuen Versicherungssummen. Bitte prüfen Sie insbesondere die "
            "Summen für Kulturen und Kühlgut.",
            f"Votre contrat sera renouvelé le {when(h, start)}. Vous trouverez ci-joint les "
            "conditions particulières. Nous vous invitons à vérifier les capitaux assurés, "
            "notamment pour les cultures en place.",
        ),
    )
    write(f, s, prose(rng, lg, "cover", 2, 4))
    regards(
        f,
        s,
        lg,
        person(f"broker/{h.name}", lg),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    pages = f.pages
    covers = len(pages)
    title = tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES")
    fs = sheets(s, h, f"{title} - {pol}")
    caption(fs, s, title, 4)
    fs.y = fields(
        fs.page,
        s,
        m,
        fs.y,
        w - 2 * m,
        [
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), farm_row()[0]),
            (tr(lg, "Policy number", "Vertragsnummer", "N° de contrat"), pol),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - "
                f"{short(start.replace(year=start.year + 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Mushroom growing and packing",
                    "Pilzanbau und -verpackung",
                    "Culture et conditionnement de champignons",
                ),
            ),
            (
                tr(lg, "Premises", "Versicherungsort", "Lieu du risque"),
                f"{farm_row()[1]}, {farm_row()[2]}",
            ),
            (
                tr(lg, "Insurer", "Versicherer", "Assureur"),
                h.name
                if h.role != "insurer" or lg != "en"
                else "Hereward Agricultural Insurance plc",
            ),
        ],
        per=2,
        hand=False,
    )
    rows = []
    premium = 0.0
    rates = [0.0015, 0.002, 0.004, 0.006, 0.001, 0.0003, 0.0005, 0.01]
    for (name, si, exc), base in zip(SECTIONS[lg], rates, strict=True):
        if rng.random() < 0.15:
            continue
        f_ = rng.uniform(0.85, 1.15)
        sum_ = round(si * f_, -3) if si < 5_000_000 else si
        prem = round(sum_ * base * rng.uniform(0.8, 1.2), 2)
        premium += prem
        rows.append(
            [
                name,
                whole(sum_, lg),
                whole(exc, lg) if exc else "-",
                money(prem, lg),
            ]
        )
    table(
        fs,
        columns(m, w - m, [(3.8, "left"), (1.7, "right"), (0.9, "right"), (1.1, "right")]),
        [
            tr(lg, "Section", "Sparte / Position", "Garantie"),
            tr(lg, "Sum insured", "Vers.-Summe", "Capital / plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Cotisation"),
        ],
        rows,
        s,
        size=8.5,
        rules=True,
    )
    tax_rate = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    tax = round(premium * tax_rate / 100, 2)
    for lab, v in [
        (tr(lg, "Net premium", "Nettobeitrag", "Cotisation HT"), premium),
        (
            tr(
                lg,
                f"Insurance Premium Tax {tax_rate:g}%",
                f"Versicherungsteuer {tax_rate:g} %",
                f"Taxe sur les assurances {tax_rate:g} %",
            ),
            tax,
        ),
        (
            tr(lg, "Total annual premium", "Jahresbeitrag gesamt", "Cotisation annuelle TTC"),
            premium + tax,
        ),
    ]:
        fs.need(14)
        fs.page.text(w * 0.5, fs.y, lab, s.font, 9)
        fs.page.text(w - m, fs.y, cash(v, lg), s.bold, 9, "right")
        fs.y += 13
    fs.y += 8
    write(
        fs,
        s,
        tr(
            lg,
            "Payable by 10 monthly instalments by Direct Debit.",
            "Zahlweise: jährlich per Lastschrift.",
            "Paiement : prélèvement trimestriel.",
        ),
        8.5,
    )
    pages.extend(fs.pages)
    fe = sheets(
        s,
        h,
        f"{tr(lg, 'Endorsements', 'Besondere Vereinbarungen', 'Clauses particulières')} - {pol}",
        top=False,
    )
    fe.y = running_header(
        fe.page,
        s,
        f"{tr(lg, 'Endorsements', 'Besondere Vereinbarungen', 'Clauses particulières')} - {pol}",
    )
    caption(
        fe,
        s,
        tr(lg, "Endorsements", "Besondere Vereinbarungen und Klauseln", "Clauses particulières"),
        2,
        rule=True,
    )
    for _k, t in enumerate(
        rng.sample(
            [
                tr(
                    lg,
                    "Refrigeration breakdown - temperature alarm warranty",
                    "Ausfall der Kühlung - Alarmierungsklausel",
                    "Bris de machine frigorifique - clause d'alarme",
                ),
                tr(
                    lg,
                    "Crop contamination (disease) - exclusion",
                    "Kulturschäden durch Krankheitsbefall - Ausschluss",
                    "Contamination des cultures - exclusion",
                ),
                tr(lg, "Composite panel buildings", "Sandwichpaneele", "Panneaux sandwich"),
                tr(
                    lg,
                    "Standby generator maintenance",
                    "Notstromaggregat Wartung",
                    "Groupe électrogène - entretien",
                ),
                tr(
                    lg,
                    "Agency labour - employers' liability extension",
                    "Leiharbeitnehmer - Mitversicherung",
                    "Personnel intérimaire - extension",
                ),
                tr(
                    lg,
                    "Product recall extension",
                    "Rückrufkostenversicherung",
                    "Extension frais de retrait",
                ),
            ],
            rng.randint(3, 5),
        )
    ):
        fe.heading(m, f"{serial(rng, 'A99')}  {t}", s.bold, s.size)
        write(fe, s, prose(rng, lg, "cover", 2, 4), s.size - 0.5)
    pages.extend(fe.pages)
    if rng.random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Important notice - please read",
                    "Wichtige Hinweise",
                    "Informations importantes",
                ),
                [
                    tr(
                        lg,
                        "Duty of fair presentation",
                        "Vorvertragliche Anzeigepflicht",
                        "Déclaration du risque",
                    ),
                    tr(lg, "Claims notification", "Schadenmeldung", "Déclaration de sinistre"),
                    tr(lg, "Complaints", "Beschwerden", "Réclamations"),
                    tr(lg, "Data protection", "Datenschutz", "Données personnelles"),
                    tr(lg, "Financial Services Compensation Scheme", "Ombudsmann", "Médiation"),
                    tr(lg, "Cancellation", "Kündigung", "Résiliation"),
                ],
                "cover",
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h, covers=covers)


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same matter."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "compost_ticket": tpl_compost_ticket,
    "compost_invoice": tpl_compost_invoice,
    "spawn_invoice": tpl_spawn_invoice,
    "customer_po": tpl_customer_po,
    "delivery_note": tpl_delivery_note,
    "quality_claim": tpl_quality_claim,
    "remittance": tpl_remittance,
    "account_sales": tpl_account_sales,
    "audit_report": tpl_audit_report,
    "audit_certificate": tpl_audit_certificate,
    "lab_certificate": tpl_lab_certificate,
    "climate_service": tpl_climate_service,
    "refrigeration_service": tpl_refrigeration_service,
    "service_invoice": tpl_service_invoice,
    "picking_timesheet": tpl_picking_timesheet,
    "agency_invoice": tpl_agency_invoice,
    "energy_invoice": tpl_energy_invoice,
    "permit_letter": tpl_permit_letter,
    "packaging_invoice": tpl_packaging_invoice,
    "insurance_schedule": tpl_insurance_schedule,
}
TEMPLATES_RRRRR: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "compost_ticket",
    "customer_po",
    "delivery_note",
    "remittance",
    "account_sales",
    "lab_certificate",
    "picking_timesheet",
    "packaging_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "compost_ticket": "compost_invoice",
    "customer_po": "delivery_note",
    "delivery_note": "quality_claim",
    "quality_claim": "remittance",
    "audit_report": "audit_certificate",
    "refrigeration_service": "service_invoice",
    "picking_timesheet": "agency_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_muddler_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One farm's pile of a month: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.6) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The farm (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FARM["lang"] = lang
    FARM["row"] = r.randrange(len(FARMS[lang]))
    FARM["seed"] = r.getrandbits(24)
    FARM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_RRRRR, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_muddler_stream, "templates RRRRR")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

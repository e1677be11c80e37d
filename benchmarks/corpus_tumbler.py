"""Tumbler part of the generated corpus: templates GGGG, written blind for the next measurement.

A part of its own, ``tumbler``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
speciality coffee roastery with an online shop and wholesale customers (the owner, a head
roaster, two packers and a part-time bookkeeper; in England, Germany or France) feeds through
its scanner in a month: green coffee brokers' contract confirmations (Kontraktbestätigung,
confirmation de contrat) with the lot, quality, price and shipment under the ECF / GCA terms,
now and then behind a covering letter and with a quality specification page and the general
conditions of sale; the brokers' invoices for an arrived lot with the shipping documents sent
along (copies of the bill of lading, the ICO certificate of origin, the phytosanitary
certificate and the landed weight note); bonded warehouses' release notes for the bags
collected (landscape A5, driver's signature, stamp); the month's import VAT papers (HMRC's C79
certificate, the Hauptzollamt's Einfuhrabgabenbescheid with its Rechtsbehelfsbelehrung, the
customs agent's relevé des droits et taxes); the roaster maker's service report with the
checklist ticks, measurements, parts and signatures, sometimes with a page of recommendations
and a wear parts quotation; the gas engineer's safety record for the roaster and the unit
(a landscape non-domestic gas safety record, a Prüfbericht Gasinstallation, a rapport de
vérification), now and then with the pipework tightness test sheet; the roastery's own
wholesale supply agreements with cafés, hotels and bakeries (cover page, numbered clauses,
price schedule, signatures) and its espresso machine loan agreements (equipment schedule,
conditions, the installation and handover record); its wholesale invoices (coffee at the food
VAT rate: zero-rated, 7 %, 5,5 %) and its A5 delivery notes signed by the café; the espresso
machine technicians' A5 job sheets from café visits; packaging suppliers' invoices for printed
valve bags, labels and boxes with the artwork proof on a landscape page and the approval box
signed; the courier's monthly account statement with the consignments over several pages;
the certification body's organic / Fairtrade audit report with the checklist, the
non-conformities and a mass balance page; the payment provider's payout reports for the
online shop, printed from the browser with its print header and footer; a trade show's stand
booking confirmation with the hall plan on a landscape page and the exhibitor terms; the
barista academy's course booking confirmations with the joining instructions and its landscape
certificates of completion; the insurance broker's renewal of the commercial combined policy
(covering letter, policy schedule, endorsements, statement of fact); the landlord's quarterly
rent and service charge demand for the unit with the service charge budget or reconciliation
behind. Each stream is one roastery's pile: the roastery (country, name, month) is drawn once
per stream; its senders are of the roastery's country and write in its language, except that
green coffee brokers, the roaster maker, packaging suppliers, the certification body, the
trade show and the academy are now and then from abroad and write in their own. Page sizes
range from A5 job sheets and delivery notes and landscape A5 release notes to A4, Letter and
landscape A4.

Labelling rule: what one sender issues in one go is one document, as the roastery files it:
the covering letter, quality specification and conditions pages of a contract confirmation;
the copies of the bill of lading, certificate of origin, phytosanitary certificate and weight
note behind a broker's invoice (they show other issuers' papers, yet the broker sent them
together); the recommendations and quotation page of a service report; the tightness test
sheet of a gas safety record; every page of a supply agreement; the handover record of a loan
agreement; the artwork proof behind a packaging invoice; every sheet of a courier statement
or a payout report; the mass balance page of an audit report; the hall plan and terms of a
stand booking; the joining instructions of a course booking; the covering letter,
endorsements and statement of fact of an insurance renewal; the service charge budget behind
a rent demand. Related papers are documents of their own: the broker's invoice with the
shipping documents after the contract, the warehouse release after the invoice, the gas
safety record after the roaster service, the machine loan after the supply agreement, the
technician's job sheet after the loan, the invoice after the delivery note and the
certificate after the course booking; and so is each invoice, delivery note, job sheet,
payout report, release note, certificate, import VAT statement and courier statement of a
run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: wholesale invoices, delivery notes,
technicians' job sheets, payout reports, warehouse release notes, training certificates,
import VAT statements and courier statements often come 2-4 in a row from one sender with
other customers, dates, numbers and amounts; and companions: each related paper above often
follows the document it answers, about the same lot, café, machine or course. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "tumbler"`` and seeds offset by 8_400_000.

Usage: ``python benchmarks/corpus_tumbler.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tumbler/tumbler_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    pairs,
    paper,
    part_generate,
    part_main,
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

PART = "tumbler"
SEED_OFFSET = 8_400_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the roastery and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
ROASTERIES: dict[str, list[Row]] = {
    "en": [
        (
            "Ridgeback Coffee Roasters Ltd",
            "Unit 7, Tannery Yard",
            "Sheffield S3 8GG",
            "0114 272 6140",
        ),
        ("Halfmoon Roastery Ltd", "Arch 14, Gasworks Road", "Bristol BS2 0QA", "0117 955 3021"),
        ("Copper Kettle Coffee Co. Ltd", "4 Dyers Lane", "Norwich NR3 1RS", "01603 610 448"),
    ],
    "de": [
        ("Röstwerk Elbbohne GmbH", "Stresemannstraße 212", "22769 Hamburg", "040 85 17 33 0"),
        ("Kaffeerösterei Hanke & Söhne", "Gewerbering 9", "79108 Freiburg", "0761 51 44 90"),
        ("Bohnenkammer Rösterei UG", "Leipziger Straße 61", "04177 Leipzig", "0341 49 27 16"),
    ],
    "fr": [
        ("Brûlerie des Canuts SARL", "18 rue d'Austerlitz", "69004 Lyon", "04 78 28 61 05"),
        (
            "Torréfaction Grain d'Orage",
            "ZA du Moulin, 3 rue Lavoisier",
            "44100 Nantes",
            "02 40 69 13 77",
        ),
        ("Maison Caféine & Cie SAS", "27 rue de Béthune", "59000 Lille", "03 20 12 84 50"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "broker": {
        "en": [
            (
                "Harbourline Green Coffee Ltd",
                "Unit 2, Dock Road",
                "Tilbury RM18 7EH",
                "01375 845 200",
            ),
            ("Oakham Coffee Trading LLP", "12 Mincing Lane", "London EC3R 7AA", "020 7626 1190"),
        ],
        "de": [
            (
                "Hanseatisches Rohkaffee-Kontor GmbH",
                "Am Sandtorkai 5",
                "20457 Hamburg",
                "040 36 90 44 0",
            ),
            ("Bremer Kaffeehandel Wiechers KG", "Überseetor 14", "28217 Bremen", "0421 38 77 10"),
        ],
        "fr": [
            ("Négoce Cafés Océane SAS", "Quai de Saône", "76600 Le Havre", "02 35 19 44 70"),
            ("Lebrun Importateurs de Cafés Verts", "4 rue Gambetta", "13001 Marseille", ""),
        ],
    },
    "customs": {
        "en": [
            ("HM Revenue & Customs", "C79 Certificates, BX9 1EH", "Newcastle upon Tyne", ""),
        ],
        "de": [
            ("Hauptzollamt Hamburg", "Rödingsmarkt 2", "20459 Hamburg", ""),
            ("Hauptzollamt Lörrach", "Brombacher Straße 17", "79539 Lörrach", ""),
            ("Hauptzollamt Dresden", "Rabenerstraße 1", "01069 Dresden", ""),
        ],
        "fr": [
            (
                "Transit Seine-Maritime SAS - commissionnaire en douane",
                "Bd de Graville 140",
                "76600 Le Havre",
                "02 35 53 20 10",
            ),
            ("Douane Logistique Rhône SARL", "12 rue de la Gare", "69007 Lyon", ""),
        ],
    },
    "roaster_maker": {
        "en": [
            (
                "Northfield Roasting Systems Ltd",
                "Carrs Industrial Estate",
                "Haslingden BB4 5HU",
                "01706 228 400",
            )
        ],
        "de": [
            (
                "Kessler Röstmaschinenbau GmbH",
                "Industriestraße 14",
                "46446 Emmerich",
                "02822 91 55 0",
            ),
            ("Trommelwerk Röstanlagen GmbH", "Zur Mühle 3", "48683 Ahaus", ""),
        ],
        "fr": [
            (
                "Lemoine Torréfacteurs Industriels SAS",
                "ZI de la Plaine",
                "38070 Saint-Quentin-Fallavier",
                "04 74 94 20 00",
            )
        ],
    },
    "gas": {
        "en": [
            (
                "Pennine Commercial Gas Services Ltd",
                "18 Meadowhall Road",
                "Sheffield S9 1BT",
                "0114 261 0077",
            ),
            ("A. Rahman Heating & Gas", "3 Fishponds Road", "Bristol BS5 6SA", "07811 402 310"),
        ],
        "de": [
            (
                "Brandl Heizung Sanitär Gas GmbH",
                "Holstenstraße 88",
                "22767 Hamburg",
                "040 43 19 02",
            ),
            ("Meisterbetrieb Jörg Petzold", "Dorfstraße 4", "04229 Leipzig", ""),
        ],
        "fr": [
            ("Gaz Services Rhône SARL", "54 avenue Berthelot", "69007 Lyon", "04 78 72 30 15"),
            ("Contrôle Gaz Ouest SAS", "2 rue de l'Étier", "44000 Nantes", ""),
        ],
    },
    "cafe": {
        "en": [
            ("The Daily Grind Café", "22 Division Street", "Sheffield S1 4GF", "0114 270 3311"),
            ("Bramble & Bean", "7 Gloucester Road", "Bristol BS7 8AA", ""),
            ("Nook Coffee House", "41 Magdalen Street", "Norwich NR3 1LQ", ""),
            ("Sal's Kitchen & Bar", "108 Ecclesall Road", "Sheffield S11 8JB", ""),
            ("Hotel Ashcombe", "Ashcombe Park", "Bath BA2 7HN", "01225 830 220"),
        ],
        "de": [
            ("Café Kranich", "Schanzenstraße 41", "20357 Hamburg", ""),
            ("Espressobar Mokkaflor", "Bertoldstraße 12", "79098 Freiburg", ""),
            ("Bistro am Hafen", "Große Elbstraße 70", "22767 Hamburg", ""),
            ("Hotel Lindenhof", "Lindenstraße 2", "04109 Leipzig", "0341 22 46 80"),
            ("Bäckerei Fuchs", "Karl-Heine-Straße 33", "04229 Leipzig", ""),
        ],
        "fr": [
            ("Café du Marché", "3 place des Terreaux", "69001 Lyon", ""),
            ("Le Comptoir Saint-Paul", "11 rue Juiverie", "69005 Lyon", ""),
            ("Brasserie des Halles", "5 rue de la Fosse", "44000 Nantes", ""),
            ("Hôtel du Parc", "2 avenue Foch", "59000 Lille", "03 20 57 11 00"),
            ("Boulangerie Maison Riou", "19 rue Nationale", "59800 Lille", ""),
        ],
    },
    "tech": {
        "en": [
            (
                "Crema Tech Services Ltd",
                "Unit 4, Brunswick Works",
                "Sheffield S2 4QB",
                "0114 299 1040",
            ),
            ("Leverline Espresso Engineers", "9 Feeder Road", "Bristol BS2 0SB", "07700 915 228"),
        ],
        "de": [
            ("Siebträger-Service Nord", "Hoheluftchaussee 19", "20253 Hamburg", "040 46 88 21 7"),
            ("Espressotechnik Bauer", "Haslacher Straße 101", "79115 Freiburg", ""),
        ],
        "fr": [
            ("Expresso Maintenance Services", "7 rue Paul Bert", "69003 Lyon", "04 72 33 61 90"),
            ("Atelier du Percolateur", "14 boulevard de la Liberté", "59000 Lille", ""),
        ],
    },
    "packaging": {
        "en": [
            ("Kraftline Packaging Ltd", "Riverside Way", "Leicester LE19 1WR", "0116 289 4400"),
            ("Valvebag Solutions Ltd", "Unit 12, Stadium Park", "Wrexham LL13 9UG", ""),
        ],
        "de": [
            ("Verpackungen Hollmann GmbH", "Siemensstraße 22", "33397 Rietberg", "05244 97 30 0"),
            ("Seidl Druck & Verpackung", "Gewerbepark 6", "94469 Deggendorf", ""),
        ],
        "fr": [
            ("Emballages Dufresne SA", "ZI Nord, rue des Forges", "85000 La Roche-sur-Yon", ""),
            (
                "Sachets Souples de l'Ouest SAS",
                "8 rue de l'Industrie",
                "49300 Cholet",
                "02 41 71 55 00",
            ),
        ],
    },
    "courier": {
        "en": [
            ("Swiftparcel UK Ltd", "Hub 3, Magna Park", "Lutterworth LE17 4XY", "0344 800 2211")
        ],
        "de": [("PaketExpress Nord GmbH", "Am Güterbahnhof 10", "21079 Hamburg", "040 79 01 20 0")],
        "fr": [("ColisRapide SAS", "Plateforme de Chilly-Mazarin", "91380 Chilly-Mazarin", "")],
    },
    "certifier": {
        "en": [
            ("Fair Trade Assurance Services Ltd", "Dean Bradley House", "London SW1P 3QE", ""),
            ("Organic Food Certification UK", "Unit 5, Old Estate Yard", "Shrewsbury SY4 4JL", ""),
        ],
        "de": [
            ("Öko-Kontrollstelle Nordwest GmbH (DE-ÖKO-0xx)", "Am Anger 9", "37073 Göttingen", ""),
            ("FairCert Prüfgesellschaft mbH", "Bonner Talweg 170", "53129 Bonn", ""),
        ],
        "fr": [
            (
                "Bureau de Contrôle Agrobio SAS",
                "Lieu-dit La Haute Vergne",
                "32600 L'Isle-Jourdain",
                "",
            ),
            ("Équitable Certification France", "14 rue Léon Blum", "75011 Paris", ""),
        ],
    },
    "payments": {
        "en": [("Tillwise Payments Europe Ltd", "1 Canada Square", "London E14 5AB", "")],
        "de": [("Tillwise Payments Europe Ltd", "Niederlassung Deutschland", "10117 Berlin", "")],
        "fr": [("Tillwise Payments Europe Ltd", "Succursale France", "75002 Paris", "")],
    },
    "fair": {
        "en": [
            ("Speciality Coffee Show London Ltd", "The Old Truman Brewery", "London E1 6QR", "")
        ],
        "de": [("Kaffeemesse Rheinland GmbH", "Messeplatz 1", "50679 Köln", "0221 82 10")],
        "fr": [("Salon du Café de Paris SAS", "Porte de Versailles, Hall 4", "75015 Paris", "")],
    },
    "academy": {
        "en": [
            ("Northern Barista Academy", "Kelham Island, 3 Alma Street", "Sheffield S3 8SA", "")
        ],
        "de": [("Barista-Akademie Rheinland", "Hansaring 20", "50670 Köln", "0221 16 90 31 0")],
        "fr": [("École du Barista Lyonnaise", "22 quai Perrache", "69002 Lyon", "")],
    },
    "insurer": {
        "en": [
            (
                "Hartley Bond Insurance Brokers Ltd",
                "Cathedral Court, 2 St James' Row",
                "Sheffield S1 2EU",
                "0114 283 9000",
            ),
            (
                "Severnside Commercial Insurance Brokers",
                "Queen Square House",
                "Bristol BS1 4NT",
                "",
            ),
        ],
        "de": [
            ("Versicherungsmakler Grotjahn GmbH", "Ballindamm 27", "20095 Hamburg", "040 32 57 10"),
            ("Assekuranzkontor Südbaden", "Kaiser-Joseph-Straße 240", "79098 Freiburg", ""),
        ],
        "fr": [
            ("Cabinet Delorme Assurances", "9 cours Lafayette", "69006 Lyon", "04 78 52 40 40"),
            ("Courtage Atlantique Conseil", "3 place Graslin", "44000 Nantes", ""),
        ],
    },
    "landlord": {
        "en": [
            (
                "Bellway Lowe Property Management",
                "Fountain Precinct, Balm Green",
                "Sheffield S1 2JA",
                "",
            ),
            (
                "St Philips Marsh Estates Ltd",
                "c/o Avon Lettings, 30 Queen Sq",
                "Bristol BS1 4ND",
                "",
            ),
        ],
        "de": [
            ("Gewerbehof Altona Verwaltungs GmbH", "Max-Brauer-Allee 30", "22765 Hamburg", ""),
            ("Immobilien Schober KG", "Bismarckallee 4", "79098 Freiburg", ""),
        ],
        "fr": [
            ("Foncière Parc d'Activités du Moulin", "6 rue de Bréa", "44000 Nantes", ""),
            ("Régie Bellecour Immobilier", "31 place Bellecour", "69002 Lyon", "04 78 37 11 20"),
        ],
    },
    "warehouse": {
        "en": [
            ("Tilbury Bonded Warehousing Ltd", "Berth 44, Tilbury Docks", "Tilbury RM18 7EH", ""),
            ("Felixstowe Commodity Stores", "Walton Avenue", "Felixstowe IP11 3HH", ""),
        ],
        "de": [
            ("Kaffeelager Speicherstadt GmbH & Co. KG", "Brook 7", "20457 Hamburg", ""),
            ("Bremer Lagerhaus Schuppen 3", "Konsul-Smidt-Straße 8", "28217 Bremen", ""),
        ],
        "fr": [
            ("Entrepôts Portuaires du Havre", "Quai de l'Europe", "76600 Le Havre", ""),
            ("Magasins Généraux de Marseille", "Môle Léon Gourret", "13002 Marseille", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Emma",
        "Daniel",
        "Hannah",
        "Richard",
        "Priya",
        "Tom",
        "Fiona",
        "Ollie",
    ],
    "de": [
        "Andrea",
        "Thomas",
        "Julia",
        "Stefan",
        "Katrin",
        "Michael",
        "Sabine",
        "Jan",
        "Eva",
        "Tobias",
    ],
    "fr": [
        "Nathalie",
        "Julien",
        "Camille",
        "Olivier",
        "Sandrine",
        "Nicolas",
        "Léa",
        "Hugo",
        "Manon",
    ],
}
LASTS = {
    "en": [
        "Whitaker",
        "Holroyd",
        "Bennett",
        "Ahmed",
        "Gallagher",
        "Thornton",
        "Moss",
        "Reid",
        "Hale",
    ],
    "de": [
        "Bauer",
        "Schneider",
        "Hartmann",
        "Wolff",
        "Kaya",
        "Neumann",
        "Vogel",
        "Ziegler",
        "Brandt",
    ],
    "fr": [
        "Lefèvre",
        "Morel",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Benali",
        "Roux",
        "Perrin",
        "Marchand",
    ],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa", "Manon"}

TALK = {
    "en": {
        "coffee": "green coffee lot origin crop washed natural bags roast profile cupping sample "
        "moisture defects screen size shipment arrival warehouse quality blend espresso",
        "legal": "party agreement supplier customer obligations term termination liability "
        "notice law breach remedy price delivery payment confidentiality equipment",
        "tech": "burner drum bearing thermocouple exhaust fan chaff cyclone afterburner flue "
        "gas pressure seal motor belt control panel calibration inspection",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement fees",
    },
    "de": {
        "coffee": "Rohkaffee Partie Herkunft Ernte gewaschen natural Säcke Röstprofil Cupping "
        "Muster Feuchte Defekte Siebgröße Verschiffung Ankunft Lager Qualität Espresso",
        "legal": "Vertragsparteien Lieferant Kunde Pflichten Laufzeit Kündigung Haftung Frist "
        "Recht Verletzung Preis Lieferung Zahlung Vertraulichkeit Geräte Eigentum",
        "tech": "Brenner Trommel Lager Thermofühler Abluft Ventilator Silberhaut Zyklon "
        "Nachverbrenner Abgasweg Gasdruck Dichtung Motor Riemen Steuerung Kalibrierung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "coffee": "café vert lot origine récolte lavé nature sacs profil de torréfaction "
        "dégustation échantillon humidité défauts crible embarquement arrivée entrepôt",
        "legal": "parties contrat fournisseur client obligations durée résiliation "
        "responsabilité préavis droit manquement prix livraison paiement matériel",
        "tech": "brûleur tambour roulement sonde extraction ventilateur pellicules cyclone "
        "postcombustion conduit pression gaz joint moteur courroie automate étalonnage",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "coffee", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "coffee", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# Coffee: origins, lots and the roastery's range
# ---------------------------------------------------------------------------------------------

# country (en, de, fr), quality, bag kg, ICO country code, port of loading
ORIGINS = [
    (
        ("Brazil", "Brasilien", "Brésil"),
        "Cerrado Mineiro NY2 17/18 fine cup, natural",
        60,
        "002",
        "Santos",
    ),
    (("Colombia", "Kolumbien", "Colombie"), "Huila Excelso EP 15+, washed", 70, "003", "Cartagena"),
    (("Ethiopia", "Äthiopien", "Éthiopie"), "Yirgacheffe Grade 2, washed", 60, "010", "Djibouti"),
    (("Kenya", "Kenia", "Kenya"), "Nyeri AA FAQ, washed", 60, "017", "Mombasa"),
    (
        ("Guatemala", "Guatemala", "Guatemala"),
        "Huehuetenango SHB EP, washed",
        69,
        "011",
        "Santo Tomás de Castilla",
    ),
    (("Peru", "Peru", "Pérou"), "Cajamarca SHB MCM, organic FT", 69, "028", "Callao"),
    (("Honduras", "Honduras", "Honduras"), "Marcala SHG EP, washed", 69, "013", "Puerto Cortés"),
    (("Rwanda", "Ruanda", "Rwanda"), "Nyamasheke FW A1, washed", 60, "046", "Dar es Salaam"),
    (("Costa Rica", "Costa Rica", "Costa Rica"), "Tarrazú SHB, honey", 69, "005", "Puerto Limón"),
    (
        ("Indonesia", "Indonesien", "Indonésie"),
        "Sumatra Gayo Gr.1 TP, wet-hulled",
        60,
        "019",
        "Belawan",
    ),
]
VESSELS = [
    "MSC Aurelia",
    "Maersk Kinloss",
    "CMA CGM Tage",
    "Hapag Santos Express",
    "Cap San Lorenzo",
    "MSC Ilona",
    "ONE Harmony",
    "Cosco Piraeus",
]
PORTS = {"en": "Felixstowe", "de": "Hamburg", "fr": "Le Havre"}

BLENDS = [
    "House Espresso",
    "Decaf Espresso",
    "Filter of the Month",
    "Bright Side",
    "Dark Horse",
    "Breakfast Blend",
    "Swiss Water Decaf",
    "Guest Espresso",
]
BLEND_NAMES = [
    "Ridgeline",
    "Night Shift",
    "Old Town",
    "Copperplate",
    "Lantern",
    "Harbour",
    "Tramline",
    "Foundry",
]


def product_lines(lg: str) -> list[tuple[str, float]]:
    """The roastery's wholesale range with unit prices per kg bag or per pack."""
    r = keyed_home("range")
    names = r.sample(BLEND_NAMES, 4)
    base = {"en": 1.0, "de": 1.15, "fr": 1.12}[lg]
    kg = tr(lg, "1kg", "1 kg", "1 kg")
    out = [
        (f"{tr(lg, 'Espresso', 'Espresso', 'Espresso')} '{names[0]}' {kg}", round(19.5 * base, 2)),
        (f"{tr(lg, 'Espresso', 'Espresso', 'Espresso')} '{names[1]}' {kg}", round(21.0 * base, 2)),
        (
            tr(lg, "Decaf (Swiss Water)", "Entkoffeiniert (Swiss Water)", "Déca (Swiss Water)")
            + f" {kg}",
            round(24.0 * base, 2),
        ),
        (f"{tr(lg, 'Filter', 'Filterkaffee', 'Filtre')} '{names[2]}' {kg}", round(22.5 * base, 2)),
        (
            f"{tr(lg, 'Single origin', 'Single Origin', 'Pure origine')} "
            f"{ORIGINS[r.randrange(10)][0][HOME_IDX[lg]]} {kg}",
            round(26.0 * base, 2),
        ),
        (
            tr(
                lg,
                "Retail bags 250g (x6)",
                "Endkundenbeutel 250 g (6 St.)",
                "Sachets détail 250 g (x6)",
            )
            + f" '{names[3]}'",
            round(33.0 * base, 2),
        ),
        (
            tr(
                lg,
                "Cleaning tablets (100)",
                "Reinigungstabletten (100 St.)",
                "Pastilles de nettoyage (100)",
            ),
            round(14.9 * base, 2),
        ),
    ]
    return out


HOME_IDX = {"en": 0, "de": 1, "fr": 2}


def origin_name(o: int, lg: str) -> str:
    return ORIGINS[o][0][HOME_IDX[lg]]


# ---------------------------------------------------------------------------------------------
# The roastery of a stream: its country, month and what the previous document was about
# ---------------------------------------------------------------------------------------------

ROAST: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Lot:
    """A green coffee purchase, as the companions take it up."""

    contract: str
    origin: int
    bags: int
    price: float  # per kg
    ico: str
    vessel: str
    container: str
    broker: Row
    broker_lang: str


#: What the previous document was about (a companion takes up the same lot, café or day).
LAST: dict[str, object] = {"kind": "", "lot": None, "cafe": None, "day": None, "extra": None}


def home() -> str:
    return str(ROAST["lang"])


def month() -> date:
    m = ROAST["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's roastery and ``key``: a run or a repeat keeps
    its sender."""
    text = f"tumbler/{key}/{who.name}/{who.street}/{who.city}/{ROAST['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def keyed_home(key: str) -> random.Random:
    """Draws fixed by the stream's roastery only (its range, staff, account numbers)."""
    return random.Random(zlib.crc32(f"tumbler/home/{key}/{ROAST['seed']}".encode()))


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(
    d: date, lot: Lot | None = None, cafe: tuple[Row, str] | None = None, extra: object = None
) -> None:
    LAST.update(day=d, lot=lot, cafe=cafe, extra=extra)


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
    look: str  # band | centred | letter | boxed | plain | side | official | logo
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
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side", "logo"]
TAGLINES = {
    "broker": ("Green coffee importers", "Rohkaffee-Import", "Importateur de cafés verts"),
    "roastery": ("Speciality coffee roasters", "Kaffeerösterei", "Torréfacteur artisanal"),
    "roaster_maker": (
        "Roasting systems - service",
        "Röstmaschinen - Kundendienst",
        "Torréfacteurs - SAV",
    ),
    "gas": ("Commercial gas engineers", "Gas - Wasser - Heizung", "Installation et contrôle gaz"),
    "tech": (
        "Espresso machine sales & service",
        "Kaffeemaschinen-Service",
        "Dépannage machines expresso",
    ),
    "packaging": ("Flexible packaging", "Flexible Verpackungen", "Emballages souples"),
    "academy": ("Barista training", "Barista-Schulungen", "Formation barista"),
    "insurer": ("Commercial insurance", "Gewerbeversicherungen", "Assurances professionnelles"),
    "warehouse": ("Bonded warehousing", "Lagerei - Zolllager", "Magasins sous douane"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("customs",):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Hamburger Sparkasse",
                "Sparkasse Freiburg",
                "Commerzbank",
                "GLS Bank",
                "Sparkasse Leipzig",
            ]
        )
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.7 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if any(t in name for t in ("GmbH", "KG", "UG", "mbH")):
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Hamburg', 'Freiburg', 'Leipzig', 'Bremen', 'Köln'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = serial(r, "999 999 999 99999")
        out = [
            f"{name} - {r.choice(['SARL', 'SAS', 'SA'])} au capital de "
            f"{r.choice(['8 000', '15 000', '50 000', '120 000'])} € - "
            f"SIRET {siret} - APE "
            f"{r.choice(['1083Z', '4637Z', '5210B', '2222Z', '6622Z', '4322B'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "gas":
        out.append(f"Gas Safe Register No. {r.randint(100000, 999999)}")
    if role == "insurer":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}"
        )
    return [" - ".join(out)] if out else []


MAILBOXES = ["info", "office", "hello", "accounts", "service"]


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"tumbler/head/{name}/{lang}/{ROAST['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "customs":
        looks = ["official"]
        font, bold = ("Helvetica", "Helvetica-Bold")
    elif role in ("cafe", "gas"):
        looks = ["plain", "centred", "side", "boxed"]
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
        mail=f"{r.choice(MAILBOXES)}@{host or 'mail'}.{tld}" if r.random() < 0.75 else "",
    )


def roastery_row() -> Row:
    return ROASTERIES[home()][int(ROAST["row"])]  # type: ignore[call-overload]


def roastery_head() -> Head:
    return make_head(roastery_row(), home(), "roastery")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and roastery), of the
    roastery's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def cafe_of(rng: random.Random) -> tuple[Row, str]:
    """A wholesale customer of the roastery (its own country)."""
    lg = home()
    return rng.choice(SENDERS["cafe"][lg]), lg


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
    """A circle drawn as a polygon (seals, round stamps, logos)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(
    p: Page, cx: float, cy: float, r: float, top: str, mid: str, font: str = "Helvetica"
) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, font, 6.5, r * 1.45)
    p.text(cx, cy - r * 0.42, fit(top, font, pt, r * 1.45), font, pt, "center")
    pt2 = shrink(mid, font, 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, font, pt2, r * 1.3), font, pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def bean(p: Page, cx: float, cy: float, r: float) -> None:
    """A small coffee-bean mark: an oval with its crease."""
    ring(p, cx, cy, r, 28)
    p.line(cx - r * 0.2, cy - r * 0.9, cx + r * 0.2, cy - r * 0.1)
    p.line(cx + r * 0.2, cy - r * 0.1, cx - r * 0.2, cy + r * 0.9)


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
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINES.get(h.role)
    tagline = tag[HOME_IDX[h.lang]] if tag else ""
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
        p.text(m + 32, y, fit(h.name, h.bold, 11, w / 2 + 60 - m), h.bold, 11)
        p.text(m + 32, y + 12, fit(where, h.font, 7.5, w / 2 - m), h.font, 7.5)
        return y + 44
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
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line = f"{where}  {contact}" if tagline else contact
        if line:
            p.text(w / 2, y + 24, fit(line, h.font, 7, w - 2 * m), h.font, 7, "center")
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
    if h.look == "logo":
        bean(p, m + 14, y + 2, 13)
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.55 - m)
        p.text(m + 34, y + 2, h.name, h.bold, pt)
        if tagline:
            p.text(m + 34, y + 13, tagline, italic_of(h.font), 7.5)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.3), h.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 18) + 2, w - m, max(yy, y + 18) + 2)
        return max(yy, y + 18) + 22
    if h.look == "boxed":
        bw = min(w - 2 * m, 260.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        p.text(m, y + 15, tagline, italic_of(h.font), 7.5)
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
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [
        t for t in parts if t not in ("Dr", "Mr", "Mrs", "Herr", "Frau", "Madame", "Monsieur")
    ] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the roastery's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(60, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Accounts", "Office", "Roastery"],
                        "de": ["Buchhaltung", "Büro", "Rösterei"],
                        "fr": ["Compta", "Bureau", "Atelier"],
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
            ["Yours sincerely,", "Kind regards,", "Best regards,", "Yours faithfully,"][
                len(name) % 4
            ],
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


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"tumbler/staff/{tag}/{h.name}/{ROAST['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def crew(tag: str) -> str:
    """A person of the roastery: owner, roaster, packer1, packer2, books."""
    return staff(roastery_head(), tag)


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Ms, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def roastery_lines(att: str = "") -> list[str]:
    return head_lines(roastery_head(), att)


def num(text: str, lg: str) -> float:
    """The value of an amount written by :func:`money`."""
    if lg == "en":
        return float(text.replace(",", ""))
    return float(text.replace(".", "").replace(" ", "").replace(",", "."))


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rates: list[tuple[float, float]],
    note: str = "",
) -> float:
    """Net, tax per ``rates`` ((rate, base) pairs) and total right-aligned under a table;
    returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(80)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    rows = [(tr(lg, "Net total", "Nettobetrag", "Total HT"), net)]
    tax_all = 0.0
    for rate, base in rates:
        tax = round(base * rate / 100, 2)
        tax_all += tax
        r = pct(rate, lg)
        rows.append(
            (
                tr(
                    lg,
                    f"VAT {r}% on {money(base, lg)}",
                    f"USt. {r} % auf {money(base, lg)}",
                    f"TVA {r} % sur {money(base, lg)}",
                ),
                tax,
            )
        )
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), net + tax_all))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.5, f.y, fit(t, bold, s.size - 0.5, w * 0.3), bold, s.size - 0.5)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size - 0.5, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return net + tax_all


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
    """The grey edge a photocopy of another paper leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def thousands(n: int, lg: str) -> str:
    """A whole number with the language's thousands separator: "1,200", "1.200", "1 200"."""
    return f"{n:,}".replace(",", {"en": ",", "de": ".", "fr": " "}[lg])


def pct(rate: float, lg: str) -> str:
    """A rate as the language writes it: "5.5", "5,5"."""
    t = f"{rate:g}"
    return t if lg == "en" else t.replace(".", ",")


def vat_food(lg: str) -> float:
    """VAT on roasted coffee: zero-rated food in the UK, reduced rate in Germany and France."""
    return {"en": 0.0, "de": 7.0, "fr": 5.5}[lg]


def vat_std(lg: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lg]


MONTHS_OF = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


def month_name(d: date, lg: str) -> str:
    return f"{MONTHS_OF[lg][d.month - 1]} {d.year}"


def sign_box(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    label: str,
    name: str,
    d: str = "",
    signed: bool = True,
) -> None:
    """A signature field: a line with a caption under it, signed and dated by hand."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if signed and name:
        scrawl(p, x + 6, y - 4, name, 12)
    if d:
        hand(p, x + w - tw(d, HAND, 9) - 2, y - 4, d, 9)


# ---------------------------------------------------------------------------------------------
# Templates GGGG: green coffee from the broker to the roastery
# ---------------------------------------------------------------------------------------------

CONTRACT_TERMS = {
    "en": [
        "Contract terms",
        "Quality",
        "Weights",
        "Shipment",
        "Marks",
        "Payment",
        "Insurance",
        "Claims",
        "Force majeure",
        "Arbitration",
        "Default",
        "Governing law",
    ],
    "de": [
        "Vertragsgrundlage",
        "Qualität",
        "Gewichte",
        "Verschiffung",
        "Markierung",
        "Zahlung",
        "Versicherung",
        "Reklamationen",
        "Höhere Gewalt",
        "Schiedsgericht",
        "Verzug",
        "Anwendbares Recht",
    ],
    "fr": [
        "Base du contrat",
        "Qualité",
        "Poids",
        "Embarquement",
        "Marques",
        "Paiement",
        "Assurance",
        "Réclamations",
        "Force majeure",
        "Arbitrage",
        "Défaillance",
        "Droit applicable",
    ],
}


def a_lot(rng: random.Random, who: Issuer) -> Lot:
    """A new green coffee purchase of the roastery from its broker."""
    r = keyed(who, "broker")
    lang = home() if r.random() < 0.75 else r.choice([x for x in ("en", "de", "fr") if x != home()])
    broker = r.choice(SENDERS["broker"][lang])
    o = rng.randrange(len(ORIGINS))
    bags = rng.choice([5, 10, 10, 20, 35, 50, 75, 150, 275])
    base = {0: 5.6, 1: 7.4, 2: 8.9, 3: 10.6, 4: 7.8, 5: 7.2, 6: 6.9, 7: 8.1, 8: 8.4, 9: 7.6}[o]
    return Lot(
        contract=serial(rng, rng.choice(["S-99999", "9999/AA", "KV-99-9999", "C99-9999"])),
        origin=o,
        bags=bags,
        price=round(base + rng.uniform(-0.6, 1.2), 2),
        ico=f"{ORIGINS[o][3]}/{rng.randint(100, 9999):04d}/{rng.randint(1, 999):03d}",
        vessel=rng.choice(VESSELS),
        container=serial(
            rng, rng.choice(["MSKU999999-9", "MSCU999999-9", "CMAU999999-9", "HLXU999999-9"])
        ),
        broker=broker,
        broker_lang=lang,
    )


def lot_for(rng: random.Random, who: Issuer, kinds: tuple[str, ...]) -> Lot:
    lot = LAST["lot"]
    if isinstance(lot, Lot) and after(kinds):
        return lot
    return a_lot(rng, who)


def tpl_green_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's contract confirmation for a green coffee lot (seller, buyer, quality,
    quantity, price, shipment, terms under the ECF/GCA contract), now and then behind a
    covering letter asking for the countersigned copy, with a quality specification page and
    often a page of general conditions."""
    lot = a_lot(rng, who)
    h = make_head(lot.broker, lot.broker_lang, "broker")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    trader = staff(h, "trader")
    origin, quality, kg, _, pol = ORIGINS[lot.origin]
    roastery = roastery_head()
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.35:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            roastery_lines(mx(crew("owner"), lg)),
            d,
            [(tr(lg, "Our ref.", "Unser Zeichen", "Notre réf."), lot.contract)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Contract {lot.contract} - {origin[0]} {quality.split(',')[0]}",
                f"Kontrakt {lot.contract} - {origin[1]} {quality.split(',')[0]}",
                f"Contrat {lot.contract} - {origin[2]} {quality.split(',')[0]}",
            ),
            1,
        )
        write(f, s, dear(lg, mx(crew("owner"), lg)))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for your purchase. Please find enclosed our contract confirmation in "
                "duplicate. Kindly sign one copy and return it to us within five working days.",
                "vielen Dank für Ihren Kontrakt. Anbei erhalten Sie unsere Kontraktbestätigung "
                "in doppelter Ausfertigung. Bitte senden Sie uns ein Exemplar innerhalb von fünf "
                "Werktagen unterschrieben zurück.",
                "Nous vous remercions de votre achat. Veuillez trouver ci-joint notre "
                "confirmation de contrat en double exemplaire, dont un à nous retourner signé "
                "sous cinq jours ouvrés.",
            ),
        )
        write(f, s, prose(rng, lg, "coffee", 1, 3))
        regards(
            f, s, lg, trader, tr(lg, "Green coffee trader", "Rohkaffeehandel", "Négoce café vert")
        )
        pages += f.pages
        covers = 1
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Contract', 'Kontrakt', 'Contrat')} {lot.contract}")
    title = tr(lg, "CONTRACT CONFIRMATION", "KONTRAKTBESTÄTIGUNG", "CONFIRMATION DE CONTRAT")
    f.page.text(w / 2, f.y, title, s.bold, s.size + 5, "center")
    f.y += 16
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "Sale of green coffee", "Verkauf von Rohkaffee", "Vente de café vert"),
        s.font,
        s.size,
        "center",
    )
    f.y += 22
    ship = add_months(d, rng.randint(1, 4))
    terms = rng.choice(["FOT", "FCA", "DAP", "Ex-warehouse", "CIF"])
    rows = [
        (tr(lg, "Contract no.", "Kontrakt-Nr.", "N° de contrat"), lot.contract),
        (tr(lg, "Date", "Datum", "Date"), day(h, d)),
        (tr(lg, "Seller", "Verkäufer", "Vendeur"), h.name),
        (tr(lg, "Buyer", "Käufer", "Acheteur"), f"{roastery.name}, {roastery.town}"),
        (tr(lg, "Origin", "Herkunft", "Origine"), origin[HOME_IDX[lg]]),
        (tr(lg, "Quality", "Qualität", "Qualité"), quality),
        (
            tr(lg, "Quantity", "Menge", "Quantité"),
            f"{lot.bags} {tr(lg, 'bags of', 'Sack à', 'sacs de')} {kg} kg "
            f"({thousands(lot.bags * kg, lg)} kg net)",
        ),
        (tr(lg, "Crop", "Ernte", "Récolte"), f"{d.year - 1}/{d.year % 100:02d}"),
        (
            tr(lg, "Price", "Preis", "Prix"),
            f"{cash(lot.price, lg)} / kg {terms} {PORTS[home()]}"
            if lg != "en"
            else f"£{money(lot.price * 0.86)} per kg {terms} {PORTS[home()]}",
        ),
        (
            tr(lg, "Shipment", "Verschiffung", "Embarquement"),
            f"{month_name(ship, lg)} {tr(lg, 'from', 'ab', 'de')} {pol}",
        ),
        (tr(lg, "Marks", "Markierung", "Marques"), f"ICO {lot.ico}"),
        (
            tr(lg, "Payment", "Zahlung", "Paiement"),
            rng.choice(
                [
                    tr(
                        lg,
                        "Net cash 30 days after release",
                        "Netto Kasse 30 Tage nach Freistellung",
                        "Net à 30 jours après mise à disposition",
                    ),
                    tr(
                        lg,
                        "Cash against documents",
                        "Kasse gegen Dokumente",
                        "Paiement contre documents",
                    ),
                ]
            ),
        ),
        (
            tr(lg, "Weights", "Gewichte", "Poids"),
            tr(
                lg,
                "Delivered weights, 0.5% franchise",
                "Ausgelieferte Gewichte, 0,5 % Franchise",
                "Poids délivrés, franchise 0,5 %",
            ),
        ),
        (
            tr(lg, "Conditions", "Bedingungen", "Conditions"),
            rng.choice(
                [
                    "ECF Contract (European Coffee Contract), latest edition",
                    "GCA Contract, terms and conditions as amended",
                    "Contrat européen du café (ECC) en vigueur",
                ]
            ),
        ),
    ]
    x2 = m + 130
    for lab, val in rows:
        f.need(s.size * 2)
        f.page.text(m, f.y, lab, s.bold, s.size - 0.5)
        lines = wrap(val, s.font, s.size - 0.5, w - m - x2)
        for ln in lines:
            f.page.text(x2, f.y, ln, s.font, s.size - 0.5)
            f.y += s.size * 1.35
        f.page.line(m, f.y - s.size * 0.9, w - m, f.y - s.size * 0.9)
        f.y += 3
    if rng.random() < 0.5:
        f.y += 6
        write(
            f,
            s,
            tr(lg, "Remarks: ", "Bemerkungen: ", "Remarques : ") + prose(rng, lg, "coffee", 1, 2),
            s.size - 1,
        )
    f.y += 10
    f.need(90)
    yy = max(f.y + 40, hh - m - 110) if f.y < hh - m - 150 else f.y + 40
    cw = (w - 2 * m - 30) / 2
    sign_box(
        f.page,
        s,
        m,
        yy,
        cw,
        tr(lg, "For and on behalf of the Seller", "Für den Verkäufer", "Pour le vendeur"),
        trader,
    )
    signed = rng.random() < 0.75
    sign_box(
        f.page,
        s,
        m + cw + 30,
        yy,
        cw,
        tr(lg, "Accepted - the Buyer", "Angenommen - der Käufer", "Bon pour accord - l'acheteur"),
        crew("owner"),
        short(d + timedelta(days=rng.randint(1, 4)), home()) if signed else "",
        signed,
    )
    body = f.pages
    if rng.random() < 0.6:
        p = Page(s.page_size)
        y = (
            running_header(
                p, s, f"{h.name} - {tr(lg, 'Contract', 'Kontrakt', 'Contrat')} {lot.contract}"
            )
            + 10
        )
        p.text(
            m,
            y,
            tr(lg, "Quality specification", "Qualitätsspezifikation", "Spécification qualité"),
            s.bold,
            s.size + 2,
        )
        y += 22
        cols = columns(m, w - m, [(2.2, "left"), (2.5, "left")])
        spec = [
            (
                tr(lg, "Moisture", "Feuchte", "Humidité"),
                f"{rng.choice(['10.0', '10.5', '11.0', '11.5'])} - 12.5 %",
            ),
            (
                tr(lg, "Screen size", "Siebgröße", "Crible"),
                rng.choice(["15 up, max. 5% below", "17/18", "AA / screen 18", "14 up"]),
            ),
            (
                tr(lg, "Defects (per 300 g)", "Defekte (je 300 g)", "Défauts (pour 300 g)"),
                f"max. {rng.choice([5, 8, 12, 23])}",
            ),
            (tr(lg, "Water activity", "Wasseraktivität", "Activité de l'eau"), "< 0.65 aw"),
            (
                tr(lg, "Cup score (SCA)", "Cup-Score (SCA)", "Note de tasse (SCA)"),
                f"{rng.choice([82, 83, 84, 85, 86, 87])}+",
            ),
            (
                tr(lg, "Cup profile", "Geschmacksprofil", "Profil en tasse"),
                rng.choice(
                    [
                        "chocolate, hazelnut, red apple",
                        "jasmine, bergamot, stone fruit",
                        "blackcurrant, grapefruit, syrupy",
                        "caramel, almond, low acidity",
                    ]
                ),
            ),
            (
                tr(lg, "Packing", "Verpackung", "Emballage"),
                rng.choice(
                    [
                        "jute bags with GrainPro liner",
                        "new jute bags",
                        "vacuum boxes 2 x 12 kg",
                        "sisal bags, Ecotact liner",
                    ]
                ),
            ),
            (
                tr(lg, "Certification", "Zertifizierung", "Certification"),
                rng.choice(
                    [
                        "none",
                        "EU organic",
                        "Fairtrade",
                        "Fairtrade / organic",
                        "Rainforest Alliance",
                    ]
                ),
            ),
        ]
        for lab, val in spec:
            p.text(cols[0][0], y, lab, s.font, s.size - 0.5)
            p.text(cols[1][0], y, val, s.font, s.size - 0.5)
            p.line(m, y + 4, w - m, y + 4)
            y += s.size * 1.9
        y += 14
        for t in wrap(
            tr(
                lg,
                "Approval: pre-shipment sample to be approved by the buyer within 7 days of "
                "receipt; arrival sample against pre-shipment sample.",
                "Bemusterung: Vorverschiffungsmuster ist vom Käufer innerhalb von 7 Tagen nach "
                "Erhalt freizugeben; Ankunftsmuster gegen Vorverschiffungsmuster.",
                "Agréage : échantillon avant embarquement à approuver par l'acheteur sous 7 "
                "jours ; échantillon d'arrivée conforme à l'échantillon avant embarquement.",
            ),
            s.font,
            s.size - 1,
            w - 2 * m,
        ):
            p.text(m, y, t, s.font, s.size - 1)
            y += s.size * 1.3
        body.append(p)
    if rng.random() < 0.55:
        body.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General conditions of sale - green coffee",
                    "Allgemeine Verkaufsbedingungen Rohkaffee",
                    "Conditions générales de vente - café vert",
                ),
                CONTRACT_TERMS[lg],
            )
        )
    pages += body
    out = close(pages, s, h, covers=covers)
    received(rng, out[0], d, 0.25)
    remember(d, lot=lot)
    return out


def tpl_shipping_docs(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's invoice for an arrived lot with the shipping documents it sends along:
    copies of the bill of lading, the certificate of origin, the phytosanitary certificate and
    the weight note (the copies show other papers, yet the broker sent them together)."""
    lot = lot_for(rng, who, ("green_contract",))
    h = make_head(lot.broker, lot.broker_lang, "broker")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("green_contract",), (30, 80))
    origin, quality, kg, _, _pol = ORIGINS[lot.origin]
    no = serial(rng, rng.choice(["99999", "RE-999999", "F99-9999", "INV99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        roastery_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Contract", "Kontrakt", "Contrat"), lot.contract),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        f"{origin[HOME_IDX[lg]]} {quality} - ICO {lot.ico} - {tr(lg, 'ex', 'ex', 'navire')} "
        f"{lot.vessel} - {tr(lg, 'container', 'Container', 'conteneur')} {lot.container}",
        s.size - 0.5,
    )
    gross = lot.bags * kg + rng.randint(-8, 14)
    net_kg = round(gross - lot.bags * rng.choice([0.6, 0.7, 0.9]), 1)
    cols = columns(m, w - m, [(3.8, "left"), (1.1, "right"), (1.1, "right"), (1.3, "right")])
    value = round(net_kg * lot.price, 2)
    lines = [
        [
            f"{lot.bags} {tr(lg, 'bags', 'Sack', 'sacs')} {origin[HOME_IDX[lg]]} "
            f"{quality.split(',')[0]}",
            f"{money(net_kg, lg)} kg",
            money(lot.price, lg),
            money(value, lg),
        ],
    ]
    extra = 0.0
    for lab, v in [
        (
            tr(
                lg,
                "Warehouse rent and handling",
                "Lagergeld und Umschlag",
                "Magasinage et manutention",
            ),
            round(lot.bags * rng.choice([1.8, 2.4, 3.1]), 2),
        ),
        (
            tr(lg, "Sampling / pre-shipment sample", "Bemusterung", "Échantillonnage"),
            rng.choice([25.0, 35.0, 40.0]),
        ),
    ]:
        if rng.random() < 0.7:
            lines.append([lab, "", "", money(v, lg)])
            extra += v
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Net kg", "Netto kg", "kg net"),
            tr(lg, "per kg", "je kg", "prix/kg"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        lines,
        s,
        rules=True,
    )
    net = round(value + extra, 2)
    rates = [(vat_food(lg), value)] + ([(vat_std(lg), extra)] if extra and lg != "en" else [])
    if lg != home():
        rates = []
    totals(
        f,
        s,
        lg,
        net,
        rates,
        tr(
            lg,
            f"Payment: net cash 30 days, due {day(h, d + timedelta(days=30))}.",
            f"Zahlbar netto Kasse bis {day(h, d + timedelta(days=30))}.",
            f"Paiement à 30 jours, échéance le {day(h, d + timedelta(days=30))}.",
        ),
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Enclosures: copy B/L, certificate of origin, phytosanitary certificate, weight note.",
            "Anlagen: Kopie Konnossement, Ursprungszeugnis, Pflanzengesundheitszeugnis, "
            "Gewichtsnote.",
            "Pièces jointes : copie du connaissement, certificat d'origine, certificat "
            "phytosanitaire, note de poids.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    # copies of the shipping documents
    enc = []
    if rng.random() < 0.85:
        enc.append(bl_copy(rng, lot, d))
    if rng.random() < 0.7:
        enc.append(origin_certificate(rng, lot, d))
    if rng.random() < 0.5:
        enc.append(phyto(rng, lot, d))
    if rng.random() < 0.6:
        enc.append(weight_note(rng, lot, d, gross, net_kg))
    remember(d, lot=lot, extra=(gross, net_kg))
    return pages + enc


SHIPPERS = ["COOPERATIVA AGRARIA", "EXPORTADORA", "COFFEE EXPORTS LTD", "TRADING PLC"]


def bl_copy(rng: random.Random, lot: Lot, d: date) -> Page:
    """A copy of a bill of lading: the boxed form, 'COPY - NON NEGOTIABLE'."""
    p = Page(A4)
    w, _hh = A4
    copier_edge(p, rng)
    m = 40
    origin, quality, kg, _, pol = ORIGINS[lot.origin]
    line = rng.choice(
        ["MEDITERRANEAN SHIPPING COMPANY S.A.", "MAERSK A/S", "CMA CGM S.A.", "HAPAG-LLOYD AG"]
    )
    p.text(m, 50, "BILL OF LADING", "Helvetica-Bold", 15)
    p.text(m, 64, "FOR PORT-TO-PORT SHIPMENT OR COMBINED TRANSPORT", "Helvetica", 7)
    p.text(w - m, 50, line, "Helvetica-Bold", 9, "right")
    p.text(w - m, 64, f"B/L No. {serial(rng, 'AAAA99999999')}", "Helvetica", 9, "right")
    boxes = [
        ("Shipper", rng.choice(SHIPPERS) + " " + origin[0].upper()),
        ("Consignee", "TO ORDER"),
        ("Notify party", lot.broker[0]),
        ("Vessel / Voyage", f"{lot.vessel.upper()} / {serial(rng, '999A')}"),
        ("Port of loading", pol.upper()),
        ("Port of discharge", PORTS[home()].upper()),
    ]
    y = 82.0
    cw = (w - 2 * m) / 2
    for k, (cap, val) in enumerate(boxes):
        x = m + (k % 2) * cw
        if k % 2 == 0 and k:
            y += 44
        p.rect(x, y, cw, 44)
        p.text(x + 4, y + 9, cap, "Helvetica", 6.5)
        p.text(x + 6, y + 24, fit(val, "Courier", 9, cw - 12), "Courier", 9)
    y += 60
    p.rect(m, y, w - 2 * m, 260)
    heads = ["Marks and numbers", "No. of pkgs", "Description of goods", "Gross weight"]
    xs = [m + 4, m + 130, m + 200, w - m - 90]
    for x, t in zip(xs, heads, strict=True):
        p.text(x, y + 10, t, "Helvetica", 6.5)
    p.line(m, y + 15, w - m, y + 15)
    yy = y + 32
    p.text(xs[0], yy, f"ICO {lot.ico}", "Courier", 9)
    p.text(xs[0], yy + 12, lot.container, "Courier", 9)
    p.text(xs[1], yy, f"{lot.bags} BAGS", "Courier", 9)
    for k, t in enumerate(
        [
            "SHIPPER'S LOAD, STOW AND COUNT",
            "SAID TO CONTAIN:",
            f"{lot.bags} BAGS GREEN COFFEE",
            f"{origin[0].upper()} {quality.upper()}"[:38],
            f"NET WEIGHT {lot.bags * kg} KGS",
            "HS CODE 0901.11",
            "FREIGHT PREPAID",
        ]
    ):
        p.text(xs[2], yy + 12 * k, fit(t, "Courier", 9, xs[3] - xs[2] - 6), "Courier", 9)
    p.text(xs[3], yy, f"{lot.bags * (kg + 0.7):,.1f} KGS", "Courier", 9)
    y += 280
    p.text(
        m,
        y,
        f"Shipped on board: {short(d - timedelta(days=rng.randint(28, 45)), 'en')}",
        "Courier",
        9,
    )
    p.text(m, y + 14, f"Place and date of issue: {pol.upper()}", "Courier", 9)
    p.text(m, y + 28, "Number of original B/Ls: THREE (3)", "Courier", 9)
    p.text(w / 2, y + 60, "COPY - NON NEGOTIABLE", "Helvetica-Bold", 20, "center")
    scrawl(p, w - 200, y + 100, "Agent As Carrier", 12)
    p.text(w - 200, y + 112, "As agent for the carrier", "Helvetica", 7)
    return p


def origin_certificate(rng: random.Random, lot: Lot, d: date) -> Page:
    """A copy of the ICO certificate of origin."""
    p = Page(A4)
    w, _hh = A4
    copier_edge(p, rng)
    origin, _quality, kg, _code, pol = ORIGINS[lot.origin]
    m = 50
    p.text(w / 2, 60, "INTERNATIONAL COFFEE ORGANIZATION", "Times-Bold", 12, "center")
    p.text(w / 2, 78, "CERTIFICATE OF ORIGIN", "Times-Bold", 16, "center")
    p.text(w / 2, 94, f"No. {lot.ico}", "Times-Roman", 10, "center")
    y = 120.0
    items = [
        ("1. Country of origin", origin[0]),
        ("2. Country of export", origin[0]),
        ("3. Port of loading", pol),
        (
            "4. Country of destination",
            {"en": "United Kingdom", "de": "Germany", "fr": "France"}[home()],
        ),
        ("5. Name of vessel", lot.vessel),
        ("6. Shipment date", short(d - timedelta(days=rng.randint(28, 45)), "en")),
        ("7. Form of coffee", "Green (HS 0901.11)"),
        ("8. Number of bags", str(lot.bags)),
        ("9. Net weight", f"{lot.bags * kg} kg"),
        (
            "10. Special characteristics",
            rng.choice(["none", "Organic", "Fairtrade certified", "Washed Arabica"]),
        ),
    ]
    y = fields(
        p,
        Style("Times-Roman", "Times-Bold", 10, m, "none", "bottom", A4, "short"),
        m,
        y,
        w - 2 * m,
        items,
        per=2,
        tall=30,
        hand=False,
    )
    y += 30
    p.text(
        m,
        y,
        "Certifying agency: "
        + rng.choice(
            [
                "Federación Nacional de Cafeteros",
                "Ethiopian Coffee and Tea Authority",
                "Coffee Directorate",
                "ANACAFE",
                "IHCAFE",
                "ICAFE",
                "National Agricultural Export Development Board",
            ]
        ),
        "Times-Roman",
        10,
    )
    seal(p, w - 150, y + 80, 40, "CERTIFIED", origin[0].upper(), "Times-Roman")
    scrawl(p, m + 10, y + 110, "Oficial Autorizado", 13)
    p.line(m, y + 116, m + 200, y + 116)
    p.text(m, y + 126, "Authorised signature", "Times-Roman", 8)
    return p


def phyto(rng: random.Random, lot: Lot, d: date) -> Page:
    p = Page(A4)
    w, _hh = A4
    copier_edge(p, rng)
    origin = ORIGINS[lot.origin][0][0]
    m = 56
    emblem(p, w / 2 - 11, 36)
    p.text(w / 2, 80, f"REPUBLIC OF {origin.upper()}", "Helvetica-Bold", 10, "center")
    p.text(w / 2, 96, "PHYTOSANITARY CERTIFICATE", "Helvetica-Bold", 14, "center")
    p.text(w / 2, 110, f"No. {serial(rng, 'PC-9999-999999')}", "Helvetica", 9, "center")
    y = 140.0
    for t in [
        "TO: The Plant Protection Organization(s) of "
        f"{({'en': 'the United Kingdom', 'de': 'Germany', 'fr': 'France'})[home()]}",
        "I. DESCRIPTION OF CONSIGNMENT",
        f"Name and address of consignee: TO ORDER / NOTIFY {lot.broker[0].upper()}",
        f"Number and description of packages: {lot.bags} bags",
        f"Distinguishing marks: ICO {lot.ico}",
        "Place of origin: " + origin,
        "Declared means of conveyance: SEA - " + lot.vessel,
        "Name of produce and quantity declared: GREEN COFFEE BEANS (Coffea arabica)",
        "Botanical name of plants: Coffea arabica L.",
        "This is to certify that the plants, plant products or other regulated articles described "
        "herein have been inspected and/or tested according to appropriate official procedures "
        "and are considered to be free from the quarantine pests specified by the importing "
        "contracting party.",
        "II. ADDITIONAL DECLARATION: ---",
        "III. DISINFESTATION AND/OR DISINFECTION TREATMENT: ---",
    ]:
        for ln in wrap(t, "Helvetica", 8.5, w - 2 * m):
            p.text(m, y, ln, "Helvetica", 8.5)
            y += 11.5
        y += 5
    seal(p, m + 70, y + 60, 38, "PLANT HEALTH", origin.upper())
    p.text(w - 220, y + 40, f"Place of issue: {ORIGINS[lot.origin][4]}", "Helvetica", 8.5)
    scrawl(p, w - 220, y + 80, "Inspector Officer", 12)
    p.text(w - 220, y + 94, "Name and signature of authorized officer", "Helvetica", 7)
    return p


def weight_note(rng: random.Random, lot: Lot, d: date, gross: float, net: float) -> Page:
    """The warehouse's landing weight note, a landscape A5 slip copied onto A4."""
    p = Page(A4)
    w, _hh = A4
    copier_edge(p, rng)
    m = 60
    p.rect(m - 10, 60, w - 2 * m + 20, 300)
    wh = rng.choice(SENDERS["warehouse"][home()])
    p.text(m, 80, wh[0], "Helvetica-Bold", 11)
    p.text(m, 92, f"{wh[1]}, {wh[2]}", "Helvetica", 7.5)
    p.text(w - m, 80, "LANDED WEIGHT NOTE", "Helvetica-Bold", 11, "right")
    p.text(w - m, 92, f"No. {serial(rng, '999999')}", "Helvetica", 8, "right")
    cols = [m, m + 90, m + 190, m + 290, m + 380]
    y = 120.0
    for x, t in zip(cols, ["Marks", "Bags", "Gross kg", "Tare kg", "Net kg"], strict=True):
        p.text(x, y, t, "Helvetica-Bold", 8)
    p.line(m, y + 4, w - m, y + 4)
    y += 18
    tare = round(gross - net, 1)
    vals = [f"ICO {lot.ico}", str(lot.bags), f"{gross:,.1f}", f"{tare:,.1f}", f"{net:,.1f}"]
    for x, t in zip(cols, vals, strict=True):
        p.text(x, y, t, "Courier", 9)
    y += 30
    p.text(m, y, f"Vessel: {lot.vessel}   Container: {lot.container}", "Courier", 9)
    p.text(
        m,
        y + 14,
        f"Weighed: {short(d - timedelta(days=rng.randint(2, 9)), 'en')} on certified scale no. "
        f"{rng.randint(1, 6)}",
        "Courier",
        9,
    )
    cond = rng.choice(["sound", "sound, 2 bags slack", "1 bag torn, resewn", "sound and dry"])
    p.text(m, y + 28, f"Condition: {cond}", "Courier", 9)
    scrawl(p, w - m - 150, y + 80, "Sworn Weigher", 12)
    p.text(w - m - 150, y + 92, "Sworn weigher", "Helvetica", 7)
    return p


def tpl_warehouse_release(rng: random.Random, who: Issuer) -> list[Page]:
    """The bonded warehouse's release / collection note for bags of green coffee picked up by
    the roastery's haulier: lots, marks, bags and weights, the vehicle, the driver's and the
    warehouse's signatures and stamp; a landscape A5 slip."""
    h = head_of(who, "warehouse")
    lg = h.lang
    s = style_of(h, landscape(A5), margin=30, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    lot = (
        LAST["lot"]
        if after(("shipping_docs", "warehouse_release")) and isinstance(LAST["lot"], Lot)
        else a_lot(rng, who)
    )
    d = last_day(rng, ("shipping_docs", "warehouse_release"), (2, 12))
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg, "RELEASE NOTE / DELIVERY ORDER", "AUSLIEFERUNGSSCHEIN", "BON DE SORTIE / BON À DÉLIVRER"
    )
    p.text(m, y, title, s.bold, 11)
    no = serial(rng, "999999")
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, 10, "right")
    y += 10
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Depositor", "Einlagerer", "Déposant"), lot.broker[0]),
            (tr(lg, "Release to", "Auszuliefern an", "Livrer à"), roastery_row()[0]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Haulier / vehicle", "Spediteur / Kennz.", "Transporteur / immat."),
                serial(rng, rng.choice(["AA99 AAA", "HH-AA 999", "AA-999-AA"])),
            ),
        ],
        per=4,
        tall=24,
        hand=False,
    )
    origin, quality, kg, _, _ = ORIGINS[lot.origin]
    cols = columns(
        m,
        w - m,
        [(1.5, "left"), (3, "left"), (0.7, "right"), (1, "right"), (1, "right"), (1.1, "center")],
    )
    f = Sheets(s.page_size, hh - 100, lambda pg, n: 30)
    f.pages = [p]
    f.page = p
    f.y = y + 4
    n_bags = lot.bags if rng.random() < 0.6 else max(1, lot.bags // rng.choice([2, 3, 5]))
    rows = [
        [
            f"ICO {lot.ico}",
            f"{origin[HOME_IDX[lg]]} {quality.split(',')[0]}",
            str(n_bags),
            money(n_bags * (kg + 0.6), lg),
            money(n_bags * kg, lg),
            tr(lg, "Bay", "Platz", "Travée") + f" {rng.randint(1, 40)}",
        ]
    ]
    if rng.random() < 0.3:
        o2 = rng.randrange(len(ORIGINS))
        b2 = rng.choice([2, 5, 10])
        rows.append(
            [
                f"ICO {ORIGINS[o2][3]}/{rng.randint(100, 9999):04d}/{rng.randint(1, 999):03d}",
                f"{origin_name(o2, lg)} {ORIGINS[o2][1].split(',')[0]}",
                str(b2),
                money(b2 * (ORIGINS[o2][2] + 0.6), lg),
                money(b2 * ORIGINS[o2][2], lg),
                tr(lg, "Bay", "Platz", "Travée") + f" {rng.randint(1, 40)}",
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Marks", "Markierung", "Marques"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Bags", "Sack", "Sacs"),
            tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
            tr(lg, "Net kg", "Netto kg", "Net kg"),
            tr(lg, "Location", "Lagerplatz", "Empl."),
        ],
        rows,
        s,
        rules=True,
    )
    yb = hh - 62
    p.text(
        m,
        yb - 30,
        fit(
            tr(
                lg,
                "Goods received in apparent good order and condition unless noted:",
                "Ware in äußerlich einwandfreiem Zustand übernommen, sofern nicht vermerkt:",
                "Marchandise reçue en bon état apparent sauf réserves :",
            ),
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
    )
    if rng.random() < 0.3:
        hand(
            p,
            m + 10,
            yb - 14,
            rng.choice(
                [
                    tr(lg, "1 bag torn", "1 Sack beschädigt", "1 sac déchiré"),
                    tr(lg, "2 bags short - to follow", "2 Sack fehlen", "manque 2 sacs"),
                ]
            ),
            9.5,
        )
    cw = (w - 2 * m - 40) / 3
    sign_box(
        p,
        s,
        m,
        yb + 10,
        cw,
        tr(lg, "Driver", "Fahrer", "Chauffeur"),
        rng.choice(["Marek Nowak", "Dave Platt", "Ionut Popa", "Karim Haddad"]),
        short(d, lg),
    )
    sign_box(
        p, s, m + cw + 20, yb + 10, cw, tr(lg, "Warehouse", "Lager", "Magasin"), staff(h, "clerk")
    )
    if rng.random() < 0.6:
        stamp(
            p,
            m + 2 * cw + 50,
            yb - 30,
            [tr(lg, "RELEASED", "AUSGELIEFERT", "SORTI"), short(d, lg), h.name.split()[0].upper()],
        )
    for t in h.foot[:1]:
        p.text(w / 2, hh - 12, fit(t, s.font, 5.5, w - 30), s.font, 5.5, "center")
    remember(d, lot=lot)
    return [p]


def tpl_import_vat(rng: random.Random, who: Issuer) -> list[Page]:
    """The import VAT statement of a month: HMRC's C79 certificate with its table of entries,
    the Hauptzollamt's Einfuhrabgabenbescheid with the calculation of duty and import VAT and
    the legal remedy notice, or the customs agent's relevé des droits et taxes with the copy
    of the import declaration summary."""
    r = keyed(who, "customs")
    lg = home()
    h = make_head(r.choice(SENDERS["customs"][lg]), lg, "customs")
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("import_vat",)) and isinstance(ex, tuple) and ex[0] == "vat":
        period = add_months(ex[1], 1)
    else:
        period = add_months(month(), -rng.randint(1, 2))
    d = add_months(period, 1) + timedelta(days=rng.randint(6, 18))
    eori = serial(
        keyed_home("eori"),
        {"en": "GB999999999000", "de": "DE9999999", "fr": "FR99999999999999"}[lg],
    )
    f = sheets(s, h, f"{h.name} - {eori}")
    if lg == "en":
        recipient(
            f, s, h, roastery_lines(), d, [("EORI", eori), ("Period", month_name(period, lg))]
        )
        caption(f, s, "Import VAT Certificate (C79)", 4)
        write(
            f,
            s,
            "This certificate shows the import VAT paid or deferred for imports declared under "
            f"your EORI number in {month_name(period, lg)}. Keep it as evidence for reclaiming "
            "import VAT on your VAT return.",
            s.size - 0.5,
        )
        cols = columns(
            m, w - m, [(1.4, "left"), (1.6, "left"), (1.2, "left"), (1.2, "left"), (1.2, "right")]
        )
        rows = []
        tot = 0.0
        for _ in range(rng.randint(1, 8)):
            v = round(rng.uniform(180, 4800), 2)
            tot += v
            rows.append(
                [
                    serial(rng, "999"),
                    serial(rng, "99AA99999999999999"),
                    short(period + timedelta(days=rng.randint(0, 27)), lg),
                    rng.choice(["Deferment", "Postponed", "Cash"]),
                    money(v, lg),
                ]
            )
        table(f, cols, ["EPU", "Entry / MRN", "Entry date", "Method", "VAT £"], rows, s, rules=True)
        f.y += 6
        f.page.text(w - m, f.y, f"Total import VAT  £{money(tot, lg)}", s.bold, s.size, "right")
        f.y += 24
        write(
            f,
            s,
            "If you think any of the information on this certificate is wrong, contact the HMRC "
            "C79 team quoting your EORI number. Do not send this certificate with your VAT "
            "return.",
            s.size - 1.5,
        )
    elif lg == "de":
        az = serial(rng, "ATLAS 999999-99-999999")
        recipient(f, s, h, roastery_lines(), d, [("Registriernummer", az), ("EORI", eori)])
        caption(f, s, "Einfuhrabgabenbescheid", 4)
        write(
            f,
            s,
            f"Für die am {short(d - timedelta(days=rng.randint(4, 12)), lg)} zur Überlassung in "
            "den zollrechtlich freien Verkehr angemeldeten Waren werden folgende Einfuhrabgaben "
            "festgesetzt:",
            s.size - 0.5,
        )
        cols = columns(
            m, w - m, [(0.6, "left"), (2.6, "left"), (1.2, "right"), (0.8, "right"), (1.2, "right")]
        )
        rows = []
        eust = 0.0
        for k in range(rng.randint(1, 3)):
            o = rng.randrange(len(ORIGINS))
            val = round(rng.uniform(2500, 28000), 2)
            rows.append(
                [
                    str(k + 1),
                    f"0901 11 00 00 - Rohkaffee {origin_name(o, lg)}",
                    money(val, lg),
                    "0,0 %",
                    "0,00",
                ]
            )
            rows.append(
                [
                    "",
                    "Einfuhrumsatzsteuer (B00)",
                    money(val * 1.04, lg),
                    "7 %",
                    money(val * 1.04 * 0.07, lg),
                ]
            )
            eust += val * 1.04 * 0.07
        table(
            f,
            cols,
            ["Pos.", "Warennummer / Abgabenart", "Bemessung", "Satz", "Betrag €"],
            rows,
            s,
            rules=True,
        )
        f.y += 6
        f.page.text(
            w - m,
            f.y,
            f"Gesamtbetrag der Einfuhrabgaben: {money(eust, lg)} €",
            s.bold,
            s.size,
            "right",
        )
        f.y += 20
        write(
            f,
            s,
            f"Der Betrag ist über Ihr Aufschubkonto {serial(keyed_home('aufschub'), '9999999')} "
            "am 16. des Folgemonats fällig.",
            s.size - 0.5,
        )
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid ist der Einspruch gegeben. Der Einspruch ist beim oben "
            "bezeichneten Hauptzollamt schriftlich einzureichen oder zur Niederschrift zu "
            "erklären. Die Frist für die Einlegung des Einspruchs beträgt einen Monat. Sie "
            "beginnt mit Ablauf des Tages, an dem Ihnen dieser Bescheid bekannt gegeben worden "
            "ist.",
            s.size - 1.5,
        )
        write(
            f,
            s,
            "Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig.",
            s.size - 1.5,
        )
    else:
        recipient(
            f,
            s,
            h,
            roastery_lines(),
            d,
            [("N° dossier", serial(rng, "HV99-99999")), ("EORI", eori)],
        )
        caption(f, s, f"Relevé des droits et taxes - {month_name(period, lg)}", 3)
        write(
            f,
            s,
            "Nous vous prions de trouver ci-dessous le détail des déclarations en douane "
            "établies pour votre compte ainsi que les débours et honoraires correspondants. La "
            "TVA à l'importation est autoliquidée sur votre déclaration CA3.",
            s.size - 0.5,
        )
        cols = columns(
            m, w - m, [(1.2, "left"), (1.6, "left"), (1.3, "right"), (1.2, "right"), (1.0, "right")]
        )
        rows = []
        fees = 0.0
        for _ in range(rng.randint(1, 5)):
            val = round(rng.uniform(2500, 22000), 2)
            fee = rng.choice([65.0, 75.0, 90.0])
            fees += fee
            rows.append(
                [
                    short(period + timedelta(days=rng.randint(0, 27)), lg),
                    serial(rng, "99FR999999999999A9"),
                    money(val, lg),
                    money(val * 0.055, lg),
                    money(fee, lg),
                ]
            )
        table(
            f,
            cols,
            ["Date", "N° DAU / MRN", "Valeur en douane", "TVA autoliq. 5,5 %", "Honoraires"],
            rows,
            s,
            rules=True,
        )
        totals(f, s, lg, fees, [(20.0, fees)], "Règlement par virement à réception.")
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.2)
    remember(d, extra=("vat", period))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGGG: the roaster, its gas supply and the unit
# ---------------------------------------------------------------------------------------------

ROASTER_MODELS = [
    "TR-15 (15 kg)",
    "TR-30 (30 kg)",
    "W6A (6 kg)",
    "UG22 (22 kg)",
    "L12 (12 kg)",
    "P25 (25 kg)",
]
CHECKS = {
    "en": [
        "Burner and ignition",
        "Gas train / valves leak test",
        "Drum bearings and seals",
        "Drive belt and chain",
        "Exhaust fan and ducting",
        "Cyclone / chaff collector",
        "Afterburner / catalyst",
        "Cooling tray and stirrer",
        "Thermocouples (BT/ET) calibration",
        "Control panel and software",
        "Flame failure device",
        "Emergency stop",
    ],
    "de": [
        "Brenner und Zündung",
        "Gasstrecke / Dichtheit Armaturen",
        "Trommellager und Dichtungen",
        "Antriebsriemen und Kette",
        "Abluftventilator und Rohrleitung",
        "Zyklon / Silberhautabscheider",
        "Nachverbrenner / Katalysator",
        "Kühlsieb und Rührwerk",
        "Thermofühler (BT/ET) Kalibrierung",
        "Steuerung und Software",
        "Flammenüberwachung",
        "Not-Aus",
    ],
    "fr": [
        "Brûleur et allumage",
        "Rampe gaz / étanchéité vannes",
        "Roulements et joints du tambour",
        "Courroie et chaîne d'entraînement",
        "Ventilateur et gaine d'extraction",
        "Cyclone / collecteur de pellicules",
        "Postcombustion / catalyseur",
        "Bac de refroidissement et brasseur",
        "Sondes (grain/air) étalonnage",
        "Automate et logiciel",
        "Sécurité de flamme",
        "Arrêt d'urgence",
    ],
}


def tpl_roaster_service(rng: random.Random, who: Issuer) -> list[Page]:
    """The roaster maker's service report after the annual service of the drum roaster: job
    fields, the checklist with OK / adjusted / replaced ticks, the measurements, parts fitted,
    hours, remarks and both signatures; now and then a second page of recommendations and a
    quotation for wear parts."""
    h = head_of(who, "roaster_maker", abroad=0.3)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    eng = staff(h, "engineer")
    model = keyed(who, "model").choice(ROASTER_MODELS)
    sn = serial(keyed(who, "sn"), "99-9999")
    no = serial(rng, "SR-999999")
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Service report', 'Servicebericht', 'Rapport d intervention')} {no}",
    )
    f.page.text(
        m,
        f.y,
        tr(lg, "SERVICE REPORT", "SERVICEBERICHT", "RAPPORT D'INTERVENTION"),
        s.bold,
        s.size + 5,
    )
    f.page.text(w - m, f.y, no, s.bold, s.size + 1, "right")
    f.y += 12
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), roastery_row()[0]),
            (tr(lg, "Site", "Standort", "Site"), f"{roastery_row()[1]}, {roastery_row()[2]}"),
            (tr(lg, "Machine", "Maschine", "Machine"), model),
            (tr(lg, "Serial no.", "Seriennr.", "N° de série"), sn),
            (
                tr(lg, "Visit type", "Art des Einsatzes", "Type d'intervention"),
                rng.choice(
                    [
                        tr(lg, "Annual service", "Jahreswartung", "Entretien annuel"),
                        tr(lg, "Breakdown", "Störung", "Dépannage"),
                        tr(
                            lg,
                            "Service + calibration",
                            "Wartung + Kalibrierung",
                            "Entretien + étalonnage",
                        ),
                    ]
                ),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=24,
    )
    f.y += 4
    cols = columns(
        m, w - m, [(4, "left"), (0.7, "center"), (0.9, "center"), (0.9, "center"), (2.4, "left")]
    )
    heads = [
        tr(lg, "Check", "Prüfpunkt", "Contrôle"),
        "OK",
        tr(lg, "Adjusted", "Eingestellt", "Réglé"),
        tr(lg, "Replaced", "Ersetzt", "Remplacé"),
        tr(lg, "Note", "Bemerkung", "Remarque"),
    ]
    f.need(30)
    for c, t in zip(cols, heads, strict=True):
        f.page.text(c[0], f.y, fit(t, s.bold, s.size - 1.5, c[1] - c[0]), s.bold, s.size - 1.5)
    f.page.line(m, f.y + 4, w - m, f.y + 4)
    f.y += 14
    for item in CHECKS[lg]:
        f.need(14)
        f.page.text(cols[0][0], f.y, item, s.font, s.size - 1.5)
        state = rng.choices([1, 2, 3], [8, 2, 1])[0]
        for k in (1, 2, 3):
            cx = (cols[k][0] + cols[k][1]) / 2 - 4
            box(f.page, cx, f.y + 1, state == k, 7)
        if state > 1 and rng.random() < 0.7:
            hand(
                f.page,
                cols[4][0],
                f.y,
                rng.choice(
                    [
                        "see parts",
                        "re-torqued",
                        "cleaned",
                        "new gasket",
                        "adj. 2mm",
                        "gereinigt",
                        "nachgestellt",
                        "nettoyé",
                        "resserré",
                    ]
                ),
                8.5,
                cols[4][1] - cols[4][0],
            )
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 13.5
    f.y += 8
    f.need(60)
    f.page.text(m, f.y, tr(lg, "Measurements", "Messwerte", "Mesures"), s.bold, s.size)
    f.y += 4
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Gas inlet pressure (mbar)", "Gasfließdruck (mbar)", "Pression gaz (mbar)"),
                f"{rng.choice([19.5, 20.1, 20.8, 36.2, 37.0])}",
            ),
            (
                tr(
                    lg,
                    "Burner pressure max (mbar)",
                    "Brennerdruck max (mbar)",
                    "Pression brûleur max",
                ),
                f"{rng.uniform(6, 14):.1f}",
            ),
            (
                tr(
                    lg, "Exhaust temp. at 200°C (°C)", "Abluft bei 200°C (°C)", "T° extraction (°C)"
                ),
                f"{rng.randint(185, 240)}",
            ),
            (
                tr(lg, "Drum speed (rpm)", "Trommeldrehzahl (U/min)", "Vitesse tambour (tr/min)"),
                f"{rng.randint(48, 72)}",
            ),
            (
                tr(lg, "CO in flue (ppm)", "CO im Abgas (ppm)", "CO fumées (ppm)"),
                f"{rng.randint(8, 90)}",
            ),
            (
                tr(lg, "Afterburner temp. (°C)", "Nachverbrenner (°C)", "Postcombustion (°C)"),
                f"{rng.randint(620, 780)}" if rng.random() < 0.7 else "n/a",
            ),
        ],
        per=3,
        tall=24,
    )
    parts = rng.sample(
        [
            ("Door seal kit", "Türdichtungssatz", "Kit joints de porte"),
            ("Drive belt SPZ 1250", "Keilriemen SPZ 1250", "Courroie SPZ 1250"),
            ("Thermocouple type K", "Thermoelement Typ K", "Thermocouple type K"),
            ("Ignition electrode", "Zündelektrode", "Électrode d'allumage"),
            ("Bearing 6206-2RS", "Lager 6206-2RS", "Roulement 6206-2RS"),
            ("Chaff bin gasket", "Dichtung Silberhautbehälter", "Joint bac à pellicules"),
        ],
        rng.randint(0, 3),
    )
    f.need(50)
    f.page.text(
        m,
        f.y,
        tr(lg, "Parts fitted / hours", "Eingebaute Teile / Arbeitszeit", "Pièces / temps passé"),
        s.bold,
        s.size,
    )
    f.y += 14
    for pt in parts:
        hand(f.page, m + 6, f.y, f"1 x {pt[HOME_IDX[lg]]}", 9)
        f.y += 13
    hand(
        f.page,
        m + 6,
        f.y,
        tr(
            lg,
            f"Labour {rng.choice([3, 4, 5.5, 6, 7.5])} h, travel {rng.choice([2, 3, 4.5])} h",
            f"Arbeitszeit {rng.choice([3, 4, 5.5, 6, 7.5])} Std., Fahrzeit "
            f"{rng.choice([2, 3, 4.5])} Std.",
            f"Main d'oeuvre {rng.choice([3, 4, 5.5, 6, 7.5])} h, déplacement "
            f"{rng.choice([2, 3, 4.5])} h",
        ),
        9,
    )
    f.y += 20
    f.need(40)
    f.page.text(m, f.y, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.bold, s.size)
    f.y += 14
    for ln in wrap(words(rng, lg, "tech", rng.randint(12, 24)), HAND, 9, w - 2 * m - 10)[:4]:
        hand(f.page, m + 6, f.y, ln, 9)
        f.y += 13
    f.y += 20
    f.need(50)
    cw = (w - 2 * m - 30) / 2
    sign_box(
        f.page, s, m, f.y + 20, cw, tr(lg, "Engineer", "Techniker", "Technicien"), eng, short(d, lg)
    )
    sign_box(
        f.page,
        s,
        m + cw + 30,
        f.y + 20,
        cw,
        tr(lg, "Customer", "Kunde", "Client"),
        crew("roaster"),
        short(d, lg),
    )
    f.y += 50
    if rng.random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Recommendations and wear parts quotation",
                "Empfehlungen und Angebot Verschleißteile",
                "Recommandations et devis pièces d'usure",
            ),
            1,
        )
        write(f, s, prose(rng, lg, "tech", 2, 4))
        cols2 = columns(m, w - m, [(1.2, "left"), (3.5, "left"), (0.7, "right"), (1.2, "right")])
        rows = []
        net = 0.0
        for pt in rng.sample(
            [
                *parts,
                ("Burner nozzle set", "Brennerdüsensatz", "Jeu d'injecteurs"),
                ("Cooling tray sweep arm", "Rührarm Kühlsieb", "Bras de brassage"),
                ("Cyclone door gasket", "Zyklondichtung", "Joint de cyclone"),
            ],
            3,
        ):
            v = round(rng.uniform(18, 460), 2)
            net += v
            rows.append([serial(rng, "A99-9999"), pt[HOME_IDX[lg]], "1", money(v, lg)])
        table(
            f,
            cols2,
            [
                tr(lg, "Part no.", "Teile-Nr.", "Référence"),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Price", "Preis", "Prix"),
            ],
            rows,
            s,
            rules=True,
        )
        totals(
            f,
            s,
            lg,
            net,
            [(vat_std(lg), net)],
            tr(
                lg,
                "Quotation valid 60 days. Fitting on next service visit.",
                "Angebot gültig 60 Tage. Einbau beim nächsten Servicetermin.",
                "Devis valable 60 jours. Pose lors de la prochaine visite.",
            ),
        )
    pages = close(f.pages, s, h)
    remember(d, extra=(model, sn, eng))
    return pages


def tpl_gas_safety(rng: random.Random, who: Issuer) -> list[Page]:
    """The gas engineer's safety record for the roaster and the unit's gas installation: a
    landscape non-domestic gas safety record with the appliance table and the installation
    checks, a Prüfbericht of the gas installation with tightness test and flue gas reading,
    or a rapport de vérification de l'installation gaz; sometimes a second sheet with the
    pipework test and the warning notice copy."""
    h = head_of(who, "gas")
    lg = h.lang
    land = lg == "en" or rng.random() < 0.4
    s = style_of(h, landscape(A4) if land else A4, margin=36 if land else 0, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("roaster_service",), (0, 6))
    eng = staff(h, "gas")
    ex = LAST["extra"]
    model = (
        ex[0]
        if after(("roaster_service",)) and isinstance(ex, tuple)
        else keyed(who, "model").choice(ROASTER_MODELS)
    )
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "NON-DOMESTIC GAS SAFETY RECORD",
        "PRÜFBERICHT GASINSTALLATION (DVGW G 600 / TRGI)",
        "RAPPORT DE VÉRIFICATION DE L'INSTALLATION GAZ",
    )
    p.text(m, y, fit(title, s.bold, 12, w * 0.65), s.bold, 12)
    cert = serial(rng, "999999")
    p.text(
        w - m, y, f"{tr(lg, 'Record no.', 'Bericht-Nr.', 'Rapport n°')} {cert}", s.bold, 9, "right"
    )
    y += 10
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Site address", "Anlagenstandort", "Adresse du site"),
                f"{roastery_row()[0]}, {roastery_row()[1]}, {roastery_row()[2]}",
            ),
            (
                tr(lg, "Landlord / agent", "Eigentümer", "Propriétaire"),
                keyed_home("ll").choice(SENDERS["landlord"][lg])[0],
            ),
            (tr(lg, "Engineer", "Prüfer", "Technicien"), eng),
            (
                tr(lg, "Gas Safe reg. / ID no.", "Ausweis-Nr.", "N° habilitation"),
                serial(rng, "999999"),
            ),
            (tr(lg, "Date of inspection", "Prüfdatum", "Date de visite"), short(d, lg)),
            (
                tr(lg, "Next inspection due", "Nächste Prüfung", "Prochaine visite"),
                short(d.replace(year=d.year + 1), lg),
            ),
        ],
        per=3 if land else 2,
        tall=24,
    )
    heads = [
        tr(lg, "Location", "Aufstellort", "Emplacement"),
        tr(lg, "Appliance / type", "Gerät / Art", "Appareil"),
        tr(lg, "Model", "Modell", "Modèle"),
        tr(lg, "Flue", "Abgas", "Conduit"),
        tr(lg, "Op. pressure mbar", "Fließdruck mbar", "Pression mbar"),
        tr(lg, "CO ppm", "CO ppm", "CO ppm"),
        tr(lg, "Safety devices", "Sicherheitseinr.", "Sécurités"),
        tr(lg, "Ventilation", "Belüftung", "Ventilation"),
        tr(lg, "Safe to use", "Betriebssicher", "Conforme"),
    ]
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (1.6, "left"),
            (1.2, "left"),
            (0.7, "left"),
            (0.9, "right"),
            (0.6, "right"),
            (0.9, "center"),
            (0.9, "center"),
            (0.8, "center"),
        ]
        if land
        else [
            (1.1, "left"),
            (1.5, "left"),
            (1.2, "left"),
            (0.6, "left"),
            (0.8, "right"),
            (0.6, "right"),
            (0.9, "center"),
            (0.8, "center"),
            (0.8, "center"),
        ],
    )
    f = Sheets(s.page_size, hh - m - 10, lambda pg, n: heading(pg, s, h))
    f.pages = [p]
    f.page = p
    f.y = y + 4
    ok = rng.random() < 0.85
    yes = tr(lg, "Yes", "Ja", "Oui")
    rows = [
        [
            tr(lg, "Roastery", "Röstraum", "Atelier"),
            tr(lg, "Coffee roaster (gas)", "Röstmaschine (Gas)", "Torréfacteur gaz"),
            model,
            tr(lg, "FL", "Abgas", "Conduit"),
            f"{rng.uniform(18.5, 21):.1f}",
            str(rng.randint(5, 60)),
            yes,
            yes,
            yes if ok else tr(lg, "No", "Nein", "Non"),
        ]
    ]
    if rng.random() < 0.7:
        rows.append(
            [
                tr(lg, "Roastery", "Röstraum", "Atelier"),
                tr(lg, "Afterburner", "Nachverbrenner", "Postcombustion"),
                rng.choice(["AB-30", "TNV 40", "PC-25"]),
                "FL",
                f"{rng.uniform(18.5, 21):.1f}",
                str(rng.randint(5, 40)),
                yes,
                yes,
                yes,
            ]
        )
    if rng.random() < 0.6:
        rows.append(
            [
                tr(lg, "Office / WC", "Büro / WC", "Bureau"),
                tr(lg, "Water heater", "Gas-Durchlauferhitzer", "Chauffe-eau"),
                rng.choice(["Vaillant 11L", "Junkers WR 14", "Chaffoteaux 11"]),
                "RS",
                f"{rng.uniform(19, 21):.1f}",
                str(rng.randint(2, 30)),
                yes,
                yes,
                yes,
            ]
        )
    table(f, cols, heads, rows, s, size=7.5, rules=True, step=2.0)
    f.y += 6
    f.need(60)
    checks = [
        tr(
            lg,
            "Gas tightness test satisfactory",
            "Dichtheitsprüfung bestanden",
            "Essai d'étanchéité satisfaisant",
        ),
        tr(
            lg,
            "Emergency control accessible",
            "Absperreinrichtung zugänglich",
            "Organe de coupure accessible",
        ),
        tr(
            lg,
            "Protective equipotential bonding",
            "Schutzpotentialausgleich",
            "Liaison équipotentielle",
        ),
        tr(
            lg,
            "Interlock fan / burner tested",
            "Verriegelung Gebläse/Brenner geprüft",
            "Asservissement ventilateur testé",
        ),
    ]
    for t in checks:
        f.need(14)
        p2 = f.page
        box(p2, m, f.y + 1, True, 7)
        p2.text(m + 12, f.y, t, s.font, 8)
        f.y += 12
    if not ok:
        f.y += 4
        write(
            f,
            s,
            tr(
                lg,
                "DEFECT IDENTIFIED - AT RISK: appliance turned off with the customer's "
                "permission; warning notice issued.",
                "MANGEL FESTGESTELLT: Gerät außer Betrieb genommen, Betreiber informiert.",
                "ANOMALIE DGI : appareil mis à l'arrêt en accord avec le client ; avis remis.",
            ),
            8.5,
        )
        hand(f.page, m + 10, f.y, words(rng, lg, "tech", 8), 9)
        f.y += 16
    f.y += 10
    f.need(50)
    cw = (w - 2 * m - 30) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y + 24,
        cw,
        tr(lg, "Engineer's signature", "Unterschrift Prüfer", "Signature du technicien"),
        eng,
        short(d, lg),
    )
    sign_box(
        f.page,
        s,
        m + cw + 30,
        f.y + 24,
        cw,
        tr(lg, "Received by (responsible person)", "Betreiber", "Reçu par l'exploitant"),
        crew(rng.choice(["owner", "roaster"])),
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        pages += close([gas_test_sheet(rng, s, h, d, eng)], s, h, numbers="none")
    remember(d)
    return pages


def gas_test_sheet(rng: random.Random, s: Style, h: Head, d: date, eng: str) -> Page:
    """The pipework tightness test sheet with the pressure readings."""
    lg = h.lang
    p = Page(s.page_size)
    w, _hh = s.page_size
    m = s.margin
    y = running_header(p, s, f"{h.name} - {roastery_row()[0]}") + 14
    p.text(
        m,
        y,
        tr(
            lg,
            "Installation pipework - tightness test",
            "Leitungsanlage - Dichtheits- und Belastungsprüfung",
            "Tuyauterie - essai d'étanchéité",
        ),
        s.bold,
        11,
    )
    y += 20
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Meter type", "Zählerart", "Compteur"),
                rng.choice(["G4 diaphragm", "G6 U6", "G10"]),
            ),
            (
                tr(lg, "Installation volume (m³)", "Leitungsvolumen (l)", "Volume (l)"),
                f"{rng.uniform(0.02, 0.09):.3f}" if lg == "en" else f"{rng.randint(20, 90)}",
            ),
            (
                tr(lg, "Test pressure (mbar)", "Prüfdruck (mbar)", "Pression d'essai (mbar)"),
                rng.choice(["20", "110", "150"]),
            ),
            (
                tr(lg, "Stabilisation (min)", "Anpasszeit (min)", "Stabilisation (min)"),
                str(rng.choice([1, 5, 10])),
            ),
            (
                tr(lg, "Test period (min)", "Prüfdauer (min)", "Durée (min)"),
                str(rng.choice([2, 10])),
            ),
            (tr(lg, "Pressure drop (mbar)", "Druckabfall (mbar)", "Chute (mbar)"), "0.0"),
        ],
        per=3,
        tall=26,
    )
    y += 10
    p.text(m, y, tr(lg, "Result", "Ergebnis", "Résultat"), s.bold, 9)
    ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        [tr(lg, "Pass", "dicht", "Conforme"), tr(lg, "Fail", "undicht", "Non conforme")],
        {0},
    )
    sign_box(p, s, m, y + 70, 200, tr(lg, "Engineer", "Prüfer", "Technicien"), eng, short(d, lg))
    return p


AGREEMENT_CLAUSES = {
    "en": [
        "Supply of products",
        "Prices and price review",
        "Orders and delivery",
        "Minimum volume",
        "Payment",
        "Branding and menu listing",
        "Equipment",
        "Training",
        "Quality and complaints",
        "Term and termination",
        "Liability",
        "General",
    ],
    "de": [
        "Liefergegenstand",
        "Preise und Preisanpassung",
        "Bestellung und Lieferung",
        "Mindestabnahme",
        "Zahlung",
        "Markennutzung und Kennzeichnung",
        "Leihgeräte",
        "Schulung",
        "Qualität und Reklamationen",
        "Laufzeit und Kündigung",
        "Haftung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Prix et révision",
        "Commandes et livraisons",
        "Volume minimum",
        "Paiement",
        "Marque et affichage",
        "Matériel",
        "Formation",
        "Qualité et réclamations",
        "Durée et résiliation",
        "Responsabilité",
        "Dispositions générales",
    ],
}


def tpl_supply_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The roastery's wholesale supply agreement with a café, hotel or bakery, signed by the
    customer and filed: the cover page with the parties, numbered clauses over pages, the
    price schedule and the signature page."""
    h = roastery_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    again = after(("supply_agreement",))  # the next customer's agreement, not the same again
    cafe, _ = cafe_of(rng if again else keyed(who, "cafe"))
    d = some_day(rng)
    ch = make_head(cafe, lg, "cafe")
    boss = staff(ch, "owner")
    title = tr(
        lg,
        "Wholesale Coffee Supply Agreement",
        "Kaffeeliefervertrag (Gastronomie)",
        "Contrat d'approvisionnement en café",
    )
    f = sheets(s, h, f"{title} - {cafe[0]}")
    numbered = rng.random() < 0.6
    f.y += 30
    f.page.text(w / 2, f.y, title, s.bold, shrink(title, s.bold, s.size + 8, w - 2 * m), "center")
    f.y += 40
    f.page.text(w / 2, f.y, tr(lg, "between", "zwischen", "entre"), s.font, s.size, "center")
    f.y += 20
    for t in (
        h.name,
        f"{h.street}, {h.town}",
        tr(lg, "(the Supplier)", "(nachfolgend Lieferant)", "(ci-après le Fournisseur)"),
    ):
        f.page.text(w / 2, f.y, t, s.font, s.size, "center")
        f.y += s.size * 1.5
    f.y += 10
    f.page.text(w / 2, f.y, tr(lg, "and", "und", "et"), s.font, s.size, "center")
    f.y += 20
    for t in (
        cafe[0],
        f"{cafe[1]}, {cafe[2]}",
        tr(lg, "(the Customer)", "(nachfolgend Kunde)", "(ci-après le Client)"),
    ):
        f.page.text(w / 2, f.y, t, s.font, s.size, "center")
        f.y += s.size * 1.5
    f.y += 30
    start = d + timedelta(days=rng.randint(3, 20))
    years = rng.choice([1, 2, 3])
    f.y = pairs(
        f.page,
        s,
        m + 40,
        f.y,
        [
            (tr(lg, "Commencement date", "Vertragsbeginn", "Date d'effet"), day(h, start)),
            (
                tr(lg, "Initial term", "Mindestlaufzeit", "Durée initiale"),
                tr(lg, f"{years * 12} months", f"{years * 12} Monate", f"{years * 12} mois"),
            ),
            (
                tr(lg, "Minimum volume", "Mindestabnahme", "Volume minimum"),
                tr(
                    lg,
                    f"{rng.choice([5, 8, 10, 15, 20])} kg per week",
                    f"{rng.choice([5, 8, 10, 15, 20])} kg pro Woche",
                    f"{rng.choice([5, 8, 10, 15, 20])} kg par semaine",
                ),
            ),
            (
                tr(lg, "Payment terms", "Zahlungsziel", "Délai de paiement"),
                tr(lg, "30 days from invoice", "14 Tage netto", "30 jours fin de mois"),
            ),
        ],
        w - m - 40,
    )
    f.new_page()
    for k, head in enumerate(AGREEMENT_CLAUSES[lg], 1):
        f.heading(m, f"{k}. {head}", s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            f.para(
                m + 18,
                w - 2 * m - 18,
                f"{k}.{j + 1}  " + prose(rng, lg, "legal", 1, 3),
                s.font,
                s.size - 0.5,
            )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 1 - Products and prices",
            "Anlage 1 - Sortiment und Preise",
            "Annexe 1 - Produits et tarifs",
        ),
        1,
    )
    cols = columns(m, w - m, [(4, "left"), (1.2, "right"), (1.4, "left")])
    rows = [
        [n, money(v * rng.choice([0.92, 0.95, 1.0]), lg), tr(lg, "per bag", "je Beutel", "l'unité")]
        for n, v in product_lines(lg)
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Price net", "Preis netto", "Prix HT"),
            tr(lg, "Unit", "Einheit", "Unité"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "Prices exclude VAT and delivery. Free delivery on orders over 10 kg within the "
            "local area.",
            "Preise zzgl. gesetzlicher USt. Lieferung frei Haus ab 10 kg im Liefergebiet.",
            "Prix HT, livraison offerte à partir de 10 kg dans la zone de livraison.",
        ),
        s.size - 1,
    )
    f.y += 30
    f.need(150)
    f.page.text(
        m,
        f.y,
        tr(lg, "Signed for and on behalf of", "Unterschriften", "Fait en deux exemplaires"),
        s.bold,
        s.size,
    )
    f.y += 50
    cw = (w - 2 * m - 30) / 2
    sign_box(f.page, s, m, f.y, cw, f"{h.name} - {crew('owner')}", crew("owner"), short(d, lg))
    sign_box(
        f.page,
        s,
        m + cw + 30,
        f.y,
        cw,
        f"{cafe[0]} - {boss}",
        boss,
        short(d + timedelta(days=rng.randint(0, 9)), lg) if rng.random() < 0.8 else "",
    )
    f.y += 40
    out = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i} sur {n}"),
                "{i}/{n}",
                "- {i} -",
            ]
        )
        if numbered
        else "none",
    )
    remember(d, cafe=(cafe, lg))
    return out


def tpl_machine_loan(rng: random.Random, who: Issuer) -> list[Page]:
    """The roastery's loan agreement for an espresso machine and grinder placed in a café:
    the equipment schedule with serial numbers and replacement values, the conditions (coffee
    purchase commitment, insurance, servicing, return) and the handover protocol with tick
    boxes and the café's signature."""
    h = roastery_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    cafe_t = (
        LAST["cafe"]
        if after(("supply_agreement",)) and isinstance(LAST["cafe"], tuple)
        else cafe_of(rng if after(("machine_loan",)) else keyed(who, "cafe"))
    )
    cafe = cafe_t[0]
    d = last_day(rng, ("supply_agreement",), (0, 3))
    ch = make_head(cafe, lg, "cafe")
    boss = staff(ch, "owner")
    no = serial(rng, "LA-999")
    title = tr(
        lg, "EQUIPMENT LOAN AGREEMENT", "LEIHVERTRAG KAFFEEMASCHINE", "CONTRAT DE PRÊT DE MATÉRIEL"
    )
    f = sheets(s, h, f"{title} {no} - {cafe[0]}")
    f.page.text(m, f.y, title, s.bold, s.size + 4)
    f.page.text(w - m, f.y, no, s.font, s.size, "right")
    f.y += 14
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Lender", "Verleiher", "Prêteur"), h.name),
            (tr(lg, "Borrower", "Entleiher", "Emprunteur"), cafe[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (tr(lg, "Site address", "Aufstellort", "Lieu d'installation"), f"{cafe[1]}, {cafe[2]}"),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(2.8, "left"), (1.6, "left"), (1.4, "right")])
    machines = [
        (
            rng.choice(
                [
                    "La Marzocco Linea PB 2gr",
                    "Sanremo Zoe 2gr",
                    "Victoria Arduino Eagle One 2gr",
                    "Rocket Boxer 2gr",
                    "Faema E71 2gr",
                ]
            ),
            rng.choice([6900.0, 8450.0, 11200.0, 5600.0]),
        ),
        (
            rng.choice(
                [
                    "Mahlkönig E65S GbW",
                    "Mazzer Super Jolly V Pro",
                    "Eureka Atom 75",
                    "Fiorenzato F64 EVO",
                ]
            ),
            rng.choice([1450.0, 1890.0, 2350.0]),
        ),
    ]
    if rng.random() < 0.5:
        machines.append(
            (
                rng.choice(
                    ["Water filter BWT bestmax M", "Brita Purity C500", "Knock box and tamper set"]
                ),
                rng.choice([180.0, 240.0, 95.0]),
            )
        )
    rows = [[n, serial(rng, "AA999999"), money(v, lg)] for n, v in machines]
    table(
        f,
        cols,
        [
            tr(lg, "Equipment", "Gerät", "Matériel"),
            tr(lg, "Serial no.", "Seriennr.", "N° série"),
            tr(lg, "Replacement value", "Wiederbeschaffungswert", "Valeur à neuf"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    kg = rng.choice([6, 8, 10, 12, 15])
    for k, t in enumerate(
        [
            tr(
                lg,
                "The equipment remains the property of the Lender. It is lent free of charge for "
                f"as long as the Borrower buys at least {kg} kg of coffee per week from the "
                "Lender.",
                "Die Geräte bleiben Eigentum des Verleihers. Sie werden unentgeltlich "
                f"überlassen, solange der Entleiher mindestens {kg} kg Kaffee pro Woche beim "
                "Verleiher bezieht.",
                "Le matériel reste la propriété du prêteur. Il est prêté gratuitement tant que "
                f"l'emprunteur achète au moins {kg} kg de café par semaine au prêteur.",
            ),
            tr(
                lg,
                "The Borrower insures the equipment against theft, fire and water damage and "
                "keeps it clean as instructed.",
                "Der Entleiher versichert die Geräte gegen Diebstahl, Feuer und Leitungswasser "
                "und reinigt sie nach Anweisung.",
                "L'emprunteur assure le matériel contre le vol, l'incendie et le dégât des eaux "
                "et l'entretient selon les consignes.",
            ),
            tr(
                lg,
                "Servicing and repairs are arranged by the Lender through its service partner; "
                "damage caused by misuse or limescale is charged.",
                "Wartung und Reparatur veranlasst der Verleiher über seinen Servicepartner; "
                "Schäden durch unsachgemäße Bedienung oder Verkalkung werden berechnet.",
                "L'entretien et les réparations sont assurés par le prestataire du prêteur ; les "
                "dommages dus à une mauvaise utilisation ou au calcaire sont facturés.",
            ),
            tr(
                lg,
                "If the supply agreement ends, the equipment is returned within 14 days or "
                "bought at its depreciated value.",
                "Endet der Liefervertrag, sind die Geräte binnen 14 Tagen zurückzugeben oder zum "
                "Restwert zu übernehmen.",
                "En cas de fin du contrat d'approvisionnement, le matériel est restitué sous 14 "
                "jours ou racheté à sa valeur résiduelle.",
            ),
            prose(rng, lg, "legal", 1, 2),
        ],
        1,
    ):
        f.para(m, w - 2 * m, f"{k}. {t}", s.font, s.size - 0.5)
    f.y += 10
    f.need(70)
    cw = (w - 2 * m - 30) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y + 30,
        cw,
        tr(lg, "Lender", "Verleiher", "Le prêteur"),
        crew("owner"),
        short(d, lg),
    )
    sign_box(
        f.page,
        s,
        m + cw + 30,
        f.y + 30,
        cw,
        tr(lg, "Borrower", "Entleiher", "L'emprunteur"),
        boss,
        short(d, lg),
    )
    pages = f.pages
    if rng.random() < 0.7:
        p = Page(s.page_size)
        y = (heading(p, s, h) if rng.random() < 0.5 else m) + 6
        p.text(
            m,
            y,
            tr(
                lg,
                "Installation and handover record",
                "Übergabeprotokoll",
                "Procès-verbal d'installation",
            ),
            s.bold,
            s.size + 3,
        )
        y += 20
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Date", "Datum", "Date"),
                    short(d + timedelta(days=rng.randint(1, 10)), lg),
                ),
                (
                    tr(lg, "Installed by", "Installiert durch", "Installé par"),
                    staff(
                        make_head(keyed(who, "t").choice(SENDERS["tech"][lg]), lg, "tech"), "tech"
                    ),
                ),
                (
                    tr(lg, "Water hardness (°dH)", "Wasserhärte (°dH)", "Dureté (°f)"),
                    str(rng.randint(6, 22)),
                ),
                (
                    tr(lg, "Filter capacity set (l)", "Filterkapazität (l)", "Capacité filtre (l)"),
                    str(rng.choice([1500, 2200, 3000])),
                ),
            ],
            per=2,
            tall=26,
        )
        for t in [
            tr(
                lg,
                "Machine installed level and connected",
                "Maschine aufgestellt und angeschlossen",
                "Machine installée et raccordée",
            ),
            tr(
                lg,
                "Water filter fitted and flushed",
                "Wasserfilter eingebaut und gespült",
                "Filtre installé et rincé",
            ),
            tr(
                lg,
                "Grinder dialled in on house espresso",
                "Mühle auf Hausespresso eingestellt",
                "Moulin réglé sur l'expresso maison",
            ),
            tr(
                lg,
                "Staff shown cleaning routine",
                "Reinigung erklärt",
                "Nettoyage expliqué au personnel",
            ),
            tr(
                lg,
                "Cleaning chemicals supplied",
                "Reinigungsmittel übergeben",
                "Produits de nettoyage remis",
            ),
            tr(
                lg,
                "Machine undamaged on delivery",
                "Geräte ohne Schäden übergeben",
                "Matériel livré sans dommage",
            ),
        ]:
            box(p, m, y + 1, rng.random() < 0.92, 8)
            p.text(m + 14, y, t, s.font, s.size - 0.5)
            y += 16
        y += 10
        p.text(m, y, tr(lg, "Comments", "Anmerkungen", "Commentaires"), s.bold, s.size)
        for k in range(3):
            p.line(m, y + 18 + 16 * k, w - m, y + 18 + 16 * k)
        if rng.random() < 0.6:
            hand(p, m + 4, y + 15, words(rng, lg, "tech", 7), 9.5, w - 2 * m)
        sign_box(
            p,
            s,
            m,
            y + 110,
            200,
            tr(lg, "Customer signature", "Unterschrift Kunde", "Signature du client"),
            boss,
            short(d, lg),
        )
        pages.append(p)
    out = close(pages, s, h)
    remember(d, cafe=(cafe, lg), extra=[m_[0] for m_ in machines])
    return out


# ---------------------------------------------------------------------------------------------
# Templates GGGG: wholesale customers, their machines, packaging and parcels
# ---------------------------------------------------------------------------------------------


def wholesale_lines(rng: random.Random, lg: str) -> list[tuple[str, int, float]]:
    rng_lines = product_lines(lg)
    picks = rng.sample(rng_lines, rng.randint(1, min(5, len(rng_lines))))
    return [(n, rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12]), v) for n, v in picks]


def tpl_wholesale_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The roastery's own invoice to a wholesale customer (the office copy): the café's
    address, the delivery note numbers, the coffee lines at the food VAT rate and the odd
    standard-rated line, bank details and terms."""
    h = roastery_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed_home("paper").random() < 0.7 else LETTER)
    w, hh = s.page_size
    m = s.margin
    prev = LAST["cafe"]
    if after(("delivery_note",)) and isinstance(prev, tuple):
        cafe = prev[0]
        lines = LAST["extra"] if isinstance(LAST["extra"], list) else wholesale_lines(rng, lg)
    else:
        cafe = cafe_of(rng)[0]
        lines = wholesale_lines(rng, lg)
    d = last_day(rng, ("delivery_note",), (0, 6))
    no = f"{keyed_home('inv').choice(['INV-', 'RE', 'F', ''])}{d.year}{rng.randint(100, 999):04d}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        [cafe[0], cafe[1], cafe[2]],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
                serial(random.Random(zlib.crc32(cafe[0].encode())), "K9999"),
            ),
            (
                tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"),
                serial(rng, "LS99999") if lg == "de" else serial(rng, "DN99999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    cols = columns(
        m, w - m, [(4, "left"), (0.8, "right"), (1.2, "right"), (0.8, "right"), (1.3, "right")]
    )
    rows = []
    food = std = 0.0
    for n, q, v in lines:
        amt = round(q * v, 2)
        std_line = "tablets" in n or "Reinigung" in n or "nettoyage" in n
        rate = vat_std(lg) if std_line else vat_food(lg)
        if std_line:
            std += amt
        else:
            food += amt
        rows.append([n, str(q), money(v, lg), f"{pct(rate, lg)}%", money(amt, lg)])
    if rng.random() < 0.3:
        rows.append(
            [
                tr(lg, "Delivery charge", "Lieferpauschale", "Frais de livraison"),
                "1",
                money(7.5, lg),
                f"{pct(vat_std(lg), lg)}%",
                money(7.5, lg),
            ]
        )
        std += 7.5
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "PU HT"),
            tr(lg, "VAT", "USt.", "TVA"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    rates = [(vat_food(lg), food)] + ([(vat_std(lg), std)] if std else [])
    if lg == "en":
        rates = [(0.0, food)] + ([(20.0, std)] if std else [])
    totals(
        f,
        s,
        lg,
        round(food + std, 2),
        rates,
        tr(
            lg,
            f"Payment due within 30 days ({day(h, d + timedelta(days=30))}). Please quote the "
            "invoice number.",
            f"Zahlbar bis {day(h, d + timedelta(days=14))} ohne Abzug. Lieferdatum = "
            "Rechnungsdatum.",
            f"Échéance : {day(h, d + timedelta(days=30))}. Pénalités de retard : 3 fois le taux "
            "d'intérêt légal ; indemnité forfaitaire de recouvrement 40 €.",
        ),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.25:
        hand(
            pages[0],
            m + 6,
            hh - m - 50,
            tr(
                lg,
                f"paid {short(d + timedelta(days=rng.randint(5, 30)), lg)} BACS",
                f"bez. {short(d + timedelta(days=rng.randint(5, 30)), lg)}",
                f"réglé le {short(d + timedelta(days=rng.randint(5, 30)), lg)}",
            ),
            11,
        )
    remember(d, cafe=(cafe, lg), extra=lines)
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The roastery's delivery note for a wholesale drop (A5), signed by the café on receipt,
    with the roast dates and now and then a hand note of a short or a returned bag."""
    h = roastery_head()
    lg = h.lang
    size = keyed_home("dn").choice([A5, A5, landscape(A5), A4])
    s = style_of(h, size, margin=32 if size != A4 else 0, pt=8.5 if size != A4 else 0)
    w, hh = size
    m = s.margin
    cafe = cafe_of(rng)[0]
    lines = wholesale_lines(rng, lg)
    d = some_day(rng)
    no = serial(rng, "99999")
    p = Page(size)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 11)
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, 9, "right")
    y += 16
    for t in (cafe[0], cafe[1], cafe[2]):
        p.text(m, y, t, s.font, s.size)
        y += s.size * 1.3
    p.text(
        w - m,
        y - s.size * 2.6,
        f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}",
        s.font,
        s.size,
        "right",
    )
    p.text(
        w - m,
        y - s.size * 1.3,
        f"{tr(lg, 'Driver', 'Fahrer', 'Livreur')}: "
        f"{crew(rng.choice(['packer1', 'packer2', 'owner'])).split()[0]}",
        s.font,
        s.size,
        "right",
    )
    y += 10
    cols = columns(m, w - m, [(3.6, "left"), (0.7, "right"), (1.3, "left")])
    p.text(cols[0][0], y, tr(lg, "Product", "Artikel", "Produit"), s.bold, 8)
    p.text(cols[1][1], y, tr(lg, "Qty", "Menge", "Qté"), s.bold, 8, "right")
    p.text(cols[2][0] + 10, y, tr(lg, "Roasted", "Röstdatum", "Torréfié le"), s.bold, 8)
    p.line(m, y + 4, w - m, y + 4)
    y += 15
    for n, q, _ in lines:
        p.text(cols[0][0], y, fit(n, s.font, 8, cols[0][1] - cols[0][0]), s.font, 8)
        p.text(cols[1][1], y, str(q), s.font, 8, "right")
        p.text(cols[2][0] + 10, y, short(d - timedelta(days=rng.randint(1, 5)), lg), s.font, 8)
        p.line(m, y + 4, w - m, y + 4)
        y += 14
    y += 8
    if rng.random() < 0.25:
        hand(
            p,
            m + 4,
            y + 4,
            rng.choice(
                [
                    tr(lg, "1 x decaf short - next drop", "1 x Entkoff. fehlt", "manque 1 déca"),
                    tr(lg, "returned 2 empty tubs", "2 leere Eimer zurück", "2 seaux vides repris"),
                ]
            ),
            9.5,
        )
        y += 16
    yb = hh - m - 20
    p.text(
        m,
        yb - 24,
        fit(
            tr(
                lg,
                "Received in good condition",
                "Ware vollständig und einwandfrei erhalten",
                "Reçu en bon état",
            ),
            s.font,
            7.5,
            w / 2,
        ),
        s.font,
        7.5,
    )
    signer = staff(make_head(cafe, lg, "cafe"), rng.choice(["owner", "barista"]))
    if rng.random() < 0.85:
        scrawl(p, m + 4, yb - 4, signer, 11)
    p.line(m, yb, m + (w - 2 * m) * 0.45, yb)
    p.text(
        m, yb + 9, tr(lg, "Signature / name", "Unterschrift / Name", "Signature / nom"), s.font, 6.5
    )
    if rng.random() < 0.5:
        hand(p, w / 2 + 10, yb - 4, signer.split()[0].upper(), 10)
    remember(d, cafe=(cafe, lg), extra=lines)
    return [p]


FAULTS = {
    "en": [
        "Group 2 dripping",
        "Steam wand weak",
        "Boiler pressure low",
        "Grinder inconsistent",
        "Water leak under machine",
        "Routine 6-month service",
        "Flowmeter error group 1",
        "Pump noisy",
    ],
    "de": [
        "Gruppe 2 tropft",
        "Dampflanze schwach",
        "Kesseldruck zu niedrig",
        "Mahlgrad schwankt",
        "Wasser unter Maschine",
        "Halbjahreswartung",
        "Flowmeter-Fehler Gruppe 1",
        "Pumpe laut",
    ],
    "fr": [
        "Groupe 2 goutte",
        "Buse vapeur faible",
        "Pression chaudière basse",
        "Mouture irrégulière",
        "Fuite sous la machine",
        "Entretien semestriel",
        "Erreur débitmètre groupe 1",
        "Pompe bruyante",
    ],
}
WORK = {
    "en": [
        "Replaced group gaskets and shower screens",
        "Descaled steam wand, new tip",
        "Adjusted pressurestat to 1.1 bar",
        "Burrs replaced, dialled in",
        "Tightened drain fitting",
        "Full service, filter changed",
        "Flowmeter cleaned, cable reseated",
        "Pump head adjusted to 9 bar",
    ],
    "de": [
        "Gruppendichtungen und Duschsiebe erneuert",
        "Dampflanze entkalkt, neue Düse",
        "Pressostat auf 1,1 bar eingestellt",
        "Mahlscheiben getauscht, eingestellt",
        "Ablauf nachgezogen",
        "Wartung komplett, Filter gewechselt",
        "Flowmeter gereinigt, Stecker neu",
        "Pumpe auf 9 bar eingestellt",
    ],
    "fr": [
        "Joints de groupe et douchettes remplacés",
        "Buse vapeur détartrée",
        "Pressostat réglé à 1,1 bar",
        "Meules remplacées, réglage",
        "Raccord de vidange resserré",
        "Entretien complet, filtre changé",
        "Débitmètre nettoyé",
        "Pompe réglée à 9 bar",
    ],
}


SPARES = {
    "en": [
        "group gasket 8.5mm",
        "shower screen",
        "steam tip 4-hole",
        "burr set 65mm",
        "O-ring kit",
    ],
    "de": [
        "Gruppendichtung 8,5",
        "Duschsieb",
        "Dampfdüse 4-Loch",
        "Mahlscheiben 65",
        "O-Ring-Satz",
    ],
    "fr": ["joint de groupe 8,5", "douchette", "buse vapeur 4 trous", "meules 65 mm", "kit joints"],
}


def tpl_machine_service(rng: random.Random, who: Issuer) -> list[Page]:
    """The espresso machine technician's job sheet from a café visit (a carbonless A5 pad):
    the site, the machine, fault and work done, parts, times, tick boxes, the café's
    signature; the technician sends the roastery (the machine's owner) its copy."""
    h = head_of(who, "tech")
    lg = h.lang
    s = style_of(h, A5, margin=28, pt=8)
    w, hh = A5
    m = s.margin
    cafe_t = (
        LAST["cafe"]
        if after(("machine_loan",)) and isinstance(LAST["cafe"], tuple)
        else cafe_of(rng)
    )
    cafe = cafe_t[0]
    d = last_day(rng, ("machine_loan",), (1, 12))
    tech = staff(h, "tech")
    p = Page(A5)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "SERVICE JOB SHEET", "SERVICEBERICHT / ARBEITSSCHEIN", "BON D'INTERVENTION"),
        s.bold,
        10.5,
    )
    p.text(w - m, y, serial(rng, "No 99999"), "Courier-Bold", 10, "right")
    y += 8
    k = rng.randrange(len(FAULTS["en"]))
    ex = LAST["extra"]
    machine = (
        ex[0]
        if after(("machine_loan",)) and isinstance(ex, list) and ex
        else rng.choice(
            [
                "La Marzocco Linea PB",
                "Sanremo Zoe",
                "Victoria Arduino Eagle One",
                "Rocket Boxer",
                "Faema E71",
            ]
        )
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Site", "Kunde / Standort", "Client / site"), f"{cafe[0]}, {cafe[1]}"),
            (tr(lg, "Account (billing)", "Rechnung an", "Facturer à"), roastery_row()[0]),
            (tr(lg, "Machine", "Gerät", "Machine"), machine),
            (tr(lg, "Serial", "Seriennr.", "N° série"), serial(rng, "AA999999")),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Time in / out", "Ankunft / Ende", "Arrivée / départ"),
                f"{rng.randint(7, 15)}:{rng.choice(['00', '15', '30', '45'])} - "
                f"{rng.randint(10, 17)}:{rng.choice(['05', '20', '40', '50'])}",
            ),
        ],
        per=2,
        tall=22,
    )
    p.text(m, y, tr(lg, "Reported fault", "Fehlerbeschreibung", "Panne signalée"), s.bold, 8)
    hand(p, m + 4, y + 13, FAULTS[lg][k], 9, w - 2 * m)
    y += 30
    p.text(m, y, tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux effectués"), s.bold, 8)
    for j, ln in enumerate(
        wrap(
            WORK[lg][k] + ". " + words(rng, lg, "tech", rng.randint(4, 9)), HAND, 9, w - 2 * m - 8
        )[:3]
    ):
        hand(p, m + 4, y + 13 + 12 * j, ln, 9)
    y += 52
    p.text(m, y, tr(lg, "Parts", "Material", "Pièces"), s.bold, 8)
    for j in range(rng.randint(0, 3)):
        hand(p, m + 4, y + 13 + 12 * j, f"{rng.randint(1, 4)} x {rng.choice(SPARES[lg])}", 9)
    y += 54
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Warranty", "Garantie", "Garantie"),
            tr(lg, "Chargeable", "Kostenpflichtig", "Facturable"),
            tr(lg, "Contract", "Wartungsvertrag", "Contrat"),
            tr(lg, "Follow-up needed", "Nacharbeit nötig", "Retour prévu"),
        ],
        {rng.choice([1, 2])} | ({3} if rng.random() < 0.2 else set()),
    )
    y = ticks(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            tr(lg, "Machine left working", "Maschine betriebsbereit", "Machine en service"),
            tr(lg, "Water filter checked", "Filter geprüft", "Filtre contrôlé"),
        ],
        {0, 1} if rng.random() < 0.9 else {1},
    )
    yb = hh - 48
    cw = (w - 2 * m - 20) / 2
    sign_box(p, s, m, yb, cw, tr(lg, "Engineer", "Techniker", "Technicien"), tech)
    sign_box(
        p,
        s,
        m + cw + 20,
        yb,
        cw,
        tr(lg, "Customer", "Kunde", "Client"),
        staff(make_head(cafe, lg, "cafe"), "barista"),
    )
    p.text(
        w / 2,
        hh - 16,
        tr(
            lg,
            "White: customer - Yellow: office - Pink: engineer",
            "Weiß: Kunde - Gelb: Büro - Rosa: Techniker",
            "Blanc : client - Jaune : bureau - Rose : technicien",
        ),
        s.font,
        5.5,
        "center",
    )
    remember(d, cafe=(cafe, lg))
    return [p]


PACK_ITEMS = {
    "en": [
        ("Kraft valve bag 250g, printed 2 col.", 0.24),
        ("Kraft valve bag 1kg, matt black", 0.41),
        ("One-way degassing valve", 0.06),
        ("Retail label 60x90mm", 0.035),
        ("Shipping box 2 x 1kg", 0.58),
        ("Tin tie closure 250g", 0.03),
        ("Compostable bag 250g, zip", 0.39),
    ],
    "de": [
        ("Aromaschutzbeutel 250 g Kraft, 2-farbig", 0.26),
        ("Blockbodenbeutel 1 kg schwarz matt", 0.44),
        ("Aromaventil", 0.07),
        ("Etikett 60 x 90 mm", 0.04),
        ("Versandkarton 2 x 1 kg", 0.61),
        ("Blechbanderole 250 g", 0.03),
        ("Kompostierbarer Beutel 250 g, Zipper", 0.42),
    ],
    "fr": [
        ("Sachet kraft à valve 250 g, 2 couleurs", 0.25),
        ("Sachet fond plat 1 kg noir mat", 0.43),
        ("Valve de dégazage", 0.06),
        ("Étiquette 60 x 90 mm", 0.04),
        ("Carton d'expédition 2 x 1 kg", 0.6),
        ("Attache métal 250 g", 0.03),
        ("Sachet compostable 250 g, zip", 0.41),
    ],
}


def tpl_packaging_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The packaging supplier's invoice for printed coffee bags, valves, labels and boxes,
    lines with thousands of units and a plate (cliché) charge, often followed by the artwork
    proof on a landscape page with the colour references and the approval box signed by
    the roastery."""
    h = head_of(who, "packaging", abroad=0.25)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["9999999", "RE-99999", "FA99-99999"]))
    order = serial(rng, "AB-99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        roastery_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Order confirmation", "Auftragsbestätigung", "Confirmation"), order),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "cust"), "99999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4)
    cols = columns(
        m, w - m, [(0.9, "left"), (4, "left"), (1.1, "right"), (1, "right"), (1.3, "right")]
    )
    rows = []
    net = 0.0
    blend = keyed_home("range").sample(BLEND_NAMES, 4)[0]
    for n, v in rng.sample(PACK_ITEMS[lg], rng.randint(2, 5)):
        q = rng.choice([500, 1000, 2000, 2500, 5000, 10000])
        amt = round(q * v, 2)
        net += amt
        rows.append(
            [
                serial(rng, "99999"),
                f"{n}"
                + (f" - '{blend}'" if "printed" in n or "2-farbig" in n or "couleurs" in n else ""),
                f"{q:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
                money(v * 1000, lg) + "/1000",
                money(amt, lg),
            ]
        )
    if rng.random() < 0.5:
        plate = rng.choice([95.0, 140.0, 180.0])
        rows.append(
            [
                "",
                tr(
                    lg,
                    "Printing plates (clichés), 2 colours",
                    "Druckplatten (Klischees), 2 Farben",
                    "Clichés d'impression, 2 couleurs",
                ),
                "2",
                money(plate / 2, lg),
                money(plate, lg),
            ]
        )
        net += plate
    rows.append(["", tr(lg, "Carriage", "Fracht", "Port"), "1", money(35.0, lg), money(35.0, lg)])
    net += 35.0
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    foreign = lg != home()
    if foreign and lg != "en" and home() != "en":
        totals(
            f,
            s,
            lg,
            round(net, 2),
            [],
            tr(
                lg,
                "Intra-community supply, reverse charge.",
                "Steuerfreie innergemeinschaftliche Lieferung, Reverse Charge.",
                "Autoliquidation - livraison intracommunautaire exonérée, art. 262 ter I du CGI.",
            ),
        )
    else:
        totals(
            f,
            s,
            lg,
            round(net, 2),
            [(vat_std(lg), round(net, 2))],
            tr(
                lg,
                "Payment 30 days net. Goods remain our property until paid in full.",
                "Zahlbar innerhalb 30 Tagen netto. Eigentumsvorbehalt bis zur vollständigen "
                "Bezahlung.",
                "Paiement à 30 jours. Clause de réserve de propriété.",
            ),
        )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    if rng.random() < 0.6:
        sp = style_of(h, landscape(A4), margin=40, pt=8)
        p = Page(landscape(A4))
        pw, _ph = landscape(A4)
        p.text(
            40,
            40,
            tr(lg, "ARTWORK PROOF", "DRUCKFREIGABE / KORREKTURABZUG", "BON À TIRER"),
            sp.bold,
            14,
        )
        p.text(pw - 40, 40, f"{h.name} - {order}", sp.font, 8, "right")
        # flat bag outline with front and back panels
        for k, lab in enumerate(
            [tr(lg, "FRONT", "VORDERSEITE", "RECTO"), tr(lg, "BACK", "RÜCKSEITE", "VERSO")]
        ):
            x0 = 60 + k * 230
            p.rect(x0, 70, 200, 330)
            p.line(x0, 100, x0 + 200, 100)
            p.text(x0 + 100, 90, lab, sp.font, 7, "center")
            if k == 0:
                bean(p, x0 + 100, 170, 26)
                p.text(x0 + 100, 230, roastery_row()[0].upper()[:28], sp.bold, 10, "center")
                p.text(x0 + 100, 260, blend.upper(), sp.bold, 18, "center")
                p.text(
                    x0 + 100,
                    285,
                    tr(lg, "ESPRESSO - 250g", "ESPRESSO - 250 g", "EXPRESSO - 250 g"),
                    sp.font,
                    9,
                    "center",
                )
                ring(p, x0 + 100, 340, 9)
                p.text(x0 + 100, 365, tr(lg, "valve", "Ventil", "valve"), sp.font, 6, "center")
            else:
                for j in range(8):
                    p.line(x0 + 20, 130 + 14 * j, x0 + 180 - (j % 3) * 25, 130 + 14 * j)
                p.rect(x0 + 50, 300, 100, 40)
                p.text(x0 + 100, 355, "EAN 5 0 6 0 4 1 2 3 4 5 6", sp.font, 6, "center")
        x = 540
        y = 80
        for lab, val in [
            (tr(lg, "Format", "Format", "Format"), "130 x 80 x 250 mm"),
            (
                tr(lg, "Material", "Material", "Matière"),
                rng.choice(["Kraft/PET/PE", "Kraft/PLA (compostable)", "PET/ALU/PE matt"]),
            ),
            (
                tr(lg, "Colours", "Farben", "Couleurs"),
                rng.choice(
                    [
                        "Pantone 4625 C + Black",
                        "Pantone 7621 C",
                        "Black only",
                        "Pantone 342 C + White",
                    ]
                ),
            ),
            (tr(lg, "Quantity", "Auflage", "Quantité"), rows[0][2]),
            (tr(lg, "Proof no.", "Korrektur Nr.", "Épreuve n°"), str(rng.randint(1, 3))),
        ]:
            p.text(x, y, lab, sp.bold, 8)
            p.text(x + 80, y, fit(val, sp.font, 8, pw - 40 - x - 80), sp.font, 8)
            y += 15
        y += 10
        for ln in wrap(
            tr(
                lg,
                "Please check text, colours and dimensions carefully. Colours on screen or "
                "printout are not binding. Once approved, the customer is responsible for any "
                "errors.",
                "Bitte prüfen Sie Texte, Farben und Maße sorgfältig. Bildschirm- und "
                "Ausdruckfarben sind nicht verbindlich. Mit der Freigabe übernimmt der Kunde die "
                "Verantwortung für Fehler.",
                "Merci de vérifier textes, couleurs et dimensions. Les couleurs à l'écran ne "
                "sont pas contractuelles. Après validation, le client est responsable des "
                "erreurs.",
            ),
            sp.font,
            7.5,
            pw - 40 - x,
        ):
            p.text(x, y, ln, sp.font, 7.5)
            y += 10
        y += 12
        p.rect(x - 6, y - 12, pw - 40 - x + 6, 130)
        ok = rng.random() < 0.8
        y = ticks(
            p,
            sp,
            x,
            y + 6,
            pw - 46 - x,
            [
                tr(lg, "Approved as is", "Freigegeben", "Bon pour accord"),
                tr(
                    lg,
                    "Approved with changes",
                    "Freigabe mit Korrekturen",
                    "Accord avec corrections",
                ),
                tr(lg, "New proof required", "Neuer Abzug", "Nouvelle épreuve"),
            ],
            {0} if ok else {1},
        )
        if not ok:
            hand(
                p,
                x,
                y + 6,
                rng.choice(
                    [
                        tr(lg, "move weight up 5mm", "Gewicht 5 mm höher", "poids 5 mm plus haut"),
                        "Pantone 4625!",
                        tr(lg, "typo: 'Espreso'", "Tippfehler Espreso", "faute : Espreso"),
                    ]
                ),
                9.5,
            )
        sign_box(
            p,
            sp,
            x,
            y + 50,
            pw - 50 - x,
            tr(
                lg,
                "Customer signature / date",
                "Unterschrift Kunde / Datum",
                "Signature client / date",
            ),
            crew("owner"),
            short(d - timedelta(days=rng.randint(10, 30)), home()),
        )
        pages.append(p)
    remember(d)
    return pages


def tpl_courier_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The courier's monthly account statement for the online shop's parcels: the summary
    page with the totals and the direct debit date, then the consignments, a line each, over
    several pages (on landscape pages for some couriers)."""
    h = head_of(who, "courier")
    lg = h.lang
    land = keyed(who, "land").random() < 0.5
    s = style_of(h, landscape(A4) if land else A4, margin=36 if land else 0, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("courier_statement",)) and isinstance(ex, tuple) and ex[0] == "courier":
        period = add_months(ex[1], 1)
    else:
        period = add_months(month(), -1)
    d = add_months(period, 1) + timedelta(days=rng.randint(1, 6))
    acc = serial(keyed(who, "acc"), "9999999")
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Account', 'Kundennummer', 'Compte')} {acc} - "
        f"{month_name(period, lg)}",
    )
    recipient(
        f,
        s,
        h,
        roastery_lines(),
        d,
        [
            (tr(lg, "Account", "Kundennummer", "Compte client"), acc),
            (tr(lg, "Statement", "Abrechnung", "Relevé"), serial(rng, "99999999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Account statement - {month_name(period, lg)}",
            f"Sammelrechnung - {month_name(period, lg)}",
            f"Relevé de compte - {month_name(period, lg)}",
        ),
        2,
    )
    n = rng.choice([25, 40, 60, 90, 140])
    svc = [
        tr(lg, "Next day", "Paket Standard", "Colis 24h"),
        tr(lg, "48 hour", "Paket Express", "Colis 48h"),
        tr(lg, "Small parcel", "Päckchen", "Petit colis"),
        tr(lg, "Pallet", "Palette", "Palette"),
    ]
    rows = []
    net = 0.0
    for _ in range(n):
        k = rng.choices([0, 1, 2, 3], [6, 3, 4, 1])[0]
        kg = round(
            rng.uniform(0.3, 2.5)
            if k == 2
            else rng.uniform(1, 12)
            if k < 2
            else rng.uniform(80, 300),
            1,
        )
        base = [6.2, 5.1, 3.4, 48.0][k] + (kg * 0.12 if k < 3 else 0)
        net += base
        pc = {"en": serial(rng, "AA9 9AA"), "de": serial(rng, "99999"), "fr": serial(rng, "99999")}[
            lg
        ]
        rows.append(
            [
                short(period + timedelta(days=rng.randint(0, 27)), lg),
                serial(rng, "99999999999999"),
                svc[k],
                pc,
                money(kg, lg),
                money(base, lg),
            ]
        )
    rows.sort(key=lambda r: r[0][6:] + r[0][3:5] + r[0][:2])
    fuel = round(net * rng.choice([0.085, 0.11, 0.135]), 2)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, f"Consignments ({n})", f"Sendungen ({n})", f"Envois ({n})"), cash(net, lg)),
            (tr(lg, "Fuel surcharge", "Kraftstoffzuschlag", "Surcharge carburant"), cash(fuel, lg)),
            (
                tr(
                    lg, f"VAT {vat_std(lg):g}%", f"USt. {vat_std(lg):g} %", f"TVA {vat_std(lg):g} %"
                ),
                cash((net + fuel) * vat_std(lg) / 100, lg),
            ),
            (
                tr(lg, "Total", "Gesamt", "Total TTC"),
                cash((net + fuel) * (1 + vat_std(lg) / 100), lg),
            ),
        ],
        w * 0.55,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be collected by Direct Debit on or after "
            f"{day(h, d + timedelta(days=10))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=10))} per SEPA-Lastschrift eingezogen "
            f"(Mandatsreferenz {serial(keyed(who, 'm'), 'PX-999999')}).",
            f"Ce montant sera prélevé le {day(h, d + timedelta(days=10))} (RUM "
            f"{serial(keyed(who, 'm'), 'CR999999')}).",
        ),
        s.size - 0.5,
    )
    f.y += 6
    cols = columns(
        m,
        w - m,
        [(1.1, "left"), (2, "left"), (1.4, "left"), (1.1, "left"), (0.8, "right"), (0.9, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Consignment", "Sendungsnr.", "N° d'envoi"),
            tr(lg, "Service", "Produkt", "Service"),
            tr(lg, "Postcode", "PLZ", "CP"),
            "kg",
            tr(lg, "Charge", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=7.5,
        step=1.45,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    remember(d, extra=("courier", period))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGGG: certification, the online shop, shows and training
# ---------------------------------------------------------------------------------------------

AUDIT_SECTIONS = {
    "en": [
        (
            "Traceability",
            [
                "Purchase records match certified volumes",
                "Certified and non-certified stock kept apart",
                "Product labelling and claims",
            ],
        ),
        (
            "Records",
            [
                "Green coffee receipts and roasting logs",
                "Sales records of certified products",
                "Mass balance reconciled",
            ],
        ),
        ("Use of marks", ["Artwork approval for packaging", "Website and online shop claims"]),
        ("Premium and prices", ["Minimum price and premium paid", "Contracts with traders"]),
    ],
    "de": [
        (
            "Rückverfolgbarkeit",
            [
                "Einkaufsbelege entsprechen zertifizierten Mengen",
                "Trennung zertifizierter und konventioneller Ware",
                "Kennzeichnung und Auslobung",
            ],
        ),
        (
            "Aufzeichnungen",
            [
                "Wareneingänge Rohkaffee und Röstprotokolle",
                "Verkaufsbelege zertifizierter Produkte",
                "Mengenbilanz abgestimmt",
            ],
        ),
        ("Siegelnutzung", ["Freigabe der Verpackungsgestaltung", "Webseite und Onlineshop"]),
        ("Prämie und Preise", ["Mindestpreis und Prämie gezahlt", "Verträge mit Händlern"]),
    ],
    "fr": [
        (
            "Traçabilité",
            [
                "Achats conformes aux volumes certifiés",
                "Séparation des stocks certifiés",
                "Étiquetage et allégations",
            ],
        ),
        (
            "Enregistrements",
            [
                "Réceptions de café vert et fiches de torréfaction",
                "Ventes de produits certifiés",
                "Bilan matière rapproché",
            ],
        ),
        ("Utilisation des marques", ["Validation des emballages", "Site et boutique en ligne"]),
        ("Prime et prix", ["Prix minimum et prime versés", "Contrats avec les négociants"]),
    ],
}


def tpl_certification_audit(rng: random.Random, who: Issuer) -> list[Page]:
    """The certification body's audit report of the roastery as an organic / Fairtrade
    operator: the operator and audit fields, the scope ticks, the checklist by section with
    compliance marks, the table of non-conformities with corrective actions and deadlines,
    the auditor's and the operator's signatures."""
    h = head_of(who, "certifier", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    auditor = staff(h, "auditor")
    scheme = (rng if after(("certification_audit",)) else keyed(who, "scheme")).choice(
        [
            tr(lg, "Organic (EU 2018/848)", "Öko (VO (EU) 2018/848)", "Bio (UE 2018/848)"),
            tr(
                lg,
                "Fairtrade Trader Standard",
                "Fairtrade-Händlerstandard",
                "Standard Fairtrade négociants",
            ),
            tr(lg, "Organic + Fairtrade", "Öko + Fairtrade", "Bio + Fairtrade"),
        ]
    )
    report = serial(rng, "AR-99-99999")
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Audit report', 'Kontrollbericht', 'Rapport d audit')} {report} - "
        f"{roastery_row()[0]}",
    )
    caption(f, s, tr(lg, "AUDIT REPORT", "KONTROLLBERICHT", "RAPPORT D'AUDIT"), 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Operator", "Unternehmen", "Opérateur"), roastery_row()[0]),
            (
                tr(lg, "Operator ID", "Kontrollnummer", "N° opérateur"),
                serial(keyed(who, "id"), "99999"),
            ),
            (tr(lg, "Standard", "Standard", "Référentiel"), scheme),
            (
                tr(lg, "Audit type", "Kontrollart", "Type d'audit"),
                rng.choice(
                    [
                        tr(lg, "Annual, announced", "Jährlich, angekündigt", "Annuel, annoncé"),
                        tr(lg, "Unannounced", "Unangekündigt", "Inopiné"),
                        tr(lg, "Renewal", "Rezertifizierung", "Renouvellement"),
                    ]
                ),
            ),
            (tr(lg, "Audit date", "Kontrolldatum", "Date d'audit"), short(d, lg)),
            (tr(lg, "Auditor", "Kontrolleur/in", "Auditeur"), auditor),
            (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), report),
            (tr(lg, "Present", "Anwesend", "Présents"), f"{crew('owner')}, {crew('books')}"),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.page.text(m, f.y, tr(lg, "Scope", "Geltungsbereich", "Périmètre"), s.bold, s.size)
    f.y = ticks(
        f.page,
        s,
        m + 60,
        f.y,
        w - 2 * m - 60,
        [
            tr(lg, "Roasting", "Rösten", "Torréfaction"),
            tr(lg, "Packing", "Abpacken", "Conditionnement"),
            tr(lg, "Trading", "Handel", "Négoce"),
            tr(lg, "Online sales", "Onlinehandel", "Vente en ligne"),
            tr(lg, "Storage", "Lagerung", "Stockage"),
        ],
        {0, 1, 3} | ({2} if rng.random() < 0.5 else set()),
    )
    f.y += 8
    ncs: list[tuple[str, str]] = []
    for sec, items in AUDIT_SECTIONS[lg]:
        f.heading(m, sec, s.bold, s.size + 0.5)
        for it in items:
            f.need(14)
            res = rng.choices(["C", "NC", "n/a"], [12, 2, 1])[0]
            f.page.text(m + 10, f.y, fit(it, s.font, s.size - 0.5, w * 0.6), s.font, s.size - 0.5)
            for j, lab in enumerate(["C", "NC", "n/a"]):
                x = w - m - 110 + j * 38
                box(f.page, x, f.y + 1, res == lab, 7)
                f.page.text(x + 10, f.y, lab, s.font, 7)
            f.y += 13
            if res == "NC":
                ncs.append((it, words(rng, lg, "coffee", rng.randint(8, 14))))
    f.y += 6
    f.heading(
        m,
        tr(
            lg,
            "Non-conformities and corrective actions",
            "Abweichungen und Korrekturmaßnahmen",
            "Non-conformités et actions correctives",
        ),
        s.bold,
        s.size + 0.5,
    )
    if ncs:
        cols = columns(
            m, w - m, [(0.4, "left"), (2.4, "left"), (3, "left"), (0.9, "left"), (1.1, "left")]
        )
        rows = [
            [
                str(k + 1),
                it,
                txt,
                rng.choice(
                    [tr(lg, "minor", "gering", "mineure"), tr(lg, "major", "schwer", "majeure")]
                ),
                short(d + timedelta(days=rng.choice([30, 60, 90])), lg),
            ]
            for k, (it, txt) in enumerate(ncs)
        ]
        table(
            f,
            cols,
            [
                "#",
                tr(lg, "Requirement", "Anforderung", "Exigence"),
                tr(lg, "Finding", "Feststellung", "Constat"),
                tr(lg, "Grade", "Grad", "Gravité"),
                tr(lg, "Deadline", "Frist", "Échéance"),
            ],
            rows,
            s,
            rules=True,
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "No non-conformities were found at this audit.",
                "Bei dieser Kontrolle wurden keine Abweichungen festgestellt.",
                "Aucune non-conformité relevée lors de cet audit.",
            ),
        )
    if rng.random() < 0.65:
        f.new_page()
        f.heading(
            m,
            tr(lg, "Mass balance check", "Mengenflussprüfung", "Contrôle du bilan matière"),
            s.bold,
            s.size + 1,
        )
        write(
            f,
            s,
            tr(
                lg,
                "Certified green coffee bought against certified roasted coffee sold over the "
                "last 12 months (roast loss applied).",
                "Zertifizierter Rohkaffee-Einkauf gegen zertifizierten Röstkaffee-Verkauf der "
                "letzten 12 Monate (Röstverlust berücksichtigt).",
                "Achats de café vert certifié rapprochés des ventes de café torréfié certifié "
                "sur 12 mois (perte à la torréfaction déduite).",
            ),
            s.size - 0.5,
        )
        cols = columns(
            m,
            w - m,
            [(2.6, "left"), (1.2, "right"), (1.2, "right"), (1.2, "right"), (1.2, "right")],
        )
        rows = []
        for k in rng.sample(range(len(ORIGINS)), rng.randint(3, 6)):
            bought = rng.randint(8, 60) * ORIGINS[k][2]
            roasted = round(bought * rng.uniform(0.8, 0.84))
            sold = round(roasted * rng.uniform(0.7, 1.0))
            rows.append(
                [
                    origin_name(k, lg) + " " + ORIGINS[k][1].split(",")[0],
                    str(bought),
                    str(roasted),
                    str(sold),
                    str(roasted - sold),
                ]
            )
        table(
            f,
            cols,
            [
                tr(lg, "Lot / origin", "Partie / Herkunft", "Lot / origine"),
                tr(lg, "Bought kg", "Einkauf kg", "Acheté kg"),
                tr(lg, "Roasted kg", "Geröstet kg", "Torréfié kg"),
                tr(lg, "Sold kg", "Verkauft kg", "Vendu kg"),
                tr(lg, "Stock kg", "Bestand kg", "Stock kg"),
            ],
            rows,
            s,
            rules=True,
        )
        f.y += 6
        write(
            f,
            s,
            tr(lg, "Documents sampled: ", "Geprüfte Belege: ", "Pièces contrôlées : ")
            + ", ".join(
                serial(rng, rng.choice(["INV99999", "RE-99999", "F9999"]))
                for _ in range(rng.randint(3, 7))
            ),
            s.size - 1,
        )
    f.y += 8
    write(
        f,
        s,
        tr(lg, "Summary: ", "Zusammenfassung: ", "Synthèse : ") + prose(rng, lg, "coffee", 2, 3),
        s.size - 0.5,
    )
    f.y += 20
    f.need(70)
    cw = (w - 2 * m - 30) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y + 24,
        cw,
        tr(lg, "Auditor", "Kontrolleur/in", "Auditeur"),
        auditor,
        short(d, lg),
    )
    sign_box(
        f.page,
        s,
        m + cw + 30,
        f.y + 24,
        cw,
        tr(
            lg,
            "Operator (received a copy)",
            "Unternehmen (Kopie erhalten)",
            "Opérateur (copie remise)",
        ),
        crew("owner"),
        short(d, lg),
    )
    f.y += 40
    pages = close(
        f.pages,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    received(rng, pages[0], d + timedelta(days=rng.randint(3, 15)), 0.3)
    remember(d)
    return pages


def tpl_payout_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The payment provider's payout report for the online shop, printed from the browser:
    the browser's print header and footer (date, title, address, 1/2), the payout summary,
    fees and the transactions table."""
    h = head_of(who, "payments")
    lg = home()
    size = LETTER if keyed_home("browser").random() < 0.3 else A4
    s = Style("Helvetica", "Helvetica-Bold", 8.5, 42, "none", "bottom", size, "short")
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("payout_report",)) and isinstance(ex, tuple) and ex[0] == "payout":
        d = ex[1] + timedelta(days=7)
    else:
        d = some_day(rng)
    po = serial(rng, "po_9AAAA99AAAA9AA99A")
    printed = d + timedelta(days=rng.randint(0, 20))
    url = f"https://dashboard.tillwise.com/payouts/{po}"
    title = tr(lg, "Payout", "Auszahlung", "Virement")
    stamp_time = f"{short(printed, lg)} {rng.randint(8, 17)}:{rng.randint(10, 59)}"

    def start(p: Page, n: int) -> float:
        p.text(20, 16, stamp_time, "Helvetica", 7)
        p.text(w / 2, 16, f"{title} {po} - Tillwise", "Helvetica", 7, "center")
        if n == 1:
            p.rect(m, 34, w - 2 * m, 24, fill=0.92)
            p.text(m + 8, 50, "tillwise", "Helvetica-Bold", 12)
            p.text(w - m - 8, 50, roastery_row()[0], "Helvetica", 8, "right")
            return 84
        return 40

    f = Sheets(size, hh - 40, start)
    n_tx = rng.choice([8, 15, 24, 40, 70])
    tx = []
    gross = fees = refunds = 0.0
    for _ in range(n_tx):
        amt = round(
            rng.choice([12.5, 16.0, 24.0, 31.5, 45.0, 9.95, 60.0, 19.0]) * rng.choice([1, 1, 2, 3]),
            2,
        )
        kind = "refund" if rng.random() < 0.05 else "charge"
        fee = round(amt * 0.015 + 0.2, 2) if kind == "charge" else 0.0
        if kind == "charge":
            gross += amt
        else:
            refunds += amt
        fees += fee
        tx.append(
            [
                short(d - timedelta(days=rng.randint(1, 7)), lg),
                tr(lg, "Charge", "Zahlung", "Paiement")
                if kind == "charge"
                else tr(lg, "Refund", "Erstattung", "Remboursement"),
                f"#{rng.randint(1000, 9999)}",
                serial(rng, "ch_9AAAA99AAA9A"),
                money(amt if kind == "charge" else -amt, lg),
                money(-fee, lg) if fee else money(0, lg),
                money(amt - fee if kind == "charge" else -amt, lg),
            ]
        )
    net = gross - refunds - fees
    tx.sort(key=lambda t: t[0][6:] + t[0][3:5] + t[0][:2], reverse=True)
    f.page.text(m, f.y, f"{title} {cash(net, lg)}", "Helvetica-Bold", 16)
    f.y += 20
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Paid on {day(h, d)} to account ending {serial(keyed_home('acc'), '9999')}",
            f"Gezahlt am {day(h, d)} auf Konto endend auf {serial(keyed_home('acc'), '9999')}",
            f"Versé le {day(h, d)} sur le compte se terminant par "
            f"{serial(keyed_home('acc'), '9999')}",
        ),
        "Helvetica",
        9,
    )
    f.y += 24
    f.page.text(m, f.y, tr(lg, "Summary", "Übersicht", "Récapitulatif"), "Helvetica-Bold", 10)
    f.y += 14
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, f"Charges ({n_tx})", f"Zahlungen ({n_tx})", f"Paiements ({n_tx})"),
                cash(gross, lg),
            ),
            (tr(lg, "Refunds", "Erstattungen", "Remboursements"), cash(-refunds, lg)),
            (tr(lg, "Fees", "Gebühren", "Frais"), cash(-fees, lg)),
            (tr(lg, "Payout total", "Auszahlungsbetrag", "Total versé"), cash(net, lg)),
        ],
        w * 0.6,
    )
    f.y += 14
    f.page.text(
        m, f.y, tr(lg, "Transactions", "Transaktionen", "Transactions"), "Helvetica-Bold", 10
    )
    f.y += 14
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (1, "left"),
            (0.8, "left"),
            (1.8, "left"),
            (1, "right"),
            (0.8, "right"),
            (1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Order", "Bestellung", "Commande"),
            "ID",
            tr(lg, "Amount", "Betrag", "Montant"),
            tr(lg, "Fee", "Gebühr", "Frais"),
            "Net",
        ],
        tx,
        s,
        size=7.5,
        step=1.6,
        rules=True,
    )
    n = len(f.pages)
    for k, p in enumerate(f.pages, 1):
        p.text(20, hh - 14, fit(url, "Helvetica", 7, w * 0.7), "Helvetica", 7)
        p.text(w - 20, hh - 14, f"{k}/{n}", "Helvetica", 7, "right")
    remember(d, extra=("payout", d))
    return f.pages


def tpl_trade_show(rng: random.Random, who: Issuer) -> list[Page]:
    """The trade show organiser's stand booking confirmation and first invoice: exhibitor
    details, stand number and size, shell scheme or space only, the price table and payment
    schedule, often the hall plan on a landscape page with the stand marked, and the
    exhibitor terms."""
    h = head_of(who, "fair", abroad=0.3)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    show = {
        "en": "Speciality Coffee Show London",
        "de": "Kaffeemesse Rheinland",
        "fr": "Salon du Café de Paris",
    }[lg]
    show_day = add_months(d, rng.randint(3, 7)) + timedelta(days=rng.randint(0, 20))
    stand = f"{rng.choice(['A', 'B', 'C', 'D'])}{rng.randint(10, 68)}"
    sqm = rng.choice([6, 9, 12, 18])
    no = serial(rng, "EXH-99999")
    f = sheets(s, h, f"{show} {show_day.year} - {no}")
    recipient(
        f,
        s,
        h,
        roastery_lines(mx(crew("owner"), lg)),
        d,
        [
            (tr(lg, "Booking no.", "Buchungs-Nr.", "Réservation n°"), no),
            (tr(lg, "Stand", "Stand", "Stand"), stand),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Stand booking confirmation - {show} {show_day.year}",
            f"Standbestätigung - {show} {show_day.year}",
            f"Confirmation de réservation - {show} {show_day.year}",
        ),
        1,
    )
    write(f, s, dear(lg, mx(crew("owner"), lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for booking a stand at {show}, {day(h, show_day)} - "
            f"{day(h, show_day + timedelta(days=2))}. We confirm the following:",
            f"vielen Dank für Ihre Anmeldung zur {show} vom {day(h, show_day)} bis "
            f"{day(h, show_day + timedelta(days=2))}. Wir bestätigen Ihnen:",
            f"Nous vous remercions de votre réservation pour le {show}, du {day(h, show_day)} au "
            f"{day(h, show_day + timedelta(days=2))}. Nous vous confirmons :",
        ),
    )
    shell = rng.random() < 0.6
    rate = {"en": 345.0, "de": 310.0, "fr": 330.0}[lg]
    rows = [
        [
            tr(
                lg,
                f"Stand {stand}, {sqm} m², {'shell scheme' if shell else 'space only'}",
                f"Stand {stand}, {sqm} m², {'Systemstand' if shell else 'Reihenstand Fläche'}",
                f"Stand {stand}, {sqm} m², {'stand équipé' if shell else 'surface nue'}",
            ),
            money(rate, lg),
            money(rate * sqm, lg),
        ]
    ]
    net = rate * sqm
    for lab, v in [
        (
            tr(
                lg,
                "Power 3 kW (roaster demo)",
                "Stromanschluss 3 kW",
                "Branchement électrique 3 kW",
            ),
            185.0,
        ),
        (
            tr(lg, "Water and waste connection", "Wasseranschluss", "Arrivée et évacuation d'eau"),
            240.0,
        ),
        (tr(lg, "Catalogue entry", "Katalogeintrag", "Inscription catalogue"), 95.0),
        (tr(lg, "Marketing fee", "Medienpauschale", "Forfait communication"), 150.0),
    ]:
        if rng.random() < 0.6:
            rows.append([lab, "", money(v, lg)])
            net += v
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Leistung", "Prestation"),
            tr(lg, "Rate", "Preis/m²", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    foreign = lg != home()
    totals(
        f,
        s,
        lg,
        net,
        [] if foreign else [(vat_std(lg), net)],
        tr(
            lg,
            f"50% deposit due by {day(h, d + timedelta(days=14))}, balance by "
            f"{day(h, show_day - timedelta(days=60))}.",
            f"50 % Anzahlung fällig bis {day(h, d + timedelta(days=14))}, Restzahlung bis "
            f"{day(h, show_day - timedelta(days=60))}.",
            f"Acompte de 50 % à régler avant le {day(h, d + timedelta(days=14))}, solde avant le "
            f"{day(h, show_day - timedelta(days=60))}.",
        )
        + (
            tr(
                lg,
                " Reverse charge.",
                " Steuerschuldnerschaft des Leistungsempfängers.",
                " Autoliquidation.",
            )
            if foreign
            else ""
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "sales"),
        tr(lg, "Exhibitor sales", "Ausstellerservice", "Service exposants"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.65:
        sz = landscape(A4)
        p = Page(sz)
        pw, ph = sz
        p.text(
            40,
            40,
            tr(lg, f"Hall plan - {show}", f"Hallenplan - {show}", f"Plan du hall - {show}"),
            "Helvetica-Bold",
            12,
        )
        p.text(
            pw - 40,
            40,
            tr(lg, "Not to scale", "Nicht maßstäblich", "Sans échelle"),
            "Helvetica",
            7,
            "right",
        )
        p.rect(40, 60, pw - 80, ph - 110)
        for row, letter in enumerate("ABCD"):
            y = 90 + row * 105
            for col in range(10):
                x = 70 + col * 68
                code = f"{letter}{10 + col * 6 + row}"
                fill = 0.55 if code == stand else None
                if fill is not None:
                    p.rect(x, y, 60, 60, fill=fill)
                p.rect(x, y, 60, 60)
                p.text(x + 30, y + 34, code, "Helvetica", 7, "center")
            p.text(50, y + 34, letter, "Helvetica-Bold", 9)
        p.rect(pw - 120, 80, 60, 40, fill=0.85)
        p.text(pw - 90, 104, tr(lg, "Entrance", "Eingang", "Entrée"), "Helvetica", 7, "center")
        p.text(pw - 90, 160, tr(lg, "Cupping", "Cupping", "Dégustation"), "Helvetica", 7, "center")
        p.rect(pw - 130, 140, 80, 60)
        p.text(
            40,
            ph - 36,
            tr(
                lg,
                f"Your stand: {stand} (shaded)",
                f"Ihr Stand: {stand} (grau)",
                f"Votre stand : {stand} (grisé)",
            ),
            "Helvetica",
            8,
        )
        pages.append(p)
    if rng.random() < 0.45:
        pages += close(
            [
                small_print(
                    rng,
                    s,
                    h,
                    tr(
                        lg,
                        "Exhibitor terms and conditions",
                        "Teilnahmebedingungen für Aussteller",
                        "Règlement général des exposants",
                    ),
                    [
                        tr(lg, t[0], t[1], t[2])
                        for t in [
                            ("Admission", "Zulassung", "Admission"),
                            ("Payment", "Zahlung", "Paiement"),
                            ("Cancellation", "Rücktritt", "Annulation"),
                            ("Stand build", "Standbau", "Montage"),
                            ("Food sampling", "Verkostung", "Dégustation"),
                            ("Insurance", "Versicherung", "Assurance"),
                            ("Liability", "Haftung", "Responsabilité"),
                            ("House rules", "Hausordnung", "Règlement intérieur"),
                        ]
                    ],
                )
            ],
            s,
            h,
            numbers="none",
        )
    remember(d)
    return pages


COURSES = {
    "en": [
        "SCA Barista Skills Foundation",
        "SCA Barista Skills Intermediate",
        "Latte Art Essentials",
        "SCA Brewing Foundation",
        "Espresso Machine Care & Maintenance",
    ],
    "de": [
        "SCA Barista Skills Foundation",
        "SCA Barista Skills Intermediate",
        "Latte-Art-Grundkurs",
        "SCA Brewing Foundation",
        "Pflege und Wartung von Siebträgermaschinen",
    ],
    "fr": [
        "SCA Barista Skills Foundation",
        "SCA Barista Skills Intermediate",
        "Initiation au latte art",
        "SCA Brewing Foundation",
        "Entretien des machines expresso",
    ],
}


def tpl_training_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The barista academy's booking confirmation for one or two of the roastery's staff:
    the course, dates, times and participants, the fee with the invoice part at the foot,
    and now and then the joining instructions on a page of their own."""
    h = head_of(who, "academy", abroad=0.1)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    c = rng.randrange(len(COURSES["en"]))
    course = COURSES[lg][c]
    start = d + timedelta(days=rng.randint(10, 45))
    people = rng.sample([crew("packer1"), crew("packer2"), crew("roaster")], rng.choice([1, 1, 2]))
    no = serial(rng, "BK-9999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        roastery_lines(),
        d,
        [(tr(lg, "Booking ref.", "Buchungsnr.", "Réf. inscription"), no)],
    )
    caption(
        f, s, tr(lg, "Booking confirmation", "Anmeldebestätigung", "Confirmation d'inscription"), 3
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to confirm the following place(s) on {course}.",
            f"Hiermit bestätigen wir Ihre Anmeldung zum Kurs {course}.",
            f"Nous avons le plaisir de confirmer l'inscription suivante à la formation {course}.",
        ),
    )
    days = 1 if c in (2, 4) else 2
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Course", "Kurs", "Formation"), course),
            (
                tr(lg, "Dates", "Termin", "Dates"),
                day(h, start) + ("" if days == 1 else f" - {day(h, start + timedelta(days=1))}"),
            ),
            (tr(lg, "Times", "Uhrzeit", "Horaires"), "09:30 - 17:00"),
            (tr(lg, "Venue", "Ort", "Lieu"), f"{h.street}, {h.town}"),
            (tr(lg, "Participants", "Teilnehmende", "Participants"), ", ".join(people)),
        ],
        w - m,
    )
    f.y += 8
    fee = {"en": 295.0, "de": 349.0, "fr": 390.0}[lg] * days / 2 * (1 if c in (0, 1, 3) else 0.8)
    cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1.2, "right"), (1.3, "right")])
    rows = [
        [
            f"{course}"
            + (
                tr(
                    lg,
                    " incl. SCA certificate fee",
                    " inkl. SCA-Zertifikatsgebühr",
                    " certificat SCA inclus",
                )
                if c in (0, 1, 3)
                else ""
            ),
            str(len(people)),
            money(fee, lg),
            money(fee * len(people), lg),
        ]
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
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
        fee * len(people),
        [(vat_std(lg), fee * len(people))],
        tr(
            lg,
            "Please pay before the course starts. Cancellation up to 14 days before: free of "
            "charge.",
            "Bitte vor Kursbeginn überweisen. Kostenfreie Stornierung bis 14 Tage vorher.",
            "Règlement avant le début de la formation. Annulation gratuite jusqu'à 14 jours avant.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "trainer"),
        tr(lg, "Head trainer (SCA AST)", "Head Trainer (SCA AST)", "Formateur (SCA AST)"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.5:
        p = Page(A4)
        y = running_header(p, s, f"{h.name} - {course}") + 14
        p.text(
            m,
            y,
            tr(lg, "Joining instructions", "Hinweise zum Kurs", "Informations pratiques"),
            s.bold,
            13,
        )
        y += 24
        for t in [
            tr(
                lg,
                "Arrive 15 minutes early; tea and coffee are provided.",
                "Bitte 15 Minuten vor Beginn da sein; Getränke sind inklusive.",
                "Merci d'arriver 15 minutes en avance ; boissons offertes.",
            ),
            tr(
                lg,
                "Wear closed shoes and bring an apron if you have one.",
                "Geschlossene Schuhe tragen, gern eigene Schürze mitbringen.",
                "Chaussures fermées ; apportez un tablier si possible.",
            ),
            tr(
                lg,
                "The written exam is taken online within 10 days of the course.",
                "Die schriftliche Prüfung erfolgt online innerhalb von 10 Tagen.",
                "L'examen écrit se passe en ligne dans les 10 jours.",
            ),
            tr(
                lg,
                "Lunch is not included; there are cafés nearby.",
                "Mittagessen ist nicht inbegriffen.",
                "Le déjeuner n'est pas compris.",
            ),
            prose(rng, lg, "coffee", 1, 2),
        ]:
            for k, ln in enumerate(wrap(t, s.font, s.size, w - 2 * m - 14)):
                if k == 0:
                    p.text(m, y, "-", s.font, s.size)
                p.text(m + 14, y, ln, s.font, s.size)
                y += s.size * 1.4
            y += 6
        y += 20
        p.rect(m, y, w - 2 * m, 150)
        p.text(m + 8, y + 14, tr(lg, "How to find us", "Anfahrt", "Plan d'accès"), s.bold, 9)
        for k in range(6):
            p.line(m + 20 + k * 60, y + 30, m + 40 + k * 55, y + 140)
        p.rect(m + 200, y + 70, 40, 30, fill=0.5)
        pages.append(p)
    remember(d, extra=(c, people, start))
    return pages


def tpl_training_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The academy's certificate of completion for one participant: landscape A4 with a
    frame, the name, the course, date, points or hours, the trainer's signature and seal."""
    h = head_of(who, "academy", abroad=0.1)
    lg = h.lang
    ex = LAST["extra"]
    seen = LAST.get("done")
    done = list(seen) if after(("training_certificate",)) and isinstance(seen, list) else []
    everyone = [crew("packer1"), crew("packer2"), crew("roaster")]
    if (
        after(("training_booking", "training_certificate"))
        and isinstance(ex, tuple)
        and len(ex) == 3
    ):
        c, people, start = ex
    else:
        c = rng.randrange(len(COURSES["en"]))
        start = some_day(rng) - timedelta(days=rng.randint(5, 40))
        people = rng.sample(everyone, rng.randint(1, 3))
    left = [x for x in people if x not in done] or [x for x in everyone if x not in done]
    person = left[0] if left else rng.choice(everyone)
    LAST["done"] = [*done, person]
    size = landscape(A4)
    p = Page(size)
    w, hh = size
    font = "Times-Roman" if keyed(who, "cert").random() < 0.6 else "Helvetica"
    bold = "Times-Bold" if font == "Times-Roman" else "Helvetica-Bold"
    p.rect(24, 24, w - 48, hh - 48)
    p.rect(30, 30, w - 60, hh - 60)
    p.rect(34, 34, w - 68, hh - 68)
    bean(p, w / 2, 78, 16)
    p.text(w / 2, 120, h.name.upper(), bold, 12, "center")
    p.text(
        w / 2,
        170,
        tr(lg, "CERTIFICATE OF COMPLETION", "TEILNAHMEZERTIFIKAT", "CERTIFICAT DE RÉUSSITE"),
        bold,
        26,
        "center",
    )
    p.text(
        w / 2,
        205,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Nous certifions que"),
        italic_of(font),
        12,
        "center",
    )
    p.text(w / 2, 245, person, bold, 24, "center")
    p.line(w / 2 - 170, 252, w / 2 + 170, 252)
    p.text(
        w / 2,
        282,
        tr(
            lg,
            "has successfully completed",
            "erfolgreich teilgenommen hat an",
            "a suivi avec succès la formation",
        ),
        italic_of(font),
        12,
        "center",
    )
    p.text(w / 2, 312, COURSES[lg][c], bold, 16, "center")
    pts = {0: "10", 1: "15", 3: "10"}.get(c, "")
    p.text(
        w / 2,
        338,
        tr(lg, f"on {day(h, start)}", f"am {day(h, start)}", f"le {day(h, start)}")
        + (f"  -  {pts} SCA points" if pts else ""),
        font,
        11,
        "center",
    )
    sign_box(
        p,
        Style(font, bold, 10, 60, "none", "bottom", size, "short"),
        110,
        hh - 110,
        200,
        tr(lg, "Authorised SCA Trainer", "Autorisierte/r SCA-Trainer/in", "Formateur agréé SCA")
        if pts
        else tr(lg, "Trainer", "Trainer/in", "Formateur"),
        staff(h, "trainer"),
    )
    p.text(w - 310, hh - 114, day(h, start + timedelta(days=rng.randint(1, 12))), font, 10)
    p.line(w - 310, hh - 110, w - 110, hh - 110)
    p.text(
        w - 310,
        hh - 101,
        tr(lg, "Date of issue", "Ausstellungsdatum", "Date de délivrance"),
        font,
        7,
    )
    seal(p, w / 2, hh - 110, 34, h.name.split()[0].upper(), "BARISTA", font)
    p.text(
        w - 50,
        hh - 44,
        f"{tr(lg, 'Cert. no.', 'Zert.-Nr.', 'N°')} {serial(rng, '99-99999')}",
        font,
        7,
        "right",
    )
    remember(start, extra=(c, people, start))
    LAST["done"] = [*done, person]
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates GGGG: insurance and the unit
# ---------------------------------------------------------------------------------------------

INSURERS = {
    "en": [
        "Marlborough Commercial Insurance plc",
        "Aldgate & Provincial Insurance Co.",
        "Tyne Mutual Insurance Ltd",
    ],
    "de": [
        "Hanse Mittelstand Versicherung AG",
        "Süddeutsche Gewerbeversicherung a.G.",
        "Rheinische Sach- und Haftpflicht AG",
    ],
    "fr": [
        "Mutuelle des Artisans de l'Ouest",
        "Assurances du Commerce Lyonnais SA",
        "Compagnie Nordique d'Assurances",
    ],
}
SECTIONS = {
    "en": [
        ("Buildings - tenant's improvements", 45000),
        ("Contents and stock (green and roasted coffee)", 85000),
        ("Machinery breakdown - roaster", 60000),
        ("Business interruption (gross profit, 12 months)", 250000),
        ("Employers' liability", 10000000),
        ("Public and products liability", 5000000),
        ("Goods in transit", 7500),
        ("Money and card transactions", 5000),
    ],
    "de": [
        ("Inhalt / Betriebseinrichtung", 85000),
        ("Vorräte (Roh- und Röstkaffee)", 60000),
        ("Maschinenbruch Röstmaschine", 60000),
        ("Betriebsunterbrechung (12 Monate)", 250000),
        ("Betriebs- und Produkthaftpflicht", 5000000),
        ("Transportversicherung (Werkverkehr)", 7500),
        ("Elektronik", 15000),
        ("Glas", 3000),
    ],
    "fr": [
        ("Bâtiment - aménagements du locataire", 45000),
        ("Contenu et marchandises (café vert et torréfié)", 85000),
        ("Bris de machine - torréfacteur", 60000),
        ("Perte d'exploitation (12 mois)", 250000),
        ("Responsabilité civile exploitation et produits", 5000000),
        ("Marchandises transportées", 7500),
        ("Vol et détournement", 10000),
        ("Protection juridique", 20000),
    ],
}


POLICY_MASKS = ["AA/999999/99", "99.999.999-A", "9999999999"]


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the roastery's commercial combined policy: the covering letter,
    the policy schedule with the insured, the period, the sections with sums insured and
    premiums (running header with the policy number on later pages), the endorsements page
    and now and then the statement of fact to check and sign."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    other = after(("insurance_schedule",))  # a second policy of the roastery
    insurer = (rng if other else keyed(who, "ins")).choice(INSURERS[lg])
    pol = serial(rng if other else keyed(who, "pol"), rng.choice(POLICY_MASKS))
    renew = add_months(d, 1)
    broker = staff(h, "broker")
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            roastery_lines(mx(crew("owner"), lg)),
            d,
            [
                (tr(lg, "Policy", "Vertrag", "Contrat"), pol),
                (tr(lg, "Our ref.", "Unser Zeichen", "Notre réf."), serial(rng, "AA/9999")),
            ],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Renewal of your commercial combined insurance - {day(h, renew)}",
                "Verlängerung Ihrer Firmen-Inhalts- und Haftpflichtversicherung zum "
                f"{day(h, renew)}",
                f"Renouvellement de votre contrat multirisque professionnelle au {day(h, renew)}",
            ),
            0.5,
        )
        write(f, s, dear(lg, mx(crew("owner"), lg)))
        write(
            f,
            s,
            tr(
                lg,
                f"Your policy with {insurer} renews on {day(h, renew)}. Please find enclosed the "
                "renewal schedule. The premium has changed mainly because of the increased stock "
                "values you gave us.",
                f"Ihr Vertrag bei der {insurer} verlängert sich zum {day(h, renew)}. Anbei "
                "erhalten Sie den Nachtrag mit den aktualisierten Versicherungssummen.",
                f"Votre contrat auprès de {insurer} sera reconduit le {day(h, renew)}. Vous "
                "trouverez ci-joint les conditions particulières actualisées.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 2))
        write(
            f,
            s,
            tr(
                lg,
                "Please check the sums insured and let us know of any changes, in particular new "
                "machinery or a new vehicle.",
                "Bitte prüfen Sie die Versicherungssummen und teilen Sie uns Änderungen mit, "
                "insbesondere neue Maschinen.",
                "Merci de vérifier les capitaux assurés et de nous signaler tout changement, "
                "notamment un nouveau matériel.",
            ),
        )
        regards(
            f, s, lg, broker, tr(lg, "Account executive", "Kundenbetreuung", "Chargé de clientèle")
        )
        pages += close(f.pages, s, h, numbers="none")
    ss = style_of(h, A4, pt=9)
    f = sheets(ss, h, f"{insurer} - {tr(lg, 'Policy', 'Versicherungsschein', 'Police')} {pol}")
    caption(
        f,
        ss,
        tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES"),
        4,
    )
    f.page.text(w - m, f.y - 22, insurer, ss.bold, 9, "right")
    f.y = fields(
        f.page,
        ss,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de police"), pol),
            (tr(lg, "Insured", "Versicherungsnehmer", "Souscripteur"), roastery_row()[0]),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Coffee roasting, wholesale and online retail",
                    "Kaffeerösterei mit Großhandel und Onlineshop",
                    "Torréfaction, négoce et vente en ligne de café",
                ),
            ),
            (
                tr(lg, "Premises", "Versicherungsort", "Lieu assuré"),
                f"{roastery_row()[1]}, {roastery_row()[2]}",
            ),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(renew, lg)} - "
                f"{short(renew.replace(year=renew.year + 1) - timedelta(days=1), lg)}",
            ),
            (tr(lg, "Broker", "Vermittler", "Courtier"), h.name),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(4, "left"), (1.6, "right"), (1.1, "right"), (1.2, "right")])
    rows = []
    tot = 0.0
    for name, si in SECTIONS[lg]:
        if rng.random() < 0.85:
            prem = round(
                si * rng.uniform(0.0006, 0.004) if si < 1000000 else rng.uniform(180, 620), 2
            )
            tot += prem
            rows.append(
                [
                    name,
                    money(si, lg).split(",")[0].split(".")[0] if lg == "en" else money(si, lg)[:-3],
                    rng.choice(
                        [
                            "250",
                            "500",
                            "1,000" if lg == "en" else "1.000",
                            "2,500" if lg == "en" else "2.500",
                        ]
                    ),
                    money(prem, lg),
                ]
            )
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Capital / plafond"),
            tr(lg, "Excess", "Selbstbehalt", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        ss,
        rules=True,
        step=1.8,
    )
    tax = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    f.y += 6
    f.y = pairs(
        f.page,
        ss,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Net premium", "Nettobeitrag", "Prime nette"), cash(tot, lg)),
            (
                tr(
                    lg,
                    f"Insurance premium tax {tax:g}%",
                    f"Versicherungsteuer {tax:g} %",
                    f"Taxe sur les assurances {tax:g} %",
                ),
                cash(tot * tax / 100, lg),
            ),
            (
                tr(lg, "Total annual premium", "Jahresbeitrag gesamt", "Prime annuelle TTC"),
                cash(tot * (1 + tax / 100), lg),
            ),
        ],
        w - m,
    )
    f.y += 10
    write(
        f,
        ss,
        tr(
            lg,
            "Payment: by ten monthly instalments by Direct Debit.",
            "Zahlungsweise: jährlich per SEPA-Lastschrift.",
            "Paiement : prélèvement mensuel.",
        ),
        ss.size - 0.5,
    )
    f.new_page()
    f.heading(
        m,
        tr(
            lg,
            "Endorsements and conditions applying",
            "Besondere Vereinbarungen und Klauseln",
            "Clauses et conditions applicables",
        ),
        ss.bold,
        ss.size + 2,
    )
    for k, t in enumerate(
        [
            tr(
                lg,
                "Roaster afterburner and flue to be cleaned at least every 12 months by a "
                "competent contractor; records to be kept.",
                "Röstmaschine und Abgasanlage sind mindestens jährlich durch eine Fachfirma zu "
                "reinigen; Nachweise sind aufzubewahren.",
                "Le torréfacteur et le conduit de fumées doivent être nettoyés au moins une fois "
                "par an par une entreprise qualifiée.",
            ),
            tr(
                lg,
                "Roaster not to be left unattended while in operation.",
                "Die Röstmaschine darf während des Betriebs nicht unbeaufsichtigt sein.",
                "Le torréfacteur ne doit pas fonctionner sans surveillance.",
            ),
            tr(
                lg,
                "Chaff bins emptied daily into a metal container outside the building.",
                "Silberhautbehälter täglich in einen Metallbehälter außerhalb des Gebäudes leeren.",
                "Les pellicules sont vidées chaque jour dans un conteneur métallique extérieur.",
            ),
            tr(
                lg,
                "Intruder alarm to be set whenever the premises are closed.",
                "Die Einbruchmeldeanlage ist bei Betriebsschluss scharf zu schalten.",
                "L'alarme doit être activée en dehors des heures d'ouverture.",
            ),
        ]
        + [prose(rng, lg, "legal", 1, 2) for _ in range(rng.randint(1, 4))],
        1,
    ):
        f.para(
            m, w - 2 * m, f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {k}: {t}", ss.font, ss.size
        )
    body = f.pages
    if rng.random() < 0.35:
        p = Page(A4)
        y = running_header(p, ss, f"{insurer} - {pol}") + 12
        p.text(
            m,
            y,
            tr(lg, "Statement of fact", "Angaben zum Risiko", "Déclaration du risque"),
            ss.bold,
            12,
        )
        y += 20
        for q in [
            tr(
                lg,
                "Any claims in the last 5 years?",
                "Schäden in den letzten 5 Jahren?",
                "Sinistres au cours des 5 dernières années ?",
            ),
            tr(
                lg,
                "Any roaster fires or chaff fires?",
                "Brände an Röstmaschine oder Silberhaut?",
                "Départs de feu au torréfacteur ?",
            ),
            tr(
                lg,
                "Building of brick/concrete construction?",
                "Massivbauweise?",
                "Construction en dur ?",
            ),
            tr(
                lg,
                "Stock kept on pallets above floor level?",
                "Lagerung auf Paletten?",
                "Stock sur palettes ?",
            ),
            tr(lg, "More than 10 employees?", "Mehr als 10 Beschäftigte?", "Plus de 10 salariés ?"),
        ]:
            p.text(m, y, q, ss.font, 9)
            ticks(p, ss, w - m - 110, y, 110, yes_no(lg), {rng.choice([0, 1])})
            y += 22
        sign_box(
            p,
            ss,
            m,
            y + 50,
            220,
            tr(
                lg,
                "Signed on behalf of the insured",
                "Unterschrift Versicherungsnehmer",
                "Signature de l'assuré",
            ),
            crew("owner"),
            short(d + timedelta(days=rng.randint(2, 10)), lg),
            rng.random() < 0.7,
        )
        body.append(p)
    numbers = (
        h.numbers
        if h.numbers != "none"
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    body = close(body, ss, h, numbers=numbers)
    out = pages + body
    received(rng, out[0], d, 0.25)
    remember(d)
    return out


BUDGET = {
    "en": [
        "Estate security and CCTV",
        "Estate roads and lighting",
        "Landscaping",
        "Refuse collection",
        "Buildings insurance",
        "Fire alarm maintenance",
        "Management fee",
        "Sinking fund",
    ],
    "de": [
        "Grundsteuer",
        "Gebäudeversicherung",
        "Müllabfuhr",
        "Winterdienst",
        "Hausmeister",
        "Außenanlagen",
        "Allgemeinstrom",
        "Verwaltungskosten",
    ],
    "fr": [
        "Taxe foncière (quote-part)",
        "Assurance immeuble",
        "Enlèvement des ordures",
        "Entretien espaces verts",
        "Gardiennage",
        "Éclairage parties communes",
        "Honoraires de gestion",
        "Entretien portail",
    ],
}


def tpl_service_charge(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's quarterly demand for the industrial unit's rent and service charge,
    with the service charge budget or the year's reconciliation on a page behind (the
    unit's share of the estate costs); German Nebenkostenabrechnung, French appel de loyer et
    de charges with the décompte."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    q0 = add_months(month(), rng.randint(0, 2))
    if after(("service_charge",)) and isinstance(ex, tuple) and ex[0] == "sc":
        q0 = add_months(ex[1], 3)
    d = q0 - timedelta(days=rng.randint(10, 25))
    unit = roastery_row()[1].split(",")[0]
    rent = keyed(who, "rent").choice([3600.0, 4200.0, 5150.0, 2900.0])
    share = keyed(who, "share").choice([3.2, 4.75, 6.1, 8.4])
    no = serial(rng, "999999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        roastery_lines(),
        d,
        [
            (tr(lg, "Tenant", "Mieter-Nr.", "Locataire"), serial(keyed(who, "t"), "T9999")),
            (tr(lg, "Demand no.", "Rechnung", "Avis n°"), no),
        ],
    )
    title = tr(
        lg,
        "RENT AND SERVICE CHARGE DEMAND",
        "MIETE UND NEBENKOSTEN",
        "APPEL DE LOYER ET DE CHARGES",
    )
    caption(f, s, title, 3)
    q1 = add_months(q0, 3) - timedelta(days=1)
    write(
        f,
        s,
        tr(
            lg,
            f"Premises: {unit}, {roastery_row()[1].split(',')[-1].strip()} - quarter "
            f"{short(q0, lg)} to {short(q1, lg)}",
            f"Mietobjekt: Gewerbeeinheit {unit} - Zeitraum {short(q0, lg)} bis {short(q1, lg)}",
            f"Lot : local d'activité {unit} - période du {short(q0, lg)} au {short(q1, lg)}",
        ),
        s.size - 0.5,
    )
    svc = round(rent * share / 10, 2)
    rows = [
        [tr(lg, "Rent", "Grundmiete", "Loyer HT"), money(rent, lg)],
        [
            tr(
                lg, "Service charge on account", "Nebenkostenvorauszahlung", "Provision sur charges"
            ),
            money(svc, lg),
        ],
    ]
    if rng.random() < 0.5:
        rows.append(
            [
                tr(lg, "Insurance rent", "Versicherungsumlage", "Quote-part assurance"),
                money(rent * 0.03, lg),
            ]
        )
    net = sum(num(r[1], lg) for r in rows)
    cols = columns(m, w - m, [(4, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [tr(lg, "Item", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        [(vat_std(lg), round(net, 2))],
        tr(
            lg,
            f"Due on the quarter day, {day(h, q0)}. Please pay to our client account quoting your "
            "tenant reference.",
            f"Fällig zum {day(h, q0)}. Bitte unter Angabe der Mieternummer überweisen.",
            f"Exigible le {day(h, q0)}. Règlement par prélèvement.",
        ),
    )
    pages = f.pages
    if rng.random() < 0.6:
        f2 = sheets(
            s, h, f"{h.name} - {tr(lg, 'Service charge', 'Nebenkosten', 'Charges')} {q0.year}"
        )
        f2.new_page()
        f2.pages = f2.pages[1:]
        recon = rng.random() < 0.5
        caption(
            f2,
            s,
            tr(
                lg,
                f"Service charge {'reconciliation' if recon else 'budget'} "
                f"{q0.year - (1 if recon else 0)}",
                f"Nebenkosten{'abrechnung' if recon else 'vorschau'} "
                f"{q0.year - (1 if recon else 0)}",
                f"{'Décompte' if recon else 'Budget'} des charges {q0.year - (1 if recon else 0)}",
            ),
            2,
        )
        write(
            f2,
            s,
            tr(
                lg,
                f"Your share: {share:g}% of estate costs (by floor area).",
                f"Ihr Anteil: {share:g} % (nach Nutzfläche).",
                f"Votre quote-part : {share:g} % (tantièmes).",
            ),
            s.size - 0.5,
        )
        cols2 = columns(m, w - m, [(3.4, "left"), (1.4, "right"), (1.3, "right")])
        rows2 = []
        tot = 0.0
        for item in BUDGET[lg]:
            v = round(rng.uniform(2000, 38000), 2)
            mine = round(v * share / 100, 2)
            tot += mine
            rows2.append([item, money(v, lg), money(mine, lg)])
        table(
            f2,
            cols2,
            [
                tr(lg, "Cost", "Kostenart", "Poste"),
                tr(lg, "Estate total", "Gesamtkosten", "Total"),
                tr(lg, "Your share", "Ihr Anteil", "Votre part"),
            ],
            rows2,
            s,
            rules=True,
        )
        f2.y += 4
        f2.page.text(w - m, f2.y, cash(tot, lg), s.bold, s.size, "right")
        f2.y += 20
        if recon:
            paid = round(tot * rng.uniform(0.85, 1.1), 2)
            write(
                f2,
                s,
                tr(
                    lg,
                    f"Paid on account: {cash(paid, lg)}. Balance "
                    f"{'due' if tot > paid else 'credited'}: {cash(abs(tot - paid), lg)}.",
                    f"Geleistete Vorauszahlungen: {cash(paid, lg)}. "
                    f"{'Nachzahlung' if tot > paid else 'Guthaben'}: {cash(abs(tot - paid), lg)}.",
                    f"Provisions versées : {cash(paid, lg)}. "
                    f"{'Solde à régler' if tot > paid else 'Solde en votre faveur'} : "
                    f"{cash(abs(tot - paid), lg)}.",
                ),
            )
            if lg == "en":
                write(
                    f2,
                    s,
                    "Certified by the managing agent's accountant in accordance with the lease.",
                    s.size - 1,
                )
        pages += f2.pages
    out = close(pages, s, h)
    received(rng, out[0], d)
    remember(d, extra=("sc", q0))
    return out


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same lot or café."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "green_contract": tpl_green_contract,
    "shipping_docs": tpl_shipping_docs,
    "warehouse_release": tpl_warehouse_release,
    "import_vat": tpl_import_vat,
    "roaster_service": tpl_roaster_service,
    "gas_safety": tpl_gas_safety,
    "supply_agreement": tpl_supply_agreement,
    "machine_loan": tpl_machine_loan,
    "wholesale_invoice": tpl_wholesale_invoice,
    "delivery_note": tpl_delivery_note,
    "machine_service": tpl_machine_service,
    "packaging_invoice": tpl_packaging_invoice,
    "courier_statement": tpl_courier_statement,
    "certification_audit": tpl_certification_audit,
    "payout_report": tpl_payout_report,
    "trade_show": tpl_trade_show,
    "training_booking": tpl_training_booking,
    "training_certificate": tpl_training_certificate,
    "insurance_schedule": tpl_insurance_schedule,
    "service_charge": tpl_service_charge,
}
TEMPLATES_GGGG: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "wholesale_invoice",
    "delivery_note",
    "machine_service",
    "payout_report",
    "warehouse_release",
    "training_certificate",
    "import_vat",
    "courier_statement",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "green_contract": "shipping_docs",
    "shipping_docs": "warehouse_release",
    "roaster_service": "gas_safety",
    "supply_agreement": "machine_loan",
    "machine_loan": "machine_service",
    "delivery_note": "wholesale_invoice",
    "training_booking": "training_certificate",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tumbler_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One roastery's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    roastery (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    ROAST["lang"] = lang
    ROAST["row"] = r.randrange(len(ROASTERIES[lang]))
    ROAST["seed"] = r.getrandbits(24)
    ROAST["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.clear()
    LAST.update(kind="", lot=None, cafe=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_GGGG, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tumbler_stream, "templates GGGG")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

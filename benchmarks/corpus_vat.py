"""Vat part of the generated corpus: templates UU, written blind for the next measurement.

A part of its own, ``vat``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
removals and self-storage company (in England, Germany or France) feeds through its scanner:
the company's removal quotations with the covering letter, the price summary, the room-by-room
inventory and often the terms (Umzugsangebot, devis de déménagement); its surveyors' pre-move
survey sheets with tick boxes and hand entries, sometimes with a continuation sheet; removal
contracts with the terms and the notice on liability (Umzugsvertrag, lettre de voiture);
self-storage licence agreements (Mietvertrag Lagerraum, contrat de location de box) with the
terms and the direct debit mandate; monthly storage invoices; access control reports of the
store; packaging wholesalers' invoices for cartons, tape and covers; customers' damage claim
forms with their photographs and the repairer's estimate they send with them; goods-in-transit
insurance certificates (Versicherungsbestätigung, attestation d'assurance) with the insurer's
covering letter, the endorsements or the schedule of valuables; vehicle lease invoices
with the vehicle schedule; fuel card statements by card; drivers' daily walkround checks;
tachograph analysis reports with the infringements and the drivers' activity charts; crew
timesheets; payslips (Verdienstabrechnung, bulletin de paie); customers' feedback cards;
parking suspension permits from the council (Halteverbotszone, arrêté de stationnement) with
the covering letter and the signing plan; international removal inventories for customs
(transfer of residence) with a cover sheet and the owner's declaration; delivery and collection
receipts signed by the customer (Übergabeprotokoll, déclaration de fin de travaux); pest
control service reports for the warehouse with the bait station log and the site plan. Each
stream is one company's pile: the company (country, name, depot, store, customers' jobs,
crew, vehicles, storage units, month) is drawn once per stream; its outside senders are of the
company's country and write in its language, except that an overseas agent or an insurer is
now and then from abroad and writes in its own. Page sizes range from narrow receipt slips to
A5, A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
cover page, the inventory pages, the terms and the acceptance form of a quotation; the
continuation sheet of a survey sheet; the terms and the liability notice of a removal contract;
the terms, the prohibited goods list and the direct debit mandate of a storage agreement; the
proof of delivery copy behind a packaging invoice; the photographs and the repairer's estimate a
customer sends with the claim form; the covering letter, the endorsements and the schedule of
valuables of an insurance certificate; the vehicle schedule of a lease invoice; every page of a
fuel card statement and of an access report; the activity charts of a tachograph report; the
covering letter and the signing plan of a parking permit; the cover sheet, the inventory pages
and the declaration of a customs inventory; the bait station log and the site plan of a pest
report. Related papers are documents of their own: the quotation after the survey sheet, the
parking permit after the removal contract, the transit insurance certificate after the customs
inventory, the damage claim after the delivery receipt, the payslip after the timesheet, the
fuel statement after the lease invoice, the tachograph report after the walkround check, the
first storage invoice after the storage agreement; and so is each survey sheet, storage invoice,
packaging invoice, walkround check, timesheet, payslip, feedback card and delivery receipt, even
when several from one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: survey sheets, storage invoices,
packaging invoices, walkround checks, timesheets, payslips, feedback cards and delivery
receipts often come 2-4 in a row from one sender with other customers, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers,
about the same job. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "vat"`` and seeds offset by 4_600_000.

Usage: ``python benchmarks/corpus_vat.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/vat/vat_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    box,
    caption,
    cash,
    cell,
    close,
    columns,
    date_text,
    day,
    dear,
    fields,
    fit,
    hand,
    italic_of,
    money,
    mx,
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

PART = "vat"
SEED_OFFSET = 4_600_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
SLIP = (80 * MM, 190 * MM)
CARD = (210 * MM, 105 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the company and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
# The removals company and the trading name of its store.
FIRMS: dict[str, list[tuple[Row, str]]] = {
    "en": [
        (
            ("Hartley & Sons Removals Ltd", "Unit 7, Hookstone Park", "Harrogate HG2 7BZ", ""),
            "Hartley Self Store",
        ),
        (
            ("Pennine Moving & Storage Ltd", "Canal Wharf Depot", "Huddersfield HD1 6RX", ""),
            "Pennine Secure Storage",
        ),
        (
            ("Bishop & Crane Removals", "12 Ashton Vale Road", "Bristol BS3 2HB", ""),
            "Ashton Vale Storage Centre",
        ),
        (
            ("Thameside Movers Ltd", "Unit 3, River Way", "Harlow CM20 2DP", ""),
            "Thameside Self Storage",
        ),
    ],
    "de": [
        (
            ("Umzüge Brandt GmbH & Co. KG", "Schnackenburgallee 112", "22525 Hamburg", ""),
            "LagerBox Brandt",
        ),
        (
            ("Möbelspedition Kessler GmbH", "Widdersdorfer Straße 190", "50825 Köln", ""),
            "Kessler Lagerhaus Ehrenfeld",
        ),
        (
            ("Lindner Umzüge & Logistik", "Derchinger Straße 40", "86165 Augsburg", ""),
            "Lindner Self-Storage",
        ),
    ],
    "fr": [
        (
            ("Déménagements Roussel SARL", "14 rue de la Garde", "44300 Nantes", ""),
            "Garde-Meubles Roussel",
        ),
        (
            (
                "Transports Garnier Déménagement",
                "ZI du Chapotin, 8 rue Jean Moulin",
                "69970 Chaponnay",
                "",
            ),
            "Garnier Box & Stockage",
        ),
        (
            ("Lefort & Fils Déménageurs", "112 rue de Lannoy", "59100 Roubaix", ""),
            "Espace Stockage Lefort",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "council": {
        "en": [
            ("Harrogate Borough Council - Parking Services", "PO Box 787", "Harrogate HG1 9RW", ""),
            ("Kirklees Council - Highways", "Flint Street", "Huddersfield HD1 6LG", ""),
            (
                "Bristol City Council - Traffic Management",
                "City Hall, College Green",
                "Bristol BS1 5TR",
                "",
            ),
            (
                "Essex Highways - Road Space Permits",
                "Seax House, Victoria Road South",
                "Chelmsford CM1 1QH",
                "",
            ),
        ],
        "de": [
            (
                "Bezirksamt Altona - Fachamt Management des öffentlichen Raumes",
                "Platz der Republik 1",
                "22765 Hamburg",
                "",
            ),
            (
                "Stadt Köln - Amt für Straßen und Verkehrsentwicklung",
                "Willy-Brandt-Platz 2",
                "50679 Köln",
                "",
            ),
            ("Stadt Augsburg - Tiefbauamt, Verkehrsbehörde", "Annastraße 16", "86150 Augsburg", ""),
        ],
        "fr": [
            (
                "Ville de Nantes - Direction de l'Espace Public",
                "2 rue de l'Hôtel de Ville",
                "44094 Nantes Cedex 1",
                "",
            ),
            (
                "Mairie de Lyon - Occupation du Domaine Public",
                "1 place de la Comédie",
                "69001 Lyon",
                "",
            ),
            (
                "Ville de Roubaix - Service Voirie et Stationnement",
                "17 Grand'Place",
                "59100 Roubaix",
                "",
            ),
        ],
    },
    "insurer": {
        "en": [
            (
                "Thistle Mover Insurance Services",
                "Capital Tower, Greyfriars Road",
                "Cardiff CF10 3AG",
                "029 2034 9000",
            ),
            (
                "Bishopsgate Commercial Insurance Ltd",
                "40 Lime Street",
                "London EC3M 7AW",
                "020 7623 4410",
            ),
        ],
        "de": [
            (
                "Hanseatische Transportversicherung AG",
                "Ballindamm 17",
                "20095 Hamburg",
                "040 30 96 0",
            ),
            ("Rheinland Güterversicherung VVaG", "Konrad-Adenauer-Ufer 21", "50668 Köln", ""),
        ],
        "fr": [
            (
                "Mutuelle des Transporteurs de l'Ouest",
                "3 quai Magellan",
                "44000 Nantes",
                "02 40 44 61 00",
            ),
            ("Lesage Assurances Marine & Transport", "28 rue de Londres", "75009 Paris", ""),
        ],
    },
    "lease": {
        "en": [
            (
                "Fleetline Commercial Vehicle Leasing Ltd",
                "Ringway House, Bell Road",
                "Basingstoke RG24 8FB",
                "0345 601 2200",
            ),
            ("Arden Van Contracts Ltd", "Stratford Road", "Solihull B90 4LA", ""),
        ],
        "de": [
            (
                "TransLease Nutzfahrzeuge GmbH",
                "Frankfurter Ring 50",
                "80807 München",
                "089 32 47 0",
            ),
            ("Mobilis Fahrzeugleasing GmbH", "Hammer Landstraße 14", "41460 Neuss", ""),
        ],
        "fr": [
            ("Ouest Utilitaires LLD SAS", "Rue de la Rainière", "44300 Nantes", "02 51 13 40 40"),
            (
                "LocaPoids Location Longue Durée",
                "Parc des Chesnes, 15 rue du Morellon",
                "38070 Saint-Quentin-Fallavier",
                "",
            ),
        ],
    },
    "fuel": {
        "en": [
            (
                "FuelPoint Business Cards Ltd",
                "Unit 2, Apex Court",
                "Bradford BD4 6SE",
                "01274 480 600",
            ),
            ("RouteCard Fuel Services", "Pavilion Drive", "Northampton NN4 7SL", ""),
        ],
        "de": [
            ("Tankkarten-Service Nord GmbH", "Amsinckstraße 45", "20097 Hamburg", ""),
            ("EuroRoute Tankkarten GmbH", "Mainzer Landstraße 200", "60327 Frankfurt am Main", ""),
        ],
        "fr": [
            (
                "CartePro Carburant SAS",
                "Tour Europlaza, 20 avenue André Prothin",
                "92400 Courbevoie",
                "",
            ),
            ("Routière Carte Énergie", "12 allée des Séquoias", "69760 Limonest", ""),
        ],
    },
    "tacho": {
        "en": [
            ("Tachodata Analysis Ltd", "Ashby Road", "Loughborough LE11 3GR", "01509 230 400"),
            ("Compliance Hub Transport Services", "Kirkstall Forge", "Leeds LS5 3BF", ""),
        ],
        "de": [
            ("Tachoprüf Analyse GmbH", "Gutenbergstraße 9", "24558 Henstedt-Ulzburg", ""),
            ("DigiTacho Auswertung Schulz", "Industriestraße 3", "86405 Meitingen", ""),
        ],
        "fr": [
            ("Chronotachy Services SARL", "5 rue des Frères Lumière", "44800 Saint-Herblain", ""),
            ("Tacho-Contrôle Nord", "Parc d'activités du Moulin", "59910 Bondues", ""),
        ],
    },
    "packing": {
        "en": [
            ("Carton Direct Ltd", "Unit 14, Stourton Link", "Leeds LS10 1RW", "0113 277 9010"),
            ("Wrap & Pack Supplies", "Avonmouth Way", "Bristol BS11 9HX", "0117 982 6060"),
        ],
        "de": [
            ("Kartonagen Vogt GmbH", "Porschestraße 8", "21423 Winsen (Luhe)", ""),
            ("Verpackungshandel Rhein GmbH", "Emdener Straße 30", "50735 Köln", ""),
        ],
        "fr": [
            ("Cartonnages du Val de Loire", "ZA de la Bournière", "49400 Saumur", ""),
            ("Emballages Pro Ouest SARL", "7 rue du Danube", "44470 Carquefou", ""),
        ],
    },
    "pest": {
        "en": [
            ("Pestguard Environmental Services", "Unit 9, Sandbeck Way", "Wetherby LS22 7DN", ""),
            ("Pennine Pest Solutions", "Armytage Road", "Brighouse HD6 1QF", "01484 710 220"),
            ("Castle Pest Control Ltd", "Brunel Road", "Bristol BS13 7XL", "0117 964 2211"),
            ("Essex Pest Management Ltd", "Widford Industrial Estate", "Chelmsford CM1 3DR", ""),
        ],
        "de": [
            ("Schädlingsbekämpfung Krüger GmbH", "Billstraße 80", "20539 Hamburg", ""),
            ("Rheinische Schädlingsbekämpfung GmbH", "Mathias-Brüggen-Straße 9", "50827 Köln", ""),
            ("Hygiene-Service Süd GmbH", "Ulmer Straße 160", "86156 Augsburg", ""),
        ],
        "fr": [
            ("Anti-Nuisibles Atlantique", "24 route de Vannes", "44100 Nantes", "02 40 76 12 30"),
            ("Rhône Dératisation Services", "12 rue Marcel Sembat", "69200 Vénissieux", ""),
            ("Hygiène 3D Services", "9 rue de la Briqueterie", "59810 Lesquin", ""),
        ],
    },
    "agent": {
        "en": [
            ("Albion International Movers Ltd", "Oriental Road", "Southampton SO14 3GP", ""),
            ("Hale & Marlow Overseas Ltd", "Ferry Lane", "Felixstowe IP11 3SD", ""),
        ],
        "de": [
            ("Intermove Europa GmbH", "Am Hafen 4", "28197 Bremen", ""),
            (
                "Weltweit Umzüge Schäfer KG",
                "Cargo City Süd, Geb. 558",
                "60549 Frankfurt am Main",
                "",
            ),
        ],
        "fr": [
            (
                "Transinter Déménagements Internationaux",
                "Port de Gennevilliers, 2 route du Bassin",
                "92230 Gennevilliers",
                "",
            ),
            ("Euromove Le Havre SAS", "Quai de l'Europe", "76600 Le Havre", ""),
        ],
    },
}
FIRSTS = {
    "en": (
        [
            "James",
            "Daniel",
            "Matthew",
            "Craig",
            "Lee",
            "Steven",
            "Paul",
            "Ryan",
            "Adam",
            "Mohammed",
            "Tom",
            "Gareth",
        ],
        [
            "Sarah",
            "Emma",
            "Claire",
            "Rachel",
            "Joanne",
            "Helen",
            "Aisha",
            "Lucy",
            "Natalie",
            "Karen",
            "Priya",
            "Sophie",
        ],
    ),
    "de": (
        [
            "Thomas",
            "Michael",
            "Stefan",
            "Jan",
            "Dennis",
            "Sven",
            "Mehmet",
            "Lukas",
            "Patrick",
            "Oliver",
            "Dariusz",
        ],
        [
            "Sabine",
            "Katrin",
            "Julia",
            "Anja",
            "Nicole",
            "Melanie",
            "Svenja",
            "Ayse",
            "Laura",
            "Petra",
            "Birgit",
        ],
    ),
    "fr": (
        [
            "Nicolas",
            "Julien",
            "Sébastien",
            "Mathieu",
            "Karim",
            "Thomas",
            "Olivier",
            "Romain",
            "Yannick",
            "Loïc",
        ],
        [
            "Nathalie",
            "Sandrine",
            "Camille",
            "Aurélie",
            "Céline",
            "Émilie",
            "Sophie",
            "Nadia",
            "Claire",
            "Élodie",
        ],
    ),
}
LASTS = {
    "en": [
        "Walker",
        "Hughes",
        "Patel",
        "Robinson",
        "Wright",
        "Thompson",
        "Khan",
        "Greenwood",
        "Ellis",
        "Shaw",
        "Hussain",
        "Fletcher",
        "Barker",
        "Holroyd",
        "Iqbal",
        "Marsden",
        "Pearson",
        "Moss",
        "Kaur",
        "Whitehead",
    ],
    "de": [
        "Müller",
        "Schröder",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Krüger",
        "Jansen",
        "Petersen",
        "Yilmaz",
        "Lange",
        "Wolff",
        "Schulte",
        "Köhler",
        "Nowak",
        "Brandes",
        "Reimers",
        "Schmitt",
        "Baumann",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Le Goff",
        "Morvan",
        "Rousseau",
        "Fontaine",
        "Benali",
        "Leclerc",
        "Guérin",
        "Dubois",
        "Le Bris",
        "Caron",
        "Vasseur",
        "Perrot",
        "Masson",
    ],
}
ROADS = {
    "en": [
        "Victoria Avenue",
        "Kings Road",
        "Station Road",
        "Grove Park Terrace",
        "Otley Road",
        "Church Lane",
        "Belmont Crescent",
        "Wetherby Road",
        "Park View",
        "The Paddocks",
        "Cold Bath Road",
        "Valley Drive",
    ],
    "de": [
        "Eppendorfer Weg",
        "Bahrenfelder Chaussee",
        "Lindenallee",
        "Goethestraße",
        "Am Stadtpark",
        "Hauptstraße",
        "Schulweg",
        "Bismarckstraße",
        "Kirchenweg",
        "Rosenstraße",
        "Waldweg",
        "Gartenstraße",
    ],
    "fr": [
        "rue Paul Bellamy",
        "boulevard Victor Hugo",
        "rue de Strasbourg",
        "allée des Tilleuls",
        "rue du Général Leclerc",
        "avenue de la Gare",
        "impasse des Lilas",
        "rue Jean Jaurès",
        "place du Marché",
        "chemin des Vignes",
        "rue de la République",
        "quai de Versailles",
    ],
}
#: Customers' towns around each company's depot (by language and company).
TOWNS = {
    "en": [
        [
            "Harrogate HG1 2PL",
            "Harrogate HG2 0HL",
            "Knaresborough HG5 0AD",
            "Ripon HG4 1QJ",
            "Leeds LS16 6BN",
            "York YO24 1AB",
            "Wetherby LS22 6NE",
        ],
        [
            "Huddersfield HD3 3AE",
            "Huddersfield HD1 5JP",
            "Holmfirth HD9 3JH",
            "Halifax HX1 2RS",
            "Brighouse HD6 1AB",
            "Dewsbury WF13 2LS",
            "Leeds LS6 2BN",
        ],
        [
            "Bristol BS6 6TE",
            "Bristol BS3 1QJ",
            "Clevedon BS21 7PE",
            "Keynsham BS31 1HA",
            "Portishead BS20 7QA",
            "Bath BA2 3DN",
            "Weston-super-Mare BS23 1XY",
        ],
        [
            "Harlow CM18 6NQ",
            "Bishop's Stortford CM23 2EG",
            "Epping CM16 4DA",
            "Chelmsford CM1 3RA",
            "Sawbridgeworth CM21 9JX",
            "Hertford SG14 1PB",
            "Loughton IG10 4LF",
        ],
    ],
    "de": [
        [
            "22767 Hamburg",
            "22607 Hamburg",
            "22529 Hamburg",
            "25421 Pinneberg",
            "21465 Reinbek",
            "22850 Norderstedt",
        ],
        [
            "50823 Köln",
            "50937 Köln",
            "51065 Köln",
            "50354 Hürth",
            "51373 Leverkusen",
            "50226 Frechen",
        ],
        [
            "86152 Augsburg",
            "86199 Augsburg",
            "86368 Gersthofen",
            "86343 Königsbrunn",
            "86356 Neusäß",
            "86316 Friedberg",
        ],
    ],
    "fr": [
        [
            "44000 Nantes",
            "44300 Nantes",
            "44230 Saint-Sébastien-sur-Loire",
            "44400 Rezé",
            "44600 Saint-Nazaire",
            "44800 Saint-Herblain",
        ],
        [
            "69003 Lyon",
            "69007 Lyon",
            "69100 Villeurbanne",
            "69500 Bron",
            "69200 Vénissieux",
            "69970 Chaponnay",
        ],
        [
            "59000 Lille",
            "59100 Roubaix",
            "59700 Marcq-en-Barœul",
            "59200 Tourcoing",
            "59650 Villeneuve-d'Ascq",
            "59290 Wasquehal",
        ],
    ],
}
ABROAD_TOWNS = {
    "en": ["Dubai, UAE", "Auckland 1010, New Zealand", "Toronto ON M5V, Canada", "Perth WA 6000"],
    "de": ["8001 Zürich, Schweiz", "1010 Wien, Österreich", "Dublin 4, Ireland", "Oslo 0150"],
    "fr": ["1201 Genève, Suisse", "Montréal QC H2X, Canada", "L-1330 Luxembourg", "Nouméa"],
}
TALK = {
    "removal": {
        "en": "removal move crew packing boxes furniture loading van access survey storage "
        "delivery wardrobe cartons fragile dismantle reassemble parking stairs date booking "
        "quotation inventory volume insurance",
        "de": "Umzug Möbel Kartons Verpackung Beladung Möbelwagen Zugang Besichtigung Lagerung "
        "Anlieferung Kleiderkisten Demontage Montage Halteverbot Treppenhaus Termin Auftrag "
        "Volumen Haftung Umzugsgut",
        "fr": "déménagement meubles cartons emballage chargement camion accès visite "
        "garde-meubles livraison penderie démontage remontage stationnement escalier date "
        "devis volume assurance mobilier",
    },
    "legal": {
        "en": "customer company goods liability claim notice charges payment storage removal "
        "cancellation postponement delay damage value insurance terms contract lien sub-contract",
        "de": "Auftraggeber Möbelspediteur Umzugsgut Haftung Schaden Anzeige Entgelt Zahlung "
        "Lagerung Kündigung Verschiebung Frist Wert Versicherung Bedingungen Vertrag Pfandrecht",
        "fr": "client entreprise mobilier responsabilité réclamation réserves prix paiement "
        "garde-meubles annulation report retard dommage valeur assurance conditions contrat",
    },
    "pest": {
        "en": "bait station rodent activity monitoring proofing droppings gnawing warehouse "
        "loading bay door seal hygiene inspection insect trap treatment recommendation",
        "de": "Köderstation Nager Befall Monitoring Abdichtung Kot Fraßspuren Lagerhalle Rampe "
        "Tor Dichtung Hygiene Kontrolle Insektenfalle Behandlung Empfehlung",
        "fr": "poste d'appâtage rongeurs activité surveillance calfeutrage déjections traces "
        "entrepôt quai porte joint hygiène contrôle piège insectes traitement préconisation",
    },
    "fleet": {
        "en": "vehicle contract rental mileage service tyres maintenance fleet invoice period "
        "excess damage return inspection agreement",
        "de": "Fahrzeug Vertrag Leasingrate Laufleistung Wartung Reifen Fuhrpark Rechnung "
        "Zeitraum Mehrkilometer Schaden Rückgabe Prüfung Vereinbarung",
        "fr": "véhicule contrat loyer kilométrage entretien pneumatiques flotte facture "
        "période dépassement dommage restitution contrôle convention",
    },
}
GLUES = {
    "en": [
        "the",
        "of",
        "and",
        "to",
        "for",
        "with",
        "on",
        "at",
        "by",
        "from",
        "this",
        "is",
        "are",
        "will",
        "be",
        "to",
        "the",
        "your",
        "our",
    ],
    "de": [
        "die",
        "der",
        "das",
        "und",
        "zu",
        "für",
        "mit",
        "auf",
        "von",
        "ist",
        "sind",
        "wird",
        "bei",
        "nach",
        "den",
        "dem",
        "Ihre",
        "wir",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "et",
        "de",
        "du",
        "pour",
        "avec",
        "sur",
        "par",
        "est",
        "sont",
        "sera",
        "au",
        "aux",
        "des",
        "votre",
        "nous",
    ],
}


def words(rng: random.Random, lang: str, topic: str = "removal", n: int | None = None) -> str:
    """A sentence in ``lang``: words of ``topic`` mixed with the language's glue."""
    pool, glue = TALK[topic][lang].split(), GLUES[lang]
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "removal", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The company of a stream: its country, customers' jobs, crew, vehicles and storage units
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    female: bool
    street: str
    town: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Vehicle:
    reg: str
    kind: str
    make: str


@dataclass
class Job:
    ref: str
    customer: Person
    dest_street: str
    dest_town: str
    abroad: bool
    day: date
    volume: int  # cubic feet (England) or m3
    vehicle: Vehicle
    stored: bool


@dataclass
class Unit:
    no: str
    size: str
    rate: float
    tenant: Person
    since: date
    container: bool


FIRM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
JOBS: list[Job] = []
CREW: list[str] = []
FLEET: list[Vehicle] = []
UNITS: list[Unit] = []
#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None}

VANS = {
    "en": [
        ("Luton van 3.5 t", "Ford Transit"),
        ("7.5 t box, 1,200 cu ft", "DAF LF 150"),
        ("18 t pantechnicon", "Mercedes Atego 1830"),
        ("Luton van 3.5 t", "Iveco Daily 35S16"),
        ("12 t box with tail lift", "Isuzu Forward N75"),
    ],
    "de": [
        ("3,5-t-Koffer", "Mercedes-Benz Sprinter"),
        ("7,49-t-Möbelkoffer", "MAN TGL 8.190"),
        ("12-t-Möbelwagen mit Hebebühne", "Mercedes-Benz Atego 1224"),
        ("Sattelzug Möbelkoffer", "MAN TGX 18.470"),
    ],
    "fr": [
        ("Fourgon 20 m3", "Renault Master"),
        ("Porteur 12 t capitonné", "Renault Trucks D 12"),
        ("Porteur 19 t 50 m3", "Iveco Eurocargo 190"),
        ("Camion 30 m3 hayon", "Mercedes-Benz Atego 818"),
    ],
}


def a_reg(r: random.Random, lang: str) -> str:
    if lang == "de":
        city = {0: "HH", 1: "K", 2: "A"}[int(FIRM["row"]) % 3]  # type: ignore[call-overload]
        return f"{city}-{serial(r, 'AA')} {r.randint(100, 9899)}"
    if lang == "fr":
        return serial(r, "AA-999-AA")
    return serial(r, "AA99 AAA")


def a_person(r: random.Random, lang: str) -> Person:
    female = r.random() < 0.5
    no = r.randint(1, 120)
    road = r.choice(ROADS[lang])
    return Person(
        first=r.choice(FIRSTS[lang][female]),
        last=r.choice(LASTS[lang]),
        female=female,
        street=f"{road} {no}"
        if lang == "de"
        else f"{no}, {road}"
        if lang == "fr"
        else f"{no} {road}",
        town=r.choice(TOWNS[lang][int(FIRM["row"]) if lang == home() else 0]),  # type: ignore[call-overload]
        phone={"en": "07", "de": "01", "fr": "06 "}[lang]
        + serial(r, "99 999 9999" if lang != "fr" else "99 99 99 99"),
    )


def a_job(r: random.Random, lang: str) -> Job:
    c = a_person(r, lang)
    abroad = r.random() < 0.2
    other = a_person(r, lang)
    return Job(
        ref=serial(r, {"en": "HJ99999", "de": "U-2999-999", "fr": "D999-99"}[lang]),
        customer=c,
        dest_street=other.street,
        dest_town=r.choice(ABROAD_TOWNS[lang]) if abroad else other.town,
        abroad=abroad,
        day=month() + timedelta(days=r.randint(-20, 40)),
        volume=r.choice([350, 600, 850, 1100, 1400, 1800]) if lang == "en" else r.randint(14, 75),
        vehicle=r.choice(FLEET),
        stored=r.random() < 0.3,
    )


def a_unit(r: random.Random, lang: str) -> Unit:
    container = r.random() < 0.35
    if container:
        n = r.randint(1, 6)
        size = tr(
            lang, f"{n} x 250 cu ft container", f"{n} Lagercontainer à 7 m³", f"{n} caisse(s) 7 m³"
        )
        rate = n * {"en": 19.5, "de": 49.0, "fr": 45.0}[lang]
        no = f"C{r.randint(100, 999)}"
    else:
        sq = (
            r.choice([25, 35, 50, 75, 100, 150]) if lang == "en" else r.choice([2, 3, 5, 7, 10, 15])
        )
        size = f"{sq} sq ft" if lang == "en" else f"{sq} m²"
        rate = sq * ({"en": 0.95, "de": 16.5, "fr": 15.0}[lang]) + r.choice([0, 4, 9])
        no = f"{r.choice('ABCDE')}{r.randint(1, 3)}{r.randint(0, 60):02d}"
    since = month() - timedelta(days=r.randint(40, 900))
    return Unit(no, size, round(rate, 2), a_person(r, lang), since, container)


def home() -> str:
    return str(FIRM["lang"])


def month() -> date:
    m = FIRM["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a companion keeps
    its sender."""
    text = f"vat/{key}/{who.name}/{who.street}/{who.city}/{FIRM['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 45))


def pick_job(rng: random.Random, after: tuple[str, ...] = ()) -> Job:
    """The previous document's job if it was one of ``after``, else any of the company's."""
    jb = LAST["job"]
    if isinstance(jb, Job) and LAST["kind"] in after:
        return jb
    return rng.choice(JOBS)


def pick_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(job: Job | None, d: date) -> None:
    LAST.update(job=job, day=d)


def vol(v: int, lang: str) -> str:
    return f"{v:,} cu ft" if lang == "en" else f"{v} m³"


def hhmm(rng: random.Random, lo: int = 7, hi: int = 18) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}"


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
    look: str  # van | band | centred | boxed | split | carton
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
    tagline: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["van", "band", "centred", "boxed", "split", "carton"]
TAGLINES = {
    "firm": (
        "Household & office removals - Packing - Storage - Overseas",
        "Umzüge - Möbellagerung - Verpackungsservice - Auslandsumzüge",
        "Déménagements - Garde-meubles - Emballage - International",
    ),
    "store": (
        "Self storage - Business storage - Container storage - Boxes & packing",
        "Self-Storage - Lagerboxen ab 1 m² - Aktenlagerung - Verpackungsmaterial",
        "Box de stockage - Garde-meubles - Stockage entreprises - Cartons",
    ),
    "lease": ("Contract hire - Fleet management", "Nutzfahrzeug-Leasing", "Location longue durée"),
    "fuel": ("Fuel cards for business", "Tankkarten für Profis", "Cartes carburant pro"),
    "tacho": (
        "Tachograph analysis - Driver CPC - Compliance",
        "Tachographen-Auswertung - Fahrerschulung",
        "Analyse chronotachygraphe - Formation FIMO/FCO",
    ),
    "packing": ("Packaging for removers", "Umzugskartons - Verpackungen", "Emballages et cartons"),
    "pest": (
        "Commercial pest control - BPCA member",
        "Schädlingsbekämpfung - IHK-geprüft",
        "Dératisation - Désinsectisation - Certibiocide",
    ),
    "agent": (
        "International removals - FIDI FAIM accredited",
        "Internationale Umzüge - FIDI FAIM",
        "Déménagements internationaux - FIDI FAIM",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str, town: str) -> list[str]:
    """The footer of a sender: register, tax and bank lines of its country and town."""
    city = town.split(" ", 1)[1] if town[:1].isdigit() else town.rsplit(" ", 2)[0]
    city = city.split(" (")[0].replace(" Cedex 1", "")
    if role == "council":
        return [
            tr(
                lang,
                "Office hours Monday to Friday 9am - 5pm - "
                f"www.{city.lower().replace(' ', '')}.gov.uk",
                f"Sprechzeiten: Mo, Di, Do 8-12 Uhr und nach Vereinbarung - Bankverbindung: "
                f"Stadtkasse {city}, IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} 00",
                "Accueil du public du lundi au vendredi de 8 h 30 à 17 h - Toute correspondance "
                "doit être adressée à M. le Maire",
            )
        ]
    if lang == "de":
        bank = r.choice([f"Sparkasse {city}", f"Volksbank {city} eG", "Commerzbank AG"])
        out = [
            f"{name} - Sitz {city} - Amtsgericht {city} HR{'A' if 'KG' in name else 'B'} "
            f"{r.randint(10000, 99999)}"
            + (
                " - Geschäftsführer: "
                + r.choice(["Jörg Hansen", "Susanne Albers", "Frank Meißner", "Dr. Ute Kramer"])
                if "GmbH" in name or "AG" in name or "KG" in name
                else ""
            ),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
            + f" - USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
        if role in ("firm", "store") and r.random() < 0.6:
            out.append("Mitglied im Bundesverband Möbelspedition und Logistik (AMÖ)")
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        ape = {"firm": "4942Z", "store": "5210B", "insurer": "6512Z", "pest": "8129A"}.get(
            role, "7712Z"
        )
        out = [
            f"{name} - RCS {city} - SIRET {siret} - APE {ape}"
            + (f" - Capital {r.randint(8, 400)} 000 €" if role != "insurer" else "")
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
                f" {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        if role == "firm" and r.random() < 0.5:
            out.append(
                "Inscrit au registre des transporteurs - Adhérent Chambre Syndicale du Déménagement"
            )
        return out
    out = []
    if "Ltd" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    lines = [" - ".join(out)] if out else []
    if role == "firm" and r.random() < 0.6:
        lines.append("Member of the British Association of Removers - BS EN 12522 certified")
    if role == "store" and r.random() < 0.5:
        lines.append("Member of the Self Storage Association UK")
    if role == "insurer":
        lines.append("Authorised and regulated by the Financial Conduct Authority")
    return lines


PHONES = {
    "en": ["01423 999999", "01484 999999", "0117 999 9999", "01279 999999", "0113 999 9999"],
    "de": ["040 999 999-0", "0221 99 99 9-0", "0821 99 99 90", "040 99 99 99 0"],
    "fr": ["02 40 99 99 99", "04 78 99 99 99", "03 20 99 99 99", "09 99 99 99 99"],
}
MAILBOX = {
    "en": ["info", "office", "enquiries", "accounts"],
    "de": ["info", "kontakt", "post", "buero"],
    "fr": ["contact", "accueil", "info", "agence"],
}


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"vat/head/{name}/{role}/{FIRM['seed']}".encode()))
    font, bold = r.choice(FACES)
    low = name.lower().replace("é", "e").replace("ü", "u").replace("ö", "o").replace("è", "e")
    skip = {"ltd", "gmbh", "sarl", "sas", "des", "and", "the", "services", "&", "-", "de", "du"}
    parts = [w for w in low.replace("-", " ").split() if w not in skip and len(w) > 2]
    host = "".join(c for c in (parts[0] if parts else "mail") if c.isalpha())[:14] or "mail"
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    tag = TAGLINES.get(role)
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone
        or serial(r, PHONES[lang][int(FIRM["row"])] if role == "firm" else r.choice(PHONES[lang])),  # type: ignore[call-overload]
        role=role,
        look=r.choice(LOOKS if role in ("firm", "store") else LOOKS[1:5]),
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role, town) if r.random() < 0.8 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(MAILBOX[lang])}@{host}.{tld}",
        tagline=tr(lang, *tag) if tag and r.random() < 0.7 else "",
    )


def firm_head() -> Head:
    lang = home()
    row, _ = FIRMS[lang][int(FIRM["row"])]  # type: ignore[call-overload]
    return make_head(row, lang, "firm")


def store_head() -> Head:
    """The company's store, under its own trading name at the same depot."""
    lang = home()
    row, store = FIRMS[lang][int(FIRM["row"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"vat/store/{store}".encode()))
    phone = serial(r, PHONES[lang][int(FIRM["row"])])  # type: ignore[call-overload]
    return make_head((store, row[1], row[2], phone), lang, "store")


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


def van(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A removal van pictogram, its wheels' bottom at ``y``."""
    p.rect(x, y - 26 * k, 34 * k, 20 * k, fill=0.15)
    p.rect(x + 35 * k, y - 18 * k, 12 * k, 12 * k, fill=0.15)
    p.rect(x + 38 * k, y - 16 * k, 6 * k, 5 * k, fill=0.85)
    for wx in (6, 28, 39):
        p.rect(x + wx * k, y - 7 * k, 6 * k, 6 * k, fill=0.0)


def carton(p: Page, x: float, y: float, s: float) -> None:
    """A packing carton pictogram (front and top), its bottom-left at ``x``, ``y``."""
    p.rect(x, y - s, s, s)
    p.line(x, y - s, x + s * 0.35, y - s * 1.3)
    p.line(x + s, y - s, x + s * 1.35, y - s * 1.3)
    p.line(x + s * 0.35, y - s * 1.3, x + s * 1.35, y - s * 1.3)
    p.line(x + s, y, x + s * 1.35, y - s * 0.3)
    p.line(x + s * 1.35, y - s * 0.3, x + s * 1.35, y - s * 1.3)
    p.rect(x + s * 0.42, y - s, s * 0.16, s * 0.45, fill=0.3)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
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
        p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "van":
        van(p, m, y + 8, 0.9)
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m - 52)
        p.text(m + 50, y - 2, h.name, h.bold, pt)
        if h.tagline:
            p.text(
                m + 50,
                y + 9,
                fit(h.tagline, italic_of(h.font), 7.5, w - 2 * m - 52),
                italic_of(h.font),
                7.5,
            )
        p.text(m + 50, y + 18, fit(f"{where}   {contact}", h.font, 7, w - 2 * m - 52), h.font, 7)
        p.line(m, y + 24, w - m, y + 24)
        return y + 46
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.25)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.rect(m - 2, y - 8, tw(h.name.upper(), h.bold, pt) + 4, 14, fill=1.0)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        line = "   ".join(t for t in (where, contact) if t)
        p.text(m, y + 24, fit(line, h.font, 7, w - 2 * m), h.font, 7)
        if h.tagline:
            p.text(m, y + 33, fit(h.tagline, h.font, 7, w - 2 * m), h.font, 7)
            return y + 52
        return y + 44
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 7, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        yy = y + 14
        if h.tagline:
            p.text(
                w / 2,
                yy,
                fit(h.tagline, italic_of(h.font), 7.5, w - 2 * m),
                italic_of(h.font),
                7.5,
                "center",
            )
            yy += 9
        p.text(w / 2, yy, fit(f"{where} - {contact}", h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, yy + 6, w - m, yy + 6)
        return yy + 26
    if h.look == "boxed":
        bw = min(w - 2 * m, 260.0)
        p.rect(m, y - 12, bw, 40)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        if h.tagline and w - 2 * m - bw > 120:
            for k, ln in enumerate(wrap(h.tagline, italic_of(h.font), 7, w - 2 * m - bw - 20)[:3]):
                p.text(w - m, y + 9 * k, ln, italic_of(h.font), 7, "right")
        return y + 48
    if h.look == "carton":
        carton(p, m, y + 14, 20)
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m - 34)
        p.text(m + 34, y + 2, h.name, h.bold, pt)
        if h.tagline:
            p.text(m + 34, y + 13, fit(h.tagline, h.font, 7, w * 0.62 - m - 34), h.font, 7)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            p.text(w - m, yy, fit(t, h.font, 7, w * 0.36 - m), h.font, 7, "right")
            yy += 8.5
        return max(yy, y + 20) + 22
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.6 - m)
    p.text(m, y + 2, h.name, h.bold, pt)
    p.text(w - m, y - 4, fit(where, h.font, 7, w * 0.4 - m), h.font, 7, "right")
    p.text(w - m, y + 5, fit(contact, h.font, 7, w * 0.4 - m), h.font, 7, "right")
    p.line(m, y + 10, w - m, y + 10)
    p.line(m, y + 12.5, w - m, y + 12.5)
    if h.tagline:
        p.text(m, y + 22, fit(h.tagline, h.font, 7, w - 2 * m), h.font, 7)
        return y + 40
    return y + 32


class Sheets(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.5


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


def sign(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``: a loop, the surname and a flourish."""
    parts = name.replace("-", " ").split()
    text = f"{parts[0][0]}. {parts[-1]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 4 + tw(text, INK, pt)
    p.line(x + 4, y + 2, end + 6, y - 1)
    p.line(end + 6, y - 1, end - 2, y + 3)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.3) -> None:
    """Now and then the office's received stamp, on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                tr(lang, "Accounts", "Buchhaltung", "Comptabilité")
                if rng.random() < 0.5
                else tr(lang, "Office", "Disposition", "Secrétariat"),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("band", "split", "van") else None, y0, lines)
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
            ["Yours sincerely", "Kind regards", "Yours faithfully", "With best wishes"][
                len(name) % 4
            ],
            "Mit freundlichen Grüßen",
            "Nous vous prions d'agréer nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"vat/staff/{tag}/{h.name}/{FIRM['seed']}".encode()))
    female = r.random() < 0.5
    return f"{r.choice(FIRSTS[h.lang][female])} {r.choice(LASTS[h.lang])}"


def firm_lines(att: str = "") -> list[str]:
    h = firm_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def person_lines(p: Person, lang: str) -> list[str]:
    return [mx(p, lang), p.street, p.town]


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "", paid: float = 0
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(60)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), gross))
    if paid:
        rows.append((tr(lg, "Paid on account", "Anzahlung", "Acompte versé"), -paid))
        rows.append((tr(lg, "Balance", "Restbetrag", "Reste à payer"), gross - paid))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.58, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return gross


def small_print(
    rng: random.Random,
    s0: Style,
    h: Head,
    title: str,
    heads: list[str],
    cols: int = 2,
    first: int = 0,
) -> tuple[Page, int]:
    """A page of terms under ``title`` in ``cols`` columns: numbered clauses from ``first``;
    returns the page and how many clauses it holds."""
    lg = h.lang
    s = paper(s0, s0.page_size, margin=min(s0.margin, 44), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    pt = 6.5 if cols > 1 else 7.5
    p = Page(s.page_size)
    if title:
        p.text(w / 2, m, title, s.bold, 9, "center")
    k = first
    for c in range(cols):
        x = m + c * (cw + gap)
        y = m + (20.0 if title else 4.0)
        while y < hh - m - 80 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, pt + 0.5, cw), s.bold, pt + 0.5)
            y += pt * 1.4
            text = " ".join(words(rng, lg, "legal") for _ in range(rng.randint(3, 8)))
            for ln in wrap(text, s.font, pt, cw):
                if y > hh - m - 40:
                    break
                p.text(x, y, ln, s.font, pt)
                y += pt * 1.22
            y += 5
            k += 1
    return p, k - first


def terms_pages(
    rng: random.Random, s0: Style, h: Head, title: str, n_max: int = 2, store: bool = False
) -> list[Page]:
    """The sender's conditions over one or ``n_max`` pages, numbered clauses in two columns or
    one."""
    heads = (STORE_CLAUSES if store else CLAUSES)[h.lang][:]
    cols = rng.choice([2, 2, 1]) if s0.page_size[0] > 400 else 1
    out: list[Page] = []
    k = 0
    while k < len(heads) and len(out) < n_max:
        p, n = small_print(rng, s0, h, title if not out else "", heads, cols, k)
        out.append(p)
        k += n
    return out


def photo_sheet(
    rng: random.Random, size: tuple[float, float], captions: list[str], title: str, by_hand: bool
) -> Page:
    """A sheet of printed photographs (two columns) with captions, as glued or printed."""
    w, hh = size
    p = Page(size)
    m = 44.0
    if title and by_hand:
        hand(p, m, m, title, 11)
    elif title:
        p.text(m, m, title, "Helvetica-Bold", 10)
    n = len(captions)
    rows = (n + 1) // 2
    ph = min(190.0, (hh - 2 * m - 40 - rows * 22) / max(rows, 1))
    pw = (w - 2 * m - 20) / 2
    for k, cap in enumerate(captions):
        x = m + (k % 2) * (pw + 20)
        y = m + 20 + (k // 2) * (ph + 26)
        photo(p, x, y, pw, ph, rng)
        if by_hand:
            hand(p, x + 2, y + ph + 13, cap, 9, pw - 4)
        else:
            p.text(x, y + ph + 12, fit(cap, "Helvetica", 7.5, pw), "Helvetica", 7.5)
    return p


# ---------------------------------------------------------------------------------------------
# Templates UU: removals
# ---------------------------------------------------------------------------------------------

CLAUSES = {
    "en": [
        "Definitions",
        "Our quotation",
        "Work not included in the quotation",
        "Your responsibility",
        "Charges if you postpone or cancel",
        "Payment",
        "Our liability for loss or damage",
        "Exceptions from liability",
        "Goods in storage",
        "Delays in transit",
        "Claims",
        "Right to hold the goods",
        "Sub-contracting",
        "Disputes",
        "Data protection",
        "Law of the contract",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Auftrag",
        "Leistungsumfang",
        "Pflichten des Auftraggebers",
        "Rücktritt und Kündigung",
        "Zahlung des Umzugsentgelts",
        "Haftung des Möbelspediteurs",
        "Haftungsausschlüsse",
        "Lagerung",
        "Lieferfristen",
        "Schadensanzeige",
        "Pfandrecht",
        "Beauftragung Dritter",
        "Gerichtsstand",
        "Datenschutz",
    ],
    "fr": [
        "Objet",
        "Devis et acceptation",
        "Prestations non comprises",
        "Obligations du client",
        "Report et annulation",
        "Conditions de paiement",
        "Responsabilité de l'entreprise",
        "Déclaration de valeur",
        "Garde-meubles",
        "Délais",
        "Réserves et réclamations",
        "Droit de rétention",
        "Sous-traitance",
        "Médiation de la consommation",
        "Litiges",
    ],
}
STORE_CLAUSES = {
    "en": [
        "The licence",
        "Licence fee and deposit",
        "Access to the store",
        "Use of the unit",
        "Prohibited goods",
        "Insurance of the goods",
        "Our liability",
        "Unpaid fees and sale of goods",
        "Ending the licence",
        "Moving you to another unit",
        "Entry by the facility owner",
        "Notices",
        "Data protection and CCTV",
        "Law",
    ],
    "de": [
        "Mietgegenstand",
        "Mietzins und Kaution",
        "Zugang und Öffnungszeiten",
        "Nutzung des Lagerraums",
        "Verbotene Güter",
        "Versicherung des Lagerguts",
        "Haftung des Vermieters",
        "Zahlungsverzug, Vermieterpfandrecht",
        "Kündigung",
        "Betreten durch den Vermieter",
        "Videoüberwachung und Datenschutz",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet du contrat",
        "Loyer et dépôt de garantie",
        "Accès au site",
        "Utilisation du box",
        "Biens interdits",
        "Assurance des biens entreposés",
        "Responsabilité du bailleur",
        "Impayés - droit de rétention",
        "Résiliation",
        "Accès du bailleur au box",
        "Vidéosurveillance et données personnelles",
        "Litiges",
    ],
}
ROOMS = [
    ("Lounge", "Wohnzimmer", "Séjour", "sofa chair ctable tv books side lamp rug mirror"),
    ("Dining room", "Esszimmer", "Salle à manger", "dtable dchair side mirror rug"),
    ("Kitchen", "Küche", "Cuisine", "fridge washer dryer micro dchair cartons"),
    ("Bedroom 1", "Schlafzimmer", "Chambre 1", "dbed wardrobe chest bedside mirror wcarton"),
    ("Bedroom 2", "Kinderzimmer", "Chambre 2", "sbed wardrobe chest desk books"),
    ("Study", "Arbeitszimmer", "Bureau", "desk ochair filing books cartons"),
    ("Hall & landing", "Flur", "Entrée", "mirror side lamp rug"),
    ("Garage", "Keller", "Cave", "mower bike tools cartons freezer"),
    ("Loft", "Dachboden", "Grenier", "cartons lamp rug"),
    ("Garden & shed", "Balkon / Terrasse", "Jardin", "gtable mower bike tools"),
]
ITEMS = {
    "sofa": (45, "3-seater sofa", "Sofa 3-Sitzer", "Canapé 3 places"),
    "chair": (20, "Armchair", "Sessel", "Fauteuil"),
    "ctable": (8, "Coffee table", "Couchtisch", "Table basse"),
    "tv": (8, "TV 55in (TV box)", "Fernseher 55 Zoll", "Téléviseur 140 cm"),
    "books": (20, "Bookcase", "Bücherregal", "Bibliothèque"),
    "side": (25, "Sideboard", "Sideboard", "Buffet bas"),
    "lamp": (4, "Standard lamp", "Stehlampe", "Lampadaire"),
    "rug": (6, "Rug (rolled)", "Teppich (gerollt)", "Tapis roulé"),
    "mirror": (3, "Mirror (mirror pack)", "Spiegel", "Miroir"),
    "dtable": (25, "Dining table, extending", "Esstisch ausziehbar", "Table à rallonges"),
    "dchair": (4, "Dining chair", "Stuhl", "Chaise"),
    "fridge": (30, "Fridge freezer", "Kühl-Gefrierkombination", "Réfrigérateur"),
    "washer": (15, "Washing machine (transit bolts)", "Waschmaschine", "Lave-linge"),
    "dryer": (12, "Tumble dryer", "Trockner", "Sèche-linge"),
    "micro": (3, "Microwave", "Mikrowelle", "Micro-ondes"),
    "cartons": (4, "Cartons (large)", "Umzugskartons", "Cartons standard"),
    "dbed": (
        50,
        "King size bed & mattress (dismantle)",
        "Doppelbett 180 (Demontage)",
        "Lit 160 + matelas",
    ),
    "sbed": (30, "Single bed & mattress", "Einzelbett mit Matratze", "Lit 90 + matelas"),
    "wardrobe": (40, "Double wardrobe (dismantle)", "Kleiderschrank 3-türig", "Armoire 2 portes"),
    "chest": (15, "Chest of drawers", "Kommode", "Commode"),
    "bedside": (5, "Bedside cabinet", "Nachttisch", "Chevet"),
    "wcarton": (10, "Wardrobe carton", "Kleiderbox", "Carton penderie"),
    "desk": (15, "Desk", "Schreibtisch", "Bureau"),
    "ochair": (8, "Office chair", "Bürostuhl", "Fauteuil de bureau"),
    "filing": (12, "Filing cabinet, 4 drawer", "Aktenschrank", "Classeur métallique"),
    "mower": (8, "Lawnmower (drained)", "Rasenmäher", "Tondeuse"),
    "bike": (10, "Bicycle", "Fahrrad", "Vélo"),
    "tools": (2, "Toolbox", "Werkzeugkiste", "Caisse à outils"),
    "freezer": (25, "Chest freezer", "Gefriertruhe", "Congélateur coffre"),
    "gtable": (15, "Garden table & 4 chairs", "Gartentisch mit Stühlen", "Salon de jardin"),
}


def item_name(key: str, lang: str) -> str:
    return tr(lang, *ITEMS[key][1:])


def room_name(k: int, lang: str) -> str:
    return tr(lang, *ROOMS[k][:3])


def item_vol(key: str, lang: str, q: int) -> str:
    cu = ITEMS[key][0] * q
    return f"{cu}" if lang == "en" else f"{cu / 35.3:.1f}".replace(".", ",")


def inventory_rows(
    rng: random.Random, lang: str, n_rooms: int
) -> list[tuple[int, list[list[str]]]]:
    """Rooms of a home and what is in them: (room, rows of item, quantity, volume, note)."""
    out = []
    notes = {
        "en": ["", "", "", "pack", "fragile", "dismantle", "PBO", "wrap"],
        "de": ["", "", "", "einpacken", "zerbrechlich", "Demontage", "Kunde packt", "Decken"],
        "fr": ["", "", "", "emballer", "fragile", "démontage", "client", "housse"],
    }[lang]
    rooms = sorted(rng.sample(range(len(ROOMS)), n_rooms))
    for k in rooms:
        keys = ROOMS[k][3].split()
        rows = []
        for key in rng.sample(keys, rng.randint(2, len(keys))):
            q = rng.randint(1, 4) if key in ("dchair", "cartons", "wcarton", "bike") else 1
            if key == "cartons":
                q = rng.randint(5, 30)
            rows.append([item_name(key, lang), str(q), item_vol(key, lang, q), rng.choice(notes)])
        out.append((k, rows))
    return out


def tpl_removal_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's removal quotation: sometimes a cover page, the letter with the price
    summary, the room-by-room inventory from the survey, often the terms and conditions and
    now and then the acceptance form to return."""
    h = firm_head()
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.25 else A4
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    jb = pick_job(rng, ("survey_sheet",))
    c = jb.customer
    d = pick_day(rng, ("survey_sheet",), (1, 6))
    if d > jb.day - timedelta(days=5):
        d = jb.day - timedelta(days=rng.randint(10, 45))
    rooms = inventory_rows(rng, lg, rng.randint(3, 9))
    cubic = sum(float(r[2].replace(",", ".")) for _, rows in rooms for r in rows)
    volume = f"{cubic:,.0f} cu ft" if lg == "en" else f"{cubic:.1f} m³".replace(".", ",")
    no = {"en": "Q", "de": "AN-", "fr": "DV-"}[lg] + serial(
        rng, {"en": "99999", "de": "2999-999", "fr": "99999"}[lg]
    )
    title = tr(lg, "Removal quotation", "Umzugsangebot", "Devis de déménagement")
    surveyor = staff(h, "surveyor")
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.25:
        cv = Page(size)
        heading(cv, s, h)
        van(cv, w / 2 - 60, 300, 2.6)
        t = tr(lg, "Your removal quotation", "Ihr persönliches Umzugsangebot", "Votre devis")
        cv.text(w / 2, 360, t, s.bold, shrink(t, s.bold, 22, w - 2 * m), "center")
        cv.text(
            w / 2, 392, tr(lg, "prepared for", "erstellt für", "établi pour"), s.font, 10, "center"
        )
        cv.text(w / 2, 412, mx(c, lg), s.bold, 14, "center")
        cv.text(
            w / 2,
            440,
            fit(f"{c.town}  >  {jb.dest_town}", s.font, 11, w - 2 * m),
            s.font,
            11,
            "center",
        )
        cv.text(
            w / 2,
            470,
            f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {no} - {day(h, d)}",
            s.font,
            9,
            "center",
        )
        cv.text(
            w / 2,
            hh - 120,
            f"{tr(lg, 'Your move consultant', 'Ihr Umzugsberater', 'Votre conseiller')}: "
            f"{surveyor}",
            s.font,
            9,
            "center",
        )
        cv.text(w / 2, hh - 106, h.phone, s.font, 9, "center")
        pages.append(cv)
        covers = 1
    f = sheets(s, h, f"{title} {no} - {mx(c, lg)}")
    recipient(
        f,
        s,
        h,
        person_lines(c, lg),
        d,
        [
            (tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), no),
            (tr(lg, "Our ref", "Auftrags-Nr.", "Dossier"), jb.ref),
            (tr(lg, "Surveyed by", "Besichtigt von", "Visite par"), surveyor),
        ],
    )
    caption(
        f,
        s,
        f"{title} - {tr(lg, 'moving date', 'Umzugstermin', 'date prévue')} {day(h, jb.day)}",
        1.5,
    )
    write(f, s, dear(lg, mx(c, lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for inviting us to survey your home on {short(d - timedelta(days=3), lg)}. "
            f"We are pleased to quote for your removal from {c.town} to {jb.dest_town}; the "
            f"estimated volume of your goods is {volume}.",
            f"vielen Dank für die Besichtigung am {short(d - timedelta(days=3), lg)}. Gerne "
            f"bieten wir Ihnen Ihren Umzug von {c.town} nach {jb.dest_town} an. Das geschätzte "
            f"Umzugsvolumen beträgt {volume}.",
            f"Suite à notre visite du {short(d - timedelta(days=3), lg)}, nous avons le plaisir "
            f"de vous remettre notre devis pour votre déménagement de {c.town} à {jb.dest_town}. "
            f"Volume estimé : {volume}.",
        )
        + " "
        + prose(rng, lg, lo=1, hi=2),
    )
    crew_n = rng.randint(2, 5)
    base = jb.volume * (2.1 if lg == "en" else 62) * rng.uniform(0.8, 1.2)
    lines = [
        (
            tr(
                lg,
                f"Removal service - {crew_n} men, {jb.vehicle.kind}",
                f"Umzugsleistung - {crew_n} Mann, {jb.vehicle.kind}",
                f"Déménagement - {crew_n} déménageurs, {jb.vehicle.kind}",
            ),
            base,
        )
    ]
    for opt, share, odds in [
        (
            tr(
                lg,
                "Full packing service",
                "Einpackservice",
                "Emballage du mobilier (formule Standard)",
            ),
            0.35,
            0.6,
        ),
        (tr(lg, "Packing materials", "Verpackungsmaterial", "Fournitures d'emballage"), 0.1, 0.8),
        (
            tr(lg, "Dismantling and reassembly", "Möbelab- und -aufbau", "Démontage et remontage"),
            0.08,
            0.6,
        ),
        (
            tr(
                lg,
                "Parking suspension",
                "Halteverbotszone (2 Seiten)",
                "Autorisation de stationnement",
            ),
            0.05,
            0.5,
        ),
        (
            tr(lg, "Storage, 4 weeks", "Zwischenlagerung 4 Wochen", "Garde-meubles 1 mois"),
            0.15,
            0.3 + 0.5 * jb.stored,
        ),
        (tr(lg, "Piano handling", "Klaviertransport", "Manutention piano"), 0.1, 0.1),
    ]:
        if rng.random() < odds:
            lines.append((opt, base * share * rng.uniform(0.7, 1.3)))
    rows = [[t, cash(round(v, 0), lg)] for t, v in lines]
    cols = columns(m, w - m, [(5, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [tr(lg, "Service", "Leistung", "Prestation"), tr(lg, "Price", "Preis", "Prix HT")],
        rows,
        s,
    )
    net = round(sum(round(v, 0) for _, v in lines), 2)
    totals(f, s, lg, net, {"en": 20.0, "de": 19.0, "fr": 20.0}[lg])
    write(
        f,
        s,
        tr(
            lg,
            "Our liability is limited to GBP 40 per item unless you take Full Value Protection "
            f"at {rng.choice([1.5, 1.75, 2.0])}% of the value declared. "
            + prose(rng, lg, "legal", 1, 2),
            "Unsere Haftung ist gesetzlich auf 620 Euro je Kubikmeter Laderaum begrenzt "
            "(§ 451e HGB). Eine Transportversicherung zum Neuwert bieten wir gerne an. "
            + prose(rng, lg, "legal", 1, 1),
            "Valeur maximale déclarée par objet non listé : 1 500 €. Valeur globale à déclarer "
            "sur la déclaration de valeur jointe. " + prose(rng, lg, "legal", 1, 1),
        ),
        s.size - 0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "This quotation is valid for 3 months. To accept, please sign and return the "
            "acceptance form or call our office.",
            "Dieses Angebot ist 4 Wochen gültig. Bitte senden Sie uns den Auftrag unterschrieben "
            "zurück.",
            "Devis valable 3 mois. Bon pour accord à nous retourner daté et signé.",
        ),
    )
    regards(
        f,
        s,
        lg,
        surveyor,
        tr(lg, "Removals Consultant", "Umzugsberater", "Conseiller déménagement"),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Inventory - room by room",
            "Umzugsgutliste nach Räumen",
            "Inventaire pièce par pièce",
        ),
        1.5,
        rule=True,
    )
    icols = columns(m, w - m, [(4.5, "left"), (1.8, "left"), (0.8, "right"), (1.1, "right")])
    head = [
        tr(lg, "Item", "Gegenstand", "Désignation"),
        tr(lg, "Notes", "Bemerkung", "Observations"),
        tr(lg, "Qty", "Anz.", "Qté"),
        tr(lg, "cu ft", "m³", "m³"),
    ]
    for k, rows0 in rooms:
        rows = [[a, d_, b, c_] for a, b, c_, d_ in rows0]
        f.need(s.size * 7)
        f.page.text(m, f.y, room_name(k, lg), s.bold, s.size)
        f.y += s.size * 1.4
        table(f, icols, head, rows, s, size=s.size - 1.5, rules=rng.random() < 0.3, step=1.45)
        f.y += 4
    f.need(30)
    f.page.text(
        w - m,
        f.y + 6,
        f"{tr(lg, 'Total estimated volume', 'Gesamtvolumen ca.', 'Volume total estimé')}: {volume}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 24
    if rng.random() < 0.3:
        f.new_page()
        caption(f, s, tr(lg, "Acceptance of quotation", "Auftragserteilung", "Bon pour accord"), 2)
        write(
            f,
            s,
            tr(
                lg,
                f"I/We accept quotation {no} and the terms and conditions overleaf.",
                f"Hiermit erteile ich den Auftrag gemäß Angebot {no} zu den umseitigen "
                "Bedingungen.",
                f"Je soussigné(e) accepte le devis n° {no} et les conditions générales jointes.",
            ),
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Preferred moving date", "Wunschtermin", "Date souhaitée"), ""),
                (tr(lg, "Value of goods declared", "Versicherungswert", "Valeur déclarée"), ""),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
            ],
            per=2,
            tall=30,
        )
        f.y = ticks(
            f.page,
            s,
            m,
            f.y + 6,
            w - 2 * m,
            [
                tr(lg, "Full value protection", "Transportversicherung", "Assurance valeur à neuf"),
                tr(lg, "Standard liability", "Gesetzliche Haftung", "Garantie contractuelle"),
                tr(lg, "Deposit paid by card", "Anzahlung überwiesen", "Acompte 30 % joint"),
            ],
            set(),
            8,
        )
    pages = close(pages + f.pages, s, h, covers=covers)
    if rng.random() < 0.6:
        pages.extend(
            terms_pages(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions for Removal and Storage",
                    "Allgemeine Geschäftsbedingungen der Möbelspediteure (AGB)",
                    "Conditions générales de vente - Déménagement",
                ),
                rng.choice([1, 2]),
            )
        )
    remember(jb, d)
    return pages


def sketch(p: Page, x: float, y: float, w: float, h: float, rng: random.Random, lang: str) -> None:
    """A surveyor's access sketch: the house, the road, where the van goes, the distance."""
    p.rect(x, y, w, h)
    road_y = y + h * rng.uniform(0.62, 0.75)
    p.line(x + 6, road_y, x + w - 6, road_y)
    p.line(x + 6, road_y + 22, x + w - 6, road_y + 22)
    hx = x + rng.uniform(0.15, 0.5) * w
    p.rect(hx, y + 16, w * 0.22, road_y - y - 40)
    p.line(hx, y + 16, hx + w * 0.11, y + 6)
    p.line(hx + w * 0.11, y + 6, hx + w * 0.22, y + 16)
    vx = hx + rng.uniform(-20, 60)
    p.rect(vx, road_y + 4, 46, 14)
    hand(p, vx + 6, road_y + 15, "VAN", 8)
    p.line(hx + w * 0.11, road_y - 24, vx + 23, road_y + 4)
    hand(p, hx + w * 0.24, road_y - 12, f"{rng.randint(5, 40)} m", 9)
    hand(p, x + 8, road_y + 36, fit(rng.choice(ROADS[lang]), HAND, 8.5, w - 16), 8.5)
    if rng.random() < 0.5:
        hand(p, x + w - 90, y + 20, tr(lang, "steps x 6", "6 Stufen", "6 marches"), 8.5)


def tpl_survey_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The surveyor's pre-move survey sheet (Besichtigungsprotokoll, fiche de visite),
    filled in by hand at the customer's home: customer, access and services ticked, the
    rooms with their items, the volume; sometimes a continuation sheet with more rooms, the
    notes and an access sketch."""
    h = firm_head()
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "svletter").random() < 0.3 else A4
    s = style_of(h, size, pt=min(h.pt, 9))
    w, hh = size
    m = s.margin
    jb = pick_job(rng)
    c = jb.customer
    d = jb.day - timedelta(days=rng.randint(8, 30))
    surveyor = staff(h, "surveyor")
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "PRE-MOVE SURVEY", "BESICHTIGUNGSPROTOKOLL", "FICHE DE VISITE TECHNIQUE")
    p.text(m, y, title, s.bold, 13)
    p.text(w - m, y, "No " + serial(rng, "99999"), s.font, 9, "right")
    y = band(p, s, y + 18, tr(lg, "Customer", "Kunde", "Client"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), c.name),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), c.phone),
            (
                tr(lg, "Moving from", "Auszugsadresse", "Adresse de chargement"),
                f"{c.street}, {c.town}",
            ),
            (
                tr(lg, "Moving to", "Einzugsadresse", "Adresse de livraison"),
                f"{jb.dest_street}, {jb.dest_town}",
            ),
            (tr(lg, "Survey date", "Besichtigung am", "Date de visite"), short(d, lg)),
            (
                tr(lg, "Moving date", "Umzugstermin", "Date souhaitée"),
                short(jb.day, lg) if rng.random() < 0.7 else "?",
            ),
        ],
        per=2,
        tall=26,
    )
    floors = [
        tr(lg, "Ground", "EG", "RDC"),
        tr(lg, "1st", "1. OG", "1er"),
        tr(lg, "2nd", "2. OG", "2e"),
        tr(lg, "3rd+", "3. OG+", "3e+"),
        tr(lg, "Lift", "Aufzug", "Ascenseur"),
        tr(lg, "Narrow stairs", "enges Treppenhaus", "Escalier étroit"),
        tr(lg, "Long carry", "Trageweg > 20 m", "Portage > 20 m"),
        tr(lg, "Suspension needed", "Halteverbot nötig", "Autorisation stationnement"),
    ]
    y = band(p, s, y + 4, tr(lg, "Access", "Zugang / Parken", "Accès"))
    for lab in (
        tr(lg, "Origin", "Beladestelle", "Chargement"),
        tr(lg, "Destination", "Entladestelle", "Livraison"),
    ):
        p.text(m + 2, y + 10, lab, s.bold, 7.5)
        on = {rng.randrange(4)} | set(rng.sample(range(4, 8), rng.randint(0, 3)))
        y = ticks(p, s, m + 70, y + 10, w - 2 * m - 70, floors, on, 7.5, 1.6)
    services = [
        tr(lg, "Full pack", "Einpacken komplett", "Emballage complet"),
        tr(lg, "Fragile only", "nur Zerbrechliches", "Fragile seulement"),
        tr(lg, "Dismantle / reassemble", "Ab- und Aufbau", "Démontage / remontage"),
        tr(lg, "Storage", "Einlagerung", "Garde-meubles"),
        tr(lg, "Piano", "Klavier", "Piano"),
        tr(lg, "Disconnect appliances", "Küchenmontage", "Débranchement"),
        tr(lg, "Cleaning", "Endreinigung", "Nettoyage"),
        tr(lg, "Disposal", "Entsorgung", "Débarras"),
    ]
    y = band(p, s, y + 6, tr(lg, "Services", "Leistungen", "Prestations"))
    y = ticks(
        p,
        s,
        m + 2,
        y + 10,
        w - 2 * m - 4,
        services,
        set(rng.sample(range(8), rng.randint(1, 4))),
        7.5,
    )
    y = band(p, s, y + 2, tr(lg, "Rooms and contents", "Räume und Umzugsgut", "Pièces et mobilier"))
    cols = columns(m, w - m, [(1.6, "left"), (6, "left"), (0.9, "right")])
    rooms = inventory_rows(rng, lg, rng.randint(4, 9))
    p.line(m, y + 2, w - m, y + 2)
    y += 12
    for cap, col in zip(
        [
            tr(lg, "Room", "Raum", "Pièce"),
            tr(lg, "Items", "Gegenstände", "Mobilier"),
            tr(lg, "cu ft", "m³", "m³"),
        ],
        cols,
        strict=True,
    ):
        cell(p, col, y, cap, s.bold, 7.5)
    y += 6
    bottom = hh - m - 110
    rest = []
    total = 0.0
    for k, rows in rooms:
        v = sum(float(r[2].replace(",", ".")) for r in rows)
        total += v
        if y + 18 > bottom:
            rest.append((k, rows, v))
            continue
        p.line(m, y + 5, w - m, y + 5)
        y += 17
        hand(p, m + 2, y, room_name(k, lg), 8.5, cols[0][1] - m - 4)
        hand(
            p,
            cols[1][0],
            y,
            ", ".join(f"{r[1]} {r[0].split(' (')[0].lower()}" for r in rows),
            8,
            cols[1][1] - cols[1][0] - 4,
        )
        p.text(
            cols[2][1],
            y,
            f"{v:.0f}" if lg == "en" else f"{v:.1f}".replace(".", ","),
            HAND,
            8.5,
            "right",
        )
    p.line(m, y + 5, w - m, y + 5)
    y += 24
    shown = f"{total:.0f}" if lg == "en" else f"{total:.1f}".replace(".", ",")
    p.text(m, y, tr(lg, "Total volume", "Volumen gesamt", "Volume total"), s.bold, 8.5)
    hand(p, m + 90, y, f"{shown} {tr(lg, 'cu ft', 'm³', 'm³')}", 10)
    p.text(
        w / 2, y, tr(lg, "Crew / vehicle", "Personal / Fahrzeug", "Équipe / véhicule"), s.bold, 8.5
    )
    hand(
        p,
        w / 2 + 84,
        y,
        fit(
            f"{rng.randint(2, 5)} {tr(lg, 'men', 'Mann', 'pers.')}, {jb.vehicle.kind}",
            HAND,
            9,
            w / 2 - m - 86,
        ),
        9,
    )
    y += 22
    more = bool(rest) or rng.random() < 0.25
    if not more and y < hh - m - 110:
        p.text(m, y, tr(lg, "Notes", "Bemerkungen", "Observations"), s.bold, 8.5)
        y += 16
        while y < hh - m - 60:
            if rng.random() < 0.5:
                hand(p, m + 2, y, words(rng, lg, n=rng.randint(4, 9)), 8.5, w - 2 * m)
            p.line(m, y + 4, w - m, y + 4)
            y += 16
    y += 12
    p.text(m, y, tr(lg, "Surveyor", "Berater", "Conseiller"), s.font, 7.5)
    sign(p, m + 50, y, surveyor, 12)
    p.text(w / 2, y, tr(lg, "Customer", "Kunde", "Client"), s.font, 7.5)
    if rng.random() < 0.6:
        sign(p, w / 2 + 46, y, c.name, 12)
    pages = [p]
    if more:
        q = Page(size)
        yy = m
        p2 = tr(lg, "Continuation sheet", "Fortsetzungsblatt", "Feuille suite")
        q.text(m, yy, f"{p2} - {title.title()}", s.bold, 10)
        hand(q, w - m - 140, yy, fit(c.name, HAND, 10, 140), 10)
        yy += 20
        for k, rows, v in rest:
            hand(q, m + 2, yy, room_name(k, lg) + ":", 9)
            yy += 14
            for r in rows:
                hand(q, m + 20, yy, f"{r[1]} x {r[0]}", 8.5, w / 2)
                yy += 12
            hand(q, w - m - 40, yy - 12, f"{v:.0f}", 9)
            q.line(m, yy - 6, w - m, yy - 6)
            yy += 6
        q.text(m, yy + 8, tr(lg, "Notes", "Bemerkungen", "Observations"), s.bold, 8.5)
        yy += 22
        for _ in range(rng.randint(2, 5)):
            hand(q, m + 2, yy, words(rng, lg, n=rng.randint(5, 9)), 8.5, w - 2 * m)
            q.line(m, yy + 4, w - m, yy + 4)
            yy += 16
        q.text(
            m, yy + 10, tr(lg, "Access sketch", "Skizze Zufahrt", "Croquis d'accès"), s.bold, 8.5
        )
        sketch(q, m, yy + 18, w - 2 * m, min(260, hh - yy - m - 40), rng, lg)
        pages.append(q)
    remember(jb, d)
    return close(pages, s, h, numbers=rng.choice(["none", "none", "{i}/{n}"]))


def tpl_removal_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The removal contract the customer signs (booking confirmation, Umzugsvertrag, lettre de
    voiture): parties, addresses, dates, price, liability option and declared value, both
    signatures; then the terms and often the notice on liability or the declaration of
    value."""
    h = firm_head()
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, _hh = A4
    m = s.margin
    jb = pick_job(rng, ("removal_quote",))
    c = jb.customer
    d = pick_day(rng, ("removal_quote",), (3, 14))
    if d >= jb.day:
        d = jb.day - timedelta(days=rng.randint(5, 30))
    no = serial(rng, {"en": "BK99999", "de": "UV-2999-9999", "fr": "LV 99999"}[lg])
    title = tr(
        lg,
        "CONFIRMATION OF BOOKING AND CONTRACT",
        "UMZUGSVERTRAG",
        "LETTRE DE VOITURE - CONTRAT DE DÉMÉNAGEMENT",
    )
    f = sheets(s, h, f"{title.title()} {no}")
    p = f.page
    pt = shrink(title, s.bold, 13, w - 2 * m - 100)
    p.text(m, f.y, title, s.bold, pt)
    p.text(w - m, f.y, no, s.font, 9, "right")
    f.y += 16
    y = band(p, s, f.y, tr(lg, "Customer", "Auftraggeber", "Client"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), mx(c, lg)),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), c.phone),
            (
                tr(lg, "Collection address", "Beladeadresse", "Adresse de chargement"),
                f"{c.street}, {c.town}",
            ),
            (
                tr(lg, "Delivery address", "Entladeadresse", "Adresse de livraison"),
                f"{jb.dest_street}, {jb.dest_town}",
            ),
        ],
        per=2,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "The move", "Umzugsdaten", "Le déménagement"))
    price = jb.volume * (2.4 if lg == "en" else 70) * rng.uniform(0.8, 1.2)
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Loading date", "Ladetag", "Date de chargement"), short(jb.day, lg)),
            (
                tr(lg, "Delivery date", "Entladetag", "Date de livraison"),
                short(jb.day + timedelta(days=rng.choice([0, 0, 1, 2])), lg),
            ),
            (tr(lg, "Volume", "Umzugsvolumen", "Volume"), vol(jb.volume, lg)),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), jb.vehicle.kind),
            (
                tr(lg, "Agreed price incl. VAT", "Festpreis inkl. USt.", "Prix TTC"),
                cash(round(price, 0), lg),
            ),
            (
                tr(lg, "Deposit received", "Anzahlung", "Acompte"),
                cash(round(price * 0.3, 0), lg) if rng.random() < 0.6 else "-",
            ),
        ],
        per=3,
        hand=False,
    )
    y = band(
        p,
        s,
        y,
        tr(lg, "Liability and insurance", "Haftung und Versicherung", "Déclaration de valeur"),
    )
    opts = [
        tr(
            lg,
            "Standard liability (GBP 40 per item)",
            "gesetzliche Haftung 620 €/m³",
            "Garantie de base",
        ),
        tr(lg, "Full value protection", "Transportversicherung zum Neuwert", "Assurance dommages"),
        tr(lg, "Own insurance", "eigene Hausratversicherung", "Refus d'assurance"),
    ]
    y = ticks(p, s, m + 2, y + 12, w - 2 * m, opts, {rng.randrange(3)}, 8)
    p.text(
        m + 2,
        y + 6,
        tr(lg, "Value declared", "Versicherungswert", "Valeur totale déclarée"),
        s.font,
        8,
    )
    hand(p, m + 130, y + 6, cash(rng.choice([15, 25, 40, 60, 80]) * 1000, lg), 10)
    y += 22
    y = band(
        p,
        s,
        y,
        tr(lg, "Special instructions", "Besondere Vereinbarungen", "Observations particulières"),
    )
    y += 14
    for _ in range(rng.randint(1, 3)):
        p.text(m + 2, y, fit(words(rng, lg), s.font, 8.5, w - 2 * m), s.font, 8.5)
        y += 12
    y += 8
    write_at = y
    p.text(
        m,
        write_at,
        fit(
            tr(
                lg,
                "I have read and accept the terms and conditions attached.",
                "Die umseitigen Bedingungen und die Unterrichtung über die Haftung habe ich "
                "erhalten.",
                "Le client reconnaît avoir pris connaissance des conditions générales jointes.",
            ),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    y = write_at + 16
    for k, (cap, name) in enumerate(
        [
            (tr(lg, "Customer", "Auftraggeber", "Le client"), c.name),
            (tr(lg, "For the company", "Möbelspediteur", "L'entreprise"), staff(h, "office")),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        p.rect(x, y, (w - 2 * m) / 2 - 8, 48)
        p.text(x + 4, y + 10, f"{cap} - {tr(lg, 'date', 'Datum', 'date')}", s.font, 7)
        if k == 1 or rng.random() < 0.85:
            sign(p, x + 20, y + 38, name)
            hand(p, x + (w - 2 * m) / 2 - 80, y + 38, short(d, lg), 8.5)
    f.y = y + 60
    if lg == "fr":
        y = band(p, s, f.y, "Déclaration de fin de travaux (à remplir à la livraison)")
        f.y = fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [("Date et heure de fin", ""), ("Réserves", ""), ("Signature du client", "")],
            per=3,
            tall=32,
        )
    pages = close(f.pages, s, h)
    pages.extend(
        terms_pages(
            rng,
            s,
            h,
            tr(
                lg,
                "Terms and Conditions",
                "Allgemeine Geschäftsbedingungen der Möbelspediteure (ADSp-Umzug)",
                "Conditions générales de vente",
            ),
            rng.choice([1, 1, 2]),
        )
    )
    if rng.random() < 0.45:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Your protection - what happens if something is damaged",
                "Unterrichtung über die Haftung (§ 451g HGB)",
                "Déclaration de valeur",
            ),
            1.5,
            rule=True,
        )
        for _ in range(rng.randint(3, 6)):
            if lg == "fr" and rng.random() < 0.4:
                g.y = fields(
                    g.page,
                    s,
                    m,
                    g.y,
                    w - 2 * m,
                    [
                        ("Objet", rng.choice(["Piano droit", "Tableau", "Horloge comtoise", ""])),
                        ("Valeur", ""),
                    ],
                    per=2,
                )
            write(g, s, prose(rng, lg, "legal"), s.size - 0.5)
        g.need(60)
        g.page.text(m, g.y + 10, tr(lg, "Signed", "Kenntnis genommen", "Lu et approuvé"), s.font, 8)
        if rng.random() < 0.7:
            sign(g.page, m + 70, g.y + 10, c.name)
        pages.extend(close(g.pages, s, h, numbers="none"))
    remember(jb, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates UU: the store
# ---------------------------------------------------------------------------------------------

PROHIBITED = {
    "en": [
        "Food or perishable goods",
        "Flammable liquids, gas bottles, fuel, paint thinners",
        "Explosives, fireworks, ammunition or firearms",
        "Live animals or plants",
        "Cash, securities, jewellery",
        "Toxic or hazardous waste, asbestos",
        "Stolen goods or illegal substances",
        "Anything that smells or leaks",
    ],
    "de": [
        "Lebensmittel und verderbliche Waren",
        "brennbare Flüssigkeiten, Gasflaschen, Kraftstoffe",
        "Sprengstoffe, Feuerwerkskörper, Waffen und Munition",
        "lebende Tiere und Pflanzen",
        "Bargeld, Wertpapiere, Schmuck",
        "giftige oder gefährliche Stoffe, Asbest",
        "Diebesgut und illegale Substanzen",
    ],
    "fr": [
        "Denrées alimentaires et produits périssables",
        "Liquides inflammables, bouteilles de gaz, carburants",
        "Explosifs, feux d'artifice, armes et munitions",
        "Animaux et plantes vivants",
        "Espèces, titres, bijoux",
        "Produits toxiques ou dangereux, amiante",
        "Objets volés ou substances illicites",
    ],
}


def debit_mandate(rng: random.Random, s0: Style, h: Head, p_: Person, ref: str) -> Page:
    """A direct debit instruction (England) or SEPA mandate (Germany, France), filled in."""
    lg = h.lang
    s = paper(s0, A4)
    w, _ = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    t = tr(
        lg,
        "Instruction to your bank or building society to pay by Direct Debit",
        "SEPA-Lastschriftmandat",
        "Mandat de prélèvement SEPA",
    )
    p.text(m, y, t, s.bold, shrink(t, s.bold, 12, w - 2 * m))
    y += 14
    if lg == "en":
        p.text(m, y, f"Service user number  {serial(keyed_issuer(h), '999999')}", s.font, 8.5)
    else:
        p.text(
            m,
            y,
            f"{tr(lg, '', 'Gläubiger-ID', 'ICS')} {'DE' if lg == 'de' else 'FR'}"
            f"{serial(keyed_issuer(h), '99ZZZ99999999999')}",
            s.font,
            8.5,
        )
    p.text(w - m, y, f"{tr(lg, 'Reference', 'Mandatsreferenz', 'RUM')} {ref}", s.font, 8.5, "right")
    y += 16
    acct = (
        [
            ("Name(s) of account holder(s)", p_.name),
            ("Bank/building society", rng.choice(["Barclays", "Nationwide", "Lloyds", "HSBC"])),
            ("Sort code", serial(rng, "99-99-99")),
            ("Account number", serial(rng, "99999999")),
        ]
        if lg == "en"
        else [
            (tr(lg, "", "Kontoinhaber", "Titulaire du compte"), p_.name),
            (tr(lg, "", "Anschrift", "Adresse"), f"{p_.street}, {p_.town}"),
            ("IBAN", f"{'DE' if lg == 'de' else 'FR76'}{serial(rng, '99 9999 9999 9999 9999 99')}"),
            ("BIC", serial(rng, "AAAAAAAA")),
        ]
    )
    y = fields(p, s, m, y, w - 2 * m, acct, per=2, tall=28)
    y = text_lines(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        tr(
            lg,
            f"Please pay {h.name} Direct Debits from the account detailed in this Instruction "
            "subject to the safeguards assured by the Direct Debit Guarantee.",
            f"Ich ermächtige {h.name}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. "
            "Zugleich weise ich mein Kreditinstitut an, die Lastschriften einzulösen. Ich kann "
            "innerhalb von acht Wochen die Erstattung des belasteten Betrages verlangen.",
            f"En signant ce formulaire de mandat, vous autorisez {h.name} à envoyer des "
            "instructions à votre banque pour débiter votre compte. Vous bénéficiez du droit "
            "d'être remboursé par votre banque dans les huit semaines.",
        ),
        8,
    )
    p.rect(m, y + 4, w - 2 * m, 44)
    p.text(
        m + 4,
        y + 14,
        tr(lg, "Signature(s) and date", "Ort, Datum, Unterschrift", "Signature et date"),
        s.font,
        7,
    )
    sign(p, m + 40, y + 40, p_.name)
    hand(p, w - m - 120, y + 40, short(some_day(rng), lg), 9)
    y += 70
    if lg == "en":
        p.rect(m, y, w - 2 * m, 120)
        p.text(m + 6, y + 14, "The Direct Debit Guarantee", s.bold, 9)
        text_lines(p, s, m + 6, y + 28, w - 2 * m - 12, prose(rng, "en", "legal", 3, 4), 7)
    return p


def keyed_issuer(h: Head) -> random.Random:
    return random.Random(zlib.crc32(f"vat/id/{h.name}/{FIRM['seed']}".encode()))


def text_lines(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + 4


def tpl_storage_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The store's storage licence agreement (Mietvertrag Lagerraum, contrat de location de
    box): customer, unit, rate, deposit, insurance cover, access code, ID checked, signed;
    then the terms, sometimes the prohibited goods list and the direct debit mandate."""
    h = store_head()
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "stletter").random() < 0.3 else A4
    s = style_of(h, size, pt=min(h.pt, 9.5))
    w, _ = size
    m = s.margin
    u = rng.choice(UNITS)
    t = u.tenant
    no = {"en": "LA-", "de": "MV ", "fr": "CT-"}[lg] + serial(
        rng, {"en": "99999", "de": "2999-999", "fr": "99999"}[lg]
    )
    title = tr(
        lg, "Storage Licence Agreement", "Mietvertrag über Lagerraum", "Contrat de location de box"
    )
    f = sheets(s, h, f"{title} {no}")
    p = f.page
    p.text(m, f.y, title, s.bold, shrink(title, s.bold, 14, w - 2 * m - 90))
    p.text(w - m, f.y, no, s.font, 9, "right")
    f.y += 10
    f.y = band(p, s, f.y + 8, tr(lg, "Customer", "Mieter", "Locataire"))
    f.y = fields(
        p,
        s,
        m,
        f.y + 2,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom, prénom"), t.name),
            (tr(lg, "Mobile", "Telefon", "Portable"), t.phone),
            (tr(lg, "Home address", "Anschrift", "Adresse"), f"{t.street}, {t.town}"),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                f"{t.first.lower()}.{t.last.lower().replace(' ', '')}@"
                + rng.choice(
                    [
                        "gmail.com",
                        "web.de" if lg == "de" else "orange.fr" if lg == "fr" else "btinternet.com",
                    ]
                ),
            ),
            (
                tr(lg, "Alternative contact", "Notfallkontakt", "Personne à prévenir"),
                a_person(rng, lg).name,
            ),
            (tr(lg, "ID seen", "Ausweis-Nr.", "Pièce d'identité"), serial(rng, "A9999999")),
        ],
        per=2,
        hand=rng.random() < 0.6,
    )
    f.y = band(p, s, f.y, tr(lg, "Unit and charges", "Lagerraum und Miete", "Box et tarifs"))
    f.y = fields(
        p,
        s,
        m,
        f.y + 2,
        w - 2 * m,
        [
            (tr(lg, "Unit no.", "Raum-Nr.", "Box n°"), u.no),
            (tr(lg, "Size", "Größe", "Surface"), u.size),
            (tr(lg, "Start date", "Mietbeginn", "Date d'entrée"), short(u.since, lg)),
            (
                tr(lg, "Rate per 4 weeks", "Monatsmiete", "Loyer mensuel TTC"),
                cash(u.rate * (1.2 if lg != "de" else 1.19), lg),
            ),
            (tr(lg, "Deposit", "Kaution", "Dépôt de garantie"), cash(round(u.rate, 0), lg)),
            (
                tr(lg, "Padlock", "Schloss", "Cadenas"),
                tr(lg, "Disc lock, own", "Diskusschloss", "Cadenas disque"),
            ),
            (
                tr(lg, "Goods value insured", "Versicherungssumme", "Valeur assurée"),
                cash(rng.choice([2, 5, 10, 15, 25]) * 1000, lg),
            ),
            (
                tr(lg, "Access PIN", "Zugangscode", "Code d'accès"),
                "****" if rng.random() < 0.5 else serial(rng, "9999"),
            ),
            (
                tr(lg, "Payment", "Zahlung", "Règlement"),
                tr(lg, "Direct debit", "Lastschrift", "Prélèvement"),
            ),
        ],
        per=3,
        hand=rng.random() < 0.5,
    )
    f.y = ticks(
        p,
        s,
        m + 2,
        f.y + 4,
        w - 2 * m,
        [
            tr(lg, "Photo ID checked", "Ausweis geprüft", "Pièce d'identité vérifiée"),
            tr(lg, "Proof of address", "Meldebescheinigung", "Justificatif de domicile"),
            tr(lg, "Terms explained", "AGB ausgehändigt", "CGV remises"),
            tr(lg, "No prohibited goods", "Keine verbotenen Güter", "Aucun bien interdit"),
        ],
        set(rng.sample(range(4), rng.randint(2, 4))),
        8,
    )
    write(
        f,
        s,
        tr(
            lg,
            "The Customer is granted a licence to store goods in the unit on the terms overleaf. "
            "This agreement does not create a tenancy. " + prose(rng, lg, "legal", 1, 1),
            "Der Mieter mietet den oben bezeichneten Lagerraum zu den nachstehenden Bedingungen. "
            + prose(rng, lg, "legal", 1, 1),
            "Le locataire déclare avoir pris connaissance des conditions générales de location. "
            + prose(rng, lg, "legal", 1, 1),
        ),
        s.size - 1,
    )
    info = [
        tr(
            lg,
            "Access hours: 6am - 10pm, 7 days a week",
            "Zugang täglich 6 - 22 Uhr mit PIN",
            "Accès 7j/7 de 6 h à 22 h avec code",
        ),
        tr(
            lg,
            "Minimum period 2 weeks; 14 days' written notice to vacate",
            "Mindestmietdauer 1 Monat, Kündigungsfrist 14 Tage",
            "Durée minimale 1 mois, préavis 15 jours",
        ),
        tr(
            lg,
            "Goods must be insured for their full replacement value",
            "Lagergut ist zum Neuwert zu versichern",
            "Les biens doivent être assurés à leur valeur à neuf",
        ),
        tr(
            lg,
            "The unit must be left clean and empty at the end",
            "Der Raum ist besenrein zurückzugeben",
            "Le box doit être restitué vide et propre",
        ),
    ]
    f.need(14 * len(info) + 20)
    top = f.y
    f.page.rect(m, top - 4, w - 2 * m, 14 * len(info) + 10)
    for k, it in enumerate(info):
        f.page.text(m + 8, top + 8 + 14 * k, "- " + it, s.font, s.size - 1)
    f.y = top + 14 * len(info) + 18
    f.need(70)
    y = f.y + 4
    for k, (cap, name) in enumerate(
        [
            (tr(lg, "Customer", "Mieter", "Le locataire"), t.name),
            (tr(lg, "Store manager", "Vermieter", "Le bailleur"), staff(h, "manager")),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        p_ = f.page
        p_.rect(x, y, (w - 2 * m) / 2 - 8, 46)
        p_.text(x + 4, y + 10, cap, s.font, 7)
        sign(p_, x + 20, y + 36, name)
        hand(p_, x + (w - 2 * m) / 2 - 78, y + 36, short(u.since, lg), 8.5)
    f.y = y + 56
    pages = close(f.pages, s, h)
    pages.extend(
        terms_pages(
            rng,
            s,
            h,
            tr(
                lg,
                "Storage Terms and Conditions",
                "Allgemeine Mietbedingungen Self-Storage",
                "Conditions générales de location",
            ),
            rng.choice([1, 1, 2]),
            store=True,
        )
    )
    if rng.random() < 0.35:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Goods which must not be stored",
                "Verbotene Lagergüter",
                "Biens interdits au stockage",
            ),
            2,
        )
        for item in PROHIBITED[lg]:
            g.page.rect(m, g.y - 8, 8, 8, fill=0.0)
            g.page.text(m + 16, g.y, item, s.font, s.size + 1)
            g.y += (s.size + 1) * 2
        write(g, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
        g.page.text(
            m, g.y + 20, tr(lg, "Customer's initials", "Kenntnis genommen", "Paraphe"), s.font, 8
        )
        hand(g.page, m + 110, g.y + 20, "".join(x[0] for x in t.name.split()), 12)
        pages.extend(close(g.pages, s, h, numbers="none"))
    if rng.random() < 0.4:
        pages.append(debit_mandate(rng, s, h, t, no))
    remember(None, u.since)
    LAST["unit"] = u
    return pages


def tpl_storage_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The store's invoice for a unit or the containers in the warehouse: the period's
    storage, the goods insurance, now and then a padlock or a late fee; tax and the bank."""
    h = store_head()
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "invletter").random() < 0.25 else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    u = LAST.get("unit") if LAST["kind"] == "storage_agreement" else None
    if not isinstance(u, Unit):
        u = rng.choice(UNITS)
    t = u.tenant
    start = month() + timedelta(days=rng.choice([0, 28, 56]))
    end = start + timedelta(days=27 if lg == "en" else 30)
    no = serial(rng, rng.choice(["SI999999", "R-29-9999", "9999999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        person_lines(t, lg),
        start - timedelta(days=rng.randint(0, 6)),
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (
                tr(lg, "Account", "Kunden-Nr.", "Compte client"),
                serial(random.Random(t.name), "99999"),
            ),
            (tr(lg, "Unit", "Lagerraum", "Box"), u.no),
        ],
    )
    pt = s.size + 4
    f.page.text(m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, pt)
    f.y += pt + 6
    rows: list[list[str]] = []
    net = 0.0
    span = f"{short(start, lg)} - {short(end, lg)}"
    rows.append(
        [
            span,
            tr(
                lg,
                f"Storage {u.size}, unit {u.no}",
                f"Miete {u.size}, Raum {u.no}",
                f"Location {u.size}, box {u.no}",
            ),
            cash(u.rate, lg),
        ]
    )
    net += u.rate
    cover = rng.choice([2, 5, 10, 15, 25]) * 1000
    prem = cover / 1000 * {"en": 1.1, "de": 1.4, "fr": 1.3}[lg]
    rows.append(
        [
            span,
            tr(
                lg,
                f"Goods protection, cover {cash(cover, lg)}",
                f"Einlagerungsversicherung {cash(cover, lg)}",
                f"Assurance marchandises {cash(cover, lg)}",
            ),
            cash(prem, lg),
        ]
    )
    net += prem
    for extra, price, odds in [
        (tr(lg, "Disc padlock", "Diskusschloss", "Cadenas disque"), 14.99, 0.15),
        (tr(lg, "Late payment fee", "Mahngebühr", "Frais de relance"), 15.0, 0.12),
        (tr(lg, "Boxes - medium x 10", "Umzugskartons x 10", "Cartons x 10"), 19.5, 0.15),
        (
            tr(lg, "Forklift handling in / out", "Staplerbewegung", "Manutention chariot"),
            35.0,
            0.3 * u.container,
        ),
    ]:
        if rng.random() < odds:
            rows.append(
                [short(start + timedelta(days=rng.randint(0, 20)), lg), extra, cash(price, lg)]
            )
            net += price
    cols = columns(m, w - m, [(2.2, "left"), (4.5, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    rate = {"en": 20.0, "de": 19.0, "fr": 20.0}[lg]
    totals(f, s, lg, round(net, 2), rate, paid=0)
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Storage charges are payable in advance. Your direct debit will be collected on or "
            f"after {short(start + timedelta(days=3), lg)}. Access may be suspended on overdue "
            "accounts.",
            f"Der Betrag wird am {short(start + timedelta(days=3), lg)} per SEPA-Lastschrift von "
            "Ihrem Konto eingezogen. Bei Zahlungsverzug wird der Zugang gesperrt.",
            f"Montant prélevé le {short(start + timedelta(days=3), lg)}. En cas d'impayé, l'accès "
            "au box sera suspendu (art. 6 des CGV).",
        ),
        s.size - 1,
    )
    if rng.random() < 0.25:
        stamp(
            f.page,
            w - m - 130,
            f.y + 10,
            [tr(lg, "PAID", "BEZAHLT", "PAYÉ"), short(start + timedelta(days=4), lg)],
        )
    remember(None, start)
    return close(f.pages, s, h)


def tpl_access_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The store's access control report as the system prints it: gate and door events by
    time with the customer's PIN and unit over one to three pages, a print header on each."""
    h = store_head()
    lg = h.lang
    size = rng.choice([A4, landscape(A4)])
    s = style_of(h, size, margin=36, pt=8)
    w, hh = size
    m = 36.0
    d0 = month() + timedelta(days=rng.randint(0, 20))
    days = rng.choice([1, 7, 7, 14, 31])
    one = rng.random() < 0.4
    unit = rng.choice(UNITS)
    title = tr(
        lg,
        "Access Control - Event Report",
        "Zutrittskontrolle - Ereignisprotokoll",
        "Contrôle d'accès - Journal des événements",
    )
    printed = f"{short(d0 + timedelta(days=days), lg)} {hhmm(rng, 8, 17)}"
    events = [
        tr(lg, "Access granted", "Zutritt gewährt", "Accès autorisé"),
        tr(lg, "Access granted", "Zutritt gewährt", "Accès autorisé"),
        tr(lg, "Exit", "Ausgang", "Sortie"),
        tr(lg, "Unit opened", "Raum geöffnet", "Box ouvert"),
        tr(lg, "Unit closed", "Raum geschlossen", "Box fermé"),
        tr(lg, "Invalid PIN", "PIN ungültig", "Code invalide"),
        tr(lg, "Access denied - overdue", "Gesperrt - Zahlungsverzug", "Refusé - impayé"),
    ]
    doors = [
        tr(lg, "Main gate", "Haupttor", "Portail"),
        tr(lg, "Door 1 lobby", "Tür 1 Eingang", "Porte 1 accueil"),
        tr(lg, "Lift 1", "Aufzug", "Monte-charge"),
        tr(lg, "Corridor B", "Gang B", "Couloir B"),
    ]
    rows = []
    n = rng.randint(18, 30) if one else rng.randint(30, 110)
    stamps = sorted(
        (
            d0 + timedelta(days=rng.randint(0, days - 1)),
            f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        )
        for _ in range(n)
    )
    for dd, tm in stamps:
        u = unit if one else rng.choice(UNITS)
        rows.append(
            [
                short(dd, lg),
                tm,
                rng.choice(doors),
                u.no,
                f"{u.tenant.last[:10]}, {u.tenant.first[0]}.",
                f"{rng.randint(1, 9)}***",
                rng.choice(events),
            ]
        )

    def start(p: Page, k: int) -> float:
        p.text(m, 30, fit(h.name, "Helvetica-Bold", 9, w / 2), "Helvetica-Bold", 9)
        p.text(
            w - m,
            30,
            f"{tr(lg, 'Printed', 'Gedruckt', 'Imprimé le')} {printed}",
            "Helvetica",
            7.5,
            "right",
        )
        p.text(m, 44, title, "Helvetica-Bold", 11)
        scope = f"{short(d0, lg)} - {short(d0 + timedelta(days=days - 1), lg)}"
        if one:
            scope += f"  |  {tr(lg, 'Unit', 'Raum', 'Box')} {unit.no}"
        p.text(m, 56, scope, "Helvetica", 8)
        p.line(m, 62, w - m, 62)
        return 78.0

    f = Flow(size, hh - 44, start)
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (1, "left"),
            (1.6, "left"),
            (0.8, "left"),
            (2, "left"),
            (0.8, "left"),
            (2.4, "left"),
        ],
    )
    sm = paper(s, size, margin=m, pt=8)
    sm.font, sm.bold = "Courier", "Courier-Bold"
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Reader", "Leser", "Lecteur"),
            tr(lg, "Unit", "Raum", "Box"),
            tr(lg, "Customer", "Mieter", "Client"),
            "PIN",
            tr(lg, "Event", "Ereignis", "Événement"),
        ],
        rows,
        sm,
        size=7.5,
        step=1.5,
    )
    f.need(20)
    f.page.text(
        m,
        f.y + 8,
        f"{len(rows)} {tr(lg, 'events', 'Ereignisse', 'événements')} - "
        f"{tr(lg, 'End of report', 'Ende des Berichts', 'Fin du rapport')}",
        "Courier",
        7.5,
    )
    pages = f.pages
    for k, p in enumerate(pages, 1):
        p.text(
            w / 2,
            hh - 24,
            f"{tr(lg, 'Page', 'Seite', 'Page')} {k} / {len(pages)}",
            "Helvetica",
            7,
            "center",
        )
    if rng.random() < 0.3:
        hand(
            pages[0],
            w - m - 160,
            90,
            tr(
                lg, "for police request - file", "Anfrage Polizei - z.d.A.", "réquisition - classer"
            ),
            10,
        )
    remember(None, d0)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates UU: suppliers and the fleet
# ---------------------------------------------------------------------------------------------

PACKING = {
    "en": [
        ("TC1 book carton, double wall", 0.62, 50),
        ("TC2 large carton, double wall", 0.78, 50),
        ("Wardrobe carton with hanging rail", 6.95, 10),
        ("Picture / mirror pack, adjustable", 3.10, 10),
        ("Packing paper, 10 kg ream", 14.50, 4),
        ("Bubble wrap 750 mm x 100 m", 16.80, 4),
        ("Brown tape 48 mm x 66 m, pack of 36", 28.40, 2),
        ("Mattress cover, king", 2.15, 20),
        ("Mattress cover, single", 1.40, 20),
        ("Sofa cover, 3-seater", 3.90, 10),
        ("Stretch wrap 500 mm x 250 m", 9.20, 6),
        ("Furniture blankets, quilted", 11.50, 12),
        ("TV box, adjustable 32-65in", 7.40, 5),
    ],
    "de": [
        ("Umzugskarton Profi 2-wellig", 1.45, 100),
        ("Bücherkarton 2-wellig", 1.10, 100),
        ("Kleiderbox mit Stange", 8.90, 10),
        ("Packseide 50 x 75 cm, 10 kg", 21.00, 4),
        ("Luftpolsterfolie 100 cm x 50 m", 17.50, 5),
        ("Packband braun 50 mm x 66 m", 1.95, 36),
        ("Matratzenhülle 200 x 140", 2.60, 20),
        ("Stretchfolie 500 mm, 23 my", 8.40, 6),
        ("Möbeldecke gesteppt", 12.80, 10),
        ("Spiegelkarton verstellbar", 3.80, 10),
        ("Geschirrkarton mit Einsatz", 4.20, 20),
    ],
    "fr": [
        ("Carton standard 55 x 35 x 30", 1.35, 100),
        ("Carton livres 35 x 27,5 x 30", 0.98, 100),
        ("Carton penderie avec tringle", 8.50, 10),
        ("Papier bulle 1 m x 50 m", 15.90, 5),
        ("Papier de soie, rame 10 kg", 19.80, 4),
        ("Adhésif PVC marron 50 mm x 100 m", 2.35, 36),
        ("Housse matelas 2 places", 2.40, 20),
        ("Film étirable 500 mm", 8.90, 6),
        ("Couverture de déménagement", 10.50, 10),
        ("Carton barrel vaisselle", 3.90, 20),
        ("Carton cadre / miroir", 3.20, 10),
    ],
}


def tpl_packing_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A packaging wholesaler's invoice to the company for cartons, paper, tape and covers;
    sometimes the signed proof of delivery copy behind it (same document)."""
    h = head_of(who, "packing")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["INV99999", "99999", "RE-2999999", "F999999"]))
    order = serial(rng, "PO-9999")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(tr(lg, "Accounts payable", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung Nr.", "Facture n°"), no),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "cust"), "C99999"),
            ),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), order),
        ],
    )
    f.page.text(m, f.y, tr(lg, "Sales Invoice", "Rechnung", "Facture"), s.bold, s.size + 4)
    f.y += 20
    rows = []
    net = 0.0
    for name, price, lot in rng.sample(PACKING[lg], rng.randint(2, 8)):
        q = lot * rng.randint(1, 6)
        amt = round(q * price, 2)
        net += amt
        rows.append([serial(rng, "AA-999"), name, str(q), money(price, lg), money(amt, lg)])
    if rng.random() < 0.5:
        rows.append(
            [
                "",
                tr(lg, "Carriage", "Fracht / Anlieferung", "Frais de port"),
                "1",
                money(18.0, lg),
                money(18.0, lg),
            ]
        )
        net += 18.0
    cols = columns(
        m, w - m, [(1, "left"), (4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU HT"),
            tr(lg, "Net", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        shade=0.85 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 19.0, "fr": 20.0}[lg])
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: 30 days from invoice. Delivered {short(d - timedelta(days=1), lg)}.",
            "Zahlbar innerhalb 14 Tagen ohne Abzug. Lieferdatum = Rechnungsdatum.",
            "Paiement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt "
            "légal.",
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], lg, d)
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        q = Page(A4)
        y = heading(q, s, h)
        q.text(
            m,
            y,
            tr(lg, "PROOF OF DELIVERY - COPY", "LIEFERSCHEIN - KOPIE", "BON DE LIVRAISON - COPIE"),
            s.bold,
            12,
        )
        y += 20
        y = pairs(
            q,
            s,
            m,
            y,
            [
                (tr(lg, "Order", "Auftrag", "Commande"), order),
                (tr(lg, "Delivered to", "Lieferanschrift", "Livré à"), firm_head().name),
            ],
            w / 2,
        )
        y += 10
        for r in rows:
            if r[0]:
                q.text(m, y, f"{r[2]:>5}  x  {r[1]}", "Courier", 9)
                hand(q, w - m - 20, y, "v", 10)
                y += 14
        y += 20
        q.text(
            m,
            y,
            tr(lg, "Received in good condition", "Ware vollständig erhalten", "Reçu en bon état"),
            s.font,
            8,
        )
        sign(q, m + 150, y, staff(firm_head(), "warehouse"))
        hand(q, m + 300, y, short(d - timedelta(days=1), lg), 9)
        stamp(
            q, w - m - 120, y + 30, ["COPY" if lg == "en" else "KOPIE" if lg == "de" else "COPIE"]
        )
        pages.append(q)
    remember(None, d)
    return pages


def tpl_vehicle_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """The lease company's monthly invoice for the company's vans and trucks: contract, vehicle,
    rental and maintenance per vehicle, excess mileage now and then; sometimes the vehicle
    schedule on landscape A4 behind it."""
    h = head_of(who, "lease")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = month() + timedelta(days=rng.randint(0, 4))
    no = serial(rng, "99999999")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(tr(lg, "Fleet manager", "z. Hd. Fuhrparkleitung", "Responsable de parc")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(keyed(who, "lease"), "999999")),
        ],
    )
    mname = date_text(d, lg, "long").split(" ", 1)[1]
    caption(
        f,
        s,
        tr(
            lg,
            f"Rental invoice - {mname}",
            f"Leasingrechnung {mname}",
            f"Facture de loyers - {mname}",
        ),
        2,
    )
    rows = []
    net = 0.0
    fleet = rng.sample(FLEET, rng.randint(1, len(FLEET)))
    for v in fleet:
        r_ = random.Random(v.reg)
        rent = r_.choice([389, 455, 610, 780, 1150, 1420])
        mt = r_.choice([0, 48, 65, 92])
        rows.append(
            [
                serial(r_, "9999999"),
                v.reg,
                v.make,
                money(rent, lg),
                money(mt, lg),
                money(rent + mt, lg),
            ]
        )
        net += rent + mt
    if rng.random() < 0.3:
        k = rng.randint(400, 3000)
        rows.append(
            [
                "",
                fleet[0].reg,
                tr(lg, f"Excess mileage {k} mi", f"Mehr-km {k}", f"Dépassement {k} km"),
                "",
                "",
                money(k * 0.08, lg),
            ]
        )
        net += k * 0.08
    cols = columns(
        m,
        w - m,
        [(1.3, "left"), (1.3, "left"), (2.6, "left"), (1, "right"), (1.1, "right"), (1.1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Agreement", "Vertrag", "Contrat"),
            tr(lg, "Reg.", "Kennz.", "Immat."),
            tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
            tr(lg, "Rental", "Rate", "Loyer"),
            tr(lg, "Maint.", "Service", "Entretien"),
            tr(lg, "Total", "Summe", "Total HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 19.0, "fr": 20.0}[lg])
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be collected by direct debit on "
            f"{short(d + timedelta(days=10), lg)}. " + prose(rng, lg, "fleet", 1, 1),
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} von Ihrem Konto abgebucht. "
            + prose(rng, lg, "fleet", 1, 1),
            f"Prélèvement le {short(d + timedelta(days=10), lg)}. " + prose(rng, lg, "fleet", 1, 1),
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], lg, d)
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        size = landscape(A4)
        sl = style_of(h, size, margin=40, pt=8.5)
        g = sheets(sl, h, top=False)
        caption(
            g,
            sl,
            tr(lg, "Vehicle schedule", "Fahrzeugübersicht", "Annexe - état du parc"),
            2,
            rule=True,
        )
        vrows = []
        for v in FLEET:
            r_ = random.Random(v.reg + "s")
            st = date(month().year - r_.randint(1, 3), r_.randint(1, 12), 1)
            vrows.append(
                [
                    v.reg,
                    v.make,
                    v.kind,
                    short(st, lg),
                    short(st.replace(year=st.year + 4), lg),
                    money(r_.choice([20, 25, 30, 40]) * 1000, lg)[:-3],
                    money(r_.randint(12000, 160999), lg)[:-3],
                ]
            )
        table(
            g,
            columns(
                40,
                size[0] - 40,
                [
                    (1, "left"),
                    (1.8, "left"),
                    (2.2, "left"),
                    (1, "left"),
                    (1, "left"),
                    (1, "right"),
                    (1, "right"),
                ],
            ),
            [
                tr(lg, "Reg.", "Kennzeichen", "Immat."),
                tr(lg, "Make / model", "Fabrikat", "Marque / modèle"),
                tr(lg, "Body", "Aufbau", "Carrosserie"),
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "End", "Ende", "Fin"),
                tr(lg, "Miles p.a.", "km p.a.", "km / an"),
                tr(lg, "Odometer", "km-Stand", "Compteur"),
            ],
            vrows,
            sl,
            rules=True,
            step=2,
        )
        pages.extend(close(g.pages, sl, h, numbers="none"))
    remember(None, d)
    return pages


def tpl_fuel_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The fuel card company's statement: the account summary, then the transactions card by
    card (site, vehicle, product, litres, price) over one to three more pages, numbered."""
    h = head_of(who, "fuel")
    lg = h.lang
    size = A4 if rng.random() < 0.7 else landscape(A4)
    s = style_of(h, size, pt=min(h.pt, 9))
    w, _hh = size
    m = s.margin
    d0 = month() + timedelta(days=rng.choice([0, 14]))
    d1 = d0 + timedelta(days=13 if rng.random() < 0.5 else 27)
    acct = serial(keyed(who, "fuelacct"), "9999999")
    f = sheets(s, h, f"{tr(lg, 'Statement', 'Abrechnung', 'Relevé')} {acct} - {short(d1, lg)}")
    recipient(
        f,
        s,
        h,
        firm_lines(),
        d1 + timedelta(days=1),
        [
            (tr(lg, "Account", "Kundennummer", "Compte"), acct),
            (tr(lg, "Statement", "Abrechnung Nr.", "Relevé n°"), serial(rng, "99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Fuel card statement",
            "Tankkartenabrechnung",
            "Relevé de transactions carte carburant",
        ),
        2,
    )
    sites = {
        "en": [
            "Shell Harrogate Rd",
            "BP Wetherby Services",
            "Texaco Knaresborough",
            "Esso M1 Woolley Edge",
            "Morrisons Leeds",
        ],
        "de": [
            "Aral Hamburg-Stellingen",
            "Shell A7 Holmmoor",
            "Esso Köln-Ehrenfeld",
            "Star Augsburg",
            "Total A1 Stillhorn",
        ],
        "fr": [
            "TotalEnergies Nantes Beaujoire",
            "Esso Carquefou",
            "BP A11 Ancenis",
            "Intermarché Rezé",
            "AS24 Nantes",
        ],
    }[lg]
    tx = []
    total = litres = 0.0
    for v in rng.sample(FLEET, rng.randint(1, len(FLEET))):
        card = serial(rng, "7077 **** **** 9999")
        for _ in range(rng.randint(3, 14)):
            dd = d0 + timedelta(days=rng.randint(0, (d1 - d0).days))
            prod = rng.choice(["Diesel", "Diesel", "Diesel", "AdBlue"])
            lit = rng.uniform(40, 240) if prod == "Diesel" else rng.uniform(5, 20)
            ppl = rng.uniform(1.38, 1.58) if lg == "en" else rng.uniform(1.55, 1.79)
            if prod == "AdBlue":
                ppl = rng.uniform(0.6, 0.9)
            total += round(lit * ppl, 2)
            litres += lit
            tx.append(
                [
                    short(dd, lg),
                    hhmm(rng, 5, 21),
                    card[-4:],
                    v.reg,
                    rng.choice(sites),
                    prod,
                    money(lit, lg),
                    f"{ppl:.3f}" if lg == "en" else f"{ppl:.3f}".replace(".", ","),
                    money(lit * ppl, lg),
                ]
            )
    tx.sort(key=lambda r: (r[3], r[0][-4:] + r[0][3:5] + r[0][:2], r[1]))
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(d0, lg)} - {short(d1, lg)}"),
            (tr(lg, "Cards used", "Karten", "Cartes utilisées"), str(len({r[2] for r in tx}))),
            (tr(lg, "Transactions", "Transaktionen", "Transactions"), str(len(tx))),
            (tr(lg, "Litres", "Liter", "Litres"), money(litres, lg)),
            (tr(lg, "Total incl. VAT", "Gesamt brutto", "Total TTC"), cash(total, lg)),
            (
                tr(lg, "Direct debit on", "Lastschrift am", "Prélèvement le"),
                short(d1 + timedelta(days=7), lg),
            ),
        ],
        w * 0.6,
    )
    f.y += 10
    write(f, s, prose(rng, lg, "fleet", 1, 2), s.size - 1)
    if rng.random() < 0.6:
        f.new_page()
    caption(
        f, s, tr(lg, "Transactions by card", "Einzelnachweis nach Karten", "Détail par carte"), 1
    )
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (0.7, "left"),
            (0.6, "left"),
            (1.1, "left"),
            (2.6, "left"),
            (0.9, "left"),
            (0.8, "right"),
            (0.8, "right"),
            (1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Vehicle", "Kennz.", "Véhicule"),
            tr(lg, "Site", "Tankstelle", "Station"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Litres", "Liter", "Litres"),
            tr(lg, "Price", "Preis/l", "PU"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        tx,
        s,
        size=s.size - 1.5,
        step=1.45,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "{i}/{n}", tr(lg, "Page {i}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )
    remember(None, d1)
    return pages


CHECKS = {
    "en": "Tyres & wheel nuts|Lights & indicators|Mirrors & glass|Brakes & air leaks|Steering|Horn|"
    "Wipers & washers|Fuel / AdBlue / oil leaks|Tail lift|Load straps & blankets|Body & doors|"
    "Number plates|Seat belts|Dashboard warning lights|Tachograph card inserted",
    "de": "Reifen und Radmuttern|Beleuchtung und Blinker|Spiegel und Scheiben|Bremsen|Lenkung|Hupe|"
    "Scheibenwischer|Kraftstoff / AdBlue / Öl|Ladebordwand|Spanngurte und Decken|Aufbau und Türen|"
    "Kennzeichen|Sicherheitsgurte|Warnleuchten|Fahrerkarte gesteckt",
    "fr": "Pneumatiques et écrous|Feux et clignotants|Rétroviseurs et vitres|Freins|Direction|"
    "Avertisseur|"
    "Essuie-glaces|Carburant / AdBlue / fuites|Hayon élévateur|Sangles et couvertures|Caisse et "
    "portes|"
    "Plaques|Ceintures|Voyants tableau de bord|Carte conducteur insérée",
}


def tpl_walkround_check(rng: random.Random, who: Issuer) -> list[Page]:
    """A driver's daily walkround check (Abfahrtskontrolle, check-list de départ) on the
    company's pad: vehicle, odometer, every check ticked OK or defect, defects written in,
    the driver's signature and sometimes the workshop's sign-off."""
    h = firm_head()
    lg = h.lang
    size = keyed(who, "wrsize").choice([A5, A5, A4])
    small = size == A5
    s = style_of(h, size, margin=30 if small else 46, pt=8 if small else 9)
    w, _hh = size
    m = s.margin
    v = rng.choice(FLEET)
    driver = rng.choice(CREW)
    d = some_day(rng)
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "DRIVER'S DAILY VEHICLE CHECK",
        "ABFAHRTSKONTROLLE FAHRZEUG",
        "CHECK-LIST DE DÉPART VÉHICULE",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 11, w - 2 * m))
    y += 8
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"), v.reg),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Driver", "Fahrer", "Conducteur"), driver),
            (
                tr(lg, "Odometer", "km-Stand", "Compteur"),
                f"{rng.randint(12, 260)}{rng.randint(100, 999)}",
            ),
        ],
        per=4 if not small else 2,
        tall=24,
    )
    checks = CHECKS[lg].split("|")
    bad = set(rng.sample(range(len(checks)), rng.choice([0, 0, 0, 1, 1, 2])))
    x_ok, x_def = w - m - 70, w - m - 28
    p.text(x_ok - 4, y, "OK", s.bold, 7.5)
    p.text(x_def - 10, y, tr(lg, "Defect", "Mangel", "Défaut"), s.bold, 7.5)
    y += 12
    step = 13.5 if small else 17
    for k, c in enumerate(checks):
        p.text(m + 2, y, c, s.font, s.size - 0.5)
        box(p, x_ok, y, k not in bad, 8)
        box(p, x_def, y, k in bad, 8)
        p.line(m, y + 4, w - m, y + 4)
        y += step
    y += 6
    p.text(
        m,
        y,
        tr(lg, "Defects found / action", "Festgestellte Mängel", "Anomalies constatées"),
        s.bold,
        8,
    )
    y += 14
    for k in sorted(bad):
        hand(
            p,
            m + 4,
            y,
            f"{checks[k].split(' ')[0]} - {words(rng, lg, 'fleet', rng.randint(3, 6))}",
            8.5,
            w - 2 * m - 8,
        )
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    for _ in range(max(0, 2 - len(bad))):
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 8
    p.text(
        m,
        y,
        tr(lg, "Driver's signature", "Unterschrift Fahrer", "Signature conducteur"),
        s.font,
        7.5,
    )
    sign(p, m + 90, y, driver, 11)
    if bad:
        y += 24
        p.text(m, y, tr(lg, "Defect rectified by", "Mangel behoben", "Réparé par"), s.font, 7.5)
        if rng.random() < 0.7:
            sign(p, m + 90, y, staff(h, "fitter"), 11)
            hand(p, w - m - 70, y, short(d + timedelta(days=rng.randint(0, 2)), lg), 8.5)
    remember(None, d)
    LAST["vehicle"] = v
    return close([p], s, h, numbers="none")


INFRINGEMENTS = {
    "en": [
        ("Daily driving exceeded 9 h (10 h)", "Art. 6(1)", "SI"),
        ("Insufficient break after 4.5 h driving", "Art. 7", "MI"),
        ("Insufficient daily rest", "Art. 8(2)", "SI"),
        ("Reduced daily rest taken more than 3 times", "Art. 8(4)", "MI"),
        ("Weekly driving exceeded 56 h", "Art. 6(2)", "VSI"),
        ("Driving without card", "Art. 34 (165/2014)", "VSI"),
        ("Working time over 60 h in a week", "WTD", "MI"),
    ],
    "de": [
        ("Tageslenkzeit überschritten (9 h / 10 h)", "Art. 6 Abs. 1", "SI"),
        ("Fahrtunterbrechung nach 4,5 h unzureichend", "Art. 7", "MI"),
        ("Tägliche Ruhezeit unterschritten", "Art. 8 Abs. 2", "SI"),
        ("Wöchentliche Lenkzeit über 56 h", "Art. 6 Abs. 2", "VSI"),
        ("Fahrt ohne Fahrerkarte", "Art. 34 VO 165/2014", "VSI"),
        ("Arbeitszeit über 10 h (ArbZG)", "§ 21a ArbZG", "MI"),
    ],
    "fr": [
        ("Dépassement conduite journalière (9 h / 10 h)", "Art. 6-1", "SI"),
        ("Pause insuffisante après 4 h 30 de conduite", "Art. 7", "MI"),
        ("Repos journalier insuffisant", "Art. 8-2", "SI"),
        ("Conduite hebdomadaire supérieure à 56 h", "Art. 6-2", "VSI"),
        ("Conduite sans carte conducteur", "Art. 34 Règl. 165/2014", "VSI"),
        ("Amplitude journalière dépassée", "Code des transports", "MI"),
    ],
}


def activity_chart(rng: random.Random, h: Head, driver: str, d: date, reg: str) -> Page:
    """A driver's day as the analysis software charts it, on landscape A4: four activity rows
    over 24 hours and the totals."""
    lg = h.lang
    size = landscape(A4)
    w, _hh = size
    p = Page(size)
    p.text(36, 34, fit(h.name, "Helvetica-Bold", 9, 300), "Helvetica-Bold", 9)
    t = tr(
        lg, "Driver activity chart", "Tätigkeitsdiagramm Fahrer", "Graphique d'activités conducteur"
    )
    p.text(w - 36, 34, t, "Helvetica-Bold", 11, "right")
    p.text(36, 52, f"{driver}  -  {short(d, lg)}  -  {reg}", "Helvetica", 9)
    x0, x1 = 130.0, w - 40
    rows = [
        tr(lg, "Driving", "Lenken", "Conduite"),
        tr(lg, "Other work", "Arbeit", "Autre travail"),
        tr(lg, "Availability", "Bereitschaft", "Disponibilité"),
        tr(lg, "Rest / break", "Ruhe / Pause", "Repos / pause"),
    ]
    top = 90.0
    for hr in range(25):
        x = x0 + (x1 - x0) * hr / 24
        p.line(x, top - 6, x, top + 4 * 44)
        if hr < 24:
            p.text(x + 2, top - 10, f"{hr:02d}", "Helvetica", 6.5)
    t0 = rng.uniform(5, 8)
    acts = []
    tt = t0
    while tt < t0 + rng.uniform(9, 14):
        a = rng.choice([0, 0, 0, 1, 1, 2, 3])
        dur = rng.uniform(0.2, 2.5) if a == 0 else rng.uniform(0.1, 1.2)
        acts.append((a, tt, min(tt + dur, 23.9)))
        tt += dur
    acts = [(3, 0.0, t0), *acts, (3, tt, 24.0)]
    sums = [0.0] * 4
    for k, name in enumerate(rows):
        y = top + k * 44
        p.text(36, y + 24, name, "Helvetica", 8)
        p.line(x0, y + 40, x1, y + 40)
    for a, b, e in acts:
        if e <= b:
            continue
        y = top + a * 44
        p.rect(x0 + (x1 - x0) * b / 24, y + 10, (x1 - x0) * (e - b) / 24, 22, fill=0.2 + 0.15 * a)
        sums[a] += e - b
    y = top + 4 * 44 + 30
    for k, name in enumerate(rows):
        hm = f"{int(sums[k])}:{int(sums[k] % 1 * 60):02d}"
        p.text(36 + k * 170, y, f"{name}: {hm}", "Helvetica-Bold", 9)
    p.text(
        36,
        y + 24,
        f"{tr(lg, 'Distance', 'Strecke', 'Distance')}: {rng.randint(40, 520)} km",
        "Helvetica",
        8,
    )
    return p


def tpl_tacho_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The tachograph analysis bureau's report on the company's drivers' hours for a period:
    the summary by driver, the infringements with their article and severity for the driver's
    acknowledgement, and sometimes activity charts of the days concerned."""
    h = head_of(who, "tacho")
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, _hh = A4
    m = s.margin
    d0 = month() - timedelta(days=28)
    d1 = month() - timedelta(days=1)
    d = month() + timedelta(days=rng.randint(3, 12))
    title = tr(
        lg,
        "Drivers' hours infringement report",
        "Verstoßbericht Lenk- und Ruhezeiten",
        "Rapport d'infractions - temps de conduite et de repos",
    )
    f = sheets(s, h, f"{title} - {short(d0, lg)} - {short(d1, lg)}")
    recipient(
        f,
        s,
        h,
        firm_lines(tr(lg, "Transport manager", "Fuhrparkleitung", "Responsable d'exploitation")),
        d,
        [(tr(lg, "Client", "Kunden-Nr.", "Client"), serial(keyed(who, "tacho"), "T9999"))],
    )
    caption(f, s, title, 1.5)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Period analysed", "Auswertungszeitraum", "Période analysée"),
                f"{short(d0, lg)} - {short(d1, lg)}",
            ),
            (
                tr(lg, "Driver cards downloaded", "Fahrerkarten ausgelesen", "Cartes téléchargées"),
                str(len(CREW)),
            ),
            (
                tr(
                    lg,
                    "Vehicle units downloaded",
                    "Massenspeicher ausgelesen",
                    "Chronotachygraphes",
                ),
                str(len(FLEET)),
            ),
        ],
        w * 0.65,
    )
    f.y += 8
    drivers = rng.sample(CREW, min(len(CREW), rng.randint(2, 7)))
    summ = []
    inf_rows = []
    for dr in drivers:
        n = rng.choice([0, 0, 1, 1, 2, 3, 5])
        summ.append(
            [
                dr,
                f"{rng.randint(60, 190)}:{rng.randint(0, 59):02d}",
                f"{rng.randint(20, 80)}:{rng.randint(0, 59):02d}",
                str(n),
            ]
        )
        for _ in range(n):
            what, art, sev = rng.choice(INFRINGEMENTS[lg])
            inf_rows.append(
                [dr, short(d0 + timedelta(days=rng.randint(0, 27)), lg), what, art, sev, ""]
            )
    table(
        f,
        columns(m, w - m, [(2.5, "left"), (1.2, "right"), (1.2, "right"), (1.2, "right")]),
        [
            tr(lg, "Driver", "Fahrer", "Conducteur"),
            tr(lg, "Driving", "Lenkzeit", "Conduite"),
            tr(lg, "Other work", "Arbeitszeit", "Autres travaux"),
            tr(lg, "Infringements", "Verstöße", "Infractions"),
        ],
        summ,
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Infringements are graded MI (minor), SI (serious) and VSI (very serious) under "
            "Regulation (EU) 2016/403. Please discuss each infringement with the driver and "
            "return the signed sheet.",
            "Die Verstöße sind nach VO (EU) 2016/403 eingestuft (MI geringfügig, SI schwer, VSI "
            "sehr schwer). Bitte belehren Sie die Fahrer und lassen Sie den Einzelnachweis "
            "gegenzeichnen. Aufbewahrungsfrist der Daten: 1 Jahr.",
            "Les infractions sont classées selon le règlement (UE) 2016/403 (MI mineure, SI "
            "grave, VSI très grave). Merci de faire émarger chaque conducteur et de conserver "
            "ce rapport un an.",
        ),
        s.size - 1,
    )
    if inf_rows:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Infringement detail", "Einzelnachweis Verstöße", "Détail des infractions"),
            1,
        )
        cols = columns(
            m,
            w - m,
            [
                (1.6, "left"),
                (1, "left"),
                (3.2, "left"),
                (1.3, "left"),
                (0.6, "center"),
                (1.4, "left"),
            ],
        )
        table(
            f,
            cols,
            [
                tr(lg, "Driver", "Fahrer", "Conducteur"),
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Infringement", "Verstoß", "Infraction"),
                tr(lg, "Rule", "Vorschrift", "Texte"),
                tr(lg, "Cat.", "Kat.", "Cat."),
                tr(lg, "Driver signed", "Unterschrift", "Émargement"),
            ],
            inf_rows,
            s,
            size=s.size - 1.5,
            rules=True,
            step=2.6,
        )
        f.need(40)
        if rng.random() < 0.5:
            hand(
                f.page,
                m,
                f.y + 16,
                tr(
                    lg,
                    "discussed with drivers",
                    "mit Fahrern besprochen",
                    "vu avec les conducteurs",
                )
                + " "
                + short(d + timedelta(days=3), lg),
                10,
            )
    pages = close(f.pages, s, h)
    if inf_rows and rng.random() < 0.45:
        for row in inf_rows[: rng.randint(1, 3)]:
            dd = d0 + timedelta(days=rng.randint(0, 27))
            pages.append(activity_chart(rng, h, row[0], dd, rng.choice(FLEET).reg))
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates UU: crew and payroll
# ---------------------------------------------------------------------------------------------


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A crew member's weekly timesheet on the company's form, written by hand: job by day,
    start, finish, breaks, hours, overnight; signed by the porter and the foreman. Or the
    whole crew's week on landscape A4."""
    h = firm_head()
    lg = h.lang
    crew_sheet = keyed(who, "tsform").random() < 0.35
    size = landscape(A4) if crew_sheet else keyed(who, "tssize").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size != A4 else 46, pt=8.5)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    d -= timedelta(days=d.weekday())
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "WEEKLY TIMESHEET", "STUNDENNACHWEIS", "RELEVÉ D'HEURES HEBDOMADAIRE")
    p.text(m, y, title, s.bold, 11)
    p.text(
        w - m,
        y,
        tr(lg, "Week commencing ", "KW ab ", "Semaine du ") + short(d, lg),
        s.font,
        8.5,
        "right",
    )
    y += 14
    days = tr(
        lg, "Mon Tue Wed Thu Fri Sat Sun", "Mo Di Mi Do Fr Sa So", "Lun Mar Mer Jeu Ven Sam Dim"
    ).split()
    if crew_sheet:
        names = rng.sample(CREW, min(len(CREW), rng.randint(4, 9)))
        cols = columns(
            m,
            w - m,
            [(3, "left"), (1.4, "left")] + [(1, "center")] * 7 + [(1, "right"), (1, "right")],
        )
        x0, x1 = m - 2, w - m + 2
        heads = [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Role", "Funktion", "Poste"),
            *days,
            tr(lg, "Total", "Summe", "Total"),
            tr(lg, "O/T", "Überst.", "HS"),
        ]
        p.line(x0, y + 4, x1, y + 4)
        y += 16
        for c, t in zip(cols, heads, strict=True):
            cell(p, c, y, t, s.bold, 8)
        p.line(x0, y + 5, x1, y + 5)
        for nm in names:
            y += 22
            hrs = [rng.choice([8, 9, 10, 10.5, 11, 0]) for _ in range(5)] + [
                rng.choice([0, 0, 6, 8]),
                0,
            ]
            role = rng.choice(
                [
                    tr(lg, "Driver", "Fahrer", "Chauffeur"),
                    tr(lg, "Porter", "Träger", "Déménageur"),
                    tr(lg, "Packer", "Packer", "Emballeur"),
                ]
            )
            cell(p, cols[0], y, nm, s.font, 8.5)
            cell(p, cols[1], y, role, s.font, 8)
            for k, x in enumerate(hrs):
                cell(p, cols[2 + k], y, (f"{x:g}" if x else "-"), HAND, 9.5)
            tot = sum(hrs)
            cell(p, cols[9], y, f"{tot:g}", HAND, 9.5)
            cell(p, cols[10], y, f"{max(0, tot - 45):g}", HAND, 9.5)
            p.line(x0, y + 6, x1, y + 6)
        for c in cols[1:]:
            p.line(c[0] - 3, y - 22 * len(names) - 14, c[0] - 3, y + 6)
        y += 34
    else:
        name = rng.choice(CREW)
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), name),
                (
                    tr(lg, "Payroll no.", "Personal-Nr.", "Matricule"),
                    serial(random.Random(name), "999"),
                ),
            ],
            per=2,
            tall=24,
        )
        cols = columns(
            m,
            w - m,
            [
                (0.8, "left"),
                (1.6, "left"),
                (0.9, "center"),
                (0.9, "center"),
                (0.8, "center"),
                (0.8, "right"),
                (1, "center"),
            ],
        )
        heads = [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Job", "Auftrag", "Chantier"),
            tr(lg, "Start", "Beginn", "Début"),
            tr(lg, "Finish", "Ende", "Fin"),
            tr(lg, "Break", "Pause", "Pause"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Night out", "Übern.", "Découché"),
        ]
        x0, x1 = m - 2, w - m + 2
        y += 4
        for c, t in zip(cols, heads, strict=True):
            cell(p, c, y, t, s.bold, 8)
        p.line(x0, y + 5, x1, y + 5)
        tot = 0.0
        step = 19 if size == A4 else 15
        for k, dname in enumerate(days):
            y += step
            cell(p, cols[0], y, dname, s.font, 8.5)
            if k < 5 or rng.random() < 0.3:
                a = rng.choice([6, 7, 7, 8])
                b = a + rng.randint(7, 12)
                br = rng.choice([0.5, 0.75, 1])
                hrs = b - a - br
                tot += hrs
                jb = rng.choice(JOBS)
                for c, t in zip(
                    cols[1:],
                    [
                        jb.ref,
                        f"{a:02d}:00",
                        f"{b:02d}:{rng.choice(['00', '15', '30', '45'])}",
                        f"{br:g}",
                        f"{hrs:g}",
                        "x" if rng.random() < 0.1 else "",
                    ],
                    strict=True,
                ):
                    cell(p, c, y, t, HAND, 9)
            p.line(x0, y + 5, x1, y + 5)
        y += 20
        p.text(cols[4][0], y, tr(lg, "Total", "Summe", "Total"), s.bold, 8.5)
        cell(p, cols[5], y, f"{tot:g}", HAND, 10)
        y += 26
        p.text(m, y, tr(lg, "Employee", "Mitarbeiter", "Salarié"), s.font, 7.5)
        sign(p, m + 60, y, name, 11)
        y += 6
    p.text(
        w / 2 if not crew_sheet else m,
        y,
        tr(lg, "Foreman / supervisor", "Kolonnenführer", "Chef d'équipe"),
        s.font,
        7.5,
    )
    sign(p, (w / 2 if not crew_sheet else m) + 96, y, staff(h, "foreman"), 11)
    remember(None, d)
    return close([p], s, h, numbers="none")


def tpl_payslip(rng: random.Random, who: Issuer) -> list[Page]:
    """A crew member's payslip as the payroll prints it: English payslip with tax code and NI,
    German Verdienstabrechnung with tax class and social insurance, French bulletin de paie
    with contributions; A4, A4 with a tear-off part or a wide slip."""
    h = firm_head()
    lg = h.lang
    form = keyed(who, "psform").choice(["a4", "a4", "tear", "wide"])
    size = {"a4": A4, "tear": A4, "wide": (A4[0], A4[1] * 0.5)}[form]
    w, hh = size
    m = 40.0
    name = rng.choice(CREW)
    per = month() - timedelta(days=1)
    p = Page(size)
    font, bold = (
        ("Courier", "Courier-Bold")
        if keyed(who, "psfont").random() < 0.4
        else ("Helvetica", "Helvetica-Bold")
    )
    p.text(m, 40, fit(h.name, bold, 10, w / 2), bold, 10)
    p.text(m, 51, fit(f"{h.street}, {h.town}", font, 7, w / 2), font, 7)
    t = tr(lg, "PAYSLIP", "Abrechnung der Brutto/Netto-Bezüge", "BULLETIN DE PAIE")
    p.text(w - m, 40, t, bold, 11, "right")
    p.text(w - m, 52, date_text(per, lg, "long").split(" ", 1)[1], font, 9, "right")
    y = 70.0
    ident = {
        "en": [
            ("Employee", name),
            ("Payroll no.", serial(random.Random(name), "999")),
            ("NI number", serial(random.Random(name + "ni"), "AA 99 99 99 A")),
            ("Tax code", rng.choice(["1257L", "1257L", "BR", "K475"])),
            ("Pay date", short(per, lg)),
            ("Tax period", f"M{per.month - 3 if per.month > 3 else per.month + 9}"),
        ],
        "de": [
            ("Name", name),
            ("Pers.-Nr.", serial(random.Random(name), "00999")),
            ("StKl.", rng.choice(["1", "3", "4", "5"])),
            ("Konf.", rng.choice(["--", "rk", "ev"])),
            ("KK", rng.choice(["AOK Rheinland/Hamburg", "TK", "Barmer", "DAK"])),
            ("SV-Nr.", serial(random.Random(name + "sv"), "99 999999 A 999")),
        ],
        "fr": [
            ("Salarié", name),
            ("Matricule", serial(random.Random(name), "0999")),
            ("Emploi", rng.choice(["Déménageur professionnel", "Chauffeur PL", "Chef d'équipe"])),
            ("Coefficient", rng.choice(["115 M", "118 M", "128 M"])),
            ("N° SS", serial(random.Random(name + "ss"), "1 99 99 99 999 999 99")),
            ("Entrée le", short(date(rng.randint(2012, 2023), rng.randint(1, 12), 1), lg)),
        ],
    }[lg]
    for k, (a, b) in enumerate(ident):
        x = m + (k % 3) * (w - 2 * m) / 3
        yy = y + (k // 3) * 22
        p.text(x, yy, a, font, 6.5)
        p.text(x, yy + 9, fit(b, bold, 8, (w - 2 * m) / 3 - 6), bold, 8)
    y += 50
    p.line(m, y, w - m, y)
    y += 12
    hours = rng.choice([160, 169, 173, 151.67])
    rate = {"en": 12.6, "de": 15.8, "fr": 12.4}[lg] * rng.uniform(1, 1.3)
    ot = rng.choice([0, 0, 8, 12, 20])
    gross = hours * rate + ot * rate * 1.25
    if lg == "en":
        lines = [
            ("Basic pay", f"{hours:g} x {rate:.2f}", hours * rate),
            ("Overtime 1.25", f"{ot} x {rate * 1.25:.2f}", ot * rate * 1.25),
        ]
        lines += [("Overnight allowance", "", rng.choice([0, 30, 60]))]
        ded = [
            ("PAYE tax", gross * 0.12),
            ("National Insurance", gross * 0.06),
            ("Pension (NEST) 5%", gross * 0.05),
        ]
    elif lg == "de":
        lines = [
            ("Gehalt / Stundenlohn", f"{hours:g} x {money(rate, lg)}", hours * rate),
            ("Mehrarbeit 25 %", f"{ot} x {money(rate * 1.25, lg)}", ot * rate * 1.25),
            ("Spesen (steuerfrei)", "", rng.choice([0, 28, 56])),
        ]
        ded = [
            ("Lohnsteuer", gross * 0.11),
            ("Solidaritätszuschlag", 0.0),
            ("Krankenversicherung", gross * 0.0815),
            ("Rentenversicherung", gross * 0.093),
            ("Arbeitslosenvers.", gross * 0.013),
            ("Pflegeversicherung", gross * 0.018),
        ]
    else:
        lines = [
            ("Salaire de base", f"{hours:g} x {money(rate, lg)}", hours * rate),
            ("Heures sup. 25 %", f"{ot} x {money(rate * 1.25, lg)}", ot * rate * 1.25),
            ("Indemnité de repas", "", rng.choice([0, 42.9, 85.8])),
        ]
        ded = [
            ("Sécurité sociale - vieillesse", gross * 0.069),
            ("Complémentaire retraite", gross * 0.0401),
            ("CSG déductible", gross * 0.068),
            ("CSG/CRDS non déductible", gross * 0.029),
            ("Prévoyance", gross * 0.008),
        ]
    cols = columns(m, w - m, [(3, "left"), (1.6, "right"), (1.2, "right")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Payments", "Bezüge", "Éléments de paie"),
            tr(lg, "Units x rate", "Menge x Satz", "Base x taux"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        strict=True,
    ):
        cell(p, c, y, t, bold, 8)
    y += 12
    gross = 0.0
    for a, b, v in lines:
        if not v:
            continue
        gross += v
        for c, t in zip(cols, [a, b, money(v, lg)], strict=True):
            cell(p, c, y, t, font, 8)
        y += 11
    y += 4
    for c, t in zip(
        cols, [tr(lg, "Deductions", "Abzüge", "Cotisations salariales"), "", ""], strict=True
    ):
        cell(p, c, y, t, bold, 8)
    y += 12
    dsum = 0.0
    for a, v in ded:
        if lg == "de" and a.startswith("Soli"):
            continue
        dsum += v
        for c, t in zip(cols, [a, "", money(v, lg)], strict=True):
            cell(p, c, y, t, font, 8)
        y += 11
        if y > hh - 70:
            break
    y += 6
    p.line(m, y - 6, w - m, y - 6)
    net = gross - dsum
    label = tr(lg, "NET PAY", "Auszahlungsbetrag", "NET À PAYER AVANT IMPÔT")
    p.text(m, y + 6, label, bold, 9)
    p.text(w - m, y + 6, cash(net, lg), bold, 10, "right")
    if lg == "fr":
        y += 14
        pas = net * rng.uniform(0.0, 0.06)
        p.text(
            m,
            y + 6,
            f"Impôt sur le revenu prélevé à la source - taux {pas / net * 100:.1f} %",
            font,
            7.5,
        )
        p.text(w - m, y + 6, money(pas, lg), font, 8, "right")
        y += 12
        p.text(m, y + 6, "NET PAYÉ", bold, 9)
        p.text(w - m, y + 6, cash(net - pas, lg), bold, 10, "right")
    y += 22
    if form != "wide":
        ytd = gross * (per.month + 2)
        p.text(
            m,
            y,
            fit(
                f"{tr(lg, 'Year to date gross', 'Jahressumme Brutto', 'Cumul brut annuel')}: "
                f"{money(ytd, lg)}   {tr(lg, 'Paid by BACS', 'Überweisung', 'Payé par virement')}",
                font,
                7.5,
                w - 2 * m,
            ),
            font,
            7.5,
        )
    if form == "tear":
        slip_rule(
            p, 20, w - 20, hh / 2 + 40, tr(lg, "Detach and keep", "Hier abtrennen", "Détacher ici")
        )
        yy = hh / 2 + 60
        p.text(
            m,
            yy,
            fit(f"{name} - {date_text(per, lg, 'long').split(' ', 1)[1]}", bold, 9, w - 2 * m),
            bold,
            9,
        )
        p.text(
            m,
            yy + 14,
            tr(lg, "PRIVATE AND CONFIDENTIAL", "PERSÖNLICH / VERTRAULICH", "CONFIDENTIEL"),
            bold,
            8,
        )
        home_ = a_person(random.Random(name), lg)
        for k, ln in enumerate([name, home_.street, home_.town]):
            p.text(m + 20, yy + 40 + 11 * k, ln, font, 9)
    if lg == "fr" and form != "wide":
        p.text(
            m,
            hh - 40,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
            "bulletin de paie sans limitation de durée.",
            font,
            6,
        )
    if lg == "de" and form != "wide":
        p.text(
            m,
            hh - 40,
            f"Erstellt über DATEV-Lohn - Berater-Nr. {serial(keyed_issuer(h), '99999')}",
            font,
            6,
        )
    remember(None, per)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates UU: the customers' papers
# ---------------------------------------------------------------------------------------------


def tpl_feedback_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's feedback card or form on the company's print, ticked and written by hand
    after the move: ratings, comments, would you recommend, name and job."""
    h = firm_head()
    lg = h.lang
    size = keyed(who, "fbsize").choice([A5, CARD, A4])
    s = style_of(h, size, margin=30 if size != A4 else 50, pt=8 if size != A4 else 9)
    w, hh = size
    m = s.margin
    jb = pick_job(rng, ("delivery_receipt",))
    p = Page(size)
    y = heading(p, s, h) if size != CARD else 40.0
    if size == CARD:
        p.text(m, 30, fit(h.name, s.bold, 10, w - 2 * m), s.bold, 10)
        y = 48.0
    title = tr(lg, "How did we do?", "Wie zufrieden waren Sie?", "Votre avis nous intéresse")
    p.text(m, y, title, s.bold, 12 if size != CARD else 10)
    y += 14
    scale = tr(
        lg,
        "Excellent|Good|Fair|Poor",
        "sehr gut|gut|mittel|schlecht",
        "Très bien|Bien|Moyen|Mauvais",
    ).split("|")
    qs = [
        tr(lg, "Our office and booking", "Beratung und Angebot", "Accueil et devis"),
        tr(lg, "The surveyor's visit", "Besichtigung", "Visite technique"),
        tr(lg, "Punctuality of the crew", "Pünktlichkeit", "Ponctualité"),
        tr(lg, "Care of your belongings", "Sorgfalt mit Ihrem Umzugsgut", "Soin du mobilier"),
        tr(lg, "Packing", "Verpackung", "Emballage"),
        tr(lg, "Value for money", "Preis-Leistung", "Rapport qualité / prix"),
    ]
    if size == CARD:
        qs = qs[2:5]
    x0 = w - m - 4 * 52
    for k, t in enumerate(scale):
        p.text(x0 + k * 52, y, t, s.font, 6.5)
    y += 12
    for q in qs:
        p.text(m, y, fit(q, s.font, s.size, x0 - m - 6), s.font, s.size)
        pick = rng.choice([0, 0, 0, 1, 1, 2, 3])
        for k in range(4):
            box(p, x0 + k * 52 + 8, y, k == pick, 8)
        y += 15
    y += 4
    p.text(
        m,
        y,
        tr(
            lg,
            "Would you recommend us?",
            "Würden Sie uns weiterempfehlen?",
            "Nous recommanderiez-vous ?",
        ),
        s.font,
        s.size,
    )
    yes = rng.random() < 0.85
    for k, t in enumerate(yes_no(lg)):
        box(p, x0 + k * 52 + 8, y, (k == 0) == yes, 8)
        p.text(x0 + k * 52 + 20, y, t, s.font, 7)
    y += 18
    p.text(m, y, tr(lg, "Comments", "Anmerkungen", "Commentaires"), s.font, 7.5)
    y += 14
    comments = {
        "en": [
            "The lads were brilliant, nothing too much trouble",
            "Arrived late but worked hard",
            "Small scratch on the dresser",
            "Very professional, thank you",
            "Would use again",
        ],
        "de": [
            "Super Team, sehr freundlich",
            "Alles bestens, gerne wieder",
            "Eine Lampe fehlt noch",
            "Etwas spät gekommen",
            "Sehr sorgfältig",
        ],
        "fr": [
            "Équipe très sympathique et efficace",
            "Un peu de retard le matin",
            "Rien à signaler, merci",
            "Un pied de table abîmé",
            "Très professionnels",
        ],
    }[lg]
    n_lines = 2 if size == CARD else 3
    chosen = rng.sample(comments, rng.randint(0, 2))
    for k in range(n_lines):
        if k < len(chosen):
            hand(p, m + 4, y, chosen[k], 9.5, w - 2 * m)
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    y += 6
    p.text(m, y, tr(lg, "Name", "Name", "Nom"), s.font, 7)
    hand(p, m + 30, y, jb.customer.name, 9.5)
    p.text(w / 2 + 20, y, tr(lg, "Job no.", "Auftrag", "Dossier"), s.font, 7)
    hand(p, w / 2 + 60, y, jb.ref if rng.random() < 0.6 else "", 9)
    if size != A4:
        p.text(
            w - m,
            hh - 14,
            tr(lg, "Freepost - no stamp needed", "Porto zahlt Empfänger", "Port payé"),
            s.font,
            6,
            "right",
        )
    remember(jb, jb.day + timedelta(days=rng.randint(1, 10)))
    return [p]


DAMAGE = {
    "en": [
        "Scratched top, 20 cm",
        "Leg broken off",
        "Glass cracked",
        "Dent in door",
        "Missing - carton 14",
        "Water stain on seat",
        "Chipped corner",
        "Mirror shattered",
    ],
    "de": [
        "Kratzer auf der Platte",
        "Bein abgebrochen",
        "Glas gesprungen",
        "Delle in der Tür",
        "fehlt - Karton 14",
        "Wasserfleck",
        "Ecke abgeplatzt",
        "Spiegel zerbrochen",
    ],
    "fr": [
        "Plateau rayé",
        "Pied cassé",
        "Vitre fêlée",
        "Porte enfoncée",
        "Manquant - carton 14",
        "Tache d'eau",
        "Angle éclaté",
        "Miroir brisé",
    ],
}


def tpl_damage_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The customer's claim for loss or damage on the company's claim form (Schadensanzeige,
    déclaration de sinistre), filled in by hand: the move, the items with the damage and
    values, the declaration; the photographs and now and then the repairer's estimate the
    customer sends with it."""
    h = firm_head()
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9))
    w, _hh = A4
    m = s.margin
    jb = pick_job(rng, ("delivery_receipt",))
    c = jb.customer
    d = pick_day(rng, ("delivery_receipt",), (2, 9))
    if not jb.day < d < jb.day + timedelta(days=20):
        d = jb.day + timedelta(days=rng.randint(2, 12))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "CLAIM FORM - LOSS OR DAMAGE", "SCHADENSANZEIGE", "DÉCLARATION DE SINISTRE")
    p.text(m, y, title, s.bold, 13)
    y += 10
    y = text_lines(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        tr(
            lg,
            "Please complete this form and return it within 7 days of delivery with photographs "
            "of the damage.",
            "Bitte zeigen Sie äußerlich erkennbare Schäden spätestens am Tag nach der Ablieferung, "
            "nicht erkennbare Schäden innerhalb von 14 Tagen an (§ 451f HGB).",
            "Réserves à confirmer par lettre recommandée dans les 10 jours suivant la livraison "
            "(art. L. 133-3 du Code de commerce).",
        ),
        7.5,
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), c.name),
            (tr(lg, "Job no.", "Auftrags-Nr.", "N° de dossier"), jb.ref),
            (
                tr(lg, "New address", "Neue Anschrift", "Nouvelle adresse"),
                f"{jb.dest_street}, {jb.dest_town}",
            ),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), c.phone),
            (tr(lg, "Date of move", "Umzugstag", "Date du déménagement"), short(jb.day, lg)),
            (
                tr(lg, "Date damage noticed", "Schaden bemerkt am", "Constaté le"),
                short(d - timedelta(days=1), lg),
            ),
        ],
        per=2,
        tall=26,
    )
    y = ticks(
        p,
        s,
        m + 2,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Damaged", "beschädigt", "Endommagé"),
            tr(lg, "Missing", "fehlt", "Manquant"),
            tr(lg, "Damage to property", "Gebäudeschaden", "Dégât immobilier"),
            tr(
                lg, "Noted on delivery sheet", "bei Ablieferung vermerkt", "Réserves à la livraison"
            ),
        ],
        set(rng.sample(range(4), rng.randint(1, 2))),
        8,
    )
    cols = columns(
        m, w - m, [(0.5, "left"), (2.4, "left"), (2.8, "left"), (0.8, "right"), (1.2, "right")]
    )
    y += 4
    for cc, t in zip(
        cols,
        [
            "No",
            tr(lg, "Item", "Gegenstand", "Objet"),
            tr(lg, "Damage", "Schaden", "Dommage"),
            tr(lg, "Age", "Alter", "Âge"),
            tr(lg, "Value / repair", "Wert / Reparatur", "Valeur / réparation"),
        ],
        strict=True,
    ):
        cell(p, cc, y, t, s.bold, 7.5)
    p.line(m, y + 4, w - m, y + 4)
    n = rng.randint(1, 6)
    keys = rng.sample(sorted(ITEMS), n)
    for k in range(8):
        y += 19
        if k < n:
            for cc, t in zip(
                cols,
                [
                    str(k + 1),
                    item_name(keys[k], lg),
                    rng.choice(DAMAGE[lg]),
                    f"{rng.randint(1, 15)}",
                    cash(rng.choice([45, 80, 120, 250, 400, 900]), lg),
                ],
                strict=True,
            ):
                cell(p, cc, y, t, HAND, 9)
        p.line(m, y + 5, w - m, y + 5)
    y += 26
    y = text_lines(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I declare that the information given is true and complete.",
            "Ich versichere die Richtigkeit meiner Angaben.",
            "Je certifie exactes les informations ci-dessus.",
        ),
        8,
    )
    p.text(m, y + 12, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 7.5)
    sign(p, m + 60, y + 12, c.name)
    hand(p, w / 2 + 40, y + 12, short(d, lg), 9)
    y += 30
    p.rect(m, y, w - 2 * m, 40)
    p.text(
        m + 4,
        y + 10,
        tr(
            lg,
            "Office use - claim no. / received / handler",
            "Vermerke Büro",
            "Réservé à l'entreprise",
        ),
        s.font,
        6.5,
    )
    if rng.random() < 0.5:
        hand(p, m + 10, y + 30, f"{serial(rng, 'CL999')}   {staff(h, 'claims').split()[0]}", 10)
        if rng.random() < 0.6:
            stamp(
                p,
                w / 2,
                y + 46,
                [tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"), short(d + timedelta(days=2), lg)],
            )
    pages = close([p], s, h, numbers="none")
    if rng.random() < 0.75:
        caps = [f"{k + 1}. {item_name(keys[k % n], lg)}" for k in range(rng.choice([2, 4, 4, 6]))]
        pages.append(
            photo_sheet(
                rng,
                A4,
                caps,
                tr(lg, "Photos - ", "Fotos - ", "Photos - ") + c.name,
                rng.random() < 0.5,
            )
        )
        if len(caps) > 4 and rng.random() < 0.5:
            pages.append(photo_sheet(rng, A4, caps[:2], "", False))
    if rng.random() < 0.2:
        q = Page(A4)
        rname = tr(
            lg, "A. Morton Furniture Restoration", "Tischlerei Ewald Stein", "Ébénisterie Le Gall"
        )
        q.text(50, 60, rname, "Times-Bold", 16)
        q.text(
            50,
            74,
            tr(
                lg,
                "French polishing - repairs - upholstery",
                "Möbelrestaurierung - Reparaturen",
                "Restauration de meubles",
            ),
            "Times-Italic",
            9,
        )
        q.line(50, 82, w - 50, 82)
        q.text(50, 120, tr(lg, "ESTIMATE", "KOSTENVORANSCHLAG", "DEVIS"), "Times-Bold", 12)
        q.text(w - 50, 120, short(d + timedelta(days=1), lg), "Times-Roman", 10, "right")
        q.text(50, 140, f"{tr(lg, 'For', 'Für', 'Pour')}: {mx(c, lg)}", "Times-Roman", 10)
        yy = 170.0
        tot = 0.0
        for k in range(min(n, 3)):
            v = rng.choice([60, 95, 140, 220, 310])
            tot += v
            q.text(
                50,
                yy,
                fit(
                    f"{item_name(keys[k], lg)} - {words(rng, lg, n=6)}", "Times-Roman", 10, w - 200
                ),
                "Times-Roman",
                10,
            )
            q.text(w - 50, yy, cash(v, lg), "Times-Roman", 10, "right")
            yy += 16
        q.line(w - 160, yy, w - 50, yy)
        q.text(w - 50, yy + 14, cash(tot, lg), "Times-Bold", 10, "right")
        pages.append(q)
    remember(jb, d)
    return pages


def tpl_delivery_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """The delivery or collection receipt the customer signs at the door (Übergabeprotokoll,
    déclaration de fin de travaux): a slip from the crew's handheld printer or the duplicate
    pad form, the items and their condition ticked, reservations, the customer's signature."""
    h = firm_head()
    lg = h.lang
    size = keyed(who, "drsize").choice([SLIP, A5, A5, A4])
    s = style_of(h, size, margin=16 if size == SLIP else 30, pt=8)
    w, hh = size
    m = s.margin
    jb = pick_job(rng)
    c = jb.customer
    collect = rng.random() < 0.3
    d = jb.day + timedelta(days=0 if collect else rng.choice([0, 0, 1]))
    p = Page(size)
    if size == SLIP:
        font = "Courier"
        y = 26.0
        for t in (h.name, h.street, h.town, h.phone):
            p.text(w / 2, y, fit(t, font, 7.5, w - 2 * m), font, 7.5, "center")
            y += 9
        y += 6
        t = tr(
            lg,
            "COLLECTION RECEIPT" if collect else "DELIVERY RECEIPT",
            "ÜBERGABEPROTOKOLL",
            "BON DE LIVRAISON",
        )
        p.text(w / 2, y, t, "Courier-Bold", 9, "center")
        y += 12
        p.text(m, y, "-" * 38, font, 7.5)
        y += 11
        for a, b in [
            (tr(lg, "Job", "Auftrag", "Dossier"), jb.ref),
            (tr(lg, "Date", "Datum", "Date"), f"{short(d, lg)} {hhmm(rng, 9, 19)}"),
            (tr(lg, "Customer", "Kunde", "Client"), c.name),
            (tr(lg, "Address", "Adresse", "Adresse"), jb.dest_street if not collect else c.street),
            ("", jb.dest_town if not collect else c.town),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), jb.vehicle.reg),
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), rng.choice(CREW)),
        ]:
            p.text(m, y, fit(f"{a:<9}{b}", font, 7.5, w - 2 * m), font, 7.5)
            y += 10
        p.text(m, y, "-" * 38, font, 7.5)
        y += 11
        for k in range(rng.randint(4, 12)):
            key = rng.choice(sorted(ITEMS))
            p.text(
                m, y, fit(f"{k + 1:>2} {item_name(key, lg)}", font, 7.5, w - 2 * m - 20), font, 7.5
            )
            p.text(w - m, y, "OK", font, 7.5, "right")
            y += 9.5
        p.text(m, y, "-" * 38, font, 7.5)
        y += 12
        y = text_lines(
            p,
            paper(s, size),
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "Goods received complete and in good condition unless noted below.",
                "Umzugsgut vollständig und unbeschädigt erhalten, soweit nicht unten vermerkt.",
                "Reçu au complet et en bon état sauf réserves ci-dessous.",
            ),
            7,
        )
        if rng.random() < 0.3:
            hand(p, m, y + 6, fit(rng.choice(DAMAGE[lg]), HAND, 9, w - 2 * m), 9)
            y += 16
        y += 10
        p.rect(m, y, w - 2 * m, 50)
        p.text(
            m + 3,
            y + 9,
            tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
            font,
            6.5,
        )
        sign(p, m + 12, y + 38, c.name, 14)
        y += 62
        p.text(
            w / 2,
            y,
            tr(lg, "Thank you for choosing us", "Vielen Dank!", "Merci de votre confiance"),
            font,
            7,
            "center",
        )
        remember(jb, d)
        return [p]
    y = heading(p, s, h)
    t = (
        tr(lg, "Collection receipt", "Übernahmeprotokoll", "Bon d'enlèvement")
        if collect
        else tr(
            lg,
            "Delivery receipt and job completion",
            "Übergabeprotokoll / Ablieferungsquittung",
            "Déclaration de fin de travaux",
        )
    )
    p.text(m, y, fit(t, s.bold, 11, w - 2 * m - 60), s.bold, 11)
    p.text(w - m, y, "No " + serial(rng, "099999"), s.font, 8, "right")
    y += 8
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), c.name),
            (tr(lg, "Job no.", "Auftrag", "Dossier"), jb.ref),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{jb.dest_street}, {jb.dest_town}" if not collect else f"{c.street}, {c.town}",
            ),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)}  {hhmm(rng, 9, 19)}",
            ),
        ],
        per=2,
        tall=24,
    )
    checks = [
        tr(lg, "All items delivered", "Umzugsgut vollständig", "Mobilier livré au complet"),
        tr(lg, "Furniture reassembled", "Möbel aufgebaut", "Meubles remontés"),
        tr(lg, "Floors and doorways checked", "Böden / Türen geprüft", "Sols et portes vérifiés"),
        tr(lg, "Cartons unpacked", "Kartons ausgepackt", "Cartons déballés"),
        tr(lg, "Empty cartons to be collected", "Leerkartons abholen", "Cartons vides à reprendre"),
    ]
    y = ticks(
        p, s, m + 2, y + 4, w - 2 * m, checks, set(rng.sample(range(5), rng.randint(2, 5))), 8
    )
    p.text(
        m,
        y + 4,
        tr(lg, "Damage / reservations", "Schäden / Vorbehalte", "Réserves du client"),
        s.bold,
        8,
    )
    y += 18
    for k in range(3):
        if k == 0 and rng.random() < 0.35:
            hand(
                p,
                m + 4,
                y,
                f"{rng.choice(DAMAGE[lg])} - {item_name(rng.choice(sorted(ITEMS)), lg)}",
                9,
                w - 2 * m,
            )
        elif k == 0:
            hand(p, m + 4, y, tr(lg, "None", "keine", "Néant"), 9)
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    y += 6
    half = (w - 2 * m) / 2
    for k, (cap, nm) in enumerate(
        [
            (tr(lg, "Customer", "Kunde", "Le client"), c.name),
            (tr(lg, "Foreman", "Kolonnenführer", "Chef d'équipe"), staff(h, "foreman")),
        ]
    ):
        x = m + k * half
        p.rect(x, y, half - 6, 44)
        p.text(x + 4, y + 9, cap, s.font, 6.5)
        sign(p, x + 14, y + 34, nm, 12)
    y += 52
    p.text(
        m,
        min(y + 4, hh - 20),
        tr(
            lg,
            "White: customer - Yellow: office",
            "Weiß: Kunde - Gelb: Büro",
            "Original client - copie entreprise",
        ),
        s.font,
        6,
    )
    remember(jb, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates UU: authorities, insurers and agents
# ---------------------------------------------------------------------------------------------


def signing_plan(rng: random.Random, h: Head, street: str, metres: int, ref: str) -> Page:
    """The council's plan of the suspended bays (Beschilderungsplan, plan d'implantation):
    the road, the kerb, the bays, the signs at each end, the house, north arrow."""
    lg = h.lang
    size = landscape(A4) if rng.random() < 0.6 else A4
    w, hh = size
    p = Page(size)
    p.rect(24, 24, w - 48, hh - 48)
    p.text(40, 50, fit(h.name, "Helvetica-Bold", 9, w - 80), "Helvetica-Bold", 9)
    t = tr(
        lg,
        "Location plan - parking suspension",
        "Beschilderungsplan Haltverbotszone",
        "Plan d'implantation - neutralisation de stationnement",
    )
    p.text(40, 64, t, "Helvetica", 9)
    ky = hh * 0.45
    p.line(50, ky, w - 50, ky)
    p.line(50, ky + 70, w - 50, ky + 70)
    p.line(50, ky - 14, w - 50, ky - 14)
    for x in range(60, int(w - 60), 30):
        p.line(x, ky + 35, x + 14, ky + 35)
    bx0 = w * rng.uniform(0.3, 0.45)
    bl = min(w * 0.35, metres * 14)
    p.rect(bx0, ky + 2, bl, 24, fill=0.85)
    for k in range(int(bl // 40) + 1):
        xx = bx0 + k * 40
        if xx < bx0 + bl:
            p.line(xx, ky + 2, min(xx + 24, bx0 + bl), ky + 26)
    for sx in (bx0, bx0 + bl):
        p.line(sx, ky, sx, ky - 34)
        p.rect(sx - 9, ky - 52, 18, 18)
        p.line(sx - 9, ky - 52, sx + 9, ky - 34)
        p.line(sx + 9, ky - 52, sx - 9, ky - 34)
    p.text(bx0 + bl / 2, ky + 46, f"{metres} m", "Helvetica-Bold", 9, "center")
    p.line(bx0, ky + 40, bx0 + bl, ky + 40)
    p.rect(bx0 + bl * 0.2, ky - 120, bl * 0.6, 90)
    p.text(
        bx0 + bl * 0.5,
        ky - 70,
        tr(lg, "No.", "Nr.", "n°") + " " + street.split()[0 if lg != "de" else -1].strip(","),
        "Helvetica",
        8,
        "center",
    )
    p.text(60, ky + 58, fit(street, "Helvetica-Oblique", 10, w / 2), "Helvetica-Oblique", 10)
    p.line(w - 70, 110, w - 70, 80)
    p.line(w - 70, 80, w - 76, 92)
    p.line(w - 70, 80, w - 64, 92)
    p.text(w - 70, 122, "N", "Helvetica-Bold", 9, "center")
    p.text(
        40,
        hh - 40,
        f"{tr(lg, 'Ref', 'Az.', 'Réf.')} {ref}  -  "
        f"{tr(lg, 'Not to scale', 'ohne Maßstab', 'sans échelle')}",
        "Helvetica",
        7,
    )
    return p


def tpl_parking_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's parking suspension for a removal van (bay suspension permit,
    Ausnahmegenehmigung Haltverbotszone, arrêté temporaire de stationnement): sometimes the
    covering letter, the permit with its conditions or articles, sometimes the signing plan."""
    lang_ = home()
    h = make_head(SENDERS["council"][lang_][int(FIRM["row"])], lang_, "council")  # type: ignore[call-overload]
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    jb = pick_job(rng, ("removal_contract",))
    d = pick_day(rng, ("removal_contract",), (2, 8))
    if d > jb.day:
        d = jb.day - timedelta(days=rng.randint(3, 10))
    ref = {"en": "PS/", "de": "Az. 66-29/", "fr": f"{d.year}-AT-"}[lg] + serial(
        rng, {"en": "99999", "de": "99999", "fr": "9999"}[lg]
    )
    street = jb.customer.street if rng.random() < 0.5 else jb.dest_street
    town = jb.customer.town
    metres = rng.choice([10, 12, 15, 20, 25])
    fee = cash(rng.choice({"en": [45, 65, 90], "de": [35, 55, 80], "fr": [20, 35, 48]}[lg]), lg)
    pages: list[Page] = []
    if rng.random() < 0.4:
        f = sheets(s, h, h.name)
        recipient(f, s, h, firm_lines(), d, [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)])
        caption(
            f,
            s,
            tr(
                lg,
                "Parking bay suspension",
                "Ihr Antrag auf Einrichtung einer Haltverbotszone",
                "Votre demande d'autorisation de stationnement",
            ),
            1,
        )
        write(
            f,
            s,
            tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Your application for the suspension of {metres} m of parking outside {street} on "
                f"{short(jb.day, lg)} has been approved. Signs will be erected by our contractor "
                "at "
                "least 7 days before; the permit must be displayed in the vehicle.",
                "anbei erhalten Sie die Ausnahmegenehmigung für die Einrichtung einer "
                "Haltverbotszone "
                f"vor dem Haus {street} am {short(jb.day, lg)}. Die Beschilderung ist mindestens "
                "72 "
                "Stunden vorher aufzustellen und zu protokollieren.",
                f"Nous vous prions de trouver ci-joint l'arrêté autorisant le stationnement d'un "
                f"véhicule de déménagement au droit du {street} le {short(jb.day, lg)}. "
                "La signalisation devra être mise en place 48 heures avant.",
            ),
        )
        write(
            f,
            s,
            tr(
                lg,
                f"The fee of {fee} has been received.",
                f"Die Verwaltungsgebühr von {fee} ist innerhalb von 14 Tagen zu zahlen.",
                f"Redevance d'occupation du domaine public : {fee}.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "clerk"),
            tr(
                lg,
                "Parking Services",
                "Sachbearbeitung",
                "Service de l'occupation du domaine public",
            ),
        )
        pages.extend(close(f.pages, s, h))
    f = sheets(s, h, f"{ref}")
    if lg == "fr":
        f.page.text(w / 2, f.y, f"ARRÊTÉ TEMPORAIRE N° {ref}", s.bold, 13, "center")
        f.y += 16
        f.page.text(
            w / 2,
            f.y,
            "portant réglementation du stationnement pour un déménagement",
            s.font,
            9,
            "center",
        )
        f.y += 20
        write(f, s, "Le Maire,")
        for vu in [
            "Vu le Code général des collectivités territoriales, notamment les articles L.2212-1 "
            "et L.2213-1 ;",
            "Vu le Code de la route ;",
            f"Vu la demande présentée par {firm_head().name} le "
            f"{short(d - timedelta(days=10), lg)} ;",
        ]:
            write(f, s, vu, s.size - 0.5, 10)
        f.page.text(w / 2, f.y + 6, "ARRÊTE", s.bold, 12, "center")
        f.y += 24
        arts = [
            f"Le stationnement sera interdit et considéré comme gênant sur {metres} mètres au "
            f"droit du {street}, {town}, le {short(jb.day, lg)} de 7 h 00 à 19 h 00.",
            f"Le véhicule de déménagement immatriculé {jb.vehicle.reg} est autorisé à stationner "
            "sur l'emplacement ainsi réservé.",
            "La signalisation réglementaire sera mise en place par le pétitionnaire 48 heures à "
            "l'avance.",
            "Les contrevenants s'exposent à la mise en fourrière de leur véhicule.",
            "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif "
            "dans un délai de deux mois.",
        ]
        for k, a in enumerate(arts, 1):
            f.need(40)
            f.page.text(s.margin, f.y, f"Article {k}", s.bold, s.size)
            f.y += s.size * 1.5
            write(f, s, a)
        f.need(70)
        f.page.text(
            w - m - 200, f.y + 10, f"Fait à {town.split(' ', 1)[1]}, le {short(d, lg)}", s.font, 9
        )
        f.page.text(w - m - 200, f.y + 24, "Pour le Maire, l'Adjoint délégué", s.font, 9)
        sign(f.page, w - m - 180, f.y + 54, staff(h, "adjoint"))
        stamp(f.page, m, f.y + 10, ["VILLE DE " + town.split(" ", 1)[1].upper()[:14], "LE MAIRE"])
        f.y += 80
    else:
        title = tr(lg, "PARKING SUSPENSION PERMIT", "AUSNAHMEGENEHMIGUNG - HALTVERBOTSZONE", "")
        f.page.text(m, f.y, fit(title, s.bold, 13, w - 2 * m), s.bold, 13)
        f.y += 10
        if lg == "de":
            f.page.text(
                m,
                f.y + 6,
                "nach § 45 Abs. 1 und § 46 Abs. 1 StVO (Zeichen 283 mit Zusatzzeichen)",
                s.font,
                8,
            )
            f.y += 14
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            [
                (tr(lg, "Permit no.", "Aktenzeichen", ""), ref),
                (tr(lg, "Applicant", "Antragsteller", ""), firm_head().name),
                (tr(lg, "Location", "Ort", ""), f"{street}, {town}"),
                (
                    tr(lg, "Length / bays", "Länge", ""),
                    f"{metres} m" + (f" ({metres // 5} bays)" if lg == "en" else ""),
                ),
                (tr(lg, "Date(s)", "Datum", ""), short(jb.day, lg)),
                (
                    tr(lg, "Times", "Uhrzeit", ""),
                    rng.choice(["08:00 - 18:00", "07:00 - 19:00", "07:00 - 17:00"]),
                ),
                (tr(lg, "Vehicle(s)", "Fahrzeug", ""), jb.vehicle.reg),
                (tr(lg, "Fee", "Gebühr", ""), fee),
            ],
            per=2,
            tall=28,
            hand=False,
        )
        f.page.text(m, f.y + 4, tr(lg, "Conditions", "Auflagen", ""), s.bold, s.size + 1)
        f.y += 20
        conds = {
            "en": [
                "This permit must be displayed in the windscreen of the vehicle at all times.",
                "The suspension applies only to vehicles engaged in the removal named above.",
                "Access to driveways and dropped kerbs must be kept clear.",
                "The council may cancel the suspension for emergency or highway works.",
                "Pavements must not be obstructed for more than 30 minutes.",
            ],
            "de": [
                "Die Haltverbotszeichen sind mindestens 72 Stunden vor Beginn aufzustellen.",
                "Das Aufstellprotokoll ist der Behörde auf Verlangen vorzulegen.",
                "Ein Gehweg von mindestens 1,30 m Breite ist freizuhalten.",
                "Feuerwehrzufahrten und Hydranten dürfen nicht verstellt werden.",
                "Die Genehmigung ist im Fahrzeug gut sichtbar auszulegen.",
                "Die Beschilderung ist unverzüglich nach Ende der Maßnahme zu entfernen.",
            ],
        }[lg]
        for k, c in enumerate(rng.sample(conds, rng.randint(3, len(conds))), 1):
            f.need(20)
            f.page.text(m, f.y, f"{k}.", s.font, s.size)
            f.para(m + 16, w - 2 * m - 16, c, s.font, s.size)
        if lg == "de":
            caption(f, s, "Rechtsbehelfsbelehrung", 0)
            write(
                f,
                s,
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                "Verwaltungsgericht erhoben werden. " + prose(rng, lg, "legal", 1, 1),
                s.size - 1,
            )
        f.need(60)
        f.y += 10
        f.page.text(m, f.y, tr(lg, "Authorised by", "Im Auftrag", ""), s.font, 8)
        sign(f.page, m + 70, f.y + 14, staff(h, "clerk"))
        if rng.random() < 0.6:
            stamp(
                f.page,
                w - m - 150,
                f.y - 6,
                [tr(lg, "PERMIT ISSUED", "GENEHMIGT", ""), short(d, lg)],
            )
        f.y += 30
    pages.extend(close(f.pages, s, h, numbers="none"))
    if rng.random() < 0.3:
        pages.append(signing_plan(rng, h, street, metres, ref))
    remember(jb, d)
    return pages


def tpl_git_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's certificate: the company's annual goods-in-transit cover (Güterschaden-
    Haftpflicht, responsabilité du transporteur) or, after an international move, the
    customer's transit insurance for the consignment; sometimes the covering letter in front
    and the schedule of vehicles or of valuables behind."""
    transit = LAST["kind"] == "customs_inventory" or rng.random() < 0.25
    h = head_of(who, "insurer", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    jb = pick_job(rng, ("customs_inventory",))
    if transit and not jb.abroad and LAST["kind"] != "customs_inventory":
        jb = rng.choice([j for j in JOBS if j.abroad] or JOBS)
    d = pick_day(rng, ("customs_inventory",), (0, 4))
    pol = serial(
        keyed(who, "policy"),
        {"en": "GIT/999999/AA", "de": "GH-99.999.999", "fr": "RC 999 999 999"}[lg],
    )
    pages: list[Page] = []
    if rng.random() < 0.5:
        f = sheets(s, h, h.name)
        recipient(f, s, h, firm_lines(), d, [(tr(lg, "Policy", "Vertrags-Nr.", "Police n°"), pol)])
        caption(
            f,
            s,
            tr(
                lg,
                "Your insurance certificate",
                "Ihre Versicherungsbestätigung",
                "Votre attestation d'assurance",
            )
            if not transit
            else tr(
                lg,
                "Transit insurance - " + jb.customer.name,
                "Transportversicherung - " + jb.customer.name,
                "Assurance transport - " + jb.customer.name,
            ),
            1,
        )
        write(f, s, tr(lg, "Dear Sirs,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "legal", 2, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "uw"),
            tr(lg, "Underwriting", "Vertragsabteilung", "Service souscription"),
        )
        pages.extend(close(f.pages, s, h))
    p = Page(A4)
    y = heading(p, s, h)
    p.rect(m - 8, y - 14, w - 2 * m + 16, hh - y - m - 10)
    p.rect(m - 5, y - 11, w - 2 * m + 10, hh - y - m - 16)
    t = (
        tr(
            lg,
            "CERTIFICATE OF INSURANCE - GOODS IN TRANSIT",
            "VERSICHERUNGSBESTÄTIGUNG",
            "ATTESTATION D'ASSURANCE",
        )
        if not transit
        else tr(
            lg,
            "CERTIFICATE OF TRANSIT INSURANCE",
            "VERSICHERUNGSZERTIFIKAT TRANSPORT",
            "CERTIFICAT D'ASSURANCE TRANSPORT",
        )
    )
    p.text(w / 2, y + 14, t, s.bold, shrink(t, s.bold, 14, w - 2 * m - 20), "center")
    sub = (
        tr(
            lg,
            "Removals and storage - carrier's liability",
            "Güterschaden-Haftpflichtversicherung nach § 7a GüKG",
            "Responsabilité civile du transporteur et du garde-meubles",
        )
        if not transit
        else tr(
            lg,
            "Household goods and personal effects",
            "Umzugsgut - Allgefahrendeckung",
            "Mobilier et effets personnels - tous risques",
        )
    )
    p.text(w / 2, y + 30, fit(sub, s.font, 9, w - 2 * m - 20), s.font, 9, "center")
    y += 56
    f_ = firm_head()
    start = date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    items = [
        (tr(lg, "Policy number", "Versicherungsschein-Nr.", "Numéro de police"), pol),
        (
            tr(lg, "Insured", "Versicherungsnehmer", "Assuré"),
            f_.name if not transit else f"{mx(jb.customer, lg)} c/o {f_.name}",
        ),
        (tr(lg, "Address", "Anschrift", "Adresse"), f"{f_.street}, {f_.town}"),
    ]
    if transit:
        items += [
            (tr(lg, "Voyage", "Transportweg", "Trajet"), f"{jb.customer.town} - {jb.dest_town}"),
            (
                tr(lg, "Conveyance", "Beförderungsmittel", "Mode"),
                tr(lg, "Road / sea container", "Lkw / Seecontainer", "Route / conteneur maritime"),
            ),
            (
                tr(lg, "Sum insured", "Versicherungssumme", "Valeur assurée"),
                cash(rng.choice([25, 40, 60, 90]) * 1000, lg),
            ),
            (tr(lg, "Premium", "Prämie", "Prime"), cash(rng.choice([180, 260, 390, 540]), lg)),
            (tr(lg, "Excess", "Selbstbehalt", "Franchise"), cash(rng.choice([100, 150, 250]), lg)),
        ]
    else:
        items += [
            (
                tr(lg, "Period of insurance", "Versicherungszeitraum", "Période de garantie"),
                f"{short(start, lg)} - "
                f"{short(start.replace(year=start.year + 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Limit any one vehicle", "Höchstersatz je Fahrzeug", "Limite par véhicule"),
                cash(rng.choice([50, 75, 100, 150]) * 1000, lg),
            ),
            (
                tr(lg, "Limit any one consignment", "je Schadenfall", "Limite par sinistre"),
                cash(rng.choice([25, 40, 50]) * 1000, lg),
            ),
            (
                tr(lg, "Goods in store", "Lagergut", "Marchandises en garde-meubles"),
                cash(rng.choice([500, 750, 1000]) * 1000, lg),
            ),
            (
                tr(lg, "Territorial limits", "Geltungsbereich", "Étendue territoriale"),
                tr(lg, "UK and Europe", "Europa (geogr.)", "France et Union européenne"),
            ),
        ]
    for a, b in items:
        p.text(m + 10, y, a, s.font, s.size)
        p.text(m + 190, y, fit(b, s.bold, s.size, w - 2 * m - 200), s.bold, s.size)
        y += s.size * 2.1
    y += 8
    y = text_lines(p, s, m + 10, y, w - 2 * m - 20, prose(rng, lg, "legal", 2, 3), s.size - 1.5)
    if not transit:
        p.text(
            m + 10,
            y + 8,
            tr(lg, "Vehicles covered", "Versicherte Fahrzeuge", "Véhicules garantis"),
            s.bold,
            s.size,
        )
        y += 22
        for v in FLEET[:8]:
            p.text(m + 20, y, f"{v.reg:<14} {v.make}", "Courier", 8.5)
            y += 11
    y = max(y + 20, hh - m - 90)
    p.text(m + 10, y, f"{tr(lg, 'Issued', 'Ausgestellt', 'Fait le')} {day(h, d)}", s.font, s.size)
    sign(p, w - m - 170, y + 4, staff(h, "signatory"), 14)
    p.text(
        w - m - 170,
        y + 18,
        tr(lg, "Authorised signatory", "Für den Versicherer", "Pour l'assureur"),
        s.font,
        7.5,
    )
    pages.extend(close([p], s, h, numbers="none"))
    if rng.random() < 0.35:
        g = sheets(s, h, f"{pol} - {tr(lg, 'Schedule', 'Anlage', 'Annexe')}")
        if transit:
            caption(
                g,
                s,
                tr(
                    lg,
                    "Schedule of high-value items",
                    "Wertgegenstandsliste",
                    "Liste des objets de valeur",
                ),
                1.5,
            )
            rows = [
                [
                    str(k + 1),
                    item_name(rng.choice(sorted(ITEMS)), lg),
                    cash(rng.choice([800, 1200, 2500, 4000]), lg),
                ]
                for k in range(rng.randint(4, 16))
            ]
            table(
                g,
                columns(m, w - m, [(0.5, "left"), (5, "left"), (1.5, "right")]),
                [
                    "No",
                    tr(lg, "Description", "Gegenstand", "Désignation"),
                    tr(lg, "Value", "Wert", "Valeur"),
                ],
                rows,
                s,
                rules=True,
            )
        else:
            caption(
                g,
                s,
                tr(
                    lg,
                    "Endorsements",
                    "Besondere Bedingungen und Klauseln",
                    "Clauses particulières",
                ),
                1.5,
            )
            for k in range(rng.randint(3, 7)):
                g.heading(
                    m, f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {k + 1}", s.bold, s.size
                )
                write(g, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
        pages.extend(close(g.pages, s, h))
    remember(jb, d)
    return pages


COND_CODES = {
    "en": "BR broken - CH chipped - DE dented - SC scratched - ST stained - W warped - "
    "PBO packed by owner",
    "de": "BR gebrochen - AB abgeplatzt - DE Delle - KR Kratzer - FL Fleck - VZ verzogen - "
    "SP selbst gepackt",
    "fr": "CA cassé - EB ébréché - EN enfoncé - RA rayé - TA taché - VO voilé - "
    "EPC emballé par le client",
}


def tpl_customs_inventory(rng: random.Random, who: Issuer) -> list[Page]:
    """The international removal's detailed inventory for customs (transfer of residence,
    Umzugsgutliste, inventaire détaillé) by the company's international department or its
    overseas agent: sometimes a cover sheet, the numbered lots with condition codes and
    values over one to four pages, the owner's declaration and signature."""
    by_agent = keyed(who, "agent").random() < 0.35
    h = head_of(who, "agent", abroad=0.5) if by_agent else firm_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.7 else LETTER, pt=min(h.pt, 9))
    w, hh = s.page_size
    m = s.margin
    jb = rng.choice([x for x in JOBS if x.abroad])
    c = jb.customer
    d = jb.day - timedelta(days=rng.randint(0, 2))
    bil = lambda own, en: own if lg == "en" else f"{own} / {en}"  # noqa: E731
    title = bil(
        tr(lg, "Detailed inventory", "Umzugsgutliste", "Inventaire détaillé"), "Detailed inventory"
    )
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.35:
        cv = Page(s.page_size)
        y = heading(cv, s, h)
        cv.text(
            w / 2,
            y + 120,
            bil(
                tr(
                    lg,
                    "TRANSFER OF RESIDENCE",
                    "UMZUGSGUT - ÜBERSIEDLUNG",
                    "DÉMÉNAGEMENT INTERNATIONAL",
                ),
                "TRANSFER OF RESIDENCE",
            ),
            s.bold,
            13,
            "center",
        )
        cv.text(
            w / 2,
            y + 140,
            bil(
                tr(lg, "Customs documents", "Zollunterlagen", "Documents douaniers"),
                "Customs documents",
            ),
            s.font,
            11,
            "center",
        )
        yy = y + 190
        for a, b in [
            (tr(lg, "Shipper", "Auftraggeber", "Expéditeur"), c.name),
            (tr(lg, "Origin", "Von", "Origine"), f"{c.street}, {c.town}"),
            (tr(lg, "Destination", "Nach", "Destination"), jb.dest_town),
            (tr(lg, "Our reference", "Unser Zeichen", "Notre référence"), jb.ref),
            (
                tr(lg, "Container / seal", "Container / Plombe", "Conteneur / scellé"),
                f"{serial(rng, 'AAAU 999999-9')} / {serial(rng, '9999999')}",
            ),
            (tr(lg, "Lots", "Kolli", "Colis"), str(rng.randint(60, 240))),
        ]:
            cv.text(m + 40, yy, a, s.font, 10)
            cv.text(m + 200, yy, fit(b, s.bold, 10, w - m - 240), s.bold, 10)
            yy += 20
        yy += 20
        cv.text(m + 40, yy, tr(lg, "Enclosed:", "Anlagen:", "Pièces jointes :"), s.bold, 9)
        for e in [
            tr(lg, "Inventory", "Umzugsgutliste", "Inventaire"),
            tr(lg, "Owner's declaration", "Erklärung", "Déclaration sur l'honneur"),
            tr(lg, "Copy of passport", "Passkopie", "Copie du passeport"),
        ]:
            yy += 14
            box(cv, m + 50, yy, True, 8)
            cv.text(m + 64, yy, e, s.font, 9)
        pages.append(cv)
        covers = 1

    def start(p: Page, n: int) -> float:
        y = heading(p, s, h) if n == 1 or h.again else s.margin - 6
        p.text(m, y, title, s.bold, 11)
        p.text(w - m, y, f"{c.name} - {jb.ref}", s.font, 8, "right")
        p.text(m, y + 11, fit(COND_CODES[lg], s.font, 6.5, w - 2 * m), s.font, 6.5)
        p.line(m, y + 15, w - m, y + 15)
        return y + 30

    f = Sheets(s.page_size, hh - m - 7 * len(h.foot) - 8, start)
    rows = []
    codes = COND_CODES[lg].split(" - ")
    for k in range(rng.randint(20, 110)):
        key = rng.choice(sorted(ITEMS))
        cond = ", ".join(x.split()[0] for x in rng.sample(codes, rng.choice([0, 0, 1, 1, 2])))
        rows.append(
            [
                f"{k + 1:03d}",
                item_name(key, lg),
                room_name(
                    rng.choice([k for k, rm in enumerate(ROOMS) if key in rm[3].split()] or [0]), lg
                ),
                cond,
                money(rng.choice([20, 40, 60, 100, 150, 300, 600]), lg),
            ]
        )
    cols = columns(
        m, w - m, [(0.6, "left"), (3.4, "left"), (1.6, "left"), (1.2, "left"), (1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Lot", "Nr.", "N°"),
            tr(lg, "Description", "Inhalt / Gegenstand", "Désignation"),
            tr(lg, "Room", "Raum", "Pièce"),
            tr(lg, "Condition", "Zustand", "État"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
        step=1.5,
    )
    f.need(150)
    f.y += 10
    caption(
        f,
        s,
        bil(
            tr(lg, "Owner's declaration", "Erklärung des Eigentümers", "Déclaration sur l'honneur"),
            "Declaration",
        ),
        0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"I, {c.name}, declare that the goods listed above are my personal household effects, "
            "that they have been in my possession and use for at least six months, and that they "
            "are "
            "not intended for sale.",
            f"Ich, {c.name}, versichere, dass die aufgeführten Gegenstände mein persönliches, "
            "gebrauchtes Umzugsgut sind, das sich seit mindestens sechs Monaten in meinem Besitz "
            "befindet und nicht zum Verkauf bestimmt ist.",
            f"Je soussigné(e) {c.name} certifie que les biens énumérés sont mes effets personnels, "
            "en ma possession et utilisés depuis plus de six mois, et non destinés à la vente.",
        ),
        s.size - 0.5,
    )
    f.need(40)
    f.page.text(m, f.y + 16, tr(lg, "Owner", "Eigentümer", "Le propriétaire"), s.font, 8)
    sign(f.page, m + 60, f.y + 16, c.name)
    f.page.text(w / 2, f.y + 16, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    hand(f.page, w / 2 + 30, f.y + 16, short(d, lg), 9)
    f.y += 30
    pages = close(
        pages + f.pages,
        s,
        h,
        numbers=rng.choice([h.numbers, "Page {i} of {n}" if lg == "en" else "{i}/{n}"]),
        covers=covers,
    )
    remember(jb, d)
    return pages


def site_plan(rng: random.Random, h: Head, stations: int) -> Page:
    """The pest contractor's plan of the warehouse on landscape A4: walls, racking rows,
    doors, the numbered bait stations and a key."""
    lg = h.lang
    size = landscape(A4)
    w, hh = size
    p = Page(size)
    p.text(36, 36, fit(h.name, "Helvetica-Bold", 9, 300), "Helvetica-Bold", 9)
    p.text(
        w - 36,
        36,
        tr(
            lg,
            "Site plan - monitoring points",
            "Lageplan Köderstationen",
            "Plan des postes d'appâtage",
        ),
        "Helvetica-Bold",
        11,
        "right",
    )
    x0, y0, x1, y1 = 60.0, 70.0, w - 200, hh - 60
    p.rect(x0, y0, x1 - x0, y1 - y0)
    for k in range(rng.randint(4, 7)):
        yy = y0 + 40 + k * (y1 - y0 - 80) / 6
        p.rect(x0 + 60, yy, x1 - x0 - 160, 14, fill=0.8)
    for dx in (0.2, 0.5):
        p.rect(x0 + (x1 - x0) * dx, y1 - 3, 50, 6, fill=1.0)
        p.text(
            x0 + (x1 - x0) * dx + 25,
            y1 + 14,
            tr(lg, "Loading door", "Rolltor", "Porte de quai"),
            "Helvetica",
            7,
            "center",
        )
    p.rect(x1 - 90, y0, 90, 70)
    p.text(x1 - 45, y0 + 38, tr(lg, "Office", "Büro", "Bureau"), "Helvetica", 8, "center")
    per_side = max(1, stations // 4)
    for k in range(stations):
        side = k // per_side
        t = (k % per_side + 0.5) / per_side
        if side == 0:
            x, y = x0 + t * (x1 - x0), y0 + 8
        elif side == 1:
            x, y = x1 - 8, y0 + t * (y1 - y0)
        elif side == 2:
            x, y = x1 - t * (x1 - x0), y1 - 14
        else:
            x, y = x0 + 8, y1 - t * (y1 - y0)
        p.rect(x - 4, y - 4, 8, 8, fill=0.0)
        p.text(x + 7, y + 3, str(k + 1), "Helvetica-Bold", 7)
    kx = w - 180
    p.rect(kx - 8, y0, 160, 110)
    p.text(kx, y0 + 14, tr(lg, "Key", "Legende", "Légende"), "Helvetica-Bold", 8)
    p.rect(kx, y0 + 24, 8, 8, fill=0.0)
    p.text(
        kx + 14,
        y0 + 31,
        tr(lg, "Bait station (tamper resistant)", "Köderbox verschlossen", "Poste sécurisé"),
        "Helvetica",
        7,
    )
    p.rect(kx, y0 + 40, 8, 8, fill=0.8)
    p.text(kx + 14, y0 + 47, tr(lg, "Pallet racking", "Regal", "Racks"), "Helvetica", 7)
    p.text(kx, y0 + 70, tr(lg, "Not to scale", "ohne Maßstab", "sans échelle"), "Helvetica", 7)
    p.text(
        kx,
        y0 + 84,
        f"{tr(lg, 'Rev', 'Stand', 'Ind.')} "
        f"{short(month() - timedelta(days=rng.randint(30, 400)), lg)}",
        "Helvetica",
        7,
    )
    return p


def tpl_pest_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The pest contractor's service report for the warehouse and store: the visit, findings
    ticked, the bait station log, recommendations, both signatures; sometimes the site plan
    with the stations behind it."""
    lang_ = home()
    h = make_head(SENDERS["pest"][lang_][int(FIRM["row"])], lang_, "pest")  # type: ignore[call-overload]
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9))
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    tech = staff(h, "tech")
    f = sheets(
        s, h, f"{tr(lg, 'Service report', 'Kontrollbericht', 'Rapport de passage')} {short(d, lg)}"
    )
    p = f.page
    title = tr(
        lg,
        "PEST CONTROL SERVICE REPORT",
        "KONTROLLBERICHT SCHÄDLINGSMONITORING",
        "RAPPORT D'INTERVENTION - DÉRATISATION",
    )
    p.text(m, f.y, fit(title, s.bold, 12, w - 2 * m), s.bold, 12)
    f.y += 8
    fh = firm_head()
    f.y = fields(
        p,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (tr(lg, "Client", "Kunde", "Client"), fh.name),
            (
                tr(lg, "Site", "Objekt", "Site"),
                f"{tr(lg, 'Warehouse', 'Lagerhalle', 'Entrepôt')}, {fh.street}",
            ),
            (
                tr(lg, "Date / time", "Datum / Zeit", "Date / heure"),
                f"{short(d, lg)} {hhmm(rng, 7, 16)}",
            ),
            (
                tr(lg, "Visit type", "Art", "Type"),
                rng.choice(
                    [
                        tr(lg, "Routine", "Routinekontrolle", "Passage contractuel"),
                        tr(lg, "Call-out", "Sonderauftrag", "Intervention curative"),
                        tr(lg, "Follow-up", "Nachkontrolle", "Contre-visite"),
                    ]
                ),
            ),
            (tr(lg, "Technician", "Techniker", "Technicien"), tech),
            (tr(lg, "Contract", "Vertrag", "Contrat"), serial(keyed(who, "pest"), "PC-9999")),
        ],
        per=3,
        hand=rng.random() < 0.4,
    )
    pests = [
        tr(lg, "Mice", "Mäuse", "Souris"),
        tr(lg, "Rats", "Ratten", "Rats"),
        tr(lg, "Cockroaches", "Schaben", "Blattes"),
        tr(lg, "Moths", "Motten", "Mites"),
        tr(lg, "Birds", "Vögel", "Oiseaux"),
        tr(lg, "Flies", "Fliegen", "Mouches"),
        tr(lg, "None found", "kein Befall", "Aucune activité"),
    ]
    found = {6} if rng.random() < 0.5 else set(rng.sample(range(6), rng.randint(1, 2)))
    p.text(m, f.y + 4, tr(lg, "Pests found", "Festgestellt", "Nuisibles constatés"), s.bold, 8.5)
    f.y = ticks(p, s, m + 2, f.y + 18, w - 2 * m, pests, found, 8)
    risk = 0 if 6 in found else rng.choice([0, 1, 1, 2])
    p.text(m, f.y + 4, tr(lg, "Risk level", "Befallsrisiko", "Niveau de risque"), s.bold, 8.5)
    f.y = ticks(
        p,
        s,
        m + 2,
        f.y + 18,
        w - 2 * m,
        [
            tr(lg, "Low", "gering", "Faible"),
            tr(lg, "Medium", "mittel", "Moyen"),
            tr(lg, "High", "hoch", "Élevé"),
        ],
        {risk},
        8,
    )
    n = rng.randint(8, 40)
    act = [
        tr(lg, "None", "kein", "Néant"),
        tr(lg, "Low", "gering", "Faible"),
        tr(lg, "Taken", "Fraß", "Consommé"),
        tr(lg, "Droppings", "Kot", "Déjections"),
    ]
    rows = []
    for k in range(n):
        a = 0 if 6 in found or rng.random() < 0.75 else rng.randint(1, 3)
        rows.append(
            [
                str(k + 1),
                rng.choice(
                    [
                        tr(lg, "External wall", "Außenwand", "Mur extérieur"),
                        tr(lg, "Loading bay", "Rampe", "Quai"),
                        tr(lg, "Racking aisle", "Regalgang", "Allée racks"),
                        tr(lg, "Store corridor", "Lagergang", "Couloir box"),
                        tr(lg, "Office kitchen", "Teeküche", "Cuisine bureau"),
                    ]
                ),
                rng.choice(
                    [
                        tr(lg, "Bait box", "Köderbox", "Boîte appât"),
                        tr(lg, "Snap trap", "Schlagfalle", "Tapette"),
                        tr(lg, "Insect monitor", "Insektenmonitor", "Piège insectes"),
                    ]
                ),
                act[a],
                rng.choice(
                    [
                        tr(lg, "Checked", "kontrolliert", "Contrôlé"),
                        tr(lg, "Bait replaced", "Köder erneuert", "Appât remplacé"),
                    ]
                )
                if a
                else tr(lg, "Checked", "kontrolliert", "Contrôlé"),
            ]
        )
    if rng.random() < 0.5:
        f.new_page()
    caption(f, s, tr(lg, "Monitoring points", "Kontrollpunkte", "Relevé des postes"), 1)
    table(
        f,
        columns(
            m, w - m, [(0.5, "left"), (2.2, "left"), (1.7, "left"), (1.2, "left"), (1.7, "left")]
        ),
        [
            tr(lg, "No", "Nr.", "N°"),
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Activity", "Befall", "Activité"),
            tr(lg, "Action", "Maßnahme", "Action"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
        step=1.55,
    )
    caption(f, s, tr(lg, "Recommendations", "Empfehlungen", "Préconisations"), 0.5)
    for _ in range(rng.randint(1, 3)):
        write(f, s, "- " + words(rng, lg, "pest"), s.size - 0.5)
    f.need(60)
    y = f.y + 10
    half = (w - 2 * m) / 2
    for k, (cap, nm) in enumerate(
        [
            (tr(lg, "Technician", "Techniker", "Technicien"), tech),
            (tr(lg, "Client representative", "Kunde", "Le client"), staff(fh, "warehouse")),
        ]
    ):
        x = m + k * half
        f.page.rect(x, y, half - 8, 40)
        f.page.text(x + 4, y + 9, cap, s.font, 6.5)
        sign(f.page, x + 20, y + 32, nm, 12)
    f.y = y + 50
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        pages.append(site_plan(rng, h, n))
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def noted(name: str, tpl: Template) -> Template:
    """``tpl`` writing down its kind, so that a companion can take up the same job."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "removal_quote": tpl_removal_quote,
    "survey_sheet": tpl_survey_sheet,
    "removal_contract": tpl_removal_contract,
    "storage_agreement": tpl_storage_agreement,
    "storage_invoice": tpl_storage_invoice,
    "access_log": tpl_access_log,
    "packing_invoice": tpl_packing_invoice,
    "damage_claim": tpl_damage_claim,
    "git_certificate": tpl_git_certificate,
    "vehicle_lease": tpl_vehicle_lease,
    "fuel_statement": tpl_fuel_statement,
    "walkround_check": tpl_walkround_check,
    "tacho_report": tpl_tacho_report,
    "timesheet": tpl_timesheet,
    "payslip": tpl_payslip,
    "feedback_form": tpl_feedback_form,
    "parking_permit": tpl_parking_permit,
    "customs_inventory": tpl_customs_inventory,
    "delivery_receipt": tpl_delivery_receipt,
    "pest_report": tpl_pest_report,
}
TEMPLATES_UU: dict[str, Template] = {k: noted(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "survey_sheet",
    "storage_invoice",
    "packing_invoice",
    "walkround_check",
    "timesheet",
    "payslip",
    "feedback_form",
    "delivery_receipt",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "survey_sheet": "removal_quote",
    "removal_contract": "parking_permit",
    "customs_inventory": "git_certificate",
    "delivery_receipt": "damage_claim",
    "timesheet": "payslip",
    "vehicle_lease": "fuel_statement",
    "walkround_check": "tacho_report",
    "storage_agreement": "storage_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_vat_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One company's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.45) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The company
    (country, name, jobs, crew, vehicles, storage units, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FIRM["lang"] = lang
    FIRM["row"] = r.randrange(len(FIRMS[lang]))
    FIRM["seed"] = r.getrandbits(24)
    FIRM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    FLEET[:] = []
    for _ in range(r.randint(3, 8)):
        kind, make = r.choice(VANS[lang])
        FLEET.append(Vehicle(a_reg(r, lang), kind, make))
    crew = {
        f"{r.choice(FIRSTS[lang][r.random() < 0.15])} {r.choice(LASTS[lang])}"
        for _ in range(r.randint(4, 10))
    }
    CREW[:] = sorted(crew)
    JOBS[:] = [a_job(r, lang) for _ in range(r.randint(5, 12))]
    if not any(j.abroad for j in JOBS):
        JOBS[-1].abroad = True
        JOBS[-1].dest_town = r.choice(ABROAD_TOWNS[lang])
    UNITS[:] = [a_unit(r, lang) for _ in range(r.randint(6, 14))]
    LAST.clear()
    LAST.update(kind="", job=None, day=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.45)
    return assemble_stream(
        rng, TEMPLATES_UU, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_vat_stream, "templates UU")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

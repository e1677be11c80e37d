"""Keg part of the generated corpus: templates RR, written blind for the next measurement.

A part of its own, ``keg``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a riding
stable and livery yard (in England, Germany or France) feeds through its scanner: the yard's
livery agreements (Einstellervertrag, contrat de pension) with the numbered terms, the yard
rules and an emergency consent form; its monthly livery invoices with the extras, now and then
with the extras log; its riding lesson block booking receipts from the receipt pad; riders'
registration forms and liability waivers (Haftungsausschluss, décharge de responsabilité),
signed by a parent for a child; stable staff timesheets (the grooms' week on landscape A4 or
one employee's month, a German Arbeitszeitnachweis); vets' invoices (German ones by GOT number
and factor) and clinical reports (Befundbericht, compte rendu) with lameness grades, the
rehabilitation plan, a printed sheet of radiographs and a medication plan; farriers' bills on
A5 or a receipt-book page; saddlers' repair tickets on A6 with the tear-off stub; feed
merchants' delivery notes signed on receipt; forage farmers' handwritten hay, haylage, straw
and shavings delivery notes from a duplicate pad; muck heap removal tickets; copies of horse
passport pages (identification, diagram, vaccinations, medicinal treatment section, owners),
bilingual as issued, on A5 or copied onto A4; show entry forms filled in by hand, sometimes
with the copy of the vaccination page sent with them, and the show's printed result sheets;
horse and rider or riding establishment insurance certificates (Versicherungsschein,
attestation) with a renewal letter, the schedule and policy wording; arena contractors'
quotations with the specification, the arena plan with its drainage on landscape A4, a
cross-section and terms; horse sale contracts (Pferdekaufvertrag, contrat de vente) from a
dealer or a private seller, with the handover record or photographs; pre-purchase vetting
certificates (Ankaufsuntersuchung, visite d'achat) stage by stage; horse transport invoices
with the animal transport document. Each stream is one yard's pile: the yard (country, name,
horses and their owners, riders, grooms, month) is drawn once per stream; its outside senders
are of the yard's country and write in its language, except that a show organiser or a
transporter is now and then from abroad and writes in its own. Page sizes range from narrow
receipt slips and A6 tickets to A5, A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms pages, yard rules and emergency consent form of a livery agreement; the extras log of a
livery invoice; the photo-consent page of a waiver; the radiograph sheet and medication plan of
a vet's report; all copied pages of one horse passport; the vaccination page copy sent with a
show entry form; every class of one show's result sheet; the renewal letter, schedule and
policy wording of an insurance certificate; the specification, plan, cross-section and terms
of an arena quotation; the handover record and photographs of a sale contract; all stages,
radiograph findings and radiograph sheet of a vetting certificate; the transport document
behind a transport invoice. Related papers are documents of their own: the vetting
certificate after the sale contract, the transport invoice after the vetting, the result
sheet after the entry form, the farrier's remedial shoeing bill after the vet's report, the
insurance certificate after the livery agreement, the lesson receipt after a rider's waiver;
and so is each monthly invoice, each delivery note, each ticket, each rider's waiver and each
timesheet, even when several from one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: livery invoices, farriers' bills,
feed and forage delivery notes, lesson receipts, waivers, muck removal tickets and timesheets
often come 2-4 in a row from one sender with other horses, dates, numbers and amounts; and
companions: each related paper above often follows the document it answers, about the same
horse. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "keg"`` and seeds offset by 4_300_000.

Usage: ``python benchmarks/corpus_keg.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/keg/keg_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import random
import sys
import unicodedata
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
    text_block,
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "keg"
SEED_OFFSET = 4_300_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
SLIP = (80 * MM, 180 * MM)
PAD = (148 * MM, 125 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the yard and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
YARDS: dict[str, list[Row]] = {
    "en": [
        ("Hollybrook Livery & Riding School", "Moss Lane", "Tarporley CW6 9RN", "01829 733 412"),
        (
            "Brackenridge Equestrian Centre",
            "Lower Hollins Road",
            "Todmorden OL14 8QS",
            "01706 812 550",
        ),
        ("Westfield Farm Livery", "Westfield Lane", "Wokingham RG40 4LR", "0118 973 1048"),
    ],
    "de": [
        ("Reitanlage Gut Eichenhof", "Eichenhofweg 3", "48346 Ostbevern", "02532 96 41 0"),
        ("Reit- und Pensionsstall Brockmann", "Am Mühlenbach 12", "49401 Damme", "05491 70 38"),
    ],
    "fr": [
        (
            "Centre Équestre des Quatre Vents",
            "Route de Bréhal",
            "50400 Granville",
            "02 33 50 71 24",
        ),
        ("Écurie du Val de Saire", "Chemin du Moulin", "50760 Réville", "02 33 54 18 90"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "vet": {
        "en": [
            ("Cheshire Equine Veterinary Clinic", "Oulton Park Way", "Tarporley CW6 9BW", ""),
            ("Hinds & Partners Equine Vets", "The Old Dairy, Mill Road", "Sandbach CW11 4RT", ""),
            ("Pennine Equine Practice", "Halifax Road", "Hebden Bridge HX7 8AD", "01422 845 300"),
        ],
        "de": [
            ("Pferdeklinik am Emsufer", "Telgter Straße 80", "48291 Telgte", "02504 93 30 0"),
            ("Tierarztpraxis Dr. med. vet. Anke Rohlfing", "Bergstraße 6", "49413 Dinklage", ""),
        ],
        "fr": [
            ("Clinique Vétérinaire Équine de la Baie", "ZA du Croissant", "50300 Avranches", ""),
            ("Cabinet Vétérinaire Lemonnier & Picot", "12 rue Couraye", "50400 Granville", ""),
        ],
    },
    "farrier": {
        "en": [
            ("Tom Beddows DipWCF", "Forge Cottage, Brook Lane", "Tarvin CH3 8JD", "07812 440 917"),
            ("R. Ashworth & Son Farriers", "Unit 2, Heys Farm", "Bacup OL13 9RA", "07970 112 386"),
        ],
        "de": [
            ("Hufbeschlagschmiede Jens Overmeyer", "Dorfstraße 41", "48346 Ostbevern", ""),
            ("Huf & Beschlag Kampmann", "Vechtaer Straße 9", "49401 Damme", "0171 488 20 36"),
        ],
        "fr": [
            ("Maréchalerie Hervé Duval", "Le Bourg", "50510 Hudimesnil", "06 71 22 84 53"),
            ("Ferrage Mobile Legrand", "La Haye Pesnel", "50320 La Haye-Pesnel", ""),
        ],
    },
    "feed": {
        "en": [
            ("Dee Valley Country Stores", "Station Yard", "Malpas SY14 8DB", "01948 860 225"),
            ("Calder Agricultural Supplies", "Burnley Road", "Todmorden OL14 5LH", ""),
        ],
        "de": [
            ("Raiffeisen Landhandel Ostbevern", "Industriestraße 14", "48346 Ostbevern", ""),
            ("Agrarhandel Südoldenburg GmbH", "Lohner Straße 55", "49401 Damme", ""),
        ],
        "fr": [
            ("Coopérative Agrial - Magasin de Bréhal", "Route de Coutances", "50290 Bréhal", ""),
            ("Jardinerie Gamm Vert Granville", "Rue du Conillot", "50400 Granville", ""),
        ],
    },
    "hay": {
        "en": [
            ("J. & M. Pickering (Hay & Straw)", "Lower House Farm", "Willington CW6 0PD", ""),
            ("Moorside Forage", "Moorside Farm", "Cornholme OL14 8JY", "07740 992 015"),
        ],
        "de": [
            ("Heu- und Strohhandel Wienker", "Hof Wienker, Brock 2", "48346 Ostbevern", ""),
            ("Landwirt Bernd Tepe", "Rüschendorf 7", "49401 Damme", ""),
        ],
        "fr": [
            ("GAEC des Prés Salés", "La Mare", "50530 Genêts", "02 33 70 84 11"),
            ("Paille et Foin Lebrun", "Le Hamel", "50320 Folligny", ""),
        ],
    },
    "pio": {
        "en": [("Equine Passport Registry", "Sanders Road", "Newmarket CB8 8BN", "")],
        "de": [("Pferdezuchtverband Münsterland e.V.", "Sudmühlenstraße 33", "48157 Münster", "")],
        "fr": [("IFCE - SIRE", "Route de Troche", "19231 Arnac-Pompadour", "")],
    },
    "organiser": {
        "en": [
            ("Delamere Riding Club", "Shows Secretary, 4 Forest Road", "Cuddington CW8 2ED", ""),
            ("Kelsall Hill Equestrian Centre", "Middlewich Road", "Kelsall CW6 0SR", ""),
        ],
        "de": [
            ("Reit- und Fahrverein Ostbevern e.V.", "Meldestelle, Loburg 5", "48346 Ostbevern", ""),
            ("RV St. Georg Damme e.V.", "Reitanlage Bexadde", "49401 Damme", ""),
        ],
        "fr": [
            ("Société Hippique de Granville", "Hippodrome du Prépont", "50400 Granville", ""),
            ("Pôle International du Cheval", "Avenue Kingsley", "50380 Saint-Pair-sur-Mer", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Shires Equine Insurance Services", "1 Market Hill", "Stratford CV37 6AB", ""),
            ("Harlow Bloodstock Insurance", "Clare House, 66 Fenchurch St", "London EC3M 4BY", ""),
        ],
        "de": [
            ("Hippos Tierversicherung AG", "Kaiser-Wilhelm-Ring 19", "50672 Köln", ""),
            ("Landvogt Versicherungen VVaG", "Hauptstraße 110", "49377 Vechta", ""),
        ],
        "fr": [
            ("Équi-Assur Mutuelle", "8 boulevard Haussmann", "75009 Paris", ""),
            ("Cabinet Pezant Assurances", "14 rue de la Paix", "14000 Caen", ""),
        ],
    },
    "arena": {
        "en": [
            ("Cheshire Arena Surfaces Ltd", "Stanney Mill Lane", "Chester CH2 4HX", ""),
            ("Northern Equestrian Construction", "Unit 7, Valley Mills", "Elland HX5 0SH", ""),
        ],
        "de": [
            ("Reitplatzbau Strotmann GmbH", "Gewerbepark 4", "48231 Warendorf", ""),
            ("Hippo-Bau Weßling", "Im Ort 19", "49393 Lohne", ""),
        ],
        "fr": [
            ("Sols Équestres de l'Ouest", "ZA de la Lande", "35133 Fougères", ""),
            ("Carrières & Manèges Normands", "Route de Saint-Lô", "50200 Coutances", ""),
        ],
    },
    "manure": {
        "en": [
            ("Delamere Muck Away", "Yew Tree Farm", "Oakmere CW8 2HB", "07831 620 443"),
            ("Calder Valley Agri Services", "Hartley Royd", "Todmorden OL14 6LB", ""),
        ],
        "de": [
            ("Lohnunternehmen Holtkötter", "Westbevern 8", "48346 Ostbevern", ""),
            ("Agrarservice Haskamp", "Osterdamme 3", "49401 Damme", ""),
        ],
        "fr": [
            ("ETA Travaux Agricoles Hamel", "La Croix", "50290 Bréville-sur-Mer", ""),
            ("Compostage du Cotentin", "ZA des Mielles", "50270 Barneville", ""),
        ],
    },
    "saddler": {
        "en": [
            ("Oakmere Saddlery", "2 High Street", "Tarporley CW6 0DX", "01829 730 118"),
            ("Pennine Saddlery & Rug Wash", "Rochdale Road", "Todmorden OL14 7LA", ""),
        ],
        "de": [
            ("Sattlerei Reinhard Niehues", "Münsterstraße 22", "48231 Warendorf", ""),
            ("Reitsport & Sattlerei Wulf", "Lange Straße 8", "49401 Damme", ""),
        ],
        "fr": [
            ("Sellerie Leroux", "7 rue Lecampion", "50400 Granville", "02 33 61 40 12"),
            ("Sellerie du Mont", "Route du Mont", "50170 Pontorson", ""),
        ],
    },
    "seller": {
        "en": [
            ("Redbrook Sport Horses", "Redbrook Farm", "Whitchurch SY13 3AN", "07790 455 128"),
            ("Lisburn & Carey Horse Sales", "Manor Stables", "Nantwich CW5 7QB", ""),
        ],
        "de": [
            ("Pferdehandel Schulze-Bisping", "Hof Bisping 2", "48231 Warendorf", ""),
            ("Ausbildungsstall Jansen", "Am Reitplatz 4", "49429 Visbek", ""),
        ],
        "fr": [
            ("Écurie de Commerce Marie Hébert", "Les Vallées", "50220 Ducey", ""),
            ("Haras des Sablons", "Route de Lessay", "50430 Lessay", ""),
        ],
    },
    "transport": {
        "en": [
            ("Marlow Horse Transport", "Crossways Farm", "Malpas SY14 7DA", "07900 318 726"),
            ("Pennine Equine Transport", "Cross Lee Barn", "Todmorden OL14 8EH", ""),
        ],
        "de": [
            ("Pferdetransporte Hillebrand", "Sassenberger Str. 31", "48346 Ostbevern", ""),
            ("Horse-Express Nord GmbH", "Gewerbering 10", "49401 Damme", ""),
        ],
        "fr": [
            ("Transports Équins Lecoq", "ZA du Parc", "50300 Avranches", "02 33 58 12 74"),
            ("Van Équestre Normandie", "La Bijude", "14980 Rots", ""),
        ],
    },
}

FIRSTS = {
    "en": {
        True: ["Sarah", "Emma", "Charlotte", "Lucy", "Hannah", "Rachel", "Gemma", "Jo", "Katie"],
        False: ["James", "Mark", "Richard", "Ben", "Steve", "Andrew", "Tom", "Neil", "Gareth"],
    },
    "de": {
        True: ["Anna", "Katrin", "Lena", "Sabine", "Christina", "Jana", "Miriam", "Ines", "Birte"],
        False: ["Markus", "Jan", "Stefan", "Tobias", "Heinrich", "Frank", "Lukas", "Bernd"],
    },
    "fr": {
        True: ["Camille", "Élodie", "Sophie", "Manon", "Pauline", "Aurélie", "Chloé", "Marine"],
        False: ["Julien", "Thomas", "Nicolas", "Pierre", "Antoine", "Guillaume", "Romain"],
    },
}
LASTS = {
    "en": [
        "Whitfield",
        "Brereton",
        "Halliwell",
        "Moss",
        "Greenall",
        "Pemberton",
        "Dutton",
        "Kavanagh",
        "Sutcliffe",
        "Ackroyd",
        "Fairclough",
        "Hughes",
    ],
    "de": [
        "Schulze Pellengahr",
        "Wessels",
        "Brüggemann",
        "Tenbrink",
        "Hölscher",
        "Rohlfs",
        "Kemper",
        "Overbeck",
        "Lammers",
        "Stratmann",
        "Niemöller",
    ],
    "fr": [
        "Lefrançois",
        "Hébert",
        "Leménager",
        "Guérin",
        "Marie",
        "Lecoutour",
        "Besnard",
        "Lemaître",
        "Savary",
        "Fauvel",
        "Letellier",
    ],
}
ROADS = {
    "en": ["Church Lane", "Chester Road", "Forest Road", "Burnley Road", "Station Road"],
    "de": ["Kirchstraße", "Grevener Damm", "Am Hagen", "Lindenweg", "Dorfstraße"],
    "fr": ["rue du Port", "avenue de la Libération", "chemin des Hogues", "rue Saint-Gaud"],
}
TOWNS = {
    "en": ["Tarporley CW6 0AT", "Kelsall CW6 0QY", "Hebden Bridge HX7 6AE", "Frodsham WA6 7QN"],
    "de": ["48346 Ostbevern", "48291 Telgte", "49401 Damme", "48231 Warendorf", "49413 Dinklage"],
    "fr": ["50400 Granville", "50380 Saint-Pair-sur-Mer", "50290 Bréhal", "50300 Avranches"],
}
HORSE_NAMES = {
    "en": [
        "Bramble",
        "Monty",
        "Hollybrook Jazz",
        "Cassius",
        "Tilly",
        "Dusty Miller",
        "Ferdinand",
        "Willow",
        "Rocky Road",
        "Lady Grey",
        "Barnaby",
        "Mr Darcy",
        "Clover",
        "Kilcoltrim Star",
    ],
    "de": [
        "Donnerwetter",
        "Fürstin",
        "Carlos",
        "Cornets Lady",
        "Quinta",
        "Balou",
        "Sir Henry",
        "Wendy",
        "Laredo",
        "Feine Dame",
        "Rubinio",
        "Amigo",
    ],
    "fr": [
        "Ulysse du Moulin",
        "Vanille de Saire",
        "Quartz d'Avranches",
        "Tornade des Forges",
        "Sultan",
        "Biscotte",
        "Rubis du Val",
        "Obélix",
        "Naïade du Bocage",
        "Hermès",
        "Caramel",
    ],
}
STUDS = {
    "en": ["Diamond Lad", "Cruising", "Jumbo", "Kings Master", "Ardnasillagh Bouncer"],
    "de": ["Quaterback", "Sandro Hit", "Contendro I", "Florestan I", "Diamond Hit"],
    "fr": ["Diamant de Semilly", "Kannan", "Quaprice Bois Margot", "Mylord Carthago"],
}
BREEDS = {
    "en": ["Irish Sports Horse", "Welsh Section D", "Cob", "Thoroughbred", "Connemara"],
    "de": ["Hannoveraner", "Westfale", "Haflinger", "Deutsches Reitpony", "Oldenburger"],
    "fr": ["Selle Français", "Anglo-Arabe", "Poney Français de Selle", "Trotteur Français"],
}
COLOURS = {
    "en": ["Bay", "Chestnut", "Grey", "Dark bay", "Black", "Skewbald"],
    "de": ["Brauner", "Fuchs", "Schimmel", "Dunkelbrauner", "Rappe", "Schecke"],
    "fr": ["Bai", "Alezan", "Gris", "Bai brun", "Noir", "Pie"],
}
SEXES = {
    "en": ["Mare", "Gelding", "Gelding"],
    "de": ["Stute", "Wallach", "Wallach"],
    "fr": ["Jument", "Hongre", "Hongre"],
}
MARKS = {
    "en": ["Star and snip", "Blaze, LH white sock", "No markings", "Stripe, both hinds white"],
    "de": ["Stern, Schnippe", "Blesse, li. Hinterfuß weiß", "Ohne Abzeichen", "Flocke"],
    "fr": ["En tête, ladre", "Liste, balzane postérieur gauche", "Sans marques", "Pelote"],
}
LIVERIES = {
    "en": ["Full livery", "Part livery", "DIY livery", "Grass livery", "Working livery"],
    "de": ["Vollpension", "Teilpension", "Offenstall", "Boxenmiete (Selbstversorger)"],
    "fr": ["Pension complète", "Demi-pension", "Pension au pré", "Box seul"],
}
#: Weekly (en) or monthly (de, fr) rate of each livery kind.
RATES = {"en": [165, 110, 55, 35, 120], "de": [520, 390, 310, 240], "fr": [480, 360, 190, 260]}
PREFIX = {"en": "826", "de": "276", "fr": "250"}

TALK = {
    "en": {
        "yard": "horse livery yard stable turnout paddock arena owner rugs feed hay haylage "
        "bedding mucking out grooming exercise lesson rider farrier vet worming gates",
        "vet": "lameness limb hoof flexion test nerve block radiographs ultrasound tendon "
        "swelling heat pain treatment box rest walking in hand recheck sedation dose joint",
        "legal": "agreement owner yard notice fees payment liability insurance horse lien "
        "terminate obligations reasonable care arrears deposit clause rules",
        "build": "arena surface drainage membrane stone base sand fibre kickboards excavation "
        "levels gradient outfall compaction geotextile fencing access",
        "insure": "policy cover insured premium renewal excess claim veterinary fees "
        "liability schedule endorsement period exclusions loss horse rider value",
        "sale": "seller buyer horse price warranty vices sound trial vetting description "
        "possession risk delivery deposit balance passport representations",
    },
    "de": {
        "yard": "Pferd Stall Box Paddock Koppel Weidegang Reithalle Einsteller Decken Futter "
        "Heu Heulage Einstreu Misten Putzen Bewegung Reitstunde Hufschmied Tierarzt Wurmkur",
        "vet": "Lahmheit Gliedmaße Huf Beugeprobe Leitungsanästhesie Röntgen Ultraschall Sehne "
        "Schwellung Wärme Behandlung Boxenruhe Schrittführen Kontrolle Sedierung Gelenk",
        "legal": "Vertrag Einsteller Pensionsstall Kündigung Pensionspreis Zahlung Haftung "
        "Versicherung Pfandrecht Pflichten Sorgfalt Rückstand Kaution Stallordnung",
        "build": "Reitplatz Tretschicht Drainage Vlies Tragschicht Sand Fasern Bande Aushub "
        "Gefälle Vorfluter Verdichtung Geotextil Einzäunung Zufahrt Schotter",
        "insure": "Vertrag Versicherungsschutz Beitrag Tierhalterhaftpflicht Selbstbeteiligung "
        "Schadenfall Versicherungsnehmer Deckung Laufzeit Ausschlüsse Pferd Reiter",
        "sale": "Verkäufer Käufer Pferd Kaufpreis Gewährleistung Mangel Beschaffenheit "
        "Probezeit Ankaufsuntersuchung Übergabe Gefahrübergang Anzahlung Equidenpass",
    },
    "fr": {
        "yard": "cheval pension écurie box paddock pré carrière manège propriétaire couvertures "
        "alimentation foin enrubannage litière curage pansage travail cours cavalier",
        "vet": "boiterie membre sabot flexion anesthésie radiographies échographie tendon "
        "engorgement chaleur traitement repos au box marche en main contrôle sédation",
        "legal": "contrat propriétaire écurie préavis pension règlement responsabilité "
        "assurance cheval rétention obligations soins impayés dépôt de garantie règlement",
        "build": "carrière sol drainage géotextile fondation sable fibres pare-bottes "
        "terrassement pente exutoire compactage clôture accès grave",
        "insure": "contrat garantie cotisation assuré franchise sinistre frais vétérinaires "
        "responsabilité civile échéance exclusions équidé cavalier valeur",
        "sale": "vendeur acheteur cheval prix garantie vices rédhibitoires essai visite "
        "vétérinaire livraison risques acompte solde document d'identification",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihr",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous votre",
}


def words(rng: random.Random, lang: str, topic: str = "yard", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "yard", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The yard of a stream: its country, horses, owners, riders and staff
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
class Horse:
    name: str
    breed: str
    colour: str
    sex: str
    born: int
    ueln: str
    chip: str
    height: str
    marks: str
    sire: str
    dam_sire: str
    owner: Person
    livery: int


def a_person(r: random.Random, lang: str) -> Person:
    female = r.random() < 0.75
    no = r.randint(1, 90)
    road = r.choice(ROADS[lang])
    mobile = {"en": "07", "de": "01", "fr": "06 "}[lang]
    return Person(
        first=r.choice(FIRSTS[lang][female]),
        last=r.choice(LASTS[lang]),
        female=female,
        street=f"{road} {no}"
        if lang == "de"
        else f"{no} {road}"
        if lang == "en"
        else f"{no}, {road}",
        town=r.choice(TOWNS[lang]),
        phone=mobile + serial(r, "99 999 9999" if lang != "fr" else "99 99 99 99"),
    )


NAME_PARTS = {
    "en": (
        "Silver Dark Lucky Cool Master Lady Royal Little Midnight Kilkenny Ballyhoo Golden "
        "Cheeky Irish Smart Tullibards",
        "Star Dancer Boy Jazz Dream Spirit Diamond Legend Flyer Rose Chance Jack Belle Bay",
    ),
    "de": (
        "Cornets Diarados Quidams Stakkatos Contendros Sandros Fürstenbergs Ballerinas Zoeys",
        "Liebling Girl Boy Traum Star Lady Prinz Fee Glück Stern",
    ),
    "fr": (
        "Uranus Vic Alto Bijou Quick Soleil Tango Urielle Velours Apache Bolero Cyrano Dolce",
        "du Mesnil|de la Mare|des Hayes|d'Isigny|du Bocage|de Blanchelande|du Pont|de Lessay",
    ),
}


def a_horse_name(r: random.Random, lang: str) -> str:
    """A show horse's name: a yard name or one put together the way the country names them."""
    if r.random() < 0.25:
        return r.choice(HORSE_NAMES[lang])
    a, b = NAME_PARTS[lang]
    second = b.split("|") if "|" in b else b.split()
    return f"{r.choice(a.split())} {r.choice(second)}"


def a_horse(r: random.Random, lang: str, owner: Person) -> Horse:
    born = r.randint(2006, 2020)
    height = (
        f"{r.randint(14, 17)}.{r.randint(0, 3)} hh" if lang == "en" else f"{r.randint(148, 176)} cm"
    )
    return Horse(
        name=r.choice(HORSE_NAMES[lang]),
        breed=r.choice(BREEDS[lang]),
        colour=r.choice(COLOURS[lang]),
        sex=r.choice(SEXES[lang]),
        born=born,
        ueln=PREFIX[lang] + serial(r, "0099999999999")[:12],
        chip=PREFIX[lang] + serial(r, "098100999999"),
        height=height,
        marks=r.choice(MARKS[lang]),
        sire=r.choice(STUDS[lang]),
        dam_sire=r.choice(STUDS[lang]),
        owner=owner,
        livery=r.randrange(len(LIVERIES[lang])),
    )


YARD: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
HORSES: list[Horse] = []
RIDERS: list[Person] = []
GROOMS: list[str] = []
#: What the previous document was about (a companion takes up the same horse and day).
LAST: dict[str, object] = {"kind": "", "horse": None, "day": None}


def home() -> str:
    return str(YARD["lang"])


def month() -> date:
    m = YARD["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's yard and ``key``: a run or a companion keeps
    its sender."""
    text = f"keg/{key}/{who.name}/{who.street}/{who.city}/{YARD['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 55))


def pick_horse(rng: random.Random, after: tuple[str, ...] = ()) -> Horse:
    """The previous document's horse if it was one of ``after``, else any of the yard's."""
    hr = LAST["horse"]
    if isinstance(hr, Horse) and LAST["kind"] in after:
        return hr
    return rng.choice(HORSES)


def pick_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(horse: Horse | None, d: date) -> None:
    LAST.update(horse=horse, day=d)


def age(hr: Horse, d: date) -> int:
    return d.year - hr.born


def horse_line(hr: Horse, lang: str) -> str:
    if lang == "de":
        return f"{hr.name} ({hr.colour} {hr.sex}, {hr.born})"
    return f"{hr.name} ({hr.colour.lower()} {hr.sex.lower()}, {hr.born})"


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
    look: str  # shoe | band | centred | letter | boxed | plain
    font: str
    bold: str
    pt: float
    margin: float
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    mail: str


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
LOOKS = ["shoe", "band", "centred", "letter", "boxed", "plain"]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Münsterland Ost", "Volksbank Vechta eG", "VR-Bank Westmünsterland"]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(300, 399)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if "GmbH" in name or "AG" in name:
            out.insert(
                0,
                f"Amtsgericht Münster HRB {r.randint(1000, 19999)} - Geschäftsführung: "
                + r.choice(["Heiner Strotmann", "Dr. Petra Vogt", "Klaus Hillebrand"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['9319Z', '0162Z', '7500Z', '4941A', '4776Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 1660 6{r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if role == "vet":
        out.append("RCVS Accredited Practice - " + r.choice(["Equine Hospital", "Equine Practice"]))
    if "Ltd" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if r.random() < 0.6:
        out.append(
            f"Bank: {r.choice(['Lloyds', 'NatWest', 'Barclays', 'HSBC'])} - Sort code "
            f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)} - Account "
            f"{r.randint(10000000, 99999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"keg/head/{name}/{YARD['seed']}".encode()))
    font, bold = r.choice(FACES)
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    common = {"reit", "und", "the", "des", "du", "de", "la", "ltd", "gmbh", "sas", "e.v.", "son"}
    parts = [w for w in plain.replace("-", " ").split() if w not in common and len(w) > 2]
    host = "".join(c for c in max(parts or ["mail"], key=len) if c.isalpha())[:14] or "mail"
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(LOOKS),
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([48, 54, 60, 66]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"info@{host}.{tld}" if r.random() < 0.7 else "",
    )


def yard_head() -> Head:
    lang = home()
    row = YARDS[lang][int(YARD["row"])]  # type: ignore[call-overload]
    return make_head(row, lang, "yard")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and yard), of the yard's
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


def shoe(p: Page, cx: float, cy: float, r: float) -> None:
    """A horseshoe emblem, heels down, centred at ``cx``, ``cy``."""
    import math

    def arc(rad: float) -> list[tuple[float, float]]:
        pts = []
        for k in range(19):
            t = math.radians(-35 + k * 250 / 18)
            pts.append((cx + rad * math.cos(t), cy - rad * math.sin(t)))
        return pts

    outer, inner = arc(r), arc(r * 0.62)
    for pts in (outer, inner):
        for a, b in itertools.pairwise(pts):
            p.line(a[0], a[1], b[0], b[1])
    p.line(outer[0][0], outer[0][1], inner[0][0], inner[0][1])
    p.line(outer[-1][0], outer[-1][1], inner[-1][0], inner[-1][1])
    for k in (2, 5, 8, 10, 13, 16):
        t = math.radians(-35 + k * 250 / 18)
        x, y = cx + r * 0.81 * math.cos(t), cy - r * 0.81 * math.sin(t)
        p.rect(x - 1, y - 1, 2, 2, fill=0.0)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    small = w < 330
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    if small:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "shoe":
        shoe(p, m + 13, y + 2, 13)
        pt = shrink(h.name, h.bold, s.size + 5, w - 2 * m - 40)
        p.text(m + 34, y + 2, h.name, h.bold, pt)
        p.text(m + 34, y + 14, fit(f"{where}  {contact}", h.font, 7, w - 2 * m - 40), h.font, 7)
        p.line(m, y + 22, w - m, y + 22)
        return y + 44
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.82)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        p.text(
            w / 2,
            y + 15,
            fit(where, italic_of(h.font), 7.5, w - 2 * m),
            italic_of(h.font),
            7.5,
            "center",
        )
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(w / 2 - 90, y + 29, w / 2 + 90, y + 29)
        p.line(w / 2 - 90, y + 31, w / 2 + 90, y + 31)
        return y + 50
    if h.look == "letter":
        initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:3]
        p.rect(m, y - 12, 34, 34)
        p.text(m + 17, y + 9, initials, h.bold, 12, "center")
        yy = y - 4
        for t in (h.name, h.street, h.town, tel, h.mail):
            if t:
                f, pt = (h.bold, 10) if t == h.name else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f, pt, w - 2 * m - 50), f, pt, "right")
                yy += 9.5 if t == h.name else 8.5
        return max(yy, y + 24) + 18
    if h.look == "boxed":
        bw = min(w - 2 * m, 250.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
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
    """A handwritten signature over the baseline ``y``: initial and surname with a tail."""
    parts = name.replace("-", " ").split()
    text = f"{parts[0][0]}{parts[-1][:7]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 10, y - 8)
    p.line(x, y + 2, end - 6, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the yard office's received stamp, on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(140, 200),
            rng.uniform(60, 150),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 6)), lang),
                tr(lang, "Yard office", "Büro", "Secrétariat"),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band", "letter") else None, y0, lines)
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
            ["Yours sincerely", "Kind regards", "With best wishes", "Yours faithfully"][
                len(name) % 4
            ],
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
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"keg/staff/{tag}/{h.name}/{YARD['seed']}".encode()))
    female = r.random() < 0.6
    return f"{r.choice(FIRSTS[h.lang][female])} {r.choice(LASTS[h.lang])}"


def yard_lines(lang: str, att: str = "") -> list[str]:
    h = yard_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def owner_lines(p: Person, lang: str) -> list[str]:
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
    rows = [(tr(lg, "Net", "Netto", "Total HT"), net)]
    if rate:
        rows.append(
            (label or tr(lg, f"VAT {rate:g}%", f"MwSt. {rate:g} %", f"TVA {rate:g} %"), tax)
        )
    gross = net + tax
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), gross))
    if paid:
        rows.append((tr(lg, "Paid", "Bezahlt", "Acompte versé"), -paid))
        rows.append((tr(lg, "Balance", "Restbetrag", "Reste à payer"), gross - paid))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.58, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return gross


def two_col_terms(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = h.lang
    s = paper(s0, s0.page_size, margin=min(s0.margin, 46), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    cw = (w - 2 * m - 16) / 2
    p = Page(s.page_size)
    p.text(w / 2, m, title, s.bold, 9, "center")
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


def facts(p: Page, s: Style, x: float, y: float, items: list[tuple[str, str]], tab: float) -> float:
    """Label / value lines, the values lined up ``tab`` right of ``x``; the y below."""
    w, _ = p.size
    for label, value in items:
        p.text(x, y, label, s.font, s.size - 0.5)
        p.text(
            x + tab,
            y,
            fit(value, s.font, s.size - 0.5, w - s.margin - x - tab),
            s.font,
            s.size - 0.5,
        )
        y += (s.size - 0.5) * 1.45
    return y


def section(
    f: Sheets, s: Style, title: str, items: list[tuple[str, str]], per: int = 2, hand_: bool = True
) -> None:
    w, _ = f.size
    f.need(30 + 26 * ((len(items) + per - 1) // per))
    f.y = band(f.page, s, f.y + 8, title)
    f.y = fields(f.page, s, s.margin, f.y, w - 2 * s.margin, items, per=per, hand=hand_)


def tick_row(f: Sheets, s: Style, labels: list[str], on: set[int], pt: float = 8) -> None:
    w, _ = f.size
    f.need(pt * 5)
    f.y = ticks(f.page, s, s.margin + 2, f.y + 6, w - 2 * s.margin - 4, labels, on, pt)


def ruled_hand(p: Page, x: float, y: float, w: float, lines: list[str], gap: float = 16) -> float:
    """Ruled lines written on by hand (empty strings leave a line blank); the y below."""
    for t in lines:
        if t:
            hand(p, x + 3, y, t, 9, w - 6)
        p.line(x, y + 4, x + w, y + 4)
        y += gap
    return y


# ---------------------------------------------------------------------------------------------
# Templates RR: the yard's own papers
# ---------------------------------------------------------------------------------------------

CLAUSES = {
    "en": [
        "Commencement and notice",
        "Livery fees and payment",
        "Services provided by the Yard",
        "Veterinary and farriery",
        "Vaccinations and worming",
        "Insurance",
        "Lien and sale",
        "Liability",
        "Yard rules",
        "Termination",
        "Governing law",
    ],
    "de": [
        "Vertragsbeginn und Kündigung",
        "Pensionspreis und Zahlung",
        "Leistungen des Stallbetreibers",
        "Tierarzt und Hufschmied",
        "Impfungen und Entwurmung",
        "Versicherung",
        "Pfandrecht (§ 647 BGB)",
        "Haftung",
        "Stallordnung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Durée et préavis",
        "Prix de la pension et règlement",
        "Prestations de l'écurie",
        "Soins vétérinaires et maréchalerie",
        "Vaccinations et vermifugation",
        "Assurance",
        "Droit de rétention",
        "Responsabilité",
        "Règlement intérieur",
        "Litiges",
    ],
}
RULES = {
    "en": [
        "No smoking anywhere on the premises.",
        "All gates must be closed behind you at all times.",
        "Hats to a current safety standard must be worn when mounted or lungeing.",
        "The arena is to be poo-picked after every use.",
        "No dogs off the lead on the yard.",
        "Horses must not be left tied up unattended.",
        "Children under 14 must be supervised by an adult.",
        "Hay and haylage to be taken from the open stack only.",
        "Report any injury or illness to the yard manager immediately.",
        "Yard hours are 7.00 am to 9.00 pm; quiet after 8.00 pm.",
        "Muck heap: barrows up the ramp, keep the front square.",
        "Rugs to be hung on the rug rails, not over stable doors.",
    ],
    "de": [
        "Rauchen ist auf der gesamten Anlage verboten.",
        "Tore und Koppeltore sind stets zu schließen.",
        "Reiten nur mit Reithelm, Jugendliche zusätzlich mit Sicherheitsweste.",
        "Die Reithalle ist nach dem Reiten abzuäppeln.",
        "Hunde sind auf der Anlage an der Leine zu führen.",
        "Hallenordnung: Linke Hand hat Vorrang, Longieren nur nach Absprache.",
        "Ruhezeiten von 13.00 bis 15.00 Uhr und ab 21.00 Uhr.",
        "Sattelkammer und Putzplatz sind sauber zu hinterlassen.",
        "Verletzungen und Krankheiten sind der Stallleitung sofort zu melden.",
        "Mist nur auf die ausgewiesene Mistplatte.",
    ],
    "fr": [
        "Il est interdit de fumer dans l'enceinte de l'écurie.",
        "Les barrières et portes de pré doivent être refermées.",
        "Port du casque obligatoire à cheval.",
        "Ramasser les crottins en carrière après chaque séance.",
        "Les chiens doivent être tenus en laisse.",
        "Le manège est réservé aux cours le mercredi après-midi.",
        "Ranger le matériel dans la sellerie après usage.",
        "Signaler toute blessure au responsable d'écurie.",
        "Respecter les horaires d'ouverture : 8 h - 20 h.",
        "Le fumier est déposé uniquement sur la fumière.",
    ],
}
EXTRAS = {
    "en": [
        ("Bring in / turn out", 3.0),
        ("Rug change", 2.0),
        ("Hard feed (per day)", 2.5),
        ("Hold for farrier", 5.0),
        ("Hold for vet", 7.5),
        ("Exercise - ridden 45 min", 18.0),
        ("Lunge session", 15.0),
        ("Full clip", 55.0),
        ("Extra bale of haylage", 9.0),
        ("Shavings (bale)", 10.5),
        ("Wormer administered", 4.0),
        ("Arena hire (1 h)", 10.0),
    ],
    "de": [
        ("Rein-/Rausstellen", 3.0),
        ("Decken wechseln", 2.0),
        ("Zusatzfutter (Tag)", 2.5),
        ("Halten beim Schmied", 6.0),
        ("Halten beim Tierarzt", 8.0),
        ("Bewegen (Reiten 45 Min.)", 20.0),
        ("Longieren", 15.0),
        ("Scheren", 60.0),
        ("Späne (Ballen)", 11.5),
        ("Führanlage (Monat)", 25.0),
        ("Wurmkur verabreichen", 4.0),
    ],
    "fr": [
        ("Sortie au paddock", 3.0),
        ("Changement de couverture", 2.0),
        ("Complément alimentaire (jour)", 2.5),
        ("Présentation maréchal", 6.0),
        ("Présentation vétérinaire", 8.0),
        ("Travail monté 45 min", 20.0),
        ("Travail à la longe", 15.0),
        ("Tonte complète", 60.0),
        ("Copeaux (balle)", 11.5),
        ("Marcheur (mois)", 25.0),
    ],
}


def tpl_livery_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The yard's livery agreement with a horse owner: parties, horse, livery type ticked,
    fees, the numbered terms over one or two pages, signatures; now and then the yard rules
    and an emergency contact and consent form behind it (all one document)."""
    h = yard_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    hr = pick_horse(rng)
    o = hr.owner
    d = some_day(rng)
    title = tr(lg, "LIVERY AGREEMENT", "EINSTELLERVERTRAG", "CONTRAT DE PENSION POUR ÉQUIDÉ")
    f = sheets(s, h, f"{title} - {hr.name}")
    f.page.text(w / 2, f.y, title, s.bold, s.size + 5, "center")
    f.y += 14
    f.page.text(
        w / 2,
        f.y,
        tr(
            lg,
            "between the Yard and the Owner named below",
            "(Pensionspferdevertrag) zwischen Stallbetreiber und Einsteller",
            "entre l'écurie et le propriétaire désigné ci-dessous",
        ),
        italic_of(s.font),
        s.size - 1,
        "center",
    )
    f.y += 10
    by_hand = rng.random() < 0.55
    section(
        f,
        s,
        tr(lg, "1. The Owner", "1. Einsteller", "1. Le propriétaire"),
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), o.name),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), o.phone),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{o.street}, {o.town}"),
            (tr(lg, "Start date", "Beginn", "Date d'entrée"), short(d, lg)),
        ],
        hand_=by_hand,
    )
    section(
        f,
        s,
        tr(lg, "2. The Horse", "2. Pferd", "2. L'équidé"),
        [
            (tr(lg, "Name", "Name", "Nom"), hr.name),
            (tr(lg, "Breed", "Rasse", "Race"), hr.breed),
            (
                tr(lg, "Colour / sex", "Farbe / Geschlecht", "Robe / sexe"),
                f"{hr.colour} / {hr.sex}",
            ),
            (tr(lg, "Year of birth", "Geburtsjahr", "Année de naissance"), str(hr.born)),
            (tr(lg, "Passport / UELN", "UELN", "N° SIRE / UELN"), hr.ueln),
            (tr(lg, "Microchip", "Transponder", "Transpondeur"), hr.chip),
        ],
        per=3,
        hand_=by_hand,
    )
    f.y = band(f.page, s, f.y + 8, tr(lg, "3. Type of livery", "3. Haltungsform", "3. Formule"))
    tick_row(f, s, LIVERIES[lg], {hr.livery})
    f.y = band(f.page, s, f.y + 6, tr(lg, "4. Fees", "4. Entgelt", "4. Tarifs"))
    f.y += 10
    rate = RATES[lg][hr.livery]
    cols = columns(m, w - m, [(4, "left"), (1.4, "right")])
    rows = [
        [
            tr(
                lg,
                f"{LIVERIES[lg][hr.livery]}, per week",
                f"{LIVERIES[lg][hr.livery]}, monatlich",
                f"{LIVERIES[lg][hr.livery]}, par mois",
            ),
            cash(rate, lg),
        ],
        [
            tr(lg, "Deposit (one month)", "Kaution", "Dépôt de garantie"),
            cash(rate * (4 if lg == "en" else 1), lg),
        ],
    ]
    for name, price in rng.sample(EXTRAS[lg], 3):
        rows.append(
            [f"{name} ({tr(lg, 'extra', 'Zusatzleistung', 'supplément')})", cash(price, lg)]
        )
    table(
        f,
        cols,
        [tr(lg, "Item", "Leistung", "Prestation"), tr(lg, "Price", "Preis", "Prix")],
        rows,
        s,
        rules=True,
    )
    f.y += 10
    caption(f, s, tr(lg, "Terms and conditions", "Vertragsbedingungen", "Conditions générales"), 1)
    heads = CLAUSES[lg][: rng.randint(6, len(CLAUSES[lg]))]
    for k, t in enumerate(heads, 5):
        f.heading(m, f"{k}. {t}", s.bold, s.size)
        for sub in range(rng.randint(1, 3)):
            f.para(
                m + 14,
                w - 2 * m - 14,
                f"{k}.{sub + 1}  " + prose(rng, lg, "legal", 1, 3),
                s.font,
                s.size - 0.5,
            )
    f.need(120)
    f.y += 16
    for k, (who_, name) in enumerate(
        [
            (tr(lg, "Signed for the Yard", "Stallbetreiber", "Pour l'écurie"), staff(h, "boss")),
            (tr(lg, "Signed by the Owner", "Einsteller", "Le propriétaire"), o.name),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        f.page.text(x, f.y, who_, s.font, s.size - 1)
        scrawl(f.page, x + 4, f.y + 30, name)
        f.page.line(x, f.y + 34, x + 180, f.y + 34)
        f.page.text(x, f.y + 44, name, s.font, s.size - 1.5)
        f.page.text(x, f.y + 56, f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}", HAND, 8.5)
    pages = close(f.pages, s, h)
    if rng.random() < 0.4:
        p = Page(A4)
        y = heading(p, s, h) if rng.random() < 0.5 else m
        p.text(
            w / 2,
            y + 10,
            tr(lg, "YARD RULES", "STALLORDNUNG", "RÈGLEMENT INTÉRIEUR"),
            s.bold,
            16,
            "center",
        )
        y += 40
        for k, rule in enumerate(rng.sample(RULES[lg], rng.randint(7, len(RULES[lg]))), 1):
            y = text_block(p, s, m + 20, y, w - 2 * m - 20, rule, s.size + 1)
            p.text(m, y - (s.size + 1) * 2, f"{k}.", s.bold, s.size + 1)
            y += 4
        p.text(
            m,
            hh - m - 20,
            tr(lg, "The Management", "Die Stallleitung", "La direction"),
            italic_of(s.font),
            s.size,
        )
        pages.append(p)
    if rng.random() < 0.35:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Emergency contacts and consent",
                "Notfallkontakte und Vollmacht",
                "Contacts d'urgence et autorisation",
            ),
            3,
            rule=True,
        )
        section(
            g,
            s,
            tr(lg, "Contacts", "Kontakte", "Contacts"),
            [
                (tr(lg, "Owner mobile", "Einsteller mobil", "Portable propriétaire"), o.phone),
                (
                    tr(lg, "Second contact", "Zweiter Kontakt", "Autre contact"),
                    a_person(rng, lg).name,
                ),
                (tr(lg, "Usual vet", "Haustierarzt", "Vétérinaire"), ""),
                (tr(lg, "Farrier", "Hufschmied", "Maréchal"), ""),
                (
                    tr(lg, "Insurer / policy no.", "Versicherung / Nr.", "Assureur / n°"),
                    serial(rng, "AA999999") if rng.random() < 0.7 else "",
                ),
            ],
        )
        write(
            g,
            s,
            tr(
                lg,
                "If I cannot be contacted I authorise the Yard to call a veterinary surgeon and to "
                "agree to any treatment the vet advises, including euthanasia on humane grounds.",
                "Bin ich nicht erreichbar, darf der Stallbetreiber einen Tierarzt hinzuziehen und "
                "die von ihm empfohlene Behandlung veranlassen.",
                "En cas d'urgence, j'autorise l'écurie à faire appel à un vétérinaire "
                "et à accepter "
                "les soins qu'il préconise.",
            ),
        )
        tick_row(g, s, yes_no(lg), {0})
        g.y += 24
        scrawl(g.page, m + 4, g.y, o.name)
        g.page.line(m, g.y + 4, m + 200, g.y + 4)
        pages.extend(close(g.pages, s, h, numbers="none"))
    received(rng, pages[0], lg, d, 0.15)
    remember(hr, d)
    return pages


def tpl_livery_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The yard's monthly livery invoice to an owner: the month's livery and the extras, tax,
    the bank details; now and then the extras log behind it (same document)."""
    h = yard_head()
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.3 else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    hr = pick_horse(rng)
    o = hr.owner
    d = month() + timedelta(days=rng.choice([0, 0, 1, 27, 28]) + 30 * rng.randint(0, 1))
    no = serial(rng, rng.choice(["INV-9999", "99999", "L9999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        owner_lines(o, lg),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, o.name), "9999")),
        ],
    )
    pt = s.size + 5
    f.page.text(s.margin, f.y, tr(lg, "INVOICE", "Rechnung", "FACTURE"), s.bold, pt)
    f.y += pt + 4
    mname = date_text(d, lg, "long").split(" ", 1)[1]
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Livery for {mname} - {hr.name}",
            f"Pension {mname} - {hr.name}",
            f"Pension {mname} - {hr.name}",
        ),
        s.font,
        s.size,
    )
    f.y += 22
    rate = RATES[lg][hr.livery]
    rows: list[list[str]] = []
    net = 0.0
    if lg == "en":
        weeks = rng.choice([4, 4, 5])
        rows.append(
            [short(d, lg), f"{LIVERIES[lg][hr.livery]}", f"{weeks} wks", cash(rate * weeks, lg)]
        )
        net += rate * weeks
    else:
        rows.append([short(d, lg), LIVERIES[lg][hr.livery], "1", cash(rate, lg)])
        net += rate
    for _ in range(rng.choice([0, 1, 2, 3, 4, 6, 9, 14])):
        name, price = rng.choice(EXTRAS[lg])
        q = rng.randint(1, 6) if price < 5 else 1
        dd = d + timedelta(days=rng.randint(0, 27))
        rows.append([short(dd, lg), name, str(q), cash(q * price, lg)])
        net += q * price
    cols = columns(m, w - m, [(1.3, "left"), (4, "left"), (1, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    rate_tax = {"en": 20.0, "de": 19.0, "fr": 20.0}[lg] if rng.random() < 0.7 else 0.0
    totals(f, s, lg, round(net, 2), rate_tax)
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "Livery is payable monthly in advance by the 1st. Please quote your account number.",
            "Der Pensionspreis ist monatlich im Voraus bis zum 3. Werktag zu überweisen.",
            "La pension est payable d'avance avant le 5 du mois. Merci de votre confiance.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.2:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(
                lg,
                f"Extras log - {hr.name}",
                f"Zusatzleistungen - {hr.name}",
                f"Relevé des suppléments - {hr.name}",
            ),
            1,
        )
        log = []
        for k in range(rng.randint(8, 26)):
            dd = d + timedelta(days=k)
            log.append([short(dd, lg), rng.choice(EXTRAS[lg])[0], rng.choice(GROOMS)[:1] + "."])
        table(
            g,
            columns(m, w - m, [(1.3, "left"), (4, "left"), (0.8, "center")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Service", "Leistung", "Prestation"),
                tr(lg, "Initials", "Kürzel", "Visa"),
            ],
            log,
            s,
            rules=True,
        )
        pages.extend(close(g.pages, s, h, numbers="none"))
    remember(hr, d)
    return pages


def tpl_lesson_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A receipt from the yard's receipt pad for a block booking of riding lessons: rider,
    the block, the amount, how it was paid, signed; a narrow slip or A6."""
    h = yard_head()
    lg = h.lang
    size = keyed(who, "rcpt").choice([SLIP, A6])
    s = style_of(h, size, margin=18, pt=8.5)
    w, hh = size
    m = s.margin
    rider = rng.choice(RIDERS)
    d = pick_day(rng, ("waiver",), (0, 0))
    p = Page(size)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "RECEIPT", "QUITTUNG", "REÇU"), s.bold, 12)
    p.text(
        w - m, y, "No " + serial(rng, "9999"), HAND if rng.random() < 0.5 else s.font, 9, "right"
    )
    y += 20
    n = rng.choice([5, 10, 10, 6])
    kind = rng.choice(
        [
            tr(lg, "group lessons (1 h)", "Gruppenstunden", "cours collectifs (1 h)"),
            tr(lg, "private lessons (30 min)", "Einzelstunden (30 Min.)", "cours particuliers"),
            tr(lg, "pony club sessions", "Voltigierstunden", "séances poney"),
        ]
    )
    price = (
        {"en": 28, "de": 22, "fr": 24}[lg] * n * (1.6 if "30" in kind or "particul" in kind else 1)
    )
    price = round(price * rng.choice([1, 0.9]), 0)
    for cap, val in [
        (tr(lg, "Received from", "Erhalten von", "Reçu de"), rider.name),
        (tr(lg, "For", "Für", "Pour"), f"{n} {kind}"),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Amount", "Betrag", "Montant"), cash(price, lg)),
    ]:
        p.text(m, y, cap, s.font, 7)
        hand(p, m + 4, y + 12, val, 9.5, w - 2 * m - 6)
        p.line(m, y + 15, w - m, y + 15)
        y += 28
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "EC-Karte", "CB"),
            tr(lg, "Transfer", "Überweisung", "Chèque"),
        ],
        {rng.randrange(3)},
        7,
    )
    if size == SLIP:
        y += 6
        p.text(m, y, tr(lg, "Lesson dates", "Termine", "Dates des cours"), s.bold, 7.5)
        y += 12
        first = d + timedelta(days=(5 - d.weekday()) % 7)
        for k in range(n):
            dd = first + timedelta(days=7 * k)
            p.text(m, y, f"{k + 1:>2}.  {short(dd, lg)}", s.font, 7.5)
            box(p, w - m - 10, y, rng.random() < 0.2, 7)
            y += 11
    p.text(
        m,
        hh - 50,
        tr(lg, "Received with thanks", "Betrag dankend erhalten", "Pour acquit"),
        s.font,
        7,
    )
    scrawl(p, m + 6, hh - 30, rng.choice(GROOMS), 11)
    if rng.random() < 0.4:
        stamp(p, w - 110, hh - 82, [tr(lg, "PAID", "BEZAHLT", "PAYÉ"), short(d, lg)])
    remember(None, d)
    return [p]


def tpl_waiver(rng: random.Random, who: Issuer) -> list[Page]:
    """A rider's acknowledgement of risk / liability waiver for lessons or hacks at the yard:
    the rider's details by hand, experience ticks, the declaration, signatures (a parent for a
    child); sometimes a second page with photo consent and emergency contact."""
    h = yard_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    rider = rng.choice(RIDERS)
    d = some_day(rng)
    child = rng.random() < 0.45
    title = tr(
        lg,
        "Rider Registration and Acknowledgement of Risk",
        "Haftungsausschluss und Anmeldung Reitschüler",
        "Fiche d'inscription et décharge de responsabilité",
    )
    f = sheets(s, h)
    caption(f, s, title, 3, rule=rng.random() < 0.5)
    section(
        f,
        s,
        tr(lg, "Rider", "Reiter/in", "Cavalier"),
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom et prénom"), rider.name),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(
                    date(
                        rng.randint(2008 if child else 1965, 2016 if child else 2004),
                        rng.randint(1, 12),
                        rng.randint(1, 28),
                    ),
                    lg,
                ),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{rider.street}, {rider.town}"),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), rider.phone),
            (
                tr(lg, "Height / weight", "Größe / Gewicht", "Taille / poids"),
                f"{rng.randint(120 if child else 155, 160 if child else 190)} cm / "
                f"{rng.randint(30 if child else 52, 55 if child else 95)} kg",
            ),
            (
                tr(lg, "Licence / membership no.", "FN-Reitausweis", "Licence FFE n°"),
                serial(rng, "9999999A") if rng.random() < 0.5 else "",
            ),
        ],
    )
    f.y = band(f.page, s, f.y + 8, tr(lg, "Riding experience", "Reiterfahrung", "Niveau"))
    levels = {
        "en": ["Never ridden", "Novice (walk/trot)", "Canters confidently", "Jumps", "Experienced"],
        "de": ["Anfänger", "Schritt/Trab", "Galopp sicher", "Springen", "Turnierreiter"],
        "fr": ["Débutant", "Galop 1-2", "Galop 3-4", "Galop 5-7", "Compétition"],
    }[lg]
    tick_row(f, s, levels, {rng.randrange(len(levels))})
    f.page.text(
        m,
        f.y + 4,
        tr(
            lg,
            "Medical conditions / allergies:",
            "Gesundheitliche Einschränkungen:",
            "Problèmes de santé / allergies :",
        ),
        s.font,
        s.size - 1,
    )
    hand(
        f.page,
        m + 180,
        f.y + 4,
        rng.choice(["none", "asthma (inhaler)", "-", "hay fever", ""])
        if lg == "en"
        else rng.choice(["keine", "-", "Asthma", ""])
        if lg == "de"
        else rng.choice(["aucun", "-", "asthme", ""]),
    )
    f.page.line(m + 170, f.y + 8, w - m, f.y + 8)
    f.y += 22
    f.y = band(f.page, s, f.y + 8, tr(lg, "Declaration", "Erklärung", "Déclaration"))
    f.y += 8
    decl = {
        "en": [
            "I understand that horse riding is a risk sport and that horses may react "
            "unpredictably, however well schooled.",
            "I agree to wear a riding hat to a current safety standard and suitable footwear "
            "at all times when riding, and to follow the instructions of the yard staff.",
        ],
        "de": [
            "Mir ist bekannt, dass Reiten mit Risiken verbunden ist und Pferde unberechenbar "
            "reagieren können (Tiergefahr, § 833 BGB).",
            "Ich verpflichte mich, beim Reiten einen Reithelm nach DIN EN 1384 und festes "
            "Schuhwerk zu tragen und den Anweisungen des Reitlehrers zu folgen.",
        ],
        "fr": [
            "Je reconnais que l'équitation est une activité à risques et que le cheval peut "
            "avoir des réactions imprévisibles.",
            "Je m'engage à porter un casque aux normes et à respecter les consignes de "
            "l'enseignant et le règlement intérieur du centre.",
        ],
    }[lg]
    for t in [*decl, prose(rng, lg, "legal", 2, 3)]:
        f.para(m + 10, w - 2 * m - 10, t, s.font, s.size - 0.5)
    f.need(90)
    f.y += 20
    signer = a_person(rng, lg).first + " " + rider.last if child else rider.name
    scrawl(f.page, m + 4, f.y, signer)
    f.page.line(m, f.y + 4, m + 190, f.y + 4)
    f.page.text(
        m,
        f.y + 14,
        tr(lg, "Signature of rider", "Unterschrift", "Signature")
        + (
            tr(
                lg,
                " (parent/guardian if under 18)",
                " (bei Minderjährigen Erziehungsberechtigte)",
                " (représentant légal si mineur)",
            )
            if child
            else ""
        ),
        s.font,
        7,
    )
    hand(f.page, w - m - 120, f.y, short(d, lg))
    f.page.line(w - m - 130, f.y + 4, w - m, f.y + 4)
    f.y += 30
    pages = f.pages
    if rng.random() < 0.3:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Photo consent and emergency contact",
                "Fotoerlaubnis und Notfallkontakt",
                "Droit à l'image et personne à prévenir",
            ),
            2,
        )
        write(g, s, prose(rng, lg, "yard", 2, 3))
        tick_row(g, s, yes_no(lg), {rng.randrange(2)})
        section(
            g,
            s,
            tr(lg, "In an emergency contact", "Im Notfall benachrichtigen", "Personne à prévenir"),
            [
                (tr(lg, "Name", "Name", "Nom"), a_person(rng, lg).first + " " + rider.last),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), a_person(rng, lg).phone),
            ],
        )
        g.y += 20
        scrawl(g.page, m + 4, g.y, signer)
        pages = pages + g.pages
    remember(None, d)
    return close(pages, s, h, numbers="none")


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A stable staff timesheet: the grooms' week on landscape A4 with start and finish times
    by hand, or one employee's month (a German Arbeitszeitnachweis) on A4; signed."""
    h = yard_head()
    lg = h.lang
    d = some_day(rng)
    if lg == "de" or rng.random() < 0.35:
        s = style_of(h, A4, pt=9)
        w, _ = A4
        m = s.margin
        name = rng.choice(GROOMS)
        f = sheets(s, h)
        caption(
            f,
            s,
            tr(
                lg,
                f"Monthly timesheet - {name}",
                "Arbeitszeitnachweis (§ 17 MiLoG)",
                f"Relevé d'heures mensuel - {name}",
            ),
            2,
        )
        f.page.text(
            m,
            f.y,
            tr(lg, "Month: ", f"Mitarbeiter/in: {name}     Monat: ", "Mois : ")
            + date_text(d, lg, "long").split(" ", 1)[1],
            s.font,
            s.size,
        )
        f.y += 18
        rows = []
        total = 0.0
        first = d.replace(day=1)
        for k in range(28):
            dd = first + timedelta(days=k)
            if dd.weekday() == rng.choice([0, 1, 6]) or rng.random() < 0.15:
                continue
            a = rng.choice([6, 6.5, 7, 7.5, 15])
            b = a + rng.choice([4, 5, 6, 8.5, 9])
            brk = 0.5 if b - a > 6 else 0.0
            total += b - a - brk
            rows.append(
                [
                    short(dd, lg),
                    f"{int(a):02d}:{int(a % 1 * 60):02d}",
                    f"{int(b):02d}:{int(b % 1 * 60):02d}",
                    f"{brk:g}",
                    f"{b - a - brk:g}",
                ]
            )
        cols = columns(
            m, w - m, [(1.5, "left"), (1, "center"), (1, "center"), (1, "center"), (1, "right")]
        )
        table(
            f,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "Finish", "Ende", "Fin"),
                tr(lg, "Break (h)", "Pause (Std.)", "Pause (h)"),
                tr(lg, "Hours", "Dauer (Std.)", "Heures"),
            ],
            rows,
            s,
            rules=True,
            step=1.75,
        )
        f.page.text(
            w - m,
            f.y + 6,
            f"{tr(lg, 'Total', 'Summe', 'Total')}: {total:g}",
            s.bold,
            s.size,
            "right",
        )
        f.need(60)
        f.y += 40
        scrawl(f.page, m + 4, f.y, name)
        scrawl(f.page, w / 2 + 4, f.y, staff(h, "boss"))
        f.page.text(m, f.y + 14, tr(lg, "Employee", "Arbeitnehmer/in", "Salarié(e)"), s.font, 7)
        f.page.text(w / 2, f.y + 14, tr(lg, "Yard manager", "Arbeitgeber", "Employeur"), s.font, 7)
        remember(None, d)
        return close(f.pages, s, h, numbers="none")
    size = landscape(A4)
    s = style_of(h, size, margin=36, pt=8.5)
    w, hh = size
    m = s.margin
    wk = d - timedelta(days=d.weekday())
    p = Page(size)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "STAFF TIMESHEET", "", "FEUILLE DE PRÉSENCE"), s.bold, 12)
    p.text(
        w - m, y, tr(lg, "Week commencing ", "", "Semaine du ") + short(wk, lg), HAND, 10, "right"
    )
    y += 20
    days = {"en": "Mon Tue Wed Thu Fri Sat Sun", "fr": "Lun Mar Mer Jeu Ven Sam Dim"}[lg].split()
    cols = columns(
        m, w - m, [(2.2, "left")] + [(1.3, "center")] * 7 + [(0.8, "right"), (1.4, "left")]
    )
    head = [
        tr(lg, "Name", "", "Nom"),
        *days,
        tr(lg, "Hrs", "", "Total"),
        tr(lg, "Signed", "", "Signature"),
    ]
    p.rect(m, y - 9, w - 2 * m, 13, fill=0.85)
    xs = [c[0] - 2 for c in cols] + [w - m]
    for c, t in zip(cols, head, strict=True):
        p.text(
            (c[0] + c[1]) / 2 if c[2] == "center" else c[0],
            y,
            t,
            s.bold,
            8.5,
            "center" if c[2] == "center" else "left",
        )
    y += 8
    top = y - 17
    for name in rng.sample(GROOMS, min(len(GROOMS), rng.randint(3, 7))):
        y += 22
        hand(p, cols[0][0], y - 6, name, 9)
        hrs = 0.0
        for k in range(7):
            if rng.random() < 0.25:
                continue
            a = rng.choice([6, 7, 7, 8, 14])
            b = a + rng.choice([4, 5, 8, 9])
            hrs += b - a - (0.5 if b - a > 6 else 0)
            c = cols[1 + k]
            p.text((c[0] + c[1]) / 2, y - 6, f"{a}-{b}", HAND, 8.5, "center")
        p.text(cols[8][1] - 8, y - 6, f"{hrs:g}", HAND, 9, "right")
        scrawl(p, cols[9][0], y - 5, name, 9)
        p.line(m, y, w - m, y)
    for x in xs:
        p.line(x, top, x, y)
    p.text(m, y + 24, tr(lg, "Checked by:", "", "Vérifié par :"), s.font, 8)
    scrawl(p, m + 60, y + 24, staff(h, "boss"), 11)
    p.text(
        m,
        hh - 30,
        tr(
            lg,
            "Hours include a 30 min unpaid break on days over 6 hours.",
            "",
            "Les heures incluent une pause de 30 min au-delà de 6 h.",
        ),
        s.font,
        7,
    )
    remember(None, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates RR: vets, farriers and saddlers
# ---------------------------------------------------------------------------------------------

VET_ITEMS = {
    "en": [
        ("Visit fee (yard visit)", 65.0),
        ("Mileage zone 2", 18.5),
        ("Clinical examination", 45.0),
        ("Equine influenza & tetanus vaccination", 62.0),
        ("Equine influenza booster", 48.0),
        ("Sedation - detomidine", 32.0),
        ("Dental examination and rasp (power float)", 85.0),
        ("Worm egg count", 16.0),
        ("Phenylbutazone sachets x 10", 21.5),
        ("Lameness workup", 120.0),
        ("Nerve block (per block)", 35.0),
        ("Radiographs - first view", 95.0),
        ("Radiographs - additional view", 38.0),
        ("Ultrasound scan - tendons", 140.0),
        ("Wound clean and dressing", 55.0),
        ("Antibiotic injection", 28.0),
        ("Passport signed / vaccination certificate", 12.0),
    ],
    "de": [
        ("Besuchsgebühr / Anfahrt", 38.0),
        ("Allgemeine Untersuchung Pferd", 24.0),
        ("Impfung Influenza/Tetanus inkl. Impfstoff", 58.0),
        ("Impfung Herpes (EHV-1/4)", 46.0),
        ("Sedierung i.v.", 29.0),
        ("Zahnbehandlung, Raspeln mit Motor", 92.0),
        ("Kotprobe, Eizählung", 18.0),
        ("Lahmheitsuntersuchung", 76.0),
        ("Leitungsanästhesie je Nerv", 31.0),
        ("Röntgen, erste Aufnahme", 69.0),
        ("Röntgen, jede weitere Aufnahme", 34.0),
        ("Ultraschall Sehnen", 95.0),
        ("Wundversorgung", 41.0),
        ("Injektion i.m.", 9.5),
        ("Eintrag Equidenpass", 8.0),
    ],
    "fr": [
        ("Déplacement", 45.0),
        ("Consultation", 40.0),
        ("Vaccin grippe-tétanos", 55.0),
        ("Vaccin rhinopneumonie", 42.0),
        ("Sédation", 30.0),
        ("Soins dentaires (râpage)", 90.0),
        ("Coproscopie", 20.0),
        ("Examen locomoteur", 80.0),
        ("Anesthésie nerveuse", 32.0),
        ("Radiographie (1er cliché)", 70.0),
        ("Radiographie (cliché suppl.)", 35.0),
        ("Échographie tendineuse", 110.0),
        ("Parage de plaie et pansement", 48.0),
        ("Injection IM", 12.0),
        ("Certificat de vaccination / livret", 10.0),
    ],
}
GOT = ["2", "3", "6", "14", "17", "49", "51", "73", "102", "303", "511", "513", "703"]
LIMBS = {
    "en": ["Left fore", "Right fore", "Left hind", "Right hind"],
    "de": ["Vorne links", "Vorne rechts", "Hinten links", "Hinten rechts"],
    "fr": ["Antérieur gauche", "Antérieur droit", "Postérieur gauche", "Postérieur droit"],
}
FINDINGS = {
    "en": [
        "Proximal suspensory desmitis",
        "Sole bruising, no abscess found",
        "Mild navicular changes",
        "Superficial digital flexor tendon core lesion",
        "Distal hock joint osteoarthritis",
        "Subsolar abscess, drained",
    ],
    "de": [
        "Fesselträgerursprungsdesmopathie",
        "Sohlenquetschung, kein Hufabszess",
        "Geringgradige Veränderungen am Strahlbein",
        "Läsion der oberflächlichen Beugesehne",
        "Spat (Arthrose der distalen Tarsalgelenke)",
        "Hufabszess, eröffnet",
    ],
    "fr": [
        "Desmite proximale du ligament suspenseur",
        "Bleime, pas d'abcès",
        "Lésions naviculaires débutantes",
        "Tendinite du fléchisseur superficiel",
        "Arthrose tarsienne distale (éparvin)",
        "Abcès de pied, drainé",
    ],
}


def vet_name(h: Head, tag: str = "vet") -> str:
    n = staff(h, tag)
    return {"en": f"{n} BVSc MRCVS", "de": f"Dr. med. vet. {n}", "fr": f"Dr {n}"}[h.lang]


def tpl_vet_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The vet practice's invoice for one horse (German vets by GOT number and factor): visits,
    drugs and procedures by date; a long one runs onto a second page."""
    h = head_of(who, "vet")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    hr = pick_horse(rng, ("treatment_report",))
    o = hr.owner
    d = pick_day(rng, ("treatment_report",), (2, 20))
    no = serial(rng, rng.choice(["9999999", "R-999999", "F99-9999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no} - {hr.name}")
    recipient(
        f,
        s,
        h,
        owner_lines(o, lg),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Client no.", "Kunden-Nr.", "N° client"), serial(keyed(who, o.name), "99999")),
        ],
    )
    received(rng, f.page, lg, d, 0.25)
    f.page.text(m, f.y, tr(lg, "Invoice", "Rechnung", "Facture"), s.bold, s.size + 4)
    f.y += 16
    f.page.text(
        m, f.y, f"{tr(lg, 'Patient', 'Patient', 'Animal')}: {horse_line(hr, lg)}", s.font, s.size
    )
    f.y += 20
    rows = []
    net = 0.0
    n = rng.choice([2, 3, 4, 5, 7, 10, 16])
    dd = d - timedelta(days=rng.randint(0, 20))
    for _ in range(n):
        name, price = rng.choice(VET_ITEMS[lg])
        if rng.random() < 0.3:
            dd += timedelta(days=rng.randint(1, 6))
        if lg == "de":
            fac = rng.choice([1, 1, 2, 3])
            rows.append(
                [
                    short(dd, lg),
                    rng.choice(GOT),
                    name,
                    f"{fac}-fach",
                    cash(price * fac / 2 + price / 2, lg),
                ]
            )
            net += price * fac / 2 + price / 2
        else:
            q = 1 if rng.random() < 0.8 else rng.randint(2, 3)
            rows.append([short(dd, lg), name, str(q), cash(price * q, lg)])
            net += price * q
    if lg == "de":
        cols = columns(
            m, w - m, [(1.3, "left"), (0.7, "left"), (4, "left"), (0.9, "center"), (1.2, "right")]
        )
        head = ["Datum", "GOT-Nr.", "Leistung", "Satz", "Betrag"]
    else:
        cols = columns(m, w - m, [(1.3, "left"), (4.5, "left"), (0.6, "right"), (1.3, "right")])
        head = [
            tr(lg, "Date", "", "Date"),
            tr(lg, "Description", "", "Acte / produit"),
            tr(lg, "Qty", "", "Qté"),
            tr(lg, "Net", "", "Montant HT"),
        ]
    table(f, cols, head, rows, s, rules=rng.random() < 0.5)
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 19.0, "fr": 20.0}[lg])
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Payment is due within 14 days. Insured clients remain responsible for the account; "
            "claim forms are completed for a fee.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Berechnung nach der Gebührenordnung für "
            "Tierärzte (GOT) in der geltenden Fassung.",
            "Règlement à réception. Pénalités de retard au taux légal ; indemnité forfaitaire de "
            "recouvrement 40 EUR.",
        ),
        s.size - 1.5,
    )
    remember(hr, d)
    return close(f.pages, s, h)


def xray_sheet(rng: random.Random, s: Style, h: Head, hr: Horse, d: date) -> Page:
    """A printed sheet of radiographs or scans: dark images with view labels."""
    lg = h.lang
    size = landscape(A4) if rng.random() < 0.5 else A4
    w, hh = size
    p = Page(size)
    p.text(
        30,
        30,
        fit(f"{h.name} - {hr.name} - {short(d, lg)}", "Helvetica-Bold", 9, w - 60),
        "Helvetica-Bold",
        9,
    )
    views = {
        "en": ["LF LM", "LF DP", "LF DPr-PaDiO", "RF LM", "LH LM", "LH DLPMO", "RF DP"],
        "de": ["VL 90°", "VL 0°", "VL Oxspring", "VR 90°", "HL 90°", "HL 45°", "VR 0°"],
        "fr": ["AG LM", "AG DP", "AG Oxspring", "AD LM", "PG LM", "PG DLPMO", "AD DP"],
    }[lg]
    per = rng.choice([2, 4, 6])
    cols = 2 if per <= 4 else 3
    rows = per // cols
    gw = (w - 60 - 12 * (cols - 1)) / cols
    gh = (hh - 90 - 18 * rows) / rows
    for k in range(per):
        x = 30 + (k % cols) * (gw + 12)
        y = 48 + (k // cols) * (gh + 18)
        p.rect(x, y, gw, gh, fill=0.12)
        for _ in range(rng.randint(2, 4)):
            bw, bh = rng.uniform(0.15, 0.4) * gw, rng.uniform(0.3, 0.8) * gh
            p.rect(
                x + rng.uniform(0.1, 0.5) * gw,
                y + rng.uniform(0.05, 0.15) * gh,
                bw,
                bh,
                fill=rng.uniform(0.55, 0.85),
            )
        p.text(x, y + gh + 11, views[k % len(views)], "Helvetica", 7)
    return p


def tpl_treatment_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The vet's clinical report on a horse at the yard (a Befundbericht, a compte rendu): the
    history, the lameness grades per limb, the diagnosis and the rehabilitation plan; now and
    then a printed sheet of radiographs and a medication plan behind it (all one document)."""
    h = head_of(who, "vet")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    hr = pick_horse(rng)
    d = some_day(rng)
    f = sheets(s, h, f"{tr(lg, 'Clinical report', 'Befundbericht', 'Compte rendu')} - {hr.name}")
    addressee = owner_lines(hr.owner, lg) if rng.random() < 0.6 else yard_lines(lg)
    recipient(
        f,
        s,
        h,
        addressee,
        d,
        [
            (tr(lg, "Patient", "Patient", "Patient"), hr.name),
            (tr(lg, "Case no.", "Fall-Nr.", "Dossier"), serial(rng, "99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Clinical report - {hr.name}",
            f"Befundbericht - {hr.name}",
            f"Compte rendu de consultation - {hr.name}",
        ),
        2,
    )
    f.page.text(
        m,
        f.y,
        fit(
            f"{hr.breed}, {hr.colour}, {hr.sex}, {age(hr, d)} "
            + tr(lg, "years", "Jahre", "ans")
            + f" - UELN {hr.ueln}",
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 16
    for t in [
        tr(lg, "History", "Vorbericht", "Anamnèse"),
        tr(lg, "Clinical examination", "Klinische Untersuchung", "Examen clinique"),
    ]:
        f.heading(m, t, s.bold, s.size + 0.5)
        write(f, s, prose(rng, lg, "vet", 2, 4))
    lame = rng.randrange(4)
    rows = []
    for k, limb in enumerate(LIMBS[lg]):
        g = rng.choice([2, 3]) if k == lame else rng.choice([0, 0, 0, 1])
        rows.append(
            [
                limb,
                f"{g}/5",
                f"{min(5, g + rng.randint(0, 1))}/5",
                tr(lg, "positive", "positiv", "positif")
                if k == lame
                else tr(lg, "negative", "negativ", "négatif"),
            ]
        )
    table(
        f,
        columns(m, w - m, [(2, "left"), (1.3, "center"), (1.3, "center"), (1.5, "left")]),
        [
            tr(lg, "Limb", "Gliedmaße", "Membre"),
            tr(lg, "Straight", "Gerade", "En ligne droite"),
            tr(lg, "Lunge (hard)", "Longe (hart)", "Cercle (dur)"),
            tr(lg, "Flexion", "Beugeprobe", "Flexion"),
        ],
        rows,
        s,
        rules=True,
    )
    f.heading(m, tr(lg, "Diagnosis", "Diagnose", "Diagnostic"), s.bold, s.size + 0.5)
    write(f, s, f"{LIMBS[lg][lame]}: {rng.choice(FINDINGS[lg])}. " + words(rng, lg, "vet"))
    f.heading(
        m,
        tr(lg, "Treatment and plan", "Therapie und Prognose", "Traitement et suivi"),
        s.bold,
        s.size + 0.5,
    )
    write(f, s, prose(rng, lg, "vet", 1, 3))
    plan = []
    for k, wks in enumerate(sorted(rng.sample(range(1, 13), rng.randint(3, 6)))):
        plan.append(
            [
                tr(lg, f"Week {wks}", f"Woche {wks}", f"Semaine {wks}"),
                [
                    tr(lg, "Box rest", "Boxenruhe", "Repos au box"),
                    tr(
                        lg,
                        "Walk in hand 10 min twice daily",
                        "Schritt an der Hand 2x10 Min.",
                        "Marche en main 2 x 10 min",
                    ),
                    tr(
                        lg,
                        "Walk in hand 20 min",
                        "Schritt an der Hand 20 Min.",
                        "Marche en main 20 min",
                    ),
                    tr(
                        lg,
                        "Ridden walk 20 min",
                        "Schritt unter dem Reiter 20 Min.",
                        "Pas monté 20 min",
                    ),
                    tr(lg, "Add trot 5 min", "Trab 5 Min. dazu", "Ajouter 5 min de trot"),
                    tr(lg, "Recheck and scan", "Kontrolluntersuchung", "Contrôle échographique"),
                ][min(k, 5)],
            ]
        )
    table(
        f,
        columns(m, w - m, [(1, "left"), (4, "left")]),
        [tr(lg, "When", "Zeitraum", "Période"), tr(lg, "Exercise", "Bewegung", "Travail")],
        plan,
        s,
    )
    regards(
        f,
        s,
        lg,
        vet_name(h),
        tr(lg, "Veterinary Surgeon", "Fachtierarzt für Pferde", "Docteur vétérinaire"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.45:
        pages.append(xray_sheet(rng, s, h, hr, d))
    if rng.random() < 0.35:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(
                lg,
                f"Medication plan - {hr.name}",
                f"Medikationsplan - {hr.name}",
                f"Ordonnance - {hr.name}",
            ),
            2,
            rule=True,
        )
        meds = [
            [
                "Phenylbutazone 1 g",
                tr(
                    lg,
                    "1 sachet twice daily in feed",
                    "2x tgl. 1 Beutel ins Futter",
                    "1 sachet matin et soir",
                ),
                "5",
            ],
            [
                "Meloxicam 15 mg/ml",
                tr(lg, "20 ml once daily", "1x tgl. 20 ml", "20 ml une fois par jour"),
                "10",
            ],
            [
                "Omeprazole",
                tr(lg, "1 syringe daily", "1x tgl. 1 Spritze", "1 seringue par jour"),
                "28",
            ],
            [
                "Trimethoprim/Sulfa",
                tr(lg, "30 g twice daily", "2x tgl. 30 g", "30 g deux fois par jour"),
                "7",
            ],
        ]
        table(
            g,
            columns(m, w - m, [(2, "left"), (3.5, "left"), (1, "right")]),
            [
                tr(lg, "Drug", "Präparat", "Médicament"),
                tr(lg, "Dose", "Dosierung", "Posologie"),
                tr(lg, "Days", "Tage", "Jours"),
            ],
            rng.sample(meds, rng.randint(1, 4)),
            s,
            rules=True,
            step=2.2,
        )
        write(
            g,
            s,
            tr(
                lg,
                "Withdrawal: this horse is signed out of the food chain (passport Section II).",
                "Wartezeit beachten; Pferd laut Equidenpass kein Schlachttier.",
                "Équidé exclu de la consommation humaine (livret, section IX).",
            ),
            s.size - 1,
        )
        pages.extend(close(g.pages, s, h, numbers="none"))
    remember(hr, d)
    return pages


SHOEING = {
    "en": [
        ("Full set, hot shod", 95.0),
        ("Fronts only, hot shod", 65.0),
        ("Removes / reset x 4", 70.0),
        ("Trim x 4", 35.0),
        ("Trim (pony)", 28.0),
        ("Stud holes x 4", 12.0),
        ("Remedial: egg bar shoes fronts", 140.0),
        ("Pads and packing", 30.0),
        ("Lost shoe replaced", 25.0),
        ("Call-out", 15.0),
    ],
    "de": [
        ("Beschlag rundum, warm aufgepasst", 150.0),
        ("Beschlag vorne, Barhuf hinten", 110.0),
        ("Umbeschlag vorne", 75.0),
        ("Barhufbearbeitung rundum", 45.0),
        ("Stollenlöcher x 4", 16.0),
        ("Orthopädischer Beschlag (Eiereisen) vorne", 190.0),
        ("Huflederkitt / Polster", 35.0),
        ("Eisen verloren - neu aufgeschlagen", 30.0),
        ("Anfahrt", 12.0),
    ],
    "fr": [
        ("Ferrure 4 pieds à chaud", 130.0),
        ("Ferrure antérieurs, parage postérieurs", 100.0),
        ("Relevé de fers", 70.0),
        ("Parage 4 pieds", 45.0),
        ("Trous de crampons x 4", 15.0),
        ("Ferrure orthopédique (fers en œuf)", 180.0),
        ("Plaques et silicone", 35.0),
        ("Fer perdu remis", 30.0),
        ("Déplacement", 10.0),
    ],
}


def tpl_farrier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The farrier's bill for a visit to the yard: horses and work by line, on A5 or a page of
    his receipt book, often filled in by hand; after a vet's report, the remedial shoeing the
    vet advised."""
    h = head_of(who, "farrier")
    lg = h.lang
    book = keyed(who, "book").random() < 0.5
    size = A5 if not book else PAD
    s = style_of(h, size, margin=30, pt=8.5)
    w, hh = size
    m = s.margin
    d = pick_day(rng, ("treatment_report",), (3, 14))
    after = LAST["kind"] == "treatment_report"
    hr = pick_horse(rng, ("treatment_report",))
    p = Page(size)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, 11)
    p.text(w - m, y, "No " + serial(rng, "9999"), s.font, 8.5, "right")
    y += 14
    ink = HAND if book or rng.random() < 0.3 else s.font
    cust = owner_lines(hr.owner, lg)[0] if rng.random() < 0.6 else yard_head().name
    p.text(m, y, tr(lg, "To: ", "An: ", "Client : "), s.font, 8)
    p.text(m + 34, y, fit(cust, ink, 9, w / 2), ink, 9)
    p.text(w - m, y, short(d, lg), ink, 9, "right")
    y += 18
    horses = [hr, *rng.sample(HORSES, min(len(HORSES), rng.choice([0, 0, 1, 2, 3])))]
    cols = columns(m, w - m, [(1.6, "left"), (3.4, "left"), (1, "right")])
    p.rect(m, y - 9, w - 2 * m, 12, fill=0.88)
    for c, t in zip(
        cols,
        [
            tr(lg, "Horse", "Pferd", "Cheval"),
            tr(lg, "Work", "Leistung", "Travaux"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        strict=True,
    ):
        p.text(c[0] if c[2] == "left" else c[1], y, t, s.bold, 8, c[2])
    y += 14
    net = 0.0
    seen: set[str] = set()
    for k, x in enumerate(horses):
        if x.name in seen:
            continue
        seen.add(x.name)
        jobs = rng.sample(SHOEING[lg], rng.choice([1, 1, 2]))
        if k == 0 and after:
            jobs = [next(j for j in SHOEING[lg] if "emed" in j[0] or "rthop" in j[0])]
        for name, price in jobs:
            if y > hh - 80:
                break
            p.text(cols[0][0], y, fit(x.name, ink, 8.5, cols[0][1] - cols[0][0]), ink, 8.5)
            p.text(cols[1][0], y, fit(name, ink, 8.5, cols[1][1] - cols[1][0]), ink, 8.5)
            p.text(cols[2][1], y, money(price, lg), ink, 8.5, "right")
            p.line(m, y + 4, w - m, y + 4)
            net += price
            y += 15
    if after:
        vet = head_of(who, "vet")
        p.text(
            m,
            y + 2,
            fit(
                tr(
                    lg,
                    f"As advised by {vet.name}",
                    f"Nach Anweisung {vet.name}",
                    f"Sur prescription : {vet.name}",
                ),
                italic_of(s.font),
                7.5,
                w - 2 * m,
            ),
            italic_of(s.font),
            7.5,
        )
        y += 14
    y += 4
    p.text(w - m - 70, y, tr(lg, "Total", "Summe", "Total"), s.bold, 9, "right")
    p.text(w - m, y, cash(net, lg), ink if ink == HAND else s.bold, 9.5, "right")
    if lg != "en" and rng.random() < 0.6:
        p.text(
            m,
            y,
            tr(lg, "", "inkl. 19 % MwSt.", "TVA non applicable, art. 293 B du CGI"),
            s.font,
            6.5,
        )
    y += 18
    if rng.random() < 0.45:
        stamp(p, m + 10, y, [tr(lg, "PAID", "BEZAHLT", "ACQUITTÉ"), short(d, lg)])
    elif y < hh - 40:
        p.text(
            m,
            y,
            fit(
                tr(
                    lg,
                    "Payment by BACS within 7 days please.",
                    "Bitte innerhalb 7 Tagen überweisen.",
                    "Règlement à réception, merci.",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    remember(hr, d)
    return close([p], s, h, numbers="none")


REPAIRS = {
    "en": [
        "Reflock saddle, check tree",
        "Replace girth straps x 3",
        "Restitch bridle cheekpiece",
        "Rug wash and reproof",
        "Repair rug - tear near shoulder, new leg strap",
        "New keeper on noseband",
        "Stitch boot velcro x 2",
        "Saddle fitting visit - adjust gullet",
    ],
    "de": [
        "Sattel nachpolstern, Baum prüfen",
        "Strupfen erneuern (3 Stk.)",
        "Backenstück nähen",
        "Decke waschen und imprägnieren",
        "Decke flicken - Riss Schulter, neuer Beinriemen",
        "Neue Schlaufe am Nasenriemen",
        "Gamaschen Klett nähen (2)",
        "Sattelkontrolle vor Ort, Kammer anpassen",
    ],
    "fr": [
        "Rembourrage de la selle, vérifier l'arçon",
        "Changer les contre-sanglons x 3",
        "Recoudre montant de filet",
        "Lavage et imperméabilisation couverture",
        "Réparation couverture - déchirure épaule",
        "Passant neuf sur muserolle",
        "Recoudre scratch guêtres x 2",
        "Visite d'ajustage selle",
    ],
}


def tpl_saddler_slip(rng: random.Random, who: Issuer) -> list[Page]:
    """A saddler's repair ticket on A6: the numbered tear-off stub for the customer above the
    cut line, the ticket with the item ticked, the repair written in, the price and the date
    promised; a document of its own for each item."""
    h = head_of(who, "saddler")
    lg = h.lang
    size = A6
    s = style_of(h, size, margin=16, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, "99999")
    hr = pick_horse(rng)
    who_ = hr.owner.name if rng.random() < 0.7 else yard_head().name
    p = Page(size)
    y = 20.0
    p.text(m, y, fit(h.name, s.bold, 8, w - 2 * m - 40), s.bold, 8)
    p.text(w - m, y, f"No {no}", s.bold, 9, "right")
    y += 12
    p.text(m, y, tr(lg, "Customer: ", "Kunde: ", "Client : "), s.font, 7)
    hand(p, m + 40, y, who_, 8.5, w - 2 * m - 40)
    y += 11
    p.text(m, y, tr(lg, "Ready: ", "Fertig: ", "Prêt le : "), s.font, 7)
    ready = d + timedelta(days=rng.randint(5, 21))
    hand(p, m + 40, y, short(ready, lg), 8.5)
    y += 12
    slip_rule(p, 6, w - 6, y, tr(lg, "cut here", "hier abtrennen", "détacher ici"))
    y += 18
    y = heading(p, s, h, y + 4)
    p.text(m, y, tr(lg, "REPAIR TICKET", "REPARATURAUFTRAG", "BON DE RÉPARATION"), s.bold, 10)
    p.text(w - m, y, f"No {no}", s.bold, 9, "right")
    y += 10
    items = [
        tr(lg, "Saddle", "Sattel", "Selle"),
        tr(lg, "Bridle", "Trense", "Filet"),
        tr(lg, "Girth", "Gurt", "Sangle"),
        tr(lg, "Rug", "Decke", "Couverture"),
        tr(lg, "Other", "Sonstiges", "Autre"),
    ]
    rep = rng.choice(REPAIRS[lg])
    k = (
        0
        if "addle" in rep or "Sattel" in rep or "selle" in rep
        else 3
        if ("ug" in rep or "ecke" in rep or "ouvert" in rep)
        else rng.choice([1, 2, 4])
    )
    y = ticks(p, s, m, y + 8, w - 2 * m, items, {k}, 7)
    for cap, val in [
        (tr(lg, "Customer", "Kunde", "Client"), who_),
        (tr(lg, "Horse", "Pferd", "Cheval"), hr.name),
        (tr(lg, "Work", "Arbeiten", "Travaux"), rep),
        (
            tr(lg, "Estimate", "Kostenvoranschlag", "Devis"),
            cash(rng.choice([18, 25, 35, 45, 60, 85, 120]), lg),
        ),
        (tr(lg, "Date in", "Angenommen", "Déposé le"), short(d, lg)),
    ]:
        p.text(m, y, cap, s.font, 6.5)
        for ln in wrap(val, HAND, 8.5, w - 2 * m - 64)[:3]:
            hand(p, m + 62, y, ln, 8.5)
            p.line(m + 60, y + 3, w - m, y + 3)
            y += 13
        y += 2
    y += 6
    p.text(m, y, tr(lg, "Notes", "Bemerkungen", "Remarques"), s.font, 6.5)
    notes = [rng.choice(["", "", words(rng, lg, "yard", 4)])] + [""] * rng.randint(1, 3)
    y = ruled_hand(p, m + 60, y, w - 2 * m - 60, notes, 14) + 8
    if y < hh - 40:
        p.text(
            m,
            y,
            tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
            s.font,
            6.5,
        )
        scrawl(p, m + 80, y, who_ if " " in who_ else staff(yard_head(), "boss"), 10)
    p.text(
        m,
        hh - 16,
        fit(
            tr(
                lg,
                "Items not collected within 3 months may be sold to cover costs.",
                "Nicht abgeholte Ware wird nach 3 Monaten verwertet.",
                "Objets non retirés sous 3 mois : vente pour frais.",
            ),
            s.font,
            5.5,
            w - 2 * m,
        ),
        s.font,
        5.5,
    )
    remember(hr, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates RR: feed, forage, bedding and muck
# ---------------------------------------------------------------------------------------------

FEEDS = {
    "en": [
        ("Conditioning mix 20 kg", 14.95),
        ("High fibre cubes 20 kg", 11.50),
        ("Alfalfa chaff 20 kg", 15.25),
        ("Unmolassed sugar beet 20 kg", 12.80),
        ("Feed balancer 15 kg", 36.00),
        ("Pony nuts 20 kg", 10.40),
        ("Salt lick 10 kg", 6.75),
        ("Cod liver oil 4.5 l", 17.99),
        ("Electrolytes 1.5 kg", 14.50),
        ("Wormer - ivermectin/praziquantel", 13.95),
    ],
    "de": [
        ("Pferdemüsli 20 kg", 18.90),
        ("Hafer gequetscht 25 kg", 12.40),
        ("Luzernecobs 25 kg", 16.20),
        ("Rübenschnitzel melassefrei 25 kg", 14.70),
        ("Mineralfutter 10 kg", 34.50),
        ("Heucobs 25 kg", 13.90),
        ("Leckstein 10 kg", 5.95),
        ("Leinöl 5 l", 19.80),
        ("Pferdestrohpellets 15 kg", 7.60),
    ],
    "fr": [
        ("Floconné cheval 20 kg", 16.90),
        ("Granulés entretien 25 kg", 13.50),
        ("Luzerne déshydratée 25 kg", 17.20),
        ("Pulpe de betterave 20 kg", 12.90),
        ("Complément minéral 10 kg", 32.00),
        ("Orge aplatie 25 kg", 11.20),
        ("Pierre à sel 10 kg", 6.20),
        ("Huile de lin 5 l", 18.50),
        ("Granulés de lin 20 kg", 21.00),
    ],
}


def tpl_feed_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """The feed merchant's delivery note for the yard's order: products by bag, ordered and
    delivered, signed for on receipt; A5 landscape or A4."""
    h = head_of(who, "feed")
    lg = h.lang
    size = keyed(who, "size").choice([landscape(A5), A4, landscape(A5)])
    s = style_of(h, size, margin=36 if size != A4 else 0, pt=8.5)
    w, _ = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["DN999999", "99999999", "LS-999999"]))
    f = sheets(s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}")
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f.page.text(m, f.y, title, s.bold, 12)
    y2 = pairs(
        f.page,
        s,
        w * 0.55,
        f.y,
        [
            (tr(lg, "No.", "Nr.", "N°"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "999999")),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice(
                    [tr(lg, "phone", "telefonisch", "téléphone"), "web " + serial(rng, "99999")]
                ),
            ),
        ],
        w - m,
        8,
    )
    yy = f.y + 16
    for t in [tr(lg, "Deliver to:", "Lieferanschrift:", "Livrer à :"), *yard_lines(lg)]:
        f.page.text(m, yy, fit(t, s.font, 8.5, w * 0.5 - m), s.font, 8.5)
        yy += 11
    f.y = max(y2, yy) + 12
    rows = []
    for name, _price in rng.sample(FEEDS[lg], rng.randint(2, 8)):
        q = rng.choice([1, 2, 2, 3, 4, 5, 6, 10])
        got_ = q if rng.random() < 0.85 else q - 1
        rows.append([serial(rng, "99999"), name, str(q), "" if got_ == q else str(got_)])
    cols = columns(m, w - m, [(1, "left"), (4, "left"), (1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Product", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Short", "Fehlmenge", "Manquant"),
        ],
        rows,
        s,
        rules=True,
        step=1.8,
    )
    f.need(70)
    f.y += 8
    if any(r_[3] for r_ in rows):
        hand(
            f.page,
            m,
            f.y,
            tr(
                lg,
                "1 bag short - to follow",
                "1 Sack fehlt, wird nachgeliefert",
                "1 sac manquant, suit",
            ),
            9,
        )
        f.y += 16
    f.page.text(
        m,
        f.y,
        tr(lg, "Received in good condition", "Ware vollständig erhalten", "Reçu en bon état"),
        s.font,
        8,
    )
    f.page.line(m + 130, f.y + 2, m + 300, f.y + 2)
    scrawl(f.page, m + 136, f.y, rng.choice(GROOMS), 11)
    f.page.text(
        w - m,
        f.y,
        tr(lg, "Driver: ", "Fahrer: ", "Chauffeur : ") + staff(h, "driver").split()[0],
        s.font,
        8,
        "right",
    )
    remember(None, d)
    return close(f.pages, s, h, numbers="none")


FORAGE = {
    "en": [
        ("small bales meadow hay", 5.5),
        ("small bales seed hay", 6.0),
        ("haylage bales (wrapped)", 9.0),
        ("big round bales haylage", 45.0),
        ("Heston bales straw", 38.0),
        ("wood shavings bales", 10.5),
        ("small bales barley straw", 4.0),
    ],
    "de": [
        ("Heu Kleinballen", 6.0),
        ("Heu Quaderballen", 55.0),
        ("Heulage Rundballen", 48.0),
        ("Stroh Quaderballen", 35.0),
        ("Hobelspäne Ballen", 11.0),
        ("Stroh Kleinballen", 4.5),
    ],
    "fr": [
        ("petites bottes de foin", 6.0),
        ("round baller foin", 50.0),
        ("bottes d'enrubannage", 45.0),
        ("grosses bottes de paille", 32.0),
        ("balles de copeaux", 11.0),
        ("petites bottes de paille", 4.0),
    ],
}


def tpl_hay_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """The forage farmer's delivery note from a duplicate pad: printed farm name and number,
    everything else written in by hand, signed by whoever took the load."""
    h = head_of(who, "hay")
    lg = h.lang
    size = keyed(who, "pad").choice([PAD, A6, A5])
    s = style_of(h, size, margin=22, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    p = Page(size)
    pt = shrink(h.name, h.bold, 11, w - 2 * m - 60)
    p.text(m, 26, h.name, h.bold, pt)
    p.text(m, 36, fit(f"{h.street}, {h.town}  {h.phone}", h.font, 6.5, w - 2 * m - 60), h.font, 6.5)
    p.text(w - m, 26, "No", h.font, 8, "right")
    p.text(w - m, 38, serial(rng, "9999"), "Helvetica-Bold", 11, "right")
    p.text(m, 56, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), h.bold, 9)
    p.text(w / 2, 56, tr(lg, "Date", "Datum", "Date"), h.font, 7)
    hand(p, w / 2 + 26, 56, short(d, lg))
    p.text(m, 72, tr(lg, "To", "An", "Client"), h.font, 7)
    hand(p, m + 26, 72, yard_head().name, 9, w - 2 * m - 30)
    p.line(m + 22, 75, w - m, 75)
    y = 92.0
    cols = columns(m, w - m, [(0.8, "center"), (3.5, "left"), (1, "right"), (1.1, "right")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        strict=True,
    ):
        x = {"right": c[1], "center": (c[0] + c[1]) / 2}.get(c[2], c[0])
        p.text(x, y, t, h.bold, 7, c[2])
    p.line(m, y + 3, w - m, y + 3)
    y += 16
    total = 0.0
    lines = rng.randint(1, 3)
    for name, price in rng.sample(FORAGE[lg], lines):
        q = rng.choice([1, 2, 4, 10, 20, 40, 60, 80]) if price < 15 else rng.randint(1, 6)
        for c, t in zip(cols, [str(q), name, money(price, lg), money(q * price, lg)], strict=True):
            x = {"right": c[1], "center": (c[0] + c[1]) / 2}.get(c[2], c[0])
            p.text(x, y, fit(t, HAND, 9, c[1] - c[0]), HAND, 9, c[2])
        total += q * price
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    for _ in range(max(0, 4 - lines)):
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    p.text(cols[2][1], y + 2, tr(lg, "Total", "Summe", "Total"), h.bold, 8, "right")
    p.text(cols[3][1], y + 2, cash(total, lg), HAND, 9.5, "right")
    y += 22
    if y < hh - 26:
        p.text(m, y, tr(lg, "Received by", "Erhalten", "Reçu par"), h.font, 7)
        scrawl(p, m + 60, y, rng.choice(GROOMS), 11)
    if rng.random() < 0.3:
        hand(p, w / 2 + 10, min(y, hh - 20), tr(lg, "paid cash", "bar bezahlt", "payé"), 9)
    remember(None, d)
    return [p]


def tpl_manure_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's muck heap removal ticket: loads taken, tractor and trailer, signed on
    behalf of the yard; a narrow slip or A6 landscape."""
    h = head_of(who, "manure")
    lg = h.lang
    size = keyed(who, "slip").choice([SLIP, landscape(A6)])
    s = style_of(h, size, margin=16, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    p = Page(size)
    y = heading(p, s, h) if size == SLIP else heading(p, s, h, 20)
    p.text(m, y, tr(lg, "MUCK HEAP REMOVAL", "MISTABFUHR", "ENLÈVEMENT DE FUMIER"), s.bold, 10)
    y += 8
    loads = rng.randint(1, 6)
    per = rng.choice([14, 16, 18]) if lg == "en" else rng.choice([10, 12, 15])
    price = rng.choice([45, 55, 60, 75])
    items = [
        (tr(lg, "Ticket", "Beleg-Nr.", "Bon n°"), serial(rng, "9999")),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Site", "Betrieb", "Site"), yard_head().name),
        (tr(lg, "Loads", "Fuhren", "Voyages"), str(loads)),
        (tr(lg, "Trailer", "Anhänger", "Benne"), f"{per} " + ("t" if lg == "en" else "m³")),
        (
            tr(lg, "Tractor reg.", "Kennzeichen", "Immat."),
            serial(rng, "AA99 AAA" if lg == "en" else "AA-AA 999" if lg == "de" else "AA-999-AA"),
        ),
        (tr(lg, "Rate per load", "Preis je Fuhre", "Prix / voyage"), cash(price, lg)),
        (tr(lg, "Total", "Summe", "Total"), cash(price * loads, lg)),
    ]
    per_row = 1 if size == SLIP else 2
    y = fields(p, s, m, y + 6, w - 2 * m, items, per=per_row, tall=24, hand=True)
    if size == SLIP:
        y = ticks(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                tr(lg, "Spread on land", "Auf Acker ausgebracht", "Épandage"),
                tr(lg, "Composted", "Kompostiert", "Compostage"),
            ],
            {rng.randrange(2)},
            7,
        )
    if y < hh - 30:
        p.text(m, y + 8, tr(lg, "For the yard", "Für den Betrieb", "Pour l'écurie"), s.font, 7)
        scrawl(p, m + 60, y + 8, rng.choice(GROOMS), 10)
    remember(None, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates RR: passports, shows and insurance
# ---------------------------------------------------------------------------------------------

SECOND = {"en": "fr", "de": "en", "fr": "en"}


def both(lg: str, en: str, de: str, fr: str) -> str:
    """A passport caption in the issuing country's language and its second language."""
    other = SECOND[lg]
    a, b = tr(lg, en, de, fr), tr(other, en, de, fr)
    return a if a == b else f"{a} / {b}"


def passport_page(
    rng: random.Random,
    p: Page,
    ox: float,
    oy: float,
    pw: float,
    ph: float,
    h: Head,
    hr: Horse,
    page: str,
    no: int,
) -> None:
    """One page of a horse passport drawn into the box at ``ox``, ``oy``."""
    lg = h.lang
    m = 22.0
    x0, x1 = ox + m, ox + pw - m
    p.text(
        ox + pw / 2,
        oy + 20,
        fit(
            both(lg, "EQUINE PASSPORT", "EQUIDENPASS", "DOCUMENT D'IDENTIFICATION"),
            "Helvetica-Bold",
            7,
            pw - 40,
        ),
        "Helvetica-Bold",
        7,
        "center",
    )
    p.text(x1, oy + 20, f"UELN {hr.ueln}", "Courier", 6.5, "right")
    p.text(ox + pw / 2, oy + ph - 14, str(no), "Helvetica", 7, "center")
    y = oy + 40
    s = Style("Helvetica", "Helvetica-Bold", 8, m, "none", "bottom", (pw, ph), "short")
    if page == "id":
        p.text(
            x0,
            y,
            both(
                lg,
                "Section I - Identification",
                "Abschnitt I - Identifizierung",
                "Section I - Identification",
            ),
            "Helvetica-Bold",
            8,
        )
        y += 10
        cells = [
            (both(lg, "Name", "Name", "Nom"), hr.name),
            (both(lg, "Sex", "Geschlecht", "Sexe"), hr.sex),
            (both(lg, "Colour", "Farbe", "Robe"), hr.colour),
            (both(lg, "Breed", "Rasse", "Race"), hr.breed),
            (
                both(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(date(hr.born, rng.randint(3, 6), rng.randint(1, 28)), lg),
            ),
            (
                both(lg, "Country of birth", "Geburtsland", "Pays de naissance"),
                {"en": "GB", "de": "DE", "fr": "FR"}[lg],
            ),
            (both(lg, "Sire", "Vater", "Père"), hr.sire),
            (both(lg, "Dam sire", "Muttervater", "Père de mère"), hr.dam_sire),
            (both(lg, "Transponder", "Transponder", "Transpondeur"), hr.chip),
            (both(lg, "Height", "Stockmaß", "Taille"), hr.height),
        ]
        for k, (cap, val) in enumerate(cells):
            cx = ox + m + (k % 2) * (pw - 2 * m) / 2
            cy = y + (k // 2) * 26
            p.rect(cx, cy, (pw - 2 * m) / 2, 26)
            p.text(
                cx + 3, cy + 8, fit(cap, "Helvetica", 5.5, (pw - 2 * m) / 2 - 6), "Helvetica", 5.5
            )
            p.text(
                cx + 4,
                cy + 20,
                fit(val, "Helvetica-Bold", 8, (pw - 2 * m) / 2 - 8),
                "Helvetica-Bold",
                8,
            )
        y += 5 * 26 + 16
        p.text(x0, y, both(lg, "Issued by", "Ausgestellt von", "Délivré par"), "Helvetica", 6)
        p.text(x0, y + 10, fit(h.name, "Helvetica-Bold", 7.5, pw - 2 * m), "Helvetica-Bold", 7.5)
        stamp(p, x1 - 100, y - 6, [h.name.split()[0].upper()[:14], str(hr.born + 1)])
        y += 44
        p.text(x0, y, both(lg, "Breeder", "Züchter", "Naisseur"), "Helvetica", 6)
        breeder = a_person(rng, lg)
        hand(p, x0 + 4, y + 12, f"{breeder.name}, {breeder.town}", 8, pw - 2 * m - 8)
        p.line(x0, y + 15, x1, y + 15)
        y += 30
        p.text(
            x0,
            y,
            both(lg, "Date of issue", "Ausstellungsdatum", "Date de délivrance"),
            "Helvetica",
            6,
        )
        p.text(
            x0 + 4,
            y + 12,
            short(date(hr.born + 1, rng.randint(1, 12), rng.randint(1, 28)), lg),
            "Helvetica",
            8,
        )
        p.text(ox + pw / 2, y, both(lg, "Duplicate", "Duplikat", "Duplicata"), "Helvetica", 6)
        box(p, ox + pw / 2, y + 14, False, 7)
        p.text(ox + pw / 2 + 12, y + 13, yes_no(lg)[1], "Helvetica", 7)
        y += 34
        for ln in wrap(
            both(
                lg,
                "This passport must accompany the animal at all times.",
                "Dieser Pass muss das Tier stets begleiten.",
                "Ce document doit accompagner l'équidé en permanence.",
            ),
            "Helvetica-Oblique",
            6.5,
            pw - 2 * m,
        ):
            p.text(x0, y, ln, "Helvetica-Oblique", 6.5)
            y += 8
        return
    if page == "diagram":
        p.text(
            x0,
            y,
            both(lg, "Diagram", "Diagramm / Abzeichen", "Signalement graphique"),
            "Helvetica-Bold",
            8,
        )
        y += 12
        bw = (pw - 2 * m - 10) / 2
        for k, lab in enumerate(
            [
                both(lg, "Left side", "Linke Seite", "Côté gauche"),
                both(lg, "Right side", "Rechte Seite", "Côté droit"),
            ]
        ):
            bx = x0 + k * (bw + 10)
            p.rect(bx, y, bw, 90)
            # a horse in outline: body, neck, head and legs
            cx, cy = bx + bw / 2, y + 40
            d_ = 1 if k == 0 else -1
            p.rect(cx - 30, cy - 10, 60, 22)
            p.line(cx - 30 * d_, cy - 10, cx - 42 * d_, cy - 32)
            p.line(cx - 42 * d_, cy - 32, cx - 52 * d_, cy - 26)
            for lx in (-26, -18, 18, 26):
                p.line(cx + lx, cy + 12, cx + lx, cy + 42)
            p.line(cx + 30 * d_, cy - 6, cx + 38 * d_, cy + 18)
            p.text(bx + 3, y + 86, fit(lab, "Helvetica", 5.5, bw - 6), "Helvetica", 5.5)
        y += 104
        p.text(x0, y, both(lg, "Description", "Beschreibung", "Signalement"), "Helvetica", 6)
        y = ruled_hand(
            p,
            x0,
            y + 14,
            pw - 2 * m,
            [hr.marks, words(rng, lg, "yard", 4) if rng.random() < 0.3 else "", ""],
            14,
        )
        p.text(
            x0,
            y + 8,
            both(
                lg,
                "Signature and stamp of the identifier",
                "Unterschrift des Tierarztes",
                "Signature de l'identificateur",
            ),
            "Helvetica",
            5.5,
        )
        scrawl(p, x0 + 10, y + 30, staff(h, "identifier"), 10)
        return
    if page == "vacc":
        p.text(
            x0,
            y,
            both(
                lg,
                "Vaccination record - equine influenza",
                "Impfungen - Influenza",
                "Vaccinations - grippe équine",
            ),
            "Helvetica-Bold",
            8,
        )
        y += 10
        cols = columns(x0, x1, [(1.1, "left"), (1.6, "left"), (1.2, "left"), (1.6, "left")])
        heads = [
            both(lg, "Date", "Datum", "Date"),
            both(lg, "Vaccine / batch", "Impfstoff / Ch.-B.", "Vaccin / lot"),
            both(lg, "Place", "Ort", "Lieu"),
            both(lg, "Vet (stamp, signature)", "Tierarzt", "Vétérinaire"),
        ]
        p.rect(x0, y, x1 - x0, 16, fill=0.88)
        for c, t in zip(cols, heads, strict=True):
            p.text(c[0], y + 11, fit(t, "Helvetica-Bold", 5.5, c[1] - c[0]), "Helvetica-Bold", 5.5)
        y += 16
        d = date(max(hr.born + 1, 2016), rng.randint(1, 6), rng.randint(1, 28))
        rows = int((oy + ph - 40 - y) / 30)
        for k in range(rows):
            p.rect(x0, y, x1 - x0, 30)
            if k < rng.randint(2, rows):
                p.text(cols[0][0], y + 12, short(d, lg), HAND, 7.5)
                p.text(
                    cols[1][0],
                    y + 12,
                    fit(
                        rng.choice(["ProteqFlu-Te", "Equilis Prequenza Te", "Equip FT"]),
                        HAND,
                        7,
                        cols[1][1] - cols[1][0],
                    ),
                    HAND,
                    7,
                )
                p.text(cols[1][0], y + 22, serial(rng, "A99999"), HAND, 7)
                p.text(
                    cols[2][0],
                    y + 12,
                    fit(
                        TOWNS[lg][k % len(TOWNS[lg])].split()[-1], HAND, 7, cols[2][1] - cols[2][0]
                    ),
                    HAND,
                    7,
                )
                p.rect(cols[3][0], y + 3, cols[3][1] - cols[3][0], 24)
                p.text(
                    cols[3][0] + 3,
                    y + 12,
                    fit(staff(h, "vax").upper(), "Helvetica-Bold", 5, cols[3][1] - cols[3][0] - 6),
                    "Helvetica-Bold",
                    5,
                )
                scrawl(p, cols[3][0] + 4, y + 24, staff(h, "vax"), 8)
                d += timedelta(days=rng.choice([28, 150, 180, 330, 365]))
            y += 30
        return
    if page == "treat":
        p.text(
            x0,
            y,
            both(
                lg,
                "Section II - Medicinal treatment",
                "Abschnitt II - Behandlung mit Arzneimitteln",
                "Section IX - Traitement médicamenteux",
            ),
            "Helvetica-Bold",
            8,
        )
        y += 12
        for t in [
            both(
                lg,
                "Part II: the animal is not intended for slaughter for human consumption",
                "Teil II: Das Tier ist nicht zur Schlachtung für den menschlichen Verzehr bestimmt",
                "Partie II : l'équidé n'est pas destiné à l'abattage pour la consommation humaine",
            ),
        ]:
            for ln in wrap(t, "Helvetica", 7, pw - 2 * m - 14):
                p.text(x0 + 14, y, ln, "Helvetica", 7)
                y += 9
        box(p, x0, y - 9, True, 8)
        y += 14
        s2 = s
        y = fields(
            p,
            s2,
            x0,
            y,
            pw - 2 * m,
            [
                (both(lg, "Place", "Ort", "Lieu"), TOWNS[lg][0].split(" ", 1)[-1]),
                (
                    both(lg, "Date", "Datum", "Date"),
                    short(date(hr.born + rng.randint(1, 5), rng.randint(1, 12), 10), lg),
                ),
                (both(lg, "Keeper", "Tierhalter", "Détenteur"), hr.owner.name),
                (both(lg, "Veterinarian", "Tierarzt", "Vétérinaire"), staff(h, "vax")),
            ],
            per=2,
            tall=26,
        )
        scrawl(p, x0 + 10, y + 20, hr.owner.name, 10)
        scrawl(p, x0 + (pw - 2 * m) / 2 + 10, y + 20, staff(h, "vax"), 10)
        return
    p.text(x0, y, both(lg, "Owners", "Eigentümer", "Propriétaires successifs"), "Helvetica-Bold", 8)
    y += 10
    cols = columns(x0, x1, [(1, "left"), (2.5, "left"), (1.2, "left")])
    rows = int((oy + ph - 40 - y) / 26)
    owners = [a_person(rng, lg) for _ in range(rng.randint(0, 2))] + [hr.owner]
    for k in range(rows):
        p.rect(x0, y, x1 - x0, 26)
        if k < len(owners):
            o = owners[k]
            dd = date(hr.born + 2 + 2 * k, rng.randint(1, 12), rng.randint(1, 28))
            p.text(cols[0][0], y + 11, short(dd, lg), HAND, 7.5)
            p.text(cols[1][0], y + 11, fit(o.name, HAND, 7.5, cols[1][1] - cols[1][0]), HAND, 7.5)
            p.text(
                cols[1][0],
                y + 21,
                fit(f"{o.street}, {o.town}", HAND, 6.5, cols[1][1] - cols[1][0]),
                HAND,
                6.5,
            )
            if rng.random() < 0.3:
                stamp(p, cols[2][0], y + 2, [str(dd.year)])
        y += 26


def tpl_passport(rng: random.Random, who: Issuer) -> list[Page]:
    """Copies of pages of a horse passport (identification, diagram, vaccinations, medicinal
    treatment section, owners), bilingual as issued: A5 pages or A5 pages copied onto A4
    with the copier's grey edge; one document."""
    h = head_of(who, "pio")

    hr = pick_horse(rng, ("sale_contract", "livery_contract"))
    d = some_day(rng)
    order = ["id", "diagram", "vacc", "treat", "owners"]
    n = rng.choice([2, 2, 3, 3, 4])
    chosen = ["id", *sorted(rng.sample(order[1:], n - 1), key=order.index)]
    on_a4 = rng.random() < 0.5
    pw, ph = A5
    pages = []
    first = rng.randint(3, 6)
    for k, what in enumerate(chosen):
        if on_a4:
            p = Page(A4)
            ox, oy = rng.uniform(30, 60), rng.uniform(30, 70)
            p.rect(ox - 4, oy - 4, pw + 8, ph + 8, fill=0.78)
            p.rect(ox, oy, pw, ph, fill=1.0)
            p.rect(ox, oy, pw, ph)
            if k == 0 and rng.random() < 0.5:
                stamp(
                    p, 360, oy + ph + 30, [tr(home(), "COPY", "KOPIE", "COPIE"), short(d, home())]
                )
        else:
            p = Page(A5)
            ox = oy = 0.0
        passport_page(rng, p, ox, oy, pw, ph, h, hr, what, first + 2 * k)
        pages.append(p)
    remember(hr, d)
    return pages


CLASSES = {
    "en": [
        ("Clear round 60 cm", 8.0),
        ("Novice 70 cm", 14.0),
        ("British Novice 80 cm", 18.0),
        ("Discovery 90 cm", 20.0),
        ("Intro A dressage", 16.0),
        ("Prelim 12 dressage", 17.0),
        ("Novice 24 dressage", 18.0),
        ("Working hunter 85 cm", 15.0),
        ("Best turned out", 6.0),
    ],
    "de": [
        ("Springreiterwettbewerb", 12.0),
        ("Stilspringprüfung Kl. E", 16.0),
        ("Springprüfung Kl. A*", 18.0),
        ("Springprüfung Kl. L", 22.0),
        ("Dressurreiterprüfung Kl. E", 15.0),
        ("Dressurprüfung Kl. A", 17.0),
        ("Dressurpferdeprüfung Kl. L", 21.0),
        ("Führzügelwettbewerb", 8.0),
    ],
    "fr": [
        ("Club 3 - 75 cm", 15.0),
        ("Club 2 - 85 cm", 17.0),
        ("Club 1 - 95 cm", 19.0),
        ("Amateur 3 - 100 cm", 24.0),
        ("Dressage Club 2 Préliminaire", 16.0),
        ("Dressage Club 1 Grand Prix", 18.0),
        ("Hunter Club 2", 16.0),
    ],
}
SHOW_NAMES = {
    "en": [
        "Spring Show",
        "Summer Unaffiliated Show",
        "Autumn Dressage League",
        "Winter Jumping Series",
    ],
    "de": ["Frühjahrsturnier", "Reitturnier (WBO)", "Hallenturnier", "Herbstturnier"],
    "fr": ["Concours Club", "CSO Club et Amateur", "Concours de dressage", "Challenge d'hiver"],
}


def show(who: Issuer, h: Head) -> tuple[str, date]:
    r = keyed(who, "show")
    return r.choice(SHOW_NAMES[h.lang]), month() + timedelta(days=r.randint(10, 50))


def tpl_entry_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The show organiser's entry form as the yard's rider filled it in and keeps a copy: rider
    and horse by hand, classes ticked with their fees, stabling, the declaration signed;
    sometimes the copy of the horse's vaccination page sent with it (same document)."""
    h = head_of(who, "organiser", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    name, when = show(who, h)
    hr = pick_horse(rng)
    rider = hr.owner if rng.random() < 0.6 else rng.choice(RIDERS)
    d = when - timedelta(days=rng.randint(8, 25))
    f = sheets(s, h)
    caption(
        f, s, f"{tr(lg, 'ENTRY FORM', 'NENNUNGSFORMULAR', 'BULLETIN D ENGAGEMENT')} - {name}", 2
    )
    f.page.text(m, f.y, f"{day(h, when)} - {h.street}, {h.town}", s.font, s.size)
    f.y += 8
    section(
        f,
        s,
        tr(lg, "Rider", "Reiter/in", "Cavalier"),
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), rider.name),
            (
                tr(lg, "Membership no.", "FN-Nr. / Reitausweis", "N° licence FFE"),
                serial(rng, "99999999"),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{rider.street}, {rider.town}"),
            (tr(lg, "Mobile", "Mobil", "Portable"), rider.phone),
        ],
    )
    section(
        f,
        s,
        tr(lg, "Horse / pony", "Pferd", "Cheval / poney"),
        [
            (tr(lg, "Name", "Name", "Nom"), hr.name),
            (tr(lg, "Passport / UELN", "Lebensnummer", "N° SIRE"), hr.ueln),
            (
                tr(lg, "Age / sex / colour", "Alter / Geschl. / Farbe", "Âge / sexe / robe"),
                f"{age(hr, when)} / {hr.sex} / {hr.colour}",
            ),
            (tr(lg, "Owner", "Besitzer", "Propriétaire"), hr.owner.name),
        ],
    )
    f.y = band(f.page, s, f.y + 8, tr(lg, "Classes", "Prüfungen", "Épreuves"))
    f.y += 10
    cols = columns(m, w - m, [(0.6, "center"), (0.6, "left"), (4, "left"), (1, "right")])
    picked = set(rng.sample(range(len(CLASSES[lg])), rng.randint(1, 3)))
    total = 0.0
    for k, (cls, fee) in enumerate(CLASSES[lg]):
        box(f.page, cols[0][0] + 6, f.y, k in picked, 8)
        f.page.text(cols[1][0], f.y, str(k + 1), s.font, 8.5)
        f.page.text(cols[2][0], f.y, cls, s.font, 8.5)
        f.page.text(cols[3][1], f.y, cash(fee, lg), s.font, 8.5, "right")
        total += fee if k in picked else 0
        f.y += 13
    f.y += 4
    f.page.text(
        cols[2][0],
        f.y,
        tr(
            lg,
            "Stable / day ticket / late entry",
            "Boxenmiete / Nachnenngeld",
            "Box / engagement tardif",
        ),
        s.font,
        8.5,
    )
    extra = rng.choice([0, 0, 25, 35]) if lg != "en" else rng.choice([0, 0, 5])
    hand(f.page, cols[3][1] - 40, f.y, money(extra, lg) if extra else "-", 9)
    f.y += 15
    f.page.text(cols[2][0], f.y, tr(lg, "TOTAL ENCLOSED", "GESAMT", "TOTAL"), s.bold, 9)
    hand(f.page, cols[3][1] - 40, f.y, money(total + extra, lg), 9.5)
    f.y += 10
    f.y = band(f.page, s, f.y + 8, tr(lg, "Payment", "Zahlung", "Règlement"))
    tick_row(
        f,
        s,
        [
            tr(lg, "BACS", "Überweisung", "Virement"),
            tr(lg, "Cheque", "Lastschrift", "Chèque"),
            tr(lg, "On the day", "Bar vor Ort", "Sur place"),
        ],
        {rng.randrange(3)},
    )
    f.y = band(f.page, s, f.y + 8, tr(lg, "Declaration", "Erklärung", "Déclaration"))
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "I confirm the horse is vaccinated against equine influenza in accordance with the "
            "rules and that I hold third party liability insurance. I ride at my own risk.",
            "Ich bestätige, dass das Pferd gemäß LPO gegen Influenza geimpft ist und eine "
            "Tierhalterhaftpflichtversicherung besteht. Die Teilnahme erfolgt auf eigene Gefahr.",
            "Je certifie que le cheval est à jour de ses vaccinations et que je suis titulaire "
            "d'une licence fédérale en cours de validité.",
        ),
        s.size - 0.5,
    )
    f.need(60)
    f.y += 18
    scrawl(f.page, m + 4, f.y, rider.name)
    f.page.line(m, f.y + 4, m + 190, f.y + 4)
    hand(f.page, w - m - 110, f.y, short(d, lg))
    f.page.line(w - m - 120, f.y + 4, w - m, f.y + 4)
    f.y += 22
    if f.y < hh - m - 60:
        f.page.rect(w - m - 170, f.y, 170, 40)
        f.page.text(
            w - m - 166,
            f.y + 10,
            tr(lg, "Office use only", "Vermerke Meldestelle", "Réservé au secrétariat"),
            s.font,
            6.5,
        )
        if rng.random() < 0.5:
            hand(f.page, w - m - 160, f.y + 28, f"No {rng.randint(1, 240)}", 9)
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.4:
        p = Page(A4)
        ox, oy = rng.uniform(40, 80), rng.uniform(50, 120)
        p.rect(ox - 4, oy - 4, A5[0] + 8, A5[1] + 8, fill=0.78)
        p.rect(ox, oy, A5[0], A5[1], fill=1.0)
        p.rect(ox, oy, A5[0], A5[1])
        pio = head_of(who, "pio")
        passport_page(rng, p, ox, oy, A5[0], A5[1], pio, hr, "vacc", rng.randint(8, 14))
        pages.append(p)
    remember(hr, when)
    return pages


def tpl_result_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The organiser's printed results of a show: per class the placings with rider, horse,
    faults and time or dressage percentages, from the show software; one to three classes,
    some starting a new page."""
    h = head_of(who, "organiser", abroad=0.15)
    lg = h.lang
    name, when = show(who, h)
    hr = pick_horse(rng, ("entry_form",))
    dressage_first = rng.random() < 0.4
    size = landscape(A4) if dressage_first and rng.random() < 0.6 else A4
    s = style_of(h, size, margin=40, pt=8.5)
    w, _ = size
    m = s.margin
    clock = f"{rng.randint(12, 19)}:{rng.randint(10, 59)}"
    printed = f"{tr(lg, 'Printed', 'Gedruckt', 'Édité le')} {short(when, lg)} {clock}"
    f = sheets(s, h, f"{name} - {short(when, lg)} - {tr(lg, 'Results', 'Ergebnisse', 'Résultats')}")
    caption(f, s, f"{name} - {tr(lg, 'RESULTS', 'ERGEBNISLISTE', 'RÉSULTATS')}", 2)
    f.page.text(m, f.y, f"{day(h, when)} - {h.name}", s.font, s.size)
    f.y += 18
    classes = rng.sample(CLASSES[lg], rng.randint(1, 3))
    for k, (cls, _fee) in enumerate(classes):
        if k > 0 and rng.random() < 0.5:
            f.new_page()
        dressage = "ressu" in cls or "ressage" in cls or "Intro" in cls or "Prelim" in cls
        f.heading(
            m,
            f"{tr(lg, 'Class', 'Prüfung', 'Épreuve')} {rng.randint(1, 14)} - {cls}",
            s.bold,
            s.size + 2,
        )
        n = rng.randint(5, 24)
        entrants = [(a_person(rng, lg).name, a_horse_name(rng, lg)) for _ in range(n)]
        for x in rng.sample(HORSES, min(len(HORSES), rng.choice([0, 1, 1, 2]))):
            entrants[rng.randrange(n)] = (x.owner.name, x.name)
        if rng.random() < 0.8:
            entrants[rng.randrange(n)] = (hr.owner.name, hr.name)
        rows = []
        if dressage:
            scores = sorted((rng.uniform(58, 74) for _ in range(n)), reverse=True)
            for pl, ((rid, hn), sc) in enumerate(zip(entrants, scores, strict=True), 1):
                rows.append(
                    [
                        str(pl),
                        rid,
                        hn,
                        f"{sc + rng.uniform(-1.5, 1.5):.2f}",
                        f"{sc + rng.uniform(-1.5, 1.5):.2f}",
                        f"{sc:.2f} %",
                    ]
                )
            head = [
                tr(lg, "Pl.", "Pl.", "Cl."),
                tr(lg, "Rider", "Reiter", "Cavalier"),
                tr(lg, "Horse", "Pferd", "Cheval"),
                "E",
                "C",
                tr(lg, "Total", "Ergebnis", "Moyenne"),
            ]
            spec = [
                (0.5, "center"),
                (3, "left"),
                (3, "left"),
                (1, "right"),
                (1, "right"),
                (1.2, "right"),
            ]
        else:
            prize = rng.choice([0, 40, 60, 100])
            paid_to = min(n, rng.randint(3, 6)) if prize else 0
            res = sorted(
                (rng.choice([0, 0, 0, 4, 4, 8, 12]), rng.uniform(28, 62)) for _ in range(n)
            )
            for pl, ((rid, hn), (flt, t)) in enumerate(zip(entrants, res, strict=True), 1):
                rows.append(
                    [
                        str(pl),
                        rid,
                        hn,
                        str(flt),
                        f"{t:.2f}",
                        cash(prize * (0.5 ** (pl - 1)) // 1, lg) if pl <= paid_to else "",
                    ]
                )
            head = [
                tr(lg, "Pl.", "Pl.", "Cl."),
                tr(lg, "Rider", "Reiter", "Cavalier"),
                tr(lg, "Horse", "Pferd", "Cheval"),
                tr(lg, "Faults", "Fehler", "Pén."),
                tr(lg, "Time", "Zeit", "Temps"),
                tr(lg, "Prize", "Geldpreis", "Gains"),
            ]
            spec = [
                (0.5, "center"),
                (3, "left"),
                (3, "left"),
                (0.9, "right"),
                (1, "right"),
                (1.1, "right"),
            ]
        table(f, columns(m, w - m, spec), head, rows, s, rules=rng.random() < 0.4, step=1.5)
        f.y += 8
    pages = f.pages
    for p in pages:
        pw, ph = p.size
        p.text(pw - m, ph - 22, printed, s.font, 6.5, "right")
    remember(hr, when)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            {
                "en": ["Page {i} of {n}", "none"],
                "de": ["Seite {i}/{n}", "{i}/{n}", "Seite {i}", "none"],
                "fr": ["Page {i}/{n}", "{i}/{n}", "none"],
            }[lg]
        ),
    )


COVERS = {
    "en": [
        ("Mortality, theft and straying", "market value"),
        ("Veterinary fees (per incident)", "5,000"),
        ("Permanent loss of use", "75% of sum insured"),
        ("Public liability", "3,000,000"),
        ("Personal accident (rider)", "10,000"),
        ("Saddlery and tack", "1,500"),
        ("Emergency transport", "500"),
    ],
    "de": [
        ("Tierhalterhaftpflicht (pauschal)", "10.000.000"),
        ("Mietsachschäden an Boxen", "500.000"),
        ("Fremdreiterrisiko", "eingeschlossen"),
        ("OP-Kosten (je Schadenfall)", "6.000"),
        ("Selbstbeteiligung OP", "500"),
        ("Reitbeteiligung", "eingeschlossen"),
        ("Flurschäden", "eingeschlossen"),
    ],
    "fr": [
        ("Responsabilité civile propriétaire", "4 500 000"),
        ("Mortalité / vol", "valeur déclarée"),
        ("Frais vétérinaires chirurgicaux", "3 000"),
        ("Franchise", "150"),
        ("Assistance rapatriement", "incluse"),
        ("Individuelle accident cavalier", "15 000"),
        ("Sellerie", "1 000"),
    ],
}


def tpl_insurance_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's certificate (Versicherungsschein, attestation) for a horse or for the yard:
    policy, period, the horse schedule and the covers with limits; sometimes a covering renewal
    letter before it, endorsements and one or two pages of policy wording behind (one
    document)."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    hr = pick_horse(rng, ("livery_contract",))
    d = pick_day(rng, ("livery_contract",), (0, 10))
    yard_cover = LAST["kind"] != "livery_contract" and rng.random() < 0.3
    insured = yard_lines(lg) if yard_cover else owner_lines(hr.owner, lg)
    pol = serial(rng, rng.choice(["EQ/999999/99", "99 999 999-9", "HV-9999999"]))
    start = d.replace(day=1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    pages: list[Page] = []
    if rng.random() < 0.3:
        c = sheets(s, h)
        recipient(c, s, h, insured, d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)])
        c.page.text(
            m,
            c.y,
            tr(
                lg,
                "Your renewal documents",
                "Ihre Versicherungsunterlagen",
                "Votre attestation d'assurance",
            ),
            s.bold,
            s.size + 1,
        )
        c.y += 20
        write(c, s, dear(lg, insured[0] if not yard_cover else None))
        for _ in range(rng.randint(2, 3)):
            write(c, s, prose(rng, lg, "insure", 2, 3))
        regards(
            c,
            s,
            lg,
            staff(h, "uw"),
            tr(lg, "Customer Services", "Kundenservice", "Service clients"),
        )
        pages.extend(close(c.pages, s, h))
    f = sheets(s, h, f"{tr(lg, 'Policy', 'Vertrag', 'Contrat')} {pol}")
    title = tr(lg, "CERTIFICATE OF INSURANCE", "VERSICHERUNGSSCHEIN", "ATTESTATION D'ASSURANCE")
    f.page.rect(m, f.y - 12, w - 2 * m, 20, fill=0.85)
    f.page.text(w / 2, f.y + 2, title, s.bold, s.size + 4, "center")
    f.y += 24
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), insured[0]),
                (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(insured[1:])),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période de garantie"),
                    f"{short(start, lg)} - {short(end, lg)}",
                ),
                (
                    tr(lg, "Product", "Tarif", "Formule"),
                    rng.choice(
                        [
                            tr(
                                lg,
                                "Horse & Rider Plus",
                                "Pferdehaftpflicht Premium",
                                "Équi Sérénité",
                            ),
                            tr(
                                lg,
                                "Riding Establishment Liability",
                                "Betriebshaftpflicht Reitbetrieb",
                                "RC Centre équestre",
                            ),
                        ]
                        if yard_cover
                        else [
                            tr(
                                lg,
                                "Horse & Rider Plus",
                                "Pferdehaftpflicht Premium",
                                "Équi Sérénité",
                            )
                        ]
                    ),
                ),
            ],
            w - m,
        )
        + 10
    )
    f.y = band(f.page, s, f.y, tr(lg, "Horse(s) insured", "Versicherte Tiere", "Équidés assurés"))
    f.y += 12
    horses = rng.sample(HORSES, min(len(HORSES), rng.randint(3, 8))) if yard_cover else [hr]
    table(
        f,
        columns(
            m, w - m, [(2.2, "left"), (2.2, "left"), (0.8, "right"), (2, "left"), (1.2, "right")]
        ),
        [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Breed", "Rasse", "Race"),
            tr(lg, "Age", "Alter", "Âge"),
            "UELN",
            tr(lg, "Sum insured", "Wert", "Valeur"),
        ],
        [
            [
                x.name,
                x.breed,
                str(age(x, d)),
                x.ueln,
                cash(rng.choice([2500, 4000, 6500, 9000, 15000]), lg),
            ]
            for x in horses
        ],
        s,
        rules=True,
    )
    f.y = band(f.page, s, f.y + 8, tr(lg, "Cover", "Deckungsumfang", "Garanties"))
    f.y += 12
    table(
        f,
        columns(m, w - m, [(4, "left"), (2, "right")]),
        [
            tr(lg, "Section", "Leistung", "Garantie"),
            tr(lg, "Limit (GBP)", "Summe (EUR)", "Plafond (EUR)"),
        ],
        [list(c) for c in rng.sample(COVERS[lg], rng.randint(3, len(COVERS[lg])))],
        s,
    )
    f.y += 6
    write(f, s, prose(rng, lg, "insure", 1, 2), s.size - 1)
    f.need(60)
    f.y += 20
    scrawl(f.page, m + 4, f.y, staff(h, "sign"))
    f.page.text(
        m, f.y + 14, tr(lg, "Authorised signatory", "Der Vorstand", "Pour l'assureur"), s.font, 7.5
    )
    pages.extend(close(f.pages, s, h, covers=0))
    if rng.random() < 0.5:
        heads = {
            "en": [
                "Definitions",
                "Exclusions",
                "Claims conditions",
                "Cancellation",
                "Complaints",
                "Veterinary fees",
                "Loss of use",
                "Theft and straying",
                "General conditions",
            ],
            "de": [
                "Gegenstand der Versicherung",
                "Ausschlüsse",
                "Obliegenheiten",
                "Prämie",
                "Kündigung",
                "Schadenfall",
                "Mitversicherte Personen",
                "Beschwerden",
            ],
            "fr": [
                "Définitions",
                "Exclusions",
                "Déclaration de sinistre",
                "Cotisation",
                "Résiliation",
                "Frais vétérinaires",
                "Réclamations",
                "Prescription",
            ],
        }[lg]
        for _ in range(rng.choice([1, 1, 2])):
            pages.append(
                two_col_terms(
                    rng,
                    s,
                    h,
                    tr(
                        lg,
                        "Policy wording (extract)",
                        "Allgemeine Versicherungsbedingungen",
                        "Conditions générales (extrait)",
                    ),
                    rng.sample(heads, len(heads)),
                    "insure",
                )
            )
    received(rng, pages[0], home(), d, 0.2)
    remember(hr, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates RR: building, buying and moving horses
# ---------------------------------------------------------------------------------------------

SPEC = {
    "en": [
        ("Strip topsoil and excavate to formation, spoil spread on site", "m2"),
        ("Herringbone land drains 80 mm in 20 mm clean stone", "m"),
        ("Main carrier drain 110 mm to outfall", "m"),
        ("Geotextile membrane to formation", "m2"),
        ("Type 1 stone base 150 mm, laser levelled and compacted", "m2"),
        ("Porous separation membrane", "m2"),
        ("Silica sand and fibre surface 100 mm", "m2"),
        ("Treated timber kickboards 1.2 m with post and rail", "m"),
        ("Double gate 3.6 m with latch", "nr"),
        ("Dressage letters, set of 12", "set"),
    ],
    "de": [
        ("Oberboden abschieben und seitlich lagern", "m2"),
        ("Drainage DN 65 im Fischgrätsystem, Kiesummantelung", "m"),
        ("Sammler DN 100 zum Vorfluter", "m"),
        ("Trennvlies GRK 3 verlegen", "m2"),
        ("Tragschicht Schotter 0/32, 15 cm, lasergesteuert verdichtet", "m2"),
        ("Trennschicht Vlies/Gitter", "m2"),
        ("Tretschicht Quarzsand mit Vlieshäcksel, 8 cm", "m2"),
        ("Holzbande 1,2 m, kesseldruckimprägniert", "m"),
        ("Tor zweiflügelig 3,6 m", "Stk"),
        ("Dressurbuchstaben (Satz)", "Satz"),
    ],
    "fr": [
        ("Décapage de la terre végétale, régalage sur site", "m2"),
        ("Drains en arête de poisson Ø 80 sous gravier", "ml"),
        ("Collecteur Ø 110 vers exutoire", "ml"),
        ("Géotextile anticontaminant", "m2"),
        ("Couche de fondation grave 0/31,5 ép. 15 cm, réglage laser", "m2"),
        ("Géotextile de séparation", "m2"),
        ("Sol sable siliceux fibré ép. 10 cm", "m2"),
        ("Pare-bottes bois 1,20 m", "ml"),
        ("Portail double 3,60 m", "u"),
        ("Lettres de dressage (jeu)", "jeu"),
    ],
}


def arena_plan(rng: random.Random, h: Head, aw: int, al: int, ref: str) -> Page:
    """The arena plan on landscape A4: outline, herringbone drains, outfall, gate, letters,
    dimensions and a title block."""
    lg = h.lang
    size = landscape(A4)
    w, hh = size
    p = Page(size)
    p.rect(20, 20, w - 40, hh - 40)
    sc = min((w - 200) / al, (hh - 200) / aw)
    x0, y0 = 70.0, 80.0
    L, W = al * sc, aw * sc
    p.rect(x0, y0, L, W)
    p.rect(x0 - 6, y0 - 6, L + 12, W + 12)
    p.line(x0, y0 + W / 2, x0 + L, y0 + W / 2)
    step = 5 * sc
    k = x0 + step
    while k < x0 + L - 2:
        p.line(k, y0 + W / 2, k - step, y0 + 4)
        p.line(k, y0 + W / 2, k - step, y0 + W - 4)
        k += step
    p.line(x0 + L, y0 + W / 2, x0 + L + 60, y0 + W / 2)
    p.text(
        x0 + L + 8,
        y0 + W / 2 - 4,
        tr(lg, "to outfall", "zum Vorfluter", "vers exutoire"),
        "Helvetica",
        7,
    )
    letters = "A K E H C M B F" if al <= 40 else "A K V E S H C M R B P F"
    ls = letters.split()
    half = (len(ls) - 2) // 2
    p.text(x0 - 16, y0 + W / 2 + 3, ls[0], "Helvetica-Bold", 9)
    p.text(x0 + L + 10, y0 + W / 2 + 14, ls[half + 1], "Helvetica-Bold", 9)
    for j in range(half):
        xx = x0 + L * (j + 1) / (half + 1)
        p.text(xx, y0 + W + 20, ls[1 + j], "Helvetica-Bold", 9, "center")
        p.text(xx, y0 - 12, ls[-1 - j], "Helvetica-Bold", 9, "center")
    p.line(x0, y0 + W + 34, x0 + L, y0 + W + 34)
    p.text(x0 + L / 2, y0 + W + 46, f"{al}.00 m", "Helvetica", 8, "center")
    p.line(x0 - 30, y0, x0 - 30, y0 + W)
    p.text(x0 - 46, y0 + W / 2 + 16, f"{aw}.00 m", "Helvetica", 8)
    p.rect(x0 + rng.uniform(0.1, 0.7) * L, y0 + W - 2, 3.6 * sc, 4, fill=0.0)
    p.text(
        x0 + 10,
        y0 + W + 64,
        tr(
            lg,
            "Falls 1:200 to the long side. Not to scale.",
            "Gefälle 0,5 % zur Längsseite. Unmaßstäblich.",
            "Pente 0,5 % vers le grand côté. Sans échelle.",
        ),
        "Helvetica",
        7,
    )
    bx, by = w - 250, hh - 110
    p.rect(bx, by, 230, 90)
    p.line(bx, by + 30, bx + 230, by + 30)
    p.text(bx + 6, by + 20, fit(h.name, "Helvetica-Bold", 9, 218), "Helvetica-Bold", 9)
    p.text(
        bx + 6,
        by + 44,
        fit(
            tr(
                lg,
                f"Arena {al} x {aw} m - plan and drainage",
                f"Reitplatz {al} x {aw} m - Lageplan Drainage",
                f"Carrière {al} x {aw} m - plan de drainage",
            ),
            "Helvetica",
            7.5,
            218,
        ),
        "Helvetica",
        7.5,
    )
    p.text(bx + 6, by + 58, fit(yard_head().name, "Helvetica", 7, 218), "Helvetica", 7)
    p.text(
        bx + 6,
        by + 76,
        f"{tr(lg, 'Dwg', 'Plan-Nr.', 'Plan n°')} {ref}-01   Rev {rng.choice('ABC')}",
        "Helvetica",
        7,
    )
    return p


def tpl_arena_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """An arena contractor's quotation: the covering letter, the specification priced item by
    item, the arena plan on landscape A4, now and then a cross-section page and the terms
    (all one document)."""
    h = head_of(who, "arena")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    al, aw = rng.choice([(40, 20), (60, 20), (50, 25), (45, 25)])
    ref = serial(rng, "Q9999")
    f = sheets(s, h, f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {ref}")
    recipient(
        f,
        s,
        h,
        yard_lines(lg, staff(yard_head(), "boss")),
        d,
        [(tr(lg, "Our ref", "Angebot Nr.", "Devis n°"), ref)],
    )
    received(rng, f.page, home(), d, 0.3)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Quotation - new {al} x {aw} m arena",
            f"Angebot - Neubau Reitplatz {al} x {aw} m",
            f"Devis - création d'une carrière {al} x {aw} m",
        ),
        s.bold,
        s.size + 1,
    )
    f.y += 20
    write(f, s, dear(lg, None))
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "build", 2, 4))
    regards(
        f, s, lg, staff(h, "est"), tr(lg, "Contracts Manager", "Bauleitung", "Chargé d'affaires")
    )
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Specification and prices", "Leistungsverzeichnis", "Descriptif et quantitatif"),
        2,
    )
    area = al * aw
    rows = []
    net = 0.0
    for k, (desc, unit) in enumerate(SPEC[lg], 1):
        q = {
            "m2": area,
            "m": (al + aw) * 2
            if "kick" in desc or "bande" in desc.lower() or "pare" in desc.lower()
            else al * 3,
            "ml": al * 3,
        }.get(unit, 1)
        if ("Holz" in desc or "bois" in desc or "timber" in desc) and unit in ("m", "ml"):
            q = (al + aw) * 2
        rate = {"m2": rng.uniform(2.5, 14), "m": rng.uniform(8, 40), "ml": rng.uniform(8, 40)}.get(
            unit, rng.uniform(300, 1500)
        )
        rows.append([str(k), desc, f"{q:g}", unit, money(rate, lg), money(q * rate, lg)])
        net += q * rate
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (4.2, "left"),
                (0.8, "right"),
                (0.6, "left"),
                (0.9, "right"),
                (1.3, "right"),
            ],
        ),
        [
            tr(lg, "Item", "Pos.", "Poste"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U"),
            tr(lg, "Rate", "EP", "PU"),
            tr(lg, "Total", "GP", "Total"),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=2.0,
    )
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 19.0, "fr": 20.0}[lg])
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "This quotation is valid for 60 days. Access for 20 t plant is assumed.",
            "Bindefrist 6 Wochen. Zufahrt für LKW bis 40 t wird vorausgesetzt.",
            "Devis valable 2 mois. Accès engins supposé dégagé.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    pages.append(arena_plan(rng, h, aw, al, ref))
    if rng.random() < 0.45:
        p = Page(A4)
        p.text(
            m,
            m,
            tr(lg, "Typical cross-section", "Regelquerschnitt", "Coupe type"),
            "Helvetica-Bold",
            12,
        )
        y = m + 60
        layers = [
            (tr(lg, "Sand and fibre 100 mm", "Tretschicht 8 cm", "Sable fibré 10 cm"), 0.85, 26),
            (tr(lg, "Membrane", "Trennvlies", "Géotextile"), 0.3, 4),
            (tr(lg, "Type 1 stone 150 mm", "Schotter 0/32, 15 cm", "Grave 15 cm"), 0.6, 40),
            (tr(lg, "Geotextile", "Vlies GRK 3", "Géotextile"), 0.3, 4),
            (tr(lg, "Subsoil", "Anstehender Boden", "Terrain naturel"), 0.75, 60),
        ]
        for t, g, th in layers:
            p.rect(m + 20, y, w - 2 * m - 160, th, fill=g)
            p.line(w - m - 140, y + th / 2, w - m - 120, y + th / 2)
            p.text(w - m - 116, y + th / 2 + 3, fit(t, "Helvetica", 7, 110), "Helvetica", 7)
            y += th
        p.rect(m + 80, y - 80, 18, 18, fill=0.15)
        p.text(m + 104, y - 68, tr(lg, "drain 80 mm", "Drän DN 65", "drain Ø 80"), "Helvetica", 7)
        pages.append(p)
    if rng.random() < 0.4:
        heads = {
            "en": [
                "Quotation",
                "Payment",
                "Ground conditions",
                "Programme",
                "Variations",
                "Surface settlement",
                "Guarantee",
            ],
            "de": [
                "Geltung",
                "Zahlung",
                "Baugrund",
                "Ausführungszeit",
                "Nachträge",
                "Gewährleistung",
                "Abnahme",
            ],
            "fr": [
                "Validité",
                "Paiement",
                "Nature du sol",
                "Délais",
                "Travaux supplémentaires",
                "Garantie",
                "Réception",
            ],
        }[lg]
        pages.append(
            two_col_terms(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                heads,
                "build",
            )
        )
    remember(None, d)
    return pages


def tpl_sale_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A horse sale contract (Pferdekaufvertrag, contrat de vente d'équidé) from a dealer or a
    private seller: parties, the horse, price, warranties, trial and vetting clauses, signatures
    over two or three pages; sometimes the handover record with ticks behind it (one
    document)."""
    h = head_of(who, "seller")
    lg = h.lang
    private = keyed(who, "private").random() < 0.35
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    hr = a_horse(rng, lg, rng.choice(RIDERS)) if rng.random() < 0.6 else pick_horse(rng)
    seller = a_person(rng, lg) if private else None
    seller_name = seller.name if seller else h.name
    buyer = hr.owner
    title = tr(
        lg, "AGREEMENT FOR THE SALE OF A HORSE", "PFERDEKAUFVERTRAG", "CONTRAT DE VENTE D'ÉQUIDÉ"
    )
    f = sheets(s, h, f"{title} - {hr.name}", top=not private)
    if private:
        f.y = m + 10
    f.page.text(w / 2, f.y, title, s.bold, s.size + 4, "center")
    f.y += 24
    for lab, lines in [
        (
            tr(lg, "Seller", "Verkäufer", "Vendeur"),
            [seller_name, f"{seller.street}, {seller.town}" if seller else f"{h.street}, {h.town}"],
        ),
        (tr(lg, "Buyer", "Käufer", "Acheteur"), [buyer.name, f"{buyer.street}, {buyer.town}"]),
    ]:
        f.page.text(m, f.y, lab + ":", s.bold, s.size)
        for ln in lines:
            f.page.text(m + 90, f.y, fit(ln, s.font, s.size, w - 2 * m - 90), s.font, s.size)
            f.y += s.size * 1.35
        f.y += 6
    f.heading(
        m,
        tr(lg, "1. The horse", "§ 1 Kaufgegenstand", "Article 1 - Désignation"),
        s.bold,
        s.size + 0.5,
    )
    f.y = (
        facts(
            f.page,
            s,
            m + 14,
            f.y,
            [
                (tr(lg, "Name", "Name", "Nom"), hr.name),
                (
                    tr(
                        lg,
                        "Breed / colour / sex",
                        "Rasse / Farbe / Geschlecht",
                        "Race / robe / sexe",
                    ),
                    f"{hr.breed} / {hr.colour} / {hr.sex}",
                ),
                (tr(lg, "Born", "Geboren", "Né(e) en"), str(hr.born)),
                (tr(lg, "Sire x dam sire", "Abstammung", "Origines"), f"{hr.sire} x {hr.dam_sire}"),
                ("UELN", hr.ueln),
                (tr(lg, "Microchip", "Transponder", "Transpondeur"), hr.chip),
            ],
            150,
        )
        + 6
    )
    price = rng.choice([3500, 4800, 6500, 8000, 12500, 18000, 25000])
    clauses = {
        "en": [
            "2. Price and payment",
            "3. Description and warranties",
            "4. Vices",
            "5. Trial and vetting",
            "6. Risk and property",
            "7. Insurance",
            "8. Whole agreement",
        ],
        "de": [
            "§ 2 Kaufpreis",
            "§ 3 Beschaffenheit",
            "§ 4 Gewährleistung",
            "§ 5 Ankaufsuntersuchung",
            "§ 6 Gefahrübergang",
            "§ 7 Eigentumsvorbehalt",
            "§ 8 Schlussbestimmungen",
        ],
        "fr": [
            "Article 2 - Prix",
            "Article 3 - Garanties",
            "Article 4 - Vices rédhibitoires",
            "Article 5 - Visite vétérinaire",
            "Article 6 - Transfert des risques",
            "Article 7 - Carte d'immatriculation",
            "Article 8 - Litiges",
        ],
    }[lg]
    for k, t in enumerate(clauses[: rng.randint(4, 7)]):
        f.heading(m, t, s.bold, s.size + 0.5)
        if k == 0:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The price is {cash(price, lg)}, of which a deposit of "
                    f"{cash(price // 10, lg)} "
                    "has been paid. The balance is due on collection.",
                    f"Der Kaufpreis beträgt {cash(price, lg)} inkl. gesetzlicher MwSt. und ist bei "
                    "Übergabe in bar oder per Überweisung zu zahlen.",
                    f"Le prix est fixé à {cash(price, lg)} TTC, payable à la livraison.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, "sale", 1, 3))
    f.need(110)
    f.y += 10
    place = (seller.town if seller else h.town).split(" ", 1)[-1]
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Signed at', 'Ort, Datum', 'Fait à')} {place}, {short(d, lg)}",
        s.font,
        s.size,
    )
    f.y += 36
    for k, nm in enumerate([seller.name if seller else staff(h, "dealer"), buyer.name]):
        x = m + k * (w - 2 * m) / 2
        scrawl(f.page, x + 4, f.y, nm)
        f.page.line(x, f.y + 4, x + 180, f.y + 4)
        f.page.text(
            x,
            f.y + 14,
            tr(
                lg,
                ["Seller", "Buyer"][k],
                ["Verkäufer", "Käufer"][k],
                ["Le vendeur", "L'acheteur"][k],
            ),
            s.font,
            7.5,
        )
    f.y += 30
    if lg == "en" and rng.random() < 0.5:
        f.page.text(m, f.y, "Witness:", s.font, 7.5)
        scrawl(f.page, m + 50, f.y, a_person(rng, lg).name, 11)
    pages = close(f.pages, s, h, numbers=rng.choice(["none", "{i}/{n}", h.numbers]))
    if rng.random() < 0.4:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(lg, "Handover record", "Übergabeprotokoll", "Procès-verbal de livraison"),
            3,
            rule=True,
        )
        g.page.text(
            m,
            g.y,
            f"{hr.name} - {hr.ueln} - {short(d + timedelta(days=rng.randint(0, 10)), lg)}",
            s.font,
            s.size,
        )
        g.y += 16
        for t in [
            tr(
                lg,
                "Passport handed over",
                "Equidenpass übergeben",
                "Document d'identification remis",
            ),
            tr(lg, "Vaccinations up to date", "Impfungen aktuell", "Vaccinations à jour"),
            tr(lg, "Headcollar and rope", "Halfter und Strick", "Licol et longe"),
            tr(lg, "Rugs (2)", "Decken (2)", "Couvertures (2)"),
            tr(lg, "Saddle and bridle included", "Sattel und Trense", "Selle et filet"),
            tr(
                lg,
                "Last wormed / farrier dates given",
                "Letzte Wurmkur / Schmied mitgeteilt",
                "Dates vermifuge / maréchal",
            ),
            tr(lg, "Balance paid", "Restkaufpreis erhalten", "Solde réglé"),
        ]:
            g.need(16)
            box(g.page, m, g.y, rng.random() < 0.8, 8)
            g.page.text(m + 14, g.y, t, s.font, s.size)
            g.y += 16
        g.y += 10
        ruled_hand(
            g.page,
            m,
            g.y,
            w - 2 * m,
            [words(rng, lg, "yard", 6) if rng.random() < 0.5 else "", "", ""],
        )
        g.y += 70
        scrawl(g.page, m + 4, g.y, seller_name if seller else staff(h, "dealer"))
        scrawl(g.page, w / 2 + 4, g.y, buyer.name)
        pages.extend(close(g.pages, s, h, numbers="none"))
    if rng.random() < 0.2:
        p = Page(A4)
        p.text(
            m,
            m,
            tr(
                lg,
                f"Photographs - {hr.name}",
                f"Anlage: Fotos - {hr.name}",
                f"Annexe : photos - {hr.name}",
            ),
            s.bold,
            11,
        )
        ph = (A4[1] - 2 * m - 60) / 2
        for k, lab in enumerate(
            [
                tr(lg, "Left side", "Linke Seite", "Profil gauche"),
                tr(lg, "Right side", "Rechte Seite", "Profil droit"),
            ]
        ):
            y = m + 20 + k * (ph + 20)
            photo(p, m, y, w - 2 * m, ph - 10, rng)
            p.text(m, y + ph + 2, lab, s.font, 8)
        pages.append(p)
    remember(hr, d)
    return pages


STAGES = {
    "en": [
        "Stage 1 - Preliminary examination",
        "Stage 2 - Walk and trot in hand, flexion tests",
        "Stage 3 - Strenuous exercise",
        "Stage 4 - Period of rest and re-examination",
        "Stage 5 - Second trot and foot examination",
    ],
    "de": [
        "Klinische Untersuchung in Ruhe",
        "Bewegung an der Hand, Beugeproben",
        "Longieren auf hartem und weichem Boden",
        "Untersuchung unter dem Reiter",
        "Nachuntersuchung, Hufe",
    ],
    "fr": [
        "Examen clinique général au repos",
        "Examen locomoteur en main, tests de flexion",
        "Examen à la longe, sol dur et sol souple",
        "Examen monté et auscultation à l'effort",
        "Examen des pieds, pince à sonder",
    ],
}


def tpl_vetting_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A pre-purchase examination certificate on behalf of the buyer (five-stage vetting,
    Ankaufsuntersuchung, visite d'achat): particulars, findings stage by stage, the German
    radiograph classes, the opinion and signature over two to four pages (one document)."""
    h = head_of(who, "vet")
    if keyed(who, "othervet").random() < 0.5:
        h = make_head(keyed(who, "v2").choice(SENDERS["vet"][home()]), home(), "vet")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    hr = pick_horse(rng, ("sale_contract",))
    d = pick_day(rng, ("sale_contract",), (-6, 2))
    title = tr(
        lg,
        "Certificate of Pre-Purchase Examination of a Horse",
        "Protokoll Ankaufsuntersuchung (AKU)",
        "Compte rendu de visite d'achat",
    )
    f = sheets(s, h, f"{title} - {hr.name}")
    caption(f, s, title, 3, rule=True)
    section(
        f,
        s,
        tr(lg, "Particulars", "Angaben", "Renseignements"),
        [
            (tr(lg, "Purchaser", "Auftraggeber (Käufer)", "Acheteur"), hr.owner.name),
            (tr(lg, "Vendor", "Verkäufer", "Vendeur"), head_of(who, "seller").name),
            (
                tr(lg, "Place of examination", "Untersuchungsort", "Lieu"),
                head_of(who, "seller").town,
            ),
            (
                tr(lg, "Date and time", "Datum, Uhrzeit", "Date, heure"),
                f"{short(d, lg)} {rng.randint(8, 16)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
        ],
        hand_=rng.random() < 0.5,
    )
    section(
        f,
        s,
        tr(lg, "The horse", "Pferd", "Le cheval"),
        [
            (tr(lg, "Name", "Name", "Nom"), hr.name),
            ("UELN", hr.ueln),
            (tr(lg, "Breed", "Rasse", "Race"), hr.breed),
            (
                tr(lg, "Colour / sex", "Farbe / Geschlecht", "Robe / sexe"),
                f"{hr.colour} / {hr.sex}",
            ),
            (
                tr(lg, "Age / height", "Alter / Stockmaß", "Âge / taille"),
                f"{age(hr, d)} / {hr.height}",
            ),
            (tr(lg, "Microchip (read)", "Transponder (gelesen)", "Transpondeur (lu)"), hr.chip),
            (tr(lg, "Markings", "Abzeichen", "Signalement"), hr.marks),
            (
                tr(lg, "Intended use", "Verwendungszweck", "Utilisation prévue"),
                rng.choice(
                    [
                        tr(lg, "Riding club / hacking", "Freizeit", "Loisir"),
                        tr(lg, "Show jumping", "Springsport", "CSO"),
                        tr(lg, "Dressage", "Dressur", "Dressage"),
                    ]
                ),
            ),
        ],
        per=2,
    )
    f.need(hh)
    f.heading(m, tr(lg, "Findings", "Befunde", "Constatations"), s.bold, s.size + 1.5)
    for st in STAGES[lg]:
        f.need(60)
        f.y = band(f.page, s, f.y + 6, st)
        f.y += 10
        for _ in range(rng.randint(1, 3)):
            t = (
                words(rng, lg, "vet", rng.randint(5, 11))
                if rng.random() < 0.6
                else tr(lg, "No abnormality detected.", "o.b.B.", "RAS.")
            )
            f.need(14)
            hand(f.page, m + 6, f.y, t, 9, w - 2 * m - 12)
            f.page.line(m, f.y + 4, w - m, f.y + 4)
            f.y += 15
    if lg == "de" or rng.random() < 0.3:
        f.need(200)
        f.heading(
            m,
            tr(lg, "Radiographs", "Röntgenbefund (Röntgenleitfaden 2018)", "Radiographies"),
            s.bold,
            s.size + 1,
        )
        regions = [
            "Zehe VL",
            "Zehe VR",
            "Strahlbein VL",
            "Strahlbein VR",
            "Fesselgelenk HL",
            "Fesselgelenk HR",
            "Sprunggelenk li.",
            "Sprunggelenk re.",
            "Kniegelenk li.",
            "Rücken (Dornfortsätze)",
        ]
        rows = [
            [
                r_,
                rng.choice(["I", "I", "I", "II", "II", "II-III", "III"]),
                words(rng, lg, "vet", 4)[:-1] if rng.random() < 0.3 else "",
            ]
            for r_ in (
                regions
                if lg == "de"
                else [
                    tr(lg, x, x, x)
                    for x in ["Fore feet", "Navicular bones", "Fetlocks", "Hocks", "Stifles"]
                ]
            )
        ]
        table(
            f,
            columns(m, w - m, [(2, "left"), (0.8, "center"), (3, "left")]),
            [
                tr(lg, "Region", "Region", "Région"),
                tr(lg, "Grade", "Klasse", "Classe"),
                tr(lg, "Comment", "Bemerkung", "Remarque"),
            ],
            rows,
            s,
            rules=True,
        )
    f.need(200)
    f.heading(m, tr(lg, "Opinion", "Zusammenfassung", "Conclusion"), s.bold, s.size + 1.5)
    write(f, s, prose(rng, lg, "vet", 2, 4))
    tick_row(
        f,
        s,
        [
            tr(
                lg,
                "Blood sample taken and retained",
                "Blutprobe entnommen",
                "Prise de sang conservée",
            ),
            tr(
                lg,
                "Vendor's declaration signed",
                "Erklärung des Verkäufers",
                "Déclaration du vendeur signée",
            ),
        ],
        {0} if rng.random() < 0.7 else {0, 1},
    )
    f.y += 30
    scrawl(
        f.page,
        m + 4,
        f.y,
        vet_name(h, "vetting").split(" BVSc")[0].replace("Dr. med. vet. ", "").replace("Dr ", ""),
    )
    f.page.text(m, f.y + 14, vet_name(h, "vetting"), s.bold, s.size)
    f.page.text(m, f.y + 26, f"{h.name}, {short(d, lg)}", s.font, s.size - 1)
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", h.numbers])
        if lg == "en"
        else rng.choice(["Seite {i} von {n}", "{i}/{n}", h.numbers])
        if lg == "de"
        else rng.choice(["Page {i}/{n}", h.numbers]),
    )
    if rng.random() < 0.25:
        pages.append(xray_sheet(rng, s, h, hr, d))
    remember(hr, d)
    return pages


def tpl_transport_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The horse transporter's invoice: the journey, kilometres, waiting time and tolls; now and
    then the animal transport document / journey log signed on delivery behind it (one
    document)."""
    h = head_of(who, "transport", abroad=0.1)
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.3 else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    hr = pick_horse(rng, ("sale_contract", "vetting_certificate", "result_sheet", "entry_form"))
    d = pick_day(rng, ("sale_contract", "vetting_certificate", "result_sheet"), (0, 12))
    no = serial(rng, rng.choice(["9999", "T-99999", "2025-999"]))
    cust = owner_lines(hr.owner, lg)
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(f, s, h, cust, d, [(tr(lg, "Invoice", "Rechnungs-Nr.", "Facture n°"), no)])
    received(rng, f.page, home(), d, 0.2)
    f.page.text(m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 4)
    f.y += 20
    here = yard_head().town.split(" ", 1)[-1] if lg == home() else yard_head().town
    there = rng.choice(
        [x.split(" ", 1)[-1] for x in TOWNS[lg]] + [head_of(who, "seller").town.split(" ", 1)[-1]]
    )
    km = rng.randint(30, 480)
    rate = {"en": 1.85, "de": 1.60, "fr": 1.50}[lg]
    rows = [
        [
            short(d, lg),
            tr(
                lg,
                f"Transport of {hr.name}: {there} - {here}",
                f"Transport {hr.name}: {there} - {here}",
                f"Transport de {hr.name} : {there} - {here}",
            ),
            f"{km} km",
            money(km * rate, lg),
        ]
    ]
    net = km * rate
    if rng.random() < 0.5:
        t = rng.choice([1, 1.5, 2, 3])
        rows.append(
            [
                short(d, lg),
                tr(lg, "Waiting time", "Wartezeit", "Temps d'attente"),
                f"{t:g} h",
                money(t * 25, lg),
            ]
        )
        net += t * 25
    if rng.random() < 0.4:
        v = rng.choice([12.5, 18.0, 24.6])
        rows.append([short(d, lg), tr(lg, "Ferry / tolls", "Maut", "Péages"), "", money(v, lg)])
        net += v
    if rng.random() < 0.3:
        rows.append(
            [
                short(d, lg),
                tr(lg, "Return journey empty", "Leerfahrt", "Retour à vide"),
                f"{km} km",
                money(km * rate * 0.5, lg),
            ]
        )
        net += km * rate * 0.5
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (4.5, "left"), (0.9, "right"), (1.2, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
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
        {"en": 20.0, "de": 19.0, "fr": 20.0}[lg] if rng.random() < 0.7 else 0.0,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Horses travel at owner's risk. Payment within 14 days.",
            "Transport auf Gefahr des Eigentümers. Zahlbar innerhalb 14 Tagen.",
            "Transport aux risques du propriétaire. Paiement à 30 jours.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.4:
        g = sheets(s, h, top=rng.random() < 0.4)
        caption(
            g,
            s,
            tr(
                lg,
                "Animal transport certificate / journey log",
                "Transportpapier / Fahrtenbuch",
                "Document de transport d'animaux",
            ),
            2,
            rule=True,
        )
        section(
            g,
            s,
            tr(lg, "Transporter", "Transportunternehmer", "Transporteur"),
            [
                (
                    tr(lg, "Authorisation no.", "Zulassungs-Nr.", "Autorisation n°"),
                    serial(keyed(who, "auth"), "AA/99/999999"),
                ),
                (
                    tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"),
                    serial(keyed(who, "reg"), "AA99 AAA" if lg == "en" else "AA-AA 999"),
                ),
                (tr(lg, "Driver", "Fahrer", "Conducteur"), staff(h, "driver")),
                (
                    tr(lg, "Certificate of competence", "Befähigungsnachweis", "CAPTAV n°"),
                    serial(keyed(who, "cap"), "999999"),
                ),
            ],
            hand_=False,
        )
        section(
            g,
            s,
            tr(lg, "Journey", "Fahrt", "Trajet"),
            [
                (tr(lg, "Place of departure", "Abfahrtsort", "Départ"), there),
                (
                    tr(lg, "Departure time", "Abfahrt", "Heure de départ"),
                    f"{rng.randint(5, 12)}:{rng.choice(['00', '20', '45'])}",
                ),
                (tr(lg, "Destination", "Bestimmungsort", "Destination"), here),
                (
                    tr(lg, "Arrival time", "Ankunft", "Heure d'arrivée"),
                    f"{rng.randint(13, 20)}:{rng.choice(['05', '30', '50'])}",
                ),
                (
                    tr(lg, "Animals", "Tiere", "Animaux"),
                    f"1 {tr(lg, 'horse', 'Pferd', 'équidé')} - {hr.ueln}",
                ),
                (
                    tr(lg, "Rest / water stops", "Pausen / Tränken", "Arrêts / abreuvement"),
                    rng.choice(["1", "2", "-"]),
                ),
            ],
        )
        g.y += 20
        for k, cap in enumerate(
            [
                tr(lg, "Consignor", "Absender", "Expéditeur"),
                tr(lg, "Consignee (received)", "Empfänger", "Destinataire"),
            ]
        ):
            x = m + k * (w - 2 * m) / 2
            g.page.text(x, g.y, cap, s.font, 8)
            scrawl(
                g.page,
                x + 4,
                g.y + 24,
                [
                    head_of(who, "seller").name.split()[0] + " " + a_person(rng, lg).last,
                    hr.owner.name,
                ][k],
                11,
            )
        pages.extend(close(g.pages, s, h, numbers="none"))
    remember(hr, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def noted(name: str, tpl: Template) -> Template:
    """``tpl`` writing down its kind, so that a companion can take up the same horse."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "livery_contract": tpl_livery_contract,
    "livery_invoice": tpl_livery_invoice,
    "vet_invoice": tpl_vet_invoice,
    "treatment_report": tpl_treatment_report,
    "farrier_invoice": tpl_farrier_invoice,
    "feed_delivery": tpl_feed_delivery,
    "hay_delivery": tpl_hay_delivery,
    "passport": tpl_passport,
    "entry_form": tpl_entry_form,
    "result_sheet": tpl_result_sheet,
    "insurance_certificate": tpl_insurance_certificate,
    "lesson_receipt": tpl_lesson_receipt,
    "waiver": tpl_waiver,
    "arena_quote": tpl_arena_quote,
    "manure_note": tpl_manure_note,
    "saddler_slip": tpl_saddler_slip,
    "sale_contract": tpl_sale_contract,
    "vetting_certificate": tpl_vetting_certificate,
    "transport_invoice": tpl_transport_invoice,
    "timesheet": tpl_timesheet,
}
TEMPLATES_RR: dict[str, Template] = {k: noted(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "livery_invoice",
    "farrier_invoice",
    "feed_delivery",
    "hay_delivery",
    "lesson_receipt",
    "waiver",
    "manure_note",
    "timesheet",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "sale_contract": "vetting_certificate",
    "vetting_certificate": "transport_invoice",
    "entry_form": "result_sheet",
    "treatment_report": "farrier_invoice",
    "livery_contract": "insurance_certificate",
    "waiver": "lesson_receipt",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_keg_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One yard's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.5) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The yard (country,
    name, horses and owners, riders, grooms, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    YARD["lang"] = lang
    YARD["row"] = r.randrange(len(YARDS[lang]))
    YARD["seed"] = r.getrandbits(24)
    YARD["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    owners = [a_person(r, lang) for _ in range(r.randint(4, 9))]
    HORSES[:] = [a_horse(r, lang, r.choice(owners)) for _ in range(r.randint(5, 12))]
    RIDERS[:] = [a_person(r, lang) for _ in range(r.randint(4, 10))]
    grooms = {
        f"{r.choice(FIRSTS[lang][r.random() < 0.7])} {r.choice(LASTS[lang])}"
        for _ in range(r.randint(3, 7))
    }
    GROOMS[:] = sorted(grooms)
    LAST.update(kind="", horse=None, day=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.45)
    return assemble_stream(
        rng, TEMPLATES_RR, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_keg_stream, "templates RR")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Spurtle part of the generated corpus: templates UUUUU, written blind for the next measurement.

A part of its own, ``spurtle``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
falconry and bird of prey centre open to visitors (in England, Germany or France; the owner, a
head falconer, two keepers and a shop and bookings assistant; flying displays, hawk walks,
owl encounters and experience days) feeds through its scanner in a month: the centre's own
booking confirmations for experiences (a printed e-mail or a letter, now and then with the
booking conditions on a second page); redeemed gift vouchers, the centre's own voucher on a
DL or A5 card (some with the terms on the back) or a voucher platform's A4 print with a
barcode; breeders' bills of sale for birds bought in (Kaufvertrag, attestation de cession)
with the ring and microchip numbers, now and then with a copy of the bird's Article 10 /
EG-Bescheinigung / CIC and a DNA sexing certificate behind; Article 10 certificates
(specific-specimen certificates, EG-Bescheinigungen, certificats intracommunautaires) from
the CITES authority, with or without a covering letter and with the notes on the back;
bird registration and movement records (Independent Bird Register registration certificates,
Zugangs-/Abgangsanzeigen nach § 7 BArtSchV stamped by the Untere Naturschutzbehörde, I-FAP
identification sheets), one per bird; avian vets' invoices per bird; laboratories' health
reports and post-mortem reports with a results table, reference ranges and the pathologist's
comments on later pages; frozen feed suppliers' monthly invoices (day-old chicks, quail, rats,
mice, rabbit) and their delivery notes on a narrow slip or A5 with the animal by-product
note, signed on receipt; the council's, Veterinäramt's or DDPP's inspection letters for the
zoo / exhibition licence (a covering letter, the inspection report with a findings table and
the licence conditions annex); the centre's display booking agreements with agricultural
shows, country fairs and weddings as the client signs and returns them (particulars, terms in
small print and the site requirements and signature page); agricultural show societies'
confirmation letters with the vehicle and crew passes and the main ring timetable on a
landscape page; aviary builders' stage invoices, some with the elevation drawing on a
landscape page; public liability insurance schedules from the broker (a covering letter, the
schedule with the sections and the insured birds, the endorsements and the employers'
liability certificate or Versicherungsbestätigung / attestation); couples' wedding owl
booking forms filled in by hand; falconry equipment and telemetry invoices (hoods, anklets,
swivels, transmitters, GPS trackers), now and then from abroad with a packing list; the
keepers' monthly weight and food charts filled in by hand, one per bird, portrait or
landscape; closed ring suppliers' order confirmations with the ring register sheet; avian
influenza notices (APHA prevention zone letters with a biosecurity checklist,
Allgemeinverfügungen of the Landratsamt, arrêtés préfectoraux with the list of communes); and
schools' outreach booking letters with the booking form and an official order. Each stream is
one centre's pile: the centre (country, name, month, staff, birds) is drawn once per stream;
its senders are of the centre's country and write in its language, except that breeders,
equipment makers, ring suppliers and laboratories are now and then from abroad and write in
their own. Page sizes range from narrow delivery slips, DL vouchers and A5 cards to A4,
Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the centre files it: the
conditions page of a booking confirmation; the back of a gift voucher; the copy of the
certificate and the DNA certificate a breeder attached to the bill of sale (the copies show
another's paper, yet the breeder sent them with it); the covering letter, the certificates and
their back pages that the CITES authority posted together; the report pages and conditions
annex behind an inspection letter; the terms and signature page of a display agreement; the
passes and timetable with a show's letter; the drawing page of an aviary invoice; the covering
letter, schedule, endorsements and certificate of an insurance schedule; the terms page a
couple signed with their wedding form; the packing list with an equipment invoice; the second
half of a weight chart; the ring register sheet of a ring order; the checklist, annexes and
map of a flu notice; the booking form and official order a school sent with its letter; every
page of one lab report. Related papers are documents of their own: the Article 10 certificate
after the bill of sale, the vet's invoice after the lab report, the feed invoice after the
delivery notes, the show's confirmation after the display agreement; and so is each voucher,
booking, movement record, vet invoice, feed invoice, delivery note, certificate and weight
chart of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: booking confirmations, gift
vouchers, movement records, vet invoices, feed invoices, delivery notes, certificates and
weight charts often come 2-4 in a row from one sender with other birds, customers, dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "spurtle"`` and seeds offset by 12_400_000.

Usage: ``python benchmarks/corpus_spurtle.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/spurtle/spurtle_{born_digital,scanned}_NNNNNNNN.{pdf,json}``.
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
    MONTH_NAMES,
    Flow,
    band,
    box,
    caption,
    cash,
    close,
    columns,
    day,
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

PART = "spurtle"
SEED_OFFSET = 12_400_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
DL = (210 * MM, 99 * MM)
A5L = landscape(A5)
MONTHS_OF = MONTH_NAMES

# ---------------------------------------------------------------------------------------------
# Who writes: the centre and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
CENTRES: dict[str, list[Row]] = {
    "en": [
        ("Wyvern Falconry Centre", "Hill Farm, Tanhouse Lane", "Malvern WR14 3JA", "01684 573 220"),
        ("Pennine Birds of Prey Centre", "Moorside Farm", "Hebden Bridge HX7 8AD", "01422 844 610"),
        ("Dartside Hawk & Owl Centre", "Riverford Barns", "Totnes TQ9 6AF", "01803 762 115"),
    ],
    "de": [
        ("Falkenhof Hohenlohe", "Burgweg 4", "74653 Künzelsau", "07940 93 41 20"),
        ("Greifvogelpark Eifelhöhe", "Am Kalvarienberg 12", "53902 Bad Münstereifel", ""),
        ("Adlerwarte Lechrain", "Schlossbergstraße 9", "86899 Landsberg am Lech", "08191 42 77 3"),
    ],
    "fr": [
        ("Les Ailes du Vercors", "Route des Grands Goulets", "26420 La Chapelle-en-Vercors", ""),
        ("Fauconnerie du Château de Murol", "Chemin du Donjon", "63790 Murol", "04 73 88 61 45"),
        ("Volerie des Aigles d'Anjou", "Lieu-dit La Garenne", "49400 Saumur", "02 41 50 33 18"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "breeder": {
        "en": [
            ("Cotswold Raptor Breeding", "Lower Barn, Sheepscombe", "Stroud GL6 7RH", ""),
            ("M. & J. Pryce - Captive Bred Falcons", "Ty Newydd", "Llandovery SA20 0LP", ""),
            ("Fenland Owls", "12 Drove Road", "Chatteris PE16 6UB", "07788 410 263"),
            ("Northumbria Hawks (R. Armstrong)", "West Moor Cottage", "Rothbury NE65 7TS", ""),
        ],
        "de": [
            ("Falknerei & Zucht Brenner", "Waldstraße 31", "57234 Wilnsdorf", ""),
            ("Greifvogelzucht Haselberg", "Haselberg 2", "83370 Seeon-Seebruck", "08624 9 71 3"),
            ("Eulenzucht Weserbergland (K. Runge)", "Im Siek 7", "37603 Holzminden", ""),
            ("Zuchtstation Falco Ried", "Riedweg 15", "88348 Bad Saulgau", ""),
        ],
        "fr": [
            ("Élevage des Rapaces du Quercy", "Lieu-dit Pech Merle", "46330 Cabrerets", ""),
            ("Éric Dumont - Éleveur de rapaces", "4 chemin des Crêtes", "05000 Gap", ""),
            ("Élevage La Chouette Blanche", "Ferme des Noues", "41120 Cormeray", ""),
            ("Rapaces de Sologne EARL", "Domaine du Grand Chêne", "41600 Lamotte-Beuvron", ""),
        ],
    },
    "cites": {
        "en": [
            (
                "Animal and Plant Health Agency - Centre for International Trade",
                "Horizon House, Deanery Road",
                "Bristol BS1 5AH",
                "03000 200 301",
            ),
        ],
        "de": [
            (
                "Regierungspräsidium Stuttgart - Referat 55 Naturschutz",
                "Ruppmannstraße 21",
                "70565 Stuttgart",
                "0711 904 0",
            ),
            (
                "Bezirksregierung Köln - Dezernat 51",
                "Zeughausstraße 2-10",
                "50667 Köln",
                "0221 147 0",
            ),
            (
                "Regierung von Oberbayern - Sachgebiet 51",
                "Maximilianstraße 39",
                "80538 München",
                "089 2176 0",
            ),
        ],
        "fr": [
            (
                "DREAL Auvergne-Rhône-Alpes - Service Patrimoine naturel - Pôle CITES",
                "5 place Jules Ferry",
                "69006 Lyon",
                "04 26 28 60 00",
            ),
            (
                "DREAL Pays de la Loire - Division CITES",
                "5 rue Françoise Giroud",
                "44263 Nantes",
                "02 72 74 73 00",
            ),
        ],
    },
    "register": {
        "en": [
            ("Independent Bird Register", "White Rose House, 2 Tannery Yard", "Ripon HG4 1EL", ""),
        ],
        "de": [
            (
                "Landratsamt - Untere Naturschutzbehörde",
                "Allee 17",
                "74653 Künzelsau",
                "07940 18 0",
            ),
            (
                "Kreisverwaltung - Untere Naturschutzbehörde",
                "Trierer Straße 1",
                "53879 Euskirchen",
                "",
            ),
            (
                "Landratsamt Landsberg - Untere Naturschutzbehörde",
                "Von-Kühlmann-Str. 15",
                "86899 Landsberg am Lech",
                "",
            ),
        ],
        "fr": [
            (
                "I-FAP - Identification de la faune sauvage protégée",
                "BP 90029",
                "75962 Paris Cedex 20",
                "",
            ),
        ],
    },
    "vet": {
        "en": [
            (
                "Great Western Exotic Vets",
                "Unit 10, Berkeley Square",
                "Swindon SN2 2XX",
                "01793 603 800",
            ),
            (
                "Wyeside Avian & Exotic Practice",
                "Bridge Street",
                "Hereford HR4 9DG",
                "01432 354 112",
            ),
            ("Moorview Veterinary Centre", "Station Road", "Skipton BD23 1NX", "01756 791 055"),
        ],
        "de": [
            (
                "Tierarztpraxis für Vögel Dr. med. vet. Sabine Krell",
                "Lindenplatz 3",
                "74523 Schwäbisch Hall",
                "",
            ),
            ("Kleintier- und Vogelklinik Rheinland", "Bonner Straße 220", "53913 Swisttal", ""),
            (
                "Dr. Matthias Oberholzer, Fachtierarzt für Zier-, Zoo- und Wildvögel",
                "Hauptplatz 11",
                "86899 Landsberg am Lech",
                "",
            ),
        ],
        "fr": [
            (
                "Clinique vétérinaire des Écrins",
                "12 avenue Jean Jaurès",
                "26400 Crest",
                "04 75 25 18 40",
            ),
            (
                "Cabinet vétérinaire NAC & Faune sauvage",
                "3 rue du Marché",
                "63000 Clermont-Ferrand",
                "",
            ),
            ("Clinique vétérinaire du Val de Loire", "28 route de Rouen", "49400 Saumur", ""),
        ],
    },
    "lab": {
        "en": [
            (
                "Avian Diagnostics Laboratory Ltd",
                "Pennyfoot Street",
                "Nottingham NG1 1GF",
                "0115 958 4422",
            ),
            ("Westfield Veterinary Pathology", "Cirencester Road", "Tetbury GL8 8SE", ""),
        ],
        "de": [
            (
                "Labor für Vogel- und Reptilienmedizin Dr. Peters GmbH",
                "Ruhrstraße 28",
                "45219 Essen",
                "",
            ),
            ("Vet Diagnostik Süd GmbH", "Magirusstraße 44", "89077 Ulm", "0731 140 62 0"),
        ],
        "fr": [
            (
                "Laboratoire vétérinaire départemental de la Drôme",
                "37 avenue de Lautagne",
                "26000 Valence",
                "",
            ),
            ("Vetodiag Ouest SAS", "Parc d'activités Angers-Beaucouzé", "49070 Beaucouzé", ""),
        ],
    },
    "feed": {
        "en": [
            (
                "Honeybrook Raptor Foods Ltd",
                "Honeybrook Farm",
                "Kidderminster DY11 5QT",
                "01562 741 222",
            ),
            ("Coldstore Prey Supplies", "Unit 4, Holme Lane", "Selby YO8 8SE", "01757 289 600"),
        ],
        "de": [
            ("Futtertierzucht Schwarzwald GmbH", "Gewerbestraße 9", "77773 Schenkenzell", ""),
            ("Frostfutter Nord KG", "Im Gewerbepark 22", "49661 Cloppenburg", "04471 9 21 30"),
        ],
        "fr": [
            ("Proies Congelées du Centre SARL", "ZA Les Gravières", "18100 Vierzon", ""),
            (
                "Nourriture Rapaces Distribution",
                "12 rue de l'Artisanat",
                "85000 La Roche-sur-Yon",
                "",
            ),
        ],
    },
    "council": {
        "en": [
            (
                "Malvern Hills District Council - Licensing",
                "Council House, Avenue Road",
                "Malvern WR14 3AF",
                "",
            ),
            (
                "Calderdale Council - Licensing Section",
                "Town Hall, Crossley Street",
                "Halifax HX1 1UJ",
                "",
            ),
            ("South Hams District Council - Licensing", "Follaton House", "Totnes TQ9 5NE", ""),
        ],
        "de": [
            (
                "Landratsamt Hohenlohekreis - Veterinäramt und Lebensmittelüberwachung",
                "Allee 17",
                "74653 Künzelsau",
                "",
            ),
            (
                "Kreis Euskirchen - Abteilung Veterinärwesen",
                "Jülicher Ring 32",
                "53879 Euskirchen",
                "",
            ),
            (
                "Landratsamt Landsberg am Lech - Veterinäramt",
                "Von-Kühlmann-Str. 15",
                "86899 Landsberg am Lech",
                "",
            ),
        ],
        "fr": [
            (
                "Préfecture de la Drôme - DDPP - Service Santé et protection animales",
                "33 avenue de Romans",
                "26000 Valence",
                "",
            ),
            (
                "DDPP du Puy-de-Dôme - Protection animale et faune sauvage captive",
                "Cité administrative",
                "63033 Clermont-Ferrand",
                "",
            ),
            (
                "DDPP de Maine-et-Loire - Service Protection animale",
                "Cité administrative",
                "49047 Angers Cedex 01",
                "",
            ),
        ],
    },
    "show": {
        "en": [
            (
                "Three Counties Agricultural Society",
                "The Showground",
                "Malvern WR13 6NW",
                "01684 584 900",
            ),
            ("Great Yorkshire Country Fair Ltd", "Showground Office", "Harrogate HG2 8NZ", ""),
            ("Ashburton Steam & Country Fair", "Pear Tree Cottage", "Ashburton TQ13 7DN", ""),
            ("Hollybank Manor Weddings", "Hollybank Lane", "Ledbury HR8 2PT", "01531 633 870"),
        ],
        "de": [
            (
                "Landwirtschaftlicher Hauptverein Hohenlohe e.V.",
                "Marktplatz 1",
                "74613 Öhringen",
                "",
            ),
            ("Mittelaltermarkt Burg Satzvey GbR", "Burgstraße 1", "53894 Mechernich", ""),
            ("Schloss Kaltenberg Event GmbH", "Schloßstraße 8", "82269 Geltendorf", ""),
            ("Hochzeitsgut Weidenhof", "Weidenhof 1", "74575 Schrozberg", ""),
        ],
        "fr": [
            ("Comice agricole du canton de Die", "Mairie, place de l'Évêché", "26150 Die", ""),
            ("Foire médiévale de Besse", "Office de tourisme", "63610 Besse", ""),
            ("Château de Brézé Événements", "2 rue du Château", "49260 Brézé", "02 41 51 60 15"),
            ("Domaine des Tilleuls - Réceptions", "Route de Chinon", "49730 Montsoreau", ""),
        ],
    },
    "builder": {
        "en": [
            ("Severn Valley Timber Buildings", "Sawmill Yard", "Bewdley DY12 2EL", "01299 402 118"),
            ("A. Hartley Fencing & Aviaries", "Greenfield Works", "Todmorden OL14 6HU", ""),
        ],
        "de": [
            ("Holzbau Frey GmbH", "Sägewerkstraße 6", "74572 Blaufelden", "07953 9 25 0"),
            ("Volierenbau Kremer", "Industriestraße 17", "53909 Zülpich", ""),
        ],
        "fr": [
            ("Charpente Bois du Vercors", "ZA des Ponts", "26190 Saint-Jean-en-Royans", ""),
            ("Clôtures & Volières Angevines", "4 rue des Métiers", "49650 Allonnes", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Fieldsports Insurance Brokers Ltd",
                "Market House, 5 High Street",
                "Ludlow SY8 1AS",
                "",
            ),
            (
                "Countryside Mutual Insurance - Specialist Animal Risks",
                "1 Cathedral Square",
                "Exeter EX1 1HF",
                "",
            ),
        ],
        "de": [
            ("Agrar- und Tierversicherung Süd VVaG", "Bahnhofstraße 40", "74072 Heilbronn", ""),
            ("Versicherungsmakler Dorn & Partner", "Kirchgasse 3", "53902 Bad Münstereifel", ""),
        ],
        "fr": [
            (
                "Cabinet Arnaud Assurances - Agent général",
                "14 boulevard Gambetta",
                "26000 Valence",
                "",
            ),
            ("Mutuelle Rurale du Centre-Ouest", "22 rue Plantagenêt", "49100 Angers", ""),
        ],
    },
    "couple": {
        "en": [("", "", "", "")],
        "de": [("", "", "", "")],
        "fr": [("", "", "", "")],
    },
    "equipment": {
        "en": [
            ("Ben Long Falconry Furniture", "The Forge, Rectory Lane", "Ashwell SG7 5PA", ""),
            (
                "Marshall Radio Telemetry Europe",
                "Unit 7, Wolds Business Park",
                "Driffield YO25 6SE",
                "",
            ),
            ("Hawkeye Falconry Supplies", "22 Market Place", "Thirsk YO7 1LB", "01845 526 330"),
        ],
        "de": [
            ("Falknereibedarf Lohmann", "Jagdweg 5", "32760 Detmold", "05231 4 41 90"),
            ("Haubenmacherei Stein", "Am Anger 2", "96215 Lichtenfels", ""),
            ("Telemetrie-Service Sendlinger", "Gewerbering 12", "85560 Ebersberg", ""),
        ],
        "fr": [
            ("Atelier Chaperons de France", "7 rue des Tanneurs", "24000 Périgueux", ""),
            ("Fauconnerie Équipement Pro", "ZA du Bois Joli", "37250 Montbazon", ""),
        ],
    },
    "rings": {
        "en": [("UK Closed Rings (A. Beresford)", "PO Box 12", "Leek ST13 5WZ", "")],
        "de": [("Ringzentrale Deutscher Falkenorden", "Postfach 11 03", "57611 Altenkirchen", "")],
        "fr": [("Bagues Avicoles Bertin SARL", "12 rue de Verdun", "62500 Saint-Omer", "")],
    },
    "flu": {
        "en": [
            (
                "Animal and Plant Health Agency - Animal Health Office",
                "Woodthorne, Wergs Road",
                "Wolverhampton WV6 8TQ",
                "",
            ),
            (
                "Department for Environment, Food & Rural Affairs",
                "Seacole Building, 2 Marsham Street",
                "London SW1P 4DF",
                "",
            ),
        ],
        "de": [
            (
                "Landratsamt - Veterinäramt (Tierseuchenbekämpfung)",
                "Allee 17",
                "74653 Künzelsau",
                "",
            ),
            (
                "Kreis Euskirchen - Der Landrat - Veterinär- und Lebensmittelüberwachung",
                "Jülicher Ring 32",
                "53879 Euskirchen",
                "",
            ),
        ],
        "fr": [
            ("Préfecture de la Drôme", "3 boulevard Vauban", "26030 Valence Cedex", ""),
            ("Préfecture de Maine-et-Loire", "Place Michel Debré", "49934 Angers Cedex 9", ""),
        ],
    },
    "school": {
        "en": [
            (
                "St Mary's CE Primary School",
                "Church Walk",
                "Upton-upon-Severn WR8 0HH",
                "01684 592 441",
            ),
            ("Calder Valley Junior School", "Burnley Road", "Mytholmroyd HX7 5LH", ""),
            ("Kingsbridge Community College", "Balkwill Road", "Kingsbridge TQ7 1PL", ""),
        ],
        "de": [
            ("Grundschule am Kocher", "Schulstraße 4", "74653 Ingelfingen", "07940 5 17 28"),
            (
                "Städtisches Gymnasium Bad Münstereifel",
                "Kölner Straße 56",
                "53902 Bad Münstereifel",
                "",
            ),
            ("Kinderhaus Sonnenschein e.V.", "Bahnhofstraße 3", "86916 Kaufering", ""),
        ],
        "fr": [
            (
                "École élémentaire Jean Moulin",
                "Place de la Mairie",
                "26420 Vassieux-en-Vercors",
                "",
            ),
            ("Collège Les Dômes", "Rue du Stade", "63150 La Bourboule", ""),
            ("Accueil de loisirs Les Petits Loups", "Mairie annexe", "49400 Distré", ""),
        ],
    },
}
PLATFORMS: dict[str, list[Row]] = {
    "en": [
        ("Memorable Days Experiences Ltd", "PO Box 4410", "Reading RG1 9DZ", ""),
        ("GiftDay Vouchers", "Harbour Exchange, 9 Marsh Wall", "London E14 9FJ", ""),
    ],
    "de": [("ErlebnisWelt Gutscheine GmbH", "Landsberger Straße 98", "80339 München", "")],
    "fr": [("Coffret Évasion SAS", "18 rue de la Pépinière", "75008 Paris", "")],
}

FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Emma",
        "Daniel",
        "Hannah",
        "Richard",
        "Chloe",
        "Tom",
        "Fiona",
        "Gareth",
    ],
    "de": [
        "Andrea",
        "Thomas",
        "Julia",
        "Stefan",
        "Katrin",
        "Michael",
        "Lena",
        "Jonas",
        "Eva",
        "Uwe",
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
        "Inès",
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
        "Pugh",
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
        "Seitz",
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
        "Blanc",
    ],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Chloe", "Fiona", "Andrea", "Julia", "Katrin", "Lena", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa", "Inès"}
ROADS = {
    "en": ["Church Lane", "Mill Road", "Station Road", "The Green", "Orchard Close", "Bank Street"],
    "de": ["Lindenstraße", "Am Bach", "Gartenweg", "Kirchgasse", "Hauptstraße", "Rosenweg"],
    "fr": [
        "rue des Écoles",
        "chemin du Moulin",
        "rue de la Paix",
        "allée des Tilleuls",
        "place du Marché",
    ],
}
TOWNS = {
    "en": [
        "Worcester WR2 5AB",
        "Cheltenham GL52 3HE",
        "Halifax HX3 0QP",
        "Plymouth PL4 7DS",
        "Ledbury HR8 1BN",
    ],
    "de": [
        "74523 Schwäbisch Hall",
        "97980 Bad Mergentheim",
        "53332 Bornheim",
        "86916 Kaufering",
        "73430 Aalen",
    ],
    "fr": [
        "26000 Valence",
        "38000 Grenoble",
        "63000 Clermont-Ferrand",
        "49000 Angers",
        "37000 Tours",
    ],
}

TALK = {
    "en": {
        "birds": "bird flight weight glove lure hood falconer display arena aviary mews perch "
        "training handling welfare keeper visitors weather enrichment feeding health",
        "vet": "examination weight condition plumage feet bumblefoot keel score parasites "
        "treatment medication course review radiograph blood sample recovery appetite",
        "legal": "client booking fee deposit cancellation liability insurance venue arena "
        "public safety notice weather conditions agreement party obligations",
        "rules": "keeper premises licence condition standard records enclosure welfare staff "
        "training emergency procedures escape protocol inspection compliance public barrier",
        "insure": "policy schedule cover limit indemnity excess premium insured period "
        "endorsement exclusion claim liability property business activities",
    },
    "de": {
        "birds": "Vogel Flug Gewicht Handschuh Federspiel Haube Falkner Vorführung Arena Voliere "
        "Sitzkrücke Training Haltung Tierschutz Pfleger Besucher Wetter Fütterung Gesundheit",
        "vet": "Untersuchung Gewicht Ernährungszustand Gefieder Ständer Sohlengeschwür Parasiten "
        "Behandlung Medikation Kontrolle Röntgen Blutprobe Genesung Futteraufnahme",
        "legal": "Auftraggeber Buchung Honorar Anzahlung Rücktritt Haftung Versicherung "
        "Veranstaltungsort Sicherheit Wetter Bedingungen Vereinbarung Pflichten Vertragspartner",
        "rules": "Halter Anlage Erlaubnis Auflage Gutachten Mindestanforderungen Bestandsbuch "
        "Voliere Tierschutz Personal Sachkunde Notfallplan Entweichen Kontrolle Besucher",
        "insure": "Versicherungsschein Deckung Versicherungssumme Selbstbeteiligung Beitrag "
        "Versicherungsnehmer Laufzeit Klausel Ausschluss Schaden Haftpflicht Betrieb",
    },
    "fr": {
        "birds": "oiseau vol poids gant leurre chaperon fauconnier spectacle arène volière "
        "perchoir dressage manipulation bien-être soigneur visiteurs météo nourrissage santé",
        "vet": "examen poids état plumage pattes pododermatite bréchet parasites traitement "
        "médicament contrôle radiographie prise de sang récupération appétit",
        "legal": "client réservation prix acompte annulation responsabilité assurance site "
        "sécurité du public météo conditions contrat parties obligations prestataire",
        "rules": "établissement certificat de capacité autorisation prescriptions registre "
        "enclos bien-être personnel formation procédure d'urgence évasion contrôle public",
        "insure": "contrat garanties plafond franchise cotisation assuré période avenant "
        "exclusion sinistre responsabilité civile activités",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "birds", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "birds", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# Birds
# ---------------------------------------------------------------------------------------------

#: English, German, French name, scientific name, EU annex, flying weight range (g).
SPECIES: list[tuple[str, str, str, str, str, int, int]] = [
    ("Harris's hawk", "Wüstenbussard", "Buse de Harris", "Parabuteo unicinctus", "B", 650, 1000),
    ("Barn owl", "Schleiereule", "Effraie des clochers", "Tyto alba", "A", 280, 360),
    ("Eurasian eagle owl", "Uhu", "Grand-duc d'Europe", "Bubo bubo", "A", 1800, 3000),
    ("Peregrine falcon", "Wanderfalke", "Faucon pèlerin", "Falco peregrinus", "A", 580, 980),
    ("Saker falcon", "Sakerfalke", "Faucon sacre", "Falco cherrug", "A", 700, 1150),
    ("Common kestrel", "Turmfalke", "Faucon crécerelle", "Falco tinnunculus", "A", 170, 230),
    (
        "Red-tailed hawk",
        "Rotschwanzbussard",
        "Buse à queue rousse",
        "Buteo jamaicensis",
        "B",
        950,
        1350,
    ),
    ("Golden eagle", "Steinadler", "Aigle royal", "Aquila chrysaetos", "A", 3400, 5200),
    ("Snowy owl", "Schnee-Eule", "Harfang des neiges", "Bubo scandiacus", "A", 1500, 2300),
    ("Tawny owl", "Waldkauz", "Chouette hulotte", "Strix aluco", "A", 400, 550),
    ("Little owl", "Steinkauz", "Chevêche d'Athéna", "Athene noctua", "A", 150, 200),
    ("Lanner falcon", "Lannerfalke", "Faucon lanier", "Falco biarmicus", "A", 480, 780),
    (
        "Bald eagle",
        "Weißkopfseeadler",
        "Pygargue à tête blanche",
        "Haliaeetus leucocephalus",
        "B",
        3600,
        5400,
    ),
    ("Great grey owl", "Bartkauz", "Chouette lapone", "Strix nebulosa", "A", 800, 1250),
    ("Black kite", "Schwarzmilan", "Milan noir", "Milvus migrans", "A", 650, 900),
    (
        "Gyr x saker falcon",
        "Ger-Saker-Hybride",
        "Hybride gerfaut x sacre",
        "Falco rusticolus x F. cherrug",
        "A",
        900,
        1350,
    ),
]
BIRD_NAMES = [
    "Shadow",
    "Merlin",
    "Luna",
    "Willow",
    "Ghost",
    "Storm",
    "Hazel",
    "Bramble",
    "Odin",
    "Pepper",
    "Skye",
    "Bolt",
    "Nyx",
    "Juniper",
    "Archie",
    "Ruby",
    "Flint",
    "Mabel",
    "Fenja",
    "Wotan",
    "Aria",
    "Kiwi",
    "Loki",
    "Echo",
    "Basil",
    "Sirius",
    "Minnie",
    "Thor",
]


@dataclass
class Bird:
    name: str
    sp: int
    male: bool
    ring: str
    chip: str
    hatched: int
    cert: str


def sp_name(sp: int, lang: str) -> str:
    e, d, f = SPECIES[sp][:3]
    return tr(lang, e, d, f)


def latin(sp: int) -> str:
    return SPECIES[sp][3]


def sex(b: Bird, lang: str) -> str:
    falcon = SPECIES[b.sp][3].startswith("Falco")
    if lang == "de":
        return "Terzel (m)" if b.male and falcon else "männlich" if b.male else "weiblich"
    if lang == "fr":
        return "tiercelet (m)" if b.male and falcon else "mâle" if b.male else "femelle"
    return "tiercel (male)" if b.male and falcon else "male" if b.male else "female"


def a_ring(rng: random.Random, lang: str, year: int) -> str:
    return {
        "en": rng.choice(
            [f"IBR {year % 100} {rng.randint(10000, 99999)} W", serial(rng, "UK 99 W 99999")]
        ),
        "de": f"DFO {year % 100} {rng.randint(1000, 9999)}",
        "fr": f"FR ANFA {year % 100} {rng.randint(1000, 9999)}",
    }[lang]


def a_cert(rng: random.Random, lang: str, year: int) -> str:
    return {
        "en": f"{rng.randint(500000, 699999)}/{rng.randint(1, 3):02d}",
        "de": f"DE-{rng.choice(['BW', 'NW', 'BY'])}-{year}-{rng.randint(100, 9999):04d}",
        "fr": f"FR{year % 100}{rng.randint(10, 99)}{rng.randint(100000, 999999)}-K",
    }[lang]


def a_bird(rng: random.Random, lang: str, sp: int | None = None) -> Bird:
    sp = rng.randrange(len(SPECIES)) if sp is None else sp
    year = rng.randint(2012, 2024)
    return Bird(
        name=rng.choice(BIRD_NAMES),
        sp=sp,
        male=rng.random() < 0.5,
        ring=a_ring(rng, lang, year),
        chip=f"985 1210 {rng.randint(100, 999)} {rng.randint(10000, 99999)}"
        if rng.random() < 0.6
        else "",
        hatched=year,
        cert=a_cert(rng, lang, year) if SPECIES[sp][4] == "A" else "",
    )


# ---------------------------------------------------------------------------------------------
# The centre of a stream: its country, month, staff and birds
# ---------------------------------------------------------------------------------------------

CENTRE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 5, 1)}
BIRDS: list[Bird] = []

#: What the previous document was about (a companion takes up the same bird, day or event).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(CENTRE["lang"])


def month() -> date:
    m = CENTRE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's centre and ``key``: a run or a repeat keeps
    its sender."""
    text = f"spurtle/{key}/{who.name}/{who.street}/{who.city}/{CENTRE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
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


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def centre_name() -> str:
    return CENTRES[home()][int(CENTRE["row"])][0]  # type: ignore[call-overload]


def a_person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def crew(role: str) -> str:
    """The centre's owner, head falconer, keepers or bookings assistant: the same all stream."""
    r = random.Random(zlib.crc32(f"spurtle/crew/{role}/{CENTRE['seed']}".encode()))
    return a_person(r, home())


def our_bird(rng: random.Random) -> Bird:
    return rng.choice(BIRDS)


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def dear_of(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    last = name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte Frau {last}," if female else f"Sehr geehrter Herr {last},"
    if lang == "fr":
        return "Madame," if female else "Monsieur,"
    return f"Dear {'Mrs' if female else 'Mr'} {last},"


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
OFFICIAL = ("cites", "council", "flu", "register")
TAGLINES = {
    "centre": (
        "Flying displays - Hawk walks - Experience days",
        "Flugvorführungen - Greifvogelwanderungen - Falknertage",
        "Spectacles de vol - Balades avec les rapaces - Stages de fauconnerie",
    ),
    "vet": (
        "Avian & exotic veterinary care",
        "Vogel- und Exotenmedizin",
        "Médecine des NAC et de la faune",
    ),
    "breeder": (
        "Captive bred birds of prey",
        "Nachzuchten von Greifvögeln und Eulen",
        "Rapaces nés en captivité",
    ),
    "feed": (
        "Frozen whole prey - nationwide delivery",
        "Frostfutter für Greifvögel und Reptilien",
        "Proies congelées pour rapaces",
    ),
    "equipment": (
        "Falconry furniture & telemetry",
        "Falknereibedarf - Telemetrie",
        "Matériel de fauconnerie",
    ),
    "builder": (
        "Timber buildings - aviaries - fencing",
        "Holzbau - Volierenbau",
        "Charpente - volières - clôtures",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in OFFICIAL or role in ("school", "couple", "show"):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Hohenlohekreis",
                "VR Bank Schwäbisch Hall",
                "Kreissparkasse Euskirchen",
                "Sparkasse Landsberg-Dießen",
            ]
        )
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(20, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "KG" in name or "VVaG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Stuttgart', 'Ulm', 'Bonn', 'Oldenburg'])} HRB "
                f"{r.randint(1000, 99999)}",
            )
        return out
    if lang == "fr":
        siret = " ".join(str(r.randint(a, b)) for a, b in ((300, 899), (100, 999), (100, 999)))
        siret += f" {r.randint(10000, 99999)}"
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['9104Z', '0149Z', '7500Z', '4776Z', '4332A', '6622Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}"
        )
    if role == "vet":
        out.append("RCVS Accredited Practice")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"spurtle/head/{name}/{CENTRE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in OFFICIAL:
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("breeder", "school"):
        looks = ["plain", "centred", "side", "centred"]
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
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7 and role not in OFFICIAL
        else "",
    )


def centre_head() -> Head:
    lang = home()
    return make_head(CENTRES[lang][int(CENTRE["row"])], lang, "centre")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and centre), of the
    centre's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role == "cites" and lang == home():
        row = rows[
            min(int(CENTRE["row"]), len(rows) - 1) if lang != "fr" else int(CENTRE["row"]) // 2
        ]
    elif role in ("council", "register", "flu") and len(rows) == len(CENTRES[lang]):
        row = rows[int(CENTRE["row"])]  # the authority of the centre's district
    elif role in ("council", "flu", "register"):
        row = rows[int(CENTRE["row"]) % len(rows)]
    else:
        row = r.choice(rows)
    return make_head(row, lang, role)


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


def seal(
    p: Page, cx: float, cy: float, r: float, top: str, mid: str, font: str = "Helvetica"
) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    ring(p, cx, cy, r * 0.42, 20)
    pt = shrink(top, font, 6.5, r * 1.45)
    p.text(cx, cy - r * 0.52, fit(top, font, pt, r * 1.45), font, pt, "center")
    pt2 = shrink(mid, font, 6.5, r * 1.3)
    p.text(cx, cy + r * 0.72, fit(mid, font, pt2, r * 1.3), font, pt2, "center")
    p.text(cx, cy + 3, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def bird_mark(p: Page, x: float, y: float, sz: float = 30) -> None:
    """A simple logo: a raptor's spread wings drawn in strokes over a ring."""
    ring(p, x + sz / 2, y + sz / 2, sz / 2, 28)
    cx, cy = x + sz / 2, y + sz * 0.55
    p.line(cx, cy, cx - sz * 0.38, cy - sz * 0.22)
    p.line(cx - sz * 0.38, cy - sz * 0.22, cx - sz * 0.2, cy - sz * 0.05)
    p.line(cx, cy, cx + sz * 0.38, cy - sz * 0.22)
    p.line(cx + sz * 0.38, cy - sz * 0.22, cx + sz * 0.2, cy - sz * 0.05)
    p.line(cx, cy, cx, cy + sz * 0.3)


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
        p.text(w / 2, y, fit(h.name, h.bold, pt, w - 2 * m), h.bold, pt, "center")
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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    tag = TAGLINES.get(h.role)
    tagline = tr(h.lang, *tag) if tag else ""
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, fit(h.name.upper(), h.bold, pt, w - 2 * m), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, fit(h.name, h.bold, pt, w - 2 * m), h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if tagline else contact
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        bird_mark(p, m, y - 14, 36)
        yy = y - 4
        for t in (h.name, h.street, h.town, tel, h.mail):
            if t:
                f_, pt = (h.bold, 10) if t == h.name else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f_, pt, w - 2 * m - 50), f_, pt, "right")
                yy += 9.5 if t == h.name else 8.5
        return max(yy, y + 26) + 18
    if h.look == "boxed":
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, fit(h.name, h.bold, pt, w * 0.62 - m), h.bold, pt)
        p.text(m, y + 15, fit(tagline, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 22
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.6 - m)
    p.text(m, y + 2, fit(h.name, h.bold, pt, w * 0.6 - m), h.bold, pt)
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
    parts = [t for t in parts if t not in ("Dr", "med", "vet")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the centre's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lang = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Bookings"],
                        "de": ["Büro", "Buchhaltung", "Falknerei"],
                        "fr": ["Secrétariat", "Comptabilité", "Accueil"],
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "Best wishes", "Yours faithfully"][len(name) % 4],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"spurtle/staff/{tag}/{h.name}/{CENTRE['seed']}".encode()))
    return a_person(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def centre_lines(att: str = "") -> list[str]:
    return head_lines(centre_head(), att)


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "", note: str = ""
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
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


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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


def email_head(p: Page, s: Style, frm: str, to: str, subject: str, sent: str, lang: str) -> float:
    """The head of a printed e-mail: the mail program's header lines over a rule."""
    w, _ = p.size
    m = s.margin
    p.text(m, m - 10, fit(frm.split("<")[0].strip(), s.bold, 10, w - 2 * m), s.bold, 10)
    p.line(m, m - 4, w - m, m - 4)
    y = m + 10
    for cap, val in (
        (tr(lang, "From:", "Von:", "De :"), frm),
        (tr(lang, "Sent:", "Gesendet:", "Envoyé :"), sent),
        (tr(lang, "To:", "An:", "À :"), to),
        (tr(lang, "Subject:", "Betreff:", "Objet :"), subject),
    ):
        p.text(m, y, cap, s.bold, 8.5)
        p.text(m + 62, y, fit(val, s.font, 8.5, w - 2 * m - 62), s.font, 8.5)
        y += 11
    return y + 14


# ---------------------------------------------------------------------------------------------
# Templates UUUUU: visitors - bookings, vouchers, weddings, schools
# ---------------------------------------------------------------------------------------------

EXPERIENCES = {
    "en": [
        ("Hawk Walk (1 hour)", 45.0),
        ("Owl Encounter (90 minutes)", 65.0),
        ("Half Day Falconry Experience", 95.0),
        ("Full Day Falconry Experience", 175.0),
        ("Junior Falconer Morning (age 8-14)", 55.0),
        ("Photography Day - birds of prey in flight", 140.0),
    ],
    "de": [
        ("Greifvogelwanderung (ca. 1 Std.)", 49.0),
        ("Eulen hautnah (90 Min.)", 69.0),
        ("Falknertag halbtags", 110.0),
        ("Falknertag ganztags", 189.0),
        ("Jungfalkner-Kurs (8-14 Jahre)", 59.0),
        ("Fotoworkshop Greifvögel im Flug", 149.0),
    ],
    "fr": [
        ("Balade avec un rapace (1 h)", 49.0),
        ("Rencontre avec les chouettes (1 h 30)", 65.0),
        ("Initiation à la fauconnerie - demi-journée", 110.0),
        ("Journée fauconnier", 185.0),
        ("Atelier jeune fauconnier (8-14 ans)", 55.0),
        ("Stage photo rapaces en vol", 145.0),
    ],
}


MAILHOSTS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
}


def a_customer(rng: random.Random, lang: str) -> list[str]:
    name = a_person(rng, lang)
    road, no, town = rng.choice(ROADS[lang]), rng.randint(1, 88), rng.choice(TOWNS[lang])
    return [mx(name, lang), f"{road} {no}" if lang == "de" else f"{no} {road}", town]


def tpl_experience_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's booking confirmation for a visitor's experience: a printed e-mail from the
    booking system or a letter on the centre's paper, the booking table, what to bring and
    the weather rule, now and then the booking conditions on a second page."""
    h = centre_head()
    lg = h.lang
    look = keyed(who, "look").choice(["mail", "mail", "letter"])
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    cust = a_customer(rng, lg)
    name = cust[0].split(" ", 1)[1]
    exp, price = rng.choice(EXPERIENCES[lg])
    n = rng.choice([1, 1, 2, 2, 3, 4])
    spect = rng.choice([0, 0, 1, 2])
    d_book = some_day(rng)
    d_exp = d_book + timedelta(days=rng.randint(6, 70))
    ref = f"{''.join(t[0] for t in h.name.split()[:3]).upper()}-{rng.randint(10000, 99999)}"
    who_books = crew("bookings")
    if look == "mail":
        p = Page(A4)
        host = h.mail.split("@")[-1] if h.mail else "booking.example"
        y = email_head(
            p,
            s,
            f"{h.name} <bookings@{host}>",
            f"{name.lower().replace(' ', '.')}@{rng.choice(MAILHOSTS[lg])}",
            tr(
                lg,
                f"Booking confirmation {ref}",
                f"Buchungsbestätigung {ref}",
                f"Confirmation de réservation {ref}",
            ),
            f"{day(h, d_book)} {rng.randint(8, 21):02d}:{rng.choice(['04', '17', '33', '48'])}",
            lg,
        )

        def start(pg: Page, k: int) -> float:
            return y if k == 1 else m

        f = Sheets(A4, hh - m, start)
        f.pages[0] = p
        f.page = p
        f.y = y
    else:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            cust,
            d_book,
            [(tr(lg, "Booking ref.", "Buchungsnr.", "Réf. réservation"), ref)],
        )
    caption(
        f,
        s,
        tr(lg, "Booking confirmation", "Buchungsbestätigung", "Confirmation de réservation"),
        2,
    )
    write(
        f,
        s,
        dear_of(name, lg).replace("Mrs", "Ms")
        if lg == "en" and rng.random() < 0.3
        else dear_of(name, lg),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for booking with {h.name}. We look forward to welcoming you and our birds "
            "are looking forward to meeting you too. Your booking details are below.",
            f"vielen Dank für Ihre Buchung beim {h.name}. Wir freuen uns auf Ihren Besuch. "
            "Ihre Buchungsdaten finden Sie unten.",
            f"Merci pour votre réservation auprès de {h.name}. Nous avons le plaisir de vous "
            "confirmer les éléments suivants.",
        ),
    )
    cols = columns(
        m, w - m, [(4, "left"), (1.6, "left"), (0.9, "left"), (0.6, "right"), (1.2, "right")]
    )
    rows = [
        [
            exp,
            short(d_exp, lg),
            rng.choice(["09:30", "10:00", "13:30", "14:00"]),
            str(n),
            money(price * n, lg),
        ]
    ]
    if spect:
        rows.append(
            [
                tr(lg, "Spectator(s)", "Begleitperson(en)", "Accompagnant(s)"),
                "",
                "",
                str(spect),
                money(0.0, lg),
            ]
        )
    extra_fee = 25.0 if rng.random() < 0.3 else 0.0
    if extra_fee:
        extra = tr(lg, "Photo package (USB)", "Fotopaket (USB-Stick)", "Reportage photo (clé USB)")
        rows.append([extra, "", "", "1", money(extra_fee, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Experience", "Erlebnis", "Activité"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Uhrzeit", "Heure"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s,
        rules=True,
    )
    total = price * n + extra_fee
    paid = total if rng.random() < 0.6 else round(total * 0.3, 2)
    f.y += 4
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Total", "Gesamt", "Total"), cash(total, lg)),
            (tr(lg, "Paid online", "Online bezahlt", "Réglé en ligne"), cash(paid, lg)),
            (
                tr(lg, "Balance due on the day", "Restbetrag vor Ort", "Solde à régler sur place"),
                cash(total - paid, lg),
            ),
        ],
        w - m,
    )
    f.y += 8
    caption(f, s, tr(lg, "Before you come", "Vor Ihrem Besuch", "Avant votre venue"), 0.5)
    for t in [
        tr(
            lg,
            "Please arrive 15 minutes before your start time and report to the shop.",
            "Bitte seien Sie 15 Minuten vor Beginn am Shop.",
            "Merci d'arriver 15 minutes avant l'heure à la boutique.",
        ),
        tr(
            lg,
            "Wear sturdy footwear and clothes suitable for the weather; no perfume or dangling "
            "jewellery.",
            "Festes Schuhwerk und wetterfeste Kleidung; bitte kein Parfum.",
            "Chaussures fermées et tenue adaptée à la météo ; pas de parfum.",
        ),
        tr(
            lg,
            "Flights depend on the weather. In heavy rain or high wind we will rebook you free "
            "of charge.",
            "Bei Starkregen oder Sturm verlegen wir den Termin kostenlos.",
            "En cas de forte pluie ou de vent violent, nous reportons gratuitement.",
        ),
        tr(
            lg,
            "Dogs cannot be brought onto the site, with the exception of assistance dogs.",
            "Hunde dürfen nicht mitgebracht werden.",
            "Les chiens ne sont pas admis sur le site.",
        ),
    ]:
        f.para(m + 10, w - 2 * m - 10, f"- {t}", s.font, s.size - 0.5, 0.3)
    f.y += 6
    write(f, s, tr(lg, "See you soon,", "Bis bald,", "À bientôt,"))
    f.page.text(m, f.y + 4, who_books, s.font, s.size)
    f.page.text(
        m,
        f.y + 4 + s.size * 1.3,
        fit(f"{h.name} - {h.street}, {h.town}  {h.phone}", s.font, 7.5, w - 2 * m),
        s.font,
        7.5,
    )
    f.y += 30
    pages = f.pages
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Booking conditions", "Buchungsbedingungen", "Conditions de réservation"),
                [
                    tr(lg, t[0], t[1], t[2])
                    for t in [
                        ("Bookings", "Buchung", "Réservation"),
                        ("Payment", "Zahlung", "Paiement"),
                        (
                            "Cancellation by you",
                            "Rücktritt durch den Gast",
                            "Annulation par le client",
                        ),
                        ("Weather", "Wetter", "Météo"),
                        ("Age and health", "Alter und Gesundheit", "Âge et santé"),
                        ("Safety on site", "Sicherheit", "Sécurité sur le site"),
                        ("Photographs", "Fotos", "Photographies"),
                        ("Liability", "Haftung", "Responsabilité"),
                        ("Gift vouchers", "Gutscheine", "Bons cadeaux"),
                        ("Complaints", "Beschwerden", "Réclamations"),
                    ]
                ],
            )
        )
    if rng.random() < 0.3:
        hand(
            pages[0],
            w - m - 120,
            70,
            tr(home(), "paid bal. on day", "Rest bar bez.", "solde réglé CB"),
            10,
        )
    remember(d_exp, ref)
    return close(pages, s, h, numbers="none")


def tpl_gift_voucher(rng: random.Random, who: Issuer) -> list[Page]:
    """A redeemed gift voucher: the centre's own printed voucher on a DL or A5 card (the
    terms now and then on the back), or a voucher platform's A4 print with the barcode, the
    redemption stamped and written on it."""
    lg = home()
    own = keyed(who, "own").random() < 0.65
    exp, price = rng.choice(EXPERIENCES[lg])
    n = rng.choice([1, 1, 2])
    bought = month() - timedelta(days=rng.randint(40, 330))
    valid = bought + timedelta(days=365 if lg != "de" else 3 * 365)
    code = serial(rng, rng.choice(["GV-99999", "V9999-AA", "99999999"]))
    used = some_day(rng)
    if own:
        h = centre_head()
        size = keyed(who, "size").choice([DL, A5L, DL])
        s = style_of(h, size, margin=22, pt=8.5)
        w, hh = size
        p = Page(size)
        p.rect(8, 8, w - 16, hh - 16)
        p.rect(12, 12, w - 24, hh - 24)
        bird_mark(p, 24, 22, 34)
        p.text(66, 36, fit(h.name, h.bold, 12, w - 200), h.bold, 12)
        p.text(66, 48, fit(f"{h.street}, {h.town}", h.font, 7, w - 200), h.font, 7)
        title = tr(lg, "GIFT VOUCHER", "GESCHENKGUTSCHEIN", "BON CADEAU")
        p.text(w - 26, 40, title, h.bold, 16, "right")
        y = 78.0 if hh < 300 else 100.0
        for cap, val in (
            (tr(lg, "For", "Für", "Pour"), a_person(rng, lg)),
            (tr(lg, "Experience", "Erlebnis", "Activité"), f"{exp}{' x 2' if n == 2 else ''}"),
            (tr(lg, "From", "Von", "De la part de"), a_person(rng, lg)),
        ):
            p.text(30, y, cap, h.font, 8)
            p.line(100, y + 2, w - 140, y + 2)
            hand(p, 104, y - 1, val, 10, w - 250)
            y += 20
        pairs(
            p,
            s,
            w - 132,
            78 if hh < 300 else 100,
            [
                (tr(lg, "No.", "Nr.", "N°"), code),
                (tr(lg, "Value", "Wert", "Valeur"), cash(price * n, lg)),
                (tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"), short(valid, lg)),
            ],
            w - 26,
            7.5,
        )
        p.text(
            30,
            hh - 22,
            fit(
                tr(
                    lg,
                    "To book call us or book online quoting the voucher number. Not exchangeable "
                    "for cash.",
                    "Bitte Termin telefonisch oder online unter Angabe der Gutscheinnummer "
                    "vereinbaren. Keine Barauszahlung.",
                    "Réservation par téléphone ou en ligne avec le numéro du bon. Non "
                    "remboursable.",
                ),
                h.font,
                6.5,
                w - 60,
            ),
            h.font,
            6.5,
        )
        pages = [p]
        if rng.random() < 0.4:
            back = Page(size)
            back.text(
                w / 2,
                30,
                tr(lg, "Terms and conditions", "Gutscheinbedingungen", "Conditions d'utilisation"),
                h.bold,
                9,
                "center",
            )
            y = 46.0
            for t in wrap(prose(rng, lg, "legal", 3, 5), h.font, 7, w - 60):
                if y > hh - 24:
                    break
                back.text(30, y, t, h.font, 7)
                y += 9
            pages.append(back)
    else:
        row = keyed(who, "platform").choice(PLATFORMS[lg])
        h = make_head(row, lg, "platform")
        s = style_of(h, A4)
        w, hh = A4
        m = s.margin
        p = Page(A4)
        y = heading(p, s, h)
        p.text(
            m,
            y + 10,
            tr(lg, "Your experience voucher", "Ihr Erlebnisgutschein", "Votre e-coffret"),
            h.bold,
            20,
        )
        y += 50
        p.rect(m, y, w - 2 * m, 150)
        p.text(m + 12, y + 24, fit(exp, h.bold, 13, w - 2 * m - 24), h.bold, 13)
        p.text(
            m + 12,
            y + 42,
            fit(f"{tr(lg, 'at', 'bei', 'chez')} {centre_name()}", h.font, 10, w - 2 * m - 24),
            h.font,
            10,
        )
        pairs(
            p,
            s,
            m + 12,
            y + 70,
            [
                (tr(lg, "Voucher code", "Gutscheincode", "Code"), code),
                (tr(lg, "Security code", "PIN", "Code secret"), serial(rng, "9999")),
                (tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"), day(h, valid)),
                (tr(lg, "Participants", "Teilnehmer", "Participants"), str(n)),
            ],
            m + 260,
        )
        p.barcode("code128", code.replace("-", ""), w - m - 200, y + 70)
        y += 175
        p.text(
            m,
            y,
            tr(
                lg,
                "How to redeem",
                "So lösen Sie Ihren Gutschein ein",
                "Comment utiliser votre coffret",
            ),
            h.bold,
            11,
        )
        y += 16
        for k in range(3):
            for ln in wrap(f"{k + 1}. {words(rng, lg, 'legal')}", h.font, 9, w - 2 * m):
                p.text(m, y, ln, h.font, 9)
                y += 12
        pages = [p]
    stamp(
        pages[0],
        pages[0].size[0] * rng.uniform(0.45, 0.6),
        pages[0].size[1] * rng.uniform(0.3, 0.5),
        [tr(lg, "REDEEMED", "EINGELÖST", "UTILISÉ"), short(used, lg), centre_name()[:24]],
    )
    if rng.random() < 0.6:
        hand(
            pages[0],
            30,
            pages[0].size[1] - 40,
            f"{tr(lg, 'bkg', 'Buchung', 'résa')} {rng.randint(1000, 9999)}",
            9.5,
        )
    remember(used)
    return pages


def tpl_wedding_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A couple's wedding owl booking form, the centre's printed form filled in and signed by
    hand (the owl, the ceremony, tick boxes, the deposit), now and then with the terms page
    they signed."""
    lg = home()
    h = centre_head()
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "Wedding Owl Booking Form",
        "Anmeldung Eulen-Hochzeit",
        "Bulletin de réservation - Chouette de mariage",
    )
    p.text(m, y, fit(title, s.bold, 15, w - 2 * m), s.bold, 15)
    y += 22
    a, b = a_person(rng, lg), a_person(rng, lg)
    wd = some_day(rng) + timedelta(days=rng.randint(60, 300))
    venue = rng.choice(SENDERS["show"][lg])[0]
    y = band(p, s, y, tr(lg, "1. The couple", "1. Das Brautpaar", "1. Les mariés"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), a),
            (tr(lg, "Partner's name", "Name Partner/in", "Nom du conjoint"), b),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 60)} {rng.choice(ROADS[lg])}",
            ),
            (
                tr(lg, "Telephone / mobile", "Telefon / Handy", "Téléphone"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0199 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
        ],
    )
    y = band(p, s, y, tr(lg, "2. The day", "2. Der Tag", "2. Le jour J"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Wedding date", "Datum", "Date du mariage"), short(wd, lg)),
            (
                tr(lg, "Ceremony time", "Uhrzeit Trauung", "Heure de la cérémonie"),
                rng.choice(["12:30", "13:00", "14:00", "15:30"]),
            ),
            (tr(lg, "Venue", "Ort / Location", "Lieu"), venue),
            (
                tr(lg, "Number of guests", "Anzahl Gäste", "Nombre d'invités"),
                str(rng.choice([45, 60, 80, 110, 140])),
            ),
        ],
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "3. Your owl and package",
            "3. Ihre Eule und Ihr Paket",
            "3. Votre chouette et formule",
        ),
    )
    y += 6
    owl = rng.choice([b for b in BIRDS if "owl" in SPECIES[b.sp][0].lower()] or BIRDS)
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [f"{owl.name} ({sp_name(owl.sp, lg)})", tr(lg, "No preference", "Egal", "Sans préférence")],
        {0},
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Ring delivery", "Ringübergabe", "Apport des alliances"),
            tr(lg, "Photos with guests", "Fotos mit Gästen", "Photos avec les invités"),
            tr(lg, "Drinks reception (1 hr)", "Sektempfang (1 Std.)", "Vin d'honneur (1 h)"),
            tr(lg, "Indoor ceremony", "Trauung drinnen", "Cérémonie en intérieur"),
        ],
        set(rng.sample(range(4), rng.randint(1, 3))),
    )
    y = band(p, s, y + 4, tr(lg, "4. Payment", "4. Zahlung", "4. Règlement"))
    y += 8
    fee = rng.choice([295.0, 350.0, 395.0, 450.0])
    p.text(
        m,
        y + 4,
        tr(
            lg,
            f"Package price {cash(fee, lg)} - deposit {cash(100.0, lg)} with this form",
            f"Paketpreis {cash(fee, lg)} - Anzahlung {cash(100.0, lg)} mit der Anmeldung",
            f"Prix {cash(fee, lg)} - acompte de {cash(100.0, lg)} à la réservation",
        ),
        s.font,
        8.5,
    )
    y = ticks(
        p,
        s,
        m,
        y + 20,
        w - 2 * m,
        [
            tr(lg, "Bank transfer", "Überweisung", "Virement"),
            tr(lg, "Card by phone", "Karte", "Carte bancaire"),
            tr(lg, "Cheque", "Bar", "Chèque"),
        ],
        {rng.randrange(3)},
    )
    p.text(
        m,
        y + 10,
        fit(
            tr(
                lg,
                "I have read and accept the terms and conditions.",
                "Ich habe die Bedingungen gelesen und erkenne sie an.",
                "J'ai lu et j'accepte les conditions générales.",
            ),
            s.font,
            8.5,
            w - 2 * m,
        ),
        s.font,
        8.5,
    )
    y += 46
    p.line(m, y, m + 180, y)
    scrawl(p, m + 4, y - 3, a)
    p.text(m, y + 10, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 7)
    p.line(w - m - 150, y, w - m, y)
    hand(p, w - m - 146, y - 3, short(some_day(rng), lg))
    p.text(w - m - 150, y + 10, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    y += 26
    p.rect(m, y, w - 2 * m, 44, fill=0.93)
    p.text(
        m + 6,
        y + 12,
        tr(lg, "Office use only", "Nur für das Büro", "Réservé au centre"),
        s.bold,
        7.5,
    )
    if rng.random() < 0.7:
        hand(
            p,
            m + 10,
            y + 30,
            f"dep. rec'd {short(some_day(rng), lg)}  -  {crew('bookings').split()[0]}",
            9,
            w - 2 * m - 20,
        )
    pages = [p]
    if rng.random() < 0.35:
        t = small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Wedding bookings - terms and conditions",
                "Bedingungen für Hochzeitsbuchungen",
                "Conditions générales - mariages",
            ),
            [words(rng, lg, "legal", 3)[:-1] for _ in range(9)],
        )
        t.line(m, hh - 60, m + 160, hh - 60)
        scrawl(t, m + 4, hh - 63, a, 11)
        pages.append(t)
    remember(wd)
    return pages


def tpl_school_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A school's or holiday club's outreach booking: the teacher's letter, the centre's
    outreach booking form filled in by the school (hand entries, tick boxes) and, for a
    council school, the official order."""
    h = head_of(who, "school")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    visit = d + timedelta(days=rng.randint(14, 60))
    teacher = staff(h, "teacher")
    group = rng.choice(
        {
            "en": ["Year 3 (two classes)", "Year 5", "Reception and Year 1", "Year 8 science club"],
            "de": ["Klasse 3a und 3b", "Klasse 4", "Vorschulkinder", "Biologie-AG Klasse 7"],
            "fr": ["CE2 et CM1", "CM2", "les moyens et grands", "classe de 6e"],
        }[lg]
    )
    kids = rng.choice([24, 28, 31, 45, 56])
    f = sheets(s, h)
    recipient(f, s, h, centre_lines(), d, [])
    caption(
        f,
        s,
        tr(
            lg,
            f"Outreach visit - {group}",
            f"Besuch in der Schule - {group}",
            f"Intervention pédagogique - {group}",
        ),
        1,
    )
    write(f, s, tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    write(
        f,
        s,
        tr(
            lg,
            "Following our telephone conversation I would like to book an outreach visit with "
            f"your birds for {group} ({kids} children) on {day(h, visit)}. Our topic this term is "
            "habitats and food chains and the children are very excited to see an owl up close.",
            f"wie telefonisch besprochen möchten wir für {group} ({kids} Kinder) einen Besuch mit "
            f"Ihren Greifvögeln am {day(h, visit)} buchen. Unser Sachunterrichtsthema sind gerade "
            "heimische Tiere und Nahrungsketten.",
            "Suite à notre échange téléphonique, nous souhaitons réserver une intervention avec "
            f"vos rapaces pour les élèves de {group} ({kids} enfants) le {day(h, visit)}, dans le "
            "cadre de notre projet sur la biodiversité.",
        ),
    )
    write(f, s, prose(rng, lg, "birds", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "Please find enclosed your booking form, which I have completed, and our official "
            "order. Could you also send us a copy of your risk assessment and public liability "
            "certificate?",
            "Anbei das ausgefüllte Anmeldeformular. Bitte senden Sie uns auch Ihre "
            "Haftpflichtbestätigung zu.",
            "Vous trouverez ci-joint le bulletin complété ainsi que le bon de commande de la "
            "mairie. Merci de nous transmettre votre attestation d'assurance.",
        ),
    )
    regards(f, s, lg, teacher, tr(lg, "Class teacher", "Klassenlehrer/in", "Professeur des écoles"))
    pages = f.pages
    c = centre_head()
    form = Page(A4)
    cs = style_of(c, A4, pt=9)
    y = heading(form, cs, c)
    form.text(
        m,
        y,
        tr(
            lg,
            "Schools & groups - outreach booking form",
            "Schulen und Gruppen - Anmeldung",
            "Écoles et groupes - bulletin d'inscription",
        ),
        cs.bold,
        13,
    )
    y = fields(
        form,
        cs,
        m,
        y + 14,
        w - 2 * m,
        [
            (tr(lg, "School / group", "Schule / Gruppe", "Établissement"), h.name),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), teacher),
            (tr(lg, "Date requested", "Wunschtermin", "Date souhaitée"), short(visit, lg)),
            (
                tr(lg, "Arrival time", "Uhrzeit", "Heure d'arrivée"),
                rng.choice(["9:15", "10:00", "13:15"]),
            ),
            (tr(lg, "Age / year group", "Alter / Klasse", "Niveau"), group),
            (tr(lg, "Number of children", "Anzahl Kinder", "Nombre d'enfants"), str(kids)),
            (tr(lg, "Adults", "Begleitpersonen", "Accompagnateurs"), str(rng.randint(2, 6))),
            (
                tr(lg, "Postcode / parking", "Parken", "Accès / stationnement"),
                rng.choice(["playground", "Schulhof", "cour"]),
            ),
        ],
    )
    y += 4
    form.text(m, y, tr(lg, "Session", "Angebot", "Formule"), cs.bold, 9)
    y = ticks(
        form,
        cs,
        m,
        y + 14,
        w - 2 * m,
        [
            tr(lg, "Owl talk (45 min)", "Eulen-Vortrag (45 Min.)", "Les chouettes (45 min)"),
            tr(lg, "Birds of prey talk (1 hr)", "Greifvögel (1 Std.)", "Les rapaces (1 h)"),
            tr(
                lg,
                "Half day with handling",
                "Halbtag mit Handling",
                "Demi-journée avec manipulation",
            ),
            tr(lg, "Indoor hall available", "Halle vorhanden", "Salle disponible"),
        ],
        set(rng.sample(range(4), 2)),
    )
    form.text(
        m,
        y + 6,
        tr(
            lg,
            "Any allergies, access or special needs:",
            "Allergien, Besonderheiten:",
            "Allergies, besoins particuliers :",
        ),
        cs.font,
        8.5,
    )
    hand(
        form,
        m + 8,
        y + 24,
        rng.choice(
            ["2 children with feather allergy", "wheelchair user in 3b", "keine", "aucun", "none"]
        ),
        9.5,
        w - 2 * m,
    )
    y += 56
    form.line(m, y, m + 170, y)
    scrawl(form, m + 4, y - 3, teacher)
    form.text(
        m, y + 10, tr(lg, "Signed for the school", "Unterschrift Schule", "Signature"), cs.font, 7
    )
    seal(form, w - m - 70, y - 20, 34, h.name[:28], h.town.split()[-1][:16])
    pages.append(form)
    if lg != "de" and rng.random() < 0.65:
        o = Page(A4)
        os_ = style_of(h, A4, pt=8.5)
        y = m
        o.text(
            m,
            y,
            fit(
                tr(lg, f"OFFICIAL ORDER - {h.name}", "", f"BON DE COMMANDE - {h.name}"),
                os_.bold,
                12,
                w - 2 * m,
            ),
            os_.bold,
            12,
        )
        o.text(w - m, y, f"No. {serial(rng, '999999')}", os_.bold, 11, "right")
        y = fields(
            o,
            os_,
            m,
            y + 16,
            w - 2 * m,
            [
                (tr(lg, "Supplier", "", "Fournisseur"), c.name),
                (tr(lg, "Cost centre", "", "Imputation"), serial(rng, "E999 / 4A")),
                (tr(lg, "Order date", "", "Date"), short(d, lg)),
                (tr(lg, "Authorised by", "", "Visa ordonnateur"), staff(h, "head")),
            ],
            hand=False,
        )
        cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1.2, "right"), (1.2, "right")])
        of = Sheets(A4, hh - m, lambda pg, k: m)
        of.pages[0] = o
        of.page = o
        of.y = y + 6
        fee = rng.choice([180.0, 220.0, 260.0, 320.0])
        table(
            of,
            cols,
            [
                tr(lg, "Description", "", "Désignation"),
                tr(lg, "Qty", "", "Qté"),
                tr(lg, "Unit", "", "P.U."),
                tr(lg, "Total", "", "Total"),
            ],
            [
                [
                    tr(
                        lg,
                        f"Outreach visit {short(visit, lg)}",
                        "",
                        f"Intervention du {short(visit, lg)}",
                    ),
                    "1",
                    money(fee, lg),
                    money(fee, lg),
                ],
                [
                    tr(lg, "Mileage", "", "Frais de déplacement"),
                    "1",
                    money(30.0, lg),
                    money(30.0, lg),
                ],
            ],
            os_,
            rules=True,
        )
        of.y += 10
        o.text(
            w - m,
            of.y,
            f"{tr(lg, 'Total', '', 'Total')} {cash(fee + 30, lg)}",
            os_.bold,
            10,
            "right",
        )
        o.text(
            m,
            hh - m - 40,
            fit(
                tr(
                    lg,
                    "Invoices must quote the order number and be sent to the school business "
                    "manager.",
                    "",
                    "Les factures doivent mentionner le numéro de commande et être adressées à "
                    "la mairie.",
                ),
                os_.font,
                7.5,
                w - 2 * m,
            ),
            os_.font,
            7.5,
        )
        pages.append(o)
    remember(visit)
    return close(pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates UUUUU: birds - sale, certificates, registration, vets and laboratories
# ---------------------------------------------------------------------------------------------


def cert_title(lang: str) -> tuple[str, str]:
    return {
        "en": (
            "ARTICLE 10 CERTIFICATE",
            "The Control of Trade in Endangered Species Regulations 2018",
        ),
        "de": ("EG-BESCHEINIGUNG", "Artikel 10 der Verordnung (EG) Nr. 338/97 des Rates"),
        "fr": (
            "CERTIFICAT INTRACOMMUNAUTAIRE",
            "Article 10 du règlement (CE) n° 338/97 du Conseil",
        ),
    }[lang]


def cert_page(
    rng: random.Random, h: Head, b: Bird, holder: list[str], issued: date, copy: bool = False
) -> Page:
    """One certificate on its form: the numbered boxes of the EU / UK specimen certificate,
    the holder, the specimen with its ring and chip, the source and the authority's stamp."""
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    if copy:
        copier_edge(p, rng)
    p.rect(m - 6, m - 14, w - 2 * m + 12, hh - 2 * m + 10)
    top, sub = cert_title(lg)
    if lg != "en":
        p.text(m, m + 4, tr(lg, "", "EUROPÄISCHE UNION", "UNION EUROPÉENNE"), s.bold, 9)
    else:
        p.text(m, m + 4, "UNITED KINGDOM", s.bold, 9)
    p.rect(w - m - 150, m - 8, 150, 26)
    p.text(w - m - 146, m, tr(lg, "Certificate No.", "Nr.", "N°"), s.font, 6)
    p.text(w - m - 146, m + 13, b.cert or a_cert(rng, lg, b.hatched), "Courier-Bold", 10)
    p.text(w / 2, m + 38, top, s.bold, 14, "center")
    p.text(w / 2, m + 50, fit(sub, s.font, 7.5, w - 2 * m), s.font, 7.5, "center")
    y = m + 62
    fw = w - 2 * m
    y = fields(
        p,
        s,
        m,
        y,
        fw,
        [
            (
                tr(
                    lg,
                    "1. Holder (name, full address)",
                    "1. Inhaber (Name, Anschrift)",
                    "1. Détenteur (nom, adresse)",
                ),
                ", ".join(holder),
            ),
            (
                tr(lg, "2. Issuing authority", "2. Ausstellende Behörde", "2. Organe de gestion"),
                f"{h.name}, {h.town}",
            ),
        ],
        per=1,
        tall=28,
        hand=False,
    )
    y = fields(
        p,
        s,
        m,
        y - 10,
        fw,
        [
            (
                tr(lg, "3. Scientific name", "3. Wissenschaftlicher Name", "3. Nom scientifique"),
                latin(b.sp),
            ),
            (tr(lg, "4. Common name", "4. Deutscher Name", "4. Nom commun"), sp_name(b.sp, lg)),
            (
                tr(
                    lg,
                    "5. Description (sex, age, marks)",
                    "5. Beschreibung (Geschlecht, Alter, Kennzeichen)",
                    "5. Description (sexe, âge, marquage)",
                ),
                f"{sex(b, lg)}, {b.hatched}, "
                f"{tr(lg, 'closed ring', 'geschl. Ring', 'bague fermée')} {b.ring}",
            ),
            (tr(lg, "6. Microchip", "6. Transponder", "6. Transpondeur"), b.chip or "-"),
            (tr(lg, "7. Annex", "7. Anhang", "7. Annexe"), SPECIES[b.sp][4]),
            (tr(lg, "8. Source", "8. Herkunft", "8. Source"), "C"),
            (
                tr(lg, "9. Country of origin", "9. Ursprungsland", "9. Pays d'origine"),
                {"en": "GB", "de": "DE", "fr": "FR"}[lg],
            ),
            (tr(lg, "10. Quantity", "10. Menge", "10. Quantité"), "1"),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    y = band(
        p,
        s,
        y + 4,
        tr(
            lg,
            "11. The specimen covered by this certificate",
            "11. Das Exemplar dieser Bescheinigung",
            "11. Le spécimen couvert par ce certificat",
        ),
        0.88,
    )
    y = ticks(
        p,
        s,
        m,
        y + 8,
        fw,
        [
            tr(
                lg,
                "was born and bred in captivity",
                "ist in Gefangenschaft geboren und gezüchtet",
                "est né et élevé en captivité",
            ),
            tr(
                lg,
                "is an artificially propagated plant",
                "ist künstlich vermehrt",
                "a été reproduit artificiellement",
            ),
            tr(
                lg,
                "was acquired before the provisions applied",
                "wurde vor Inkrafttreten erworben",
                "a été acquis avant l'entrée en vigueur",
            ),
        ],
        {0},
        7.5,
    )
    y = band(p, s, y + 2, tr(lg, "12. Use", "12. Verwendung", "12. Utilisation"), 0.88)
    y = ticks(
        p,
        s,
        m,
        y + 8,
        fw,
        [
            tr(
                lg,
                "Specimen-specific: commercial use authorised",
                "Exemplarbezogen: Vermarktung erlaubt",
                "Spécifique au spécimen : usage commercial",
            ),
            tr(lg, "Transaction-specific", "Vorgangsbezogen", "Spécifique à la transaction"),
            tr(
                lg,
                "Movement from location authorised",
                "Ortswechsel genehmigt",
                "Déplacement autorisé",
            ),
        ],
        {0} if rng.random() < 0.8 else {1},
        7.5,
    )
    p.rect(m, y + 2, fw, 60)
    p.text(
        m + 4,
        y + 12,
        tr(
            lg,
            "13. Special conditions",
            "13. Besondere Bedingungen",
            "13. Conditions particulières",
        ),
        s.font,
        6,
    )
    for k, ln in enumerate(
        wrap(
            tr(
                lg,
                "Valid only for the live specimen described. The certificate must accompany the "
                "specimen and be returned to the issuing authority on its death or if its marks "
                "are lost.",
                "Gilt nur für das beschriebene lebende Exemplar. Die Bescheinigung ist bei Tod "
                "oder Verlust der Kennzeichnung an die Behörde zurückzugeben.",
                "Valable pour le seul spécimen vivant décrit. À restituer à l'autorité en cas de "
                "mort ou de perte du marquage.",
            ),
            s.font,
            7.5,
            fw - 12,
        )[:4]
    ):
        p.text(m + 6, y + 24 + k * 9, ln, s.font, 7.5)
    y += 76
    p.text(
        m,
        y + 10,
        tr(lg, "14. Place and date of issue", "14. Ort und Datum", "14. Lieu et date"),
        s.font,
        6,
    )
    p.text(m, y + 24, f"{h.town.split(' ', 1)[-1]}, {short(issued, lg)}", s.font, 9)
    seal(
        p,
        w / 2 + 10,
        y + 40,
        32,
        h.name.split(" - ")[0][:30],
        tr(lg, "CITES", "Naturschutz", "CITES"),
    )
    scrawl(p, w - m - 150, y + 46, staff(h, "officer"), 12)
    p.line(w - m - 160, y + 50, w - m, y + 50)
    p.text(
        w - m - 160,
        y + 60,
        tr(
            lg,
            "15. Signature and official stamp",
            "15. Unterschrift und Dienstsiegel",
            "15. Signature et cachet",
        ),
        s.font,
        6,
    )
    if copy:
        p.text(w / 2, hh - 24, tr(home(), "COPY", "KOPIE", "COPIE"), "Helvetica-Bold", 9, "center")
    return p


def cert_back(h: Head) -> Page:
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=7.5)
    w, _ = A4
    m = s.margin
    p = Page(A4)
    p.text(
        m,
        m + 6,
        tr(
            lg,
            "Notes for the holder",
            "Hinweise für den Inhaber",
            "Notice à l'attention du détenteur",
        ),
        s.bold,
        10,
    )
    y = m + 26.0
    notes = {
        "en": [
            "This certificate is valid only for the specimen described overleaf.",
            "A specimen-specific certificate remains with the specimen when it is sold; give it "
            "to the new keeper.",
            "Keep the certificate safe. It may be inspected by the police or an APHA wildlife "
            "inspector.",
            "If the specimen dies, escapes or is stolen, return the certificate within 30 days.",
            "Any alteration, erasure or amendment makes the certificate invalid.",
        ],
        "de": [
            "Diese Bescheinigung gilt nur für das umseitig bezeichnete Exemplar.",
            "Bei Abgabe des Tieres ist die Bescheinigung an den Erwerber weiterzugeben.",
            "Zugang und Abgang sind der Unteren Naturschutzbehörde nach § 7 BArtSchV anzuzeigen.",
            "Bei Tod oder Entweichen ist die Bescheinigung binnen eines Monats zurückzugeben.",
            "Änderungen, Radierungen oder Streichungen machen die Bescheinigung ungültig.",
        ],
        "fr": [
            "Le présent certificat n'est valable que pour le spécimen décrit au recto.",
            "En cas de cession, le certificat est remis au nouveau détenteur.",
            "La détention est soumise à l'arrêté du 8 octobre 2018 (marquage et enregistrement "
            "I-FAP).",
            "En cas de mort ou d'évasion, le certificat doit être restitué dans un délai d'un "
            "mois.",
            "Toute rature ou surcharge rend le certificat nul.",
        ],
    }[lg]
    for k, t in enumerate(notes, 1):
        for ln in wrap(f"{k}. {t}", s.font, 8, w - 2 * m):
            p.text(m, y, ln, s.font, 8)
            y += 11
        y += 4
    p.rect(m, y + 20, w - 2 * m, 120)
    p.text(
        m + 4,
        y + 30,
        tr(lg, "Endorsements (official use)", "Vermerke der Behörde", "Mentions officielles"),
        s.font,
        6.5,
    )
    return p


def tpl_bird_sale(rng: random.Random, who: Issuer) -> list[Page]:
    """A breeder's bill of sale for a bird the centre buys: seller and buyer, the bird with
    ring, chip and certificate number, the price and the declarations signed by both, now
    and then with a copy of the certificate and a DNA sexing certificate behind."""
    h = head_of(who, "breeder", abroad=0.2)
    lg = h.lang
    s = style_of(h, keyed(who, "size").choice([A4, A4, LETTER]) if lg == "en" else A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    b = a_bird(rng, lg, rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 11, 13, 15]))
    b.hatched = d.year - rng.choice([0, 0, 1])
    b.ring = a_ring(rng, lg, b.hatched)
    if SPECIES[b.sp][4] == "A":
        b.cert = a_cert(rng, lg, b.hatched)
    seller = staff(h, "owner")
    price = rng.choice([350.0, 450.0, 600.0, 850.0, 1200.0, 1800.0, 2400.0])
    f = sheets(s, h, header=h.name)
    f.y += 4
    caption(
        f,
        s,
        tr(
            lg,
            "Bill of Sale - Bird of Prey",
            "Kaufvertrag über einen Greifvogel",
            "Attestation de cession d'un animal d'espèce non domestique",
        ),
        4,
    )
    centre = centre_head()
    w2 = (w - 2 * m - 14) / 2
    y0 = f.y
    for k, (cap, lines) in enumerate(
        [
            (
                tr(lg, "Seller", "Verkäufer", "Cédant"),
                [seller, h.name if seller not in h.name else "", h.street, h.town],
            ),
            (
                tr(lg, "Buyer", "Käufer", "Cessionnaire"),
                [centre.name, crew("owner"), centre.street, centre.town],
            ),
        ]
    ):
        x = m + k * (w2 + 14)
        f.page.rect(x, y0, w2, 70)
        f.page.text(x + 5, y0 + 10, cap, s.bold, 8)
        yy = y0 + 24
        for t in [t for t in lines if t]:
            f.page.text(x + 5, yy, fit(t, s.font, s.size - 0.5, w2 - 10), s.font, s.size - 0.5)
            yy += 11
    f.y = y0 + 88
    cols = columns(
        m, w - m, [(2.2, "left"), (1.0, "left"), (0.6, "left"), (1.5, "left"), (1.4, "left")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Species", "Art", "Espèce"),
            tr(lg, "Sex", "Geschl.", "Sexe"),
            tr(lg, "Hatched", "Schlupf", "Né"),
            tr(lg, "Ring", "Ring", "Bague"),
            tr(lg, "Certificate", "Bescheinigung", "CIC"),
        ],
        [
            [
                f"{sp_name(b.sp, lg)} ({latin(b.sp)})",
                sex(b, lg),
                str(b.hatched),
                b.ring,
                b.cert or tr(lg, "not req. (Annex B)", "entfällt (Anh. B)", "non requis (ann. B)"),
            ]
        ],
        s,
        rules=True,
    )
    if b.chip:
        write(f, s, f"{tr(lg, 'Microchip', 'Transponder', 'Transpondeur')}: {b.chip}", s.size - 1)
    rearing = rng.choice(
        [
            tr(
                lg, "parent reared", "Naturbrut, von den Eltern aufgezogen", "élevé par les parents"
            ),
            tr(lg, "creche reared", "Gruppenaufzucht", "élevé en crèche"),
            tr(
                lg, "imprint (hand reared)", "Handaufzucht (Prägling)", "imprégné (élevé à la main)"
            ),
        ]
    )
    write(
        f,
        s,
        f"{tr(lg, 'Rearing', 'Aufzucht', 'Élevage')}: {rearing}. "
        f"{tr(lg, 'DNA sexed', 'DNA-Geschlechtsbestimmung', 'Sexage ADN')}: "
        f"{tr(lg, 'yes', 'ja', 'oui') if rng.random() < 0.6 else tr(lg, 'no', 'nein', 'non')}.",
        s.size - 1,
    )
    f.y += 4
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Price", "Kaufpreis", "Prix"), cash(price, lg)),
            (
                tr(lg, "Paid by", "Zahlung", "Règlement"),
                rng.choice(
                    [
                        tr(lg, "bank transfer", "Überweisung", "virement"),
                        tr(lg, "cash", "bar", "espèces"),
                    ]
                ),
            ),
        ],
        w - m,
    )
    f.y += 8
    for t in [
        tr(
            lg,
            "The seller confirms that the bird was bred in captivity, is the seller's property "
            "and is free of any known disease or injury at the time of sale.",
            "Der Verkäufer versichert, dass der Vogel aus Gefangenschaftsnachzucht stammt, sein "
            "Eigentum ist und zum Zeitpunkt der Übergabe frei von bekannten Krankheiten ist.",
            "Le cédant certifie que l'animal est né en captivité, qu'il en est propriétaire et "
            "qu'il ne présente aucune maladie connue.",
        ),
        tr(
            lg,
            "The bird is sold as seen. The buyer has inspected the bird and accepts it in its "
            "present condition.",
            "Der Vogel wird wie besichtigt verkauft; eine Gewährleistung für Flug- oder "
            "Jagdleistung wird nicht übernommen.",
            "L'animal est cédé en l'état ; le cessionnaire l'a examiné et l'accepte.",
        ),
        tr(
            lg,
            "Where the species is listed in Annex A, the specimen-specific certificate passes to "
            "the buyer with the bird.",
            "Die EG-Bescheinigung wird mit dem Vogel übergeben. Der Käufer zeigt den Zugang der "
            "Behörde an.",
            "Le certificat intracommunautaire est remis avec l'animal ; le cessionnaire déclare "
            "la détention sur I-FAP.",
        ),
    ]:
        write(f, s, t, s.size - 0.5)
    f.need(90)
    f.y += 24
    roles = [tr(lg, "Seller", "Verkäufer", "Cédant"), tr(lg, "Buyer", "Käufer", "Cessionnaire")]
    for k, nm in enumerate([seller, crew("owner")]):
        x = m + k * (w2 + 14)
        f.page.line(x, f.y, x + w2 - 20, f.y)
        scrawl(f.page, x + 4, f.y - 3, nm)
        f.page.text(
            x,
            f.y + 10,
            f"{roles[k]}: {nm}",
            s.font,
            7.5,
        )
    f.page.text(m, f.y + 24, f"{tr(lg, 'Date', 'Datum', 'Fait le')}: {day(h, d)}", s.font, 8)
    pages = close(f.pages, s, h)
    if b.cert and rng.random() < 0.55:
        c = make_head(rng.choice(SENDERS["cites"][lg]), lg, "cites")
        pages.append(
            cert_page(
                rng,
                c,
                b,
                [seller, h.street, h.town],
                d - timedelta(days=rng.randint(40, 400)),
                copy=True,
            )
        )
    if rng.random() < 0.3:
        lab = make_head(rng.choice(SENDERS["lab"][lg]), lg, "lab")
        q = Page(A5)
        qs = style_of(lab, A5, margin=30, pt=8)
        copier_edge(q, rng)
        y = heading(q, qs, lab)
        q.text(
            A5[0] / 2,
            y + 6,
            tr(
                lg,
                "DNA Sexing Certificate",
                "Zertifikat Geschlechtsbestimmung",
                "Certificat de sexage ADN",
            ),
            qs.bold,
            12,
            "center",
        )
        y = pairs(
            q,
            qs,
            30,
            y + 30,
            [
                (tr(lg, "Sample no.", "Proben-Nr.", "Échantillon"), serial(rng, "AA-999999")),
                (tr(lg, "Species", "Art", "Espèce"), latin(b.sp)),
                (tr(lg, "Ring / ID", "Ring / Kennz.", "Bague"), b.ring),
                (
                    tr(lg, "Sample type", "Material", "Prélèvement"),
                    rng.choice(
                        [tr(lg, "feather", "Feder", "plume"), tr(lg, "blood", "Blut", "sang")]
                    ),
                ),
                (tr(lg, "Result", "Ergebnis", "Résultat"), sex(b, lg).upper()),
            ],
            A5[0] - 30,
            8.5,
        )
        scrawl(q, 34, y + 30, staff(lab, "scientist"), 11)
        q.text(
            34,
            y + 42,
            tr(lg, "Laboratory manager", "Laborleitung", "Responsable du laboratoire"),
            qs.font,
            7,
        )
        pages.append(q)
    received(rng, pages[0], d, 0.2)
    remember(d, b)
    return pages


def tpl_article10(rng: random.Random, who: Issuer) -> list[Page]:
    """The CITES authority's certificate for one of the centre's birds (a new Article 10 /
    EG-Bescheinigung / CIC after a purchase, a transfer or a lost certificate): now and then a
    covering letter, one or two certificate pages and the notes on the back."""
    h = head_of(who, "cites")
    lg = h.lang
    s = style_of(h, A4)
    d = last_day(rng, ("bird_sale",), (12, 45))
    ex = LAST["extra"]
    if after(("bird_sale",)) and isinstance(ex, Bird):
        birds = [
            Bird(ex.name, ex.sp, ex.male, ex.ring, ex.chip, ex.hatched, a_cert(rng, lg, d.year))
        ]
    else:
        pool = [b for b in BIRDS if SPECIES[b.sp][4] == "A"] or BIRDS
        birds = rng.sample(pool, min(len(pool), rng.choice([1, 1, 1, 2])))
        birds = [
            Bird(b.name, b.sp, b.male, b.ring, b.chip, b.hatched, a_cert(rng, lg, d.year))
            for b in birds
        ]
    holder = [centre_name(), centre_head().street, centre_head().town]
    pages: list[Page] = []
    if rng.random() < 0.55:
        f = sheets(s, h)
        ref = serial(
            rng, {"en": "CIT/99999/AA", "de": "55-8852.99/999", "fr": "CITES-26-99-9999"}[lg]
        )
        recipient(
            f, s, h, centre_lines(crew("owner")), d, [(tr(lg, "Our ref.", "Az.", "Réf."), ref)]
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your application for an Article 10 certificate",
                "Ihr Antrag auf Erteilung einer EG-Bescheinigung",
                "Votre demande de certificat intracommunautaire",
            ),
            1,
        )
        write(f, s, dear_of(crew("owner"), lg))
        names = ", ".join(f"{sp_name(b.sp, lg)} ({b.ring})" for b in birds)
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed the certificate(s) for the following specimen(s): {names}. "
                "Please check the details carefully and tell us at once if anything is wrong.",
                f"anbei erhalten Sie die beantragte(n) Bescheinigung(en) für: {names}. Bitte "
                "prüfen Sie die Angaben und teilen Sie uns Unstimmigkeiten umgehend mit.",
                f"Veuillez trouver ci-joint le(s) certificat(s) concernant : {names}. Nous vous "
                "remercions de vérifier les mentions portées.",
            ),
        )
        write(f, s, prose(rng, lg, "rules", 1, 2))
        if lg == "de":
            write(
                f,
                s,
                "Gebührenfestsetzung: Für diese Entscheidung wird eine Gebühr von "
                + cash(25.0 * len(birds), lg)
                + " erhoben (Gebührenverzeichnis Nr. 27.1). Rechtsbehelfsbelehrung: Gegen diesen "
                "Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                "Verwaltungsgericht erhoben werden.",
                s.size - 1,
            )
        elif lg == "en":
            write(
                f,
                s,
                f"The fee of {cash(40.0 * len(birds), lg)} has been taken from your account. "
                "Guidance notes are on the back of each certificate.",
                s.size - 1,
            )
        regards(
            f,
            s,
            lg,
            staff(h, "officer"),
            tr(
                lg, "Wildlife Licensing & Registration", "Sachbearbeitung Artenschutz", "Pôle CITES"
            ),
        )
        pages += close(f.pages, s, h, numbers="none")
    back = rng.random() < 0.35
    for b in birds:
        pages.append(cert_page(rng, h, b, holder, d))
        if back:
            pages.append(cert_back(h))
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def tpl_movement_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A bird's registration or movement record, one per bird: the Independent Bird Register's
    registration certificate (A5 landscape), the Zugangs-/Abgangsanzeige nach § 7 BArtSchV filled
    in by hand and stamped by the Untere Naturschutzbehörde, or the I-FAP identification sheet."""
    h = head_of(who, "register")
    lg = h.lang
    b = our_bird(rng) if rng.random() < 0.7 else a_bird(rng, lg)
    d = some_day(rng)
    centre = centre_head()
    if lg == "en":
        size = A5L
        s = style_of(h, size, margin=30, pt=8.5)
        w, hh = size
        m = s.margin
        p = Page(size)
        p.rect(10, 10, w - 20, hh - 20)
        bird_mark(p, m, 22, 30)
        p.text(m + 40, 36, h.name.upper(), h.bold, 13)
        p.text(m + 40, 48, fit(f"{h.street}, {h.town}", h.font, 7, w / 2), h.font, 7)
        p.text(w - m, 36, "REGISTRATION CERTIFICATE", h.bold, 10, "right")
        p.text(w - m, 50, f"Reg. No. {serial(rng, 'IBR-A99999')}", "Courier-Bold", 9, "right")
        y = pairs(
            p,
            s,
            m,
            74,
            [
                ("Species", f"{sp_name(b.sp, lg)} ({latin(b.sp)})"),
                ("Bird's name", b.name),
                ("Sex / hatched", f"{sex(b, lg)} / {b.hatched}"),
                ("Ring number", b.ring),
                ("Microchip", b.chip or "-"),
                ("Registered keeper", centre.name),
                ("Address", f"{centre.street}, {centre.town}"),
                ("Date of registration", short(d, lg)),
            ],
            w - 180,
            8.5,
        )
        p.rect(w - 160, 70, 128, 110)
        p.text(w - 96, 82, "Distinguishing features", h.font, 6.5, "center")
        for k, ln in enumerate(
            wrap(
                rng.choice(
                    [
                        "Slight kink in 4th primary, left wing",
                        "Dark cere, pale eye ring",
                        "none noted",
                        "Old fracture right leg, healed",
                    ]
                ),
                HAND,
                8,
                118,
            )[:4]
        ):
            p.text(w - 154, 100 + k * 11, ln, HAND, 8)
        p.text(
            m,
            hh - 24,
            fit(
                "Lost or found a bird? Call our 24-hour line. Keep this card safe: it is needed "
                "to transfer the bird to a new keeper.",
                h.font,
                6.5,
                w - 2 * m,
            ),
            h.font,
            6.5,
        )
        scrawl(p, w - 170, hh - 40, staff(h, "registrar"), 11)
        pages = [p]
    elif lg == "de":
        s = style_of(h, A4, pt=8.5)
        w, hh = A4
        m = s.margin
        p = Page(A4)
        p.text(m, m, "Anzeige nach § 7 Abs. 2 Bundesartenschutzverordnung (BArtSchV)", s.bold, 11)
        p.text(m, m + 13, "über Zugang / Abgang von Tieren besonders geschützter Arten", s.font, 9)
        p.text(
            m,
            m + 40,
            fit(f"An: {h.name}, {h.street}, {h.town}", s.font, 8.5, w - 2 * m),
            s.font,
            8.5,
        )
        y = band(p, s, m + 62, "1. Anzeigende/r (Halter)")
        y = fields(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                ("Name, Vorname / Einrichtung", centre.name),
                ("Anschrift", f"{centre.street}, {centre.town}"),
                ("Telefon", centre.phone or "-"),
                ("Haltungsort (falls abweichend)", ""),
            ],
            hand=False,
        )
        y = band(p, s, y, "2. Art der Meldung")
        kind = rng.randrange(5)
        y = ticks(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            ["Zugang", "Abgang", "Geburt / Schlupf", "Tod", "Entweichen / Verlust"],
            {kind},
        )
        y = band(p, s, y + 2, "3. Angaben zum Tier")
        y = fields(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                ("Wissenschaftlicher Name", latin(b.sp)),
                ("Deutscher Name", sp_name(b.sp, lg)),
                ("Geschlecht / Schlupfjahr", f"{sex(b, lg)} / {b.hatched}"),
                ("Kennzeichen (Ring / Transponder)", f"{b.ring} {b.chip}".strip()),
                ("EG-Bescheinigung Nr.", b.cert or "entfällt"),
                ("Datum des Zugangs / Abgangs", short(d, lg)),
            ],
        )
        y = band(p, s, y, "4. Herkunft / Verbleib (Name, Anschrift)")
        other = rng.choice(SENDERS["breeder"]["de"])
        y = fields(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [("Name", other[0]), ("Anschrift", f"{other[1]}, {other[2]}")],
        )
        p.text(m, y + 4, "Ich versichere die Richtigkeit der Angaben.", s.font, 8)
        y += 40
        p.line(m, y, m + 200, y)
        hand(p, m + 4, y - 3, f"{centre.town.split(' ', 1)[-1]}, {short(d, lg)}")
        p.line(w - m - 200, y, w - m, y)
        scrawl(p, w - m - 196, y - 3, crew("owner"))
        p.text(m, y + 10, "Ort, Datum", s.font, 7)
        p.text(w - m - 200, y + 10, "Unterschrift", s.font, 7)
        stamp(
            p,
            w - m - 190,
            y + 40,
            [
                "EINGEGANGEN",
                short(d + timedelta(days=rng.randint(2, 9)), lg),
                "Untere Naturschutzbehörde",
            ],
        )
        if rng.random() < 0.6:
            hand(
                p,
                m + 10,
                y + 70,
                f"erf. {short(d + timedelta(days=rng.randint(10, 20)), lg)} "
                f"{staff(h, 'clerk').split()[1][:3]}",
                10,
            )
        pages = [p]
    else:
        s = style_of(h, A4, pt=8.5)
        w, hh = A4
        m = s.margin
        p = Page(A4)
        p.rect(0, 20, w, 30, fill=0.85)
        p.text(m, 40, "I-FAP  -  Fiche d'identification d'un animal", s.bold, 12)
        p.text(w - m, 40, f"Édité le {short(d, lg)}", s.font, 8, "right")
        y = band(p, s, 80, "Animal")
        y = pairs(
            p,
            s,
            m,
            y + 10,
            [
                ("N° d'identification", b.chip or b.ring),
                ("Type de marquage", "transpondeur" if b.chip else "bague fermée"),
                ("Espèce", f"{sp_name(b.sp, lg)} ({latin(b.sp)})"),
                ("Nom", b.name),
                ("Sexe", sex(b, lg)),
                ("Date de naissance", f"{rng.randint(1, 28):02d}/0{rng.randint(4, 7)}/{b.hatched}"),
                (
                    "Annexe / statut",
                    f"A{SPECIES[b.sp][4]} - espèce protégée" if SPECIES[b.sp][4] == "A" else "B",
                ),
                ("CIC", b.cert or "-"),
            ],
            w - m,
            9,
        )
        y = band(p, s, y + 6, "Détenteur")
        y = pairs(
            p,
            s,
            m,
            y + 10,
            [
                ("Établissement", centre.name),
                ("Adresse", f"{centre.street}, {centre.town}"),
                ("N° de capacité", serial(rng, "99-999")),
                ("Depuis le", short(d - timedelta(days=rng.randint(0, 900)), lg)),
            ],
            w - m,
            9,
        )
        y = band(p, s, y + 6, "Historique des mouvements")
        f = Sheets(A4, hh - m, lambda pg, k: m)
        f.pages[0] = p
        f.page = p
        f.y = y + 10
        cols = columns(m, w - m, [(1.2, "left"), (1.4, "left"), (3.5, "left")])
        rows = [
            [
                short(d - timedelta(days=400 * k + rng.randint(0, 90)), lg),
                rng.choice(["Naissance", "Cession", "Entrée", "Marquage"]),
                rng.choice(SENDERS["breeder"]["fr"])[0],
            ]
            for k in range(rng.randint(1, 4))
        ]
        table(f, cols, ["Date", "Mouvement", "Détenteur / lieu"], rows, s, rules=True)
        p.text(
            m,
            hh - 30,
            fit(
                "Document édité depuis i-fap.fr - à conserver par le détenteur. Toute cession "
                "doit être déclarée dans un délai de 8 jours.",
                s.font,
                6.5,
                w - 2 * m,
            ),
            s.font,
            6.5,
        )
        pages = [p]
    remember(d, b)
    return pages


VET_ITEMS = {
    "en": [
        ("Consultation - avian", 48.0),
        ("Re-examination", 32.0),
        ("Radiographs (2 views) incl. sedation", 145.0),
        ("Faecal parasitology", 28.0),
        ("Blood sample - haematology & biochemistry", 96.0),
        ("Itraconazole 100mg caps x14", 38.5),
        ("Marbocyl injection", 18.2),
        ("Meloxicam oral 1.5mg/ml 10ml", 12.4),
        ("Bumblefoot dressing & casting", 62.0),
        ("Beak and talon coping under GA", 85.0),
        ("Imping - 2 primaries", 55.0),
        ("Microchip implantation", 29.5),
        ("Avian influenza swab - export", 44.0),
    ],
    "de": [
        ("Allgemeine Untersuchung Vogel (GOT Nr. 1)", 23.62),
        ("Folgeuntersuchung", 15.4),
        ("Röntgen 2 Ebenen inkl. Narkose", 128.0),
        ("Kotuntersuchung Flotation/Nativ", 19.5),
        ("Blutentnahme + Labor (extern)", 88.0),
        ("Itraconazol 100 mg, 14 Kps.", 34.9),
        ("Injektion Enrofloxacin", 12.8),
        ("Meloxicam oral 1,5 mg/ml", 11.6),
        ("Sohlenballengeschwür: Verband", 48.0),
        ("Schnabel- und Krallenkorrektur", 45.0),
        ("Federschienung (Imping) je Feder", 22.0),
        ("Transponder inkl. Implantation", 34.5),
    ],
    "fr": [
        ("Consultation NAC / oiseau", 45.0),
        ("Consultation de contrôle", 30.0),
        ("Radiographie 2 incidences + anesthésie", 130.0),
        ("Coproscopie", 25.0),
        ("Prise de sang + analyses", 92.0),
        ("Itraconazole 100 mg, 14 gél.", 36.0),
        ("Injection antibiotique", 16.5),
        ("Méloxicam buvable", 12.0),
        ("Pansement pododermatite", 52.0),
        ("Taille du bec et des serres", 40.0),
        ("Greffe de rémige (par plume)", 24.0),
        ("Pose transpondeur", 38.0),
    ],
}


def tpl_vet_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An avian vet's invoice for one of the centre's birds: the patient block with ring and
    chip, the treatment lines by date, VAT, the practice's payment terms; a long course now
    and then runs onto a second page."""
    h = head_of(who, "vet")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("lab_report",), (1, 6))
    ex = LAST["extra"]
    b = ex if after(("lab_report",)) and isinstance(ex, Bird) else our_bird(rng)
    inv = serial(rng, rng.choice(["INV-999999", "99999", "R-2099-9999", "F99999"]))
    f = sheets(s, h, header=f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Client no.", "Kunden-Nr.", "Client n°"), serial(keyed(who, "acct"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    y0 = f.y
    f.page.rect(m, y0 - 10, w - 2 * m, 40, fill=0.94)
    f.page.text(
        m + 6,
        y0 + 2,
        fit(
            f"{tr(lg, 'Patient', 'Patient', 'Animal')}: {b.name} - {sp_name(b.sp, lg)} "
            f"({latin(b.sp)}), {sex(b, lg)}",
            s.bold,
            s.size - 0.5,
            w - 2 * m - 12,
        ),
        s.bold,
        s.size - 0.5,
    )
    f.page.text(
        m + 6,
        y0 + 16,
        fit(
            f"{tr(lg, 'Ring', 'Ring', 'Bague')} {b.ring}   {tr(lg, 'Chip', 'Chip', 'Puce')} "
            f"{b.chip or '-'}   {tr(lg, 'Weight', 'Gewicht', 'Poids')} "
            f"{rng.randint(SPECIES[b.sp][5], SPECIES[b.sp][6])} g",
            s.font,
            s.size - 1,
            w - 2 * m - 12,
        ),
        s.font,
        s.size - 1,
    )
    f.y = y0 + 46
    n = rng.choice([2, 3, 4, 5, 7, 12, 18])
    items = VET_ITEMS[lg]
    rows = []
    net = 0.0
    t0 = d - timedelta(days=rng.randint(0, 20))
    for k in range(n):
        it, pr = items[0] if k == 0 else rng.choice(items[1:])
        q = 1 if rng.random() < 0.8 else rng.randint(2, 3)
        net += pr * q
        rows.append(
            [
                short(t0 + timedelta(days=k * rng.randint(0, 3)), lg),
                it,
                str(q),
                money(pr, lg),
                money(pr * q, lg),
            ]
        )
    cols = columns(
        m, w - m, [(1.1, "left"), (4, "left"), (0.5, "right"), (1, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Acte / produit"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment due within 14 days. Clinical notes available on request.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Abrechnung nach GOT.",
            "Règlement à réception. Pas d'escompte pour paiement anticipé.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.5:
        write(
            f, s, f"{tr(lg, 'Notes', 'Hinweis', 'Remarques')}: {words(rng, lg, 'vet')}", s.size - 1
        )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.3)
    if rng.random() < 0.25:
        hand(
            pages[0],
            m,
            hh - 40,
            tr(
                home(),
                f"pd BACS {short(d + timedelta(days=9), home())}",
                f"bez. {short(d + timedelta(days=9), home())}",
                f"réglé chq {rng.randint(1000000, 9999999)}",
            ),
            10.5,
        )
    remember(d, b)
    return pages


LAB_TESTS = [
    ("PCV", "%", 35, 55),
    ("WBC", "x10^9/l", 4, 12),
    ("Heterophils", "x10^9/l", 2, 8),
    ("Lymphocytes", "x10^9/l", 1, 4),
    ("Total protein", "g/l", 25, 45),
    ("Albumin", "g/l", 10, 20),
    ("AST", "U/l", 30, 180),
    ("CK", "U/l", 200, 800),
    ("Uric acid", "µmol/l", 250, 850),
    ("Bile acids", "µmol/l", 5, 60),
    ("Calcium", "mmol/l", 1.9, 2.8),
    ("Glucose", "mmol/l", 16, 24),
]
LAB_DE = {
    "Heterophils": "Heterophile",
    "Lymphocytes": "Lymphozyten",
    "Total protein": "Gesamteiweiß",
    "Uric acid": "Harnsäure",
    "Bile acids": "Gallensäuren",
    "Calcium": "Kalzium",
    "Glucose": "Glukose",
}
LAB_FR = {
    "Heterophils": "Hétérophiles",
    "Lymphocytes": "Lymphocytes",
    "Total protein": "Protéines totales",
    "Uric acid": "Acide urique",
    "Bile acids": "Acides biliaires",
    "Calcium": "Calcium",
    "Glucose": "Glucose",
}


def num(v: float, top: float, lang: str) -> str:
    """A lab value with one decimal below 100 (else none), in ``lang``'s decimal comma."""
    t = f"{v:.1f}" if top < 100 else f"{v:.0f}"
    return t.replace(".", ",") if lang != "en" else t


def tpl_lab_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory's report on one of the centre's birds: a health screen (haematology,
    biochemistry against reference ranges, aspergillus serology, faecal parasitology) or a
    post-mortem report (history, gross findings, histology table), the comments on a later
    page, every page with the lab's running header and 'Page i of n'."""
    h = head_of(who, "lab", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    b = our_bird(rng)
    no = serial(rng, rng.choice(["AV99-99999", "L2099999", "99/99999"]))
    pm = rng.random() < 0.3
    vet = make_head(rng.choice(SENDERS["vet"][home()]), home(), "vet")
    f = sheets(
        s,
        h,
        header=f"{h.name} - {tr(lg, 'Report', 'Befund', 'Rapport')} {no} - "
        f"{b.name} ({latin(b.sp)})",
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Report no.", "Befund-Nr.", "N° de dossier"), no),
            (tr(lg, "Submitting vet", "Einsender", "Vétérinaire demandeur"), vet.name),
            (tr(lg, "Owner", "Tierhalter", "Propriétaire"), centre_name()),
            (
                tr(lg, "Animal", "Tier", "Animal"),
                f"{b.name}, {sp_name(b.sp, lg)}, {sex(b, lg)}, {b.ring}",
            ),
            (
                tr(lg, "Received / reported", "Eingang / Befund", "Reçu / édité"),
                f"{short(d - timedelta(days=rng.randint(2, 6)), lg)} / {short(d, lg)}",
            ),
        ],
        w - m,
    )
    f.y += 10
    if not pm:
        caption(
            f,
            s,
            tr(lg, "Avian health screen", "Vogel-Gesundheitsprofil", "Bilan de santé aviaire"),
            2,
            rule=True,
        )
        rows = []
        for name, unit, lo, hi in rng.sample(LAB_TESTS, rng.randint(7, 12)):
            v = rng.uniform(lo * 0.7, hi * 1.3)
            flag = "H" if v > hi else "L" if v < lo else ""
            nm = tr(lg, name, LAB_DE.get(name, name), LAB_FR.get(name, name))
            rows.append(
                [
                    nm,
                    num(v, hi, lg),
                    "",
                    unit,
                    f"{num(lo, hi, lg)} - {num(hi, hi, lg)}",
                    flag,
                ]
            )
        cols = columns(
            m,
            w - m,
            [
                (2.4, "left"),
                (1, "right"),
                (0.2, "left"),
                (1.2, "left"),
                (1.6, "left"),
                (0.5, "center"),
            ],
        )
        table(
            f,
            cols,
            [
                tr(lg, "Test", "Parameter", "Analyse"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                "",
                tr(lg, "Units", "Einheit", "Unité"),
                tr(lg, "Reference", "Referenz", "Valeurs usuelles"),
                "",
            ],
            rows,
            s,
            shade=0.88,
        )
        f.y += 8
        caption(
            f,
            s,
            tr(
                lg,
                "Serology / parasitology",
                "Serologie / Parasitologie",
                "Sérologie / parasitologie",
            ),
            0.5,
        )
        table(
            f,
            columns(m, w - m, [(3, "left"), (3, "left")]),
            [tr(lg, "Test", "Untersuchung", "Analyse"), tr(lg, "Result", "Ergebnis", "Résultat")],
            [
                [
                    tr(
                        lg,
                        "Aspergillus antibody (ELISA)",
                        "Aspergillus-Antikörper (ELISA)",
                        "Anticorps Aspergillus (ELISA)",
                    ),
                    rng.choice(
                        [
                            tr(lg, "negative", "negativ", "négatif"),
                            tr(lg, "weak positive", "schwach positiv", "faiblement positif"),
                        ]
                    ),
                ],
                [
                    tr(lg, "Faecal flotation", "Kotflotation", "Coproscopie (flottaison)"),
                    rng.choice(
                        [
                            tr(lg, "no ova seen", "keine Eier nachgewiesen", "absence d'œufs"),
                            tr(lg, "Capillaria ova +", "Capillaria-Eier +", "œufs de Capillaria +"),
                            tr(
                                lg,
                                "coccidial oocysts ++",
                                "Kokzidien-Oozysten ++",
                                "oocystes de coccidies ++",
                            ),
                        ]
                    ),
                ],
                [
                    tr(lg, "Chlamydia PCR", "Chlamydien-PCR", "PCR Chlamydia"),
                    tr(lg, "not detected", "nicht nachgewiesen", "non détecté"),
                ],
            ],
            s,
        )
    else:
        caption(
            f,
            s,
            tr(lg, "Post-mortem examination report", "Sektionsbefund", "Rapport d'autopsie"),
            2,
            rule=True,
        )
        f.heading(m, tr(lg, "History", "Vorbericht", "Commémoratifs"), s.bold, s.size)
        write(f, s, prose(rng, lg, "vet", 2, 3))
        f.heading(
            m,
            tr(lg, "Gross findings", "Makroskopischer Befund", "Examen nécropsique"),
            s.bold,
            s.size,
        )
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "vet", 2, 4))
        f.heading(m, tr(lg, "Histopathology", "Histologie", "Histopathologie"), s.bold, s.size)
        organs = [
            tr(lg, o[0], o[1], o[2])
            for o in [
                ("Liver", "Leber", "Foie"),
                ("Lung", "Lunge", "Poumon"),
                ("Air sacs", "Luftsäcke", "Sacs aériens"),
                ("Kidney", "Niere", "Rein"),
                ("Heart", "Herz", "Cœur"),
                ("Spleen", "Milz", "Rate"),
            ]
        ]
        table(
            f,
            columns(m, w - m, [(1.2, "left"), (5, "left")]),
            [tr(lg, "Tissue", "Organ", "Organe"), tr(lg, "Findings", "Befund", "Lésions")],
            [[o, words(rng, lg, "vet", 8)] for o in organs],
            s,
            rules=True,
        )
    f.new_page()
    caption(f, s, tr(lg, "Comments", "Beurteilung", "Interprétation"), 1)
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "vet", 2, 4))
    f.y += 10
    f.page.text(
        m,
        f.y,
        f"{staff(h, 'path')}, "
        + tr(
            lg,
            "BVSc MRCVS, veterinary pathologist",
            "Fachtierarzt für Pathologie",
            "DMV, anatomopathologiste",
        ),
        s.bold,
        s.size - 0.5,
    )
    scrawl(f.page, m, f.y - 12, staff(h, "path"), 11)
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "Results relate only to the samples received. Accredited tests are marked in the "
            "schedule of accreditation.",
            "Die Ergebnisse beziehen sich ausschließlich auf das eingesandte Material. "
            "Akkreditiertes Prüflaboratorium nach DIN EN ISO/IEC 17025.",
            "Les résultats ne concernent que les échantillons reçus. Essais accrédités COFRAC, "
            "portée disponible sur www.cofrac.fr.",
        ),
        7.5,
    )
    pages = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    remember(d, b)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates UUUUU: feed, keepers' records, equipment and rings
# ---------------------------------------------------------------------------------------------

FEED = {
    "en": [
        ("Day-old chicks 5kg box", 9.8),
        ("Quail adult (box of 30)", 24.5),
        ("Rats medium 10 pack", 11.9),
        ("Rats large 5 pack", 10.5),
        ("Mice adult 100 pack", 29.0),
        ("Rabbit pieces 5kg", 19.5),
        ("Poussin 10 pack", 16.8),
        ("Quail chicks (box of 50)", 18.0),
    ],
    "de": [
        ("Küken eintagsalt, 5 kg Karton", 11.9),
        ("Wachteln adult, 30 Stk.", 27.5),
        ("Ratten mittel, 10 Stk.", 13.2),
        ("Ratten groß, 5 Stk.", 12.4),
        ("Mäuse adult, 100 Stk.", 31.0),
        ("Kaninchen zerteilt, 5 kg", 22.9),
        ("Hähnchenküken 10 Tage, 10 Stk.", 17.5),
    ],
    "fr": [
        ("Poussins d'un jour, carton 5 kg", 10.9),
        ("Cailles adultes (x30)", 26.0),
        ("Rats moyens (x10)", 12.5),
        ("Rats gros (x5)", 11.8),
        ("Souris adultes (x100)", 30.0),
        ("Lapin découpé 5 kg", 21.0),
        ("Poussins 10 jours (x10)", 16.9),
    ],
}
FEED_VAT = {"en": 0.0, "de": 7.0, "fr": 10.0}


def tpl_feed_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A frozen feed supplier's delivery note from the van driver's handheld on a narrow slip
    or on A5: the boxes delivered, the temperature on delivery, the animal by-product note
    (commercial document, category 3) and the keeper's signature on receipt."""
    h = head_of(who, "feed")
    lg = h.lang
    slip = keyed(who, "slip").random() < 0.55
    size = SLIP if slip else A5
    s = style_of(h, size, margin=16 if slip else 30, pt=7.5 if slip else 8.5)
    w, _ = size
    m = s.margin
    ex = LAST["extra"]
    if after(("feed_delivery",)) and isinstance(ex, tuple) and isinstance(ex[0], date):
        d = ex[0] + timedelta(days=7)
    else:
        d = month() + timedelta(days=rng.randint(0, 9))
    p = Page(size)
    y = heading(p, s, h)
    if not slip:
        y = window(p, s, None, y + 4, centre_lines())
        y += 6
    no = serial(rng, "DN999999")
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, s.size + 3)
    y += 14
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "No.", "Nr.", "N°"), no),
            (
                tr(lg, "Date", "Datum", "Date"),
                f"{short(d, lg)} {rng.randint(7, 15):02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Account", "Kunde", "Client"), serial(keyed(who, "acct"), "C9999")),
            (
                tr(lg, "Route / van", "Tour / Fzg.", "Tournée"),
                f"{rng.randint(1, 9)} / "
                f"{serial(rng, 'AA99 AAA') if lg == 'en' else serial(rng, '99')}",
            ),
        ],
        w - m,
        s.size - 0.5,
    )
    if slip:
        p.text(m, y, fit(centre_name(), s.bold, s.size, w - 2 * m), s.bold, s.size)
        y += 12
    p.line(m, y, w - m, y)
    y += 10
    net = 0.0
    items = rng.sample(FEED[lg], rng.randint(2, 5))
    lines = []
    for it, pr in items:
        q = rng.choice([1, 2, 2, 3, 4, 6])
        net += q * pr
        lines.append((it, q))
        p.text(m, y, fit(it, s.font, s.size, w - 2 * m - 30), s.font, s.size)
        p.text(w - m, y, str(q), s.bold, s.size, "right")
        y += s.size * 1.5
    p.line(m, y - 4, w - m, y - 4)
    y += 6
    p.text(
        m, y, f"{tr(lg, 'Cartons', 'Kartons', 'Colis')}: {sum(q for _, q in lines)}", s.bold, s.size
    )
    y += 14
    p.text(
        m,
        y,
        tr(lg, "Product temp. on delivery", "Produkttemp. bei Übergabe", "Temp. à la livraison")
        + ":",
        s.font,
        s.size - 0.5,
    )
    hand(p, w - m - 40, y, f"-{rng.randint(17, 22)}°C", 9)
    y += 14
    for ln in wrap(
        tr(
            lg,
            "COMMERCIAL DOCUMENT - Category 3 animal by-products. Not for human consumption. "
            "Keep frozen at -18°C or below. Do not refreeze once thawed.",
            "HANDELSPAPIER - Material der Kategorie 3. Nicht für den menschlichen Verzehr. "
            "Tiefgekühlt bei -18 °C lagern. Nach dem Auftauen nicht wieder einfrieren.",
            "DOCUMENT COMMERCIAL - Sous-produits animaux de catégorie 3. Impropre à la "
            "consommation humaine. Conserver à -18 °C. Ne pas recongeler.",
        ),
        s.font,
        6.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 6.5)
        y += 8
    y += 22
    p.line(m, y, w - m - (0 if slip else 140), y)
    scrawl(p, m + 4, y - 3, crew(rng.choice(["keeper1", "keeper2", "head"])), 11)
    p.text(
        m,
        y + 9,
        tr(lg, "Received in good condition", "Ware einwandfrei erhalten", "Reçu en bon état"),
        s.font,
        6.5,
    )
    if not slip:
        p.text(w - m, y + 9, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 6.5, "right")
    remember(d, (d, lines))
    return [p]


def tpl_feed_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A frozen feed supplier's invoice: for the month's deliveries (one line per product
    and delivery note) or for one order, the VAT of animal feed, payment by direct debit."""
    h = head_of(who, "feed")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    ex = LAST["extra"]
    run = after(("feed_invoice",)) and isinstance(ex, date)
    d = (
        ex + timedelta(days=rng.choice([7, 14, 30]))
        if run and isinstance(ex, date)
        else last_day(rng, ("feed_delivery",), (1, 12))
    )
    inv = serial(rng, rng.choice(["SI-999999", "RE 2099-9999", "FA99999"]))
    f = sheets(s, h, header=f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, "acct"), "C9999")),
            (
                tr(lg, "Tax point", "Leistungsdatum", "Date de livraison"),
                short(d - timedelta(days=rng.randint(0, 3)), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    rows = []
    net = 0.0
    weeks = rng.choice([1, 1, 2, 4])
    for k in range(weeks):
        dd = d - timedelta(days=7 * (weeks - 1 - k))
        dn = serial(rng, "DN999999")
        for it, pr in rng.sample(FEED[lg], rng.randint(2, 5)):
            q = rng.choice([1, 2, 2, 3, 4, 6, 10])
            net += q * pr
            rows.append([short(dd, lg), dn, it, str(q), money(pr, lg), money(q * pr, lg)])
    if rng.random() < 0.5:
        c = 12.5 if lg == "en" else 14.9
        net += c
        rows.append(
            [
                "",
                "",
                tr(
                    lg,
                    "Frozen delivery charge",
                    "Tiefkühlversand / Anlieferung",
                    "Frais de livraison surgelés",
                ),
                "1",
                money(c, lg),
                money(c, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [(1.1, "left"), (1.2, "left"), (3.2, "left"), (0.5, "right"), (0.9, "right"), (1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Del. note", "Lieferschein", "BL"),
            tr(lg, "Product", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Total", "Summe", "Total"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        FEED_VAT[lg],
        label=tr(lg, "VAT 0% (animal feed)", "USt. 7 % (Futtermittel)", "TVA 10 %"),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment will be collected by Direct Debit on or after 10 days from the invoice date.",
            "Der Betrag wird per SEPA-Lastschrift frühestens 5 Tage nach Rechnungsdatum "
            "eingezogen. Gläubiger-ID DE98ZZZ0000" + str(rng.randint(1000000, 9999999)) + ".",
            "Règlement par prélèvement SEPA à 30 jours fin de mois. Pénalités de retard : 3 fois "
            "le taux d'intérêt légal ; indemnité forfaitaire de 40 €.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.25)
    remember(d, d)
    return pages


def tpl_weight_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A keeper's monthly weight and food chart for one bird, filled in by hand: the bird's
    details and target weight, a row per day (weight, food given, flown, remarks, initials),
    landscape on one page or portrait with the second half of the month on a second sheet."""
    lg = home()
    b = our_bird(rng)
    land = keyed(who, "land").random() < 0.5
    size = landscape(A4) if land else A4
    h = centre_head()
    s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = s.margin
    mon = month()
    ex = LAST["extra"]
    if after(("weight_sheet",)) and isinstance(ex, Bird):
        others = [x for x in BIRDS if x is not ex] or BIRDS
        b = rng.choice(others)
    lo, hi = SPECIES[b.sp][5], SPECIES[b.sp][6]
    fly = rng.randint(lo, hi)
    keeper = crew(rng.choice(["keeper1", "keeper2", "head"]))
    dim = (add_months(mon, 1) - mon).days
    title = tr(
        lg,
        "DAILY WEIGHT & FOOD RECORD",
        "GEWICHTS- UND FUTTERPROTOKOLL",
        "FICHE DE PESÉE ET D'ALIMENTATION",
    )
    halves = [range(1, dim + 1)] if land else [range(1, 17), range(17, dim + 1)]
    pages = []
    food = {
        "en": [
            "2 chicks",
            "1/2 quail",
            "rat",
            "3 chicks",
            "quail",
            "rabbit 60g",
            "chick + mouse",
            "casting",
            "-",
        ],
        "de": [
            "2 Küken",
            "1/2 Wachtel",
            "Ratte",
            "3 Küken",
            "Wachtel",
            "Kanin. 60g",
            "Küken+Maus",
            "Gewölle",
            "-",
        ],
        "fr": [
            "2 poussins",
            "1/2 caille",
            "rat",
            "3 poussins",
            "caille",
            "lapin 60g",
            "poussin+souris",
            "pelote",
            "-",
        ],
    }[lg]
    for k, days in enumerate(halves):
        p = Page(size)
        p.text(m, m, title, s.bold, 13)
        p.text(w - m, m, h.name, s.font, 8, "right")
        y = fields(
            p,
            s,
            m,
            m + 10,
            w - 2 * m,
            [
                (tr(lg, "Bird", "Vogel", "Oiseau"), b.name),
                (tr(lg, "Species", "Art", "Espèce"), sp_name(b.sp, lg)),
                (
                    tr(lg, "Sex / ring", "Geschl. / Ring", "Sexe / bague"),
                    f"{'M' if b.male else 'F'} {b.ring}",
                ),
                (tr(lg, "Month", "Monat", "Mois"), f"{MONTHS_OF[lg][mon.month - 1]} {mon.year}"),
                (tr(lg, "Flying weight", "Fluggewicht", "Poids de vol"), f"{fly} g"),
                (tr(lg, "Keeper", "Pfleger", "Soigneur"), keeper),
            ],
            per=6 if land else 3,
            tall=24,
        )
        cols = columns(
            m,
            w - m,
            [
                (0.5, "left"),
                (0.9, "right"),
                (1.6, "left"),
                (0.8, "center"),
                (3.2, "left"),
                (0.6, "center"),
            ],
        )
        heads = [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Weight g", "Gewicht g", "Poids g"),
            tr(lg, "Food", "Futter", "Nourriture"),
            tr(lg, "Flown", "Geflogen", "Volé"),
            tr(lg, "Notes", "Bemerkungen", "Observations"),
            tr(lg, "Init.", "Kürzel", "Vis."),
        ]
        rh = min(17.0, (hh - y - m - 10) / (len(days) + 1))
        x0, x1 = cols[0][0] - 2, cols[-1][1] + 2
        p.rect(x0, y - 2, x1 - x0, rh, fill=0.88)
        for c, t in zip(cols, heads, strict=True):
            p.text(c[0] + 2, y + rh - 7, fit(t, s.bold, 7.5, c[1] - c[0] - 4), s.bold, 7.5)
        yy = y + rh
        wt = fly + rng.randint(-20, 30)
        filled = len(days) if rng.random() < 0.7 or k == 0 else rng.randint(3, len(days))
        for n, dd in enumerate(days):
            p.rect(x0, yy - 2, x1 - x0, rh)
            for c in cols[1:]:
                p.line(c[0] - 2, yy - 2, c[0] - 2, yy - 2 + rh)
            p.text(cols[0][0] + 2, yy + rh - 6, str(dd), s.font, 7.5)
            if n < filled:
                wt += rng.randint(-12, 12)
                ini = "".join(t[0] for t in keeper.split())
                vals = [
                    f"{wt}",
                    rng.choice(food),
                    rng.choice(["Y", "Y", "Y", "-"])
                    if lg == "en"
                    else rng.choice(["ja", "ja", "-"])
                    if lg == "de"
                    else rng.choice(["oui", "oui", "-"]),
                    rng.choice(
                        [
                            "",
                            "",
                            "",
                            "good response to lure",
                            "sharp",
                            "windy - creance",
                            "display x2",
                            "hawk walk",
                            "slow to return",
                            "casting ok",
                            "bathed",
                        ]
                    )
                    if lg == "en"
                    else rng.choice(
                        ["", "", "", "gut", "Flugschau x2", "windig", "Wanderung", "Gewölle ok"]
                    )
                    if lg == "de"
                    else rng.choice(
                        ["", "", "", "bon rappel", "spectacle x2", "vent", "balade", "pelote ok"]
                    ),
                    ini,
                ]
                for c, v in zip(cols[1:], vals, strict=True):
                    if v:
                        cell_x = (
                            c[1] - 6
                            if c[2] == "right"
                            else (c[0] + c[1]) / 2
                            if c[2] == "center"
                            else c[0] + 2
                        )
                        p.text(cell_x, yy + rh - 6, fit(v, HAND, 8, c[1] - c[0] - 4), HAND, 8, c[2])
            yy += rh
        pages.append(p)
    if len(pages) == 2 and rng.random() < 0.5:
        number_pages(pages, s, "{i}/{n}", "br", top=20, bottom=18)
    remember(month(), b)
    return pages


EQUIPMENT = {
    "en": [
        ("Aylmeri anklets (pair) kangaroo", 14.0),
        ("Mews jesses, leather (pair)", 9.5),
        ("Flying jesses (pair)", 8.5),
        ("Stainless steel swivel, large", 12.5),
        ("Braided leash 4mm", 11.0),
        ("Dutch hood, calfskin, size 5", 85.0),
        ("Anglo-Indian hood", 48.0),
        ("Double-thickness glove, gauntlet", 62.0),
        ("Bells - Lahori, pair", 24.0),
        ("Tail mount and transmitter 216 MHz", 189.0),
        ("GPS tracker with base station", 345.0),
        ("Creance line 50m on winder", 16.5),
        ("Bow perch, astroturf top", 74.0),
        ("Digital weighing scales with perch", 69.0),
    ],
    "de": [
        ("Aylmeri-Geschüh (Paar), Känguruleder", 16.0),
        ("Flugriemen (Paar)", 9.9),
        ("Drahla, Edelstahl, groß", 13.5),
        ("Langfessel geflochten 4 mm", 12.0),
        ("Haube, holländisch, Kalbsleder Gr. 5", 95.0),
        ("Haube, arabisch", 55.0),
        ("Falknerhandschuh doppellagig", 69.0),
        ("Schellen (Paar)", 26.0),
        ("Sender mit Stoßhalterung 433 MHz", 198.0),
        ("GPS-Tracker mit Basisstation", 369.0),
        ("Lockschnur 50 m", 17.5),
        ("Bogenreck mit Kunstrasen", 79.0),
        ("Digitalwaage mit Sitzstange", 72.0),
    ],
    "fr": [
        ("Bracelets Aylmeri (paire)", 15.0),
        ("Jets de vol (paire)", 9.0),
        ("Émerillon inox grand modèle", 13.0),
        ("Longe tressée 4 mm", 11.5),
        ("Chaperon hollandais, veau, T5", 92.0),
        ("Chaperon arabe", 52.0),
        ("Gant de fauconnier double épaisseur", 66.0),
        ("Sonnettes (paire)", 25.0),
        ("Émetteur de queue 433 MHz", 195.0),
        ("Balise GPS avec station", 359.0),
        ("Filière 50 m", 16.0),
        ("Perchoir arc, gazon", 76.0),
        ("Balance numérique avec perchoir", 70.0),
    ],
}


def tpl_equipment_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A falconry equipment or telemetry maker's invoice: the items with order numbers,
    postage, the tax note of an export or intra-community supply when the maker is abroad,
    now and then the packing list on an A5 sheet behind."""
    h = head_of(who, "equipment", abroad=0.3)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.25 else A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["#9999", "INV-99999", "RE99-999", "F-2099-999"]))
    order = serial(rng, "#99999")
    foreign = lg != home()
    f = sheets(s, h, header=f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        centre_lines(crew("head")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Order", "Bestellung", "Commande"), order),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    rows = []
    net = 0.0
    for it, pr in rng.sample(EQUIPMENT[lg], rng.randint(2, 8)):
        q = rng.choice([1, 1, 2, 2, 4])
        net += q * pr
        rows.append([serial(rng, "AA-999"), it, str(q), money(pr, lg), money(q * pr, lg)])
    post = rng.choice([4.95, 7.5, 12.9, 24.0 if foreign else 6.9])
    net += post
    rows.append(
        [
            "",
            tr(lg, "Postage & packing", "Versand", "Frais de port"),
            "1",
            money(post, lg),
            money(post, lg),
        ]
    )
    cols = columns(
        m, w - m, [(0.9, "left"), (4, "left"), (0.5, "right"), (1, "right"), (1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Item", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
    )
    if foreign:
        note = tr(
            lg,
            "Zero-rated export. EORI GB"
            + str(rng.randint(100000000000, 999999999999))
            + ". Import VAT and duty are payable by the customer.",
            "Steuerfreie innergemeinschaftliche Lieferung bzw. Ausfuhrlieferung (§ 4 Nr. 1 "
            "UStG). Steuerschuldnerschaft des Leistungsempfängers.",
            "Exonération de TVA, article 262 ter I du CGI. Autoliquidation.",
        )
        totals(f, s, lg, round(net, 2), 0.0, note=note)
    else:
        small = keyed(who, "small").random() < 0.35 and lg == "de"
        totals(
            f,
            s,
            lg,
            round(net, 2),
            0.0 if small else vat_rate(lg),
            note="Gemäß § 19 UStG wird keine Umsatzsteuer berechnet." if small else "",
        )
    write(
        f,
        s,
        tr(
            lg,
            "Paid with thanks - card payment on order.",
            "Betrag dankend per PayPal erhalten.",
            "Réglé par carte à la commande. Merci.",
        ),
        s.size - 1,
    )
    if any("MHz" in r[1] for r in rows):
        write(
            f,
            s,
            tr(
                lg,
                "Transmitters are licence-exempt on the 173 MHz / 216 MHz bands for animal "
                "tracking. Warranty 2 years.",
                "Sender zugelassen für 433 MHz (SRD). 2 Jahre Gewährleistung.",
                "Émetteurs conformes à la réglementation 433 MHz. Garantie 2 ans.",
            ),
            s.size - 1.5,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        q = Page(A5)
        qs = style_of(h, A5, margin=30, pt=8)
        y = heading(q, qs, h)
        q.text(
            30, y + 4, tr(lg, "PACKING LIST", "PACKLISTE", "BORDEREAU D'EXPÉDITION"), qs.bold, 12
        )
        y += 24
        for r in rows[:-1]:
            box = 8
            q.rect(30, y - box + 1.5, box, box)
            q.line(31.5, y - 2, 34, y)
            q.line(34, y, 37, y - 7)
            q.text(44, y, fit(f"{r[2]} x {r[1]}", qs.font, 8.5, A5[0] - 80), qs.font, 8.5)
            y += 14
        q.text(
            30,
            y + 14,
            f"{tr(lg, 'Packed by', 'Gepackt', 'Préparé par')}: {staff(h, 'packer').split()[0]}",
            qs.font,
            8,
        )
        pages.append(q)
    remember(d)
    return pages


def tpl_ring_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A closed ring supplier's order confirmation and invoice for the breeding season's
    rings (sizes, ring numbers, year code), with the ring register sheet on which the centre
    enters each ring fitted."""
    h = head_of(who, "rings", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    yr = d.year if d.month < 9 else d.year + 1
    f = sheets(s, h, header=h.name)
    no = serial(rng, "RO-99999")
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            (tr(lg, "Order", "Auftrag", "Commande"), no),
            (tr(lg, "Member no.", "Mitgl.-Nr.", "Adhérent"), serial(keyed(who, "mem"), "9999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Order confirmation - closed rings",
            "Auftragsbestätigung - geschlossene Ringe",
            "Confirmation de commande - bagues fermées",
        ),
        2,
    )
    sizes = [
        ("M", 8.0, 5),
        ("P", 9.5, 0),
        ("R", 11.0, 6),
        ("V", 14.0, 2),
        ("X", 16.0, 7),
        ("Z", 20.0, 13),
    ]
    rows = []
    net = 0.0
    ranges = []
    start = rng.randint(1000, 9000)
    for code, mm, sp in rng.sample(sizes, rng.randint(1, 4)):
        q = rng.choice([2, 4, 5, 6, 10])
        pr = {"en": 3.2, "de": 3.9, "fr": 3.6}[lg]
        net += q * pr
        prefix = {"en": "IBR", "de": "DFO", "fr": "FR ANFA"}[lg]
        rng_txt = f"{prefix} {yr % 100} {code} {start}-{start + q - 1}"
        ranges.append((code, start, q, sp))
        rows.append([code, f"{mm:.1f} mm", sp_name(sp, lg), str(q), rng_txt, money(q * pr, lg)])
        start += q
    cols = columns(
        m,
        w - m,
        [
            (0.5, "center"),
            (0.8, "center"),
            (2, "left"),
            (0.5, "center"),
            (2.2, "left"),
            (0.9, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Size", "Größe", "Taille"),
            tr(lg, "Inner Ø", "Innen-Ø", "Ø int."),
            tr(lg, "Suitable for", "Geeignet für", "Pour"),
            tr(lg, "Qty", "Stk.", "Qté"),
            tr(lg, "Numbers", "Nummern", "Numéros"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    net += 3.5
    totals(
        f,
        s,
        lg,
        round(net + 0.0, 2),
        vat_rate(lg),
        note=tr(
            lg,
            f"Year code {yr % 100}. Rings are issued to the named keeper only and must be "
            "recorded on the register sheet below.",
            f"Jahreskennung {yr % 100}. Die Ringe sind nur für den genannten Halter bestimmt und "
            "im Ringnachweis einzutragen.",
            f"Millésime {yr % 100}. Les bagues sont nominatives et doivent être inscrites au "
            "registre.",
        ),
    )
    pages = close(f.pages, s, h)
    g = Page(landscape(A4))
    gs = style_of(h, landscape(A4), margin=34, pt=8)
    gw, gh = landscape(A4)
    g.text(34, 34, tr(lg, "RING REGISTER", "RINGNACHWEIS", "REGISTRE DES BAGUES"), gs.bold, 13)
    g.text(gw - 34, 34, f"{centre_name()} - {no}", gs.font, 8, "right")
    gf = Sheets(landscape(A4), gh - 34, lambda pg, k: 34)
    gf.pages[0] = g
    gf.page = g
    gf.y = 60
    reg = []
    for code, st, q, sp in ranges:
        for k in range(q):
            filled = rng.random() < 0.35
            reg.append(
                [
                    code,
                    str(st + k),
                    sp_name(sp, lg) if filled else "",
                    short(d + timedelta(days=rng.randint(20, 60)), lg) if filled else "",
                    "",
                    "",
                ]
            )
    gcols = columns(
        34,
        gw - 34,
        [(0.5, "center"), (1, "left"), (2, "left"), (1.2, "left"), (2, "left"), (2.5, "left")],
    )
    table(
        gf,
        gcols,
        [
            tr(lg, "Size", "Größe", "Taille"),
            tr(lg, "Ring no.", "Ring-Nr.", "N° bague"),
            tr(lg, "Species", "Art", "Espèce"),
            tr(lg, "Date fitted", "Beringt am", "Date de pose"),
            tr(lg, "Parents", "Elterntiere", "Parents"),
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ],
        reg,
        gs,
        rules=True,
        step=1.9,
    )
    pages += gf.pages
    received(rng, pages[0], d, 0.2)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates UUUUU: licences, displays, buildings, insurance and notices
# ---------------------------------------------------------------------------------------------

INSPECT_AREAS = {
    "en": [
        "Accommodation - aviaries and mews",
        "Perching and weathering ground",
        "Feeding and freezer storage",
        "Water and bathing",
        "Veterinary care and records",
        "Stock records and ring/chip register",
        "Flying displays - public barrier and distances",
        "Escape and recapture procedure",
        "Staff training and competence",
        "Public safety and hand washing",
        "Signage and education",
        "Insurance",
    ],
    "de": [
        "Unterbringung - Volieren und Kammern",
        "Sitzkrücken und Freiplatz (Flugdrahtanlage)",
        "Futterlagerung / Tiefkühlung",
        "Badegelegenheit, Trinkwasser",
        "Tierärztliche Betreuung, Bestandsbuch",
        "Kennzeichnung und Nachweise (BArtSchV)",
        "Flugvorführung - Abstand zum Publikum",
        "Notfallplan Entweichen",
        "Sachkunde Personal (Falknerprüfung)",
        "Hygiene Besucher, Handwaschgelegenheit",
        "Beschilderung",
        "Haftpflichtversicherung",
    ],
    "fr": [
        "Hébergement - volières et loges",
        "Perchoirs et aire de repos",
        "Stockage des aliments / congélateurs",
        "Eau et bains",
        "Suivi vétérinaire et registre",
        "Registre d'entrées et sorties, marquage",
        "Spectacles - sécurité du public",
        "Procédure en cas d'évasion",
        "Formation du personnel / certificat de capacité",
        "Hygiène du public",
        "Signalétique pédagogique",
        "Assurance",
    ],
}


def tpl_licence_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The licensing authority's letter after an inspection of the centre (a zoo licence or
    an exhibition licence under the 2018 regulations, a Kontrolle nach § 16 TierSchG of the
    Veterinäramt, an inspection by the DDPP): the covering letter, the inspection report with
    the findings table and the conditions of the licence as an annex."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(7, 30))
    insp = staff(h, "inspector")
    ref = serial(rng, {"en": "LIC/ZOO/99/999", "de": "39.1-9999/99", "fr": "DDPP-SPA-99-999"}[lg])
    zoo = rng.random() < 0.4
    law = {
        "en": "Zoo Licensing Act 1981"
        if zoo
        else "Animal Welfare (Licensing of Activities Involving Animals) (England) Regulations "
        "2018 - keeping or training animals for exhibition",
        "de": "§ 11 Abs. 1 Satz 1 Nr. 3 Buchst. d TierSchG (Zurschaustellung von Tieren)"
        if not zoo
        else "§ 42 BNatSchG (Zoogenehmigung)",
        "fr": "Arrêté du 8 octobre 2018 - établissement de présentation au public d'animaux "
        "d'espèces non domestiques",
    }[lg]
    f = sheets(s, h, header=f"{h.name.split(' - ')[0]} - {ref}")
    recipient(
        f,
        s,
        h,
        centre_lines(crew("owner")),
        d,
        [
            (tr(lg, "Our ref.", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Contact", "Bearbeiter/in", "Dossier suivi par"), insp),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Inspection of {centre_name()} on {day(h, visit)}",
            f"Kontrolle Ihres Betriebes am {day(h, visit)}",
            f"Inspection du {day(h, visit)}",
        ),
        1,
    )
    write(f, s, fit(law, s.font, s.size - 1, 10_000), s.size - 1)
    write(f, s, dear_of(crew("owner"), lg))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your assistance during the inspection of your premises on "
            f"{day(h, visit)} by {insp} and the council's appointed veterinary inspector. The "
            "report of the inspection is enclosed.",
            f"am {day(h, visit)} wurde Ihr Betrieb durch das Veterinäramt kontrolliert. Das "
            "Ergebnis der Kontrolle entnehmen Sie bitte dem beigefügten Kontrollbericht.",
            f"Une inspection de votre établissement a été réalisée le {day(h, visit)}. Vous "
            "trouverez ci-joint le rapport d'inspection.",
        ),
    )
    write(f, s, prose(rng, lg, "rules", 2, 3))
    stars = rng.choice([3, 4, 5])
    if lg == "en" and not zoo:
        write(
            f,
            s,
            f"Based on the inspection your business has been awarded a {stars} star rating and a "
            f"licence for {rng.choice([1, 2, 3])} year(s). You may appeal against the rating "
            "within 21 days.",
        )
    if lg == "de":
        write(
            f,
            s,
            "Die festgestellten Mängel sind bis zu den im Bericht genannten Fristen zu beheben. "
            "Eine Nachkontrolle bleibt vorbehalten. Für die Kontrolle wird eine Gebühr gesondert "
            "festgesetzt.",
        )
    regards(
        f,
        s,
        lg,
        insp,
        tr(
            lg,
            "Licensing Officer",
            "Amtstierarzt/Amtstierärztin",
            "Inspecteur de la santé publique vétérinaire",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Enc. inspection report, licence conditions",
            "Anlagen: Kontrollbericht, Auflagen",
            "P.J. : rapport d'inspection, prescriptions",
        ),
        s.size - 1.5,
    )
    f.new_page()
    caption(
        f, s, tr(lg, "INSPECTION REPORT", "KONTROLLBERICHT", "RAPPORT D'INSPECTION"), 3, rule=True
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Premises", "Betrieb", "Établissement"), centre_name()),
            (tr(lg, "Date of visit", "Kontrolldatum", "Date"), short(visit, lg)),
            (
                tr(lg, "Inspectors", "Kontrollpersonen", "Inspecteurs"),
                f"{insp}, {staff(h, 'vet2')}",
            ),
            (
                tr(lg, "Birds on site", "Tierbestand", "Effectif"),
                f"{len(BIRDS) + rng.randint(8, 40)}",
            ),
        ],
        w - m,
    )
    f.y += 8
    marks = [
        tr(lg, "Met", "i.O.", "Conforme"),
        tr(lg, "Minor", "geringer Mangel", "Écart mineur"),
        tr(lg, "Action", "Mangel", "Non-conformité"),
    ]
    rows = []
    for a in INSPECT_AREAS[lg]:
        r = rng.random()
        mk = marks[0] if r < 0.7 else marks[1] if r < 0.9 else marks[2]
        rows.append(
            [
                a,
                mk,
                words(rng, lg, "rules", rng.randint(5, 10)) if mk != marks[0] else "",
                short(d + timedelta(days=rng.choice([14, 28, 56])), lg) if mk != marks[0] else "",
            ]
        )
    cols = columns(m, w - m, [(2.4, "left"), (1, "left"), (3, "left"), (0.9, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Area", "Bereich", "Domaine"),
            tr(lg, "Result", "Ergebnis", "Constat"),
            tr(lg, "Observation / action", "Feststellung / Maßnahme", "Observation / action"),
            tr(lg, "By", "Frist", "Délai"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y += 6
    write(f, s, prose(rng, lg, "rules", 1, 3), s.size - 0.5)
    if rng.random() < 0.75:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Annex - conditions of licence",
                "Anlage - Auflagen und Nebenbestimmungen",
                "Annexe - prescriptions",
            ),
            1.5,
        )
        for k in range(rng.randint(6, 12)):
            f.para(
                m,
                w - 2 * m,
                f"{k + 1}. {words(rng, lg, 'rules', rng.randint(12, 26))}",
                s.font,
                s.size - 0.5,
            )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["2:- {i} -", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), h.numbers]
        ),
    )
    received(rng, pages[0], d, 0.4)
    remember(d)
    return pages


CLIENT_KINDS = ["show", "show", "fair", "wedding"]


def tpl_display_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's flying display booking agreement as the client signs and returns it: the
    booking particulars (event, venue, arena, times, fee and deposit), the terms in small
    print and the site requirements and signature page with both signatures."""
    h = centre_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    r = keyed(who, "client")
    client = r.choice(SENDERS["show"][lg])
    wedding = "Wedding" in client[0] or "Hochzeit" in client[0] or "Réceptions" in client[0]
    d = some_day(rng)
    event = d + timedelta(days=rng.randint(30, 150))
    fee = rng.choice([450.0, 600.0, 750.0, 950.0, 1250.0, 1600.0])
    days = 1 if wedding else rng.choice([1, 2, 2, 3])
    ref = f"D{event.year % 100}-{rng.randint(10, 99):03d}"
    contact = staff(make_head(client, lg, "show"), "secretary")
    f = sheets(
        s,
        h,
        header=f"{h.name} - "
        + tr(lg, "Display agreement", "Vereinbarung Flugvorführung", "Contrat de prestation")
        + f" {ref}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Flying Display Booking Agreement",
            "Vereinbarung über eine Greifvogel-Flugvorführung",
            "Contrat de prestation - spectacle de rapaces",
        ),
        4,
    )
    f.page.text(w - m, f.y - 20, f"{tr(lg, 'Ref.', 'Nr.', 'Réf.')} {ref}", s.bold, s.size, "right")
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), client[0]),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), contact),
            (
                tr(lg, "Event", "Veranstaltung", "Événement"),
                client[0]
                if not wedding
                else tr(lg, "Wedding reception", "Hochzeitsfeier", "Réception de mariage"),
            ),
            (tr(lg, "Venue", "Ort", "Lieu"), f"{client[1]}, {client[2]}"),
            (
                tr(lg, "Date(s)", "Datum", "Date(s)"),
                " / ".join(short(event + timedelta(days=k), lg) for k in range(days)),
            ),
            (
                tr(lg, "Display times", "Vorführzeiten", "Horaires"),
                rng.choice(["11:30 & 15:00", "12:00, 14:00, 16:00", "14:30", "13:00 & 16:30"]),
            ),
            (
                tr(lg, "Arena / space", "Fläche", "Espace"),
                rng.choice(
                    ["40m x 30m", "30 x 30 m", "main ring", "Hauptring", "pelouse 50 x 30 m"]
                ),
            ),
            (tr(lg, "Birds (approx.)", "Vögel (ca.)", "Oiseaux (env.)"), str(rng.randint(4, 9))),
        ],
        hand=False,
    )
    f.y += 8
    cols = columns(m, w - m, [(4, "left"), (0.6, "right"), (1.2, "right")])
    rows = [
        [
            tr(
                lg,
                f"Flying display ({days} day{'s' if days > 1 else ''})",
                f"Flugvorführung ({days} Tag{'e' if days > 1 else ''})",
                f"Spectacle de vol ({days} jour{'s' if days > 1 else ''})",
            ),
            str(days),
            money(fee * days, lg),
        ]
    ]
    if not wedding and rng.random() < 0.5:
        rows.append(
            [
                tr(
                    lg,
                    "Static display and handling area",
                    "Ausstellung / Streichelbereich",
                    "Exposition statique",
                ),
                "1",
                money(150.0, lg),
            ]
        )
    km = rng.randint(20, 160)
    rows.append(
        [
            tr(lg, f"Travel ({km} miles)", f"Anfahrt ({km} km)", f"Déplacement ({km} km)"),
            "1",
            money(km * 0.6, lg),
        ]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    tot = sum(
        float(x[2].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else float(x[2].replace(",", ""))
        for x in rows
    )
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y + 4,
        [
            (tr(lg, "Total fee", "Gesamthonorar", "Total"), cash(tot, lg)),
            (
                tr(
                    lg,
                    "Deposit (25%) on signature",
                    "Anzahlung 25 % bei Unterzeichnung",
                    "Acompte 25 % à la signature",
                ),
                cash(round(tot * 0.25, 2), lg),
            ),
        ],
        w - m,
    )
    write(
        f,
        s,
        tr(
            lg,
            "The balance is due within 14 days of the event. This agreement is subject to the "
            "terms overleaf.",
            "Der Restbetrag ist 14 Tage nach der Veranstaltung fällig. Es gelten die umseitigen "
            "Bedingungen.",
            "Le solde est payable sous 14 jours. Conditions générales au verso.",
        ),
        s.size - 1,
    )
    pages = list(f.pages)
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Terms and conditions for displays",
                "Bedingungen für Flugvorführungen",
                "Conditions générales de prestation",
            ),
            [words(rng, lg, "legal", 3)[:-1].title() for _ in range(rng.randint(12, 20))],
        )
    )
    q = Page(A4)
    y = m + 4.0
    q.text(
        m,
        y,
        tr(
            lg,
            "Site requirements - please confirm",
            "Anforderungen vor Ort - bitte bestätigen",
            "Besoins sur site - à confirmer",
        ),
        s.bold,
        12,
    )
    y += 20
    reqs = [
        tr(
            lg,
            "Level grass arena free of overhead cables",
            "Ebene Rasenfläche ohne Freileitungen",
            "Terrain plat sans lignes électriques",
        ),
        tr(lg, "Vehicle access to the arena edge", "Zufahrt bis zur Fläche", "Accès véhicule"),
        tr(
            lg,
            "PA system and microphone",
            "Lautsprecheranlage mit Mikrofon",
            "Sonorisation et micro",
        ),
        tr(
            lg,
            "Shaded area for the weathering",
            "Schattiger Platz für die Vögel",
            "Zone ombragée pour les oiseaux",
        ),
        tr(
            lg,
            "No drones, balloons or fireworks during displays",
            "Keine Drohnen, Ballons oder Feuerwerk",
            "Pas de drones, ballons ni feux d'artifice",
        ),
        tr(lg, "Rope barrier / stewards", "Absperrung / Ordner", "Barrières / bénévoles"),
        tr(lg, "Water supply", "Wasseranschluss", "Point d'eau"),
    ]
    for t in reqs:
        ok = rng.random() < 0.85
        q.text(m, y, t, s.font, 9)
        for k, lab in enumerate(yes_no(lg)):
            xx = w - m - 90 + k * 48
            box(q, xx, y, ok if k == 0 else not ok)
            q.text(xx + 12, y, lab, s.font, 8)
        y += 18
    q.text(
        m,
        y + 8,
        tr(lg, "Notes / directions:", "Hinweise / Anfahrt:", "Remarques / accès :"),
        s.font,
        9,
    )
    for k, ln in enumerate(
        wrap(
            rng.choice(
                {
                    "en": [
                        "Use gate 4 off the B4211, ask for the ring steward",
                        "Park behind the marquee, arrive by 10",
                        "Bride's father will meet you at the lodge",
                    ],
                    "de": ["Einfahrt über Parkplatz Nord", "Anfahrt über Hintereingang, ab 9 Uhr"],
                    "fr": [
                        "entrée par le parking des exposants",
                        "arrivée par la cour, avant 10 h",
                    ],
                }[lg]
            ),
            HAND,
            10,
            w - 2 * m,
        )
    ):
        q.text(m + 8, y + 26 + k * 13, ln, HAND, 10)
    y += 80
    q.text(
        m,
        y,
        tr(lg, "Signed on behalf of the client", "Für den Auftraggeber", "Pour le client"),
        s.font,
        8,
    )
    q.text(
        w / 2 + 10, y, tr(lg, f"Signed for {h.name}", f"Für {h.name}", f"Pour {h.name}"), s.font, 8
    )
    y += 40
    q.line(m, y, w / 2 - 20, y)
    q.line(w / 2 + 10, y, w - m, y)
    scrawl(q, m + 4, y - 3, contact)
    scrawl(q, w / 2 + 14, y - 3, crew("owner"))
    q.text(m, y + 11, f"{contact}  -  {short(d + timedelta(days=rng.randint(3, 15)), lg)}", HAND, 9)
    q.text(w / 2 + 10, y + 11, f"{crew('owner')}  -  {short(d, lg)}", s.font, 8)
    pages.append(q)
    if rng.random() < 0.4:
        hand(
            pages[0],
            w - m - 130,
            48,
            tr(
                lg,
                f"dep. pd {short(d + timedelta(days=12), lg)}",
                f"Anz. erh. {short(d + timedelta(days=12), lg)}",
                f"acompte reçu {short(d + timedelta(days=12), lg)}",
            ),
            10,
        )
    remember(d, (client, event, ref))
    return close(pages, s, h, numbers=h.numbers)


def tpl_show_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A show society's or venue's confirmation letter for the centre's display: the letter
    with arrival and set-up arrangements, a sheet of vehicle and crew passes to cut out and,
    now and then, the main ring timetable on a landscape page."""
    ex = LAST["extra"]
    lg = home()
    if after(("display_contract",)) and isinstance(ex, tuple) and isinstance(ex[0], tuple):
        row, event, ref = ex[0], ex[1], ex[2]
    else:
        row = keyed(who, "show").choice(SENDERS["show"][lg])
        event = some_day(rng) + timedelta(days=rng.randint(20, 100))
        ref = ""
    h = make_head(row, lg, "show")
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("display_contract",), (5, 25))
    sec = staff(h, "secretary")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        centre_lines(crew("owner")),
        d,
        [(tr(lg, "Your ref.", "Ihr Zeichen", "V/réf."), ref)] if ref else [],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"{h.name} - {day(h, event)}",
            f"{h.name} am {day(h, event)}",
            f"{h.name} - {day(h, event)}",
        ),
        1,
    )
    write(f, s, dear_of(crew("owner"), lg))
    write(
        f,
        s,
        tr(
            lg,
            "We are delighted to confirm your booking as a main ring attraction. Please find "
            "enclosed your vehicle passes and crew wristband vouchers.",
            "wir freuen uns, Ihre Flugvorführung als Programmpunkt zu bestätigen. Anbei erhalten "
            "Sie die Einfahrtsscheine und Helferausweise.",
            "Nous avons le plaisir de vous confirmer votre participation. Vous trouverez "
            "ci-joint les laissez-passer véhicules et badges.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Set-up is from 7.00am on the day; all vehicles must be off the arena by 9.30am. "
            f"Your pitch is {serial(rng, 'A99')} next to the main ring. Please bring a copy of "
            "your public liability certificate and your risk assessment if not already sent.",
            "Aufbau ab 7.00 Uhr; alle Fahrzeuge müssen bis 9.30 Uhr das Gelände verlassen. Ihr "
            f"Standplatz: {serial(rng, 'A99')}. Bitte bringen Sie Ihre Haftpflichtbestätigung mit.",
            "Installation à partir de 7 h ; les véhicules doivent quitter l'aire avant 9 h 30. "
            f"Emplacement {serial(rng, 'A99')}. Merci de fournir votre attestation d'assurance.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 2))
    regards(f, s, lg, sec, tr(lg, "Show Secretary", "Geschäftsstelle", "Secrétariat"))
    pages = close(f.pages, s, h, numbers="none")
    q = Page(A4)
    y = m + 0.0
    q.text(
        m,
        y,
        tr(
            lg,
            "Please cut out and display on the dashboard",
            "Bitte ausschneiden und gut sichtbar auslegen",
            "À découper et placer derrière le pare-brise",
        ),
        s.font,
        8,
    )
    y += 12
    for k in range(rng.choice([2, 3, 4])):
        if y > hh - 190:
            break
        q.rect(m, y, w - 2 * m, 150 if k == 0 else 110)
        q.rect(m, y, 26, 150 if k == 0 else 110, fill=0.3 if k == 0 else 0.6)
        label = tr(
            lg,
            "VEHICLE PASS" if k == 0 else "CREW",
            "EINFAHRT" if k == 0 else "HELFER",
            "LAISSEZ-PASSER" if k == 0 else "EXPOSANT",
        )
        q.text(m + 40, y + 30, label, "Helvetica-Bold", 24)
        q.text(m + 40, y + 50, fit(h.name, s.bold, 10, w - 2 * m - 60), s.bold, 10)
        q.text(
            m + 40,
            y + 64,
            f"{short(event, lg)}  -  {tr(lg, 'Gate', 'Tor', 'Porte')} {rng.randint(1, 6)}",
            s.font,
            10,
        )
        q.text(w - m - 10, y + 30, f"No. {rng.randint(100, 999)}", "Courier-Bold", 12, "right")
        if k == 0:
            q.text(
                m + 40,
                y + 90,
                tr(
                    lg,
                    "ATTRACTION - ARENA ACCESS",
                    "PROGRAMM - ZUFAHRT GELÄNDE",
                    "ANIMATION - ACCÈS ARÈNE",
                ),
                "Helvetica-Bold",
                14,
            )
            hand(q, m + 40, y + 120, centre_name(), 11, w - 2 * m - 60)
        y += (150 if k == 0 else 110) + 8
        slip_rule(q, m, w - m, y, "")
        y += 10
    pages.append(q)
    if rng.random() < 0.5:
        L = landscape(A4)
        t = Page(L)
        ts = style_of(h, L, margin=40, pt=8.5)
        lw, lh = L
        t.text(
            lw / 2,
            44,
            tr(lg, "MAIN RING TIMETABLE", "PROGRAMM HAUPTRING", "PROGRAMME DE L'ARÈNE"),
            ts.bold,
            15,
            "center",
        )
        t.text(
            lw / 2,
            60,
            fit(f"{h.name} - {day(h, event)}", ts.font, 9, lw - 80),
            ts.font,
            9,
            "center",
        )
        tf = Sheets(L, lh - 40, lambda pg, k: 40)
        tf.pages[0] = t
        tf.page = t
        tf.y = 86
        acts = {
            "en": [
                "Grand parade of cattle",
                "Heavy horses",
                "Falconry display",
                "Sheepdog trials",
                "Terrier racing",
                "Vintage tractors",
                "Pony club games",
                "Dog agility",
                "Falconry display",
                "Closing parade",
            ],
            "de": [
                "Viehprämierung",
                "Kaltblutvorführung",
                "Greifvogel-Flugschau",
                "Hütehundevorführung",
                "Oldtimer-Traktoren",
                "Voltigieren",
                "Greifvogel-Flugschau",
                "Trachtenumzug",
                "Siegerehrung",
            ],
            "fr": [
                "Concours bovins",
                "Chevaux de trait",
                "Spectacle de rapaces",
                "Chiens de troupeau",
                "Tracteurs anciens",
                "Voltige",
                "Spectacle de rapaces",
                "Défilé",
                "Remise des prix",
            ],
        }[lg]
        rows = []
        tt = 9 * 60 + 30
        for a in acts:
            dur = rng.choice([20, 30, 30, 45])
            rows.append(
                [
                    f"{tt // 60:02d}:{tt % 60:02d}",
                    f"{(tt + dur) // 60:02d}:{(tt + dur) % 60:02d}",
                    a,
                    rng.choice(
                        {
                            "en": ["Main Ring", "Ring 2"],
                            "de": ["Hauptring", "Ring 2"],
                            "fr": ["Arène"],
                        }[lg]
                    ),
                    "",
                ]
            )
            tt += dur + rng.choice([0, 10, 15])
        table(
            tf,
            columns(
                40, lw - 40, [(0.8, "left"), (0.8, "left"), (4, "left"), (1.4, "left"), (2, "left")]
            ),
            [
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "End", "Ende", "Fin"),
                tr(lg, "Event", "Programmpunkt", "Animation"),
                tr(lg, "Ring", "Ort", "Lieu"),
                tr(lg, "Commentary", "Moderation", "Commentaire"),
            ],
            rows,
            ts,
            rules=True,
            step=2.0,
        )
        pages.append(t)
    received(rng, pages[0], d, 0.2)
    remember(d)
    return pages


BUILD_ITEMS = {
    "en": [
        ("Pressure-treated timber frame 100x75, bays 1-4", 1480.0),
        ("Weldmesh 1in x 1in 16g, 25m rolls", 96.0),
        ("Twinwall polycarbonate roof sheets 16mm", 62.0),
        ("Shingle / pea gravel floor, 10t", 410.0),
        ("Concrete pads and footings", 680.0),
        ("Double-door safety porch", 540.0),
        ("Shelf and perch fittings", 185.0),
        ("Labour - 2 men", 420.0),
        ("Skip hire", 290.0),
    ],
    "de": [
        ("Holzrahmen KVH 10/8, Volierenfelder 1-4", 1620.0),
        ("Volierendraht 19 x 19 mm, 25 m Rolle", 105.0),
        ("Stegplatten Polycarbonat 16 mm", 68.0),
        ("Kiesboden 16/32, 10 t", 450.0),
        ("Punktfundamente Beton", 720.0),
        ("Schleuse mit zwei Türen", 590.0),
        ("Sitzbretter und Sitzstangen", 210.0),
        ("Montage 2 Mann, Std.", 58.0),
        ("Containergestellung", 310.0),
    ],
    "fr": [
        ("Ossature bois autoclave 100x75, travées 1 à 4", 1550.0),
        ("Grillage soudé 19x19 mm, rouleau 25 m", 99.0),
        ("Plaques polycarbonate alvéolaire 16 mm", 65.0),
        ("Gravillon roulé, 10 t", 430.0),
        ("Plots béton et longrines", 700.0),
        ("Sas de sécurité double porte", 560.0),
        ("Reposoirs et perchoirs", 195.0),
        ("Main d'oeuvre 2 compagnons (jour)", 480.0),
        ("Location benne", 300.0),
    ],
}


def aviary_drawing(rng: random.Random, h: Head, bays: int) -> Page:
    """A builder's drawing of an aviary block: the front elevation with bays, doors and
    dimensions and a title block, on a landscape page."""
    L = landscape(A4)
    p = Page(L)
    w, hh = L
    m = 36
    lg = h.lang
    p.rect(m - 10, m - 10, w - 2 * m + 20, hh - 2 * m + 20)
    x0, y0 = m + 40, 120
    bw = (w - 2 * m - 80) / bays
    ht = 170
    p.line(x0 - 10, y0 - 30, x0 + bays * bw + 10, y0 - 30)
    for k in range(bays):
        x = x0 + k * bw
        p.rect(x, y0, bw, ht)
        for j in range(1, 6):
            p.line(x + j * bw / 6, y0, x + j * bw / 6, y0 + ht)
        p.rect(x + bw / 2 - 18, y0 + ht - 95, 36, 95)
        p.text(
            x + bw / 2,
            y0 + ht + 16,
            f"{tr(lg, 'Bay', 'Feld', 'Travée')} {k + 1}",
            "Helvetica",
            8,
            "center",
        )
    p.line(x0, y0 - 30, x0, y0)
    p.line(x0 + bays * bw, y0 - 30, x0 + bays * bw, y0)
    p.line(x0, y0 + ht + 30, x0 + bays * bw, y0 + ht + 30)
    p.text(
        x0 + bays * bw / 2,
        y0 + ht + 42,
        f"{bays * rng.choice([3.0, 3.6, 4.0]):.1f} m",
        "Helvetica",
        8,
        "center",
    )
    p.line(x0 - 24, y0, x0 - 24, y0 + ht)
    p.text(x0 - 28, y0 + ht / 2, f"{rng.choice([2.4, 2.7, 3.0]):.1f} m", "Helvetica", 8, "right")
    tb = (w - m - 250, hh - m - 80)
    p.rect(tb[0], tb[1], 240, 76)
    for k, t in enumerate(
        [
            h.name,
            tr(
                lg,
                "Aviary block - front elevation",
                "Volierenanlage - Ansicht Süd",
                "Volières - façade",
            ),
            f"{tr(lg, 'Client', 'Bauherr', 'Client')}: {centre_name()}",
            f"{tr(lg, 'Dwg', 'Plan', 'Plan')} {serial(rng, 'AV-99')}  "
            f"{tr(lg, 'Scale', 'M', 'Éch.')} 1:50  Rev B",
        ]
    ):
        p.text(
            tb[0] + 6,
            tb[1] + 14 + 16 * k,
            fit(t, "Helvetica-Bold" if k == 0 else "Helvetica", 8, 228),
            "Helvetica-Bold" if k == 0 else "Helvetica",
            8,
        )
    p.text(
        m,
        hh - m - 10,
        fit(
            tr(
                lg,
                "Mesh to be fixed inside the frame with battens. Roof one third covered. Do not "
                "scale.",
                "Draht innen mit Leisten befestigt. Dach zu einem Drittel gedeckt. Maße vor Ort "
                "prüfen.",
                "Grillage fixé à l'intérieur. Toit couvert au tiers. Cotes à vérifier sur place.",
            ),
            "Helvetica",
            7.5,
            w - 330,
        ),
        "Helvetica",
        7.5,
    )
    return p


def tpl_aviary_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An aviary builder's stage invoice for new aviaries or mews: the stage of the contract
    sum, the materials and labour lines, VAT, and now and then the elevation drawing of the
    block on a landscape page."""
    h = head_of(who, "builder")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["INV 9999", "RE-2099-099", "FA-099"]))
    f = sheets(s, h, header=f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        centre_lines(crew("owner")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Job", "Bauvorhaben", "Chantier"), serial(keyed(who, "job"), "J999")),
        ],
    )
    stage = rng.randint(1, 3)
    caption(
        f,
        s,
        tr(
            lg,
            f"INVOICE - stage payment {stage} of 3",
            f"{stage}. ABSCHLAGSRECHNUNG",
            f"FACTURE DE SITUATION N° {stage}",
        ),
        2,
    )
    bays = rng.choice([3, 4, 5, 6])
    write(
        f,
        s,
        tr(
            lg,
            f"New aviary block ({bays} bays with safety porch) at {centre_head().street}, as "
            "quotation.",
            f"Neubau Volierenanlage ({bays} Felder mit Schleuse), {centre_head().street}, gemäß "
            "Angebot.",
            f"Construction d'un ensemble de {bays} volières avec sas, {centre_head().street}, "
            "selon devis.",
        ),
    )
    rows = []
    net = 0.0
    for it, pr in rng.sample(BUILD_ITEMS[lg], rng.randint(4, 8)):
        q = rng.choice([1, 1, 2, 4, 6, 8]) if pr < 200 else 1
        net += q * pr
        rows.append([it, str(q), money(pr, lg), money(q * pr, lg)])
    table(
        f,
        columns(m, w - m, [(4.5, "left"), (0.5, "right"), (1, "right"), (1.1, "right")]),
        [
            tr(lg, "Description", "Position", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "EP", "P.U."),
            tr(lg, "Amount", "GP", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    if stage > 1:
        prev = round(net * rng.uniform(0.3, 0.6), 2)
        f.y = pairs(
            f.page,
            s,
            w * 0.45,
            f.y + 4,
            [
                (
                    tr(
                        lg,
                        "Less stage 1 already invoiced",
                        "abzgl. Abschlag 1",
                        "Déduction situation 1",
                    ),
                    f"-{money(prev, lg)}",
                )
            ],
            w - m,
        )
        net -= prev
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 7 days please. Retention of title until paid in full.",
            "Zahlbar sofort ohne Abzug. Das Material bleibt bis zur vollständigen Bezahlung "
            "unser Eigentum.",
            "Paiement à 30 jours. Clause de réserve de propriété.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.4:
        pages.append(aviary_drawing(rng, h, bays))
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's or insurer's renewal: a covering letter, the schedule (policyholder,
    business description, sections with limits and premiums, the insured birds with their
    values), the endorsements, and the employers' liability certificate or the
    Versicherungsbestätigung / attestation d'assurance on a page of its own."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    start = add_months(d, 1)
    pol = serial(rng, {"en": "FS/PL/999999/24", "de": "BH-99.999.999-9", "fr": "RC 99 999 999"}[lg])
    pages: list[Page] = []
    if rng.random() < 0.7:
        f = sheets(s, h)
        recipient(
            f, s, h, centre_lines(crew("owner")), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)]
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your policy renewal",
                "Ihre Vertragsverlängerung",
                "Renouvellement de votre contrat",
            ),
            1,
        )
        write(f, s, dear_of(crew("owner"), lg))
        write(
            f,
            s,
            tr(
                lg,
                f"Your policy is due for renewal on {day(h, start)}. We enclose the renewal "
                "schedule and certificate. Please check that the details, in particular the "
                "birds insured and your turnover, are correct.",
                f"Ihr Vertrag verlängert sich zum {day(h, start)}. Anbei erhalten Sie den neuen "
                "Versicherungsschein und die Bestätigung für die Behörden.",
                f"Votre contrat sera renouvelé le {day(h, start)}. Vous trouverez ci-joint les "
                "conditions particulières et votre attestation.",
            ),
        )
        write(f, s, prose(rng, lg, "insure", 1, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "handler"),
            tr(lg, "Account Handler", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, s, h, numbers="none")
    f = sheets(s, h, header=f"{h.name} - {pol}")
    caption(
        f, s, tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4, rule=True
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Policy number", "Vertragsnummer", "N° de contrat"), pol),
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), centre_name()),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{centre_head().street}, {centre_head().town}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Falconry centre open to the public, flying displays off site, hawk walks "
                    "and experiences",
                    "Greifvogelpark mit Flugvorführungen, auch auswärts; Falknerkurse",
                    "Parc de rapaces ouvert au public, spectacles itinérants, stages",
                ),
            ),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Estimated turnover", "Jahresumsatz (geschätzt)", "Chiffre d'affaires"),
                cash(rng.choice([180000, 240000, 310000, 420000]), lg),
            ),
        ],
        w - m,
    )
    f.y += 8
    secs = [
        (
            tr(
                lg,
                "Public and products liability",
                "Betriebs- und Tierhalterhaftpflicht",
                "Responsabilité civile exploitation",
            ),
            cash(5_000_000 if lg == "en" else 10_000_000, lg),
            cash(250.0, lg),
        ),
        (
            tr(
                lg,
                "Employers' liability",
                "Personen- und Sachschäden (pauschal)",
                "Responsabilité civile professionnelle",
            ),
            cash(10_000_000, lg),
            cash(0.0, lg),
        ),
        (
            tr(
                lg,
                "Animal mortality - scheduled birds",
                "Tierlebensversicherung - benannte Vögel",
                "Mortalité des animaux désignés",
            ),
            tr(lg, "see below", "siehe unten", "voir ci-dessous"),
            "10%",
        ),
        (
            tr(lg, "Buildings and aviaries", "Gebäude und Volieren", "Bâtiments et volières"),
            cash(rng.choice([85000, 120000, 160000]), lg),
            cash(500.0, lg),
        ),
        (
            tr(
                lg,
                "Business interruption (loss of licence)",
                "Betriebsunterbrechung",
                "Perte d'exploitation",
            ),
            cash(50000, lg),
            "7 " + tr(lg, "days", "Tage", "jours"),
        ),
    ]
    rows = []
    total = 0.0
    for a, lim, xs in secs:
        prem = rng.choice([180.0, 240.0, 365.0, 520.0, 880.0, 1150.0])
        total += prem
        rows.append([a, lim, xs, money(prem, lg)])
    table(
        f,
        columns(m, w - m, [(3.2, "left"), (1.5, "right"), (1.0, "right"), (1.0, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Limit", "Deckungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Cotisation"),
        ],
        rows,
        s,
        rules=True,
    )
    tax = {"en": 0.12, "de": 0.19, "fr": 0.09}[lg]
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y + 4,
        [
            (tr(lg, "Premium", "Nettobeitrag", "Cotisation HT"), cash(total, lg)),
            (
                tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                cash(total * tax, lg),
            ),
            (tr(lg, "Total payable", "Jahresbeitrag", "Total TTC"), cash(total * (1 + tax), lg)),
        ],
        w - m,
    )
    f.y += 10
    caption(f, s, tr(lg, "Scheduled birds", "Versicherte Tiere", "Animaux désignés"), 1)
    brows = [
        [b.name, sp_name(b.sp, lg), b.ring, cash(rng.choice([400, 650, 900, 1500, 2500, 4000]), lg)]
        for b in BIRDS
    ]
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (2.5, "left"), (2, "left"), (1, "right")]),
        [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Species", "Art", "Espèce"),
            tr(lg, "Ring", "Ring", "Bague"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        brows,
        s,
        size=s.size - 1.5,
    )
    if rng.random() < 0.7:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Endorsements", "Besondere Vereinbarungen / Klauseln", "Clauses particulières"),
            2,
        )
        for _k in range(rng.randint(4, 9)):
            f.heading(
                m,
                f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} "
                f"{rng.randint(10, 99)}{serial(rng, 'A')}",
                s.bold,
                s.size,
            )
            write(f, s, prose(rng, lg, "insure", 1, 3), s.size - 0.5)
    sched = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    pages += sched
    c = Page(A4)
    y = m + 10.0
    c.rect(m - 10, m - 10, w - 2 * m + 20, 460)
    title = tr(
        lg,
        "CERTIFICATE OF EMPLOYERS' LIABILITY INSURANCE",
        "VERSICHERUNGSBESTÄTIGUNG",
        "ATTESTATION D'ASSURANCE",
    )
    c.text(w / 2, y + 6, fit(title, s.bold, 12, w - 2 * m), s.bold, 12, "center")
    if lg == "en":
        c.text(
            w / 2,
            y + 20,
            "(A copy of this certificate must be displayed where your employees can easily read "
            "it)",
            s.font,
            7.5,
            "center",
        )
    y = pairs(
        c,
        s,
        m,
        y + 50,
        [
            (tr(lg, "Policy number", "Vertragsnummer", "Contrat n°"), pol),
            (tr(lg, "Name of policyholder", "Versicherungsnehmer", "Assuré"), centre_name()),
            (tr(lg, "Date of commencement", "Beginn", "Date d'effet"), short(start, lg)),
            (
                tr(lg, "Date of expiry", "Ablauf", "Date d'échéance"),
                short(add_months(start, 12) - timedelta(days=1), lg),
            ),
        ],
        w - m,
        9.5,
    )
    y += 10
    for ln in wrap(
        tr(
            lg,
            "We hereby certify that, subject to paragraph 2, the policy to which this "
            "certificate relates satisfies the requirements of the relevant law applicable in "
            "Great Britain, Northern Ireland, the Isle of Man, the Island of Jersey, the Island "
            "of Guernsey and the Island of Alderney. The minimum amount of cover provided by "
            "this policy is no less than £5 million.",
            "Hiermit wird bestätigt, dass für den oben genannten Betrieb eine Betriebs- und "
            "Tierhalterhaftpflichtversicherung besteht, die auch Flugvorführungen außerhalb des "
            "Betriebsgeländes umfasst. Diese Bestätigung dient zur Vorlage bei Behörden und "
            "Veranstaltern.",
            "Nous soussignés attestons que l'établissement désigné ci-dessus est titulaire d'un "
            "contrat garantissant sa responsabilité civile, y compris lors des spectacles "
            "itinérants. La présente attestation ne peut engager l'assureur au-delà des "
            "conditions du contrat.",
        ),
        s.font,
        9,
        w - 2 * m,
    ):
        c.text(m, y, ln, s.font, 9)
        y += 12
    scrawl(c, w - m - 180, y + 40, staff(h, "uw"))
    c.line(w - m - 190, y + 44, w - m, y + 44)
    c.text(
        w - m - 190,
        y + 56,
        fit(f"{tr(lg, 'Signed on behalf of', 'Für', 'Pour')} {h.name}", s.font, 7.5, 190),
        s.font,
        7.5,
    )
    pages.append(c)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def tpl_flu_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """An avian influenza notice: APHA's letter to registered keepers on the prevention zone
    and housing measures with the biosecurity checklist to keep, the Landratsamt's
    Allgemeinverfügung zur Aufstallung with its sections, reasons and legal remedy, or the
    préfet's arrêté with its articles and the annex listing the communes of the zone."""
    h = head_of(who, "flu")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, {"en": "AIPZ/99/99", "de": "39-9999.99/AI", "fr": "DDPP-2099-99-99"}[lg])
    f = sheets(s, h, header=f"{h.name.split(' - ')[0]} - {ref}")
    if lg == "en":
        recipient(
            f,
            s,
            h,
            centre_lines("The Keeper"),
            d,
            [("Ref", ref), ("CPH", serial(rng, "99/999/9999"))],
        )
        caption(f, s, "Avian Influenza Prevention Zone - housing measures", 1.5)
        write(f, s, "Dear Keeper,")
        for _ in range(3):
            write(f, s, prose(rng, lg, "rules", 2, 3))
        write(
            f,
            s,
            "Bird gatherings, including shows and displays involving birds of prey, may only "
            "take place under a general licence. Birds flown at displays must not come into "
            "contact with wild birds or poultry. Please complete the checklist enclosed and keep "
            "it with your records.",
        )
        regards(f, s, lg, staff(h, "cvo"), "Chief Veterinary Officer")
        f.new_page()
        caption(f, s, "Biosecurity self-assessment checklist", 2, rule=True)
        for t in [
            "Birds housed or netted to prevent contact with wild birds",
            "Feed and water kept under cover",
            "Foot dips at entrances, disinfectant on the approved list",
            "Dedicated footwear and clothing for bird areas",
            "Visitor access to bird areas restricted",
            "Records of all movements on and off the premises",
            "Vermin control in place",
            "Dead birds reported / disposed of correctly",
            "Staff aware of the signs of avian influenza",
        ]:
            f.need(20)
            f.page.text(m, f.y, t, s.font, 9)
            for k, lab in enumerate(["Yes", "No", "N/A"]):
                xx = w - m - 120 + k * 40
                box(f.page, xx, f.y, k == 0 and rng.random() < 0.85)
                f.page.text(xx + 12, f.y, lab, s.font, 8)
            f.y += 18
        f.y += 10
        f.page.text(m, f.y, "Completed by:", s.font, 9)
        hand(f.page, m + 80, f.y, crew("head"), 10)
        f.page.text(w / 2, f.y, "Date:", s.font, 9)
        hand(f.page, w / 2 + 36, f.y, short(d + timedelta(days=rng.randint(1, 6)), lg), 10)
    elif lg == "de":
        caption(f, s, "Allgemeinverfügung", 5)
        write(
            f,
            s,
            "des Landkreises zum Schutz gegen die Geflügelpest (Aufstallungsanordnung) vom "
            f"{day(h, d)}",
        )
        write(
            f,
            s,
            "Aufgrund von § 13 Abs. 1 der Geflügelpest-Verordnung in Verbindung mit § 38 Abs. 11 "
            "des Tiergesundheitsgesetzes erlässt das Landratsamt folgende Allgemeinverfügung:",
            s.size - 0.5,
        )
        for k, t in enumerate(
            [
                "Aufstallung",
                "Ausstellungen, Märkte und Veranstaltungen",
                "Flugvorführungen mit Greifvögeln",
                "Biosicherheitsmaßnahmen",
                "Geltungsdauer",
                "Sofortige Vollziehung",
            ],
            1,
        ):
            f.heading(m, f"{k}. {t}", s.bold, s.size + 0.5)
            write(f, s, prose(rng, lg, "rules", 1, 3))
        f.heading(m, "Begründung", s.bold, s.size + 1)
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "rules", 2, 4))
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size + 1)
        write(
            f,
            s,
            "Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach ihrer Bekanntgabe "
            "Widerspruch beim Landratsamt erhoben werden. Der Widerspruch hat keine "
            "aufschiebende Wirkung.",
        )
        regards(f, s, lg, staff(h, "amtstierarzt"), "Leiter/in Veterinäramt")
        if rng.random() < 0.6:
            f.new_page()
            caption(f, s, "Anlage: Karte des Restriktionsgebietes", 1)
            p = f.page
            p.rect(m, f.y, w - 2 * m, 420)
            cx, cy = w / 2, f.y + 210
            ring(p, cx, cy, 60, 40)
            ring(p, cx, cy, 150, 60)
            for _ in range(14):
                x1, y1 = m + rng.uniform(0, w - 2 * m), f.y + rng.uniform(0, 420)
                p.line(
                    x1,
                    y1,
                    min(w - m, x1 + rng.uniform(-80, 80)),
                    min(f.y + 420, max(f.y, y1 + rng.uniform(-80, 80))),
                )
            p.text(cx, cy + 4, "Ausbruchsbetrieb", "Helvetica-Bold", 7, "center")
            p.text(cx + 70, cy - 100, "Überwachungszone (10 km)", "Helvetica", 7)
            f.y += 440
    else:
        caption(f, s, "ARRÊTÉ PRÉFECTORAL", 5)
        write(
            f,
            s,
            f"n° {ref} du {day(h, d)} portant déclaration d'une zone de contrôle temporaire suite "
            "à un foyer d'influenza aviaire hautement pathogène",
        )
        f.heading(m, "Le préfet,", s.bold, s.size)
        for t in [
            "Vu le code rural et de la pêche maritime, notamment ses articles L.221-1 et "
            "suivants ;",
            "Vu l'arrêté ministériel du 29 septembre 2021 relatif aux mesures de biosécurité ;",
            "Considérant " + words(rng, lg, "rules"),
        ]:
            write(f, s, t, s.size - 0.5)
        f.heading(m, "ARRÊTE", s.bold, s.size + 1)
        for k in range(1, rng.randint(6, 10)):
            f.heading(m, f"Article {k}", s.bold, s.size)
            write(f, s, prose(rng, lg, "rules", 1, 3))
        regards(f, s, lg, staff(h, "sg"), "Pour le préfet, le secrétaire général")
        f.new_page()
        caption(f, s, "Annexe : liste des communes de la zone de contrôle temporaire", 1)
        towns = [
            "Saint-Agnan",
            "Vassieux",
            "Lus-la-Croix-Haute",
            "Murol",
            "Chambon-sur-Lac",
            "Saint-Nectaire",
            "Brézé",
            "Montsoreau",
            "Turquant",
            "Parnay",
            "Souzay",
            "Varennes",
            "Dampierre",
            "Die",
            "Chamaloc",
            "Romeyer",
            "Besse",
            "Compains",
            "Égliseneuve",
        ]
        rows = [
            [
                str(rng.randint(26000, 63999)),
                t,
                rng.choice(["zone de protection", "zone de surveillance", "zone réglementée"]),
            ]
            for t in rng.sample(towns, rng.randint(8, 18))
        ]
        table(
            f,
            columns(m, w - m, [(1, "left"), (2.5, "left"), (2, "left")]),
            ["INSEE", "Commune", "Zone"],
            rows,
            s,
            rules=True,
        )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["2:- {i} -", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"), "none"]
        ),
    )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same bird or event."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "experience_booking": tpl_experience_booking,
    "gift_voucher": tpl_gift_voucher,
    "wedding_booking": tpl_wedding_booking,
    "school_booking": tpl_school_booking,
    "bird_sale": tpl_bird_sale,
    "article10": tpl_article10,
    "movement_record": tpl_movement_record,
    "vet_invoice": tpl_vet_invoice,
    "lab_report": tpl_lab_report,
    "feed_delivery": tpl_feed_delivery,
    "feed_invoice": tpl_feed_invoice,
    "weight_sheet": tpl_weight_sheet,
    "equipment_invoice": tpl_equipment_invoice,
    "ring_order": tpl_ring_order,
    "licence_inspection": tpl_licence_inspection,
    "display_contract": tpl_display_contract,
    "show_confirmation": tpl_show_confirmation,
    "aviary_invoice": tpl_aviary_invoice,
    "insurance_schedule": tpl_insurance_schedule,
    "flu_notice": tpl_flu_notice,
}
TEMPLATES_UUUUU: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "experience_booking",
    "gift_voucher",
    "movement_record",
    "vet_invoice",
    "feed_invoice",
    "feed_delivery",
    "article10",
    "weight_sheet",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "bird_sale": "article10",
    "lab_report": "vet_invoice",
    "display_contract": "show_confirmation",
    "feed_delivery": "feed_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_spurtle_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One centre's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The centre
    (country, name, month, staff, birds) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    CENTRE["lang"] = lang
    CENTRE["row"] = r.randrange(len(CENTRES[lang]))
    CENTRE["seed"] = r.getrandbits(24)
    CENTRE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    BIRDS[:] = []
    names: set[str] = set()
    for sp in r.sample(range(len(SPECIES)), r.randint(7, 12)):
        b = a_bird(r, lang, sp)
        while b.name in names:
            b.name = r.choice(BIRD_NAMES)
        names.add(b.name)
        BIRDS.append(b)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_UUUUU, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_spurtle_stream, "templates UUUUU")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

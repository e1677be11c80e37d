"""Spatula part of the generated corpus: templates IIII, written blind for the next measurement.

A part of its own, ``spatula``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a taxi,
minicab and minibus company (the owner, a dispatcher team and about twenty self-employed
drivers; in England, Germany or France) feeds through its scanner in a month: the council's
operator licence (Private Hire Operator's Licence, Genehmigungsurkunde nach dem PBefG, arrêté
municipal d'autorisation de stationnement) with its conditions pages, sometimes behind a
covering letter; the council's vehicle licences, one per car with the plate details and now
and then the vehicle conditions on a second page; the testing station's vehicle compliance
test certificates or taximeter calibration certificates (Eichschein, certificat de
vérification du taximètre) with their checklists; drivers' licence renewal applications on the
council's form, filled in by hand, with the declaration page and a copy of the driving licence
card behind; the drivers' doctors' medical reports to the Group 2 standard (ärztliches
Gutachten nach Anlage 5 FeV, avis médical d'aptitude) with the vision and conditions grids; the
company's own accident and incident report forms filled in by drivers, with a sketch box and a
damage diagram page; the fleet insurer's claim letters with the payments schedule and now and
then the copy of a third party's letter; the local authority's school transport contracts
(Vertrag über die Schülerbeförderung, marché de transport scolaire) with the award letter, the
particulars, the route schedule on a landscape page, the conditions and the signature page; the
company's monthly route invoices to the authority with the landscape attendance log; its
monthly account invoices to hotels, hospitals and firms with the journey list over pages, and
its statements of account with the remittance slip; its weekly driver settlement statements
(commission, radio rent, vehicle rent, card takings); its vehicle rental agreements with
self-employed drivers (particulars, numbered terms, the vehicle condition sheet, signatures);
the car wash's account invoices with the wash log by registration; the dispatch system
supplier's subscription invoices with the usage report on a landscape page and sometimes the
service terms; the council's penalty charge notices (bus lane, parking; Verwarnungsgeld,
avis de paiement FPS) with the back page and the payment slip, and the company's
representations against them with the copy of the booking record; lost property reports on A5
forms filled in by hand; passengers' complaints (typed letters, handwritten notes, printed
e-mails) and the company's replies; hospitals' and doctors' patient transport orders on A5
(transport booking forms, Verordnung einer Krankenbeförderung, prescription médicale de
transport). Each stream is one company's pile: the company (country, name, month, fleet,
drivers, account customers) is drawn once per stream; its senders are of the company's
country and write in its language, except that the dispatch system supplier and the
complaining passengers are now and then from abroad and write in their own. Page sizes
range from A5 forms and slips to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
covering letter and the conditions pages of an operator licence; the conditions page of a
vehicle licence; the declaration page and the copy of the driving licence card behind a
renewal application (the driver hands them in together); every page of a medical report; the
damage diagram page of an incident report; the payments schedule and the copy of a third
party's letter enclosed with an insurer's claim letter; the award letter, particulars, route
schedule, conditions and signature page of a school transport contract; the attendance log of
a route invoice; the journey list pages of an account invoice; the remittance slip of a
statement; the terms pages, condition sheet and signature page of a rental agreement; the usage
report and terms of a dispatch invoice; the back page of a penalty charge notice; the booking
record copy enclosed with a representation. Related papers are documents of their own: the
insurer's claim letter after the incident report, the medical report after the renewal
application, the representation after the penalty charge notice, the reply after a complaint,
the first route invoice after the school transport contract and the statement after an
account invoice; and so is each licence, certificate, invoice, settlement, notice, report and
order of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: vehicle licences, compliance test
certificates, route invoices, account invoices, driver settlements, car wash invoices, penalty
charge notices, lost property reports and patient transport orders often come 2-4 in a row from
one sender with other vehicles, drivers, dates, numbers and amounts; and companions: each
related paper above often follows the document it answers, about the same vehicle, driver,
customer or notice. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "spatula"`` and seeds offset by 8_600_000.

Usage: ``python benchmarks/corpus_spatula.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/spatula/spatula_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "spatula"
SEED_OFFSET = 8_600_000

MM = 72 / 25.4
LAND = landscape(A4)
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the company and its outside senders, by country and town
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
#: The companies; the k-th company of a country sits in the k-th town of ``TOWNS``.
COMPANIES: dict[str, list[Row]] = {
    "en": [
        ("Aire Valley Cars Ltd", "Unit 3, Kirkstall Road", "Leeds LS4 2AZ", "0113 278 5000"),
        ("Redcliffe Taxis & Minibuses", "48 Victoria Street", "Bristol BS1 6BX", "0117 925 2626"),
        ("Steel City Cabs Ltd", "112 Queens Road", "Sheffield S2 4DH", "0114 275 1111"),
    ],
    "de": [
        (
            "Taxi & Mietwagen Westfalen GmbH",
            "Mallinckrodtstraße 212",
            "44147 Dortmund",
            "0231 14 44 44",
        ),
        (
            "Leine-Taxi Hannover GmbH & Co. KG",
            "Vahrenwalder Straße 96",
            "30165 Hannover",
            "0511 38 11 00",
        ),
        ("Funktaxi Franken Rudi Bauer e.K.", "Fürther Straße 70", "90429 Nürnberg", "0911 19 410"),
    ],
    "fr": [
        ("Taxis Rennais SARL", "14 boulevard de la Liberté", "35000 Rennes", "02 99 30 79 79"),
        ("Allo Taxi Capitole SAS", "6 rue Bayard", "31000 Toulouse", "05 61 42 38 38"),
        ("Flandres Taxis & Navettes", "22 rue de Tournai", "59000 Lille", "03 20 06 64 00"),
    ],
}
TOWNS = {
    "en": ["Leeds", "Bristol", "Sheffield"],
    "de": ["Dortmund", "Hannover", "Nürnberg"],
    "fr": ["Rennes", "Toulouse", "Lille"],
}
PLATE_PREFIX = {"de": ["DO", "H", "N"]}
#: Senders tied to the company's town: the k-th row goes with the k-th company.
LOCAL: dict[str, dict[str, list[Row]]] = {
    "council": {
        "en": [
            (
                "Leeds City Council - Taxi & Private Hire Licensing",
                "Knowsthorpe Gate",
                "Leeds LS9 0NP",
                "0113 378 5500",
            ),
            (
                "Bristol City Council - Taxi Licensing",
                "PO Box 3399",
                "Bristol BS1 9NE",
                "0117 922 2000",
            ),
            (
                "Sheffield City Council - Licensing Service",
                "Block C, Staniforth Road Depot",
                "Sheffield S9 3HD",
                "0114 273 4264",
            ),
        ],
        "de": [
            (
                "Stadt Dortmund - Ordnungsamt - Taxi- und Mietwagenwesen",
                "Olpe 1",
                "44135 Dortmund",
                "0231 50 0",
            ),
            (
                "Landeshauptstadt Hannover - Fachbereich Öffentliche Ordnung",
                "Am Schützenplatz 1",
                "30169 Hannover",
                "0511 168 0",
            ),
            (
                "Stadt Nürnberg - Ordnungsamt - Personenbeförderung",
                "Hauptmarkt 18",
                "90403 Nürnberg",
                "0911 231 0",
            ),
        ],
        "fr": [
            (
                "Ville de Rennes - Direction de la Réglementation - Service Taxis",
                "Place de la Mairie",
                "35031 Rennes Cedex",
                "02 23 62 10 10",
            ),
            (
                "Mairie de Toulouse - Direction de la Réglementation - Bureau des taxis",
                "Place du Capitole",
                "31040 Toulouse Cedex 6",
                "05 61 22 29 22",
            ),
            (
                "Ville de Lille - Service Réglementation Taxis",
                "Place Augustin Laurent",
                "59033 Lille Cedex",
                "03 20 49 50 00",
            ),
        ],
    },
    "parking": {
        "en": [
            ("Leeds City Council - Parking Services", "PO Box 1034", "Leeds LS1 9NP", ""),
            ("Bristol City Council - Traffic Enforcement", "PO Box 3176", "Bristol BS3 9FS", ""),
            ("Sheffield City Council - Parking Services", "PO Box 1318", "Sheffield S2 2XD", ""),
        ],
        "de": [
            ("Stadt Dortmund - Ordnungsamt - Bußgeldstelle", "Olpe 1", "44122 Dortmund", ""),
            (
                "Landeshauptstadt Hannover - Bußgeldstelle",
                "Am Schützenplatz 1",
                "30169 Hannover",
                "",
            ),
            ("Stadt Nürnberg - Zentrale Bußgeldstelle", "Lorenzer Straße 30", "90402 Nürnberg", ""),
        ],
        "fr": [
            (
                "Rennes Métropole - Service du stationnement payant",
                "4 avenue Henri Fréville",
                "35207 Rennes Cedex 2",
                "",
            ),
            (
                "Toulouse Métropole - Forfaits post-stationnement",
                "6 rue René Leduc",
                "31505 Toulouse Cedex 5",
                "",
            ),
            (
                "Ville de Lille - Stationnement - Cellule FPS",
                "Place Augustin Laurent",
                "59033 Lille Cedex",
                "",
            ),
        ],
    },
    "education": {
        "en": [
            (
                "Leeds City Council - Passenger Transport Services",
                "Merrion House",
                "Leeds LS2 8BB",
                "0113 378 1000",
            ),
            (
                "Bristol City Council - Travel to School Team",
                "100 Temple Street",
                "Bristol BS1 6AG",
                "0117 903 7000",
            ),
            (
                "Sheffield City Council - Home to School Transport",
                "Moorfoot Building",
                "Sheffield S1 4PL",
                "0114 273 6363",
            ),
        ],
        "de": [
            (
                "Stadt Dortmund - Schulverwaltungsamt - Schülerbeförderung",
                "Hoher Wall 9-11",
                "44137 Dortmund",
                "",
            ),
            (
                "Region Hannover - Team Schülerbeförderung",
                "Hildesheimer Straße 18",
                "30169 Hannover",
                "",
            ),
            (
                "Stadt Nürnberg - Amt für Allgemeinbildende Schulen",
                "Äußere Laufer Gasse 25",
                "90403 Nürnberg",
                "",
            ),
        ],
        "fr": [
            (
                "Région Bretagne - Direction des transports scolaires",
                "283 avenue du Général Patton",
                "35711 Rennes Cedex 7",
                "",
            ),
            (
                "Région Occitanie - Service des transports scolaires de Haute-Garonne",
                "1 boulevard de la Marquette",
                "31000 Toulouse",
                "",
            ),
            (
                "Région Hauts-de-France - Transports scolaires du Nord",
                "151 avenue du Président Hoover",
                "59555 Lille Cedex",
                "",
            ),
        ],
    },
    "tester": {
        "en": [
            (
                "Leeds City Council - Fleet Services Vehicle Testing Centre",
                "Knowsthorpe Gate",
                "Leeds LS9 0NP",
                "0113 378 1480",
            ),
            (
                "Bristol City Council - Vehicle Testing Station",
                "Albert Road",
                "Bristol BS2 0XS",
                "0117 352 5400",
            ),
            (
                "Sheffield City Council - Taxi Testing Centre",
                "Staniforth Road Depot",
                "Sheffield S9 3HD",
                "0114 273 4500",
            ),
        ],
        "de": [
            (
                "Landesbetrieb Mess- und Eichwesen NRW - Eichamt Dortmund",
                "Westfalendamm 180",
                "44141 Dortmund",
                "",
            ),
            (
                "Eichdirektion Nord - Eichamt Hannover",
                "Ammerländer Heerstraße 4",
                "30165 Hannover",
                "",
            ),
            (
                "Bayerisches Landesamt für Maß und Gewicht - Eichamt Nürnberg",
                "Wallensteinstraße 30",
                "90431 Nürnberg",
                "",
            ),
        ],
        "fr": [
            (
                "Atelier Métrologie Taxis Bretagne",
                "ZA du Haut Montigné",
                "35510 Cesson-Sévigné",
                "02 99 83 40 12",
            ),
            (
                "Taximétrie Occitane SARL",
                "17 chemin de la Salvetat",
                "31300 Toulouse",
                "05 61 49 20 87",
            ),
            (
                "Métrotaxi Nord - Installateur agréé",
                "Rue du Grand But",
                "59160 Lomme",
                "03 20 92 61 44",
            ),
        ],
    },
}
#: Senders of the company's country, any town.
SENDERS: dict[str, dict[str, list[Row]]] = {
    "insurer": {
        "en": [
            (
                "Kingsgate Motor Fleet Insurance",
                "Claims Centre, 20 Fenchurch Avenue",
                "London EC3M 5BS",
                "0345 600 4411",
            ),
            (
                "Pennine Taxi Insurance Services Ltd",
                "Mercury House, Bradford Road",
                "Brighouse HD6 4BW",
                "01484 710 200",
            ),
        ],
        "de": [
            (
                "Hanseatische Taxi-Versicherung AG",
                "Schadenabteilung, Ballindamm 8",
                "20095 Hamburg",
                "040 30 90 20",
            ),
            (
                "Rheinland Flotten-Assekuranz VVaG",
                "Konrad-Adenauer-Ufer 41",
                "50668 Köln",
                "0221 16 49 0",
            ),
        ],
        "fr": [
            (
                "Mutuelle des Transports Publics de Personnes",
                "Service sinistres, 38 rue Cambon",
                "75001 Paris",
                "01 53 45 80 00",
            ),
            (
                "Assurances Taxi Garantie Ouest",
                "12 quai Duguay-Trouin",
                "35000 Rennes",
                "02 99 78 12 00",
            ),
        ],
    },
    "doctor": {
        "en": [
            ("Chapel Allerton Medical Practice", "Town Street", "Leeds LS7 4NB", ""),
            ("Dr R. Sandhu - Occupational Health", "14 Clifton Down Road", "Bristol BS8 4AD", ""),
            ("Hillsborough Medical Centre", "Middlewood Road", "Sheffield S6 4HA", ""),
            ("Drivermed Medicals", "Suite 4, 22 Wellington Street", "Leeds LS1 4DL", ""),
        ],
        "de": [
            (
                "Dr. med. Heike Brandt - Fachärztin für Arbeitsmedizin",
                "Hansastraße 12",
                "44137 Dortmund",
                "",
            ),
            (
                "Praxis Dr. Yusuf Aslan - Allgemeinmedizin",
                "Podbielskistraße 88",
                "30177 Hannover",
                "",
            ),
            (
                "Arbeitsmedizinisches Zentrum Franken",
                "Allersberger Straße 185",
                "90461 Nürnberg",
                "",
            ),
        ],
        "fr": [
            (
                "Dr Anne-Sophie Le Goff - Médecin agréé permis de conduire",
                "9 rue de Brest",
                "35000 Rennes",
                "",
            ),
            (
                "Cabinet médical des Carmes - Dr Pierre Fabre",
                "4 place des Carmes",
                "31000 Toulouse",
                "",
            ),
            ("Dr Karim Haddad - Médecin agréé", "55 rue Nationale", "59000 Lille", ""),
        ],
    },
    "carwash": {
        "en": [
            ("Sparkle Hand Car Wash & Valeting", "Arches 4-5, Water Lane", "", "07912 404 118"),
            ("Jet Valet Services Ltd", "Unit 12, Trade Park", "", ""),
        ],
        "de": [
            ("Waschpark Glanzwerk GmbH", "Gewerbestraße 14", "", ""),
            ("Autopflege Demir", "Hafenstraße 3", "", ""),
        ],
        "fr": [
            ("Éléphant Lavage Auto", "ZAC des Vergers", "", ""),
            ("Clean Car Services EURL", "14 avenue de la Gare", "", ""),
        ],
    },
    "dispatch": {
        "en": [
            (
                "Cabline Dispatch Systems Ltd",
                "3 Brindley Place",
                "Birmingham B1 2JB",
                "0121 296 4000",
            ),
            ("Autocabra Technologies Ltd", "Pacific House, Gosforth Park", "Newcastle NE3 5HQ", ""),
        ],
        "de": [
            ("FunkZentrale Systeme GmbH", "Gutenbergstraße 8", "63110 Rodgau", "06106 28 40 0"),
            ("Taxidata Vermittlungssoftware AG", "Am Zirkus 2", "10117 Berlin", ""),
        ],
        "fr": [
            ("Dispatchia SAS", "40 rue du Louvre", "75001 Paris", "01 42 33 70 70"),
            ("Radiotaxi Solutions SA", "Parc d'activités Bel Air", "69500 Bron", ""),
        ],
    },
    "hospital": {
        "en": [
            (
                "St James's University Hospital - Patient Transport Bureau",
                "Beckett Street",
                "Leeds LS9 7TF",
                "",
            ),
            ("Southmead Hospital - Transport Office", "Southmead Road", "Bristol BS10 5NB", ""),
            (
                "Northern General Hospital - Patient Transport",
                "Herries Road",
                "Sheffield S5 7AU",
                "",
            ),
        ],
        "de": [
            ("Gemeinschaftspraxis Dr. Kern & Dr. Ludwig", "Kaiserstraße 42", "", ""),
            ("Dialysezentrum Am Stadtpark", "Parkallee 7", "", ""),
            ("Praxis für Strahlentherapie Dr. Nowak", "Klinikweg 3", "", ""),
        ],
        "fr": [
            ("Dr Hélène Marchand - Médecine générale", "12 rue Saint-Michel", "", ""),
            ("Centre d'hémodialyse du Parc", "3 allée des Tilleuls", "", ""),
            ("Service de radiothérapie - Clinique Saint-Jean", "20 route de Lorient", "", ""),
        ],
    },
}
ACCOUNTS: dict[str, list[tuple[str, str]]] = {  # name, street (the company's town)
    "en": [
        ("The Queens Hotel", "City Square"),
        ("Harrison Lowe Solicitors LLP", "4 Park Place"),
        ("Northgate Engineering Ltd", "Whitehall Road"),
        ("Royal Infirmary - Outpatients Transport", "Great George Street"),
        ("Hotel Indigo", "Wellington Street"),
        ("University Estates & Facilities", "Woodhouse Lane"),
        ("Brightwater Care Homes Ltd", "14 Moor Road"),
    ],
    "de": [
        ("Hotel am Stadtgarten", "Kampstraße 35"),
        ("Klinikum Mitte gGmbH - Patientenlogistik", "Beurhausstraße 40"),
        ("Kanzlei Heller Hartmann & Partner", "Königswall 21"),
        ("Westfalia Anlagenbau GmbH", "Emil-Figge-Straße 80"),
        ("Messe- und Kongresszentrum GmbH", "Rheinlanddamm 200"),
        ("Seniorenresidenz Lindenhof", "Lindenallee 12"),
    ],
    "fr": [
        ("Hôtel Mercure Centre", "1 rue du Capitaine Alfred Dreyfus"),
        ("CHU - Service des transports patients", "2 rue Henri Le Guilloux"),
        ("Cabinet d'avocats Morvan & Associés", "8 quai Lamartine"),
        ("Bretagne Composites SAS", "ZI Sud-Est, rue du Bignon"),
        ("Résidence seniors Les Glycines", "17 rue de Paris"),
        ("Office de tourisme et des congrès", "11 rue Saint-Yves"),
    ],
}
FIRSTS = {
    "en": [
        "Mohammed",
        "Gary",
        "Tariq",
        "Steve",
        "Imran",
        "Paul",
        "Sajid",
        "Karen",
        "Dean",
        "Asif",
        "Lee",
        "Nadeem",
        "Tracey",
        "Wayne",
        "Bilal",
        "Mark",
    ],
    "de": [
        "Ahmet",
        "Jürgen",
        "Mehmet",
        "Sven",
        "Ali",
        "Dieter",
        "Olga",
        "Hasan",
        "Frank",
        "Murat",
        "Petra",
        "Uwe",
        "Dariusz",
        "Kemal",
        "Bernd",
        "Ioana",
    ],
    "fr": [
        "Karim",
        "Jean-Luc",
        "Mohamed",
        "Patrick",
        "Rachid",
        "Sylvie",
        "Yannick",
        "Samir",
        "Didier",
        "Nadia",
        "Franck",
        "Youssef",
        "Gilles",
        "Hervé",
        "Mickaël",
        "Sofiane",
    ],
}
LASTS = {
    "en": [
        "Hussain",
        "Whitehead",
        "Akhtar",
        "Barker",
        "Khan",
        "Sutcliffe",
        "Mahmood",
        "Dobson",
        "Rashid",
        "Greenwood",
        "Iqbal",
        "Shaw",
        "Butt",
        "Holmes",
    ],
    "de": [
        "Yilmaz",
        "Kowalski",
        "Becker",
        "Öztürk",
        "Schulte",
        "Nowak",
        "Wagner",
        "Demir",
        "Krüger",
        "Popescu",
        "Hoffmann",
        "Aydin",
        "Lange",
        "Schäfer",
    ],
    "fr": [
        "Benali",
        "Le Bihan",
        "Martin",
        "Haddad",
        "Guillou",
        "Mansouri",
        "Lefebvre",
        "Tanguy",
        "Bouzid",
        "Moreau",
        "Cherif",
        "Riou",
        "Petit",
        "Kerboul",
    ],
}
FEMALE = {"Karen", "Tracey", "Olga", "Petra", "Ioana", "Sylvie", "Nadia"}
PASSENGER_FIRSTS = {
    "en": ["Helen", "Richard", "Joanne", "Peter", "Alison", "Graham", "Sophie", "Daniel"],
    "de": ["Sabine", "Thomas", "Claudia", "Markus", "Anja", "Stefan", "Birgit", "Klaus"],
    "fr": ["Isabelle", "Laurent", "Catherine", "Olivier", "Valérie", "Philippe", "Émilie"],
}
PASSENGER_LASTS = {
    "en": ["Fletcher", "Armitage", "Lawson", "Pickering", "Cartwright", "Bell", "Naylor"],
    "de": ["Meier", "Schröder", "Zimmermann", "Braun", "Hofmann", "Engel", "Vogt"],
    "fr": ["Dupont", "Lemaire", "Gauthier", "Rousseau", "Blanc", "Fournier", "Mercier"],
}
FEMALE |= {"Helen", "Joanne", "Alison", "Sophie", "Sabine", "Claudia", "Anja", "Birgit"}
FEMALE |= {"Isabelle", "Catherine", "Valérie", "Émilie"}
ROADS = {
    "en": [
        "Harehills Lane",
        "Otley Road",
        "Gloucester Road",
        "Abbeydale Road",
        "Church Street",
        "Station Road",
        "Kingsway",
        "Victoria Avenue",
    ],
    "de": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Kirchweg",
        "Schillerstraße",
        "Am Markt",
        "Goethestraße",
        "Lindenstraße",
        "Ringstraße",
    ],
    "fr": [
        "rue de la Paix",
        "avenue Jean Jaurès",
        "rue Victor Hugo",
        "boulevard Voltaire",
        "place de la République",
        "rue des Écoles",
        "allée des Chênes",
    ],
}
ABROAD_TOWNS = {
    "en": ["Manchester M1 2AB", "Edinburgh EH1 1YZ", "Norwich NR2 4PD", "Guildford GU1 3AA"],
    "de": ["80331 München", "50667 Köln", "01067 Dresden", "24103 Kiel"],
    "fr": ["69002 Lyon", "13001 Marseille", "67000 Strasbourg", "44000 Nantes"],
}
PLACES = {
    "en": [
        "Railway Station",
        "Airport Terminal",
        "City Centre",
        "St James's Hospital",
        "The Queens Hotel",
        "University",
        "Bus Station",
        "Royal Infirmary",
        "Retail Park",
        "Headingley",
        "Business Park",
        "Arena",
        "Trinity Centre",
        "Crown Court",
    ],
    "de": [
        "Hauptbahnhof",
        "Flughafen",
        "Klinikum Nord",
        "Westfalenhallen",
        "Messe",
        "Innenstadt",
        "Universität",
        "Stadion",
        "Hotel am Stadtgarten",
        "Amtsgericht",
        "Technologiepark",
        "Theater",
        "Bahnhof Süd",
    ],
    "fr": [
        "Gare SNCF",
        "Aéroport",
        "CHU",
        "Centre-ville",
        "Hôtel Mercure",
        "Université",
        "Zénith",
        "Parc des expositions",
        "Clinique Saint-Jean",
        "Palais de justice",
        "Technopole",
        "Stade",
        "Place de la République",
    ],
}
MAKES = [
    ("Toyota", "Prius+", "MPV", 6),
    ("Toyota", "Corolla Touring Sports", "estate", 4),
    ("Skoda", "Octavia Estate", "estate", 4),
    ("Mercedes-Benz", "E 220 d", "saloon", 4),
    ("Mercedes-Benz", "Vito Tourer", "MPV", 8),
    ("Ford", "Tourneo Custom", "MPV", 8),
    ("Volkswagen", "Touran", "MPV", 6),
    ("Kia", "Niro EV", "saloon", 4),
    ("Ford", "Transit 17-seat", "minibus", 16),
    ("Peugeot", "Traveller", "MPV", 8),
    ("Hyundai", "Ioniq", "saloon", 4),
    ("LEVC", "TX", "wheelchair accessible", 6),
]
COLOURS = {
    "en": ["black", "silver", "white", "grey", "blue"],
    "de": ["hellelfenbein", "hellelfenbein", "schwarz", "silber", "weiß"],
    "fr": ["noir", "gris", "blanc", "bleu nuit", "gris argent"],
}

TALK = {
    "en": {
        "taxi": "booking passenger driver vehicle fare journey pickup account dispatch meter "
        "waiting time operator licence plate badge route office radio control",
        "licence": "licence holder conditions authority operator vehicle driver records "
        "bookings premises insurance inspection suspension revocation notify council "
        "register plate signage",
        "claim": "claim policy insured vehicle third party liability repair damage excess "
        "engineer hire vehicle settlement payment reserve recovery solicitor notification",
        "school": "contract route pupils school escort passenger assistant timetable vehicle "
        "safeguarding authority provider payment attendance term days operated",
        "complaint": "journey driver booking waiting late fare route behaviour vehicle "
        "operator account apology investigation dashcam records passenger",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "taxi": "Fahrauftrag Fahrgast Fahrer Fahrzeug Fahrpreis Fahrt Abholung Kundenkonto "
        "Vermittlung Taxameter Wartezeit Unternehmer Ordnungsnummer Zentrale Funk",
        "licence": "Genehmigung Unternehmer Auflagen Behörde Fahrzeug Fahrer Aufzeichnungen "
        "Betriebssitz Haftpflichtversicherung Prüfung Widerruf Anzeigepflicht Ordnungsnummer",
        "claim": "Schaden Versicherungsschein Versicherungsnehmer Fahrzeug Anspruchsteller "
        "Haftung Reparatur Gutachten Selbstbeteiligung Mietwagen Regulierung Zahlung Regress",
        "school": "Vertrag Linie Schüler Schule Begleitperson Fahrplan Fahrzeug Aufsicht "
        "Schulträger Auftragnehmer Vergütung Schultage Beförderung Haltestelle",
        "complaint": "Fahrt Fahrer Bestellung Wartezeit Verspätung Fahrpreis Strecke Verhalten "
        "Fahrzeug Zentrale Entschuldigung Prüfung Aufzeichnungen Fahrgast",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "taxi": "course client chauffeur véhicule tarif trajet prise en charge compte "
        "central radio taximètre attente exploitant stationnement licence",
        "licence": "autorisation titulaire conditions autorité exploitant véhicule conducteur "
        "registre stationnement assurance contrôle suspension retrait déclaration",
        "claim": "sinistre contrat assuré véhicule tiers responsabilité réparation expertise "
        "franchise véhicule de remplacement indemnisation règlement recours",
        "school": "marché circuit élèves établissement accompagnateur horaires véhicule "
        "sécurité autorité organisatrice titulaire rémunération jours de service arrêt",
        "complaint": "course chauffeur réservation attente retard tarif itinéraire comportement "
        "véhicule central excuses enquête enregistrements client",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "taxi", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "taxi", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The company of a stream: country, town, month, fleet, drivers and account customers
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Car:
    reg: str
    make: str
    model: str
    kind: str
    seats: int
    plate: str
    colour: str
    first_reg: date


@dataclass
class Driver:
    first: str
    last: str
    call: int
    badge: str
    born: date
    car: int  # index in FLEET

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


FLEET: list[Car] = []
DRIVERS: list[Driver] = []
CUSTOMERS: list[tuple[str, str]] = []
#: What the previous document was about (a companion or a run takes it up).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def town_idx() -> int:
    return int(OFFICE["row"])  # type: ignore[call-overload]


def town() -> str:
    return TOWNS[home()][town_idx()]


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 27))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a repeat keeps
    its sender."""
    text = f"spatula/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def years_on(d: date, n: int) -> date:
    return date(d.year + n, d.month, min(d.day, 28))


def month_name(d: date, lang: str) -> str:
    names = {
        "en": "January February March April May June July August September October November "
        "December",
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre",
    }[lang].split()
    return f"{names[d.month - 1]} {d.year}"


def a_reg(r: random.Random, lang: str) -> str:
    if lang == "en":
        age = r.choice([17, 18, 19, 20, 21, 22, 23, 68, 69, 70, 71, 72])
        return f"{serial(r, 'AA')}{age} {serial(r, 'AAA')}"
    if lang == "de":
        return f"{PLATE_PREFIX['de'][town_idx()]}-{serial(r, 'AA')} {r.randint(10, 9999)}"
    return serial(r, "AA-999-AA")


def a_car(r: random.Random, lang: str, k: int) -> Car:
    make, model, kind, seats = r.choice(MAKES)
    plate = {
        "en": f"{r.randint(1, 1999):04d}",
        "de": f"{r.randint(1, 420)}",
        "fr": f"{r.randint(1, 380)}",
    }[lang]
    return Car(
        reg=a_reg(r, lang),
        make=make,
        model=model,
        kind=kind,
        seats=seats,
        plate=plate,
        colour=r.choice(COLOURS[lang]),
        first_reg=date(r.randint(2016, 2023), r.randint(1, 12), r.randint(1, 28)),
    )


def a_driver(r: random.Random, lang: str, call: int) -> Driver:
    first = r.choice(FIRSTS[lang])
    badge = {
        "en": f"{r.choice(['PH', 'HC', 'DL'])}{r.randint(1000, 19999)}",
        "de": f"P-{r.randint(100000, 999999)}",
        "fr": f"CP {r.randint(35, 59):02d}-{r.randint(10000, 99999)}",
    }[lang]
    return Driver(
        first=first,
        last=r.choice(LASTS[lang]),
        call=call,
        badge=badge,
        born=date(r.randint(1958, 1998), r.randint(1, 12), r.randint(1, 28)),
        car=r.randrange(max(1, len(FLEET))),
    )


def pick_driver(rng: random.Random) -> Driver:
    return rng.choice(DRIVERS)


def car_of(d: Driver) -> Car:
    return FLEET[d.car % len(FLEET)]


def office_name() -> str:
    return COMPANIES[home()][town_idx()][0]


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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "2:- {i} -"],
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
TAGLINE = {
    "office": (
        "Taxis - Private Hire - Minibuses - Airport Transfers",
        "Taxi - Mietwagen - Kleinbusse - Krankenfahrten",
        "Taxis - VTC - Navettes - Transport de malades assis",
    ),
    "carwash": (
        "Hand wash - Valeting - Fleet accounts",
        "Handwäsche - Innenreinigung - Flottenkunden",
        "Lavage à la main - Nettoyage intérieur - Flottes",
    ),
    "dispatch": (
        "Dispatch - Driver apps - Payments",
        "Vermittlung - Fahrer-App - Zahlungsabwicklung",
        "Dispatch - Applications chauffeurs - Paiement",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "parking", "education", "tester", "hospital", "doctor"):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Dortmund",
                "Sparkasse Hannover",
                "Sparkasse Nürnberg",
                "Volksbank eG",
                "Commerzbank AG",
            ]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 399)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Dortmund', 'Hannover', 'Nürnberg', 'Köln'])} "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Klaus Wessel", "Hatice Arslan", "Rainer Pohl"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['4932Z', '4939A', '4520A', '6201Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)} - RCS "
                + r.choice(["Rennes", "Toulouse", "Lille", "Paris"])
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    if role == "office" and r.random() < 0.6:
        out.append(
            f"Licensed by {TOWNS['en'][town_idx()]} City Council - Operator licence "
            f"{serial(r, '9999')}"
        )
    return [" - ".join(out)] if out else []


MAILBOXES = {
    "office": ["info", "office", "accounts", "bookings"],
    "doctor": ["praxis", "reception", "contact"],
    "hospital": ["transport", "reception"],
    "insurer": ["claims", "fleetclaims", "sinistres"],
    "dispatch": ["billing", "accounts", "support"],
    "carwash": ["info", "bookings"],
}


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town_, phone = row
    if not town_:
        town_ = TOWNS[lang][town_idx()] if lang == home() else ABROAD_TOWNS[lang][0]
        pc = {
            "en": "",
            "de": ["44139 ", "30159 ", "90402 "][town_idx()],
            "fr": ["35200 ", "31200 ", "59260 "][town_idx()],
        }[lang]
        town_ = pc + town_
    r = random.Random(zlib.crc32(f"spatula/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "parking", "education", "hospital"):
        looks = ["official"] if lang != "en" or role != "hospital" else ["band", "plain"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role == "tester":
        looks = ["official"] if lang != "fr" else ["boxed", "plain"]
    elif role in ("doctor", "person"):
        looks = ["plain", "centred", "side"]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town_,
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
        mail=f"{r.choice(MAILBOXES.get(role, ['info', 'office']))}@{host or 'mail'}.{tld}"
        if r.random() < 0.7 and role not in ("council", "parking", "education", "tester")
        else "",
    )


def office_head() -> Head:
    return make_head(COMPANIES[home()][town_idx()], home(), "office")


def local_head(role: str) -> Head:
    return make_head(LOCAL[role][home()][town_idx()], home(), role)


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


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


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
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
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
        lines = h.name.split(" - ")
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 8.5)
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.62 - m), f_, pt)
            yy += 11
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if tel:
            p.text(m + 32, yy + 9, fit(tel, h.font, 7, w / 2 - m), h.font, 7)
            yy += 9
        return yy + 30
    tag = TAGLINE.get(h.role)
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
        p.text(m, y + 4, fit(h.name, h.bold, pt, w * 0.6 - m), h.bold, pt)
        if tagline:
            p.text(
                m, y + 15, fit(tagline, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
            )
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 22
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.58 - m)
    p.text(m, y + 2, fit(h.name, h.bold, pt, w * 0.58 - m), h.bold, pt)
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if len(t) > 1]
    parts = [t for t in parts if t not in ("Dr", "med", "Mr", "Mrs", "Herr", "Frau")] or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the office's received stamp on the first page."""
    if rng.random() < odds:
        lang = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(70, 150),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lang),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Licensing file"],
                        "de": ["Büro", "Buchhaltung", "Zentrale"],
                        "fr": ["Secrétariat", "Comptabilité", "Bureau"],
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = False) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    en = "Yours faithfully" if formal else ["Yours sincerely", "Kind regards"][len(name) % 2]
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            en,
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
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"spatula/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    lg = h.lang
    return f"{r.choice(PASSENGER_FIRSTS[lg])} {r.choice(PASSENGER_LASTS[lg])}"


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def dear_of(name: str | None, lang: str) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    female = name.split()[0] in FEMALE
    last = name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte Frau {last}," if female else f"Sehr geehrter Herr {last},"
    if lang == "fr":
        return "Madame," if female else "Monsieur,"
    return f"Dear {'Mrs' if female else 'Mr'} {last},"


def office_lines(att: str = "") -> list[str]:
    h = office_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), net + tax)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return net + tax


def small_print(
    rng: random.Random,
    s0: Style,
    h: Head,
    title: str,
    heads: list[str],
    topic: str = "licence",
    size: tuple[float, float] | None = None,
    numbered: str = "{k}.",
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = h.lang
    s = paper(s0, size or s0.page_size, margin=min(s0.margin, 44), pt=6.5)
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
            p.text(x, y, fit(f"{numbered.format(k=k + 1)} {heads[k]}", s.bold, 7, cw), s.bold, 7)
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
    """The grey edge and shadow a photocopy leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "") -> None:
    """A signature line with its caption below; signed by ``name`` if given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if name:
        scrawl(p, x + 6, y - 3, name, 12)


def form_title(p: Page, s: Style, y: float, title: str, sub: str = "", ref: str = "") -> float:
    """A form's title in bold with a sub-title and a form reference on the right."""
    w, _ = p.size
    m = s.margin
    pt = shrink(title, s.bold, 13, w - 2 * m - (70 if ref else 0))
    p.text(m, y, title, s.bold, pt)
    if ref:
        p.text(w - m, y - 8, ref, s.font, 7, "right")
    y += pt * 1.2
    if sub:
        for ln in wrap(sub, s.font, 7.5, w - 2 * m):
            p.text(m, y, ln, s.font, 7.5)
            y += 9
    return y + 8


def lines_in_hand(
    p: Page, x: float, y: float, w: float, text: str, rows: int, pt: float = 9.5
) -> float:
    """Ruled lines with ``text`` written on them in hand; the y below."""
    got = wrap(text, HAND, pt, w - 6)
    for k in range(rows):
        p.line(x, y + 4, x + w, y + 4)
        if k < len(got):
            hand(p, x + 3, y, got[k], pt)
        y += pt * 1.9
    return y + 4


# ---------------------------------------------------------------------------------------------
# Templates IIII: the licensing authority, testing and drivers' papers
# ---------------------------------------------------------------------------------------------

OP_CONDITIONS = {
    "en": [
        "Records of bookings",
        "Records of drivers and vehicles",
        "Operating base",
        "Insurance",
        "Complaints",
        "Lost property",
        "Notification of changes",
        "Sub-contracting of bookings",
        "Fares and receipts",
        "Safeguarding",
        "Display of licence",
        "Advertising",
        "Data protection",
    ],
    "de": [
        "Betriebspflicht",
        "Aufzeichnungen über Fahraufträge",
        "Betriebssitz",
        "Haftpflichtversicherung",
        "Fahrpersonal",
        "Fundsachen",
        "Anzeigepflichten",
        "Rückkehrpflicht (Mietwagen)",
        "Beförderungsentgelte",
        "Fahrzeugausstattung",
        "Werbung am Fahrzeug",
        "Ordnungsnummern",
        "Datenschutz",
    ],
    "fr": [
        "Exploitation effective et continue",
        "Registre des courses",
        "Stationnement",
        "Assurance",
        "Conducteurs",
        "Objets trouvés",
        "Déclarations de changement",
        "Tarifs et notes",
        "Équipements obligatoires",
        "Contrôle technique",
        "Publicité",
        "Cessibilité",
        "Sanctions",
    ],
}


def licence_frame(p: Page, s: Style, h: Head, title: str, sub: str) -> float:
    """A certificate page: double frame, the authority's crest and name, the title."""
    w, hh = p.size
    m = s.margin
    p.rect(m - 18, m - 24, w - 2 * m + 36, hh - 2 * m + 40)
    p.rect(m - 14, m - 20, w - 2 * m + 28, hh - 2 * m + 32)
    emblem(p, w / 2 - 11, m - 6)
    y = m + 36
    for k, t in enumerate(h.name.split(" - ")):
        f_, pt = (s.bold, 11) if k == 0 else (s.font, 9)
        p.text(w / 2, y, fit(t, f_, pt, w - 2 * m), f_, pt, "center")
        y += 12
    y += 14
    pt = shrink(title, s.bold, 17, w - 2 * m)
    p.text(w / 2, y, title, s.bold, pt, "center")
    y += 16
    for ln in wrap(sub, italic_of(s.font), 8.5, w - 2 * m - 40):
        p.text(w / 2, y, ln, italic_of(s.font), 8.5, "center")
        y += 10.5
    return y + 18


def tpl_operator_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's operator licence: sometimes a covering letter, the licence (an arrêté in
    France), then the conditions pages, numbered on their own."""
    h = local_head("council")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    o = office_head()
    owner = staff(o, "owner")
    no = {
        "en": serial(rng, "PHO/9999/99"),
        "de": serial(rng, "32.9-PB-999/99"),
        "fr": f"{d.year}-{rng.randint(100, 999)}",
    }[lg]
    pages: list[Page] = []
    if rng.random() < 0.55:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [mx(owner, lg), o.name, o.street, o.town],
            d,
            [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), no)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Private Hire Operator's Licence - renewal",
                "Verlängerung Ihrer Genehmigung nach dem PBefG",
                "Renouvellement de votre autorisation de stationnement",
            ),
            1,
        )
        write(f, s, dear_of(mx(owner, lg).split(" ", 1)[1], lg))
        write(
            f,
            s,
            tr(
                lg,
                "Your application for the renewal of your operator's licence has been granted. "
                "Please find the licence and its conditions enclosed. The licence must be "
                "displayed "
                "at your operating base where it can be seen by the public.",
                "Ihrem Antrag auf Wiedererteilung der Genehmigung wird entsprochen. Die "
                "Genehmigungsurkunde und die Auflagen liegen diesem Schreiben bei. Für die "
                "Amtshandlung wird eine Verwaltungsgebühr erhoben; der Gebührenbescheid folgt "
                "gesondert.",
                "Nous avons l'honneur de vous adresser ci-joint l'arrêté portant renouvellement de "
                "votre autorisation de stationnement, ainsi que le règlement applicable aux "
                "exploitants.",
            ),
        )
        write(f, s, prose(rng, lg, "licence", 2, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "officer"),
            tr(
                lg,
                "Licensing Officer",
                "Sachbearbeitung Personenbeförderung",
                "Le chef du service Réglementation",
            ),
            formal=False,
        )
        write(
            f,
            s,
            tr(
                lg,
                "Enc. Licence, conditions",
                "Anlagen: Urkunde, Auflagen",
                "P.J. : arrêté, règlement",
            ),
            s.size - 1,
        )
        pages += f.pages
    p = Page(A4)
    title = tr(lg, "PRIVATE HIRE OPERATOR'S LICENCE", "GENEHMIGUNGSURKUNDE", f"ARRÊTÉ N° {no}")
    sub = tr(
        lg,
        "Local Government (Miscellaneous Provisions) Act 1976, Section 55",
        "für den Verkehr mit Taxen und Mietwagen nach §§ 47, 49 Personenbeförderungsgesetz (PBefG)",
        "portant renouvellement d'une autorisation de stationnement de taxi "
        "(articles L3121-1 et suivants du Code des transports)",
    )
    y = licence_frame(p, s, h, title, sub)
    valid_to = date(d.year + rng.choice([1, 3, 5]), d.month, min(d.day, 28))
    if lg == "fr":
        for t in [
            f"Le Maire de la Ville de {town()},",
            "Vu le Code général des collectivités territoriales, notamment l'article L2213-33 ;",
            "Vu le Code des transports, notamment les articles L3121-1 à L3121-12 ;",
            f"Vu l'arrêté municipal réglementant l'activité de taxi à {town()} ;",
            f"Vu la demande présentée par {mx(owner, 'fr')}, gérant de {o.name} ;",
        ]:
            for ln in wrap(t, s.font, 9, w - 2 * m - 20):
                p.text(m + 10, y, ln, s.font, 9)
                y += 11.5
        y += 6
        p.text(w / 2, y, "ARRÊTE", s.bold, 11, "center")
        y += 18
        arts = [
            f"L'autorisation de stationnement n° {rng.randint(1, 380)} est renouvelée au "
            f"profit de {o.name}, pour une durée de cinq ans à compter du {short(d, 'fr')}.",
            f"Le véhicule affecté à l'autorisation est le véhicule immatriculé "
            f"{FLEET[0].reg}, de marque {FLEET[0].make}.",
            "Le titulaire est tenu de respecter le règlement annexé au présent arrêté.",
            "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif "
            "dans un délai de deux mois à compter de sa notification.",
        ]
        for k, t in enumerate(arts, 1):
            p.text(m + 10, y, "Article 1er" if k == 1 else f"Article {k}", s.bold, 9)
            y += 12
            for ln in wrap(t, s.font, 9, w - 2 * m - 20):
                p.text(m + 10, y, ln, s.font, 9)
                y += 11.5
            y += 5
        y += 10
        p.text(w - m - 190, y, f"Fait à {town()}, le {day(h, d)}", s.font, 9)
        p.text(w - m - 190, y + 14, "Pour le Maire et par délégation,", s.font, 9)
        p.text(w - m - 190, y + 26, "L'Adjoint délégué", s.font, 9)
        scrawl(p, w - m - 180, y + 62, staff(h, "mayor"), 14)
        seal(p, m + 90, y + 50, 36, f"VILLE DE {town().upper()}", "LE MAIRE")
    else:
        rows = [
            (tr(lg, "Licence number", "Aktenzeichen"), no),
            (tr(lg, "Operator", "Unternehmer"), f"{owner} ({o.name})" if lg == "en" else o.name),
            (tr(lg, "Operating base", "Betriebssitz"), f"{o.street}, {o.town}"),
            (
                tr(lg, "Vehicles authorised", "Zahl der Fahrzeuge"),
                tr(
                    lg,
                    f"up to {len(FLEET) + rng.randint(2, 10)}",
                    f"{len(FLEET)} ({tr(lg, '', 'davon Taxen')} {max(1, len(FLEET) // 2)})",
                ),
            ),
            (tr(lg, "Date of grant", "Erteilt am"), day(h, d)),
            (tr(lg, "Expiry date", "Gültig bis"), day(h, valid_to)),
        ]
        if lg == "de":
            rows.insert(4, ("Ordnungsnummern", ", ".join(c.plate for c in FLEET[:6])))
        for lab, val in rows:
            p.text(m + 10, y, lab, s.font, 9.5)
            p.text(m + 170, y, fit(val, s.bold, 10, w - 2 * m - 180), s.bold, 10)
            p.line(m + 166, y + 4, w - m - 10, y + 4)
            y += 24
        y += 10
        y = lines_plain(
            p,
            s,
            m + 10,
            y,
            w - 2 * m - 20,
            tr(
                lg,
                "This licence is granted subject to the conditions attached and to the "
                "provisions of "
                "Part II of the Act. It is not transferable.",
                "Die Genehmigung wird unter den in der Anlage aufgeführten Auflagen und "
                "Bedingungen "
                "erteilt. Sie ist nicht übertragbar. Die Urkunde ist im Betriebssitz "
                "aufzubewahren.",
            ),
        )
        y += 30
        sign_line(
            p,
            s,
            w - m - 200,
            y + 30,
            190,
            tr(lg, "Head of Licensing, for and on behalf of the Council", "Im Auftrag"),
            staff(h, "head"),
        )
        seal(
            p,
            m + 80,
            y + 20,
            36,
            h.name.split(" - ")[0].upper(),
            tr(lg, "LICENSING", "ORDNUNGSAMT"),
        )
    pages.append(p)
    # Conditions, numbered on their own
    sc = paper(s, A4, pt=8.5)
    cover = len(pages)

    def start(pg: Page, n: int) -> float:
        if n == 1:
            pg.text(
                m,
                m,
                tr(
                    lg,
                    f"Conditions attached to licence {no}",
                    f"Anlage zur Genehmigung {no} - Auflagen und Bedingungen",
                    f"Annexe à l'arrêté n° {no} - Règlement applicable aux exploitants",
                ),
                s.bold,
                10,
            )
            return m + 24
        return running_header(
            pg,
            sc,
            tr(lg, f"Conditions - licence {no}", f"Auflagen - {no}", f"Règlement - arrêté {no}"),
        )

    f = Sheets(A4, hh - m - 20, start)
    heads = OP_CONDITIONS[lg][: rng.randint(8, 13)]
    for k, t in enumerate(heads, 1):
        f.heading(m, f"{k}. {t}" if lg != "fr" else f"Article {k} - {t}", s.bold, 9)
        f.para(m + 12, w - 2 * m - 12, prose(rng, lg, "licence", 1, 3), s.font, 8.5)
    number_pages(f.pages, sc, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"), "bc")
    pages += f.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h, numbers="none", covers=cover)


def lines_plain(p: Page, s: Style, x: float, y: float, w: float, text: str, pt: float = 9) -> float:
    for ln in wrap(text, s.font, pt, w):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y


def tpl_vehicle_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's licence for one vehicle: an A5 landscape or A4 licence with the plate
    details, now and then the vehicle conditions on a second page. Comes in runs."""
    h = local_head("council")
    lg = h.lang
    r = keyed(who, "vlic")
    size = r.choice([A5L, A4])
    s = style_of(h, size, margin=36 if size == A5L else 0, pt=8.5 if size == A5L else 0)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    k0 = (
        ex + 1 if after(("vehicle_licence",)) and isinstance(ex, int) else rng.randrange(len(FLEET))
    )
    car = FLEET[k0 % len(FLEET)]
    d = last_day(rng, ("vehicle_licence",), (0, 0))
    p = Page(size)
    title = tr(
        lg,
        "PRIVATE HIRE VEHICLE LICENCE"
        if car.kind != "wheelchair accessible"
        else "HACKNEY CARRIAGE VEHICLE LICENCE",
        "GENEHMIGUNGSURKUNDE - Ausfertigung für das Fahrzeug",
        "ATTESTATION D'AUTORISATION DE STATIONNEMENT - VÉHICULE",
    )
    y = heading(p, s, h) if size == A4 else licence_frame(p, s, h, title, "")
    if size == A4:
        p.text(m, y, title, s.bold, shrink(title, s.bold, 13, w - 2 * m))
        y += 26
    plate = tr(lg, f"Plate No. {car.plate}", f"Ordnungs-Nr. {car.plate}", f"ADS n° {car.plate}")
    p.rect(w - m - 130, y - 14, 130, 34, fill=0.9)
    p.text(w - m - 65, y + 6, plate, s.bold, 11, "center")
    o = office_head()
    items = [
        (tr(lg, "Licence holder", "Unternehmer", "Titulaire"), o.name),
        (tr(lg, "Registration mark", "Amtl. Kennzeichen", "Immatriculation"), car.reg),
        (tr(lg, "Make and model", "Fabrikat / Typ", "Marque / modèle"), f"{car.make} {car.model}"),
        (tr(lg, "Colour", "Farbe", "Couleur"), car.colour),
        (tr(lg, "Seats (passengers)", "Sitzplätze (Fahrgäste)", "Places assises"), str(car.seats)),
        (tr(lg, "Licence valid from", "Gültig ab", "Valable du"), short(d, lg)),
        (tr(lg, "Expiry", "Gültig bis", "au"), short(years_on(d, 1), lg)),
    ]
    yy = y + 30
    for lab, val in items:
        p.text(m, yy, lab, s.font, s.size)
        p.text(m + 150, yy, fit(val, s.bold, s.size + 0.5, w - 2 * m - 160), s.bold, s.size + 0.5)
        yy += s.size * 1.9
    yy += 8
    yy = lines_plain(
        p,
        s,
        m,
        yy,
        w - 2 * m,
        tr(
            lg,
            "The plate must be fixed to the rear of the vehicle and the door signs displayed "
            "at all "
            "times while the vehicle is in use for hire.",
            "Die Urkunde ist im Fahrzeug mitzuführen und auf Verlangen vorzuzeigen.",
            "Le présent document doit se trouver à bord du véhicule.",
        ),
        s.size - 1,
    )
    sign_line(
        p,
        s,
        w - m - 170,
        min(yy + 40, hh - m - 24),
        160,
        tr(lg, "Licensing Manager", "Im Auftrag", "Pour le Maire"),
        staff(h, "head"),
    )
    if size == A4:
        p.text(
            m,
            yy + 60,
            f"{tr(lg, 'Licence no.', 'Az.', 'Réf.')} {serial(rng, 'PHV/99999')}",
            s.font,
            8,
        )
    pages = [p]
    if r.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Vehicle licence conditions",
                    "Auflagen für das Fahrzeug",
                    "Prescriptions relatives au véhicule",
                ),
                OP_CONDITIONS[lg][3:12],
                size=size,
            )
        )
    received(rng, p, d, 0.2)
    remember(d, k0)
    return close(pages, s, h, numbers="none")


CHECKS = {
    "en": [
        "Registration documents / V5C",
        "Bodywork and paintwork",
        "Door signs and livery",
        "Licence plate and internal plate",
        "Tyres (min 2.0 mm) and spare / kit",
        "Seats and seat belts",
        "Interior condition and cleanliness",
        "Lamps and indicators",
        "Brakes (roller brake test)",
        "Steering and suspension",
        "Exhaust emissions",
        "Fire extinguisher and first aid kit",
        "Wheelchair ramp and restraints",
        "Taximeter seal / fare card",
        "CCTV signage",
        "Windscreen and wipers",
    ],
    "de": [
        "Taxameter: Hersteller/Typ",
        "Plombierung Wegimpulsgeber",
        "Tarifeinstellung lt. Taxentarifordnung",
        "Fehlergrenzen Wegmessung",
        "Fehlergrenzen Zeitmessung",
        "Anzeige Fahrpreis / Zuschläge",
        "Quittungsdrucker",
        "Fiskalmodul / INSIKA",
        "Dachzeichen geschaltet",
        "Sitzplatzanzeige",
        "Radumfang / Reifendruck",
    ],
    "fr": [
        "Marque et type du taximètre",
        "Scellements",
        "Tarifs programmés (A, B, C, D)",
        "Essai sur route (distance)",
        "Essai de temps",
        "Dispositif lumineux TAXI",
        "Imprimante de notes",
        "Plaque scellée ADS",
        "Affichage des tarifs",
        "Pneumatiques",
        "Carnet métrologique",
    ],
}


def tpl_compliance_test(rng: random.Random, who: Issuer) -> list[Page]:
    """The testing station's certificate for one vehicle: the council's vehicle compliance
    test with its checklist, the Eichamt's Eichschein for the taximeter, the installer's
    certificat de vérification périodique. Comes in runs."""
    h = local_head("tester")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    ex = LAST["extra"]
    k0 = (
        ex + 1 if after(("compliance_test",)) and isinstance(ex, int) else rng.randrange(len(FLEET))
    )
    car = FLEET[k0 % len(FLEET)]
    d = last_day(rng, ("compliance_test",), (0, 1))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "VEHICLE COMPLIANCE TEST CERTIFICATE",
        "EICHSCHEIN",
        "CERTIFICAT DE VÉRIFICATION PÉRIODIQUE DU TAXIMÈTRE",
    )
    sub = tr(
        lg,
        "Hackney carriage / private hire vehicle - six-monthly inspection",
        "über die Eichung eines Taxameters nach dem Mess- und Eichgesetz (MessEG)",
        "Arrêté du 13 février 2008 relatif aux taximètres en service",
    )
    no = serial(rng, {"en": "VT999999", "de": "ES-99-9999", "fr": "VP 9999-999"}[lg])
    y = form_title(p, s, y, title, sub, f"No. {no}")
    dev = rng.choice(
        ["Hale MCT-06", "Kienzle Argo 1036", "Digitax F2", "Semitron TX40", "Centrodyne SPM"]
    )
    items = [
        (tr(lg, "Registration", "Amtl. Kennzeichen", "Immatriculation"), car.reg),
        (tr(lg, "Plate No.", "Ordnungsnummer", "N° ADS"), car.plate),
        (tr(lg, "Make / model", "Fahrzeug", "Véhicule"), f"{car.make} {car.model}"),
        (
            tr(lg, "Odometer", "Kilometerstand", "Kilométrage"),
            f"{rng.randint(18000, 310000)} {tr(lg, 'miles', 'km', 'km')}",
        ),
        (tr(lg, "Proprietor", "Halter", "Exploitant"), office_name()),
        (
            tr(lg, "Taximeter", "Taxameter / Fabriknummer", "Taximètre / n° série"),
            f"{dev} / {serial(rng, '9999999')}",
        ),
    ]
    y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=24, hand=lg == "en")
    if lg == "de":
        y = fields(
            p,
            s,
            m,
            y - 4,
            w - 2 * m,
            [
                ("Wegimpulszahl k (Imp/km)", str(rng.randint(2400, 9200))),
                ("Konstante des Taxameters", str(rng.randint(2400, 9200))),
                ("Reifen / Radumfang (mm)", f"205/55 R16 / {rng.randint(1880, 2010)}"),
                ("Tarifbezirk", town()),
            ],
            per=4,
            tall=24,
            hand=True,
        )
    cols = columns(
        m, w - m, [(5, "left"), (0.8, "center"), (0.8, "center"), (0.8, "center"), (3, "left")]
    )
    heads = [
        tr(lg, "Item inspected", "Prüfpunkt", "Point contrôlé"),
        tr(lg, "Pass", "i.O.", "C"),
        tr(lg, "Fail", "n.i.O.", "NC"),
        tr(lg, "Advis.", "-", "SO"),
        tr(lg, "Remarks", "Bemerkung", "Observations"),
    ]
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y, fit(t, s.bold, 8, c[1] - c[0]), s.bold, 8)
    p.line(m, y + 4, w - m, y + 4)
    y += 15
    failed = rng.random() < 0.18
    bad = rng.randrange(len(CHECKS[lg])) if failed else -1
    for k, t in enumerate(CHECKS[lg]):
        p.text(cols[0][0], y, fit(t, s.font, 8.5, cols[0][1] - cols[0][0]), s.font, 8.5)
        mark = 2 if k == bad else (3 if rng.random() < 0.08 else 1)
        for j in (1, 2, 3):
            cx = (cols[j][0] + cols[j][1]) / 2
            box(p, cx - 4, y, j == mark, 8)
        if mark != 1:
            hand(
                p,
                cols[4][0],
                y,
                rng.choice(
                    {
                        "en": [
                            "nearside rear tyre 1.6mm",
                            "seat belt frayed",
                            "bulb out o/s",
                            "worn wiper",
                            "door sign missing",
                        ],
                        "de": [
                            "Plombe erneuert",
                            "k neu eingestellt",
                            "Druckerpapier",
                            "ok nach Justage",
                        ],
                        "fr": ["scellé refait", "tarif C corrigé", "à revoir", "pneu usé"],
                    }[lg]
                ),
                8.5,
                cols[4][1] - cols[4][0],
            )
        p.line(m, y + 4, w - m, y + 4)
        y += 15.5
    y += 12
    res = tr(lg, "RESULT:", "ERGEBNIS:", "RÉSULTAT :")
    p.text(m, y, res, s.bold, 11)
    ticks(
        p,
        s,
        m + 70,
        y,
        300,
        [
            tr(lg, "PASS", "geeicht", "CONFORME"),
            tr(lg, "FAIL - re-test required", "nicht geeicht", "NON CONFORME - contre-visite"),
        ],
        {1 if failed else 0},
        9,
    )
    y += 26
    nxt = tr(lg, "Next test due", "Eichung gültig bis", "Prochaine vérification avant le")
    due = years_on(d, 1) if lg != "en" else d + timedelta(days=182)
    p.text(m, y, f"{nxt}: {short(due, lg)}", s.font, 9)
    y += 40
    sign_line(
        p,
        s,
        m,
        y,
        180,
        tr(lg, "Vehicle examiner", "Eichbeamter", "Vérificateur"),
        staff(h, f"t{rng.randint(0, 1)}"),
    )
    p.text(m + 200, y, short(d, lg), HAND, 10)
    if lg == "de":
        seal(p, w - m - 70, y - 20, 34, "EICHAMT", town().upper())
        p.rect(w - m - 175, y - 45, 60, 40)
        p.text(w - m - 145, y - 28, "D", "Helvetica-Bold", 14, "center")
        p.text(
            w - m - 145, y - 13, f"{d.year % 100}  {rng.randint(1, 9)}", "Helvetica", 8, "center"
        )
    else:
        stamp(
            p,
            w - m - 190,
            y - 50,
            [h.name.split(" - ")[-1][:26].upper(), short(d, lg), tr(lg, "TESTED", "", "VÉRIFIÉ")],
        )
    remember(d, k0)
    return close([p], s, h, numbers="none")


def licence_card_copy(rng: random.Random, drv: Driver, lg: str) -> Page:
    """A photocopy of both sides of a driving licence card, as drivers hand them in."""
    p = Page(A4)
    w, hh = A4
    copier_edge(p, rng)
    for k in range(2):
        x, y = 120 + rng.uniform(-15, 15), 110 + k * 250 + rng.uniform(-10, 10)
        cw, ch = 86 * MM * 1.35, 54 * MM * 1.35
        p.rect(x, y, cw, ch, fill=0.88)
        p.rect(x, y, cw, ch)
        if k == 0:
            p.text(
                x + 8,
                y + 16,
                tr(lg, "DRIVING LICENCE", "FÜHRERSCHEIN", "PERMIS DE CONDUIRE"),
                "Helvetica-Bold",
                10,
            )
            p.text(
                x + cw - 10,
                y + 16,
                {"en": "UK", "de": "D", "fr": "F"}[lg],
                "Helvetica-Bold",
                12,
                "right",
            )
            photo(p, x + 8, y + 28, 58, 72, rng)
            yy = y + 36
            for t in [
                f"1. {drv.last.upper()}",
                f"2. {drv.first.upper()}",
                f"3. {short(drv.born, lg)}",
                f"4a. {short(drv.born.replace(year=2014), lg)}"
                f"  4b. {short(drv.born.replace(year=2029), lg)}",
                f"5. {serial(rng, 'AAAAA999999AA9AA')}",
                "9. AM/A/B1/B/f/k/l/p/q",
            ]:
                p.text(x + 74, yy, fit(t, "Helvetica", 7.5, cw - 82), "Helvetica", 7.5)
                yy += 10
            p.text(x + 74, yy + 8, drv.first[0] + drv.last, INK, 11)
        else:
            cols_ = ["9.", "10.", "11.", "12."]
            for j, t in enumerate(cols_):
                p.text(x + 10 + j * 55, y + 16, t, "Helvetica-Bold", 7)
            for i, cat in enumerate(["AM", "A", "B1", "B", "BE", "C1", "D1", "f", "k"]):
                yy = y + 28 + i * 10
                p.line(x + 6, yy + 2, x + cw - 6, yy + 2)
                p.text(x + 10, yy, cat, "Helvetica", 6.5)
                if cat in ("AM", "B1", "B", "f", "k"):
                    p.text(x + 65, yy, short(drv.born.replace(year=2014), lg), "Helvetica", 6.5)
    p.text(
        w / 2,
        hh - 110,
        tr(
            lg,
            "Copy certified as a true copy of the original - seen by:",
            "Original hat vorgelegen:",
            "Copie conforme à l'original :",
        ),
        "Helvetica",
        8,
        "center",
    )
    hand(p, w / 2 - 40, hh - 92, short(some_day(rng), lg), 9)
    return p


def tpl_driver_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """A driver's licence renewal application on the council's form, filled in by hand: the
    personal and licence details, the declaration page with convictions, medical and DBS
    update service ticks and the signature, often a copy of the driving licence card."""
    h = local_head("council")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = s.page_size
    m = min(s.margin, 50)
    s = paper(s, A4, margin=m)
    drv = pick_driver(rng)
    d = some_day(rng)
    ref = {
        "en": "Form TPH/DR2 (rev. 04/24)",
        "de": "Vordruck PB 12 (Stand 01/2024)",
        "fr": "Formulaire préfecture - carte professionnelle",
    }[lg]
    p = Page(A4)
    y = heading(p, s, h)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            "Application to renew a driver's licence",
            "Antrag auf Verlängerung der Fahrerlaubnis zur Fahrgastbeförderung",
            "Demande de renouvellement de la carte professionnelle de conducteur de taxi",
        ),
        tr(
            lg,
            "Hackney carriage and private hire. Please write in BLOCK CAPITALS using black ink.",
            "Bitte in Druckbuchstaben ausfüllen. Zutreffendes ankreuzen.",
            "À remplir en lettres majuscules.",
        ),
        ref,
    )
    y = band(p, s, y, tr(lg, "1. Applicant", "1. Angaben zur Person", "1. Identité du demandeur"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Surname", "Familienname", "Nom"), drv.last.upper()),
            (tr(lg, "Forenames", "Vorname(n)", "Prénoms"), drv.first.upper()),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(drv.born, lg)),
            (
                tr(lg, "National Insurance no.", "Geburtsort", "Lieu de naissance"),
                serial(rng, "AA 99 99 99 A") if lg == "en" else rng.choice(TOWNS[lg]),
            ),
            (
                tr(lg, "Home address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 140)} {rng.choice(ROADS[lg])}".upper()
                if lg != "de"
                else f"{rng.choice(ROADS[lg])} {rng.randint(1, 140)}".upper(),
            ),
            (
                tr(lg, "Telephone / mobile", "Telefon", "Téléphone"),
                serial(rng, "07999 999999")
                if lg == "en"
                else serial(rng, "0179 9999999" if lg == "de" else "06 99 99 99 99"),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "2. Current licences", "2. Fahrerlaubnisse", "2. Titres détenus"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Council badge no.", "Nr. Fahrerlaubnis Fahrgastbef.", "N° carte pro."),
                drv.badge,
            ),
            (tr(lg, "Expiry", "gültig bis", "Expire le"), short(d + timedelta(days=20), lg)),
            (
                tr(lg, "DVLA licence no.", "Führerschein-Nr.", "N° permis"),
                serial(rng, "A99AA99999"),
            ),
            (tr(lg, "Operator you drive for", "Unternehmen", "Exploitant"), office_name()),
        ],
        per=2,
        tall=26,
    )
    p.text(m, y, tr(lg, "Licence applied for:", "Beantragt für:", "Activité :"), s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 110,
        y,
        w - 2 * m - 110,
        [
            tr(lg, "Hackney carriage", "Taxi", "Taxi"),
            tr(lg, "Private hire", "Mietwagen", "VTC"),
            tr(lg, "Dual", "Krankenkraftwagen", "Taxi conventionné"),
        ],
        {rng.randrange(3)},
        8.5,
    )
    y = band(p, s, y + 6, tr(lg, "3. Period", "3. Geltungsdauer", "3. Durée"))
    y = ticks(
        p,
        s,
        m,
        y + 10,
        w - 2 * m,
        [tr(lg, "1 year", "5 Jahre", "5 ans"), tr(lg, "3 years", "bis", "autre")],
        {1 if lg == "en" else 0},
        8.5,
    )
    y = band(
        p,
        s,
        y + 4,
        tr(
            lg,
            "4. Office use only",
            "4. Vermerke der Behörde",
            "4. Cadre réservé à l'administration",
        ),
        0.7,
    )
    p.rect(m, y, w - 2 * m, 60)
    p.text(
        m + 6,
        y + 14,
        tr(
            lg,
            "Fee received £ ______   Receipt no. ________   Checked by ____",
            "Gebühr ______ EUR   Kasse ______   Bearb. ______",
            "Dossier complet le ________  Agent ________",
        ),
        s.font,
        8,
    )
    pages = [p]
    q = Page(A4)
    y = m
    q.text(w - m, y - 12, ref, s.font, 7, "right")
    y = band(
        q,
        s,
        y + 4,
        tr(lg, "5. Convictions, cautions and medical", "5. Erklärungen", "5. Déclarations"),
    )
    yn = yes_no(lg)
    for t in [
        tr(
            lg,
            "Have you been convicted of any offence since your last application?",
            "Sind seit der letzten Erteilung Straf- oder Bußgeldverfahren anhängig?",
            "Avez-vous fait l'objet d'une condamnation depuis la dernière délivrance ?",
        ),
        tr(
            lg,
            "Have you received any penalty points on your driving licence?",
            "Sind Punkte im Fahreignungsregister eingetragen?",
            "Votre permis a-t-il fait l'objet d'un retrait de points ?",
        ),
        tr(
            lg,
            "Has your health changed in a way that may affect your driving?",
            "Bestehen gesundheitliche Einschränkungen?",
            "Votre état de santé a-t-il changé ?",
        ),
        tr(
            lg,
            "Are you subscribed to the DBS Update Service?",
            "Wurde das Führungszeugnis (Belegart O) beantragt?",
            "Le bulletin n° 2 du casier judiciaire a-t-il été demandé ?",
        ),
    ]:
        y += 14
        for ln in wrap(t, s.font, 8.5, w - 2 * m - 110):
            q.text(m, y, ln, s.font, 8.5)
            y += 10.5
        ticks(q, s, w - m - 100, y - 10.5, 100, yn, {1 if rng.random() < 0.85 else 0}, 8.5)
    y += 14
    q.text(
        m,
        y,
        tr(lg, "If yes, give details:", "Falls ja, Einzelheiten:", "Si oui, précisez :"),
        s.font,
        8.5,
    )
    y = lines_in_hand(q, m, y + 16, w - 2 * m, "", 3)
    y = band(
        q, s, y + 8, tr(lg, "6. Declaration", "6. Versicherung", "6. Attestation sur l'honneur")
    )
    y = lines_plain(
        q,
        s,
        m,
        y + 6,
        w - 2 * m,
        tr(
            lg,
            "I declare that the information given is true and complete. I understand that "
            "knowingly "
            "or recklessly making a false statement is an offence and may lead to refusal or "
            "revocation of a licence. I consent to the Council checking the DBS Update Service.",
            "Ich versichere, dass die Angaben vollständig und richtig sind. Mir ist bekannt, dass "
            "unrichtige Angaben zur Versagung oder zum Widerruf der Fahrerlaubnis führen können.",
            "Je soussigné certifie l'exactitude des renseignements portés sur la présente demande.",
        ),
        8.5,
    )
    y += 34
    sign_line(
        q,
        s,
        m,
        y,
        200,
        tr(lg, "Signature of applicant", "Unterschrift", "Signature du demandeur"),
        drv.name,
    )
    q.text(m + 240, y - 3, short(d, lg), HAND, 10)
    q.line(m + 236, y, m + 330, y)
    q.text(m + 236, y + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    y += 40
    y = band(
        q,
        s,
        y,
        tr(lg, "Checklist - enclose with this form", "Beizufügende Unterlagen", "Pièces à joindre"),
        0.9,
    )
    ticks(
        q,
        s,
        m,
        y + 12,
        w - 2 * m,
        [
            tr(lg, "Photocard licence (copy)", "Führerschein (Kopie)", "Copie du permis"),
            tr(lg, "Group 2 medical", "Ärztliches Gutachten", "Avis médical"),
            tr(lg, "Passport photo", "Lichtbild", "Photo d'identité"),
            tr(lg, "Fee", "Gebühr", "Justificatif de domicile"),
            tr(lg, "Safeguarding certificate", "Führungszeugnis", "Attestation de formation"),
        ],
        {0, 2, 3} | ({1} if rng.random() < 0.5 else set()),
        8.5,
    )
    pages.append(q)
    if rng.random() < 0.6:
        pages.append(licence_card_copy(rng, drv, lg))
    number_pages(pages[:2], s, tr(lg, "Page {i} of 2", "Seite {i}", "{i}/2"), "br")
    remember(d, drv)
    return pages


CONDITIONS = {
    "en": [
        "Diabetes treated with insulin",
        "Diabetes treated with tablets",
        "Epilepsy or seizures",
        "Sudden attacks of giddiness or fainting",
        "Stroke or TIA",
        "Heart attack, angina or heart surgery",
        "Arrhythmia",
        "Sleep apnoea / excessive sleepiness",
        "Alcohol or drug misuse",
        "Psychiatric illness",
        "Cognitive impairment",
        "Visual field defect",
    ],
    "de": [
        "Diabetes mellitus (Insulin)",
        "Diabetes mellitus (orale Therapie)",
        "Anfallsleiden",
        "Bewusstseinsstörungen",
        "Schlaganfall / TIA",
        "Koronare Herzkrankheit",
        "Herzrhythmusstörungen",
        "Schlafapnoe",
        "Alkohol- / Suchtmittelmissbrauch",
        "Psychische Erkrankungen",
        "Einschränkung der Belastbarkeit",
        "Gesichtsfeldausfälle",
    ],
    "fr": [
        "Diabète insulino-traité",
        "Diabète sous antidiabétiques oraux",
        "Épilepsie",
        "Malaises, pertes de connaissance",
        "AVC / AIT",
        "Pathologie coronarienne",
        "Troubles du rythme",
        "Apnée du sommeil",
        "Conduites addictives",
        "Troubles psychiatriques",
        "Troubles cognitifs",
        "Atteinte du champ visuel",
    ],
}


def tpl_medical(rng: random.Random, who: Issuer) -> list[Page]:
    """A doctor's medical report on a driver to the Group 2 standard: the vision table, the
    conditions grid, blood pressure, the doctor's declaration with the practice stamp; two or
    three pages on the doctor's own or the council's form."""
    h = head_of(who, "doctor")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = s.page_size
    m = min(s.margin, 54)
    s = paper(s, A4, margin=m)
    drv = (
        LAST["extra"]
        if after(("driver_renewal",)) and isinstance(LAST["extra"], Driver)
        else pick_driver(rng)
    )
    d = last_day(rng, ("driver_renewal",), (-12, -2))
    doc = staff(h, "gp") if "Dr" not in h.name else h.name.split(" - ")[0]
    title = tr(
        lg,
        "Medical Examination Report - Taxi and Private Hire Drivers",
        "Ärztliches Gutachten über die Eignung zur Fahrgastbeförderung",
        "Avis médical d'aptitude à la conduite - conducteurs de taxi et VTC",
    )
    sub = tr(
        lg,
        "To be completed by a registered medical practitioner with access to the "
        "applicant's medical records. Group 2 standard (DVLA 'Assessing fitness to "
        "drive').",
        "Untersuchung nach § 11 Abs. 9 und § 48 Abs. 4 FeV, Anlage 5 und 6 FeV "
        "(Leistungsfähigkeit und Sehvermögen).",
        "Examen par un médecin agréé (arrêté du 28 mars 2022). Groupe lourd.",
    )

    def start(p: Page, n: int) -> float:
        if n == 1:
            y = heading(p, s, h)
            return form_title(p, s, y, title, sub)
        return running_header(p, s, f"{title} - {drv.name}")

    f = Sheets(A4, hh - m - 20, start)
    p = f.page
    y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Applicant", "Name, Vorname", "Nom, prénom"), f"{drv.last}, {drv.first}"),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(drv.born, lg)),
            (tr(lg, "Licence / badge no.", "Führerschein-Nr.", "N° permis"), drv.badge),
            (
                tr(lg, "Identity checked (document)", "Ausweis geprüft", "Pièce d'identité"),
                tr(lg, "passport", "Personalausweis", "CNI"),
            ),
        ],
        per=2,
        tall=24,
    )
    f.y = y
    caption(f, s, tr(lg, "A. Vision", "A. Sehvermögen", "A. Vision"), 1)
    cols = columns(m, w - m, [(3, "left"), (1.5, "center"), (1.5, "center"), (1.5, "center")])
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Right eye", "rechts", "OD"),
            tr(lg, "Left eye", "links", "OG"),
            tr(lg, "Both", "beidäugig", "ODG"),
        ],
        [
            [
                tr(lg, "Uncorrected (Snellen)", "ohne Korrektur", "sans correction"),
                rng.choice(["6/9", "6/12", "6/6", "6/18"]),
                rng.choice(["6/9", "6/12", "6/6"]),
                "6/6",
            ],
            [
                tr(lg, "Corrected", "mit Korrektur", "avec correction"),
                "6/6",
                rng.choice(["6/6", "6/5"]),
                "6/5",
            ],
            [
                tr(lg, "Visual fields", "Gesichtsfeld", "Champ visuel"),
                tr(lg, "normal", "o.B.", "normal"),
                tr(lg, "normal", "o.B.", "normal"),
                "",
            ],
        ],
        s,
        rules=True,
        step=1.9,
    )
    caption(f, s, tr(lg, "B. Medical conditions", "B. Erkrankungen", "B. Pathologies"), 1)
    yn = yes_no(lg)
    for t in CONDITIONS[lg]:
        f.need(14)
        f.page.text(m + 6, f.y, t, s.font, 8.5)
        ticks(f.page, s, w - m - 100, f.y, 100, yn, {1 if rng.random() < 0.9 else 0}, 8)
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 14
    caption(f, s, tr(lg, "C. Examination", "C. Befund", "C. Examen clinique"), 1)
    bp = f"{rng.randint(118, 158)}/{rng.randint(72, 96)}"
    f.need(40)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Blood pressure (mmHg)", "Blutdruck (mmHg)", "Tension artérielle"), bp),
            (tr(lg, "Pulse", "Puls", "Pouls"), str(rng.randint(58, 92))),
            (
                tr(lg, "Height / weight", "Größe / Gewicht", "Taille / poids"),
                f"{rng.randint(160, 192)} cm / {rng.randint(62, 118)} kg",
            ),
            (
                tr(lg, "Hearing", "Hörvermögen", "Audition"),
                tr(lg, "adequate", "ausreichend", "normale"),
            ),
        ],
        per=4,
        tall=26,
    )
    f.para(m, w - 2 * m, tr(lg, "Comments:", "Bemerkungen:", "Observations :"), s.bold, 8.5)
    f.need(60)
    f.y = lines_in_hand(
        f.page,
        m,
        f.y + 6,
        w - 2 * m,
        rng.choice(
            [
                tr(lg, "No concerns. Reviewed records.", "Keine Bedenken.", "RAS."),
                tr(
                    lg,
                    "BP controlled on amlodipine. Fit.",
                    "RR medikamentös eingestellt.",
                    "HTA traitée, équilibrée.",
                ),
                tr(
                    lg,
                    "Wears glasses for driving.",
                    "Brille erforderlich (Schlüsselzahl 01).",
                    "Port de verres correcteurs obligatoire.",
                ),
            ]
        ),
        3,
    )
    caption(f, s, tr(lg, "D. Declaration", "D. Beurteilung", "D. Avis"), 1)
    f.need(170)
    ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Meets the Group 2 standard", "Geeignet", "Apte"),
            tr(lg, "Does not meet the standard", "Nicht geeignet", "Inapte"),
            tr(lg, "Review in 12 months", "Nachuntersuchung in 1 Jahr", "Apte temporaire (1 an)"),
        ],
        {0} if rng.random() < 0.8 else {0, 2},
        9,
    )
    f.y += 44
    sign_line(
        f.page,
        s,
        m,
        f.y,
        190,
        tr(lg, "Signature of doctor", "Unterschrift Ärztin/Arzt", "Signature du médecin"),
        doc,
    )
    f.page.text(m + 220, f.y - 3, short(d, lg), HAND, 10)
    stamp(f.page, w - m - 180, f.y - 50, [h.name.split(" - ")[0][:28], h.street[:28], h.town[:28]])
    f.y += 30
    pages = f.pages
    if lg == "en" and rng.random() < 0.5:
        pages.append(
            small_print(
                rng, s, h, "Guidance notes for the examining doctor", CONDITIONS[lg][:10], "licence"
            )
        )
    remember(d, drv)
    return close(pages, s, h, numbers=rng.choice(["Page {i} of {n}", "none", "{i}/{n}"]))


def car_outline(
    p: Page, x: float, y: float, w: float, h: float, marks: int, rng: random.Random
) -> None:
    """A plan view of a car for marking damage, with a few crosses and circles in hand."""
    p.rect(x + w * 0.1, y, w * 0.8, h)
    p.rect(x + w * 0.25, y + h * 0.12, w * 0.5, h * 0.76)
    p.line(x + w * 0.25, y + h * 0.12, x + w * 0.1, y)
    p.line(x + w * 0.75, y + h * 0.12, x + w * 0.9, y)
    p.line(x + w * 0.25, y + h * 0.88, x + w * 0.1, y + h)
    p.line(x + w * 0.75, y + h * 0.88, x + w * 0.9, y + h)
    for wx in (0.2, 0.8):
        for wy in (-0.04, 0.96):
            p.rect(x + w * wx - 10, y + h * wy, 20, h * 0.08, fill=0.3)
    for _ in range(marks):
        cx, cy = x + rng.uniform(0.12, 0.88) * w, y + rng.uniform(0.05, 0.95) * h
        p.line(cx - 5, cy - 5, cx + 5, cy + 5)
        p.line(cx - 5, cy + 5, cx + 5, cy - 5)
        ring(p, cx, cy, 9, 14)


def tpl_incident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's own accident and incident report form filled in by a driver: details,
    other party, witnesses, the account in hand and a sketch box; often a second page with the
    damage diagram and the office's notes."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    m = min(s.margin, 48)
    s = paper(s, A4, margin=m)
    w, hh = A4
    drv = pick_driver(rng)
    car = car_of(drv)
    d = some_day(rng)
    p = Page(A4)
    y = heading(p, s, h)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            "DRIVER ACCIDENT / INCIDENT REPORT",
            "UNFALL- UND SCHADENMELDUNG FAHRER",
            "DÉCLARATION D'ACCIDENT / INCIDENT CHAUFFEUR",
        ),
        tr(
            lg,
            "Hand this form to the office within 24 hours. Do not admit liability at the scene.",
            "Innerhalb von 24 Stunden in der Zentrale abgeben. "
            "Kein Schuldanerkenntnis am Unfallort!",
            "À remettre au bureau sous 24 h. Ne reconnaissez aucune responsabilité sur place.",
        ),
        "F-07",
    )
    where = f"{rng.choice(ROADS[lg])} / {rng.choice(PLACES[lg])}"
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), drv.name),
            (tr(lg, "Call sign", "Wagennummer", "Indicatif"), str(drv.call)),
            (tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"), car.reg),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(0, 23):02d}:{rng.choice([5, 20, 35, 50]):02d}",
            ),
            (tr(lg, "Location", "Unfallort", "Lieu"), where),
            (tr(lg, "Booking / job no.", "Auftrags-Nr.", "N° de course"), serial(rng, "999999")),
        ],
        per=2,
        tall=25,
    )
    p.text(
        m, y, tr(lg, "Passengers on board?", "Fahrgäste an Bord?", "Clients à bord ?"), s.font, 8.5
    )
    ticks(p, s, m + 150, y, 200, yes_no(lg), {rng.randrange(2)}, 8.5)
    y += 14
    p.text(m, y, tr(lg, "Conditions:", "Wetter/Straße:", "Conditions :"), s.font, 8.5)
    y = ticks(
        p,
        s,
        m + 150,
        y,
        w - 2 * m - 150,
        [
            tr(lg, "dry", "trocken", "sec"),
            tr(lg, "wet", "nass", "mouillé"),
            tr(lg, "ice/snow", "Glätte", "verglas"),
            tr(lg, "dark", "Dunkelheit", "nuit"),
        ],
        {rng.randrange(2), 3} if rng.random() < 0.4 else {rng.randrange(2)},
        8.5,
    )
    y = band(p, s, y + 4, tr(lg, "Other party", "Unfallgegner", "Tiers impliqué"))
    other = f"{rng.choice(PASSENGER_FIRSTS[lg])} {rng.choice(PASSENGER_LASTS[lg])}"
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), other),
            (tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"), a_reg(rng, lg)),
            (
                tr(lg, "Insurer", "Versicherung", "Assureur"),
                rng.choice(
                    {
                        "en": ["Admiral", "Direct Line", "Aviva", "LV=", "Churchill"],
                        "de": ["HUK-Coburg", "Allianz", "DEVK", "R+V", "Gothaer"],
                        "fr": ["MAIF", "Matmut", "AXA", "MACIF", "GMF"],
                    }[lg]
                ),
            ),
            (
                tr(lg, "Witness (name, phone)", "Zeuge (Name, Tel.)", "Témoin"),
                ""
                if rng.random() < 0.5
                else f"{rng.choice(PASSENGER_FIRSTS[lg])} "
                f"{serial(rng, '07999 999 999' if lg == 'en' else '0171 9999999')}",
            ),
        ],
        per=2,
        tall=25,
    )
    y = band(p, s, y, tr(lg, "What happened?", "Unfallhergang", "Circonstances"))
    story = rng.choice(
        {
            "en": [
                "Stationary at lights, third party drove into rear of my vehicle. Passenger ok.",
                "Reversing out of rank, clipped bollard nearside rear. No one hurt.",
                "Passenger opened rear door into cyclist on drop off. Cyclist fell, minor cut.",
                "Other car pulled out of side road without looking, hit my front bumper.",
            ],
            "de": [
                "An der Ampel stehend, Gegner fuhr auf. Fahrgast unverletzt.",
                "Beim Rangieren am Taxistand Poller touchiert, hinten rechts.",
                "Fahrgast öffnete Tür beim Aussteigen, Radfahrer gestreift.",
                "Gegner missachtete Vorfahrt, Frontschaden.",
            ],
            "fr": [
                "Arrêté au feu rouge, le tiers m'a percuté à l'arrière. Client indemne.",
                "En manoeuvre à la station, choc avec un plot, arrière droit.",
                "Le client a ouvert la portière, un cycliste a été touché.",
                "Refus de priorité du tiers, choc avant.",
            ],
        }[lg]
    )
    y = lines_in_hand(p, m, y + 14, w - 2 * m, story, 4)
    p.text(
        m,
        y + 2,
        tr(
            lg,
            "Sketch (show road names, direction, vehicles A and B):",
            "Skizze (Straßen, Fahrtrichtung, Fahrzeuge A und B):",
            "Croquis (voies, sens de circulation, véhicules A et B) :",
        ),
        s.font,
        8,
    )
    bh = min(150.0, hh - y - 100)
    p.rect(m, y + 8, w - 2 * m, bh)
    cx = m + (w - 2 * m) / 2
    p.line(cx - 30, y + 8, cx - 30, y + 8 + bh)
    p.line(cx + 30, y + 8, cx + 30, y + 8 + bh)
    p.line(m, y + 8 + bh / 2 - 25, cx - 30, y + 8 + bh / 2 - 25)
    p.line(m, y + 8 + bh / 2 + 25, cx - 30, y + 8 + bh / 2 + 25)
    p.rect(cx - 22, y + 8 + bh * 0.55, 16, 28)
    p.text(cx - 14, y + 8 + bh * 0.55 + 18, "A", HAND, 9, "center")
    p.rect(m + 60, y + 8 + bh / 2 - 10, 28, 16)
    p.text(m + 74, y + 8 + bh / 2 + 2, "B", HAND, 9, "center")
    p.line(m + 92, y + 8 + bh / 2 - 2, cx - 34, y + 8 + bh / 2 - 2)
    y += bh + 36
    sign_line(
        p,
        s,
        m,
        y,
        180,
        tr(lg, "Driver's signature", "Unterschrift Fahrer", "Signature du chauffeur"),
        drv.name,
    )
    p.text(m + 220, y - 3, short(d + timedelta(days=rng.randint(0, 1)), lg), HAND, 10)
    pages = [p]
    if rng.random() < 0.65:
        q = Page(A4)
        yy = band(
            q,
            s,
            m,
            tr(
                lg,
                "Damage - mark on the diagram",
                "Schäden - bitte einzeichnen",
                "Dégâts - à indiquer sur le schéma",
            ),
        )
        car_outline(q, m + 60, yy + 20, w - 2 * m - 120, 260, rng.randint(1, 3), rng)
        yy += 300
        yy = lines_in_hand(
            q,
            m,
            yy,
            w - 2 * m,
            rng.choice(
                [
                    tr(
                        lg,
                        "Rear bumper cracked, boot lid dent",
                        "Stoßfänger hinten gerissen",
                        "Pare-chocs arrière fendu",
                    ),
                    tr(lg, "Scuff o/s rear door", "Kratzer Tür hinten links", "Rayure porte AR G"),
                ]
            ),
            2,
        )
        yy = band(q, s, yy + 10, tr(lg, "Office use", "Vermerk Büro", "Réservé au bureau"), 0.7)
        yy = fields(
            q,
            s,
            m,
            yy + 4,
            w - 2 * m,
            [
                (
                    tr(lg, "Reported to insurer on", "An Versicherung gemeldet am", "Déclaré le"),
                    short(d + timedelta(days=rng.randint(1, 3)), lg),
                ),
                (tr(lg, "Claim ref.", "Schaden-Nr.", "N° sinistre"), ""),
                (
                    tr(lg, "Vehicle off road?", "Fahrzeug ausgefallen?", "Immobilisé ?"),
                    rng.choice(yes_no(lg)),
                ),
                (
                    tr(lg, "Dashcam footage saved?", "Dashcam gesichert?", "Vidéo conservée ?"),
                    rng.choice(yes_no(lg)),
                ),
            ],
            per=2,
            tall=25,
        )
        pages.append(q)
    remember(d, (drv, car, d))
    return pages


def tpl_insurance_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The fleet insurer's letter on a claim: the claim details box, the position on
    liability, excess and repairs; now and then a schedule of payments and reserve and the copy
    of the third party's solicitor's letter."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("incident_report",)) and isinstance(ex, tuple):
        drv, car, when = ex
    else:
        drv = pick_driver(rng)
        car = car_of(drv)
        when = month() - timedelta(days=rng.randint(10, 120))
    d = last_day(rng, ("incident_report",), (6, 25))
    claim = serial(rng, rng.choice(["MC/9999999", "99-999999-A", "SIN 9999 999999"]))
    policy = serial(keyed(who, "pol"), "FLT/999999/AA")
    f = sheets(s, h, f"{tr(lg, 'Claim', 'Schaden-Nr.', 'Sinistre n°')} {claim}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Fleet Manager", "Fuhrparkleitung", "Service gestion de flotte")),
        d,
        [
            (tr(lg, "Claim no.", "Schaden-Nr.", "Sinistre n°"), claim),
            (tr(lg, "Policy", "Vers.-Schein", "Contrat"), policy),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Your claim - {car.reg} - incident on {short(when, lg)}",
            f"Schadenfall vom {short(when, lg)} - Fahrzeug {car.reg}",
            f"Sinistre du {short(when, lg)} - véhicule {car.reg}",
        ),
        1,
    )
    fy = f.y
    f.page.rect(m, fy - 10, w - 2 * m, 58)
    pairs(
        f.page,
        s,
        m + 8,
        fy + 2,
        [
            (tr(lg, "Driver", "Fahrer", "Conducteur"), drv.name),
            (
                tr(lg, "Third party", "Anspruchsteller", "Tiers"),
                f"{rng.choice(PASSENGER_FIRSTS[lg])} {rng.choice(PASSENGER_LASTS[lg])}",
            ),
            (
                tr(lg, "Status", "Stand", "Statut"),
                rng.choice(
                    [
                        tr(lg, "Liability under review", "Haftung in Prüfung", "En instruction"),
                        tr(
                            lg, "Liability admitted by TP", "Haftung anerkannt", "Tiers responsable"
                        ),
                        tr(lg, "Settled - closing", "Reguliert", "Réglé - clôture"),
                    ]
                ),
            ),
        ],
        w / 2 - 10,
    )
    f.y = fy + 62
    write(f, s, dear_of(None, lg))
    write(f, s, prose(rng, lg, "claim", 3, 5))
    write(
        f,
        s,
        tr(
            lg,
            f"Please note that the policy excess of {cash(rng.choice([250, 500, 750, 1000]), lg)} "
            "applies to this claim and will be collected separately unless the claim is settled "
            "in your favour.",
            f"Die vereinbarte Selbstbeteiligung von {cash(rng.choice([300, 500, 1000]), lg)} wird "
            "Ihnen gesondert in Rechnung gestellt.",
            f"La franchise contractuelle de {cash(rng.choice([300, 450, 800]), lg)} restera à "
            "votre "
            "charge sauf recours abouti.",
        ),
    )
    write(f, s, prose(rng, lg, "claim", 1, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "handler"),
        tr(lg, "Claims Handler", "Schadensachbearbeitung", "Gestionnaire sinistres"),
    )
    pages = f.pages
    if rng.random() < 0.5:
        sc = paper(s, A4, pt=9)
        f2 = Sheets(A4, hh - m - 30, lambda p, n: heading(p, s, h) if n == 1 else m)
        caption(
            f2,
            sc,
            tr(lg, "Schedule of payments and reserve", "Zahlungsübersicht", "État des règlements"),
            1,
        )
        write(f2, sc, f"{tr(lg, 'Claim', 'Schaden-Nr.', 'Sinistre')} {claim} - {car.reg}")
        rows = []
        tot = 0.0
        for k in range(rng.randint(3, 8)):
            v = round(rng.uniform(80, 2400), 2)
            tot += v
            rows.append(
                [
                    short(when + timedelta(days=6 + 9 * k), lg),
                    rng.choice(
                        [
                            tr(lg, "Repairer - interim", "Reparatur Werkstatt", "Réparateur"),
                            tr(lg, "Engineer's fee", "Sachverständiger", "Honoraires expert"),
                            tr(
                                lg,
                                "Replacement vehicle hire",
                                "Mietwagenkosten",
                                "Véhicule de remplacement",
                            ),
                            tr(
                                lg,
                                "Third party - property damage",
                                "Sachschaden Gegner",
                                "Dommages tiers",
                            ),
                            tr(lg, "Recovery and storage", "Abschleppen", "Remorquage"),
                        ]
                    ),
                    serial(rng, "PAY999999"),
                    money(v, lg),
                ]
            )
        table(
            f2,
            columns(m, w - m, [(1.4, "left"), (4, "left"), (1.6, "left"), (1.4, "right")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Payee / head", "Position", "Poste"),
                tr(lg, "Ref.", "Beleg", "Réf."),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            sc,
            rules=True,
        )
        f2.y += 6
        pairs(
            f2.page,
            sc,
            w / 2,
            f2.y,
            [
                (tr(lg, "Paid to date", "Bisher gezahlt", "Total réglé"), cash(tot, lg)),
                (
                    tr(lg, "Outstanding reserve", "Reserve", "Provision"),
                    cash(round(rng.uniform(500, 6000), 2), lg),
                ),
            ],
            w - m,
            9,
        )
        pages = pages + f2.pages
    pages = close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)
    if rng.random() < 0.3:
        q = Page(A4)
        copier_edge(q, rng)
        qs = Style("Times-Roman", "Times-Bold", 9.5, 70, "none", "bottom", A4, "long")
        qf = Sheets(A4, hh - 70, lambda p, n: 70)
        sol = {
            "en": "Whitfield Carter Solicitors",
            "de": "Rechtsanwälte Bergmann & Koch",
            "fr": "SCP Lemoine Avocats",
        }[lg]
        qf.page.text(w / 2, 70, sol, "Times-Bold", 14, "center")
        qf.y = 110
        write(
            qf,
            qs,
            tr(
                lg,
                f"Our client: {rng.choice(PASSENGER_FIRSTS[lg])} - Your insured vehicle: {car.reg}",
                f"Unser Mandant ./. Ihr Versicherungsnehmer - {car.reg}",
                f"Notre client c/ votre assuré - {car.reg}",
            ),
        )
        write(qf, qs, prose(rng, lg, "claim", 4, 7))
        write(qf, qs, prose(rng, lg, "claim", 2, 4))
        write(
            qf,
            qs,
            tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Veuillez agréer, Maître, ..."),
        )
        hand(qf.page, 72, qf.y + 20, tr(lg, "copy - for info", "zK", "copie pour info"), 11)
        pages.append(qf.page)
    received(rng, pages[0], d, 0.4)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates IIII: school transport, account customers and drivers' money
# ---------------------------------------------------------------------------------------------

SCHOOLS = {
    "en": [
        "Allerton Grange School",
        "Springwell Academy",
        "Broomfield Special School",
        "St Mary's Catholic Primary",
        "Oakwood Pupil Referral Unit",
    ],
    "de": [
        "Förderschule am Westpark",
        "Grundschule Kirchhörde",
        "Gesamtschule Nord",
        "Schule am Lindenhof (Förderschwerpunkt körperliche Entwicklung)",
    ],
    "fr": [
        "Collège Anne de Bretagne",
        "IME Les Hirondelles",
        "École élémentaire Jules Ferry",
        "ULIS du collège Les Chalais",
    ],
}


@dataclass
class Route:
    code: str
    school: str
    price: float
    pupils: int
    escort: bool


ROUTES: list[Route] = []
CLINICS = {
    "en": ["Renal Unit", "Outpatients B", "Bexley Wing"],
    "de": [
        "Klinikum Nord",
        "Dialysezentrum Am Stadtpark",
        "Praxis Dr. Nowak",
        "Tagesklinik Onkologie",
    ],
    "fr": ["CHU", "Clinique Saint-Jean", "centre d'hémodialyse", "service de radiothérapie"],
}


def a_route(r: random.Random, lang: str) -> Route:
    return Route(
        code={
            "en": serial(r, "SEN-999"),
            "de": f"Linie S{r.randint(1, 48)}",
            "fr": f"Circuit {serial(r, '99-AA-99')}",
        }[lang],
        school=r.choice(SCHOOLS[lang]),
        price=r.choice([68.0, 74.5, 82.0, 96.0, 112.0, 135.0, 58.0]),
        pupils=r.randint(1, 7),
        escort=r.random() < 0.4,
    )


def pt_vat(lang: str) -> float:
    """VAT on passenger transport: standard in England, reduced in Germany and France."""
    return {"en": 20.0, "de": 7.0, "fr": 10.0}[lang]


def schooldays(d0: date) -> list[date]:
    out = []
    d = d0
    while d.month == d0.month:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def tpl_school_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's school transport contract for a route: the award letter, the contract
    particulars, the route schedule on a landscape page, the conditions and the signature
    page; the contract pages numbered on their own."""
    h = local_head("education")
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    route = rng.choice(ROUTES)
    d = some_day(rng)
    start_d = add_months(d, 1)
    ref = serial(rng, {"en": "HTST-2025-999", "de": "40/SB-9999", "fr": "MAPA 2025-99"}[lg])
    o = office_head()
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(f, s, h, office_lines(), d, [(tr(lg, "Our ref", "Az.", "Réf."), ref)])
        caption(
            f,
            s,
            tr(
                lg,
                f"Award of contract - {route.code} to {route.school}",
                f"Zuschlag - Schülerbeförderung {route.code}, {route.school}",
                f"Notification d'attribution - {route.code} - {route.school}",
            ),
            1,
        )
        write(f, s, dear_of(None, lg))
        write(
            f,
            s,
            tr(
                lg,
                f"Following the recent mini-competition, I am pleased to confirm that your tender "
                f"for route {route.code} has been accepted at a daily price of "
                f"{cash(route.price, lg)}. Please sign both copies of the enclosed contract and "
                "return "
                "one copy to this office before the start date.",
                f"Auf Ihr Angebot erteilen wir Ihnen den Zuschlag für die Beförderung auf der "
                f"{route.code} zum Tagespreis von {cash(route.price, lg)} netto. Bitte senden Sie "
                "eine unterschriebene Ausfertigung des Vertrages zurück.",
                f"Nous avons le plaisir de vous informer que votre offre pour le {route.code} est "
                f"retenue au prix journalier de {cash(route.price, lg)} HT. Vous trouverez "
                "ci-joint "
                "l'acte d'engagement à nous retourner signé.",
            ),
        )
        write(f, s, prose(rng, lg, "school", 2, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "officer"),
            tr(
                lg,
                "Transport Contracts Officer",
                "Sachgebiet Schülerbeförderung",
                "Le responsable des transports scolaires",
            ),
        )
        pages += close(f.pages, s, h, numbers="none")
        covers = len(pages)
    # Particulars
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "CONTRACT FOR THE PROVISION OF HOME TO SCHOOL TRANSPORT",
        "VERTRAG ÜBER DIE DURCHFÜHRUNG DER SCHÜLERBEFÖRDERUNG",
        "MARCHÉ DE TRANSPORT SCOLAIRE - ACTE D'ENGAGEMENT",
    )
    y = form_title(
        p,
        s,
        y,
        title,
        tr(lg, "Section A - Contract particulars", "Teil A - Vertragsdaten", "Pièce n° 1"),
    )
    rows = [
        (tr(lg, "Contract reference", "Vertragsnummer", "Référence"), ref),
        (tr(lg, "Contractor", "Auftragnehmer", "Titulaire"), f"{o.name}, {o.street}, {o.town}"),
        (tr(lg, "Route", "Linie", "Circuit"), route.code),
        (tr(lg, "School", "Schule", "Établissement"), route.school),
        (
            tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
            tr(
                lg,
                f"{route.pupils + 2}-seat vehicle",
                f"Kleinbus bis {route.pupils + 3} Plätze",
                f"véhicule {route.pupils + 2} places",
            ),
        ),
        (
            tr(lg, "Passenger assistant", "Begleitperson", "Accompagnateur"),
            tr(
                lg,
                "required" if route.escort else "not required",
                "erforderlich" if route.escort else "nicht erforderlich",
                "oui" if route.escort else "non",
            ),
        ),
        (tr(lg, "Commencement", "Beginn", "Début"), day(h, start_d)),
        (tr(lg, "Expiry", "Ende", "Fin"), day(h, years_on(start_d, rng.choice([1, 2, 3])))),
        (
            tr(
                lg,
                "Daily price (two journeys)",
                "Tagespreis (Hin- und Rückfahrt)",
                "Prix journalier (aller-retour)",
            ),
            cash(route.price, lg),
        ),
        (
            tr(lg, "Invoicing", "Abrechnung", "Facturation"),
            tr(
                lg,
                "monthly in arrears with the attendance log",
                "monatlich nachträglich mit Fahrtennachweis",
                "mensuelle, avec l'état de service fait",
            ),
        ),
    ]
    for lab, val in rows:
        p.text(m, y, lab, s.font, s.size)
        for k, ln in enumerate(wrap(val, s.bold, s.size, w - 2 * m - 190)[:2]):
            p.text(m + 180, y + k * s.size * 1.3, ln, s.bold, s.size)
        p.line(m, y + 5, w - m, y + 5)
        y += 22
    y += 10
    y = lines_plain(p, s, m, y, w - 2 * m, prose(rng, lg, "school", 2, 3), s.size - 0.5)
    pages.append(p)
    # Route schedule, landscape
    lw, lh = LAND
    qf = Sheets(LAND, lh - 40, lambda pg, n: 50)
    sl = paper(s, LAND, margin=42, pt=8.5)
    caption(
        qf,
        sl,
        tr(
            lg,
            f"Schedule 1 - Route specification {route.code}",
            f"Anlage 1 - Fahrplan {route.code}",
            f"Annexe 1 - Fiche circuit {route.code}",
        ),
        2,
    )
    rows2 = []
    t_am = 7 * 60 + rng.randint(5, 40)
    for k in range(route.pupils):
        rows2.append(
            [
                str(k + 1),
                f"{rng.choice(ROADS[lg])} {rng.randint(1, 120)}",
                f"{(t_am + 8 * k) // 60:02d}:{(t_am + 8 * k) % 60:02d}",
                f"{15 + (k % 2)}:{rng.choice([10, 25, 40]):02d}",
                serial(rng, "AA") + f" (Y{rng.randint(1, 11)})",
                rng.choice(
                    [
                        "",
                        "",
                        tr(lg, "wheelchair", "Rollstuhl", "fauteuil"),
                        tr(lg, "booster seat", "Sitzerhöhung", "rehausseur"),
                        tr(lg, "meet at door", "an der Haustür übergeben", "remise en main propre"),
                    ]
                ),
            ]
        )
    rows2.append(
        [
            "",
            route.school,
            f"{(t_am + 8 * route.pupils + 12) // 60:02d}:{(t_am + 8 * route.pupils + 12) % 60:02d}",
            "15:05",
            "",
            "",
        ]
    )
    table(
        qf,
        columns(
            42,
            lw - 42,
            [
                (0.5, "left"),
                (5, "left"),
                (1.2, "center"),
                (1.2, "center"),
                (1.6, "left"),
                (3, "left"),
            ],
        ),
        [
            tr(lg, "Stop", "Halt", "Arrêt"),
            tr(lg, "Pick-up point", "Abholort", "Point d'arrêt"),
            tr(lg, "AM", "Hinfahrt", "Matin"),
            tr(lg, "PM", "Rückfahrt", "Soir"),
            tr(lg, "Pupil", "Schüler", "Élève"),
            tr(lg, "Needs / notes", "Hinweise", "Observations"),
        ],
        rows2,
        sl,
        rules=True,
        step=2.0,
    )
    qf.y += 10
    write(
        qf,
        sl,
        tr(
            lg,
            "Pupils' names are held by the Council and issued to the driver and "
            "passenger assistant only.",
            "Namen der Schüler werden gesondert übermittelt (Datenschutz).",
            "Les noms des élèves sont transmis séparément.",
        ),
        7.5,
    )
    pages += qf.pages
    heads = {
        "en": [
            "Definitions",
            "Term",
            "Drivers and passenger assistants",
            "Safeguarding",
            "Vehicles",
            "Timekeeping",
            "Non-operation",
            "Payment",
            "Variation",
            "Insurance",
            "Termination",
            "Sub-contracting",
            "Data protection",
        ],
        "de": [
            "Vertragsgegenstand",
            "Laufzeit",
            "Fahr- und Begleitpersonal",
            "Führungszeugnisse",
            "Fahrzeuge",
            "Pünktlichkeit",
            "Ausfalltage",
            "Vergütung",
            "Änderungen",
            "Versicherung",
            "Kündigung",
            "Nachunternehmer",
            "Datenschutz",
        ],
        "fr": [
            "Objet",
            "Durée",
            "Conducteurs et accompagnateurs",
            "Sécurité",
            "Véhicules",
            "Horaires",
            "Jours non travaillés",
            "Prix et paiement",
            "Modifications",
            "Assurances",
            "Résiliation",
            "Sous-traitance",
            "RGPD",
        ],
    }[lg]
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Section B - Conditions of contract",
                "Teil B - Vertragsbedingungen",
                "Cahier des clauses particulières",
            ),
            heads,
            "school",
            numbered="{k}." if lg != "fr" else "Art. {k}",
        )
    )
    sig = Page(A4)
    y = m + 10
    sig.text(
        m,
        y,
        tr(lg, "Section C - Signatures", "Teil C - Unterschriften", "Signatures des parties"),
        s.bold,
        12,
    )
    y += 30
    y = lines_plain(
        sig,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "This contract has been executed by the parties on the dates shown below.",
            "Dieser Vertrag wird in zwei Ausfertigungen unterzeichnet.",
            "Fait en deux exemplaires originaux.",
        ),
    )
    for k, (who_, name) in enumerate(
        [
            (
                tr(
                    lg,
                    "Signed for and on behalf of the Council",
                    "Für den Schulträger",
                    "Pour l'autorité organisatrice",
                ),
                staff(h, "director"),
            ),
            (
                tr(
                    lg,
                    "Signed for and on behalf of the Contractor",
                    "Für den Auftragnehmer",
                    "Pour le titulaire",
                ),
                staff(o, "owner"),
            ),
        ]
    ):
        yy = y + 40 + k * 150
        sig.text(m, yy, who_, s.bold, 9.5)
        sign_line(
            sig,
            s,
            m,
            yy + 50,
            200,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            name if k == 1 or rng.random() < 0.6 else "",
        )
        sig.text(m, yy + 72, f"{tr(lg, 'Name', 'Name', 'Nom')}: {name}", s.font, 9)
        sig.line(m + 250, yy + 50, m + 360, yy + 50)
        sig.text(m + 250, yy + 59, tr(lg, "Date", "Datum", "Date"), s.font, 7)
        if k == 1:
            hand(sig, m + 256, yy + 46, short(d + timedelta(days=rng.randint(2, 9)), lg), 10)
            stamp(sig, m + 250, yy + 82, [o.name[:28].upper(), o.town[:28]])
    if lg == "en":
        sign_line(
            sig,
            s,
            m,
            y + 380,
            200,
            "Witness (name, address, occupation)",
            staff(o, "witness") if rng.random() < 0.5 else "",
        )
    pages.append(sig)
    number_pages(
        pages,
        s,
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
        "bc",
        skip=covers,
        bottom=28,
    )
    received(rng, pages[0], d, 0.3)
    remember(d, route)
    return pages


def tpl_route_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's monthly invoice to the authority for one school route, with the
    attendance log on a landscape page signed by the driver. Comes in runs, one per route."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    ex = LAST["extra"]
    if after(("route_invoice",)) and isinstance(ex, tuple):
        route = ROUTES[(ROUTES.index(ex[0]) + 1) % len(ROUTES)]
        d = ex[1]
    elif after(("school_contract",)) and isinstance(ex, Route):
        route, d = ex, add_months(month(), 1)
    else:
        route, d = rng.choice(ROUTES), add_months(month(), rng.choice([0, 1]))
    period = add_months(d, -1)
    days = schooldays(period)
    off = set(rng.sample(range(len(days)), rng.choice([0, 0, 1, 2, 5])))
    run_days = [x for k, x in enumerate(days) if k not in off]
    edu = local_head("education")
    inv = f"{serial(rng, 'SI-9999') if lg == 'en' else serial(rng, 'RE 2025-9999')}"
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        [edu.name.split(" - ")[0], *edu.name.split(" - ")[1:2], edu.street, edu.town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Route", "Linie", "Circuit"), route.code),
            (tr(lg, "Period", "Leistungszeitraum", "Période"), month_name(period, lg)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE - HOME TO SCHOOL TRANSPORT",
            "RECHNUNG SCHÜLERBEFÖRDERUNG",
            "FACTURE - TRANSPORT SCOLAIRE",
        ),
        3,
    )
    write(f, s, f"{route.code} - {route.school}", s.size)
    rows = [
        [
            tr(
                lg,
                "Days operated (AM + PM)",
                "Schultage (Hin- und Rückfahrt)",
                "Jours de service (aller-retour)",
            ),
            str(len(run_days)),
            money(route.price, lg),
            money(route.price * len(run_days), lg),
        ]
    ]
    net = route.price * len(run_days)
    if route.escort:
        pa = round(route.price * 0.35, 2)
        rows.append(
            [
                tr(lg, "Passenger assistant", "Begleitperson", "Accompagnateur"),
                str(len(run_days)),
                money(pa, lg),
                money(pa * len(run_days), lg),
            ]
        )
        net += pa * len(run_days)
    if off and rng.random() < 0.5:
        rows.append(
            [
                tr(
                    lg,
                    "Pupil absent - single journey",
                    "Einzelfahrt (Schüler krank)",
                    "Trajet simple",
                ),
                "1",
                money(route.price / 2, lg),
                money(route.price / 2, lg),
            ]
        )
        net += route.price / 2
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.8, "right"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), pt_vat(lg) if rng.random() < 0.8 or lg != "en" else 0.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Contract ref. as per order. Attendance log attached. Payment within 30 "
            f"days to {h.name}.",
            "Fahrtennachweis anbei. Zahlbar innerhalb 30 Tagen ohne Abzug.",
            "État de service fait joint. Paiement à 30 jours.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    # Attendance log
    q = Page(LAND)
    lw, _ = LAND
    sl = paper(s, LAND, margin=36, pt=8)
    y = 44.0
    q.text(
        36,
        y,
        tr(
            lg,
            f"ATTENDANCE LOG - {route.code} - {month_name(period, lg)}",
            f"FAHRTENNACHWEIS - {route.code} - {month_name(period, lg)}",
            f"ÉTAT DE SERVICE FAIT - {route.code} - {month_name(period, lg)}",
        ),
        s.bold,
        11,
    )
    q.text(lw - 36, y, h.name, s.font, 8, "right")
    y += 24
    cw = (lw - 72 - 110) / max(len(days), 1)
    q.text(36, y, tr(lg, "Day", "Tag", "Jour"), s.bold, 7.5)
    for k, dd in enumerate(days):
        q.text(146 + k * cw + cw / 2, y, str(dd.day), s.bold, 7, "center")
    y += 6
    labels = [tr(lg, "AM run", "Hinfahrt", "Matin"), tr(lg, "PM run", "Rückfahrt", "Soir")]
    if route.escort:
        labels.append(tr(lg, "PA present", "Begleitung", "Accomp."))
    labels += [
        tr(lg, f"Pupil {k + 1}", f"Schüler {k + 1}", f"Élève {k + 1}") for k in range(route.pupils)
    ]
    first_pupil = len(labels) - route.pupils
    for i, lab in enumerate(labels):
        q.rect(36, y, 110, 16)
        q.text(40, y + 11, lab, s.font, 7.5)
        for k in range(len(days)):
            q.rect(146 + k * cw, y, cw, 16)
            if k in off:
                q.text(146 + k * cw + cw / 2, y + 11, "-", HAND, 8, "center")
            elif rng.random() < 0.96:
                q.text(
                    146 + k * cw + cw / 2,
                    y + 11,
                    "x" if i < first_pupil else "/",
                    HAND,
                    8,
                    "center",
                )
            else:
                q.text(146 + k * cw + cw / 2, y + 11, "A", HAND, 8, "center")
        y += 16
    y += 18
    drv = pick_driver(rng)
    q.text(
        36,
        y,
        tr(
            lg,
            "Key: x operated  - not operated (school closed)  A absent",
            "x gefahren  - Ausfall (schulfrei)  A Schüler fehlt",
            "x effectué  - non effectué  A absent",
        ),
        sl.font,
        7.5,
    )
    y += 40
    sign_line(q, sl, 36, y, 180, tr(lg, "Driver", "Fahrer", "Conducteur"), drv.name)
    sign_line(
        q,
        sl,
        260,
        y,
        180,
        tr(lg, "Passenger assistant", "Begleitperson", "Accompagnateur"),
        staff(h, f"pa{route.code}") if route.escort else "",
    )
    sign_line(
        q, sl, 484, y, 180, tr(lg, "Checked (office)", "Geprüft", "Visa bureau"), staff(h, "owner")
    )
    pages.append(q)
    remember(d, (route, d))
    return pages


def customer_lines(c: tuple[str, str], att: str = "") -> list[str]:
    o = office_head()
    return [c[0], *([att] if att else []), c[1], o.town]


def journey(rng: random.Random, lg: str, d0: date) -> list[str]:
    a, b = rng.sample(PLACES[lg], 2)
    fare = round(
        rng.choice([8.5, 11.2, 14.8, 19.6, 24.0, 32.5, 46.0, 58.0]) * rng.uniform(0.9, 1.25), 2
    )
    when = d0 + timedelta(days=rng.randint(0, 27))
    who = f"{rng.choice(PASSENGER_FIRSTS[lg])[0]}. {rng.choice(PASSENGER_LASTS[lg])}"
    return [
        short(when, lg),
        f"{rng.randint(5, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}",
        serial(rng, "999999"),
        who,
        f"{a} > {b}",
        money(fare, lg),
    ]


def tpl_account_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's monthly invoice to an account customer (a hotel, a hospital, a firm):
    the journeys of the month by date, booking, passenger and route over one to four pages,
    the totals and the bank details. Comes in runs, one per customer."""
    h = office_head()
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("account_invoice",)) and isinstance(ex, tuple):
        cust = CUSTOMERS[(CUSTOMERS.index(ex[0]) + 1) % len(CUSTOMERS)]
        d = ex[1]
    else:
        cust = rng.choice(CUSTOMERS)
        d = add_months(month(), rng.choice([0, 1])) + timedelta(days=rng.randint(0, 4))
    period = add_months(d, -1)
    acc = f"{cust[0][:3].upper()}{zlib.crc32(cust[0].encode()) % 900 + 100}"
    inv = serial(rng, rng.choice(["INV-99999", "A9999", "2025/9999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv} - {acc}")
    recipient(
        f,
        s,
        h,
        customer_lines(
            cust, tr(lg, "Accounts Payable", "Kreditorenbuchhaltung", "Service comptabilité")
        ),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kundennummer", "Compte client"), acc),
            (tr(lg, "Period", "Zeitraum", "Période"), month_name(period, lg)),
        ],
    )
    caption(f, s, tr(lg, "ACCOUNT INVOICE", "SAMMELRECHNUNG", "FACTURE RÉCAPITULATIVE"), 3)
    rows = sorted(
        (journey(rng, lg, period) for _ in range(rng.choice([4, 9, 16, 28, 45]))),
        key=lambda r: (r[0][6:], r[0][3:5], r[0][:2], r[1]),
    )
    if rng.random() < 0.3:
        for r in rows:
            r[3] = rng.choice(["CC 4410", "CC 4420", "Events", "Reception", "Ward 12", "HR"])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.3, "left"),
                (0.8, "left"),
                (1.1, "left"),
                (1.8, "left"),
                (4.2, "left"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Job", "Auftrag", "Course"),
            tr(lg, "Passenger / CC", "Fahrgast / KSt", "Passager"),
            tr(lg, "Journey", "Strecke", "Trajet"),
            tr(lg, "Fare", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.4,
        step=1.55,
    )
    net = sum(
        float(r[5].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else float(r[5].replace(",", ""))
        for r in rows
    )
    if rng.random() < 0.4:
        waiting = round(rng.uniform(10, 60), 2)
        extras = tr(
            lg, "Waiting time and extras", "Wartezeit und Zuschläge", "Attente et suppléments"
        )
        write(f, s, f"{extras}: {cash(waiting, lg)}", s.size - 1)
        net += waiting
    totals(f, s, lg, round(net, 2), pt_vat(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due within 30 days. Please quote account {acc}.",
            f"Zahlbar innerhalb von 14 Tagen unter Angabe der Kundennummer {acc}.",
            f"Règlement à 30 jours fin de mois. Merci de rappeler le compte {acc}.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    remember(d, (cust, d, inv, round(net, 2)))
    return pages


def tpl_account_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's statement of account to a customer: open invoices, payments, the aged
    balance boxes and a remittance slip to tear off."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    ex = LAST["extra"]
    if after(("account_invoice",)) and isinstance(ex, tuple):
        cust, d0, last_inv, last_amt = ex
        d = d0 + timedelta(days=rng.randint(20, 40))
    else:
        cust = rng.choice(CUSTOMERS)
        d = some_day(rng)
        last_inv, last_amt = serial(rng, "INV-99999"), round(rng.uniform(150, 2400), 2)
    acc = f"{cust[0][:3].upper()}{zlib.crc32(cust[0].encode()) % 900 + 100}"
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        customer_lines(cust),
        d,
        [(tr(lg, "Account", "Kundennummer", "Compte client"), acc)],
    )
    caption(
        f, s, tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVÉ DE COMPTE"), 3
    )
    rows = []
    bal = 0.0
    items = []
    for k in range(rng.randint(1, 3), 0, -1):
        items.append(
            (add_months(d, -k), serial(rng, "INV-99999"), round(rng.uniform(150, 2400), 2))
        )
    items.append((d - timedelta(days=rng.randint(3, 12)), last_inv, last_amt))
    for when, no, amt in items:
        bal += amt
        rows.append(
            [
                short(when, lg),
                tr(lg, "Invoice", "Rechnung", "Facture"),
                no,
                money(amt, lg),
                "",
                money(bal, lg),
            ]
        )
        if rng.random() < 0.45 and when < add_months(d, -1):
            bal -= amt
            rows.append(
                [
                    short(when + timedelta(days=rng.randint(20, 35)), lg),
                    tr(lg, "Payment - thank you", "Zahlung", "Règlement"),
                    serial(rng, "BACS 9999"),
                    "",
                    money(amt, lg),
                    money(bal, lg),
                ]
            )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (2, "left"),
                (1.4, "left"),
                (1.1, "right"),
                (1.1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Details", "Vorgang", "Libellé"),
            tr(lg, "Ref.", "Beleg", "Réf."),
            tr(lg, "Debit", "Soll", "Débit"),
            tr(lg, "Credit", "Haben", "Crédit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 10
    f.need(60)
    labels = [
        tr(lg, "Current", "aktuell", "Non échu"),
        "30",
        "60",
        "90+",
        tr(lg, "Total due", "Gesamt", "Total dû"),
    ]
    bw = (w - 2 * m) / 5
    share = [0.6, 0.25, 0.15, 0.0, 1.0] if bal > 0 else [0, 0, 0, 0, 0]
    for k, t in enumerate(labels):
        f.page.rect(m + k * bw, f.y, bw, 30)
        f.page.text(m + k * bw + bw / 2, f.y + 10, t, s.bold, 7.5, "center")
        f.page.text(
            m + k * bw + bw / 2, f.y + 23, cash(round(bal * share[k], 2), lg), s.font, 8, "center"
        )
    f.y += 46
    write(
        f,
        s,
        tr(
            lg,
            "Please let us know if any item is in dispute.",
            "Bitte prüfen Sie den Kontoauszug; Einwände innerhalb von 14 Tagen.",
            "Merci de nous signaler toute anomalie.",
        ),
        s.size - 1,
    )
    p = f.pages[-1]
    if f.y < hh - m - 130:
        y = hh - m - 110
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Zahlungsavis - bitte mit der Zahlung zurücksenden",
                "Talon à joindre à votre règlement",
            ),
        )
        fields(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "From", "Von", "De"), cust[0]),
                (tr(lg, "Account", "Kundennummer", "Compte"), acc),
                (tr(lg, "Amount enclosed", "Betrag", "Montant"), ""),
                (tr(lg, "Cheque / BACS ref.", "Überweisung vom", "Chèque / virement"), ""),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    remember(d, (cust, d))
    return close(f.pages, s, h, numbers="none")


def tpl_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's weekly settlement statement to a self-employed driver: account work and
    card or app takings, less commission, radio rent, vehicle rent and fees; the balance paid
    or owed. A5 or A4. Comes in runs, one per driver."""
    h = office_head()
    lg = h.lang
    r = keyed(who, "settle")
    size = r.choice([A5, A4, A4])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, _ = size
    m = s.margin
    ex = LAST["extra"]
    if after(("settlement",)) and isinstance(ex, tuple):
        drv = DRIVERS[(DRIVERS.index(ex[0]) + 1) % len(DRIVERS)]
        wk = ex[1]
    else:
        drv = pick_driver(rng)
        wk = some_day(rng)
        wk -= timedelta(days=(wk.weekday() + 1) % 7)
    f = sheets(s, h, f"{drv.name} - {short(wk, lg)}")
    f.page.text(
        m,
        f.y,
        tr(lg, "DRIVER SETTLEMENT STATEMENT", "FAHRERABRECHNUNG", "RELEVÉ DE RÈGLEMENT CHAUFFEUR"),
        s.bold,
        s.size + 3,
    )
    f.y += 20
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Driver", "Fahrer", "Chauffeur"),
                    f"{drv.name} ({tr(lg, 'call sign', 'Wagen', 'indicatif')} {drv.call})",
                ),
                (tr(lg, "Week ending", "Woche bis", "Semaine au"), short(wk, lg)),
                (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), car_of(drv).reg),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    rows = []
    acc_total = 0.0
    for _ in range(rng.randint(3, 12)):
        j = journey(rng, lg, wk - timedelta(days=6))
        j[0] = short(wk - timedelta(days=rng.randint(0, 6)), lg)
        fare = (
            float(j[5].replace(".", "").replace(" ", "").replace(",", "."))
            if lg != "en"
            else float(j[5].replace(",", ""))
        )
        acc_total += fare
        rows.append([j[0], j[2], fit(j[4], s.font, s.size - 1.5, w * 0.4), j[5]])
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (1, "left"), (3.5, "left"), (1, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Job", "Auftrag", "Course"),
            tr(lg, "Account work", "Rechnungsfahrten", "Courses en compte"),
            tr(lg, "Fare", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        step=1.5,
    )
    card = round(rng.uniform(80, 520), 2)
    comm_rate = rng.choice([10, 12, 15])
    deductions = [
        (
            tr(
                lg,
                f"Commission {comm_rate}% on account work",
                f"Provision {comm_rate} %",
                f"Commission {comm_rate} %",
            ),
            round(acc_total * comm_rate / 100, 2),
        ),
        (
            tr(lg, "Radio / data rent", "Funkgebühr / Datenfunk", "Redevance radio"),
            rng.choice([45.0, 55.0, 65.0, 75.0]),
        ),
        (tr(lg, "Card processing fees", "Kartengebühren", "Frais TPE"), round(card * 0.0175, 2)),
    ]
    if rng.random() < 0.55:
        deductions.append(
            (
                tr(lg, f"Vehicle rent {car_of(drv).reg}", "Fahrzeugmiete", "Location véhicule"),
                rng.choice([160.0, 195.0, 220.0, 250.0]),
            )
        )
    if rng.random() < 0.2:
        deductions.append(
            (
                tr(lg, "PCN recharged", "Verwarnungsgeld weiterberechnet", "Amende refacturée"),
                rng.choice([35.0, 55.0, 70.0]),
            )
        )
    f.y += 6
    f.need(120)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Account work", "Rechnungsfahrten", "Courses en compte"), money(acc_total, lg)),
            (
                tr(lg, "Card / app payments", "Kartenzahlungen / App", "Paiements CB / appli"),
                money(card, lg),
            ),
        ],
        w - m,
        s.size,
    )
    f.page.line(m, f.y - 6, w - m, f.y - 6)
    f.y += 4
    f.y = pairs(f.page, s, m, f.y, [(t, f"- {money(v, lg)}") for t, v in deductions], w - m, s.size)
    bal = acc_total + card - sum(v for _, v in deductions)
    f.page.line(m, f.y - 6, w - m, f.y - 6)
    f.y += 4
    lab = tr(
        lg,
        "Balance paid to you" if bal >= 0 else "Balance due from you",
        "Auszahlungsbetrag" if bal >= 0 else "Von Ihnen zu zahlen",
        "Solde en votre faveur" if bal >= 0 else "Solde à régler",
    )
    f.page.text(m, f.y, lab, s.bold, s.size + 1)
    f.page.text(w - m, f.y, cash(abs(bal), lg), s.bold, s.size + 1, "right")
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "You are self-employed and responsible for your own tax and National Insurance.",
            "Als selbständiger Unternehmer sind Sie für die Versteuerung selbst verantwortlich.",
            "Chauffeur indépendant : déclarations sociales et fiscales à votre charge.",
        ),
        s.size - 1.5,
    )
    remember(wk, (drv, wk))
    return close(f.pages, s, h, numbers="none")


RENT_TERMS = {
    "en": [
        "Definitions",
        "Hire period and rent",
        "Deposit",
        "Use of the vehicle",
        "Licensing and insurance",
        "Maintenance and servicing",
        "Accidents and damage",
        "Fines and charges",
        "Fuel and charging",
        "Return of the vehicle",
        "Termination",
        "Self-employed status",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Mietdauer und Mietzins",
        "Kaution",
        "Nutzung des Fahrzeugs",
        "Genehmigung und Versicherung",
        "Wartung",
        "Unfälle und Schäden",
        "Bußgelder und Gebühren",
        "Kraftstoff",
        "Rückgabe",
        "Kündigung",
        "Selbständigkeit des Mieters",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Durée et loyer",
        "Dépôt de garantie",
        "Utilisation du véhicule",
        "Autorisations et assurance",
        "Entretien",
        "Sinistres",
        "Amendes",
        "Carburant",
        "Restitution",
        "Résiliation",
        "Statut d'indépendant",
        "Litiges",
    ],
}


def tpl_rent_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's vehicle rental agreement with a self-employed driver: the particulars, the
    numbered terms over one or two pages, the vehicle condition sheet with the damage diagram
    and the signatures; pages numbered "Page i of n" or not at all."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    drv = pick_driver(rng)
    car = car_of(drv)
    d = some_day(rng)
    rent = rng.choice([160.0, 185.0, 195.0, 220.0, 250.0, 275.0])
    o = h
    title = tr(
        lg,
        "VEHICLE RENTAL AGREEMENT - SELF-EMPLOYED DRIVER",
        "MIETVERTRAG ÜBER EIN TAXI / MIETWAGEN (SELBSTÄNDIGER FAHRER)",
        "CONTRAT DE LOCATION DE VÉHICULE - CHAUFFEUR INDÉPENDANT",
    )
    f = sheets(s, h, f"{title} - {drv.name} - {car.reg}")
    caption(f, s, title, 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Owner", "Vermieter", "Loueur"), o.name),
            (tr(lg, "Hirer (driver)", "Mieter (Fahrer)", "Locataire"), drv.name),
            (tr(lg, "Driver's badge no.", "P-Schein Nr.", "Carte pro. n°"), drv.badge),
            (tr(lg, "Call sign", "Wagennummer", "Indicatif"), str(drv.call)),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), f"{car.make} {car.model}"),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.reg),
            (tr(lg, "Licence plate no.", "Ordnungsnummer", "N° ADS"), car.plate),
            (tr(lg, "Start date", "Mietbeginn", "Date d'effet"), short(d, lg)),
            (tr(lg, "Weekly rent", "Wochenmiete", "Loyer hebdomadaire"), cash(rent, lg)),
            (tr(lg, "Deposit", "Kaution", "Dépôt de garantie"), cash(rent * 2, lg)),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    for k, t in enumerate(RENT_TERMS[lg][: rng.randint(9, 13)], 1):
        f.heading(m, f"{k}. {t}", s.bold, s.size)
        f.para(m + 10, w - 2 * m - 10, prose(rng, lg, "licence", 2, 4), s.font, s.size - 0.5)
    pages = f.pages
    # Condition sheet
    q = Page(A4)
    y = band(
        q,
        s,
        m,
        tr(
            lg, "Vehicle condition at handover", "Übergabeprotokoll", "État du véhicule à la remise"
        ),
    )
    y = fields(
        q,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Mileage", "Kilometerstand", "Kilométrage"), str(rng.randint(20000, 290000))),
            (
                tr(lg, "Fuel / charge", "Tankfüllung", "Carburant"),
                rng.choice(["1/4", "1/2", "3/4", "full"]),
            ),
            (
                tr(lg, "Spare wheel / kit", "Reserverad / Pannenset", "Roue de secours"),
                rng.choice(yes_no(lg)),
            ),
            (tr(lg, "Keys", "Schlüssel", "Clés"), str(rng.randint(1, 2))),
        ],
        per=4,
        tall=26,
    )
    car_outline(q, m + 60, y + 10, w - 2 * m - 120, 230, rng.randint(0, 4), rng)
    y += 260
    for t in [
        tr(lg, "Roof sign", "Dachzeichen", "Lumineux"),
        tr(lg, "Taximeter", "Taxameter", "Taximètre"),
        tr(lg, "Card terminal", "Kartenterminal", "TPE"),
        tr(lg, "Dashcam", "Dashcam", "Caméra"),
        tr(lg, "Fire extinguisher", "Feuerlöscher", "Extincteur"),
        tr(lg, "First aid kit", "Verbandkasten", "Trousse de secours"),
    ]:
        q.text(m, y, t, s.font, 8.5)
        ticks(
            q,
            s,
            m + 160,
            y,
            200,
            [tr(lg, "present", "vorhanden", "présent"), tr(lg, "missing", "fehlt", "absent")],
            {0 if rng.random() < 0.92 else 1},
            8,
        )
        y += 15
    y += 30
    sign_line(
        q, s, m, y, 190, tr(lg, "Signed for the owner", "Vermieter", "Le loueur"), staff(h, "owner")
    )
    sign_line(
        q,
        s,
        w / 2 + 10,
        y,
        190,
        tr(lg, "Signed by the hirer", "Mieter", "Le locataire (lu et approuvé)"),
        drv.name,
    )
    q.text(m, y + 26, f"{town()}, {short(d, lg)}", HAND, 10)
    pages.append(q)
    remember(d, drv)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "none", tr(lg, "{i}/{n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )


def tpl_car_wash(rng: random.Random, who: Issuer) -> list[Page]:
    """The car wash's account invoice: the washes and valets by date and registration, A5 or
    A4, typed or on a simple template. Comes in runs (weekly or fortnightly)."""
    h = head_of(who, "carwash")
    lg = h.lang
    r = keyed(who, "wash")
    size = r.choice([A5, A4])
    s = style_of(h, size, margin=32 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    step = r.choice([7, 14])
    if after(("car_wash",)) and isinstance(ex, date):
        d = ex + timedelta(days=step)
    else:
        d = month() + timedelta(days=rng.randint(step, 27))
    inv = serial(rng, r.choice(["999", "W-9999", "2025-0999"]))
    f = sheets(s, h)
    recipient(f, s, h, office_lines(), d, [(tr(lg, "Invoice", "Rechnung", "Facture"), inv)])
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 2)
    services = {
        "en": [
            ("Exterior hand wash", 8.0),
            ("Wash & hoover", 12.0),
            ("Full valet", 45.0),
            ("Interior shampoo", 35.0),
            ("Vomit clean-up", 60.0),
        ],
        "de": [
            ("Außenwäsche Programm 2", 9.5),
            ("Innen + Außen", 19.0),
            ("Innenreinigung komplett", 49.0),
            ("Polster-Shampoonierung", 39.0),
            ("Sonderreinigung (Verschmutzung)", 65.0),
        ],
        "fr": [
            ("Lavage extérieur", 9.0),
            ("Lavage + aspiration", 15.0),
            ("Nettoyage complet", 49.0),
            ("Shampoing sièges", 39.0),
            ("Nettoyage salissure", 60.0),
        ],
    }[lg]
    rows = []
    net = 0.0
    for _ in range(rng.randint(4, 18)):
        t, v = rng.choices(services, weights=[6, 5, 2, 1, 1])[0]
        net += v
        rows.append(
            [
                short(d - timedelta(days=rng.randint(0, step - 1)), lg),
                rng.choice(FLEET).reg,
                t,
                money(v, lg),
            ]
        )
    rows.sort(key=lambda x: (x[0][6:], x[0][3:5], x[0][:2]))
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (1.3, "left"), (3, "left"), (1, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Reg.", "Kennz.", "Immat."),
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s,
        size=s.size - 1,
        step=1.5,
    )
    vat = r.random() < 0.6
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg) if vat else 0.0,
        note=""
        if vat
        else tr(
            lg,
            "Not VAT registered.",
            "Kleinunternehmer gem. § 19 UStG.",
            "TVA non applicable, art. 293 B du CGI.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Cash, card or bank transfer. Thank you for your custom!",
            "Zahlbar sofort ohne Abzug.",
            "Paiement à réception.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        hand(pages[0], m, hh - m - 20, tr(home(), "pd cash", "bar bez.", "réglé"), 11)
    remember(d, d)
    return pages


def tpl_dispatch_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The dispatch system supplier's monthly subscription invoice: licences per vehicle,
    driver and passenger app, booking and SMS charges, payment processing; the usage report
    on a landscape page; now and then the service terms."""
    h = head_of(who, "dispatch", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    period = add_months(d, -1)
    inv = serial(rng, rng.choice(["INV-999999", "RG-2025-99999", "FA99999"]))
    cust = serial(keyed(who, "cust"), "C99999")
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), cust),
            (tr(lg, "Service period", "Leistungszeitraum", "Période"), month_name(period, lg)),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4)
    nveh = len(FLEET) + len(DRIVERS) // 3
    bookings = rng.randint(1800, 9400)
    app = int(bookings * rng.uniform(0.15, 0.45))
    sms = rng.choice([1000, 2000, 5000])
    lines = [
        (
            tr(
                lg,
                "Dispatch platform - vehicle licence",
                "Vermittlungssystem - Fahrzeuglizenz",
                "Plateforme dispatch - licence véhicule",
            ),
            nveh,
            14.5,
        ),
        (tr(lg, "Driver app (Android)", "Fahrer-App", "Application chauffeur"), len(DRIVERS), 4.0),
        (
            tr(lg, "Passenger app bookings", "Buchungen Fahrgast-App", "Réservations appli client"),
            app,
            0.12,
        ),
        (tr(lg, "SMS bundle", "SMS-Paket", "Pack SMS"), sms, 0.035),
        (
            tr(
                lg,
                "Web booker for account customers",
                "Firmenkunden-Webportal",
                "Portail réservation entreprises",
            ),
            1,
            49.0,
        ),
    ]
    if rng.random() < 0.3:
        lines.append(
            (
                tr(
                    lg,
                    "Onboarding / training (remote)",
                    "Einweisung (remote)",
                    "Formation à distance",
                ),
                2,
                65.0,
            )
        )
    rows = []
    net = 0.0
    for t, n, p_ in lines:
        v = round(n * p_, 2)
        net += v
        rows.append([t, str(n), money(p_, lg) if p_ >= 1 else f"{p_:.3f}", money(v, lg)])
    table(
        f,
        columns(m, w - m, [(5, "left"), (1, "right"), (1.1, "right"), (1.3, "right")]),
        [
            tr(lg, "Description", "Position", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    cross = lg != home()
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if cross else vat_rate(lg),
        note=tr(
            lg,
            "Reverse charge - customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation - article 283-2 du CGI.",
        )
        if cross
        else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            "Collected by direct debit on or after the 10th.",
            "Der Betrag wird per SEPA-Lastschrift eingezogen.",
            "Prélèvement SEPA à 10 jours.",
        ),
        s.size - 1,
    )
    pages = list(f.pages)
    # Usage report, landscape
    sl = paper(s, LAND, margin=40, pt=8)
    lw, lh = LAND

    def start(p: Page, n: int) -> float:
        p.text(
            40,
            40,
            tr(
                lg,
                f"Usage report - {month_name(period, lg)}",
                f"Nutzungsbericht - {month_name(period, lg)}",
                f"Rapport d'utilisation - {month_name(period, lg)}",
            ),
            s.bold,
            11,
        )
        p.text(lw - 40, 40, f"{h.name} - {cust}", s.font, 7.5, "right")
        return 66

    u = Sheets(LAND, lh - 50, start)
    rows2 = []
    for drv in DRIVERS:
        jobs = rng.randint(40, 320)
        rows2.append(
            [
                str(drv.call),
                drv.name,
                car_of(drv).reg,
                str(jobs),
                str(int(jobs * rng.uniform(0.1, 0.5))),
                str(int(jobs * rng.uniform(0.2, 0.6))),
                f"{rng.randint(60, 240)} h",
                f"{rng.uniform(0.5, 4.5):.1f}%",
            ]
        )
    table(
        u,
        columns(
            40,
            lw - 40,
            [
                (0.8, "left"),
                (2.5, "left"),
                (1.4, "left"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Call", "Wagen", "Ind."),
            tr(lg, "Driver", "Fahrer", "Chauffeur"),
            tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
            tr(lg, "Jobs", "Aufträge", "Courses"),
            tr(lg, "App", "App", "Appli"),
            tr(lg, "Account", "Rechnung", "Compte"),
            tr(lg, "Logged on", "Angemeldet", "Connecté"),
            tr(lg, "Rejected", "Abgelehnt", "Refus"),
        ],
        rows2,
        sl,
        rules=True,
    )
    pages += u.pages
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Service terms (extract)",
                    "Allgemeine Geschäftsbedingungen (Auszug)",
                    "Conditions générales de service (extrait)",
                ),
                RENT_TERMS["en" if lg == "en" else lg][:11],
                "money",
            )
        )
    received(rng, pages[0], d, 0.25)
    remember(d)
    return close(pages, s, h, numbers=h.numbers if h.numbers != "none" else "{i}/{n}")


# ---------------------------------------------------------------------------------------------
# Templates IIII: notices, lost property, passengers and patients
# ---------------------------------------------------------------------------------------------

CONTRAVENTIONS = {
    "en": [
        ("34J", "Being in a bus lane", 70.0),
        ("01", "Parked in a restricted street during prescribed hours", 70.0),
        ("47", "Stopped on a restricted bus stop or stand", 70.0),
        ("31J", "Entering and stopping in a box junction when prohibited", 70.0),
        ("45", "Stopped on a taxi rank (vehicle not a licensed hackney carriage)", 70.0),
    ],
    "de": [
        ("112402", "Sie parkten im absoluten Haltverbot (Zeichen 283).", 25.0),
        ("141312", "Sie hielten unzulässig auf einem Sonderfahrstreifen für Busse.", 55.0),
        ("112202", "Sie parkten im eingeschränkten Haltverbot (Zeichen 286).", 20.0),
        ("141322", "Sie parkten auf einem Gehweg.", 55.0),
    ],
    "fr": [
        ("FPS", "Stationnement sans paiement de la redevance - zone rouge", 35.0),
        ("FPS", "Dépassement de la durée de stationnement payée", 35.0),
        ("FPS", "Stationnement sans ticket - zone verte", 25.0),
    ],
}


def tpl_pcn(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's penalty charge notice to the company as registered keeper: a bus lane
    camera notice with still images, a parking notice (Verwarnung mit Anhörung, avis de
    paiement du forfait post-stationnement) with the back page on how to pay or challenge and
    a payment slip. Comes in runs."""
    h = local_head("parking")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = min(s.margin, 50)
    s = paper(s, A4, margin=m)
    car = rng.choice(FLEET)
    when = some_day(rng) - timedelta(days=rng.randint(3, 12))
    d = when + timedelta(days=rng.randint(4, 12))
    if after(("pcn",)) and isinstance(LAST["day"], date):
        d = LAST["day"]
    code, text, amount = rng.choice(CONTRAVENTIONS[lg])
    no = serial(rng, {"en": "LS99999999", "de": "99.999999.9", "fr": "99999999999999999"}[lg])
    p = Page(A4)
    y = heading(p, s, h)
    o = office_head()
    window(
        p,
        s,
        None,
        y,
        [tr(lg, "The Registered Keeper", "", ""), o.name, o.street, o.town]
        if lg == "en"
        else [o.name, o.street, o.town],
    )
    pairs(
        p,
        s,
        w * 0.55,
        y,
        [
            (tr(lg, "PCN number", "Aktenzeichen", "N° d'avis"), no),
            (tr(lg, "Date of notice", "Datum", "Date d'émission"), short(d, lg)),
            (tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"), car.reg),
        ],
        w - m,
        8.5,
    )
    y += 80
    title = tr(
        lg,
        "PENALTY CHARGE NOTICE",
        "VERWARNUNG MIT VERWARNUNGSGELDANGEBOT / ANHÖRUNG",
        "AVIS DE PAIEMENT - FORFAIT POST-STATIONNEMENT",
    )
    p.rect(m, y - 14, w - 2 * m, 22, fill=0.82)
    p.text(w / 2, y + 1, fit(title, s.bold, 12, w - 2 * m - 10), s.bold, 12, "center")
    p.rect(m, y - 14, w - 2 * m, 22)
    y += 22
    y = lines_plain(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Traffic Management Act 2004 / The Bus Lane Contraventions (Penalty Charges, "
            "Adjudication and Enforcement) (England) Regulations 2005. This notice is served on "
            "you as the registered keeper of the vehicle.",
            "Ihnen wird vorgeworfen, folgende Verkehrsordnungswidrigkeit begangen zu haben:",
            "Article L2333-87 du Code général des collectivités territoriales. Le forfait "
            "post-stationnement est dû par le titulaire du certificat d'immatriculation.",
        ),
        8.5,
    )
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (
                tr(lg, "Date and time", "Tatzeit", "Date et heure"),
                f"{short(when, lg)} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Location", "Tatort", "Lieu"), f"{rng.choice(ROADS[lg])}, {town()}"),
            (tr(lg, "Contravention code", "Tatbestandsnummer", "Code"), code),
            (
                tr(lg, "Make / colour", "Marke / Farbe", "Marque / couleur"),
                f"{car.make} / {car.colour}",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y = lines_plain(p, s, m, y, w - 2 * m, text, 9.5) + 6
    if lg == "en":
        for k in range(2):
            photo(p, m + k * ((w - 2 * m) / 2 + 5), y, (w - 2 * m) / 2 - 5, 120, rng)
            p.text(
                m + k * ((w - 2 * m) / 2 + 5) + 4,
                y + 114,
                f"CAM {rng.randint(10, 99)} {short(when, lg)}",
                "Courier",
                6.5,
            )
        y += 134
    p.rect(m, y, w - 2 * m, 44, fill=0.92)
    amt = tr(
        lg,
        f"The penalty charge is {cash(amount, lg)}. It will be reduced to "
        f"{cash(amount / 2, lg)} if paid within 21 days of the date of this notice.",
        f"Verwarnungsgeld: {cash(amount, lg)}. Bitte zahlen Sie innerhalb einer Woche.",
        f"Montant du forfait post-stationnement : {cash(amount, lg)}, à régler sous trois mois.",
    )
    lines_plain(p, s, m + 8, y + 14, w - 2 * m - 16, amt, 9)
    y += 56
    y = lines_plain(p, s, m, y, w - 2 * m, prose(rng, lg, "licence", 2, 3), 8)
    if lg != "fr" and y < hh - 170:
        yy = hh - m - 120
        slip_rule(
            p,
            m,
            w - m,
            yy,
            tr(lg, "Payment slip - return with your payment", "Überweisungsträger", ""),
        )
        fields(
            p,
            s,
            m,
            yy + 10,
            w - 2 * m,
            [
                (tr(lg, "PCN number", "Verwendungszweck (Aktenzeichen)"), no),
                (tr(lg, "Vehicle", "Kennzeichen"), car.reg),
                (tr(lg, "Amount", "Betrag"), cash(amount / 2 if lg == "en" else amount, lg)),
                (
                    tr(lg, "Pay online / by phone", "IBAN"),
                    "www.payments.gov.uk 0300 123 4567"
                    if lg == "en"
                    else f"DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} "
                    f"{rng.randint(1000, 9999)} 00",
                ),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = [p]
    if rng.random() < 0.75:
        q = Page(A4)
        yy = m
        for t, head in [
            (tr(lg, "How to pay", "Zahlung", "Comment payer"), "money"),
            (
                tr(
                    lg,
                    "How to challenge this notice",
                    "Anhörung - Ihre Stellungnahme",
                    "Recours administratif préalable obligatoire (RAPO)",
                ),
                "licence",
            ),
            (
                tr(
                    lg,
                    "What happens if you do nothing",
                    "Weiteres Verfahren",
                    "À défaut de paiement",
                ),
                "licence",
            ),
        ]:
            q.text(m, yy, t, s.bold, 10)
            yy += 14
            yy = lines_plain(q, s, m, yy, w - 2 * m, prose(rng, lg, head, 3, 5), 8.5) + 10
        if lg != "en":
            yy = band(
                q,
                s,
                yy,
                tr(lg, "", "Anhörungsbogen - Angaben zur Person / Fahrer", "Formulaire de RAPO"),
            )
            fields(
                q,
                s,
                m,
                yy + 4,
                w - 2 * m,
                [
                    (tr(lg, "", "Name des Fahrers", "Nom du requérant"), ""),
                    (tr(lg, "", "Anschrift", "Adresse"), ""),
                    (tr(lg, "", "Ich gebe den Verstoß zu", "Motif"), ""),
                    (tr(lg, "", "Unterschrift", "Signature"), ""),
                ],
                per=2,
                tall=28,
            )
        pages.append(q)
    remember(d, (no, car, when, code, amount))
    return close(pages, s, h, numbers="none")


def tpl_pcn_appeal(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's representation against a penalty charge notice: the grounds (a licensed
    vehicle picking up a passenger who needed help, a loading exemption), with the copy of the
    booking record from the dispatch system enclosed."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    ex = LAST["extra"]
    if after(("pcn",)) and isinstance(ex, tuple):
        no, car, when, _code, _amount = ex
        d = last_day(rng, ("pcn",), (2, 12))
    else:
        car = rng.choice(FLEET)
        no = serial(rng, {"en": "LS99999999", "de": "99.999999.9", "fr": "99999999999999"}[lg])
        when = some_day(rng) - timedelta(days=10)
        d = some_day(rng)
    ph = local_head("parking")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [ph.name.split(" - ")[0], *ph.name.split(" - ")[1:2], ph.street, ph.town],
        d,
        [(tr(lg, "PCN", "Az.", "Avis n°"), no)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Formal representation - PCN {no} - vehicle {car.reg}",
            f"Stellungnahme / Einspruch - Az. {no} - {car.reg}",
            f"Recours administratif préalable obligatoire - avis n° {no}",
        ),
        1,
    )
    write(f, s, dear_of(None, lg))
    drv = rng.choice(DRIVERS)
    write(
        f,
        s,
        tr(
            lg,
            f"We are the registered keeper of {car.reg}, a vehicle licensed by the Council. At the "
            f"time in question our driver ({drv.name}, badge {drv.badge}) was collecting a "
            "pre-booked passenger with limited mobility who needed assistance with luggage. The "
            "booking record is enclosed.",
            f"Das Fahrzeug {car.reg} ist als Taxi zugelassen. Zur Tatzeit hat unser Fahrer einen "
            "gehbehinderten Fahrgast aufgenommen (Ein- und Aussteigen ist auch im Haltverbot "
            "zulässig). Den Auftragsnachweis aus unserem Vermittlungssystem fügen wir bei.",
            f"Le véhicule {car.reg} est un taxi en service. À l'heure indiquée, notre chauffeur "
            "prenait en charge un client à mobilité réduite. Vous trouverez ci-joint l'extrait "
            "de notre système de réservation.",
        ),
    )
    write(f, s, prose(rng, lg, "taxi", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "We therefore ask that the notice be cancelled.",
            "Wir bitten um Einstellung des Verfahrens.",
            "Nous vous demandons en conséquence l'annulation de cet avis.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "owner"),
        tr(lg, "Operations Manager", "Geschäftsführung", "Gérant"),
        formal=True,
    )
    write(
        f,
        s,
        tr(lg, "Enc. booking record", "Anlage: Auftragsnachweis", "P.J. : extrait de réservation"),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    q = Page(A4)
    q.rect(30, 30, w - 60, 22, fill=0.85)
    q.text(
        36,
        45,
        f"{tr(lg, 'BOOKING DETAIL', 'AUFTRAGSDETAILS', 'DÉTAIL COURSE')}  "
        f"#{serial(rng, '9999999')}",
        "Courier-Bold",
        10,
    )
    q.text(
        w - 36,
        45,
        f"{tr(lg, 'printed', 'Druck', 'imprimé le')} {short(d, lg)} "
        f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
        "Courier",
        8,
        "right",
    )
    y = 80.0
    t0 = rng.randint(7, 21) * 60
    for lab, val in [
        (tr(lg, "Account", "Kunde", "Compte"), rng.choice(CUSTOMERS)[0]),
        (
            tr(lg, "Passenger", "Fahrgast", "Client"),
            f"{rng.choice(PASSENGER_FIRSTS[lg])} {rng.choice(PASSENGER_LASTS[lg])}",
        ),
        (tr(lg, "Pickup", "Abholung", "Départ"), f"{rng.choice(ROADS[lg])} {rng.randint(1, 90)}"),
        (tr(lg, "Destination", "Ziel", "Arrivée"), rng.choice(PLACES[lg])),
        (
            tr(lg, "Notes", "Hinweis", "Remarque"),
            tr(lg, "WCHAIR USER - ASSIST TO DOOR", "ROLLATOR - BIS ZUR TÜR", "PMR - AIDE BAGAGES"),
        ),
        (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), f"{car.reg} / {drv.call}"),
    ]:
        q.text(40, y, f"{lab:<12}", "Courier-Bold", 9)
        q.text(140, y, fit(val, "Courier", 9, w - 180), "Courier", 9)
        y += 14
    y += 10
    events = {
        "en": ["Booked", "Dispatched", "Accepted", "Arrived", "POB", "Cleared"],
        "de": ["Bestellt", "Vermittelt", "Angenommen", "Vor Ort", "Besetzt", "Frei"],
        "fr": ["Réservée", "Envoyée", "Acceptée", "Sur place", "À bord", "Terminée"],
    }[lg]
    for k, ev in enumerate(events):
        t = t0 + [0, 2, 2, 9, 14, 31][k]
        q.text(
            40,
            y,
            f"{short(when, lg)} {t // 60 % 24:02d}:{t % 60:02d}:{rng.randint(0, 59):02d}"
            f"  {ev:<11} {'' if k == 0 else 'GPS ' + str(rng.randint(100, 999))}",
            "Courier",
            8.5,
        )
        y += 12
    copier_edge(q, rng)
    pages.append(q)
    remember(d)
    return pages


LOST_ITEMS = {
    "en": [
        "black iPhone in blue case",
        "brown leather wallet",
        "child's car seat",
        "umbrella (golf)",
        "set of keys with Tesco fob",
        "laptop bag (Dell)",
        "walking stick",
        "hearing aid in case",
        "carrier bag with shopping",
        "passport (Polish)",
    ],
    "de": [
        "Smartphone Samsung, schwarz",
        "Geldbörse braun (Leder)",
        "Regenschirm",
        "Schlüsselbund mit Anhänger",
        "Rucksack grau",
        "Brille im Etui",
        "Kinderjacke rot",
        "Laptop-Tasche",
        "Gehstock",
        "Einkaufstüte",
    ],
    "fr": [
        "téléphone iPhone noir",
        "portefeuille en cuir",
        "parapluie",
        "trousseau de clés",
        "sac à dos gris",
        "lunettes dans un étui",
        "doudou",
        "sacoche d'ordinateur",
        "canne",
        "sac de courses",
    ],
}


def tpl_lost_property(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's lost property report on an A5 form: the item found in a vehicle, the
    driver and time handed in, the owner's details and the signature on return, in hand.
    Comes in runs."""
    h = office_head()
    lg = h.lang
    size = keyed(who, "lp").choice([A5, A5, A4])
    s = style_of(h, size, margin=30 if size == A5 else 50, pt=8)
    w, _ = size
    m = s.margin
    drv = pick_driver(rng)
    d = last_day(rng, ("lost_property",), (0, 4))
    p = Page(size)
    y = heading(p, s, h)
    y = form_title(
        p,
        s,
        y,
        tr(lg, "LOST PROPERTY REPORT", "FUNDSACHE - FUNDANZEIGE", "OBJET TROUVÉ - FICHE DE DÉPÔT"),
        "",
        f"No. {rng.randint(100, 999)}",
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date found", "Funddatum", "Date"), short(d, lg)),
            (
                tr(lg, "Time", "Uhrzeit", "Heure"),
                f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "Driver / call sign", "Fahrer / Wagen", "Chauffeur / ind."),
                f"{drv.first} {drv.last[0]}. / {drv.call}",
            ),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), car_of(drv).reg),
            (
                tr(lg, "Job no. (if known)", "Auftrag", "N° course"),
                serial(rng, "999999") if rng.random() < 0.6 else "",
            ),
            (
                tr(lg, "Where in vehicle", "Fundort im Fahrzeug", "Emplacement"),
                rng.choice(
                    [
                        tr(lg, "rear seat", "Rücksitz", "banquette AR"),
                        tr(lg, "boot", "Kofferraum", "coffre"),
                        tr(lg, "footwell", "Fußraum", "plancher"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    p.text(m, y, tr(lg, "Description of item:", "Beschreibung:", "Description :"), s.font, 8)
    y = lines_in_hand(p, m, y + 16, w - 2 * m, rng.choice(LOST_ITEMS[lg]), 2)
    p.text(m, y, tr(lg, "Stored:", "Aufbewahrung:", "Stockage :"), s.font, 8)
    y = ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        [
            tr(lg, "office safe", "Tresor", "coffre"),
            tr(lg, "shelf", "Regal", "étagère"),
            tr(lg, "police", "Fundbüro", "commissariat"),
        ],
        {rng.randrange(3)},
        8,
    )
    y = band(
        p,
        s,
        y + 6,
        tr(lg, "Returned to owner", "Rückgabe an Verlierer", "Restitution au propriétaire"),
    )
    returned = rng.random() < 0.55
    owner = f"{rng.choice(PASSENGER_FIRSTS[lg])} {rng.choice(PASSENGER_LASTS[lg])}"
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), owner if returned else ""),
            (
                tr(lg, "ID seen", "Ausweis", "Pièce d'identité"),
                rng.choice(["DL", "PA", "CNI"]) if returned else "",
            ),
            (
                tr(lg, "Date", "Datum", "Date"),
                short(d + timedelta(days=rng.randint(0, 3)), lg) if returned else "",
            ),
            (
                tr(lg, "Delivery fee paid", "Gebühr", "Frais"),
                cash(rng.choice([0, 10, 15]), lg) if returned else "",
            ),
        ],
        per=2,
        tall=24,
    )
    y += 18
    sign_line(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2 - 10,
        tr(lg, "Owner's signature", "Unterschrift Empfänger", "Signature"),
        owner if returned else "",
    )
    sign_line(
        p,
        s,
        m + (w - 2 * m) / 2 + 10,
        y,
        (w - 2 * m) / 2 - 10,
        tr(lg, "Office", "Büro", "Bureau"),
        staff(h, "disp") if returned else "",
    )
    remember(d)
    return [p]


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A passenger's complaint: a typed letter, a handwritten note on A5 or a printed e-mail;
    now and then from a visitor abroad in their own language."""
    r = keyed(who, "pax")
    lg = home() if r.random() < 0.85 else r.choice([x for x in ("en", "de", "fr") if x != home()])
    first, last = r.choice(PASSENGER_FIRSTS[lg]), r.choice(PASSENGER_LASTS[lg])
    name = f"{first} {last}"
    addr = (
        f"{r.randint(1, 90)} {r.choice(ROADS[lg])}"
        if lg != "de"
        else f"{r.choice(ROADS[lg])} {r.randint(1, 90)}"
    )
    where = TOWNS[lg][r.randrange(3)] if lg == home() else ABROAD_TOWNS[lg][r.randrange(4)]
    d = some_day(rng)
    when = d - timedelta(days=rng.randint(1, 9))
    drv = pick_driver(rng)
    gripe = rng.choice(
        {
            "en": [
                "The taxi I booked for 6.15 to the station never arrived and I missed my train.",
                "The driver took a very long route and charged me far more than the quote.",
                "The driver was on his phone the whole journey and drove too fast.",
                "The car smelled of smoke and the driver refused to help with my wheelchair.",
                "I was charged twice on my card for the same journey.",
            ],
            "de": [
                "Das für 6:15 Uhr bestellte Taxi zum Bahnhof kam nicht, ich habe meinen Zug "
                "verpasst.",
                "Der Fahrer ist einen großen Umweg gefahren, der Fahrpreis war viel zu hoch.",
                "Der Fahrer telefonierte während der gesamten Fahrt.",
                "Der Fahrer hat sich geweigert, meinen Rollstuhl einzuladen.",
                "Meine Karte wurde für dieselbe Fahrt zweimal belastet.",
            ],
            "fr": [
                "Le taxi réservé pour 6h15 n'est jamais venu et j'ai raté mon train.",
                "Le chauffeur a fait un détour important et le prix était excessif.",
                "Le chauffeur téléphonait pendant tout le trajet.",
                "Le chauffeur a refusé de m'aider avec mon fauteuil roulant.",
                "Ma carte a été débitée deux fois pour la même course.",
            ],
        }[lg]
    )
    form = rng.choice(["letter", "note", "mail"])
    o = office_head()
    if form == "note":
        p = Page(A5)
        w, hh = A5
        y = 40.0
        hand(p, w - 150, y, f"{where.split()[-1]}, {short(d, lg)}", 9.5)
        y += 30
        opener = tr(
            lg, "To whom it may concern,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"
        )
        on = tr(lg, "It was on", "Es war am", "C'était le")
        car_w = tr(lg, "car", "Wagen", "voiture")
        expect = tr(
            lg,
            "I expect a refund and an apology.",
            "Ich erwarte eine Erstattung.",
            "J'attends un remboursement.",
        )
        text = f"{opener} {gripe} {on} {short(when, lg)}, {car_w} {drv.call}. {expect}"
        for ln in wrap(text, HAND, 10, w - 70):
            hand(p, 34, y, ln, 10)
            y += 19
        scrawl(p, 40, y + 28, name, 13)
        hand(p, 40, y + 46, f"{name}, {addr}", 8.5, w - 80)
        pages = [p]
    else:
        hd = make_head((name, addr, where, ""), lg, "person")
        s = style_of(hd, LETTER if lg == "en" and rng.random() < 0.2 else A4)
        w, hh = s.page_size
        m = s.margin
        if form == "mail":
            f = Sheets(s.page_size, hh - m, lambda p_, n: m)
            f.page.text(m, m - 20, f"{name}", "Helvetica-Bold", 9)
            f.page.line(m, m - 14, w - m, m - 14)
            f.y = (
                pairs(
                    f.page,
                    s,
                    m,
                    m,
                    [
                        (
                            tr(lg, "From:", "Von:", "De :"),
                            f"{first.lower()}.{last.lower()}@"
                            + rng.choice(["gmail.com", "outlook.com", "web.de", "orange.fr"]),
                        ),
                        (
                            tr(lg, "Sent:", "Gesendet:", "Envoyé :"),
                            f"{day(hd, d)} {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}",
                        ),
                        (
                            tr(lg, "To:", "An:", "À :"),
                            o.mail or f"info@{o.name.split()[0].lower()}.com",
                        ),
                        (
                            tr(lg, "Subject:", "Betreff:", "Objet :"),
                            tr(lg, "Complaint", "Beschwerde", "Réclamation")
                            + f" {short(when, lg)}",
                        ),
                    ],
                    w * 0.75,
                    8.5,
                )
                + 14
            )
        else:
            f = sheets(s, hd)
            recipient(f, s, hd, office_lines(), d, [])
            caption(f, s, tr(lg, "Complaint", "Beschwerde", "Réclamation"), 1)
        write(f, s, dear_of(None, lg))
        write(f, s, f"{gripe} {prose(rng, lg, 'complaint', 1, 3)}")
        write(
            f,
            s,
            tr(
                lg,
                f"The journey was on {short(when, lg)} (car {drv.call}).",
                f"Die Fahrt war am {short(when, lg)} (Wagen {drv.call}).",
                f"La course a eu lieu le {short(when, lg)} (voiture {drv.call}).",
            ),
        )
        write(f, s, prose(rng, lg, "complaint", 1, 2))
        f.y += 6
        f.page.text(
            m,
            f.y,
            tr(lg, "Yours faithfully,", "Mit freundlichen Grüßen", "Cordialement,"),
            s.font,
            s.size,
        )
        f.y += 26
        if form == "letter":
            scrawl(f.page, m, f.y, name)
            f.y += 12
        f.page.text(m, f.y, name, s.font, s.size)
        pages = f.pages
        if form == "mail":
            for k, pg in enumerate(pages, 1):
                pg.text(w - m, hh - 24, f"{k}/{len(pages)}", "Helvetica", 7, "right")
                pg.text(m, hh - 24, "https://mail.google.com/mail/u/0/#inbox", "Helvetica", 7)
    received(rng, pages[0], d, 0.45)
    remember(d, (name, addr, where, lg, when, drv))
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's reply to a passenger's complaint: the investigation, the apology or
    the explanation, a refund or a goodwill voucher."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    ex = LAST["extra"]
    if after(("complaint",)) and isinstance(ex, tuple):
        name, addr, where, _plg, when, drv = ex
        d = last_day(rng, ("complaint",), (2, 10))
    else:
        name = f"{rng.choice(PASSENGER_FIRSTS[lg])} {rng.choice(PASSENGER_LASTS[lg])}"
        addr = f"{rng.randint(1, 90)} {rng.choice(ROADS[lg])}"
        where = rng.choice(ABROAD_TOWNS[lg])
        when = some_day(rng)
        drv = pick_driver(rng)
        d = when + timedelta(days=rng.randint(5, 15))
    f = sheets(s, h)
    ref = serial(rng, "CMP-9999")
    recipient(
        f, s, h, [mx(name, lg), addr, where], d, [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), ref)]
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Your journey on {short(when, lg)}",
            f"Ihre Fahrt am {short(when, lg)}",
            f"Votre course du {short(when, lg)}",
        ),
        1,
    )
    write(f, s, dear_of(name, lg))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for taking the time to contact us. We have looked into what "
            "happened, including the booking record and the vehicle's tracking data.",
            "vielen Dank für Ihre Nachricht. Wir haben den Vorgang anhand der "
            "Auftragsdaten und der GPS-Aufzeichnung geprüft.",
            "Nous vous remercions de votre message. Nous avons examiné votre réclamation "
            "à partir des données de réservation et de géolocalisation.",
        ),
    )
    write(f, s, prose(rng, lg, "complaint", 2, 4))
    outcome = rng.random()
    if outcome < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                f"We have refunded {cash(rng.choice([12.4, 18.0, 26.5, 34.0]), lg)} "
                "to your card, which should appear within five working days.",
                "Den zu viel gezahlten Betrag haben wir Ihrer Karte gutgeschrieben.",
                "Nous avons procédé au remboursement sur votre carte bancaire.",
            ),
        )
    elif outcome < 0.8:
        write(
            f,
            s,
            tr(
                lg,
                "Please accept the enclosed voucher for your next journey with us.",
                "Als kleine Entschädigung legen wir einen Fahrtgutschein bei.",
                "Nous vous prions de trouver ci-joint un bon pour une prochaine course.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            f"The driver concerned (call sign {drv.call}) has been spoken to.",
            f"Mit dem Fahrer (Wagen {drv.call}) wurde ein Gespräch geführt.",
            f"Le chauffeur concerné (voiture {drv.call}) a été reçu.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "owner"),
        tr(lg, "Customer Services", "Geschäftsführung", "Service clients"),
    )
    remember(d)
    return close(f.pages, s, h, numbers="none")


def tpl_patient_transport(rng: random.Random, who: Issuer) -> list[Page]:
    """A patient transport order on A5: the hospital's taxi booking form and purchase order,
    a doctor's Verordnung einer Krankenbeförderung (Muster 4) or prescription médicale de
    transport, with the tick boxes, the journeys and the stamp. Comes in runs."""
    h = make_head(
        keyed(who, "pt").choice(SENDERS["hospital"][home()])
        if home() != "en"
        else SENDERS["hospital"]["en"][town_idx()],
        home(),
        "hospital",
    )
    lg = h.lang
    s = style_of(h, A5, margin=26, pt=7.5)
    w, hh = A5
    m = s.margin
    d = last_day(rng, ("patient_transport",), (0, 3))
    pat = f"{rng.choice(PASSENGER_LASTS[lg])}, {rng.choice(PASSENGER_FIRSTS[lg])}"
    p = Page(A5)
    if lg == "de":
        p.rect(m, m - 10, w - 2 * m, 16, fill=0.8)
        p.text(m + 4, m + 2, "Verordnung einer Krankenbeförderung", "Helvetica-Bold", 10)
        p.text(w - m - 4, m + 2, "Muster 4 (4.2020)", "Helvetica", 6.5, "right")
        y = m + 16
        y = fields(
            p,
            s,
            m,
            y,
            w * 0.62 - m,
            [
                (
                    "Krankenkasse bzw. Kostenträger",
                    rng.choice(["AOK NordWest", "TK", "BARMER", "DAK-Gesundheit", "IKK classic"]),
                ),
                ("Name, Vorname des Versicherten", pat),
                ("Kostenträgerkennung / Versicherten-Nr.", serial(rng, "A999999999")),
                ("Betriebsstätten-Nr. / Arzt-Nr.", serial(rng, "999999999")),
            ],
            per=1,
            tall=22,
            hand=False,
        )
        ticks(
            p,
            s,
            w * 0.62 + 4,
            m + 30,
            w * 0.38 - m - 4,
            ["Zuzahlungsfrei", "Zuzahlungspfl.", "Unfall", "Arbeitsunfall"],
            {1},
            7,
        )
        yy = y
        p.text(m, yy, "1. Grund der Beförderung", "Helvetica-Bold", 7.5)
        yy = ticks(
            p,
            s,
            m,
            yy + 11,
            w - 2 * m,
            [
                "a) voll-/teilstationär",
                "b) vor-/nachstationär",
                "c) ambulante Behandlung (Genehmigung erforderlich)",
                "d) Dialyse / onkol. Chemo- / Strahlentherapie",
                "Merkzeichen aG, Bl, H / Pflegegrad 3-5",
            ],
            {rng.choice([2, 3, 4])},
            7,
        )
        p.text(m, yy + 4, "2. Behandlungstag / Frequenz", "Helvetica-Bold", 7.5)
        hand(p, m + 120, yy + 4, f"{short(d, lg)}  {rng.choice(['3x/Woche', '1x', '5x/Woche'])}", 9)
        p.text(m, yy + 20, "Behandlungsstätte", "Helvetica", 7)
        hand(p, m + 80, yy + 20, rng.choice(CLINICS[lg]), 9)
        p.text(m, yy + 38, "3. Art und Ausstattung der Beförderung", "Helvetica-Bold", 7.5)
        ticks(
            p,
            s,
            m,
            yy + 50,
            w - 2 * m,
            [
                "Taxi/Mietwagen",
                "Rollstuhl",
                "Tragestuhl",
                "liegend",
                "KTW",
                "RTW",
                "Hinfahrt",
                "Rückfahrt",
            ],
            {0, 6, 7} | ({1} if rng.random() < 0.3 else set()),
            7,
        )
        seal_y = hh - m - 60
    elif lg == "fr":
        p.text(m, m, "PRESCRIPTION MÉDICALE DE TRANSPORT", "Helvetica-Bold", 10)
        p.text(w - m, m - 10, "cerfa n° 11574*05", "Helvetica", 6.5, "right")
        p.text(m, m + 10, "Art. R322-10 du code de la sécurité sociale", "Helvetica", 6.5)
        y = fields(
            p,
            s,
            m,
            m + 20,
            w - 2 * m,
            [
                ("Nom et prénom du patient", pat),
                ("N° d'immatriculation", serial(rng, "9 99 99 99 999 999 99")),
                (
                    "Organisme",
                    rng.choice(
                        [
                            "CPAM d'Ille-et-Vilaine",
                            "CPAM de la Haute-Garonne",
                            "CPAM de Lille-Douai",
                            "MSA",
                        ]
                    ),
                ),
                ("Date", short(d, lg)),
            ],
            per=2,
            tall=22,
            hand=False,
        )
        p.text(m, y, "Le transport est en rapport avec :", "Helvetica-Bold", 7.5)
        y = ticks(
            p,
            s,
            m,
            y + 11,
            w - 2 * m,
            ["une hospitalisation", "une ALD", "un accident du travail", "un traitement en série"],
            {rng.randrange(4)},
            7,
        )
        p.text(m, y + 4, "Mode de transport :", "Helvetica-Bold", 7.5)
        y = ticks(
            p,
            s,
            m,
            y + 15,
            w - 2 * m,
            ["ambulance", "VSL", "taxi conventionné", "transport en commun"],
            {2},
            7,
        )
        ticks(p, s, m, y + 4, w - 2 * m, ["aller", "retour", "aller-retour"], {2}, 7)
        p.text(m, y + 24, "Lieu de départ / d'arrivée :", "Helvetica", 7)
        hand(p, m + 110, y + 24, f"domicile > {rng.choice(CLINICS[lg])}", 9)
        seal_y = hh - m - 60
    else:
        y = heading(p, s, h)
        y = form_title(
            p,
            s,
            y,
            "TAXI BOOKING FORM / PURCHASE ORDER",
            "Non-emergency patient transport - approved contractors only",
            f"PO {serial(rng, '4509999999')}",
        )
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Patient", pat),
                ("NHS no.", serial(rng, "999 999 9999")),
                ("Pick-up date", short(d, lg)),
                ("Time", f"{rng.randint(6, 18):02d}:{rng.choice([0, 15, 30, 45]):02d}"),
                ("From", f"{rng.randint(1, 99)} {rng.choice(ROADS[lg])}"),
                ("To", rng.choice(["Ward J14", "Bexley Wing", "Renal Unit", "Outpatients B"])),
            ],
            per=2,
            tall=22,
        )
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            ["Single", "Return", "Wheelchair", "Escort", "Oxygen"],
            {1} | ({2} if rng.random() < 0.3 else set()),
            7,
        )
        y += 20
        p.text(m, y, f"Cost centre {serial(rng, '99999')}   Authorised by:", s.font, 7.5)
        seal_y = hh - m - 60
    scrawl(p, w - m - 120, seal_y + 30, staff(h, "dr"), 12)
    stamp(p, m, seal_y - 4, [fit(h.name.split(" - ")[0], "Helvetica", 6.2, 170), h.street])
    p.text(
        w - m - 120,
        seal_y + 40,
        tr(lg, "Authorising signature", "Unterschrift Arzt", "Signature du prescripteur"),
        "Helvetica",
        6.5,
    )
    remember(d)
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion or a run can take up what it was about."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "operator_licence": tpl_operator_licence,
    "vehicle_licence": tpl_vehicle_licence,
    "compliance_test": tpl_compliance_test,
    "driver_renewal": tpl_driver_renewal,
    "medical": tpl_medical,
    "incident_report": tpl_incident_report,
    "insurance_claim": tpl_insurance_claim,
    "school_contract": tpl_school_contract,
    "route_invoice": tpl_route_invoice,
    "account_invoice": tpl_account_invoice,
    "account_statement": tpl_account_statement,
    "settlement": tpl_settlement,
    "rent_agreement": tpl_rent_agreement,
    "car_wash": tpl_car_wash,
    "dispatch_invoice": tpl_dispatch_invoice,
    "pcn": tpl_pcn,
    "pcn_appeal": tpl_pcn_appeal,
    "lost_property": tpl_lost_property,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "patient_transport": tpl_patient_transport,
}
TEMPLATES_IIII: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "vehicle_licence",
    "compliance_test",
    "route_invoice",
    "account_invoice",
    "settlement",
    "car_wash",
    "pcn",
    "lost_property",
    "patient_transport",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "incident_report": "insurance_claim",
    "driver_renewal": "medical",
    "complaint": "complaint_reply",
    "school_contract": "route_invoice",
    "account_invoice": "account_statement",
    "pcn": "pcn_appeal",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_spatula_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One company's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.5) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The company
    (country, town, month, fleet, drivers, routes, account customers) is drawn once per
    stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(COMPANIES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    FLEET[:] = [a_car(r, lang, k) for k in range(r.randint(6, 14))]
    DRIVERS[:] = []
    calls = r.sample(range(1, 99), r.randint(12, 22))
    for c in sorted(calls):
        DRIVERS.append(a_driver(r, lang, c))
    ROUTES[:] = [a_route(r, lang) for _ in range(r.randint(2, 6))]
    CUSTOMERS[:] = r.sample(ACCOUNTS[lang], r.randint(3, len(ACCOUNTS[lang])))
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_IIII, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_spatula_stream, "templates IIII")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

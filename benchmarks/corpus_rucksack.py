"""Rucksack part of the generated corpus: templates R, written blind for the next measurement.

A part of its own, ``rucksack``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the year-end pile of one
household with a self-employed member, handed to a tax adviser (Steuerberater, expert-comptable,
accountant) and fed through a scanner in one go: till receipts on narrow paper strips and card
terminal slips, craftsman's invoices with the labour / material split (and sometimes the time
sheet), annual utility statements with meter readings, tariff tables and the new instalment
plan, bank tax certificates (Jahressteuerbescheinigung, French IFU, an English certificate of
interest) with the detailed income list, donation receipts (Zuwendungsbestaetigung, recu fiscal,
Gift Aid statement), childcare fee confirmations, health insurance contribution certificates,
state pension statements (Renteninformation, releve de situation individuelle, pension
forecast), private pension certificates, a property manager's service-charge statement for a
let flat, extracts from a rental agreement (a few pages copied, keeping their own page numbers),
property tax notices, the previous year's tax assessment (Steuerbescheid, avis d'imposition,
tax calculation) over several pages with its tables and explanations, payment reminders, the
adviser's engagement letter and the client checklist (a questionnaire over pages, ticked and
filled by hand), mileage logs on landscape A4 filled by hand, hotel bills and train tickets, the
client's own numbered sales invoices, professional association fee notices, doctors' private
bills and car insurance statements. Each stream is one household's pile: most senders write in
the household's language (English, German or French), some in another; page sizes range from
58 mm and 80 mm receipt strips, ticket cards and A6 through A5 to A4, Letter and landscape A4.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: till receipts, card slips, donation
receipts, train tickets, the client's sales invoices, doctors' bills and payment reminders often
come 2-4 in a row from one sender, and companions: the engagement letter is often followed by
the checklist, the tax assessment by a payment reminder, the rental agreement extract by the
service-charge statement, the card slip by a till receipt, a hotel bill by a train ticket, the
bank tax certificate by the private pension certificate. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with
``"split": "rucksack"`` and seeds offset by 1_700_000.

Usage: ``python benchmarks/corpus_rucksack.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/rucksack/rucksack_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass, replace
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
    cell,
    columns,
    date_text,
    fit,
    foot_and_number,
    money,
    pairs,
    paper,
    part_generate,
    part_main,
    running_header,
    shrink,
    table,
    tr,
    wrap,
)
from corpus_kit import address as window
from corpus_kit import currency as ccy

PART = "rucksack"
SEED_OFFSET = 1_700_000

MM = 72 / 25.4

# ---------------------------------------------------------------------------------------------
# The household whose pile a stream is
# ---------------------------------------------------------------------------------------------

FAMILIES = {
    "de": [
        ("Katrin", "Jonas", "Brandes", "Lindenallee", "30159 Hannover"),
        ("Sabine", "Murat", "Oezdemir-Kraus", "Am Wall", "28195 Bremen"),
        ("Ulrike", "Thorsten", "Niehaus", "Vogelsang", "44135 Dortmund"),
        ("Miriam", "Felix", "Hoffmann", "Kastanienweg", "79098 Freiburg"),
    ],
    "fr": [
        ("Claire", "Mathieu", "Rousset", "rue des Tanneurs", "67000 Strasbourg"),
        ("Nadia", "Olivier", "Benali", "avenue Jean Jaures", "69007 Lyon"),
        ("Helene", "Julien", "Marchand", "chemin des Vignes", "33400 Talence"),
    ],
    "en": [
        ("Rachel", "Owen", "Pritchard", "Chestnut Grove", "Cardiff CF14 3LX"),
        ("Priya", "Daniel", "Hargreaves", "Moor Lane", "Lancaster LA1 3NN"),
        ("Fiona", "Callum", "Baird", "Victoria Road", "Exeter EX4 6JJ"),
    ],
}
TRADES = {
    "de": [
        "Grafikdesign",
        "Uebersetzungen",
        "IT-Beratung",
        "Physiotherapie",
        "Fotografie",
        "Architekturbuero",
    ],
    "fr": ["Traduction", "Conseil informatique", "Photographie", "Graphisme", "Coaching"],
    "en": ["Design Studio", "Translations", "IT Consulting", "Photography", "Bookkeeping"],
}
KIDS = ["Lena", "Noah", "Emma", "Louis", "Mia", "Theo", "Chloe", "Ben", "Ava", "Jules"]


@dataclass
class Pile:
    """The client household: one per stream."""

    lang: str
    first: str
    partner: str
    surname: str
    street: str
    town: str
    trade: str
    taxno: str
    child: str
    year: int
    plate: str


def a_pile(r: random.Random) -> Pile:
    lang = r.choice(["de", "de", "fr", "en"])
    first, partner, surname, road, town = r.choice(FAMILIES[lang])
    no = r.randint(2, 88)
    street = f"{road} {no}" if lang == "de" else f"{no} {road}"
    taxno = {
        "de": f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}",
        "fr": f"{r.randint(10, 39)} {r.randint(10, 99)} {r.randint(100, 999)} "
        f"{r.randint(100, 999)} {r.randint(100, 999)}",
        "en": f"{r.randint(10000, 99999)} {r.randint(10000, 99999)}",
    }[lang]
    plate = {
        "de": f"{r.choice(['H', 'HB', 'DO', 'FR'])}-{r.choice('ABKLMRS')}"
        f"{r.choice('ABEKNT')} {r.randint(100, 9999)}",
        "fr": f"{r.choice('ABCDEFGH')}{r.choice('KLMNPR')}-{r.randint(100, 999)}-"
        f"{r.choice('ABCDEF')}{r.choice('GHJKLM')}",
        "en": f"{r.choice(['CF', 'LA', 'WK'])}{r.randint(15, 73)} {r.choice('ABCDEFGH')}"
        f"{r.choice('JKLMNP')}{r.choice('RSTUVWXY')}",
    }[lang]
    return Pile(
        lang,
        first,
        partner,
        surname,
        street,
        town,
        r.choice(TRADES[lang]),
        taxno,
        r.choice(KIDS),
        r.choice([2023, 2024, 2024, 2025]),
        plate,
    )


#: The household of the stream being assembled (set by ``make_rucksack_stream``).
HOUSE: list[Pile] = [a_pile(random.Random(0))]
#: How many invoices the household's business has issued so far in the stream (numbers and
#: dates of a run go up).
ISSUED: dict[str, int] = {}


def home() -> Pile:
    return HOUSE[0]


def client_lines(main: bool = True, both: bool = False) -> list[str]:
    c = home()
    who = c.first if main else c.partner
    name = (
        f"{c.first} {tr(c.lang, 'and', 'und', 'et')} {c.partner} {c.surname}"
        if both
        else f"{who} {c.surname}"
    )
    return [name, c.street, c.town]


def business() -> str:
    c = home()
    return f"{c.trade} {c.surname}" if c.lang != "fr" else f"{c.trade} - {c.first} {c.surname}"


# ---------------------------------------------------------------------------------------------
# Senders
# ---------------------------------------------------------------------------------------------

# name, street, town, telephone
Row = tuple[str, str, str, str]
SENDERS: dict[str, dict[str, list[Row]]] = {
    "shop": {
        "de": [
            ("REWE Markt Lindner oHG", "Podbielskistr. 120", "30177 Hannover", "0511 690 42 10"),
            ("dm-drogerie markt", "Georgstr. 8", "30159 Hannover", ""),
            ("OBI Markt Dortmund-Hombruch", "Harkortstr. 61", "44225 Dortmund", ""),
            ("Buerobedarf Kessler", "Ostertorsteinweg 31", "28203 Bremen", "0421 70 44 12"),
            ("ARAL Tankstelle Stadtring", "Stadtring 4", "79098 Freiburg", ""),
        ],
        "fr": [
            ("Carrefour Market", "12 rue du Faubourg", "67000 Strasbourg", "03 88 22 41 00"),
            ("Monoprix Lyon Jean Mace", "4 place Jean Mace", "69007 Lyon", ""),
            ("Bureau Vallee", "ZA Pessac Bersol", "33600 Pessac", "05 56 36 10 10"),
            ("Station TotalEnergies Rocade", "Avenue de la Liberation", "33400 Talence", ""),
        ],
        "en": [
            ("Tesco Stores Ltd", "Western Avenue", "Cardiff CF5 4AQ", "0345 677 9161"),
            ("Ryman Stationery", "12 Penny Street", "Lancaster LA1 1XT", ""),
            ("Screwfix Exeter", "Marsh Barton Road", "Exeter EX2 8NB", "03330 112 112"),
            ("Shell Moor Lane", "Moor Lane", "Lancaster LA1 1QD", ""),
        ],
    },
    "craft": {
        "de": [
            ("Elektro Albers GmbH", "Gewerbering 9", "30855 Langenhagen", "0511 77 61 30"),
            ("Malerbetrieb Jens Koerner", "Buntentorsteinweg 202", "28201 Bremen", "0421 55 19"),
            ("Sanitaer Heizung Wilke", "Huckarder Str. 14", "44147 Dortmund", "0231 81 05 66"),
            ("Schreinerei Faller", "Im Grun 3", "79194 Gundelfingen", "0761 58 20 11"),
        ],
        "fr": [
            (
                "Plomberie Schaeffer SARL",
                "8 rue de la Ganzau",
                "67100 Strasbourg",
                "03 88 79 12 44",
            ),
            ("Electricite Gomes et Fils", "27 rue Pasteur", "69007 Lyon", "04 78 72 30 30"),
            ("Menuiserie Lacoste", "Zone artisanale du Bourgailh", "33600 Pessac", ""),
        ],
        "en": [
            ("Cadwallader Plumbing & Heating", "Unit 4, Penarth Road", "Cardiff CF11 8TT", ""),
            ("Bay Electrical Services Ltd", "2 Caton Road", "Lancaster LA1 3PE", "01524 63 210"),
            ("J. Squires Joinery", "Old Quarry Yard", "Exeter EX4 2AA", "01392 451 907"),
        ],
    },
    "utility": {
        "de": [
            ("enercity AG", "Glockseestrasse 33", "30169 Hannover", "0511 430 0"),
            ("swb Vertrieb Bremen GmbH", "Theodor-Heuss-Allee 20", "28215 Bremen", "0421 359 0"),
            ("DEW21 Dortmunder Energie", "Guenter-Samtlebe-Platz 1", "44135 Dortmund", ""),
            ("badenova AG & Co. KG", "Tullastrasse 61", "79108 Freiburg", "0800 279 10 10"),
        ],
        "fr": [
            (
                "Electricite de Strasbourg",
                "26 boulevard du President Wilson",
                "67000 Strasbourg",
                "",
            ),
            ("EDF Service Clients", "TSA 20012", "41975 Blois Cedex 9", "09 69 32 15 15"),
            ("Eau du Grand Lyon", "TSA 50019", "69911 Lyon Cedex 20", "09 69 39 69 99"),
        ],
        "en": [
            ("Octopus Energy Ltd", "UK House, 164-182 Oxford St", "London W1D 1NN", "0808 164"),
            ("Dwr Cymru Welsh Water", "Linea, Fortran Road", "Cardiff CF3 0LT", "0800 052 0145"),
            ("South West Water", "Peninsula House", "Exeter EX2 7HR", "0344 346 2020"),
        ],
    },
    "bank": {
        "de": [
            ("Sparkasse Hannover", "Raschplatz 4", "30161 Hannover", "0511 3000 0"),
            ("Die Sparkasse Bremen AG", "Am Brill 1-3", "28195 Bremen", ""),
            ("comdirect - eine Marke der Commerzbank AG", "Pascalkehre 15", "25451 Quickborn", ""),
            ("Volksbank Freiburg eG", "Bismarckallee 10", "79098 Freiburg", "0761 2182 0"),
        ],
        "fr": [
            ("Credit Mutuel Strasbourg Esplanade", "10 rue de Palerme", "67000 Strasbourg", ""),
            ("LCL Le Credit Lyonnais", "18 rue de la Republique", "69002 Lyon", ""),
            ("Boursorama Banque", "44 rue Traversiere", "92772 Boulogne Cedex", ""),
        ],
        "en": [
            ("Nationwide Building Society", "Nationwide House", "Swindon SN38 1NW", ""),
            ("Hargreaves Lansdown", "One College Square South", "Bristol BS1 5HL", ""),
            ("Monmouthshire Building Society", "John Frost Square", "Newport NP20 1PX", ""),
        ],
    },
    "charity": {
        "de": [
            ("Aerzte ohne Grenzen e.V.", "Schwedenstrasse 9", "13359 Berlin", ""),
            ("Foerderverein Grundschule Lister Damm e.V.", "Lister Damm 22", "30163 Hannover", ""),
            ("Bremer Tafel e.V.", "Duckwitzstrasse 56", "28199 Bremen", ""),
            ("NABU Freiburg e.V.", "Wilhelmstrasse 24a", "79098 Freiburg", ""),
        ],
        "fr": [
            ("Les Restaurants du Coeur", "42 rue de Clichy", "75009 Paris", ""),
            ("Secours populaire - Federation du Rhone", "2 rue Bichat", "69002 Lyon", ""),
            ("Ligue contre le cancer - Comite de Gironde", "6 rue Ravez", "33000 Bordeaux", ""),
        ],
        "en": [
            ("Velindre Cancer Charity", "Velindre Road, Whitchurch", "Cardiff CF14 2TL", ""),
            ("St John's Hospice", "Lancaster Road", "Lancaster LA1 3JR", ""),
            ("Devon Air Ambulance Trust", "Unit 1, Hayes Road", "Exeter EX2 7RG", ""),
        ],
    },
    "care": {
        "de": [
            ("Kita Sonnenblume e.V.", "Wedekindstrasse 14", "30161 Hannover", "0511 34 88 20"),
            ("Ev. Kindertagesstaette St. Remberti", "Am Mittelfeld 7", "28203 Bremen", ""),
            ("Stadt Dortmund - FABIDO Tageseinrichtung", "Kleppingstr. 21", "44122 Dortmund", ""),
        ],
        "fr": [
            ("Creche parentale Les Petits Loups", "5 rue de la Course", "67000 Strasbourg", ""),
            ("Micro-creche Pomme d'Api", "18 rue Chevreul", "69007 Lyon", "04 78 58 00 11"),
        ],
        "en": [
            ("Little Acorns Day Nursery", "Heol Hir", "Cardiff CF14 5AB", "029 2075 1180"),
            ("Bowerham After School Club", "Bowerham Road", "Lancaster LA1 4HT", ""),
        ],
    },
    "health": {
        "de": [
            ("Techniker Krankenkasse", "Bramfelder Strasse 140", "22305 Hamburg", "040 4606 0"),
            ("AOK Niedersachsen", "Hildesheimer Strasse 273", "30519 Hannover", ""),
            ("HUK-COBURG-Krankenversicherung AG", "Bahnhofsplatz", "96444 Coburg", ""),
        ],
        "fr": [
            ("MGEN Section du Bas-Rhin", "3 rue Gutenberg", "67000 Strasbourg", ""),
            ("Harmonie Mutuelle", "143 rue Blomet", "75015 Paris", "09 80 98 08 80"),
        ],
        "en": [
            ("Bupa Insurance Ltd", "Willow Court, 1 Lowry Plaza", "Salford M50 3UU", ""),
            ("Simplyhealth", "Hambleden House", "Andover SP10 1LQ", "0330 102 5460"),
        ],
    },
    "pension": {
        "de": [
            ("Deutsche Rentenversicherung Bund", "Ruhrstrasse 2", "10709 Berlin", "0800 1000 4800"),
            (
                "Deutsche Rentenversicherung Braunschweig-Hannover",
                "Lange Weihe 6",
                "30880 Laatzen",
                "",
            ),
        ],
        "fr": [
            (
                "Assurance retraite - Carsat Alsace-Moselle",
                "36 rue du Doubs",
                "67011 Strasbourg",
                "",
            ),
            ("Info Retraite - GIP Union Retraite", "TSA 30010", "75903 Paris Cedex 15", ""),
        ],
        "en": [
            ("The Pension Service", "Mail Handling Site A", "Wolverhampton WV98 1AF", ""),
            ("NEST Pensions", "PO Box 13184", "Birmingham B6 9NP", "0300 020 0090"),
        ],
    },
    "insurer": {
        "de": [
            ("Allianz Lebensversicherungs-AG", "Reinsburgstrasse 19", "70178 Stuttgart", ""),
            ("DEVK Versicherungen", "Riehler Strasse 190", "50735 Koeln", "0800 4 757 757"),
            ("HUK-COBURG Allgemeine Versicherung AG", "Bahnhofsplatz", "96444 Coburg", ""),
        ],
        "fr": [
            ("MAIF", "200 avenue Salvador Allende", "79038 Niort Cedex 9", ""),
            ("AXA France Vie", "313 Terrasses de l'Arche", "92727 Nanterre Cedex", ""),
        ],
        "en": [
            ("Aviva Life & Pensions UK Ltd", "Wellington Row", "York YO90 1WR", ""),
            ("Admiral Insurance", "Ty Admiral, David Street", "Cardiff CF10 2EH", "0333 220 2000"),
        ],
    },
    "motor": {
        "de": [
            ("HUK-COBURG Allgemeine Versicherung AG", "Bahnhofsplatz", "96444 Coburg", ""),
            ("VHV Allgemeine Versicherung AG", "VHV-Platz 1", "30177 Hannover", ""),
            ("Provinzial Versicherung AG", "Provinzialplatz 1", "40591 Duesseldorf", ""),
        ],
        "fr": [
            ("MAIF", "200 avenue Salvador Allende", "79038 Niort Cedex 9", ""),
            ("MACIF Centre Europe", "1 rue Jacques Vandier", "79000 Niort", ""),
        ],
        "en": [
            ("Admiral Insurance", "Ty Admiral, David Street", "Cardiff CF10 2EH", "0333 220 2000"),
            ("Direct Line", "Churchill Court", "Bromley BR1 1DP", "0345 246 3761"),
        ],
    },
    "estate": {
        "de": [
            ("Hausverwaltung Grotefend GmbH", "Sedanstrasse 35", "30161 Hannover", ""),
            ("Immobilien Service Bremen Nord", "Gerhard-Rohlfs-Str. 7", "28757 Bremen", ""),
            ("WEG-Verwaltung Reinhold & Partner", "Rheinlanddamm 199", "44139 Dortmund", ""),
        ],
        "fr": [
            ("Foncia Strasbourg", "6 quai Kleber", "67000 Strasbourg", "03 88 15 62 00"),
            ("Cabinet Regie Perrin", "54 cours Gambetta", "69007 Lyon", ""),
        ],
        "en": [
            (
                "Harbourside Lettings & Block Management",
                "3 Mount Stuart Sq",
                "Cardiff CF10 5EE",
                "",
            ),
            ("Castle Estates Property Management", "18 Market Street", "Lancaster LA1 1HT", ""),
        ],
    },
    "council": {
        "de": [
            (
                "Landeshauptstadt Hannover - Fachbereich Finanzen",
                "Trammplatz 2",
                "30159 Hannover",
                "",
            ),
            ("Stadt Dortmund - Stadtkasse und Steueramt", "Suedwall 2-4", "44122 Dortmund", ""),
            ("Stadt Freiburg i. Br. - Amt fuer Steuern", "Fahnenbergplatz 4", "79098 Freiburg", ""),
        ],
        "fr": [
            ("Direction generale des Finances publiques", "SIP Strasbourg", "67000 Strasbourg", ""),
            ("Centre des Finances publiques de Lyon", "165 rue Garibaldi", "69401 Lyon", ""),
        ],
        "en": [
            ("Cardiff Council - Council Tax", "PO Box 4", "Cardiff CF11 1AA", "029 2087 2087"),
            ("Lancaster City Council", "Town Hall, Dalton Square", "Lancaster LA1 1PJ", ""),
        ],
    },
    "taxoffice": {
        "de": [
            ("Finanzamt Hannover-Nord", "Vahrenwalder Strasse 206", "30165 Hannover", ""),
            ("Finanzamt Bremen", "Rudolf-Hilferding-Platz 1", "28195 Bremen", ""),
            ("Finanzamt Dortmund-Ost", "Nussbaumweg 210", "44143 Dortmund", ""),
            ("Finanzamt Freiburg-Stadt", "Sautierstrasse 24", "79104 Freiburg", ""),
        ],
        "fr": [
            ("Service des impots des particuliers Strasbourg", "4 place de l'Etoile", "67000", ""),
            ("SIP Lyon 7eme", "165 rue Garibaldi", "69401 Lyon Cedex 03", ""),
        ],
        "en": [
            ("HM Revenue & Customs", "BX9 1AS", "United Kingdom", "0300 200 3310"),
        ],
    },
    "adviser": {
        "de": [
            ("Steuerberatung Meinecke & Kollegen", "Koenigstrasse 50", "30175 Hannover", ""),
            ("Kanzlei Dr. Oltmanns Steuerberater", "Contrescarpe 36", "28203 Bremen", ""),
            ("ETL Steuerberatung Dortmund", "Westfalendamm 87", "44141 Dortmund", ""),
        ],
        "fr": [
            ("Cabinet Keller Expertise Comptable", "15 rue du Jeu des Enfants", "67000", ""),
            ("Fiducial Expertise Lyon Gerland", "41 rue du Bourbonnais", "69009 Lyon", ""),
        ],
        "en": [
            ("Thomas & Rees Chartered Accountants", "9 Park Place", "Cardiff CF10 3DP", ""),
            ("Lune Valley Accountancy Ltd", "27 Church Street", "Lancaster LA1 1LP", ""),
        ],
    },
    "hotel": {
        "de": [
            ("Hotel Am Stadtpark", "Clausewitzstrasse 6", "30175 Hannover", "0511 28 05 0"),
            ("Motel One Muenchen-Sendlinger Tor", "Herzog-Wilhelm-Str. 28", "80331 Muenchen", ""),
        ],
        "fr": [
            ("Hotel Mercure Lille Centre", "2 boulevard Carnot", "59800 Lille", ""),
            ("Ibis Styles Paris Gare de l'Est", "4 rue du 8 Mai 1945", "75010 Paris", ""),
        ],
        "en": [
            ("Premier Inn London Kings Cross", "26-30 York Way", "London N1 9AA", ""),
            ("The George Hotel", "High Street", "Edinburgh EH2 2PB", "0131 225 1251"),
        ],
    },
    "rail": {
        "de": [("DB Fernverkehr AG", "Stephensonstrasse 1", "60326 Frankfurt am Main", "")],
        "fr": [("SNCF Voyageurs", "9 rue Jean-Philippe Rameau", "93200 Saint-Denis", "")],
        "en": [
            ("Great Western Railway", "Milford House, 1 Milford Street", "Swindon SN1 1HL", ""),
            ("Avanti West Coast", "PO Box 7089", "Birmingham B3 9JA", ""),
        ],
    },
    "chamber": {
        "de": [
            ("Industrie- und Handelskammer Hannover", "Schiffgraben 49", "30175 Hannover", ""),
            ("Architektenkammer Niedersachsen", "Friedrichswall 5", "30159 Hannover", ""),
            ("Bundesverband der Dolmetscher und Uebersetzer", "Uhlandstr. 4-5", "10623 Berlin", ""),
        ],
        "fr": [
            ("URSSAF Alsace", "16 rue Contades", "67300 Schiltigheim", ""),
            ("Chambre de commerce et d'industrie Lyon", "Place de la Bourse", "69002 Lyon", ""),
        ],
        "en": [
            ("Institute of Translation & Interpreting", "Milton Keynes", "MK9 1BP", ""),
            ("Chartered Institute of Marketing", "Moor Hall, Cookham", "Maidenhead SL6 9QH", ""),
        ],
    },
    "doctor": {
        "de": [
            (
                "Dr. med. Anja Roewer - Fachaerztin fuer Dermatologie",
                "Podbielskistr. 2",
                "30163",
                "",
            ),
            ("Zahnarztpraxis Dr. Sievers", "Schwachhauser Heerstr. 120", "28209 Bremen", ""),
            ("Praxis fuer Orthopaedie Dr. Kranz", "Bismarckallee 2a", "79098 Freiburg", ""),
        ],
        "fr": [
            ("Dr Sophie Weiss - Ophtalmologie", "3 place Broglie", "67000 Strasbourg", ""),
            ("Cabinet dentaire des Quais", "22 quai Claude Bernard", "69007 Lyon", ""),
        ],
        "en": [
            ("Penylan Dental Practice", "41 Kimberley Road", "Cardiff CF23 5DL", "029 2048 3344"),
            ("Lancaster Physiotherapy Clinic", "5 Meeting House Lane", "Lancaster LA1 1TH", ""),
        ],
    },
}
#: Senders that print no bank or register footer.
NO_FOOT = {"shop", "taxoffice", "pension", "council", "rail", "care", "charity"}
LANGS = ("de", "fr", "en")
#: Senders a household has only one of, in its own country: the adviser, the tax office.
OWN_TRADES = {"adviser", "taxoffice"}


@dataclass
class Firm:
    """A sender as it prints: details and habits."""

    name: str
    lang: str
    street: str
    town: str
    phone: str
    head: str  # wordmark | flush | caps | band | badge | official
    repeat: bool
    foot: list[str]
    numbering: str
    corner: str
    dstyle: str


HEADS = ["wordmark", "flush", "caps", "band", "badge"]
NUMBERS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:Seite {i}", "{i}/{n}", "2:- {i} -"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "Page {i} sur {n}"],
}


def keyed(who: Issuer, what: str) -> random.Random:
    """A generator fixed by the issuer, the household and ``what``: a run or a companion
    keeps its sender and its people."""
    c = home()
    key = f"rucksack|{what}|{who.name}|{who.street}|{c.surname}|{c.lang}"
    return random.Random(zlib.crc32(key.encode()))


def ref(rng: random.Random, pattern: str) -> str:
    """``pattern`` with ``#`` a digit and ``@`` a capital letter."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHKLMNPRSTUVWXZ"))
        else:
            out.append(ch)
    return "".join(out)


def footer_for(r: random.Random, name: str, lang: str) -> list[str]:
    if lang == "de":
        out = [
            f"{name} | Sitz {r.choice(['Hannover', 'Bremen', 'Dortmund', 'Freiburg'])} | "
            f"HRB {r.randint(1000, 99999)} | USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} | BIC "
            + r.choice(["SPKHDE2HXXX", "SBREDE22XXX", "GENODE61FR1", "DORTDE33XXX"]),
        ]
    elif lang == "fr":
        out = [
            f"{name} - SARL au capital de {r.choice(['7 500', '10 000', '50 000'])} EUR - "
            f"RCS {r.choice(['Strasbourg', 'Lyon', 'Bordeaux'])} {r.randint(300, 899)} "
            f"{r.randint(100, 999)} {r.randint(100, 999)}",
            f"SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - TVA intracom. FR{r.randint(10, 99)}"
            f"{r.randint(100000000, 999999999)}",
        ]
    else:
        out = [
            f"{name} - Registered in England and Wales No. {r.randint(1000000, 13999999):08d}",
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
    return out if r.random() < 0.6 else [" | ".join(out)]


def firm(who: Issuer, trade: str, heads: list[str] | None = None) -> Firm:
    """The ``trade`` sender of ``who``: mostly one writing in the household's language."""
    own = home().lang
    if trade in OWN_TRADES:
        c = home()
        r = random.Random(zlib.crc32(f"rucksack|{trade}|{c.surname}|{c.town}".encode()))
        lang = own
    else:
        r = keyed(who, trade)
        lang = own if r.random() < 0.8 else r.choice(LANGS)
    name, street, town, phone = r.choice(SENDERS[trade][lang])
    head = r.choice(heads or HEADS)
    corner = r.choice(["bc", "br", "tr", "bc", "br"])
    return Firm(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        head=head,
        repeat=r.random() < 0.3,
        foot=[] if trade in NO_FOOT or r.random() < 0.3 else footer_for(r, name, lang),
        numbering=r.choice(NUMBERS[lang]),
        corner="br" if head == "band" and corner == "tr" else corner,
        dstyle=r.choice(["short", "short", "long"] + (["iso", "us"] if lang == "en" else [])),
    )


def on(f: Firm, d: date) -> str:
    return date_text(d, f.lang, f.dstyle)


def letter_style(who: Issuer, sizes: list[tuple[float, float]] | None = None) -> Style:
    s = who.style
    return paper(s, who.style.page_size if sizes is None else sizes[0], 0, min(s.size, 10))


def in_year(rng: random.Random, lo: int = 0, hi: int = 364) -> date:
    return date(home().year, 1, 1) + timedelta(days=rng.randint(lo, hi))


def after_year(rng: random.Random, hi: int = 120) -> date:
    return date(home().year + 1, 1, 2) + timedelta(days=rng.randint(0, hi))


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

GLUE = {
    "en": "the of and to for with on at by from this that your we our is are will be any all",
    "de": "die der das und zu fuer mit auf von dass Ihre wir ist sind wird bei nach den dem im",
    "fr": "le la les et de du pour avec sur par que votre nous est sont sera au aux des une",
}
SUBJECTS = {
    "en": {
        "tax": "assessment income allowance relief return liability payment account balance "
        "deduction year notice appeal interest",
        "money": "account interest statement balance contribution payment period amount "
        "certificate year deduction fees",
        "home": "property tenant meter consumption service charge building heating repair "
        "costs share period reading",
        "work": "engagement services records deadline fees documents client responsibilities "
        "information scope accounts",
    },
    "de": {
        "tax": "Bescheid Einkuenfte Festsetzung Steuer Erstattung Nachzahlung Vorauszahlung "
        "Abzug Einspruch Frist Betrag Erlaeuterung",
        "money": "Konto Zinsen Ertraege Beitrag Zahlung Zeitraum Betrag Bescheinigung Jahr "
        "Abzug Guthaben Gebuehren",
        "home": "Wohnung Mieter Zaehler Verbrauch Abrechnung Gebaeude Heizung Kosten Anteil "
        "Zeitraum Ablesung Umlage",
        "work": "Auftrag Leistungen Unterlagen Frist Honorar Mandant Mitwirkung Angaben "
        "Erklaerung Belege Vollmacht",
    },
    "fr": {
        "tax": "avis impot revenus montant prelevement solde echeance reclamation delai "
        "declaration foyer quotient",
        "money": "compte interets releve solde cotisation versement periode montant attestation "
        "annee frais",
        "home": "logement locataire compteur consommation charges immeuble chauffage "
        "repartition quote-part periode",
        "work": "mission honoraires documents delai client obligations informations "
        "declaration pieces justificatives",
    },
}


def words(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    own = SUBJECTS[lang][topic].split()
    glue = GLUE[lang].split()
    ws = [rng.choice(own) if rng.random() < 0.45 else rng.choice(glue) for _ in range(n or 12)]
    out = " ".join(ws)
    return out[0].upper() + out[1:] + "."


def prose(rng: random.Random, lang: str, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic, rng.randint(8, 17)) for _ in range(rng.randint(lo, hi)))


UNITS = {
    "en": [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ],
    "de": [
        "null",
        "ein",
        "zwei",
        "drei",
        "vier",
        "fuenf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwoelf",
        "dreizehn",
        "vierzehn",
        "fuenfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ],
    "fr": [
        "zero",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
    ],
}
TENS = {
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "de": [
        "-",
        "-",
        "zwanzig",
        "dreissig",
        "vierzig",
        "fuenfzig",
        "sechzig",
        "siebzig",
        "achtzig",
        "neunzig",
    ],
    "fr": [
        "",
        "",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante",
        "quatre-vingt",
        "quatre-vingt",
    ],
}


def in_words(n: int, lang: str) -> str:
    """A whole amount below a million in words, as written on a donation receipt."""
    if n >= 1000:
        k, rest = divmod(n, 1000)
        head = {"en": f"{in_words(k, 'en')} thousand", "de": f"{in_words(k, 'de')}tausend"}.get(
            lang, "mille" if k == 1 else f"{in_words(k, 'fr')} mille"
        )
        if lang == "de" and k == 1:
            head = "eintausend"
        sep = {"en": " ", "de": "", "fr": " "}[lang]
        return head + (sep + in_words(rest, lang) if rest else "")
    if n >= 100:
        h, rest = divmod(n, 100)
        head = {
            "en": f"{UNITS['en'][h]} hundred",
            "de": f"{UNITS['de'][h]}hundert",
            "fr": "cent" if h == 1 else f"{UNITS['fr'][h]} cent",
        }[lang]
        sep = {"en": " and ", "de": "", "fr": " "}[lang]
        return head + (sep + in_words(rest, lang) if rest else "")
    if n < 20:
        return UNITS[lang][n]
    t, u = divmod(n, 10)
    if lang == "de":
        return (UNITS["de"][u] + "und" if u else "") + TENS["de"][t]
    if lang == "fr":
        if t in (7, 9):
            return TENS["fr"][t] + "-" + UNITS["fr"][10 + u]
        return TENS["fr"][t] + ("-" + UNITS["fr"][u] if u else "")
    return TENS["en"][t] + ("-" + UNITS["en"][u] if u else "")


# ---------------------------------------------------------------------------------------------
# Page furniture
# ---------------------------------------------------------------------------------------------


def initials(name: str) -> str:
    caps = [w[0] for w in name.replace("-", " ").split() if w[0].isupper()]
    return "".join(caps[:3]) or name[:2].upper()


def letterhead(p: Page, s: Style, f: Firm) -> float:
    """``f``'s letterhead at the top of ``p``; returns where the content starts."""
    w, _ = p.size
    m = s.margin
    top = max(m - 10, 22.0)
    addr = " - ".join(x for x in (f.street, f.town) if x)
    tel = tr(f.lang, "Tel. ", "Tel. ", "Tel. ") + f.phone if f.phone else ""
    full = w - 2 * m
    if f.head == "wordmark":
        pt = shrink(f.name, s.bold, s.size + 7, full * 0.7)
        p.text(m, top + 6, f.name, s.bold, pt)
        x = w - m
        yy = top - 4
        for t in (f.street, f.town, tel):
            if t:
                p.text(x, yy, fit(t, s.font, 7, full * 0.28), s.font, 7, "right")
                yy += 8.5
        p.line(m, top + 16, w - m, top + 16)
        return top + 40
    if f.head == "flush":
        x = w - m
        pt = shrink(f.name, s.bold, s.size + 1, full * 0.55)
        p.text(x, top, f.name, s.bold, pt, "right")
        yy = top + 12
        for t in (f.street, f.town, tel):
            if t:
                p.text(x, yy, fit(t, s.font, 7.5, full * 0.5), s.font, 7.5, "right")
                yy += 9.5
        return yy + 16
    if f.head == "caps":
        pt = shrink(f.name.upper(), s.font, s.size + 4, full)
        p.text(w / 2, top + 4, f.name.upper(), s.font, pt, "center")
        p.text(w / 2, top + 16, fit(addr, s.font, 7, full), s.font, 7, "center")
        p.line(w / 2 - 60, top + 21, w / 2 + 60, top + 21)
        return top + 42
    if f.head == "band":
        p.rect(0, 0, w, top + 20, fill=0.8)
        p.rect(0, top + 20, w, 3, fill=0.4)
        pt = shrink(f.name, s.bold, s.size + 5, full)
        p.text(m, top + 8, f.name, s.bold, pt)
        line = " | ".join(x for x in (addr, tel) if x)
        p.text(m, top + 34, fit(line, s.font, 7, full), s.font, 7)
        return top + 54
    if f.head == "badge":
        r = 15.0
        p.rect(m, top - 12, 2 * r, 2 * r)
        p.rect(m + 3, top - 9, 2 * r - 6, 2 * r - 6, fill=0.35)
        p.text(m + r, top + 7, initials(f.name), s.bold, 9, "center")
        pt = shrink(f.name, s.bold, s.size + 2, full - 2 * r - 10)
        p.text(m + 2 * r + 8, top, f.name, s.bold, pt)
        p.text(m + 2 * r + 8, top + 11, fit(addr, s.font, 7, full - 2 * r - 10), s.font, 7)
        return top + 38
    # official: an authority's block, small and plain
    p.text(m, top, fit(f.name, s.bold, s.size, full * 0.6), s.bold, s.size)
    p.text(m, top + 11, fit(f.street, s.font, 8, full * 0.6), s.font, 8)
    p.text(m, top + 21, fit(f.town, s.font, 8, full * 0.6), s.font, 8)
    if tel:
        p.text(w - m, top, tel, s.font, 8, "right")
    return top + 40


def later_top(p: Page, s: Style, f: Firm, running: str) -> float:
    if f.repeat:
        return letterhead(p, s, f)
    if running:
        return running_header(p, s, running)
    return max(s.margin - 6, 24.0)


class Sheet(Flow):
    """The rucksack spacing of text on a page."""

    line = 1.36
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.5


def sheet(s: Style, f: Firm, running: str = "", headed: bool = True) -> Sheet:
    def start(p: Page, n: int) -> float:
        if n == 1 and headed:
            return letterhead(p, s, f)
        return later_top(p, s, f, running)

    w, h = s.page_size
    return Sheet((w, h), h - s.margin - 7 * len(f.foot) - 6, start)


def close(
    pages: list[Page], s: Style, f: Firm, covers: int = 0, numbering: str | None = None
) -> list[Page]:
    """Footers and page numbers in ``f``'s manner."""
    style = f.numbering if numbering is None else numbering
    return foot_and_number(pages, s, f.foot, style, f.corner, covers)


def to_client(
    sh: Sheet,
    s: Style,
    f: Firm,
    lines: list[str],
    d: date,
    refs: list[tuple[str, str]],
) -> None:
    """The window address on the left, references and the date on the right."""
    w, _ = sh.size
    m = s.margin
    y0 = sh.y
    below = window(sh.page, s, f if f.head != "official" else None, y0, lines)
    x = w * 0.57
    yy = y0
    for k, v in [*refs, (tr(f.lang, "Date", "Datum", "Date"), on(f, d))]:
        sh.page.text(x, yy, fit(k, s.font, 7.5, 70) + ":", s.font, 7.5)
        sh.page.text(w - m, yy, fit(v, s.font, 8, w - m - x - 74), s.font, 8, "right")
        yy += 11
    sh.y = max(below, yy) + 18


def subject(sh: Sheet, s: Style, text: str, grow: float = 1.5) -> None:
    w, _ = sh.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    sh.need(pt * 4)
    sh.page.text(s.margin, sh.y, text, s.bold, pt)
    sh.y += pt * 1.9


def say(sh: Sheet, s: Style, text: str, pt: float = 0, indent: float = 0) -> None:
    w, _ = sh.size
    sh.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, pt or s.size)


def dear(sh: Sheet, s: Style, lang: str, name: str) -> None:
    t = tr(
        lang,
        f"Dear {name}," if name else "Dear Sir or Madam,",
        f"Sehr geehrte/r {name}," if name else "Sehr geehrte Damen und Herren,",
        "Madame, Monsieur,",
    )
    sh.need(s.size * 3)
    sh.page.text(s.margin, sh.y, t, s.font, s.size)
    sh.y += s.size * 2


def regards(sh: Sheet, s: Style, lang: str, name: str, role: str, ink: bool = True) -> None:
    sh.need(84)
    m = s.margin
    sh.page.text(
        m,
        sh.y,
        tr(
            lang,
            "Yours sincerely,",
            "Mit freundlichen Gruessen",
            "Nous vous prions d'agreer nos salutations distinguees.",
        ),
        s.font,
        s.size,
    )
    sh.y += 16
    if ink:
        plain = [x for x in name.split() if not x.isupper() and not x.endswith(".")]
        sh.page.text(m + 6, sh.y + 14, (plain or name.split())[-1], INK, 16)
    sh.y += 26
    sh.page.text(m, sh.y, name, s.font, s.size)
    sh.page.text(m, sh.y + s.size * 1.3, role, s.font, s.size - 1.5)
    sh.y += s.size * 3


def stamp(p: Page, x: float, y: float, lang: str, d: date) -> None:
    """The adviser's received stamp with the date and a hand mark."""
    p.rect(x, y, 104, 36)
    p.rect(x + 2, y + 2, 100, 32)
    p.text(
        x + 52, y + 11, tr(lang, "RECEIVED", "EINGANG", "RECU LE"), "Helvetica-Bold", 8, "center"
    )
    p.text(x + 52, y + 22, date_text(d, lang, "short"), "Courier-Bold", 9, "center")
    p.text(x + 52, y + 31, tr(lang, "Accounts", "Kanzlei", "Cabinet"), "Helvetica", 5.5, "center")
    p.text(x + 88, y + 30, "ok", HAND, 8)


def maybe_stamp(rng: random.Random, sh: Flow, s: Style, lang: str) -> None:
    """Sometimes the adviser's received stamp in the space above the subject line."""
    if rng.random() < 0.3:
        w, _ = sh.size
        x = w - s.margin - 110 - rng.uniform(0, 60)
        stamp(sh.page, x, sh.y - 14 + rng.uniform(-4, 4), lang, after_year(rng, 70))
        sh.y += 32


def hand_note(rng: random.Random, p: Page, x: float, y: float, lang: str) -> None:
    note = rng.choice(
        {
            "de": ["bezahlt", "Anlage V", "Werbungskosten", "s. Beleg", "Buero", "Kopie"],
            "fr": ["paye", "frais reels", "voir piece", "BNC", "copie"],
            "en": ["paid", "business", "SA103", "see receipt", "copy"],
        }[lang]
    )
    p.text(x, y, note, HAND, 10)
    p.line(x, y + 3, x + len(note) * 6, y + 3)


def ticks(
    p: Page, s: Style, x: float, y: float, w: float, opts: list[str], on_: set[int], pt: float = 7.5
) -> float:
    """Tick boxes in a wrapping row; returns the y below."""
    xx = x
    for k, t in enumerate(opts):
        need = 14 + tw_est(t, pt)
        if xx + need > x + w and xx > x:
            xx = x
            y += pt * 1.9
        box(p, xx, y, k in on_, pt)
        p.text(xx + pt + 4, y, fit(t, s.font, pt, w - 14), s.font, pt)
        xx += need + 10
    return y + pt * 2.2


def tw_est(t: str, pt: float) -> float:
    return len(t) * pt * 0.5


def grid(
    sh: Sheet,
    s: Style,
    spec: list[tuple[float, str]],
    head: list[str],
    rows: list[list[str]],
    pt: float = 0,
    shade: float | None = 0.88,
    rules: bool = False,
) -> None:
    w, _ = sh.size
    cols = columns(s.margin, w - s.margin, spec)
    for k in range(1, len(cols)):
        if cols[k][2] != "right" and cols[k - 1][2] == "right":
            cols[k] = (cols[k][0] + 8, cols[k][1], cols[k][2])
    table(sh, cols, head, rows, s, pt or s.size - 1.5, shade, rules)
    sh.y += 6


def sums(sh: Sheet, s: Style, items: list[tuple[str, str]], bold_last: bool = True) -> None:
    """Label / amount lines right-aligned under a table."""
    w, _ = sh.size
    x = w * 0.5
    sh.need(len(items) * 13 + 10)
    for k, (label, value) in enumerate(items):
        font = s.bold if bold_last and k == len(items) - 1 else s.font
        if bold_last and k == len(items) - 1:
            sh.page.line(x, sh.y - 9, w - s.margin, sh.y - 9)
        sh.page.text(x, sh.y, fit(label, font, s.size - 1, w * 0.3), font, s.size - 1)
        sh.page.text(w - s.margin, sh.y, value, font, s.size - 1, "right")
        sh.y += (s.size - 1) * 1.55
    sh.y += 8


def small_print(sh: Sheet, s: Style, paras: list[str], pt: float = 6.8, cols: int = 2) -> None:
    """Paragraphs in ``cols`` columns of small type, running on to new pages."""
    w, _ = sh.size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    lines: list[str] = []
    for t in paras:
        lines.extend(wrap(t, s.font, pt, cw))
        lines.append("")
    col, y0 = 0, sh.y
    y = y0
    for ln in lines:
        if y > sh.bottom:
            col += 1
            if col == cols:
                sh.new_page()
                col, y0 = 0, sh.y
            y = y0
        if ln:
            sh.page.text(m + col * (cw + gap), y, ln, s.font, pt)
        y += pt * 1.3
    sh.y = y if col == 0 else sh.bottom + 1
    sh.y += 6


def amount(v: float, lang: str) -> str:
    return f"{money(v, lang)} {ccy(lang)}" if lang != "en" else f"£{money(v, lang)}"


# ---------------------------------------------------------------------------------------------
# Templates R: receipts and slips
# ---------------------------------------------------------------------------------------------

GOODS = {
    "de": [
        ("Kopierpapier A4 500 Bl.", 4.99, "A"),
        ("Druckerpatrone XL schwarz", 32.90, "A"),
        ("Ordner breit 8cm", 2.79, "A"),
        ("Briefumschlaege DL 50St", 3.49, "A"),
        ("Vollmilch 1,5% 1l", 1.09, "B"),
        ("Bio Bananen kg", 1.99, "B"),
        ("Kaffee Crema 1kg", 14.99, "B"),
        ("Super E10", 1.779, "A"),
        ("Schrauben 4x40 100St", 5.49, "A"),
        ("Kabelbinder Set", 3.99, "A"),
        ("USB-C Kabel 2m", 9.99, "A"),
        ("Pfand", 0.25, "A"),
    ],
    "fr": [
        ("Ramette papier A4", 5.20, "A"),
        ("Cartouche encre noire", 29.90, "A"),
        ("Classeur levier", 3.10, "A"),
        ("Enveloppes C5 x50", 4.60, "A"),
        ("Baguette tradition", 1.20, "B"),
        ("Cafe moulu 250g", 3.85, "B"),
        ("Gazole", 1.749, "A"),
        ("Piles AA x8", 7.95, "A"),
        ("Stylos bille x10", 4.30, "A"),
    ],
    "en": [
        ("A4 copier paper ream", 5.49, "A"),
        ("HP 305XL black ink", 27.99, "A"),
        ("Lever arch file", 2.50, "A"),
        ("Milk 2 pint", 1.45, "Z"),
        ("Bananas loose", 0.89, "Z"),
        ("Unleaded", 1.429, "A"),
        ("Screws 4x40 box", 4.98, "A"),
        ("Printer cable", 8.00, "A"),
        ("Sticky notes 12pk", 6.25, "A"),
    ],
}
RATES = {"de": {"A": 19.0, "B": 7.0}, "fr": {"A": 20.0, "B": 5.5}, "en": {"A": 20.0, "Z": 0.0}}


def strip_page(width: float, lines: int, extra: float = 0) -> tuple[float, float]:
    return width, max(190.0, 70 + lines * 9.6 + extra)


def tpl_till_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A shop's till receipt on an 80 mm or 58 mm paper strip: shop heading, items with the
    VAT letter, total, payment by card or cash, the VAT table, receipt and till numbers and,
    on German receipts, the fiscal signature lines; sometimes a hand note. A pile often
    holds several in a row from the same shop."""
    f = firm(who, "shop")
    lg = f.lang
    width = rng.choice([80 * MM, 80 * MM, 58 * MM, 76 * MM])
    pt = 7.0 if width > 200 else 6.2
    font = rng.choice(["Courier", "Courier", "Helvetica"])
    bold = font + "-Bold"
    picks = [rng.choice(GOODS[lg]) for _ in range(rng.choice([1, 2, 3, 4, 6, 9, 14]))]
    fuel = "E10" in picks[0][0] or "Gazole" in picks[0][0] or "Unleaded" in picks[0][0]
    lines = len(picks) * (2 if fuel else 1) + 30 + (6 if lg == "de" else 0)
    size = strip_page(width, lines)
    w, h = size
    m = 9.0
    p = Page(size)
    y = 20.0
    for k, t in enumerate([f.name, f.street, f.town, f.phone]):
        if t:
            tp = shrink(t, bold if k == 0 else font, pt + (1.5 if k == 0 else 0), w - 2 * m)
            p.text(w / 2, y, t, bold if k == 0 else font, tp, "center")
            y += tp * 1.35
    if lg == "fr":
        p.text(
            w / 2,
            y,
            f"SIRET {ref(keyed(who, 'siret'), '### ### ### #####')}",
            font,
            pt - 1,
            "center",
        )
        y += pt * 1.3
    y += 6
    cur = {"de": "EUR", "fr": "EUR", "en": "GBP"}[lg]
    p.text(w - m, y, cur, font, pt, "right")
    y += pt * 1.5
    total = 0.0
    by_rate: dict[str, float] = {}
    for name, price, cat in picks:
        if fuel and name == picks[0][0]:
            litres = rng.uniform(18, 55)
            v = round(litres * price, 2)
            p.text(m, y, fit(name, font, pt, w - 2 * m), font, pt)
            y += pt * 1.35
            p.text(
                m + 8,
                y,
                f"{litres:.2f} l x {price:.3f}".replace(".", "," if lg != "en" else "."),
                font,
                pt,
            )
        else:
            q = rng.choice([1, 1, 1, 2, 3])
            v = round(q * price, 2)
            label = name if q == 1 else f"{q} x {name}"
            p.text(m, y, fit(label, font, pt, w - 2 * m - 48), font, pt)
        p.text(w - m - 9, y, money(v, lg), font, pt, "right")
        p.text(w - m, y, cat, font, pt, "right")
        y += pt * 1.35
        total += v
        by_rate[cat] = by_rate.get(cat, 0.0) + v
    p.line(m, y - 3, w - m, y - 3)
    y += 4
    p.text(m, y, tr(lg, "TOTAL", "SUMME", "TOTAL TTC"), bold, pt + 2)
    p.text(w - m, y, money(total, lg), bold, pt + 2, "right")
    y += pt * 2.2
    card = rng.random() < 0.75
    pay = (
        tr(lg, "Card", "Kartenzahlung", "CB SANS CONTACT")
        if card
        else tr(lg, "Cash", "Bar", "ESPECES")
    )
    p.text(m, y, pay, font, pt)
    p.text(
        w - m,
        y,
        money(total if card else total + rng.choice([0.0, 0.5, 5.0]), lg),
        font,
        pt,
        "right",
    )
    y += pt * 1.6
    if card:
        p.text(
            m,
            y,
            f"{rng.choice(['VISA', 'Mastercard', 'girocard', 'Maestro'])} "
            f"****{rng.randint(1000, 9999)}",
            font,
            pt,
        )
        y += pt * 1.6
    y += 4
    p.text(m, y, tr(lg, "VAT", "MwSt", "TVA"), font, pt - 0.5)
    p.text(w * 0.45, y, tr(lg, "Net", "Netto", "HT"), font, pt - 0.5, "right")
    p.text(w - m, y, tr(lg, "VAT", "Steuer", "TVA"), font, pt - 0.5, "right")
    y += pt * 1.3
    for cat, gross in sorted(by_rate.items()):
        rate = RATES[lg].get(cat, 0.0)
        net = gross / (1 + rate / 100)
        p.text(m, y, f"{cat} {rate:g}%", font, pt - 0.5)
        p.text(w * 0.45, y, money(net, lg), font, pt - 0.5, "right")
        p.text(w - m, y, money(gross - net, lg), font, pt - 0.5, "right")
        y += pt * 1.3
    y += 6
    d = in_year(rng)
    clock = f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}"
    meta = [
        f"{date_text(d, lg, 'short')} {clock}",
        tr(lg, "Receipt", "Bon-Nr.", "Ticket")
        + f" {rng.randint(1000, 99999)}  "
        + tr(lg, "Till", "Kasse", "Caisse")
        + f" {rng.randint(1, 9)}",
    ]
    if lg == "de":
        r = keyed(who, "tse")
        meta += [
            f"TSE-Seriennr.: {ref(r, '@#@#@#@#@#@#@#@#')}",
            f"TSE-Transaktion: {rng.randint(100000, 999999)}",
            f"TSE-Signatur: {ref(rng, '@#@@#@#@@#@#@@@#@##@#@#@@@#')}",
            f"TSE-Start: {d.isoformat()}T{clock}:0{rng.randint(0, 9)}",
        ]
    for t in meta:
        p.text(m, y, fit(t, font, pt - 1, w - 2 * m), font, pt - 1)
        y += (pt - 1) * 1.4
    y += 6
    thanks = tr(
        lg,
        "Thank you for shopping with us",
        "Vielen Dank fuer Ihren Einkauf",
        "Merci de votre visite",
    )
    p.text(w / 2, y, fit(thanks, font, pt, w - 2 * m), font, pt, "center")
    if rng.random() < 0.3:
        hand_note(rng, p, m + 10, min(y + 22, h - 12), home().lang)
    return [p]


def tpl_card_slip(rng: random.Random, who: Issuer) -> list[Page]:
    """A card terminal's customer copy on a 58 mm strip: merchant, terminal and trace numbers,
    the masked card, the amount, the approval code; a pile often holds several, and a slip is
    often followed by the shop's till receipt."""
    return [slip_page(rng, firm(who, "shop"), who)]


def slip_page(rng: random.Random, f: Firm, who: Issuer) -> Page:
    """The terminal slip of ``f``."""
    lg = f.lang
    w = rng.choice([58 * MM, 57 * MM, 62 * MM])
    size = strip_page(w, rng.randint(22, 30))
    p = Page(size)
    _, h = size
    font = "Courier"
    m = 7.0
    y = 18.0
    head = tr(lg, "CUSTOMER COPY", "Kundenbeleg", "TICKET CLIENT")
    p.text(w / 2, y, head, "Courier-Bold", 7.5, "center")
    y += 14
    for t in (f.name, f.town):
        p.text(w / 2, y, fit(t, font, 6.5, w - 2 * m), font, 6.5, "center")
        y += 9
    y += 6
    d = in_year(rng)
    r = keyed(who, "terminal")
    scheme = rng.choice(["VISA", "MASTERCARD", "GIROCARD" if lg == "de" else "CB", "MAESTRO"])
    rows = [
        (tr(lg, "Date", "Datum", "Le"), date_text(d, lg, "short")),
        (tr(lg, "Time", "Uhrzeit", "A"), f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"),
        ("TID", ref(r, "########")),
        (tr(lg, "Merchant", "VU-Nr.", "Commercant"), ref(r, "#########")),
        ("Trace", str(rng.randint(1000, 99999))),
        (scheme, f"****{rng.randint(1000, 9999)}"),
        (tr(lg, "Seq.", "Karte", "Carte"), rng.choice(["contactless", "NFC", "chip"])),
        ("AID", ref(r, "A0000000######")),
    ]
    for k, v in rows:
        p.text(m, y, k, font, 6.5)
        p.text(w - m, y, fit(v, font, 6.5, w - 2 * m - 36), font, 6.5, "right")
        y += 9
    y += 6
    amt = rng.choice([rng.uniform(3, 40), rng.uniform(40, 400)])
    p.text(m, y, tr(lg, "AMOUNT", "BETRAG", "MONTANT"), "Courier-Bold", 8)
    p.text(w - m, y, money(amt, lg), "Courier-Bold", 8, "right")
    y += 16
    p.text(w / 2, y, tr(lg, "APPROVED", "Zahlung erfolgt", "PAIEMENT ACCEPTE"), font, 7, "center")
    y += 10
    p.text(w / 2, y, f"Auth {ref(rng, '######')}", font, 6.5, "center")
    y += 14
    p.text(
        w / 2,
        min(y, h - 14),
        tr(lg, "Please keep", "Bitte Beleg aufbewahren", "A CONSERVER"),
        font,
        6,
        "center",
    )
    return p


# ---------------------------------------------------------------------------------------------
# Templates R: the house
# ---------------------------------------------------------------------------------------------

JOBS = {
    "de": [
        ("Arbeitszeit Geselle", "Std.", 58.0, True),
        ("Arbeitszeit Meister", "Std.", 72.0, True),
        ("Anfahrtspauschale", "pausch.", 39.0, True),
        ("Entsorgung Altmaterial", "pausch.", 45.0, False),
        ("Kupferrohr 15mm", "m", 12.4, False),
        ("Thermostatventil Heimeier", "Stk.", 38.9, False),
        ("Dispersionsfarbe weiss 12,5l", "Eimer", 64.0, False),
        ("Raufaser Tapete", "Rolle", 6.9, False),
        ("Steckdose UP Gira", "Stk.", 14.8, False),
        ("Kleinmaterial", "pausch.", 18.5, False),
        ("Silikonfuge erneuern", "lfm", 9.5, True),
    ],
    "fr": [
        ("Main d'oeuvre compagnon", "h", 48.0, True),
        ("Deplacement", "forfait", 35.0, True),
        ("Mitigeur thermostatique", "u", 129.0, False),
        ("Tube multicouche 16", "ml", 7.8, False),
        ("Disjoncteur 20A", "u", 21.5, False),
        ("Peinture acrylique mate 10l", "pot", 78.0, False),
        ("Petites fournitures", "forfait", 15.0, False),
    ],
    "en": [
        ("Labour - engineer", "hr", 55.0, True),
        ("Labour - apprentice", "hr", 28.0, True),
        ("Call-out charge", "each", 65.0, True),
        ("15mm copper pipe", "m", 6.2, False),
        ("Radiator valve pair", "each", 24.0, False),
        ("Consumer unit 10-way", "each", 118.0, False),
        ("Sundries", "lot", 12.0, False),
    ],
}


ROOMS = {
    "de": ["Bad OG", "Kueche", "Flur EG", "Wohnzimmer", "Keller", "Wohnung Wiesenstr. 9"],
    "fr": ["salle de bain", "cuisine", "couloir", "sejour", "cave", "appartement loue"],
    "en": ["bathroom", "kitchen", "hallway", "living room", "loft", "rental flat"],
}


def tpl_craft_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A tradesman's invoice for work at the house or the let flat: positions with labour
    and material, VAT, the labour share stated for the tax relief on household services
    (German Paragraph 35a, the French credit d'impot line), payment terms; sometimes the
    signed time sheet of the job on a page of its own."""
    f = firm(who, "craft")
    lg = f.lang
    s = letter_style(who, [rng.choice([A4, A4, LETTER])])
    d = in_year(rng)
    no = ref(rng, rng.choice(["RE-####-###", "####", "F######", "INV-#####"]))
    sh = sheet(s, f, tr(lg, f"Invoice {no}", f"Rechnung {no}", f"Facture {no}"))
    to_client(
        sh,
        s,
        f,
        client_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client n."), ref(keyed(who, "cust"), "#####")),
        ],
    )
    maybe_stamp(rng, sh, s, home().lang)
    subject(sh, s, tr(lg, "INVOICE", "Rechnung", "FACTURE"), 4)
    site = rng.choice(
        [
            home().street,
            tr(
                lg,
                "Flat 2, 14 Bridge Street",
                "Wiesenstr. 9, 1. OG links",
                "12 rue Sainte-Helene, 2e etage",
            ),
        ]
    )
    say(
        sh,
        s,
        tr(
            lg,
            f"Work carried out at {site} from ",
            f"Leistungsort: {site}, Ausfuehrung ",
            f"Travaux realises au {site} du ",
        )
        + on(f, d - timedelta(days=rng.randint(3, 20)))
        + ".",
    )
    rows = []
    labour = material = 0.0
    picked = rng.sample(JOBS[lg], rng.randint(3, len(JOBS[lg])))
    if rng.random() < 0.35:
        rooms = ROOMS[lg]
        picked = [
            (f"{x[0]} - {rng.choice(rooms)}", *x[1:])
            for x in picked
            for _ in range(rng.randint(1, 4))
        ]
    for k, (text, unit, price, is_lab) in enumerate(picked):
        q = (
            rng.choice([1, 1, 2, 3, 4, 6, 8, 12])
            if unit not in ("pausch.", "forfait", "lot")
            else 1
        )
        v = round(q * price, 2)
        if is_lab:
            labour += v
        else:
            material += v
        rows.append([str(k + 1), text, str(q), unit, money(price, lg), money(v, lg)])
    grid(
        sh,
        s,
        [
            (0.5, "left"),
            (4.2, "left"),
            (0.7, "right"),
            (0.9, "left"),
            (1.3, "right"),
            (1.4, "right"),
        ],
        [
            "Pos.",
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit", "Einh.", "U."),
            tr(lg, "Price", "EP", "PU HT"),
            tr(lg, "Total", "GP", "Total HT"),
        ],
        rows,
        rules=rng.random() < 0.5,
    )
    net = labour + material
    rate = {"de": 19.0, "fr": 10.0, "en": 20.0}[lg]
    vat = round(net * rate / 100, 2)
    sums(
        sh,
        s,
        [
            (tr(lg, "Net", "Nettobetrag", "Total HT"), money(net, lg)),
            (tr(lg, f"VAT {rate:g}%", f"MwSt. {rate:g} %", f"TVA {rate:g} %"), money(vat, lg)),
            (tr(lg, "Amount due", "Rechnungsbetrag", "Net a payer TTC"), amount(net + vat, lg)),
        ],
    )
    lab_gross = labour * (1 + rate / 100)
    say(
        sh,
        s,
        tr(
            lg,
            f"Of which labour {money(labour, lg)} and materials {money(material, lg)} (net).",
            f"Im Rechnungsbetrag enthaltene Arbeits- und Fahrtkosten gem. Par. 35a EStG: "
            f"{money(lab_gross, lg)} EUR (brutto), Materialkosten {money(material * 1.19, lg)} "
            "EUR.",
            f"Dont main d'oeuvre {money(lab_gross, lg)} EUR TTC, ouvrant droit au credit "
            f"d'impot selon la reglementation en vigueur.",
        ),
        s.size - 1,
    )
    say(
        sh,
        s,
        tr(
            lg,
            f"Payment within 14 days to the account below, quoting {no}.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte geben Sie die Rechnungsnummer "
            f"{no} an.",
            "Reglement a reception. Penalites de retard au taux legal; indemnite forfaitaire "
            "pour frais de recouvrement de 40 EUR.",
        ),
        s.size - 1,
    )
    pages = close(sh.pages, s, f)
    if rng.random() < 0.55:
        pages.append(time_sheet(rng, s, f, no, d))
    return pages


def time_sheet(rng: random.Random, s: Style, f: Firm, no: str, d: date) -> Page:
    """A pre-printed job sheet filled by hand, signed by the customer."""
    lg = f.lang
    p = Page(s.page_size)
    w, h = s.page_size
    m = s.margin
    p.text(m, m, fit(f.name, s.bold, 11, w * 0.6), s.bold, 11)
    p.text(
        w - m,
        m,
        tr(lg, "JOB SHEET", "Arbeitsnachweis / Regiebericht", "BON D'INTERVENTION"),
        s.bold,
        11,
        "right",
    )
    y = m + 26
    for cap, val in [
        (tr(lg, "Customer", "Kunde", "Client"), client_lines()[0]),
        (tr(lg, "Site", "Baustelle", "Chantier"), home().street),
        (tr(lg, "Order", "Auftrag", "Ordre"), no),
    ]:
        p.text(m, y, cap + ":", s.font, 8)
        p.text(m + 70, y, val, HAND, 10)
        p.line(m + 68, y + 3, w - m, y + 3)
        y += 20
    cols = columns(m, w - m, [(1.2, "left"), (1, "right"), (1, "right"), (4, "left"), (1, "right")])
    y += 6
    for c, t in zip(
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "From", "von", "De"),
            tr(lg, "To", "bis", "A"),
            tr(lg, "Work done", "Taetigkeit", "Travaux"),
            tr(lg, "Hours", "Std.", "h"),
        ],
        strict=True,
    ):
        p.text(c[0], y, t, s.bold, 8)
    p.line(m, y + 4, w - m, y + 4)
    y += 18
    day = d - timedelta(days=rng.randint(2, 12))
    for _ in range(rng.randint(2, 6)):
        a = rng.randint(7, 13)
        b = a + rng.randint(1, 5)
        vals = [
            date_text(day, lg, "short")[:5],
            f"{a}:00",
            f"{b}:{rng.choice(['00', '30'])}",
            prose(rng, lg, "home", 1, 1)[:38],
            str(b - a),
        ]
        for c, t in zip(cols, vals, strict=True):
            p.text(c[0] if c[2] == "left" else c[1], y, fit(t, HAND, 9, c[1] - c[0]), HAND, 9, c[2])
        p.line(m, y + 5, w - m, y + 5)
        y += 20
        day += timedelta(days=rng.randint(0, 2))
    for _ in range(3):
        p.line(m, y + 5, w - m, y + 5)
        y += 20
    p.text(
        m,
        h - m - 40,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
        s.font,
        7.5,
    )
    p.text(m + 10, h - m - 52, home().surname, INK, 15)
    p.line(m, h - m - 48, m + 170, h - m - 48)
    p.text(w - m - 170, h - m - 40, tr(lg, "Fitter", "Monteur", "Technicien"), s.font, 7.5)
    p.line(w - m - 170, h - m - 48, w - m, h - m - 48)
    return p


def tpl_utility_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """An energy or water supplier's annual statement: the letter with the balance and the new
    monthly instalment, then the meter readings, the price components as a table, the
    instalment plan and notes, often a consumption comparison chart; 'Seite i von n' or
    unnumbered."""
    f = firm(who, "utility")
    lg = f.lang
    s = letter_style(who, [A4])
    m = s.margin
    y0 = home().year
    watery = any(x in f.name for x in ("Water", "Eau", "Dwr"))
    kind = "water" if watery else rng.choice(["power", "gas"])
    what = {
        "power": tr(lg, "Electricity", "Strom", "Electricite"),
        "gas": tr(lg, "Gas", "Erdgas", "Gaz naturel"),
        "water": tr(lg, "Water and sewerage", "Trinkwasser / Abwasser", "Eau et assainissement"),
    }[kind]
    acct = ref(keyed(who, "acct"), "### ### ###")
    title = tr(
        lg,
        f"Annual statement - {what}",
        f"Jahresverbrauchsabrechnung {what}",
        f"Facture annuelle - {what}",
    )
    sh = sheet(s, f, f"{title} | {acct}")
    d = after_year(rng, 40)
    to_client(
        sh,
        s,
        f,
        client_lines(both=rng.random() < 0.4),
        d,
        [
            (tr(lg, "Account", "Vertragskonto", "Ref. client"), acct),
            (tr(lg, "Period", "Zeitraum", "Periode"), f"01.01.{y0}-31.12.{y0}"),
        ],
    )
    maybe_stamp(rng, sh, s, home().lang)
    subject(sh, s, title)
    dear(sh, s, lg, "")
    use = {
        "power": rng.randint(1800, 5200),
        "gas": rng.randint(7000, 21000),
        "water": rng.randint(60, 190),
    }[kind]
    unit = {"power": "kWh", "gas": "kWh", "water": "m3"}[kind]
    unit_price = {
        "power": rng.uniform(0.28, 0.41),
        "gas": rng.uniform(0.09, 0.14),
        "water": rng.uniform(3.2, 5.1),
    }[kind]
    standing = rng.uniform(90, 190)
    net = use * unit_price + standing
    gross = net * (1.19 if lg == "de" else 1.2 if lg == "fr" else 1.05)
    paid12 = round(gross / 12 * rng.uniform(0.85, 1.12)) * 12
    bal = gross - paid12
    say(sh, s, prose(rng, lg, "home", 1, 2))
    sums(
        sh,
        s,
        [
            (
                tr(
                    lg,
                    "Total charges for the period",
                    "Gesamtbetrag Abrechnungszeitraum",
                    "Montant total de la periode",
                ),
                amount(gross, lg),
            ),
            (
                tr(lg, "Payments on account", "Geleistete Abschlaege", "Mensualites versees"),
                amount(-paid12, lg),
            ),
            (
                tr(
                    lg,
                    "Balance to pay" if bal > 0 else "Credit to you",
                    "Nachzahlung" if bal > 0 else "Guthaben",
                    "Reste a payer" if bal > 0 else "Remboursement",
                ),
                amount(abs(bal), lg),
            ),
        ],
    )
    new = round(gross / 11 + rng.uniform(-5, 8))
    say(
        sh,
        s,
        tr(
            lg,
            f"Your new monthly payment will be {amount(new, lg)} from "
            f"{on(f, d + timedelta(days=30))}.",
            f"Ihr neuer monatlicher Abschlag betraegt ab {on(f, d + timedelta(days=30))} "
            f"{amount(new, lg)}.",
            f"Votre nouvelle mensualite sera de {amount(new, lg)} a compter du "
            f"{on(f, d + timedelta(days=30))}.",
        ),
    )
    say(sh, s, prose(rng, lg, "home", 1, 3), s.size - 1)
    regards(
        sh,
        s,
        lg,
        rng.choice(["Kundenservice", "Service clients", "Customer Services"])
        if rng.random() < 0.5
        else f.name,
        tr(lg, "Billing team", "Ihr Abrechnungsteam", "Le service facturation"),
        ink=False,
    )
    sh.new_page()
    subject(sh, s, tr(lg, "Meter readings", "Zaehlerstaende und Verbrauch", "Releves de compteur"))
    meter = ref(keyed(who, "meter"), "1ESY######## ")
    rows = []
    start = rng.randint(10000, 60000)
    parts = rng.randint(1, 3)
    for k in range(parts):
        seg = use // parts
        a = date(y0, 1, 1) + timedelta(days=k * 365 // parts)
        b = date(y0, 1, 1) + timedelta(days=(k + 1) * 365 // parts - 1)
        rows.append(
            [
                meter.strip(),
                date_text(a, lg, "short"),
                str(start),
                date_text(b, lg, "short"),
                str(start + seg),
                rng.choice(
                    [
                        tr(lg, "actual", "Ablesung", "reel"),
                        tr(lg, "customer", "Kunde", "client"),
                        tr(lg, "estimated", "geschaetzt", "estime"),
                    ]
                ),
                f"{seg:,}".replace(",", "."),
            ]
        )
        start += seg
    grid(
        sh,
        s,
        [
            (2, "left"),
            (1.2, "left"),
            (1, "right"),
            (1.2, "left"),
            (1, "right"),
            (1.2, "left"),
            (1, "right"),
        ],
        [
            tr(lg, "Meter", "Zaehler-Nr.", "Compteur"),
            tr(lg, "From", "von", "Du"),
            tr(lg, "Reading", "Stand", "Index"),
            tr(lg, "To", "bis", "Au"),
            tr(lg, "Reading", "Stand", "Index"),
            tr(lg, "Type", "Art", "Type"),
            unit,
        ],
        rows,
    )
    if kind == "gas":
        z = rng.uniform(0.94, 0.97)
        hs = rng.uniform(10.9, 11.6)
        say(
            sh,
            s,
            tr(
                lg,
                f"Volume converted to kWh with calorific value {hs:.3f} and correction factor "
                f"{z:.4f}.",
                f"Umrechnung m3 in kWh: Brennwert {hs:.3f} x Zustandszahl {z:.4f}.",
                f"Conversion en kWh: coefficient {hs:.3f} x {z:.4f}.",
            ),
            s.size - 1,
        )
    subject(sh, s, tr(lg, "Your charges", "Ihre Kosten im Einzelnen", "Detail de votre facture"))
    days = 365
    crow = [
        [
            tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
            f"{days} d",
            money(standing / days, lg),
            money(standing, lg),
        ],
        [
            tr(lg, "Unit charge", "Arbeitspreis", "Consommation"),
            f"{use} {unit}",
            money(unit_price, lg),
            money(use * unit_price, lg),
        ],
    ]
    if lg == "de" and kind == "power":
        crow.append(["Stromsteuer", f"{use} kWh", "0,0205", money(use * 0.0205, "de")])
        crow.append(["Konzessionsabgabe", f"{use} kWh", "0,0199", money(use * 0.0199, "de")])
    if lg == "fr":
        crow.append(
            [
                "Accise sur l'electricite" if kind == "power" else "Redevance pollution",
                f"{use} {unit}",
                "0,0210",
                money(use * 0.021, "fr"),
            ]
        )
    grid(
        sh,
        s,
        [(3, "left"), (1.2, "right"), (1.2, "right"), (1.3, "right")],
        [
            tr(lg, "Item", "Position", "Element"),
            tr(lg, "Quantity", "Menge", "Quantite"),
            tr(lg, "Rate", "Preis", "Prix unit."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        crow,
        rules=True,
    )
    sums(
        sh,
        s,
        [
            (tr(lg, "Net", "Summe netto", "Total HT"), money(net, lg)),
            (tr(lg, "VAT", "Umsatzsteuer", "TVA"), money(gross - net, lg)),
            (tr(lg, "Total", "Gesamtbetrag brutto", "Total TTC"), amount(gross, lg)),
        ],
    )
    if rng.random() < 0.7:
        sh.need(150)
        subject(
            sh,
            s,
            tr(
                lg,
                "Your consumption compared",
                "Ihr Verbrauch im Vergleich",
                "Evolution de votre consommation",
            ),
        )
        base = sh.y + 100
        vals = [use * rng.uniform(0.8, 1.25) for _ in range(2)] + [use]
        top = max(vals)
        for k, v in enumerate(vals):
            bh = 90 * v / top
            x = m + 30 + k * 80
            sh.page.rect(x, base - bh, 40, bh, fill=0.3 + 0.2 * k)
            sh.page.text(x + 20, base + 12, str(y0 - 2 + k), s.font, 7.5, "center")
            sh.page.text(x + 20, base - bh - 4, f"{v:,.0f}", s.font, 7, "center")
        sh.page.line(m + 20, base, m + 280, base)
        sh.y = base + 30
    if rng.random() < 0.9:
        sh.new_page()
        subject(sh, s, tr(lg, "Payment plan", "Abschlagsplan", "Echeancier"))
        plan = [
            [date_text(date(y0 + 1, k, 15 if lg != "fr" else 5), lg, "short"), amount(new, lg)]
            for k in range(2, 13)
        ]
        grid(
            sh,
            s,
            [(2, "left"), (1, "right"), (3, "left")],
            [tr(lg, "Due", "Faellig am", "Echeance"), tr(lg, "Amount", "Betrag", "Montant"), ""],
            [[a, b, ""] for a, b in plan],
        )
        subject(sh, s, tr(lg, "Notes", "Hinweise", "Informations"), 0.5)
        small_print(sh, s, [prose(rng, lg, "home", 3, 6) for _ in range(rng.randint(4, 14))])
    if rng.random() < 0.5:
        sh.new_page()
        subject(
            sh,
            s,
            tr(
                lg,
                "Information about your energy supply",
                "Informationen gemaess Par. 40 EnWG",
                "Informations reglementaires",
            ),
            0.5,
        )
        mix = [
            [tr(lg, src[0], src[1], src[2]), f"{rng.uniform(2, 45):.1f} %"]
            for src in [
                ("Renewables", "Erneuerbare Energien", "Renouvelables"),
                ("Natural gas", "Erdgas", "Gaz naturel"),
                ("Coal", "Kohle", "Charbon"),
                ("Nuclear", "Kernkraft", "Nucleaire"),
                ("Other fossil", "Sonstige fossile", "Autres fossiles"),
            ]
        ]
        grid(
            sh,
            s,
            [(3, "left"), (1, "right"), (3, "left")],
            [tr(lg, "Fuel mix", "Energietraegermix", "Origine"), "%", ""],
            [[a, b, ""] for a, b in mix],
        )
        small_print(
            sh, s, [prose(rng, lg, "home", 3, 7) for _ in range(rng.randint(6, 24))], 6.5, 3
        )
    return close(sh.pages, s, f)


def tpl_bank_tax_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A bank's annual tax certificate of investment income: the German
    Jahressteuerbescheinigung (capital income, gains, allowance used, withholding tax,
    solidarity surcharge, church tax), the French IFU with its box codes, an English
    certificate of interest; often followed by the detailed income list over pages."""
    f = firm(who, "bank", ["wordmark", "band", "flush", "badge"])
    lg = f.lang
    s = letter_style(who, [A4])
    y0 = home().year
    title = tr(
        lg,
        f"Certificate of interest and tax deducted {y0}/{str(y0 + 1)[2:]}",
        f"Jahressteuerbescheinigung {y0}",
        f"Imprime fiscal unique - revenus {y0}",
    )
    depot = ref(keyed(who, "depot"), "### ### ####")
    sh = sheet(s, f, f"{title} - {depot}")
    d = after_year(rng, 50)
    to_client(
        sh,
        s,
        f,
        client_lines(both=rng.random() < 0.5),
        d,
        [(tr(lg, "Account", "Depot-/Konto-Nr.", "Compte"), depot)],
    )
    maybe_stamp(rng, sh, s, home().lang)
    subject(sh, s, title)
    interest = rng.uniform(20, 1800)
    divid = rng.uniform(0, 2400)
    gains = rng.uniform(-800, 5200)
    if lg == "de":
        say(
            sh,
            s,
            "Bescheinigung fuer alle Privatkonten und/oder -depots fuer das Kalenderjahr "
            f"{y0} (Steuerbescheinigung im Sinne des Par. 45a EStG).",
            s.size - 1,
        )
        total = interest + divid + max(gains, 0)
        allow = min(total, rng.choice([1000.0, 2000.0, 800.0, 0.0]))
        base = total - allow
        kest = base * 0.25
        rows = [
            ("Hoehe der Kapitalertraege (Zeile 7 Anlage KAP)", money(total, "de")),
            (
                "davon Gewinn aus Kapitalertraegen i.S.d. Par. 20 Abs. 2 EStG",
                money(max(gains, 0), "de"),
            ),
            ("davon Gewinne aus Aktienveraeusserungen", money(max(gains * 0.6, 0), "de")),
            ("Ersatzbemessungsgrundlage", "0,00"),
            ("Nicht ausgeglichene Verluste ohne Verluste aus Aktien", money(max(-gains, 0), "de")),
            ("In Anspruch genommener Sparer-Pauschbetrag", money(allow, "de")),
            ("Kapitalertragsteuer", money(kest, "de")),
            ("Solidaritaetszuschlag", money(kest * 0.055, "de")),
            (
                "Kirchensteuer zur Kapitalertragsteuer",
                money(kest * rng.choice([0, 0.08, 0.09]), "de"),
            ),
            ("Summe der angerechneten auslaendischen Steuer", money(divid * 0.04, "de")),
        ]
        grid(sh, s, [(5, "left"), (1.2, "right")], ["", "EUR"], [list(r) for r in rows], rules=True)
    elif lg == "fr":
        boxes = [
            ("2TR", "Interets et autres revenus assimiles", money(interest, "fr")),
            ("2DC", "Revenus des actions et parts", money(divid, "fr")),
            ("2BH", "Revenus deja soumis aux prelevements sociaux", money(interest, "fr")),
            (
                "2CK",
                "Credit d'impot egal au prelevement forfaitaire",
                money((interest + divid) * 0.128, "fr"),
            ),
            ("2AB", "Credits d'impot sur valeurs etrangeres", money(divid * 0.03, "fr")),
            ("3VG", "Plus-values de cession de valeurs mobilieres", money(max(gains, 0), "fr")),
            ("3VH", "Moins-values de cession", money(max(-gains, 0), "fr")),
        ]
        grid(
            sh,
            s,
            [(0.7, "left"), (5, "left"), (1.3, "right")],
            ["Case", "Nature des revenus", "Montant"],
            [list(r) for r in boxes],
            rules=True,
        )
        say(
            sh,
            s,
            "Ces informations sont transmises a l'administration fiscale. "
            + prose(rng, "fr", "money", 1, 2),
            s.size - 1.5,
        )
    else:
        tax = 0.0 if rng.random() < 0.8 else interest * 0.2
        rows = [
            ("Gross interest paid", money(interest, "en")),
            ("Income tax deducted", money(tax, "en")),
            ("Net interest paid", money(interest - tax, "en")),
        ]
        grid(sh, s, [(4, "left"), (1.2, "right")], ["", "£"], [list(r) for r in rows], rules=True)
        say(
            sh,
            s,
            "Interest is paid gross. You may need to declare it on your Self Assessment return "
            "if it exceeds your Personal Savings Allowance. " + prose(rng, "en", "money", 1, 2),
            s.size - 1,
        )
    say(
        sh,
        s,
        tr(
            lg,
            "This certificate was produced automatically and is valid without a signature.",
            "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
            "Document etabli par voie informatique, valable sans signature.",
        ),
        s.size - 2,
    )
    if rng.random() < 0.75:
        sh.new_page()
        subject(
            sh, s, tr(lg, "Details of income", "Ertraegnisaufstellung", "Detail des operations")
        )
        names = [
            "iShares Core MSCI World",
            "Xtrackers MSCI EM",
            "Allianz SE",
            "Siemens AG",
            "Tagesgeld",
            "Festgeld 12M",
            "Vanguard FTSE All-World",
            "Amundi CAC 40",
            "TotalEnergies SE",
            "Unilever plc",
        ]
        rows2 = []
        for _ in range(rng.randint(8, 90)):
            dd = in_year(rng)
            rows2.append(
                [
                    date_text(dd, lg, "short"),
                    rng.choice(names),
                    rng.choice(
                        [
                            tr(lg, "Dividend", "Ausschuettung", "Dividende"),
                            tr(lg, "Interest", "Zinsen", "Interets"),
                            tr(lg, "Sale", "Verkauf", "Cession"),
                            "Vorabpauschale"
                            if lg == "de"
                            else tr(lg, "Distribution", "Ertrag", "Coupon"),
                        ]
                    ),
                    money(rng.uniform(1, 600), lg),
                    money(rng.uniform(0, 80), lg),
                ]
            )
        rows2.sort(key=lambda r: r[0][::-1])
        grid(
            sh,
            s,
            [(1.2, "left"), (3.2, "left"), (1.4, "left"), (1.1, "right"), (1.1, "right")],
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Security", "Wertpapier", "Valeur"),
                tr(lg, "Type", "Art", "Nature"),
                tr(lg, "Gross", "Brutto", "Brut"),
                tr(lg, "Tax", "Steuer", "Impot"),
            ],
            rows2,
            pt=s.size - 2,
        )
    return close(sh.pages, s, f)


AIMS = [
    "mildtaetiger Zwecke",
    "der Bildung und Erziehung",
    "des Naturschutzes",
    "der Hilfe fuer Menschen in Not",
]
EXEMPT_BY = ["Berlin fuer Koerperschaften I", "Hannover-Nord", "Bremen", "Freiburg-Stadt"]


def tpl_donation_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A charity's donation receipt for tax purposes: the German Zuwendungsbestaetigung to the
    official pattern (amount in figures and words, the tax exemption notice, the signature),
    the French recu fiscal (articles 200 and 238 bis CGI, with the receipt number and the
    form of the gift ticked), the English annual Gift Aid statement letter; A4 or A5, several
    in a row from one charity or several charities."""
    f = firm(who, "charity")
    lg = f.lang
    s = letter_style(who, [rng.choice([A4, A4, A5])])
    small = s.page_size == A5
    if small:
        s = paper(s, A5, 30, min(s.size, 8.5))
    w, h = s.page_size
    m = s.margin
    sh = sheet(s, f, "")
    d = in_year(rng, 10, 364)
    amt = float(rng.choice([20, 25, 30, 50, 50, 75, 100, 120, 150, 200, 250, 300, 500, 1000]))
    donor = client_lines(main=rng.random() < 0.6)
    collective = lg == "de" and rng.random() < 0.35
    exempt = date(home().year - 1, rng.randint(1, 12), rng.randint(1, 28))
    if lg == "de":
        head = "Sammelbestaetigung" if collective else "Bestaetigung"
        subject(sh, s, f"{head} ueber Geldzuwendungen", 1)
        say(
            sh,
            s,
            "im Sinne des Par. 10b des Einkommensteuergesetzes an eine der in Par. 5 Abs. 1 "
            "Nr. 9 des Koerperschaftsteuergesetzes bezeichneten Koerperschaften, "
            "Personenvereinigungen oder Vermoegensmassen",
            s.size - 1.5,
        )
        sh.page.rect(m, sh.y, w - 2 * m, 36)
        sh.page.text(m + 4, sh.y + 9, "Name und Anschrift des Zuwendenden:", s.font, 6.5)
        sh.page.text(
            m + 8, sh.y + 24, fit(", ".join(donor), s.font, s.size, w - 2 * m - 16), s.font, s.size
        )
        sh.y += 44
        cells = [
            ("Betrag der Zuwendung - in Ziffern -", f"** {money(amt, 'de')} EUR"),
            ("- in Buchstaben -", f"-- {in_words(int(amt), 'de')} --"),
            (
                "Zeitraum der Sammelbestaetigung:" if collective else "Tag der Zuwendung:",
                f"01.01.-31.12.{home().year}" if collective else date_text(d, "de", "short"),
            ),
        ]
        cw = (w - 2 * m) / 3
        for k, (cap, val) in enumerate(cells):
            sh.page.rect(m + k * cw, sh.y, cw, 34)
            sh.page.text(m + k * cw + 3, sh.y + 9, fit(cap, s.font, 6.5, cw - 6), s.font, 6.5)
            sh.page.text(
                m + k * cw + 6,
                sh.y + 25,
                fit(val, s.font, s.size - 0.5, cw - 12),
                s.font,
                s.size - 0.5,
            )
        sh.y += 48
        ticks(
            sh.page,
            s,
            m,
            sh.y,
            w - 2 * m,
            ["Es handelt sich um den Verzicht auf Erstattung von Aufwendungen"],
            set(),
            7,
        )
        sh.y += 10
        ticks(sh.page, s, m, sh.y, w - 2 * m, ["Ja", "Nein"], {1}, 7)
        sh.y += 20
        say(
            sh,
            s,
            f"Wir sind wegen Foerderung {rng.choice(AIMS)} nach dem Freistellungsbescheid des "
            f"Finanzamtes {rng.choice(EXEMPT_BY)}, StNr. {ref(keyed(who, 'st'), '##/###/#####')}, "
            f"vom {date_text(exempt, 'de', 'short')} nach Par. 5 Abs. 1 Nr. 9 KStG von der "
            "Koerperschaftsteuer befreit.",
            s.size - 1.5,
        )
        say(
            sh,
            s,
            "Es wird bestaetigt, dass die Zuwendung nur zur Foerderung der vorgenannten Zwecke "
            "verwendet wird.",
            s.size - 1.5,
        )
    elif lg == "fr":
        subject(sh, s, "Recu au titre des dons a certains organismes d'interet general", 0.5)
        say(sh, s, "Articles 200, 238 bis et 978 du code general des impots (CGI)", s.size - 1.5)
        sh.page.text(
            w - m,
            sh.y,
            f"Numero d'ordre du recu : {home().year}-{rng.randint(1000, 99999)}",
            s.bold,
            s.size - 1,
            "right",
        )
        sh.y += 18
        y = pairs(
            sh.page,
            s,
            m,
            sh.y,
            [
                ("Beneficiaire des versements", f.name),
                ("Adresse", f"{f.street}, {f.town}"),
                ("Objet", "Association reconnue d'utilite publique"),
                ("Donateur", donor[0]),
                ("Adresse", f"{donor[1]}, {donor[2]}"),
            ],
            w - m,
        )
        sh.y = y + 8
        say(
            sh,
            s,
            "Le beneficiaire reconnait avoir recu au titre des dons et versements ouvrant "
            f"droit a reduction d'impot, la somme de : *** {money(amt, 'fr')} euros *** "
            f"({in_words(int(amt), 'fr')} euros)",
            s.size - 1,
        )
        say(sh, s, f"Date du versement ou du don : {date_text(d, 'fr', 'short')}", s.size - 1)
        sh.y = (
            ticks(
                sh.page,
                s,
                m,
                sh.y,
                w - 2 * m,
                [
                    "Acte authentique",
                    "Acte sous seing prive",
                    "Declaration de don manuel",
                    "Autres",
                ],
                {2},
            )
            + 4
        )
        sh.y = (
            ticks(
                sh.page,
                s,
                m,
                sh.y,
                w - 2 * m,
                ["Numeraire", "Cheque", "Virement, prelevement, carte bancaire"],
                {rng.randint(0, 2)},
            )
            + 4
        )
    else:
        to_client(
            sh,
            s,
            f,
            donor,
            after_year(rng, 40),
            [("Supporter no.", ref(keyed(who, "sup"), "SUP######"))],
        )
        subject(sh, s, f"Your donations in the tax year to 5 April {home().year + 1}")
        dear(sh, s, "en", donor[0].split()[0])
        say(sh, s, "Thank you for your generous support. " + prose(rng, "en", "money", 1, 2))
        gifts = [
            [
                date_text(in_year(rng), "en", "short"),
                rng.choice(["Direct Debit", "Online", "Cheque", "Event sponsorship"]),
                money(amt / 4 * rng.uniform(0.5, 1.5), "en"),
                "Yes",
            ]
            for _ in range(rng.randint(1, 8))
        ]
        grid(
            sh,
            s,
            [(1.2, "left"), (2, "left"), (1, "right"), (1, "center")],
            ["Date", "Method", "Amount £", "Gift Aid"],
            gifts,
        )
        say(
            sh,
            s,
            "You have made a Gift Aid declaration. If you pay less Income Tax and/or Capital "
            "Gains Tax than the amount of Gift Aid claimed on all your donations, it is your "
            "responsibility to pay any difference.",
            s.size - 1.5,
        )
    sh.need(70)
    sh.y += 12
    sh.page.text(
        m,
        sh.y + 30,
        tr(
            lg,
            "",
            f"{f.town.split()[-1]}, "
            f"{date_text(d + timedelta(days=rng.randint(5, 60)), 'de', 'short')}",
            f"Fait a {f.town.split()[-1]}, le {date_text(d + timedelta(days=20), 'fr', 'short')}",
        ),
        s.font,
        s.size - 1,
    )
    sh.page.text(
        w - m - 150, sh.y + 22, rng.choice(["Hartmann", "Lefevre", "Morgan", "Schulte"]), INK, 14
    )
    sh.page.line(w - m - 170, sh.y + 30, w - m, sh.y + 30)
    sh.page.text(
        w - m - 170,
        sh.y + 40,
        tr(
            lg,
            "Fundraising Manager",
            "Unterschrift des Zuwendungsempfaengers",
            "Signature du president ou tresorier",
        ),
        s.font,
        6.5,
    )
    if rng.random() < 0.3:
        hand_note(rng, sh.page, m, h - m - 12, home().lang)
    if collective:
        sh.new_page()
        subject(sh, s, f"Anlage zur Sammelbestaetigung {home().year}", 1)
        gifts = []
        left = amt
        dd = date(home().year, 1, 1)
        while left > 0:
            g = min(left, float(rng.choice([5, 10, 10, 20, 25, 50])))
            left -= g
            dd += timedelta(days=rng.randint(10, 40))
            gifts.append(
                [
                    date_text(min(dd, date(home().year, 12, 31)), "de", "short"),
                    "Geldzuwendung",
                    "nein",
                    money(g, "de"),
                ]
            )
        grid(
            sh,
            s,
            [(1.3, "left"), (2, "left"), (2.2, "center"), (1.1, "right")],
            ["Datum der Zuwendung", "Art der Zuwendung", "Verzicht auf Aufwendungen", "Betrag EUR"],
            gifts,
            rules=True,
        )
        sums(sh, s, [("Gesamtsumme", money(amt, "de") + " EUR")])
    return close(sh.pages, s, f, numbering="none")


# ---------------------------------------------------------------------------------------------
# Templates R: family, health and pensions
# ---------------------------------------------------------------------------------------------


def tpl_childcare_fees(rng: random.Random, who: Issuer) -> list[Page]:
    """A nursery's or after-school club's confirmation of the year's childcare fees for the
    tax return: the child, the months with fee and meals shown apart, the total, a stamp and
    a signature (German Bescheinigung Kinderbetreuungskosten, French attestation de frais de
    garde, English statement of fees)."""
    f = firm(who, "care", ["caps", "badge", "flush", "wordmark"])
    lg = f.lang
    s = letter_style(who, [rng.choice([A4, A4, LETTER])])
    w, _h = s.page_size
    m = s.margin
    y0 = home().year
    sh = sheet(s, f, "")
    c = home()
    to_client(sh, s, f, client_lines(both=True), after_year(rng, 30), [])
    subject(
        sh,
        s,
        tr(
            lg,
            f"Statement of childcare fees {y0}",
            f"Bescheinigung ueber Kinderbetreuungskosten {y0}",
            f"Attestation de frais de garde - annee {y0}",
        ),
    )
    born = date(y0 - rng.randint(1, 9), rng.randint(1, 12), rng.randint(1, 28))
    say(
        sh,
        s,
        tr(
            lg,
            f"We confirm that {c.child} {c.surname}, born {on(f, born)}, attended our setting "
            f"in {y0}.",
            f"Hiermit bestaetigen wir, dass {c.child} {c.surname}, geb. am {on(f, born)}, im "
            f"Jahr {y0} in unserer Einrichtung betreut wurde.",
            f"Nous certifions que l'enfant {c.child} {c.surname}, ne(e) le {on(f, born)}, a ete "
            f"accueilli(e) dans notre structure en {y0}.",
        ),
    )
    fee = rng.choice([120.0, 185.0, 240.0, 310.0, 420.0, 560.0])
    meal = rng.choice([0.0, 45.0, 62.0, 75.0])
    first = rng.choice([1, 1, 1, 8, 9])
    rows = []
    tf = tm = 0.0
    for mo in range(first, 13):
        ff = fee if mo != 8 or rng.random() < 0.5 else 0.0
        tf += ff
        tm += meal
        rows.append(
            [
                date_text(date(y0, mo, 1), lg, "long").split(" ", 1)[1],
                money(ff, lg),
                money(meal, lg),
            ]
        )
    grid(
        sh,
        s,
        [(2, "left"), (1, "right"), (1, "right")],
        [
            tr(lg, "Month", "Monat", "Mois"),
            tr(lg, "Fees", "Betreuungsbeitrag", "Frais de garde"),
            tr(lg, "Meals", "Verpflegung", "Repas"),
        ],
        rows,
        pt=s.size - 1.5,
    )
    sums(
        sh,
        s,
        [
            (
                tr(
                    lg,
                    "Meals (not eligible)",
                    "Verpflegung (nicht absetzbar)",
                    "Repas (non deductibles)",
                ),
                money(tm, lg),
            ),
            (
                tr(lg, "Childcare fees paid", "Summe Betreuungskosten", "Total frais de garde"),
                amount(tf, lg),
            ),
        ],
    )
    if rng.random() < 0.5:
        say(
            sh,
            s,
            tr(
                lg,
                "Fees were paid by Direct Debit. Tax-Free Childcare top-ups are shown in your "
                "online account.",
                "Die Beitraege wurden per Lastschrift entrichtet. Zuschuesse des Jugendamtes "
                "sind nicht enthalten.",
                "Montant de l'aide CAF (CMG) percue directement par la structure : "
                f"{money(rng.uniform(200, 900), 'fr')} EUR, deja deduite.",
            ),
            s.size - 1,
        )
    sh.need(60)
    sh.page.text(
        m,
        sh.y + 20,
        tr(lg, "Nursery manager", "Leitung der Einrichtung", "La directrice"),
        s.font,
        s.size - 1,
    )
    sh.page.text(m + 10, sh.y + 42, rng.choice(["Dobbs", "Yilmaz", "Keller", "Roux"]), INK, 15)
    cx = m + 200
    if cx + 100 < w - m:
        sh.page.rect(cx, sh.y + 14, 100, 40)
        sh.page.text(cx + 50, sh.y + 30, fit(f.name, s.font, 6, 94), s.font, 6, "center")
        sh.page.text(cx + 50, sh.y + 42, fit(f.town, s.font, 6, 94), s.font, 6, "center")
    if rng.random() < 0.35:
        fee_scale(rng, sh, s, lg)
    return close(sh.pages, s, f, numbering="none")


def fee_scale(rng: random.Random, sh: Sheet, s: Style, lg: str) -> None:
    """The setting's fee scale by household income and hours, enclosed with the statement
    (a copy of the printed scale, sometimes with the household's band circled by hand)."""
    sh.new_page()
    subject(
        sh,
        s,
        tr(
            lg,
            "Fee scale",
            "Gebuehrentabelle / Elternbeitraege",
            "Bareme des participations familiales",
        ),
        1,
    )
    hours = ["25", "35", "45"] if lg != "fr" else ["4 j", "5 j", "Mercredi"]
    rows = []
    fee = rng.uniform(0, 60)
    for k in range(rng.randint(6, 14)):
        lo = 15000 + k * 6000
        band = f"{money(lo, lg)[:-3]} - {money(lo + 5999, lg)[:-3]}"
        rows.append([band] + [money(fee * (1 + 0.3 * j), lg) for j in range(3)])
        fee += rng.uniform(18, 60)
    grid(
        sh,
        s,
        [(2.2, "left"), (1, "right"), (1, "right"), (1, "right")],
        [tr(lg, "Household income", "Jahreseinkommen", "Revenus du foyer")]
        + [tr(lg, f"{x} h/week", f"{x} Std./Wo.", x) for x in hours],
        rows,
        rules=True,
    )
    if rng.random() < 0.6:
        sh.page.text(s.margin + 340, sh.y - 40, "<- " + tr(lg, "us", "wir", "nous"), HAND, 11)
    for _ in range(rng.randint(1, 4)):
        say(sh, s, prose(rng, lg, "money", 2, 4), s.size - 1.5)


def tpl_health_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A health insurer's annual certificate of contributions: the German Bescheinigung ueber
    die Beitraege zur Kranken- und Pflegeversicherung (basic cover, optional cover, refunds),
    the French attestation annuelle of a mutuelle, an English private medical insurance
    statement; sometimes a second page of notes."""
    f = firm(who, "health", ["wordmark", "band", "badge", "flush"])
    lg = f.lang
    s = letter_style(who, [A4])
    y0 = home().year
    member = ref(keyed(who, "member"), "@#########")
    sh = sheet(
        s, f, tr(lg, f"Member {member}", f"Versichertennummer {member}", f"Adherent {member}")
    )
    main = rng.random() < 0.6
    to_client(
        sh,
        s,
        f,
        client_lines(main=main),
        after_year(rng, 45),
        [(tr(lg, "Membership no.", "Vers.-Nr.", "N adherent"), member)],
    )
    maybe_stamp(rng, sh, s, home().lang)
    subject(
        sh,
        s,
        tr(
            lg,
            f"Annual statement of premiums {y0}",
            f"Beitragsbescheinigung fuer das Jahr {y0}",
            f"Attestation annuelle de cotisations {y0}",
        ),
    )
    dear(sh, s, lg, "")
    say(sh, s, prose(rng, lg, "money", 1, 3))
    mon = rng.uniform(90, 620)
    rows = [
        [
            tr(
                lg,
                "Health insurance (core)",
                "Krankenversicherung Basisabsicherung",
                "Garantie frais de sante",
            ),
            money(mon * 12, lg),
        ],
        [
            tr(lg, "Optional cover", "Wahlleistungen / Zusatztarife", "Options et renforts"),
            money(mon * 12 * rng.uniform(0.05, 0.3), lg),
        ],
        [
            tr(lg, "Dental plan", "Pflegepflichtversicherung", "Assistance"),
            money(mon * 12 * rng.uniform(0.05, 0.2), lg),
        ],
        [
            tr(lg, "Refunds / no-claims", "Beitragsrueckerstattung", "Remboursements"),
            "-" + money(rng.choice([0, 0, rng.uniform(50, 900)]), lg),
        ],
    ]
    if lg == "de":
        rows.append(
            [
                "Zuschuss des Arbeitgebers / Rentenversicherungstraegers",
                money(rng.choice([0.0, mon * 6]), lg),
            ]
        )
    grid(
        sh,
        s,
        [(4, "left"), (1.3, "right")],
        [tr(lg, "Contribution", "Beitragsart", "Nature"), ccy(lg)],
        rows,
        rules=True,
    )
    say(
        sh,
        s,
        tr(
            lg,
            "Keep this statement with your tax records. The amounts are also reported to HMRC "
            "where benefits are taxable.",
            "Die Daten wurden elektronisch an die Finanzverwaltung uebermittelt (Par. 10 Abs. "
            "2a EStG). Eine Vorlage beim Finanzamt ist nicht erforderlich.",
            "Document a conserver. Les cotisations versees au titre d'un contrat Madelin sont "
            "deductibles dans les limites prevues.",
        ),
        s.size - 1,
    )
    regards(
        sh,
        s,
        lg,
        rng.choice(["Ihre Techniker", "Service adherents", "Member Services"]),
        "",
        ink=False,
    )
    if rng.random() < 0.75:
        sh.new_page()
        subject(sh, s, tr(lg, "Explanatory notes", "Erlaeuterungen", "Notes explicatives"), 0.5)
        small_print(sh, s, [prose(rng, lg, "money", 3, 6) for _ in range(rng.randint(4, 9))], 7, 2)
    return close(sh.pages, s, f)


def tpl_pension_info(rng: random.Random, who: Issuer) -> list[Page]:
    """A state pension statement: the German Renteninformation (pension earned so far,
    projected pension, contributions, a box of key figures, the insurance record), the
    French releve de situation individuelle (years, schemes, quarters), an English State
    Pension forecast; three to five pages, later pages tables and notes."""
    f = firm(who, "pension", ["official", "official", "wordmark", "caps"])
    lg = f.lang
    s = letter_style(who, [A4])
    w, _h = s.page_size
    m = s.margin
    c = home()
    main = rng.random() < 0.5
    name = c.first if main else c.partner
    ins = ref(
        keyed(who, "insno" + name),
        "## ###### @ ###"
        if lg == "de"
        else "# ## ## ## ### ### ##"
        if lg == "fr"
        else "@@ ## ## ## @",
    )
    title = tr(
        lg, "Your State Pension forecast", "Renteninformation", "Releve de situation individuelle"
    )
    sh = sheet(s, f, f"{title} - {ins}")
    d = in_year(rng, 60, 330)
    to_client(
        sh,
        s,
        f,
        client_lines(main=main),
        d,
        [(tr(lg, "NI number", "Versicherungsnummer", "N securite sociale"), ins)],
    )
    subject(sh, s, title, 3)
    born = date(rng.randint(1964, 1988), rng.randint(1, 12), rng.randint(1, 28))
    say(
        sh,
        s,
        tr(
            lg,
            f"{name} {c.surname}, born {on(f, born)}",
            f"fuer {name} {c.surname}, geboren am {on(f, born)}",
            f"{name} {c.surname}, ne(e) le {on(f, born)}",
        ),
        s.size,
        0,
    )
    earned = rng.uniform(600, 1700)
    proj = earned * rng.uniform(1.2, 1.8)
    facts = [
        (
            tr(
                lg,
                "Pension you have built up so far",
                "Hoehe Ihrer kuenftigen Regelaltersrente (bisherige Beitraege)",
                "Droits acquis a ce jour (montant mensuel brut)",
            ),
            amount(earned, lg),
        ),
        (
            tr(
                lg,
                "Forecast at State Pension age",
                "Hoehe Ihrer kuenftigen Regelaltersrente (Hochrechnung)",
                "Estimation a l'age legal",
            ),
            amount(proj, lg),
        ),
        (
            tr(lg, "Qualifying years", "Versicherungszeiten (Monate)", "Trimestres valides"),
            str(rng.randint(12, 35) * (12 if lg == "de" else 4 if lg == "fr" else 1)),
        ),
        (
            tr(lg, "State Pension age", "Regelaltersgrenze", "Age legal de depart"),
            "67" if lg != "fr" else "64 ans",
        ),
    ]
    sh.need(len(facts) * 16 + 20)
    top = sh.y - 10
    sh.page.rect(m, top, w - 2 * m, len(facts) * 16 + 10, fill=0.92)
    sh.y = pairs(sh.page, s, m + 8, sh.y + 4, facts, w - m - 8, s.size - 0.5) + 12
    say(sh, s, prose(rng, lg, "money", 2, 4))
    say(sh, s, prose(rng, lg, "money", 2, 3))
    sh.new_page()
    subject(
        sh,
        s,
        tr(
            lg,
            "Your National Insurance record",
            "Ihr Versicherungsverlauf (Auszug)",
            "Votre carriere",
        ),
    )
    rows = []
    for yr in range(c.year - rng.randint(8, 40), c.year):
        ent = rng.choice(
            [
                tr(lg, "Employed", "Pflichtbeitraege Beschaeftigung", "Salarie du prive"),
                tr(lg, "Self-employed", "Freiwillige Beitraege", "Independant"),
                tr(lg, "Credits", "Kindererziehung", "Periode assimilee"),
            ]
        )
        for _ in range(rng.choice([1, 1, 2, 3])):
            pay = rng.uniform(8000, 62000)
            rows.append(
                [
                    str(yr),
                    ent,
                    tr(lg, "Full year", "01.01.-31.12.", "4 trimestres"),
                    money(pay, lg),
                    f"{pay / 45000:.4f}".replace(".", ",")
                    if lg == "de"
                    else str(rng.choice([4, 4, 3])),
                ]
            )
    grid(
        sh,
        s,
        [(0.8, "left"), (3, "left"), (1.5, "left"), (1.3, "right"), (1.1, "right")],
        [
            tr(lg, "Year", "Jahr", "Annee"),
            tr(lg, "Record", "Zeitraum / Art", "Regime"),
            tr(lg, "Period", "von-bis", "Periode"),
            tr(lg, "Earnings", "Entgelt", "Revenus"),
            tr(lg, "Years", "Entgeltpunkte", "Trim."),
        ],
        rows,
        pt=s.size - 2,
    )
    if rng.random() < 0.95:
        sh.new_page()
        subject(
            sh,
            s,
            tr(lg, "Important information", "Wichtige Hinweise", "Informations importantes"),
            0.5,
        )
        small_print(sh, s, [prose(rng, lg, "tax", 3, 6) for _ in range(rng.randint(5, 12))], 7.2, 2)
    return close(sh.pages, s, f, numbering=rng.choice(["none", f.numbering, "{i}/{n}"]))


def tpl_private_pension(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's certificate for a private pension plan: German Bescheinigung nach Par. 92
    EStG (Riester: contributions, allowances credited, capital) or the Par. 10a data notice,
    the French attestation PER, an English pension contribution statement with tax relief at
    source; one or two pages."""
    f = firm(who, "insurer", ["wordmark", "band", "badge"])
    lg = f.lang
    s = letter_style(who, [A4])
    y0 = home().year
    pol = ref(keyed(who, "pol"), "#########@" if lg != "en" else "PEN#######")
    title = tr(
        lg,
        f"Pension contribution statement {y0}",
        f"Bescheinigung nach Par. 92 EStG fuer {y0}",
        f"Attestation fiscale PER {y0}",
    )
    sh = sheet(s, f, f"{title} - {pol}")
    to_client(
        sh,
        s,
        f,
        client_lines(main=rng.random() < 0.5),
        after_year(rng, 40),
        [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
    )
    maybe_stamp(rng, sh, s, home().lang)
    subject(sh, s, title)
    own = rng.uniform(200, 2100)
    rows = [
        [
            tr(
                lg, "Your contributions", "Eigenbeitraege im Beitragsjahr", "Versements volontaires"
            ),
            money(own, lg),
        ],
        [
            tr(
                lg,
                "Tax relief added (20%)",
                "Gutgeschriebene Grundzulage",
                "Dont versements deductibles",
            ),
            money(own * 0.25 if lg == "en" else 175.0 if lg == "de" else own, lg),
        ],
        [
            tr(
                lg, "Employer contributions", "Gutgeschriebene Kinderzulage", "Abondement employeur"
            ),
            money(rng.choice([0.0, 185.0, 300.0, 600.0]), lg),
        ],
        [
            tr(
                lg,
                "Fund value at year end",
                "Stand des Altersvorsorgevermoegens 31.12.",
                "Encours au 31/12",
            ),
            money(own * rng.uniform(6, 25), lg),
        ],
    ]
    grid(sh, s, [(4, "left"), (1.3, "right")], ["", ccy(lg)], rows, rules=True)
    say(sh, s, prose(rng, lg, "money", 2, 4), s.size - 1)
    if rng.random() < 0.6:
        sh.new_page()
        subject(
            sh,
            s,
            tr(lg, "Allowances credited by year", "Zulagenverlauf", "Historique des versements"),
        )
        hist = [
            [
                str(yr),
                money(rng.uniform(100, 2100), lg),
                money(rng.choice([0.0, 175.0, 360.0]), lg),
                date_text(date(yr + 1, rng.randint(2, 9), rng.randint(1, 28)), lg, "short"),
            ]
            for yr in range(y0 - rng.randint(3, 14), y0 + 1)
        ]
        grid(
            sh,
            s,
            [(1, "left"), (1.3, "right"), (1.3, "right"), (1.3, "left")],
            [
                tr(lg, "Year", "Jahr", "Annee"),
                tr(lg, "Paid", "Beitrag", "Verse"),
                tr(lg, "Relief", "Zulage", "Deduit"),
                tr(lg, "Credited", "Gutschrift", "Date"),
            ],
            hist,
        )
    return close(sh.pages, s, f)


# ---------------------------------------------------------------------------------------------
# Templates R: the let flat and the town hall
# ---------------------------------------------------------------------------------------------

COSTS = {
    "de": [
        "Grundsteuer",
        "Wasserversorgung",
        "Entwaesserung",
        "Heizkosten lt. Ista",
        "Aufzug",
        "Strassenreinigung",
        "Muellbeseitigung",
        "Gebaeudereinigung",
        "Gartenpflege",
        "Allgemeinstrom",
        "Hauswart",
        "Gebaeudeversicherung",
        "Instandhaltungsruecklage",
        "Verwalterverguetung",
        "Kontofuehrung",
    ],
    "fr": [
        "Eau froide",
        "Chauffage collectif",
        "Ascenseur",
        "Entretien parties communes",
        "Electricite parties communes",
        "Espaces verts",
        "Assurance immeuble",
        "Honoraires syndic",
        "Fonds travaux",
        "Taxe ordures menageres",
    ],
    "en": [
        "Buildings insurance",
        "Communal cleaning",
        "Communal electricity",
        "Lift maintenance",
        "Grounds maintenance",
        "Fire alarm testing",
        "Window cleaning",
        "Managing agent's fee",
        "Reserve fund",
        "Accountancy fee",
    ],
}


def tpl_service_charge(rng: random.Random, who: Issuer) -> list[Page]:
    """A property manager's annual service-charge statement for the household's let flat:
    the covering letter with the balance, then the cost distribution (cost type, building
    total, key, share) often on landscape pages, with costs the tenant may bear shown apart;
    sometimes the heating cost breakdown as a last page."""
    f = firm(who, "estate")
    lg = f.lang
    s = letter_style(who, [A4])
    y0 = home().year
    unit = ref(keyed(who, "unit"), "WE ##" if lg == "de" else "Lot ###" if lg == "fr" else "Flat #")
    title = tr(
        lg,
        f"Service charge statement {y0}",
        f"Hausgeldabrechnung {y0}",
        f"Decompte de charges {y0}",
    )
    sh = sheet(s, f, f"{title} - {unit}")
    to_client(
        sh,
        s,
        f,
        client_lines(both=True),
        after_year(rng, 150),
        [
            (
                tr(lg, "Property", "Objekt", "Residence"),
                rng.choice(
                    ["Wiesenstr. 9", "Residence Les Tilleuls", "Bridge Court", "Lindenhof 3-5"]
                ),
            ),
            (tr(lg, "Unit", "Einheit", "Lot"), unit),
        ],
    )
    maybe_stamp(rng, sh, s, home().lang)
    subject(sh, s, title)
    dear(sh, s, lg, "")
    say(sh, s, prose(rng, lg, "home", 2, 4))
    costs = rng.sample(COSTS[lg], rng.randint(6, len(COSTS[lg])))
    share_area = rng.uniform(45, 110)
    all_area = rng.uniform(700, 2400)
    rows = []
    total = alloc = 0.0
    for ct in costs:
        t = rng.uniform(300, 18000)
        key = rng.choice(
            [
                tr(lg, "floor area", "Wohnflaeche", "tantiemes"),
                tr(lg, "units", "Einheiten", "lots"),
                tr(lg, "consumption", "Verbrauch", "compteurs"),
            ]
        )
        sh_ = t * share_area / all_area
        can = rng.random() < 0.7
        total += sh_
        alloc += sh_ if can else 0
        rows.append(
            [
                ct,
                money(t, lg),
                key,
                f"{share_area:.2f} / {all_area:.2f}",
                money(sh_, lg),
                tr(lg, "yes", "ja", "oui") if can else tr(lg, "no", "nein", "non"),
            ]
        )
    paid = round(total * rng.uniform(0.9, 1.1), -1)
    sums(
        sh,
        s,
        [
            (
                tr(lg, "Your share of costs", "Ihr Kostenanteil", "Votre quote-part"),
                money(total, lg),
            ),
            (
                tr(lg, "Payments on account", "Hausgeldvorauszahlungen", "Provisions versees"),
                money(-paid, lg),
            ),
            (tr(lg, "Balance", "Abrechnungsspitze", "Solde"), amount(total - paid, lg)),
        ],
    )
    regards(
        sh,
        s,
        lg,
        rng.choice(["Anja Grotefend", "Marc Perrin", "Sian Howells", "Tobias Reinhold"]),
        tr(lg, "Property manager", "Objektbetreuung", "Gestionnaire"),
    )
    land = rng.random() < 0.5
    if land:
        s2 = paper(s, landscape(A4), 40)
        sh2 = sheet(s2, f, f"{title} - {unit}", headed=False)
        sh2.pages[0].text(
            40,
            sh2.y + 4,
            tr(
                lg,
                "Distribution of costs",
                "Einzelabrechnung / Kostenverteilung",
                "Repartition des charges",
            ),
            s.bold,
            s.size + 1,
        )
        sh2.y += 24
        grid(
            sh2,
            s2,
            [
                (3, "left"),
                (1.2, "right"),
                (1.3, "left"),
                (1.8, "right"),
                (1.2, "right"),
                (1, "center"),
            ],
            [
                tr(lg, "Cost", "Kostenart", "Poste"),
                tr(lg, "Building", "Gesamt", "Immeuble"),
                tr(lg, "Key", "Schluessel", "Cle"),
                tr(lg, "Share", "Anteil", "Quote"),
                tr(lg, "Yours", "Ihr Anteil", "Votre part"),
                tr(lg, "Rechargeable", "umlagefaehig", "recuperable"),
            ],
            rows,
        )
        sums(
            sh2,
            s2,
            [
                (
                    tr(
                        lg,
                        "Rechargeable to tenant",
                        "davon umlagefaehig (Mieter)",
                        "dont recuperable",
                    ),
                    money(alloc, lg),
                )
            ],
        )
        pages = sh.pages + sh2.pages
    else:
        sh.new_page()
        subject(
            sh, s, tr(lg, "Distribution of costs", "Kostenverteilung", "Repartition des charges")
        )
        grid(
            sh,
            s,
            [
                (3, "left"),
                (1.2, "right"),
                (1.3, "left"),
                (1.8, "right"),
                (1.2, "right"),
                (0.8, "center"),
            ],
            [
                tr(lg, "Cost", "Kostenart", "Poste"),
                tr(lg, "Building", "Gesamt", "Immeuble"),
                tr(lg, "Key", "Schluessel", "Cle"),
                tr(lg, "Share", "Anteil", "Quote"),
                tr(lg, "Yours", "Ihr Anteil", "Votre part"),
                tr(lg, "Rech.", "uml.", "rec."),
            ],
            rows,
            pt=s.size - 2,
        )
        sums(
            sh,
            s,
            [
                (
                    tr(lg, "Rechargeable to tenant", "davon umlagefaehig", "dont recuperable"),
                    money(alloc, lg),
                )
            ],
        )
        pages = sh.pages
    if lg == "de" and rng.random() < 0.5:
        sh3 = sheet(s, f, "", headed=False)
        sh3.pages[0].text(
            s.margin, sh3.y + 6, "Heizkostenabrechnung - Ista Deutschland GmbH", s.bold, s.size + 1
        )
        sh3.y += 26
        dev = [
            [
                f"HKV {k + 1}",
                rng.choice(["Wohnen", "Kueche", "Bad", "Schlafen"]),
                str(rng.randint(100, 3000)),
                str(rng.randint(100, 3000)),
                f"{rng.uniform(0.8, 2.5):.2f}".replace(".", ","),
            ]
            for k in range(rng.randint(4, 8))
        ]
        grid(
            sh3,
            s,
            [(1, "left"), (1.5, "left"), (1, "right"), (1, "right"), (1, "right")],
            ["Geraet", "Raum", "Vorjahr", "Ablesewert", "Faktor"],
            dev,
        )
        say(sh3, s, prose(rng, "de", "home", 2, 4), s.size - 1.5)
        pages = pages + sh3.pages
    if rng.random() < 0.6:
        sh4 = sheet(s, f, f"{title} - {unit}", headed=f.repeat)
        subject(
            sh4,
            s,
            tr(
                lg,
                "Certificate of service costs for the tax return",
                "Bescheinigung ueber haushaltsnahe Dienstleistungen (Par. 35a EStG)",
                "Attestation des depenses ouvrant droit a avantage fiscal",
            ),
            0.5,
        )
        say(sh4, s, prose(rng, lg, "home", 1, 2), s.size - 1)
        services = [
            [ct, money(rng.uniform(20, 600), lg), money(rng.uniform(5, 300), lg)]
            for ct in rng.sample(costs, min(len(costs), rng.randint(3, 7)))
        ]
        grid(
            sh4,
            s,
            [(3, "left"), (1.2, "right"), (1.2, "right")],
            [
                tr(lg, "Cost", "Kostenart", "Poste"),
                tr(lg, "Your share", "Ihr Anteil", "Votre part"),
                tr(lg, "of which labour", "davon Arbeitskosten", "dont main d'oeuvre"),
            ],
            services,
            rules=True,
        )
        regards(sh4, s, lg, f.name, tr(lg, "Accounts", "Buchhaltung", "Comptabilite"), ink=False)
        pages = pages + sh4.pages
    return close(pages, s, f, numbering=rng.choice(["none", "{i}/{n}", f.numbering]))


def tpl_rental_extract(rng: random.Random, who: Issuer) -> list[Page]:
    """Copied pages of the lease for the let flat: the first page with the parties and the
    rent, a middle page with the service charges clause and the signature page, each keeping
    the page number it has in the full lease ('Seite 1 von 12', then 'Seite 5 von 12')."""
    f = firm(who, "estate")
    lg = f.lang
    s = paper(who.style, rng.choice([A4, A4, LETTER]), 0, min(who.style.size, 10))
    w, h = s.page_size
    m = s.margin
    total = rng.choice([8, 10, 12, 14, 16])
    chosen = sorted(
        set(rng.sample(range(2, total), rng.randint(1, 4)))
        | {1, total}
        | ({rng.randint(2, total - 1)} if rng.random() < 0.4 else set())
    )
    c = home()
    tenant = rng.choice(
        ["Malte Vogt", "Ines Carvalho", "Lucie Brun", "Tom Adeyemi", "Jana Petrova"]
    )
    rent = rng.randint(380, 1250)
    pages: list[Page] = []
    para_no = 1
    for k in chosen:
        p = Page(s.page_size)
        sh = Sheet(s.page_size, h - m - 20, lambda _p, _n: 0.0)
        sh.pages, sh.page, sh.y = [p], p, m
        if k == 1:
            t = tr(
                lg,
                "ASSURED SHORTHOLD TENANCY AGREEMENT",
                "Mietvertrag fuer Wohnraum",
                "CONTRAT DE LOCATION - LOGEMENT NU",
            )
            p.text(w / 2, m + 4, t, s.bold, shrink(t, s.bold, s.size + 5, w - 2 * m), "center")
            sh.y = m + 34
            say(
                sh,
                s,
                tr(
                    lg,
                    f"This agreement is made between {c.first} {c.surname} and {c.partner} "
                    f"{c.surname} ('the Landlord') and {tenant} ('the Tenant').",
                    f"Zwischen {c.first} und {c.partner} {c.surname}, {c.street}, {c.town} "
                    f"(Vermieter) und {tenant} (Mieter) wird folgender Mietvertrag geschlossen:",
                    f"Entre {c.first} et {c.partner} {c.surname} (le bailleur) et {tenant} (le "
                    "locataire), il a ete convenu ce qui suit :",
                ),
            )
        else:
            sh.y = m + 6
        for _ in range(rng.randint(3, 6)):
            head = tr(lg, f"{para_no}. Clause", f"Par. {para_no}", f"Article {para_no}")
            sh.heading(m, head + " " + words(rng, lg, "home", 3)[:-1], s.bold, s.size)
            text = prose(rng, lg, "home", 2, 5)
            if para_no == 2:
                text = (
                    tr(
                        lg,
                        f"The rent is {amount(rent, lg)} per month, payable in advance. ",
                        f"Die Miete betraegt monatlich {amount(rent, lg)} zzgl. "
                        "Betriebskostenvorauszahlung. ",
                        f"Le loyer mensuel est fixe a {amount(rent, lg)} hors charges. ",
                    )
                    + text
                )
            say(sh, s, text, s.size - 0.5)
            para_no += 1
            if sh.y > h - m - 120:
                break
        para_no += rng.randint(2, 5)
        if k == total:
            y = max(sh.y + 20, h - m - 110)
            for j, who_ in enumerate(
                [
                    tr(lg, "Landlord", "Vermieter", "Le bailleur"),
                    tr(lg, "Tenant", "Mieter", "Le locataire"),
                ]
            ):
                x = m + j * (w - 2 * m) / 2
                p.text(x, y, who_, s.font, s.size - 1)
                p.text(x + 10, y + 30, c.surname if j == 0 else tenant.split()[-1], INK, 15)
                p.line(x, y + 36, x + 150, y + 36)
        p.text(
            w / 2,
            h - 28,
            tr(lg, f"Page {k} of {total}", f"Seite {k} von {total}", f"Page {k}/{total}"),
            s.font,
            8,
            "center",
        )
        p.text(w - m, h - 28, tr(lg, "Initials", "Paraphe", "Paraphes"), s.font, 6.5, "right")
        p.text(w - m - 40, h - 40, initials(f"{c.first} {c.surname}"), INK, 10)
        if len(pages) == 0 and rng.random() < 0.5:
            p.text(w - m - 20, m - 14, tr(lg, "COPY", "Kopie", "COPIE"), HAND, 11, "right")
        pages.append(p)
    return pages


def tpl_property_tax(rng: random.Random, who: Issuer) -> list[Page]:
    """The town's property tax notice: the German Grundsteuerbescheid (assessed value, rate,
    quarterly instalments, the appeal notice), the French avis de taxe fonciere, an English
    council tax bill with the band and the ten instalments; one or two pages."""
    f = firm(who, "council", ["official", "official", "caps", "wordmark"])
    lg = f.lang
    s = letter_style(who, [A4])
    y0 = home().year
    akz = ref(keyed(who, "akz"), "###.###.####.#" if lg == "de" else "### ### ### ###")
    title = tr(
        lg,
        f"Council Tax bill {y0}/{str(y0 + 1)[2:]}",
        f"Grundsteuerbescheid fuer {y0}",
        f"Avis de taxe fonciere {y0}",
    )
    sh = sheet(s, f, f"{title} - {akz}")
    d = in_year(rng, 20, 80)
    to_client(
        sh,
        s,
        f,
        client_lines(both=True),
        d,
        [(tr(lg, "Account", "Kassenzeichen", "Reference de l'avis"), akz)],
    )
    maybe_stamp(rng, sh, s, home().lang)
    subject(sh, s, title, 2)
    prop = rng.choice(
        [home().street, "Wiesenstr. 9, WE 04", "12 rue Sainte-Helene", "Flat 2, 14 Bridge Street"]
    )
    if lg == "de":
        mb = rng.uniform(80, 900)
        hs = rng.choice([410, 480, 530, 600, 650])
        yearly = mb * hs / 100
        say(
            sh,
            s,
            f"Grundstueck: {prop}. Auf Grund des Grundsteuermessbescheides des Finanzamtes vom "
            f"{date_text(date(y0 - 1, rng.randint(1, 12), rng.randint(1, 28)), 'de', 'short')} "
            "wird die Grundsteuer wie folgt festgesetzt:",
        )
        grid(
            sh,
            s,
            [(3, "left"), (1.2, "right"), (1, "right"), (1.3, "right")],
            ["Steuerart", "Messbetrag", "Hebesatz", "Jahresbetrag"],
            [["Grundsteuer B", money(mb, "de"), f"{hs} %", money(yearly, "de")]],
        )
        inst = [[f"15.{mo:02d}.{y0}", money(yearly / 4, "de")] for mo in (2, 5, 8, 11)]
        grid(
            sh,
            s,
            [(2, "left"), (1, "right"), (3, "left")],
            ["Faelligkeit", "Betrag EUR", ""],
            [[a, b, ""] for a, b in inst],
        )
        subject(sh, s, "Rechtsbehelfsbelehrung", 0)
        say(
            sh,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            "erhoben werden. " + prose(rng, "de", "tax", 2, 3),
            s.size - 1.5,
        )
    elif lg == "fr":
        base = rng.uniform(900, 3200)
        rows = [
            [
                "Commune",
                money(base, "fr"),
                f"{rng.uniform(20, 45):.2f} %",
                money(base * 0.33, "fr"),
            ],
            [
                "Syndicats",
                money(base, "fr"),
                f"{rng.uniform(0.1, 2):.2f} %",
                money(base * 0.01, "fr"),
            ],
            ["TSE", money(base, "fr"), "0,245 %", money(base * 0.0025, "fr")],
            [
                "Taxe ordures menageres",
                money(base, "fr"),
                f"{rng.uniform(7, 12):.2f} %",
                money(base * 0.09, "fr"),
            ],
        ]
        say(sh, s, f"Adresse du bien : {prop}")
        grid(
            sh,
            s,
            [(2.5, "left"), (1.2, "right"), (1, "right"), (1.2, "right")],
            ["Collectivite", "Base", "Taux", "Cotisation"],
            rows,
            rules=True,
        )
        sums(
            sh,
            s,
            [
                ("Frais de gestion de la fiscalite directe locale", money(base * 0.013, "fr")),
                ("Montant de votre impot", amount(base * 0.443, "fr")),
            ],
        )
        say(
            sh,
            s,
            f"Date limite de paiement : 15/10/{y0}. " + prose(rng, "fr", "tax", 1, 3),
            s.size - 1,
        )
    else:
        band = rng.choice("ABCDEFG")
        charge = {"A": 1200, "B": 1400, "C": 1600, "D": 1800, "E": 2200, "F": 2600, "G": 3000}[
            band
        ] * rng.uniform(0.95, 1.1)
        say(sh, s, f"Property: {prop}. Valuation band {band}.")
        grid(
            sh,
            s,
            [(3, "left"), (1, "right"), (1.2, "right")],
            ["Charge", "Band D £", "Your charge £"],
            [
                ["County / council", money(charge * 0.8, "en"), money(charge * 0.78, "en")],
                ["Police", money(charge * 0.15, "en"), money(charge * 0.15, "en")],
                ["Community council", money(charge * 0.05, "en"), money(charge * 0.07, "en")],
            ],
        )
        sums(
            sh,
            s,
            [
                ("Less single person discount", money(0, "en")),
                ("Amount payable", amount(charge, "en")),
            ],
        )
        inst = [
            [
                date_text(date(y0 + (mo > 12), (mo - 1) % 12 + 1, 1), "en", "short"),
                money(charge / 10, "en"),
            ]
            for mo in range(4, 14)
        ]
        grid(
            sh,
            s,
            [(2, "left"), (1, "right"), (3, "left")],
            ["Instalment due", "£", ""],
            [[a, b, ""] for a, b in inst],
        )
    if rng.random() < 0.65:
        sh.new_page()
        subject(
            sh,
            s,
            tr(lg, "How your bill is worked out", "Erlaeuterungen", "Comprendre votre avis"),
            0.5,
        )
        small_print(sh, s, [prose(rng, lg, "tax", 3, 6) for _ in range(rng.randint(4, 10))])
    return close(sh.pages, s, f, numbering=rng.choice(["none", "{i}/{n}"]))


# ---------------------------------------------------------------------------------------------
# Templates R: the tax office and the adviser
# ---------------------------------------------------------------------------------------------


DE_NOTES = [
    "Zu den Einkuenften aus nichtselbstaendiger Arbeit",
    "Zu den Einkuenften aus selbstaendiger Arbeit",
    "Zu den Einkuenften aus Vermietung und Verpachtung",
    "Zu den Sonderausgaben",
    "Zu den aussergewoehnlichen Belastungen",
    "Zur Steuerermaessigung nach Par. 35a EStG",
    "Zu den Vorauszahlungen",
    "Abweichungen von der Steuererklaerung",
]


def tpl_tax_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """The previous year's income tax assessment: the German Steuerbescheid (the amounts
    assessed, the account of payments, the bases of the assessment by kind of income, the
    explanations and the appeal notice, 'Seite i' at the top), the French avis d'imposition
    (summary box, detail of income, calculation, information), the English SA302 tax
    calculation with the tax year overview; four to eight pages, often followed by a
    payment reminder."""
    f = firm(who, "taxoffice", ["official"])
    lg = f.lang
    s = letter_style(who, [A4])
    s = replace(s, font=rng.choice(["Helvetica", "Courier", "Times-Roman"]))
    s = replace(
        s,
        bold={"Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold"}.get(s.font, "Times-Bold"),
        size=min(s.size, 9.5),
    )
    y0 = home().year - 1
    c = home()
    title = tr(
        lg,
        f"Tax calculation {y0}-{str(y0 + 1)[2:]}",
        f"Bescheid fuer {y0} ueber Einkommensteuer, Solidaritaetszuschlag und Kirchensteuer",
        f"Avis d'impot {y0 + 1} sur les revenus de l'annee {y0}",
    )
    sh = sheet(
        s,
        f,
        tr(lg, f"UTR {c.taxno}", f"Steuernummer {c.taxno}", f"Numero fiscal {c.taxno}")
        + f" - {y0}",
    )
    d = date(y0 + 1, 1, 1) + timedelta(days=rng.randint(120, 400))
    to_client(
        sh,
        s,
        f,
        client_lines(both=lg != "en"),
        d,
        [
            (tr(lg, "UTR", "Steuernummer", "N fiscal"), c.taxno),
            (tr(lg, "Tax year", "Veranlagungsjahr", "Revenus"), str(y0)),
        ],
    )
    maybe_stamp(rng, sh, s, home().lang)
    subject(sh, s, title, 1)
    wage = rng.uniform(25000, 70000)
    biz = rng.uniform(-3000, 45000)
    let = rng.uniform(-4000, 9000)
    cap = rng.uniform(0, 3000)
    income = wage + biz + let + cap
    tax = max(income - 11000, 0) * rng.uniform(0.18, 0.3)
    paid = tax * rng.uniform(0.7, 1.2)
    if lg == "de":
        say(sh, s, "Festsetzung", 0)
        grid(
            sh,
            s,
            [(3, "left"), (1.2, "right"), (1.2, "right"), (1.2, "right")],
            ["", "Einkommensteuer", "Solidaritaetszuschlag", "Kirchensteuer ev"],
            [
                ["festgesetzt werden", money(tax, "de"), money(0, "de"), money(tax * 0.09, "de")],
                [
                    "abzueglich Steuerabzug vom Lohn",
                    money(paid * 0.8, "de"),
                    "0,00",
                    money(paid * 0.07, "de"),
                ],
                ["abzueglich Kapitalertragsteuer", money(cap * 0.25, "de"), "0,00", "0,00"],
                [
                    "abzueglich Vorauszahlungen",
                    money(paid * 0.2, "de"),
                    "0,00",
                    money(paid * 0.02, "de"),
                ],
                [
                    "verbleibende Betraege",
                    money(tax - paid - cap * 0.25, "de"),
                    "0,00",
                    money((tax - paid) * 0.09, "de"),
                ],
            ],
            rules=True,
        )
        rest = tax - paid - cap * 0.25
        say(
            sh,
            s,
            (
                "Bitte zahlen Sie den Betrag von "
                + money(rest, "de")
                + f" EUR bis zum {date_text(d + timedelta(days=33), 'de', 'short')}."
            )
            if rest > 0
            else f"Der Betrag von {money(-rest, 'de')} EUR wird auf Ihr Konto erstattet.",
            s.size,
        )
        say(
            sh,
            s,
            "Der Bescheid ist nach Par. 165 Abs. 1 Satz 2 AO teilweise vorlaeufig. "
            + prose(rng, "de", "tax", 1, 3),
            s.size - 1,
        )
        sh.new_page()
        subject(sh, s, "Berechnungsgrundlagen", 0.5)
        rows = [
            ["Einkuenfte aus nichtselbstaendiger Arbeit", "", money(wage, "de")],
            ["  Bruttoarbeitslohn", money(wage + 1230, "de"), ""],
            ["  Werbungskosten", money(rng.uniform(1230, 4000), "de"), ""],
            ["Einkuenfte aus selbstaendiger Arbeit", "", money(biz, "de")],
            ["Einkuenfte aus Vermietung und Verpachtung", "", money(let, "de")],
            ["Summe der Einkuenfte", "", money(income, "de")],
            ["Sonderausgaben (Vorsorgeaufwendungen)", money(rng.uniform(4000, 14000), "de"), ""],
            ["Spenden und Mitgliedsbeitraege", money(rng.uniform(50, 900), "de"), ""],
            [
                "Aussergewoehnliche Belastungen",
                money(rng.choice([0, rng.uniform(100, 3000)]), "de"),
                "",
            ],
            ["Kinderbetreuungskosten", money(rng.uniform(500, 4000), "de"), ""],
            ["zu versteuerndes Einkommen", "", money(income * 0.82, "de")],
            ["tarifliche Einkommensteuer (Splittingtarif)", "", money(tax, "de")],
            ["Steuerermaessigung Par. 35a EStG", money(rng.uniform(50, 1200), "de"), ""],
        ]
        grid(
            sh,
            s,
            [(4, "left"), (1.2, "right"), (1.2, "right")],
            ["", "EUR", "EUR"],
            rows,
            shade=None,
        )
        if rng.random() < 0.6:
            subject(sh, s, "Ermittlung der Einkuenfte aus Vermietung und Verpachtung", 0)
            grid(
                sh,
                s,
                [(4, "left"), (1.2, "right")],
                ["", "EUR"],
                [
                    ["Mieteinnahmen", money(rng.uniform(6000, 14000), "de")],
                    ["Umlagen", money(rng.uniform(1000, 3000), "de")],
                    ["AfA Gebaeude", money(rng.uniform(1000, 4000), "de")],
                    ["Schuldzinsen", money(rng.uniform(200, 5000), "de")],
                    ["Erhaltungsaufwand", money(rng.uniform(0, 6000), "de")],
                ],
                shade=None,
            )
        sh.new_page()
        subject(sh, s, "Erlaeuterungen", 0.5)
        for _ in range(rng.randint(8, 28)):
            if rng.random() < 0.4:
                sh.heading(s.margin, rng.choice(DE_NOTES), s.bold, s.size)
            say(sh, s, prose(rng, "de", "tax", 2, 5), s.size - 0.5)
        subject(sh, s, "Rechtsbehelfsbelehrung", 0.5)
        say(
            sh,
            s,
            "Der Bescheid kann mit dem Einspruch angefochten werden. Der Einspruch ist beim "
            f"{f.name} schriftlich einzureichen, diesem elektronisch zu uebermitteln oder dort "
            "zur Niederschrift zu erklaeren. Die Frist fuer die Einlegung des Einspruchs "
            "betraegt einen Monat. " + prose(rng, "de", "tax", 2, 4),
            s.size - 1,
        )
        if rng.random() < 0.85:
            sh.new_page()
            subject(sh, s, "Festsetzung der Vorauszahlungen", 0.5)
            vz = rng.uniform(200, 3000)
            grid(
                sh,
                s,
                [(2, "left"), (1, "right"), (1, "right"), (1, "right")],
                ["Faelligkeit", "Einkommensteuer", "Soli", "Kirchensteuer"],
                [
                    [f"10.{mo:02d}.{y0 + 2}", money(vz, "de"), "0,00", money(vz * 0.09, "de")]
                    for mo in (3, 6, 9, 12)
                ],
            )
        nums = rng.choice(["Seite {i}", "Seite {i} von {n}", "2:- {i} -"])
        return foot_and_number(sh.pages, s, [], nums, "tr")
    if lg == "fr":
        w, _ = sh.size
        sh.page.rect(s.margin, sh.y - 10, w - 2 * s.margin, 64, fill=0.9)
        net = tax - paid
        sh.y = (
            pairs(
                sh.page,
                s,
                s.margin + 8,
                sh.y + 4,
                [
                    ("Revenu fiscal de reference", money(income * 0.9, "fr").split(",")[0]),
                    ("Nombre de parts", rng.choice(["2", "2,5", "3"])),
                    ("Impot sur le revenu net", money(tax, "fr")),
                    ("Reste a payer" if net > 0 else "Montant restitue", amount(abs(net), "fr")),
                ],
                w - s.margin - 8,
            )
            + 16
        )
        say(sh, s, prose(rng, "fr", "tax", 2, 4))
        sh.new_page()
        subject(sh, s, "Detail des revenus", 0.5)
        rows = [
            ["1AJ", "Salaires - declarant 1", money(wage * 0.6, "fr")],
            ["1BJ", "Salaires - declarant 2", money(wage * 0.4, "fr")],
            ["5HQ", "Revenus non commerciaux (micro-BNC)", money(max(biz, 0), "fr")],
            ["4BE", "Micro-foncier : recettes brutes", money(max(let, 0) + 3000, "fr")],
            ["2DC", "Revenus des actions", money(cap, "fr")],
            ["7UF", "Dons aux oeuvres", money(rng.uniform(50, 900), "fr")],
            ["7GA", "Frais de garde des enfants", money(rng.uniform(500, 3500), "fr")],
            [
                "7DB",
                "Emploi d'un salarie a domicile",
                money(rng.choice([0, rng.uniform(500, 4000)]), "fr"),
            ],
        ]
        grid(
            sh,
            s,
            [(0.8, "left"), (4, "left"), (1.3, "right")],
            ["Case", "Libelle", "Montant"],
            rows,
            rules=True,
        )
        sh.new_page()
        subject(sh, s, "Calcul de l'impot", 0.5)
        rows2 = [
            ["Revenu brut global", money(income, "fr")],
            ["Revenu imposable", money(income * 0.9, "fr")],
            ["Impot sur le revenu soumis au bareme", money(tax * 1.1, "fr")],
            ["Reductions d'impot", money(tax * 0.04, "fr")],
            ["Credits d'impot", money(tax * 0.06, "fr")],
            ["Prelevement a la source deja verse", money(paid, "fr")],
            ["Prelevements sociaux", money(cap * 0.172, "fr")],
        ]
        grid(sh, s, [(4, "left"), (1.3, "right")], ["", "EUR"], rows2, shade=None)
        sh.new_page()
        subject(sh, s, "Informations utiles", 0.5)
        small_print(
            sh, s, [prose(rng, "fr", "tax", 2, 5) for _ in range(rng.randint(4, 10))], 7.5, 2
        )
        return foot_and_number(
            sh.pages,
            s,
            [f"{f.name} - avis {ref(rng, '## ## ### ### ###')}"],
            rng.choice(["{i}/{n}", "Page {i}/{n}"]),
            "br",
        )
    say(
        sh,
        s,
        "This is a copy of your tax calculation for the year. " + prose(rng, "en", "tax", 1, 2),
    )
    rows = [
        ["Pay from all employments", money(wage, "en")],
        ["Profit from self-employment", money(max(biz, 0), "en")],
        ["Profit from UK land and property", money(max(let, 0), "en")],
        ["Interest from UK banks", money(cap, "en")],
        ["Total income received", money(income, "en")],
        ["minus Personal Allowance", money(12570, "en")],
        ["Total income on which tax is due", money(max(income - 12570, 0), "en")],
    ]
    grid(sh, s, [(4, "left"), (1.3, "right")], ["", "£"], rows, shade=None)
    sums(
        sh,
        s,
        [
            ("Income Tax due", money(tax, "en")),
            ("Class 4 National Insurance", money(max(biz, 0) * 0.06, "en")),
            ("minus tax deducted (PAYE)", money(paid, "en")),
            ("Total due", amount(tax - paid, "en")),
        ],
    )
    sh.new_page()
    subject(sh, s, f"Tax year overview {y0}-{str(y0 + 1)[2:]}", 0.5)
    grid(
        sh,
        s,
        [(3, "left"), (1.2, "right"), (1.2, "right"), (1.2, "right")],
        ["", "Due", "Paid", "Outstanding"],
        [
            ["Tax year total", money(tax, "en"), money(paid, "en"), money(tax - paid, "en")],
            ["Payment on account 1", money(tax / 2, "en"), money(tax / 2, "en"), "0.00"],
            [
                "Payment on account 2",
                money(tax / 2, "en"),
                money(rng.choice([0.0, tax / 2]), "en"),
                money(rng.choice([0.0, tax / 2]), "en"),
            ],
        ],
    )
    if rng.random() < 0.6:
        sh.new_page()
        subject(sh, s, "How we calculated your Income Tax", 0.5)
        taxable = max(income - 12570, 0)
        bands = [
            [
                "Basic rate",
                money(min(taxable, 37700), "en"),
                "20%",
                money(min(taxable, 37700) * 0.2, "en"),
            ],
            [
                "Higher rate",
                money(max(taxable - 37700, 0), "en"),
                "40%",
                money(max(taxable - 37700, 0) * 0.4, "en"),
            ],
            ["Savings allowance", money(min(cap, 1000), "en"), "0%", "0.00"],
            [
                "Savings basic rate",
                money(max(cap - 1000, 0), "en"),
                "20%",
                money(max(cap - 1000, 0) * 0.2, "en"),
            ],
        ]
        grid(
            sh,
            s,
            [(3, "left"), (1.2, "right"), (0.6, "right"), (1.2, "right")],
            ["", "Income £", "Rate", "Tax £"],
            bands,
        )
        for _ in range(rng.randint(2, 6)):
            say(sh, s, prose(rng, "en", "tax", 2, 4), s.size - 1)
    sh.new_page()
    subject(sh, s, "Notes", 0.5)
    small_print(sh, s, [prose(rng, "en", "tax", 2, 5) for _ in range(rng.randint(5, 16))], 7.5, 1)
    return close(sh.pages, s, f, numbering="Page {i} of {n}")


def tpl_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """A payment reminder from the household's tax office: outstanding items with the due
    date, the late-payment charge, sometimes a payment slip to tear off, sometimes the tax
    account statement as a second page; A4 or A5; reminders come in runs and often after
    the assessment."""
    f = firm(who, "taxoffice", ["official"])
    lg = f.lang
    s = letter_style(who, [rng.choice([A4, A4, A5])])
    if s.page_size == A5:
        s = paper(s, A5, 32, min(s.size, 8.5))
    w, h = s.page_size
    m = s.margin
    c = home()
    sh = sheet(s, f, "")
    d = date(c.year, 1, 1) + timedelta(days=rng.randint(30, 500))
    to_client(
        sh,
        s,
        f,
        client_lines(both=lg != "en"),
        d,
        [(tr(lg, "UTR", "Steuernummer", "N fiscal"), c.taxno)],
    )
    subject(sh, s, tr(lg, "Reminder - payment overdue", "Mahnung", "Lettre de relance"), 2)
    say(
        sh,
        s,
        tr(
            lg,
            "Our records show that the following amounts have not been paid:",
            "Nach unseren Unterlagen sind folgende Betraege noch nicht entrichtet:",
            "Sauf erreur de notre part, les sommes suivantes restent dues :",
        ),
    )
    items = []
    tot = 0.0
    for _ in range(rng.randint(1, 4)):
        a = rng.uniform(40, 4200)
        tot += a
        items.append(
            [
                rng.choice(
                    [
                        tr(lg, "Balancing payment", "Einkommensteuer", "Impot sur le revenu"),
                        tr(
                            lg,
                            "Payment on account",
                            "Solidaritaetszuschlag",
                            "Prelevements sociaux",
                        ),
                        tr(lg, "Interest", "Kirchensteuer", "Majoration 10 %"),
                        tr(lg, "Penalty", "Saeumniszuschlag", "Taxe fonciere"),
                    ]
                ),
                str(c.year - 1),
                on(f, d - timedelta(days=rng.randint(10, 60))),
                money(a, lg),
            ]
        )
    grid(
        sh,
        s,
        [(3, "left"), (0.8, "left"), (1.3, "left"), (1.2, "right")],
        [
            tr(lg, "Item", "Abgabe", "Nature"),
            tr(lg, "Year", "Jahr", "Annee"),
            tr(lg, "Due", "faellig", "Echeance"),
            ccy(lg),
        ],
        items,
    )
    fee = {"de": 5.0 * rng.randint(1, 3), "fr": tot * 0.1, "en": 100.0}[lg]
    sums(
        sh,
        s,
        [
            (
                tr(lg, "Late payment charge", "Mahngebuehr / Saeumniszuschlag", "Majoration"),
                money(fee, lg),
            ),
            (tr(lg, "Total to pay now", "Gesamtbetrag", "Total a payer"), amount(tot + fee, lg)),
        ],
    )
    say(
        sh,
        s,
        tr(
            lg,
            f"Please pay within 7 days quoting {c.taxno}K.",
            f"Bitte zahlen Sie innerhalb einer Woche unter Angabe der Steuernummer {c.taxno}.",
            "A defaut de paiement sous 30 jours, des poursuites pourront etre engagees.",
        ),
        s.size - 0.5,
    )
    if rng.random() < 0.5 and h - sh.y > 120:
        y = h - m - 80
        for x in range(int(m), int(w - m), 8):
            sh.page.line(x, y, x + 4, y)
        sh.page.text(
            m, y + 16, tr(lg, "Payment slip", "Zahlschein", "Talon de paiement"), s.bold, 8
        )
        sh.page.text(m, y + 30, f"IBAN {ref(rng, '@@## #### #### #### #### ##')}", "Courier", 8)
        sh.page.text(
            m,
            y + 42,
            f"{tr(lg, 'Reference', 'Verwendungszweck', 'Reference')}: {c.taxno}",
            "Courier",
            8,
        )
        sh.page.text(w - m, y + 30, amount(tot + fee, lg), "Courier-Bold", 9, "right")
    if rng.random() < 0.4:
        hand_note(rng, sh.page, w - m - 90, sh.y + 14, c.lang)
    if rng.random() < 0.3:
        sh.new_page()
        subject(
            sh,
            s,
            tr(lg, "Statement of account", "Kontoauszug Steuerkonto", "Releve de compte fiscal"),
            1,
        )
        bal = 0.0
        moves = []
        day = d - timedelta(days=rng.randint(200, 400))
        for _ in range(rng.randint(5, 30)):
            day += timedelta(days=rng.randint(5, 30))
            v = rng.choice([-1, 1]) * rng.uniform(50, 3000)
            bal += v
            moves.append(
                [
                    date_text(day, lg, "short"),
                    rng.choice([x[0] for x in items]),
                    money(v, lg) if v > 0 else "",
                    money(-v, lg) if v < 0 else "",
                    money(bal, lg),
                ]
            )
        grid(
            sh,
            s,
            [(1.1, "left"), (3, "left"), (1, "right"), (1, "right"), (1.1, "right")],
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Item", "Vorgang", "Operation"),
                tr(lg, "Charged", "Soll", "Debit"),
                tr(lg, "Paid", "Haben", "Credit"),
                tr(lg, "Balance", "Saldo", "Solde"),
            ],
            moves,
            pt=s.size - 2,
        )
    return close(sh.pages, s, f, numbering="none")


SCOPE = {
    "en": [
        "Preparing your Self Assessment tax return",
        "Preparing accounts for your self-employment",
        "Rental income schedule (SA105)",
        "Registering for and advising on VAT",
        "Dealing with HMRC enquiries",
        "Payroll for one employee",
    ],
    "de": [
        "Erstellung der Einkommensteuererklaerung",
        "Einnahmenueberschussrechnung (EUER)",
        "Anlage V fuer die vermietete Wohnung",
        "Umsatzsteuer-Voranmeldungen",
        "Pruefung der Steuerbescheide",
        "Lohnabrechnung Minijob",
    ],
    "fr": [
        "Etablissement de la declaration 2042 et annexes",
        "Tenue et presentation des comptes BNC (2035)",
        "Declaration des revenus fonciers (2044)",
        "Declarations de TVA",
        "Assistance en cas de controle",
        "Conseil patrimonial",
    ],
}


def tpl_engagement(rng: random.Random, who: Issuer) -> list[Page]:
    """The adviser's engagement letter: the services agreed, the client's duties, fees as a
    table, liability and terms, the client's signed acceptance; two to four pages, 'Page i
    of n' or unnumbered; often followed by the client checklist."""
    f = firm(who, "adviser", ["wordmark", "flush", "caps", "badge"])
    lg = f.lang
    s = letter_style(who, [rng.choice([A4, A4, LETTER])])
    w, _h = s.page_size
    m = s.margin
    c = home()
    title = tr(
        lg, "Letter of engagement", "Auftragsbestaetigung und Vollmacht", "Lettre de mission"
    )
    sh = sheet(s, f, f"{title} - {c.first} {c.surname}")
    d = date(c.year + 1, 1, 1) + timedelta(days=rng.randint(-40, 60))
    to_client(
        sh,
        s,
        f,
        client_lines(both=True),
        d,
        [(tr(lg, "Our ref.", "Unser Zeichen", "Notre ref."), ref(keyed(who, "adv"), "@@/####"))],
    )
    subject(sh, s, title, 2)
    dear(sh, s, lg, f"{c.first} {c.surname}" if lg == "en" else "")
    say(
        sh,
        s,
        tr(
            lg,
            "Thank you for choosing us. This letter sets out the basis on which we will act "
            "for you.",
            "vielen Dank fuer Ihr Vertrauen. Hiermit bestaetigen wir den uns erteilten Auftrag "
            "wie folgt:",
            "Nous vous remercions de votre confiance. La presente lettre precise les "
            "conditions de notre intervention.",
        ),
    )
    sh.heading(
        m,
        tr(lg, "1. Services", "1. Gegenstand des Auftrags", "1. Nature de la mission"),
        s.bold,
        s.size,
    )
    for t in rng.sample(SCOPE[lg], rng.randint(2, 5)):
        say(sh, s, "- " + t + f" {c.year}", s.size - 0.5, 12)
    sh.heading(
        m,
        tr(lg, "2. Your responsibilities", "2. Mitwirkungspflichten", "2. Vos obligations"),
        s.bold,
        s.size,
    )
    say(sh, s, prose(rng, lg, "work", 2, 5))
    sh.heading(m, tr(lg, "3. Fees", "3. Verguetung", "3. Honoraires"), s.bold, s.size)
    fees = [
        [t, money(rng.choice([180, 250, 350, 480, 650, 900, 1200]), lg)]
        for t in rng.sample(SCOPE[lg], rng.randint(2, 4))
    ]
    grid(
        sh,
        s,
        [(4, "left"), (1.2, "right")],
        [
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Fee (ex VAT)", "Honorar netto", "HT"),
        ],
        fees,
        rules=True,
    )
    say(
        sh,
        s,
        tr(
            lg,
            "Additional work will be charged at our hourly rates. ",
            "Die Abrechnung erfolgt nach der StBVV. ",
            "Les travaux complementaires seront factures au temps passe. ",
        )
        + prose(rng, lg, "work", 1, 3),
        s.size - 0.5,
    )
    for k in range(rng.randint(2, 6)):
        sh.heading(m, f"{k + 4}. " + CLAUSES[lg][k], s.bold, s.size)
        say(sh, s, prose(rng, lg, "work", 2, 6), s.size - 0.5)
    regards(
        sh,
        s,
        lg,
        rng.choice(["Gareth Rees FCA", "Dr. Hendrik Oltmanns", "Sylvie Keller", "Katja Meinecke"]),
        tr(lg, "Partner", "Steuerberater/in", "Expert-comptable"),
    )
    sh.need(110)
    sh.page.rect(m, sh.y, w - 2 * m, 90)
    sh.page.text(
        m + 6,
        sh.y + 14,
        tr(
            lg,
            "Acceptance - I/we agree to the terms of this letter.",
            "Einverstanden / Auftrag erteilt:",
            "Bon pour accord - le client :",
        ),
        s.bold,
        s.size - 1,
    )
    sh.page.text(
        m + 6,
        sh.y + 40,
        f"{c.town.split()[-1]}, "
        f"{date_text(d + timedelta(days=rng.randint(2, 20)), c.lang, 'short')}",
        HAND,
        10,
    )
    sh.page.text(m + 200, sh.y + 44, c.surname, INK, 16)
    sh.page.text(m + 330, sh.y + 46, c.partner[0] + ". " + c.surname, INK, 14)
    sh.page.line(m + 6, sh.y + 60, w - m - 6, sh.y + 60)
    sh.page.text(
        m + 6,
        sh.y + 72,
        tr(lg, "Date, signatures", "Ort, Datum, Unterschrift(en)", "Date et signatures"),
        s.font,
        6.5,
    )
    sh.y += 100
    if rng.random() < 0.85:
        sh.new_page()
        subject(
            sh,
            s,
            tr(
                lg,
                "Standard terms of business",
                "Allgemeine Auftragsbedingungen fuer Steuerberater",
                "Conditions generales d'intervention",
            ),
            0.5,
        )
        terms = [f"{k}. " + prose(rng, lg, "work", 3, 7) for k in range(1, rng.randint(12, 44))]
        small_print(sh, s, terms, 6.8, rng.choice([1, 2, 2]))
    return close(sh.pages, s, f)


CLAUSES = {
    "en": [
        "Period of engagement",
        "Money laundering",
        "Data protection",
        "Limitation of liability",
        "Complaints",
        "Ownership of records",
        "Electronic communication",
    ],
    "de": [
        "Vollmacht",
        "Haftung",
        "Verschwiegenheit",
        "Datenschutz",
        "Aufbewahrung der Unterlagen",
        "Kuendigung",
        "Elektronische Kommunikation",
    ],
    "fr": [
        "Duree de la mission",
        "Lutte anti-blanchiment",
        "Donnees personnelles",
        "Responsabilite",
        "Reclamations",
        "Conservation des documents",
        "Communication electronique",
    ],
}
SECTIONS = {
    "en": [
        "Income",
        "Savings and investments",
        "Property",
        "Family",
        "Expenses and reliefs",
        "Other matters",
    ],
    "de": [
        "Einkuenfte",
        "Kapitalvermoegen",
        "Vermietung",
        "Familie",
        "Sonderausgaben und Belastungen",
        "Sonstiges",
    ],
    "fr": [
        "Revenus",
        "Epargne et placements",
        "Immobilier",
        "Famille",
        "Charges et reductions",
        "Divers",
    ],
}


CHECKS = {
    "en": [
        "Employment income (P60, P11D)",
        "Self-employed income and expenses",
        "Rental income and costs",
        "Bank and building society interest",
        "Dividends and share sales",
        "Pension contributions",
        "Gift Aid donations",
        "Child Benefit received",
        "Student loan",
        "Foreign income",
        "Capital gains",
        "Marriage allowance",
        "Use of home as office",
        "Vehicle used for business",
        "Changes in circumstances",
    ],
    "de": [
        "Lohnsteuerbescheinigung(en)",
        "Einnahmen/Ausgaben selbstaendige Taetigkeit",
        "Mieteinnahmen und Werbungskosten",
        "Jahressteuerbescheinigung(en) der Banken",
        "Renten / Renteninformation",
        "Riester-/Ruerup-Vertraege",
        "Kranken- und Pflegeversicherung",
        "Spenden und Mitgliedsbeitraege",
        "Kinderbetreuungskosten",
        "Handwerkerleistungen / haushaltsnahe Dienste",
        "Krankheitskosten",
        "Arbeitszimmer / Homeoffice-Pauschale",
        "Fahrten Wohnung - Arbeitsstaette",
        "Fahrzeug im Betriebsvermoegen",
        "Aenderungen Familienstand / Kinder",
        "Auslandseinkuenfte",
    ],
    "fr": [
        "Salaires et traitements",
        "Revenus non commerciaux (BNC)",
        "Revenus fonciers",
        "Revenus de capitaux mobiliers (IFU)",
        "Pensions et retraites",
        "Versements PER",
        "Dons aux associations",
        "Frais de garde des enfants",
        "Emploi a domicile",
        "Frais reels",
        "Pensions alimentaires",
        "Changement de situation",
        "Revenus etrangers",
    ],
}


def personal_details(rng: random.Random, sh: Sheet, s: Style, lg: str) -> None:
    """The questionnaire's first section: a two-column grid of the couple's details filled
    in by hand, then the children, then the bank account for refunds."""
    c = home()
    w, _ = sh.size
    m = s.margin
    sh.heading(
        m, tr(lg, "Personal details", "Persoenliche Angaben", "Etat civil"), s.bold, s.size + 0.5
    )
    labels = [
        tr(lg, "First name", "Vorname", "Prenom"),
        tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
        tr(lg, "Occupation", "Beruf", "Profession"),
        tr(lg, "NI number", "Steuer-ID", "Numero fiscal"),
        tr(lg, "Marital status", "Religion", "Situation"),
        tr(lg, "Telephone", "Telefon", "Telephone"),
        tr(lg, "E-mail", "E-Mail", "Courriel"),
    ]
    cw = (w - 2 * m - 120) / 2
    sh.page.text(m + 120, sh.y, tr(lg, "You", "Steuerpflichtige/r", "Declarant 1"), s.bold, 7.5)
    sh.page.text(
        m + 120 + cw, sh.y, tr(lg, "Partner", "Ehegatte/Partner", "Declarant 2"), s.bold, 7.5
    )
    sh.y += 8
    for label in labels:
        sh.need(22)
        sh.page.rect(m, sh.y, 120, 20)
        sh.page.rect(m + 120, sh.y, cw, 20)
        sh.page.rect(m + 120 + cw, sh.y, cw, 20)
        sh.page.text(m + 3, sh.y + 13, fit(label, s.font, 7, 114), s.font, 7)
        for j, name in enumerate([c.first, c.partner]):
            val = {
                0: name,
                1: date_text(
                    date(rng.randint(1962, 1992), rng.randint(1, 12), rng.randint(1, 28)),
                    lg,
                    "short",
                ),
                2: rng.choice(
                    [
                        c.trade,
                        tr(lg, "teacher", "Lehrerin", "enseignant"),
                        tr(lg, "nurse", "Ingenieur", "infirmiere"),
                    ]
                ),
                3: ref(rng, "## ### ### ###"),
                4: rng.choice(
                    ["-", tr(lg, "married", "ev", "marie"), tr(lg, "married", "rk", "pacse"), "-"]
                ),
                5: ref(rng, "0### #######"),
                6: f"{name.lower()}.{c.surname.lower().replace(' ', '')}@"
                + rng.choice(["gmx.de", "web.de", "orange.fr", "gmail.com"]),
            }[labels.index(label)]
            if rng.random() < 0.9:
                x = m + 120 + j * cw + 5
                sh.page.text(x, sh.y + 14, fit(val, HAND, 9, cw - 10), HAND, 9)
        sh.y += 20
    sh.y += 14
    sh.heading(m, tr(lg, "Children", "Kinder", "Enfants a charge"), s.bold, s.size + 0.5)
    kids = [
        [
            c.child,
            date_text(
                date(c.year - rng.randint(1, 9), rng.randint(1, 12), rng.randint(1, 28)),
                lg,
                "short",
            ),
            tr(lg, "yes", "ja", "oui"),
            "",
        ]
    ]
    if rng.random() < 0.5:
        kids.append(
            [
                rng.choice(KIDS),
                date_text(date(c.year - rng.randint(8, 20), rng.randint(1, 12), 3), lg, "short"),
                tr(lg, "yes", "ja", "oui"),
                tr(lg, "at university", "Studium", "etudiant"),
            ]
        )
    kids += [["", "", "", ""] for _ in range(3 - len(kids))]
    cols = columns(m, w - m, [(2, "left"), (1.3, "left"), (1, "left"), (2.2, "left")])
    for col, t in zip(
        cols,
        [
            tr(lg, "Name", "Vorname", "Prenom"),
            tr(lg, "Born", "geb. am", "Ne(e) le"),
            tr(lg, "Child Benefit", "Kindergeld", "CAF"),
            tr(lg, "Notes", "Ausbildung", "Observations"),
        ],
        strict=True,
    ):
        sh.page.text(col[0], sh.y, t, s.bold, 7.5)
    sh.y += 6
    for row in kids:
        sh.need(20)
        for col, t in zip(cols, row, strict=True):
            sh.page.rect(col[0] - 2, sh.y, col[1] - col[0] + 4, 18)
            if t:
                sh.page.text(col[0] + 2, sh.y + 13, fit(t, HAND, 9, col[1] - col[0] - 4), HAND, 9)
        sh.y += 18
    sh.y += 16
    sh.need(60)
    sh.page.text(
        m,
        sh.y,
        tr(
            lg,
            "Bank account for refunds",
            "Bankverbindung fuer Erstattungen",
            "RIB pour remboursement",
        ),
        s.bold,
        s.size,
    )
    sh.y += 16
    sh.page.text(m, sh.y, "IBAN", s.font, 7.5)
    for k in range(22):
        sh.page.rect(m + 40 + k * 14, sh.y - 10, 14, 14)
        if rng.random() < 0.95:
            sh.page.text(
                m + 43 + k * 14,
                sh.y,
                rng.choice("0123456789") if k > 1 else "DE"[k] if lg == "de" else "FG"[k],
                HAND,
                9,
            )
    sh.y += 24
    if rng.random() < 0.6:
        sh.new_page()


CHECK_NUMBERS = {
    "en": ["Page {i} of {n}", "{i}/{n}", "Page {i}"],
    "de": ["Seite {i}/{n}", "{i}/{n}", "Seite {i} von {n}"],
    "fr": ["Page {i}/{n}", "{i}/{n}"],
}


def detail_rows(rng: random.Random, sh: Sheet, s: Style, lg: str) -> None:
    """A ruled table in the questionnaire for the details of one section, partly filled in
    by hand."""
    c = home()
    w, _ = sh.size
    m = s.margin
    cols = columns(m, w - m, [(3.5, "left"), (1.6, "left"), (1.1, "right"), (0.8, "center")])
    heads = [
        tr(lg, "Payer / recipient / purpose", "Zahlungsempfaenger / Zweck", "Organisme / objet"),
        tr(lg, "Date / period", "Datum / Zeitraum", "Date / periode"),
        tr(lg, "Amount", "Betrag", "Montant"),
        tr(lg, "Encl.", "Beleg", "Joint"),
    ]
    n = rng.randint(4, 10)
    sh.need(30 + 3 * 17)
    for col, hd in zip(cols, heads, strict=True):
        cell(sh.page, col, sh.y, hd, s.bold, 7)
    sh.y += 6
    filled = rng.randint(1, n)
    for k in range(n):
        if sh.need(18):
            sh.y += 4
        for col in cols:
            sh.page.rect(col[0] - 2, sh.y, col[1] - col[0] + 4, 17)
        if k < filled:
            vals = [
                words(rng, c.lang, rng.choice(["money", "home"]), rng.randint(2, 5))[:-1],
                date_text(in_year(rng), c.lang, "short"),
                money(rng.uniform(10, 2500), c.lang),
                rng.choice(["x", "x", ""]),
            ]
            for col, v in zip(cols, vals, strict=True):
                cell(sh.page, col, sh.y + 12, v, HAND, 8.5)
        sh.y += 17
    sh.y += 16


def tpl_checklist(rng: random.Random, who: Issuer) -> list[Page]:
    """The adviser's year-end questionnaire filled in by the client: sections over three to
    five pages with yes / no boxes ticked by hand, short written answers, 'enclosed' ticks,
    a form code and 'Seite i/n' in the footer, the client's signature at the end."""
    f = firm(who, "adviser", ["wordmark", "flush", "caps", "badge"])
    lg = f.lang
    s = paper(who.style, rng.choice([A4, A4, LETTER]), 46, min(who.style.size, 9.5))
    w, _h = s.page_size
    m = s.margin
    c = home()
    title = tr(
        lg,
        f"Tax return checklist {c.year}",
        f"Checkliste Einkommensteuererklaerung {c.year}",
        f"Questionnaire declaration des revenus {c.year}",
    )
    sh = sheet(s, f, title)
    subject(sh, s, title, 3)
    sh.y = (
        pairs(
            sh.page,
            s,
            m,
            sh.y,
            [
                (tr(lg, "Client", "Mandant", "Client"), f"{c.first} / {c.partner} {c.surname}"),
                (tr(lg, "Tax reference", "Steuernummer", "N fiscal"), c.taxno),
            ],
            w - m,
        )
        + 8
    )
    say(
        sh,
        s,
        tr(
            lg,
            "Please tick and enclose the documents. Return with your papers by 31 May.",
            "Bitte ankreuzen und die Belege beifuegen. Rueckgabe bis 31. Mai.",
            "Merci de cocher les cases et de joindre les justificatifs.",
        ),
        s.size - 1,
    )
    personal_details(rng, sh, s, lg)
    items = CHECKS[lg]
    yes_no = [
        tr(lg, "Yes", "Ja", "Oui"),
        tr(lg, "No", "Nein", "Non"),
        tr(lg, "enclosed", "liegt bei", "joint"),
    ]
    sec = 0
    k0 = 0
    while k0 < len(items):
        sec += 1
        chunk = items[k0 : k0 + rng.randint(3, 5)]
        k0 += len(chunk)
        sh.heading(m, f"{chr(64 + sec)}. " + SECTIONS[lg][(sec - 1) % 6], s.bold, s.size + 0.5)
        for it in chunk:
            sh.need(50)
            sh.page.text(m + 4, sh.y, fit(it, s.font, s.size - 0.5, w * 0.5), s.font, s.size - 0.5)
            ans = rng.choice([0, 0, 1, 1, 2])
            x = w * 0.6
            for j, t in enumerate(yes_no):
                box(sh.page, x, sh.y, False, 8)
                if j == ans or (j == 2 and ans == 0 and rng.random() < 0.6):
                    sh.page.text(x + 1, sh.y, "x", HAND, 11)
                sh.page.text(x + 11, sh.y, t, s.font, 7)
                x += 14 + len(t) * 4 + 12
            sh.y += s.size * 1.5
            if ans == 0 and rng.random() < 0.5:
                sh.page.line(m + 20, sh.y + 3, w - m, sh.y + 3)
                sh.page.text(
                    m + 24,
                    sh.y,
                    fit(prose(rng, c.lang, "money", 1, 1), HAND, 9, w - 2 * m - 30),
                    HAND,
                    9,
                )
                sh.y += s.size * 1.7
        if rng.random() < 0.4:
            sh.need(60)
            sh.page.text(
                m + 4, sh.y, tr(lg, "Notes:", "Anmerkungen:", "Observations :"), s.font, 7.5
            )
            for j in range(3):
                sh.page.line(m + 60, sh.y + 3 + j * 16, w - m, sh.y + 3 + j * 16)
            if rng.random() < 0.6:
                sh.page.text(
                    m + 64,
                    sh.y,
                    fit(prose(rng, c.lang, "home", 1, 1), HAND, 9.5, w - 2 * m - 70),
                    HAND,
                    9.5,
                )
            sh.y += 54
        if rng.random() < 0.6:
            detail_rows(rng, sh, s, lg)
    sh.need(90)
    sh.y += 10
    say(
        sh,
        s,
        tr(
            lg,
            "I confirm that the information given is complete and correct.",
            "Ich versichere die Vollstaendigkeit und Richtigkeit meiner Angaben.",
            "Je certifie l'exactitude des renseignements fournis.",
        ),
        s.size - 0.5,
    )
    sh.page.text(
        m,
        sh.y + 20,
        date_text(date(c.year + 1, rng.randint(2, 5), rng.randint(1, 28)), c.lang, "short"),
        HAND,
        10,
    )
    sh.page.text(m + 180, sh.y + 18, c.surname, INK, 16)
    sh.page.line(m, sh.y + 26, w - m, sh.y + 26)
    code = ref(keyed(who, "form"), "Form @@-##") + f"/{c.year}"
    return foot_and_number(
        sh.pages,
        s,
        [code],
        rng.choice(CHECK_NUMBERS[lg]),
        "br",
    )


# ---------------------------------------------------------------------------------------------
# Templates R: the client's business and travel
# ---------------------------------------------------------------------------------------------

PLACES = {
    "de": [
        "Hannover",
        "Hildesheim",
        "Celle",
        "Bremen",
        "Oldenburg",
        "Dortmund",
        "Bochum",
        "Freiburg",
        "Offenburg",
        "Basel",
    ],
    "fr": [
        "Strasbourg",
        "Colmar",
        "Mulhouse",
        "Lyon",
        "Villeurbanne",
        "Bordeaux",
        "Merignac",
        "Karlsruhe",
    ],
    "en": [
        "Cardiff",
        "Newport",
        "Bristol",
        "Lancaster",
        "Preston",
        "Kendal",
        "Exeter",
        "Plymouth",
        "Taunton",
    ],
}


PURPOSES = {
    "de": [
        "Kunde Meyer",
        "Sato AG Besprechung",
        "Verlag Brandt",
        "Termin Finanzamt",
        "Buero",
        "Fortbildung IHK",
        "Baustelle Celle",
        "Material Einkauf",
    ],
    "fr": [
        "client Atelier Nova",
        "rdv Editions du Rhin",
        "formation CCI",
        "achat materiel",
        "salon pro",
        "banque",
    ],
    "en": [
        "Harbour Digital - meeting",
        "client site visit",
        "training day",
        "post office",
        "Morecambe Bay Trust",
        "supplier",
    ],
}


def tpl_mileage_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The client's mileage log on landscape A4: the pre-printed log-book pages (sheet
    number, vehicle, month) or a spreadsheet print, rows of trips with odometer readings,
    route, purpose, business and private kilometres, written by hand; two to four pages."""
    c = home()
    lg = c.lang
    s = paper(who.style, landscape(A4), 34, 8)
    w, h = s.page_size
    m = s.margin
    printed = rng.random() < 0.35
    hand = "Helvetica" if printed else HAND
    sheet_no = rng.randint(3, 40)
    odo = rng.randint(12000, 140000)
    day = in_year(rng, 0, 300)
    pages = []
    for k in range(rng.randint(2, 6)):
        p = Page(s.page_size)
        title = tr(lg, "MILEAGE LOG", "Fahrtenbuch", "CARNET DE BORD - FRAIS KILOMETRIQUES")
        p.text(m, m, title, s.bold, 13)
        p.text(
            w - m, m, tr(lg, "Sheet", "Blatt", "Feuillet") + f" {sheet_no + k}", s.bold, 10, "right"
        )
        p.text(
            m, m + 18, tr(lg, "Vehicle reg.:", "Amtl. Kennzeichen:", "Immatriculation :"), s.font, 8
        )
        p.text(m + 90, m + 18, c.plate, hand, 10)
        p.text(m + 250, m + 18, tr(lg, "Driver:", "Fahrer:", "Conducteur :"), s.font, 8)
        p.text(m + 300, m + 18, f"{c.first} {c.surname}", hand, 10)
        spec = [
            (1, "left"),
            (1.1, "right"),
            (1.1, "right"),
            (3.4, "left"),
            (2.2, "left"),
            (0.8, "right"),
            (0.8, "right"),
            (1, "left"),
        ]
        cols = columns(m, w - m, spec)
        head = [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Start", "km Beginn", "Km depart"),
            tr(lg, "End", "km Ende", "Km arrivee"),
            tr(lg, "Route", "Reiseroute", "Trajet"),
            tr(lg, "Purpose / client", "Zweck / Kunde", "Motif / client"),
            tr(lg, "Bus.", "gesch.", "Pro"),
            tr(lg, "Priv.", "privat", "Perso"),
            tr(lg, "Sign.", "Unterschr.", "Visa"),
        ]
        y = m + 40
        p.rect(m, y - 10, w - 2 * m, 16, fill=0.85)
        for col, t in zip(cols, head, strict=True):
            p.text(col[0] + 2, y, fit(t, s.bold, 7.5, col[1] - col[0] - 4), s.bold, 7.5)
        y += 18
        rows = rng.randint(8, 22) if k else rng.randint(12, 22)
        for _ in range(rows):
            a, b = rng.sample(PLACES[lg], 2)
            dist = rng.randint(4, 260)
            priv = rng.random() < 0.25
            vals = [
                date_text(day, lg, "short")[: 6 if lg != "en" else 5],
                str(odo),
                str(odo + dist),
                f"{a} - {b}" + (f" - {a}" if rng.random() < 0.5 else ""),
                "" if priv else rng.choice(PURPOSES[lg]),
                "" if priv else str(dist),
                str(dist) if priv else "",
                initials(c.first + " " + c.surname),
            ]
            for col, t in zip(cols, vals, strict=True):
                if t:
                    x = col[1] - 3 if col[2] == "right" else col[0] + 2
                    p.text(x, y, fit(t, hand, 8.5, col[1] - col[0] - 4), hand, 8.5, col[2])
            p.line(m, y + 5, w - m, y + 5)
            odo += dist + rng.choice([0, 0, rng.randint(1, 40)])
            day += timedelta(days=rng.randint(0, 3))
            y += 17
            if y > h - m - 30:
                break
        while y < h - m - 30:
            p.line(m, y + 5, w - m, y + 5)
            y += 17
        for col in cols[1:]:
            p.line(col[0] - 2, m + 30, col[0] - 2, y - 12)
        pages.append(p)
    return pages


def tpl_hotel_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """A hotel bill for a business trip: guest, arrival and departure, nights with the room
    rate, breakfast and city tax shown apart (the German 7% / 19% split), paid by card;
    A4 or Letter, sometimes with the card slip stapled on as a second page."""
    f = firm(who, "hotel", ["caps", "wordmark", "badge", "band"])
    lg = f.lang
    s = letter_style(who, [rng.choice([A4, A4, LETTER])])
    c = home()
    sh = sheet(s, f, "")
    arr = in_year(rng)
    nights = rng.randint(1, 4)
    no = ref(rng, "#######")
    to_client(
        sh,
        s,
        f,
        [f"{c.first} {c.surname}", business(), c.street, c.town]
        if rng.random() < 0.6
        else client_lines(),
        arr + timedelta(days=nights),
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Room", "Zimmer", "Chambre"), str(rng.randint(101, 720))),
            (tr(lg, "Arrival", "Anreise", "Arrivee"), on(f, arr)),
            (tr(lg, "Departure", "Abreise", "Depart"), on(f, arr + timedelta(days=nights))),
        ],
    )
    subject(sh, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    rate = rng.uniform(69, 189)
    rows = []
    tot = 0.0
    for k in range(nights):
        dd = arr + timedelta(days=k)
        rows.append(
            [
                date_text(dd, lg, "short"),
                tr(lg, "Accommodation", "Uebernachtung", "Hebergement"),
                "7 %" if lg == "de" else "10 %" if lg == "fr" else "20%",
                money(rate, lg),
            ]
        )
        tot += rate
        if rng.random() < 0.7:
            b = rng.choice([12.5, 16.0, 19.9])
            rows.append(
                [
                    date_text(dd + timedelta(days=1), lg, "short"),
                    tr(lg, "Breakfast", "Fruehstueck", "Petit-dejeuner"),
                    "19 %" if lg == "de" else "10 %" if lg == "fr" else "20%",
                    money(b, lg),
                ]
            )
            tot += b
    if lg != "en":
        city = nights * rng.choice([2.0, 3.3, 5.0])
        rows.append(
            [
                "",
                tr(
                    lg,
                    "City tax",
                    "Beherbergungsteuer (Kultur- und Tourismustaxe)",
                    "Taxe de sejour",
                ),
                "0 %",
                money(city, lg),
            ]
        )
        tot += city
    if rng.random() < 0.4:
        rows.append(
            [
                date_text(arr, lg, "short"),
                tr(lg, "Bar", "Minibar", "Bar"),
                "19 %" if lg == "de" else "20 %",
                money(rng.uniform(4, 30), lg),
            ]
        )
    grid(
        sh,
        s,
        [(1.2, "left"), (3.5, "left"), (0.8, "right"), (1.2, "right")],
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Libelle"),
            tr(lg, "VAT", "MwSt", "TVA"),
            ccy(lg),
        ],
        rows,
    )
    sums(
        sh,
        s,
        [
            (tr(lg, "Total", "Gesamtbetrag", "Total TTC"), amount(tot, lg)),
            (tr(lg, "Paid by card", "Bezahlt mit Kreditkarte", "Paye par carte"), money(-tot, lg)),
            (tr(lg, "Balance", "Saldo", "Solde"), money(0, lg)),
        ],
    )
    say(
        sh,
        s,
        tr(
            lg,
            "Thank you for staying with us.",
            "Vielen Dank fuer Ihren Aufenthalt.",
            "Merci de votre sejour.",
        )
        + " "
        + prose(rng, lg, "money", 0, 1),
        s.size - 1,
    )
    pages = close(sh.pages, s, f, numbering="none")
    if rng.random() < 0.45:
        pages.append(slip_page(rng, f, who))
    return pages


def tpl_train_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A train ticket: an orange-card style ticket (85 x 55 mm, landscape) or a print-at-home
    ticket on A4 (journey, class, fare, the booking code, a QR code, the VAT note for the
    receipt); outward and return tickets come together."""
    f = firm(who, "rail", ["band", "wordmark"])
    lg = f.lang
    c = home()
    a, b = rng.sample(
        PLACES[lg]
        + (
            {
                "de": ["Berlin Hbf", "Koeln Hbf", "Muenchen Hbf"],
                "fr": ["Paris Est", "Paris Gare de Lyon", "Lille Europe"],
                "en": ["London Paddington", "Manchester Piccadilly", "London Euston"],
            }[lg]
        ),
        2,
    )
    d = in_year(rng)
    fare = rng.uniform(9.9, 149.0)
    if rng.random() < 0.45:
        size = (86 * MM, 54 * MM)
        p = Page(size)
        w, h = size
        p.rect(0, 0, w, 16, fill=0.55)
        p.text(
            6, 11, tr(lg, "STANDARD ANYTIME DAY SINGLE", "FAHRKARTE", "BILLET"), "Helvetica-Bold", 7
        )
        p.text(w - 6, 11, tr(lg, "Class STD", "2. Kl.", "2e CL"), "Helvetica-Bold", 7, "right")
        p.text(
            6,
            30,
            fit(tr(lg, "FROM ", "VON ", "DE ") + a.upper(), "Helvetica-Bold", 8, w - 12),
            "Helvetica-Bold",
            8,
        )
        p.text(
            6,
            42,
            fit(tr(lg, "TO ", "NACH ", "A ") + b.upper(), "Helvetica-Bold", 8, w - 12),
            "Helvetica-Bold",
            8,
        )
        p.text(
            6,
            58,
            tr(lg, "Valid ", "Gueltig ", "Valable ") + date_text(d, lg, "short"),
            "Helvetica",
            7,
        )
        p.text(w - 6, 58, ccy(lg) + " " + money(fare, lg), "Helvetica-Bold", 8, "right")
        p.text(6, 72, ref(rng, "#####-######-@@"), "Courier", 6.5)
        p.text(
            6,
            84,
            tr(lg, "Route: ANY PERMITTED", "Ueber: " + rng.choice(PLACES[lg]), "Via : direct"),
            "Helvetica",
            6,
        )
        p.text(w - 6, 84, ref(rng, "####"), "Courier", 6, "right")
        if rng.random() < 0.4:
            p.text(w - 60, 124, "Reise " if lg == "de" else "trip", HAND, 8)
        return [p]
    s = paper(who.style, A4, 40, 9)
    w, h = s.page_size
    p = Page(A4)
    sh = sheet(s, f, "")
    subject(sh, s, tr(lg, "Your e-ticket", "Ihr Online-Ticket", "Votre e-billet"), 4)
    code = ref(rng, "@@@###")
    sh.y = (
        pairs(
            sh.page,
            s,
            40,
            sh.y,
            [
                (tr(lg, "Passenger", "Reisender", "Voyageur"), f"{c.first} {c.surname}"),
                (tr(lg, "Booking reference", "Auftragsnummer", "Reference dossier"), code),
                (tr(lg, "Travel date", "Reisedatum", "Date du voyage"), date_text(d, lg, "long")),
                (tr(lg, "Class", "Klasse", "Classe"), rng.choice(["1", "2"])),
            ],
            w - 40,
            9.5,
        )
        + 10
    )
    legs = [
        [
            f"{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}",
            a,
            f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}",
            b,
            rng.choice(["ICE 577", "IC 2043", "TGV 9574", "TER 831", "GW 1A23", "VT 1S08"]),
            rng.choice(["", f"Wg. {rng.randint(1, 14)}, Pl. {rng.randint(11, 98)}"]),
        ]
    ]
    if rng.random() < 0.5:
        legs.append(legs[0][:])
        legs[1][0], legs[1][1], legs[1][3] = (
            f"{rng.randint(14, 21):02d}:{rng.randint(0, 59):02d}",
            b,
            a,
        )
    grid(
        sh,
        s,
        [(0.8, "left"), (2.4, "left"), (0.8, "left"), (2.4, "left"), (1.2, "left"), (1.4, "left")],
        [
            tr(lg, "Dep.", "ab", "Dep."),
            tr(lg, "From", "Von", "De"),
            tr(lg, "Arr.", "an", "Arr."),
            tr(lg, "To", "Nach", "A"),
            tr(lg, "Train", "Zug", "Train"),
            tr(lg, "Seat", "Platz", "Place"),
        ],
        legs,
    )
    if sh.y + 220 < h - 40:
        sh.page.barcode("qr", code + ref(rng, "##########"), 40, sh.y + 10)
        sh.y += 220
    sums(
        sh,
        s,
        [
            (tr(lg, "Fare", "Preis", "Prix"), amount(fare, lg)),
            (
                tr(lg, "incl. VAT", "enth. MwSt. 7 %", "dont TVA 10 %"),
                money(fare * 0.07 if lg == "de" else fare * 0.09 if lg == "fr" else 0, lg),
            ),
        ],
    )
    say(sh, s, prose(rng, lg, "money", 1, 2), 7)
    del p
    return close(sh.pages, s, f, numbering="none")


def tpl_client_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A sales invoice the self-employed client issued, printed from their own template: the
    client's letterhead, the customer, consecutive invoice numbers through a run, service
    dates, hours or a fixed fee, VAT or the small-business / franchise note, bank details in
    the footer; a run of them comes together."""
    c = home()
    lg = c.lang
    r = keyed(who, "ownbiz")
    f = Firm(
        name=business(),
        lang=lg,
        street=c.street,
        town=c.town,
        phone=ref(r, "0### ### ## ##") if lg != "en" else ref(r, "07### ######"),
        head=r.choice(["wordmark", "flush", "caps", "badge"]),
        repeat=False,
        foot=[
            " | ".join(
                [
                    f"{c.first} {c.surname}",
                    tr(lg, "UTR ", "St.-Nr. ", "SIRET ") + c.taxno,
                    "IBAN " + ref(r, "@@## #### #### #### #### ##"),
                ]
            )
        ],
        numbering="none",
        corner="br",
        dstyle="short",
    )
    s = paper(
        who.style,
        r.choice([A4, LETTER]) if lg == "en" else A4,
        r.choice([50, 56, 64]),
        min(who.style.size, 10),
    )
    s = replace(s, font=r.choice(["Helvetica", "Times-Roman"]))
    s = replace(s, bold="Helvetica-Bold" if s.font == "Helvetica" else "Times-Bold")
    k = ISSUED.get(f.name, 0)
    ISSUED[f.name] = k + 1
    seq = r.randint(12, 60) + 3 * k + rng.randint(1, 3)
    no = f"{c.year}-{seq:03d}"
    d = date(c.year, 1, 1) + timedelta(
        days=min(r.randint(0, 120) + 28 * k + rng.randint(0, 20), 364)
    )
    sh = sheet(s, f, "")
    cust = rng.choice(
        {
            "de": [
                ["Sato Consulting AG", "Kroepcke 1", "30159 Hannover"],
                ["Verlag Brandt GmbH", "Am Markt 4", "28195 Bremen"],
                ["Stadtwerke Celle", "Am Fuhrberger Bahnhof 1", "29225 Celle"],
            ],
            "fr": [
                ["Editions du Rhin SAS", "8 quai des Bateliers", "67000 Strasbourg"],
                ["Atelier Nova", "22 rue Bossuet", "69006 Lyon"],
            ],
            "en": [
                ["Harbour Digital Ltd", "Unit 9, Bute Street", "Cardiff CF10 5LE"],
                ["Morecambe Bay Trust", "Marine Road", "Morecambe LA4 4DB"],
            ],
        }[lg]
    )
    to_client(
        sh,
        s,
        f,
        cust,
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungsnummer", "Facture n."), no),
            (
                tr(lg, "Service date", "Leistungsdatum", "Date de prestation"),
                on(f, d - timedelta(days=rng.randint(1, 25))),
            ),
        ],
    )
    subject(sh, s, tr(lg, f"Invoice {no}", f"Rechnung Nr. {no}", f"Facture n. {no}"), 3)
    rows = []
    net = 0.0
    for k in range(rng.randint(1, 5)):
        q = rng.choice([1, 2, 4, 6.5, 8, 12, 16])
        pr = rng.choice([45.0, 65.0, 80.0, 95.0, 120.0, 350.0])
        net += q * pr
        rows.append(
            [
                str(k + 1),
                words(rng, lg, "work", rng.randint(3, 6))[:-1],
                f"{q:g}",
                money(pr, lg),
                money(q * pr, lg),
            ]
        )
    grid(
        sh,
        s,
        [(0.5, "left"), (4.4, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")],
        [
            "#",
            tr(lg, "Service", "Leistung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Rate", "Einzelpreis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        shade=r.choice([None, 0.9]),
    )
    small_biz = r.random() < 0.4
    if small_biz:
        sums(sh, s, [(tr(lg, "Total", "Gesamtbetrag", "Total"), amount(net, lg))])
        say(
            sh,
            s,
            tr(
                lg,
                "Not registered for VAT.",
                "Gemaess Par. 19 UStG wird keine Umsatzsteuer berechnet.",
                "TVA non applicable, art. 293 B du CGI.",
            ),
            s.size - 1,
        )
    else:
        rate = {"de": 19, "fr": 20, "en": 20}[lg]
        sums(
            sh,
            s,
            [
                (tr(lg, "Net", "Nettobetrag", "Total HT"), money(net, lg)),
                (
                    tr(lg, f"VAT {rate}%", f"USt. {rate} %", f"TVA {rate} %"),
                    money(net * rate / 100, lg),
                ),
                (
                    tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"),
                    amount(net * (1 + rate / 100), lg),
                ),
            ],
        )
    say(
        sh,
        s,
        tr(
            lg,
            "Payment within 30 days. Thank you for your business.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Paiement a 30 jours. Pas d'escompte pour paiement anticipe.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.3:
        sh.page.text(
            s.margin + 300,
            sh.y + 10,
            tr(
                c.lang,
                f"paid {date_text(d + timedelta(days=20), c.lang, 'short')}",
                f"bez. {date_text(d + timedelta(days=20), c.lang, 'short')}",
                f"regle le {date_text(d + timedelta(days=20), c.lang, 'short')}",
            ),
            HAND,
            11,
        )
    pages = close(sh.pages, s, f, numbering="none")
    if rng.random() < 0.3:
        pages.append(hours_log(rng, s, f, no, d))
    return pages


def hours_log(rng: random.Random, s: Style, f: Firm, no: str, d: date) -> Page:
    """The client's list of hours worked, printed from a spreadsheet, attached to an
    invoice: no letterhead, a small grid, a total."""
    lg = f.lang
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    t = tr(
        lg,
        f"Timesheet - attachment to invoice {no}",
        f"Anlage zur Rechnung {no}: Stundennachweis",
        f"Annexe a la facture {no} - releve d'heures",
    )
    p.text(m, m, fit(t, "Helvetica-Bold", 10, w - 2 * m), "Helvetica-Bold", 10)
    cols = columns(m, w - m, [(1.2, "left"), (4.5, "left"), (0.8, "right")])
    y = m + 28
    for col, head in zip(
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Task", "Taetigkeit", "Tache"),
            tr(lg, "Hours", "Std.", "h"),
        ],
        strict=True,
    ):
        cell(p, col, y, head, "Helvetica-Bold", 8)
    p.line(m, y + 4, w - m, y + 4)
    y += 15
    day = d - timedelta(days=rng.randint(20, 40))
    total = 0.0
    for _ in range(rng.randint(6, 40)):
        if y > h - m - 40:
            break
        hrs = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.5, 8.0])
        total += hrs
        for col, v in zip(
            cols,
            [
                date_text(day, lg, "short"),
                words(rng, lg, "work", rng.randint(3, 8))[:-1],
                f"{hrs:.1f}",
            ],
            strict=True,
        ):
            cell(p, col, y, v, "Helvetica", 7.5)
        y += 11
        day += timedelta(days=rng.randint(0, 2))
    p.line(m, y - 6, w - m, y - 6)
    cell(p, cols[1], y + 4, tr(lg, "Total", "Summe", "Total"), "Helvetica-Bold", 8)
    cell(p, cols[2], y + 4, f"{total:.1f}", "Helvetica-Bold", 8)
    return p


def tpl_assoc_fee(rng: random.Random, who: Issuer) -> list[Page]:
    """A professional body's annual fee notice: the member, the fee scale by turnover or
    category, the amount, the due date, a direct debit note; sometimes a second page of
    notes on how the fee is set (German IHK Beitragsbescheid, French URSSAF appel de
    cotisations, English membership renewal)."""
    f = firm(who, "chamber", ["wordmark", "caps", "official", "band"])
    lg = f.lang
    s = letter_style(who, [A4])
    c = home()
    mno = ref(keyed(who, "mno"), "########")
    sh = sheet(s, f, tr(lg, f"Membership {mno}", f"Mitglieds-Nr. {mno}", f"Compte {mno}"))
    d = in_year(rng, 20, 200)
    to_client(
        sh,
        s,
        f,
        [f"{c.first} {c.surname}", business(), c.street, c.town],
        d,
        [(tr(lg, "Member no.", "Mitglieds-Nr.", "N compte"), mno)],
    )
    maybe_stamp(rng, sh, s, c.lang)
    subject(
        sh,
        s,
        tr(
            lg,
            f"Annual subscription {c.year}",
            f"Beitragsbescheid {c.year}",
            f"Appel de cotisations {c.year}",
        ),
    )
    dear(sh, s, lg, "")
    say(sh, s, prose(rng, lg, "work", 1, 3))
    base = rng.choice([60.0, 120.0, 180.0, 240.0, 395.0])
    rows = [
        [
            tr(lg, "Membership fee", "Grundbeitrag", "Cotisation de base"),
            tr(lg, "category", "Gewerbeertrag bis 50.000", "assiette forfaitaire"),
            money(base, lg),
        ],
        [
            tr(lg, "Professional indemnity levy", "Umlage", "Contribution formation"),
            f"{rng.uniform(0.1, 0.4):.2f} %".replace(".", "," if lg != "en" else "."),
            money(rng.uniform(10, 120), lg),
        ],
    ]
    grid(
        sh,
        s,
        [(3, "left"), (2, "left"), (1.2, "right")],
        ["", tr(lg, "Basis", "Bemessung", "Base"), ccy(lg)],
        rows,
        rules=True,
    )
    say(
        sh,
        s,
        tr(
            lg,
            f"The fee will be collected by Direct Debit on {on(f, d + timedelta(days=30))}.",
            f"Der Beitrag ist faellig am {on(f, d + timedelta(days=30))}. Er wird per "
            "SEPA-Lastschrift eingezogen.",
            f"Date limite de paiement : {on(f, d + timedelta(days=30))}.",
        ),
        s.size - 0.5,
    )
    regards(
        sh,
        s,
        lg,
        rng.choice(["Beitragsservice", "Membership Team", "Service cotisants"]),
        "",
        ink=False,
    )
    if rng.random() < 0.75:
        sh.new_page()
        subject(
            sh,
            s,
            tr(
                lg,
                "How your fee is calculated",
                "Erlaeuterungen zum Beitrag",
                "Comment est calculee votre cotisation",
            ),
            0.5,
        )
        small_print(sh, s, [prose(rng, lg, "work", 3, 6) for _ in range(rng.randint(4, 8))], 7, 2)
    return close(sh.pages, s, f)


def tpl_medical_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """A doctor's, dentist's or physiotherapist's private bill: the patient, treatment dates,
    fee codes (German GOAE / GOZ numbers with the factor, French acts with the amount
    reimbursed, English session fees), the total and payment terms; one or two pages,
    several in a row from one practice."""
    f = firm(who, "doctor", ["flush", "caps", "wordmark"])
    lg = f.lang
    s = letter_style(who, [rng.choice([A4, A5, A5])])
    if s.page_size == A5:
        s = paper(s, A5, 30, min(s.size, 8))
    c = home()
    patient = rng.choice(
        [f"{c.first} {c.surname}", f"{c.partner} {c.surname}", f"{c.child} {c.surname}"]
    )
    no = ref(rng, "######")
    sh = sheet(s, f, tr(lg, f"Invoice {no}", f"Rechnung {no}", f"Note d'honoraires {no}"))
    d = in_year(rng)
    to_client(
        sh,
        s,
        f,
        client_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Patient", "Patient/in", "Patient"), patient),
        ],
    )
    subject(sh, s, tr(lg, "Invoice for treatment", "Privatliquidation", "Note d'honoraires"), 2)
    codes = {
        "de": [
            ("1", "Beratung", 4.66),
            ("5", "Symptombezogene Untersuchung", 4.66),
            ("7", "Vollstaendige Untersuchung", 9.33),
            ("250", "Blutentnahme", 2.33),
            ("3550", "Blutbild", 3.5),
            ("410", "Ultraschall", 11.66),
            ("750", "Auflichtmikroskopie", 8.86),
        ],
        "fr": [
            ("CS", "Consultation specialiste", 30.0),
            ("DEQP003", "Electrocardiogramme", 14.26),
            ("BGQP002", "Examen du fond d'oeil", 28.27),
            ("DP", "Depassement d'honoraires", 25.0),
        ],
        "en": [
            ("N1", "Initial assessment", 65.0),
            ("F1", "Follow-up session", 48.0),
            ("SP", "Scale and polish", 75.0),
            ("XR", "X-ray", 30.0),
        ],
    }[lg]
    rows = []
    tot = 0.0
    dd = d - timedelta(days=rng.randint(10, 70))
    for _ in range(rng.randint(2, 44)):
        code, text, pts = rng.choice(codes)
        if lg == "de":
            fac = rng.choice([1.0, 1.15, 1.8, 2.3, 3.5])
            v = pts * fac * 1.0
            rows.append(
                [
                    date_text(dd, lg, "short"),
                    code,
                    text,
                    f"{fac:.2f}".replace(".", ","),
                    money(v, lg),
                ]
            )
        else:
            v = pts
            rows.append([date_text(dd, lg, "short"), code, text, "", money(v, lg)])
        tot += v
        dd += timedelta(days=rng.randint(0, 9))
    grid(
        sh,
        s,
        [(1.1, "left"), (0.8, "left"), (3.5, "left"), (0.7, "right"), (1, "right")],
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Code", "GOAE", "Acte"),
            tr(lg, "Treatment", "Leistung", "Libelle"),
            tr(lg, "", "Faktor", ""),
            ccy(lg),
        ],
        rows,
        pt=s.size - 1.5,
    )
    sums(sh, s, [(tr(lg, "Total", "Rechnungsbetrag", "Total"), amount(tot, lg))])
    say(
        sh,
        s,
        tr(
            lg,
            "Payment is due within 28 days.",
            f"Diagnose: {rng.choice(['M54.5', 'L82', 'H52.1', 'K02.1'])}. Zahlbar innerhalb von "
            "30 Tagen.",
            "Acquitte le jour de la consultation.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.35:
        hand_note(rng, sh.page, s.margin + 200, sh.y + 16, c.lang)
    return close(sh.pages, s, f, numbering="none")


def tpl_car_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """A motor insurer's annual premium notice: the vehicle, the cover, the no-claims class,
    the premium split into liability and comprehensive cover (the liability part matters for
    the tax return), insurance tax, the instalments; one or two pages."""
    f = firm(who, "motor", ["band", "wordmark", "badge", "flush"])
    lg = f.lang
    s = letter_style(who, [A4])
    c = home()
    pol = ref(keyed(who, "kfz"), "KR-########" if lg == "de" else "########")
    sh = sheet(s, f, tr(lg, f"Policy {pol}", f"Versicherungsschein-Nr. {pol}", f"Contrat {pol}"))
    d = date(c.year, 1, 1) + timedelta(days=rng.randint(-60, 20))
    to_client(
        sh,
        s,
        f,
        client_lines(),
        d,
        [
            (tr(lg, "Policy", "Vertrag", "Contrat"), pol),
            (tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"), c.plate),
        ],
    )
    maybe_stamp(rng, sh, s, c.lang)
    subject(
        sh,
        s,
        tr(
            lg,
            "Your car insurance renewal",
            f"Beitragsrechnung Kfz-Versicherung {c.year}",
            f"Avis d'echeance assurance automobile {c.year}",
        ),
    )
    say(sh, s, prose(rng, lg, "money", 1, 3))
    liab = rng.uniform(180, 650)
    comp = rng.choice([0.0, rng.uniform(60, 240), rng.uniform(200, 700)])
    rows = [
        [
            tr(lg, "Third party liability", "Kfz-Haftpflicht", "Responsabilite civile"),
            tr(
                lg,
                f"NCD {rng.randint(1, 9)} years",
                f"SF {rng.randint(1, 30)}",
                f"Bonus {rng.choice(['0,50', '0,64', '0,76'])}",
            ),
            money(liab, lg),
        ]
    ]
    if comp:
        rows.append(
            [
                tr(lg, "Comprehensive", "Vollkasko / Teilkasko", "Dommages tous accidents"),
                tr(lg, "excess 250", "SB 300/150", "franchise 300"),
                money(comp, lg),
            ]
        )
    rows.append(
        [
            tr(lg, "Breakdown cover", "Schutzbrief", "Assistance 0 km"),
            "",
            money(rng.uniform(10, 60), lg),
        ]
    )
    grid(
        sh,
        s,
        [(3, "left"), (1.6, "left"), (1.2, "right")],
        [tr(lg, "Cover", "Sparte", "Garantie"), tr(lg, "Class", "Klasse", "Coefficient"), ccy(lg)],
        rows,
        rules=True,
    )
    net = sum(
        float(r[2].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else float(r[2].replace(",", ""))
        for r in rows
    )
    tax = net * (0.19 if lg == "de" else 0.12)
    sums(
        sh,
        s,
        [
            (tr(lg, "Insurance premium tax", "Versicherungsteuer 19 %", "Taxes"), money(tax, lg)),
            (
                tr(lg, "Annual premium", "Jahresbeitrag", "Cotisation annuelle TTC"),
                amount(net + tax, lg),
            ),
        ],
    )
    say(
        sh,
        s,
        tr(
            lg,
            "Your premium will be collected in 12 monthly instalments.",
            f"Der Beitrag wird am {on(f, date(c.year, 1, 1))} abgebucht.",
            "Prelevement mensuel selon echeancier joint.",
        ),
        s.size - 0.5,
    )
    if rng.random() < 0.75:
        sh.new_page()
        subject(
            sh,
            s,
            tr(
                lg,
                "Certificate of motor insurance",
                "Versicherungsbestaetigung",
                "Attestation d'assurance",
            ),
            1,
        )
        sh.y = (
            pairs(
                sh.page,
                s,
                s.margin,
                sh.y,
                [
                    (tr(lg, "Registration mark", "Kennzeichen", "Immatriculation"), c.plate),
                    (
                        tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"),
                        f"{c.first} {c.surname}",
                    ),
                    (
                        tr(lg, "Period of cover", "Versicherungszeitraum", "Periode"),
                        f"01.01.{c.year} - 31.12.{c.year}",
                    ),
                    (
                        tr(lg, "Permitted drivers", "Fahrerkreis", "Conducteurs"),
                        tr(lg, "Insured and spouse", "VN und Partner", "Souscripteur et conjoint"),
                    ),
                ],
                sh.size[0] - s.margin,
            )
            + 10
        )
        small_print(sh, s, [prose(rng, lg, "money", 2, 5) for _ in range(rng.randint(3, 6))], 7, 2)
    return close(sh.pages, s, f)


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_R: dict[str, Template] = {
    "till_receipt": tpl_till_receipt,
    "card_slip": tpl_card_slip,
    "craft_invoice": tpl_craft_invoice,
    "utility_statement": tpl_utility_statement,
    "bank_tax_cert": tpl_bank_tax_cert,
    "donation_receipt": tpl_donation_receipt,
    "childcare_fees": tpl_childcare_fees,
    "health_cert": tpl_health_cert,
    "pension_info": tpl_pension_info,
    "private_pension": tpl_private_pension,
    "service_charge": tpl_service_charge,
    "rental_extract": tpl_rental_extract,
    "property_tax": tpl_property_tax,
    "tax_assessment": tpl_tax_assessment,
    "payment_reminder": tpl_reminder,
    "engagement_letter": tpl_engagement,
    "checklist": tpl_checklist,
    "mileage_log": tpl_mileage_log,
    "hotel_bill": tpl_hotel_bill,
    "train_ticket": tpl_train_ticket,
    "client_invoice": tpl_client_invoice,
    "assoc_fee": tpl_assoc_fee,
    "medical_bill": tpl_medical_bill,
    "car_insurance": tpl_car_insurance,
}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "till_receipt",
    "card_slip",
    "donation_receipt",
    "train_ticket",
    "client_invoice",
    "medical_bill",
    "payment_reminder",
)
#: A kind often followed by a related kind from the same issuer.
FOLLOWS = {
    "engagement_letter": "checklist",
    "tax_assessment": "payment_reminder",
    "rental_extract": "service_charge",
    "hotel_bill": "train_ticket",
    "bank_tax_cert": "private_pension",
    "card_slip": "till_receipt",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_rucksack_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One household's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.5) and companions
    (the engagement letter by the checklist, the tax assessment by a payment reminder, the
    lease extract by the service-charge statement, a hotel bill by a train ticket, the bank
    tax certificate by the private pension certificate, a card slip by the shop's till
    receipt, each with probability 0.5). The household (names, address, tax number, car,
    business) is drawn once per stream, so that the whole pile belongs to one client."""
    HOUSE[0] = a_pile(random.Random(rng.getrandbits(32)))
    ISSUED.clear()
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_R, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_rucksack_stream, "templates R")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

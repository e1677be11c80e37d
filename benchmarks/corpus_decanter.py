"""Decanter part of the generated corpus: templates HHH, written blind for the next measurement.

A part of its own, ``decanter``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
independent travel agency with a high-street shop (five consultants, leisure, group and
business travel; in England, Germany or France) feeds through its scanner in a month: tour
operators' booking confirmations and invoices to the agent (Reisebestätigung/Rechnung,
confirmation de réservation/facture) with the passenger list, flights, hotel, price and
commission, often with the booking conditions behind; the operators' travel document packs
(hotel, transfer and excursion vouchers, now and then a "your travel documents" cover page);
e-ticket passenger itinerary/receipts printed from the reservation system, sometimes with the
conditions-of-contract notice page; rail tickets (a credit-card-sized ticket with its seat
reservation coupon, a DB Online-Ticket, an SNCF e-billet); the agency's own booking forms
(Reiseanmeldung, bulletin d'inscription) filled in by hand and signed by the customer, some
with the agency's booking terms on the back; the agency's deposit and balance receipts from
the receipt book (A6 slips); travel insurance certificates (policy schedule,
Versicherungsbestätigung, certificat d'adhésion) with the product information page;
insurers' policy wording booklets (A5, cover, contents, numbered sections) sent to agents
with a covering letter; the financial protection certificates (ATOL licence from the CAA,
Kundengeldabsicherung from the Reisesicherungsfonds, attestation de garantie financière from
the APST; now and then a landscape trade membership certificate from ABTA, the DRV or Atout
France) and the renewal packs (letter, turnover declaration form, contribution invoice);
visa application forms filled in by hand with the copy of the passport's data page attached,
and the embassies' and consulates' letters (decision, request for documents, appointment);
hotels' group contracts (allotment contracts, Gruppenverträge, contrats de groupe) with the
allocation table on a landscape page and the signature page; coach companies' hire contracts
with the day-by-day itinerary and the hire conditions; suppliers' commission statements;
customers' cancellation letters (some handwritten on a notepad page, some with a doctor's
certificate enclosed) and the operators' cancellation invoices; the consortium's membership
invoice with the override summary; the card acquirer's monthly merchant statement with the
daily settlements and fee pages; and the IATA BSP billing analysis on landscape pages. Each
stream is one agency's pile: the agency (country, name, month) is drawn once per stream; its
senders are of the agency's country and write in its language, except that hotels, coach
companies, tour operators and embassies are now and then from abroad and write in their own.
Page sizes range from ticket stock and A6 receipt slips over A5 vouchers and booklets to A4,
Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the agency files it: the
booking conditions pages behind an operator's confirmation; every voucher and the cover page
of one travel document pack; the notice page of an e-ticket receipt; the seat reservation
coupon printed with a rail ticket; the agency's terms on the back of a booking form; the
product information page of an insurance certificate; the covering letter, cover, contents
and sections of a policy wording; the conditions schedule of a protection certificate; the
letter, declaration form and contribution invoice of a renewal pack; the passport copy the
applicant attached to a visa application; the document checklist of an embassy letter; the
allocation table and signature page of a hotel contract; the itinerary and conditions of a
coach hire contract; the doctor's certificate enclosed with a cancellation letter; the
override summary of a consortium invoice; every sheet of a commission statement, merchant
statement or BSP billing. Related papers are documents of their own: the deposit receipt
after the booking form, the voucher pack after the operator's confirmation, the embassy's
letter after the visa application, the protection certificate after the renewal pack, the
operator's cancellation invoice after the customer's cancellation letter; and so is each
ticket receipt, rail ticket, receipt, confirmation, certificate, visa form, commission
statement and cancellation invoice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: ticket receipts (one per passenger
of a booking), rail tickets, deposit receipts, operators' confirmations, insurance
certificates, visa forms (one per family member), commission statements and cancellation
invoices often come 2-4 in a row from one sender with other passengers, numbers, dates and
amounts; and companions: each related paper above often follows the document it answers,
about the same booking. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "decanter"`` and seeds offset by
5_900_000.

Usage: ``python benchmarks/corpus_decanter.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/decanter/decanter_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import zlib
from dataclasses import dataclass, field
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

PART = "decanter"
SEED_OFFSET = 5_900_000

MM = 72 / 25.4
A6L = (148 * MM, 105 * MM)  # receipt book slip, landscape A6
A5L = landscape(A5)
TICKET = (86 * MM, 54 * MM)  # credit-card-sized rail ticket stock
NOTEPAD = (148 * MM, 200 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the agency and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
AGENCIES: dict[str, list[Row]] = {
    "en": [
        ("Harbourside Travel Ltd", "27 Fore Street", "Exeter EX4 3AN", "01392 214 660"),
        ("Wolds Way Travel", "9 Market Place", "Beverley HU17 8BB", "01482 861 300"),
        ("Pennant & Hale Travel Ltd", "112 High Street", "Cheltenham GL50 1EG", "01242 580 417"),
    ],
    "de": [
        ("Reisebüro Sonnenweg GmbH", "Marktstraße 14", "88212 Ravensburg", "0751 36 22 80"),
        ("Reisewelt am Dom", "Domplatz 3", "33098 Paderborn", "05251 28 71 40"),
        ("Fernweh Reisen Kühn KG", "Lange Straße 61", "26122 Oldenburg", "0441 92 55 10"),
    ],
    "fr": [
        ("Agence Horizons Voyages", "18 rue Nationale", "37000 Tours", "02 47 64 21 90"),
        ("Escales & Découvertes SARL", "5 place du Martroi", "45000 Orléans", "02 38 53 70 12"),
        ("Voyages Grand Large", "42 rue du Port", "56100 Lorient", "02 97 21 48 36"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "operator": {
        "en": [
            (
                "Sunvista Holidays Ltd",
                "Sunvista House, Crawley Business Quarter",
                "Crawley RH10 9QP",
                "0330 100 4120",
            ),
            (
                "Meridian Tours plc",
                "Kings Reach, 38 Station Road",
                "Peterborough PE1 1QH",
                "0345 601 2220",
            ),
            ("Aegean Escapes Ltd", "4 Tenter Ground", "London E1 7NH", "020 7481 7720"),
            (
                "Highland & Isles Coach Holidays",
                "Riverside Court",
                "Perth PH1 5RB",
                "01738 450 110",
            ),
        ],
        "de": [
            (
                "Südsonne Touristik GmbH",
                "Hanauer Landstraße 182",
                "60314 Frankfurt am Main",
                "069 95 11 40 0",
            ),
            ("Nordkap Reisen AG", "Ballindamm 40", "20095 Hamburg", "040 30 39 80"),
            ("Alpina Erlebnisreisen GmbH", "Bahnhofplatz 9", "87435 Kempten", "0831 57 04 0"),
            ("Orientblick Studienreisen", "Augustinerstraße 12", "97070 Würzburg", "0931 35 29 60"),
        ],
        "fr": [
            (
                "Soleil Levant Voyages SAS",
                "14 rue de la Chaussée d'Antin",
                "75009 Paris",
                "01 53 40 66 00",
            ),
            ("Croisières Atlantide SA", "Quai de la Fosse", "44000 Nantes", "02 40 73 19 19"),
            (
                "Terres d'Aventure Sud",
                "Parc Valparc, 165 rue Mayor de Montricher",
                "13100 Aix-en-Provence",
                "",
            ),
            ("Évasion Club SAS", "31 boulevard Vivier-Merle", "69003 Lyon", "04 72 60 18 00"),
        ],
    },
    "airline": {
        "en": [
            ("British Airways", "Waterside, PO Box 365", "Harmondsworth UB7 0GB", ""),
            ("Aer Lingus", "Dublin Airport", "Dublin", ""),
            ("Emirates", "PO Box 686", "Dubai", ""),
            ("Virgin Atlantic Airways", "The VHQ, Fleming Way", "Crawley RH10 9DF", ""),
        ],
        "de": [
            ("Lufthansa", "Lufthansa Aviation Center", "60546 Frankfurt am Main", ""),
            ("Condor Flugdienst GmbH", "Thomas-Cook-Platz 1", "61440 Oberursel", ""),
            ("Austrian Airlines", "Office Park 2", "1300 Wien-Flughafen", ""),
            ("Emirates", "PO Box 686", "Dubai", ""),
        ],
        "fr": [
            ("Air France", "45 rue de Paris", "95747 Roissy CDG Cedex", ""),
            ("Corsair", "2 avenue Charles Lindbergh", "94150 Rungis", ""),
            ("Air Austral", "4 rue de Nice", "97400 Saint-Denis", ""),
            ("Emirates", "PO Box 686", "Dubai", ""),
        ],
    },
    "rail": {
        "en": [
            ("LNER", "West Offices, Station Rise", "York YO1 6GA", ""),
            ("Great Western Railway", "Milford House, 1 Milford Street", "Swindon SN1 1HL", ""),
            ("CrossCountry", "5th Floor, Cannon House", "Birmingham B2 4QP", ""),
        ],
        "de": [("DB Fernverkehr AG", "Stephensonstraße 1", "60326 Frankfurt am Main", "")],
        "fr": [("SNCF Voyageurs", "9 rue Jean-Philippe Rameau", "93200 Saint-Denis", "")],
    },
    "insurer": {
        "en": [
            (
                "Sterling Travel Insurance Services Ltd",
                "Trinity Court, 34 West Street",
                "Sutton SM1 1SH",
                "0345 880 0322",
            ),
            (
                "Voyager Assurance plc",
                "1 Cathedral Square",
                "Peterborough PE1 1XB",
                "0330 024 2280",
            ),
        ],
        "de": [
            ("Globus Reiseversicherung AG", "Victoriaplatz 2", "40477 Düsseldorf", "0211 477 2222"),
            ("Hanseatische Reiseschutz AG", "Überseering 10", "22297 Hamburg", "040 2 20 77 0"),
        ],
        "fr": [
            ("Mondial Voyage Assurances", "7 rue Dora Maar", "93400 Saint-Ouen", "01 40 25 52 04"),
            (
                "Assurinter Voyages SA",
                "26 rue de Saint-Pétersbourg",
                "75008 Paris",
                "01 55 07 21 00",
            ),
        ],
    },
    "protection": {
        "en": [
            (
                "Civil Aviation Authority - ATOL",
                "Aviation House, Beehive Ringroad",
                "Crawley RH6 0YR",
                "",
            )
        ],
        "de": [("Deutscher Reisesicherungsfonds GmbH", "Friedrichstraße 191", "10117 Berlin", "")],
        "fr": [
            (
                "APST - Association Professionnelle de Solidarité du Tourisme",
                "15 avenue Carnot",
                "75017 Paris",
                "",
            )
        ],
    },
    "embassy": {
        "en": [
            (
                "High Commission of India - Consular Wing",
                "India House, Aldwych",
                "London WC2B 4NA",
                "",
            ),
            (
                "Embassy of the Socialist Republic of Viet Nam",
                "12-14 Victoria Road",
                "London W8 5RD",
                "",
            ),
            ("Embassy of the Republic of Kenya", "45 Portland Place", "London W1B 1AS", ""),
        ],
        "de": [
            (
                "Botschaft der Republik Indien - Konsularabteilung",
                "Tiergartenstraße 17",
                "10785 Berlin",
                "",
            ),
            ("Botschaft der Sozialistischen Republik Vietnam", "Elsenstraße 3", "12435 Berlin", ""),
            (
                "Generalkonsulat der Republik Kenia",
                "Bockenheimer Landstraße 17",
                "60325 Frankfurt am Main",
                "",
            ),
        ],
        "fr": [
            (
                "Ambassade de l'Inde - Section consulaire",
                "20-22 rue Albéric Magnard",
                "75116 Paris",
                "",
            ),
            (
                "Ambassade de la République socialiste du Viet Nam",
                "61 rue de Miromesnil",
                "75008 Paris",
                "",
            ),
            ("Ambassade de la République du Kenya", "3 rue Freycinet", "75116 Paris", ""),
        ],
    },
    "hotel": {
        "en": [
            ("The Glenmoriston Town House", "20 Ness Bank", "Inverness IV2 4SF", "01463 223 777"),
            ("Harbour Grand Hotel", "Marine Parade", "Scarborough YO11 2AU", "01723 360 999"),
            (
                "Killarney Lakeside Hotel",
                "Muckross Road",
                "Killarney, Co. Kerry, Ireland",
                "+353 64 663 1035",
            ),
        ],
        "de": [
            (
                "Hotel Alpenhof Seefeld",
                "Münchner Straße 120",
                "6100 Seefeld in Tirol, Österreich",
                "+43 5212 2451",
            ),
            (
                "Hotel Zum Goldenen Hirsch",
                "Marktplatz 8",
                "91541 Rothenburg ob der Tauber",
                "09861 70 80",
            ),
            ("Strandhotel Baltic", "Strandpromenade 24", "18609 Binz", "038393 55 0"),
        ],
        "fr": [
            ("Hôtel des Remparts", "2 place du Château", "84000 Avignon", "04 90 82 14 20"),
            ("Hôtel Le Mont-Blanc", "62 allée du Majestic", "74400 Chamonix", "04 50 53 05 64"),
            (
                "Hôtel de la Grand-Place",
                "Rue du Marché aux Herbes 15",
                "1000 Bruxelles, Belgique",
                "+32 2 512 44 00",
            ),
        ],
    },
    "coach": {
        "en": [
            ("Shearings Road Hire", "Miry Lane", "Wigan WN3 4AG", "01942 824 824"),
            ("Dartline Coaches Ltd", "Unit 2, Marsh Barton", "Exeter EX2 8PW", "01392 872 900"),
            ("Wolds Coachways", "Grovehill Road", "Beverley HU17 0JG", ""),
        ],
        "de": [
            (
                "Omnibus Bodensee Touristik GmbH",
                "Gartenstraße 4",
                "88046 Friedrichshafen",
                "07541 38 48 0",
            ),
            ("Busreisen Kreutzer KG", "Industriestraße 22", "33104 Paderborn", ""),
            ("Weser-Ems Reisebus GmbH", "Am Stadion 3", "26133 Oldenburg", ""),
        ],
        "fr": [
            ("Autocars Touraine Evasion", "ZA des Granges Galand", "37550 Saint-Avertin", ""),
            ("Cars Loiret Tourisme SAS", "12 rue de la Bergeresse", "45160 Olivet", ""),
            ("Transports Le Bihan Voyages", "ZI de Kerpont", "56850 Caudan", ""),
        ],
    },
    "consortium": {
        "en": [
            ("Albion Travel Partnership Ltd", "Ground Floor, 1 Lakeside", "Cheadle SK8 3GW", "")
        ],
        "de": [
            (
                "Reiseallianz Mittelstand eG",
                "Emil-von-Behring-Straße 6",
                "60439 Frankfurt am Main",
                "",
            )
        ],
        "fr": [("Réseau Cap Voyageurs SA", "9 rue Scribe", "75009 Paris", "")],
    },
    "acquirer": {
        "en": [
            ("Northgate Merchant Services", "Tameside House, PO Box 41", "Manchester M60 2AH", "")
        ],
        "de": [("PayRhein Acquiring GmbH", "Kaiserstraße 29", "60311 Frankfurt am Main", "")],
        "fr": [
            (
                "Monétique Ouest - Crédit Mutuel Arkéa",
                "1 rue Louis Lichou",
                "29480 Le Relecq-Kerhuon",
                "",
            )
        ],
    },
    "bsp": {
        "en": [
            ("IATA BSP United Kingdom", "Central Square, 29 Wellington Street", "Leeds LS1 4DL", "")
        ],
        "de": [("IATA BSP Deutschland", "Frankfurter Straße 5", "65760 Eschborn", "")],
        "fr": [("IATA BSP France", "3 place de la Pyramide", "92800 Puteaux", "")],
    },
}

FIRSTS = {
    "en": [
        "Susan",
        "Graham",
        "Linda",
        "Peter",
        "Karen",
        "Andrew",
        "Helen",
        "Ian",
        "Joanne",
        "Mark",
    ],
    "de": [
        "Monika",
        "Jürgen",
        "Petra",
        "Wolfgang",
        "Claudia",
        "Ralf",
        "Ute",
        "Bernd",
        "Anja",
        "Uwe",
    ],
    "fr": [
        "Sylvie",
        "Philippe",
        "Martine",
        "Alain",
        "Isabelle",
        "Pascal",
        "Brigitte",
        "Denis",
        "Céline",
        "Gilles",
    ],
}
FEMALE = {"Susan", "Linda", "Karen", "Helen", "Joanne", "Monika", "Petra", "Claudia", "Ute", "Anja"}
FEMALE |= {"Sylvie", "Martine", "Isabelle", "Brigitte", "Céline", "Chloé", "Emma", "Lena", "Mia"}
KIDS = {
    "en": ["Emma", "Oliver", "Lily", "Jack", "Mia"],
    "de": ["Lena", "Felix", "Mia", "Paul", "Emma"],
    "fr": ["Chloé", "Lucas", "Emma", "Hugo", "Jade"],
}
LASTS = {
    "en": [
        "Pearson",
        "Greenwood",
        "Blackburn",
        "Hughes",
        "Cartwright",
        "Pritchard",
        "Naylor",
        "Dawson",
        "Shah",
    ],
    "de": [
        "Brenner",
        "Kohlhaas",
        "Maurer",
        "Reinhardt",
        "Eckert",
        "Sommer",
        "Grabowski",
        "Albrecht",
        "Yildiz",
    ],
    "fr": [
        "Boucher",
        "Carpentier",
        "Gauthier",
        "Lemaire",
        "Marchand",
        "Besnard",
        "Tessier",
        "Hamon",
        "Diallo",
    ],
}
ROADS = {
    "en": [
        "Church Lane",
        "Victoria Road",
        "Orchard Close",
        "Station Road",
        "The Crescent",
        "Mill Rise",
    ],
    "de": [
        "Lindenweg",
        "Bahnhofstraße",
        "Am Mühlbach",
        "Schillerstraße",
        "Birkenallee",
        "Kirchgasse",
    ],
    "fr": [
        "rue des Tilleuls",
        "avenue de la Gare",
        "allée des Acacias",
        "rue Pasteur",
        "impasse du Moulin",
    ],
}
TOWNS = {
    "en": [
        "Exeter EX2 5HD",
        "Topsham EX3 0JB",
        "Beverley HU17 9AR",
        "Cottingham HU16 4LX",
        "Cheltenham GL52 3PQ",
        "Tewkesbury GL20 5RX",
    ],
    "de": [
        "88212 Ravensburg",
        "88250 Weingarten",
        "33098 Paderborn",
        "33129 Delbrück",
        "26122 Oldenburg",
        "26160 Bad Zwischenahn",
    ],
    "fr": [
        "37000 Tours",
        "37300 Joué-lès-Tours",
        "45000 Orléans",
        "45160 Olivet",
        "56100 Lorient",
        "56270 Ploemeur",
    ],
}

#: Where people go: resort, country, airport code, hotel.
DESTS = [
    ("Alcúdia, Mallorca", "ES", "PMI", "Hotel Playa Esperanza"),
    ("Paphos, Cyprus", "CY", "PFO", "Coral Beach Resort"),
    ("Kos Town, Kos", "GR", "KGS", "Aqua Blu Boutique Hotel"),
    ("Sorrento, Italy", "IT", "NAP", "Grand Hotel Riviera"),
    ("Hurghada, Egypt", "EG", "HRG", "Steigenberger Aqua Magic"),
    ("Funchal, Madeira", "PT", "FNC", "Quinta da Penha de França"),
    ("Antalya, Turkey", "TR", "AYT", "Rixos Downtown"),
    ("Costa Adeje, Tenerife", "ES", "TFS", "Hotel Jardines de Nivaria"),
    ("Dubai", "AE", "DXB", "Jumeirah Beach Hotel"),
    ("Kerala, India", "IN", "COK", "Taj Malabar Resort"),
    ("Hanoi / Halong Bay", "VN", "HAN", "Sofitel Legend Metropole"),
    ("Nairobi / Masai Mara", "KE", "NBO", "Mara Serena Safari Lodge"),
]
HOMEPORTS = {
    "en": [
        ("Bristol", "BRS"),
        ("Manchester", "MAN"),
        ("London Heathrow", "LHR"),
        ("Exeter", "EXT"),
        ("Birmingham", "BHX"),
    ],
    "de": [
        ("Stuttgart", "STR"),
        ("Frankfurt", "FRA"),
        ("Düsseldorf", "DUS"),
        ("Hannover", "HAJ"),
        ("München", "MUC"),
    ],
    "fr": [
        ("Paris CDG", "CDG"),
        ("Paris Orly", "ORY"),
        ("Nantes", "NTE"),
        ("Tours", "TUF"),
        ("Lyon", "LYS"),
    ],
}
BOARDS = {
    "en": ["Bed & breakfast", "Half board", "All inclusive", "Room only", "Full board"],
    "de": ["Frühstück", "Halbpension", "All Inclusive", "ohne Verpflegung", "Vollpension"],
    "fr": ["Petit-déjeuner", "Demi-pension", "Tout compris", "Logement seul", "Pension complète"],
}
ROOMS = {
    "en": ["Double sea view", "Twin garden view", "Family room", "Junior suite", "Single"],
    "de": [
        "Doppelzimmer Meerblick",
        "Doppelzimmer Gartenseite",
        "Familienzimmer",
        "Junior Suite",
        "Einzelzimmer",
    ],
    "fr": [
        "Chambre double vue mer",
        "Chambre twin côté jardin",
        "Chambre familiale",
        "Suite junior",
        "Chambre individuelle",
    ],
}

TALK = {
    "en": {
        "travel": "booking passengers departure return flight hotel transfer resort holiday "
        "itinerary reservation confirmation travel documents luggage check-in airport balance",
        "legal": "booking contract cancellation charges amendment liability package regulations "
        "supplier consumer refund insolvency protection complaint jurisdiction force majeure",
        "insure": "cover insured person trip cancellation curtailment medical expenses baggage "
        "excess exclusion pre-existing condition claim emergency assistance repatriation",
        "money": "invoice payment account balance settlement commission remittance period "
        "transactions charges refund chargeback statement terminal amount",
    },
    "de": {
        "travel": "Buchung Reisende Abflug Rückflug Hotel Transfer Reiseziel Urlaub Reiseverlauf "
        "Reservierung Bestätigung Reiseunterlagen Gepäck Check-in Flughafen Restzahlung",
        "legal": "Reisevertrag Rücktritt Stornogebühren Umbuchung Haftung Pauschalreise "
        "Leistungsträger Reisender Erstattung Insolvenzschutz Mängelanzeige Gerichtsstand",
        "insure": "Versicherungsschutz versicherte Person Reiserücktritt Reiseabbruch "
        "Krankheitskosten Reisegepäck Selbstbehalt Ausschluss Vorerkrankung Schadenfall Notruf",
        "money": "Rechnung Zahlung Konto Saldo Abrechnung Provision Gutschrift Zeitraum "
        "Umsätze Gebühren Erstattung Rückbelastung Auszug Terminal Betrag",
    },
    "fr": {
        "travel": "réservation voyageurs départ retour vol hôtel transfert séjour vacances "
        "programme confirmation documents de voyage bagages enregistrement aéroport solde",
        "legal": "contrat de voyage annulation frais modification responsabilité forfait "
        "prestataire voyageur remboursement garantie réclamation juridiction force majeure",
        "insure": "garantie assuré annulation interruption de séjour frais médicaux bagages "
        "franchise exclusion maladie antérieure sinistre assistance rapatriement",
        "money": "facture paiement compte solde règlement commission virement période "
        "transactions frais remboursement impayé relevé terminal montant",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "travel", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "travel", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The agency of a stream, its customers and their bookings
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion or a run takes up the same booking).
LAST: dict[str, object] = {"kind": "", "trip": None, "day": None, "extra": None}


@dataclass
class Person:
    first: str
    last: str
    born: date
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Trip:
    """One booking of the agency, as later papers take it up."""

    ref: str
    party: list[Person]
    home: list[str]  # lead passenger's address lines (after the name)
    dest: int
    port: int
    out: date
    nights: int
    board: int
    room: int
    operator: Row
    op_lang: str
    price: float
    deposit: float
    booked: date
    flights: tuple[str, str]
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def lead(self) -> Person:
        return self.party[0]

    @property
    def back(self) -> date:
        return self.out + timedelta(days=self.nights)


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's agency and ``key``: a run or a repeat keeps
    its sender."""
    text = f"decanter/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 29))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(trip: Trip | None, d: date, extra: object = None) -> None:
    LAST.update(trip=trip, day=d, extra=extra)


def a_person(rng: random.Random, lg: str, last: str = "", kid: bool = False) -> Person:
    if kid:
        first = rng.choice(KIDS[lg])
        born = month() - timedelta(days=rng.randint(3 * 365, 15 * 365))
    else:
        first = rng.choice(FIRSTS[lg])
        born = month() - timedelta(days=rng.randint(24 * 365, 78 * 365))
    return Person(first, last or rng.choice(LASTS[lg]), born, first in FEMALE)


def a_trip(rng: random.Random, operator: tuple[Row, str] | None = None) -> Trip:
    """A new booking of the agency's customers: a couple, a family or friends."""
    lg = home()
    lead = a_person(rng, lg)
    party = [lead]
    shape = rng.choice(["couple", "couple", "family", "single", "friends"])
    if shape in ("couple", "family"):
        mate = a_person(rng, lg, lead.last)
        while mate.female == lead.female and rng.random() < 0.85:
            mate = a_person(rng, lg, lead.last)
        party.append(mate)
    if shape == "family":
        party += [a_person(rng, lg, lead.last, kid=True) for _ in range(rng.randint(1, 3))]
    if shape == "friends":
        party += [a_person(rng, lg) for _ in range(rng.randint(1, 3))]
    if operator is None:
        o_lang = (
            lg if rng.random() < 0.88 else rng.choice([x for x in ("en", "de", "fr") if x != lg])
        )
        operator = (rng.choice(SENDERS["operator"][o_lang]), o_lang)
    row, o_lang = operator
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 140)
    nights = rng.choice([7, 7, 10, 14, 14, 4, 11])
    pp = rng.choice([549, 689, 845, 999, 1249, 1560, 2190]) + rng.randint(0, 9) * 10
    price = float(pp * len(party) - (len(party) - 2) * pp * 0.35 * (shape == "family"))
    price = round(price, 0)
    out = month() + timedelta(days=rng.randint(20, 200))
    dep = rng.choice(["TOM", "EZY", "JET", "DE", "X3", "TO", "FR", "SS", "LS", "EW"])
    n1 = rng.randint(100, 8999)
    return Trip(
        ref=serial(rng, rng.choice(["9999999", "AA999999", "99999999", "A9999999"])),
        party=party,
        home=[f"{road} {no}" if lg == "de" else f"{no} {road}", rng.choice(TOWNS[lg])],
        dest=rng.randrange(len(DESTS)),
        port=rng.randrange(len(HOMEPORTS[lg])),
        out=out,
        nights=nights,
        board=rng.randrange(5),
        room=rng.randrange(5),
        operator=row,
        op_lang=o_lang,
        price=price,
        deposit=float(rng.choice([100, 150, 200, 250]) * len(party)),
        booked=some_day(rng),
        flights=(f"{dep}{n1}", f"{dep}{n1 + 1}"),
    )


def trip_for(rng: random.Random, kinds: tuple[str, ...]) -> Trip:
    """The previous document's booking if it was one of ``kinds``, else a new one."""
    t = LAST["trip"]
    if isinstance(t, Trip) and after(kinds):
        return t
    return a_trip(rng)


def office_name() -> str:
    return AGENCIES[home()][int(OFFICE["row"])][0]  # type: ignore[call-overload]


def agent_no(lg: str) -> str:
    """The agency's trade number: ABTA member, Agenturnummer, numéro d'immatriculation."""
    r = random.Random(int(OFFICE["seed"]))  # type: ignore[call-overload]
    return {
        "en": f"ABTA {serial(r, 'A9999')}",
        "de": f"Ag.-Nr. {serial(r, '999999')}",
        "fr": f"IM{serial(r, '999999999')}",
    }[lg]


def iata_no() -> str:
    r = random.Random(int(OFFICE["seed"]) + 7)  # type: ignore[call-overload]
    return f"{r.choice(['91', '23', '20'])}-2 {r.randint(1000, 9999)} {r.randint(0, 9)}"


def pname(p: Person, lg: str) -> str:
    """A passenger as booking systems write them: "PEARSON/SUSAN MRS"."""
    title = tr(
        lg, "MRS" if p.female else "MR", "MRS" if p.female else "MR", "MME" if p.female else "M"
    )
    if month().year - p.born.year < 12:
        title = "CHD"
    return f"{p.last.upper()}/{p.first.upper()} {title}"


def mx(p: Person, lg: str) -> str:
    if lg == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lg == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last.upper()}"
    return f"{'Mrs' if p.female else 'Mr'} {p.name}"


LANDS = {
    "de": {
        "Mallorca": "Mallorca",
        "Cyprus": "Zypern",
        "Kos": "Kos",
        "Italy": "Italien",
        "Egypt": "Ägypten",
        "Madeira": "Madeira",
        "Turkey": "Türkei",
        "Tenerife": "Teneriffa",
        "India": "Indien",
        "Dubai": "Dubai",
    },
    "fr": {
        "Mallorca": "Majorque",
        "Cyprus": "Chypre",
        "Kos": "Kos",
        "Italy": "Italie",
        "Egypt": "Égypte",
        "Madeira": "Madère",
        "Turkey": "Turquie",
        "Tenerife": "Tenerife",
        "India": "Inde",
        "Dubai": "Dubaï",
    },
}


def dest_name(t: Trip, lg: str = "") -> str:
    """The trip's destination as a sender of language ``lg`` (default: the agency's) writes it."""
    name = DESTS[t.dest][0]
    for en, there in LANDS.get(lg or home(), {}).items():
        name = name.replace(en, there)
    return name


def port_of(t: Trip) -> tuple[str, str]:
    return HOMEPORTS[home()][t.port]


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
TAGLINES = {
    "operator": ("Tour operator", "Reiseveranstalter", "Tour-opérateur"),
    "hotel": ("Hotel & Conference", "Hotel - Restaurant", "Hôtel - Restaurant"),
    "coach": ("Coach hire & tours", "Omnibusbetrieb - Reisen", "Location d'autocars"),
    "agency": (
        "Holidays - Business travel - Groups",
        "Urlaub - Geschäftsreisen - Gruppen",
        "Voyages - Séjours - Groupes",
    ),
    "insurer": ("Travel insurance", "Reiseversicherung", "Assurance voyage"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("embassy", "protection", "bsp"):
        return []
    if lang == "de":
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)} - "
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Sitz {r.choice(['Frankfurt', 'Hamburg', 'Kempten', 'Berlin'])}"
                f" - Amtsgericht HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dr. Holger Brandes", "Katja Imhoff", "Stefan Ruppert", "Nadine Weis"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['7911Z', '7912Z', '5510Z', '4939A', '6512Z'])}"
        ]
        if role in ("operator", "agency"):
            out.append(
                f"Immatriculation Atout France IM{r.randint(100000000, 999999999)} - Garantie "
                "financière APST - RCP Hiscox"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role in ("operator", "agency"):
        out.append(f"ABTA {serial(r, 'A9999')} - ATOL {r.randint(2000, 11999)}")
    return [" - ".join(out)] if out else []


MAILBOXES = ["info", "office", "groups", "accounts", "reservations"]
MAILHOSTS = ["gmail.com", "web.de", "orange.fr", "btinternet.com"]


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"decanter/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("embassy", "protection"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role == "hotel":
        looks = ["centred", "centred", "letter", "side"]
    elif role in ("acquirer", "bsp", "airline"):
        looks = ["band", "plain", "boxed"]
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
        mail=f"{r.choice(MAILBOXES)}@{host or 'mail'}.{tld}" if r.random() < 0.7 else "",
    )


def agency_head() -> Head:
    lang = home()
    return make_head(AGENCIES[lang][int(OFFICE["row"])], lang, "agency")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and agency), of the
    agency's country or, with odds ``abroad``, of another."""
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
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    tag = tr(h.lang, *TAGLINES[h.role]) if h.role in TAGLINES else ""
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
        p.text(w / 2, y + 15, fit(tag or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if tag else contact
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
        p.text(m, y + 15, tag, italic_of(h.font), 7.5)
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = parts or [name[:6] or "X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the agency's received stamp on the first page."""
    if rng.random() < odds:
        lg = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(60, 150),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 6)), lg),
                rng.choice(
                    {
                        "en": ["Groups desk", "Accounts", "Shop"],
                        "de": ["Buchhaltung", "Gruppen", "Counter"],
                        "fr": ["Comptabilité", "Groupes", "Agence"],
                    }[lg]
                ),
            ],
        )


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"decanter/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def agency_lines(att: str = "") -> list[str]:
    a = agency_head()
    return [a.name, *([att] if att else []), a.street, a.town]


def customer_lines(t: Trip, lg: str) -> list[str]:
    return [mx(t.lead, lg), *t.home]


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


def dear(lang: str, p: Person | None) -> str:
    if p is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    if lang == "de":
        return f"Sehr geehrte{'' if p.female else 'r'} {'Frau' if p.female else 'Herr'} {p.last},"
    if lang == "fr":
        return "Madame," if p.female else "Monsieur,"
    return f"Dear {'Mrs' if p.female else 'Mr'} {p.last},"


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "Best regards", "Yours faithfully"][len(name) % 4],
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


def signed(v: float, lg: str) -> str:
    """An amount with its currency, a minus sign in front of a negative one ("-£12.00")."""
    return ("-" if v < 0 else "") + cash(abs(v), lg)


def totals(f: Sheets, s: Style, lg: str, rows: list[tuple[str, float]], cur: str = "") -> None:
    """Label/amount rows right-aligned under a table, the last in bold."""
    w, _ = f.size
    m = s.margin
    f.need(s.size * 1.5 * len(rows) + 20)
    f.y += 4
    f.page.line(w * 0.52, f.y - 8, w - m, f.y - 8)
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.53, f.y, fit(t, bold, s.size, w * 0.3), bold, s.size)
        amount = f"{money(v, lg)} {cur}" if cur else signed(v, lg)
        f.page.text(w - m, f.y, amount, bold, s.size, "right")
        f.y += s.size * 1.5
    f.y += 6


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


def qr_block(p: Page, x: float, y: float, value: str) -> None:
    """A QR code whose drawn square (180 wide, caption below) has its top-left at ``x``, ``y``."""
    p.barcode("qr", value, x, y)


BOOKING_TERMS = {
    "en": [
        "Your contract",
        "Paying for your holiday",
        "If you change your booking",
        "If you cancel",
        "If we change or cancel",
        "Price changes",
        "Passports and visas",
        "Special requests",
        "Our liability",
        "Complaints",
        "Financial protection",
        "Data protection",
        "Law and jurisdiction",
    ],
    "de": [
        "Abschluss des Reisevertrages",
        "Bezahlung",
        "Leistungen",
        "Leistungs- und Preisänderungen",
        "Rücktritt durch den Kunden",
        "Umbuchungen",
        "Rücktritt durch den Veranstalter",
        "Mitwirkungspflicht",
        "Haftung",
        "Pass- und Visumvorschriften",
        "Kundengeldabsicherung",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Inscription et paiement",
        "Prix",
        "Modification par le client",
        "Annulation par le client",
        "Modification par l'organisateur",
        "Cession du contrat",
        "Formalités",
        "Responsabilité",
        "Assurances",
        "Réclamations",
        "Garantie financière",
        "Données personnelles",
        "Médiation",
    ],
}


def op_of(who: Issuer) -> tuple[Row, str]:
    """The tour operator ``who`` stands for: of the agency's country, now and then foreign."""
    r = keyed(who, "operator")
    lg = home()
    if r.random() < 0.12:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS["operator"][lg]), lg


def age(p: Person, on: date) -> int:
    return on.year - p.born.year - ((on.month, on.day) < (p.born.month, p.born.day))


def flight_rows(t: Trip, lg: str, rng: random.Random) -> list[list[str]]:
    port, code = port_of(t)
    dest = DESTS[t.dest][2]
    h1 = rng.randint(6, 18)
    dur = rng.choice([2, 3, 4, 5, 7])
    return [
        [
            short(t.out, lg),
            t.flights[0],
            f"{port} ({code})",
            dest,
            f"{h1:02d}:{rng.choice(['05', '20', '40', '55'])}",
            f"{(h1 + dur) % 24:02d}:{rng.choice(['10', '35', '50'])}",
        ],
        [
            short(t.back, lg),
            t.flights[1],
            dest,
            f"{port} ({code})",
            f"{(h1 + 3) % 24:02d}:{rng.choice(['00', '15', '45'])}",
            f"{(h1 + 3 + dur) % 24:02d}:{rng.choice(['05', '25', '40'])}",
        ],
    ]


# ---------------------------------------------------------------------------------------------
# Templates HHH: tour operators' papers
# ---------------------------------------------------------------------------------------------


def tpl_operator_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A tour operator's booking confirmation and invoice to the agent: passengers, flights,
    hotel, price with the agent's commission and the balance due date; the booking conditions
    behind it on one or two pages of small print now and then."""
    row, olg = op_of(who)
    trip = a_trip(rng, (row, olg))
    h = make_head(row, olg, "operator")
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.1 else A4)
    w, hh = s.page_size
    m = s.margin
    d = trip.booked + timedelta(days=rng.choice([0, 0, 1, 2]))
    amended = rng.random() < 0.2
    title = tr(
        lg,
        "CONFIRMATION INVOICE",
        "REISEBESTÄTIGUNG / RECHNUNG",
        "CONFIRMATION DE RÉSERVATION / FACTURE",
    )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Booking', 'Vorgang', 'Dossier')} {trip.ref}")
    recipient(
        f,
        s,
        h,
        agency_lines(),
        d,
        [
            (tr(lg, "Booking ref", "Vorgangsnr.", "N° de dossier"), trip.ref),
            (
                tr(lg, "Agent", "Agentur", "Agence"),
                agent_no(home()) if lg == home() else serial(rng, "99999"),
            ),
            (tr(lg, "Lead name", "Anmelder", "Client"), pname(trip.lead, lg)),
        ],
    )
    bx = w - m - 110
    f.page.rect(bx, f.y - 30, 110, 18)
    f.page.text(
        bx + 55,
        f.y - 17,
        tr(lg, "AGENT COPY", "AGENTURAUSFERTIGUNG", "EXEMPLAIRE AGENCE"),
        s.bold,
        7,
        "center",
    )
    caption(
        f,
        s,
        title + (tr(lg, " - AMENDED", " - ÄNDERUNG", " - MODIFIÉE") if amended else ""),
        2,
        rule=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your booking. Please check the details below carefully and let us know "
            f"within 48 hours of any discrepancy. Destination: {dest_name(trip)}.",
            f"Vielen Dank für Ihre Buchung. Bitte prüfen Sie die Angaben sorgfältig. Reiseziel: "
            f"{dest_name(trip)}.",
            f"Nous vous remercions de votre réservation. Merci de vérifier les informations "
            f"ci-dessous. Destination : {dest_name(trip)}.",
        ),
        s.size - 0.5,
    )
    cols = columns(m, w - m, [(0.5, "left"), (3.2, "left"), (1.4, "left"), (0.8, "right")])
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Passenger", "Reisender", "Voyageur"),
            tr(lg, "Date of birth", "Geb.-Datum", "Né(e) le"),
            tr(lg, "Age", "Alter", "Âge"),
        ],
        [
            [str(k + 1), pname(p, lg), short(p.born, lg), str(age(p, trip.out))]
            for k, p in enumerate(trip.party)
        ],
        s,
    )
    f.heading(m, tr(lg, "Flights", "Flugleistungen", "Vols"), s.bold, s.size)
    cols = columns(
        m,
        w - m,
        [(1.3, "left"), (1, "left"), (2, "left"), (1.2, "left"), (0.8, "right"), (0.8, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Flight", "Flug", "Vol"),
            tr(lg, "From", "Von", "De"),
            tr(lg, "To", "Nach", "À"),
            tr(lg, "Dep", "Ab", "Dép."),
            tr(lg, "Arr", "An", "Arr."),
        ],
        flight_rows(trip, lg, rng),
        s,
        rules=rng.random() < 0.5,
    )
    f.heading(m, tr(lg, "Accommodation", "Unterkunft", "Hébergement"), s.bold, s.size)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Hotel", "Hotel", "Hôtel"), f"{DESTS[trip.dest][3]}, {dest_name(trip)}"),
                (tr(lg, "Room", "Zimmer", "Chambre"), ROOMS[lg][trip.room]),
                (tr(lg, "Board", "Verpflegung", "Pension"), BOARDS[lg][trip.board]),
                (
                    tr(lg, "Nights", "Nächte", "Nuits"),
                    f"{trip.nights} ({short(trip.out, lg)} - {short(trip.back, lg)})",
                ),
            ],
            w * 0.7,
        )
        + 6
    )
    adults = [p for p in trip.party if age(p, trip.out) >= 12]
    kids = len(trip.party) - len(adults)
    base = trip.price / max(1, len(adults) + 0.65 * kids)
    rows = [
        [
            tr(lg, "Holiday price adult", "Reisepreis Erwachsener", "Forfait adulte"),
            str(len(adults)),
            money(base, lg),
            money(base * len(adults), lg),
        ]
    ]
    if kids:
        rows.append(
            [
                tr(lg, "Holiday price child", "Reisepreis Kind", "Forfait enfant"),
                str(kids),
                money(base * 0.65, lg),
                money(base * 0.65 * kids, lg),
            ]
        )
    gross = base * len(adults) + base * 0.65 * kids
    for label, v in rng.sample(
        [
            (
                tr(lg, "Room supplement sea view", "Zuschlag Meerblick", "Supplément vue mer"),
                12.0 * trip.nights,
            ),
            (
                tr(lg, "Extra baggage 23kg", "Zusatzgepäck 23 kg", "Bagage supplémentaire 23 kg"),
                45.0,
            ),
            (tr(lg, "Airport parking", "Rail&Fly 2. Klasse", "Pré-acheminement TGV"), 69.0),
            (
                tr(lg, "Preferred seats", "Sitzplatzreservierung", "Choix du siège"),
                18.0 * len(trip.party),
            ),
        ],
        rng.randint(0, 2),
    ):
        rows.append([label, "1", money(v, lg), money(v, lg)])
        gross += v
    cols = columns(m, w - m, [(4, "left"), (0.6, "right"), (1.2, "right"), (1.3, "right")])
    f.heading(m, tr(lg, "Price", "Reisepreis", "Prix"), s.bold, s.size)
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Leistung", "Prestation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
    )
    rate = rng.choice([8.0, 10.0, 10.0, 12.0])
    comm = round(gross * rate / 100, 2)
    paid = trip.deposit if rng.random() < 0.7 else 0.0
    due = trip.out - timedelta(days=rng.choice([42, 56, 70, 84]))
    lines = [(tr(lg, "Total holiday price", "Gesamtreisepreis", "Prix total"), gross)]
    lines.append(
        (
            tr(
                lg,
                f"Less commission {rate:g}%",
                f"abzgl. Provision {rate:g} %",
                f"Commission {rate:g} %",
            ),
            -comm,
        )
    )
    if paid:
        lines.append((tr(lg, "Deposit received", "Anzahlung erhalten", "Acompte reçu"), -paid))
    lines.append(
        (
            tr(
                lg,
                f"Balance due {short(due, lg)}",
                f"Restzahlung bis {short(due, lg)}",
                f"Solde au {short(due, lg)}",
            ),
            gross - comm - paid,
        )
    )
    totals(f, s, lg, lines)
    write(
        f,
        s,
        tr(lg, "Commission VAT exempt (TOMS). ", "Provision enthält 19 % USt. ", "Commission TTC. ")
        + prose(rng, lg, "travel", 1, 2),
        s.size - 1.5,
    )
    if lg == "de":
        f.need(60)
        f.page.rect(m, f.y - 8, w - 2 * m, 42)
        f.page.text(
            m + 6, f.y + 4, "Sicherungsschein für Pauschalreisen gemäß § 651r BGB", s.bold, 8
        )
        f.page.text(
            m + 6,
            f.y + 16,
            fit(
                f"Kundengeldabsicherer: Deutscher Reisesicherungsfonds GmbH, "
                f"Vertragsnr. {serial(keyed(who, 'drsf'), '99999999')}",
                s.font,
                7,
                w - 2 * m - 12,
            ),
            s.font,
            7,
        )
        f.page.text(
            m + 6,
            f.y + 26,
            "Der Sicherungsschein gilt für den oben genannten Reisevertrag.",
            s.font,
            7,
        )
        f.y += 46
    pages = f.pages
    if rng.random() < 0.55:
        heads = BOOKING_TERMS[lg]
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Booking Conditions",
                    "Reisebedingungen",
                    "Conditions particulières de vente",
                ),
                heads[:7],
            )
        )
        if rng.random() < 0.5:
            pages.append(
                small_print(
                    rng,
                    s,
                    h,
                    tr(
                        lg,
                        "Booking Conditions (continued)",
                        "Reisebedingungen (Fortsetzung)",
                        "Conditions de vente (suite)",
                    ),
                    heads[7:],
                )
            )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.2)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 4,
            hh - m - 40 - 7 * len(h.foot),
            tr(home(), "Bal. chased", "Rest angemahnt?", "Solde relancé"),
            10,
        )
    remember(trip, d, h.name)
    return pages


VOUCHERS = {
    "en": (
        "ACCOMMODATION VOUCHER",
        "TRANSFER VOUCHER",
        "EXCURSION VOUCHER",
        "Please present this voucher on arrival.",
    ),
    "de": (
        "HOTELVOUCHER",
        "TRANSFERVOUCHER",
        "AUSFLUGSGUTSCHEIN",
        "Bitte legen Sie diesen Voucher bei Ankunft vor.",
    ),
    "fr": (
        "BON D'ÉCHANGE HÔTEL",
        "BON DE TRANSFERT",
        "BON D'EXCURSION",
        "Merci de présenter ce bon à votre arrivée.",
    ),
}


def tpl_service_voucher(rng: random.Random, who: Issuer) -> list[Page]:
    """The operator's travel document pack for a booking: now and then a "your travel
    documents" cover page, then an accommodation voucher, a transfer voucher and sometimes an
    excursion voucher on A5 landscape (or two to a page of A4)."""
    if after(("operator_confirmation",)) and isinstance(LAST["trip"], Trip):
        trip = LAST["trip"]
        assert isinstance(trip, Trip)
        h = make_head(trip.operator, trip.op_lang, "operator")
    else:
        row, olg = op_of(who)
        trip = a_trip(rng, (row, olg))
        h = make_head(row, olg, "operator")
    lg = h.lang
    d = last_day(rng, ("operator_confirmation",), (20, 60))
    two_up = rng.random() < 0.3
    pages: list[Page] = []
    if rng.random() < 0.35:
        s = style_of(h, A4)
        w, hh = A4
        p = Page(A4)
        y = heading(p, s, h)
        y = window(p, s, None, y + 10, customer_lines(trip, lg)) + 40
        p.text(
            w / 2,
            y,
            tr(lg, "Your travel documents", "Ihre Reiseunterlagen", "Vos documents de voyage"),
            s.bold,
            20,
            "center",
        )
        y += 30
        p.text(w / 2, y, f"{dest_name(trip)}  -  {short(trip.out, lg)}", s.font, 12, "center")
        y += 40
        for k, t in enumerate(
            [
                tr(lg, "Accommodation voucher", "Hotelvoucher", "Bon d'hôtel"),
                tr(lg, "Transfer voucher", "Transfervoucher", "Bon de transfert"),
                tr(
                    lg,
                    "Flight times and baggage allowance",
                    "Flugzeiten und Freigepäck",
                    "Horaires et franchise bagages",
                ),
                tr(
                    lg,
                    "Resort information",
                    "Zielgebietsinformationen",
                    "Informations sur la destination",
                ),
            ]
        ):
            box(p, s.margin + 20, y, k < 2)
            p.text(s.margin + 34, y, t, s.font, s.size)
            y += 18
        y += 20
        y = text_para(p, s, s.margin, y, w - 2 * s.margin, prose(rng, lg, "travel", 2, 3))
        p.text(
            s.margin,
            hh - s.margin - 30,
            tr(
                lg,
                "Have a wonderful holiday!",
                "Wir wünschen Ihnen eine schöne Reise!",
                "Nous vous souhaitons un excellent voyage !",
            ),
            italic_of(s.font),
            12,
        )
        pages.append(p)
    kinds = [0, 1] + ([2] if rng.random() < 0.4 else [])
    for k in kinds:
        if two_up and k % 2 == 1 and pages and pages[-1].size == A4 and len(pages[-1].items) < 200:
            p = pages[-1]
            top = A4[1] / 2 + 10
            slip_rule(p, 20, A4[0] - 20, top - 8, "")
            voucher(rng, p, h, trip, k, top, (A4[0], A4[1] / 2))
            continue
        size = A4 if two_up else A5L
        p = Page(size)
        voucher(rng, p, h, trip, k, 0, A5L)
        pages.append(p)
    remember(trip, d, h.name)
    return pages


def text_para(
    p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 0
) -> float:
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + pt * 0.6


def voucher(
    rng: random.Random, p: Page, h: Head, trip: Trip, k: int, top: float, size: tuple[float, float]
) -> None:
    """One voucher in the box ``size`` from ``top`` of ``p``."""
    lg = h.lang
    w, vh = size
    m = 30.0
    s = style_of(h, size, margin=m, pt=8.5)
    p.rect(m - 10, top + 16, w - 2 * m + 20, vh - 32)
    pt = shrink(h.name, h.bold, 11, w / 2 - m)
    p.text(m, top + 36, h.name, h.bold, pt)
    title = VOUCHERS[lg][k]
    p.text(w - m, top + 36, title, h.bold, shrink(title, h.bold, 12, w / 2 - m), "right")
    p.line(m - 10, top + 44, w - m + 10, top + 44)
    no = serial(rng, "V999999")
    y = top + 60
    port, code = port_of(trip)
    if k == 0:
        items = [
            (tr(lg, "Voucher no.", "Voucher-Nr.", "N° de bon"), no),
            (tr(lg, "Booking ref", "Vorgang", "Dossier"), trip.ref),
            (tr(lg, "Hotel", "Hotel", "Hôtel"), DESTS[trip.dest][3]),
            (tr(lg, "Arrival", "Anreise", "Arrivée"), short(trip.out, lg)),
            (tr(lg, "Departure", "Abreise", "Départ"), short(trip.back, lg)),
            (
                tr(lg, "Room / board", "Zimmer / Verpflegung", "Chambre / pension"),
                f"{ROOMS[lg][trip.room]}, {BOARDS[lg][trip.board]}",
            ),
            (tr(lg, "Guests", "Gäste", "Occupants"), ", ".join(pname(x, lg) for x in trip.party)),
        ]
    elif k == 1:
        items = [
            (tr(lg, "Voucher no.", "Voucher-Nr.", "N° de bon"), no),
            (tr(lg, "Booking ref", "Vorgang", "Dossier"), trip.ref),
            (
                tr(lg, "Service", "Leistung", "Prestation"),
                tr(
                    lg,
                    "Shared coach transfer return",
                    "Bustransfer hin und zurück",
                    "Transfert aller-retour en autocar",
                ),
            ),
            (
                tr(lg, "Pick-up", "Abholung", "Prise en charge"),
                f"{DESTS[trip.dest][2]} {tr(lg, 'airport', 'Flughafen', 'aéroport')}, "
                f"{trip.flights[0]}",
            ),
            (
                tr(lg, "Return pick-up", "Rücktransfer", "Retour"),
                tr(
                    lg,
                    "see hotel notice board",
                    "siehe Info-Mappe im Hotel",
                    "voir tableau d'affichage",
                ),
            ),
            (tr(lg, "Passengers", "Personen", "Passagers"), str(len(trip.party))),
        ]
    else:
        items = [
            (tr(lg, "Voucher no.", "Voucher-Nr.", "N° de bon"), no),
            (
                tr(lg, "Excursion", "Ausflug", "Excursion"),
                rng.choice(["Old town & market", "Boat trip", "Jeep safari", "Island tour"]),
            ),
            (
                tr(lg, "Date", "Datum", "Date"),
                short(trip.out + timedelta(days=rng.randint(2, trip.nights - 1)), lg),
            ),
            (tr(lg, "Participants", "Teilnehmer", "Participants"), str(len(trip.party))),
            (
                tr(lg, "Paid", "Bezahlt", "Payé"),
                tr(lg, "Prepaid - no charge locally", "Vorab bezahlt", "Prépayé"),
            ),
        ]
    y = pairs(p, s, m, y, items, w - m - 100, 8.5)
    if rng.random() < 0.5:
        seal(
            p,
            w - m - 50,
            top + 100,
            30,
            h.name.upper()[:28],
            tr(lg, "ISSUED", "AUSGESTELLT", "ÉMIS"),
        )
    p.text(
        m,
        top + vh - 28,
        fit(VOUCHERS[lg][3] + f"  {port} ({code})", s.font, 7, w - 2 * m),
        italic_of(s.font),
        7,
    )


# ---------------------------------------------------------------------------------------------
# Templates HHH: tickets
# ---------------------------------------------------------------------------------------------

AIRLINE_CODES = {
    "British Airways": ("BA", "125"),
    "Aer Lingus": ("EI", "053"),
    "Emirates": ("EK", "176"),
    "Virgin Atlantic Airways": ("VS", "932"),
    "Lufthansa": ("LH", "220"),
    "Condor Flugdienst GmbH": ("DE", "881"),
    "Austrian Airlines": ("OS", "257"),
    "Air France": ("AF", "057"),
    "Corsair": ("SS", "923"),
    "Air Austral": ("UU", "760"),
}
HUBS = {
    "BA": "LHR",
    "EI": "DUB",
    "EK": "DXB",
    "VS": "LHR",
    "LH": "FRA",
    "DE": "FRA",
    "OS": "VIE",
    "AF": "CDG",
    "SS": "ORY",
    "UU": "RUN",
}


def tpl_ticket_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """An e-ticket passenger itinerary/receipt as the reservation system prints it: passenger,
    ticket number, booking reference, the agency as issuing agent, the flight coupons, fare
    calculation, taxes, form of payment and endorsements; now and then the conditions of
    contract notice on a second page. A run: the other passengers of the same booking."""
    r = keyed(who, "airline")
    lg = home()
    row = r.choice(SENDERS["airline"][lg])
    ex = LAST["extra"]
    if after(("ticket_receipt",)) and isinstance(ex, dict) and ex.get("airline") == row[0]:
        trip, pnr, k, base_no = ex["trip"], ex["pnr"], int(ex["k"]) + 1, int(ex["no"])
        assert isinstance(trip, Trip) and isinstance(pnr, str)
        if k >= len(trip.party):
            trip.party.append(a_person(rng, lg, trip.lead.last))
    else:
        trip = a_trip(rng)
        pnr = serial(rng, "A9AAAA").replace("O", "Q")
        k = 0
        base_no = rng.randint(2100000000, 2499999999)
    code, prefix = AIRLINE_CODES[row[0]]
    hub = HUBS[code]
    pax = trip.party[k]
    ticket = f"{prefix} {base_no + k}"
    h = make_head(row, lg, "airline")
    s = style_of(h, LETTER if rng.random() < 0.15 else A4, margin=46, pt=8.5)
    s = Style("Courier", "Courier-Bold", 8.5, 46, "none", "bottom", s.page_size, s.date_style)
    w, hh = s.page_size
    m = s.margin
    issued = trip.booked + timedelta(days=rng.randint(0, 3))
    p = Page(s.page_size)
    p.rect(m, m - 10, w - 2 * m, 30, fill=0.85)
    p.text(m + 8, m + 10, h.name.upper(), "Helvetica-Bold", 14)
    p.text(w - m - 8, m + 10, code, "Helvetica-Bold", 18, "right")
    y = m + 48
    title = tr(
        lg,
        "ELECTRONIC TICKET - PASSENGER ITINERARY/RECEIPT",
        "ELEKTRONISCHES TICKET - REISEPLAN UND QUITTUNG",
        "BILLET ÉLECTRONIQUE - ITINÉRAIRE ET REÇU",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 10, w - 2 * m))
    y += 22
    _, pcode = port_of(trip)
    dcode = DESTS[trip.dest][2]
    agency = agency_head()
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "PASSENGER", "NAME", "PASSAGER"), pname(pax, "en")),
                (tr(lg, "E-TICKET NUMBER", "TICKETNUMMER", "NUMÉRO DE BILLET"), ticket),
                (tr(lg, "BOOKING REFERENCE", "BUCHUNGSCODE", "RÉFÉRENCE DE RÉSERVATION"), pnr),
                (
                    tr(lg, "ISSUED BY", "AUSGESTELLT VON", "ÉMIS PAR"),
                    f"{agency.name.upper()} {iata_no()}",
                ),
                (
                    tr(lg, "DATE OF ISSUE", "AUSSTELLUNGSDATUM", "DATE D'ÉMISSION"),
                    issued.strftime("%d%b%y").upper(),
                ),
            ],
            w * 0.78,
            8.5,
        )
        + 10
    )
    direct = rng.random() < 0.4 or code in ("DE", "SS")
    legs = []
    dep = rng.randint(6, 20)
    seg = (
        [(pcode, dcode, trip.out), (dcode, pcode, trip.back)]
        if direct
        else [
            (pcode, hub, trip.out),
            (hub, dcode, trip.out + timedelta(days=1 if code == "EK" else 0)),
            (dcode, hub, trip.back),
            (hub, pcode, trip.back),
        ]
    )
    cls = rng.choice(["Y", "V", "L", "K", "J"])
    for a, b, dd in seg:
        legs.append(
            [
                dd.strftime("%d%b").upper(),
                f"{code} {rng.randint(10, 999)}",
                a,
                b,
                f"{dep:02d}{rng.choice(['05', '30', '45'])}",
                f"{(dep + rng.randint(1, 8)) % 24:02d}{rng.choice(['10', '25', '55'])}",
                cls,
                "OK",
                rng.choice(["1PC", "2PC", "23K", "30K"]),
            ]
        )
        dep = (dep + rng.randint(2, 5)) % 24
    cols = columns(
        m,
        w - m,
        [
            (0.9, "left"),
            (1, "left"),
            (0.6, "left"),
            (0.6, "left"),
            (0.7, "left"),
            (0.7, "left"),
            (0.5, "left"),
            (0.5, "left"),
            (0.6, "left"),
        ],
    )
    y = gds_table(
        p,
        s,
        cols,
        y,
        [
            tr(lg, "DATE", "DATUM", "DATE"),
            tr(lg, "FLIGHT", "FLUG", "VOL"),
            tr(lg, "FROM", "VON", "DE"),
            tr(lg, "TO", "NACH", "À"),
            "DEP",
            "ARR",
            "CL",
            "ST",
            "BAG",
        ],
        legs,
    )
    y += 8
    p.text(
        m,
        y,
        fit(
            f"NVB {legs[0][0]} NVA {legs[-1][0]}  "
            + tr(lg, "OPERATED BY", "DURCHGEFÜHRT VON", "OPÉRÉ PAR")
            + f" {h.name.upper()}",
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
    )
    y += 24
    fare = round(rng.uniform(180, 1400) if age(pax, trip.out) >= 12 else rng.uniform(120, 900), 0)
    taxes = [
        ("GB" if lg == "en" else "DE" if lg == "de" else "FR", round(rng.uniform(13, 200), 2)),
        ("UB" if lg == "en" else "RA" if lg == "de" else "QX", round(rng.uniform(20, 60), 2)),
        ("YQ", round(rng.uniform(40, 380), 2)),
    ]
    cur = "GBP" if lg == "en" else "EUR"
    p.text(m, y, tr(lg, "FARE CALCULATION", "TARIFBERECHNUNG", "CALCUL DU TARIF"), s.bold, 8.5)
    y += 12
    calc = (
        f"{pcode} {code} "
        f"{'X/' + hub + ' ' + code + ' ' if not direct else ''}{dcode}{fare / 2 * 1.27:.2f}{code} "
        f"{pcode}{fare / 2 * 1.27:.2f}NUC{fare * 1.27:.2f}END "
        f"ROE0.{rng.randint(770000, 869999)}"
    )
    for ln in wrap(calc, s.font, 8, w - 2 * m):
        p.text(m, y, ln, s.font, 8)
        y += 10
    y += 8
    tax_total = sum(v for _, v in taxes)
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "FARE", "TARIF", "TARIF"), f"{cur} {fare:.2f}"),
            *[(tr(lg, "TAX", "STEUER", "TAXE") + f" {t}", f"{cur} {v:.2f}") for t, v in taxes],
            (tr(lg, "TOTAL", "GESAMT", "TOTAL"), f"{cur} {fare + tax_total:.2f}"),
            (
                tr(lg, "FORM OF PAYMENT", "ZAHLUNGSART", "MODE DE PAIEMENT"),
                rng.choice(
                    [
                        "CASH",
                        f"CCVI{'X' * 12}{rng.randint(1000, 9999)}",
                        "INV AGT",
                        f"CCCA{'X' * 12}{rng.randint(1000, 9999)}",
                    ]
                ),
            ),
            (
                tr(lg, "ENDORSEMENTS", "VERMERKE", "RESTRICTIONS"),
                rng.choice(
                    [
                        "NONREF/NON END",
                        "CHNG FEE APPLIES/NON END",
                        "VALID ON " + code + " ONLY",
                        "REFUNDABLE WITH PENALTY",
                    ]
                ),
            ),
        ],
        w * 0.62,
        8.5,
    )
    y += 14
    note = tr(
        lg,
        "Check-in closes 60 minutes before departure. Passengers must hold valid travel documents "
        "for all countries on the itinerary. Carriage is subject to the conditions of contract.",
        "Der Check-in schließt 60 Minuten vor Abflug. Reisende benötigen gültige Reisedokumente "
        "für alle Länder der Reise. Es gelten die Beförderungsbedingungen.",
        "L'enregistrement ferme 60 minutes avant le départ. Les passagers doivent être munis de "
        "documents de voyage valides. Le transport est soumis aux conditions du contrat.",
    )
    for ln in wrap(note, s.font, 7.5, w - 2 * m):
        p.text(m, y, ln, s.font, 7.5)
        y += 9.5
    pages = [p]
    if rng.random() < 0.35:
        q = Page(s.page_size)
        yy = m
        q.text(m, yy, tr(lg, "NOTICE", "HINWEIS", "AVIS"), s.bold, 10)
        yy += 18
        for head in [
            tr(
                lg,
                "Conditions of contract and other important notices",
                "Vertragsbedingungen und andere wichtige Hinweise",
                "Conditions du contrat et autres avis importants",
            ),
            tr(
                lg,
                "Notice of liability limitations",
                "Hinweis auf Haftungsbeschränkungen",
                "Avis de limitation de responsabilité",
            ),
            tr(
                lg,
                "Notice of baggage liability limitations",
                "Hinweis zur Haftung für Gepäck",
                "Avis de limitation de responsabilité bagages",
            ),
            tr(
                lg,
                "Notice of government imposed taxes",
                "Hinweis zu staatlichen Steuern",
                "Avis relatif aux taxes",
            ),
            tr(lg, "Overbooking notice", "Hinweis zu Überbuchung", "Avis de surréservation"),
            tr(lg, "Dangerous goods", "Gefährliche Güter", "Marchandises dangereuses"),
        ]:
            if yy > hh - m - 60:
                break
            q.text(m, yy, head.upper(), s.bold, 7.5)
            yy += 11
            for ln in wrap(prose(rng, lg, "legal", 4, 9), "Helvetica", 6.5, w - 2 * m):
                if yy > hh - m - 30:
                    break
                q.text(m, yy, ln, "Helvetica", 6.5)
                yy += 8
            yy += 8
        pages.append(q)
        number_pages(
            pages,
            s,
            "{i}/{n}" if rng.random() < 0.5 else "Page {i} of {n}" if lg == "en" else "{i}/{n}",
            "br",
            bottom=26,
        )
    remember(trip, issued, {"airline": row[0], "trip": trip, "pnr": pnr, "k": k, "no": base_no})
    return pages


def gds_table(
    p: Page,
    s: Style,
    cols: list[tuple[float, float, str]],
    y: float,
    head: list[str],
    rows: list[list[str]],
) -> float:
    """A plain print-out table in the page's font: a head between rules, then the rows."""
    x0, x1 = cols[0][0] - 2, cols[-1][1] + 2
    p.line(x0, y - 10, x1, y - 10)
    for c, t in zip(cols, head, strict=True):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            fit(t, s.bold, 7.5, c[1] - c[0]),
            s.bold,
            7.5,
            "left" if c[2] == "left" else "right",
        )
    p.line(x0, y + 4, x1, y + 4)
    y += 16
    for r in rows:
        for c, t in zip(cols, r, strict=True):
            p.text(
                c[0] if c[2] == "left" else c[1],
                y,
                fit(t, s.font, 8, c[1] - c[0]),
                s.font,
                8,
                "left" if c[2] == "left" else "right",
            )
        y += 12
    return y


TOC = {"LNER": "LNER", "Great Western Railway": "GWR", "CrossCountry": "XC"}
HOME_STATIONS = {
    "en": ["Exeter St Davids", "Beverley", "Cheltenham Spa"],
    "de": ["Ravensburg", "Paderborn Hbf", "Oldenburg(Oldb)"],
    "fr": ["Tours", "Orléans", "Lorient"],
}
AWAY_STATIONS = {
    "en": [
        "London Paddington",
        "London Kings Cross",
        "York",
        "Edinburgh",
        "Birmingham New St",
        "Manchester Piccadilly",
        "Bristol Temple Meads",
        "Gatwick Airport",
    ],
    "de": [
        "Stuttgart Hbf",
        "Berlin Hbf",
        "Köln Hbf",
        "München Hbf",
        "Hamburg Hbf",
        "Frankfurt(Main)Flughafen Fernbf",
        "Düsseldorf Flughafen",
    ],
    "fr": [
        "Paris Montparnasse",
        "Paris Austerlitz",
        "Marseille St-Charles",
        "Lyon Part-Dieu",
        "Aéroport CDG 2 TGV",
        "Bordeaux St-Jean",
        "Nantes",
    ],
}


def tpl_rail_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A rail ticket: in England a credit-card-sized ticket from the booking office (with its
    seat reservation coupon now and then); in Germany a DB Online-Ticket, in France an SNCF
    e-billet on A4 with the QR code. A run: the return ticket or the other travellers."""
    lg = home()
    row = SENDERS["rail"][lg][keyed(who, "rail").randrange(len(SENDERS["rail"][lg]))]
    ex = LAST["extra"]
    if after(("rail_ticket",)) and isinstance(ex, dict) and "leg" in ex:
        a, b, d, traveller, leg = ex["b"], ex["a"], ex["d"], ex["who"], int(ex["leg"]) + 1
        assert (
            isinstance(d, date)
            and isinstance(traveller, str)
            and isinstance(a, str)
            and isinstance(b, str)
        )
        if leg % 2 == 0:
            a, b = b, a
            traveller = f"{rng.choice(FIRSTS[lg])} {traveller.split()[-1]}"
        else:
            d = d + timedelta(days=rng.randint(0, 4))
    else:
        a = HOME_STATIONS[lg][int(OFFICE["row"])]  # type: ignore[call-overload]
        b = rng.choice(AWAY_STATIONS[lg])
        if rng.random() < 0.4:
            a, b = b, a
        d = some_day(rng) + timedelta(days=rng.randint(5, 40))
        traveller = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
        leg = 0
    h = make_head(row, lg, "rail")
    price = round(rng.uniform(19, 160), 2)
    if lg == "en":
        pages = [uk_ticket(rng, h, a, b, d, price)]
        if rng.random() < 0.4:
            pages.append(uk_ticket(rng, h, a, b, d, 0.0, reservation=True))
    else:
        pages = [eticket(rng, h, a, b, d, price, traveller, leg % 2 == 1)]
    remember(None, d, {"a": a, "b": b, "d": d, "who": traveller, "leg": leg})
    return pages


def uk_ticket(
    rng: random.Random, h: Head, a: str, b: str, d: date, price: float, reservation: bool = False
) -> Page:
    p = Page(TICKET)
    w, hh = TICKET
    f, fb = "Helvetica", "Helvetica-Bold"
    p.rect(0, 0, w, 11, fill=0.55)
    p.rect(0, hh - 11, w, 11, fill=0.55)
    p.text(6, 20, "Class", f, 4.5)
    p.text(42, 20, "Ticket type", f, 4.5)
    p.text(w - 6, 20, "Adult  Child", f, 4.5, "right")
    if reservation:
        p.text(6, 29, "STD", fb, 7)
        p.text(42, 29, "SEAT RESERVATION", fb, 7)
        p.text(w - 6, 29, "ONE", fb, 7, "right")
        p.text(
            6,
            40,
            f"{d.strftime('%d %b').upper()}  "
            f"{rng.randint(6, 20):02d}:{rng.choice(['00', '04', '30', '36'])}",
            fb,
            7,
        )
        p.text(6, 51, f"From {a.upper()}", f, 6)
        p.text(6, 60, f"To {b.upper()}", f, 6)
        p.text(
            6,
            72,
            f"Coach {rng.choice('ABCDEFGHJK')}  Seat "
            f"{rng.randint(1, 80)}{rng.choice(['A', 'F', ''])}  "
            f"{rng.choice(['Window', 'Aisle', 'Table'])}",
            fb,
            7,
        )
        p.text(6, 84, "THIS IS NOT A TICKET", fb, 6)
    else:
        p.text(6, 29, "STD", fb, 7)
        kind = rng.choice(
            ["OFF-PEAK RETURN", "ANYTIME DAY SINGLE", "ADVANCE SINGLE", "SUPER OFF-PEAK RTN"]
        )
        p.text(42, 29, kind, fb, shrink(kind, fb, 7, w - 80))
        p.text(w - 6, 29, "ONE  NIL", fb, 7, "right")
        p.text(6, 40, "Start date", f, 4.5)
        p.text(62, 40, "Number", f, 4.5)
        p.text(6, 48, d.strftime("%d-%b-%y").upper(), fb, 7)
        p.text(62, 48, f"{rng.randint(10000, 99999)} {rng.randint(10000, 99999)}", f, 7)
        p.text(6, 58, "From", f, 4.5)
        p.text(6, 66, fit(a.upper(), fb, 7, w - 12), fb, 7)
        p.text(6, 75, "To", f, 4.5)
        p.text(6, 83, fit(b.upper(), fb, 7, w - 12), fb, 7)
        p.text(6, 95, "Route", f, 4.5)
        p.text(
            6,
            103,
            rng.choice(
                ["ANY PERMITTED", "ANY PERMITTED", "NOT LONDON", f"{TOC.get(h.name, 'LNER')} ONLY"]
            ),
            fb,
            6,
        )
        p.text(w - 6, 95, "Price", f, 4.5, "right")
        p.text(w - 6, 104, f"£{price:.2f}", fb, 8, "right")
        p.text(
            6,
            116,
            f"{TOC.get(h.name, 'LNER')} {rng.randint(1000, 9999)} {d.strftime('%d%m%y')}",
            f,
            5,
        )
    p.text(w - 6, hh - 16, "rail", "Helvetica-Oblique", 6, "right")
    return p


def eticket(
    rng: random.Random,
    h: Head,
    a: str,
    b: str,
    d: date,
    price: float,
    traveller: str,
    back: bool = False,
) -> Page:
    """A DB Online-Ticket or an SNCF e-billet on A4: fare, traveller, QR code, the connection."""
    lg = h.lang
    way = ("Rückfahrt", "Retour") if back else ("Hinfahrt", "Aller")
    s = style_of(h, A4, margin=42, pt=9)
    s = Style("Helvetica", "Helvetica-Bold", 9, 42, "none", "bottom", A4, "short")
    w, hh = A4
    m = 42.0
    p = Page(A4)
    if lg == "de":
        p.rect(m, 30, 40, 24, fill=0.25)
        p.text(m + 20, 47, "DB", "Helvetica-Bold", 14, "center")
        p.text(m + 52, 47, "Online-Ticket", "Helvetica-Bold", 16)
    else:
        p.text(m, 47, "SNCF", "Helvetica-Bold", 18)
        p.text(m + 62, 47, "e-billet", "Helvetica", 16)
    y = 88.0
    klass = rng.choice(["2", "1"])
    offer = tr(
        lg,
        "",
        rng.choice(["Flexpreis", "Sparpreis", "Super Sparpreis"]),
        rng.choice(["Tarif Loisir", "Tarif Avantage", "Prem's"]),
    )
    p.text(
        m,
        y,
        fit(f"{offer}  ({tr(lg, '', way[0], way[1])})", "Helvetica-Bold", 12, w - 250),
        "Helvetica-Bold",
        12,
    )
    p.text(w - m, y, cash(price, lg), "Helvetica-Bold", 12, "right")
    y += 20
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "", "Reisende", "Voyageur"), traveller),
            (tr(lg, "", "Klasse", "Classe"), klass),
            (tr(lg, "", "Gültigkeit", "Date de voyage"), f"{short(d, lg)}"),
            (
                tr(lg, "", "Auftragsnummer", "Référence dossier"),
                serial(rng, "999999999999") if lg == "de" else serial(rng, "AAAAAA"),
            ),
            (
                tr(lg, "", "Bezahlung", "Paiement"),
                tr(lg, "", "Kreditkarte, Firmenkunde", "Carte bancaire agence"),
            ),
        ],
        w * 0.55,
        9,
    )
    qr_block(p, w - m - 180, 110, f"{a[:3].upper()}{b[:3].upper()}{d.isoformat()}{traveller[:5]}")
    y = max(y, 330.0) + 10
    p.text(
        m,
        y,
        tr(lg, "", "Ihre Reiseverbindung und Reservierung", "Votre voyage"),
        "Helvetica-Bold",
        10,
    )
    y += 16
    cols = columns(
        m, w - m, [(2.6, "left"), (0.9, "left"), (0.9, "left"), (1.2, "left"), (1.8, "left")]
    )
    t1 = rng.randint(6, 19)
    leg_rows = [
        [
            a,
            short(d, lg),
            f"{t1:02d}:{rng.choice(['03', '17', '42'])}",
            rng.choice(["ICE 513", "IC 2013", "TGV 8712", "TGV INOUI 5304", "RE 4231"]),
            tr(
                lg,
                "",
                f"Wg. {rng.randint(1, 14)}, Pl. {rng.randint(11, 98)}",
                f"Voiture {rng.randint(1, 18)}, place {rng.randint(11, 98)}",
            ),
        ],
        [
            b,
            short(d, lg),
            f"{(t1 + rng.randint(1, 5)) % 24:02d}:{rng.choice(['08', '29', '51'])}",
            "",
            "",
        ],
    ]
    y = gds_table(
        p,
        s,
        cols,
        y,
        [
            tr(lg, "", "Halt", "Gare"),
            tr(lg, "", "Datum", "Date"),
            tr(lg, "", "Zeit", "Heure"),
            tr(lg, "", "Zug", "Train"),
            tr(lg, "", "Reservierung", "Placement"),
        ],
        leg_rows,
    )
    y += 18
    for ln in wrap(
        tr(
            lg,
            "",
            "Das Online-Ticket ist nur gültig mit einem amtlichen Lichtbildausweis im Original. "
            "Bitte halten Sie das Ticket bei der Kontrolle bereit. Es gelten die "
            "Beförderungsbedingungen der DB.",
            "Ce e-billet est nominatif et incessible. Présentez-le avec une pièce d'identité lors "
            "du contrôle. "
            "Conditions d'échange et de remboursement selon le tarif.",
        ),
        "Helvetica",
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, "Helvetica", 7.5)
        y += 9.5
    p.line(m, hh - 60, w - m, hh - 60)
    p.text(
        m,
        hh - 48,
        fit(f"{h.name}, {h.street}, {h.town}", "Helvetica", 6.5, w - 2 * m),
        "Helvetica",
        6.5,
    )
    return p


# ---------------------------------------------------------------------------------------------
# Templates HHH: the agency's own forms and receipts
# ---------------------------------------------------------------------------------------------


def tpl_booking_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The agency's booking form filled in by hand at the counter and signed by the lead
    passenger: lead name and address, the party, the holiday, insurance, payment and the
    declaration; the agency's booking terms printed on the back now and then."""
    h = agency_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=9)
    w, hh = A4
    m = s.margin
    trip = a_trip(rng)
    d = trip.booked
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "BOOKING FORM", "REISEANMELDUNG", "BULLETIN D'INSCRIPTION")
    p.text(m, y, title, s.bold, 15)
    p.text(
        w - m, y, f"{tr(lg, 'Our ref', 'Vorgang', 'Dossier')} ______________", s.font, 8, "right"
    )
    hand(p, w - m - tw("______________", s.font, 8) + 2, y - 2, trip.ref, 9)
    y += 20
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "1. Lead passenger",
                "1. Anmelder / Reiseleiter der Gruppe",
                "1. Client principal",
            ),
        )
        + 4
    )
    lead = trip.lead
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "Title / first name / surname",
                    "Anrede / Vorname / Name",
                    "Civilité / prénom / nom",
                ),
                mx(lead, lg),
            ),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(lead.born, lg)),
            (tr(lg, "Address", "Straße, Nr.", "Adresse"), trip.home[0]),
            (tr(lg, "Town / postcode", "PLZ / Ort", "Code postal / ville"), trip.home[1]),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                f"{lead.first.lower()}.{lead.last.lower()}@{rng.choice(MAILHOSTS)}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "2. All passengers (names as in passport)",
                "2. Reiseteilnehmer (wie im Pass)",
                "2. Participants (comme sur le passeport)",
            ),
        )
        + 4
    )
    cols = [m, m + 20, m + 250, m + 340, w - m]
    heads = [
        "",
        tr(lg, "Name", "Name, Vorname", "Nom, prénom"),
        tr(lg, "Date of birth", "Geb.-Datum", "Né(e) le"),
        tr(lg, "Nationality / passport no.", "Staatsang. / Pass-Nr.", "Nationalité / passeport"),
    ]
    for k, t in enumerate(heads):
        p.text(cols[k] + 3, y + 2, t, s.font, 6.5)
    y += 6
    for k in range(max(5, len(trip.party))):
        p.rect(m, y, w - 2 * m, 18)
        for x in cols[1:-1]:
            p.line(x, y, x, y + 18)
        p.text(m + 6, y + 12, str(k + 1), s.font, 8)
        if k < len(trip.party):
            pk = trip.party[k]
            hand(p, cols[1] + 4, y + 13, f"{pk.last}, {pk.first}", 9, cols[2] - cols[1] - 8)
            hand(p, cols[2] + 4, y + 13, short(pk.born, lg), 9)
            hand(
                p,
                cols[3] + 4,
                y + 13,
                f"{tr(lg, 'GB', 'D', 'F')} "
                f"{serial(rng, 'A99999999' if lg != 'en' else '999999999')}"
                if rng.random() < 0.7
                else tr(lg, "British", "deutsch", "française"),
                9,
                cols[4] - cols[3] - 8,
            )
        y += 18
    y += 12
    y = band(p, s, y, tr(lg, "3. Holiday details", "3. Reiseleistungen", "3. Voyage")) + 4
    port, _ = port_of(trip)
    op = trip.operator[0]
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Tour operator / supplier", "Veranstalter", "Organisateur"), op),
            (
                tr(lg, "Destination / hotel", "Reiseziel / Hotel", "Destination / hôtel"),
                f"{dest_name(trip)}, {DESTS[trip.dest][3]}",
            ),
            (
                tr(lg, "Departure date / airport", "Abreise / Flughafen", "Départ / aéroport"),
                f"{short(trip.out, lg)} {port}",
            ),
            (
                tr(lg, "Nights / board", "Nächte / Verpflegung", "Nuits / pension"),
                f"{trip.nights} / {BOARDS[lg][trip.board]}",
            ),
            (tr(lg, "Room type", "Zimmer", "Chambre"), ROOMS[lg][trip.room]),
            (tr(lg, "Total price", "Reisepreis gesamt", "Prix total"), cash(trip.price, lg)),
        ],
        per=2,
        tall=24,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "4. Insurance and payment",
                "4. Versicherung und Zahlung",
                "4. Assurance et paiement",
            ),
        )
        + 14
    )
    own = rng.random() < 0.4
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Insurance through us", "Reiseversicherung über uns", "Assurance par l'agence"),
            tr(
                lg,
                "Own insurance (details below)",
                "Eigene Versicherung",
                "Assurance personnelle (carte bancaire)",
            ),
            tr(lg, "Insurance declined", "Versicherung abgelehnt", "Refus d'assurance"),
        ],
        {1 if own else 0},
        8,
    )
    if own:
        hand(
            p,
            m + 10,
            y + 2,
            f"{rng.choice(['Nationwide', 'ADAC', 'Visa Premier', 'Barclays Travel'])} "
            f"{serial(rng, '99999999')}",
            9,
        )
        y += 16
    y += 4
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Debit card", "EC-Karte", "Carte bancaire"),
            tr(lg, "Credit card (+1.5%)", "Kreditkarte", "Chèque"),
            tr(lg, "Bank transfer", "Überweisung", "Chèques-vacances ANCV"),
        ],
        {rng.randrange(4)},
        8,
    )
    y += 2
    p.text(
        m,
        y,
        f"{tr(lg, 'Deposit paid today', 'Anzahlung heute', 'Acompte versé ce jour')}:",
        s.font,
        8.5,
    )
    hand(p, m + 140, y, cash(trip.deposit, lg), 10)
    p.text(
        w / 2 + 20,
        y,
        f"{tr(lg, 'Balance due', 'Restzahlung fällig', 'Solde à régler le')}:",
        s.font,
        8.5,
    )
    hand(p, w / 2 + 120, y, short(trip.out - timedelta(days=56), lg), 10)
    y += 20
    y = (
        band(
            p,
            s,
            y,
            tr(lg, "5. Special requests", "5. Besondere Wünsche", "5. Demandes particulières"),
        )
        + 14
    )
    for k in range(2):
        p.line(m, y + 4 + 16 * k, w - m, y + 4 + 16 * k)
    if rng.random() < 0.7:
        hand(
            p,
            m + 4,
            y + 1,
            rng.choice(
                [
                    tr(
                        lg,
                        "Anniversary - ground floor if poss.",
                        "Hochzeitstag! Zimmer ruhig",
                        "Anniversaire de mariage, étage bas",
                    ),
                    tr(
                        lg,
                        "Wheelchair assistance at airport",
                        "Rollstuhl-Service am Flughafen",
                        "Assistance PMR aéroport",
                    ),
                    tr(
                        lg,
                        "Cot required, adjoining rooms",
                        "Babybett, Zimmer nebeneinander",
                        "Lit bébé, chambres communicantes",
                    ),
                ]
            ),
            10,
        )
    y += 44
    decl = tr(
        lg,
        "I confirm that I have read and accept the booking conditions of the tour operator and the "
        "agency's terms of business on behalf of all persons named, and that I am authorised to do "
        "so.",
        "Ich melde die genannten Personen verbindlich an. Die Reisebedingungen des Veranstalters "
        "und "
        "das Formblatt zur Unterrichtung des Reisenden habe ich erhalten und erkenne sie an.",
        "Je déclare avoir pris connaissance des conditions générales et particulières de vente et "
        "du "
        "formulaire d'information standard, et les accepter pour l'ensemble des participants.",
    )
    y = text_para(p, s, m, y, w - 2 * m, decl, 8)
    y = min(max(y + 24, hh - 110), hh - 70)
    hand(p, m, y, short(d, lg), 10)
    scrawl(p, w / 2, y, lead.name, 14)
    p.line(m, y + 6, m + 150, y + 6)
    p.line(w / 2, y + 6, w - m, y + 6)
    p.text(m, y + 16, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    p.text(
        w / 2,
        y + 16,
        tr(lg, "Signature of lead passenger", "Unterschrift des Anmelders", "Signature du client"),
        s.font,
        7,
    )
    p.text(
        w - m,
        y + 30,
        fit(
            f"{tr(lg, 'Consultant', 'Expedient', 'Conseiller')}: {staff(h, str(rng.randrange(5)))}",
            s.font,
            7,
            200,
        ),
        s.font,
        7,
        "right",
    )
    pages = [p]
    if rng.random() < 0.45:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    f"{h.name} - Terms of Business",
                    f"{h.name} - Vermittlungsbedingungen",
                    f"{h.name} - Conditions générales de vente",
                ),
                BOOKING_TERMS[lg][:10],
            )
        )
    remember(trip, d, None)
    return pages


def tpl_deposit_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A receipt from the agency's duplicate receipt book (A6 slip): number, received from,
    the sum in figures and words, what for, how paid, signed by the consultant, now and then
    the shop stamp. A run: the next carbon copies of the book."""
    h = agency_head()
    lg = h.lang
    ex = LAST["extra"]
    if after(("booking_form",)) and isinstance(LAST["trip"], Trip):
        trip = LAST["trip"]
        assert isinstance(trip, Trip)
        amount = trip.deposit
        what = tr(lg, "Deposit", "Anzahlung", "Acompte")
        no = rng.randint(1000, 4999)
        d = trip.booked
    else:
        trip = a_trip(rng)
        if after(("deposit_receipt",)) and isinstance(ex, int):
            no = ex + rng.randint(1, 3)
        else:
            no = rng.randint(1000, 4999)
        amount = rng.choice(
            [trip.deposit, trip.price - trip.deposit, float(rng.randint(2, 40) * 25)]
        )
        what = rng.choice(
            [
                tr(lg, "Deposit", "Anzahlung", "Acompte"),
                tr(lg, "Balance", "Restzahlung", "Solde"),
                tr(lg, "Part payment", "Teilzahlung", "Versement partiel"),
            ]
        )
        d = some_day(rng)
    p = Page(A6L)
    w, hh = A6L
    m = 18.0
    s = style_of(h, A6L, margin=m, pt=8)
    p.text(m, 26, fit(h.name, h.bold, 10, w - 110), h.bold, 10)
    p.text(m, 36, fit(f"{h.street}, {h.town}", h.font, 6, w - 110), h.font, 6)
    p.text(w - m, 28, tr(lg, "RECEIPT", "QUITTUNG", "REÇU"), "Helvetica-Bold", 12, "right")
    p.text(
        w - m, 40, f"No. {no:05d}" if lg != "fr" else f"N° {no:05d}", "Helvetica-Bold", 10, "right"
    )
    p.line(m, 46, w - m, 46)
    y = 64.0
    items = [
        (tr(lg, "Received from", "Erhalten von", "Reçu de"), mx(trip.lead, lg)),
        (tr(lg, "the sum of", "den Betrag von", "la somme de"), in_words(amount, lg)),
        (tr(lg, "being", "für", "pour"), f"{what} {trip.ref} - {dest_name(trip)}"),
    ]
    for label, val in items:
        p.text(m, y, label, s.font, 7)
        lw = tw(label, s.font, 7) + 6
        p.line(m + lw, y + 2, w - m, y + 2)
        hand(p, m + lw + 4, y - 1, val, 9, w - 2 * m - lw - 8)
        y += 20
    y += 2
    ticks(
        p,
        s,
        m,
        y,
        w * 0.55,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "Karte", "CB"),
            tr(lg, "Cheque", "Scheck", "Chèque"),
        ],
        {rng.randrange(3)},
        7,
    )
    p.rect(w - m - 90, y - 12, 90, 20)
    p.text(w - m - 86, y + 2, cash(amount, lg), HAND, 10)
    y += 30
    hand(p, m, y, short(d, lg), 9)
    scrawl(p, w - m - 100, y, staff(h, str(rng.randrange(5))), 11)
    p.line(w - m - 110, y + 4, w - m, y + 4)
    p.text(
        w - m - 110,
        y + 12,
        tr(lg, "for and on behalf of", "Unterschrift / Stempel", "Signature / cachet"),
        s.font,
        5.5,
    )
    if rng.random() < 0.45:
        stamp(p, m + 70, y - 28, [h.name.upper()[:24], h.town.upper()[:24]])
    p.text(
        m,
        hh - 10,
        tr(
            lg,
            "Customer copy - white / Office copy - yellow",
            "Original Kunde / Durchschlag Büro",
            "Original client / copie agence",
        ),
        s.font,
        5,
    )
    remember(trip, d, no)
    return [p]


ONES = {
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
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ],
    "fr": [
        "zéro",
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
        "",
        "",
        "zwanzig",
        "dreißig",
        "vierzig",
        "fünfzig",
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
        "soixante-dix",
        "quatre-vingt",
        "quatre-vingt-dix",
    ],
}


def in_words(v: float, lg: str) -> str:
    """A whole amount in words the way it is written on a receipt (hundreds and thousands
    spelled out, tens kept simple)."""
    n = int(v)

    def below100(k: int) -> str:
        if k < 20:
            return ONES[lg][k]
        t, u = divmod(k, 10)
        if u == 0:
            return TENS[lg][t]
        if lg == "de":
            return f"{ONES[lg][u].replace('eins', 'ein')}und{TENS[lg][t]}"
        return f"{TENS[lg][t]}-{ONES[lg][u]}"

    def below1000(k: int) -> str:
        hnd, rest = divmod(k, 100)
        out = []
        if hnd:
            out.append(
                tr(
                    lg,
                    f"{ONES[lg][hnd]} hundred",
                    f"{ONES[lg][hnd].replace('eins', 'ein')}hundert",
                    "cent" if hnd == 1 else f"{ONES[lg][hnd]} cents",
                )
            )
        if rest:
            out.append(("and " if lg == "en" and hnd else "") + below100(rest))
        return " ".join(out) if lg != "de" else "".join(out)

    th, rest = divmod(n, 1000)
    parts = []
    if th:
        parts.append(
            tr(
                lg,
                f"{below1000(th)} thousand",
                f"{below1000(th)}tausend",
                "mille" if th == 1 else f"{below1000(th)} mille",
            )
        )
    if rest or not th:
        parts.append(below1000(rest))
    text = (" " if lg != "de" else "").join(parts)
    return tr(lg, f"{text} pounds", f"{text} Euro", f"{text} euros")


# ---------------------------------------------------------------------------------------------
# Templates HHH: insurance
# ---------------------------------------------------------------------------------------------

COVER = {
    "en": [
        ("Cancellation", "5,000"),
        ("Curtailment", "5,000"),
        ("Emergency medical expenses", "10,000,000"),
        ("Personal belongings and baggage", "2,000"),
        ("Personal money", "500"),
        ("Travel delay", "250"),
        ("Personal liability", "2,000,000"),
        ("Legal expenses", "25,000"),
    ],
    "de": [
        ("Reiserücktritt", "5.000"),
        ("Reiseabbruch", "5.000"),
        ("Auslandsreise-Krankenversicherung", "unbegrenzt"),
        ("Reisegepäck", "2.000"),
        ("Notfall-Service", "inklusive"),
        ("Verspätung", "250"),
        ("Reisehaftpflicht", "1.000.000"),
        ("Unfall", "25.000"),
    ],
    "fr": [
        ("Annulation", "8 000"),
        ("Interruption de séjour", "8 000"),
        ("Frais médicaux à l'étranger", "300 000"),
        ("Bagages", "2 000"),
        ("Retard d'avion", "150"),
        ("Assistance rapatriement", "frais réels"),
        ("Responsabilité civile", "4 500 000"),
        ("Individuelle accident", "30 000"),
    ],
}


def tpl_insurance_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A travel insurance certificate (policy schedule, Versicherungsbestätigung, certificat
    d'adhésion) issued through the agency: policy number, insured persons, trip, the cover
    table with limits and excesses, the premium with insurance tax, the 24-hour assistance
    box; the product information page (IPID) behind it now and then."""
    h = head_of(who, "insurer")
    lg = h.lang
    trip = trip_for(rng, ("booking_form", "operator_confirmation", "insurance_certificate"))
    if after(("insurance_certificate",)):
        trip = a_trip(rng)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = trip.booked + timedelta(days=rng.randint(0, 5))
    pol = serial(rng, rng.choice(["AAA/999999/99", "99.999.999.9", "RV-9999999", "999 999 999 A"]))
    f = sheets(s, h, f"{h.name} - {pol}")
    recipient(
        f,
        s,
        h,
        customer_lines(trip, lg),
        d,
        [
            (tr(lg, "Policy no.", "Vers.-Nr.", "N° d'adhésion"), pol),
            (tr(lg, "Issued by", "Vermittler", "Distributeur"), office_name()),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Certificate of Insurance - Policy Schedule",
            "Versicherungsbestätigung / Versicherungsschein",
            "Certificat d'adhésion - Assurance voyage",
        ),
        3,
    )
    plan = rng.choice(
        [
            tr(lg, "Single Trip Comprehensive", "Rundum-Sorglos-Paket", "Multirisque Séjour"),
            tr(
                lg,
                "Annual Multi-Trip Europe",
                "Jahres-Reiseschutz Europa",
                "Multirisque Annuelle Monde",
            ),
            tr(lg, "Cancellation Only", "Reiserücktritt mit Selbstbehalt", "Annulation seule"),
        ]
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policy type", "Tarif", "Formule"), plan),
            (
                tr(lg, "Area", "Geltungsbereich", "Zone"),
                tr(lg, "Europe incl. Canaries", "Europa inkl. Mittelmeer", "Monde entier"),
            ),
            (
                tr(lg, "Period of insurance", "Versicherungszeitraum", "Période de garantie"),
                f"{short(d, lg)} - {short(trip.back, lg)}",
            ),
            (tr(lg, "Trip cost insured", "Reisepreis", "Prix du voyage"), cash(trip.price, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(
        m, w - m, [(0.4, "left"), (3, "left"), (1.2, "left"), (1.4, "left"), (0.8, "right")]
    )
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Insured person", "Versicherte Person", "Assuré"),
            tr(lg, "Born", "Geboren", "Né(e)"),
            tr(lg, "Relationship", "Verhältnis", "Lien"),
            tr(lg, "Age", "Alter", "Âge"),
        ],
        [
            [
                str(k + 1),
                p.name,
                short(p.born, lg),
                tr(
                    lg,
                    "Lead" if k == 0 else "Party",
                    "VN" if k == 0 else "mitvers.",
                    "Souscripteur" if k == 0 else "Assuré",
                ),
                str(age(p, d)),
            ]
            for k, p in enumerate(trip.party)
        ],
        s,
        shade=0.9,
    )
    f.y += 4
    cols = columns(m, w - m, [(3.5, "left"), (1.4, "right"), (1.2, "right")])
    excess = {"en": "£95", "de": "20 %", "fr": "30 €"}[lg]
    rows = [
        [t, lim, excess if k in (0, 1, 3) else "-"]
        for k, (t, lim) in enumerate(COVER[lg][: rng.randint(4, 8)])
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Section of cover", "Leistung", "Garantie"),
            tr(lg, "Limit", "Versicherungssumme", "Plafond"),
            tr(lg, "Excess", "Selbstbehalt", "Franchise"),
        ],
        rows,
        s,
        rules=True,
    )
    prem = round(trip.price * rng.uniform(0.035, 0.07), 2)
    tax = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    net = round(prem / (1 + tax / 100), 2)
    totals(
        f,
        s,
        lg,
        [
            (tr(lg, "Premium", "Nettoprämie", "Prime HT"), net),
            (
                tr(
                    lg,
                    f"Insurance Premium Tax {tax:g}%",
                    f"Versicherungsteuer {tax:g} %",
                    f"Taxe {tax:g} %",
                ),
                prem - net,
            ),
            (tr(lg, "Total premium paid", "Gesamtbeitrag", "Prime TTC"), prem),
        ],
    )
    f.need(70)
    f.page.rect(m, f.y - 6, w - 2 * m, 48, fill=0.9)
    f.page.text(
        m + 8,
        f.y + 8,
        tr(lg, "24-HOUR EMERGENCY ASSISTANCE", "24-STUNDEN-NOTRUF", "ASSISTANCE 24H/24"),
        s.bold,
        10,
    )
    f.page.text(
        m + 8,
        f.y + 24,
        f"+{tr(lg, '44 20', '49 89', '33 1')} {serial(rng, '9999 9999')}   "
        + tr(
            lg,
            "quote your policy number",
            "bitte Versicherungsnummer angeben",
            "indiquez votre numéro d'adhésion",
        ),
        s.font,
        8.5,
    )
    f.y += 56
    write(f, s, prose(rng, lg, "insure", 2, 3), s.size - 1.5)
    pages = f.pages
    if rng.random() < 0.55:
        pages.append(ipid(rng, h, plan))
    pages = close(pages, s, h)
    remember(trip, d, pol)
    return pages


def ipid(rng: random.Random, h: Head, plan: str) -> Page:
    """The insurance product information document: two columns of boxes with a heading each."""
    lg = h.lang
    p = Page(A4)
    w, hh = A4
    m = 40.0
    p.text(
        m,
        50,
        tr(lg, "Travel Insurance", "Reiseversicherung", "Assurance voyage"),
        "Helvetica-Bold",
        14,
    )
    p.text(
        m,
        66,
        tr(
            lg,
            "Insurance Product Information Document",
            "Informationsblatt zu Versicherungsprodukten",
            "Document d'information sur le produit d'assurance",
        ),
        "Helvetica",
        10,
    )
    p.text(w - m, 50, fit(h.name, "Helvetica-Bold", 9, 220), "Helvetica-Bold", 9, "right")
    p.text(
        w - m,
        66,
        fit(f"{tr(lg, 'Product', 'Produkt', 'Produit')}: {plan}", "Helvetica", 8, 240),
        "Helvetica",
        8,
        "right",
    )
    y = text_para(
        p,
        Style("Helvetica", "Helvetica-Bold", 7.5, m, "none", "bottom", A4, "short"),
        m,
        86,
        w - 2 * m,
        prose(rng, lg, "insure", 2, 2),
        7.5,
    )
    boxes = [
        tr(
            lg,
            "What is this type of insurance?",
            "Um welche Art von Versicherung handelt es sich?",
            "De quel type d'assurance s'agit-il ?",
        ),
        tr(lg, "What is insured?", "Was ist versichert?", "Qu'est-ce qui est assuré ?"),
        tr(
            lg,
            "What is not insured?",
            "Was ist nicht versichert?",
            "Qu'est-ce qui n'est pas assuré ?",
        ),
        tr(
            lg,
            "Are there any restrictions on cover?",
            "Gibt es Deckungsbeschränkungen?",
            "Y a-t-il des restrictions ?",
        ),
        tr(lg, "Where am I covered?", "Wo bin ich versichert?", "Où suis-je couvert(e) ?"),
        tr(
            lg,
            "What are my obligations?",
            "Welche Verpflichtungen habe ich?",
            "Quelles sont mes obligations ?",
        ),
        tr(
            lg,
            "When and how do I pay?",
            "Wann und wie zahle ich?",
            "Quand et comment effectuer les paiements ?",
        ),
        tr(
            lg,
            "How do I cancel the contract?",
            "Wie kann ich den Vertrag kündigen?",
            "Comment puis-je résilier le contrat ?",
        ),
    ]
    cw = (w - 2 * m - 14) / 2
    col_y = [y + 6, y + 6]
    for t in boxes:
        c = 0 if col_y[0] <= col_y[1] else 1
        x = m + c * (cw + 14)
        yy = col_y[c]
        body = [
            f"- {words(rng, lg, 'insure', rng.randint(4, 9))}" for _ in range(rng.randint(2, 5))
        ]
        lines = [ln for b in body for ln in wrap(b, "Helvetica", 7, cw - 12)]
        bh = 24 + 9 * len(lines)
        if yy + bh > hh - 50:
            continue
        p.rect(x, yy, cw, bh)
        p.rect(x, yy, cw, 15, fill=0.82)
        p.text(x + 5, yy + 11, fit(t, "Helvetica-Bold", 8, cw - 10), "Helvetica-Bold", 8)
        ly = yy + 26
        for ln in lines:
            p.text(x + 6, ly, ln, "Helvetica", 7)
            ly += 9
        col_y[c] = yy + bh + 10
    return p


def tpl_policy_wording(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's policy wording sent to its agents: mostly with a covering letter on A4
    about the changes, then the A5 booklet: cover, contents, definitions and numbered
    sections with a running footer and page numbers from the contents page on."""
    h = head_of(who, "insurer")
    lg = h.lang
    d = some_day(rng)
    eff = add_months(d, rng.randint(1, 3))
    title = rng.choice(
        [
            tr(
                lg,
                "Travel Insurance Policy Wording",
                "Allgemeine Versicherungsbedingungen für Reiseversicherungen",
                "Conditions générales - Assurance voyage",
            ),
            tr(
                lg,
                "Annual Multi-Trip Policy Wording",
                "Versicherungsbedingungen Jahres-Reiseschutz",
                "Notice d'information - Multirisque annuelle",
            ),
            tr(
                lg,
                "Cancellation Cover - Terms and Conditions",
                "Bedingungen für die Reiserücktrittsversicherung",
                "Conditions générales - Garantie annulation",
            ),
            tr(
                lg,
                "Group Travel Policy Wording",
                "Versicherungsbedingungen Gruppenreisen",
                "Conditions générales - Voyages de groupe",
            ),
        ]
    )
    edition = tr(
        lg,
        f"Edition {eff.month:02d}/{eff.year}",
        f"Stand {eff.month:02d}.{eff.year}",
        f"Édition {eff.month:02d}/{eff.year}",
    )
    code = serial(keyed(who, "pw"), rng.choice(["AVB-RV 99", "TPW/99/AA", "CG 999"]))
    pages: list[Page] = []
    if rng.random() < 0.7:
        s = style_of(h)
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            agency_lines(
                tr(
                    lg,
                    "FAO: Travel insurance sales",
                    "z. Hd. Versicherungsverkauf",
                    "À l'attention du service assurances",
                )
            ),
            d,
            [
                (
                    tr(lg, "Agent no.", "Agentur-Nr.", "N° apporteur"),
                    serial(keyed(who, "ag"), "999999"),
                )
            ],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Changes to our policy wording from {day(h, eff)}",
                f"Neue Versicherungsbedingungen ab {day(h, eff)}",
                f"Nouvelles conditions générales au {day(h, eff)}",
            ),
            1,
        )
        f.para(s.margin, w_of(s), dear(lg, None), s.font, s.size)
        write(f, s, prose(rng, lg, "insure", 3, 5))
        for _ in range(rng.randint(2, 4)):
            f.para(
                s.margin + 14,
                w_of(s) - 14,
                "- " + words(rng, lg, "insure", rng.randint(8, 14)),
                s.font,
                s.size,
                0.3,
            )
        f.y += 6
        write(f, s, prose(rng, lg, "insure", 1, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "agency"),
            tr(
                lg,
                "Agency Development Manager",
                "Vertriebsdirektion Reisebüros",
                "Responsable partenariats",
            ),
        )
        pages += close(f.pages, s, h, numbers="none")
    s = style_of(h, A5, margin=36, pt=7.5)
    w, hh = A5
    m = 36.0
    cover = Page(A5)
    cover.rect(0, 0, w, hh * 0.42, fill=0.78)
    cover.text(m, 80, fit(h.name, h.bold, 12, w - 2 * m), h.bold, 12)
    yy = 150.0
    for ln in wrap(title, h.bold, 17, w - 2 * m):
        cover.text(m, yy, ln, h.bold, 17)
        yy += 21
    cover.text(m, hh * 0.42 + 30, edition, h.font, 10)
    cover.text(m, hh - 50, fit(f"{h.street}, {h.town}", h.font, 7, w - 2 * m), h.font, 7)
    cover.text(w - m, hh - 36, code, h.font, 7, "right")
    book: list[Page] = []
    secs = [
        tr(lg, k, g, fr_)
        for k, g, fr_ in [
            ("Definitions", "Begriffsbestimmungen", "Définitions"),
            ("General conditions", "Allgemeine Bestimmungen", "Dispositions générales"),
            ("Section A - Cancellation", "Teil A - Reiserücktritt", "Titre A - Annulation"),
            (
                "Section B - Curtailment",
                "Teil B - Reiseabbruch",
                "Titre B - Interruption de séjour",
            ),
            (
                "Section C - Medical expenses",
                "Teil C - Auslandskrankenversicherung",
                "Titre C - Frais médicaux",
            ),
            ("Section D - Baggage", "Teil D - Reisegepäck", "Titre D - Bagages"),
            ("General exclusions", "Allgemeine Ausschlüsse", "Exclusions générales"),
            ("How to make a claim", "Was tun im Schadenfall?", "Déclaration de sinistre"),
            ("Complaints", "Beschwerden", "Réclamations et médiation"),
        ]
    ]
    contents = Page(A5)
    contents.text(m, 60, tr(lg, "Contents", "Inhalt", "Sommaire"), h.bold, 13)
    for k, t in enumerate(secs):
        contents.text(m, 90 + 16 * k, t, h.font, 8.5)
        contents.text(w - m, 90 + 16 * k, str(3 + 2 * k), h.font, 8.5, "right")
    contents.text(
        m,
        90 + 16 * len(secs) + 20,
        fit(
            tr(lg, "Important telephone numbers", "Wichtige Rufnummern", "Numéros utiles"),
            h.bold,
            9,
            w - 2 * m,
        ),
        h.bold,
        9,
    )
    book.append(contents)
    foot = f"{code} - {edition}"

    def start(p: Page, n: int) -> float:
        return m + 6

    g = Sheets((w, hh), hh - 58, start)
    for k, t in enumerate(secs[: rng.randint(5, len(secs))]):
        g.heading(m, f"{k + 1}. {t}", h.bold, 10)
        for j in range(rng.randint(2, 4)):
            g.para(m, w - 2 * m, f"{k + 1}.{j + 1} " + prose(rng, lg, "insure", 2, 4), s.font, 7.5)
    book += g.pages
    for n, p in enumerate(book, 2):
        p.text(m, hh - 30, fit(foot, s.font, 6.5, w / 2), s.font, 6.5)
        p.text(w - m, hh - 30, f"- {n} -" if lg != "en" else str(n), s.font, 7.5, "right")
    pages += [cover, *book]
    remember(None, d, None)
    return pages


def w_of(s: Style) -> float:
    return s.page_size[0] - 2 * s.margin


# ---------------------------------------------------------------------------------------------
# Templates HHH: financial protection
# ---------------------------------------------------------------------------------------------


PROTECTION_TERMS = {
    "en": [
        "Definitions",
        "Financial requirements",
        "Accounts and returns",
        "ATOL certificates",
        "ATOL Protection Contribution",
        "Variations",
        "Notification of changes",
        "Revocation",
    ],
    "de": [
        "Gegenstand",
        "Umfang der Absicherung",
        "Entgelt",
        "Sicherheitsleistung",
        "Meldepflichten",
        "Sicherungsscheine",
        "Laufzeit und Kündigung",
        "Datenschutz",
    ],
    "fr": [
        "Objet",
        "Étendue de la garantie",
        "Cotisations",
        "Contre-garanties",
        "Obligations de l'adhérent",
        "Contrôle",
        "Durée et résiliation",
        "Litiges",
    ],
}


def protection_year(start: date) -> tuple[date, date]:
    """The protection year from ``start``."""
    return start, add_months(start, 12) - timedelta(days=1)


def tpl_guarantee_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The agency's financial protection certificate: the ATOL licence from the CAA, the
    Deutscher Reisesicherungsfonds' confirmation of cover, or the APST's attestation de
    garantie financière; a framed certificate with the seal and signature, now and then a
    schedule of conditions behind it."""
    h = make_head(SENDERS["protection"][home()][0], home(), "protection")
    lg = h.lang
    d = last_day(rng, ("guarantee_renewal",), (10, 40))
    ex = LAST["extra"]
    if after(("guarantee_renewal",)) and isinstance(ex, tuple):
        start, end = protection_year(ex[1])
    else:
        start, end = protection_year(add_months(month(), -rng.randint(0, 9)))
        if keyed(who, "body").random() < 0.4:
            return membership_certificate(rng, d, start)
    a = agency_head()
    s = style_of(h, A4, margin=56)
    w, hh = A4
    m = 56.0
    p = Page(A4)
    p.rect(28, 28, w - 56, hh - 56)
    p.rect(33, 33, w - 66, hh - 66)
    y = heading(p, s, h, top=70)
    no = serial(
        random.Random(int(OFFICE["seed"]) + 3),
        {"en": "9999", "de": "DRSF-99999", "fr": "IM099999999"}[lg],
    )  # type: ignore[call-overload]
    title = tr(
        lg,
        "AIR TRAVEL ORGANISER'S LICENCE",
        "BESTÄTIGUNG DER KUNDENGELDABSICHERUNG",
        "ATTESTATION DE GARANTIE FINANCIÈRE",
    )
    y += 30
    p.text(w / 2, y, title, s.bold, shrink(title, s.bold, 16, w - 2 * m), "center")
    y += 22
    p.text(
        w / 2,
        y,
        tr(lg, f"ATOL number {no}", f"Sicherungsnummer {no}", f"Adhérent n° {no}"),
        s.font,
        11,
        "center",
    )
    y += 36
    body = tr(
        lg,
        f"The Civil Aviation Authority hereby grants to {a.name}, {a.street}, {a.town} a licence "
        "to "
        "make available flight accommodation as an Air Travel Organiser, subject to the Civil "
        "Aviation "
        "(Air Travel Organisers' Licensing) Regulations 2012 and to the terms of this licence, "
        "for the "
        f"period from {day(h, start)} to {day(h, end)}.",
        f"Hiermit bestätigen wir, dass für {a.name}, {a.street}, {a.town} im Zeitraum vom "
        f"{day(h, start)} bis {day(h, end)} eine Absicherung der Kundengelder gemäß § 651r BGB "
        f"und dem Reisesicherungsfondsgesetz (RSG) besteht.",
        f"L'APST atteste que {a.name}, {a.street}, {a.town}, immatriculée au registre des "
        "opérateurs "
        "de voyages et de séjours, bénéficie de la garantie financière prévue aux articles "
        "L.211-18 "
        f"et R.211-26 du Code du tourisme du {day(h, start)} au {day(h, end)}.",
    )
    y = text_para(p, s, m + 10, y, w - 2 * m - 20, body, 10.5)
    y += 10
    y = fields(
        p,
        s,
        m + 10,
        y,
        w - 2 * m - 20,
        [
            (
                tr(lg, "Licensable passengers", "Abgesicherter Umsatz", "Montant de la garantie"),
                tr(
                    lg,
                    f"{rng.choice([500, 800, 1200, 2500])} passengers",
                    cash(rng.choice([400000, 750000, 1200000]), lg),
                    cash(rng.choice([200000, 350000, 500000]), lg),
                ),
            ),
            (
                tr(lg, "Licensable revenue", "Tarif", "Activités garanties"),
                tr(
                    lg,
                    cash(rng.choice([450000, 900000, 1400000]), lg),
                    "Pauschalreisen (Eigenveranstaltung)",
                    "Forfaits et prestations de voyage",
                ),
            ),
            (
                tr(lg, "Licence type", "Vertragsnummer", "Police RCP"),
                tr(lg, "Standard", serial(rng, "99999999"), serial(rng, "AA 999 999")),
            ),
            (tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"), day(h, end)),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y = max(y + 40, hh - 250)
    p.text(m + 10, y, f"{tr(lg, 'London', 'Berlin', 'Paris')}, {day(h, d)}", s.font, 10)
    seal(p, m + 90, y + 90, 42, h.name.upper()[:30], tr(lg, "ATOL", "DRSF", "APST"), s.font)
    scrawl(p, w - m - 190, y + 70, staff(h, "head"), 15)
    p.line(w - m - 200, y + 76, w - m - 10, y + 76)
    p.text(w - m - 200, y + 88, fit(staff(h, "head"), s.font, 8.5, 190), s.font, 8.5)
    p.text(
        w - m - 200,
        y + 99,
        tr(lg, "Head of ATOL Licensing", "Geschäftsführung", "Le Directeur général"),
        s.font,
        8,
    )
    pages = [p]
    if rng.random() < 0.4:
        q = small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Schedule - Conditions of the licence",
                "Anlage - Bedingungen der Absicherung",
                "Annexe - Conditions de la garantie",
            ),
            PROTECTION_TERMS[lg],
            "legal",
        )
        pages.append(q)
        number_pages(pages, s, "{i}/{n}", "br", bottom=44)
    remember(None, d, no)
    return pages


MEMBERSHIP: dict[str, Row] = {
    "en": ("ABTA - The Travel Association", "30 Park Street", "London SE1 9EQ", ""),
    "de": ("DRV Deutscher Reiseverband e.V.", "Lietzenburger Straße 99", "10707 Berlin", ""),
    "fr": (
        "Atout France - Registre des opérateurs de voyages",
        "200-216 rue Raymond Losserand",
        "75014 Paris",
        "",
    ),
}


def membership_certificate(rng: random.Random, d: date, start: date) -> list[Page]:
    """The trade body's certificate the agency hangs in the shop and files a copy of: ABTA
    membership, DRV Mitgliedsurkunde, Atout France certificat d'immatriculation; landscape."""
    lg = home()
    row = MEMBERSHIP[lg]
    h = make_head(row, lg, "protection")
    a = agency_head()
    w, hh = landscape(A4)
    p = Page((w, hh))
    p.rect(24, 24, w - 48, hh - 48)
    p.rect(30, 30, w - 60, hh - 60, fill=None)
    p.rect(36, 36, w - 72, 6, fill=0.6)
    emblem(p, w / 2 - 11, 64)
    p.text(w / 2, 112, h.name.split(" - ")[0], h.bold, 18, "center")
    title = tr(lg, "Certificate of Membership", "Mitgliedsurkunde", "Certificat d'immatriculation")
    p.text(w / 2, 150, title, italic_of(h.font), 26, "center")
    p.text(
        w / 2,
        186,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Il est certifié que"),
        h.font,
        12,
        "center",
    )
    p.text(w / 2, 216, a.name, h.bold, shrink(a.name, h.bold, 20, w - 160), "center")
    p.text(w / 2, 236, f"{a.street}, {a.town}", h.font, 11, "center")
    no = serial(random.Random(int(OFFICE["seed"]) + 9), tr(lg, "A9999", "99999", "IM099999999"))
    text = tr(
        lg,
        f"is a Member of ABTA, membership number {no}, and is bound by the ABTA Code of Conduct "
        f"for the year from {day(h, start)}.",
        f"ordentliches Mitglied des Deutschen Reiseverbandes ist (Mitgliedsnummer {no}), "
        f"gültig ab {day(h, start)}.",
        "est immatriculée au registre des opérateurs de voyages et de séjours sous le numéro "
        f"{no}, "
        f"renouvellement au {day(h, add_months(start, 36))}.",
    )
    yy = 266.0
    for ln in wrap(text, h.font, 12, w - 220):
        p.text(w / 2, yy, ln, h.font, 12, "center")
        yy += 16
    p.text(110, hh - 110, f"{tr(lg, 'London', 'Berlin', 'Paris')}, {day(h, d)}", h.font, 10)
    seal(p, w / 2, hh - 110, 40, h.name.upper()[:30], tr(lg, "MEMBER", "MITGLIED", "IMMATRICULÉ"))
    scrawl(p, w - 290, hh - 110, staff(h, "ceo"), 16)
    p.line(w - 300, hh - 104, w - 110, hh - 104)
    p.text(w - 300, hh - 92, tr(lg, "Chief Executive", "Präsident", "Directeur général"), h.font, 9)
    remember(None, d, no)
    return [p]


def tpl_guarantee_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """The protection body's renewal pack: the letter asking for the renewal, the declaration
    form for the year's turnover and passengers (to be filled in and signed) and the
    contribution invoice or APC statement."""
    h = make_head(SENDERS["protection"][home()][0], home(), "protection")
    lg = h.lang
    d = some_day(rng)
    start, _ = protection_year(add_months(month(), rng.randint(2, 4)))
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    ref = serial(
        random.Random(int(OFFICE["seed"]) + 3),
        {"en": "9999", "de": "DRSF-99999", "fr": "IM099999999"}[lg],
    )  # type: ignore[call-overload]
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        agency_lines(tr(lg, "The Directors", "Geschäftsführung", "À l'attention du gérant")),
        d,
        [(tr(lg, "ATOL", "Sicherungsnr.", "Adhérent"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"ATOL renewal {start.year}/{(start.year + 1) % 100:02d}",
            f"Verlängerung der Absicherung für {start.year}",
            f"Renouvellement de votre garantie {start.year}",
        ),
        1.5,
    )
    f.para(m, w_of(s), dear(lg, None), s.font, s.size)
    write(
        f,
        s,
        tr(
            lg,
            f"Your licence expires on {day(h, start - timedelta(days=1))}. To renew it we need the "
            "enclosed declaration, your latest accounts and the fee shown overleaf by the date "
            "below.",
            f"Ihre Absicherung endet zum {day(h, start - timedelta(days=1))}. Für die Verlängerung "
            "benötigen wir die beiliegende Umsatzmeldung sowie den Jahresabschluss.",
            f"Votre garantie arrive à échéance le {day(h, start - timedelta(days=1))}. Merci de "
            "nous "
            "retourner la déclaration ci-jointe accompagnée de votre bilan et du règlement de la "
            "cotisation.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 2, 3))
    f.para(
        m,
        w_of(s),
        f"{tr(lg, 'Deadline', 'Frist', 'Date limite')}: {day(h, d + timedelta(days=30))}",
        s.bold,
        s.size,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "renew"),
        tr(lg, "ATOL Renewals Team", "Risikoprüfung", "Service adhérents"),
    )
    pages = close(f.pages, s, h, numbers="none")
    # the declaration form
    p = Page(A4)
    w, hh = A4
    m2 = 44.0
    s2 = style_of(h, A4, margin=m2, pt=9)
    p.text(
        m2,
        56,
        tr(lg, "Renewal declaration", "Umsatzmeldung", "Déclaration d'activité"),
        s2.bold,
        14,
    )
    p.text(w - m2, 56, ref, s2.font, 9, "right")
    y = band(
        p, s2, 84, tr(lg, "A. Business details", "A. Angaben zum Unternehmen", "A. Identification")
    )
    a = agency_head()
    y = fields(
        p,
        s2,
        m2,
        y + 4,
        w - 2 * m2,
        [
            (tr(lg, "Company name", "Firma", "Raison sociale"), a.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{a.street}, {a.town}"),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(a, "owner")),
            (
                tr(lg, "Financial year end", "Geschäftsjahr endet", "Clôture de l'exercice"),
                short(date(d.year, 12, 31), lg),
            ),
        ],
        per=2,
    )
    y = (
        band(p, s2, y, tr(lg, "B. Passengers and revenue", "B. Umsätze", "B. Volume d'affaires"))
        + 4
    )
    cols = [m2, m2 + 230, m2 + 350, w - m2]
    p.text(
        cols[1] + 4, y + 8, tr(lg, "Last year (actual)", "Vorjahr (Ist)", "N-1 (réel)"), s2.font, 7
    )
    p.text(
        cols[2] + 4, y + 8, tr(lg, "Next year (forecast)", "Planjahr", "N (prévision)"), s2.font, 7
    )
    y += 12
    for label in [
        tr(lg, "Licensable passengers", "Pauschalreisen Eigenveranstaltung", "Forfaits organisés"),
        tr(lg, "Licensable revenue", "Vermittelte Pauschalreisen", "Voyages à la carte"),
        tr(lg, "Flight-only sales", "Reisebausteine / Flug", "Billetterie seule"),
        tr(lg, "Customer prepayments held", "Anzahlungen (Höchststand)", "Acomptes encaissés"),
    ]:
        p.rect(m2, y, w - 2 * m2, 20)
        for x in cols[1:-1]:
            p.line(x, y, x, y + 20)
        p.text(m2 + 4, y + 13, fit(label, s2.font, 8, 220), s2.font, 8)
        hand(p, cols[1] + 6, y + 14, money(rng.randint(40, 900) * 1000.0, lg), 9)
        hand(p, cols[2] + 6, y + 14, money(rng.randint(40, 900) * 1000.0, lg), 9)
        y += 20
    y += 14
    y = band(p, s2, y, tr(lg, "C. Declaration", "C. Erklärung", "C. Attestation"))
    y = text_para(p, s2, m2, y + 8, w - 2 * m2, prose(rng, lg, "legal", 2, 3), 8)
    y += 6
    ticks(
        p,
        s2,
        m2,
        y,
        w - 2 * m2,
        [
            tr(lg, "Accounts enclosed", "Jahresabschluss anbei", "Bilan joint"),
            tr(lg, "Accounts to follow", "folgt", "à suivre"),
        ],
        {rng.randrange(2)},
    )
    y = max(y + 50, hh - 150)
    hand(p, m2, y, short(d + timedelta(days=rng.randint(5, 20)), lg), 10)
    scrawl(p, w / 2, y, staff(a, "owner"), 14)
    p.line(w / 2, y + 6, w - m2, y + 6)
    p.text(
        w / 2,
        y + 16,
        tr(lg, "Director's signature", "Unterschrift, Firmenstempel", "Signature et cachet"),
        s2.font,
        7,
    )
    pages.append(p)
    # the contribution invoice
    s3 = style_of(h)
    g = sheets(s3, h)
    inv = serial(rng, "99999999")
    recipient(
        g, s3, h, agency_lines(), d, [(tr(lg, "Invoice no.", "Rechnungsnr.", "Facture n°"), inv)]
    )
    caption(g, s3, tr(lg, "INVOICE - ATOL fees", "BEITRAGSRECHNUNG", "APPEL DE COTISATION"), 2)
    fee_rows = {
        "en": [
            ["Renewal application fee", money(rng.choice([1232.0, 1690.0]), lg)],
            ["Variation fee", money(0.0, lg)],
        ],
        "de": [
            ["Jahresentgelt Sicherungsfonds", money(rng.choice([1450.0, 2300.0, 3100.0]), lg)],
            ["Sicherheitsleistung (1. Rate)", money(rng.choice([2000.0, 4500.0]), lg)],
        ],
        "fr": [
            ["Cotisation annuelle", money(rng.choice([850.0, 1150.0, 1620.0]), lg)],
            ["Contribution au fonds de solidarité", money(rng.choice([310.0, 480.0]), lg)],
        ],
    }[lg]
    table(
        g,
        columns(s3.margin, w - s3.margin, [(4, "left"), (1.3, "right")]),
        [tr(lg, "Description", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        fee_rows,
        s3,
        rules=True,
    )
    tot = sum(
        float(r[1].replace(".", "").replace(",", ".").replace(" ", ""))
        if lg != "en"
        else float(r[1].replace(",", ""))
        for r in fee_rows
    )
    totals(
        g,
        s3,
        lg,
        [
            (
                tr(
                    lg,
                    "Total due (outside the scope of VAT)",
                    "Gesamtbetrag (umsatzsteuerfrei)",
                    "Total (non soumis à TVA)",
                ),
                tot,
            )
        ],
    )
    write(
        g,
        s3,
        tr(
            lg,
            "Payment by BACS quoting your ATOL number.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Règlement par virement à réception.",
        ),
        s3.size - 1,
    )
    pages += close(g.pages, s3, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(None, d, (ref, start))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates HHH: visas
# ---------------------------------------------------------------------------------------------

#: Per embassy (index into SENDERS["embassy"][lang]): country name, destination index, form code.
VISA_LANDS = [
    ("REPUBLIC OF INDIA", 9, "Form VA-1"),
    ("SOCIALIST REPUBLIC OF VIET NAM", 10, "Form NA1"),
    ("REPUBLIC OF KENYA", 11, "Form 22 (Reg. 13)"),
]


def bi(lg: str, en: str, de: str, fr: str) -> str:
    """A form label in English and the office's language ("Surname / Nom")."""
    other = tr(lg, "", de, fr)
    return f"{en} / {other}" if other and other != en else en


def tpl_visa_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A visa application form of an embassy, filled in by hand by the applicant (or the
    agency's visa desk): numbered fields on two or three pages, the photo, tick boxes for the
    purpose of the journey, the declaration and signature; the copy of the passport's data
    page attached behind it now and then. A run: the other members of the family."""
    lg = home()
    ex = LAST["extra"]
    k_land = keyed(who, "embassy").randrange(3)
    if after(("visa_form",)) and isinstance(ex, dict) and ex.get("land") == k_land:
        trip = ex["trip"]
        assert isinstance(trip, Trip)
        k = int(ex["k"]) + 1
        if k >= len(trip.party):
            trip.party.append(a_person(rng, lg, trip.lead.last, kid=True))
    else:
        trip = a_trip(rng)
        trip.dest = VISA_LANDS[k_land][1]
        k = 0
    land, _, code = VISA_LANDS[k_land]
    pax = trip.party[k]
    w, hh = A4
    m = 40.0
    font = ["Helvetica", "Times-Roman", "Helvetica"][k_land]
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    s = Style(font, bold, 9, m, "none", "bottom", A4, "short")
    d = trip.booked + timedelta(days=rng.randint(3, 20))
    passport = serial(rng, {"en": "999999999", "de": "C9AA9A9A9", "fr": "99AA99999"}[lg])
    issued = d - timedelta(days=rng.randint(200, 3000))
    p1 = Page(A4)
    emblem(p1, w / 2 - 11, 36)
    p1.text(w / 2, 80, land, bold, 12, "center")
    p1.text(
        w / 2,
        96,
        bi(lg, "VISA APPLICATION FORM", "VISUMANTRAG", "DEMANDE DE VISA"),
        bold,
        11,
        "center",
    )
    p1.text(
        w / 2,
        109,
        tr(
            lg,
            "Please complete in BLOCK CAPITALS",
            "Bitte in DRUCKBUCHSTABEN ausfüllen",
            "À remplir en LETTRES CAPITALES",
        ),
        font,
        7.5,
        "center",
    )
    px, py = w - m - 100, 128.0
    if rng.random() < 0.75:
        photo(p1, px, py, 100, 128, rng)
    else:
        p1.rect(px, py, 100, 128)
        p1.text(px + 50, py + 60, "PHOTO", font, 8, "center")
        p1.text(px + 50, py + 72, "35 x 45 mm", font, 7, "center")
    p1.text(
        m,
        128,
        tr(
            lg,
            "For official use only",
            "Nur für amtliche Vermerke",
            "Cadre réservé à l'administration",
        ),
        font,
        6.5,
    )
    p1.rect(m, 132, px - m - 14, 50)
    y = 198.0
    items = [
        (bi(lg, "1. Surname", "Familienname", "Nom"), pax.last.upper()),
        (bi(lg, "2. Given names", "Vornamen", "Prénoms"), pax.first.upper()),
        (bi(lg, "3. Date of birth", "Geburtsdatum", "Date de naissance"), short(pax.born, lg)),
        (
            bi(lg, "4. Place of birth", "Geburtsort", "Lieu de naissance"),
            rng.choice(TOWNS[lg]).split(" ", 1)[-1].upper()
            if lg != "en"
            else rng.choice(["EXETER", "PLYMOUTH", "HULL", "LEEDS", "GLOUCESTER"]),
        ),
        (
            bi(lg, "5. Nationality", "Staatsangehörigkeit", "Nationalité"),
            tr(lg, "BRITISH", "DEUTSCH", "FRANÇAISE"),
        ),
        (
            bi(lg, "6. Occupation", "Beruf", "Profession"),
            rng.choice(["RETIRED", "TEACHER", "ENGINEER", "NURSE", "STUDENT", "ACCOUNTANT"]),
        ),
    ]
    y = fields(p1, s, m, y, px - m - 14, items[:2], per=1, tall=28)
    y = max(y, py + 140)
    y = fields(p1, s, m, y, w - 2 * m, items[2:], per=2, tall=28)
    y += 4
    p1.text(m, y, bi(lg, "7. Sex", "Geschlecht", "Sexe"), font, 7.5)
    ticks(
        p1,
        s,
        m + 110,
        y,
        200,
        [bi(lg, "M", "", ""), bi(lg, "F", "", "")],
        {1 if pax.female else 0},
        8,
    )
    p1.text(w / 2, y, bi(lg, "8. Marital status", "Familienstand", "État civil"), font, 7.5)
    ticks(
        p1,
        s,
        w / 2 + 110,
        y,
        w / 2 - m - 110,
        ["S", "M", "D", "W"],
        {1 if k < 2 and len(trip.party) > 1 else 0},
        8,
    )
    y += 24
    y = fields(
        p1,
        s,
        m,
        y,
        w - 2 * m,
        [
            (bi(lg, "9. Passport number", "Reisepassnummer", "N° de passeport"), passport),
            (
                bi(lg, "10. Issuing authority", "Ausstellende Behörde", "Autorité"),
                tr(lg, "HMPO", "STADT " + TOWNS[lg][0].split()[-1].upper(), "PRÉFECTURE"),
            ),
            (
                bi(lg, "11. Date of issue", "Ausstellungsdatum", "Date de délivrance"),
                short(issued, lg),
            ),
            (
                bi(lg, "12. Date of expiry", "Gültig bis", "Date d'expiration"),
                short(issued + timedelta(days=3652), lg),
            ),
            (bi(lg, "13. Home address", "Wohnanschrift", "Adresse"), ", ".join(trip.home).upper()),
            (
                bi(lg, "14. Telephone / e-mail", "Telefon / E-Mail", "Téléphone / courriel"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
        ],
        per=2,
        tall=28,
    )
    y = fields(
        p1,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (
                bi(
                    lg,
                    "15. Employer / school, address",
                    "Arbeitgeber, Anschrift",
                    "Employeur, adresse",
                ),
                rng.choice(["RETIRED", "SELF-EMPLOYED", f"{rng.choice(LASTS[lg]).upper()} & CO"]),
            ),
            (
                bi(lg, "16. Father's name", "Name des Vaters", "Nom du père"),
                f"{rng.choice(FIRSTS[lg])} {pax.last}".upper(),
            ),
            (
                bi(lg, "17. Mother's name", "Name der Mutter", "Nom de la mère"),
                f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}".upper(),
            ),
            (
                bi(
                    lg,
                    "18. Countries visited in last 10 years",
                    "Besuchte Länder (10 Jahre)",
                    "Pays visités (10 ans)",
                ),
                ", ".join(rng.sample(["ES", "IT", "US", "TR", "EG", "TH", "GR"], 3)),
            ),
        ],
        per=2,
        tall=28,
    )
    p1.text(
        m,
        y + 4,
        bi(lg, "Continue overleaf", "Fortsetzung auf Seite 2", "Suite au verso"),
        italic_of(font),
        7.5,
    )
    p2 = Page(A4)
    y = 56.0
    p2.text(m, y, bi(lg, "19. Purpose of journey", "Zweck der Reise", "Objet du voyage"), bold, 8.5)
    y = (
        ticks(
            p2,
            s,
            m,
            y + 16,
            w - 2 * m,
            [
                bi(lg, "Tourism", "Tourismus", "Tourisme"),
                bi(lg, "Business", "Geschäftlich", "Affaires"),
                bi(lg, "Visiting family", "Familienbesuch", "Visite familiale"),
                bi(lg, "Transit", "", ""),
                bi(lg, "Medical", "Medizinisch", "Médical"),
                bi(lg, "Other", "Sonstiges", "Autre"),
            ],
            {0 if rng.random() < 0.85 else 1},
            8,
        )
        + 6
    )
    y = fields(
        p2,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                bi(
                    lg, "20. Intended date of arrival", "Geplante Einreise", "Date d'arrivée prévue"
                ),
                short(trip.out, lg),
            ),
            (
                bi(
                    lg,
                    "21. Duration of stay (days)",
                    "Aufenthaltsdauer (Tage)",
                    "Durée du séjour (jours)",
                ),
                str(trip.nights),
            ),
            (bi(lg, "22. Port of arrival", "Einreiseort", "Point d'entrée"), DESTS[trip.dest][2]),
            (
                bi(lg, "23. Number of entries", "Anzahl der Einreisen", "Nombre d'entrées"),
                rng.choice(["SINGLE", "DOUBLE", "MULTIPLE"]),
            ),
            (
                bi(
                    lg,
                    "24. Address during stay",
                    "Adresse während des Aufenthalts",
                    "Adresse pendant le séjour",
                ),
                DESTS[trip.dest][3].upper(),
            ),
            (
                bi(
                    lg,
                    "25. Reference in home country",
                    "Referenzperson im Heimatland",
                    "Personne à contacter",
                ),
                f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}".upper(),
            ),
        ],
        per=2,
        tall=30,
    )
    p2.text(
        m,
        y,
        bi(
            lg,
            "26. Have you visited this country before?",
            "Waren Sie schon einmal im Land?",
            "Avez-vous déjà visité ce pays ?",
        ),
        font,
        8,
    )
    ticks(p2, s, w - m - 110, y, 110, yes_no(lg), {rng.randrange(2)}, 8)
    y += 20
    p2.text(
        m,
        y,
        bi(
            lg,
            "27. Have you ever been refused a visa?",
            "Wurde Ihnen je ein Visum verweigert?",
            "Un visa vous a-t-il déjà été refusé ?",
        ),
        font,
        8,
    )
    ticks(p2, s, w - m - 110, y, 110, yes_no(lg), {1}, 8)
    y += 20
    p2.text(
        m,
        y,
        bi(lg, "28. Cost of travel borne by", "Kosten trägt", "Frais pris en charge par"),
        font,
        8,
    )
    ticks(
        p2,
        s,
        m + 200,
        y,
        w - 2 * m - 200,
        [
            bi(lg, "Applicant", "Antragsteller", "Demandeur"),
            bi(lg, "Employer", "Arbeitgeber", "Employeur"),
            bi(lg, "Host", "Gastgeber", "Hôte"),
        ],
        {0},
        8,
    )
    y += 34
    y = band(p2, s, y, bi(lg, "DECLARATION", "ERKLÄRUNG", "DÉCLARATION"))
    y = text_para(
        p2,
        s,
        m,
        y + 10,
        w - 2 * m,
        tr(
            lg,
            "I declare that the information given in this application is true and complete. I "
            "understand "
            "that any false statement may lead to the refusal of the visa or to its cancellation.",
            "I declare that the information is true. Ich versichere, dass meine Angaben richtig "
            "und vollständig "
            "sind. Falsche Angaben können zur Ablehnung oder Annullierung des Visums führen.",
            "I declare that the information is true. Je certifie l'exactitude des renseignements "
            "fournis. Toute "
            "fausse déclaration peut entraîner le refus ou l'annulation du visa.",
        ),
        8,
    )
    y += 30
    hand(
        p2,
        m,
        y,
        f"{tr(lg, 'Exeter', TOWNS[lg][0].split()[-1], TOWNS[lg][0].split()[-1])}, {short(d, lg)}",
        10,
    )
    scrawl(p2, w / 2 + 20, y, pax.name if age(pax, d) >= 16 else trip.lead.name, 15)
    p2.line(m, y + 6, m + 180, y + 6)
    p2.line(w / 2 + 10, y + 6, w - m, y + 6)
    p2.text(m, y + 16, bi(lg, "Place and date", "Ort, Datum", "Lieu et date"), font, 7)
    p2.text(
        w / 2 + 10,
        y + 16,
        bi(lg, "Signature of applicant", "Unterschrift", "Signature du demandeur"),
        font,
        7,
    )
    if age(pax, d) < 16:
        p2.text(
            w / 2 + 10,
            y + 27,
            bi(
                lg,
                "(parent or guardian for minors)",
                "(Erziehungsberechtigte)",
                "(représentant légal)",
            ),
            font,
            6.5,
        )
    pages = [p1, p2]
    fmt = rng.choice(["Page {i} of {n}", "{i}/{n}", "none"])
    number_pages(pages, s, fmt, "bc", bottom=30)
    for p in pages:
        p.text(m, hh - 30, code, font, 7)
    if rng.random() < 0.6:
        pages.append(passport_copy(rng, pax, passport, issued, lg))
    remember(trip, d, {"land": k_land, "trip": trip, "k": k})
    return pages


def passport_copy(rng: random.Random, pax: Person, number: str, issued: date, lg: str) -> Page:
    """A photocopy of a passport's data page in the middle of an A4 sheet, with the MRZ."""
    p = Page(A4)
    w, _ = A4
    copier_edge(p, rng)
    x, y = 90.0, 200.0
    pw, ph = w - 180, 280.0
    p.rect(x, y, pw, ph, fill=0.88)
    p.rect(x, y, pw, ph)
    state = tr(
        lg,
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
        "BUNDESREPUBLIK DEUTSCHLAND",
        "RÉPUBLIQUE FRANÇAISE",
    )
    p.text(
        x + pw / 2,
        y + 18,
        fit(state, "Helvetica-Bold", 7.5, pw - 20),
        "Helvetica-Bold",
        7.5,
        "center",
    )
    p.text(
        x + pw / 2,
        y + 30,
        tr(lg, "PASSPORT", "REISEPASS / PASSPORT", "PASSEPORT / PASSPORT"),
        "Helvetica",
        7,
        "center",
    )
    photo(p, x + 14, y + 44, 90, 115, rng)
    rows = [
        ("Surname / Name / Nom", pax.last.upper()),
        ("Given names / Vornamen / Prénoms", pax.first.upper()),
        ("Nationality", tr(lg, "BRITISH CITIZEN", "DEUTSCH", "FRANÇAISE")),
        ("Date of birth", pax.born.strftime("%d %b %Y").upper()),
        ("Sex", "F" if pax.female else "M"),
        ("Date of issue", issued.strftime("%d %b %Y").upper()),
        ("Date of expiry", (issued + timedelta(days=3652)).strftime("%d %b %Y").upper()),
    ]
    yy = y + 50
    for cap, val in rows:
        p.text(x + 120, yy, cap, "Helvetica", 5.5)
        p.text(x + 120, yy + 10, fit(val, "Courier-Bold", 8.5, pw - 130), "Courier-Bold", 8.5)
        yy += 21
    p.text(x + pw - 12, y + 50, number, "Courier-Bold", 9, "right")
    cc = tr(lg, "GBR", "D<<", "FRA")
    l1 = f"P<{cc}{pax.last.upper()}<<{pax.first.upper()}".replace(" ", "<")
    l1 = (l1 + "<" * 44)[:44]
    sex = "F" if pax.female else "M"
    l2 = f"{number}<{rng.randint(0, 9)}{cc}{pax.born.strftime('%y%m%d')}{rng.randint(0, 9)}{sex}"
    l2 = (l2 + (issued + timedelta(days=3652)).strftime("%y%m%d") + "<" * 44)[:44]
    p.text(x + 10, y + ph - 32, l1, "Courier", 8.5)
    p.text(x + 10, y + ph - 18, l2, "Courier", 8.5)
    if rng.random() < 0.5:
        hand(
            p,
            x,
            y + ph + 40,
            tr(
                lg,
                "Certified true copy",
                "Kopie stimmt mit Original überein",
                "Copie certifiée conforme",
            ),
            10,
        )
    return p


def tpl_embassy_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """An embassy's or consulate's letter to the agency's visa desk about an application: the
    visa granted (number, validity), a request for further documents with the checklist, or
    the appointment for the applicant's biometrics; some in English from a foreign mission."""
    lg = home()
    k_land = keyed(who, "embassy").randrange(3)
    trip = trip_for(rng, ("visa_form",))
    ex = LAST["extra"]
    if after(("visa_form",)) and isinstance(ex, dict):
        k_land = int(ex["land"])
    wl = lg if rng.random() < 0.7 else "en"
    row = SENDERS["embassy"][lg][k_land]
    h = make_head(row, wl, "embassy")
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("visa_form",), (7, 25))
    ref = serial(rng, rng.choice(["VIS/999/9999", "RK 9999-99", "CONS/99/99999"]))
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        agency_lines(tr(wl, "Visa Section", "Visaservice", "Service visas")),
        d,
        [(tr(wl, "Our ref", "Unser Zeichen", "Réf."), ref)],
    )
    kind = rng.choice(["granted", "documents", "appointment"])
    pax = trip.lead
    subj = {
        "granted": tr(
            wl,
            "Visa application - decision",
            "Visumantrag - Entscheidung",
            "Demande de visa - décision",
        ),
        "documents": tr(
            wl,
            "Visa application - further documents required",
            "Visumantrag - fehlende Unterlagen",
            "Demande de visa - pièces complémentaires",
        ),
        "appointment": tr(
            wl,
            "Appointment for biometric data",
            "Termin zur Abgabe biometrischer Daten",
            "Rendez-vous pour la prise des données biométriques",
        ),
    }[kind]
    caption(f, s, f"{subj}: {pax.name}", 1)
    f.para(m, w_of(s), dear(wl, None), s.font, s.size)
    if kind == "granted":
        write(
            f,
            s,
            tr(
                wl,
                f"We are pleased to inform you that the visa applied for on behalf of {pax.name} "
                "has been granted. "
                "The passport is returned herewith by registered post.",
                f"Wir teilen Ihnen mit, dass dem Visumantrag für {pax.name} entsprochen wurde. Der "
                "Reisepass "
                "wird per Einschreiben zurückgesandt.",
                f"Nous vous informons que le visa demandé pour {pax.name} a été accordé. Le "
                "passeport vous est "
                "retourné par lettre recommandée.",
            ),
        )
        f.y = (
            pairs(
                f.page,
                s,
                m + 20,
                f.y,
                [
                    (
                        tr(wl, "Visa number", "Visumnummer", "Numéro de visa"),
                        serial(rng, "A9999999"),
                    ),
                    (
                        tr(wl, "Type", "Art", "Type"),
                        tr(
                            wl,
                            "Tourist, single entry",
                            "Touristenvisum, einfache Einreise",
                            "Tourisme, entrée simple",
                        ),
                    ),
                    (
                        tr(wl, "Valid from", "Gültig ab", "Valable du"),
                        day(h, trip.out - timedelta(days=10)),
                    ),
                    (
                        tr(wl, "Valid until", "Gültig bis", "au"),
                        day(h, trip.back + timedelta(days=20)),
                    ),
                    (
                        tr(wl, "Fee paid", "Gebühr", "Frais"),
                        cash(rng.choice([50.0, 80.0, 105.0]), wl),
                    ),
                ],
                w * 0.7,
            )
            + 8
        )
    elif kind == "documents":
        write(
            f,
            s,
            tr(
                wl,
                "Your application cannot be processed until the following documents have been "
                "received:",
                "Ihr Antrag kann erst bearbeitet werden, wenn folgende Unterlagen vorliegen:",
                "Votre demande ne pourra être instruite qu'après réception des pièces suivantes :",
            ),
        )
        cols = columns(m, w - m, [(5, "left"), (1, "center"), (1, "center")])
        docs = [
            tr(
                wl,
                "Bank statements (last 3 months)",
                "Kontoauszüge der letzten 3 Monate",
                "Relevés bancaires (3 derniers mois)",
            ),
            tr(wl, "Hotel confirmation", "Hotelbestätigung", "Réservation d'hôtel"),
            tr(wl, "Return flight ticket", "Rückflugticket", "Billet retour"),
            tr(wl, "Photograph to specification", "Passfoto nach Vorgabe", "Photo conforme"),
            tr(
                wl, "Letter from employer", "Arbeitgeberbescheinigung", "Attestation de l'employeur"
            ),
            tr(
                wl,
                "Travel insurance certificate",
                "Reisekrankenversicherung",
                "Attestation d'assurance",
            ),
        ]
        rows = [[t, "X" if rng.random() < 0.6 else "", ""] for t in docs]
        for r in rows:
            r[2] = "" if r[1] else "X"
        table(
            f,
            cols,
            [
                tr(wl, "Document", "Unterlage", "Pièce"),
                tr(wl, "Received", "liegt vor", "reçue"),
                tr(wl, "Missing", "fehlt", "manquante"),
            ],
            rows,
            s,
            rules=True,
        )
        write(
            f,
            s,
            tr(
                wl,
                f"Please submit them by {day(h, d + timedelta(days=14))}, quoting our reference.",
                f"Bitte reichen Sie diese bis {day(h, d + timedelta(days=14))} unter Angabe "
                "unseres Zeichens nach.",
                f"Merci de les transmettre avant le {day(h, d + timedelta(days=14))} en rappelant "
                "la référence.",
            ),
        )
    else:
        f.y = (
            pairs(
                f.page,
                s,
                m + 20,
                f.y,
                [
                    (
                        tr(wl, "Date", "Datum", "Date"),
                        day(h, d + timedelta(days=rng.randint(5, 15))),
                    ),
                    (
                        tr(wl, "Time", "Uhrzeit", "Heure"),
                        f"{rng.randint(8, 11)}:{rng.choice(['00', '15', '30', '45'])}",
                    ),
                    (tr(wl, "Counter", "Schalter", "Guichet"), str(rng.randint(1, 6))),
                    (
                        tr(wl, "Applicants", "Antragsteller", "Demandeurs"),
                        ", ".join(p.name for p in trip.party[:4]),
                    ),
                ],
                w * 0.75,
            )
            + 8
        )
        write(f, s, prose(rng, lg if wl == lg else "en", "travel", 1, 2))
    write(f, s, prose(rng, wl, "legal", 1, 2), s.size - 1)
    regards(
        f, s, wl, staff(h, "consul"), tr(wl, "Consular Officer", "Konsularabteilung", "Le Consul")
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        stamp(
            pages[-1],
            w - m - 170,
            f.y - 90,
            [tr(wl, "CONSULAR SECTION", "KONSULARABTEILUNG", "SECTION CONSULAIRE"), short(d, wl)],
        )
    received(rng, pages[0], d, 0.25)
    remember(trip, d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates HHH: group tours
# ---------------------------------------------------------------------------------------------

GROUPS = {
    "en": [
        "Probus Club of Exeter",
        "St Mary's Church Choir",
        "Beverley U3A",
        "Cheltenham Rotary Club",
        "Topsham Walking Group",
    ],
    "de": [
        "Kirchenchor St. Martin",
        "Landfrauenverein Weingarten",
        "Seniorenkreis Paderborn-Mitte",
        "Kegelclub Gut Holz",
        "Schützenverein 1888",
    ],
    "fr": [
        "Club des Aînés de Joué",
        "Chorale Saint-Gatien",
        "Amicale des retraités SNCF",
        "Comité d'entreprise Michelin",
        "Association Loisirs Ploemeur",
    ],
}


def group_trip(rng: random.Random) -> dict[str, object]:
    """A group tour the agency puts together: the group, the dates, rooms and the coach."""
    g = LAST["extra"]
    if after(("hotel_contract", "coach_contract")) and isinstance(g, dict) and "group" in g:
        return g
    lg = home()
    arrive = month() + timedelta(days=rng.randint(40, 240))
    nights = rng.choice([3, 4, 5, 6, 7])
    size = rng.randint(22, 46)
    return {
        "group": rng.choice(GROUPS[lg]),
        "arrive": arrive,
        "nights": nights,
        "size": size,
        "ref": serial(rng, "GR-99-999"),
        "leader": f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}",
    }


def tpl_hotel_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A hotel's group contract (allotment contract, Gruppenvertrag, contrat de groupe) with
    the agency: the group, dates, rooms and rates, meals, release dates, the cancellation
    scale and payment terms; the night-by-night allocation on a landscape page and the
    signature page with the hotel's stamp."""
    h = head_of(who, "hotel", abroad=0.35)
    lg = h.lang
    g = group_trip(rng)
    arrive, nights, size = g["arrive"], int(g["nights"]), int(g["size"])  # type: ignore[call-overload]
    assert isinstance(arrive, date)
    d = some_day(rng)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["GC-9999", "K-99/999", "CTR9999"]))
    title = tr(lg, "GROUP CONTRACT", "GRUPPENVERTRAG", "CONTRAT DE GROUPE")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        agency_lines(tr(lg, "Groups department", "Gruppenabteilung", "Service groupes")),
        d,
        [(tr(lg, "Contract no.", "Vertrags-Nr.", "Contrat n°"), no)],
    )
    caption(f, s, f"{title} - {g['group']}", 2, rule=True)
    twins = size // 2 - rng.randint(0, 3)
    singles = size - 2 * twins
    rate_d = rng.choice([78.0, 89.0, 96.0, 112.0, 135.0])
    rows = [
        [
            tr(lg, "Twin/double rooms", "Doppelzimmer", "Chambres doubles/twin"),
            str(twins),
            str(nights),
            money(rate_d, lg),
        ],
        [
            tr(lg, "Single rooms", "Einzelzimmer", "Chambres individuelles"),
            str(singles),
            str(nights),
            money(rate_d * 0.75, lg),
        ],
        [
            tr(
                lg,
                "Driver (single, free of charge)",
                "Fahrer (EZ, kostenfrei)",
                "Chauffeur (gratuit)",
            ),
            "1",
            str(nights),
            money(0.0, lg),
        ],
    ]
    if rng.random() < 0.6:
        rows.append(
            [
                tr(lg, "Tour leader", "Reiseleitung", "Accompagnateur"),
                "1",
                str(nights),
                money(0.0, lg),
            ]
        )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Arrival", "Anreise", "Arrivée"), day(h, arrive)),
                (tr(lg, "Departure", "Abreise", "Départ"), day(h, arrive + timedelta(days=nights))),
                (tr(lg, "Group size", "Teilnehmer", "Participants"), f"{size} + 1"),
                (tr(lg, "Meal plan", "Verpflegung", "Formule"), BOARDS[lg][rng.choice([0, 1, 4])]),
            ],
            w * 0.7,
        )
        + 6
    )
    cols = columns(m, w - m, [(3.4, "left"), (0.8, "right"), (0.8, "right"), (1.5, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Room type", "Zimmerart", "Type"),
            tr(lg, "Rooms", "Anzahl", "Nombre"),
            tr(lg, "Nights", "Nächte", "Nuits"),
            tr(lg, "Rate p.p.p.n.", "Preis p.P./Nacht", "Prix / pers. / nuit"),
        ],
        rows,
        s,
        rules=True,
    )
    f.heading(
        m,
        tr(
            lg, "Release and cancellation", "Freigabe und Stornierung", "Rétrocession et annulation"
        ),
        s.bold,
        s.size,
    )
    for t in [
        tr(
            lg,
            f"Release date: {day(h, arrive - timedelta(days=42))}; unsold rooms return to the "
            "hotel.",
            f"Optionsdatum: {day(h, arrive - timedelta(days=42))}; nicht belegte Zimmer fallen an "
            "das Hotel zurück.",
            f"Date de rétrocession : {day(h, arrive - timedelta(days=42))}.",
        ),
        tr(
            lg,
            "41-21 days before arrival: 10% of rooms free of charge, thereafter 50%",
            "41-21 Tage vor Anreise: 10 % der Zimmer kostenfrei, danach 50 %",
            "De J-41 à J-21 : 10 % sans frais, puis 50 %",
        ),
        tr(
            lg,
            "less than 7 days / no-show: 90% of the contracted rate",
            "weniger als 7 Tage / No-Show: 90 %",
            "moins de 7 jours / non-présentation : 90 %",
        ),
    ]:
        f.para(m + 12, w - 2 * m - 12, "- " + t, s.font, s.size - 0.5, 0.2)
    f.heading(m, tr(lg, "Payment", "Zahlung", "Règlement"), s.bold, s.size)
    write(
        f,
        s,
        tr(
            lg,
            "Deposit of 20% on signature, balance 14 days before arrival. Extras to be settled by "
            "guests on departure.",
            "Anzahlung 20 % bei Vertragsunterzeichnung, Restzahlung 14 Tage vor Anreise. Extras "
            "zahlen die Gäste direkt.",
            "Acompte de 30 % à la signature, solde 15 jours avant l'arrivée. Les extras sont "
            "réglés sur place.",
        ),
        s.size - 0.5,
    )
    write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
    pages = f.pages
    # the allocation plan on landscape A4
    s2 = style_of(h, landscape(A4), margin=40, pt=8)
    w2, h2 = landscape(A4)
    p = Page((w2, h2))
    p.text(
        40,
        44,
        fit(
            f"{h.name} - "
            f"{tr(lg, 'Allocation / rooming plan', 'Kontingentübersicht', 'Plan de répartition')} "
            f"- {g['group']}",
            s2.bold,
            11,
            w2 - 80,
        ),
        s2.bold,
        11,
    )
    p.text(w2 - 40, 60, f"{tr(lg, 'Contract', 'Vertrag', 'Contrat')} {no}", s2.font, 8, "right")
    days = [arrive + timedelta(days=k) for k in range(nights)]
    cols2 = columns(40, w2 - 40, [(2.5, "left")] + [(1, "right")] * len(days) + [(1, "right")])
    y = 92.0
    head = (
        [tr(lg, "Room type", "Zimmerart", "Type")]
        + [dd.strftime("%d.%m") if lg == "de" else dd.strftime("%d/%m") for dd in days]
        + [tr(lg, "Total", "Summe", "Total")]
    )
    p.rect(36, y - 12, w2 - 72, 18, fill=0.88)
    for c, t in zip(cols2, head, strict=True):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            t,
            s2.bold,
            8,
            "left" if c[2] == "left" else "right",
        )
    y += 20
    for label, n in [(rows[0][0], twins), (rows[1][0], singles), (rows[2][0], 1)]:
        vals = [label] + [str(n)] * len(days) + [str(n * nights)]
        for c, t in zip(cols2, vals, strict=True):
            p.text(
                c[0] if c[2] == "left" else c[1],
                y,
                fit(t, s2.font, 8, c[1] - c[0]),
                s2.font,
                8,
                "left" if c[2] == "left" else "right",
            )
        p.line(36, y + 5, w2 - 36, y + 5)
        y += 18
    y += 16
    p.text(40, y, tr(lg, "Meals", "Mahlzeiten", "Repas"), s2.bold, 9)
    y += 14
    for dd in days:
        p.text(40, y, f"{short(dd, lg)}", s2.font, 8)
        p.text(
            140,
            y,
            fit(
                rng.choice(
                    [
                        tr(
                            lg,
                            "Dinner 19:00, 3 courses, set menu",
                            "Abendessen 19 Uhr, 3-Gang-Menü",
                            "Dîner 19h, menu 3 plats",
                        ),
                        tr(
                            lg,
                            "Packed lunch, dinner buffet",
                            "Lunchpaket, Abendbuffet",
                            "Panier-repas, buffet du soir",
                        ),
                        tr(
                            lg,
                            "Breakfast only (evening free)",
                            "nur Frühstück",
                            "Petit-déjeuner seul",
                        ),
                    ]
                ),
                s2.font,
                8,
                400,
            ),
            s2.font,
            8,
        )
        y += 12
    if rng.random() < 0.5:
        y += 14
        hand(
            p,
            40,
            y,
            tr(
                home(),
                f"rooming list to hotel by {short(arrive - timedelta(days=21), home())}!",
                f"Rooming-Liste bis {short(arrive - timedelta(days=21), home())} ans Hotel!",
                f"rooming list à envoyer avant le {short(arrive - timedelta(days=21), home())} !",
            ),
            10,
        )
    pages.append(p)
    # the signature page
    q = Page(s.page_size)
    y = heading(q, s, h) if rng.random() < 0.5 else m
    q.text(m, y + 10, tr(lg, "Acceptance", "Vertragsannahme", "Acceptation"), s.bold, s.size + 2)
    y = text_para(
        q,
        s,
        m,
        y + 34,
        w - 2 * m,
        tr(
            lg,
            "Both parties agree to the terms of this contract. Please return one signed copy "
            "within 14 days.",
            "Beide Parteien erkennen die Bedingungen an. Bitte senden Sie ein unterschriebenes "
            "Exemplar binnen 14 Tagen zurück.",
            "Les parties acceptent les conditions du présent contrat. Merci de nous retourner un "
            "exemplaire signé sous 14 jours.",
        ),
    )
    y += 50
    x2 = w / 2 + 10
    q.text(m, y, tr(lg, "For the hotel", "Für das Hotel", "Pour l'hôtel"), s.font, s.size)
    q.text(x2, y, tr(lg, "For the agency", "Für den Auftraggeber", "Pour l'agence"), s.font, s.size)
    y += 50
    scrawl(q, m, y, staff(h, "sales"))
    if rng.random() < 0.75:
        scrawl(q, x2, y, staff(agency_head(), "groups"))
        hand(q, x2, y + 34, short(d + timedelta(days=rng.randint(2, 12)), home()), 10)
    q.line(m, y + 4, w / 2 - 20, y + 4)
    q.line(x2, y + 4, w - m, y + 4)
    q.text(
        m,
        y + 16,
        fit(
            f"{staff(h, 'sales')}, {tr(lg, 'Group sales', 'Gruppenverkauf', 'Ventes groupes')}",
            s.font,
            8,
            w / 2 - m - 20,
        ),
        s.font,
        8,
    )
    seal(q, m + 70, y + 90, 36, h.name.upper()[:28], h.town.split(",")[0].upper()[:20], s.font)
    pages.append(q)
    pages = close(pages, s, h)
    remember(None, d, g)
    return pages


def tpl_coach_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A coach company's hire contract for a group tour (Mietomnibusvertrag, contrat de
    location d'autocar avec conducteur): vehicle, driver, the day-by-day itinerary with times
    and kilometres, the price and what it includes; the hire conditions behind it and the
    customer's signature box."""
    h = head_of(who, "coach", abroad=0.1)
    lg = h.lang
    g = group_trip(rng)
    arrive, nights = g["arrive"], int(g["nights"])  # type: ignore[call-overload]
    assert isinstance(arrive, date)
    d = some_day(rng)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, "99999")
    title = tr(
        lg,
        "COACH HIRE AGREEMENT",
        "AUFTRAGSBESTÄTIGUNG / MIETOMNIBUSVERTRAG",
        "CONTRAT DE LOCATION D'AUTOCAR AVEC CONDUCTEUR",
    )
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(f, s, h, agency_lines(), d, [(tr(lg, "Booking no.", "Auftrag", "Contrat n°"), no)])
    caption(f, s, title, 1.5)
    seats = rng.choice([33, 49, 53, 57])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer", "Auftraggeber", "Client"), f"{office_name()} / {g['group']}"),
            (
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                f"{seats} "
                + tr(
                    lg, "seat executive coach", "Sitzer Fernreisebus, 4*", "places, grand tourisme"
                ),
            ),
            (tr(lg, "Passengers", "Personen", "Passagers"), str(g["size"])),
            (tr(lg, "Driver(s)", "Fahrer", "Conducteur(s)"), "1" if nights < 6 else "2"),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.heading(m, tr(lg, "Itinerary", "Fahrtverlauf", "Programme"), s.bold, s.size)
    places = {
        "en": [
            "Pick-up: agency shop",
            "Dover Eastern Docks",
            "Calais",
            "Bruges",
            "Cologne",
            "Rüdesheim",
            "Hotel",
            "Boppard",
            "Trier",
        ],
        "de": [
            "Abfahrt: ZOB / Reisebüro",
            "Autobahn A7",
            "Salzburg",
            "Hotel",
            "Wolfgangsee",
            "Bad Ischl",
            "Hallstatt",
            "Mondsee",
        ],
        "fr": [
            "Départ : devant l'agence",
            "Aire de repos A10",
            "Bordeaux",
            "Hôtel",
            "Saint-Émilion",
            "Arcachon",
            "Dune du Pilat",
            "Cognac",
        ],
    }[lg]
    rows = []
    for k in range(nights + 1):
        dd = arrive + timedelta(days=k)
        a, b = rng.sample(places, 2)
        if k == 0:
            a = places[0]
        if k == nights:
            b = places[0].split(":")[-1].strip()
        rows.append(
            [
                short(dd, lg),
                f"{rng.randint(7, 10):02d}:{rng.choice(['00', '30'])}",
                a,
                b,
                str(rng.randint(40, 620)),
            ]
        )
    cols = columns(
        m, w - m, [(1.3, "left"), (0.8, "left"), (2.4, "left"), (2.4, "left"), (0.7, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "From", "Von", "De"),
            tr(lg, "To / via", "Nach / über", "À / via"),
            "km",
        ],
        rows,
        s,
        rules=True,
    )
    price = round(sum(int(r[4]) for r in rows) * rng.uniform(1.9, 2.6) + 350 * (nights + 1), 0)
    vat = vat_rate(lg) if lg != "de" else 19.0
    totals(
        f,
        s,
        lg,
        [
            (tr(lg, "Hire charge", "Mietpreis netto", "Prix HT"), price),
            (
                tr(lg, f"VAT {vat:g}%", f"USt. {vat:g} %", f"TVA {10 if lg == 'fr' else vat:g} %"),
                round(price * (0.1 if lg == "fr" else vat / 100), 2),
            ),
            (
                tr(lg, "Total", "Gesamtpreis", "Total TTC"),
                round(price * (1.1 if lg == "fr" else 1 + vat / 100), 2),
            ),
        ],
    )
    write(
        f,
        s,
        tr(
            lg,
            "Included: driver's accommodation and meals, ferry, tolls, parking. Not included: "
            "entrance fees.",
            "Im Preis enthalten: Fahrerunterkunft und -verpflegung, Maut, Parkgebühren. Nicht "
            "enthalten: Eintritte.",
            "Inclus : hébergement et repas du conducteur, péages, parkings. Non inclus : entrées "
            "des sites.",
        ),
        s.size - 0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Drivers' hours rules (EC 561/2006) must be observed; the programme may be adjusted "
            "accordingly.",
            "Die Lenk- und Ruhezeiten (VO (EG) 561/2006) sind einzuhalten.",
            "Les temps de conduite et de repos (règlement CE 561/2006) doivent être respectés.",
        ),
        s.size - 1,
    )
    f.need(90)
    f.y += 20
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Accepted on behalf of the hirer:",
            "Auftrag erteilt:",
            "Bon pour accord, date et signature :",
        ),
        s.font,
        s.size,
    )
    f.y += 36
    if rng.random() < 0.7:
        scrawl(f.page, m, f.y, staff(agency_head(), "groups"))
        stamp(
            f.page, m + 200, f.y - 40, [office_name().upper()[:26], agency_head().town.upper()[:26]]
        )
    f.page.line(m, f.y + 4, m + 180, f.y + 4)
    f.y += 20
    pages = f.pages
    if rng.random() < 0.65:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of Hire",
                    "Allgemeine Geschäftsbedingungen für Mietomnibusse",
                    "Conditions générales de location",
                ),
                [
                    tr(lg, "Booking", "Vertragsabschluss", "Réservation"),
                    tr(lg, "Price", "Preis", "Prix"),
                    tr(lg, "Payment", "Zahlung", "Paiement"),
                    tr(lg, "Cancellation", "Rücktritt", "Annulation"),
                    tr(
                        lg,
                        "Passengers' conduct",
                        "Verhalten der Fahrgäste",
                        "Comportement des passagers",
                    ),
                    tr(lg, "Luggage", "Gepäck", "Bagages"),
                    tr(lg, "Damage", "Schäden", "Dommages"),
                    tr(lg, "Liability", "Haftung", "Responsabilité"),
                    tr(lg, "Breakdown", "Pannen", "Pannes"),
                    tr(lg, "Law", "Gerichtsstand", "Juridiction"),
                ],
            )
        )
    pages = close(pages, s, h)
    remember(None, d, g)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates HHH: money from and to suppliers
# ---------------------------------------------------------------------------------------------


def tpl_commission_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's commission statement to the agency (Provisionsabrechnung, relevé de
    commissions): the bookings that travelled in the period with gross value, rate and
    commission, VAT on the commission where it is due, the total paid; portrait or landscape.
    A run: the statements of the next periods or of the supplier's other brands."""
    row, olg = op_of(who)
    h = make_head(row, olg, "operator")
    lg = h.lang
    ex = LAST["extra"]
    if after(("commission_statement",)) and isinstance(ex, tuple) and ex[0] == h.name:
        period = add_months(ex[1], 1)
    else:
        period = add_months(month(), -rng.randint(1, 2))
    d = add_months(period, 1) + timedelta(days=rng.randint(4, 15))
    wide = keyed(who, "wide").random() < 0.35
    s = style_of(h, landscape(A4) if wide else A4, margin=44 if wide else 0, pt=8.5 if wide else 0)
    w, _ = s.page_size
    m = s.margin
    title = tr(lg, "COMMISSION STATEMENT", "PROVISIONSABRECHNUNG", "RELEVÉ DE COMMISSIONS")
    months = {
        "en": "January February March April May June July August September October November "
        "December",
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre",
    }[lg].split()
    pname_ = f"{months[period.month - 1]} {period.year}"
    f = sheets(s, h, f"{h.name} - {title} - {pname_}")
    recipient(
        f,
        s,
        h,
        agency_lines(),
        d,
        [
            (tr(lg, "Agent", "Agentur", "Agence"), serial(keyed(who, "agent"), "999999")),
            (tr(lg, "Period", "Zeitraum", "Période"), pname_),
        ],
    )
    caption(f, s, f"{title} {pname_}", 2)
    n = rng.choice([4, 7, 11, 18, 26, 40])
    rows = []
    tot_g = tot_c = 0.0
    for _ in range(n):
        lead = f"{rng.choice(LASTS[home()]).upper()}/{rng.choice(FIRSTS[home()])[0]}"
        gross = round(rng.uniform(380, 6400), 2)
        rate = rng.choice([8.0, 10.0, 10.0, 11.0, 12.0])
        c = round(gross * rate / 100, 2)
        dep = period + timedelta(days=rng.randint(0, 27))
        if rng.random() < 0.06:
            gross, c = -gross, -c
        tot_g += gross
        tot_c += c
        rows.append(
            [
                serial(rng, "9999999"),
                lead,
                short(dep, lg),
                money(gross, lg),
                f"{rate:g}",
                money(c, lg),
            ]
        )
    spec = [
        (1.2, "left"),
        (2, "left"),
        (1.1, "left"),
        (1.2, "right"),
        (0.6, "right"),
        (1.1, "right"),
    ]
    head = [
        tr(lg, "Booking", "Vorgang", "Dossier"),
        tr(lg, "Lead name", "Kunde", "Client"),
        tr(lg, "Departure", "Abreise", "Départ"),
        tr(lg, "Gross", "Umsatz", "Montant"),
        "%",
        tr(lg, "Commission", "Provision", "Commission"),
    ]
    table(
        f,
        columns(m, w - m, spec),
        head,
        rows,
        s,
        size=8 if wide else None,
        rules=rng.random() < 0.4,
    )
    vat = round(tot_c * vat_rate(lg) / 100, 2) if lg != "en" else 0.0
    lines = [
        (tr(lg, "Total sales", "Umsatz gesamt", "Total ventes"), tot_g),
        (tr(lg, "Commission", "Provision netto", "Commission HT"), tot_c),
    ]
    if vat:
        lines.append((tr(lg, "", "zzgl. 19 % USt.", "TVA 20 %"), vat))
    lines.append((tr(lg, "Amount paid to you", "Auszahlungsbetrag", "Montant versé"), tot_c + vat))
    totals(f, s, lg, lines)
    write(
        f,
        s,
        tr(
            lg,
            f"Paid by BACS on {day(h, d + timedelta(days=3))}. Queries within 30 days please.",
            f"Die Gutschrift erfolgt am {day(h, d + timedelta(days=3))} auf Ihr Konto. Gutschrift "
            "im Sinne des § 14 Abs. 2 UStG.",
            f"Virement le {day(h, d + timedelta(days=3))}. Autofacturation - TVA acquittée sur les "
            "débits.",
        ),
        s.size - 1,
    )
    pages = close(
        f.pages, s, h, numbers=h.numbers if h.numbers != "none" else rng.choice(["none", "{i}/{n}"])
    )
    remember(None, d, (h.name, period))
    return pages


def tpl_cancellation_request(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's letter cancelling a booking: handwritten on a notepad page or typed at
    home, giving the booking reference and the reason, asking about the refund or the
    insurance; a doctor's certificate enclosed now and then."""
    lg = home()
    trip = a_trip(rng)
    d = some_day(rng)
    lead = trip.lead
    reason = rng.choice(
        [
            tr(
                lg,
                "my husband has been admitted to hospital",
                "mein Mann ist ins Krankenhaus gekommen",
                "mon mari a été hospitalisé",
            ),
            tr(
                lg,
                "of a death in the family",
                "eines Trauerfalls in der Familie",
                "d'un décès dans la famille",
            ),
            tr(
                lg,
                "I have broken my ankle and cannot travel",
                "ich habe mir den Knöchel gebrochen",
                "je me suis cassé la cheville",
            ),
            tr(
                lg,
                "of a change in my work commitments",
                "beruflicher Gründe",
                "de contraintes professionnelles",
            ),
        ]
    )
    text = tr(
        lg,
        f"I am writing to cancel our holiday to {dest_name(trip)} departing {short(trip.out, lg)}, "
        "booking "
        f"reference {trip.ref}, because {reason}. Please let me know what cancellation charges "
        "apply and "
        "send me the invoice so that I can claim on our travel insurance.",
        f"hiermit trete ich von unserer Reise nach {dest_name(trip)} am {short(trip.out, lg)} "
        f"(Vorgang {trip.ref}) zurück, da {reason}. Bitte teilen Sie mir die Stornokosten mit und "
        "senden Sie mir die Stornorechnung für meine Reiserücktrittsversicherung.",
        f"je vous informe que nous devons annuler notre voyage à {dest_name(trip)} du "
        f"{short(trip.out, lg)} "
        f"(dossier {trip.ref}) en raison "
        f"{reason if reason.startswith('d') else 'du fait que ' + reason}. Merci de m'indiquer "
        "les frais d'annulation et de m'adresser la facture pour mon assurance.",
    )
    if lg == "de" and not reason.startswith(("mein", "ich")):
        text = text.replace(", da ", " wegen ", 1)
    handwritten = rng.random() < 0.5
    pages: list[Page] = []
    if handwritten:
        p = Page(NOTEPAD)
        w, hh = NOTEPAD
        for k in range(int((hh - 70) / 22)):
            p.line(14, 60 + 22 * k, w - 14, 60 + 22 * k)
        p.line(40, 20, 40, hh - 10)
        y = 56.0
        for t in [mx(lead, lg), *trip.home]:
            hand(p, w - 150, y, t, 9, 140)
            y += 22
        hand(p, w - 150, y, short(d, lg), 9)
        y += 44
        hand(p, 46, y, dear(lg, None).replace("Sir or Madam", "Sir/Madam"), 10)
        y += 22
        for ln in wrap(text, HAND, 10, w - 62):
            if y > hh - 70:
                break
            hand(p, 46, y, ln, 10)
            y += 22
        y = min(y + 22, hh - 34)
        hand(
            p,
            46,
            y - 22 if y > hh - 40 else y,
            tr(lg, "Yours faithfully,", "Mit freundlichen Grüßen", "Cordialement,"),
            10,
        )
        scrawl(p, 140, min(y + 18, hh - 16), lead.name, 14)
        pages.append(p)
    else:
        a = agency_head()
        s = Style(
            rng.choice(["Helvetica", "Times-Roman"]),
            "Helvetica-Bold",
            11,
            70,
            "none",
            "bottom",
            A4,
            "short",
        )
        s = Style(
            s.font,
            "Times-Bold" if s.font == "Times-Roman" else "Helvetica-Bold",
            11,
            70,
            "none",
            "bottom",
            A4,
            "short",
        )
        w, hh = A4
        p = Page(A4)
        y = 70.0
        for t in [lead.name, *trip.home]:
            p.text(w - 70, y, t, s.font, 10, "right")
            y += 13
        y += 20
        for t in [a.name, a.street, a.town]:
            p.text(70, y, t, s.font, 11)
            y += 14
        y += 20
        p.text(
            w - 70,
            y,
            (f"{trip.home[1].split(' ', 1)[-1]}, " if lg != "en" else "") + day(a, d),
            s.font,
            11,
            "right",
        )
        y += 30
        p.text(
            70,
            y,
            tr(
                lg,
                f"Cancellation - booking ref {trip.ref}",
                f"Reiserücktritt - Vorgang {trip.ref}",
                f"Annulation - dossier {trip.ref}",
            ),
            s.bold,
            11,
        )
        y += 26
        p.text(70, y, dear(lg, None), s.font, 11)
        y += 22
        y = text_para(
            p,
            s,
            70,
            y,
            w - 140,
            text
            + " "
            + tr(
                lg,
                "Thank you for your help.",
                "Vielen Dank für Ihre Hilfe.",
                "Je vous remercie par avance.",
            ),
            11,
        )
        y += 10
        p.text(
            70,
            y,
            tr(
                lg,
                "Yours faithfully,",
                "Mit freundlichen Grüßen",
                "Veuillez agréer mes salutations distinguées.",
            ),
            s.font,
            11,
        )
        scrawl(p, 70, y + 40, lead.name, 15)
        p.text(70, y + 56, lead.name, s.font, 11)
        pages.append(p)
    if (
        rng.random() < 0.3
        and "work" not in reason
        and "beruf" not in reason
        and "profession" not in reason
    ):
        pages.append(doctor_note(rng, lead, d, lg))
    received(rng, pages[0], d, 0.4)
    remember(trip, d, None)
    return pages


def doctor_note(rng: random.Random, who_: Person, d: date, lg: str) -> Page:
    """A GP's certificate (A5): the practice stamp, the statement, the signature."""
    p = Page(A5)
    w, _ = A5
    m = 36.0
    doc = f"Dr {rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    p.text(m, 50, doc, "Times-Bold", 12)
    p.text(
        m,
        64,
        tr(lg, "General Practitioner", "Facharzt für Allgemeinmedizin", "Médecin généraliste"),
        "Times-Italic",
        9,
    )
    p.text(
        m,
        76,
        fit(
            f"{rng.choice(ROADS[lg])} {rng.randint(1, 60)}, {rng.choice(TOWNS[lg])}",
            "Times-Roman",
            8,
            w - 2 * m,
        ),
        "Times-Roman",
        8,
    )
    p.line(m, 84, w - m, 84)
    title = tr(lg, "MEDICAL CERTIFICATE", "ÄRZTLICHE BESCHEINIGUNG", "CERTIFICAT MÉDICAL")
    p.text(w / 2, 120, title, "Times-Bold", 12, "center")
    s = Style("Times-Roman", "Times-Bold", 10, m, "none", "bottom", A5, "short")
    y = text_para(
        p,
        s,
        m,
        150,
        w - 2 * m,
        tr(
            lg,
            f"I certify that {mx(who_, lg)}, born {short(who_.born, lg)}, is unfit to travel from "
            f"{short(d - timedelta(days=2), lg)} "
            "for medical reasons and is under my care.",
            f"Hiermit wird bescheinigt, dass {mx(who_, lg)}, geb. {short(who_.born, lg)}, aus "
            "gesundheitlichen Gründen ab "
            f"{short(d - timedelta(days=2), lg)} reiseunfähig ist.",
            f"Je soussigné certifie que l'état de santé de {mx(who_, lg)}, né(e) le "
            f"{short(who_.born, lg)}, contre-indique "
            f"tout voyage à compter du {short(d - timedelta(days=2), lg)}.",
        ),
        10,
    )
    hand(p, m, y + 30, short(d - timedelta(days=1), lg), 10)
    scrawl(p, w - m - 120, y + 60, doc, 15)
    stamp(p, w - m - 170, y + 80, [doc, tr(lg, "GP surgery", "Praxis", "Cabinet médical")])
    return p


def tpl_cancellation_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The tour operator's cancellation invoice to the agent (Stornorechnung, facture
    d'annulation): the cancellation date, days before departure, the scale that applies, the
    charge, what was paid and the refund or the amount still due, the commission on the
    charge. A run: the operator's other cancellations of the week."""
    if after(("cancellation_request",)) and isinstance(LAST["trip"], Trip):
        trip = LAST["trip"]
        assert isinstance(trip, Trip)
        row, olg = op_of(who)
        trip.operator, trip.op_lang = row, olg
    else:
        row, olg = op_of(who)
        trip = a_trip(rng, (row, olg))
    h = make_head(row, olg, "operator")
    lg = h.lang
    d = last_day(rng, ("cancellation_request", "cancellation_invoice"), (1, 6))
    cancelled = d - timedelta(days=rng.randint(0, 2))
    before = max(1, (trip.out - cancelled).days)
    scale = (
        [(42, 20), (29, 35), (15, 50), (7, 70), (0, 90)]
        if lg != "en"
        else [(70, 25), (42, 50), (28, 70), (14, 90), (0, 100)]
    )
    pct = next(p for days, p in scale if before > days)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, "S9999999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        agency_lines(),
        d,
        [
            (tr(lg, "Booking ref", "Vorgang", "Dossier"), trip.ref),
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
        ],
    )
    caption(f, s, tr(lg, "CANCELLATION INVOICE", "STORNORECHNUNG", "FACTURE D'ANNULATION"), 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Lead name", "Anmelder", "Client"), pname(trip.lead, lg)),
                (tr(lg, "Passengers", "Reisende", "Voyageurs"), str(len(trip.party))),
                (
                    tr(lg, "Holiday", "Reise", "Voyage"),
                    f"{dest_name(trip)}, {short(trip.out, lg)}, {trip.nights} "
                    f"{tr(lg, 'nights', 'Nächte', 'nuits')}",
                ),
                (tr(lg, "Cancelled on", "Storniert am", "Annulé le"), short(cancelled, lg)),
                (
                    tr(
                        lg, "Days before departure", "Tage vor Reisebeginn", "Jours avant le départ"
                    ),
                    str(before),
                ),
            ],
            w * 0.75,
        )
        + 6
    )
    cols = columns(m, w - m, [(2.5, "left"), (2, "left")])
    table(
        f,
        cols,
        [
            tr(
                lg,
                "Days before departure",
                "Rücktritt bis Tage vor Reiseantritt",
                "Jours avant le départ",
            ),
            tr(
                lg,
                "Charge (% of holiday price)",
                "Stornogebühr (% vom Reisepreis)",
                "Frais (% du prix)",
            ),
        ],
        [
            [
                f"{'> ' if k == 0 else ''}{days}" + ("" if k == 0 else f" - {scale[k - 1][0] - 1}"),
                f"{p} %" + (" <" if p == pct else ""),
            ]
            for k, (days, p) in enumerate(scale)
        ],
        s,
        rules=True,
    )
    charge = round(trip.price * pct / 100, 2)
    paid = trip.deposit if rng.random() < 0.6 else trip.price
    comm = round(charge * 0.1, 2)
    lines = [
        (tr(lg, "Holiday price", "Reisepreis", "Prix du voyage"), trip.price),
        (
            tr(
                lg,
                f"Cancellation charge {pct}%",
                f"Stornogebühr {pct} %",
                f"Frais d'annulation {pct} %",
            ),
            charge,
        ),
        (tr(lg, "Paid to date", "bereits gezahlt", "Déjà réglé"), -paid),
        (
            tr(
                lg, "Commission on charge 10%", "Provision 10 % auf Stornogebühr", "Commission 10 %"
            ),
            -comm,
        ),
    ]
    due = charge - paid - comm
    lines.append(
        (
            tr(
                lg,
                "Refund due to you" if due < 0 else "Balance due",
                "Erstattung an Sie" if due < 0 else "Noch zu zahlen",
                "Remboursement" if due < 0 else "Reste dû",
            ),
            abs(due),
        )
    )
    totals(f, s, lg, lines)
    write(
        f,
        s,
        tr(
            lg,
            "Non-refundable items (insurance premiums, amendment fees) are not included. "
            + prose(rng, lg, "legal", 1, 1),
            "Nicht erstattungsfähige Leistungen (Versicherungsprämien) sind nicht enthalten. "
            + prose(rng, lg, "legal", 1, 1),
            "Les primes d'assurance ne sont pas remboursables. " + prose(rng, lg, "legal", 1, 1),
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.25)
    remember(trip, d, None)
    return pages


def tpl_consortium_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The marketing consortium's membership invoice (Kooperationsbeitrag, cotisation
    réseau): membership fee, marketing fund, technology and training charges with VAT, the
    direct debit notice; now and then a second page with the year's override (bonus)
    earnings by preferred supplier."""
    h = make_head(SENDERS["consortium"][home()][0], home(), "consortium")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, "MI-999999")
    member = serial(random.Random(int(OFFICE["seed"]) + 11), "99999")  # type: ignore[call-overload]
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        agency_lines(tr(lg, "Accounts payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Member no.", "Mitglieds-Nr.", "N° adhérent"), member),
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
        ],
    )
    q = (d.month - 1) // 3 + 1
    caption(
        f,
        s,
        tr(
            lg,
            f"Membership invoice Q{q} {d.year}",
            f"Rechnung Kooperationsbeitrag {q}. Quartal {d.year}",
            f"Facture de cotisation - {q}e trimestre {d.year}",
        ),
        2,
    )
    items = [
        (
            tr(lg, "Membership fee", "Grundbeitrag", "Cotisation réseau"),
            rng.choice([450.0, 595.0, 780.0]),
        ),
        (
            tr(
                lg,
                "Marketing fund (brochure racking, campaigns)",
                "Marketingumlage",
                "Fonds marketing",
            ),
            rng.choice([120.0, 180.0, 240.0]),
        ),
        (
            tr(
                lg,
                "Technology: mid-office and website",
                "Technik: Midoffice-Lizenz, Website",
                "Outils : mid-office et site internet",
            ),
            rng.choice([210.0, 265.0]),
        ),
        (
            tr(
                lg,
                "GDS subscription (2 terminals)",
                "CRS-Gebühren (2 Arbeitsplätze)",
                "Abonnement GDS (2 postes)",
            ),
            rng.choice([96.0, 148.0]),
        ),
    ]
    if rng.random() < 0.5:
        items.append(
            (
                tr(
                    lg,
                    "Training day - destination workshop",
                    "Schulung Destinationsworkshop",
                    "Formation éductour",
                ),
                85.0,
            )
        )
    rows = [[t, money(v, lg)] for t, v in items]
    table(
        f,
        columns(m, w - m, [(4.5, "left"), (1.2, "right")]),
        [tr(lg, "Description", "Position", "Désignation"), tr(lg, "Net", "Netto", "HT")],
        rows,
        s,
        rules=True,
    )
    net = sum(v for _, v in items)
    vat = round(net * vat_rate(lg) / 100, 2)
    totals(
        f,
        s,
        lg,
        [
            (tr(lg, "Net", "Nettobetrag", "Total HT"), net),
            (tr(lg, "VAT 20%", "USt. 19 %", "TVA 20 %"), vat),
            (tr(lg, "Total", "Rechnungsbetrag", "Total TTC"), net + vat),
        ],
    )
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be collected by Direct Debit on or after "
            f"{day(h, d + timedelta(days=10))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=10))} per SEPA-Lastschrift eingezogen "
            f"(Mandatsreferenz {serial(rng, 'RA-99999')}, Gläubiger-ID "
            f"DE{serial(rng, '99ZZZ00000999999')}).",
            f"Ce montant sera prélevé le {day(h, d + timedelta(days=10))} (mandat SEPA "
            f"{serial(rng, 'RCV99999')}).",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.5:
        g = sheets(
            s,
            h,
            f"{h.name} - "
            f"{tr(lg, 'Override summary', 'Bonusübersicht', 'Récapitulatif des surcommissions')}",
            top=False,
        )
        caption(
            g,
            s,
            tr(
                lg,
                f"Override earnings {d.year} to date",
                f"Ihre Bonusumsätze {d.year} (Stand {short(d, lg)})",
                f"Vos surcommissions {d.year} au {short(d, lg)}",
            ),
            1.5,
        )
        rows = []
        for sup in rng.sample(
            [r[0] for r in SENDERS["operator"][lg]]
            + ["Hertz", "Royal Caribbean", "Jet2holidays", "TUI", "FTI", "Club Med"],
            7,
        ):
            turnover = rng.randint(8, 180) * 1000.0
            rate = rng.choice([0.5, 1.0, 1.5, 2.0])
            rows.append([sup, money(turnover, lg), f"{rate:g}%", money(turnover * rate / 100, lg)])
        table(
            g,
            columns(
                s.margin,
                w - s.margin,
                [(3, "left"), (1.4, "right"), (0.7, "right"), (1.2, "right")],
            ),
            [
                tr(lg, "Preferred supplier", "Partner", "Partenaire"),
                tr(lg, "Turnover", "Umsatz", "CA"),
                tr(lg, "Rate", "Satz", "Taux"),
                tr(lg, "Override", "Bonus", "Surcommission"),
            ],
            rows,
            s,
            shade=0.88,
        )
        write(g, s, prose(rng, lg, "money", 1, 2), s.size - 1)
        pages += close(g.pages, s, h, numbers="none")
    remember(None, d, None)
    return pages


def tpl_acquirer_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card acquirer's monthly merchant statement: a summary page (sales, refunds,
    charges, net settled), the daily settlement table over one or two pages, and the page of
    fees by card type with the terminal rental."""
    h = make_head(SENDERS["acquirer"][home()][0], home(), "acquirer")
    lg = h.lang
    period = add_months(month(), -1)
    ex = LAST["extra"]
    outlet = 0
    if after(("acquirer_statement",)) and isinstance(ex, tuple):
        if rng.random() < 0.5:
            period, outlet = add_months(ex[0], -1), ex[1]
        else:
            period, outlet = ex[0], 1 - ex[1]
    d = add_months(period, 1) + timedelta(days=rng.randint(2, 8))
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    mid = serial(random.Random(int(OFFICE["seed"]) + 5 + outlet), "99999999")  # type: ignore[call-overload]
    title = tr(lg, "Merchant Statement", "Händlerabrechnung", "Relevé commerçant")
    f = sheets(
        s, h, f"{h.name} - {title} - {tr(lg, 'Merchant ID', 'Händler-Nr.', 'N° commerçant')} {mid}"
    )
    recipient(
        f,
        s,
        h,
        agency_lines(),
        d,
        [
            (tr(lg, "Merchant ID", "Händler-Nr.", "N° de contrat"), mid),
            (
                tr(lg, "Statement period", "Zeitraum", "Période"),
                f"{short(period, lg)} - {short(add_months(period, 1) - timedelta(days=1), lg)}",
            ),
        ],
    )
    caption(f, s, title, 4)
    days = [
        period + timedelta(days=k) for k in range(28) if (period + timedelta(days=k)).weekday() < 6
    ]
    rows = []
    sales = refunds = fees = 0.0
    for dd in days:
        for scheme in rng.sample(
            ["Visa Debit", "Mastercard", "Visa Credit", "Maestro", "Amex"], rng.randint(1, 3)
        ):
            n = rng.randint(1, 9)
            v = round(rng.uniform(80, 2400) * n / 3, 2)
            r = round(v * 0.15, 2) if rng.random() < 0.08 else 0.0
            fee = round((v - r) * rng.choice([0.004, 0.0065, 0.011, 0.0175]), 2)
            sales += v
            refunds += r
            fees += fee
            rows.append(
                [
                    short(dd, lg),
                    scheme,
                    str(n),
                    money(v, lg),
                    money(r, lg) if r else "",
                    money(fee, lg),
                    money(v - r - fee, lg),
                ]
            )
    monthly = [
        (
            tr(lg, "Terminal rental", "Terminalmiete", "Location TPE"),
            rng.choice([19.5, 24.9, 29.0]),
        ),
        (tr(lg, "PCI DSS service", "PCI-Service", "Service PCI DSS"), 4.95),
        (tr(lg, "Minimum monthly service charge", "Mindestentgelt", "Minimum mensuel"), 0.0),
    ]
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (tr(lg, "Card sales", "Kartenumsätze", "Ventes par carte"), cash(sales, lg)),
                (tr(lg, "Refunds", "Gutschriften", "Remboursements"), signed(-refunds, lg)),
                (
                    tr(lg, "Transaction charges", "Transaktionsentgelte", "Commissions"),
                    signed(-fees, lg),
                ),
                (
                    tr(lg, "Monthly charges", "Monatliche Entgelte", "Frais mensuels"),
                    signed(-sum(v for _, v in monthly), lg),
                ),
                (
                    tr(
                        lg, "Net settled to your account", "Gutschrift auf Ihr Konto", "Net crédité"
                    ),
                    cash(sales - refunds - fees - sum(v for _, v in monthly), lg),
                ),
            ],
            w * 0.7,
            s.size,
        )
        + 10
    )
    write(f, s, prose(rng, lg, "money", 1, 3), s.size - 1)
    f.new_page()
    caption(f, s, tr(lg, "Daily settlements", "Tägliche Abrechnungen", "Remises quotidiennes"), 1)
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (1.3, "left"),
                (0.5, "right"),
                (1.1, "right"),
                (0.9, "right"),
                (0.9, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Card type", "Kartenart", "Carte"),
            tr(lg, "No.", "Anz.", "Nb"),
            tr(lg, "Sales", "Umsatz", "Ventes"),
            tr(lg, "Refunds", "Gutschr.", "Rembours."),
            tr(lg, "Charges", "Entgelt", "Frais"),
            tr(lg, "Net", "Netto", "Net"),
        ],
        rows,
        s,
        size=7.5,
        step=1.45,
        shade=0.9,
    )
    f.new_page()
    caption(f, s, tr(lg, "Charges explained", "Entgelte im Detail", "Détail des frais"), 1)
    fee_rows = [
        [
            sch,
            f"{rate:.2f}%",
            tr(lg, "per transaction", "je Transaktion", "par transaction"),
            money(rng.uniform(0.02, 0.2), lg),
        ]
        for sch, rate in [
            ("Visa Debit", 0.4),
            ("Visa Credit", 0.65),
            ("Mastercard", 0.7),
            ("Maestro", 0.45),
            ("Amex", 1.75),
        ]
    ]
    table(
        f,
        columns(m, w - m, [(2, "left"), (1, "right"), (2, "left"), (1, "right")]),
        [
            tr(lg, "Card type", "Kartenart", "Carte"),
            tr(lg, "Rate", "Disagio", "Taux"),
            "",
            tr(lg, "Fixed", "fix", "Fixe"),
        ],
        fee_rows,
        s,
        rules=True,
    )
    f.y += 10
    table(
        f,
        columns(m, w - m, [(4, "left"), (1, "right")]),
        [tr(lg, "Monthly charges", "Monatliche Entgelte", "Frais mensuels"), ""],
        [[t, money(v, lg)] for t, v in monthly],
        s,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Interchange++ pricing: scheme fees and interchange are passed through at cost. "
            + prose(rng, lg, "money", 1, 2),
            "Interchange++: Interbankenentgelte und Scheme Fees werden zum Selbstkostenpreis "
            "weiterberechnet. " + prose(rng, lg, "money", 1, 2),
            "Tarification IC++ : commissions d'interchange et frais de réseau refacturés au coût "
            "réel. " + prose(rng, lg, "money", 1, 2),
        ),
        s.size - 1.5,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"])
        if lg == "en"
        else tr(lg, "", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    remember(None, d, (period, outlet))
    return pages


def tpl_bsp_billing(rng: random.Random, who: Issuer) -> list[Page]:
    """IATA BSP billing analysis for the agency's ticket sales of a billing period, on
    landscape pages in a print-out font: per airline the tickets, refunds and memos with
    fare, taxes, commission and net amount, airline totals, and the period total with the
    remittance date; a running header with the agent code and the page count."""
    h = make_head(SENDERS["bsp"][home()][0], home(), "bsp")
    lg = h.lang
    d = some_day(rng)
    w, hh = landscape(A4)
    m = 34.0
    s = Style("Courier", "Courier-Bold", 7.5, m, "none", "bottom", (w, hh), "iso")
    ex = LAST["extra"]
    if after(("bsp_billing",)) and isinstance(ex, date):
        d = ex - timedelta(days=7)  # the previous billing period
    per = f"{d.year}{d.month:02d}0{min(4, (d.day - 1) // 7 + 1)}"
    code = iata_no()
    agency = agency_head()
    cur = "GBP" if lg == "en" else "EUR"

    def start(p: Page, n: int) -> float:
        p.text(
            m,
            30,
            f"{h.name.upper()}  -  BILLING ANALYSIS  -  {tr(lg, 'PERIOD', 'PERIODE', 'PÉRIODE')} "
            f"{per}",
            "Courier-Bold",
            9,
        )
        p.text(
            m,
            42,
            fit(
                f"AGENT {code}  {agency.name.upper()}  {agency.town.upper()}",
                "Courier",
                7.5,
                w - 2 * m - 80,
            ),
            "Courier",
            7.5,
        )
        p.text(
            w - m, 42, f"{tr(lg, 'CURRENCY', 'WÄHRUNG', 'DEVISE')} {cur}", "Courier", 7.5, "right"
        )
        p.line(m, 48, w - m, 48)
        return 66.0

    f = Sheets((w, hh), hh - 40, start)
    spec = [
        (1.1, "left"),
        (0.8, "left"),
        (1.6, "left"),
        (1, "left"),
        (1, "right"),
        (1, "right"),
        (0.9, "right"),
        (1, "right"),
        (1.1, "right"),
    ]
    cols = columns(m, w - m, spec)
    head = ["AIRLINE", "TRNC", "DOCUMENT", "ISSUE DATE", "FARE", "TAX", "COMM", "VAT/COMM", "NET"]
    grand = 0.0
    for name, (cd, pre) in rng.sample(sorted(AIRLINE_CODES.items()), rng.randint(2, 6)):
        rows = []
        sub = 0.0
        for _ in range(rng.randint(1, 14)):
            kind = rng.choice(["TKTT"] * 8 + ["RFND", "ADMA", "EMDS"])
            fare = round(rng.uniform(60, 1600), 2)
            tax = round(rng.uniform(20, 420), 2)
            comm = round(fare * rng.choice([0, 0, 0.01, 0.05]), 2)
            net = fare + tax - comm
            if kind == "RFND":
                fare, tax, net = -fare, -tax, -net
            if kind == "ADMA":
                fare, tax, comm, net = (
                    round(rng.uniform(15, 120), 2),
                    0.0,
                    0.0,
                    round(rng.uniform(15, 120), 2),
                )
            sub += net
            rows.append(
                [
                    f"{cd} {pre}",
                    kind,
                    f"{pre}{rng.randint(2100000000, 2499999999)}",
                    (d - timedelta(days=rng.randint(0, 7))).strftime("%d%b%y").upper(),
                    f"{fare:.2f}",
                    f"{tax:.2f}",
                    f"{comm:.2f}",
                    "0.00",
                    f"{net:.2f}",
                ]
            )
        table(f, cols, head, rows, s, size=7.5, step=1.5)
        f.need(20)
        f.page.text(
            cols[0][0],
            f.y,
            fit(f"{name.upper()} TOTAL", "Courier-Bold", 7.5, 300),
            "Courier-Bold",
            7.5,
        )
        f.page.text(cols[-1][1], f.y, f"{sub:.2f}", "Courier-Bold", 7.5, "right")
        f.y += 22
        grand += sub
    f.need(60)
    f.page.line(m, f.y - 6, w - m, f.y - 6)
    f.page.text(
        m,
        f.y + 6,
        f"{tr(lg, 'TOTAL AMOUNT DUE TO BSP', 'GESAMTBETRAG AN BSP', 'MONTANT TOTAL DÛ AU BSP')}",
        "Courier-Bold",
        9,
    )
    f.page.text(w - m, f.y + 6, f"{cur} {grand:.2f}", "Courier-Bold", 9, "right")
    f.page.text(
        m,
        f.y + 20,
        f"{tr(lg, 'REMITTANCE DATE', 'FÄLLIGKEIT (LASTSCHRIFT)', 'DATE DE RÈGLEMENT')} "
        f"{(d + timedelta(days=rng.randint(8, 14))).strftime('%d%b%y').upper()}",
        "Courier",
        8,
    )
    pages = f.pages
    number_pages(
        pages,
        s,
        "PAGE {i} OF {n}" if lg == "en" else tr(lg, "", "SEITE {i} VON {n}", "PAGE {i}/{n}"),
        "tr",
        top=30,
    )
    remember(None, d, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion or a run can take up the same booking."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "operator_confirmation": tpl_operator_confirmation,
    "service_voucher": tpl_service_voucher,
    "ticket_receipt": tpl_ticket_receipt,
    "rail_ticket": tpl_rail_ticket,
    "booking_form": tpl_booking_form,
    "deposit_receipt": tpl_deposit_receipt,
    "insurance_certificate": tpl_insurance_certificate,
    "policy_wording": tpl_policy_wording,
    "guarantee_certificate": tpl_guarantee_certificate,
    "guarantee_renewal": tpl_guarantee_renewal,
    "visa_form": tpl_visa_form,
    "embassy_letter": tpl_embassy_letter,
    "hotel_contract": tpl_hotel_contract,
    "coach_contract": tpl_coach_contract,
    "commission_statement": tpl_commission_statement,
    "cancellation_request": tpl_cancellation_request,
    "cancellation_invoice": tpl_cancellation_invoice,
    "consortium_invoice": tpl_consortium_invoice,
    "acquirer_statement": tpl_acquirer_statement,
    "bsp_billing": tpl_bsp_billing,
}
TEMPLATES_HHH: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "ticket_receipt",
    "rail_ticket",
    "deposit_receipt",
    "operator_confirmation",
    "insurance_certificate",
    "visa_form",
    "commission_statement",
    "cancellation_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "booking_form": "deposit_receipt",
    "operator_confirmation": "service_voucher",
    "visa_form": "embassy_letter",
    "guarantee_renewal": "guarantee_certificate",
    "cancellation_request": "cancellation_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_decanter_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One agency's monthly pile: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.6) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The agency (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(AGENCIES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", trip=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_HHH, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_decanter_stream, "templates HHH")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

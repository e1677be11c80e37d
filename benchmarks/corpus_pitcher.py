"""Pitcher part of the generated corpus: templates MMM, written blind for the next measurement.

A part of its own, ``pitcher``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
solar photovoltaic and battery storage installer (the owner, two installer teams and an office
manager; in England, Germany or France) feeds through its scanner in a month: the customers'
signed order forms (Auftrag, bon de commande) with the terms page and the cancellation form
(Widerrufsformular, bordereau de rétractation); the installer's own site survey and shading
analyses with the roof sketch, the horizon table and the monthly yield estimate, now and then
with a photo sheet; structural engineers' roof load letters (Statische Stellungnahme, note de
calcul) with their calculation sheets and their stamp, some with the copy of the layout they
checked; the installer's notifications to the network operator after commissioning (ENA G98
installation document, Inbetriebsetzungsprotokoll nach VDE-AR-N 4105, demande de mise en
service Enedis), some with the copy of the inverter's certificate; the confirmations that
follow (the operator's registration letter, the Marktstammdatenregister's
Registrierungsbestätigung, EDF OA's conditions particulières of the purchase contract);
handover and acceptance certificates (Abnahmeprotokoll, procès-verbal de réception) signed by
the customer, with the handover checklist; wholesalers' pro-forma invoices to be paid before
dispatch; pallet carriers' delivery notes signed on receipt (slips, A5); module makers' flash
lists with every serial number on landscape pages; inverter and battery makers' technical
service bulletins with the list of serial numbers concerned and the acknowledgement form;
installer scheme and accreditation audit reports (MCS surveillance assessment, RAL
Gütezeichen audit, audit QualiPV) with a covering letter, the non-conformity table and the
corrective action form; export and feed-in payment statements (Smart Export Guarantee,
Einspeisevergütung Gutschrift, EDF OA autofacturation) on customers' behalf; lenders'
customer finance agreements (fixed sum loan agreement, Darlehensvertrag, offre de crédit
affecté) with the pre-contract information, terms and signature page, and the customers'
satisfaction notes that release the money; fuel card statements with transaction pages by
van; scaffolders' handover certificates and inspection reports; customers' declarations for
the reduced or zero VAT rate (Nullsteuersatz, attestation simplifiée); monitoring portal yield
reports; the teams' daily job sheets filled in by hand; makers' installer training
certificates on landscape pages. Each stream is one installer's pile: the installer (country,
name, month) is drawn once per stream; its network operator, engineers, wholesalers, carriers,
scaffolders, lenders, scheme and customers are of its country and write in its language;
module, inverter and battery makers are English, German or French and write in their own.
Page sizes range from carriers' slips and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms page and the cancellation form of a signed order; the roof sketch, horizon table, yield
page and photo sheet of a survey; the calculation sheets and the copied layout behind an
engineer's letter; the equipment page and the copy of the inverter certificate of a grid
notification; the conditions page of EDF OA's contract; the checklist page of a handover
certificate; the serial pages of a flash list; the serial list and the acknowledgement form of
a service bulletin; the covering letter, findings and corrective action form of an audit
report; the explanations page of a payment statement; the lender's covering letter,
pre-contract information, terms and signature page of a finance agreement; the transaction
pages of a fuel card statement; the notice page of a VAT declaration; the daily table of a
yield report. Related papers are documents of their own: the engineer's letter after the
survey, the finance agreement after the signed order, the satisfaction note after the finance
agreement, the operator's or registry's confirmation after the notification, the carrier's
delivery note after the pro-forma invoice, the flash list after the delivery note; and so is
each invoice, note, statement, report, sheet and certificate of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: pro-forma invoices, delivery notes,
payment statements, scaffold inspections, VAT declarations, yield reports, job sheets and
training certificates often come 2-4 in a row from one sender with other customers, dates,
numbers and amounts; and companions: each related paper above often follows the document it
belongs with, about the same customer or consignment. Drawn with ``corpus.draw_pdf``, scanned
with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "pitcher"``
and seeds offset by 6_400_000.

Usage: ``python benchmarks/corpus_pitcher.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/pitcher/pitcher_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    MONTHS,
    Flow,
    band,
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
)
from corpus_kit import address as window

PART = "pitcher"
SEED_OFFSET = 6_400_000

MM = 72 / 25.4
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the installer and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
INSTALLERS: dict[str, list[Row]] = {
    "en": [
        ("Sunward Solar Ltd", "Unit 4, Brunel Court", "Exeter EX2 8PW", "01392 441 760"),
        ("Kestrel Roof Energy", "12 Station Yard", "Hexham NE46 1EZ", "01434 600 382"),
        ("Brightfield PV & Storage Ltd", "Unit 9, Moorside Park", "Harrogate HG3 2JS", ""),
    ],
    "de": [
        ("Sonnendach Mueller GmbH", "Gewerbestraße 12", "79108 Freiburg", "0761 155 38 20"),
        ("Solartechnik Hofmann", "Am Bahnhof 3", "97070 Würzburg", "0931 46 72 10"),
        ("Lichtfeld Energiesysteme GmbH", "Industriering 7", "49074 Osnabrück", "0541 33 90 4"),
    ],
    "fr": [
        (
            "Soleil d'Oc Énergies SARL",
            "12 avenue de la Gare",
            "34000 Montpellier",
            "04 67 58 21 90",
        ),
        ("Breizh Photovoltaïque", "ZA de Kerlann, 3 rue Ampère", "35170 Bruz", "02 99 52 14 07"),
        ("Hélios Alsace SAS", "5 rue du Commerce", "67200 Strasbourg", "03 88 29 61 44"),
    ],
}
#: The network operator of each installer (same index as ``INSTALLERS``).
OPERATORS: dict[str, list[Row]] = {
    "en": [
        (
            "National Grid Electricity Distribution (South West) plc",
            "Avonbank, Feeder Road",
            "Bristol BS2 0TB",
            "0800 096 3080",
        ),
        (
            "Northern Powergrid (Northeast) plc",
            "Lloyds Court, 78 Grey Street",
            "Newcastle NE1 6AF",
            "",
        ),
        (
            "Northern Powergrid (Yorkshire) plc",
            "Lloyds Court, 78 Grey Street",
            "Newcastle NE1 6AF",
            "",
        ),
    ],
    "de": [
        ("Netze BW GmbH", "Schelmenwasenstraße 15", "70567 Stuttgart", "0800 3629 477"),
        ("Mainfranken Netze GmbH", "Haugerring 6", "97070 Würzburg", "0931 36 0"),
        ("Westnetz GmbH", "Florianstraße 15-21", "44139 Dortmund", "0800 4112 244"),
    ],
    "fr": [
        (
            "Enedis - Agence Raccordement Marché Grand Public Languedoc",
            "1 rue de l'Industrie",
            "34070 Montpellier",
            "09 70 83 19 70",
        ),
        (
            "Enedis - Agence Raccordement Bretagne",
            "Parc d'activités de la Rigourdière",
            "35510 Cesson-Sévigné",
            "09 70 83 19 70",
        ),
        (
            "Enedis - ARE Alsace Franche-Comté",
            "11 rue de la Haye",
            "67300 Schiltigheim",
            "09 70 83 19 70",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "engineer": {
        "en": [
            ("Hartley Structural Consulting", "3 Queen Street", "Exeter EX4 3SR", "01392 219 554"),
            ("R. Penrose BEng CEng MIStructE", "The Coach House, Eastgate", "Hexham NE46 1BH", ""),
            ("Moorland Civil & Structural Ltd", "22 Victoria Avenue", "Harrogate HG1 1EL", ""),
        ],
        "de": [
            ("Ingenieurbüro Brenner - Tragwerksplanung", "Lorettostraße 28", "79100 Freiburg", ""),
            ("Statikbüro Weiß & Kern", "Sanderstraße 4", "97070 Würzburg", "0931 57 30 91"),
            (
                "Dipl.-Ing. Jörg Lammers, Beratender Ingenieur",
                "Lotter Straße 62",
                "49078 Osnabrück",
                "",
            ),
        ],
        "fr": [
            ("BET Structure Méditerranée", "145 rue Frédéric Bazille", "34000 Montpellier", ""),
            ("Cabinet Le Goff Ingénierie", "8 boulevard de la Liberté", "35000 Rennes", ""),
            ("Ingénierie Moreau Structures", "17 quai des Bateliers", "67000 Strasbourg", ""),
        ],
    },
    "wholesaler": {
        "en": [
            ("SolarTrade Distribution Ltd", "Unit 2, Aire Valley Park", "Bradford BD21 3AW", ""),
            ("Greenbox PV Wholesale Ltd", "Severnside Trading Estate", "Avonmouth BS11 8DZ", ""),
            (
                "Cairn Renewables Supply",
                "Block C, Dalgety Bay Ind. Est.",
                "Dunfermline KY11 9JN",
                "",
            ),
        ],
        "de": [
            ("PV-Großhandel Südwest GmbH", "Robert-Bosch-Straße 21", "77815 Bühl", "07223 80 61 0"),
            ("EnergieDepot Handels GmbH", "Hafenstraße 40", "48153 Münster", ""),
            ("Solarzentrum Nord Vertriebs GmbH", "Grusonstraße 19", "22113 Hamburg", ""),
        ],
        "fr": [
            ("Distrisol SAS", "ZAC des Portes de l'Ouest", "13340 Rognac", "04 42 87 30 12"),
            ("Photon Négoce SARL", "4 allée des Vendanges", "33140 Villenave-d'Ornon", ""),
            ("Ouest Énergie Distribution", "Parc de la Motte", "44470 Carquefou", ""),
        ],
    },
    "carrier": {
        "en": [
            ("PalletLink Network - Depot 41", "Marsh Barton Road", "Exeter EX2 8NP", ""),
            ("Swiftpal Express Ltd", "Junction 25 Trade Park", "Brighouse HD6 4JX", ""),
        ],
        "de": [
            ("PalettenNetz Süd - Depot 72", "Hermann-Mitsch-Straße 3", "79108 Freiburg", ""),
            ("Spedition Kärcher & Lutz GmbH", "Gutenbergstraße 14", "97080 Würzburg", ""),
        ],
        "fr": [
            ("Palettes Express Occitanie", "ZI de la Lauze", "34430 Saint-Jean-de-Védas", ""),
            ("Transports Mazet", "Route de Lorient", "35000 Rennes", ""),
        ],
    },
    "scheme": {
        "en": [
            (
                "Greenmark Certification Ltd",
                "Unit 7, Kingsway Business Park",
                "Rochdale OL16 4NW",
                "",
            ),
            (
                "Sentinel Installer Assessment Ltd",
                "Orchard House, 1 Hill Street",
                "Warwick CV34 4RT",
                "",
            ),
        ],
        "de": [
            (
                "Gütegemeinschaft Solaranlagen e.V. - Prüfstelle Süd",
                "Wankelstraße 5",
                "70563 Stuttgart",
                "",
            ),
            (
                "Elektro-Innung Handwerk - Fachprüfstelle Solar",
                "Kammerstraße 9",
                "60311 Frankfurt",
                "",
            ),
        ],
        "fr": [
            (
                "Qualicontrôle Sud SAS - mandaté par Qualit'EnR",
                "32 avenue Jean Jaurès",
                "31200 Toulouse",
                "",
            ),
            ("Bureau Audit EnR - mandaté par Qualit'EnR", "9 rue de Lyon", "75012 Paris", ""),
        ],
    },
    "lender": {
        "en": [
            ("Greenline Home Finance Ltd", "PO Box 4410", "Leeds LS1 9FZ", "0330 123 4410"),
            ("Hearthstone Retail Credit plc", "1 Temple Quay", "Bristol BS1 6DZ", "0345 600 2710"),
        ],
        "de": [
            ("GreenCredit Bank AG", "Kaiserstraße 29", "60311 Frankfurt am Main", "069 27 40 88 0"),
            ("Südwest Konsumkredit Bank eG", "Königstraße 1", "70173 Stuttgart", ""),
        ],
        "fr": [
            ("Financo Énergie SA", "Tour Sud, 12 rue de la Bourse", "69002 Lyon", "09 69 32 44 10"),
            ("Crédit Soleil Financement", "25 rue Lafayette", "75009 Paris", ""),
        ],
    },
    "fuelcard": {
        "en": [
            ("Roadway Fuelcards Ltd", "Roadway House, Lakeside", "Chester CH4 9QT", ""),
            ("FleetFuel UK Ltd", "PO Box 2270", "Swindon SN1 9AP", ""),
        ],
        "de": [
            ("Flottenkarte AG", "Balcke-Dürr-Allee 3", "40882 Ratingen", ""),
            ("TankPro Service GmbH", "Am Wehrhahn 50", "40211 Düsseldorf", ""),
        ],
        "fr": [
            ("Carte Carburant Pro SAS", "Immeuble Le Quadrant", "92000 Nanterre", ""),
            ("Flotte Énergie Services", "6 avenue de l'Europe", "67300 Schiltigheim", ""),
        ],
    },
    "scaffolder": {
        "en": [
            ("Westcountry Scaffolding Ltd", "Yard 3, Alphin Brook Road", "Exeter EX2 8RG", ""),
            ("Apex Access Scaffolding", "Tyne Green Road", "Hexham NE46 3SG", "07791 224 680"),
            ("Dales Scaffold Services", "Hookstone Chase", "Harrogate HG2 7DB", ""),
        ],
        "de": [
            ("Gerüstbau Schneider GmbH", "Tullastraße 71", "79108 Freiburg", "0761 50 40 3"),
            ("Gerüstbau Kaya & Söhne", "Nürnberger Straße 112", "97076 Würzburg", ""),
            ("Gerüstbau Westerkamp", "Fürstenauer Weg 40", "49090 Osnabrück", ""),
        ],
        "fr": [
            ("Échafaudages du Midi", "ZA Garosud", "34070 Montpellier", "04 67 27 44 80"),
            ("Alu Échafaudage Bretagne", "Rue de la Janais", "35131 Chartres-de-Bretagne", ""),
            ("Échafaudages Rhénans", "Port du Rhin, rue de Rouen", "67100 Strasbourg", ""),
        ],
    },
    "payer": {
        "en": [
            (
                "Octavia Energy Ltd - Export Team",
                "UK House, 164-182 Oxford St",
                "London W1D 1NN",
                "",
            ),
            ("E.ON Next Energy Ltd", "Westwood Way", "Coventry CV4 8LG", ""),
            ("Ovalis Energy Ltd", "1 Rivergate", "Bristol BS1 6ED", ""),
        ],
        "fr": [
            ("EDF OA Solaire - Agence Obligation d'Achat", "TSA 21117", "41975 Blois Cedex 9", ""),
        ],
    },
}
#: Module, inverter and battery makers, each of its own country.
MAKERS: dict[str, list[tuple[Row, str]]] = {
    "module": [
        (("Hanse Solar Module GmbH", "Schleswiger Chaussee 88", "24768 Rendsburg", ""), "de"),
        (("Pennine Photovoltaics Ltd", "Riverside Works", "Bradford BD4 7PX", ""), "en"),
        (
            (
                "Modules Solaires de Savoie SAS",
                "Technolac, 17 rue du Lac",
                "73370 Le Bourget-du-Lac",
                "",
            ),
            "fr",
        ),
        (
            (
                "Zhejiang Sunrise PV Technology Co., Ltd.",
                "No. 8 Xingye Road",
                "Jiaxing 314000, China",
                "",
            ),
            "en",
        ),
    ],
    "inverter": [
        (
            ("Voltwerk Speichersysteme GmbH", "Siemensstraße 30", "35394 Gießen", "0641 930 57 0"),
            "de",
        ),
        (("Caledon Power Electronics Ltd", "Pentland Science Park", "Penicuik EH26 0PZ", ""), "en"),
        (("Onduleurs Ardent SAS", "ZI du Vernay, 4 rue Volta", "38300 Bourgoin-Jallieu", ""), "fr"),
    ],
}
MODULES = [
    ("Hanse Solar HS-108M 430 Black", 430, 0),
    ("Pennine PV PN54-410", 410, 1),
    ("Savoie Modules SM-400 Full Black", 400, 2),
    ("Sunrise SR-M10-445 Bifacial", 445, 3),
]
INVERTERS = [
    ("Voltwerk VW-HY 5.0", 5.0, 0),
    ("Voltwerk VW-HY 8.0", 8.0, 0),
    ("Caledon C-String 3.6", 3.68, 1),
    ("Caledon C-Hybrid 5", 5.0, 1),
    ("Ardent ONDA 6K-H", 6.0, 2),
]
BATTERIES = [
    ("Voltwerk VW-BS 5.1", 5.1, 0),
    ("Voltwerk VW-BS 10.2", 10.2, 0),
    ("Caledon PowerCell 9.5", 9.5, 1),
    ("Ardent Stock 7", 7.0, 2),
]

FIRSTS = {
    "en": ["Sarah", "James", "Helen", "Gareth", "Joanne", "Mark", "Ruth", "Craig", "Alison", "Ian"],
    "de": [
        "Petra",
        "Jürgen",
        "Monika",
        "Frank",
        "Claudia",
        "Uwe",
        "Birgit",
        "Ralf",
        "Anja",
        "Timo",
    ],
    "fr": ["Isabelle", "Thierry", "Véronique", "Patrick", "Sylvie", "Laurent", "Élodie", "Yann"],
}
LASTS = {
    "en": ["Pascoe", "Dobson", "Hepworth", "Tremayne", "Armstrong", "Kaur", "Lister", "Nolan"],
    "de": ["Krämer", "Huber", "Baumann", "Lang", "Öztürk", "Seidel", "Brandt", "Roth", "Haas"],
    "fr": ["Garcia", "Le Bihan", "Muller", "Rouquette", "Fabre", "Kerjean", "Schmitt", "Lopez"],
}
FEMALE = {
    "Sarah",
    "Helen",
    "Joanne",
    "Ruth",
    "Alison",
    "Petra",
    "Monika",
    "Claudia",
    "Birgit",
    "Anja",
    "Isabelle",
    "Véronique",
    "Sylvie",
    "Élodie",
}
ROADS = {
    "en": ["Orchard Close", "Church Lane", "Moor View", "Station Road", "Beech Grove", "The Rise"],
    "de": ["Lindenweg", "Am Sonnenhang", "Kirchstraße", "Brunnenstraße", "Ahornweg", "Talstraße"],
    "fr": [
        "chemin des Vignes",
        "rue des Écoles",
        "allée des Pins",
        "rue du Moulin",
        "impasse du Stade",
    ],
}
TOWNS = {
    "en": [
        ["Crediton EX17 3AB", "Topsham EX3 0JT", "Cullompton EX15 1DH", "Exmouth EX8 2LL"],
        ["Corbridge NE45 5AX", "Haltwhistle NE49 0DA", "Prudhoe NE42 5PR", "Allendale NE47 9BD"],
        ["Knaresborough HG5 0AB", "Ripon HG4 1LR", "Pateley Bridge HG3 5HL", "Wetherby LS22 6NQ"],
    ],
    "de": [
        ["79227 Schallstadt", "79211 Denzlingen", "79199 Kirchzarten", "79312 Emmendingen"],
        ["97199 Ochsenfurt", "97209 Veitshöchheim", "97222 Rimpar", "97234 Reichenberg"],
        ["49124 Georgsmarienhütte", "49134 Wallenhorst", "49143 Bissendorf", "49191 Belm"],
    ],
    "fr": [
        ["34130 Mauguio", "34170 Castelnau-le-Lez", "34880 Lavérune", "34990 Juvignac"],
        ["35510 Cesson-Sévigné", "35830 Betton", "35760 Saint-Grégoire", "35137 Pleumeleuc"],
        ["67400 Illkirch-Graffenstaden", "67380 Lingolsheim", "67640 Fegersheim", "67800 Hoenheim"],
    ],
}

TALK = {
    "en": {
        "solar": "modules array inverter battery roof string rails hooks tiles scaffold isolator "
        "generation export meter consumer unit cable route install survey shading yield storage",
        "legal": "agreement customer installer goods deposit cancellation warranty liability "
        "payment terms notice rights obligations delivery title risk complaint law",
        "build": "rafters purlins loading timber span tiles battens fixings wind snow pressure "
        "capacity deflection member assessment calculation structure roof",
        "money": "statement payment account balance amount period charges direct debit credit "
        "interest instalment reference transfer due",
    },
    "de": {
        "solar": "Module Generator Wechselrichter Speicher Dach String Schienen Dachhaken Ziegel "
        "Gerüst Freischalter Einspeisung Zähler Zählerschrank Kabelweg Montage Verschattung Ertrag",
        "legal": "Vertrag Auftraggeber Auftragnehmer Leistung Anzahlung Widerruf Gewährleistung "
        "Haftung Zahlung Bedingungen Frist Rechte Pflichten Lieferung Eigentumsvorbehalt Recht",
        "build": "Sparren Pfetten Lastannahmen Holz Spannweite Dachziegel Lattung Befestigung Wind "
        "Schnee Tragfähigkeit Durchbiegung Nachweis Berechnung Tragwerk Dach",
        "money": "Abrechnung Zahlung Konto Saldo Betrag Zeitraum Gebühren Lastschrift Gutschrift "
        "Zinsen Rate Verwendungszweck Überweisung fällig",
    },
    "fr": {
        "solar": "modules champ onduleur batterie toiture chaîne rails crochets tuiles "
        "échafaudage sectionneur injection compteur tableau câble pose visite ombrage production",
        "legal": "contrat client installateur fourniture acompte rétractation garantie "
        "responsabilité paiement conditions délai droits obligations livraison propriété litige",
        "build": "chevrons pannes charges bois portée tuiles liteaux fixations vent neige "
        "résistance flèche vérification calcul charpente toiture",
        "money": "relevé paiement compte solde montant période frais prélèvement avoir intérêts "
        "échéance référence virement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "solar", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "solar", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The installer of a stream: its country, month and customers
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 5, 1)}
#: What the previous document was about (a companion takes up the same customer and day).
LAST: dict[str, object] = {"kind": "", "cust": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def row_no() -> int:
    return int(OFFICE["row"])  # type: ignore[call-overload]


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's installer and ``key``: a run or a repeat keeps
    its sender."""
    text = f"pitcher/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 40))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


@dataclass
class Customer:
    """One household the installer fits a system for."""

    first: str
    last: str
    female: bool
    street: str
    town: str
    job: str
    n_mod: int
    module: int
    inverter: int
    battery: int  # -1: none
    price: float
    meter: str
    roof: str
    pitch: int
    azimuth: int

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def kwp(self) -> float:
        return round(self.n_mod * MODULES[self.module][1] / 1000, 2)

    def lines(self) -> list[str]:
        return [mx(self, home()), self.street, self.town]


def mx(c: Customer, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if c.female else 'Herr'} {c.name}"
    if lang == "fr":
        return f"{'Madame' if c.female else 'Monsieur'} {c.first} {c.last.upper()}"
    return f"{'Mrs' if c.female else 'Mr'} {c.name}"


def a_customer(rng: random.Random) -> Customer:
    lg = home()
    first = rng.choice(FIRSTS[lg])
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 48)
    n_mod = rng.choice([8, 10, 12, 14, 16, 18, 20, 22, 24])
    battery = rng.choice([-1, -1, 0, 1, 2, 3])
    mod = rng.randrange(len(MODULES))
    inv = rng.randrange(len(INVERTERS))
    kwp = n_mod * MODULES[mod][1] / 1000
    price = kwp * rng.uniform(1250, 1650) + (
        0 if battery < 0 else BATTERIES[battery][1] * rng.uniform(520, 700)
    )
    prefix = {"en": "SW", "de": "AU", "fr": "CH"}[lg]
    meter = {
        "en": serial(rng, "19 99999 9999 999"),
        "de": "DE000" + serial(rng, "99999") + "0000000000" + serial(rng, "999999999"),
        "fr": serial(rng, "99999999999999"),
    }[lg]
    return Customer(
        first=first,
        last=rng.choice(LASTS[lg]),
        female=first in FEMALE,
        street=f"{road} {no}" if lg == "de" else f"{no} {road}" if lg == "en" else f"{no}, {road}",
        town=rng.choice(TOWNS[lg][row_no()]),
        job=f"{prefix}-{month().year % 100}{rng.randint(100, 480):03d}",
        n_mod=n_mod,
        module=mod,
        inverter=inv,
        battery=battery,
        price=round(price, -1),
        meter=meter,
        roof=rng.choice(["tile", "tile", "slate", "metal", "tile"]),
        pitch=rng.choice([22, 30, 35, 35, 40, 45]),
        azimuth=rng.choice([180, 165, 200, 135, 225, 90, 270]),
    )


def cust_for(rng: random.Random, kinds: tuple[str, ...]) -> Customer:
    """The previous document's customer if it was one of ``kinds``, else a new one."""
    c = LAST["cust"]
    if isinstance(c, Customer) and after(kinds):
        return c
    return a_customer(rng)


def remember(c: Customer | None, d: date, extra: object = None) -> None:
    LAST.update(cust=c, day=d, extra=extra)


ROOFS = {
    "tile": ("concrete interlocking tiles", "Betondachsteine", "tuiles mécaniques"),
    "slate": ("natural slate", "Naturschiefer", "ardoise naturelle"),
    "metal": ("trapezoidal steel sheet", "Trapezblech", "bac acier"),
}


def roof_name(c: Customer, lg: str) -> str:
    a, b, f = ROOFS[c.roof]
    return tr(lg, a, b, f)


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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "- {i} -"],
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
    "installer": (
        "Solar PV - Battery Storage",
        "Photovoltaik - Stromspeicher",
        "Photovoltaïque - Stockage",
    ),
    "engineer": ("Structural Engineers", "Tragwerksplanung - Statik", "Bureau d'études structure"),
    "scaffolder": ("Scaffolding - Access", "Gerüstbau", "Échafaudage - Location - Montage"),
    "wholesaler": ("Solar Wholesale", "Solar-Großhandel", "Distribution photovoltaïque"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role == "operator" and lang == "fr":
        return ["Enedis - SA à directoire et à conseil de surveillance - RCS Nanterre 444 608 442"]
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Freiburg", "Volksbank Würzburg", "Sparkasse Osnabrück", "GLS Bank"]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or " eG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Freiburg', 'Würzburg', 'Osnabrück', 'Stuttgart'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dipl.-Ing. Heike Sauter", "Markus Vogt", "Selin Aydin", "Jens Wulf"]),
            )
        return out
    if lang == "fr":
        siret = " ".join(str(r.randint(a, b)) for a, b in ((300, 899), (100, 999), (100, 999)))
        siret += f" {r.randint(10000, 99999)}"
        out = [
            f"{name} - SIRET {siret} - APE "
            + r.choice(["4321A", "4322B", "7112B", "4669B", "4941A"])
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RC décennale n° {serial(r, '99999999')}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "installer":
        out.append(f"MCS certified installer NAP-{r.randint(10000, 99999)}")
    if role == "lender":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority FRN "
            f"{r.randint(600000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"pitcher/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("operator", "registry"):
        looks = ["official", "band", "plain"]
        font, bold = ("Helvetica", "Helvetica-Bold")
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
        mail=f"{r.choice(['info', 'office', 'service', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def office_head() -> Head:
    return make_head(INSTALLERS[home()][row_no()], home(), "installer")


def head_of(who: Issuer, role: str) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and installer), of the
    installer's country."""
    r = keyed(who, role)
    lang = home()
    if role == "operator":
        return make_head(OPERATORS[lang][row_no()], lang, role)
    rows = SENDERS[role].get(lang) or SENDERS[role]["en"]
    if role == "payer" and lang == "de":
        return make_head(OPERATORS["de"][row_no()], "de", "operator")
    if role in ("engineer", "scaffolder"):
        return make_head(rows[(row_no() + (r.random() < 0.3)) % len(rows)], lang, role)
    return make_head(r.choice(rows), lang, role)


def maker_of(who: Issuer, kind: str, idx: int | None = None) -> Head:
    """A module or inverter maker (``idx`` into ``MAKERS[kind]``, else one fixed by ``who``),
    writing in its own language."""
    makers = MAKERS[kind]
    row, lang = makers[idx if idx is not None else keyed(who, kind).randrange(len(makers))]
    return make_head(row, lang, "maker")


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
    """A circle drawn as a polygon (round stamps)."""
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
    ring(p, cx, cy, r * 0.42, 20)
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.52, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.72, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 3, "*", "Helvetica-Bold", 11, "center")


def sun_mark(p: Page, x: float, y: float, r: float = 9) -> None:
    """A small sun logo: a ring with rays."""
    ring(p, x, y, r * 0.5, 16)
    for k in range(8):
        a = 2 * math.pi * k / 8
        p.line(
            x + r * 0.7 * math.cos(a),
            y + r * 0.7 * math.sin(a),
            x + r * math.cos(a),
            y + r * math.sin(a),
        )


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    trade = tr(h.lang, *TRADE[h.role]) if h.role in TRADE else ""
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "official":
        p.rect(m, y - 12, 24, 24, fill=0.25)
        p.rect(m + 6, y - 6, 12, 12, fill=0.9)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
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
        p.text(w / 2, y + 15, fit(trade or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if trade else contact
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if h.role == "installer":
            sun_mark(p, m + 17, y + 5, 15)
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
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        p.text(m, y + 15, trade, italic_of(h.font), 7.5)
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = [t for t in parts if t not in ("Dr", "Dipl", "Ing", "CEng", "BEng", "MIStructE")]
    parts = parts or [name[:6]]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"pitcher/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the installer's received stamp on the first page."""
    lang = home()
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(60, 150),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lang),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Ops"],
                        "de": ["Büro", "Buchhaltung", "Technik"],
                        "fr": ["Bureau", "Compta", "Technique"],
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
            ["Yours sincerely", "Kind regards", "Yours faithfully", "Regards"][len(name) % 4],
            "Mit freundlichen Grüßen",
            "Nous vous prions d'agréer nos salutations distinguées.",
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


def office_lines(att: str = "") -> list[str]:
    h = office_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def small_print(rng: random.Random, s0: Style, h: Head, title: str, heads: list[str]) -> Page:
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
            text = " ".join(words(rng, lg, "legal") for _ in range(rng.randint(6, 13)))
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
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def sign_box(p: Page, s: Style, x: float, y: float, w: float, label: str, who: str, d: str) -> None:
    """A signature box: the caption, a signature and the date written in."""
    p.rect(x, y, w, 46)
    p.text(x + 4, y + 9, fit(label, s.font, 6.5, w - 8), s.font, 6.5)
    if who:
        scrawl(p, x + 10, y + 30, who, 12)
    if d:
        hand(p, x + w - 70, y + 40, d, 8.5)


def qty(n: float, lg: str, nd: int = 0) -> str:
    t = f"{n:,.{nd}f}"
    if lg == "de":
        return t.replace(",", "_").replace(".", ",").replace("_", ".")
    if lg == "fr":
        return t.replace(",", " ").replace(".", ",")
    return t


# ---------------------------------------------------------------------------------------------
# Templates MMM: the customer's order, the survey and the engineer
# ---------------------------------------------------------------------------------------------

ORDER_TERMS = {
    "en": [
        "Definitions",
        "The contract",
        "Survey and design",
        "Deposit and payments",
        "Installation",
        "Scaffolding and access",
        "Grid notification",
        "Title and risk",
        "Workmanship warranty",
        "Product warranties",
        "Performance estimate",
        "Complaints and disputes",
        "Cancellation",
        "Data protection",
    ],
    "de": [
        "Geltungsbereich",
        "Vertragsschluss",
        "Vor-Ort-Termin und Planung",
        "Anzahlung und Zahlungen",
        "Montage",
        "Gerüst und Zugang",
        "Anmeldung beim Netzbetreiber",
        "Eigentumsvorbehalt",
        "Gewährleistung",
        "Herstellergarantien",
        "Ertragsprognose",
        "Haftung",
        "Widerrufsrecht",
        "Datenschutz",
    ],
    "fr": [
        "Objet",
        "Formation du contrat",
        "Visite technique",
        "Acompte et paiements",
        "Exécution des travaux",
        "Échafaudage et accès",
        "Raccordement",
        "Réserve de propriété",
        "Garanties légales",
        "Garanties constructeur",
        "Estimation de production",
        "Réclamations et médiation",
        "Droit de rétractation",
        "Données personnelles",
    ],
}


def cancellation_page(rng: random.Random, s0: Style, h: Head, c: Customer, d: date) -> Page:
    """The consumer's cancellation information with the form to cut off and return."""
    lg = h.lang
    s = paper(s0, A4, pt=8.5)
    p = Page(A4)
    w, hh = A4
    m = s.margin
    y = m
    title = tr(
        lg,
        "Information about your right to cancel",
        "Widerrufsbelehrung",
        "Information sur le droit de rétractation",
    )
    p.text(m, y, title, s.bold, 12)
    y += 20
    intro = tr(
        lg,
        "You have the right to cancel this contract within 14 days without giving any reason. "
        "The cancellation period will expire after 14 days from the day of the conclusion of "
        "the contract. To exercise the right to cancel, you must inform us of your decision by "
        "a clear statement (e.g. a letter sent by post or e-mail). You may use the model "
        "cancellation form below, but it is not obligatory.",
        "Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu "
        "widerrufen. Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag des Vertragsabschlusses. "
        "Um Ihr Widerrufsrecht auszuüben, müssen Sie uns mittels einer eindeutigen Erklärung "
        "(z. B. ein mit der Post versandter Brief oder E-Mail) über Ihren Entschluss, diesen "
        "Vertrag zu widerrufen, informieren. Sie können dafür das beigefügte Muster-"
        "Widerrufsformular verwenden, das jedoch nicht vorgeschrieben ist.",
        "Vous avez le droit de vous rétracter du présent contrat sans donner de motif dans un "
        "délai de quatorze jours. Le délai de rétractation expire quatorze jours après le jour "
        "de la conclusion du contrat. Pour exercer le droit de rétractation, vous devez nous "
        "notifier votre décision au moyen d'une déclaration dénuée d'ambiguïté. Vous pouvez "
        "utiliser le formulaire ci-dessous (articles L221-18 et suivants du Code de la "
        "consommation).",
    )
    for ln in wrap(intro, s.font, 8.5, w - 2 * m):
        p.text(m, y, ln, s.font, 8.5)
        y += 11.5
    y += 6
    p.text(
        m,
        y,
        tr(lg, "Effects of cancellation", "Folgen des Widerrufs", "Effets de la rétractation"),
        s.bold,
        9,
    )
    y += 13
    for ln in wrap(prose(rng, lg, "legal", 3, 5), s.font, 8.5, w - 2 * m):
        p.text(m, y, ln, s.font, 8.5)
        y += 11.5
    y = max(y + 20, hh * 0.5)
    slip_rule(p, m, w - m, y, tr(lg, "cut here", "hier abtrennen", "découper ici"))
    y += 24
    p.text(
        m,
        y,
        tr(lg, "Model cancellation form", "Muster-Widerrufsformular", "Formulaire de rétractation"),
        s.bold,
        11,
    )
    y += 14
    p.text(
        m,
        y,
        tr(
            lg,
            "(Complete and return this form only if you wish to cancel the contract)",
            "(Wenn Sie den Vertrag widerrufen wollen, dann füllen Sie bitte dieses Formular aus "
            "und senden Sie es zurück.)",
            "(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez "
            "vous rétracter du contrat.)",
        ),
        italic_of(s.font),
        7.5,
    )
    y += 16
    p.text(
        m,
        y,
        f"{tr(lg, 'To', 'An', 'À l attention de')}: {h.name}, {h.street}, {h.town}",
        s.font,
        8.5,
    )
    y += 18
    for t in [
        tr(
            lg,
            "I/We hereby give notice that I/We cancel my/our contract for the supply of the "
            "following goods / provision of the following service:",
            "Hiermit widerrufe(n) ich/wir den von mir/uns abgeschlossenen Vertrag über den Kauf "
            "der folgenden Waren / die Erbringung der folgenden Dienstleistung:",
            "Je/Nous vous notifie/notifions par la présente ma/notre rétractation du contrat "
            "portant sur la vente du bien / la prestation de services ci-dessous :",
        ),
    ]:
        for ln in wrap(t, s.font, 8.5, w - 2 * m):
            p.text(m, y, ln, s.font, 8.5)
            y += 11.5
    for lab in [
        tr(lg, "Ordered on / received on", "Bestellt am / erhalten am", "Commandé le / reçu le"),
        tr(
            lg, "Name of consumer(s)", "Name des/der Verbraucher(s)", "Nom du (des) consommateur(s)"
        ),
        tr(
            lg,
            "Address of consumer(s)",
            "Anschrift des/der Verbraucher(s)",
            "Adresse du (des) consommateur(s)",
        ),
        tr(
            lg,
            "Signature of consumer(s)",
            "Unterschrift des/der Verbraucher(s)",
            "Signature du (des) consommateur(s)",
        ),
        tr(lg, "Date", "Datum", "Date"),
    ]:
        y += 20
        p.text(m, y, lab, s.font, 8)
        p.line(m + 150, y + 2, w - m, y + 2)
    p.text(w - m, hh - 30, f"{tr(lg, 'Ref.', 'Auftrag', 'Réf.')} {c.job}", s.font, 7, "right")
    return p


def tpl_signed_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The customer's order on the installer's own form: customer and site, the system to be
    supplied and fitted, extras ticked, the price with the deposit and the payment stages,
    cash or finance, both signatures; often the terms on the back and the consumer's
    cancellation information with its form."""
    h = office_head()
    lg = h.lang
    c = cust_for(rng, ("shading_report", "roof_load_letter"))
    d = last_day(rng, ("shading_report", "roof_load_letter"), (3, 15))
    s = style_of(h, LETTER if lg == "en" and keyed(who, "ltr").random() < 0.15 else A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h)
    title = tr(
        lg,
        "ORDER FORM - Supply and installation of a solar PV system",
        "AUFTRAG - Lieferung und Montage einer Photovoltaikanlage",
        "BON DE COMMANDE - Fourniture et pose d'une installation photovoltaïque",
    )
    caption(f, s, title, 2.5)
    f.page.text(
        w - m, f.y - 4, f"{tr(lg, 'Order no.', 'Auftrags-Nr.', 'N°')} {c.job}", s.bold, 9, "right"
    )
    f.y += 6
    f.y = band(
        f.page,
        s,
        f.y,
        tr(
            lg,
            "1. Customer and site",
            "1. Auftraggeber und Anlagenstandort",
            "1. Client et lieu d'installation",
        ),
    )
    f.y += 4
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), f"{c.last}, {c.first}"),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng,
                    "07999 999 999"
                    if lg == "en"
                    else "0199 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (tr(lg, "Installation address", "Anschrift", "Adresse"), c.street),
            (tr(lg, "Town / postcode", "PLZ / Ort", "Code postal / ville"), c.town),
            (tr(lg, "MPAN / meter no.", "Zählernummer", "N° PRM"), c.meter),
            (tr(lg, "Roof", "Dacheindeckung", "Couverture"), roof_name(c, lg)),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.6,
    )
    f.y = band(f.page, s, f.y, tr(lg, "2. System", "2. Anlage", "2. Installation"))
    f.y += 12
    mod, watt, _ = MODULES[c.module]
    inv = INVERTERS[c.inverter][0]
    rows = [
        [str(c.n_mod), tr(lg, "PV module", "PV-Modul", "Module PV"), f"{mod} ({watt} Wp)"],
        ["1", tr(lg, "Inverter", "Wechselrichter", "Onduleur"), inv],
        [
            "1",
            tr(lg, "Mounting system", "Unterkonstruktion", "Système de fixation"),
            tr(
                lg,
                f"Rails and roof hooks for {roof_name(c, lg)}",
                f"Schienen und Dachhaken für {roof_name(c, lg)}",
                f"Rails et crochets pour {roof_name(c, lg)}",
            ),
        ],
    ]
    if c.battery >= 0:
        b, kwh, _ = BATTERIES[c.battery]
        rows.append(
            [
                "1",
                tr(lg, "Battery storage", "Batteriespeicher", "Batterie"),
                f"{b} ({qty(kwh, lg, 1)} kWh)",
            ]
        )
    rows.append(
        [
            "1",
            tr(lg, "Generation meter", "Zählerplatz / Zähler", "Compteur de production"),
            tr(lg, "MID approved, in meter cabinet", "Anpassung Zählerschrank", "dans le tableau"),
        ]
    )
    table(
        f,
        columns(m, w - m, [(0.6, "center"), (1.6, "left"), (4, "left")]),
        [
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Type", "Typ", "Référence"),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    f.y += 4
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'System size', 'Anlagenleistung', 'Puissance crête')}: {qty(c.kwp, lg, 2)} kWp",
        s.bold,
        8.5,
    )
    f.y += 14
    extras = [
        tr(lg, "Bird mesh", "Vogelschutz", "Grillage anti-nuisibles"),
        tr(lg, "EV charger", "Wallbox", "Borne de recharge"),
        tr(lg, "Optimisers", "Leistungsoptimierer", "Optimiseurs"),
        tr(lg, "Backup / EPS", "Notstrom", "Secours"),
        tr(lg, "Monitoring app", "Monitoring", "Supervision"),
    ]
    f.y = ticks(f.page, s, m, f.y, w - 2 * m, extras, set(rng.sample(range(5), rng.randint(1, 3))))
    f.y = band(
        f.page,
        s,
        f.y + 2,
        tr(lg, "3. Price and payment", "3. Preis und Zahlung", "3. Prix et paiement"),
    )
    f.y += 14
    rate = {"en": 0.0, "de": 0.0, "fr": 10.0 if c.kwp <= 3 else 20.0}[lg]
    gross = c.price * (1 + rate / 100)
    dep = round(gross * rng.choice([0.1, 0.2, 0.25, 0.3]), -1)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Contract price (net)", "Festpreis netto", "Prix HT"), cash(c.price, lg)),
            (
                tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} % (§ 12 Abs. 3 UStG)", f"TVA {rate:g} %"),
                cash(gross - c.price, lg),
            ),
            (tr(lg, "Total price", "Gesamtpreis", "Prix TTC"), cash(gross, lg)),
            (
                tr(lg, "Deposit paid with order", "Anzahlung bei Auftrag", "Acompte à la commande"),
                cash(dep, lg),
            ),
            (
                tr(lg, "Balance on completion", "Rest nach Fertigstellung", "Solde à la réception"),
                cash(gross - dep, lg),
            ),
        ],
        w * 0.62,
        8.5,
    )
    f.y += 4
    finance = rng.random() < 0.4
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Cash / bank transfer", "Überweisung", "Comptant / virement"),
            tr(
                lg,
                "Finance (separate agreement)",
                "Finanzierung (gesonderter Vertrag)",
                "Crédit affecté (offre séparée)",
            ),
        ],
        {1 if finance else 0},
    )
    f.need(70)
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            "I/We order the above on the terms overleaf and confirm receipt of the information on "
            "the "
            "right to cancel.",
            "Ich/Wir bestelle(n) die oben genannten Leistungen zu den umseitigen Bedingungen und "
            "bestätige(n) "
            "den Erhalt der Widerrufsbelehrung.",
            "Je commande les prestations ci-dessus aux conditions générales au verso et reconnais "
            "avoir "
            "reçu le formulaire de rétractation.",
        ),
        7.5,
    )
    f.need(60)
    half = (w - 2 * m - 10) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y,
        half,
        tr(
            lg,
            "Customer signature / date",
            "Unterschrift Auftraggeber / Datum",
            "Signature du client, précédée de « bon pour accord »",
        ),
        c.name,
        short(d, lg),
    )
    sign_box(
        f.page,
        s,
        m + half + 10,
        f.y,
        half,
        tr(lg, "For the installer", "Für den Auftragnehmer", "Pour l'entreprise"),
        staff(h, "owner"),
        short(d, lg),
    )
    f.y += 56
    pages = f.pages
    if rng.random() < 0.65:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions of Sale and Installation",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente et d'installation",
                ),
                ORDER_TERMS[lg],
            )
        )
    if rng.random() < 0.6:
        pages.append(cancellation_page(rng, s, h, c, d))
    remember(c, d, finance)
    return close(pages, s, h, numbers="none" if rng.random() < 0.5 else h.numbers)


def roof_sketch(
    p: Page, s: Style, rng: random.Random, c: Customer, x: float, y: float, bw: float, bh: float
) -> None:
    """A roof plan: the roof face, the module grid, obstacles, dimensions and a north arrow."""
    lg = home()
    p.rect(x, y, bw, bh)
    cols = max(2, min(8, c.n_mod // rng.choice([2, 2, 3])))
    rows_ = -(-c.n_mod // cols)
    mw = min((bw - 60) / cols, 42.0)
    mh = min((bh - 70) / rows_, mw * 1.7)
    gx = x + (bw - cols * mw) / 2
    gy = y + (bh - rows_ * mh) / 2 + 6
    k = 0
    for r_ in range(rows_):
        for c_ in range(cols):
            if k < c.n_mod:
                p.rect(gx + c_ * mw + 1, gy + r_ * mh + 1, mw - 2, mh - 2, fill=0.78)
                k += 1
    if rng.random() < 0.6:
        cx = x + rng.uniform(0.1, 0.2) * bw
        p.rect(cx, y + 10, 26, 26, fill=0.45)
        p.text(cx + 30, y + 24, tr(lg, "chimney", "Kamin", "cheminée"), HAND, 7)
    if rng.random() < 0.5:
        vx = x + bw - rng.uniform(30, 60)
        ring(p, vx, y + bh - 22, 6, 12)
        p.text(vx - 8, y + bh - 6, tr(lg, "vent", "Lüfter", "VMC"), HAND, 7)
    length = round(rng.uniform(7.5, 12.5), 1)
    height = round(rng.uniform(4.2, 6.8), 1)
    p.line(x, y + bh + 10, x + bw, y + bh + 10)
    p.text(x + bw / 2, y + bh + 21, f"{qty(length, lg, 1)} m", HAND, 8.5, "center")
    p.line(x - 10, y, x - 10, y + bh)
    p.text(x - 14, y + bh / 2, f"{qty(height, lg, 1)} m", HAND, 8.5, "right")
    p.text(x + 4, y - 4, tr(lg, "Ridge", "First", "Faîtage"), s.font, 7)
    p.text(x + 4, y + bh - 3, tr(lg, "Eaves", "Traufe", "Égout"), s.font, 7)
    nx, ny = x + bw - 24, y + 22
    p.line(nx, ny + 12, nx, ny - 12)
    p.line(nx, ny - 12, nx - 4, ny - 4)
    p.line(nx, ny - 12, nx + 4, ny - 4)
    p.text(nx, ny - 16, "N", s.bold, 8, "center")


def tpl_shading_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's site survey and shading analysis: the roof and electrics on a form
    with hand entries, the roof sketch with the module layout, the horizon table with the
    shade factor and the monthly yield estimate (landscape now and then), sometimes a photo
    sheet."""
    h = office_head()
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    surveyor = staff(h, rng.choice(["owner", "surveyor"]))
    title = tr(
        lg,
        "Site Survey & Shading Analysis",
        "Vor-Ort-Aufnahme und Verschattungsanalyse",
        "Rapport de visite technique et étude d'ombrage",
    )
    f = sheets(s, h, f"{title} - {c.name} - {c.job}")
    caption(f, s, title, 3)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Customer", "Kunde", "Client"), f"{c.name}, {c.street}, {c.town}"),
            (tr(lg, "Survey date", "Datum der Begehung", "Date de la visite"), day(h, d)),
            (tr(lg, "Surveyor", "Aufgenommen von", "Technicien"), surveyor),
            (tr(lg, "Job ref.", "Projekt-Nr.", "Dossier"), c.job),
        ],
        w - m,
        8.5,
    )
    f.y += 8
    f.y = band(f.page, s, f.y, tr(lg, "Roof", "Dach", "Toiture"))
    f.y += 4
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Covering", "Eindeckung", "Couverture"), roof_name(c, lg)),
            (tr(lg, "Pitch", "Neigung", "Pente"), f"{c.pitch}°"),
            (
                tr(lg, "Orientation (azimuth)", "Ausrichtung (Azimut)", "Orientation (azimut)"),
                f"{c.azimuth}°",
            ),
            (
                tr(
                    lg,
                    "Rafters (size / centres)",
                    "Sparren (Querschnitt / Abstand)",
                    "Chevrons (section / entraxe)",
                ),
                f"{rng.choice([38, 50, 75])}x{rng.choice([100, 125, 150])} / "
                f"{rng.choice([400, 450, 600])}",
            ),
            (
                tr(lg, "Roof height at eaves", "Traufhöhe", "Hauteur à l'égout"),
                f"{qty(rng.uniform(4.5, 7.5), lg, 1)} m",
            ),
            (
                tr(lg, "Access for scaffold", "Gerüststellung", "Accès échafaudage"),
                rng.choice(["ok", "ok", tr(lg, "via neighbour", "über Nachbar", "par voisin")]),
            ),
        ],
        per=3,
        tall=25,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Loft inspected", "Dachboden besichtigt", "Combles visités"),
            tr(lg, "Signs of rot / damp", "Feuchte / Schäden", "Traces d'humidité"),
            tr(lg, "Asbestos suspected", "Asbestverdacht", "Amiante suspecté"),
            tr(lg, "Bats / nesting", "Fledermäuse / Nester", "Nids"),
        ],
        {0} | ({1} if rng.random() < 0.2 else set()),
    )
    f.y = band(f.page, s, f.y + 2, tr(lg, "Electrics", "Elektrik", "Électricité"))
    f.y += 4
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "Supply / main fuse",
                    "Hausanschluss / HAK-Sicherung",
                    "Branchement / disjoncteur",
                ),
                f"{rng.choice(['1~', '3~'])} {rng.choice([60, 63, 80, 100])} A",
            ),
            (
                tr(lg, "Earthing", "Netzform", "Régime de neutre"),
                rng.choice(["TN-C-S", "TN-S", "TT"]),
            ),
            (
                tr(lg, "Consumer unit", "Zählerschrank", "Tableau"),
                rng.choice(
                    [
                        tr(lg, "17th ed., RCBOs", "nach TAB, Platz frei", "conforme NF C 15-100"),
                        tr(lg, "old, replace", "veraltet, erneuern", "ancien, à remplacer"),
                    ]
                ),
            ),
            (
                tr(lg, "Cable route", "Kabelweg", "Passage câbles"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "via loft, down garage",
                            "über Dachboden, Schacht",
                            "par combles, gaine",
                        ),
                        tr(lg, "external trunking", "außen, Kabelkanal", "goulotte extérieure"),
                    ]
                ),
            ),
            (
                tr(lg, "Inverter location", "Standort WR", "Emplacement onduleur"),
                rng.choice(
                    [
                        tr(lg, "loft", "Dachboden", "combles"),
                        tr(lg, "garage", "Garage", "garage"),
                        tr(lg, "utility room", "Keller", "cellier"),
                    ]
                ),
            ),
            (
                tr(lg, "Annual use (kWh)", "Jahresverbrauch (kWh)", "Conso annuelle (kWh)"),
                f"{rng.randint(28, 62) * 100}",
            ),
        ],
        per=3,
        tall=25,
    )
    f.need(90)
    f.page.text(m, f.y, tr(lg, "Notes", "Bemerkungen", "Observations"), s.bold, 8.5)
    f.y += 14
    for _ in range(rng.randint(2, 4)):
        hand(f.page, m + 6, f.y, words(rng, lg, "solar", rng.randint(5, 9)), 8.5, w - 2 * m - 10)
        f.y += 14
    f.y += 10
    f.need(50)
    f.page.text(m, f.y, tr(lg, "Surveyor", "Aufgenommen", "Technicien"), s.font, 7.5)
    scrawl(f.page, m + 60, f.y + 2, surveyor)
    pages = list(f.pages)
    # The roof sketch on a page of its own.
    p = Page(A4)
    y = running_header(p, s, f"{title} - {c.job}") + 10
    p.text(
        m,
        y,
        tr(
            lg,
            "Roof plan and module layout",
            "Dachplan und Modulbelegung",
            "Plan de toiture et calepinage",
        ),
        s.bold,
        11,
    )
    y += 30
    roof_sketch(p, s, rng, c, m + 30, y, w - 2 * m - 60, hh * 0.42)
    y += hh * 0.42 + 44
    p.text(m, y, f"{c.n_mod} x {MODULES[c.module][0]}  =  {qty(c.kwp, lg, 2)} kWp", s.font, 9)
    y += 14
    p.text(
        m,
        y,
        tr(
            lg,
            f"Edge clearance {rng.choice([300, 400, 500])} mm, landscape / portrait as drawn",
            f"Randabstand {rng.choice([300, 400, 500])} mm, Hoch-/Querformat wie skizziert",
            f"Distance aux rives {rng.choice([300, 400, 500])} mm, pose portrait/paysage selon "
            "plan",
        ),
        s.font,
        8.5,
    )
    y += 14
    hand(p, m, y + 6, words(rng, lg, "solar", rng.randint(4, 7)), 9, w - 2 * m)
    pages.append(p)
    # The horizon and yield page, landscape now and then.
    size = landscape(A4) if rng.random() < 0.5 else A4
    qw, qh = size
    htitle = tr(lg, "Horizon and shading", "Horizont und Verschattung", "Masques et ombrage")

    def hstart(pg: Page, n: int) -> float:
        y0 = running_header(pg, s, f"{title} - {c.job}") + 10
        pg.text(m, y0, htitle, s.bold, 11)
        return y0 + 18

    f2 = Sheets(size, qh - 40, hstart)
    q = f2.page
    cols = columns(m, qw - m, [(1.2, "left")] + [(1, "right")] * 6)
    heads = [tr(lg, "Azimuth", "Azimut", "Azimut")] + [f"{a}°" for a in range(90, 241, 30)]
    obst = [rng.choice([0, 0, 3, 5, 8, 12, 18, 25]) for _ in range(6)]
    causes = ["-", "-", tr(lg, "tree", "Baum", "arbre"), tr(lg, "house", "Haus", "maison")]
    table(
        f2,
        cols,
        heads,
        [
            [tr(lg, "Obstruction elev.", "Horizonthöhe", "Hauteur masque")]
            + [f"{v}°" for v in obst],
            [tr(lg, "Source", "Ursache", "Origine")]
            + [rng.choice(causes) if v else "-" for v in obst],
        ],
        s,
        size=8,
        rules=True,
    )
    y = f2.y + 8
    sf = round(1 - sum(obst) / 400, 2)
    q.text(
        m,
        y,
        tr(lg, "Shade factor (SF)", "Verschattungsfaktor", "Coefficient d'ombrage")
        + f": {qty(sf, lg, 2)}",
        s.bold,
        9,
    )
    y += 24
    q.text(
        m,
        y,
        tr(
            lg,
            "Estimated monthly generation (kWh)",
            "Prognose Monatsertrag (kWh)",
            "Production mensuelle estimée (kWh)",
        ),
        s.bold,
        10,
    )
    y += 12
    shape = [0.03, 0.05, 0.08, 0.11, 0.13, 0.13, 0.13, 0.11, 0.09, 0.07, 0.04, 0.03]
    kwh_year = c.kwp * {"en": 870, "de": 950, "fr": 1150}[lg] * sf
    vals = [kwh_year * v for v in shape]
    chart_h = min(qh * 0.3, qh - y - 110)
    base = y + chart_h
    bw = (qw - 2 * m - 40) / 12
    top = max(vals)
    q.line(m + 30, base, qw - m, base)
    q.line(m + 30, y, m + 30, base)
    for k, v in enumerate(vals):
        bh = chart_h * v / top * 0.92
        q.rect(m + 34 + k * bw, base - bh, bw - 6, bh, fill=0.55)
        q.text(m + 34 + k * bw + (bw - 6) / 2, base + 10, str(k + 1), s.font, 7, "center")
        q.text(m + 34 + k * bw + (bw - 6) / 2, base - bh - 3, f"{v:.0f}", s.font, 6, "center")
    y = base + 28
    q.text(
        m,
        y,
        tr(lg, "Estimated annual generation", "Prognostizierter Jahresertrag", "Production estimée")
        + ": "
        ""
        f"{qty(kwh_year, lg)} kWh",
        s.bold,
        9,
    )
    y += 13
    note = tr(
        lg,
        "The performance of solar PV systems is impossible to predict with certainty due to the "
        "variability "
        "of the amount of solar radiation from location to location and from year to year. This "
        "estimate "
        "is based upon the standard MCS procedure and is given as guidance only.",
        "Die Ertragsprognose ist eine Schätzung auf Grundlage langjähriger Einstrahlungsdaten und "
        "stellt "
        "keine Garantie dar.",
        "Estimation indicative basée sur les données d'ensoleillement PVGIS ; elle ne constitue "
        "pas "
        "un engagement de production.",
    )
    for ln in wrap(note, s.font, 7, qw - 2 * m):
        q.text(m, y, ln, s.font, 7)
        y += 9
    pages += f2.pages
    if rng.random() < 0.35:
        ph = Page(A4)
        y = running_header(ph, s, f"{title} - {c.job}") + 6
        ph.text(m, y, tr(lg, "Photos", "Fotodokumentation", "Photos"), s.bold, 11)
        y += 14
        pw = (w - 2 * m - 12) / 2
        for k in range(rng.choice([4, 6])):
            px = m + (k % 2) * (pw + 12)
            py = y + (k // 2) * 230
            photo(ph, px, py, pw, 200, rng)
            ph.text(px, py + 212, f"{k + 1}  {words(rng, lg, 'solar', 4)}", s.font, 7.5)
        pages.append(ph)
    remember(c, d)
    return close(pages, s, h)


def calc_pad(
    p: Page, s: Style, h: Head, job: str, title: str, sheet: int, by: str, d: date
) -> float:
    """The title block of an engineer's calculation pad; the y below it."""
    w, _ = p.size
    m = s.margin
    lg = h.lang
    y = 30.0
    p.rect(m, y, w - 2 * m, 40)
    p.line(m + (w - 2 * m) * 0.45, y, m + (w - 2 * m) * 0.45, y + 40)
    p.line(m + (w - 2 * m) * 0.45, y + 20, w - m, y + 20)
    p.text(m + 6, y + 14, fit(h.name, h.bold, 9, (w - 2 * m) * 0.43), h.bold, 9)
    p.text(m + 6, y + 30, fit(title, s.font, 7.5, (w - 2 * m) * 0.43), s.font, 7.5)
    x2 = m + (w - 2 * m) * 0.45 + 5
    cw = (w - m - x2) / 3
    for k, (cap, val) in enumerate(
        [
            (tr(lg, "Job no.", "Projekt", "Affaire"), job),
            (tr(lg, "Sheet", "Blatt", "Feuille"), str(sheet)),
            (tr(lg, "Rev", "Index", "Ind."), rng_rev(job)),
        ]
    ):
        p.text(x2 + k * cw, y + 8, cap, s.font, 5.5)
        p.text(x2 + k * cw, y + 17, val, HAND, 8)
    for k, (cap, val) in enumerate(
        [
            (tr(lg, "Calc by", "Bearb.", "Établi par"), "".join(t[0] for t in by.split())),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Chk", "Gepr.", "Vérif."), ""),
        ]
    ):
        p.text(x2 + k * cw, y + 28, cap, s.font, 5.5)
        p.text(x2 + k * cw, y + 37, val, HAND, 8)
    return y + 60


def rng_rev(job: str) -> str:
    return "-ABC"[zlib.crc32(job.encode()) % 4]


def tpl_roof_load_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A structural engineer's letter on whether the roof takes the array, with the loads
    and the conclusion, signed and stamped; behind it the calculation sheets on the
    engineer's pad and now and then the copy of the layout drawing that was checked."""
    h = head_of(who, "engineer")
    lg = h.lang
    c = cust_for(rng, ("shading_report",))
    d = last_day(rng, ("shading_report",), (4, 20))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    eng = (
        staff(h, "eng")
        if "Dipl" not in h.name and "Penrose" not in h.name
        else h.name.split(",")[0]
    )
    ref = serial(keyed(who, "ref"), "99") + "/" + serial(rng, "999")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), ref),
            (tr(lg, "Your ref", "Ihr Zeichen", "V/Réf."), c.job),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Proposed solar PV installation at {c.street}, {c.town} - roof structure",
            f"Statische Stellungnahme PV-Anlage {c.street}, {c.town}",
            f"Note de calcul - pose de panneaux PV, {c.street}, {c.town}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    kn = rng.choice([0.12, 0.13, 0.14, 0.15])
    ok = rng.random() < 0.8
    write(
        f,
        s,
        tr(
            lg,
            f"Further to your instruction we have assessed the existing roof structure for the "
            f"additional load of {c.n_mod} photovoltaic modules on a {roof_name(c, 'en')} roof "
            f"pitched at {c.pitch} degrees. The array adds approximately {kn} kN/m2 of dead load.",
            f"Sie haben uns beauftragt, die vorhandene Dachkonstruktion für die Zusatzlast von "
            f"{c.n_mod} PV-Modulen ({roof_name(c, 'de')}, Dachneigung {c.pitch}°) zu prüfen. Die "
            f"Anlage bringt eine zusätzliche ständige Last von ca. {qty(kn, 'de', 2)} kN/m² auf.",
            f"Suite à votre demande, nous avons vérifié la charpente existante pour la surcharge "
            f"de {c.n_mod} modules photovoltaïques sur une couverture en {roof_name(c, 'fr')} "
            f"(pente {c.pitch}°), soit environ {qty(kn, 'fr', 2)} kN/m² de charge permanente.",
        ),
    )
    write(f, s, prose(rng, lg, "build", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "Conclusion: the existing rafters are adequate for the proposed installation "
            "provided the fixings are installed at the centres shown on sheet 2."
            if ok
            else "Conclusion: the rafters are adequate only if strengthened; sister timbers "
            "47x150 C24 are to be fixed to every second rafter before the array is installed.",
            "Ergebnis: Die vorhandenen Sparren sind für die geplante Anlage ausreichend "
            "tragfähig, sofern die Dachhaken im angegebenen Raster befestigt werden."
            if ok
            else "Ergebnis: Die Sparren sind nur mit Verstärkung ausreichend; jeder zweite "
            "Sparren ist vor der Montage seitlich mit 60/160 C24 aufzudoppeln.",
            "Conclusion : la charpente existante est apte à recevoir l'installation, sous "
            "réserve du respect de l'entraxe des crochets indiqué en feuille 2."
            if ok
            else "Conclusion : un renforcement est nécessaire ; les chevrons seront moisés "
            "(bois C24 63x175) un sur deux avant la pose.",
        ),
    )
    regards(
        f,
        s,
        lg,
        eng,
        tr(lg, "Chartered Structural Engineer", "Tragwerksplaner", "Ingénieur structure"),
    )
    if rng.random() < 0.6:
        seal(
            f.page,
            w - m - 60,
            min(f.y - 50, hh - 130),
            34,
            h.name.split(" - ")[0].split(",")[0],
            tr(lg, "CEng MIStructE", "Beratender Ingenieur", "Ingénieur conseil"),
        )
    pages = close(f.pages, s, h, numbers="none")
    # The calculation sheets on the engineer's pad.
    cs = paper(s, A4, margin=44, pt=8.5)
    ctitle = tr(
        lg,
        "PV loading - rafter check",
        "PV-Zusatzlast - Sparrennachweis",
        "Charges PV - vérification chevrons",
    )
    n_calc = rng.randint(1, 3)
    calc: list[Page] = []
    for k in range(n_calc):
        p = Page(A4)
        y = calc_pad(p, cs, h, ref, ctitle, k + 1, eng, d)
        x = 44.0
        if k == 0:
            p.text(
                x,
                y,
                tr(
                    lg,
                    "Loads (characteristic)",
                    "Lastannahmen (charakteristisch)",
                    "Charges (caractéristiques)",
                ),
                cs.bold,
                9,
            )
            y += 14
            items = [
                (
                    tr(
                        lg,
                        "Roof covering + battens",
                        "Eindeckung + Lattung",
                        "Couverture + liteaux",
                    ),
                    rng.choice([0.45, 0.55, 0.6, 0.75]),
                ),
                (
                    tr(lg, "Rafters / insulation", "Sparren / Dämmung", "Chevrons / isolant"),
                    rng.choice([0.1, 0.15, 0.2]),
                ),
                (tr(lg, "PV modules + rails", "PV-Module + Schienen", "Modules PV + rails"), kn),
                (
                    tr(lg, "Snow (ground s_k)", "Schnee s_k", "Neige s_k"),
                    rng.choice([0.4, 0.5, 0.65, 0.85]),
                ),
                (
                    tr(lg, "Wind suction (peak)", "Windsog (Spitze)", "Vent (dépression)"),
                    -rng.choice([0.6, 0.8, 1.1]),
                ),
            ]
            for lab, v in items:
                p.text(x + 10, y, lab, cs.font, 8.5)
                p.text(x + 300, y, f"{qty(v, lg, 2)} kN/m²", HAND, 9)
                y += 14
            y += 8
        p.text(x, y, tr(lg, "Rafter check", "Nachweis Sparren", "Vérification chevron"), cs.bold, 9)
        y += 14
        checks = [
            ("L", "m", 2.4, 4.6),
            ("g_k", "kN/m", 0.3, 0.6),
            ("q_k", "kN/m", 0.2, 0.5),
            ("M_Ed", "kNm", 0.8, 2.6),
            ("V_Ed", "kN", 1.0, 3.2),
            ("W_y", "cm3", 60, 190),
            ("sigma_m,d", "N/mm2", 5.0, 12.0),
            ("f_m,d", "N/mm2", 11.0, 14.8),
            ("w_inst", "mm", 3.0, 9.0),
            ("w_fin", "mm", 5.0, 14.0),
            ("L/300", "mm", 8.0, 15.0),
        ]
        for sym, unit, lo, hi in checks[k * 3 : k * 3 + rng.randint(6, 11)]:
            val = rng.uniform(lo, hi)
            hand(p, x + 10, y, f"{sym} = {qty(val, lg, 2)}  {unit}", 9)
            y += 15
            if y > hh - 120:
                break
        res = round(rng.uniform(0.55, 0.96 if ok else 1.25), 2)
        p.rect(x, y + 4, 220, 22)
        hand(
            p, x + 8, y + 19, f"eta = {qty(res, lg, 2)} {'< 1,0 OK' if res < 1 else '> 1,0 !!'}", 10
        )
        if k == n_calc - 1 and rng.random() < 0.5:
            ring(p, w - 110, hh - 110, 30)
            p.text(
                w - 110, hh - 107, tr(lg, "checked", "geprüft", "vérifié"), "Helvetica", 7, "center"
            )
        calc.append(p)
    pages += calc
    if rng.random() < 0.3:
        cp = Page(A4)
        copier_edge(cp, rng)
        cp.text(60, 60, office_head().name, "Helvetica-Bold", 9)
        cp.text(60, 72, tr(lg, "Module layout", "Modulbelegungsplan", "Calepinage"), "Helvetica", 8)
        roof_sketch(cp, style_of(office_head(), A4), rng, c, 90, 140, w - 180, hh * 0.4)
        hand(
            cp,
            70,
            hh * 0.4 + 230,
            tr(
                lg,
                "fixings max 1.2 m c/c - see calc",
                "Haken max. 1,20 m - s. Statik",
                "crochets 1,20 m max - cf. note",
            ),
            10,
        )
        pages.append(cp)
    remember(c, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates MMM: the network operator, handover and the registrations
# ---------------------------------------------------------------------------------------------


def inverter_certificate_copy(rng: random.Random, c: Customer) -> Page:
    """The photocopied certificate of the inverter's grid protection the installer encloses."""
    name, kw, mk = INVERTERS[c.inverter]
    row, lg = MAKERS["inverter"][mk]
    p = Page(A4)
    w, hh = A4
    copier_edge(p, rng)
    x = 70.0
    y = 80.0
    p.rect(x - 10, y - 20, w - 2 * x + 20, hh - 2 * y + 20)
    p.text(
        w / 2,
        y + 10,
        tr(lg, "TYPE TEST VERIFICATION REPORT", "EINHEITENZERTIFIKAT", "ATTESTATION DE CONFORMITÉ"),
        "Helvetica-Bold",
        14,
        "center",
    )
    p.text(
        w / 2,
        y + 28,
        tr(
            lg,
            "EREC G98 / G99 - Type tested micro-generator",
            "nach VDE-AR-N 4105:2018-11",
            "DIN VDE V 0126-1-1 / VFR 2019",
        ),
        "Helvetica",
        9,
        "center",
    )
    y += 60
    for cap, val in [
        (tr(lg, "Manufacturer", "Hersteller", "Fabricant"), row[0]),
        (tr(lg, "Product", "Produkt", "Produit"), name),
        (tr(lg, "Rated output", "Bemessungsleistung", "Puissance assignée"), f"{kw} kVA"),
        (
            tr(lg, "Certificate no.", "Zertifikat-Nr.", "N° de certificat"),
            serial(rng, "AA-99-999-99"),
        ),
        (
            tr(lg, "Test laboratory", "Prüflabor", "Laboratoire"),
            rng.choice(
                ["Elektro-Prüfinstitut Nord", "Bureau Essais Réseaux", "PowerTest Labs Ltd"]
            ),
        ),
    ]:
        p.text(x, y, cap, "Helvetica", 9)
        p.text(x + 150, y, fit(val, "Helvetica", 9, w - 2 * x - 150), "Helvetica", 9)
        y += 16
    y += 12
    for _ in range(rng.randint(3, 6)):
        for ln in wrap(
            words(rng, "en" if lg == "en" else lg, "solar", rng.randint(14, 24)),
            "Helvetica",
            8,
            w - 2 * x,
        ):
            p.text(x, y, ln, "Helvetica", 8)
            y += 10.5
        y += 5
    seal(
        p, w - 150, hh - 170, 36, row[0].split()[0], tr(lg, "certified", "zertifiziert", "certifié")
    )
    return p


def tpl_dno_notification(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's notification to the network operator after commissioning, on the
    operator's form filled in and signed: the ENA G98 installation document, the German
    Inbetriebsetzungsprotokoll (VDE-AR-N 4105, E.8) or Enedis' request for commissioning;
    now and then the copy of the inverter's certificate behind it."""
    h = office_head()
    op = head_of(who, "operator")
    lg = h.lang
    c = cust_for(rng, ("handover",))
    d = last_day(rng, ("handover",), (0, 6))
    s = style_of(op, A4, margin=42, pt=8)
    w, hh = A4
    m = s.margin
    inv, kw, _ = INVERTERS[c.inverter]
    inst = staff(h, "owner")
    p = Page(A4)
    y = 38.0
    if lg == "en":
        p.text(m, y, "ENA EREC G98", s.bold, 13)
        p.text(w - m, y, "Form B", s.bold, 13, "right")
        y += 16
        p.text(
            m,
            y,
            "Installation Document for connection under Engineering Recommendation G98",
            s.font,
            8.5,
        )
        y += 10
        p.text(m, y, f"To: {op.name}", s.font, 8)
        y += 16
    elif lg == "de":
        p.text(m, y, "E.8 Inbetriebsetzungsprotokoll für Erzeugungsanlagen/Speicher", s.bold, 11)
        y += 13
        p.text(m, y, f"am Niederspannungsnetz (VDE-AR-N 4105) - {op.name}", s.font, 8)
        y += 18
    else:
        p.text(m, y, "Enedis", s.bold, 16)
        p.text(w - m, y, "Demande de mise en service", s.bold, 11, "right")
        y += 14
        p.text(w - m, y, "Installation de production ≤ 36 kVA raccordée en BT", s.font, 8, "right")
        y += 18
    sections = [
        (
            tr(
                lg,
                "1. Site and customer",
                "1. Anlagenanschrift / Anlagenbetreiber",
                "1. Site et producteur",
            ),
            [
                (tr(lg, "Customer name", "Anlagenbetreiber", "Titulaire"), c.name),
                (
                    tr(lg, "Telephone", "Telefon", "Téléphone"),
                    serial(
                        rng,
                        "07999 999999"
                        if lg == "en"
                        else "0199 999999"
                        if lg == "de"
                        else "06 99 99 99 99",
                    ),
                ),
                (tr(lg, "Address", "Straße, Hausnummer", "Adresse"), c.street),
                (tr(lg, "Postcode / town", "PLZ, Ort", "Code postal, commune"), c.town),
                (tr(lg, "MPAN (import)", "Zählpunkt", "N° PRM"), c.meter),
                (
                    tr(lg, "Operator reference", "Vorgangsnummer NB", "N° de demande"),
                    serial(rng, "AA9999999" if lg != "fr" else "DC99999999"),
                ),
            ],
        ),
        (
            tr(lg, "2. Installer", "2. Anlagenerrichter", "2. Installateur"),
            [
                (tr(lg, "Company", "Firma", "Entreprise"), h.name),
                (
                    tr(lg, "Accreditation", "Installateurverzeichnis Nr.", "Qualification"),
                    serial(
                        keyed(who, "acc"),
                        "MCS NAP-99999"
                        if lg == "en"
                        else "E-999-999"
                        if lg == "de"
                        else "QualiPV 99999",
                    ),
                ),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), inst),
            ],
        ),
        (
            tr(lg, "3. Generating units", "3. Anlagendaten", "3. Caractéristiques"),
            [
                (
                    tr(lg, "Energy source", "Energieträger", "Énergie"),
                    tr(lg, "Solar PV", "Solare Strahlungsenergie", "Photovoltaïque"),
                ),
                (
                    tr(
                        lg,
                        "Manufacturer / model",
                        "Wechselrichter Hersteller / Typ",
                        "Onduleur (marque / modèle)",
                    ),
                    inv,
                ),
                (
                    tr(
                        lg,
                        "Registered capacity (kW)",
                        "Scheinleistung (kVA)",
                        "Puissance onduleur (kVA)",
                    ),
                    qty(kw, lg, 2),
                ),
                (
                    tr(lg, "PV array (kWp)", "Modulleistung (kWp)", "Puissance crête (kWc)"),
                    qty(c.kwp, lg, 2),
                ),
                (
                    tr(lg, "Storage (kWh)", "Speicher (kWh)", "Stockage (kWh)"),
                    "-" if c.battery < 0 else qty(BATTERIES[c.battery][1], lg, 1),
                ),
                (
                    tr(
                        lg,
                        "Date of commissioning",
                        "Inbetriebsetzung am",
                        "Date de fin des travaux",
                    ),
                    short(d, lg),
                ),
            ],
        ),
    ]
    for title, items in sections:
        y = band(p, s, y, title) + 4
        y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=24)
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "4. Settings and tests",
                "4. Einstellungen und Prüfungen",
                "4. Réglages et contrôles",
            ),
        )
        + 12
    )
    opts = {
        "en": [
            "Single phase",
            "Three phase",
            "Export limited",
            "G100 scheme fitted",
            "Type tested",
        ],
        "de": [
            "NA-Schutz integriert",
            "Zentraler NA-Schutz",
            "cos φ(P)",
            "Wirkleistungsbegr. 60 %",
            "Steuerbox § 14a",
            "Prüfung bestanden",
        ],
        "fr": [
            "Monophasé",
            "Triphasé",
            "Autoconsommation avec vente du surplus",
            "Vente totale",
            "Attestation Consuel visée",
        ],
    }[lg]
    y = ticks(p, s, m, y, w - 2 * m, opts, set(rng.sample(range(len(opts)), rng.randint(2, 4))))
    y += 6
    decl = tr(
        lg,
        "I confirm that the micro-generator installation has been installed and commissioned in "
        "accordance with EREC G98 and the manufacturer's instructions.",
        "Die Erzeugungsanlage wurde nach VDE-AR-N 4105 und den TAB des Netzbetreibers errichtet "
        "und in Betrieb gesetzt. Der Anlagenbetreiber wurde eingewiesen.",
        "Je certifie que l'installation a été réalisée conformément à la norme NF C 15-100 et au "
        "guide UTE C 15-712-1, et demande sa mise en service.",
    )
    for ln in wrap(decl, s.font, 8, w - 2 * m):
        p.text(m, y, ln, s.font, 8)
        y += 10.5
    y += 8
    half = (w - 2 * m - 10) / 2
    y = min(y, hh - 110)
    sign_box(
        p,
        s,
        m,
        y,
        half,
        tr(
            lg,
            "Installer signature / date",
            "Anlagenerrichter (Unterschrift, Datum)",
            "L'installateur (date, signature, cachet)",
        ),
        inst,
        short(d, lg),
    )
    if lg != "en":
        sign_box(
            p,
            s,
            m + half + 10,
            y,
            half,
            tr(lg, "", "Anlagenbetreiber (Unterschrift, Datum)", "Le producteur"),
            c.name,
            short(d, lg),
        )
    if lg == "fr" and rng.random() < 0.6:
        stamp(p, m + 20, y + 52, [h.name[:26], h.town, h.phone or "SIRET"])
    p.text(
        w - m,
        hh - 22,
        tr(lg, "G98 Form B - issue 1", "VDE-AR-N 4105 E.8", "Enedis-FOR-RAC_35E"),
        s.font,
        6.5,
        "right",
    )
    pages = [p]
    if rng.random() < 0.35:
        pages.append(inverter_certificate_copy(rng, c))
    remember(c, d)
    return pages


def tpl_registration_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The confirmation after a notification: the operator's letter recording the
    micro-generation against the meter point, a Marktstammdatenregister
    Registrierungsbestätigung printed from the web, or EDF OA's conditions particulières of
    the purchase contract with the signature page."""
    lg = home()
    c = cust_for(rng, ("dno_notification",))
    d = last_day(rng, ("dno_notification",), (5, 30))
    if lg == "de" and keyed(who, "mastr").random() < 0.6:
        return mastr_print(rng, c, d)
    if lg == "fr":
        return oa_contract(rng, who, c, d)
    h = head_of(who, "operator")
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    ref = serial(rng, "AA9999999")
    f = sheets(s, h, f"{h.name} - {ref}")
    to = office_lines() if rng.random() < 0.6 else c.lines()
    recipient(f, s, h, to, d, [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), ref)])
    caption(
        f,
        s,
        tr(
            lg,
            "Confirmation of micro-generation notification",
            "Inbetriebnahme Ihrer Erzeugungsanlage - Bestätigung",
            "",
        ),
        1.5,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your notification received on "
            f"{day(h, d - timedelta(days=rng.randint(3, 20)))}. "
            ""
            ""
            "We have recorded the generation below against the meter point. No further action is "
            "needed; please keep this letter with the installation documents.",
            "vielen Dank für Ihre Fertigmeldung vom "
            f"{day(h, d - timedelta(days=rng.randint(3, 20)))}. "
            ""
            ""
            "Die nachstehende Anlage ist in unseren Unterlagen erfasst. Der Zählerwechsel auf "
            "einen "
            ""
            "Zweirichtungszähler ist beauftragt.",
        ),
    )
    rows = [
        [tr(lg, "Site", "Anlagenanschrift"), f"{c.street}, {c.town}"],
        [tr(lg, "MPAN", "Zählpunkt"), c.meter],
        [tr(lg, "Technology", "Energieträger"), tr(lg, "Solar PV", "Solar")],
        [
            tr(lg, "Registered capacity", "Scheinleistung"),
            f"{qty(INVERTERS[c.inverter][1], lg, 2)} kW",
        ],
        [
            tr(lg, "Storage", "Speicher"),
            "-" if c.battery < 0 else f"{qty(BATTERIES[c.battery][1], lg, 1)} kWh",
        ],
        [
            tr(lg, "Date commissioned", "Inbetriebnahme"),
            short(d - timedelta(days=rng.randint(5, 25)), lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(1.3, "left"), (3, "left")]),
        [tr(lg, "Item", "Angabe"), tr(lg, "Recorded", "Erfasst")],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    write(f, s, prose(rng, lg, "solar", 1, 2), s.size - 1)
    regards(
        f, s, lg, staff(h, "conn"), tr(lg, "Connections Team", "Netzanschluss Erzeugungsanlagen")
    )
    remember(c, d)
    return close(f.pages, s, h)


def mastr_print(rng: random.Random, c: Customer, d: date) -> list[Page]:
    """A Registrierungsbestätigung of the Marktstammdatenregister as the browser prints it."""
    size = A4
    w, hh = size
    m = 40.0
    p = Page(size)
    p.text(m, 22, f"{short(d, 'de')}, {rng.randint(8, 17)}:{rng.randint(10, 59)}", "Helvetica", 6.5)
    p.text(
        w - m, 22, "Marktstammdatenregister - Registrierungsbestätigung", "Helvetica", 6.5, "right"
    )
    p.rect(m, 40, 28, 28, fill=0.3)
    p.text(m + 36, 52, "Bundesnetzagentur", "Helvetica-Bold", 12)
    p.text(m + 36, 64, "Marktstammdatenregister", "Helvetica", 9)
    y = 100.0
    p.text(m, y, "Registrierungsbestätigung", "Helvetica-Bold", 15)
    y += 18
    p.text(
        m,
        y,
        f"Die folgenden Daten wurden am {short(d, 'de')} im Marktstammdatenregister registriert.",
        "Helvetica",
        8.5,
    )
    y += 26
    units = [
        (
            "Solare Strahlungsenergie",
            "SEE9" + serial(rng, "99999999999"),
            f"{qty(c.kwp, 'de', 3)} kWp",
        )
    ]
    if c.battery >= 0:
        units.append(
            (
                "Stromspeicher",
                "SSE9" + serial(rng, "99999999999"),
                f"{qty(BATTERIES[c.battery][1], 'de', 1)} kWh",
            )
        )
    for lab, val in [
        ("Anlagenbetreiber", c.name),
        ("MaStR-Nr. des Anlagenbetreibers", "ABR9" + serial(rng, "99999999999")),
        ("Standort", f"{c.street}, {c.town}"),
        ("Netzbetreiber", OPERATORS["de"][row_no()][0]),
        ("Netzbetreiberprüfung", rng.choice(["ausstehend", "in Prüfung", "geprüft"])),
    ]:
        p.text(m, y, lab, "Helvetica", 8.5)
        p.text(m + 180, y, fit(val, "Helvetica-Bold", 8.5, w - 2 * m - 180), "Helvetica-Bold", 8.5)
        y += 15
    y += 14
    for lab, no, cap in units:
        p.rect(m, y - 11, w - 2 * m, 16, fill=0.88)
        p.text(m + 4, y, lab, "Helvetica-Bold", 9)
        y += 18
        for k, v in [
            ("MaStR-Nr. der Einheit", no),
            ("Bruttoleistung / Kapazität", cap),
            ("Inbetriebnahmedatum", short(d - timedelta(days=rng.randint(3, 25)), "de")),
            ("Volleinspeisung / Teileinspeisung", "Teileinspeisung (Eigenverbrauch)"),
            ("Hersteller Wechselrichter", INVERTERS[c.inverter][0]),
        ]:
            p.text(m + 10, y, k, "Helvetica", 8.5)
            p.text(m + 200, y, fit(v, "Helvetica", 8.5, w - 2 * m - 200), "Helvetica", 8.5)
            y += 14
        y += 12
    p.text(
        m,
        hh - 36,
        "https://www.marktstammdatenregister.de/MaStR/Einheit/Detail/Registrierungsbestaetigung",
        "Helvetica",
        6,
    )
    p.text(w - m, hh - 36, "1/1", "Helvetica", 6, "right")
    remember(c, d)
    return [p]


def oa_contract(rng: random.Random, who: Issuer, c: Customer, d: date) -> list[Page]:
    """EDF OA's conditions particulières of a purchase contract for the surplus, two pages."""
    h = head_of(who, "payer")
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    no = "BOA" + serial(rng, "9999999")
    f = sheets(s, h, f"Contrat d'achat n° {no} - Conditions particulières")
    f.page.text(w - m, f.y, f"Contrat n° {no}", s.bold, 9, "right")
    f.y += 18
    caption(f, s, "CONTRAT D'ACHAT DE L'ÉNERGIE ÉLECTRIQUE PRODUITE", 1)
    write(
        f,
        s,
        "par les installations d'une puissance crête installée inférieure ou égale à 500 kWc "
        "implantées "
        "sur bâtiment utilisant l'énergie solaire photovoltaïque (arrêté du 6 octobre 2021, modèle "
        "S21)",
        7.5,
    )
    f.y += 4
    f.y = band(f.page, s, f.y, "CONDITIONS PARTICULIÈRES") + 6
    kwc = c.kwp
    tarif = rng.choice([0.04, 0.0761, 0.1276, 0.1301]) if kwc <= 9 else rng.choice([0.0761, 0.0781])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Producteur", mx(c, "fr")),
            ("Adresse de l'installation", f"{c.street}, {c.town}"),
            ("N° PRM (point de livraison)", c.meter),
            ("Puissance crête installée", f"{qty(kwc, 'fr', 2)} kWc"),
            ("Type de vente", "Vente en surplus"),
            ("Tarif d'achat (T)", f"{qty(tarif, 'fr', 4)} €/kWh"),
            ("Date de prise d'effet", short(d, "fr")),
            ("Durée", "20 ans"),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    for k in range(rng.randint(3, 5)):
        f.heading(
            m,
            f"Article {k + 1} - "
            + rng.choice(
                ["Objet", "Facturation", "Paiement", "Comptage", "Révision", "Résiliation"]
            ),
            s.bold,
            8.5,
        )
        write(f, s, prose(rng, "fr", "legal", 2, 4), 7.5)
    f.new_page()
    f.heading(m, "Signatures", s.bold, 10)
    write(
        f,
        s,
        "Fait en deux exemplaires. Le producteur déclare avoir pris connaissance des conditions "
        "générales "
        "du contrat S21 et les accepter.",
        8,
    )
    f.y += 20
    half = (w - 2 * m - 10) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y,
        half,
        "Pour le producteur (date, « lu et approuvé »)",
        c.name if rng.random() < 0.5 else "",
        "",
    )
    sign_box(
        f.page,
        s,
        m + half + 10,
        f.y,
        half,
        "Pour EDF, le responsable OA",
        staff(h, "oa"),
        short(d, "fr"),
    )
    remember(c, d)
    return close(f.pages, s, h, numbers="Page {i}/{n}")


def tpl_handover(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's handover and acceptance certificate (Abnahmeprotokoll, procès-verbal
    de réception): the system handed over, the meter readings, the customer's acceptance with
    or without reservations, both signatures; often a second page with the handover checklist
    of what the customer was given and shown."""
    h = office_head()
    lg = h.lang
    c = cust_for(rng, ("signed_order", "finance_agreement", "satisfaction_note"))
    d = some_day(rng) + timedelta(days=rng.randint(10, 30))
    a5 = rng.random() < 0.2
    s = style_of(h, A5 if a5 else A4, margin=34 if a5 else 0, pt=8 if a5 else 9)
    w, hh = s.page_size
    m = s.margin
    title = tr(
        lg, "Handover Certificate", "Abnahmeprotokoll", "Procès-verbal de réception des travaux"
    )
    f = sheets(s, h, f"{title} - {c.job}")
    caption(f, s, title, 3 if not a5 else 1)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Customer", "Auftraggeber", "Maître d'ouvrage"), c.name),
            (tr(lg, "Site", "Anlagenstandort", "Adresse du chantier"), f"{c.street}, {c.town}"),
            (tr(lg, "Order", "Auftrag", "Commande"), c.job),
            (tr(lg, "Completed on", "Fertigstellung", "Fin des travaux"), day(h, d)),
        ],
        w - m,
        s.size - 0.5,
    )
    f.y += 6
    f.y = (
        band(f.page, s, f.y, tr(lg, "Installed", "Installierte Anlage", "Installation réalisée"))
        + 4
    )
    items = [
        (tr(lg, "Modules", "Module", "Modules"), f"{c.n_mod} x {MODULES[c.module][0]}"),
        (
            tr(lg, "Inverter / serial", "Wechselrichter / Seriennr.", "Onduleur / n° série"),
            f"{INVERTERS[c.inverter][0]} / {serial(rng, 'AA99A9999999')}",
        ),
        (
            tr(lg, "Battery / serial", "Speicher / Seriennr.", "Batterie / n° série"),
            "-" if c.battery < 0 else f"{BATTERIES[c.battery][0]} / {serial(rng, '999999AA9999')}",
        ),
        (
            tr(lg, "Generation meter reading", "Zählerstand Erzeugung", "Index production"),
            f"{rng.randint(0, 45)} kWh",
        ),
    ]
    f.y = fields(f.page, s, m, f.y, w - 2 * m, items, per=1 if a5 else 2, tall=24)
    f.need(120)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "The customer accepts the works",
            "Der Auftraggeber nimmt die Leistung ab",
            "Le maître d'ouvrage déclare",
        ),
        s.bold,
        s.size,
    )
    f.y += 14
    res = rng.random() < 0.3
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "without reservations", "ohne Vorbehalt", "accepter la réception sans réserve"),
            tr(
                lg,
                "with the reservations below",
                "mit folgenden Vorbehalten / Mängeln",
                "accepter avec les réserves ci-dessous",
            ),
        ],
        {1 if res else 0},
    )
    for k in range(3):
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        if res and k < 2:
            hand(f.page, m + 4, f.y, words(rng, lg, "solar", rng.randint(4, 8)), 8.5, w - 2 * m - 8)
        f.y += 16
    f.y += 10
    f.need(70)
    half = (w - 2 * m - 10) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y,
        half,
        tr(lg, "Customer", "Auftraggeber", "Le maître d'ouvrage"),
        c.name,
        short(d, lg),
    )
    sign_box(
        f.page,
        s,
        m + half + 10,
        f.y,
        half,
        tr(lg, "Installer", "Auftragnehmer", "L'entreprise"),
        staff(h, rng.choice(["lead1", "lead2"])),
        short(d, lg),
    )
    f.y += 56
    pages = list(f.pages)
    if rng.random() < 0.55:
        q = Page(s.page_size)
        y = running_header(q, s, f"{title} - {c.job} - {c.name}") + 6
        q.text(
            m,
            y,
            tr(lg, "Handover checklist", "Übergabe-Checkliste", "Liste de remise du dossier"),
            s.bold,
            11,
        )
        y += 20
        checks = {
            "en": [
                "MCS certificate issued",
                "Electrical installation certificate",
                "G98 notification sent",
                "Warranty registration done",
                "Monitoring app set up",
                "Isolation procedure shown",
                "Battery settings explained",
                "Performance estimate",
                "Maintenance advice",
                "Manuals left with customer",
                "Roof / loft left tidy",
                "Scaffold removal booked",
            ],
            "de": [
                "Fertigmeldung an Netzbetreiber",
                "MaStR-Registrierung erledigt",
                "Prüfprotokoll DIN VDE 0100-712",
                "Herstellergarantie registriert",
                "Monitoring eingerichtet",
                "Freischaltung erklärt",
                "Speichereinstellungen erklärt",
                "Anlagenpass übergeben",
                "Bedienungsanleitungen übergeben",
                "Baustelle gereinigt",
                "Gerüstabbau beauftragt",
            ],
            "fr": [
                "Attestation Consuel remise",
                "Demande de mise en service Enedis",
                "Contrat OA en cours",
                "Garanties enregistrées",
                "Supervision configurée",
                "Coupure d'urgence expliquée",
                "Réglages batterie expliqués",
                "DOE remis au client",
                "Notices remises",
                "Chantier nettoyé",
                "Dépose échafaudage planifiée",
            ],
        }[lg]
        for t in checks:
            box(q, m, y, rng.random() < 0.85, 8)
            q.text(m + 14, y, t, s.font, s.size - 0.5)
            if rng.random() < 0.2:
                note = rng.choice([tr(lg, "to follow", "folgt", "à suivre"), "n/a", "ok"])
                hand(q, w * 0.62, y, note, 8)
            y += 16
            if y > hh - m - 60:
                break
        y += 12
        q.text(m, y, tr(lg, "Customer initials", "Kürzel Kunde", "Paraphe client"), s.font, 8)
        hand(q, m + 110, y, "".join(t[0] for t in c.name.split()), 11)
        pages.append(q)
    remember(c, d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates MMM: goods in (wholesaler, carrier, maker)
# ---------------------------------------------------------------------------------------------

STOCK = {
    "en": [
        ("Mounting rail 4.2 m, black anodised", 38.5),
        ("Roof hook, adjustable, stainless", 7.9),
        ("Slate hook / flashing kit", 11.4),
        ("End clamp 30-40 mm, black", 1.35),
        ("Mid clamp 30-40 mm, black", 1.2),
        ("Solar cable 6 mm2 black, 100 m drum", 96.0),
        ("Solar cable 6 mm2 red, 100 m drum", 96.0),
        ("MC4 connector pair", 2.1),
        ("DC isolator 2-string 1000 V", 48.0),
        ("AC isolator 4-pole 40 A", 21.5),
        ("Generation meter MID single phase", 26.0),
        ("Bird mesh kit 30 m", 64.0),
        ("SPD DC type 2", 39.0),
    ],
    "de": [
        ("Montageschiene 4,20 m schwarz eloxiert", 36.9),
        ("Dachhaken verstellbar Edelstahl", 7.4),
        ("Schieferhaken mit Blechziegel", 12.2),
        ("Endklemme 30-40 mm schwarz", 1.25),
        ("Mittelklemme 30-40 mm schwarz", 1.15),
        ("Solarkabel 6 mm² schwarz, 100 m Trommel", 92.0),
        ("Solarkabel 6 mm² rot, 100 m Trommel", 92.0),
        ("MC4-Steckverbinder Paar", 1.95),
        ("DC-Trennschalter 2 Strings 1000 V", 45.0),
        ("Überspannungsschutz DC Typ 2", 37.5),
        ("Zählerplatz-Erweiterung", 118.0),
        ("Potentialausgleich 16 mm² Ring", 29.0),
    ],
    "fr": [
        ("Rail de fixation 4,20 m noir", 37.8),
        ("Crochet de toit réglable inox", 7.6),
        ("Crochet ardoise + abergement", 11.9),
        ("Bride de fin 30-40 mm noire", 1.3),
        ("Bride intermédiaire 30-40 mm", 1.2),
        ("Câble solaire 6 mm² noir, touret 100 m", 94.0),
        ("Câble solaire 6 mm² rouge, touret 100 m", 94.0),
        ("Paire de connecteurs MC4", 2.0),
        ("Coffret DC 2 chaînes parafoudre", 119.0),
        ("Coffret AC 30 mA", 86.0),
        ("Compteur de production MID", 27.0),
        ("Grillage anti-nuisibles 30 m", 61.0),
    ],
}


def tpl_proforma(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's pro-forma invoice for a job's kit (modules by the pallet, inverter,
    battery, rails, hooks, clamps, cable), to be paid before dispatch, with the bank details
    box; long orders run over a page."""
    h = head_of(who, "wholesaler")
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    no = serial(rng, "PF-999999" if lg == "en" else "PRO-9999-99" if lg == "de" else "PF99999")
    title = tr(lg, "PRO FORMA INVOICE", "PROFORMA-RECHNUNG", "FACTURE PRO FORMA")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    f.page.text(w - m, f.y, title, s.bold, s.size + 5, "right")
    f.y += 18
    acct = serial(keyed(who, "acct"), "99999")
    below = window(
        f.page,
        s,
        h if h.look in ("plain", "band") else None,
        f.y,
        office_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
    )
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        f.y,
        [
            (tr(lg, "Pro forma no.", "Proforma-Nr.", "N° pro forma"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), acct),
            (tr(lg, "Your ref", "Ihre Kommission", "Votre réf."), f"{c.job} {c.last}"),
            (
                tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                short(d + timedelta(days=7), lg),
            ),
        ],
        w - m,
        8,
    )
    f.y = max(below, yy) + 10
    if rng.random() < 0.5:
        f.page.text(
            m,
            f.y,
            f"{tr(lg, 'Deliver to', 'Lieferanschrift', 'Livraison')}: {c.street}, {c.town}",
            s.font,
            8,
        )
        f.y += 14
    mod, watt, _ = MODULES[c.module]
    lines: list[tuple[str, float, float]] = [
        (
            f"{mod} ({watt} Wp)",
            c.n_mod + rng.choice([0, 0, 2]),
            round(watt * rng.uniform(0.16, 0.24), 2),
        )
    ]
    lines.append((INVERTERS[c.inverter][0], 1, rng.choice([690.0, 820.0, 1140.0, 1390.0])))
    if c.battery >= 0:
        lines.append(
            (BATTERIES[c.battery][0], 1, round(BATTERIES[c.battery][1] * rng.uniform(330, 420), 0))
        )
    for name, price in rng.sample(STOCK[lg], rng.randint(4, min(11, len(STOCK[lg])))):
        lines.append((name, rng.choice([1, 2, 4, 6, 10, 12, 20, 24, 40]), price))
    if rng.random() < 0.5:
        freight = tr(lg, "Delivery (pallet)", "Fracht Palette", "Transport palette")
        lines.append((freight, rng.choice([1, 2]), rng.choice([45.0, 65.0, 85.0])))
    rows = []
    net = 0.0
    for k, (name, q, pr) in enumerate(lines):
        v = round(q * pr, 2)
        net += v
        rows.append(
            [str(k + 1), serial(rng, "AA-99999"), name, qty(q, lg), money(pr, lg), money(v, lg)]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (1.1, "left"),
                (4, "left"),
                (0.6, "right"),
                (1, "right"),
                (1.1, "right"),
            ],
        ),
        [
            "#",
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "P.U. HT"),
            tr(lg, "Total", "GP", "Total HT"),
        ],
        rows,
        s,
        size=8,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    rate = vat_rate(lg) if lg != "de" or rng.random() < 0.5 else 0.0
    tax = round(net * rate / 100, 2)
    f.need(120)
    f.y += 4
    for k, (t, v) in enumerate(
        [
            (tr(lg, "Net", "Netto", "Total HT"), net),
            (tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax),
            (tr(lg, "Amount to pay", "Zu zahlen", "Net à payer"), net + tax),
        ]
    ):
        fnt = s.bold if k == 2 else s.font
        f.page.text(w * 0.58, f.y, t, fnt, 9)
        f.page.text(w - m, f.y, cash(v, lg), fnt, 9, "right")
        f.y += 13
    f.y += 10
    f.page.rect(m, f.y - 10, w - 2 * m, 44)
    r = keyed(who, "bank")
    bank = {
        "en": f"Sort code {r.randint(20, 40)}-{r.randint(10, 99)}-{r.randint(10, 99)}   "
        f"Account {r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]
    f.page.text(
        m + 6,
        f.y + 2,
        tr(
            lg,
            "Payment is required before dispatch. Please quote the pro forma number.",
            "Versand erfolgt nach Zahlungseingang. Bitte Proforma-Nr. angeben.",
            "Expédition après réception du règlement. Merci de rappeler le n° de pro forma.",
        ),
        s.bold,
        8,
    )
    f.page.text(m + 6, f.y + 16, bank, s.font, 8)
    f.page.text(
        m + 6,
        f.y + 28,
        tr(
            lg,
            "This is not a VAT invoice.",
            "Dies ist keine Rechnung im Sinne des UStG.",
            "Ce document ne vaut pas facture.",
        ),
        s.font,
        7,
    )
    f.y += 44
    received(rng, f.pages[0], d)
    remember(c, d, (h.name, no))
    return close(f.pages, s, h)


def tpl_pallet_pod(rng: random.Random, who: Issuer) -> list[Page]:
    """A pallet carrier's delivery note, signed on receipt: consignment barcode, sender,
    consignee, pallets and weight, the driver, the receiver's signature, time and a damage
    tick; on A5 (either way round) or a narrow handheld slip."""
    h = head_of(who, "carrier")
    lg = h.lang
    ex = LAST["extra"]
    c = cust_for(rng, ("proforma",))
    d = last_day(rng, ("proforma",), (1, 6))
    sender = (
        ex[0]
        if after(("proforma",)) and isinstance(ex, tuple)
        else rng.choice(SENDERS["wholesaler"][lg])[0]
    )
    if keyed(who, "shape").random() < 0.35:
        size = (rng.choice([100, 104]) * MM, rng.choice([150, 160, 180]) * MM)
    else:
        size = A5L if keyed(who, "orient").random() < 0.5 else A5
    w, hh = size
    m = 16.0 if w < 330 else 28.0
    font, bold = ("Courier", "Courier-Bold") if w < 330 else (h.font, h.bold)
    p = Page(size)
    y = 26.0
    p.text(m, y, fit(h.name, bold, 10, w - 2 * m), bold, 10)
    y += 12
    p.text(m, y, fit(f"{h.street}, {h.town}", font, 6.5, w - 2 * m), font, 6.5)
    y += 16
    title = tr(
        lg,
        "DELIVERY NOTE / POD",
        "LIEFERSCHEIN / ABLIEFERBELEG",
        "LETTRE DE VOITURE / BON DE LIVRAISON",
    )
    p.text(m, y, fit(title, bold, 9, w - 2 * m), bold, 9)
    y += 10
    cons = serial(rng, "9999999999")
    bw = min(180.0, w - 2 * m)
    if w >= 330:
        p.barcode("code128", cons, w - m - 200, 30)
        y = max(y, 20.0)
    else:
        p.text(m, y + 8, "|| ||| | || |||| | ||| || | |||", "Courier-Bold", 11)
        y += 22
    items = [
        (tr(lg, "Consignment", "Sendung", "Récépissé"), cons),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Sender", "Versender", "Expéditeur"), sender),
        (
            tr(lg, "Consignee", "Empfänger", "Destinataire"),
            office_head().name if rng.random() < 0.5 else c.name,
        ),
        (
            tr(lg, "Delivery address", "Lieferadresse", "Adresse de livraison"),
            f"{c.street}, {c.town}" if rng.random() < 0.6 else office_head().town,
        ),
        (tr(lg, "Customer ref", "Referenz", "Réf. client"), c.job),
    ]
    if w >= 330:
        y += 60 if y < 100 else 10
        y = pairs(p, style_of(h, size, margin=m, pt=8.5), m, y, items, m + bw + 120, 8)
    else:
        for cap, val in items:
            p.text(m, y, fit(f"{cap}: {val}", font, 7, w - 2 * m), font, 7)
            y += 10
    y += 8
    n_pal = rng.choice([1, 1, 1, 2, 3])
    kg = n_pal * rng.randint(380, 720)
    pal = rng.choice(["FULL", "HALF", "EUR", "QTR"])
    pal_line = f"{n_pal} x {tr(lg, 'pallet', 'Palette', 'palette')} {pal}  {kg} kg"
    p.text(m, y, fit(pal_line, bold, 9, w - 2 * m), bold, 9)
    y += 16
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Received in good order, unchecked",
                "Ware vollständig / ungeprüft erhalten",
                "Reçu sans réserve / sous réserve de déballage",
            ),
            font,
            7.5,
            w - 2 * m,
        ),
        font,
        7.5,
    )
    y += 12
    damage = rng.random() < 0.12
    sy = ticks(
        p,
        style_of(h, size, margin=m, pt=7.5),
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "No damage", "Keine Schäden", "Pas de dommage"),
            tr(lg, "Damaged - see note", "Beschädigt - s. Vermerk", "Avarie - voir réserve"),
        ],
        {1 if damage else 0},
        pt=7.5,
    )
    y = sy + 4
    if damage:
        hand(
            p,
            m,
            y + 4,
            tr(
                lg,
                "1 corner crushed, film torn",
                "Ecke eingedrückt, Folie offen",
                "coin écrasé, film déchiré",
            ),
            8.5,
            w - 2 * m,
        )
        y += 18
    recv = f"{rng.choice(FIRSTS[lg])[0]}. {rng.choice(LASTS[lg])}"
    p.text(m, y + 6, tr(lg, "Signature", "Unterschrift", "Signature"), font, 7)
    scrawl(p, m + 60, y + 12, recv, 11)
    y += 26
    p.text(m, y, fit(f"{tr(lg, 'Print name', 'Name', 'Nom')}: ", font, 7, w), font, 7)
    hand(p, m + 56, y, recv.upper(), 8.5)
    y += 12
    p.text(m, y, f"{tr(lg, 'Time', 'Uhrzeit', 'Heure')}: ", font, 7)
    hand(p, m + 56, y, f"{rng.randint(7, 16)}:{rng.randint(0, 59):02d}", 8.5)
    p.text(
        w - m,
        hh - 14,
        fit(
            f"{tr(lg, 'Driver', 'Fahrer', 'Chauffeur')} {rng.randint(100, 999)} / "
            + serial(rng, "AA99 AAA"),
            font,
            6.5,
            w - 2 * m,
        ),
        font,
        6.5,
        "right",
    )
    remember(c, d, (sender, cons, n_pal))
    return [p]


def tpl_flash_list(rng: random.Random, who: Issuer) -> list[Page]:
    """A module maker's flash test list: for each module on the pallets delivered, its serial
    number and the measured Pmax, Voc, Isc, Vmpp, Impp, fill factor and power class, on
    landscape pages under a header block."""
    c = cust_for(rng, ("pallet_pod", "proforma"))
    d = last_day(rng, ("pallet_pod", "proforma"), (0, 2))
    mk = MODULES[c.module][2]
    h = maker_of(who, "module", mk)
    lg = h.lang
    ex = LAST["extra"]
    n_pal = (
        ex[2]
        if after(("pallet_pod",)) and isinstance(ex, tuple) and len(ex) > 2
        else rng.choice([1, 2])
    )
    per = rng.choice([31, 36, 36])
    n = min(n_pal, 2) * per
    mod, watt, _ = MODULES[c.module]
    size = landscape(A4)
    s = style_of(h, size, margin=36, pt=7.5)
    w, hh = size
    m = s.margin
    po = serial(rng, "PO99999999")
    title = tr(
        lg, "FLASH TEST DATA / PACKING LIST", "FLASHLISTE / PACKLISTE", "LISTE DE FLASH / COLISAGE"
    )

    def start(p: Page, k: int) -> float:
        p.text(m, 30, fit(h.name, s.bold, 10, w * 0.5), s.bold, 10)
        p.text(w - m, 30, title, s.bold, 10, "right")
        p.line(m, 36, w - m, 36)
        if k > 1:
            p.text(m, 48, f"{mod}  -  PO {po}", s.font, 7.5)
            return 64.0
        y = 52.0
        for cap, val in [
            (
                tr(lg, "Product", "Produkt", "Produit"),
                f"{mod}  ({watt} Wp, {qty(watt * 0.0021, lg, 2)} m²)",
            ),
            (tr(lg, "Customer PO", "Bestellung", "Commande"), po),
            (
                tr(lg, "Pallets", "Paletten", "Palettes"),
                ", ".join(serial(rng, "P99999999") for _ in range(min(n_pal, 2))),
            ),
            (
                tr(lg, "Test conditions", "Messbedingungen", "Conditions"),
                "STC 1000 W/m², AM1.5, 25 °C",
            ),
        ]:
            p.text(m, y, cap, s.font, 7.5)
            p.text(m + 110, y, val, s.font, 7.5)
            y += 10
        return y + 10

    f = Sheets(size, hh - 36, start)
    base = serial(rng, "AA99999999")
    rows = []
    for k in range(n):
        pm = watt + rng.uniform(0.1, 4.9)
        voc = rng.uniform(37.8, 38.9) if watt < 420 else rng.uniform(39.0, 41.2)
        isc = rng.uniform(13.4, 14.1)
        vmp = voc * rng.uniform(0.82, 0.85)
        imp = pm / vmp
        rows.append(
            [
                str(k + 1),
                f"{base}{k + 1:04d}",
                f"P{k // per + 1}",
                qty(pm, lg, 2),
                qty(voc, lg, 2),
                qty(isc, lg, 2),
                qty(vmp, lg, 2),
                qty(imp, lg, 2),
                qty(pm / (voc * isc) * 100, lg, 1),
                f"+{rng.choice([0, 0, 5])}",
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [(0.5, "left"), (2.2, "left"), (0.6, "left")] + [(1, "right")] * 6 + [(0.7, "right")],
        ),
        [
            "#",
            tr(lg, "Serial no.", "Seriennummer", "N° de série"),
            tr(lg, "Pallet", "Palette", "Palette"),
            "Pmax (W)",
            "Voc (V)",
            "Isc (A)",
            "Vmpp (V)",
            "Impp (A)",
            "FF (%)",
            tr(lg, "Class", "Klasse", "Classe"),
        ],
        rows,
        s,
        size=7,
        shade=0.85,
        step=1.45,
    )
    number_pages(
        f.pages,
        s,
        "Page {i} of {n}" if lg == "en" else "Seite {i} von {n}" if lg == "de" else "{i}/{n}",
        "br",
        bottom=20,
    )
    remember(c, d)
    return f.pages


BULLETINS = {
    "en": [
        ("Firmware update required - battery management", "firmware"),
        ("Inspection of DC connectors on early production units", "connector"),
        ("Replacement of battery modules - field safety notice", "recall"),
    ],
    "de": [
        ("Firmware-Update erforderlich - Batteriemanagement", "firmware"),
        ("Prüfung der DC-Steckverbinder früher Baureihen", "connector"),
        ("Austausch von Batteriemodulen - Sicherheitsinformation", "recall"),
    ],
    "fr": [
        ("Mise à jour du micrologiciel - gestion batterie", "firmware"),
        ("Contrôle des connecteurs DC des premières séries", "connector"),
        ("Remplacement de modules batterie - avis de sécurité", "recall"),
    ],
}


def tpl_service_bulletin(rng: random.Random, who: Issuer) -> list[Page]:
    """An inverter or battery maker's technical service bulletin to its installers: the
    letter with the issue and what to do, the list of the installer's serial numbers
    concerned, and the acknowledgement form to return."""
    h = maker_of(who, "inverter")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    subject, kind = rng.choice(BULLETINS[lg])
    no = f"TSB-{d.year}-{rng.randint(3, 29):02d}"
    tag = tr(
        lg, "Technical Service Bulletin", "Technische Serviceinformation", "Bulletin technique"
    )
    f = sheets(s, h, f"{h.name} - {tag} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Technical manager", "Technische Leitung", "Responsable technique")),
        d,
        [(tag, no)],
    )
    caption(f, s, f"{tag} {no}: {subject}", 1)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Dear Installation Partner,",
            "Sehr geehrter Installationspartner,",
            "Cher partenaire installateur,",
        ),
        s.font,
        s.size,
    )
    f.y += s.size * 2
    write(f, s, prose(rng, lg, "solar", 2, 3))
    f.heading(
        m,
        tr(lg, "Products concerned", "Betroffene Produkte", "Produits concernés"),
        s.bold,
        s.size + 0.5,
    )
    mk = next(k for k, (row, _) in enumerate(MAKERS["inverter"]) if row[0] == h.name)
    prods = [x for x in INVERTERS + BATTERIES if x[2] == mk]
    for pr in prods:
        write(
            f,
            s,
            f"- {pr[0]}, {tr(lg, 'serial numbers', 'Seriennummern', 'numéros de série')} "
            f"{serial(rng, 'AA99')}xxxxx "
            f"- {serial(rng, 'AA99')}xxxxx",
            s.size - 0.5,
            indent=10,
        )
    f.heading(
        m,
        tr(lg, "Action required", "Erforderliche Maßnahmen", "Action requise"),
        s.bold,
        s.size + 0.5,
    )
    steps = {
        "firmware": tr(
            lg,
            "Update the units listed overleaf to firmware 3.2.14 or later via the installer portal "
            "before the end of the month.",
            "Aktualisieren Sie die umseitig aufgeführten Geräte bis Monatsende über das "
            "Installateurportal "
            "auf Firmware 3.2.14.",
            "Mettez à jour les appareils listés au verso en version 3.2.14 via le portail "
            "installateur "
            "avant la fin du mois.",
        ),
        "connector": tr(
            lg,
            "Inspect the DC connectors for discolouration at the next visit and record the result "
            "on "
            "the form attached.",
            "Prüfen Sie die DC-Steckverbinder beim nächsten Termin auf Verfärbungen und "
            "dokumentieren "
            "Sie das Ergebnis.",
            "Contrôlez les connecteurs DC lors de la prochaine visite et consignez le résultat sur "
            "le formulaire.",
        ),
        "recall": tr(
            lg,
            "Switch the battery to standby, inform the customer and book the replacement through "
            "our "
            "service line.",
            "Schalten Sie den Speicher in den Standby, informieren Sie den Betreiber und "
            "vereinbaren "
            "Sie den Austausch.",
            "Mettez la batterie en veille, informez le client et planifiez le remplacement avec "
            "notre "
            "service.",
        ),
    }[kind]
    write(f, s, steps)
    write(f, s, prose(rng, lg, "solar", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "svc"),
        tr(lg, "Technical Service", "Technischer Service", "Service technique"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.7:
        q = Sheets(A4, hh - 50, lambda p, n: running_header(p, s, f"{h.name} - {no}") + 8)
        q.page.text(
            m,
            q.y,
            tr(
                lg,
                f"Units registered to {office_head().name}",
                f"Bei {office_head().name} registrierte Geräte",
                f"Appareils enregistrés par {office_head().name}",
            ),
            s.bold,
            10,
        )
        q.y += 18
        rows = []
        for _ in range(rng.randint(3, 26)):
            cu = a_customer(rng)
            rows.append(
                [
                    serial(rng, "AA99A9999999"),
                    rng.choice(prods)[0],
                    cu.town,
                    short(d - timedelta(days=rng.randint(60, 700)), lg),
                    rng.choice(["3.1.9", "3.2.02", "3.0.44"]),
                ]
            )
        table(
            q,
            columns(
                m, w - m, [(1.6, "left"), (1.6, "left"), (1.8, "left"), (1, "left"), (0.8, "left")]
            ),
            [
                tr(lg, "Serial no.", "Seriennr.", "N° série"),
                tr(lg, "Product", "Produkt", "Produit"),
                tr(lg, "Site", "Standort", "Site"),
                tr(lg, "Registered", "Registriert", "Enregistré"),
                "FW",
            ],
            rows,
            s,
            size=8,
            rules=True,
        )
        pages += q.pages
    if rng.random() < 0.6:
        r = Page(A4)
        y = 50.0
        r.text(
            m,
            y,
            tr(lg, "ACKNOWLEDGEMENT FORM", "RÜCKMELDEFORMULAR", "ACCUSÉ DE RÉCEPTION"),
            s.bold,
            13,
        )
        y += 14
        tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lg]
        back = tr(lg, "return to", "zurück an", "à retourner à")
        r.text(m, y, f"{tag} {no} - {back} service@{h.name.split()[0].lower()}.{tld}", s.font, 8)
        y += 26
        y = fields(
            r,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Installer", "Installateur", "Installateur"), office_head().name),
                (
                    tr(lg, "Installer ID", "Partner-Nr.", "N° partenaire"),
                    serial(keyed(who, "pid"), "99999"),
                ),
                (tr(lg, "Name", "Name", "Nom"), staff(office_head(), "owner")),
                (
                    tr(lg, "Date", "Datum", "Date"),
                    short(d + timedelta(days=rng.randint(3, 15)), lg),
                ),
            ],
            per=2,
            tall=26,
        )
        y = ticks(
            r,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Bulletin received and understood",
                    "Information erhalten und verstanden",
                    "Bulletin reçu et compris",
                ),
                tr(
                    lg,
                    "All units updated / inspected",
                    "Alle Geräte aktualisiert / geprüft",
                    "Tous les appareils traités",
                ),
                tr(
                    lg,
                    "Units outstanding (list)",
                    "Offene Geräte (Liste)",
                    "Appareils restants (liste)",
                ),
            ],
            {0} | ({1} if rng.random() < 0.5 else {2}),
        )
        y += 30
        sign_box(
            r,
            s,
            m,
            y,
            (w - 2 * m) / 2,
            tr(lg, "Signature, company stamp", "Unterschrift, Firmenstempel", "Signature, cachet"),
            "",
            "",
        )
        r.text(w / 2, hh - 40, f"{h.name} - {h.street} - {h.town}", s.font, 6.5, "center")
        pages.append(r)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates MMM: the scheme, payments on the customers' behalf, the lender
# ---------------------------------------------------------------------------------------------

AUDIT_POINTS = {
    "en": [
        ("MIS 3002 4.1", "Design and survey records on file"),
        ("MIS 3002 4.3", "Shade factor calculated and disclosed"),
        ("MIS 3002 5.2", "Roof structure assessed before installation"),
        ("MIS 3002 6.1", "DC cabling routed and protected"),
        ("MIS 3002 6.4", "Labelling of isolators and consumer unit"),
        ("MIS 3012 3", "Battery location and ventilation"),
        ("MCS 001 7", "Complaints log maintained"),
        ("MCS 001 9", "Competence records of installers"),
        ("CP 2.1", "Consumer code: contract and deposit protection"),
        ("BS 7671 712", "Electrical installation certificate issued"),
    ],
    "de": [
        ("RAL-GZ 966 A1", "Planungsunterlagen und Ertragsprognose vorhanden"),
        ("RAL-GZ 966 A2", "Statische Prüfung der Dachkonstruktion"),
        ("RAL-GZ 966 B1", "Befestigung nach Herstellerangaben"),
        ("VDE 0100-712", "Leitungsführung DC, Schutz gegen Beschädigung"),
        ("VDE 0100-712", "Kennzeichnung und Freischaltstellen"),
        ("VDE-AR-E 2510-2", "Aufstellort Batteriespeicher"),
        ("VDE-AR-N 4105", "Inbetriebsetzungsprotokoll vollständig"),
        ("RAL-GZ 966 C3", "Dokumentation an Betreiber übergeben"),
        ("DGUV V3", "Prüfung der Messgeräte"),
        ("RAL-GZ 966 D1", "Reklamationsmanagement"),
    ],
    "fr": [
        ("QualiPV 1.1", "Dossier de conception et étude de production"),
        ("QualiPV 1.3", "Vérification de la charpente"),
        ("UTE C15-712 7", "Cheminement des câbles DC"),
        ("UTE C15-712 9", "Signalétique et étiquetage"),
        ("UTE C15-712 12", "Protection contre les surtensions"),
        ("QualiPV 2.4", "Étanchéité et intégration au bâti"),
        ("QualiPV 3.1", "Attestation Consuel"),
        ("QualiPV 3.2", "Dossier des ouvrages exécutés remis"),
        ("NF C 15-100", "Coffret AC et protection différentielle"),
        ("Qualit'EnR 5", "Traitement des réclamations"),
    ],
}


def tpl_scheme_audit(rng: random.Random, who: Issuer) -> list[Page]:
    """An installer scheme's audit report (MCS surveillance assessment, RAL Gütezeichen
    audit, audit QualiPV): now and then a covering letter, then the audit data, the checklist
    with the result per clause, the non-conformities with their categories and due dates, the
    outcome signed by the auditor, and the corrective action form to return."""
    h = head_of(who, "scheme")
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    auditor = staff(h, "auditor")
    ref = serial(rng, "AR-99999")
    title = tr(
        lg,
        "Surveillance Assessment Report",
        "Auditbericht Gütezeichen Solar",
        "Rapport d'audit de réalisation QualiPV",
    )
    pages: list[Page] = []
    cover = rng.random() < 0.45
    if cover:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            office_lines(
                tr(lg, "Nominated technical person", "Geschäftsführung", "Référent technique")
            ),
            d + timedelta(days=rng.randint(2, 10)),
            [(tr(lg, "Report", "Bericht", "Rapport"), ref)],
        )
        caption(f0, s, title, 1)
        f0.page.text(m, f0.y, dear(lg, None), s.font, s.size)
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                "Please find enclosed the report of your recent assessment. Any non-conformities "
                "must "
                "be closed within 28 days using the corrective action form.",
                "anbei erhalten Sie den Bericht über das Audit. Abweichungen sind innerhalb von "
                "vier "
                "Wochen mit dem beigefügten Formular zu beheben.",
                "Veuillez trouver ci-joint le rapport de l'audit réalisé. Les écarts doivent être "
                "levés "
                "sous un mois à l'aide du formulaire joint.",
            ),
        )
        write(f0, s, prose(rng, lg, "legal", 1, 2))
        regards(
            f0,
            s,
            lg,
            staff(h, "cert"),
            tr(lg, "Certification Manager", "Zertifizierungsstelle", "Responsable qualification"),
        )
        pages += close(f0.pages, s, h, numbers="none")
    f = sheets(s, h, f"{title} - {ref}")
    caption(f, s, title, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Company", "Betrieb", "Entreprise"), office_head().name),
            (
                tr(lg, "Certificate no.", "Zeichennehmer-Nr.", "N° de qualification"),
                serial(keyed(who, "cert"), "AA-99999"),
            ),
            (
                tr(lg, "Scope", "Geltungsbereich", "Domaine"),
                tr(
                    lg,
                    "Solar PV, battery storage",
                    "PV-Anlagen, Speicher",
                    "Photovoltaïque ≤ 36 kVA",
                ),
            ),
            (
                tr(lg, "Assessment type", "Auditart", "Type d'audit"),
                rng.choice(
                    [
                        tr(lg, "Annual surveillance", "Überwachungsaudit", "Audit de réalisation"),
                        tr(lg, "Site witness", "Baustellenaudit", "Audit sur chantier"),
                    ]
                ),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Assessor", "Auditor", "Auditeur"), auditor),
            (
                tr(lg, "Installation visited", "Besichtigte Anlage", "Installation visitée"),
                f"{c.street}, {c.town}",
            ),
            (
                tr(lg, "System", "Anlage", "Installation"),
                f"{qty(c.kwp, lg, 2)} kWp, {INVERTERS[c.inverter][0]}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    res_names = ["C", "C", "C", "C", "NC", "OBS", "N/A"]
    points = AUDIT_POINTS[lg][:]
    rng.shuffle(points)
    points = points[: rng.randint(7, 10)]
    results = [rng.choice(res_names) for _ in points]
    table(
        f,
        columns(m, w - m, [(1.3, "left"), (4, "left"), (0.6, "center"), (2.2, "left")]),
        [
            tr(lg, "Clause", "Anforderung", "Référence"),
            tr(lg, "Requirement", "Prüfpunkt", "Point de contrôle"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Evidence / comment", "Nachweis / Bemerkung", "Constat"),
        ],
        [
            [p[0], p[1], r_, words(rng, lg, "solar", rng.randint(3, 5)) if r_ != "C" else ""]
            for p, r_ in zip(points, results, strict=True)
        ],
        s,
        size=7.5,
        rules=True,
        step=2.0,
    )
    ncs = [p for p, r_ in zip(points, results, strict=True) if r_ == "NC"]
    f.heading(m, tr(lg, "Non-conformities", "Abweichungen", "Écarts"), s.bold, 10)
    if ncs:
        table(
            f,
            columns(
                m, w - m, [(0.5, "left"), (1.3, "left"), (4, "left"), (1, "left"), (1, "left")]
            ),
            [
                "No",
                tr(lg, "Clause", "Anf.", "Réf."),
                tr(lg, "Finding", "Feststellung", "Constat"),
                tr(lg, "Category", "Kategorie", "Gravité"),
                tr(lg, "Due", "Frist", "Échéance"),
            ],
            [
                [
                    str(k + 1),
                    p[0],
                    words(rng, lg, "solar", rng.randint(5, 8)),
                    rng.choice(
                        [tr(lg, "minor", "Neben", "mineur"), tr(lg, "major", "Haupt", "majeur")]
                    ),
                    short(d + timedelta(days=28), lg),
                ]
                for k, p in enumerate(ncs)
            ],
            s,
            size=7.5,
            rules=True,
        )
    else:
        write(f, s, tr(lg, "None raised.", "Keine.", "Aucun écart relevé."))
    f.heading(m, tr(lg, "Outcome", "Ergebnis", "Conclusion"), s.bold, 10)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Certification maintained", "Gütezeichen bestätigt", "Qualification maintenue"),
            tr(
                lg,
                "Maintained subject to closure of NCs",
                "Bestätigt unter Auflagen",
                "Maintenue sous réserve",
            ),
            tr(lg, "Suspended", "Ausgesetzt", "Suspendue"),
        ],
        {1 if ncs else 0},
    )
    f.need(60)
    f.y += 10
    sign_box(
        f.page,
        s,
        m,
        f.y,
        (w - 2 * m) / 2,
        tr(lg, "Assessor", "Auditor", "L'auditeur"),
        auditor,
        short(d, lg),
    )
    f.y += 56
    rep = f.pages
    if ncs or rng.random() < 0.3:
        q = Page(A4)
        y = running_header(q, s, f"{title} - {ref}") + 8
        q.text(
            m,
            y,
            tr(lg, "Corrective Action Form", "Maßnahmenplan", "Fiche d'action corrective"),
            s.bold,
            12,
        )
        y += 20
        for k in range(max(1, len(ncs))):
            y = band(q, s, y, f"NC {k + 1}") + 4
            y = fields(
                q,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (tr(lg, "Root cause", "Ursache", "Cause"), ""),
                    (tr(lg, "Action taken", "Maßnahme", "Action"), ""),
                    (tr(lg, "Evidence attached", "Nachweis", "Preuve jointe"), ""),
                    (tr(lg, "Date closed", "Erledigt am", "Date de levée"), ""),
                ],
                per=2,
                tall=34,
            )
            if y > hh - 180:
                break
        y += 6
        sign_box(
            q,
            s,
            m,
            y,
            (w - 2 * m) / 2,
            tr(lg, "For the company", "Für den Betrieb", "Pour l'entreprise"),
            "",
            "",
        )
        rep.append(q)
    pages += close(
        rep,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "Page {i}/{n}",
    )
    remember(c, d)
    return pages


def tpl_export_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A payment statement for one customer's exported or fed-in electricity, handled by
    the installer on the customer's behalf: a Smart Export Guarantee statement, a Netzbetreiber
    Gutschrift over the Einspeisevergütung with the new instalments, or an EDF OA
    autofacturation invoice; sometimes with the explanations on a second page."""
    lg = home()
    h = head_of(who, "payer")
    c = a_customer(rng)
    d = some_day(rng)
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    acct = serial(rng, "A-9999999" if lg == "en" else "9999999999" if lg == "de" else "BOA9999999")
    title = tr(
        lg,
        "Smart Export Guarantee - export statement",
        "Abrechnung Einspeisevergütung (Gutschrift)",
        "Facture d'achat - autofacturation",
    )
    f = sheets(s, h, f"{h.name} - {acct}")
    lines = (
        [mx(c, lg), f"c/o {office_head().name}", office_head().street, office_head().town]
        if rng.random() < 0.6
        else c.lines()
    )
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [
            (tr(lg, "Account", "Vertragskonto", "Contrat"), acct),
            (tr(lg, "Statement no.", "Beleg-Nr.", "Facture n°"), serial(rng, "99999999")),
        ],
    )
    caption(f, s, title, 1.5)
    start = d - timedelta(days=rng.choice([90, 91, 92, 365]))
    kwh = rng.randint(180, 900) if (d - start).days < 100 else rng.randint(1800, 4200)
    rate = {
        "en": rng.choice([0.041, 0.055, 0.12, 0.15]),
        "de": rng.choice([0.0811, 0.0794, 0.0786]),
        "fr": rng.choice([0.04, 0.1301, 0.0761]),
    }[lg]
    r0 = rng.randint(100, 9000)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Installation", "Anlage", "Installation"), f"{c.street}, {c.town}"),
            (tr(lg, "Export MPAN", "Zählpunkt Einspeisung", "PRM"), c.meter),
            (
                tr(lg, "Period", "Abrechnungszeitraum", "Période"),
                f"{short(start, lg)} - {short(d - timedelta(days=1), lg)}",
            ),
        ],
        w - m,
    )
    f.y += 6
    rows = [
        [
            tr(lg, "Opening read", "Zählerstand alt", "Index début"),
            short(start, lg),
            qty(r0, lg),
            "",
        ],
        [
            tr(lg, "Closing read", "Zählerstand neu", "Index fin"),
            short(d - timedelta(days=1), lg),
            qty(r0 + kwh, lg),
            "",
        ],
        [
            tr(lg, "Exported", "Eingespeiste Menge", "Énergie achetée"),
            "",
            f"{qty(kwh, lg)} kWh",
            "",
        ],
        [
            tr(lg, "Rate", "Vergütungssatz", "Tarif"),
            "",
            f"{qty(rate * 100, lg, 2)} {tr(lg, 'p/kWh', 'ct/kWh', 'c€/kWh')}",
            cash(kwh * rate, lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(2, "left"), (1, "left"), (1.2, "right"), (1, "right")]),
        [
            "",
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Reading", "Stand", "Index"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    total = kwh * rate
    if lg == "de":
        paid = round(total * rng.uniform(0.7, 1.1), -1)
        f.y += 4
        f.y = pairs(
            f.page,
            s,
            w * 0.45,
            f.y,
            [
                ("abzüglich geleistete Abschläge", cash(-paid, lg)),
                ("Nachzahlung / Rückforderung", cash(total - paid, lg)),
            ],
            w - m,
        )
        f.heading(m, "Neue Abschläge", s.bold, 9)
        ab = round(total / 12, 0)
        table(
            f,
            columns(m, w - m, [(1, "left"), (1, "right")] * 3),
            ["Monat", "Betrag"] * 3,
            [
                [
                    short(date((d.year + (d.month + k) // 12), (d.month + k) % 12 + 1, 15), lg),
                    cash(ab, lg),
                    short(
                        date((d.year + (d.month + k + 4) // 12), (d.month + k + 4) % 12 + 1, 15), lg
                    ),
                    cash(ab, lg),
                    short(
                        date((d.year + (d.month + k + 8) // 12), (d.month + k + 8) % 12 + 1, 15), lg
                    ),
                    cash(ab, lg),
                ]
                for k in range(4)
            ],
            s,
            size=7.5,
        )
    else:
        f.y += 4
        f.page.text(
            w - m,
            f.y,
            f"{tr(lg, 'Total payable to you', '', 'Net à payer au producteur')}  {cash(total, lg)}",
            s.bold,
            10,
            "right",
        )
        f.y += 16
    write(
        f,
        s,
        tr(
            lg,
            "No VAT is charged on domestic microgeneration export payments. Payment will be made "
            "to "
            "the bank account we hold for you within 10 working days.",
            "Die Gutschrift erfolgt ohne Umsatzsteuer (Kleinunternehmer nach § 19 UStG). Der "
            "Betrag "
            "wird auf das hinterlegte Konto überwiesen.",
            "TVA non applicable, article 293 B du CGI. Facture établie par EDF OA au nom et pour "
            "le "
            "compte du producteur (autofacturation).",
        ),
        7.5,
    )
    pages = f.pages
    if rng.random() < 0.35:
        q = Page(A4)
        y = running_header(q, s, f"{h.name} - {acct}") + 10
        q.text(
            m,
            y,
            tr(
                lg,
                "Understanding your statement",
                "Erläuterungen zur Abrechnung",
                "Mentions et explications",
            ),
            s.bold,
            11,
        )
        y += 20
        for _ in range(rng.randint(4, 7)):
            for ln in wrap(prose(rng, lg, "money", 2, 3), s.font, 8, w - 2 * m):
                q.text(m, y, ln, s.font, 8)
                y += 11
            y += 8
        pages.append(q)
    remember(c, d)
    return close(pages, s, h)


LOAN_TERMS = {
    "en": [
        "Your loan",
        "Repayments",
        "Early settlement",
        "Missed payments",
        "Default notices",
        "Right of withdrawal",
        "Connected lender liability",
        "Complaints",
        "Data",
        "Assignment",
        "Governing law",
    ],
    "de": [
        "Darlehensgewährung",
        "Rückzahlung",
        "Vorzeitige Rückzahlung",
        "Verzug",
        "Kündigung",
        "Widerrufsrecht",
        "Verbundenes Geschäft",
        "Einwendungsdurchgriff",
        "SCHUFA-Klausel",
        "Abtretung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet du crédit",
        "Remboursement",
        "Remboursement anticipé",
        "Défaillance",
        "Déchéance du terme",
        "Rétractation",
        "Crédit affecté",
        "Assurance",
        "Fichier FICP",
        "Médiation",
        "Loi applicable",
    ],
}


def loan_figures(rng: random.Random, c: Customer) -> tuple[float, float, int, float, float]:
    """Cash price, deposit, months, APR and the monthly payment for ``c``'s system."""
    gross = c.price * (1.0 if home() != "fr" else 1.2)
    dep = round(gross * rng.choice([0, 0, 0.1, 0.2]), -1)
    months = rng.choice([60, 84, 120, 120, 144, 180])
    apr = rng.choice([6.9, 7.9, 8.9, 9.9, 11.9])
    i = (1 + apr / 100) ** (1 / 12) - 1
    credit = gross - dep
    pay = credit * i / (1 - (1 + i) ** -months)
    return gross, dep, months, apr, round(pay, 2)


def tpl_finance_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A lender's customer finance agreement for the system: now and then the lender's
    covering letter to the installer, the pre-contract credit information (SECCI,
    Europäische Standardinformationen), the agreement with the key financial figures, the
    terms pages and the signature page."""
    h = head_of(who, "lender")
    lg = h.lang
    c = cust_for(rng, ("signed_order",))
    d = last_day(rng, ("signed_order",), (0, 3))
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    agr = serial(rng, "99999999" if lg != "fr" else "99999999999")
    gross, dep, months, apr, pay = loan_figures(rng, c)
    credit = gross - dep
    total = pay * months + dep
    pages: list[Page] = []
    if rng.random() < 0.35:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            office_lines(tr(lg, "Dealer accounts", "Händlerbetreuung", "Service partenaires")),
            d,
            [(tr(lg, "Agreement", "Vertrag", "Dossier"), agr)],
        )
        caption(
            f0,
            s,
            tr(
                lg,
                f"Finance agreement - {c.name}",
                f"Finanzierung - {c.name}",
                f"Dossier de financement - {c.name}",
            ),
            1,
        )
        f0.page.text(m, f0.y, dear(lg, None), s.font, s.size)
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                "The application for your customer has been accepted. Please find the executed "
                "agreement "
                "enclosed for your records. Funds will be released on receipt of the signed "
                "satisfaction "
                "note.",
                "der Finanzierungsantrag Ihres Kunden wurde genehmigt. Anbei der Vertrag für Ihre "
                "Unterlagen. "
                "Die Auszahlung erfolgt nach Eingang der unterschriebenen Übernahmebestätigung.",
                "La demande de financement de votre client est acceptée. Vous trouverez ci-joint "
                "l'offre "
                "signée. Les fonds seront débloqués à réception de l'attestation de livraison.",
            ),
        )
        regards(
            f0,
            s,
            lg,
            staff(h, "dealer"),
            tr(lg, "Dealer Support", "Händlerservice", "Service partenaires"),
        )
        pages += close(f0.pages, s, h, numbers="none")
    body: list[Page] = []
    if lg != "fr" and rng.random() < 0.5:
        q = Page(A4)
        y = 44.0
        q.text(
            m,
            y,
            tr(
                lg,
                "PRE-CONTRACT CREDIT INFORMATION",
                "EUROPÄISCHE STANDARDINFORMATIONEN FÜR VERBRAUCHERKREDITE",
            ),
            s.bold,
            11,
        )
        y += 12
        q.text(
            m,
            y,
            tr(lg, "(Standard European Consumer Credit Information)", "(Art. 247 § 2 EGBGB)"),
            s.font,
            7.5,
        )
        y += 18
        for k, (head, items) in enumerate(
            [
                (
                    tr(
                        lg,
                        "1. Identity and contact details of the creditor",
                        "1. Name und Kontaktangaben des Kreditgebers",
                    ),
                    [
                        (tr(lg, "Creditor", "Kreditgeber"), h.name),
                        (tr(lg, "Address", "Anschrift"), f"{h.street}, {h.town}"),
                        (tr(lg, "Credit intermediary", "Kreditvermittler"), office_head().name),
                    ],
                ),
                (
                    tr(
                        lg,
                        "2. Key features of the credit product",
                        "2. Beschreibung der wesentlichen Merkmale des Kredits",
                    ),
                    [
                        (
                            tr(lg, "Type of credit", "Kreditart"),
                            tr(
                                lg,
                                "Fixed sum loan",
                                "Allgemein-Verbraucherdarlehen (verbundener Vertrag)",
                            ),
                        ),
                        (tr(lg, "Total amount of credit", "Gesamtkreditbetrag"), cash(credit, lg)),
                        (tr(lg, "Duration", "Laufzeit"), f"{months} {tr(lg, 'months', 'Monate')}"),
                        (tr(lg, "Repayments", "Raten"), f"{months} x {cash(pay, lg)}"),
                    ],
                ),
                (
                    tr(lg, "3. Costs of the credit", "3. Kreditkosten"),
                    [
                        (
                            tr(lg, "Rate of interest (fixed)", "Sollzinssatz (gebunden)"),
                            f"{qty(apr - 0.4, lg, 2)} %",
                        ),
                        ("APR" if lg == "en" else "Effektiver Jahreszins", f"{qty(apr, lg, 1)} %"),
                        (tr(lg, "Total amount payable", "Gesamtbetrag"), cash(total, lg)),
                    ],
                ),
                (
                    tr(
                        lg,
                        "4. Other important legal aspects",
                        "4. Andere wichtige rechtliche Aspekte",
                    ),
                    [
                        (
                            tr(lg, "Right of withdrawal", "Widerrufsrecht"),
                            tr(lg, "Yes, 14 days", "Ja, 14 Tage"),
                        ),
                        (tr(lg, "Early repayment", "Vorzeitige Rückzahlung"), tr(lg, "Yes", "Ja")),
                    ],
                ),
            ]
        ):
            q.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
            q.text(m + 4, y, head, s.bold, 8)
            y += 16
            for cap, val in items:
                q.rect(m, y - 10, (w - 2 * m) * 0.42, 16)
                q.rect(m + (w - 2 * m) * 0.42, y - 10, (w - 2 * m) * 0.58, 16)
                q.text(m + 4, y + 1, fit(cap, s.font, 7.5, (w - 2 * m) * 0.4), s.font, 7.5)
                q.text(
                    m + (w - 2 * m) * 0.42 + 4,
                    y + 1,
                    fit(val, s.font, 7.5, (w - 2 * m) * 0.56),
                    s.font,
                    7.5,
                )
                y += 16
            y += 10 + k
        body.append(q)
    title = tr(
        lg, "FIXED SUM LOAN AGREEMENT", "DARLEHENSVERTRAG", "OFFRE DE CONTRAT DE CRÉDIT AFFECTÉ"
    )
    f = sheets(s, h, f"{h.name} - {title} {agr}")
    caption(f, s, title, 3)
    write(
        f,
        s,
        tr(
            lg,
            "regulated by the Consumer Credit Act 1974",
            "Allgemein-Verbraucherdarlehensvertrag im Sinne der §§ 491 ff. BGB",
            "soumise aux articles L312-1 et suivants du Code de la consommation",
        ),
        7.5,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Agreement number", "Vertragsnummer", "N° de l'offre"), agr),
            (tr(lg, "Borrower", "Darlehensnehmer", "Emprunteur"), c.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.street}, {c.town}"),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"),
                short(date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28)), lg),
            ),
            (tr(lg, "Supplier", "Verkäufer", "Vendeur"), office_head().name),
            (
                tr(lg, "Goods", "Finanzierter Gegenstand", "Bien financé"),
                f"PV {qty(c.kwp, lg, 2)} kWp"
                + ("" if c.battery < 0 else f" + {tr(lg, 'battery', 'Speicher', 'batterie')}"),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y += 2
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(
                lg,
                "Key financial information",
                "Finanzierungsübersicht",
                "Caractéristiques du crédit",
            ),
        )
        + 8
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Cash price", "Kaufpreis", "Prix au comptant"), cash(gross, lg)),
            (tr(lg, "Deposit", "Anzahlung", "Apport"), cash(dep, lg)),
            (
                tr(lg, "Amount of credit", "Nettodarlehensbetrag", "Montant du crédit"),
                cash(credit, lg),
            ),
            (
                tr(lg, "Total charge for credit", "Zinsen gesamt", "Coût total du crédit"),
                cash(total - gross, lg),
            ),
            (tr(lg, "Total amount payable", "Gesamtbetrag", "Montant total dû"), cash(total, lg)),
            (
                tr(lg, "Monthly repayments", "Monatliche Rate", "Mensualités"),
                f"{months} x {cash(pay, lg)}",
            ),
            (tr(lg, "APR", "Effektiver Jahreszins", "TAEG fixe"), f"{qty(apr, lg, 1)} %"),
        ],
        w * 0.7,
    )
    f.y += 6
    write(f, s, prose(rng, lg, "money", 2, 3), 7.5)
    body += f.pages
    for _ in range(rng.choice([1, 1, 2])):
        heads = LOAN_TERMS[lg][:]
        rng.shuffle(heads)
        body.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions",
                    "Darlehensbedingungen",
                    "Conditions générales de l'offre",
                ),
                heads,
            )
        )
    sg = Page(A4)
    y = running_header(sg, s, f"{title} {agr}") + 16
    sg.text(m, y, tr(lg, "Signatures", "Unterschriften", "Acceptation de l'offre"), s.bold, 12)
    y += 18
    warn = tr(
        lg,
        "This is a Credit Agreement regulated by the Consumer Credit Act 1974. Sign it only if you "
        "want to be legally bound by its terms.",
        "Mit Ihrer Unterschrift beantragen Sie das Darlehen zu den vorstehenden Bedingungen. Sie "
        "bestätigen "
        "den Erhalt der Widerrufsinformation.",
        "Je déclare accepter la présente offre après avoir pris connaissance de l'ensemble des "
        "conditions "
        "et disposer d'un délai de rétractation de 14 jours.",
    )
    sg.rect(m, y - 10, w - 2 * m, 40)
    yy = y + 2
    for ln in wrap(warn, s.bold, 8, w - 2 * m - 12):
        sg.text(m + 6, yy, ln, s.bold, 8)
        yy += 10
    y += 46
    half = (w - 2 * m - 10) / 2
    sign_box(
        sg,
        s,
        m,
        y,
        half,
        tr(
            lg,
            "Signature of borrower",
            "Unterschrift Darlehensnehmer",
            "Signature de l'emprunteur (« lu et approuvé »)",
        ),
        c.name,
        short(d, lg),
    )
    sign_box(
        sg,
        s,
        m + half + 10,
        y,
        half,
        tr(
            lg,
            "Signature of joint borrower",
            "Unterschrift Mitdarlehensnehmer",
            "Signature du co-emprunteur",
        ),
        "" if rng.random() < 0.6 else f"{rng.choice(FIRSTS[lg])} {c.last}",
        "",
    )
    y += 66
    sign_box(
        sg,
        s,
        m,
        y,
        half,
        tr(
            lg,
            "Signed for and on behalf of the lender",
            "Für den Darlehensgeber",
            "Pour le prêteur",
        ),
        staff(h, "uw"),
        short(d + timedelta(days=rng.randint(0, 3)), lg),
    )
    y += 66
    for ln in wrap(prose(rng, lg, "legal", 2, 3), s.font, 7.5, w - 2 * m):
        sg.text(m, y, ln, s.font, 7.5)
        y += 10
    body.append(sg)
    pages += close(
        body,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]) if lg != "de" else "Seite {i} von {n}",
    )
    remember(c, d, (h.name, agr))
    return pages


def tpl_satisfaction_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The lender's satisfaction note signed by the customer when the system is in, which
    releases the loan to the installer (Übernahmebestätigung, attestation de livraison)."""
    ex = LAST["extra"]
    c = cust_for(rng, ("finance_agreement", "handover"))
    d = last_day(rng, ("finance_agreement", "handover"), (12, 40))
    h = head_of(who, "lender")
    lg = h.lang
    if after(("finance_agreement",)) and isinstance(ex, tuple):
        agr = str(ex[1])
    else:
        agr = serial(rng, "99999999")
    size = A5 if rng.random() < 0.35 else A4
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "SATISFACTION NOTE",
        "ÜBERNAHMEBESTÄTIGUNG UND AUSZAHLUNGSANWEISUNG",
        "ATTESTATION DE LIVRAISON - DEMANDE DE FINANCEMENT",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    y += 18
    st = style_of(h, size, margin=m, pt=8.5)
    y = fields(
        p,
        st,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Agreement no.", "Vertragsnr.", "N° de dossier"), agr),
            (tr(lg, "Customer", "Darlehensnehmer", "Emprunteur"), c.name),
            (tr(lg, "Supplier", "Verkäufer", "Vendeur"), office_head().name),
            (tr(lg, "Installation address", "Anschrift", "Adresse"), f"{c.street}, {c.town}"),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y += 6
    text = tr(
        lg,
        "I/We confirm that the goods described in the agreement have been supplied and installed "
        "to my/our satisfaction and in accordance with the agreement, and I/we authorise you to "
        "pay the supplier. Do not sign this note until the installation is complete.",
        "Ich/Wir bestätige(n), dass der finanzierte Gegenstand vollständig geliefert, montiert und "
        "mangelfrei übernommen wurde. Ich/Wir weise(n) den Darlehensgeber an, den Darlehensbetrag "
        "an den Verkäufer auszuzahlen.",
        "Je soussigné(e) atteste que la livraison du bien et/ou l'exécution de la prestation ont "
        "été pleinement effectuées conformément au contrat principal, et demande au prêteur de "
        "débloquer les fonds au profit du vendeur.",
    )
    for ln in wrap(text, s.font, 8.5, w - 2 * m):
        p.text(m, y, ln, s.font, 8.5)
        y += 11.5
    y += 12
    half = (w - 2 * m - 10) / 2
    sign_box(
        p,
        st,
        m,
        y,
        half,
        tr(lg, "Customer signature / date", "Unterschrift / Datum", "Signature / date"),
        c.name,
        short(d, lg),
    )
    sign_box(
        p,
        st,
        m + half + 10,
        y,
        half,
        tr(lg, "Supplier", "Verkäufer (Stempel)", "Cachet du vendeur"),
        staff(office_head(), "owner"),
        "",
    )
    if rng.random() < 0.5:
        stamp(p, m + half + 30, y + 48, [office_head().name[:24], office_head().town])
    p.text(
        w / 2,
        hh - 18,
        fit(f"{h.name} - {h.street}, {h.town}", s.font, 6, w - 2 * m),
        s.font,
        6,
        "center",
    )
    remember(c, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates MMM: vans, scaffolds, declarations, monitoring, the teams' paper
# ---------------------------------------------------------------------------------------------

STATIONS = {
    "en": [
        [
            "Shell Marsh Barton",
            "BP Sowton",
            "Esso Haldon Hill",
            "Tesco Exeter Vale",
            "MFG Crediton",
        ],
        [
            "Texaco Hexham",
            "Shell Corbridge",
            "BP Haltwhistle",
            "Asda Prudhoe",
            "Esso Scotch Corner",
        ],
        ["Asda Harrogate", "Morrisons Ripon", "MFG Wetherby", "BP Knaresborough", "Shell Leeds Rd"],
    ],
    "de": [
        ["ARAL Freiburg Nord", "Shell Opfinger Str.", "JET Emmendingen", "ESSO Denzlingen"],
        ["ESSO Würzburg Ost", "Agip Ochsenfurt", "ARAL Veitshöchheim", "JET Rimpar"],
        ["Raiffeisen Belm", "TotalEnergies Osnabrück", "Star Wallenhorst", "Shell Bissendorf"],
    ],
    "fr": [
        ["TotalEnergies Près d'Arènes", "Intermarché Mauguio", "Leclerc Lavérune", "Esso Juvignac"],
        ["Esso Rennes Alma", "Carrefour Cesson", "Leclerc Betton", "Total Saint-Grégoire"],
        ["Total Illkirch", "Auchan Hautepierre", "Avia Fegersheim", "Esso Lingolsheim"],
    ],
}


def tpl_fuel_card(rng: random.Random, who: Issuer) -> list[Page]:
    """A fuel card company's statement for the installer's vans: the summary page with the
    cards, totals, VAT and the direct debit date, then the transaction pages by card
    (landscape now and then)."""
    h = head_of(who, "fuelcard")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    r = keyed(who, "cards")
    n_cards = r.randint(2, 4)
    cards = [
        (
            serial(r, "7077 9999 9999 9999"),
            serial(r, "AA99 AAA" if lg == "en" else "FR-AA 999" if lg == "de" else "AA-999-AA"),
        )
        for _ in range(n_cards)
    ]
    no = serial(rng, "99999999")
    acct = serial(keyed(who, "acct"), "999999")
    title = tr(lg, "Fuel Card Statement", "Tankkartenabrechnung", "Relevé carte carburant")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Accounts Payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
            (tr(lg, "Statement", "Rechnung", "Relevé"), no),
        ],
    )
    caption(f, s, title, 2)
    tx: list[list[str]] = []
    per_card = []
    net_all = 0.0
    for card, reg in cards:
        lit = 0.0
        for _ in range(rng.randint(4, 14)):
            td = d - timedelta(days=rng.randint(1, 14))
            litres = round(rng.uniform(28, 82), 2)
            ppl = rng.uniform(1.38, 1.62) if lg == "en" else rng.uniform(1.55, 1.85)
            gross = litres * ppl
            net = gross / (1 + vat_rate(lg) / 100)
            lit += litres
            net_all += net
            tx.append(
                [
                    td.isoformat(),
                    f"{rng.randint(6, 19):02d}:{rng.randint(0, 59):02d}",
                    card[-4:],
                    reg,
                    rng.choice(STATIONS[lg][row_no()]),
                    "Diesel" if rng.random() < 0.92 else "AdBlue",
                    qty(litres, lg, 2),
                    money(ppl, lg),
                    money(net, lg),
                    money(gross, lg),
                ]
            )
        per_card.append([card, reg, staff(office_head(), f"drv{len(per_card)}"), qty(lit, lg, 2)])
    table(
        f,
        columns(m, w - m, [(2, "left"), (1.2, "left"), (1.8, "left"), (1, "right")]),
        [
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Vehicle", "Kennzeichen", "Immat."),
            tr(lg, "Driver", "Fahrer", "Conducteur"),
            tr(lg, "Litres", "Liter", "Litres"),
        ],
        per_card,
        s,
        size=8,
        rules=True,
    )
    f.y += 8
    tax = net_all * vat_rate(lg) / 100
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Net", "Netto", "HT"), cash(net_all, lg)),
            (tr(lg, "VAT", "USt.", "TVA"), cash(tax, lg)),
            (tr(lg, "Total", "Gesamt", "TTC"), cash(net_all + tax, lg)),
        ],
        w - m,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be collected by Direct Debit on or after "
            f"{day(h, d + timedelta(days=14))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=10))} per SEPA-Lastschrift eingezogen "
            "(Mandatsreferenz "
            f"{serial(rng, 'TK99999999')}).",
            f"Ce montant sera prélevé le {day(h, d + timedelta(days=10))} "
            f"(RUM {serial(rng, 'CC99999999')}).",
        ),
        8,
    )
    pages = close(f.pages, s, h, numbers="none")
    size = landscape(A4) if rng.random() < 0.5 else A4
    ts = style_of(h, size, margin=36, pt=7.5)
    tw_, th = size

    def start(p: Page, n: int) -> float:
        p.text(36, 30, fit(f"{h.name} - {title} {no}", ts.bold, 9, tw_ * 0.6), ts.bold, 9)
        p.text(
            tw_ - 36,
            30,
            f"{tr(lg, 'Transactions', 'Transaktionen', 'Transactions')}",
            ts.font,
            8,
            "right",
        )
        p.line(36, 36, tw_ - 36, 36)
        return 56.0

    g = Sheets(size, th - 40, start)
    tx.sort()
    for row in tx:
        row[0] = short(date.fromisoformat(row[0]), lg)
    table(
        g,
        columns(
            36,
            tw_ - 36,
            [
                (1, "left"),
                (0.6, "left"),
                (0.6, "left"),
                (1, "left"),
                (2.6, "left"),
                (0.8, "left"),
                (0.8, "right"),
                (0.8, "right"),
                (1, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Vehicle", "Kfz", "Véhicule"),
            tr(lg, "Site", "Tankstelle", "Station"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Net", "Netto", "HT"),
            tr(lg, "Gross", "Brutto", "TTC"),
        ],
        tx,
        ts,
        size=7,
        step=1.7,
    )
    number_pages(g.pages, ts, "{i}/{n}" if lg != "de" else "Seite {i}/{n}", "br", bottom=20)
    remember(None, d)
    return pages + g.pages


def tpl_scaffold_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """A scaffolder's handover certificate or weekly inspection report for the scaffold at a
    customer's house: the site, the scaffold and its load class, a checklist with tick boxes,
    safe to use or not, the inspector's signature and the installer's acceptance; from a
    carbon pad on A5 or printed A4."""
    h = head_of(who, "scaffolder")
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    size = A5 if keyed(who, "pad").random() < 0.5 else A4
    s = style_of(h, size, margin=30 if size == A5 else 44, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    first = rng.random() < 0.5
    title = (
        tr(
            lg,
            "SCAFFOLD HANDOVER CERTIFICATE",
            "GERÜSTFREIGABE / ÜBERGABEPROTOKOLL",
            "PV DE RÉCEPTION D'ÉCHAFAUDAGE",
        )
        if first
        else tr(
            lg,
            "SCAFFOLD INSPECTION REPORT",
            "GERÜSTPRÜFPROTOKOLL",
            "VÉRIFICATION JOURNALIÈRE / HEBDOMADAIRE",
        )
    )
    p.text(m, y, fit(title, s.bold, 11, w - 2 * m - 60), s.bold, 11)
    p.text(w - m, y, f"No {serial(rng, '99999')}", "Courier-Bold", 10, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), office_head().name),
            (tr(lg, "Site address", "Baustelle", "Chantier"), f"{c.street}, {c.town}"),
            (
                tr(lg, "Scaffold type", "Gerüstart", "Type"),
                rng.choice(
                    [
                        tr(lg, "Tube & fitting, 2 lifts", "Rahmengerüst", "Échafaudage de pied"),
                        tr(
                            lg,
                            "System scaffold + edge protection",
                            "Fassadengerüst mit Dachfangschutz",
                            "Multidirectionnel + garde-corps en rive",
                        ),
                    ]
                ),
            ),
            (
                tr(lg, "Load class", "Lastklasse", "Classe"),
                rng.choice(["2 (1.5 kN/m²)", "3 (2.0 kN/m²)"]),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Time", "Uhrzeit", "Heure"),
                f"{rng.randint(7, 10)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
        ],
        per=2,
        tall=24,
    )
    checks = {
        "en": [
            "Base plates / sole boards",
            "Ties and bracing",
            "Boards fully boarded",
            "Guardrails and toe boards",
            "Ladder access secured",
            "Eaves edge protection",
            "Loading bay gate",
            "Signage / tags",
        ],
        "de": [
            "Fußplatten / Unterlagen",
            "Verankerung",
            "Beläge vollständig",
            "Seitenschutz",
            "Aufstieg gesichert",
            "Dachfangschutz",
            "Lastenaufzug",
            "Kennzeichnung",
        ],
        "fr": [
            "Calages / socles",
            "Amarrages",
            "Planchers complets",
            "Garde-corps / plinthes",
            "Accès sécurisé",
            "Protection en rive de toit",
            "Zone de levage",
            "Affichage",
        ],
    }[lg]
    bad = rng.random() < 0.12
    for k, t in enumerate(checks):
        p.text(m, y, fit(t, s.font, 8, w * 0.55), s.font, 8)
        ok_k = not (bad and k == 3)
        for j, lab in enumerate(
            [tr(lg, "OK", "i.O.", "OK"), tr(lg, "Defect", "Mangel", "Défaut"), "N/A"]
        ):
            xx = w - m - 150 + j * 52
            box(p, xx, y, (j == 0 and ok_k) or (j == 1 and not ok_k), 7.5)
            p.text(xx + 11, y, lab, s.font, 7)
        y += 14
    y += 4
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "SAFE TO USE", "FREIGEGEBEN", "APTE À L'EMPLOI"),
            tr(lg, "NOT SAFE - DO NOT USE", "GESPERRT", "INTERDIT D'ACCÈS"),
        ],
        {1 if bad else 0},
        pt=9,
    )
    if bad or rng.random() < 0.3:
        hand(p, m, y + 4, words(rng, lg, "build", rng.randint(4, 7)), 8.5, w - 2 * m)
        y += 18
    y += 6
    half = (w - 2 * m - 10) / 2
    sign_box(
        p,
        s,
        m,
        y,
        half,
        tr(lg, "Inspected by (competent person)", "Geprüft von (befähigte Person)", "Vérifié par"),
        staff(h, "insp"),
        short(d, lg),
    )
    sign_box(
        p,
        s,
        m + half + 10,
        y,
        half,
        tr(lg, "Accepted by (client)", "Übernommen von", "Réceptionné par"),
        staff(office_head(), rng.choice(["lead1", "lead2"])) if first else "",
        "",
    )
    p.text(
        w / 2,
        hh - 14,
        tr(
            lg,
            "White: client   Yellow: office   Pink: book",
            "Weiß: Kunde  Gelb: Büro  Rosa: Block",
            "Blanc : client  Jaune : bureau  Rose : carnet",
        )
        if size == A5
        else f"{h.name} - TG20:21 / NASC SG4",
        s.font,
        6,
        "center",
    )
    remember(c, d)
    return [p]


def tpl_vat_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's declaration for the reduced or zero VAT rate, filled in by hand and
    signed: the German Erklärung zum Nullsteuersatz (§ 12 Abs. 3 UStG), the French
    attestation simplifiée (cerfa 1301-SD) now and then with its notice page, or the English
    declaration for energy-saving materials."""
    h = office_head()
    lg = h.lang
    c = cust_for(rng, ("signed_order",))
    d = last_day(rng, ("signed_order",), (0, 5))
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    pages = [p]
    if lg == "fr":
        p.rect(m, 30, 70, 34)
        p.text(m + 35, 44, "cerfa", "Helvetica-Bold", 12, "center")
        p.text(m + 35, 58, "N° 13948*05", "Helvetica", 7, "center")
        p.text(w / 2 + 30, 44, "ATTESTATION SIMPLIFIÉE", "Helvetica-Bold", 12, "center")
        p.text(
            w / 2 + 30,
            58,
            "TVA à taux réduit - travaux dans les locaux d'habitation",
            "Helvetica",
            7.5,
            "center",
        )
        y = 90.0
    else:
        y = heading(p, s, h)
        title = tr(
            lg,
            "Customer declaration - VAT on energy-saving materials",
            "Erklärung zur Anwendung des Nullsteuersatzes",
            "",
        )
        p.text(m, y, title, s.bold, 11)
        y += 12
        p.text(
            m,
            y,
            tr(
                lg,
                "(Notice 708/6 - installation in residential accommodation)",
                "gemäß § 12 Abs. 3 UStG für Photovoltaikanlagen und Stromspeicher",
                "",
            ),
            s.font,
            7.5,
        )
        y += 20
    y = (
        band(
            p,
            s,
            y,
            tr(lg, "1. Customer", "1. Angaben zum Erwerber / Betreiber", "1. Identité du client"),
        )
        + 4
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), f"{c.last} {c.first}"),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.street}, {c.town}"),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "2. Property", "2. Installationsort", "2. Nature des locaux")) + 14
    opts = {
        "en": [
            "Private dwelling",
            "Residential accommodation",
            "Building used for charity",
            "Other (standard rate)",
        ],
        "de": [
            "Wohngebäude",
            "Öffentliches / gemeinnütziges Gebäude",
            "Nebengebäude (Garage, Carport)",
            "sonstiges",
        ],
        "fr": [
            "Maison individuelle",
            "Appartement",
            "Locaux achevés depuis plus de 2 ans",
            "Dépendances",
        ],
    }[lg]
    y = ticks(
        p, s, m, y, w - 2 * m, opts, {0} | ({2} if lg != "en" and rng.random() < 0.4 else set())
    )
    y = band(p, s, y + 2, tr(lg, "3. Works", "3. Leistung", "3. Nature des travaux")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Description", "Gegenstand", "Travaux"),
                f"PV {qty(c.kwp, lg, 2)} kWp"
                + ("" if c.battery < 0 else tr(lg, " + battery", " + Speicher", " + batterie")),
            ),
            (tr(lg, "Installer", "Lieferant", "Entreprise"), h.name),
            (tr(lg, "Order / quote", "Auftrag", "Devis n°"), c.job),
            (tr(lg, "Gross output", "Bruttoleistung", "Puissance"), f"{qty(c.kwp, lg, 2)} kWp"),
        ],
        per=2,
        tall=26,
    )
    y += 6
    decl = tr(
        lg,
        "I declare that the materials are being installed in residential accommodation and that "
        "the information given is correct. I understand that if it is not, I may be liable for "
        "the VAT that should have been charged.",
        "Ich erkläre, dass es sich um eine Anlage mit einer installierten Bruttoleistung von "
        "höchstens 30 kWp auf oder in der Nähe eines Wohngebäudes handelt und ich Betreiber der "
        "Anlage bin. Mir ist bekannt, dass unrichtige Angaben steuerliche Folgen haben.",
        "Je soussigné(e) atteste que les travaux réalisés portent sur des locaux à usage "
        "d'habitation achevés depuis plus de deux ans et n'ont pas eu pour effet d'augmenter la "
        "surface de plancher de plus de 10 %. Je conserve une copie de cette attestation.",
    )
    for ln in wrap(decl, s.font, 8.5, w - 2 * m):
        p.text(m, y, ln, s.font, 8.5)
        y += 11.5
    y += 10
    sign_box(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2,
        tr(
            lg,
            "Signature of customer, date",
            "Ort, Datum, Unterschrift",
            "Fait à ..., le ..., signature",
        ),
        c.name,
        short(d, lg),
    )
    if lg == "fr" and rng.random() < 0.5:
        q = Page(A4)
        yy = 50.0
        q.text(m, yy, "NOTICE", "Helvetica-Bold", 12)
        yy += 20
        for _ in range(rng.randint(5, 8)):
            for ln in wrap(prose(rng, "fr", "legal", 2, 4), "Helvetica", 7.5, w - 2 * m):
                q.text(m, yy, ln, "Helvetica", 7.5)
                yy += 9.5
            yy += 7
            if yy > hh - 80:
                break
        q.text(w - m, hh - 30, "N° 13948*05", "Helvetica", 6.5, "right")
        pages.append(q)
    remember(c, d)
    return pages


def tpl_yield_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The monthly report a maker's monitoring portal mails for one customer's system: the
    figures of the month in tiles, the daily generation as a bar chart, and now and then the
    table of the days on a second page; in the installer's language."""
    row, _ = MAKERS["inverter"][keyed(who, "portal").randrange(len(MAKERS["inverter"]))]
    lg = home()
    brand = row[0].split()[0]
    h = make_head(
        (f"{brand} {tr(lg, 'Monitoring', 'Monitoring', 'Supervision')}", row[1], row[2], ""),
        lg,
        "portal",
    )
    c = a_customer(rng)
    mon = month()
    ndays = ((mon.replace(day=28) + timedelta(days=4)).replace(day=1) - mon).days
    d = mon + timedelta(days=ndays + rng.randint(0, 3))
    size = landscape(A4) if keyed(who, "land").random() < 0.4 else A4
    s = style_of(h, size, margin=40, pt=8.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    p.rect(0, 0, w, 48, fill=0.3)
    p.text(
        m,
        30,
        f"{brand.upper()} | {tr(lg, 'Monthly report', 'Monatsbericht', 'Rapport mensuel')}",
        "Helvetica-Bold",
        14,
    )
    p.text(w - m, 30, f"{MONTHS[lg][mon.month - 1]} {mon.year}", "Helvetica", 11, "right")
    y = 72.0
    p.text(
        m, y, f"{tr(lg, 'System', 'Anlage', 'Installation')}: PV {c.last} - {c.town}", s.bold, 10
    )
    y += 12
    p.text(
        m,
        y,
        f"{qty(c.kwp, lg, 2)} kWp  |  {INVERTERS[c.inverter][0]}"
        + ("" if c.battery < 0 else f"  |  {BATTERIES[c.battery][0]}"),
        s.font,
        8,
    )
    y += 10
    p.text(
        m,
        y,
        f"{tr(lg, 'Installer', 'Installateur', 'Installateur')}: {office_head().name}",
        s.font,
        8,
    )
    y += 20
    season = [0.25, 0.4, 0.7, 1.0, 1.2, 1.25, 1.25, 1.1, 0.85, 0.55, 0.3, 0.2][mon.month - 1]
    days = [max(0.2, c.kwp * season * rng.uniform(0.8, 4.6)) for _ in range(ndays)]
    prod = sum(days)
    cons = prod * rng.uniform(0.7, 1.6)
    selfc = rng.uniform(0.3, 0.45) if c.battery < 0 else rng.uniform(0.55, 0.8)
    tiles = [
        (tr(lg, "Generation", "Erzeugung", "Production"), f"{qty(prod, lg)} kWh"),
        (tr(lg, "Consumption", "Verbrauch", "Consommation"), f"{qty(cons, lg)} kWh"),
        (tr(lg, "Self-consumption", "Eigenverbrauch", "Autoconsommation"), f"{selfc * 100:.0f} %"),
        (
            tr(lg, "Self-sufficiency", "Autarkie", "Autonomie"),
            f"{min(95, selfc * prod / cons * 100):.0f} %",
        ),
    ]
    tw4 = (w - 2 * m - 30) / 4
    for k, (cap, val) in enumerate(tiles):
        x = m + k * (tw4 + 10)
        p.rect(x, y, tw4, 46, fill=0.9)
        p.text(x + 8, y + 14, fit(cap, s.font, 7.5, tw4 - 12), s.font, 7.5)
        p.text(x + 8, y + 36, val, "Helvetica-Bold", 13)
    y += 66
    p.text(
        m,
        y,
        tr(lg, "Daily generation (kWh)", "Tageserträge (kWh)", "Production journalière (kWh)"),
        s.bold,
        9,
    )
    y += 8
    ch = min(200.0, hh - y - 120)
    base = y + ch
    top = max(days)
    bw = (w - 2 * m - 30) / ndays
    p.line(m + 26, base, w - m, base)
    p.line(m + 26, y, m + 26, base)
    for t in (0.5, 1.0):
        p.text(m + 22, base - ch * t * 0.95 + 3, f"{top * t:.0f}", s.font, 6, "right")
    for k, v in enumerate(days):
        bh = ch * 0.95 * v / top
        p.rect(m + 30 + k * bw, base - bh, bw * 0.7, bh, fill=0.5)
        if k % 5 == 0:
            p.text(m + 30 + k * bw + bw * 0.35, base + 9, str(k + 1), s.font, 6, "center")
    y = base + 26
    if c.battery >= 0:
        p.text(
            m,
            y,
            f"{tr(lg, 'Battery', 'Speicher', 'Batterie')}: "
            f"{tr(lg, 'charged', 'geladen', 'chargée')} "
            ""
            f"{qty(prod * rng.uniform(0.2, 0.35), lg)} kWh, {tr(lg, 'cycles', 'Zyklen', 'cycles')} "
            f"{rng.randint(14, 31)}",
            s.font,
            8,
        )
        y += 12
    p.text(
        m,
        y,
        f"{tr(lg, 'CO2 avoided', 'Vermiedenes CO2', 'CO2 évité')}: {qty(prod * 0.4, lg)} kg",
        s.font,
        8,
    )
    pages = [p]
    if rng.random() < 0.45:

        def start(pg: Page, n: int) -> float:
            pg.rect(0, 0, w, 30, fill=0.3)
            pg.text(m, 20, f"{brand.upper()} | PV {c.last}", "Helvetica-Bold", 10)
            return 52.0

        g = Sheets(size, hh - 40, start)
        rows = []
        for k, v in enumerate(days):
            dd = mon + timedelta(days=k)
            sc = v * rng.uniform(0.3, 0.8)
            rows.append(
                [
                    short(dd, lg),
                    qty(v, lg, 1),
                    qty(sc, lg, 1),
                    qty(v - sc, lg, 1),
                    qty(v * rng.uniform(0.8, 2.0), lg, 1),
                    f"{rng.randint(40, 100)} %" if c.battery >= 0 else "-",
                ]
            )
        table(
            g,
            columns(m, w - m, [(1.2, "left")] + [(1, "right")] * 5),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Generation", "Erzeugung", "Production"),
                tr(lg, "Self-used", "Eigenverbr.", "Autoconso."),
                tr(lg, "Export", "Einspeisung", "Injection"),
                tr(lg, "Consumption", "Verbrauch", "Conso."),
                "SoC max",
            ],
            rows,
            s,
            size=7.5,
            shade=0.88,
            step=1.5,
        )
        pages += g.pages
    number_pages(pages, s, "{i}/{n}", "br", bottom=18)
    for pg in pages:
        pg.text(
            m,
            pg.size[1] - 18,
            f"{tr(lg, 'Generated', 'Erstellt', 'Généré le')} {short(d, lg)} "
            f"{rng.randint(0, 6):02d}:{rng.randint(0, 59):02d}",
            s.font,
            6.5,
        )
    remember(c, d)
    return pages


def tpl_job_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """An installer team's daily job sheet from the office's printed pad, filled in by hand
    on the roof and in the loft: the day, the team and hours, tasks ticked, materials used,
    the string test readings, notes and the customer's signature."""
    h = office_head()
    lg = h.lang
    c = cust_for(rng, ("job_sheet",))
    d = last_day(rng, ("job_sheet",), (1, 1))
    size = A4 if keyed(who, "pad").random() < 0.7 else A5
    s = style_of(h, size, margin=30 if size == A5 else 40, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "DAILY JOB SHEET", "TAGESBERICHT / MONTAGEBERICHT", "FICHE D'INTERVENTION"),
        s.bold,
        12,
    )
    p.text(w - m, y, f"No {serial(rng, '9999')}", "Courier-Bold", 10, "right")
    y += 10
    team = [
        staff(h, t)
        for t in rng.sample(
            ["lead1", "inst1", "inst2", "lead2", "inst3", "appr"], rng.randint(2, 3)
        )
    ]
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Job no.", "Auftrag", "Chantier n°"), c.job),
            (
                tr(lg, "Customer / site", "Kunde / Baustelle", "Client / site"),
                f"{c.last}, {c.town}",
            ),
            (tr(lg, "Team", "Monteure", "Équipe"), ", ".join(t.split()[0] for t in team)),
            (
                tr(lg, "Arrived", "Beginn", "Arrivée"),
                f"{rng.randint(7, 8)}:{rng.choice(['00', '15', '30'])}",
            ),
            (
                tr(lg, "Left", "Ende", "Départ"),
                f"{rng.randint(15, 18)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
        ],
        per=2,
        tall=24,
    )
    tasks = {
        "en": [
            "Scaffold checked",
            "Roof hooks / rails",
            "Modules fitted",
            "DC cabling",
            "Inverter mounted",
            "Battery installed",
            "AC connection",
            "Commissioned",
            "Site tidy",
        ],
        "de": [
            "Gerüst geprüft",
            "Dachhaken / Schienen",
            "Module montiert",
            "DC-Verkabelung",
            "WR montiert",
            "Speicher montiert",
            "AC-Anschluss",
            "Inbetriebnahme",
            "Baustelle sauber",
        ],
        "fr": [
            "Échafaudage vérifié",
            "Crochets / rails",
            "Modules posés",
            "Câblage DC",
            "Onduleur posé",
            "Batterie posée",
            "Raccordement AC",
            "Mise en service",
            "Chantier propre",
        ],
    }[lg]
    done = set(rng.sample(range(len(tasks)), rng.randint(2, 6)))
    y = ticks(p, s, m, y, w - 2 * m, tasks, done, pt=7.5)
    y += 2
    p.text(m, y, tr(lg, "Materials used", "Verbrauchtes Material", "Matériel utilisé"), s.bold, 8)
    y += 12
    for name, _ in rng.sample(STOCK[lg], rng.randint(2, 5)):
        hand(p, m + 6, y, f"{rng.randint(1, 24)} x {name}", 8.5, w - 2 * m - 10)
        p.line(m, y + 3, w - m, y + 3)
        y += 14
    y += 6
    if (done & {3, 7}) and y < hh - 200:
        p.text(m, y, tr(lg, "String tests", "Strangmessung", "Mesures chaînes"), s.bold, 8)
        y += 6
        cols = columns(
            m, w - m, [(1, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")]
        )
        heads = ["String", "Mod.", "Voc (V)", "Isc (A)", "Riso (MOhm)"]
        x0 = cols[0][0] - 2
        p.line(x0, y + 4, cols[-1][1] + 2, y + 4)
        y += 12
        for col, t in zip(cols, heads, strict=True):
            p.text(
                col[0] if col[2] == "left" else col[1],
                y,
                t,
                s.font,
                7,
                col[2] if col[2] != "left" else "left",
            )
        y += 14
        n1 = c.n_mod // 2
        for k, nm in enumerate([n1, c.n_mod - n1] if c.n_mod > 10 else [c.n_mod]):
            vals = [
                str(k + 1),
                str(nm),
                f"{nm * rng.uniform(37.5, 40.5):.0f}",
                f"{rng.uniform(8, 13.5):.1f}",
                f">{rng.choice([20, 50, 200])}",
            ]
            for col, t in zip(cols, vals, strict=True):
                if col[2] == "left":
                    p.text(col[0], y, t, HAND, 9)
                else:
                    p.text(col[1], y, t, HAND, 9, "right")
            y += 14
        y += 6
    p.text(m, y, tr(lg, "Notes", "Bemerkungen", "Observations"), s.bold, 8)
    y += 12
    for _ in range(rng.randint(1, 3)):
        if y > hh - 90:
            break
        hand(p, m + 6, y, words(rng, lg, "solar", rng.randint(4, 8)), 8.5, w - 2 * m - 10)
        y += 13
    y = max(y + 6, hh - 86)
    half = (w - 2 * m - 10) / 2
    sign_box(p, s, m, y, half, tr(lg, "Team leader", "Monteur", "Chef d'équipe"), team[0], "")
    sign_box(
        p,
        s,
        m + half + 10,
        y,
        half,
        tr(lg, "Customer", "Kunde", "Client"),
        c.name if rng.random() < 0.6 else "",
        "",
    )
    remember(c, d)
    return [p]


COURSES = {
    "en": [
        "Certified Installer - Hybrid Inverters",
        "Battery Storage Installation and Commissioning",
        "Service Technician Level 2",
    ],
    "de": [
        "Zertifizierter Installateur - Hybridwechselrichter",
        "Speichersysteme: Installation und Inbetriebnahme",
        "Servicetechniker Stufe 2",
    ],
    "fr": [
        "Installateur certifié - onduleurs hybrides",
        "Stockage : installation et mise en service",
        "Technicien SAV niveau 2",
    ],
}


def tpl_training_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A maker's installer training certificate for one of the installer's staff, on a
    landscape page with a border, the course, the dates, the certificate number, the
    validity, the trainer's signature and a seal; in the maker's language."""
    h = maker_of(who, "inverter")
    lg = h.lang
    d = some_day(rng) - timedelta(days=rng.randint(0, 20))
    size = landscape(A4)
    w, hh = size
    p = Page(size)
    p.rect(22, 22, w - 44, hh - 44)
    p.rect(28, 28, w - 56, hh - 56)
    p.rect(32, 32, w - 64, 18, fill=0.7)
    font = "Times-Roman" if keyed(who, "serif").random() < 0.5 else "Helvetica"
    bold = "Times-Bold" if font == "Times-Roman" else "Helvetica-Bold"
    p.text(
        w / 2,
        90,
        f"{h.name.split()[0]} {tr(lg, 'Academy', 'Akademie', 'Académie')}",
        bold,
        16,
        "center",
    )
    p.text(w / 2, 140, tr(lg, "CERTIFICATE", "ZERTIFIKAT", "CERTIFICAT"), bold, 34, "center")
    p.text(
        w / 2,
        170,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Nous certifions que"),
        italic_of(font),
        12,
        "center",
    )
    person = staff(
        office_head(), rng.choice(["lead1", "inst1", "inst2", "lead2", "inst3", "owner"])
    )
    p.text(w / 2, 210, person, bold, 24, "center")
    p.line(w / 2 - 180, 218, w / 2 + 180, 218)
    p.text(w / 2, 240, f"{office_head().name}, {office_head().town}", font, 10, "center")
    p.text(
        w / 2,
        270,
        tr(
            lg,
            "has successfully completed the training",
            "hat erfolgreich an der Schulung teilgenommen",
            "a suivi avec succès la formation",
        ),
        font,
        12,
        "center",
    )
    course = rng.choice(COURSES[lg])
    p.text(w / 2, 298, course, bold, shrink(course, bold, 16, w - 160), "center")
    p.text(
        w / 2,
        322,
        f"{day(h, d)} - {short(d + timedelta(days=rng.choice([0, 1])), lg)}",
        font,
        10,
        "center",
    )
    y = hh - 120
    p.text(
        90,
        y,
        tr(lg, "Certificate no.", "Zertifikat-Nr.", "N° de certificat")
        + f": {serial(rng, 'AC-99999-99')}",
        font,
        9,
    )
    p.text(
        90,
        y + 14,
        tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au")
        + f": {short(d.replace(year=d.year + 2, day=min(d.day, 28)), lg)}",
        font,
        9,
    )
    trainer = staff(h, "trainer")
    scrawl(p, w - 300, y + 4, trainer, 14)
    p.line(w - 300, y + 8, w - 120, y + 8)
    p.text(w - 300, y + 20, f"{trainer}, {tr(lg, 'Trainer', 'Trainer', 'Formateur')}", font, 8.5)
    seal(
        p,
        w / 2,
        y + 6,
        34,
        h.name.split()[0].upper(),
        tr(lg, "certified", "zertifiziert", "certifié"),
    )
    remember(None, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same customer."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "signed_order": tpl_signed_order,
    "shading_report": tpl_shading_report,
    "roof_load_letter": tpl_roof_load_letter,
    "dno_notification": tpl_dno_notification,
    "registration_confirmation": tpl_registration_confirmation,
    "handover": tpl_handover,
    "proforma": tpl_proforma,
    "pallet_pod": tpl_pallet_pod,
    "flash_list": tpl_flash_list,
    "service_bulletin": tpl_service_bulletin,
    "scheme_audit": tpl_scheme_audit,
    "export_statement": tpl_export_statement,
    "finance_agreement": tpl_finance_agreement,
    "satisfaction_note": tpl_satisfaction_note,
    "fuel_card": tpl_fuel_card,
    "scaffold_inspection": tpl_scaffold_inspection,
    "vat_declaration": tpl_vat_declaration,
    "yield_report": tpl_yield_report,
    "job_sheet": tpl_job_sheet,
    "training_certificate": tpl_training_certificate,
}
TEMPLATES_MMM: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "proforma",
    "pallet_pod",
    "export_statement",
    "scaffold_inspection",
    "vat_declaration",
    "yield_report",
    "job_sheet",
    "training_certificate",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "shading_report": "roof_load_letter",
    "signed_order": "finance_agreement",
    "finance_agreement": "satisfaction_note",
    "handover": "dno_notification",
    "dno_notification": "registration_confirmation",
    "proforma": "pallet_pod",
    "pallet_pod": "flash_list",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_pitcher_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One installer's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    installer (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(INSTALLERS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", cust=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_MMM, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_pitcher_stream, "templates MMM")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

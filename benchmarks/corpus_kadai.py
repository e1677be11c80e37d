"""Kadai part of the generated corpus: templates XXXXX, written blind for the next measurement.

A part of its own, ``kadai``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a trout
farm and hatchery with a farm shop and a put-and-take fishing lake (the owner, a fish farm
manager, a hatchery technician and a shop assistant; in England, Germany or France) feeds
through its scanner in a month: fish feed suppliers' invoices for bagged or bulk feed, now and
then with the statutory feed declaration on a second page; hatcheries' invoices for eyed ova or
fingerlings with the supplier's health attestation for the consignment and now and then an egg
count sheet; movement documents for live fish and ova (Part I in numbered boxes, Part II the
official veterinarian's certification, now and then the transporter's record); the farm's own
carbon-copy delivery notes to restaurants and fishmongers (A5, filled in by hand, signed for on
receipt) and its invoices to them listing the month's delivery notes; angling clubs' letters
ordering restocking fish; the office copies of season permits for the lake (a printed card on
A6 or landscape A5, with a catch record grid where there is room, or an A4 application form
with the lake rules on its second page); the online ticket platform's monthly payout statement
of day tickets, printed from the browser with its header and footer; the farm's monthly stock
and mortality record sheets, a landscape grid filled in by hand; the fish health authority's
inspection report (Fish Health Inspectorate, Veterinäramt, DDPP) with a landscape annex of
laboratory results and now and then a covering letter; the fish vet's prescription for
medicated feed, now and then behind the vet's visit report; the fallen stock collector's
commercial documents (slips or A5) or its monthly charge; the water authority's abstraction and
discharge licence (Environment Agency licence with numbered conditions, Bescheid nach WHG,
arrêté préfectoral) behind a covering letter and with the site plan annexed; the yearly
abstraction charge (abstraction charges invoice, Wasserentnahmeentgelt, redevance de l'Agence
de l'eau), now and then with a payment slip; the water authority's compliance assessment of the
discharge; an accredited laboratory's water test reports (inlet, outlet, settlement pond) with
page i of n, sometimes a landscape results page or the sampling record; the aeration and oxygen
engineer's service report, now and then with a probe calibration certificate, and the
engineer's invoice; the liquid oxygen supplier's monthly invoice, now and then with the tank
level chart; the half-hourly metered electricity bill with its detail page and a landscape
consumption chart; and the broker's renewal of the fish stock mortality insurance (covering
letter, schedule, endorsements page, stock declaration form). Each stream is one farm's pile:
the farm (country, name, month) is drawn once per stream; its senders are of the farm's country
and write in its language (the water, health and charging authorities of the farm's own
region), except that feed suppliers, hatcheries, laboratories and the aeration firm are now and
then from abroad and write in their own. Page sizes range from narrow collection slips, A6
cards and A5 delivery notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the farm office files it:
the feed declaration behind a feed invoice; the health attestation and egg count sheet sent
with a hatchery's invoice; every part and the transport record of one movement document; the
covering letter, the inspection report and its results annex from the fish health authority;
the vet's visit report with the prescription handed over at the same visit; the covering
letter, the licence and its site plan; the payment slip of a charge notice; the sampling
record and results pages of one test report; the calibration certificate left with a service
report; the tank level chart of an oxygen invoice; the summary, detail and consumption pages of
one electricity bill; the covering letter, schedule, endorsements and declaration form of an
insurance renewal; the application form and its lake rules page; the sheets of one month's
stock record. Related papers are documents of their own: the movement document after the
hatchery's invoice or the club's restocking order it goes with, the farm's invoice after the
delivery note it bills, the engineer's invoice after the service report, the abstraction charge
after the licence, the laboratory's report after the authority's compliance assessment; and so
is each invoice, delivery note, permit, collection slip, test report and movement document of a
run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: feed invoices, delivery notes, sales
invoices, season permits, fallen stock slips, water test reports and movement documents often
come 2-4 in a row from one sender with other numbers, dates and amounts; and companions: each
related paper above follows the document it answers with probability 0.5. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "kadai"`` and seeds offset by 12_700_000.

Usage: ``python benchmarks/corpus_kadai.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/kadai/kadai_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
)
from corpus_kit import address as window

PART = "kadai"
SEED_OFFSET = 12_700_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the farm and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FARMS: dict[str, list[Row]] = {
    "en": [
        (
            "Kennet Valley Trout Farm",
            "Mill Lane, Hungerford Newtown",
            "Hungerford RG17 0PP",
            "01488 682 410",
        ),
        (
            "Wharfedale Trout & Fishery Ltd",
            "Low Mill, Burnsall Road",
            "Skipton BD23 6BP",
            "01756 720 338",
        ),
        ("Itchen Springs Hatchery", "Water Lane, Ovington", "Alresford SO24 0RA", "01962 732 905"),
    ],
    "de": [
        ("Forellenzucht Birkenmühle GmbH", "Mühlenweg 4", "57392 Schmallenberg", "02972 96 18 40"),
        ("Fischzucht Lechauen", "Am Forellenbach 11", "86899 Landsberg am Lech", "08191 42 77 3"),
        ("Forellenhof Kraichtal", "Talstraße 27", "76703 Kraichtal", "07250 93 12 6"),
    ],
    "fr": [
        ("Pisciculture du Moulin de Kerhuel", "Lieu-dit Kerhuel", "29510 Briec", "02 98 57 31 44"),
        ("Truites du Haut-Doubs SARL", "Route de Mouthe", "25650 Montbenoît", "03 81 38 12 70"),
        ("Pisciculture de la Vallée de l'Aure", "Le Moulin Neuf", "14400 Bayeux", "02 31 92 40 18"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "feed": {
        "en": [
            ("Highland Aquafeeds Ltd", "Harbour Road", "Invergordon IV18 0HD", "01349 852 600"),
            ("Northern Fish Feeds Ltd", "Riverside Mill", "Selby YO8 8LZ", "01757 703 210"),
        ],
        "de": [
            ("Hanse Aquafutter GmbH", "Hafenstraße 71", "24768 Rendsburg", "04331 59 47 0"),
            ("Mühle Biberach Fischfutter KG", "Riedlinger Straße 9", "88400 Biberach", ""),
        ],
        "fr": [
            ("Aliments Aquacoles de l'Ouest SAS", "ZA de Kervidanou", "29300 Mellac", ""),
            ("Nutri-Truite SA", "Zone portuaire", "44550 Montoir-de-Bretagne", "02 40 45 18 00"),
        ],
    },
    "ova": {
        "en": [
            ("Houghton Springs Ova Ltd", "Bossington", "Stockbridge SO20 8LQ", "01794 388 120"),
            ("Lakeland Brood Stock Ltd", "Troutbeck Bridge", "Windermere LA23 1HS", ""),
        ],
        "de": [
            ("Salmonidenbrutanstalt Eifel", "Brunnenstraße 2", "54576 Hillesheim", ""),
            ("Bruthaus Ammersee Fischzucht", "Seeweg 15", "86911 Dießen", "08807 92 14 0"),
        ],
        "fr": [
            ("Écloserie de Bretagne - Salmonidés", "Moulin de Pont-Rouge", "29400 Lampaul", ""),
            ("Sélection Truite Normandie", "Le Haut Pays", "61210 Putanges", "02 33 35 61 08"),
        ],
    },
    "health": {
        "en": [
            ("Cefas - Fish Health Inspectorate", "Barrack Road, The Nothe", "Weymouth DT4 8UB", ""),
        ],
        "de": [
            (
                "Hochsauerlandkreis - Veterinär- und Lebensmittelüberwachung",
                "Steinstraße 27",
                "59872 Meschede",
                "",
            ),
            (
                "Landratsamt Landsberg am Lech - Veterinäramt",
                "Von-Kühlmann-Straße 15",
                "86899 Landsberg am Lech",
                "",
            ),
            ("Landratsamt Karlsruhe - Veterinäramt", "Beiertheimer Allee 2", "76137 Karlsruhe", ""),
        ],
        "fr": [
            (
                "Préfecture du Finistère - DDPP - Santé et protection animales",
                "4 rue du 19 mars 1962",
                "29200 Brest",
                "",
            ),
            (
                "Préfecture du Doubs - DDETSPP - Service santé animale",
                "Cité administrative",
                "25000 Besançon",
                "",
            ),
            (
                "Préfecture du Calvados - DDPP - Santé animale",
                "6 boulevard Général Vanier",
                "14000 Caen",
                "",
            ),
        ],
    },
    "water": {
        "en": [
            (
                "Environment Agency - Thames Area",
                "Red Kite House, Howbery Park",
                "Wallingford OX10 8BD",
                "03708 506 506",
            ),
            (
                "Environment Agency - Yorkshire Area",
                "Lateral, 8 City Walk",
                "Leeds LS11 9AT",
                "03708 506 506",
            ),
            (
                "Environment Agency - Solent and South Downs",
                "Guildbourne House, Chatsworth Road",
                "Worthing BN11 1LD",
                "03708 506 506",
            ),
            (
                "Environment Agency - Water Resources Permitting",
                "Quadrant 2, 99 Parkway Avenue",
                "Sheffield S9 4WF",
                "03708 506 506",
            ),
        ],
        "de": [
            ("Hochsauerlandkreis - Untere Wasserbehörde", "Steinstraße 27", "59872 Meschede", ""),
            (
                "Landratsamt Landsberg am Lech - Wasserrecht",
                "Von-Kühlmann-Straße 15",
                "86899 Landsberg am Lech",
                "",
            ),
            (
                "Landratsamt Karlsruhe - Amt für Umwelt und Arbeitsschutz",
                "Beiertheimer Allee 2",
                "76137 Karlsruhe",
                "",
            ),
        ],
        "fr": [
            (
                "DDTM du Finistère - Service Eau et Biodiversité - Police de l'eau",
                "2 boulevard du Finistère",
                "29325 Quimper",
                "",
            ),
            (
                "DDT du Doubs - Service Eau, Risques, Nature, Forêt - Police de l'eau",
                "6 rue Roussillon",
                "25003 Besançon",
                "",
            ),
            (
                "DDTM du Calvados - Service Eau et Biodiversité - Police de l'eau",
                "10 boulevard Général Vanier",
                "14000 Caen",
                "",
            ),
        ],
    },
    "charge": {
        "en": [
            ("Environment Agency - Water Resources Charging", "PO Box 263", "Sheffield S9 4WF", ""),
        ],
        "de": [
            (
                "Bezirksregierung Arnsberg - Wasserentnahmeentgelt",
                "Seibertzstraße 1",
                "59821 Arnsberg",
                "",
            ),
            (
                "Landratsamt Landsberg am Lech - Gebührenstelle",
                "Von-Kühlmann-Straße 15",
                "86899 Landsberg am Lech",
                "",
            ),
            (
                "Landratsamt Karlsruhe - Wasserentnahmeentgelt",
                "Beiertheimer Allee 2",
                "76137 Karlsruhe",
                "",
            ),
        ],
        "fr": [
            ("Agence de l'eau Loire-Bretagne - Redevances", "9 avenue Buffon", "45063 Orléans", ""),
            ("Agence de l'eau Rhône Méditerranée Corse", "2-4 allée de Lodz", "69363 Lyon", ""),
            (
                "Agence de l'eau Seine-Normandie - Redevances",
                "51 rue Salvador Allende",
                "92027 Nanterre",
                "",
            ),
        ],
    },
    "lab": {
        "en": [
            (
                "Severn Analytical Laboratories Ltd",
                "Unit 9, Quedgeley Enterprise Centre",
                "Gloucester GL2 4PA",
                "01452 728 900",
            ),
            ("Aquatic Environment Testing Ltd", "4 Shaw Road", "Newbury RG14 1HP", ""),
        ],
        "de": [
            ("Wasserlabor Dr. Brenner GmbH", "Robert-Bosch-Straße 12", "73037 Göppingen", ""),
            ("Umweltanalytik Sauerland GmbH", "Industriestraße 8", "59872 Meschede", ""),
        ],
        "fr": [
            (
                "Laboratoire départemental d'analyses du Doubs",
                "Rue Alain Savary",
                "25000 Besançon",
                "",
            ),
            ("Labocéa - Site de Quimper", "22 avenue de la Plage des Gueux", "29000 Quimper", ""),
        ],
    },
    "tickets": {
        "en": [("FishPass Bookings Ltd", "The Boathouse, 3 Quay Street", "Bristol BS1 4DB", "")],
        "de": [("Petri-Pass Angelkarten GmbH", "Lindwurmstraße 88", "80337 München", "")],
        "fr": [("CartePêche Connect SAS", "12 rue de la Bourse", "69002 Lyon", "")],
    },
    "aeration": {
        "en": [
            ("AquaTech Aeration Services Ltd", "Unit 14, Hurricane Way", "Norwich NR6 6HE", ""),
            ("Oxy-Flow Engineering", "Brunel Road", "Totnes TQ9 5LN", "01803 868 004"),
        ],
        "de": [
            ("Sauerstofftechnik Weber GmbH", "Gewerbering 21", "49377 Vechta", "04441 87 30 0"),
            ("Aqua-Belüftung Schreiner", "Industriepark 3", "94469 Deggendorf", ""),
        ],
        "fr": [
            ("Aqua-Oxygène Services SARL", "ZA du Vern", "29400 Landivisiau", "02 98 68 14 22"),
            ("Hydro-Aération Est", "12 rue de l'Artisanat", "25300 Pontarlier", ""),
        ],
    },
    "oxygen": {
        "en": [("Northgas Industrial Gases Ltd", "Tees Dock Road", "Middlesbrough TS6 6UD", "")],
        "de": [("Gasewerk Süd GmbH", "Carl-Bosch-Straße 40", "67063 Ludwigshafen", "")],
        "fr": [("Gaz Industriels du Centre SAS", "Rue des Frères Lumière", "63100 Clermont", "")],
    },
    "power": {
        "en": [
            ("Wessex Business Energy", "PO Box 5210", "Exeter EX1 9QA", "0345 602 1166"),
            ("Pennine Power Supply Ltd", "1 Sovereign Street", "Leeds LS1 4BA", ""),
        ],
        "de": [
            ("Energieversorgung Oberland AG", "Kraftwerkstraße 2", "87629 Füssen", ""),
            ("Stadtwerke Meschede GmbH", "Am Stadtpark 5", "59872 Meschede", ""),
        ],
        "fr": [
            ("Énergies du Grand Ouest - Service Professionnels", "TSA 41020", "35093 Rennes", ""),
            ("Électricité de Franche-Comté", "2 rue Gambetta", "25000 Besançon", ""),
        ],
    },
    "insurance": {
        "en": [
            (
                "Aquaculture Risk Partners Ltd (Lloyd's broker)",
                "30 Fenchurch Avenue",
                "London EC3M 5AD",
                "020 7929 4410",
            ),
        ],
        "de": [
            (
                "Agrar-Assekuranz Nord Versicherungsmakler GmbH",
                "Ballindamm 27",
                "20095 Hamburg",
                "",
            ),
        ],
        "fr": [("Mutuelle Aquacole de France", "18 rue de Châteaudun", "75009 Paris", "")],
    },
    "vet": {
        "en": [
            (
                "Riverside Aquatic Veterinary Services",
                "The Old Dairy, Fullerton",
                "Andover SP11 7JX",
                "01264 860 370",
            ),
        ],
        "de": [("Fischtierarztpraxis Dr. Anke Hollmann", "Dorfstraße 12", "59969 Hallenberg", "")],
        "fr": [
            ("Cabinet vétérinaire aquacole Dr Le Roux", "3 rue du Port", "29900 Concarneau", "")
        ],
    },
    "fallen": {
        "en": [
            (
                "Wessex Fallen Stock Services Ltd",
                "Knacker's Yard, Station Road",
                "Andover SP10 3LB",
                "01264 333 871",
            )
        ],
        "de": [
            ("Zweckverband Tierkörperbeseitigung Westfalen", "Am Lappenberg 1", "59846 Sundern", "")
        ],
        "fr": [("Équarrissage de l'Est SAS", "ZI de la Praye", "25300 Pontarlier", "")],
    },
    "club": {
        "en": [
            (
                "Kennet & District Angling Association",
                "c/o 14 Oxford Street",
                "Newbury RG14 1JB",
                "",
            ),
            (
                "Dales Fly Fishers' Club",
                "c/o Hon. Secretary, 2 Church View",
                "Grassington BD23 5AT",
                "",
            ),
        ],
        "de": [
            ("Angelsportverein Petri Heil 1952 e.V.", "Seestraße 3", "86899 Landsberg", ""),
            ("Fischereiverein Lennetal e.V.", "Vereinsheim am Wehr", "57368 Lennestadt", ""),
        ],
        "fr": [
            ("AAPPMA La Truite du Haut-Doubs", "Mairie", "25650 Montbenoît", ""),
            ("AAPPMA Les Pêcheurs de l'Odet", "Maison des associations", "29000 Quimper", ""),
        ],
    },
}
CUSTOMERS: dict[str, list[Row]] = {
    "en": [
        ("The Riverside Brasserie", "12 Bridge Street", "Hungerford RG17 0EH", ""),
        ("Harbour Fish Co. (fishmonger)", "3 Market Place", "Newbury RG14 5AY", ""),
        ("The Swan Inn", "High Street", "Kintbury RG17 9TJ", ""),
        ("Ashworth & Daughters Fishmongers", "Unit 2, Covered Market", "Skipton BD23 1AA", ""),
        ("Oak Room Restaurant", "Castle Hotel, Taunton Road", "Winchester SO23 8UJ", ""),
    ],
    "de": [
        ("Gasthof zur Post", "Marktplatz 5", "57392 Schmallenberg", ""),
        ("Fischhandel Krüger", "Hauptstraße 44", "59872 Meschede", ""),
        ("Restaurant Seeblick", "Uferweg 2", "86911 Dießen", ""),
        ("Landhotel Sonnenhof", "Am Kurpark 9", "76703 Kraichtal", ""),
        ("Fisch Feinkost Brandl", "Ludwigstraße 17", "86899 Landsberg", ""),
    ],
    "fr": [
        ("Restaurant Le Saint-Corentin", "4 place Saint-Corentin", "29000 Quimper", ""),
        ("Poissonnerie Le Gall", "Halles de Quimper", "29000 Quimper", ""),
        ("Auberge du Saugeais", "Grande Rue", "25650 Montbenoît", ""),
        ("Hôtel-Restaurant Le Lion d'Or", "71 rue Saint-Jean", "14400 Bayeux", ""),
        ("Marée Fraîche Pontarlier", "9 rue de Salins", "25300 Pontarlier", ""),
    ],
}
FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Richard", "Gareth", "Tom", "Fiona"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Yann", "Léa", "Hugo", "Gwen"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Pryce", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Le Bihan", "Morel", "Girard", "Fontaine", "Chevalier", "Guillou", "Roux", "Perrin"],
}
ROADS = {
    "en": ["Church Road", "Station Road", "Mill Way", "The Green"],
    "de": ["Hauptstraße", "Am Bach", "Gartenweg", "Kirchweg"],
    "fr": ["rue de la Gare", "route du Lac", "rue Haute", "chemin des Prés"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Fiona", "Andrea", "Julia", "Katrin", "Sabine", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa", "Gwen"}

TALK = {
    "en": {
        "fish": "trout stock ponds raceways fingerlings ova hatchery feeding mortality growth "
        "grading biomass water temperature oxygen flow sampling health batch",
        "water": "abstraction discharge licence permit condition river flow quantity volume "
        "settlement pond outfall monitoring sample consent compliance standard",
        "legal": "policy insured cover condition exclusion excess claim premium period schedule "
        "endorsement notification loss warranty",
        "service": "aerator blower diffuser oxygen cone probe calibration motor bearing seal "
        "filter pressure alarm controller inspection replaced tested",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "fish": "Forellen Bestand Teiche Fließkanäle Setzlinge Eier Bruthaus Fütterung Verluste "
        "Zuwachs Sortierung Biomasse Wassertemperatur Sauerstoff Durchfluss Probe Gesundheit",
        "water": "Entnahme Einleitung Erlaubnis Bewilligung Auflage Gewässer Abfluss Menge "
        "Absetzteich Ablauf Überwachung Probenahme Grenzwert Bescheid",
        "legal": "Versicherungsschein Versicherungsnehmer Deckung Obliegenheit Ausschluss "
        "Selbstbehalt Schaden Beitrag Laufzeit Nachtrag Anzeige",
        "service": "Belüfter Gebläse Diffusor Sauerstoffkegel Sonde Kalibrierung Motor Lager "
        "Dichtung Filter Druck Alarm Steuerung Prüfung ersetzt getestet",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Abrechnung Gebühren Zahlungsziel",
    },
    "fr": {
        "fish": "truites cheptel bassins raceways alevins oeufs écloserie alimentation mortalité "
        "croissance tri biomasse température oxygène débit prélèvement santé lot",
        "water": "prélèvement rejet autorisation arrêté prescription cours d'eau débit volume "
        "bassin de décantation exutoire surveillance échantillon conformité",
        "legal": "contrat assuré garantie condition exclusion franchise sinistre cotisation "
        "période avenant déclaration",
        "service": "aérateur surpresseur diffuseur cône à oxygène sonde étalonnage moteur "
        "roulement joint filtre pression alarme automate contrôle remplacé testé",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "fish", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "fish", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The farm of a stream: its country, month and what the previous document was about
# ---------------------------------------------------------------------------------------------

FARM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(FARM["lang"])


def month() -> date:
    m = FARM["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's farm and ``key``: a run or a repeat keeps its
    sender."""
    text = f"kadai/{key}/{who.name}/{who.street}/{who.city}/{FARM['seed']}"
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


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def num(v: float, lang: str, dec: int = 0) -> str:
    """A quantity as the country writes it ("1,250.5", "1.250,5", "1 250,5")."""
    s = f"{v:,.{dec}f}"
    if lang in ("de", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", "." if lang == "de" else " ")
    return s


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
    look: str  # band | centred | logo | boxed | plain | side | official
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
LOOKS = ["band", "centred", "logo", "boxed", "plain", "side"]
OFFICIAL = ("health", "water", "charge")
TAGLINES = {
    "farm": (
        "Trout farm - Hatchery - Farm shop - Fishing lake",
        "Forellenzucht - Bruthaus - Hofladen - Angelsee",
        "Pisciculture - Écloserie - Vente directe - Étang de pêche",
    ),
    "feed": ("Aquaculture feeds", "Fischfutter für die Aquakultur", "Aliments pour l'aquaculture"),
    "ova": (
        "Eyed ova - fry - fingerlings",
        "Augenpunkteier - Brut - Setzlinge",
        "Oeufs embryonnés - alevins - truitelles",
    ),
    "lab": (
        "Water and environmental analysis",
        "Wasser- und Umweltanalytik",
        "Analyses eaux et environnement",
    ),
    "aeration": (
        "Aeration - oxygenation - monitoring",
        "Belüftung - Begasung - Messtechnik",
        "Aération - oxygénation - supervision",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in OFFICIAL:
        return []
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Mitten im Sauerland", "VR-Bank Landsberg", "Volksbank Bruchsal"]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(300, 399)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Arnsberg', 'Augsburg', 'Mannheim', 'Kiel'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Ulrich Brandes", "Markus Feldhaus", "Petra Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['0322Z', '1091Z', '4638A', '3511Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(1000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"kadai/head/{name}/{FARM['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in OFFICIAL:
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("club", "vet"):
        looks = ["plain", "centred", "side"]
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
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7 and role not in OFFICIAL
        else "",
    )


def farm_row() -> Row:
    return FARMS[home()][int(FARM["row"])]  # type: ignore[call-overload]


def farm_head() -> Head:
    return make_head(farm_row(), home(), "farm")


def farm_name() -> str:
    return farm_row()[0]


def farm_lines(att: str = "") -> list[str]:
    n, st, town, _ = farm_row()
    return [n, *([att] if att else []), st, town]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and farm), of the farm's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def regional(role: str, lang: str = "") -> Head:
    """The ``role`` authority of the farm's region (of ``lang``'s country: its first one)."""
    lang = lang or home()
    rows = SENDERS[role][lang]
    k = int(FARM["row"]) if lang == home() else 0
    return make_head(rows[k % len(rows)], lang, role)


def water_office(who: Issuer) -> Head:
    """The water authority: the region's, in England now and then the national permitting
    centre."""
    if home() == "en" and keyed(who, "ea").random() < 0.3:
        return make_head(SENDERS["water"]["en"][-1], "en", "water")
    return regional("water")


def customer_of(rng: random.Random) -> Row:
    return rng.choice(CUSTOMERS[home()])


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
    """A circle drawn as a polygon (round stamps, logos)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.5, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 10, "center")


def fish_mark(p: Page, x: float, y: float, size: float = 30) -> None:
    """A small fish logo: a body outline and a tail, in lines."""
    pts = [
        (x + size * (0.5 + 0.5 * math.cos(t)), y + size * 0.22 * math.sin(t))
        for t in [2 * math.pi * k / 24 for k in range(25)]
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)
    p.line(x, y, x - size * 0.25, y - size * 0.2)
    p.line(x, y, x - size * 0.25, y + size * 0.2)
    p.line(x - size * 0.25, y - size * 0.2, x - size * 0.25, y + size * 0.2)
    p.rect(x + size * 0.8, y - 2, 2.5, 2.5, fill=0.0)


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
    tag = TAGLINES.get(h.role)
    line2 = tr(h.lang, *tag) if tag else ""
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
        lines = h.name.split(" - ")
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 8.5)
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.6 - m), f_, pt)
            yy += 11
        p.text(m + 32, yy, fit(where, h.font, 7, w * 0.6 - m), h.font, 7)
        if h.phone:
            p.text(m + 32, yy + 9, fit(tel, h.font, 7, w * 0.6 - m), h.font, 7)
        return yy + 36
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
        low = f"{where}   {contact}" if line2 else contact
        if low:
            p.text(w / 2, y + 24, fit(low, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "logo":
        fish_mark(p, m + 8, y + 2, 34)
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.55 - m)
        p.text(m + 50, y + 2, h.name, h.bold, pt)
        if line2:
            p.text(
                m + 50,
                y + 13,
                fit(line2, italic_of(h.font), 7.5, w * 0.55 - m),
                italic_of(h.font),
                7.5,
            )
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.35), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 22) + 22
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
        p.text(m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t not in ("Dr",)]
    parts = parts or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the farm office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lang = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(["", tr(lang, "Office", "Büro", "Bureau")]) or farm_name()[:22],
            ],
        )


def booked(rng: random.Random, p: Page, odds: float = 0.25) -> None:
    """Now and then the office's hand note on a paid bill."""
    if rng.random() < odds:
        w, h = p.size
        lg = home()
        note = rng.choice(
            [
                tr(lg, "paid", "bez.", "payé") + f" {rng.randint(1, 28):02d}/{month().month:02d}",
                tr(lg, "ok to pay", "sachl. richtig", "bon à payer"),
                tr(lg, "DD", "Lastschrift", "prélèvement"),
            ]
        )
        hand(p, w - rng.uniform(150, 200), h - rng.uniform(90, 160), note, 11)


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "logo", "official") else None, y0, lines
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
            ["Yours sincerely", "Kind regards", "Yours faithfully"][len(name) % 3],
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
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"kadai/staff/{tag}/{h.name}/{FARM['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def crew(tag: str) -> str:
    """The farm's people: owner, manager, technician (hatchery), shop (assistant)."""
    return staff(farm_head(), tag)


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
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


def food_vat(lang: str) -> float:
    """VAT on fish and fish feed (zero-rated in the UK, reduced in Germany and France)."""
    return {"en": 0.0, "de": 7.0, "fr": 5.5}[lang]


def std_vat(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def small_print(
    rng: random.Random, s0: Style, lg: str, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    s = Style(s0.font, s0.bold, 6.5, min(s0.margin, 44), "none", "bottom", s0.page_size, "short")
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


def bank_line(r: random.Random, lg: str) -> str:
    return {
        "en": f"Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}  Account "
        f"{r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]


def signature_block(
    p: Page, s: Style, x: float, y: float, label: str, name: str, sign: bool
) -> None:
    """A signature line with its caption below and, if ``sign``, a signature on it."""
    p.line(x, y, x + 150, y)
    p.text(x, y + 9, label, s.font, 7)
    if sign:
        scrawl(p, x + 6, y - 3, name, 12)


# ---------------------------------------------------------------------------------------------
# What the farm buys and sells
# ---------------------------------------------------------------------------------------------

FEEDS = {
    "en": [
        ("TF-05", "Trout Fry 0.5 mm crumb", 20, 2.60),
        ("TS-15", "Trout Starter 1.5 mm", 25, 2.10),
        ("TG-30", "Trout Grower 3.0 mm", 25, 1.62),
        ("TG-45", "Trout Grower 4.5 mm", 25, 1.55),
        ("TP-45", "Trout Pigment Finisher 4.5 mm (astaxanthin)", 25, 1.88),
        ("BR-60", "Broodstock 6.0 mm", 25, 2.25),
        ("TG-45B", "Trout Grower 4.5 mm - big bag", 600, 1.49),
    ],
    "de": [
        ("F05", "Brutfutter 0,5 mm (Krümel)", 20, 2.85),
        ("S15", "Setzlingsfutter 1,5 mm", 25, 2.30),
        ("M30", "Forellen-Mastfutter 3,0 mm", 25, 1.74),
        ("M45", "Forellen-Mastfutter 4,5 mm", 25, 1.66),
        ("P45", "Pigmentfutter 4,5 mm (Astaxanthin)", 25, 2.05),
        ("L60", "Laichfischfutter 6,0 mm", 25, 2.40),
        ("M45B", "Forellen-Mastfutter 4,5 mm, BigBag", 600, 1.59),
    ],
    "fr": [
        ("A05", "Aliment alevin 0,5 mm miette", 20, 2.75),
        ("P15", "Aliment pré-grossissement 1,5 mm", 25, 2.20),
        ("G30", "Aliment truite grossissement 3 mm", 25, 1.70),
        ("G45", "Aliment truite grossissement 4,5 mm", 25, 1.61),
        ("R45", "Aliment pigmenté 4,5 mm (astaxanthine)", 25, 1.98),
        ("R60", "Aliment géniteurs 6 mm", 25, 2.35),
        ("G45V", "Aliment grossissement 4,5 mm - vrac", 1000, 1.52),
    ],
}
PRODUCTS = {
    "en": [
        ("Rainbow trout, whole gutted 300-400 g", "kg", 9.80),
        ("Rainbow trout, whole gutted 400-600 g", "kg", 10.40),
        ("Brown trout, whole gutted 1-1.5 kg", "kg", 14.50),
        ("Trout fillets, pin-boned, skin on", "kg", 21.00),
        ("Hot-smoked trout fillets 2 x 100 g", "pack", 6.20),
        ("Cold-smoked trout, sliced 200 g", "pack", 7.90),
        ("Trout caviar 50 g jar", "jar", 8.50),
    ],
    "de": [
        ("Regenbogenforelle küchenfertig 300-400 g", "kg", 12.90),
        ("Lachsforelle ausgenommen 1,5-2 kg", "kg", 15.40),
        ("Bachsaibling küchenfertig", "kg", 16.80),
        ("Forellenfilet mit Haut, entgrätet", "kg", 26.00),
        ("Forellenfilet heißgeräuchert 2 x 100 g", "Pkg", 6.90),
        ("Räucherforelle ganz", "Stk", 7.50),
        ("Forellenkaviar 50 g", "Glas", 9.20),
    ],
    "fr": [
        ("Truite arc-en-ciel vidée 300/400 g", "kg", 11.40),
        ("Truite saumonée vidée 1,5/2 kg", "kg", 14.20),
        ("Omble chevalier vidé", "kg", 17.50),
        ("Filets de truite avec peau, désarêtés", "kg", 24.50),
        ("Filets de truite fumée 2 x 100 g", "bq", 6.80),
        ("Truite fumée entière", "pce", 7.20),
        ("Oeufs de truite 50 g", "pot", 9.00),
    ],
}
STOCK = {
    "en": [
        ("Rainbow trout (all-female)", "Oncorhynchus mykiss"),
        ("Rainbow trout (triploid)", "Oncorhynchus mykiss"),
        ("Brown trout", "Salmo trutta"),
        ("Brook char", "Salvelinus fontinalis"),
    ],
    "de": [
        ("Regenbogenforelle (rein weiblich)", "Oncorhynchus mykiss"),
        ("Regenbogenforelle (triploid)", "Oncorhynchus mykiss"),
        ("Bachforelle", "Salmo trutta fario"),
        ("Bachsaibling", "Salvelinus fontinalis"),
    ],
    "fr": [
        ("Truite arc-en-ciel (100 % femelles)", "Oncorhynchus mykiss"),
        ("Truite arc-en-ciel triploïde", "Oncorhynchus mykiss"),
        ("Truite fario", "Salmo trutta fario"),
        ("Saumon de fontaine", "Salvelinus fontinalis"),
    ],
}
DISEASES = [
    (
        "VHS",
        "Viral haemorrhagic septicaemia",
        "Virale hämorrhagische Septikämie",
        "Septicémie hémorragique virale",
    ),
    (
        "IHN",
        "Infectious haematopoietic necrosis",
        "Infektiöse hämatopoetische Nekrose",
        "Nécrose hématopoïétique infectieuse",
    ),
    (
        "IPN",
        "Infectious pancreatic necrosis",
        "Infektiöse Pankreasnekrose",
        "Nécrose pancréatique infectieuse",
    ),
    ("BKD", "Bacterial kidney disease", "Bakterielle Nierenerkrankung", "Rénibactériose"),
    (
        "ERM",
        "Enteric redmouth (Yersinia ruckeri)",
        "Rotmaulseuche (Yersinia ruckeri)",
        "Maladie de la bouche rouge (Yersinia ruckeri)",
    ),
    ("GS", "Gyrodactylus salaris", "Gyrodactylus salaris", "Gyrodactylus salaris"),
]


def dname(k: int, lg: str) -> str:
    d = DISEASES[k]
    return tr(lg, d[1], d[2], d[3])


def farm_ids() -> dict[str, str]:
    """The farm's registration numbers, fixed for the stream."""
    r = random.Random(zlib.crc32(f"kadai/ids/{FARM['seed']}".encode()))
    lg = home()
    return {
        "apb": {
            "en": f"APB {r.randint(1000, 9999)}",
            "de": f"DE-{r.choice(['NW', 'BY', 'BW'])}-AQ-{r.randint(1000, 9999)}",
            "fr": f"FR-{r.choice(['29', '25', '14'])}-{r.randint(100, 999)}-AQ",
        }[lg],
        "holding": {
            "en": f"CPH {r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(1000, 9999)}",
            "de": f"Reg.-Nr. 276 {r.randint(10, 16):02d} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}",
            "fr": f"EDE {r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
        }[lg],
        "licence": {
            "en": f"{r.randint(10, 28)}/{r.randint(10, 99)}/{r.randint(10, 99)}/"
            f"{r.randint(1000, 9999)}",
            "de": f"66.{r.randint(10, 99)}-{r.randint(100, 999)}/{r.randint(2005, 2019)}",
            "fr": f"n° {r.randint(2005, 2019)}-DDT-{r.randint(100, 999)}",
        }[lg],
        "customer": serial(r, "99999"),
        "ponds": str(r.choice([8, 10, 12, 14])),
    }


def feed_vat(lang: str) -> float:
    return {"en": 0.0, "de": 7.0, "fr": 10.0}[lang]


# ---------------------------------------------------------------------------------------------
# Templates XXXXX: what the farm buys
# ---------------------------------------------------------------------------------------------


def tpl_feed_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A feed supplier's invoice for one delivery: bags or a bulk blow-in, lot numbers, price
    per kg or tonne, haulage, the feed VAT; now and then the statutory feed declaration (the
    label text: composition, analytical constituents, additives) on a second page."""
    h = head_of(who, "feed", abroad=0.12)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ids = farm_ids()
    inv = serial(rng, rng.choice(["SI-999999", "9099999", f"RE{d.year}-09999", "FA99999"]))
    dn = serial(rng, rng.choice(["DN 999999", "LS 9999999", "BL 999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(keyed(who, "acc"), "C99999")),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), dn),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                f"Delivered to {farm_name()} ({ids['apb']}) on "
                f"{short(d - timedelta(days=rng.randint(0, 3)), lg)}.",
                "Lieferung frei Teichanlage am "
                f"{short(d - timedelta(days=rng.randint(0, 3)), lg)}.",
                "Livraison franco pisciculture le "
                f"{short(d - timedelta(days=rng.randint(0, 3)), lg)}.",
            ),
            s.size - 1,
        )
    feeds = FEEDS[lg]
    picks = rng.sample(feeds, rng.randint(1, 4))
    rows = []
    net = 0.0
    for code, name, bag, price in picks:
        qty = rng.choice([1, 2, 3]) if bag >= 600 else rng.choice([8, 12, 20, 24, 40, 48, 80])
        kg = qty * bag
        pr = round(price * rng.uniform(0.95, 1.08), 3)
        v = round(kg * pr, 2)
        net += v
        rows.append(
            [
                code,
                name,
                serial(rng, "L9999-99"),
                f"{qty} x {bag} kg",
                num(kg, lg),
                money(pr * 1000, lg),
                money(v, lg),
            ]
        )
    if rng.random() < 0.6:
        fee = rng.choice([35.0, 45.0, 60.0, 85.0])
        net += fee
        rows.append(
            [
                "HAUL",
                tr(
                    lg, "Haulage / delivery charge", "Frachtkostenanteil", "Participation transport"
                ),
                "",
                "",
                "",
                "",
                money(fee, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (0.8, "left"),
            (3.4, "left"),
            (1.1, "left"),
            (1.1, "right"),
            (0.8, "right"),
            (1, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Product", "Bezeichnung", "Désignation"),
            tr(lg, "Lot", "Charge", "Lot"),
            tr(lg, "Packs", "Gebinde", "Cond."),
            "kg",
            tr(lg, "Price/t", "Preis/t", "Prix/t"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        feed_vat(lg),
        tr(lg, "Zero-rated: animal feeding stuffs.", "", "") if lg == "en" else "",
    )
    due = d + timedelta(days=rng.choice([30, 30, 45, 60]))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due by {day(h, due)}. Please quote the invoice number with your payment.",
            f"Zahlbar bis {day(h, due)} ohne Abzug. Bei Zahlung bis "
            f"{short(d + timedelta(days=10), lg)} 2 % Skonto.",
            f"Échéance : {day(h, due)}. Pas d'escompte pour paiement anticipé. Pénalités de "
            "retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire 40 EUR.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        code, name, bag, _ = picks[0]
        p = Page(A4)
        ww, _ = A4
        mm = 56
        p.text(
            ww / 2,
            60,
            tr(lg, "FEED DECLARATION", "FUTTERMITTELDEKLARATION", "ÉTIQUETAGE RÉGLEMENTAIRE"),
            s.bold,
            13,
            "center",
        )
        p.text(
            ww / 2,
            76,
            tr(
                lg,
                "Complete feed for trout",
                "Alleinfuttermittel für Forellen",
                "Aliment complet pour truites",
            ),
            s.font,
            9,
            "center",
        )
        p.rect(mm, 92, ww - 2 * mm, 620)
        y = 112.0
        y = pairs(
            p,
            s,
            mm + 10,
            y,
            [
                (tr(lg, "Product", "Produkt", "Produit"), f"{code} {name}"),
                (tr(lg, "Lot / batch", "Charge", "Lot"), rows[0][2]),
                (tr(lg, "Net weight", "Nettogewicht", "Poids net"), f"{bag} kg"),
                (
                    tr(lg, "Best before", "Mindestens haltbar bis", "À utiliser avant"),
                    short(d + timedelta(days=rng.randint(120, 200)), lg),
                ),
                (
                    tr(lg, "Approval no.", "Zulassungs-Nr.", "N° d'agrément"),
                    serial(
                        keyed(who, "app"),
                        {"en": "GB999999", "de": "DE 99 999 99", "fr": "FR 99 999 999"}[lg],
                    ),
                ),
            ],
            ww - mm - 10,
            8.5,
        )
        y += 10
        p.text(mm + 10, y, tr(lg, "Composition", "Zusammensetzung", "Composition"), s.bold, 9)
        y += 13
        comp = tr(
            lg,
            "Fish meal, soya protein concentrate, wheat, fish oil, rapeseed oil, wheat gluten, "
            "pea protein, horse beans, monocalcium phosphate, vitamins and minerals.",
            "Fischmehl, Sojaproteinkonzentrat, Weizen, Fischöl, Rapsöl, Weizenkleber, "
            "Erbsenprotein, Ackerbohnen, Monocalciumphosphat, Vitamine und Mineralstoffe.",
            "Farine de poisson, concentré protéique de soja, blé, huile de poisson, huile de "
            "colza, gluten de blé, protéines de pois, féveroles, phosphate monocalcique.",
        )
        y = text_in(p, s, mm + 10, y, ww - 2 * mm - 20, comp, 8.5)
        p.text(
            mm + 10,
            y,
            tr(lg, "Analytical constituents", "Inhaltsstoffe", "Constituants analytiques"),
            s.bold,
            9,
        )
        y += 13
        prot = rng.choice([42, 44, 46, 48, 52])
        y = pairs(
            p,
            s,
            mm + 10,
            y,
            [
                (tr(lg, "Crude protein", "Rohprotein", "Protéine brute"), f"{prot} %"),
                (
                    tr(lg, "Crude fat", "Rohfett", "Matières grasses brutes"),
                    f"{rng.choice([18, 22, 24, 26])} %",
                ),
                (
                    tr(lg, "Crude fibre", "Rohfaser", "Cellulose brute"),
                    num(rng.choice([1.5, 1.8, 2.2]), lg, 1) + " %",
                ),
                (
                    tr(lg, "Crude ash", "Rohasche", "Cendres brutes"),
                    num(rng.choice([6.5, 7.0, 8.1]), lg, 1) + " %",
                ),
                (
                    tr(lg, "Phosphorus", "Phosphor", "Phosphore"),
                    num(rng.choice([0.9, 1.0, 1.1]), lg, 1) + " %",
                ),
            ],
            mm + 260,
            8.5,
        )
        y += 10
        p.text(
            mm + 10,
            y,
            tr(lg, "Additives per kg", "Zusatzstoffe je kg", "Additifs par kg"),
            s.bold,
            9,
        )
        y += 13
        y = pairs(
            p,
            s,
            mm + 10,
            y,
            [
                ("3a672a Vitamin A", f"{num(rng.choice([5000, 8000, 10000]), lg)} IU"),
                ("E671 Vitamin D3", f"{num(rng.choice([1000, 1500, 2000]), lg)} IU"),
                ("3a700 Vitamin E", f"{rng.choice([150, 200, 250])} mg"),
                ("E161j Astaxanthin", f"{rng.choice([0, 40, 60, 80])} mg"),
            ],
            mm + 260,
            8.5,
        )
        y += 12
        text_in(
            p,
            s,
            mm + 10,
            y,
            ww - 2 * mm - 20,
            tr(
                lg,
                "Feeding instructions: feed according to the feeding table for the water "
                "temperature. "
                "Store in a cool dry place. " + words(rng, lg, "fish"),
                "Fütterungshinweise: Tagesration nach Fütterungstabelle entsprechend der "
                "Wassertemperatur. Kühl und trocken lagern. " + words(rng, lg, "fish"),
                "Mode d'emploi : distribuer selon la table de rationnement en fonction de la "
                "température de l'eau. Stocker au sec. " + words(rng, lg, "fish"),
            ),
            8,
        )
        pages.append(p)
    received(rng, pages[0], d)
    booked(rng, pages[0])
    remember(d)
    return pages


def text_in(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float) -> float:
    """``text`` wrapped to ``width`` at ``pt``; the y below."""
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + pt * 0.6


def tpl_ova_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A hatchery's invoice for eyed ova or fingerlings: count, strain, price per thousand or
    per kg, the transport by tank lorry or in insulated boxes; on the next page the supplier's
    health attestation for the consignment (disease status table, the site vet's signature and
    stamp), now and then an egg count sheet."""
    h = head_of(who, "ova", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["INV-99999", "R-2099-999", "F099999"]))
    kind, latin = rng.choice(STOCK[lg][:3])
    eggs = rng.random() < 0.55
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Dispatch date", "Versanddatum", "Date d'expédition"), short(d, lg)),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows = []
    net = 0.0
    if eggs:
        count = rng.choice([20, 30, 50, 80, 100, 150]) * 1000
        pr = rng.choice([18.0, 22.0, 26.0, 31.0, 38.0])
        v = count / 1000 * pr
        rows.append(
            [
                tr(
                    lg,
                    f"Eyed ova - {kind}",
                    f"Augenpunkteier - {kind}",
                    f"Oeufs embryonnés - {kind}",
                ),
                f"{rng.choice(['Strain', 'Stamm', 'Souche'])} {serial(rng, 'AA-99')}",
                num(count, lg),
                tr(lg, "per 1,000", "je 1.000", "le mille"),
                money(pr, lg),
                money(v, lg),
            ]
        )
        unit_total = f"{num(count, lg)} {tr(lg, 'ova', 'Eier', 'oeufs')}"
    else:
        kg = rng.choice([80, 120, 200, 350, 500])
        size = rng.choice(["8-10 cm", "10-12 cm", "12-15 cm", "15-18 cm"])
        pr = rng.choice([6.5, 7.8, 9.2, 11.0])
        v = kg * pr
        rows.append(
            [
                tr(lg, f"Fingerlings - {kind}", f"Setzlinge - {kind}", f"Truitelles - {kind}"),
                size,
                num(kg, lg),
                "kg",
                money(pr, lg),
                money(v, lg),
            ]
        )
        unit_total = f"{num(kg, lg)} kg"
        count = kg * rng.randint(40, 90)
    net += v
    if rng.random() < 0.7:
        fee = rng.choice([95.0, 140.0, 220.0, 310.0])
        net += fee
        rows.append(
            [
                tr(
                    lg,
                    "Transport (tank lorry, oxygenated)",
                    "Transport (Fischtransporter, mit O2)",
                    "Transport (camion-citerne oxygéné)",
                )
                if not eggs
                else tr(
                    lg,
                    "Insulated boxes, ice, courier",
                    "Styroporboxen, Eis, Kurier",
                    "Caisses isothermes, glace, transporteur",
                ),
                "",
                "1",
                tr(lg, "flat", "pausch.", "forfait"),
                money(fee, lg),
                money(fee, lg),
            ]
        )
    if rng.random() < 0.4:
        net += 45.0
        rows.append(
            [
                tr(lg, "Health certificate fee", "Gesundheitszeugnis", "Certificat sanitaire"),
                "",
                "1",
                "",
                money(45.0, lg),
                money(45.0, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [(3.4, "left"), (1.3, "left"), (1, "right"), (0.8, "center"), (1, "right"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Grade", "Sortierung", "Calibre"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88,
    )
    cross = lg != home()
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if cross else food_vat(lg),
        tr(
            lg,
            "Intra-Community supply, exempt (Art. 138 Directive 2006/112/EC).",
            "Steuerfreie innergemeinschaftliche Lieferung.",
            "Livraison intracommunautaire exonérée, art. 262 ter I du CGI.",
        )
        if cross
        else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment 30 days net to {bank_line(keyed(who, 'bank'), lg)}.",
            f"Zahlbar innerhalb 30 Tagen auf {bank_line(keyed(who, 'bank'), lg)}.",
            f"Règlement à 30 jours : {bank_line(keyed(who, 'bank'), lg)}.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    # The health attestation for the consignment.
    p = Page(A4)
    ws, _hs = A4
    ma = 54
    y = heading(p, style_of(h, A4, ma), h)
    title = tr(
        lg,
        "HEALTH ATTESTATION FOR A CONSIGNMENT OF LIVE FISH / OVA",
        "GESUNDHEITSBESCHEINIGUNG DES HERKUNFTSBETRIEBES",
        "ATTESTATION SANITAIRE DU SITE D'ORIGINE",
    )
    p.text(ws / 2, y, fit(title, h.bold, 11, ws - 2 * ma), h.bold, 11, "center")
    y += 22
    y = fields(
        p,
        style_of(h, A4, ma),
        ma,
        y,
        ws - 2 * ma,
        [
            (tr(lg, "Consignor", "Absender", "Expéditeur"), h.name),
            (tr(lg, "Consignee", "Empfänger", "Destinataire"), farm_name()),
            (tr(lg, "Species", "Art", "Espèce"), f"{kind} ({latin})"),
            (tr(lg, "Quantity", "Menge", "Quantité"), unit_total),
            (tr(lg, "Dispatch date", "Versanddatum", "Date d'expédition"), short(d, lg)),
            (
                tr(lg, "Site registration", "Registriernummer", "N° d'agrément"),
                serial(keyed(who, "reg"), "AA-999-AQ"),
            ),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    p.text(
        ma,
        y,
        tr(
            lg,
            "Disease status of the site of origin",
            "Seuchenstatus des Betriebes",
            "Statut sanitaire du site",
        ),
        h.bold,
        9,
    )
    y += 14
    cols = columns(ma, ws - ma, [(0.6, "left"), (3, "left"), (1.6, "left"), (1.3, "left")])
    for c, t in zip(
        cols,
        [
            "",
            tr(lg, "Disease", "Krankheit", "Maladie"),
            tr(lg, "Status", "Status", "Statut"),
            tr(lg, "Last test", "Letzte Untersuchung", "Dernier contrôle"),
        ],
        strict=True,
    ):
        p.text(c[0], y, t, h.bold, 8)
    p.line(ma, y + 4, ws - ma, y + 4)
    y += 15
    for k, dz in enumerate(DISEASES[:5]):
        p.text(cols[0][0], y, dz[0], h.font, 8)
        p.text(cols[1][0], y, fit(dname(k, lg), h.font, 8, cols[1][1] - cols[1][0]), h.font, 8)
        status = (
            tr(lg, "Category I - free", "Kategorie I - seuchenfrei", "Catégorie I - indemne")
            if k < 2
            else tr(lg, "not detected", "nicht nachgewiesen", "non détecté")
        )
        p.text(cols[2][0], y, fit(status, h.font, 8, cols[2][1] - cols[2][0]), h.font, 8)
        p.text(cols[3][0], y, short(d - timedelta(days=rng.randint(20, 300)), lg), h.font, 8)
        y += 13
    y += 12
    y = text_in(
        p,
        style_of(h, A4, ma),
        ma,
        y,
        ws - 2 * ma,
        tr(
            lg,
            "I certify that the animals described above come from a farm that is not subject to "
            "any movement restriction, that no abnormal mortality has been recorded in the last "
            "30 days and that the ova were disinfected before dispatch.",
            "Hiermit wird bescheinigt, dass die oben bezeichneten Tiere aus einem Betrieb stammen, "
            "der keinen Verbringungsbeschränkungen unterliegt, dass in den letzten 30 Tagen keine "
            "erhöhten Verluste aufgetreten sind und die Eier vor dem Versand desinfiziert wurden.",
            "Je soussigné certifie que les animaux décrits ci-dessus proviennent d'un site non "
            "soumis à restriction de mouvement, sans mortalité anormale au cours des 30 derniers "
            "jours, et que les oeufs ont été désinfectés avant expédition.",
        ),
        8.5,
    )
    vet = staff(h, "vet")
    y += 30
    signature_block(
        p,
        style_of(h, A4, ma),
        ma,
        y,
        tr(lg, "Veterinary surgeon", "Tierarzt/Tierärztin", "Vétérinaire"),
        vet,
        True,
    )
    p.text(ma, y + 20, f"Dr {vet}" if lg != "en" else f"{vet} MRCVS", h.font, 8)
    seal(
        p,
        ws - ma - 70,
        y - 10,
        34,
        tr(lg, "Vet. practice", "Tierarztpraxis", "Vétérinaire"),
        fit(h.town, "Helvetica", 6, 60),
    )
    pages.append(p)
    if eggs and rng.random() < 0.3:
        q = Page(A5)
        wq, _ = A5
        q.text(
            40, 50, tr(lg, "Egg count sheet", "Zählprotokoll Eier", "Fiche de comptage"), h.bold, 11
        )
        q.text(40, 64, f"{h.name} - {short(d, lg)}", h.font, 7.5)
        y = 90.0
        for k in range(rng.randint(4, 8)):
            q.text(40, y, f"{tr(lg, 'Box', 'Box', 'Caisse')} {k + 1}", h.font, 8.5)
            q.line(110, y + 2, wq - 40, y + 2)
            hand(
                q,
                120,
                y,
                f"{rng.randint(9, 14)} ml / {rng.randint(170, 230)} = "
                f"{num(count / 6 * rng.uniform(0.9, 1.1), lg)}",
                9,
            )
            y += 22
        hand(
            q,
            40,
            y + 20,
            f"{tr(lg, 'Counted by', 'Gezählt', 'Compté par')}: {staff(h, 'tech')[:12]}",
            9,
        )
        pages.append(q)
    received(rng, pages[0], d)
    remember(d, ("ova", h.name, h.lang, kind, latin, unit_total))
    return pages


def boxed_field(
    p: Page,
    font: str,
    x: float,
    y: float,
    w: float,
    hgt: float,
    no: str,
    cap: str,
    lines: list[str],
    typed: bool = True,
) -> None:
    """A numbered certificate box: ``no`` and caption at the top, the entry lines below."""
    p.rect(x, y, w, hgt)
    p.text(x + 3, y + 8, fit(f"{no} {cap}", font, 6.5, w - 6), font, 6.5)
    f_ = "Courier" if typed else HAND
    for k, t in enumerate(lines):
        if y + 19 + 10 * k > y + hgt - 2:
            break
        p.text(x + 6, y + 19 + 10 * k, fit(t, f_, 8, w - 12), f_, 8)


def tpl_movement_document(rng: random.Random, who: Issuer) -> list[Page]:
    """A movement document for live fish or ova (Begleitdokument, document d'accompagnement):
    Part I in numbered boxes (consignor, consignee, places of dispatch and destination,
    transport, the commodity table), Part II the health certification signed and stamped by the
    official veterinarian, the certificate reference and page number on every page."""
    lg = home()
    ex = LAST["extra"]
    d = last_day(rng, ("ova_invoice", "stocking_order"), (0, 3))
    if after(("ova_invoice",)) and isinstance(ex, tuple) and ex[0] == "ova":
        _, sname, slang, kind, latin, qty = ex
        srow = next(r for r in SENDERS["ova"][slang] if r[0] == sname)
        consignor = [srow[0], srow[1], srow[2]]
        consignee = farm_lines()
        src_lang = slang
        dest = f"{farm_name()}, {farm_row()[2]}"
    else:
        src_lang = lg
        kind, latin = rng.choice(STOCK[lg][:3])
        consignor = farm_lines()
        if after(("stocking_order",)) and isinstance(ex, tuple) and ex[0] == "club":
            crow = ex[1]
            qty = ex[2]
        else:
            crow = keyed(who, "club").choice(SENDERS["club"][lg])
            qty = f"{rng.choice([80, 120, 150, 250, 400])} kg"
        consignee = [crow[0], crow[1], crow[2]]
        dest = tr(
            lg,
            f"Stocking: waters of {crow[0]}",
            f"Besatz: Gewässer des {crow[0]}",
            f"Alevinage : parcours de l'{crow[0]}",
        )
    h = regional("health", src_lang)
    cl = h.lang
    s = style_of(h, A4, 40)
    w, _hh = A4
    m = 40
    ref = serial(
        rng,
        rng.choice(
            [
                f"{cl.upper()}-AQ-{d.year}-999999",
                "IMSOC.99999.999",
                {"en": f"FHI/MV/{d.year}/9999", "de": f"VA-39-{d.year}-9999", "fr": "DAP-99-9999"}[
                    cl
                ],
            ]
        ),
    )
    pages: list[Page] = []

    def top(p: Page) -> float:
        p.text(
            m,
            30,
            tr(
                cl,
                "MOVEMENT DOCUMENT - LIVE AQUACULTURE ANIMALS",
                "BEGLEITDOKUMENT - LEBENDE AQUAKULTURTIERE",
                "DOCUMENT D'ACCOMPAGNEMENT - ANIMAUX AQUATIQUES VIVANTS",
            ),
            h.bold,
            9,
        )
        p.text(w - m, 30, f"{tr(cl, 'Ref.', 'Bez.', 'Réf.')} {ref}", "Courier", 8, "right")
        p.line(m, 36, w - m, 36)
        return 48.0

    p = Page(A4)
    y = top(p)
    p.rect(m, y, 18, 300, fill=0.85)
    p.text(m + 4, y + 150, "I", h.bold, 11)
    x0 = m + 22
    bw = (w - m - x0) / 2
    boxes = [
        ("I.1", tr(cl, "Consignor", "Absender", "Expéditeur"), consignor),
        ("I.2", tr(cl, "Document reference", "Bezugsnummer", "Référence du document"), [ref]),
        ("I.5", tr(cl, "Consignee", "Empfänger", "Destinataire"), consignee),
        (
            "I.3",
            tr(cl, "Competent authority", "Zuständige Behörde", "Autorité compétente"),
            [h.name.split(" - ")[0], h.town],
        ),
        (
            "I.11",
            tr(cl, "Place of dispatch", "Versandort", "Lieu d'expédition"),
            [consignor[0], consignor[-1]],
        ),
        ("I.12", tr(cl, "Place of destination", "Bestimmungsort", "Lieu de destination"), [dest]),
        ("I.13", tr(cl, "Place of loading", "Verladeort", "Lieu de chargement"), [consignor[-1]]),
        (
            "I.14",
            tr(
                cl,
                "Date and time of departure",
                "Datum und Uhrzeit des Abtransports",
                "Date et heure du départ",
            ),
            [f"{short(d, cl)}  {rng.randint(5, 9):02d}:{rng.choice(['00', '30', '15'])}"],
        ),
        (
            "I.15",
            tr(cl, "Means of transport", "Transportmittel", "Moyen de transport"),
            [
                tr(cl, "Road vehicle", "Straßenfahrzeug", "Véhicule routier"),
                serial(rng, {"en": "AA99 AAA", "de": "AA-A 999", "fr": "AA-999-AA"}[cl]),
            ],
        ),
        (
            "I.19",
            tr(cl, "Transport conditions", "Transportbedingungen", "Conditions de transport"),
            [tr(cl, "Tanks with oxygen", "Tanks mit Sauerstoffbegasung", "Cuves oxygénées")],
        ),
    ]
    for k, (no, cap, lines) in enumerate(boxes):
        bx = x0 + (k % 2) * bw
        by = y + (k // 2) * 60
        boxed_field(p, h.font, bx, by, bw, 60, no, cap, lines)
    y += 5 * 60 + 12
    p.text(
        m,
        y,
        tr(
            cl,
            "I.27 Description of the consignment",
            "I.27 Beschreibung der Sendung",
            "I.27 Description de l'envoi",
        ),
        h.bold,
        8.5,
    )
    y += 12
    cols = columns(
        m, w - m, [(2.4, "left"), (2, "left"), (1.3, "left"), (1.2, "right"), (1.3, "right")]
    )
    heads = [
        tr(cl, "Species", "Art", "Espèce"),
        tr(cl, "Scientific name", "Wiss. Name", "Nom scientifique"),
        tr(cl, "Commodity", "Ware", "Nature"),
        tr(cl, "Quantity", "Menge", "Quantité"),
        tr(cl, "Identification", "Kennzeichnung", "Identification"),
    ]
    p.rect(m, y - 9, w - 2 * m, 13, fill=0.88)
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0] if c[2] == "left" else c[1], y, t, h.bold, 7.5, c[2])
    y += 15
    what = (
        tr(cl, "eyed ova", "Augenpunkteier", "oeufs embryonnés")
        if "ova" in qty or "Eier" in qty or "oeufs" in qty
        else tr(cl, "live fish", "lebende Fische", "poissons vivants")
    )
    for c, t in zip(
        cols,
        [kind, latin, what, qty, f"{tr(cl, 'Batch', 'Los', 'Lot')} {serial(rng, '999')}"],
        strict=True,
    ):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            fit(t, "Courier", 8, c[1] - c[0] - 2),
            "Courier",
            8,
            c[2],
        )
    p.line(m, y + 5, w - m, y + 5)
    y += 24
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(cl, "Farming", "Aquakultur", "Élevage"),
            tr(cl, "Restocking", "Besatz", "Repeuplement"),
            tr(cl, "Put-and-take fishery", "Angelteich", "Pêche de loisir"),
            tr(cl, "Human consumption", "Lebensmittel", "Consommation humaine"),
        ],
        {0} if consignee[0] == farm_name() else {1, 2},
        8,
    )
    y += 10
    boxed_field(
        p,
        h.font,
        m,
        y,
        w - 2 * m,
        46,
        "I.23",
        tr(
            cl,
            "Declaration of the consignor",
            "Erklärung des Absenders",
            "Déclaration de l'expéditeur",
        ),
        [
            tr(
                cl,
                "The information in Part I is correct.",
                "Die Angaben in Teil I sind richtig.",
                "Les informations de la partie I sont exactes.",
            )
        ],
    )
    scrawl(
        p,
        w - m - 170,
        y + 38,
        staff(make_head((consignor[0], "", "", ""), cl, "farm"), "owner"),
        11,
    )
    pages.append(p)
    # Part II: the certification.
    q = Page(A4)
    y = top(q)
    q.rect(m, y, 18, 520, fill=0.85)
    q.text(m + 3, y + 260, "II", h.bold, 11)
    x = m + 26
    q.text(
        x,
        y + 10,
        tr(cl, "Part II: Certification", "Teil II: Bescheinigung", "Partie II : Certification"),
        h.bold,
        11,
    )
    y += 30
    points = [
        tr(
            cl,
            "the animals come from a farm or mollusc farming area registered or authorised by the "
            "competent authority;",
            "die Tiere stammen aus einem von der zuständigen Behörde registrierten oder "
            "zugelassenen Aquakulturbetrieb;",
            "les animaux proviennent d'un établissement enregistré ou agréé par l'autorité "
            "compétente ;",
        ),
        tr(
            cl,
            "the animals were clinically inspected within 72 hours before loading and showed no "
            "signs of disease;",
            "die Tiere wurden innerhalb von 72 Stunden vor dem Verladen klinisch untersucht und "
            "zeigten keine Krankheitsanzeichen;",
            "les animaux ont été examinés cliniquement dans les 72 heures précédant le chargement "
            "et ne présentaient aucun signe de maladie ;",
        ),
        tr(
            cl,
            "the farm of origin has disease-free status for VHS and IHN;",
            "der Herkunftsbetrieb ist seuchenfrei in Bezug auf VHS und IHN;",
            "le site d'origine est indemne de SHV et de NHI ;",
        ),
        tr(
            cl,
            "there is no unexplained increased mortality at the farm of origin;",
            "im Herkunftsbetrieb liegt keine ungeklärte erhöhte Sterblichkeit vor;",
            "aucune mortalité anormale inexpliquée n'a été constatée sur le site d'origine ;",
        ),
        tr(
            cl,
            "the water used in transport does not change the health status of the place of "
            "destination.",
            "das Transportwasser verändert den Gesundheitsstatus des Bestimmungsortes nicht.",
            "l'eau de transport n'est pas susceptible de modifier le statut sanitaire du lieu de "
            "destination.",
        ),
    ]
    y = text_in(
        q,
        s,
        x,
        y,
        w - m - x,
        tr(
            cl,
            "I, the undersigned official veterinarian, hereby certify that:",
            "Der/die unterzeichnete amtliche Tierarzt/Tierärztin bescheinigt, dass",
            "Je soussigné(e), vétérinaire officiel, certifie que :",
        ),
        9,
    )
    for k, t in enumerate(points):
        q.text(x, y, f"II.{k + 1}", h.bold, 8.5)
        y = text_in(q, s, x + 30, y, w - m - x - 30, t, 8.5)
    y += 6
    y = text_in(q, s, x, y, w - m - x, words(rng, cl, "fish", 16), 8)
    y += 30
    vet = staff(h, "ov")
    q.text(
        x,
        y,
        tr(cl, "Official veterinarian", "Amtlicher Tierarzt", "Vétérinaire officiel"),
        h.font,
        8,
    )
    y += 34
    scrawl(q, x, y - 4, vet)
    q.line(x, y, x + 180, y)
    q.text(
        x,
        y + 10,
        f"{tr(cl, 'Name (capitals)', 'Name (Großbuchstaben)', 'Nom (capitales)')}: {vet.upper()}",
        h.font,
        7.5,
    )
    q.text(x, y + 22, f"{tr(cl, 'Date', 'Datum', 'Date')}: {short(d, cl)}", h.font, 7.5)
    seal(
        q,
        w - m - 90,
        y - 10,
        36,
        h.name.split(" - ")[0][:28],
        tr(cl, "Official stamp", "Dienstsiegel", "Cachet"),
    )
    pages.append(q)
    if rng.random() < 0.35:
        r = Page(A4)
        y = top(r)
        r.text(
            m,
            y + 6,
            tr(
                cl,
                "Transport record (to be completed by the transporter)",
                "Transportprotokoll (vom Transporteur auszufüllen)",
                "Relevé de transport (à compléter par le transporteur)",
            ),
            h.bold,
            10,
        )
        y += 26
        y = fields(
            r,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(cl, "Transporter", "Transportunternehmen", "Transporteur"),
                    staff(h, "haul") + " Transport",
                ),
                (
                    tr(
                        cl,
                        "Vehicle / tank volume",
                        "Fahrzeug / Tankvolumen",
                        "Véhicule / volume cuves",
                    ),
                    f"{rng.choice([2, 4, 6])} x {rng.choice([500, 800, 1000])} l",
                ),
                (
                    tr(
                        cl,
                        "Water temp. at loading",
                        "Wassertemp. beim Laden",
                        "Temp. eau au chargement",
                    ),
                    f"{rng.randint(6, 13)} °C",
                ),
                (
                    tr(
                        cl,
                        "Water temp. at arrival",
                        "Wassertemp. bei Ankunft",
                        "Temp. eau à l'arrivée",
                    ),
                    f"{rng.randint(7, 14)} °C",
                ),
                (
                    tr(
                        cl, "O2 at arrival (mg/l)", "O2 bei Ankunft (mg/l)", "O2 à l'arrivée (mg/l)"
                    ),
                    num(rng.uniform(8, 14), cl, 1),
                ),
                (
                    tr(cl, "Losses in transit", "Transportverluste", "Pertes en transport"),
                    str(rng.choice([0, 0, 0, 2, 5])),
                ),
                (
                    tr(
                        cl,
                        "Arrival (date, time)",
                        "Ankunft (Datum, Uhrzeit)",
                        "Arrivée (date, heure)",
                    ),
                    f"{short(d, cl)} {rng.randint(9, 15)}:{rng.choice(['10', '40', '25'])}",
                ),
                (tr(cl, "Received by", "Empfangen von", "Reçu par"), crew("manager")),
            ],
            per=2,
            tall=30,
        )
        scrawl(r, m + 20, y + 20, crew("manager"))
        pages.append(r)
    number_pages(
        pages, s, tr(cl, "Page {i} of {n}", "Seite {i} von {n}", "Page {i} / {n}"), "bc", bottom=24
    )
    remember(d)
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm's own delivery note to a restaurant or fishmonger, the office copy of a carbon
    duplicate book on A5: printed number, the products and weights written in by hand, the
    temperature on delivery, the customer's signature for goods received."""
    lg = home()
    h = farm_head()
    ex = LAST["extra"]
    if after(("delivery_note",)) and isinstance(ex, tuple) and ex[0] == "cust":
        cust = ex[1]
    else:
        cust = customer_of(keyed(who, "cust"))
    d = last_day(rng, ("delivery_note",), (2, 7))
    size = A5 if keyed(who, "dnsize").random() < 0.6 else landscape(A5)
    s = style_of(h, size, 30, 8.5)
    w, hh = size
    m = 30
    p = Page(size)
    y = heading(p, s, h, 34)
    no = rng.randint(2000, 9800)
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no:06d}", "Helvetica-Bold", 12, "right")
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), h.bold, 12)
    y += 20
    p.text(m, y, tr(lg, "Customer", "Kunde", "Client"), h.font, 7)
    p.rect(m, y + 3, w * 0.55, 34)
    hand(p, m + 5, y + 16, cust[0], 9, w * 0.55 - 10)
    hand(p, m + 5, y + 30, cust[2], 8.5, w * 0.55 - 10)
    p.text(w * 0.62, y, tr(lg, "Date", "Datum", "Date"), h.font, 7)
    p.rect(w * 0.62, y + 3, w - m - w * 0.62, 16)
    hand(p, w * 0.62 + 5, y + 15, short(d, lg), 9)
    y += 50
    cols = columns(m, w - m, [(0.7, "center"), (3.6, "left"), (1.1, "right"), (1.1, "right")])
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
    for c, t in zip(
        cols,
        [
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Description", "Artikel", "Désignation"),
            "kg",
            tr(lg, "Price", "Preis", "Prix"),
        ],
        strict=True,
    ):
        p.text(c[0] if c[2] == "left" else c[1], y, t, h.bold, 7.5, c[2])
    rows = 9 if size == A5 else 6
    picks = rng.sample(PRODUCTS[lg], rng.randint(1, min(4, rows)))
    y += 6
    lines = []
    for k in range(rows):
        p.rect(m, y, w - 2 * m, 17)
        if k < len(picks):
            name, unit, price = picks[k]
            qty = (
                rng.choice([2, 4, 6, 8, 10, 12, 20])
                if unit != "kg"
                else rng.choice([4, 6, 8, 12, 15, 20])
            )
            kg = num(qty * rng.uniform(0.95, 1.05), lg, 1) if unit == "kg" else ""
            lines.append((name, qty, unit, price))
            hand(p, (cols[0][0] + cols[0][1]) / 2 - 5, y + 12, str(qty), 9)
            hand(p, cols[1][0] + 2, y + 12, name, 8.5, cols[1][1] - cols[1][0] - 4)
            if kg:
                hand(p, cols[2][0] + 4, y + 12, kg, 9)
            if rng.random() < 0.4:
                hand(p, cols[3][0] + 4, y + 12, money(price, lg), 8.5)
        y += 17
    y += 12
    p.text(
        m,
        y,
        tr(lg, "Temperature on delivery", "Temperatur bei Übergabe", "Température à la livraison"),
        h.font,
        7.5,
    )
    hand(p, m + 120, y, f"{num(rng.uniform(0.5, 3.5), lg, 1)} °C", 9)
    ticks(p, s, m + 190, y, w - m - 190 - m, [tr(lg, "on ice", "auf Eis", "sous glace")], {0}, 7)
    y += 22
    p.text(
        m,
        y,
        tr(
            lg,
            "Goods received in good condition",
            "Ware in einwandfreiem Zustand erhalten",
            "Marchandise reçue en bon état",
        ),
        h.font,
        7.5,
    )
    y += 26
    p.line(m, y, m + 150, y)
    scrawl(p, m + 6, y - 3, rng.choice(FIRSTS[lg]) + " " + rng.choice(LASTS[lg]), 11)
    p.text(m, y + 9, tr(lg, "Signature / name", "Unterschrift", "Signature"), h.font, 6.5)
    p.text(
        w - m,
        hh - 22,
        tr(lg, "Copy 2 - office", "Durchschrift 2 - Büro", "Exemplaire 2 - bureau"),
        h.font,
        6.5,
        "right",
    )
    remember(d, ("cust", cust, lines, no))
    return [p]


def tpl_sales_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm's invoice to a restaurant or fishmonger from its accounts program, the office
    copy: the month's delivery notes by number, the products, the VAT on food, bank details and
    the due date."""
    lg = home()
    h = farm_head()
    ex = LAST["extra"]
    if after(("delivery_note",)) and isinstance(ex, tuple) and ex[0] == "cust":
        cust, lines, dn = ex[1], list(ex[2]), ex[3]
    else:
        cust = customer_of(rng)
        lines = [
            (n, rng.choice([4, 8, 12, 20]), u, pr)
            for n, u, pr in rng.sample(PRODUCTS[lg], rng.randint(1, 4))
        ]
        dn = rng.randint(2000, 9800)
    d = last_day(rng, ("delivery_note",), (0, 6))
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    inv = f"{d.year % 100}{d.month:02d}-{rng.randint(10, 399):03d}"
    f = sheets(s, h, f"{farm_name()} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        [cust[0], cust[1], cust[2]],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Client n°"),
                serial(keyed(who, cust[0]), "K999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    notes = [dn] + [dn - rng.randint(3, 40) for _ in range(rng.choice([0, 0, 1, 2, 3]))]
    rows = []
    net = 0.0
    for k, n in enumerate(sorted(notes)):
        ls = (
            lines
            if k == len(notes) - 1
            else [
                (a, rng.choice([4, 6, 10]), u, pr)
                for a, u, pr in rng.sample(PRODUCTS[lg], rng.randint(1, 3))
            ]
        )
        dd = d - timedelta(days=(len(notes) - 1 - k) * rng.randint(5, 8))
        for name, qty, unit, price in ls:
            v = round(qty * price, 2)
            net += v
            rows.append(
                [
                    short(dd, lg),
                    f"{n:06d}",
                    name,
                    f"{num(qty, lg)} {unit}",
                    money(price, lg),
                    money(v, lg),
                ]
            )
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (1, "left"), (3.6, "left"), (1, "right"), (1, "right"), (1.1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Del. note", "Lieferschein", "BL n°"),
            tr(lg, "Product", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        food_vat(lg),
        tr(lg, "Fresh fish is zero-rated for VAT.", "", "") if lg == "en" else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment within 14 days to {bank_line(keyed(who, 'fbank'), lg)}. Thank you for your "
            "custom.",
            f"Zahlbar innerhalb von 14 Tagen auf {bank_line(keyed(who, 'fbank'), lg)}. "
            "Leistungsdatum entspricht Lieferdatum.",
            f"Paiement à 15 jours par virement : {bank_line(keyed(who, 'fbank'), lg)}.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.3:
        write(
            f,
            s,
            tr(
                lg,
                "Our fish come from our own spring-fed ponds.",
                "Frische Forellen aus eigener Quellwasserzucht.",
                "Nos truites sont élevées en eau de source sur notre site.",
            ),
            s.size - 1,
        )
    remember(d)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates XXXXX: the fishing lake and the clubs
# ---------------------------------------------------------------------------------------------


def tpl_stocking_order(rng: random.Random, who: Issuer) -> list[Page]:
    """An angling club's order for restocking fish, a letter from the club secretary (or the
    Gewässerwart, the président of an AAPPMA): the species, sizes and kilos wanted for each
    water, the delivery days and how to reach the water, signed; now and then typed on a plain
    club letterhead, now and then the club's own order form."""
    lg = home()
    row = keyed(who, "club").choice(SENDERS["club"][lg])
    h = make_head(row, lg, "club")
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    sec = staff(h, "sec")
    f = sheets(s, h)
    recipient(
        f, s, h, farm_lines(mx(crew("owner"), lg) if lg != "en" else f"FAO {crew('owner')}"), d, []
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Restocking order - season {d.year}",
            f"Besatzbestellung {d.year}",
            f"Commande d'alevinage - saison {d.year}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(crew("owner"), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Following our committee meeting, I am writing to confirm our stocking order for the "
            "coming weeks as below. As in previous years the fish should be delivered to the car "
            "park by the lower weir.",
            "wie in der Vorstandssitzung beschlossen, bestellen wir hiermit für unsere Gewässer "
            "den "
            "folgenden Besatz. Die Anlieferung erfolgt wie gewohnt am Parkplatz unterhalb des "
            "Wehres.",
            "Suite à la réunion de notre conseil d'administration, je vous confirme notre commande "
            "d'alevinage pour les parcours ci-dessous. La livraison se fera comme d'habitude au "
            "parking du moulin.",
        ),
    )
    waters = rng.sample(
        {
            "en": ["Lower beat (River)", "Middle beat", "Mill pond", "Top lake", "Carrier stream"],
            "de": ["Strecke 1 (Unterlauf)", "Strecke 2", "Mühlenteich", "Baggersee", "Seitenarm"],
            "fr": [
                "Parcours no-kill",
                "Parcours amont",
                "Étang communal",
                "Plan d'eau du moulin",
                "Bief",
            ],
        }[lg],
        rng.randint(1, 3),
    )
    rows = []
    total = 0
    for wt in waters:
        kind, _ = rng.choice(STOCK[lg])
        kg = rng.choice([50, 80, 100, 150, 200])
        total += kg
        rows.append(
            [
                wt,
                kind,
                rng.choice(["250-350 g", "400-600 g", "1-2 kg", "20-25 cm"]),
                num(kg, lg),
                short(d + timedelta(days=rng.randint(5, 40)), lg),
            ]
        )
    cols = columns(
        m, w - m, [(2.2, "left"), (2.4, "left"), (1.2, "left"), (0.8, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Water", "Gewässer", "Parcours"),
            tr(lg, "Species", "Fischart", "Espèce"),
            tr(lg, "Size", "Größe", "Taille"),
            "kg",
            tr(lg, "Date", "Termin", "Date"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            "Please let me have the movement paperwork and your invoice in the usual way. "
            + words(rng, lg, "fish"),
            "Bitte senden Sie uns das Begleitdokument und die Rechnung wie üblich zu. Die Fische "
            "sollten frei von Flossenschäden sein. " + words(rng, lg, "fish"),
            "Merci de nous transmettre le document d'accompagnement et votre facture. Les poissons "
            "doivent être exempts de nageoires abîmées. " + words(rng, lg, "fish"),
        ),
    )
    regards(f, s, lg, sec, tr(lg, "Hon. Secretary", "Gewässerwart", "Président de l'AAPPMA"))
    received(rng, f.pages[0], d, 0.2)
    remember(d, ("club", row, f"{num(total, lg)} kg"))
    return close(f.pages, s, h, numbers="none")


def tpl_season_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """The office copy of a season permit for the fishing lake, issued in the farm shop: a
    printed A6 or A5 card with the permit number, the angler's name and address written in,
    the kind of permit ticked, validity, fee paid, the angler's and the shop's signatures; now
    and then the angler's A4 application form with the lake rules on its second page."""
    lg = home()
    h = farm_head()
    d = some_day(rng)
    angler = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    kinds = [
        tr(lg, "Adult season", "Jahreskarte Erwachsene", "Carte annuelle adulte"),
        tr(lg, "Senior / concession", "Ermäßigt", "Tarif réduit"),
        tr(lg, "Junior (under 16)", "Jugend (unter 16)", "Jeune (-16 ans)"),
        tr(lg, "Half season", "Halbjahreskarte", "Carte semestrielle"),
        tr(lg, "Weekday only", "Nur werktags", "Semaine uniquement"),
    ]
    pick = rng.choice([0, 0, 0, 1, 2, 3, 4])
    fee = [320.0, 240.0, 90.0, 190.0, 210.0][pick]
    no = rng.randint(100, 480)
    form = keyed(who, "permform").random() < 0.3
    if not form:
        size = A6 if keyed(who, "perm").random() < 0.5 else landscape(A5)
        s = style_of(h, size, 22, 8)
        w, hh = size
        m = 22
        p = Page(size)
        p.rect(8, 8, w - 16, hh - 16)
        fish_mark(p, m + 6, 34, 24)
        p.text(m + 40, 32, fit(farm_name(), h.bold, 10, w - m - 100), h.bold, 10)
        p.text(
            m + 40,
            43,
            tr(
                lg,
                "Fishing lake - season permit",
                "Angelsee - Jahreskarte",
                "Étang de pêche - carte annuelle",
            ),
            h.font,
            7.5,
        )
        p.text(
            w - m,
            32,
            f"{tr(lg, 'No.', 'Nr.', 'N°')} {d.year % 100}/{no:04d}",
            "Helvetica-Bold",
            10,
            "right",
        )
        y = 62.0
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), angler),
                (
                    tr(lg, "Address", "Anschrift", "Adresse"),
                    street_of(rng, lg),
                ),
                (tr(lg, "Valid from", "Gültig ab", "Valable du"), short(d, lg)),
                (
                    tr(lg, "Valid to", "Gültig bis", "au"),
                    short(
                        date(
                            d.year + (1 if d.month > 3 else 0), 12 if d.month <= 3 else d.month, 28
                        ),
                        lg,
                    ),
                ),
            ],
            per=2,
            tall=24,
        )
        y = ticks(p, s, m, y, w - 2 * m, kinds, {pick}, 7)
        y += 4
        p.text(m, y, f"{tr(lg, 'Fee paid', 'Bezahlt', 'Payé')}: {cash(fee, lg)}", h.bold, 8)
        ticks(
            p,
            s,
            m + 120,
            y,
            w - m - 120 - m,
            [tr(lg, "cash", "bar", "espèces"), tr(lg, "card", "Karte", "CB")],
            {rng.randint(0, 1)},
            7,
        )
        y += 16
        text_in(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "Catch limit 2 fish per visit; barbless hooks; all fish to be recorded in the "
                "catch book.",
                "Fanglimit 2 Fische je Angeltag; Fangbuch führen; Fischereischein mitführen.",
                "Limite 2 truites par jour ; hameçon sans ardillon ; carnet de prises obligatoire.",
            ),
            6.5,
        )
        yb = hh - 30
        if yb - y > 90:
            # The catch record on the card, to be kept by the angler.
            y += 26
            p.text(m, y, tr(lg, "Catch record", "Fangbuch", "Carnet de prises"), h.bold, 7.5)
            y += 4
            cw = (w - 2 * m) / 4
            k = 0
            while y + 12 < yb - 24:
                for c in range(4):
                    p.rect(m + c * cw, y, cw, 12)
                    p.text(m + c * cw + 2, y + 8.5, f"{k * 4 + c + 1}.", h.font, 5.5)
                y += 12
                k += 1
        p.line(m, yb, m + 100, yb)
        scrawl(p, m + 4, yb - 3, angler, 10)
        p.text(m, yb + 8, tr(lg, "Angler", "Angler", "Pêcheur"), h.font, 6)
        p.line(w - m - 100, yb, w - m, yb)
        hand(p, w - m - 90, yb - 4, crew("shop").split()[0][:1] + crew("shop").split()[-1][:1], 10)
        p.text(w - m - 100, yb + 8, tr(lg, "Issued by", "Ausgestellt", "Délivré par"), h.font, 6)
        remember(d)
        return [p]
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    caption_on(
        p,
        s,
        y,
        tr(
            lg,
            "Application for a season permit",
            "Antrag auf eine Jahresangelkarte",
            "Demande de carte de pêche annuelle",
        ),
    )
    y += 26
    y = band(p, s, y, tr(lg, "1. Applicant", "1. Antragsteller/in", "1. Demandeur"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Surname", "Name", "Nom"), angler.split()[-1]),
            (tr(lg, "First name", "Vorname", "Prénom"), angler.split()[0]),
            (
                tr(lg, "Address", "Straße, Nr.", "Adresse"),
                street_of(rng, lg),
            ),
            (
                tr(lg, "Town / postcode", "PLZ, Ort", "Code postal, ville"),
                rng.choice(CUSTOMERS[lg])[2],
            ),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2008)}",
            ),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "Rod licence no.", "Fischereischein-Nr.", "N° carte fédérale"),
                serial(rng, "99999999"),
            ),
            (
                tr(lg, "Email", "E-Mail", "Courriel"),
                f"{angler.split()[0].lower()}.{angler.split()[-1].lower().replace(' ', '')}"
                "@mail.com",
            ),
        ],
        per=2,
        tall=28,
    )
    y = band(p, s, y, tr(lg, "2. Permit", "2. Kartenart", "2. Type de carte"))
    y = ticks(p, s, m, y + 14, w - 2 * m, kinds, {pick}, 8.5)
    y += 6
    y = band(p, s, y, tr(lg, "3. Declaration", "3. Erklärung", "3. Engagement"))
    y = text_in(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        tr(
            lg,
            "I have read the lake rules overleaf and agree to abide by them. I understand that the "
            "permit may be withdrawn without refund if the rules are broken.",
            "Ich habe die umseitige Gewässerordnung gelesen und erkenne sie an. Bei Verstößen kann "
            "die "
            "Karte ohne Erstattung eingezogen werden.",
            "J'ai pris connaissance du règlement intérieur au verso et m'engage à le respecter. En "
            "cas "
            "de manquement, la carte peut être retirée sans remboursement.",
        ),
        8.5,
    )
    y += 20
    signature_block(p, s, m, y, tr(lg, "Signature", "Unterschrift", "Signature"), angler, True)
    hand(p, m + 200, y - 4, short(d, lg), 10)
    y += 40
    p.rect(m, y, w - 2 * m, 70, fill=0.93)
    p.text(
        m + 6, y + 12, tr(lg, "For office use", "Vom Büro auszufüllen", "Cadre réservé"), h.bold, 8
    )
    hand(
        p,
        m + 10,
        y + 34,
        f"{tr(lg, 'Permit', 'Karte', 'Carte')} {d.year % 100}/{no:04d} - {cash(fee, lg)} - "
        f"{rng.choice([tr(lg, 'card', 'EC', 'CB'), tr(lg, 'cash', 'bar', 'esp.')])}",
        10,
    )
    hand(p, m + 10, y + 54, crew("shop"), 9)
    rules = small_print(
        rng,
        s,
        lg,
        tr(lg, "Lake rules", "Gewässerordnung", "Règlement intérieur"),
        [
            tr(lg, t[0], t[1], t[2])
            for t in [
                ("Opening times", "Angelzeiten", "Horaires"),
                ("Permits", "Angelkarten", "Cartes"),
                ("Tackle", "Gerät", "Matériel"),
                ("Catch limits", "Fanglimits", "Quotas"),
                ("Catch returns", "Fangbuch", "Carnet de prises"),
                ("Hygiene and litter", "Sauberkeit", "Propreté"),
                ("Dogs", "Hunde", "Chiens"),
                ("Safety", "Sicherheit", "Sécurité"),
                ("Liability", "Haftung", "Responsabilité"),
            ]
        ],
        "fish",
    )
    remember(d)
    return [p, rules]


def street_of(rng: random.Random, lg: str) -> str:
    """A house number and road, in the country's order."""
    road, no = rng.choice(ROADS[lg]), rng.randint(1, 90)
    return f"{road} {no}" if lg == "de" else f"{no} {road}"


def caption_on(p: Page, s: Style, y: float, text: str) -> None:
    w, _ = p.size
    pt = shrink(text, s.bold, s.size + 4, w - 2 * s.margin)
    p.text(s.margin, y, text, s.bold, pt)


def tpl_ticket_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The online ticket platform's monthly statement of day tickets and permits sold for the
    lake, printed from the browser: a summary with gross sales, commission, card fees and the
    payout, then the transaction list over one or more pages, with the browser's header and
    footer (date, title, address, page i/n) on every page."""
    lg = home()
    h = make_head(SENDERS["tickets"][lg][0], lg, "tickets")
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.4 else A4
    land = keyed(who, "land").random() < 0.35
    if land:
        size = landscape(size)
    s = style_of(h, size, 40, 8.5)
    w, hh = size
    m = 40
    per = add_months(month(), -1)
    printed = some_day(rng)
    title = tr(
        lg,
        f"Payout statement {MONTH_NAMES[lg][per.month - 1]} {per.year}",
        f"Auszahlungsübersicht {MONTH_NAMES[lg][per.month - 1]} {per.year}",
        f"Relevé de reversement {MONTH_NAMES[lg][per.month - 1]} {per.year}",
    )
    host = {
        "en": "partners.fishpass.co.uk",
        "de": "partner.petri-pass.de",
        "fr": "pro.cartepeche-connect.fr",
    }[lg]
    venue = serial(keyed(who, "v"), "9999")
    url = f"https://{host}/venues/{venue}/payouts/{per.year}-{per.month:02d}"
    clock = f"{short(printed, lg)} {rng.randint(8, 18)}:{rng.randint(10, 59)}"

    def start(p: Page, n: int) -> float:
        p.text(
            24,
            16,
            clock,
            "Helvetica",
            7,
        )
        p.text(
            w / 2,
            16,
            fit(f"{h.name.split()[0]} - {title}", "Helvetica", 7, w / 2),
            "Helvetica",
            7,
            "center",
        )
        if n == 1:
            p.text(m, 50, h.name.split(" ")[0], h.bold, 16)
            p.text(
                m,
                62,
                tr(lg, "Venue partner portal", "Partnerportal Gewässer", "Espace partenaire"),
                h.font,
                8,
            )
            p.line(m, 70, w - m, 70)
            return 92.0
        return 42.0

    f = Sheets(size, hh - 40, start)
    f.page.text(m, f.y, title, h.bold, 12)
    f.y += 18
    f.page.text(
        m, f.y, f"{farm_name()} - {tr(lg, 'Fishing lake', 'Angelsee', 'Étang de pêche')}", h.font, 9
    )
    f.y += 20
    types = [
        (tr(lg, "Day ticket - 2 fish", "Tageskarte (2 Fische)", "Journée - 2 truites"), 28.0),
        (tr(lg, "Day ticket - 4 fish", "Tageskarte (4 Fische)", "Journée - 4 truites"), 42.0),
        (
            tr(
                lg,
                "Half day - catch & release",
                "Halbtag - Catch & Release",
                "Demi-journée no-kill",
            ),
            18.0,
        ),
        (tr(lg, "Evening ticket", "Abendkarte", "Soirée"), 15.0),
        (tr(lg, "Junior day ticket", "Jugend-Tageskarte", "Journée jeune"), 12.0),
        (tr(lg, "Season permit", "Jahreskarte", "Carte annuelle"), 320.0),
    ]
    n = rng.randint(14, 70)
    tx = []
    for _ in range(n):
        t, pr = rng.choices(types, [5, 3, 3, 2, 2, 0.3])[0]
        dd = per + timedelta(days=rng.randint(0, 27))
        tx.append((dd, t, pr))
    tx.sort(key=lambda x: x[0])
    gross = sum(x[2] for x in tx)
    comm = round(gross * 0.08, 2)
    fees = round(len(tx) * 0.25 + gross * 0.014, 2)
    summ = [
        (tr(lg, "Tickets sold", "Verkaufte Karten", "Cartes vendues"), str(len(tx))),
        (tr(lg, "Gross sales", "Bruttoumsatz", "Ventes TTC"), cash(gross, lg)),
        (tr(lg, "Platform commission 8%", "Provision 8 %", "Commission 8 %"), "-" + cash(comm, lg)),
        (
            tr(lg, "Card processing fees", "Zahlungsgebühren", "Frais de paiement"),
            "-" + cash(fees, lg),
        ),
        (tr(lg, "Payout", "Auszahlungsbetrag", "Montant reversé"), cash(gross - comm - fees, lg)),
    ]
    bw = min(300.0, w - 2 * m)
    f.page.rect(m, f.y - 10, bw, len(summ) * 15 + 10)
    f.y = pairs(f.page, s, m + 8, f.y + 2, summ, m + bw - 8, 9) + 18
    write(
        f,
        s,
        tr(
            lg,
            f"Paid to account ending {serial(keyed(who, 'acct'), '9999')} on "
            f"{short(per + timedelta(days=33), lg)}.",
            f"Überweisung auf Konto ...{serial(keyed(who, 'acct'), '9999')} am "
            f"{short(per + timedelta(days=33), lg)}.",
            f"Virement sur le compte ...{serial(keyed(who, 'acct'), '9999')} le "
            f"{short(per + timedelta(days=33), lg)}.",
        ),
        8,
    )
    f.y += 8
    caption(f, s, tr(lg, "Transactions", "Buchungen", "Transactions"), 1)
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (1.4, "left"), (3, "left"), (1.6, "left"), (1, "right"), (1, "right")],
    )
    rows = []
    for dd, t, pr in tx:
        rows.append(
            [
                short(dd, lg),
                serial(rng, "AA99999"),
                t,
                f"{rng.choice(FIRSTS[lg])[0]}. {rng.choice(LASTS[lg])}",
                money(pr, lg),
                money(round(pr * 0.08 + 0.25 + pr * 0.014, 2), lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Booking", "Buchung", "Réservation"),
            tr(lg, "Ticket", "Karte", "Titre"),
            tr(lg, "Angler", "Angler", "Pêcheur"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Fees", "Gebühren", "Frais"),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
        step=1.8,
    )
    total = len(f.pages)
    for k, p in enumerate(f.pages, 1):
        p.text(24, hh - 14, fit(url, "Helvetica", 7, w - 80), "Helvetica", 7)
        p.text(w - 24, hh - 14, f"{k}/{total}", "Helvetica", 7, "right")
    remember(printed)
    return f.pages


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def tpl_mortality_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm's own monthly stock record sheet, a printed landscape grid filled in by hand at
    the ponds: for each day the mortalities per pond, the feed given, water temperature and
    oxygen, remarks and the initials; signed off by the manager at the end of the month. Now
    and then a second sheet for the hatchery troughs."""
    lg = home()
    h = farm_head()
    size = landscape(A4)
    w, hh = size
    m = 30
    mon = add_months(month(), -1)
    ids = farm_ids()
    pages = []
    sheets_n = 2 if rng.random() < 0.3 else 1
    for sh in range(sheets_n):
        p = Page(size)
        hatch = sh == 1
        title = (
            tr(lg, "Hatchery record", "Bruthaus-Protokoll", "Registre écloserie")
            if hatch
            else tr(
                lg,
                "Stock and mortality record",
                "Bestands- und Verlustbuch",
                "Registre des mortalités",
            )
        )
        p.text(m, 30, f"{title} - {MONTH_NAMES[lg][mon.month - 1]} {mon.year}", h.bold, 12)
        p.text(w - m, 30, f"{farm_name()}  {ids['apb']}", h.font, 8, "right")
        units = (
            [f"{tr(lg, 'Trough', 'Rinne', 'Auge')} {k}" for k in range(1, 7)]
            if hatch
            else [f"{tr(lg, 'Pond', 'Teich', 'Bassin')} {k}" for k in range(1, 9)]
        )
        extra = [
            tr(lg, "Feed kg", "Futter kg", "Alim. kg"),
            "°C",
            "O2 mg/l",
            tr(lg, "Remarks", "Bemerkungen", "Observations"),
            tr(lg, "Init.", "Kürzel", "Visa"),
        ]
        spec = (
            [(0.6, "center")]
            + [(0.7, "center")] * len(units)
            + [(0.9, "center"), (0.6, "center"), (0.7, "center"), (3.2, "left"), (0.6, "center")]
        )
        cols = columns(m, w - m, spec)
        y = 50.0
        row_h = (hh - 110) / 32
        p.rect(m, y, w - 2 * m, row_h + 4, fill=0.85)
        for c, t in zip(cols, [tr(lg, "Day", "Tag", "Jour"), *units, *extra], strict=True):
            cell_text(p, c, y + row_h - 2, t, h.bold, 6.5)
        y += row_h + 4
        top = y
        last_day_filled = rng.randint(18, 31) if rng.random() < 0.5 else 31
        temp = rng.uniform(6, 14)
        for dd in range(1, 32):
            p.line(m, y + row_h, w - m, y + row_h)
            cell_text(p, cols[0], y + row_h - 3, str(dd), h.font, 7)
            if dd <= last_day_filled and (mon + timedelta(days=dd - 1)).month == mon.month:
                for k in range(len(units)):
                    v = rng.choices([0, 1, 2, 3, 5, 12], [8, 4, 2, 1, 0.5, 0.1])[0]
                    if v or rng.random() < 0.5:
                        cell_text(p, cols[1 + k], y + row_h - 3, str(v) if v else "-", HAND, 8)
                j = 1 + len(units)
                cell_text(
                    p,
                    cols[j],
                    y + row_h - 3,
                    str(rng.randint(20, 90) if not hatch else rng.randint(1, 6)),
                    HAND,
                    8,
                )
                temp += rng.uniform(-0.4, 0.4)
                cell_text(p, cols[j + 1], y + row_h - 3, num(temp, lg, 1), HAND, 8)
                cell_text(
                    p, cols[j + 2], y + row_h - 3, num(rng.uniform(7.5, 11.5), lg, 1), HAND, 8
                )
                if rng.random() < 0.12:
                    cell_text(
                        p,
                        cols[j + 3],
                        y + row_h - 3,
                        rng.choice(
                            [
                                tr(lg, "graded P3", "P3 sortiert", "tri B3"),
                                tr(lg, "heron seen", "Reiher", "héron"),
                                tr(lg, "flow low", "wenig Wasser", "débit faible"),
                                tr(lg, "sold 40 kg", "40 kg verkauft", "vente 40 kg"),
                                tr(
                                    lg,
                                    "aerator 2 reset",
                                    "Belüfter 2 neu gestartet",
                                    "aérateur 2 relancé",
                                ),
                                tr(lg, "vet visit", "Tierarzt da", "visite véto"),
                            ]
                        ),
                        HAND,
                        7.5,
                    )
                cell_text(
                    p, cols[j + 4], y + row_h - 3, rng.choice(["TM", "JB", "SH", "KR"]), HAND, 7.5
                )
            y += row_h
        for c in cols:
            x = c[0] - 2
            p.line(x, top - row_h - 4, x, y)
        p.line(w - m, top - row_h - 4, w - m, y)
        p.rect(m, top - row_h - 4, w - 2 * m, y - top + row_h + 4)
        p.text(
            m,
            hh - 28,
            tr(lg, "Checked (manager)", "Geprüft (Betriebsleiter)", "Vérifié (responsable)"),
            h.font,
            7.5,
        )
        if last_day_filled == 31:
            scrawl(p, m + 100, hh - 27, crew("manager"), 11)
        pages.append(p)
    remember(some_day(rng))
    return pages


def cell_text(
    p: Page, col: tuple[float, float, str], y: float, text: str, font: str, size: float
) -> None:
    left, right, align = col
    t = fit(text, font, size, right - left - 2)
    if align == "center":
        p.text((left + right) / 2, y, t, font, size, "center")
    elif align == "right":
        p.text(right, y, t, font, size, "right")
    else:
        p.text(left + 1, y, t, font, size)


# ---------------------------------------------------------------------------------------------
# Templates XXXXX: fish health
# ---------------------------------------------------------------------------------------------


def tpl_health_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The fish health authority's inspection report after a visit to the farm (the Fish
    Health Inspectorate's record of visit, the Veterinäramt's Kontrollbericht, the DDPP's
    rapport d'inspection): site and visit details, the records checked with tick boxes,
    observations, the samples taken and the outcome, signed; a landscape annex with the
    laboratory results by pond and pathogen; now and then a covering letter in front."""
    lg = home()
    h = regional("health")
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(7, 30))
    ids = farm_ids()
    ref = serial(rng, rng.choice(["FHI-V-99999", "VA-39.2-9999/AQ", "DDPP-SPA-9999"]))
    inspector = staff(h, "insp")
    pages: list[Page] = []
    if rng.random() < 0.35:
        f0 = sheets(s, h)
        recipient(f0, s, h, farm_lines(), d, [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)])
        caption(
            f0,
            s,
            tr(
                lg,
                "Fish health inspection",
                "Amtliche Kontrolle Ihres Aquakulturbetriebes",
                "Inspection sanitaire de votre établissement",
            ),
            1,
        )
        f0.page.text(m, f0.y, dear(lg, mx(crew("owner"), lg)), s.font, s.size)
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                f"Thank you for your assistance during our inspection on {day(h, visit)}. Please "
                "find "
                "enclosed the inspection report and the results of the samples taken.",
                f"vielen Dank für Ihre Unterstützung bei der Kontrolle am {day(h, visit)}. Anbei "
                "erhalten Sie den Kontrollbericht sowie die Untersuchungsergebnisse der "
                "entnommenen Proben.",
                f"Nous vous remercions de votre accueil lors de l'inspection du {day(h, visit)}. "
                "Vous "
                "trouverez ci-joint le rapport d'inspection et les résultats des analyses.",
            ),
        )
        write(f0, s, prose(rng, lg, "fish", 1, 3))
        regards(
            f0,
            s,
            lg,
            inspector,
            tr(
                lg,
                "Fish Health Inspector",
                "Amtstierarzt/Amtstierärztin",
                "Inspecteur en santé animale",
            ),
        )
        pages += close(f0.pages, s, h, numbers="none")
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    caption(
        f,
        s,
        tr(
            lg,
            "INSPECTION REPORT - AQUACULTURE PRODUCTION BUSINESS",
            "KONTROLLBERICHT AQUAKULTURBETRIEB",
            "RAPPORT D'INSPECTION - ÉTABLISSEMENT AQUACOLE",
        ),
        2,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Business", "Betrieb", "Établissement"), farm_name()),
            (tr(lg, "Authorisation no.", "Registriernummer", "N° d'agrément"), ids["apb"]),
            (tr(lg, "Date of visit", "Datum der Kontrolle", "Date de la visite"), short(visit, lg)),
            (tr(lg, "Inspector", "Kontrolleur/in", "Inspecteur"), inspector),
            (tr(lg, "Person present", "Anwesend", "Personne présente"), crew("manager")),
            (tr(lg, "Report ref.", "Aktenzeichen", "Référence"), ref),
        ],
        per=3,
        tall=26,
        hand=False,
    )
    f.y += 8
    f.page.text(m, f.y, tr(lg, "Purpose of visit", "Anlass", "Objet de la visite"), s.bold, s.size)
    f.y += 14
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Routine surveillance", "Routinekontrolle", "Surveillance programmée"),
            tr(lg, "Statutory sampling", "Amtliche Probenahme", "Prélèvements officiels"),
            tr(lg, "Movement check", "Verbringungskontrolle", "Contrôle des mouvements"),
            tr(lg, "Follow-up", "Nachkontrolle", "Contre-visite"),
        ],
        {rng.randint(0, 1), rng.choice([0, 2, 3])},
        8,
    )
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Records and procedures checked",
            "Geprüfte Unterlagen",
            "Registres et procédures contrôlés",
        ),
        s.bold,
        s.size,
    )
    f.y += 6
    checks = [
        tr(lg, "Movement records (in/out)", "Zu- und Abgangsbuch", "Registre des entrées/sorties"),
        tr(lg, "Mortality records", "Verlustbuch", "Registre des mortalités"),
        tr(lg, "Biosecurity measures plan", "Biosicherheitsplan", "Plan de biosécurité"),
        tr(
            lg,
            "Veterinary medicines records",
            "Arzneimittelbuch",
            "Registre d'élevage - traitements",
        ),
        tr(lg, "Disinfection of equipment", "Desinfektion Geräte", "Désinfection du matériel"),
        tr(lg, "Fallen stock disposal", "Beseitigung Falltiere", "Élimination des cadavres"),
    ]
    for t in checks:
        f.need(14)
        f.y += 13
        f.page.text(m + 4, f.y, t, s.font, s.size - 1)
        res = rng.choices([0, 1, 2], [8, 1, 0.5])[0]
        for k, lab in enumerate(
            [
                tr(lg, "Satisfactory", "i. O.", "Conforme"),
                tr(lg, "Advice", "Hinweis", "Remarque"),
                tr(lg, "Non-compliant", "Mangel", "Non conforme"),
            ]
        ):
            x = w * 0.5 + k * (w * 0.5 - m) / 3
            box_t(f.page, x, f.y, k == res)
            f.page.text(x + 12, f.y, lab, s.font, 7.5)
    f.y += 20
    f.page.text(m, f.y, tr(lg, "Observations", "Feststellungen", "Constatations"), s.bold, s.size)
    f.y += 14
    write(f, s, prose(rng, lg, "fish", 2, 4))
    f.page.text(
        m, f.y, tr(lg, "Samples taken", "Entnommene Proben", "Prélèvements"), s.bold, s.size
    )
    f.y += 8
    ponds = rng.sample(range(1, int(ids["ponds"]) + 1), rng.randint(2, 4))
    kinds = [rng.choice(STOCK[lg])[0] for _ in ponds]
    rows = [
        [
            f"{tr(lg, 'Pond', 'Teich', 'Bassin')} {pn}",
            k,
            str(rng.choice([10, 15, 30])),
            "VHS, IHN" + (", BKD" if rng.random() < 0.4 else ""),
        ]
        for pn, k in zip(ponds, kinds, strict=True)
    ]
    f.y += 8
    table(
        f,
        columns(m, w - m, [(1, "left"), (2.5, "left"), (0.8, "center"), (2, "left")]),
        [
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Species", "Art", "Espèce"),
            tr(lg, "Fish", "Anzahl", "Nb"),
            tr(lg, "Tests", "Untersuchung auf", "Recherches"),
        ],
        rows,
        s,
    )
    f.y += 10
    f.page.text(m, f.y, tr(lg, "Outcome", "Ergebnis", "Conclusion"), s.bold, s.size)
    f.y += 14
    write(
        f,
        s,
        tr(
            lg,
            "No clinical signs of notifiable disease were observed. The business remains compliant "
            "with the conditions of its authorisation.",
            "Klinische Anzeichen einer anzeigepflichtigen Tierseuche wurden nicht festgestellt. "
            "Die "
            "Voraussetzungen der Registrierung sind weiterhin erfüllt.",
            "Aucun signe clinique de maladie réglementée n'a été observé. L'établissement respecte "
            "les "
            "conditions de son agrément.",
        ),
    )
    f.need(60)
    f.y += 20
    signature_block(f.page, s, m, f.y, inspector, inspector, True)
    signature_block(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        tr(
            lg,
            "Received (operator)",
            "Kenntnis genommen (Betreiber)",
            "Pris connaissance (exploitant)",
        ),
        crew("manager"),
        rng.random() < 0.7,
    )
    f.y += 30
    pages += f.pages
    # Laboratory results annex on a landscape page.
    size = landscape(A4)
    sl = style_of(h, size, 40, 8)
    wl, hl = size
    fl = Sheets(
        size,
        hl - 40,
        lambda p, n: annex_top(
            p,
            sl,
            h,
            ref,
            tr(
                lg,
                "Annex - laboratory results",
                "Anlage - Untersuchungsergebnisse",
                "Annexe - résultats d'analyses",
            ),
        ),
    )
    cols = columns(
        40,
        wl - 40,
        [
            (1, "left"),
            (1.1, "left"),
            (2, "left"),
            (0.8, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (1.2, "left"),
        ],
    )
    rows = []
    for pn, k in zip(ponds, kinds, strict=True):
        for pool in range(1, rng.randint(2, 4)):
            rows.append(
                [
                    serial(rng, "99-99999"),
                    f"{tr(lg, 'Pond', 'Teich', 'Bassin')} {pn}",
                    f"{k}, pool {pool}" if lg == "en" else f"{k}, Pool {pool}",
                    "neg",
                    "neg",
                    rng.choice(["neg", "neg", "n.t."]),
                    rng.choice(["neg", "n.t."]),
                    rng.choice(["neg", "neg", "pos" if rng.random() < 0.1 else "neg"]),
                    short(visit + timedelta(days=rng.randint(5, 14)), lg),
                ]
            )
    table(
        fl,
        cols,
        [
            tr(lg, "Lab no.", "Labor-Nr.", "N° labo"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Sample", "Probe", "Échantillon"),
            "VHS",
            "IHN",
            "IPN",
            "BKD",
            "ERM",
            tr(lg, "Reported", "Befund vom", "Résultat du"),
        ],
        rows,
        sl,
        size=7.5,
        shade=0.85,
        rules=True,
    )
    fl.y += 10
    fl.para(
        40,
        wl - 80,
        tr(
            lg,
            "neg = not detected; pos = detected; n.t. = not tested. Methods: "
            "cell culture, RT-qPCR, ELISA.",
            "neg = nicht nachgewiesen; pos = nachgewiesen; n.u. = nicht untersucht. "
            "Methoden: Zellkultur, RT-qPCR, ELISA.",
            "nég = non détecté ; pos = détecté ; n.r. = non recherché. Méthodes : "
            "culture cellulaire, RT-qPCR, ELISA.",
        ),
        sl.font,
        7.5,
    )
    pages += fl.pages
    number_pages(
        pages,
        s,
        h.numbers
        if h.numbers != "none"
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"),
        "br",
        skip=0 if len(pages) == len(f.pages) + len(fl.pages) else 1,
        bottom=22,
    )
    received(rng, pages[0], d, 0.35)
    remember(d)
    return pages


def box_t(p: Page, x: float, y: float, on: bool) -> None:
    p.rect(x, y - 7, 8, 8)
    if on:
        p.line(x + 1.5, y - 5.5, x + 6.5, y - 0.5)
        p.line(x + 1.5, y - 0.5, x + 6.5, y - 5.5)


def annex_top(p: Page, s: Style, h: Head, ref: str, title: str) -> float:
    w, _ = p.size
    p.text(s.margin, 34, fit(title, s.bold, 11, w * 0.6), s.bold, 11)
    p.text(
        w - s.margin,
        34,
        fit(f"{h.name.split(' - ')[0]} - {ref}", s.font, 7.5, w * 0.35),
        s.font,
        7.5,
        "right",
    )
    p.line(s.margin, 40, w - s.margin, 40)
    return 60.0


MEDICINES = [
    (
        "Oxytetracycline 50% premix",
        "Oxytetracyclin 50 % Prämix",
        "Oxytétracycline prémélange 50 %",
        75,
    ),
    (
        "Florfenicol 50 mg/g premix",
        "Florfenicol 50 mg/g Prämix",
        "Florfénicol prémélange 50 mg/g",
        10,
    ),
    ("Amoxicillin 50% premix", "Amoxicillin 50 % Prämix", "Amoxicilline prémélange 50 %", 80),
    (
        "Sulfadiazine/trimethoprim premix",
        "Sulfadiazin/Trimethoprim Prämix",
        "Sulfadiazine/triméthoprime",
        30,
    ),
]


def tpl_vet_prescription(rng: random.Random, who: Issuer) -> list[Page]:
    """The fish vet's prescription for medicated feed (the Medicated Feed prescription form,
    the Verschreibung von Fütterungsarzneimitteln, the ordonnance pour aliment médicamenteux)
    in the keeper's copy: keeper and premises, species and weight of fish, diagnosis, the
    premix and inclusion rate, feed quantity, days and the withdrawal period in degree-days,
    signed and stamped; now and then the vet's visit report in front of it."""
    lg = home()
    h = head_of(who, "vet")
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    vet = staff(h, "vet")
    med = rng.choice(MEDICINES)
    diag = rng.choice([4, 4, 3, 2])
    pond = rng.randint(1, int(farm_ids()["ponds"]))
    biomass = rng.choice([800, 1200, 2500, 4000, 6000])
    pages: list[Page] = []
    if rng.random() < 0.4:
        f0 = sheets(s, h)
        caption(f0, s, tr(lg, "Visit report", "Besuchsbericht", "Compte rendu de visite"), 3)
        f0.y = (
            pairs(
                f0.page,
                s,
                m,
                f0.y,
                [
                    (tr(lg, "Client", "Betrieb", "Élevage"), farm_name()),
                    (tr(lg, "Date of visit", "Besuchsdatum", "Date"), day(h, d)),
                    (
                        tr(lg, "Unit", "Einheit", "Unité"),
                        f"{tr(lg, 'Pond', 'Teich', 'Bassin')} {pond}",
                    ),
                ],
                w / 2,
                s.size - 0.5,
            )
            + 10
        )
        for head_t in [
            tr(lg, "History", "Vorbericht", "Commémoratifs"),
            tr(lg, "Clinical findings", "Klinischer Befund", "Examen clinique"),
            tr(lg, "Post-mortem findings", "Sektionsbefund", "Autopsie"),
            tr(lg, "Recommendations", "Empfehlungen", "Recommandations"),
        ]:
            f0.heading(m, head_t, s.bold, s.size)
            write(f0, s, prose(rng, lg, "fish", 1, 3))
        regards(
            f0,
            s,
            lg,
            vet,
            tr(lg, "Veterinary surgeon", "Fachtierärztin für Fische", "Docteur vétérinaire"),
        )
        pages += close(f0.pages, s, h, numbers="none")
    p = Page(A4)
    s2 = style_of(h, A4, 40, 8.5)
    w2, _h2 = A4
    m2 = 40
    y = heading(p, s2, h)
    title = tr(
        lg,
        "PRESCRIPTION FOR MEDICATED FEED",
        "VERSCHREIBUNG VON FÜTTERUNGSARZNEIMITTELN",
        "ORDONNANCE POUR ALIMENT MÉDICAMENTEUX",
    )
    p.text(m2, y, fit(title, h.bold, 12, w2 - 2 * m2 - 90), h.bold, 12)
    p.text(
        w2 - m2,
        y,
        f"{tr(lg, 'No.', 'Nr.', 'N°')} {serial(rng, '999999')}",
        "Helvetica-Bold",
        10,
        "right",
    )
    p.text(
        w2 - m2,
        y + 11,
        tr(lg, "Copy 2 - keeper", "Durchschrift für den Tierhalter", "Exemplaire détenteur"),
        h.font,
        7,
        "right",
    )
    y += 30
    y = band(
        p,
        s2,
        y,
        tr(lg, "Keeper and premises", "Tierhalter und Standort", "Détenteur et lieu de détention"),
    )
    y = fields(
        p,
        s2,
        m2,
        y + 4,
        w2 - 2 * m2,
        [
            (tr(lg, "Name", "Name", "Nom"), farm_name()),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{farm_row()[1]}, {farm_row()[2]}"),
            (tr(lg, "Registration", "Registriernummer", "N° EDE / agrément"), farm_ids()["apb"]),
            (tr(lg, "Unit / pond", "Haltungseinheit", "Bassin"), str(pond)),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s2, y, tr(lg, "Animals", "Tiere", "Animaux"))
    kind, _ = rng.choice(STOCK[lg])
    y = fields(
        p,
        s2,
        m2,
        y + 4,
        w2 - 2 * m2,
        [
            (tr(lg, "Species", "Tierart", "Espèce"), kind),
            (tr(lg, "Number", "Anzahl", "Nombre"), num(biomass * rng.randint(3, 8), lg)),
            (tr(lg, "Total weight (kg)", "Gesamtgewicht (kg)", "Biomasse (kg)"), num(biomass, lg)),
            (tr(lg, "Diagnosis", "Diagnose", "Diagnostic"), dname(diag, lg)),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s2, y, tr(lg, "Medicated feed", "Fütterungsarzneimittel", "Aliment médicamenteux"))
    dose = med[3]
    days = rng.choice([7, 10, 10, 14])
    feed_kg = round(biomass * 0.012 * days / 25) * 25 or 25
    y = fields(
        p,
        s2,
        m2,
        y + 4,
        w2 - 2 * m2,
        [
            (
                tr(
                    lg,
                    "Veterinary medicine (premix)",
                    "Arzneimittel-Vormischung",
                    "Prémélange médicamenteux",
                ),
                tr(lg, med[0], med[1], med[2]),
            ),
            (
                tr(lg, "Dose (mg/kg fish/day)", "Dosis (mg/kg KG/Tag)", "Posologie (mg/kg PV/j)"),
                str(dose),
            ),
            (
                tr(
                    lg, "Inclusion (g premix / t feed)", "Einmischrate (g/t)", "Incorporation (g/t)"
                ),
                num(dose * 1000 / 12, lg),
            ),
            (
                tr(lg, "Quantity of feed (kg)", "Futtermenge (kg)", "Quantité d'aliment (kg)"),
                num(feed_kg, lg),
            ),
            (tr(lg, "Duration (days)", "Behandlungsdauer (Tage)", "Durée (jours)"), str(days)),
            (
                tr(lg, "Withdrawal period", "Wartezeit", "Temps d'attente"),
                f"{rng.choice([400, 500, 500])} "
                f"{tr(lg, 'degree-days', 'Tagesgrade', 'degrés-jours')}",
            ),
            (
                tr(lg, "Feed mill", "Hersteller", "Fabricant"),
                make_head(keyed(who, "mill").choice(SENDERS["feed"][lg]), lg, "feed").name,
            ),
            (tr(lg, "Feed type", "Trägerfutter", "Aliment support"), rng.choice(FEEDS[lg])[1]),
        ],
        per=2,
        tall=26,
    )
    y = ticks(
        p,
        s2,
        m2,
        y + 4,
        w2 - 2 * m2,
        [
            tr(
                lg,
                "Antibiotic sensitivity tested",
                "Antibiogramm liegt vor",
                "Antibiogramme réalisé",
            ),
            tr(lg, "Repeat prescription", "Wiederholungsverschreibung", "Renouvellement"),
        ],
        {0} if rng.random() < 0.7 else set(),
        8,
    )
    y += 12
    y = text_in(
        p,
        s2,
        m2,
        y,
        w2 - 2 * m2,
        tr(
            lg,
            "Valid for 5 weeks from the date of issue. Fish must not be slaughtered for human "
            "consumption before the end of the withdrawal period.",
            "Gültig drei Wochen ab Ausstellung. Die Tiere dürfen vor Ablauf der Wartezeit nicht "
            "zur "
            "Lebensmittelgewinnung geschlachtet werden.",
            "Validité : 3 mois. Les poissons ne doivent pas être abattus pour la consommation "
            "humaine "
            "avant la fin du temps d'attente.",
        ),
        8,
    )
    y += 26
    signature_block(
        p,
        s2,
        m2,
        y,
        f"{tr(lg, 'Veterinary surgeon', 'Tierarzt/Tierärztin', 'Vétérinaire')}: {vet}",
        vet,
        True,
    )
    hand(p, m2 + 190, y - 4, short(d, lg), 9.5)
    seal(p, w2 - m2 - 70, y + 14, 32, h.name.split(" ")[0], h.town.split(" ", 1)[-1][:18])
    pages.append(p)
    remember(d)
    return pages


def tpl_fallen_stock(rng: random.Random, who: Issuer) -> list[Page]:
    """The collector's commercial document for fish mortalities (Category 2 animal by-products;
    Tierkörperbeseitigung Abholschein; bon d'enlèvement d'équarrissage) left at the farm: a
    numbered slip with the weight, bins, vehicle and driver, both signatures; now and then the
    collector's monthly charge on an A4 sheet instead."""
    lg = home()
    h = head_of(who, "fallen")
    d = some_day(rng)
    if keyed(who, "fsform").random() < 0.75:
        size = SLIP if keyed(who, "fs").random() < 0.5 else A5
        s = style_of(h, size, 20, 8)
        w, hh = size
        m = 20
        p = Page(size)
        y = heading(p, s, h, 30)
        t = tr(
            lg,
            "COMMERCIAL DOCUMENT - ANIMAL BY-PRODUCTS",
            "HANDELSPAPIER / ABHOLSCHEIN",
            "BON D'ENLÈVEMENT - ÉQUARRISSAGE",
        )
        p.text(
            w / 2,
            y,
            fit(t, h.bold, 9, w - 2 * m),
            h.bold,
            shrink(t, h.bold, 9, w - 2 * m),
            "center",
        )
        y += 12
        cat = tr(
            lg,
            "Category 2 material - not for animal consumption",
            "Material der Kategorie 2 - nicht zur Verfütterung",
            "Matières de catégorie 2 - impropres à la consommation",
        )
        p.text(w / 2, y, fit(cat, h.font, 7, w - 2 * m), h.font, 7, "center")
        y += 10
        p.text(
            w - m,
            y + 6,
            f"{tr(lg, 'No.', 'Nr.', 'N°')} {serial(rng, '9999999')}",
            "Courier-Bold",
            9,
            "right",
        )
        y += 14
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Collected from", "Abholstelle", "Lieu d'enlèvement"), farm_name()),
                (tr(lg, "Holding", "Betriebs-Nr.", "N° élevage"), farm_ids()["holding"]),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (
                    tr(lg, "Species", "Tierart", "Espèce"),
                    tr(lg, "Fish (trout)", "Fische (Forellen)", "Poissons (truites)"),
                ),
                (tr(lg, "Bins / containers", "Behälter", "Bacs"), str(rng.randint(1, 4))),
                (
                    tr(lg, "Weight (kg)", "Gewicht (kg)", "Poids (kg)"),
                    num(rng.choice([18, 35, 60, 85, 140, 230]), lg),
                ),
                (
                    tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                    serial(rng, {"en": "AA99 AAA", "de": "AA-AA 999", "fr": "AA-999-AA"}[lg]),
                ),
                (
                    tr(lg, "Destination plant", "Verarbeitungsbetrieb", "Usine de destination"),
                    serial(keyed(who, "plant"), "AA 99 999"),
                ),
            ],
            per=2 if w > 250 else 1,
            tall=24,
        )
        y += 8
        half = (w - 2 * m) / 2 - 6
        p.line(m, y + 20, m + half, y + 20)
        scrawl(p, m + 4, y + 17, crew(rng.choice(["manager", "tech"])), 10)
        p.text(m, y + 28, tr(lg, "Producer", "Abgeber", "Producteur"), h.font, 6.5)
        p.line(w - m - half, y + 20, w - m, y + 20)
        scrawl(p, w - m - half + 4, y + 17, staff(h, "driver"), 10)
        p.text(w - m - half, y + 28, tr(lg, "Driver", "Fahrer", "Chauffeur"), h.font, 6.5)
        p.text(
            m,
            hh - 16,
            tr(
                lg,
                "White: producer  Yellow: plant  Pink: transporter",
                "Weiß: Abgeber  Gelb: Verarbeitung  Rosa: Transport",
                "Blanc : producteur  Jaune : usine  Rose : transporteur",
            ),
            h.font,
            5.5,
        )
        remember(d)
        return [p]
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, h)
    inv = serial(rng, "99999999")
    recipient(f, s, h, farm_lines(), d, [(tr(lg, "Invoice", "Rechnung", "Facture"), inv)])
    caption(
        f, s, tr(lg, "Collection charges", "Gebührenabrechnung Abholung", "Facture d'enlèvement"), 2
    )
    rows = []
    net = 0.0
    for _ in range(rng.randint(2, 6)):
        kg = rng.choice([20, 40, 65, 90, 150])
        v = round(max(25.0, kg * 0.42), 2)
        net += v
        rows.append([short(some_day(rng), lg), serial(rng, "9999999"), num(kg, lg), money(v, lg)])
    rows.sort()
    table(
        f,
        columns(m, w - m, [(1, "left"), (1.4, "left"), (1, "right"), (1, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Document", "Abholschein", "Bon n°"),
            "kg",
            tr(lg, "Charge", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), std_vat(lg))
    booked(rng, f.pages[0], 0.4)
    remember(d)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates XXXXX: water
# ---------------------------------------------------------------------------------------------


def site_map(
    p: Page, s: Style, x: float, y: float, w: float, h: float, rng: random.Random, lg: str
) -> None:
    """A plan of the site: a frame, the river as a wavy line, ponds as boxes, the intake and
    the outfall marked, a north arrow and a scale bar."""
    p.rect(x, y, w, h)
    phase, freq, amp = rng.uniform(0, 6.3), rng.uniform(0.2, 0.45), rng.uniform(0.03, 0.08)
    pts = [(x + w * k / 20, y + h * (0.25 + amp * math.sin(k * freq + phase))) for k in range(21)]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)
        p.line(x1, y1 + 8, x2, y2 + 8)
    n = rng.randint(4, 8)
    for k in range(n):
        bx = x + w * 0.15 + k * (w * 0.7 / n)
        p.rect(bx, y + h * 0.45, w * 0.7 / n - 6, h * 0.3, fill=0.9)
        p.rect(bx, y + h * 0.45, w * 0.7 / n - 6, h * 0.3)
    ix, iy = pts[3]
    p.rect(ix - 3, iy - 3, 6, 6, fill=0.0)
    p.text(ix + 6, iy - 6, tr(lg, "A - intake", "E - Entnahme", "P - prise d'eau"), s.font, 7)
    ox, oy = pts[17]
    p.rect(ox - 3, oy + 5, 6, 6, fill=0.0)
    p.text(ox - 6, oy - 6, tr(lg, "B - outfall", "A - Einleitung", "R - rejet"), s.font, 7, "right")
    p.line(x + w - 30, y + 40, x + w - 30, y + 15)
    p.line(x + w - 30, y + 15, x + w - 34, y + 23)
    p.line(x + w - 30, y + 15, x + w - 26, y + 23)
    p.text(x + w - 30, y + 52, "N", s.bold, 9, "center")
    p.line(x + 20, y + h - 20, x + 120, y + h - 20)
    p.text(x + 20, y + h - 24, "0", s.font, 6)
    p.text(x + 120, y + h - 24, "100 m", s.font, 6, "right")


def tpl_abstraction_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The water authority's licence (or its renewal or variation) for the farm's intake from
    the river and the discharge back: a covering letter, then the licence itself in the
    country's form (a Water Resources Act licence with its numbered conditions; a Bescheid
    with Tenor, Nebenbestimmungen, Begründung and Rechtsbehelfsbelehrung; an arrêté
    préfectoral with its Vu and articles), and the site plan annexed."""
    lg = home()
    h = water_office(who)
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ids = farm_ids()
    officer = staff(h, "officer")
    river = rng.choice(
        {
            "en": ["River Kennet", "River Wharfe", "River Itchen", "River Test"],
            "de": ["Lenne", "Lech", "Kraich", "Ruhr"],
            "fr": ["l'Odet", "le Doubs", "l'Aure", "la Loue"],
        }[lg]
    )
    daily = rng.choice([8000, 12000, 18000, 25000, 40000])
    pages: list[Page] = []
    f0 = sheets(s, h)
    recipient(
        f0,
        s,
        h,
        farm_lines(mx(crew("owner"), lg)),
        d,
        [(tr(lg, "Licence no.", "Az.", "Réf."), ids["licence"])],
    )
    caption(
        f0,
        s,
        tr(
            lg,
            "Your abstraction licence - renewal",
            "Wasserrechtliche Erlaubnis - Ihr Antrag auf Verlängerung",
            "Autorisation de prélèvement et de rejet - renouvellement",
        ),
        1,
    )
    f0.page.text(m, f0.y, dear(lg, mx(crew("owner"), lg)), s.font, s.size)
    f0.y += s.size * 2
    write(
        f0,
        s,
        tr(
            lg,
            f"We have now determined your application to renew your licence to abstract water from "
            f"the {river} for fish farming. Your new licence is enclosed. Please read the "
            "conditions "
            "carefully; in particular the requirement to measure and record the quantities "
            "abstracted.",
            "auf Ihren Antrag erteilen wir Ihnen die beigefügte Erlaubnis zur Entnahme von Wasser "
            "aus "
            f"der {river} und zur Wiedereinleitung für den Betrieb Ihrer Fischteichanlage. Bitte "
            "beachten Sie insbesondere die Nebenbestimmungen zur Mengenmessung.",
            "Je vous prie de trouver ci-joint l'arrêté préfectoral autorisant le prélèvement "
            "d'eau dans "
            f"{river} et le rejet des eaux de la pisciculture. Je vous invite à prendre "
            "connaissance des "
            "prescriptions, notamment l'obligation de comptage des volumes prélevés.",
        ),
    )
    write(f0, s, prose(rng, lg, "water", 1, 3))
    regards(
        f0,
        s,
        lg,
        officer,
        tr(lg, "Permitting Officer", "Sachbearbeiter/in", "Pour le préfet et par délégation"),
    )
    pages += close(f0.pages, s, h, numbers="none")
    f = sheets(s, h, f"{tr(lg, 'Licence', 'Erlaubnis', 'Arrêté')} {ids['licence']}", top=lg != "en")
    if lg == "en":
        f.page.text(w / 2, f.y + 10, "WATER RESOURCES ACT 1991", s.bold, s.size + 2, "center")
        f.y += 28
        f.page.text(w / 2, f.y, "LICENCE TO ABSTRACT WATER", s.bold, s.size + 5, "center")
        f.y += 20
        f.page.text(
            w / 2, f.y, f"Licence serial number: {ids['licence']}", s.font, s.size, "center"
        )
        f.y += 26
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Licence holder", farm_name()),
                ("Source of supply", f"{river}, inland water"),
                (
                    "Point of abstraction",
                    f"National Grid Reference {serial(rng, 'AA 99999 99999')}",
                ),
                ("Purpose", "Fish farm/cress pond throughflow"),
                ("Period of abstraction", "1 January to 31 December"),
                (
                    "Maximum quantity",
                    f"{num(daily, lg)} cubic metres per day; {num(daily * 365, lg)} cubic metres "
                    "per year",
                ),
                ("Means of abstraction", "Gravity intake through screened sluice"),
                ("Expiry", f"31 March {d.year + 12}"),
            ],
            w - m,
            s.size - 0.5,
        )
        f.y += 10
        f.heading(m, "Conditions", s.bold, s.size + 1)
        conds = [
            "The licence holder shall install and maintain a meter or other measuring device.",
            "Abstraction shall cease when the flow in the river at the gauging station falls below "
            f"{num(rng.uniform(0.3, 1.2), lg, 3)} cubic metres per second.",
            "Records of the quantities abstracted shall be kept and submitted annually.",
            "Water abstracted shall be returned to the river at the outfall shown on the plan.",
            "The intake shall be screened to prevent the entrainment of fish.",
        ]
        for k, t in enumerate(conds):
            f.para(m + 20, w - 2 * m - 20, t, s.font, s.size)
            f.page.text(m, f.y - s.size * 2.1, f"{k + 1}.", s.font, s.size)
        f.y += 20
        f.need(90)
        f.page.text(
            m, f.y, f"Signed on behalf of the Environment Agency on {day(h, d)}", s.font, s.size
        )
        f.y += 30
        scrawl(f.page, m, f.y - 4, officer)
        f.page.text(m, f.y + 10, officer, s.bold, s.size)
    elif lg == "de":
        f.page.text(m, f.y, tr(lg, "", "BESCHEID", ""), s.bold, s.size + 5)
        f.y += 18
        write(
            f,
            s,
            f"Wasserrechtliche Erlaubnis nach §§ 8, 10 WHG für die Entnahme von Wasser aus "
            f"der {river} und das Einleiten von Abwasser aus der Fischteichanlage "
            f"{farm_name()}",
        )
        for head_t, body in [
            (
                "I. Tenor",
                f"Der {farm_name()} wird die widerrufliche Erlaubnis erteilt, der {river} "
                f"bis zu {num(daily, lg)} m³/Tag Wasser zu entnehmen und nach Durchlauf der "
                f"Teichanlage wieder einzuleiten. Die Erlaubnis ist befristet bis zum "
                f"31.12.{d.year + 15}.",
            ),
            (
                "II. Nebenbestimmungen",
                "1. Die entnommene Wassermenge ist mit einer geeigneten Messeinrichtung "
                "zu erfassen. 2. Im Gewässer ist eine Mindestwasserführung zu belassen. "
                "3. Der Ablauf ist über einen Absetzteich zu führen. "
                + prose(rng, lg, "water", 2, 4),
            ),
            ("III. Begründung", prose(rng, lg, "water", 3, 6)),
            (
                "IV. Kosten",
                "Für diesen Bescheid wird eine Verwaltungsgebühr von "
                f"{cash(rng.choice([180, 240, 350]), lg)} "
                "festgesetzt.",
            ),
            (
                "Rechtsbehelfsbelehrung",
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                "Klage beim Verwaltungsgericht erhoben werden.",
            ),
        ]:
            f.heading(m, head_t, s.bold, s.size + 0.5)
            write(f, s, body)
        f.need(70)
        f.y += 10
        f.page.text(m, f.y, "Im Auftrag", s.font, s.size)
        f.y += 28
        scrawl(f.page, m, f.y - 4, officer)
        f.page.text(m, f.y + 10, officer, s.font, s.size)
        seal(f.page, w - m - 80, f.y - 20, 34, h.name.split(" - ")[0], "Dienstsiegel")
    else:
        dept = h.name.split(" - ")[0].split(" du ")[-1].upper()
        f.page.text(w / 2, f.y + 6, f"PRÉFET DU {dept}", s.bold, s.size + 2, "center")
        f.page.text(
            w / 2, f.y + 18, "Liberté - Égalité - Fraternité", italic_of(s.font), 8, "center"
        )
        f.y += 40
        write(
            f,
            s,
            f"Arrêté préfectoral {ids['licence']} portant autorisation au titre des articles "
            f"L. 214-1 à L. 214-6 du code de l'environnement concernant la pisciculture "
            f"{farm_name()}",
        )
        for vu in [
            "Vu le code de l'environnement ;",
            "Vu le schéma directeur d'aménagement et de gestion des eaux ;",
            "Vu la demande présentée par l'exploitant ;",
            "Vu l'avis du conseil départemental de "
            "l'environnement et des risques sanitaires et technologiques ;",
        ]:
            write(f, s, vu, s.size - 0.5)
        f.page.text(w / 2, f.y, "ARRÊTE", s.bold, s.size + 2, "center")
        f.y += 20
        for k in range(1, rng.randint(5, 8)):
            f.heading(m, f"Article {k}", s.bold, s.size)
            write(
                f,
                s,
                prose(rng, lg, "water", 1, 3)
                if k > 1
                else f"L'exploitant est autorisé à prélever dans {river} un débit maximal de "
                f"{num(daily / 86.4, lg)} l/s et à rejeter les eaux après passage dans le bassin "
                "de décantation.",
            )
        f.need(70)
        f.page.text(
            w - m - 180,
            f.y + 6,
            f"Fait à {h.town.split(' ', 1)[-1]}, le {day(h, d)}",
            s.font,
            s.size,
        )
        scrawl(f.page, w - m - 170, f.y + 40, officer)
        f.page.text(w - m - 180, f.y + 52, "Pour le préfet et par délégation", s.font, s.size - 1)
    pages += close(f.pages, s, h)
    size = landscape(A4) if rng.random() < 0.6 else A4
    mp = Page(size)
    sw, sh = size
    mp.text(
        40,
        36,
        tr(
            lg,
            f"Plan - licence {ids['licence']}",
            f"Lageplan - Anlage zum Bescheid {ids['licence']}",
            f"Annexe - plan de situation ({ids['licence']})",
        ),
        s.bold,
        10,
    )
    site_map(mp, s, 40, 50, sw - 80, sh - 100, rng, lg)
    pages.append(mp)
    received(rng, pages[0], d, 0.4)
    remember(d, ("licence", ids["licence"], daily))
    return pages


def tpl_abstraction_charge(rng: random.Random, who: Issuer) -> list[Page]:
    """The yearly charge for the water the farm takes: the Environment Agency's abstraction
    charges invoice (standard unit charge, source, season and loss factors), the Land's
    Festsetzungsbescheid über das Wasserentnahmeentgelt, the Agence de l'eau's avis de
    redevance pour prélèvement (volume, usage pisciculture, taux); now and then the
    calculation or the payment slip on a second page."""
    lg = home()
    h = regional("charge")
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("abstraction_licence",), (5, 25))
    ids = farm_ids()
    ex = LAST["extra"]
    daily = (
        ex[2]
        if after(("abstraction_licence",)) and isinstance(ex, tuple)
        else rng.choice([8000, 12000, 25000])
    )
    year = d.year - 1 if d.month < 6 else d.year
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ids['licence']}")
    ref = serial(rng, rng.choice(["ABS99999999", "WEE-9999-99", "R-9999-999999"]))
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Kassenzeichen", "N° d'avis"), ref),
            (tr(lg, "Licence", "Erlaubnis", "Autorisation"), ids["licence"]),
        ],
    )
    title = tr(
        lg,
        f"Abstraction charges {year}/{(year + 1) % 100:02d}",
        f"Festsetzungsbescheid Wasserentnahmeentgelt {year}",
        f"Avis de redevance pour prélèvement sur la ressource en eau - {year}",
    )
    caption(f, s, title, 2)
    vol = daily * 365
    if lg == "en":
        suc = rng.choice([19.37, 21.44, 23.06])
        auth = vol / 1000
        factors = [
            ("Authorised quantity (thousand m3)", num(auth, lg, 1)),
            ("Source factor (unsupported)", "3"),
            ("Season factor (all year)", "1.6"),
            ("Loss factor (very low)", "0.003"),
            ("Standard unit charge (SUC)", f"£{suc:.2f}"),
            ("Environmental improvement unit charge", "£0.71"),
        ]
        charge = round(auth * 3 * 1.6 * 0.003 * (suc + 0.71), 2)
        f.y = pairs(f.page, s, m, f.y, factors, w - m, s.size - 0.5) + 8
        write(
            f,
            s,
            "Charge = authorised quantity x source factor x season factor x loss factor x "
            "(SUC + EIUC)",
            s.size - 1,
        )
        totals(f, s, lg, charge, 0.0, "Abstraction charges are outside the scope of VAT.")
        write(
            f,
            s,
            f"Payment is due within 30 days. Pay online quoting {ref}, or set up a Direct "
            "Debit to pay in instalments.",
            s.size - 1,
        )
    elif lg == "de":
        used = round(vol * rng.uniform(0.4, 0.9))
        rate = 0.051
        rows = [
            [
                "Entnahme aus oberirdischem Gewässer (Fischhaltung)",
                num(used, lg),
                money(rate, lg),
                money(used * rate * 0.1, lg),
            ]
        ]
        write(
            f,
            s,
            f"Für das Veranlagungsjahr {year} wird das Wasserentnahmeentgelt wie folgt "
            "festgesetzt:",
        )
        table(
            f,
            columns(m, w - m, [(3.4, "left"), (1.2, "right"), (1, "right"), (1.2, "right")]),
            ["Entnahmeart", "Menge m³", "EUR/m³", "Entgelt EUR"],
            rows,
            s,
            rules=True,
        )
        f.y += 6
        write(
            f,
            s,
            "Ermäßigung 90 % für die Fischhaltung, da das Wasser unmittelbar wieder eingeleitet "
            "wird. "
            f"Fällig am {short(d + timedelta(days=30), lg)}. Bitte geben Sie bei Zahlung das "
            f"Kassenzeichen {ref} an.",
        )
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Widerspruch "
            "erhoben werden. " + words(rng, lg, "water"),
            s.size - 1,
        )
    else:
        used = round(vol * rng.uniform(0.4, 0.9))
        rate = rng.choice([0.0015, 0.002, 0.0025])
        rows = [
            [
                "Pisciculture - prélèvement en eau de surface",
                num(used, lg),
                f"{rate:.4f}".replace(".", ","),
                money(used * rate, lg),
            ]
        ]
        table(
            f,
            columns(m, w - m, [(3.4, "left"), (1.2, "right"), (1, "right"), (1.2, "right")]),
            ["Usage", "Volume (m³)", "Taux (€/m³)", "Montant (€)"],
            rows,
            s,
            rules=True,
        )
        totals(f, s, lg, round(used * rate, 2), 0.0, "Redevance non soumise à la TVA.")
        write(
            f,
            s,
            f"Date limite de paiement : {day(h, d + timedelta(days=45))}. Référence à rappeler : "
            f"{ref}. " + words(rng, lg, "water"),
            s.size - 1,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.4:
        q = Page(s.page_size)
        q.text(m, 60, tr(lg, "Payment slip", "Zahlschein", "Talon de paiement"), s.bold, 10)
        slip_rule(
            q,
            m,
            w - m,
            80,
            tr(
                lg,
                "Detach and return with your payment",
                "Bitte abtrennen",
                "À détacher et à joindre à votre règlement",
            ),
        )
        q.rect(m, 100, w - 2 * m, 110)
        pairs(
            q,
            s,
            m + 10,
            120,
            [
                (tr(lg, "Reference", "Kassenzeichen", "Référence"), ref),
                (tr(lg, "Payer", "Zahlungspflichtiger", "Redevable"), farm_name()),
                (tr(lg, "Amount", "Betrag", "Montant"), "........................"),
            ],
            w - m - 10,
            9,
        )
        q.barcode("code128", ref.replace(" ", ""), m + 10, 230)
        text_in(q, s, m, 330, w - 2 * m, prose(rng, lg, "money", 2, 3), 8)
        pages.append(q)
    received(rng, pages[0], d)
    remember(d)
    return pages


PARAMS = [
    ("pH", "", "ISO 10523", 6.5, 8.5, 1),
    ("Temperature", "°C", "DIN 38404-4", 6.0, 15.0, 1),
    ("Dissolved oxygen", "mg/l", "ISO 5814", 6.0, 11.5, 1),
    ("Ammoniacal nitrogen (NH4-N)", "mg/l", "ISO 11732", 0.05, 1.2, 2),
    ("Nitrite nitrogen (NO2-N)", "mg/l", "ISO 13395", 0.005, 0.08, 3),
    ("Nitrate nitrogen (NO3-N)", "mg/l", "ISO 10304-1", 1.5, 9.0, 1),
    ("BOD5 (ATU)", "mg/l", "ISO 5815-1", 1.0, 8.0, 1),
    ("Suspended solids", "mg/l", "EN 872", 2.0, 25.0, 1),
    ("Total phosphorus", "mg/l", "ISO 6878", 0.02, 0.35, 3),
    ("Conductivity (20 °C)", "µS/cm", "EN 27888", 250, 620, 0),
]
PARAM_NAMES = {
    "de": [
        "pH-Wert",
        "Wassertemperatur",
        "Sauerstoff gelöst",
        "Ammonium-Stickstoff",
        "Nitrit-Stickstoff",
        "Nitrat-Stickstoff",
        "BSB5",
        "Abfiltrierbare Stoffe",
        "Gesamtphosphor",
        "Leitfähigkeit (25 °C)",
    ],
    "fr": [
        "pH",
        "Température",
        "Oxygène dissous",
        "Azote ammoniacal (NH4)",
        "Azote nitreux (NO2)",
        "Azote nitrique (NO3)",
        "DBO5",
        "Matières en suspension (MES)",
        "Phosphore total",
        "Conductivité (25 °C)",
    ],
}


def pname(k: int, lg: str) -> str:
    return PARAM_NAMES[lg][k] if lg in PARAM_NAMES else PARAMS[k][0]


def tpl_water_lab_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An accredited laboratory's test report on water samples from the farm (inlet, outlet,
    settlement pond): the accreditation mark and numbers, sample details, the results with
    method, unit, limit of quantification and the permit limit, notes on accredited methods,
    'end of report' and the approver's signature; page i of n on every page; sometimes several
    sampling points on one landscape results page, now and then the sampling record behind."""
    h = head_of(who, "lab", abroad=0.08)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("discharge_inspection",), (3, 14))
    sampled = d - timedelta(days=rng.randint(3, 10))
    rep = serial(rng, rng.choice(["AR-99-999999", "PB 99999999", "RA99-99999"]))
    acc = {
        "en": f"UKAS Testing No. {serial(keyed(who, 'acc'), '9999')}",
        "de": f"DAkkS D-PL-{serial(keyed(who, 'acc'), '99999-99-99')}",
        "fr": f"COFRAC Essais n° 1-{serial(keyed(who, 'acc'), '9999')}",
    }[lg]
    points = rng.sample(
        [
            tr(lg, "Inlet (river intake)", "Zulauf (Entnahme)", "Entrée (prise d'eau)"),
            tr(lg, "Final outlet", "Ablauf Teichanlage", "Sortie pisciculture"),
            tr(lg, "Settlement pond outlet", "Ablauf Absetzteich", "Sortie bassin de décantation"),
            tr(lg, "River 50 m downstream", "Gewässer 50 m unterhalb", "Cours d'eau 50 m aval"),
        ],
        rng.randint(1, 3),
    )
    header = f"{h.name} - {tr(lg, 'Test report', 'Prüfbericht', 'Rapport d essai')} {rep}"
    f = sheets(s, h, header)
    recipient(
        f,
        s,
        h,
        farm_lines(crew("manager")),
        d,
        [
            (tr(lg, "Report no.", "Prüfbericht-Nr.", "Rapport n°"), rep),
            (tr(lg, "Order", "Auftrag", "Commande"), serial(rng, "99999")),
        ],
    )
    f.page.rect(w - m - 64, f.y - 16, 64, 34)
    f.page.text(w - m - 32, f.y - 1, acc.split()[0], "Helvetica-Bold", 10, "center")
    f.page.text(
        w - m - 32,
        f.y + 11,
        fit(acc.split(" ", 1)[1], "Helvetica", 5.5, 60),
        "Helvetica",
        5.5,
        "center",
    )
    caption(f, s, tr(lg, "TEST REPORT", "PRÜFBERICHT", "RAPPORT D'ESSAI"), 3)
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Sample type", "Probenart", "Nature"),
                    tr(
                        lg,
                        "Surface water / effluent",
                        "Oberflächenwasser / Abwasser",
                        "Eau de surface / rejet",
                    ),
                ),
                (
                    tr(lg, "Sampled by", "Probenahme durch", "Prélevé par"),
                    rng.choice([tr(lg, "Customer", "Auftraggeber", "Client"), staff(h, "sampler")]),
                ),
                (
                    tr(lg, "Date sampled", "Probenahme am", "Date de prélèvement"),
                    short(sampled, lg),
                ),
                (
                    tr(lg, "Date received", "Eingang", "Date de réception"),
                    short(sampled + timedelta(days=1), lg),
                ),
                (
                    tr(lg, "Analysis period", "Prüfzeitraum", "Période d'analyse"),
                    f"{short(sampled + timedelta(days=1), lg)} - "
                    f"{short(d - timedelta(days=1), lg)}",
                ),
            ],
            w * 0.7,
            s.size - 1,
        )
        + 10
    )
    params = sorted(rng.sample(range(len(PARAMS)), rng.randint(5, 10)))
    limits = {3: "1.0", 6: "10", 7: "25", 8: "0.5"}

    def result_rows(pt: int) -> list[list[str]]:
        out = []
        for k in params:
            _, unit, meth, lo, hi, dec = PARAMS[k]
            v = rng.uniform(lo, hi) * (1.3 if pt > 0 and k in (3, 6, 7, 8) else 1)
            acc_mark = "" if rng.random() < 0.85 else " *"
            res = num(v, lg, dec) if rng.random() > 0.06 else f"< {num(lo, lg, dec)}"
            out.append(
                [
                    pname(k, lg) + acc_mark,
                    meth,
                    unit,
                    res,
                    num(lo, lg, dec),
                    limits.get(k, "-").replace(".", "," if lg != "en" else "."),
                ]
            )
        return out

    cols = columns(
        m,
        w - m,
        [(3, "left"), (1.5, "left"), (0.8, "left"), (1, "right"), (0.9, "right"), (1, "right")],
    )
    heads = [
        tr(lg, "Parameter", "Parameter", "Paramètre"),
        tr(lg, "Method", "Verfahren", "Méthode"),
        tr(lg, "Unit", "Einheit", "Unité"),
        tr(lg, "Result", "Ergebnis", "Résultat"),
        "LoQ" if lg == "en" else "BG" if lg == "de" else "LQ",
        tr(lg, "Permit limit", "Grenzwert", "Valeur limite"),
    ]
    land_pages: list[Page] = []
    if len(points) > 1 and rng.random() < 0.45:
        write(
            f,
            s,
            tr(
                lg,
                "Results for all sampling points are given in the table on the next page.",
                "Die Ergebnisse aller Messstellen sind in der Tabelle auf der Folgeseite "
                "zusammengestellt.",
                "Les résultats de l'ensemble des points figurent dans le tableau page suivante.",
            ),
        )
        size = landscape(A4)
        sl = style_of(h, size, 40, 8)
        wl, hl = size
        fl = Sheets(
            size,
            hl - 40,
            lambda p, n: annex_top(p, sl, h, rep, tr(lg, "Results", "Ergebnisse", "Résultats")),
        )
        spec = [(3, "left"), (0.8, "left")] + [(1.2, "right")] * len(points) + [(1, "right")]
        lcols = columns(40, wl - 40, spec)
        rows = []
        per_pt = [result_rows(k) for k in range(len(points))]
        for j in range(len(params)):
            rows.append(
                [
                    per_pt[0][j][0],
                    per_pt[0][j][2],
                    *[per_pt[k][j][3] for k in range(len(points))],
                    per_pt[0][j][5],
                ]
            )
        table(
            fl,
            lcols,
            [heads[0], heads[2], *[pt[:22] for pt in points], heads[5]],
            rows,
            sl,
            size=8,
            shade=0.85,
            rules=True,
        )
        land_pages = fl.pages
    else:
        for k, pt in enumerate(points):
            f.heading(
                m,
                f"{tr(lg, 'Sample', 'Probe', 'Échantillon')} {serial(rng, '999999')}: {pt}",
                s.bold,
                s.size,
            )
            table(f, cols, heads, result_rows(k), s, size=s.size - 1.5, rules=True)
            f.y += 8
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "* Method not within the scope of accreditation. Results relate only to the samples as "
            "received.",
            "* Nicht akkreditiertes Verfahren. Die Ergebnisse beziehen sich ausschließlich auf die "
            "untersuchten Proben.",
            "* Essai non couvert par l'accréditation. Les résultats ne concernent que les "
            "échantillons soumis à l'essai.",
        ),
        s.size - 2,
    )
    f.need(70)
    f.y += 10
    approver = staff(h, "approver")
    scrawl(f.page, m, f.y + 20, approver)
    f.page.text(
        m,
        f.y + 32,
        f"{approver}, {tr(lg, 'Laboratory Manager', 'Laborleitung', 'Responsable de laboratoire')}",
        s.font,
        s.size - 1,
    )
    f.y += 50
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "- End of report -", "- Ende des Prüfberichts -", "- Fin du rapport -"),
        s.font,
        s.size - 1,
        "center",
    )
    pages = f.pages[:1] + land_pages + f.pages[1:] if land_pages else f.pages
    if rng.random() < 0.25:
        q = Page(A4)
        sq = style_of(h, A4, 50, 8.5)
        y = heading(q, sq, h)
        q.text(
            50,
            y,
            tr(lg, "Sampling record", "Probenahmeprotokoll", "Fiche de prélèvement"),
            h.bold,
            11,
        )
        y += 16
        y = fields(
            q,
            sq,
            50,
            y,
            A4[0] - 100,
            [
                (tr(lg, "Site", "Ort", "Site"), farm_name()),
                (
                    tr(lg, "Weather", "Wetter", "Météo"),
                    rng.choice([tr(lg, "dry", "trocken", "sec"), tr(lg, "rain", "Regen", "pluie")]),
                ),
                *[
                    (
                        pt,
                        f"{rng.randint(8, 15)}:{rng.randint(10, 59)}  "
                        f"{num(rng.uniform(6, 14), lg, 1)} °C",
                    )
                    for pt in points
                ],
            ],
            per=2,
            tall=28,
        )
        hand(
            q,
            60,
            y + 10,
            tr(
                lg,
                "bottles: 1 x 1 l, 1 x 250 ml (H2SO4)",
                "Flaschen: 1 x 1 l, 1 x 250 ml (H2SO4)",
                "flacons : 1 x 1 l, 1 x 250 ml",
            ),
            9,
        )
        scrawl(q, 60, y + 50, crew("manager"))
        pages.append(q)
    foot_pages(pages, s, h, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"))
    received(rng, pages[0], d, 0.25)
    remember(d)
    return pages


def foot_pages(pages: list[Page], s: Style, h: Head, fmt: str) -> None:
    """``h``'s footer lines and ``fmt`` page numbers on every page, whatever its size."""
    for p in pages:
        w, hh = p.size
        for k, t in enumerate(reversed(h.foot)):
            p.text(w / 2, hh - 12 - 7 * k, fit(t, s.font, 5.5, w - 30), s.font, 5.5, "center")
    number_pages(pages, s, fmt, "br", bottom=24 + 7 * len(h.foot))


def tpl_discharge_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The water authority's compliance assessment of the farm's discharge after a site visit
    and check sampling (the Environment Agency's compliance assessment report, the
    Überwachungsbericht of the Wasserbehörde, the compte rendu de contrôle of the police de
    l'eau): permit details, the assessment, a table of conditions with the compliance
    category, the actions required and the deadline, the officer's signature."""
    lg = home()
    h = water_office(who)
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ids = farm_ids()
    officer = staff(h, "officer2")
    ref = serial(rng, rng.choice(["CAR/99999/9999", "54.9-99/99", "PE-9999-99"]))
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    recipient(f, s, h, farm_lines(), d, [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)])
    caption(
        f,
        s,
        tr(
            lg,
            "Compliance assessment report",
            "Überwachung der Gewässerbenutzung - Bericht",
            "Compte rendu de contrôle - police de l'eau",
        ),
        2,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Permit / licence", "Erlaubnis", "Autorisation"), ids["licence"]),
            (tr(lg, "Site", "Anlage", "Site"), farm_name()),
            (
                tr(lg, "Date of assessment", "Datum", "Date du contrôle"),
                short(d - timedelta(days=rng.randint(5, 20)), lg),
            ),
            (
                tr(lg, "Assessment type", "Art", "Type"),
                rng.choice(
                    [
                        tr(lg, "Site inspection", "Ortsbesichtigung", "Contrôle sur site"),
                        tr(lg, "Check monitoring", "Probenahme", "Prélèvement inopiné"),
                    ]
                ),
            ),
            (tr(lg, "Officer", "Bearbeiter/in", "Agent"), officer),
            (tr(lg, "Operator present", "Anwesend", "Présent"), crew("owner")),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.heading(m, tr(lg, "Compliance summary", "Ergebnis", "Synthèse"), s.bold, s.size + 1)
    rows = []
    conds = [
        tr(lg, "Flow measurement", "Mengenmessung", "Comptage des volumes"),
        tr(lg, "Screening of intake", "Fischschutz am Einlauf", "Grille de la prise d'eau"),
        tr(
            lg,
            "Settlement pond maintenance",
            "Räumung Absetzteich",
            "Curage du bassin de décantation",
        ),
        tr(
            lg,
            "Effluent quality (suspended solids)",
            "Ablaufqualität (abfiltrierbare Stoffe)",
            "Qualité du rejet (MES)",
        ),
        tr(lg, "Effluent quality (ammonia)", "Ablaufqualität (Ammonium)", "Qualité du rejet (NH4)"),
        tr(lg, "Records and returns", "Betriebstagebuch", "Registre d'exploitation"),
    ]
    bad = rng.randrange(len(conds)) if rng.random() < 0.6 else -1
    for k, t in enumerate(conds):
        cat = (
            ("CCS 3" if lg == "en" else tr(lg, "", "Mangel", "Non conforme"))
            if k == bad
            else ("-" if lg == "en" else tr(lg, "", "i. O.", "Conforme"))
        )
        rows.append([str(k + 1), t, cat, words(rng, lg, "water", 5) if k == bad else ""])
    table(
        f,
        columns(m, w - m, [(0.4, "left"), (3, "left"), (1, "left"), (3, "left")]),
        [
            tr(lg, "No.", "Nr.", "N°"),
            tr(lg, "Condition", "Auflage", "Prescription"),
            tr(lg, "Category", "Bewertung", "Constat"),
            tr(lg, "Comment", "Bemerkung", "Observation"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    if bad >= 0:
        f.heading(
            m,
            tr(lg, "Actions required", "Erforderliche Maßnahmen", "Mesures demandées"),
            s.bold,
            s.size,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Please carry out the action below by {day(h, d + timedelta(days=30))} and "
                "let us know when it is done. ",
                "Bitte beheben Sie den festgestellten Mangel bis zum "
                f"{day(h, d + timedelta(days=30))} "
                "und teilen Sie uns dies schriftlich mit. ",
                "Je vous demande de remédier à cette non-conformité avant le "
                f"{day(h, d + timedelta(days=30))} "
                "et de m'en informer. ",
            )
            + prose(rng, lg, "water", 1, 2),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "No non-compliance was found at this assessment.",
                "Bei der Überwachung wurden keine Mängel festgestellt.",
                "Aucune non-conformité n'a été relevée lors de ce contrôle.",
            ),
        )
    write(f, s, prose(rng, lg, "water", 1, 2))
    regards(
        f,
        s,
        lg,
        officer,
        tr(lg, "Environment Officer", "Untere Wasserbehörde", "Technicien police de l'eau"),
    )
    received(rng, f.pages[0], d, 0.3)
    remember(d)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates XXXXX: equipment, energy and cover
# ---------------------------------------------------------------------------------------------

EQUIPMENT = {
    "en": [
        "Paddlewheel aerator 1.5 kW",
        "Side-channel blower 4 kW",
        "Oxygen cone OC-40",
        "Diffuser grid (pond {p})",
        "Dissolved oxygen probe",
        "Oxygen controller / alarm unit",
        "PSA oxygen generator",
        "Standby generator changeover",
    ],
    "de": [
        "Schaufelradbelüfter 1,5 kW",
        "Seitenkanalverdichter 4 kW",
        "Sauerstoffkegel OC-40",
        "Belüftungsrost (Teich {p})",
        "Sauerstoffsonde",
        "Sauerstoffsteuerung / Alarmgeber",
        "PSA-Sauerstoffgenerator",
        "Netzersatzanlage Umschaltung",
    ],
    "fr": [
        "Aérateur à palettes 1,5 kW",
        "Surpresseur à canal latéral 4 kW",
        "Cône à oxygène OC-40",
        "Rampe de diffusion (bassin {p})",
        "Sonde oxygène dissous",
        "Automate oxygène / alarme",
        "Générateur d'oxygène PSA",
        "Inverseur groupe électrogène",
    ],
}


def tpl_aeration_service(rng: random.Random, who: Issuer) -> list[Page]:
    """The service engineer's report after the yearly service or a call-out to the farm's
    aeration and oxygen equipment: a job sheet with the equipment checked (tick columns OK /
    defect / n.a.), the probe calibrations and motor readings, parts used, hours and travel,
    the engineer's and the farm's signatures; now and then a probe calibration certificate on
    a second page."""
    h = head_of(who, "aeration", abroad=0.1)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    eng = staff(h, "eng")
    job = serial(rng, rng.choice(["SR-99999", "SB 9999/99", "BI-99999"]))
    callout = rng.random() < 0.35
    f = sheets(s, h, f"{h.name} - {job}")
    title = tr(lg, "SERVICE REPORT", "SERVICEBERICHT", "RAPPORT D'INTERVENTION")
    f.page.text(m, f.y, title, s.bold, s.size + 5)
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Job no.', 'Auftrag', 'Intervention n°')} {job}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 18
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), farm_name()),
            (tr(lg, "Site", "Standort", "Site"), farm_row()[2]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Engineer", "Techniker", "Technicien"), eng),
            (
                tr(lg, "Visit type", "Art", "Type"),
                tr(lg, "Breakdown call-out", "Störungseinsatz", "Dépannage")
                if callout
                else tr(lg, "Annual service", "Jahreswartung", "Maintenance annuelle"),
            ),
            (
                tr(lg, "Contract", "Wartungsvertrag", "Contrat"),
                serial(keyed(who, "ctr"), "WV-9999"),
            ),
        ],
        per=3,
        tall=26,
    )
    if callout:
        f.heading(
            m, tr(lg, "Fault reported", "Gemeldete Störung", "Panne signalée"), s.bold, s.size
        )
        write(
            f,
            s,
            rng.choice(
                [
                    tr(
                        lg,
                        "Low oxygen alarm on pond 4 overnight, blower tripped.",
                        "Sauerstoffalarm Teich 4 in der Nacht, Verdichter ausgelöst.",
                        "Alarme oxygène bas bassin 4 dans la nuit, surpresseur en défaut.",
                    ),
                    tr(
                        lg,
                        "Oxygen probe reading erratic, controller dosing continuously.",
                        "Sauerstoffsonde zeigt schwankende Werte, Steuerung dosiert dauernd.",
                        "Mesure de la sonde instable, l'automate injecte en continu.",
                    ),
                ]
            ),
        )
    f.heading(
        m,
        tr(lg, "Equipment checked", "Geprüfte Anlagenteile", "Équipements contrôlés"),
        s.bold,
        s.size,
    )
    cols = columns(
        m, w - m, [(3.2, "left"), (0.6, "center"), (0.6, "center"), (0.6, "center"), (2.6, "left")]
    )
    items = rng.sample(EQUIPMENT[lg], rng.randint(4, 7))
    rows = []
    for it in items:
        state = rng.choices([0, 1, 2], [7, 1, 1])[0]
        rows.append(
            [
                it.format(p=rng.randint(1, 8)),
                "X" if state == 0 else "",
                "X" if state == 1 else "",
                "X" if state == 2 else "",
                words(rng, lg, "service", 5) if state == 1 else "",
            ]
        )
    table(
        f,
        cols,
        [
            "",
            "OK",
            tr(lg, "Defect", "Mangel", "Défaut"),
            "n/a",
            tr(lg, "Remarks", "Bemerkung", "Remarque"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    f.y += 8
    f.heading(m, tr(lg, "Readings", "Messwerte", "Mesures"), s.bold, s.size)
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
                        "O2 probe before / after calibration",
                        "O2-Sonde vor / nach Kalibrierung",
                        "Sonde O2 avant / après étalonnage",
                    ),
                    f"{num(rng.uniform(7, 12), lg, 1)} / {num(rng.uniform(9, 10.5), lg, 1)} mg/l",
                ),
                (
                    tr(lg, "Blower motor current", "Motorstrom Verdichter", "Intensité moteur"),
                    f"{num(rng.uniform(6, 9), lg, 1)} A",
                ),
                (
                    tr(
                        lg,
                        "Insulation resistance",
                        "Isolationswiderstand",
                        "Résistance d'isolement",
                    ),
                    f"> {rng.choice([20, 50, 100])} MΩ",
                ),
                (
                    tr(lg, "Cone inlet pressure", "Eingangsdruck Kegel", "Pression entrée cône"),
                    f"{num(rng.uniform(1.2, 2.5), lg, 1)} bar",
                ),
            ],
            w * 0.75,
            s.size - 1,
        )
        + 6
    )
    parts = rng.sample(
        [
            (tr(lg, "Blower air filter", "Luftfilter Verdichter", "Filtre à air"), 38.0),
            (tr(lg, "Probe membrane kit", "Membransatz Sonde", "Kit membrane sonde"), 64.0),
            (tr(lg, "Paddlewheel bearing", "Lager Schaufelrad", "Roulement"), 92.0),
            (tr(lg, "Diffuser membrane", "Belüftermembran", "Membrane diffuseur"), 21.0),
            (tr(lg, "Contactor 18 A", "Schütz 18 A", "Contacteur 18 A"), 47.0),
        ],
        rng.randint(0, 3),
    )
    hours = rng.choice([1.5, 2, 3, 4, 5.5])
    if parts:
        f.heading(
            m, tr(lg, "Parts used", "Verbrauchtes Material", "Pièces fournies"), s.bold, s.size
        )
        for t, _ in parts:
            write(f, s, f"1 x {t}", s.size - 1, 10)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (
                    tr(lg, "Labour (hours)", "Arbeitszeit (Std.)", "Main d'oeuvre (h)"),
                    num(hours, lg, 1),
                ),
                (
                    tr(lg, "Travel (miles/km)", "Fahrt (km)", "Déplacement (km)"),
                    str(rng.randint(20, 180)),
                ),
            ],
            w * 0.5,
            s.size - 1,
        )
        + 10
    )
    f.need(70)
    signature_block(
        f.page, s, m, f.y + 24, tr(lg, "Engineer", "Techniker", "Technicien"), eng, True
    )
    signature_block(
        f.page,
        s,
        w / 2 + 10,
        f.y + 24,
        tr(lg, "Customer", "Kunde", "Client"),
        crew("manager"),
        rng.random() < 0.8,
    )
    hand(f.page, w / 2 + 10, f.y + 50, crew("manager"), 9)
    f.y += 60
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        q = Page(A4)
        sq = style_of(h, A4, 56)
        y = heading(q, sq, h)
        q.text(
            A4[0] / 2,
            y + 10,
            tr(lg, "CALIBRATION CERTIFICATE", "KALIBRIERZERTIFIKAT", "CERTIFICAT D'ÉTALONNAGE"),
            h.bold,
            13,
            "center",
        )
        y += 36
        rows2 = [
            [
                serial(rng, "99999-9"),
                tr(lg, "Optical DO probe", "Optische O2-Sonde", "Sonde O2 optique"),
                f"{tr(lg, 'Pond', 'Teich', 'Bassin')} {rng.randint(1, 8)}",
                "100 %",
                num(rng.uniform(98, 102), lg, 1) + " %",
                tr(lg, "pass", "bestanden", "conforme"),
            ]
            for _ in range(rng.randint(2, 6))
        ]
        fq = Sheets(A4, A4[1] - 60, lambda p, n: 60.0)
        fq.pages = [q]
        fq.page = q
        fq.y = y
        table(
            fq,
            columns(
                56,
                A4[0] - 56,
                [
                    (1.2, "left"),
                    (2, "left"),
                    (1, "left"),
                    (0.8, "right"),
                    (1, "right"),
                    (1, "center"),
                ],
            ),
            [
                tr(lg, "Serial", "Serien-Nr.", "N° série"),
                tr(lg, "Instrument", "Gerät", "Instrument"),
                tr(lg, "Location", "Ort", "Emplacement"),
                tr(lg, "Ref.", "Soll", "Réf."),
                tr(lg, "Reading", "Ist", "Lu"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            rows2,
            sq,
            rules=True,
        )
        fq.y += 20
        write(
            fq,
            sq,
            tr(
                lg,
                "Calibrated in air-saturated water at the stated temperature; traceable to "
                "national standards. ",
                "Kalibrierung in luftgesättigtem Wasser; rückführbar auf nationale Normale. ",
                "Étalonnage en eau saturée en air ; raccordé aux étalons nationaux. ",
            )
            + words(rng, lg, "service"),
            8.5,
        )
        scrawl(fq.page, 56, fq.y + 30, eng)
        pages += fq.pages
    received(rng, pages[0], d, 0.2)
    remember(d, ("service", h.name, h.lang, job, hours, parts))
    return pages


def tpl_service_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The aeration firm's invoice for a service visit, quoting its job number: labour, travel,
    parts and the yearly maintenance contract fee; VAT, terms and bank details."""
    ex = LAST["extra"]
    if after(("aeration_service",)) and isinstance(ex, tuple) and ex[0] == "service":
        _, name, hl, job, hours, parts = ex
        row = next(r for r in SENDERS["aeration"][hl] if r[0] == name)
        h = make_head(row, hl, "aeration")
    else:
        h = head_of(who, "aeration", abroad=0.1)
        job = serial(rng, "SR-99999")
        hours = rng.choice([2, 3, 4])
        parts = []
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("aeration_service",), (3, 20))
    inv = serial(rng, rng.choice(["INV99999", "RE-99999", "FC99-9999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        farm_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Job no.", "Auftrag", "Intervention"), job),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    rate = {"en": 68.0, "de": 79.0, "fr": 72.0}[lg]
    rows = [
        [
            tr(lg, "Labour", "Arbeitszeit Techniker", "Main d'oeuvre"),
            num(hours, lg, 1),
            money(rate, lg),
            money(hours * rate, lg),
        ],
        [
            tr(lg, "Travel / call-out", "Anfahrtspauschale", "Forfait déplacement"),
            "1",
            money(55.0, lg),
            money(55.0, lg),
        ],
    ]
    net = hours * rate + 55.0
    for t, pr in parts:
        rows.append([t, "1", money(pr, lg), money(pr, lg)])
        net += pr
    if rng.random() < 0.3:
        rows.append(
            [
                tr(
                    lg,
                    "Annual maintenance contract",
                    "Wartungsvertrag jährlich",
                    "Contrat de maintenance annuel",
                ),
                "1",
                money(380.0, lg),
                money(380.0, lg),
            ]
        )
        net += 380.0
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88,
    )
    totals(f, s, lg, round(net, 2), std_vat(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: 30 days. {bank_line(keyed(who, 'sbank'), lg)}",
            f"Zahlbar innerhalb 14 Tagen ohne Abzug. {bank_line(keyed(who, 'sbank'), lg)}",
            f"Conditions : 30 jours fin de mois. {bank_line(keyed(who, 'sbank'), lg)}",
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], d, 0.3)
    booked(rng, f.pages[0])
    remember(d)
    return close(f.pages, s, h, numbers="none")


def tpl_oxygen_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The industrial gas supplier's monthly invoice for liquid oxygen: deliveries by date and
    delivery note in kg, the tank rental and telemetry, the hazardous goods and energy
    surcharges; now and then the tank level report from the telemetry as a landscape chart."""
    lg = home()
    h = make_head(SENDERS["oxygen"][lg][0], lg, "oxygen")
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, "9999999999")
    cust = serial(keyed(who, "o2c"), "99999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), inv),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), cust),
            (tr(lg, "Tank", "Tank", "Réservoir"), f"VIE {rng.choice([3000, 6000, 11000])} l"),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Invoice - liquid oxygen", "Rechnung Flüssigsauerstoff", "Facture oxygène liquide"),
        2,
    )
    rows = []
    net = 0.0
    price = rng.choice([0.21, 0.24, 0.27, 0.31])
    per = add_months(month(), -1)
    for k in range(rng.randint(1, 4)):
        kg = rng.choice([1800, 2400, 3100, 4200, 5600])
        v = round(kg * price, 2)
        net += v
        rows.append(
            [
                short(per + timedelta(days=3 + k * rng.randint(6, 9)), lg),
                serial(rng, "99999999"),
                tr(
                    lg,
                    "Oxygen, refrigerated liquid (UN 1073)",
                    "Sauerstoff, tiefgekühlt, flüssig (UN 1073)",
                    "Oxygène liquide réfrigéré (UN 1073)",
                ),
                num(kg, lg),
                money(price, lg),
                money(v, lg),
            ]
        )
    for t, v in [
        (
            tr(
                lg,
                "Tank rental (monthly)",
                "Tankmiete (monatlich)",
                "Location réservoir (mensuelle)",
            ),
            rng.choice([145.0, 210.0, 280.0]),
        ),
        (tr(lg, "Telemetry service", "Telemetrie", "Télésurveillance"), 18.5),
        (tr(lg, "Energy surcharge", "Energiezuschlag", "Surcharge énergie"), round(net * 0.06, 2)),
    ]:
        rows.append(["", "", t, "1", money(v, lg), money(v, lg)])
        net += v
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (1.2, "left"),
                (3.4, "left"),
                (0.9, "right"),
                (0.9, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Del. note", "Lieferschein", "BL"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), std_vat(lg))
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be collected by Direct Debit on or after ",
            "Der Betrag wird per SEPA-Lastschrift eingezogen am ",
            "Ce montant sera prélevé le ",
        )
        + short(d + timedelta(days=14), lg)
        + ".",
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        size = landscape(A4)
        q = Page(size)
        wl, hl = size
        sl = style_of(h, size, 40, 8)
        annex_top(
            q,
            sl,
            h,
            cust,
            tr(
                lg,
                "Tank level report (telemetry)",
                "Füllstandsverlauf (Telemetrie)",
                "Suivi de niveau du réservoir (télémesure)",
            ),
        )
        x0, y0, cw, ch = 70.0, 70.0, wl - 120, hl - 150
        q.rect(x0, y0, cw, ch)
        for k in range(5):
            yy = y0 + ch * k / 4
            q.line(x0 - 4, yy, x0, yy)
            q.text(x0 - 8, yy + 3, f"{100 - 25 * k} %", "Helvetica", 7, "right")
        level = rng.uniform(60, 90)
        n = 30
        bw = cw / n
        for k in range(n):
            level -= rng.uniform(2, 5)
            if level < 20:
                level = rng.uniform(80, 95)
            bh = ch * level / 100
            q.rect(x0 + k * bw + 1, y0 + ch - bh, bw - 2, bh, fill=0.6)
            if k % 5 == 0:
                q.text(
                    x0 + k * bw,
                    y0 + ch + 12,
                    short(per + timedelta(days=k), lg)[:5],
                    "Helvetica",
                    6.5,
                )
        q.line(x0, y0 + ch * 0.8, x0 + cw, y0 + ch * 0.8)
        q.text(
            x0 + cw - 4,
            y0 + ch * 0.8 - 3,
            tr(lg, "reorder level 20 %", "Bestellpunkt 20 %", "seuil 20 %"),
            "Helvetica",
            7,
            "right",
        )
        pages.append(q)
    booked(rng, pages[0], 0.3)
    remember(d)
    return pages


def tpl_electricity_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The electricity supplier's bill for the farm's half-hourly metered supply (pumps,
    blowers and the oxygen generator run day and night): a summary page with the account and
    the amount due, a detail page with day and night units, the capacity or demand charge, the
    network and levies (Climate Change Levy, Stromsteuer, accise), and now and then a
    landscape page of monthly consumption bars."""
    h = head_of(who, "power")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    per_end = month() - timedelta(days=1)
    per_start = add_months(month(), -1)
    acct = serial(keyed(who, "acct"), "9999999999")
    mpan = {
        "en": f"MPAN 00 {serial(keyed(who, 'mp'), '999 999')} "
        f"{serial(keyed(who, 'mp2'), '99 9999 9999 999')}",
        "de": f"Zählpunkt DE000{serial(keyed(who, 'mp'), '9999999999999999999999999')}"[:40],
        "fr": f"PRM {serial(keyed(who, 'mp'), '99999999999999')}",
    }[lg]
    day_kwh = rng.randint(9000, 30000)
    night_kwh = int(day_kwh * rng.uniform(0.4, 0.7))
    rd, rn = rng.uniform(0.19, 0.28), rng.uniform(0.13, 0.19)
    cap = rng.choice([40, 60, 80, 100])
    lines = [
        (tr(lg, "Day units", "Arbeitspreis HT", "Consommation heures pleines"), day_kwh, "kWh", rd),
        (
            tr(lg, "Night units", "Arbeitspreis NT", "Consommation heures creuses"),
            night_kwh,
            "kWh",
            rn,
        ),
        (
            tr(lg, "Capacity charge", "Leistungspreis", "Puissance souscrite"),
            cap,
            "kVA" if lg != "de" else "kW",
            rng.uniform(2.5, 9),
        ),
        (
            tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
            per_end.day,
            tr(lg, "days", "Tage", "jours"),
            rng.uniform(1.2, 3.5),
        ),
        (
            tr(lg, "Climate Change Levy", "Stromsteuer", "Accise sur l'électricité"),
            day_kwh + night_kwh,
            "kWh",
            {"en": 0.00775, "de": 0.0205, "fr": 0.0225}[lg],
        ),
    ]
    net = round(sum(q * r for _, q, _, r in lines), 2)
    vat = std_vat(lg)
    gross = round(net * (1 + vat / 100), 2)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acct}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Account number", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Bill number", "Rechnungsnummer", "N° de facture"), serial(rng, "999999999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Your electricity bill", "Ihre Stromrechnung", "Votre facture d'électricité"),
        4,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Billing period", "Abrechnungszeitraum", "Période"),
                    f"{short(per_start, lg)} - {short(per_end, lg)}",
                ),
                (
                    tr(lg, "Supply address", "Lieferstelle", "Site"),
                    f"{farm_row()[1]}, {farm_row()[2]}",
                ),
                (mpan.split(" ")[0], mpan.split(" ", 1)[1]),
                (
                    tr(lg, "Tariff", "Tarif", "Offre"),
                    tr(
                        lg,
                        "Half-hourly business fixed",
                        "RLM Gewerbe Fix 24",
                        "Tarif vert - prix fixe",
                    ),
                ),
            ],
            w - m,
            s.size - 0.5,
        )
        + 14
    )
    f.page.rect(m, f.y - 12, w - 2 * m, 60, fill=0.9)
    f.page.text(
        m + 10,
        f.y + 6,
        tr(lg, "Amount due", "Rechnungsbetrag", "Montant à payer"),
        s.bold,
        s.size + 2,
    )
    f.page.text(w - m - 10, f.y + 6, cash(gross, lg), s.bold, s.size + 6, "right")
    f.page.text(
        m + 10,
        f.y + 28,
        tr(lg, "will be collected by Direct Debit on ", "wird abgebucht am ", "sera prélevé le ")
        + short(d + timedelta(days=10), lg),
        s.font,
        s.size - 1,
    )
    f.y += 70
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    f.new_page()
    caption(f, s, tr(lg, "Charges in detail", "Rechnungsdetails", "Détail de la facture"), 2)
    rows = [
        [
            t,
            num(q, lg),
            u,
            money(r, lg) if r >= 0.1 else f"{r:.5f}".replace(".", "," if lg != "en" else "."),
            money(q * r, lg),
        ]
        for t, q, u, r in lines
    ]
    table(
        f,
        columns(
            m, w - m, [(3.2, "left"), (1.2, "right"), (0.7, "center"), (1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Charge", "Position", "Rubrique"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            "",
            tr(lg, "Rate", "Preis", "Prix unitaire"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, net, vat)
    f.heading(m, tr(lg, "Meter readings", "Zählerstände", "Relevés"), s.bold, s.size)
    for reg in (tr(lg, "Day", "HT", "HP"), tr(lg, "Night", "NT", "HC")):
        r0 = rng.randint(100000, 900000)
        write(
            f,
            s,
            f"{reg}: {num(r0, lg)} -> "
            f"{num(r0 + (day_kwh if reg in ('Day', 'HT', 'HP') else night_kwh), lg)} "
            f"({tr(lg, 'actual', 'abgelesen', 'réel')})",
            s.size - 1,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.45:
        size = landscape(A4)
        q = Page(size)
        wl, hl = size
        sl = style_of(h, size, 40, 8)
        annex_top(
            q,
            sl,
            h,
            acct,
            tr(
                lg,
                "Your consumption over 12 months",
                "Ihr Verbrauch der letzten 12 Monate",
                "Votre consommation sur 12 mois",
            ),
        )
        x0, y0, cw, ch = 80.0, 80.0, wl - 140, hl - 170
        q.line(x0, y0 + ch, x0 + cw, y0 + ch)
        q.line(x0, y0, x0, y0 + ch)
        top = (day_kwh + night_kwh) * 1.5
        for k in range(12):
            mm_ = add_months(month(), k - 12)
            v = (
                (day_kwh + night_kwh)
                * rng.uniform(0.7, 1.3)
                * (1.2 if mm_.month in (6, 7, 8) else 1)
            )
            bh = ch * min(v / top, 1)
            q.rect(x0 + k * cw / 12 + 6, y0 + ch - bh, cw / 12 - 12, bh, fill=0.5)
            q.text(
                x0 + k * cw / 12 + cw / 24,
                y0 + ch + 12,
                MONTH_NAMES[lg][mm_.month - 1][:3],
                "Helvetica",
                7,
                "center",
            )
        for k in range(5):
            q.text(
                x0 - 6, y0 + ch - ch * k / 4 + 3, num(top * k / 4, lg), "Helvetica", 6.5, "right"
            )
        q.text(x0, y0 - 10, "kWh", "Helvetica", 7)
        pages.append(q)
    booked(rng, pages[0])
    remember(d)
    number_pages(
        pages,
        s,
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
        if h.numbers == "none"
        else "none",
        "tr",
        top=20,
    )
    return pages


PERILS = [
    (
        "Disease (notifiable and non-notifiable)",
        "Krankheiten (anzeigepflichtig und sonstige)",
        "Maladies (réglementées ou non)",
    ),
    ("Deoxygenation", "Sauerstoffmangel", "Désoxygénation"),
    ("Pollution", "Verschmutzung des Zulaufwassers", "Pollution"),
    ("Flood and storm", "Hochwasser und Sturm", "Inondation et tempête"),
    ("Predation", "Fraß durch Prädatoren", "Prédation"),
    ("Theft and malicious damage", "Diebstahl und Vandalismus", "Vol et malveillance"),
    (
        "Mechanical / electrical breakdown of life support",
        "Maschinenbruch Belüftung",
        "Bris de machine (oxygénation)",
    ),
]


def tpl_stock_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the farm's fish stock insurance: a covering letter, the schedule
    (insured, period, sites, the stock sums insured per unit, the perils, the excesses, the
    premium and insurance premium tax), an endorsements page and the stock declaration form
    for the insured to fill in."""
    h = head_of(who, "insurance")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(keyed(who, "pol"), rng.choice(["AQ/999999/99", "FV-99-999999", "AQA 999 999"]))
    start = add_months(month(), 1)
    broker = staff(h, "broker")
    pages: list[Page] = []
    f0 = sheets(s, h)
    recipient(
        f0,
        s,
        h,
        farm_lines(mx(crew("owner"), lg)),
        d,
        [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
    )
    caption(
        f0,
        s,
        tr(
            lg,
            "Renewal of your fish stock insurance",
            "Verlängerung Ihrer Fischbestandsversicherung",
            "Renouvellement de votre assurance cheptel piscicole",
        ),
        1,
    )
    f0.page.text(m, f0.y, dear(lg, mx(crew("owner"), lg)), s.font, s.size)
    f0.y += s.size * 2
    write(
        f0,
        s,
        tr(
            lg,
            f"Your policy falls due for renewal on {day(h, start)}. We enclose the renewal "
            "schedule. Please check the stock values and complete the enclosed stock declaration.",
            f"Ihr Vertrag verlängert sich zum {day(h, start)}. Anbei erhalten Sie den Nachtrag mit "
            "den "
            "neuen Versicherungssummen. Bitte prüfen Sie die Bestandswerte und senden Sie uns die "
            "beigefügte Bestandsmeldung ausgefüllt zurück.",
            f"Votre contrat arrive à échéance le {day(h, start)}. Vous trouverez ci-joint les "
            "conditions "
            "particulières de renouvellement ainsi que la déclaration de cheptel à nous retourner.",
        ),
    )
    write(f0, s, prose(rng, lg, "legal", 1, 3))
    regards(
        f0, s, lg, broker, tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle")
    )
    pages += close(f0.pages, s, h, numbers="none")
    f = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "SCHEDULE - FISH STOCK MORTALITY INSURANCE",
            "VERSICHERUNGSSCHEIN - FISCHBESTANDSVERSICHERUNG",
            "CONDITIONS PARTICULIÈRES - ASSURANCE MORTALITÉ DU CHEPTEL",
        ),
        2,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), farm_name()),
                (
                    tr(lg, "Period", "Laufzeit", "Période"),
                    f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
                ),
                (
                    tr(lg, "Insurer", "Versicherer", "Assureur"),
                    tr(
                        lg,
                        "Certain underwriters at Lloyd's",
                        "Fischerei-Versicherung VVaG",
                        "Mutuelle Aquacole de France",
                    ),
                ),
                (tr(lg, "Site", "Versicherungsort", "Site"), f"{farm_row()[1]}, {farm_row()[2]}"),
            ],
            w - m,
            s.size - 0.5,
        )
        + 8
    )
    f.heading(m, tr(lg, "Stock insured", "Versicherte Bestände", "Cheptel assuré"), s.bold, s.size)
    rows = []
    tot = 0.0
    for u in rng.sample(range(1, 13), rng.randint(3, 7)):
        kind = rng.choice(STOCK[lg])[0]
        v = rng.choice([4000, 7500, 12000, 18000, 26000])
        tot += v
        rows.append(
            [
                f"{tr(lg, 'Pond', 'Teich', 'Bassin')} {u}",
                kind,
                num(v / rng.uniform(3.5, 6), lg),
                cash(v, lg),
            ]
        )
    rows.append(
        [
            tr(lg, "Hatchery", "Bruthaus", "Écloserie"),
            tr(lg, "Ova and fry", "Eier und Brut", "Oeufs et alevins"),
            "-",
            cash(5000, lg),
        ]
    )
    tot += 5000
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (3, "left"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Species", "Fischart", "Espèce"),
            tr(lg, "Max. kg", "Max. kg", "Kg max."),
            tr(lg, "Sum insured", "Vers.-Summe", "Capital"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Gesamt', 'Total')}  {cash(tot, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 18
    f.heading(
        m, tr(lg, "Perils insured", "Versicherte Gefahren", "Risques garantis"), s.bold, s.size
    )
    on = rng.sample(range(len(PERILS)), rng.randint(4, len(PERILS)))
    for k, t in enumerate(PERILS):
        f.need(12)
        box_t(f.page, m + 4, f.y, k in on)
        f.page.text(m + 18, f.y, tr(lg, *t), s.font, s.size - 1)
        f.y += 13
    f.y += 6
    prem = round(tot * rng.uniform(0.025, 0.045), 2)
    tax = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Excess", "Selbstbehalt", "Franchise"),
                tr(
                    lg,
                    f"10% of each loss, minimum {cash(2500, lg)}",
                    f"10 % je Schaden, mindestens {cash(2500, lg)}",
                    f"10 % du sinistre, minimum {cash(2500, lg)}",
                ),
            ),
            (tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime annuelle HT"), cash(prem, lg)),
            (
                tr(
                    lg,
                    f"Insurance Premium Tax {tax:g}%",
                    f"Versicherungsteuer {tax:g} %",
                    f"Taxe {tax:g} %",
                ),
                cash(prem * tax / 100, lg),
            ),
            (
                tr(lg, "Total payable", "Gesamtbeitrag", "Total TTC"),
                cash(prem * (1 + tax / 100), lg),
            ),
        ],
        w - m,
        s.size - 0.5,
    )
    pages += close(f.pages, s, h)
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Endorsements and conditions",
                "Besondere Bedingungen und Klauseln",
                "Clauses et conditions spéciales",
            ),
            [
                tr(lg, *t)
                for t in [
                    ("Oxygen alarm warranty", "Alarmanlage Sauerstoff", "Alarme oxygène"),
                    ("Standby generator", "Notstromaggregat", "Groupe électrogène"),
                    ("Stock records", "Bestandsbuch", "Registres"),
                    (
                        "Claims notification within 24 hours",
                        "Schadenmeldung binnen 24 Stunden",
                        "Déclaration sous 24 h",
                    ),
                    (
                        "Retention of dead fish for inspection",
                        "Aufbewahrung verendeter Fische",
                        "Conservation des poissons morts",
                    ),
                    ("Valuation basis", "Wertermittlung", "Base d'indemnisation"),
                    ("Exclusions", "Ausschlüsse", "Exclusions"),
                    ("Cancellation", "Kündigung", "Résiliation"),
                ]
            ],
        )
    )
    q = Page(A4)
    sq = style_of(h, A4, 50, 8.5)
    y = heading(q, sq, h)
    q.text(
        50, y, tr(lg, "Stock declaration", "Bestandsmeldung", "Déclaration de cheptel"), h.bold, 12
    )
    q.text(A4[0] - 50, y, f"{tr(lg, 'Policy', 'Vertrag', 'Contrat')} {pol}", h.font, 8, "right")
    y += 20
    y = fields(
        q,
        sq,
        50,
        y,
        A4[0] - 100,
        [
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), farm_name()),
            (tr(lg, "Declaration date", "Stichtag", "Date"), ""),
        ],
        per=2,
        tall=26,
    )
    fq = Sheets(A4, A4[1] - 60, lambda p, n: 60.0)
    fq.pages, fq.page, fq.y = [q], q, y
    table(
        fq,
        columns(
            50, A4[0] - 50, [(1, "left"), (2.2, "left"), (1, "right"), (1, "right"), (1.3, "right")]
        ),
        [
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Species / size", "Art / Größe", "Espèce / taille"),
            tr(lg, "Number", "Stück", "Nombre"),
            "kg",
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        [["", "", "", "", ""] for _ in range(12)],
        sq,
        rules=True,
        step=2.2,
    )
    fq.y += 20
    signature_block(
        q,
        sq,
        50,
        fq.y + 20,
        tr(lg, "Signature of insured", "Unterschrift", "Signature de l'assuré"),
        "",
        False,
    )
    pages += fq.pages
    received(rng, pages[0], d)
    remember(d)
    return pages


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
    "feed_invoice": tpl_feed_invoice,
    "ova_invoice": tpl_ova_invoice,
    "movement_document": tpl_movement_document,
    "delivery_note": tpl_delivery_note,
    "sales_invoice": tpl_sales_invoice,
    "stocking_order": tpl_stocking_order,
    "season_permit": tpl_season_permit,
    "ticket_statement": tpl_ticket_statement,
    "mortality_record": tpl_mortality_record,
    "health_inspection": tpl_health_inspection,
    "vet_prescription": tpl_vet_prescription,
    "fallen_stock": tpl_fallen_stock,
    "abstraction_licence": tpl_abstraction_licence,
    "abstraction_charge": tpl_abstraction_charge,
    "discharge_inspection": tpl_discharge_inspection,
    "water_lab_report": tpl_water_lab_report,
    "aeration_service": tpl_aeration_service,
    "service_invoice": tpl_service_invoice,
    "oxygen_invoice": tpl_oxygen_invoice,
    "electricity_invoice": tpl_electricity_invoice,
    "stock_insurance": tpl_stock_insurance,
}
TEMPLATES_XXXXX: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "feed_invoice",
    "delivery_note",
    "sales_invoice",
    "season_permit",
    "fallen_stock",
    "water_lab_report",
    "movement_document",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "ova_invoice": "movement_document",
    "stocking_order": "movement_document",
    "delivery_note": "sales_invoice",
    "aeration_service": "service_invoice",
    "abstraction_licence": "abstraction_charge",
    "discharge_inspection": "water_lab_report",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_kadai_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One farm's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.6) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The farm (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FARM["lang"] = lang
    FARM["row"] = r.randrange(len(FARMS[lang]))
    FARM["seed"] = r.getrandbits(24)
    FARM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_XXXXX, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_kadai_stream, "templates XXXXX")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

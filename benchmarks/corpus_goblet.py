"""Goblet part of the generated corpus: templates PPP, written blind for the next measurement.

A part of its own, ``goblet``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
wholesale fish merchant at a fishing port (in England, Germany or France: buyers on the
auction floor, a processing shed, a small office) feeds through its scanner: the fish
auction's weekly buyer's statements (Käuferabrechnung, relevé acheteur) with the lots bought
day by day, commission and market dues, over one to three pages with a running header; the
auction's buyer's notes, narrow slips printed at the clock for each lot knocked down; skippers'
landing declarations (Anlandeerklärung, déclaration de débarquement) with the species table and
hand entries, now and then a continuation sheet; catch certificates for fish sent across the
Channel (Fangbescheinigung, certificat de capture) with the numbered sections, the flag state's
validation stamp and the transport details on an appendix page, sometimes behind an exporter's
covering letter; the merchant's own processing statements for fillets cut from certified
catches, endorsed by the authority; export health certificates for fishery products from the
port veterinary or port health officer (Part I and Part II, the certificate reference and page
on every page, the official stamp), now and then with a covering letter; port health / food
hygiene inspection reports on the shed, a letter with the report form and its findings behind;
cold store invoices with the stock movement report on landscape pages; ice plant delivery
dockets on small slips; refrigerated hauliers' CMR consignment notes with the temperature
recorder's print-out copied behind; hauliers' monthly invoices with the list of runs and now and
then the signed delivery notes behind; the merchant's own invoices to restaurants and
fishmongers (on A4 or A5 landscape, catch area and gear on every line as fish labelling wants),
sometimes with the terms on the back; customers' quality claims as letters or printed e-mails
with the photographs they took; the merchant's credit notes answering them; the merchant's HACCP
chiller temperature records on landscape sheets filled in by hand; batch traceability sheets;
packaging suppliers' invoices for polystyrene boxes and liners with the signed delivery note
copy behind; box and pallet exchange notes; factoring companies' funding statements with the
debtor ledger; laboratories' histamine and microbiology test reports, sometimes with a covering
letter or the sampling form. Each stream is one merchant's pile: the merchant (country, name,
port, auction, month) is drawn once per stream; its outside senders are of the merchant's
country and write in its language, except that hauliers, foreign customers, vessels landing
from across the Channel and their flag state's authorities are now and then from abroad and
write in their own. Page sizes range from narrow auction slips and A6 dockets to A5, A4, Letter
and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: every
page of an auction statement; the continuation sheet of a landing declaration; the covering
letter, the sections pages and the transport appendix of a catch certificate; the covering
letter and all pages of a health certificate; the covering letter and report form of an
inspection; the stock movement pages of a cold store invoice; the temperature print-out behind
a CMR; the delivery notes behind a haulier's invoice; the terms on the back of an invoice; the
photographs a customer sends with a claim; the delivery note copy behind a packaging invoice;
the debtor ledger of a factoring statement; the covering letter and sampling form of a lab
report. Related papers are documents of their own: the catch certificate after the landing
declaration, the processing statement after the catch certificate, the health certificate after
the processing statement, the auction statement after the buyer's notes, the customer's claim
after an invoice, the credit note after the claim, the exchange note after the CMR, the haulier's
invoice after the exchange note, the traceability sheet after a lab report; and so is each slip,
docket, invoice, CMR, declaration, statement and record sheet of a run, even when several from
one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: buyer's notes, ice dockets, the
merchant's invoices, auction statements, chiller records, exchange notes, landing declarations,
CMRs and factoring statements often come 2-4 in a row from one sender with other lots, dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers, about the same fish. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "goblet"`` and seeds offset by
6_700_000.

Usage: ``python benchmarks/corpus_goblet.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/goblet/goblet_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
)
from corpus_kit import address as window

PART = "goblet"
SEED_OFFSET = 6_700_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)
LAND5 = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the merchant and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
#: The merchants; row k of a country is at port k (its auction, port health and ice plant).
MERCHANTS: dict[str, list[Row]] = {
    "en": [
        (
            "Quayside Fish Merchants Ltd",
            "Unit 4, New Fish Quay",
            "Brixham TQ5 8AW",
            "01803 855 214",
        ),
        ("Pengelly & Rowe (Fish Merchants) Ltd", "The Strand", "Newlyn TR18 5HN", "01736 363 902"),
        (
            "Humber Quay Seafoods Ltd",
            "Stand 12, Fish Dock Road",
            "Grimsby DN31 3NQ",
            "01472 241 570",
        ),
    ],
    "de": [
        (
            "Fischgroßhandel Claußen GmbH",
            "Kapitän-Alexander-Straße 20",
            "27472 Cuxhaven",
            "04721 39 61 0",
        ),
        (
            "Seefisch Weser Handelsgesellschaft mbH",
            "Am Schaufenster 6",
            "27572 Bremerhaven",
            "0471 92 44 80",
        ),
        ("Rügener Fischhandel Krüger KG", "Hafenstraße 14", "18546 Sassnitz", "038392 56 20"),
    ],
    "fr": [
        ("Marée Boulonnaise SAS", "14 quai Gambetta", "62200 Boulogne-sur-Mer", "03 21 31 44 70"),
        ("Le Goff Marée SARL", "Port de Keroman, Bât. K2", "56100 Lorient", "02 97 37 51 19"),
        ("Viviers du Guilvinec SAS", "Rue de la Marine", "29730 Le Guilvinec", "02 98 58 22 61"),
    ],
}
#: Senders tied to the merchant's port: entry k serves port k.
PORT_SENDERS: dict[str, dict[str, list[Row]]] = {
    "auction": {
        "en": [
            (
                "Torbay Fish Auctions Ltd",
                "The Fish Market, New Fish Quay",
                "Brixham TQ5 8AW",
                "01803 853 321",
            ),
            ("Newlyn Fish Sales Ltd", "The Market, North Pier", "Newlyn TR18 5HW", "01736 362 870"),
            ("Grimsby Fish Market Auctions", "Auckland Road", "Grimsby DN31 3SY", "01472 355 160"),
        ],
        "de": [
            (
                "Fischauktion Cuxhaven GmbH",
                "Neufelder Straße 11",
                "27472 Cuxhaven",
                "04721 57 38 0",
            ),
            (
                "Fischereihafen-Auktion Bremerhaven GmbH",
                "Fischkai 1, Halle X",
                "27572 Bremerhaven",
                "0471 97 31 40",
            ),
            ("Rügenfisch Erzeugerauktion eG", "Am Hafen 12", "18546 Sassnitz", "038392 33 10"),
        ],
        "fr": [
            (
                "Criée de Boulogne-sur-Mer - SEM Halios",
                "Quai Gambetta",
                "62200 Boulogne-sur-Mer",
                "03 21 99 45 00",
            ),
            (
                "Criée de Lorient Keroman",
                "Avenue de la Perrière",
                "56100 Lorient",
                "02 97 37 22 00",
            ),
            (
                "Criée du Guilvinec - CCI Finistère",
                "Port de pêche",
                "29730 Le Guilvinec",
                "02 98 58 10 40",
            ),
        ],
    },
    "vet": {
        "en": [
            (
                "Torbay Council - Port Health and Food Safety",
                "Town Hall, Castle Circus",
                "Torquay TQ1 3DR",
                "01803 208 025",
            ),
            (
                "Cornwall Port Health Authority",
                "Harbour Office, Newlyn",
                "Penzance TR18 5HW",
                "0300 1234 212",
            ),
            (
                "North East Lincolnshire Council - Port Health",
                "Origin One, 1 Origin Way",
                "Grimsby DN37 9TZ",
                "01472 326 296",
            ),
        ],
        "de": [
            (
                "Landkreis Cuxhaven - Veterinäramt und Lebensmittelüberwachung",
                "Vincent-Lübeck-Straße 2",
                "27474 Cuxhaven",
                "04721 66 20",
            ),
            (
                "Magistrat Bremerhaven - Lebensmittelüberwachung, Tierschutz und Veterinärdienst",
                "Hinrich-Schmalfeldt-Straße 40",
                "27576 Bremerhaven",
                "0471 590 20 80",
            ),
            (
                "Landkreis Vorpommern-Rügen - Veterinär- und Lebensmittelüberwachungsamt",
                "Störtebekerstraße 31",
                "18528 Bergen auf Rügen",
                "03831 357 10",
            ),
        ],
        "fr": [
            (
                "DDPP du Pas-de-Calais - Service sécurité sanitaire des aliments",
                "Rue Ferdinand Buisson",
                "62000 Arras",
                "03 21 21 26 26",
            ),
            (
                "DDPP du Morbihan - Antenne de Lorient",
                "Port de Keroman",
                "56100 Lorient",
                "02 97 63 28 43",
            ),
            (
                "DDPP du Finistère - Antenne du Guilvinec",
                "2 rue de Kerfeunteun",
                "29000 Quimper",
                "02 98 64 36 36",
            ),
        ],
    },
    "ice": {
        "en": [
            ("Brixham Ice Company", "Ice Works, Oxen Cove", "Brixham TQ5 8AR", "01803 851 009"),
            ("Newlyn Ice Plant Ltd", "The Coombe", "Newlyn TR18 5HF", "01736 364 300"),
            ("Grimsby Ice Factory Ltd", "Henderson Street", "Grimsby DN31 3NA", "01472 342 660"),
        ],
        "de": [
            (
                "Eiswerk Cuxhaven GmbH",
                "Präsident-Herwig-Straße 7",
                "27472 Cuxhaven",
                "04721 22 81 4",
            ),
            (
                "Scherbeneis Fischereihafen Bremerhaven",
                "An der Packhalle IX",
                "27572 Bremerhaven",
                "",
            ),
            ("Eisfabrik Sassnitz", "Mole 3", "18546 Sassnitz", ""),
        ],
        "fr": [
            ("Glacière du port - SEM Halios", "Quai Gambetta", "62200 Boulogne-sur-Mer", ""),
            (
                "Fabrique de glace Keroman",
                "Rue Ingénieur Verrière",
                "56100 Lorient",
                "02 97 37 04 11",
            ),
            ("Glacière du Guilvinec - CCI", "Port de pêche", "29730 Le Guilvinec", ""),
        ],
    },
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "vessel": {
        "en": [
            ("Margaret Ann Fishing Partnership", "12 Higher Street", "Brixham TQ5 8HW", ""),
            ("Cornish Rose Fishing Ltd", "6 Fore Street", "Newlyn TR18 5JR", "01736 351 077"),
            ("Northern Star Trawlers Ltd", "Wharncliffe Road", "Grimsby DN31 3QJ", ""),
            ("Guide Me Inshore Fishing", "3 Church Street", "Whitby YO22 4DE", ""),
        ],
        "de": [
            ("Kutterfisch-Zentrale GmbH", "Am Seefischmarkt 3", "27472 Cuxhaven", "04721 70 77 0"),
            ("Fischereibetrieb Jens Tiedemann", "Hafenstraße 8", "25761 Büsum", ""),
            ("Erzeugergemeinschaft Ostseefischer eG", "Fährhafen 2", "18546 Sassnitz", ""),
            ("Kutter Hanni - Reederei Lührs", "Deichstraße 21", "27476 Cuxhaven", ""),
        ],
        "fr": [
            ("Armement Leroux", "Quai de la Poste", "62200 Boulogne-sur-Mer", "03 21 30 12 90"),
            ("SARL Men Ar Groas", "Rue du Port", "29730 Le Guilvinec", ""),
            ("Armement Bigouden", "Terre-plein du port", "29760 Penmarc'h", "02 98 58 60 12"),
            ("SAS An Avel Vor", "Quai des Indes", "56100 Lorient", ""),
        ],
    },
    "authority": {
        "en": [
            (
                "Marine Management Organisation - Catch Certificate Unit",
                "Lancaster House, Hampshire Court",
                "Newcastle upon Tyne NE4 7YH",
                "0300 123 1032",
            ),
        ],
        "de": [
            (
                "Bundesanstalt für Landwirtschaft und Ernährung - Fangbescheinigungen",
                "Deichstraße 7",
                "20459 Hamburg",
                "040 36 90 50",
            ),
        ],
        "fr": [
            (
                "DDTM - Délégation à la mer et au littoral",
                "4 boulevard Chanzy",
                "62200 Boulogne-sur-Mer",
                "03 21 30 87 26",
            ),
            (
                "DDTM du Finistère - Unité certificats de capture",
                "2 boulevard du Finistère",
                "29000 Quimper",
                "",
            ),
        ],
    },
    "cold": {
        "en": [
            (
                "Channel Cold Storage Ltd",
                "Kings Asher Business Park",
                "Plymouth PL6 7PT",
                "01752 771 860",
            ),
            ("Humber Freezing Company", "Estate Road No. 2", "Grimsby DN31 2TG", "01472 311 400"),
        ],
        "de": [
            (
                "Kühlhaus Nordsee GmbH & Co. KG",
                "Am Lunedeich 130",
                "27572 Bremerhaven",
                "0471 97 20 60",
            ),
            ("Tiefkühllager Cuxhaven GmbH", "Abschnede 185", "27472 Cuxhaven", ""),
        ],
        "fr": [
            (
                "Entrepôts Frigorifiques du Boulonnais",
                "Zone de Capécure",
                "62200 Boulogne-sur-Mer",
                "03 21 87 40 00",
            ),
            ("Froid Breton Logistique SAS", "ZI de Keryado", "56100 Lorient", ""),
        ],
    },
    "haulier": {
        "en": [
            (
                "Westcountry Chilled Transport Ltd",
                "Lee Mill Industrial Estate",
                "Ivybridge PL21 9PE",
                "01752 893 200",
            ),
            ("Kernow Reefer Haulage", "Treleigh Industrial Estate", "Redruth TR16 4AX", ""),
            ("Yorkshire Fresh Freight Ltd", "Europa Way", "Immingham DN41 8DF", "01469 574 411"),
        ],
        "de": [
            (
                "Kühltransporte Hansen GmbH & Co. KG",
                "Grodener Chaussee 44",
                "27472 Cuxhaven",
                "04721 60 92 0",
            ),
            ("Frigo-Logistik Weser GmbH", "Barkhausenstraße 60", "27568 Bremerhaven", ""),
            ("Spedition Thormählen Frischdienst", "Industriestraße 9", "25746 Heide", ""),
        ],
        "fr": [
            (
                "Transports Frigorifiques Caron SAS",
                "ZA de la Liane",
                "62360 Saint-Léonard",
                "03 21 83 09 90",
            ),
            ("Froid Express Bretagne", "ZA de Kerguélen", "56260 Larmor-Plage", ""),
            ("Transports Le Floch Marée", "Route de Pont-l'Abbé", "29120 Plomeur", ""),
        ],
    },
    "customer": {
        "en": [
            ("The Quayside Brasserie", "2 The Quay", "Dartmouth TQ6 9PS", "01803 832 447"),
            ("Harbour Lights Fish & Chips", "69 Fore Street", "St Ives TR26 1HE", ""),
            ("J. Trelawney & Son, Fishmongers", "14 Market Jew Street", "Penzance TR18 2HR", ""),
            ("The Anchor Inn", "Church Road", "Lympstone EX8 5JT", ""),
            ("Ocean Catering Supplies Ltd", "Marsh Barton", "Exeter EX2 8NJ", "01392 250 311"),
        ],
        "de": [
            ("Restaurant Zum Fischerhus", "Alter Hafen 4", "27472 Cuxhaven", "04721 44 20 9"),
            ("Fischfeinkost Marten", "Bürgermeister-Smidt-Straße 91", "27568 Bremerhaven", ""),
            ("Hotel Seeblick - Küche", "Strandstraße 12", "18609 Binz", ""),
            ("Fischhalle Henning", "Großer Burstah 31", "20457 Hamburg", ""),
            ("Gastronomieservice Nordlicht GmbH", "Nordring 7", "26386 Wilhelmshaven", ""),
        ],
        "fr": [
            ("Restaurant La Marée", "18 quai de la Fosse", "44000 Nantes", "02 40 73 55 02"),
            ("Poissonnerie Le Bihan", "7 place du Marché", "29900 Concarneau", ""),
            ("Brasserie de l'Océan", "3 place Dalton", "62200 Boulogne-sur-Mer", ""),
            ("Marée de Rungis - Dupuis SAS", "Pavillon de la marée, MIN", "94150 Rungis", ""),
            ("Hôtel-Restaurant Les Embruns", "Boulevard de la Plage", "56170 Quiberon", ""),
        ],
    },
    "lab": {
        "en": [
            (
                "Westward Food Laboratories Ltd",
                "Plymouth Science Park",
                "Plymouth PL6 8BX",
                "01752 764 410",
            ),
            ("Humber Analytical Services", "Europarc Innovation Centre", "Grimsby DN37 9TT", ""),
        ],
        "de": [
            (
                "Institut Nord für Lebensmittelanalytik GmbH",
                "Fischkai 40",
                "27572 Bremerhaven",
                "0471 30 94 70",
            ),
            ("LUFA Nord-West - Lebensmittellabor", "Jägerstraße 23", "26121 Oldenburg", ""),
        ],
        "fr": [
            (
                "Laboratoire Départemental d'Analyses du Finistère",
                "22 avenue de la Plage des Gueux",
                "29330 Quimper",
                "",
            ),
            (
                "Qualimer Analyses SAS",
                "Zone de Capécure",
                "62200 Boulogne-sur-Mer",
                "03 21 30 55 66",
            ),
        ],
    },
    "packaging": {
        "en": [
            (
                "Polybox Packaging Ltd",
                "Unit 9, Heathfield Estate",
                "Newton Abbot TQ12 6UT",
                "01626 831 115",
            ),
            ("Coastal Fish Box Supplies", "Ryecroft Road", "Grimsby DN31 2LJ", ""),
        ],
        "de": [
            ("Styroverpackungen Friesland GmbH", "Gewerbering 14", "26441 Jever", "04461 91 77 0"),
            ("Nordpack Frischeverpackung KG", "Am Industriehafen 3", "27572 Bremerhaven", ""),
        ],
        "fr": [
            (
                "Emballages Isothermes de l'Ouest SAS",
                "ZI de Kerboulard",
                "56250 Saint-Nolff",
                "02 97 45 10 20",
            ),
            ("Caisses Marée du Nord", "Rue du Chemin Vert", "62200 Boulogne-sur-Mer", ""),
        ],
    },
    "boxpool": {
        "en": [("Seabox Pool Ltd", "Fish Dock Road", "Grimsby DN31 3NQ", "01472 361 020")],
        "de": [("Fischkisten-Pool Nord eG", "Hafenstraße 50", "27472 Cuxhaven", "04721 51 59 0")],
        "fr": [("Bacs Marée Services", "Quai Chanzy", "62200 Boulogne-sur-Mer", "03 21 80 60 61")],
    },
    "factor": {
        "en": [
            ("Harbourside Invoice Finance Ltd", "1 Temple Quay", "Bristol BS1 6DZ", "0117 930 2100")
        ],
        "de": [("Nordfactoring GmbH", "Ballindamm 27", "20095 Hamburg", "040 30 38 77 0")],
        "fr": [("Factor Atlantique SA", "10 cours Olivier de Clisson", "44000 Nantes", "")],
    },
}

FIRSTS = {
    "en": ["Dave", "Sarah", "Mark", "Karen", "Steve", "Lisa", "Paul", "Jenny", "Tom", "Rachel"],
    "de": ["Uwe", "Heike", "Jens", "Birgit", "Sönke", "Anja", "Frank", "Meike", "Holger", "Tanja"],
    "fr": ["Yann", "Maryvonne", "Loïc", "Gwenaëlle", "Pascal", "Sylvie", "Erwan", "Nadine"],
}
LASTS = {
    "en": ["Pengelly", "Harvey", "Trevaskis", "Mitchell", "Coombes", "Barlow", "Atkinson", "Hicks"],
    "de": ["Claußen", "Petersen", "Lührs", "Jansen", "Wiese", "Tiedemann", "Rahn", "Möller"],
    "fr": ["Le Goff", "Tanguy", "Quéméner", "Caron", "Delattre", "Le Bihan", "Nicolas", "Péron"],
}
FEMALE = {"Sarah", "Karen", "Lisa", "Jenny", "Rachel", "Heike", "Birgit", "Anja", "Meike"}
FEMALE |= {"Tanja", "Maryvonne", "Gwenaëlle", "Sylvie", "Nadine"}


@dataclass(frozen=True)
class Fish:
    code: str
    en: str
    de: str
    fr: str
    latin: str
    price: float  # typical auction price per kg


SPECIES = [
    Fish("COD", "Cod", "Kabeljau", "Cabillaud", "Gadus morhua", 5.2),
    Fish("HAD", "Haddock", "Schellfisch", "Églefin", "Melanogrammus aeglefinus", 3.4),
    Fish("PLE", "Plaice", "Scholle", "Plie", "Pleuronectes platessa", 2.6),
    Fish("SOL", "Dover sole", "Seezunge", "Sole", "Solea solea", 17.5),
    Fish("ANF", "Monkfish", "Seeteufel", "Lotte", "Lophius piscatorius", 8.9),
    Fish("HKE", "Hake", "Seehecht", "Merlu", "Merluccius merluccius", 4.1),
    Fish("MAC", "Mackerel", "Makrele", "Maquereau", "Scomber scombrus", 1.9),
    Fish("TUR", "Turbot", "Steinbutt", "Turbot", "Scophthalmus maximus", 19.0),
    Fish("LEM", "Lemon sole", "Limande", "Limande-sole", "Microstomus kitt", 6.2),
    Fish("WHG", "Whiting", "Wittling", "Merlan", "Merlangius merlangus", 1.8),
    Fish("POK", "Saithe", "Seelachs", "Lieu noir", "Pollachius virens", 2.2),
    Fish("GUR", "Red gurnard", "Roter Knurrhahn", "Grondin rouge", "Chelidonichthys cuculus", 1.4),
    Fish("BSS", "Sea bass", "Wolfsbarsch", "Bar", "Dicentrarchus labrax", 14.0),
    Fish("HER", "Herring", "Hering", "Hareng", "Clupea harengus", 1.1),
    Fish("NEP", "Langoustine", "Kaisergranat", "Langoustine", "Nephrops norvegicus", 12.5),
    Fish("SQC", "Squid", "Kalmar", "Encornet", "Loligo vulgaris", 7.8),
    Fish("JOD", "John Dory", "Petersfisch", "Saint-Pierre", "Zeus faber", 11.0),
    Fish("RJC", "Thornback ray", "Nagelrochen", "Raie bouclée", "Raja clavata", 3.0),
]
#: The species each country's boats land most.
LANDED = {
    "en": ["ANF", "LEM", "PLE", "SOL", "HKE", "MAC", "TUR", "GUR", "JOD", "SQC", "RJC", "HAD"],
    "de": ["COD", "PLE", "HAD", "POK", "HER", "SOL", "TUR", "WHG", "NEP"],
    "fr": ["WHG", "HKE", "ANF", "SOL", "MAC", "NEP", "BSS", "SQC", "JOD", "COD", "LEM"],
}
BY_CODE = {f.code: f for f in SPECIES}
AREAS = {
    "en": ["27.7.e", "27.7.e", "27.7.f", "27.7.h", "27.7.g", "27.4.b"],
    "de": ["27.4.b", "27.4.c", "27.4.a", "27.3.d", "27.2.a"],
    "fr": ["27.4.c", "27.7.d", "27.8.a", "27.7.h", "27.8.b", "27.7.e"],
}
GEARS = ["OTB", "OTB", "TBB", "GNS", "LLS", "PTB", "SSC"]
GEAR_NAMES = {
    "OTB": ("Bottom otter trawl", "Grundscherbrettnetz", "Chalut de fond à panneaux"),
    "TBB": ("Beam trawl", "Baumkurre", "Chalut à perche"),
    "GNS": ("Set gillnet", "Stellnetz", "Filet maillant calé"),
    "LLS": ("Set longline", "Grundleine", "Palangre calée"),
    "PTB": ("Bottom pair trawl", "Grundschleppnetz (Gespann)", "Chalut bœuf de fond"),
    "SSC": ("Scottish seine", "Snurrewade", "Senne écossaise"),
}
PRESENT = {
    "WHL": ("whole", "ganz", "entier"),
    "GUT": ("gutted", "ausgenommen", "vidé"),
    "FIL": ("fillet", "Filet", "filet"),
    "TAL": ("tails", "Schwänze", "queues"),
    "WNG": ("wings", "Flügel", "ailes"),
}


def fish_name(f: Fish, lang: str) -> str:
    return tr(lang, f.en, f.de, f.fr)


def gear_name(g: str, lang: str) -> str:
    en, de, fr = GEAR_NAMES[g]
    return tr(lang, en, de, fr)


def pres_name(p: str, lang: str) -> str:
    en, de, fr = PRESENT[p]
    return tr(lang, en, de, fr)


def natural_pres(f: Fish) -> str:
    return {"ANF": "TAL", "RJC": "WNG", "NEP": "WHL", "SQC": "WHL", "MAC": "WHL", "HER": "WHL"}.get(
        f.code, "GUT"
    )


TALK = {
    "en": {
        "fish": "landing catch boxes grade quality ice chilled quay auction market buyers vessel "
        "species fillets gutted whole freshness temperature delivery order weight",
        "hygiene": "premises cleaning temperature control traceability records HACCP training "
        "water supply drainage pest control storage chiller labelling hand washing",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement advance reserve",
        "claim": "delivery fish quality smell texture eyes gills temperature boxes customers "
        "kitchen chef returned unusable photographs weight short",
    },
    "de": {
        "fish": "Anlandung Fang Kisten Sortierung Qualität Eis gekühlt Kai Auktion Markt Käufer "
        "Kutter Fischart Filets ausgenommen Frische Temperatur Lieferung Bestellung Gewicht",
        "hygiene": "Betriebsräume Reinigung Temperaturkontrolle Rückverfolgbarkeit Aufzeichnungen "
        "HACCP Schulung Trinkwasser Abwasser Schädlingsbekämpfung Lagerung Kühlraum Kennzeichnung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Abrechnung Gebühren Zahlungsziel Ausgleich Vorschuss Einbehalt",
        "claim": "Lieferung Fisch Qualität Geruch Konsistenz Augen Kiemen Temperatur Kisten Gäste "
        "Küche Koch zurückgegeben unbrauchbar Fotos Gewicht Fehlmenge",
    },
    "fr": {
        "fish": "débarquement capture caisses calibre qualité glace réfrigéré quai criée marché "
        "acheteurs navire espèce filets vidé entier fraîcheur température livraison commande poids",
        "hygiene": "locaux nettoyage maîtrise des températures traçabilité enregistrements HACCP "
        "formation eau évacuation nuisibles stockage chambre froide étiquetage lave-mains",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement avance réserve",
        "claim": "livraison poisson qualité odeur texture yeux branchies température caisses "
        "clients cuisine chef retourné inutilisable photos poids manquant",
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
# The merchant of a stream: country, port, month; what the previous document was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same fish and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def port() -> int:
    return int(OFFICE["row"])  # type: ignore[call-overload]


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's merchant and ``key``: a run or a repeat keeps
    its sender."""
    text = f"goblet/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    return d if d.weekday() < 6 else d + timedelta(days=1)


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def hhmm(rng: random.Random, lo: int = 3, hi: int = 17) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randrange(0, 60):02d}"


def kg(v: float, lang: str, dec: int = 1) -> str:
    s = f"{v:,.{dec}f}"
    if lang in ("de", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", "." if lang == "de" else " ")
    return s


# ---------------------------------------------------------------------------------------------
# Fish on the move: vessels, lots, customers
# ---------------------------------------------------------------------------------------------

PORT_LETTERS = {
    "en": ["BM", "PZ", "GY", "WY", "E", "FY"],
    "de": ["CUX", "BX", "SAS", "HUS", "NC"],
    "fr": ["BL", "LO", "GV", "CC", "DZ"],
}
BOATS = {
    "en": [
        "Margaret Ann",
        "Cornish Rose",
        "Northern Star",
        "Guide Me",
        "Girl Pamela",
        "Our Boys",
        "Sapphire",
        "Harvest Reaper",
    ],
    "de": ["Hanni", "Seefalke", "Christine", "Möwe", "Nordstern", "Anna Maria", "Elbe", "Hoffnung"],
    "fr": [
        "Men Ar Groas",
        "An Avel",
        "Notre-Dame de Boulogne",
        "Le Korrigan",
        "Gwalarn",
        "Perle des Îles",
        "Ar Bed",
        "Saint-Guénolé",
    ],
}
FLAG = {"en": "GBR", "de": "DEU", "fr": "FRA"}


@dataclass
class Vessel:
    name: str
    pln: str
    cfr: str
    ircs: str
    master: str
    lang: str
    length: float
    gear: str


def a_vessel(r: random.Random, lang: str) -> Vessel:
    letters = r.choice(PORT_LETTERS[lang])
    return Vessel(
        name=r.choice(BOATS[lang]),
        pln=f"{letters} {r.randint(1, 999)}",
        cfr=f"{FLAG[lang]}{serial(r, '000A99999')}",
        ircs=serial(r, {"en": "MAA99", "de": "DA9999", "fr": "FA9999"}[lang]),
        master=f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}",
        lang=lang,
        length=round(r.uniform(9.8, 32.0), 2),
        gear=r.choice(GEARS),
    )


@dataclass
class Lot:
    fish: Fish
    pres: str
    grade: str
    boxes: int
    kilos: float
    price: float
    area: str


def a_lot(r: random.Random, lang: str, code: str | None = None) -> Lot:
    f = BY_CODE[code or r.choice(LANDED[lang])]
    boxes = r.choice([1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12])
    per = {"NEP": 10.0, "SOL": 20.0, "TUR": 20.0, "MAC": 30.0, "HER": 40.0}.get(f.code, 25.0)
    kilos = round(boxes * per * r.uniform(0.82, 1.08), 1)
    return Lot(
        fish=f,
        pres=natural_pres(f),
        grade=str(r.randint(1, 5)),
        boxes=boxes,
        kilos=kilos,
        price=round(f.price * r.uniform(0.7, 1.35), 2),
        area=r.choice(AREAS[lang]),
    )


@dataclass
class Landing:
    """What a companion about the same fish takes up: vessel, day, lots, a document number."""

    vessel: Vessel
    day: date
    lots: list[Lot]
    ref: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def landing_for(rng: random.Random, kinds: tuple[str, ...], lang: str) -> Landing:
    x = LAST["extra"]
    if after(kinds) and isinstance(x, Landing):
        return x
    v = a_vessel(rng, lang)
    d = some_day(rng)
    n = rng.randint(2, 6)
    codes = rng.sample(LANDED[lang], min(n, len(LANDED[lang])))
    return Landing(v, d, [a_lot(rng, lang, c) for c in codes])


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
TRADE = {
    "merchant": (
        "Wholesale fish merchants",
        "Fischgroßhandel - Fischverarbeitung",
        "Mareyeur - expéditeur",
    ),
    "auction": (
        "Fish auction - first sale",
        "Fischauktion - Erstvermarktung",
        "Halle à marée - première vente",
    ),
    "haulier": (
        "Temperature-controlled transport",
        "Kühl- und Frischdiensttransporte",
        "Transports frigorifiques",
    ),
    "cold": (
        "Cold storage - blast freezing",
        "Kühl- und Tiefkühllagerung",
        "Entreposage frigorifique",
    ),
    "packaging": (
        "Fish boxes - liners - labels",
        "Fischkisten - Inlays - Etiketten",
        "Caisses marée - emballages",
    ),
    "lab": ("Food microbiology and chemistry", "Lebensmittelanalytik", "Analyses alimentaires"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("vet", "authority"):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Cuxhaven",
                "Weser-Elbe Sparkasse",
                "Volksbank Stade-Cuxhaven",
                "Sparkasse Vorpommern",
                "Commerzbank Bremerhaven",
            ]
        )
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "KG" in name or " eG" in name or "mbH" in name:
            out.insert(
                0,
                f"Sitz {r.choice(['Cuxhaven', 'Bremerhaven', 'Stralsund', 'Hamburg'])}"
                f" - Amtsgericht {r.choice(['Tostedt', 'Bremen', 'Stralsund', 'Hamburg'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Hauke Claußen", "Meike Rahn", "Dirk Lührs", "Sven Petersen"]),
            )
        if role in ("merchant",) and r.random() < 0.7:
            out.append(f"EU-Zulassungsnr. {approval()}")
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['4638A', '1020Z', '4941A', '5210A', '7120B'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        if role == "merchant":
            out.append(f"Agrément sanitaire {approval()}")
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "merchant":
        out.append(f"Approval No. {approval()}")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"goblet/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("vet", "authority"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("customer", "vessel"):
        looks = ["plain", "centred", "boxed", "centred"]
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


#: The merchant's approval number (identification mark) at each port.
APPROVALS = {
    "en": ["UK TB 214", "UK CW 031", "UK NE 118"],
    "de": ["DE NI 20714 EG", "DE HB 40211 EG", "DE MV 10377 EG"],
    "fr": ["FR 62.160.004 CE", "FR 56.121.012 CE", "FR 29.075.003 CE"],
}


def approval() -> str:
    return APPROVALS[home()][port()]


def office_head() -> Head:
    lang = home()
    return make_head(MERCHANTS[lang][port()], lang, "merchant")


def port_head(role: str) -> Head:
    lang = home()
    return make_head(PORT_SENDERS[role][lang][port()], lang, role)


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and merchant), of the
    merchant's country or, with odds ``abroad``, of another."""
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


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round official stamp: two rings, the wording on two lines inside, a mark in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    ring(p, cx, cy, r * 0.42, 20)
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.52, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.72, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
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


def fish_mark(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A fish drawn in a few strokes, for letterheads of the trade."""
    p.line(x, y, x + 14 * k, y - 6 * k)
    p.line(x + 14 * k, y - 6 * k, x + 30 * k, y)
    p.line(x, y, x + 14 * k, y + 6 * k)
    p.line(x + 14 * k, y + 6 * k, x + 30 * k, y)
    p.line(x + 30 * k, y, x + 38 * k, y - 6 * k)
    p.line(x + 30 * k, y, x + 38 * k, y + 6 * k)
    p.line(x + 38 * k, y - 6 * k, x + 38 * k, y + 6 * k)
    p.rect(x + 5 * k, y - 2 * k, 2 * k, 2 * k, fill=0.0)


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
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.62 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if contact:
            p.text(m + 32, yy + 9, fit(contact, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m - 50)
        p.text(m, y + 3, fit(h.name.upper(), h.bold, pt, w - 2 * m - 50), h.bold, pt)
        fish_mark(p, w - m - 40, y - 1, 1.0)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, fit(h.name, h.bold, pt, w - 2 * m), h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
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
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, fit(h.name, h.bold, pt, w * 0.62 - m), h.bold, pt)
        en, de, fr = TRADE.get(h.role, ("", "", ""))
        if en:
            p.text(m, y + 15, tr(h.lang, en, de, fr), italic_of(h.font), 7.5)
        x = w - m
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(x, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
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
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.3) -> None:
    """Now and then the merchant's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lang),
                rng.choice(
                    {
                        "en": ["Accounts", "Office", "Shed"],
                        "de": ["Buchhaltung", "Büro", "Halle"],
                        "fr": ["Comptabilité", "Bureau", "Atelier"],
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
            ["Yours sincerely", "Kind regards", "Regards", "Yours faithfully"][len(name) % 4],
            "Mit freundlichen Grüßen",
            ["Cordialement,", "Bien cordialement,", "Salutations distinguées,"][len(name) % 3],
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
    r = random.Random(zlib.crc32(f"goblet/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return name


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def office_lines(att: str = "") -> list[str]:
    return head_lines(office_head(), att)


def vat_rate(lang: str, food: bool = True) -> float:
    """Fish is zero-rated in the UK, at the reduced rate in Germany and France."""
    if food:
        return {"en": 0.0, "de": 7.0, "fr": 5.5}[lang]
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
    rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append((tr(lg, "Total", "Rechnungsbetrag", "Total TTC"), net + tax))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return net + tax


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
            text = " ".join(words(rng, lg, "money") for _ in range(rng.randint(3, 7)))
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


def customer_of(who: Issuer, abroad: float = 0.15) -> tuple[Row, str]:
    """The customer ``who`` stands for: of the merchant's country, now and then from abroad."""
    r = keyed(who, "customer")
    lg = home()
    if r.random() < abroad:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS["customer"][lg]), lg


def mail_head(
    f: Sheets, s: Style, lg: str, sender: str, addr: str, to: str, subj: str, when: str
) -> None:
    """The header block of a printed e-mail."""
    w, _ = f.size
    m = s.margin
    f.page.text(m, f.y, fit(f"{sender} <{addr}>", s.bold, 9, w - 2 * m), s.bold, 9)
    f.y += 14
    for lab, val in [
        (tr(lg, "From", "Von", "De"), sender),
        (tr(lg, "Sent", "Gesendet", "Envoyé"), when),
        (tr(lg, "To", "An", "À"), to),
        (tr(lg, "Subject", "Betreff", "Objet"), subj),
    ]:
        f.page.text(m, f.y, f"{lab}:", s.bold, 8.5)
        f.page.text(m + 70, f.y, fit(val, s.font, 8.5, w - 2 * m - 70), s.font, 8.5)
        f.y += 12
    f.page.line(m, f.y, w - m, f.y)
    f.y += 18


def mail_of(name: str, h: Head) -> str:
    host = "".join(c for c in h.name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    first = "".join(c for c in name.split()[0].lower() if c.isascii() and c.isalpha())
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[h.lang]
    return f"{first}@{host or 'mail'}.{tld}"


# ---------------------------------------------------------------------------------------------
# Templates PPP: the auction, the boats and the authorities
# ---------------------------------------------------------------------------------------------


def buyer_no() -> str:
    r = random.Random(zlib.crc32(f"goblet/buyer/{OFFICE['seed']}".encode()))
    return str(r.randint(11, 389))


@dataclass
class Slip:
    day: date
    lot: Lot
    vessel: Vessel
    lot_no: str


def tpl_auction_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The auction's weekly buyer's statement: the lots bought day by day (vessel, species,
    size, freshness, boxes, kilos, price), then purchases, buyer's commission, market dues,
    VAT and the direct debit date; one to three pages with a running header."""
    h = port_head("auction")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "paper").random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    x = LAST["extra"]
    if after(("auction_statement",)) and isinstance(x, date):
        start = x + timedelta(days=7)
    elif after(("lot_slip",)) and isinstance(x, Slip):
        start = x.day - timedelta(days=x.day.weekday())
    else:
        d0 = some_day(rng)
        start = d0 - timedelta(days=d0.weekday())
    end = start + timedelta(days=5)
    no = f"{start.year % 100}{start.isocalendar()[1]:02d}-{buyer_no()}"
    title = tr(lg, "BUYER'S STATEMENT", "KÄUFERABRECHNUNG", "RELEVÉ ACHETEUR")
    f = sheets(
        s, h, f"{h.name} - {title} {no} - {tr(lg, 'Buyer', 'Käufer', 'Acheteur')} {buyer_no()}"
    )
    f.page.text(w - m, f.y, title, s.bold, s.size + 4, "right")
    f.y += 10
    below = window(f.page, s, h if h.look != "official" else None, f.y + 8, office_lines())
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        f.y + 8,
        [
            (tr(lg, "Statement no.", "Abrechnungs-Nr.", "N° de relevé"), no),
            (tr(lg, "Buyer no.", "Käufer-Nr.", "N° acheteur"), buyer_no()),
            (tr(lg, "Sales from", "Verkaufstage vom", "Ventes du"), short(start, lg)),
            (tr(lg, "to", "bis", "au"), short(end, lg)),
            (tr(lg, "Date", "Datum", "Date"), day(h, end + timedelta(days=1))),
        ],
        w - m,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 16
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (0.8, "left"),
            (1.3, "left"),
            (2.2, "left"),
            (0.5, "center"),
            (0.5, "center"),
            (0.6, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    net = 0.0
    boats = [a_vessel(random.Random(rng.random()), lg) for _ in range(rng.randint(3, 7))]
    days = [start + timedelta(days=k) for k in range(6) if rng.random() < 0.75] or [start]
    kilos = 0.0
    for dd in days:
        for _ in range(rng.randint(2, 9)):
            lot = a_lot(rng, lg)
            v = rng.choice(boats)
            if isinstance(x, Slip) and after(("lot_slip",)) and dd == x.day and not rows:
                lot, v = x.lot, x.vessel
            amt = round(lot.kilos * lot.price, 2)
            net += amt
            kilos += lot.kilos
            rows.append(
                [
                    short(dd, lg)[:5] if lg != "en" else dd.strftime("%d/%m"),
                    str(rng.randint(100, 1999)),
                    v.pln,
                    fish_name(lot.fish, lg),
                    lot.grade,
                    rng.choice(["E", "A", "A", "B"]),
                    str(lot.boxes),
                    kg(lot.kilos, lg),
                    money(lot.price, lg),
                    money(amt, lg),
                ]
            )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Lot", "Los", "Lot"),
            tr(lg, "Vessel", "Fahrzeug", "Navire"),
            tr(lg, "Species", "Fischart", "Espèce"),
            tr(lg, "Size", "Gr.", "Cal."),
            tr(lg, "Fr.", "Fr.", "Fr."),
            tr(lg, "Boxes", "Kisten", "Caisses"),
            "kg",
            tr(lg, "£/kg", "€/kg", "€/kg"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88 if keyed(who, "shade").random() < 0.5 else None,
        rules=keyed(who, "rules").random() < 0.4,
        step=1.5,
    )
    f.need(120)
    f.y += 8
    comm = keyed(who, "comm").choice([2.0, 2.5, 3.0, 4.0])
    dues = round(kilos * keyed(who, "dues").choice([0.02, 0.03, 0.045]), 2)
    boxes_hire = round(sum(int(r[6]) for r in rows) * keyed(who, "box").choice([0.35, 0.5, 0.6]), 2)
    rate = vat_rate(lg)
    items = [
        (tr(lg, "Purchases", "Warenwert", "Achats"), net),
        (
            tr(
                lg,
                f"Buyer's commission {comm:g}%",
                f"Käuferprovision {comm:g} %",
                f"Commission acheteur {comm:g} %",
            ),
            round(net * comm / 100, 2),
        ),
        (tr(lg, "Market dues / levy", "Marktgebühr", "Taxe de criée"), dues),
        (tr(lg, "Box hire", "Kistenmiete", "Location de caisses"), boxes_hire),
    ]
    f.page.line(w * 0.5, f.y - 8, w - m, f.y - 8)
    for t, v in items:
        f.page.text(w * 0.5, f.y, t, s.font, s.size - 0.5)
        f.page.text(w - m, f.y, cash(v, lg), s.font, s.size - 0.5, "right")
        f.y += s.size * 1.45
    sub = sum(v for _, v in items)
    tax = round(net * rate / 100 + (sub - net) * vat_rate(lg, False) / 100, 2)
    f.page.text(w * 0.5, f.y, tr(lg, "VAT", "USt.", "TVA"), s.font, s.size - 0.5)
    f.page.text(w - m, f.y, cash(tax, lg), s.font, s.size - 0.5, "right")
    f.y += s.size * 1.6
    f.page.text(w * 0.5, f.y, tr(lg, "Total due", "Zahlbetrag", "Net à payer"), s.bold, s.size)
    f.page.text(w - m, f.y, cash(sub + tax, lg), s.bold, s.size, "right")
    f.y += s.size * 2.5
    write(
        f,
        s,
        tr(
            lg,
            f"{kg(kilos, lg)} kg in {len(rows)} lots. The total will be collected by direct debit "
            f"on {day(h, end + timedelta(days=rng.choice([3, 4, 7])))} from the account held on "
            "file. Queries within 7 days please.",
            f"{kg(kilos, lg)} kg in {len(rows)} Losen. Der Betrag wird am "
            f"{day(h, end + timedelta(days=rng.choice([3, 4, 7])))} per SEPA-Lastschrift "
            "(Mandatsreferenz s. o.) eingezogen. Einwendungen bitte innerhalb von 7 Tagen.",
            f"{kg(kilos, lg)} kg en {len(rows)} lots. Prélèvement SEPA le "
            f"{day(h, end + timedelta(days=rng.choice([3, 4, 7])))}. Toute réclamation doit nous "
            "parvenir sous huitaine.",
        ),
        s.size - 1.5,
    )
    received(rng, f.pages[0], home(), end)
    remember(end, start)
    numbers = (
        h.numbers
        if h.numbers != "none"
        else keyed(who, "nos").choice(
            ["none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        )
    )
    return close(f.pages, s, h, numbers=numbers)


def tpl_lot_slip(rng: random.Random, who: Issuer) -> list[Page]:
    """The auction's buyer's note for one lot, printed at the clock on a narrow slip: sale,
    lot, vessel, species, size and freshness, boxes, net weight, price, a barcode."""
    h = port_head("auction")
    lg = h.lang
    width = keyed(who, "slip").choice([72, 76, 80]) * MM
    x = LAST["extra"]
    if after(("lot_slip",)) and isinstance(x, Slip):
        d = x.day if rng.random() < 0.6 else x.day + timedelta(days=1)
    else:
        d = some_day(rng)
    lot = a_lot(rng, lg)
    v = a_vessel(random.Random(rng.random()), lg)
    lot_no = str(rng.randint(100, 1999))
    lines_n = 19 + (2 if rng.random() < 0.4 else 0)
    size = (width, lines_n * 10.5 + 150)
    p = Page(size)
    cx = width / 2
    y = 22.0
    font = "Courier"
    p.text(cx, y, fit(h.name, "Courier-Bold", 8, width - 12), "Courier-Bold", 8, "center")
    y += 10
    p.text(cx, y, fit(h.town, font, 7, width - 12), font, 7, "center")
    y += 14
    p.text(cx, y, tr(lg, "BUYER NOTE", "KÄUFERBELEG", "BON D'ACHAT"), "Courier-Bold", 9, "center")
    y += 14
    amt = round(lot.kilos * lot.price, 2)
    rows = [
        (tr(lg, "Sale", "Auktion", "Vente"), f"{short(d, lg)} {hhmm(rng, 4, 7)}"),
        (tr(lg, "Clock", "Uhr", "Cadran"), str(rng.randint(1, 3))),
        (tr(lg, "Lot", "Los", "Lot"), lot_no),
        (tr(lg, "Buyer", "Käufer", "Acheteur"), buyer_no()),
        (tr(lg, "Vessel", "Schiff", "Navire"), v.pln),
        ("", v.name.upper()),
        (tr(lg, "Species", "Art", "Espèce"), lot.fish.code),
        ("", fish_name(lot.fish, lg)),
        (tr(lg, "Pres.", "Aufm.", "Prés."), lot.pres),
        (tr(lg, "Size", "Größe", "Calibre"), lot.grade),
        (tr(lg, "Fresh.", "Frische", "Fraîch."), rng.choice(["E", "A", "A", "B"])),
        (tr(lg, "Area", "Gebiet", "Zone"), lot.area),
        (tr(lg, "Boxes", "Kisten", "Colis"), str(lot.boxes)),
        (tr(lg, "Gross kg", "Brutto kg", "Brut kg"), kg(lot.kilos + lot.boxes * 1.9, lg)),
        (tr(lg, "Net kg", "Netto kg", "Net kg"), kg(lot.kilos, lg)),
        (tr(lg, "Price/kg", "Preis/kg", "Prix/kg"), money(lot.price, lg)),
    ]
    for lab, val in rows:
        p.text(10, y, lab, font, 7.5)
        p.text(width - 10, y, fit(val, font, 7.5, width - 70), font, 7.5, "right")
        y += 10.5
    p.text(10, y, "-" * 40, font, 7.5)
    y += 11
    p.text(10, y, tr(lg, "AMOUNT", "BETRAG", "MONTANT"), "Courier-Bold", 8.5)
    p.text(width - 10, y, cash(amt, lg), "Courier-Bold", 8.5, "right")
    y += 14
    if lg != "en":
        p.text(10, y, tr(lg, "", "zzgl. 7 % USt.", "TVA 5,5 % en sus"), font, 7)
        y += 10
    code = f"{d.strftime('%y%m%d')}{lot_no}{buyer_no()}"
    p.barcode("code128", code, 8, y + 2)
    remember(d, Slip(d, lot, v, lot_no))
    return [p]


def tpl_landing_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """A skipper's landing declaration as the first buyer's copy: vessel and trip in a grid,
    the species table with areas, presentation and kilos filled in by hand, the master's
    signature; now and then a continuation sheet for further species."""
    r = keyed(who, "vessel")
    h = make_head(r.choice(SENDERS["vessel"][home()]), home(), "vessel")
    lg = h.lang
    s = style_of(h, A4, margin=40)
    w, hh = s.page_size
    m = s.margin
    v = a_vessel(r, lg)
    d = (
        some_day(rng)
        if not after(("landing_declaration",))
        else last_day(rng, ("landing_declaration",), (1, 4))
    )
    trip_from = d - timedelta(days=rng.randint(0, 6))
    n = rng.randint(3, 14)
    codes = [rng.choice(LANDED[lg]) for _ in range(n)]
    lots = [a_lot(rng, lg, c) for c in codes]
    p = Page(s.page_size)
    authority = {
        "en": "Marine Management Organisation",
        "de": "Bundesanstalt für Landwirtschaft und Ernährung",
        "fr": "Direction des pêches maritimes et de l'aquaculture",
    }[lg]
    p.text(m, m, authority, s.font, 8)
    title = tr(lg, "EU / UK LANDING DECLARATION", "ANLANDEERKLÄRUNG", "DÉCLARATION DE DÉBARQUEMENT")
    p.text(m, m + 18, title, s.bold, 14)
    p.text(w - m, m, tr(lg, "Form LD1", "Vordruck BLE-AE", "Cerfa 11435"), s.font, 7, "right")
    p.text(
        w - m,
        m + 18,
        tr(lg, "First buyer copy", "Ausfertigung Erstkäufer", "Exemplaire premier acheteur"),
        s.bold,
        8,
        "right",
    )
    y = m + 36
    y = band(
        p, s, y, tr(lg, "1  Vessel and trip", "1  Fahrzeug und Fangreise", "1  Navire et marée")
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Vessel name", "Name des Fahrzeugs", "Nom du navire"), v.name),
            (tr(lg, "PLN / port letters and no.", "Kennzeichen", "Immatriculation"), v.pln),
            (tr(lg, "CFR number", "CFR-Nummer", "N° CFR"), v.cfr),
            (tr(lg, "Call sign", "Rufzeichen", "Indicatif"), v.ircs),
            (tr(lg, "Master", "Kapitän", "Patron"), v.master),
            (
                tr(lg, "Gear / mesh mm", "Fanggerät / Maschenöffnung", "Engin / maillage"),
                f"{v.gear} / {rng.choice([80, 90, 100, 120])}",
            ),
            (
                tr(lg, "Departure (date, port)", "Auslaufen (Datum, Hafen)", "Départ (date, port)"),
                f"{short(trip_from, lg)}  {town_name(h.town)}",
            ),
            (
                tr(
                    lg,
                    "Landing (date, time, port)",
                    "Anlandung (Datum, Uhrzeit, Hafen)",
                    "Débarquement (date, heure, port)",
                ),
                f"{short(d, lg)} {hhmm(rng, 1, 6)}  {town_name(office_head().town)}",
            ),
        ],
        per=2,
        tall=25,
    )
    y = band(p, s, y, tr(lg, "2  Catch landed", "2  Angelandete Fänge", "2  Captures débarquées"))
    y += 10
    cw = [0.9, 2.6, 1.0, 1.0, 0.9, 0.8, 1.1]
    heads = [
        "FAO",
        tr(lg, "Species", "Art", "Espèce"),
        tr(lg, "ICES area", "ICES-Gebiet", "Zone CIEM"),
        tr(lg, "Rectangle", "Rechteck", "Rectangle"),
        tr(lg, "Pres.", "Aufm.", "Prés."),
        tr(lg, "State", "Zustand", "État"),
        tr(lg, "Live kg", "kg Lebendgew.", "kg vif"),
    ]
    cols = columns(m, w - m, [(c, "left") for c in cw])
    first = lots[:16]
    rest = lots[16:]

    def grid(pg: Page, y0: float, part: list[Lot], blank: int) -> float:
        for c, t in zip(cols, heads, strict=True):
            pg.text(c[0] + 2, y0, fit(t, s.bold, 7, c[1] - c[0] - 3), s.bold, 7)
        y1 = y0 + 6
        total = len(part) + blank
        for c in cols:
            pg.line(c[0] - 2, y1 - 14, c[0] - 2, y1 + total * 15)
        pg.line(w - m + 2, y1 - 14, w - m + 2, y1 + total * 15)
        for k in range(total + 1):
            pg.line(m - 2, y1 + k * 15, w - m + 2, y1 + k * 15)
        for k, lot in enumerate(part):
            yy = y1 + k * 15 + 11
            vals = [
                lot.fish.code,
                fish_name(lot.fish, lg),
                lot.area,
                f"{rng.randint(25, 32)}E{rng.randint(1, 9)}",
                lot.pres,
                "FRE",
                kg(lot.kilos * (1.18 if lot.pres == "GUT" else 1.0), lg, 0),
            ]
            for c, t in zip(cols, vals, strict=True):
                pg.text(c[0] + 3, yy, fit(t, HAND, 8.5, c[1] - c[0] - 4), HAND, 8.5)
        return y1 + total * 15 + 14

    y = grid(p, y, first, max(0, 16 - len(first)) if not rest else 0)
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Landed into auction", "Anlandung zur Auktion", "Vente en criée"),
            tr(lg, "Sold direct to first buyer", "Direktverkauf an Erstkäufer", "Vente directe"),
            tr(lg, "Transported before sale", "Transport vor Erstverkauf", "Transport avant vente"),
        ],
        {rng.choice([0, 1, 1])},
    )
    y += 6
    p.text(
        m,
        y,
        tr(
            lg,
            "I declare that the information above is correct.",
            "Ich versichere die Richtigkeit der Angaben.",
            "Je certifie exactes les informations ci-dessus.",
        ),
        s.font,
        8,
    )
    y += 30
    p.line(m, y, m + 180, y)
    scrawl(p, m + 6, y - 4, v.master)
    p.text(
        m,
        y + 10,
        tr(lg, "Signature of master", "Unterschrift Kapitän", "Signature du patron"),
        s.font,
        7,
    )
    p.line(w - m - 160, y, w - m, y)
    hand(p, w - m - 150, y - 4, short(d, lg))
    p.text(w - m - 160, y + 10, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    pages = [p]
    if rest:
        q = Page(s.page_size)
        q.text(
            m,
            m,
            tr(
                lg,
                "LANDING DECLARATION - continuation sheet",
                "ANLANDEERKLÄRUNG - Fortsetzungsblatt",
                "DÉCLARATION DE DÉBARQUEMENT - feuillet suite",
            ),
            s.bold,
            11,
        )
        q.text(m, m + 16, f"{v.name}  {v.pln}  {short(d, lg)}", HAND, 9)
        grid(q, m + 40, rest, rng.randint(2, 8))
        pages.append(q)
    if keyed(who, "stamp").random() < 0.4:
        stamp(
            p,
            w - m - 160,
            hh - 150,
            [tr(lg, "CHECKED", "GEPRÜFT", "CONTRÔLÉ"), short(d + timedelta(days=1), lg)],
        )
    remember(d, Landing(v, d, lots))
    return pages


def town_name(town: str) -> str:
    """``town`` without its postcode ("Brixham TQ5 8AW" -> "Brixham", "27472 Cuxhaven" ->
    "Cuxhaven")."""
    parts = town.split()
    if parts and parts[0].isdigit():
        return " ".join(parts[1:])
    out = []
    for t in parts:
        if any(c.isdigit() for c in t):
            break
        out.append(t)
    return " ".join(out) or town


DEST = {
    "en": ("France", "Boulogne-sur-Mer"),
    "de": ("United Kingdom", "Grimsby"),
    "fr": ("United Kingdom", "Grimsby"),
}


def cc_number(rng: random.Random, lang: str, d: date) -> str:
    if lang == "en":
        return f"GBR-{d.year}-CC-{serial(rng, 'A9A99A9A9')}"
    if lang == "de":
        return f"DE-{d.year}-{serial(rng, '999999')}"
    return f"FR-{serial(rng, '99')}-{d.year}-{serial(rng, '99999')}"


def bi(lang: str, en: str, de: str, fr: str) -> str:
    """A form caption in the issuer's language with the English under it, as the model
    certificates print them."""
    own = tr(lang, en, de, fr)
    return own if lang == "en" else f"{own} / {en}"


def tpl_catch_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A catch certificate for fish crossing the Channel, validated by the flag state: the
    numbered sections on two pages (vessel, products, conservation measures, master,
    transhipment, exporter, validation stamp) and the transport details on an appendix page;
    the certificate number and page on every page; from abroad now and then with the
    exporter's covering letter before it."""
    follows = after(("landing_declaration",)) and isinstance(LAST["extra"], Landing)
    r = keyed(who, "cc")
    lg = (
        home()
        if follows or r.random() < 0.55
        else r.choice([x for x in ("en", "de", "fr") if x != home()])
    )
    auth = make_head(r.choice(SENDERS["authority"][lg]), lg, "authority")
    land = landing_for(rng, ("landing_declaration",), lg)
    if not follows:
        land.vessel = a_vessel(r, lg)
    v = land.vessel
    d = land.day + timedelta(days=rng.randint(0, 2))
    no = cc_number(rng, lg, d)
    land.ref = no
    s = style_of(auth, A4, margin=40, pt=8)
    w, hh = s.page_size
    m = s.margin
    exporting = lg == home()
    exporter = office_head() if exporting else make_head(r.choice(MERCHANTS[lg]), lg, "merchant")
    abroad = r.choice([x for x in ("en", "de", "fr") if x != lg])
    importer = (
        make_head(r.choice(SENDERS["customer"][abroad]), abroad, "customer")
        if exporting
        else office_head()
    )
    pages: list[Page] = []
    if not exporting and r.random() < 0.5:
        s2 = style_of(exporter, A4)
        f = sheets(s2, exporter)
        recipient(
            f,
            s2,
            exporter,
            office_lines(),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "99999"))],
        )
        caption(
            f,
            s2,
            tr(
                lg,
                f"Catch certificate {no}",
                f"Fangbescheinigung {no}",
                f"Certificat de capture {no}",
            ),
            0.5,
        )
        f.page.text(s2.margin, f.y, dear(lg, None), s2.font, s2.size)
        f.y += s2.size * 2
        write(
            f,
            s2,
            tr(
                lg,
                "Please find enclosed the validated catch certificate for the consignment "
                "shipped on "
                f"{day(exporter, d)} ({len(land.lots)} species, vessel {v.name} {v.pln}). The "
                "original "
                "travels with the lorry; this copy is for your records and for your import "
                "declaration.",
                "anbei erhalten Sie die validierte Fangbescheinigung zur Sendung vom "
                f"{day(exporter, d)} "
                f"({len(land.lots)} Arten, Fahrzeug {v.name} {v.pln}). Das Original begleitet die "
                "Sendung; diese Kopie ist für Ihre Unterlagen und die Einfuhranmeldung bestimmt.",
                f"Veuillez trouver ci-joint le certificat de capture validé pour l'envoi du "
                f"{day(exporter, d)} ({len(land.lots)} espèces, navire {v.name} {v.pln}). "
                "L'original "
                "accompagne le camion ; cette copie est destinée à votre dossier de dédouanement.",
            ),
        )
        write(f, s2, prose(rng, lg, "fish", 1, 2))
        regards(
            f,
            s2,
            lg,
            staff(exporter, "export"),
            tr(lg, "Export office", "Exportabteilung", "Service export"),
        )
        pages.extend(close(f.pages, s2, exporter, numbers="none"))

    def frame(pg: Page, k: int, n: int) -> float:
        pg.text(
            m,
            m - 6,
            bi(lg, "CATCH CERTIFICATE", "FANGBESCHEINIGUNG", "CERTIFICAT DE CAPTURE"),
            s.bold,
            11,
        )
        pg.text(w - m, m - 6, f"{k}/{n}", s.font, 8, "right")
        pg.text(
            m,
            m + 6,
            f"{bi(lg, 'Document number', 'Dokumentennummer', 'Numéro du document')}: {no}",
            s.font,
            7.5,
        )
        pg.line(m, m + 11, w - m, m + 11)
        return m + 28

    p1 = Page(s.page_size)
    y = frame(p1, 1, 3)
    y = fields(
        p1,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                bi(
                    lg,
                    "1. Validating authority",
                    "1. Validierende Behörde",
                    "1. Autorité de validation",
                ),
                auth.name,
            ),
            (
                bi(lg, "Address / Tel.", "Anschrift / Tel.", "Adresse / Tél."),
                f"{auth.street}, {town_name(auth.town)}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(
        p1, s, y, bi(lg, "2. Fishing vessel", "2. Fischereifahrzeug", "2. Navire de pêche"), 0.86
    )
    y = fields(
        p1,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (bi(lg, "Fishing vessel name", "Name", "Nom du navire"), v.name),
            (
                bi(
                    lg,
                    "Flag - home port and registration number",
                    "Flagge - Heimathafen, Kennzeichen",
                    "Pavillon - port d'attache et immatriculation",
                ),
                f"{FLAG[lg]} - {v.pln}",
            ),
            (bi(lg, "Call sign", "Rufzeichen", "Indicatif d'appel"), v.ircs),
            (
                bi(lg, "IMO / Lloyd's number (if issued)", "IMO-Nummer", "N° OMI (le cas échéant)"),
                "-" if v.length < 24 else serial(rng, "9999999"),
            ),
            (
                bi(
                    lg,
                    "Fishing licence no. - valid to",
                    "Fanglizenz - gültig bis",
                    "Licence de pêche - validité",
                ),
                f"{serial(rng, '99999')} - 31/12/{d.year}",
            ),
            (
                bi(
                    lg,
                    "Inmarsat / telefax / e-mail",
                    "Inmarsat / Fax / E-Mail",
                    "Inmarsat / fax / courriel",
                ),
                "-",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(
        p1,
        s,
        y,
        bi(
            lg,
            "3. Description of product",
            "3. Beschreibung des Erzeugnisses",
            "3. Description du produit",
        ),
        0.86,
    )
    y += 12
    cols = columns(
        m,
        w - m,
        [
            (2.2, "left"),
            (1.0, "left"),
            (1.1, "left"),
            (1.0, "right"),
            (1.0, "right"),
            (1.0, "right"),
        ],
    )
    rows = []
    for lot in land.lots[:10]:
        live = lot.kilos * (1.18 if lot.pres == "GUT" else 1.0)
        rows.append(
            [
                f"{fish_name(lot.fish, 'en')} ({lot.fish.code})",
                serial(rng, "0302 99"),
                f"{short(land.day - timedelta(days=rng.randint(0, 4)), lg)}",
                kg(live, lg, 0),
                kg(lot.kilos, lg, 0),
                kg(lot.kilos * rng.uniform(0.93, 1.0), lg, 0),
            ]
        )
    flow = Sheets(s.page_size, hh - m, lambda pg, n: m)
    flow.page = p1
    flow.pages = [p1]
    flow.y = y
    table(
        flow,
        cols,
        [
            bi(lg, "Species", "Art", "Espèce"),
            bi(lg, "Code", "Code", "Code"),
            bi(lg, "Catch dates", "Fangzeit", "Dates"),
            bi(lg, "Live kg", "Lebendgewicht", "Poids vif"),
            bi(lg, "Est. landed kg", "Angelandet", "Débarqué"),
            bi(lg, "Verified kg", "Geprüft", "Vérifié"),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
        step=1.9,
    )
    y = flow.y + 10
    y = band(
        p1,
        s,
        y,
        bi(
            lg,
            "4. Applicable conservation and management measures",
            "4. Geltende Erhaltungs- und Bewirtschaftungsmaßnahmen",
            "4. Mesures de conservation et de gestion applicables",
        ),
        0.86,
    )
    y = text_lines(
        p1,
        s,
        m + 4,
        y + 8,
        w - 2 * m - 8,
        tr(
            lg,
            "Regulation (EU) 2019/1241 technical measures; TAC and quota area "
            f"{land.lots[0].area}; "
            "Fisheries Act 2020 licence conditions.",
            f"VO (EU) 2019/1241 technische Maßnahmen; TAC/Quote Gebiet {land.lots[0].area}; "
            "Seefischereigesetz.",
            "Règlement (UE) 2019/1241 mesures techniques ; TAC et quotas zone "
            f"{land.lots[0].area} ; "
            "Code rural et de la pêche maritime.",
        ),
        7.5,
    )
    y = band(
        p1,
        s,
        y + 2,
        bi(
            lg,
            "5. Name of master - signature - seal",
            "5. Kapitän - Unterschrift - Siegel",
            "5. Nom du capitaine - signature - cachet",
        ),
        0.86,
    )
    p1.text(m + 4, y + 14, v.master, HAND, 9.5)
    scrawl(p1, m + 200, y + 16, v.master)
    pages.append(p1)
    p2 = Page(s.page_size)
    y = frame(p2, 2, 3)
    y = band(
        p2,
        s,
        y,
        bi(
            lg,
            "6. Declaration of transhipment at sea",
            "6. Erklärung über Umladungen auf See",
            "6. Déclaration de transbordement en mer",
        ),
        0.86,
    )
    p2.text(m + 4, y + 14, tr(lg, "Not applicable", "Entfällt", "Néant"), HAND, 9.5)
    y += 30
    y = band(
        p2,
        s,
        y,
        bi(
            lg,
            "7. Transhipment authorisation within a port area",
            "7. Genehmigung der Umladung im Hafen",
            "7. Autorisation de transbordement dans un port",
        ),
        0.86,
    )
    p2.text(m + 4, y + 14, "-", HAND, 9.5)
    y += 30
    y = band(
        p2,
        s,
        y,
        bi(
            lg,
            "8. Name and address of exporter - signature - seal",
            "8. Ausführer - Unterschrift - Siegel",
            "8. Exportateur - signature - cachet",
        ),
        0.86,
    )
    yy = y + 14
    for t in (exporter.name, exporter.street, exporter.town):
        p2.text(m + 4, yy, t, s.font, 8.5)
        yy += 11
    scrawl(p2, w / 2 + 20, y + 30, staff(exporter, "export"))
    p2.text(w / 2 + 20, y + 44, short(d, lg), HAND, 9)
    y = yy + 18
    y = band(
        p2,
        s,
        y,
        bi(
            lg,
            "9. Flag state authority validation",
            "9. Validierung durch die Behörde des Flaggenstaats",
            "9. Validation par l'autorité de l'État du pavillon",
        ),
        0.86,
    )
    y = fields(
        p2,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (bi(lg, "Name / title", "Name / Funktion", "Nom / titre"), staff(auth, "officer")),
            (bi(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=26,
    )
    seal(
        p2,
        m + 110,
        y + 50,
        40,
        auth.name.split(" - ")[0].upper(),
        tr(lg, "VALIDATED", "VALIDIERT", "VALIDÉ"),
    )
    scrawl(p2, w / 2 + 30, y + 60, staff(auth, "officer"))
    y += 110
    y = band(p2, s, y, bi(lg, "10. Importer", "10. Einführer", "10. Importateur"), 0.86)
    yy = y + 14
    for t in (importer.name, importer.street, importer.town):
        p2.text(m + 4, yy, t, s.font, 8.5)
        yy += 11
    pages.append(p2)
    p3 = Page(s.page_size)
    y = frame(p3, 3, 3)
    p3.text(
        m,
        y,
        bi(
            lg,
            "APPENDIX - TRANSPORT DETAILS",
            "ANHANG - TRANSPORTANGABEN",
            "APPENDICE - INFORMATIONS RELATIVES AU TRANSPORT",
        ),
        s.bold,
        10,
    )
    y += 20
    country, place = (
        DEST[lg]
        if exporting
        else (tr(home(), "United Kingdom", "Deutschland", "France"), town_name(office_head().town))
    )
    hl = make_head(keyed(who, "haul").choice(SENDERS["haulier"][lg]), lg, "haulier")
    y = fields(
        p3,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                bi(lg, "Country of exportation", "Ausfuhrland", "Pays d'exportation"),
                tr(lg, "United Kingdom", "Deutschland", "France"),
            ),
            (
                bi(lg, "Port / place of departure", "Abgangsort", "Lieu de départ"),
                town_name(exporter.town),
            ),
            (bi(lg, "Destination", "Bestimmung", "Destination"), f"{place}, {country}"),
            (
                bi(
                    lg,
                    "Vessel name and flag / flight no. / lorry registration",
                    "Fahrzeug / Kennzeichen",
                    "Navire / vol / immatriculation du camion",
                ),
                serial(rng, {"en": "AA99 AAA", "de": "CUX-AA 999", "fr": "AA-999-AA"}[lg]),
            ),
            (
                bi(
                    lg,
                    "Transport document number",
                    "Beförderungspapier Nr.",
                    "N° du document de transport",
                ),
                f"CMR {serial(rng, '9999999')}",
            ),
            (bi(lg, "Container numbers", "Container-Nr.", "N° de conteneur"), "-"),
            (bi(lg, "Carrier", "Frachtführer", "Transporteur"), hl.name),
            (bi(lg, "Date of departure", "Abfahrtsdatum", "Date de départ"), short(d, lg)),
        ],
        per=2,
        tall=28,
    )
    y += 14
    p3.text(
        m,
        y,
        bi(lg, "Exporter signature", "Unterschrift des Ausführers", "Signature de l'exportateur"),
        s.font,
        8,
    )
    scrawl(p3, m + 170, y + 2, staff(exporter, "export"))
    pages.append(p3)
    remember(d, land)
    return pages


def text_lines(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + 4


def tpl_processing_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The merchant's processing statement for fillets cut from certified catches (Annex IV):
    the catch certificates used, the catch processed and the product, the plant and its
    approval number, the competent authority's endorsement and stamp. One page."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    x = LAST["extra"]
    land = x if after(("catch_certificate",)) and isinstance(x, Landing) else None
    d = last_day(rng, ("catch_certificate",), (1, 5))
    if land is None:
        land = landing_for(rng, (), lg)
        land.ref = cc_number(rng, lg, land.day)
    p = Page(s.page_size)
    y = heading(p, s, h)
    p.text(
        w / 2,
        y,
        tr(lg, "PROCESSING STATEMENT", "VERARBEITUNGSERKLÄRUNG", "DÉCLARATION DE TRANSFORMATION"),
        s.bold,
        13,
        "center",
    )
    y += 14
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "(Annex IV to Regulation (EC) No 1005/2008)",
            "(Anhang IV der Verordnung (EG) Nr. 1005/2008)",
            "(Annexe IV du règlement (CE) n° 1005/2008)",
        ),
        s.font,
        7.5,
        "center",
    )
    y += 22
    y = text_lines(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I confirm that the processed fishery products described below were obtained from "
            "catches "
            "imported under the following catch certificate(s):",
            "Ich bestätige, dass die nachstehend beschriebenen verarbeiteten Fischereierzeugnisse "
            "aus "
            "Fängen gewonnen wurden, die mit folgenden Fangbescheinigungen eingeführt wurden:",
            "Je confirme que les produits de la pêche transformés décrits ci-dessous ont été "
            "obtenus à "
            "partir de captures importées sous couvert du ou des certificats de capture suivants :",
        ),
        8.5,
    )
    y += 6
    cols = columns(
        m,
        w - m,
        [
            (2.0, "left"),
            (1.4, "left"),
            (1.0, "left"),
            (1.6, "left"),
            (1.0, "right"),
            (1.0, "right"),
            (1.6, "left"),
            (1.0, "right"),
        ],
    )
    hd = [
        tr(lg, "Catch cert. no.", "Fangbesch.-Nr.", "N° certificat"),
        tr(lg, "Vessel / flag", "Schiff / Flagge", "Navire / pavillon"),
        tr(lg, "Validated", "Validiert", "Validé le"),
        tr(lg, "Catch", "Fang", "Capture"),
        tr(lg, "Landed kg", "angel. kg", "kg débarq."),
        tr(lg, "Processed kg", "verarb. kg", "kg transf."),
        tr(lg, "Product", "Erzeugnis", "Produit"),
        tr(lg, "Product kg", "Erz. kg", "kg produit"),
    ]
    for c, t in zip(cols, hd, strict=True):
        p.text(c[0], y, fit(t, s.bold, 6.5, c[1] - c[0] - 2), s.bold, 6.5)
    y += 5
    p.line(m, y, w - m, y)
    y += 12
    lots = [lt for lt in land.lots if lt.pres == "GUT"] or land.lots[:2]
    for lot in lots[:6]:
        used = lot.kilos * rng.uniform(0.4, 1.0)
        prod = used * rng.uniform(0.38, 0.5)
        vals = [
            land.ref,
            f"{land.vessel.name} / {FLAG[land.vessel.lang]}",
            short(land.day, lg),
            fish_name(lot.fish, lg),
            kg(lot.kilos, lg, 0),
            kg(used, lg, 0),
            tr(
                lg,
                f"{lot.fish.en} fillets, skin on",
                f"{lot.fish.de}filet mit Haut",
                f"Filets de {lot.fish.fr.lower()} avec peau",
            ),
            kg(prod, lg, 0),
        ]
        for c, t in zip(cols, vals, strict=True):
            p.text(c[0], y, fit(t, s.font, 7.5, c[1] - c[0] - 2), s.font, 7.5)
        y += 13
    y += 10
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
                    "Name and address of the processing plant",
                    "Name und Anschrift des Verarbeitungsbetriebs",
                    "Nom et adresse de l'établissement",
                ),
                f"{h.name}, {h.street}, {h.town}",
            ),
            (
                tr(lg, "Approval number", "Zulassungsnummer", "N° d'agrément"),
                approval(),
            ),
            (
                tr(
                    lg,
                    "Health certificate no. and date",
                    "Nr. und Datum der Genusstauglichkeitsbescheinigung",
                    "N° et date du certificat sanitaire",
                ),
                f"{serial(rng, 'AA-9999-99999')} {short(d, lg)}",
            ),
            (
                tr(
                    lg,
                    "Responsible person - signature - date",
                    "Verantwortlicher - Unterschrift - Datum",
                    "Responsable - signature - date",
                ),
                f"{staff(h, 'boss')}  {short(d, lg)}",
            ),
        ],
        per=1,
        tall=26,
        hand=False,
    )
    scrawl(p, w / 2 + 40, y - 16, staff(h, "boss"))
    y = band(
        p,
        s,
        y + 4,
        tr(
            lg,
            "Endorsement by the competent authority",
            "Bestätigung durch die zuständige Behörde",
            "Visa de l'autorité compétente",
        ),
        0.86,
    )
    auth = make_head(keyed(who, "auth").choice(SENDERS["authority"][lg]), lg, "authority")
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Public authority", "Behörde", "Autorité"), auth.name),
            (
                tr(
                    lg,
                    "Official - signature - date",
                    "Bediensteter - Unterschrift - Datum",
                    "Agent - signature - date",
                ),
                f"{staff(auth, 'officer')}  {short(d + timedelta(days=1), lg)}",
            ),
        ],
        per=1,
        tall=26,
    )
    seal(
        p,
        w - m - 60,
        y + 40,
        36,
        auth.name.split(" - ")[0].upper(),
        tr(lg, "ENDORSED", "BESTÄTIGT", "VISÉ"),
    )
    remember(d, land)
    return close([p], s, h, numbers="none")


def tpl_export_health_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """An export health certificate for fishery products from the port veterinary or port
    health officer: Part I (consignor, consignee, authorities, transport, temperature ticks,
    the commodity table) and Part II (the numbered attestations, the official's signature and
    stamp), the certificate reference and 'Page i of n' in a box on every page; now and then
    the office's covering letter with the fee before it."""
    h = port_head("vet")
    lg = h.lang
    s = style_of(h, A4, margin=38, pt=8)
    w, hh = s.page_size
    m = s.margin
    x = LAST["extra"]
    land = (
        x
        if after(("catch_certificate", "processing_statement")) and isinstance(x, Landing)
        else landing_for(rng, (), lg)
    )
    d = last_day(rng, ("catch_certificate", "processing_statement"), (0, 2))
    ref = {
        "en": f"GBHC{serial(rng, '999')}/{d.year}/{serial(rng, '9999999')}",
        "de": f"DE-{serial(rng, '99999')}-{d.year}-{serial(rng, '9999')}",
        "fr": f"FR-{d.year}-{serial(rng, 'AA9999999')}",
    }[lg]
    office = office_head()
    abroad = keyed(who, "dest").choice([x_ for x_ in ("en", "de", "fr") if x_ != lg])
    cons = make_head(keyed(who, "cons").choice(SENDERS["customer"][abroad]), abroad, "customer")
    country = tr(lg, "UNITED KINGDOM", "DEUTSCHLAND", "FRANCE")
    pages: list[Page] = []
    if keyed(who, "cover").random() < 0.45:
        s2 = style_of(h, A4)
        f = sheets(s2, h)
        recipient(
            f,
            s2,
            h,
            office_lines(),
            d,
            [(tr(lg, "Our ref", "Aktenzeichen", "N/Réf."), serial(rng, "EHC/9999"))],
        )
        caption(
            f,
            s2,
            tr(
                lg,
                f"Export health certificate {ref}",
                f"Ausfuhrzeugnis {ref}",
                f"Certificat sanitaire {ref}",
            ),
            0.5,
        )
        f.page.text(s2.margin, f.y, dear(lg, None), s2.font, s2.size)
        f.y += s2.size * 2
        fee = {
            "en": rng.choice([98.0, 131.0, 146.5]),
            "de": rng.choice([46.0, 62.5, 85.0]),
            "fr": rng.choice([0.0, 0.0, 45.0]),
        }[lg]
        write(
            f,
            s2,
            tr(
                lg,
                f"Following the inspection of the consignment at your premises on {day(h, d)}, "
                "the export "
                f"health certificate has been signed and is enclosed. The certification fee of "
                f"{cash(fee, lg)} will be invoiced separately. Please make sure the original "
                "travels with "
                "the goods and that the seal number matches the certificate.",
                f"nach der Kontrolle der Sendung in Ihrem Betrieb am {day(h, d)} übersenden wir "
                "Ihnen "
                f"anliegend das unterzeichnete Zeugnis. Die Verwaltungsgebühr von {cash(fee, lg)} "
                "wird "
                "mit gesondertem Gebührenbescheid erhoben. Das Original muss die Sendung "
                "begleiten.",
                f"À la suite du contrôle de l'envoi dans votre établissement le {day(h, d)}, nous "
                "vous "
                "adressons ci-joint le certificat sanitaire signé. L'original doit accompagner la "
                "marchandise jusqu'au poste de contrôle frontalier.",
            ),
        )
        regards(
            f,
            s2,
            lg,
            staff(h, "officer"),
            tr(
                lg,
                "Port Health Officer",
                "Amtstierarzt/-ärztin",
                "Inspecteur en chef de santé publique vétérinaire",
            ),
        )
        pages.extend(f.pages)
    body: list[Page] = []

    def frame(pg: Page, k: int) -> float:
        pg.rect(m, m - 16, w - 2 * m, 22)
        pg.text(
            m + 4,
            m - 1,
            fit(
                f"{country} - "
                + tr(
                    lg,
                    "Fishery products intended for human consumption",
                    "Fischereierzeugnisse für den menschlichen Verzehr",
                    "Produits de la pêche destinés à la consommation humaine",
                ),
                s.bold,
                8,
                w * 0.55,
            ),
            s.bold,
            8,
        )
        del k
        return m + 24

    p = Page(s.page_size)
    y = frame(p, 1)
    p.rect(m - 14, y - 8, 12, 200, fill=0.85)
    p.text(m - 8, y + 40, "I", s.bold, 9, "center")
    y = fields(
        p,
        s,
        m,
        y - 8,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "I.1 Consignor / exporter",
                    "I.1 Absender / Ausführer",
                    "I.1 Expéditeur / exportateur",
                ),
                f"{office.name}, {office.town}",
            ),
            (tr(lg, "I.2 Certificate reference", "I.2 Bezugsnummer", "I.2 N° de référence"), ref),
            (
                tr(
                    lg,
                    "I.3 Central competent authority",
                    "I.3 Zuständige oberste Behörde",
                    "I.3 Autorité centrale compétente",
                ),
                {"en": "Defra / APHA", "de": "BMEL", "fr": "DGAL"}[lg],
            ),
            (
                tr(
                    lg,
                    "I.4 Local competent authority",
                    "I.4 Zuständige örtliche Behörde",
                    "I.4 Autorité locale compétente",
                ),
                h.name.split(" - ")[0],
            ),
            (
                tr(
                    lg,
                    "I.5 Consignee / importer",
                    "I.5 Empfänger / Einführer",
                    "I.5 Destinataire / importateur",
                ),
                f"{cons.name}, {cons.town}",
            ),
            (
                tr(lg, "I.7 Country of origin", "I.7 Ursprungsland", "I.7 Pays d'origine"),
                f"{country} ({FLAG[lg][:2]})",
            ),
            (
                tr(
                    lg,
                    "I.11 Place of dispatch (approval no.)",
                    "I.11 Versandort (Zulassungsnr.)",
                    "I.11 Lieu d'expédition (n° agrément)",
                ),
                town_name(office.town),
            ),
            (
                tr(
                    lg,
                    "I.14 Date and time of departure",
                    "I.14 Datum und Uhrzeit des Abtransports",
                    "I.14 Date et heure du départ",
                ),
                f"{short(d, lg)} {hhmm(rng, 14, 22)}",
            ),
            (
                tr(
                    lg, "I.15 Means of transport", "I.15 Transportmittel", "I.15 Moyen de transport"
                ),
                tr(lg, "Road vehicle", "Straßenfahrzeug", "Véhicule routier")
                + " "
                + serial(rng, {"en": "AA99 AAA", "de": "CUX-AA 999", "fr": "AA-999-AA"}[lg]),
            ),
            (
                tr(
                    lg,
                    "I.16 Entry border control post",
                    "I.16 Grenzkontrollstelle",
                    "I.16 Poste de contrôle frontalier",
                ),
                {"en": "FR BOL 4", "de": "GB GRI 1", "fr": "GB DVR 1"}[lg],
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(
                lg,
                "I.21 Temperature: Ambient",
                "I.21 Temperatur: Umgebung",
                "I.21 Température : ambiante",
            ),
            tr(lg, "Chilled", "Gekühlt", "Réfrigérée"),
            tr(lg, "Frozen", "Gefroren", "Congelée"),
        ],
        {1},
    )
    y = ticks(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            tr(
                lg,
                "I.27 For human consumption",
                "I.27 Für den menschlichen Verzehr",
                "I.27 Consommation humaine",
            ),
            tr(lg, "Further processing", "Weitere Verarbeitung", "Transformation ultérieure"),
        ],
        {0},
    )
    y += 6
    p.text(
        m,
        y,
        tr(
            lg,
            "I.28 Identification of the commodities",
            "I.28 Beschreibung der Waren",
            "I.28 Identification des marchandises",
        ),
        s.bold,
        8,
    )
    y += 14
    cols = columns(
        m,
        w - m,
        [
            (2.2, "left"),
            (1.4, "left"),
            (1.0, "left"),
            (1.3, "left"),
            (0.8, "right"),
            (1.0, "right"),
        ],
    )
    flow = Sheets(s.page_size, hh - m - 20, lambda pg, k: frame(pg, k) + 10)
    flow.page, flow.pages, flow.y = p, [p], y
    rows = [
        [
            f"{lot.fish.latin}",
            serial(rng, "0302 99 00"),
            tr(lg, "Chilled", "Gekühlt", "Réfrigéré"),
            pres_name(lot.pres, lg),
            str(lot.boxes),
            kg(lot.kilos, lg),
        ]
        for lot in land.lots
    ]
    table(
        flow,
        cols,
        [
            tr(lg, "Species", "Art", "Espèce"),
            tr(lg, "CN code", "KN-Code", "Code NC"),
            tr(lg, "Treatment", "Behandlung", "Traitement"),
            tr(lg, "Type", "Art der Ware", "Nature"),
            tr(lg, "Packages", "Packstücke", "Colis"),
            tr(lg, "Net weight kg", "Nettogewicht kg", "Poids net kg"),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
        step=1.8,
    )
    body.extend(flow.pages)
    q = Page(s.page_size)
    y = frame(q, len(body) + 1)
    q.rect(m - 14, y - 8, 12, 300, fill=0.85)
    q.text(m - 8, y + 40, "II", s.bold, 9, "center")
    q.text(
        m,
        y,
        tr(
            lg,
            "Part II: Certification - Public health attestation",
            "Teil II: Bescheinigung - Gesundheitsbescheinigung",
            "Partie II : Certification - Attestation de santé publique",
        ),
        s.bold,
        9,
    )
    y += 16
    statements = {
        "en": [
            "come from an establishment listed as approved for export and implementing a "
            "programme based on HACCP principles;",
            "have been caught and handled on board vessels, landed, handled and where appropriate "
            "prepared, processed, chilled and stored hygienically;",
            "do not contain substances in quantities that exceed the maximum levels for "
            "contaminants, nor residues above the maximum limits;",
            "have satisfactorily undergone the official controls for freshness indicators, "
            "histamine, parasites and toxins;",
            "have been packaged, stored and transported in accordance with the applicable "
            "requirements and marked with the identification mark;",
        ],
        "de": [
            "stammen aus einem für die Ausfuhr zugelassenen Betrieb, der ein auf den "
            "HACCP-Grundsätzen beruhendes Programm anwendet;",
            "wurden an Bord von Fahrzeugen gefangen und behandelt, angelandet, gegebenenfalls "
            "zubereitet, verarbeitet, gekühlt und hygienisch gelagert;",
            "enthalten keine Stoffe in Mengen, die die Höchstgehalte für Kontaminanten oder "
            "Rückstände überschreiten;",
            "wurden den amtlichen Kontrollen auf Frischemerkmale, Histamin, Parasiten und Toxine "
            "mit befriedigendem Ergebnis unterzogen;",
            "wurden gemäß den geltenden Anforderungen verpackt, gelagert und befördert und mit "
            "dem Identitätskennzeichen versehen;",
        ],
        "fr": [
            "proviennent d'un établissement agréé pour l'exportation appliquant un programme "
            "fondé sur les principes HACCP ;",
            "ont été capturés et manipulés à bord, débarqués, manipulés et, le cas échéant, "
            "préparés, transformés, réfrigérés et entreposés de manière hygiénique ;",
            "ne contiennent pas de substances en quantités dépassant les teneurs maximales en "
            "contaminants ni de résidus au-delà des limites ;",
            "ont été soumis avec des résultats satisfaisants aux contrôles officiels (critères de "
            "fraîcheur, histamine, parasites, toxines) ;",
            "ont été conditionnés, entreposés et transportés conformément aux exigences "
            "applicables et portent la marque d'identification ;",
        ],
    }[lg]
    y = text_lines(
        q,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I, the undersigned official inspector, hereby certify that the fishery products "
            "described in Part I:",
            "Der unterzeichnete amtliche Tierarzt bescheinigt, dass die in Teil I beschriebenen "
            "Fischereierzeugnisse:",
            "Je soussigné, inspecteur officiel, certifie que les produits de la pêche décrits "
            "dans la partie I :",
        ),
        8,
    )
    for k, t in enumerate(statements, 1):
        q.text(m + 4, y, f"II.{k}", s.bold, 8)
        y = text_lines(q, s, m + 30, y, w - 2 * m - 30, t, 8)
    y += 6
    q.text(m, y, tr(lg, "Notes", "Erläuterungen", "Notes"), s.bold, 8)
    y = text_lines(q, s, m, y + 12, w - 2 * m, prose(rng, lg, "hygiene", 1, 2), 7)
    y += 10
    vet_name = staff(h, "officer")
    y = fields(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "Official inspector - name (in capitals)",
                    "Amtlicher Tierarzt - Name (in Großbuchstaben)",
                    "Inspecteur officiel - nom (en capitales)",
                ),
                vet_name.upper(),
            ),
            (
                tr(
                    lg,
                    "Qualification and title",
                    "Qualifikation und Amtsbezeichnung",
                    "Qualité et titre",
                ),
                tr(lg, "Port Health Officer", "Amtstierarzt", "ISPV"),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
        ],
        per=2,
        tall=30,
        hand=False,
    )
    scrawl(q, w / 2 + 20, y - 16, vet_name)
    seal(
        q,
        m + 80,
        y + 48,
        38,
        h.name.split(" - ")[0].upper()[:40],
        tr(lg, "OFFICIAL STAMP", "DIENSTSIEGEL", "CACHET OFFICIEL"),
    )
    body.append(q)
    n = len(body)
    label = tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    for k, pg in enumerate(body, 1):
        ref_no = tr(lg, "Certificate ref.", "Bescheinigung Nr.", "Réf. certificat")
        pg.text(w - m - 4, m - 1, f"{ref_no} {ref}   {label.format(i=k, n=n)}", s.font, 7, "right")
    pages.extend(body)
    received(rng, pages[0], lg, d, 0.2)
    remember(d, land)
    return pages


def tpl_port_health_visit(rng: random.Random, who: Issuer) -> list[Page]:
    """A food hygiene inspection of the shed by the port health / veterinary office: a letter
    with the outcome, then the inspection report form (areas ticked satisfactory or not, the
    findings, the actions required with their dates, the inspector's and the operator's
    signatures), the form sometimes on a continuation page."""
    h = port_head("vet")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    insp = staff(h, "inspector")
    office = office_head()
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {office.name}")
    ref = serial(rng, {"en": "PH/99999", "de": "39-9999/99", "fr": "DDPP-99-9999"}[lg])
    recipient(
        f,
        s,
        h,
        office_lines(
            tr(
                lg,
                "The Food Business Operator",
                "z. Hd. Geschäftsführung",
                "À l'attention du gérant",
            )
        ),
        d + timedelta(days=rng.randint(2, 9)),
        [
            (tr(lg, "Our ref", "Aktenzeichen", "N/Réf."), ref),
            (tr(lg, "Officer", "Sachbearbeiter/in", "Inspecteur"), insp),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Food hygiene inspection on {day(h, d)}",
            f"Lebensmittelrechtliche Betriebskontrolle am {day(h, d)}",
            f"Inspection sanitaire du {day(h, d)}",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    outcome = rng.choice([0, 0, 1, 1, 2])
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your assistance during my visit to {office.street} on {day(h, d)}. "
            "The enclosed "
            "report sets out what I found. "
            + [
                "No action is required at this time.",
                "Please attend to the matters listed under 'Actions required' by the dates shown.",
                "The matters under 'Actions required' are contraventions of food hygiene law and "
                "a revisit will be made.",
            ][outcome],
            f"für Ihre Unterstützung bei der Kontrolle Ihres Betriebes am {day(h, d)} danke ich "
            "Ihnen. Das "
            "Ergebnis entnehmen Sie bitte dem beigefügten Kontrollbericht. "
            + [
                "Es wurden keine Mängel festgestellt.",
                "Bitte beseitigen Sie die aufgeführten Mängel bis zu den genannten Terminen.",
                "Die festgestellten Verstöße werden bei einer Nachkontrolle überprüft; eine "
                "Gebühr wird erhoben.",
            ][outcome],
            f"Je vous remercie de votre accueil lors de l'inspection du {day(h, d)}. Vous "
            "trouverez ci-joint "
            "le rapport d'inspection. "
            + [
                "Aucune suite n'est donnée.",
                "Je vous demande de remédier aux écarts relevés dans les délais indiqués.",
                "Les non-conformités relevées feront l'objet d'une nouvelle visite.",
            ][outcome],
        ),
    )
    write(f, s, prose(rng, lg, "hygiene", 1, 3))
    regards(
        f,
        s,
        lg,
        insp,
        tr(
            lg,
            "Environmental Health Officer",
            "Lebensmittelkontrolleur/in",
            "Inspecteur de santé publique vétérinaire",
        ),
    )
    pages = f.pages
    q = Page(s.page_size)
    y = m
    q.text(
        m,
        y,
        tr(lg, "FOOD HYGIENE INSPECTION REPORT", "KONTROLLBERICHT", "RAPPORT D'INSPECTION"),
        s.bold,
        12,
    )
    q.text(w - m, y, ref, s.font, 8, "right")
    y += 18
    y = fields(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Business", "Betrieb", "Établissement"), office.name),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{office.street}, {town_name(office.town)}",
            ),
            (
                tr(lg, "Activity", "Tätigkeit", "Activité"),
                tr(
                    lg,
                    "Fish wholesale, filleting, dispatch",
                    "Fischgroßhandel, Filetierung, Versand",
                    "Mareyage, filetage, expédition",
                ),
            ),
            (
                tr(lg, "Approval no.", "Zulassungsnr.", "N° d'agrément"),
                approval(),
            ),
            (
                tr(lg, "Date / time of visit", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {hhmm(rng, 6, 11)}",
            ),
            (
                tr(lg, "Type of visit", "Anlass", "Type de visite"),
                rng.choice(
                    [
                        tr(lg, "Programmed", "Routinekontrolle", "Programmée"),
                        tr(lg, "Revisit", "Nachkontrolle", "Contre-visite"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=25,
    )
    areas = {
        "en": [
            "Structure and repair",
            "Cleaning and disinfection",
            "Temperature control (chill 0-2 C)",
            "Ice and water supply",
            "Pest control",
            "HACCP / food safety management",
            "Traceability and labelling",
            "Staff hygiene and training",
            "Waste and by-products",
            "Parasite inspection (candling)",
        ],
        "de": [
            "Bauliche Beschaffenheit",
            "Reinigung und Desinfektion",
            "Kühlung (0-2 °C)",
            "Eis- und Wasserversorgung",
            "Schädlingsbekämpfung",
            "HACCP-Konzept / Eigenkontrollen",
            "Rückverfolgbarkeit, Kennzeichnung",
            "Personalhygiene, Schulung",
            "Abfälle, Nebenprodukte",
            "Nematodenkontrolle (Durchleuchtung)",
        ],
        "fr": [
            "Structure et entretien",
            "Nettoyage et désinfection",
            "Maîtrise des températures (0-2 °C)",
            "Glace et eau",
            "Lutte contre les nuisibles",
            "Plan HACCP / PMS",
            "Traçabilité et étiquetage",
            "Hygiène et formation du personnel",
            "Déchets et sous-produits",
            "Contrôle parasites (mirage)",
        ],
    }[lg]
    cols = columns(
        m, w - m, [(3.0, "left"), (0.7, "center"), (0.7, "center"), (0.7, "center"), (3.2, "left")]
    )
    yy = y + 4
    heads = [
        tr(lg, "Area", "Bereich", "Domaine"),
        tr(lg, "Sat.", "i. O.", "Conf."),
        tr(lg, "Minor", "gering", "Mineur"),
        tr(lg, "Major", "erheblich", "Majeur"),
        tr(lg, "Remarks", "Bemerkungen", "Observations"),
    ]
    for c, t in zip(cols, heads, strict=True):
        q.text(c[0], yy, t, s.bold, 7.5)
    yy += 6
    q.line(m, yy, w - m, yy)
    yy += 13
    bad = rng.sample(
        range(len(areas)), min(len(areas), [0, rng.randint(1, 2), rng.randint(2, 4)][outcome])
    )
    notes = {
        "en": [
            "see below",
            "log gaps",
            "door seal worn",
            "records to be kept",
            "label missing area",
        ],
        "de": [
            "s. u.",
            "Lücken im Protokoll",
            "Türdichtung defekt",
            "Nachweise fehlen",
            "Fanggebiet fehlt",
        ],
        "fr": [
            "voir ci-dessous",
            "relevés incomplets",
            "joint de porte usé",
            "enregistrements absents",
            "zone de capture absente",
        ],
    }[lg]
    for k, a in enumerate(areas):
        q.text(cols[0][0], yy, a, s.font, 8)
        col = 1 if k not in bad else rng.choice([2, 2, 3])
        box(q, (cols[col][0] + cols[col][1]) / 2 - 4, yy, True)
        for c in (1, 2, 3):
            if c != col:
                box(q, (cols[c][0] + cols[c][1]) / 2 - 4, yy, False)
        if k in bad:
            hand(q, cols[4][0], yy, rng.choice(notes), 8.5, cols[4][1] - cols[4][0])
        yy += 15
    yy += 10
    q.text(
        m,
        yy,
        tr(lg, "Actions required", "Festgestellte Mängel / Auflagen", "Mesures demandées"),
        s.bold,
        9,
    )
    yy += 14
    if not bad:
        q.text(m, yy, tr(lg, "None.", "Keine.", "Néant."), HAND, 9)
        yy += 14
    for k, b in enumerate(bad, 1):
        t = f"{k}. {areas[b]}: {words(rng, lg, 'hygiene', rng.randint(8, 14))}"
        for ln in wrap(t, s.font, 8, w - 2 * m - 90):
            q.text(m, yy, ln, s.font, 8)
            yy += 10.5
        q.text(
            w - m,
            yy - 10.5,
            short(d + timedelta(days=rng.choice([7, 14, 28])), lg),
            HAND,
            9,
            "right",
        )
        yy += 4
    rating = {
        "en": f"Food hygiene rating: {[5, 4, 3, 2][min(3, len(bad))]}",
        "de": f"Risikoklasse: {rng.randint(5, 8)}",
        "fr": "Niveau d'hygiène : "
        + ["Très satisfaisant", "Satisfaisant", "A améliorer", "A améliorer"][min(3, len(bad))],
    }[lg]
    pages.append(q)
    cont = yy > hh - 200
    if cont:
        q = Page(s.page_size)
        q.text(m, m, f"{ref} - {tr(lg, 'continued', 'Fortsetzung', 'suite')}", s.font, 8)
        yy = m + 30
        pages.append(q)
    yy += 14
    q.text(m, yy, rating, s.bold, 10)
    yy += 34
    q.line(m, yy, m + 190, yy)
    scrawl(q, m + 10, yy - 4, insp)
    q.text(m, yy + 10, tr(lg, "Inspecting officer", "Kontrolleur/in", "Inspecteur"), s.font, 7)
    q.line(w - m - 190, yy, w - m, yy)
    scrawl(q, w - m - 180, yy - 4, staff(office, "boss"))
    q.text(
        w - m - 190,
        yy + 10,
        tr(lg, "Received by (operator)", "Kenntnisnahme Betrieb", "Reçu par l'exploitant"),
        s.font,
        7,
    )
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )


def tpl_histamine_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory's test report on fish samples (histamine in n = 9 sub-samples against m and
    M, TVB-N, Listeria, E. coli, anisakis), the accreditation mark and the authorised
    signatory; sometimes with a covering letter, now and then with the merchant's sampling form
    copied behind."""
    r = keyed(who, "lab")
    h = make_head(r.choice(SENDERS["lab"][home()]), home(), "lab")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    recv = d - timedelta(days=rng.randint(2, 6))
    office = office_head()
    code = rng.choice(["MAC", "HER", "SQC", "COD", "HKE", "BSS"])
    f0 = BY_CODE[code]
    rep = serial(rng, {"en": "WFL-99-99999", "de": "AR-9999-99999", "fr": "RA99-99999"}[lg])
    pages: list[Page] = []
    if r.random() < 0.35:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            office_lines(tr(lg, "Quality manager", "z. Hd. QS", "Responsable qualité")),
            d,
            [(tr(lg, "Report", "Prüfbericht", "Rapport"), rep)],
        )
        caption(
            f,
            s,
            tr(lg, "Results of analysis", "Untersuchungsergebnisse", "Résultats d'analyses"),
            0.5,
        )
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed our report {rep} on the samples received on "
                f"{day(h, recv)}. All results "
                "are within the limits quoted unless marked otherwise. Our invoice follows by "
                "post.",
                f"anbei erhalten Sie unseren Prüfbericht {rep} zu den am {day(h, recv)} "
                "eingegangenen Proben. "
                "Die Rechnung geht Ihnen gesondert zu.",
                f"Veuillez trouver ci-joint notre rapport {rep} relatif aux échantillons reçus le "
                f"{day(h, recv)}. La facture vous sera adressée séparément.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "manager"),
            tr(lg, "Customer services", "Kundenbetreuung", "Service clients"),
        )
        pages.extend(f.pages)
    f = sheets(s, h, f"{tr(lg, 'Test report', 'Prüfbericht', 'Rapport d essai')} {rep}")
    f.page.text(m, f.y, tr(lg, "TEST REPORT", "PRÜFBERICHT", "RAPPORT D'ESSAI"), s.bold, s.size + 5)
    f.page.rect(w - m - 70, f.y - 16, 70, 30)
    f.page.text(
        w - m - 35, f.y - 3, {"en": "UKAS", "de": "DAkkS", "fr": "COFRAC"}[lg], s.bold, 9, "center"
    )
    f.page.text(w - m - 35, f.y + 8, serial(rng, "9999"), s.font, 7, "center")
    f.y += 26
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Report no.", "Prüfbericht-Nr.", "N° de rapport"), rep),
            (tr(lg, "Customer", "Auftraggeber", "Client"), office.name),
            (
                tr(lg, "Sample description", "Probenbezeichnung", "Description de l'échantillon"),
                f"{fish_name(f0, lg)} ({f0.latin}), {tr(lg, 'chilled', 'gekühlt', 'réfrigéré')}",
            ),
            (
                tr(lg, "Customer reference / lot", "Kundenreferenz / Charge", "Réf. client / lot"),
                f"L{serial(rng, '99999')}",
            ),
            (
                tr(lg, "Received", "Eingang", "Réception"),
                f"{short(recv, lg)}  {rng.choice([2.1, 3.4, 4.0, 1.8])} C",
            ),
            (
                tr(lg, "Analysis period", "Prüfzeitraum", "Période d'analyse"),
                f"{short(recv, lg)} - {short(d, lg)}",
            ),
        ],
        per=2,
        tall=25,
        hand=False,
    )
    cols = columns(
        m,
        w - m,
        [
            (2.4, "left"),
            (1.6, "left"),
            (1.0, "right"),
            (1.0, "right"),
            (1.1, "center"),
            (0.8, "center"),
        ],
    )
    rows = []
    for k in range(1, 10):
        v = rng.uniform(1, 60) if code in ("MAC", "HER") else rng.uniform(0, 8)
        rows.append(
            [
                f"{tr(lg, 'Histamine', 'Histamin', 'Histamine')} "
                f"{tr(lg, 'sub-sample', 'Teilprobe', 'sous-éch.')} {k}",
                "HPLC-FLD",
                "< 5" if v < 5 else kg(v, lg, 0),
                "100 / 200",
                "mg/kg",
                "OK",
            ]
        )
    rows += [
        ["TVB-N", "EN 17084", kg(rng.uniform(12, 30), lg), "35", "mg N/100 g", "OK"],
        [
            "Listeria monocytogenes",
            "ISO 11290-1",
            tr(lg, "Not detected", "n. n.", "Non détecté"),
            "/25 g",
            "",
            "OK",
        ],
        ["E. coli", "ISO 16649-2", "< 10", "-", "cfu/g", "-"],
        [
            tr(
                lg,
                "Anisakis larvae (visual)",
                "Anisakis-Larven (visuell)",
                "Larves d'anisakis (visuel)",
            ),
            tr(lg, "in-house", "Hausmethode", "méthode interne"),
            str(rng.choice([0, 0, 0, 1, 2])),
            "-",
            tr(lg, "per fish", "je Fisch", "par poisson"),
            "-",
        ],
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Method", "Methode", "Méthode"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            "m / M",
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Assessment", "Bew.", "Concl."),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
        step=1.7,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Limits: Regulation (EC) No 2073/2005, n = 9, c = 2. Results relate only to the "
            "samples tested. This report may not be reproduced except in full without the "
            "laboratory's written approval.",
            "Beurteilung nach VO (EG) Nr. 2073/2005, n = 9, c = 2. Die Ergebnisse beziehen sich "
            "ausschließlich auf die untersuchten Proben. Auszugsweise Vervielfältigung nur mit "
            "Genehmigung des Labors.",
            "Critères : règlement (CE) n° 2073/2005, n = 9, c = 2. Les résultats ne concernent "
            "que les échantillons soumis à l'essai. La reproduction partielle est interdite.",
        ),
        s.size - 2,
    )
    f.need(70)
    f.y += 20
    scrawl(f.page, m, f.y, staff(h, "signatory"))
    f.y += 12
    f.page.text(m, f.y, staff(h, "signatory"), s.bold, s.size - 1)
    f.page.text(
        m,
        f.y + 11,
        tr(lg, "Authorised signatory", "Prüfleiter/in", "Responsable technique"),
        s.font,
        s.size - 1.5,
    )
    rep_pages = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    pages.extend(rep_pages)
    if r.random() < 0.3:
        q = Page(A4)
        copier_edge(q, rng)
        so = style_of(office, A4)
        y = heading(q, so, office)
        q.text(
            so.margin,
            y,
            tr(lg, "SAMPLE SUBMISSION FORM", "PROBENBEGLEITSCHEIN", "FICHE DE PRÉLÈVEMENT"),
            so.bold,
            12,
        )
        y = fields(
            q,
            so,
            so.margin,
            y + 16,
            w - 2 * so.margin,
            [
                (tr(lg, "Product", "Produkt", "Produit"), fish_name(f0, lg)),
                (
                    tr(lg, "Lot / date", "Charge / Datum", "Lot / date"),
                    f"L{serial(rng, '99999')} {short(recv, lg)}",
                ),
                (tr(lg, "Sampled by", "Probenehmer", "Prélevé par"), staff(office, "qa")),
                (tr(lg, "No. of samples", "Anzahl Proben", "Nb d'échantillons"), "9"),
                (
                    tr(lg, "Temperature at sampling", "Temperatur", "Température"),
                    f"{rng.choice([0.8, 1.2, 1.9])} C",
                ),
                (
                    tr(lg, "Tests requested", "Untersuchungen", "Analyses demandées"),
                    "Histamine, TVB-N, Lm",
                ),
            ],
            per=2,
            tall=30,
        )
        ticks(
            q,
            so,
            so.margin,
            y + 6,
            w - 2 * so.margin,
            [
                tr(lg, "Routine", "Eigenkontrolle", "Autocontrôle"),
                tr(lg, "Customer claim", "Reklamation", "Réclamation"),
                tr(lg, "Export", "Export", "Export"),
            ],
            {rng.randrange(3)},
        )
        scrawl(q, so.margin + 20, y + 60, staff(office, "qa"))
        pages.append(q)
    received(rng, pages[0], lg, d)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates PPP: cold store, ice, haulage
# ---------------------------------------------------------------------------------------------


def plate(rng: random.Random, lang: str) -> str:
    return serial(rng, {"en": "AA99 AAA", "de": "CUX-AA 999", "fr": "AA-999-AA"}[lang])


def tpl_cold_store_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A cold store's monthly invoice: storage in pallet-weeks, handling in and out, blast
    freezing, labelling, with the stock movement report on landscape pages behind it (date,
    movement, lot, product, pallets, kilos, location, balance)."""
    r = keyed(who, "cold")
    h = make_head(r.choice(SENDERS["cold"][home()]), home(), "cold")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = month() + timedelta(days=rng.randint(28, 34))
    inv = serial(rng, {"en": "CS9999", "de": "RE-99-9999", "fr": "FA99-9999"}[lg])
    acct = serial(r, "99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    f.page.text(m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 6)
    f.y += 18
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), acct),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(month(), lg)} - {short(d - timedelta(days=d.day), lg)}",
            ),
        ],
    )
    pallets_in = rng.randint(4, 30)
    pw = rng.randint(20, 120)
    lines = [
        (
            tr(
                lg,
                "Storage -25 C (pallet weeks)",
                "Lagergeld TK -25 °C (Palettenwochen)",
                "Stockage -25 °C (palettes-semaines)",
            ),
            pw,
            r.choice([6.5, 7.2, 8.0]),
        ),
        (
            tr(lg, "Handling in", "Einlagerung", "Manutention entrée"),
            pallets_in,
            r.choice([4.5, 5.2, 6.0]),
        ),
        (
            tr(lg, "Handling out", "Auslagerung", "Manutention sortie"),
            rng.randint(2, pallets_in + 4),
            r.choice([4.5, 5.2, 6.0]),
        ),
    ]
    if rng.random() < 0.6:
        lines.append(
            (
                tr(lg, "Blast freezing (tonnes)", "Schockfrosten (t)", "Surgélation (tonnes)"),
                round(rng.uniform(1, 12), 1),
                r.choice([85.0, 95.0, 110.0]),
            )
        )
    if rng.random() < 0.4:
        lines.append(
            (
                tr(
                    lg,
                    "Re-palletising / labelling",
                    "Umpalettieren / Etikettieren",
                    "Repalettisation / étiquetage",
                ),
                rng.randint(1, 8),
                12.0,
            )
        )
    if rng.random() < 0.3:
        lines.append(
            (tr(lg, "Out-of-hours opening", "Sonderöffnung", "Ouverture hors horaires"), 1, 65.0)
        )
    cols = columns(m, w - m, [(4.0, "left"), (1.0, "right"), (1.0, "right"), (1.2, "right")])
    rows = []
    net = 0.0
    for t, q, pr in lines:
        v = round(q * pr, 2)
        net += v
        rows.append([t, kg(q, lg, 1 if isinstance(q, float) else 0), money(pr, lg), money(v, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9,
        rules=r.random() < 0.5,
    )
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg, False),
        note=tr(
            lg,
            "Payment 30 days net. Goods are held subject to our lien for all sums due (conditions "
            "of the Cold Storage Federation).",
            "Zahlbar 14 Tage netto. Es gelten die ALB des VDKL; Pfandrecht an eingelagerten "
            "Gütern.",
            "Paiement à 30 jours. Conditions générales de l'USNEF ; droit de rétention sur les "
            "marchandises.",
        ),
    )
    pages = close(f.pages, s, h, numbers="none")
    sl = style_of(h, LAND, margin=36, pt=8)
    lw, lh = LAND
    balance = rng.randint(2, 14)
    mov = []
    dd = month()
    for _ in range(rng.randint(12, 60)):
        dd += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        inn = rng.random() < 0.5
        n = rng.randint(1, 4)
        if not inn and balance - n < 0:
            inn = True
        balance += n if inn else -n
        fsh = BY_CODE[rng.choice(LANDED[lg])]
        mov.append(
            [
                short(dd, lg),
                tr(lg, "IN", "EIN", "ENTRÉE") if inn else tr(lg, "OUT", "AUS", "SORTIE"),
                serial(rng, "99999"),
                f"{fish_name(fsh, lg)} {tr(lg, 'frozen', 'TK', 'congelé')}",
                f"L{serial(rng, '9999')}",
                str(n),
                kg(n * rng.uniform(620, 880), lg, 0),
                serial(rng, "A-99-9"),
                str(balance),
            ]
        )
    flow = Sheets(LAND, lh - 40, lambda pg, k: stock_head(pg, sl, h, acct, k))
    table(
        flow,
        columns(
            36,
            lw - 36,
            [
                (1.0, "left"),
                (0.7, "left"),
                (0.9, "left"),
                (2.6, "left"),
                (0.9, "left"),
                (0.6, "right"),
                (0.9, "right"),
                (0.8, "center"),
                (0.7, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Move", "Bew.", "Mvt"),
            tr(lg, "Ref.", "Beleg", "Réf."),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Lot", "Charge", "Lot"),
            tr(lg, "Pal.", "Pal.", "Pal."),
            "kg",
            tr(lg, "Location", "Lagerplatz", "Emplacement"),
            tr(lg, "Bal.", "Bestand", "Solde"),
        ],
        mov,
        sl,
        size=7.5,
        rules=True,
        step=1.75,
    )
    for k, pg in enumerate(flow.pages, 1):
        pg.text(lw - 36, lh - 20, f"{k}/{len(flow.pages)}", sl.font, 7, "right")
    pages.extend(flow.pages)
    received(rng, pages[0], lg, d)
    remember(d)
    return pages


def stock_head(p: Page, s: Style, h: Head, acct: str, k: int) -> float:
    w, _ = p.size
    p.text(s.margin, 30, fit(h.name, s.bold, 10, w / 2), s.bold, 10)
    p.text(
        w / 2,
        30,
        tr(h.lang, "STOCK MOVEMENT REPORT", "BESTANDSBEWEGUNGEN", "MOUVEMENTS DE STOCK"),
        s.bold,
        10,
        "center",
    )
    p.text(
        w - s.margin, 30, f"{tr(h.lang, 'Account', 'Kunde', 'Client')} {acct}", s.font, 8, "right"
    )
    p.line(s.margin, 36, w - s.margin, 36)
    del k
    return 56


def tpl_ice_docket(rng: random.Random, who: Issuer) -> list[Page]:
    """The ice plant's delivery docket on an A6 or smaller slip: flake or crushed ice in kilos
    or tonnes, vehicle or collected at the chute, time, price, the driver's and the receiver's
    signatures scribbled in."""
    h = port_head("ice")
    lg = h.lang
    size = keyed(who, "size").choice([A6, (95 * MM, 130 * MM), (100 * MM, 100 * MM)])
    s = style_of(h, size, margin=16, pt=7.5)
    w, hh = size
    m = 16
    d = last_day(rng, ("ice_docket",), (1, 3))
    p = Page(size)
    y = heading(p, s, h)
    no = serial(rng, "999999")
    p.text(
        m, y, tr(lg, "ICE DELIVERY DOCKET", "EIS-LIEFERSCHEIN", "BON DE LIVRAISON GLACE"), s.bold, 9
    )
    p.text(w - m, y, f"No {no}", "Courier-Bold", 9, "right")
    y += 8
    kind = rng.choice(
        [
            tr(lg, "Flake ice", "Scherbeneis", "Glace en écailles"),
            tr(lg, "Crushed ice", "Brucheis", "Glace pilée"),
            tr(lg, "Slurry ice", "Flüssigeis", "Coulis de glace"),
        ]
    )
    tonnes = rng.choice([0.5, 1.0, 1.0, 1.5, 2.0, 3.0, 0.25])
    price = keyed(who, "price").choice([38.0, 42.0, 45.0, 55.0])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Time", "Uhrzeit", "Heure"), hhmm(rng, 4, 14)),
            (tr(lg, "Customer", "Kunde", "Client"), office_head().name),
            (tr(lg, "Account", "Konto", "Compte"), serial(keyed(who, "acct"), "9999")),
            (tr(lg, "Product", "Sorte", "Produit"), kind),
            (tr(lg, "Quantity (t)", "Menge (t)", "Quantité (t)"), kg(tonnes, lg, 2)),
            (
                tr(lg, "Vehicle / chute", "Fahrzeug / Schütte", "Véhicule / goulotte"),
                rng.choice(
                    [
                        plate(rng, lg),
                        tr(lg, "Chute 2", "Schütte 2", "Goulotte 2"),
                        tr(lg, "Boxes", "Kisten", "Bacs"),
                    ]
                ),
            ),
            (tr(lg, "Price / t", "Preis / t", "Prix / t"), money(price, lg)),
        ],
        per=2,
        tall=22,
    )
    p.text(m, y, tr(lg, "Amount", "Betrag", "Montant"), s.bold, 8)
    p.text(w - m, y, cash(round(tonnes * price, 2), lg), s.bold, 8, "right")
    y += 12
    if lg != "en":
        p.text(m, y, tr(lg, "", "zzgl. 19 % USt.", "TVA 20 % en sus"), s.font, 6.5)
        y += 10
    y = max(y + 26, hh - 40)
    p.line(m, y, w / 2 - 6, y)
    p.line(w / 2 + 6, y, w - m, y)
    scrawl(p, m + 4, y - 3, staff(h, "driver"), 10)
    if rng.random() < 0.8:
        hand(p, w / 2 + 12, y - 4, staff(office_head(), "shed").split()[0], 9)
    p.text(m, y + 8, tr(lg, "Delivered by", "Geliefert", "Livré par"), s.font, 6)
    p.text(w / 2 + 6, y + 8, tr(lg, "Received by", "Empfangen", "Reçu par"), s.font, 6)
    remember(d)
    return [p]


@dataclass
class Run:
    """A refrigerated consignment: carrier, consignee, pallets, boxes, CMR number."""

    haulier: Head
    consignee: Head
    day: date
    pallets: int
    boxes: int
    kilos: float
    cmr: str


def tpl_reefer_cmr(rng: random.Random, who: Issuer) -> list[Page]:
    """A refrigerated haulier's CMR consignment note (the numbered boxes of the convention,
    set temperature, seal, the three signatures and the consignee's stamp), the merchant's
    copy, with the temperature recorder's print-out copied on an A4 sheet behind it."""
    r = keyed(who, "haulier")
    lg = home() if r.random() < 0.7 else r.choice([x for x in ("en", "de", "fr") if x != home()])
    h = make_head(r.choice(SENDERS["haulier"][lg]), lg, "haulier")
    s = style_of(h, A4, margin=30, pt=7.5)
    w = s.page_size[0]
    m = 30
    d = last_day(rng, ("reefer_cmr",), (0, 3))
    c_row, c_lg = customer_of(who, abroad=0.45)
    cons = make_head(c_row, c_lg, "customer")
    office = office_head()
    lots = [a_lot(rng, home()) for _ in range(rng.randint(1, 5))]
    boxes = sum(x.boxes for x in lots)
    kilos = sum(x.kilos for x in lots)
    pallets = max(1, boxes // rng.choice([20, 24, 30]))
    no = serial(rng, "9999999")
    p = Page(s.page_size)
    p.rect(m, 24, w - 2 * m, 20, fill=0.88)
    p.text(
        m + 6,
        38,
        tr(
            lg,
            "INTERNATIONAL CONSIGNMENT NOTE  CMR",
            "INTERNATIONALER FRACHTBRIEF  CMR",
            "LETTRE DE VOITURE INTERNATIONALE  CMR",
        ),
        "Helvetica-Bold",
        10,
    )
    p.text(w - m - 6, 38, f"No {no}", "Courier-Bold", 10, "right")
    copy = rng.choice(
        [
            tr(lg, "Copy for sender", "Exemplar für den Absender", "Exemplaire de l'expéditeur"),
            tr(lg, "Copy 1 - sender", "1 Exemplar für Absender", "1 Exemplaire expéditeur"),
        ]
    )
    p.text(w - m, 18, copy, "Helvetica", 6.5, "right")
    half = (w - 2 * m) / 2
    y = 50.0
    box_rows = [
        [
            (
                "1",
                tr(
                    lg,
                    "Sender (name, address, country)",
                    "Absender (Name, Anschrift, Land)",
                    "Expéditeur (nom, adresse, pays)",
                ),
                [office.name, office.street, office.town],
            ),
            (
                "16",
                tr(
                    lg,
                    "Carrier (name, address, country)",
                    "Frachtführer (Name, Anschrift, Land)",
                    "Transporteur (nom, adresse, pays)",
                ),
                [h.name, h.street, h.town],
            ),
        ],
        [
            (
                "2",
                tr(
                    lg,
                    "Consignee (name, address, country)",
                    "Empfänger (Name, Anschrift, Land)",
                    "Destinataire (nom, adresse, pays)",
                ),
                [cons.name, cons.street, cons.town],
            ),
            (
                "17",
                tr(
                    lg,
                    "Successive carriers",
                    "Nachfolgende Frachtführer",
                    "Transporteurs successifs",
                ),
                [""],
            ),
        ],
        [
            (
                "3",
                tr(
                    lg,
                    "Place of delivery of the goods",
                    "Auslieferungsort des Gutes",
                    "Lieu prévu pour la livraison",
                ),
                [town_name(cons.town)],
            ),
            (
                "18",
                tr(
                    lg,
                    "Carrier's reservations and observations",
                    "Vorbehalte und Bemerkungen der Frachtführer",
                    "Réserves et observations du transporteur",
                ),
                [
                    rng.choice(
                        [
                            "",
                            "",
                            tr(
                                lg,
                                "2 boxes lids damaged",
                                "2 Deckel beschädigt",
                                "2 couvercles abîmés",
                            ),
                        ]
                    )
                ],
            ),
        ],
        [
            (
                "4",
                tr(
                    lg,
                    "Place and date of taking over the goods",
                    "Ort und Tag der Übernahme des Gutes",
                    "Lieu et date de la prise en charge",
                ),
                [f"{town_name(office.town)}  {short(d, lg)}"],
            ),
            (
                "19",
                tr(
                    lg,
                    "Special agreements",
                    "Besondere Vereinbarungen",
                    "Conventions particulières",
                ),
                [
                    tr(
                        lg,
                        "Keep at 0 to +2 C. Do not stack over 2.",
                        "Temperatur 0 bis +2 °C halten.",
                        "Maintenir entre 0 et +2 °C.",
                    )
                ],
            ),
        ],
        [
            (
                "5",
                tr(lg, "Documents attached", "Beigefügte Dokumente", "Documents annexés"),
                [
                    rng.choice(
                        [
                            "EHC, CC",
                            tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"),
                            "-",
                        ]
                    )
                ],
            ),
            ("", "", [""]),
        ],
    ]
    for left, right in box_rows:
        tall = 46 if len(left[2]) > 1 else 30
        for k, (num, cap, vals) in enumerate((left, right)):
            x = m + k * half
            p.rect(x, y, half, tall)
            if num:
                p.text(x + 3, y + 8, num, "Helvetica-Bold", 7)
                p.text(x + 14, y + 8, fit(cap, "Helvetica", 6, half - 18), "Helvetica", 6)
            yy = y + 19
            for t in vals:
                if t:
                    f_ = HAND if num in ("18",) else "Helvetica"
                    p.text(x + 14, yy, fit(t, f_, 8, half - 20), f_, 8)
                yy += 9.5
        y += tall
    cols = [(m, 1.2), (0, 1.0), (0, 1.0), (0, 3.2), (0, 1.2), (0, 1.2), (0, 1.0)]
    spec = columns(m, w - m, [(c[1], "left") for c in cols])
    caps = [
        "6 " + tr(lg, "Marks and nos", "Kennzeichen", "Marques"),
        "7 " + tr(lg, "Number of packages", "Anzahl", "Nombre"),
        "8 " + tr(lg, "Packing", "Verpackung", "Emballage"),
        "9 " + tr(lg, "Nature of the goods", "Bezeichnung des Gutes", "Nature de la marchandise"),
        "10 " + tr(lg, "Stat. no.", "Statistik", "N° statistique"),
        "11 " + tr(lg, "Gross weight kg", "Bruttogewicht kg", "Poids brut kg"),
        "12 " + tr(lg, "Volume m3", "Umfang m3", "Cubage m3"),
    ]
    p.rect(m, y, w - 2 * m, 150)
    for c, t in zip(spec, caps, strict=True):
        p.text(c[0] + 2, y + 8, fit(t, "Helvetica", 5.8, c[1] - c[0] - 2), "Helvetica", 5.8)
    yy = y + 24
    for lot in lots:
        vals = [
            f"L{serial(rng, '9999')}",
            str(lot.boxes),
            tr(lg, "EPS boxes", "Styroporkisten", "caisses PSE"),
            f"{tr(lg, 'Fresh', 'Frischer', 'Frais')} "
            f"{fish_name(lot.fish, lg).lower() if lg == 'fr' else fish_name(lot.fish, lg)} - "
            f"{pres_name(lot.pres, lg)}",
            "0302",
            kg(lot.kilos + lot.boxes * 2.2, lg, 0),
            "",
        ]
        for c, t in zip(spec, vals, strict=True):
            p.text(c[0] + 2, yy, fit(t, "Helvetica", 7.5, c[1] - c[0] - 3), "Helvetica", 7.5)
        yy += 11
    p.text(
        m + 4,
        y + 140,
        f"{pallets} {tr(lg, 'pallets', 'Paletten', 'palettes')}  -  "
        f"{tr(lg, 'Set point', 'Solltemperatur', 'Consigne')} +1 C  -  "
        f"{tr(lg, 'Seal', 'Plombe', 'Scellé')} {serial(rng, '9999999')}",
        HAND,
        9,
    )
    y += 150
    p.rect(m, y, half, 60)
    p.text(
        m + 3,
        y + 8,
        "13 "
        + tr(
            lg, "Sender's instructions", "Anweisungen des Absenders", "Instructions de l'expéditeur"
        ),
        "Helvetica",
        6,
    )
    p.text(
        m + 14,
        y + 22,
        tr(
            lg,
            "Chilled foodstuff - deliver before 06:00",
            "Kühlware - Anlieferung vor 06:00 Uhr",
            "Denrées réfrigérées - livrer avant 6 h",
        ),
        "Helvetica",
        7.5,
    )
    p.rect(m + half, y, half, 60)
    p.text(
        m + half + 3,
        y + 8,
        "20 " + tr(lg, "To be paid by", "Zu zahlen vom", "À payer par"),
        "Helvetica",
        6,
    )
    ticks(
        p,
        s,
        m + half + 14,
        y + 24,
        half - 20,
        [
            tr(lg, "Sender", "Absender", "Expéditeur"),
            tr(lg, "Consignee", "Empfänger", "Destinataire"),
        ],
        {0},
        7,
    )
    y += 60
    p.rect(m, y, w - 2 * m, 22)
    p.text(
        m + 3,
        y + 8,
        "21 " + tr(lg, "Established in", "Ausgefertigt in", "Établie à"),
        "Helvetica",
        6,
    )
    p.text(
        m + 90,
        y + 16,
        f"{town_name(office.town)}  {tr(lg, 'on', 'am', 'le')}  {short(d, lg)}",
        HAND,
        9,
    )
    y += 22
    third = (w - 2 * m) / 3
    capt = [
        (
            "22",
            tr(
                lg,
                "Signature and stamp of the sender",
                "Unterschrift und Stempel des Absenders",
                "Signature et timbre de l'expéditeur",
            ),
        ),
        (
            "23",
            tr(
                lg,
                "Signature and stamp of the carrier",
                "Unterschrift und Stempel des Frachtführers",
                "Signature et timbre du transporteur",
            ),
        ),
        (
            "24",
            tr(
                lg,
                "Goods received - signature and stamp of the consignee",
                "Gut empfangen - Unterschrift und Stempel des Empfängers",
                "Marchandises reçues - signature et timbre du destinataire",
            ),
        ),
    ]
    for k, (num, cap) in enumerate(capt):
        x = m + k * third
        p.rect(x, y, third, 90)
        p.text(x + 3, y + 8, num, "Helvetica-Bold", 7)
        for j, ln in enumerate(wrap(cap, "Helvetica", 5.8, third - 18)[:2]):
            p.text(x + 14, y + 8 + j * 7, ln, "Helvetica", 5.8)
    scrawl(p, m + 12, y + 60, staff(office, "dispatch"), 11)
    scrawl(p, m + third + 12, y + 60, staff(h, "driver"), 11)
    if rng.random() < 0.6:
        stamp(
            p, m + 2 * third + 8, y + 24, [cons.name[:24].upper(), short(d + timedelta(days=1), lg)]
        )
        hand(
            p,
            m + 2 * third + 10,
            y + 80,
            f"{hhmm(rng, 3, 7)}  {rng.choice(['+1.4', '+2.1', '+0.8', '+3.0'])} C",
            8.5,
        )
    pages = [p]
    if rng.random() < 0.7:
        q = Page(A4)
        copier_edge(q, rng)
        sw = 58 * MM
        x0 = (A4[0] - sw) / 2 + rng.uniform(-120, 120)
        y0 = rng.uniform(50, 110)
        n = rng.randint(28, 48)
        q.rect(x0, y0, sw, n * 9.5 + 110, fill=0.93)
        yy = y0 + 18
        for t in [
            rng.choice(["THERMO KING", "CARRIER TRANSICOLD", "TOUCHPRINT"]),
            tr(lg, "TEMPERATURE REPORT", "TEMPERATURPROTOKOLL", "RELEVÉ DE TEMPÉRATURE"),
            f"{tr(lg, 'Unit', 'Gerät', 'Groupe')} {serial(rng, '99999999')}",
            f"{tr(lg, 'Trailer', 'Auflieger', 'Remorque')} {plate(rng, lg)}",
            f"SP +1.0C   {short(d, lg)}",
            "-" * 26,
        ]:
            q.text(x0 + 6, yy, fit(t, "Courier", 7, sw - 12), "Courier", 7)
            yy += 9.5
        t0 = rng.randint(12, 20)
        temp = rng.uniform(0.2, 1.6)
        for k in range(n):
            temp = max(-1.0, min(4.5, temp + rng.uniform(-0.4, 0.4)))
            hh_ = (t0 + k // 2) % 24
            q.text(
                x0 + 6,
                yy,
                f"{hh_:02d}:{(k % 2) * 30:02d}  {temp:+.1f}C  "
                f"{temp + rng.uniform(-0.3, 0.5):+.1f}C",
                "Courier",
                7,
            )
            yy += 9.5
        q.text(x0 + 6, yy + 6, "-" * 26, "Courier", 7)
        q.text(x0 + 6, yy + 16, tr(lg, "Driver:", "Fahrer:", "Chauffeur :"), "Courier", 7)
        scrawl(q, x0 + 50, yy + 18, staff(h, "driver"), 10)
        q.text(x0 + 6, yy + 30, tr(lg, "Receiver:", "Empfänger:", "Réception :"), "Courier", 7)
        pages.append(q)
    remember(d, Run(h, cons, d, pallets, boxes, kilos, no))
    return pages


def tpl_reefer_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A refrigerated haulier's invoice for the month's runs (date, CMR, destination, pallets,
    rate, fuel surcharge), on one or two pages; now and then the signed delivery notes of the
    runs copied behind it, each a small slip of the haulier's own."""
    x = LAST["extra"]
    run = x if after(("reefer_cmr",)) and isinstance(x, Run) else None
    if run is not None:
        h = run.haulier
    else:
        r = keyed(who, "haulier")
        lg0 = (
            home()
            if r.random() < 0.75
            else r.choice([x_ for x_ in ("en", "de", "fr") if x_ != home()])
        )
        h = make_head(r.choice(SENDERS["haulier"][lg0]), lg0, "haulier")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "p").random() < 0.7 else LETTER)
    w = s.page_size[0]
    m = s.margin
    d = (
        month() + timedelta(days=rng.randint(28, 33))
        if run is None
        else run.day + timedelta(days=rng.randint(3, 20))
    )
    inv = serial(rng, {"en": "INV-99999", "de": "99-99999", "fr": "F9999999"}[lg])
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(
            tr(lg, "Accounts payable", "Kreditorenbuchhaltung", "Comptabilité fournisseurs")
        ),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), inv),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "cust"), "99999"),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Invoice - chilled transport",
            "Sammelrechnung Kühltransporte",
            "Facture - transports sous température dirigée",
        ),
        1,
    )
    rows = []
    net = 0.0
    n = rng.randint(1, 3) if run is not None else rng.randint(3, 26)
    trips: list[tuple[date, str, str, int]] = []
    for k in range(n):
        dd = run.day if run is not None and k == 0 else month() + timedelta(days=rng.randint(0, 28))
        dest = (
            run.consignee.town
            if run is not None and k == 0
            else rng.choice(SENDERS["customer"][rng.choice(["en", "de", "fr"])])[2]
        )
        cmr = run.cmr if run is not None and k == 0 else serial(rng, "9999999")
        pal = run.pallets if run is not None and k == 0 else rng.randint(1, 12)
        trips.append((dd, cmr, dest, pal))
    trips.sort()
    for dd, cmr, dest, pal in trips:
        rate = round(rng.choice([85, 110, 140, 260, 420, 690]) * (1 + pal / 10), 2)
        net += rate
        rows.append([short(dd, lg), cmr, town_name(dest), str(pal), money(rate, lg)])
    cols = columns(
        s.margin,
        w - s.margin,
        [(1.1, "left"), (1.1, "left"), (2.8, "left"), (0.7, "right"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            "CMR",
            tr(lg, "Delivery to", "Empfangsort", "Livraison à"),
            tr(lg, "Pallets", "Pal.", "Pal."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=keyed(who, "rules").random() < 0.5,
    )
    fuel = round(net * keyed(who, "fuel").choice([0.08, 0.115, 0.14]), 2)
    f.y += 4
    f.page.text(
        w * 0.56,
        f.y,
        tr(lg, "Fuel surcharge", "Dieselzuschlag", "Surcharge gazole"),
        s.font,
        s.size,
    )
    f.page.text(w - m, f.y, cash(fuel, lg), s.font, s.size, "right")
    f.y += s.size * 2
    totals(
        f,
        s,
        lg,
        net + fuel,
        vat_rate(lg, False),
        note=tr(
            lg,
            "Carriage subject to RHA Conditions of Carriage 2020. Payment 30 days from invoice.",
            "Wir arbeiten ausschließlich nach ADSp 2017. Zahlbar innerhalb 30 Tagen ohne Abzug.",
            "Transport soumis au contrat type. Paiement à 30 jours fin de mois.",
        ),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        for dd, cmr, dest, pal in trips[: rng.randint(1, 3)]:
            q = Page(A4)
            copier_edge(q, rng)
            sw, sh_ = A5[0] * 0.9, A5[1] * 0.55
            x0, y0 = 60 + rng.uniform(-20, 40), 70 + rng.uniform(-20, 60)
            q.rect(x0, y0, sw, sh_)
            q.text(x0 + 10, y0 + 18, fit(h.name, "Helvetica-Bold", 9, sw - 20), "Helvetica-Bold", 9)
            q.text(
                x0 + 10,
                y0 + 34,
                f"{tr(lg, 'DELIVERY NOTE', 'ABLIEFERSCHEIN', 'BON DE LIVRAISON')}  {cmr}",
                "Helvetica",
                8,
            )
            q.text(
                x0 + 10,
                y0 + 52,
                f"{short(dd, lg)}  {town_name(dest)}  {pal} {tr(lg, 'pallets', 'Pal.', 'pal.')}",
                "Helvetica",
                8,
            )
            q.text(
                x0 + 10,
                y0 + 70,
                tr(lg, "Received in good order", "Ware ordnungsgemäß erhalten", "Reçu en bon état"),
                "Helvetica",
                7,
            )
            scrawl(q, x0 + 20, y0 + 100, rng.choice(FIRSTS[lg]) + " " + rng.choice(LASTS[lg]), 12)
            hand(q, x0 + sw - 80, y0 + 100, hhmm(rng, 4, 9), 9)
            pages.append(q)
    received(rng, pages[0], home(), d)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates PPP: the merchant's customers
# ---------------------------------------------------------------------------------------------


@dataclass
class Sale:
    customer: Head
    day: date
    no: str
    lines: list[tuple[Lot, float]]  # lot, selling price per kg


TERMS_HEADS = {
    "en": [
        "Orders",
        "Quality and claims",
        "Weights",
        "Returnable boxes",
        "Payment",
        "Retention of title",
        "Liability",
        "Law",
    ],
    "de": [
        "Bestellungen",
        "Mängelrügen",
        "Gewichte",
        "Leergut / Kisten",
        "Zahlung",
        "Eigentumsvorbehalt",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Commandes",
        "Réclamations",
        "Poids",
        "Emballages consignés",
        "Paiement",
        "Réserve de propriété",
        "Responsabilité",
        "Juridiction",
    ],
}


def tpl_fish_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The merchant's invoice (and delivery note) to a restaurant or fishmonger on A4 or A5
    landscape: each line with species, Latin name, catch area, gear and production method as
    the labelling rules want, kilos and price; boxes on deposit; sometimes the terms on the
    back."""
    h = office_head()
    lg = h.lang
    c_row, c_lg = customer_of(who)
    cust = make_head(c_row, c_lg, "customer")
    small = keyed(who, "a5").random() < 0.45
    s = style_of(h, LAND5 if small else A4, margin=30 if small else 0, pt=8 if small else 0)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("fish_invoice",), (0, 2))
    no = f"{d.year % 100}{serial(rng, '99999')}"
    title = tr(
        lg, "INVOICE / DELIVERY NOTE", "RECHNUNG / LIEFERSCHEIN", "FACTURE / BON DE LIVRAISON"
    )
    f = sheets(s, h, f"{h.name} - {title} {no}")
    if small:
        f.page.text(w - m, f.y - 6, title, s.bold, 10, "right")
        f.y += 6
        y0 = f.y
        yy = y0
        for t in head_lines(cust):
            f.page.text(m, yy, fit(t, s.font, 8.5, w / 2 - m), s.font, 8.5)
            yy += 10.5
        y2 = pairs(
            f.page,
            s,
            w * 0.58,
            y0,
            [
                (tr(lg, "No.", "Nr.", "N°"), no),
                (tr(lg, "Date", "Datum", "Date"), day(h, d)),
                (tr(lg, "Account", "Kd.-Nr.", "Client"), serial(keyed(who, "acct"), "9999")),
            ],
            w - m,
            8,
        )
        f.y = max(yy, y2) + 8
    else:
        recipient(
            f,
            s,
            h,
            head_lines(cust),
            d,
            [
                (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
                (
                    tr(lg, "Account", "Kunden-Nr.", "Code client"),
                    serial(keyed(who, "acct"), "9999"),
                ),
            ],
        )
        f.page.text(m, f.y, title, s.bold, s.size + 4)
        f.y += s.size * 2.2
    lines: list[tuple[Lot, float]] = []
    for _ in range(rng.randint(1, 9 if not small else 5)):
        lot = a_lot(rng, lg)
        lot.kilos = round(
            rng.choice([1.5, 2.2, 3.0, 4.6, 5.0, 6.8, 10.0, 12.4, 20.0]) * rng.uniform(0.9, 1.1), 2
        )
        if rng.random() < 0.4 and lot.fish.code not in ("NEP", "SQC"):
            lot.pres = "FIL"
        lines.append(
            (
                lot,
                round(
                    lot.fish.price * rng.uniform(1.5, 2.4) * (2.2 if lot.pres == "FIL" else 1.0), 2
                ),
            )
        )
    cols = columns(
        m,
        w - m,
        [
            (2.4, "left"),
            (1.3, "left"),
            (0.9, "left"),
            (0.6, "left"),
            (0.8, "right"),
            (0.9, "right"),
            (1.0, "right"),
        ],
    )
    rows = []
    net = 0.0
    for lot, pr in lines:
        v = round(lot.kilos * pr, 2)
        net += v
        rows.append(
            [
                f"{fish_name(lot.fish, lg)} {pres_name(lot.pres, lg)} ({lot.fish.latin})",
                tr(lg, "Caught at sea", "Wildfang, Meer", "Pêché en mer"),
                f"FAO {lot.area}",
                lot_gear(rng),
                kg(lot.kilos, lg, 2),
                money(pr, lg),
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Method", "Produktionsmethode", "Méthode"),
            tr(lg, "Area", "Fanggebiet", "Zone"),
            tr(lg, "Gear", "Gerät", "Engin"),
            "kg",
            tr(lg, "Price/kg", "Preis/kg", "Prix/kg"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5 if not small else 7,
        rules=True,
        step=1.7,
    )
    boxes = rng.randint(0, 4)
    if boxes:
        f.page.text(
            m,
            f.y,
            f"{tr(lg, 'Returnable boxes', 'Pfandkisten', 'Caisses consignées')}: {boxes} x "
            f"{cash(3.5, lg)}",
            s.font,
            s.size - 1.5,
        )
        net += boxes * 3.5
        f.y += s.size * 1.6
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg) if c_lg == lg else 0.0,
        note=tr(
            lg,
            "Claims regarding quality must be made on the day of delivery. Terms 14 days.",
            "Mängelrügen nur am Tag der Lieferung. Zahlbar innerhalb 10 Tagen netto.",
            "Réclamations le jour de la livraison. Paiement à 15 jours.",
        )
        if not small
        else "",
    )
    if small:
        f.need(30)
        f.page.text(m, hh - 24, tr(lg, "Goods received:", "Ware erhalten:", "Reçu :"), s.font, 7)
        if rng.random() < 0.6:
            scrawl(f.page, m + 70, hh - 24, rng.choice(FIRSTS[c_lg]) + " X", 10)
    pages = f.pages
    if keyed(who, "terms").random() < 0.25 and not small:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS_HEADS[lg],
            )
        )
    remember(d, Sale(cust, d, no, lines))
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


def lot_gear(rng: random.Random) -> str:
    return rng.choice(GEARS)


def tpl_quality_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's quality claim on a delivery (soft flesh, smell, temperature, short weight)
    as a letter or a printed e-mail, with the photographs they took on a page or two behind,
    now and then their own claim form filled in by hand."""
    x = LAST["extra"]
    sale = x if after(("fish_invoice",)) and isinstance(x, Sale) else None
    if sale is not None:
        cust = sale.customer
    else:
        c_row, c_lg = customer_of(who, abroad=0.3)
        cust = make_head(c_row, c_lg, "customer")
    lg = cust.lang
    s = style_of(cust, A4)
    w = s.page_size[0]
    m = s.margin
    d = sale.day + timedelta(days=rng.randint(0, 2)) if sale else some_day(rng)
    inv = sale.no if sale else f"{d.year % 100}{serial(rng, '99999')}"
    lot = sale.lines[0][0] if sale else a_lot(rng, home())
    writer = staff(cust, "chef")
    office = office_head()
    subj = tr(
        lg,
        f"Claim - delivery of {short(d, lg)}, invoice {inv}",
        f"Reklamation Lieferung vom {short(d, lg)}, Rechnung {inv}",
        f"Réclamation - livraison du {short(d, lg)}, facture {inv}",
    )
    mail = rng.random() < 0.5
    if mail:
        f = sheets(s, cust, "", top=False)
        f.y = m
        mail_head(
            f,
            s,
            lg,
            writer,
            mail_of(writer, cust),
            office.mail or office.name,
            subj,
            f"{day(cust, d)} {hhmm(rng, 6, 23)}",
        )
    else:
        f = sheets(s, cust, f"{cust.name} - {inv}")
        recipient(
            f,
            s,
            cust,
            office_lines(),
            d,
            [(tr(lg, "Your invoice", "Ihre Rechnung", "Votre facture"), inv)],
        )
        caption(f, s, subj, 0.5)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    fault = rng.randrange(4)
    fname = fish_name(lot.fish, lg)
    write(
        f,
        s,
        [
            tr(
                lg,
                f"The {fname} delivered this morning was not of the quality we expect: soft "
                "flesh, dull eyes and grey gills. We could not serve it.",
                f"der heute gelieferte {fname} entsprach nicht der vereinbarten Qualität: weiches "
                "Fleisch, trübe Augen, graue Kiemen. Wir konnten ihn nicht verwenden.",
                f"Le {fname.lower()} livré ce matin n'était pas de la qualité attendue : chair "
                "molle, œil terne, branchies grises. Nous n'avons pas pu le servir.",
            ),
            tr(
                lg,
                f"On arrival the boxes of {fname} measured {rng.choice(['6.8', '7.5', '9.1'])} C "
                "at the core and there was hardly any ice left.",
                f"Bei Anlieferung hatte der {fname} eine Kerntemperatur von "
                f"{rng.choice(['6,8', '7,5', '9,1'])} °C, Eis war kaum noch vorhanden.",
                f"À réception, le {fname.lower()} était à {rng.choice(['6,8', '7,5', '9,1'])} °C "
                "à cœur et il ne restait presque plus de glace.",
            ),
            tr(
                lg,
                f"The {fname} was invoiced at {kg(lot.kilos, lg)} kg but weighed "
                f"{kg(lot.kilos * 0.82, lg)} kg on our scales, without the ice.",
                f"Berechnet wurden {kg(lot.kilos, lg)} kg {fname}, gewogen haben wir ohne Eis "
                f"{kg(lot.kilos * 0.82, lg)} kg.",
                f"Le {fname.lower()} a été facturé {kg(lot.kilos, lg)} kg mais ne pesait que "
                f"{kg(lot.kilos * 0.82, lg)} kg sur notre balance, sans glace.",
            ),
            tr(
                lg,
                f"When filleting the {fname} we found a large number of worms (nematodes) in the "
                "belly flaps.",
                f"Beim Filetieren des {fname}s haben wir zahlreiche Nematoden im Bauchlappen "
                "gefunden.",
                f"Au filetage du {fname.lower()}, nous avons trouvé de nombreux vers (anisakis) "
                "dans les ventrières.",
            ),
        ][fault],
    )
    write(f, s, prose(rng, lg, "claim", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Photographs are attached. Please arrange a credit note; the fish is kept in our cold "
            "room should you wish to collect it.",
            "Fotos anbei. Wir bitten um eine Gutschrift; die Ware steht zur Abholung in unserem "
            "Kühlraum bereit.",
            "Vous trouverez les photos en pièce jointe. Merci de nous établir un avoir ; la "
            "marchandise est à votre disposition en chambre froide.",
        ),
    )
    if mail:
        write(f, s, f"{writer}\n")
        f.page.text(
            m,
            f.y,
            fit(f"{cust.name} - {cust.street}, {cust.town}", s.font, 7.5, w - 2 * m),
            s.font,
            7.5,
        )
        f.y += 14
    else:
        regards(
            f,
            s,
            lg,
            writer,
            tr(lg, "Head chef", "Küchenchef", "Chef de cuisine")
            if "Rest" in cust.name
            or "Hotel" in cust.name
            or "Brasserie" in cust.name
            or "Inn" in cust.name
            else "",
        )
    pages = f.pages
    nph = rng.choice([1, 1, 2, 3, 4])
    per = rng.choice([1, 2, 4])
    k = 0
    while k < nph:
        q = Page(A4)
        pw = A4[0]
        yq = 50.0
        if per == 1:
            photo(q, 60, yq, pw - 120, (pw - 120) * 0.75, rng)
            q.text(
                60,
                yq + (pw - 120) * 0.75 + 16,
                f"IMG_{rng.randint(1000, 9999)}.jpg  {short(d, lg)} {hhmm(rng, 6, 12)}",
                "Helvetica",
                8,
            )
            k += 1
        else:
            for j in range(min(per, nph - k)):
                cx = 50 + (j % 2) * (pw / 2 - 30)
                cy = yq + (j // 2) * 330
                photo(q, cx, cy, pw / 2 - 70, 280, rng)
                q.text(cx, cy + 294, f"IMG_{rng.randint(1000, 9999)}.jpg", "Helvetica", 7)
                k += 1
        pages.append(q)
    if not mail and rng.random() < 0.2:
        pages[0].text(w - m - 120, 130, tr(home(), "credit?", "Gutschrift?", "avoir ?"), HAND, 11)
    received(rng, pages[0], home(), d, 0.2)
    remember(d, Sale(cust, d, inv, [(lot, sale.lines[0][1] if sale else round(lot.price * 2, 2))]))
    return pages


def tpl_claim_credit(rng: random.Random, who: Issuer) -> list[Page]:
    """The merchant's credit note to a customer for a claim or a short delivery: the invoice it
    credits, the lines credited with kilos and price, the reason, sometimes a short note under
    it from the sales office."""
    h = office_head()
    lg = h.lang
    x = LAST["extra"]
    sale = x if after(("quality_claim", "fish_invoice")) and isinstance(x, Sale) else None
    if sale is None:
        c_row, c_lg = customer_of(who)
        lot = a_lot(rng, lg)
        sale = Sale(
            make_head(c_row, c_lg, "customer"),
            some_day(rng),
            f"{month().year % 100}{serial(rng, '99999')}",
            [(lot, round(lot.price * 2, 2))],
        )
    cust = sale.customer
    s = style_of(h, A4 if keyed(who, "a5").random() < 0.6 else LAND5, margin=0, pt=0)
    w, _ = s.page_size
    m = s.margin
    d = sale.day + timedelta(days=rng.randint(1, 6))
    no = (
        f"CN{serial(rng, '9999')}"
        if lg == "en"
        else f"{tr(lg, '', 'GS', 'AV')}{d.year % 100}{serial(rng, '9999')}"
    )
    title = tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        head_lines(cust),
        d,
        [
            (tr(lg, "Credit note", "Gutschrift-Nr.", "N° avoir"), no),
            (tr(lg, "Re invoice", "zu Rechnung", "Sur facture"), sale.no),
        ],
    )
    f.page.text(m, f.y, title, s.bold, s.size + 5)
    f.y += s.size * 2.2
    lot, pr = sale.lines[0]
    share = rng.choice([1.0, 1.0, 0.5, 0.3])
    cols = columns(m, w - m, [(3.4, "left"), (0.9, "right"), (1.0, "right"), (1.1, "right")])
    net = round(lot.kilos * share * pr, 2)
    rows = [
        [
            f"{fish_name(lot.fish, lg)} {pres_name(lot.pres, lg)} - "
            f"{tr(lg, 'delivery', 'Lieferung', 'livraison')} {short(sale.day, lg)}",
            kg(lot.kilos * share, lg, 2),
            money(pr, lg),
            f"-{money(net, lg)}",
        ]
    ]
    if rng.random() < 0.3:
        rows.append(
            [
                tr(lg, "Boxes returned", "Kistenrückgabe", "Caisses rendues"),
                str(rng.randint(1, 4)),
                money(3.5, lg),
                f"-{money(7.0, lg)}",
            ]
        )
        net += 7.0
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            "kg",
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    totals(f, s, lg, net, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Reason: "
            + rng.choice(["quality claim accepted", "short weight", "goods returned", "goodwill"]),
            "Grund: "
            + rng.choice(["Reklamation anerkannt", "Mindergewicht", "Rücknahme", "Kulanz"]),
            "Motif : "
            + rng.choice(
                [
                    "réclamation acceptée",
                    "manque de poids",
                    "retour marchandise",
                    "geste commercial",
                ]
            ),
        ),
        s.size - 1,
    )
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(
                lg,
                "The amount will be offset against your next statement. Sorry for the trouble - "
                "we have spoken to the haulier.",
                "Der Betrag wird mit der nächsten Rechnung verrechnet. Wir bitten die "
                "Unannehmlichkeiten zu entschuldigen.",
                "Le montant sera déduit de votre prochain relevé. Avec nos excuses pour ce "
                "désagrément.",
            ),
            s.size - 1,
        )
    remember(d, sale)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates PPP: the shed's own records, suppliers, boxes and money
# ---------------------------------------------------------------------------------------------


def tpl_chill_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The shed's HACCP chiller temperature record for one cold room or display chiller over a
    fortnight or a month: a landscape grid with the day, the readings morning and afternoon,
    the initials and the action taken, filled in by hand (some blanks, a reading out of range
    with its corrective action), signed off by the manager."""
    h = office_head()
    lg = h.lang
    s = style_of(h, LAND, margin=34, pt=8)
    w, hh = LAND
    m = 34
    x = LAST["extra"]
    units = [
        tr(lg, "Chiller 1 (fresh fish)", "Kühlraum 1 (Frischfisch)", "Chambre froide 1 (marée)"),
        tr(lg, "Chiller 2 (fillets)", "Kühlraum 2 (Filets)", "Chambre froide 2 (filets)"),
        tr(lg, "Freezer -18 C", "TK-Raum -18 °C", "Congélateur -18 °C"),
        tr(lg, "Dispatch bay", "Versandzone", "Quai d'expédition"),
        tr(lg, "Ice bunker", "Eisbunker", "Silo à glace"),
    ]
    if after(("chill_record",)) and isinstance(x, tuple):
        unit, start = x[0], x[1] if rng.random() < 0.5 else x[1] + timedelta(days=14)
        if start == x[1]:
            unit = (unit + 1) % len(units)
    else:
        unit, start = rng.randrange(len(units)), month() + timedelta(days=rng.choice([0, 14]))
    frozen = unit == 2
    p = Page(LAND)
    p.text(m, 34, h.name, s.bold, 10)
    p.text(
        w / 2,
        34,
        tr(lg, "TEMPERATURE RECORD", "TEMPERATURKONTROLLE", "RELEVÉ DE TEMPÉRATURES"),
        s.bold,
        12,
        "center",
    )
    p.text(
        w - m,
        34,
        f"{tr(lg, 'Form', 'Formblatt', 'Fiche')} HACCP-{rng.choice(['03', '04', 'T2'])}  "
        f"{tr(lg, 'Rev.', 'Rev.', 'Ind.')} {rng.randint(1, 6)}",
        s.font,
        7.5,
        "right",
    )
    p.text(m, 52, f"{tr(lg, 'Unit', 'Anlage', 'Équipement')}: ", s.font, 9)
    hand(p, m + 50, 52, units[unit], 10)
    p.text(
        w / 2,
        52,
        f"{tr(lg, 'Limit', 'Grenzwert', 'Limite')}: {'-18 C' if frozen else '0 - +4 C'}   "
        f"{tr(lg, 'Target', 'Soll', 'Cible')}: {'-22 C' if frozen else '+1 C'}",
        s.font,
        9,
    )
    p.text(w - m, 52, f"{tr(lg, 'From', 'Vom', 'Du')} {short(start, lg)}", s.font, 9, "right")
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "AM C", "morgens °C", "Matin °C"),
        tr(lg, "Time", "Uhrzeit", "Heure"),
        tr(lg, "Init.", "Kürzel", "Visa"),
        tr(lg, "PM C", "nachm. °C", "Soir °C"),
        tr(lg, "Time", "Uhrzeit", "Heure"),
        tr(lg, "Init.", "Kürzel", "Visa"),
        tr(lg, "Corrective action", "Korrekturmaßnahme", "Action corrective"),
    ]
    cws = [1.0, 0.9, 0.8, 0.6, 0.9, 0.8, 0.6, 4.0]
    total = sum(cws)
    xs = [m]
    for c in cws:
        xs.append(xs[-1] + (w - 2 * m) * c / total)
    y = 70.0
    ndays = 14 if start.day > 1 or rng.random() < 0.5 else 28
    rowh = min(17.0, (hh - 130 - y) / (ndays + 1))
    p.rect(m, y, w - 2 * m, rowh, fill=0.85)
    for k, t in enumerate(heads):
        p.text(xs[k] + 3, y + rowh - 5, fit(t, s.bold, 7.5, xs[k + 1] - xs[k] - 4), s.bold, 7.5)
    inits = [("".join(t[0] for t in staff(h, f"shed{j}").split())) for j in range(3)]
    for r_ in range(ndays + 1):
        p.line(m, y + r_ * rowh + rowh, w - m, y + r_ * rowh + rowh)
    for xx in xs:
        p.line(xx, y, xx, y + (ndays + 1) * rowh)
    p.line(m, y, w - m, y)
    for k in range(ndays):
        dd = start + timedelta(days=k)
        yy = y + (k + 1) * rowh + rowh - 5
        p.text(xs[0] + 3, yy, short(dd, lg)[:5], s.font, 7.5)
        if dd.weekday() == 6 and rng.random() < 0.8:
            hand(p, xs[1] + 3, yy, tr(lg, "closed", "Ruhetag", "fermé"), 8)
            continue
        if rng.random() < 0.05:
            continue
        base = -21.0 if frozen else 1.2
        for c0 in (1, 4):
            if c0 == 4 and rng.random() < 0.12:
                continue
            v = base + rng.uniform(-1.4, 1.6)
            out = rng.random() < 0.04
            if out:
                v = base + (4 if frozen else 4.6)
            hand(p, xs[c0] + 4, yy, f"{v:+.1f}".replace(".", "," if lg != "en" else "."), 8.5)
            hand(p, xs[c0 + 1] + 4, yy, hhmm(rng, 5, 8) if c0 == 1 else hhmm(rng, 14, 17), 8)
            hand(p, xs[c0 + 2] + 4, yy, rng.choice(inits), 8)
            if out:
                hand(
                    p,
                    xs[7] + 4,
                    yy,
                    tr(
                        lg,
                        "door left open - closed, rechecked 30 min OK",
                        "Tür offen - geschlossen, Nachmessung i. O.",
                        "porte ouverte - refermée, recontrôle OK",
                    ),
                    7.5,
                    xs[8] - xs[7] - 8,
                )
    yb = y + (ndays + 1) * rowh + 24
    p.text(
        m,
        yb,
        tr(
            lg, "Checked by (manager):", "Geprüft (Betriebsleitung):", "Vérifié par (responsable) :"
        ),
        s.font,
        8,
    )
    if rng.random() < 0.75:
        scrawl(p, m + 130, yb + 2, staff(h, "boss"), 11)
        hand(p, m + 260, yb, short(start + timedelta(days=ndays), lg), 8.5)
    p.text(
        w - m,
        yb,
        tr(
            lg,
            "Calibrate probe weekly (ice/boiling water). Keep records 2 years.",
            "Thermometer wöchentlich prüfen (Eiswasser). Aufbewahrung 2 Jahre.",
            "Vérifier la sonde chaque semaine. Conserver 2 ans.",
        ),
        s.font,
        7,
        "right",
    )
    remember(start + timedelta(days=ndays), (unit, start))
    return [p]


def tpl_trace_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The shed's batch traceability sheet: the goods in (auction lot or supplier, vessel,
    catch area, date, kilos), the processing (filleting, yield, parasites checked, operator)
    and the goods out by customer and batch code, written in by hand on a printed form; now and
    then a second sheet for the goods out."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8)
    w, hh = s.page_size
    m = 40
    x = LAST["extra"]
    d = last_day(rng, ("lot_slip", "auction_statement"), (0, 1))
    lot = x.lot if after(("lot_slip",)) and isinstance(x, Slip) else a_lot(rng, lg)
    v = (
        x.vessel
        if after(("lot_slip",)) and isinstance(x, Slip)
        else a_vessel(random.Random(rng.random()), lg)
    )
    batch = f"{d.strftime('%y%j')}-{lot.fish.code}-{rng.randint(1, 9)}"
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "BATCH TRACEABILITY SHEET",
            "RÜCKVERFOLGBARKEIT - CHARGENBLATT",
            "FICHE DE TRAÇABILITÉ LOT",
        ),
        s.bold,
        12,
    )
    p.rect(w - m - 130, y - 12, 130, 34)
    p.text(w - m - 126, y - 3, tr(lg, "Batch no.", "Chargen-Nr.", "N° de lot"), s.font, 6.5)
    hand(p, w - m - 122, y + 15, batch, 10)
    y += 26
    y = band(p, s, y, tr(lg, "A. Goods in", "A. Wareneingang", "A. Réception"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Date received", "Eingangsdatum", "Date de réception"), short(d, lg)),
            (
                tr(
                    lg,
                    "Supplier / auction lot",
                    "Lieferant / Auktionslos",
                    "Fournisseur / lot criée",
                ),
                f"{town_name(port_head('auction').town)} {tr(lg, 'lot', 'Los', 'lot')} "
                f"{rng.randint(100, 1999)}",
            ),
            (tr(lg, "Species", "Fischart", "Espèce"), f"{fish_name(lot.fish, lg)} {lot.grade}"),
            (tr(lg, "Vessel", "Fahrzeug", "Navire"), f"{v.pln} {v.name}"),
            (
                tr(lg, "Catch area / gear", "Fanggebiet / Gerät", "Zone / engin"),
                f"{lot.area} / {v.gear}",
            ),
            (
                tr(lg, "Weight in (kg) / boxes", "Gewicht (kg) / Kisten", "Poids (kg) / caisses"),
                f"{kg(lot.kilos, lg)} / {lot.boxes}",
            ),
            (
                tr(lg, "Core temp. on receipt", "Kerntemp. bei Eingang", "T° à cœur à réception"),
                f"{rng.uniform(0.2, 2.8):.1f} C",
            ),
            (tr(lg, "Received by", "Angenommen von", "Réceptionné par"), staff(h, "shed0")),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "B. Processing", "B. Verarbeitung", "B. Transformation"))
    fil = lot.kilos * rng.uniform(0.38, 0.52)
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Date / operator", "Datum / Mitarbeiter", "Date / opérateur"),
                f"{short(d, lg)} {staff(h, 'shed1').split()[0]}",
            ),
            (
                tr(lg, "Product", "Erzeugnis", "Produit"),
                tr(lg, "Fillets skin on", "Filets mit Haut", "Filets avec peau")
                if rng.random() < 0.6
                else pres_name(lot.pres, lg),
            ),
            (
                tr(lg, "Yield kg / %", "Ausbeute kg / %", "Rendement kg / %"),
                f"{kg(fil, lg)} / {fil / lot.kilos * 100:.0f}%",
            ),
            (
                tr(lg, "Parasite check (candling)", "Nematodenkontrolle", "Contrôle parasites"),
                rng.choice(["OK", "OK", tr(lg, "2 removed", "2 entfernt", "2 retirés")]),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "C. Goods out", "C. Warenausgang", "C. Expédition"))
    y += 14
    cols = columns(
        m, w - m, [(1.0, "left"), (3.0, "left"), (1.2, "left"), (0.9, "right"), (0.8, "left")]
    )
    hd = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Customer", "Kunde", "Client"),
        tr(lg, "Invoice", "Rechnung", "Facture"),
        "kg",
        tr(lg, "Init.", "Kürzel", "Visa"),
    ]
    for c, t in zip(cols, hd, strict=True):
        p.text(c[0], y, t, s.bold, 7.5)
    y += 5
    p.line(m, y, w - m, y)
    rows = rng.randint(2, 14)
    left = fil
    yy = y + 13
    pages = [p]
    for _k in range(rows):
        if yy > hh - 90:
            q = Page(A4)
            q.text(
                m,
                50,
                f"{tr(lg, 'Batch', 'Charge', 'Lot')} {batch} - "
                + tr(lg, "goods out (continued)", "Warenausgang (Forts.)", "expéditions (suite)"),
                s.bold,
                9,
            )
            pages.append(q)
            p = q
            yy = 80
        cust = rng.choice(SENDERS["customer"][lg])[0]
        q_ = round(min(left, rng.uniform(1, max(1.5, fil / 3))), 1)
        left -= q_
        vals = [
            short(d + timedelta(days=rng.randint(0, 2)), lg)[:5],
            cust,
            f"{d.year % 100}{serial(rng, '99999')}",
            kg(q_, lg),
            staff(h, "shed2")[:2],
        ]
        for c, t in zip(cols, vals, strict=True):
            hand(p, c[0], yy, t, 8, c[1] - c[0] - 3)
        p.line(m, yy + 4, w - m, yy + 4)
        yy += 15
        if left <= 0.5:
            break
    for _ in range(rng.randint(1, 4)):
        p.line(m, yy + 4, w - m, yy + 4)
        yy += 15
    p.text(
        m,
        yy + 18,
        tr(
            lg,
            "Waste / by-products (Cat. 3) kg:",
            "Nebenprodukte (Kat. 3) kg:",
            "Sous-produits (cat. 3) kg :",
        ),
        s.font,
        8,
    )
    hand(p, m + 190, yy + 18, kg(lot.kilos - fil, lg), 9)
    remember(d, x)
    return pages


def tpl_box_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A packaging supplier's invoice for polystyrene fish boxes, lids, liners, absorbent pads,
    labels and pallet wrap, with the signed delivery note copy behind it now and then."""
    r = keyed(who, "pack")
    h = make_head(r.choice(SENDERS["packaging"][home()]), home(), "packaging")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or r.random() < 0.7 else LETTER)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, {"en": "SI-999999", "de": "RE 9999999", "fr": "FC999999"}[lg])
    dn = serial(rng, "9999999")
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), dn),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice([tr(lg, "by phone", "telefonisch", "par tél."), serial(rng, "9999")]),
            ),
        ],
    )
    f.page.text(m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 5)
    f.y += s.size * 2.2
    cat = [
        (
            tr(
                lg,
                "EPS fish box 10 kg with drain",
                "EPS-Fischkiste 10 kg mit Ablauf",
                "Caisse PSE 10 kg avec égouttage",
            ),
            "pc",
            0.92,
        ),
        (tr(lg, "EPS fish box 5 kg", "EPS-Fischkiste 5 kg", "Caisse PSE 5 kg"), "pc", 0.64),
        (
            tr(lg, "Lid for 10 kg box", "Deckel für 10-kg-Kiste", "Couvercle caisse 10 kg"),
            "pc",
            0.31,
        ),
        (
            tr(lg, "LDPE liner 600 x 900", "PE-Inlay 600 x 900", "Sac polyéthylène 600 x 900"),
            "1000",
            22.5,
        ),
        (tr(lg, "Absorbent pad 40 x 60", "Saugeinlage 40 x 60", "Absorbant 40 x 60"), "500", 31.0),
        (
            tr(
                lg,
                "Thermal labels 100 x 150 (roll)",
                "Thermoetiketten 100 x 150 (Rolle)",
                "Étiquettes thermiques 100 x 150",
            ),
            tr(lg, "roll", "Rolle", "rlx"),
            9.8,
        ),
        (
            tr(lg, "Pallet stretch film 500 mm", "Stretchfolie 500 mm", "Film étirable 500 mm"),
            tr(lg, "roll", "Rolle", "rlx"),
            14.5,
        ),
        (tr(lg, "Gel ice packs 400 g", "Kühlakkus 400 g", "Plaques eutectiques 400 g"), "pc", 0.58),
        (tr(lg, "Waxed carton 20 kg", "Wachskarton 20 kg", "Carton ciré 20 kg"), "pc", 1.35),
    ]
    lines = rng.sample(cat, rng.randint(2, 6))
    rows = []
    net = 0.0
    for t, u, pr in lines:
        q = rng.choice([120, 240, 480, 960, 1440]) if u == "pc" else rng.randint(1, 12)
        v = round(q * pr, 2)
        net += v
        rows.append([serial(rng, "99-999"), t, str(q), u, money(pr, lg), money(v, lg)])
    cols = columns(
        m,
        w - m,
        [
            (0.9, "left"),
            (3.6, "left"),
            (0.8, "right"),
            (0.6, "left"),
            (0.9, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            "",
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        shade=0.9 if r.random() < 0.5 else None,
    )
    if rng.random() < 0.5:
        f.page.text(
            m,
            f.y,
            tr(lg, "Delivery charge", "Frachtkostenanteil", "Participation transport"),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, cash(25.0, lg), s.font, s.size - 1, "right")
        net += 25.0
        f.y += s.size * 1.8
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg, False),
        note=tr(
            lg,
            "Payment 30 days end of month.",
            "Zahlbar innerhalb 14 Tagen mit 2 % Skonto oder 30 Tage netto.",
            "Paiement 45 jours fin de mois.",
        ),
    )
    pages = close(f.pages, s, h)
    if r.random() < 0.45:
        q = Page(A4)
        copier_edge(q, rng)
        sq = style_of(h, A4)
        y = heading(q, sq, h)
        q.text(
            sq.margin,
            y,
            f"{tr(lg, 'DELIVERY NOTE', 'LIEFERSCHEIN', 'BON DE LIVRAISON')}  {dn}",
            sq.bold,
            12,
        )
        y += 22
        for t in office_lines():
            q.text(sq.margin, y, t, sq.font, 9)
            y += 11
        y += 14
        for row in rows:
            q.text(sq.margin, y, fit(f"{row[0]}   {row[1]}", sq.font, 9, w * 0.6), sq.font, 9)
            q.text(w - sq.margin, y, f"{row[2]} {row[3]}", sq.font, 9, "right")
            hand(q, w - sq.margin + 4, y, "v", 9)
            y += 13
        y += 30
        q.text(
            sq.margin,
            y,
            f"{tr(lg, 'Pallets', 'Paletten', 'Palettes')}: {rng.randint(1, 4)}   "
            f"{tr(lg, 'Received in good order', 'Ware vollständig erhalten', 'Reçu conforme')}:",
            sq.font,
            9,
        )
        scrawl(q, sq.margin + 250, y + 2, staff(office_head(), "shed0"), 12)
        hand(q, sq.margin, y + 24, short(d - timedelta(days=rng.randint(0, 3)), lg), 9)
        pages.append(q)
    received(rng, pages[0], lg, d)
    remember(d)
    return pages


def tpl_exchange_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A box and pallet exchange note (Lademittelschein, bon d'échange) on an A5 or A6 form:
    Euro pallets, plastic fish boxes and lids handed over and taken back, the balance, the
    driver's and the receiver's signatures; the haulier's after a CMR, else the box pool's."""
    x = LAST["extra"]
    run = x if after(("reefer_cmr",)) and isinstance(x, Run) else None
    h = run.haulier if run else make_head(SENDERS["boxpool"][home()][0], home(), "boxpool")
    lg = h.lang
    size = keyed(who, "sz").choice([A5, A6, LAND5])
    s = style_of(h, size, margin=22, pt=8)
    w, hh = size
    m = 22
    d = run.day if run else last_day(rng, ("exchange_note",), (0, 4))
    p = Page(size)
    y = heading(p, s, h)
    no = serial(rng, "999999")
    title = tr(
        lg,
        "PALLET AND BOX EXCHANGE NOTE",
        "LADEMITTELSCHEIN / PALETTENTAUSCH",
        "BON D'ÉCHANGE PALETTES ET BACS",
    )
    pt = shrink(title, s.bold, 10, w - 2 * m - 60)
    p.text(m, y, title, s.bold, pt)
    p.text(w - m, y, f"No {no}", "Courier-Bold", 9, "right")
    y += 12
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Vehicle", "Kennzeichen", "Véhicule"), plate(rng, lg)),
            (
                tr(lg, "Handed over by", "Übergeben von", "Remis par"),
                office_head().name if run else h.name,
            ),
            (
                tr(lg, "Received by", "Empfangen von", "Reçu par"),
                h.name if run else office_head().name,
            ),
        ],
        per=2,
        tall=24,
    )
    items = [
        tr(lg, "Euro pallets", "Europaletten", "Palettes Europe"),
        tr(lg, "Plastic fish boxes 40 l", "Fischkisten 40 l (Kunststoff)", "Bacs marée 40 l"),
        tr(lg, "Lids", "Deckel", "Couvercles"),
        tr(lg, "Dolly / roll cage", "Rollcontainer", "Rolls"),
    ]
    cols = columns(m, w - m, [(2.4, "left"), (1.0, "right"), (1.0, "right"), (1.0, "right")])
    hd = [
        "",
        tr(lg, "Given", "abgegeben", "Remis"),
        tr(lg, "Taken back", "zurück", "Repris"),
        tr(lg, "Balance", "Saldo", "Solde"),
    ]
    for c, t in zip(cols, hd, strict=True):
        p.text(
            c[1] if c[2] == "right" else c[0],
            y,
            t,
            s.bold,
            7.5,
            c[2] if c[2] == "right" else "left",
        )
    y += 5
    p.line(m, y, w - m, y)
    y += 13
    for it in items:
        g = (
            run.pallets
            if run and "alet" in it
            else rng.randint(0, 40)
            if "ox" in it or "iste" in it or "acs" in it
            else rng.randint(0, 6)
        )
        b = max(0, g - rng.randint(-2, 3))
        p.text(cols[0][0], y, it, s.font, 8)
        if g or b:
            hand(p, cols[1][1] - 18, y, str(g), 9)
            hand(p, cols[2][1] - 18, y, str(b), 9)
            hand(p, cols[3][1] - 18, y, f"{g - b:+d}", 9)
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y = max(y + 30, hh - 56)
    p.line(m, y, w / 2 - 10, y)
    p.line(w / 2 + 10, y, w - m, y)
    scrawl(p, m + 4, y - 3, staff(h, "driver"), 10)
    if rng.random() < 0.8:
        scrawl(p, w / 2 + 14, y - 3, staff(office_head(), "dispatch"), 10)
    p.text(m, y + 9, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 6.5)
    p.text(w / 2 + 10, y + 9, tr(lg, "Customer", "Verlader / Empfänger", "Client"), s.font, 6.5)
    p.text(
        w / 2,
        hh - 12,
        tr(
            lg,
            "White: carrier - yellow: customer - pink: book",
            "weiß: Frachtführer - gelb: Kunde - rosa: Block",
            "blanc : transporteur - jaune : client - rose : souche",
        ),
        s.font,
        5.5,
        "center",
    )
    remember(d, run)
    return [p]


def tpl_factoring_advice(rng: random.Random, who: Issuer) -> list[Page]:
    """A factoring company's funding statement: the invoices assigned in the period with the
    advance, the collections, the fees and the payment made, the current account; then the
    debtor ledger (customer, invoices open, days, limit) on a page or two of its own."""
    h = make_head(SENDERS["factor"][home()][0], home(), "factor")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    x = LAST["extra"]
    d = (
        x + timedelta(days=7)
        if after(("factoring_advice",)) and isinstance(x, date)
        else some_day(rng)
    )
    client = serial(keyed(who, "client"), "C-99999")
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Client', 'Anschlusskunde', 'Adhérent')} {client} - {short(d, lg)}",
    )
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Finance", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Client no.", "Kunden-Nr.", "N° adhérent"), client),
            (tr(lg, "Statement", "Abrechnung", "Relevé"), serial(rng, "9999")),
        ],
    )
    caption(
        f, s, tr(lg, "Funding statement", "Finanzierungsabrechnung", "Relevé de financement"), 1
    )
    rows = []
    gross = 0.0
    for _ in range(rng.randint(3, 18)):
        cust = rng.choice(SENDERS["customer"][lg])[0]
        v = round(rng.uniform(120, 4800), 2)
        gross += v
        rows.append(
            [
                short(d - timedelta(days=rng.randint(1, 7)), lg),
                f"{d.year % 100}{serial(rng, '99999')}",
                cust,
                money(v, lg),
            ]
        )
    cols = columns(m, w - m, [(1.1, "left"), (1.1, "left"), (3.2, "left"), (1.2, "right")])
    f.page.text(
        m,
        f.y,
        tr(lg, "Invoices assigned", "Angekaufte Forderungen", "Factures cédées"),
        s.bold,
        s.size,
    )
    f.y += s.size * 1.6
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Invoice", "Rechnung", "Facture"),
            tr(lg, "Debtor", "Debitor", "Débiteur"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
    )
    adv = keyed(who, "adv").choice([80, 85, 90])
    fee = keyed(who, "fee").choice([0.6, 0.85, 1.1, 1.4])
    collected = round(gross * rng.uniform(0.5, 1.3), 2)
    items = [
        (tr(lg, "Invoices assigned", "Forderungen gesamt", "Total cédé"), gross),
        (
            tr(lg, f"Advance {adv}%", f"Bevorschussung {adv} %", f"Financement {adv} %"),
            round(gross * adv / 100, 2),
        ),
        (
            tr(
                lg,
                f"Service charge {fee}%",
                f"Factoringgebühr {fee} %",
                f"Commission d'affacturage {fee} %",
            ),
            -round(gross * fee / 100, 2),
        ),
        (
            tr(lg, "Discount charge", "Zinsen", "Commission de financement"),
            -round(gross * rng.uniform(0.002, 0.006), 2),
        ),
        (tr(lg, "Collections received", "Zahlungseingänge Debitoren", "Encaissements"), collected),
        (
            tr(
                lg,
                "Payment to your account",
                "Auszahlung auf Ihr Konto",
                "Virement sur votre compte",
            ),
            round(gross * adv / 100 * rng.uniform(0.6, 0.98), 2),
        ),
    ]
    f.need(120)
    f.y += 8
    for t, v in items:
        f.page.text(m + 20, f.y, t, s.font, s.size - 0.5)
        f.page.text(w - m, f.y, cash(v, lg), s.font, s.size - 0.5, "right")
        f.y += s.size * 1.5
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Please check this statement and notify us of any discrepancy within 14 days. Funds "
            "are remitted by Faster Payment.",
            "Bitte prüfen Sie diese Abrechnung; Einwendungen innerhalb von 14 Tagen.",
            "Merci de vérifier ce relevé et de nous signaler toute anomalie sous 15 jours.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    sl = style_of(h, A4, pt=8)
    g = Sheets(A4, A4[1] - 50, lambda pg, k: ledger_head(pg, sl, h, client, d))
    lrows = []
    for row in SENDERS["customer"][lg] + rng.sample(
        SENDERS["customer"][rng.choice(["en", "de", "fr"])], 2
    ):
        n = rng.randint(0, 9)
        lrows.append(
            [
                row[0],
                row[2],
                str(n),
                money(n * rng.uniform(150, 900), lg),
                str(rng.randint(5, 70)),
                money(rng.choice([5000, 10000, 15000, 25000]), lg),
            ]
        )
    table(
        g,
        columns(
            sl.margin,
            A4[0] - sl.margin,
            [
                (2.8, "left"),
                (1.8, "left"),
                (0.6, "right"),
                (1.1, "right"),
                (0.8, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Debtor", "Debitor", "Débiteur"),
            tr(lg, "Town", "Ort", "Ville"),
            tr(lg, "Open", "offen", "Ouv."),
            tr(lg, "Balance", "Saldo", "Solde"),
            tr(lg, "Avg days", "Ø Tage", "Délai moy."),
            tr(lg, "Limit", "Limit", "Limite"),
        ],
        lrows,
        sl,
        rules=True,
        step=1.9,
    )
    pages.extend(g.pages)
    remember(d, d)
    return pages


def ledger_head(p: Page, s: Style, h: Head, client: str, d: date) -> float:
    w, _ = p.size
    m = s.margin
    p.text(
        m,
        m,
        tr(h.lang, "DEBTOR LEDGER SUMMARY", "DEBITORENÜBERSICHT", "BALANCE DES DÉBITEURS"),
        s.bold,
        11,
    )
    p.text(w - m, m, f"{client}  {short(d, h.lang)}", s.font, 8, "right")
    p.line(m, m + 6, w - m, m + 6)
    return m + 26


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same fish."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "auction_statement": tpl_auction_statement,
    "lot_slip": tpl_lot_slip,
    "landing_declaration": tpl_landing_declaration,
    "catch_certificate": tpl_catch_certificate,
    "processing_statement": tpl_processing_statement,
    "export_health_cert": tpl_export_health_cert,
    "port_health_visit": tpl_port_health_visit,
    "histamine_report": tpl_histamine_report,
    "cold_store_invoice": tpl_cold_store_invoice,
    "ice_docket": tpl_ice_docket,
    "reefer_cmr": tpl_reefer_cmr,
    "reefer_invoice": tpl_reefer_invoice,
    "fish_invoice": tpl_fish_invoice,
    "quality_claim": tpl_quality_claim,
    "claim_credit": tpl_claim_credit,
    "chill_record": tpl_chill_record,
    "trace_record": tpl_trace_record,
    "box_invoice": tpl_box_invoice,
    "exchange_note": tpl_exchange_note,
    "factoring_advice": tpl_factoring_advice,
}
TEMPLATES_PPP: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "lot_slip",
    "ice_docket",
    "fish_invoice",
    "auction_statement",
    "chill_record",
    "exchange_note",
    "landing_declaration",
    "reefer_cmr",
    "factoring_advice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "landing_declaration": "catch_certificate",
    "catch_certificate": "processing_statement",
    "processing_statement": "export_health_cert",
    "lot_slip": "auction_statement",
    "quality_claim": "claim_credit",
    "fish_invoice": "quality_claim",
    "reefer_cmr": "exchange_note",
    "exchange_note": "reefer_invoice",
    "histamine_report": "trace_record",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_goblet_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One merchant's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The merchant
    (country, name and port, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(MERCHANTS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_PPP, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_goblet_stream, "templates PPP")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

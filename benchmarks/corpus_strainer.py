"""Strainer part of the generated corpus: templates DDDDD, written blind for the next measurement.

A part of its own, ``strainer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a kitchen
and bathroom design showroom that plans, supplies and fits kitchens (the owner, two designers, a
fitting team and a showroom administrator; in England, Germany or France) feeds through its
scanner in a month: the showroom's design proposals to customers (now and then a covering
letter, the cover sheet, the list of plan drawings issued, the plan and elevation drawings on
landscape pages, the quotation priced by section and the terms); customers' signed orders (the
order form with the supply-and-fit and payment tick boxes, the deposit and the signatures, the
terms of sale in small print behind and now and then the notice of the right to cancel with its
cancellation form: Widerrufsbelehrung, bordereau de rétractation); point-of-sale lenders'
finance agreements (the key financial information, the agreement with the credit table, the
terms, the signature page and the direct debit or SEPA mandate); appliance distributors' order
confirmations (models, EAN codes, the delivery week) whose lines may run over pages; worktop
fabricators' template and order confirmations with the template drawing of the pieces and
cut-outs on a landscape page and the box to approve the template for cutting; furniture makers'
delivery notes with the carton list ticked and signed by the fitter, on A4 or A5 landscape,
their lines running over pages for a large kitchen; furniture makers' and distributors' monthly
invoices listing the deliveries; the showroom's weekly fitting schedules on landscape pages with
hand amendments; its completion and handover sign-off sheets with the checklist, the appliance
serial numbers and the customer's signature; electricians' and plumbers' subcontractor invoices
(a typed invoice or a page of a duplicate invoice book filled in by hand; CIS deduction, § 13b
UStG or autoliquidation notes); electrical installation certificates (a BS 7671 minor works or
installation certificate, a Prüfprotokoll nach DIN VDE 0100-600, an attestation de conformité NF
C 15-100) with the schedule of test results or the tableau des mesures on a landscape page; gas
installation certificates (a gas appliance installation and commissioning record, a Dichtheits-
und Gebrauchsfähigkeitsprüfung protocol, a certificat de conformité gaz) with tick boxes and
readings; appliance manufacturers' warranty registration confirmations (a letter with the
certificate, or a card); customers' snagging lists (handwritten on a notepad page or a printed
e-mail); customers' complaints, some with a photo page; manufacturers' service engineers' visit
reports; the showroom landlord's rent demands, some with the service charge schedule; the
electricity bills of the showroom with the meter readings page; trade association membership
letters with the certificate on a landscape page and the subscription invoice; and the broker's
insurance schedules behind a covering letter (contents and stock, liability, contract works,
goods in transit; the employers' liability certificate in England, the attestation d'assurance
décennale in France). Each stream is one showroom's pile: the showroom (country, name, month,
staff, customers' jobs) is drawn once per stream; its outside senders are of the showroom's
country and write in its language, except that furniture makers, appliance distributors and
manufacturers and now and then a customer are from abroad and write in their own. Page sizes
range from A6 guarantee cards and A5 invoice books, notepads and delivery notes to A4, Letter
and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the showroom files it: the
covering letter, cover sheet, drawings list, plan and elevation pages, quotation and terms of a
design proposal; the terms and cancellation form behind an order form; every page of a finance
agreement down to its direct debit mandate; the continuation pages of an order confirmation, a
delivery note's carton list or an invoice; the template drawing page of a worktop confirmation;
the schedule of test results of an electrical certificate; the certificate page of a warranty
registration; the photo page of a complaint; the service charge schedule of a rent demand; the
meter readings page of an electricity bill; the certificate and invoice sent with a membership
letter; the covering letter, schedule pages and liability certificate of an insurance schedule.
Related papers are documents of their own: the customer's signed order after the design
proposal, the finance agreement after the order, the furniture maker's invoice after its
delivery note, the customer's snagging list after the completion sheet, the service engineer's
report after a complaint, the electrician's or plumber's invoice after the certificate for the
same job; and so is each delivery note, invoice, confirmation, warranty registration and
completion sheet of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: delivery notes, furniture makers' and
distributors' invoices, subcontractors' invoices, appliance order confirmations, warranty
registrations and completion sheets often come 2-4 in a row from one sender with other jobs,
dates, numbers and amounts; and companions: each related paper above often follows the document
it answers, about the same job. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "strainer"`` and seeds offset by
10_700_000.

Usage: ``python benchmarks/corpus_strainer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/strainer/strainer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    MONTH_NAMES,
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
    yes_no,
)
from corpus_kit import address as window

PART = "strainer"
SEED_OFFSET = 10_700_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the showroom and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SHOWROOMS: dict[str, list[Row]] = {
    "en": [
        ("Hartley & Crewe Kitchens Ltd", "41 Station Road", "Harpenden AL5 4RR", "01582 760 214"),
        ("The Kitchen Room", "Unit 3, Bridge Street", "Shrewsbury SY1 1PZ", "01743 355 902"),
        ("Oakmere Kitchens & Bathrooms Ltd", "118 London Road", "Sevenoaks TN13 1BA", ""),
    ],
    "de": [
        ("Küchenstudio Brenner GmbH", "Mannheimer Straße 61", "69115 Heidelberg", "06221 43 87 20"),
        ("Küchenwerk Lindner", "Nürnberger Straße 12", "91052 Erlangen", "09131 81 40 66"),
        ("Bad & Küche Vogt GmbH", "Hauptstraße 140", "79576 Weil am Rhein", "07621 79 33 10"),
    ],
    "fr": [
        ("Cuisines Atelier Morel", "28 avenue de la Libération", "44000 Nantes", "02 40 35 61 18"),
        ("Espace Cuisine Berthier SARL", "4 rue Gutenberg", "67400 Illkirch", "03 88 67 20 41"),
        ("Cuisines & Bains Lacoste", "15 cours Gambetta", "13100 Aix-en-Provence", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "lender": {
        "en": [
            ("Hadleigh Retail Finance Ltd", "Albion House, 2 Queen Street", "Leeds LS1 2TW", ""),
            ("Pennant Consumer Credit plc", "Caxton Court", "Cardiff CF10 4AA", "0345 600 2210"),
        ],
        "de": [
            ("Südwest Kreditbank AG", "Theodor-Heuss-Straße 8", "70174 Stuttgart", ""),
            ("Teilzahlungsbank Rhein-Main", "Mainzer Landstraße 50", "60325 Frankfurt", ""),
        ],
        "fr": [
            ("Crédit Maison Finance SA", "12 rue du Quatre-Septembre", "75002 Paris", ""),
            ("Financo Atlantique", "3 place Graslin", "44000 Nantes", "09 69 32 10 10"),
        ],
    },
    "appliance": {
        "en": [
            ("Ashby Appliance Distribution Ltd", "Magna Park, Unit 12", "Lutterworth LE17 4XN", ""),
            ("Kitchenline Wholesale", "Denby Way", "Derby DE21 7BE", "01332 880 455"),
        ],
        "de": [
            ("Elektro-Großhandel Kessler GmbH", "Industriestraße 22", "68169 Mannheim", ""),
            ("Einbaugeräte Zentrale Süd", "Am Gewerbepark 5", "90552 Röthenbach", ""),
        ],
        "fr": [
            ("Distrilec Électroménager", "ZI Nord, 7 rue Denis Papin", "69150 Décines", ""),
            ("Sodiam Encastrable SAS", "Parc d'activités du Bois", "59810 Lesquin", ""),
        ],
    },
    "cabinets": {
        "en": [
            ("Pemberton Kitchen Furniture Ltd", "Ribble Valley Works", "Clitheroe BB7 1QF", ""),
            ("Northcraft Cabinets", "Unit 9, Orgreave Drive", "Sheffield S13 9NR", ""),
        ],
        "de": [
            ("Westfalia Küchenmöbel GmbH & Co. KG", "Möbelstraße 4", "32278 Kirchlengern", ""),
            ("Lippe-Küchen Produktions GmbH", "Industrieweg 30", "32657 Lemgo", ""),
        ],
        "fr": [
            ("Meubles Cuisine du Jura SAS", "Route de Lons", "39300 Champagnole", ""),
            ("Ateliers Vosgiens de Cuisine", "ZA de la Plaine", "88100 Saint-Dié", ""),
        ],
    },
    "worktop": {
        "en": [
            ("Granite & Quartz Surfaces Ltd", "Unit 4, Mill Lane", "St Albans AL3 6HH", ""),
            ("Stoneworks Direct", "Blackhorse Road", "Letchworth SG6 1HN", "01462 480 377"),
        ],
        "de": [
            ("Naturstein Bauer GmbH", "Steinmetzweg 3", "69168 Wiesloch", "06222 57 10 0"),
            ("Arbeitsplatten Fink", "Gewerbestraße 17", "91074 Herzogenaurach", ""),
        ],
        "fr": [
            ("Marbrerie du Val de Loire", "14 rue des Carriers", "44980 Sainte-Luce", ""),
            ("Plans & Quartz Alsace", "6 rue de l'Industrie", "67118 Geispolsheim", ""),
        ],
    },
    "electrician": {
        "en": [
            ("G. Whitlock Electrical", "27 Meadow Close", "Luton LU3 2EQ", "07791 224 610"),
            ("Brightspark Electrical Services", "9 Holly Way", "Tonbridge TN9 2QE", ""),
        ],
        "de": [
            ("Elektro Schäfer", "Lindenweg 8", "69181 Leimen", "06224 71 43 9"),
            ("Elektrotechnik Huber Meisterbetrieb", "Bachgasse 2", "91056 Erlangen", ""),
        ],
        "fr": [
            ("Électricité Guérin", "5 impasse des Tilleuls", "44240 La Chapelle-sur-Erdre", ""),
            ("SARL Élec Services 67", "22 rue du Rhin", "67380 Lingolsheim", ""),
        ],
    },
    "plumber": {
        "en": [
            ("P. Donnelly Plumbing & Heating", "14 Fern Avenue", "Welwyn AL6 9PL", ""),
            ("Aqua-Gas Services", "3 Kiln Road", "Sevenoaks TN14 5AB", "07866 402 118"),
        ],
        "de": [
            ("Sanitär Wolf GmbH", "Rohrbacher Straße 90", "69126 Heidelberg", ""),
            ("Heizung Sanitär Ott", "Am Anger 11", "91080 Uttenreuth", "09131 50 22 8"),
        ],
        "fr": [
            ("Plomberie Chauffage Lemoine", "31 rue Paul Bert", "44100 Nantes", ""),
            ("Ets Hartmann Sanitaire", "8 rue des Vosges", "67540 Ostwald", ""),
        ],
    },
    "maker": {
        "en": [
            (
                "Belford Domestic Appliances UK",
                "Customer Care, PO Box 411",
                "Milton Keynes MK1 1XY",
                "",
            ),
            ("Corrigan Cooking Ltd", "Range House", "Cannock WS11 0BD", "0344 815 6060"),
        ],
        "de": [
            ("Hausgeräte Nordhorn GmbH", "Kundendienst, Postfach 1120", "48501 Nordhorn", ""),
            ("Brandt & Söhne Einbaugeräte", "Carl-Benz-Straße 3", "74076 Heilbronn", ""),
        ],
        "fr": [
            ("Gamme Chef Électroménager", "Service consommateurs, CS 20014", "92300 Levallois", ""),
            ("Fours Delaunay SA", "Zone Industrielle", "72000 Le Mans", "0 809 10 22 40"),
        ],
    },
    "landlord": {
        "en": [
            ("Carrow Estates Ltd", "c/o Pryce Lomax Property Mgmt", "St Albans AL1 3JB", ""),
            ("The Weald Retail Park LLP", "Estate Office", "Sevenoaks TN13 2DN", ""),
        ],
        "de": [
            ("Grundstücksgemeinschaft Ebert", "Hausverwaltung Kranz", "69117 Heidelberg", ""),
            ("Fachmarktzentrum Erlangen KG", "Objektbüro", "91058 Erlangen", ""),
        ],
        "fr": [
            ("SCI Les Hauts de Gambetta", "Gestion Foncia Pro", "13100 Aix-en-Provence", ""),
            ("SCI Parc Atlantis", "23 boulevard Guist'hau", "44000 Nantes", ""),
        ],
    },
    "utility": {
        "en": [
            ("Meridian Business Energy", "PO Box 7702", "Nottingham NG1 9BP", "0333 200 4100"),
            ("Crown Commercial Power Ltd", "Trinity Park", "Ipswich IP3 9TB", ""),
        ],
        "de": [
            ("Stadtwerke Neckartal", "Kundencenter, Kurfürstenanlage 2", "69115 Heidelberg", ""),
            ("Frankenstrom Vertrieb GmbH", "Äußere Brucker Str. 33", "91052 Erlangen", ""),
        ],
        "fr": [
            ("Énergies Pro Atlantique", "TSA 60200", "44925 Nantes Cedex 9", ""),
            ("Alsace Électricité Entreprises", "BP 40132", "67004 Strasbourg Cedex", ""),
        ],
    },
    "association": {
        "en": [
            ("Kitchen & Bathroom Retailers Association", "Federation House", "Stoke ST4 2RS", ""),
            ("Guild of Kitchen Installers", "PO Box 219", "Banbury OX16 0BE", ""),
        ],
        "de": [
            ("Verband der Küchenfachhändler e.V.", "Friedrichstraße 95", "10117 Berlin", ""),
            ("Einkaufsring Küche Süd eG", "Robert-Bosch-Straße 1", "71032 Böblingen", ""),
        ],
        "fr": [
            ("Fédération des Cuisinistes Indépendants", "11 rue de Lisbonne", "75008 Paris", ""),
            ("Groupement Cuisine Conseil", "2 allée des Tanneurs", "49000 Angers", ""),
        ],
    },
    "broker": {
        "en": [
            ("Lytham Crabtree Insurance Brokers", "Regent House", "Preston PR1 2HE", ""),
            ("Ferrers & Pike Insurance Services", "12 Wood Street", "Stratford CV37 6JF", ""),
        ],
        "de": [
            (
                "Versicherungsmakler Seidel & Partner",
                "Bergheimer Straße 12",
                "69115 Heidelberg",
                "",
            ),
            ("Frankonia Assekuranz Makler GmbH", "Königstraße 70", "90402 Nürnberg", ""),
        ],
        "fr": [
            ("Cabinet Rousseau Assurances", "9 place Royale", "44000 Nantes", "02 40 48 77 12"),
            ("Agence Schaller & Associés", "30 rue du Faubourg", "67000 Strasbourg", ""),
        ],
    },
}
ROLE_LINE = {
    "showroom": (
        "Kitchen design - supply - installation",
        "Küchenplanung - Lieferung - Montage",
        "Conception - fourniture - pose de cuisines",
    ),
    "electrician": (
        "Domestic & commercial electrical contractor",
        "Elektroinstallation - E-Check",
        "Électricité générale - dépannage",
    ),
    "plumber": (
        "Plumbing - heating - gas",
        "Sanitär - Heizung - Gas",
        "Plomberie - chauffage - gaz",
    ),
    "worktop": (
        "Granite - quartz - solid surface",
        "Naturstein - Quarzstein - Keramik",
        "Granit - quartz - céramique",
    ),
}
FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Helen",
        "Mark",
        "Claire",
        "Andrew",
        "Rachel",
        "Paul",
        "Emma",
        "Gareth",
        "Nicola",
        "Stuart",
        "Joanne",
        "Ian",
    ],
    "de": [
        "Katrin",
        "Thomas",
        "Sabine",
        "Jörg",
        "Andrea",
        "Stefan",
        "Julia",
        "Markus",
        "Nina",
        "Uwe",
        "Claudia",
        "Florian",
        "Petra",
        "Dirk",
    ],
    "fr": [
        "Nathalie",
        "Julien",
        "Sandrine",
        "Olivier",
        "Camille",
        "Laurent",
        "Isabelle",
        "Nicolas",
        "Céline",
        "Franck",
        "Aurélie",
        "Didier",
        "Élodie",
        "Thierry",
    ],
}
FEMALE = {
    "Sarah",
    "Helen",
    "Claire",
    "Rachel",
    "Emma",
    "Nicola",
    "Joanne",
    "Katrin",
    "Sabine",
    "Andrea",
    "Julia",
    "Nina",
    "Claudia",
    "Petra",
    "Nathalie",
    "Sandrine",
    "Camille",
    "Isabelle",
    "Céline",
    "Aurélie",
    "Élodie",
}
LASTS = {
    "en": [
        "Whitfield",
        "Barker",
        "Osborne",
        "Patel",
        "Hughes",
        "Kendall",
        "Lloyd",
        "Fraser",
        "Marsh",
        "Atkinson",
        "Doyle",
        "Chandler",
        "Pearce",
        "Holloway",
    ],
    "de": [
        "Becker",
        "Hoffmann",
        "Schulze",
        "Krämer",
        "Zimmermann",
        "Lang",
        "Wagner",
        "Brandt",
        "Seitz",
        "Engel",
        "Kaya",
        "Vogel",
        "Albrecht",
        "Roth",
    ],
    "fr": [
        "Lefèvre",
        "Garnier",
        "Marchand",
        "Rousseau",
        "Bonnet",
        "Fabre",
        "Mercier",
        "Perrin",
        "Gauthier",
        "Chevalier",
        "Benali",
        "Roux",
        "Faure",
        "Masson",
    ],
}
ROADS = {
    "en": [
        "Beech Grove",
        "Church Lane",
        "Manor Road",
        "The Paddocks",
        "Victoria Avenue",
        "Orchard Way",
        "Coombe Rise",
        "St John's Road",
    ],
    "de": [
        "Blumenstraße",
        "Am Hang",
        "Schillerweg",
        "Eichendorffstraße",
        "Im Gartenfeld",
        "Kirchgasse",
        "Sonnenhalde",
        "Mozartstraße",
    ],
    "fr": [
        "rue des Acacias",
        "allée des Peupliers",
        "chemin du Moulin",
        "rue Victor Hugo",
        "impasse des Vignes",
        "rue de la Fontaine",
        "avenue Jean Jaurès",
        "rue Pasteur",
    ],
}
#: Customers' towns around each showroom (by the showroom's row).
TOWNS = {
    "en": [
        ["Harpenden AL5 2JT", "St Albans AL1 4QW", "Redbourn AL3 7PF", "Wheathampstead AL4 8LR"],
        ["Shrewsbury SY3 7LR", "Ludlow SY8 1EP", "Church Stretton SY6 6BX", "Wem SY4 5AA"],
        ["Sevenoaks TN13 3XA", "Tonbridge TN10 4HB", "Otford TN14 5PG", "Westerham TN16 1AS"],
    ],
    "de": [
        ["69120 Heidelberg", "69181 Leimen", "69168 Wiesloch", "69221 Dossenheim"],
        ["91054 Erlangen", "91074 Herzogenaurach", "91080 Uttenreuth", "90562 Heroldsberg"],
        ["79576 Weil am Rhein", "79540 Lörrach", "79588 Efringen-Kirchen", "79415 Bad Bellingen"],
    ],
    "fr": [
        ["44300 Nantes", "44700 Orvault", "44240 Sucé-sur-Erdre", "44230 Saint-Sébastien"],
        ["67400 Illkirch", "67200 Strasbourg", "67960 Entzheim", "67380 Lingolsheim"],
        ["13090 Aix-en-Provence", "13290 Les Milles", "13100 Le Tholonet", "13540 Puyricard"],
    ],
}


def place(town: str) -> str:
    """The town of an address without its postcode."""
    parts = town.split()
    if parts and parts[0].isdigit():
        return " ".join(parts[1:])
    return " ".join(t for t in parts if not any(c.isdigit() for c in t)) or town


TALK = {
    "en": {
        "kitchen": "kitchen design layout island units worktop appliances storage plinth cornice "
        "handleless drawers larder wall units lighting splashback sink tap colour finish",
        "legal": "order deposit balance goods installation customer company cancellation "
        "delivery risk title warranty defects liability payment notice contract period",
        "complaint": "fitter door drawer gap scratch worktop seal leak hob oven delay visit "
        "promised again still unacceptable disappointed weeks finish damage",
        "service": "appliance fault engineer visit part replaced tested error code door seal "
        "element fan pump board warranty customer call",
        "insure": "cover insured sum premium excess policy period property business stock "
        "liability indemnity endorsement clause schedule renewal",
    },
    "de": {
        "kitchen": "Küche Planung Insel Unterschrank Oberschrank Arbeitsplatte Geräte Sockel "
        "Blende grifflos Auszüge Hochschrank Beleuchtung Nischenrückwand Spüle Armatur Front",
        "legal": "Auftrag Anzahlung Restzahlung Ware Montage Kunde Verkäufer Widerruf Lieferung "
        "Gefahrübergang Eigentumsvorbehalt Gewährleistung Mängel Haftung Zahlung Frist Vertrag",
        "complaint": "Monteur Tür Schublade Spalt Kratzer Arbeitsplatte Silikon undicht Kochfeld "
        "Backofen Verzögerung Termin zugesagt immer noch enttäuscht Wochen Schaden",
        "service": "Gerät Fehler Techniker Einsatz Ersatzteil getauscht geprüft Fehlercode "
        "Türdichtung Heizelement Lüfter Pumpe Elektronik Garantie Kunde",
        "insure": "Versicherungssumme Beitrag Selbstbeteiligung Vertrag Zeitraum Betrieb Ware "
        "Haftpflicht Deckung Klausel Nachtrag Versicherungsschein Verlängerung",
    },
    "fr": {
        "kitchen": "cuisine implantation îlot meubles bas meubles hauts plan de travail "
        "électroménager socle corniche sans poignée tiroirs colonne éclairage crédence évier",
        "legal": "commande acompte solde marchandise pose client vendeur rétractation livraison "
        "transfert propriété garantie défauts responsabilité paiement délai contrat",
        "complaint": "poseur porte tiroir jeu rayure plan joint fuite plaque four retard "
        "rendez-vous promis toujours inacceptable déçus semaines finition dégât",
        "service": "appareil panne technicien intervention pièce remplacée testé code erreur "
        "joint résistance ventilateur pompe carte garantie client",
        "insure": "garantie capital prime franchise contrat période locaux activité stock "
        "responsabilité indemnité clause avenant conditions renouvellement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "kitchen", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "kitchen", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The showroom of a stream: its country, month, staff and customers' jobs
# ---------------------------------------------------------------------------------------------

STUDIO: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}

RANGES = {
    "en": [
        "Lucca handleless, matt graphite",
        "Shaker in-frame, painted sage",
        "Milano gloss white",
        "Harrow oak veneer",
        "Kingsley slab, dust grey",
        "Belgravia painted navy",
    ],
    "de": [
        "Lux grifflos, Lack matt Graphit",
        "Landhaus Rahmen, Salbeigrün",
        "Linea Hochglanz weiß",
        "Eiche Furnier natur",
        "Fenix NTM Grau",
        "Nobilia-Art Kaschmir matt",
    ],
    "fr": [
        "Lucca sans poignée, laque mat graphite",
        "Cottage cadre, vert sauge",
        "Milano brillant blanc",
        "Chêne plaqué naturel",
        "Fenix gris acier",
        "Ligne laquée bleu nuit",
    ],
}
WORKTOPS = {
    "en": [
        "20mm quartz, Calacatta",
        "30mm granite, Absolute Black",
        "12mm compact laminate",
        "40mm solid oak",
        "20mm sintered stone, concrete",
    ],
    "de": [
        "20 mm Quarzstein Calacatta",
        "30 mm Granit Nero Assoluto",
        "12 mm Kompaktplatte",
        "40 mm Massivholz Eiche",
        "12 mm Keramik Beton",
    ],
    "fr": [
        "Quartz 20 mm Calacatta",
        "Granit 30 mm Noir Absolu",
        "Compact 12 mm",
        "Chêne massif 40 mm",
        "Céramique 12 mm béton",
    ],
}
APPLIANCES = [  # kind (en, de, fr), model mask, price
    (("Built-in single oven", "Einbau-Backofen", "Four encastrable"), "BO-9999-AA", 649.0),
    (
        ("Compact combi microwave", "Kompakt-Mikrowelle", "Four compact micro-ondes"),
        "CM-999A",
        519.0,
    ),
    (
        ("Induction hob 80cm", "Induktionskochfeld 80 cm", "Table induction 80 cm"),
        "IH8-999A",
        729.0,
    ),
    (("Downdraft extractor", "Kochfeldabzug", "Hotte plan de travail"), "DD-99-AA", 1190.0),
    (("Chimney hood 90cm", "Wandhaube 90 cm", "Hotte murale 90 cm"), "CH90-999", 389.0),
    (
        (
            "Integrated dishwasher 60cm",
            "Geschirrspüler vollintegriert",
            "Lave-vaisselle tout intégrable",
        ),
        "DW-9999AA",
        579.0,
    ),
    (
        (
            "Integrated fridge freezer 70/30",
            "Einbau-Kühl-Gefrierkombination",
            "Réfrigérateur combiné intégrable",
        ),
        "FF-999-A",
        899.0,
    ),
    (("Warming drawer", "Wärmeschublade", "Tiroir chauffe-plats"), "WD-14-99", 359.0),
    (("Gas hob 4 burner", "Gaskochfeld 4 Brenner", "Table gaz 4 feux"), "GH-999A", 329.0),
    (("Boiling water tap", "Kochendwasserhahn", "Robinet eau bouillante"), "BWT-999", 995.0),
]


@dataclass
class Job:
    """One customer's kitchen, as a companion takes it up."""

    ref: str
    first: str
    last: str
    female: bool
    street: str
    town: str
    lang: str
    designer: str
    style: str
    top: str
    value: float
    fit: date
    kit: list[int] = field(default_factory=list)  # indices into APPLIANCES
    gas: bool = False

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(STUDIO["lang"])


def month() -> date:
    m = STUDIO["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's showroom and ``key``: a run or a repeat keeps
    its sender."""
    text = f"strainer/{key}/{who.name}/{who.street}/{who.city}/{STUDIO['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def studio_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"strainer/studio/{key}/{STUDIO['seed']}".encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    return d + timedelta(days=2) if d.weekday() == 6 else d


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def person(r: random.Random, lang: str) -> tuple[str, str, bool]:
    first = r.choice(FIRSTS[lang])
    return first, r.choice(LASTS[lang]), first in FEMALE


def crew() -> dict[str, list[str]]:
    """The showroom's people: owner, two designers, the fitters and the administrator."""
    r = studio_rng("crew")
    lg = home()
    firsts = r.sample(FIRSTS[lg], 7)
    names = [f"{a} {r.choice(LASTS[lg])}" for a in firsts]
    return {
        "owner": [names[0]],
        "designers": names[1:3],
        "fitters": names[3:6],
        "admin": [names[6]],
    }


def a_job(rng: random.Random) -> Job:
    """A new customer's kitchen: mostly a household of the showroom's country."""
    lg = home()
    c_lang = lg if rng.random() < 0.9 else rng.choice([x for x in ("en", "de", "fr") if x != lg])
    first, last, female = person(rng, c_lang)
    no = rng.randint(2, 180)
    road = rng.choice(ROADS[lg])
    kit = sorted(rng.sample(range(len(APPLIANCES)), rng.randint(3, 6)))
    gas = 8 in kit
    if gas and 2 in kit:
        kit.remove(2)
    prefix = "".join(t[0] for t in showroom_row()[0].replace("&", " ").split()[:2]).upper()
    return Job(
        ref=f"{prefix}{month().year % 100}-{rng.randint(100, 899)}",
        first=first,
        last=last,
        female=female,
        street=f"{road} {no}" if lg == "de" else f"{no} {road}" if lg == "en" else f"{no}, {road}",
        town=rng.choice(TOWNS[lg][int(STUDIO["row"])]),
        lang=c_lang,
        designer=rng.choice(crew()["designers"]),
        style=rng.choice(RANGES[lg]),
        top=rng.choice(WORKTOPS[lg]),
        value=round(
            rng.choice([9800, 14500, 18900, 23400, 31800, 42600]) * rng.uniform(0.85, 1.2), 2
        ),
        fit=some_day(rng) + timedelta(days=rng.randint(-20, 25)),
        kit=kit,
        gas=gas,
    )


def job_for(rng: random.Random, kinds: tuple[str, ...]) -> Job:
    """The previous document's job if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def showroom_row() -> Row:
    return SHOWROOMS[home()][int(STUDIO["row"])]  # type: ignore[call-overload]


def job_lines(job: Job) -> list[str]:
    return [cust_name(job, job.lang if job.lang == home() else home()), job.street, job.town]


def cust_name(job: Job, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if job.female else 'Herrn'} {job.name}"
    if lang == "fr":
        return f"{'Madame' if job.female else 'Monsieur'} {job.first} {job.last.upper()}"
    return f"{'Mrs' if job.female else 'Mr'} {job.first[0]}. {job.last}"


def salute(job: Job, lang: str) -> str:
    if lang == "de":
        title = "Sehr geehrte Frau" if job.female else "Sehr geehrter Herr"
        return f"{title} {job.last},"
    if lang == "fr":
        return f"{'Madame' if job.female else 'Monsieur'},"
    return f"Dear {'Mrs' if job.female else 'Mr'} {job.last},"


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
    look: str  # band | centred | letter | boxed | plain | side
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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Heidelberg", "VR Bank Erlangen", "Sparkasse Lörrach", "Commerzbank"]
        )
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if any(t in name for t in ("GmbH", "AG", "KG", "eG")):
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Mannheim', 'Fürth', 'Freiburg', 'Stuttgart'])} HR"
                f"{r.choice(['A', 'B'])} {r.randint(1000, 99999)} - Geschäftsführung: "
                f"{r.choice(FIRSTS['de'])} {r.choice(LASTS['de'])}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        form = next((t for t in ("SARL", "SAS", "SA") if t in name.split()), "")
        capital = f" au capital de {r.choice([8000, 15000, 50000, 200000]):,} €".replace(",", " ")
        out = [
            f"{name}{' ' + capital if form else ''} - SIRET {siret} - APE "
            f"{r.choice(['4759A', '4332A', '4321A', '4322B', '3102Z'])} - "
            f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}"
        ]
        if role in ("showroom", "electrician", "plumber", "worktop"):
            out.append(
                f"Assurance décennale {r.choice(['MAAF Pro', 'SMABTP', 'AXA France IARD'])} "
                f"contrat n° {r.randint(1000000, 9999999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "electrician" and r.random() < 0.7:
        out.append(r.choice(["NICEIC Approved Contractor", "NAPIT registered"]))
    if role == "plumber":
        out.append(f"Gas Safe Register No. {r.randint(100000, 999999)}")
    if role == "lender":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority FRN "
            f"{r.randint(300000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"strainer/head/{name}/{STUDIO['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = max(
        ("".join(c for c in t.lower() if c.isalpha() and c.isascii()) for t in name.split()),
        key=len,
    )[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("electrician", "plumber"):
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
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def studio_head() -> Head:
    return make_head(showroom_row(), home(), "showroom")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and showroom), of the
    showroom's country or, with odds ``abroad``, of another."""
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


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
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
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
        p.text(m, y + 4, h.name, h.bold, pt)
        tag = ROLE_LINE.get(h.role)
        if tag:
            p.text(m, y + 15, tr(h.lang, *tag), italic_of(h.font), 7.5)
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
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the showroom's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                rng.choice(
                    {
                        "en": ["Admin", "Accounts", "Showroom"],
                        "de": ["Büro", "Buchhaltung", "Ausstellung"],
                        "fr": ["Secrétariat", "Compta", "Magasin"],
                    }[lg]
                ),
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, closing: str = "") -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        closing
        or tr(
            lang,
            ["Yours sincerely", "Kind regards", "Best regards", "Yours faithfully"][len(name) % 4],
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


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"strainer/staff/{tag}/{h.name}/{STUDIO['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return name


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def studio_lines(att: str = "") -> list[str]:
    return head_lines(studio_head(), att)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rate: float,
    label: str = "",
    note: str = "",
    due: str = "",
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
        (due or tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), gross)
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


def small_print(
    rng: random.Random,
    s0: Style,
    lg: str,
    title: str,
    heads: list[str],
    topic: str = "legal",
    cols: int = 2,
) -> Page:
    """A page of small print under ``title`` in ``cols`` columns: numbered clauses."""
    s = paper(s0, s0.page_size, margin=min(s0.margin, 42), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    cw = (w - 2 * m - 14 * (cols - 1)) / cols
    p = Page(s.page_size)
    p.text(w / 2, m, fit(title, s.bold, 9, w - 2 * m), s.bold, 9, "center")
    k = 0
    for c in range(cols):
        x = m + c * (cw + 14)
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


def sign_line(
    p: Page, s: Style, x: float, y: float, w: float, label: str, who: str = "", pt: float = 12
) -> None:
    """A signature line with its label under it, signed by ``who`` when given."""
    if who:
        scrawl(p, x + 6, y - 3, who, pt)
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 6.5, w), s.font, 6.5)


TERMS_HEADS = {
    "en": [
        "Definitions",
        "Quotations and orders",
        "Deposit and payment",
        "Survey and measurements",
        "Delivery",
        "Installation",
        "Variations",
        "Risk and title",
        "Guarantee",
        "Defects and snagging",
        "Cancellation",
        "Liability",
        "Data protection",
        "Complaints",
        "Law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Anzahlung und Zahlung",
        "Aufmaß",
        "Lieferung",
        "Montage",
        "Änderungen",
        "Gefahrübergang",
        "Eigentumsvorbehalt",
        "Gewährleistung",
        "Abnahme",
        "Haftung",
        "Datenschutz",
        "Streitbeilegung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Devis et commande",
        "Acompte et paiement",
        "Métré",
        "Livraison",
        "Pose",
        "Modifications",
        "Transfert des risques",
        "Réserve de propriété",
        "Garanties",
        "Réception des travaux",
        "Responsabilité",
        "Données personnelles",
        "Médiation",
        "Juridiction",
    ],
}


# ---------------------------------------------------------------------------------------------
# Drawings: plans, elevations and worktop templates
# ---------------------------------------------------------------------------------------------


def title_block(
    p: Page, h: Head, job: Job, title: str, no: str, d: date, scale: str, drawn: str = ""
) -> None:
    """The title block in the bottom right corner of a drawing sheet."""
    w, hh = p.size
    bw, bh = 236.0, 96.0
    x, y = w - 30 - bw, hh - 30 - bh
    p.rect(x, y, bw, bh)
    p.line(x, y + 22, x + bw, y + 22)
    p.line(x, y + 58, x + bw, y + 58)
    p.line(x + bw / 2, y + 58, x + bw / 2, y + bh)
    p.text(x + 5, y + 14, fit(h.name, h.bold, 9, bw - 10), h.bold, 9)
    p.text(
        x + 5, y + 33, fit(f"{job.name} - {job.street}, {job.town}", h.font, 7, bw - 10), h.font, 7
    )
    p.text(x + 5, y + 48, fit(title, h.bold, 8.5, bw - 10), h.bold, 8.5)
    lg = h.lang
    cells = [
        (tr(lg, "Drawing no.", "Plan-Nr.", "Plan n°"), no),
        (tr(lg, "Scale", "Maßstab", "Échelle"), scale),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Drawn by", "Gezeichnet", "Dessiné par"), drawn or job.designer),
    ]
    for k, (cap, val) in enumerate(cells):
        cx = x + (k % 2) * bw / 2 + 4
        cy = y + 66 + (k // 2) * 16
        p.text(cx, cy, cap, h.font, 5.5)
        p.text(cx, cy + 8, fit(val, h.font, 7, bw / 2 - 8), h.font, 7)
    p.text(
        x,
        y - 5,
        tr(
            lg,
            "All dimensions in mm. Do not scale. Check on site.",
            "Alle Maße in mm. Maße vor Ort prüfen.",
            "Cotes en mm. À vérifier sur site.",
        ),
        h.font,
        5.5,
    )


def dim(p: Page, x1: float, y1: float, x2: float, y2: float, label: str) -> None:
    """A dimension line with end ticks and its figure."""
    p.line(x1, y1, x2, y2)
    if y1 == y2:
        p.line(x1, y1 - 3, x1, y1 + 3)
        p.line(x2, y2 - 3, x2, y2 + 3)
        p.text((x1 + x2) / 2, y1 - 3, label, "Helvetica", 6, "center")
    else:
        p.line(x1 - 3, y1, x1 + 3, y1)
        p.line(x2 - 3, y2, x2 + 3, y2)
        p.text(x1 + 4, (y1 + y2) / 2, label, "Helvetica", 6)


UNIT_CODES = [
    "B30",
    "B40",
    "B50",
    "B60",
    "DR60",
    "DR80",
    "SU80",
    "SU100",
    "DW60",
    "BO60",
    "BC100",
    "P20",
    "PD80",
    "B60",
    "DR60",
    "FS15",
]
TALL_CODES = ["TH60", "TL60", "HF60", "LD50", "TO60", "B60", "DR60"]


def plan_page(rng: random.Random, h: Head, job: Job, no: str, d: date) -> Page:
    """A floor plan of the kitchen on a landscape sheet: walls, units with their codes, an
    island now and then, dimensions and the title block."""
    p = Page(A4L)
    w, hh = A4L
    p.rect(22, 22, w - 44, hh - 44)
    room_w, room_d = rng.choice([3600, 4200, 4800, 5400]), rng.choice([2800, 3200, 3600, 4000])
    area_w, area_h = w - 44 - 290, hh - 44 - 80
    k = min(area_w / room_w, area_h / room_d)
    x0, y0 = 60.0, 60.0
    rw, rd = room_w * k, room_d * k
    p.rect(x0 - 6, y0 - 6, rw + 12, rd + 12, fill=0.35)
    p.rect(x0, y0, rw, rd, fill=1.0)
    depth = 600 * k
    # the door on the bottom wall, a window on the top wall
    dx = x0 + rw * rng.uniform(0.55, 0.75)
    p.rect(dx, y0 + rd - 1, 820 * k, 8, fill=1.0)
    p.line(dx, y0 + rd, dx + 820 * k * 0.7, y0 + rd - 820 * k * 0.7)
    wx = x0 + rw * rng.uniform(0.25, 0.45)
    p.rect(wx, y0 - 6, 1200 * k, 6, fill=0.9)
    p.line(wx, y0 - 3, wx + 1200 * k, y0 - 3)
    # base run along the top wall and the left wall
    x = x0
    while x + 300 * k < x0 + rw - 50 * k:
        mm = rng.choice([400, 500, 600, 600, 800, 1000])
        mm = min(mm, int((x0 + rw - x) / k))
        if mm < 300:
            break
        p.rect(x, y0, mm * k, depth)
        p.text(
            x + mm * k / 2, y0 + depth / 2 + 2, rng.choice(UNIT_CODES), "Helvetica", 5.5, "center"
        )
        x += mm * k
    y = y0 + depth
    while y + 300 * k < y0 + rd - 900 * k:
        mm = rng.choice([400, 600, 600, 600])
        p.rect(x0, y, depth, mm * k)
        p.text(
            x0 + depth / 2, y + mm * k / 2 + 2, rng.choice(TALL_CODES), "Helvetica", 5.5, "center"
        )
        y += mm * k
    if room_w >= 4200 and rng.random() < 0.6:
        iw, idp = min(2400, room_w - 2400) * k, 900 * k
        ix, iy = x0 + rw / 2 - iw / 2 + 200 * k, y0 + rd / 2 - idp / 2 + 150 * k
        p.rect(ix, iy, iw, idp)
        p.rect(ix + 4, iy + 4, iw - 8, idp - 8)
        p.text(
            ix + iw / 2,
            iy + idp / 2 + 2,
            tr(h.lang, "ISLAND", "INSEL", "ÎLOT"),
            "Helvetica",
            6.5,
            "center",
        )
    dim(p, x0, y0 + rd + 22, x0 + rw, y0 + rd + 22, str(room_w))
    dim(p, x0 + rw + 22, y0, x0 + rw + 22, y0 + rd, str(room_d))
    p.text(x0, 40, tr(h.lang, "PLAN VIEW", "GRUNDRISS", "VUE EN PLAN"), "Helvetica-Bold", 9)
    title_block(
        p,
        h,
        job,
        tr(h.lang, "Kitchen - plan", "Küche - Grundriss", "Cuisine - plan"),
        no,
        d,
        "1:20",
    )
    return p


def elevation_page(rng: random.Random, h: Head, job: Job, no: str, d: date, wall: str) -> Page:
    """An elevation of one wall on a landscape sheet: base units, worktop, wall units and
    tall units drawn as doors with handles, and the heights."""
    p = Page(A4L)
    w, hh = A4L
    p.rect(22, 22, w - 44, hh - 44)
    run = rng.choice([3000, 3600, 4200])
    k = (w - 44 - 330) / run
    x0, floor = 60.0, hh - 200.0
    plinth, base, top, gap, wall_h = 150 * k, 720 * k, 30 * k, 550 * k, 720 * k
    p.line(x0 - 20, floor, x0 + run * k + 20, floor)
    x = x0
    tall = rng.random() < 0.5
    if tall:
        tw_ = 600 * k
        p.rect(x, floor - 2150 * k, tw_, 2150 * k - plinth)
        p.rect(x + 4, floor - 2150 * k + 4, tw_ - 8, 1000 * k)
        p.line(x + tw_ - 10, floor - 1600 * k, x + tw_ - 10, floor - 1500 * k)
        x += tw_
    start = x
    while x < x0 + run * k - 300 * k:
        u = rng.choice([400, 500, 600, 600, 800])
        u = min(u, int((x0 + run * k - x) / k))
        p.rect(x, floor - plinth - base, u * k, base)
        if rng.random() < 0.5:
            for j in range(3):
                p.line(
                    x + 2,
                    floor - plinth - base * j / 3,
                    x + u * k - 2,
                    floor - plinth - base * j / 3,
                )
        p.line(
            x + u * k / 2 - 8,
            floor - plinth - base + 8,
            x + u * k / 2 + 8,
            floor - plinth - base + 8,
        )
        x += u * k
    p.rect(start, floor - plinth, x - start, plinth, fill=0.7)
    p.rect(start, floor - plinth - base - top, x - start, top, fill=0.55)
    wy = floor - plinth - base - top - gap - wall_h
    xx = start
    while xx < x - 300 * k:
        u = rng.choice([400, 600, 600, 800])
        u = min(u, int((x - xx) / k))
        if u < 300:
            break
        p.rect(xx, wy, u * k, wall_h)
        xx += u * k
    dim(p, x0 + run * k + 30, floor - plinth - base - top, x0 + run * k + 30, floor, "900")
    dim(p, x0 + run * k + 30, wy, x0 + run * k + 30, wy + wall_h, "720")
    dim(p, x0, floor + 24, x0 + run * k, floor + 24, str(run))
    p.text(
        x0,
        40,
        tr(h.lang, f"ELEVATION {wall}", f"ANSICHT {wall}", f"ÉLÉVATION {wall}"),
        "Helvetica-Bold",
        9,
    )
    title_block(
        p,
        h,
        job,
        tr(h.lang, f"Elevation {wall}", f"Ansicht Wand {wall}", f"Élévation mur {wall}"),
        no,
        d,
        "1:20",
    )
    return p


# ---------------------------------------------------------------------------------------------
# Templates DDDDD: the showroom's proposals, orders and finance
# ---------------------------------------------------------------------------------------------

SECTIONS = {
    "en": ["Furniture", "Worktops & upstands", "Appliances", "Sinks & taps", "Installation"],
    "de": ["Möbel", "Arbeitsplatten & Wangen", "Elektrogeräte", "Spüle & Armatur", "Montage"],
    "fr": ["Mobilier", "Plans de travail", "Électroménager", "Évier & robinetterie", "Pose"],
}
FURNITURE = {
    "en": [
        "Base unit 600 1 door 1 drawer",
        "Pan drawer unit 800",
        "Sink base unit 1000",
        "Tall oven housing 600",
        "Wall unit 600 x 720",
        "Corner carousel unit 1000",
        "Larder unit 500 internal drawers",
        "Plinth 150mm, per metre",
        "Cornice, per metre",
        "Decor end panel",
        "LED under-cabinet strip",
    ],
    "de": [
        "Unterschrank 60 cm 1 Tür 1 Auszug",
        "Auszugschrank 80 cm",
        "Spülenunterschrank 100",
        "Hochschrank für Backofen 60",
        "Hängeschrank 60 x 72",
        "Eckschrank mit Karussell",
        "Apothekerschrank 50",
        "Sockelblende lfm.",
        "Kranzleiste lfm.",
        "Wange 25 mm",
        "LED-Unterbauleuchte",
    ],
    "fr": [
        "Meuble bas 60 1 porte 1 tiroir",
        "Meuble casseroliers 80",
        "Meuble sous-évier 100",
        "Colonne four 60",
        "Meuble haut 60 x 72",
        "Meuble d'angle à plateaux",
        "Colonne coulissante 50",
        "Socle, le mètre",
        "Corniche, le mètre",
        "Joue de finition",
        "Réglette LED",
    ],
}


def tpl_design_proposal(rng: random.Random, who: Issuer) -> list[Page]:
    """The showroom's design proposal to a customer: now and then a covering letter, the cover
    sheet with the visualisation, the list of drawings issued, the plan and elevations on
    landscape pages, the quotation priced by section and the terms of sale."""
    job = a_job(rng)
    h = studio_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    pages: list[Page] = []
    rev = rng.choice(["A", "A", "B", "C"])
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(
            f, s, h, job_lines(job), d, [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), job.ref)]
        )
        f.page.text(
            m,
            f.y,
            tr(lg, "Your new kitchen", "Ihre neue Küche", "Votre future cuisine"),
            s.bold,
            s.size + 1,
        )
        f.y += 20
        write(f, s, salute(job, lg))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for visiting our showroom. As promised, please find enclosed the design "
                "we discussed, with the drawings and our quotation.",
                "vielen Dank für Ihren Besuch in unserer Ausstellung. Wie besprochen erhalten Sie "
                "anbei Ihre Küchenplanung mit den Zeichnungen und unserem Angebot.",
                "nous vous remercions de votre visite. Comme convenu, vous trouverez ci-joint "
                "l'étude de votre cuisine avec les plans et notre devis.",
            ),
        )
        write(f, s, prose(rng, lg, "kitchen", 2, 3))
        write(
            f,
            s,
            tr(
                lg,
                f"The quotation is valid for 30 days. A deposit of 25% secures your fitting date "
                f"from {short(job.fit, lg)}.",
                f"Das Angebot ist 4 Wochen gültig. Mit der Anzahlung reservieren wir Ihren "
                f"Montagetermin ab {short(job.fit, lg)}.",
                f"Le devis est valable 30 jours. Un acompte de 30 % réserve votre date de pose à "
                f"partir du {short(job.fit, lg)}.",
            ),
        )
        regards(
            f,
            s,
            lg,
            job.designer,
            tr(lg, "Kitchen designer", "Küchenplaner/in", "Concepteur cuisine"),
        )
        pages += close(f.pages, s, h, numbers="none")
    covers = len(pages)
    # cover sheet
    cp = Page(A4)
    y = heading(cp, s, h)
    title = tr(lg, "Kitchen Design Proposal", "Ihre Küchenplanung", "Votre projet cuisine")
    cp.text(w / 2, y + 60, title, s.bold, shrink(title, s.bold, 24, w - 2 * m), "center")
    cp.text(w / 2, y + 86, f"{job.name}  -  {job.street}, {job.town}", s.font, s.size + 1, "center")
    photo(cp, m + 20, y + 110, w - 2 * m - 40, (w - 2 * m - 40) * 0.62, rng)
    yy = y + 130 + (w - 2 * m - 40) * 0.62
    yy = pairs(
        cp,
        s,
        m + 60,
        yy,
        [
            (tr(lg, "Project", "Projekt", "Projet"), job.ref),
            (tr(lg, "Range", "Programm", "Modèle"), job.style),
            (tr(lg, "Worktop", "Arbeitsplatte", "Plan de travail"), job.top),
            (tr(lg, "Designer", "Ihr/e Planer/in", "Votre concepteur"), job.designer),
            (tr(lg, "Issue", "Stand", "Version"), f"{rev} - {day(h, d)}"),
        ],
        w - m - 60,
        s.size,
    )
    pages.append(cp)
    drg = [
        (f"{job.ref}-0{k + 1}", t)
        for k, t in enumerate(
            [
                tr(lg, "Plan", "Grundriss", "Plan"),
                tr(lg, "Elevation A", "Ansicht Wand A", "Élévation mur A"),
                tr(lg, "Elevation B", "Ansicht Wand B", "Élévation mur B"),
            ]
        )
    ]
    n_elev = rng.choice([0, 1, 1, 2])
    drg = drg[: 1 + n_elev]
    if rng.random() < 0.6:
        f = sheets(s, h, f"{h.name} - {job.ref}", top=False)
        caption(
            f,
            s,
            tr(lg, "Drawings issued", "Zeichnungsverzeichnis", "Liste des plans"),
            3,
            rule=True,
        )
        cols = columns(
            m, w - m, [(1.6, "left"), (3, "left"), (0.8, "center"), (0.6, "center"), (1.2, "left")]
        )
        rows = [[no, t, "1:20", rev, short(d, lg)] for no, t in drg]
        rows.append(
            [
                f"{job.ref}-VIS",
                tr(
                    lg,
                    "Visualisation (indicative)",
                    "Visualisierung (unverbindlich)",
                    "Perspective (non contractuelle)",
                ),
                "-",
                rev,
                short(d, lg),
            ]
        )
        table(
            f,
            cols,
            [
                tr(lg, "Drawing", "Plan-Nr.", "N°"),
                tr(lg, "Title", "Inhalt", "Titre"),
                tr(lg, "Scale", "M", "Éch."),
                "Rev",
                tr(lg, "Date", "Datum", "Date"),
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
                "Revision notes: " + words(rng, lg, "kitchen", 10),
                "Änderungen: " + words(rng, lg, "kitchen", 10),
                "Modifications : " + words(rng, lg, "kitchen", 10),
            ),
            s.size - 1,
        )
        write(
            f,
            s,
            tr(
                lg,
                "Final dimensions are confirmed by our check measure before the order is placed.",
                "Maßgeblich ist das Aufmaß vor Bestellung.",
                "Les cotes définitives seront relevées lors du métré avant commande.",
            ),
            s.size - 1,
        )
        pages += f.pages
    pages.append(plan_page(rng, h, job, drg[0][0], d))
    for k in range(n_elev):
        pages.append(elevation_page(rng, h, job, drg[k + 1][0], d, "AB"[k]))
    # quotation
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {job.ref}")
    caption(f, s, tr(lg, f"QUOTATION {job.ref}", f"ANGEBOT {job.ref}", f"DEVIS N° {job.ref}"), 3)
    write(f, s, f"{cust_name(job, lg)}, {job.street}, {job.town} - {day(h, d)}", s.size - 0.5)
    cols = columns(
        m, w - m, [(0.8, "left"), (4.2, "left"), (0.6, "right"), (1.2, "right"), (1.2, "right")]
    )
    net = 0.0
    for k, sec in enumerate(SECTIONS[lg]):
        f.heading(m, sec, s.bold, s.size)
        rows = []
        if k == 0:
            items = [
                (t, rng.randint(1, 4), rng.choice([145, 189, 212, 264, 310, 388, 455]))
                for t in rng.sample(FURNITURE[lg], rng.randint(5, 9))
            ]
        elif k == 1:
            items = [
                (job.top, 1, rng.choice([1450, 2380, 3120, 3890])),
                (
                    tr(lg, "Upstand 100mm", "Aufkantung 10 cm", "Crédence 10 cm"),
                    1,
                    rng.choice([180, 260, 340]),
                ),
            ]
        elif k == 2:
            items = [
                (APPLIANCES[i][0][["en", "de", "fr"].index(lg)], 1, APPLIANCES[i][2])
                for i in job.kit
            ]
        elif k == 3:
            items = [
                (
                    tr(
                        lg,
                        "Undermount sink 1.5 bowl",
                        "Unterbauspüle 1,5 Becken",
                        "Évier sous plan 1,5 bac",
                    ),
                    1,
                    289,
                ),
                (
                    tr(
                        lg,
                        "Mixer tap, brushed steel",
                        "Einhebelmischer Edelstahl",
                        "Mitigeur inox brossé",
                    ),
                    1,
                    rng.choice([149, 229, 349]),
                ),
            ]
        else:
            items = [
                (
                    tr(
                        lg,
                        "Fitting of furniture and worktops",
                        "Montage Möbel und Arbeitsplatten",
                        "Pose des meubles et plans",
                    ),
                    1,
                    rng.choice([1650, 2100, 2800]),
                ),
                (
                    tr(
                        lg,
                        "Electrical and plumbing connections",
                        "Elektro- und Wasseranschluss",
                        "Raccordements électricité et eau",
                    ),
                    1,
                    rng.choice([480, 620, 790]),
                ),
            ]
            if rng.random() < 0.5:
                items.append(
                    (
                        tr(
                            lg,
                            "Removal of old kitchen",
                            "Demontage und Entsorgung",
                            "Dépose et évacuation",
                        ),
                        1,
                        350,
                    )
                )
        for j, (t, q, pr) in enumerate(items):
            v = q * pr
            net += v
            rows.append([f"{k + 1}.{j + 1}", t, str(q), money(pr, lg), money(v, lg)])
        table(
            f,
            cols,
            [
                "",
                tr(lg, "Item", "Position", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Unit", "EP", "P.U."),
                tr(lg, "Total", "GP", "Total"),
            ],
            rows,
            s,
            size=s.size - 1.5,
        )
    disc = round(net * rng.choice([0, 0.05, 0.1, 0.15]), 2)
    if disc:
        f.need(20)
        f.page.text(
            w * 0.56,
            f.y,
            tr(lg, "Showroom discount", "Ausstellungsrabatt", "Remise showroom"),
            s.font,
            s.size,
        )
        f.page.text(w - m, f.y, f"- {money(disc, lg)}", s.font, s.size, "right")
        f.y += s.size * 1.6
    gross = totals(
        f,
        s,
        lg,
        round(net - disc, 2),
        vat_rate(lg) if lg != "fr" else 10.0,
        label=tr(lg, "VAT 20%", "MwSt. 19 %", "TVA 10 % (travaux de rénovation)"),
    )
    job.value = round(gross, 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Deposit 25% with order: {cash(gross * 0.25, lg)}. Balance on completion.",
            "Zahlungsplan: 30 % bei Auftrag, 60 % bei Lieferung, 10 % nach Abnahme.",
            "Acompte de 30 % à la commande, solde à la réception des travaux.",
        ),
        s.size - 1,
    )
    pages += close(f.pages, s, h)
    if rng.random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and conditions of sale",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS_HEADS[lg],
            )
        )
    if rng.random() < 0.5:
        number_pages(pages, s, rng.choice(PAGE_NOS[lg][3:]), "br", covers, bottom=14)
    remember(job, d)
    return pages


def cancel_page(rng: random.Random, s0: Style, h: Head, job: Job, d: date) -> Page:
    """The notice of the right to cancel with the cancellation form below a cut line."""
    lg = h.lang
    s = paper(s0, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    f = Sheets((w, hh), hh - m, lambda p, n: m)
    caption(
        f,
        s,
        tr(lg, "Notice of the right to cancel", "Widerrufsbelehrung", "Droit de rétractation"),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            "You have the right to cancel this contract within 14 days without giving any reason. "
            "The cancellation period will expire after 14 days from the day of the conclusion of "
            f"the contract. To exercise the right to cancel, you must inform us ({h.name}, "
            f"{h.street}, {h.town}) of your decision by a clear statement.",
            "Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu "
            "widerrufen. Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag des "
            f"Vertragsabschlusses. Um Ihr Widerrufsrecht auszuüben, müssen Sie uns ({h.name}, "
            f"{h.street}, {h.town}) mittels einer eindeutigen Erklärung informieren.",
            "Vous disposez d'un délai de quatorze jours pour exercer votre droit de rétractation "
            "sans avoir à motiver votre décision (articles L221-18 et suivants du Code de la "
            "consommation). Pour l'exercer, adressez le formulaire ci-dessous à "
            f"{h.name}, {h.street}, {h.town}.",
        ),
    )
    write(f, s, words(rng, lg, "legal", 30))
    write(
        f,
        s,
        tr(lg, "Effects of cancellation", "Folgen des Widerrufs", "Effets de la rétractation")
        + ": "
        + prose(rng, lg, "legal", 2, 3),
    )
    y = max(f.y + 20, hh * 0.52)
    slip_rule(
        f.page,
        m,
        w - m,
        y,
        tr(
            lg,
            "Cancellation form - complete and return this form "
            "only if you wish to cancel the contract",
            "Muster-Widerrufsformular",
            "Formulaire de rétractation - à découper",
        ),
    )
    y += 22
    for t in (
        tr(
            lg,
            f"To {h.name}, {h.street}, {h.town}",
            f"An {h.name}, {h.street}, {h.town}",
            f"À l'attention de {h.name}, {h.street}, {h.town}",
        ),
        tr(
            lg,
            "I/We hereby give notice that I/We cancel my/our contract for the supply "
            "and fitting of the following goods:",
            "Hiermit widerrufe(n) ich/wir den von "
            "mir/uns abgeschlossenen Vertrag über den Kauf der folgenden Waren:",
            "Je vous notifie par la présente ma rétractation du contrat portant sur la "
            "vente du bien ci-dessous :",
        ),
    ):
        for ln in wrap(t, s.font, 8.5, w - 2 * m):
            f.page.text(m, y, ln, s.font, 8.5)
            y += 12
        y += 4
    for cap in (
        tr(lg, "Ordered on", "Bestellt am", "Commandé le"),
        tr(lg, "Name of consumer(s)", "Name des/der Verbraucher(s)", "Nom du client"),
        tr(lg, "Address", "Anschrift", "Adresse"),
        tr(lg, "Signature and date", "Unterschrift, Datum", "Signature et date"),
    ):
        f.page.text(m, y, cap, s.font, 8)
        f.page.line(m + 120, y + 2, w - m, y + 2)
        y += 24
    f.page.text(
        m,
        y + 6,
        tr(lg, f"Order ref. {job.ref}", f"Auftrag {job.ref}", f"Commande {job.ref}"),
        s.font,
        7,
    )
    return f.pages[0]


def tpl_customer_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The customer's signed order on the showroom's order form: customer and site boxes,
    supply-and-fit and payment tick boxes, the price by section, deposit and balance in
    hand, both signatures; the terms on the back and now and then the cancellation notice."""
    job = job_for(rng, ("design_proposal",))
    h = studio_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("design_proposal",), (3, 16))
    no = serial(rng, rng.choice(["9999", "A9999", f"{d.year}-999"]))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "CUSTOMER ORDER", "AUFTRAG / KAUFVERTRAG KÜCHE", "BON DE COMMANDE")
    p.text(m, y + 4, title, s.bold, s.size + 5)
    p.text(w - m, y + 4, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, s.size + 2, "right")
    y += 22
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer name", "Name Käufer", "Nom du client"), job.name),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(rng, "07999 999999" if lg == "en" else "0999 9999999"),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{job.street}, {job.town}"),
            (
                tr(
                    lg,
                    "Installation address (if different)",
                    "Lieferanschrift (falls abweichend)",
                    "Adresse du chantier (si différente)",
                ),
                "",
            ),
            (tr(lg, "Designer", "Berater/in", "Vendeur"), job.designer),
            (
                tr(lg, "Drawing / quotation ref.", "Planung / Angebot", "Plan / devis"),
                f"{job.ref} rev {rng.choice('ABC')}",
            ),
        ],
        per=2,
        tall=26,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Supply only", "Nur Lieferung", "Fourniture seule"),
            tr(lg, "Supply and fit", "Lieferung und Montage", "Fourniture et pose"),
            tr(lg, "Removal of old kitchen", "Altküche entsorgen", "Dépose ancienne cuisine"),
            tr(lg, "Electrics & plumbing", "Elektro & Sanitär", "Électricité & plomberie"),
        ],
        {1, 3} if rng.random() < 0.7 else {0},
        8.5,
    )
    y += 6
    y = band(p, s, y + 4, tr(lg, "Price", "Preis", "Prix"))
    y += 10
    parts = [0.52, 0.1, 0.18, 0.05, 0.15]
    total = job.value if after(("design_proposal",)) else round(rng.uniform(9000, 38000), 2)
    for sec, k in zip(SECTIONS[lg], parts, strict=True):
        p.text(m + 6, y, sec, s.font, s.size)
        p.text(w - m - 6, y, cash(round(total * k, 2), lg), s.font, s.size, "right")
        y += s.size * 1.5
    p.line(w * 0.55, y - 6, w - m, y - 6)
    p.text(
        m + 6,
        y + 4,
        tr(lg, "Total price incl. VAT", "Gesamtpreis inkl. MwSt.", "Prix total TTC"),
        s.bold,
        s.size,
    )
    p.text(w - m - 6, y + 4, cash(total, lg), s.bold, s.size, "right")
    y += 24
    dep = round(total * (0.25 if lg == "en" else 0.3), -1)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Deposit paid", "Anzahlung erhalten", "Acompte versé"), cash(dep, lg)),
            (
                tr(lg, "Balance due on completion", "Restbetrag", "Solde à la réception"),
                cash(total - dep, lg),
            ),
            (
                tr(
                    lg,
                    "Requested fitting date",
                    "Wunschtermin Montage (KW)",
                    "Date de pose souhaitée",
                ),
                short(job.fit, lg) if lg != "de" else f"KW {job.fit.isocalendar()[1]}",
            ),
            (tr(lg, "Payment method", "Zahlungsweise", "Mode de règlement"), ""),
        ],
        per=2,
        tall=26,
    )
    y = ticks(
        p,
        s,
        m,
        y - 2,
        w - 2 * m,
        [
            tr(lg, "Card", "EC-Karte", "Carte"),
            tr(lg, "Bank transfer", "Überweisung", "Virement"),
            tr(lg, "Cheque", "Bar", "Chèque"),
            tr(lg, "Finance (see agreement)", "Finanzierung", "Crédit affecté"),
        ],
        {rng.randrange(4)},
        8.5,
    )
    lbl = tr(lg, "Notes", "Vereinbarungen", "Observations")
    lx = m + tw(lbl, s.bold, s.size - 1) + 8
    p.text(m, y + 6, lbl, s.bold, s.size - 1)
    hand(p, lx + 2, y + 6, words(rng, lg, "kitchen", 7), 9, w - m - lx - 4)
    p.line(lx, y + 9, w - m, y + 9)
    p.line(m, y + 25, w - m, y + 25)
    y += 44
    write_at = y
    for ln in wrap(
        tr(
            lg,
            "I/we order the goods and services above on the terms of sale "
            "overleaf, which I/we have read.",
            "Ich/Wir bestelle(n) die oben "
            "genannten Waren und Leistungen zu den umseitigen Geschäftsbedingungen.",
            "Je déclare avoir pris connaissance des conditions générales de vente "
            "figurant au verso et les accepter.",
        ),
        s.font,
        s.size - 1.5,
        w - 2 * m,
    ):
        p.text(m, write_at, ln, s.font, s.size - 1.5)
        write_at += (s.size - 1.5) * 1.4
    y = min(write_at + 36, hh - m - 40)
    sign_line(
        p,
        s,
        m,
        y,
        190,
        tr(
            lg,
            "Customer signature / date",
            "Unterschrift Käufer, Datum",
            "Signature du client (bon pour accord)",
        ),
        job.name,
    )
    hand(p, m + 120, y - 4, short(d, lg), 8.5)
    sign_line(
        p,
        s,
        w - m - 190,
        y,
        190,
        tr(lg, f"For {h.name}", f"Für {h.name}", f"Pour {h.name}"),
        job.designer,
    )
    pages = close([p], s, h, numbers="none")
    if rng.random() < 0.75:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and conditions of sale",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS_HEADS[lg],
                cols=rng.choice([2, 3]),
            )
        )
    if rng.random() < 0.45:
        pages.append(cancel_page(rng, s, h, job, d))
    remember(job, d, total)
    return pages


def tpl_finance_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A point-of-sale lender's finance agreement for a kitchen, the retailer's copy: the
    pre-contract information, the agreement with the credit table, the terms, the signature
    page and the direct debit or SEPA mandate; numbered pages."""
    job = job_for(rng, ("customer_order",))
    h = head_of(who, "lender")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("customer_order",), (0, 3))
    price = (
        LAST["extra"]
        if after(("customer_order",)) and isinstance(LAST["extra"], float)
        else round(rng.uniform(8000, 30000), 2)
    )
    dep = round(price * rng.choice([0.1, 0.15, 0.25]), 2)
    credit = round(price - dep, 2)
    n = rng.choice([24, 36, 48, 60, 120])
    apr = rng.choice([0.0, 0.0, 4.9, 7.9, 9.9, 11.9])
    r = apr / 100 / 12
    inst = round(credit / n if r == 0 else credit * r / (1 - (1 + r) ** -n), 2)
    payable = round(inst * n, 2)
    agr = serial(rng, rng.choice(["999999999", "PF-9999999", "99-9999999-99"]))
    head = f"{h.name} - {tr(lg, 'Agreement', 'Vertrag', 'Contrat')} {agr}"
    f = sheets(s, h, head)
    caption(
        f,
        s,
        tr(
            lg,
            "Pre-contract credit information",
            "Europäische Standardinformationen für Verbraucherkredite",
            "Fiche d'informations précontractuelles européennes",
        ),
        1.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "(Standard European Consumer Credit Information)",
            "(Kreditvertrag - verbundener Vertrag)",
            "(Crédit affecté - article L312-12 du Code de la consommation)",
        ),
        s.size - 1,
    )
    items = [
        (tr(lg, "Creditor", "Kreditgeber", "Prêteur"), f"{h.name}, {h.street}, {h.town}"),
        (
            tr(lg, "Credit intermediary", "Kreditvermittler", "Intermédiaire de crédit"),
            studio_head().name,
        ),
        (
            tr(lg, "Type of credit", "Art des Kredits", "Type de crédit"),
            tr(
                lg,
                "Fixed sum loan agreement",
                "Ratenkredit (verbundenes Geschäft)",
                "Crédit affecté à l'achat d'un bien",
            ),
        ),
        (
            tr(lg, "Total amount of credit", "Nettodarlehensbetrag", "Montant total du crédit"),
            cash(credit, lg),
        ),
        (
            tr(lg, "Duration of the credit", "Laufzeit", "Durée du crédit"),
            tr(lg, f"{n} months", f"{n} Monate", f"{n} mois"),
        ),
        (tr(lg, "Repayments", "Monatliche Rate", "Mensualités"), f"{n} x {cash(inst, lg)}"),
        (tr(lg, "Total amount payable", "Gesamtbetrag", "Montant total dû"), cash(payable, lg)),
        (
            tr(lg, "Goods", "Ware", "Bien financé"),
            tr(lg, "Fitted kitchen", "Einbauküche", "Cuisine équipée posée"),
        ),
        (tr(lg, "Cash price", "Barzahlungspreis", "Prix au comptant"), cash(price, lg)),
        (
            tr(lg, "Borrowing rate", "Sollzins (gebunden)", "Taux débiteur fixe"),
            f"{apr * 0.96:.2f}% p.a.",
        ),
        (tr(lg, "APR", "Effektiver Jahreszins", "TAEG"), f"{apr:.1f}%"),
    ]
    for cap, val in items:
        f.need(24)
        f.page.rect(m, f.y - 10, w - 2 * m, 18)
        f.page.line(m + 190, f.y - 10, m + 190, f.y + 8)
        f.page.text(m + 4, f.y + 2, fit(cap, s.font, s.size - 1, 180), s.font, s.size - 1)
        f.page.text(
            m + 196, f.y + 2, fit(val, s.font, s.size - 1, w - 2 * m - 200), s.font, s.size - 1
        )
        f.y += 18
    f.y += 10
    write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 1.5)
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Fixed Sum Loan Agreement regulated by the Consumer Credit Act 1974",
            "Darlehensvertrag",
            "Offre de contrat de crédit affecté",
        ),
        1.5,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Agreement number", "Vertragsnummer", "N° de dossier"), agr),
                (
                    tr(lg, "Borrower", "Darlehensnehmer", "Emprunteur"),
                    f"{job.name}, {job.street}, {job.town}",
                ),
                (tr(lg, "Supplier", "Verkäufer", "Vendeur"), studio_head().name),
            ],
            w - m,
        )
        + 10
    )
    cols = columns(m, w - m, [(3.5, "left"), (1.5, "right")])
    table(
        f,
        cols,
        [tr(lg, "Financial details", "Finanzierungsübersicht", "Plan de financement"), ""],
        [
            [tr(lg, "Cash price of goods", "Kaufpreis", "Prix du bien"), cash(price, lg)],
            [tr(lg, "Less deposit", "abzgl. Anzahlung", "Apport personnel"), cash(dep, lg)],
            [
                tr(lg, "Amount of credit", "Nettodarlehensbetrag", "Montant emprunté"),
                cash(credit, lg),
            ],
            [tr(lg, "Interest", "Zinsen", "Intérêts"), cash(payable - credit, lg)],
            [tr(lg, "Total amount payable", "Gesamtbetrag", "Coût total"), cash(payable, lg)],
            [
                tr(lg, f"{n} monthly repayments of", f"{n} Monatsraten zu", f"{n} mensualités de"),
                cash(inst, lg),
            ],
            [
                tr(lg, "First repayment", "Erste Rate am", "Première échéance"),
                short(add_months(d, 2), lg),
            ],
        ],
        s,
        rules=True,
        step=1.8,
    )
    f.y += 8
    for _ in range(rng.randint(3, 6)):
        write(f, s, words(rng, lg, "legal", rng.randint(20, 40)), s.size - 1.5)
    pages = f.pages
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Terms of the agreement",
                "Darlehensbedingungen",
                "Conditions générales du crédit",
            ),
            FINANCE_HEADS[lg],
            cols=2,
        )
    )
    sp = Page(A4)
    y = running_header(sp, s, head) + 10
    sp.rect(m, y, w - 2 * m, 54)
    yy = y + 14
    for ln in wrap(
        tr(
            lg,
            "IMPORTANT - READ THIS CAREFULLY TO FIND OUT ABOUT YOUR RIGHTS. This "
            "is a credit agreement regulated by the Consumer Credit Act 1974. Sign it "
            "only if you want to be legally bound by its terms.",
            "Bitte lesen Sie die Vertragsbedingungen sorgfältig. Mit Ihrer "
            "Unterschrift kommt der Darlehensvertrag zustande; er ist mit dem "
            "Kaufvertrag verbunden.",
            "L'emprunteur dispose d'un délai de rétractation de 14 jours. Le contrat "
            "de crédit est résolu de plein droit si le contrat de vente est annulé.",
        ),
        s.bold,
        s.size - 1,
        w - 2 * m - 12,
    ):
        sp.text(m + 6, yy, ln, s.bold, s.size - 1)
        yy += (s.size - 1) * 1.35
    y += 90
    sign_line(
        sp,
        s,
        m,
        y,
        220,
        tr(
            lg, "Signature of borrower", "Unterschrift Darlehensnehmer", "Signature de l'emprunteur"
        ),
        job.name,
    )
    hand(sp, m + 260, y - 4, short(d, lg), 9)
    sp.text(m + 260, y + 9, tr(lg, "Date of signature", "Datum", "Date"), s.font, 6.5)
    y += 60
    sign_line(
        sp,
        s,
        m,
        y,
        220,
        tr(lg, f"Signed on behalf of {h.name}", f"Für {h.name}", f"Pour le prêteur {h.name}"),
        staff(h, "uw"),
        11,
    )
    sp.text(
        m + 260,
        y,
        tr(lg, "Date the agreement was executed", "Datum Annahme", "Date d'acceptation"),
        s.font,
        6.5,
    )
    y += 50
    y = text_at(
        sp,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Retailer's declaration: the goods will be delivered and installed in accordance "
            "with the order. Identity checked: ",
            "Legitimationsprüfung durch den Verkäufer: ",
            "Vérification d'identité par le vendeur : ",
        ),
        s.size - 1,
    )
    ticks(
        sp,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Passport", "Personalausweis", "Carte d'identité"),
            tr(lg, "Driving licence", "Reisepass", "Passeport"),
            tr(lg, "Utility bill", "Meldebescheinigung", "Justificatif de domicile"),
        ],
        {0, 2} if rng.random() < 0.5 else {1},
    )
    stamp(
        sp,
        w - m - 170,
        y + 30,
        [
            studio_head().name[:24],
            tr(lg, "RETAILER COPY", "EXEMPLAR HÄNDLER", "EXEMPLAIRE VENDEUR"),
        ],
    )
    pages.append(sp)
    if rng.random() < 0.7:
        pages.append(mandate_page(rng, s, h, job, agr, d))
    number_pages(
        pages,
        s,
        rng.choice(["{i}/{n}", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]),
        "br",
        0,
        bottom=16,
    )
    remember(job, d)
    return pages


FINANCE_HEADS = {
    "en": [
        "Payments",
        "Early settlement",
        "Right of withdrawal",
        "Linked credit agreement",
        "Default charges",
        "Missing payments",
        "Termination",
        "Your rights against the supplier",
        "Transfer of rights",
        "Variation of interest",
        "Statements",
        "Complaints and the Financial Ombudsman",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Auszahlung",
        "Rückzahlung",
        "Vorzeitige Rückzahlung",
        "Widerrufsrecht",
        "Verbundenes Geschäft",
        "Verzug",
        "Kündigung",
        "Einwendungen aus dem Kaufvertrag",
        "Abtretung",
        "SCHUFA-Klausel",
        "Kontoauszüge",
        "Beschwerden",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet du crédit",
        "Remboursement",
        "Remboursement anticipé",
        "Rétractation",
        "Interdépendance des contrats",
        "Défaillance",
        "Résiliation",
        "Assurance emprunteur",
        "Cession",
        "FICP",
        "Information annuelle",
        "Médiation",
        "Données personnelles",
        "Tribunal compétent",
    ],
}


def text_at(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 0) -> float:
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + 4


def mandate_page(rng: random.Random, s: Style, h: Head, job: Job, ref: str, d: date) -> Page:
    """A direct debit instruction (UK) or a SEPA mandate with the boxes filled in by hand."""
    lg = h.lang
    p = Page(A4)
    w, _hh = A4
    m = s.margin
    y = m + 10
    title = tr(
        lg,
        "Instruction to your bank or building society to pay by Direct Debit",
        "SEPA-Lastschriftmandat",
        "Mandat de prélèvement SEPA",
    )
    p.text(m, y, fit(title, s.bold, s.size + 2, w - 2 * m), s.bold, s.size + 2)
    y += 24
    items = [
        (
            tr(lg, "Service user number", "Gläubiger-ID", "ICS"),
            serial(
                rng,
                "999999" if lg == "en" else "DE99ZZZ00000999999" if lg == "de" else "FR99ZZZ999999",
            ),
        ),
        (tr(lg, "Reference", "Mandatsreferenz", "Référence unique du mandat"), ref),
        (tr(lg, "Name(s) of account holder(s)", "Kontoinhaber", "Titulaire du compte"), job.name),
        (tr(lg, "Address", "Anschrift", "Adresse"), f"{job.street}, {job.town}"),
        (
            tr(lg, "Bank/building society account number", "IBAN", "IBAN"),
            serial(
                rng,
                "99999999"
                if lg == "en"
                else "DE99 9999 9999 9999 9999 99"
                if lg == "de"
                else "FR76 9999 9999 9999 9999 9999 999",
            ),
        ),
        (
            tr(lg, "Branch sort code", "BIC", "BIC"),
            serial(rng, "99-99-99" if lg == "en" else "AAAAAA9A"),
        ),
    ]
    y = fields(p, s, m, y, w - 2 * m, items, per=1, tall=28)
    y = text_at(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            f"Please pay {h.name} Direct Debits from the account detailed in this Instruction "
            "subject to the safeguards assured by the Direct Debit Guarantee.",
            f"Ich ermächtige {h.name}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. "
            "Zugleich weise ich mein Kreditinstitut an, die Lastschriften einzulösen. Hinweis: Ich "
            "kann innerhalb von acht Wochen die Erstattung des belasteten Betrages verlangen.",
            f"En signant ce formulaire de mandat, vous autorisez {h.name} à envoyer des "
            "instructions à votre banque pour débiter votre compte. Vous bénéficiez du droit "
            "d'être remboursé dans les huit semaines.",
        ),
        s.size - 1,
    )
    y += 20
    sign_line(p, s, m, y, 220, tr(lg, "Signature(s)", "Unterschrift", "Signature"), job.name)
    hand(p, m + 260, y - 4, short(d, lg), 9)
    if lg == "en":
        y += 40
        p.rect(m, y, w - 2 * m, 110)
        p.text(m + 6, y + 14, "The Direct Debit Guarantee", s.bold, s.size)
        text_at(p, s, m + 6, y + 30, w - 2 * m - 12, prose(rng, lg, "legal", 3, 4), 7)
    return p


# ---------------------------------------------------------------------------------------------
# Templates DDDDD: suppliers' confirmations, delivery notes and invoices
# ---------------------------------------------------------------------------------------------

ACCESSORIES = {
    "en": [
        "Cutlery insert 600",
        "Telescopic runners",
        "Wok burner trivet",
        "Recirculation kit",
        "Carbon filter set",
        "Flush fitting kit",
        "Door-on-door fixing kit",
        "Anti-tip bracket",
        "Plinth vent grille",
        "Pyrolytic rail set",
    ],
    "de": [
        "Besteckeinsatz 60",
        "Teleskopauszug",
        "Wok-Aufsatz",
        "Umluftset",
        "Aktivkohlefilter",
        "Flächenbündig-Set",
        "Schleppscharnier-Set",
        "Kippsicherung",
        "Sockelgitter",
        "Auszugsschienen pyrolysefest",
    ],
    "fr": [
        "Range-couverts 60",
        "Glissières télescopiques",
        "Support wok",
        "Kit recyclage",
        "Filtres charbon",
        "Kit affleurant",
        "Kit porte glissante",
        "Équerre anti-bascule",
        "Grille de socle",
        "Rails pyrolysables",
    ],
}


def ean(rng: random.Random) -> str:
    return serial(rng, rng.choice(["40999999999999", "50999999999999", "30999999999999"]))[:13]


def tpl_appliance_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """An appliance distributor's order confirmation to the showroom: the customer's kitchen
    as commission, the delivery week, model numbers and EAN codes with list price, discount
    and net; a stock order runs over pages."""
    h = head_of(who, "appliance", 0.15)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "l").random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = s.margin
    job = job_for(rng, ("appliance_confirmation", "customer_order"))
    if after(("appliance_confirmation",)):
        job = a_job(rng)
    d = last_day(rng, ("customer_order",), (1, 6))
    no = serial(rng, keyed(who, "mask").choice(["AB-9999999", "9999999", "OC99999", "AR999999"]))
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Order confirmation', 'Auftragsbestätigung', 'AR de commande')} {no}",
    )
    stock = rng.random() < 0.25
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Confirmation no.", "AB-Nr.", "N° AR"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO-9999")),
            (tr(lg, "Account no.", "Kunden-Nr.", "N° client"), serial(keyed(who, "acc"), "99999")),
            (
                tr(lg, "Commission", "Kommission", "Référence"),
                tr(lg, "Showroom stock", "Ausstellung", "Exposition") if stock else job.last,
            ),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "ORDER CONFIRMATION", "AUFTRAGSBESTÄTIGUNG", "ACCUSÉ DE RÉCEPTION DE COMMANDE"),
        3,
    )
    week = (d + timedelta(days=rng.randint(10, 35))).isocalendar()
    write(
        f,
        s,
        tr(
            lg,
            f"Delivery: week {week[1]}/{week[0]}, "
            + ("to showroom." if stock else f"direct to site: {job.street}, {job.town}."),
            f"Liefertermin: KW {week[1]}/{week[0]}, "
            + ("frei Ausstellung." if stock else f"frei Baustelle: {job.street}, {job.town}."),
            f"Livraison : semaine {week[1]}/{week[0]}, "
            + ("au magasin." if stock else f"sur chantier : {job.street}, {job.town}."),
        ),
        s.size - 0.5,
    )
    li = ["en", "de", "fr"].index(lg)
    lines = [
        (APPLIANCES[i][0][li], serial(rng, APPLIANCES[i][1]), APPLIANCES[i][2], 1)
        for i in (job.kit if not stock else rng.sample(range(len(APPLIANCES)), 6))
    ]
    for _ in range(rng.randint(0, 3) + (rng.randint(14, 48) if stock else 0)):
        lines.append(
            (
                rng.choice(ACCESSORIES[lg]),
                serial(rng, "Z-99999"),
                rng.choice([19.0, 34.5, 49.0, 79.0, 112.0]),
                rng.randint(1, 4),
            )
        )
    cols = columns(
        m,
        w - m,
        [
            (0.5, "center"),
            (1.4, "left"),
            (1.7, "left"),
            (3.3, "left"),
            (0.5, "right"),
            (1, "right"),
            (0.7, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    net = 0.0
    disc = keyed(who, "disc").choice([28.0, 32.0, 35.0, 38.0])
    for k, (t, model, pr, q) in enumerate(lines):
        v = round(pr * q * (1 - disc / 100), 2)
        net += v
        rows.append(
            [str(k + 1), model, ean(rng), t, str(q), money(pr, lg), f"{disc:g}%", money(v, lg)]
        )
    table(
        f,
        cols,
        [
            "Pos",
            tr(lg, "Model", "Artikel", "Référence"),
            "EAN",
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "List", "Liste", "Tarif"),
            tr(lg, "Disc", "Rabatt", "Remise"),
            tr(lg, "Net", "Netto", "Net HT"),
        ],
        rows,
        s,
        size=s.size - 2,
        rules=rng.random() < 0.4,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Please check this confirmation carefully and notify us of any discrepancy within 48 "
            "hours. Delivery is kerbside unless agreed otherwise. " + words(rng, lg, "legal", 12),
            "Bitte prüfen Sie diese Auftragsbestätigung; Abweichungen bitte innerhalb von 2 "
            "Werktagen melden. Lieferung frei Bordsteinkante. " + words(rng, lg, "legal", 12),
            "Merci de vérifier cet accusé de réception et de nous signaler toute erreur sous 48 h. "
            "Livraison en pied d'immeuble. " + words(rng, lg, "legal", 12),
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.25)
    if rng.random() < 0.35:
        hand(
            pages[0],
            w - m - 130,
            f.y + 30 if len(pages) == 1 and f.y < hh - 120 else m + 70,
            tr(home(), "checked ok", "geprüft i.O.", "vérifié ok")
            + f" {job.designer.split()[0][0]}",
            10,
        )
    remember(job, d, h.name)
    return pages


def template_drawing(rng: random.Random, h: Head, job: Job, no: str, d: date) -> Page:
    """The worktop template on a landscape sheet: the pieces with their lengths, the joint,
    the sink and hob cut-outs drawn dashed and the edge to be polished marked."""
    p = Page(A4L)
    w, hh = A4L
    p.rect(22, 22, w - 44, hh - 44)
    lg = h.lang
    a = rng.choice([2400, 2900, 3350, 3800])
    b = rng.choice([0, 1600, 2100, 2600])
    dep = rng.choice([600, 620, 640])
    k = (w - 340) / max(a, 2400)
    x0, y0 = 60.0, 90.0
    p.rect(x0, y0, a * k, dep * k)
    dim(p, x0, y0 - 16, x0 + a * k, y0 - 16, str(a))
    dim(p, x0 - 12, y0, x0 - 12, y0 + dep * k, str(dep))
    p.text(x0 + 4, y0 + dep * k - 4, "P1", "Helvetica-Bold", 8)
    if b:
        bl = min(b * k, hh - y0 - 190)
        p.rect(x0 + a * k - dep * k, y0 + dep * k, dep * k, bl)
        p.text(x0 + a * k - dep * k + 4, y0 + dep * k + bl - 4, "P2", "Helvetica-Bold", 8)
        dim(p, x0 + a * k + 14, y0, x0 + a * k + 14, y0 + dep * k + bl, str(b + dep))
        p.text(
            x0 + a * k + 20,
            y0 + dep * k + 6,
            tr(lg, "mason's mitre", "Gehrung", "joint d'onglet"),
            "Helvetica",
            6,
        )

    def dashed(x: float, y: float, ww: float, hh_: float) -> None:
        for t in range(0, int(ww), 6):
            p.line(x + t, y, x + min(t + 3, ww), y)
            p.line(x + t, y + hh_, x + min(t + 3, ww), y + hh_)
        for t in range(0, int(hh_), 6):
            p.line(x, y + t, x, y + min(t + 3, hh_))
            p.line(x + ww, y + t, x + ww, y + min(t + 3, hh_))

    sx = x0 + a * k * rng.uniform(0.15, 0.3)
    dashed(sx, y0 + 90 * k, 760 * k, 400 * k)
    p.text(
        sx + 380 * k,
        y0 + 300 * k,
        tr(lg, "U/M SINK", "UB-SPÜLE", "ÉVIER S/P"),
        "Helvetica",
        6,
        "center",
    )
    p.line(sx + 380 * k - 3, y0 + 60 * k, sx + 380 * k + 3, y0 + 60 * k)
    hx = x0 + a * k * rng.uniform(0.55, 0.65)
    dashed(hx, y0 + 60 * k, 750 * k, 490 * k)
    p.text(
        hx + 375 * k,
        y0 + 320 * k,
        tr(lg, "HOB 750x490", "KF 750x490", "PLAQUE 750x490"),
        "Helvetica",
        6,
        "center",
    )
    p.text(
        x0,
        y0 + dep * k + 24,
        tr(lg, "Front edge: ", "Vorderkante: ", "Chant avant : ")
        + rng.choice(
            tr(
                lg,
                "pencil round 2mm;square polished;15mm bevel;ogee",
                "Fase 2 mm;gerade poliert;Schräge 15 mm;Karnies",
                "quart de rond 2 mm;droit poli;biseau 15 mm;doucine",
            ).split(";")
        ),
        "Helvetica",
        7,
    )
    hand(
        p,
        x0 + 10,
        y0 + dep * k + 44,
        tr(
            lg,
            "wall out of square 6mm at RH end",
            "Wand 6 mm aus dem Winkel rechts",
            "mur hors équerre 6 mm à droite",
        ),
        9,
    )
    title_block(
        p,
        h,
        job,
        tr(lg, "Worktop template", "Schablone Arbeitsplatte", "Gabarit plan de travail"),
        no,
        d,
        "1:15",
        staff(h, "templ"),
    )
    return p


def tpl_worktop_template(rng: random.Random, who: Issuer) -> list[Page]:
    """A worktop fabricator's template report and order confirmation: material, edge and
    cut-out tick boxes, the price, the customer's approval for cutting signed in hand, and
    the template drawing on a landscape page."""
    h = head_of(who, "worktop")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    job = job_for(rng, ("customer_order", "fitting_schedule"))
    d = some_day(rng)
    no = serial(rng, keyed(who, "m").choice(["T99999", "SA-9999", "99/9999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Job no.", "Auftrag", "Dossier"), no),
            (tr(lg, "Site", "Baustelle", "Chantier"), f"{job.last}, {job.town}"),
            (tr(lg, "Templated by", "Aufmaß durch", "Gabarit par"), staff(h, "templ")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "TEMPLATE REPORT & ORDER CONFIRMATION",
            "AUFMASSPROTOKOLL UND AUFTRAGSBESTÄTIGUNG",
            "RELEVÉ DE GABARIT ET CONFIRMATION DE COMMANDE",
        ),
        1.5,
    )
    p = f.page
    y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Material", "Material", "Matériau"), job.top),
            (
                tr(lg, "Finish", "Oberfläche", "Finition"),
                rng.choice(["polished", "honed", "leather"])
                if lg == "en"
                else rng.choice(["poliert", "geschliffen", "satiniert"])
                if lg == "de"
                else rng.choice(["poli", "adouci", "brossé"]),
            ),
            (tr(lg, "Slab / batch", "Platte / Charge", "Tranche / lot"), serial(rng, "AA-9999")),
            (
                tr(lg, "Fitting date", "Montagetermin", "Date de pose"),
                short(d + timedelta(days=rng.randint(7, 14)), lg),
            ),
        ],
        per=2,
        tall=26,
    )
    p.text(m, y, tr(lg, "Edge profile", "Kantenprofil", "Profil de chant"), s.bold, s.size - 1)
    y = ticks(
        p,
        s,
        m + 90,
        y,
        w - 2 * m - 90,
        [
            tr(lg, "Pencil round", "Fase 2 mm", "Quart de rond"),
            tr(lg, "Square", "Gerade", "Droit"),
            tr(lg, "Bevel", "Schräge", "Biseau"),
            tr(lg, "Ogee", "Karnies", "Doucine"),
        ],
        {rng.randrange(4)},
    )
    p.text(m, y, tr(lg, "Cut-outs", "Ausschnitte", "Découpes"), s.bold, s.size - 1)
    y = ticks(
        p,
        s,
        m + 90,
        y,
        w - 2 * m - 90,
        [
            tr(lg, "Undermount sink", "Unterbauspüle", "Évier sous plan"),
            tr(lg, "Drainer grooves", "Abtropfrillen", "Rainures égouttoir"),
            tr(lg, "Hob", "Kochfeld", "Plaque"),
            tr(lg, "Tap hole", "Hahnloch", "Trou robinet"),
            tr(lg, "Downdraft", "Muldenlüfter", "Hotte aspirante"),
            tr(lg, "Socket cut-out", "Steckdose", "Prise"),
        ],
        {0, 2, 3} | ({1} if rng.random() < 0.5 else set()) | ({4} if 3 in job.kit else set()),
    )
    f.y = y + 8
    cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1.2, "right")])
    items = [
        (
            tr(
                lg,
                "Worktop pieces, supply and fabricate",
                "Arbeitsplatten lt. Schablone",
                "Plans de travail selon gabarit",
            ),
            rng.choice([1, 2, 3]),
            rng.choice([980, 1240, 1460]),
        ),
        (
            tr(lg, "Cut-outs and polishing", "Ausschnitte inkl. Politur", "Découpes et polissage"),
            rng.randint(2, 4),
            95,
        ),
        (
            tr(lg, "Upstands 100mm, per metre", "Aufkantung 10 cm, lfm.", "Crédence 10 cm, ml"),
            rng.randint(2, 6),
            78,
        ),
        (tr(lg, "Installation", "Montage", "Pose"), 1, rng.choice([320, 420])),
    ]
    rows, net = [], 0.0
    for t, q, pr in items:
        net += q * pr
        rows.append([t, str(q), money(q * pr, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
    )
    totals(f, s, lg, net, vat_rate(lg))
    f.need(110)
    f.page.rect(m, f.y, w - 2 * m, 84)
    text_at(
        f.page,
        s,
        m + 6,
        f.y + 14,
        w - 2 * m - 12,
        tr(
            lg,
            "APPROVAL: I confirm the template, the positions of the sink, hob and tap and the "
            "material are correct. Production starts on receipt of this signed form. Changes after "
            "approval are charged.",
            "FREIGABE: Schablone, Lage der Ausschnitte und Material sind geprüft und werden zur "
            "Fertigung freigegeben. Spätere Änderungen werden berechnet.",
            "BON POUR FABRICATION : je valide le gabarit, l'emplacement des découpes et le "
            "matériau. Toute modification ultérieure sera facturée.",
        ),
        s.size - 1.5,
    )
    signed = rng.random() < 0.8
    sign_line(
        f.page,
        s,
        m + 6,
        f.y + 64,
        200,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature du client"),
        job.name if signed else "",
    )
    if signed:
        hand(f.page, m + 240, f.y + 60, short(d, lg), 9)
    f.y += 96
    pages = close(f.pages, s, h, numbers="none")
    pages.append(template_drawing(rng, h, job, no, d))
    if rng.random() < 0.4:
        number_pages(pages, s, "{i}/{n}", "tr", 0, top=16)
    remember(job, d)
    return pages


CARTONS = {
    "en": [
        "Carcase base 600",
        "Carcase wall 600",
        "Door 715x597",
        "Drawer front 283x797",
        "Pan drawer box",
        "Plinth 3m",
        "Cornice 3m",
        "End panel 870",
        "Shelf pack",
        "Hinge pack",
        "Sink base carcase 1000",
        "Tall carcase 2150",
        "Filler 150",
    ],
    "de": [
        "Korpus Unterschrank 60",
        "Korpus Hängeschrank 60",
        "Front Tür 715x597",
        "Schubkastenblende 283x797",
        "Innenauszug",
        "Sockel 3 m",
        "Kranz 3 m",
        "Wange 870",
        "Fachböden",
        "Beschlagpaket",
        "Korpus Spüle 100",
        "Korpus Hochschrank 215",
        "Passleiste 15",
    ],
    "fr": [
        "Caisson bas 60",
        "Caisson haut 60",
        "Façade porte 715x597",
        "Façade tiroir 283x797",
        "Tiroir intérieur",
        "Socle 3 m",
        "Corniche 3 m",
        "Joue 870",
        "Tablettes",
        "Kit charnières",
        "Caisson sous-évier 100",
        "Caisson colonne 215",
        "Fileur 15",
    ],
}


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A kitchen furniture maker's delivery note: the carton list by position with the
    fitter's ticks, damaged or missing cartons noted in hand and the signature for receipt;
    A4 or A5 landscape, running over pages for a large kitchen."""
    h = head_of(who, "cabinets", 0.3)
    lg = h.lang
    land = keyed(who, "a5").random() < 0.45
    size = A5L if land else A4
    s = style_of(h, size, margin=30 if land else 0, pt=8 if land else 0)
    w, _hh = size
    m = s.margin
    job = job_for(rng, ("customer_order", "appliance_confirmation"))
    if after(("delivery_note",)):
        job = a_job(rng)
    d = some_day(rng)
    no = serial(rng, keyed(who, "mask").choice(["LS 9999999", "DN99999", "BL-999999"]))
    f = sheets(
        s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no} - {job.last}"
    )
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f.page.text(w - m, f.y, title, s.bold, s.size + 4, "right")
    f.y += 6
    below = window(
        f.page,
        s,
        None,
        f.y + 8,
        studio_lines(
            tr(
                lg,
                f"Site: {job.street}, {job.town}",
                f"Anlieferung: {job.street}, {job.town}",
                f"Chantier : {job.street}, {job.town}",
            )
        ),
    )
    yy = pairs(
        f.page,
        s,
        w * 0.55,
        f.y + 8,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "N° BL"), no),
            (tr(lg, "Order", "Auftrag", "Commande"), serial(rng, "999999")),
            (tr(lg, "Commission", "Kommission", "Réf. client"), f"{job.last} / {job.ref}"),
            (tr(lg, "Delivery date", "Liefertag", "Date de livraison"), day(h, d)),
            (tr(lg, "Route / vehicle", "Tour / Fahrzeug", "Tournée"), serial(rng, "T99 / AA99")),
        ],
        w - m,
        s.size - 1,
    )
    f.y = max(below, yy) + 10
    n = rng.choice([9, 14, 22, 35, 48]) if not land else rng.choice([7, 12, 20, 30])
    cols = columns(
        m,
        w - m,
        [
            (0.5, "right"),
            (1.4, "left"),
            (4, "left"),
            (0.8, "center"),
            (0.8, "center"),
            (0.6, "center"),
        ],
    )
    rows = []
    missing = rng.randrange(n) if rng.random() < 0.35 else -1
    for k in range(n):
        cart = rng.randint(1, 3)
        rows.append(
            [
                str(k + 1),
                serial(rng, "999.999.99"),
                rng.choice(CARTONS[lg]),
                job.style.split(",")[0][:10] if k % 3 else "-",
                f"{cart}",
                "" if k == missing else "x",
            ]
        )
    table(
        f,
        cols,
        [
            "Pos",
            tr(lg, "Article", "Artikel", "Article"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Finish", "Ausf.", "Finition"),
            tr(lg, "Cartons", "Pakete", "Colis"),
            "OK",
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
        step=1.7,
    )
    # ticks drawn in hand over the OK column
    total_cartons = sum(int(r[4]) for r in rows)
    f.need(90)
    f.y += 8
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Total cartons: {total_cartons}",
            f"Anzahl Pakete gesamt: {total_cartons}",
            f"Nombre total de colis : {total_cartons}",
        ),
        s.bold,
        s.size,
    )
    f.y += 18
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Received in good condition subject to inspection. Damaged or "
            "missing items must be noted below.",
            "Ware vollständig und unbeschädigt erhalten, vorbehaltlich Prüfung.",
            "Marchandise reçue sous réserve de déballage.",
        ),
        s.font,
        s.size - 1.5,
    )
    f.y += 14
    note = ""
    if missing >= 0:
        note = tr(
            lg,
            f"pos {missing + 1} missing",
            f"Pos. {missing + 1} fehlt",
            f"pos. {missing + 1} manquante",
        )
    elif rng.random() < 0.3:
        note = tr(lg, "1 door carton crushed", "1 Paket Front beschädigt", "1 colis façade abîmé")
    f.page.text(m, f.y, tr(lg, "Remarks:", "Bemerkung:", "Réserves :"), s.font, s.size - 1)
    if note:
        hand(f.page, m + 60, f.y, note, 9.5)
    f.page.line(m + 55, f.y + 3, w - m, f.y + 3)
    f.y += 34
    fitter = rng.choice(crew()["fitters"])
    sign_line(
        f.page,
        s,
        m,
        f.y,
        160,
        tr(
            lg,
            "Received by (print and sign)",
            "Empfangen (Name, Unterschrift)",
            "Reçu par (nom, signature)",
        ),
        fitter,
        11,
    )
    hand(f.page, m + 4, f.y + 22, fitter.split()[-1].upper(), 8.5)
    sign_line(
        f.page,
        s,
        w - m - 160,
        f.y,
        160,
        tr(lg, "Driver", "Fahrer", "Chauffeur"),
        staff(h, "driver"),
        10,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]) if lg != "de" else "Seite {i} von {n}",
    )
    remember(job, d, (h.name, no))
    return pages


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A furniture maker's or appliance distributor's invoice: the deliveries or the lines
    of one order by delivery note and commission, the settlement discount and due date; a
    monthly invoice runs over pages."""
    prev = LAST["extra"]
    if after(("delivery_note",)):
        h = head_of(who, "cabinets", 0.3)
    elif after(("appliance_confirmation",)) or keyed(who, "kind").random() < 0.4:
        h = head_of(who, "appliance", 0.15)
    else:
        h = head_of(who, "cabinets", 0.3)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("delivery_note",), (0, 5))
    no = serial(rng, keyed(who, "inv").choice(["RE 9999999", "INV-99999", "FA999999", "9999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        studio_lines(tr(lg, "Accounts payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), serial(keyed(who, "acc"), "99999")),
            (tr(lg, "Tax point", "Leistungsdatum", "Date de livraison"), short(d, lg)),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    monthly = not after(("delivery_note",)) and rng.random() < 0.5
    rows, net = [], 0.0
    cols = columns(m, w - m, [(1.1, "left"), (1.4, "left"), (3.4, "left"), (1.2, "right")])
    if monthly:
        write(
            f,
            s,
            tr(
                lg,
                f"Deliveries in {MONTHS_EN[month().month - 1]} {month().year}",
                f"Sammelrechnung Lieferungen {MONTHS_DE[month().month - 1]} {month().year}",
                f"Relevé de livraisons {MONTHS_FR[month().month - 1]} {month().year}",
            ),
        )
        for _ in range(rng.randint(6, 58)):
            dd = month() + timedelta(days=rng.randint(0, 27))
            v = round(rng.uniform(180, 6400), 2)
            net += v
            rows.append(
                [
                    short(dd, lg),
                    serial(rng, "DN99999"),
                    f"{rng.choice(LASTS[home()])} - "
                    + (
                        rng.choice(CARTONS[lg])
                        if rng.random() < 0.4
                        else tr(lg, "kitchen", "Küche", "cuisine")
                    ),
                    money(v, lg),
                ]
            )
    else:
        dn = (
            prev[1]
            if after(("delivery_note",)) and isinstance(prev, tuple)
            else serial(rng, "DN99999")
        )
        job = job_for(rng, ("delivery_note", "appliance_confirmation"))
        for _ in range(rng.randint(3, 12)):
            v = round(rng.uniform(60, 900), 2)
            net += v
            rows.append(
                [short(d, lg), str(dn), f"{job.last} - {rng.choice(CARTONS[lg])}", money(v, lg)]
            )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Delivery note", "Lieferschein", "BL"),
            tr(lg, "Commission / item", "Kommission / Artikel", "Référence"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due {day(h, d + timedelta(days=30))}. 2.5% settlement discount if paid "
            "within "
            "10 days.",
            f"Zahlbar bis {day(h, d + timedelta(days=30))} netto, innerhalb 10 Tagen abzgl. 3 % "
            "Skonto.",
            f"Échéance le {day(h, d + timedelta(days=45))}. Pas d'escompte pour paiement anticipé. "
            "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.4)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m,
            hh - m - 20 - 7 * len(h.foot),
            tr(home(), "pd BACS", "bez. m. Skonto", "réglé vir."),
            11,
        )
    remember(LAST["job"] if isinstance(LAST["job"], Job) else None, d, h.name)
    return pages


MONTHS_EN = MONTH_NAMES["en"]
MONTHS_DE = MONTH_NAMES["de"]
MONTHS_FR = MONTH_NAMES["fr"]
TASKS = {
    "en": [
        "strip out",
        "1st fix",
        "fit bases",
        "fit walls",
        "template",
        "tops fit",
        "2nd fix",
        "tiling",
        "snag",
        "plaster",
        "appliances",
        "survey",
    ],
    "de": [
        "Demontage",
        "Rohinstallation",
        "Unterschränke",
        "Hängeschränke",
        "Aufmaß APL",
        "APL-Montage",
        "Feininstallation",
        "Fliesen",
        "Nacharbeit",
        "Geräte",
        "Aufmaß",
    ],
    "fr": [
        "dépose",
        "réseaux",
        "meubles bas",
        "meubles hauts",
        "gabarit",
        "pose plan",
        "finitions élec.",
        "faïence",
        "levée réserves",
        "électroménager",
        "métré",
    ],
}


def tpl_fitting_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The showroom's weekly fitting schedule printed from the planner on a landscape page:
    teams and subcontractors by day with the jobs and tasks, amended by hand; now and then
    the following week on a second page."""
    h = studio_head()
    lg = h.lang
    s = style_of(h, A4L, margin=34, pt=8)
    w, hh = A4L
    m = s.margin
    c = crew()
    start = some_day(rng)
    start -= timedelta(days=start.weekday())
    jobs = [a_job(rng) for _ in range(rng.randint(3, 6))]
    rows_lbl = [
        f"{tr(lg, 'Team', 'Team', 'Équipe')} 1 - {c['fitters'][0].split()[0]}",
        f"{tr(lg, 'Team', 'Team', 'Équipe')} 2 - {c['fitters'][1].split()[0]} / "
        f"{c['fitters'][2].split()[0]}",
        tr(lg, "Electrician", "Elektriker", "Électricien"),
        tr(lg, "Plumber", "Installateur", "Plombier"),
        tr(lg, "Worktops", "Arbeitsplatten", "Plans de travail"),
        tr(lg, "Deliveries", "Anlieferungen", "Livraisons"),
        tr(lg, "Designers", "Planer", "Concepteurs"),
    ]
    days = tr(lg, "Mon Tue Wed Thu Fri Sat", "Mo Di Mi Do Fr Sa", "Lun Mar Mer Jeu Ven Sam").split()
    office = {
        "en": ["check measure", "home visit", "handover", "design appt"],
        "de": ["Aufmaß", "Hausbesuch", "Übergabe", "Beratung"],
        "fr": ["métré", "visite client", "réception", "rdv conception"],
    }[lg]
    drops = tr(
        lg,
        "cabinets;appliances;worktops",
        "Möbel;Geräte;Arbeitsplatten",
        "meubles;électroménager;plans",
    ).split(";")
    row_tasks = [TASKS[lg]] * 5 + [drops, office]
    pages = []
    for week in range(rng.choice([1, 1, 1, 2])):
        p = Page(A4L)
        ws = start + timedelta(days=7 * week)
        kw = ws.isocalendar()[1]
        p.text(m, m, h.name, s.bold, 11)
        title = tr(
            lg,
            f"Fitting schedule - w/c {short(ws, lg)}",
            f"Montageplan KW {kw} ({short(ws, lg)} - {short(ws + timedelta(days=5), lg)})",
            f"Planning de pose - semaine {kw}",
        )
        p.text(w - m, m, title, s.bold, 11, "right")
        x0, y0 = m, m + 18
        lw = 150.0
        cw = (w - 2 * m - lw) / 6
        rh = (hh - 2 * m - 60) / len(rows_lbl)
        p.rect(x0, y0, w - 2 * m, 16, fill=0.85)
        for k, dd in enumerate(days):
            p.text(
                x0 + lw + k * cw + 4,
                y0 + 11,
                f"{dd} {short(ws + timedelta(days=k), lg)[:5]}",
                s.bold,
                8,
            )
        for r_, lbl in enumerate(rows_lbl):
            yy = y0 + 16 + r_ * rh
            p.rect(x0, yy, lw, rh)
            p.text(x0 + 4, yy + 12, fit(lbl, s.bold, 8, lw - 8), s.bold, 8)
            for k in range(6):
                p.rect(x0 + lw + k * cw, yy, cw, rh)
                if k == 5 and rng.random() < 0.7:
                    continue
                if rng.random() < 0.72:
                    j = rng.choice(jobs)
                    p.text(
                        x0 + lw + k * cw + 4,
                        yy + 12,
                        fit(f"{j.last} ({place(j.town)})", s.font, 7.5, cw - 8),
                        s.font,
                        7.5,
                    )
                    p.text(
                        x0 + lw + k * cw + 4,
                        yy + 23,
                        fit(rng.choice(row_tasks[min(r_, 6)]), s.font, 7, cw - 8),
                        italic_of(s.font),
                        7,
                    )
                    if rng.random() < 0.12:
                        p.line(x0 + lw + k * cw + 3, yy + 9, x0 + lw + (k + 1) * cw - 6, yy + 9)
                        hand(
                            p,
                            x0 + lw + k * cw + 4,
                            yy + rh - 6,
                            tr(lg, "moved ->", "verschoben", "décalé"),
                            8,
                        )
        p.text(
            m,
            hh - m + 8,
            tr(
                lg,
                f"Printed {short(ws - timedelta(days=3), lg)} by {c['admin'][0]}",
                f"Druck {short(ws - timedelta(days=3), lg)} {c['admin'][0]}",
                f"Imprimé le {short(ws - timedelta(days=3), lg)}",
            ),
            s.font,
            6.5,
        )
        if rng.random() < 0.4:
            hand(
                p,
                w - m - 220,
                hh - m + 6,
                tr(
                    lg,
                    "skip booked Thu - ring customer",
                    "Container Do bestellt",
                    "benne jeudi - appeler",
                ),
                9,
            )
        pages.append(p)
    remember(jobs[0], start)
    return pages


CHECKS = {
    "en": [
        "All units level, secure and fixed to wall",
        "Doors and drawers aligned, soft-close working",
        "Worktops sealed, joints filled",
        "Sink and tap tested, no leaks",
        "Appliances installed and tested",
        "Extractor ducted/recirculating as specified",
        "Plinths, cornice and end panels fitted",
        "Site left clean, waste removed",
        "Instruction manuals and guarantees handed over",
    ],
    "de": [
        "Schränke ausgerichtet und befestigt",
        "Türen und Auszüge eingestellt, Dämpfung i.O.",
        "Arbeitsplatten versiegelt, Fugen geschlossen",
        "Spüle und Armatur dicht",
        "Geräte angeschlossen und geprüft",
        "Dunstabzug Abluft/Umluft wie geplant",
        "Sockel, Kranz und Wangen montiert",
        "Baustelle besenrein, Verpackung entsorgt",
        "Bedienungsanleitungen übergeben",
    ],
    "fr": [
        "Meubles de niveau et fixés",
        "Portes et tiroirs réglés, amortisseurs ok",
        "Plans de travail joints et étanchéité faits",
        "Évier et robinet testés, sans fuite",
        "Électroménager raccordé et testé",
        "Hotte en évacuation/recyclage comme prévu",
        "Socles, corniches et joues posés",
        "Chantier nettoyé, déchets évacués",
        "Notices et garanties remises",
    ],
}


def tpl_completion_signoff(rng: random.Random, who: Issuer) -> list[Page]:
    """The showroom's completion and handover sheet: the checklist with yes/no boxes, the
    appliances with serial numbers written in, the customer's comments or reservations and
    both signatures, the balance due; a French procès-verbal de réception with or without
    reservations."""
    h = studio_head()
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, hh = A4
    m = s.margin
    job = job_for(rng, ("fitting_schedule",))
    if after(("completion_signoff",)):
        job = a_job(rng)
    d = some_day(rng)
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "Completion & Handover Certificate",
        "Abnahmeprotokoll Küchenmontage",
        "Procès-verbal de réception des travaux",
    )
    p.text(m, y + 4, title, s.bold, shrink(title, s.bold, s.size + 5, w - 2 * m))
    y += 24
    fitters = rng.sample(crew()["fitters"], 2)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Maître d'ouvrage"), job.name),
            (tr(lg, "Job ref.", "Auftrag", "Dossier"), job.ref),
            (tr(lg, "Address", "Montageort", "Adresse du chantier"), f"{job.street}, {job.town}"),
            (tr(lg, "Fitted by", "Monteure", "Poseurs"), " / ".join(t.split()[0] for t in fitters)),
            (
                tr(lg, "Start date", "Montagebeginn", "Début des travaux"),
                short(d - timedelta(days=rng.randint(3, 9)), lg),
            ),
            (tr(lg, "Completion date", "Fertigstellung", "Fin des travaux"), short(d, lg)),
        ],
        per=2,
        tall=25,
    )
    lbl = [*yes_no(lg), tr(lg, "N/A", "entf.", "s.o.")]
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
    p.text(m + 4, y, tr(lg, "Checklist", "Prüfpunkte", "Points de contrôle"), s.bold, 8)
    for k, t in enumerate(lbl):
        p.text(w - m - 110 + k * 38, y, t, s.bold, 7)
    y += 14
    for t in CHECKS[lg]:
        p.text(m + 4, y, fit(t, s.font, 8, w - 2 * m - 130), s.font, 8)
        v = 0 if rng.random() < 0.85 else rng.choice([1, 2])
        for k in range(3):
            box(p, w - m - 104 + k * 38, y + 1, k == v, 8)
        p.line(m, y + 4, w - m, y + 4)
        y += 14
    y += 8
    p.text(m, y, tr(lg, "Appliances", "Geräte", "Appareils"), s.bold, 8.5)
    y += 12
    li = ["en", "de", "fr"].index(lg)
    cols = [m, m + 200, m + 320]
    for t, x in zip(
        [
            tr(lg, "Appliance", "Gerät", "Appareil"),
            tr(lg, "Model", "Typ", "Modèle"),
            tr(lg, "Serial no.", "Fabrik-Nr.", "N° de série"),
        ],
        cols,
        strict=True,
    ):
        p.text(x, y, t, s.font, 7)
    y += 11
    for i in job.kit:
        p.text(cols[0], y, fit(APPLIANCES[i][0][li], s.font, 8, 195), s.font, 8)
        p.text(cols[1], y, serial(rng, APPLIANCES[i][1]), s.font, 8)
        hand(
            p, cols[2], y, serial(rng, rng.choice(["999999999", "99999 999 99", "9999A99999"])), 8.5
        )
        p.line(cols[2] - 2, y + 3, w - m, y + 3)
        y += 12.5
    y += 10
    p.text(
        m,
        y,
        tr(lg, "Customer comments / outstanding items", "Offene Punkte / Mängel", "Réserves"),
        s.bold,
        8.5,
    )
    if lg == "fr":
        ticks(
            p,
            s,
            m + 70,
            y,
            300,
            ["sans réserve", "avec réserves (voir ci-dessous)"],
            {0} if rng.random() < 0.5 else {1},
            8,
        )
    y += 14
    notes = [
        words(rng, lg, "complaint", rng.randint(4, 8)) for _ in range(rng.choice([0, 1, 2, 3]))
    ]
    for k in range(3):
        if k < len(notes):
            hand(p, m + 4, y, fit(notes[k], HAND, 9, w - 2 * m - 8), 9)
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    y += 8
    bal = round(job.value * rng.choice([0.1, 0.15, 0.75]), 2)
    p.rect(m, y, 220, 28)
    p.text(
        m + 6,
        y + 11,
        tr(lg, "Balance due on completion", "Restzahlung fällig", "Solde à régler"),
        s.font,
        7,
    )
    p.text(m + 6, y + 23, cash(bal, lg), s.bold, s.size)
    y = min(y + 64, hh - m - 30)
    sign_line(
        p,
        s,
        m,
        y,
        200,
        tr(lg, "Customer", "Kunde", "Le maître d'ouvrage"),
        job.name if rng.random() < 0.9 else "",
    )
    sign_line(p, s, w - m - 200, y, 200, tr(lg, "Fitter", "Monteur", "L'entreprise"), fitters[0])
    pages = close([p], s, h, numbers="none")
    remember(job, d)
    return pages


WORKS = {
    "electrician": {
        "en": [
            "1st and 2nd fix electrics",
            "New cooker circuit and sockets",
            "Rewire kitchen, downlights and plinth lights",
            "Hob and oven connection, test and certify",
        ],
        "de": [
            "Elektroinstallation Küche",
            "Herdanschluss und Steckdosen",
            "Neuer Stromkreis Kochfeld, Spots",
            "Anschluss Geräte, Messung und Protokoll",
        ],
        "fr": [
            "Mise aux normes circuits cuisine",
            "Création ligne plaque 32 A et prises",
            "Raccordement électroménager, spots",
            "Tableau, différentiel et attestation",
        ],
    },
    "plumber": {
        "en": [
            "Move sink supply and waste",
            "Gas hob connection and test",
            "Cap off old supplies, connect sink and dishwasher",
            "Boiling water tap installation",
        ],
        "de": [
            "Umlegung Wasser/Abwasser Spüle",
            "Gasanschluss Kochfeld inkl. Prüfung",
            "Anschluss Spüle und Geschirrspüler",
            "Montage Kochendwasserhahn",
        ],
        "fr": [
            "Déplacement arrivées et évacuation évier",
            "Raccordement gaz et essai",
            "Raccordement évier et lave-vaisselle",
            "Pose robinet eau bouillante",
        ],
    },
}


MATERIALS = {
    "electrician": {
        "en": [
            "2.5mm T&E cable 50m",
            "Double socket",
            "Cooker switch 45A",
            "Fused spur",
            "RCBO 32A",
            "LED driver",
            "Back box 35mm",
        ],
        "de": [
            "NYM-J 3x2,5 50 m",
            "Schuko-Steckdose",
            "Herdanschlussdose",
            "FI/LS 16 A",
            "LED-Treiber",
            "Unterputzdose",
            "Abzweigdose",
        ],
        "fr": [
            "Câble R2V 3G2,5 50 m",
            "Prise 2P+T",
            "Sortie de câble 32 A",
            "Disjoncteur diff. 20 A",
            "Alimentation LED",
            "Boîte d'encastrement",
            "Gaine ICTA",
        ],
    },
    "plumber": {
        "en": [
            "15mm copper pipe",
            "Isolating valve",
            "Waste trap",
            "Flexible hose",
            "Gas bayonet",
            "Compression fittings",
            "40mm waste pipe",
        ],
        "de": [
            "Kupferrohr 15 mm",
            "Eckventil",
            "Siphon",
            "Panzerschlauch",
            "Gassteckdose",
            "Pressfittings",
            "HT-Rohr DN 40",
        ],
        "fr": [
            "Tube cuivre 14/16",
            "Robinet d'arrêt",
            "Siphon",
            "Flexible inox",
            "Robinet gaz ROAI",
            "Raccords à sertir",
            "Tube PVC 40",
        ],
    },
}


def tpl_trade_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An electrician's or plumber's invoice to the showroom for the work on a customer's
    kitchen: a typed invoice, or a page of a duplicate invoice book filled in by hand; the
    CIS deduction, the § 13b UStG note or the autoliquidation note of a subcontractor."""
    if after(("electrical_cert",)):
        role = "electrician"
    elif after(("gas_cert",)):
        role = "plumber"
    else:
        role = keyed(who, "trade").choice(["electrician", "plumber"])
    h = head_of(who, role)
    lg = h.lang
    job = job_for(rng, ("electrical_cert", "gas_cert"))
    if after(("trade_invoice",)):
        job = a_job(rng)
    d = last_day(rng, ("electrical_cert", "gas_cert"), (0, 6))
    no = str(keyed(who, "no").randint(100, 900) + rng.randint(0, 40))
    labour = rng.choice([1, 1.5, 2, 2.5, 3]) * keyed(who, "rate").choice([220.0, 250.0, 280.0])
    mats = round(rng.uniform(40, 420), 2)
    what = tr(
        lg,
        f"Kitchen at {job.street}, {job.town} ({job.last})",
        f"Küche {job.last}, {job.street}, {job.town}",
        f"Cuisine {job.last}, {job.street}, {job.town}",
    )
    sub = tr(lg, "Labour", "Arbeitszeit", "Main d'oeuvre")
    book = keyed(who, "book").random() < 0.4
    if book:
        s = style_of(h, A5, margin=28, pt=8)
        w = A5[0]
        m = s.margin
        p = Page(A5)
        y = heading(p, s, h)
        p.text(m, y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, 12)
        p.text(w - m, y, f"No {no}", "Helvetica-Bold", 12, "right")
        y += 18
        for cap, val in (
            (tr(lg, "To", "An", "Client"), studio_head().name),
            (tr(lg, "Job", "Baustelle", "Chantier"), what),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ):
            p.text(m, y, cap, s.font, 7.5)
            hand(p, m + 50, y, val, 9, w - 2 * m - 52)
            p.line(m + 48, y + 3, w - m, y + 3)
            y += 18
        p.rect(m, y, w - 2 * m, 14, fill=0.88)
        p.text(m + 4, y + 10, tr(lg, "Description", "Leistung", "Désignation"), s.bold, 7.5)
        p.text(w - m - 4, y + 10, tr(lg, "Amount", "Betrag", "Montant"), s.bold, 7.5, "right")
        y += 14
        lines = [
            (rng.choice(WORKS[role][lg]), labour),
            (tr(lg, "Materials", "Material", "Fournitures"), mats),
        ]
        for k in range(8):
            p.rect(m, y, w - 2 * m, 16)
            p.line(w - m - 70, y, w - m - 70, y + 16)
            if k < len(lines):
                hand(p, m + 4, y + 11, lines[k][0], 8.5, w - 2 * m - 80)
                hand(
                    p,
                    w - m - 6 - tw(money(lines[k][1], lg), HAND, 9),
                    y + 11,
                    money(lines[k][1], lg),
                    9,
                )
            y += 16
        net = labour + mats
        y += 6
        rows = [(tr(lg, "Total", "Summe netto", "Total HT"), net)]
        if lg == "en" and keyed(who, "vat").random() < 0.4:
            rows.append(("VAT 20%", net * 0.2))
        for t, v in rows:
            p.text(w - m - 80, y + 8, t, s.font, 8, "right")
            hand(p, w - m - 66, y + 8, money(v, lg), 9.5)
            y += 16
        p.text(
            m,
            y + 12,
            tr(
                lg,
                "Thank you - payment within 14 days please.",
                "Leistungsempfänger schuldet die USt. (§ 13b UStG)",
                "Autoliquidation - art. 283-2 nonies du CGI",
            ),
            s.font,
            7,
        )
        pages = close([p], s, h, numbers="none")
    else:
        s = style_of(h, A4)
        w, _hh = A4
        m = s.margin
        f = sheets(s, h)
        recipient(
            f, s, h, studio_lines(), d, [(tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no)]
        )
        caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
        write(f, s, what, s.size, 0)
        cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")])
        days_ = labour / keyed(who, "rate").choice([220.0, 250.0, 280.0])
        rate = labour / days_
        rows = [
            [
                sub + " - " + rng.choice(WORKS[role][lg]),
                f"{days_:g}",
                money(rate, lg),
                money(labour, lg),
            ]
        ]
        net = labour
        for _ in range(rng.randint(1, 5)):
            v = round(rng.uniform(8, 90), 2)
            q = rng.randint(1, 6)
            net += round(v * q, 2)
            rows.append([rng.choice(MATERIALS[role][lg]), str(q), money(v, lg), money(v * q, lg)])
        table(
            f,
            cols,
            [
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Rate", "EP", "P.U."),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            size=s.size - 1,
        )
        if lg == "en":
            gross = totals(f, s, lg, round(net, 2), 20.0 if keyed(who, "vat").random() < 0.5 else 0)
            cis = round(labour * 0.2, 2)
            f.page.text(w * 0.56, f.y, "Less CIS deduction 20% on labour", s.font, s.size - 1)
            f.page.text(w - m, f.y, f"- {money(cis, lg)}", s.font, s.size - 1, "right")
            f.y += 14
            f.page.text(w * 0.56, f.y, "Amount payable", s.bold, s.size)
            f.page.text(w - m, f.y, cash(gross - cis, lg), s.bold, s.size, "right")
            f.y += 20
            write(
                f,
                s,
                f"UTR {serial(keyed(who, 'utr'), '99999 99999')}. Payment by BACS within 14 days.",
                s.size - 1,
            )
        elif lg == "de":
            totals(f, s, lg, round(net, 2), 0, due="Rechnungsbetrag netto")
            write(
                f,
                s,
                "Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 "
                "UStG. Zahlbar innerhalb 14 Tagen ohne Abzug.",
                s.size - 1,
            )
        else:
            totals(f, s, lg, round(net, 2), 0, due="Net à payer")
            write(
                f,
                s,
                "Autoliquidation - TVA due par le preneur, article 283-2 nonies du CGI "
                "(sous-traitance BTP). Paiement à 30 jours.",
                s.size - 1,
            )
        pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.35)
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates DDDDD: certificates of the electrician and the gas fitter
# ---------------------------------------------------------------------------------------------


def test_schedule(rng: random.Random, s0: Style, h: Head, job: Job, d: date, ref: str) -> Page:
    """The schedule of test results on a landscape page: one row per circuit."""
    lg = h.lang
    s = paper(s0, A4L, margin=32, pt=7)
    w, hh = A4L
    m = s.margin
    f = Sheets((w, hh), hh - m, lambda p, n: m)
    title = tr(lg, "SCHEDULE OF TEST RESULTS", "MESSPROTOKOLL - STROMKREISE", "TABLEAU DES MESURES")
    f.page.text(m, f.y, title, s.bold, 11)
    f.page.text(w - m, f.y, f"{ref} - {job.street}, {job.town}", s.font, 7.5, "right")
    f.y += 16
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Distribution board", "Verteiler", "Tableau"),
                    rng.choice(["DB1", "UV Küche", "TGBT"]),
                ),
                (
                    tr(lg, "Instrument serial", "Messgerät", "Appareil de mesure"),
                    f"{rng.choice(['Megger MFT1741', 'Fluke 1664', 'Benning IT 130', 'CA 6116'])}"
                    f" / {serial(rng, '9999999')}",
                ),
                (
                    tr(
                        lg,
                        "Ze / Zs at origin",
                        "Schleifenimpedanz Einspeisung",
                        "Impédance de boucle",
                    ),
                    f"{rng.uniform(0.12, 0.35):.2f} Ohm",
                ),
            ],
            w / 2,
            7.5,
        )
        + 6
    )
    heads = [
        tr(lg, "Cct", "Nr.", "Circ."),
        tr(lg, "Description", "Stromkreis", "Désignation"),
        tr(lg, "Type", "Typ", "Type"),
        "In (A)",
        tr(lg, "Cable mm2", "Quers. mm2", "Section"),
        "R1+R2",
        tr(lg, "IR MOhm", "Riso MOhm", "Isol. MOhm"),
        "Zs Ohm",
        tr(lg, "RCD ms", "RCD ms", "DDR ms"),
        tr(lg, "Test btn", "Prüft.", "Test"),
        "OK",
    ]
    cols = columns(
        m,
        w - m,
        [
            (0.5, "center"),
            (3, "left"),
            (0.8, "center"),
            (0.7, "center"),
            (0.9, "center"),
            (0.8, "center"),
            (0.9, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (0.7, "center"),
            (0.5, "center"),
        ],
    )
    circuits = tr(
        lg,
        "Cooker radial;Kitchen sockets ring;Dishwasher spur;Fridge spur;Lighting - "
        "kitchen;Under-cabinet LED;Extractor fused spur;Island sockets",
        "Herd 3x16A;Steckdosen Arbeitsplatte;Geschirrspüler;Kühlschrank;Licht Küche;"
        "LED Unterbau;Dunstabzug;Steckdosen Insel",
        "Plaque de cuisson 32A;Prises plan de travail;Lave-vaisselle;Réfrigérateur;"
        "Éclairage cuisine;Réglettes LED;Hotte;Prises îlot",
    ).split(";")
    rows = []
    for k, c in enumerate(circuits[: rng.randint(4, 8)]):
        big = k == 0
        rows.append(
            [
                str(k + 1),
                c,
                rng.choice(["B", "B", "C"]),
                "32" if big else rng.choice(["16", "20", "6"]),
                "6.0" if big else rng.choice(["2.5", "1.5"]),
                f"{rng.uniform(0.05, 0.6):.2f}",
                ">200" if rng.random() < 0.7 else str(rng.randint(50, 199)),
                f"{rng.uniform(0.2, 1.1):.2f}",
                str(rng.randint(14, 28)),
                "x",
                "x",
            ]
        )
    table(f, cols, heads, rows, s, size=7, rules=True, step=2.1)
    f.y += 20
    f.page.text(m, f.y, tr(lg, "Tested by", "Geprüft", "Vérifié par"), s.font, 7)
    scrawl(f.page, m + 60, f.y, staff(h, "el"), 11)
    f.page.text(m + 220, f.y, short(d, lg), HAND, 9)
    return f.pages[0]


def tpl_electrical_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """An electrician's certificate for a kitchen's new circuits: a BS 7671 minor works or
    installation certificate, a Prüfprotokoll nach DIN VDE 0100-600 or an attestation de
    conformité, with the schedule of test results on a landscape page."""
    h = head_of(who, "electrician")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    job = job_for(rng, ("fitting_schedule", "completion_signoff", "customer_order"))
    if after(("electrical_cert",)):
        job = a_job(rng)
    d = some_day(rng)
    ref = serial(rng, keyed(who, "m").choice(["MW-99999", "EIC/9999/99", "PP-9999", "AC 999999"]))
    minor = lg == "en" and rng.random() < 0.55
    p = Page(A4)
    y = heading(p, s, h)
    title = (
        "MINOR ELECTRICAL INSTALLATION WORKS CERTIFICATE"
        if minor
        else tr(
            lg,
            "ELECTRICAL INSTALLATION CERTIFICATE",
            "PRÜFPROTOKOLL ERSTPRÜFUNG",
            "ATTESTATION DE CONFORMITÉ - INSTALLATION ÉLECTRIQUE",
        )
    )
    pt = shrink(title, s.bold, 12, w - 2 * m)
    p.text(w / 2, y + 2, title, s.bold, pt, "center")
    p.text(
        w / 2,
        y + 14,
        tr(
            lg,
            "Requirements for Electrical Installations BS 7671:2018+A2:2022",
            "nach DIN VDE 0100-600 / DGUV Vorschrift 3",
            "NF C 15-100 - modifiée ou complétée",
        ),
        s.font,
        7.5,
        "center",
    )
    p.text(w - m, y + 28, f"{tr(lg, 'Cert. no.', 'Protokoll-Nr.', 'N°')} {ref}", s.bold, 9, "right")
    y += 40
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "PART 1 - DETAILS OF THE CLIENT AND INSTALLATION",
            "Auftraggeber und Anlage",
            "Maître d'ouvrage et installation",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Donneur d'ordre"), studio_head().name),
            (
                tr(lg, "Installation address", "Anlage / Ort", "Adresse de l'installation"),
                f"{job.name}, {job.street}, {job.town}",
            ),
            (
                tr(lg, "Description of work", "Umfang der Arbeiten", "Nature des travaux"),
                tr(
                    lg,
                    "New circuits and alterations for kitchen refit",
                    "Neuinstallation Küche: Herd, Steckdosen, Beleuchtung",
                    "Création circuits cuisine : plaque, prises, éclairage",
                ),
            ),
            (tr(lg, "Date of completion", "Datum der Prüfung", "Date d'achèvement"), short(d, lg)),
        ],
        per=2,
        tall=26,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "PART 2 - SUPPLY AND EARTHING",
            "Netzform und Schutzmaßnahmen",
            "Alimentation et mise à la terre",
        ),
    )
    y += 10
    for lbl, opts in (
        (tr(lg, "Earthing", "Netzsystem", "Schéma"), ["TN-C-S", "TN-S", "TT"]),
        (
            tr(lg, "Protection", "Schutzmaßnahme", "Protection"),
            [
                tr(lg, "RCD 30mA", "RCD 30 mA", "DDR 30 mA"),
                tr(lg, "RCBO", "FI/LS", "Disj. diff."),
                tr(lg, "SPD", "Überspannungsschutz", "Parafoudre"),
            ],
        ),
    ):
        p.text(m, y, lbl, s.font, 8)
        y = ticks(
            p,
            s,
            m + 110,
            y,
            w - 2 * m - 110,
            opts,
            {0, 1}
            if len(opts) == 3 and lbl.startswith(("Prot", "Schutz"))
            else {rng.randrange(len(opts))},
            8,
        )
    y += 2
    y = band(p, s, y, tr(lg, "PART 3 - INSPECTION", "Besichtigen", "Vérifications visuelles"))
    y += 10
    for t in tr(
        lg,
        "Protective devices correctly selected;Cables correctly supported and "
        "protected;Zones / distances to sink respected;Accessories fixed and undamaged;"
        "Labelling at consumer unit",
        "Auswahl der Schutzeinrichtungen;Leitungsverlegung und Befestigung;Abstände zur "
        "Spüle eingehalten;Betriebsmittel fest und unbeschädigt;Beschriftung Verteiler",
        "Choix des dispositifs de protection;Canalisations fixées et protégées;Volumes "
        "et distances à l'évier;Appareillage fixé;Repérage au tableau",
    ).split(";"):
        p.text(m + 4, y, t, s.font, 8)
        ok = rng.random() < 0.95
        box(p, w - m - 80, y + 1, ok, 8)
        p.text(w - m - 68, y, tr(lg, "OK", "i.O.", "C"), s.font, 7)
        box(p, w - m - 40, y + 1, not ok, 8)
        p.text(w - m - 28, y, tr(lg, "N/A", "n.i.O.", "NC"), s.font, 7)
        y += 13
    y += 4
    y = band(
        p,
        s,
        y,
        tr(
            lg, "PART 4 - DECLARATION", "Ergebnis und Unterschrift", "Déclaration de l'installateur"
        ),
    )
    y = text_at(
        p,
        s,
        m,
        y + 10,
        w - 2 * m,
        tr(
            lg,
            "I certify that the work does not impair the safety of the existing installation and "
            "that it has been designed, constructed, inspected and tested in accordance with "
            "BS 7671.",
            "Die Anlage entspricht den anerkannten Regeln der Technik. Keine Mängel festgestellt. "
            "Nächster Prüftermin empfohlen: " + short(d.replace(year=d.year + 4), lg) + ".",
            "L'installateur soussigné atteste que l'installation réalisée est conforme aux "
            "prescriptions de la norme NF C 15-100.",
        ),
        8,
    )
    y = max(y + 26, hh - m - 90)
    sign_line(
        p,
        s,
        m,
        y,
        200,
        tr(lg, "Signature", "Unterschrift Elektrofachkraft", "Signature de l'installateur"),
        staff(h, "el"),
    )
    hand(p, m + 230, y - 4, short(d, lg), 9)
    if rng.random() < 0.6:
        seal(
            p,
            w - m - 50,
            y - 10,
            36,
            h.name[:26],
            tr(lg, "Approved contractor", "Meisterbetrieb", "Qualifelec"),
        )
    pages = close([p], s, h, numbers="none")
    if not minor or rng.random() < 0.3:
        pages.append(test_schedule(rng, s, h, job, d, ref))
    if len(pages) > 1 and rng.random() < 0.5:
        number_pages(
            pages,
            s,
            tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
            "br",
            0,
            bottom=14,
        )
    remember(job, d)
    return pages


def tpl_gas_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A gas fitter's certificate for a gas hob: a gas appliance installation and
    commissioning record, a Dichtheits- und Gebrauchsfähigkeitsprüfung protocol after the
    TRGI, or a certificat de conformité modèle 2; tick boxes and readings in hand, on one
    page or A5."""
    h = head_of(who, "plumber")
    lg = h.lang
    size = A4 if keyed(who, "sz").random() < 0.7 else A5
    s = style_of(h, size, margin=30 if size == A5 else 0, pt=8 if size == A5 else 8.5)
    w, hh = size
    m = s.margin
    job = job_for(rng, ("fitting_schedule", "completion_signoff"))
    if after(("gas_cert",)):
        job = a_job(rng)
    job.gas = True
    d = some_day(rng)
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "GAS APPLIANCE INSTALLATION / COMMISSIONING RECORD",
        "PROTOKOLL DICHTHEITS- UND GEBRAUCHSFÄHIGKEITSPRÜFUNG",
        "CERTIFICAT DE CONFORMITÉ GAZ - MODÈLE 2",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 11, w - 2 * m))
    p.text(
        m,
        y + 12,
        tr(
            lg,
            "Gas Safety (Installation and Use) Regulations 1998",
            "nach DVGW-TRGI 2018, Arbeitsblatt G 600",
            "Installation modifiée ou complétée - arrêté du 23 février 2018",
        ),
        s.font,
        7,
    )
    no = serial(rng, "999999")
    p.text(w - m, y + 12, f"No. {no}", s.bold, 8, "right")
    y += 28
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Site address", "Anlagenort", "Adresse"),
                f"{job.name}, {job.street}, {job.town}",
            ),
            (tr(lg, "Ordered by", "Auftraggeber", "Pour le compte de"), studio_head().name),
            (
                tr(lg, "Appliance", "Gasgerät", "Appareil"),
                tr(lg, "Gas hob, 4 burner", "Gaskochfeld 4-flammig", "Table de cuisson gaz"),
            ),
            (
                tr(lg, "Make / model", "Hersteller / Typ", "Marque / type"),
                serial(rng, APPLIANCES[8][1]),
            ),
        ],
        per=2,
        tall=24,
    )
    items = [
        (
            tr(
                lg,
                "Tightness test (mbar drop)",
                "Dichtheitsprüfung 150 mbar, 10 min",
                "Étanchéité (mbar)",
            ),
            f"{rng.choice([0, 0, 0.5])}",
        ),
        (
            tr(lg, "Let-by test", "Gebrauchsfähigkeit Leckrate l/h", "Fuite (l/h)"),
            f"{rng.uniform(0, 0.8):.1f}",
        ),
        (
            tr(lg, "Working pressure (mbar)", "Anschlussdruck (mbar)", "Pression (mbar)"),
            f"{rng.uniform(19.5, 21.5):.1f}" if lg != "fr" else f"{rng.uniform(19, 21):.0f}",
        ),
        (
            tr(lg, "Heat input (kW)", "Nennwärmebelastung (kW)", "Débit calorifique (kW)"),
            f"{rng.uniform(6.5, 9.5):.1f}",
        ),
    ]
    y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=24)
    for lbl in tr(
        lg,
        "Bayonet / isolation valve fitted;Stability bracket not required;Flame "
        "picture satisfactory;Flame supervision device operates;Ventilation adequate;"
        "Customer shown operation",
        "Absperreinrichtung vorhanden;Leitung dicht;Flammenbild i.O.;"
        "Zündsicherung funktioniert;Verbrennungsluft ausreichend;Betreiber eingewiesen",
        "Robinet de commande accessible;Flexible à date de validité;Flamme correcte;"
        "Sécurité thermocouple;Ventilation conforme;Notice remise",
    ).split(";"):
        p.text(m + 4, y, lbl, s.font, 8)
        v = 0 if rng.random() < 0.93 else 1
        for k, t in enumerate(yes_no(lg)):
            box(p, w - m - 80 + k * 40, y + 1, k == v, 8)
            p.text(w - m - 68 + k * 40, y, t, s.font, 7)
        y += 13
    y += 10
    y = text_at(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "The appliance has been installed and commissioned in accordance with the "
            "manufacturer's instructions and is safe to use.",
            "Die Gasanlage ist dicht und gebrauchsfähig. Die Prüfung wurde ordnungsgemäß "
            "durchgeführt.",
            "L'installateur certifie que l'installation est conforme à la réglementation.",
        ),
        8,
    )
    y = min(y + 30, hh - m - 40)
    sign_line(
        p,
        s,
        m,
        y,
        180,
        tr(lg, "Engineer (Gas Safe ID)", "Unterschrift Fachbetrieb", "Signature de l'installateur"),
        staff(h, "gas"),
    )
    hand(p, m + 8, y + 20, serial(rng, "9999999") if lg == "en" else short(d, lg), 8.5)
    sign_line(
        p,
        s,
        w - m - 160,
        y,
        160,
        tr(lg, "Customer", "Betreiber", "Client"),
        job.name if rng.random() < 0.7 else "",
    )
    if lg == "fr" and rng.random() < 0.6:
        seal(p, w - m - 60, y - 70, 30, "QUALIGAZ", f"visa {serial(rng, '99999')}")
    pages = close([p], s, h, numbers="none")
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates DDDDD: manufacturers, customers and service
# ---------------------------------------------------------------------------------------------


def tpl_warranty_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """An appliance manufacturer's warranty registration confirmation: a letter with the
    certificate page behind, or a single certificate card (A6 or A5)."""
    h = head_of(who, "maker", 0.25)
    lg = h.lang
    job = job_for(rng, ("completion_signoff", "warranty_registration"))
    prev = LAST["extra"]
    idx = [i for i in job.kit if not (isinstance(prev, list) and i in prev)] or job.kit
    i = rng.choice(idx)
    done = (prev if isinstance(prev, list) and after(("warranty_registration",)) else []) + [i]
    d = last_day(rng, ("completion_signoff", "warranty_registration"), (0, 12))
    li = ["en", "de", "fr"].index(lg)
    model = serial(rng, APPLIANCES[i][1])
    sn = serial(rng, rng.choice(["999999999", "9999 999 999", "99A9999999"]))
    years = keyed(who, "y").choice([2, 3, 5, 5, 10])
    card = keyed(who, "card").random() < 0.4
    data = [
        (
            tr(lg, "Registration no.", "Registrier-Nr.", "N° d'enregistrement"),
            serial(rng, "WR99999999"),
        ),
        (tr(lg, "Product", "Produkt", "Produit"), APPLIANCES[i][0][li]),
        (tr(lg, "Model", "Modell", "Modèle"), model),
        (tr(lg, "Serial no.", "Fabrik-Nr. (FD)", "N° de série"), sn),
        (tr(lg, "Purchase date", "Kaufdatum", "Date d'achat"), short(job.fit, lg)),
        (tr(lg, "Purchased from", "Gekauft bei", "Acheté chez"), studio_head().name),
        (
            tr(lg, "Cover until", "Garantie bis", "Garantie jusqu'au"),
            short(job.fit.replace(year=job.fit.year + years, day=min(job.fit.day, 28)), lg),
        ),
    ]
    if card:
        size = keyed(who, "cs").choice([A6, A5])
        s = style_of(h, size, margin=22, pt=7.5)
        w, hh = size
        m = s.margin
        p = Page(size)
        p.rect(8, 8, w - 16, hh - 16)
        p.rect(11, 11, w - 22, hh - 22)
        y = heading(p, s, h, 34)
        t = tr(lg, f"{years} YEAR GUARANTEE", f"{years} JAHRE GARANTIE", f"GARANTIE {years} ANS")
        p.text(w / 2, y + 6, t, s.bold, shrink(t, s.bold, 14, w - 2 * m), "center")
        p.text(w / 2, y + 20, fit(cust_name(job, lg), s.font, 8, w - 2 * m), s.font, 8, "center")
        y = pairs(p, s, m, y + 38, data, w - m, 7)
        p.text(
            w / 2,
            hh - 26,
            tr(
                lg,
                "Keep this card with your receipt.",
                "Bitte zusammen mit dem Kaufbeleg aufbewahren.",
                "À conserver avec votre facture.",
            ),
            italic_of(s.font),
            6.5,
            "center",
        )
        pages = [p]
    else:
        s = style_of(h, A4)
        w, hh = A4
        m = s.margin
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [
                cust_name(job, lg),
                f"c/o {studio_head().name}",
                studio_head().street,
                studio_head().town,
            ],
            d,
            [(tr(lg, "Our ref", "Vorgang", "Réf."), data[0][1])],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your guarantee registration",
                "Bestätigung Ihrer Garantieregistrierung",
                "Confirmation d'enregistrement de garantie",
            ),
            2,
        )
        write(f, s, salute(job, lg))
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you for registering your new appliance. Your extended {years}-year parts "
                "and labour guarantee is now active. Please keep this letter and the certificate "
                "overleaf with your proof of purchase.",
                f"vielen Dank für die Registrierung Ihres Gerätes. Ihre {years}-jährige "
                "Herstellergarantie ist aktiviert. Bitte bewahren Sie dieses Schreiben und die "
                "Garantieurkunde zusammen mit dem Kaufbeleg auf.",
                f"nous vous remercions d'avoir enregistré votre appareil. Votre garantie de "
                f"{years} ans pièces et main d'oeuvre est activée. Conservez ce courrier et le "
                "certificat joint avec votre facture.",
            ),
        )
        write(f, s, prose(rng, lg, "service", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "cc"),
            tr(lg, "Customer Care", "Kundenservice", "Service consommateurs"),
        )
        pages = close(f.pages, s, h, numbers="none")
        c = Page(A4)
        c.rect(m - 14, m - 14, w - 2 * m + 28, hh * 0.55)
        c.rect(m - 10, m - 10, w - 2 * m + 20, hh * 0.55 - 8)
        t = tr(lg, "GUARANTEE CERTIFICATE", "GARANTIEURKUNDE", "CERTIFICAT DE GARANTIE")
        c.text(w / 2, m + 26, t, s.bold, 20, "center")
        c.text(w / 2, m + 46, h.name, s.font, 10, "center")
        pairs(
            c,
            s,
            m + 30,
            m + 80,
            [(tr(lg, "Customer", "Kunde", "Client"), job.name), *data],
            w - m - 30,
            9.5,
        )
        c.text(
            m,
            hh * 0.55 + m + 20,
            tr(lg, "Terms of guarantee", "Garantiebedingungen", "Conditions de garantie"),
            s.bold,
            9,
        )
        text_at(c, s, m, hh * 0.55 + m + 34, w - 2 * m, prose(rng, lg, "legal", 3, 5), 7)
        pages.append(c)
    remember(job, d, done)
    return pages


def tpl_snagging_list(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's snagging list after the fitting: handwritten on a lined notepad page
    (A5, sometimes two) or a printed e-mail with the numbered points."""
    job = job_for(rng, ("completion_signoff",))
    lg = job.lang
    d = last_day(rng, ("completion_signoff",), (1, 10))
    items = [
        words(rng, lg, "complaint", rng.randint(5, 11))[:-1] for _ in range(rng.randint(4, 20))
    ]
    if rng.random() < 0.55:
        pages = []
        k = 0
        first = True
        while k < len(items):
            p = Page(A5)
            w, hh = A5
            for yy in range(60, int(hh) - 20, 18):
                p.line(16, yy, w - 16, yy)
            p.line(40, 20, 40, hh - 10)
            y = 56.0
            if first:
                hand(
                    p,
                    48,
                    y,
                    tr(
                        lg,
                        f"Kitchen snags - {job.last}",
                        f"Mängelliste Küche {job.last}",
                        f"Réserves cuisine {job.last}",
                    ),
                    11,
                )
                hand(p, w - 100, 38, short(d, lg), 9)
                y += 18
                first = False
            while k < len(items) and y < hh - 40:
                for j, ln in enumerate(wrap(f"{k + 1}. {items[k]}", HAND, 9.5, w - 70)):
                    hand(p, 48 + (12 if j else 0), y, ln, 9.5)
                    y += 18
                k += 1
            pages.append(p)
        if rng.random() < 0.5:
            hand(pages[-1], 48, min(y + 18, A5[1] - 24), job.first, 10)
        return pages
    s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "short")
    w, hh = A4
    m = s.margin
    f = Sheets((w, hh), hh - m, lambda p, n: m)
    f.page.text(
        m,
        m - 22,
        f"{d.isoformat()} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
        "Helvetica",
        7,
    )
    isp = rng.choice(["gmail.com", "outlook.com", "web.de", "orange.fr", "btinternet.com"])
    mail = f"{job.first.lower()}.{job.last.lower()}@{isp}"
    for cap, val in (
        (tr(lg, "From", "Von", "De"), f"{job.name} <{mail}>"),
        (tr(lg, "To", "An", "À"), studio_head().mail or studio_head().name),
        (tr(lg, "Date", "Datum", "Date"), day(studio_head(), d)),
        (
            tr(lg, "Subject", "Betreff", "Objet"),
            tr(lg, "Snagging list - kitchen", "Restarbeiten Küche", "Liste des réserves cuisine"),
        ),
    ):
        f.page.text(m, f.y, f"{cap}:", s.bold, 9)
        f.page.text(m + 60, f.y, fit(val, s.font, 9, w - 2 * m - 60), s.font, 9)
        f.y += 13
    f.page.line(m, f.y, w - m, f.y)
    f.y += 16
    write(f, s, tr(lg, "Hi,", "Hallo,", "Bonjour,"))
    write(
        f,
        s,
        tr(
            lg,
            "as discussed with the fitters, here is the list of things still to be sorted:",
            "wie mit den Monteuren besprochen, hier die offenen Punkte:",
            "comme convenu avec les poseurs, voici la liste des points à reprendre :",
        ),
    )
    for k, t in enumerate(items):
        write(f, s, f"{k + 1}. {t}.", indent=12)
    write(
        f,
        s,
        tr(
            lg,
            "Please let us know when someone can come back.",
            "Bitte um kurze Terminabsprache.",
            "Merci de nous indiquer une date d'intervention.",
        ),
    )
    write(f, s, job.first)
    remember(job, d)
    return f.pages


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint letter about the fitting or a delay, typed without a
    letterhead, now and then with a page of photographs behind."""
    job = a_job(rng)
    lg = job.lang
    h = make_head((job.name, job.street, job.town, ""), lg, "customer")
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    f = Sheets((w, hh), hh - m, lambda p, n: m)
    for ln in (job.name, job.street, job.town):
        f.page.text(w - m, f.y, ln, s.font, s.size, "right")
        f.y += s.size * 1.3
    f.y += 10
    window(f.page, s, None, f.y, studio_lines())
    f.y += 70
    f.page.text(w - m, f.y, day(h, d), s.font, s.size, "right")
    f.y += 24
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Re: my kitchen, your ref. {job.ref}",
            f"Beschwerde - Küche, Ihr Auftrag {job.ref}",
            f"Objet : réclamation - commande {job.ref}",
        ),
        s.bold,
        s.size,
    )
    f.y += 22
    write(f, s, tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    for _ in range(rng.randint(2, 5)):
        write(f, s, prose(rng, lg, "complaint", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "I expect a reply within 14 days.",
            "Ich erwarte Ihre Stellungnahme innerhalb von 14 Tagen.",
            "Je vous demande de remédier à ces désordres dans un délai de 15 jours.",
        ),
    )
    regards(
        f,
        s,
        lg,
        job.name,
        "",
        tr(
            lg,
            "Yours faithfully,",
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, mes salutations.",
        ),
    )
    pages = f.pages
    received(rng, pages[0], d, 0.5)
    if rng.random() < 0.45:
        p = Page(s.page_size)
        n = rng.choice([2, 4])
        pw = (w - 2 * m - 14) / 2
        ph = pw * 0.75
        for k in range(n):
            x = m + (k % 2) * (pw + 14)
            y = m + (k // 2) * (ph + 40)
            photo(p, x, y, pw, ph, rng)
            p.text(
                x,
                y + ph + 12,
                fit(f"{k + 1}. {words(rng, lg, 'complaint', 5)}", s.font, 8, pw),
                s.font,
                8,
            )
        pages.append(p)
    remember(job, d)
    return pages


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A manufacturer's service engineer's visit report: the appliance, the fault reported
    and found, parts fitted, the outcome boxes, times and the customer's signature; A5 or
    A4, printed from the engineer's handheld or filled in by hand."""
    h = head_of(who, "maker", 0.2)
    lg = h.lang
    job = job_for(rng, ("complaint",))
    d = last_day(rng, ("complaint",), (4, 18))
    size = keyed(who, "sz").choice([A4, A5])
    s = style_of(h, size, margin=30 if size == A5 else 0, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    li = ["en", "de", "fr"].index(lg)
    i = rng.choice(job.kit)
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg, "SERVICE VISIT REPORT", "KUNDENDIENST-EINSATZBERICHT", "RAPPORT D'INTERVENTION SAV"
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m - 90))
    p.text(w - m, y, serial(rng, "SR99999999"), s.bold, 8.5, "right")
    y += 14
    handwritten = rng.random() < 0.5
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), f"{job.name}, {job.town}"),
            (tr(lg, "Visit date", "Einsatzdatum", "Date"), short(d, lg)),
            (tr(lg, "Appliance", "Gerät", "Appareil"), APPLIANCES[i][0][li]),
            (
                tr(lg, "Model / serial", "E-Nr. / FD", "Modèle / série"),
                f"{serial(rng, APPLIANCES[i][1])} / {serial(rng, '9999999')}",
            ),
            (
                tr(lg, "Fault reported", "Fehlerbeschreibung Kunde", "Panne signalée"),
                words(rng, lg, "service", 6)[:-1],
            ),
            (tr(lg, "Fault found", "Befund", "Constat"), words(rng, lg, "service", 6)[:-1]),
        ],
        per=2 if size == A4 else 1,
        tall=26,
        hand=handwritten,
    )
    p.text(m, y, tr(lg, "Parts used", "Ersatzteile", "Pièces"), s.bold, 8)
    y += 10
    for _k in range(rng.randint(0, 3)):
        p.text(
            m + 4,
            y,
            f"{serial(rng, '99999999')}  {words(rng, lg, 'service', 3)[:-1]}",
            HAND if handwritten else s.font,
            8,
        )
        y += 11
    y += 6
    p.text(m, y, tr(lg, "Outcome", "Ergebnis", "Résultat"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        [
            tr(lg, "Repaired", "Behoben", "Réparé"),
            tr(lg, "Parts on order", "Teil bestellt", "Pièce commandée"),
            tr(lg, "Second visit", "Folgeeinsatz", "2e visite"),
            tr(lg, "No fault found", "Kein Gerätefehler", "Pas de panne"),
            tr(
                lg,
                "Installation fault - chargeable",
                "Montagefehler - kostenpflichtig",
                "Défaut d'installation - facturable",
            ),
        ],
        {rng.randrange(5)},
        7.5,
    )
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Arrival", "Ankunft", "Arrivée"),
                f"{rng.randint(8, 15)}:{rng.choice(['05', '20', '40'])}",
            ),
            (
                tr(lg, "Departure", "Abfahrt", "Départ"),
                f"{rng.randint(9, 17)}:{rng.choice(['10', '35', '55'])}",
            ),
            (tr(lg, "Engineer", "Techniker", "Technicien"), staff(h, "eng")),
            (tr(lg, "Warranty", "Garantie", "Garantie"), tr(lg, "Yes", "Ja", "Oui")),
        ],
        per=4 if size == A4 else 2,
        tall=24,
        hand=handwritten,
    )
    y = min(y + 24, hh - m - 24)
    sign_line(
        p,
        s,
        m,
        y,
        160,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature du client"),
        job.name,
    )
    pages = close([p], s, h, numbers="none")
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates DDDDD: the showroom's own overheads
# ---------------------------------------------------------------------------------------------


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's rent demand for the showroom: a quarterly rent and service charge
    demand, a Mietrechnung with Nebenkostenvorauszahlung or an avis d'échéance, now and then
    with the service charge schedule on a second page."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    q0 = add_months(month(), rng.randint(0, 1))
    d = q0 - timedelta(days=rng.randint(10, 21))
    rent = keyed(who, "rent").choice([3250.0, 4100.0, 5400.0, 2875.0])
    no = serial(rng, "999999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (
                tr(lg, "Tenant ref", "Mieter-Nr.", "Réf. locataire"),
                serial(keyed(who, "t"), "T99999"),
            ),
            (tr(lg, "Demand no.", "Rechnung", "Avis n°"), no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "RENT AND SERVICE CHARGE DEMAND",
            "MIETRECHNUNG GEWERBERAUM",
            "AVIS D'ÉCHÉANCE - LOCAL COMMERCIAL",
        ),
        2,
    )
    per = 3 if lg == "en" else 1
    end = add_months(q0, per) - timedelta(days=1)
    period = f"{short(q0, lg)} - {short(end, lg)}"
    rows = [
        [
            tr(lg, "Rent", "Grundmiete Ausstellung", "Loyer commercial"),
            period,
            money(rent * per, lg),
        ],
        [
            tr(
                lg, "Service charge on account", "Nebenkostenvorauszahlung", "Provision sur charges"
            ),
            period,
            money(rent * 0.16 * per, lg),
        ],
    ]
    net = rent * per * 1.16
    if rng.random() < 0.5:
        rows.append(
            [
                tr(lg, "Insurance rent", "Werbefläche Pylon", "Taxe foncière (quote-part)"),
                period,
                money(rent * 0.05 * per, lg),
            ]
        )
        net += rent * 0.05 * per
    write(
        f,
        s,
        f"{tr(lg, 'Premises', 'Mietobjekt', 'Local')}: {studio_head().street}, "
        f"{studio_head().town}",
        s.size - 0.5,
    )
    cols = columns(m, w - m, [(3, "left"), (2.4, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Due on the quarter day, {day(h, q0)}.",
            "Fällig am 3. Werktag.",
            f"Payable d'avance le {short(q0, lg)}.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.4:
        f2 = sheets(
            s,
            h,
            f"{h.name} - {tr(lg, 'Service charge schedule', 'Nebenkosten', 'Charges')}",
            top=False,
        )
        caption(
            f2,
            s,
            tr(
                lg,
                "Service charge budget - schedule of costs",
                "Aufstellung Nebenkosten (Vorauszahlung)",
                "Budget prévisionnel des charges",
            ),
            2,
        )
        items = tr(
            lg,
            "Estate cleaning;Landscaping;Car park lighting;Security patrol;Waste;"
            "Management fee;Buildings insurance;Sinking fund",
            "Grundsteuer;Müllabfuhr;Straßenreinigung;Wasser/Abwasser;Hausmeister;"
            "Gebäudeversicherung;Parkplatzbeleuchtung;Winterdienst",
            "Nettoyage parties communes;Espaces verts;Éclairage parking;Gardiennage;"
            "Ordures ménagères;Honoraires de gestion;Assurance immeuble;Entretien "
            "ascenseur",
        ).split(";")
        rows2 = []
        for t in items:
            tot = rng.uniform(2000, 24000)
            rows2.append([t, money(tot, lg), f"{rng.uniform(4, 18):.2f}%", money(tot * 0.09, lg)])
        table(
            f2,
            columns(m, w - m, [(3, "left"), (1.4, "right"), (1, "right"), (1.4, "right")]),
            [
                tr(lg, "Cost head", "Kostenart", "Poste"),
                tr(lg, "Estate budget", "Gesamt", "Budget total"),
                tr(lg, "Share", "Anteil", "Quote-part"),
                tr(lg, "Your share", "Ihr Anteil", "Votre part"),
            ],
            rows2,
            s,
            rules=True,
        )
        pages += close(f2.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


def tpl_utility_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """The electricity bill of the showroom: the summary page with the amount and the direct
    debit date, the meter readings and charges page, now and then an information page."""
    h = head_of(who, "utility")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    acc = serial(keyed(who, "acc"), "9999 9999 99")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acc}")
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Account no.", "Vertragskonto", "N° de compte"), acc),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), serial(rng, "99999999")),
            (
                tr(lg, "MPAN", "Zählpunkt", "PDL"),
                serial(
                    keyed(who, "mp"),
                    "S 99 999 999 9999 9999 999"
                    if lg == "en"
                    else "DE0009999999999999999999999999999"
                    if lg == "de"
                    else "99999999999999",
                ),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your business electricity bill",
            "Ihre Stromrechnung",
            "Votre facture d'électricité",
        ),
        3,
    )
    p0 = d - timedelta(days=rng.choice([30, 31, 91]))
    kwh = rng.randint(900, 4200) * (3 if (d - p0).days > 60 else 1)
    price = {"en": 0.27, "de": 0.31, "fr": 0.22}[lg]
    net = round(kwh * price + (d - p0).days * 0.65, 2)
    tax = round(net * (vat_rate(lg) / 100), 2)
    f.page.rect(m, f.y, w - 2 * m, 70, fill=0.92)
    f.page.text(
        m + 10, f.y + 18, tr(lg, "Billing period", "Abrechnungszeitraum", "Période"), s.font, s.size
    )
    f.page.text(w - m - 10, f.y + 18, f"{short(p0, lg)} - {short(d, lg)}", s.font, s.size, "right")
    f.page.text(
        m + 10, f.y + 36, tr(lg, "Electricity used", "Verbrauch", "Consommation"), s.font, s.size
    )
    f.page.text(
        w - m - 10,
        f.y + 36,
        f"{kwh:,} kWh".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
        s.font,
        s.size,
        "right",
    )
    f.page.text(
        m + 10, f.y + 58, tr(lg, "Amount due", "Rechnungsbetrag", "Montant TTC"), s.bold, s.size + 3
    )
    f.page.text(w - m - 10, f.y + 58, cash(net + tax, lg), s.bold, s.size + 3, "right")
    f.y += 92
    write(
        f,
        s,
        tr(
            lg,
            f"We will collect this amount by Direct Debit on or after "
            f"{day(h, d + timedelta(days=14))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=14))} von Ihrem Konto abgebucht.",
            f"Ce montant sera prélevé le {day(h, d + timedelta(days=14))}.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 1.5)
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Meter readings and charges",
            "Zählerstände und Entgelte",
            "Relevés et détail de la facture",
        ),
        1.5,
    )
    r0 = rng.randint(10000, 90000)
    cols = columns(
        m, w - m, [(1.6, "left"), (1.2, "right"), (1.2, "right"), (1, "right"), (0.6, "center")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Meter", "Zähler", "Compteur"),
            tr(lg, "Previous", "Alt", "Ancien"),
            tr(lg, "Present", "Neu", "Nouveau"),
            "kWh",
            tr(lg, "Type", "Art", "Type"),
        ],
        [
            [
                serial(keyed(who, "mt"), "A99B999999"),
                str(r0),
                str(r0 + kwh),
                str(kwh),
                rng.choice(["A", "E"]),
            ]
        ],
        s,
    )
    f.y += 8
    lines = {
        "en": [
            ("Day units", kwh * 0.7 * price),
            ("Night units", kwh * 0.3 * price * 0.6),
            ("Standing charge", (d - p0).days * 0.65),
            ("Climate Change Levy", kwh * 0.00775),
        ],
        "de": [
            ("Arbeitspreis", kwh * price * 0.55),
            ("Grundpreis", (d - p0).days * 0.65),
            ("Netzentgelte", kwh * price * 0.3),
            ("Stromsteuer", kwh * 0.0205),
            ("Konzessionsabgabe", kwh * 0.0011),
            ("Messstellenbetrieb", 6.5),
        ],
        "fr": [
            ("Consommation HP", kwh * 0.6 * price),
            ("Consommation HC", kwh * 0.4 * price * 0.8),
            ("Abonnement", (d - p0).days * 0.65),
            ("Accise sur l'électricité", kwh * 0.0225),
            ("CTA", 4.3),
        ],
    }[lg]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.2, "right")]),
        [tr(lg, "Charge", "Position", "Libellé"), tr(lg, "Amount", "Betrag", "Montant HT")],
        [[t, money(v, lg)] for t, v in lines],
        s,
        rules=True,
    )
    totals(f, s, lg, round(sum(v for _, v in lines), 2), vat_rate(lg))
    pages = f.pages
    if rng.random() < 0.45:
        f.new_page()
        caption(f, s, tr(lg, "Useful information", "Wichtige Hinweise", "Informations utiles"), 1)
        for _ in range(rng.randint(4, 7)):
            f.heading(m, words(rng, lg, "legal", 3)[:-1], s.bold, s.size)
            write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 1.5)
        pages = f.pages
    pages = close(pages, s, h)
    remember(None, d)
    return pages


def tpl_association_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade association's membership letter: the renewal or welcome letter, the
    membership certificate on a landscape page and the subscription invoice."""
    h = head_of(who, "association")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    year = d.year + (1 if d.month >= 10 else 0)
    no = serial(keyed(who, "mem"), "M9999")
    f = sheets(s, h)
    owner = crew()["owner"][0]
    recipient(
        f,
        s,
        h,
        studio_lines(mx(owner, lg)),
        d,
        [(tr(lg, "Membership no.", "Mitglieds-Nr.", "N° d'adhérent"), no)],
    )
    caption(
        f,
        s,
        tr(lg, f"Your membership {year}", f"Ihre Mitgliedschaft {year}", f"Votre adhésion {year}"),
        2,
    )
    write(f, s, dear(lg, mx(owner, lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for renewing your membership for {year}. Please find enclosed your member "
            "certificate for display in the showroom and the invoice for your subscription.",
            f"vielen Dank für Ihre Treue. Anbei erhalten Sie Ihre Mitgliedsurkunde {year} für Ihre "
            "Ausstellung sowie die Beitragsrechnung.",
            f"nous vous remercions de votre renouvellement pour {year}. Vous trouverez ci-joint "
            "votre certificat d'adhérent à afficher dans votre magasin et la facture de "
            "cotisation.",
        ),
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "kitchen", 1, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "sec"),
        tr(lg, "Membership Secretary", "Mitgliederservice", "Service adhérents"),
    )
    pages = close(f.pages, s, h, numbers="none")
    c = Page(A4L)
    cw, ch = A4L
    c.rect(24, 24, cw - 48, ch - 48)
    c.rect(30, 30, cw - 60, ch - 60)
    c.text(cw / 2, 100, h.name, h.bold, shrink(h.name, h.bold, 20, cw - 120), "center")
    c.text(
        cw / 2,
        160,
        tr(lg, "Certificate of Membership", "Mitgliedsurkunde", "Certificat d'adhésion"),
        "Times-BoldItalic",
        30,
        "center",
    )
    c.text(
        cw / 2,
        210,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Nous certifions que"),
        "Times-Italic",
        13,
        "center",
    )
    c.text(
        cw / 2,
        250,
        studio_head().name,
        "Times-Bold",
        shrink(studio_head().name, "Times-Bold", 24, cw - 120),
        "center",
    )
    c.text(
        cw / 2,
        285,
        tr(
            lg,
            f"is a member in good standing for the year {year}",
            f"im Jahr {year} Mitglied ist",
            f"est adhérent pour l'année {year}",
        ),
        "Times-Italic",
        13,
        "center",
    )
    seal(c, cw / 2, ch - 130, 40, h.name[:28], str(year))
    for x, t in ((140, staff(h, "chair")), (cw - 260, staff(h, "sec"))):
        scrawl(c, x, ch - 110, t)
        c.line(x, ch - 106, x + 140, ch - 106)
        c.text(x, ch - 96, t, "Times-Roman", 9)
    c.text(
        cw - 60,
        ch - 50,
        f"{tr(lg, 'Member no.', 'Mitglieds-Nr.', 'N°')} {no}",
        "Times-Roman",
        8,
        "right",
    )
    pages.append(c)
    if rng.random() < 0.75:
        f2 = sheets(s, h)
        recipient(
            f2,
            s,
            h,
            studio_lines(),
            d,
            [(tr(lg, "Invoice", "Rechnung", "Facture"), serial(rng, f"{year}-9999"))],
        )
        caption(f2, s, tr(lg, "SUBSCRIPTION INVOICE", "BEITRAGSRECHNUNG", "APPEL DE COTISATION"), 3)
        fee = keyed(who, "fee").choice([395.0, 540.0, 720.0, 960.0])
        rows = [
            [
                tr(
                    lg,
                    f"Annual subscription {year}",
                    f"Mitgliedsbeitrag {year}",
                    f"Cotisation annuelle {year}",
                ),
                money(fee, lg),
            ]
        ]
        if rng.random() < 0.5:
            rows.append(
                [
                    tr(
                        lg,
                        "Consumer deposit protection scheme",
                        "Beitrag Schlichtungsstelle",
                        "Médiation de la consommation",
                    ),
                    money(85.0, lg),
                ]
            )
            fee += 85
        table(
            f2,
            columns(m, w - m, [(4, "left"), (1.2, "right")]),
            [
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
        )
        totals(f2, s, lg, fee, vat_rate(lg) if lg != "de" else 0.0)
        write(
            f2,
            s,
            tr(
                lg,
                "Payable within 30 days.",
                "Der Beitrag wird per Lastschrift eingezogen.",
                "Règlement à réception.",
            ),
            s.size - 1,
        )
        pages += close(f2.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the showroom's combined policy: the covering letter, the
    schedule with the sections, sums insured and excesses (over pages), the endorsements,
    and the employers' liability certificate, the attestation d'assurance décennale or the
    Versicherungsbestätigung."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    start = add_months(d, 1)
    pol = serial(
        rng, keyed(who, "pol").choice(["CPS/999999/AA", "BHV 99-999999-9", "99 999 999 A"])
    )
    insurer = keyed(who, "ins").choice(
        {
            "en": ["Aviva Insurance Ltd", "Zurich Insurance plc", "RSA Insurance Ltd", "NIG"],
            "de": [
                "Allianz Versicherungs-AG",
                "R+V Allgemeine",
                "HDI Versicherung AG",
                "Württembergische",
            ],
            "fr": ["AXA France IARD", "MAAF Assurances", "SMABTP", "Groupama"],
        }[lg]
    )
    f = sheets(s, h)
    owner = crew()["owner"][0]
    recipient(
        f, s, h, studio_lines(mx(owner, lg)), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)]
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your insurance renewal",
            "Ihre Betriebsversicherung - Verlängerung",
            "Renouvellement de votre contrat multirisque",
        ),
        1.5,
    )
    write(f, s, dear(lg, mx(owner, lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to enclose the renewal schedule with {insurer} from {day(h, start)}. "
            "Please check the sums insured, in particular stock and contract works, and tell us "
            "of any change to your business.",
            f"anbei erhalten Sie den Versicherungsschein der {insurer} ab {day(h, start)}. Bitte "
            "prüfen Sie die Versicherungssummen, insbesondere für Warenvorräte und Montagen.",
            f"veuillez trouver ci-joint les conditions particulières de {insurer} à effet du "
            f"{day(h, start)}, ainsi que votre attestation d'assurance.",
        ),
    )
    write(f, s, prose(rng, lg, "insure", 1, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "acc"),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    pages = close(f.pages, s, h, numbers="none")
    f2 = sheets(s, h, f"{insurer} - {tr(lg, 'Policy', 'Versicherungsschein', 'Contrat')} {pol}")
    caption(f2, s, tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 3)
    f2.y = (
        pairs(
            f2.page,
            s,
            m,
            f2.y,
            [
                (tr(lg, "Insurer", "Versicherer", "Assureur"), insurer),
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), studio_head().name),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Kitchen & bathroom retail, design and installation",
                        "Küchenfachhandel mit Montage",
                        "Vente et pose de cuisines",
                    ),
                ),
                (
                    tr(lg, "Period", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
                ),
                (
                    tr(lg, "Premises", "Versicherungsort", "Locaux"),
                    f"{studio_head().street}, {studio_head().town}",
                ),
            ],
            w - m,
        )
        + 12
    )
    secs = tr(
        lg,
        "Contents and stock;Business interruption;Money;Employers' liability;Public and "
        "products liability;Contract works;Goods in transit;Legal expenses",
        "Inhalt/Warenvorräte;Betriebsunterbrechung;Elektronik;Betriebshaftpflicht;"
        "Montageversicherung;Transport (Werkverkehr);Rechtsschutz",
        "Contenu et marchandises;Pertes d'exploitation;Bris de machine;Responsabilité "
        "civile professionnelle;Responsabilité décennale;Marchandises transportées;"
        "Protection juridique",
    ).split(";")
    rows, prem = [], 0.0
    for t in secs:
        si = rng.choice([10000, 25000, 50000, 150000, 250000, 1000000, 5000000])
        pr = round(rng.uniform(80, 1400), 2)
        prem += pr
        rows.append([t, cash(si, lg), cash(rng.choice([100, 250, 500, 1000]), lg), money(pr, lg)])
    table(
        f2,
        columns(m, w - m, [(3, "left"), (1.6, "right"), (1, "right"), (1.1, "right")]),
        [
            tr(lg, "Section", "Baustein", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    f2.y += 6
    f2.y = (
        pairs(
            f2.page,
            s,
            w * 0.5,
            f2.y,
            [
                (tr(lg, "Premium", "Nettobeitrag", "Prime HT"), cash(prem, lg)),
                (
                    tr(lg, "Insurance premium tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                    cash(tax, lg),
                ),
                (
                    tr(lg, "Total annual premium", "Jahresbeitrag", "Prime annuelle TTC"),
                    cash(prem + tax, lg),
                ),
            ],
            w - m,
        )
        + 10
    )
    f2.heading(
        m,
        tr(lg, "Endorsements", "Klauseln und Vereinbarungen", "Clauses particulières"),
        s.bold,
        s.size + 1,
    )
    for _ in range(rng.randint(3, 8)):
        write(
            f2,
            s,
            f"{serial(rng, 'A99')} - " + words(rng, lg, "insure", rng.randint(12, 30)),
            s.size - 1.5,
        )
    pages += close(f2.pages, s, h)
    if lg != "de" or rng.random() < 0.6:
        c = Page(A4)
        y = m + 10
        title = tr(
            lg,
            "CERTIFICATE OF EMPLOYERS' LIABILITY INSURANCE",
            "VERSICHERUNGSBESTÄTIGUNG BETRIEBSHAFTPFLICHT",
            "ATTESTATION D'ASSURANCE RESPONSABILITÉ CIVILE DÉCENNALE",
        )
        c.text(w / 2, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m), "center")
        y += 14
        c.text(
            w / 2,
            y,
            tr(
                lg,
                "(a copy must be displayed at each place of business)",
                "zur Vorlage bei Auftraggebern",
                "article L241-1 du Code des assurances",
            ),
            s.font,
            7.5,
            "center",
        )
        y += 24
        y = (
            pairs(
                c,
                s,
                m,
                y,
                [
                    (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                    (
                        tr(lg, "Name of policyholder", "Versicherungsnehmer", "Assuré"),
                        studio_head().name,
                    ),
                    (tr(lg, "Date of commencement", "Beginn", "Date d'effet"), short(start, lg)),
                    (
                        tr(lg, "Date of expiry", "Ablauf", "Date d'expiration"),
                        short(add_months(start, 12) - timedelta(days=1), lg),
                    ),
                    (
                        tr(
                            lg,
                            "Limit of indemnity",
                            "Deckungssumme Personen-/Sachschäden",
                            "Plafond",
                        ),
                        cash(rng.choice([5000000, 10000000, 3000000]), lg),
                    ),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        y = text_at(c, s, m, y, w - 2 * m, prose(rng, lg, "insure", 3, 5), s.size - 1)
        if lg == "fr":
            y = text_at(
                c,
                s,
                m,
                y,
                w - 2 * m,
                "Activités garanties : "
                + ", ".join(
                    [
                        "pose de cuisines et menuiseries intérieures",
                        "plomberie sanitaire",
                        "électricité (hors courants forts)",
                        "revêtements muraux",
                    ][: rng.randint(2, 4)]
                ),
                8,
            )
        y = min(y + 30, hh - m - 30)
        scrawl(c, m, y, staff(h, "sig"))
        c.line(m, y + 4, m + 180, y + 4)
        c.text(
            m,
            y + 14,
            tr(lg, f"Signed on behalf of {insurer}", f"für die {insurer}", f"Pour {insurer}"),
            s.font,
            7,
        )
        pages.append(c)
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same job."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "design_proposal": tpl_design_proposal,
    "customer_order": tpl_customer_order,
    "finance_agreement": tpl_finance_agreement,
    "appliance_confirmation": tpl_appliance_confirmation,
    "worktop_template": tpl_worktop_template,
    "delivery_note": tpl_delivery_note,
    "supplier_invoice": tpl_supplier_invoice,
    "fitting_schedule": tpl_fitting_schedule,
    "completion_signoff": tpl_completion_signoff,
    "trade_invoice": tpl_trade_invoice,
    "electrical_cert": tpl_electrical_cert,
    "gas_cert": tpl_gas_cert,
    "warranty_registration": tpl_warranty_registration,
    "snagging_list": tpl_snagging_list,
    "complaint": tpl_complaint,
    "service_report": tpl_service_report,
    "rent_invoice": tpl_rent_invoice,
    "utility_bill": tpl_utility_bill,
    "association_letter": tpl_association_letter,
    "insurance_schedule": tpl_insurance_schedule,
}
TEMPLATES_DDDDD: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "delivery_note",
    "supplier_invoice",
    "trade_invoice",
    "appliance_confirmation",
    "warranty_registration",
    "completion_signoff",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "design_proposal": "customer_order",
    "customer_order": "finance_agreement",
    "delivery_note": "supplier_invoice",
    "completion_signoff": "snagging_list",
    "complaint": "service_report",
    "electrical_cert": "trade_invoice",
    "gas_cert": "trade_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_strainer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One showroom's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The showroom
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    STUDIO["lang"] = lang
    STUDIO["row"] = r.randrange(len(SHOWROOMS[lang]))
    STUDIO["seed"] = r.getrandbits(24)
    STUDIO["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_DDDDD, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_strainer_stream, "templates DDDDD")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Trencher part of the generated corpus: templates PPPP, written blind for the next measurement.

A part of its own, ``trencher``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a window,
door and conservatory installer (two directors, a surveyor, three fitting teams and an office
manager; in England, Germany or France) feeds through its scanner in a month: the company's
quotations to householders (a covering letter, the quotation with the openings priced one by
one, the elevation drawings of the frames on landscape pages, the specification page and now
and then the terms); its contracts as the customer signs and returns them (the order form with
the price, deposit and finance boxes, the terms in small print and the notice of the right to
cancel with its cancellation form: Widerrufsbelehrung and Muster-Widerrufsformular, bordereau
de rétractation); customers' cancellations (the form cut off and filled in, or a short letter);
the surveyor's check survey sheets filled in by hand (the opening schedule with measured sizes,
tick boxes for fire escape, safety glass, trickle vents and access, a sketch box), some with a
continuation sheet; the frame makers' order confirmations (Auftragsbestätigung, accusé de
réception de commande) with the positions and the frame diagrams on a landscape page and the
box to sign for production; their delivery notes on A5 or a narrow slip, signed by the fitter;
the competent person and quality schemes' certificates of the company (FENSA registration,
RAL-Gütezeichen Fenster und Haustüren, Qualibat certificate) with a covering letter and the
scope annex; the building regulations compliance certificates per installation (a FENSA
certificate, the Unternehmererklärung nach § 96 GEG, the attestation de TVA à taux réduit
signed by the customer); insurance-backed guarantee certificates (or the frame maker's
Garantieurkunde, certificat de garantie) with the cover terms behind; the company's deposit
invoices and final invoices, some final invoices with the signed completion note behind;
lenders' finance agreements with customers (the pre-contract information, the agreement with
the credit table, terms, the signature page and the direct debit mandate); customers'
complaint letters (handwritten on a notepad page, typed, or a printed e-mail), some with a
photo page; the fitters' remedial work sheets; glass suppliers' sealed unit invoices that run
over pages; profile and hardware suppliers' monthly invoices listing the deliveries; the
broker's van fleet and tool insurance renewal (letter, schedule, vehicle list, certificate);
trade association membership renewals (Glass and Glazing Federation, Verband Fenster +
Fassade, Union des Fabricants de Menuiseries) with the invoice and the membership form;
subcontract fitter agreements with the schedule of rates and the copy of the fitter's tax
or social security certificate; and the council's
decisions on conservatories (a building regulations completion certificate, a Baugenehmigung
with its Nebenbestimmungen and Rechtsbehelfsbelehrung, an arrêté de non-opposition à
déclaration préalable) with their conditions. Each stream is one installer's pile: the
installer (country, name, month, staff, vans and jobs) is drawn once per stream; its outside
senders are of the installer's country and write in its language, except that a frame maker,
a glass or profile supplier and now and then a customer are from abroad and write in their
own. Page sizes range from delivery slips and A5 pads to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
covering letter, drawings, specification and terms of a quotation; the terms, cancellation
notice and cancellation form of a contract (the customer signed and returned them together);
the continuation sheet of a survey; the frame diagrams of an order confirmation; the second
sheet of a delivery note; the covering letter, certificate and scope annex of a scheme
certificate; the terms behind a guarantee certificate; the completion note behind a final
invoice; every page of a finance agreement and its mandate; the photo page of a complaint;
every page of a supplier invoice; the letter, schedule, vehicle list and certificate of an
insurance renewal; the renewal form and mandate of a membership renewal; the schedule of rates,
signature page and certificate copy of a fitter agreement; the covering letter and conditions
of a council decision. Related papers are documents of their own: the contract after the
quotation, the deposit invoice after the contract, the frame maker's order confirmation after
the survey sheet, the delivery note after the order confirmation, the compliance certificate
after the final invoice, the guarantee certificate after the compliance certificate, the
remedial sheet after the complaint; and so is each order confirmation, delivery note,
compliance certificate, guarantee certificate, deposit or final invoice, remedial sheet and
glass invoice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: order confirmations, delivery notes,
compliance certificates, guarantee certificates, deposit and final invoices, remedial sheets
and glass invoices often come 2-4 in a row from one sender with other jobs, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers, about
the same job. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "trencher"`` and seeds offset by 9_300_000.

Usage: ``python benchmarks/corpus_trencher.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/trencher/trencher_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    date_text,
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

PART = "trencher"
SEED_OFFSET = 9_300_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
LAND = landscape(A4)
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the installer and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FIRMS: dict[str, list[Row]] = {
    "en": [
        (
            "Charnwood Windows & Conservatories Ltd",
            "Unit 4, Troon Way",
            "Leicester LE4 9HA",
            "0116 276 4410",
        ),
        ("Broadland Glazing Ltd", "12 Hellesdon Park Road", "Norwich NR6 5DR", "01603 418 220"),
        (
            "Exe Valley Windows and Doors",
            "Marsh Green Road West",
            "Exeter EX2 8PN",
            "01392 435 067",
        ),
    ],
    "de": [
        ("Fensterbau Terhorst GmbH", "Hafenweg 31", "48155 Münster", "0251 61 88 40"),
        (
            "Donau Fenster & Wintergärten GmbH",
            "Im Gewerbepark D 22",
            "93059 Regensburg",
            "0941 46 30 71",
        ),
        ("Fenster Weigand KG", "Sandershäuser Straße 60", "34123 Kassel", "0561 57 21 90"),
    ],
    "fr": [
        ("Anjou Menuiseries SARL", "14 rue de la Claie", "49070 Beaucouzé", "02 41 72 16 80"),
        ("Bourgogne Fermetures et Vérandas", "5 rue de Cracovie", "21000 Dijon", "03 80 71 44 12"),
        ("Béarn Alu PVC SAS", "Avenue de l'Europe", "64230 Lescar", "05 59 81 23 07"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "maker": {
        "en": [
            (
                "Midland Frame Fabrications Ltd",
                "Bescot Crescent",
                "Walsall WS1 4NN",
                "01922 640 500",
            ),
            ("Anglia Trade Frames Ltd", "Hurricane Way", "Norwich NR6 6EZ", "01603 789 100"),
            ("Westcountry Trade Windows", "Kestrel Way, Sowton", "Exeter EX2 7JS", ""),
            ("Sovereign Aluminium Systems Ltd", "Ferry Lane", "Pembroke Dock SA72 6UD", ""),
        ],
        "de": [
            (
                "Brüggemann Fenstersysteme GmbH",
                "Industriestraße 12",
                "49413 Dinklage",
                "04443 97 20 0",
            ),
            ("Ostbayern Fensterwerk GmbH", "Am Gewerbering 4", "94342 Straßkirchen", ""),
            ("Nordhessen Kunststoff-Fenster GmbH", "Dieselstraße 7", "34253 Lohfelden", ""),
        ],
        "fr": [
            (
                "Menuiseries du Val de Loire SAS",
                "ZA de la Buttière",
                "49130 Les Ponts-de-Cé",
                "02 41 44 90 10",
            ),
            ("Fenêtres Franche-Comté Industrie", "Rue des Entrepreneurs", "25220 Chalezeule", ""),
            ("Aluminium Pyrénées Fabrication", "ZI du Pont-Long", "64000 Pau", "05 59 02 66 40"),
        ],
    },
    "glass": {
        "en": [
            (
                "Premier Sealed Units Ltd",
                "Harrowbrook Industrial Estate",
                "Hinckley LE10 3DJ",
                "01455 611 870",
            ),
            ("Eastern Glass Processing Ltd", "Bessemer Road", "Norwich NR4 6DQ", ""),
            ("Tamar Toughened Glass Ltd", "Langage Business Park", "Plymouth PL7 5JY", ""),
        ],
        "de": [
            (
                "Isolierglas Westfalen GmbH",
                "Robert-Bosch-Straße 9",
                "48268 Greven",
                "02571 92 04 0",
            ),
            ("Glas Bauer Isolierglaswerk", "Gewerbestraße 18", "93073 Neutraubling", ""),
            ("Hessenglas Veredelung GmbH", "Otto-Hahn-Straße 3", "34253 Lohfelden", ""),
        ],
        "fr": [
            ("Miroiterie de l'Ouest", "12 rue Gutenberg", "49000 Angers", "02 41 66 28 15"),
            ("Vitrages Isolants de Bourgogne", "ZI Nord", "21800 Quetigny", ""),
            ("Sud-Ouest Double Vitrage", "Chemin de l'Industrie", "64140 Lons", ""),
        ],
    },
    "profile": {
        "en": [
            (
                "Window Hardware Direct Ltd",
                "Coleshill Industrial Estate",
                "Birmingham B46 1JT",
                "01675 467 300",
            ),
            ("Profile Distribution (Midlands) Ltd", "Meridian East", "Leicester LE19 1WZ", ""),
            ("Trade Glazing Supplies Ltd", "Falcon Road", "Exeter EX2 7LB", ""),
        ],
        "de": [
            ("Beschlag-Handel Nord GmbH", "Borsigstraße 14", "48324 Sendenhorst", ""),
            ("Profilzentrum Süd GmbH", "Siemensstraße 6", "93055 Regensburg", ""),
            ("Fensterzubehör Lange KG", "Lilienthalstraße 2", "34123 Kassel", ""),
        ],
        "fr": [
            ("Quincaillerie Menuiserie Distribution", "3 rue de l'Artisanat", "49240 Avrillé", ""),
            ("Profilés Est Négoce", "Rue de Mayence", "21000 Dijon", "03 80 43 56 90"),
            ("Sud Quincaillerie Bâtiment", "Zone Induspal", "64140 Lons", ""),
        ],
    },
    "scheme": {
        "en": [
            (
                "FENSA Ltd - Competent Person Scheme",
                "54 Ayres Street",
                "London SE1 1EU",
                "020 7645 3700",
            )
        ],
        "de": [
            (
                "Gütegemeinschaft Fenster, Fassaden und Haustüren e.V.",
                "Walter-Kolb-Straße 1-7",
                "60594 Frankfurt am Main",
                "069 95 50 54 0",
            )
        ],
        "fr": [
            (
                "QUALIBAT - Organisme de qualification",
                "55 avenue Kléber",
                "75784 Paris",
                "01 47 04 26 01",
            )
        ],
    },
    "guarantor": {
        "en": [
            (
                "Homeguard Installation Guarantees Ltd",
                "Alexander House, Kingsway",
                "Cardiff CF10 3FA",
                "029 2066 0040",
            ),
            (
                "Glazing Deposit & Guarantee Protection Ltd",
                "1 Portland Square",
                "Bristol BS2 8RR",
                "",
            ),
        ],
        "de": [
            ("Brüggemann Fenstersysteme GmbH", "Industriestraße 12", "49413 Dinklage", ""),
            ("Ostbayern Fensterwerk GmbH", "Am Gewerbering 4", "94342 Straßkirchen", ""),
        ],
        "fr": [
            ("Menuiseries du Val de Loire SAS", "ZA de la Buttière", "49130 Les Ponts-de-Cé", ""),
            ("Fenêtres Franche-Comté Industrie", "Rue des Entrepreneurs", "25220 Chalezeule", ""),
        ],
    },
    "lender": {
        "en": [
            (
                "Oakbridge Consumer Finance plc",
                "Lakeside House, Thorpe Park",
                "Leeds LS15 8GB",
                "0344 855 1200",
            ),
            ("Home Improvement Credit Ltd", "Kings Orchard, 1 Queen Street", "Bristol BS2 0HQ", ""),
        ],
        "de": [
            (
                "Teilzahlungsbank Rhein-Ruhr AG",
                "Kasernenstraße 10",
                "40213 Düsseldorf",
                "0211 55 21 0",
            ),
            ("Modernisierungskredit Bank eG", "Neue Mainzer Straße 28", "60311 Frankfurt", ""),
        ],
        "fr": [
            (
                "Crédit Habitat Financement SA",
                "20 avenue André Prothin",
                "92400 Courbevoie",
                "09 69 32 10 00",
            ),
            ("Financo Travaux SAS", "335 rue Saint-Honoré", "75001 Paris", ""),
        ],
    },
    "broker": {
        "en": [
            (
                "Stanton Hughes Insurance Brokers",
                "Regent House, 31 Granby Street",
                "Leicester LE1 6EP",
                "0116 254 7722",
            ),
            ("Carrow Trade Insurance Services", "Carrow Road", "Norwich NR1 1HU", ""),
        ],
        "de": [
            (
                "Versicherungsmakler Hölscher & Partner",
                "Warendorfer Straße 70",
                "48145 Münster",
                "0251 39 47 10",
            ),
            ("Assekuranzkontor Oberpfalz GmbH", "Maximilianstraße 15", "93047 Regensburg", ""),
        ],
        "fr": [
            ("Cabinet Loiret Assurances", "22 boulevard Foch", "49100 Angers", "02 41 87 30 30"),
            ("Courtage Bourgogne Pro", "8 place Darcy", "21000 Dijon", ""),
        ],
    },
    "association": {
        "en": [
            (
                "Glass and Glazing Federation",
                "40 Rushworth Street",
                "London SE1 0RB",
                "020 7939 9100",
            )
        ],
        "de": [
            (
                "Verband Fenster + Fassade e.V.",
                "Walter-Kolb-Straße 1-7",
                "60594 Frankfurt am Main",
                "069 95 50 54 0",
            )
        ],
        "fr": [
            (
                "Union des Fabricants de Menuiseries",
                "10 rue du Débarcadère",
                "75017 Paris",
                "01 40 55 13 00",
            )
        ],
    },
    "council": {
        "en": [
            (
                "Leicester City Council - Building Control",
                "City Hall, 115 Charles Street",
                "Leicester LE1 1FZ",
                "",
            ),
            (
                "Norwich City Council - Building Control",
                "City Hall, St Peters Street",
                "Norwich NR2 1NH",
                "",
            ),
            (
                "Exeter City Council - Building Control",
                "Civic Centre, Paris Street",
                "Exeter EX1 1JN",
                "",
            ),
        ],
        "de": [
            ("Stadt Münster - Bauordnungsamt", "Albersloher Weg 33", "48155 Münster", ""),
            (
                "Stadt Regensburg - Bauordnungsamt",
                "D.-Martin-Luther-Straße 1",
                "93047 Regensburg",
                "",
            ),
            ("Stadt Kassel - Bauaufsicht", "Obere Königsstraße 8", "34117 Kassel", ""),
        ],
        "fr": [
            (
                "Mairie de Beaucouzé - Service urbanisme",
                "Place Jacques Prévert",
                "49070 Beaucouzé",
                "",
            ),
            (
                "Ville de Dijon - Direction de l'urbanisme",
                "Place de la Libération",
                "21000 Dijon",
                "",
            ),
            ("Mairie de Lescar - Urbanisme", "Place Royale", "64230 Lescar", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Gary",
        "Karen",
        "Steve",
        "Joanne",
        "Darren",
        "Lisa",
        "Paul",
        "Sharon",
        "Mark",
        "Rachel",
        "Neil",
        "Helen",
        "Craig",
        "Dawn",
        "Ian",
        "Julie",
    ],
    "de": [
        "Jürgen",
        "Petra",
        "Thomas",
        "Sabine",
        "Frank",
        "Claudia",
        "Markus",
        "Tanja",
        "Dirk",
        "Heike",
        "Stefan",
        "Anja",
        "Sven",
        "Birgit",
        "Jens",
        "Nicole",
    ],
    "fr": [
        "Philippe",
        "Isabelle",
        "Stéphane",
        "Sandrine",
        "Laurent",
        "Nathalie",
        "Thierry",
        "Valérie",
        "Christophe",
        "Sophie",
        "Pascal",
        "Céline",
        "Olivier",
        "Karine",
        "Éric",
        "Delphine",
    ],
}
LASTS = {
    "en": [
        "Hickman",
        "Pearce",
        "Bradshaw",
        "Atkins",
        "Cole",
        "Mistry",
        "Holloway",
        "Nash",
        "Fowler",
        "Kerr",
        "Briggs",
        "Lowe",
        "Chadwick",
        "Sutton",
        "Ward",
        "Doyle",
    ],
    "de": [
        "Brinkmann",
        "Kötter",
        "Hagedorn",
        "Schulte",
        "Wimmer",
        "Huber",
        "Gruber",
        "Seidl",
        "Fischer",
        "Möller",
        "Krause",
        "Weigel",
        "Hoffmann",
        "Beck",
        "Lindner",
        "Yilmaz",
    ],
    "fr": [
        "Rousseau",
        "Chauvin",
        "Lemoine",
        "Bertin",
        "Guérin",
        "Poirier",
        "Marchand",
        "Lambert",
        "Bonnet",
        "Perrot",
        "Carré",
        "Lacoste",
        "Dupuy",
        "Etcheverry",
        "Haddad",
        "Renaud",
    ],
}
FEMALE = {
    "Karen",
    "Joanne",
    "Lisa",
    "Sharon",
    "Rachel",
    "Helen",
    "Dawn",
    "Julie",
    "Petra",
    "Sabine",
    "Claudia",
    "Tanja",
    "Heike",
    "Anja",
    "Birgit",
    "Nicole",
    "Isabelle",
    "Sandrine",
    "Nathalie",
    "Valérie",
    "Sophie",
    "Céline",
    "Karine",
    "Delphine",
}
ROADS = {
    "en": [
        "Knighton Road",
        "Evington Lane",
        "Station Road",
        "The Crescent",
        "Church Lane",
        "Victoria Avenue",
        "Mill Hill",
        "Beech Close",
        "Westfield Road",
        "Orchard Way",
    ],
    "de": [
        "Lindenstraße",
        "Am Mühlenbach",
        "Kirchweg",
        "Gartenstraße",
        "Birkenweg",
        "Schillerstraße",
        "Am Sonnenhang",
        "Ahornweg",
        "Eichendorffstraße",
        "Feldstraße",
    ],
    "fr": [
        "rue des Lilas",
        "allée des Tilleuls",
        "rue du Moulin",
        "chemin des Vignes",
        "rue Pasteur",
        "impasse des Acacias",
        "rue de la Gare",
        "avenue Jean Jaurès",
        "rue des Écoles",
        "chemin du Bois",
    ],
}
TOWNS = {
    "en": [
        [
            "Leicester LE2 3FB",
            "Oadby LE2 5QD",
            "Wigston LE18 4PU",
            "Loughborough LE11 2HX",
            "Market Harborough LE16 9BN",
        ],
        [
            "Norwich NR2 3AE",
            "Wymondham NR18 0PW",
            "Aylsham NR11 6EH",
            "Dereham NR19 1DJ",
            "Taverham NR8 6SQ",
        ],
        [
            "Exeter EX4 4PL",
            "Exmouth EX8 2AJ",
            "Crediton EX17 3BN",
            "Topsham EX3 0DL",
            "Tiverton EX16 6RE",
        ],
    ],
    "de": [
        [
            "48151 Münster",
            "48165 Münster-Hiltrup",
            "48341 Altenberge",
            "48291 Telgte",
            "48301 Nottuln",
        ],
        [
            "93051 Regensburg",
            "93083 Obertraubling",
            "93138 Lappersdorf",
            "93128 Regenstauf",
            "93077 Bad Abbach",
        ],
        ["34119 Kassel", "34225 Baunatal", "34246 Vellmar", "34233 Fuldatal", "34260 Kaufungen"],
    ],
    "fr": [
        [
            "49000 Angers",
            "49240 Avrillé",
            "49130 Les Ponts-de-Cé",
            "49800 Trélazé",
            "49080 Bouchemaine",
        ],
        [
            "21000 Dijon",
            "21300 Chenôve",
            "21121 Fontaine-lès-Dijon",
            "21800 Quetigny",
            "21160 Marsannay-la-Côte",
        ],
        ["64000 Pau", "64140 Billère", "64230 Lescar", "64110 Jurançon", "64320 Bizanos"],
    ],
}
ROOMS = {
    "en": [
        "Lounge",
        "Kitchen",
        "Bed 1",
        "Bed 2",
        "Bed 3",
        "Bathroom",
        "Landing",
        "Dining",
        "Hall",
        "Utility",
        "Rear door",
        "Front door",
    ],
    "de": [
        "Wohnzimmer",
        "Küche",
        "Schlafzimmer",
        "Kinderzimmer",
        "Bad",
        "WC",
        "Flur",
        "Esszimmer",
        "Arbeitszimmer",
        "Treppenhaus",
        "Terrasse",
        "Haustür",
    ],
    "fr": [
        "Séjour",
        "Cuisine",
        "Chambre 1",
        "Chambre 2",
        "Salle de bains",
        "WC",
        "Couloir",
        "Salle à manger",
        "Bureau",
        "Cage d'escalier",
        "Baie séjour",
        "Porte d'entrée",
    ],
}
KINDS_OF_OPENING: dict[str, list[tuple[str, str, int]]] = {
    # code, label, lights
    "en": [
        ("cas", "Casement window", 2),
        ("cas", "Casement window", 3),
        ("cas", "Casement window", 1),
        ("tt", "Tilt & turn window", 1),
        ("sash", "Vertical sliding sash", 2),
        ("door", "Composite front door", 1),
        ("door", "uPVC back door, half glazed", 1),
        ("french", "French doors, outward opening", 2),
        ("slide", "In-line patio door", 2),
        ("fix", "Fixed light", 1),
    ],
    "de": [
        ("tt", "Dreh-Kipp-Fenster 1-flg.", 1),
        ("tt", "Dreh-Kipp-Fenster 1-flg.", 1),
        ("stulp", "Stulpfenster 2-flg.", 2),
        ("tt", "Balkontür Dreh-Kipp", 1),
        ("fix", "Festverglasung", 1),
        ("door", "Haustür Aluminium mit Seitenteil", 1),
        ("slide", "Hebe-Schiebe-Tür", 2),
        ("top", "Kippfenster (Kellerfenster)", 1),
    ],
    "fr": [
        ("cas", "Fenêtre 2 vantaux", 2),
        ("cas", "Fenêtre 1 vantail", 1),
        ("tt", "Fenêtre oscillo-battante 1 vantail", 1),
        ("french", "Porte-fenêtre 2 vantaux", 2),
        ("slide", "Baie coulissante 2 vantaux", 2),
        ("door", "Porte d'entrée aluminium", 1),
        ("fix", "Châssis fixe", 1),
        ("top", "Abattant (soupirail)", 1),
    ],
}
COLOURS = {
    "en": [
        "White",
        "Anthracite grey RAL 7016 / white inside",
        "Rosewood woodgrain",
        "Irish oak",
        "Cream",
        "Agate grey",
        "Black-brown / white inside",
    ],
    "de": [
        "weiß",
        "außen anthrazitgrau RAL 7016, innen weiß",
        "Golden Oak beidseitig",
        "Nussbaum",
        "cremeweiß RAL 9001",
        "außen Alu-Deckschale DB 703",
    ],
    "fr": [
        "blanc",
        "gris anthracite RAL 7016 extérieur / blanc intérieur",
        "chêne doré",
        "gris clair RAL 7035",
        "noir 2100 sablé",
        "beige RAL 1015",
    ],
}
GLAZING = {
    "en": [
        "4-20-4 DGU, argon, warm edge, Ug 1.2",
        "4-16-4 softcoat, toughened both panes",
        "4-20-4 obscure Stippolyte, toughened",
        "6.4 laminated / 16 / 4 toughened",
        "Triple 4-14-4-14-4, Ug 0.7",
    ],
    "de": [
        "3-fach 4/12/4/12/4 Ug 0,6",
        "2-fach 4/16/4 Ug 1,1",
        "Ornament 504 / 12 / 4 / 12 / 4",
        "VSG 44.2 / 14 / 4 / 14 / 4 Ug 0,6",
        "ESG 6 / 14 / 4 / 14 / 6",
    ],
    "fr": [
        "4/16/4 FE argon Ug 1,1",
        "44.2/16/4 FE retardateur d'effraction",
        "4/16/4 dépoli acide",
        "Triple vitrage 4/12/4/12/4 Ug 0,6",
        "6/14/44.2 sécurité",
    ],
}
PROFILES = {
    "en": [
        "Liniar EV 70 profile",
        "Rehau 70 mm profile",
        "Eurocell Modus 75 mm",
        "Smart Alitherm 600 aluminium",
        "Residence 9 flush sash",
    ],
    "de": [
        "Profil Veka Softline 82 MD",
        "Profil Salamander bluEvolution 82",
        "Profil Aluplast Ideal 8000",
        "Schüco AWS 75.SI Aluminium",
    ],
    "fr": [
        "Profilé PVC Kömmerling 76",
        "Profilé Rehau Synego",
        "Aluminium Technal Soléal",
        "Profilé PVC Veka Softline 70",
    ],
}
TALK = {
    "en": {
        "fit": "frames openings fitting survey sizes sealant cill reveal render brickwork "
        "trickle vents glass units sashes hinges handles team access scaffold skip "
        "making good plaster boards",
        "legal": "customer contract goods works deposit balance cancellation period "
        "variation delay liability guarantee ownership notice consumer rights payment "
        "warranty defects",
        "complaint": "draught condensation leak window door handle gap scratch mess "
        "plaster sealant fitters appointment promised phone call unit misted lock",
        "money": "invoice payment account balance due amount reference transfer period "
        "statement charges terms settlement premium renewal",
    },
    "de": {
        "fit": "Fenster Elemente Montage Aufmaß Maße Anschluss Fensterbank Laibung Putz "
        "Mauerwerk Lüfter Glas Flügel Beschlag Griffe Montagetrupp Gerüst Entsorgung "
        "Abdichtung Kompriband",
        "legal": "Auftraggeber Vertrag Lieferung Leistung Anzahlung Schlusszahlung Widerruf "
        "Frist Änderung Verzug Haftung Gewährleistung Eigentumsvorbehalt Abnahme "
        "Verbraucher Mängel",
        "complaint": "Zugluft Kondenswasser undicht Fenster Tür Griff Spalt Kratzer Schmutz "
        "Putz Silikon Monteure Termin zugesagt Rückruf Scheibe beschlagen Schloss",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum Beitrag Gebühren Zahlungsziel Prämie Verlängerung",
    },
    "fr": {
        "fit": "menuiseries ouvertures pose métré cotes joint appui tableau enduit "
        "maçonnerie entrée d'air vitrage vantaux paumelles poignées équipe accès "
        "échafaudage dépose finitions",
        "legal": "client contrat fourniture travaux acompte solde rétractation délai "
        "modification retard responsabilité garantie propriété consommateur paiement "
        "réserves défauts",
        "complaint": "courant d'air condensation fuite fenêtre porte poignée jeu rayure "
        "saleté enduit joint poseurs rendez-vous promis rappel vitrage embué serrure",
        "money": "facture paiement compte solde échéance montant référence virement "
        "période cotisation frais règlement prime renouvellement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "fit", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "fit", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The installer of a stream: its country, month, staff, vans and jobs
# ---------------------------------------------------------------------------------------------

FIRM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Opening:
    """One window or door of a job, as the surveyor measured it."""

    ref: str
    room: str
    code: str
    label: str
    lights: int
    width: int
    height: int
    price: float


@dataclass
class Job:
    """One customer's order: who, where, what and at what price."""

    ref: str
    cust: str
    street: str
    town: str
    phone: str
    what: str
    colour: str
    glazing: str
    profile: str
    openings: list[Opening]
    net: float
    deposit: float
    signed: date
    fitted: date
    team: int
    finance: bool
    conservatory: bool
    abroad: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass
class Van:
    reg: str
    make: str
    year: int
    value: int


STAFF: dict[str, list[str]] = {}
VANS: list[Van] = []
JOBS: list[Job] = []
#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(FIRM["lang"])


def month() -> date:
    m = FIRM["month"]
    assert isinstance(m, date)
    return m


def region() -> int:
    return int(FIRM["row"])  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's installer and ``key``: a run or a repeat keeps
    its sender."""
    text = f"trencher/{key}/{who.name}/{who.street}/{who.city}/{FIRM['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    while d.weekday() > 4:
        d += timedelta(days=1)
    return d


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def a_reg(r: random.Random, lang: str) -> str:
    if lang == "en":
        return (
            serial(r, "AA")
            + r.choice(["19", "69", "20", "70", "22", "72", "23", "73"])
            + (" " + serial(r, "AAA"))
        )
    if lang == "de":
        return (
            {0: "MS", 1: "R", 2: "KS"}[region()] + "-" + serial(r, "AA") + f" {r.randint(10, 9999)}"
        )
    return serial(r, "AA-999-AA")


def ref(rng: random.Random, mask: str) -> str:
    """A number after ``mask`` (see ``serial``); what stands before a ``|`` is printed as it is."""
    head, _, tail = mask.rpartition("|")
    return head + serial(rng, tail)


def an_opening(r: random.Random, lang: str, k: int) -> Opening:
    """Opening ``k`` of a job: its kind, room (the last two rooms of ``ROOMS`` are where the
    doors go), size and price."""
    code, label, lights = r.choice(KINDS_OF_OPENING[lang])
    tall = code in ("door", "french", "slide") or "Balkontür" in label
    room = ROOMS[lang][-1] if code == "door" else ROOMS[lang][-2]
    if not tall:
        room = r.choice(ROOMS[lang][:-2])
    if tall:
        wd = (
            r.choice([880, 920, 1010, 1480, 1790, 2390])
            if code != "door"
            else r.choice([920, 960, 1010, 1240])
        )
        ht = r.choice([2040, 2090, 2110, 2150, 2200])
        if code == "door":
            wd = min(wd, 1240)
    else:
        wd = r.choice([480, 630, 900, 1010, 1190, 1240, 1500, 1770, 2010])
        ht = r.choice([410, 610, 900, 1050, 1130, 1210, 1360])
    wd += r.randint(-12, 12)
    ht += r.randint(-12, 12)
    area = wd * ht / 1e6
    base = {"door": 1850.0, "french": 1450.0, "slide": 1700.0}.get(code, 260.0)
    price = round(base + area * r.uniform(180, 320), 0)
    if lang == "de":
        price = round(price * 0.92, 0)
    ref = {"door": "D", "french": "D", "slide": "D"}.get(code, "W") + str(k)
    if lang == "de":
        ref = f"Pos. {k}"
    elif lang == "fr":
        ref = f"Rep. {k}"
    return Opening(ref, room, code, label, lights, wd, ht, price)


def a_job(r: random.Random, lang: str) -> Job:
    firstname = r.choice(FIRSTS[lang])
    cust = f"{firstname} {r.choice(LASTS[lang])}"
    if r.random() < 0.3:
        other = r.choice([f for f in FIRSTS[lang] if f != firstname])
        cust = f"{firstname} & {other} {cust.split()[-1]}"
    no = r.randint(1, 160)
    road = r.choice(ROADS[lang])
    street = f"{road} {no}" if lang == "de" else f"{no} {road}" if lang == "en" else f"{no}, {road}"
    conservatory = r.random() < 0.15
    n = r.choice([1, 2, 3, 4, 5, 6, 8, 10])
    ops = [an_opening(r, lang, k + 1) for k in range(n)]
    net = sum(o.price for o in ops)
    if conservatory:
        net += r.choice([14500.0, 18900.0, 23750.0, 31200.0])
    what = (
        tr(
            lang,
            "Lean-to conservatory with glass roof",
            "Wintergarten (Pultdach, Alu)",
            "Véranda aluminium toit plat",
        )
        if conservatory
        else tr(
            lang,
            "Replacement windows and doors",
            "Fenster- und Türenaustausch",
            "Remplacement de menuiseries",
        )
    )
    signed = month() - timedelta(days=r.randint(5, 70))
    return Job(
        ref=f"{r.choice(['Q', 'J', 'C'])}{month().year % 100}{r.randint(1000, 4999)}"
        if lang == "en"
        else f"{month().year}-{r.randint(100, 999)}",
        cust=cust,
        street=street,
        town=r.choice(TOWNS[lang][region()]),
        phone=serial(r, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lang]),
        what=what,
        colour=r.choice(COLOURS[lang]),
        glazing=r.choice(GLAZING[lang]),
        profile=r.choice(PROFILES[lang]),
        openings=ops,
        net=round(net, 2),
        deposit=round(net * r.choice([0.1, 0.2, 0.25, 0.3]) / 10) * 10,
        signed=signed,
        fitted=month() + timedelta(days=r.randint(0, 40)),
        team=r.randrange(3),
        finance=r.random() < 0.25,
        conservatory=conservatory,
    )


def job_for(rng: random.Random, kinds: tuple[str, ...]) -> Job:
    """The previous document's job if it was one of ``kinds``, else one of the installer's
    jobs (now and then a new one)."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    if JOBS and rng.random() < 0.8:
        return rng.choice(JOBS)
    job = a_job(rng, home())
    JOBS.append(job)
    return job


def firm_name() -> str:
    return FIRMS[home()][region()][0]


def director() -> str:
    return STAFF["directors"][0]


def surveyor() -> str:
    return STAFF["surveyor"][0]


def office_manager() -> str:
    return STAFF["office"][0]


def team_of(job: Job) -> list[str]:
    return STAFF["fitters"][2 * job.team : 2 * job.team + 2]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 5.5}[lang]


def female(name: str) -> bool:
    return name.split()[0] in FEMALE


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Herr/Frau or Monsieur/Madame before it ("Mr & Mrs" for two)."""
    if "&" in name:
        last = name.split()[-1]
        return tr(lang, f"Mr & Mrs {last}", f"Familie {last}", f"Monsieur et Madame {last.upper()}")
    f = female(name)
    if lang == "de":
        return f"{'Frau' if f else 'Herr'} {name}"
    if lang == "fr":
        first, last = name.split()[0], name.split()[-1]
        return f"{'Madame' if f else 'Monsieur'} {first} {last.upper()}"
    return f"{'Mrs' if f else 'Mr'} {name}"


def dear(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sirs,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    if "&" in name:
        last = name.split()[-1]
        return tr(
            lang, f"Dear Mr & Mrs {last},", f"Sehr geehrte Familie {last},", "Madame, Monsieur,"
        )
    last = name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte Frau {last}," if female(name) else f"Sehr geehrter Herr {last},"
    if lang == "fr":
        return "Madame," if female(name) else "Monsieur,"
    return f"Dear {'Mrs' if female(name) else 'Mr'} {last},"


def cust_lines(job: Job) -> list[str]:
    return [mx(job.cust, home()), job.street, job.town]


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
    "firm": (
        "Windows - Doors - Conservatories",
        "Fenster - Haustüren - Wintergärten",
        "Fenêtres - Portes - Vérandas",
    ),
    "maker": (
        "Trade Frame Manufacturer",
        "Fensterbau für den Fachhandel",
        "Fabricant de menuiseries pour professionnels",
    ),
    "glass": (
        "Sealed Units - Toughened - Laminated",
        "Isolierglas - ESG - VSG",
        "Double vitrage - Trempé - Feuilleté",
    ),
    "profile": (
        "Profiles - Hardware - Sealants",
        "Profile - Beschläge - Dichtstoffe",
        "Profilés - Quincaillerie - Mastics",
    ),
    "broker": (
        "Commercial Motor & Trade Insurance",
        "Versicherungsmakler für Handwerk und Flotten",
        "Courtier assurances artisans et flottes",
    ),
    "lender": ("Retail Finance", "Ratenkredite", "Crédit affecté"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council",):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Münsterland Ost",
                "Sparkasse Regensburg",
                "Kasseler Sparkasse",
                "Volksbank eG",
                "Commerzbank AG",
            ]
        )
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A")
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Münster', 'Regensburg', 'Kassel', 'Oldenburg'])} HRB "
                f"{r.randint(1000, 39999)} - Geschäftsführer: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['4332A', '1623Z', '2223Z', '4673A', '6622Z', '6492Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"Capital {r.choice(['8 000', '50 000', '150 000', '420 000'])} € - TVA "
                f"FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Angers', 'Dijon', 'Pau', 'Paris'])}"
            )
        if role == "firm":
            out.append(
                f"Assurance décennale {r.choice(['SMABTP', 'MAAF Pro', 'AXA France'])} "
                f"police n° {r.randint(100000, 999999)} - Qualibat RGE {r.randint(10000, 99999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "firm":
        out.append(
            r.choice(
                [
                    "FENSA Approved Installer",
                    "FENSA registered - GGF member",
                    "FENSA - CERTASS - Which? Trusted Trader",
                ]
            )
        )
    if role == "lender":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, "
            f"FRN {r.randint(100000, 999999)}"
        )
    if role == "broker":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, "
            f"FRN {r.randint(100000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"trencher/head/{name}/{role}/{FIRM['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "scheme"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
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
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts', 'orders'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def firm_head() -> Head:
    lang = home()
    return make_head(FIRMS[lang][region()], lang, "firm")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and installer), of the
    installer's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role == "council" and lang == home():
        row = rows[min(region(), len(rows) - 1)]
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
    """A circle drawn as a polygon (round stamps, scheme marks)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
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


def logo(p: Page, x: float, y: float, size: float = 30) -> None:
    """The installer's mark: a four-pane window in a dark square."""
    p.rect(x, y, size, size, fill=0.2)
    g = size * 0.16
    inner = (size - 3 * g) / 2
    for i in range(2):
        for j in range(2):
            p.rect(x + g + i * (inner + g), y + g + j * (inner + g), inner, inner, fill=0.95)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    trade = TRADE.get(h.role)
    sub = tr(h.lang, *trade) if trade else ""
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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 80 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(f"{where}  {tel}", h.font, 7, w / 2 + 40 - m), h.font, 7)
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
        p.text(w / 2, y + 15, fit(sub or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        p.text(
            w / 2,
            y + 24,
            fit(f"{where}  {contact}" if sub else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if h.role == "firm":
            logo(p, m, y - 12, 34)
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
        if sub and w - 2 * m - bw > 120:
            it = italic_of(h.font)
            p.text(w - m, y + 2, fit(sub, it, 7.5, w - 2 * m - bw - 10), it, 7.5, "right")
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        it = italic_of(h.font)
        if h.role == "firm":
            logo(p, m, y - 10, 26)
            p.text(m + 32, y + 4, fit(h.name, h.bold, pt, w * 0.62 - m - 32), h.bold, pt)
            p.text(m + 32, y + 15, fit(sub, it, 7.5, w * 0.62 - m - 32), it, 7.5)
        else:
            p.text(m, y + 4, h.name, h.bold, pt)
            p.text(m, y + 15, fit(sub, it, 7.5, w * 0.62 - m), it, 7.5)
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


def plain(s: Style, header: str = "", bottom: float = 0) -> Sheets:
    """Pages without a letterhead (forms, annexes): a running header from page 2 if given."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - bottom, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [
        t
        for t in name.replace("-", " ").replace(".", " ").replace("&", " ").split()
        if t not in ("Dr", "Dipl", "Ing")
    ]
    text = f"{parts[0][0]}{parts[1][:8] if len(parts) > 1 else ''}" if parts else "x"
    if len(parts) > 1 and len(parts) < 4:
        text = f"{parts[0][0]}{parts[-1][:8]}"
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the installer's received stamp on the first page."""
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
                        "en": ["Accounts", "Office", "Survey"],
                        "de": ["Buchhaltung", "Büro", "Arbeitsvorbereitung"],
                        "fr": ["Comptabilité", "Bureau", "Métrés"],
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, gap: float = 30) -> None:
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
            "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
        ),
        s.font,
        s.size,
    )
    f.y += gap
    scrawl(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"trencher/staff/{tag}/{h.name}/{FIRM['seed']}".encode()))
    return person(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def firm_lines(att: str = "") -> list[str]:
    return head_lines(firm_head(), att)


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rate: float,
    label: str = "",
    note: str = "",
    less: list[tuple[str, float]] | None = None,
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table (``less``: amounts taken off
    the total, such as a deposit paid); returns what is due."""
    w, _ = f.size
    m = s.margin
    f.need(90)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC"), gross))
    due = gross
    for t, v in less or []:
        rows.append((t, -v))
        due -= v
    if less:
        rows.append((tr(lg, "Balance due", "Noch zu zahlen", "Reste à payer"), due))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.52, f.y, fit(t, bold, s.size, w * 0.3), bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return due


def small_print(
    rng: random.Random,
    s0: Style,
    lg: str,
    title: str,
    heads: list[str],
    topic: str = "legal",
    size: tuple[float, float] | None = None,
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
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
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_box(
    p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str, d: str, ink: bool = True
) -> None:
    """A signature box: caption, a signature, the printed name and date under a rule."""
    p.text(x, y, fit(cap, s.font, 7, w), s.font, 7)
    if ink and name:
        scrawl(p, x + 6, y + 26, name, 12)
    p.line(x, y + 30, x + w - 10, y + 30)
    if name:
        f = HAND if ink else s.font
        p.text(x, y + 40, fit(name, f, 8.5, w * 0.6), f, 8.5)
    if d:
        p.text(x + w - 12, y + 40, d, HAND if ink else s.font, 8.5, "right")


def frame(
    p: Page, x: float, y: float, w: float, h: float, o: Opening, dims: bool = True, pt: float = 6.5
) -> None:
    """A frame elevation as window makers draw it (viewed from outside): the outer frame, the
    lights, opening marks pointing to the hinge side, and the overall sizes."""
    p.rect(x, y, w, h)
    t = min(w, h) * 0.06 + 1
    p.rect(x + t, y + t, w - 2 * t, h - 2 * t)
    n = max(o.lights, 1)
    lw = (w - 2 * t) / n
    for k in range(1, n):
        p.line(x + t + k * lw, y + t, x + t + k * lw, y + h - t)
    if o.code == "sash":
        p.line(x + t, y + h / 2, x + w - t, y + h / 2)
        p.line(x + t, y + h / 2 + 3, x + w - t, y + h / 2 + 3)
        p.line(x + w / 2, y + h * 0.3, x + w / 2, y + h * 0.7)
    elif o.code == "door":
        p.rect(x + w * 0.2, y + h * 0.1, w * 0.6, h * 0.35)
        p.rect(x + w * 0.2, y + h * 0.55, w * 0.6, h * 0.35)
        p.rect(x + w * 0.82, y + h * 0.5, 3, 10, fill=0.2)
    elif o.code == "slide":
        p.line(x + w * 0.3, y + h / 2, x + w * 0.45, y + h / 2)
        p.line(x + w * 0.45, y + h / 2, x + w * 0.41, y + h / 2 - 3)
        p.line(x + w * 0.45, y + h / 2, x + w * 0.41, y + h / 2 + 3)
    elif o.code != "fix":
        for k in range(n):
            if (o.code == "cas" and 0 < k < n - 1) or (o.code == "cas" and n == 2 and k == 1):
                continue  # a fixed light beside the opener
            x0, x1 = x + t + k * lw, x + t + (k + 1) * lw
            y0, y1 = y + t, y + h - t
            if o.code in ("cas", "french", "stulp", "tt"):
                hx, ox = (x0, x1) if k < max(n - 1, 1) or n == 1 else (x1, x0)
                p.line(ox, y0, hx, (y0 + y1) / 2)
                p.line(ox, y1, hx, (y0 + y1) / 2)
            if o.code in ("tt", "top"):
                p.line(x0, y1, (x0 + x1) / 2, y0)
                p.line(x1, y1, (x0 + x1) / 2, y0)
    if dims:
        p.line(x, y + h + 8, x + w, y + h + 8)
        p.line(x, y + h + 5, x, y + h + 11)
        p.line(x + w, y + h + 5, x + w, y + h + 11)
        p.text(x + w / 2, y + h + 17, str(o.width), "Helvetica", pt, "center")
        p.line(x - 8, y, x - 8, y + h)
        p.line(x - 11, y, x - 5, y)
        p.line(x - 11, y + h, x - 5, y + h)
        p.text(x - 11, y + h / 2 + 2, str(o.height), "Helvetica", pt, "right")


def frame_grid(
    p: Page, x0: float, y0: float, x1: float, y1: float, ops: list[Opening], cols: int = 4
) -> None:
    """Frame elevations of ``ops`` in a grid between ``x0, y0`` and ``x1, y1``, each with its
    reference and room over it."""
    rows_n = max(1, -(-len(ops) // cols))
    cw = (x1 - x0) / cols
    rh = min((y1 - y0) / rows_n, 250.0)
    tallest = max(o.height for o in ops) if ops else 2200
    scale = min((cw - 50) / 2400, (rh - 50) / tallest)
    for k, o in enumerate(ops):
        cx = x0 + (k % cols) * cw
        cy = y0 + (k // cols) * rh
        fw, fh = o.width * scale, o.height * scale
        fx = cx + 30 + (cw - 40 - fw) / 2
        fy = cy + 18 + (tallest * scale - fh)
        p.text(
            cx + 4,
            cy + 8,
            fit(f"{o.ref} - {o.room}", "Helvetica-Bold", 7, cw - 8),
            "Helvetica-Bold",
            7,
        )
        frame(p, fx, fy, fw, fh, o)


# ---------------------------------------------------------------------------------------------
# Templates PPPP: the installer's own paper to its customers
# ---------------------------------------------------------------------------------------------

QUOTE_TERMS = {
    "en": [
        "Definitions",
        "The quotation",
        "Survey and sizes",
        "Deposit and payment",
        "Delivery and fitting dates",
        "Customer's obligations",
        "Making good",
        "Planning and building regulations",
        "Guarantee",
        "Ownership of goods",
        "Cancellation",
        "Complaints and disputes",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Aufmaß",
        "Preise und Zahlung",
        "Liefer- und Montagetermine",
        "Mitwirkung des Auftraggebers",
        "Beiputzarbeiten",
        "Genehmigungen",
        "Gewährleistung",
        "Eigentumsvorbehalt",
        "Widerrufsrecht",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Devis et commande",
        "Métré",
        "Prix et paiement",
        "Délais de pose",
        "Obligations du client",
        "Finitions",
        "Autorisations d'urbanisme",
        "Garanties",
        "Réserve de propriété",
        "Droit de rétractation",
        "Litiges et médiation",
    ],
}


def spec_lines(job: Job, lg: str) -> list[tuple[str, str]]:
    return [
        (tr(lg, "Profile system", "Profilsystem", "Gamme"), job.profile),
        (tr(lg, "Colour", "Farbe", "Coloris"), job.colour),
        (tr(lg, "Glazing", "Verglasung", "Vitrage"), job.glazing),
        (
            tr(lg, "Energy rating", "Uw-Wert", "Performance"),
            tr(
                lg,
                "WER A+ (Uw 1.3 W/m2K)",
                "Uw = 0,9 W/(m2K) nach EN 14351-1",
                "Uw = 1,3 W/m2.K - Sw 0,42",
            ),
        ),
        (
            tr(lg, "Security", "Sicherheit", "Sécurité"),
            tr(
                lg,
                "PAS 24:2022, Secured by Design, 3-star cylinders",
                "Sicherheitsbeschlag RC 2 N, abschließbare Griffe",
                "Crémone multipoints, gâches anti-dégondage",
            ),
        ),
        (
            tr(lg, "Ventilation", "Lüftung", "Ventilation"),
            tr(
                lg,
                "Trickle vents to habitable rooms (Approved Document F)",
                "Falzlüfter nach Lüftungskonzept DIN 1946-6",
                "Entrées d'air hygroréglables en traverse haute",
            ),
        ),
        (
            tr(lg, "Fitting", "Montage", "Pose"),
            tr(
                lg,
                "Remove and dispose of old frames, fit, seal, make good internally",
                "Demontage und Entsorgung Altfenster, RAL-Montage mit Kompriband",
                "Dépose totale, pose en applique ou tunnel, habillage extérieur alu",
            ),
        ),
    ]


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's quotation to a householder: often a covering letter, the quotation with
    each opening priced, totals and the deposit; the frame drawings on a landscape page; the
    specification page; now and then the terms of business; in France the 'bon pour accord'
    box to sign."""
    h = firm_head()
    lg = h.lang
    job = job_for(rng, ())
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = job.signed - timedelta(days=rng.randint(6, 20))
    no = f"{tr(lg, 'Q', 'AN', 'DV')}-{job.ref}"
    title = tr(lg, "Quotation", "Angebot", "Devis")
    pages: list[Page] = []
    if rng.random() < 0.6:
        c = sheets(s, h)
        recipient(c, s, h, cust_lines(job), d, [(tr(lg, "Our ref.", "Unser Zeichen", "Réf."), no)])
        c.page.text(
            m,
            c.y,
            fit(f"{title}: {job.what} - {job.street}", s.bold, s.size, w - 2 * m),
            s.bold,
            s.size,
        )
        c.y += 20
        write(c, s, dear(lg, job.cust))
        write(
            c,
            s,
            tr(
                lg,
                f"Thank you for inviting us to your home. Following the visit of our surveyor "
                f"{surveyor()}, we are pleased to enclose our quotation for the supply and "
                f"installation of {len(job.openings)} units as discussed.",
                f"vielen Dank für Ihr Interesse. Nach dem Besuch unseres Herrn {surveyor()} "
                f"übersenden wir Ihnen gern unser Angebot über {len(job.openings)} Elemente.",
                f"Suite à la visite de notre technicien {surveyor()}, nous avons le plaisir "
                f"de vous "
                f"adresser notre devis pour la fourniture et la pose de {len(job.openings)} "
                f"menuiseries.",
            ),
        )
        write(c, s, prose(rng, lg, "fit", 2, 3))
        write(
            c,
            s,
            tr(
                lg,
                "This quotation is valid for 30 days. Our current lead time is 6 to 8 weeks from "
                "the check survey.",
                "Unser Angebot ist 4 Wochen gültig. Die Lieferzeit beträgt derzeit ca. 8 Wochen "
                "nach Aufmaß.",
                "Ce devis est valable 3 mois. Délai de fabrication et de pose : 6 à 8 semaines "
                "après métré.",
            ),
        )
        regards(c, s, lg, director(), tr(lg, "Director", "Geschäftsführer", "Gérant"))
        pages += close(c.pages, s, h, "none")
    f = sheets(s, h, f"{title} {no} - {mx(job.cust, lg)}")
    if not pages:
        recipient(
            f, s, h, cust_lines(job), d, [(tr(lg, "Quotation no.", "Angebot Nr.", "Devis n°"), no)]
        )
    caption(f, s, f"{title.upper()} {no}", 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), mx(job.cust, lg)),
            (
                tr(lg, "Installation address", "Bauvorhaben", "Adresse du chantier"),
                f"{job.street}, {job.town}",
            ),
            (tr(lg, "Surveyed by", "Beratung", "Technicien"), surveyor()),
            (tr(lg, "Valid until", "Gültig bis", "Validité"), short(d + timedelta(days=30), lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    c4 = columns(
        m,
        w - m,
        [
            (0.9, "left"),
            (1.4, "left"),
            (3.4, "left"),
            (1.5, "center"),
            (0.5, "right"),
            (1.3, "right"),
        ],
    )
    rows = [
        [o.ref, o.room, o.label, f"{o.width} x {o.height}", "1", money(o.price, lg)]
        for o in job.openings
    ]
    if job.conservatory:
        rows.append(
            [
                "C1",
                tr(lg, "Garden", "Garten", "Jardin"),
                job.what,
                "-",
                "1",
                money(job.net - sum(o.price for o in job.openings), lg),
            ]
        )
    table(
        f,
        c4,
        [
            tr(lg, "Ref", "Pos.", "Rep."),
            tr(lg, "Location", "Raum", "Pièce"),
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Size (mm)", "B x H (mm)", "L x H (mm)"),
            tr(lg, "Qty", "Stk", "Qté"),
            tr(lg, "Price", "Preis", "Prix HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, job.net, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Deposit required on order: {cash(job.deposit, lg)}. Balance on completion. "
            "Finance available subject to status.",
            f"Zahlungsplan: {cash(job.deposit, lg)} Anzahlung bei Auftrag, Rest nach Abnahme.",
            f"Acompte à la commande : {cash(job.deposit, lg)}, solde à la réception des travaux. "
            "TVA à 5,5 % sous réserve de l'attestation du client (logement de plus de 2 ans).",
        ),
        s.size - 1,
    )
    if lg == "fr":
        f.need(80)
        f.page.rect(w / 2, f.y, w / 2 - m, 64)
        f.page.text(
            w / 2 + 6, f.y + 12, "Bon pour accord - date et signature du client", s.font, 7.5
        )
        f.y += 76
    pages += close(f.pages, s, h)
    # drawings
    s2 = style_of(h, LAND, margin=40)
    w2, h2 = LAND
    per = 8
    for k in range(0, len(job.openings), per):
        p = Page(LAND)
        p.text(
            40,
            34,
            fit(f"{firm_name()} - {title} {no} - {job.street}, {job.town}", s2.bold, 9, w2 - 80),
            s2.bold,
            9,
        )
        p.text(
            w2 - 40,
            34,
            tr(lg, "Viewed from outside", "Ansicht von außen", "Vue extérieure"),
            s2.font,
            8,
            "right",
        )
        p.line(40, 40, w2 - 40, 40)
        frame_grid(p, 40, 52, w2 - 40, h2 - 90, job.openings[k : k + per])
        p.rect(w2 - 250, h2 - 74, 210, 44)
        p.text(
            w2 - 244,
            h2 - 62,
            f"{tr(lg, 'Drawing', 'Zeichnung', 'Plan')} {k // per + 1}  "
            f"{tr(lg, 'Scale', 'Maßstab', 'Échelle')} NTS",
            s2.font,
            7,
        )
        p.text(w2 - 244, h2 - 50, fit(job.colour, s2.font, 7, 200), s2.font, 7)
        p.text(
            w2 - 244,
            h2 - 38,
            tr(
                lg,
                "All sizes in mm, subject to check survey",
                "Alle Maße in mm, vorbehaltlich Aufmaß",
                "Cotes en mm sous réserve de métré",
            ),
            s2.font,
            6.5,
        )
        pages.append(p)
    if rng.random() < 0.7:
        g = sheets(s, h, f"{title} {no}")
        caption(
            g,
            s,
            tr(lg, "Specification", "Technische Ausführung", "Descriptif technique"),
            2,
            rule=True,
        )
        for a, b in spec_lines(job, lg):
            g.need(30)
            g.page.text(m, g.y, a, s.bold, s.size - 0.5)
            for ln in wrap(b, s.font, s.size - 0.5, w - 2 * m - 130):
                g.page.text(m + 130, g.y, ln, s.font, s.size - 0.5)
                g.y += s.size * 1.35
            g.y += 6
        write(g, s, prose(rng, lg, "fit", 2, 4), s.size - 1)
        pages += close(g.pages, s, h, "none")
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and Conditions of Business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                QUOTE_TERMS[lg],
            )
        )
    remember(job, d)
    return pages


CANCEL = {
    "en": (
        "Notice of the right to cancel",
        "You have the right to cancel this contract within 14 days without giving any reason. "
        "The cancellation period will expire after 14 days from the day of the conclusion of "
        "the contract. To exercise the right to cancel, you must inform us of your decision by "
        "a clear statement (e.g. a letter sent by post or e-mail). You may use the attached "
        "model cancellation form, but it is not obligatory. If you requested us to begin the "
        "performance of services during the cancellation period, you shall pay us an amount "
        "which is in proportion to what has been performed.",
        "Cancellation form (complete and return this form only if you wish to cancel the contract)",
        "I/We hereby give notice that I/We cancel my/our contract for the supply of the "
        "following goods and services:",
    ),
    "de": (
        "Widerrufsbelehrung",
        "Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu "
        "widerrufen. Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag des Vertragsschlusses. "
        "Um Ihr Widerrufsrecht auszuüben, müssen Sie uns mittels einer eindeutigen Erklärung "
        "(z. B. ein mit der Post versandter Brief oder E-Mail) über Ihren Entschluss, diesen "
        "Vertrag zu widerrufen, informieren. Sie können dafür das beigefügte "
        "Muster-Widerrufsformular verwenden, das jedoch nicht vorgeschrieben ist. Bei nach "
        "Kundenspezifikation angefertigten Waren besteht das Widerrufsrecht nicht (§ 312g "
        "Abs. 2 Nr. 1 BGB).",
        "Muster-Widerrufsformular (Wenn Sie den Vertrag widerrufen wollen, dann füllen Sie "
        "bitte dieses Formular aus und senden Sie es zurück.)",
        "Hiermit widerrufe(n) ich/wir den von mir/uns abgeschlossenen Vertrag über den Kauf der "
        "folgenden Waren / die Erbringung der folgenden Dienstleistung:",
    ),
    "fr": (
        "Informations sur le droit de rétractation",
        "Vous avez le droit de vous rétracter du présent contrat sans donner de motif dans un "
        "délai de quatorze jours à compter de la conclusion du contrat (articles L221-18 et "
        "suivants du Code de la consommation). Pour exercer le droit de rétractation, vous "
        "devez nous notifier votre décision au moyen d'une déclaration dénuée d'ambiguïté. "
        "Vous pouvez utiliser le formulaire détachable ci-dessous. Aucun paiement ne peut être "
        "exigé avant l'expiration d'un délai de sept jours.",
        "Bordereau de rétractation (à compléter et retourner en lettre recommandée avec AR)",
        "Je vous notifie par la présente ma rétractation du contrat portant sur la vente du "
        "bien / la prestation de services ci-dessous :",
    ),
}


def tpl_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's contract as the customer signed it at the table and the office keeps
    it: the order form (products, price, deposit, balance, finance tick box, estimated
    fitting, both signatures), the terms in small print and the notice of the right to cancel
    with its cancellation form."""
    h = firm_head()
    lg = h.lang
    job = job_for(rng, ("quotation",))
    d = job.signed if not after(("quotation",)) else last_day(rng, ("quotation",), (3, 20))
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    no = ref(rng, tr(lg, "99999", "AU-|9999", "BC 99999"))
    title = tr(
        lg,
        "CONTRACT FOR SUPPLY AND INSTALLATION",
        "AUFTRAG / WERKVERTRAG",
        "BON DE COMMANDE - CONTRAT DE VENTE ET DE POSE",
    )
    f = sheets(s, h, f"{title} {no}")
    pt = shrink(title, s.bold, s.size + 3, w - 2 * m - 100)
    f.page.text(m, f.y, title, s.bold, pt)
    f.page.text(w - m, f.y, f"No. {no}", s.bold, s.size + 1, "right")
    f.y += 18
    y = band(f.page, s, f.y, tr(lg, "Customer", "Auftraggeber", "Client"))
    f.y = fields(
        f.page,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name(s)", "Name", "Nom(s)"), job.cust),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), job.phone),
            (tr(lg, "Address", "Anschrift", "Adresse"), job.street),
            (tr(lg, "Town / postcode", "PLZ / Ort", "CP / Ville"), job.town),
        ],
    )
    y = band(f.page, s, f.y, tr(lg, "Goods and works", "Leistungsumfang", "Désignation"))
    f.y = y + 8
    for k, o in enumerate(job.openings[:8]):
        hand(
            f.page,
            m + 4,
            f.y,
            f"{o.ref}  {o.label}, {o.width} x {o.height}  ({o.room})",
            9,
            w - 2 * m - 10,
        )
        f.page.line(m, f.y + 3, w - m, f.y + 3)
        f.y += 14
        if k == 7 and len(job.openings) > 8:
            hand(f.page, m + 4, f.y, tr(lg, "+ see quotation", "+ lt. Angebot", "+ voir devis"), 9)
            f.y += 14
    hand(f.page, m + 4, f.y, fit(f"{job.colour} - {job.glazing}", HAND, 9, w - 2 * m - 10), 9)
    f.y += 20
    y = band(f.page, s, f.y, tr(lg, "Price and payment", "Preis und Zahlung", "Prix et règlement"))
    gross = job.net * (1 + vat_rate(lg) / 100)
    f.y = fields(
        f.page,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Total price incl. VAT", "Gesamtpreis inkl. MwSt.", "Prix TTC"),
                cash(gross, lg),
            ),
            (tr(lg, "Deposit paid today", "Anzahlung", "Acompte versé"), cash(job.deposit, lg)),
            (
                tr(lg, "Balance on completion", "Restzahlung nach Abnahme", "Solde à la réception"),
                cash(gross - job.deposit, lg),
            ),
            (
                tr(lg, "Estimated fitting", "Voraussichtliche Montage", "Pose prévue"),
                tr(
                    lg,
                    f"week {job.fitted.isocalendar()[1]}",
                    f"KW {job.fitted.isocalendar()[1]}",
                    f"semaine {job.fitted.isocalendar()[1]}",
                ),
            ),
        ],
    )
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                tr(lg, "Cash / transfer", "Überweisung", "Virement / chèque"),
                tr(lg, "Card", "EC-Karte", "Carte"),
                tr(
                    lg,
                    "Finance (separate agreement)",
                    "Finanzierung (gesonderter Vertrag)",
                    "Crédit affecté (offre séparée)",
                ),
            ],
            {2} if job.finance else {rng.randint(0, 1)},
        )
        + 6
    )
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                tr(
                    lg,
                    "I ask you to start work within the cancellation period",
                    "Ich wünsche Beginn vor Ablauf der Widerrufsfrist",
                    "Je demande l'exécution avant la fin du délai de rétractation",
                )
            ],
            {0} if rng.random() < 0.3 else set(),
        )
        + 10
    )
    f.need(70)
    half = (w - 2 * m) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y,
        half,
        tr(
            lg,
            "Customer signature",
            "Unterschrift Auftraggeber",
            "Signature du client (lu et approuvé)",
        ),
        job.cust,
        short(d, lg),
    )
    sign_box(
        f.page,
        s,
        m + half + 6,
        f.y,
        half - 6,
        tr(lg, f"For {firm_name()}", f"Für {firm_name()}", f"Pour {firm_name()}"),
        surveyor(),
        short(d, lg),
    )
    f.y += 56
    pages = close(f.pages, s, h)
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Terms and Conditions",
                "Allgemeine Geschäftsbedingungen",
                "Conditions générales de vente",
            ),
            QUOTE_TERMS[lg],
        )
    )
    t, body, form, decl = CANCEL[lg]
    g = plain(s)
    caption(g, s, t, 2, rule=True)
    write(g, s, body, s.size - 0.5)
    write(
        g,
        s,
        tr(
            lg,
            f"Send to: {firm_name()}, {h.street}, {h.town}",
            f"An: {firm_name()}, {h.street}, {h.town}",
            f"À : {firm_name()}, {h.street}, {h.town}",
        ),
        s.size - 0.5,
    )
    g.y += 10
    slip_rule(g.page, m, w - m, g.y, tr(lg, "cut here", "hier abtrennen", "découper ici"))
    g.y += 20
    caption(g, s, form, 0)
    write(g, s, decl, s.size - 0.5)
    lines = [
        tr(lg, "Ordered on / received on", "Bestellt am / erhalten am", "Commandé le"),
        tr(lg, "Name of consumer(s)", "Name des/der Verbraucher(s)", "Nom du client"),
        tr(lg, "Address of consumer(s)", "Anschrift", "Adresse"),
        tr(lg, "Signature (only if this form is notified on paper)", "Unterschrift", "Signature"),
        tr(lg, "Date", "Datum", "Date"),
    ]
    for t2 in lines:
        g.page.text(m, g.y, t2, s.font, s.size - 1)
        g.page.line(m + 180, g.y + 2, w - m, g.y + 2)
        g.y += 22
    pages += g.pages
    remember(job, d, no)
    return pages


def tpl_cancellation(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer cancelling within the cooling-off period: the cancellation form cut off the
    contract and filled in by hand, or a short letter (handwritten or typed)."""
    job = job_for(rng, ("contract",))
    lg = home()
    if job.abroad:
        lg = job.abroad
    d = (
        last_day(rng, ("contract",), (2, 12))
        if after(("contract",))
        else job.signed + timedelta(days=rng.randint(2, 12))
    )
    cno = (
        LAST["extra"]
        if after(("contract",)) and isinstance(LAST["extra"], str)
        else serial(rng, "99999")
    )
    firm = firm_head()
    style = rng.random()
    if style < 0.4:
        size = (A4[0], A4[1] * 0.42)
        p = Page(size)
        w, hh = size
        m = 36
        p.text(m, 30, CANCEL[lg][2][:90], "Helvetica-Bold", 8)
        y = 46.0
        for ln in wrap(CANCEL[lg][3], "Helvetica", 8, w - 2 * m):
            p.text(m, y, ln, "Helvetica", 8)
            y += 10
        y += 6
        vals = [
            f"{short(job.signed, lg)}  ({tr(lg, 'contract', 'Auftrag', 'contrat')} {cno})",
            job.cust,
            f"{job.street}, {job.town}",
            "",
            short(d, lg),
        ]
        labels = [
            tr(lg, "Ordered on", "Bestellt am", "Commandé le"),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Address", "Anschrift", "Adresse"),
            tr(lg, "Signature", "Unterschrift", "Signature"),
            tr(lg, "Date", "Datum", "Date"),
        ]
        for lab, v in zip(labels, vals, strict=True):
            p.text(m, y, lab, "Helvetica", 7.5)
            p.line(m + 110, y + 2, w - m, y + 2)
            if v:
                hand(p, m + 116, y, v, 9.5, w - 2 * m - 120)
            else:
                scrawl(p, m + 116, y, job.cust, 12)
            y += 18
        return [p]
    size = A5 if style < 0.75 else A4
    p = Page(size)
    w, hh = size
    m = 40
    typed = style >= 0.75
    font = "Times-Roman" if typed else HAND
    pt = 10 if typed else 10.5
    if not typed:
        for k in range(int((hh - 60) / 18)):
            p.line(20, 52 + k * 18, w - 20, 52 + k * 18)
    # handwriting sits on the ruled lines: every step a multiple of the ruling
    ls = 13.0 if typed else 18.0
    y = 50.0
    for t in [job.cust, job.street, job.town]:
        p.text(w - m, y, t, font, pt - 1, "right")
        y += ls
    y += 8 if typed else 0
    p.text(w - m, y, date_text(d, lg, "long" if typed else "short"), font, pt - 1, "right")
    y += 22 if typed else 36
    for t in head_lines(firm):
        p.text(m, y, fit(t, font, pt - 1, w / 2), font, pt - 1)
        y += ls
    y += 12 if typed else 18
    p.text(
        m,
        y,
        tr(
            lg,
            f"Re: contract no. {cno} - cancellation",
            f"Widerruf Auftrag Nr. {cno}",
            f"Objet : rétractation - commande n° {cno}",
        ),
        "Times-Bold" if typed else font,
        pt,
    )
    y += 22 if typed else 36
    body = tr(
        lg,
        f"Dear Sirs, I am writing to cancel the contract I signed with your {surveyor()} on "
        f"{short(job.signed, lg)} for new windows. {words(rng, lg, 'complaint', 10)} Please "
        f"refund the deposit of {cash(job.deposit, lg)} to my account as soon as possible.",
        f"Sehr geehrte Damen und Herren, hiermit widerrufe ich den am {short(job.signed, lg)} "
        f"mit Ihrem Herrn {surveyor()} geschlossenen Vertrag. {words(rng, lg, 'complaint', 10)} "
        f"Bitte erstatten Sie die Anzahlung von {cash(job.deposit, lg)}.",
        f"Madame, Monsieur, par la présente je me rétracte du contrat signé le "
        f"{short(job.signed, lg)} avec M. {surveyor()}. {words(rng, lg, 'complaint', 10)} Je vous "
        f"remercie de me rembourser l'acompte de {cash(job.deposit, lg)}.",
    )
    for ln in wrap(body, font, pt, w - 2 * m):
        p.text(m, y, ln, font, pt)
        y += 18 if not typed else 14
    y += 20 if typed else 18
    scrawl(p, m, y + 10, job.cust)
    p.text(m, y + 26, job.cust, font, pt - 1)
    received(rng, p, d, 0.5)
    return [p]


def tpl_survey_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The surveyor's check survey sheet from the pad, filled in by hand on site: job fields,
    the opening schedule with measured sizes, tick boxes (fire escape, safety glass, trickle
    vents, access, parking, cill), a sketch box, the customer's initials; a continuation
    sheet when there are many openings."""
    h = firm_head()
    lg = h.lang
    job = job_for(rng, ("contract", "deposit_invoice"))
    d = last_day(rng, ("contract", "deposit_invoice"), (3, 14))
    s = style_of(h, A4, margin=36, pt=8.5)
    w, hh = A4
    m = 36
    title = tr(lg, "CHECK SURVEY SHEET", "AUFMASSBLATT", "FICHE DE MÉTRÉ")
    pages: list[Page] = []
    ops = job.openings
    per = 7
    chunks = [ops[k : k + per] for k in range(0, len(ops), per)] or [[]]
    for ci, chunk in enumerate(chunks):
        p = Page(A4)
        p.text(m, 34, fit(firm_name(), s.bold, 9, w / 2), s.bold, 9)
        p.text(
            w - m,
            34,
            title + (f" ({tr(lg, 'cont.', 'Forts.', 'suite')})" if ci else ""),
            s.bold,
            12,
            "right",
        )
        p.line(m, 40, w - m, 40)
        y = 54.0
        if ci == 0:
            y = fields(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (tr(lg, "Customer", "Kunde", "Client"), job.cust),
                    (tr(lg, "Job no.", "Kom.-Nr.", "N° affaire"), job.ref),
                    (tr(lg, "Address", "Anschrift", "Adresse"), f"{job.street}, {job.town}"),
                    (tr(lg, "Survey date", "Aufmaß am", "Date du métré"), short(d, lg)),
                    (tr(lg, "Surveyor", "Aufmaß durch", "Technicien"), surveyor()),
                    (
                        tr(lg, "Colour / profile", "Farbe / Profil", "Coloris / gamme"),
                        f"{job.colour[:22]} / {job.profile[:16]}",
                    ),
                ],
                per=2,
                tall=24,
            )
            y = band(p, s, y, tr(lg, "Property", "Gebäude", "Bâtiment")) + 6
            y = ticks(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    tr(lg, "Brick", "Mauerwerk", "Parpaing"),
                    tr(lg, "Render", "Putz", "Enduit"),
                    tr(lg, "Timber clad", "Holzverkleidung", "Bardage"),
                    tr(lg, "Cavity wall", "WDVS", "Isolation ITE"),
                    tr(lg, "Listed / conservation area", "Denkmalschutz", "Secteur ABF"),
                    tr(lg, "Scaffold needed", "Gerüst nötig", "Échafaudage"),
                    tr(lg, "Parking on drive", "Parkplatz vorhanden", "Stationnement"),
                ],
                set(rng.sample(range(7), rng.randint(2, 4))),
            )
            y += 4
        cols = columns(
            m,
            w - m,
            [
                (0.8, "left"),
                (1.5, "left"),
                (1.1, "center"),
                (1.1, "center"),
                (1.0, "center"),
                (0.8, "center"),
                (0.8, "center"),
                (0.8, "center"),
                (2.2, "left"),
            ],
        )
        heads = [
            tr(lg, "Ref", "Pos", "Rep"),
            tr(lg, "Room", "Raum", "Pièce"),
            tr(lg, "Width", "Breite", "Largeur"),
            tr(lg, "Height", "Höhe", "Hauteur"),
            tr(lg, "Style", "Typ", "Type"),
            tr(lg, "Escape", "Rettung", "Issue"),
            tr(lg, "Safety", "VSG/ESG", "Sécu."),
            tr(lg, "Vent", "Lüfter", "E. air"),
            tr(lg, "Notes", "Bemerkung", "Remarques"),
        ]
        for c, t in zip(cols, heads, strict=True):
            p.text(c[0], y, t, s.bold, 7)
        p.line(m, y + 4, w - m, y + 4)
        y += 8
        for o in chunk:
            y += 24
            p.line(m, y + 4, w - m, y + 4)
            vals = [
                o.ref,
                o.room,
                str(o.width - rng.choice([0, 5, 10])),
                str(o.height - rng.choice([0, 5, 10])),
                o.code.upper(),
                rng.choice(["Y", "", ""]),
                rng.choice(["Y", "", "T"]),
                rng.choice(["Y", "Y", ""]),
                rng.choice(
                    [
                        tr(lg, "new cill", "neue Fensterbank", "appui neuf"),
                        tr(lg, "rotten sub-frame", "Blendrahmen morsch", "dormant abîmé"),
                        tr(lg, "blind inside", "Rollladen innen", "volet roulant"),
                        "",
                        "",
                    ]
                ),
            ]
            for c, v in zip(cols, vals, strict=True):
                if v:
                    p.text(
                        c[0] + (c[1] - c[0]) / 2 if c[2] == "center" else c[0],
                        y,
                        fit(v, HAND, 9, c[1] - c[0]),
                        HAND,
                        9,
                        "center" if c[2] == "center" else "left",
                    )
        for c in cols[1:]:
            p.line(c[0] - 2, y - 24 * len(chunk) - 4, c[0] - 2, y + 4)
        y += 24
        if ci == len(chunks) - 1:
            y = max(y, hh * 0.55)
            p.text(m, y, tr(lg, "Sketch / notes", "Skizze / Notizen", "Croquis / notes"), s.font, 7)
            p.rect(m, y + 4, w - 2 * m, hh - y - 150)
            if chunk:
                o = rng.choice(chunk)
                fw = 110.0 if o.height <= o.width else 110.0 * o.width / o.height
                frame(p, m + 40, y + 30, fw, fw * o.height / o.width, o)
            hand(p, w / 2, y + 40, words(rng, lg, "fit", 5)[:-1], 9, w / 2 - m - 10)
            hand(p, w / 2, y + 58, words(rng, lg, "fit", 4)[:-1], 9, w / 2 - m - 10)
            yb = hh - 130
            half = (w - 2 * m) / 2
            sign_box(
                p,
                s,
                m,
                yb,
                half,
                tr(lg, "Surveyor", "Aufmaß", "Technicien"),
                surveyor(),
                short(d, lg),
            )
            sign_box(
                p,
                s,
                m + half + 6,
                yb,
                half - 6,
                tr(
                    lg,
                    "Customer agrees sizes and styles",
                    "Kunde bestätigt Maße",
                    "Le client valide les cotes",
                ),
                job.cust,
                "",
            )
        p.text(w - m, hh - 30, f"{ci + 1}/{len(chunks)}", s.font, 7, "right")
        pages.append(p)
    remember(job, d)
    return pages


def tpl_order_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The frame maker's order confirmation to the installer: positions with frame code,
    size, colour, glazing, quantities and prices, the production week, the request to check
    and sign within 24 hours; the frame diagrams (viewed from inside) on a landscape page."""
    h = head_of(who, "maker", abroad=0.12)
    lg = h.lang
    job = job_for(rng, ("survey_sheet",))
    d = last_day(rng, ("survey_sheet",), (1, 6))
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    no = ref(rng, tr(lg, "SO-999999", "AB |2099999", "ARC-|99999"))
    title = tr(
        lg, "ORDER ACKNOWLEDGEMENT", "AUFTRAGSBESTÄTIGUNG", "ACCUSÉ DE RÉCEPTION DE COMMANDE"
    )
    f = sheets(s, h, f"{title} {no} - {firm_name()}")
    recipient(
        f,
        s,
        h,
        firm_lines(tr(lg, "Purchasing", "Einkauf", "Achats")),
        d,
        [
            (tr(lg, "Order ack.", "AB-Nr.", "ARC n°"), no),
            (
                tr(lg, "Your ref.", "Ihre Kommission", "Votre réf."),
                f"{job.ref} {job.cust.split()[-1]}",
            ),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "acct"), "K99999"),
            ),
            (
                tr(lg, "Delivery week", "Liefer-KW", "Semaine de livraison"),
                str((d + timedelta(days=rng.randint(14, 35))).isocalendar()[1]),
            ),
        ],
    )
    caption(f, s, title, 2)
    write(
        f,
        s,
        tr(
            lg,
            "Please check this acknowledgement carefully. Any errors must be notified within 24 "
            "hours, otherwise the order will go into production as shown.",
            "Bitte prüfen Sie diese Auftragsbestätigung sorgfältig. Abweichungen sind innerhalb "
            "von 24 Stunden mitzuteilen, danach geht der Auftrag wie bestätigt in Fertigung.",
            "Merci de vérifier cet accusé de réception. Toute erreur doit nous être signalée sous "
            "24 heures, faute de quoi la commande sera lancée en fabrication.",
        ),
        s.size - 1,
    )
    c = columns(
        m,
        w - m,
        [
            (0.7, "left"),
            (3.4, "left"),
            (1.5, "center"),
            (0.5, "right"),
            (1.1, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    net = 0.0
    for k, o in enumerate(job.openings, 1):
        pr = round(o.price * rng.uniform(0.38, 0.5), 2)
        net += pr
        rows.append(
            [
                f"{k:02d}",
                f"{o.label} - {job.profile}",
                f"{o.width} x {o.height}",
                "1",
                money(pr, lg),
                money(pr, lg),
            ]
        )
        if rng.random() < 0.5:
            rows.append(["", f"   {job.glazing}", "", "", "", ""])
    table(
        f,
        c,
        [
            tr(lg, "Pos", "Pos", "Rep"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "W x H", "B x H", "L x H"),
            tr(lg, "Qty", "Stk", "Qté"),
            tr(lg, "Unit", "EP", "PU"),
            tr(lg, "Total", "GP", "Total"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    write(f, s, f"{tr(lg, 'Colour', 'Farbe', 'Coloris')}: {job.colour}", s.size - 1)
    totals(f, s, lg, round(net, 2), 0.0 if lg != home() else vat_rate(lg) if lg != "fr" else 20.0)
    f.need(70)
    f.y += 6
    f.page.rect(m, f.y, w - 2 * m, 54)
    f.page.text(
        m + 6,
        f.y + 12,
        tr(
            lg,
            "Approved for production - signature and date",
            "Zur Fertigung freigegeben - Datum, Unterschrift",
            "Bon pour fabrication - date et signature",
        ),
        s.font,
        7.5,
    )
    if rng.random() < 0.7:
        scrawl(f.page, m + 20, f.y + 40, office_manager())
        hand(f.page, w / 2, f.y + 40, short(d + timedelta(days=1), home()))
    f.y += 64
    pages = close(f.pages, s, h)
    if rng.random() < 0.7:
        w2, h2 = LAND
        p = Page(LAND)
        p.text(
            40,
            34,
            fit(
                f"{h.name} - {title} {no} - {tr(lg, 'Elements', 'Elementübersicht', 'Éléments')}",
                h.bold,
                9,
                w2 - 240,
            ),
            h.bold,
            9,
        )
        p.text(
            w2 - 40,
            34,
            tr(lg, "View from inside", "Ansicht von innen", "Vue intérieure"),
            h.font,
            8,
            "right",
        )
        p.line(40, 40, w2 - 40, 40)
        frame_grid(p, 40, 52, w2 - 40, h2 - 50, job.openings[:10], cols=5)
        pages.append(p)
    received(rng, pages[0], d, 0.3)
    remember(job, d, (h.name, no))
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The frame maker's delivery note (A5, a narrow driver's slip or A4): frames by position,
    stillage and glass crate, the driver's and the fitter's signatures, now and then a note of
    damage written in."""
    h = head_of(who, "maker", abroad=0.12)
    lg = h.lang
    job = job_for(rng, ("order_confirmation",))
    ex = LAST["extra"]
    ack = (
        ex[1]
        if after(("order_confirmation",)) and isinstance(ex, tuple)
        else ref(rng, tr(lg, "SO-999999", "AB |2099999", "ARC-|99999"))
    )
    d = last_day(rng, ("order_confirmation",), (12, 30))
    size = rng.choice([A5, SLIP, A4]) if keyed(who, "dn").random() < 0.7 else A5
    if size == SLIP:
        s = style_of(h, size, margin=14, pt=7)
    else:
        s = style_of(h, size, margin=30 if size == A5 else 44, pt=8 if size == A5 else 9)
    w, _ = size
    m = s.margin
    no = ref(rng, tr(lg, "DN99999", "LS-999999", "BL 99999"))
    f = sheets(s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}")
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    caption(f, s, f"{title} {no}", 2)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Customer", "Kunde", "Client"), firm_name()),
                (tr(lg, "Order ack.", "AB-Nr.", "ARC"), ack),
                (tr(lg, "Job", "Kommission", "Affaire"), f"{job.ref} {job.cust.split()[-1]}"),
                (
                    tr(lg, "Route / drop", "Tour", "Tournée"),
                    f"{rng.randint(1, 9)}/{rng.randint(1, 12)}",
                ),
            ],
            w - m,
        )
        + 6
    )
    c = columns(m, w - m, [(0.7, "left"), (3, "left"), (1, "right"), (0.8, "center")])
    rows = [
        [f"{k:02d}", f"{o.label} {o.width}x{o.height}", "1", rng.choice(["A1", "A2", "B1", "R"])]
        for k, o in enumerate(job.openings, 1)
    ]
    table(
        f,
        c,
        [
            tr(lg, "Pos", "Pos", "Rep"),
            tr(lg, "Item", "Element", "Élément"),
            tr(lg, "Qty", "Stk", "Qté"),
            tr(lg, "Rack", "Gestell", "Rack"),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=True,
        step=1.7,
    )
    f.need(110)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Stillages: {rng.randint(1, 3)} - to be returned on next delivery",
            f"Gestelle: {rng.randint(1, 3)} - Leihgestelle, bitte zurückgeben",
            f"Racks : {rng.randint(1, 3)} - consignés, à restituer",
        ),
        s.size - 1,
    )
    if size == SLIP:
        sign_box(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            tr(lg, "Received by", "Erhalten", "Reçu par"),
            team_of(job)[0],
            short(d, home()),
        )
        f.y += 52
    else:
        half = (w - 2 * m) / 2
        sign_box(
            f.page, s, m, f.y, half, tr(lg, "Driver", "Fahrer", "Chauffeur"), staff(h, "drv"), ""
        )
        sign_box(
            f.page,
            s,
            m + half + 6,
            f.y,
            half - 6,
            tr(lg, "Received in good order", "Ware vollständig erhalten", "Reçu conforme"),
            team_of(job)[0],
            short(d, home()),
        )
        f.y += 52
    if rng.random() < 0.3:
        hand(
            f.page,
            m,
            f.y,
            tr(
                home(),
                "1 unit scratched - photo sent",
                "Pos 2 Kratzer - Foto",
                "Rep 2 rayé - photo envoyée",
            ),
            9,
            w - 2 * m,
        )
    pages = close(f.pages, s, h, None if size == A4 else "none")
    remember(job, d, (h.name, no))
    return pages


def border(p: Page, pad: float = 18) -> None:
    """A certificate's double border."""
    w, hh = p.size
    p.rect(pad, pad, w - 2 * pad, hh - 2 * pad)
    p.rect(pad + 4, pad + 4, w - 2 * pad - 8, hh - 2 * pad - 8)


def tpl_scheme_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The quality or competent person scheme's annual certificate of the installer (FENSA
    approved installer registration, RAL-Gütezeichen Fenster und Haustüren, Qualibat
    certificate): a covering letter, the certificate (often landscape, with a border and a
    seal), and an annex with the scope or qualifications and the conditions of use."""
    h = head_of(who, "scheme")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    no = ref(rng, tr(lg, "FENSA |99999", "RAL-GZ 695 - |9999", "QB 9999 99 99"))
    valid = date(d.year + 1, d.month, 1) - timedelta(days=1)
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            firm_lines(director()),
            d,
            [(tr(lg, "Reg. no.", "Zeichennehmer-Nr.", "N° qualification"), no)],
        )
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Renewal of your registration",
                "Verlängerung Ihres Gütezeichens",
                "Renouvellement de votre certificat",
            ),
            s.bold,
            s.size,
        )
        f.y += 18
        write(f, s, dear(lg, director()))
        write(
            f,
            s,
            tr(
                lg,
                "Following your annual assessment and the satisfactory inspection of a sample of "
                "your installations, we enclose your renewed certificate of registration. Please "
                "make sure every notifiable installation is registered within 30 days of "
                "completion.",
                "nach der erfolgreichen Fremdüberwachung Ihres Betriebes übersenden wir Ihnen die "
                "Urkunde über die Verleihung des RAL-Gütezeichens für das kommende Jahr.",
                "À la suite de l'examen de votre dossier par la commission, nous avons le plaisir "
                "de vous adresser votre certificat de qualification et la liste des qualifications "
                "attribuées.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "reg"),
            tr(lg, "Registrations Team", "Geschäftsstelle", "Service qualification"),
        )
        pages += close(f.pages, s, h, "none")
    size = LAND if rng.random() < 0.6 else A4
    p = Page(size)
    w2, h2 = size
    border(p)
    p.text(w2 / 2, 70, h.name.split(" - ")[0], h.bold, 14, "center")
    t = tr(lg, "CERTIFICATE OF REGISTRATION", "URKUNDE", "CERTIFICAT DE QUALIFICATION")
    p.text(w2 / 2, 110, t, h.bold, 22, "center")
    p.text(
        w2 / 2,
        140,
        tr(
            lg,
            "This is to certify that",
            "Hiermit wird bestätigt, dass",
            "Il est certifié que l'entreprise",
        ),
        h.font,
        11,
        "center",
    )
    p.text(w2 / 2, 170, fit(firm_name(), h.bold, 18, w2 - 100), h.bold, 18, "center")
    fh = firm_head()
    p.text(w2 / 2, 188, f"{fh.street}, {fh.town}", h.font, 10, "center")
    for k, ln in enumerate(
        wrap(
            tr(
                lg,
                "is registered as an Approved Installer under the FENSA Competent Person "
                "Scheme for "
                "the replacement of windows, doors and roof lights in existing dwellings, "
                "and may self-"
                "certify compliance with the Building Regulations.",
                "berechtigt ist, das RAL-Gütezeichen Fenster, Fassaden und Haustüren "
                "(RAL-GZ 695) für "
                "die Montage von Fenstern und Haustüren zu führen.",
                "est titulaire des qualifications mentionnées en annexe, attribuées "
                "conformément au "
                "référentiel QUALIBAT, dont la mention RGE (Reconnu Garant de l'Environnement).",
            ),
            h.font,
            10.5,
            w2 - 160,
        )
    ):
        p.text(w2 / 2, 214 + 14 * k, ln, h.font, 10.5, "center")
    yb = h2 - 110
    p.text(80, yb, f"{tr(lg, 'Registration no.', 'Nr.', 'N°')} {no}", h.font, 9)
    p.text(
        80,
        yb + 14,
        f"{tr(lg, 'Valid until', 'Gültig bis', 'Valable jusqu')}"
        f"{'' if lg != 'fr' else 'au'} {short(valid, lg)}",
        h.font,
        9,
    )
    seal(p, w2 / 2, yb, 34, h.name.split(" - ")[0][:26], short(d, lg))
    scrawl(p, w2 - 240, yb + 4, staff(h, "ceo"))
    p.line(w2 - 250, yb + 8, w2 - 80, yb + 8)
    p.text(w2 - 250, yb + 18, staff(h, "ceo"), h.font, 8)
    pages.append(p)
    if rng.random() < 0.6:
        g = plain(s, f"{h.name} - {no}")
        caption(
            g,
            s,
            tr(
                lg,
                "Annex - scope of registration",
                "Anlage - Geltungsbereich",
                "Annexe - qualifications attribuées",
            ),
            2,
            rule=True,
        )
        items = {
            "en": [
                "Replacement windows (dwellings)",
                "Replacement external doors > 50% glazed",
                "Roof lights and roof windows",
                "Conservatory glazing (exempt structures)",
            ],
            "de": [
                "Montage Fenster und Fenstertüren",
                "Montage Haustüren",
                "Montage Rollläden und Sonnenschutz",
                "Anschlussfugen nach RAL-Leitfaden",
            ],
            "fr": [
                "3511 Menuiseries extérieures (technicité courante)",
                "3512 Menuiseries extérieures (technicité confirmée) RGE",
                "4311 Fermetures et protections solaires",
                "3521 Vérandas",
            ],
        }[lg]
        c = columns(m, w - m, [(4, "left"), (1.2, "center"), (1.5, "center")])
        table(
            g,
            c,
            [
                tr(lg, "Activity", "Tätigkeit", "Qualification"),
                tr(lg, "Status", "Status", "Statut"),
                tr(lg, "Since", "Seit", "Depuis"),
            ],
            [
                [t2, tr(lg, "Approved", "erteilt", "attribuée"), str(d.year - rng.randint(1, 15))]
                for t2 in items[: rng.randint(2, 4)]
            ],
            s,
            rules=True,
        )
        g.y += 8
        g.heading(
            m,
            tr(lg, "Conditions of use", "Bedingungen", "Conditions d'utilisation"),
            s.bold,
            s.size,
        )
        for _ in range(rng.randint(3, 5)):
            write(g, s, "- " + words(rng, lg, "legal", rng.randint(10, 20)), s.size - 1)
        pages += g.pages
    remember(None, d)
    return pages


def tpl_compliance_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """The building regulations compliance paper of one installation: the FENSA certificate
    sent to the householder (the office keeps a copy), the installer's Unternehmererklärung
    nach § 96 GEG, or the customer's attestation for the reduced VAT rate (Cerfa 1301-SD
    style) signed and returned."""
    lg = home()
    job = job_for(rng, ("final_invoice",))
    d = max(
        last_day(rng, ("final_invoice",), (2, 21)), job.fitted + timedelta(days=rng.randint(2, 20))
    )
    if lg == "en":
        h = head_of(who, "scheme")
        s = style_of(h, A4)
        w, hh = A4
        m = s.margin
        p = Page(A4)
        y = heading(p, s, h)
        p.text(w / 2, y + 6, "BUILDING REGULATIONS COMPLIANCE CERTIFICATE", s.bold, 13, "center")
        p.text(
            w / 2,
            y + 22,
            "The Building Regulations 2010 - Competent Person Self-Certification",
            s.font,
            8,
            "center",
        )
        y += 44
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Certificate number", serial(rng, "9999999")),
                ("Date of issue", short(d, lg)),
                ("Installation address", f"{job.street}, {job.town}"),
                ("Installation completed", short(job.fitted, lg)),
                ("Installer", firm_name()),
                ("FENSA registration no.", serial(keyed(who, "reg"), "99999")),
                ("Local authority", SENDERS["council"]["en"][region()][0].split(" - ")[0]),
                (
                    "Number of windows / doors",
                    f"{sum(o.code not in ('door', 'french', 'slide') for o in job.openings)} / "
                    f"{sum(o.code in ('door', 'french', 'slide') for o in job.openings)}",
                ),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        text = (
            "This certificate confirms that the work has been carried out by an installer "
            "registered with a Competent Person Scheme, and that the installer has declared "
            "compliance with the relevant requirements of the Building Regulations. The "
            "local authority has been notified. Please keep this certificate safe: you "
            "will need it when you sell your home."
        )
        for ln in wrap(text, s.font, 8.5, w - 2 * m):
            p.text(m, y, ln, s.font, 8.5)
            y += 11
        y += 10
        for k, ln in enumerate(
            [
                "Thermal performance: meets Part L (Uw 1.4 W/m2K or better, WER band B or better)",
                "Means of escape and safety glazing: Part B / Part K considered",
                "Ventilation: Part F background ventilation provided or maintained",
            ]
        ):
            box(p, m, y + k * 14, True)
            p.text(m + 14, y + k * 14, ln, s.font, 8.5)
        y += 60
        p.barcode("code128", serial(rng, "FE99999999"), m, y + 10)
        p.text(
            w - m, hh - 60, "Check this certificate at the scheme's website.", s.font, 7, "right"
        )
        return [p]
    if lg == "de":
        h = firm_head()
        s = style_of(h, A4)
        w, _ = A4
        m = s.margin
        f = sheets(s, h)
        recipient(f, s, h, cust_lines(job), d, [("Kommission", job.ref)])
        caption(f, s, "Unternehmererklärung nach § 96 Gebäudeenergiegesetz (GEG)", 1.5)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Eigentümer / Bauherr", job.cust),
                ("Gebäude", f"{job.street}, {job.town}"),
                ("Art der Maßnahme", "Ersatz / Erneuerung von Außenfenstern und -türen"),
                ("Abschluss der Arbeiten", short(job.fitted, lg)),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        c = columns(m, w - m, [(1, "left"), (3, "left"), (1.4, "right"), (1.3, "right")])
        table(
            f,
            c,
            ["Pos", "Bauteil", "Fläche m2", "Uw W/(m2K)"],
            [
                [
                    o.ref,
                    o.label,
                    f"{o.width * o.height / 1e6:.2f}".replace(".", ","),
                    rng.choice(["0,90", "0,94", "1,1", "1,2", "0,81"]),
                ]
                for o in job.openings
            ],
            s,
            rules=True,
        )
        write(
            f,
            s,
            "Hiermit wird bestätigt, dass die oben genannten Bauteile den Anforderungen "
            "des GEG (Anlage 7, Höchstwerte der Wärmedurchgangskoeffizienten) entsprechen. "
            "Die Erklärung ist vom Eigentümer mindestens zehn Jahre aufzubewahren.",
            s.size - 1,
        )
        f.need(70)
        f.y += 20
        sign_box(
            f.page,
            s,
            m,
            f.y,
            (w - 2 * m) / 2,
            "Ort, Datum, Unterschrift Fachunternehmer",
            director(),
            short(d, lg),
        )
        f.y += 50
        return close(f.pages, s, h)
    h = firm_head()
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = 40
    p = Page(A4)
    p.text(w - m, 40, "N° 13948*05", s.font, 7, "right")
    p.text(w / 2, 52, "ATTESTATION SIMPLIFIÉE", s.bold, 12, "center")
    p.text(
        w / 2,
        66,
        "TVA - Taux réduits - Travaux dans les locaux d'habitation achevés depuis plus de deux ans",
        s.font,
        7.5,
        "center",
    )
    y = band(p, s, 90, "1 - Identité du client ou de son représentant") + 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Nom, prénom", job.cust),
            ("Adresse", job.street),
            ("Code postal / commune", job.town),
            ("Qualité", rng.choice(["propriétaire occupant", "propriétaire bailleur"])),
        ],
    )
    y = band(p, s, y, "2 - Nature des locaux") + 6
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        ["maison ou immeuble individuel", "appartement individuel", "parties communes", "autre"],
        {0 if rng.random() < 0.7 else 1},
    )
    y = band(p, s, y + 4, "3 - Date d'achèvement des locaux") + 6
    y = ticks(p, s, m, y, w - 2 * m, ["plus de deux ans"], {0}) + 4
    y = band(p, s, y, "4 - Nature des travaux réalisés") + 6
    y = (
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                "plancher",
                "fondations",
                "murs porteurs",
                "charpente",
                "façades",
                "portes et fenêtres extérieures",
                "isolation thermique",
            ],
            {5},
        )
        + 4
    )
    hand(p, m, y + 6, f"Remplacement de {len(job.openings)} menuiseries - facture {job.ref}", 9.5)
    y = band(p, s, y + 24, "5 - Engagement du client") + 8
    for ln in wrap(
        "J'atteste que les travaux réalisés n'affectent pas plus de 5 des 6 éléments "
        "de second oeuvre et ne conduisent pas à une surélévation ou une addition de "
        "construction. Je conserve une copie de cette attestation ainsi que les "
        "factures jusqu'au 31 décembre de la cinquième année suivant les travaux.",
        s.font,
        8,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 8)
        y += 10
    y += 16
    p.text(m, y, "Fait à", s.font, 8)
    hand(p, m + 40, y, job.town.split(" ", 1)[-1], 9.5)
    p.text(w / 2, y, "le", s.font, 8)
    hand(p, w / 2 + 20, y, short(d, lg), 9.5)
    y += 30
    p.text(m, y, "Signature du client", s.font, 8)
    scrawl(p, m + 100, y + 4, job.cust)
    return [p]


GUARANTEE_TERMS = {
    "en": [
        "What is covered",
        "Period of cover",
        "Ceased trading",
        "Deposit protection",
        "Exclusions",
        "Making a claim",
        "Transfer on sale of property",
        "Complaints",
        "Financial Services Compensation Scheme",
        "Data protection",
    ],
    "de": [
        "Garantieumfang",
        "Garantiedauer",
        "Voraussetzungen",
        "Ausschlüsse",
        "Wartung",
        "Geltendmachung",
        "Übertragbarkeit",
        "Gesetzliche Rechte",
    ],
    "fr": [
        "Objet de la garantie",
        "Durée",
        "Conditions",
        "Exclusions",
        "Entretien",
        "Mise en oeuvre",
        "Transmission",
        "Garanties légales",
    ],
}


def tpl_guarantee_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """The guarantee of one installation: in England an insurance-backed guarantee
    certificate from the guarantee provider (policy number, installer, cover period, the
    deposit and ceased-trading cover) with the policy terms behind; in Germany and France
    the frame maker's guarantee certificate (Garantieurkunde, certificat de garantie), now
    and then with its maintenance and guarantee conditions."""
    h = head_of(who, "guarantor")
    lg = h.lang
    job = job_for(rng, ("compliance_cert", "final_invoice"))
    d = max(
        last_day(rng, ("compliance_cert", "final_invoice"), (1, 14)),
        job.fitted + timedelta(days=rng.randint(10, 40)),
    )
    size = A4 if rng.random() < 0.7 else LAND
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    p = Page(size)
    border(p, 14)
    y = heading(p, s, h, top=44)
    title = tr(
        lg, "INSURANCE BACKED GUARANTEE CERTIFICATE", "GARANTIEURKUNDE", "CERTIFICAT DE GARANTIE"
    )
    p.text(w / 2, y + 10, title, s.bold, shrink(title, s.bold, 17, w - 2 * m), "center")
    y += 34
    years = tr(lg, "10 years", "10 Jahre", "10 ans")
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Policy / certificate no.", "Garantie-Nr.", "N° de garantie"),
                ref(rng, tr(lg, "IBG/99/999999", "GU-2099-99999", "GAR |99999999")),
            ),
            (tr(lg, "Date of issue", "Ausstellungsdatum", "Date d'émission"), short(d, lg)),
            (tr(lg, "Policyholder", "Garantienehmer", "Bénéficiaire"), job.cust),
            (tr(lg, "Property", "Objekt", "Adresse du chantier"), f"{job.street}, {job.town}"),
            (tr(lg, "Installer", "Fachbetrieb", "Installateur"), firm_name()),
            (
                tr(lg, "Contract value", "Auftragswert", "Montant des travaux"),
                cash(job.net * (1 + vat_rate(home()) / 100), home()),
            ),
            (
                tr(lg, "Period of cover", "Garantiedauer", "Durée"),
                f"{years} {tr(lg, 'from', 'ab', 'à compter du')} {short(job.fitted, lg)}",
            ),
            (tr(lg, "Products", "Produkte", "Produits"), f"{len(job.openings)} x {job.profile}"),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y += 4
    for ln in wrap(
        tr(
            lg,
            "This certificate confirms that the installer's written guarantee is backed by an "
            "insurance policy. Should the installer cease to trade, the insurer will honour the "
            "terms of the installer's guarantee for the remainder of its period.",
            "Wir gewähren auf die oben genannten Produkte eine Herstellergarantie auf "
            "Profilverfärbung, Verschweißung und Funktion der Beschläge gemäß den umseitigen "
            "Garantiebedingungen.",
            "Nous garantissons les menuiseries désignées ci-dessus contre tout défaut de "
            "fabrication, dans les conditions précisées au verso.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, s.size)
        y += s.size * 1.4
    yb = hh - m - 50
    seal(p, w - m - 60, yb - 10, 30, h.name[:24], tr(lg, "GUARANTEE", "GARANTIE", "GARANTIE"))
    scrawl(p, m, yb, staff(h, "uw"))
    p.line(m, yb + 4, m + 180, yb + 4)
    p.text(
        m,
        yb + 14,
        f"{staff(h, 'uw')} - {tr(lg, 'for the insurer', 'Garantiegeber', 'pour le garant')}",
        s.font,
        7.5,
    )
    pages = [p]
    if rng.random() < 0.55:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Policy terms and conditions",
                    "Garantiebedingungen",
                    "Conditions de garantie",
                ),
                GUARANTEE_TERMS[lg],
                size=A4,
            )
        )
    remember(job, d)
    return pages


def invoice_common(rng: random.Random, final: bool) -> list[Page]:
    h = firm_head()
    lg = h.lang
    kinds = ("contract",) if not final else ("remedial_sheet", "delivery_note")
    job = job_for(rng, kinds)
    d = (
        last_day(rng, ("contract",), (0, 3))
        if not final
        else job.fitted + timedelta(days=rng.randint(0, 6))
    )
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, _ = s.page_size
    m = s.margin
    no = ref(rng, tr(lg, "INV-99999", "RE-2099-9999", "FA |99999"))
    title = (
        tr(lg, "FINAL INVOICE", "SCHLUSSRECHNUNG", "FACTURE DE SOLDE")
        if final
        else tr(lg, "DEPOSIT INVOICE", "ANZAHLUNGSRECHNUNG", "FACTURE D'ACOMPTE")
    )
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        cust_lines(job),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Job no.", "Kommission", "Affaire"), job.ref),
            (
                tr(lg, "Tax point", "Leistungsdatum", "Date de prestation"),
                short(job.fitted if final else d, lg),
            ),
        ],
    )
    caption(f, s, title, 4)
    c = columns(m, w - m, [(0.8, "left"), (4.2, "left"), (0.6, "right"), (1.4, "right")])
    rate = vat_rate(lg)
    if final:
        rows = [
            [o.ref, f"{o.label} {o.width} x {o.height} - {o.room}", "1", money(o.price, lg)]
            for o in job.openings
        ]
        if job.conservatory:
            rows.append(
                ["C1", job.what, "1", money(job.net - sum(o.price for o in job.openings), lg)]
            )
        table(
            f,
            c,
            [
                tr(lg, "Ref", "Pos", "Rep"),
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Qty", "Stk", "Qté"),
                tr(lg, "Net", "Netto", "HT"),
            ],
            rows,
            s,
            rules=True,
        )
        gross_dep = job.deposit
        totals(
            f,
            s,
            lg,
            job.net,
            rate,
            less=[
                (
                    tr(lg, "Less deposit received", "abzgl. Anzahlung", "Acompte déjà versé"),
                    gross_dep,
                )
            ],
            note=tr(
                lg,
                "Finance customers: the balance will be paid by the lender." if job.finance else "",
                f"Gemäß § 35a EStG: Lohnanteil der Rechnung {cash(job.net * 0.28, lg)}.",
                "",
            ),
        )
    else:
        net = round(job.deposit / (1 + rate / 100), 2)
        table(
            f,
            c,
            [
                tr(lg, "Ref", "Pos", "Rep"),
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Qty", "Stk", "Qté"),
                tr(lg, "Net", "Netto", "HT"),
            ],
            [
                [
                    "1",
                    tr(
                        lg,
                        f"Deposit on contract dated {short(job.signed, lg)} - {job.what}",
                        f"Anzahlung gemäß Auftrag vom {short(job.signed, lg)} - {job.what}",
                        f"Acompte sur commande du {short(job.signed, lg)} - {job.what}",
                    ),
                    "1",
                    money(net, lg),
                ]
            ],
            s,
            rules=True,
        )
        totals(f, s, lg, net, rate)
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay by bank transfer quoting {no}. Thank you for your custom.",
            f"Bitte überweisen Sie den Betrag innerhalb von 8 Tagen unter Angabe der "
            f"Rechnungsnummer {no}.",
            f"Règlement à réception par virement ou chèque à l'ordre de {firm_name()}. Pas "
            "d'escompte pour paiement anticipé. Pénalités de retard : 3 fois le taux d'intérêt "
            "légal, indemnité forfaitaire de 40 €.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if final and rng.random() < 0.4:
        s2 = style_of(h, A5, margin=30, pt=8)
        g = sheets(s2, h)
        caption(
            g,
            s2,
            tr(
                lg,
                "Completion and satisfaction note",
                "Abnahmeprotokoll",
                "Procès-verbal de réception",
            ),
            1,
        )
        g.y = pairs(
            g.page,
            s2,
            30,
            g.y,
            [
                (tr(lg, "Job", "Kommission", "Affaire"), job.ref),
                (tr(lg, "Customer", "Kunde", "Client"), job.cust),
                (tr(lg, "Fitted", "Montiert am", "Posé le"), short(job.fitted, lg)),
            ],
            A5[0] - 30,
        )
        g.y = ticks(
            g.page,
            s2,
            30,
            g.y + 4,
            A5[0] - 60,
            [
                tr(lg, "All units working", "Alle Elemente gangbar", "Fonctionnement OK"),
                tr(lg, "Site left clean", "Baustelle sauber", "Chantier propre"),
                tr(lg, "Keys handed over", "Schlüssel übergeben", "Clés remises"),
                tr(lg, "Without reservations", "ohne Mängel", "Sans réserve"),
            ],
            {0, 1, 2} | ({3} if rng.random() < 0.7 else set()),
        )
        hand(g.page, 30, g.y + 6, words(rng, lg, "fit", 5)[:-1], 9, A5[0] - 60)
        g.y += 24
        half = (A5[0] - 60) / 2
        sign_box(
            g.page,
            s2,
            30,
            g.y,
            half,
            tr(lg, "Customer", "Kunde", "Client"),
            job.cust,
            short(job.fitted, lg),
        )
        sign_box(
            g.page,
            s2,
            36 + half,
            g.y,
            half - 6,
            tr(lg, "Fitter", "Monteur", "Poseur"),
            team_of(job)[0],
            "",
        )
        pages += g.pages
    remember(job, d, no)
    return pages


def tpl_deposit_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's deposit invoice on a signed contract (Anzahlungsrechnung, facture
    d'acompte), one line and the VAT."""
    return invoice_common(rng, final=False)


def tpl_final_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's final invoice after fitting: the openings, VAT, the deposit taken off,
    the balance; now and then the completion note signed by the customer behind it."""
    return invoice_common(rng, final=True)


def tpl_finance_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A lender's finance agreement with a customer of the installer, as the installer (the
    credit broker) keeps it: the pre-contract credit information, the agreement with the
    credit table and both signatures, pages of terms, and the direct debit mandate."""
    h = head_of(who, "lender")
    lg = h.lang
    job = job_for(rng, ("contract", "deposit_invoice"))
    d = job.signed
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, _hh = A4
    m = s.margin
    cash_price = round(job.net * (1 + vat_rate(lg) / 100), 2)
    credit = round(cash_price - job.deposit, 2)
    months = rng.choice([24, 36, 60, 84, 120])
    apr = rng.choice([0.0, 9.9, 11.9, 14.9]) if lg == "en" else rng.choice([0.0, 3.99, 5.49, 6.9])
    r_ = apr / 100 / 12
    inst = credit / months if r_ == 0 else credit * r_ / (1 - (1 + r_) ** -months)
    no = ref(rng, tr(lg, "99999999", "KV 9999999", "OC 999 999 9"))
    head = f"{h.name} - {tr(lg, 'Agreement', 'Kreditvertrag', 'Offre de crédit')} {no}"
    rows = [
        (
            tr(lg, "Cash price of goods", "Barzahlungspreis", "Prix au comptant"),
            cash(cash_price, lg),
        ),
        (tr(lg, "Deposit", "Anzahlung", "Apport"), cash(job.deposit, lg)),
        (tr(lg, "Amount of credit", "Nettodarlehensbetrag", "Montant du crédit"), cash(credit, lg)),
        (
            tr(lg, "Duration", "Laufzeit", "Durée"),
            tr(lg, f"{months} months", f"{months} Monate", f"{months} mois"),
        ),
        (tr(lg, "Monthly payment", "Monatliche Rate", "Mensualité"), cash(inst, lg)),
        (
            tr(lg, "Total amount payable", "Gesamtbetrag", "Montant total dû"),
            cash(inst * months + job.deposit, lg),
        ),
        (
            tr(lg, "APR (representative)", "Effektiver Jahreszins", "TAEG fixe"),
            f"{apr:.1f} %".replace(".", "," if lg != "en" else "."),
        ),
    ]
    pages: list[Page] = []
    # pre-contract information
    f = sheets(s, h, head)
    caption(
        f,
        s,
        tr(
            lg,
            "PRE-CONTRACT CREDIT INFORMATION",
            "EUROPÄISCHE STANDARDINFORMATIONEN FÜR VERBRAUCHERKREDITE",
            "FICHE D'INFORMATIONS PRÉCONTRACTUELLES",
        ),
        1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "(Standard European Consumer Credit Information)",
            "(Art. 247 § 2 EGBGB)",
            "(article L312-12 du Code de la consommation)",
        ),
        s.size - 1.5,
    )
    for k, (t, body) in enumerate(
        [
            (
                tr(lg, "1. Contact details", "1. Kreditgeber", "1. Identité du prêteur"),
                f"{h.name}, {h.street}, {h.town}. "
                f"{tr(lg, 'Credit broker', 'Kreditvermittler', 'Intermédiaire')}: {firm_name()}",
            ),
            (
                tr(
                    lg,
                    "2. Key features of the credit product",
                    "2. Beschreibung der Kreditmerkmale",
                    "2. Caractéristiques du crédit",
                ),
                prose(rng, lg, "money", 1, 2),
            ),
            (
                tr(lg, "3. Costs of the credit", "3. Kreditkosten", "3. Coût du crédit"),
                prose(rng, lg, "money", 1, 2),
            ),
            (
                tr(
                    lg,
                    "4. Other important legal aspects",
                    "4. Andere wichtige rechtliche Aspekte",
                    "4. Autres aspects juridiques",
                ),
                prose(rng, lg, "legal", 2, 3),
            ),
        ]
    ):
        f.heading(m, t, s.bold, s.size)
        write(f, s, body, s.size - 0.5)
        if k == 1:
            f.y = pairs(f.page, s, m + 10, f.y, rows, w - m) + 8
    pages += close(f.pages, s, h, "none")
    # agreement
    g = sheets(s, h, head)
    caption(
        g,
        s,
        tr(
            lg,
            "FIXED SUM LOAN AGREEMENT regulated by the Consumer Credit Act 1974",
            "KREDITVERTRAG (Verbraucherdarlehen, verbundenes Geschäft)",
            "OFFRE DE CONTRAT DE CRÉDIT AFFECTÉ",
        ),
        1,
    )
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (tr(lg, "Agreement no.", "Vertrags-Nr.", "N° d'offre"), no),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Borrower", "Darlehensnehmer", "Emprunteur"), job.cust),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{job.street}, {job.town}"),
            (tr(lg, "Supplier", "Verkäufer", "Vendeur"), firm_name()),
            (tr(lg, "Goods", "Finanzierter Gegenstand", "Bien financé"), job.what),
        ],
        per=2,
        tall=24,
    )
    c = columns(m, w - m, [(3, "left"), (1.4, "right")])
    table(
        g,
        c,
        [tr(lg, "Financial details", "Kreditdaten", "Caractéristiques"), ""],
        [[a, b] for a, b in rows],
        s,
        rules=True,
    )
    g.y += 6
    write(
        g,
        s,
        tr(
            lg,
            "Repayments: first payment one month after the goods are installed, "
            "then monthly by direct debit.",
            "Die erste Rate ist einen Monat nach Auszahlung fällig, danach monatlich.",
            "Première échéance 30 jours après la livraison-pose, puis mensuellement.",
        ),
        s.size - 1,
    )
    for _ in range(rng.randint(2, 4)):
        g.heading(m, words(rng, lg, "legal", 4)[:-1], s.bold, s.size - 0.5)
        write(g, s, prose(rng, lg, "legal", 2, 4), s.size - 1)
    g.need(120)
    g.y += 10
    half = (w - 2 * m) / 2
    sign_box(
        g.page,
        s,
        m,
        g.y,
        half,
        tr(
            lg, "Signature of borrower", "Unterschrift Darlehensnehmer", "Signature de l'emprunteur"
        ),
        job.cust,
        short(d, lg),
    )
    sign_box(
        g.page,
        s,
        m + half + 6,
        g.y,
        half - 6,
        tr(lg, "Signed for the lender", "Für den Kreditgeber", "Pour le prêteur"),
        staff(h, "uw"),
        short(d + timedelta(days=rng.randint(1, 4)), lg),
    )
    g.y += 56
    pages += close(g.pages, s, h, "none")
    if rng.random() < 0.7:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms of the agreement",
                    "Allgemeine Darlehensbedingungen",
                    "Conditions générales du crédit",
                ),
                [words(rng, lg, "legal", 3)[:-1] for _ in range(12)],
                "legal",
            )
        )
    # mandate
    p = Page(A4)
    y = heading(p, s, h)
    t = tr(
        lg,
        "Instruction to your bank or building society to pay by Direct Debit",
        "SEPA-Lastschriftmandat",
        "Mandat de prélèvement SEPA",
    )
    p.text(m, y, fit(t, s.bold, s.size + 2, w - 2 * m), s.bold, s.size + 2)
    y = fields(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        [
            (tr(lg, "Name of account holder", "Kontoinhaber", "Titulaire du compte"), job.cust),
            (
                tr(lg, "Sort code / account", "IBAN", "IBAN"),
                serial(
                    rng,
                    tr(
                        lg,
                        "99-99-99  99999999",
                        "DE99 9999 9999 9999 9999 99",
                        "FR76 9999 9999 9999 9999 9999 999",
                    ),
                ),
            ),
            (tr(lg, "Reference", "Mandatsreferenz", "RUM"), no),
            (
                tr(lg, "Service user / creditor ID", "Gläubiger-ID", "ICS"),
                serial(keyed(who, "ci"), tr(lg, "999999", "DE99ZZZ00000999999", "FR99ZZZ999999")),
            ),
        ],
        per=2,
        tall=28,
    )
    for ln in wrap(prose(rng, lg, "money", 2, 3), s.font, s.size - 1, w - 2 * m):
        p.text(m, y, ln, s.font, s.size - 1)
        y += s.size * 1.3
    y += 16
    sign_box(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2,
        tr(lg, "Signature(s)", "Unterschrift", "Signature"),
        job.cust,
        short(d, lg),
    )
    if lg == "en":
        p.text(w - m, y + 10, "DIRECT", "Helvetica-Bold", 12, "right")
        p.text(w - m, y + 24, "Debit", "Helvetica-Bold", 12, "right")
    pages.append(p)
    fmt = h.numbers if h.numbers != "none" else "{i}/{n}"
    number_pages(pages, s, fmt, h.corner, top=18, bottom=24 + 7 * len(h.foot))
    remember(job, d)
    return pages


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint after fitting: a handwritten letter on a notepad page, a typed
    letter or a printed e-mail; now and then a page of printed photos behind."""
    job = job_for(rng, ("final_invoice", "compliance_cert"))
    lg = job.abroad or home()
    d = job.fitted + timedelta(days=rng.randint(5, 50))
    kind = rng.choice(["hand", "typed", "mail"])
    pages: list[Page] = []
    complaint = tr(
        lg,
        rng.choice(
            [
                "Since your fitters left there is a draught around the back door and water "
                "comes in under the threshold when it rains.",
                "The bedroom window will not lock properly and the sealant outside is patchy.",
                "One of the sealed units in the lounge has misted up between the panes.",
                "Your men left plaster dust all over the landing carpet and there is a long "
                "scratch on the new front door.",
            ]
        ),
        rng.choice(
            [
                "Seit der Montage zieht es an der Balkontür, und bei Regen läuft Wasser unter "
                "der Schwelle durch.",
                "Das Fenster im Schlafzimmer lässt sich nicht richtig schließen, die "
                "Silikonfuge außen ist unsauber.",
                "Eine Scheibe im Wohnzimmer ist zwischen den Gläsern beschlagen.",
                "Ihre Monteure haben den Flur verschmutzt, und die neue Haustür hat einen "
                "langen Kratzer.",
            ]
        ),
        rng.choice(
            [
                "Depuis la pose, il y a un courant d'air autour de la porte-fenêtre et l'eau "
                "passe sous le seuil quand il pleut.",
                "La fenêtre de la chambre ferme mal et le joint extérieur est irrégulier.",
                "Un double vitrage du séjour est embué entre les deux verres.",
                "Vos poseurs ont laissé de la poussière partout et la porte d'entrée est rayée.",
            ]
        ),
    )
    body = [
        complaint,
        words(rng, lg, "complaint", rng.randint(10, 18)),
        tr(
            lg,
            f"I have phoned your office three times and nobody has called back. I would "
            f"like this put right before I pay the balance of the invoice ({job.ref}).",
            f"Ich habe mehrfach angerufen, ohne Rückruf. Bitte beheben Sie die Mängel "
            f"kurzfristig; bis dahin behalte ich einen Teil der Schlussrechnung ({job.ref}) ein.",
            f"J'ai appelé plusieurs fois sans réponse. Je vous demande d'intervenir rapidement ; "
            f"je retiens le solde de la facture ({job.ref}) en attendant.",
        ),
    ]
    if kind == "mail":
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "short")
        f = plain(s)
        p = f.page
        p.text(
            54,
            40,
            f"{job.cust.split(' & ')[0]} <{job.cust.split()[-1].lower()}"
            f"{rng.randint(1, 99)}@"
            f"{rng.choice(['gmail.com', 'web.de', 'orange.fr', 'btinternet.com'])}>",
            "Helvetica-Bold",
            9,
        )
        f.y = (
            pairs(
                p,
                s,
                54,
                58,
                [
                    (
                        tr(lg, "Sent", "Gesendet", "Envoyé"),
                        f"{short(d, lg)} {rng.randint(7, 22)}:{rng.randint(10, 59)}",
                    ),
                    (
                        tr(lg, "To", "An", "À"),
                        firm_head().mail or f"info@{firm_name().split()[0].lower()}.co",
                    ),
                    (
                        tr(lg, "Subject", "Betreff", "Objet"),
                        tr(
                            lg,
                            f"Complaint - job {job.ref}",
                            f"Reklamation Kommission {job.ref}",
                            f"Réclamation - chantier {job.ref}",
                        ),
                    ),
                ],
                A4[0] / 2 + 60,
                8.5,
            )
            + 8
        )
        p.line(54, f.y - 6, A4[0] - 54, f.y - 6)
        f.y += 6
        write(f, s, dear(lg, None))
        for t in body:
            write(f, s, t)
        write(f, s, job.cust)
        p2 = f.pages[-1]
        p2.text(
            54,
            A4[1] - 30,
            fit(
                f"https://mail.{rng.choice(['google.com', 'web.de', 'orange.fr'])}"
                f"/mail/u/0/#inbox/{serial(rng, 'AAAA99999AAAA9999')}",
                "Helvetica",
                6.5,
                300,
            ),
            "Helvetica",
            6.5,
        )
        p2.text(A4[0] - 54, A4[1] - 30, "1/1", "Helvetica", 6.5, "right")
        pages += f.pages
    else:
        size = A5 if kind == "hand" else A4
        typed = kind == "typed"
        font = "Times-Roman" if typed else HAND
        pt = 10 if typed else 10.5
        step = 14 if typed else 17
        w, hh = size
        m = 44 if typed else 30
        p = Page(size)
        if not typed:
            for k in range(int((hh - 50) / 17)):
                p.line(16, 50 + k * 17, w - 16, 50 + k * 17)
            p.line(40, 0, 40, hh)
        # handwriting sits on the ruled lines (rules 2 below each baseline)
        y = 48.0 + 17 if not typed else 46.0
        for t in [job.cust, job.street, job.town, short(d, lg)]:
            p.text(w - m, y, t, font, pt - 1, "right")
            y += step if not typed else step - 2
        y += 17 if not typed else 10
        if typed:
            for t in firm_lines():
                p.text(m, y, t, font, pt - 1)
                y += 12
            y += 12
        p.text(m + (12 if not typed else 0), y, dear(lg, None), font, pt)
        y += step if not typed else step + 4
        cur = [p]
        for t in body:
            for ln in wrap(t, font, pt, w - 2 * m - 12):
                if y > hh - 60:
                    p = Page(size)
                    cur.append(p)
                    if not typed:
                        for k in range(int((hh - 50) / 17)):
                            p.line(16, 50 + k * 17, w - 16, 50 + k * 17)
                    y = 48.0 + 17
                p.text(m + (12 if not typed else 0), y, ln, font, pt)
                y += step
            y += step * 0.5 if typed else 0
        y += 10
        if y > hh - 60:
            p = Page(size)
            cur.append(p)
            y = 60.0
        scrawl(p, m + 12, y + 10, job.cust)
        pages += cur
    received(rng, pages[0], d, 0.45)
    if rng.random() < 0.35:
        q = Page(A4)
        w, hh = A4
        q.text(
            40,
            40,
            tr(lg, f"Photos - {job.street}", f"Fotos - {job.street}", f"Photos - {job.street}"),
            HAND,
            11,
        )
        for k in range(rng.choice([2, 4])):
            x = 40 + (k % 2) * ((w - 80) / 2 + 6)
            yy = 60 + (k // 2) * 330
            photo(q, x, yy, (w - 92) / 2, 300, rng)
        pages.append(q)
    remember(job, d)
    return pages


def tpl_remedial_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A fitter's remedial or service work sheet from the pad (A5 or A4): the reported fault,
    tick boxes for what was found, the work done, parts, times and the customer's
    signature."""
    h = firm_head()
    lg = h.lang
    job = job_for(rng, ("complaint",))
    d = last_day(rng, ("complaint",), (3, 15))
    size = A5 if rng.random() < 0.6 else A4
    s = style_of(h, size, margin=26 if size == A5 else 36, pt=8)
    w, _hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "REMEDIAL / SERVICE WORK SHEET",
        "SERVICE- UND NACHARBEITSBERICHT",
        "BON D'INTERVENTION SAV",
    )
    p.text(m, y, fit(title, s.bold, 11, w - 2 * m - 60), s.bold, 11)
    p.text(w - m, y, f"No. {serial(rng, '9999')}", "Courier-Bold", 10, "right")
    y = fields(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), job.cust),
            (tr(lg, "Job no.", "Kommission", "Affaire"), job.ref),
            (tr(lg, "Address", "Anschrift", "Adresse"), job.street),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=22,
    )
    p.text(m, y, tr(lg, "Fault reported", "Gemeldeter Mangel", "Désordre signalé"), s.bold, 8)
    hand(p, m, y + 14, words(rng, lg, "complaint", 8)[:-1], 9, w - 2 * m)
    y += 30
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Hinges adjusted", "Beschlag justiert", "Réglage ferrures"),
            tr(lg, "Sealant redone", "Fuge erneuert", "Joint refait"),
            tr(lg, "Unit replaced", "Glas getauscht", "Vitrage remplacé"),
            tr(lg, "Lock / gearbox", "Schloss / Getriebe", "Serrure / crémone"),
            tr(lg, "Cleaned up", "gereinigt", "Nettoyage"),
            tr(lg, "Return visit needed", "Zweitbesuch nötig", "Retour nécessaire"),
        ],
        set(rng.sample(range(6), rng.randint(1, 3))),
    )
    p.text(m, y, tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux effectués"), s.bold, 8)
    y += 14
    for _ in range(3):
        hand(p, m, y, words(rng, lg, "fit", rng.randint(5, 8))[:-1], 9, w - 2 * m)
        p.line(m, y + 3, w - m, y + 3)
        y += 15
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Time on", "Beginn", "Arrivée"),
                f"{rng.randint(8, 14)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Time off", "Ende", "Départ"),
                f"{rng.randint(14, 17)}:{rng.choice(['00', '20', '40'])}",
            ),
            (
                tr(lg, "Parts used", "Material", "Pièces"),
                rng.choice(
                    ["-", tr(lg, "1 gasket, silicone", "Dichtung, Silikon", "joint, silicone")]
                ),
            ),
            (tr(lg, "Chargeable", "Berechnung", "Facturable"), rng.choice(yes_no(lg))),
        ],
        per=4,
        tall=22,
    )
    half = (w - 2 * m) / 2
    sign_box(p, s, m, y, half, tr(lg, "Fitter", "Monteur", "Technicien"), team_of(job)[1], "")
    sign_box(
        p,
        s,
        m + half + 6,
        y,
        half - 6,
        tr(lg, "Customer", "Kunde", "Client"),
        job.cust,
        short(d, lg),
    )
    remember(job, d)
    return [p]


def tpl_glass_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A glass supplier's invoice for sealed units and toughened or laminated panes, one line
    per unit with its size, area, spec and job reference; long ones run over pages under a
    running header."""
    h = head_of(who, "glass", abroad=0.1)
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4 if lg != "en" or keyed(who, "l").random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    no = ref(rng, tr(lg, "GI999999", "RE 9999999", "F-999999"))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "A9999")),
            (
                tr(lg, "Delivered", "Lieferdatum", "Livré le"),
                short(d - timedelta(days=rng.randint(0, 4)), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    c = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (3.2, "left"),
            (1.4, "center"),
            (0.8, "right"),
            (0.9, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    net = 0.0
    jobs = rng.sample(JOBS, min(len(JOBS), rng.randint(1, 4))) if JOBS else []
    n = rng.choice([4, 7, 12, 20, 34, 48])
    for _ in range(n):
        wd, ht = rng.randint(280, 1900), rng.randint(300, 1950)
        area = max(wd * ht / 1e6, 0.3)
        rate = rng.choice([38.0, 44.5, 52.0, 61.0, 88.0])
        amt = round(area * rate, 2)
        net += amt
        rows.append(
            [
                rng.choice(jobs).ref if jobs else serial(rng, "9999"),
                rng.choice(GLAZING[lg]),
                f"{wd} x {ht}",
                f"{area:.2f}",
                money(rate, lg),
                money(amt, lg),
            ]
        )
    table(
        f,
        c,
        [
            tr(lg, "Your ref", "Kommission", "Réf."),
            tr(lg, "Specification", "Aufbau", "Composition"),
            tr(lg, "Size (mm)", "Maß (mm)", "Dim. (mm)"),
            "m2",
            tr(lg, "Rate", "EP/m2", "PU/m2"),
            tr(lg, "Net", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
        step=1.5,
    )
    dl = rng.choice([0.0, 25.0, 35.0])
    if dl:
        f.page.text(
            m,
            f.y,
            tr(lg, "Delivery charge", "Frachtpauschale", "Frais de livraison"),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(dl, lg), s.font, s.size - 1, "right")
        f.y += 14
    abroad = lg != home()
    totals(
        f,
        s,
        lg,
        round(net + dl, 2),
        0.0 if abroad else (vat_rate(lg) if lg != "fr" else 20.0),
        note=tr(
            lg,
            "Payment 30 days end of month. Glass racks remain our property.",
            "Zahlbar 30 Tage netto, 8 Tage 2 % Skonto. Glasgestelle bleiben unser Eigentum.",
            "Paiement à 45 jours fin de mois. Pupitres consignés.",
        ),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.4)
    remember(None, d)
    return pages


def tpl_profile_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A profile and hardware supplier's monthly invoice listing the month's deliveries by
    date and delivery note (profiles in 6 m lengths, reinforcement, gaskets, handles,
    sealant, fixings), now and then with a remittance slip at the foot."""
    h = head_of(who, "profile", abroad=0.08)
    lg = h.lang
    d = add_months(month(), 1) - timedelta(days=1)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    no = ref(rng, tr(lg, "MI-99999", "SR 99999", "FM99999"))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(),
        d,
        [
            (tr(lg, "Invoice", "Sammelrechnung", "Facture récapitulative"), no),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(month(), lg)} - {short(d, lg)}"),
        ],
    )
    caption(f, s, tr(lg, "MONTHLY INVOICE", "SAMMELRECHNUNG", "FACTURE MENSUELLE"), 3)
    goods = {
        "en": [
            ("Outer frame 70 mm, 6 m", 6),
            ("Sash profile, 6 m", 6),
            ("Steel reinforcement 6 m", 6),
            ("Gasket roll 200 m", 1),
            ("Espag handle, white", 10),
            ("Low-modulus silicone, box 25", 1),
            ("Frame fixings 7.5 x 132, box 100", 1),
            ("Cill 150 mm, 6 m", 6),
            ("Trickle vent 2500", 10),
        ],
        "de": [
            ("Blendrahmen 82 mm, 6,5 m", 6),
            ("Flügelprofil, 6,5 m", 6),
            ("Stahlarmierung 6 m", 6),
            ("Dichtung Rolle 200 m", 1),
            ("Fenstergriff weiß", 10),
            ("Kompriband 15/3-7", 1),
            ("Rahmendübel 10 x 132, VE 50", 1),
            ("Fensterbank Alu 165 mm", 6),
            ("Falzlüfter", 10),
        ],
        "fr": [
            ("Dormant 70 mm, barre 6,5 m", 6),
            ("Ouvrant, barre 6,5 m", 6),
            ("Renfort acier 6 m", 6),
            ("Joint, bobine 200 m", 1),
            ("Poignée blanche", 10),
            ("Mastic MS polymère, carton 25", 1),
            ("Vis de fixation 7,5 x 132, boîte 100", 1),
            ("Bavette alu 150 mm", 6),
            ("Entrée d'air hygro", 10),
        ],
    }[lg]
    c = columns(
        m,
        w - m,
        [(1.1, "left"), (1.2, "left"), (3.4, "left"), (0.7, "right"), (1, "right"), (1.1, "right")],
    )
    rows = []
    net = 0.0
    dd = month()
    for _ in range(rng.randint(2, 7)):
        dd += timedelta(days=rng.randint(2, 6))
        dn = serial(rng, "999999")
        for _ in range(rng.randint(2, 6)):
            g, mult = rng.choice(goods)
            q = rng.randint(1, 4) * mult
            pr = round(rng.uniform(1.2, 38), 2)
            net += q * pr
            rows.append([short(dd, lg), dn, g, str(q), money(pr, lg), money(q * pr, lg)])
    table(
        f,
        c,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Del. note", "LS-Nr.", "BL"),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "EP", "PU"),
            tr(lg, "Net", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        step=1.5,
    )
    abroad = lg != home()
    totals(f, s, lg, round(net, 2), 0.0 if abroad else (vat_rate(lg) if lg != "fr" else 20.0))
    if rng.random() < 0.4:
        f.need(90)
        f.y += 10
        slip_rule(
            f.page,
            m,
            w - m,
            f.y,
            tr(
                lg,
                "Remittance advice - please return with payment",
                "Zahlungsabschnitt",
                "Talon à joindre au règlement",
            ),
        )
        f.y += 18
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "P9999")),
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Amount paid", "Betrag", "Montant réglé"), ""),
            ],
            w / 2,
        )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.35)
    remember(None, d)
    return pages


def tpl_fleet_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the installer's van fleet and tools insurance: the covering
    letter, the schedule (cover, excesses, tools in transit and on site), the vehicle list on
    a landscape page and the certificate of motor insurance (or Versicherungsbestätigung,
    attestation d'assurance)."""
    h = head_of(who, "broker")
    lg = h.lang
    d = some_day(rng)
    renew = add_months(month(), 1)
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    pol = ref(rng, tr(lg, "MF/9999999/AA", "KF-99-999999", "FLT 9999999"))
    prem = round(len(VANS) * rng.uniform(1100, 1900) + rng.uniform(300, 900), 2)
    f = sheets(s, h, f"{h.name} - {pol}")
    recipient(f, s, h, firm_lines(director()), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)])
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Renewal - Motor Fleet and Tools",
            "Verlängerung Kfz-Flotte und Werkzeugversicherung",
            "Renouvellement flotte automobile et outillage",
        ),
        s.bold,
        s.size,
    )
    f.y += 18
    write(f, s, dear(lg, director()))
    write(
        f,
        s,
        tr(
            lg,
            f"Your policy falls due for renewal on {short(renew, lg)}. We have "
            f"obtained renewal terms of {cash(prem, lg)} including Insurance Premium Tax.",
            f"Ihr Vertrag wird zum {short(renew, lg)} verlängert. Der neue Jahresbeitrag "
            f"beträgt {cash(prem, lg)} inkl. Versicherungsteuer.",
            f"Votre contrat arrive à échéance le {short(renew, lg)}. La prime annuelle "
            f"s'élève à {cash(prem, lg)} TTC.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 2, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "acct"),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    pages = close(f.pages, s, h)
    g = sheets(s, h, f"{tr(lg, 'Schedule', 'Nachtrag', 'Conditions particulières')} {pol}")
    caption(g, s, tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 3)
    g.y = pairs(
        g.page,
        s,
        m,
        g.y,
        [
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), firm_name()),
            (
                tr(lg, "Period", "Laufzeit", "Période"),
                f"{short(renew, lg)} - "
                f"{short(date(renew.year + 1, renew.month, 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Cover", "Deckung", "Garantie"),
                tr(lg, "Comprehensive", "Vollkasko SB 500 €", "Tous risques"),
            ),
            (
                tr(lg, "Use", "Verwendung", "Usage"),
                tr(
                    lg,
                    "Class 1 business use incl. carriage of own goods",
                    "Werkverkehr",
                    "Usage professionnel",
                ),
            ),
            (
                tr(
                    lg,
                    "Tools in vehicles (any one van)",
                    "Werkzeug im Fahrzeug",
                    "Outillage transporté",
                ),
                cash(rng.choice([5000, 7500, 10000]), lg),
            ),
            (
                tr(lg, "Overnight tools security", "Nachtzeitklausel", "Clause de stationnement"),
                tr(
                    lg,
                    "locked vehicle, 9pm-7am in garage or alarm",
                    "verschlossene Garage 22-6 Uhr",
                    "véhicule fermé dans local clos de 21 h à 7 h",
                ),
            ),
            (
                tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
                cash(rng.choice([250, 500, 750]), lg),
            ),
            (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle"), cash(prem, lg)),
        ],
        w - m,
    )
    write(g, s, prose(rng, lg, "legal", 1, 3), s.size - 1)
    pages += close(g.pages, s, h)
    q = Page(LAND)
    w2, h2 = LAND
    q.text(
        40,
        40,
        fit(
            f"{h.name} - {tr(lg, 'Vehicle schedule', 'Fahrzeugliste', 'Liste des véhicules')} "
            f"- {pol}",
            h.bold,
            10,
            w2 - 80,
        ),
        h.bold,
        10,
    )
    q.line(40, 46, w2 - 40, 46)
    s2 = style_of(h, LAND, margin=40, pt=8.5)
    fl = Sheets(LAND, h2 - 40, lambda p, n: 64.0)
    fl.pages = [q]
    fl.page = q
    fl.y = 64.0
    c = columns(
        40,
        w2 - 40,
        [
            (1.2, "left"),
            (2.6, "left"),
            (0.7, "center"),
            (1.6, "left"),
            (1.2, "right"),
            (1.2, "right"),
        ],
    )
    table(
        fl,
        c,
        [
            tr(lg, "Registration", "Kennzeichen", "Immatriculation"),
            tr(lg, "Make / model", "Fabrikat / Typ", "Marque / modèle"),
            tr(lg, "Year", "EZ", "Année"),
            tr(lg, "Driver", "Fahrer", "Conducteur"),
            tr(lg, "Value", "Wert", "Valeur"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        [
            [
                v.reg,
                v.make,
                str(v.year),
                rng.choice(STAFF["fitters"] + STAFF["surveyor"]),
                cash(v.value, lg),
                money(prem / max(len(VANS), 1), lg),
            ]
            for v in VANS
        ],
        s2,
        rules=True,
        shade=0.88,
    )
    pages += fl.pages
    c_size = (A4[0], A4[1] / 2) if lg == "en" else A5L
    p = Page(c_size)
    cw, ch = c_size
    p.rect(16, 16, cw - 32, ch - 32)
    p.text(
        cw / 2,
        40,
        tr(
            lg,
            "CERTIFICATE OF MOTOR INSURANCE",
            "VERSICHERUNGSBESTÄTIGUNG",
            "ATTESTATION D'ASSURANCE",
        ),
        "Helvetica-Bold",
        12,
        "center",
    )
    yy = pairs(
        p,
        s,
        36,
        60,
        [
            (tr(lg, "Certificate no.", "Nr.", "N°"), serial(rng, "99999999")),
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), firm_name()),
            (
                tr(lg, "Vehicles", "Fahrzeuge", "Véhicules"),
                tr(
                    lg,
                    "Any commercial vehicle owned by or hired to the policyholder",
                    ", ".join(v.reg for v in VANS[:4]),
                    ", ".join(v.reg for v in VANS[:4]),
                ),
            ),
            (tr(lg, "Effective date", "Beginn", "Validité du"), short(renew, lg)),
            (
                tr(lg, "Expiry", "Ablauf", "au"),
                short(date(renew.year + 1, renew.month, 1) - timedelta(days=1), lg),
            ),
            (
                tr(lg, "Persons entitled to drive", "Fahrerkreis", "Conducteurs"),
                tr(
                    lg,
                    "Any driver aged 25+ employed by the policyholder",
                    "beliebig ab 23 Jahre",
                    "tout conducteur salarié",
                ),
            ),
        ],
        cw - 36,
        8,
    )
    p.text(
        36,
        yy + 10,
        tr(
            lg,
            "I hereby certify that the policy to which this certificate "
            "relates satisfies the requirements of the relevant law.",
            "Die Versicherung entspricht den Vorschriften des PflVG.",
            "Le présent document ne constitue pas une présomption de garantie.",
        ),
        "Helvetica",
        7,
    )
    scrawl(p, cw - 200, ch - 40, staff(h, "insurer"))
    pages.append(p)
    remember(None, d)
    return pages


def tpl_membership_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """The trade association's membership renewal: the letter with the subscription band,
    the renewal invoice, and the membership details form with the direct debit mandate to
    return."""
    h = head_of(who, "association")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    mno = serial(keyed(who, "mno"), "99999")
    fee = rng.choice([595.0, 780.0, 1040.0, 1320.0])
    f = sheets(s, h, f"{h.name} - {mno}")
    recipient(
        f,
        s,
        h,
        firm_lines(director()),
        d,
        [(tr(lg, "Member no.", "Mitglieds-Nr.", "N° adhérent"), mno)],
    )
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Membership renewal {d.year + 1}",
            f"Mitgliedsbeitrag {d.year + 1}",
            f"Cotisation {d.year + 1}",
        ),
        s.bold,
        s.size + 1,
    )
    f.y += 18
    write(f, s, dear(lg, director()))
    write(f, s, prose(rng, lg, "money", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            f"Your subscription band is based on a turnover of "
            f"{rng.choice(['£1m-£2.5m', '£500k-£1m', '£2.5m-£5m'])}.",
            "Die Beitragsstufe richtet sich nach der Zahl der Beschäftigten (bis 20).",
            "La cotisation est calculée selon l'effectif déclaré (moins de 20 salariés).",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "mem"),
        tr(lg, "Membership Services", "Mitgliederservice", "Service adhérents"),
    )
    pages = close(f.pages, s, h, "none")
    g = sheets(s, h, f"{h.name} - {mno}")
    caption(g, s, tr(lg, "INVOICE", "BEITRAGSRECHNUNG", "APPEL DE COTISATION"), 3)
    g.y = pairs(
        g.page,
        s,
        m,
        g.y,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N°"), serial(rng, "M99999")),
            (tr(lg, "Member", "Mitglied", "Adhérent"), firm_name()),
        ],
        w - m,
    )
    c = columns(m, w - m, [(4, "left"), (1.2, "right")])
    table(
        g,
        c,
        [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        [
            [
                tr(
                    lg,
                    f"Annual subscription {d.year + 1}",
                    f"Jahresbeitrag {d.year + 1}",
                    f"Cotisation annuelle {d.year + 1}",
                ),
                money(fee, lg),
            ],
            [
                tr(
                    lg,
                    "Consumer protection / deposit scheme levy",
                    "Umlage Gütesicherung",
                    "Contribution fonds de garantie",
                ),
                money(rng.choice([60.0, 95.0]), lg),
            ],
        ],
        s,
        rules=True,
    )
    totals(g, s, lg, fee + 60.0, vat_rate(lg) if lg != "fr" else 20.0)
    pages += close(g.pages, s, h)
    q = Page(A4)
    y = heading(q, s, h)
    q.text(
        m,
        y,
        tr(
            lg,
            "Membership details and Direct Debit",
            "Mitgliedsdaten und SEPA-Lastschriftmandat",
            "Fiche adhérent et mandat SEPA",
        ),
        s.bold,
        s.size + 2,
    )
    y = fields(
        q,
        s,
        m,
        y + 14,
        w - 2 * m,
        [
            (tr(lg, "Company", "Firma", "Raison sociale"), firm_name()),
            (tr(lg, "Member no.", "Mitglieds-Nr.", "N° adhérent"), mno),
            (tr(lg, "Main contact", "Ansprechpartner", "Contact"), director()),
            (tr(lg, "Employees", "Beschäftigte", "Effectif"), str(len(STAFF["fitters"]) + 4)),
            (tr(lg, "Bank account / IBAN", "IBAN", "IBAN"), ""),
            (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
        ],
        per=2,
        tall=28,
    )
    y = ticks(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Windows", "Fenster", "Fenêtres"),
            tr(lg, "Doors", "Haustüren", "Portes"),
            tr(lg, "Conservatories", "Wintergärten", "Vérandas"),
            tr(lg, "Commercial glazing", "Fassaden", "Façades"),
        ],
        {0, 1} | ({2} if rng.random() < 0.6 else set()),
    )
    pages.append(q)
    remember(None, d)
    return pages


FITTER_CLAUSES = {
    "en": [
        "Status of the subcontractor",
        "Works and standards",
        "Rates and payment",
        "CIS deductions",
        "Insurance",
        "Health and safety",
        "Tools and vehicles",
        "Defects and call-backs",
        "Customers and conduct",
        "Termination",
    ],
    "de": [
        "Vertragsgegenstand",
        "Ausführung",
        "Vergütung",
        "Freistellungsbescheinigung",
        "Versicherung",
        "Arbeitsschutz",
        "Werkzeug und Fahrzeug",
        "Gewährleistung",
        "Kundenschutz",
        "Kündigung",
    ],
    "fr": [
        "Objet",
        "Exécution des travaux",
        "Prix et paiement",
        "Obligations sociales",
        "Assurances",
        "Sécurité",
        "Matériel",
        "Garanties et SAV",
        "Non-sollicitation",
        "Résiliation",
    ],
}


def tpl_fitter_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's subcontract agreement with a self-employed fitter: the parties, the
    numbered clauses, the schedule of rates per unit, the signature page and behind it the
    copy of the fitter's CIS verification, Freistellungsbescheinigung nach § 48b EStG or
    attestation de vigilance URSSAF."""
    h = firm_head()
    lg = h.lang
    d = some_day(rng)
    fitter = person(keyed(who, "fitter"), lg)
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    title = tr(
        lg,
        "Subcontract Fitting Agreement",
        "Nachunternehmervertrag Fenstermontage",
        "Contrat de sous-traitance - pose de menuiseries",
    )
    f = sheets(s, h, f"{title} - {fitter}")
    caption(f, s, title, 3)
    write(
        f,
        s,
        tr(
            lg,
            f"between {firm_name()} (the Contractor) and {fitter} trading as "
            f"{fitter.split()[-1]} Installations (the Subcontractor)",
            f"zwischen {firm_name()} (Auftraggeber) und {fitter}, Montageservice (Nachunternehmer)",
            f"entre {firm_name()} (l'entreprise principale) et {fitter}, entrepreneur "
            "individuel (le sous-traitant)",
        ),
    )
    for k, t in enumerate(FITTER_CLAUSES[lg]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    g = sheets(s, h, f"{title} - {fitter}")
    caption(
        g,
        s,
        tr(lg, "Schedule 1 - Rates", "Anlage 1 - Vergütung", "Annexe 1 - Bordereau de prix"),
        2,
    )
    c = columns(m, w - m, [(4, "left"), (1, "center"), (1.2, "right")])
    table(
        g,
        c,
        [
            tr(lg, "Item", "Leistung", "Prestation"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Rate", "Preis", "Prix"),
        ],
        [
            [t, u, money(v, lg)]
            for t, u, v in [
                (
                    tr(
                        lg,
                        "Window up to 1.5 m2 incl. removal",
                        "Fenster bis 1,5 m2 inkl. Ausbau",
                        "Fenêtre jusqu'à 1,5 m2 dépose comprise",
                    ),
                    tr(lg, "each", "Stk", "u"),
                    65.0,
                ),
                (
                    tr(lg, "Window over 1.5 m2", "Fenster über 1,5 m2", "Fenêtre plus de 1,5 m2"),
                    tr(lg, "each", "Stk", "u"),
                    85.0,
                ),
                (
                    tr(lg, "Residential door", "Haustür", "Porte d'entrée"),
                    tr(lg, "each", "Stk", "u"),
                    140.0,
                ),
                (
                    tr(lg, "Patio / French doors", "Terrassentür / HST", "Porte-fenêtre / baie"),
                    tr(lg, "each", "Stk", "u"),
                    160.0,
                ),
                (
                    tr(lg, "Internal making good", "Beiputzarbeiten", "Reprise intérieure"),
                    tr(lg, "per opening", "je Öffnung", "par baie"),
                    25.0,
                ),
                (
                    tr(lg, "Day rate (remedials)", "Tagessatz Nacharbeit", "Journée SAV"),
                    tr(lg, "day", "Tag", "jour"),
                    220.0,
                ),
            ]
        ],
        s,
        rules=True,
    )
    g.need(120)
    g.y += 20
    half = (w - 2 * m) / 2
    sign_box(
        g.page,
        s,
        m,
        g.y,
        half,
        tr(lg, "For the Contractor", "Auftraggeber", "L'entreprise principale"),
        director(),
        short(d, lg),
    )
    sign_box(
        g.page,
        s,
        m + half + 6,
        g.y,
        half - 6,
        tr(lg, "Subcontractor", "Nachunternehmer", "Le sous-traitant"),
        fitter,
        short(d, lg),
    )
    g.y += 60
    pages = close(f.pages + g.pages, s, h)
    q = Page(A4)
    copier_edge(q, rng)
    x0, y0 = 70.0, 80.0
    q.rect(x0, y0, A4[0] - 140, 330)
    t = tr(
        lg,
        "HMRC - Construction Industry Scheme: verification",
        "Bescheinigung über die Freistellung vom Steuerabzug bei Bauleistungen (§ 48b EStG)",
        "Attestation de vigilance - URSSAF",
    )
    q.text(x0 + 10, y0 + 20, fit(t, "Helvetica-Bold", 10, A4[0] - 160), "Helvetica-Bold", 10)
    yy = pairs(
        q,
        s,
        x0 + 10,
        y0 + 44,
        [
            (tr(lg, "Name", "Name", "Dénomination"), fitter),
            (
                tr(lg, "UTR", "Steuernummer", "SIRET"),
                ref(rng, tr(lg, "99999 99999", "999/999/99999", "999 999 999 99999")),
            ),
            (
                tr(lg, "Verification no.", "Sicherheitsnummer", "Code de sécurité"),
                ref(rng, tr(lg, "V9999999999", "99999999", "AAAA9AAAA9AAAA9")),
            ),
            (
                tr(lg, "Status", "Gültig bis", "Date"),
                tr(
                    lg,
                    "Gross payment",
                    short(d + timedelta(days=700), lg),
                    short(d - timedelta(days=20), lg),
                ),
            ),
            (
                tr(lg, "Tax treatment", "Finanzamt", "Organisme"),
                tr(lg, "0% deduction", f"Finanzamt {firm_head().town.split()[-1]}", "URSSAF"),
            ),
        ],
        A4[0] - 80,
        9,
    )
    for ln in wrap(prose(rng, lg, "legal", 1, 2), "Helvetica", 8, A4[0] - 160):
        q.text(x0 + 10, yy + 10, ln, "Helvetica", 8)
        yy += 11
    if lg != "en":
        seal(q, A4[0] - 150, y0 + 270, 30, tr(lg, "", "Finanzamt", "URSSAF"), short(d, lg))
    pages.append(q)
    remember(None, d, fitter)
    return pages


def tpl_planning_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's decision on a conservatory: a building regulations completion certificate
    (England), a Baugenehmigung with its Nebenbestimmungen and Rechtsbehelfsbelehrung
    (Germany) or an arrêté de non-opposition à déclaration préalable with its articles
    (France); now and then with a covering letter."""
    h = head_of(who, "council")
    lg = h.lang
    job = job_for(rng, ())
    if not job.conservatory:
        job = next((j for j in JOBS if j.conservatory), job)
    d = some_day(rng)
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    file_ref = ref(rng, tr(lg, "BC/99/99999/FP", "63-9999/99", "DP 099 999 99 A9999"))
    pages: list[Page] = []
    if rng.random() < 0.4:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [mx(job.cust, lg), job.street, job.town],
            d,
            [(tr(lg, "Our ref", "Aktenzeichen", "Dossier"), file_ref)],
        )
        write(f, s, dear(lg, job.cust))
        write(f, s, prose(rng, lg, "legal", 2, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "officer"),
            tr(lg, "Building Control Surveyor", "Sachbearbeitung", "Service instructeur"),
        )
        pages += close(f.pages, s, h, "none")
    f = sheets(s, h, f"{h.name} - {file_ref}")
    t = tr(
        lg,
        "BUILDING REGULATIONS COMPLETION CERTIFICATE",
        "BAUGENEHMIGUNG",
        "ARRÊTÉ DE NON-OPPOSITION À UNE DÉCLARATION PRÉALABLE",
    )
    if not pages:
        recipient(
            f,
            s,
            h,
            [mx(job.cust, lg), job.street, job.town],
            d,
            [(tr(lg, "Our ref", "Aktenzeichen", "Dossier"), file_ref)],
        )
    caption(f, s, t, 2)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Applicant", "Bauherr", "Demandeur"), job.cust),
            (tr(lg, "Site", "Baugrundstück", "Terrain"), f"{job.street}, {job.town}"),
            (
                tr(lg, "Proposal", "Vorhaben", "Objet"),
                tr(
                    lg,
                    "Erection of single-storey conservatory with structural opening",
                    "Anbau eines Wintergartens",
                    f"Construction d'une véranda de {rng.randint(12, 28)} m2",
                ),
            ),
            (
                tr(lg, "Agent / installer", "Entwurfsverfasser / Ausführung", "Entreprise"),
                firm_name(),
            ),
            (
                tr(lg, "Application received", "Antrag vom", "Déposée le"),
                short(d - timedelta(days=rng.randint(20, 60)), lg),
            ),
        ],
        w - m,
    )
    f.y += 8
    if lg == "en":
        write(
            f,
            s,
            "I hereby certify that, so far as the Council have been able to ascertain "
            "after taking all reasonable steps, the relevant provisions of Schedule 1 to the "
            "Building Regulations 2010 have been satisfied in respect of the work described "
            "above.",
        )
        write(
            f,
            s,
            "This certificate is evidence, but not conclusive evidence, that the "
            "requirements specified have been complied with.",
            s.size - 1,
        )
    else:
        for k in range(rng.randint(3, 6)):
            f.heading(
                m, tr(lg, "", f"{k + 1}. Nebenbestimmung", f"Article {k + 1}"), s.bold, s.size
            )
            write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
        if lg == "de":
            f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
            write(
                f,
                s,
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                "Klage beim Verwaltungsgericht erhoben werden.",
                s.size - 1,
            )
            f.heading(m, "Gebühren", s.bold, s.size)
            write(
                f,
                s,
                f"Für diesen Bescheid wird eine Gebühr von "
                f"{cash(rng.choice([180.0, 240.0, 365.0]), lg)} "
                "festgesetzt.",
                s.size - 1,
            )
        else:
            f.heading(m, "Délais et voies de recours", s.bold, s.size)
            write(
                f,
                s,
                "Le présent arrêté peut faire l'objet d'un recours contentieux devant le "
                "tribunal administratif dans un délai de deux mois à compter de sa "
                "notification.",
                s.size - 1,
            )
    f.need(110)
    f.y += 16
    seal(f.page, w - m - 60, f.y + 30, 30, h.name.split(" - ")[0][:26], short(d, lg))
    scrawl(f.page, m, f.y + 30, staff(h, "head"))
    f.page.text(
        m,
        f.y + 44,
        f"{staff(h, 'head')} - {tr(lg, 'Head of Building Control', 'Im Auftrag', 'Le Maire')}",
        s.font,
        s.size - 1,
    )
    f.y += 70
    pages += close(f.pages, s, h)
    remember(job, d)
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
    "quotation": tpl_quotation,
    "contract": tpl_contract,
    "cancellation": tpl_cancellation,
    "survey_sheet": tpl_survey_sheet,
    "order_confirmation": tpl_order_confirmation,
    "delivery_note": tpl_delivery_note,
    "scheme_certificate": tpl_scheme_certificate,
    "compliance_cert": tpl_compliance_cert,
    "guarantee_cert": tpl_guarantee_cert,
    "deposit_invoice": tpl_deposit_invoice,
    "final_invoice": tpl_final_invoice,
    "finance_agreement": tpl_finance_agreement,
    "complaint": tpl_complaint,
    "remedial_sheet": tpl_remedial_sheet,
    "glass_invoice": tpl_glass_invoice,
    "profile_invoice": tpl_profile_invoice,
    "fleet_insurance": tpl_fleet_insurance,
    "membership_renewal": tpl_membership_renewal,
    "fitter_agreement": tpl_fitter_agreement,
    "planning_decision": tpl_planning_decision,
}
TEMPLATES_PPPP: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "order_confirmation",
    "delivery_note",
    "compliance_cert",
    "guarantee_cert",
    "deposit_invoice",
    "final_invoice",
    "remedial_sheet",
    "glass_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "quotation": "contract",
    "contract": "deposit_invoice",
    "survey_sheet": "order_confirmation",
    "order_confirmation": "delivery_note",
    "final_invoice": "compliance_cert",
    "compliance_cert": "guarantee_cert",
    "complaint": "remedial_sheet",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------

VAN_MAKES = {
    "en": [
        "Ford Transit Custom 300 L2",
        "Vauxhall Vivaro 2900",
        "Citroen Relay 35 L3H2",
        "Renault Trafic LL30",
        "Ford Transit 350 L3 H2",
    ],
    "de": [
        "Mercedes-Benz Sprinter 314 CDI",
        "VW Crafter 35 TDI",
        "Ford Transit Custom 320",
        "Renault Master L2H2",
        "Fiat Ducato 35 Maxi",
    ],
    "fr": [
        "Renault Master L3H2",
        "Peugeot Boxer 335 L3H2",
        "Citroën Jumpy XL",
        "Renault Trafic L2H1",
        "Ford Transit 350 L3",
    ],
}


def make_trencher_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One installer's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.55) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    installer (country, name, month, staff, vans, jobs) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FIRM["lang"] = lang
    FIRM["row"] = r.randrange(len(FIRMS[lang]))
    FIRM["seed"] = r.getrandbits(24)
    FIRM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    names: list[str] = []
    while len(names) < 10:
        n = person(r, lang)
        if n not in names:
            names.append(n)
    STAFF.clear()
    STAFF.update(directors=names[:2], surveyor=names[2:3], fitters=names[3:9], office=names[9:10])
    VANS[:] = [
        Van(
            a_reg(r, lang),
            r.choice(VAN_MAKES[lang]),
            r.randint(2016, 2024),
            r.choice([14000, 18500, 22000, 27500, 31000]),
        )
        for _ in range(r.randint(3, 5))
    ]
    JOBS[:] = [a_job(r, lang) for _ in range(r.randint(5, 10))]
    for j in JOBS:
        if r.random() < 0.08:
            j.abroad = r.choice([x for x in ("en", "de", "fr") if x != lang])
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_PPPP, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_trencher_stream, "templates PPPP")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

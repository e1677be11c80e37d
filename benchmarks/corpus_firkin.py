"""Firkin part of the generated corpus: templates HH, written blind for the next measurement.

A part of its own, ``firkin``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
publishing house (in England, Germany or France) feeds through its scanner: author contracts
(publishing agreement, Verlagsvertrag, contrat d'édition) and their amendments (addendum,
Nachtrag, avenant), royalty statements (Honorarabrechnung, relevé de droits d'auteur) with
per-title tables, the house's permission requests for quoted material and the rights holders'
permission grants, printers' quotations and the house's print orders, proof correction
sheets, manuscript readers' reports (Lektoratsgutachten, fiche de lecture), translation rights
offers from foreign publishers and the house's translation licences, ISBN agency letters and
legal deposit papers (British Library, Deutsche Nationalbibliothek, BnF), the distributor's
monthly sales reports, the house's returns credit notes to booksellers, freelance editors',
proofreaders', translators' and illustrators' invoices, book fair stand invoices, review-copy
cover letters and grant applications to a literature fund with the fund's decisions. Each
stream is one house's pile: the house (country, name, list of titles with their authors and
ISBNs, month) is drawn once per stream; its senders are of the house's country and write in
its language, except that translation rights offers come from foreign publishers in their own
language and fair invoices and permission grants now and then come from abroad. Page sizes
range from compliments slips and A5 receipts to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the house files it: the
cover sheet, the schedules and the signature page of a contract or a licence; the per-title pages
of a royalty statement; the reply form of a permission request (returned filled in by the
rights holder, it is still the house's request); the conditions page and the pro-forma invoice
enclosed with a permission grant; the terms page of a printer's quotation; the delivery
schedule of a print order; the copies of marked proof pages behind a correction sheet; the
foreign publisher's profile and list of translations behind its rights offer; the
press release or title information sheet behind a review-copy letter; the summary page of a
sales report; the timesheet or artwork list behind a freelance invoice; the hall plan behind a
fair invoice; the budget sheet and the translator's CV enclosed with a grant application; the
conditions of grant and the acceptance form of a grant decision; the ISBN list of an ISBN
agency's letter. Related papers are documents of their own: the rights holder's grant after a
permission request, the print order after a quotation, the licence after a rights offer, the
fund's decision after an application, the contract after a reader's report, the amendment
after a contract, the returns credit note after a sales report, the legal deposit paper after
an ISBN letter.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: royalty statements, legal deposit
papers, returns credit notes, freelance invoices, review-copy letters and permission requests
often come 2-4 in a row from one sender with other titles, dates, numbers and amounts; and
companions: each related paper above often follows the document it answers, about the same
title. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "firkin"`` and seeds offset by 3_300_000.

Usage: ``python benchmarks/corpus_firkin.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/firkin/firkin_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

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
    foot_and_number,
    italic_of,
    money,
    pairs,
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
from corpus_kit import (
    hand as scribble,
)

PART = "firkin"
SEED_OFFSET = 3_300_000

MM = 72 / 25.4
DL = (210 * MM, 99 * MM)  # compliments slip
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and country
# ---------------------------------------------------------------------------------------------

# name, street, town, telephone, web or mail
Row = tuple[str, str, str, str, str]
SENDERS: dict[str, dict[str, list[Row]]] = {
    "press": {
        "en": [
            (
                "Halyard & Finch Books Ltd",
                "14 Wharf Street",
                "Bristol BS1 6QD",
                "0117 925 4480",
                "www.halyardfinch.co.uk",
            ),
            (
                "Lantern Yard Press",
                "3 Chapel Walk, Kirkgate",
                "Otley LS21 3HP",
                "01943 468 201",
                "editorial@lanternyard.co.uk",
            ),
        ],
        "de": [
            (
                "Verlag Kiefer & Lorenz",
                "Bergstraße 41",
                "69120 Heidelberg",
                "06221 43 77 10",
                "www.kiefer-lorenz.de",
            ),
            (
                "Elbstrom Verlag GmbH",
                "Große Brunnenstraße 63a",
                "22763 Hamburg",
                "040 39 90 62-0",
                "lektorat@elbstrom-verlag.de",
            ),
        ],
        "fr": [
            (
                "Éditions du Passeur de Loire",
                "12 rue de la Juiverie",
                "44000 Nantes",
                "02 40 48 17 35",
                "www.passeurdeloire.fr",
            ),
            (
                "Éditions Ardoise",
                "7 rue des Tanneurs",
                "69001 Lyon",
                "04 78 28 64 90",
                "contact@editions-ardoise.fr",
            ),
        ],
    },
    "house": {  # foreign publishers buying translation rights, and rights holders
        "en": [
            (
                "Copperbeech Publishing Ltd",
                "22 Bedford Row",
                "London WC1R 4JS",
                "020 7405 3311",
                "rights@copperbeech.co.uk",
            ),
            (
                "Mereside Books",
                "Unit 9, The Leathermarket, Weston Street",
                "London SE1 3ER",
                "020 7357 0428",
                "permissions@meresidebooks.com",
            ),
            (
                "Northgate University Press",
                "The Printing House, Castle Street",
                "Durham DH1 3RW",
                "0191 334 2110",
                "rights@northgate-press.ac.uk",
            ),
        ],
        "de": [
            (
                "Hallenberg Verlag",
                "Kurfürstenstraße 114",
                "10787 Berlin",
                "030 26 39 41-0",
                "rechte@hallenberg-verlag.de",
            ),
            (
                "Verlagsgruppe Mainufer",
                "Schaumainkai 69",
                "60596 Frankfurt am Main",
                "069 63 15 82-0",
                "lizenzen@mainufer.de",
            ),
            (
                "Isarwinkel Verlag GmbH",
                "Reichenbachstraße 27",
                "80469 München",
                "089 20 23 48-0",
                "foreign.rights@isarwinkel.de",
            ),
        ],
        "fr": [
            (
                "Éditions Rue Jacob",
                "21 rue Jacob",
                "75006 Paris",
                "01 43 26 58 90",
                "droits@ruejacob.fr",
            ),
            (
                "Éditions de l'Estran",
                "4 quai Duguay-Trouin",
                "35000 Rennes",
                "02 99 79 40 11",
                "cessions@estran-editions.fr",
            ),
            (
                "Presses de la Cité Vauban",
                "38 boulevard Vauban",
                "59000 Lille",
                "03 20 54 17 88",
                "permissions@citevauban.fr",
            ),
        ],
    },
    "printer": {
        "en": [
            (
                "Severn Print Group Ltd",
                "Bristol Road, Quedgeley",
                "Gloucester GL2 4PE",
                "01452 721 009",
                "quotes@severnprint.co.uk",
            ),
            (
                "Clays Hall Bookprinters",
                "Popson Street",
                "Bungay NR35 1ED",
                "01986 893 210",
                "estimating@clayshall.co.uk",
            ),
        ],
        "de": [
            (
                "Druckerei Steinmeier GmbH & Co. KG",
                "Gewerbestraße 12",
                "86720 Nördlingen",
                "09081 29 64-0",
                "kalkulation@steinmeier-druck.de",
            ),
            (
                "CPI Buchbinderei Leck",
                "Max-Planck-Straße 7",
                "25917 Leck",
                "04662 83-0",
                "angebote@buchdruck-leck.de",
            ),
        ],
        "fr": [
            (
                "Imprimerie Floch-Darantière",
                "ZI de la Croix Blanche, 14 rue Gutenberg",
                "53100 Mayenne",
                "02 43 04 11 76",
                "devis@floch-darantiere.fr",
            ),
            (
                "Imprimerie Corlet Numérique",
                "Zone artisanale de Ligny",
                "14110 Condé-en-Normandie",
                "02 31 59 53 40",
                "fabrication@corlet-num.fr",
            ),
        ],
    },
    "distributor": {
        "en": [
            (
                "Turnpike Book Distribution Ltd",
                "Unit 4, Pineham Business Park",
                "Northampton NN4 9EX",
                "01604 766 300",
                "clientservices@turnpikebooks.co.uk",
            ),
        ],
        "de": [
            (
                "Buchauslieferung Südwest GmbH",
                "Am Güterbahnhof 22",
                "71634 Ludwigsburg",
                "07141 91 73-0",
                "verlagsservice@bal-suedwest.de",
            ),
        ],
        "fr": [
            (
                "Diffusion Loire-Atlantique Livres",
                "ZAC du Moulin, 9 allée des Imprimeurs",
                "44980 Sainte-Luce-sur-Loire",
                "02 51 85 30 60",
                "editeurs@dla-livres.fr",
            ),
        ],
    },
    "isbn": {
        "en": [
            (
                "Nielsen ISBN Agency for UK & Ireland",
                "3rd Floor, Midas House, 62 Goldsworth Road",
                "Woking GU21 6LQ",
                "01483 712 215",
                "isbn.agency@nielseniq.com",
            ),
        ],
        "de": [
            (
                "ISBN-Agentur für die Bundesrepublik Deutschland",
                "in der MVB GmbH, Braubachstraße 16",
                "60311 Frankfurt am Main",
                "069 13 06-0",
                "isbn@mvb-online.de",
            ),
        ],
        "fr": [
            (
                "AFNIL - Agence francophone pour la numérotation internationale du livre",
                "35 rue Grégoire de Tours",
                "75006 Paris",
                "01 44 41 29 19",
                "afnil@electre.com",
            ),
        ],
    },
    "deposit": {
        "en": [
            (
                "The British Library - Legal Deposit Office",
                "Boston Spa",
                "Wetherby LS23 7BY",
                "01937 546 268",
                "legal-deposit-books@bl.uk",
            ),
        ],
        "de": [
            (
                "Deutsche Nationalbibliothek - Pflichtablieferung",
                "Deutscher Platz 1",
                "04103 Leipzig",
                "0341 2271-0",
                "pflichtablieferung@dnb.de",
            ),
        ],
        "fr": [
            (
                "Bibliothèque nationale de France - Dépôt légal Livres",
                "Quai François Mauriac",
                "75706 Paris Cedex 13",
                "01 53 79 53 58",
                "depot.legal.livres@bnf.fr",
            ),
        ],
    },
    "fair": {
        "en": [
            (
                "London Book Fair - RX Global",
                "Gateway House, 28 The Quadrant",
                "Richmond TW9 1DN",
                "020 8271 2124",
                "lbf.accounts@rxglobal.com",
            ),
            (
                "Northern Independent Book Fair CIC",
                "Victoria Quarter, 2 Queen Victoria Street",
                "Leeds LS1 6AZ",
                "0113 243 8870",
                "stands@nibf.org.uk",
            ),
        ],
        "de": [
            (
                "Frankfurter Buchmesse GmbH",
                "Braubachstraße 16",
                "60311 Frankfurt am Main",
                "069 2102-0",
                "aussteller@buchmesse.de",
            ),
            (
                "Leipziger Messe GmbH",
                "Messe-Allee 1",
                "04356 Leipzig",
                "0341 678-0",
                "buchmesse@leipziger-messe.de",
            ),
        ],
        "fr": [
            (
                "Festival du Livre de Paris - Reed Expositions",
                "52-54 quai de Dion-Bouton",
                "92800 Puteaux",
                "01 47 56 50 00",
                "exposants@festivaldulivre.fr",
            ),
            (
                "Salon du livre et de la presse jeunesse",
                "3 rue François Debergue",
                "93100 Montreuil",
                "01 55 86 86 55",
                "exposants@slpj.fr",
            ),
        ],
    },
    "fund": {
        "en": [
            (
                "The Meridian Fund for Literary Translation",
                "Free Word Centre, 60 Farringdon Road",
                "London EC1R 3GA",
                "020 7324 2570",
                "grants@meridianfund.org.uk",
            ),
        ],
        "de": [
            (
                "Literaturfonds Rhein-Main e.V.",
                "Alexandraweg 23",
                "64287 Darmstadt",
                "06151 40 93 00",
                "foerderung@literaturfonds-rm.de",
            ),
        ],
        "fr": [
            (
                "Agence régionale du livre et de la lecture",
                "2 rue de la Boucherie",
                "44000 Nantes",
                "02 40 84 12 60",
                "aides@arll-livre.fr",
            ),
        ],
    },
}

# Freelancers: trade, name, street, town, mail
FREELANCE: dict[str, list[tuple[str, str, str, str, str]]] = {
    "en": [
        (
            "copy-editor",
            "Harriet Ellwood",
            "27 Cotham Vale",
            "Bristol BS6 6HR",
            "he@ellwoodedits.co.uk",
        ),
        (
            "proofreader",
            "Dominic Farrant",
            "Flat 2, 9 Marine Parade",
            "Whitby YO21 3PR",
            "dfarrant@mailbox.org",
        ),
        (
            "illustrator",
            "Nell Abernethy",
            "Studio 5, Spike Island, Cumberland Road",
            "Bristol BS1 6UX",
            "studio@nellabernethy.com",
        ),
        (
            "translator",
            "Samuel Oduya",
            "41 Grove Road",
            "Sheffield S7 2GY",
            "s.oduya@translate-words.co.uk",
        ),
        (
            "indexer",
            "Margaret Quill",
            "Ivy Cottage, Church Lane",
            "Ledbury HR8 1DW",
            "mq@quillindexing.co.uk",
        ),
    ],
    "de": [
        ("lektor", "Dr. Katrin Wendisch", "Plöck 18", "69117 Heidelberg", "lektorat@wendisch.de"),
        (
            "korrektor",
            "Jonas Amberger",
            "Sternschanze 4",
            "20357 Hamburg",
            "korrektorat@amberger-text.de",
        ),
        (
            "illustrator",
            "Mira Lindqvist",
            "Oranienstraße 183",
            "10999 Berlin",
            "atelier@miralindqvist.de",
        ),
        ("uebersetzer", "Friederike Sahl", "Kaiserstraße 9", "79098 Freiburg", "f.sahl@posteo.de"),
    ],
    "fr": [
        (
            "correctrice",
            "Claire Besnard",
            "18 rue Mercoeur",
            "44000 Nantes",
            "claire.besnard@orange.fr",
        ),
        (
            "illustrateur",
            "Théo Marchetti",
            "5 montée de la Grande-Côte",
            "69001 Lyon",
            "theo@marchetti-illustration.fr",
        ),
        (
            "traductrice",
            "Agnès Vidal-Roux",
            "33 rue Sainte-Catherine",
            "33000 Bordeaux",
            "a.vidalroux@free.fr",
        ),
        ("lecteur", "Paul-Henri Joly", "9 place du Bouffay", "44000 Nantes", "phjoly@laposte.net"),
    ],
}

FIRSTS = {
    "en": [
        "Alice",
        "Ben",
        "Catherine",
        "Daniel",
        "Eleanor",
        "Fergus",
        "Grace",
        "Hugh",
        "Imogen",
        "James",
        "Kate",
        "Laurence",
        "Miriam",
        "Niall",
        "Olivia",
        "Patrick",
        "Rosalind",
        "Simon",
        "Tessa",
        "Vikram",
        "Zoe",
        "Owen",
        "Harriet",
        "Rhys",
    ],
    "de": [
        "Anke",
        "Bernd",
        "Clara",
        "Dieter",
        "Elke",
        "Florian",
        "Gesine",
        "Hannes",
        "Ilse",
        "Jan",
        "Karin",
        "Lutz",
        "Marlene",
        "Nils",
        "Petra",
        "Rainer",
        "Sabine",
        "Till",
        "Ute",
        "Volker",
        "Wiebke",
        "Jonas",
        "Lea",
        "Matthias",
    ],
    "fr": [
        "Amélie",
        "Bruno",
        "Camille",
        "Denis",
        "Élise",
        "François",
        "Gaëlle",
        "Henri",
        "Inès",
        "Julien",
        "Léa",
        "Marc",
        "Nathalie",
        "Olivier",
        "Pauline",
        "Rémi",
        "Sophie",
        "Thierry",
        "Valérie",
        "Yann",
        "Anne",
        "Louis",
        "Hélène",
    ],
}
LASTS = {
    "en": [
        "Ashworth",
        "Blake",
        "Carrick",
        "Dunmore",
        "Everett",
        "Fairley",
        "Greenhalgh",
        "Hartley",
        "Irving",
        "Jessop",
        "Kendrick",
        "Lockwood",
        "Maitland",
        "Norris",
        "Oakley",
        "Pemberton",
        "Radley",
        "Sutcliffe",
        "Thorne",
        "Underwood",
        "Varley",
        "Whitlock",
        "Yates",
        "Hollis",
    ],
    "de": [
        "Albrecht",
        "Brandt",
        "Dittmar",
        "Engel",
        "Falk",
        "Gerlach",
        "Hoffmann",
        "Jansen",
        "Kessler",
        "Lindner",
        "Möller",
        "Neumann",
        "Opitz",
        "Peters",
        "Rudolph",
        "Schreiber",
        "Thiel",
        "Ulrich",
        "Vogt",
        "Winter",
        "Ziegler",
        "Brenner",
    ],
    "fr": [
        "Arnaud",
        "Bertin",
        "Chauvet",
        "Delorme",
        "Esnault",
        "Fournier",
        "Garnier",
        "Hébert",
        "Joubert",
        "Lambert",
        "Marchand",
        "Noël",
        "Perrin",
        "Renaud",
        "Simon",
        "Tessier",
        "Vasseur",
        "Leclerc",
        "Morel",
        "Guillot",
    ],
}
FEMALE = set(
    [
        "Alice",
        "Catherine",
        "Eleanor",
        "Grace",
        "Imogen",
        "Kate",
        "Miriam",
        "Olivia",
        "Rosalind",
        "Tessa",
        "Zoe",
        "Harriet",
        "Anke",
        "Clara",
        "Elke",
        "Gesine",
        "Ilse",
        "Karin",
        "Marlene",
        "Petra",
        "Sabine",
        "Ute",
        "Wiebke",
        "Lea",
        "Amélie",
        "Camille",
        "Élise",
        "Gaëlle",
        "Inès",
        "Léa",
        "Nathalie",
        "Pauline",
        "Sophie",
        "Valérie",
        "Anne",
        "Hélène",
    ]
)
ROADS = {
    "en": [
        "Albert Road",
        "Belle Vue Terrace",
        "Mill Lane",
        "Station Road",
        "Church Street",
        "The Crescent",
        "Hawthorn Avenue",
    ],
    "de": [
        "Lindenstraße",
        "Goethestraße",
        "Am Stadtpark",
        "Schillerplatz",
        "Mühlenweg",
        "Bahnhofstraße",
    ],
    "fr": [
        "rue Victor Hugo",
        "avenue Jean Jaurès",
        "rue des Lilas",
        "boulevard Carnot",
        "place de la Mairie",
        "rue du Moulin",
    ],
}
TOWNS = {
    "en": [
        "Bath BA1 5LS",
        "Norwich NR2 4PD",
        "Hebden Bridge HX7 8AD",
        "Oxford OX4 1DE",
        "Lewes BN7 2AN",
        "Edinburgh EH9 1QS",
        "Manchester M20 2RN",
    ],
    "de": [
        "79098 Freiburg",
        "50667 Köln",
        "04109 Leipzig",
        "28195 Bremen",
        "93047 Regensburg",
        "10437 Berlin",
        "24103 Kiel",
    ],
    "fr": [
        "13001 Marseille",
        "67000 Strasbourg",
        "35000 Rennes",
        "31000 Toulouse",
        "75011 Paris",
        "29200 Brest",
        "21000 Dijon",
    ],
}
SHOPS = {
    "en": [
        ("The Quay Bookshop", "5 Narrow Quay", "Bristol BS1 4QA"),
        ("Kirkgate Books", "61 Kirkgate", "Settle BD24 9DZ"),
        ("Mr Pemberton's Bookshop", "2 High Street", "Hay-on-Wye HR3 5AE"),
        ("Chapter & Verse Ltd", "18 Fore Street", "Totnes TQ9 5DX"),
    ],
    "de": [
        ("Buchhandlung am Rathaus", "Marktplatz 3", "72070 Tübingen"),
        ("Lesezeichen Buch & Café", "Schanzenstraße 29", "20357 Hamburg"),
        ("Bücherstube Fehrmann", "Hauptstraße 88", "69117 Heidelberg"),
        ("Thalberg Buchhandlung", "Kröpeliner Straße 21", "18055 Rostock"),
    ],
    "fr": [
        ("Librairie Coiffard", "7 rue de la Fosse", "44000 Nantes"),
        ("Librairie Le Bateau Livre", "154 rue Gambetta", "59000 Lille"),
        ("La Maison des Mots", "23 rue de la République", "69002 Lyon"),
        ("Librairie du Rivage", "2 quai Saint-Malo", "35400 Saint-Malo"),
    ],
}
PRESS_DESKS = {
    "en": [
        "Literary Editor, The Tidewater Review",
        "Books Desk, Western Daily Courier",
        "Features, Slow Readers Quarterly",
        "Books Editor, North Country Life",
    ],
    "de": [
        "Feuilleton, Badische Rundschau",
        "Literaturredaktion, Hamburger Wochenblatt",
        "Kulturredaktion, Radio Nordwelle",
        "Buchkritik, Die Leselampe",
    ],
    "fr": [
        "Service livres, Ouest-Matin",
        "Rubrique littéraire, Le Courrier de Lyon",
        "Rédaction, Lire en Loire",
        "Chronique livres, Radio Estuaire",
    ],
}

BOOKS = {
    "en": [
        "The Salt Road",
        "A Winter Ledger",
        "Small Hours at Ferriby",
        "The Lamplighter's Daughter",
        "Notes from a Tidal Island",
        "What the River Kept",
        "The Glasshouse Year",
        "Hedge, Wall and Ditch",
        "The Last Ferry to Holm",
        "A Field Guide to Leaving",
        "Slate and Feather",
        "The Cartographer's Silence",
        "Under the Weir",
        "Common Ground",
        "The Orchard Letters",
        "Night Shift at the Lido",
        "Bone China",
        "A House of Many Clocks",
    ],
    "de": [
        "Die Fährmannstochter",
        "Nachtzug nach Triest",
        "Das Haus am Deich",
        "Winterlicht",
        "Was der Fluss behielt",
        "Die Vermessung des Schweigens",
        "Kleine Stunden",
        "Der Glasgarten",
        "Salz und Asche",
        "Am Ende der Linie 7",
        "Das Jahr der Stare",
        "Unter dem Wehr",
        "Die Briefe aus dem Obstgarten",
        "Schiefer und Feder",
        "Ein Haus voller Uhren",
        "Die letzte Fähre",
        "Grenzgänger",
        "Das stille Archiv",
    ],
    "fr": [
        "La Maison du passeur",
        "Les Heures lentes",
        "Un hiver à Saint-Nazaire",
        "Ce que le fleuve garde",
        "Le Jardin de verre",
        "Sel et cendres",
        "La Dernière Marée",
        "Les Lettres du verger",
        "Sous le barrage",
        "L'Année des étourneaux",
        "Ardoise et plume",
        "Le Silence du cartographe",
        "Une maison pleine d'horloges",
        "La Ligne 7",
        "Les Archives tranquilles",
        "Petites Géographies",
        "Le Veilleur de phare",
    ],
}
GENRES = {
    "en": [
        "Literary fiction",
        "Nature writing",
        "Memoir",
        "Short stories",
        "Poetry",
        "Local history",
        "Crime fiction",
    ],
    "de": ["Roman", "Erzählungen", "Lyrik", "Sachbuch", "Kriminalroman", "Essay", "Biografie"],
    "fr": ["Roman", "Récit", "Nouvelles", "Poésie", "Essai", "Polar", "Biographie"],
}
TRIMS = [
    "129 x 198 mm",
    "135 x 216 mm",
    "140 x 220 mm",
    "156 x 234 mm",
    "110 x 178 mm",
    "125 x 205 mm",
]
PAPERS = {
    "en": [
        "80gsm Munken Premium Cream 17.5",
        "70gsm Holmen Book Cream",
        "90gsm Munken Print White",
        "60gsm Classic Book Wove",
    ],
    "de": [
        "80 g/m² Munken Premium Cream 1,5",
        "70 g/m² Holmen Book Cream 1,8",
        "90 g/m² Werkdruck hochweiß",
        "60 g/m² Schleipen Werkdruck",
    ],
    "fr": [
        "80 g Munken Premium Cream 1.5",
        "70 g Holmen Book Cream",
        "90 g Offset blanc",
        "60 g Bouffant Ivoire",
    ],
}
BINDINGS = {
    "en": [
        "Limp, PUR perfect bound",
        "Limp with flaps, PUR bound",
        "Cased, section sewn, jacketed",
        "Cased, section sewn, printed boards",
    ],
    "de": [
        "Broschur, PUR-Klebebindung",
        "Klappenbroschur, PUR-gebunden",
        "Hardcover, fadengeheftet, mit Schutzumschlag",
        "Hardcover, fadengeheftet, bedruckter Bezug",
    ],
    "fr": [
        "Broché, dos carré collé PUR",
        "Broché à rabats, collé PUR",
        "Relié, cousu, avec jaquette",
        "Relié, cousu, couverture imprimée",
    ],
}
FORMATS = {
    "en": ["Hardback", "Paperback", "E-book", "Audio download"],
    "de": ["Hardcover", "Taschenbuch", "E-Book", "Hörbuch"],
    "fr": ["Grand format", "Poche", "Numérique", "Livre audio"],
}
ISBN_GROUP = {"en": "1", "de": "3", "fr": "2"}


@dataclass
class Person:
    first: str
    last: str
    female: bool
    street: str
    town: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Title:
    name: str
    author: Person
    genre: str
    isbns: list[str]  # hardback or paperback, e-book
    price: float
    extent: int
    trim: str
    pub: date
    advance: float


def isbn13(stem: str) -> str:
    """``stem`` (twelve digits, with hyphens) and its check digit."""
    digits = [int(c) for c in stem if c.isdigit()]
    check = (10 - sum(d * (3 if k % 2 else 1) for k, d in enumerate(digits)) % 10) % 10
    return f"{stem}-{check}"


def a_person(r: random.Random, lang: str) -> Person:
    first = r.choice(FIRSTS[lang])
    road = r.choice(ROADS[lang])
    no = r.randint(1, 90)
    return Person(
        first=first,
        last=r.choice(LASTS[lang]),
        female=first in FEMALE,
        street=f"{road} {no}"
        if lang == "de"
        else f"{no} {road}"
        if lang == "en"
        else f"{no}, {road}",
        town=r.choice(TOWNS[lang]),
    )


def a_title(r: random.Random, lang: str, name: str, prefix: str, k: int, month: date) -> Title:
    base = 100 + k * 2
    return Title(
        name=name,
        author=a_person(r, lang),
        genre=r.choice(GENRES[lang]),
        isbns=[isbn13(f"978-{prefix}-{base:03d}"), isbn13(f"978-{prefix}-{base + 1:03d}")],
        price=r.choice([9.99, 10.99, 12.99, 14.99, 16.99, 18.0, 20.0, 22.0, 24.0]),
        extent=r.choice([128, 160, 192, 224, 256, 288, 320, 352, 384, 416]),
        trim=r.choice(TRIMS),
        pub=month + timedelta(days=r.randint(-500, 240)),
        advance=r.choice([1000, 1500, 2000, 2500, 3000, 4000, 5000, 7500]),
    )


OFFICE: dict[str, object] = {"lang": "en", "press": 0, "seed": 0, "month": date(2025, 3, 1)}
TITLES: list[Title] = []
#: What the previous document was about (a companion takes up the same title).
LAST: dict[str, object] = {"kind": "", "title": None, "day": None, "ref": "", "other": None}


def home() -> str:
    return str(OFFICE["lang"])


def on(rng: random.Random, lo: int = -90, hi: int = 20) -> date:
    base: date = OFFICE["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"firkin/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def the_title(rng: random.Random, after: tuple[str, ...] = ()) -> Title:
    t = LAST["title"]
    if LAST["kind"] in after and isinstance(t, Title):
        return t
    return rng.choice(TITLES)


def the_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(title: Title | None, d: date, ref: str = "", other: object = None) -> None:
    LAST.update(title=title, day=d, ref=ref, other=other)


def mr(p: Person, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lang == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last}"
    return f"{'Ms' if p.female else 'Mr'} {p.name}"


def quoted(t: Title, lang: str) -> str:
    return {"en": f"'{t.name}'", "de": f"»{t.name}«", "fr": f"« {t.name} »"}[lang]


TALK = {
    "en": {
        "book": "manuscript novel chapter draft voice structure reader edition publication "
        "narrative character pacing ending revision text author list market readership",
        "rights": "rights licence territory translation edition advance royalty term copies "
        "publication agreement proprietor licensee sublicence reversion",
        "trade": "copies print run format price stock warehouse delivery booksellers orders "
        "returns discount invoice edition reprint publication",
        "deal": "Author Publisher Work edition copies royalties manuscript copyright licence "
        "publication reprint accounts warranty consent notice written territory volume form",
    },
    "de": {
        "book": "Manuskript Roman Kapitel Fassung Stimme Aufbau Leser Ausgabe Veröffentlichung "
        "Erzählung Figuren Tempo Schluss Überarbeitung Text Autorin Programm Zielgruppe",
        "rights": "Rechte Lizenz Gebiet Übersetzung Ausgabe Vorschuss Honorar Laufzeit "
        "Exemplare Erscheinen Vertrag Rechteinhaber Lizenznehmer Nebenrechte",
        "trade": "Exemplare Auflage Ausstattung Ladenpreis Lager Auslieferung Buchhandel "
        "Bestellungen Remittenden Rabatt Rechnung Nachdruck Erscheinungstermin",
        "deal": "Autor Verlag Werk Ausgabe Exemplare Honorar Manuskript Urheberrecht Nutzungsrecht "
        "Vervielfältigung Verbreitung Abrechnung Zustimmung schriftlich Vertragsgebiet Auflage",
    },
    "fr": {
        "book": "manuscrit roman chapitre version voix construction lecteur édition parution "
        "récit personnages rythme fin révision texte auteur catalogue lectorat",
        "rights": "droits licence territoire traduction édition à-valoir redevance durée "
        "exemplaires parution contrat cédant cessionnaire exploitation",
        "trade": "exemplaires tirage format prix stock entrepôt livraison libraires commandes "
        "retours remise facture réimpression office",
        "deal": "Auteur Éditeur oeuvre édition exemplaires droits manuscrit reproduction "
        "représentation exploitation comptes consentement écrit territoire cession",
    },
}
GLUES = {
    "en": [
        "the",
        "of",
        "and",
        "to",
        "for",
        "with",
        "on",
        "at",
        "by",
        "from",
        "this",
        "is",
        "are",
        "will",
        "be",
        "a",
        "as",
        "in",
    ],
    "de": [
        "die",
        "der",
        "das",
        "und",
        "zu",
        "für",
        "mit",
        "auf",
        "von",
        "ist",
        "sind",
        "wird",
        "bei",
        "nach",
        "den",
        "dem",
        "im",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "et",
        "de",
        "du",
        "pour",
        "avec",
        "sur",
        "par",
        "est",
        "sont",
        "sera",
        "au",
        "aux",
        "des",
        "une",
    ],
}


def words(rng: random.Random, lang: str, topic: str = "book", n: int | None = None) -> str:
    pool = TALK[lang][topic].split()
    glue = GLUES[lang]
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "book", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


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
    web: str
    look: str  # colophon | centred | stack | band | framed | rule | plain
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str


NUMBERS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none", "2:{i}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:- {i} -", "none", "page {i} sur {n}"],
}
FACES = [
    ("Times-Roman", "Times-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Courier", "Courier-Bold"),
]


def footer_lines(r: random.Random, name: str, lang: str, town: str, role: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    bank = r.randint(1000, 9999)
    if lang == "de":
        out = [
            f"{name} - {place} - Amtsgericht {place.split()[0]} HRB {r.randint(10000, 99999)}"
            f" - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{r.choice(['Sparkasse', 'Volksbank', 'GLS Bank', 'Commerzbank'])} - IBAN DE"
            f"{r.randint(10, 99)} {bank} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if role == "press" and r.random() < 0.5:
            out[1] += " - Mitglied im Börsenverein des Deutschen Buchhandels"
        return out
    if lang == "fr":
        return [
            f"{name} - SARL au capital de {r.randint(5, 90)} 000 € - RCS {place} "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}",
            f"IBAN FR76 {bank} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(100, 999)}"
            + (" - Membre du Syndicat national de l'édition" if role == "press" else ""),
        ][: r.choice([1, 2])]
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if role == "press" and r.random() < 0.5:
        out.append("Member of the Independent Publishers Guild")
    return [" - ".join(out)]


NO_FOOT = ("deposit", "isbn", "fund", "freelance")


def make_head(
    row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None = None
) -> Head:
    name, street, town, phone, web = row
    font, bold = r.choice(FACES)
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        web=web,
        look=r.choice(looks or ["colophon", "centred", "stack", "band", "framed", "rule"]),
        font=font,
        bold=bold,
        again=r.random() < 0.25,
        foot=footer_lines(r, name, lang, town, role)
        if role not in NO_FOOT and r.random() < 0.7
        else [],
        numbers=r.choice(NUMBERS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long", "long"] + (["iso"] if lang == "en" else [])),
    )


def press_head() -> Head:
    """The house itself: the same paper throughout the stream."""
    lang = home()
    row = SENDERS["press"][lang][int(OFFICE["press"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"firkin/press/{OFFICE['seed']}".encode()))
    return make_head(row, lang, "press", r, ["colophon", "centred", "stack", "rule"])


def press_lines(att: str = "") -> list[str]:
    h = press_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def abroad(who: Issuer, odds: float) -> str:
    """The sender's country: mostly the house's, with ``odds`` a neighbour's."""
    r = keyed(who, "abroad")
    if r.random() < odds:
        return r.choice([x for x in ("en", "de", "fr") if x != home()])
    return home()


def head_of(who: Issuer, role: str, lang: str = "", looks: list[str] | None = None) -> Head:
    if role == "press":
        return press_head()
    lang = lang or home()
    r = keyed(who, role)
    return make_head(r.choice(SENDERS[role][lang]), lang, role, r, looks)


def freelance_head(who: Issuer, trades: tuple[str, ...] = ()) -> tuple[Head, str]:
    """A freelancer's own paper (plain or centred, no registration footer) and trade (one
    of ``trades`` if given)."""
    lang = home()
    r = keyed(who, "freelance")
    pool = [x for x in FREELANCE[lang] if not trades or x[0] in trades]
    trade, name, street, town, mail = r.choice(pool)
    h = make_head(
        (name, street, town, "", mail), lang, "freelance", r, ["plain", "centred", "stack"]
    )
    h.phone = (
        serial(r, "07999 999999")
        if lang == "en"
        else serial(r, "0179 9999999")
        if lang == "de"
        else serial(r, "06 99 99 99 99")
    )
    return h, trade


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"firkin/style/{h.name}".encode()))
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or (r.choice([9.5, 10, 10.5, 11]) if h.font != "Courier" else 9.5),
        margin=margin or r.choice([54, 60, 66, 72]),
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def initials(name: str) -> str:
    parts = [
        p
        for p in name.replace("-", " ").split()
        if p[0].isupper() and p not in ("GmbH", "Ltd", "SARL")
    ]
    return "".join(p[0] for p in parts[:3])


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 16, 22.0)
    tel = f"{tr(h.lang, 'Tel.', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street} - {h.town}"
    if h.look == "colophon":
        p.rect(m, y - 14, 30, 30)
        p.text(m + 15, y + 5, initials(h.name)[:2], s.bold, 12, "center")
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m - 40)
        p.text(m + 40, y + 1, h.name, s.bold, pt)
        p.text(m + 40, y + 13, fit(f"{where}  {tel}", s.font, 7, w - 2 * m - 40), s.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name.upper(), s.bold, s.size + 3, w - 2 * m)
        p.text(w / 2, y + 2, h.name.upper(), s.bold, pt, "center")
        p.text(w / 2, y + 14, fit(where, s.font, 7.5, w - 2 * m), s.font, 7.5, "center")
        line = "  ·  ".join(t for t in (tel, h.web) if t)
        p.text(w / 2, y + 23, fit(line, s.font, 7, w - 2 * m), s.font, 7, "center")
        p.line(w / 2 - 50, y + 29, w / 2 + 50, y + 29)
        return y + 50
    if h.look == "stack":
        pt = shrink(h.name, s.bold, s.size + 4, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        yy = y - 4
        for t in (h.street, h.town, tel, h.web):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        return max(yy, y + 14) + 22
    if h.look == "band":
        p.rect(0, y - 14, w, 24, fill=0.78)
        p.text(m, y + 2, fit(h.name, s.bold, 12, w - 2 * m), s.bold, 12)
        p.text(m, y + 22, fit(f"{where}   {tel}   {h.web}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "rule":
        pt = shrink(h.name, s.bold, s.size + 7, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.line(m, y + 10, w - m, y + 10)
        p.line(m, y + 12, w - m, y + 12)
        p.text(w - m, y + 23, fit(f"{where}  {h.web}", s.font, 7, w - 2 * m), s.font, 7, "right")
        return y + 44
    if h.look == "plain":  # a person's own paper
        p.text(w - m, y, h.name, s.bold, s.size + 1, "right")
        yy = y + 12
        for t in (h.street, h.town, h.phone, h.web):
            if t:
                p.text(
                    w - m,
                    yy,
                    fit(t, s.font, s.size - 1.5, w / 2 - m),
                    s.font,
                    s.size - 1.5,
                    "right",
                )
                yy += (s.size - 1.5) * 1.3
        return yy + 16
    bw = min(w - 2 * m, max(250.0, tw(h.name, s.bold, s.size + 1) + 14))
    p.rect(m, y - 13, bw, 42)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    p.text(m + 6, y + 23, fit(f"{tel}  {h.web}".strip(), s.font, 7, bw - 12), s.font, 7)
    return y + 46


class Sheets(Flow):
    line = 1.38
    para_gap = 0.8
    head_lead = 0.6
    head_after = 1.5


def sheets(s: Style, h: Head | None, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top and h else s.margin - 6
        if h and h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    feet = len(h.foot) if h else 0
    return Sheets((w, hh), hh - s.margin - 7 * feet - 4, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 15) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = name.replace("Dr. ", "").split()
    p.text(x + 3, y - 2, f"{parts[0][0]}. {parts[-1]}", INK, pt)
    p.line(x + 4, y + 2, x + 14 + len(parts[-1]) * pt * 0.42, y - 3)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.4) -> None:
    """The house's received stamp, now and then."""
    if rng.random() < odds:
        lg = home()
        w, _ = p.size
        _, ph = p.size
        stamp(
            p,
            w - rng.uniform(150, 230),
            rng.choice([rng.uniform(6, 16), rng.uniform(ph * 0.55, ph - 140)]),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    [
                        tr(lg, "Editorial", "Lektorat", "Éditorial"),
                        tr(lg, "Rights", "Lizenzen", "Droits"),
                        tr(lg, "Accounts", "Buchhaltung", "Comptabilité"),
                        tr(lg, "Production", "Herstellung", "Fabrication"),
                    ]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("stack", "rule", "plain") else None, y0, lines)
    yy = pairs(
        f.page,
        s,
        w * 0.57,
        y0,
        [*refs, (tr(h.lang, "Date", "Datum", "Date"), day(h, d))],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 18


def place_date(f: Sheets, s: Style, h: Head, d: date) -> None:
    """The French way: place and date on the right above the subject."""
    w, _ = f.size
    town = h.town.split(" ", 1)[-1].replace(" Cedex 13", "")
    f.page.text(w - s.margin, f.y, f"{town}, le {day(h, d)}", s.font, s.size, "right")
    f.y += s.size * 2.2


def subject(f: Sheets, s: Style, lang: str, text: str) -> None:
    w, _ = f.size
    lead = tr(lang, "Re: ", "", "Objet : ")
    for k, ln in enumerate(wrap(lead + text, s.bold, s.size, w - 2 * s.margin)):
        f.page.text(s.margin, f.y + k * s.size * 1.3, ln, s.bold, s.size)
        f.y += s.size * 1.3
    f.y += s.size


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, signed: bool = True) -> None:
    f.need(84)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely,", "With best wishes,", "Kind regards,", "Yours faithfully,"][
                len(name) % 4
            ],
            "Mit freundlichen Grüßen",
            [
                "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
                "Bien cordialement,",
                "Avec nos meilleures salutations,",
            ][len(name) % 3],
        ),
        s.font,
        s.size,
    )
    f.y += 30
    if signed:
        sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"firkin/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def hello(lang: str, p: Person | None, warm: bool = False) -> str:
    """The salutation of a letter to ``p`` (None: to whom it may concern)."""
    if p is None:
        return dear(lang, None)
    if lang == "de":
        if warm:
            return f"{'Liebe' if p.female else 'Lieber'} {p.first},"
        return f"Sehr {'geehrte Frau' if p.female else 'geehrter Herr'} {p.last},"
    if lang == "fr":
        if warm:
            return f"{'Chère' if p.female else 'Cher'} {p.first},"
        return "Madame," if p.female else "Monsieur,"
    return f"Dear {p.first}," if warm else f"Dear {'Ms' if p.female else 'Mr'} {p.last},"


def letter_open(
    f: Sheets,
    s: Style,
    h: Head,
    lines: list[str],
    d: date,
    refs: list[tuple[str, str]],
    about: str,
    to: Person | None,
    warm: bool = False,
) -> None:
    """Addressee, references and date, subject and salutation."""
    if h.lang == "fr":
        y0 = f.y
        w, _ = f.size
        yy = y0
        for ln in lines:
            f.page.text(w * 0.55, yy, fit(ln, s.font, s.size, w * 0.45 - s.margin), s.font, s.size)
            yy += s.size * 1.3
        yl = pairs(f.page, s, s.margin, y0, refs, w * 0.45, s.size - 1.5) if refs else y0
        f.y = max(yy, yl) + 16
        place_date(f, s, h, d)
    else:
        recipient(f, s, h, lines, d, refs)
    subject(f, s, h.lang, about)
    f.page.text(s.margin, f.y, hello(h.lang, to, warm), s.font, s.size)
    f.y += s.size * 2


def person_lines(p: Person, lang: str) -> list[str]:
    return [mr(p, lang) if lang != "en" else p.name, p.street, p.town]


def signatures(
    f: Sheets,
    s: Style,
    lang: str,
    left: tuple[str, str],
    right: tuple[str, str],
    place: str,
    d: date,
) -> None:
    """Two signature blocks side by side: (party, signer) each, signed by hand."""
    f.need(110)
    w, _ = f.size
    m = s.margin
    half = (w - 2 * m) / 2
    for k, (party, signer) in enumerate((left, right)):
        x = m + k * half
        y = f.y
        f.page.text(x, y, fit(party, s.bold, s.size - 1, half - 14), s.bold, s.size - 1)
        y += 16
        f.page.text(
            x, y, tr(lang, "Place / date: ", "Ort, Datum: ", "Fait à "), s.font, s.size - 1.5
        )
        scribble(f.page, x + 62, y, f"{place}, {short(d, lang)}", 8.5)
        y += 34
        sign(f.page, x + 6, y - 6, signer)
        f.page.line(x, y, x + half - 20, y)
        f.page.text(x, y + 10, signer, s.font, s.size - 2)
    f.y += 72


CLAUSES = {
    "en": [
        "Grant of Rights",
        "Delivery of the Work",
        "Publication",
        "Advance",
        "Royalties",
        "Subsidiary Rights",
        "Accounts",
        "Author's Warranties and Indemnity",
        "Copyright and Moral Rights",
        "Author's Copies",
        "Revised Editions",
        "Out of Print",
        "Termination",
        "Notices and Governing Law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Rechtseinräumung",
        "Ablieferung des Manuskripts",
        "Veröffentlichung und Ausstattung",
        "Vorschuss",
        "Honorar",
        "Nebenrechte",
        "Abrechnung",
        "Freiexemplare",
        "Gewährleistung",
        "Neuauflagen",
        "Kündigung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet du contrat",
        "Étendue de la cession",
        "Remise du manuscrit",
        "Publication",
        "À-valoir",
        "Rémunération de l'auteur",
        "Droits dérivés",
        "Reddition des comptes",
        "Exemplaires d'auteur",
        "Garantie",
        "Épuisement",
        "Résiliation",
        "Litiges",
    ],
}


def clause_text(rng: random.Random, lang: str, name: str, t: Title) -> str:
    """The text of a contract clause: specific for money and delivery, else boilerplate."""
    adv, lg = t.advance, lang
    if name in ("Advance", "Vorschuss", "À-valoir"):
        return tr(
            lg,
            f"The Publisher shall pay the Author an advance of {cash(adv, lg)} against all sums "
            "due under this Agreement, payable one half on signature and one half on "
            "publication. " + words(rng, lg, "rights"),
            f"Der Verlag zahlt der Autorin bzw. dem Autor einen nicht rückzahlbaren, aber voll "
            f"verrechenbaren Vorschuss von {cash(adv, lg)}, fällig zur Hälfte bei "
            "Vertragsunterzeichnung und zur Hälfte bei Erscheinen. " + words(rng, lg, "rights"),
            f"L'Éditeur versera à l'Auteur un à-valoir de {cash(adv, lg)}, définitivement "
            "acquis, à valoir sur l'ensemble des droits, payable pour moitié à la signature et "
            "pour moitié à la parution. " + words(rng, lg, "rights"),
        )
    if name in ("Royalties", "Honorar", "Rémunération de l'auteur"):
        a, b = rng.choice([(7.5, 10), (8, 10), (10, 12.5), (6, 8)])
        return tr(
            lg,
            f"On copies of the hardback or paperback edition sold the Publisher shall pay "
            f"{a}% of the recommended retail price on the first 3,000 copies and {b}% "
            "thereafter; on e-book editions 25% of net receipts. " + words(rng, lg, "rights"),
            f"Für jedes verkaufte und bezahlte Exemplar erhält der Autor {money(a, lg)} % vom "
            f"Nettoladenverkaufspreis bis 3.000 Exemplare, danach {money(b, lg)} %; für "
            "E-Books 25 % der Nettoerlöse. " + words(rng, lg, "rights"),
            f"L'Auteur percevra {money(a, lg)} % du prix public hors taxes jusqu'à 3 000 "
            f"exemplaires vendus, puis {money(b, lg)} % au-delà ; pour l'édition numérique, "
            "25 % des recettes nettes. " + words(rng, lg, "rights"),
        )
    if name in ("Delivery of the Work", "Ablieferung des Manuskripts", "Remise du manuscrit"):
        due = short(t.pub - timedelta(days=rng.randint(200, 400)), lg)
        return tr(
            lg,
            f"The Author shall deliver the complete text of the Work, of approximately "
            f"{rng.randint(6, 12) * 10},000 words, in digital form not later than {due}. "
            + words(rng, lg, "book"),
            f"Der Autor liefert das vollständige Manuskript im Umfang von etwa "
            f"{rng.randint(30, 60) * 10} Normseiten bis spätestens {due} in digitaler Form ab. "
            + words(rng, lg, "book"),
            f"L'Auteur remettra à l'Éditeur le texte définitif et complet de l'oeuvre, d'environ "
            f"{rng.randint(25, 50) * 10} 000 signes, au plus tard le {due}. "
            + words(rng, lg, "book"),
        )
    return prose(rng, lg, "deal", 1, 3)


def clause_head(lang: str, k: int, name: str) -> str:
    return {"en": f"{k}. {name.upper()}", "de": f"§ {k} {name}", "fr": f"Article {k} - {name}"}[
        lang
    ]


def tpl_author_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The house's author contract (copy signed by both): sometimes a front sheet, the parties,
    the numbered clauses over two to four pages, the signature block, sometimes a royalty
    schedule page; page numbers and initials in the margin on most."""
    h = press_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, hh = s.page_size
    m = s.margin
    t = the_title(rng, ("reader_report",))
    d = the_day(rng, ("reader_report",), (20, 60))
    a = t.author
    kind = tr(lg, "PUBLISHING AGREEMENT", "VERLAGSVERTRAG", "CONTRAT D'ÉDITION")
    ref = serial(rng, rng.choice(["C/99/999", "V-9999-99", "CE-99-999"]))
    pages: list[Page] = []
    cover = rng.random() < 0.3
    if cover:
        cv = Page(s.page_size)
        cv.text(
            w / 2,
            hh * 0.22,
            tr(lg, "DATED", "DATUM", "EN DATE DU") + f" {day(h, d)}",
            s.font,
            s.size,
            "center",
        )
        y = hh * 0.34
        for k, ln in enumerate(
            [
                kind,
                "",
                tr(lg, "between", "zwischen", "entre"),
                h.name.upper(),
                tr(lg, "and", "und", "et"),
                a.name.upper(),
                "",
                tr(
                    lg,
                    "for the work provisionally entitled",
                    "über das Werk mit dem Arbeitstitel",
                    "pour l'oeuvre intitulée provisoirement",
                ),
                quoted(t, lg),
            ]
        ):
            if ln:
                font = s.bold if k in (0, 3, 5, 8) else s.font
                cv.text(
                    w / 2, y, ln, font, s.size + (6 if k == 0 else 2 if k == 8 else 0), "center"
                )
            y += 24
        cv.rect(m + 30, hh * 0.15, w - 2 * m - 60, y - hh * 0.15 + 10)
        cv.text(
            w / 2,
            hh - m - 20,
            f"{tr(lg, 'Ref.', 'Vertrags-Nr.', 'Réf.')} {ref}",
            s.font,
            8,
            "center",
        )
        pages.append(cv)
    f = sheets(s, h, f"{kind} - {a.name} - {t.name}", top=not cover)
    f.y += 6
    caption(
        f, s, kind if not cover else tr(lg, "AGREEMENT", "Verlagsvertrag", "Contrat d'édition"), 5
    )
    between = tr(
        lg,
        f"This Agreement is made on {day(h, d)} between {h.name}, of {h.street}, {h.town} "
        f"(the Publisher), and {a.name}, of {a.street}, {a.town} (the Author), concerning an "
        f"original work by the Author at present entitled {quoted(t, lg)} (the Work).",
        f"Zwischen {a.name}, {a.street}, {a.town} - nachfolgend Autor genannt - und "
        f"{h.name}, {h.street}, {h.town} - nachfolgend Verlag genannt - wird folgender "
        f"Verlagsvertrag über das Werk mit dem Arbeitstitel {quoted(t, lg)} geschlossen.",
        f"Entre les soussignés : {a.name}, demeurant {a.street}, {a.town}, ci-après "
        f"dénommé(e) l'Auteur, d'une part, et {h.name}, {h.street}, {h.town}, ci-après "
        f"dénommées l'Éditeur, d'autre part, il a été convenu ce qui suit concernant "
        f"l'oeuvre intitulée {quoted(t, lg)}.",
    )
    write(f, s, between)
    f.y += 4
    names = CLAUSES[lg][:]
    if rng.random() < 0.5:
        names = names[: rng.randint(8, len(names))]
    for k, name in enumerate(names, 1):
        f.heading(m, clause_head(lg, k, name), s.bold, s.size)
        for j in range(1, rng.choice([2, 3, 3, 4, 5]) + 1):
            body = clause_text(rng, lg, name, t) if j == 1 else prose(rng, lg, "deal", 1, 3)
            lead = {"en": f"{k}.{j} ", "de": f"({j}) ", "fr": ""}[lg]
            write(f, s, lead + body, pt=s.size - 0.5)
    f.y += 10
    signatures(
        f,
        s,
        lg,
        (tr(lg, "For the Publisher", "Für den Verlag", "Pour l'Éditeur"), staff(h, "publisher")),
        (tr(lg, "The Author", "Der Autor / die Autorin", "L'Auteur"), a.name),
        h.town.split()[-1] if lg != "en" else h.town.rsplit(" ", 2)[0],
        d,
    )
    if rng.random() < 0.35:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "SCHEDULE - ROYALTY RATES",
                "Anlage 1 - Honorarstaffel",
                "Annexe 1 - Barème des droits",
            ),
            2,
        )
        cols = columns(m, w - m, [(2.2, "left"), (2.2, "left"), (1, "right")])
        rows = []
        for fmt in FORMATS[lg]:
            for chan in [tr(lg, "Home", "Inland", "France"), tr(lg, "Export", "Ausland", "Export")]:
                rows.append([fmt, chan, f"{money(rng.choice([6, 7.5, 8, 10, 12.5, 25]), lg)} %"])
        table(
            f,
            cols,
            [
                tr(lg, "Format", "Ausgabe", "Édition"),
                tr(lg, "Market", "Markt", "Marché"),
                tr(lg, "Rate", "Satz", "Taux"),
            ],
            rows,
            s,
            rules=True,
        )
        f.y += 10
        write(f, s, prose(rng, lg, "rights", 1, 2), pt=s.size - 1)
    pages += f.pages
    numbers = h.numbers if h.numbers != "none" or rng.random() < 0.4 else NUMBERS[lg][3]
    close(pages, s, h, numbers, covers=1 if cover else 0)
    if rng.random() < 0.5:  # the author's and the house's initials on each page
        for p in pages[1 if cover else 0 :]:
            pw, ph = p.size
            p.text(
                pw - m - 60,
                ph - 38 - 7 * len(h.foot),
                tr(lg, "Initials", "Paraphe", "Paraphes"),
                s.font,
                6.5,
            )
            scribble(
                p,
                pw - m - 30,
                ph - 38 - 7 * len(h.foot),
                initials(a.name) + " / " + initials(staff(h, "publisher")),
                8,
            )
    received(rng, pages[0], d + timedelta(days=rng.randint(5, 20)), 0.25)
    note(t, d, ref, a)
    return pages


def tpl_contract_amendment(rng: random.Random, who: Issuer) -> list[Page]:
    """The house's addendum to an author contract (new delivery date, new title, e-book
    rates, an extra advance): one or two pages, numbered changes, both signatures."""
    h = press_head()
    lg = h.lang
    s = style_of(h)
    m = s.margin
    t = the_title(rng, ("author_contract",))
    base = the_day(rng, ("author_contract",), (120, 700))
    first = (
        LAST["day"]
        if LAST["kind"] == "author_contract" and isinstance(LAST["day"], date)
        else base - timedelta(days=rng.randint(200, 900))
    )
    a = t.author
    no = rng.randint(1, 3)
    f = sheets(
        s,
        h,
        tr(lg, "Addendum", "Nachtrag", "Avenant") + f" {no} - {t.name}",
        top=rng.random() < 0.8,
    )
    f.y += 4
    caption(
        f,
        s,
        tr(lg, f"ADDENDUM No. {no}", f"{no}. Nachtrag zum Verlagsvertrag", f"AVENANT N° {no}"),
        4,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"to the Agreement dated {day(h, first)} between {h.name} (the Publisher) and "
            f"{a.name} (the Author) for the Work {quoted(t, lg)}. The parties agree that the "
            "Agreement shall be varied as follows with effect from the date below; all other "
            "terms remain unchanged.",
            f"vom {day(h, first)} zwischen {a.name} und {h.name} über das Werk {quoted(t, lg)}. "
            "Die Parteien vereinbaren die folgenden Änderungen; alle übrigen Bestimmungen des "
            "Vertrages bleiben unberührt.",
            f"au contrat d'édition du {day(h, first)} conclu entre {a.name} et {h.name} pour "
            f"l'oeuvre {quoted(t, lg)}. Les parties conviennent des modifications suivantes ; "
            "les autres clauses du contrat demeurent inchangées.",
        ),
    )
    changes = [
        tr(
            lg,
            "Clause 2 is amended: the delivery date is extended to "
            f"{short(base + timedelta(days=120), lg)}.",
            "§ 3 wird geändert: Der Ablieferungstermin wird auf den "
            f"{short(base + timedelta(days=120), lg)} verschoben.",
            "L'article 3 est modifié : la date de remise du manuscrit est reportée au "
            f"{short(base + timedelta(days=120), lg)}.",
        ),
        tr(
            lg,
            f"The Work shall be published under the title {quoted(rng.choice(TITLES), lg)}.",
            f"Das Werk erscheint unter dem Titel {quoted(rng.choice(TITLES), lg)}.",
            f"L'oeuvre paraîtra sous le titre {quoted(rng.choice(TITLES), lg)}.",
        ),
        tr(
            lg,
            f"A further advance of {cash(rng.choice([500, 750, 1000, 1500]), lg)} shall be paid "
            "on signature of this Addendum.",
            "Der Verlag zahlt einen weiteren Vorschuss von "
            f"{cash(rng.choice([500, 750, 1000, 1500]), lg)} bei Unterzeichnung dieses Nachtrags.",
            f"Un à-valoir complémentaire de {cash(rng.choice([500, 750, 1000, 1500]), lg)} sera "
            "versé à la signature du présent avenant.",
        ),
        tr(
            lg,
            "The royalty on e-book editions is increased to 30% of net receipts.",
            "Das Honorar für E-Books wird auf 30 % der Nettoerlöse erhöht.",
            "La rémunération sur l'édition numérique est portée à 30 % des recettes nettes.",
        ),
        tr(
            lg,
            "The Publisher is granted audio rights in the Work in the English language.",
            "Der Verlag erhält zusätzlich die Hörbuchrechte am Werk.",
            "L'Auteur cède en outre à l'Éditeur les droits d'adaptation audio de l'oeuvre.",
        ),
    ]
    for k, c in enumerate(rng.sample(changes, rng.randint(1, 3)), 1):
        f.need(40)
        f.page.text(m, f.y, f"{k}.", s.bold, s.size)
        text_lines = wrap(
            c + (" " + words(rng, lg, "rights") if rng.random() < 0.5 else ""),
            s.font,
            s.size,
            f.size[0] - 2 * m - 20,
        )
        for ln in text_lines:
            f.page.text(m + 20, f.y, ln, s.font, s.size)
            f.y += s.size * 1.4
        f.y += 6
    if rng.random() < 0.4:
        write(f, s, prose(rng, lg, "rights", 2, 4))
    if rng.random() < 0.35:  # the clause restated in full
        f.heading(
            m,
            tr(
                lg,
                "Revised clause 5 (Royalties) now reads:",
                "§ 6 erhält folgende Fassung:",
                "L'article 6 est désormais rédigé comme suit :",
            ),
            s.bold,
            s.size,
        )
        for j in range(1, rng.randint(4, 8)):
            write(
                f,
                s,
                f"{j}. "
                + (
                    clause_text(rng, lg, CLAUSES[lg][4 if lg == "en" else 5], t)
                    if j == 1
                    else prose(rng, lg, "deal", 2, 3)
                ),
                pt=s.size - 0.5,
                indent=14,
            )
    f.y += 14
    signatures(
        f,
        s,
        lg,
        (tr(lg, "For the Publisher", "Für den Verlag", "Pour l'Éditeur"), staff(h, "publisher")),
        (tr(lg, "The Author", "Autor/in", "L'Auteur"), a.name),
        h.town.split()[-1] if lg != "en" else h.town.rsplit(" ", 2)[0],
        base,
    )
    pages = close(f.pages, s, h)
    note(t, base, "", a)
    return pages


def half_year(d: date, lang: str) -> tuple[str, date]:
    if d.month <= 6:
        end = date(d.year - 1, 12, 31)
        start = date(d.year - 1, 7, 1)
    else:
        end = date(d.year, 6, 30)
        start = date(d.year, 1, 1)
    return f"{short(start, lang)} - {short(end, lang)}", end


def tpl_royalty_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The house's half-yearly royalty statement to an author: summary on the first page
    (balance, advance unearned, amount payable), then per title a table of formats and
    markets (sales, returns, rate, royalty) and subsidiary rights income, now and then on
    landscape pages; a remittance slip at the foot now and then."""
    h = press_head()
    lg = h.lang
    wide = rng.random() < 0.3
    s = style_of(h, A4L if wide else A4, pt=9.5)
    w, _ = s.page_size
    m = s.margin
    d = on(rng, -40, 10)
    period, end = half_year(d, lg)
    t = rng.choice(TITLES)
    a = t.author
    mine = [x for x in TITLES if x.author is a] or [t]
    if rng.random() < 0.3:
        mine = [t, *rng.sample(TITLES, rng.randint(1, 2))]
        mine = [x for k, x in enumerate(mine) if all(x is not y for y in mine[:k])]
    ref = serial(rng, "A99999")
    label = tr(lg, "ROYALTY STATEMENT", "HONORARABRECHNUNG", "RELEVÉ DE DROITS D'AUTEUR")
    f = sheets(s, h, f"{label} {period} - {a.name} - {ref}")
    recipient(
        f,
        s,
        h,
        person_lines(a, lg),
        d,
        [
            (tr(lg, "Author no.", "Autoren-Nr.", "N° auteur"), ref),
            (tr(lg, "Period", "Zeitraum", "Période"), period),
        ],
    )
    caption(f, s, label, 3)
    earned_all = 0.0
    blocks = []
    for x in mine:
        rows = []
        earned = 0.0
        for k, fmt in enumerate(FORMATS[lg][: rng.choice([2, 3, 4])]):
            for chan in rng.sample(
                [tr(lg, "Home", "Inland", "France"), tr(lg, "Export", "Export", "Export")],
                rng.choice([1, 2]),
            ):
                sold = rng.randint(0, 900) if k < 2 else rng.randint(0, 300)
                ret = rng.randint(0, sold // 6) if k < 2 else 0
                price = x.price if k != 2 else round(x.price * 0.55, 2)
                rate = rng.choice([7.5, 10, 12.5]) if k < 2 else 25.0
                roy = (sold - ret) * price * rate / 100 * (0.55 if k >= 2 else 1.0)
                earned += roy
                rows.append(
                    [
                        fmt,
                        chan,
                        str(sold),
                        str(ret),
                        str(sold - ret),
                        money(price, lg),
                        f"{money(rate, lg)}%",
                        money(roy, lg),
                    ]
                )
        sub = []
        if rng.random() < 0.4:
            v = rng.choice([250, 400, 800, 1200, 2000]) * 1.0
            sub.append(
                [
                    rng.choice(
                        [
                            tr(
                                lg,
                                "Translation rights (German)",
                                "Übersetzungslizenz (Englisch)",
                                "Cession de traduction (allemand)",
                            ),
                            tr(lg, "Serial rights", "Vorabdruck", "Prépublication"),
                            tr(lg, "Audio licence", "Hörbuchlizenz", "Licence audio"),
                        ]
                    ),
                    money(v, lg),
                    "50%",
                    money(v / 2, lg),
                ]
            )
            earned += v / 2
        earned_all += earned
        blocks.append((x, rows, sub, earned))
    brought = -rng.choice([0, 0, 500, 1200, t.advance]) * 1.0
    payable = earned_all + brought
    sumcols = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Balance brought forward", "Saldovortrag", "Solde reporté"), cash(brought, lg)),
            (
                tr(
                    lg,
                    "Royalties this period",
                    "Honorare dieser Abrechnung",
                    "Droits de la période",
                ),
                cash(earned_all, lg),
            ),
            (
                tr(lg, "Amount payable", "Auszahlungsbetrag", "Montant à payer")
                if payable > 0
                else tr(lg, "Balance carried forward", "Saldo neu", "Solde à reporter"),
                cash(max(payable, 0) if payable > 0 else payable, lg),
            ),
        ],
        m + min(320.0, w - 2 * m),
    )
    f.y = sumcols + 10
    if payable > 0:
        write(
            f,
            s,
            tr(
                lg,
                "Payment will be made by BACS to your account on "
                f"{short(end + timedelta(days=92), lg)}.",
                f"Der Betrag wird am {short(end + timedelta(days=92), lg)} auf Ihr Konto "
                "überwiesen.",
                f"Le virement sera effectué le {short(end + timedelta(days=92), lg)}.",
            ),
            pt=s.size - 1,
        )
    cols = columns(
        m,
        w - m,
        [
            (1.9, "left"),
            (1.2, "left"),
            (1.2, "right"),
            (1.4, "right"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1.3, "right"),
        ],
    )
    head = [
        tr(lg, "Format", "Ausgabe", "Édition"),
        tr(lg, "Market", "Markt", "Marché"),
        tr(lg, "Sold", "Verkauft", "Vendus"),
        tr(lg, "Returns", "Remissionen", "Retours"),
        tr(lg, "Net", "Netto", "Net"),
        tr(lg, "Price", "Preis", "Prix"),
        tr(lg, "Rate", "Satz", "Taux"),
        tr(lg, "Royalty", "Honorar", "Droits"),
    ]
    for k, (x, rows, sub, earned) in enumerate(blocks):
        if k > 0 or rng.random() < 0.5:
            f.new_page()
        else:
            f.y += 10
        f.need(120)
        f.page.text(m, f.y, f"{x.name}", s.bold, s.size + 1)
        f.page.text(w - m, f.y, f"ISBN {x.isbns[0]}", s.font, s.size - 1, "right")
        f.y += 18
        table(f, cols, head, rows, s, size=8.5, shade=0.88)
        if sub:
            f.y += 6
            table(
                f,
                columns(m, w - m, [(4, "left"), (1.3, "right"), (1, "right"), (1.3, "right")]),
                [
                    tr(lg, "Subsidiary rights", "Nebenrechte", "Droits dérivés"),
                    tr(lg, "Receipts", "Erlös", "Recettes"),
                    tr(lg, "Share", "Anteil", "Part"),
                    tr(lg, "Due", "Honorar", "Dû"),
                ],
                sub,
                s,
                size=8.5,
            )
        f.y += 4
        f.page.text(
            w - m,
            f.y,
            tr(lg, "Total this title ", "Summe Titel ", "Total titre ") + cash(earned, lg),
            s.bold,
            s.size,
            "right",
        )
        f.y += 20
    pages = close(f.pages, s, h, h.numbers if len(f.pages) > 1 else "none")
    note(t, d, ref, a)
    return pages


QUOTED = {
    "en": [
        ("lines from the poem", "'Harbour Lights'", "Frances Aldous", "Selected Poems 1970-2010"),
        (
            "an extract (approx. 420 words) from",
            "'The Marsh Diaries'",
            "R. T. Callow",
            "The Marsh Diaries",
        ),
        (
            "the epigraph from",
            "'Letters to a Young Botanist'",
            "Edith Sowerby",
            "Letters to a Young Botanist",
        ),
        ("the song lyric", "'Down by the Lock'", "Jim Hanley", "Songs from the Cut"),
    ],
    "de": [
        ("die Verse aus dem Gedicht", "»Hafenlichter«", "Marianne Oeser", "Gedichte 1968-2004"),
        ("einen Auszug (ca. 2 Normseiten) aus", "»Das Moorbuch«", "Walter Kuhnert", "Das Moorbuch"),
        (
            "das Motto aus",
            "»Briefe an einen jungen Gärtner«",
            "Hedwig Sauer",
            "Briefe an einen jungen Gärtner",
        ),
    ],
    "fr": [
        ("les vers du poème", "« Feux du port »", "Jeanne Arcelin", "Poèmes choisis"),
        (
            "un extrait (env. 1 500 signes) de",
            "« Carnets du marais »",
            "Robert Tixier",
            "Carnets du marais",
        ),
        (
            "l'épigraphe tirée de",
            "« Lettres à un jeune jardinier »",
            "Odile Serrault",
            "Lettres à un jeune jardinier",
        ),
    ],
}


def tpl_permission_request(rng: random.Random, who: Issuer) -> list[Page]:
    """The house's letter asking a rights holder's permission to quote material in a
    forthcoming book, with the details of the edition and a reply form (on the letter's
    foot or on a second page), which the rights holder returns ticked and signed."""
    h = press_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    t = rng.choice(TITLES)
    hold = head_of(who, "house", abroad(who, 0.25))
    what, name, by, source = rng.choice(QUOTED[hold.lang if hold.lang == lg else lg])
    ref = serial(rng, "PR/99/999")
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Permission request', 'Abdruckgenehmigung', 'Demande d autorisation')} {ref}",
    )
    letter_open(
        f,
        s,
        h,
        [
            hold.name,
            tr(lg, "Permissions Department", "Rechte und Lizenzen", "Service des droits"),
            hold.street,
            hold.town,
        ],
        d,
        [(tr(lg, "Our ref.", "Unser Zeichen", "Réf."), ref)],
        tr(
            lg,
            "Request for permission to quote copyright material",
            "Anfrage Abdruckgenehmigung",
            "Demande d'autorisation de reproduction",
        ),
        None,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We are preparing for publication {quoted(t, lg)} by {t.author.name}, and should be "
            f"grateful for your permission to include {what} {name} by {by}, first published "
            f"in {source}.",
            f"wir bereiten die Veröffentlichung von {quoted(t, lg)} von {t.author.name} vor und "
            f"bitten Sie um die Genehmigung, {what} {name} von {by} (erschienen in "
            f"{source}) abzudrucken.",
            f"nous préparons la publication de {quoted(t, lg)} de {t.author.name} et "
            f"souhaiterions reproduire {what} {name} de {by}, paru dans {source}.",
        ),
    )
    f.y += 2
    f.y = (
        pairs(
            f.page,
            s,
            m + 20,
            f.y,
            [
                (tr(lg, "Author", "Autor", "Auteur"), t.author.name),
                (tr(lg, "Title", "Titel", "Titre"), t.name),
                (
                    tr(lg, "Format / extent", "Ausstattung / Umfang", "Format / pagination"),
                    f"{t.trim}, {t.extent} pp.",
                ),
                (
                    tr(lg, "First print run", "Erstauflage", "Premier tirage"),
                    f"{rng.choice([1500, 2000, 2500, 3000, 4000])}",
                ),
                (tr(lg, "Retail price", "Ladenpreis", "Prix public"), cash(t.price, lg)),
                (tr(lg, "Publication date", "Erscheinungstermin", "Parution"), short(t.pub, lg)),
                (
                    tr(lg, "Territory", "Vertriebsgebiet", "Territoire"),
                    tr(
                        lg,
                        "World, English language",
                        "Deutschland, Österreich, Schweiz",
                        "Monde, langue française",
                    ),
                ),
                (
                    tr(lg, "Editions", "Ausgaben", "Éditions"),
                    tr(lg, "print and e-book", "Print und E-Book", "papier et numérique"),
                ),
            ],
            m + min(380.0, w - 2 * m - 20),
        )
        + 8
    )
    write(
        f,
        s,
        words(rng, lg, "rights")
        + " "
        + tr(
            lg,
            "Full acknowledgement will be given in the form you specify.",
            "Die Quelle wird selbstverständlich in der von Ihnen gewünschten Form angegeben.",
            "La mention de source sera faite selon vos indications.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "permissions"),
        tr(lg, "Editorial Assistant", "Lektoratsassistenz", "Assistante d'édition"),
    )
    if f.y > f.bottom - 230 or rng.random() < 0.5:
        f.new_page()
        f.y += 20
    else:
        slip_rule(
            f.page, m, w - m, f.y + 6, tr(lg, "please return", "bitte zurücksenden", "à retourner")
        )
        f.y += 26
    p = f.page
    p.text(
        m,
        f.y,
        tr(lg, "REPLY FORM", "ANTWORT", "COUPON-RÉPONSE")
        + f"  -  {tr(lg, 'our ref.', 'Zeichen', 'réf.')} {ref}",
        s.bold,
        s.size,
    )
    f.y += 18
    granted = rng.random() < 0.8
    fee = rng.random() < 0.5
    ys = f.y
    for k, lab in enumerate(
        [
            tr(
                lg,
                "Permission is granted free of charge",
                "Genehmigung wird kostenfrei erteilt",
                "Autorisation accordée à titre gracieux",
            ),
            tr(
                lg,
                "Permission is granted subject to a fee of",
                "Genehmigung gegen ein Honorar von",
                "Autorisation accordée moyennant",
            ),
            tr(
                lg,
                "Permission is refused / we do not control these rights",
                "Genehmigung wird nicht erteilt / Rechte liegen nicht bei uns",
                "Autorisation refusée / droits non détenus",
            ),
        ]
    ):
        on_ = (
            (k == 0 and granted and not fee)
            or (k == 1 and granted and fee)
            or (k == 2 and not granted)
        )
        box(p, m, ys, on_ and rng.random() < 0.97)
        p.text(m + 14, ys, lab, s.font, s.size - 1)
        if k == 1 and on_:
            scribble(p, m + 30 + 240, ys, cash(rng.choice([50, 75, 120, 150, 250]), lg))
        ys += 17
    p.text(
        m,
        ys + 8,
        tr(lg, "Acknowledgement to read:", "Quellenangabe:", "Mention à faire figurer :"),
        s.font,
        s.size - 1,
    )
    if granted:
        scribble(p, m + 130, ys + 8, f"{name} {by} (c) {hold.name.split()[0]}", 8.5)
    p.line(m + 125, ys + 11, w - m, ys + 11)
    ys += 40
    p.text(m, ys, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, s.size - 1)
    sign(p, m + 60, ys, staff(hold, "perm"))
    p.text(w / 2 + 20, ys, tr(lg, "Date", "Datum", "Date"), s.font, s.size - 1)
    scribble(p, w / 2 + 60, ys, short(d + timedelta(days=rng.randint(10, 40)), lg))
    pages = close(f.pages, s, h)
    received(rng, pages[-1], d + timedelta(days=rng.randint(12, 45)), 0.4)
    note(t, d, ref, hold)
    return pages


def tpl_permission_grant(rng: random.Random, who: Issuer) -> list[Page]:
    """A rights holder's permission licence: letter with the material, the edition and the
    fee, the credit line to print, the conditions (on the letter or a page of their own),
    sometimes a pro-forma invoice for the fee."""
    other = (
        LAST["other"]
        if LAST["kind"] == "permission_request" and isinstance(LAST["other"], Head)
        else None
    )
    hold = other or head_of(who, "house", abroad(who, 0.25))
    lg = hold.lang
    s = style_of(hold, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
    w, _ = s.page_size
    m = s.margin
    t = the_title(rng, ("permission_request",))
    d = the_day(rng, ("permission_request",), (14, 50))
    their = str(LAST["ref"]) if LAST["kind"] == "permission_request" else serial(rng, "PR/99/999")
    what, name, by, source = rng.choice(QUOTED[lg])
    ref = serial(rng, rng.choice(["PERM-99999", "GEN 9999/99", "AUT-99-9999"]))
    fee = rng.choice([0, 60, 90, 120, 180, 250, 400])
    f = sheets(
        s, hold, f"{hold.name} - {tr(lg, 'Permission', 'Genehmigung', 'Autorisation')} {ref}"
    )
    pl = press_head()
    letter_open(
        f,
        s,
        hold,
        [pl.name, staff(pl, "permissions"), pl.street, pl.town],
        d,
        [
            (tr(lg, "Your ref.", "Ihr Zeichen", "V/réf."), their),
            (tr(lg, "Our ref.", "Unser Zeichen", "N/réf."), ref),
        ],
        tr(
            lg,
            f"Permission to reproduce: {name}",
            f"Abdruckgenehmigung {name}",
            f"Autorisation de reproduction : {name}",
        ),
        None,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your request. We are pleased to grant you non-exclusive permission to "
            f"reproduce {what} {name} by {by} in {quoted(t, lg)} by {t.author.name}, in the "
            "edition described in your letter, subject to the conditions below.",
            f"vielen Dank für Ihre Anfrage. Wir erteilen Ihnen hiermit die nicht ausschließliche "
            f"Genehmigung, {what} {name} von {by} in {quoted(t, home())} von {t.author.name} "
            "abzudrucken, zu den nachstehenden Bedingungen.",
            f"Nous avons bien reçu votre demande et vous accordons l'autorisation non exclusive "
            f"de reproduire {what} {name} de {by} dans {quoted(t, home())}, aux conditions "
            "suivantes.",
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
                    tr(lg, "Fee", "Honorar", "Droits"),
                    cash(fee, lg) if fee else tr(lg, "gratis", "kostenfrei", "gracieux"),
                ),
                (
                    tr(lg, "Print run", "Auflage", "Tirage"),
                    tr(lg, "up to 5,000 copies", "bis 5.000 Exemplare", "jusqu'à 5 000 ex."),
                ),
                (
                    tr(lg, "Credit line", "Quellenangabe", "Mention"),
                    f"{by}, {source} (c) {hold.name}",
                ),
            ],
            w - m - 20,
        )
        + 8
    )
    conds = [
        tr(
            lg,
            "Full acknowledgement must be given in every copy as stated above.",
            "Die Quellenangabe ist in jedem Exemplar in der genannten Form abzudrucken.",
            "La mention ci-dessus doit figurer dans chaque exemplaire.",
        ),
        tr(
            lg,
            "This permission covers the edition stated only and is not transferable.",
            "Die Genehmigung gilt nur für die genannte Ausgabe und ist nicht übertragbar.",
            "Cette autorisation vaut pour la seule édition indiquée et n'est pas cessible.",
        ),
        tr(
            lg,
            "The fee is payable on publication or within 12 months, whichever is sooner.",
            "Das Honorar ist bei Erscheinen, spätestens nach 12 Monaten fällig.",
            "Les droits sont payables à la parution, au plus tard sous 12 mois.",
        ),
        tr(
            lg,
            "Two copies of the published work are to be sent to us on publication.",
            "Bitte senden Sie uns bei Erscheinen zwei Belegexemplare.",
            "Deux exemplaires justificatifs nous seront adressés à la parution.",
        ),
        tr(
            lg,
            "Translation, abridgement or alteration of the material is not permitted.",
            "Kürzungen oder Änderungen des Textes sind nicht gestattet.",
            "Aucune coupe ni modification du texte n'est autorisée.",
        ),
    ]
    own_page = rng.random() < 0.35
    if not own_page:
        f.heading(m, tr(lg, "Conditions", "Bedingungen", "Conditions"), s.bold, s.size)
        for k, c in enumerate(conds, 1):
            write(f, s, f"{k}. {c}", pt=s.size - 1, indent=10)
    regards(
        f,
        s,
        lg,
        staff(hold, "perm"),
        tr(lg, "Permissions Manager", "Rechte und Lizenzen", "Responsable des autorisations"),
    )
    if own_page:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "STANDARD CONDITIONS OF PERMISSION",
                "ALLGEMEINE BEDINGUNGEN FÜR ABDRUCKGENEHMIGUNGEN",
                "CONDITIONS GÉNÉRALES D'AUTORISATION",
            ),
            1,
        )
        for k, c in enumerate(
            conds + [words(rng, lg, "rights") for _ in range(rng.randint(3, 6))], 1
        ):
            write(f, s, f"{k}. {c}", pt=s.size - 1.5)
    if fee and rng.random() < 0.4:
        f.new_page()
        caption(f, s, tr(lg, "PRO-FORMA INVOICE", "PROFORMA-RECHNUNG", "FACTURE PRO FORMA"), 3)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N°"), serial(rng, "PF99999")),
                    (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                    (tr(lg, "Reference", "Bezug", "Référence"), ref),
                ],
                m + 260,
            )
            + 10
        )
        vat = 0.0 if lg == "en" else fee * (0.07 if lg == "de" else 0.055)
        table(
            f,
            columns(m, w - m, [(5, "left"), (1.4, "right")]),
            [
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [
                [
                    f"{tr(lg, 'Permission fee', 'Abdruckhonorar', 'Droits de reproduction')}: "
                    f"{name}",
                    money(fee, lg),
                ],
                [tr(lg, "VAT", "USt. 7 %", "TVA 5,5 %"), money(vat, lg)],
                [tr(lg, "Total due", "Gesamtbetrag", "Total TTC"), money(fee + vat, lg)],
            ],
            s,
            rules=True,
        )
    pages = close(f.pages, s, hold)
    received(rng, pages[0], d)
    note(t, d, ref)
    return pages


def spec_items(rng: random.Random, lg: str, t: Title) -> list[tuple[str, str]]:
    return [
        (tr(lg, "Title", "Titel", "Titre"), t.name),
        (tr(lg, "Format (trimmed)", "Format (beschnitten)", "Format fini"), t.trim),
        (
            tr(lg, "Extent", "Umfang", "Pagination"),
            tr(
                lg,
                f"{t.extent} pp. + cover",
                f"{t.extent} Seiten + Umschlag",
                f"{t.extent} pages + couverture",
            ),
        ),
        (
            tr(lg, "Text", "Inhalt", "Intérieur"),
            tr(lg, "1/1 black, ", "1/1-farbig schwarz, ", "1/1 noir, ") + rng.choice(PAPERS[lg]),
        ),
        (
            tr(lg, "Cover", "Umschlag", "Couverture"),
            tr(
                lg,
                "4/0 on 300gsm one-side board, matt laminate",
                "4/0-farbig auf 300 g/m² Karton, Mattfolie",
                "4/0 sur carte 300 g, pelliculage mat",
            ),
        ),
        (tr(lg, "Binding", "Bindung", "Façonnage"), rng.choice(BINDINGS[lg])),
        (
            tr(lg, "Proofs", "Proof", "Épreuves"),
            tr(
                lg,
                "PDF proof and one digital wet proof",
                "PDF-Proof und ein Digitalproof",
                "BAT PDF et une épreuve numérique",
            ),
        ),
        (
            tr(lg, "Packing", "Verpackung", "Conditionnement"),
            tr(
                lg,
                "shrink-wrapped in 10s, on pallets",
                "in Kartons zu 20 Ex. auf Paletten",
                "sous film par 10, sur palettes",
            ),
        ),
    ]


def tpl_printer_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A book printer's quotation: the specification, prices by quantity with the run-on per
    hundred or thousand, delivery time and validity; sometimes a page of terms of trade in
    two columns of small print."""
    h = head_of(who, "printer")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    t = rng.choice(TITLES)
    d = on(rng)
    ref = serial(rng, rng.choice(["Q99999", "ANG-99-9999", "DEV 999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {ref}")
    pl = press_head()
    recipient(
        f,
        s,
        h,
        [pl.name, tr(lg, "Production", "Herstellung", "Fabrication"), pl.street, pl.town],
        d,
        [
            (tr(lg, "Quotation", "Angebot Nr.", "Devis n°"), ref),
            (tr(lg, "Estimator", "Sachbearbeiter", "Chargé d'affaires"), staff(h, "est")),
        ],
    )
    caption(f, s, tr(lg, "QUOTATION", "ANGEBOT", "DEVIS"), 4)
    if rng.random() < 0.6:
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for your enquiry. We have pleasure in quoting as follows:",
                "Vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an:",
                "Suite à votre demande, nous avons le plaisir de vous adresser notre meilleure "
                "offre :",
            ),
        )
    f.y = pairs(f.page, s, m, f.y, spec_items(rng, lg, t), w - m, s.size - 1) + 10
    qtys = rng.choice(
        [[1000, 1500, 2000], [1500, 2500, 3500], [2000, 3000, 5000], [500, 1000, 1500, 2000]]
    )
    unit0 = rng.uniform(2.4, 5.5) * (t.extent / 256)
    setup = rng.uniform(900, 2400)
    rows = []
    for q in qtys:
        total = setup + unit0 * q * (1 - 0.00004 * q)
        rows.append(
            [
                f"{q:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
                money(total, lg),
                money(total / q, lg),
            ]
        )
    rows.append(
        [
            tr(lg, "Run-on per 100", "je weitere 100", "Mille suppl. / 100"),
            money(unit0 * 95, lg),
            "",
        ]
    )
    table(
        f,
        columns(m, w - m, [(2, "left"), (1.5, "right"), (1.3, "right")]),
        [
            tr(lg, "Quantity", "Auflage", "Quantité"),
            tr(lg, "Price", "Preis netto", "Prix HT"),
            tr(lg, "Unit", "Stückpreis", "Prix unitaire"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Delivery: {rng.choice([10, 12, 15, 20])} working days from approval of proofs, to "
            "one address in the UK mainland. Prices exclude VAT and are valid for 30 days.",
            f"Liefertermin: ca. {rng.choice([2, 3, 4])} Wochen nach Druckfreigabe, frei Haus an "
            "eine Anlieferadresse. Alle Preise zzgl. gesetzl. MwSt., gültig 4 Wochen.",
            f"Délai : {rng.choice([10, 15, 20])} jours ouvrés après BAT, franco une adresse "
            "France métropolitaine. Prix HT, valables 1 mois.",
        ),
        pt=s.size - 1,
    )
    if rng.random() < 0.5:
        write(f, s, prose(rng, lg, "trade", 1, 2), pt=s.size - 1)
    regards(f, s, lg, staff(h, "est"), tr(lg, "Estimator", "Kalkulation", "Service devis"))
    if rng.random() < 0.45:  # terms of trade in two columns
        p = Page(s.page_size)
        f.pages.append(p)
        p.text(
            w / 2,
            m,
            tr(
                lg,
                "CONDITIONS OF CONTRACT",
                "ALLGEMEINE GESCHÄFTSBEDINGUNGEN",
                "CONDITIONS GÉNÉRALES DE VENTE",
            ),
            s.bold,
            9,
            "center",
        )
        colw = (w - 2 * m - 16) / 2
        x, y = m, m + 22.0
        for k in range(1, rng.randint(14, 22)):
            txt = f"{k}. " + prose(rng, lg, "trade", 2, 3)
            for ln in wrap(txt, s.font, 6.5, colw):
                if y > hh - m - 20:
                    if x > m:
                        break
                    x, y = m + colw + 16, m + 22.0
                p.text(x, y, ln, s.font, 6.5)
                y += 8
            y += 3
    pages = close(f.pages, s, h, "none" if len(f.pages) == 1 else None)
    received(rng, pages[0], d, 0.3)
    note(t, d, ref, h)
    return pages


def tpl_print_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The house's print order to a printer: order number, quotation reference, the
    specification, quantity and price, file and delivery dates, proofs wanted (ticks),
    delivery addresses, signature; a delivery schedule page now and then."""
    h = press_head()
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    t = the_title(rng, ("printer_quote",))
    d = the_day(rng, ("printer_quote",), (3, 25))
    pr = (
        LAST["other"]
        if LAST["kind"] == "printer_quote" and isinstance(LAST["other"], Head)
        else head_of(who, "printer")
    )
    quote = str(LAST["ref"]) if LAST["kind"] == "printer_quote" else serial(rng, "Q99999")
    no = serial(rng, rng.choice(["PO 9999", "DA-99-999", "BC 99/999"]))
    f = sheets(s, h, f"{tr(lg, 'Print order', 'Druckauftrag', 'Bon de commande')} {no}")
    recipient(
        f,
        s,
        h,
        [pr.name, pr.street, pr.town],
        d,
        [
            (tr(lg, "Order no.", "Auftrag Nr.", "Commande n°"), no),
            (tr(lg, "Your quotation", "Ihr Angebot", "Votre devis"), quote),
        ],
    )
    caption(
        f, s, tr(lg, "PRINT ORDER", "DRUCKAUFTRAG", "BON DE COMMANDE D'IMPRESSION"), 4, rule=True
    )
    qty = rng.choice([1500, 2000, 2500, 3000, 4000])
    price = rng.uniform(2.1, 4.8) * qty
    items = [
        *spec_items(rng, lg, t)[:6],
        ("ISBN", t.isbns[0]),
        (tr(lg, "Quantity", "Auflage", "Quantité"), str(qty)),
        (
            tr(lg, "Agreed price (net)", "Vereinbarter Preis netto", "Prix convenu HT"),
            cash(price, lg),
        ),
    ]
    f.y = pairs(f.page, s, m, f.y, items, w - m, s.size - 1) + 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Print-ready files", "Druckdaten", "Fichiers"),
                short(d + timedelta(days=rng.randint(3, 14)), lg),
            ),
            (
                tr(lg, "Delivery required by", "Liefertermin", "Livraison souhaitée"),
                short(d + timedelta(days=rng.randint(25, 45)), lg),
            ),
        ],
        per=2,
        hand=rng.random() < 0.5,
    )
    f.page.text(m, f.y, tr(lg, "Proofs:", "Proof:", "Épreuves :"), s.bold, s.size - 1)
    f.y = ticks(
        f.page,
        s,
        m + 60,
        f.y,
        w - 2 * m - 60,
        [
            tr(lg, "PDF only", "nur PDF", "PDF seul"),
            tr(lg, "digital wet proof", "Digitalproof", "épreuve numérique"),
            tr(lg, "cover wet proof", "Umschlag-Andruck", "cromalin couverture"),
            tr(lg, "bound copy", "Blindband", "maquette blanche"),
        ],
        set(rng.sample(range(4), rng.randint(1, 2))),
    )
    f.y += 6
    dist = head_of(who, "distributor")
    sched = rng.random() < 0.3
    write(
        f,
        s,
        tr(lg, "Deliver to: ", "Lieferanschrift: ", "Livraison : ")
        + (
            f"{dist.name}, {dist.street}, {dist.town}"
            if not sched
            else tr(
                lg,
                "see attached delivery schedule.",
                "siehe beiliegenden Lieferplan.",
                "voir plan de livraison ci-joint.",
            )
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Advance copies (20) to the Publisher. Please quote order no. {no} on all delivery "
            "notes and invoices.",
            f"20 Vorausexemplare an den Verlag. Bitte geben Sie die Auftragsnummer {no} auf allen "
            "Lieferscheinen und Rechnungen an.",
            f"20 exemplaires d'avance à l'éditeur. Merci de rappeler le n° {no} sur tous vos bons "
            "de livraison et factures.",
        ),
        pt=s.size - 1,
    )
    f.y += 14
    f.need(60)
    f.page.text(m, f.y, tr(lg, "Authorised", "Freigabe", "Bon pour accord"), s.font, s.size - 1)
    sign(f.page, m + 80, f.y, staff(h, "production"))
    f.page.text(
        m + 80,
        f.y + 14,
        staff(h, "production") + " - " + tr(lg, "Production", "Herstellung", "Fabrication"),
        s.font,
        s.size - 2,
    )
    if sched:
        f.new_page()
        caption(f, s, tr(lg, "Delivery schedule", "Lieferplan", "Plan de livraison"), 2)
        rows = [
            [dist.name, dist.town, str(qty - 220), short(d + timedelta(days=35), lg)],
            [h.name, h.town, "120", short(d + timedelta(days=30), lg)],
        ]
        for _ in range(rng.randint(1, 3)):
            shop = rng.choice(SHOPS[lg])
            rows.append(
                [
                    shop[0],
                    shop[2],
                    str(rng.choice([10, 20, 25, 40])),
                    short(d + timedelta(days=33), lg),
                ]
            )
        table(
            f,
            columns(m, w - m, [(3, "left"), (2, "left"), (1, "right"), (1.3, "right")]),
            [
                tr(lg, "Consignee", "Empfänger", "Destinataire"),
                tr(lg, "Town", "Ort", "Ville"),
                tr(lg, "Copies", "Ex.", "Ex."),
                tr(lg, "By", "Termin", "Date"),
            ],
            rows,
            s,
            rules=True,
        )
    pages = close(f.pages, s, h)
    note(t, d, no)
    return pages


def proof_page(rng: random.Random, s: Style, t: Title, lg: str, k: int) -> Page:
    """A copy of a typeset proof page: a smaller book page centred on the sheet, with marks
    and corrections written in the margins."""
    p = Page(A4)
    w, hh = A4
    bw, bh = 300.0, 470.0
    x0, y0 = (w - bw) / 2, (hh - bh) / 2
    p.rect(x0 - 10, y0 - 10, bw + 20, bh + 20)
    font = "Times-Roman"
    page_no = rng.randint(9, t.extent - 10)
    p.text(
        x0 + bw / 2, y0 + 6, t.name if page_no % 2 else t.author.name, "Times-Italic", 7.5, "center"
    )
    y = y0 + 28
    marks = set(rng.sample(range(34), rng.randint(2, 6)))
    for ln in range(34):
        text = words(rng, lg, "book", rng.randint(9, 12))
        p.text(x0, y, fit(text, font, 9, bw), font, 9)
        if ln in marks:
            xx = x0 + rng.uniform(20, bw - 60)
            p.line(xx, y + 2, xx + rng.uniform(15, 45), y + 2)
            side = x0 - 50 if rng.random() < 0.5 else x0 + bw + 16
            scribble(
                p,
                side,
                y,
                rng.choice(["e/", "l#", "trs", "n.p.", "stet", "ital", "/,", "a/", "caps", "w.f."]),
                9,
            )
        y += 12.6
    p.text(x0 + bw / 2, y0 + bh - 2, str(page_no), font, 8, "center")
    p.text(
        14,
        hh - 14,
        f"{t.name} - {tr(lg, 'first proofs', 'Fahnen 1. Korrektur', '1res épreuves')} - p. "
        f"{page_no} - {k}",
        "Helvetica",
        6,
    )
    return p


TYPOS = {
    "en": [
        ("recieve", "receive"),
        ("it's", "its"),
        ("Mr.", "Mr"),
        ("color", "colour"),
        ("-", "en rule"),
        (",", ";"),
        ("1920's", "1920s"),
        ("Maria", "Marie"),
        ("the the", "the"),
        ("(space)", "close up"),
        ("Ferriby", "Ferraby"),
        ("wich", "which"),
        ("roman", "ital."),
    ],
    "de": [
        ("dass", "das"),
        ("Fährman", "Fährmann"),
        ("-", "Halbgeviert"),
        ("dem", "den"),
        ("Strasse", "Straße"),
        ("'", "»"),
        ("heute abend", "heute Abend"),
        ("(Leerzeichen)", "zusammen"),
        ("Grenz-gänger", "Grenzgänger"),
        ("recte", "kursiv"),
        ("wieder", "wider"),
    ],
    "fr": [
        ("a", "à"),
        ("evenement", "événement"),
        ("<<", "«"),
        ("  ", "espace insécable"),
        ("ou", "où"),
        ("Saint Nazaire", "Saint-Nazaire"),
        ("romain", "ital."),
        ("c'est a dire", "c'est-à-dire"),
        ("etait", "était"),
        ("pharre", "phare"),
    ],
}


def tpl_proof_corrections(rng: random.Random, who: Issuer) -> list[Page]:
    """A proofreader's or the author's proof correction sheet: a form with the title, proof
    stage and a table of page, line, reads / should read and who is responsible, filled in
    by hand over one or two pages; sometimes copies of the marked proof pages behind."""
    h, _ = freelance_head(who, ("proofreader", "copy-editor", "korrektor", "lektor", "correctrice"))
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    t = rng.choice(TITLES)
    d = on(rng)
    stage = rng.choice(
        [
            tr(lg, "First proofs", "1. Korrektur", "Premières épreuves"),
            tr(lg, "Second proofs", "2. Korrektur", "Secondes épreuves"),
            tr(lg, "Revised proofs", "Revisionsabzug", "Épreuves corrigées"),
        ]
    )
    f = sheets(
        s,
        h,
        f"{t.name} - {stage} - {tr(lg, 'corrections', 'Korrekturen', 'corrections')}",
        top=rng.random() < 0.5,
    )
    if f.y < 80:
        f.y = m + 4
    caption(
        f, s, tr(lg, "PROOF CORRECTIONS", "KORREKTURLISTE", "RELEVÉ DE CORRECTIONS"), 3, rule=True
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Title", "Titel", "Titre"), t.name),
            (tr(lg, "Author", "Autor", "Auteur"), t.author.name),
            (tr(lg, "Proof stage", "Korrekturgang", "Stade"), stage),
            (tr(lg, "Corrected by", "Korrigiert von", "Corrigé par"), h.name),
            (tr(lg, "Date returned", "Zurück am", "Retourné le"), short(d, lg)),
            (tr(lg, "Pages", "Seiten", "Pages"), f"1-{t.extent}"),
        ],
        per=3,
    )
    rows = []
    pg = 1
    for _ in range(rng.randint(10, 70)):
        pg += rng.randint(0, 9)
        if pg > t.extent:
            break
        reads, should = rng.choice(TYPOS[lg])
        rows.append(
            [
                str(pg),
                str(rng.randint(1, 34)),
                reads,
                should,
                rng.choice(["PE", "PE", "AA", "AA", "EA"]),
            ]
        )
    cols = columns(
        m, w - m, [(0.8, "center"), (0.8, "center"), (3, "left"), (3, "left"), (0.8, "center")]
    )
    head = [
        tr(lg, "Page", "Seite", "Page"),
        tr(lg, "Line", "Zeile", "Ligne"),
        tr(lg, "Reads", "Steht", "Lire"),
        tr(lg, "Should read", "Soll", "Au lieu de"),
        "PE/AA",
    ]
    size = 8.5

    def hand_table() -> None:
        x0, x1 = cols[0][0] - 2, cols[-1][1] + 2
        f.need(60)
        for c, tx in zip(cols, head, strict=True):
            f.page.text(c[0] + 2, f.y, tx, s.bold, size)
        f.page.line(x0, f.y + 4, x1, f.y + 4)
        f.y += 16
        for r in rows:
            if f.need(16):
                f.y += 4
            for c, tx in zip(cols, r, strict=True):
                f.page.text(c[0] + 4, f.y, tx, HAND, 9)
            f.page.line(x0, f.y + 5, x1, f.y + 5)
            f.y += 16

    hand_table()
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "PE = printer's error, AA = author's alteration, EA = editor's alteration.",
            "PE = Satzfehler, AA = Autorkorrektur, EA = Verlagskorrektur.",
            "PE = erreur de composition, AA = correction d'auteur, EA = correction éditoriale.",
        ),
        pt=7.5,
    )
    if rng.random() < 0.5:
        f.need(50)
        scribble(
            f.page,
            m,
            f.y + 8,
            rng.choice(
                [
                    "Please check running heads ch. 4-6 - inconsistent.",
                    "Index page refs to follow.",
                    "Bitte Silbentrennung S. 112 prüfen!",
                    "Vérifier les guillemets p. 45-60.",
                ]
            ),
        )
        f.y += 24
    pages = f.pages
    if rng.random() < 0.45:
        pages += [proof_page(rng, s, t, lg, k) for k in range(1, rng.randint(2, 4))]
    close(pages, s, h, "none" if len(f.pages) == 1 else "{i}/{n}")
    received(rng, pages[0], d, 0.35)
    note(t, d)
    return pages


RECOMMEND = {
    "en": ["Publish", "Publish with revisions", "Consider again after rewrite", "Decline"],
    "de": ["Veröffentlichung empfohlen", "Nach Überarbeitung", "Erneut vorlegen", "Ablehnung"],
    "fr": ["À publier", "À publier après révision", "À revoir", "Refus"],
}


def tpl_reader_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A freelance reader's report on a submitted manuscript: the data block (title, author,
    agent, length, genre), summary, assessment, market, a recommendation ticked; two to four
    pages of typescript, sometimes numbered."""
    h, _ = freelance_head(
        who,
        ("copy-editor", "translator", "indexer", "lektor", "uebersetzer", "lecteur", "traductrice"),
    )
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    t = rng.choice(TITLES)
    d = on(rng, -120, -20)
    label = tr(lg, "READER'S REPORT", "LEKTORATSGUTACHTEN", "FICHE DE LECTURE")
    f = sheets(s, h, f"{label} - {t.name}", top=rng.random() < 0.6)
    if f.y < 80:
        f.page.text(w - m, m - 8, f"{h.name} - {short(d, lg)}", s.font, s.size - 1, "right")
        f.y = m + 14
    caption(f, s, label, 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Title", "Titel", "Titre"), t.name),
                (tr(lg, "Author", "Autor/in", "Auteur"), t.author.name),
                (
                    tr(lg, "Submitted by", "Angeboten von", "Proposé par"),
                    rng.choice(
                        [
                            tr(
                                lg,
                                "Agent: Hollis & Grey Associates",
                                "Agentur Lindqvist & Mohr",
                                "Agence Marceau-Dubreuil",
                            ),
                            tr(lg, "unsolicited", "unverlangt eingesandt", "envoi spontané"),
                        ]
                    ),
                ),
                (
                    tr(lg, "Length", "Umfang", "Longueur"),
                    tr(
                        lg,
                        f"c. {rng.randint(55, 130)},000 words",
                        f"ca. {rng.randint(180, 520)} Normseiten",
                        f"env. {rng.randint(280, 800)} 000 signes",
                    ),
                ),
                (tr(lg, "Genre", "Genre", "Genre"), t.genre),
                (tr(lg, "Reader", "Gutachter/in", "Lecteur"), h.name),
            ],
            m + min(360.0, w - 2 * m),
        )
        + 10
    )
    for part in [
        tr(lg, "Summary", "Inhalt", "Résumé"),
        tr(lg, "Assessment", "Beurteilung", "Appréciation"),
        tr(
            lg,
            "Market and comparable titles",
            "Markt und Vergleichstitel",
            "Public et titres comparables",
        ),
    ]:
        f.heading(m, part, s.bold, s.size + 0.5)
        for _ in range(rng.randint(2, 5)):
            write(f, s, prose(rng, lg, "book", 3, 7))
    f.need(80)
    f.heading(m, tr(lg, "Recommendation", "Empfehlung", "Avis"), s.bold, s.size + 0.5)
    f.y = ticks(f.page, s, m, f.y, w - 2 * m, RECOMMEND[lg], {rng.randrange(4)}, pt=9)
    f.y += 10
    f.page.text(m, f.y, f"{h.name}, {short(d, lg)}", s.font, s.size)
    pages = close(f.pages, s, h, rng.choice(["none", "{i}", "- {i} -", "2:{i}"]))
    received(rng, pages[0], d, 0.3)
    note(t, d)
    return pages


LANGUAGE_NAME = {
    "en": {"en": "English", "de": "German", "fr": "French"},
    "de": {"en": "Englisch", "de": "Deutsch", "fr": "Französisch"},
    "fr": {"en": "anglais", "de": "allemand", "fr": "français"},
}


def tpl_rights_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """A foreign publisher's offer for the translation rights in one of the house's titles,
    in its own language: a letter, or a printed e-mail, with the terms (language, territory,
    advance, royalties, print run, term) set out in a list."""
    lg = keyed(who, "foreign").choice([x for x in ("en", "de", "fr") if x != home()])
    h = head_of(who, "house", lg)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.6 else LETTER)
    w, _ = s.page_size
    m = s.margin
    t = rng.choice(TITLES)
    d = on(rng)
    pl = press_head()
    contact = staff(h, "rights")
    adv = rng.choice([1500, 2000, 3000, 4000, 6000, 8000])
    terms = [
        (tr(lg, "Language", "Sprache", "Langue"), LANGUAGE_NAME[lg][lg]),
        (
            tr(lg, "Territory", "Lizenzgebiet", "Territoire"),
            tr(lg, "World", "Deutschland, Österreich, Schweiz", "Monde francophone"),
        ),
        (
            tr(lg, "Advance", "Garantiesumme", "À-valoir"),
            cash(adv, lg)
            + tr(
                lg,
                ", half on signature, half on publication",
                ", zahlbar je zur Hälfte bei Unterzeichnung und Erscheinen",
                ", moitié à la signature, moitié à la parution",
            ),
        ),
        (
            tr(lg, "Royalties (print)", "Honorar (Print)", "Droits (papier)"),
            tr(
                lg,
                "7.5% to 5,000 copies, 10% thereafter",
                "6 % bis 5.000 Ex., 7 % bis 10.000, danach 8 %",
                "7 % jusqu'à 5 000 ex., 8 % au-delà",
            ),
        ),
        (
            tr(lg, "Royalties (e-book)", "Honorar (E-Book)", "Droits (numérique)"),
            "25%" if lg == "en" else "25 %",
        ),
        (
            tr(lg, "First print run", "Startauflage", "Premier tirage"),
            str(rng.choice([2000, 3000, 4000, 5000])),
        ),
        (
            tr(lg, "Publication", "Erscheinen", "Parution"),
            tr(lg, "within 18 months of signature", "innerhalb von 24 Monaten", "dans les 18 mois"),
        ),
        (
            tr(lg, "Term", "Laufzeit", "Durée"),
            tr(
                lg,
                "7 years from publication",
                "8 Jahre ab Erscheinen",
                "10 ans à compter de la parution",
            ),
        ),
    ]
    email = rng.random() < 0.35
    if email:
        s = style_of(h, A4, pt=9.5)
        s.font, s.bold = "Courier", "Courier-Bold"
        f = sheets(s, None)
        f.y = m
        for lab, val in [
            (
                "From:",
                f"{contact} <{h.web if '@' in h.web else 'rights@' + h.web.removeprefix('www.')}>",
            ),
            ("Sent:", f"{short(d, lg)} {rng.randint(8, 18)}:{rng.randint(0, 59):02d}"),
            ("To:", f"{staff(pl, 'rights')} <rights@{pl.web.split('@')[-1].removeprefix('www.')}>"),
            ("Subject:", tr(lg, "Offer: ", "Angebot: ", "Offre : ") + t.name),
        ]:
            f.page.text(m, f.y, lab, s.bold, 9)
            f.page.text(m + 70, f.y, fit(val, s.font, 9, w - 2 * m - 70), s.font, 9)
            f.y += 12
        f.page.line(m, f.y, w - m, f.y)
        f.y += 20
        f.page.text(m, f.y, hello(lg, None), s.font, s.size)
        f.y += 20
    else:
        f = sheets(s, h, f"{h.name} - {t.name}")
        letter_open(
            f,
            s,
            h,
            [
                pl.name,
                tr(lg, "Rights Department", "Lizenzabteilung", "Service des cessions"),
                pl.street,
                pl.town,
            ],
            d,
            [],
            tr(
                lg,
                f"Translation rights: {t.name}",
                f"Übersetzungsrechte: {t.name}",
                f"Droits de traduction : {t.name}",
            ),
            None,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Following our conversation at the fair, and having now read {t.name} by "
            f"{t.author.name} with great pleasure, we would like to make an offer for the "
            f"{LANGUAGE_NAME[lg][lg]} language rights on the following terms:",
            f"wie besprochen haben wir {t.name} von {t.author.name} mit großer Begeisterung "
            "gelesen und möchten Ihnen für die deutschsprachigen Rechte folgendes Angebot "
            "machen:",
            f"Suite à notre rendez-vous, nous avons lu avec enthousiasme {t.name} de "
            f"{t.author.name} et souhaitons vous faire une offre pour les droits de "
            "traduction en langue française aux conditions suivantes :",
        ),
    )
    f.y = pairs(f.page, s, m + 16, f.y, terms, w - m - 10, s.size - 1) + 10
    write(f, s, prose(rng, lg, "rights", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "We very much hope this offer will be acceptable and look forward to hearing from you.",
            "Wir würden uns sehr freuen, das Buch in unser Programm aufnehmen zu können.",
            "Nous espérons vivement que cette offre retiendra votre attention.",
        ),
    )
    if email:
        f.page.text(m, f.y + 6, contact, s.font, s.size)
        f.page.text(
            m,
            f.y + 18,
            f"{tr(lg, 'Rights Director', 'Lizenzen', 'Responsable des droits')} | {h.name}",
            s.font,
            s.size,
        )
        f.page.text(m, f.y + 30, f"{h.street}, {h.town} | {h.phone}", s.font, 8)
        pages = f.pages
        for k, p in enumerate(pages, 1):
            p.text(w - m, p.size[1] - 22, f"{k}", s.font, 7, "right")
            p.text(m, p.size[1] - 22, f"{short(d, lg)}", s.font, 7)
    else:
        regards(
            f,
            s,
            lg,
            contact,
            tr(lg, "Rights Director", "Leitung Lizenzen", "Responsable des droits"),
        )
        if rng.random() < 0.35:  # the house's profile and its recent translations
            f.new_page()
            caption(
                f, s, tr(lg, f"About {h.name}", f"Über {h.name}", f"Présentation - {h.name}"), 2
            )
            write(f, s, prose(rng, lg, "rights", 3, 5))
            rows = []
            for _ in range(rng.randint(5, 12)):
                src = rng.choice([x for x in ("en", "de", "fr") if x != lg])
                rows.append(
                    [
                        rng.choice(BOOKS[lg]),
                        f"{rng.choice(FIRSTS[src])} {rng.choice(LASTS[src])}",
                        LANGUAGE_NAME[lg][src],
                        str(rng.randint(2016, 2025)),
                        f"{rng.randint(3, 40) * 1000:,}".replace(
                            ",", "." if lg == "de" else " " if lg == "fr" else ","
                        ),
                    ]
                )
            table(
                f,
                columns(
                    m,
                    w - m,
                    [(3, "left"), (2.2, "left"), (1.2, "left"), (0.7, "right"), (1, "right")],
                ),
                [
                    tr(
                        lg, "Recent translations", "Übersetzungen (Auswahl)", "Traductions récentes"
                    ),
                    tr(lg, "Author", "Autor", "Auteur"),
                    tr(lg, "From", "Aus dem", "Traduit de"),
                    tr(lg, "Year", "Jahr", "Année"),
                    tr(lg, "Copies sold", "Verkauft", "Ventes"),
                ],
                rows,
                s,
                rules=True,
            )
        pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.25)
    note(t, d, "", h)
    return pages


def tpl_translation_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The house's translation licence agreement with a foreign publisher: heading with the
    parties, numbered clauses in one or two columns over two to four pages, the payment
    schedule, signature page; a cover sheet now and then."""
    h = press_head()
    lg = h.lang
    s = style_of(h, pt=9)
    w, _ = s.page_size
    m = s.margin
    t = the_title(rng, ("rights_offer",))
    d = the_day(rng, ("rights_offer",), (14, 70))
    lic = (
        LAST["other"]
        if LAST["kind"] == "rights_offer" and isinstance(LAST["other"], Head)
        else head_of(
            who,
            "house",
            keyed(who, "foreign").choice([x for x in ("en", "de", "fr") if x != home()]),
        )
    )
    target = LANGUAGE_NAME[lg][lic.lang]
    label = tr(
        lg,
        "TRANSLATION LICENCE AGREEMENT",
        "LIZENZVERTRAG ÜBERSETZUNG",
        "CONTRAT DE CESSION DE DROITS DE TRADUCTION",
    )
    ref = serial(rng, "TL-9999-99")
    f = sheets(s, h, f"{label} - {t.name} - {lic.name} - {ref}")
    caption(f, s, label, 3)
    f.page.text(w - m, f.y - 8, f"{tr(lg, 'Ref.', 'Nr.', 'Réf.')} {ref}", s.font, 8, "right")
    write(
        f,
        s,
        tr(
            lg,
            f"MEMORANDUM OF AGREEMENT made this {day(h, d)} between {h.name}, {h.street}, "
            f"{h.town} (the Proprietor) of the one part and {lic.name}, {lic.street}, {lic.town} "
            f"(the Publisher) of the other part, concerning a translation into {target} of the "
            f"work entitled {quoted(t, lg)} by {t.author.name} (the Work).",
            f"Zwischen {h.name}, {h.street}, {h.town} (Lizenzgeber) und {lic.name}, "
            f"{lic.street}, {lic.town} (Lizenznehmer) wird über die Übersetzung des Werkes "
            f"{quoted(t, lg)} von {t.author.name} ins {target}e folgender Vertrag geschlossen.",
            f"Entre {h.name}, {h.street}, {h.town}, ci-après le Cédant, et {lic.name}, "
            f"{lic.street}, {lic.town}, ci-après le Cessionnaire, il est convenu ce qui suit "
            f"pour la traduction en {target} de l'oeuvre {quoted(t, lg)} de {t.author.name}.",
        ),
    )
    heads = {
        "en": [
            "Grant",
            "Translation",
            "Publication",
            "Advance and Royalties",
            "Accounts",
            "Copyright Notice",
            "Copies",
            "Sub-licences",
            "Reversion",
            "Warranty",
            "Law",
        ],
        "de": [
            "Rechtseinräumung",
            "Übersetzung",
            "Veröffentlichung",
            "Garantiesumme und Honorar",
            "Abrechnung",
            "Copyright-Vermerk",
            "Belegexemplare",
            "Unterlizenzen",
            "Rückfall der Rechte",
            "Gewährleistung",
            "Gerichtsstand",
        ],
        "fr": [
            "Cession",
            "Traduction",
            "Publication",
            "À-valoir et droits",
            "Comptes",
            "Mention de copyright",
            "Justificatifs",
            "Sous-cessions",
            "Retour des droits",
            "Garantie",
            "Droit applicable",
        ],
    }[lg]
    two = rng.random() < 0.5
    if two:
        colw = (w - 2 * m - 18) / 2
        col, y = 0, f.y + 4
        for k, name in enumerate(heads, 1):
            body = [
                f"{k}. {name.upper()}",
                *wrap(prose(rng, lg, "rights", 3, 7), s.font, 7.5, colw),
            ]
            for j, ln in enumerate(body):
                if y > f.bottom - 10:
                    if col == 0:
                        col, y = 1, f.y + 4
                    else:
                        f.new_page()
                        col, y = 0, f.y + 4
                f.page.text(m + col * (colw + 18), y, ln, s.bold if j == 0 else s.font, 7.5)
                y += 9.5
            y += 5
        f.y = y if col == 0 else max(y, f.y)
        f.y += 10
    else:
        for k, name in enumerate(heads, 1):
            f.heading(m, clause_head(lg, k, name), s.bold, s.size)
            for j in range(1, rng.randint(2, 4)):
                lead = {"en": f"({chr(96 + j)}) ", "de": f"({j}) ", "fr": f"{k}.{j} "}[lg]
                write(f, s, lead + prose(rng, lg, "rights", 2, 4), pt=s.size - 0.5)
    f.need(180)
    f.heading(m, tr(lg, "Schedule of payments", "Zahlungsplan", "Échéancier"), s.bold, s.size)
    adv = rng.choice([1500, 2000, 3000, 4000, 6000])
    rows = [
        [
            tr(lg, "On signature", "Bei Unterzeichnung", "À la signature"),
            cash(adv / 2, lic.lang if lic.lang != "en" else "en"),
        ],
        [
            tr(lg, "On publication", "Bei Erscheinen", "À la parution"),
            cash(adv / 2, lic.lang if lic.lang != "en" else "en"),
        ],
    ]
    table(
        f,
        columns(m, m + 300, [(3, "left"), (1.5, "right")]),
        [tr(lg, "Instalment", "Rate", "Échéance"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    f.y += 16
    signatures(
        f,
        s,
        lg,
        (tr(lg, "For the Proprietor", "Lizenzgeber", "Le Cédant"), staff(h, "rights")),
        (tr(lg, "For the Publisher", "Lizenznehmer", "Le Cessionnaire"), staff(lic, "rights")),
        h.town.split()[-1] if lg != "en" else h.town.rsplit(" ", 2)[0],
        d,
    )
    pages = close(
        f.pages, s, h, h.numbers if h.numbers != "none" else rng.choice(["none", NUMBERS[lg][3]])
    )
    note(t, d, ref, lic)
    return pages


def tpl_isbn_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The ISBN agency's letter: the allocation of a new block of ISBNs (the list of numbers
    on the letter or on a page of its own), or a confirmation of title registration, or the
    invoice for the allocation."""
    h = head_of(who, "isbn", looks=["band", "centred", "framed"])
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = on(rng, -200, 0)
    pl = press_head()
    block = rng.randint(9100, 9199) if lg == "en" else rng.randint(94000, 96999)
    prefix = f"978-{ISBN_GROUP[lg]}-{block}"
    n = rng.choice([10, 10, 100])
    ref = serial(rng, "ISB999999")
    f = sheets(s, h, f"{h.name} - {ref}")
    letter_open(
        f,
        s,
        h,
        [pl.name, pl.street, pl.town],
        d,
        [
            (
                tr(lg, "Account no.", "Verlagsnummer", "N° éditeur"),
                serial(keyed(who, "acct"), "9999999"),
            ),
            (tr(lg, "Our ref.", "Vorgang", "Dossier"), ref),
        ],
        tr(lg, "Allocation of ISBNs", "Zuteilung von ISBN", "Attribution d'ISBN"),
        None,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to confirm the allocation of a block of {n} ISBNs with the publisher "
            f"prefix {prefix}. The numbers are listed below; please use them in sequence and "
            "record each title with us before publication.",
            f"hiermit bestätigen wir die Zuteilung eines Kontingents von {n} ISBN mit dem "
            f"Verlagspräfix {prefix}. Bitte melden Sie jeden Titel vor Erscheinen im VLB an.",
            f"Nous vous confirmons l'attribution d'une tranche de {n} ISBN sous le préfixe "
            f"éditeur {prefix}. Nous vous remercions de déclarer chaque titre avant sa parution.",
        ),
    )
    if rng.random() < 0.5:
        write(f, s, prose(rng, lg, "trade", 1, 2), pt=s.size - 1)
    isbns = [
        isbn13(f"{prefix}-{k:0{9 - len(prefix.replace('-', '')) + 3}d}") for k in range(min(n, 100))
    ]
    own_page = n == 100 or rng.random() < 0.4
    if not own_page:
        f.y += 4
        per = 2
        rows = [[isbns[k], isbns[k + 5] if k + 5 < len(isbns) else ""] for k in range(5)]
        table(f, columns(m, m + 320, [(1, "left")] * per), ["ISBN", "ISBN"], rows, s, size=9)
        f.y += 8
    regards(
        f,
        s,
        lg,
        staff(h, "agency"),
        tr(lg, "ISBN Agency", "ISBN-Agentur", "AFNIL"),
        signed=rng.random() < 0.4,
    )
    if own_page:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, f"ISBN block {prefix}", f"ISBN-Kontingent {prefix}", f"Liste des ISBN {prefix}"),
            1,
        )
        cols = columns(m, w - m, [(1, "left")] * 4)
        rows = [
            [isbns[r + c * 25] if r + c * 25 < len(isbns) else "" for c in range(4)]
            for r in range(min(25, len(isbns)))
        ]
        table(f, cols, ["ISBN"] * 4, rows, s, size=8, step=1.45)
    pages = close(f.pages, s, h, "none")
    received(rng, pages[0], d, 0.3)
    note(None, d, prefix)
    return pages


def tpl_legal_deposit(rng: random.Random, who: Issuer) -> list[Page]:
    """Legal deposit for one title: the library's receipt (a printed acknowledgement, often
    on A5), or the deposit form the house fills in (Déclaration de dépôt légal,
    Ablieferungsformular) with title, ISBN, print run, price and ticks."""
    h = head_of(who, "deposit", looks=["band", "centred", "framed", "rule"])
    lg = h.lang
    t = the_title(rng, ()) if rng.random() < 0.7 else rng.choice(TITLES)
    d = on(rng, -60, 10)
    pl = press_head()
    if lg == "fr" or (lg == "de" and rng.random() < 0.4):
        s = style_of(h, A4, pt=9.5)
        w, _ = s.page_size
        m = s.margin
        f = sheets(s, h)
        caption(
            f,
            s,
            tr(lg, "", "Ablieferung von Pflichtexemplaren", "DÉCLARATION DE DÉPÔT LÉGAL - ÉDITEUR"),
            2,
            rule=True,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "", "Verlag", "Éditeur"), pl.name),
                (tr(lg, "", "Verkehrsnummer", "N° d'éditeur"), serial(keyed(who, "acct"), "99999")),
                (tr(lg, "", "Titel", "Titre"), t.name),
                (tr(lg, "", "Verfasser", "Auteur(s)"), t.author.name),
                ("ISBN", t.isbns[0]),
                (tr(lg, "", "Preis", "Prix"), cash(t.price, lg)),
                (tr(lg, "", "Auflage", "Tirage"), str(rng.choice([1500, 2000, 3000]))),
                (tr(lg, "", "Format", "Format"), t.trim),
                (tr(lg, "", "Seiten", "Nombre de pages"), str(t.extent)),
                (tr(lg, "", "Erscheinungsdatum", "Date de mise en circulation"), short(t.pub, lg)),
                (tr(lg, "", "Druckerei", "Imprimeur"), head_of(who, "printer").name),
                (
                    tr(lg, "", "Exemplare", "Nombre d'exemplaires déposés"),
                    "2" if lg == "de" else "1",
                ),
            ],
            per=2,
            tall=28,
        )
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                tr(lg, "", "Erstausgabe", "Nouveauté"),
                tr(lg, "", "Neuauflage", "Réimpression"),
                tr(lg, "", "Übersetzung", "Traduction"),
                tr(lg, "", "E-Book folgt", "Version numérique"),
            ],
            {rng.choice([0, 0, 1])},
            pt=9,
        )
        f.y += 40
        f.page.text(
            m,
            f.y,
            tr(lg, "", "Datum, Unterschrift", "Date, cachet et signature de l'éditeur"),
            s.font,
            8,
        )
        scribble(f.page, m, f.y + 20, short(d, lg))
        sign(f.page, m + 120, f.y + 22, staff(pl, "production"))
        f.y += 50
        if rng.random() < 0.5:
            stamp(
                f.page,
                w - m - 180,
                f.y,
                [
                    tr(lg, "", "EINGANG DNB", "BnF DL"),
                    short(d + timedelta(days=rng.randint(4, 20)), lg),
                    f"{tr(lg, '', 'Nr.', 'N°')} {serial(rng, '9999-999999')}",
                ],
            )
        note(t, d)
        return close(f.pages, s, h, "none")
    s = style_of(h, A5, margin=36, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h)
    caption(f, s, tr(lg, "LEGAL DEPOSIT RECEIPT", "EINGANGSBESTÄTIGUNG PFLICHTEXEMPLAR", ""), 1)
    f.y = window(f.page, s, None, f.y, [pl.name, pl.street, pl.town]) + 10
    write(
        f,
        s,
        tr(
            lg,
            "The following item has been received under the Legal Deposit Libraries Act 2003. "
            "Thank you.",
            "Folgendes Werk ist als Pflichtexemplar gemäß DNBG eingegangen. Vielen Dank.",
            "",
        ),
        pt=8,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Title", "Titel", ""), t.name),
                (tr(lg, "Author", "Verfasser", ""), t.author.name),
                ("ISBN", t.isbns[rng.choice([0, 0, 1])]),
                (tr(lg, "Date received", "Eingang", ""), short(d, lg)),
                (tr(lg, "Receipt no.", "Eingangs-Nr.", ""), serial(rng, "LD9999999")),
            ],
            w - m,
            8,
        )
        + 8
    )
    write(f, s, prose(rng, lg, "trade", 1, 1), pt=7)
    pages = close(f.pages, s, h, "none")
    note(t, d)
    return pages


VAT_BOOKS = {"en": 0.0, "de": 0.07, "fr": 0.055}
VAT_STD = {"en": 0.20, "de": 0.19, "fr": 0.20}


def month_name(d: date, lg: str) -> str:
    return f"{MONTHS[lg][d.month - 1]} {d.year}"


def tpl_sales_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The distributor's monthly sales report on landscape A4: a summary page now and then,
    then one row per ISBN (gross sales, returns, net units, average discount, net value) over
    one to three pages with totals; the distributor's header on every page."""
    h = head_of(who, "distributor", looks=["band", "rule", "framed"])
    h.again = True
    lg = h.lang
    s = style_of(h, A4L, margin=40, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = on(rng, -40, 5).replace(day=1) - timedelta(days=1)
    pl = press_head()
    label = tr(lg, "MONTHLY SALES REPORT", "MONATLICHER ABSATZBERICHT", "RELEVÉ MENSUEL DES VENTES")
    f = sheets(s, h)
    f.page.text(m, f.y, label, s.bold, s.size + 4)
    f.page.text(w - m, f.y, f"{pl.name} - {month_name(d, lg)}", s.bold, s.size + 1, "right")
    f.y += 22
    titles = TITLES[:] if len(TITLES) < 16 or rng.random() < 0.5 else rng.sample(TITLES, 14)
    rows = []
    tot_units = tot_value = 0.0
    chans = [
        tr(lg, "Home trade", "Sortiment", "Librairie"),
        tr(lg, "Wholesale", "Barsortiment", "Grossistes"),
        tr(lg, "Online", "Online", "Internet"),
        tr(lg, "Export", "Export", "Export"),
    ]
    by_chan = rng.random() < 0.6
    for x in titles:
        for k, isbn in enumerate(x.isbns[: rng.choice([1, 2])]):
            for chan in rng.sample(chans, rng.randint(2, 4)) if by_chan else [""]:
                gross = rng.randint(0, 420)
                ret = rng.randint(0, gross // 5 + 3)
                net = gross - ret
                disc = rng.choice([40, 45, 50, 52.5, 55])
                price = x.price if k == 0 else round(x.price * 0.6, 2)
                value = net * price * (1 - disc / 100) / (1 + VAT_BOOKS[lg])
                tot_units += net
                tot_value += value
                rows.append(
                    [
                        isbn,
                        x.name,
                        chan or FORMATS[lg][1 if k == 0 else 2],
                        money(price, lg),
                        str(gross),
                        str(ret),
                        str(net),
                        f"{money(disc, lg)}%",
                        money(value, lg),
                    ]
                )
    if rng.random() < 0.35:
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (tr(lg, "Period", "Zeitraum", "Période"), month_name(d, lg)),
                    (tr(lg, "Titles sold", "Titel", "Titres"), str(len(rows))),
                    (
                        tr(lg, "Net units", "Netto-Exemplare", "Exemplaires nets"),
                        f"{int(tot_units)}",
                    ),
                    (tr(lg, "Net sales value", "Nettoumsatz", "CA net"), cash(tot_value, lg)),
                    (
                        tr(
                            lg,
                            "Distribution fee",
                            "Auslieferungsgebühr",
                            "Commission de distribution",
                        ),
                        cash(tot_value * rng.choice([0.12, 0.14, 0.16]), lg),
                    ),
                ],
                m + 380,
                s.size,
            )
            + 10
        )
        write(f, s, prose(rng, lg, "trade", 1, 2), pt=8.5)
        f.new_page()
    cols = columns(
        m,
        w - m,
        [
            (2.2, "left"),
            (4, "left"),
            (1.4, "left"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1.4, "right"),
        ],
    )
    head = [
        "ISBN",
        tr(lg, "Title", "Titel", "Titre"),
        tr(lg, "Channel", "Vertriebsweg", "Circuit")
        if by_chan
        else tr(lg, "Format", "Ausgabe", "Format"),
        tr(lg, "RRP", "Preis", "Prix"),
        tr(lg, "Gross", "Brutto", "Ventes"),
        tr(lg, "Returns", "Remi.", "Retours"),
        tr(lg, "Net", "Netto", "Net"),
        tr(lg, "Disc.", "Rabatt", "Remise"),
        tr(lg, "Value", "Wert", "Montant"),
    ]
    table(f, cols, head, rows, s, size=8, shade=0.9, step=1.5)
    f.y += 4
    f.page.line(m, f.y - 6, w - m, f.y - 6)
    f.page.text(m, f.y + 4, tr(lg, "Totals", "Summen", "Totaux"), s.bold, 8.5)
    f.page.text(cols[6][1], f.y + 4, str(int(tot_units)), s.bold, 8.5, "right")
    f.page.text(cols[8][1], f.y + 4, money(tot_value, lg), s.bold, 8.5, "right")
    pages = close(
        f.pages,
        s,
        h,
        rng.choice(
            [
                NUMBERS[lg][3],
                "{i}/{n}",
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
            ]
        ),
    )
    note(rng.choice(TITLES), d, "", h)
    return pages


def tpl_returns_credit(rng: random.Random, who: Issuer) -> list[Page]:
    """The house's credit note to a bookseller for returned copies: the returns reference,
    the titles with quantities, price, discount and credit value; one page."""
    h = press_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else A5, pt=9)
    w, _ = s.page_size
    m = s.margin if s.page_size == A4 else 36
    s.margin = m
    d = the_day(rng, ("sales_report",), (5, 25)) if rng.random() < 0.6 else on(rng)
    shop = rng.choice(SHOPS[lg])
    no = serial(rng, rng.choice(["CN-99999", "GS 9999", "AV99999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        list(shop),
        d,
        [
            (tr(lg, "Credit note", "Gutschrift Nr.", "Avoir n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(rng, "9999")),
            (tr(lg, "Returns ref.", "Remissions-Nr.", "Réf. retour"), serial(rng, "R99999")),
        ],
    )
    caption(f, s, tr(lg, "CREDIT NOTE - RETURNS", "GUTSCHRIFT REMISSION", "AVOIR - RETOURS"), 3)
    rows = []
    total = 0.0
    for x in rng.sample(TITLES, min(len(TITLES), rng.randint(1, 6))):
        q = rng.randint(1, 12)
        disc = rng.choice([35, 40, 45])
        net = q * x.price * (1 - disc / 100)
        total += net
        rows.append([x.isbns[0], x.name, str(q), money(x.price, lg), f"{disc}%", money(net, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (2.1, "left"),
                (3.4, "left"),
                (0.6, "right"),
                (1, "right"),
                (0.8, "right"),
                (1.2, "right"),
            ],
        ),
        [
            "ISBN",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "RRP", "Preis", "Prix"),
            tr(lg, "Disc.", "Rabatt", "Remise"),
            tr(lg, "Credit", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    vat = total * VAT_BOOKS[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y + 4,
            [
                (tr(lg, "Net", "Netto", "HT"), cash(total, lg)),
                (tr(lg, "VAT (zero-rated)", "USt. 7 %", "TVA 5,5 %"), cash(vat, lg)),
                (tr(lg, "Total credit", "Gutschrift", "Total avoir"), cash(total + vat, lg)),
            ],
            w - m,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            "Returns accepted in saleable condition only. This credit will be offset against "
            "your next invoice.",
            "Die Gutschrift wird mit der nächsten Rechnung verrechnet.",
            "Cet avoir sera déduit de votre prochaine facture.",
        ),
        pt=7.5,
    )
    pages = close(f.pages, s, h, "none")
    note(None, d, no)
    return pages


JOBS = {
    "copy-editor": ("Copy-editing", "words", 1000, (14.0, 22.0)),
    "proofreader": ("Proofreading", "pages", 1, (1.6, 2.6)),
    "illustrator": ("Illustrations", "illustrations", 1, (85.0, 240.0)),
    "translator": ("Translation", "words", 1000, (85.0, 110.0)),
    "indexer": ("Index", "pages", 1, (2.8, 4.0)),
    "lektor": ("Lektorat", "Normseiten", 1, (4.5, 7.5)),
    "korrektor": ("Korrektorat", "Normseiten", 1, (2.2, 3.8)),
    "uebersetzer": ("Übersetzung", "Normseiten", 1, (19.0, 24.0)),
    "correctrice": ("Correction d'épreuves", "feuillets", 1, (2.5, 3.8)),
    "illustrateur": ("Illustrations", "illustrations", 1, (90.0, 260.0)),
    "traductrice": ("Traduction", "feuillets", 1, (21.0, 25.0)),
    "lecteur": ("Fiches de lecture", "fiches", 1, (60.0, 90.0)),
}


def tpl_freelance_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A freelancer's invoice to the house, on the freelancer's own plain paper: the job
    (copy-editing, proofreading, translation, illustrations, index) with units and rate, the
    freelancer's tax note and bank details; now and then a timesheet or artwork list."""
    h, trade = freelance_head(who)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.75 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    t = rng.choice(TITLES)
    job, unit, per, (lo, hi) = JOBS[trade]
    no = f"{d.year}-{rng.randint(1, 80):03d}" if rng.random() < 0.6 else serial(rng, "99")
    f = sheets(s, h)
    pl = press_head()
    recipient(
        f,
        s,
        h,
        [pl.name, tr(lg, "Accounts", "Buchhaltung", "Comptabilité"), pl.street, pl.town],
        d,
        [(tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no)],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    qty = (
        rng.randint(60, 140) * 1000
        if unit == "words"
        else rng.randint(6, 30)
        if "illus" in unit or unit == "fiches"
        else rng.randint(150, 420)
    )
    rate = round(rng.uniform(lo, hi), 2)
    amount = qty / per * rate
    rows = [
        [
            f"{job}: {t.name} ({t.author.name})",
            f"{qty:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ",") + f" {unit}",
            money(rate, lg) + (f"/{per:,}" if per > 1 else ""),
            money(amount, lg),
        ]
    ]
    if rng.random() < 0.4:
        extra = rng.choice(
            [
                tr(
                    lg,
                    "Collation of author's corrections",
                    "Einarbeitung Autorkorrekturen",
                    "Report des corrections d'auteur",
                ),
                tr(lg, "Style sheet and queries", "Stylesheet und Rückfragen", "Feuille de style"),
            ]
        )
        hours = rng.randint(2, 8)
        hr = rng.choice([25.0, 28.0, 30.0, 35.0])
        rows.append([extra, f"{hours} h", money(hr, lg), money(hours * hr, lg)])
        amount += hours * hr
    table(
        f,
        columns(m, w - m, [(4.5, "left"), (1.6, "right"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    vat_note = tr(
        lg,
        "Not registered for VAT.",
        "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
        "TVA non applicable, art. 293 B du CGI.",
    )
    vat = 0.0
    if lg == "de" and rng.random() < 0.4:
        vat = amount * 0.07 if trade in ("uebersetzer", "illustrator") else amount * 0.19
        vat_note = f"USt. {'7' if trade in ('uebersetzer', 'illustrator') else '19'} %"
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [
                (tr(lg, "Total", "Summe netto", "Total HT"), cash(amount, lg)),
                (vat_note if vat else "", cash(vat, lg) if vat else ""),
                (tr(lg, "Amount due", "Rechnungsbetrag", "Net à payer"), cash(amount + vat, lg)),
            ],
            w - m,
        )
        + 8
    )
    if not vat:
        write(f, s, vat_note, pt=8)
    bank = tr(
        lg,
        f"Payment within 30 days to: {h.name}, sort code {serial(rng, '99-99-99')}, account "
        f"{serial(rng, '99999999')}",
        "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf: IBAN "
        f"DE{serial(rng, '99 9999 9999 9999 9999 99')} - Steuernummer "
        f"{serial(rng, '99/999/99999')}",
        "Règlement à 30 jours par virement : IBAN FR76 "
        f"{serial(rng, '9999 9999 9999 9999 9999 999')} - SIRET {serial(rng, '999 999 999 99999')}",
    )
    write(f, s, bank, pt=8.5)
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(
                lg,
                "With thanks - it was a pleasure working on this one.",
                "Vielen Dank für den schönen Auftrag!",
                "Merci pour votre confiance.",
            ),
            pt=s.size,
        )
    if rng.random() < 0.3:
        f.new_page()
        if unit == "illustrations":
            caption(
                f,
                s,
                tr(lg, "Artwork delivered", "Gelieferte Illustrationen", "Illustrations livrées"),
                1,
            )
            k = 0
            x, y = m, f.y
            while k < min(qty, 12):
                photo(f.page, x, y, 110, 80, rng)
                f.page.text(
                    x,
                    y + 92,
                    f"{tr(lg, 'Fig.', 'Abb.', 'Ill.')} {k + 1} - p. {rng.randint(5, t.extent)}",
                    s.font,
                    7.5,
                )
                x += 125
                if x + 110 > w - m:
                    x, y = m, y + 110
                k += 1
        else:
            caption(f, s, tr(lg, "Timesheet", "Stundenaufstellung", "Relevé d'heures"), 1)
            rows = []
            dd = d - timedelta(days=rng.randint(15, 40))
            for _ in range(rng.randint(6, 16)):
                dd += timedelta(days=rng.randint(1, 3))
                rows.append(
                    [
                        short(dd, lg),
                        words(rng, lg, "book", 4)[:-1],
                        f"{rng.choice([1.5, 2, 3, 3.5, 4, 5, 6])}",
                    ]
                )
            table(
                f,
                columns(m, w - m, [(1.3, "left"), (5, "left"), (0.8, "right")]),
                [tr(lg, "Date", "Datum", "Date"), tr(lg, "Work", "Tätigkeit", "Travail"), "h"],
                rows,
                s,
                rules=True,
            )
    pages = close(f.pages, s, h, "none")
    received(rng, pages[0], d, 0.45)
    note(t, d, no)
    return pages


def hall_plan(p: Page, s: Style, rng: random.Random, stand: str, lg: str) -> None:
    """A hall plan: a grid of stands with aisles, the exhibitor's stand shaded."""
    w, hh = p.size
    m = 40.0
    p.text(
        m,
        m,
        tr(lg, "Hall plan", "Hallenplan", "Plan du hall")
        + f" - {tr(lg, 'Stand', 'Stand', 'Stand')} {stand}",
        s.bold,
        12,
    )
    x0, y0, x1, y1 = m, m + 20, w - m, hh - m - 30
    p.rect(x0, y0, x1 - x0, y1 - y0)
    cols_, rows_ = rng.randint(8, 12), rng.randint(5, 7)
    cw, rh = (x1 - x0 - 40) / cols_, (y1 - y0 - 40) / rows_
    mine = (rng.randrange(cols_), rng.randrange(rows_))
    for c in range(cols_):
        for r in range(rows_):
            if r % 2 == 1 and rng.random() < 0.15:
                continue
            x = x0 + 20 + c * cw
            y = y0 + 20 + r * rh + (8 if r % 2 else 0)
            if (c, r) == mine:
                p.rect(x + 2, y + 2, cw - 4, rh - 12, fill=0.55)
            p.rect(x + 2, y + 2, cw - 4, rh - 12)
            code = stand.split()[-1] if (c, r) == mine else f"{chr(65 + r)}{c + 1:02d}"
            p.text(x + 5, y + 12, code, "Helvetica-Bold" if (c, r) == mine else "Helvetica", 6)
    p.text(x0, y1 + 16, tr(lg, "Entrance", "Eingang", "Entrée") + "  >>", "Helvetica-Bold", 8)


def tpl_fair_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A book fair organiser's invoice for an exhibitor's stand: stand number and hall, area,
    stand package, furniture, power, catalogue entry and passes, VAT and the payment terms;
    now and then the hall plan with the stand marked, on a landscape page."""
    h = head_of(who, "fair", abroad(who, 0.3), looks=["band", "centred", "rule", "framed"])
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = on(rng, -150, 0)
    pl = press_head()
    inv = serial(rng, rng.choice(["INV-999999", "RE 99-99999", "FA999999"]))
    hall = rng.choice(["3.1", "4.0", "5", "EC1", "N", "2"])
    stand = f"{hall} {chr(65 + rng.randint(0, 6))}{rng.randint(1, 99):02d}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        [pl.name, pl.street, pl.town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Exhibitor no.", "Aussteller-Nr.", "N° exposant"),
                serial(keyed(who, "exh"), "999999"),
            ),
            (tr(lg, "Stand", "Stand", "Stand"), stand),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    sqm = rng.choice([4, 6, 8, 9, 12, 16])
    rate = rng.uniform(230, 420)
    items = [
        (
            tr(
                lg,
                f"Stand space, {sqm} m², row stand",
                f"Standfläche {sqm} m², Reihenstand",
                f"Surface {sqm} m², stand en ligne",
            ),
            sqm * rate,
        ),
        (
            tr(lg, "Shell scheme package", "Komplettstand Paket S", "Stand équipé"),
            rng.choice([450.0, 620.0, 780.0]),
        ),
        (
            tr(
                lg,
                "Catalogue and online listing",
                "Katalog- und Online-Eintrag",
                "Inscription catalogue",
            ),
            rng.choice([95.0, 120.0, 160.0]),
        ),
        (
            tr(lg, "Power supply 3 kW", "Stromanschluss 3 kW", "Branchement électrique 3 kW"),
            rng.choice([110.0, 145.0]),
        ),
    ]
    if rng.random() < 0.5:
        items.append(
            (
                tr(
                    lg,
                    "Additional exhibitor passes (4)",
                    "Zusätzliche Ausstellerausweise (4)",
                    "Badges exposant supplémentaires (4)",
                ),
                4 * rng.choice([35.0, 45.0]),
            )
        )
    if rng.random() < 0.4:
        items.append(
            (
                tr(lg, "Bookshelf unit, 5 shelves", "Bücherregal, 5 Böden", "Étagère 5 tablettes"),
                rng.choice([85.0, 96.0]),
            )
        )
    net = sum(v for _, v in items)
    table(
        f,
        columns(m, w - m, [(6, "left"), (1.4, "right")]),
        [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "Net", "Netto", "HT")],
        [[a, money(b, lg)] for a, b in items],
        s,
        rules=True,
    )
    vat = net * VAT_STD[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y + 4,
            [
                (tr(lg, "Net", "Netto", "Total HT"), cash(net, lg)),
                (tr(lg, "VAT 20%", "USt. 19 %", "TVA 20 %"), cash(vat, lg)),
                (tr(lg, "Total", "Gesamt", "Total TTC"), cash(net + vat, lg)),
            ],
            w - m,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due by {short(d + timedelta(days=30), lg)}. Stand allocation is confirmed "
            "on receipt of payment in full.",
            f"Zahlbar bis {short(d + timedelta(days=30), lg)} ohne Abzug. Die Standzuteilung wird "
            "mit vollständiger Zahlung verbindlich.",
            f"Règlement au plus tard le {short(d + timedelta(days=30), lg)}. L'attribution du "
            "stand devient définitive après paiement intégral.",
        ),
        pt=8.5,
    )
    pages = close(f.pages, s, h, "none")
    if rng.random() < 0.35:
        plan = Page(A4L)
        hall_plan(plan, s, rng, stand, lg)
        pages.append(plan)
    received(rng, pages[0], d, 0.4)
    note(None, d, inv)
    return pages


def info_sheet(rng: random.Random, h: Head, t: Title, release: bool) -> list[Page]:
    """A press release or title information sheet: cover image, blurb, the book's data."""
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(lg, "PRESS RELEASE", "PRESSEINFORMATION", "COMMUNIQUÉ DE PRESSE")
        if release
        else tr(lg, "TITLE INFORMATION", "TITELINFORMATION", "FICHE TITRE"),
        2,
        rule=True,
    )
    y0 = f.y
    photo(f.page, m, y0, 120, 180, rng)
    f.page.text(m + 140, y0 + 14, t.name, s.bold, s.size + 5)
    f.page.text(m + 140, y0 + 32, t.author.name, s.font, s.size + 2)
    yy = pairs(
        f.page,
        s,
        m + 140,
        y0 + 56,
        [
            ("ISBN", t.isbns[0]),
            (tr(lg, "Format", "Ausstattung", "Format"), f"{t.trim}, {t.extent} pp."),
            (tr(lg, "Price", "Preis", "Prix"), cash(t.price, lg)),
            (tr(lg, "Publication", "Erscheinen", "Parution"), short(t.pub, lg)),
            (tr(lg, "Genre", "Warengruppe", "Genre"), t.genre),
        ],
        w - m,
        8.5,
    )
    f.y = max(yy, y0 + 190) + 10
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "book", 3, 5))
    if release:
        f.heading(
            m, tr(lg, "About the author", "Zur Autorin / zum Autor", "L'auteur"), s.bold, s.size
        )
        write(f, s, prose(rng, lg, "book", 2, 3))
    f.page.text(
        m,
        f.bottom + 2,
        tr(lg, "Press contact: ", "Pressekontakt: ", "Contact presse : ")
        + staff(h, "press")
        + f" - {h.phone}",
        s.font,
        7.5,
    )
    return f.pages


def tpl_review_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The house's file copy of a review-copy cover letter to a critic or a books desk
    (publication date, embargo), or a compliments slip, often with the press release or the
    title information sheet behind."""
    h = press_head()
    lg = h.lang
    d = on(rng)
    t = rng.choice(TITLES)
    desk = rng.choice(PRESS_DESKS[lg])
    critic = a_person(rng, lg)
    if rng.random() < 0.3:
        s = style_of(h, DL, margin=30, pt=9)
        w, hh = DL
        p = Page(DL)
        y = heading(p, s, h)
        p.text(
            s.margin,
            y + 6,
            tr(lg, "With compliments", "Mit freundlichen Empfehlungen", "Avec nos compliments"),
            italic_of(s.font),
            15,
        )
        scribble(
            p,
            s.margin,
            y + 34,
            f"{critic.first} - {t.name}, {tr(lg, 'pub.', 'ET', 'parution')} {short(t.pub, lg)}",
            9,
        )
        scribble(
            p,
            s.margin,
            y + 50,
            tr(
                lg,
                "embargoed until pub. date - thanks!",
                "Sperrfrist bis ET - danke!",
                "embargo jusqu'à parution - merci !",
            ),
            9,
        )
        sign(p, w - 150, hh - 30, staff(h, "press"), 13)
        pages = [p]
    else:
        s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
        f = sheets(s, h)
        letter_open(
            f,
            s,
            h,
            [mr(critic, lg), *desk.split(", ")[::-1], rng.choice(TOWNS[lg])],
            d,
            [],
            tr(
                lg,
                f"Review copy: {t.name} by {t.author.name}",
                f"Rezensionsexemplar: {t.author.name}, {t.name}",
                f"Service de presse : {t.name}, de {t.author.name}",
            ),
            critic,
            warm=rng.random() < 0.4,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"I am delighted to enclose a review copy of {quoted(t, lg)} by {t.author.name}, "
                f"which we publish on {day(h, t.pub)} at {cash(t.price, lg)}.",
                f"anbei erhalten Sie ein Rezensionsexemplar von {quoted(t, lg)} von "
                f"{t.author.name}, das am {day(h, t.pub)} erscheint ({cash(t.price, lg)}).",
                f"J'ai le plaisir de vous adresser en service de presse {quoted(t, lg)} de "
                f"{t.author.name}, en librairie le {day(h, t.pub)} ({cash(t.price, lg)}).",
            ),
        )
        write(f, s, prose(rng, lg, "book", 2, 3))
        write(
            f,
            s,
            tr(
                lg,
                "Please note that reviews are embargoed until publication day. The author is "
                "available for interview; do let me know if I can help.",
                "Bitte beachten Sie die Sperrfrist bis zum Erscheinungstag. Für "
                "Interviewanfragen stehe ich gern zur Verfügung.",
                "Merci de respecter l'embargo jusqu'à la date de parution. L'auteur est "
                "disponible pour des entretiens.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "press"),
            tr(lg, "Publicity", "Presse & Öffentlichkeitsarbeit", "Attachée de presse"),
        )
        pages = close(f.pages, s, h, "none")
    if rng.random() < 0.55:
        extra = info_sheet(rng, h, t, rng.random() < 0.5)
        pages += close(extra, style_of(h), h, "none")
    note(t, d)
    return pages


def sec(f: Sheets, s: Style, title: str) -> None:
    """A shaded form section title, on a new page if little room is left."""
    f.need(70)
    f.y = band(f.page, s, f.y, title) + 4


def tpl_grant_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The house's application to a literature fund for a translation or publication grant,
    on the fund's form: numbered sections (applicant, the book, the translator, budget,
    declaration) with form cells filled in, ticks and a signature over two or three pages
    with the form number in the footer; often the budget sheet and the translator's CV
    enclosed."""
    fund = head_of(who, "fund", looks=["band", "framed", "centred"])
    lg = fund.lang
    s = style_of(fund, A4, pt=9.5)
    w, _ = s.page_size
    m = s.margin
    pl = press_head()
    t = rng.choice(TITLES)
    d = on(rng, -60, 0)
    trans = a_person(rng, lg)
    src = rng.choice([x for x in ("en", "de", "fr") if x != lg])
    form = serial(keyed(who, "form"), rng.choice(["Form TG-9", "Formular A9", "Formulaire AT-9"]))
    hand = rng.random() < 0.5
    f = sheets(s, fund, f"{fund.name} - {tr(lg, 'Application', 'Antrag', 'Demande')}")
    caption(
        f,
        s,
        tr(
            lg,
            "APPLICATION FOR A TRANSLATION GRANT",
            "ANTRAG AUF ÜBERSETZUNGSFÖRDERUNG",
            "DEMANDE D'AIDE À LA TRADUCTION",
        ),
        3,
    )
    f.page.text(
        w - m,
        f.y - 10,
        tr(lg, "Office use: ", "Eingangsvermerk: ", "Cadre réservé : ") + "________",
        s.font,
        7,
        "right",
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please complete all sections in block capitals or type. Incomplete applications "
            "cannot be considered.",
            "Bitte vollständig und gut leserlich ausfüllen. Unvollständige Anträge können nicht "
            "bearbeitet werden.",
            "Merci de remplir toutes les rubriques. Tout dossier incomplet sera refusé.",
        ),
        pt=7.5,
    )
    f.y += 2
    sec(
        f,
        s,
        tr(lg, "1. Applicant (publisher)", "1. Antragsteller (Verlag)", "1. Éditeur demandeur"),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Publisher", "Verlag", "Raison sociale"), pl.name),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(pl, "publisher")),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{pl.street}, {pl.town}"),
            (tr(lg, "Telephone / e-mail", "Telefon / E-Mail", "Tél. / courriel"), pl.phone),
        ],
        per=2,
        hand=hand,
    )
    sec(f, s, tr(lg, "2. The book", "2. Das Buch", "2. L'ouvrage"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Original title", "Originaltitel", "Titre original"), t.name),
            (tr(lg, "Author", "Autor/in", "Auteur"), t.author.name),
            (
                tr(lg, "Original language", "Originalsprache", "Langue d'origine"),
                LANGUAGE_NAME[lg][src],
            ),
            (
                tr(lg, "Original publisher", "Originalverlag", "Éditeur d'origine"),
                SENDERS["house"][src][rng.randrange(3)][0],
            ),
            (tr(lg, "Extent (pages)", "Umfang (Seiten)", "Nombre de pages"), str(t.extent)),
            (
                tr(lg, "Print run / price", "Auflage / Preis", "Tirage / prix"),
                f"{rng.choice([1500, 2000, 3000])} / {cash(t.price, lg)}",
            ),
            (
                tr(lg, "Planned publication", "Geplantes Erscheinen", "Parution prévue"),
                short(t.pub + timedelta(days=300), lg),
            ),
            ("ISBN", t.isbns[0]),
        ],
        per=2,
        hand=hand,
    )
    sec(
        f,
        s,
        tr(
            lg,
            "2a. About the book and why it should be translated",
            "2a. Begründung: Bedeutung des Werkes",
            "2a. Présentation de l'oeuvre et intérêt de la traduction",
        ),
    )
    y0 = f.y
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "book", 2, 4), pt=8.5, indent=4)
    f.page.rect(m, y0 - 10, w - 2 * m, f.y - y0 + 4)
    f.y += 8
    if rng.random() < 0.6:
        sec(
            f,
            s,
            tr(
                lg,
                "2b. Marketing and distribution plan",
                "2b. Marketing und Vertrieb",
                "2b. Plan de diffusion et de promotion",
            ),
        )
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "trade", 2, 4), pt=8.5, indent=4)
    sec(f, s, tr(lg, "3. The translator", "3. Übersetzer/in", "3. Le traducteur"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), trans.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{trans.street}, {trans.town}"),
            (
                tr(lg, "Contract signed on", "Vertrag vom", "Contrat signé le"),
                short(d - timedelta(days=rng.randint(20, 90)), lg),
            ),
            (
                tr(lg, "Fee agreed", "Vereinbartes Honorar", "Rémunération"),
                cash(rng.randint(30, 80) * 100, lg),
            ),
        ],
        per=2,
        hand=hand,
    )
    sec(f, s, tr(lg, "4. Budget", "4. Kalkulation", "4. Budget"))
    costs = [
        (
            tr(lg, "Translation fee", "Übersetzungshonorar", "Traduction"),
            rng.randint(30, 80) * 100.0,
        ),
        (tr(lg, "Rights advance", "Lizenzgebühr", "Achat de droits"), rng.randint(10, 40) * 100.0),
        (tr(lg, "Printing and binding", "Herstellung", "Fabrication"), rng.randint(40, 90) * 100.0),
        (tr(lg, "Marketing", "Werbung", "Promotion"), rng.randint(5, 20) * 100.0),
    ]
    total = sum(v for _, v in costs)
    req = round(total * rng.uniform(0.25, 0.5), -2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            *[(a, cash(b, lg)) for a, b in costs],
            (tr(lg, "Total costs", "Gesamtkosten", "Coût total"), cash(total, lg)),
            (tr(lg, "Amount requested", "Beantragte Summe", "Montant demandé"), cash(req, lg)),
        ],
        per=3,
        hand=hand,
    )
    sec(f, s, tr(lg, "5. Enclosures", "5. Anlagen", "5. Pièces jointes"))
    f.need(40)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        [
            tr(lg, "Copy of licence", "Lizenzvertrag", "Contrat de cession"),
            tr(lg, "Translator's contract", "Übersetzervertrag", "Contrat de traduction"),
            tr(lg, "Translator's CV", "Vita Übersetzer/in", "CV du traducteur"),
            tr(lg, "Sample translation", "Probeübersetzung", "Extrait traduit"),
            tr(lg, "Budget", "Kalkulation", "Budget"),
        ],
        set(rng.sample(range(5), rng.randint(2, 5))),
        pt=8.5,
    )
    f.y += 4
    sec(f, s, tr(lg, "6. Declaration", "6. Erklärung", "6. Attestation"))
    write(
        f,
        s,
        tr(
            lg,
            "I confirm that the information given is correct and that the publisher holds the "
            "rights for the translation. The grant will be acknowledged in the published book.",
            "Ich versichere die Richtigkeit der Angaben. Der Verlag besitzt die "
            "Übersetzungsrechte. Die Förderung wird im Impressum genannt.",
            "Je certifie l'exactitude des renseignements fournis. L'éditeur détient les droits "
            "de traduction ; le soutien sera mentionné dans l'ouvrage.",
        ),
        pt=8,
    )
    f.need(50)
    f.page.text(
        m,
        f.y + 10,
        tr(lg, "Date / signature", "Datum / Unterschrift", "Date / signature"),
        s.font,
        8,
    )
    scribble(f.page, m + 100, f.y + 10, short(d, lg))
    sign(f.page, m + 200, f.y + 12, staff(pl, "publisher"))
    f.y += 40
    pages = foot_and_number(
        f.pages,
        s,
        [f"{fund.name} - {form}"],
        rng.choice(
            [
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
                "{i}/{n}",
            ]
        ),
        "br",
    )
    if rng.random() < 0.5:  # the budget sheet on the house's paper
        sb = style_of(pl)
        fb = sheets(sb, pl)
        caption(
            fb, sb, tr(home(), "Budget", "Kalkulation", "Budget prévisionnel") + f" - {t.name}", 2
        )
        rows = [[a, money(b, lg)] for a, b in costs] + [
            [tr(lg, "Total", "Summe", "Total"), money(total, lg)]
        ]
        rows += [
            [
                tr(lg, "Income from sales (est.)", "Erlöse (geschätzt)", "Recettes (estimation)"),
                money(total * 0.7, lg),
            ],
            [tr(lg, "Grant requested", "Förderung beantragt", "Aide demandée"), money(req, lg)],
        ]
        table(
            fb,
            columns(sb.margin, sb.page_size[0] - sb.margin, [(4, "left"), (1.4, "right")]),
            [tr(lg, "Item", "Posten", "Poste"), tr(lg, "Amount", "Betrag", "Montant")],
            rows,
            sb,
            rules=True,
        )
        pages += close(fb.pages, sb, pl, "none")
    if rng.random() < 0.4:  # the translator's CV, typed by the translator
        sc = style_of(fund, A4, pt=10)
        sc.font, sc.bold = "Helvetica", "Helvetica-Bold"
        fc = sheets(sc, None)
        fc.y = sc.margin
        caption(fc, sc, trans.name, 4)
        fc.page.text(sc.margin, fc.y, f"{trans.street}, {trans.town}", sc.font, 9)
        fc.y += 24
        for part in [
            tr(lg, "Education", "Ausbildung", "Formation"),
            tr(lg, "Translations (selection)", "Übersetzungen (Auswahl)", "Traductions (choix)"),
            tr(lg, "Prizes", "Auszeichnungen", "Prix"),
        ]:
            fc.heading(sc.margin, part, sc.bold, 10.5)
            for _ in range(rng.randint(2, 5)):
                yr = rng.randint(1995, 2024)
                write(
                    fc,
                    sc,
                    f"{yr}   {rng.choice(BOOKS[rng.choice(['en', 'de', 'fr'])])} - "
                    f"{words(rng, lg, 'book', 5)}",
                    pt=9,
                )
        pages += fc.pages
    note(t, d, form, fund)
    return pages


def tpl_grant_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """The fund's decision letter on an application: an award with the amount, the payment
    terms and the conditions of grant (on a page of their own) and an acceptance form to
    sign and return; or a short refusal."""
    fund = (
        LAST["other"]
        if LAST["kind"] == "grant_application" and isinstance(LAST["other"], Head)
        else head_of(who, "fund", looks=["band", "framed", "centred"])
    )
    lg = fund.lang
    s = style_of(fund)
    w, _ = s.page_size
    m = s.margin
    t = the_title(rng, ("grant_application",))
    d = the_day(rng, ("grant_application",), (40, 120))
    pl = press_head()
    ref = serial(rng, rng.choice(["TG/99/999", "LF-9999-99", "ARL-99-999"]))
    award = rng.random() < 0.7
    amount = rng.randint(10, 50) * 100
    f = sheets(s, fund, f"{fund.name} - {ref}")
    letter_open(
        f,
        s,
        fund,
        [pl.name, staff(pl, "publisher"), pl.street, pl.town],
        d,
        [(tr(lg, "Reference", "Aktenzeichen", "Dossier"), ref)],
        tr(
            lg,
            f"Your application: {t.name}",
            f"Ihr Förderantrag: {t.name}",
            f"Votre demande d'aide : {t.name}",
        ),
        None,
    )
    if award:
        write(
            f,
            s,
            tr(
                lg,
                "I am pleased to tell you that the panel, at its meeting on "
                f"{day(fund, d - timedelta(days=rng.randint(5, 20)))}, awarded a grant of "
                f"{cash(amount, lg)} towards the translation of {quoted(t, lg)} by "
                f"{t.author.name}.",
                "wir freuen uns, Ihnen mitteilen zu können, dass das Kuratorium in seiner "
                f"Sitzung vom {day(fund, d - timedelta(days=rng.randint(5, 20)))} eine Förderung "
                f"in Höhe von {cash(amount, lg)} für die Übersetzung von {quoted(t, lg)} "
                "bewilligt hat.",
                "Nous avons le plaisir de vous informer que la commission du "
                f"{day(fund, d - timedelta(days=rng.randint(5, 20)))} a attribué une aide de "
                f"{cash(amount, lg)} à la traduction de {quoted(t, lg)}.",
            ),
        )
        write(
            f,
            s,
            tr(
                lg,
                "Half of the grant will be paid on receipt of the signed acceptance form, the "
                "balance on publication and receipt of six copies of the book.",
                "Die Hälfte wird nach Eingang der unterschriebenen Annahmeerklärung ausgezahlt, "
                "der Rest nach Erscheinen und Eingang von sechs Belegexemplaren.",
                "La moitié de l'aide sera versée à réception de l'acceptation signée, le solde à "
                "la parution sur envoi de six exemplaires.",
            ),
        )
        write(f, s, prose(rng, lg, "rights", 1, 2))
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you for your application for {quoted(t, lg)}. I regret to tell you that "
                "the panel was not able to support it in this round; the fund received many more "
                "strong applications than it could support.",
                f"vielen Dank für Ihren Antrag zu {quoted(t, lg)}. Leider konnte das Kuratorium "
                "ihn in dieser Runde nicht berücksichtigen.",
                f"Nous vous remercions de votre demande pour {quoted(t, lg)}. Nous avons le "
                "regret de vous informer que la commission n'a pu y donner une suite favorable.",
            ),
        )
    regards(
        f,
        s,
        lg,
        staff(fund, "director"),
        tr(lg, "Grants Officer", "Geschäftsführung", "Chargée de mission"),
    )
    if award and rng.random() < 0.7:
        f.new_page()
        caption(
            f, s, tr(lg, "CONDITIONS OF GRANT", "FÖRDERBEDINGUNGEN", "CONDITIONS D'ATTRIBUTION"), 2
        )
        for k in range(1, rng.randint(6, 11)):
            write(f, s, f"{k}. " + prose(rng, lg, "rights", 1, 2), pt=s.size - 1)
    if award and rng.random() < 0.6:
        f.need(220)
        if f.y > f.bottom - 220:
            f.new_page()
        slip_rule(
            f.page,
            m,
            w - m,
            f.y + 8,
            tr(lg, "return to the fund", "bitte zurücksenden", "à retourner"),
        )
        f.y += 30
        caption(
            f,
            s,
            tr(lg, "Acceptance of grant", "Annahmeerklärung", "Acceptation de l'aide")
            + f" - {ref}",
            1,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"We accept the grant of {cash(amount, lg)} on the conditions stated.",
                f"Wir nehmen die Förderung von {cash(amount, lg)} zu den genannten Bedingungen an.",
                f"Nous acceptons l'aide de {cash(amount, lg)} aux conditions énoncées.",
            ),
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    tr(lg, "For the publisher", "Für den Verlag", "Pour l'éditeur"),
                    staff(pl, "publisher"),
                ),
                (
                    tr(lg, "Date", "Datum", "Date"),
                    short(d + timedelta(days=rng.randint(5, 15)), lg) if rng.random() < 0.5 else "",
                ),
            ],
            per=2,
        )
    pages = close(f.pages, s, fund)
    received(rng, pages[0], d, 0.45)
    note(t, d, ref)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same title."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "author_contract": tpl_author_contract,
    "contract_amendment": tpl_contract_amendment,
    "royalty_statement": tpl_royalty_statement,
    "permission_request": tpl_permission_request,
    "permission_grant": tpl_permission_grant,
    "printer_quote": tpl_printer_quote,
    "print_order": tpl_print_order,
    "proof_corrections": tpl_proof_corrections,
    "reader_report": tpl_reader_report,
    "rights_offer": tpl_rights_offer,
    "translation_licence": tpl_translation_licence,
    "isbn_letter": tpl_isbn_letter,
    "legal_deposit": tpl_legal_deposit,
    "sales_report": tpl_sales_report,
    "returns_credit": tpl_returns_credit,
    "freelance_invoice": tpl_freelance_invoice,
    "fair_invoice": tpl_fair_invoice,
    "review_letter": tpl_review_letter,
    "grant_application": tpl_grant_application,
    "grant_decision": tpl_grant_decision,
}
TEMPLATES_HH: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "royalty_statement",
    "legal_deposit",
    "returns_credit",
    "freelance_invoice",
    "review_letter",
    "permission_request",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "permission_request": "permission_grant",
    "printer_quote": "print_order",
    "rights_offer": "translation_licence",
    "grant_application": "grant_decision",
    "reader_report": "author_contract",
    "author_contract": "contract_amendment",
    "sales_report": "returns_credit",
    "isbn_letter": "legal_deposit",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_firkin_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One house's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The house
    (country, name, list of titles, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["press"] = r.randrange(2)
    OFFICE["seed"] = r.getrandbits(24)
    month = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    OFFICE["month"] = month
    prefix = (
        f"{ISBN_GROUP[lang]}-{r.randint(91000, 91999) if lang == 'en' else r.randint(86000, 96999)}"
    )
    names = r.sample(BOOKS[lang], r.randint(6, 14))
    TITLES[:] = [a_title(r, lang, n, prefix, k, month) for k, n in enumerate(names)]
    LAST.update(kind="", title=None, day=None, ref="", other=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_HH, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_firkin_stream, "templates HH")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
